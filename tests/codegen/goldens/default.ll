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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.copy_last_byte_failed"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_mpls_labels1.copy_failed"], [0, %"mpls_mpls_labels1.unknown"], [0, %"mpls_mpls_labels1.to_mpls"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0.copy_failed"], [2, %"hsr_d0.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"tcp.copy_failed"], [0, %"tcp.header"], [0, %"udp.copy_failed"], [0, %"udp.copy_last_byte_failed"], [0, %"udp.variable_part"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.copy_last_byte_failed"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"ppp_other"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"pptp_d0.copy_failed"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"hsr_d1.copy_failed"], [2, %"hsr_d1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [2, %"pptp_d1.copy_failed"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"]
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
  br label %"hsr_d0"
entry_d0.to_hsr.1:
  br label %"hsr_d0"
entry_d0.to_batadv:
  br label %"batadv_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_ipv4"], [%".406", %"vlan_d0_vlan_tags1.to_ipv4"], [%"cursor.41", %"pppoe_d0.to_ipv4"], [%"cursor.46", %"hsr_d0.to_ipv4"], [%"cursor.126", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.35", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.40", %"pppoe_d0.to_ipv4"], [%"data.49", %"hsr_d0.to_ipv4"], [%"data.97", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.40", %"pppoe_d0.to_ipv4"], [%"data_end.49", %"hsr_d0.to_ipv4"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.35", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.40", %"pppoe_d0.to_ipv4"], [%"keys.49", %"hsr_d0.to_ipv4"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ipv4"]
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
  %"cursor.2" = phi  i64 [%".21", %"entry_d0.to_ipv6"], [%".406", %"vlan_d0_vlan_tags1.to_ipv6"], [%"cursor.42", %"pppoe_d0.to_ipv6"], [%"cursor.47", %"hsr_d0.to_ipv6"], [%"cursor.127", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.35", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.40", %"pppoe_d0.to_ipv6"], [%"data.49", %"hsr_d0.to_ipv6"], [%"data.97", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.40", %"pppoe_d0.to_ipv6"], [%"data_end.49", %"hsr_d0.to_ipv6"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.35", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.40", %"pppoe_d0.to_ipv6"], [%"keys.49", %"hsr_d0.to_ipv6"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".224" = getelementptr i8, ptr %"hdr.1", i64 40
  %".225" = icmp ugt ptr %".224", %"data_end.3"
  br i1 %".225", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".227" = getelementptr i8, ptr %"hdr.1", i64 0
  %".228" = load i32, ptr %".227", align 4
  %".229" = getelementptr i8, ptr %"hdr.1", i64 6
  %".230" = load i8, ptr %".229", align 1
  %".231" = getelementptr i8, ptr %"hdr.1", i64 8
  %".232" = load i64, ptr %".231", align 8
  %".233" = getelementptr i8, ptr %"hdr.1", i64 16
  %".234" = load i64, ptr %".233", align 8
  %".235" = getelementptr i8, ptr %"hdr.1", i64 24
  %".236" = load i64, ptr %".235", align 8
  %".237" = getelementptr i8, ptr %"hdr.1", i64 32
  %".238" = load i64, ptr %".237", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".228", %"ipv6_d0.linear"], [%".257", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".230", %"ipv6_d0.linear"], [%".259", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".232", %"ipv6_d0.linear"], [%".261", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".234", %"ipv6_d0.linear"], [%".263", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".236", %"ipv6_d0.linear"], [%".265", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".238", %"ipv6_d0.linear"], [%".267", %"ipv6_d0.copy_failed.endif"]
  %"data.30" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.29", %"ipv6_d0.copy_failed.endif"]
  %"data_end.30" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.29", %"ipv6_d0.copy_failed.endif"]
  %"keys.30" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.29", %"ipv6_d0.copy_failed.endif"]
  %".269" = trunc i64 34525 to i16
  %".270" = getelementptr i8, ptr %"keys.30", i64 4
  store i16 %".269", ptr %".270", align 2
  %".272" = trunc i64 34525 to i16
  %".273" = call i16 @"llvm.bswap.i16"(i16 %".272")
  %".274" = getelementptr i8, ptr %"keys.30", i64 10
  store i16 %".273", ptr %".274", align 2
  %".276" = getelementptr i8, ptr %"keys.30", i64 16
  store i64 %"w8_8", ptr %".276", align 8
  %".278" = getelementptr i8, ptr %"keys.30", i64 24
  store i64 %"w16_8", ptr %".278", align 8
  %".280" = getelementptr i8, ptr %"keys.30", i64 32
  store i64 %"w24_8", ptr %".280", align 8
  %".282" = getelementptr i8, ptr %"keys.30", i64 40
  store i64 %"w32_8", ptr %".282", align 8
  %".284" = zext i8 %"w6_1" to i64
  %".285" = trunc i64 %".284" to i8
  %".286" = getelementptr i8, ptr %"keys.30", i64 9
  store i8 %".285", ptr %".286", align 1
  %".288" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".289" = zext i32 %".288" to i64
  %".290" = and i64 %".289", 1048575
  %".291" = trunc i64 %".290" to i32
  %".292" = call i32 @"llvm.bswap.i32"(i32 %".291")
  %".293" = getelementptr i8, ptr %"keys.30", i64 52
  store i32 %".292", ptr %".293", align 4
  %".295" = add i64 %"cursor.2", 40
  %".296" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".297" = zext i32 %".296" to i64
  %".298" = and i64 %".297", 1048575
  %".299" = icmp ne i64 %".298", 0
  %".300" = getelementptr i8, ptr %"keys.30", i64 48
  %"flags.3" = load volatile i32, ptr %".300", align 4
  %".301" = and i32 %"flags.3", 2
  %".302" = icmp ne i32 %".301", 0
  %".303" = and i1 %".299", %".302"
  br i1 %".303", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"entry_d0.to_vlan"], [%".21", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".375" = getelementptr i8, ptr %"hdr.2", i64 4
  %".376" = icmp ugt ptr %".375", %"data_end.4"
  br i1 %".376", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".378" = getelementptr i8, ptr %"hdr.2", i64 2
  %".379" = load i16, ptr %".378", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".379", %"vlan_d0_vlan_tags1.linear"], [%".398", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.35" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.34", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.35" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.34", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.35" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.34", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".400" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".401" = zext i16 %".400" to i64
  %".402" = trunc i64 %".401" to i16
  %".403" = call i16 @"llvm.bswap.i16"(i16 %".402")
  %".404" = getelementptr i8, ptr %"keys.35", i64 10
  store i16 %".403", ptr %".404", align 2
  %".406" = add i64 %"cursor.3", 4
  %".407" = trunc i64 %".406" to i16
  %".408" = getelementptr i8, ptr %"keys.35", i64 0
  store i16 %".407", ptr %".408", align 2
  %".410" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".411" = zext i16 %".410" to i64
  switch i64 %".411", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"entry_d0.to_mpls"], [%".21", %"entry_d0.to_mpls.1"], [%"cursor.22", %"ipv4_d0.to_mpls"], [%"cursor.31", %"ipv6_d0.to_mpls"], [%"cursor.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"cursor.36", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"cursor.43", %"pppoe_d0.to_mpls"], [%"cursor.44", %"pppoe_d0.to_mpls.1"], [%"cursor.48", %"hsr_d0.to_mpls"], [%"cursor.49", %"hsr_d0.to_mpls.1"], [%"cursor.59", %"batadv_d0.stop_at_encap.endif.2"], [%"cursor.60", %"batadv_d0.stop_at_encap.endif.3"], [%"cursor.80", %"ipv4_d1.to_mpls"], [%"cursor.95", %"ipv6_d1.to_mpls"], [%"cursor.108", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"cursor.123", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"cursor.128", %"vlan_d0_vlan_tags2.to_mpls"], [%"cursor.129", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"cursor.142", %"pppoe_d1.to_mpls"], [%"cursor.143", %"pppoe_d1.to_mpls.1"], [%"cursor.149", %"gre_d0.to_mpls"], [%"cursor.150", %"gre_d0.to_mpls.1"], [%"cursor.185", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"cursor.199", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"cursor.212", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"cursor.227", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"cursor.235", %"vlan_d1_vlan_tags1.to_mpls"], [%"cursor.236", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"cursor.249", %"hsr_d1.to_mpls"], [%"cursor.250", %"hsr_d1.to_mpls.1"], [%"cursor.262", %"ethernet_d1.to_mpls"], [%"cursor.263", %"ethernet_d1.to_mpls.1"], [%"cursor.294", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"cursor.308", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"cursor.318", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"cursor.330", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"cursor.335", %"vlan_d1_vlan_tags2.to_mpls"], [%"cursor.336", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"cursor.356", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"cursor.366", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.17", %"ipv4_d0.to_mpls"], [%"data.30", %"ipv6_d0.to_mpls"], [%"data.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.35", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.40", %"pppoe_d0.to_mpls"], [%"data.40", %"pppoe_d0.to_mpls.1"], [%"data.49", %"hsr_d0.to_mpls"], [%"data.49", %"hsr_d0.to_mpls.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data.80", %"ipv4_d1.to_mpls"], [%"data.83", %"ipv6_d1.to_mpls"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"pppoe_d1.to_mpls"], [%"data.99", %"pppoe_d1.to_mpls.1"], [%"data.103", %"gre_d0.to_mpls"], [%"data.103", %"gre_d0.to_mpls.1"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.137", %"hsr_d1.to_mpls"], [%"data.137", %"hsr_d1.to_mpls.1"], [%"data.141", %"ethernet_d1.to_mpls"], [%"data.141", %"ethernet_d1.to_mpls.1"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.169", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.169", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.175", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.177", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.17", %"ipv4_d0.to_mpls"], [%"data_end.30", %"ipv6_d0.to_mpls"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.40", %"pppoe_d0.to_mpls"], [%"data_end.40", %"pppoe_d0.to_mpls.1"], [%"data_end.49", %"hsr_d0.to_mpls"], [%"data_end.49", %"hsr_d0.to_mpls.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.80", %"ipv4_d1.to_mpls"], [%"data_end.83", %"ipv6_d1.to_mpls"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"pppoe_d1.to_mpls"], [%"data_end.99", %"pppoe_d1.to_mpls.1"], [%"data_end.103", %"gre_d0.to_mpls"], [%"data_end.103", %"gre_d0.to_mpls.1"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.137", %"hsr_d1.to_mpls"], [%"data_end.137", %"hsr_d1.to_mpls.1"], [%"data_end.141", %"ethernet_d1.to_mpls"], [%"data_end.141", %"ethernet_d1.to_mpls.1"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.175", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.177", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.17", %"ipv4_d0.to_mpls"], [%"keys.30", %"ipv6_d0.to_mpls"], [%"keys.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.35", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.40", %"pppoe_d0.to_mpls"], [%"keys.40", %"pppoe_d0.to_mpls.1"], [%"keys.49", %"hsr_d0.to_mpls"], [%"keys.49", %"hsr_d0.to_mpls.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.80", %"ipv4_d1.to_mpls"], [%"keys.83", %"ipv6_d1.to_mpls"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"pppoe_d1.to_mpls"], [%"keys.99", %"pppoe_d1.to_mpls.1"], [%"keys.103", %"gre_d0.to_mpls"], [%"keys.103", %"gre_d0.to_mpls.1"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.137", %"hsr_d1.to_mpls"], [%"keys.137", %"hsr_d1.to_mpls.1"], [%"keys.141", %"ethernet_d1.to_mpls"], [%"keys.141", %"ethernet_d1.to_mpls.1"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.169", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.169", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.175", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.177", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %".463" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".464" = getelementptr i8, ptr %"hdr.3", i64 4
  %".465" = icmp ugt ptr %".464", %"data_end.5"
  br i1 %".465", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".467" = getelementptr i8, ptr %"hdr.3", i64 2
  %".468" = load i8, ptr %".467", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".468", %"mpls_mpls_labels1.linear"], [%".487", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %".489" = add i64 %"cursor.4", 4
  %".490" = zext i8 %"w2_1" to i64
  %".491" = and i64 %".490", 1
  switch i64 %".491", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"entry_d0.to_pppoe"], [%".406", %"vlan_d0_vlan_tags1.to_pppoe"], [%"cursor.50", %"hsr_d0.to_pppoe"], [%"cursor.130", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.35", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.49", %"hsr_d0.to_pppoe"], [%"data.97", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.49", %"hsr_d0.to_pppoe"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.35", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.49", %"hsr_d0.to_pppoe"], [%"keys.97", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".501" = getelementptr i8, ptr %"hdr.4", i64 8
  %".502" = icmp ugt ptr %".501", %"data_end.6"
  br i1 %".502", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".504" = getelementptr i8, ptr %"hdr.4", i64 0
  %".505" = load i8, ptr %".504", align 1
  %".506" = getelementptr i8, ptr %"hdr.4", i64 1
  %".507" = load i8, ptr %".506", align 1
  %".508" = getelementptr i8, ptr %"hdr.4", i64 6
  %".509" = load i16, ptr %".508", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".505", %"pppoe_d0.linear"], [%".528", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".507", %"pppoe_d0.linear"], [%".530", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".509", %"pppoe_d0.linear"], [%".532", %"pppoe_d0.copy_failed.endif"]
  %"data.40" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.39", %"pppoe_d0.copy_failed.endif"]
  %"data_end.40" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.39", %"pppoe_d0.copy_failed.endif"]
  %"keys.40" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.39", %"pppoe_d0.copy_failed.endif"]
  %".534" = zext i8 %"w0_1.1" to i64
  %".535" = lshr i64 %".534", 4
  %".536" = and i64 %".535", 15
  %".537" = icmp eq i64 %".536", 1
  %".538" = zext i8 %"w0_1.1" to i64
  %".539" = and i64 %".538", 15
  %".540" = icmp eq i64 %".539", 1
  %".541" = and i1 %".537", %".540"
  %".542" = zext i8 %"w1_1" to i64
  %".543" = icmp eq i64 %".542", 0
  %".544" = and i1 %".541", %".543"
  %".545" = xor i1 %".544", -1
  br i1 %".545", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".21", %"entry_d0.to_arp"], [%".21", %"entry_d0.to_arp.1"], [%"cursor.37", %"vlan_d0_vlan_tags1.to_arp"], [%"cursor.38", %"vlan_d0_vlan_tags1.to_arp.1"], [%"cursor.51", %"hsr_d0.to_arp"], [%"cursor.52", %"hsr_d0.to_arp.1"], [%"cursor.63", %"batadv_d0.stop_at_encap.endif.5"], [%"cursor.64", %"batadv_d0.stop_at_encap.endif.6"], [%"cursor.131", %"vlan_d0_vlan_tags2.to_arp"], [%"cursor.132", %"vlan_d0_vlan_tags2.to_arp.1"], [%"cursor.152", %"gre_d0.to_arp"], [%"cursor.153", %"gre_d0.to_arp.1"], [%"cursor.238", %"vlan_d1_vlan_tags1.to_arp"], [%"cursor.239", %"vlan_d1_vlan_tags1.to_arp.1"], [%"cursor.252", %"hsr_d1.to_arp"], [%"cursor.253", %"hsr_d1.to_arp.1"], [%"cursor.265", %"ethernet_d1.to_arp"], [%"cursor.266", %"ethernet_d1.to_arp.1"], [%"cursor.338", %"vlan_d1_vlan_tags2.to_arp"], [%"cursor.339", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.35", %"vlan_d0_vlan_tags1.to_arp"], [%"data.35", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.49", %"hsr_d0.to_arp"], [%"data.49", %"hsr_d0.to_arp.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.103", %"gre_d0.to_arp"], [%"data.103", %"gre_d0.to_arp.1"], [%"data.134", %"vlan_d1_vlan_tags1.to_arp"], [%"data.134", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.137", %"hsr_d1.to_arp"], [%"data.137", %"hsr_d1.to_arp.1"], [%"data.141", %"ethernet_d1.to_arp"], [%"data.141", %"ethernet_d1.to_arp.1"], [%"data.169", %"vlan_d1_vlan_tags2.to_arp"], [%"data.169", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.49", %"hsr_d0.to_arp"], [%"data_end.49", %"hsr_d0.to_arp.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.103", %"gre_d0.to_arp"], [%"data_end.103", %"gre_d0.to_arp.1"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.137", %"hsr_d1.to_arp"], [%"data_end.137", %"hsr_d1.to_arp.1"], [%"data_end.141", %"ethernet_d1.to_arp"], [%"data_end.141", %"ethernet_d1.to_arp.1"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.35", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.35", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.49", %"hsr_d0.to_arp"], [%"keys.49", %"hsr_d0.to_arp.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.103", %"gre_d0.to_arp"], [%"keys.103", %"gre_d0.to_arp.1"], [%"keys.134", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.134", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.137", %"hsr_d1.to_arp"], [%"keys.137", %"hsr_d1.to_arp.1"], [%"keys.141", %"ethernet_d1.to_arp"], [%"keys.141", %"ethernet_d1.to_arp.1"], [%"keys.169", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.169", %"vlan_d1_vlan_tags2.to_arp.1"]
  %".598" = add i64 %"cursor.6", 0
  %".599" = trunc i64 %".598" to i16
  %".600" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".599", ptr %".600", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".21", %"entry_d0.to_ptp"], [%".406", %"vlan_d0_vlan_tags1.to_ptp"], [%"cursor.53", %"hsr_d0.to_ptp"], [%"cursor.65", %"batadv_d0.stop_at_encap.endif.7"], [%"cursor.133", %"vlan_d0_vlan_tags2.to_ptp"], [%"cursor.154", %"gre_d0.to_ptp"], [%"cursor.240", %"vlan_d1_vlan_tags1.to_ptp"], [%"cursor.254", %"hsr_d1.to_ptp"], [%"cursor.267", %"ethernet_d1.to_ptp"], [%"cursor.340", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.35", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.49", %"hsr_d0.to_ptp"], [%"data.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.103", %"gre_d0.to_ptp"], [%"data.134", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.137", %"hsr_d1.to_ptp"], [%"data.141", %"ethernet_d1.to_ptp"], [%"data.169", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.49", %"hsr_d0.to_ptp"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.103", %"gre_d0.to_ptp"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.137", %"hsr_d1.to_ptp"], [%"data_end.141", %"ethernet_d1.to_ptp"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_ptp"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.35", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.49", %"hsr_d0.to_ptp"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.103", %"gre_d0.to_ptp"], [%"keys.134", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.137", %"hsr_d1.to_ptp"], [%"keys.141", %"ethernet_d1.to_ptp"], [%"keys.169", %"vlan_d1_vlan_tags2.to_ptp"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".603" = getelementptr i8, ptr %"hdr.5", i64 34
  %".604" = icmp ugt ptr %".603", %"data_end.8"
  br i1 %".604", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.43" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.42", %"ptp.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.42", %"ptp.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.42", %"ptp.copy_failed.endif"]
  %".624" = add i64 %"cursor.7", 34
  %".625" = trunc i64 %".624" to i16
  %".626" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".625", ptr %".626", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".21", %"entry_d0.to_cfm"], [%".406", %"vlan_d0_vlan_tags1.to_cfm"], [%"cursor.54", %"hsr_d0.to_cfm"], [%"cursor.66", %"batadv_d0.stop_at_encap.endif.8"], [%"cursor.134", %"vlan_d0_vlan_tags2.to_cfm"], [%"cursor.155", %"gre_d0.to_cfm"], [%"cursor.241", %"vlan_d1_vlan_tags1.to_cfm"], [%"cursor.255", %"hsr_d1.to_cfm"], [%"cursor.268", %"ethernet_d1.to_cfm"], [%"cursor.341", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.35", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.49", %"hsr_d0.to_cfm"], [%"data.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.103", %"gre_d0.to_cfm"], [%"data.134", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.137", %"hsr_d1.to_cfm"], [%"data.141", %"ethernet_d1.to_cfm"], [%"data.169", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.49", %"hsr_d0.to_cfm"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.103", %"gre_d0.to_cfm"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.137", %"hsr_d1.to_cfm"], [%"data_end.141", %"ethernet_d1.to_cfm"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_cfm"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.35", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.49", %"hsr_d0.to_cfm"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.103", %"gre_d0.to_cfm"], [%"keys.134", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.137", %"hsr_d1.to_cfm"], [%"keys.141", %"ethernet_d1.to_cfm"], [%"keys.169", %"vlan_d1_vlan_tags2.to_cfm"]
  %".629" = add i64 %"cursor.8", 0
  %".630" = trunc i64 %".629" to i16
  %".631" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".630", ptr %".631", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".21", %"entry_d0.to_tipc"], [%".406", %"vlan_d0_vlan_tags1.to_tipc"], [%"cursor.55", %"hsr_d0.to_tipc"], [%"cursor.67", %"batadv_d0.stop_at_encap.endif.9"], [%"cursor.135", %"vlan_d0_vlan_tags2.to_tipc"], [%"cursor.156", %"gre_d0.to_tipc"], [%"cursor.242", %"vlan_d1_vlan_tags1.to_tipc"], [%"cursor.256", %"hsr_d1.to_tipc"], [%"cursor.269", %"ethernet_d1.to_tipc"], [%"cursor.342", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.35", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.49", %"hsr_d0.to_tipc"], [%"data.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.103", %"gre_d0.to_tipc"], [%"data.134", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.137", %"hsr_d1.to_tipc"], [%"data.141", %"ethernet_d1.to_tipc"], [%"data.169", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.49", %"hsr_d0.to_tipc"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.103", %"gre_d0.to_tipc"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.137", %"hsr_d1.to_tipc"], [%"data_end.141", %"ethernet_d1.to_tipc"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_tipc"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.35", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.49", %"hsr_d0.to_tipc"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.103", %"gre_d0.to_tipc"], [%"keys.134", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.137", %"hsr_d1.to_tipc"], [%"keys.141", %"ethernet_d1.to_tipc"], [%"keys.169", %"vlan_d1_vlan_tags2.to_tipc"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".634" = getelementptr i8, ptr %"hdr.6", i64 16
  %".635" = icmp ugt ptr %".634", %"data_end.10"
  br i1 %".635", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.45" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.44", %"tipc.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.44", %"tipc.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.44", %"tipc.copy_failed.endif"]
  %".655" = trunc i64 %"cursor.9" to i16
  %".656" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".655", ptr %".656", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".21", %"entry_d0.to_fcoe"], [%".406", %"vlan_d0_vlan_tags1.to_fcoe"], [%"cursor.56", %"hsr_d0.to_fcoe"], [%"cursor.68", %"batadv_d0.stop_at_encap.endif.10"], [%"cursor.136", %"vlan_d0_vlan_tags2.to_fcoe"], [%"cursor.157", %"gre_d0.to_fcoe"], [%"cursor.243", %"vlan_d1_vlan_tags1.to_fcoe"], [%"cursor.257", %"hsr_d1.to_fcoe"], [%"cursor.270", %"ethernet_d1.to_fcoe"], [%"cursor.343", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.35", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.49", %"hsr_d0.to_fcoe"], [%"data.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.103", %"gre_d0.to_fcoe"], [%"data.134", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.137", %"hsr_d1.to_fcoe"], [%"data.141", %"ethernet_d1.to_fcoe"], [%"data.169", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.49", %"hsr_d0.to_fcoe"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.103", %"gre_d0.to_fcoe"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.137", %"hsr_d1.to_fcoe"], [%"data_end.141", %"ethernet_d1.to_fcoe"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.35", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.49", %"hsr_d0.to_fcoe"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.103", %"gre_d0.to_fcoe"], [%"keys.134", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.137", %"hsr_d1.to_fcoe"], [%"keys.141", %"ethernet_d1.to_fcoe"], [%"keys.169", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".659" = getelementptr i8, ptr %"hdr.7", i64 38
  %".660" = icmp ugt ptr %".659", %"data_end.11"
  br i1 %".660", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.47" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.46", %"fcoe.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.46", %"fcoe.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.46", %"fcoe.copy_failed.endif"]
  %".680" = add i64 %"cursor.10", 38
  %".681" = trunc i64 %".680" to i16
  %".682" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".681", ptr %".682", align 2
  br label %"return"
hsr_d0:
  %"cursor.11" = phi  i64 [%".21", %"entry_d0.to_hsr"], [%".21", %"entry_d0.to_hsr.1"], [%"cursor.39", %"vlan_d0_vlan_tags1.to_hsr"], [%"cursor.40", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"cursor.137", %"vlan_d0_vlan_tags2.to_hsr"], [%"cursor.138", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"], [%"data.35", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.35", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.97", %"vlan_d0_vlan_tags2.to_hsr"], [%"data.97", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_hsr"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"], [%"keys.35", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.35", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.97", %"vlan_d0_vlan_tags2.to_hsr"], [%"keys.97", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".685" = getelementptr i8, ptr %"hdr.8", i64 6
  %".686" = icmp ugt ptr %".685", %"data_end.12"
  br i1 %".686", label %"hsr_d0.copy", label %"hsr_d0.linear", !prof !0
hsr_d0.linear:
  %".688" = getelementptr i8, ptr %"hdr.8", i64 4
  %".689" = load i16, ptr %".688", align 2
  br label %"hsr_d0.header"
hsr_d0.header:
  %"w4_2" = phi  i16 [%".689", %"hsr_d0.linear"], [%".708", %"hsr_d0.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.12", %"hsr_d0.linear"], [%"data.48", %"hsr_d0.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.12", %"hsr_d0.linear"], [%"data_end.48", %"hsr_d0.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.12", %"hsr_d0.linear"], [%"keys.48", %"hsr_d0.copy_failed.endif"]
  %".710" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".711" = zext i16 %".710" to i64
  %".712" = trunc i64 %".711" to i16
  %".713" = call i16 @"llvm.bswap.i16"(i16 %".712")
  %".714" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %".713", ptr %".714", align 2
  %".716" = add i64 %"cursor.11", 6
  %".717" = trunc i64 %".716" to i16
  %".718" = getelementptr i8, ptr %"keys.49", i64 0
  store i16 %".717", ptr %".718", align 2
  %".720" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".721" = zext i16 %".720" to i64
  switch i64 %".721", label %"hsr_d0.unknown" [i64 2048, label %"hsr_d0.to_ipv4" i64 34525, label %"hsr_d0.to_ipv6" i64 34887, label %"hsr_d0.to_mpls" i64 34888, label %"hsr_d0.to_mpls.1" i64 34916, label %"hsr_d0.to_pppoe" i64 2054, label %"hsr_d0.to_arp" i64 32821, label %"hsr_d0.to_arp.1" i64 35063, label %"hsr_d0.to_ptp" i64 35074, label %"hsr_d0.to_cfm" i64 35018, label %"hsr_d0.to_tipc" i64 35078, label %"hsr_d0.to_fcoe"]
batadv_d0:
  %"cursor.12" = phi  i64 [%".21", %"entry_d0.to_batadv"], [%".406", %"vlan_d0_vlan_tags1.to_batadv"], [%"cursor.139", %"vlan_d0_vlan_tags2.to_batadv"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.35", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.97", %"vlan_d0_vlan_tags2.to_batadv"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_batadv"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.35", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.97", %"vlan_d0_vlan_tags2.to_batadv"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".793" = getelementptr i8, ptr %"hdr.9", i64 24
  %".794" = icmp ugt ptr %".793", %"data_end.13"
  br i1 %".794", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".796" = getelementptr i8, ptr %"hdr.9", i64 0
  %".797" = load i8, ptr %".796", align 1
  %".798" = getelementptr i8, ptr %"hdr.9", i64 1
  %".799" = load i8, ptr %".798", align 1
  %".800" = getelementptr i8, ptr %"hdr.9", i64 22
  %".801" = load i16, ptr %".800", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".797", %"batadv_d0.linear"], [%".820", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".799", %"batadv_d0.linear"], [%".822", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".801", %"batadv_d0.linear"], [%".824", %"batadv_d0.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.50", %"batadv_d0.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.50", %"batadv_d0.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.50", %"batadv_d0.copy_failed.endif"]
  %".826" = zext i8 %"w1_1.1" to i64
  %".827" = icmp eq i64 %".826", 15
  %".828" = zext i8 %"w0_1.2" to i64
  %".829" = icmp eq i64 %".828", 64
  %".830" = and i1 %".827", %".829"
  %".831" = xor i1 %".830", -1
  br i1 %".831", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %".114" = add i64 %"cursor.1", %".113"
  %".115" = getelementptr i8, ptr %"data.15", i64 %"cursor.1"
  %".116" = getelementptr i8, ptr %".115", i64 %".113"
  %".117" = icmp ugt ptr %".116", %"data_end.15"
  br i1 %".117", label %"ipv4_d0.copy_last_byte", label %"ipv4_d0.variable_part", !prof !0
ipv4_d0.variable_part:
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.require.endif"], [%"data.16", %"ipv4_d0.copy_last_byte_failed.endif"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.require.endif"], [%"data_end.16", %"ipv4_d0.copy_last_byte_failed.endif"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.require.endif"], [%"keys.16", %"ipv4_d0.copy_last_byte_failed.endif"]
  %"end" = add i64 %"cursor.1", %".113"
  %".138" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".139" = zext i16 %".138" to i64
  %".140" = and i64 %".139", 16383
  %".141" = icmp ne i64 %".140", 0
  %".142" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".143" = zext i16 %".142" to i64
  %".144" = and i64 %".143", 8191
  %".145" = icmp eq i64 %".144", 0
  br i1 %".141", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif"
ipv4_d0.copy_last_byte:
  %".119" = add i64 %"cursor.1", %".113"
  %".120" = sub i64 %".119", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".121" = trunc i64 %".120" to i32
  %".122" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".121", i64* %"last_byte", i32 1)
  %".123" = icmp eq i64 %".122", 0
  %".124" = getelementptr i8, ptr %"ctx.2", i64 76
  %".125" = load i32, ptr %".124", align 4
  %".126" = zext i32 %".125" to i64
  %"data.16" = inttoptr i64 %".126" to ptr
  %".127" = getelementptr i8, ptr %"ctx.2", i64 80
  %".128" = load i32, ptr %".127", align 4
  %".129" = zext i32 %".128" to i64
  %"data_end.16" = inttoptr i64 %".129" to ptr
  %".130" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.16" = load ptr, ptr %".130", align 8
  %".131" = xor i1 %".123", -1
  br i1 %".131", label %"ipv4_d0.copy_last_byte_failed", label %"ipv4_d0.copy_last_byte_failed.endif"
ipv4_d0.copy_last_byte_failed:
  %".133" = trunc i64 %".114" to i16
  %".134" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".133", ptr %".134", align 2
  br label %"return"
ipv4_d0.copy_last_byte_failed.endif:
  br label %"ipv4_d0.variable_part"
ipv4_d0.fragment:
  %".147" = getelementptr i8, ptr %"keys.17", i64 6
  store i8 1, ptr %".147", align 1
  br i1 %".145", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.fragment.endif:
  %".167" = zext i8 %"w9_1" to i64
  switch i64 %".167", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]
ipv4_d0.first_fragment:
  %".150" = getelementptr i8, ptr %"keys.17", i64 7
  store i8 1, ptr %".150", align 1
  %".152" = getelementptr i8, ptr %"keys.17", i64 48
  %"flags" = load volatile i32, ptr %".152", align 4
  %".153" = and i32 %"flags", 1
  %".154" = icmp ne i32 %".153", 0
  %".155" = xor i1 %".154", -1
  br i1 %".155", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".162" = trunc i64 %"end" to i16
  %".163" = getelementptr i8, ptr %"keys.17", i64 2
  store i16 %".162", ptr %".163", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".157" = trunc i64 %"end" to i16
  %".158" = getelementptr i8, ptr %"keys.17", i64 2
  store i16 %".157", ptr %".158", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".169" = trunc i64 %"end" to i16
  %".170" = getelementptr i8, ptr %"keys.17", i64 2
  store i16 %".169", ptr %".170", align 2
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
  %".182" = trunc i64 34887 to i16
  %".183" = call i16 @"llvm.bswap.i16"(i16 %".182")
  %".184" = getelementptr i8, ptr %"keys.17", i64 10
  store i16 %".183", ptr %".184", align 2
  %".186" = getelementptr i8, ptr %"keys.17", i64 2
  %".187" = trunc i64 %"end" to i16
  store volatile i16 %".187", ptr %".186", align 2
  %".189" = load volatile i16, ptr %".186", align 2
  %".190" = zext i16 %".189" to i64
  %"cursor.22" = and i64 %".190", 16383
  br label %"mpls_mpls_labels1"
ipv4_d0.to_ipv4:
  %".192" = getelementptr i8, ptr %"keys.17", i64 8
  store i8 1, ptr %".192", align 1
  %".194" = getelementptr i8, ptr %"keys.17", i64 48
  %"flags.1" = load volatile i32, ptr %".194", align 4
  %".195" = and i32 %"flags.1", 4
  %".196" = icmp ne i32 %".195", 0
  br i1 %".196", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".208" = getelementptr i8, ptr %"keys.17", i64 8
  store i8 1, ptr %".208", align 1
  %".210" = getelementptr i8, ptr %"keys.17", i64 48
  %"flags.2" = load volatile i32, ptr %".210", align 4
  %".211" = and i32 %"flags.2", 4
  %".212" = icmp ne i32 %".211", 0
  br i1 %".212", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".295", %"ipv6_d0.to_tcp"], [%"cursor.71", %"ipv4_d1.to_tcp"], [%"cursor.87", %"ipv6_d1.to_tcp"], [%"cursor.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"cursor.114", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"cursor.176", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"cursor.190", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"cursor.203", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"cursor.218", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"cursor.285", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"cursor.299", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"cursor.309", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"cursor.321", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"cursor.347", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"cursor.357", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data.18" = phi  ptr [%"data.17", %"ipv4_d0.to_tcp"], [%"data.30", %"ipv6_d0.to_tcp"], [%"data.80", %"ipv4_d1.to_tcp"], [%"data.83", %"ipv6_d1.to_tcp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.175", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.177", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data_end.18" = phi  ptr [%"data_end.17", %"ipv4_d0.to_tcp"], [%"data_end.30", %"ipv6_d0.to_tcp"], [%"data_end.80", %"ipv4_d1.to_tcp"], [%"data_end.83", %"ipv6_d1.to_tcp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.175", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.177", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"keys.18" = phi  ptr [%"keys.17", %"ipv4_d0.to_tcp"], [%"keys.30", %"ipv6_d0.to_tcp"], [%"keys.80", %"ipv4_d1.to_tcp"], [%"keys.83", %"ipv6_d1.to_tcp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.175", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.177", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"hdr.10" = getelementptr i8, ptr %"data.18", i64 %"cursor.13"
  %".1065" = getelementptr i8, ptr %"hdr.10", i64 4
  %".1066" = icmp ugt ptr %".1065", %"data_end.18"
  br i1 %".1066", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".1068" = getelementptr i8, ptr %"hdr.10", i64 0
  %".1069" = load i16, ptr %".1068", align 2
  %".1070" = getelementptr i8, ptr %"hdr.10", i64 2
  %".1071" = load i16, ptr %".1070", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".1069", %"tcp.linear"], [%".1090", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1071", %"tcp.linear"], [%".1092", %"tcp.copy_failed.endif"]
  %"data.54" = phi  ptr [%"data.18", %"tcp.linear"], [%"data.53", %"tcp.copy_failed.endif"]
  %"data_end.54" = phi  ptr [%"data_end.18", %"tcp.linear"], [%"data_end.53", %"tcp.copy_failed.endif"]
  %"keys.54" = phi  ptr [%"keys.18", %"tcp.linear"], [%"keys.53", %"tcp.copy_failed.endif"]
  %".1094" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".1095" = zext i16 %".1094" to i64
  %".1096" = trunc i64 %".1095" to i16
  %".1097" = call i16 @"llvm.bswap.i16"(i16 %".1096")
  %".1098" = getelementptr i8, ptr %"keys.54", i64 12
  store i16 %".1097", ptr %".1098", align 2
  %".1100" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".1101" = zext i16 %".1100" to i64
  %".1102" = trunc i64 %".1101" to i16
  %".1103" = call i16 @"llvm.bswap.i16"(i16 %".1102")
  %".1104" = getelementptr i8, ptr %"keys.54", i64 14
  store i16 %".1103", ptr %".1104", align 2
  %".1106" = trunc i64 %"cursor.13" to i16
  %".1107" = getelementptr i8, ptr %"keys.54", i64 2
  store i16 %".1106", ptr %".1107", align 2
  br label %"return"
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".295", %"ipv6_d0.to_udp"], [%"cursor.72", %"ipv4_d1.to_udp"], [%"cursor.88", %"ipv6_d1.to_udp"], [%"cursor.100", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"cursor.115", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"cursor.177", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"cursor.191", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"cursor.204", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"cursor.219", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"cursor.286", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"cursor.300", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"cursor.310", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"cursor.322", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"cursor.348", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"cursor.358", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data.19" = phi  ptr [%"data.17", %"ipv4_d0.to_udp"], [%"data.30", %"ipv6_d0.to_udp"], [%"data.80", %"ipv4_d1.to_udp"], [%"data.83", %"ipv6_d1.to_udp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.175", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.177", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data_end.19" = phi  ptr [%"data_end.17", %"ipv4_d0.to_udp"], [%"data_end.30", %"ipv6_d0.to_udp"], [%"data_end.80", %"ipv4_d1.to_udp"], [%"data_end.83", %"ipv6_d1.to_udp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.175", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.177", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"keys.19" = phi  ptr [%"keys.17", %"ipv4_d0.to_udp"], [%"keys.30", %"ipv6_d0.to_udp"], [%"keys.80", %"ipv4_d1.to_udp"], [%"keys.83", %"ipv6_d1.to_udp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.175", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.177", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"hdr.11" = getelementptr i8, ptr %"data.19", i64 %"cursor.14"
  %".1110" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1111" = icmp ugt ptr %".1110", %"data_end.19"
  br i1 %".1111", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".1113" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1114" = load i16, ptr %".1113", align 2
  %".1115" = getelementptr i8, ptr %"hdr.11", i64 2
  %".1116" = load i16, ptr %".1115", align 2
  br label %"udp.header"
udp.header:
  %"w0_2.1" = phi  i16 [%".1114", %"udp.linear"], [%".1135", %"udp.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1116", %"udp.linear"], [%".1137", %"udp.copy_failed.endif"]
  %"data.56" = phi  ptr [%"data.19", %"udp.linear"], [%"data.55", %"udp.copy_failed.endif"]
  %"data_end.56" = phi  ptr [%"data_end.19", %"udp.linear"], [%"data_end.55", %"udp.copy_failed.endif"]
  %"keys.56" = phi  ptr [%"keys.19", %"udp.linear"], [%"keys.55", %"udp.copy_failed.endif"]
  %".1139" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".1140" = zext i16 %".1139" to i64
  %".1141" = trunc i64 %".1140" to i16
  %".1142" = call i16 @"llvm.bswap.i16"(i16 %".1141")
  %".1143" = getelementptr i8, ptr %"keys.56", i64 12
  store i16 %".1142", ptr %".1143", align 2
  %".1145" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1146" = zext i16 %".1145" to i64
  %".1147" = trunc i64 %".1146" to i16
  %".1148" = call i16 @"llvm.bswap.i16"(i16 %".1147")
  %".1149" = getelementptr i8, ptr %"keys.56", i64 14
  store i16 %".1148", ptr %".1149", align 2
  %".1151" = add i64 %"cursor.14", 4
  %".1152" = add i64 4, 4
  %".1153" = getelementptr i8, ptr %"data.56", i64 %"cursor.14"
  %".1154" = getelementptr i8, ptr %".1153", i64 %".1152"
  %".1155" = icmp ugt ptr %".1154", %"data_end.56"
  br i1 %".1155", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.58" = phi  ptr [%"data.56", %"udp.header"], [%"data.57", %"udp.copy_last_byte_failed.endif"]
  %"data_end.58" = phi  ptr [%"data_end.56", %"udp.header"], [%"data_end.57", %"udp.copy_last_byte_failed.endif"]
  %"keys.58" = phi  ptr [%"keys.56", %"udp.header"], [%"keys.57", %"udp.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.14", %".1152"
  %".1176" = trunc i64 %"cursor.14" to i16
  %".1177" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".1176", ptr %".1177", align 2
  br label %"return"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".295", %"ipv6_d0.to_udplite"], [%"cursor.73", %"ipv4_d1.to_udplite"], [%"cursor.89", %"ipv6_d1.to_udplite"], [%"cursor.101", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"cursor.116", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"cursor.178", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"cursor.192", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"cursor.205", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"cursor.220", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"cursor.287", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"cursor.301", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"cursor.311", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"cursor.323", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"cursor.349", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"cursor.359", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data.20" = phi  ptr [%"data.17", %"ipv4_d0.to_udplite"], [%"data.30", %"ipv6_d0.to_udplite"], [%"data.80", %"ipv4_d1.to_udplite"], [%"data.83", %"ipv6_d1.to_udplite"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.175", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.177", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data_end.20" = phi  ptr [%"data_end.17", %"ipv4_d0.to_udplite"], [%"data_end.30", %"ipv6_d0.to_udplite"], [%"data_end.80", %"ipv4_d1.to_udplite"], [%"data_end.83", %"ipv6_d1.to_udplite"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.175", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.177", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"keys.20" = phi  ptr [%"keys.17", %"ipv4_d0.to_udplite"], [%"keys.30", %"ipv6_d0.to_udplite"], [%"keys.80", %"ipv4_d1.to_udplite"], [%"keys.83", %"ipv6_d1.to_udplite"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.175", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.177", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"hdr.12" = getelementptr i8, ptr %"data.20", i64 %"cursor.15"
  %".1180" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1181" = icmp ugt ptr %".1180", %"data_end.20"
  br i1 %".1181", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1183" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1184" = load i16, ptr %".1183", align 2
  %".1185" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1186" = load i16, ptr %".1185", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1184", %"udplite.linear"], [%".1205", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1186", %"udplite.linear"], [%".1207", %"udplite.copy_failed.endif"]
  %"data.60" = phi  ptr [%"data.20", %"udplite.linear"], [%"data.59", %"udplite.copy_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.20", %"udplite.linear"], [%"data_end.59", %"udplite.copy_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.20", %"udplite.linear"], [%"keys.59", %"udplite.copy_failed.endif"]
  %".1209" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1210" = zext i16 %".1209" to i64
  %".1211" = trunc i64 %".1210" to i16
  %".1212" = call i16 @"llvm.bswap.i16"(i16 %".1211")
  %".1213" = getelementptr i8, ptr %"keys.60", i64 12
  store i16 %".1212", ptr %".1213", align 2
  %".1215" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1216" = zext i16 %".1215" to i64
  %".1217" = trunc i64 %".1216" to i16
  %".1218" = call i16 @"llvm.bswap.i16"(i16 %".1217")
  %".1219" = getelementptr i8, ptr %"keys.60", i64 14
  store i16 %".1218", ptr %".1219", align 2
  %".1221" = add i64 %"cursor.15", 4
  %".1222" = add i64 4, 4
  %".1223" = getelementptr i8, ptr %"data.60", i64 %"cursor.15"
  %".1224" = getelementptr i8, ptr %".1223", i64 %".1222"
  %".1225" = icmp ugt ptr %".1224", %"data_end.60"
  br i1 %".1225", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.62" = phi  ptr [%"data.60", %"udplite.header"], [%"data.61", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.60", %"udplite.header"], [%"data_end.61", %"udplite.copy_last_byte_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.60", %"udplite.header"], [%"keys.61", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.15", %".1222"
  %".1246" = trunc i64 %"cursor.15" to i16
  %".1247" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1246", ptr %".1247", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".295", %"ipv6_d0.to_gre_version"], [%"cursor.102", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"cursor.117", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"cursor.206", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"cursor.221", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"cursor.312", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"cursor.324", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data.21" = phi  ptr [%"data.17", %"ipv4_d0.to_gre_version"], [%"data.30", %"ipv6_d0.to_gre_version"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data_end.21" = phi  ptr [%"data_end.17", %"ipv4_d0.to_gre_version"], [%"data_end.30", %"ipv6_d0.to_gre_version"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"keys.21" = phi  ptr [%"keys.17", %"ipv4_d0.to_gre_version"], [%"keys.30", %"ipv6_d0.to_gre_version"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"hdr.13" = getelementptr i8, ptr %"data.21", i64 %"cursor.16"
  %".1250" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1251" = icmp ugt ptr %".1250", %"data_end.21"
  br i1 %".1251", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1253" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1254" = load i8, ptr %".1253", align 1
  %".1255" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1256" = load i8, ptr %".1255", align 1
  %".1257" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1258" = load i16, ptr %".1257", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1254", %"gre_version_d0.linear"], [%".1277", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1256", %"gre_version_d0.linear"], [%".1279", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1258", %"gre_version_d0.linear"], [%".1281", %"gre_version_d0.copy_failed.endif"]
  %"data.64" = phi  ptr [%"data.21", %"gre_version_d0.linear"], [%"data.63", %"gre_version_d0.copy_failed.endif"]
  %"data_end.64" = phi  ptr [%"data_end.21", %"gre_version_d0.linear"], [%"data_end.63", %"gre_version_d0.copy_failed.endif"]
  %"keys.64" = phi  ptr [%"keys.21", %"gre_version_d0.linear"], [%"keys.63", %"gre_version_d0.copy_failed.endif"]
  %".1283" = zext i8 %"w0_1.3" to i64
  %".1284" = lshr i64 %".1283", 6
  %".1285" = and i64 %".1284", 1
  %".1286" = icmp ne i64 %".1285", 0
  %".1287" = zext i8 %"w1_1.2" to i64
  %".1288" = and i64 %".1287", 7
  %".1289" = icmp ugt i64 %".1288", 1
  %".1290" = or i1 %".1286", %".1289"
  br i1 %".1290", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".295", %"ipv6_d0.to_sctp"], [%"cursor.76", %"ipv4_d1.to_sctp"], [%"cursor.91", %"ipv6_d1.to_sctp"], [%"cursor.103", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"cursor.118", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"cursor.180", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"cursor.194", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"cursor.207", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"cursor.222", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"cursor.289", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"cursor.303", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"cursor.313", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"cursor.325", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"cursor.351", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"cursor.361", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data.22" = phi  ptr [%"data.17", %"ipv4_d0.to_sctp"], [%"data.30", %"ipv6_d0.to_sctp"], [%"data.80", %"ipv4_d1.to_sctp"], [%"data.83", %"ipv6_d1.to_sctp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.175", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.177", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data_end.22" = phi  ptr [%"data_end.17", %"ipv4_d0.to_sctp"], [%"data_end.30", %"ipv6_d0.to_sctp"], [%"data_end.80", %"ipv4_d1.to_sctp"], [%"data_end.83", %"ipv6_d1.to_sctp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.175", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.177", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"keys.22" = phi  ptr [%"keys.17", %"ipv4_d0.to_sctp"], [%"keys.30", %"ipv6_d0.to_sctp"], [%"keys.80", %"ipv4_d1.to_sctp"], [%"keys.83", %"ipv6_d1.to_sctp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.175", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.177", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"hdr.14" = getelementptr i8, ptr %"data.22", i64 %"cursor.17"
  %".1311" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1312" = icmp ugt ptr %".1311", %"data_end.22"
  br i1 %".1312", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1314" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1315" = load i16, ptr %".1314", align 2
  %".1316" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1317" = load i16, ptr %".1316", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1315", %"sctp.linear"], [%".1336", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1317", %"sctp.linear"], [%".1338", %"sctp.copy_failed.endif"]
  %"data.68" = phi  ptr [%"data.22", %"sctp.linear"], [%"data.67", %"sctp.copy_failed.endif"]
  %"data_end.68" = phi  ptr [%"data_end.22", %"sctp.linear"], [%"data_end.67", %"sctp.copy_failed.endif"]
  %"keys.68" = phi  ptr [%"keys.22", %"sctp.linear"], [%"keys.67", %"sctp.copy_failed.endif"]
  %".1340" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1341" = zext i16 %".1340" to i64
  %".1342" = trunc i64 %".1341" to i16
  %".1343" = call i16 @"llvm.bswap.i16"(i16 %".1342")
  %".1344" = getelementptr i8, ptr %"keys.68", i64 12
  store i16 %".1343", ptr %".1344", align 2
  %".1346" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1347" = zext i16 %".1346" to i64
  %".1348" = trunc i64 %".1347" to i16
  %".1349" = call i16 @"llvm.bswap.i16"(i16 %".1348")
  %".1350" = getelementptr i8, ptr %"keys.68", i64 14
  store i16 %".1349", ptr %".1350", align 2
  %".1352" = add i64 %"cursor.17", 4
  %".1353" = trunc i64 %"cursor.17" to i16
  %".1354" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".1353", ptr %".1354", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".295", %"ipv6_d0.to_dccp"], [%"cursor.77", %"ipv4_d1.to_dccp"], [%"cursor.92", %"ipv6_d1.to_dccp"], [%"cursor.104", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"cursor.119", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"cursor.181", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"cursor.195", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"cursor.208", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"cursor.223", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"cursor.290", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"cursor.304", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"cursor.314", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"cursor.326", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"cursor.352", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"cursor.362", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data.23" = phi  ptr [%"data.17", %"ipv4_d0.to_dccp"], [%"data.30", %"ipv6_d0.to_dccp"], [%"data.80", %"ipv4_d1.to_dccp"], [%"data.83", %"ipv6_d1.to_dccp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.175", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.177", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data_end.23" = phi  ptr [%"data_end.17", %"ipv4_d0.to_dccp"], [%"data_end.30", %"ipv6_d0.to_dccp"], [%"data_end.80", %"ipv4_d1.to_dccp"], [%"data_end.83", %"ipv6_d1.to_dccp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.175", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.177", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"keys.23" = phi  ptr [%"keys.17", %"ipv4_d0.to_dccp"], [%"keys.30", %"ipv6_d0.to_dccp"], [%"keys.80", %"ipv4_d1.to_dccp"], [%"keys.83", %"ipv6_d1.to_dccp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.175", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.177", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"hdr.15" = getelementptr i8, ptr %"data.23", i64 %"cursor.18"
  %".1357" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1358" = icmp ugt ptr %".1357", %"data_end.23"
  br i1 %".1358", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1360" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1361" = load i16, ptr %".1360", align 2
  %".1362" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1363" = load i16, ptr %".1362", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1361", %"dccp.linear"], [%".1382", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1363", %"dccp.linear"], [%".1384", %"dccp.copy_failed.endif"]
  %"data.70" = phi  ptr [%"data.23", %"dccp.linear"], [%"data.69", %"dccp.copy_failed.endif"]
  %"data_end.70" = phi  ptr [%"data_end.23", %"dccp.linear"], [%"data_end.69", %"dccp.copy_failed.endif"]
  %"keys.70" = phi  ptr [%"keys.23", %"dccp.linear"], [%"keys.69", %"dccp.copy_failed.endif"]
  %".1386" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1387" = zext i16 %".1386" to i64
  %".1388" = trunc i64 %".1387" to i16
  %".1389" = call i16 @"llvm.bswap.i16"(i16 %".1388")
  %".1390" = getelementptr i8, ptr %"keys.70", i64 12
  store i16 %".1389", ptr %".1390", align 2
  %".1392" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1393" = zext i16 %".1392" to i64
  %".1394" = trunc i64 %".1393" to i16
  %".1395" = call i16 @"llvm.bswap.i16"(i16 %".1394")
  %".1396" = getelementptr i8, ptr %"keys.70", i64 14
  store i16 %".1395", ptr %".1396", align 2
  %".1398" = add i64 %"cursor.18", 4
  %".1399" = trunc i64 %"cursor.18" to i16
  %".1400" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1399", ptr %".1400", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".295", %"ipv6_d0.to_esp"], [%"cursor.78", %"ipv4_d1.to_esp"], [%"cursor.93", %"ipv6_d1.to_esp"], [%"cursor.105", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"cursor.120", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"cursor.182", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"cursor.196", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"cursor.209", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"cursor.224", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"cursor.291", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"cursor.305", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"cursor.315", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"cursor.327", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"cursor.353", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"cursor.363", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data.24" = phi  ptr [%"data.17", %"ipv4_d0.to_esp"], [%"data.30", %"ipv6_d0.to_esp"], [%"data.80", %"ipv4_d1.to_esp"], [%"data.83", %"ipv6_d1.to_esp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.175", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.177", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data_end.24" = phi  ptr [%"data_end.17", %"ipv4_d0.to_esp"], [%"data_end.30", %"ipv6_d0.to_esp"], [%"data_end.80", %"ipv4_d1.to_esp"], [%"data_end.83", %"ipv6_d1.to_esp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.175", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.177", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"keys.24" = phi  ptr [%"keys.17", %"ipv4_d0.to_esp"], [%"keys.30", %"ipv6_d0.to_esp"], [%"keys.80", %"ipv4_d1.to_esp"], [%"keys.83", %"ipv6_d1.to_esp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.175", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.177", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"hdr.16" = getelementptr i8, ptr %"data.24", i64 %"cursor.19"
  %".1403" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1404" = icmp ugt ptr %".1403", %"data_end.24"
  br i1 %".1404", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1406" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1407" = load i32, ptr %".1406", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1407", %"esp.linear"], [%".1426", %"esp.copy_failed.endif"]
  %"data.72" = phi  ptr [%"data.24", %"esp.linear"], [%"data.71", %"esp.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.24", %"esp.linear"], [%"data_end.71", %"esp.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.24", %"esp.linear"], [%"keys.71", %"esp.copy_failed.endif"]
  %".1428" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1429" = zext i32 %".1428" to i64
  %".1430" = lshr i64 %".1429", 16
  %".1431" = trunc i64 %".1430" to i16
  %".1432" = call i16 @"llvm.bswap.i16"(i16 %".1431")
  %".1433" = getelementptr i8, ptr %"keys.72", i64 12
  store i16 %".1432", ptr %".1433", align 2
  %".1435" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1436" = zext i32 %".1435" to i64
  %".1437" = and i64 %".1436", 65535
  %".1438" = trunc i64 %".1437" to i16
  %".1439" = call i16 @"llvm.bswap.i16"(i16 %".1438")
  %".1440" = getelementptr i8, ptr %"keys.72", i64 14
  store i16 %".1439", ptr %".1440", align 2
  %".1442" = add i64 %"cursor.19", 4
  %".1443" = trunc i64 %"cursor.19" to i16
  %".1444" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1443", ptr %".1444", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".295", %"ipv6_d0.to_ah"], [%"cursor.79", %"ipv4_d1.to_ah"], [%"cursor.94", %"ipv6_d1.to_ah"], [%"cursor.106", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"cursor.121", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"cursor.183", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"cursor.197", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"cursor.210", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"cursor.225", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"cursor.292", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"cursor.306", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"cursor.316", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"cursor.328", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"cursor.354", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"cursor.364", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data.25" = phi  ptr [%"data.17", %"ipv4_d0.to_ah"], [%"data.30", %"ipv6_d0.to_ah"], [%"data.80", %"ipv4_d1.to_ah"], [%"data.83", %"ipv6_d1.to_ah"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.175", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.177", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data_end.25" = phi  ptr [%"data_end.17", %"ipv4_d0.to_ah"], [%"data_end.30", %"ipv6_d0.to_ah"], [%"data_end.80", %"ipv4_d1.to_ah"], [%"data_end.83", %"ipv6_d1.to_ah"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.175", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.177", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"keys.25" = phi  ptr [%"keys.17", %"ipv4_d0.to_ah"], [%"keys.30", %"ipv6_d0.to_ah"], [%"keys.80", %"ipv4_d1.to_ah"], [%"keys.83", %"ipv6_d1.to_ah"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.175", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.177", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"hdr.17" = getelementptr i8, ptr %"data.25", i64 %"cursor.20"
  %".1447" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1448" = icmp ugt ptr %".1447", %"data_end.25"
  br i1 %".1448", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1450" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1451" = load i32, ptr %".1450", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1451", %"ah.linear"], [%".1470", %"ah.copy_failed.endif"]
  %"data.74" = phi  ptr [%"data.25", %"ah.linear"], [%"data.73", %"ah.copy_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.25", %"ah.linear"], [%"data_end.73", %"ah.copy_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.25", %"ah.linear"], [%"keys.73", %"ah.copy_failed.endif"]
  %".1472" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1473" = zext i32 %".1472" to i64
  %".1474" = lshr i64 %".1473", 16
  %".1475" = trunc i64 %".1474" to i16
  %".1476" = call i16 @"llvm.bswap.i16"(i16 %".1475")
  %".1477" = getelementptr i8, ptr %"keys.74", i64 12
  store i16 %".1476", ptr %".1477", align 2
  %".1479" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1480" = zext i32 %".1479" to i64
  %".1481" = and i64 %".1480", 65535
  %".1482" = trunc i64 %".1481" to i16
  %".1483" = call i16 @"llvm.bswap.i16"(i16 %".1482")
  %".1484" = getelementptr i8, ptr %"keys.74", i64 14
  store i16 %".1483", ptr %".1484", align 2
  %".1486" = add i64 %"cursor.20", 8
  %".1487" = trunc i64 %"cursor.20" to i16
  %".1488" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1487", ptr %".1488", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.3", %"ipv4_d1.to_icmp"]
  %"data.26" = phi  ptr [%"data.17", %"ipv4_d0.to_icmp"], [%"data.80", %"ipv4_d1.to_icmp"]
  %"data_end.26" = phi  ptr [%"data_end.17", %"ipv4_d0.to_icmp"], [%"data_end.80", %"ipv4_d1.to_icmp"]
  %"keys.26" = phi  ptr [%"keys.17", %"ipv4_d0.to_icmp"], [%"keys.80", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.26", i64 %"cursor.21"
  %".1491" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1492" = icmp ugt ptr %".1491", %"data_end.26"
  br i1 %".1492", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.76" = phi  ptr [%"data.26", %"icmp.linear"], [%"data.75", %"icmp.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.26", %"icmp.linear"], [%"data_end.75", %"icmp.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.26", %"icmp.linear"], [%"keys.75", %"icmp.copy_failed.endif"]
  %".1512" = add i64 %"cursor.21", 4
  %".1513" = trunc i64 %"cursor.21" to i16
  %".1514" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1513", ptr %".1514", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".198" = trunc i64 %"end" to i16
  %".199" = getelementptr i8, ptr %"keys.17", i64 2
  store i16 %".198", ptr %".199", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".202" = getelementptr i8, ptr %"keys.17", i64 2
  %".203" = trunc i64 %"end" to i16
  store volatile i16 %".203", ptr %".202", align 2
  %".205" = load volatile i16, ptr %".202", align 2
  %".206" = zext i16 %".205" to i64
  %"cursor.24" = and i64 %".206", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.23" = phi  i64 [%"cursor.24", %"ipv4_d0.stop_at_encap.endif"], [%"cursor.32", %"ipv6_d0.stop_at_encap.endif"], [%"cursor.57", %"batadv_d0.stop_at_encap.endif"], [%"cursor.109", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.124", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.140", %"pppoe_d1.to_ipv4"], [%"cursor.144", %"gre_d0.to_ipv4"], [%"cursor.213", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.228", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.230", %"vlan_d1_vlan_tags1.to_ipv4"], [%"cursor.247", %"hsr_d1.to_ipv4"], [%"cursor.258", %"ethernet_d1.to_ipv4"], [%"cursor.274", %"ppp_d0.stop_at_encap.endif"], [%"cursor.319", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.331", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.333", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data.27" = phi  ptr [%"data.17", %"ipv4_d0.stop_at_encap.endif"], [%"data.30", %"ipv6_d0.stop_at_encap.endif"], [%"data.51", %"batadv_d0.stop_at_encap.endif"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.99", %"pppoe_d1.to_ipv4"], [%"data.103", %"gre_d0.to_ipv4"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.134", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.137", %"hsr_d1.to_ipv4"], [%"data.141", %"ethernet_d1.to_ipv4"], [%"data.143", %"ppp_d0.stop_at_encap.endif"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.169", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data_end.27" = phi  ptr [%"data_end.17", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.30", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.99", %"pppoe_d1.to_ipv4"], [%"data_end.103", %"gre_d0.to_ipv4"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.137", %"hsr_d1.to_ipv4"], [%"data_end.141", %"ethernet_d1.to_ipv4"], [%"data_end.143", %"ppp_d0.stop_at_encap.endif"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"keys.27" = phi  ptr [%"keys.17", %"ipv4_d0.stop_at_encap.endif"], [%"keys.30", %"ipv6_d0.stop_at_encap.endif"], [%"keys.51", %"batadv_d0.stop_at_encap.endif"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.99", %"pppoe_d1.to_ipv4"], [%"keys.103", %"gre_d0.to_ipv4"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.134", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.137", %"hsr_d1.to_ipv4"], [%"keys.141", %"ethernet_d1.to_ipv4"], [%"keys.143", %"ppp_d0.stop_at_encap.endif"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.169", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"hdr.19" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1517" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1518" = icmp ugt ptr %".1517", %"data_end.27"
  br i1 %".1518", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1520" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1521" = load i8, ptr %".1520", align 1
  %".1522" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1523" = load i16, ptr %".1522", align 2
  %".1524" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1525" = load i8, ptr %".1524", align 1
  %".1526" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1527" = load i32, ptr %".1526", align 4
  %".1528" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1529" = load i32, ptr %".1528", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1521", %"ipv4_d1.linear"], [%".1548", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1523", %"ipv4_d1.linear"], [%".1550", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1525", %"ipv4_d1.linear"], [%".1552", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1527", %"ipv4_d1.linear"], [%".1554", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1529", %"ipv4_d1.linear"], [%".1556", %"ipv4_d1.copy_failed.endif"]
  %"data.78" = phi  ptr [%"data.27", %"ipv4_d1.linear"], [%"data.77", %"ipv4_d1.copy_failed.endif"]
  %"data_end.78" = phi  ptr [%"data_end.27", %"ipv4_d1.linear"], [%"data_end.77", %"ipv4_d1.copy_failed.endif"]
  %"keys.78" = phi  ptr [%"keys.27", %"ipv4_d1.linear"], [%"keys.77", %"ipv4_d1.copy_failed.endif"]
  %".1558" = zext i8 %"w0_1.4" to i64
  %".1559" = and i64 %".1558", 15
  %".1560" = icmp uge i64 %".1559", 5
  %".1561" = xor i1 %".1560", -1
  br i1 %".1561", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".214" = trunc i64 %"end" to i16
  %".215" = getelementptr i8, ptr %"keys.17", i64 2
  store i16 %".214", ptr %".215", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".218" = getelementptr i8, ptr %"keys.17", i64 2
  %".219" = trunc i64 %"end" to i16
  store volatile i16 %".219", ptr %".218", align 2
  %".221" = load volatile i16, ptr %".218", align 2
  %".222" = zext i16 %".221" to i64
  %"cursor.26" = and i64 %".222", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.25" = phi  i64 [%"cursor.26", %"ipv4_d0.stop_at_encap.endif.1"], [%"cursor.33", %"ipv6_d0.stop_at_encap.endif.1"], [%"cursor.58", %"batadv_d0.stop_at_encap.endif.1"], [%"cursor.110", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.125", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.141", %"pppoe_d1.to_ipv6"], [%"cursor.145", %"gre_d0.to_ipv6"], [%"cursor.214", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.229", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.231", %"vlan_d1_vlan_tags1.to_ipv6"], [%"cursor.248", %"hsr_d1.to_ipv6"], [%"cursor.259", %"ethernet_d1.to_ipv6"], [%"cursor.275", %"ppp_d0.stop_at_encap.endif.1"], [%"cursor.320", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.332", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.334", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data.28" = phi  ptr [%"data.17", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.30", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.99", %"pppoe_d1.to_ipv6"], [%"data.103", %"gre_d0.to_ipv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.134", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.137", %"hsr_d1.to_ipv6"], [%"data.141", %"ethernet_d1.to_ipv6"], [%"data.143", %"ppp_d0.stop_at_encap.endif.1"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.169", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data_end.28" = phi  ptr [%"data_end.17", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.30", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.99", %"pppoe_d1.to_ipv6"], [%"data_end.103", %"gre_d0.to_ipv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.137", %"hsr_d1.to_ipv6"], [%"data_end.141", %"ethernet_d1.to_ipv6"], [%"data_end.143", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"keys.28" = phi  ptr [%"keys.17", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.30", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.99", %"pppoe_d1.to_ipv6"], [%"keys.103", %"gre_d0.to_ipv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.134", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.137", %"hsr_d1.to_ipv6"], [%"keys.141", %"ethernet_d1.to_ipv6"], [%"keys.143", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.169", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"hdr.20" = getelementptr i8, ptr %"data.28", i64 %"cursor.25"
  %".1734" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1735" = icmp ugt ptr %".1734", %"data_end.28"
  br i1 %".1735", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1737" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1738" = load i32, ptr %".1737", align 4
  %".1739" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1740" = load i8, ptr %".1739", align 1
  %".1741" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1742" = load i64, ptr %".1741", align 8
  %".1743" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1744" = load i64, ptr %".1743", align 8
  %".1745" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1746" = load i64, ptr %".1745", align 8
  %".1747" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1748" = load i64, ptr %".1747", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1738", %"ipv6_d1.linear"], [%".1767", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1740", %"ipv6_d1.linear"], [%".1769", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1742", %"ipv6_d1.linear"], [%".1771", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1744", %"ipv6_d1.linear"], [%".1773", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1746", %"ipv6_d1.linear"], [%".1775", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1748", %"ipv6_d1.linear"], [%".1777", %"ipv6_d1.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.28", %"ipv6_d1.linear"], [%"data.82", %"ipv6_d1.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.28", %"ipv6_d1.linear"], [%"data_end.82", %"ipv6_d1.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.28", %"ipv6_d1.linear"], [%"keys.82", %"ipv6_d1.copy_failed.endif"]
  %".1779" = trunc i64 34525 to i16
  %".1780" = getelementptr i8, ptr %"keys.83", i64 4
  store i16 %".1779", ptr %".1780", align 2
  %".1782" = trunc i64 34525 to i16
  %".1783" = call i16 @"llvm.bswap.i16"(i16 %".1782")
  %".1784" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1783", ptr %".1784", align 2
  %".1786" = getelementptr i8, ptr %"keys.83", i64 16
  store i64 %"w8_8.1", ptr %".1786", align 8
  %".1788" = getelementptr i8, ptr %"keys.83", i64 24
  store i64 %"w16_8.1", ptr %".1788", align 8
  %".1790" = getelementptr i8, ptr %"keys.83", i64 32
  store i64 %"w24_8.1", ptr %".1790", align 8
  %".1792" = getelementptr i8, ptr %"keys.83", i64 40
  store i64 %"w32_8.1", ptr %".1792", align 8
  %".1794" = zext i8 %"w6_1.1" to i64
  %".1795" = trunc i64 %".1794" to i8
  %".1796" = getelementptr i8, ptr %"keys.83", i64 9
  store i8 %".1795", ptr %".1796", align 1
  %".1798" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1799" = zext i32 %".1798" to i64
  %".1800" = and i64 %".1799", 1048575
  %".1801" = trunc i64 %".1800" to i32
  %".1802" = call i32 @"llvm.bswap.i32"(i32 %".1801")
  %".1803" = getelementptr i8, ptr %"keys.83", i64 52
  store i32 %".1802", ptr %".1803", align 4
  %".1805" = add i64 %"cursor.25", 40
  %".1806" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1807" = zext i32 %".1806" to i64
  %".1808" = and i64 %".1807", 1048575
  %".1809" = icmp ne i64 %".1808", 0
  %".1810" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.20" = load volatile i32, ptr %".1810", align 4
  %".1811" = and i32 %"flags.20", 2
  %".1812" = icmp ne i32 %".1811", 0
  %".1813" = and i1 %".1809", %".1812"
  br i1 %".1813", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".240" = trunc i64 %"cursor.2" to i32
  %".241" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".240", [40 x i8]* %"header_copy", i32 40)
  %".242" = icmp eq i64 %".241", 0
  %".243" = getelementptr i8, ptr %"ctx.3", i64 76
  %".244" = load i32, ptr %".243", align 4
  %".245" = zext i32 %".244" to i64
  %"data.29" = inttoptr i64 %".245" to ptr
  %".246" = getelementptr i8, ptr %"ctx.3", i64 80
  %".247" = load i32, ptr %".246", align 4
  %".248" = zext i32 %".247" to i64
  %"data_end.29" = inttoptr i64 %".248" to ptr
  %".249" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.29" = load ptr, ptr %".249", align 8
  %".250" = xor i1 %".242", -1
  br i1 %".250", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".252" = trunc i64 %"cursor.2" to i16
  %".253" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".252", ptr %".253", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".256" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".257" = load volatile i32, [40 x i8]* %".256", align 4
  %".258" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".259" = load volatile i8, [40 x i8]* %".258", align 1
  %".260" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".261" = load volatile i64, [40 x i8]* %".260", align 8
  %".262" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".263" = load volatile i64, [40 x i8]* %".262", align 8
  %".264" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".265" = load volatile i64, [40 x i8]* %".264", align 8
  %".266" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".267" = load volatile i64, [40 x i8]* %".266", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".305" = trunc i64 %".295" to i16
  %".306" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".305", ptr %".306", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".309" = zext i8 %"w6_1" to i64
  switch i64 %".309", label %"ipv6_d0.unknown" [i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]
ipv6_d0.unknown:
  %".311" = trunc i64 %".295" to i16
  %".312" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".311", ptr %".312", align 2
  br label %"return"
ipv6_d0.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.2:
  %".317" = getelementptr i8, ptr %"keys.30", i64 2
  %".318" = trunc i64 %".295" to i16
  store volatile i16 %".318", ptr %".317", align 2
  %".320" = load volatile i16, ptr %".317", align 2
  %".321" = zext i16 %".320" to i64
  %"cursor.28" = and i64 %".321", 16383
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
  %".333" = trunc i64 34887 to i16
  %".334" = call i16 @"llvm.bswap.i16"(i16 %".333")
  %".335" = getelementptr i8, ptr %"keys.30", i64 10
  store i16 %".334", ptr %".335", align 2
  %".337" = getelementptr i8, ptr %"keys.30", i64 2
  %".338" = trunc i64 %".295" to i16
  store volatile i16 %".338", ptr %".337", align 2
  %".340" = load volatile i16, ptr %".337", align 2
  %".341" = zext i16 %".340" to i64
  %"cursor.31" = and i64 %".341", 16383
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".343" = getelementptr i8, ptr %"keys.30", i64 8
  store i8 1, ptr %".343", align 1
  %".345" = getelementptr i8, ptr %"keys.30", i64 48
  %"flags.4" = load volatile i32, ptr %".345", align 4
  %".346" = and i32 %"flags.4", 4
  %".347" = icmp ne i32 %".346", 0
  br i1 %".347", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".359" = getelementptr i8, ptr %"keys.30", i64 8
  store i8 1, ptr %".359", align 1
  %".361" = getelementptr i8, ptr %"keys.30", i64 48
  %"flags.5" = load volatile i32, ptr %".361", align 4
  %".362" = and i32 %"flags.5", 4
  %".363" = icmp ne i32 %".362", 0
  br i1 %".363", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.27" = phi  i64 [%".295", %"ipv6_d0.to_ipv6_opts"], [%".295", %"ipv6_d0.to_ipv6_opts.1"], [%"cursor.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.31" = phi  ptr [%"data.30", %"ipv6_d0.to_ipv6_opts"], [%"data.30", %"ipv6_d0.to_ipv6_opts.1"], [%"data.30", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.31" = phi  ptr [%"data_end.30", %"ipv6_d0.to_ipv6_opts"], [%"data_end.30", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.30", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.31" = phi  ptr [%"keys.30", %"ipv6_d0.to_ipv6_opts"], [%"keys.30", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.30", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.31", i64 %"cursor.27"
  %".1936" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1937" = icmp ugt ptr %".1936", %"data_end.31"
  br i1 %".1937", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1939" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1940" = load i8, ptr %".1939", align 1
  %".1941" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1942" = load i8, ptr %".1941", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1940", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1961", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1942", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1963", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1965" = zext i8 %"w0_1.5" to i64
  %".1966" = trunc i64 %".1965" to i8
  %".1967" = getelementptr i8, ptr %"keys.87", i64 9
  store i8 %".1966", ptr %".1967", align 1
  %".1969" = add i64 %"cursor.27", 2
  %".1970" = zext i8 %"w1_1.3" to i64
  %".1971" = mul i64 %".1970", 8
  %".1972" = add i64 %".1971", 6
  %".1973" = add i64 %".1972", 2
  %".1974" = add i64 %"cursor.27", %".1973"
  %".1975" = getelementptr i8, ptr %"data.87", i64 %"cursor.27"
  %".1976" = getelementptr i8, ptr %".1975", i64 %".1973"
  %".1977" = icmp ugt ptr %".1976", %"data_end.87"
  br i1 %".1977", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext1.variable_part:
  %"data.89" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data.88", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data_end.88", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.header"], [%"keys.88", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.4" = add i64 %"cursor.27", %".1973"
  %".1998" = zext i8 %"w0_1.5" to i64
  switch i64 %".1998", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.29" = phi  i64 [%".295", %"ipv6_d0.to_ipv6_frag"]
  %"data.32" = phi  ptr [%"data.30", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.32" = phi  ptr [%"data_end.30", %"ipv6_d0.to_ipv6_frag"]
  %"keys.32" = phi  ptr [%"keys.30", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.32", i64 %"cursor.29"
  %".2109" = getelementptr i8, ptr %"hdr.22", i64 8
  %".2110" = icmp ugt ptr %".2109", %"data_end.32"
  br i1 %".2110", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".2112" = getelementptr i8, ptr %"hdr.22", i64 0
  %".2113" = load i8, ptr %".2112", align 1
  %".2114" = getelementptr i8, ptr %"hdr.22", i64 2
  %".2115" = load i16, ptr %".2114", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".2113", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2134", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".2115", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2136", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".2138" = zext i8 %"w0_1.6" to i64
  %".2139" = trunc i64 %".2138" to i8
  %".2140" = getelementptr i8, ptr %"keys.93", i64 9
  store i8 %".2139", ptr %".2140", align 1
  %".2142" = add i64 %"cursor.29", 8
  %".2143" = icmp ne i64 1, 0
  %".2144" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".2145" = zext i16 %".2144" to i64
  %".2146" = and i64 %".2145", 65528
  %".2147" = icmp eq i64 %".2146", 0
  br i1 %".2143", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.30" = phi  i64 [%".295", %"ipv6_d0.to_icmpv6"], [%".1805", %"ipv6_d1.to_icmpv6"], [%"cursor.107", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"cursor.122", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"cursor.184", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"cursor.198", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"cursor.211", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"cursor.226", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"cursor.293", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"cursor.307", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"cursor.317", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"cursor.329", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"cursor.355", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"cursor.365", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data.33" = phi  ptr [%"data.30", %"ipv6_d0.to_icmpv6"], [%"data.83", %"ipv6_d1.to_icmpv6"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.165", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.167", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.175", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.177", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data_end.33" = phi  ptr [%"data_end.30", %"ipv6_d0.to_icmpv6"], [%"data_end.83", %"ipv6_d1.to_icmpv6"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.175", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.177", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"keys.33" = phi  ptr [%"keys.30", %"ipv6_d0.to_icmpv6"], [%"keys.83", %"ipv6_d1.to_icmpv6"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.175", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.177", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"hdr.23" = getelementptr i8, ptr %"data.33", i64 %"cursor.30"
  %".2290" = getelementptr i8, ptr %"hdr.23", i64 4
  %".2291" = icmp ugt ptr %".2290", %"data_end.33"
  br i1 %".2291", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.95" = phi  ptr [%"data.33", %"icmpv6.linear"], [%"data.94", %"icmpv6.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.33", %"icmpv6.linear"], [%"data_end.94", %"icmpv6.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.33", %"icmpv6.linear"], [%"keys.94", %"icmpv6.copy_failed.endif"]
  %".2311" = add i64 %"cursor.30", 4
  %".2312" = trunc i64 %"cursor.30" to i16
  %".2313" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2312", ptr %".2313", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".349" = trunc i64 %".295" to i16
  %".350" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".349", ptr %".350", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".353" = getelementptr i8, ptr %"keys.30", i64 2
  %".354" = trunc i64 %".295" to i16
  store volatile i16 %".354", ptr %".353", align 2
  %".356" = load volatile i16, ptr %".353", align 2
  %".357" = zext i16 %".356" to i64
  %"cursor.32" = and i64 %".357", 16383
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".365" = trunc i64 %".295" to i16
  %".366" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".365", ptr %".366", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".369" = getelementptr i8, ptr %"keys.30", i64 2
  %".370" = trunc i64 %".295" to i16
  store volatile i16 %".370", ptr %".369", align 2
  %".372" = load volatile i16, ptr %".369", align 2
  %".373" = zext i16 %".372" to i64
  %"cursor.33" = and i64 %".373", 16383
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".381" = trunc i64 %"cursor.3" to i32
  %".382" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".381", [40 x i8]* %"header_copy", i32 4)
  %".383" = icmp eq i64 %".382", 0
  %".384" = getelementptr i8, ptr %"ctx.4", i64 76
  %".385" = load i32, ptr %".384", align 4
  %".386" = zext i32 %".385" to i64
  %"data.34" = inttoptr i64 %".386" to ptr
  %".387" = getelementptr i8, ptr %"ctx.4", i64 80
  %".388" = load i32, ptr %".387", align 4
  %".389" = zext i32 %".388" to i64
  %"data_end.34" = inttoptr i64 %".389" to ptr
  %".390" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.34" = load ptr, ptr %".390", align 8
  %".391" = xor i1 %".383", -1
  br i1 %".391", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".393" = trunc i64 %"cursor.3" to i16
  %".394" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".393", ptr %".394", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".397" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".398" = load volatile i16, [40 x i8]* %".397", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".413" = trunc i64 %".406" to i16
  %".414" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".413", ptr %".414", align 2
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
  %".421" = getelementptr i8, ptr %"keys.35", i64 2
  %".422" = trunc i64 %".406" to i16
  store volatile i16 %".422", ptr %".421", align 2
  %".424" = load volatile i16, ptr %".421", align 2
  %".425" = zext i16 %".424" to i64
  %"cursor.35" = and i64 %".425", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  %".427" = getelementptr i8, ptr %"keys.35", i64 2
  %".428" = trunc i64 %".406" to i16
  store volatile i16 %".428", ptr %".427", align 2
  %".430" = load volatile i16, ptr %".427", align 2
  %".431" = zext i16 %".430" to i64
  %"cursor.36" = and i64 %".431", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags1.to_arp:
  %".434" = getelementptr i8, ptr %"keys.35", i64 2
  %".435" = trunc i64 %".406" to i16
  store volatile i16 %".435", ptr %".434", align 2
  %".437" = load volatile i16, ptr %".434", align 2
  %".438" = zext i16 %".437" to i64
  %"cursor.37" = and i64 %".438", 16383
  br label %"arp"
vlan_d0_vlan_tags1.to_arp.1:
  %".440" = getelementptr i8, ptr %"keys.35", i64 2
  %".441" = trunc i64 %".406" to i16
  store volatile i16 %".441", ptr %".440", align 2
  %".443" = load volatile i16, ptr %".440", align 2
  %".444" = zext i16 %".443" to i64
  %"cursor.38" = and i64 %".444", 16383
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
  %".450" = getelementptr i8, ptr %"keys.35", i64 2
  %".451" = trunc i64 %".406" to i16
  store volatile i16 %".451", ptr %".450", align 2
  %".453" = load volatile i16, ptr %".450", align 2
  %".454" = zext i16 %".453" to i64
  %"cursor.39" = and i64 %".454", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags1.to_hsr.1:
  %".456" = getelementptr i8, ptr %"keys.35", i64 2
  %".457" = trunc i64 %".406" to i16
  store volatile i16 %".457", ptr %".456", align 2
  %".459" = load volatile i16, ptr %".456", align 2
  %".460" = zext i16 %".459" to i64
  %"cursor.40" = and i64 %".460", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags1.to_batadv:
  br label %"batadv_d0"
vlan_d0_vlan_tags2:
  %"cursor.34" = phi  i64 [%".406", %"vlan_d0_vlan_tags1.to_vlan"], [%".406", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data.36" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.35", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data_end.36" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"keys.36" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.35", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.36", i64 %"cursor.34"
  %".2316" = getelementptr i8, ptr %"hdr.24", i64 4
  %".2317" = icmp ugt ptr %".2316", %"data_end.36"
  br i1 %".2317", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".2319" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2320" = load i16, ptr %".2319", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".2320", %"vlan_d0_vlan_tags2.linear"], [%".2339", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.36", %"vlan_d0_vlan_tags2.linear"], [%"data.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.36", %"vlan_d0_vlan_tags2.linear"], [%"data_end.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.36", %"vlan_d0_vlan_tags2.linear"], [%"keys.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".2341" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2342" = zext i16 %".2341" to i64
  %".2343" = trunc i64 %".2342" to i16
  %".2344" = call i16 @"llvm.bswap.i16"(i16 %".2343")
  %".2345" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".2344", ptr %".2345", align 2
  %".2347" = add i64 %"cursor.34", 4
  %".2348" = trunc i64 %".2347" to i16
  %".2349" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".2348", ptr %".2349", align 2
  %".2351" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2352" = zext i16 %".2351" to i64
  switch i64 %".2352", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]
mpls_mpls_labels1.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".470" = trunc i64 %"cursor.4" to i32
  %".471" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".470", [40 x i8]* %"header_copy", i32 4)
  %".472" = icmp eq i64 %".471", 0
  %".473" = getelementptr i8, ptr %"ctx.5", i64 76
  %".474" = load i32, ptr %".473", align 4
  %".475" = zext i32 %".474" to i64
  %"data.37" = inttoptr i64 %".475" to ptr
  %".476" = getelementptr i8, ptr %"ctx.5", i64 80
  %".477" = load i32, ptr %".476", align 4
  %".478" = zext i32 %".477" to i64
  %"data_end.37" = inttoptr i64 %".478" to ptr
  %".479" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.37" = load ptr, ptr %".479", align 8
  %".480" = xor i1 %".472", -1
  br i1 %".480", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".482" = trunc i64 %".463" to i16
  %".483" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".482", ptr %".483", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".486" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".487" = load volatile i8, [40 x i8]* %".486", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".493" = trunc i64 %".489" to i16
  %".494" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".493", ptr %".494", align 2
  br label %"return"
mpls_mpls_labels1.to_mpls:
  %".497" = trunc i64 %".489" to i16
  %".498" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".497", ptr %".498", align 2
  br label %"return"
pppoe_d0.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".511" = trunc i64 %"cursor.5" to i32
  %".512" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".511", [40 x i8]* %"header_copy", i32 8)
  %".513" = icmp eq i64 %".512", 0
  %".514" = getelementptr i8, ptr %"ctx.6", i64 76
  %".515" = load i32, ptr %".514", align 4
  %".516" = zext i32 %".515" to i64
  %"data.39" = inttoptr i64 %".516" to ptr
  %".517" = getelementptr i8, ptr %"ctx.6", i64 80
  %".518" = load i32, ptr %".517", align 4
  %".519" = zext i32 %".518" to i64
  %"data_end.39" = inttoptr i64 %".519" to ptr
  %".520" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.39" = load ptr, ptr %".520", align 8
  %".521" = xor i1 %".513", -1
  br i1 %".521", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".523" = trunc i64 %"cursor.5" to i16
  %".524" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".523", ptr %".524", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".527" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".528" = load volatile i8, [40 x i8]* %".527", align 1
  %".529" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".530" = load volatile i8, [40 x i8]* %".529", align 1
  %".531" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".532" = load volatile i16, [40 x i8]* %".531", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".547" = trunc i64 %"cursor.5" to i16
  %".548" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".547", ptr %".548", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".551" = add i64 %"cursor.5", 8
  %".552" = trunc i64 %".551" to i16
  %".553" = getelementptr i8, ptr %"keys.40", i64 0
  store i16 %".552", ptr %".553", align 2
  %".555" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".556" = zext i16 %".555" to i64
  switch i64 %".556", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]
pppoe_d0.unknown:
  %".558" = and i64 %".556", 257
  %".559" = icmp eq i64 %".558", 1
  br i1 %".559", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".565" = getelementptr i8, ptr %"keys.40", i64 2
  %".566" = trunc i64 %".551" to i16
  store volatile i16 %".566", ptr %".565", align 2
  %".568" = load volatile i16, ptr %".565", align 2
  %".569" = zext i16 %".568" to i64
  %"cursor.41" = and i64 %".569", 16383
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".571" = getelementptr i8, ptr %"keys.40", i64 2
  %".572" = trunc i64 %".551" to i16
  store volatile i16 %".572", ptr %".571", align 2
  %".574" = load volatile i16, ptr %".571", align 2
  %".575" = zext i16 %".574" to i64
  %"cursor.42" = and i64 %".575", 16383
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".577" = trunc i64 34887 to i16
  %".578" = call i16 @"llvm.bswap.i16"(i16 %".577")
  %".579" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".578", ptr %".579", align 2
  %".581" = getelementptr i8, ptr %"keys.40", i64 2
  %".582" = trunc i64 %".551" to i16
  store volatile i16 %".582", ptr %".581", align 2
  %".584" = load volatile i16, ptr %".581", align 2
  %".585" = zext i16 %".584" to i64
  %"cursor.43" = and i64 %".585", 16383
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".587" = trunc i64 34888 to i16
  %".588" = call i16 @"llvm.bswap.i16"(i16 %".587")
  %".589" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".588", ptr %".589", align 2
  %".591" = getelementptr i8, ptr %"keys.40", i64 2
  %".592" = trunc i64 %".551" to i16
  store volatile i16 %".592", ptr %".591", align 2
  %".594" = load volatile i16, ptr %".591", align 2
  %".595" = zext i16 %".594" to i64
  %"cursor.44" = and i64 %".595", 16383
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".561" = trunc i64 %".551" to i16
  %".562" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".561", ptr %".562", align 2
  br label %"return"
ppp_other:
  %"cursor.45" = phi  i64 [%".551", %"pppoe_d0.to_ppp_other"], [%".2505", %"pppoe_d1.to_ppp_other"]
  %"data.41" = phi  ptr [%"data.40", %"pppoe_d0.to_ppp_other"], [%"data.99", %"pppoe_d1.to_ppp_other"]
  %"data_end.41" = phi  ptr [%"data_end.40", %"pppoe_d0.to_ppp_other"], [%"data_end.99", %"pppoe_d1.to_ppp_other"]
  %"keys.41" = phi  ptr [%"keys.40", %"pppoe_d0.to_ppp_other"], [%"keys.99", %"pppoe_d1.to_ppp_other"]
  %".2450" = add i64 %"cursor.45", 0
  %".2451" = trunc i64 %".2450" to i16
  %".2452" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".2451", ptr %".2452", align 2
  br label %"return"
ptp.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".607" = trunc i64 %"cursor.7" to i32
  %".608" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".607", [40 x i8]* %"header_copy", i32 34)
  %".609" = icmp eq i64 %".608", 0
  %".610" = getelementptr i8, ptr %"ctx.7", i64 76
  %".611" = load i32, ptr %".610", align 4
  %".612" = zext i32 %".611" to i64
  %"data.42" = inttoptr i64 %".612" to ptr
  %".613" = getelementptr i8, ptr %"ctx.7", i64 80
  %".614" = load i32, ptr %".613", align 4
  %".615" = zext i32 %".614" to i64
  %"data_end.42" = inttoptr i64 %".615" to ptr
  %".616" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.42" = load ptr, ptr %".616", align 8
  %".617" = xor i1 %".609", -1
  br i1 %".617", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".619" = trunc i64 %"cursor.7" to i16
  %".620" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".619", ptr %".620", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".638" = trunc i64 %"cursor.9" to i32
  %".639" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".638", [40 x i8]* %"header_copy", i32 16)
  %".640" = icmp eq i64 %".639", 0
  %".641" = getelementptr i8, ptr %"ctx.8", i64 76
  %".642" = load i32, ptr %".641", align 4
  %".643" = zext i32 %".642" to i64
  %"data.44" = inttoptr i64 %".643" to ptr
  %".644" = getelementptr i8, ptr %"ctx.8", i64 80
  %".645" = load i32, ptr %".644", align 4
  %".646" = zext i32 %".645" to i64
  %"data_end.44" = inttoptr i64 %".646" to ptr
  %".647" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.44" = load ptr, ptr %".647", align 8
  %".648" = xor i1 %".640", -1
  br i1 %".648", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".650" = trunc i64 %"cursor.9" to i16
  %".651" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".650", ptr %".651", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".663" = trunc i64 %"cursor.10" to i32
  %".664" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".663", [40 x i8]* %"header_copy", i32 38)
  %".665" = icmp eq i64 %".664", 0
  %".666" = getelementptr i8, ptr %"ctx.9", i64 76
  %".667" = load i32, ptr %".666", align 4
  %".668" = zext i32 %".667" to i64
  %"data.46" = inttoptr i64 %".668" to ptr
  %".669" = getelementptr i8, ptr %"ctx.9", i64 80
  %".670" = load i32, ptr %".669", align 4
  %".671" = zext i32 %".670" to i64
  %"data_end.46" = inttoptr i64 %".671" to ptr
  %".672" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.46" = load ptr, ptr %".672", align 8
  %".673" = xor i1 %".665", -1
  br i1 %".673", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".675" = trunc i64 %"cursor.10" to i16
  %".676" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".675", ptr %".676", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".691" = trunc i64 %"cursor.11" to i32
  %".692" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".691", [40 x i8]* %"header_copy", i32 6)
  %".693" = icmp eq i64 %".692", 0
  %".694" = getelementptr i8, ptr %"ctx.10", i64 76
  %".695" = load i32, ptr %".694", align 4
  %".696" = zext i32 %".695" to i64
  %"data.48" = inttoptr i64 %".696" to ptr
  %".697" = getelementptr i8, ptr %"ctx.10", i64 80
  %".698" = load i32, ptr %".697", align 4
  %".699" = zext i32 %".698" to i64
  %"data_end.48" = inttoptr i64 %".699" to ptr
  %".700" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.48" = load ptr, ptr %".700", align 8
  %".701" = xor i1 %".693", -1
  br i1 %".701", label %"hsr_d0.copy_failed", label %"hsr_d0.copy_failed.endif"
hsr_d0.copy_failed:
  %".703" = trunc i64 %"cursor.11" to i16
  %".704" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".703", ptr %".704", align 2
  br label %"return"
hsr_d0.copy_failed.endif:
  %".707" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".708" = load volatile i16, [40 x i8]* %".707", align 2
  br label %"hsr_d0.header"
hsr_d0.unknown:
  %".723" = trunc i64 %".716" to i16
  %".724" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".723", ptr %".724", align 2
  br label %"return"
hsr_d0.to_ipv4:
  %".727" = getelementptr i8, ptr %"keys.49", i64 2
  %".728" = trunc i64 %".716" to i16
  store volatile i16 %".728", ptr %".727", align 2
  %".730" = load volatile i16, ptr %".727", align 2
  %".731" = zext i16 %".730" to i64
  %"cursor.46" = and i64 %".731", 16383
  br label %"ipv4_d0"
hsr_d0.to_ipv6:
  %".733" = getelementptr i8, ptr %"keys.49", i64 2
  %".734" = trunc i64 %".716" to i16
  store volatile i16 %".734", ptr %".733", align 2
  %".736" = load volatile i16, ptr %".733", align 2
  %".737" = zext i16 %".736" to i64
  %"cursor.47" = and i64 %".737", 16383
  br label %"ipv6_d0"
hsr_d0.to_mpls:
  %".739" = getelementptr i8, ptr %"keys.49", i64 2
  %".740" = trunc i64 %".716" to i16
  store volatile i16 %".740", ptr %".739", align 2
  %".742" = load volatile i16, ptr %".739", align 2
  %".743" = zext i16 %".742" to i64
  %"cursor.48" = and i64 %".743", 16383
  br label %"mpls_mpls_labels1"
hsr_d0.to_mpls.1:
  %".745" = getelementptr i8, ptr %"keys.49", i64 2
  %".746" = trunc i64 %".716" to i16
  store volatile i16 %".746", ptr %".745", align 2
  %".748" = load volatile i16, ptr %".745", align 2
  %".749" = zext i16 %".748" to i64
  %"cursor.49" = and i64 %".749", 16383
  br label %"mpls_mpls_labels1"
hsr_d0.to_pppoe:
  %".751" = getelementptr i8, ptr %"keys.49", i64 2
  %".752" = trunc i64 %".716" to i16
  store volatile i16 %".752", ptr %".751", align 2
  %".754" = load volatile i16, ptr %".751", align 2
  %".755" = zext i16 %".754" to i64
  %"cursor.50" = and i64 %".755", 16383
  br label %"pppoe_d0"
hsr_d0.to_arp:
  %".757" = getelementptr i8, ptr %"keys.49", i64 2
  %".758" = trunc i64 %".716" to i16
  store volatile i16 %".758", ptr %".757", align 2
  %".760" = load volatile i16, ptr %".757", align 2
  %".761" = zext i16 %".760" to i64
  %"cursor.51" = and i64 %".761", 16383
  br label %"arp"
hsr_d0.to_arp.1:
  %".763" = getelementptr i8, ptr %"keys.49", i64 2
  %".764" = trunc i64 %".716" to i16
  store volatile i16 %".764", ptr %".763", align 2
  %".766" = load volatile i16, ptr %".763", align 2
  %".767" = zext i16 %".766" to i64
  %"cursor.52" = and i64 %".767", 16383
  br label %"arp"
hsr_d0.to_ptp:
  %".769" = getelementptr i8, ptr %"keys.49", i64 2
  %".770" = trunc i64 %".716" to i16
  store volatile i16 %".770", ptr %".769", align 2
  %".772" = load volatile i16, ptr %".769", align 2
  %".773" = zext i16 %".772" to i64
  %"cursor.53" = and i64 %".773", 16383
  br label %"ptp"
hsr_d0.to_cfm:
  %".775" = getelementptr i8, ptr %"keys.49", i64 2
  %".776" = trunc i64 %".716" to i16
  store volatile i16 %".776", ptr %".775", align 2
  %".778" = load volatile i16, ptr %".775", align 2
  %".779" = zext i16 %".778" to i64
  %"cursor.54" = and i64 %".779", 16383
  br label %"cfm"
hsr_d0.to_tipc:
  %".781" = getelementptr i8, ptr %"keys.49", i64 2
  %".782" = trunc i64 %".716" to i16
  store volatile i16 %".782", ptr %".781", align 2
  %".784" = load volatile i16, ptr %".781", align 2
  %".785" = zext i16 %".784" to i64
  %"cursor.55" = and i64 %".785", 16383
  br label %"tipc"
hsr_d0.to_fcoe:
  %".787" = getelementptr i8, ptr %"keys.49", i64 2
  %".788" = trunc i64 %".716" to i16
  store volatile i16 %".788", ptr %".787", align 2
  %".790" = load volatile i16, ptr %".787", align 2
  %".791" = zext i16 %".790" to i64
  %"cursor.56" = and i64 %".791", 16383
  br label %"fcoe"
batadv_d0.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".803" = trunc i64 %"cursor.12" to i32
  %".804" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".803", [40 x i8]* %"header_copy", i32 24)
  %".805" = icmp eq i64 %".804", 0
  %".806" = getelementptr i8, ptr %"ctx.11", i64 76
  %".807" = load i32, ptr %".806", align 4
  %".808" = zext i32 %".807" to i64
  %"data.50" = inttoptr i64 %".808" to ptr
  %".809" = getelementptr i8, ptr %"ctx.11", i64 80
  %".810" = load i32, ptr %".809", align 4
  %".811" = zext i32 %".810" to i64
  %"data_end.50" = inttoptr i64 %".811" to ptr
  %".812" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.50" = load ptr, ptr %".812", align 8
  %".813" = xor i1 %".805", -1
  br i1 %".813", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".815" = trunc i64 %"cursor.12" to i16
  %".816" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".815", ptr %".816", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".819" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".820" = load volatile i8, [40 x i8]* %".819", align 1
  %".821" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".822" = load volatile i8, [40 x i8]* %".821", align 1
  %".823" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".824" = load volatile i16, [40 x i8]* %".823", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".833" = trunc i64 %"cursor.12" to i16
  %".834" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".833", ptr %".834", align 2
  br label %"return"
batadv_d0.require.endif:
  %".837" = add i64 %"cursor.12", 24
  %".838" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".839" = zext i16 %".838" to i64
  switch i64 %".839", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe"]
batadv_d0.unknown:
  %".841" = trunc i64 %".837" to i16
  %".842" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".841", ptr %".842", align 2
  br label %"return"
batadv_d0.to_ipv4:
  %".845" = trunc i64 2048 to i16
  %".846" = call i16 @"llvm.bswap.i16"(i16 %".845")
  %".847" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".846", ptr %".847", align 2
  %".849" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".849", align 1
  %".851" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.6" = load volatile i32, ptr %".851", align 4
  %".852" = and i32 %"flags.6", 4
  %".853" = icmp ne i32 %".852", 0
  br i1 %".853", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.to_ipv6:
  %".865" = trunc i64 34525 to i16
  %".866" = call i16 @"llvm.bswap.i16"(i16 %".865")
  %".867" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".866", ptr %".867", align 2
  %".869" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".869", align 1
  %".871" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.7" = load volatile i32, ptr %".871", align 4
  %".872" = and i32 %"flags.7", 4
  %".873" = icmp ne i32 %".872", 0
  br i1 %".873", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_mpls:
  %".885" = trunc i64 34887 to i16
  %".886" = call i16 @"llvm.bswap.i16"(i16 %".885")
  %".887" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".886", ptr %".887", align 2
  %".889" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".889", align 1
  %".891" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.8" = load volatile i32, ptr %".891", align 4
  %".892" = and i32 %"flags.8", 4
  %".893" = icmp ne i32 %".892", 0
  br i1 %".893", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_mpls.1:
  %".905" = trunc i64 34888 to i16
  %".906" = call i16 @"llvm.bswap.i16"(i16 %".905")
  %".907" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".906", ptr %".907", align 2
  %".909" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".909", align 1
  %".911" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.9" = load volatile i32, ptr %".911", align 4
  %".912" = and i32 %"flags.9", 4
  %".913" = icmp ne i32 %".912", 0
  br i1 %".913", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_pppoe:
  %".925" = trunc i64 34916 to i16
  %".926" = call i16 @"llvm.bswap.i16"(i16 %".925")
  %".927" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".926", ptr %".927", align 2
  %".929" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".929", align 1
  %".931" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.10" = load volatile i32, ptr %".931", align 4
  %".932" = and i32 %"flags.10", 4
  %".933" = icmp ne i32 %".932", 0
  br i1 %".933", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_arp:
  %".945" = trunc i64 2054 to i16
  %".946" = call i16 @"llvm.bswap.i16"(i16 %".945")
  %".947" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".946", ptr %".947", align 2
  %".949" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".949", align 1
  %".951" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.11" = load volatile i32, ptr %".951", align 4
  %".952" = and i32 %"flags.11", 4
  %".953" = icmp ne i32 %".952", 0
  br i1 %".953", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_arp.1:
  %".965" = trunc i64 32821 to i16
  %".966" = call i16 @"llvm.bswap.i16"(i16 %".965")
  %".967" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".966", ptr %".967", align 2
  %".969" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".969", align 1
  %".971" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.12" = load volatile i32, ptr %".971", align 4
  %".972" = and i32 %"flags.12", 4
  %".973" = icmp ne i32 %".972", 0
  br i1 %".973", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_ptp:
  %".985" = trunc i64 35063 to i16
  %".986" = call i16 @"llvm.bswap.i16"(i16 %".985")
  %".987" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".986", ptr %".987", align 2
  %".989" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".989", align 1
  %".991" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.13" = load volatile i32, ptr %".991", align 4
  %".992" = and i32 %"flags.13", 4
  %".993" = icmp ne i32 %".992", 0
  br i1 %".993", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_cfm:
  %".1005" = trunc i64 35074 to i16
  %".1006" = call i16 @"llvm.bswap.i16"(i16 %".1005")
  %".1007" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".1006", ptr %".1007", align 2
  %".1009" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".1009", align 1
  %".1011" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.14" = load volatile i32, ptr %".1011", align 4
  %".1012" = and i32 %"flags.14", 4
  %".1013" = icmp ne i32 %".1012", 0
  br i1 %".1013", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_tipc:
  %".1025" = trunc i64 35018 to i16
  %".1026" = call i16 @"llvm.bswap.i16"(i16 %".1025")
  %".1027" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".1026", ptr %".1027", align 2
  %".1029" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".1029", align 1
  %".1031" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.15" = load volatile i32, ptr %".1031", align 4
  %".1032" = and i32 %"flags.15", 4
  %".1033" = icmp ne i32 %".1032", 0
  br i1 %".1033", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_fcoe:
  %".1045" = trunc i64 35078 to i16
  %".1046" = call i16 @"llvm.bswap.i16"(i16 %".1045")
  %".1047" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".1046", ptr %".1047", align 2
  %".1049" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".1049", align 1
  %".1051" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.16" = load volatile i32, ptr %".1051", align 4
  %".1052" = and i32 %"flags.16", 4
  %".1053" = icmp ne i32 %".1052", 0
  br i1 %".1053", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.stop_at_encap:
  %".855" = trunc i64 %".837" to i16
  %".856" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".855", ptr %".856", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".859" = getelementptr i8, ptr %"keys.51", i64 2
  %".860" = trunc i64 %".837" to i16
  store volatile i16 %".860", ptr %".859", align 2
  %".862" = load volatile i16, ptr %".859", align 2
  %".863" = zext i16 %".862" to i64
  %"cursor.57" = and i64 %".863", 16383
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".875" = trunc i64 %".837" to i16
  %".876" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".875", ptr %".876", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".879" = getelementptr i8, ptr %"keys.51", i64 2
  %".880" = trunc i64 %".837" to i16
  store volatile i16 %".880", ptr %".879", align 2
  %".882" = load volatile i16, ptr %".879", align 2
  %".883" = zext i16 %".882" to i64
  %"cursor.58" = and i64 %".883", 16383
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".895" = trunc i64 %".837" to i16
  %".896" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".895", ptr %".896", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".899" = getelementptr i8, ptr %"keys.51", i64 2
  %".900" = trunc i64 %".837" to i16
  store volatile i16 %".900", ptr %".899", align 2
  %".902" = load volatile i16, ptr %".899", align 2
  %".903" = zext i16 %".902" to i64
  %"cursor.59" = and i64 %".903", 16383
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.3:
  %".915" = trunc i64 %".837" to i16
  %".916" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".915", ptr %".916", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".919" = getelementptr i8, ptr %"keys.51", i64 2
  %".920" = trunc i64 %".837" to i16
  store volatile i16 %".920", ptr %".919", align 2
  %".922" = load volatile i16, ptr %".919", align 2
  %".923" = zext i16 %".922" to i64
  %"cursor.60" = and i64 %".923", 16383
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.4:
  %".935" = trunc i64 %".837" to i16
  %".936" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".935", ptr %".936", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".939" = getelementptr i8, ptr %"keys.51", i64 2
  %".940" = trunc i64 %".837" to i16
  store volatile i16 %".940", ptr %".939", align 2
  %".942" = load volatile i16, ptr %".939", align 2
  %".943" = zext i16 %".942" to i64
  %"cursor.62" = and i64 %".943", 16383
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.61" = phi  i64 [%"cursor.62", %"batadv_d0.stop_at_encap.endif.4"], [%"cursor.151", %"gre_d0.to_pppoe"], [%"cursor.237", %"vlan_d1_vlan_tags1.to_pppoe"], [%"cursor.251", %"hsr_d1.to_pppoe"], [%"cursor.264", %"ethernet_d1.to_pppoe"], [%"cursor.337", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data.52" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data.103", %"gre_d0.to_pppoe"], [%"data.134", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.137", %"hsr_d1.to_pppoe"], [%"data.141", %"ethernet_d1.to_pppoe"], [%"data.169", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data_end.52" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.103", %"gre_d0.to_pppoe"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.137", %"hsr_d1.to_pppoe"], [%"data_end.141", %"ethernet_d1.to_pppoe"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"keys.52" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.103", %"gre_d0.to_pppoe"], [%"keys.134", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.137", %"hsr_d1.to_pppoe"], [%"keys.141", %"ethernet_d1.to_pppoe"], [%"keys.169", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"hdr.25" = getelementptr i8, ptr %"data.52", i64 %"cursor.61"
  %".2455" = getelementptr i8, ptr %"hdr.25", i64 8
  %".2456" = icmp ugt ptr %".2455", %"data_end.52"
  br i1 %".2456", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2458" = getelementptr i8, ptr %"hdr.25", i64 0
  %".2459" = load i8, ptr %".2458", align 1
  %".2460" = getelementptr i8, ptr %"hdr.25", i64 1
  %".2461" = load i8, ptr %".2460", align 1
  %".2462" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2463" = load i16, ptr %".2462", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2459", %"pppoe_d1.linear"], [%".2482", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2461", %"pppoe_d1.linear"], [%".2484", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2463", %"pppoe_d1.linear"], [%".2486", %"pppoe_d1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.52", %"pppoe_d1.linear"], [%"data.98", %"pppoe_d1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.52", %"pppoe_d1.linear"], [%"data_end.98", %"pppoe_d1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.52", %"pppoe_d1.linear"], [%"keys.98", %"pppoe_d1.copy_failed.endif"]
  %".2488" = zext i8 %"w0_1.7" to i64
  %".2489" = lshr i64 %".2488", 4
  %".2490" = and i64 %".2489", 15
  %".2491" = icmp eq i64 %".2490", 1
  %".2492" = zext i8 %"w0_1.7" to i64
  %".2493" = and i64 %".2492", 15
  %".2494" = icmp eq i64 %".2493", 1
  %".2495" = and i1 %".2491", %".2494"
  %".2496" = zext i8 %"w1_1.4" to i64
  %".2497" = icmp eq i64 %".2496", 0
  %".2498" = and i1 %".2495", %".2497"
  %".2499" = xor i1 %".2498", -1
  br i1 %".2499", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.5:
  %".955" = trunc i64 %".837" to i16
  %".956" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".955", ptr %".956", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".959" = getelementptr i8, ptr %"keys.51", i64 2
  %".960" = trunc i64 %".837" to i16
  store volatile i16 %".960", ptr %".959", align 2
  %".962" = load volatile i16, ptr %".959", align 2
  %".963" = zext i16 %".962" to i64
  %"cursor.63" = and i64 %".963", 16383
  br label %"arp"
batadv_d0.stop_at_encap.6:
  %".975" = trunc i64 %".837" to i16
  %".976" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".975", ptr %".976", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".979" = getelementptr i8, ptr %"keys.51", i64 2
  %".980" = trunc i64 %".837" to i16
  store volatile i16 %".980", ptr %".979", align 2
  %".982" = load volatile i16, ptr %".979", align 2
  %".983" = zext i16 %".982" to i64
  %"cursor.64" = and i64 %".983", 16383
  br label %"arp"
batadv_d0.stop_at_encap.7:
  %".995" = trunc i64 %".837" to i16
  %".996" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".995", ptr %".996", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".999" = getelementptr i8, ptr %"keys.51", i64 2
  %".1000" = trunc i64 %".837" to i16
  store volatile i16 %".1000", ptr %".999", align 2
  %".1002" = load volatile i16, ptr %".999", align 2
  %".1003" = zext i16 %".1002" to i64
  %"cursor.65" = and i64 %".1003", 16383
  br label %"ptp"
batadv_d0.stop_at_encap.8:
  %".1015" = trunc i64 %".837" to i16
  %".1016" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".1015", ptr %".1016", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".1019" = getelementptr i8, ptr %"keys.51", i64 2
  %".1020" = trunc i64 %".837" to i16
  store volatile i16 %".1020", ptr %".1019", align 2
  %".1022" = load volatile i16, ptr %".1019", align 2
  %".1023" = zext i16 %".1022" to i64
  %"cursor.66" = and i64 %".1023", 16383
  br label %"cfm"
batadv_d0.stop_at_encap.9:
  %".1035" = trunc i64 %".837" to i16
  %".1036" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".1035", ptr %".1036", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".1039" = getelementptr i8, ptr %"keys.51", i64 2
  %".1040" = trunc i64 %".837" to i16
  store volatile i16 %".1040", ptr %".1039", align 2
  %".1042" = load volatile i16, ptr %".1039", align 2
  %".1043" = zext i16 %".1042" to i64
  %"cursor.67" = and i64 %".1043", 16383
  br label %"tipc"
batadv_d0.stop_at_encap.10:
  %".1055" = trunc i64 %".837" to i16
  %".1056" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".1055", ptr %".1056", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".1059" = getelementptr i8, ptr %"keys.51", i64 2
  %".1060" = trunc i64 %".837" to i16
  store volatile i16 %".1060", ptr %".1059", align 2
  %".1062" = load volatile i16, ptr %".1059", align 2
  %".1063" = zext i16 %".1062" to i64
  %"cursor.68" = and i64 %".1063", 16383
  br label %"fcoe"
tcp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1073" = trunc i64 %"cursor.13" to i32
  %".1074" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1073", [40 x i8]* %"header_copy", i32 4)
  %".1075" = icmp eq i64 %".1074", 0
  %".1076" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1077" = load i32, ptr %".1076", align 4
  %".1078" = zext i32 %".1077" to i64
  %"data.53" = inttoptr i64 %".1078" to ptr
  %".1079" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1080" = load i32, ptr %".1079", align 4
  %".1081" = zext i32 %".1080" to i64
  %"data_end.53" = inttoptr i64 %".1081" to ptr
  %".1082" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.53" = load ptr, ptr %".1082", align 8
  %".1083" = xor i1 %".1075", -1
  br i1 %".1083", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".1085" = trunc i64 %"cursor.13" to i16
  %".1086" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1085", ptr %".1086", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".1089" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1090" = load volatile i16, [40 x i8]* %".1089", align 2
  %".1091" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1092" = load volatile i16, [40 x i8]* %".1091", align 2
  br label %"tcp.header"
udp.copy:
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1118" = trunc i64 %"cursor.14" to i32
  %".1119" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1118", [40 x i8]* %"header_copy", i32 4)
  %".1120" = icmp eq i64 %".1119", 0
  %".1121" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1122" = load i32, ptr %".1121", align 4
  %".1123" = zext i32 %".1122" to i64
  %"data.55" = inttoptr i64 %".1123" to ptr
  %".1124" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1125" = load i32, ptr %".1124", align 4
  %".1126" = zext i32 %".1125" to i64
  %"data_end.55" = inttoptr i64 %".1126" to ptr
  %".1127" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.55" = load ptr, ptr %".1127", align 8
  %".1128" = xor i1 %".1120", -1
  br i1 %".1128", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".1130" = trunc i64 %"cursor.14" to i16
  %".1131" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".1130", ptr %".1131", align 2
  br label %"return"
udp.copy_failed.endif:
  %".1134" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1135" = load volatile i16, [40 x i8]* %".1134", align 2
  %".1136" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1137" = load volatile i16, [40 x i8]* %".1136", align 2
  br label %"udp.header"
udp.copy_last_byte:
  %".1157" = add i64 %"cursor.14", %".1152"
  %".1158" = sub i64 %".1157", 1
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1159" = trunc i64 %".1158" to i32
  %".1160" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1159", i64* %"last_byte", i32 1)
  %".1161" = icmp eq i64 %".1160", 0
  %".1162" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1163" = load i32, ptr %".1162", align 4
  %".1164" = zext i32 %".1163" to i64
  %"data.57" = inttoptr i64 %".1164" to ptr
  %".1165" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1166" = load i32, ptr %".1165", align 4
  %".1167" = zext i32 %".1166" to i64
  %"data_end.57" = inttoptr i64 %".1167" to ptr
  %".1168" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.57" = load ptr, ptr %".1168", align 8
  %".1169" = xor i1 %".1161", -1
  br i1 %".1169", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".1171" = trunc i64 %"cursor.14" to i16
  %".1172" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".1171", ptr %".1172", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1188" = trunc i64 %"cursor.15" to i32
  %".1189" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1188", [40 x i8]* %"header_copy", i32 4)
  %".1190" = icmp eq i64 %".1189", 0
  %".1191" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1192" = load i32, ptr %".1191", align 4
  %".1193" = zext i32 %".1192" to i64
  %"data.59" = inttoptr i64 %".1193" to ptr
  %".1194" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1195" = load i32, ptr %".1194", align 4
  %".1196" = zext i32 %".1195" to i64
  %"data_end.59" = inttoptr i64 %".1196" to ptr
  %".1197" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.59" = load ptr, ptr %".1197", align 8
  %".1198" = xor i1 %".1190", -1
  br i1 %".1198", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1200" = trunc i64 %"cursor.15" to i16
  %".1201" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1200", ptr %".1201", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1204" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1205" = load volatile i16, [40 x i8]* %".1204", align 2
  %".1206" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1207" = load volatile i16, [40 x i8]* %".1206", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1227" = add i64 %"cursor.15", %".1222"
  %".1228" = sub i64 %".1227", 1
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1229" = trunc i64 %".1228" to i32
  %".1230" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1229", i64* %"last_byte", i32 1)
  %".1231" = icmp eq i64 %".1230", 0
  %".1232" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1233" = load i32, ptr %".1232", align 4
  %".1234" = zext i32 %".1233" to i64
  %"data.61" = inttoptr i64 %".1234" to ptr
  %".1235" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1236" = load i32, ptr %".1235", align 4
  %".1237" = zext i32 %".1236" to i64
  %"data_end.61" = inttoptr i64 %".1237" to ptr
  %".1238" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.61" = load ptr, ptr %".1238", align 8
  %".1239" = xor i1 %".1231", -1
  br i1 %".1239", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1241" = trunc i64 %"cursor.15" to i16
  %".1242" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1241", ptr %".1242", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1260" = trunc i64 %"cursor.16" to i32
  %".1261" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1260", [40 x i8]* %"header_copy", i32 4)
  %".1262" = icmp eq i64 %".1261", 0
  %".1263" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1264" = load i32, ptr %".1263", align 4
  %".1265" = zext i32 %".1264" to i64
  %"data.63" = inttoptr i64 %".1265" to ptr
  %".1266" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1267" = load i32, ptr %".1266", align 4
  %".1268" = zext i32 %".1267" to i64
  %"data_end.63" = inttoptr i64 %".1268" to ptr
  %".1269" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.63" = load ptr, ptr %".1269", align 8
  %".1270" = xor i1 %".1262", -1
  br i1 %".1270", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1272" = trunc i64 %"cursor.16" to i16
  %".1273" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1272", ptr %".1273", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1276" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1277" = load volatile i8, [40 x i8]* %".1276", align 1
  %".1278" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1279" = load volatile i8, [40 x i8]* %".1278", align 1
  %".1280" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1281" = load volatile i16, [40 x i8]* %".1280", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1292" = trunc i64 %"cursor.16" to i16
  %".1293" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1292", ptr %".1293", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1296" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1297" = zext i16 %".1296" to i64
  %".1298" = trunc i64 %".1297" to i16
  %".1299" = call i16 @"llvm.bswap.i16"(i16 %".1298")
  %".1300" = getelementptr i8, ptr %"keys.64", i64 10
  store i16 %".1299", ptr %".1300", align 2
  %".1302" = zext i8 %"w1_1.2" to i64
  %".1303" = and i64 %".1302", 7
  switch i64 %".1303", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1305" = trunc i64 %"cursor.16" to i16
  %".1306" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1305", ptr %".1306", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.69" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.65" = phi  ptr [%"data.64", %"gre_version_d0.to_gre"]
  %"data_end.65" = phi  ptr [%"data_end.64", %"gre_version_d0.to_gre"]
  %"keys.65" = phi  ptr [%"keys.64", %"gre_version_d0.to_gre"]
  %"hdr.26" = getelementptr i8, ptr %"data.65", i64 %"cursor.69"
  %".2552" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2553" = icmp ugt ptr %".2552", %"data_end.65"
  br i1 %".2553", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".2555" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2556" = load i8, ptr %".2555", align 1
  %".2557" = getelementptr i8, ptr %"hdr.26", i64 1
  %".2558" = load i8, ptr %".2557", align 1
  %".2559" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2560" = load i16, ptr %".2559", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.8" = phi  i8 [%".2556", %"gre_d0.linear"], [%".2579", %"gre_d0.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2558", %"gre_d0.linear"], [%".2581", %"gre_d0.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".2560", %"gre_d0.linear"], [%".2583", %"gre_d0.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.65", %"gre_d0.linear"], [%"data.100", %"gre_d0.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.65", %"gre_d0.linear"], [%"data_end.100", %"gre_d0.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.65", %"gre_d0.linear"], [%"keys.100", %"gre_d0.copy_failed.endif"]
  %".2585" = zext i8 %"w1_1.5" to i64
  %".2586" = and i64 %".2585", 7
  %".2587" = icmp ne i64 %".2586", 0
  %".2588" = zext i8 %"w0_1.8" to i64
  %".2589" = lshr i64 %".2588", 6
  %".2590" = and i64 %".2589", 1
  %".2591" = icmp ne i64 %".2590", 0
  %".2592" = or i1 %".2587", %".2591"
  br i1 %".2592", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.70" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.66" = phi  ptr [%"data.64", %"gre_version_d0.to_pptp"]
  %"data_end.66" = phi  ptr [%"data_end.64", %"gre_version_d0.to_pptp"]
  %"keys.66" = phi  ptr [%"keys.64", %"gre_version_d0.to_pptp"]
  %"hdr.27" = getelementptr i8, ptr %"data.66", i64 %"cursor.70"
  %".2760" = getelementptr i8, ptr %"hdr.27", i64 4
  %".2761" = icmp ugt ptr %".2760", %"data_end.66"
  br i1 %".2761", label %"pptp_d0.copy", label %"pptp_d0.linear", !prof !0
pptp_d0.linear:
  %".2763" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2764" = load i8, ptr %".2763", align 1
  %".2765" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2766" = load i8, ptr %".2765", align 1
  %".2767" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2768" = load i16, ptr %".2767", align 2
  br label %"pptp_d0.header"
pptp_d0.header:
  %"w0_1.9" = phi  i8 [%".2764", %"pptp_d0.linear"], [%".2787", %"pptp_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2766", %"pptp_d0.linear"], [%".2789", %"pptp_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2768", %"pptp_d0.linear"], [%".2791", %"pptp_d0.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.66", %"pptp_d0.linear"], [%"data.108", %"pptp_d0.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.66", %"pptp_d0.linear"], [%"data_end.108", %"pptp_d0.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.66", %"pptp_d0.linear"], [%"keys.108", %"pptp_d0.copy_failed.endif"]
  %".2793" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2794" = zext i16 %".2793" to i64
  %".2795" = icmp ne i64 %".2794", 34827
  %".2796" = zext i8 %"w0_1.9" to i64
  %".2797" = lshr i64 %".2796", 5
  %".2798" = and i64 %".2797", 1
  %".2799" = icmp eq i64 %".2798", 0
  %".2800" = or i1 %".2795", %".2799"
  br i1 %".2800", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1319" = trunc i64 %"cursor.17" to i32
  %".1320" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1319", [40 x i8]* %"header_copy", i32 4)
  %".1321" = icmp eq i64 %".1320", 0
  %".1322" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1323" = load i32, ptr %".1322", align 4
  %".1324" = zext i32 %".1323" to i64
  %"data.67" = inttoptr i64 %".1324" to ptr
  %".1325" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1326" = load i32, ptr %".1325", align 4
  %".1327" = zext i32 %".1326" to i64
  %"data_end.67" = inttoptr i64 %".1327" to ptr
  %".1328" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.67" = load ptr, ptr %".1328", align 8
  %".1329" = xor i1 %".1321", -1
  br i1 %".1329", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1331" = trunc i64 %"cursor.17" to i16
  %".1332" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1331", ptr %".1332", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1335" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1336" = load volatile i16, [40 x i8]* %".1335", align 2
  %".1337" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1338" = load volatile i16, [40 x i8]* %".1337", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1365" = trunc i64 %"cursor.18" to i32
  %".1366" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1365", [40 x i8]* %"header_copy", i32 4)
  %".1367" = icmp eq i64 %".1366", 0
  %".1368" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1369" = load i32, ptr %".1368", align 4
  %".1370" = zext i32 %".1369" to i64
  %"data.69" = inttoptr i64 %".1370" to ptr
  %".1371" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1372" = load i32, ptr %".1371", align 4
  %".1373" = zext i32 %".1372" to i64
  %"data_end.69" = inttoptr i64 %".1373" to ptr
  %".1374" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.69" = load ptr, ptr %".1374", align 8
  %".1375" = xor i1 %".1367", -1
  br i1 %".1375", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1377" = trunc i64 %"cursor.18" to i16
  %".1378" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1377", ptr %".1378", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1381" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1382" = load volatile i16, [40 x i8]* %".1381", align 2
  %".1383" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1384" = load volatile i16, [40 x i8]* %".1383", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1409" = trunc i64 %"cursor.19" to i32
  %".1410" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1409", [40 x i8]* %"header_copy", i32 4)
  %".1411" = icmp eq i64 %".1410", 0
  %".1412" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1413" = load i32, ptr %".1412", align 4
  %".1414" = zext i32 %".1413" to i64
  %"data.71" = inttoptr i64 %".1414" to ptr
  %".1415" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1416" = load i32, ptr %".1415", align 4
  %".1417" = zext i32 %".1416" to i64
  %"data_end.71" = inttoptr i64 %".1417" to ptr
  %".1418" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.71" = load ptr, ptr %".1418", align 8
  %".1419" = xor i1 %".1411", -1
  br i1 %".1419", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1421" = trunc i64 %"cursor.19" to i16
  %".1422" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1421", ptr %".1422", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1425" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1426" = load volatile i32, [40 x i8]* %".1425", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1453" = trunc i64 %"cursor.20" to i32
  %".1454" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1453", [40 x i8]* %"header_copy", i32 8)
  %".1455" = icmp eq i64 %".1454", 0
  %".1456" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1457" = load i32, ptr %".1456", align 4
  %".1458" = zext i32 %".1457" to i64
  %"data.73" = inttoptr i64 %".1458" to ptr
  %".1459" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1460" = load i32, ptr %".1459", align 4
  %".1461" = zext i32 %".1460" to i64
  %"data_end.73" = inttoptr i64 %".1461" to ptr
  %".1462" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.73" = load ptr, ptr %".1462", align 8
  %".1463" = xor i1 %".1455", -1
  br i1 %".1463", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1465" = trunc i64 %"cursor.20" to i16
  %".1466" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1465", ptr %".1466", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1469" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1470" = load volatile i32, [40 x i8]* %".1469", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1495" = trunc i64 %"cursor.21" to i32
  %".1496" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1495", [40 x i8]* %"header_copy", i32 4)
  %".1497" = icmp eq i64 %".1496", 0
  %".1498" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1499" = load i32, ptr %".1498", align 4
  %".1500" = zext i32 %".1499" to i64
  %"data.75" = inttoptr i64 %".1500" to ptr
  %".1501" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1502" = load i32, ptr %".1501", align 4
  %".1503" = zext i32 %".1502" to i64
  %"data_end.75" = inttoptr i64 %".1503" to ptr
  %".1504" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.75" = load ptr, ptr %".1504", align 8
  %".1505" = xor i1 %".1497", -1
  br i1 %".1505", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1507" = trunc i64 %"cursor.21" to i16
  %".1508" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1507", ptr %".1508", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1531" = trunc i64 %"cursor.23" to i32
  %".1532" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1531", [40 x i8]* %"header_copy", i32 20)
  %".1533" = icmp eq i64 %".1532", 0
  %".1534" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1535" = load i32, ptr %".1534", align 4
  %".1536" = zext i32 %".1535" to i64
  %"data.77" = inttoptr i64 %".1536" to ptr
  %".1537" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1538" = load i32, ptr %".1537", align 4
  %".1539" = zext i32 %".1538" to i64
  %"data_end.77" = inttoptr i64 %".1539" to ptr
  %".1540" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.77" = load ptr, ptr %".1540", align 8
  %".1541" = xor i1 %".1533", -1
  br i1 %".1541", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1543" = trunc i64 %"cursor.23" to i16
  %".1544" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1543", ptr %".1544", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1547" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1548" = load volatile i8, [40 x i8]* %".1547", align 1
  %".1549" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1550" = load volatile i16, [40 x i8]* %".1549", align 2
  %".1551" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1552" = load volatile i8, [40 x i8]* %".1551", align 1
  %".1553" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1554" = load volatile i32, [40 x i8]* %".1553", align 4
  %".1555" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1556" = load volatile i32, [40 x i8]* %".1555", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1563" = trunc i64 %"cursor.23" to i16
  %".1564" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1563", ptr %".1564", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1567" = trunc i64 2048 to i16
  %".1568" = getelementptr i8, ptr %"keys.78", i64 4
  store i16 %".1567", ptr %".1568", align 2
  %".1570" = trunc i64 2048 to i16
  %".1571" = call i16 @"llvm.bswap.i16"(i16 %".1570")
  %".1572" = getelementptr i8, ptr %"keys.78", i64 10
  store i16 %".1571", ptr %".1572", align 2
  %".1574" = getelementptr i8, ptr %"keys.78", i64 16
  store i32 %"w12_4.1", ptr %".1574", align 4
  %".1576" = getelementptr i8, ptr %"keys.78", i64 20
  store i32 %"w16_4.1", ptr %".1576", align 4
  %".1578" = zext i8 %"w9_1.1" to i64
  %".1579" = trunc i64 %".1578" to i8
  %".1580" = getelementptr i8, ptr %"keys.78", i64 9
  store i8 %".1579", ptr %".1580", align 1
  %".1582" = add i64 %"cursor.23", 20
  %".1583" = zext i8 %"w0_1.4" to i64
  %".1584" = and i64 %".1583", 15
  %".1585" = mul i64 %".1584", 4
  %".1586" = sub i64 %".1585", 20
  %".1587" = add i64 %".1586", 20
  %".1588" = add i64 %"cursor.23", %".1587"
  %".1589" = getelementptr i8, ptr %"data.78", i64 %"cursor.23"
  %".1590" = getelementptr i8, ptr %".1589", i64 %".1587"
  %".1591" = icmp ugt ptr %".1590", %"data_end.78"
  br i1 %".1591", label %"ipv4_d1.copy_last_byte", label %"ipv4_d1.variable_part", !prof !0
ipv4_d1.variable_part:
  %"data.80" = phi  ptr [%"data.78", %"ipv4_d1.require.endif"], [%"data.79", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"data_end.80" = phi  ptr [%"data_end.78", %"ipv4_d1.require.endif"], [%"data_end.79", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"keys.80" = phi  ptr [%"keys.78", %"ipv4_d1.require.endif"], [%"keys.79", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"end.3" = add i64 %"cursor.23", %".1587"
  %".1612" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1613" = zext i16 %".1612" to i64
  %".1614" = and i64 %".1613", 16383
  %".1615" = icmp ne i64 %".1614", 0
  %".1616" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1617" = zext i16 %".1616" to i64
  %".1618" = and i64 %".1617", 8191
  %".1619" = icmp eq i64 %".1618", 0
  br i1 %".1615", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.copy_last_byte:
  %".1593" = add i64 %"cursor.23", %".1587"
  %".1594" = sub i64 %".1593", 1
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1595" = trunc i64 %".1594" to i32
  %".1596" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1595", i64* %"last_byte", i32 1)
  %".1597" = icmp eq i64 %".1596", 0
  %".1598" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1599" = load i32, ptr %".1598", align 4
  %".1600" = zext i32 %".1599" to i64
  %"data.79" = inttoptr i64 %".1600" to ptr
  %".1601" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1602" = load i32, ptr %".1601", align 4
  %".1603" = zext i32 %".1602" to i64
  %"data_end.79" = inttoptr i64 %".1603" to ptr
  %".1604" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.79" = load ptr, ptr %".1604", align 8
  %".1605" = xor i1 %".1597", -1
  br i1 %".1605", label %"ipv4_d1.copy_last_byte_failed", label %"ipv4_d1.copy_last_byte_failed.endif"
ipv4_d1.copy_last_byte_failed:
  %".1607" = trunc i64 %".1588" to i16
  %".1608" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1607", ptr %".1608", align 2
  br label %"return"
ipv4_d1.copy_last_byte_failed.endif:
  br label %"ipv4_d1.variable_part"
ipv4_d1.fragment:
  %".1621" = getelementptr i8, ptr %"keys.80", i64 6
  store i8 1, ptr %".1621", align 1
  br i1 %".1619", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1641" = zext i8 %"w9_1.1" to i64
  switch i64 %".1641", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]
ipv4_d1.first_fragment:
  %".1624" = getelementptr i8, ptr %"keys.80", i64 7
  store i8 1, ptr %".1624", align 1
  %".1626" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.17" = load volatile i32, ptr %".1626", align 4
  %".1627" = and i32 %"flags.17", 1
  %".1628" = icmp ne i32 %".1627", 0
  %".1629" = xor i1 %".1628", -1
  br i1 %".1629", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1636" = trunc i64 %"end.3" to i16
  %".1637" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1636", ptr %".1637", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1631" = trunc i64 %"end.3" to i16
  %".1632" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1631", ptr %".1632", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1643" = trunc i64 %"end.3" to i16
  %".1644" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1643", ptr %".1644", align 2
  br label %"return"
ipv4_d1.to_tcp:
  %".1647" = getelementptr i8, ptr %"keys.80", i64 2
  %".1648" = trunc i64 %"end.3" to i16
  store volatile i16 %".1648", ptr %".1647", align 2
  %".1650" = load volatile i16, ptr %".1647", align 2
  %".1651" = zext i16 %".1650" to i64
  %"cursor.71" = and i64 %".1651", 16383
  br label %"tcp"
ipv4_d1.to_udp:
  %".1653" = getelementptr i8, ptr %"keys.80", i64 2
  %".1654" = trunc i64 %"end.3" to i16
  store volatile i16 %".1654", ptr %".1653", align 2
  %".1656" = load volatile i16, ptr %".1653", align 2
  %".1657" = zext i16 %".1656" to i64
  %"cursor.72" = and i64 %".1657", 16383
  br label %"udp"
ipv4_d1.to_udplite:
  %".1659" = getelementptr i8, ptr %"keys.80", i64 2
  %".1660" = trunc i64 %"end.3" to i16
  store volatile i16 %".1660", ptr %".1659", align 2
  %".1662" = load volatile i16, ptr %".1659", align 2
  %".1663" = zext i16 %".1662" to i64
  %"cursor.73" = and i64 %".1663", 16383
  br label %"udplite"
ipv4_d1.to_gre_version:
  %".1665" = getelementptr i8, ptr %"keys.80", i64 2
  %".1666" = trunc i64 %"end.3" to i16
  store volatile i16 %".1666", ptr %".1665", align 2
  %".1668" = load volatile i16, ptr %".1665", align 2
  %".1669" = zext i16 %".1668" to i64
  %"cursor.75" = and i64 %".1669", 16383
  br label %"gre_version_d1"
ipv4_d1.to_sctp:
  %".1671" = getelementptr i8, ptr %"keys.80", i64 2
  %".1672" = trunc i64 %"end.3" to i16
  store volatile i16 %".1672", ptr %".1671", align 2
  %".1674" = load volatile i16, ptr %".1671", align 2
  %".1675" = zext i16 %".1674" to i64
  %"cursor.76" = and i64 %".1675", 16383
  br label %"sctp"
ipv4_d1.to_dccp:
  %".1677" = getelementptr i8, ptr %"keys.80", i64 2
  %".1678" = trunc i64 %"end.3" to i16
  store volatile i16 %".1678", ptr %".1677", align 2
  %".1680" = load volatile i16, ptr %".1677", align 2
  %".1681" = zext i16 %".1680" to i64
  %"cursor.77" = and i64 %".1681", 16383
  br label %"dccp"
ipv4_d1.to_esp:
  %".1683" = getelementptr i8, ptr %"keys.80", i64 2
  %".1684" = trunc i64 %"end.3" to i16
  store volatile i16 %".1684", ptr %".1683", align 2
  %".1686" = load volatile i16, ptr %".1683", align 2
  %".1687" = zext i16 %".1686" to i64
  %"cursor.78" = and i64 %".1687", 16383
  br label %"esp"
ipv4_d1.to_ah:
  %".1689" = getelementptr i8, ptr %"keys.80", i64 2
  %".1690" = trunc i64 %"end.3" to i16
  store volatile i16 %".1690", ptr %".1689", align 2
  %".1692" = load volatile i16, ptr %".1689", align 2
  %".1693" = zext i16 %".1692" to i64
  %"cursor.79" = and i64 %".1693", 16383
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1696" = trunc i64 34887 to i16
  %".1697" = call i16 @"llvm.bswap.i16"(i16 %".1696")
  %".1698" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1697", ptr %".1698", align 2
  %".1700" = getelementptr i8, ptr %"keys.80", i64 2
  %".1701" = trunc i64 %"end.3" to i16
  store volatile i16 %".1701", ptr %".1700", align 2
  %".1703" = load volatile i16, ptr %".1700", align 2
  %".1704" = zext i16 %".1703" to i64
  %"cursor.80" = and i64 %".1704", 16383
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1706" = getelementptr i8, ptr %"keys.80", i64 8
  store i8 1, ptr %".1706", align 1
  %".1708" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.18" = load volatile i32, ptr %".1708", align 4
  %".1709" = and i32 %"flags.18", 4
  %".1710" = icmp ne i32 %".1709", 0
  br i1 %".1710", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1720" = getelementptr i8, ptr %"keys.80", i64 8
  store i8 1, ptr %".1720", align 1
  %".1722" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.19" = load volatile i32, ptr %".1722", align 4
  %".1723" = and i32 %"flags.19", 4
  %".1724" = icmp ne i32 %".1723", 0
  br i1 %".1724", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.74" = phi  i64 [%"cursor.75", %"ipv4_d1.to_gre_version"], [%"cursor.90", %"ipv6_d1.to_gre_version"], [%"cursor.179", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"cursor.193", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"cursor.288", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"cursor.302", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"cursor.350", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"cursor.360", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data.81" = phi  ptr [%"data.80", %"ipv4_d1.to_gre_version"], [%"data.83", %"ipv6_d1.to_gre_version"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.175", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.177", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data_end.81" = phi  ptr [%"data_end.80", %"ipv4_d1.to_gre_version"], [%"data_end.83", %"ipv6_d1.to_gre_version"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.175", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.177", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"keys.81" = phi  ptr [%"keys.80", %"ipv4_d1.to_gre_version"], [%"keys.83", %"ipv6_d1.to_gre_version"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.175", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.177", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"hdr.28" = getelementptr i8, ptr %"data.81", i64 %"cursor.74"
  %".2853" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2854" = icmp ugt ptr %".2853", %"data_end.81"
  br i1 %".2854", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2856" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2857" = load i8, ptr %".2856", align 1
  %".2858" = getelementptr i8, ptr %"hdr.28", i64 1
  %".2859" = load i8, ptr %".2858", align 1
  %".2860" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2861" = load i16, ptr %".2860", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.10" = phi  i8 [%".2857", %"gre_version_d1.linear"], [%".2880", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2859", %"gre_version_d1.linear"], [%".2882", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2861", %"gre_version_d1.linear"], [%".2884", %"gre_version_d1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.81", %"gre_version_d1.linear"], [%"data.113", %"gre_version_d1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.81", %"gre_version_d1.linear"], [%"data_end.113", %"gre_version_d1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.81", %"gre_version_d1.linear"], [%"keys.113", %"gre_version_d1.copy_failed.endif"]
  %".2886" = zext i8 %"w0_1.10" to i64
  %".2887" = lshr i64 %".2886", 6
  %".2888" = and i64 %".2887", 1
  %".2889" = icmp ne i64 %".2888", 0
  %".2890" = zext i8 %"w1_1.7" to i64
  %".2891" = and i64 %".2890", 7
  %".2892" = icmp ugt i64 %".2891", 1
  %".2893" = or i1 %".2889", %".2892"
  br i1 %".2893", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1712" = trunc i64 %"end.3" to i16
  %".1713" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1712", ptr %".1713", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1716" = trunc i64 %"end.3" to i16
  %".1717" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1716", ptr %".1717", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1726" = trunc i64 %"end.3" to i16
  %".1727" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1726", ptr %".1727", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1730" = trunc i64 %"end.3" to i16
  %".1731" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1730", ptr %".1731", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1750" = trunc i64 %"cursor.25" to i32
  %".1751" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1750", [40 x i8]* %"header_copy", i32 40)
  %".1752" = icmp eq i64 %".1751", 0
  %".1753" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1754" = load i32, ptr %".1753", align 4
  %".1755" = zext i32 %".1754" to i64
  %"data.82" = inttoptr i64 %".1755" to ptr
  %".1756" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1757" = load i32, ptr %".1756", align 4
  %".1758" = zext i32 %".1757" to i64
  %"data_end.82" = inttoptr i64 %".1758" to ptr
  %".1759" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.82" = load ptr, ptr %".1759", align 8
  %".1760" = xor i1 %".1752", -1
  br i1 %".1760", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1762" = trunc i64 %"cursor.25" to i16
  %".1763" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1762", ptr %".1763", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1766" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1767" = load volatile i32, [40 x i8]* %".1766", align 4
  %".1768" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1769" = load volatile i8, [40 x i8]* %".1768", align 1
  %".1770" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1771" = load volatile i64, [40 x i8]* %".1770", align 8
  %".1772" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1773" = load volatile i64, [40 x i8]* %".1772", align 8
  %".1774" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1775" = load volatile i64, [40 x i8]* %".1774", align 8
  %".1776" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1777" = load volatile i64, [40 x i8]* %".1776", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1815" = trunc i64 %".1805" to i16
  %".1816" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1815", ptr %".1816", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1819" = zext i8 %"w6_1.1" to i64
  switch i64 %".1819", label %"ipv6_d1.unknown" [i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]
ipv6_d1.unknown:
  %".1821" = trunc i64 %".1805" to i16
  %".1822" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1821", ptr %".1822", align 2
  br label %"return"
ipv6_d1.to_ipv6_opts:
  %".1825" = getelementptr i8, ptr %"keys.83", i64 2
  %".1826" = trunc i64 %".1805" to i16
  store volatile i16 %".1826", ptr %".1825", align 2
  %".1828" = load volatile i16, ptr %".1825", align 2
  %".1829" = zext i16 %".1828" to i64
  %"cursor.82" = and i64 %".1829", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  %".1831" = getelementptr i8, ptr %"keys.83", i64 2
  %".1832" = trunc i64 %".1805" to i16
  store volatile i16 %".1832", ptr %".1831", align 2
  %".1834" = load volatile i16, ptr %".1831", align 2
  %".1835" = zext i16 %".1834" to i64
  %"cursor.83" = and i64 %".1835", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  %".1837" = getelementptr i8, ptr %"keys.83", i64 2
  %".1838" = trunc i64 %".1805" to i16
  store volatile i16 %".1838", ptr %".1837", align 2
  %".1840" = load volatile i16, ptr %".1837", align 2
  %".1841" = zext i16 %".1840" to i64
  %"cursor.84" = and i64 %".1841", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  %".1843" = getelementptr i8, ptr %"keys.83", i64 2
  %".1844" = trunc i64 %".1805" to i16
  store volatile i16 %".1844", ptr %".1843", align 2
  %".1846" = load volatile i16, ptr %".1843", align 2
  %".1847" = zext i16 %".1846" to i64
  %"cursor.86" = and i64 %".1847", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_tcp:
  %".1849" = getelementptr i8, ptr %"keys.83", i64 2
  %".1850" = trunc i64 %".1805" to i16
  store volatile i16 %".1850", ptr %".1849", align 2
  %".1852" = load volatile i16, ptr %".1849", align 2
  %".1853" = zext i16 %".1852" to i64
  %"cursor.87" = and i64 %".1853", 16383
  br label %"tcp"
ipv6_d1.to_udp:
  %".1855" = getelementptr i8, ptr %"keys.83", i64 2
  %".1856" = trunc i64 %".1805" to i16
  store volatile i16 %".1856", ptr %".1855", align 2
  %".1858" = load volatile i16, ptr %".1855", align 2
  %".1859" = zext i16 %".1858" to i64
  %"cursor.88" = and i64 %".1859", 16383
  br label %"udp"
ipv6_d1.to_udplite:
  %".1861" = getelementptr i8, ptr %"keys.83", i64 2
  %".1862" = trunc i64 %".1805" to i16
  store volatile i16 %".1862", ptr %".1861", align 2
  %".1864" = load volatile i16, ptr %".1861", align 2
  %".1865" = zext i16 %".1864" to i64
  %"cursor.89" = and i64 %".1865", 16383
  br label %"udplite"
ipv6_d1.to_gre_version:
  %".1867" = getelementptr i8, ptr %"keys.83", i64 2
  %".1868" = trunc i64 %".1805" to i16
  store volatile i16 %".1868", ptr %".1867", align 2
  %".1870" = load volatile i16, ptr %".1867", align 2
  %".1871" = zext i16 %".1870" to i64
  %"cursor.90" = and i64 %".1871", 16383
  br label %"gre_version_d1"
ipv6_d1.to_sctp:
  %".1873" = getelementptr i8, ptr %"keys.83", i64 2
  %".1874" = trunc i64 %".1805" to i16
  store volatile i16 %".1874", ptr %".1873", align 2
  %".1876" = load volatile i16, ptr %".1873", align 2
  %".1877" = zext i16 %".1876" to i64
  %"cursor.91" = and i64 %".1877", 16383
  br label %"sctp"
ipv6_d1.to_dccp:
  %".1879" = getelementptr i8, ptr %"keys.83", i64 2
  %".1880" = trunc i64 %".1805" to i16
  store volatile i16 %".1880", ptr %".1879", align 2
  %".1882" = load volatile i16, ptr %".1879", align 2
  %".1883" = zext i16 %".1882" to i64
  %"cursor.92" = and i64 %".1883", 16383
  br label %"dccp"
ipv6_d1.to_esp:
  %".1885" = getelementptr i8, ptr %"keys.83", i64 2
  %".1886" = trunc i64 %".1805" to i16
  store volatile i16 %".1886", ptr %".1885", align 2
  %".1888" = load volatile i16, ptr %".1885", align 2
  %".1889" = zext i16 %".1888" to i64
  %"cursor.93" = and i64 %".1889", 16383
  br label %"esp"
ipv6_d1.to_ah:
  %".1891" = getelementptr i8, ptr %"keys.83", i64 2
  %".1892" = trunc i64 %".1805" to i16
  store volatile i16 %".1892", ptr %".1891", align 2
  %".1894" = load volatile i16, ptr %".1891", align 2
  %".1895" = zext i16 %".1894" to i64
  %"cursor.94" = and i64 %".1895", 16383
  br label %"ah"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".1898" = trunc i64 34887 to i16
  %".1899" = call i16 @"llvm.bswap.i16"(i16 %".1898")
  %".1900" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1899", ptr %".1900", align 2
  %".1902" = getelementptr i8, ptr %"keys.83", i64 2
  %".1903" = trunc i64 %".1805" to i16
  store volatile i16 %".1903", ptr %".1902", align 2
  %".1905" = load volatile i16, ptr %".1902", align 2
  %".1906" = zext i16 %".1905" to i64
  %"cursor.95" = and i64 %".1906", 16383
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1908" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1908", align 1
  %".1910" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.21" = load volatile i32, ptr %".1910", align 4
  %".1911" = and i32 %"flags.21", 4
  %".1912" = icmp ne i32 %".1911", 0
  br i1 %".1912", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1922" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1922", align 1
  %".1924" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.22" = load volatile i32, ptr %".1924", align 4
  %".1925" = and i32 %"flags.22", 4
  %".1926" = icmp ne i32 %".1925", 0
  br i1 %".1926", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.81" = phi  i64 [%"cursor.82", %"ipv6_d1.to_ipv6_opts"], [%"cursor.83", %"ipv6_d1.to_ipv6_opts.1"], [%"cursor.84", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.84" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_opts"], [%"data.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.84" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_opts"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.84" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_opts"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.29" = getelementptr i8, ptr %"data.84", i64 %"cursor.81"
  %".2924" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2925" = icmp ugt ptr %".2924", %"data_end.84"
  br i1 %".2925", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2927" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2928" = load i8, ptr %".2927", align 1
  %".2929" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2930" = load i8, ptr %".2929", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2928", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2949", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2930", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2951", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.117", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.117", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.117", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2953" = zext i8 %"w0_1.11" to i64
  %".2954" = trunc i64 %".2953" to i8
  %".2955" = getelementptr i8, ptr %"keys.118", i64 9
  store i8 %".2954", ptr %".2955", align 1
  %".2957" = add i64 %"cursor.81", 2
  %".2958" = zext i8 %"w1_1.8" to i64
  %".2959" = mul i64 %".2958", 8
  %".2960" = add i64 %".2959", 6
  %".2961" = add i64 %".2960", 2
  %".2962" = add i64 %"cursor.81", %".2961"
  %".2963" = getelementptr i8, ptr %"data.118", i64 %"cursor.81"
  %".2964" = getelementptr i8, ptr %".2963", i64 %".2961"
  %".2965" = icmp ugt ptr %".2964", %"data_end.118"
  br i1 %".2965", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext1.variable_part:
  %"data.120" = phi  ptr [%"data.118", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.118", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.118", %"ipv6_opts_d1_ipv6_ext1.header"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.7" = add i64 %"cursor.81", %".2961"
  %".2986" = zext i8 %"w0_1.11" to i64
  switch i64 %".2986", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.85" = phi  i64 [%"cursor.86", %"ipv6_d1.to_ipv6_frag"]
  %"data.85" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_frag"]
  %"keys.85" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.30" = getelementptr i8, ptr %"data.85", i64 %"cursor.85"
  %".3108" = getelementptr i8, ptr %"hdr.30", i64 8
  %".3109" = icmp ugt ptr %".3108", %"data_end.85"
  br i1 %".3109", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3111" = getelementptr i8, ptr %"hdr.30", i64 0
  %".3112" = load i8, ptr %".3111", align 1
  %".3113" = getelementptr i8, ptr %"hdr.30", i64 2
  %".3114" = load i16, ptr %".3113", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.12" = phi  i8 [%".3112", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3133", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3114", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3135", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.124" = phi  ptr [%"data.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.124" = phi  ptr [%"data_end.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.124" = phi  ptr [%"keys.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3137" = zext i8 %"w0_1.12" to i64
  %".3138" = trunc i64 %".3137" to i8
  %".3139" = getelementptr i8, ptr %"keys.124", i64 9
  store i8 %".3138", ptr %".3139", align 1
  %".3141" = add i64 %"cursor.85", 8
  %".3142" = icmp ne i64 1, 0
  %".3143" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3144" = zext i16 %".3143" to i64
  %".3145" = and i64 %".3144", 65528
  %".3146" = icmp eq i64 %".3145", 0
  br i1 %".3142", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1914" = trunc i64 %".1805" to i16
  %".1915" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1914", ptr %".1915", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1918" = trunc i64 %".1805" to i16
  %".1919" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1918", ptr %".1919", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1928" = trunc i64 %".1805" to i16
  %".1929" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1928", ptr %".1929", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1932" = trunc i64 %".1805" to i16
  %".1933" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1932", ptr %".1933", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1944" = trunc i64 %"cursor.27" to i32
  %".1945" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1944", [40 x i8]* %"header_copy", i32 2)
  %".1946" = icmp eq i64 %".1945", 0
  %".1947" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1948" = load i32, ptr %".1947", align 4
  %".1949" = zext i32 %".1948" to i64
  %"data.86" = inttoptr i64 %".1949" to ptr
  %".1950" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1951" = load i32, ptr %".1950", align 4
  %".1952" = zext i32 %".1951" to i64
  %"data_end.86" = inttoptr i64 %".1952" to ptr
  %".1953" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.86" = load ptr, ptr %".1953", align 8
  %".1954" = xor i1 %".1946", -1
  br i1 %".1954", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1956" = trunc i64 %"cursor.27" to i16
  %".1957" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1956", ptr %".1957", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1960" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1961" = load volatile i8, [40 x i8]* %".1960", align 1
  %".1962" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1963" = load volatile i8, [40 x i8]* %".1962", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.copy_last_byte:
  %".1979" = add i64 %"cursor.27", %".1973"
  %".1980" = sub i64 %".1979", 1
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1981" = trunc i64 %".1980" to i32
  %".1982" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1981", i64* %"last_byte", i32 1)
  %".1983" = icmp eq i64 %".1982", 0
  %".1984" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1985" = load i32, ptr %".1984", align 4
  %".1986" = zext i32 %".1985" to i64
  %"data.88" = inttoptr i64 %".1986" to ptr
  %".1987" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1988" = load i32, ptr %".1987", align 4
  %".1989" = zext i32 %".1988" to i64
  %"data_end.88" = inttoptr i64 %".1989" to ptr
  %".1990" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.88" = load ptr, ptr %".1990", align 8
  %".1991" = xor i1 %".1983", -1
  br i1 %".1991", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed:
  %".1993" = trunc i64 %".1974" to i16
  %".1994" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1993", ptr %".1994", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext1.variable_part"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".2000" = trunc i64 %"end.4" to i16
  %".2001" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".2000", ptr %".2001", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  %".2006" = getelementptr i8, ptr %"keys.89", i64 2
  %".2007" = trunc i64 %"end.4" to i16
  store volatile i16 %".2007", ptr %".2006", align 2
  %".2009" = load volatile i16, ptr %".2006", align 2
  %".2010" = zext i16 %".2009" to i64
  %"cursor.97" = and i64 %".2010", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  %".2013" = getelementptr i8, ptr %"keys.89", i64 2
  %".2014" = trunc i64 %"end.4" to i16
  store volatile i16 %".2014", ptr %".2013", align 2
  %".2016" = load volatile i16, ptr %".2013", align 2
  %".2017" = zext i16 %".2016" to i64
  %"cursor.99" = and i64 %".2017", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  %".2019" = getelementptr i8, ptr %"keys.89", i64 2
  %".2020" = trunc i64 %"end.4" to i16
  store volatile i16 %".2020", ptr %".2019", align 2
  %".2022" = load volatile i16, ptr %".2019", align 2
  %".2023" = zext i16 %".2022" to i64
  %"cursor.100" = and i64 %".2023", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  %".2025" = getelementptr i8, ptr %"keys.89", i64 2
  %".2026" = trunc i64 %"end.4" to i16
  store volatile i16 %".2026", ptr %".2025", align 2
  %".2028" = load volatile i16, ptr %".2025", align 2
  %".2029" = zext i16 %".2028" to i64
  %"cursor.101" = and i64 %".2029", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre_version:
  %".2031" = getelementptr i8, ptr %"keys.89", i64 2
  %".2032" = trunc i64 %"end.4" to i16
  store volatile i16 %".2032", ptr %".2031", align 2
  %".2034" = load volatile i16, ptr %".2031", align 2
  %".2035" = zext i16 %".2034" to i64
  %"cursor.102" = and i64 %".2035", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  %".2037" = getelementptr i8, ptr %"keys.89", i64 2
  %".2038" = trunc i64 %"end.4" to i16
  store volatile i16 %".2038", ptr %".2037", align 2
  %".2040" = load volatile i16, ptr %".2037", align 2
  %".2041" = zext i16 %".2040" to i64
  %"cursor.103" = and i64 %".2041", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  %".2043" = getelementptr i8, ptr %"keys.89", i64 2
  %".2044" = trunc i64 %"end.4" to i16
  store volatile i16 %".2044", ptr %".2043", align 2
  %".2046" = load volatile i16, ptr %".2043", align 2
  %".2047" = zext i16 %".2046" to i64
  %"cursor.104" = and i64 %".2047", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  %".2049" = getelementptr i8, ptr %"keys.89", i64 2
  %".2050" = trunc i64 %"end.4" to i16
  store volatile i16 %".2050", ptr %".2049", align 2
  %".2052" = load volatile i16, ptr %".2049", align 2
  %".2053" = zext i16 %".2052" to i64
  %"cursor.105" = and i64 %".2053", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  %".2055" = getelementptr i8, ptr %"keys.89", i64 2
  %".2056" = trunc i64 %"end.4" to i16
  store volatile i16 %".2056", ptr %".2055", align 2
  %".2058" = load volatile i16, ptr %".2055", align 2
  %".2059" = zext i16 %".2058" to i64
  %"cursor.106" = and i64 %".2059", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  %".2061" = getelementptr i8, ptr %"keys.89", i64 2
  %".2062" = trunc i64 %"end.4" to i16
  store volatile i16 %".2062", ptr %".2061", align 2
  %".2064" = load volatile i16, ptr %".2061", align 2
  %".2065" = zext i16 %".2064" to i64
  %"cursor.107" = and i64 %".2065", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".2067" = trunc i64 34887 to i16
  %".2068" = call i16 @"llvm.bswap.i16"(i16 %".2067")
  %".2069" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".2068", ptr %".2069", align 2
  %".2071" = getelementptr i8, ptr %"keys.89", i64 2
  %".2072" = trunc i64 %"end.4" to i16
  store volatile i16 %".2072", ptr %".2071", align 2
  %".2074" = load volatile i16, ptr %".2071", align 2
  %".2075" = zext i16 %".2074" to i64
  %"cursor.108" = and i64 %".2075", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".2077" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".2077", align 1
  %".2079" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.23" = load volatile i32, ptr %".2079", align 4
  %".2080" = and i32 %"flags.23", 4
  %".2081" = icmp ne i32 %".2080", 0
  br i1 %".2081", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".2093" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".2093", align 1
  %".2095" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.24" = load volatile i32, ptr %".2095", align 4
  %".2096" = and i32 %"flags.24", 4
  %".2097" = icmp ne i32 %".2096", 0
  br i1 %".2097", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.96" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.111", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"cursor.112", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.113", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data.90" = phi  ptr [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.90", i64 %"cursor.96"
  %".3290" = getelementptr i8, ptr %"hdr.31", i64 2
  %".3291" = icmp ugt ptr %".3290", %"data_end.90"
  br i1 %".3291", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3293" = getelementptr i8, ptr %"hdr.31", i64 0
  %".3294" = load i8, ptr %".3293", align 1
  %".3295" = getelementptr i8, ptr %"hdr.31", i64 1
  %".3296" = load i8, ptr %".3295", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3294", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3315", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3296", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3317", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.126" = phi  ptr [%"data.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.126" = phi  ptr [%"data_end.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.126" = phi  ptr [%"keys.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3319" = zext i8 %"w0_1.13" to i64
  %".3320" = trunc i64 %".3319" to i8
  %".3321" = getelementptr i8, ptr %"keys.126", i64 9
  store i8 %".3320", ptr %".3321", align 1
  %".3323" = add i64 %"cursor.96", 2
  %".3324" = zext i8 %"w1_1.9" to i64
  %".3325" = mul i64 %".3324", 8
  %".3326" = add i64 %".3325", 6
  %".3327" = add i64 %".3326", 2
  %".3328" = add i64 %"cursor.96", %".3327"
  %".3329" = getelementptr i8, ptr %"data.126", i64 %"cursor.96"
  %".3330" = getelementptr i8, ptr %".3329", i64 %".3327"
  %".3331" = icmp ugt ptr %".3330", %"data_end.126"
  br i1 %".3331", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext2.variable_part:
  %"data.128" = phi  ptr [%"data.126", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data.127", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.126", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data_end.127", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.126", %"ipv6_opts_d0_ipv6_ext2.header"], [%"keys.127", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.8" = add i64 %"cursor.96", %".3327"
  %".3352" = zext i8 %"w0_1.13" to i64
  switch i64 %".3352", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.98" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".2142", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data.91" = phi  ptr [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.91", i64 %"cursor.98"
  %".3463" = getelementptr i8, ptr %"hdr.32", i64 8
  %".3464" = icmp ugt ptr %".3463", %"data_end.91"
  br i1 %".3464", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3466" = getelementptr i8, ptr %"hdr.32", i64 0
  %".3467" = load i8, ptr %".3466", align 1
  %".3468" = getelementptr i8, ptr %"hdr.32", i64 2
  %".3469" = load i16, ptr %".3468", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3467", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3488", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3469", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3490", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.132" = phi  ptr [%"data.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3492" = zext i8 %"w0_1.14" to i64
  %".3493" = trunc i64 %".3492" to i8
  %".3494" = getelementptr i8, ptr %"keys.132", i64 9
  store i8 %".3493", ptr %".3494", align 1
  %".3496" = add i64 %"cursor.98", 8
  %".3497" = icmp ne i64 1, 0
  %".3498" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3499" = zext i16 %".3498" to i64
  %".3500" = and i64 %".3499", 65528
  %".3501" = icmp eq i64 %".3500", 0
  br i1 %".3497", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".2083" = trunc i64 %"end.4" to i16
  %".2084" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".2083", ptr %".2084", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".2087" = getelementptr i8, ptr %"keys.89", i64 2
  %".2088" = trunc i64 %"end.4" to i16
  store volatile i16 %".2088", ptr %".2087", align 2
  %".2090" = load volatile i16, ptr %".2087", align 2
  %".2091" = zext i16 %".2090" to i64
  %"cursor.109" = and i64 %".2091", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".2099" = trunc i64 %"end.4" to i16
  %".2100" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".2099", ptr %".2100", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2103" = getelementptr i8, ptr %"keys.89", i64 2
  %".2104" = trunc i64 %"end.4" to i16
  store volatile i16 %".2104", ptr %".2103", align 2
  %".2106" = load volatile i16, ptr %".2103", align 2
  %".2107" = zext i16 %".2106" to i64
  %"cursor.110" = and i64 %".2107", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2117" = trunc i64 %"cursor.29" to i32
  %".2118" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2117", [40 x i8]* %"header_copy", i32 8)
  %".2119" = icmp eq i64 %".2118", 0
  %".2120" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2121" = load i32, ptr %".2120", align 4
  %".2122" = zext i32 %".2121" to i64
  %"data.92" = inttoptr i64 %".2122" to ptr
  %".2123" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2124" = load i32, ptr %".2123", align 4
  %".2125" = zext i32 %".2124" to i64
  %"data_end.92" = inttoptr i64 %".2125" to ptr
  %".2126" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.92" = load ptr, ptr %".2126", align 8
  %".2127" = xor i1 %".2119", -1
  br i1 %".2127", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".2129" = trunc i64 %"cursor.29" to i16
  %".2130" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".2129", ptr %".2130", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".2133" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2134" = load volatile i8, [40 x i8]* %".2133", align 1
  %".2135" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2136" = load volatile i16, [40 x i8]* %".2135", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".2149" = getelementptr i8, ptr %"keys.93", i64 6
  store i8 1, ptr %".2149", align 1
  br i1 %".2147", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".2169" = zext i8 %"w0_1.6" to i64
  switch i64 %".2169", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".2152" = getelementptr i8, ptr %"keys.93", i64 7
  store i8 1, ptr %".2152", align 1
  %".2154" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.25" = load volatile i32, ptr %".2154", align 4
  %".2155" = and i32 %"flags.25", 1
  %".2156" = icmp ne i32 %".2155", 0
  %".2157" = xor i1 %".2156", -1
  br i1 %".2157", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".2164" = trunc i64 %".2142" to i16
  %".2165" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2164", ptr %".2165", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".2159" = trunc i64 %".2142" to i16
  %".2160" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2159", ptr %".2160", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".2171" = trunc i64 %".2142" to i16
  %".2172" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2171", ptr %".2172", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  %".2175" = getelementptr i8, ptr %"keys.93", i64 2
  %".2176" = trunc i64 %".2142" to i16
  store volatile i16 %".2176", ptr %".2175", align 2
  %".2178" = load volatile i16, ptr %".2175", align 2
  %".2179" = zext i16 %".2178" to i64
  %"cursor.111" = and i64 %".2179", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  %".2181" = getelementptr i8, ptr %"keys.93", i64 2
  %".2182" = trunc i64 %".2142" to i16
  store volatile i16 %".2182", ptr %".2181", align 2
  %".2184" = load volatile i16, ptr %".2181", align 2
  %".2185" = zext i16 %".2184" to i64
  %"cursor.112" = and i64 %".2185", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  %".2187" = getelementptr i8, ptr %"keys.93", i64 2
  %".2188" = trunc i64 %".2142" to i16
  store volatile i16 %".2188", ptr %".2187", align 2
  %".2190" = load volatile i16, ptr %".2187", align 2
  %".2191" = zext i16 %".2190" to i64
  %"cursor.113" = and i64 %".2191", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  %".2194" = getelementptr i8, ptr %"keys.93", i64 2
  %".2195" = trunc i64 %".2142" to i16
  store volatile i16 %".2195", ptr %".2194", align 2
  %".2197" = load volatile i16, ptr %".2194", align 2
  %".2198" = zext i16 %".2197" to i64
  %"cursor.114" = and i64 %".2198", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  %".2200" = getelementptr i8, ptr %"keys.93", i64 2
  %".2201" = trunc i64 %".2142" to i16
  store volatile i16 %".2201", ptr %".2200", align 2
  %".2203" = load volatile i16, ptr %".2200", align 2
  %".2204" = zext i16 %".2203" to i64
  %"cursor.115" = and i64 %".2204", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  %".2206" = getelementptr i8, ptr %"keys.93", i64 2
  %".2207" = trunc i64 %".2142" to i16
  store volatile i16 %".2207", ptr %".2206", align 2
  %".2209" = load volatile i16, ptr %".2206", align 2
  %".2210" = zext i16 %".2209" to i64
  %"cursor.116" = and i64 %".2210", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre_version:
  %".2212" = getelementptr i8, ptr %"keys.93", i64 2
  %".2213" = trunc i64 %".2142" to i16
  store volatile i16 %".2213", ptr %".2212", align 2
  %".2215" = load volatile i16, ptr %".2212", align 2
  %".2216" = zext i16 %".2215" to i64
  %"cursor.117" = and i64 %".2216", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  %".2218" = getelementptr i8, ptr %"keys.93", i64 2
  %".2219" = trunc i64 %".2142" to i16
  store volatile i16 %".2219", ptr %".2218", align 2
  %".2221" = load volatile i16, ptr %".2218", align 2
  %".2222" = zext i16 %".2221" to i64
  %"cursor.118" = and i64 %".2222", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  %".2224" = getelementptr i8, ptr %"keys.93", i64 2
  %".2225" = trunc i64 %".2142" to i16
  store volatile i16 %".2225", ptr %".2224", align 2
  %".2227" = load volatile i16, ptr %".2224", align 2
  %".2228" = zext i16 %".2227" to i64
  %"cursor.119" = and i64 %".2228", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  %".2230" = getelementptr i8, ptr %"keys.93", i64 2
  %".2231" = trunc i64 %".2142" to i16
  store volatile i16 %".2231", ptr %".2230", align 2
  %".2233" = load volatile i16, ptr %".2230", align 2
  %".2234" = zext i16 %".2233" to i64
  %"cursor.120" = and i64 %".2234", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  %".2236" = getelementptr i8, ptr %"keys.93", i64 2
  %".2237" = trunc i64 %".2142" to i16
  store volatile i16 %".2237", ptr %".2236", align 2
  %".2239" = load volatile i16, ptr %".2236", align 2
  %".2240" = zext i16 %".2239" to i64
  %"cursor.121" = and i64 %".2240", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  %".2242" = getelementptr i8, ptr %"keys.93", i64 2
  %".2243" = trunc i64 %".2142" to i16
  store volatile i16 %".2243", ptr %".2242", align 2
  %".2245" = load volatile i16, ptr %".2242", align 2
  %".2246" = zext i16 %".2245" to i64
  %"cursor.122" = and i64 %".2246", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".2248" = trunc i64 34887 to i16
  %".2249" = call i16 @"llvm.bswap.i16"(i16 %".2248")
  %".2250" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2249", ptr %".2250", align 2
  %".2252" = getelementptr i8, ptr %"keys.93", i64 2
  %".2253" = trunc i64 %".2142" to i16
  store volatile i16 %".2253", ptr %".2252", align 2
  %".2255" = load volatile i16, ptr %".2252", align 2
  %".2256" = zext i16 %".2255" to i64
  %"cursor.123" = and i64 %".2256", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".2258" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".2258", align 1
  %".2260" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.26" = load volatile i32, ptr %".2260", align 4
  %".2261" = and i32 %"flags.26", 4
  %".2262" = icmp ne i32 %".2261", 0
  br i1 %".2262", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".2274" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".2274", align 1
  %".2276" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.27" = load volatile i32, ptr %".2276", align 4
  %".2277" = and i32 %"flags.27", 4
  %".2278" = icmp ne i32 %".2277", 0
  br i1 %".2278", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".2264" = trunc i64 %".2142" to i16
  %".2265" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2264", ptr %".2265", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".2268" = getelementptr i8, ptr %"keys.93", i64 2
  %".2269" = trunc i64 %".2142" to i16
  store volatile i16 %".2269", ptr %".2268", align 2
  %".2271" = load volatile i16, ptr %".2268", align 2
  %".2272" = zext i16 %".2271" to i64
  %"cursor.124" = and i64 %".2272", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".2280" = trunc i64 %".2142" to i16
  %".2281" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2280", ptr %".2281", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2284" = getelementptr i8, ptr %"keys.93", i64 2
  %".2285" = trunc i64 %".2142" to i16
  store volatile i16 %".2285", ptr %".2284", align 2
  %".2287" = load volatile i16, ptr %".2284", align 2
  %".2288" = zext i16 %".2287" to i64
  %"cursor.125" = and i64 %".2288", 16383
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2294" = trunc i64 %"cursor.30" to i32
  %".2295" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2294", [40 x i8]* %"header_copy", i32 4)
  %".2296" = icmp eq i64 %".2295", 0
  %".2297" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2298" = load i32, ptr %".2297", align 4
  %".2299" = zext i32 %".2298" to i64
  %"data.94" = inttoptr i64 %".2299" to ptr
  %".2300" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2301" = load i32, ptr %".2300", align 4
  %".2302" = zext i32 %".2301" to i64
  %"data_end.94" = inttoptr i64 %".2302" to ptr
  %".2303" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.94" = load ptr, ptr %".2303", align 8
  %".2304" = xor i1 %".2296", -1
  br i1 %".2304", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".2306" = trunc i64 %"cursor.30" to i16
  %".2307" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".2306", ptr %".2307", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2322" = trunc i64 %"cursor.34" to i32
  %".2323" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2322", [40 x i8]* %"header_copy", i32 4)
  %".2324" = icmp eq i64 %".2323", 0
  %".2325" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2326" = load i32, ptr %".2325", align 4
  %".2327" = zext i32 %".2326" to i64
  %"data.96" = inttoptr i64 %".2327" to ptr
  %".2328" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2329" = load i32, ptr %".2328", align 4
  %".2330" = zext i32 %".2329" to i64
  %"data_end.96" = inttoptr i64 %".2330" to ptr
  %".2331" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.96" = load ptr, ptr %".2331", align 8
  %".2332" = xor i1 %".2324", -1
  br i1 %".2332", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".2334" = trunc i64 %"cursor.34" to i16
  %".2335" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2334", ptr %".2335", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".2338" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2339" = load volatile i16, [40 x i8]* %".2338", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2354" = trunc i64 %".2347" to i16
  %".2355" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2354", ptr %".2355", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  %".2358" = getelementptr i8, ptr %"keys.97", i64 2
  %".2359" = trunc i64 %".2347" to i16
  store volatile i16 %".2359", ptr %".2358", align 2
  %".2361" = load volatile i16, ptr %".2358", align 2
  %".2362" = zext i16 %".2361" to i64
  %"cursor.126" = and i64 %".2362", 16383
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  %".2364" = getelementptr i8, ptr %"keys.97", i64 2
  %".2365" = trunc i64 %".2347" to i16
  store volatile i16 %".2365", ptr %".2364", align 2
  %".2367" = load volatile i16, ptr %".2364", align 2
  %".2368" = zext i16 %".2367" to i64
  %"cursor.127" = and i64 %".2368", 16383
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2370" = trunc i64 %".2347" to i16
  %".2371" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2370", ptr %".2371", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2374" = trunc i64 %".2347" to i16
  %".2375" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2374", ptr %".2375", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  %".2378" = getelementptr i8, ptr %"keys.97", i64 2
  %".2379" = trunc i64 %".2347" to i16
  store volatile i16 %".2379", ptr %".2378", align 2
  %".2381" = load volatile i16, ptr %".2378", align 2
  %".2382" = zext i16 %".2381" to i64
  %"cursor.128" = and i64 %".2382", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  %".2384" = getelementptr i8, ptr %"keys.97", i64 2
  %".2385" = trunc i64 %".2347" to i16
  store volatile i16 %".2385", ptr %".2384", align 2
  %".2387" = load volatile i16, ptr %".2384", align 2
  %".2388" = zext i16 %".2387" to i64
  %"cursor.129" = and i64 %".2388", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  %".2390" = getelementptr i8, ptr %"keys.97", i64 2
  %".2391" = trunc i64 %".2347" to i16
  store volatile i16 %".2391", ptr %".2390", align 2
  %".2393" = load volatile i16, ptr %".2390", align 2
  %".2394" = zext i16 %".2393" to i64
  %"cursor.130" = and i64 %".2394", 16383
  br label %"pppoe_d0"
vlan_d0_vlan_tags2.to_arp:
  %".2396" = getelementptr i8, ptr %"keys.97", i64 2
  %".2397" = trunc i64 %".2347" to i16
  store volatile i16 %".2397", ptr %".2396", align 2
  %".2399" = load volatile i16, ptr %".2396", align 2
  %".2400" = zext i16 %".2399" to i64
  %"cursor.131" = and i64 %".2400", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_arp.1:
  %".2402" = getelementptr i8, ptr %"keys.97", i64 2
  %".2403" = trunc i64 %".2347" to i16
  store volatile i16 %".2403", ptr %".2402", align 2
  %".2405" = load volatile i16, ptr %".2402", align 2
  %".2406" = zext i16 %".2405" to i64
  %"cursor.132" = and i64 %".2406", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_ptp:
  %".2408" = getelementptr i8, ptr %"keys.97", i64 2
  %".2409" = trunc i64 %".2347" to i16
  store volatile i16 %".2409", ptr %".2408", align 2
  %".2411" = load volatile i16, ptr %".2408", align 2
  %".2412" = zext i16 %".2411" to i64
  %"cursor.133" = and i64 %".2412", 16383
  br label %"ptp"
vlan_d0_vlan_tags2.to_cfm:
  %".2414" = getelementptr i8, ptr %"keys.97", i64 2
  %".2415" = trunc i64 %".2347" to i16
  store volatile i16 %".2415", ptr %".2414", align 2
  %".2417" = load volatile i16, ptr %".2414", align 2
  %".2418" = zext i16 %".2417" to i64
  %"cursor.134" = and i64 %".2418", 16383
  br label %"cfm"
vlan_d0_vlan_tags2.to_tipc:
  %".2420" = getelementptr i8, ptr %"keys.97", i64 2
  %".2421" = trunc i64 %".2347" to i16
  store volatile i16 %".2421", ptr %".2420", align 2
  %".2423" = load volatile i16, ptr %".2420", align 2
  %".2424" = zext i16 %".2423" to i64
  %"cursor.135" = and i64 %".2424", 16383
  br label %"tipc"
vlan_d0_vlan_tags2.to_fcoe:
  %".2426" = getelementptr i8, ptr %"keys.97", i64 2
  %".2427" = trunc i64 %".2347" to i16
  store volatile i16 %".2427", ptr %".2426", align 2
  %".2429" = load volatile i16, ptr %".2426", align 2
  %".2430" = zext i16 %".2429" to i64
  %"cursor.136" = and i64 %".2430", 16383
  br label %"fcoe"
vlan_d0_vlan_tags2.to_hsr:
  %".2432" = getelementptr i8, ptr %"keys.97", i64 2
  %".2433" = trunc i64 %".2347" to i16
  store volatile i16 %".2433", ptr %".2432", align 2
  %".2435" = load volatile i16, ptr %".2432", align 2
  %".2436" = zext i16 %".2435" to i64
  %"cursor.137" = and i64 %".2436", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2438" = getelementptr i8, ptr %"keys.97", i64 2
  %".2439" = trunc i64 %".2347" to i16
  store volatile i16 %".2439", ptr %".2438", align 2
  %".2441" = load volatile i16, ptr %".2438", align 2
  %".2442" = zext i16 %".2441" to i64
  %"cursor.138" = and i64 %".2442", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags2.to_batadv:
  %".2444" = getelementptr i8, ptr %"keys.97", i64 2
  %".2445" = trunc i64 %".2347" to i16
  store volatile i16 %".2445", ptr %".2444", align 2
  %".2447" = load volatile i16, ptr %".2444", align 2
  %".2448" = zext i16 %".2447" to i64
  %"cursor.139" = and i64 %".2448", 16383
  br label %"batadv_d0"
pppoe_d1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2465" = trunc i64 %"cursor.61" to i32
  %".2466" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2465", [40 x i8]* %"header_copy", i32 8)
  %".2467" = icmp eq i64 %".2466", 0
  %".2468" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2469" = load i32, ptr %".2468", align 4
  %".2470" = zext i32 %".2469" to i64
  %"data.98" = inttoptr i64 %".2470" to ptr
  %".2471" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2472" = load i32, ptr %".2471", align 4
  %".2473" = zext i32 %".2472" to i64
  %"data_end.98" = inttoptr i64 %".2473" to ptr
  %".2474" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.98" = load ptr, ptr %".2474", align 8
  %".2475" = xor i1 %".2467", -1
  br i1 %".2475", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2477" = trunc i64 %"cursor.61" to i16
  %".2478" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2477", ptr %".2478", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2481" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2482" = load volatile i8, [40 x i8]* %".2481", align 1
  %".2483" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2484" = load volatile i8, [40 x i8]* %".2483", align 1
  %".2485" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2486" = load volatile i16, [40 x i8]* %".2485", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2501" = trunc i64 %"cursor.61" to i16
  %".2502" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2501", ptr %".2502", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2505" = add i64 %"cursor.61", 8
  %".2506" = trunc i64 %".2505" to i16
  %".2507" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".2506", ptr %".2507", align 2
  %".2509" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2510" = zext i16 %".2509" to i64
  switch i64 %".2510", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]
pppoe_d1.unknown:
  %".2512" = and i64 %".2510", 257
  %".2513" = icmp eq i64 %".2512", 1
  br i1 %".2513", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2519" = getelementptr i8, ptr %"keys.99", i64 2
  %".2520" = trunc i64 %".2505" to i16
  store volatile i16 %".2520", ptr %".2519", align 2
  %".2522" = load volatile i16, ptr %".2519", align 2
  %".2523" = zext i16 %".2522" to i64
  %"cursor.140" = and i64 %".2523", 16383
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2525" = getelementptr i8, ptr %"keys.99", i64 2
  %".2526" = trunc i64 %".2505" to i16
  store volatile i16 %".2526", ptr %".2525", align 2
  %".2528" = load volatile i16, ptr %".2525", align 2
  %".2529" = zext i16 %".2528" to i64
  %"cursor.141" = and i64 %".2529", 16383
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2531" = trunc i64 34887 to i16
  %".2532" = call i16 @"llvm.bswap.i16"(i16 %".2531")
  %".2533" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2532", ptr %".2533", align 2
  %".2535" = getelementptr i8, ptr %"keys.99", i64 2
  %".2536" = trunc i64 %".2505" to i16
  store volatile i16 %".2536", ptr %".2535", align 2
  %".2538" = load volatile i16, ptr %".2535", align 2
  %".2539" = zext i16 %".2538" to i64
  %"cursor.142" = and i64 %".2539", 16383
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2541" = trunc i64 34888 to i16
  %".2542" = call i16 @"llvm.bswap.i16"(i16 %".2541")
  %".2543" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2542", ptr %".2543", align 2
  %".2545" = getelementptr i8, ptr %"keys.99", i64 2
  %".2546" = trunc i64 %".2505" to i16
  store volatile i16 %".2546", ptr %".2545", align 2
  %".2548" = load volatile i16, ptr %".2545", align 2
  %".2549" = zext i16 %".2548" to i64
  %"cursor.143" = and i64 %".2549", 16383
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2515" = trunc i64 %".2505" to i16
  %".2516" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2515", ptr %".2516", align 2
  br label %"return"
gre_d0.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2562" = trunc i64 %"cursor.69" to i32
  %".2563" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2562", [40 x i8]* %"header_copy", i32 4)
  %".2564" = icmp eq i64 %".2563", 0
  %".2565" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2566" = load i32, ptr %".2565", align 4
  %".2567" = zext i32 %".2566" to i64
  %"data.100" = inttoptr i64 %".2567" to ptr
  %".2568" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2569" = load i32, ptr %".2568", align 4
  %".2570" = zext i32 %".2569" to i64
  %"data_end.100" = inttoptr i64 %".2570" to ptr
  %".2571" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.100" = load ptr, ptr %".2571", align 8
  %".2572" = xor i1 %".2564", -1
  br i1 %".2572", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".2574" = trunc i64 %"cursor.69" to i16
  %".2575" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2574", ptr %".2575", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".2578" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2579" = load volatile i8, [40 x i8]* %".2578", align 1
  %".2580" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2581" = load volatile i8, [40 x i8]* %".2580", align 1
  %".2582" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2583" = load volatile i16, [40 x i8]* %".2582", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".2594" = trunc i64 %"cursor.69" to i16
  %".2595" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2594", ptr %".2595", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".2598" = add i64 %"cursor.69", 4
  %".2599" = zext i8 %"w0_1.8" to i64
  %".2600" = lshr i64 %".2599", 7
  %".2601" = and i64 %".2600", 1
  %".2602" = zext i8 %"w0_1.8" to i64
  %".2603" = lshr i64 %".2602", 5
  %".2604" = and i64 %".2603", 1
  %".2605" = add i64 %".2601", %".2604"
  %".2606" = zext i8 %"w0_1.8" to i64
  %".2607" = lshr i64 %".2606", 4
  %".2608" = and i64 %".2607", 1
  %".2609" = add i64 %".2605", %".2608"
  %".2610" = mul i64 %".2609", 4
  %".2611" = add i64 %".2610", 4
  %".2612" = getelementptr i8, ptr %"data.101", i64 %"cursor.69"
  %".2613" = getelementptr i8, ptr %".2612", i64 %".2611"
  %".2614" = icmp ugt ptr %".2613", %"data_end.101"
  br i1 %".2614", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.103" = phi  ptr [%"data.101", %"gre_d0.stop_before.endif"], [%"data.102", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.101", %"gre_d0.stop_before.endif"], [%"data_end.102", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.101", %"gre_d0.stop_before.endif"], [%"keys.102", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.69", %".2611"
  %".2635" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2635", align 1
  %".2637" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.28" = load volatile i32, ptr %".2637", align 4
  %".2638" = and i32 %"flags.28", 4
  %".2639" = icmp ne i32 %".2638", 0
  br i1 %".2639", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".2616" = add i64 %"cursor.69", %".2611"
  %".2617" = sub i64 %".2616", 1
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2618" = trunc i64 %".2617" to i32
  %".2619" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2618", i64* %"last_byte", i32 1)
  %".2620" = icmp eq i64 %".2619", 0
  %".2621" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2622" = load i32, ptr %".2621", align 4
  %".2623" = zext i32 %".2622" to i64
  %"data.102" = inttoptr i64 %".2623" to ptr
  %".2624" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2625" = load i32, ptr %".2624", align 4
  %".2626" = zext i32 %".2625" to i64
  %"data_end.102" = inttoptr i64 %".2626" to ptr
  %".2627" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.102" = load ptr, ptr %".2627", align 8
  %".2628" = xor i1 %".2620", -1
  br i1 %".2628", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2630" = trunc i64 %"cursor.69" to i16
  %".2631" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2630", ptr %".2631", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2641" = trunc i64 %"end.5" to i16
  %".2642" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2641", ptr %".2642", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2645" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2646" = zext i16 %".2645" to i64
  %".2647" = trunc i64 %".2646" to i16
  %".2648" = call i16 @"llvm.bswap.i16"(i16 %".2647")
  %".2649" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2648", ptr %".2649", align 2
  %".2651" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2652" = zext i16 %".2651" to i64
  switch i64 %".2652", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]
gre_d0.unknown:
  %".2654" = trunc i64 %"end.5" to i16
  %".2655" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2654", ptr %".2655", align 2
  br label %"return"
gre_d0.to_ipv4:
  %".2658" = getelementptr i8, ptr %"keys.103", i64 2
  %".2659" = trunc i64 %"end.5" to i16
  store volatile i16 %".2659", ptr %".2658", align 2
  %".2661" = load volatile i16, ptr %".2658", align 2
  %".2662" = zext i16 %".2661" to i64
  %"cursor.144" = and i64 %".2662", 16383
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  %".2664" = getelementptr i8, ptr %"keys.103", i64 2
  %".2665" = trunc i64 %"end.5" to i16
  store volatile i16 %".2665", ptr %".2664", align 2
  %".2667" = load volatile i16, ptr %".2664", align 2
  %".2668" = zext i16 %".2667" to i64
  %"cursor.145" = and i64 %".2668", 16383
  br label %"ipv6_d1"
gre_d0.to_vlan:
  %".2670" = getelementptr i8, ptr %"keys.103", i64 2
  %".2671" = trunc i64 %"end.5" to i16
  store volatile i16 %".2671", ptr %".2670", align 2
  %".2673" = load volatile i16, ptr %".2670", align 2
  %".2674" = zext i16 %".2673" to i64
  %"cursor.147" = and i64 %".2674", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_vlan.1:
  %".2676" = getelementptr i8, ptr %"keys.103", i64 2
  %".2677" = trunc i64 %"end.5" to i16
  store volatile i16 %".2677", ptr %".2676", align 2
  %".2679" = load volatile i16, ptr %".2676", align 2
  %".2680" = zext i16 %".2679" to i64
  %"cursor.148" = and i64 %".2680", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_mpls:
  %".2682" = getelementptr i8, ptr %"keys.103", i64 2
  %".2683" = trunc i64 %"end.5" to i16
  store volatile i16 %".2683", ptr %".2682", align 2
  %".2685" = load volatile i16, ptr %".2682", align 2
  %".2686" = zext i16 %".2685" to i64
  %"cursor.149" = and i64 %".2686", 16383
  br label %"mpls_mpls_labels1"
gre_d0.to_mpls.1:
  %".2688" = getelementptr i8, ptr %"keys.103", i64 2
  %".2689" = trunc i64 %"end.5" to i16
  store volatile i16 %".2689", ptr %".2688", align 2
  %".2691" = load volatile i16, ptr %".2688", align 2
  %".2692" = zext i16 %".2691" to i64
  %"cursor.150" = and i64 %".2692", 16383
  br label %"mpls_mpls_labels1"
gre_d0.to_pppoe:
  %".2694" = getelementptr i8, ptr %"keys.103", i64 2
  %".2695" = trunc i64 %"end.5" to i16
  store volatile i16 %".2695", ptr %".2694", align 2
  %".2697" = load volatile i16, ptr %".2694", align 2
  %".2698" = zext i16 %".2697" to i64
  %"cursor.151" = and i64 %".2698", 16383
  br label %"pppoe_d1"
gre_d0.to_arp:
  %".2700" = getelementptr i8, ptr %"keys.103", i64 2
  %".2701" = trunc i64 %"end.5" to i16
  store volatile i16 %".2701", ptr %".2700", align 2
  %".2703" = load volatile i16, ptr %".2700", align 2
  %".2704" = zext i16 %".2703" to i64
  %"cursor.152" = and i64 %".2704", 16383
  br label %"arp"
gre_d0.to_arp.1:
  %".2706" = getelementptr i8, ptr %"keys.103", i64 2
  %".2707" = trunc i64 %"end.5" to i16
  store volatile i16 %".2707", ptr %".2706", align 2
  %".2709" = load volatile i16, ptr %".2706", align 2
  %".2710" = zext i16 %".2709" to i64
  %"cursor.153" = and i64 %".2710", 16383
  br label %"arp"
gre_d0.to_ptp:
  %".2712" = getelementptr i8, ptr %"keys.103", i64 2
  %".2713" = trunc i64 %"end.5" to i16
  store volatile i16 %".2713", ptr %".2712", align 2
  %".2715" = load volatile i16, ptr %".2712", align 2
  %".2716" = zext i16 %".2715" to i64
  %"cursor.154" = and i64 %".2716", 16383
  br label %"ptp"
gre_d0.to_cfm:
  %".2718" = getelementptr i8, ptr %"keys.103", i64 2
  %".2719" = trunc i64 %"end.5" to i16
  store volatile i16 %".2719", ptr %".2718", align 2
  %".2721" = load volatile i16, ptr %".2718", align 2
  %".2722" = zext i16 %".2721" to i64
  %"cursor.155" = and i64 %".2722", 16383
  br label %"cfm"
gre_d0.to_tipc:
  %".2724" = getelementptr i8, ptr %"keys.103", i64 2
  %".2725" = trunc i64 %"end.5" to i16
  store volatile i16 %".2725", ptr %".2724", align 2
  %".2727" = load volatile i16, ptr %".2724", align 2
  %".2728" = zext i16 %".2727" to i64
  %"cursor.156" = and i64 %".2728", 16383
  br label %"tipc"
gre_d0.to_fcoe:
  %".2730" = getelementptr i8, ptr %"keys.103", i64 2
  %".2731" = trunc i64 %"end.5" to i16
  store volatile i16 %".2731", ptr %".2730", align 2
  %".2733" = load volatile i16, ptr %".2730", align 2
  %".2734" = zext i16 %".2733" to i64
  %"cursor.157" = and i64 %".2734", 16383
  br label %"fcoe"
gre_d0.to_hsr:
  %".2736" = getelementptr i8, ptr %"keys.103", i64 2
  %".2737" = trunc i64 %"end.5" to i16
  store volatile i16 %".2737", ptr %".2736", align 2
  %".2739" = load volatile i16, ptr %".2736", align 2
  %".2740" = zext i16 %".2739" to i64
  %"cursor.159" = and i64 %".2740", 16383
  br label %"hsr_d1"
gre_d0.to_hsr.1:
  %".2742" = getelementptr i8, ptr %"keys.103", i64 2
  %".2743" = trunc i64 %"end.5" to i16
  store volatile i16 %".2743", ptr %".2742", align 2
  %".2745" = load volatile i16, ptr %".2742", align 2
  %".2746" = zext i16 %".2745" to i64
  %"cursor.160" = and i64 %".2746", 16383
  br label %"hsr_d1"
gre_d0.to_batadv:
  %".2748" = getelementptr i8, ptr %"keys.103", i64 2
  %".2749" = trunc i64 %"end.5" to i16
  store volatile i16 %".2749", ptr %".2748", align 2
  %".2751" = load volatile i16, ptr %".2748", align 2
  %".2752" = zext i16 %".2751" to i64
  %"cursor.162" = and i64 %".2752", 16383
  br label %"batadv_d1"
gre_d0.to_ethernet:
  %".2754" = getelementptr i8, ptr %"keys.103", i64 2
  %".2755" = trunc i64 %"end.5" to i16
  store volatile i16 %".2755", ptr %".2754", align 2
  %".2757" = load volatile i16, ptr %".2754", align 2
  %".2758" = zext i16 %".2757" to i64
  %"cursor.164" = and i64 %".2758", 16383
  br label %"ethernet_d1"
vlan_d1_vlan_tags1:
  %"cursor.146" = phi  i64 [%"cursor.147", %"gre_d0.to_vlan"], [%"cursor.148", %"gre_d0.to_vlan.1"], [%"cursor.260", %"ethernet_d1.to_vlan"], [%"cursor.261", %"ethernet_d1.to_vlan.1"]
  %"data.104" = phi  ptr [%"data.103", %"gre_d0.to_vlan"], [%"data.103", %"gre_d0.to_vlan.1"], [%"data.141", %"ethernet_d1.to_vlan"], [%"data.141", %"ethernet_d1.to_vlan.1"]
  %"data_end.104" = phi  ptr [%"data_end.103", %"gre_d0.to_vlan"], [%"data_end.103", %"gre_d0.to_vlan.1"], [%"data_end.141", %"ethernet_d1.to_vlan"], [%"data_end.141", %"ethernet_d1.to_vlan.1"]
  %"keys.104" = phi  ptr [%"keys.103", %"gre_d0.to_vlan"], [%"keys.103", %"gre_d0.to_vlan.1"], [%"keys.141", %"ethernet_d1.to_vlan"], [%"keys.141", %"ethernet_d1.to_vlan.1"]
  %"hdr.33" = getelementptr i8, ptr %"data.104", i64 %"cursor.146"
  %".3644" = getelementptr i8, ptr %"hdr.33", i64 4
  %".3645" = icmp ugt ptr %".3644", %"data_end.104"
  br i1 %".3645", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".3647" = getelementptr i8, ptr %"hdr.33", i64 2
  %".3648" = load i16, ptr %".3647", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.14" = phi  i16 [%".3648", %"vlan_d1_vlan_tags1.linear"], [%".3667", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.104", %"vlan_d1_vlan_tags1.linear"], [%"data.133", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.104", %"vlan_d1_vlan_tags1.linear"], [%"data_end.133", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.104", %"vlan_d1_vlan_tags1.linear"], [%"keys.133", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".3669" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3670" = zext i16 %".3669" to i64
  %".3671" = trunc i64 %".3670" to i16
  %".3672" = call i16 @"llvm.bswap.i16"(i16 %".3671")
  %".3673" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %".3672", ptr %".3673", align 2
  %".3675" = add i64 %"cursor.146", 4
  %".3676" = trunc i64 %".3675" to i16
  %".3677" = getelementptr i8, ptr %"keys.134", i64 0
  store i16 %".3676", ptr %".3677", align 2
  %".3679" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3680" = zext i16 %".3679" to i64
  switch i64 %".3680", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]
hsr_d1:
  %"cursor.158" = phi  i64 [%"cursor.159", %"gre_d0.to_hsr"], [%"cursor.160", %"gre_d0.to_hsr.1"], [%"cursor.244", %"vlan_d1_vlan_tags1.to_hsr"], [%"cursor.245", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"cursor.271", %"ethernet_d1.to_hsr"], [%"cursor.272", %"ethernet_d1.to_hsr.1"], [%"cursor.344", %"vlan_d1_vlan_tags2.to_hsr"], [%"cursor.345", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"data.105" = phi  ptr [%"data.103", %"gre_d0.to_hsr"], [%"data.103", %"gre_d0.to_hsr.1"], [%"data.134", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.134", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.141", %"ethernet_d1.to_hsr"], [%"data.141", %"ethernet_d1.to_hsr.1"], [%"data.169", %"vlan_d1_vlan_tags2.to_hsr"], [%"data.169", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"data_end.105" = phi  ptr [%"data_end.103", %"gre_d0.to_hsr"], [%"data_end.103", %"gre_d0.to_hsr.1"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.141", %"ethernet_d1.to_hsr"], [%"data_end.141", %"ethernet_d1.to_hsr.1"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_hsr"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"keys.105" = phi  ptr [%"keys.103", %"gre_d0.to_hsr"], [%"keys.103", %"gre_d0.to_hsr.1"], [%"keys.134", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.134", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.141", %"ethernet_d1.to_hsr"], [%"keys.141", %"ethernet_d1.to_hsr.1"], [%"keys.169", %"vlan_d1_vlan_tags2.to_hsr"], [%"keys.169", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"hdr.34" = getelementptr i8, ptr %"data.105", i64 %"cursor.158"
  %".3782" = getelementptr i8, ptr %"hdr.34", i64 6
  %".3783" = icmp ugt ptr %".3782", %"data_end.105"
  br i1 %".3783", label %"hsr_d1.copy", label %"hsr_d1.linear", !prof !0
hsr_d1.linear:
  %".3785" = getelementptr i8, ptr %"hdr.34", i64 4
  %".3786" = load i16, ptr %".3785", align 2
  br label %"hsr_d1.header"
hsr_d1.header:
  %"w4_2.1" = phi  i16 [%".3786", %"hsr_d1.linear"], [%".3805", %"hsr_d1.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.105", %"hsr_d1.linear"], [%"data.136", %"hsr_d1.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.105", %"hsr_d1.linear"], [%"data_end.136", %"hsr_d1.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.105", %"hsr_d1.linear"], [%"keys.136", %"hsr_d1.copy_failed.endif"]
  %".3807" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".3808" = zext i16 %".3807" to i64
  %".3809" = trunc i64 %".3808" to i16
  %".3810" = call i16 @"llvm.bswap.i16"(i16 %".3809")
  %".3811" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3810", ptr %".3811", align 2
  %".3813" = add i64 %"cursor.158", 6
  %".3814" = trunc i64 %".3813" to i16
  %".3815" = getelementptr i8, ptr %"keys.137", i64 0
  store i16 %".3814", ptr %".3815", align 2
  %".3817" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".3818" = zext i16 %".3817" to i64
  switch i64 %".3818", label %"hsr_d1.unknown" [i64 2048, label %"hsr_d1.to_ipv4" i64 34525, label %"hsr_d1.to_ipv6" i64 34887, label %"hsr_d1.to_mpls" i64 34888, label %"hsr_d1.to_mpls.1" i64 34916, label %"hsr_d1.to_pppoe" i64 2054, label %"hsr_d1.to_arp" i64 32821, label %"hsr_d1.to_arp.1" i64 35063, label %"hsr_d1.to_ptp" i64 35074, label %"hsr_d1.to_cfm" i64 35018, label %"hsr_d1.to_tipc" i64 35078, label %"hsr_d1.to_fcoe"]
batadv_d1:
  %"cursor.161" = phi  i64 [%"cursor.162", %"gre_d0.to_batadv"], [%"cursor.246", %"vlan_d1_vlan_tags1.to_batadv"], [%"cursor.273", %"ethernet_d1.to_batadv"], [%"cursor.346", %"vlan_d1_vlan_tags2.to_batadv"]
  %"data.106" = phi  ptr [%"data.103", %"gre_d0.to_batadv"], [%"data.134", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.141", %"ethernet_d1.to_batadv"], [%"data.169", %"vlan_d1_vlan_tags2.to_batadv"]
  %"data_end.106" = phi  ptr [%"data_end.103", %"gre_d0.to_batadv"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.141", %"ethernet_d1.to_batadv"], [%"data_end.169", %"vlan_d1_vlan_tags2.to_batadv"]
  %"keys.106" = phi  ptr [%"keys.103", %"gre_d0.to_batadv"], [%"keys.134", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.141", %"ethernet_d1.to_batadv"], [%"keys.169", %"vlan_d1_vlan_tags2.to_batadv"]
  %"hdr.35" = getelementptr i8, ptr %"data.106", i64 %"cursor.161"
  %".3890" = getelementptr i8, ptr %"hdr.35", i64 24
  %".3891" = icmp ugt ptr %".3890", %"data_end.106"
  br i1 %".3891", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".3893" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3894" = load i8, ptr %".3893", align 1
  %".3895" = getelementptr i8, ptr %"hdr.35", i64 1
  %".3896" = load i8, ptr %".3895", align 1
  %".3897" = getelementptr i8, ptr %"hdr.35", i64 22
  %".3898" = load i16, ptr %".3897", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.15" = phi  i8 [%".3894", %"batadv_d1.linear"], [%".3917", %"batadv_d1.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3896", %"batadv_d1.linear"], [%".3919", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".3898", %"batadv_d1.linear"], [%".3921", %"batadv_d1.copy_failed.endif"]
  %"data.139" = phi  ptr [%"data.106", %"batadv_d1.linear"], [%"data.138", %"batadv_d1.copy_failed.endif"]
  %"data_end.139" = phi  ptr [%"data_end.106", %"batadv_d1.linear"], [%"data_end.138", %"batadv_d1.copy_failed.endif"]
  %"keys.139" = phi  ptr [%"keys.106", %"batadv_d1.linear"], [%"keys.138", %"batadv_d1.copy_failed.endif"]
  %".3923" = zext i8 %"w1_1.10" to i64
  %".3924" = icmp eq i64 %".3923", 15
  %".3925" = zext i8 %"w0_1.15" to i64
  %".3926" = icmp eq i64 %".3925", 64
  %".3927" = and i1 %".3924", %".3926"
  %".3928" = xor i1 %".3927", -1
  br i1 %".3928", label %"batadv_d1.require", label %"batadv_d1.require.endif"
ethernet_d1:
  %"cursor.163" = phi  i64 [%"cursor.164", %"gre_d0.to_ethernet"]
  %"data.107" = phi  ptr [%"data.103", %"gre_d0.to_ethernet"]
  %"data_end.107" = phi  ptr [%"data_end.103", %"gre_d0.to_ethernet"]
  %"keys.107" = phi  ptr [%"keys.103", %"gre_d0.to_ethernet"]
  %"hdr.36" = getelementptr i8, ptr %"data.107", i64 %"cursor.163"
  %".4140" = getelementptr i8, ptr %"hdr.36", i64 14
  %".4141" = icmp ugt ptr %".4140", %"data_end.107"
  br i1 %".4141", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4143" = getelementptr i8, ptr %"hdr.36", i64 12
  %".4144" = load i16, ptr %".4143", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4144", %"ethernet_d1.linear"], [%".4163", %"ethernet_d1.copy_failed.endif"]
  %"data.141" = phi  ptr [%"data.107", %"ethernet_d1.linear"], [%"data.140", %"ethernet_d1.copy_failed.endif"]
  %"data_end.141" = phi  ptr [%"data_end.107", %"ethernet_d1.linear"], [%"data_end.140", %"ethernet_d1.copy_failed.endif"]
  %"keys.141" = phi  ptr [%"keys.107", %"ethernet_d1.linear"], [%"keys.140", %"ethernet_d1.copy_failed.endif"]
  %".4165" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4166" = zext i16 %".4165" to i64
  %".4167" = trunc i64 %".4166" to i16
  %".4168" = call i16 @"llvm.bswap.i16"(i16 %".4167")
  %".4169" = getelementptr i8, ptr %"keys.141", i64 10
  store i16 %".4168", ptr %".4169", align 2
  %".4171" = add i64 %"cursor.163", 14
  %".4172" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4173" = zext i16 %".4172" to i64
  switch i64 %".4173", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]
pptp_d0.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2770" = trunc i64 %"cursor.70" to i32
  %".2771" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2770", [40 x i8]* %"header_copy", i32 4)
  %".2772" = icmp eq i64 %".2771", 0
  %".2773" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2774" = load i32, ptr %".2773", align 4
  %".2775" = zext i32 %".2774" to i64
  %"data.108" = inttoptr i64 %".2775" to ptr
  %".2776" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2777" = load i32, ptr %".2776", align 4
  %".2778" = zext i32 %".2777" to i64
  %"data_end.108" = inttoptr i64 %".2778" to ptr
  %".2779" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.108" = load ptr, ptr %".2779", align 8
  %".2780" = xor i1 %".2772", -1
  br i1 %".2780", label %"pptp_d0.copy_failed", label %"pptp_d0.copy_failed.endif"
pptp_d0.copy_failed:
  %".2782" = trunc i64 %"cursor.70" to i16
  %".2783" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2782", ptr %".2783", align 2
  br label %"return"
pptp_d0.copy_failed.endif:
  %".2786" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2787" = load volatile i8, [40 x i8]* %".2786", align 1
  %".2788" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2789" = load volatile i8, [40 x i8]* %".2788", align 1
  %".2790" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2791" = load volatile i16, [40 x i8]* %".2790", align 2
  br label %"pptp_d0.header"
pptp_d0.stop_before:
  %".2802" = trunc i64 %"cursor.70" to i16
  %".2803" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2802", ptr %".2803", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".2806" = add i64 %"cursor.70", 4
  %".2807" = zext i8 %"w0_1.9" to i64
  %".2808" = lshr i64 %".2807", 7
  %".2809" = and i64 %".2808", 1
  %".2810" = zext i8 %"w0_1.9" to i64
  %".2811" = lshr i64 %".2810", 5
  %".2812" = and i64 %".2811", 1
  %".2813" = add i64 %".2809", %".2812"
  %".2814" = zext i8 %"w0_1.9" to i64
  %".2815" = lshr i64 %".2814", 4
  %".2816" = and i64 %".2815", 1
  %".2817" = add i64 %".2813", %".2816"
  %".2818" = zext i8 %"w1_1.6" to i64
  %".2819" = lshr i64 %".2818", 7
  %".2820" = and i64 %".2819", 1
  %".2821" = add i64 %".2817", %".2820"
  %".2822" = mul i64 %".2821", 4
  %".2823" = add i64 %".2822", 4
  %".2824" = getelementptr i8, ptr %"data.109", i64 %"cursor.70"
  %".2825" = getelementptr i8, ptr %".2824", i64 %".2823"
  %".2826" = icmp ugt ptr %".2825", %"data_end.109"
  br i1 %".2826", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.111" = phi  ptr [%"data.109", %"pptp_d0.stop_before.endif"], [%"data.110", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.109", %"pptp_d0.stop_before.endif"], [%"data_end.110", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.109", %"pptp_d0.stop_before.endif"], [%"keys.110", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.70", %".2823"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".2828" = add i64 %"cursor.70", %".2823"
  %".2829" = sub i64 %".2828", 1
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2830" = trunc i64 %".2829" to i32
  %".2831" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2830", i64* %"last_byte", i32 1)
  %".2832" = icmp eq i64 %".2831", 0
  %".2833" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2834" = load i32, ptr %".2833", align 4
  %".2835" = zext i32 %".2834" to i64
  %"data.110" = inttoptr i64 %".2835" to ptr
  %".2836" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2837" = load i32, ptr %".2836", align 4
  %".2838" = zext i32 %".2837" to i64
  %"data_end.110" = inttoptr i64 %".2838" to ptr
  %".2839" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.110" = load ptr, ptr %".2839", align 8
  %".2840" = xor i1 %".2832", -1
  br i1 %".2840", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2842" = trunc i64 %"cursor.70" to i16
  %".2843" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2842", ptr %".2843", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2848" = trunc i64 %"end.6" to i16
  %".2849" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2848", ptr %".2849", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.165" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.112" = phi  ptr [%"data.111", %"pptp_d0.to_ppp"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"pptp_d0.to_ppp"]
  %"keys.112" = phi  ptr [%"keys.111", %"pptp_d0.to_ppp"]
  %"hdr.37" = getelementptr i8, ptr %"data.112", i64 %"cursor.165"
  %".4275" = getelementptr i8, ptr %"hdr.37", i64 4
  %".4276" = icmp ugt ptr %".4275", %"data_end.112"
  br i1 %".4276", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4278" = getelementptr i8, ptr %"hdr.37", i64 2
  %".4279" = load i16, ptr %".4278", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.15" = phi  i16 [%".4279", %"ppp_d0.linear"], [%".4298", %"ppp_d0.copy_failed.endif"]
  %"data.143" = phi  ptr [%"data.112", %"ppp_d0.linear"], [%"data.142", %"ppp_d0.copy_failed.endif"]
  %"data_end.143" = phi  ptr [%"data_end.112", %"ppp_d0.linear"], [%"data_end.142", %"ppp_d0.copy_failed.endif"]
  %"keys.143" = phi  ptr [%"keys.112", %"ppp_d0.linear"], [%"keys.142", %"ppp_d0.copy_failed.endif"]
  %".4300" = add i64 %"cursor.165", 4
  %".4301" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".4302" = zext i16 %".4301" to i64
  switch i64 %".4302", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
gre_version_d1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2863" = trunc i64 %"cursor.74" to i32
  %".2864" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2863", [40 x i8]* %"header_copy", i32 4)
  %".2865" = icmp eq i64 %".2864", 0
  %".2866" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2867" = load i32, ptr %".2866", align 4
  %".2868" = zext i32 %".2867" to i64
  %"data.113" = inttoptr i64 %".2868" to ptr
  %".2869" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2870" = load i32, ptr %".2869", align 4
  %".2871" = zext i32 %".2870" to i64
  %"data_end.113" = inttoptr i64 %".2871" to ptr
  %".2872" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.113" = load ptr, ptr %".2872", align 8
  %".2873" = xor i1 %".2865", -1
  br i1 %".2873", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2875" = trunc i64 %"cursor.74" to i16
  %".2876" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2875", ptr %".2876", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2879" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2880" = load volatile i8, [40 x i8]* %".2879", align 1
  %".2881" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2882" = load volatile i8, [40 x i8]* %".2881", align 1
  %".2883" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2884" = load volatile i16, [40 x i8]* %".2883", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2895" = trunc i64 %"cursor.74" to i16
  %".2896" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2895", ptr %".2896", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".2899" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2900" = zext i16 %".2899" to i64
  %".2901" = trunc i64 %".2900" to i16
  %".2902" = call i16 @"llvm.bswap.i16"(i16 %".2901")
  %".2903" = getelementptr i8, ptr %"keys.114", i64 10
  store i16 %".2902", ptr %".2903", align 2
  %".2905" = zext i8 %"w1_1.7" to i64
  %".2906" = and i64 %".2905", 7
  switch i64 %".2906", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".2908" = trunc i64 %"cursor.74" to i16
  %".2909" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2908", ptr %".2909", align 2
  br label %"return"
gre_version_d1.to_gre:
  %".2912" = getelementptr i8, ptr %"keys.114", i64 2
  %".2913" = trunc i64 %"cursor.74" to i16
  store volatile i16 %".2913", ptr %".2912", align 2
  %".2915" = load volatile i16, ptr %".2912", align 2
  %".2916" = zext i16 %".2915" to i64
  %"cursor.167" = and i64 %".2916", 16383
  br label %"gre_d1"
gre_version_d1.to_pptp:
  %".2918" = getelementptr i8, ptr %"keys.114", i64 2
  %".2919" = trunc i64 %"cursor.74" to i16
  store volatile i16 %".2919", ptr %".2918", align 2
  %".2921" = load volatile i16, ptr %".2918", align 2
  %".2922" = zext i16 %".2921" to i64
  %"cursor.169" = and i64 %".2922", 16383
  br label %"pptp_d1"
gre_d1:
  %"cursor.166" = phi  i64 [%"cursor.167", %"gre_version_d1.to_gre"]
  %"data.115" = phi  ptr [%"data.114", %"gre_version_d1.to_gre"]
  %"data_end.115" = phi  ptr [%"data_end.114", %"gre_version_d1.to_gre"]
  %"keys.115" = phi  ptr [%"keys.114", %"gre_version_d1.to_gre"]
  %"hdr.38" = getelementptr i8, ptr %"data.115", i64 %"cursor.166"
  %".4366" = getelementptr i8, ptr %"hdr.38", i64 4
  %".4367" = icmp ugt ptr %".4366", %"data_end.115"
  br i1 %".4367", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".4369" = getelementptr i8, ptr %"hdr.38", i64 0
  %".4370" = load i8, ptr %".4369", align 1
  %".4371" = getelementptr i8, ptr %"hdr.38", i64 1
  %".4372" = load i8, ptr %".4371", align 1
  %".4373" = getelementptr i8, ptr %"hdr.38", i64 2
  %".4374" = load i16, ptr %".4373", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.16" = phi  i8 [%".4370", %"gre_d1.linear"], [%".4393", %"gre_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4372", %"gre_d1.linear"], [%".4395", %"gre_d1.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".4374", %"gre_d1.linear"], [%".4397", %"gre_d1.copy_failed.endif"]
  %"data.146" = phi  ptr [%"data.115", %"gre_d1.linear"], [%"data.145", %"gre_d1.copy_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.115", %"gre_d1.linear"], [%"data_end.145", %"gre_d1.copy_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.115", %"gre_d1.linear"], [%"keys.145", %"gre_d1.copy_failed.endif"]
  %".4399" = zext i8 %"w1_1.11" to i64
  %".4400" = and i64 %".4399", 7
  %".4401" = icmp ne i64 %".4400", 0
  %".4402" = zext i8 %"w0_1.16" to i64
  %".4403" = lshr i64 %".4402", 6
  %".4404" = and i64 %".4403", 1
  %".4405" = icmp ne i64 %".4404", 0
  %".4406" = or i1 %".4401", %".4405"
  br i1 %".4406", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.168" = phi  i64 [%"cursor.169", %"gre_version_d1.to_pptp"]
  %"data.116" = phi  ptr [%"data.114", %"gre_version_d1.to_pptp"]
  %"data_end.116" = phi  ptr [%"data_end.114", %"gre_version_d1.to_pptp"]
  %"keys.116" = phi  ptr [%"keys.114", %"gre_version_d1.to_pptp"]
  %"hdr.39" = getelementptr i8, ptr %"data.116", i64 %"cursor.168"
  %".4540" = getelementptr i8, ptr %"hdr.39", i64 4
  %".4541" = icmp ugt ptr %".4540", %"data_end.116"
  br i1 %".4541", label %"pptp_d1.copy", label %"pptp_d1.linear", !prof !0
pptp_d1.linear:
  %".4543" = getelementptr i8, ptr %"hdr.39", i64 0
  %".4544" = load i8, ptr %".4543", align 1
  %".4545" = getelementptr i8, ptr %"hdr.39", i64 1
  %".4546" = load i8, ptr %".4545", align 1
  %".4547" = getelementptr i8, ptr %"hdr.39", i64 2
  %".4548" = load i16, ptr %".4547", align 2
  br label %"pptp_d1.header"
pptp_d1.header:
  %"w0_1.17" = phi  i8 [%".4544", %"pptp_d1.linear"], [%".4567", %"pptp_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4546", %"pptp_d1.linear"], [%".4569", %"pptp_d1.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".4548", %"pptp_d1.linear"], [%".4571", %"pptp_d1.copy_failed.endif"]
  %"data.150" = phi  ptr [%"data.116", %"pptp_d1.linear"], [%"data.149", %"pptp_d1.copy_failed.endif"]
  %"data_end.150" = phi  ptr [%"data_end.116", %"pptp_d1.linear"], [%"data_end.149", %"pptp_d1.copy_failed.endif"]
  %"keys.150" = phi  ptr [%"keys.116", %"pptp_d1.linear"], [%"keys.149", %"pptp_d1.copy_failed.endif"]
  %".4573" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4574" = zext i16 %".4573" to i64
  %".4575" = icmp ne i64 %".4574", 34827
  %".4576" = zext i8 %"w0_1.17" to i64
  %".4577" = lshr i64 %".4576", 5
  %".4578" = and i64 %".4577", 1
  %".4579" = icmp eq i64 %".4578", 0
  %".4580" = or i1 %".4575", %".4579"
  br i1 %".4580", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2932" = trunc i64 %"cursor.81" to i32
  %".2933" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2932", [40 x i8]* %"header_copy", i32 2)
  %".2934" = icmp eq i64 %".2933", 0
  %".2935" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2936" = load i32, ptr %".2935", align 4
  %".2937" = zext i32 %".2936" to i64
  %"data.117" = inttoptr i64 %".2937" to ptr
  %".2938" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2939" = load i32, ptr %".2938", align 4
  %".2940" = zext i32 %".2939" to i64
  %"data_end.117" = inttoptr i64 %".2940" to ptr
  %".2941" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.117" = load ptr, ptr %".2941", align 8
  %".2942" = xor i1 %".2934", -1
  br i1 %".2942", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2944" = trunc i64 %"cursor.81" to i16
  %".2945" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2944", ptr %".2945", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2948" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2949" = load volatile i8, [40 x i8]* %".2948", align 1
  %".2950" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2951" = load volatile i8, [40 x i8]* %".2950", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.copy_last_byte:
  %".2967" = add i64 %"cursor.81", %".2961"
  %".2968" = sub i64 %".2967", 1
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2969" = trunc i64 %".2968" to i32
  %".2970" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2969", i64* %"last_byte", i32 1)
  %".2971" = icmp eq i64 %".2970", 0
  %".2972" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2973" = load i32, ptr %".2972", align 4
  %".2974" = zext i32 %".2973" to i64
  %"data.119" = inttoptr i64 %".2974" to ptr
  %".2975" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2976" = load i32, ptr %".2975", align 4
  %".2977" = zext i32 %".2976" to i64
  %"data_end.119" = inttoptr i64 %".2977" to ptr
  %".2978" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.119" = load ptr, ptr %".2978", align 8
  %".2979" = xor i1 %".2971", -1
  br i1 %".2979", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed:
  %".2981" = trunc i64 %".2962" to i16
  %".2982" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2981", ptr %".2982", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext1.variable_part"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2988" = trunc i64 %"end.7" to i16
  %".2989" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2988", ptr %".2989", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  %".2992" = getelementptr i8, ptr %"keys.120", i64 2
  %".2993" = trunc i64 %"end.7" to i16
  store volatile i16 %".2993", ptr %".2992", align 2
  %".2995" = load volatile i16, ptr %".2992", align 2
  %".2996" = zext i16 %".2995" to i64
  %"cursor.171" = and i64 %".2996", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  %".2998" = getelementptr i8, ptr %"keys.120", i64 2
  %".2999" = trunc i64 %"end.7" to i16
  store volatile i16 %".2999", ptr %".2998", align 2
  %".3001" = load volatile i16, ptr %".2998", align 2
  %".3002" = zext i16 %".3001" to i64
  %"cursor.172" = and i64 %".3002", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3004" = getelementptr i8, ptr %"keys.120", i64 2
  %".3005" = trunc i64 %"end.7" to i16
  store volatile i16 %".3005", ptr %".3004", align 2
  %".3007" = load volatile i16, ptr %".3004", align 2
  %".3008" = zext i16 %".3007" to i64
  %"cursor.173" = and i64 %".3008", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  %".3010" = getelementptr i8, ptr %"keys.120", i64 2
  %".3011" = trunc i64 %"end.7" to i16
  store volatile i16 %".3011", ptr %".3010", align 2
  %".3013" = load volatile i16, ptr %".3010", align 2
  %".3014" = zext i16 %".3013" to i64
  %"cursor.175" = and i64 %".3014", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  %".3016" = getelementptr i8, ptr %"keys.120", i64 2
  %".3017" = trunc i64 %"end.7" to i16
  store volatile i16 %".3017", ptr %".3016", align 2
  %".3019" = load volatile i16, ptr %".3016", align 2
  %".3020" = zext i16 %".3019" to i64
  %"cursor.176" = and i64 %".3020", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  %".3022" = getelementptr i8, ptr %"keys.120", i64 2
  %".3023" = trunc i64 %"end.7" to i16
  store volatile i16 %".3023", ptr %".3022", align 2
  %".3025" = load volatile i16, ptr %".3022", align 2
  %".3026" = zext i16 %".3025" to i64
  %"cursor.177" = and i64 %".3026", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  %".3028" = getelementptr i8, ptr %"keys.120", i64 2
  %".3029" = trunc i64 %"end.7" to i16
  store volatile i16 %".3029", ptr %".3028", align 2
  %".3031" = load volatile i16, ptr %".3028", align 2
  %".3032" = zext i16 %".3031" to i64
  %"cursor.178" = and i64 %".3032", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre_version:
  %".3034" = getelementptr i8, ptr %"keys.120", i64 2
  %".3035" = trunc i64 %"end.7" to i16
  store volatile i16 %".3035", ptr %".3034", align 2
  %".3037" = load volatile i16, ptr %".3034", align 2
  %".3038" = zext i16 %".3037" to i64
  %"cursor.179" = and i64 %".3038", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  %".3040" = getelementptr i8, ptr %"keys.120", i64 2
  %".3041" = trunc i64 %"end.7" to i16
  store volatile i16 %".3041", ptr %".3040", align 2
  %".3043" = load volatile i16, ptr %".3040", align 2
  %".3044" = zext i16 %".3043" to i64
  %"cursor.180" = and i64 %".3044", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  %".3046" = getelementptr i8, ptr %"keys.120", i64 2
  %".3047" = trunc i64 %"end.7" to i16
  store volatile i16 %".3047", ptr %".3046", align 2
  %".3049" = load volatile i16, ptr %".3046", align 2
  %".3050" = zext i16 %".3049" to i64
  %"cursor.181" = and i64 %".3050", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  %".3052" = getelementptr i8, ptr %"keys.120", i64 2
  %".3053" = trunc i64 %"end.7" to i16
  store volatile i16 %".3053", ptr %".3052", align 2
  %".3055" = load volatile i16, ptr %".3052", align 2
  %".3056" = zext i16 %".3055" to i64
  %"cursor.182" = and i64 %".3056", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  %".3058" = getelementptr i8, ptr %"keys.120", i64 2
  %".3059" = trunc i64 %"end.7" to i16
  store volatile i16 %".3059", ptr %".3058", align 2
  %".3061" = load volatile i16, ptr %".3058", align 2
  %".3062" = zext i16 %".3061" to i64
  %"cursor.183" = and i64 %".3062", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  %".3064" = getelementptr i8, ptr %"keys.120", i64 2
  %".3065" = trunc i64 %"end.7" to i16
  store volatile i16 %".3065", ptr %".3064", align 2
  %".3067" = load volatile i16, ptr %".3064", align 2
  %".3068" = zext i16 %".3067" to i64
  %"cursor.184" = and i64 %".3068", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".3070" = trunc i64 34887 to i16
  %".3071" = call i16 @"llvm.bswap.i16"(i16 %".3070")
  %".3072" = getelementptr i8, ptr %"keys.120", i64 10
  store i16 %".3071", ptr %".3072", align 2
  %".3074" = getelementptr i8, ptr %"keys.120", i64 2
  %".3075" = trunc i64 %"end.7" to i16
  store volatile i16 %".3075", ptr %".3074", align 2
  %".3077" = load volatile i16, ptr %".3074", align 2
  %".3078" = zext i16 %".3077" to i64
  %"cursor.185" = and i64 %".3078", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3080" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".3080", align 1
  %".3082" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.29" = load volatile i32, ptr %".3082", align 4
  %".3083" = and i32 %"flags.29", 4
  %".3084" = icmp ne i32 %".3083", 0
  br i1 %".3084", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3094" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".3094", align 1
  %".3096" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.30" = load volatile i32, ptr %".3096", align 4
  %".3097" = and i32 %"flags.30", 4
  %".3098" = icmp ne i32 %".3097", 0
  br i1 %".3098", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.170" = phi  i64 [%"cursor.171", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.173", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.186", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.187", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.188", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data.121" = phi  ptr [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.121" = phi  ptr [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.121" = phi  ptr [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.40" = getelementptr i8, ptr %"data.121", i64 %"cursor.170"
  %".4638" = getelementptr i8, ptr %"hdr.40", i64 2
  %".4639" = icmp ugt ptr %".4638", %"data_end.121"
  br i1 %".4639", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4641" = getelementptr i8, ptr %"hdr.40", i64 0
  %".4642" = load i8, ptr %".4641", align 1
  %".4643" = getelementptr i8, ptr %"hdr.40", i64 1
  %".4644" = load i8, ptr %".4643", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.18" = phi  i8 [%".4642", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4663", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4644", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4665", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.121", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.154", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.121", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.154", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.121", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.154", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".4667" = zext i8 %"w0_1.18" to i64
  %".4668" = trunc i64 %".4667" to i8
  %".4669" = getelementptr i8, ptr %"keys.155", i64 9
  store i8 %".4668", ptr %".4669", align 1
  %".4671" = add i64 %"cursor.170", 2
  %".4672" = zext i8 %"w1_1.13" to i64
  %".4673" = mul i64 %".4672", 8
  %".4674" = add i64 %".4673", 6
  %".4675" = add i64 %".4674", 2
  %".4676" = add i64 %"cursor.170", %".4675"
  %".4677" = getelementptr i8, ptr %"data.155", i64 %"cursor.170"
  %".4678" = getelementptr i8, ptr %".4677", i64 %".4675"
  %".4679" = icmp ugt ptr %".4678", %"data_end.155"
  br i1 %".4679", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext2.variable_part:
  %"data.157" = phi  ptr [%"data.155", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data.156", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.155", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data_end.156", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.155", %"ipv6_opts_d1_ipv6_ext2.header"], [%"keys.156", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.11" = add i64 %"cursor.170", %".4675"
  %".4700" = zext i8 %"w0_1.18" to i64
  switch i64 %".4700", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.174" = phi  i64 [%"cursor.175", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"cursor.189", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data.122" = phi  ptr [%"data.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data_end.122" = phi  ptr [%"data_end.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"keys.122" = phi  ptr [%"keys.120", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.124", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"hdr.41" = getelementptr i8, ptr %"data.122", i64 %"cursor.174"
  %".4822" = getelementptr i8, ptr %"hdr.41", i64 8
  %".4823" = icmp ugt ptr %".4822", %"data_end.122"
  br i1 %".4823", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".4825" = getelementptr i8, ptr %"hdr.41", i64 0
  %".4826" = load i8, ptr %".4825", align 1
  %".4827" = getelementptr i8, ptr %"hdr.41", i64 2
  %".4828" = load i16, ptr %".4827", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.19" = phi  i8 [%".4826", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4847", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4828", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4849", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.122", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.160", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.122", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.160", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.122", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.160", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".4851" = zext i8 %"w0_1.19" to i64
  %".4852" = trunc i64 %".4851" to i8
  %".4853" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %".4852", ptr %".4853", align 1
  %".4855" = add i64 %"cursor.174", 8
  %".4856" = icmp ne i64 1, 0
  %".4857" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4858" = zext i16 %".4857" to i64
  %".4859" = and i64 %".4858", 65528
  %".4860" = icmp eq i64 %".4859", 0
  br i1 %".4856", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3086" = trunc i64 %"end.7" to i16
  %".3087" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3086", ptr %".3087", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3090" = trunc i64 %"end.7" to i16
  %".3091" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3090", ptr %".3091", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3100" = trunc i64 %"end.7" to i16
  %".3101" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3100", ptr %".3101", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3104" = trunc i64 %"end.7" to i16
  %".3105" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3104", ptr %".3105", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3116" = trunc i64 %"cursor.85" to i32
  %".3117" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3116", [40 x i8]* %"header_copy", i32 8)
  %".3118" = icmp eq i64 %".3117", 0
  %".3119" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3120" = load i32, ptr %".3119", align 4
  %".3121" = zext i32 %".3120" to i64
  %"data.123" = inttoptr i64 %".3121" to ptr
  %".3122" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3123" = load i32, ptr %".3122", align 4
  %".3124" = zext i32 %".3123" to i64
  %"data_end.123" = inttoptr i64 %".3124" to ptr
  %".3125" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.123" = load ptr, ptr %".3125", align 8
  %".3126" = xor i1 %".3118", -1
  br i1 %".3126", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3128" = trunc i64 %"cursor.85" to i16
  %".3129" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3128", ptr %".3129", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3132" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3133" = load volatile i8, [40 x i8]* %".3132", align 1
  %".3134" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3135" = load volatile i16, [40 x i8]* %".3134", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3148" = getelementptr i8, ptr %"keys.124", i64 6
  store i8 1, ptr %".3148", align 1
  br i1 %".3146", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3168" = zext i8 %"w0_1.12" to i64
  switch i64 %".3168", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3151" = getelementptr i8, ptr %"keys.124", i64 7
  store i8 1, ptr %".3151", align 1
  %".3153" = getelementptr i8, ptr %"keys.124", i64 48
  %"flags.31" = load volatile i32, ptr %".3153", align 4
  %".3154" = and i32 %"flags.31", 1
  %".3155" = icmp ne i32 %".3154", 0
  %".3156" = xor i1 %".3155", -1
  br i1 %".3156", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3163" = trunc i64 %".3141" to i16
  %".3164" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3163", ptr %".3164", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3158" = trunc i64 %".3141" to i16
  %".3159" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3158", ptr %".3159", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3170" = trunc i64 %".3141" to i16
  %".3171" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3170", ptr %".3171", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  %".3174" = getelementptr i8, ptr %"keys.124", i64 2
  %".3175" = trunc i64 %".3141" to i16
  store volatile i16 %".3175", ptr %".3174", align 2
  %".3177" = load volatile i16, ptr %".3174", align 2
  %".3178" = zext i16 %".3177" to i64
  %"cursor.186" = and i64 %".3178", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3180" = getelementptr i8, ptr %"keys.124", i64 2
  %".3181" = trunc i64 %".3141" to i16
  store volatile i16 %".3181", ptr %".3180", align 2
  %".3183" = load volatile i16, ptr %".3180", align 2
  %".3184" = zext i16 %".3183" to i64
  %"cursor.187" = and i64 %".3184", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3186" = getelementptr i8, ptr %"keys.124", i64 2
  %".3187" = trunc i64 %".3141" to i16
  store volatile i16 %".3187", ptr %".3186", align 2
  %".3189" = load volatile i16, ptr %".3186", align 2
  %".3190" = zext i16 %".3189" to i64
  %"cursor.188" = and i64 %".3190", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  %".3192" = getelementptr i8, ptr %"keys.124", i64 2
  %".3193" = trunc i64 %".3141" to i16
  store volatile i16 %".3193", ptr %".3192", align 2
  %".3195" = load volatile i16, ptr %".3192", align 2
  %".3196" = zext i16 %".3195" to i64
  %"cursor.189" = and i64 %".3196", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  %".3198" = getelementptr i8, ptr %"keys.124", i64 2
  %".3199" = trunc i64 %".3141" to i16
  store volatile i16 %".3199", ptr %".3198", align 2
  %".3201" = load volatile i16, ptr %".3198", align 2
  %".3202" = zext i16 %".3201" to i64
  %"cursor.190" = and i64 %".3202", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  %".3204" = getelementptr i8, ptr %"keys.124", i64 2
  %".3205" = trunc i64 %".3141" to i16
  store volatile i16 %".3205", ptr %".3204", align 2
  %".3207" = load volatile i16, ptr %".3204", align 2
  %".3208" = zext i16 %".3207" to i64
  %"cursor.191" = and i64 %".3208", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  %".3210" = getelementptr i8, ptr %"keys.124", i64 2
  %".3211" = trunc i64 %".3141" to i16
  store volatile i16 %".3211", ptr %".3210", align 2
  %".3213" = load volatile i16, ptr %".3210", align 2
  %".3214" = zext i16 %".3213" to i64
  %"cursor.192" = and i64 %".3214", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre_version:
  %".3216" = getelementptr i8, ptr %"keys.124", i64 2
  %".3217" = trunc i64 %".3141" to i16
  store volatile i16 %".3217", ptr %".3216", align 2
  %".3219" = load volatile i16, ptr %".3216", align 2
  %".3220" = zext i16 %".3219" to i64
  %"cursor.193" = and i64 %".3220", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  %".3222" = getelementptr i8, ptr %"keys.124", i64 2
  %".3223" = trunc i64 %".3141" to i16
  store volatile i16 %".3223", ptr %".3222", align 2
  %".3225" = load volatile i16, ptr %".3222", align 2
  %".3226" = zext i16 %".3225" to i64
  %"cursor.194" = and i64 %".3226", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  %".3228" = getelementptr i8, ptr %"keys.124", i64 2
  %".3229" = trunc i64 %".3141" to i16
  store volatile i16 %".3229", ptr %".3228", align 2
  %".3231" = load volatile i16, ptr %".3228", align 2
  %".3232" = zext i16 %".3231" to i64
  %"cursor.195" = and i64 %".3232", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  %".3234" = getelementptr i8, ptr %"keys.124", i64 2
  %".3235" = trunc i64 %".3141" to i16
  store volatile i16 %".3235", ptr %".3234", align 2
  %".3237" = load volatile i16, ptr %".3234", align 2
  %".3238" = zext i16 %".3237" to i64
  %"cursor.196" = and i64 %".3238", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  %".3240" = getelementptr i8, ptr %"keys.124", i64 2
  %".3241" = trunc i64 %".3141" to i16
  store volatile i16 %".3241", ptr %".3240", align 2
  %".3243" = load volatile i16, ptr %".3240", align 2
  %".3244" = zext i16 %".3243" to i64
  %"cursor.197" = and i64 %".3244", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  %".3246" = getelementptr i8, ptr %"keys.124", i64 2
  %".3247" = trunc i64 %".3141" to i16
  store volatile i16 %".3247", ptr %".3246", align 2
  %".3249" = load volatile i16, ptr %".3246", align 2
  %".3250" = zext i16 %".3249" to i64
  %"cursor.198" = and i64 %".3250", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".3252" = trunc i64 34887 to i16
  %".3253" = call i16 @"llvm.bswap.i16"(i16 %".3252")
  %".3254" = getelementptr i8, ptr %"keys.124", i64 10
  store i16 %".3253", ptr %".3254", align 2
  %".3256" = getelementptr i8, ptr %"keys.124", i64 2
  %".3257" = trunc i64 %".3141" to i16
  store volatile i16 %".3257", ptr %".3256", align 2
  %".3259" = load volatile i16, ptr %".3256", align 2
  %".3260" = zext i16 %".3259" to i64
  %"cursor.199" = and i64 %".3260", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3262" = getelementptr i8, ptr %"keys.124", i64 8
  store i8 1, ptr %".3262", align 1
  %".3264" = getelementptr i8, ptr %"keys.124", i64 48
  %"flags.32" = load volatile i32, ptr %".3264", align 4
  %".3265" = and i32 %"flags.32", 4
  %".3266" = icmp ne i32 %".3265", 0
  br i1 %".3266", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3276" = getelementptr i8, ptr %"keys.124", i64 8
  store i8 1, ptr %".3276", align 1
  %".3278" = getelementptr i8, ptr %"keys.124", i64 48
  %"flags.33" = load volatile i32, ptr %".3278", align 4
  %".3279" = and i32 %"flags.33", 4
  %".3280" = icmp ne i32 %".3279", 0
  br i1 %".3280", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3268" = trunc i64 %".3141" to i16
  %".3269" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3268", ptr %".3269", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3272" = trunc i64 %".3141" to i16
  %".3273" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3272", ptr %".3273", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3282" = trunc i64 %".3141" to i16
  %".3283" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3282", ptr %".3283", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3286" = trunc i64 %".3141" to i16
  %".3287" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3286", ptr %".3287", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3298" = trunc i64 %"cursor.96" to i32
  %".3299" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3298", [40 x i8]* %"header_copy", i32 2)
  %".3300" = icmp eq i64 %".3299", 0
  %".3301" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3302" = load i32, ptr %".3301", align 4
  %".3303" = zext i32 %".3302" to i64
  %"data.125" = inttoptr i64 %".3303" to ptr
  %".3304" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3305" = load i32, ptr %".3304", align 4
  %".3306" = zext i32 %".3305" to i64
  %"data_end.125" = inttoptr i64 %".3306" to ptr
  %".3307" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.125" = load ptr, ptr %".3307", align 8
  %".3308" = xor i1 %".3300", -1
  br i1 %".3308", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3310" = trunc i64 %"cursor.96" to i16
  %".3311" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3310", ptr %".3311", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3314" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3315" = load volatile i8, [40 x i8]* %".3314", align 1
  %".3316" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3317" = load volatile i8, [40 x i8]* %".3316", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.copy_last_byte:
  %".3333" = add i64 %"cursor.96", %".3327"
  %".3334" = sub i64 %".3333", 1
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3335" = trunc i64 %".3334" to i32
  %".3336" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3335", i64* %"last_byte", i32 1)
  %".3337" = icmp eq i64 %".3336", 0
  %".3338" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3339" = load i32, ptr %".3338", align 4
  %".3340" = zext i32 %".3339" to i64
  %"data.127" = inttoptr i64 %".3340" to ptr
  %".3341" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3342" = load i32, ptr %".3341", align 4
  %".3343" = zext i32 %".3342" to i64
  %"data_end.127" = inttoptr i64 %".3343" to ptr
  %".3344" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.127" = load ptr, ptr %".3344", align 8
  %".3345" = xor i1 %".3337", -1
  br i1 %".3345", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed:
  %".3347" = trunc i64 %".3328" to i16
  %".3348" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3347", ptr %".3348", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext2.variable_part"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3354" = trunc i64 %"end.8" to i16
  %".3355" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3354", ptr %".3355", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  %".3360" = getelementptr i8, ptr %"keys.128", i64 2
  %".3361" = trunc i64 %"end.8" to i16
  store volatile i16 %".3361", ptr %".3360", align 2
  %".3363" = load volatile i16, ptr %".3360", align 2
  %".3364" = zext i16 %".3363" to i64
  %"cursor.201" = and i64 %".3364", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  %".3367" = getelementptr i8, ptr %"keys.128", i64 2
  %".3368" = trunc i64 %"end.8" to i16
  store volatile i16 %".3368", ptr %".3367", align 2
  %".3370" = load volatile i16, ptr %".3367", align 2
  %".3371" = zext i16 %".3370" to i64
  %"cursor.203" = and i64 %".3371", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  %".3373" = getelementptr i8, ptr %"keys.128", i64 2
  %".3374" = trunc i64 %"end.8" to i16
  store volatile i16 %".3374", ptr %".3373", align 2
  %".3376" = load volatile i16, ptr %".3373", align 2
  %".3377" = zext i16 %".3376" to i64
  %"cursor.204" = and i64 %".3377", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  %".3379" = getelementptr i8, ptr %"keys.128", i64 2
  %".3380" = trunc i64 %"end.8" to i16
  store volatile i16 %".3380", ptr %".3379", align 2
  %".3382" = load volatile i16, ptr %".3379", align 2
  %".3383" = zext i16 %".3382" to i64
  %"cursor.205" = and i64 %".3383", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre_version:
  %".3385" = getelementptr i8, ptr %"keys.128", i64 2
  %".3386" = trunc i64 %"end.8" to i16
  store volatile i16 %".3386", ptr %".3385", align 2
  %".3388" = load volatile i16, ptr %".3385", align 2
  %".3389" = zext i16 %".3388" to i64
  %"cursor.206" = and i64 %".3389", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  %".3391" = getelementptr i8, ptr %"keys.128", i64 2
  %".3392" = trunc i64 %"end.8" to i16
  store volatile i16 %".3392", ptr %".3391", align 2
  %".3394" = load volatile i16, ptr %".3391", align 2
  %".3395" = zext i16 %".3394" to i64
  %"cursor.207" = and i64 %".3395", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  %".3397" = getelementptr i8, ptr %"keys.128", i64 2
  %".3398" = trunc i64 %"end.8" to i16
  store volatile i16 %".3398", ptr %".3397", align 2
  %".3400" = load volatile i16, ptr %".3397", align 2
  %".3401" = zext i16 %".3400" to i64
  %"cursor.208" = and i64 %".3401", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  %".3403" = getelementptr i8, ptr %"keys.128", i64 2
  %".3404" = trunc i64 %"end.8" to i16
  store volatile i16 %".3404", ptr %".3403", align 2
  %".3406" = load volatile i16, ptr %".3403", align 2
  %".3407" = zext i16 %".3406" to i64
  %"cursor.209" = and i64 %".3407", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  %".3409" = getelementptr i8, ptr %"keys.128", i64 2
  %".3410" = trunc i64 %"end.8" to i16
  store volatile i16 %".3410", ptr %".3409", align 2
  %".3412" = load volatile i16, ptr %".3409", align 2
  %".3413" = zext i16 %".3412" to i64
  %"cursor.210" = and i64 %".3413", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  %".3415" = getelementptr i8, ptr %"keys.128", i64 2
  %".3416" = trunc i64 %"end.8" to i16
  store volatile i16 %".3416", ptr %".3415", align 2
  %".3418" = load volatile i16, ptr %".3415", align 2
  %".3419" = zext i16 %".3418" to i64
  %"cursor.211" = and i64 %".3419", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".3421" = trunc i64 34887 to i16
  %".3422" = call i16 @"llvm.bswap.i16"(i16 %".3421")
  %".3423" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".3422", ptr %".3423", align 2
  %".3425" = getelementptr i8, ptr %"keys.128", i64 2
  %".3426" = trunc i64 %"end.8" to i16
  store volatile i16 %".3426", ptr %".3425", align 2
  %".3428" = load volatile i16, ptr %".3425", align 2
  %".3429" = zext i16 %".3428" to i64
  %"cursor.212" = and i64 %".3429", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3431" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3431", align 1
  %".3433" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.34" = load volatile i32, ptr %".3433", align 4
  %".3434" = and i32 %"flags.34", 4
  %".3435" = icmp ne i32 %".3434", 0
  br i1 %".3435", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3447" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3447", align 1
  %".3449" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.35" = load volatile i32, ptr %".3449", align 4
  %".3450" = and i32 %"flags.35", 4
  %".3451" = icmp ne i32 %".3450", 0
  br i1 %".3451", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.200" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.201", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.215", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"cursor.216", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.217", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data.129" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.129" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.129" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.42" = getelementptr i8, ptr %"data.129", i64 %"cursor.200"
  %".5004" = getelementptr i8, ptr %"hdr.42", i64 2
  %".5005" = icmp ugt ptr %".5004", %"data_end.129"
  br i1 %".5005", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5007" = getelementptr i8, ptr %"hdr.42", i64 0
  %".5008" = load i8, ptr %".5007", align 1
  %".5009" = getelementptr i8, ptr %"hdr.42", i64 1
  %".5010" = load i8, ptr %".5009", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.20" = phi  i8 [%".5008", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5029", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5010", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5031", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.162", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.162", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.162", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5033" = zext i8 %"w0_1.20" to i64
  %".5034" = trunc i64 %".5033" to i8
  %".5035" = getelementptr i8, ptr %"keys.163", i64 9
  store i8 %".5034", ptr %".5035", align 1
  %".5037" = add i64 %"cursor.200", 2
  %".5038" = zext i8 %"w1_1.14" to i64
  %".5039" = mul i64 %".5038", 8
  %".5040" = add i64 %".5039", 6
  %".5041" = add i64 %".5040", 2
  %".5042" = add i64 %"cursor.200", %".5041"
  %".5043" = getelementptr i8, ptr %"data.163", i64 %"cursor.200"
  %".5044" = getelementptr i8, ptr %".5043", i64 %".5041"
  %".5045" = icmp ugt ptr %".5044", %"data_end.163"
  br i1 %".5045", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext3.variable_part:
  %"data.165" = phi  ptr [%"data.163", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data.164", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.165" = phi  ptr [%"data_end.163", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data_end.164", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.165" = phi  ptr [%"keys.163", %"ipv6_opts_d0_ipv6_ext3.header"], [%"keys.164", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.12" = add i64 %"cursor.200", %".5041"
  %".5066" = zext i8 %"w0_1.20" to i64
  switch i64 %".5066", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.202" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3496", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data.130" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data_end.130" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"keys.130" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"hdr.43" = getelementptr i8, ptr %"data.130", i64 %"cursor.202"
  %".5184" = getelementptr i8, ptr %"hdr.43", i64 8
  %".5185" = icmp ugt ptr %".5184", %"data_end.130"
  br i1 %".5185", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5187" = getelementptr i8, ptr %"hdr.43", i64 0
  %".5188" = load i8, ptr %".5187", align 1
  %".5189" = getelementptr i8, ptr %"hdr.43", i64 2
  %".5190" = load i16, ptr %".5189", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.21" = phi  i8 [%".5188", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5209", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.19" = phi  i16 [%".5190", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5211", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.167" = phi  ptr [%"data.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.166", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.167" = phi  ptr [%"data_end.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.166", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.167" = phi  ptr [%"keys.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.166", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5213" = zext i8 %"w0_1.21" to i64
  %".5214" = trunc i64 %".5213" to i8
  %".5215" = getelementptr i8, ptr %"keys.167", i64 9
  store i8 %".5214", ptr %".5215", align 1
  %".5217" = add i64 %"cursor.202", 8
  %".5218" = icmp ne i64 1, 0
  %".5219" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".5220" = zext i16 %".5219" to i64
  %".5221" = and i64 %".5220", 65528
  %".5222" = icmp eq i64 %".5221", 0
  br i1 %".5218", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3437" = trunc i64 %"end.8" to i16
  %".3438" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3437", ptr %".3438", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3441" = getelementptr i8, ptr %"keys.128", i64 2
  %".3442" = trunc i64 %"end.8" to i16
  store volatile i16 %".3442", ptr %".3441", align 2
  %".3444" = load volatile i16, ptr %".3441", align 2
  %".3445" = zext i16 %".3444" to i64
  %"cursor.213" = and i64 %".3445", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3453" = trunc i64 %"end.8" to i16
  %".3454" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3453", ptr %".3454", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3457" = getelementptr i8, ptr %"keys.128", i64 2
  %".3458" = trunc i64 %"end.8" to i16
  store volatile i16 %".3458", ptr %".3457", align 2
  %".3460" = load volatile i16, ptr %".3457", align 2
  %".3461" = zext i16 %".3460" to i64
  %"cursor.214" = and i64 %".3461", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3471" = trunc i64 %"cursor.98" to i32
  %".3472" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3471", [40 x i8]* %"header_copy", i32 8)
  %".3473" = icmp eq i64 %".3472", 0
  %".3474" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3475" = load i32, ptr %".3474", align 4
  %".3476" = zext i32 %".3475" to i64
  %"data.131" = inttoptr i64 %".3476" to ptr
  %".3477" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3478" = load i32, ptr %".3477", align 4
  %".3479" = zext i32 %".3478" to i64
  %"data_end.131" = inttoptr i64 %".3479" to ptr
  %".3480" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.131" = load ptr, ptr %".3480", align 8
  %".3481" = xor i1 %".3473", -1
  br i1 %".3481", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3483" = trunc i64 %"cursor.98" to i16
  %".3484" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3483", ptr %".3484", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3487" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3488" = load volatile i8, [40 x i8]* %".3487", align 1
  %".3489" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3490" = load volatile i16, [40 x i8]* %".3489", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3503" = getelementptr i8, ptr %"keys.132", i64 6
  store i8 1, ptr %".3503", align 1
  br i1 %".3501", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3523" = zext i8 %"w0_1.14" to i64
  switch i64 %".3523", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3506" = getelementptr i8, ptr %"keys.132", i64 7
  store i8 1, ptr %".3506", align 1
  %".3508" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.36" = load volatile i32, ptr %".3508", align 4
  %".3509" = and i32 %"flags.36", 1
  %".3510" = icmp ne i32 %".3509", 0
  %".3511" = xor i1 %".3510", -1
  br i1 %".3511", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3518" = trunc i64 %".3496" to i16
  %".3519" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3518", ptr %".3519", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3513" = trunc i64 %".3496" to i16
  %".3514" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3513", ptr %".3514", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3525" = trunc i64 %".3496" to i16
  %".3526" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3525", ptr %".3526", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  %".3529" = getelementptr i8, ptr %"keys.132", i64 2
  %".3530" = trunc i64 %".3496" to i16
  store volatile i16 %".3530", ptr %".3529", align 2
  %".3532" = load volatile i16, ptr %".3529", align 2
  %".3533" = zext i16 %".3532" to i64
  %"cursor.215" = and i64 %".3533", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  %".3535" = getelementptr i8, ptr %"keys.132", i64 2
  %".3536" = trunc i64 %".3496" to i16
  store volatile i16 %".3536", ptr %".3535", align 2
  %".3538" = load volatile i16, ptr %".3535", align 2
  %".3539" = zext i16 %".3538" to i64
  %"cursor.216" = and i64 %".3539", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  %".3541" = getelementptr i8, ptr %"keys.132", i64 2
  %".3542" = trunc i64 %".3496" to i16
  store volatile i16 %".3542", ptr %".3541", align 2
  %".3544" = load volatile i16, ptr %".3541", align 2
  %".3545" = zext i16 %".3544" to i64
  %"cursor.217" = and i64 %".3545", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  %".3548" = getelementptr i8, ptr %"keys.132", i64 2
  %".3549" = trunc i64 %".3496" to i16
  store volatile i16 %".3549", ptr %".3548", align 2
  %".3551" = load volatile i16, ptr %".3548", align 2
  %".3552" = zext i16 %".3551" to i64
  %"cursor.218" = and i64 %".3552", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  %".3554" = getelementptr i8, ptr %"keys.132", i64 2
  %".3555" = trunc i64 %".3496" to i16
  store volatile i16 %".3555", ptr %".3554", align 2
  %".3557" = load volatile i16, ptr %".3554", align 2
  %".3558" = zext i16 %".3557" to i64
  %"cursor.219" = and i64 %".3558", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  %".3560" = getelementptr i8, ptr %"keys.132", i64 2
  %".3561" = trunc i64 %".3496" to i16
  store volatile i16 %".3561", ptr %".3560", align 2
  %".3563" = load volatile i16, ptr %".3560", align 2
  %".3564" = zext i16 %".3563" to i64
  %"cursor.220" = and i64 %".3564", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre_version:
  %".3566" = getelementptr i8, ptr %"keys.132", i64 2
  %".3567" = trunc i64 %".3496" to i16
  store volatile i16 %".3567", ptr %".3566", align 2
  %".3569" = load volatile i16, ptr %".3566", align 2
  %".3570" = zext i16 %".3569" to i64
  %"cursor.221" = and i64 %".3570", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  %".3572" = getelementptr i8, ptr %"keys.132", i64 2
  %".3573" = trunc i64 %".3496" to i16
  store volatile i16 %".3573", ptr %".3572", align 2
  %".3575" = load volatile i16, ptr %".3572", align 2
  %".3576" = zext i16 %".3575" to i64
  %"cursor.222" = and i64 %".3576", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  %".3578" = getelementptr i8, ptr %"keys.132", i64 2
  %".3579" = trunc i64 %".3496" to i16
  store volatile i16 %".3579", ptr %".3578", align 2
  %".3581" = load volatile i16, ptr %".3578", align 2
  %".3582" = zext i16 %".3581" to i64
  %"cursor.223" = and i64 %".3582", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  %".3584" = getelementptr i8, ptr %"keys.132", i64 2
  %".3585" = trunc i64 %".3496" to i16
  store volatile i16 %".3585", ptr %".3584", align 2
  %".3587" = load volatile i16, ptr %".3584", align 2
  %".3588" = zext i16 %".3587" to i64
  %"cursor.224" = and i64 %".3588", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  %".3590" = getelementptr i8, ptr %"keys.132", i64 2
  %".3591" = trunc i64 %".3496" to i16
  store volatile i16 %".3591", ptr %".3590", align 2
  %".3593" = load volatile i16, ptr %".3590", align 2
  %".3594" = zext i16 %".3593" to i64
  %"cursor.225" = and i64 %".3594", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  %".3596" = getelementptr i8, ptr %"keys.132", i64 2
  %".3597" = trunc i64 %".3496" to i16
  store volatile i16 %".3597", ptr %".3596", align 2
  %".3599" = load volatile i16, ptr %".3596", align 2
  %".3600" = zext i16 %".3599" to i64
  %"cursor.226" = and i64 %".3600", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".3602" = trunc i64 34887 to i16
  %".3603" = call i16 @"llvm.bswap.i16"(i16 %".3602")
  %".3604" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3603", ptr %".3604", align 2
  %".3606" = getelementptr i8, ptr %"keys.132", i64 2
  %".3607" = trunc i64 %".3496" to i16
  store volatile i16 %".3607", ptr %".3606", align 2
  %".3609" = load volatile i16, ptr %".3606", align 2
  %".3610" = zext i16 %".3609" to i64
  %"cursor.227" = and i64 %".3610", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3612" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3612", align 1
  %".3614" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.37" = load volatile i32, ptr %".3614", align 4
  %".3615" = and i32 %"flags.37", 4
  %".3616" = icmp ne i32 %".3615", 0
  br i1 %".3616", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3628" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3628", align 1
  %".3630" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.38" = load volatile i32, ptr %".3630", align 4
  %".3631" = and i32 %"flags.38", 4
  %".3632" = icmp ne i32 %".3631", 0
  br i1 %".3632", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3618" = trunc i64 %".3496" to i16
  %".3619" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3618", ptr %".3619", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3622" = getelementptr i8, ptr %"keys.132", i64 2
  %".3623" = trunc i64 %".3496" to i16
  store volatile i16 %".3623", ptr %".3622", align 2
  %".3625" = load volatile i16, ptr %".3622", align 2
  %".3626" = zext i16 %".3625" to i64
  %"cursor.228" = and i64 %".3626", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3634" = trunc i64 %".3496" to i16
  %".3635" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3634", ptr %".3635", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3638" = getelementptr i8, ptr %"keys.132", i64 2
  %".3639" = trunc i64 %".3496" to i16
  store volatile i16 %".3639", ptr %".3638", align 2
  %".3641" = load volatile i16, ptr %".3638", align 2
  %".3642" = zext i16 %".3641" to i64
  %"cursor.229" = and i64 %".3642", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3650" = trunc i64 %"cursor.146" to i32
  %".3651" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3650", [40 x i8]* %"header_copy", i32 4)
  %".3652" = icmp eq i64 %".3651", 0
  %".3653" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3654" = load i32, ptr %".3653", align 4
  %".3655" = zext i32 %".3654" to i64
  %"data.133" = inttoptr i64 %".3655" to ptr
  %".3656" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3657" = load i32, ptr %".3656", align 4
  %".3658" = zext i32 %".3657" to i64
  %"data_end.133" = inttoptr i64 %".3658" to ptr
  %".3659" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.133" = load ptr, ptr %".3659", align 8
  %".3660" = xor i1 %".3652", -1
  br i1 %".3660", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".3662" = trunc i64 %"cursor.146" to i16
  %".3663" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3662", ptr %".3663", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".3666" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3667" = load volatile i16, [40 x i8]* %".3666", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".3682" = trunc i64 %".3675" to i16
  %".3683" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3682", ptr %".3683", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  %".3686" = getelementptr i8, ptr %"keys.134", i64 2
  %".3687" = trunc i64 %".3675" to i16
  store volatile i16 %".3687", ptr %".3686", align 2
  %".3689" = load volatile i16, ptr %".3686", align 2
  %".3690" = zext i16 %".3689" to i64
  %"cursor.230" = and i64 %".3690", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  %".3692" = getelementptr i8, ptr %"keys.134", i64 2
  %".3693" = trunc i64 %".3675" to i16
  store volatile i16 %".3693", ptr %".3692", align 2
  %".3695" = load volatile i16, ptr %".3692", align 2
  %".3696" = zext i16 %".3695" to i64
  %"cursor.231" = and i64 %".3696", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  %".3698" = getelementptr i8, ptr %"keys.134", i64 2
  %".3699" = trunc i64 %".3675" to i16
  store volatile i16 %".3699", ptr %".3698", align 2
  %".3701" = load volatile i16, ptr %".3698", align 2
  %".3702" = zext i16 %".3701" to i64
  %"cursor.233" = and i64 %".3702", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  %".3704" = getelementptr i8, ptr %"keys.134", i64 2
  %".3705" = trunc i64 %".3675" to i16
  store volatile i16 %".3705", ptr %".3704", align 2
  %".3707" = load volatile i16, ptr %".3704", align 2
  %".3708" = zext i16 %".3707" to i64
  %"cursor.234" = and i64 %".3708", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  %".3710" = getelementptr i8, ptr %"keys.134", i64 2
  %".3711" = trunc i64 %".3675" to i16
  store volatile i16 %".3711", ptr %".3710", align 2
  %".3713" = load volatile i16, ptr %".3710", align 2
  %".3714" = zext i16 %".3713" to i64
  %"cursor.235" = and i64 %".3714", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  %".3716" = getelementptr i8, ptr %"keys.134", i64 2
  %".3717" = trunc i64 %".3675" to i16
  store volatile i16 %".3717", ptr %".3716", align 2
  %".3719" = load volatile i16, ptr %".3716", align 2
  %".3720" = zext i16 %".3719" to i64
  %"cursor.236" = and i64 %".3720", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  %".3722" = getelementptr i8, ptr %"keys.134", i64 2
  %".3723" = trunc i64 %".3675" to i16
  store volatile i16 %".3723", ptr %".3722", align 2
  %".3725" = load volatile i16, ptr %".3722", align 2
  %".3726" = zext i16 %".3725" to i64
  %"cursor.237" = and i64 %".3726", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1.to_arp:
  %".3728" = getelementptr i8, ptr %"keys.134", i64 2
  %".3729" = trunc i64 %".3675" to i16
  store volatile i16 %".3729", ptr %".3728", align 2
  %".3731" = load volatile i16, ptr %".3728", align 2
  %".3732" = zext i16 %".3731" to i64
  %"cursor.238" = and i64 %".3732", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_arp.1:
  %".3734" = getelementptr i8, ptr %"keys.134", i64 2
  %".3735" = trunc i64 %".3675" to i16
  store volatile i16 %".3735", ptr %".3734", align 2
  %".3737" = load volatile i16, ptr %".3734", align 2
  %".3738" = zext i16 %".3737" to i64
  %"cursor.239" = and i64 %".3738", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_ptp:
  %".3740" = getelementptr i8, ptr %"keys.134", i64 2
  %".3741" = trunc i64 %".3675" to i16
  store volatile i16 %".3741", ptr %".3740", align 2
  %".3743" = load volatile i16, ptr %".3740", align 2
  %".3744" = zext i16 %".3743" to i64
  %"cursor.240" = and i64 %".3744", 16383
  br label %"ptp"
vlan_d1_vlan_tags1.to_cfm:
  %".3746" = getelementptr i8, ptr %"keys.134", i64 2
  %".3747" = trunc i64 %".3675" to i16
  store volatile i16 %".3747", ptr %".3746", align 2
  %".3749" = load volatile i16, ptr %".3746", align 2
  %".3750" = zext i16 %".3749" to i64
  %"cursor.241" = and i64 %".3750", 16383
  br label %"cfm"
vlan_d1_vlan_tags1.to_tipc:
  %".3752" = getelementptr i8, ptr %"keys.134", i64 2
  %".3753" = trunc i64 %".3675" to i16
  store volatile i16 %".3753", ptr %".3752", align 2
  %".3755" = load volatile i16, ptr %".3752", align 2
  %".3756" = zext i16 %".3755" to i64
  %"cursor.242" = and i64 %".3756", 16383
  br label %"tipc"
vlan_d1_vlan_tags1.to_fcoe:
  %".3758" = getelementptr i8, ptr %"keys.134", i64 2
  %".3759" = trunc i64 %".3675" to i16
  store volatile i16 %".3759", ptr %".3758", align 2
  %".3761" = load volatile i16, ptr %".3758", align 2
  %".3762" = zext i16 %".3761" to i64
  %"cursor.243" = and i64 %".3762", 16383
  br label %"fcoe"
vlan_d1_vlan_tags1.to_hsr:
  %".3764" = getelementptr i8, ptr %"keys.134", i64 2
  %".3765" = trunc i64 %".3675" to i16
  store volatile i16 %".3765", ptr %".3764", align 2
  %".3767" = load volatile i16, ptr %".3764", align 2
  %".3768" = zext i16 %".3767" to i64
  %"cursor.244" = and i64 %".3768", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags1.to_hsr.1:
  %".3770" = getelementptr i8, ptr %"keys.134", i64 2
  %".3771" = trunc i64 %".3675" to i16
  store volatile i16 %".3771", ptr %".3770", align 2
  %".3773" = load volatile i16, ptr %".3770", align 2
  %".3774" = zext i16 %".3773" to i64
  %"cursor.245" = and i64 %".3774", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags1.to_batadv:
  %".3776" = getelementptr i8, ptr %"keys.134", i64 2
  %".3777" = trunc i64 %".3675" to i16
  store volatile i16 %".3777", ptr %".3776", align 2
  %".3779" = load volatile i16, ptr %".3776", align 2
  %".3780" = zext i16 %".3779" to i64
  %"cursor.246" = and i64 %".3780", 16383
  br label %"batadv_d1"
vlan_d1_vlan_tags2:
  %"cursor.232" = phi  i64 [%"cursor.233", %"vlan_d1_vlan_tags1.to_vlan"], [%"cursor.234", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data.135" = phi  ptr [%"data.134", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.134", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data_end.135" = phi  ptr [%"data_end.134", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.134", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"keys.135" = phi  ptr [%"keys.134", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.134", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"hdr.44" = getelementptr i8, ptr %"data.135", i64 %"cursor.232"
  %".5362" = getelementptr i8, ptr %"hdr.44", i64 4
  %".5363" = icmp ugt ptr %".5362", %"data_end.135"
  br i1 %".5363", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".5365" = getelementptr i8, ptr %"hdr.44", i64 2
  %".5366" = load i16, ptr %".5365", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.20" = phi  i16 [%".5366", %"vlan_d1_vlan_tags2.linear"], [%".5385", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.169" = phi  ptr [%"data.135", %"vlan_d1_vlan_tags2.linear"], [%"data.168", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.169" = phi  ptr [%"data_end.135", %"vlan_d1_vlan_tags2.linear"], [%"data_end.168", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.169" = phi  ptr [%"keys.135", %"vlan_d1_vlan_tags2.linear"], [%"keys.168", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".5387" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5388" = zext i16 %".5387" to i64
  %".5389" = trunc i64 %".5388" to i16
  %".5390" = call i16 @"llvm.bswap.i16"(i16 %".5389")
  %".5391" = getelementptr i8, ptr %"keys.169", i64 10
  store i16 %".5390", ptr %".5391", align 2
  %".5393" = add i64 %"cursor.232", 4
  %".5394" = trunc i64 %".5393" to i16
  %".5395" = getelementptr i8, ptr %"keys.169", i64 0
  store i16 %".5394", ptr %".5395", align 2
  %".5397" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5398" = zext i16 %".5397" to i64
  switch i64 %".5398", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]
hsr_d1.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3788" = trunc i64 %"cursor.158" to i32
  %".3789" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3788", [40 x i8]* %"header_copy", i32 6)
  %".3790" = icmp eq i64 %".3789", 0
  %".3791" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3792" = load i32, ptr %".3791", align 4
  %".3793" = zext i32 %".3792" to i64
  %"data.136" = inttoptr i64 %".3793" to ptr
  %".3794" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3795" = load i32, ptr %".3794", align 4
  %".3796" = zext i32 %".3795" to i64
  %"data_end.136" = inttoptr i64 %".3796" to ptr
  %".3797" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.136" = load ptr, ptr %".3797", align 8
  %".3798" = xor i1 %".3790", -1
  br i1 %".3798", label %"hsr_d1.copy_failed", label %"hsr_d1.copy_failed.endif"
hsr_d1.copy_failed:
  %".3800" = trunc i64 %"cursor.158" to i16
  %".3801" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3800", ptr %".3801", align 2
  br label %"return"
hsr_d1.copy_failed.endif:
  %".3804" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3805" = load volatile i16, [40 x i8]* %".3804", align 2
  br label %"hsr_d1.header"
hsr_d1.unknown:
  %".3820" = trunc i64 %".3813" to i16
  %".3821" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3820", ptr %".3821", align 2
  br label %"return"
hsr_d1.to_ipv4:
  %".3824" = getelementptr i8, ptr %"keys.137", i64 2
  %".3825" = trunc i64 %".3813" to i16
  store volatile i16 %".3825", ptr %".3824", align 2
  %".3827" = load volatile i16, ptr %".3824", align 2
  %".3828" = zext i16 %".3827" to i64
  %"cursor.247" = and i64 %".3828", 16383
  br label %"ipv4_d1"
hsr_d1.to_ipv6:
  %".3830" = getelementptr i8, ptr %"keys.137", i64 2
  %".3831" = trunc i64 %".3813" to i16
  store volatile i16 %".3831", ptr %".3830", align 2
  %".3833" = load volatile i16, ptr %".3830", align 2
  %".3834" = zext i16 %".3833" to i64
  %"cursor.248" = and i64 %".3834", 16383
  br label %"ipv6_d1"
hsr_d1.to_mpls:
  %".3836" = getelementptr i8, ptr %"keys.137", i64 2
  %".3837" = trunc i64 %".3813" to i16
  store volatile i16 %".3837", ptr %".3836", align 2
  %".3839" = load volatile i16, ptr %".3836", align 2
  %".3840" = zext i16 %".3839" to i64
  %"cursor.249" = and i64 %".3840", 16383
  br label %"mpls_mpls_labels1"
hsr_d1.to_mpls.1:
  %".3842" = getelementptr i8, ptr %"keys.137", i64 2
  %".3843" = trunc i64 %".3813" to i16
  store volatile i16 %".3843", ptr %".3842", align 2
  %".3845" = load volatile i16, ptr %".3842", align 2
  %".3846" = zext i16 %".3845" to i64
  %"cursor.250" = and i64 %".3846", 16383
  br label %"mpls_mpls_labels1"
hsr_d1.to_pppoe:
  %".3848" = getelementptr i8, ptr %"keys.137", i64 2
  %".3849" = trunc i64 %".3813" to i16
  store volatile i16 %".3849", ptr %".3848", align 2
  %".3851" = load volatile i16, ptr %".3848", align 2
  %".3852" = zext i16 %".3851" to i64
  %"cursor.251" = and i64 %".3852", 16383
  br label %"pppoe_d1"
hsr_d1.to_arp:
  %".3854" = getelementptr i8, ptr %"keys.137", i64 2
  %".3855" = trunc i64 %".3813" to i16
  store volatile i16 %".3855", ptr %".3854", align 2
  %".3857" = load volatile i16, ptr %".3854", align 2
  %".3858" = zext i16 %".3857" to i64
  %"cursor.252" = and i64 %".3858", 16383
  br label %"arp"
hsr_d1.to_arp.1:
  %".3860" = getelementptr i8, ptr %"keys.137", i64 2
  %".3861" = trunc i64 %".3813" to i16
  store volatile i16 %".3861", ptr %".3860", align 2
  %".3863" = load volatile i16, ptr %".3860", align 2
  %".3864" = zext i16 %".3863" to i64
  %"cursor.253" = and i64 %".3864", 16383
  br label %"arp"
hsr_d1.to_ptp:
  %".3866" = getelementptr i8, ptr %"keys.137", i64 2
  %".3867" = trunc i64 %".3813" to i16
  store volatile i16 %".3867", ptr %".3866", align 2
  %".3869" = load volatile i16, ptr %".3866", align 2
  %".3870" = zext i16 %".3869" to i64
  %"cursor.254" = and i64 %".3870", 16383
  br label %"ptp"
hsr_d1.to_cfm:
  %".3872" = getelementptr i8, ptr %"keys.137", i64 2
  %".3873" = trunc i64 %".3813" to i16
  store volatile i16 %".3873", ptr %".3872", align 2
  %".3875" = load volatile i16, ptr %".3872", align 2
  %".3876" = zext i16 %".3875" to i64
  %"cursor.255" = and i64 %".3876", 16383
  br label %"cfm"
hsr_d1.to_tipc:
  %".3878" = getelementptr i8, ptr %"keys.137", i64 2
  %".3879" = trunc i64 %".3813" to i16
  store volatile i16 %".3879", ptr %".3878", align 2
  %".3881" = load volatile i16, ptr %".3878", align 2
  %".3882" = zext i16 %".3881" to i64
  %"cursor.256" = and i64 %".3882", 16383
  br label %"tipc"
hsr_d1.to_fcoe:
  %".3884" = getelementptr i8, ptr %"keys.137", i64 2
  %".3885" = trunc i64 %".3813" to i16
  store volatile i16 %".3885", ptr %".3884", align 2
  %".3887" = load volatile i16, ptr %".3884", align 2
  %".3888" = zext i16 %".3887" to i64
  %"cursor.257" = and i64 %".3888", 16383
  br label %"fcoe"
batadv_d1.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3900" = trunc i64 %"cursor.161" to i32
  %".3901" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3900", [40 x i8]* %"header_copy", i32 24)
  %".3902" = icmp eq i64 %".3901", 0
  %".3903" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3904" = load i32, ptr %".3903", align 4
  %".3905" = zext i32 %".3904" to i64
  %"data.138" = inttoptr i64 %".3905" to ptr
  %".3906" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3907" = load i32, ptr %".3906", align 4
  %".3908" = zext i32 %".3907" to i64
  %"data_end.138" = inttoptr i64 %".3908" to ptr
  %".3909" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.138" = load ptr, ptr %".3909", align 8
  %".3910" = xor i1 %".3902", -1
  br i1 %".3910", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".3912" = trunc i64 %"cursor.161" to i16
  %".3913" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3912", ptr %".3913", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".3916" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3917" = load volatile i8, [40 x i8]* %".3916", align 1
  %".3918" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3919" = load volatile i8, [40 x i8]* %".3918", align 1
  %".3920" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".3921" = load volatile i16, [40 x i8]* %".3920", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".3930" = trunc i64 %"cursor.161" to i16
  %".3931" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3930", ptr %".3931", align 2
  br label %"return"
batadv_d1.require.endif:
  %".3934" = add i64 %"cursor.161", 24
  %".3935" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".3936" = zext i16 %".3935" to i64
  switch i64 %".3936", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe"]
batadv_d1.unknown:
  %".3938" = trunc i64 %".3934" to i16
  %".3939" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3938", ptr %".3939", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".3942" = trunc i64 2048 to i16
  %".3943" = call i16 @"llvm.bswap.i16"(i16 %".3942")
  %".3944" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".3943", ptr %".3944", align 2
  %".3946" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".3946", align 1
  %".3948" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.39" = load volatile i32, ptr %".3948", align 4
  %".3949" = and i32 %"flags.39", 4
  %".3950" = icmp ne i32 %".3949", 0
  br i1 %".3950", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".3960" = trunc i64 34525 to i16
  %".3961" = call i16 @"llvm.bswap.i16"(i16 %".3960")
  %".3962" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".3961", ptr %".3962", align 2
  %".3964" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".3964", align 1
  %".3966" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.40" = load volatile i32, ptr %".3966", align 4
  %".3967" = and i32 %"flags.40", 4
  %".3968" = icmp ne i32 %".3967", 0
  br i1 %".3968", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_mpls:
  %".3978" = trunc i64 34887 to i16
  %".3979" = call i16 @"llvm.bswap.i16"(i16 %".3978")
  %".3980" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".3979", ptr %".3980", align 2
  %".3982" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".3982", align 1
  %".3984" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.41" = load volatile i32, ptr %".3984", align 4
  %".3985" = and i32 %"flags.41", 4
  %".3986" = icmp ne i32 %".3985", 0
  br i1 %".3986", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_mpls.1:
  %".3996" = trunc i64 34888 to i16
  %".3997" = call i16 @"llvm.bswap.i16"(i16 %".3996")
  %".3998" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".3997", ptr %".3998", align 2
  %".4000" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".4000", align 1
  %".4002" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.42" = load volatile i32, ptr %".4002", align 4
  %".4003" = and i32 %"flags.42", 4
  %".4004" = icmp ne i32 %".4003", 0
  br i1 %".4004", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_pppoe:
  %".4014" = trunc i64 34916 to i16
  %".4015" = call i16 @"llvm.bswap.i16"(i16 %".4014")
  %".4016" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".4015", ptr %".4016", align 2
  %".4018" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".4018", align 1
  %".4020" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.43" = load volatile i32, ptr %".4020", align 4
  %".4021" = and i32 %"flags.43", 4
  %".4022" = icmp ne i32 %".4021", 0
  br i1 %".4022", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_arp:
  %".4032" = trunc i64 2054 to i16
  %".4033" = call i16 @"llvm.bswap.i16"(i16 %".4032")
  %".4034" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".4033", ptr %".4034", align 2
  %".4036" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".4036", align 1
  %".4038" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.44" = load volatile i32, ptr %".4038", align 4
  %".4039" = and i32 %"flags.44", 4
  %".4040" = icmp ne i32 %".4039", 0
  br i1 %".4040", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_arp.1:
  %".4050" = trunc i64 32821 to i16
  %".4051" = call i16 @"llvm.bswap.i16"(i16 %".4050")
  %".4052" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".4051", ptr %".4052", align 2
  %".4054" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".4054", align 1
  %".4056" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.45" = load volatile i32, ptr %".4056", align 4
  %".4057" = and i32 %"flags.45", 4
  %".4058" = icmp ne i32 %".4057", 0
  br i1 %".4058", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_ptp:
  %".4068" = trunc i64 35063 to i16
  %".4069" = call i16 @"llvm.bswap.i16"(i16 %".4068")
  %".4070" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".4069", ptr %".4070", align 2
  %".4072" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".4072", align 1
  %".4074" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.46" = load volatile i32, ptr %".4074", align 4
  %".4075" = and i32 %"flags.46", 4
  %".4076" = icmp ne i32 %".4075", 0
  br i1 %".4076", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_cfm:
  %".4086" = trunc i64 35074 to i16
  %".4087" = call i16 @"llvm.bswap.i16"(i16 %".4086")
  %".4088" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".4087", ptr %".4088", align 2
  %".4090" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".4090", align 1
  %".4092" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.47" = load volatile i32, ptr %".4092", align 4
  %".4093" = and i32 %"flags.47", 4
  %".4094" = icmp ne i32 %".4093", 0
  br i1 %".4094", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_tipc:
  %".4104" = trunc i64 35018 to i16
  %".4105" = call i16 @"llvm.bswap.i16"(i16 %".4104")
  %".4106" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".4105", ptr %".4106", align 2
  %".4108" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".4108", align 1
  %".4110" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.48" = load volatile i32, ptr %".4110", align 4
  %".4111" = and i32 %"flags.48", 4
  %".4112" = icmp ne i32 %".4111", 0
  br i1 %".4112", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_fcoe:
  %".4122" = trunc i64 35078 to i16
  %".4123" = call i16 @"llvm.bswap.i16"(i16 %".4122")
  %".4124" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".4123", ptr %".4124", align 2
  %".4126" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".4126", align 1
  %".4128" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.49" = load volatile i32, ptr %".4128", align 4
  %".4129" = and i32 %"flags.49", 4
  %".4130" = icmp ne i32 %".4129", 0
  br i1 %".4130", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.stop_at_encap:
  %".3952" = trunc i64 %".3934" to i16
  %".3953" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3952", ptr %".3953", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".3956" = trunc i64 %".3934" to i16
  %".3957" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3956", ptr %".3957", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".3970" = trunc i64 %".3934" to i16
  %".3971" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3970", ptr %".3971", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".3974" = trunc i64 %".3934" to i16
  %".3975" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3974", ptr %".3975", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".3988" = trunc i64 %".3934" to i16
  %".3989" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3988", ptr %".3989", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".3992" = trunc i64 %".3934" to i16
  %".3993" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3992", ptr %".3993", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".4006" = trunc i64 %".3934" to i16
  %".4007" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4006", ptr %".4007", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".4010" = trunc i64 %".3934" to i16
  %".4011" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4010", ptr %".4011", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".4024" = trunc i64 %".3934" to i16
  %".4025" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4024", ptr %".4025", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".4028" = trunc i64 %".3934" to i16
  %".4029" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4028", ptr %".4029", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".4042" = trunc i64 %".3934" to i16
  %".4043" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4042", ptr %".4043", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".4046" = trunc i64 %".3934" to i16
  %".4047" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4046", ptr %".4047", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".4060" = trunc i64 %".3934" to i16
  %".4061" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4060", ptr %".4061", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".4064" = trunc i64 %".3934" to i16
  %".4065" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4064", ptr %".4065", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".4078" = trunc i64 %".3934" to i16
  %".4079" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4078", ptr %".4079", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".4082" = trunc i64 %".3934" to i16
  %".4083" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4082", ptr %".4083", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".4096" = trunc i64 %".3934" to i16
  %".4097" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4096", ptr %".4097", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".4100" = trunc i64 %".3934" to i16
  %".4101" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4100", ptr %".4101", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".4114" = trunc i64 %".3934" to i16
  %".4115" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4114", ptr %".4115", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".4118" = trunc i64 %".3934" to i16
  %".4119" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4118", ptr %".4119", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".4132" = trunc i64 %".3934" to i16
  %".4133" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4132", ptr %".4133", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".4136" = trunc i64 %".3934" to i16
  %".4137" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4136", ptr %".4137", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4146" = trunc i64 %"cursor.163" to i32
  %".4147" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".4146", [40 x i8]* %"header_copy", i32 14)
  %".4148" = icmp eq i64 %".4147", 0
  %".4149" = getelementptr i8, ptr %"ctx.46", i64 76
  %".4150" = load i32, ptr %".4149", align 4
  %".4151" = zext i32 %".4150" to i64
  %"data.140" = inttoptr i64 %".4151" to ptr
  %".4152" = getelementptr i8, ptr %"ctx.46", i64 80
  %".4153" = load i32, ptr %".4152", align 4
  %".4154" = zext i32 %".4153" to i64
  %"data_end.140" = inttoptr i64 %".4154" to ptr
  %".4155" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.140" = load ptr, ptr %".4155", align 8
  %".4156" = xor i1 %".4148", -1
  br i1 %".4156", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4158" = trunc i64 %"cursor.163" to i16
  %".4159" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".4158", ptr %".4159", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4162" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4163" = load volatile i16, [40 x i8]* %".4162", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4175" = trunc i64 %".4171" to i16
  %".4176" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".4175", ptr %".4176", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  %".4179" = getelementptr i8, ptr %"keys.141", i64 2
  %".4180" = trunc i64 %".4171" to i16
  store volatile i16 %".4180", ptr %".4179", align 2
  %".4182" = load volatile i16, ptr %".4179", align 2
  %".4183" = zext i16 %".4182" to i64
  %"cursor.258" = and i64 %".4183", 16383
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  %".4185" = getelementptr i8, ptr %"keys.141", i64 2
  %".4186" = trunc i64 %".4171" to i16
  store volatile i16 %".4186", ptr %".4185", align 2
  %".4188" = load volatile i16, ptr %".4185", align 2
  %".4189" = zext i16 %".4188" to i64
  %"cursor.259" = and i64 %".4189", 16383
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  %".4191" = getelementptr i8, ptr %"keys.141", i64 2
  %".4192" = trunc i64 %".4171" to i16
  store volatile i16 %".4192", ptr %".4191", align 2
  %".4194" = load volatile i16, ptr %".4191", align 2
  %".4195" = zext i16 %".4194" to i64
  %"cursor.260" = and i64 %".4195", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  %".4197" = getelementptr i8, ptr %"keys.141", i64 2
  %".4198" = trunc i64 %".4171" to i16
  store volatile i16 %".4198", ptr %".4197", align 2
  %".4200" = load volatile i16, ptr %".4197", align 2
  %".4201" = zext i16 %".4200" to i64
  %"cursor.261" = and i64 %".4201", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  %".4203" = getelementptr i8, ptr %"keys.141", i64 2
  %".4204" = trunc i64 %".4171" to i16
  store volatile i16 %".4204", ptr %".4203", align 2
  %".4206" = load volatile i16, ptr %".4203", align 2
  %".4207" = zext i16 %".4206" to i64
  %"cursor.262" = and i64 %".4207", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1.to_mpls.1:
  %".4209" = getelementptr i8, ptr %"keys.141", i64 2
  %".4210" = trunc i64 %".4171" to i16
  store volatile i16 %".4210", ptr %".4209", align 2
  %".4212" = load volatile i16, ptr %".4209", align 2
  %".4213" = zext i16 %".4212" to i64
  %"cursor.263" = and i64 %".4213", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1.to_pppoe:
  %".4215" = getelementptr i8, ptr %"keys.141", i64 2
  %".4216" = trunc i64 %".4171" to i16
  store volatile i16 %".4216", ptr %".4215", align 2
  %".4218" = load volatile i16, ptr %".4215", align 2
  %".4219" = zext i16 %".4218" to i64
  %"cursor.264" = and i64 %".4219", 16383
  br label %"pppoe_d1"
ethernet_d1.to_arp:
  %".4221" = getelementptr i8, ptr %"keys.141", i64 2
  %".4222" = trunc i64 %".4171" to i16
  store volatile i16 %".4222", ptr %".4221", align 2
  %".4224" = load volatile i16, ptr %".4221", align 2
  %".4225" = zext i16 %".4224" to i64
  %"cursor.265" = and i64 %".4225", 16383
  br label %"arp"
ethernet_d1.to_arp.1:
  %".4227" = getelementptr i8, ptr %"keys.141", i64 2
  %".4228" = trunc i64 %".4171" to i16
  store volatile i16 %".4228", ptr %".4227", align 2
  %".4230" = load volatile i16, ptr %".4227", align 2
  %".4231" = zext i16 %".4230" to i64
  %"cursor.266" = and i64 %".4231", 16383
  br label %"arp"
ethernet_d1.to_ptp:
  %".4233" = getelementptr i8, ptr %"keys.141", i64 2
  %".4234" = trunc i64 %".4171" to i16
  store volatile i16 %".4234", ptr %".4233", align 2
  %".4236" = load volatile i16, ptr %".4233", align 2
  %".4237" = zext i16 %".4236" to i64
  %"cursor.267" = and i64 %".4237", 16383
  br label %"ptp"
ethernet_d1.to_cfm:
  %".4239" = getelementptr i8, ptr %"keys.141", i64 2
  %".4240" = trunc i64 %".4171" to i16
  store volatile i16 %".4240", ptr %".4239", align 2
  %".4242" = load volatile i16, ptr %".4239", align 2
  %".4243" = zext i16 %".4242" to i64
  %"cursor.268" = and i64 %".4243", 16383
  br label %"cfm"
ethernet_d1.to_tipc:
  %".4245" = getelementptr i8, ptr %"keys.141", i64 2
  %".4246" = trunc i64 %".4171" to i16
  store volatile i16 %".4246", ptr %".4245", align 2
  %".4248" = load volatile i16, ptr %".4245", align 2
  %".4249" = zext i16 %".4248" to i64
  %"cursor.269" = and i64 %".4249", 16383
  br label %"tipc"
ethernet_d1.to_fcoe:
  %".4251" = getelementptr i8, ptr %"keys.141", i64 2
  %".4252" = trunc i64 %".4171" to i16
  store volatile i16 %".4252", ptr %".4251", align 2
  %".4254" = load volatile i16, ptr %".4251", align 2
  %".4255" = zext i16 %".4254" to i64
  %"cursor.270" = and i64 %".4255", 16383
  br label %"fcoe"
ethernet_d1.to_hsr:
  %".4257" = getelementptr i8, ptr %"keys.141", i64 2
  %".4258" = trunc i64 %".4171" to i16
  store volatile i16 %".4258", ptr %".4257", align 2
  %".4260" = load volatile i16, ptr %".4257", align 2
  %".4261" = zext i16 %".4260" to i64
  %"cursor.271" = and i64 %".4261", 16383
  br label %"hsr_d1"
ethernet_d1.to_hsr.1:
  %".4263" = getelementptr i8, ptr %"keys.141", i64 2
  %".4264" = trunc i64 %".4171" to i16
  store volatile i16 %".4264", ptr %".4263", align 2
  %".4266" = load volatile i16, ptr %".4263", align 2
  %".4267" = zext i16 %".4266" to i64
  %"cursor.272" = and i64 %".4267", 16383
  br label %"hsr_d1"
ethernet_d1.to_batadv:
  %".4269" = getelementptr i8, ptr %"keys.141", i64 2
  %".4270" = trunc i64 %".4171" to i16
  store volatile i16 %".4270", ptr %".4269", align 2
  %".4272" = load volatile i16, ptr %".4269", align 2
  %".4273" = zext i16 %".4272" to i64
  %"cursor.273" = and i64 %".4273", 16383
  br label %"batadv_d1"
ppp_d0.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4281" = trunc i64 %"cursor.165" to i32
  %".4282" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".4281", [40 x i8]* %"header_copy", i32 4)
  %".4283" = icmp eq i64 %".4282", 0
  %".4284" = getelementptr i8, ptr %"ctx.47", i64 76
  %".4285" = load i32, ptr %".4284", align 4
  %".4286" = zext i32 %".4285" to i64
  %"data.142" = inttoptr i64 %".4286" to ptr
  %".4287" = getelementptr i8, ptr %"ctx.47", i64 80
  %".4288" = load i32, ptr %".4287", align 4
  %".4289" = zext i32 %".4288" to i64
  %"data_end.142" = inttoptr i64 %".4289" to ptr
  %".4290" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.142" = load ptr, ptr %".4290", align 8
  %".4291" = xor i1 %".4283", -1
  br i1 %".4291", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4293" = trunc i64 %"cursor.165" to i16
  %".4294" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4293", ptr %".4294", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4297" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4298" = load volatile i16, [40 x i8]* %".4297", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4304" = and i64 %".4302", 0
  %".4305" = icmp eq i64 %".4304", 0
  br i1 %".4305", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".4311" = trunc i64 2048 to i16
  %".4312" = call i16 @"llvm.bswap.i16"(i16 %".4311")
  %".4313" = getelementptr i8, ptr %"keys.143", i64 10
  store i16 %".4312", ptr %".4313", align 2
  %".4315" = getelementptr i8, ptr %"keys.143", i64 8
  store i8 1, ptr %".4315", align 1
  %".4317" = getelementptr i8, ptr %"keys.143", i64 48
  %"flags.50" = load volatile i32, ptr %".4317", align 4
  %".4318" = and i32 %"flags.50", 4
  %".4319" = icmp ne i32 %".4318", 0
  br i1 %".4319", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".4331" = trunc i64 34525 to i16
  %".4332" = call i16 @"llvm.bswap.i16"(i16 %".4331")
  %".4333" = getelementptr i8, ptr %"keys.143", i64 10
  store i16 %".4332", ptr %".4333", align 2
  %".4335" = getelementptr i8, ptr %"keys.143", i64 8
  store i8 1, ptr %".4335", align 1
  %".4337" = getelementptr i8, ptr %"keys.143", i64 48
  %"flags.51" = load volatile i32, ptr %".4337", align 4
  %".4338" = and i32 %"flags.51", 4
  %".4339" = icmp ne i32 %".4338", 0
  br i1 %".4339", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4351" = trunc i64 34827 to i16
  %".4352" = call i16 @"llvm.bswap.i16"(i16 %".4351")
  %".4353" = getelementptr i8, ptr %"keys.143", i64 10
  store i16 %".4352", ptr %".4353", align 2
  %".4355" = getelementptr i8, ptr %"keys.143", i64 8
  store i8 1, ptr %".4355", align 1
  %".4357" = getelementptr i8, ptr %"keys.143", i64 48
  %"flags.52" = load volatile i32, ptr %".4357", align 4
  %".4358" = and i32 %"flags.52", 4
  %".4359" = icmp ne i32 %".4358", 0
  br i1 %".4359", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4307" = trunc i64 %".4300" to i16
  %".4308" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".4307", ptr %".4308", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4321" = trunc i64 %".4300" to i16
  %".4322" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".4321", ptr %".4322", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4325" = getelementptr i8, ptr %"keys.143", i64 2
  %".4326" = trunc i64 %".4300" to i16
  store volatile i16 %".4326", ptr %".4325", align 2
  %".4328" = load volatile i16, ptr %".4325", align 2
  %".4329" = zext i16 %".4328" to i64
  %"cursor.274" = and i64 %".4329", 16383
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4341" = trunc i64 %".4300" to i16
  %".4342" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".4341", ptr %".4342", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4345" = getelementptr i8, ptr %"keys.143", i64 2
  %".4346" = trunc i64 %".4300" to i16
  store volatile i16 %".4346", ptr %".4345", align 2
  %".4348" = load volatile i16, ptr %".4345", align 2
  %".4349" = zext i16 %".4348" to i64
  %"cursor.275" = and i64 %".4349", 16383
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4361" = trunc i64 %".4300" to i16
  %".4362" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".4361", ptr %".4362", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.276" = phi  i64 [%".4300", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.144" = phi  ptr [%"data.143", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.144" = phi  ptr [%"data_end.143", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.144" = phi  ptr [%"keys.143", %"ppp_d0.stop_at_encap.endif.2"]
  %".5496" = add i64 %"cursor.276", 0
  %".5497" = trunc i64 %".5496" to i16
  %".5498" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".5497", ptr %".5498", align 2
  br label %"return"
gre_d1.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4376" = trunc i64 %"cursor.166" to i32
  %".4377" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".4376", [40 x i8]* %"header_copy", i32 4)
  %".4378" = icmp eq i64 %".4377", 0
  %".4379" = getelementptr i8, ptr %"ctx.48", i64 76
  %".4380" = load i32, ptr %".4379", align 4
  %".4381" = zext i32 %".4380" to i64
  %"data.145" = inttoptr i64 %".4381" to ptr
  %".4382" = getelementptr i8, ptr %"ctx.48", i64 80
  %".4383" = load i32, ptr %".4382", align 4
  %".4384" = zext i32 %".4383" to i64
  %"data_end.145" = inttoptr i64 %".4384" to ptr
  %".4385" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.145" = load ptr, ptr %".4385", align 8
  %".4386" = xor i1 %".4378", -1
  br i1 %".4386", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".4388" = trunc i64 %"cursor.166" to i16
  %".4389" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".4388", ptr %".4389", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".4392" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4393" = load volatile i8, [40 x i8]* %".4392", align 1
  %".4394" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4395" = load volatile i8, [40 x i8]* %".4394", align 1
  %".4396" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4397" = load volatile i16, [40 x i8]* %".4396", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".4408" = trunc i64 %"cursor.166" to i16
  %".4409" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4408", ptr %".4409", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".4412" = add i64 %"cursor.166", 4
  %".4413" = zext i8 %"w0_1.16" to i64
  %".4414" = lshr i64 %".4413", 7
  %".4415" = and i64 %".4414", 1
  %".4416" = zext i8 %"w0_1.16" to i64
  %".4417" = lshr i64 %".4416", 5
  %".4418" = and i64 %".4417", 1
  %".4419" = add i64 %".4415", %".4418"
  %".4420" = zext i8 %"w0_1.16" to i64
  %".4421" = lshr i64 %".4420", 4
  %".4422" = and i64 %".4421", 1
  %".4423" = add i64 %".4419", %".4422"
  %".4424" = mul i64 %".4423", 4
  %".4425" = add i64 %".4424", 4
  %".4426" = getelementptr i8, ptr %"data.146", i64 %"cursor.166"
  %".4427" = getelementptr i8, ptr %".4426", i64 %".4425"
  %".4428" = icmp ugt ptr %".4427", %"data_end.146"
  br i1 %".4428", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.148" = phi  ptr [%"data.146", %"gre_d1.stop_before.endif"], [%"data.147", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.146", %"gre_d1.stop_before.endif"], [%"data_end.147", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.146", %"gre_d1.stop_before.endif"], [%"keys.147", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.166", %".4425"
  %".4449" = getelementptr i8, ptr %"keys.148", i64 8
  store i8 1, ptr %".4449", align 1
  %".4451" = getelementptr i8, ptr %"keys.148", i64 48
  %"flags.53" = load volatile i32, ptr %".4451", align 4
  %".4452" = and i32 %"flags.53", 4
  %".4453" = icmp ne i32 %".4452", 0
  br i1 %".4453", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".4430" = add i64 %"cursor.166", %".4425"
  %".4431" = sub i64 %".4430", 1
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4432" = trunc i64 %".4431" to i32
  %".4433" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".4432", i64* %"last_byte", i32 1)
  %".4434" = icmp eq i64 %".4433", 0
  %".4435" = getelementptr i8, ptr %"ctx.49", i64 76
  %".4436" = load i32, ptr %".4435", align 4
  %".4437" = zext i32 %".4436" to i64
  %"data.147" = inttoptr i64 %".4437" to ptr
  %".4438" = getelementptr i8, ptr %"ctx.49", i64 80
  %".4439" = load i32, ptr %".4438", align 4
  %".4440" = zext i32 %".4439" to i64
  %"data_end.147" = inttoptr i64 %".4440" to ptr
  %".4441" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.147" = load ptr, ptr %".4441", align 8
  %".4442" = xor i1 %".4434", -1
  br i1 %".4442", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4444" = trunc i64 %"cursor.166" to i16
  %".4445" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".4444", ptr %".4445", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4455" = trunc i64 %"end.9" to i16
  %".4456" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4455", ptr %".4456", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4459" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4460" = zext i16 %".4459" to i64
  %".4461" = trunc i64 %".4460" to i16
  %".4462" = call i16 @"llvm.bswap.i16"(i16 %".4461")
  %".4463" = getelementptr i8, ptr %"keys.148", i64 10
  store i16 %".4462", ptr %".4463", align 2
  %".4465" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4466" = zext i16 %".4465" to i64
  switch i64 %".4466", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]
gre_d1.unknown:
  %".4468" = trunc i64 %"end.9" to i16
  %".4469" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4468", ptr %".4469", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".4472" = trunc i64 %"end.9" to i16
  %".4473" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4472", ptr %".4473", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4476" = trunc i64 %"end.9" to i16
  %".4477" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4476", ptr %".4477", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4480" = trunc i64 %"end.9" to i16
  %".4481" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4480", ptr %".4481", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4484" = trunc i64 %"end.9" to i16
  %".4485" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4484", ptr %".4485", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4488" = trunc i64 %"end.9" to i16
  %".4489" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4488", ptr %".4489", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4492" = trunc i64 %"end.9" to i16
  %".4493" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4492", ptr %".4493", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4496" = trunc i64 %"end.9" to i16
  %".4497" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4496", ptr %".4497", align 2
  br label %"return"
gre_d1.to_arp:
  %".4500" = trunc i64 %"end.9" to i16
  %".4501" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4500", ptr %".4501", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4504" = trunc i64 %"end.9" to i16
  %".4505" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4504", ptr %".4505", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4508" = trunc i64 %"end.9" to i16
  %".4509" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4508", ptr %".4509", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4512" = trunc i64 %"end.9" to i16
  %".4513" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4512", ptr %".4513", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4516" = trunc i64 %"end.9" to i16
  %".4517" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4516", ptr %".4517", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4520" = trunc i64 %"end.9" to i16
  %".4521" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4520", ptr %".4521", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4524" = trunc i64 %"end.9" to i16
  %".4525" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4524", ptr %".4525", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4528" = trunc i64 %"end.9" to i16
  %".4529" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4528", ptr %".4529", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4532" = trunc i64 %"end.9" to i16
  %".4533" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4532", ptr %".4533", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4536" = trunc i64 %"end.9" to i16
  %".4537" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4536", ptr %".4537", align 2
  br label %"return"
pptp_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4550" = trunc i64 %"cursor.168" to i32
  %".4551" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4550", [40 x i8]* %"header_copy", i32 4)
  %".4552" = icmp eq i64 %".4551", 0
  %".4553" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4554" = load i32, ptr %".4553", align 4
  %".4555" = zext i32 %".4554" to i64
  %"data.149" = inttoptr i64 %".4555" to ptr
  %".4556" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4557" = load i32, ptr %".4556", align 4
  %".4558" = zext i32 %".4557" to i64
  %"data_end.149" = inttoptr i64 %".4558" to ptr
  %".4559" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.149" = load ptr, ptr %".4559", align 8
  %".4560" = xor i1 %".4552", -1
  br i1 %".4560", label %"pptp_d1.copy_failed", label %"pptp_d1.copy_failed.endif"
pptp_d1.copy_failed:
  %".4562" = trunc i64 %"cursor.168" to i16
  %".4563" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4562", ptr %".4563", align 2
  br label %"return"
pptp_d1.copy_failed.endif:
  %".4566" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4567" = load volatile i8, [40 x i8]* %".4566", align 1
  %".4568" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4569" = load volatile i8, [40 x i8]* %".4568", align 1
  %".4570" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4571" = load volatile i16, [40 x i8]* %".4570", align 2
  br label %"pptp_d1.header"
pptp_d1.stop_before:
  %".4582" = trunc i64 %"cursor.168" to i16
  %".4583" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".4582", ptr %".4583", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".4586" = add i64 %"cursor.168", 4
  %".4587" = zext i8 %"w0_1.17" to i64
  %".4588" = lshr i64 %".4587", 7
  %".4589" = and i64 %".4588", 1
  %".4590" = zext i8 %"w0_1.17" to i64
  %".4591" = lshr i64 %".4590", 5
  %".4592" = and i64 %".4591", 1
  %".4593" = add i64 %".4589", %".4592"
  %".4594" = zext i8 %"w0_1.17" to i64
  %".4595" = lshr i64 %".4594", 4
  %".4596" = and i64 %".4595", 1
  %".4597" = add i64 %".4593", %".4596"
  %".4598" = zext i8 %"w1_1.12" to i64
  %".4599" = lshr i64 %".4598", 7
  %".4600" = and i64 %".4599", 1
  %".4601" = add i64 %".4597", %".4600"
  %".4602" = mul i64 %".4601", 4
  %".4603" = add i64 %".4602", 4
  %".4604" = getelementptr i8, ptr %"data.150", i64 %"cursor.168"
  %".4605" = getelementptr i8, ptr %".4604", i64 %".4603"
  %".4606" = icmp ugt ptr %".4605", %"data_end.150"
  br i1 %".4606", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.152" = phi  ptr [%"data.150", %"pptp_d1.stop_before.endif"], [%"data.151", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.152" = phi  ptr [%"data_end.150", %"pptp_d1.stop_before.endif"], [%"data_end.151", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.152" = phi  ptr [%"keys.150", %"pptp_d1.stop_before.endif"], [%"keys.151", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.168", %".4603"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".4608" = add i64 %"cursor.168", %".4603"
  %".4609" = sub i64 %".4608", 1
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4610" = trunc i64 %".4609" to i32
  %".4611" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4610", i64* %"last_byte", i32 1)
  %".4612" = icmp eq i64 %".4611", 0
  %".4613" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4614" = load i32, ptr %".4613", align 4
  %".4615" = zext i32 %".4614" to i64
  %"data.151" = inttoptr i64 %".4615" to ptr
  %".4616" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4617" = load i32, ptr %".4616", align 4
  %".4618" = zext i32 %".4617" to i64
  %"data_end.151" = inttoptr i64 %".4618" to ptr
  %".4619" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.151" = load ptr, ptr %".4619", align 8
  %".4620" = xor i1 %".4612", -1
  br i1 %".4620", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".4622" = trunc i64 %"cursor.168" to i16
  %".4623" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4622", ptr %".4623", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".4628" = trunc i64 %"end.10" to i16
  %".4629" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".4628", ptr %".4629", align 2
  br label %"return"
pptp_d1.to_ppp:
  %".4632" = getelementptr i8, ptr %"keys.152", i64 2
  %".4633" = trunc i64 %"end.10" to i16
  store volatile i16 %".4633", ptr %".4632", align 2
  %".4635" = load volatile i16, ptr %".4632", align 2
  %".4636" = zext i16 %".4635" to i64
  %"cursor.278" = and i64 %".4636", 16383
  br label %"ppp_d1"
ppp_d1:
  %"cursor.277" = phi  i64 [%"cursor.278", %"pptp_d1.to_ppp"]
  %"data.153" = phi  ptr [%"data.152", %"pptp_d1.to_ppp"]
  %"data_end.153" = phi  ptr [%"data_end.152", %"pptp_d1.to_ppp"]
  %"keys.153" = phi  ptr [%"keys.152", %"pptp_d1.to_ppp"]
  %"hdr.45" = getelementptr i8, ptr %"data.153", i64 %"cursor.277"
  %".5501" = getelementptr i8, ptr %"hdr.45", i64 4
  %".5502" = icmp ugt ptr %".5501", %"data_end.153"
  br i1 %".5502", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5504" = getelementptr i8, ptr %"hdr.45", i64 2
  %".5505" = load i16, ptr %".5504", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.21" = phi  i16 [%".5505", %"ppp_d1.linear"], [%".5524", %"ppp_d1.copy_failed.endif"]
  %"data.171" = phi  ptr [%"data.153", %"ppp_d1.linear"], [%"data.170", %"ppp_d1.copy_failed.endif"]
  %"data_end.171" = phi  ptr [%"data_end.153", %"ppp_d1.linear"], [%"data_end.170", %"ppp_d1.copy_failed.endif"]
  %"keys.171" = phi  ptr [%"keys.153", %"ppp_d1.linear"], [%"keys.170", %"ppp_d1.copy_failed.endif"]
  %".5526" = add i64 %"cursor.277", 4
  %".5527" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5528" = zext i16 %".5527" to i64
  switch i64 %".5528", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4646" = trunc i64 %"cursor.170" to i32
  %".4647" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4646", [40 x i8]* %"header_copy", i32 2)
  %".4648" = icmp eq i64 %".4647", 0
  %".4649" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4650" = load i32, ptr %".4649", align 4
  %".4651" = zext i32 %".4650" to i64
  %"data.154" = inttoptr i64 %".4651" to ptr
  %".4652" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4653" = load i32, ptr %".4652", align 4
  %".4654" = zext i32 %".4653" to i64
  %"data_end.154" = inttoptr i64 %".4654" to ptr
  %".4655" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.154" = load ptr, ptr %".4655", align 8
  %".4656" = xor i1 %".4648", -1
  br i1 %".4656", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".4658" = trunc i64 %"cursor.170" to i16
  %".4659" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".4658", ptr %".4659", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".4662" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4663" = load volatile i8, [40 x i8]* %".4662", align 1
  %".4664" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4665" = load volatile i8, [40 x i8]* %".4664", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.copy_last_byte:
  %".4681" = add i64 %"cursor.170", %".4675"
  %".4682" = sub i64 %".4681", 1
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4683" = trunc i64 %".4682" to i32
  %".4684" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".4683", i64* %"last_byte", i32 1)
  %".4685" = icmp eq i64 %".4684", 0
  %".4686" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4687" = load i32, ptr %".4686", align 4
  %".4688" = zext i32 %".4687" to i64
  %"data.156" = inttoptr i64 %".4688" to ptr
  %".4689" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4690" = load i32, ptr %".4689", align 4
  %".4691" = zext i32 %".4690" to i64
  %"data_end.156" = inttoptr i64 %".4691" to ptr
  %".4692" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.156" = load ptr, ptr %".4692", align 8
  %".4693" = xor i1 %".4685", -1
  br i1 %".4693", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed:
  %".4695" = trunc i64 %".4676" to i16
  %".4696" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".4695", ptr %".4696", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext2.variable_part"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".4702" = trunc i64 %"end.11" to i16
  %".4703" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4702", ptr %".4703", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  %".4706" = getelementptr i8, ptr %"keys.157", i64 2
  %".4707" = trunc i64 %"end.11" to i16
  store volatile i16 %".4707", ptr %".4706", align 2
  %".4709" = load volatile i16, ptr %".4706", align 2
  %".4710" = zext i16 %".4709" to i64
  %"cursor.280" = and i64 %".4710", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  %".4712" = getelementptr i8, ptr %"keys.157", i64 2
  %".4713" = trunc i64 %"end.11" to i16
  store volatile i16 %".4713", ptr %".4712", align 2
  %".4715" = load volatile i16, ptr %".4712", align 2
  %".4716" = zext i16 %".4715" to i64
  %"cursor.281" = and i64 %".4716", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  %".4718" = getelementptr i8, ptr %"keys.157", i64 2
  %".4719" = trunc i64 %"end.11" to i16
  store volatile i16 %".4719", ptr %".4718", align 2
  %".4721" = load volatile i16, ptr %".4718", align 2
  %".4722" = zext i16 %".4721" to i64
  %"cursor.282" = and i64 %".4722", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  %".4724" = getelementptr i8, ptr %"keys.157", i64 2
  %".4725" = trunc i64 %"end.11" to i16
  store volatile i16 %".4725", ptr %".4724", align 2
  %".4727" = load volatile i16, ptr %".4724", align 2
  %".4728" = zext i16 %".4727" to i64
  %"cursor.284" = and i64 %".4728", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  %".4730" = getelementptr i8, ptr %"keys.157", i64 2
  %".4731" = trunc i64 %"end.11" to i16
  store volatile i16 %".4731", ptr %".4730", align 2
  %".4733" = load volatile i16, ptr %".4730", align 2
  %".4734" = zext i16 %".4733" to i64
  %"cursor.285" = and i64 %".4734", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  %".4736" = getelementptr i8, ptr %"keys.157", i64 2
  %".4737" = trunc i64 %"end.11" to i16
  store volatile i16 %".4737", ptr %".4736", align 2
  %".4739" = load volatile i16, ptr %".4736", align 2
  %".4740" = zext i16 %".4739" to i64
  %"cursor.286" = and i64 %".4740", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  %".4742" = getelementptr i8, ptr %"keys.157", i64 2
  %".4743" = trunc i64 %"end.11" to i16
  store volatile i16 %".4743", ptr %".4742", align 2
  %".4745" = load volatile i16, ptr %".4742", align 2
  %".4746" = zext i16 %".4745" to i64
  %"cursor.287" = and i64 %".4746", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre_version:
  %".4748" = getelementptr i8, ptr %"keys.157", i64 2
  %".4749" = trunc i64 %"end.11" to i16
  store volatile i16 %".4749", ptr %".4748", align 2
  %".4751" = load volatile i16, ptr %".4748", align 2
  %".4752" = zext i16 %".4751" to i64
  %"cursor.288" = and i64 %".4752", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  %".4754" = getelementptr i8, ptr %"keys.157", i64 2
  %".4755" = trunc i64 %"end.11" to i16
  store volatile i16 %".4755", ptr %".4754", align 2
  %".4757" = load volatile i16, ptr %".4754", align 2
  %".4758" = zext i16 %".4757" to i64
  %"cursor.289" = and i64 %".4758", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  %".4760" = getelementptr i8, ptr %"keys.157", i64 2
  %".4761" = trunc i64 %"end.11" to i16
  store volatile i16 %".4761", ptr %".4760", align 2
  %".4763" = load volatile i16, ptr %".4760", align 2
  %".4764" = zext i16 %".4763" to i64
  %"cursor.290" = and i64 %".4764", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  %".4766" = getelementptr i8, ptr %"keys.157", i64 2
  %".4767" = trunc i64 %"end.11" to i16
  store volatile i16 %".4767", ptr %".4766", align 2
  %".4769" = load volatile i16, ptr %".4766", align 2
  %".4770" = zext i16 %".4769" to i64
  %"cursor.291" = and i64 %".4770", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  %".4772" = getelementptr i8, ptr %"keys.157", i64 2
  %".4773" = trunc i64 %"end.11" to i16
  store volatile i16 %".4773", ptr %".4772", align 2
  %".4775" = load volatile i16, ptr %".4772", align 2
  %".4776" = zext i16 %".4775" to i64
  %"cursor.292" = and i64 %".4776", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  %".4778" = getelementptr i8, ptr %"keys.157", i64 2
  %".4779" = trunc i64 %"end.11" to i16
  store volatile i16 %".4779", ptr %".4778", align 2
  %".4781" = load volatile i16, ptr %".4778", align 2
  %".4782" = zext i16 %".4781" to i64
  %"cursor.293" = and i64 %".4782", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".4784" = trunc i64 34887 to i16
  %".4785" = call i16 @"llvm.bswap.i16"(i16 %".4784")
  %".4786" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4785", ptr %".4786", align 2
  %".4788" = getelementptr i8, ptr %"keys.157", i64 2
  %".4789" = trunc i64 %"end.11" to i16
  store volatile i16 %".4789", ptr %".4788", align 2
  %".4791" = load volatile i16, ptr %".4788", align 2
  %".4792" = zext i16 %".4791" to i64
  %"cursor.294" = and i64 %".4792", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".4794" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4794", align 1
  %".4796" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.54" = load volatile i32, ptr %".4796", align 4
  %".4797" = and i32 %"flags.54", 4
  %".4798" = icmp ne i32 %".4797", 0
  br i1 %".4798", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".4808" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4808", align 1
  %".4810" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.55" = load volatile i32, ptr %".4810", align 4
  %".4811" = and i32 %"flags.55", 4
  %".4812" = icmp ne i32 %".4811", 0
  br i1 %".4812", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.279" = phi  i64 [%"cursor.280", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.281", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.282", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.295", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.296", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.297", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data.158" = phi  ptr [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.158" = phi  ptr [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.158" = phi  ptr [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.46" = getelementptr i8, ptr %"data.158", i64 %"cursor.279"
  %".5591" = getelementptr i8, ptr %"hdr.46", i64 2
  %".5592" = icmp ugt ptr %".5591", %"data_end.158"
  br i1 %".5592", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5594" = getelementptr i8, ptr %"hdr.46", i64 0
  %".5595" = load i8, ptr %".5594", align 1
  %".5596" = getelementptr i8, ptr %"hdr.46", i64 1
  %".5597" = load i8, ptr %".5596", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.22" = phi  i8 [%".5595", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5616", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5597", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5618", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.173" = phi  ptr [%"data.158", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.172", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.173" = phi  ptr [%"data_end.158", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.173" = phi  ptr [%"keys.158", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5620" = zext i8 %"w0_1.22" to i64
  %".5621" = trunc i64 %".5620" to i8
  %".5622" = getelementptr i8, ptr %"keys.173", i64 9
  store i8 %".5621", ptr %".5622", align 1
  %".5624" = add i64 %"cursor.279", 2
  %".5625" = zext i8 %"w1_1.15" to i64
  %".5626" = mul i64 %".5625", 8
  %".5627" = add i64 %".5626", 6
  %".5628" = add i64 %".5627", 2
  %".5629" = add i64 %"cursor.279", %".5628"
  %".5630" = getelementptr i8, ptr %"data.173", i64 %"cursor.279"
  %".5631" = getelementptr i8, ptr %".5630", i64 %".5628"
  %".5632" = icmp ugt ptr %".5631", %"data_end.173"
  br i1 %".5632", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext3.variable_part:
  %"data.175" = phi  ptr [%"data.173", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data.174", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.175" = phi  ptr [%"data_end.173", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data_end.174", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.175" = phi  ptr [%"keys.173", %"ipv6_opts_d1_ipv6_ext3.header"], [%"keys.174", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.13" = add i64 %"cursor.279", %".5628"
  %".5653" = zext i8 %"w0_1.22" to i64
  switch i64 %".5653", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.283" = phi  i64 [%"cursor.284", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"cursor.298", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data.159" = phi  ptr [%"data.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data_end.159" = phi  ptr [%"data_end.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"keys.159" = phi  ptr [%"keys.157", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"hdr.47" = getelementptr i8, ptr %"data.159", i64 %"cursor.283"
  %".5767" = getelementptr i8, ptr %"hdr.47", i64 8
  %".5768" = icmp ugt ptr %".5767", %"data_end.159"
  br i1 %".5768", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5770" = getelementptr i8, ptr %"hdr.47", i64 0
  %".5771" = load i8, ptr %".5770", align 1
  %".5772" = getelementptr i8, ptr %"hdr.47", i64 2
  %".5773" = load i16, ptr %".5772", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5771", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5792", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.22" = phi  i16 [%".5773", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5794", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.177" = phi  ptr [%"data.159", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.176", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.177" = phi  ptr [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.177" = phi  ptr [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5796" = zext i8 %"w0_1.23" to i64
  %".5797" = trunc i64 %".5796" to i8
  %".5798" = getelementptr i8, ptr %"keys.177", i64 9
  store i8 %".5797", ptr %".5798", align 1
  %".5800" = add i64 %"cursor.283", 8
  %".5801" = icmp ne i64 1, 0
  %".5802" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".5803" = zext i16 %".5802" to i64
  %".5804" = and i64 %".5803", 65528
  %".5805" = icmp eq i64 %".5804", 0
  br i1 %".5801", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".4800" = trunc i64 %"end.11" to i16
  %".4801" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4800", ptr %".4801", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".4804" = trunc i64 %"end.11" to i16
  %".4805" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4804", ptr %".4805", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".4814" = trunc i64 %"end.11" to i16
  %".4815" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4814", ptr %".4815", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4818" = trunc i64 %"end.11" to i16
  %".4819" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4818", ptr %".4819", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4830" = trunc i64 %"cursor.174" to i32
  %".4831" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".4830", [40 x i8]* %"header_copy", i32 8)
  %".4832" = icmp eq i64 %".4831", 0
  %".4833" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4834" = load i32, ptr %".4833", align 4
  %".4835" = zext i32 %".4834" to i64
  %"data.160" = inttoptr i64 %".4835" to ptr
  %".4836" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4837" = load i32, ptr %".4836", align 4
  %".4838" = zext i32 %".4837" to i64
  %"data_end.160" = inttoptr i64 %".4838" to ptr
  %".4839" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.160" = load ptr, ptr %".4839", align 8
  %".4840" = xor i1 %".4832", -1
  br i1 %".4840", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".4842" = trunc i64 %"cursor.174" to i16
  %".4843" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".4842", ptr %".4843", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".4846" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4847" = load volatile i8, [40 x i8]* %".4846", align 1
  %".4848" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4849" = load volatile i16, [40 x i8]* %".4848", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".4862" = getelementptr i8, ptr %"keys.161", i64 6
  store i8 1, ptr %".4862", align 1
  br i1 %".4860", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".4882" = zext i8 %"w0_1.19" to i64
  switch i64 %".4882", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".4865" = getelementptr i8, ptr %"keys.161", i64 7
  store i8 1, ptr %".4865", align 1
  %".4867" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.56" = load volatile i32, ptr %".4867", align 4
  %".4868" = and i32 %"flags.56", 1
  %".4869" = icmp ne i32 %".4868", 0
  %".4870" = xor i1 %".4869", -1
  br i1 %".4870", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".4877" = trunc i64 %".4855" to i16
  %".4878" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4877", ptr %".4878", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".4872" = trunc i64 %".4855" to i16
  %".4873" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4872", ptr %".4873", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".4884" = trunc i64 %".4855" to i16
  %".4885" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4884", ptr %".4885", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  %".4888" = getelementptr i8, ptr %"keys.161", i64 2
  %".4889" = trunc i64 %".4855" to i16
  store volatile i16 %".4889", ptr %".4888", align 2
  %".4891" = load volatile i16, ptr %".4888", align 2
  %".4892" = zext i16 %".4891" to i64
  %"cursor.295" = and i64 %".4892", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  %".4894" = getelementptr i8, ptr %"keys.161", i64 2
  %".4895" = trunc i64 %".4855" to i16
  store volatile i16 %".4895", ptr %".4894", align 2
  %".4897" = load volatile i16, ptr %".4894", align 2
  %".4898" = zext i16 %".4897" to i64
  %"cursor.296" = and i64 %".4898", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  %".4900" = getelementptr i8, ptr %"keys.161", i64 2
  %".4901" = trunc i64 %".4855" to i16
  store volatile i16 %".4901", ptr %".4900", align 2
  %".4903" = load volatile i16, ptr %".4900", align 2
  %".4904" = zext i16 %".4903" to i64
  %"cursor.297" = and i64 %".4904", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  %".4906" = getelementptr i8, ptr %"keys.161", i64 2
  %".4907" = trunc i64 %".4855" to i16
  store volatile i16 %".4907", ptr %".4906", align 2
  %".4909" = load volatile i16, ptr %".4906", align 2
  %".4910" = zext i16 %".4909" to i64
  %"cursor.298" = and i64 %".4910", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  %".4912" = getelementptr i8, ptr %"keys.161", i64 2
  %".4913" = trunc i64 %".4855" to i16
  store volatile i16 %".4913", ptr %".4912", align 2
  %".4915" = load volatile i16, ptr %".4912", align 2
  %".4916" = zext i16 %".4915" to i64
  %"cursor.299" = and i64 %".4916", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  %".4918" = getelementptr i8, ptr %"keys.161", i64 2
  %".4919" = trunc i64 %".4855" to i16
  store volatile i16 %".4919", ptr %".4918", align 2
  %".4921" = load volatile i16, ptr %".4918", align 2
  %".4922" = zext i16 %".4921" to i64
  %"cursor.300" = and i64 %".4922", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  %".4924" = getelementptr i8, ptr %"keys.161", i64 2
  %".4925" = trunc i64 %".4855" to i16
  store volatile i16 %".4925", ptr %".4924", align 2
  %".4927" = load volatile i16, ptr %".4924", align 2
  %".4928" = zext i16 %".4927" to i64
  %"cursor.301" = and i64 %".4928", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre_version:
  %".4930" = getelementptr i8, ptr %"keys.161", i64 2
  %".4931" = trunc i64 %".4855" to i16
  store volatile i16 %".4931", ptr %".4930", align 2
  %".4933" = load volatile i16, ptr %".4930", align 2
  %".4934" = zext i16 %".4933" to i64
  %"cursor.302" = and i64 %".4934", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  %".4936" = getelementptr i8, ptr %"keys.161", i64 2
  %".4937" = trunc i64 %".4855" to i16
  store volatile i16 %".4937", ptr %".4936", align 2
  %".4939" = load volatile i16, ptr %".4936", align 2
  %".4940" = zext i16 %".4939" to i64
  %"cursor.303" = and i64 %".4940", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  %".4942" = getelementptr i8, ptr %"keys.161", i64 2
  %".4943" = trunc i64 %".4855" to i16
  store volatile i16 %".4943", ptr %".4942", align 2
  %".4945" = load volatile i16, ptr %".4942", align 2
  %".4946" = zext i16 %".4945" to i64
  %"cursor.304" = and i64 %".4946", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  %".4948" = getelementptr i8, ptr %"keys.161", i64 2
  %".4949" = trunc i64 %".4855" to i16
  store volatile i16 %".4949", ptr %".4948", align 2
  %".4951" = load volatile i16, ptr %".4948", align 2
  %".4952" = zext i16 %".4951" to i64
  %"cursor.305" = and i64 %".4952", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  %".4954" = getelementptr i8, ptr %"keys.161", i64 2
  %".4955" = trunc i64 %".4855" to i16
  store volatile i16 %".4955", ptr %".4954", align 2
  %".4957" = load volatile i16, ptr %".4954", align 2
  %".4958" = zext i16 %".4957" to i64
  %"cursor.306" = and i64 %".4958", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  %".4960" = getelementptr i8, ptr %"keys.161", i64 2
  %".4961" = trunc i64 %".4855" to i16
  store volatile i16 %".4961", ptr %".4960", align 2
  %".4963" = load volatile i16, ptr %".4960", align 2
  %".4964" = zext i16 %".4963" to i64
  %"cursor.307" = and i64 %".4964", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".4966" = trunc i64 34887 to i16
  %".4967" = call i16 @"llvm.bswap.i16"(i16 %".4966")
  %".4968" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4967", ptr %".4968", align 2
  %".4970" = getelementptr i8, ptr %"keys.161", i64 2
  %".4971" = trunc i64 %".4855" to i16
  store volatile i16 %".4971", ptr %".4970", align 2
  %".4973" = load volatile i16, ptr %".4970", align 2
  %".4974" = zext i16 %".4973" to i64
  %"cursor.308" = and i64 %".4974", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".4976" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4976", align 1
  %".4978" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.57" = load volatile i32, ptr %".4978", align 4
  %".4979" = and i32 %"flags.57", 4
  %".4980" = icmp ne i32 %".4979", 0
  br i1 %".4980", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".4990" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4990", align 1
  %".4992" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.58" = load volatile i32, ptr %".4992", align 4
  %".4993" = and i32 %"flags.58", 4
  %".4994" = icmp ne i32 %".4993", 0
  br i1 %".4994", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".4982" = trunc i64 %".4855" to i16
  %".4983" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4982", ptr %".4983", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".4986" = trunc i64 %".4855" to i16
  %".4987" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4986", ptr %".4987", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".4996" = trunc i64 %".4855" to i16
  %".4997" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4996", ptr %".4997", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5000" = trunc i64 %".4855" to i16
  %".5001" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5000", ptr %".5001", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5012" = trunc i64 %"cursor.200" to i32
  %".5013" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".5012", [40 x i8]* %"header_copy", i32 2)
  %".5014" = icmp eq i64 %".5013", 0
  %".5015" = getelementptr i8, ptr %"ctx.55", i64 76
  %".5016" = load i32, ptr %".5015", align 4
  %".5017" = zext i32 %".5016" to i64
  %"data.162" = inttoptr i64 %".5017" to ptr
  %".5018" = getelementptr i8, ptr %"ctx.55", i64 80
  %".5019" = load i32, ptr %".5018", align 4
  %".5020" = zext i32 %".5019" to i64
  %"data_end.162" = inttoptr i64 %".5020" to ptr
  %".5021" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.162" = load ptr, ptr %".5021", align 8
  %".5022" = xor i1 %".5014", -1
  br i1 %".5022", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5024" = trunc i64 %"cursor.200" to i16
  %".5025" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".5024", ptr %".5025", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5028" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5029" = load volatile i8, [40 x i8]* %".5028", align 1
  %".5030" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5031" = load volatile i8, [40 x i8]* %".5030", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.copy_last_byte:
  %".5047" = add i64 %"cursor.200", %".5041"
  %".5048" = sub i64 %".5047", 1
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5049" = trunc i64 %".5048" to i32
  %".5050" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".5049", i64* %"last_byte", i32 1)
  %".5051" = icmp eq i64 %".5050", 0
  %".5052" = getelementptr i8, ptr %"ctx.56", i64 76
  %".5053" = load i32, ptr %".5052", align 4
  %".5054" = zext i32 %".5053" to i64
  %"data.164" = inttoptr i64 %".5054" to ptr
  %".5055" = getelementptr i8, ptr %"ctx.56", i64 80
  %".5056" = load i32, ptr %".5055", align 4
  %".5057" = zext i32 %".5056" to i64
  %"data_end.164" = inttoptr i64 %".5057" to ptr
  %".5058" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.164" = load ptr, ptr %".5058", align 8
  %".5059" = xor i1 %".5051", -1
  br i1 %".5059", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed:
  %".5061" = trunc i64 %".5042" to i16
  %".5062" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".5061", ptr %".5062", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext3.variable_part"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5068" = trunc i64 %"end.12" to i16
  %".5069" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5068", ptr %".5069", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".5072" = trunc i64 %"end.12" to i16
  %".5073" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5072", ptr %".5073", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5076" = trunc i64 %"end.12" to i16
  %".5077" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5076", ptr %".5077", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5080" = trunc i64 %"end.12" to i16
  %".5081" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5080", ptr %".5081", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5084" = trunc i64 %"end.12" to i16
  %".5085" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5084", ptr %".5085", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  %".5088" = getelementptr i8, ptr %"keys.165", i64 2
  %".5089" = trunc i64 %"end.12" to i16
  store volatile i16 %".5089", ptr %".5088", align 2
  %".5091" = load volatile i16, ptr %".5088", align 2
  %".5092" = zext i16 %".5091" to i64
  %"cursor.309" = and i64 %".5092", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  %".5094" = getelementptr i8, ptr %"keys.165", i64 2
  %".5095" = trunc i64 %"end.12" to i16
  store volatile i16 %".5095", ptr %".5094", align 2
  %".5097" = load volatile i16, ptr %".5094", align 2
  %".5098" = zext i16 %".5097" to i64
  %"cursor.310" = and i64 %".5098", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  %".5100" = getelementptr i8, ptr %"keys.165", i64 2
  %".5101" = trunc i64 %"end.12" to i16
  store volatile i16 %".5101", ptr %".5100", align 2
  %".5103" = load volatile i16, ptr %".5100", align 2
  %".5104" = zext i16 %".5103" to i64
  %"cursor.311" = and i64 %".5104", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre_version:
  %".5106" = getelementptr i8, ptr %"keys.165", i64 2
  %".5107" = trunc i64 %"end.12" to i16
  store volatile i16 %".5107", ptr %".5106", align 2
  %".5109" = load volatile i16, ptr %".5106", align 2
  %".5110" = zext i16 %".5109" to i64
  %"cursor.312" = and i64 %".5110", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  %".5112" = getelementptr i8, ptr %"keys.165", i64 2
  %".5113" = trunc i64 %"end.12" to i16
  store volatile i16 %".5113", ptr %".5112", align 2
  %".5115" = load volatile i16, ptr %".5112", align 2
  %".5116" = zext i16 %".5115" to i64
  %"cursor.313" = and i64 %".5116", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  %".5118" = getelementptr i8, ptr %"keys.165", i64 2
  %".5119" = trunc i64 %"end.12" to i16
  store volatile i16 %".5119", ptr %".5118", align 2
  %".5121" = load volatile i16, ptr %".5118", align 2
  %".5122" = zext i16 %".5121" to i64
  %"cursor.314" = and i64 %".5122", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  %".5124" = getelementptr i8, ptr %"keys.165", i64 2
  %".5125" = trunc i64 %"end.12" to i16
  store volatile i16 %".5125", ptr %".5124", align 2
  %".5127" = load volatile i16, ptr %".5124", align 2
  %".5128" = zext i16 %".5127" to i64
  %"cursor.315" = and i64 %".5128", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  %".5130" = getelementptr i8, ptr %"keys.165", i64 2
  %".5131" = trunc i64 %"end.12" to i16
  store volatile i16 %".5131", ptr %".5130", align 2
  %".5133" = load volatile i16, ptr %".5130", align 2
  %".5134" = zext i16 %".5133" to i64
  %"cursor.316" = and i64 %".5134", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  %".5136" = getelementptr i8, ptr %"keys.165", i64 2
  %".5137" = trunc i64 %"end.12" to i16
  store volatile i16 %".5137", ptr %".5136", align 2
  %".5139" = load volatile i16, ptr %".5136", align 2
  %".5140" = zext i16 %".5139" to i64
  %"cursor.317" = and i64 %".5140", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5142" = trunc i64 34887 to i16
  %".5143" = call i16 @"llvm.bswap.i16"(i16 %".5142")
  %".5144" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".5143", ptr %".5144", align 2
  %".5146" = getelementptr i8, ptr %"keys.165", i64 2
  %".5147" = trunc i64 %"end.12" to i16
  store volatile i16 %".5147", ptr %".5146", align 2
  %".5149" = load volatile i16, ptr %".5146", align 2
  %".5150" = zext i16 %".5149" to i64
  %"cursor.318" = and i64 %".5150", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5152" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".5152", align 1
  %".5154" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.59" = load volatile i32, ptr %".5154", align 4
  %".5155" = and i32 %"flags.59", 4
  %".5156" = icmp ne i32 %".5155", 0
  br i1 %".5156", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5168" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".5168", align 1
  %".5170" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.60" = load volatile i32, ptr %".5170", align 4
  %".5171" = and i32 %"flags.60", 4
  %".5172" = icmp ne i32 %".5171", 0
  br i1 %".5172", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5158" = trunc i64 %"end.12" to i16
  %".5159" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5158", ptr %".5159", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5162" = getelementptr i8, ptr %"keys.165", i64 2
  %".5163" = trunc i64 %"end.12" to i16
  store volatile i16 %".5163", ptr %".5162", align 2
  %".5165" = load volatile i16, ptr %".5162", align 2
  %".5166" = zext i16 %".5165" to i64
  %"cursor.319" = and i64 %".5166", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5174" = trunc i64 %"end.12" to i16
  %".5175" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5174", ptr %".5175", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5178" = getelementptr i8, ptr %"keys.165", i64 2
  %".5179" = trunc i64 %"end.12" to i16
  store volatile i16 %".5179", ptr %".5178", align 2
  %".5181" = load volatile i16, ptr %".5178", align 2
  %".5182" = zext i16 %".5181" to i64
  %"cursor.320" = and i64 %".5182", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5192" = trunc i64 %"cursor.202" to i32
  %".5193" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".5192", [40 x i8]* %"header_copy", i32 8)
  %".5194" = icmp eq i64 %".5193", 0
  %".5195" = getelementptr i8, ptr %"ctx.57", i64 76
  %".5196" = load i32, ptr %".5195", align 4
  %".5197" = zext i32 %".5196" to i64
  %"data.166" = inttoptr i64 %".5197" to ptr
  %".5198" = getelementptr i8, ptr %"ctx.57", i64 80
  %".5199" = load i32, ptr %".5198", align 4
  %".5200" = zext i32 %".5199" to i64
  %"data_end.166" = inttoptr i64 %".5200" to ptr
  %".5201" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.166" = load ptr, ptr %".5201", align 8
  %".5202" = xor i1 %".5194", -1
  br i1 %".5202", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5204" = trunc i64 %"cursor.202" to i16
  %".5205" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".5204", ptr %".5205", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5208" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5209" = load volatile i8, [40 x i8]* %".5208", align 1
  %".5210" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5211" = load volatile i16, [40 x i8]* %".5210", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5224" = getelementptr i8, ptr %"keys.167", i64 6
  store i8 1, ptr %".5224", align 1
  br i1 %".5222", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5244" = zext i8 %"w0_1.21" to i64
  switch i64 %".5244", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5227" = getelementptr i8, ptr %"keys.167", i64 7
  store i8 1, ptr %".5227", align 1
  %".5229" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.61" = load volatile i32, ptr %".5229", align 4
  %".5230" = and i32 %"flags.61", 1
  %".5231" = icmp ne i32 %".5230", 0
  %".5232" = xor i1 %".5231", -1
  br i1 %".5232", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5239" = trunc i64 %".5217" to i16
  %".5240" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".5239", ptr %".5240", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5234" = trunc i64 %".5217" to i16
  %".5235" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".5234", ptr %".5235", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5246" = trunc i64 %".5217" to i16
  %".5247" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".5246", ptr %".5247", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".5250" = trunc i64 %".5217" to i16
  %".5251" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".5250", ptr %".5251", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5254" = trunc i64 %".5217" to i16
  %".5255" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".5254", ptr %".5255", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5258" = trunc i64 %".5217" to i16
  %".5259" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".5258", ptr %".5259", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5262" = trunc i64 %".5217" to i16
  %".5263" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".5262", ptr %".5263", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  %".5266" = getelementptr i8, ptr %"keys.167", i64 2
  %".5267" = trunc i64 %".5217" to i16
  store volatile i16 %".5267", ptr %".5266", align 2
  %".5269" = load volatile i16, ptr %".5266", align 2
  %".5270" = zext i16 %".5269" to i64
  %"cursor.321" = and i64 %".5270", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  %".5272" = getelementptr i8, ptr %"keys.167", i64 2
  %".5273" = trunc i64 %".5217" to i16
  store volatile i16 %".5273", ptr %".5272", align 2
  %".5275" = load volatile i16, ptr %".5272", align 2
  %".5276" = zext i16 %".5275" to i64
  %"cursor.322" = and i64 %".5276", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  %".5278" = getelementptr i8, ptr %"keys.167", i64 2
  %".5279" = trunc i64 %".5217" to i16
  store volatile i16 %".5279", ptr %".5278", align 2
  %".5281" = load volatile i16, ptr %".5278", align 2
  %".5282" = zext i16 %".5281" to i64
  %"cursor.323" = and i64 %".5282", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre_version:
  %".5284" = getelementptr i8, ptr %"keys.167", i64 2
  %".5285" = trunc i64 %".5217" to i16
  store volatile i16 %".5285", ptr %".5284", align 2
  %".5287" = load volatile i16, ptr %".5284", align 2
  %".5288" = zext i16 %".5287" to i64
  %"cursor.324" = and i64 %".5288", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  %".5290" = getelementptr i8, ptr %"keys.167", i64 2
  %".5291" = trunc i64 %".5217" to i16
  store volatile i16 %".5291", ptr %".5290", align 2
  %".5293" = load volatile i16, ptr %".5290", align 2
  %".5294" = zext i16 %".5293" to i64
  %"cursor.325" = and i64 %".5294", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  %".5296" = getelementptr i8, ptr %"keys.167", i64 2
  %".5297" = trunc i64 %".5217" to i16
  store volatile i16 %".5297", ptr %".5296", align 2
  %".5299" = load volatile i16, ptr %".5296", align 2
  %".5300" = zext i16 %".5299" to i64
  %"cursor.326" = and i64 %".5300", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  %".5302" = getelementptr i8, ptr %"keys.167", i64 2
  %".5303" = trunc i64 %".5217" to i16
  store volatile i16 %".5303", ptr %".5302", align 2
  %".5305" = load volatile i16, ptr %".5302", align 2
  %".5306" = zext i16 %".5305" to i64
  %"cursor.327" = and i64 %".5306", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  %".5308" = getelementptr i8, ptr %"keys.167", i64 2
  %".5309" = trunc i64 %".5217" to i16
  store volatile i16 %".5309", ptr %".5308", align 2
  %".5311" = load volatile i16, ptr %".5308", align 2
  %".5312" = zext i16 %".5311" to i64
  %"cursor.328" = and i64 %".5312", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  %".5314" = getelementptr i8, ptr %"keys.167", i64 2
  %".5315" = trunc i64 %".5217" to i16
  store volatile i16 %".5315", ptr %".5314", align 2
  %".5317" = load volatile i16, ptr %".5314", align 2
  %".5318" = zext i16 %".5317" to i64
  %"cursor.329" = and i64 %".5318", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5320" = trunc i64 34887 to i16
  %".5321" = call i16 @"llvm.bswap.i16"(i16 %".5320")
  %".5322" = getelementptr i8, ptr %"keys.167", i64 10
  store i16 %".5321", ptr %".5322", align 2
  %".5324" = getelementptr i8, ptr %"keys.167", i64 2
  %".5325" = trunc i64 %".5217" to i16
  store volatile i16 %".5325", ptr %".5324", align 2
  %".5327" = load volatile i16, ptr %".5324", align 2
  %".5328" = zext i16 %".5327" to i64
  %"cursor.330" = and i64 %".5328", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5330" = getelementptr i8, ptr %"keys.167", i64 8
  store i8 1, ptr %".5330", align 1
  %".5332" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.62" = load volatile i32, ptr %".5332", align 4
  %".5333" = and i32 %"flags.62", 4
  %".5334" = icmp ne i32 %".5333", 0
  br i1 %".5334", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5346" = getelementptr i8, ptr %"keys.167", i64 8
  store i8 1, ptr %".5346", align 1
  %".5348" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.63" = load volatile i32, ptr %".5348", align 4
  %".5349" = and i32 %"flags.63", 4
  %".5350" = icmp ne i32 %".5349", 0
  br i1 %".5350", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5336" = trunc i64 %".5217" to i16
  %".5337" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".5336", ptr %".5337", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5340" = getelementptr i8, ptr %"keys.167", i64 2
  %".5341" = trunc i64 %".5217" to i16
  store volatile i16 %".5341", ptr %".5340", align 2
  %".5343" = load volatile i16, ptr %".5340", align 2
  %".5344" = zext i16 %".5343" to i64
  %"cursor.331" = and i64 %".5344", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5352" = trunc i64 %".5217" to i16
  %".5353" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".5352", ptr %".5353", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5356" = getelementptr i8, ptr %"keys.167", i64 2
  %".5357" = trunc i64 %".5217" to i16
  store volatile i16 %".5357", ptr %".5356", align 2
  %".5359" = load volatile i16, ptr %".5356", align 2
  %".5360" = zext i16 %".5359" to i64
  %"cursor.332" = and i64 %".5360", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5368" = trunc i64 %"cursor.232" to i32
  %".5369" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".5368", [40 x i8]* %"header_copy", i32 4)
  %".5370" = icmp eq i64 %".5369", 0
  %".5371" = getelementptr i8, ptr %"ctx.58", i64 76
  %".5372" = load i32, ptr %".5371", align 4
  %".5373" = zext i32 %".5372" to i64
  %"data.168" = inttoptr i64 %".5373" to ptr
  %".5374" = getelementptr i8, ptr %"ctx.58", i64 80
  %".5375" = load i32, ptr %".5374", align 4
  %".5376" = zext i32 %".5375" to i64
  %"data_end.168" = inttoptr i64 %".5376" to ptr
  %".5377" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.168" = load ptr, ptr %".5377", align 8
  %".5378" = xor i1 %".5370", -1
  br i1 %".5378", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".5380" = trunc i64 %"cursor.232" to i16
  %".5381" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".5380", ptr %".5381", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".5384" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5385" = load volatile i16, [40 x i8]* %".5384", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".5400" = trunc i64 %".5393" to i16
  %".5401" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".5400", ptr %".5401", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  %".5404" = getelementptr i8, ptr %"keys.169", i64 2
  %".5405" = trunc i64 %".5393" to i16
  store volatile i16 %".5405", ptr %".5404", align 2
  %".5407" = load volatile i16, ptr %".5404", align 2
  %".5408" = zext i16 %".5407" to i64
  %"cursor.333" = and i64 %".5408", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  %".5410" = getelementptr i8, ptr %"keys.169", i64 2
  %".5411" = trunc i64 %".5393" to i16
  store volatile i16 %".5411", ptr %".5410", align 2
  %".5413" = load volatile i16, ptr %".5410", align 2
  %".5414" = zext i16 %".5413" to i64
  %"cursor.334" = and i64 %".5414", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".5416" = trunc i64 %".5393" to i16
  %".5417" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".5416", ptr %".5417", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".5420" = trunc i64 %".5393" to i16
  %".5421" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".5420", ptr %".5421", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  %".5424" = getelementptr i8, ptr %"keys.169", i64 2
  %".5425" = trunc i64 %".5393" to i16
  store volatile i16 %".5425", ptr %".5424", align 2
  %".5427" = load volatile i16, ptr %".5424", align 2
  %".5428" = zext i16 %".5427" to i64
  %"cursor.335" = and i64 %".5428", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  %".5430" = getelementptr i8, ptr %"keys.169", i64 2
  %".5431" = trunc i64 %".5393" to i16
  store volatile i16 %".5431", ptr %".5430", align 2
  %".5433" = load volatile i16, ptr %".5430", align 2
  %".5434" = zext i16 %".5433" to i64
  %"cursor.336" = and i64 %".5434", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  %".5436" = getelementptr i8, ptr %"keys.169", i64 2
  %".5437" = trunc i64 %".5393" to i16
  store volatile i16 %".5437", ptr %".5436", align 2
  %".5439" = load volatile i16, ptr %".5436", align 2
  %".5440" = zext i16 %".5439" to i64
  %"cursor.337" = and i64 %".5440", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2.to_arp:
  %".5442" = getelementptr i8, ptr %"keys.169", i64 2
  %".5443" = trunc i64 %".5393" to i16
  store volatile i16 %".5443", ptr %".5442", align 2
  %".5445" = load volatile i16, ptr %".5442", align 2
  %".5446" = zext i16 %".5445" to i64
  %"cursor.338" = and i64 %".5446", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_arp.1:
  %".5448" = getelementptr i8, ptr %"keys.169", i64 2
  %".5449" = trunc i64 %".5393" to i16
  store volatile i16 %".5449", ptr %".5448", align 2
  %".5451" = load volatile i16, ptr %".5448", align 2
  %".5452" = zext i16 %".5451" to i64
  %"cursor.339" = and i64 %".5452", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_ptp:
  %".5454" = getelementptr i8, ptr %"keys.169", i64 2
  %".5455" = trunc i64 %".5393" to i16
  store volatile i16 %".5455", ptr %".5454", align 2
  %".5457" = load volatile i16, ptr %".5454", align 2
  %".5458" = zext i16 %".5457" to i64
  %"cursor.340" = and i64 %".5458", 16383
  br label %"ptp"
vlan_d1_vlan_tags2.to_cfm:
  %".5460" = getelementptr i8, ptr %"keys.169", i64 2
  %".5461" = trunc i64 %".5393" to i16
  store volatile i16 %".5461", ptr %".5460", align 2
  %".5463" = load volatile i16, ptr %".5460", align 2
  %".5464" = zext i16 %".5463" to i64
  %"cursor.341" = and i64 %".5464", 16383
  br label %"cfm"
vlan_d1_vlan_tags2.to_tipc:
  %".5466" = getelementptr i8, ptr %"keys.169", i64 2
  %".5467" = trunc i64 %".5393" to i16
  store volatile i16 %".5467", ptr %".5466", align 2
  %".5469" = load volatile i16, ptr %".5466", align 2
  %".5470" = zext i16 %".5469" to i64
  %"cursor.342" = and i64 %".5470", 16383
  br label %"tipc"
vlan_d1_vlan_tags2.to_fcoe:
  %".5472" = getelementptr i8, ptr %"keys.169", i64 2
  %".5473" = trunc i64 %".5393" to i16
  store volatile i16 %".5473", ptr %".5472", align 2
  %".5475" = load volatile i16, ptr %".5472", align 2
  %".5476" = zext i16 %".5475" to i64
  %"cursor.343" = and i64 %".5476", 16383
  br label %"fcoe"
vlan_d1_vlan_tags2.to_hsr:
  %".5478" = getelementptr i8, ptr %"keys.169", i64 2
  %".5479" = trunc i64 %".5393" to i16
  store volatile i16 %".5479", ptr %".5478", align 2
  %".5481" = load volatile i16, ptr %".5478", align 2
  %".5482" = zext i16 %".5481" to i64
  %"cursor.344" = and i64 %".5482", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags2.to_hsr.1:
  %".5484" = getelementptr i8, ptr %"keys.169", i64 2
  %".5485" = trunc i64 %".5393" to i16
  store volatile i16 %".5485", ptr %".5484", align 2
  %".5487" = load volatile i16, ptr %".5484", align 2
  %".5488" = zext i16 %".5487" to i64
  %"cursor.345" = and i64 %".5488", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags2.to_batadv:
  %".5490" = getelementptr i8, ptr %"keys.169", i64 2
  %".5491" = trunc i64 %".5393" to i16
  store volatile i16 %".5491", ptr %".5490", align 2
  %".5493" = load volatile i16, ptr %".5490", align 2
  %".5494" = zext i16 %".5493" to i64
  %"cursor.346" = and i64 %".5494", 16383
  br label %"batadv_d1"
ppp_d1.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5507" = trunc i64 %"cursor.277" to i32
  %".5508" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".5507", [40 x i8]* %"header_copy", i32 4)
  %".5509" = icmp eq i64 %".5508", 0
  %".5510" = getelementptr i8, ptr %"ctx.59", i64 76
  %".5511" = load i32, ptr %".5510", align 4
  %".5512" = zext i32 %".5511" to i64
  %"data.170" = inttoptr i64 %".5512" to ptr
  %".5513" = getelementptr i8, ptr %"ctx.59", i64 80
  %".5514" = load i32, ptr %".5513", align 4
  %".5515" = zext i32 %".5514" to i64
  %"data_end.170" = inttoptr i64 %".5515" to ptr
  %".5516" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.170" = load ptr, ptr %".5516", align 8
  %".5517" = xor i1 %".5509", -1
  br i1 %".5517", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5519" = trunc i64 %"cursor.277" to i16
  %".5520" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".5519", ptr %".5520", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5523" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5524" = load volatile i16, [40 x i8]* %".5523", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5530" = and i64 %".5528", 0
  %".5531" = icmp eq i64 %".5530", 0
  br i1 %".5531", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".5537" = trunc i64 2048 to i16
  %".5538" = call i16 @"llvm.bswap.i16"(i16 %".5537")
  %".5539" = getelementptr i8, ptr %"keys.171", i64 10
  store i16 %".5538", ptr %".5539", align 2
  %".5541" = getelementptr i8, ptr %"keys.171", i64 8
  store i8 1, ptr %".5541", align 1
  %".5543" = getelementptr i8, ptr %"keys.171", i64 48
  %"flags.64" = load volatile i32, ptr %".5543", align 4
  %".5544" = and i32 %"flags.64", 4
  %".5545" = icmp ne i32 %".5544", 0
  br i1 %".5545", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".5555" = trunc i64 34525 to i16
  %".5556" = call i16 @"llvm.bswap.i16"(i16 %".5555")
  %".5557" = getelementptr i8, ptr %"keys.171", i64 10
  store i16 %".5556", ptr %".5557", align 2
  %".5559" = getelementptr i8, ptr %"keys.171", i64 8
  store i8 1, ptr %".5559", align 1
  %".5561" = getelementptr i8, ptr %"keys.171", i64 48
  %"flags.65" = load volatile i32, ptr %".5561", align 4
  %".5562" = and i32 %"flags.65", 4
  %".5563" = icmp ne i32 %".5562", 0
  br i1 %".5563", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5573" = trunc i64 34827 to i16
  %".5574" = call i16 @"llvm.bswap.i16"(i16 %".5573")
  %".5575" = getelementptr i8, ptr %"keys.171", i64 10
  store i16 %".5574", ptr %".5575", align 2
  %".5577" = getelementptr i8, ptr %"keys.171", i64 8
  store i8 1, ptr %".5577", align 1
  %".5579" = getelementptr i8, ptr %"keys.171", i64 48
  %"flags.66" = load volatile i32, ptr %".5579", align 4
  %".5580" = and i32 %"flags.66", 4
  %".5581" = icmp ne i32 %".5580", 0
  br i1 %".5581", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5533" = trunc i64 %".5526" to i16
  %".5534" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".5533", ptr %".5534", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5547" = trunc i64 %".5526" to i16
  %".5548" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".5547", ptr %".5548", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5551" = trunc i64 %".5526" to i16
  %".5552" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".5551", ptr %".5552", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5565" = trunc i64 %".5526" to i16
  %".5566" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".5565", ptr %".5566", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5569" = trunc i64 %".5526" to i16
  %".5570" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".5569", ptr %".5570", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5583" = trunc i64 %".5526" to i16
  %".5584" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".5583", ptr %".5584", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5587" = trunc i64 %".5526" to i16
  %".5588" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".5587", ptr %".5588", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5599" = trunc i64 %"cursor.279" to i32
  %".5600" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".5599", [40 x i8]* %"header_copy", i32 2)
  %".5601" = icmp eq i64 %".5600", 0
  %".5602" = getelementptr i8, ptr %"ctx.60", i64 76
  %".5603" = load i32, ptr %".5602", align 4
  %".5604" = zext i32 %".5603" to i64
  %"data.172" = inttoptr i64 %".5604" to ptr
  %".5605" = getelementptr i8, ptr %"ctx.60", i64 80
  %".5606" = load i32, ptr %".5605", align 4
  %".5607" = zext i32 %".5606" to i64
  %"data_end.172" = inttoptr i64 %".5607" to ptr
  %".5608" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.172" = load ptr, ptr %".5608", align 8
  %".5609" = xor i1 %".5601", -1
  br i1 %".5609", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5611" = trunc i64 %"cursor.279" to i16
  %".5612" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".5611", ptr %".5612", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5615" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5616" = load volatile i8, [40 x i8]* %".5615", align 1
  %".5617" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5618" = load volatile i8, [40 x i8]* %".5617", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.copy_last_byte:
  %".5634" = add i64 %"cursor.279", %".5628"
  %".5635" = sub i64 %".5634", 1
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5636" = trunc i64 %".5635" to i32
  %".5637" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".5636", i64* %"last_byte", i32 1)
  %".5638" = icmp eq i64 %".5637", 0
  %".5639" = getelementptr i8, ptr %"ctx.61", i64 76
  %".5640" = load i32, ptr %".5639", align 4
  %".5641" = zext i32 %".5640" to i64
  %"data.174" = inttoptr i64 %".5641" to ptr
  %".5642" = getelementptr i8, ptr %"ctx.61", i64 80
  %".5643" = load i32, ptr %".5642", align 4
  %".5644" = zext i32 %".5643" to i64
  %"data_end.174" = inttoptr i64 %".5644" to ptr
  %".5645" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.174" = load ptr, ptr %".5645", align 8
  %".5646" = xor i1 %".5638", -1
  br i1 %".5646", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed:
  %".5648" = trunc i64 %".5629" to i16
  %".5649" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".5648", ptr %".5649", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext3.variable_part"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5655" = trunc i64 %"end.13" to i16
  %".5656" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".5655", ptr %".5656", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".5659" = trunc i64 %"end.13" to i16
  %".5660" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".5659", ptr %".5660", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5663" = trunc i64 %"end.13" to i16
  %".5664" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".5663", ptr %".5664", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5667" = trunc i64 %"end.13" to i16
  %".5668" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".5667", ptr %".5668", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5671" = trunc i64 %"end.13" to i16
  %".5672" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".5671", ptr %".5672", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  %".5675" = getelementptr i8, ptr %"keys.175", i64 2
  %".5676" = trunc i64 %"end.13" to i16
  store volatile i16 %".5676", ptr %".5675", align 2
  %".5678" = load volatile i16, ptr %".5675", align 2
  %".5679" = zext i16 %".5678" to i64
  %"cursor.347" = and i64 %".5679", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  %".5681" = getelementptr i8, ptr %"keys.175", i64 2
  %".5682" = trunc i64 %"end.13" to i16
  store volatile i16 %".5682", ptr %".5681", align 2
  %".5684" = load volatile i16, ptr %".5681", align 2
  %".5685" = zext i16 %".5684" to i64
  %"cursor.348" = and i64 %".5685", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  %".5687" = getelementptr i8, ptr %"keys.175", i64 2
  %".5688" = trunc i64 %"end.13" to i16
  store volatile i16 %".5688", ptr %".5687", align 2
  %".5690" = load volatile i16, ptr %".5687", align 2
  %".5691" = zext i16 %".5690" to i64
  %"cursor.349" = and i64 %".5691", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre_version:
  %".5693" = getelementptr i8, ptr %"keys.175", i64 2
  %".5694" = trunc i64 %"end.13" to i16
  store volatile i16 %".5694", ptr %".5693", align 2
  %".5696" = load volatile i16, ptr %".5693", align 2
  %".5697" = zext i16 %".5696" to i64
  %"cursor.350" = and i64 %".5697", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  %".5699" = getelementptr i8, ptr %"keys.175", i64 2
  %".5700" = trunc i64 %"end.13" to i16
  store volatile i16 %".5700", ptr %".5699", align 2
  %".5702" = load volatile i16, ptr %".5699", align 2
  %".5703" = zext i16 %".5702" to i64
  %"cursor.351" = and i64 %".5703", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  %".5705" = getelementptr i8, ptr %"keys.175", i64 2
  %".5706" = trunc i64 %"end.13" to i16
  store volatile i16 %".5706", ptr %".5705", align 2
  %".5708" = load volatile i16, ptr %".5705", align 2
  %".5709" = zext i16 %".5708" to i64
  %"cursor.352" = and i64 %".5709", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  %".5711" = getelementptr i8, ptr %"keys.175", i64 2
  %".5712" = trunc i64 %"end.13" to i16
  store volatile i16 %".5712", ptr %".5711", align 2
  %".5714" = load volatile i16, ptr %".5711", align 2
  %".5715" = zext i16 %".5714" to i64
  %"cursor.353" = and i64 %".5715", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  %".5717" = getelementptr i8, ptr %"keys.175", i64 2
  %".5718" = trunc i64 %"end.13" to i16
  store volatile i16 %".5718", ptr %".5717", align 2
  %".5720" = load volatile i16, ptr %".5717", align 2
  %".5721" = zext i16 %".5720" to i64
  %"cursor.354" = and i64 %".5721", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  %".5723" = getelementptr i8, ptr %"keys.175", i64 2
  %".5724" = trunc i64 %"end.13" to i16
  store volatile i16 %".5724", ptr %".5723", align 2
  %".5726" = load volatile i16, ptr %".5723", align 2
  %".5727" = zext i16 %".5726" to i64
  %"cursor.355" = and i64 %".5727", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5729" = trunc i64 34887 to i16
  %".5730" = call i16 @"llvm.bswap.i16"(i16 %".5729")
  %".5731" = getelementptr i8, ptr %"keys.175", i64 10
  store i16 %".5730", ptr %".5731", align 2
  %".5733" = getelementptr i8, ptr %"keys.175", i64 2
  %".5734" = trunc i64 %"end.13" to i16
  store volatile i16 %".5734", ptr %".5733", align 2
  %".5736" = load volatile i16, ptr %".5733", align 2
  %".5737" = zext i16 %".5736" to i64
  %"cursor.356" = and i64 %".5737", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5739" = getelementptr i8, ptr %"keys.175", i64 8
  store i8 1, ptr %".5739", align 1
  %".5741" = getelementptr i8, ptr %"keys.175", i64 48
  %"flags.67" = load volatile i32, ptr %".5741", align 4
  %".5742" = and i32 %"flags.67", 4
  %".5743" = icmp ne i32 %".5742", 0
  br i1 %".5743", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5753" = getelementptr i8, ptr %"keys.175", i64 8
  store i8 1, ptr %".5753", align 1
  %".5755" = getelementptr i8, ptr %"keys.175", i64 48
  %"flags.68" = load volatile i32, ptr %".5755", align 4
  %".5756" = and i32 %"flags.68", 4
  %".5757" = icmp ne i32 %".5756", 0
  br i1 %".5757", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5745" = trunc i64 %"end.13" to i16
  %".5746" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".5745", ptr %".5746", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5749" = trunc i64 %"end.13" to i16
  %".5750" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".5749", ptr %".5750", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5759" = trunc i64 %"end.13" to i16
  %".5760" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".5759", ptr %".5760", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5763" = trunc i64 %"end.13" to i16
  %".5764" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".5763", ptr %".5764", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5775" = trunc i64 %"cursor.283" to i32
  %".5776" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".5775", [40 x i8]* %"header_copy", i32 8)
  %".5777" = icmp eq i64 %".5776", 0
  %".5778" = getelementptr i8, ptr %"ctx.62", i64 76
  %".5779" = load i32, ptr %".5778", align 4
  %".5780" = zext i32 %".5779" to i64
  %"data.176" = inttoptr i64 %".5780" to ptr
  %".5781" = getelementptr i8, ptr %"ctx.62", i64 80
  %".5782" = load i32, ptr %".5781", align 4
  %".5783" = zext i32 %".5782" to i64
  %"data_end.176" = inttoptr i64 %".5783" to ptr
  %".5784" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.176" = load ptr, ptr %".5784", align 8
  %".5785" = xor i1 %".5777", -1
  br i1 %".5785", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5787" = trunc i64 %"cursor.283" to i16
  %".5788" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".5787", ptr %".5788", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5791" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5792" = load volatile i8, [40 x i8]* %".5791", align 1
  %".5793" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5794" = load volatile i16, [40 x i8]* %".5793", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5807" = getelementptr i8, ptr %"keys.177", i64 6
  store i8 1, ptr %".5807", align 1
  br i1 %".5805", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5827" = zext i8 %"w0_1.23" to i64
  switch i64 %".5827", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5810" = getelementptr i8, ptr %"keys.177", i64 7
  store i8 1, ptr %".5810", align 1
  %".5812" = getelementptr i8, ptr %"keys.177", i64 48
  %"flags.69" = load volatile i32, ptr %".5812", align 4
  %".5813" = and i32 %"flags.69", 1
  %".5814" = icmp ne i32 %".5813", 0
  %".5815" = xor i1 %".5814", -1
  br i1 %".5815", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5822" = trunc i64 %".5800" to i16
  %".5823" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5822", ptr %".5823", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5817" = trunc i64 %".5800" to i16
  %".5818" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5817", ptr %".5818", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5829" = trunc i64 %".5800" to i16
  %".5830" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5829", ptr %".5830", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".5833" = trunc i64 %".5800" to i16
  %".5834" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5833", ptr %".5834", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5837" = trunc i64 %".5800" to i16
  %".5838" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5837", ptr %".5838", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5841" = trunc i64 %".5800" to i16
  %".5842" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5841", ptr %".5842", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5845" = trunc i64 %".5800" to i16
  %".5846" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5845", ptr %".5846", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  %".5849" = getelementptr i8, ptr %"keys.177", i64 2
  %".5850" = trunc i64 %".5800" to i16
  store volatile i16 %".5850", ptr %".5849", align 2
  %".5852" = load volatile i16, ptr %".5849", align 2
  %".5853" = zext i16 %".5852" to i64
  %"cursor.357" = and i64 %".5853", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  %".5855" = getelementptr i8, ptr %"keys.177", i64 2
  %".5856" = trunc i64 %".5800" to i16
  store volatile i16 %".5856", ptr %".5855", align 2
  %".5858" = load volatile i16, ptr %".5855", align 2
  %".5859" = zext i16 %".5858" to i64
  %"cursor.358" = and i64 %".5859", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  %".5861" = getelementptr i8, ptr %"keys.177", i64 2
  %".5862" = trunc i64 %".5800" to i16
  store volatile i16 %".5862", ptr %".5861", align 2
  %".5864" = load volatile i16, ptr %".5861", align 2
  %".5865" = zext i16 %".5864" to i64
  %"cursor.359" = and i64 %".5865", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre_version:
  %".5867" = getelementptr i8, ptr %"keys.177", i64 2
  %".5868" = trunc i64 %".5800" to i16
  store volatile i16 %".5868", ptr %".5867", align 2
  %".5870" = load volatile i16, ptr %".5867", align 2
  %".5871" = zext i16 %".5870" to i64
  %"cursor.360" = and i64 %".5871", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  %".5873" = getelementptr i8, ptr %"keys.177", i64 2
  %".5874" = trunc i64 %".5800" to i16
  store volatile i16 %".5874", ptr %".5873", align 2
  %".5876" = load volatile i16, ptr %".5873", align 2
  %".5877" = zext i16 %".5876" to i64
  %"cursor.361" = and i64 %".5877", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  %".5879" = getelementptr i8, ptr %"keys.177", i64 2
  %".5880" = trunc i64 %".5800" to i16
  store volatile i16 %".5880", ptr %".5879", align 2
  %".5882" = load volatile i16, ptr %".5879", align 2
  %".5883" = zext i16 %".5882" to i64
  %"cursor.362" = and i64 %".5883", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  %".5885" = getelementptr i8, ptr %"keys.177", i64 2
  %".5886" = trunc i64 %".5800" to i16
  store volatile i16 %".5886", ptr %".5885", align 2
  %".5888" = load volatile i16, ptr %".5885", align 2
  %".5889" = zext i16 %".5888" to i64
  %"cursor.363" = and i64 %".5889", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  %".5891" = getelementptr i8, ptr %"keys.177", i64 2
  %".5892" = trunc i64 %".5800" to i16
  store volatile i16 %".5892", ptr %".5891", align 2
  %".5894" = load volatile i16, ptr %".5891", align 2
  %".5895" = zext i16 %".5894" to i64
  %"cursor.364" = and i64 %".5895", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  %".5897" = getelementptr i8, ptr %"keys.177", i64 2
  %".5898" = trunc i64 %".5800" to i16
  store volatile i16 %".5898", ptr %".5897", align 2
  %".5900" = load volatile i16, ptr %".5897", align 2
  %".5901" = zext i16 %".5900" to i64
  %"cursor.365" = and i64 %".5901", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5903" = trunc i64 34887 to i16
  %".5904" = call i16 @"llvm.bswap.i16"(i16 %".5903")
  %".5905" = getelementptr i8, ptr %"keys.177", i64 10
  store i16 %".5904", ptr %".5905", align 2
  %".5907" = getelementptr i8, ptr %"keys.177", i64 2
  %".5908" = trunc i64 %".5800" to i16
  store volatile i16 %".5908", ptr %".5907", align 2
  %".5910" = load volatile i16, ptr %".5907", align 2
  %".5911" = zext i16 %".5910" to i64
  %"cursor.366" = and i64 %".5911", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5913" = getelementptr i8, ptr %"keys.177", i64 8
  store i8 1, ptr %".5913", align 1
  %".5915" = getelementptr i8, ptr %"keys.177", i64 48
  %"flags.70" = load volatile i32, ptr %".5915", align 4
  %".5916" = and i32 %"flags.70", 4
  %".5917" = icmp ne i32 %".5916", 0
  br i1 %".5917", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5927" = getelementptr i8, ptr %"keys.177", i64 8
  store i8 1, ptr %".5927", align 1
  %".5929" = getelementptr i8, ptr %"keys.177", i64 48
  %"flags.71" = load volatile i32, ptr %".5929", align 4
  %".5930" = and i32 %"flags.71", 4
  %".5931" = icmp ne i32 %".5930", 0
  br i1 %".5931", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5919" = trunc i64 %".5800" to i16
  %".5920" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5919", ptr %".5920", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5923" = trunc i64 %".5800" to i16
  %".5924" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5923", ptr %".5924", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5933" = trunc i64 %".5800" to i16
  %".5934" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5933", ptr %".5934", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5937" = trunc i64 %".5800" to i16
  %".5938" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".5937", ptr %".5938", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }