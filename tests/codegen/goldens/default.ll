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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_mpls_labels1.copy_failed"], [0, %"mpls_mpls_labels1.unknown"], [0, %"mpls_mpls_labels1.to_mpls"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0.copy_failed"], [2, %"hsr_d0.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"tcp.copy_failed"], [0, %"tcp.header"], [0, %"udp.copy_failed"], [0, %"udp.copy_last_byte_failed"], [0, %"udp.variable_part"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"ppp_other"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"pptp_d0.copy_failed"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"hsr_d1.copy_failed"], [2, %"hsr_d1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [2, %"pptp_d1.copy_failed"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"]
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
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_ipv4"], [%".398", %"vlan_d0_vlan_tags1.to_ipv4"], [%"cursor.41", %"pppoe_d0.to_ipv4"], [%"cursor.46", %"hsr_d0.to_ipv4"], [%"cursor.126", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.38", %"pppoe_d0.to_ipv4"], [%"data.47", %"hsr_d0.to_ipv4"], [%"data.91", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.38", %"pppoe_d0.to_ipv4"], [%"data_end.47", %"hsr_d0.to_ipv4"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.38", %"pppoe_d0.to_ipv4"], [%"keys.47", %"hsr_d0.to_ipv4"], [%"keys.91", %"vlan_d0_vlan_tags2.to_ipv4"]
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
  %"cursor.2" = phi  i64 [%".21", %"entry_d0.to_ipv6"], [%".398", %"vlan_d0_vlan_tags1.to_ipv6"], [%"cursor.42", %"pppoe_d0.to_ipv6"], [%"cursor.47", %"hsr_d0.to_ipv6"], [%"cursor.127", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.38", %"pppoe_d0.to_ipv6"], [%"data.47", %"hsr_d0.to_ipv6"], [%"data.91", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.38", %"pppoe_d0.to_ipv6"], [%"data_end.47", %"hsr_d0.to_ipv6"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.38", %"pppoe_d0.to_ipv6"], [%"keys.47", %"hsr_d0.to_ipv6"], [%"keys.91", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".208" = getelementptr i8, ptr %"hdr.1", i64 40
  %".209" = icmp ugt ptr %".208", %"data_end.3"
  br i1 %".209", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".211" = getelementptr i8, ptr %"hdr.1", i64 0
  %".212" = load i32, ptr %".211", align 4
  %".213" = getelementptr i8, ptr %"hdr.1", i64 6
  %".214" = load i8, ptr %".213", align 1
  %".215" = getelementptr i8, ptr %"hdr.1", i64 8
  %".216" = load i64, ptr %".215", align 8
  %".217" = getelementptr i8, ptr %"hdr.1", i64 16
  %".218" = load i64, ptr %".217", align 8
  %".219" = getelementptr i8, ptr %"hdr.1", i64 24
  %".220" = load i64, ptr %".219", align 8
  %".221" = getelementptr i8, ptr %"hdr.1", i64 32
  %".222" = load i64, ptr %".221", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".212", %"ipv6_d0.linear"], [%".241", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".214", %"ipv6_d0.linear"], [%".243", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".216", %"ipv6_d0.linear"], [%".245", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".218", %"ipv6_d0.linear"], [%".247", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".220", %"ipv6_d0.linear"], [%".249", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".222", %"ipv6_d0.linear"], [%".251", %"ipv6_d0.copy_failed.endif"]
  %"data.28" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.27", %"ipv6_d0.copy_failed.endif"]
  %"data_end.28" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.27", %"ipv6_d0.copy_failed.endif"]
  %"keys.28" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.27", %"ipv6_d0.copy_failed.endif"]
  %".253" = trunc i64 34525 to i16
  %".254" = getelementptr i8, ptr %"keys.28", i64 4
  store i16 %".253", ptr %".254", align 2
  %".256" = trunc i64 34525 to i16
  %".257" = call i16 @"llvm.bswap.i16"(i16 %".256")
  %".258" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".257", ptr %".258", align 2
  %".260" = getelementptr i8, ptr %"keys.28", i64 16
  store i64 %"w8_8", ptr %".260", align 8
  %".262" = getelementptr i8, ptr %"keys.28", i64 24
  store i64 %"w16_8", ptr %".262", align 8
  %".264" = getelementptr i8, ptr %"keys.28", i64 32
  store i64 %"w24_8", ptr %".264", align 8
  %".266" = getelementptr i8, ptr %"keys.28", i64 40
  store i64 %"w32_8", ptr %".266", align 8
  %".268" = zext i8 %"w6_1" to i64
  %".269" = trunc i64 %".268" to i8
  %".270" = getelementptr i8, ptr %"keys.28", i64 9
  store i8 %".269", ptr %".270", align 1
  %".272" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".273" = zext i32 %".272" to i64
  %".274" = and i64 %".273", 1048575
  %".275" = trunc i64 %".274" to i32
  %".276" = call i32 @"llvm.bswap.i32"(i32 %".275")
  %".277" = getelementptr i8, ptr %"keys.28", i64 52
  store i32 %".276", ptr %".277", align 4
  %".279" = add i64 %"cursor.2", 40
  %".280" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".281" = zext i32 %".280" to i64
  %".282" = and i64 %".281", 1048575
  %".283" = icmp ne i64 %".282", 0
  %".284" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.3" = load volatile i32, ptr %".284", align 4
  %".285" = and i32 %"flags.3", 2
  %".286" = icmp ne i32 %".285", 0
  %".287" = and i1 %".283", %".286"
  br i1 %".287", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"entry_d0.to_vlan"], [%".21", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".367" = getelementptr i8, ptr %"hdr.2", i64 4
  %".368" = icmp ugt ptr %".367", %"data_end.4"
  br i1 %".368", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".370" = getelementptr i8, ptr %"hdr.2", i64 2
  %".371" = load i16, ptr %".370", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".371", %"vlan_d0_vlan_tags1.linear"], [%".390", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.33" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.33" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.33" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".392" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".393" = zext i16 %".392" to i64
  %".394" = trunc i64 %".393" to i16
  %".395" = call i16 @"llvm.bswap.i16"(i16 %".394")
  %".396" = getelementptr i8, ptr %"keys.33", i64 10
  store i16 %".395", ptr %".396", align 2
  %".398" = add i64 %"cursor.3", 4
  %".399" = trunc i64 %".398" to i16
  %".400" = getelementptr i8, ptr %"keys.33", i64 0
  store i16 %".399", ptr %".400", align 2
  %".402" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".403" = zext i16 %".402" to i64
  switch i64 %".403", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"entry_d0.to_mpls"], [%".21", %"entry_d0.to_mpls.1"], [%"cursor.22", %"ipv4_d0.to_mpls"], [%"cursor.31", %"ipv6_d0.to_mpls"], [%"cursor.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"cursor.36", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"cursor.43", %"pppoe_d0.to_mpls"], [%"cursor.44", %"pppoe_d0.to_mpls.1"], [%"cursor.48", %"hsr_d0.to_mpls"], [%"cursor.49", %"hsr_d0.to_mpls.1"], [%"cursor.59", %"batadv_d0.stop_at_encap.endif.2"], [%"cursor.60", %"batadv_d0.stop_at_encap.endif.3"], [%"cursor.80", %"ipv4_d1.to_mpls"], [%"cursor.95", %"ipv6_d1.to_mpls"], [%"cursor.108", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"cursor.123", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"cursor.128", %"vlan_d0_vlan_tags2.to_mpls"], [%"cursor.129", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"cursor.142", %"pppoe_d1.to_mpls"], [%"cursor.143", %"pppoe_d1.to_mpls.1"], [%"cursor.149", %"gre_d0.to_mpls"], [%"cursor.150", %"gre_d0.to_mpls.1"], [%"cursor.185", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"cursor.199", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"cursor.212", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"cursor.227", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"cursor.235", %"vlan_d1_vlan_tags1.to_mpls"], [%"cursor.236", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"cursor.249", %"hsr_d1.to_mpls"], [%"cursor.250", %"hsr_d1.to_mpls.1"], [%"cursor.262", %"ethernet_d1.to_mpls"], [%"cursor.263", %"ethernet_d1.to_mpls.1"], [%"cursor.294", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"cursor.308", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"cursor.318", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"cursor.330", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"cursor.335", %"vlan_d1_vlan_tags2.to_mpls"], [%"cursor.336", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"cursor.356", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"cursor.366", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.38", %"pppoe_d0.to_mpls"], [%"data.38", %"pppoe_d0.to_mpls.1"], [%"data.47", %"hsr_d0.to_mpls"], [%"data.47", %"hsr_d0.to_mpls.1"], [%"data.49", %"batadv_d0.stop_at_encap.endif.2"], [%"data.49", %"batadv_d0.stop_at_encap.endif.3"], [%"data.76", %"ipv4_d1.to_mpls"], [%"data.79", %"ipv6_d1.to_mpls"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.91", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.91", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.93", %"pppoe_d1.to_mpls"], [%"data.93", %"pppoe_d1.to_mpls.1"], [%"data.97", %"gre_d0.to_mpls"], [%"data.97", %"gre_d0.to_mpls.1"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.124", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.124", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.127", %"hsr_d1.to_mpls"], [%"data.127", %"hsr_d1.to_mpls.1"], [%"data.131", %"ethernet_d1.to_mpls"], [%"data.131", %"ethernet_d1.to_mpls.1"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.155", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.155", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.159", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.161", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.38", %"pppoe_d0.to_mpls"], [%"data_end.38", %"pppoe_d0.to_mpls.1"], [%"data_end.47", %"hsr_d0.to_mpls"], [%"data_end.47", %"hsr_d0.to_mpls.1"], [%"data_end.49", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.49", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.76", %"ipv4_d1.to_mpls"], [%"data_end.79", %"ipv6_d1.to_mpls"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.93", %"pppoe_d1.to_mpls"], [%"data_end.93", %"pppoe_d1.to_mpls.1"], [%"data_end.97", %"gre_d0.to_mpls"], [%"data_end.97", %"gre_d0.to_mpls.1"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.127", %"hsr_d1.to_mpls"], [%"data_end.127", %"hsr_d1.to_mpls.1"], [%"data_end.131", %"ethernet_d1.to_mpls"], [%"data_end.131", %"ethernet_d1.to_mpls.1"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.38", %"pppoe_d0.to_mpls"], [%"keys.38", %"pppoe_d0.to_mpls.1"], [%"keys.47", %"hsr_d0.to_mpls"], [%"keys.47", %"hsr_d0.to_mpls.1"], [%"keys.49", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.49", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.76", %"ipv4_d1.to_mpls"], [%"keys.79", %"ipv6_d1.to_mpls"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.91", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.91", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.93", %"pppoe_d1.to_mpls"], [%"keys.93", %"pppoe_d1.to_mpls.1"], [%"keys.97", %"gre_d0.to_mpls"], [%"keys.97", %"gre_d0.to_mpls.1"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.124", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.124", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.127", %"hsr_d1.to_mpls"], [%"keys.127", %"hsr_d1.to_mpls.1"], [%"keys.131", %"ethernet_d1.to_mpls"], [%"keys.131", %"ethernet_d1.to_mpls.1"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.155", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.155", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %".455" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".456" = getelementptr i8, ptr %"hdr.3", i64 4
  %".457" = icmp ugt ptr %".456", %"data_end.5"
  br i1 %".457", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".459" = getelementptr i8, ptr %"hdr.3", i64 2
  %".460" = load i8, ptr %".459", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".460", %"mpls_mpls_labels1.linear"], [%".479", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.36" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.35", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.36" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.35", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.36" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.35", %"mpls_mpls_labels1.copy_failed.endif"]
  %".481" = add i64 %"cursor.4", 4
  %".482" = zext i8 %"w2_1" to i64
  %".483" = and i64 %".482", 1
  switch i64 %".483", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"entry_d0.to_pppoe"], [%".398", %"vlan_d0_vlan_tags1.to_pppoe"], [%"cursor.50", %"hsr_d0.to_pppoe"], [%"cursor.130", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.47", %"hsr_d0.to_pppoe"], [%"data.91", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.47", %"hsr_d0.to_pppoe"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.47", %"hsr_d0.to_pppoe"], [%"keys.91", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".493" = getelementptr i8, ptr %"hdr.4", i64 8
  %".494" = icmp ugt ptr %".493", %"data_end.6"
  br i1 %".494", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".496" = getelementptr i8, ptr %"hdr.4", i64 0
  %".497" = load i8, ptr %".496", align 1
  %".498" = getelementptr i8, ptr %"hdr.4", i64 1
  %".499" = load i8, ptr %".498", align 1
  %".500" = getelementptr i8, ptr %"hdr.4", i64 6
  %".501" = load i16, ptr %".500", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".497", %"pppoe_d0.linear"], [%".520", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".499", %"pppoe_d0.linear"], [%".522", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".501", %"pppoe_d0.linear"], [%".524", %"pppoe_d0.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.37", %"pppoe_d0.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.37", %"pppoe_d0.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.37", %"pppoe_d0.copy_failed.endif"]
  %".526" = zext i8 %"w0_1.1" to i64
  %".527" = lshr i64 %".526", 4
  %".528" = and i64 %".527", 15
  %".529" = icmp eq i64 %".528", 1
  %".530" = zext i8 %"w0_1.1" to i64
  %".531" = and i64 %".530", 15
  %".532" = icmp eq i64 %".531", 1
  %".533" = and i1 %".529", %".532"
  %".534" = zext i8 %"w1_1" to i64
  %".535" = icmp eq i64 %".534", 0
  %".536" = and i1 %".533", %".535"
  %".537" = xor i1 %".536", -1
  br i1 %".537", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".21", %"entry_d0.to_arp"], [%".21", %"entry_d0.to_arp.1"], [%"cursor.37", %"vlan_d0_vlan_tags1.to_arp"], [%"cursor.38", %"vlan_d0_vlan_tags1.to_arp.1"], [%"cursor.51", %"hsr_d0.to_arp"], [%"cursor.52", %"hsr_d0.to_arp.1"], [%"cursor.63", %"batadv_d0.stop_at_encap.endif.5"], [%"cursor.64", %"batadv_d0.stop_at_encap.endif.6"], [%"cursor.131", %"vlan_d0_vlan_tags2.to_arp"], [%"cursor.132", %"vlan_d0_vlan_tags2.to_arp.1"], [%"cursor.152", %"gre_d0.to_arp"], [%"cursor.153", %"gre_d0.to_arp.1"], [%"cursor.238", %"vlan_d1_vlan_tags1.to_arp"], [%"cursor.239", %"vlan_d1_vlan_tags1.to_arp.1"], [%"cursor.252", %"hsr_d1.to_arp"], [%"cursor.253", %"hsr_d1.to_arp.1"], [%"cursor.265", %"ethernet_d1.to_arp"], [%"cursor.266", %"ethernet_d1.to_arp.1"], [%"cursor.338", %"vlan_d1_vlan_tags2.to_arp"], [%"cursor.339", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.47", %"hsr_d0.to_arp"], [%"data.47", %"hsr_d0.to_arp.1"], [%"data.49", %"batadv_d0.stop_at_encap.endif.5"], [%"data.49", %"batadv_d0.stop_at_encap.endif.6"], [%"data.91", %"vlan_d0_vlan_tags2.to_arp"], [%"data.91", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.97", %"gre_d0.to_arp"], [%"data.97", %"gre_d0.to_arp.1"], [%"data.124", %"vlan_d1_vlan_tags1.to_arp"], [%"data.124", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.127", %"hsr_d1.to_arp"], [%"data.127", %"hsr_d1.to_arp.1"], [%"data.131", %"ethernet_d1.to_arp"], [%"data.131", %"ethernet_d1.to_arp.1"], [%"data.155", %"vlan_d1_vlan_tags2.to_arp"], [%"data.155", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.47", %"hsr_d0.to_arp"], [%"data_end.47", %"hsr_d0.to_arp.1"], [%"data_end.49", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.49", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.97", %"gre_d0.to_arp"], [%"data_end.97", %"gre_d0.to_arp.1"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.127", %"hsr_d1.to_arp"], [%"data_end.127", %"hsr_d1.to_arp.1"], [%"data_end.131", %"ethernet_d1.to_arp"], [%"data_end.131", %"ethernet_d1.to_arp.1"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.47", %"hsr_d0.to_arp"], [%"keys.47", %"hsr_d0.to_arp.1"], [%"keys.49", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.49", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.91", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.91", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.97", %"gre_d0.to_arp"], [%"keys.97", %"gre_d0.to_arp.1"], [%"keys.124", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.124", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.127", %"hsr_d1.to_arp"], [%"keys.127", %"hsr_d1.to_arp.1"], [%"keys.131", %"ethernet_d1.to_arp"], [%"keys.131", %"ethernet_d1.to_arp.1"], [%"keys.155", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.155", %"vlan_d1_vlan_tags2.to_arp.1"]
  %".598" = add i64 %"cursor.6", 0
  %".599" = trunc i64 %".598" to i16
  %".600" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".599", ptr %".600", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".21", %"entry_d0.to_ptp"], [%".398", %"vlan_d0_vlan_tags1.to_ptp"], [%"cursor.53", %"hsr_d0.to_ptp"], [%"cursor.65", %"batadv_d0.stop_at_encap.endif.7"], [%"cursor.133", %"vlan_d0_vlan_tags2.to_ptp"], [%"cursor.154", %"gre_d0.to_ptp"], [%"cursor.240", %"vlan_d1_vlan_tags1.to_ptp"], [%"cursor.254", %"hsr_d1.to_ptp"], [%"cursor.267", %"ethernet_d1.to_ptp"], [%"cursor.340", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.47", %"hsr_d0.to_ptp"], [%"data.49", %"batadv_d0.stop_at_encap.endif.7"], [%"data.91", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.97", %"gre_d0.to_ptp"], [%"data.124", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.127", %"hsr_d1.to_ptp"], [%"data.131", %"ethernet_d1.to_ptp"], [%"data.155", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.47", %"hsr_d0.to_ptp"], [%"data_end.49", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.97", %"gre_d0.to_ptp"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.127", %"hsr_d1.to_ptp"], [%"data_end.131", %"ethernet_d1.to_ptp"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_ptp"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.47", %"hsr_d0.to_ptp"], [%"keys.49", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.91", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.97", %"gre_d0.to_ptp"], [%"keys.124", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.127", %"hsr_d1.to_ptp"], [%"keys.131", %"ethernet_d1.to_ptp"], [%"keys.155", %"vlan_d1_vlan_tags2.to_ptp"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".603" = getelementptr i8, ptr %"hdr.5", i64 34
  %".604" = icmp ugt ptr %".603", %"data_end.8"
  br i1 %".604", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.41" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.40", %"ptp.copy_failed.endif"]
  %"data_end.41" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.40", %"ptp.copy_failed.endif"]
  %"keys.41" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.40", %"ptp.copy_failed.endif"]
  %".624" = add i64 %"cursor.7", 34
  %".625" = trunc i64 %".624" to i16
  %".626" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".625", ptr %".626", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".21", %"entry_d0.to_cfm"], [%".398", %"vlan_d0_vlan_tags1.to_cfm"], [%"cursor.54", %"hsr_d0.to_cfm"], [%"cursor.66", %"batadv_d0.stop_at_encap.endif.8"], [%"cursor.134", %"vlan_d0_vlan_tags2.to_cfm"], [%"cursor.155", %"gre_d0.to_cfm"], [%"cursor.241", %"vlan_d1_vlan_tags1.to_cfm"], [%"cursor.255", %"hsr_d1.to_cfm"], [%"cursor.268", %"ethernet_d1.to_cfm"], [%"cursor.341", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.47", %"hsr_d0.to_cfm"], [%"data.49", %"batadv_d0.stop_at_encap.endif.8"], [%"data.91", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.97", %"gre_d0.to_cfm"], [%"data.124", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.127", %"hsr_d1.to_cfm"], [%"data.131", %"ethernet_d1.to_cfm"], [%"data.155", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.47", %"hsr_d0.to_cfm"], [%"data_end.49", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.97", %"gre_d0.to_cfm"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.127", %"hsr_d1.to_cfm"], [%"data_end.131", %"ethernet_d1.to_cfm"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_cfm"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.47", %"hsr_d0.to_cfm"], [%"keys.49", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.91", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.97", %"gre_d0.to_cfm"], [%"keys.124", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.127", %"hsr_d1.to_cfm"], [%"keys.131", %"ethernet_d1.to_cfm"], [%"keys.155", %"vlan_d1_vlan_tags2.to_cfm"]
  %".629" = add i64 %"cursor.8", 0
  %".630" = trunc i64 %".629" to i16
  %".631" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".630", ptr %".631", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".21", %"entry_d0.to_tipc"], [%".398", %"vlan_d0_vlan_tags1.to_tipc"], [%"cursor.55", %"hsr_d0.to_tipc"], [%"cursor.67", %"batadv_d0.stop_at_encap.endif.9"], [%"cursor.135", %"vlan_d0_vlan_tags2.to_tipc"], [%"cursor.156", %"gre_d0.to_tipc"], [%"cursor.242", %"vlan_d1_vlan_tags1.to_tipc"], [%"cursor.256", %"hsr_d1.to_tipc"], [%"cursor.269", %"ethernet_d1.to_tipc"], [%"cursor.342", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.47", %"hsr_d0.to_tipc"], [%"data.49", %"batadv_d0.stop_at_encap.endif.9"], [%"data.91", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.97", %"gre_d0.to_tipc"], [%"data.124", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.127", %"hsr_d1.to_tipc"], [%"data.131", %"ethernet_d1.to_tipc"], [%"data.155", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.47", %"hsr_d0.to_tipc"], [%"data_end.49", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.97", %"gre_d0.to_tipc"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.127", %"hsr_d1.to_tipc"], [%"data_end.131", %"ethernet_d1.to_tipc"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_tipc"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.47", %"hsr_d0.to_tipc"], [%"keys.49", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.91", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.97", %"gre_d0.to_tipc"], [%"keys.124", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.127", %"hsr_d1.to_tipc"], [%"keys.131", %"ethernet_d1.to_tipc"], [%"keys.155", %"vlan_d1_vlan_tags2.to_tipc"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".634" = getelementptr i8, ptr %"hdr.6", i64 16
  %".635" = icmp ugt ptr %".634", %"data_end.10"
  br i1 %".635", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.43" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.42", %"tipc.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.42", %"tipc.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.42", %"tipc.copy_failed.endif"]
  %".655" = trunc i64 %"cursor.9" to i16
  %".656" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".655", ptr %".656", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".21", %"entry_d0.to_fcoe"], [%".398", %"vlan_d0_vlan_tags1.to_fcoe"], [%"cursor.56", %"hsr_d0.to_fcoe"], [%"cursor.68", %"batadv_d0.stop_at_encap.endif.10"], [%"cursor.136", %"vlan_d0_vlan_tags2.to_fcoe"], [%"cursor.157", %"gre_d0.to_fcoe"], [%"cursor.243", %"vlan_d1_vlan_tags1.to_fcoe"], [%"cursor.257", %"hsr_d1.to_fcoe"], [%"cursor.270", %"ethernet_d1.to_fcoe"], [%"cursor.343", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.47", %"hsr_d0.to_fcoe"], [%"data.49", %"batadv_d0.stop_at_encap.endif.10"], [%"data.91", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.97", %"gre_d0.to_fcoe"], [%"data.124", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.127", %"hsr_d1.to_fcoe"], [%"data.131", %"ethernet_d1.to_fcoe"], [%"data.155", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.47", %"hsr_d0.to_fcoe"], [%"data_end.49", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.97", %"gre_d0.to_fcoe"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.127", %"hsr_d1.to_fcoe"], [%"data_end.131", %"ethernet_d1.to_fcoe"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.47", %"hsr_d0.to_fcoe"], [%"keys.49", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.91", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.97", %"gre_d0.to_fcoe"], [%"keys.124", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.127", %"hsr_d1.to_fcoe"], [%"keys.131", %"ethernet_d1.to_fcoe"], [%"keys.155", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".659" = getelementptr i8, ptr %"hdr.7", i64 38
  %".660" = icmp ugt ptr %".659", %"data_end.11"
  br i1 %".660", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.45" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.44", %"fcoe.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.44", %"fcoe.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.44", %"fcoe.copy_failed.endif"]
  %".680" = add i64 %"cursor.10", 38
  %".681" = trunc i64 %".680" to i16
  %".682" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".681", ptr %".682", align 2
  br label %"return"
hsr_d0:
  %"cursor.11" = phi  i64 [%".21", %"entry_d0.to_hsr"], [%".21", %"entry_d0.to_hsr.1"], [%"cursor.39", %"vlan_d0_vlan_tags1.to_hsr"], [%"cursor.40", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"cursor.137", %"vlan_d0_vlan_tags2.to_hsr"], [%"cursor.138", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.91", %"vlan_d0_vlan_tags2.to_hsr"], [%"data.91", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_hsr"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.91", %"vlan_d0_vlan_tags2.to_hsr"], [%"keys.91", %"vlan_d0_vlan_tags2.to_hsr.1"]
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
  %"data.47" = phi  ptr [%"data.12", %"hsr_d0.linear"], [%"data.46", %"hsr_d0.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.12", %"hsr_d0.linear"], [%"data_end.46", %"hsr_d0.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.12", %"hsr_d0.linear"], [%"keys.46", %"hsr_d0.copy_failed.endif"]
  %".710" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".711" = zext i16 %".710" to i64
  %".712" = trunc i64 %".711" to i16
  %".713" = call i16 @"llvm.bswap.i16"(i16 %".712")
  %".714" = getelementptr i8, ptr %"keys.47", i64 10
  store i16 %".713", ptr %".714", align 2
  %".716" = add i64 %"cursor.11", 6
  %".717" = trunc i64 %".716" to i16
  %".718" = getelementptr i8, ptr %"keys.47", i64 0
  store i16 %".717", ptr %".718", align 2
  %".720" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".721" = zext i16 %".720" to i64
  switch i64 %".721", label %"hsr_d0.unknown" [i64 2048, label %"hsr_d0.to_ipv4" i64 34525, label %"hsr_d0.to_ipv6" i64 34887, label %"hsr_d0.to_mpls" i64 34888, label %"hsr_d0.to_mpls.1" i64 34916, label %"hsr_d0.to_pppoe" i64 2054, label %"hsr_d0.to_arp" i64 32821, label %"hsr_d0.to_arp.1" i64 35063, label %"hsr_d0.to_ptp" i64 35074, label %"hsr_d0.to_cfm" i64 35018, label %"hsr_d0.to_tipc" i64 35078, label %"hsr_d0.to_fcoe"]
batadv_d0:
  %"cursor.12" = phi  i64 [%".21", %"entry_d0.to_batadv"], [%".398", %"vlan_d0_vlan_tags1.to_batadv"], [%"cursor.139", %"vlan_d0_vlan_tags2.to_batadv"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.91", %"vlan_d0_vlan_tags2.to_batadv"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_batadv"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.91", %"vlan_d0_vlan_tags2.to_batadv"]
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
  %"data.49" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.48", %"batadv_d0.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.48", %"batadv_d0.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.48", %"batadv_d0.copy_failed.endif"]
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
  %"end" = add i64 %"cursor.1", %".113"
  %".114" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".115" = zext i16 %".114" to i64
  %".116" = and i64 %".115", 16383
  %".117" = icmp ne i64 %".116", 0
  %".118" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".119" = zext i16 %".118" to i64
  %".120" = and i64 %".119", 8191
  %".121" = icmp eq i64 %".120", 0
  br i1 %".117", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif"
ipv4_d0.fragment:
  %".123" = getelementptr i8, ptr %"keys.15", i64 6
  store i8 1, ptr %".123", align 1
  br i1 %".121", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.fragment.endif:
  %".143" = zext i8 %"w9_1" to i64
  switch i64 %".143", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]
ipv4_d0.first_fragment:
  %".126" = getelementptr i8, ptr %"keys.15", i64 7
  store i8 1, ptr %".126", align 1
  %".128" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags" = load volatile i32, ptr %".128", align 4
  %".129" = and i32 %"flags", 1
  %".130" = icmp ne i32 %".129", 0
  %".131" = xor i1 %".130", -1
  br i1 %".131", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".138" = trunc i64 %"end" to i16
  %".139" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".138", ptr %".139", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".133" = trunc i64 %"end" to i16
  %".134" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".133", ptr %".134", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".145" = trunc i64 %"end" to i16
  %".146" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".145", ptr %".146", align 2
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
  %".158" = trunc i64 34887 to i16
  %".159" = call i16 @"llvm.bswap.i16"(i16 %".158")
  %".160" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".159", ptr %".160", align 2
  %".162" = getelementptr i8, ptr %"keys.15", i64 2
  %".163" = trunc i64 %"end" to i16
  store volatile i16 %".163", ptr %".162", align 2
  %".165" = load volatile i16, ptr %".162", align 2
  %".166" = zext i16 %".165" to i64
  %"cursor.22" = and i64 %".166", 16383
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
  %".188" = trunc i64 34525 to i16
  %".189" = call i16 @"llvm.bswap.i16"(i16 %".188")
  %".190" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".189", ptr %".190", align 2
  %".192" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".192", align 1
  %".194" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.2" = load volatile i32, ptr %".194", align 4
  %".195" = and i32 %"flags.2", 4
  %".196" = icmp ne i32 %".195", 0
  br i1 %".196", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".279", %"ipv6_d0.to_tcp"], [%"cursor.71", %"ipv4_d1.to_tcp"], [%"cursor.87", %"ipv6_d1.to_tcp"], [%"cursor.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"cursor.114", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"cursor.176", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"cursor.190", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"cursor.203", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"cursor.218", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"cursor.285", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"cursor.299", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"cursor.309", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"cursor.321", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"cursor.347", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"cursor.357", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.76", %"ipv4_d1.to_tcp"], [%"data.79", %"ipv6_d1.to_tcp"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.159", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.76", %"ipv4_d1.to_tcp"], [%"data_end.79", %"ipv6_d1.to_tcp"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.76", %"ipv4_d1.to_tcp"], [%"keys.79", %"ipv6_d1.to_tcp"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.13"
  %".1027" = getelementptr i8, ptr %"hdr.10", i64 4
  %".1028" = icmp ugt ptr %".1027", %"data_end.16"
  br i1 %".1028", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".1030" = getelementptr i8, ptr %"hdr.10", i64 0
  %".1031" = load i16, ptr %".1030", align 2
  %".1032" = getelementptr i8, ptr %"hdr.10", i64 2
  %".1033" = load i16, ptr %".1032", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".1031", %"tcp.linear"], [%".1052", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1033", %"tcp.linear"], [%".1054", %"tcp.copy_failed.endif"]
  %"data.52" = phi  ptr [%"data.16", %"tcp.linear"], [%"data.51", %"tcp.copy_failed.endif"]
  %"data_end.52" = phi  ptr [%"data_end.16", %"tcp.linear"], [%"data_end.51", %"tcp.copy_failed.endif"]
  %"keys.52" = phi  ptr [%"keys.16", %"tcp.linear"], [%"keys.51", %"tcp.copy_failed.endif"]
  %".1056" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".1057" = zext i16 %".1056" to i64
  %".1058" = trunc i64 %".1057" to i16
  %".1059" = call i16 @"llvm.bswap.i16"(i16 %".1058")
  %".1060" = getelementptr i8, ptr %"keys.52", i64 12
  store i16 %".1059", ptr %".1060", align 2
  %".1062" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".1063" = zext i16 %".1062" to i64
  %".1064" = trunc i64 %".1063" to i16
  %".1065" = call i16 @"llvm.bswap.i16"(i16 %".1064")
  %".1066" = getelementptr i8, ptr %"keys.52", i64 14
  store i16 %".1065", ptr %".1066", align 2
  %".1068" = trunc i64 %"cursor.13" to i16
  %".1069" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1068", ptr %".1069", align 2
  br label %"return"
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".279", %"ipv6_d0.to_udp"], [%"cursor.72", %"ipv4_d1.to_udp"], [%"cursor.88", %"ipv6_d1.to_udp"], [%"cursor.100", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"cursor.115", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"cursor.177", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"cursor.191", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"cursor.204", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"cursor.219", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"cursor.286", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"cursor.300", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"cursor.310", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"cursor.322", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"cursor.348", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"cursor.358", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.76", %"ipv4_d1.to_udp"], [%"data.79", %"ipv6_d1.to_udp"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.159", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.76", %"ipv4_d1.to_udp"], [%"data_end.79", %"ipv6_d1.to_udp"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.76", %"ipv4_d1.to_udp"], [%"keys.79", %"ipv6_d1.to_udp"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.14"
  %".1072" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1073" = icmp ugt ptr %".1072", %"data_end.17"
  br i1 %".1073", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".1075" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1076" = load i16, ptr %".1075", align 2
  %".1077" = getelementptr i8, ptr %"hdr.11", i64 2
  %".1078" = load i16, ptr %".1077", align 2
  br label %"udp.header"
udp.header:
  %"w0_2.1" = phi  i16 [%".1076", %"udp.linear"], [%".1097", %"udp.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1078", %"udp.linear"], [%".1099", %"udp.copy_failed.endif"]
  %"data.54" = phi  ptr [%"data.17", %"udp.linear"], [%"data.53", %"udp.copy_failed.endif"]
  %"data_end.54" = phi  ptr [%"data_end.17", %"udp.linear"], [%"data_end.53", %"udp.copy_failed.endif"]
  %"keys.54" = phi  ptr [%"keys.17", %"udp.linear"], [%"keys.53", %"udp.copy_failed.endif"]
  %".1101" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".1102" = zext i16 %".1101" to i64
  %".1103" = trunc i64 %".1102" to i16
  %".1104" = call i16 @"llvm.bswap.i16"(i16 %".1103")
  %".1105" = getelementptr i8, ptr %"keys.54", i64 12
  store i16 %".1104", ptr %".1105", align 2
  %".1107" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1108" = zext i16 %".1107" to i64
  %".1109" = trunc i64 %".1108" to i16
  %".1110" = call i16 @"llvm.bswap.i16"(i16 %".1109")
  %".1111" = getelementptr i8, ptr %"keys.54", i64 14
  store i16 %".1110", ptr %".1111", align 2
  %".1113" = add i64 %"cursor.14", 4
  %".1114" = add i64 4, 4
  %".1115" = getelementptr i8, ptr %"data.54", i64 %"cursor.14"
  %".1116" = getelementptr i8, ptr %".1115", i64 %".1114"
  %".1117" = icmp ugt ptr %".1116", %"data_end.54"
  br i1 %".1117", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.56" = phi  ptr [%"data.54", %"udp.header"], [%"data.55", %"udp.copy_last_byte_failed.endif"]
  %"data_end.56" = phi  ptr [%"data_end.54", %"udp.header"], [%"data_end.55", %"udp.copy_last_byte_failed.endif"]
  %"keys.56" = phi  ptr [%"keys.54", %"udp.header"], [%"keys.55", %"udp.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.14", %".1114"
  %".1138" = trunc i64 %"cursor.14" to i16
  %".1139" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".1138", ptr %".1139", align 2
  br label %"return"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".279", %"ipv6_d0.to_udplite"], [%"cursor.73", %"ipv4_d1.to_udplite"], [%"cursor.89", %"ipv6_d1.to_udplite"], [%"cursor.101", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"cursor.116", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"cursor.178", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"cursor.192", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"cursor.205", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"cursor.220", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"cursor.287", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"cursor.301", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"cursor.311", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"cursor.323", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"cursor.349", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"cursor.359", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.76", %"ipv4_d1.to_udplite"], [%"data.79", %"ipv6_d1.to_udplite"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.159", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.161", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.76", %"ipv4_d1.to_udplite"], [%"data_end.79", %"ipv6_d1.to_udplite"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.76", %"ipv4_d1.to_udplite"], [%"keys.79", %"ipv6_d1.to_udplite"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.15"
  %".1142" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1143" = icmp ugt ptr %".1142", %"data_end.18"
  br i1 %".1143", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1145" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1146" = load i16, ptr %".1145", align 2
  %".1147" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1148" = load i16, ptr %".1147", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1146", %"udplite.linear"], [%".1167", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1148", %"udplite.linear"], [%".1169", %"udplite.copy_failed.endif"]
  %"data.58" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.57", %"udplite.copy_failed.endif"]
  %"data_end.58" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.57", %"udplite.copy_failed.endif"]
  %"keys.58" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.57", %"udplite.copy_failed.endif"]
  %".1171" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1172" = zext i16 %".1171" to i64
  %".1173" = trunc i64 %".1172" to i16
  %".1174" = call i16 @"llvm.bswap.i16"(i16 %".1173")
  %".1175" = getelementptr i8, ptr %"keys.58", i64 12
  store i16 %".1174", ptr %".1175", align 2
  %".1177" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1178" = zext i16 %".1177" to i64
  %".1179" = trunc i64 %".1178" to i16
  %".1180" = call i16 @"llvm.bswap.i16"(i16 %".1179")
  %".1181" = getelementptr i8, ptr %"keys.58", i64 14
  store i16 %".1180", ptr %".1181", align 2
  %".1183" = add i64 %"cursor.15", 4
  %".1184" = add i64 4, 4
  %".1185" = getelementptr i8, ptr %"data.58", i64 %"cursor.15"
  %".1186" = getelementptr i8, ptr %".1185", i64 %".1184"
  %".1187" = icmp ugt ptr %".1186", %"data_end.58"
  br i1 %".1187", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.60" = phi  ptr [%"data.58", %"udplite.header"], [%"data.59", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.58", %"udplite.header"], [%"data_end.59", %"udplite.copy_last_byte_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.58", %"udplite.header"], [%"keys.59", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.15", %".1184"
  %".1208" = trunc i64 %"cursor.15" to i16
  %".1209" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1208", ptr %".1209", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".279", %"ipv6_d0.to_gre_version"], [%"cursor.102", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"cursor.117", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"cursor.206", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"cursor.221", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"cursor.312", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"cursor.324", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.16"
  %".1212" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1213" = icmp ugt ptr %".1212", %"data_end.19"
  br i1 %".1213", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1215" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1216" = load i8, ptr %".1215", align 1
  %".1217" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1218" = load i8, ptr %".1217", align 1
  %".1219" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1220" = load i16, ptr %".1219", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1216", %"gre_version_d0.linear"], [%".1239", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1218", %"gre_version_d0.linear"], [%".1241", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1220", %"gre_version_d0.linear"], [%".1243", %"gre_version_d0.copy_failed.endif"]
  %"data.62" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.61", %"gre_version_d0.copy_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.61", %"gre_version_d0.copy_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.61", %"gre_version_d0.copy_failed.endif"]
  %".1245" = zext i8 %"w0_1.3" to i64
  %".1246" = lshr i64 %".1245", 6
  %".1247" = and i64 %".1246", 1
  %".1248" = icmp ne i64 %".1247", 0
  %".1249" = zext i8 %"w1_1.2" to i64
  %".1250" = and i64 %".1249", 7
  %".1251" = icmp ugt i64 %".1250", 1
  %".1252" = or i1 %".1248", %".1251"
  br i1 %".1252", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".279", %"ipv6_d0.to_sctp"], [%"cursor.76", %"ipv4_d1.to_sctp"], [%"cursor.91", %"ipv6_d1.to_sctp"], [%"cursor.103", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"cursor.118", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"cursor.180", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"cursor.194", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"cursor.207", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"cursor.222", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"cursor.289", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"cursor.303", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"cursor.313", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"cursor.325", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"cursor.351", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"cursor.361", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.76", %"ipv4_d1.to_sctp"], [%"data.79", %"ipv6_d1.to_sctp"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.159", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.76", %"ipv4_d1.to_sctp"], [%"data_end.79", %"ipv6_d1.to_sctp"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.76", %"ipv4_d1.to_sctp"], [%"keys.79", %"ipv6_d1.to_sctp"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.17"
  %".1273" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1274" = icmp ugt ptr %".1273", %"data_end.20"
  br i1 %".1274", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1276" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1277" = load i16, ptr %".1276", align 2
  %".1278" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1279" = load i16, ptr %".1278", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1277", %"sctp.linear"], [%".1298", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1279", %"sctp.linear"], [%".1300", %"sctp.copy_failed.endif"]
  %"data.66" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.65", %"sctp.copy_failed.endif"]
  %"data_end.66" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.65", %"sctp.copy_failed.endif"]
  %"keys.66" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.65", %"sctp.copy_failed.endif"]
  %".1302" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1303" = zext i16 %".1302" to i64
  %".1304" = trunc i64 %".1303" to i16
  %".1305" = call i16 @"llvm.bswap.i16"(i16 %".1304")
  %".1306" = getelementptr i8, ptr %"keys.66", i64 12
  store i16 %".1305", ptr %".1306", align 2
  %".1308" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1309" = zext i16 %".1308" to i64
  %".1310" = trunc i64 %".1309" to i16
  %".1311" = call i16 @"llvm.bswap.i16"(i16 %".1310")
  %".1312" = getelementptr i8, ptr %"keys.66", i64 14
  store i16 %".1311", ptr %".1312", align 2
  %".1314" = add i64 %"cursor.17", 4
  %".1315" = trunc i64 %"cursor.17" to i16
  %".1316" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1315", ptr %".1316", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".279", %"ipv6_d0.to_dccp"], [%"cursor.77", %"ipv4_d1.to_dccp"], [%"cursor.92", %"ipv6_d1.to_dccp"], [%"cursor.104", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"cursor.119", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"cursor.181", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"cursor.195", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"cursor.208", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"cursor.223", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"cursor.290", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"cursor.304", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"cursor.314", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"cursor.326", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"cursor.352", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"cursor.362", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.76", %"ipv4_d1.to_dccp"], [%"data.79", %"ipv6_d1.to_dccp"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.159", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.76", %"ipv4_d1.to_dccp"], [%"data_end.79", %"ipv6_d1.to_dccp"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.76", %"ipv4_d1.to_dccp"], [%"keys.79", %"ipv6_d1.to_dccp"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1319" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1320" = icmp ugt ptr %".1319", %"data_end.21"
  br i1 %".1320", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1322" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1323" = load i16, ptr %".1322", align 2
  %".1324" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1325" = load i16, ptr %".1324", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1323", %"dccp.linear"], [%".1344", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1325", %"dccp.linear"], [%".1346", %"dccp.copy_failed.endif"]
  %"data.68" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.67", %"dccp.copy_failed.endif"]
  %"data_end.68" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.67", %"dccp.copy_failed.endif"]
  %"keys.68" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.67", %"dccp.copy_failed.endif"]
  %".1348" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1349" = zext i16 %".1348" to i64
  %".1350" = trunc i64 %".1349" to i16
  %".1351" = call i16 @"llvm.bswap.i16"(i16 %".1350")
  %".1352" = getelementptr i8, ptr %"keys.68", i64 12
  store i16 %".1351", ptr %".1352", align 2
  %".1354" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1355" = zext i16 %".1354" to i64
  %".1356" = trunc i64 %".1355" to i16
  %".1357" = call i16 @"llvm.bswap.i16"(i16 %".1356")
  %".1358" = getelementptr i8, ptr %"keys.68", i64 14
  store i16 %".1357", ptr %".1358", align 2
  %".1360" = add i64 %"cursor.18", 4
  %".1361" = trunc i64 %"cursor.18" to i16
  %".1362" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".1361", ptr %".1362", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".279", %"ipv6_d0.to_esp"], [%"cursor.78", %"ipv4_d1.to_esp"], [%"cursor.93", %"ipv6_d1.to_esp"], [%"cursor.105", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"cursor.120", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"cursor.182", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"cursor.196", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"cursor.209", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"cursor.224", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"cursor.291", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"cursor.305", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"cursor.315", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"cursor.327", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"cursor.353", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"cursor.363", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.76", %"ipv4_d1.to_esp"], [%"data.79", %"ipv6_d1.to_esp"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.159", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.76", %"ipv4_d1.to_esp"], [%"data_end.79", %"ipv6_d1.to_esp"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.76", %"ipv4_d1.to_esp"], [%"keys.79", %"ipv6_d1.to_esp"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"hdr.16" = getelementptr i8, ptr %"data.22", i64 %"cursor.19"
  %".1365" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1366" = icmp ugt ptr %".1365", %"data_end.22"
  br i1 %".1366", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1368" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1369" = load i32, ptr %".1368", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1369", %"esp.linear"], [%".1388", %"esp.copy_failed.endif"]
  %"data.70" = phi  ptr [%"data.22", %"esp.linear"], [%"data.69", %"esp.copy_failed.endif"]
  %"data_end.70" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.69", %"esp.copy_failed.endif"]
  %"keys.70" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.69", %"esp.copy_failed.endif"]
  %".1390" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1391" = zext i32 %".1390" to i64
  %".1392" = lshr i64 %".1391", 16
  %".1393" = trunc i64 %".1392" to i16
  %".1394" = call i16 @"llvm.bswap.i16"(i16 %".1393")
  %".1395" = getelementptr i8, ptr %"keys.70", i64 12
  store i16 %".1394", ptr %".1395", align 2
  %".1397" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1398" = zext i32 %".1397" to i64
  %".1399" = and i64 %".1398", 65535
  %".1400" = trunc i64 %".1399" to i16
  %".1401" = call i16 @"llvm.bswap.i16"(i16 %".1400")
  %".1402" = getelementptr i8, ptr %"keys.70", i64 14
  store i16 %".1401", ptr %".1402", align 2
  %".1404" = add i64 %"cursor.19", 4
  %".1405" = trunc i64 %"cursor.19" to i16
  %".1406" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1405", ptr %".1406", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".279", %"ipv6_d0.to_ah"], [%"cursor.79", %"ipv4_d1.to_ah"], [%"cursor.94", %"ipv6_d1.to_ah"], [%"cursor.106", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"cursor.121", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"cursor.183", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"cursor.197", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"cursor.210", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"cursor.225", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"cursor.292", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"cursor.306", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"cursor.316", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"cursor.328", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"cursor.354", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"cursor.364", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.76", %"ipv4_d1.to_ah"], [%"data.79", %"ipv6_d1.to_ah"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.159", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.161", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.76", %"ipv4_d1.to_ah"], [%"data_end.79", %"ipv6_d1.to_ah"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.76", %"ipv4_d1.to_ah"], [%"keys.79", %"ipv6_d1.to_ah"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"hdr.17" = getelementptr i8, ptr %"data.23", i64 %"cursor.20"
  %".1409" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1410" = icmp ugt ptr %".1409", %"data_end.23"
  br i1 %".1410", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1412" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1413" = load i32, ptr %".1412", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1413", %"ah.linear"], [%".1432", %"ah.copy_failed.endif"]
  %"data.72" = phi  ptr [%"data.23", %"ah.linear"], [%"data.71", %"ah.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.71", %"ah.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.71", %"ah.copy_failed.endif"]
  %".1434" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1435" = zext i32 %".1434" to i64
  %".1436" = lshr i64 %".1435", 16
  %".1437" = trunc i64 %".1436" to i16
  %".1438" = call i16 @"llvm.bswap.i16"(i16 %".1437")
  %".1439" = getelementptr i8, ptr %"keys.72", i64 12
  store i16 %".1438", ptr %".1439", align 2
  %".1441" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1442" = zext i32 %".1441" to i64
  %".1443" = and i64 %".1442", 65535
  %".1444" = trunc i64 %".1443" to i16
  %".1445" = call i16 @"llvm.bswap.i16"(i16 %".1444")
  %".1446" = getelementptr i8, ptr %"keys.72", i64 14
  store i16 %".1445", ptr %".1446", align 2
  %".1448" = add i64 %"cursor.20", 8
  %".1449" = trunc i64 %"cursor.20" to i16
  %".1450" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1449", ptr %".1450", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.3", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.76", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.76", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.76", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.24", i64 %"cursor.21"
  %".1453" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1454" = icmp ugt ptr %".1453", %"data_end.24"
  br i1 %".1454", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.74" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.73", %"icmp.copy_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.73", %"icmp.copy_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.73", %"icmp.copy_failed.endif"]
  %".1474" = add i64 %"cursor.21", 4
  %".1475" = trunc i64 %"cursor.21" to i16
  %".1476" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1475", ptr %".1476", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".178" = trunc i64 %"end" to i16
  %".179" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".178", ptr %".179", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".182" = getelementptr i8, ptr %"keys.15", i64 2
  %".183" = trunc i64 %"end" to i16
  store volatile i16 %".183", ptr %".182", align 2
  %".185" = load volatile i16, ptr %".182", align 2
  %".186" = zext i16 %".185" to i64
  %"cursor.24" = and i64 %".186", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.23" = phi  i64 [%"cursor.24", %"ipv4_d0.stop_at_encap.endif"], [%"cursor.32", %"ipv6_d0.stop_at_encap.endif"], [%"cursor.57", %"batadv_d0.stop_at_encap.endif"], [%"cursor.109", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.124", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.140", %"pppoe_d1.to_ipv4"], [%"cursor.144", %"gre_d0.to_ipv4"], [%"cursor.213", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.228", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.230", %"vlan_d1_vlan_tags1.to_ipv4"], [%"cursor.247", %"hsr_d1.to_ipv4"], [%"cursor.258", %"ethernet_d1.to_ipv4"], [%"cursor.274", %"ppp_d0.stop_at_encap.endif"], [%"cursor.319", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.331", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.333", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.49", %"batadv_d0.stop_at_encap.endif"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.93", %"pppoe_d1.to_ipv4"], [%"data.97", %"gre_d0.to_ipv4"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.124", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.127", %"hsr_d1.to_ipv4"], [%"data.131", %"ethernet_d1.to_ipv4"], [%"data.133", %"ppp_d0.stop_at_encap.endif"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.155", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.49", %"batadv_d0.stop_at_encap.endif"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.93", %"pppoe_d1.to_ipv4"], [%"data_end.97", %"gre_d0.to_ipv4"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.127", %"hsr_d1.to_ipv4"], [%"data_end.131", %"ethernet_d1.to_ipv4"], [%"data_end.133", %"ppp_d0.stop_at_encap.endif"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.49", %"batadv_d0.stop_at_encap.endif"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.93", %"pppoe_d1.to_ipv4"], [%"keys.97", %"gre_d0.to_ipv4"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.124", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.127", %"hsr_d1.to_ipv4"], [%"keys.131", %"ethernet_d1.to_ipv4"], [%"keys.133", %"ppp_d0.stop_at_encap.endif"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.155", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"hdr.19" = getelementptr i8, ptr %"data.25", i64 %"cursor.23"
  %".1479" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1480" = icmp ugt ptr %".1479", %"data_end.25"
  br i1 %".1480", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1482" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1483" = load i8, ptr %".1482", align 1
  %".1484" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1485" = load i16, ptr %".1484", align 2
  %".1486" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1487" = load i8, ptr %".1486", align 1
  %".1488" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1489" = load i32, ptr %".1488", align 4
  %".1490" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1491" = load i32, ptr %".1490", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1483", %"ipv4_d1.linear"], [%".1510", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1485", %"ipv4_d1.linear"], [%".1512", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1487", %"ipv4_d1.linear"], [%".1514", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1489", %"ipv4_d1.linear"], [%".1516", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1491", %"ipv4_d1.linear"], [%".1518", %"ipv4_d1.copy_failed.endif"]
  %"data.76" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.75", %"ipv4_d1.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.75", %"ipv4_d1.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.75", %"ipv4_d1.copy_failed.endif"]
  %".1520" = zext i8 %"w0_1.4" to i64
  %".1521" = and i64 %".1520", 15
  %".1522" = icmp uge i64 %".1521", 5
  %".1523" = xor i1 %".1522", -1
  br i1 %".1523", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".198" = trunc i64 %"end" to i16
  %".199" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".198", ptr %".199", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".202" = getelementptr i8, ptr %"keys.15", i64 2
  %".203" = trunc i64 %"end" to i16
  store volatile i16 %".203", ptr %".202", align 2
  %".205" = load volatile i16, ptr %".202", align 2
  %".206" = zext i16 %".205" to i64
  %"cursor.26" = and i64 %".206", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.25" = phi  i64 [%"cursor.26", %"ipv4_d0.stop_at_encap.endif.1"], [%"cursor.33", %"ipv6_d0.stop_at_encap.endif.1"], [%"cursor.58", %"batadv_d0.stop_at_encap.endif.1"], [%"cursor.110", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.125", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.141", %"pppoe_d1.to_ipv6"], [%"cursor.145", %"gre_d0.to_ipv6"], [%"cursor.214", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.229", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.231", %"vlan_d1_vlan_tags1.to_ipv6"], [%"cursor.248", %"hsr_d1.to_ipv6"], [%"cursor.259", %"ethernet_d1.to_ipv6"], [%"cursor.275", %"ppp_d0.stop_at_encap.endif.1"], [%"cursor.320", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.332", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.334", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.49", %"batadv_d0.stop_at_encap.endif.1"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.93", %"pppoe_d1.to_ipv6"], [%"data.97", %"gre_d0.to_ipv6"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.124", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.127", %"hsr_d1.to_ipv6"], [%"data.131", %"ethernet_d1.to_ipv6"], [%"data.133", %"ppp_d0.stop_at_encap.endif.1"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.155", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.49", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.93", %"pppoe_d1.to_ipv6"], [%"data_end.97", %"gre_d0.to_ipv6"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.127", %"hsr_d1.to_ipv6"], [%"data_end.131", %"ethernet_d1.to_ipv6"], [%"data_end.133", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.49", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.93", %"pppoe_d1.to_ipv6"], [%"keys.97", %"gre_d0.to_ipv6"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.124", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.127", %"hsr_d1.to_ipv6"], [%"keys.131", %"ethernet_d1.to_ipv6"], [%"keys.133", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.155", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"hdr.20" = getelementptr i8, ptr %"data.26", i64 %"cursor.25"
  %".1680" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1681" = icmp ugt ptr %".1680", %"data_end.26"
  br i1 %".1681", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1683" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1684" = load i32, ptr %".1683", align 4
  %".1685" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1686" = load i8, ptr %".1685", align 1
  %".1687" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1688" = load i64, ptr %".1687", align 8
  %".1689" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1690" = load i64, ptr %".1689", align 8
  %".1691" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1692" = load i64, ptr %".1691", align 8
  %".1693" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1694" = load i64, ptr %".1693", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1684", %"ipv6_d1.linear"], [%".1713", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1686", %"ipv6_d1.linear"], [%".1715", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1688", %"ipv6_d1.linear"], [%".1717", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1690", %"ipv6_d1.linear"], [%".1719", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1692", %"ipv6_d1.linear"], [%".1721", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1694", %"ipv6_d1.linear"], [%".1723", %"ipv6_d1.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.78", %"ipv6_d1.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.78", %"ipv6_d1.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.78", %"ipv6_d1.copy_failed.endif"]
  %".1725" = trunc i64 34525 to i16
  %".1726" = getelementptr i8, ptr %"keys.79", i64 4
  store i16 %".1725", ptr %".1726", align 2
  %".1728" = trunc i64 34525 to i16
  %".1729" = call i16 @"llvm.bswap.i16"(i16 %".1728")
  %".1730" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %".1729", ptr %".1730", align 2
  %".1732" = getelementptr i8, ptr %"keys.79", i64 16
  store i64 %"w8_8.1", ptr %".1732", align 8
  %".1734" = getelementptr i8, ptr %"keys.79", i64 24
  store i64 %"w16_8.1", ptr %".1734", align 8
  %".1736" = getelementptr i8, ptr %"keys.79", i64 32
  store i64 %"w24_8.1", ptr %".1736", align 8
  %".1738" = getelementptr i8, ptr %"keys.79", i64 40
  store i64 %"w32_8.1", ptr %".1738", align 8
  %".1740" = zext i8 %"w6_1.1" to i64
  %".1741" = trunc i64 %".1740" to i8
  %".1742" = getelementptr i8, ptr %"keys.79", i64 9
  store i8 %".1741", ptr %".1742", align 1
  %".1744" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1745" = zext i32 %".1744" to i64
  %".1746" = and i64 %".1745", 1048575
  %".1747" = trunc i64 %".1746" to i32
  %".1748" = call i32 @"llvm.bswap.i32"(i32 %".1747")
  %".1749" = getelementptr i8, ptr %"keys.79", i64 52
  store i32 %".1748", ptr %".1749", align 4
  %".1751" = add i64 %"cursor.25", 40
  %".1752" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1753" = zext i32 %".1752" to i64
  %".1754" = and i64 %".1753", 1048575
  %".1755" = icmp ne i64 %".1754", 0
  %".1756" = getelementptr i8, ptr %"keys.79", i64 48
  %"flags.20" = load volatile i32, ptr %".1756", align 4
  %".1757" = and i32 %"flags.20", 2
  %".1758" = icmp ne i32 %".1757", 0
  %".1759" = and i1 %".1755", %".1758"
  br i1 %".1759", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".224" = trunc i64 %"cursor.2" to i32
  %".225" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".224", [40 x i8]* %"header_copy", i32 40)
  %".226" = icmp eq i64 %".225", 0
  %".227" = getelementptr i8, ptr %"ctx.2", i64 76
  %".228" = load i32, ptr %".227", align 4
  %".229" = zext i32 %".228" to i64
  %"data.27" = inttoptr i64 %".229" to ptr
  %".230" = getelementptr i8, ptr %"ctx.2", i64 80
  %".231" = load i32, ptr %".230", align 4
  %".232" = zext i32 %".231" to i64
  %"data_end.27" = inttoptr i64 %".232" to ptr
  %".233" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.27" = load ptr, ptr %".233", align 8
  %".234" = xor i1 %".226", -1
  br i1 %".234", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".236" = trunc i64 %"cursor.2" to i16
  %".237" = getelementptr i8, ptr %"keys.27", i64 2
  store i16 %".236", ptr %".237", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".240" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".241" = load volatile i32, [40 x i8]* %".240", align 4
  %".242" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".243" = load volatile i8, [40 x i8]* %".242", align 1
  %".244" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".245" = load volatile i64, [40 x i8]* %".244", align 8
  %".246" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".247" = load volatile i64, [40 x i8]* %".246", align 8
  %".248" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".249" = load volatile i64, [40 x i8]* %".248", align 8
  %".250" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".251" = load volatile i64, [40 x i8]* %".250", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".289" = trunc i64 %".279" to i16
  %".290" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".289", ptr %".290", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".293" = zext i8 %"w6_1" to i64
  switch i64 %".293", label %"ipv6_d0.unknown" [i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]
ipv6_d0.unknown:
  %".295" = trunc i64 %".279" to i16
  %".296" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".295", ptr %".296", align 2
  br label %"return"
ipv6_d0.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.2:
  %".301" = getelementptr i8, ptr %"keys.28", i64 2
  %".302" = trunc i64 %".279" to i16
  store volatile i16 %".302", ptr %".301", align 2
  %".304" = load volatile i16, ptr %".301", align 2
  %".305" = zext i16 %".304" to i64
  %"cursor.28" = and i64 %".305", 16383
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
  %".317" = trunc i64 34887 to i16
  %".318" = call i16 @"llvm.bswap.i16"(i16 %".317")
  %".319" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".318", ptr %".319", align 2
  %".321" = getelementptr i8, ptr %"keys.28", i64 2
  %".322" = trunc i64 %".279" to i16
  store volatile i16 %".322", ptr %".321", align 2
  %".324" = load volatile i16, ptr %".321", align 2
  %".325" = zext i16 %".324" to i64
  %"cursor.31" = and i64 %".325", 16383
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".327" = trunc i64 2048 to i16
  %".328" = call i16 @"llvm.bswap.i16"(i16 %".327")
  %".329" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".328", ptr %".329", align 2
  %".331" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".331", align 1
  %".333" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.4" = load volatile i32, ptr %".333", align 4
  %".334" = and i32 %"flags.4", 4
  %".335" = icmp ne i32 %".334", 0
  br i1 %".335", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".347" = trunc i64 34525 to i16
  %".348" = call i16 @"llvm.bswap.i16"(i16 %".347")
  %".349" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".348", ptr %".349", align 2
  %".351" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".351", align 1
  %".353" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.5" = load volatile i32, ptr %".353", align 4
  %".354" = and i32 %"flags.5", 4
  %".355" = icmp ne i32 %".354", 0
  br i1 %".355", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.27" = phi  i64 [%".279", %"ipv6_d0.to_ipv6_opts"], [%".279", %"ipv6_d0.to_ipv6_opts.1"], [%"cursor.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.29" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_opts"], [%"data.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_opts"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.29" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_opts"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.29", i64 %"cursor.27"
  %".1890" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1891" = icmp ugt ptr %".1890", %"data_end.29"
  br i1 %".1891", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1893" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1894" = load i8, ptr %".1893", align 1
  %".1895" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1896" = load i8, ptr %".1895", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1894", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1915", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1896", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1917", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1919" = zext i8 %"w0_1.5" to i64
  %".1920" = trunc i64 %".1919" to i8
  %".1921" = getelementptr i8, ptr %"keys.83", i64 9
  store i8 %".1920", ptr %".1921", align 1
  %".1923" = add i64 %"cursor.27", 2
  %".1924" = zext i8 %"w1_1.3" to i64
  %".1925" = mul i64 %".1924", 8
  %".1926" = add i64 %".1925", 6
  %".1927" = add i64 %".1926", 2
  %"end.4" = add i64 %"cursor.27", %".1927"
  %".1928" = zext i8 %"w0_1.5" to i64
  switch i64 %".1928", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.29" = phi  i64 [%".279", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.29"
  %".2047" = getelementptr i8, ptr %"hdr.22", i64 8
  %".2048" = icmp ugt ptr %".2047", %"data_end.30"
  br i1 %".2048", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".2050" = getelementptr i8, ptr %"hdr.22", i64 0
  %".2051" = load i8, ptr %".2050", align 1
  %".2052" = getelementptr i8, ptr %"hdr.22", i64 2
  %".2053" = load i16, ptr %".2052", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".2051", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2072", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".2053", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2074", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".2076" = zext i8 %"w0_1.6" to i64
  %".2077" = trunc i64 %".2076" to i8
  %".2078" = getelementptr i8, ptr %"keys.87", i64 9
  store i8 %".2077", ptr %".2078", align 1
  %".2080" = add i64 %"cursor.29", 8
  %".2081" = icmp ne i64 1, 0
  %".2082" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".2083" = zext i16 %".2082" to i64
  %".2084" = and i64 %".2083", 65528
  %".2085" = icmp eq i64 %".2084", 0
  br i1 %".2081", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.30" = phi  i64 [%".279", %"ipv6_d0.to_icmpv6"], [%".1751", %"ipv6_d1.to_icmpv6"], [%"cursor.107", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"cursor.122", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"cursor.184", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"cursor.198", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"cursor.211", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"cursor.226", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"cursor.293", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"cursor.307", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"cursor.317", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"cursor.329", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"cursor.355", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"cursor.365", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.79", %"ipv6_d1.to_icmpv6"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.159", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.161", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.79", %"ipv6_d1.to_icmpv6"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.79", %"ipv6_d1.to_icmpv6"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.30"
  %".2236" = getelementptr i8, ptr %"hdr.23", i64 4
  %".2237" = icmp ugt ptr %".2236", %"data_end.31"
  br i1 %".2237", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.89" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.88", %"icmpv6.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.88", %"icmpv6.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.88", %"icmpv6.copy_failed.endif"]
  %".2257" = add i64 %"cursor.30", 4
  %".2258" = trunc i64 %"cursor.30" to i16
  %".2259" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".2258", ptr %".2259", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".337" = trunc i64 %".279" to i16
  %".338" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".337", ptr %".338", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".341" = getelementptr i8, ptr %"keys.28", i64 2
  %".342" = trunc i64 %".279" to i16
  store volatile i16 %".342", ptr %".341", align 2
  %".344" = load volatile i16, ptr %".341", align 2
  %".345" = zext i16 %".344" to i64
  %"cursor.32" = and i64 %".345", 16383
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".357" = trunc i64 %".279" to i16
  %".358" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".357", ptr %".358", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".361" = getelementptr i8, ptr %"keys.28", i64 2
  %".362" = trunc i64 %".279" to i16
  store volatile i16 %".362", ptr %".361", align 2
  %".364" = load volatile i16, ptr %".361", align 2
  %".365" = zext i16 %".364" to i64
  %"cursor.33" = and i64 %".365", 16383
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".373" = trunc i64 %"cursor.3" to i32
  %".374" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".373", [40 x i8]* %"header_copy", i32 4)
  %".375" = icmp eq i64 %".374", 0
  %".376" = getelementptr i8, ptr %"ctx.3", i64 76
  %".377" = load i32, ptr %".376", align 4
  %".378" = zext i32 %".377" to i64
  %"data.32" = inttoptr i64 %".378" to ptr
  %".379" = getelementptr i8, ptr %"ctx.3", i64 80
  %".380" = load i32, ptr %".379", align 4
  %".381" = zext i32 %".380" to i64
  %"data_end.32" = inttoptr i64 %".381" to ptr
  %".382" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.32" = load ptr, ptr %".382", align 8
  %".383" = xor i1 %".375", -1
  br i1 %".383", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".385" = trunc i64 %"cursor.3" to i16
  %".386" = getelementptr i8, ptr %"keys.32", i64 2
  store i16 %".385", ptr %".386", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".389" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".390" = load volatile i16, [40 x i8]* %".389", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".405" = trunc i64 %".398" to i16
  %".406" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".405", ptr %".406", align 2
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
  %".413" = getelementptr i8, ptr %"keys.33", i64 2
  %".414" = trunc i64 %".398" to i16
  store volatile i16 %".414", ptr %".413", align 2
  %".416" = load volatile i16, ptr %".413", align 2
  %".417" = zext i16 %".416" to i64
  %"cursor.35" = and i64 %".417", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  %".419" = getelementptr i8, ptr %"keys.33", i64 2
  %".420" = trunc i64 %".398" to i16
  store volatile i16 %".420", ptr %".419", align 2
  %".422" = load volatile i16, ptr %".419", align 2
  %".423" = zext i16 %".422" to i64
  %"cursor.36" = and i64 %".423", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags1.to_arp:
  %".426" = getelementptr i8, ptr %"keys.33", i64 2
  %".427" = trunc i64 %".398" to i16
  store volatile i16 %".427", ptr %".426", align 2
  %".429" = load volatile i16, ptr %".426", align 2
  %".430" = zext i16 %".429" to i64
  %"cursor.37" = and i64 %".430", 16383
  br label %"arp"
vlan_d0_vlan_tags1.to_arp.1:
  %".432" = getelementptr i8, ptr %"keys.33", i64 2
  %".433" = trunc i64 %".398" to i16
  store volatile i16 %".433", ptr %".432", align 2
  %".435" = load volatile i16, ptr %".432", align 2
  %".436" = zext i16 %".435" to i64
  %"cursor.38" = and i64 %".436", 16383
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
  %".442" = getelementptr i8, ptr %"keys.33", i64 2
  %".443" = trunc i64 %".398" to i16
  store volatile i16 %".443", ptr %".442", align 2
  %".445" = load volatile i16, ptr %".442", align 2
  %".446" = zext i16 %".445" to i64
  %"cursor.39" = and i64 %".446", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags1.to_hsr.1:
  %".448" = getelementptr i8, ptr %"keys.33", i64 2
  %".449" = trunc i64 %".398" to i16
  store volatile i16 %".449", ptr %".448", align 2
  %".451" = load volatile i16, ptr %".448", align 2
  %".452" = zext i16 %".451" to i64
  %"cursor.40" = and i64 %".452", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags1.to_batadv:
  br label %"batadv_d0"
vlan_d0_vlan_tags2:
  %"cursor.34" = phi  i64 [%".398", %"vlan_d0_vlan_tags1.to_vlan"], [%".398", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.34"
  %".2262" = getelementptr i8, ptr %"hdr.24", i64 4
  %".2263" = icmp ugt ptr %".2262", %"data_end.34"
  br i1 %".2263", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".2265" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2266" = load i16, ptr %".2265", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".2266", %"vlan_d0_vlan_tags2.linear"], [%".2285", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.90", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.90", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.90", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".2287" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2288" = zext i16 %".2287" to i64
  %".2289" = trunc i64 %".2288" to i16
  %".2290" = call i16 @"llvm.bswap.i16"(i16 %".2289")
  %".2291" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".2290", ptr %".2291", align 2
  %".2293" = add i64 %"cursor.34", 4
  %".2294" = trunc i64 %".2293" to i16
  %".2295" = getelementptr i8, ptr %"keys.91", i64 0
  store i16 %".2294", ptr %".2295", align 2
  %".2297" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2298" = zext i16 %".2297" to i64
  switch i64 %".2298", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]
mpls_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".462" = trunc i64 %"cursor.4" to i32
  %".463" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".462", [40 x i8]* %"header_copy", i32 4)
  %".464" = icmp eq i64 %".463", 0
  %".465" = getelementptr i8, ptr %"ctx.4", i64 76
  %".466" = load i32, ptr %".465", align 4
  %".467" = zext i32 %".466" to i64
  %"data.35" = inttoptr i64 %".467" to ptr
  %".468" = getelementptr i8, ptr %"ctx.4", i64 80
  %".469" = load i32, ptr %".468", align 4
  %".470" = zext i32 %".469" to i64
  %"data_end.35" = inttoptr i64 %".470" to ptr
  %".471" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.35" = load ptr, ptr %".471", align 8
  %".472" = xor i1 %".464", -1
  br i1 %".472", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".474" = trunc i64 %".455" to i16
  %".475" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".474", ptr %".475", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".478" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".479" = load volatile i8, [40 x i8]* %".478", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".485" = trunc i64 %".481" to i16
  %".486" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".485", ptr %".486", align 2
  br label %"return"
mpls_mpls_labels1.to_mpls:
  %".489" = trunc i64 %".481" to i16
  %".490" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".489", ptr %".490", align 2
  br label %"return"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".503" = trunc i64 %"cursor.5" to i32
  %".504" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".503", [40 x i8]* %"header_copy", i32 8)
  %".505" = icmp eq i64 %".504", 0
  %".506" = getelementptr i8, ptr %"ctx.5", i64 76
  %".507" = load i32, ptr %".506", align 4
  %".508" = zext i32 %".507" to i64
  %"data.37" = inttoptr i64 %".508" to ptr
  %".509" = getelementptr i8, ptr %"ctx.5", i64 80
  %".510" = load i32, ptr %".509", align 4
  %".511" = zext i32 %".510" to i64
  %"data_end.37" = inttoptr i64 %".511" to ptr
  %".512" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.37" = load ptr, ptr %".512", align 8
  %".513" = xor i1 %".505", -1
  br i1 %".513", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".515" = trunc i64 %"cursor.5" to i16
  %".516" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".515", ptr %".516", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".519" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".520" = load volatile i8, [40 x i8]* %".519", align 1
  %".521" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".522" = load volatile i8, [40 x i8]* %".521", align 1
  %".523" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".524" = load volatile i16, [40 x i8]* %".523", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".539" = trunc i64 %"cursor.5" to i16
  %".540" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".539", ptr %".540", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".543" = add i64 %"cursor.5", 8
  %".544" = trunc i64 %".543" to i16
  %".545" = getelementptr i8, ptr %"keys.38", i64 0
  store i16 %".544", ptr %".545", align 2
  %".547" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".548" = zext i16 %".547" to i64
  switch i64 %".548", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]
pppoe_d0.unknown:
  %".550" = and i64 %".548", 257
  %".551" = icmp eq i64 %".550", 1
  br i1 %".551", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".557" = trunc i64 2048 to i16
  %".558" = call i16 @"llvm.bswap.i16"(i16 %".557")
  %".559" = getelementptr i8, ptr %"keys.38", i64 10
  store i16 %".558", ptr %".559", align 2
  %".561" = getelementptr i8, ptr %"keys.38", i64 2
  %".562" = trunc i64 %".543" to i16
  store volatile i16 %".562", ptr %".561", align 2
  %".564" = load volatile i16, ptr %".561", align 2
  %".565" = zext i16 %".564" to i64
  %"cursor.41" = and i64 %".565", 16383
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".567" = trunc i64 34525 to i16
  %".568" = call i16 @"llvm.bswap.i16"(i16 %".567")
  %".569" = getelementptr i8, ptr %"keys.38", i64 10
  store i16 %".568", ptr %".569", align 2
  %".571" = getelementptr i8, ptr %"keys.38", i64 2
  %".572" = trunc i64 %".543" to i16
  store volatile i16 %".572", ptr %".571", align 2
  %".574" = load volatile i16, ptr %".571", align 2
  %".575" = zext i16 %".574" to i64
  %"cursor.42" = and i64 %".575", 16383
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".577" = trunc i64 34887 to i16
  %".578" = call i16 @"llvm.bswap.i16"(i16 %".577")
  %".579" = getelementptr i8, ptr %"keys.38", i64 10
  store i16 %".578", ptr %".579", align 2
  %".581" = getelementptr i8, ptr %"keys.38", i64 2
  %".582" = trunc i64 %".543" to i16
  store volatile i16 %".582", ptr %".581", align 2
  %".584" = load volatile i16, ptr %".581", align 2
  %".585" = zext i16 %".584" to i64
  %"cursor.43" = and i64 %".585", 16383
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".587" = trunc i64 34888 to i16
  %".588" = call i16 @"llvm.bswap.i16"(i16 %".587")
  %".589" = getelementptr i8, ptr %"keys.38", i64 10
  store i16 %".588", ptr %".589", align 2
  %".591" = getelementptr i8, ptr %"keys.38", i64 2
  %".592" = trunc i64 %".543" to i16
  store volatile i16 %".592", ptr %".591", align 2
  %".594" = load volatile i16, ptr %".591", align 2
  %".595" = zext i16 %".594" to i64
  %"cursor.44" = and i64 %".595", 16383
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".553" = trunc i64 %".543" to i16
  %".554" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".553", ptr %".554", align 2
  br label %"return"
ppp_other:
  %"cursor.45" = phi  i64 [%".543", %"pppoe_d0.to_ppp_other"], [%".2451", %"pppoe_d1.to_ppp_other"]
  %"data.39" = phi  ptr [%"data.38", %"pppoe_d0.to_ppp_other"], [%"data.93", %"pppoe_d1.to_ppp_other"]
  %"data_end.39" = phi  ptr [%"data_end.38", %"pppoe_d0.to_ppp_other"], [%"data_end.93", %"pppoe_d1.to_ppp_other"]
  %"keys.39" = phi  ptr [%"keys.38", %"pppoe_d0.to_ppp_other"], [%"keys.93", %"pppoe_d1.to_ppp_other"]
  %".2396" = add i64 %"cursor.45", 0
  %".2397" = trunc i64 %".2396" to i16
  %".2398" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".2397", ptr %".2398", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".607" = trunc i64 %"cursor.7" to i32
  %".608" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".607", [40 x i8]* %"header_copy", i32 34)
  %".609" = icmp eq i64 %".608", 0
  %".610" = getelementptr i8, ptr %"ctx.6", i64 76
  %".611" = load i32, ptr %".610", align 4
  %".612" = zext i32 %".611" to i64
  %"data.40" = inttoptr i64 %".612" to ptr
  %".613" = getelementptr i8, ptr %"ctx.6", i64 80
  %".614" = load i32, ptr %".613", align 4
  %".615" = zext i32 %".614" to i64
  %"data_end.40" = inttoptr i64 %".615" to ptr
  %".616" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.40" = load ptr, ptr %".616", align 8
  %".617" = xor i1 %".609", -1
  br i1 %".617", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".619" = trunc i64 %"cursor.7" to i16
  %".620" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".619", ptr %".620", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".638" = trunc i64 %"cursor.9" to i32
  %".639" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".638", [40 x i8]* %"header_copy", i32 16)
  %".640" = icmp eq i64 %".639", 0
  %".641" = getelementptr i8, ptr %"ctx.7", i64 76
  %".642" = load i32, ptr %".641", align 4
  %".643" = zext i32 %".642" to i64
  %"data.42" = inttoptr i64 %".643" to ptr
  %".644" = getelementptr i8, ptr %"ctx.7", i64 80
  %".645" = load i32, ptr %".644", align 4
  %".646" = zext i32 %".645" to i64
  %"data_end.42" = inttoptr i64 %".646" to ptr
  %".647" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.42" = load ptr, ptr %".647", align 8
  %".648" = xor i1 %".640", -1
  br i1 %".648", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".650" = trunc i64 %"cursor.9" to i16
  %".651" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".650", ptr %".651", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".663" = trunc i64 %"cursor.10" to i32
  %".664" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".663", [40 x i8]* %"header_copy", i32 38)
  %".665" = icmp eq i64 %".664", 0
  %".666" = getelementptr i8, ptr %"ctx.8", i64 76
  %".667" = load i32, ptr %".666", align 4
  %".668" = zext i32 %".667" to i64
  %"data.44" = inttoptr i64 %".668" to ptr
  %".669" = getelementptr i8, ptr %"ctx.8", i64 80
  %".670" = load i32, ptr %".669", align 4
  %".671" = zext i32 %".670" to i64
  %"data_end.44" = inttoptr i64 %".671" to ptr
  %".672" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.44" = load ptr, ptr %".672", align 8
  %".673" = xor i1 %".665", -1
  br i1 %".673", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".675" = trunc i64 %"cursor.10" to i16
  %".676" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".675", ptr %".676", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".691" = trunc i64 %"cursor.11" to i32
  %".692" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".691", [40 x i8]* %"header_copy", i32 6)
  %".693" = icmp eq i64 %".692", 0
  %".694" = getelementptr i8, ptr %"ctx.9", i64 76
  %".695" = load i32, ptr %".694", align 4
  %".696" = zext i32 %".695" to i64
  %"data.46" = inttoptr i64 %".696" to ptr
  %".697" = getelementptr i8, ptr %"ctx.9", i64 80
  %".698" = load i32, ptr %".697", align 4
  %".699" = zext i32 %".698" to i64
  %"data_end.46" = inttoptr i64 %".699" to ptr
  %".700" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.46" = load ptr, ptr %".700", align 8
  %".701" = xor i1 %".693", -1
  br i1 %".701", label %"hsr_d0.copy_failed", label %"hsr_d0.copy_failed.endif"
hsr_d0.copy_failed:
  %".703" = trunc i64 %"cursor.11" to i16
  %".704" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".703", ptr %".704", align 2
  br label %"return"
hsr_d0.copy_failed.endif:
  %".707" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".708" = load volatile i16, [40 x i8]* %".707", align 2
  br label %"hsr_d0.header"
hsr_d0.unknown:
  %".723" = trunc i64 %".716" to i16
  %".724" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".723", ptr %".724", align 2
  br label %"return"
hsr_d0.to_ipv4:
  %".727" = getelementptr i8, ptr %"keys.47", i64 2
  %".728" = trunc i64 %".716" to i16
  store volatile i16 %".728", ptr %".727", align 2
  %".730" = load volatile i16, ptr %".727", align 2
  %".731" = zext i16 %".730" to i64
  %"cursor.46" = and i64 %".731", 16383
  br label %"ipv4_d0"
hsr_d0.to_ipv6:
  %".733" = getelementptr i8, ptr %"keys.47", i64 2
  %".734" = trunc i64 %".716" to i16
  store volatile i16 %".734", ptr %".733", align 2
  %".736" = load volatile i16, ptr %".733", align 2
  %".737" = zext i16 %".736" to i64
  %"cursor.47" = and i64 %".737", 16383
  br label %"ipv6_d0"
hsr_d0.to_mpls:
  %".739" = getelementptr i8, ptr %"keys.47", i64 2
  %".740" = trunc i64 %".716" to i16
  store volatile i16 %".740", ptr %".739", align 2
  %".742" = load volatile i16, ptr %".739", align 2
  %".743" = zext i16 %".742" to i64
  %"cursor.48" = and i64 %".743", 16383
  br label %"mpls_mpls_labels1"
hsr_d0.to_mpls.1:
  %".745" = getelementptr i8, ptr %"keys.47", i64 2
  %".746" = trunc i64 %".716" to i16
  store volatile i16 %".746", ptr %".745", align 2
  %".748" = load volatile i16, ptr %".745", align 2
  %".749" = zext i16 %".748" to i64
  %"cursor.49" = and i64 %".749", 16383
  br label %"mpls_mpls_labels1"
hsr_d0.to_pppoe:
  %".751" = getelementptr i8, ptr %"keys.47", i64 2
  %".752" = trunc i64 %".716" to i16
  store volatile i16 %".752", ptr %".751", align 2
  %".754" = load volatile i16, ptr %".751", align 2
  %".755" = zext i16 %".754" to i64
  %"cursor.50" = and i64 %".755", 16383
  br label %"pppoe_d0"
hsr_d0.to_arp:
  %".757" = getelementptr i8, ptr %"keys.47", i64 2
  %".758" = trunc i64 %".716" to i16
  store volatile i16 %".758", ptr %".757", align 2
  %".760" = load volatile i16, ptr %".757", align 2
  %".761" = zext i16 %".760" to i64
  %"cursor.51" = and i64 %".761", 16383
  br label %"arp"
hsr_d0.to_arp.1:
  %".763" = getelementptr i8, ptr %"keys.47", i64 2
  %".764" = trunc i64 %".716" to i16
  store volatile i16 %".764", ptr %".763", align 2
  %".766" = load volatile i16, ptr %".763", align 2
  %".767" = zext i16 %".766" to i64
  %"cursor.52" = and i64 %".767", 16383
  br label %"arp"
hsr_d0.to_ptp:
  %".769" = getelementptr i8, ptr %"keys.47", i64 2
  %".770" = trunc i64 %".716" to i16
  store volatile i16 %".770", ptr %".769", align 2
  %".772" = load volatile i16, ptr %".769", align 2
  %".773" = zext i16 %".772" to i64
  %"cursor.53" = and i64 %".773", 16383
  br label %"ptp"
hsr_d0.to_cfm:
  %".775" = getelementptr i8, ptr %"keys.47", i64 2
  %".776" = trunc i64 %".716" to i16
  store volatile i16 %".776", ptr %".775", align 2
  %".778" = load volatile i16, ptr %".775", align 2
  %".779" = zext i16 %".778" to i64
  %"cursor.54" = and i64 %".779", 16383
  br label %"cfm"
hsr_d0.to_tipc:
  %".781" = getelementptr i8, ptr %"keys.47", i64 2
  %".782" = trunc i64 %".716" to i16
  store volatile i16 %".782", ptr %".781", align 2
  %".784" = load volatile i16, ptr %".781", align 2
  %".785" = zext i16 %".784" to i64
  %"cursor.55" = and i64 %".785", 16383
  br label %"tipc"
hsr_d0.to_fcoe:
  %".787" = getelementptr i8, ptr %"keys.47", i64 2
  %".788" = trunc i64 %".716" to i16
  store volatile i16 %".788", ptr %".787", align 2
  %".790" = load volatile i16, ptr %".787", align 2
  %".791" = zext i16 %".790" to i64
  %"cursor.56" = and i64 %".791", 16383
  br label %"fcoe"
batadv_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".803" = trunc i64 %"cursor.12" to i32
  %".804" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".803", [40 x i8]* %"header_copy", i32 24)
  %".805" = icmp eq i64 %".804", 0
  %".806" = getelementptr i8, ptr %"ctx.10", i64 76
  %".807" = load i32, ptr %".806", align 4
  %".808" = zext i32 %".807" to i64
  %"data.48" = inttoptr i64 %".808" to ptr
  %".809" = getelementptr i8, ptr %"ctx.10", i64 80
  %".810" = load i32, ptr %".809", align 4
  %".811" = zext i32 %".810" to i64
  %"data_end.48" = inttoptr i64 %".811" to ptr
  %".812" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.48" = load ptr, ptr %".812", align 8
  %".813" = xor i1 %".805", -1
  br i1 %".813", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".815" = trunc i64 %"cursor.12" to i16
  %".816" = getelementptr i8, ptr %"keys.48", i64 2
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
  %".834" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".833", ptr %".834", align 2
  br label %"return"
batadv_d0.require.endif:
  %".837" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".838" = zext i16 %".837" to i64
  %".839" = trunc i64 %".838" to i16
  %".840" = call i16 @"llvm.bswap.i16"(i16 %".839")
  %".841" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %".840", ptr %".841", align 2
  %".843" = add i64 %"cursor.12", 24
  %".844" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".845" = zext i16 %".844" to i64
  switch i64 %".845", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe"]
batadv_d0.unknown:
  %".847" = trunc i64 %".843" to i16
  %".848" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".847", ptr %".848", align 2
  br label %"return"
batadv_d0.to_ipv4:
  %".851" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".851", align 1
  %".853" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.6" = load volatile i32, ptr %".853", align 4
  %".854" = and i32 %"flags.6", 4
  %".855" = icmp ne i32 %".854", 0
  br i1 %".855", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.to_ipv6:
  %".867" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".867", align 1
  %".869" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.7" = load volatile i32, ptr %".869", align 4
  %".870" = and i32 %"flags.7", 4
  %".871" = icmp ne i32 %".870", 0
  br i1 %".871", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_mpls:
  %".883" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".883", align 1
  %".885" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.8" = load volatile i32, ptr %".885", align 4
  %".886" = and i32 %"flags.8", 4
  %".887" = icmp ne i32 %".886", 0
  br i1 %".887", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_mpls.1:
  %".899" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".899", align 1
  %".901" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.9" = load volatile i32, ptr %".901", align 4
  %".902" = and i32 %"flags.9", 4
  %".903" = icmp ne i32 %".902", 0
  br i1 %".903", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_pppoe:
  %".915" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".915", align 1
  %".917" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.10" = load volatile i32, ptr %".917", align 4
  %".918" = and i32 %"flags.10", 4
  %".919" = icmp ne i32 %".918", 0
  br i1 %".919", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_arp:
  %".931" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".931", align 1
  %".933" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.11" = load volatile i32, ptr %".933", align 4
  %".934" = and i32 %"flags.11", 4
  %".935" = icmp ne i32 %".934", 0
  br i1 %".935", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_arp.1:
  %".947" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".947", align 1
  %".949" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.12" = load volatile i32, ptr %".949", align 4
  %".950" = and i32 %"flags.12", 4
  %".951" = icmp ne i32 %".950", 0
  br i1 %".951", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_ptp:
  %".963" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".963", align 1
  %".965" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.13" = load volatile i32, ptr %".965", align 4
  %".966" = and i32 %"flags.13", 4
  %".967" = icmp ne i32 %".966", 0
  br i1 %".967", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_cfm:
  %".979" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".979", align 1
  %".981" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.14" = load volatile i32, ptr %".981", align 4
  %".982" = and i32 %"flags.14", 4
  %".983" = icmp ne i32 %".982", 0
  br i1 %".983", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_tipc:
  %".995" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".995", align 1
  %".997" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.15" = load volatile i32, ptr %".997", align 4
  %".998" = and i32 %"flags.15", 4
  %".999" = icmp ne i32 %".998", 0
  br i1 %".999", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_fcoe:
  %".1011" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".1011", align 1
  %".1013" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.16" = load volatile i32, ptr %".1013", align 4
  %".1014" = and i32 %"flags.16", 4
  %".1015" = icmp ne i32 %".1014", 0
  br i1 %".1015", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.stop_at_encap:
  %".857" = trunc i64 %".843" to i16
  %".858" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".857", ptr %".858", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".861" = getelementptr i8, ptr %"keys.49", i64 2
  %".862" = trunc i64 %".843" to i16
  store volatile i16 %".862", ptr %".861", align 2
  %".864" = load volatile i16, ptr %".861", align 2
  %".865" = zext i16 %".864" to i64
  %"cursor.57" = and i64 %".865", 16383
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".873" = trunc i64 %".843" to i16
  %".874" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".873", ptr %".874", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".877" = getelementptr i8, ptr %"keys.49", i64 2
  %".878" = trunc i64 %".843" to i16
  store volatile i16 %".878", ptr %".877", align 2
  %".880" = load volatile i16, ptr %".877", align 2
  %".881" = zext i16 %".880" to i64
  %"cursor.58" = and i64 %".881", 16383
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".889" = trunc i64 %".843" to i16
  %".890" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".889", ptr %".890", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".893" = getelementptr i8, ptr %"keys.49", i64 2
  %".894" = trunc i64 %".843" to i16
  store volatile i16 %".894", ptr %".893", align 2
  %".896" = load volatile i16, ptr %".893", align 2
  %".897" = zext i16 %".896" to i64
  %"cursor.59" = and i64 %".897", 16383
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.3:
  %".905" = trunc i64 %".843" to i16
  %".906" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".905", ptr %".906", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".909" = getelementptr i8, ptr %"keys.49", i64 2
  %".910" = trunc i64 %".843" to i16
  store volatile i16 %".910", ptr %".909", align 2
  %".912" = load volatile i16, ptr %".909", align 2
  %".913" = zext i16 %".912" to i64
  %"cursor.60" = and i64 %".913", 16383
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.4:
  %".921" = trunc i64 %".843" to i16
  %".922" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".921", ptr %".922", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".925" = getelementptr i8, ptr %"keys.49", i64 2
  %".926" = trunc i64 %".843" to i16
  store volatile i16 %".926", ptr %".925", align 2
  %".928" = load volatile i16, ptr %".925", align 2
  %".929" = zext i16 %".928" to i64
  %"cursor.62" = and i64 %".929", 16383
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.61" = phi  i64 [%"cursor.62", %"batadv_d0.stop_at_encap.endif.4"], [%"cursor.151", %"gre_d0.to_pppoe"], [%"cursor.237", %"vlan_d1_vlan_tags1.to_pppoe"], [%"cursor.251", %"hsr_d1.to_pppoe"], [%"cursor.264", %"ethernet_d1.to_pppoe"], [%"cursor.337", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data.50" = phi  ptr [%"data.49", %"batadv_d0.stop_at_encap.endif.4"], [%"data.97", %"gre_d0.to_pppoe"], [%"data.124", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.127", %"hsr_d1.to_pppoe"], [%"data.131", %"ethernet_d1.to_pppoe"], [%"data.155", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data_end.50" = phi  ptr [%"data_end.49", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.97", %"gre_d0.to_pppoe"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.127", %"hsr_d1.to_pppoe"], [%"data_end.131", %"ethernet_d1.to_pppoe"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"keys.50" = phi  ptr [%"keys.49", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.97", %"gre_d0.to_pppoe"], [%"keys.124", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.127", %"hsr_d1.to_pppoe"], [%"keys.131", %"ethernet_d1.to_pppoe"], [%"keys.155", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"hdr.25" = getelementptr i8, ptr %"data.50", i64 %"cursor.61"
  %".2401" = getelementptr i8, ptr %"hdr.25", i64 8
  %".2402" = icmp ugt ptr %".2401", %"data_end.50"
  br i1 %".2402", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2404" = getelementptr i8, ptr %"hdr.25", i64 0
  %".2405" = load i8, ptr %".2404", align 1
  %".2406" = getelementptr i8, ptr %"hdr.25", i64 1
  %".2407" = load i8, ptr %".2406", align 1
  %".2408" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2409" = load i16, ptr %".2408", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2405", %"pppoe_d1.linear"], [%".2428", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2407", %"pppoe_d1.linear"], [%".2430", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2409", %"pppoe_d1.linear"], [%".2432", %"pppoe_d1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.50", %"pppoe_d1.linear"], [%"data.92", %"pppoe_d1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.50", %"pppoe_d1.linear"], [%"data_end.92", %"pppoe_d1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.50", %"pppoe_d1.linear"], [%"keys.92", %"pppoe_d1.copy_failed.endif"]
  %".2434" = zext i8 %"w0_1.7" to i64
  %".2435" = lshr i64 %".2434", 4
  %".2436" = and i64 %".2435", 15
  %".2437" = icmp eq i64 %".2436", 1
  %".2438" = zext i8 %"w0_1.7" to i64
  %".2439" = and i64 %".2438", 15
  %".2440" = icmp eq i64 %".2439", 1
  %".2441" = and i1 %".2437", %".2440"
  %".2442" = zext i8 %"w1_1.4" to i64
  %".2443" = icmp eq i64 %".2442", 0
  %".2444" = and i1 %".2441", %".2443"
  %".2445" = xor i1 %".2444", -1
  br i1 %".2445", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.5:
  %".937" = trunc i64 %".843" to i16
  %".938" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".937", ptr %".938", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".941" = getelementptr i8, ptr %"keys.49", i64 2
  %".942" = trunc i64 %".843" to i16
  store volatile i16 %".942", ptr %".941", align 2
  %".944" = load volatile i16, ptr %".941", align 2
  %".945" = zext i16 %".944" to i64
  %"cursor.63" = and i64 %".945", 16383
  br label %"arp"
batadv_d0.stop_at_encap.6:
  %".953" = trunc i64 %".843" to i16
  %".954" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".953", ptr %".954", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".957" = getelementptr i8, ptr %"keys.49", i64 2
  %".958" = trunc i64 %".843" to i16
  store volatile i16 %".958", ptr %".957", align 2
  %".960" = load volatile i16, ptr %".957", align 2
  %".961" = zext i16 %".960" to i64
  %"cursor.64" = and i64 %".961", 16383
  br label %"arp"
batadv_d0.stop_at_encap.7:
  %".969" = trunc i64 %".843" to i16
  %".970" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".969", ptr %".970", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".973" = getelementptr i8, ptr %"keys.49", i64 2
  %".974" = trunc i64 %".843" to i16
  store volatile i16 %".974", ptr %".973", align 2
  %".976" = load volatile i16, ptr %".973", align 2
  %".977" = zext i16 %".976" to i64
  %"cursor.65" = and i64 %".977", 16383
  br label %"ptp"
batadv_d0.stop_at_encap.8:
  %".985" = trunc i64 %".843" to i16
  %".986" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".985", ptr %".986", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".989" = getelementptr i8, ptr %"keys.49", i64 2
  %".990" = trunc i64 %".843" to i16
  store volatile i16 %".990", ptr %".989", align 2
  %".992" = load volatile i16, ptr %".989", align 2
  %".993" = zext i16 %".992" to i64
  %"cursor.66" = and i64 %".993", 16383
  br label %"cfm"
batadv_d0.stop_at_encap.9:
  %".1001" = trunc i64 %".843" to i16
  %".1002" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".1001", ptr %".1002", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".1005" = getelementptr i8, ptr %"keys.49", i64 2
  %".1006" = trunc i64 %".843" to i16
  store volatile i16 %".1006", ptr %".1005", align 2
  %".1008" = load volatile i16, ptr %".1005", align 2
  %".1009" = zext i16 %".1008" to i64
  %"cursor.67" = and i64 %".1009", 16383
  br label %"tipc"
batadv_d0.stop_at_encap.10:
  %".1017" = trunc i64 %".843" to i16
  %".1018" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".1017", ptr %".1018", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".1021" = getelementptr i8, ptr %"keys.49", i64 2
  %".1022" = trunc i64 %".843" to i16
  store volatile i16 %".1022", ptr %".1021", align 2
  %".1024" = load volatile i16, ptr %".1021", align 2
  %".1025" = zext i16 %".1024" to i64
  %"cursor.68" = and i64 %".1025", 16383
  br label %"fcoe"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1035" = trunc i64 %"cursor.13" to i32
  %".1036" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".1035", [40 x i8]* %"header_copy", i32 4)
  %".1037" = icmp eq i64 %".1036", 0
  %".1038" = getelementptr i8, ptr %"ctx.11", i64 76
  %".1039" = load i32, ptr %".1038", align 4
  %".1040" = zext i32 %".1039" to i64
  %"data.51" = inttoptr i64 %".1040" to ptr
  %".1041" = getelementptr i8, ptr %"ctx.11", i64 80
  %".1042" = load i32, ptr %".1041", align 4
  %".1043" = zext i32 %".1042" to i64
  %"data_end.51" = inttoptr i64 %".1043" to ptr
  %".1044" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.51" = load ptr, ptr %".1044", align 8
  %".1045" = xor i1 %".1037", -1
  br i1 %".1045", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".1047" = trunc i64 %"cursor.13" to i16
  %".1048" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".1047", ptr %".1048", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".1051" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1052" = load volatile i16, [40 x i8]* %".1051", align 2
  %".1053" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1054" = load volatile i16, [40 x i8]* %".1053", align 2
  br label %"tcp.header"
udp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1080" = trunc i64 %"cursor.14" to i32
  %".1081" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1080", [40 x i8]* %"header_copy", i32 4)
  %".1082" = icmp eq i64 %".1081", 0
  %".1083" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1084" = load i32, ptr %".1083", align 4
  %".1085" = zext i32 %".1084" to i64
  %"data.53" = inttoptr i64 %".1085" to ptr
  %".1086" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1087" = load i32, ptr %".1086", align 4
  %".1088" = zext i32 %".1087" to i64
  %"data_end.53" = inttoptr i64 %".1088" to ptr
  %".1089" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.53" = load ptr, ptr %".1089", align 8
  %".1090" = xor i1 %".1082", -1
  br i1 %".1090", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".1092" = trunc i64 %"cursor.14" to i16
  %".1093" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1092", ptr %".1093", align 2
  br label %"return"
udp.copy_failed.endif:
  %".1096" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1097" = load volatile i16, [40 x i8]* %".1096", align 2
  %".1098" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1099" = load volatile i16, [40 x i8]* %".1098", align 2
  br label %"udp.header"
udp.copy_last_byte:
  %".1119" = add i64 %"cursor.14", %".1114"
  %".1120" = sub i64 %".1119", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1121" = trunc i64 %".1120" to i32
  %".1122" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1121", i64* %"last_byte", i32 1)
  %".1123" = icmp eq i64 %".1122", 0
  %".1124" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1125" = load i32, ptr %".1124", align 4
  %".1126" = zext i32 %".1125" to i64
  %"data.55" = inttoptr i64 %".1126" to ptr
  %".1127" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1128" = load i32, ptr %".1127", align 4
  %".1129" = zext i32 %".1128" to i64
  %"data_end.55" = inttoptr i64 %".1129" to ptr
  %".1130" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.55" = load ptr, ptr %".1130", align 8
  %".1131" = xor i1 %".1123", -1
  br i1 %".1131", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".1133" = trunc i64 %"cursor.14" to i16
  %".1134" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".1133", ptr %".1134", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1150" = trunc i64 %"cursor.15" to i32
  %".1151" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1150", [40 x i8]* %"header_copy", i32 4)
  %".1152" = icmp eq i64 %".1151", 0
  %".1153" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1154" = load i32, ptr %".1153", align 4
  %".1155" = zext i32 %".1154" to i64
  %"data.57" = inttoptr i64 %".1155" to ptr
  %".1156" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1157" = load i32, ptr %".1156", align 4
  %".1158" = zext i32 %".1157" to i64
  %"data_end.57" = inttoptr i64 %".1158" to ptr
  %".1159" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.57" = load ptr, ptr %".1159", align 8
  %".1160" = xor i1 %".1152", -1
  br i1 %".1160", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1162" = trunc i64 %"cursor.15" to i16
  %".1163" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".1162", ptr %".1163", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1166" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1167" = load volatile i16, [40 x i8]* %".1166", align 2
  %".1168" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1169" = load volatile i16, [40 x i8]* %".1168", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1189" = add i64 %"cursor.15", %".1184"
  %".1190" = sub i64 %".1189", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1191" = trunc i64 %".1190" to i32
  %".1192" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1191", i64* %"last_byte", i32 1)
  %".1193" = icmp eq i64 %".1192", 0
  %".1194" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1195" = load i32, ptr %".1194", align 4
  %".1196" = zext i32 %".1195" to i64
  %"data.59" = inttoptr i64 %".1196" to ptr
  %".1197" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1198" = load i32, ptr %".1197", align 4
  %".1199" = zext i32 %".1198" to i64
  %"data_end.59" = inttoptr i64 %".1199" to ptr
  %".1200" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.59" = load ptr, ptr %".1200", align 8
  %".1201" = xor i1 %".1193", -1
  br i1 %".1201", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1203" = trunc i64 %"cursor.15" to i16
  %".1204" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1203", ptr %".1204", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1222" = trunc i64 %"cursor.16" to i32
  %".1223" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1222", [40 x i8]* %"header_copy", i32 4)
  %".1224" = icmp eq i64 %".1223", 0
  %".1225" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1226" = load i32, ptr %".1225", align 4
  %".1227" = zext i32 %".1226" to i64
  %"data.61" = inttoptr i64 %".1227" to ptr
  %".1228" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1229" = load i32, ptr %".1228", align 4
  %".1230" = zext i32 %".1229" to i64
  %"data_end.61" = inttoptr i64 %".1230" to ptr
  %".1231" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.61" = load ptr, ptr %".1231", align 8
  %".1232" = xor i1 %".1224", -1
  br i1 %".1232", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1234" = trunc i64 %"cursor.16" to i16
  %".1235" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1234", ptr %".1235", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1238" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1239" = load volatile i8, [40 x i8]* %".1238", align 1
  %".1240" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1241" = load volatile i8, [40 x i8]* %".1240", align 1
  %".1242" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1243" = load volatile i16, [40 x i8]* %".1242", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1254" = trunc i64 %"cursor.16" to i16
  %".1255" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1254", ptr %".1255", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1258" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1259" = zext i16 %".1258" to i64
  %".1260" = trunc i64 %".1259" to i16
  %".1261" = call i16 @"llvm.bswap.i16"(i16 %".1260")
  %".1262" = getelementptr i8, ptr %"keys.62", i64 10
  store i16 %".1261", ptr %".1262", align 2
  %".1264" = zext i8 %"w1_1.2" to i64
  %".1265" = and i64 %".1264", 7
  switch i64 %".1265", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1267" = trunc i64 %"cursor.16" to i16
  %".1268" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1267", ptr %".1268", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.69" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.63" = phi  ptr [%"data.62", %"gre_version_d0.to_gre"]
  %"data_end.63" = phi  ptr [%"data_end.62", %"gre_version_d0.to_gre"]
  %"keys.63" = phi  ptr [%"keys.62", %"gre_version_d0.to_gre"]
  %"hdr.26" = getelementptr i8, ptr %"data.63", i64 %"cursor.69"
  %".2506" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2507" = icmp ugt ptr %".2506", %"data_end.63"
  br i1 %".2507", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".2509" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2510" = load i8, ptr %".2509", align 1
  %".2511" = getelementptr i8, ptr %"hdr.26", i64 1
  %".2512" = load i8, ptr %".2511", align 1
  %".2513" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2514" = load i16, ptr %".2513", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.8" = phi  i8 [%".2510", %"gre_d0.linear"], [%".2533", %"gre_d0.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2512", %"gre_d0.linear"], [%".2535", %"gre_d0.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".2514", %"gre_d0.linear"], [%".2537", %"gre_d0.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.63", %"gre_d0.linear"], [%"data.94", %"gre_d0.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.63", %"gre_d0.linear"], [%"data_end.94", %"gre_d0.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.63", %"gre_d0.linear"], [%"keys.94", %"gre_d0.copy_failed.endif"]
  %".2539" = zext i8 %"w1_1.5" to i64
  %".2540" = and i64 %".2539", 7
  %".2541" = icmp ne i64 %".2540", 0
  %".2542" = zext i8 %"w0_1.8" to i64
  %".2543" = lshr i64 %".2542", 6
  %".2544" = and i64 %".2543", 1
  %".2545" = icmp ne i64 %".2544", 0
  %".2546" = or i1 %".2541", %".2545"
  br i1 %".2546", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.70" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.64" = phi  ptr [%"data.62", %"gre_version_d0.to_pptp"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"gre_version_d0.to_pptp"]
  %"keys.64" = phi  ptr [%"keys.62", %"gre_version_d0.to_pptp"]
  %"hdr.27" = getelementptr i8, ptr %"data.64", i64 %"cursor.70"
  %".2714" = getelementptr i8, ptr %"hdr.27", i64 4
  %".2715" = icmp ugt ptr %".2714", %"data_end.64"
  br i1 %".2715", label %"pptp_d0.copy", label %"pptp_d0.linear", !prof !0
pptp_d0.linear:
  %".2717" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2718" = load i8, ptr %".2717", align 1
  %".2719" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2720" = load i8, ptr %".2719", align 1
  %".2721" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2722" = load i16, ptr %".2721", align 2
  br label %"pptp_d0.header"
pptp_d0.header:
  %"w0_1.9" = phi  i8 [%".2718", %"pptp_d0.linear"], [%".2741", %"pptp_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2720", %"pptp_d0.linear"], [%".2743", %"pptp_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2722", %"pptp_d0.linear"], [%".2745", %"pptp_d0.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.64", %"pptp_d0.linear"], [%"data.102", %"pptp_d0.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.64", %"pptp_d0.linear"], [%"data_end.102", %"pptp_d0.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.64", %"pptp_d0.linear"], [%"keys.102", %"pptp_d0.copy_failed.endif"]
  %".2747" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2748" = zext i16 %".2747" to i64
  %".2749" = icmp ne i64 %".2748", 34827
  %".2750" = zext i8 %"w0_1.9" to i64
  %".2751" = lshr i64 %".2750", 5
  %".2752" = and i64 %".2751", 1
  %".2753" = icmp eq i64 %".2752", 0
  %".2754" = or i1 %".2749", %".2753"
  br i1 %".2754", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1281" = trunc i64 %"cursor.17" to i32
  %".1282" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1281", [40 x i8]* %"header_copy", i32 4)
  %".1283" = icmp eq i64 %".1282", 0
  %".1284" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1285" = load i32, ptr %".1284", align 4
  %".1286" = zext i32 %".1285" to i64
  %"data.65" = inttoptr i64 %".1286" to ptr
  %".1287" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1288" = load i32, ptr %".1287", align 4
  %".1289" = zext i32 %".1288" to i64
  %"data_end.65" = inttoptr i64 %".1289" to ptr
  %".1290" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.65" = load ptr, ptr %".1290", align 8
  %".1291" = xor i1 %".1283", -1
  br i1 %".1291", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1293" = trunc i64 %"cursor.17" to i16
  %".1294" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1293", ptr %".1294", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1297" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1298" = load volatile i16, [40 x i8]* %".1297", align 2
  %".1299" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1300" = load volatile i16, [40 x i8]* %".1299", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1327" = trunc i64 %"cursor.18" to i32
  %".1328" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1327", [40 x i8]* %"header_copy", i32 4)
  %".1329" = icmp eq i64 %".1328", 0
  %".1330" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1331" = load i32, ptr %".1330", align 4
  %".1332" = zext i32 %".1331" to i64
  %"data.67" = inttoptr i64 %".1332" to ptr
  %".1333" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1334" = load i32, ptr %".1333", align 4
  %".1335" = zext i32 %".1334" to i64
  %"data_end.67" = inttoptr i64 %".1335" to ptr
  %".1336" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.67" = load ptr, ptr %".1336", align 8
  %".1337" = xor i1 %".1329", -1
  br i1 %".1337", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1339" = trunc i64 %"cursor.18" to i16
  %".1340" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1339", ptr %".1340", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1343" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1344" = load volatile i16, [40 x i8]* %".1343", align 2
  %".1345" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1346" = load volatile i16, [40 x i8]* %".1345", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1371" = trunc i64 %"cursor.19" to i32
  %".1372" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1371", [40 x i8]* %"header_copy", i32 4)
  %".1373" = icmp eq i64 %".1372", 0
  %".1374" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1375" = load i32, ptr %".1374", align 4
  %".1376" = zext i32 %".1375" to i64
  %"data.69" = inttoptr i64 %".1376" to ptr
  %".1377" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1378" = load i32, ptr %".1377", align 4
  %".1379" = zext i32 %".1378" to i64
  %"data_end.69" = inttoptr i64 %".1379" to ptr
  %".1380" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.69" = load ptr, ptr %".1380", align 8
  %".1381" = xor i1 %".1373", -1
  br i1 %".1381", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1383" = trunc i64 %"cursor.19" to i16
  %".1384" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1383", ptr %".1384", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1387" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1388" = load volatile i32, [40 x i8]* %".1387", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1415" = trunc i64 %"cursor.20" to i32
  %".1416" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1415", [40 x i8]* %"header_copy", i32 8)
  %".1417" = icmp eq i64 %".1416", 0
  %".1418" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1419" = load i32, ptr %".1418", align 4
  %".1420" = zext i32 %".1419" to i64
  %"data.71" = inttoptr i64 %".1420" to ptr
  %".1421" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1422" = load i32, ptr %".1421", align 4
  %".1423" = zext i32 %".1422" to i64
  %"data_end.71" = inttoptr i64 %".1423" to ptr
  %".1424" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.71" = load ptr, ptr %".1424", align 8
  %".1425" = xor i1 %".1417", -1
  br i1 %".1425", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1427" = trunc i64 %"cursor.20" to i16
  %".1428" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1427", ptr %".1428", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1431" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1432" = load volatile i32, [40 x i8]* %".1431", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1457" = trunc i64 %"cursor.21" to i32
  %".1458" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1457", [40 x i8]* %"header_copy", i32 4)
  %".1459" = icmp eq i64 %".1458", 0
  %".1460" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1461" = load i32, ptr %".1460", align 4
  %".1462" = zext i32 %".1461" to i64
  %"data.73" = inttoptr i64 %".1462" to ptr
  %".1463" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1464" = load i32, ptr %".1463", align 4
  %".1465" = zext i32 %".1464" to i64
  %"data_end.73" = inttoptr i64 %".1465" to ptr
  %".1466" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.73" = load ptr, ptr %".1466", align 8
  %".1467" = xor i1 %".1459", -1
  br i1 %".1467", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1469" = trunc i64 %"cursor.21" to i16
  %".1470" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1469", ptr %".1470", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1493" = trunc i64 %"cursor.23" to i32
  %".1494" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1493", [40 x i8]* %"header_copy", i32 20)
  %".1495" = icmp eq i64 %".1494", 0
  %".1496" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1497" = load i32, ptr %".1496", align 4
  %".1498" = zext i32 %".1497" to i64
  %"data.75" = inttoptr i64 %".1498" to ptr
  %".1499" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1500" = load i32, ptr %".1499", align 4
  %".1501" = zext i32 %".1500" to i64
  %"data_end.75" = inttoptr i64 %".1501" to ptr
  %".1502" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.75" = load ptr, ptr %".1502", align 8
  %".1503" = xor i1 %".1495", -1
  br i1 %".1503", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1505" = trunc i64 %"cursor.23" to i16
  %".1506" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1505", ptr %".1506", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1509" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1510" = load volatile i8, [40 x i8]* %".1509", align 1
  %".1511" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1512" = load volatile i16, [40 x i8]* %".1511", align 2
  %".1513" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1514" = load volatile i8, [40 x i8]* %".1513", align 1
  %".1515" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1516" = load volatile i32, [40 x i8]* %".1515", align 4
  %".1517" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1518" = load volatile i32, [40 x i8]* %".1517", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1525" = trunc i64 %"cursor.23" to i16
  %".1526" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1525", ptr %".1526", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1529" = trunc i64 2048 to i16
  %".1530" = getelementptr i8, ptr %"keys.76", i64 4
  store i16 %".1529", ptr %".1530", align 2
  %".1532" = trunc i64 2048 to i16
  %".1533" = call i16 @"llvm.bswap.i16"(i16 %".1532")
  %".1534" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1533", ptr %".1534", align 2
  %".1536" = getelementptr i8, ptr %"keys.76", i64 16
  store i32 %"w12_4.1", ptr %".1536", align 4
  %".1538" = getelementptr i8, ptr %"keys.76", i64 20
  store i32 %"w16_4.1", ptr %".1538", align 4
  %".1540" = zext i8 %"w9_1.1" to i64
  %".1541" = trunc i64 %".1540" to i8
  %".1542" = getelementptr i8, ptr %"keys.76", i64 9
  store i8 %".1541", ptr %".1542", align 1
  %".1544" = add i64 %"cursor.23", 20
  %".1545" = zext i8 %"w0_1.4" to i64
  %".1546" = and i64 %".1545", 15
  %".1547" = mul i64 %".1546", 4
  %".1548" = sub i64 %".1547", 20
  %".1549" = add i64 %".1548", 20
  %"end.3" = add i64 %"cursor.23", %".1549"
  %".1550" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1551" = zext i16 %".1550" to i64
  %".1552" = and i64 %".1551", 16383
  %".1553" = icmp ne i64 %".1552", 0
  %".1554" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1555" = zext i16 %".1554" to i64
  %".1556" = and i64 %".1555", 8191
  %".1557" = icmp eq i64 %".1556", 0
  br i1 %".1553", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.fragment:
  %".1559" = getelementptr i8, ptr %"keys.76", i64 6
  store i8 1, ptr %".1559", align 1
  br i1 %".1557", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1579" = zext i8 %"w9_1.1" to i64
  switch i64 %".1579", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]
ipv4_d1.first_fragment:
  %".1562" = getelementptr i8, ptr %"keys.76", i64 7
  store i8 1, ptr %".1562", align 1
  %".1564" = getelementptr i8, ptr %"keys.76", i64 48
  %"flags.17" = load volatile i32, ptr %".1564", align 4
  %".1565" = and i32 %"flags.17", 1
  %".1566" = icmp ne i32 %".1565", 0
  %".1567" = xor i1 %".1566", -1
  br i1 %".1567", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1574" = trunc i64 %"end.3" to i16
  %".1575" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1574", ptr %".1575", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1569" = trunc i64 %"end.3" to i16
  %".1570" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1569", ptr %".1570", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1581" = trunc i64 %"end.3" to i16
  %".1582" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1581", ptr %".1582", align 2
  br label %"return"
ipv4_d1.to_tcp:
  %".1585" = getelementptr i8, ptr %"keys.76", i64 2
  %".1586" = trunc i64 %"end.3" to i16
  store volatile i16 %".1586", ptr %".1585", align 2
  %".1588" = load volatile i16, ptr %".1585", align 2
  %".1589" = zext i16 %".1588" to i64
  %"cursor.71" = and i64 %".1589", 16383
  br label %"tcp"
ipv4_d1.to_udp:
  %".1591" = getelementptr i8, ptr %"keys.76", i64 2
  %".1592" = trunc i64 %"end.3" to i16
  store volatile i16 %".1592", ptr %".1591", align 2
  %".1594" = load volatile i16, ptr %".1591", align 2
  %".1595" = zext i16 %".1594" to i64
  %"cursor.72" = and i64 %".1595", 16383
  br label %"udp"
ipv4_d1.to_udplite:
  %".1597" = getelementptr i8, ptr %"keys.76", i64 2
  %".1598" = trunc i64 %"end.3" to i16
  store volatile i16 %".1598", ptr %".1597", align 2
  %".1600" = load volatile i16, ptr %".1597", align 2
  %".1601" = zext i16 %".1600" to i64
  %"cursor.73" = and i64 %".1601", 16383
  br label %"udplite"
ipv4_d1.to_gre_version:
  %".1603" = getelementptr i8, ptr %"keys.76", i64 2
  %".1604" = trunc i64 %"end.3" to i16
  store volatile i16 %".1604", ptr %".1603", align 2
  %".1606" = load volatile i16, ptr %".1603", align 2
  %".1607" = zext i16 %".1606" to i64
  %"cursor.75" = and i64 %".1607", 16383
  br label %"gre_version_d1"
ipv4_d1.to_sctp:
  %".1609" = getelementptr i8, ptr %"keys.76", i64 2
  %".1610" = trunc i64 %"end.3" to i16
  store volatile i16 %".1610", ptr %".1609", align 2
  %".1612" = load volatile i16, ptr %".1609", align 2
  %".1613" = zext i16 %".1612" to i64
  %"cursor.76" = and i64 %".1613", 16383
  br label %"sctp"
ipv4_d1.to_dccp:
  %".1615" = getelementptr i8, ptr %"keys.76", i64 2
  %".1616" = trunc i64 %"end.3" to i16
  store volatile i16 %".1616", ptr %".1615", align 2
  %".1618" = load volatile i16, ptr %".1615", align 2
  %".1619" = zext i16 %".1618" to i64
  %"cursor.77" = and i64 %".1619", 16383
  br label %"dccp"
ipv4_d1.to_esp:
  %".1621" = getelementptr i8, ptr %"keys.76", i64 2
  %".1622" = trunc i64 %"end.3" to i16
  store volatile i16 %".1622", ptr %".1621", align 2
  %".1624" = load volatile i16, ptr %".1621", align 2
  %".1625" = zext i16 %".1624" to i64
  %"cursor.78" = and i64 %".1625", 16383
  br label %"esp"
ipv4_d1.to_ah:
  %".1627" = getelementptr i8, ptr %"keys.76", i64 2
  %".1628" = trunc i64 %"end.3" to i16
  store volatile i16 %".1628", ptr %".1627", align 2
  %".1630" = load volatile i16, ptr %".1627", align 2
  %".1631" = zext i16 %".1630" to i64
  %"cursor.79" = and i64 %".1631", 16383
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1634" = trunc i64 34887 to i16
  %".1635" = call i16 @"llvm.bswap.i16"(i16 %".1634")
  %".1636" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1635", ptr %".1636", align 2
  %".1638" = getelementptr i8, ptr %"keys.76", i64 2
  %".1639" = trunc i64 %"end.3" to i16
  store volatile i16 %".1639", ptr %".1638", align 2
  %".1641" = load volatile i16, ptr %".1638", align 2
  %".1642" = zext i16 %".1641" to i64
  %"cursor.80" = and i64 %".1642", 16383
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1644" = trunc i64 2048 to i16
  %".1645" = call i16 @"llvm.bswap.i16"(i16 %".1644")
  %".1646" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1645", ptr %".1646", align 2
  %".1648" = getelementptr i8, ptr %"keys.76", i64 8
  store i8 1, ptr %".1648", align 1
  %".1650" = getelementptr i8, ptr %"keys.76", i64 48
  %"flags.18" = load volatile i32, ptr %".1650", align 4
  %".1651" = and i32 %"flags.18", 4
  %".1652" = icmp ne i32 %".1651", 0
  br i1 %".1652", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1662" = trunc i64 34525 to i16
  %".1663" = call i16 @"llvm.bswap.i16"(i16 %".1662")
  %".1664" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1663", ptr %".1664", align 2
  %".1666" = getelementptr i8, ptr %"keys.76", i64 8
  store i8 1, ptr %".1666", align 1
  %".1668" = getelementptr i8, ptr %"keys.76", i64 48
  %"flags.19" = load volatile i32, ptr %".1668", align 4
  %".1669" = and i32 %"flags.19", 4
  %".1670" = icmp ne i32 %".1669", 0
  br i1 %".1670", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.74" = phi  i64 [%"cursor.75", %"ipv4_d1.to_gre_version"], [%"cursor.90", %"ipv6_d1.to_gre_version"], [%"cursor.179", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"cursor.193", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"cursor.288", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"cursor.302", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"cursor.350", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"cursor.360", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data.77" = phi  ptr [%"data.76", %"ipv4_d1.to_gre_version"], [%"data.79", %"ipv6_d1.to_gre_version"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.159", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.161", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data_end.77" = phi  ptr [%"data_end.76", %"ipv4_d1.to_gre_version"], [%"data_end.79", %"ipv6_d1.to_gre_version"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"keys.77" = phi  ptr [%"keys.76", %"ipv4_d1.to_gre_version"], [%"keys.79", %"ipv6_d1.to_gre_version"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"hdr.28" = getelementptr i8, ptr %"data.77", i64 %"cursor.74"
  %".2807" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2808" = icmp ugt ptr %".2807", %"data_end.77"
  br i1 %".2808", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2810" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2811" = load i8, ptr %".2810", align 1
  %".2812" = getelementptr i8, ptr %"hdr.28", i64 1
  %".2813" = load i8, ptr %".2812", align 1
  %".2814" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2815" = load i16, ptr %".2814", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.10" = phi  i8 [%".2811", %"gre_version_d1.linear"], [%".2834", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2813", %"gre_version_d1.linear"], [%".2836", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2815", %"gre_version_d1.linear"], [%".2838", %"gre_version_d1.copy_failed.endif"]
  %"data.108" = phi  ptr [%"data.77", %"gre_version_d1.linear"], [%"data.107", %"gre_version_d1.copy_failed.endif"]
  %"data_end.108" = phi  ptr [%"data_end.77", %"gre_version_d1.linear"], [%"data_end.107", %"gre_version_d1.copy_failed.endif"]
  %"keys.108" = phi  ptr [%"keys.77", %"gre_version_d1.linear"], [%"keys.107", %"gre_version_d1.copy_failed.endif"]
  %".2840" = zext i8 %"w0_1.10" to i64
  %".2841" = lshr i64 %".2840", 6
  %".2842" = and i64 %".2841", 1
  %".2843" = icmp ne i64 %".2842", 0
  %".2844" = zext i8 %"w1_1.7" to i64
  %".2845" = and i64 %".2844", 7
  %".2846" = icmp ugt i64 %".2845", 1
  %".2847" = or i1 %".2843", %".2846"
  br i1 %".2847", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1654" = trunc i64 %"end.3" to i16
  %".1655" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1654", ptr %".1655", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1658" = trunc i64 %"end.3" to i16
  %".1659" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1658", ptr %".1659", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1672" = trunc i64 %"end.3" to i16
  %".1673" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1672", ptr %".1673", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1676" = trunc i64 %"end.3" to i16
  %".1677" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1676", ptr %".1677", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1696" = trunc i64 %"cursor.25" to i32
  %".1697" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1696", [40 x i8]* %"header_copy", i32 40)
  %".1698" = icmp eq i64 %".1697", 0
  %".1699" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1700" = load i32, ptr %".1699", align 4
  %".1701" = zext i32 %".1700" to i64
  %"data.78" = inttoptr i64 %".1701" to ptr
  %".1702" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1703" = load i32, ptr %".1702", align 4
  %".1704" = zext i32 %".1703" to i64
  %"data_end.78" = inttoptr i64 %".1704" to ptr
  %".1705" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.78" = load ptr, ptr %".1705", align 8
  %".1706" = xor i1 %".1698", -1
  br i1 %".1706", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1708" = trunc i64 %"cursor.25" to i16
  %".1709" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1708", ptr %".1709", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1712" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1713" = load volatile i32, [40 x i8]* %".1712", align 4
  %".1714" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1715" = load volatile i8, [40 x i8]* %".1714", align 1
  %".1716" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1717" = load volatile i64, [40 x i8]* %".1716", align 8
  %".1718" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1719" = load volatile i64, [40 x i8]* %".1718", align 8
  %".1720" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1721" = load volatile i64, [40 x i8]* %".1720", align 8
  %".1722" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1723" = load volatile i64, [40 x i8]* %".1722", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1761" = trunc i64 %".1751" to i16
  %".1762" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1761", ptr %".1762", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1765" = zext i8 %"w6_1.1" to i64
  switch i64 %".1765", label %"ipv6_d1.unknown" [i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]
ipv6_d1.unknown:
  %".1767" = trunc i64 %".1751" to i16
  %".1768" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1767", ptr %".1768", align 2
  br label %"return"
ipv6_d1.to_ipv6_opts:
  %".1771" = getelementptr i8, ptr %"keys.79", i64 2
  %".1772" = trunc i64 %".1751" to i16
  store volatile i16 %".1772", ptr %".1771", align 2
  %".1774" = load volatile i16, ptr %".1771", align 2
  %".1775" = zext i16 %".1774" to i64
  %"cursor.82" = and i64 %".1775", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  %".1777" = getelementptr i8, ptr %"keys.79", i64 2
  %".1778" = trunc i64 %".1751" to i16
  store volatile i16 %".1778", ptr %".1777", align 2
  %".1780" = load volatile i16, ptr %".1777", align 2
  %".1781" = zext i16 %".1780" to i64
  %"cursor.83" = and i64 %".1781", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  %".1783" = getelementptr i8, ptr %"keys.79", i64 2
  %".1784" = trunc i64 %".1751" to i16
  store volatile i16 %".1784", ptr %".1783", align 2
  %".1786" = load volatile i16, ptr %".1783", align 2
  %".1787" = zext i16 %".1786" to i64
  %"cursor.84" = and i64 %".1787", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  %".1789" = getelementptr i8, ptr %"keys.79", i64 2
  %".1790" = trunc i64 %".1751" to i16
  store volatile i16 %".1790", ptr %".1789", align 2
  %".1792" = load volatile i16, ptr %".1789", align 2
  %".1793" = zext i16 %".1792" to i64
  %"cursor.86" = and i64 %".1793", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_tcp:
  %".1795" = getelementptr i8, ptr %"keys.79", i64 2
  %".1796" = trunc i64 %".1751" to i16
  store volatile i16 %".1796", ptr %".1795", align 2
  %".1798" = load volatile i16, ptr %".1795", align 2
  %".1799" = zext i16 %".1798" to i64
  %"cursor.87" = and i64 %".1799", 16383
  br label %"tcp"
ipv6_d1.to_udp:
  %".1801" = getelementptr i8, ptr %"keys.79", i64 2
  %".1802" = trunc i64 %".1751" to i16
  store volatile i16 %".1802", ptr %".1801", align 2
  %".1804" = load volatile i16, ptr %".1801", align 2
  %".1805" = zext i16 %".1804" to i64
  %"cursor.88" = and i64 %".1805", 16383
  br label %"udp"
ipv6_d1.to_udplite:
  %".1807" = getelementptr i8, ptr %"keys.79", i64 2
  %".1808" = trunc i64 %".1751" to i16
  store volatile i16 %".1808", ptr %".1807", align 2
  %".1810" = load volatile i16, ptr %".1807", align 2
  %".1811" = zext i16 %".1810" to i64
  %"cursor.89" = and i64 %".1811", 16383
  br label %"udplite"
ipv6_d1.to_gre_version:
  %".1813" = getelementptr i8, ptr %"keys.79", i64 2
  %".1814" = trunc i64 %".1751" to i16
  store volatile i16 %".1814", ptr %".1813", align 2
  %".1816" = load volatile i16, ptr %".1813", align 2
  %".1817" = zext i16 %".1816" to i64
  %"cursor.90" = and i64 %".1817", 16383
  br label %"gre_version_d1"
ipv6_d1.to_sctp:
  %".1819" = getelementptr i8, ptr %"keys.79", i64 2
  %".1820" = trunc i64 %".1751" to i16
  store volatile i16 %".1820", ptr %".1819", align 2
  %".1822" = load volatile i16, ptr %".1819", align 2
  %".1823" = zext i16 %".1822" to i64
  %"cursor.91" = and i64 %".1823", 16383
  br label %"sctp"
ipv6_d1.to_dccp:
  %".1825" = getelementptr i8, ptr %"keys.79", i64 2
  %".1826" = trunc i64 %".1751" to i16
  store volatile i16 %".1826", ptr %".1825", align 2
  %".1828" = load volatile i16, ptr %".1825", align 2
  %".1829" = zext i16 %".1828" to i64
  %"cursor.92" = and i64 %".1829", 16383
  br label %"dccp"
ipv6_d1.to_esp:
  %".1831" = getelementptr i8, ptr %"keys.79", i64 2
  %".1832" = trunc i64 %".1751" to i16
  store volatile i16 %".1832", ptr %".1831", align 2
  %".1834" = load volatile i16, ptr %".1831", align 2
  %".1835" = zext i16 %".1834" to i64
  %"cursor.93" = and i64 %".1835", 16383
  br label %"esp"
ipv6_d1.to_ah:
  %".1837" = getelementptr i8, ptr %"keys.79", i64 2
  %".1838" = trunc i64 %".1751" to i16
  store volatile i16 %".1838", ptr %".1837", align 2
  %".1840" = load volatile i16, ptr %".1837", align 2
  %".1841" = zext i16 %".1840" to i64
  %"cursor.94" = and i64 %".1841", 16383
  br label %"ah"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".1844" = trunc i64 34887 to i16
  %".1845" = call i16 @"llvm.bswap.i16"(i16 %".1844")
  %".1846" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %".1845", ptr %".1846", align 2
  %".1848" = getelementptr i8, ptr %"keys.79", i64 2
  %".1849" = trunc i64 %".1751" to i16
  store volatile i16 %".1849", ptr %".1848", align 2
  %".1851" = load volatile i16, ptr %".1848", align 2
  %".1852" = zext i16 %".1851" to i64
  %"cursor.95" = and i64 %".1852", 16383
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1854" = trunc i64 2048 to i16
  %".1855" = call i16 @"llvm.bswap.i16"(i16 %".1854")
  %".1856" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %".1855", ptr %".1856", align 2
  %".1858" = getelementptr i8, ptr %"keys.79", i64 8
  store i8 1, ptr %".1858", align 1
  %".1860" = getelementptr i8, ptr %"keys.79", i64 48
  %"flags.21" = load volatile i32, ptr %".1860", align 4
  %".1861" = and i32 %"flags.21", 4
  %".1862" = icmp ne i32 %".1861", 0
  br i1 %".1862", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1872" = trunc i64 34525 to i16
  %".1873" = call i16 @"llvm.bswap.i16"(i16 %".1872")
  %".1874" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %".1873", ptr %".1874", align 2
  %".1876" = getelementptr i8, ptr %"keys.79", i64 8
  store i8 1, ptr %".1876", align 1
  %".1878" = getelementptr i8, ptr %"keys.79", i64 48
  %"flags.22" = load volatile i32, ptr %".1878", align 4
  %".1879" = and i32 %"flags.22", 4
  %".1880" = icmp ne i32 %".1879", 0
  br i1 %".1880", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.81" = phi  i64 [%"cursor.82", %"ipv6_d1.to_ipv6_opts"], [%"cursor.83", %"ipv6_d1.to_ipv6_opts.1"], [%"cursor.84", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.80" = phi  ptr [%"data.79", %"ipv6_d1.to_ipv6_opts"], [%"data.79", %"ipv6_d1.to_ipv6_opts.1"], [%"data.79", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.80" = phi  ptr [%"data_end.79", %"ipv6_d1.to_ipv6_opts"], [%"data_end.79", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.79", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.80" = phi  ptr [%"keys.79", %"ipv6_d1.to_ipv6_opts"], [%"keys.79", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.79", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.29" = getelementptr i8, ptr %"data.80", i64 %"cursor.81"
  %".2878" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2879" = icmp ugt ptr %".2878", %"data_end.80"
  br i1 %".2879", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2881" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2882" = load i8, ptr %".2881", align 1
  %".2883" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2884" = load i8, ptr %".2883", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2882", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2903", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2884", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2905", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.112" = phi  ptr [%"data.80", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.111", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.80", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.111", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.80", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.111", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2907" = zext i8 %"w0_1.11" to i64
  %".2908" = trunc i64 %".2907" to i8
  %".2909" = getelementptr i8, ptr %"keys.112", i64 9
  store i8 %".2908", ptr %".2909", align 1
  %".2911" = add i64 %"cursor.81", 2
  %".2912" = zext i8 %"w1_1.8" to i64
  %".2913" = mul i64 %".2912", 8
  %".2914" = add i64 %".2913", 6
  %".2915" = add i64 %".2914", 2
  %"end.7" = add i64 %"cursor.81", %".2915"
  %".2916" = zext i8 %"w0_1.11" to i64
  switch i64 %".2916", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.85" = phi  i64 [%"cursor.86", %"ipv6_d1.to_ipv6_frag"]
  %"data.81" = phi  ptr [%"data.79", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.81" = phi  ptr [%"data_end.79", %"ipv6_d1.to_ipv6_frag"]
  %"keys.81" = phi  ptr [%"keys.79", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.30" = getelementptr i8, ptr %"data.81", i64 %"cursor.85"
  %".3046" = getelementptr i8, ptr %"hdr.30", i64 8
  %".3047" = icmp ugt ptr %".3046", %"data_end.81"
  br i1 %".3047", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3049" = getelementptr i8, ptr %"hdr.30", i64 0
  %".3050" = load i8, ptr %".3049", align 1
  %".3051" = getelementptr i8, ptr %"hdr.30", i64 2
  %".3052" = load i16, ptr %".3051", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.12" = phi  i8 [%".3050", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3071", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3052", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3073", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.116" = phi  ptr [%"data.81", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.115", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.81", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.115", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.81", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.115", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3075" = zext i8 %"w0_1.12" to i64
  %".3076" = trunc i64 %".3075" to i8
  %".3077" = getelementptr i8, ptr %"keys.116", i64 9
  store i8 %".3076", ptr %".3077", align 1
  %".3079" = add i64 %"cursor.85", 8
  %".3080" = icmp ne i64 1, 0
  %".3081" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3082" = zext i16 %".3081" to i64
  %".3083" = and i64 %".3082", 65528
  %".3084" = icmp eq i64 %".3083", 0
  br i1 %".3080", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1864" = trunc i64 %".1751" to i16
  %".1865" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1864", ptr %".1865", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1868" = trunc i64 %".1751" to i16
  %".1869" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1868", ptr %".1869", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1882" = trunc i64 %".1751" to i16
  %".1883" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1882", ptr %".1883", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1886" = trunc i64 %".1751" to i16
  %".1887" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1886", ptr %".1887", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1898" = trunc i64 %"cursor.27" to i32
  %".1899" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1898", [40 x i8]* %"header_copy", i32 2)
  %".1900" = icmp eq i64 %".1899", 0
  %".1901" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1902" = load i32, ptr %".1901", align 4
  %".1903" = zext i32 %".1902" to i64
  %"data.82" = inttoptr i64 %".1903" to ptr
  %".1904" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1905" = load i32, ptr %".1904", align 4
  %".1906" = zext i32 %".1905" to i64
  %"data_end.82" = inttoptr i64 %".1906" to ptr
  %".1907" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.82" = load ptr, ptr %".1907", align 8
  %".1908" = xor i1 %".1900", -1
  br i1 %".1908", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1910" = trunc i64 %"cursor.27" to i16
  %".1911" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1910", ptr %".1911", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1914" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1915" = load volatile i8, [40 x i8]* %".1914", align 1
  %".1916" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1917" = load volatile i8, [40 x i8]* %".1916", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1930" = trunc i64 %"end.4" to i16
  %".1931" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1930", ptr %".1931", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  %".1936" = getelementptr i8, ptr %"keys.83", i64 2
  %".1937" = trunc i64 %"end.4" to i16
  store volatile i16 %".1937", ptr %".1936", align 2
  %".1939" = load volatile i16, ptr %".1936", align 2
  %".1940" = zext i16 %".1939" to i64
  %"cursor.97" = and i64 %".1940", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  %".1943" = getelementptr i8, ptr %"keys.83", i64 2
  %".1944" = trunc i64 %"end.4" to i16
  store volatile i16 %".1944", ptr %".1943", align 2
  %".1946" = load volatile i16, ptr %".1943", align 2
  %".1947" = zext i16 %".1946" to i64
  %"cursor.99" = and i64 %".1947", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  %".1949" = getelementptr i8, ptr %"keys.83", i64 2
  %".1950" = trunc i64 %"end.4" to i16
  store volatile i16 %".1950", ptr %".1949", align 2
  %".1952" = load volatile i16, ptr %".1949", align 2
  %".1953" = zext i16 %".1952" to i64
  %"cursor.100" = and i64 %".1953", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  %".1955" = getelementptr i8, ptr %"keys.83", i64 2
  %".1956" = trunc i64 %"end.4" to i16
  store volatile i16 %".1956", ptr %".1955", align 2
  %".1958" = load volatile i16, ptr %".1955", align 2
  %".1959" = zext i16 %".1958" to i64
  %"cursor.101" = and i64 %".1959", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre_version:
  %".1961" = getelementptr i8, ptr %"keys.83", i64 2
  %".1962" = trunc i64 %"end.4" to i16
  store volatile i16 %".1962", ptr %".1961", align 2
  %".1964" = load volatile i16, ptr %".1961", align 2
  %".1965" = zext i16 %".1964" to i64
  %"cursor.102" = and i64 %".1965", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  %".1967" = getelementptr i8, ptr %"keys.83", i64 2
  %".1968" = trunc i64 %"end.4" to i16
  store volatile i16 %".1968", ptr %".1967", align 2
  %".1970" = load volatile i16, ptr %".1967", align 2
  %".1971" = zext i16 %".1970" to i64
  %"cursor.103" = and i64 %".1971", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  %".1973" = getelementptr i8, ptr %"keys.83", i64 2
  %".1974" = trunc i64 %"end.4" to i16
  store volatile i16 %".1974", ptr %".1973", align 2
  %".1976" = load volatile i16, ptr %".1973", align 2
  %".1977" = zext i16 %".1976" to i64
  %"cursor.104" = and i64 %".1977", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  %".1979" = getelementptr i8, ptr %"keys.83", i64 2
  %".1980" = trunc i64 %"end.4" to i16
  store volatile i16 %".1980", ptr %".1979", align 2
  %".1982" = load volatile i16, ptr %".1979", align 2
  %".1983" = zext i16 %".1982" to i64
  %"cursor.105" = and i64 %".1983", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  %".1985" = getelementptr i8, ptr %"keys.83", i64 2
  %".1986" = trunc i64 %"end.4" to i16
  store volatile i16 %".1986", ptr %".1985", align 2
  %".1988" = load volatile i16, ptr %".1985", align 2
  %".1989" = zext i16 %".1988" to i64
  %"cursor.106" = and i64 %".1989", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  %".1991" = getelementptr i8, ptr %"keys.83", i64 2
  %".1992" = trunc i64 %"end.4" to i16
  store volatile i16 %".1992", ptr %".1991", align 2
  %".1994" = load volatile i16, ptr %".1991", align 2
  %".1995" = zext i16 %".1994" to i64
  %"cursor.107" = and i64 %".1995", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".1997" = trunc i64 34887 to i16
  %".1998" = call i16 @"llvm.bswap.i16"(i16 %".1997")
  %".1999" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1998", ptr %".1999", align 2
  %".2001" = getelementptr i8, ptr %"keys.83", i64 2
  %".2002" = trunc i64 %"end.4" to i16
  store volatile i16 %".2002", ptr %".2001", align 2
  %".2004" = load volatile i16, ptr %".2001", align 2
  %".2005" = zext i16 %".2004" to i64
  %"cursor.108" = and i64 %".2005", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".2007" = trunc i64 2048 to i16
  %".2008" = call i16 @"llvm.bswap.i16"(i16 %".2007")
  %".2009" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".2008", ptr %".2009", align 2
  %".2011" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".2011", align 1
  %".2013" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.23" = load volatile i32, ptr %".2013", align 4
  %".2014" = and i32 %"flags.23", 4
  %".2015" = icmp ne i32 %".2014", 0
  br i1 %".2015", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".2027" = trunc i64 34525 to i16
  %".2028" = call i16 @"llvm.bswap.i16"(i16 %".2027")
  %".2029" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".2028", ptr %".2029", align 2
  %".2031" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".2031", align 1
  %".2033" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.24" = load volatile i32, ptr %".2033", align 4
  %".2034" = and i32 %"flags.24", 4
  %".2035" = icmp ne i32 %".2034", 0
  br i1 %".2035", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.96" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.111", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"cursor.112", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.113", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data.84" = phi  ptr [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.84" = phi  ptr [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.84" = phi  ptr [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.84", i64 %"cursor.96"
  %".3236" = getelementptr i8, ptr %"hdr.31", i64 2
  %".3237" = icmp ugt ptr %".3236", %"data_end.84"
  br i1 %".3237", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3239" = getelementptr i8, ptr %"hdr.31", i64 0
  %".3240" = load i8, ptr %".3239", align 1
  %".3241" = getelementptr i8, ptr %"hdr.31", i64 1
  %".3242" = load i8, ptr %".3241", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3240", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3261", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3242", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3263", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.84", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.117", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.84", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.117", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.84", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.117", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3265" = zext i8 %"w0_1.13" to i64
  %".3266" = trunc i64 %".3265" to i8
  %".3267" = getelementptr i8, ptr %"keys.118", i64 9
  store i8 %".3266", ptr %".3267", align 1
  %".3269" = add i64 %"cursor.96", 2
  %".3270" = zext i8 %"w1_1.9" to i64
  %".3271" = mul i64 %".3270", 8
  %".3272" = add i64 %".3271", 6
  %".3273" = add i64 %".3272", 2
  %"end.8" = add i64 %"cursor.96", %".3273"
  %".3274" = zext i8 %"w0_1.13" to i64
  switch i64 %".3274", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.98" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".2080", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data.85" = phi  ptr [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"keys.85" = phi  ptr [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.85", i64 %"cursor.98"
  %".3393" = getelementptr i8, ptr %"hdr.32", i64 8
  %".3394" = icmp ugt ptr %".3393", %"data_end.85"
  br i1 %".3394", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3396" = getelementptr i8, ptr %"hdr.32", i64 0
  %".3397" = load i8, ptr %".3396", align 1
  %".3398" = getelementptr i8, ptr %"hdr.32", i64 2
  %".3399" = load i16, ptr %".3398", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3397", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3418", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3399", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3420", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.122" = phi  ptr [%"data.85", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.121", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.85", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.121", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.85", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.121", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3422" = zext i8 %"w0_1.14" to i64
  %".3423" = trunc i64 %".3422" to i8
  %".3424" = getelementptr i8, ptr %"keys.122", i64 9
  store i8 %".3423", ptr %".3424", align 1
  %".3426" = add i64 %"cursor.98", 8
  %".3427" = icmp ne i64 1, 0
  %".3428" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3429" = zext i16 %".3428" to i64
  %".3430" = and i64 %".3429", 65528
  %".3431" = icmp eq i64 %".3430", 0
  br i1 %".3427", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".2017" = trunc i64 %"end.4" to i16
  %".2018" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".2017", ptr %".2018", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".2021" = getelementptr i8, ptr %"keys.83", i64 2
  %".2022" = trunc i64 %"end.4" to i16
  store volatile i16 %".2022", ptr %".2021", align 2
  %".2024" = load volatile i16, ptr %".2021", align 2
  %".2025" = zext i16 %".2024" to i64
  %"cursor.109" = and i64 %".2025", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".2037" = trunc i64 %"end.4" to i16
  %".2038" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".2037", ptr %".2038", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2041" = getelementptr i8, ptr %"keys.83", i64 2
  %".2042" = trunc i64 %"end.4" to i16
  store volatile i16 %".2042", ptr %".2041", align 2
  %".2044" = load volatile i16, ptr %".2041", align 2
  %".2045" = zext i16 %".2044" to i64
  %"cursor.110" = and i64 %".2045", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2055" = trunc i64 %"cursor.29" to i32
  %".2056" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".2055", [40 x i8]* %"header_copy", i32 8)
  %".2057" = icmp eq i64 %".2056", 0
  %".2058" = getelementptr i8, ptr %"ctx.25", i64 76
  %".2059" = load i32, ptr %".2058", align 4
  %".2060" = zext i32 %".2059" to i64
  %"data.86" = inttoptr i64 %".2060" to ptr
  %".2061" = getelementptr i8, ptr %"ctx.25", i64 80
  %".2062" = load i32, ptr %".2061", align 4
  %".2063" = zext i32 %".2062" to i64
  %"data_end.86" = inttoptr i64 %".2063" to ptr
  %".2064" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.86" = load ptr, ptr %".2064", align 8
  %".2065" = xor i1 %".2057", -1
  br i1 %".2065", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".2067" = trunc i64 %"cursor.29" to i16
  %".2068" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".2067", ptr %".2068", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".2071" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2072" = load volatile i8, [40 x i8]* %".2071", align 1
  %".2073" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2074" = load volatile i16, [40 x i8]* %".2073", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".2087" = getelementptr i8, ptr %"keys.87", i64 6
  store i8 1, ptr %".2087", align 1
  br i1 %".2085", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".2107" = zext i8 %"w0_1.6" to i64
  switch i64 %".2107", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".2090" = getelementptr i8, ptr %"keys.87", i64 7
  store i8 1, ptr %".2090", align 1
  %".2092" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.25" = load volatile i32, ptr %".2092", align 4
  %".2093" = and i32 %"flags.25", 1
  %".2094" = icmp ne i32 %".2093", 0
  %".2095" = xor i1 %".2094", -1
  br i1 %".2095", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".2102" = trunc i64 %".2080" to i16
  %".2103" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".2102", ptr %".2103", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".2097" = trunc i64 %".2080" to i16
  %".2098" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".2097", ptr %".2098", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".2109" = trunc i64 %".2080" to i16
  %".2110" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".2109", ptr %".2110", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  %".2113" = getelementptr i8, ptr %"keys.87", i64 2
  %".2114" = trunc i64 %".2080" to i16
  store volatile i16 %".2114", ptr %".2113", align 2
  %".2116" = load volatile i16, ptr %".2113", align 2
  %".2117" = zext i16 %".2116" to i64
  %"cursor.111" = and i64 %".2117", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  %".2119" = getelementptr i8, ptr %"keys.87", i64 2
  %".2120" = trunc i64 %".2080" to i16
  store volatile i16 %".2120", ptr %".2119", align 2
  %".2122" = load volatile i16, ptr %".2119", align 2
  %".2123" = zext i16 %".2122" to i64
  %"cursor.112" = and i64 %".2123", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  %".2125" = getelementptr i8, ptr %"keys.87", i64 2
  %".2126" = trunc i64 %".2080" to i16
  store volatile i16 %".2126", ptr %".2125", align 2
  %".2128" = load volatile i16, ptr %".2125", align 2
  %".2129" = zext i16 %".2128" to i64
  %"cursor.113" = and i64 %".2129", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  %".2132" = getelementptr i8, ptr %"keys.87", i64 2
  %".2133" = trunc i64 %".2080" to i16
  store volatile i16 %".2133", ptr %".2132", align 2
  %".2135" = load volatile i16, ptr %".2132", align 2
  %".2136" = zext i16 %".2135" to i64
  %"cursor.114" = and i64 %".2136", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  %".2138" = getelementptr i8, ptr %"keys.87", i64 2
  %".2139" = trunc i64 %".2080" to i16
  store volatile i16 %".2139", ptr %".2138", align 2
  %".2141" = load volatile i16, ptr %".2138", align 2
  %".2142" = zext i16 %".2141" to i64
  %"cursor.115" = and i64 %".2142", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  %".2144" = getelementptr i8, ptr %"keys.87", i64 2
  %".2145" = trunc i64 %".2080" to i16
  store volatile i16 %".2145", ptr %".2144", align 2
  %".2147" = load volatile i16, ptr %".2144", align 2
  %".2148" = zext i16 %".2147" to i64
  %"cursor.116" = and i64 %".2148", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre_version:
  %".2150" = getelementptr i8, ptr %"keys.87", i64 2
  %".2151" = trunc i64 %".2080" to i16
  store volatile i16 %".2151", ptr %".2150", align 2
  %".2153" = load volatile i16, ptr %".2150", align 2
  %".2154" = zext i16 %".2153" to i64
  %"cursor.117" = and i64 %".2154", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  %".2156" = getelementptr i8, ptr %"keys.87", i64 2
  %".2157" = trunc i64 %".2080" to i16
  store volatile i16 %".2157", ptr %".2156", align 2
  %".2159" = load volatile i16, ptr %".2156", align 2
  %".2160" = zext i16 %".2159" to i64
  %"cursor.118" = and i64 %".2160", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  %".2162" = getelementptr i8, ptr %"keys.87", i64 2
  %".2163" = trunc i64 %".2080" to i16
  store volatile i16 %".2163", ptr %".2162", align 2
  %".2165" = load volatile i16, ptr %".2162", align 2
  %".2166" = zext i16 %".2165" to i64
  %"cursor.119" = and i64 %".2166", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  %".2168" = getelementptr i8, ptr %"keys.87", i64 2
  %".2169" = trunc i64 %".2080" to i16
  store volatile i16 %".2169", ptr %".2168", align 2
  %".2171" = load volatile i16, ptr %".2168", align 2
  %".2172" = zext i16 %".2171" to i64
  %"cursor.120" = and i64 %".2172", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  %".2174" = getelementptr i8, ptr %"keys.87", i64 2
  %".2175" = trunc i64 %".2080" to i16
  store volatile i16 %".2175", ptr %".2174", align 2
  %".2177" = load volatile i16, ptr %".2174", align 2
  %".2178" = zext i16 %".2177" to i64
  %"cursor.121" = and i64 %".2178", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  %".2180" = getelementptr i8, ptr %"keys.87", i64 2
  %".2181" = trunc i64 %".2080" to i16
  store volatile i16 %".2181", ptr %".2180", align 2
  %".2183" = load volatile i16, ptr %".2180", align 2
  %".2184" = zext i16 %".2183" to i64
  %"cursor.122" = and i64 %".2184", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".2186" = trunc i64 34887 to i16
  %".2187" = call i16 @"llvm.bswap.i16"(i16 %".2186")
  %".2188" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".2187", ptr %".2188", align 2
  %".2190" = getelementptr i8, ptr %"keys.87", i64 2
  %".2191" = trunc i64 %".2080" to i16
  store volatile i16 %".2191", ptr %".2190", align 2
  %".2193" = load volatile i16, ptr %".2190", align 2
  %".2194" = zext i16 %".2193" to i64
  %"cursor.123" = and i64 %".2194", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".2196" = trunc i64 2048 to i16
  %".2197" = call i16 @"llvm.bswap.i16"(i16 %".2196")
  %".2198" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".2197", ptr %".2198", align 2
  %".2200" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".2200", align 1
  %".2202" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.26" = load volatile i32, ptr %".2202", align 4
  %".2203" = and i32 %"flags.26", 4
  %".2204" = icmp ne i32 %".2203", 0
  br i1 %".2204", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".2216" = trunc i64 34525 to i16
  %".2217" = call i16 @"llvm.bswap.i16"(i16 %".2216")
  %".2218" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".2217", ptr %".2218", align 2
  %".2220" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".2220", align 1
  %".2222" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.27" = load volatile i32, ptr %".2222", align 4
  %".2223" = and i32 %"flags.27", 4
  %".2224" = icmp ne i32 %".2223", 0
  br i1 %".2224", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".2206" = trunc i64 %".2080" to i16
  %".2207" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".2206", ptr %".2207", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".2210" = getelementptr i8, ptr %"keys.87", i64 2
  %".2211" = trunc i64 %".2080" to i16
  store volatile i16 %".2211", ptr %".2210", align 2
  %".2213" = load volatile i16, ptr %".2210", align 2
  %".2214" = zext i16 %".2213" to i64
  %"cursor.124" = and i64 %".2214", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".2226" = trunc i64 %".2080" to i16
  %".2227" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".2226", ptr %".2227", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2230" = getelementptr i8, ptr %"keys.87", i64 2
  %".2231" = trunc i64 %".2080" to i16
  store volatile i16 %".2231", ptr %".2230", align 2
  %".2233" = load volatile i16, ptr %".2230", align 2
  %".2234" = zext i16 %".2233" to i64
  %"cursor.125" = and i64 %".2234", 16383
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2240" = trunc i64 %"cursor.30" to i32
  %".2241" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".2240", [40 x i8]* %"header_copy", i32 4)
  %".2242" = icmp eq i64 %".2241", 0
  %".2243" = getelementptr i8, ptr %"ctx.26", i64 76
  %".2244" = load i32, ptr %".2243", align 4
  %".2245" = zext i32 %".2244" to i64
  %"data.88" = inttoptr i64 %".2245" to ptr
  %".2246" = getelementptr i8, ptr %"ctx.26", i64 80
  %".2247" = load i32, ptr %".2246", align 4
  %".2248" = zext i32 %".2247" to i64
  %"data_end.88" = inttoptr i64 %".2248" to ptr
  %".2249" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.88" = load ptr, ptr %".2249", align 8
  %".2250" = xor i1 %".2242", -1
  br i1 %".2250", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".2252" = trunc i64 %"cursor.30" to i16
  %".2253" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".2252", ptr %".2253", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2268" = trunc i64 %"cursor.34" to i32
  %".2269" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".2268", [40 x i8]* %"header_copy", i32 4)
  %".2270" = icmp eq i64 %".2269", 0
  %".2271" = getelementptr i8, ptr %"ctx.27", i64 76
  %".2272" = load i32, ptr %".2271", align 4
  %".2273" = zext i32 %".2272" to i64
  %"data.90" = inttoptr i64 %".2273" to ptr
  %".2274" = getelementptr i8, ptr %"ctx.27", i64 80
  %".2275" = load i32, ptr %".2274", align 4
  %".2276" = zext i32 %".2275" to i64
  %"data_end.90" = inttoptr i64 %".2276" to ptr
  %".2277" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.90" = load ptr, ptr %".2277", align 8
  %".2278" = xor i1 %".2270", -1
  br i1 %".2278", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".2280" = trunc i64 %"cursor.34" to i16
  %".2281" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".2280", ptr %".2281", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".2284" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2285" = load volatile i16, [40 x i8]* %".2284", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2300" = trunc i64 %".2293" to i16
  %".2301" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2300", ptr %".2301", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  %".2304" = getelementptr i8, ptr %"keys.91", i64 2
  %".2305" = trunc i64 %".2293" to i16
  store volatile i16 %".2305", ptr %".2304", align 2
  %".2307" = load volatile i16, ptr %".2304", align 2
  %".2308" = zext i16 %".2307" to i64
  %"cursor.126" = and i64 %".2308", 16383
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  %".2310" = getelementptr i8, ptr %"keys.91", i64 2
  %".2311" = trunc i64 %".2293" to i16
  store volatile i16 %".2311", ptr %".2310", align 2
  %".2313" = load volatile i16, ptr %".2310", align 2
  %".2314" = zext i16 %".2313" to i64
  %"cursor.127" = and i64 %".2314", 16383
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2316" = trunc i64 %".2293" to i16
  %".2317" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2316", ptr %".2317", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2320" = trunc i64 %".2293" to i16
  %".2321" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2320", ptr %".2321", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  %".2324" = getelementptr i8, ptr %"keys.91", i64 2
  %".2325" = trunc i64 %".2293" to i16
  store volatile i16 %".2325", ptr %".2324", align 2
  %".2327" = load volatile i16, ptr %".2324", align 2
  %".2328" = zext i16 %".2327" to i64
  %"cursor.128" = and i64 %".2328", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  %".2330" = getelementptr i8, ptr %"keys.91", i64 2
  %".2331" = trunc i64 %".2293" to i16
  store volatile i16 %".2331", ptr %".2330", align 2
  %".2333" = load volatile i16, ptr %".2330", align 2
  %".2334" = zext i16 %".2333" to i64
  %"cursor.129" = and i64 %".2334", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  %".2336" = getelementptr i8, ptr %"keys.91", i64 2
  %".2337" = trunc i64 %".2293" to i16
  store volatile i16 %".2337", ptr %".2336", align 2
  %".2339" = load volatile i16, ptr %".2336", align 2
  %".2340" = zext i16 %".2339" to i64
  %"cursor.130" = and i64 %".2340", 16383
  br label %"pppoe_d0"
vlan_d0_vlan_tags2.to_arp:
  %".2342" = getelementptr i8, ptr %"keys.91", i64 2
  %".2343" = trunc i64 %".2293" to i16
  store volatile i16 %".2343", ptr %".2342", align 2
  %".2345" = load volatile i16, ptr %".2342", align 2
  %".2346" = zext i16 %".2345" to i64
  %"cursor.131" = and i64 %".2346", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_arp.1:
  %".2348" = getelementptr i8, ptr %"keys.91", i64 2
  %".2349" = trunc i64 %".2293" to i16
  store volatile i16 %".2349", ptr %".2348", align 2
  %".2351" = load volatile i16, ptr %".2348", align 2
  %".2352" = zext i16 %".2351" to i64
  %"cursor.132" = and i64 %".2352", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_ptp:
  %".2354" = getelementptr i8, ptr %"keys.91", i64 2
  %".2355" = trunc i64 %".2293" to i16
  store volatile i16 %".2355", ptr %".2354", align 2
  %".2357" = load volatile i16, ptr %".2354", align 2
  %".2358" = zext i16 %".2357" to i64
  %"cursor.133" = and i64 %".2358", 16383
  br label %"ptp"
vlan_d0_vlan_tags2.to_cfm:
  %".2360" = getelementptr i8, ptr %"keys.91", i64 2
  %".2361" = trunc i64 %".2293" to i16
  store volatile i16 %".2361", ptr %".2360", align 2
  %".2363" = load volatile i16, ptr %".2360", align 2
  %".2364" = zext i16 %".2363" to i64
  %"cursor.134" = and i64 %".2364", 16383
  br label %"cfm"
vlan_d0_vlan_tags2.to_tipc:
  %".2366" = getelementptr i8, ptr %"keys.91", i64 2
  %".2367" = trunc i64 %".2293" to i16
  store volatile i16 %".2367", ptr %".2366", align 2
  %".2369" = load volatile i16, ptr %".2366", align 2
  %".2370" = zext i16 %".2369" to i64
  %"cursor.135" = and i64 %".2370", 16383
  br label %"tipc"
vlan_d0_vlan_tags2.to_fcoe:
  %".2372" = getelementptr i8, ptr %"keys.91", i64 2
  %".2373" = trunc i64 %".2293" to i16
  store volatile i16 %".2373", ptr %".2372", align 2
  %".2375" = load volatile i16, ptr %".2372", align 2
  %".2376" = zext i16 %".2375" to i64
  %"cursor.136" = and i64 %".2376", 16383
  br label %"fcoe"
vlan_d0_vlan_tags2.to_hsr:
  %".2378" = getelementptr i8, ptr %"keys.91", i64 2
  %".2379" = trunc i64 %".2293" to i16
  store volatile i16 %".2379", ptr %".2378", align 2
  %".2381" = load volatile i16, ptr %".2378", align 2
  %".2382" = zext i16 %".2381" to i64
  %"cursor.137" = and i64 %".2382", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2384" = getelementptr i8, ptr %"keys.91", i64 2
  %".2385" = trunc i64 %".2293" to i16
  store volatile i16 %".2385", ptr %".2384", align 2
  %".2387" = load volatile i16, ptr %".2384", align 2
  %".2388" = zext i16 %".2387" to i64
  %"cursor.138" = and i64 %".2388", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags2.to_batadv:
  %".2390" = getelementptr i8, ptr %"keys.91", i64 2
  %".2391" = trunc i64 %".2293" to i16
  store volatile i16 %".2391", ptr %".2390", align 2
  %".2393" = load volatile i16, ptr %".2390", align 2
  %".2394" = zext i16 %".2393" to i64
  %"cursor.139" = and i64 %".2394", 16383
  br label %"batadv_d0"
pppoe_d1.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2411" = trunc i64 %"cursor.61" to i32
  %".2412" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2411", [40 x i8]* %"header_copy", i32 8)
  %".2413" = icmp eq i64 %".2412", 0
  %".2414" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2415" = load i32, ptr %".2414", align 4
  %".2416" = zext i32 %".2415" to i64
  %"data.92" = inttoptr i64 %".2416" to ptr
  %".2417" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2418" = load i32, ptr %".2417", align 4
  %".2419" = zext i32 %".2418" to i64
  %"data_end.92" = inttoptr i64 %".2419" to ptr
  %".2420" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.92" = load ptr, ptr %".2420", align 8
  %".2421" = xor i1 %".2413", -1
  br i1 %".2421", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2423" = trunc i64 %"cursor.61" to i16
  %".2424" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".2423", ptr %".2424", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2427" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2428" = load volatile i8, [40 x i8]* %".2427", align 1
  %".2429" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2430" = load volatile i8, [40 x i8]* %".2429", align 1
  %".2431" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2432" = load volatile i16, [40 x i8]* %".2431", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2447" = trunc i64 %"cursor.61" to i16
  %".2448" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2447", ptr %".2448", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2451" = add i64 %"cursor.61", 8
  %".2452" = trunc i64 %".2451" to i16
  %".2453" = getelementptr i8, ptr %"keys.93", i64 0
  store i16 %".2452", ptr %".2453", align 2
  %".2455" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2456" = zext i16 %".2455" to i64
  switch i64 %".2456", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]
pppoe_d1.unknown:
  %".2458" = and i64 %".2456", 257
  %".2459" = icmp eq i64 %".2458", 1
  br i1 %".2459", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2465" = trunc i64 2048 to i16
  %".2466" = call i16 @"llvm.bswap.i16"(i16 %".2465")
  %".2467" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2466", ptr %".2467", align 2
  %".2469" = getelementptr i8, ptr %"keys.93", i64 2
  %".2470" = trunc i64 %".2451" to i16
  store volatile i16 %".2470", ptr %".2469", align 2
  %".2472" = load volatile i16, ptr %".2469", align 2
  %".2473" = zext i16 %".2472" to i64
  %"cursor.140" = and i64 %".2473", 16383
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2475" = trunc i64 34525 to i16
  %".2476" = call i16 @"llvm.bswap.i16"(i16 %".2475")
  %".2477" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2476", ptr %".2477", align 2
  %".2479" = getelementptr i8, ptr %"keys.93", i64 2
  %".2480" = trunc i64 %".2451" to i16
  store volatile i16 %".2480", ptr %".2479", align 2
  %".2482" = load volatile i16, ptr %".2479", align 2
  %".2483" = zext i16 %".2482" to i64
  %"cursor.141" = and i64 %".2483", 16383
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2485" = trunc i64 34887 to i16
  %".2486" = call i16 @"llvm.bswap.i16"(i16 %".2485")
  %".2487" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2486", ptr %".2487", align 2
  %".2489" = getelementptr i8, ptr %"keys.93", i64 2
  %".2490" = trunc i64 %".2451" to i16
  store volatile i16 %".2490", ptr %".2489", align 2
  %".2492" = load volatile i16, ptr %".2489", align 2
  %".2493" = zext i16 %".2492" to i64
  %"cursor.142" = and i64 %".2493", 16383
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2495" = trunc i64 34888 to i16
  %".2496" = call i16 @"llvm.bswap.i16"(i16 %".2495")
  %".2497" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2496", ptr %".2497", align 2
  %".2499" = getelementptr i8, ptr %"keys.93", i64 2
  %".2500" = trunc i64 %".2451" to i16
  store volatile i16 %".2500", ptr %".2499", align 2
  %".2502" = load volatile i16, ptr %".2499", align 2
  %".2503" = zext i16 %".2502" to i64
  %"cursor.143" = and i64 %".2503", 16383
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2461" = trunc i64 %".2451" to i16
  %".2462" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2461", ptr %".2462", align 2
  br label %"return"
gre_d0.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2516" = trunc i64 %"cursor.69" to i32
  %".2517" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2516", [40 x i8]* %"header_copy", i32 4)
  %".2518" = icmp eq i64 %".2517", 0
  %".2519" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2520" = load i32, ptr %".2519", align 4
  %".2521" = zext i32 %".2520" to i64
  %"data.94" = inttoptr i64 %".2521" to ptr
  %".2522" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2523" = load i32, ptr %".2522", align 4
  %".2524" = zext i32 %".2523" to i64
  %"data_end.94" = inttoptr i64 %".2524" to ptr
  %".2525" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.94" = load ptr, ptr %".2525", align 8
  %".2526" = xor i1 %".2518", -1
  br i1 %".2526", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".2528" = trunc i64 %"cursor.69" to i16
  %".2529" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".2528", ptr %".2529", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".2532" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2533" = load volatile i8, [40 x i8]* %".2532", align 1
  %".2534" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2535" = load volatile i8, [40 x i8]* %".2534", align 1
  %".2536" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2537" = load volatile i16, [40 x i8]* %".2536", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".2548" = trunc i64 %"cursor.69" to i16
  %".2549" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2548", ptr %".2549", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".2552" = add i64 %"cursor.69", 4
  %".2553" = zext i8 %"w0_1.8" to i64
  %".2554" = lshr i64 %".2553", 7
  %".2555" = and i64 %".2554", 1
  %".2556" = zext i8 %"w0_1.8" to i64
  %".2557" = lshr i64 %".2556", 5
  %".2558" = and i64 %".2557", 1
  %".2559" = add i64 %".2555", %".2558"
  %".2560" = zext i8 %"w0_1.8" to i64
  %".2561" = lshr i64 %".2560", 4
  %".2562" = and i64 %".2561", 1
  %".2563" = add i64 %".2559", %".2562"
  %".2564" = mul i64 %".2563", 4
  %".2565" = add i64 %".2564", 4
  %".2566" = getelementptr i8, ptr %"data.95", i64 %"cursor.69"
  %".2567" = getelementptr i8, ptr %".2566", i64 %".2565"
  %".2568" = icmp ugt ptr %".2567", %"data_end.95"
  br i1 %".2568", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.97" = phi  ptr [%"data.95", %"gre_d0.stop_before.endif"], [%"data.96", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.95", %"gre_d0.stop_before.endif"], [%"data_end.96", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.95", %"gre_d0.stop_before.endif"], [%"keys.96", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.69", %".2565"
  %".2589" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".2589", align 1
  %".2591" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.28" = load volatile i32, ptr %".2591", align 4
  %".2592" = and i32 %"flags.28", 4
  %".2593" = icmp ne i32 %".2592", 0
  br i1 %".2593", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".2570" = add i64 %"cursor.69", %".2565"
  %".2571" = sub i64 %".2570", 1
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2572" = trunc i64 %".2571" to i32
  %".2573" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2572", i64* %"last_byte", i32 1)
  %".2574" = icmp eq i64 %".2573", 0
  %".2575" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2576" = load i32, ptr %".2575", align 4
  %".2577" = zext i32 %".2576" to i64
  %"data.96" = inttoptr i64 %".2577" to ptr
  %".2578" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2579" = load i32, ptr %".2578", align 4
  %".2580" = zext i32 %".2579" to i64
  %"data_end.96" = inttoptr i64 %".2580" to ptr
  %".2581" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.96" = load ptr, ptr %".2581", align 8
  %".2582" = xor i1 %".2574", -1
  br i1 %".2582", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2584" = trunc i64 %"cursor.69" to i16
  %".2585" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2584", ptr %".2585", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2595" = trunc i64 %"end.5" to i16
  %".2596" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2595", ptr %".2596", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2599" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2600" = zext i16 %".2599" to i64
  %".2601" = trunc i64 %".2600" to i16
  %".2602" = call i16 @"llvm.bswap.i16"(i16 %".2601")
  %".2603" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".2602", ptr %".2603", align 2
  %".2605" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2606" = zext i16 %".2605" to i64
  switch i64 %".2606", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]
gre_d0.unknown:
  %".2608" = trunc i64 %"end.5" to i16
  %".2609" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2608", ptr %".2609", align 2
  br label %"return"
gre_d0.to_ipv4:
  %".2612" = getelementptr i8, ptr %"keys.97", i64 2
  %".2613" = trunc i64 %"end.5" to i16
  store volatile i16 %".2613", ptr %".2612", align 2
  %".2615" = load volatile i16, ptr %".2612", align 2
  %".2616" = zext i16 %".2615" to i64
  %"cursor.144" = and i64 %".2616", 16383
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  %".2618" = getelementptr i8, ptr %"keys.97", i64 2
  %".2619" = trunc i64 %"end.5" to i16
  store volatile i16 %".2619", ptr %".2618", align 2
  %".2621" = load volatile i16, ptr %".2618", align 2
  %".2622" = zext i16 %".2621" to i64
  %"cursor.145" = and i64 %".2622", 16383
  br label %"ipv6_d1"
gre_d0.to_vlan:
  %".2624" = getelementptr i8, ptr %"keys.97", i64 2
  %".2625" = trunc i64 %"end.5" to i16
  store volatile i16 %".2625", ptr %".2624", align 2
  %".2627" = load volatile i16, ptr %".2624", align 2
  %".2628" = zext i16 %".2627" to i64
  %"cursor.147" = and i64 %".2628", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_vlan.1:
  %".2630" = getelementptr i8, ptr %"keys.97", i64 2
  %".2631" = trunc i64 %"end.5" to i16
  store volatile i16 %".2631", ptr %".2630", align 2
  %".2633" = load volatile i16, ptr %".2630", align 2
  %".2634" = zext i16 %".2633" to i64
  %"cursor.148" = and i64 %".2634", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_mpls:
  %".2636" = getelementptr i8, ptr %"keys.97", i64 2
  %".2637" = trunc i64 %"end.5" to i16
  store volatile i16 %".2637", ptr %".2636", align 2
  %".2639" = load volatile i16, ptr %".2636", align 2
  %".2640" = zext i16 %".2639" to i64
  %"cursor.149" = and i64 %".2640", 16383
  br label %"mpls_mpls_labels1"
gre_d0.to_mpls.1:
  %".2642" = getelementptr i8, ptr %"keys.97", i64 2
  %".2643" = trunc i64 %"end.5" to i16
  store volatile i16 %".2643", ptr %".2642", align 2
  %".2645" = load volatile i16, ptr %".2642", align 2
  %".2646" = zext i16 %".2645" to i64
  %"cursor.150" = and i64 %".2646", 16383
  br label %"mpls_mpls_labels1"
gre_d0.to_pppoe:
  %".2648" = getelementptr i8, ptr %"keys.97", i64 2
  %".2649" = trunc i64 %"end.5" to i16
  store volatile i16 %".2649", ptr %".2648", align 2
  %".2651" = load volatile i16, ptr %".2648", align 2
  %".2652" = zext i16 %".2651" to i64
  %"cursor.151" = and i64 %".2652", 16383
  br label %"pppoe_d1"
gre_d0.to_arp:
  %".2654" = getelementptr i8, ptr %"keys.97", i64 2
  %".2655" = trunc i64 %"end.5" to i16
  store volatile i16 %".2655", ptr %".2654", align 2
  %".2657" = load volatile i16, ptr %".2654", align 2
  %".2658" = zext i16 %".2657" to i64
  %"cursor.152" = and i64 %".2658", 16383
  br label %"arp"
gre_d0.to_arp.1:
  %".2660" = getelementptr i8, ptr %"keys.97", i64 2
  %".2661" = trunc i64 %"end.5" to i16
  store volatile i16 %".2661", ptr %".2660", align 2
  %".2663" = load volatile i16, ptr %".2660", align 2
  %".2664" = zext i16 %".2663" to i64
  %"cursor.153" = and i64 %".2664", 16383
  br label %"arp"
gre_d0.to_ptp:
  %".2666" = getelementptr i8, ptr %"keys.97", i64 2
  %".2667" = trunc i64 %"end.5" to i16
  store volatile i16 %".2667", ptr %".2666", align 2
  %".2669" = load volatile i16, ptr %".2666", align 2
  %".2670" = zext i16 %".2669" to i64
  %"cursor.154" = and i64 %".2670", 16383
  br label %"ptp"
gre_d0.to_cfm:
  %".2672" = getelementptr i8, ptr %"keys.97", i64 2
  %".2673" = trunc i64 %"end.5" to i16
  store volatile i16 %".2673", ptr %".2672", align 2
  %".2675" = load volatile i16, ptr %".2672", align 2
  %".2676" = zext i16 %".2675" to i64
  %"cursor.155" = and i64 %".2676", 16383
  br label %"cfm"
gre_d0.to_tipc:
  %".2678" = getelementptr i8, ptr %"keys.97", i64 2
  %".2679" = trunc i64 %"end.5" to i16
  store volatile i16 %".2679", ptr %".2678", align 2
  %".2681" = load volatile i16, ptr %".2678", align 2
  %".2682" = zext i16 %".2681" to i64
  %"cursor.156" = and i64 %".2682", 16383
  br label %"tipc"
gre_d0.to_fcoe:
  %".2684" = getelementptr i8, ptr %"keys.97", i64 2
  %".2685" = trunc i64 %"end.5" to i16
  store volatile i16 %".2685", ptr %".2684", align 2
  %".2687" = load volatile i16, ptr %".2684", align 2
  %".2688" = zext i16 %".2687" to i64
  %"cursor.157" = and i64 %".2688", 16383
  br label %"fcoe"
gre_d0.to_hsr:
  %".2690" = getelementptr i8, ptr %"keys.97", i64 2
  %".2691" = trunc i64 %"end.5" to i16
  store volatile i16 %".2691", ptr %".2690", align 2
  %".2693" = load volatile i16, ptr %".2690", align 2
  %".2694" = zext i16 %".2693" to i64
  %"cursor.159" = and i64 %".2694", 16383
  br label %"hsr_d1"
gre_d0.to_hsr.1:
  %".2696" = getelementptr i8, ptr %"keys.97", i64 2
  %".2697" = trunc i64 %"end.5" to i16
  store volatile i16 %".2697", ptr %".2696", align 2
  %".2699" = load volatile i16, ptr %".2696", align 2
  %".2700" = zext i16 %".2699" to i64
  %"cursor.160" = and i64 %".2700", 16383
  br label %"hsr_d1"
gre_d0.to_batadv:
  %".2702" = getelementptr i8, ptr %"keys.97", i64 2
  %".2703" = trunc i64 %"end.5" to i16
  store volatile i16 %".2703", ptr %".2702", align 2
  %".2705" = load volatile i16, ptr %".2702", align 2
  %".2706" = zext i16 %".2705" to i64
  %"cursor.162" = and i64 %".2706", 16383
  br label %"batadv_d1"
gre_d0.to_ethernet:
  %".2708" = getelementptr i8, ptr %"keys.97", i64 2
  %".2709" = trunc i64 %"end.5" to i16
  store volatile i16 %".2709", ptr %".2708", align 2
  %".2711" = load volatile i16, ptr %".2708", align 2
  %".2712" = zext i16 %".2711" to i64
  %"cursor.164" = and i64 %".2712", 16383
  br label %"ethernet_d1"
vlan_d1_vlan_tags1:
  %"cursor.146" = phi  i64 [%"cursor.147", %"gre_d0.to_vlan"], [%"cursor.148", %"gre_d0.to_vlan.1"], [%"cursor.260", %"ethernet_d1.to_vlan"], [%"cursor.261", %"ethernet_d1.to_vlan.1"]
  %"data.98" = phi  ptr [%"data.97", %"gre_d0.to_vlan"], [%"data.97", %"gre_d0.to_vlan.1"], [%"data.131", %"ethernet_d1.to_vlan"], [%"data.131", %"ethernet_d1.to_vlan.1"]
  %"data_end.98" = phi  ptr [%"data_end.97", %"gre_d0.to_vlan"], [%"data_end.97", %"gre_d0.to_vlan.1"], [%"data_end.131", %"ethernet_d1.to_vlan"], [%"data_end.131", %"ethernet_d1.to_vlan.1"]
  %"keys.98" = phi  ptr [%"keys.97", %"gre_d0.to_vlan"], [%"keys.97", %"gre_d0.to_vlan.1"], [%"keys.131", %"ethernet_d1.to_vlan"], [%"keys.131", %"ethernet_d1.to_vlan.1"]
  %"hdr.33" = getelementptr i8, ptr %"data.98", i64 %"cursor.146"
  %".3582" = getelementptr i8, ptr %"hdr.33", i64 4
  %".3583" = icmp ugt ptr %".3582", %"data_end.98"
  br i1 %".3583", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".3585" = getelementptr i8, ptr %"hdr.33", i64 2
  %".3586" = load i16, ptr %".3585", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.14" = phi  i16 [%".3586", %"vlan_d1_vlan_tags1.linear"], [%".3605", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.124" = phi  ptr [%"data.98", %"vlan_d1_vlan_tags1.linear"], [%"data.123", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.124" = phi  ptr [%"data_end.98", %"vlan_d1_vlan_tags1.linear"], [%"data_end.123", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.124" = phi  ptr [%"keys.98", %"vlan_d1_vlan_tags1.linear"], [%"keys.123", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".3607" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3608" = zext i16 %".3607" to i64
  %".3609" = trunc i64 %".3608" to i16
  %".3610" = call i16 @"llvm.bswap.i16"(i16 %".3609")
  %".3611" = getelementptr i8, ptr %"keys.124", i64 10
  store i16 %".3610", ptr %".3611", align 2
  %".3613" = add i64 %"cursor.146", 4
  %".3614" = trunc i64 %".3613" to i16
  %".3615" = getelementptr i8, ptr %"keys.124", i64 0
  store i16 %".3614", ptr %".3615", align 2
  %".3617" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3618" = zext i16 %".3617" to i64
  switch i64 %".3618", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]
hsr_d1:
  %"cursor.158" = phi  i64 [%"cursor.159", %"gre_d0.to_hsr"], [%"cursor.160", %"gre_d0.to_hsr.1"], [%"cursor.244", %"vlan_d1_vlan_tags1.to_hsr"], [%"cursor.245", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"cursor.271", %"ethernet_d1.to_hsr"], [%"cursor.272", %"ethernet_d1.to_hsr.1"], [%"cursor.344", %"vlan_d1_vlan_tags2.to_hsr"], [%"cursor.345", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"data.99" = phi  ptr [%"data.97", %"gre_d0.to_hsr"], [%"data.97", %"gre_d0.to_hsr.1"], [%"data.124", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.124", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.131", %"ethernet_d1.to_hsr"], [%"data.131", %"ethernet_d1.to_hsr.1"], [%"data.155", %"vlan_d1_vlan_tags2.to_hsr"], [%"data.155", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"data_end.99" = phi  ptr [%"data_end.97", %"gre_d0.to_hsr"], [%"data_end.97", %"gre_d0.to_hsr.1"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.131", %"ethernet_d1.to_hsr"], [%"data_end.131", %"ethernet_d1.to_hsr.1"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_hsr"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"keys.99" = phi  ptr [%"keys.97", %"gre_d0.to_hsr"], [%"keys.97", %"gre_d0.to_hsr.1"], [%"keys.124", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.124", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.131", %"ethernet_d1.to_hsr"], [%"keys.131", %"ethernet_d1.to_hsr.1"], [%"keys.155", %"vlan_d1_vlan_tags2.to_hsr"], [%"keys.155", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"hdr.34" = getelementptr i8, ptr %"data.99", i64 %"cursor.158"
  %".3720" = getelementptr i8, ptr %"hdr.34", i64 6
  %".3721" = icmp ugt ptr %".3720", %"data_end.99"
  br i1 %".3721", label %"hsr_d1.copy", label %"hsr_d1.linear", !prof !0
hsr_d1.linear:
  %".3723" = getelementptr i8, ptr %"hdr.34", i64 4
  %".3724" = load i16, ptr %".3723", align 2
  br label %"hsr_d1.header"
hsr_d1.header:
  %"w4_2.1" = phi  i16 [%".3724", %"hsr_d1.linear"], [%".3743", %"hsr_d1.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.99", %"hsr_d1.linear"], [%"data.126", %"hsr_d1.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.99", %"hsr_d1.linear"], [%"data_end.126", %"hsr_d1.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.99", %"hsr_d1.linear"], [%"keys.126", %"hsr_d1.copy_failed.endif"]
  %".3745" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".3746" = zext i16 %".3745" to i64
  %".3747" = trunc i64 %".3746" to i16
  %".3748" = call i16 @"llvm.bswap.i16"(i16 %".3747")
  %".3749" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".3748", ptr %".3749", align 2
  %".3751" = add i64 %"cursor.158", 6
  %".3752" = trunc i64 %".3751" to i16
  %".3753" = getelementptr i8, ptr %"keys.127", i64 0
  store i16 %".3752", ptr %".3753", align 2
  %".3755" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".3756" = zext i16 %".3755" to i64
  switch i64 %".3756", label %"hsr_d1.unknown" [i64 2048, label %"hsr_d1.to_ipv4" i64 34525, label %"hsr_d1.to_ipv6" i64 34887, label %"hsr_d1.to_mpls" i64 34888, label %"hsr_d1.to_mpls.1" i64 34916, label %"hsr_d1.to_pppoe" i64 2054, label %"hsr_d1.to_arp" i64 32821, label %"hsr_d1.to_arp.1" i64 35063, label %"hsr_d1.to_ptp" i64 35074, label %"hsr_d1.to_cfm" i64 35018, label %"hsr_d1.to_tipc" i64 35078, label %"hsr_d1.to_fcoe"]
batadv_d1:
  %"cursor.161" = phi  i64 [%"cursor.162", %"gre_d0.to_batadv"], [%"cursor.246", %"vlan_d1_vlan_tags1.to_batadv"], [%"cursor.273", %"ethernet_d1.to_batadv"], [%"cursor.346", %"vlan_d1_vlan_tags2.to_batadv"]
  %"data.100" = phi  ptr [%"data.97", %"gre_d0.to_batadv"], [%"data.124", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.131", %"ethernet_d1.to_batadv"], [%"data.155", %"vlan_d1_vlan_tags2.to_batadv"]
  %"data_end.100" = phi  ptr [%"data_end.97", %"gre_d0.to_batadv"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.131", %"ethernet_d1.to_batadv"], [%"data_end.155", %"vlan_d1_vlan_tags2.to_batadv"]
  %"keys.100" = phi  ptr [%"keys.97", %"gre_d0.to_batadv"], [%"keys.124", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.131", %"ethernet_d1.to_batadv"], [%"keys.155", %"vlan_d1_vlan_tags2.to_batadv"]
  %"hdr.35" = getelementptr i8, ptr %"data.100", i64 %"cursor.161"
  %".3828" = getelementptr i8, ptr %"hdr.35", i64 24
  %".3829" = icmp ugt ptr %".3828", %"data_end.100"
  br i1 %".3829", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".3831" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3832" = load i8, ptr %".3831", align 1
  %".3833" = getelementptr i8, ptr %"hdr.35", i64 1
  %".3834" = load i8, ptr %".3833", align 1
  %".3835" = getelementptr i8, ptr %"hdr.35", i64 22
  %".3836" = load i16, ptr %".3835", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.15" = phi  i8 [%".3832", %"batadv_d1.linear"], [%".3855", %"batadv_d1.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3834", %"batadv_d1.linear"], [%".3857", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".3836", %"batadv_d1.linear"], [%".3859", %"batadv_d1.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.100", %"batadv_d1.linear"], [%"data.128", %"batadv_d1.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.100", %"batadv_d1.linear"], [%"data_end.128", %"batadv_d1.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.100", %"batadv_d1.linear"], [%"keys.128", %"batadv_d1.copy_failed.endif"]
  %".3861" = zext i8 %"w1_1.10" to i64
  %".3862" = icmp eq i64 %".3861", 15
  %".3863" = zext i8 %"w0_1.15" to i64
  %".3864" = icmp eq i64 %".3863", 64
  %".3865" = and i1 %".3862", %".3864"
  %".3866" = xor i1 %".3865", -1
  br i1 %".3866", label %"batadv_d1.require", label %"batadv_d1.require.endif"
ethernet_d1:
  %"cursor.163" = phi  i64 [%"cursor.164", %"gre_d0.to_ethernet"]
  %"data.101" = phi  ptr [%"data.97", %"gre_d0.to_ethernet"]
  %"data_end.101" = phi  ptr [%"data_end.97", %"gre_d0.to_ethernet"]
  %"keys.101" = phi  ptr [%"keys.97", %"gre_d0.to_ethernet"]
  %"hdr.36" = getelementptr i8, ptr %"data.101", i64 %"cursor.163"
  %".4040" = getelementptr i8, ptr %"hdr.36", i64 14
  %".4041" = icmp ugt ptr %".4040", %"data_end.101"
  br i1 %".4041", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4043" = getelementptr i8, ptr %"hdr.36", i64 12
  %".4044" = load i16, ptr %".4043", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4044", %"ethernet_d1.linear"], [%".4063", %"ethernet_d1.copy_failed.endif"]
  %"data.131" = phi  ptr [%"data.101", %"ethernet_d1.linear"], [%"data.130", %"ethernet_d1.copy_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.101", %"ethernet_d1.linear"], [%"data_end.130", %"ethernet_d1.copy_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.101", %"ethernet_d1.linear"], [%"keys.130", %"ethernet_d1.copy_failed.endif"]
  %".4065" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4066" = zext i16 %".4065" to i64
  %".4067" = trunc i64 %".4066" to i16
  %".4068" = call i16 @"llvm.bswap.i16"(i16 %".4067")
  %".4069" = getelementptr i8, ptr %"keys.131", i64 10
  store i16 %".4068", ptr %".4069", align 2
  %".4071" = add i64 %"cursor.163", 14
  %".4072" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4073" = zext i16 %".4072" to i64
  switch i64 %".4073", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]
pptp_d0.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2724" = trunc i64 %"cursor.70" to i32
  %".2725" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2724", [40 x i8]* %"header_copy", i32 4)
  %".2726" = icmp eq i64 %".2725", 0
  %".2727" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2728" = load i32, ptr %".2727", align 4
  %".2729" = zext i32 %".2728" to i64
  %"data.102" = inttoptr i64 %".2729" to ptr
  %".2730" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2731" = load i32, ptr %".2730", align 4
  %".2732" = zext i32 %".2731" to i64
  %"data_end.102" = inttoptr i64 %".2732" to ptr
  %".2733" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.102" = load ptr, ptr %".2733", align 8
  %".2734" = xor i1 %".2726", -1
  br i1 %".2734", label %"pptp_d0.copy_failed", label %"pptp_d0.copy_failed.endif"
pptp_d0.copy_failed:
  %".2736" = trunc i64 %"cursor.70" to i16
  %".2737" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2736", ptr %".2737", align 2
  br label %"return"
pptp_d0.copy_failed.endif:
  %".2740" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2741" = load volatile i8, [40 x i8]* %".2740", align 1
  %".2742" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2743" = load volatile i8, [40 x i8]* %".2742", align 1
  %".2744" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2745" = load volatile i16, [40 x i8]* %".2744", align 2
  br label %"pptp_d0.header"
pptp_d0.stop_before:
  %".2756" = trunc i64 %"cursor.70" to i16
  %".2757" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2756", ptr %".2757", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".2760" = add i64 %"cursor.70", 4
  %".2761" = zext i8 %"w0_1.9" to i64
  %".2762" = lshr i64 %".2761", 7
  %".2763" = and i64 %".2762", 1
  %".2764" = zext i8 %"w0_1.9" to i64
  %".2765" = lshr i64 %".2764", 5
  %".2766" = and i64 %".2765", 1
  %".2767" = add i64 %".2763", %".2766"
  %".2768" = zext i8 %"w0_1.9" to i64
  %".2769" = lshr i64 %".2768", 4
  %".2770" = and i64 %".2769", 1
  %".2771" = add i64 %".2767", %".2770"
  %".2772" = zext i8 %"w1_1.6" to i64
  %".2773" = lshr i64 %".2772", 7
  %".2774" = and i64 %".2773", 1
  %".2775" = add i64 %".2771", %".2774"
  %".2776" = mul i64 %".2775", 4
  %".2777" = add i64 %".2776", 4
  %".2778" = getelementptr i8, ptr %"data.103", i64 %"cursor.70"
  %".2779" = getelementptr i8, ptr %".2778", i64 %".2777"
  %".2780" = icmp ugt ptr %".2779", %"data_end.103"
  br i1 %".2780", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.105" = phi  ptr [%"data.103", %"pptp_d0.stop_before.endif"], [%"data.104", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.103", %"pptp_d0.stop_before.endif"], [%"data_end.104", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.103", %"pptp_d0.stop_before.endif"], [%"keys.104", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.70", %".2777"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".2782" = add i64 %"cursor.70", %".2777"
  %".2783" = sub i64 %".2782", 1
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2784" = trunc i64 %".2783" to i32
  %".2785" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2784", i64* %"last_byte", i32 1)
  %".2786" = icmp eq i64 %".2785", 0
  %".2787" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2788" = load i32, ptr %".2787", align 4
  %".2789" = zext i32 %".2788" to i64
  %"data.104" = inttoptr i64 %".2789" to ptr
  %".2790" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2791" = load i32, ptr %".2790", align 4
  %".2792" = zext i32 %".2791" to i64
  %"data_end.104" = inttoptr i64 %".2792" to ptr
  %".2793" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.104" = load ptr, ptr %".2793", align 8
  %".2794" = xor i1 %".2786", -1
  br i1 %".2794", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2796" = trunc i64 %"cursor.70" to i16
  %".2797" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2796", ptr %".2797", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2802" = trunc i64 %"end.6" to i16
  %".2803" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2802", ptr %".2803", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.165" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.106" = phi  ptr [%"data.105", %"pptp_d0.to_ppp"]
  %"data_end.106" = phi  ptr [%"data_end.105", %"pptp_d0.to_ppp"]
  %"keys.106" = phi  ptr [%"keys.105", %"pptp_d0.to_ppp"]
  %"hdr.37" = getelementptr i8, ptr %"data.106", i64 %"cursor.165"
  %".4175" = getelementptr i8, ptr %"hdr.37", i64 4
  %".4176" = icmp ugt ptr %".4175", %"data_end.106"
  br i1 %".4176", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4178" = getelementptr i8, ptr %"hdr.37", i64 2
  %".4179" = load i16, ptr %".4178", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.15" = phi  i16 [%".4179", %"ppp_d0.linear"], [%".4198", %"ppp_d0.copy_failed.endif"]
  %"data.133" = phi  ptr [%"data.106", %"ppp_d0.linear"], [%"data.132", %"ppp_d0.copy_failed.endif"]
  %"data_end.133" = phi  ptr [%"data_end.106", %"ppp_d0.linear"], [%"data_end.132", %"ppp_d0.copy_failed.endif"]
  %"keys.133" = phi  ptr [%"keys.106", %"ppp_d0.linear"], [%"keys.132", %"ppp_d0.copy_failed.endif"]
  %".4200" = add i64 %"cursor.165", 4
  %".4201" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".4202" = zext i16 %".4201" to i64
  switch i64 %".4202", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
gre_version_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2817" = trunc i64 %"cursor.74" to i32
  %".2818" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2817", [40 x i8]* %"header_copy", i32 4)
  %".2819" = icmp eq i64 %".2818", 0
  %".2820" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2821" = load i32, ptr %".2820", align 4
  %".2822" = zext i32 %".2821" to i64
  %"data.107" = inttoptr i64 %".2822" to ptr
  %".2823" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2824" = load i32, ptr %".2823", align 4
  %".2825" = zext i32 %".2824" to i64
  %"data_end.107" = inttoptr i64 %".2825" to ptr
  %".2826" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.107" = load ptr, ptr %".2826", align 8
  %".2827" = xor i1 %".2819", -1
  br i1 %".2827", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2829" = trunc i64 %"cursor.74" to i16
  %".2830" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2829", ptr %".2830", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2833" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2834" = load volatile i8, [40 x i8]* %".2833", align 1
  %".2835" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2836" = load volatile i8, [40 x i8]* %".2835", align 1
  %".2837" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2838" = load volatile i16, [40 x i8]* %".2837", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2849" = trunc i64 %"cursor.74" to i16
  %".2850" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2849", ptr %".2850", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".2853" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2854" = zext i16 %".2853" to i64
  %".2855" = trunc i64 %".2854" to i16
  %".2856" = call i16 @"llvm.bswap.i16"(i16 %".2855")
  %".2857" = getelementptr i8, ptr %"keys.108", i64 10
  store i16 %".2856", ptr %".2857", align 2
  %".2859" = zext i8 %"w1_1.7" to i64
  %".2860" = and i64 %".2859", 7
  switch i64 %".2860", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".2862" = trunc i64 %"cursor.74" to i16
  %".2863" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2862", ptr %".2863", align 2
  br label %"return"
gre_version_d1.to_gre:
  %".2866" = getelementptr i8, ptr %"keys.108", i64 2
  %".2867" = trunc i64 %"cursor.74" to i16
  store volatile i16 %".2867", ptr %".2866", align 2
  %".2869" = load volatile i16, ptr %".2866", align 2
  %".2870" = zext i16 %".2869" to i64
  %"cursor.167" = and i64 %".2870", 16383
  br label %"gre_d1"
gre_version_d1.to_pptp:
  %".2872" = getelementptr i8, ptr %"keys.108", i64 2
  %".2873" = trunc i64 %"cursor.74" to i16
  store volatile i16 %".2873", ptr %".2872", align 2
  %".2875" = load volatile i16, ptr %".2872", align 2
  %".2876" = zext i16 %".2875" to i64
  %"cursor.169" = and i64 %".2876", 16383
  br label %"pptp_d1"
gre_d1:
  %"cursor.166" = phi  i64 [%"cursor.167", %"gre_version_d1.to_gre"]
  %"data.109" = phi  ptr [%"data.108", %"gre_version_d1.to_gre"]
  %"data_end.109" = phi  ptr [%"data_end.108", %"gre_version_d1.to_gre"]
  %"keys.109" = phi  ptr [%"keys.108", %"gre_version_d1.to_gre"]
  %"hdr.38" = getelementptr i8, ptr %"data.109", i64 %"cursor.166"
  %".4266" = getelementptr i8, ptr %"hdr.38", i64 4
  %".4267" = icmp ugt ptr %".4266", %"data_end.109"
  br i1 %".4267", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".4269" = getelementptr i8, ptr %"hdr.38", i64 0
  %".4270" = load i8, ptr %".4269", align 1
  %".4271" = getelementptr i8, ptr %"hdr.38", i64 1
  %".4272" = load i8, ptr %".4271", align 1
  %".4273" = getelementptr i8, ptr %"hdr.38", i64 2
  %".4274" = load i16, ptr %".4273", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.16" = phi  i8 [%".4270", %"gre_d1.linear"], [%".4293", %"gre_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4272", %"gre_d1.linear"], [%".4295", %"gre_d1.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".4274", %"gre_d1.linear"], [%".4297", %"gre_d1.copy_failed.endif"]
  %"data.136" = phi  ptr [%"data.109", %"gre_d1.linear"], [%"data.135", %"gre_d1.copy_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.109", %"gre_d1.linear"], [%"data_end.135", %"gre_d1.copy_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.109", %"gre_d1.linear"], [%"keys.135", %"gre_d1.copy_failed.endif"]
  %".4299" = zext i8 %"w1_1.11" to i64
  %".4300" = and i64 %".4299", 7
  %".4301" = icmp ne i64 %".4300", 0
  %".4302" = zext i8 %"w0_1.16" to i64
  %".4303" = lshr i64 %".4302", 6
  %".4304" = and i64 %".4303", 1
  %".4305" = icmp ne i64 %".4304", 0
  %".4306" = or i1 %".4301", %".4305"
  br i1 %".4306", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.168" = phi  i64 [%"cursor.169", %"gre_version_d1.to_pptp"]
  %"data.110" = phi  ptr [%"data.108", %"gre_version_d1.to_pptp"]
  %"data_end.110" = phi  ptr [%"data_end.108", %"gre_version_d1.to_pptp"]
  %"keys.110" = phi  ptr [%"keys.108", %"gre_version_d1.to_pptp"]
  %"hdr.39" = getelementptr i8, ptr %"data.110", i64 %"cursor.168"
  %".4440" = getelementptr i8, ptr %"hdr.39", i64 4
  %".4441" = icmp ugt ptr %".4440", %"data_end.110"
  br i1 %".4441", label %"pptp_d1.copy", label %"pptp_d1.linear", !prof !0
pptp_d1.linear:
  %".4443" = getelementptr i8, ptr %"hdr.39", i64 0
  %".4444" = load i8, ptr %".4443", align 1
  %".4445" = getelementptr i8, ptr %"hdr.39", i64 1
  %".4446" = load i8, ptr %".4445", align 1
  %".4447" = getelementptr i8, ptr %"hdr.39", i64 2
  %".4448" = load i16, ptr %".4447", align 2
  br label %"pptp_d1.header"
pptp_d1.header:
  %"w0_1.17" = phi  i8 [%".4444", %"pptp_d1.linear"], [%".4467", %"pptp_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4446", %"pptp_d1.linear"], [%".4469", %"pptp_d1.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".4448", %"pptp_d1.linear"], [%".4471", %"pptp_d1.copy_failed.endif"]
  %"data.140" = phi  ptr [%"data.110", %"pptp_d1.linear"], [%"data.139", %"pptp_d1.copy_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.110", %"pptp_d1.linear"], [%"data_end.139", %"pptp_d1.copy_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.110", %"pptp_d1.linear"], [%"keys.139", %"pptp_d1.copy_failed.endif"]
  %".4473" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4474" = zext i16 %".4473" to i64
  %".4475" = icmp ne i64 %".4474", 34827
  %".4476" = zext i8 %"w0_1.17" to i64
  %".4477" = lshr i64 %".4476", 5
  %".4478" = and i64 %".4477", 1
  %".4479" = icmp eq i64 %".4478", 0
  %".4480" = or i1 %".4475", %".4479"
  br i1 %".4480", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2886" = trunc i64 %"cursor.81" to i32
  %".2887" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2886", [40 x i8]* %"header_copy", i32 2)
  %".2888" = icmp eq i64 %".2887", 0
  %".2889" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2890" = load i32, ptr %".2889", align 4
  %".2891" = zext i32 %".2890" to i64
  %"data.111" = inttoptr i64 %".2891" to ptr
  %".2892" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2893" = load i32, ptr %".2892", align 4
  %".2894" = zext i32 %".2893" to i64
  %"data_end.111" = inttoptr i64 %".2894" to ptr
  %".2895" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.111" = load ptr, ptr %".2895", align 8
  %".2896" = xor i1 %".2888", -1
  br i1 %".2896", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2898" = trunc i64 %"cursor.81" to i16
  %".2899" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2898", ptr %".2899", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2902" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2903" = load volatile i8, [40 x i8]* %".2902", align 1
  %".2904" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2905" = load volatile i8, [40 x i8]* %".2904", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2918" = trunc i64 %"end.7" to i16
  %".2919" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2918", ptr %".2919", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  %".2922" = getelementptr i8, ptr %"keys.112", i64 2
  %".2923" = trunc i64 %"end.7" to i16
  store volatile i16 %".2923", ptr %".2922", align 2
  %".2925" = load volatile i16, ptr %".2922", align 2
  %".2926" = zext i16 %".2925" to i64
  %"cursor.171" = and i64 %".2926", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  %".2928" = getelementptr i8, ptr %"keys.112", i64 2
  %".2929" = trunc i64 %"end.7" to i16
  store volatile i16 %".2929", ptr %".2928", align 2
  %".2931" = load volatile i16, ptr %".2928", align 2
  %".2932" = zext i16 %".2931" to i64
  %"cursor.172" = and i64 %".2932", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  %".2934" = getelementptr i8, ptr %"keys.112", i64 2
  %".2935" = trunc i64 %"end.7" to i16
  store volatile i16 %".2935", ptr %".2934", align 2
  %".2937" = load volatile i16, ptr %".2934", align 2
  %".2938" = zext i16 %".2937" to i64
  %"cursor.173" = and i64 %".2938", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  %".2940" = getelementptr i8, ptr %"keys.112", i64 2
  %".2941" = trunc i64 %"end.7" to i16
  store volatile i16 %".2941", ptr %".2940", align 2
  %".2943" = load volatile i16, ptr %".2940", align 2
  %".2944" = zext i16 %".2943" to i64
  %"cursor.175" = and i64 %".2944", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  %".2946" = getelementptr i8, ptr %"keys.112", i64 2
  %".2947" = trunc i64 %"end.7" to i16
  store volatile i16 %".2947", ptr %".2946", align 2
  %".2949" = load volatile i16, ptr %".2946", align 2
  %".2950" = zext i16 %".2949" to i64
  %"cursor.176" = and i64 %".2950", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  %".2952" = getelementptr i8, ptr %"keys.112", i64 2
  %".2953" = trunc i64 %"end.7" to i16
  store volatile i16 %".2953", ptr %".2952", align 2
  %".2955" = load volatile i16, ptr %".2952", align 2
  %".2956" = zext i16 %".2955" to i64
  %"cursor.177" = and i64 %".2956", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  %".2958" = getelementptr i8, ptr %"keys.112", i64 2
  %".2959" = trunc i64 %"end.7" to i16
  store volatile i16 %".2959", ptr %".2958", align 2
  %".2961" = load volatile i16, ptr %".2958", align 2
  %".2962" = zext i16 %".2961" to i64
  %"cursor.178" = and i64 %".2962", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre_version:
  %".2964" = getelementptr i8, ptr %"keys.112", i64 2
  %".2965" = trunc i64 %"end.7" to i16
  store volatile i16 %".2965", ptr %".2964", align 2
  %".2967" = load volatile i16, ptr %".2964", align 2
  %".2968" = zext i16 %".2967" to i64
  %"cursor.179" = and i64 %".2968", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  %".2970" = getelementptr i8, ptr %"keys.112", i64 2
  %".2971" = trunc i64 %"end.7" to i16
  store volatile i16 %".2971", ptr %".2970", align 2
  %".2973" = load volatile i16, ptr %".2970", align 2
  %".2974" = zext i16 %".2973" to i64
  %"cursor.180" = and i64 %".2974", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  %".2976" = getelementptr i8, ptr %"keys.112", i64 2
  %".2977" = trunc i64 %"end.7" to i16
  store volatile i16 %".2977", ptr %".2976", align 2
  %".2979" = load volatile i16, ptr %".2976", align 2
  %".2980" = zext i16 %".2979" to i64
  %"cursor.181" = and i64 %".2980", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  %".2982" = getelementptr i8, ptr %"keys.112", i64 2
  %".2983" = trunc i64 %"end.7" to i16
  store volatile i16 %".2983", ptr %".2982", align 2
  %".2985" = load volatile i16, ptr %".2982", align 2
  %".2986" = zext i16 %".2985" to i64
  %"cursor.182" = and i64 %".2986", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  %".2988" = getelementptr i8, ptr %"keys.112", i64 2
  %".2989" = trunc i64 %"end.7" to i16
  store volatile i16 %".2989", ptr %".2988", align 2
  %".2991" = load volatile i16, ptr %".2988", align 2
  %".2992" = zext i16 %".2991" to i64
  %"cursor.183" = and i64 %".2992", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  %".2994" = getelementptr i8, ptr %"keys.112", i64 2
  %".2995" = trunc i64 %"end.7" to i16
  store volatile i16 %".2995", ptr %".2994", align 2
  %".2997" = load volatile i16, ptr %".2994", align 2
  %".2998" = zext i16 %".2997" to i64
  %"cursor.184" = and i64 %".2998", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".3000" = trunc i64 34887 to i16
  %".3001" = call i16 @"llvm.bswap.i16"(i16 %".3000")
  %".3002" = getelementptr i8, ptr %"keys.112", i64 10
  store i16 %".3001", ptr %".3002", align 2
  %".3004" = getelementptr i8, ptr %"keys.112", i64 2
  %".3005" = trunc i64 %"end.7" to i16
  store volatile i16 %".3005", ptr %".3004", align 2
  %".3007" = load volatile i16, ptr %".3004", align 2
  %".3008" = zext i16 %".3007" to i64
  %"cursor.185" = and i64 %".3008", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3010" = trunc i64 2048 to i16
  %".3011" = call i16 @"llvm.bswap.i16"(i16 %".3010")
  %".3012" = getelementptr i8, ptr %"keys.112", i64 10
  store i16 %".3011", ptr %".3012", align 2
  %".3014" = getelementptr i8, ptr %"keys.112", i64 8
  store i8 1, ptr %".3014", align 1
  %".3016" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.29" = load volatile i32, ptr %".3016", align 4
  %".3017" = and i32 %"flags.29", 4
  %".3018" = icmp ne i32 %".3017", 0
  br i1 %".3018", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3028" = trunc i64 34525 to i16
  %".3029" = call i16 @"llvm.bswap.i16"(i16 %".3028")
  %".3030" = getelementptr i8, ptr %"keys.112", i64 10
  store i16 %".3029", ptr %".3030", align 2
  %".3032" = getelementptr i8, ptr %"keys.112", i64 8
  store i8 1, ptr %".3032", align 1
  %".3034" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.30" = load volatile i32, ptr %".3034", align 4
  %".3035" = and i32 %"flags.30", 4
  %".3036" = icmp ne i32 %".3035", 0
  br i1 %".3036", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.170" = phi  i64 [%"cursor.171", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.173", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.186", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.187", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.188", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data.113" = phi  ptr [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.113" = phi  ptr [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.113" = phi  ptr [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.40" = getelementptr i8, ptr %"data.113", i64 %"cursor.170"
  %".4538" = getelementptr i8, ptr %"hdr.40", i64 2
  %".4539" = icmp ugt ptr %".4538", %"data_end.113"
  br i1 %".4539", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4541" = getelementptr i8, ptr %"hdr.40", i64 0
  %".4542" = load i8, ptr %".4541", align 1
  %".4543" = getelementptr i8, ptr %"hdr.40", i64 1
  %".4544" = load i8, ptr %".4543", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.18" = phi  i8 [%".4542", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4563", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4544", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4565", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.145" = phi  ptr [%"data.113", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.145" = phi  ptr [%"data_end.113", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.145" = phi  ptr [%"keys.113", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".4567" = zext i8 %"w0_1.18" to i64
  %".4568" = trunc i64 %".4567" to i8
  %".4569" = getelementptr i8, ptr %"keys.145", i64 9
  store i8 %".4568", ptr %".4569", align 1
  %".4571" = add i64 %"cursor.170", 2
  %".4572" = zext i8 %"w1_1.13" to i64
  %".4573" = mul i64 %".4572", 8
  %".4574" = add i64 %".4573", 6
  %".4575" = add i64 %".4574", 2
  %"end.11" = add i64 %"cursor.170", %".4575"
  %".4576" = zext i8 %"w0_1.18" to i64
  switch i64 %".4576", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.174" = phi  i64 [%"cursor.175", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"cursor.189", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data.114" = phi  ptr [%"data.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data_end.114" = phi  ptr [%"data_end.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"keys.114" = phi  ptr [%"keys.112", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.116", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"hdr.41" = getelementptr i8, ptr %"data.114", i64 %"cursor.174"
  %".4706" = getelementptr i8, ptr %"hdr.41", i64 8
  %".4707" = icmp ugt ptr %".4706", %"data_end.114"
  br i1 %".4707", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".4709" = getelementptr i8, ptr %"hdr.41", i64 0
  %".4710" = load i8, ptr %".4709", align 1
  %".4711" = getelementptr i8, ptr %"hdr.41", i64 2
  %".4712" = load i16, ptr %".4711", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.19" = phi  i8 [%".4710", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4731", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4712", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4733", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.114", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.114", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.114", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".4735" = zext i8 %"w0_1.19" to i64
  %".4736" = trunc i64 %".4735" to i8
  %".4737" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %".4736", ptr %".4737", align 1
  %".4739" = add i64 %"cursor.174", 8
  %".4740" = icmp ne i64 1, 0
  %".4741" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4742" = zext i16 %".4741" to i64
  %".4743" = and i64 %".4742", 65528
  %".4744" = icmp eq i64 %".4743", 0
  br i1 %".4740", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3020" = trunc i64 %"end.7" to i16
  %".3021" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".3020", ptr %".3021", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3024" = trunc i64 %"end.7" to i16
  %".3025" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".3024", ptr %".3025", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3038" = trunc i64 %"end.7" to i16
  %".3039" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".3038", ptr %".3039", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3042" = trunc i64 %"end.7" to i16
  %".3043" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".3042", ptr %".3043", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3054" = trunc i64 %"cursor.85" to i32
  %".3055" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".3054", [40 x i8]* %"header_copy", i32 8)
  %".3056" = icmp eq i64 %".3055", 0
  %".3057" = getelementptr i8, ptr %"ctx.35", i64 76
  %".3058" = load i32, ptr %".3057", align 4
  %".3059" = zext i32 %".3058" to i64
  %"data.115" = inttoptr i64 %".3059" to ptr
  %".3060" = getelementptr i8, ptr %"ctx.35", i64 80
  %".3061" = load i32, ptr %".3060", align 4
  %".3062" = zext i32 %".3061" to i64
  %"data_end.115" = inttoptr i64 %".3062" to ptr
  %".3063" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.115" = load ptr, ptr %".3063", align 8
  %".3064" = xor i1 %".3056", -1
  br i1 %".3064", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3066" = trunc i64 %"cursor.85" to i16
  %".3067" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".3066", ptr %".3067", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3070" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3071" = load volatile i8, [40 x i8]* %".3070", align 1
  %".3072" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3073" = load volatile i16, [40 x i8]* %".3072", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3086" = getelementptr i8, ptr %"keys.116", i64 6
  store i8 1, ptr %".3086", align 1
  br i1 %".3084", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3106" = zext i8 %"w0_1.12" to i64
  switch i64 %".3106", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3089" = getelementptr i8, ptr %"keys.116", i64 7
  store i8 1, ptr %".3089", align 1
  %".3091" = getelementptr i8, ptr %"keys.116", i64 48
  %"flags.31" = load volatile i32, ptr %".3091", align 4
  %".3092" = and i32 %"flags.31", 1
  %".3093" = icmp ne i32 %".3092", 0
  %".3094" = xor i1 %".3093", -1
  br i1 %".3094", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3101" = trunc i64 %".3079" to i16
  %".3102" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3101", ptr %".3102", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3096" = trunc i64 %".3079" to i16
  %".3097" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3096", ptr %".3097", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3108" = trunc i64 %".3079" to i16
  %".3109" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3108", ptr %".3109", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  %".3112" = getelementptr i8, ptr %"keys.116", i64 2
  %".3113" = trunc i64 %".3079" to i16
  store volatile i16 %".3113", ptr %".3112", align 2
  %".3115" = load volatile i16, ptr %".3112", align 2
  %".3116" = zext i16 %".3115" to i64
  %"cursor.186" = and i64 %".3116", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3118" = getelementptr i8, ptr %"keys.116", i64 2
  %".3119" = trunc i64 %".3079" to i16
  store volatile i16 %".3119", ptr %".3118", align 2
  %".3121" = load volatile i16, ptr %".3118", align 2
  %".3122" = zext i16 %".3121" to i64
  %"cursor.187" = and i64 %".3122", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3124" = getelementptr i8, ptr %"keys.116", i64 2
  %".3125" = trunc i64 %".3079" to i16
  store volatile i16 %".3125", ptr %".3124", align 2
  %".3127" = load volatile i16, ptr %".3124", align 2
  %".3128" = zext i16 %".3127" to i64
  %"cursor.188" = and i64 %".3128", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  %".3130" = getelementptr i8, ptr %"keys.116", i64 2
  %".3131" = trunc i64 %".3079" to i16
  store volatile i16 %".3131", ptr %".3130", align 2
  %".3133" = load volatile i16, ptr %".3130", align 2
  %".3134" = zext i16 %".3133" to i64
  %"cursor.189" = and i64 %".3134", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  %".3136" = getelementptr i8, ptr %"keys.116", i64 2
  %".3137" = trunc i64 %".3079" to i16
  store volatile i16 %".3137", ptr %".3136", align 2
  %".3139" = load volatile i16, ptr %".3136", align 2
  %".3140" = zext i16 %".3139" to i64
  %"cursor.190" = and i64 %".3140", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  %".3142" = getelementptr i8, ptr %"keys.116", i64 2
  %".3143" = trunc i64 %".3079" to i16
  store volatile i16 %".3143", ptr %".3142", align 2
  %".3145" = load volatile i16, ptr %".3142", align 2
  %".3146" = zext i16 %".3145" to i64
  %"cursor.191" = and i64 %".3146", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  %".3148" = getelementptr i8, ptr %"keys.116", i64 2
  %".3149" = trunc i64 %".3079" to i16
  store volatile i16 %".3149", ptr %".3148", align 2
  %".3151" = load volatile i16, ptr %".3148", align 2
  %".3152" = zext i16 %".3151" to i64
  %"cursor.192" = and i64 %".3152", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre_version:
  %".3154" = getelementptr i8, ptr %"keys.116", i64 2
  %".3155" = trunc i64 %".3079" to i16
  store volatile i16 %".3155", ptr %".3154", align 2
  %".3157" = load volatile i16, ptr %".3154", align 2
  %".3158" = zext i16 %".3157" to i64
  %"cursor.193" = and i64 %".3158", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  %".3160" = getelementptr i8, ptr %"keys.116", i64 2
  %".3161" = trunc i64 %".3079" to i16
  store volatile i16 %".3161", ptr %".3160", align 2
  %".3163" = load volatile i16, ptr %".3160", align 2
  %".3164" = zext i16 %".3163" to i64
  %"cursor.194" = and i64 %".3164", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  %".3166" = getelementptr i8, ptr %"keys.116", i64 2
  %".3167" = trunc i64 %".3079" to i16
  store volatile i16 %".3167", ptr %".3166", align 2
  %".3169" = load volatile i16, ptr %".3166", align 2
  %".3170" = zext i16 %".3169" to i64
  %"cursor.195" = and i64 %".3170", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  %".3172" = getelementptr i8, ptr %"keys.116", i64 2
  %".3173" = trunc i64 %".3079" to i16
  store volatile i16 %".3173", ptr %".3172", align 2
  %".3175" = load volatile i16, ptr %".3172", align 2
  %".3176" = zext i16 %".3175" to i64
  %"cursor.196" = and i64 %".3176", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  %".3178" = getelementptr i8, ptr %"keys.116", i64 2
  %".3179" = trunc i64 %".3079" to i16
  store volatile i16 %".3179", ptr %".3178", align 2
  %".3181" = load volatile i16, ptr %".3178", align 2
  %".3182" = zext i16 %".3181" to i64
  %"cursor.197" = and i64 %".3182", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  %".3184" = getelementptr i8, ptr %"keys.116", i64 2
  %".3185" = trunc i64 %".3079" to i16
  store volatile i16 %".3185", ptr %".3184", align 2
  %".3187" = load volatile i16, ptr %".3184", align 2
  %".3188" = zext i16 %".3187" to i64
  %"cursor.198" = and i64 %".3188", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".3190" = trunc i64 34887 to i16
  %".3191" = call i16 @"llvm.bswap.i16"(i16 %".3190")
  %".3192" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %".3191", ptr %".3192", align 2
  %".3194" = getelementptr i8, ptr %"keys.116", i64 2
  %".3195" = trunc i64 %".3079" to i16
  store volatile i16 %".3195", ptr %".3194", align 2
  %".3197" = load volatile i16, ptr %".3194", align 2
  %".3198" = zext i16 %".3197" to i64
  %"cursor.199" = and i64 %".3198", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3200" = trunc i64 2048 to i16
  %".3201" = call i16 @"llvm.bswap.i16"(i16 %".3200")
  %".3202" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %".3201", ptr %".3202", align 2
  %".3204" = getelementptr i8, ptr %"keys.116", i64 8
  store i8 1, ptr %".3204", align 1
  %".3206" = getelementptr i8, ptr %"keys.116", i64 48
  %"flags.32" = load volatile i32, ptr %".3206", align 4
  %".3207" = and i32 %"flags.32", 4
  %".3208" = icmp ne i32 %".3207", 0
  br i1 %".3208", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3218" = trunc i64 34525 to i16
  %".3219" = call i16 @"llvm.bswap.i16"(i16 %".3218")
  %".3220" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %".3219", ptr %".3220", align 2
  %".3222" = getelementptr i8, ptr %"keys.116", i64 8
  store i8 1, ptr %".3222", align 1
  %".3224" = getelementptr i8, ptr %"keys.116", i64 48
  %"flags.33" = load volatile i32, ptr %".3224", align 4
  %".3225" = and i32 %"flags.33", 4
  %".3226" = icmp ne i32 %".3225", 0
  br i1 %".3226", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3210" = trunc i64 %".3079" to i16
  %".3211" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3210", ptr %".3211", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3214" = trunc i64 %".3079" to i16
  %".3215" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3214", ptr %".3215", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3228" = trunc i64 %".3079" to i16
  %".3229" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3228", ptr %".3229", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3232" = trunc i64 %".3079" to i16
  %".3233" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3232", ptr %".3233", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3244" = trunc i64 %"cursor.96" to i32
  %".3245" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".3244", [40 x i8]* %"header_copy", i32 2)
  %".3246" = icmp eq i64 %".3245", 0
  %".3247" = getelementptr i8, ptr %"ctx.36", i64 76
  %".3248" = load i32, ptr %".3247", align 4
  %".3249" = zext i32 %".3248" to i64
  %"data.117" = inttoptr i64 %".3249" to ptr
  %".3250" = getelementptr i8, ptr %"ctx.36", i64 80
  %".3251" = load i32, ptr %".3250", align 4
  %".3252" = zext i32 %".3251" to i64
  %"data_end.117" = inttoptr i64 %".3252" to ptr
  %".3253" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.117" = load ptr, ptr %".3253", align 8
  %".3254" = xor i1 %".3246", -1
  br i1 %".3254", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3256" = trunc i64 %"cursor.96" to i16
  %".3257" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".3256", ptr %".3257", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3260" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3261" = load volatile i8, [40 x i8]* %".3260", align 1
  %".3262" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3263" = load volatile i8, [40 x i8]* %".3262", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3276" = trunc i64 %"end.8" to i16
  %".3277" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".3276", ptr %".3277", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  %".3282" = getelementptr i8, ptr %"keys.118", i64 2
  %".3283" = trunc i64 %"end.8" to i16
  store volatile i16 %".3283", ptr %".3282", align 2
  %".3285" = load volatile i16, ptr %".3282", align 2
  %".3286" = zext i16 %".3285" to i64
  %"cursor.201" = and i64 %".3286", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  %".3289" = getelementptr i8, ptr %"keys.118", i64 2
  %".3290" = trunc i64 %"end.8" to i16
  store volatile i16 %".3290", ptr %".3289", align 2
  %".3292" = load volatile i16, ptr %".3289", align 2
  %".3293" = zext i16 %".3292" to i64
  %"cursor.203" = and i64 %".3293", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  %".3295" = getelementptr i8, ptr %"keys.118", i64 2
  %".3296" = trunc i64 %"end.8" to i16
  store volatile i16 %".3296", ptr %".3295", align 2
  %".3298" = load volatile i16, ptr %".3295", align 2
  %".3299" = zext i16 %".3298" to i64
  %"cursor.204" = and i64 %".3299", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  %".3301" = getelementptr i8, ptr %"keys.118", i64 2
  %".3302" = trunc i64 %"end.8" to i16
  store volatile i16 %".3302", ptr %".3301", align 2
  %".3304" = load volatile i16, ptr %".3301", align 2
  %".3305" = zext i16 %".3304" to i64
  %"cursor.205" = and i64 %".3305", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre_version:
  %".3307" = getelementptr i8, ptr %"keys.118", i64 2
  %".3308" = trunc i64 %"end.8" to i16
  store volatile i16 %".3308", ptr %".3307", align 2
  %".3310" = load volatile i16, ptr %".3307", align 2
  %".3311" = zext i16 %".3310" to i64
  %"cursor.206" = and i64 %".3311", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  %".3313" = getelementptr i8, ptr %"keys.118", i64 2
  %".3314" = trunc i64 %"end.8" to i16
  store volatile i16 %".3314", ptr %".3313", align 2
  %".3316" = load volatile i16, ptr %".3313", align 2
  %".3317" = zext i16 %".3316" to i64
  %"cursor.207" = and i64 %".3317", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  %".3319" = getelementptr i8, ptr %"keys.118", i64 2
  %".3320" = trunc i64 %"end.8" to i16
  store volatile i16 %".3320", ptr %".3319", align 2
  %".3322" = load volatile i16, ptr %".3319", align 2
  %".3323" = zext i16 %".3322" to i64
  %"cursor.208" = and i64 %".3323", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  %".3325" = getelementptr i8, ptr %"keys.118", i64 2
  %".3326" = trunc i64 %"end.8" to i16
  store volatile i16 %".3326", ptr %".3325", align 2
  %".3328" = load volatile i16, ptr %".3325", align 2
  %".3329" = zext i16 %".3328" to i64
  %"cursor.209" = and i64 %".3329", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  %".3331" = getelementptr i8, ptr %"keys.118", i64 2
  %".3332" = trunc i64 %"end.8" to i16
  store volatile i16 %".3332", ptr %".3331", align 2
  %".3334" = load volatile i16, ptr %".3331", align 2
  %".3335" = zext i16 %".3334" to i64
  %"cursor.210" = and i64 %".3335", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  %".3337" = getelementptr i8, ptr %"keys.118", i64 2
  %".3338" = trunc i64 %"end.8" to i16
  store volatile i16 %".3338", ptr %".3337", align 2
  %".3340" = load volatile i16, ptr %".3337", align 2
  %".3341" = zext i16 %".3340" to i64
  %"cursor.211" = and i64 %".3341", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".3343" = trunc i64 34887 to i16
  %".3344" = call i16 @"llvm.bswap.i16"(i16 %".3343")
  %".3345" = getelementptr i8, ptr %"keys.118", i64 10
  store i16 %".3344", ptr %".3345", align 2
  %".3347" = getelementptr i8, ptr %"keys.118", i64 2
  %".3348" = trunc i64 %"end.8" to i16
  store volatile i16 %".3348", ptr %".3347", align 2
  %".3350" = load volatile i16, ptr %".3347", align 2
  %".3351" = zext i16 %".3350" to i64
  %"cursor.212" = and i64 %".3351", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3353" = trunc i64 2048 to i16
  %".3354" = call i16 @"llvm.bswap.i16"(i16 %".3353")
  %".3355" = getelementptr i8, ptr %"keys.118", i64 10
  store i16 %".3354", ptr %".3355", align 2
  %".3357" = getelementptr i8, ptr %"keys.118", i64 8
  store i8 1, ptr %".3357", align 1
  %".3359" = getelementptr i8, ptr %"keys.118", i64 48
  %"flags.34" = load volatile i32, ptr %".3359", align 4
  %".3360" = and i32 %"flags.34", 4
  %".3361" = icmp ne i32 %".3360", 0
  br i1 %".3361", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3373" = trunc i64 34525 to i16
  %".3374" = call i16 @"llvm.bswap.i16"(i16 %".3373")
  %".3375" = getelementptr i8, ptr %"keys.118", i64 10
  store i16 %".3374", ptr %".3375", align 2
  %".3377" = getelementptr i8, ptr %"keys.118", i64 8
  store i8 1, ptr %".3377", align 1
  %".3379" = getelementptr i8, ptr %"keys.118", i64 48
  %"flags.35" = load volatile i32, ptr %".3379", align 4
  %".3380" = and i32 %"flags.35", 4
  %".3381" = icmp ne i32 %".3380", 0
  br i1 %".3381", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.200" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.201", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.215", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"cursor.216", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.217", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data.119" = phi  ptr [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.119" = phi  ptr [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.119" = phi  ptr [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.42" = getelementptr i8, ptr %"data.119", i64 %"cursor.200"
  %".4896" = getelementptr i8, ptr %"hdr.42", i64 2
  %".4897" = icmp ugt ptr %".4896", %"data_end.119"
  br i1 %".4897", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".4899" = getelementptr i8, ptr %"hdr.42", i64 0
  %".4900" = load i8, ptr %".4899", align 1
  %".4901" = getelementptr i8, ptr %"hdr.42", i64 1
  %".4902" = load i8, ptr %".4901", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.20" = phi  i8 [%".4900", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4921", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".4902", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4923", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.119", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.119", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.119", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".4925" = zext i8 %"w0_1.20" to i64
  %".4926" = trunc i64 %".4925" to i8
  %".4927" = getelementptr i8, ptr %"keys.151", i64 9
  store i8 %".4926", ptr %".4927", align 1
  %".4929" = add i64 %"cursor.200", 2
  %".4930" = zext i8 %"w1_1.14" to i64
  %".4931" = mul i64 %".4930", 8
  %".4932" = add i64 %".4931", 6
  %".4933" = add i64 %".4932", 2
  %"end.12" = add i64 %"cursor.200", %".4933"
  %".4934" = zext i8 %"w0_1.20" to i64
  switch i64 %".4934", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.202" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3426", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data.120" = phi  ptr [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data_end.120" = phi  ptr [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"keys.120" = phi  ptr [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"hdr.43" = getelementptr i8, ptr %"data.120", i64 %"cursor.202"
  %".5060" = getelementptr i8, ptr %"hdr.43", i64 8
  %".5061" = icmp ugt ptr %".5060", %"data_end.120"
  br i1 %".5061", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5063" = getelementptr i8, ptr %"hdr.43", i64 0
  %".5064" = load i8, ptr %".5063", align 1
  %".5065" = getelementptr i8, ptr %"hdr.43", i64 2
  %".5066" = load i16, ptr %".5065", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.21" = phi  i8 [%".5064", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5085", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.19" = phi  i16 [%".5066", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5087", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.120", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.120", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.120", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5089" = zext i8 %"w0_1.21" to i64
  %".5090" = trunc i64 %".5089" to i8
  %".5091" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %".5090", ptr %".5091", align 1
  %".5093" = add i64 %"cursor.202", 8
  %".5094" = icmp ne i64 1, 0
  %".5095" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".5096" = zext i16 %".5095" to i64
  %".5097" = and i64 %".5096", 65528
  %".5098" = icmp eq i64 %".5097", 0
  br i1 %".5094", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3363" = trunc i64 %"end.8" to i16
  %".3364" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".3363", ptr %".3364", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3367" = getelementptr i8, ptr %"keys.118", i64 2
  %".3368" = trunc i64 %"end.8" to i16
  store volatile i16 %".3368", ptr %".3367", align 2
  %".3370" = load volatile i16, ptr %".3367", align 2
  %".3371" = zext i16 %".3370" to i64
  %"cursor.213" = and i64 %".3371", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3383" = trunc i64 %"end.8" to i16
  %".3384" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".3383", ptr %".3384", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3387" = getelementptr i8, ptr %"keys.118", i64 2
  %".3388" = trunc i64 %"end.8" to i16
  store volatile i16 %".3388", ptr %".3387", align 2
  %".3390" = load volatile i16, ptr %".3387", align 2
  %".3391" = zext i16 %".3390" to i64
  %"cursor.214" = and i64 %".3391", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3401" = trunc i64 %"cursor.98" to i32
  %".3402" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".3401", [40 x i8]* %"header_copy", i32 8)
  %".3403" = icmp eq i64 %".3402", 0
  %".3404" = getelementptr i8, ptr %"ctx.37", i64 76
  %".3405" = load i32, ptr %".3404", align 4
  %".3406" = zext i32 %".3405" to i64
  %"data.121" = inttoptr i64 %".3406" to ptr
  %".3407" = getelementptr i8, ptr %"ctx.37", i64 80
  %".3408" = load i32, ptr %".3407", align 4
  %".3409" = zext i32 %".3408" to i64
  %"data_end.121" = inttoptr i64 %".3409" to ptr
  %".3410" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.121" = load ptr, ptr %".3410", align 8
  %".3411" = xor i1 %".3403", -1
  br i1 %".3411", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3413" = trunc i64 %"cursor.98" to i16
  %".3414" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".3413", ptr %".3414", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3417" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3418" = load volatile i8, [40 x i8]* %".3417", align 1
  %".3419" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3420" = load volatile i16, [40 x i8]* %".3419", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3433" = getelementptr i8, ptr %"keys.122", i64 6
  store i8 1, ptr %".3433", align 1
  br i1 %".3431", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3453" = zext i8 %"w0_1.14" to i64
  switch i64 %".3453", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3436" = getelementptr i8, ptr %"keys.122", i64 7
  store i8 1, ptr %".3436", align 1
  %".3438" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.36" = load volatile i32, ptr %".3438", align 4
  %".3439" = and i32 %"flags.36", 1
  %".3440" = icmp ne i32 %".3439", 0
  %".3441" = xor i1 %".3440", -1
  br i1 %".3441", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3448" = trunc i64 %".3426" to i16
  %".3449" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".3448", ptr %".3449", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3443" = trunc i64 %".3426" to i16
  %".3444" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".3443", ptr %".3444", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3455" = trunc i64 %".3426" to i16
  %".3456" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".3455", ptr %".3456", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  %".3459" = getelementptr i8, ptr %"keys.122", i64 2
  %".3460" = trunc i64 %".3426" to i16
  store volatile i16 %".3460", ptr %".3459", align 2
  %".3462" = load volatile i16, ptr %".3459", align 2
  %".3463" = zext i16 %".3462" to i64
  %"cursor.215" = and i64 %".3463", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  %".3465" = getelementptr i8, ptr %"keys.122", i64 2
  %".3466" = trunc i64 %".3426" to i16
  store volatile i16 %".3466", ptr %".3465", align 2
  %".3468" = load volatile i16, ptr %".3465", align 2
  %".3469" = zext i16 %".3468" to i64
  %"cursor.216" = and i64 %".3469", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  %".3471" = getelementptr i8, ptr %"keys.122", i64 2
  %".3472" = trunc i64 %".3426" to i16
  store volatile i16 %".3472", ptr %".3471", align 2
  %".3474" = load volatile i16, ptr %".3471", align 2
  %".3475" = zext i16 %".3474" to i64
  %"cursor.217" = and i64 %".3475", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  %".3478" = getelementptr i8, ptr %"keys.122", i64 2
  %".3479" = trunc i64 %".3426" to i16
  store volatile i16 %".3479", ptr %".3478", align 2
  %".3481" = load volatile i16, ptr %".3478", align 2
  %".3482" = zext i16 %".3481" to i64
  %"cursor.218" = and i64 %".3482", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  %".3484" = getelementptr i8, ptr %"keys.122", i64 2
  %".3485" = trunc i64 %".3426" to i16
  store volatile i16 %".3485", ptr %".3484", align 2
  %".3487" = load volatile i16, ptr %".3484", align 2
  %".3488" = zext i16 %".3487" to i64
  %"cursor.219" = and i64 %".3488", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  %".3490" = getelementptr i8, ptr %"keys.122", i64 2
  %".3491" = trunc i64 %".3426" to i16
  store volatile i16 %".3491", ptr %".3490", align 2
  %".3493" = load volatile i16, ptr %".3490", align 2
  %".3494" = zext i16 %".3493" to i64
  %"cursor.220" = and i64 %".3494", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre_version:
  %".3496" = getelementptr i8, ptr %"keys.122", i64 2
  %".3497" = trunc i64 %".3426" to i16
  store volatile i16 %".3497", ptr %".3496", align 2
  %".3499" = load volatile i16, ptr %".3496", align 2
  %".3500" = zext i16 %".3499" to i64
  %"cursor.221" = and i64 %".3500", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  %".3502" = getelementptr i8, ptr %"keys.122", i64 2
  %".3503" = trunc i64 %".3426" to i16
  store volatile i16 %".3503", ptr %".3502", align 2
  %".3505" = load volatile i16, ptr %".3502", align 2
  %".3506" = zext i16 %".3505" to i64
  %"cursor.222" = and i64 %".3506", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  %".3508" = getelementptr i8, ptr %"keys.122", i64 2
  %".3509" = trunc i64 %".3426" to i16
  store volatile i16 %".3509", ptr %".3508", align 2
  %".3511" = load volatile i16, ptr %".3508", align 2
  %".3512" = zext i16 %".3511" to i64
  %"cursor.223" = and i64 %".3512", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  %".3514" = getelementptr i8, ptr %"keys.122", i64 2
  %".3515" = trunc i64 %".3426" to i16
  store volatile i16 %".3515", ptr %".3514", align 2
  %".3517" = load volatile i16, ptr %".3514", align 2
  %".3518" = zext i16 %".3517" to i64
  %"cursor.224" = and i64 %".3518", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  %".3520" = getelementptr i8, ptr %"keys.122", i64 2
  %".3521" = trunc i64 %".3426" to i16
  store volatile i16 %".3521", ptr %".3520", align 2
  %".3523" = load volatile i16, ptr %".3520", align 2
  %".3524" = zext i16 %".3523" to i64
  %"cursor.225" = and i64 %".3524", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  %".3526" = getelementptr i8, ptr %"keys.122", i64 2
  %".3527" = trunc i64 %".3426" to i16
  store volatile i16 %".3527", ptr %".3526", align 2
  %".3529" = load volatile i16, ptr %".3526", align 2
  %".3530" = zext i16 %".3529" to i64
  %"cursor.226" = and i64 %".3530", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".3532" = trunc i64 34887 to i16
  %".3533" = call i16 @"llvm.bswap.i16"(i16 %".3532")
  %".3534" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".3533", ptr %".3534", align 2
  %".3536" = getelementptr i8, ptr %"keys.122", i64 2
  %".3537" = trunc i64 %".3426" to i16
  store volatile i16 %".3537", ptr %".3536", align 2
  %".3539" = load volatile i16, ptr %".3536", align 2
  %".3540" = zext i16 %".3539" to i64
  %"cursor.227" = and i64 %".3540", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3542" = trunc i64 2048 to i16
  %".3543" = call i16 @"llvm.bswap.i16"(i16 %".3542")
  %".3544" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".3543", ptr %".3544", align 2
  %".3546" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".3546", align 1
  %".3548" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.37" = load volatile i32, ptr %".3548", align 4
  %".3549" = and i32 %"flags.37", 4
  %".3550" = icmp ne i32 %".3549", 0
  br i1 %".3550", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3562" = trunc i64 34525 to i16
  %".3563" = call i16 @"llvm.bswap.i16"(i16 %".3562")
  %".3564" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".3563", ptr %".3564", align 2
  %".3566" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".3566", align 1
  %".3568" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.38" = load volatile i32, ptr %".3568", align 4
  %".3569" = and i32 %"flags.38", 4
  %".3570" = icmp ne i32 %".3569", 0
  br i1 %".3570", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3552" = trunc i64 %".3426" to i16
  %".3553" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".3552", ptr %".3553", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3556" = getelementptr i8, ptr %"keys.122", i64 2
  %".3557" = trunc i64 %".3426" to i16
  store volatile i16 %".3557", ptr %".3556", align 2
  %".3559" = load volatile i16, ptr %".3556", align 2
  %".3560" = zext i16 %".3559" to i64
  %"cursor.228" = and i64 %".3560", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3572" = trunc i64 %".3426" to i16
  %".3573" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".3572", ptr %".3573", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3576" = getelementptr i8, ptr %"keys.122", i64 2
  %".3577" = trunc i64 %".3426" to i16
  store volatile i16 %".3577", ptr %".3576", align 2
  %".3579" = load volatile i16, ptr %".3576", align 2
  %".3580" = zext i16 %".3579" to i64
  %"cursor.229" = and i64 %".3580", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3588" = trunc i64 %"cursor.146" to i32
  %".3589" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".3588", [40 x i8]* %"header_copy", i32 4)
  %".3590" = icmp eq i64 %".3589", 0
  %".3591" = getelementptr i8, ptr %"ctx.38", i64 76
  %".3592" = load i32, ptr %".3591", align 4
  %".3593" = zext i32 %".3592" to i64
  %"data.123" = inttoptr i64 %".3593" to ptr
  %".3594" = getelementptr i8, ptr %"ctx.38", i64 80
  %".3595" = load i32, ptr %".3594", align 4
  %".3596" = zext i32 %".3595" to i64
  %"data_end.123" = inttoptr i64 %".3596" to ptr
  %".3597" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.123" = load ptr, ptr %".3597", align 8
  %".3598" = xor i1 %".3590", -1
  br i1 %".3598", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".3600" = trunc i64 %"cursor.146" to i16
  %".3601" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3600", ptr %".3601", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".3604" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3605" = load volatile i16, [40 x i8]* %".3604", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".3620" = trunc i64 %".3613" to i16
  %".3621" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3620", ptr %".3621", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  %".3624" = getelementptr i8, ptr %"keys.124", i64 2
  %".3625" = trunc i64 %".3613" to i16
  store volatile i16 %".3625", ptr %".3624", align 2
  %".3627" = load volatile i16, ptr %".3624", align 2
  %".3628" = zext i16 %".3627" to i64
  %"cursor.230" = and i64 %".3628", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  %".3630" = getelementptr i8, ptr %"keys.124", i64 2
  %".3631" = trunc i64 %".3613" to i16
  store volatile i16 %".3631", ptr %".3630", align 2
  %".3633" = load volatile i16, ptr %".3630", align 2
  %".3634" = zext i16 %".3633" to i64
  %"cursor.231" = and i64 %".3634", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  %".3636" = getelementptr i8, ptr %"keys.124", i64 2
  %".3637" = trunc i64 %".3613" to i16
  store volatile i16 %".3637", ptr %".3636", align 2
  %".3639" = load volatile i16, ptr %".3636", align 2
  %".3640" = zext i16 %".3639" to i64
  %"cursor.233" = and i64 %".3640", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  %".3642" = getelementptr i8, ptr %"keys.124", i64 2
  %".3643" = trunc i64 %".3613" to i16
  store volatile i16 %".3643", ptr %".3642", align 2
  %".3645" = load volatile i16, ptr %".3642", align 2
  %".3646" = zext i16 %".3645" to i64
  %"cursor.234" = and i64 %".3646", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  %".3648" = getelementptr i8, ptr %"keys.124", i64 2
  %".3649" = trunc i64 %".3613" to i16
  store volatile i16 %".3649", ptr %".3648", align 2
  %".3651" = load volatile i16, ptr %".3648", align 2
  %".3652" = zext i16 %".3651" to i64
  %"cursor.235" = and i64 %".3652", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  %".3654" = getelementptr i8, ptr %"keys.124", i64 2
  %".3655" = trunc i64 %".3613" to i16
  store volatile i16 %".3655", ptr %".3654", align 2
  %".3657" = load volatile i16, ptr %".3654", align 2
  %".3658" = zext i16 %".3657" to i64
  %"cursor.236" = and i64 %".3658", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  %".3660" = getelementptr i8, ptr %"keys.124", i64 2
  %".3661" = trunc i64 %".3613" to i16
  store volatile i16 %".3661", ptr %".3660", align 2
  %".3663" = load volatile i16, ptr %".3660", align 2
  %".3664" = zext i16 %".3663" to i64
  %"cursor.237" = and i64 %".3664", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1.to_arp:
  %".3666" = getelementptr i8, ptr %"keys.124", i64 2
  %".3667" = trunc i64 %".3613" to i16
  store volatile i16 %".3667", ptr %".3666", align 2
  %".3669" = load volatile i16, ptr %".3666", align 2
  %".3670" = zext i16 %".3669" to i64
  %"cursor.238" = and i64 %".3670", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_arp.1:
  %".3672" = getelementptr i8, ptr %"keys.124", i64 2
  %".3673" = trunc i64 %".3613" to i16
  store volatile i16 %".3673", ptr %".3672", align 2
  %".3675" = load volatile i16, ptr %".3672", align 2
  %".3676" = zext i16 %".3675" to i64
  %"cursor.239" = and i64 %".3676", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_ptp:
  %".3678" = getelementptr i8, ptr %"keys.124", i64 2
  %".3679" = trunc i64 %".3613" to i16
  store volatile i16 %".3679", ptr %".3678", align 2
  %".3681" = load volatile i16, ptr %".3678", align 2
  %".3682" = zext i16 %".3681" to i64
  %"cursor.240" = and i64 %".3682", 16383
  br label %"ptp"
vlan_d1_vlan_tags1.to_cfm:
  %".3684" = getelementptr i8, ptr %"keys.124", i64 2
  %".3685" = trunc i64 %".3613" to i16
  store volatile i16 %".3685", ptr %".3684", align 2
  %".3687" = load volatile i16, ptr %".3684", align 2
  %".3688" = zext i16 %".3687" to i64
  %"cursor.241" = and i64 %".3688", 16383
  br label %"cfm"
vlan_d1_vlan_tags1.to_tipc:
  %".3690" = getelementptr i8, ptr %"keys.124", i64 2
  %".3691" = trunc i64 %".3613" to i16
  store volatile i16 %".3691", ptr %".3690", align 2
  %".3693" = load volatile i16, ptr %".3690", align 2
  %".3694" = zext i16 %".3693" to i64
  %"cursor.242" = and i64 %".3694", 16383
  br label %"tipc"
vlan_d1_vlan_tags1.to_fcoe:
  %".3696" = getelementptr i8, ptr %"keys.124", i64 2
  %".3697" = trunc i64 %".3613" to i16
  store volatile i16 %".3697", ptr %".3696", align 2
  %".3699" = load volatile i16, ptr %".3696", align 2
  %".3700" = zext i16 %".3699" to i64
  %"cursor.243" = and i64 %".3700", 16383
  br label %"fcoe"
vlan_d1_vlan_tags1.to_hsr:
  %".3702" = getelementptr i8, ptr %"keys.124", i64 2
  %".3703" = trunc i64 %".3613" to i16
  store volatile i16 %".3703", ptr %".3702", align 2
  %".3705" = load volatile i16, ptr %".3702", align 2
  %".3706" = zext i16 %".3705" to i64
  %"cursor.244" = and i64 %".3706", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags1.to_hsr.1:
  %".3708" = getelementptr i8, ptr %"keys.124", i64 2
  %".3709" = trunc i64 %".3613" to i16
  store volatile i16 %".3709", ptr %".3708", align 2
  %".3711" = load volatile i16, ptr %".3708", align 2
  %".3712" = zext i16 %".3711" to i64
  %"cursor.245" = and i64 %".3712", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags1.to_batadv:
  %".3714" = getelementptr i8, ptr %"keys.124", i64 2
  %".3715" = trunc i64 %".3613" to i16
  store volatile i16 %".3715", ptr %".3714", align 2
  %".3717" = load volatile i16, ptr %".3714", align 2
  %".3718" = zext i16 %".3717" to i64
  %"cursor.246" = and i64 %".3718", 16383
  br label %"batadv_d1"
vlan_d1_vlan_tags2:
  %"cursor.232" = phi  i64 [%"cursor.233", %"vlan_d1_vlan_tags1.to_vlan"], [%"cursor.234", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data.125" = phi  ptr [%"data.124", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.124", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data_end.125" = phi  ptr [%"data_end.124", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"keys.125" = phi  ptr [%"keys.124", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.124", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"hdr.44" = getelementptr i8, ptr %"data.125", i64 %"cursor.232"
  %".5246" = getelementptr i8, ptr %"hdr.44", i64 4
  %".5247" = icmp ugt ptr %".5246", %"data_end.125"
  br i1 %".5247", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".5249" = getelementptr i8, ptr %"hdr.44", i64 2
  %".5250" = load i16, ptr %".5249", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.20" = phi  i16 [%".5250", %"vlan_d1_vlan_tags2.linear"], [%".5269", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.125", %"vlan_d1_vlan_tags2.linear"], [%"data.154", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.125", %"vlan_d1_vlan_tags2.linear"], [%"data_end.154", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.125", %"vlan_d1_vlan_tags2.linear"], [%"keys.154", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".5271" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5272" = zext i16 %".5271" to i64
  %".5273" = trunc i64 %".5272" to i16
  %".5274" = call i16 @"llvm.bswap.i16"(i16 %".5273")
  %".5275" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".5274", ptr %".5275", align 2
  %".5277" = add i64 %"cursor.232", 4
  %".5278" = trunc i64 %".5277" to i16
  %".5279" = getelementptr i8, ptr %"keys.155", i64 0
  store i16 %".5278", ptr %".5279", align 2
  %".5281" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5282" = zext i16 %".5281" to i64
  switch i64 %".5282", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]
hsr_d1.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3726" = trunc i64 %"cursor.158" to i32
  %".3727" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3726", [40 x i8]* %"header_copy", i32 6)
  %".3728" = icmp eq i64 %".3727", 0
  %".3729" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3730" = load i32, ptr %".3729", align 4
  %".3731" = zext i32 %".3730" to i64
  %"data.126" = inttoptr i64 %".3731" to ptr
  %".3732" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3733" = load i32, ptr %".3732", align 4
  %".3734" = zext i32 %".3733" to i64
  %"data_end.126" = inttoptr i64 %".3734" to ptr
  %".3735" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.126" = load ptr, ptr %".3735", align 8
  %".3736" = xor i1 %".3728", -1
  br i1 %".3736", label %"hsr_d1.copy_failed", label %"hsr_d1.copy_failed.endif"
hsr_d1.copy_failed:
  %".3738" = trunc i64 %"cursor.158" to i16
  %".3739" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3738", ptr %".3739", align 2
  br label %"return"
hsr_d1.copy_failed.endif:
  %".3742" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3743" = load volatile i16, [40 x i8]* %".3742", align 2
  br label %"hsr_d1.header"
hsr_d1.unknown:
  %".3758" = trunc i64 %".3751" to i16
  %".3759" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3758", ptr %".3759", align 2
  br label %"return"
hsr_d1.to_ipv4:
  %".3762" = getelementptr i8, ptr %"keys.127", i64 2
  %".3763" = trunc i64 %".3751" to i16
  store volatile i16 %".3763", ptr %".3762", align 2
  %".3765" = load volatile i16, ptr %".3762", align 2
  %".3766" = zext i16 %".3765" to i64
  %"cursor.247" = and i64 %".3766", 16383
  br label %"ipv4_d1"
hsr_d1.to_ipv6:
  %".3768" = getelementptr i8, ptr %"keys.127", i64 2
  %".3769" = trunc i64 %".3751" to i16
  store volatile i16 %".3769", ptr %".3768", align 2
  %".3771" = load volatile i16, ptr %".3768", align 2
  %".3772" = zext i16 %".3771" to i64
  %"cursor.248" = and i64 %".3772", 16383
  br label %"ipv6_d1"
hsr_d1.to_mpls:
  %".3774" = getelementptr i8, ptr %"keys.127", i64 2
  %".3775" = trunc i64 %".3751" to i16
  store volatile i16 %".3775", ptr %".3774", align 2
  %".3777" = load volatile i16, ptr %".3774", align 2
  %".3778" = zext i16 %".3777" to i64
  %"cursor.249" = and i64 %".3778", 16383
  br label %"mpls_mpls_labels1"
hsr_d1.to_mpls.1:
  %".3780" = getelementptr i8, ptr %"keys.127", i64 2
  %".3781" = trunc i64 %".3751" to i16
  store volatile i16 %".3781", ptr %".3780", align 2
  %".3783" = load volatile i16, ptr %".3780", align 2
  %".3784" = zext i16 %".3783" to i64
  %"cursor.250" = and i64 %".3784", 16383
  br label %"mpls_mpls_labels1"
hsr_d1.to_pppoe:
  %".3786" = getelementptr i8, ptr %"keys.127", i64 2
  %".3787" = trunc i64 %".3751" to i16
  store volatile i16 %".3787", ptr %".3786", align 2
  %".3789" = load volatile i16, ptr %".3786", align 2
  %".3790" = zext i16 %".3789" to i64
  %"cursor.251" = and i64 %".3790", 16383
  br label %"pppoe_d1"
hsr_d1.to_arp:
  %".3792" = getelementptr i8, ptr %"keys.127", i64 2
  %".3793" = trunc i64 %".3751" to i16
  store volatile i16 %".3793", ptr %".3792", align 2
  %".3795" = load volatile i16, ptr %".3792", align 2
  %".3796" = zext i16 %".3795" to i64
  %"cursor.252" = and i64 %".3796", 16383
  br label %"arp"
hsr_d1.to_arp.1:
  %".3798" = getelementptr i8, ptr %"keys.127", i64 2
  %".3799" = trunc i64 %".3751" to i16
  store volatile i16 %".3799", ptr %".3798", align 2
  %".3801" = load volatile i16, ptr %".3798", align 2
  %".3802" = zext i16 %".3801" to i64
  %"cursor.253" = and i64 %".3802", 16383
  br label %"arp"
hsr_d1.to_ptp:
  %".3804" = getelementptr i8, ptr %"keys.127", i64 2
  %".3805" = trunc i64 %".3751" to i16
  store volatile i16 %".3805", ptr %".3804", align 2
  %".3807" = load volatile i16, ptr %".3804", align 2
  %".3808" = zext i16 %".3807" to i64
  %"cursor.254" = and i64 %".3808", 16383
  br label %"ptp"
hsr_d1.to_cfm:
  %".3810" = getelementptr i8, ptr %"keys.127", i64 2
  %".3811" = trunc i64 %".3751" to i16
  store volatile i16 %".3811", ptr %".3810", align 2
  %".3813" = load volatile i16, ptr %".3810", align 2
  %".3814" = zext i16 %".3813" to i64
  %"cursor.255" = and i64 %".3814", 16383
  br label %"cfm"
hsr_d1.to_tipc:
  %".3816" = getelementptr i8, ptr %"keys.127", i64 2
  %".3817" = trunc i64 %".3751" to i16
  store volatile i16 %".3817", ptr %".3816", align 2
  %".3819" = load volatile i16, ptr %".3816", align 2
  %".3820" = zext i16 %".3819" to i64
  %"cursor.256" = and i64 %".3820", 16383
  br label %"tipc"
hsr_d1.to_fcoe:
  %".3822" = getelementptr i8, ptr %"keys.127", i64 2
  %".3823" = trunc i64 %".3751" to i16
  store volatile i16 %".3823", ptr %".3822", align 2
  %".3825" = load volatile i16, ptr %".3822", align 2
  %".3826" = zext i16 %".3825" to i64
  %"cursor.257" = and i64 %".3826", 16383
  br label %"fcoe"
batadv_d1.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3838" = trunc i64 %"cursor.161" to i32
  %".3839" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3838", [40 x i8]* %"header_copy", i32 24)
  %".3840" = icmp eq i64 %".3839", 0
  %".3841" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3842" = load i32, ptr %".3841", align 4
  %".3843" = zext i32 %".3842" to i64
  %"data.128" = inttoptr i64 %".3843" to ptr
  %".3844" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3845" = load i32, ptr %".3844", align 4
  %".3846" = zext i32 %".3845" to i64
  %"data_end.128" = inttoptr i64 %".3846" to ptr
  %".3847" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.128" = load ptr, ptr %".3847", align 8
  %".3848" = xor i1 %".3840", -1
  br i1 %".3848", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".3850" = trunc i64 %"cursor.161" to i16
  %".3851" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3850", ptr %".3851", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".3854" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3855" = load volatile i8, [40 x i8]* %".3854", align 1
  %".3856" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3857" = load volatile i8, [40 x i8]* %".3856", align 1
  %".3858" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".3859" = load volatile i16, [40 x i8]* %".3858", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".3868" = trunc i64 %"cursor.161" to i16
  %".3869" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3868", ptr %".3869", align 2
  br label %"return"
batadv_d1.require.endif:
  %".3872" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".3873" = zext i16 %".3872" to i64
  %".3874" = trunc i64 %".3873" to i16
  %".3875" = call i16 @"llvm.bswap.i16"(i16 %".3874")
  %".3876" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3875", ptr %".3876", align 2
  %".3878" = add i64 %"cursor.161", 24
  %".3879" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".3880" = zext i16 %".3879" to i64
  switch i64 %".3880", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe"]
batadv_d1.unknown:
  %".3882" = trunc i64 %".3878" to i16
  %".3883" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3882", ptr %".3883", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".3886" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3886", align 1
  %".3888" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.39" = load volatile i32, ptr %".3888", align 4
  %".3889" = and i32 %"flags.39", 4
  %".3890" = icmp ne i32 %".3889", 0
  br i1 %".3890", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".3900" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3900", align 1
  %".3902" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.40" = load volatile i32, ptr %".3902", align 4
  %".3903" = and i32 %"flags.40", 4
  %".3904" = icmp ne i32 %".3903", 0
  br i1 %".3904", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_mpls:
  %".3914" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3914", align 1
  %".3916" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.41" = load volatile i32, ptr %".3916", align 4
  %".3917" = and i32 %"flags.41", 4
  %".3918" = icmp ne i32 %".3917", 0
  br i1 %".3918", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_mpls.1:
  %".3928" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3928", align 1
  %".3930" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.42" = load volatile i32, ptr %".3930", align 4
  %".3931" = and i32 %"flags.42", 4
  %".3932" = icmp ne i32 %".3931", 0
  br i1 %".3932", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_pppoe:
  %".3942" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3942", align 1
  %".3944" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.43" = load volatile i32, ptr %".3944", align 4
  %".3945" = and i32 %"flags.43", 4
  %".3946" = icmp ne i32 %".3945", 0
  br i1 %".3946", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_arp:
  %".3956" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3956", align 1
  %".3958" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.44" = load volatile i32, ptr %".3958", align 4
  %".3959" = and i32 %"flags.44", 4
  %".3960" = icmp ne i32 %".3959", 0
  br i1 %".3960", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_arp.1:
  %".3970" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3970", align 1
  %".3972" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.45" = load volatile i32, ptr %".3972", align 4
  %".3973" = and i32 %"flags.45", 4
  %".3974" = icmp ne i32 %".3973", 0
  br i1 %".3974", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_ptp:
  %".3984" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3984", align 1
  %".3986" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.46" = load volatile i32, ptr %".3986", align 4
  %".3987" = and i32 %"flags.46", 4
  %".3988" = icmp ne i32 %".3987", 0
  br i1 %".3988", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_cfm:
  %".3998" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3998", align 1
  %".4000" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.47" = load volatile i32, ptr %".4000", align 4
  %".4001" = and i32 %"flags.47", 4
  %".4002" = icmp ne i32 %".4001", 0
  br i1 %".4002", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_tipc:
  %".4012" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".4012", align 1
  %".4014" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.48" = load volatile i32, ptr %".4014", align 4
  %".4015" = and i32 %"flags.48", 4
  %".4016" = icmp ne i32 %".4015", 0
  br i1 %".4016", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_fcoe:
  %".4026" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".4026", align 1
  %".4028" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.49" = load volatile i32, ptr %".4028", align 4
  %".4029" = and i32 %"flags.49", 4
  %".4030" = icmp ne i32 %".4029", 0
  br i1 %".4030", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.stop_at_encap:
  %".3892" = trunc i64 %".3878" to i16
  %".3893" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3892", ptr %".3893", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".3896" = trunc i64 %".3878" to i16
  %".3897" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3896", ptr %".3897", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".3906" = trunc i64 %".3878" to i16
  %".3907" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3906", ptr %".3907", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".3910" = trunc i64 %".3878" to i16
  %".3911" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3910", ptr %".3911", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".3920" = trunc i64 %".3878" to i16
  %".3921" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3920", ptr %".3921", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".3924" = trunc i64 %".3878" to i16
  %".3925" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3924", ptr %".3925", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".3934" = trunc i64 %".3878" to i16
  %".3935" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3934", ptr %".3935", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".3938" = trunc i64 %".3878" to i16
  %".3939" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3938", ptr %".3939", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".3948" = trunc i64 %".3878" to i16
  %".3949" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3948", ptr %".3949", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".3952" = trunc i64 %".3878" to i16
  %".3953" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3952", ptr %".3953", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".3962" = trunc i64 %".3878" to i16
  %".3963" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3962", ptr %".3963", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".3966" = trunc i64 %".3878" to i16
  %".3967" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3966", ptr %".3967", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".3976" = trunc i64 %".3878" to i16
  %".3977" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3976", ptr %".3977", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".3980" = trunc i64 %".3878" to i16
  %".3981" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3980", ptr %".3981", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".3990" = trunc i64 %".3878" to i16
  %".3991" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3990", ptr %".3991", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".3994" = trunc i64 %".3878" to i16
  %".3995" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3994", ptr %".3995", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".4004" = trunc i64 %".3878" to i16
  %".4005" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".4004", ptr %".4005", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".4008" = trunc i64 %".3878" to i16
  %".4009" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".4008", ptr %".4009", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".4018" = trunc i64 %".3878" to i16
  %".4019" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".4018", ptr %".4019", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".4022" = trunc i64 %".3878" to i16
  %".4023" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".4022", ptr %".4023", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".4032" = trunc i64 %".3878" to i16
  %".4033" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".4032", ptr %".4033", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".4036" = trunc i64 %".3878" to i16
  %".4037" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".4036", ptr %".4037", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4046" = trunc i64 %"cursor.163" to i32
  %".4047" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".4046", [40 x i8]* %"header_copy", i32 14)
  %".4048" = icmp eq i64 %".4047", 0
  %".4049" = getelementptr i8, ptr %"ctx.41", i64 76
  %".4050" = load i32, ptr %".4049", align 4
  %".4051" = zext i32 %".4050" to i64
  %"data.130" = inttoptr i64 %".4051" to ptr
  %".4052" = getelementptr i8, ptr %"ctx.41", i64 80
  %".4053" = load i32, ptr %".4052", align 4
  %".4054" = zext i32 %".4053" to i64
  %"data_end.130" = inttoptr i64 %".4054" to ptr
  %".4055" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.130" = load ptr, ptr %".4055", align 8
  %".4056" = xor i1 %".4048", -1
  br i1 %".4056", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4058" = trunc i64 %"cursor.163" to i16
  %".4059" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".4058", ptr %".4059", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4062" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4063" = load volatile i16, [40 x i8]* %".4062", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4075" = trunc i64 %".4071" to i16
  %".4076" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".4075", ptr %".4076", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  %".4079" = getelementptr i8, ptr %"keys.131", i64 2
  %".4080" = trunc i64 %".4071" to i16
  store volatile i16 %".4080", ptr %".4079", align 2
  %".4082" = load volatile i16, ptr %".4079", align 2
  %".4083" = zext i16 %".4082" to i64
  %"cursor.258" = and i64 %".4083", 16383
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  %".4085" = getelementptr i8, ptr %"keys.131", i64 2
  %".4086" = trunc i64 %".4071" to i16
  store volatile i16 %".4086", ptr %".4085", align 2
  %".4088" = load volatile i16, ptr %".4085", align 2
  %".4089" = zext i16 %".4088" to i64
  %"cursor.259" = and i64 %".4089", 16383
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  %".4091" = getelementptr i8, ptr %"keys.131", i64 2
  %".4092" = trunc i64 %".4071" to i16
  store volatile i16 %".4092", ptr %".4091", align 2
  %".4094" = load volatile i16, ptr %".4091", align 2
  %".4095" = zext i16 %".4094" to i64
  %"cursor.260" = and i64 %".4095", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  %".4097" = getelementptr i8, ptr %"keys.131", i64 2
  %".4098" = trunc i64 %".4071" to i16
  store volatile i16 %".4098", ptr %".4097", align 2
  %".4100" = load volatile i16, ptr %".4097", align 2
  %".4101" = zext i16 %".4100" to i64
  %"cursor.261" = and i64 %".4101", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  %".4103" = getelementptr i8, ptr %"keys.131", i64 2
  %".4104" = trunc i64 %".4071" to i16
  store volatile i16 %".4104", ptr %".4103", align 2
  %".4106" = load volatile i16, ptr %".4103", align 2
  %".4107" = zext i16 %".4106" to i64
  %"cursor.262" = and i64 %".4107", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1.to_mpls.1:
  %".4109" = getelementptr i8, ptr %"keys.131", i64 2
  %".4110" = trunc i64 %".4071" to i16
  store volatile i16 %".4110", ptr %".4109", align 2
  %".4112" = load volatile i16, ptr %".4109", align 2
  %".4113" = zext i16 %".4112" to i64
  %"cursor.263" = and i64 %".4113", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1.to_pppoe:
  %".4115" = getelementptr i8, ptr %"keys.131", i64 2
  %".4116" = trunc i64 %".4071" to i16
  store volatile i16 %".4116", ptr %".4115", align 2
  %".4118" = load volatile i16, ptr %".4115", align 2
  %".4119" = zext i16 %".4118" to i64
  %"cursor.264" = and i64 %".4119", 16383
  br label %"pppoe_d1"
ethernet_d1.to_arp:
  %".4121" = getelementptr i8, ptr %"keys.131", i64 2
  %".4122" = trunc i64 %".4071" to i16
  store volatile i16 %".4122", ptr %".4121", align 2
  %".4124" = load volatile i16, ptr %".4121", align 2
  %".4125" = zext i16 %".4124" to i64
  %"cursor.265" = and i64 %".4125", 16383
  br label %"arp"
ethernet_d1.to_arp.1:
  %".4127" = getelementptr i8, ptr %"keys.131", i64 2
  %".4128" = trunc i64 %".4071" to i16
  store volatile i16 %".4128", ptr %".4127", align 2
  %".4130" = load volatile i16, ptr %".4127", align 2
  %".4131" = zext i16 %".4130" to i64
  %"cursor.266" = and i64 %".4131", 16383
  br label %"arp"
ethernet_d1.to_ptp:
  %".4133" = getelementptr i8, ptr %"keys.131", i64 2
  %".4134" = trunc i64 %".4071" to i16
  store volatile i16 %".4134", ptr %".4133", align 2
  %".4136" = load volatile i16, ptr %".4133", align 2
  %".4137" = zext i16 %".4136" to i64
  %"cursor.267" = and i64 %".4137", 16383
  br label %"ptp"
ethernet_d1.to_cfm:
  %".4139" = getelementptr i8, ptr %"keys.131", i64 2
  %".4140" = trunc i64 %".4071" to i16
  store volatile i16 %".4140", ptr %".4139", align 2
  %".4142" = load volatile i16, ptr %".4139", align 2
  %".4143" = zext i16 %".4142" to i64
  %"cursor.268" = and i64 %".4143", 16383
  br label %"cfm"
ethernet_d1.to_tipc:
  %".4145" = getelementptr i8, ptr %"keys.131", i64 2
  %".4146" = trunc i64 %".4071" to i16
  store volatile i16 %".4146", ptr %".4145", align 2
  %".4148" = load volatile i16, ptr %".4145", align 2
  %".4149" = zext i16 %".4148" to i64
  %"cursor.269" = and i64 %".4149", 16383
  br label %"tipc"
ethernet_d1.to_fcoe:
  %".4151" = getelementptr i8, ptr %"keys.131", i64 2
  %".4152" = trunc i64 %".4071" to i16
  store volatile i16 %".4152", ptr %".4151", align 2
  %".4154" = load volatile i16, ptr %".4151", align 2
  %".4155" = zext i16 %".4154" to i64
  %"cursor.270" = and i64 %".4155", 16383
  br label %"fcoe"
ethernet_d1.to_hsr:
  %".4157" = getelementptr i8, ptr %"keys.131", i64 2
  %".4158" = trunc i64 %".4071" to i16
  store volatile i16 %".4158", ptr %".4157", align 2
  %".4160" = load volatile i16, ptr %".4157", align 2
  %".4161" = zext i16 %".4160" to i64
  %"cursor.271" = and i64 %".4161", 16383
  br label %"hsr_d1"
ethernet_d1.to_hsr.1:
  %".4163" = getelementptr i8, ptr %"keys.131", i64 2
  %".4164" = trunc i64 %".4071" to i16
  store volatile i16 %".4164", ptr %".4163", align 2
  %".4166" = load volatile i16, ptr %".4163", align 2
  %".4167" = zext i16 %".4166" to i64
  %"cursor.272" = and i64 %".4167", 16383
  br label %"hsr_d1"
ethernet_d1.to_batadv:
  %".4169" = getelementptr i8, ptr %"keys.131", i64 2
  %".4170" = trunc i64 %".4071" to i16
  store volatile i16 %".4170", ptr %".4169", align 2
  %".4172" = load volatile i16, ptr %".4169", align 2
  %".4173" = zext i16 %".4172" to i64
  %"cursor.273" = and i64 %".4173", 16383
  br label %"batadv_d1"
ppp_d0.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4181" = trunc i64 %"cursor.165" to i32
  %".4182" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".4181", [40 x i8]* %"header_copy", i32 4)
  %".4183" = icmp eq i64 %".4182", 0
  %".4184" = getelementptr i8, ptr %"ctx.42", i64 76
  %".4185" = load i32, ptr %".4184", align 4
  %".4186" = zext i32 %".4185" to i64
  %"data.132" = inttoptr i64 %".4186" to ptr
  %".4187" = getelementptr i8, ptr %"ctx.42", i64 80
  %".4188" = load i32, ptr %".4187", align 4
  %".4189" = zext i32 %".4188" to i64
  %"data_end.132" = inttoptr i64 %".4189" to ptr
  %".4190" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.132" = load ptr, ptr %".4190", align 8
  %".4191" = xor i1 %".4183", -1
  br i1 %".4191", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4193" = trunc i64 %"cursor.165" to i16
  %".4194" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".4193", ptr %".4194", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4197" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4198" = load volatile i16, [40 x i8]* %".4197", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4204" = and i64 %".4202", 0
  %".4205" = icmp eq i64 %".4204", 0
  br i1 %".4205", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".4211" = trunc i64 2048 to i16
  %".4212" = call i16 @"llvm.bswap.i16"(i16 %".4211")
  %".4213" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".4212", ptr %".4213", align 2
  %".4215" = getelementptr i8, ptr %"keys.133", i64 8
  store i8 1, ptr %".4215", align 1
  %".4217" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.50" = load volatile i32, ptr %".4217", align 4
  %".4218" = and i32 %"flags.50", 4
  %".4219" = icmp ne i32 %".4218", 0
  br i1 %".4219", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".4231" = trunc i64 34525 to i16
  %".4232" = call i16 @"llvm.bswap.i16"(i16 %".4231")
  %".4233" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".4232", ptr %".4233", align 2
  %".4235" = getelementptr i8, ptr %"keys.133", i64 8
  store i8 1, ptr %".4235", align 1
  %".4237" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.51" = load volatile i32, ptr %".4237", align 4
  %".4238" = and i32 %"flags.51", 4
  %".4239" = icmp ne i32 %".4238", 0
  br i1 %".4239", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4251" = trunc i64 34827 to i16
  %".4252" = call i16 @"llvm.bswap.i16"(i16 %".4251")
  %".4253" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".4252", ptr %".4253", align 2
  %".4255" = getelementptr i8, ptr %"keys.133", i64 8
  store i8 1, ptr %".4255", align 1
  %".4257" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.52" = load volatile i32, ptr %".4257", align 4
  %".4258" = and i32 %"flags.52", 4
  %".4259" = icmp ne i32 %".4258", 0
  br i1 %".4259", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4207" = trunc i64 %".4200" to i16
  %".4208" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".4207", ptr %".4208", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4221" = trunc i64 %".4200" to i16
  %".4222" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".4221", ptr %".4222", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4225" = getelementptr i8, ptr %"keys.133", i64 2
  %".4226" = trunc i64 %".4200" to i16
  store volatile i16 %".4226", ptr %".4225", align 2
  %".4228" = load volatile i16, ptr %".4225", align 2
  %".4229" = zext i16 %".4228" to i64
  %"cursor.274" = and i64 %".4229", 16383
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4241" = trunc i64 %".4200" to i16
  %".4242" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".4241", ptr %".4242", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4245" = getelementptr i8, ptr %"keys.133", i64 2
  %".4246" = trunc i64 %".4200" to i16
  store volatile i16 %".4246", ptr %".4245", align 2
  %".4248" = load volatile i16, ptr %".4245", align 2
  %".4249" = zext i16 %".4248" to i64
  %"cursor.275" = and i64 %".4249", 16383
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4261" = trunc i64 %".4200" to i16
  %".4262" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".4261", ptr %".4262", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.276" = phi  i64 [%".4200", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.134" = phi  ptr [%"data.133", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.134" = phi  ptr [%"data_end.133", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.134" = phi  ptr [%"keys.133", %"ppp_d0.stop_at_encap.endif.2"]
  %".5380" = add i64 %"cursor.276", 0
  %".5381" = trunc i64 %".5380" to i16
  %".5382" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".5381", ptr %".5382", align 2
  br label %"return"
gre_d1.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4276" = trunc i64 %"cursor.166" to i32
  %".4277" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".4276", [40 x i8]* %"header_copy", i32 4)
  %".4278" = icmp eq i64 %".4277", 0
  %".4279" = getelementptr i8, ptr %"ctx.43", i64 76
  %".4280" = load i32, ptr %".4279", align 4
  %".4281" = zext i32 %".4280" to i64
  %"data.135" = inttoptr i64 %".4281" to ptr
  %".4282" = getelementptr i8, ptr %"ctx.43", i64 80
  %".4283" = load i32, ptr %".4282", align 4
  %".4284" = zext i32 %".4283" to i64
  %"data_end.135" = inttoptr i64 %".4284" to ptr
  %".4285" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.135" = load ptr, ptr %".4285", align 8
  %".4286" = xor i1 %".4278", -1
  br i1 %".4286", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".4288" = trunc i64 %"cursor.166" to i16
  %".4289" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".4288", ptr %".4289", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".4292" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4293" = load volatile i8, [40 x i8]* %".4292", align 1
  %".4294" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4295" = load volatile i8, [40 x i8]* %".4294", align 1
  %".4296" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4297" = load volatile i16, [40 x i8]* %".4296", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".4308" = trunc i64 %"cursor.166" to i16
  %".4309" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".4308", ptr %".4309", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".4312" = add i64 %"cursor.166", 4
  %".4313" = zext i8 %"w0_1.16" to i64
  %".4314" = lshr i64 %".4313", 7
  %".4315" = and i64 %".4314", 1
  %".4316" = zext i8 %"w0_1.16" to i64
  %".4317" = lshr i64 %".4316", 5
  %".4318" = and i64 %".4317", 1
  %".4319" = add i64 %".4315", %".4318"
  %".4320" = zext i8 %"w0_1.16" to i64
  %".4321" = lshr i64 %".4320", 4
  %".4322" = and i64 %".4321", 1
  %".4323" = add i64 %".4319", %".4322"
  %".4324" = mul i64 %".4323", 4
  %".4325" = add i64 %".4324", 4
  %".4326" = getelementptr i8, ptr %"data.136", i64 %"cursor.166"
  %".4327" = getelementptr i8, ptr %".4326", i64 %".4325"
  %".4328" = icmp ugt ptr %".4327", %"data_end.136"
  br i1 %".4328", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.138" = phi  ptr [%"data.136", %"gre_d1.stop_before.endif"], [%"data.137", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.136", %"gre_d1.stop_before.endif"], [%"data_end.137", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.136", %"gre_d1.stop_before.endif"], [%"keys.137", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.166", %".4325"
  %".4349" = getelementptr i8, ptr %"keys.138", i64 8
  store i8 1, ptr %".4349", align 1
  %".4351" = getelementptr i8, ptr %"keys.138", i64 48
  %"flags.53" = load volatile i32, ptr %".4351", align 4
  %".4352" = and i32 %"flags.53", 4
  %".4353" = icmp ne i32 %".4352", 0
  br i1 %".4353", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".4330" = add i64 %"cursor.166", %".4325"
  %".4331" = sub i64 %".4330", 1
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4332" = trunc i64 %".4331" to i32
  %".4333" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".4332", i64* %"last_byte", i32 1)
  %".4334" = icmp eq i64 %".4333", 0
  %".4335" = getelementptr i8, ptr %"ctx.44", i64 76
  %".4336" = load i32, ptr %".4335", align 4
  %".4337" = zext i32 %".4336" to i64
  %"data.137" = inttoptr i64 %".4337" to ptr
  %".4338" = getelementptr i8, ptr %"ctx.44", i64 80
  %".4339" = load i32, ptr %".4338", align 4
  %".4340" = zext i32 %".4339" to i64
  %"data_end.137" = inttoptr i64 %".4340" to ptr
  %".4341" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.137" = load ptr, ptr %".4341", align 8
  %".4342" = xor i1 %".4334", -1
  br i1 %".4342", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4344" = trunc i64 %"cursor.166" to i16
  %".4345" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".4344", ptr %".4345", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4355" = trunc i64 %"end.9" to i16
  %".4356" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4355", ptr %".4356", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4359" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4360" = zext i16 %".4359" to i64
  %".4361" = trunc i64 %".4360" to i16
  %".4362" = call i16 @"llvm.bswap.i16"(i16 %".4361")
  %".4363" = getelementptr i8, ptr %"keys.138", i64 10
  store i16 %".4362", ptr %".4363", align 2
  %".4365" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4366" = zext i16 %".4365" to i64
  switch i64 %".4366", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]
gre_d1.unknown:
  %".4368" = trunc i64 %"end.9" to i16
  %".4369" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4368", ptr %".4369", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".4372" = trunc i64 %"end.9" to i16
  %".4373" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4372", ptr %".4373", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4376" = trunc i64 %"end.9" to i16
  %".4377" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4376", ptr %".4377", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4380" = trunc i64 %"end.9" to i16
  %".4381" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4380", ptr %".4381", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4384" = trunc i64 %"end.9" to i16
  %".4385" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4384", ptr %".4385", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4388" = trunc i64 %"end.9" to i16
  %".4389" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4388", ptr %".4389", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4392" = trunc i64 %"end.9" to i16
  %".4393" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4392", ptr %".4393", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4396" = trunc i64 %"end.9" to i16
  %".4397" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4396", ptr %".4397", align 2
  br label %"return"
gre_d1.to_arp:
  %".4400" = trunc i64 %"end.9" to i16
  %".4401" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4400", ptr %".4401", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4404" = trunc i64 %"end.9" to i16
  %".4405" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4404", ptr %".4405", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4408" = trunc i64 %"end.9" to i16
  %".4409" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4408", ptr %".4409", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4412" = trunc i64 %"end.9" to i16
  %".4413" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4412", ptr %".4413", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4416" = trunc i64 %"end.9" to i16
  %".4417" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4416", ptr %".4417", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4420" = trunc i64 %"end.9" to i16
  %".4421" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4420", ptr %".4421", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4424" = trunc i64 %"end.9" to i16
  %".4425" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4424", ptr %".4425", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4428" = trunc i64 %"end.9" to i16
  %".4429" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4428", ptr %".4429", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4432" = trunc i64 %"end.9" to i16
  %".4433" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4432", ptr %".4433", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4436" = trunc i64 %"end.9" to i16
  %".4437" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4436", ptr %".4437", align 2
  br label %"return"
pptp_d1.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4450" = trunc i64 %"cursor.168" to i32
  %".4451" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".4450", [40 x i8]* %"header_copy", i32 4)
  %".4452" = icmp eq i64 %".4451", 0
  %".4453" = getelementptr i8, ptr %"ctx.45", i64 76
  %".4454" = load i32, ptr %".4453", align 4
  %".4455" = zext i32 %".4454" to i64
  %"data.139" = inttoptr i64 %".4455" to ptr
  %".4456" = getelementptr i8, ptr %"ctx.45", i64 80
  %".4457" = load i32, ptr %".4456", align 4
  %".4458" = zext i32 %".4457" to i64
  %"data_end.139" = inttoptr i64 %".4458" to ptr
  %".4459" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.139" = load ptr, ptr %".4459", align 8
  %".4460" = xor i1 %".4452", -1
  br i1 %".4460", label %"pptp_d1.copy_failed", label %"pptp_d1.copy_failed.endif"
pptp_d1.copy_failed:
  %".4462" = trunc i64 %"cursor.168" to i16
  %".4463" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4462", ptr %".4463", align 2
  br label %"return"
pptp_d1.copy_failed.endif:
  %".4466" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4467" = load volatile i8, [40 x i8]* %".4466", align 1
  %".4468" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4469" = load volatile i8, [40 x i8]* %".4468", align 1
  %".4470" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4471" = load volatile i16, [40 x i8]* %".4470", align 2
  br label %"pptp_d1.header"
pptp_d1.stop_before:
  %".4482" = trunc i64 %"cursor.168" to i16
  %".4483" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".4482", ptr %".4483", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".4486" = add i64 %"cursor.168", 4
  %".4487" = zext i8 %"w0_1.17" to i64
  %".4488" = lshr i64 %".4487", 7
  %".4489" = and i64 %".4488", 1
  %".4490" = zext i8 %"w0_1.17" to i64
  %".4491" = lshr i64 %".4490", 5
  %".4492" = and i64 %".4491", 1
  %".4493" = add i64 %".4489", %".4492"
  %".4494" = zext i8 %"w0_1.17" to i64
  %".4495" = lshr i64 %".4494", 4
  %".4496" = and i64 %".4495", 1
  %".4497" = add i64 %".4493", %".4496"
  %".4498" = zext i8 %"w1_1.12" to i64
  %".4499" = lshr i64 %".4498", 7
  %".4500" = and i64 %".4499", 1
  %".4501" = add i64 %".4497", %".4500"
  %".4502" = mul i64 %".4501", 4
  %".4503" = add i64 %".4502", 4
  %".4504" = getelementptr i8, ptr %"data.140", i64 %"cursor.168"
  %".4505" = getelementptr i8, ptr %".4504", i64 %".4503"
  %".4506" = icmp ugt ptr %".4505", %"data_end.140"
  br i1 %".4506", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.142" = phi  ptr [%"data.140", %"pptp_d1.stop_before.endif"], [%"data.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.140", %"pptp_d1.stop_before.endif"], [%"data_end.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.140", %"pptp_d1.stop_before.endif"], [%"keys.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.168", %".4503"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".4508" = add i64 %"cursor.168", %".4503"
  %".4509" = sub i64 %".4508", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4510" = trunc i64 %".4509" to i32
  %".4511" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".4510", i64* %"last_byte", i32 1)
  %".4512" = icmp eq i64 %".4511", 0
  %".4513" = getelementptr i8, ptr %"ctx.46", i64 76
  %".4514" = load i32, ptr %".4513", align 4
  %".4515" = zext i32 %".4514" to i64
  %"data.141" = inttoptr i64 %".4515" to ptr
  %".4516" = getelementptr i8, ptr %"ctx.46", i64 80
  %".4517" = load i32, ptr %".4516", align 4
  %".4518" = zext i32 %".4517" to i64
  %"data_end.141" = inttoptr i64 %".4518" to ptr
  %".4519" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.141" = load ptr, ptr %".4519", align 8
  %".4520" = xor i1 %".4512", -1
  br i1 %".4520", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".4522" = trunc i64 %"cursor.168" to i16
  %".4523" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".4522", ptr %".4523", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".4528" = trunc i64 %"end.10" to i16
  %".4529" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4528", ptr %".4529", align 2
  br label %"return"
pptp_d1.to_ppp:
  %".4532" = getelementptr i8, ptr %"keys.142", i64 2
  %".4533" = trunc i64 %"end.10" to i16
  store volatile i16 %".4533", ptr %".4532", align 2
  %".4535" = load volatile i16, ptr %".4532", align 2
  %".4536" = zext i16 %".4535" to i64
  %"cursor.278" = and i64 %".4536", 16383
  br label %"ppp_d1"
ppp_d1:
  %"cursor.277" = phi  i64 [%"cursor.278", %"pptp_d1.to_ppp"]
  %"data.143" = phi  ptr [%"data.142", %"pptp_d1.to_ppp"]
  %"data_end.143" = phi  ptr [%"data_end.142", %"pptp_d1.to_ppp"]
  %"keys.143" = phi  ptr [%"keys.142", %"pptp_d1.to_ppp"]
  %"hdr.45" = getelementptr i8, ptr %"data.143", i64 %"cursor.277"
  %".5385" = getelementptr i8, ptr %"hdr.45", i64 4
  %".5386" = icmp ugt ptr %".5385", %"data_end.143"
  br i1 %".5386", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5388" = getelementptr i8, ptr %"hdr.45", i64 2
  %".5389" = load i16, ptr %".5388", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.21" = phi  i16 [%".5389", %"ppp_d1.linear"], [%".5408", %"ppp_d1.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.143", %"ppp_d1.linear"], [%"data.156", %"ppp_d1.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.143", %"ppp_d1.linear"], [%"data_end.156", %"ppp_d1.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.143", %"ppp_d1.linear"], [%"keys.156", %"ppp_d1.copy_failed.endif"]
  %".5410" = add i64 %"cursor.277", 4
  %".5411" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5412" = zext i16 %".5411" to i64
  switch i64 %".5412", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4546" = trunc i64 %"cursor.170" to i32
  %".4547" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".4546", [40 x i8]* %"header_copy", i32 2)
  %".4548" = icmp eq i64 %".4547", 0
  %".4549" = getelementptr i8, ptr %"ctx.47", i64 76
  %".4550" = load i32, ptr %".4549", align 4
  %".4551" = zext i32 %".4550" to i64
  %"data.144" = inttoptr i64 %".4551" to ptr
  %".4552" = getelementptr i8, ptr %"ctx.47", i64 80
  %".4553" = load i32, ptr %".4552", align 4
  %".4554" = zext i32 %".4553" to i64
  %"data_end.144" = inttoptr i64 %".4554" to ptr
  %".4555" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.144" = load ptr, ptr %".4555", align 8
  %".4556" = xor i1 %".4548", -1
  br i1 %".4556", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".4558" = trunc i64 %"cursor.170" to i16
  %".4559" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4558", ptr %".4559", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".4562" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4563" = load volatile i8, [40 x i8]* %".4562", align 1
  %".4564" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4565" = load volatile i8, [40 x i8]* %".4564", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".4578" = trunc i64 %"end.11" to i16
  %".4579" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".4578", ptr %".4579", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  %".4582" = getelementptr i8, ptr %"keys.145", i64 2
  %".4583" = trunc i64 %"end.11" to i16
  store volatile i16 %".4583", ptr %".4582", align 2
  %".4585" = load volatile i16, ptr %".4582", align 2
  %".4586" = zext i16 %".4585" to i64
  %"cursor.280" = and i64 %".4586", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  %".4588" = getelementptr i8, ptr %"keys.145", i64 2
  %".4589" = trunc i64 %"end.11" to i16
  store volatile i16 %".4589", ptr %".4588", align 2
  %".4591" = load volatile i16, ptr %".4588", align 2
  %".4592" = zext i16 %".4591" to i64
  %"cursor.281" = and i64 %".4592", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  %".4594" = getelementptr i8, ptr %"keys.145", i64 2
  %".4595" = trunc i64 %"end.11" to i16
  store volatile i16 %".4595", ptr %".4594", align 2
  %".4597" = load volatile i16, ptr %".4594", align 2
  %".4598" = zext i16 %".4597" to i64
  %"cursor.282" = and i64 %".4598", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  %".4600" = getelementptr i8, ptr %"keys.145", i64 2
  %".4601" = trunc i64 %"end.11" to i16
  store volatile i16 %".4601", ptr %".4600", align 2
  %".4603" = load volatile i16, ptr %".4600", align 2
  %".4604" = zext i16 %".4603" to i64
  %"cursor.284" = and i64 %".4604", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  %".4606" = getelementptr i8, ptr %"keys.145", i64 2
  %".4607" = trunc i64 %"end.11" to i16
  store volatile i16 %".4607", ptr %".4606", align 2
  %".4609" = load volatile i16, ptr %".4606", align 2
  %".4610" = zext i16 %".4609" to i64
  %"cursor.285" = and i64 %".4610", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  %".4612" = getelementptr i8, ptr %"keys.145", i64 2
  %".4613" = trunc i64 %"end.11" to i16
  store volatile i16 %".4613", ptr %".4612", align 2
  %".4615" = load volatile i16, ptr %".4612", align 2
  %".4616" = zext i16 %".4615" to i64
  %"cursor.286" = and i64 %".4616", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  %".4618" = getelementptr i8, ptr %"keys.145", i64 2
  %".4619" = trunc i64 %"end.11" to i16
  store volatile i16 %".4619", ptr %".4618", align 2
  %".4621" = load volatile i16, ptr %".4618", align 2
  %".4622" = zext i16 %".4621" to i64
  %"cursor.287" = and i64 %".4622", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre_version:
  %".4624" = getelementptr i8, ptr %"keys.145", i64 2
  %".4625" = trunc i64 %"end.11" to i16
  store volatile i16 %".4625", ptr %".4624", align 2
  %".4627" = load volatile i16, ptr %".4624", align 2
  %".4628" = zext i16 %".4627" to i64
  %"cursor.288" = and i64 %".4628", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  %".4630" = getelementptr i8, ptr %"keys.145", i64 2
  %".4631" = trunc i64 %"end.11" to i16
  store volatile i16 %".4631", ptr %".4630", align 2
  %".4633" = load volatile i16, ptr %".4630", align 2
  %".4634" = zext i16 %".4633" to i64
  %"cursor.289" = and i64 %".4634", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  %".4636" = getelementptr i8, ptr %"keys.145", i64 2
  %".4637" = trunc i64 %"end.11" to i16
  store volatile i16 %".4637", ptr %".4636", align 2
  %".4639" = load volatile i16, ptr %".4636", align 2
  %".4640" = zext i16 %".4639" to i64
  %"cursor.290" = and i64 %".4640", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  %".4642" = getelementptr i8, ptr %"keys.145", i64 2
  %".4643" = trunc i64 %"end.11" to i16
  store volatile i16 %".4643", ptr %".4642", align 2
  %".4645" = load volatile i16, ptr %".4642", align 2
  %".4646" = zext i16 %".4645" to i64
  %"cursor.291" = and i64 %".4646", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  %".4648" = getelementptr i8, ptr %"keys.145", i64 2
  %".4649" = trunc i64 %"end.11" to i16
  store volatile i16 %".4649", ptr %".4648", align 2
  %".4651" = load volatile i16, ptr %".4648", align 2
  %".4652" = zext i16 %".4651" to i64
  %"cursor.292" = and i64 %".4652", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  %".4654" = getelementptr i8, ptr %"keys.145", i64 2
  %".4655" = trunc i64 %"end.11" to i16
  store volatile i16 %".4655", ptr %".4654", align 2
  %".4657" = load volatile i16, ptr %".4654", align 2
  %".4658" = zext i16 %".4657" to i64
  %"cursor.293" = and i64 %".4658", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".4660" = trunc i64 34887 to i16
  %".4661" = call i16 @"llvm.bswap.i16"(i16 %".4660")
  %".4662" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".4661", ptr %".4662", align 2
  %".4664" = getelementptr i8, ptr %"keys.145", i64 2
  %".4665" = trunc i64 %"end.11" to i16
  store volatile i16 %".4665", ptr %".4664", align 2
  %".4667" = load volatile i16, ptr %".4664", align 2
  %".4668" = zext i16 %".4667" to i64
  %"cursor.294" = and i64 %".4668", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".4670" = trunc i64 2048 to i16
  %".4671" = call i16 @"llvm.bswap.i16"(i16 %".4670")
  %".4672" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".4671", ptr %".4672", align 2
  %".4674" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".4674", align 1
  %".4676" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.54" = load volatile i32, ptr %".4676", align 4
  %".4677" = and i32 %"flags.54", 4
  %".4678" = icmp ne i32 %".4677", 0
  br i1 %".4678", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".4688" = trunc i64 34525 to i16
  %".4689" = call i16 @"llvm.bswap.i16"(i16 %".4688")
  %".4690" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".4689", ptr %".4690", align 2
  %".4692" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".4692", align 1
  %".4694" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.55" = load volatile i32, ptr %".4694", align 4
  %".4695" = and i32 %"flags.55", 4
  %".4696" = icmp ne i32 %".4695", 0
  br i1 %".4696", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.279" = phi  i64 [%"cursor.280", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.281", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.282", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.295", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.296", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.297", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data.146" = phi  ptr [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.146" = phi  ptr [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.146" = phi  ptr [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.46" = getelementptr i8, ptr %"data.146", i64 %"cursor.279"
  %".5475" = getelementptr i8, ptr %"hdr.46", i64 2
  %".5476" = icmp ugt ptr %".5475", %"data_end.146"
  br i1 %".5476", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5478" = getelementptr i8, ptr %"hdr.46", i64 0
  %".5479" = load i8, ptr %".5478", align 1
  %".5480" = getelementptr i8, ptr %"hdr.46", i64 1
  %".5481" = load i8, ptr %".5480", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.22" = phi  i8 [%".5479", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5500", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5481", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5502", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.158", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.158", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.158", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5504" = zext i8 %"w0_1.22" to i64
  %".5505" = trunc i64 %".5504" to i8
  %".5506" = getelementptr i8, ptr %"keys.159", i64 9
  store i8 %".5505", ptr %".5506", align 1
  %".5508" = add i64 %"cursor.279", 2
  %".5509" = zext i8 %"w1_1.15" to i64
  %".5510" = mul i64 %".5509", 8
  %".5511" = add i64 %".5510", 6
  %".5512" = add i64 %".5511", 2
  %"end.13" = add i64 %"cursor.279", %".5512"
  %".5513" = zext i8 %"w0_1.22" to i64
  switch i64 %".5513", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.283" = phi  i64 [%"cursor.284", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"cursor.298", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data.147" = phi  ptr [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data_end.147" = phi  ptr [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"keys.147" = phi  ptr [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"hdr.47" = getelementptr i8, ptr %"data.147", i64 %"cursor.283"
  %".5635" = getelementptr i8, ptr %"hdr.47", i64 8
  %".5636" = icmp ugt ptr %".5635", %"data_end.147"
  br i1 %".5636", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5638" = getelementptr i8, ptr %"hdr.47", i64 0
  %".5639" = load i8, ptr %".5638", align 1
  %".5640" = getelementptr i8, ptr %"hdr.47", i64 2
  %".5641" = load i16, ptr %".5640", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5639", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5660", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.22" = phi  i16 [%".5641", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.160", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.160", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.160", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5664" = zext i8 %"w0_1.23" to i64
  %".5665" = trunc i64 %".5664" to i8
  %".5666" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %".5665", ptr %".5666", align 1
  %".5668" = add i64 %"cursor.283", 8
  %".5669" = icmp ne i64 1, 0
  %".5670" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".5671" = zext i16 %".5670" to i64
  %".5672" = and i64 %".5671", 65528
  %".5673" = icmp eq i64 %".5672", 0
  br i1 %".5669", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".4680" = trunc i64 %"end.11" to i16
  %".4681" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".4680", ptr %".4681", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".4684" = trunc i64 %"end.11" to i16
  %".4685" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".4684", ptr %".4685", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".4698" = trunc i64 %"end.11" to i16
  %".4699" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".4698", ptr %".4699", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4702" = trunc i64 %"end.11" to i16
  %".4703" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".4702", ptr %".4703", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4714" = trunc i64 %"cursor.174" to i32
  %".4715" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".4714", [40 x i8]* %"header_copy", i32 8)
  %".4716" = icmp eq i64 %".4715", 0
  %".4717" = getelementptr i8, ptr %"ctx.48", i64 76
  %".4718" = load i32, ptr %".4717", align 4
  %".4719" = zext i32 %".4718" to i64
  %"data.148" = inttoptr i64 %".4719" to ptr
  %".4720" = getelementptr i8, ptr %"ctx.48", i64 80
  %".4721" = load i32, ptr %".4720", align 4
  %".4722" = zext i32 %".4721" to i64
  %"data_end.148" = inttoptr i64 %".4722" to ptr
  %".4723" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.148" = load ptr, ptr %".4723", align 8
  %".4724" = xor i1 %".4716", -1
  br i1 %".4724", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".4726" = trunc i64 %"cursor.174" to i16
  %".4727" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4726", ptr %".4727", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".4730" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4731" = load volatile i8, [40 x i8]* %".4730", align 1
  %".4732" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4733" = load volatile i16, [40 x i8]* %".4732", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".4746" = getelementptr i8, ptr %"keys.149", i64 6
  store i8 1, ptr %".4746", align 1
  br i1 %".4744", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".4766" = zext i8 %"w0_1.19" to i64
  switch i64 %".4766", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".4749" = getelementptr i8, ptr %"keys.149", i64 7
  store i8 1, ptr %".4749", align 1
  %".4751" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.56" = load volatile i32, ptr %".4751", align 4
  %".4752" = and i32 %"flags.56", 1
  %".4753" = icmp ne i32 %".4752", 0
  %".4754" = xor i1 %".4753", -1
  br i1 %".4754", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".4761" = trunc i64 %".4739" to i16
  %".4762" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4761", ptr %".4762", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".4756" = trunc i64 %".4739" to i16
  %".4757" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4756", ptr %".4757", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".4768" = trunc i64 %".4739" to i16
  %".4769" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4768", ptr %".4769", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  %".4772" = getelementptr i8, ptr %"keys.149", i64 2
  %".4773" = trunc i64 %".4739" to i16
  store volatile i16 %".4773", ptr %".4772", align 2
  %".4775" = load volatile i16, ptr %".4772", align 2
  %".4776" = zext i16 %".4775" to i64
  %"cursor.295" = and i64 %".4776", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  %".4778" = getelementptr i8, ptr %"keys.149", i64 2
  %".4779" = trunc i64 %".4739" to i16
  store volatile i16 %".4779", ptr %".4778", align 2
  %".4781" = load volatile i16, ptr %".4778", align 2
  %".4782" = zext i16 %".4781" to i64
  %"cursor.296" = and i64 %".4782", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  %".4784" = getelementptr i8, ptr %"keys.149", i64 2
  %".4785" = trunc i64 %".4739" to i16
  store volatile i16 %".4785", ptr %".4784", align 2
  %".4787" = load volatile i16, ptr %".4784", align 2
  %".4788" = zext i16 %".4787" to i64
  %"cursor.297" = and i64 %".4788", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  %".4790" = getelementptr i8, ptr %"keys.149", i64 2
  %".4791" = trunc i64 %".4739" to i16
  store volatile i16 %".4791", ptr %".4790", align 2
  %".4793" = load volatile i16, ptr %".4790", align 2
  %".4794" = zext i16 %".4793" to i64
  %"cursor.298" = and i64 %".4794", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  %".4796" = getelementptr i8, ptr %"keys.149", i64 2
  %".4797" = trunc i64 %".4739" to i16
  store volatile i16 %".4797", ptr %".4796", align 2
  %".4799" = load volatile i16, ptr %".4796", align 2
  %".4800" = zext i16 %".4799" to i64
  %"cursor.299" = and i64 %".4800", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  %".4802" = getelementptr i8, ptr %"keys.149", i64 2
  %".4803" = trunc i64 %".4739" to i16
  store volatile i16 %".4803", ptr %".4802", align 2
  %".4805" = load volatile i16, ptr %".4802", align 2
  %".4806" = zext i16 %".4805" to i64
  %"cursor.300" = and i64 %".4806", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  %".4808" = getelementptr i8, ptr %"keys.149", i64 2
  %".4809" = trunc i64 %".4739" to i16
  store volatile i16 %".4809", ptr %".4808", align 2
  %".4811" = load volatile i16, ptr %".4808", align 2
  %".4812" = zext i16 %".4811" to i64
  %"cursor.301" = and i64 %".4812", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre_version:
  %".4814" = getelementptr i8, ptr %"keys.149", i64 2
  %".4815" = trunc i64 %".4739" to i16
  store volatile i16 %".4815", ptr %".4814", align 2
  %".4817" = load volatile i16, ptr %".4814", align 2
  %".4818" = zext i16 %".4817" to i64
  %"cursor.302" = and i64 %".4818", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  %".4820" = getelementptr i8, ptr %"keys.149", i64 2
  %".4821" = trunc i64 %".4739" to i16
  store volatile i16 %".4821", ptr %".4820", align 2
  %".4823" = load volatile i16, ptr %".4820", align 2
  %".4824" = zext i16 %".4823" to i64
  %"cursor.303" = and i64 %".4824", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  %".4826" = getelementptr i8, ptr %"keys.149", i64 2
  %".4827" = trunc i64 %".4739" to i16
  store volatile i16 %".4827", ptr %".4826", align 2
  %".4829" = load volatile i16, ptr %".4826", align 2
  %".4830" = zext i16 %".4829" to i64
  %"cursor.304" = and i64 %".4830", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  %".4832" = getelementptr i8, ptr %"keys.149", i64 2
  %".4833" = trunc i64 %".4739" to i16
  store volatile i16 %".4833", ptr %".4832", align 2
  %".4835" = load volatile i16, ptr %".4832", align 2
  %".4836" = zext i16 %".4835" to i64
  %"cursor.305" = and i64 %".4836", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  %".4838" = getelementptr i8, ptr %"keys.149", i64 2
  %".4839" = trunc i64 %".4739" to i16
  store volatile i16 %".4839", ptr %".4838", align 2
  %".4841" = load volatile i16, ptr %".4838", align 2
  %".4842" = zext i16 %".4841" to i64
  %"cursor.306" = and i64 %".4842", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  %".4844" = getelementptr i8, ptr %"keys.149", i64 2
  %".4845" = trunc i64 %".4739" to i16
  store volatile i16 %".4845", ptr %".4844", align 2
  %".4847" = load volatile i16, ptr %".4844", align 2
  %".4848" = zext i16 %".4847" to i64
  %"cursor.307" = and i64 %".4848", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".4850" = trunc i64 34887 to i16
  %".4851" = call i16 @"llvm.bswap.i16"(i16 %".4850")
  %".4852" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".4851", ptr %".4852", align 2
  %".4854" = getelementptr i8, ptr %"keys.149", i64 2
  %".4855" = trunc i64 %".4739" to i16
  store volatile i16 %".4855", ptr %".4854", align 2
  %".4857" = load volatile i16, ptr %".4854", align 2
  %".4858" = zext i16 %".4857" to i64
  %"cursor.308" = and i64 %".4858", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".4860" = trunc i64 2048 to i16
  %".4861" = call i16 @"llvm.bswap.i16"(i16 %".4860")
  %".4862" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".4861", ptr %".4862", align 2
  %".4864" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".4864", align 1
  %".4866" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.57" = load volatile i32, ptr %".4866", align 4
  %".4867" = and i32 %"flags.57", 4
  %".4868" = icmp ne i32 %".4867", 0
  br i1 %".4868", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".4878" = trunc i64 34525 to i16
  %".4879" = call i16 @"llvm.bswap.i16"(i16 %".4878")
  %".4880" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".4879", ptr %".4880", align 2
  %".4882" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".4882", align 1
  %".4884" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.58" = load volatile i32, ptr %".4884", align 4
  %".4885" = and i32 %"flags.58", 4
  %".4886" = icmp ne i32 %".4885", 0
  br i1 %".4886", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".4870" = trunc i64 %".4739" to i16
  %".4871" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4870", ptr %".4871", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".4874" = trunc i64 %".4739" to i16
  %".4875" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4874", ptr %".4875", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".4888" = trunc i64 %".4739" to i16
  %".4889" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4888", ptr %".4889", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4892" = trunc i64 %".4739" to i16
  %".4893" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4892", ptr %".4893", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4904" = trunc i64 %"cursor.200" to i32
  %".4905" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".4904", [40 x i8]* %"header_copy", i32 2)
  %".4906" = icmp eq i64 %".4905", 0
  %".4907" = getelementptr i8, ptr %"ctx.49", i64 76
  %".4908" = load i32, ptr %".4907", align 4
  %".4909" = zext i32 %".4908" to i64
  %"data.150" = inttoptr i64 %".4909" to ptr
  %".4910" = getelementptr i8, ptr %"ctx.49", i64 80
  %".4911" = load i32, ptr %".4910", align 4
  %".4912" = zext i32 %".4911" to i64
  %"data_end.150" = inttoptr i64 %".4912" to ptr
  %".4913" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.150" = load ptr, ptr %".4913", align 8
  %".4914" = xor i1 %".4906", -1
  br i1 %".4914", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".4916" = trunc i64 %"cursor.200" to i16
  %".4917" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".4916", ptr %".4917", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".4920" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4921" = load volatile i8, [40 x i8]* %".4920", align 1
  %".4922" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4923" = load volatile i8, [40 x i8]* %".4922", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".4936" = trunc i64 %"end.12" to i16
  %".4937" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4936", ptr %".4937", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".4940" = trunc i64 %"end.12" to i16
  %".4941" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4940", ptr %".4941", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4944" = trunc i64 %"end.12" to i16
  %".4945" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4944", ptr %".4945", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4948" = trunc i64 %"end.12" to i16
  %".4949" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4948", ptr %".4949", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".4952" = trunc i64 %"end.12" to i16
  %".4953" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4952", ptr %".4953", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  %".4956" = getelementptr i8, ptr %"keys.151", i64 2
  %".4957" = trunc i64 %"end.12" to i16
  store volatile i16 %".4957", ptr %".4956", align 2
  %".4959" = load volatile i16, ptr %".4956", align 2
  %".4960" = zext i16 %".4959" to i64
  %"cursor.309" = and i64 %".4960", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  %".4962" = getelementptr i8, ptr %"keys.151", i64 2
  %".4963" = trunc i64 %"end.12" to i16
  store volatile i16 %".4963", ptr %".4962", align 2
  %".4965" = load volatile i16, ptr %".4962", align 2
  %".4966" = zext i16 %".4965" to i64
  %"cursor.310" = and i64 %".4966", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  %".4968" = getelementptr i8, ptr %"keys.151", i64 2
  %".4969" = trunc i64 %"end.12" to i16
  store volatile i16 %".4969", ptr %".4968", align 2
  %".4971" = load volatile i16, ptr %".4968", align 2
  %".4972" = zext i16 %".4971" to i64
  %"cursor.311" = and i64 %".4972", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre_version:
  %".4974" = getelementptr i8, ptr %"keys.151", i64 2
  %".4975" = trunc i64 %"end.12" to i16
  store volatile i16 %".4975", ptr %".4974", align 2
  %".4977" = load volatile i16, ptr %".4974", align 2
  %".4978" = zext i16 %".4977" to i64
  %"cursor.312" = and i64 %".4978", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  %".4980" = getelementptr i8, ptr %"keys.151", i64 2
  %".4981" = trunc i64 %"end.12" to i16
  store volatile i16 %".4981", ptr %".4980", align 2
  %".4983" = load volatile i16, ptr %".4980", align 2
  %".4984" = zext i16 %".4983" to i64
  %"cursor.313" = and i64 %".4984", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  %".4986" = getelementptr i8, ptr %"keys.151", i64 2
  %".4987" = trunc i64 %"end.12" to i16
  store volatile i16 %".4987", ptr %".4986", align 2
  %".4989" = load volatile i16, ptr %".4986", align 2
  %".4990" = zext i16 %".4989" to i64
  %"cursor.314" = and i64 %".4990", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  %".4992" = getelementptr i8, ptr %"keys.151", i64 2
  %".4993" = trunc i64 %"end.12" to i16
  store volatile i16 %".4993", ptr %".4992", align 2
  %".4995" = load volatile i16, ptr %".4992", align 2
  %".4996" = zext i16 %".4995" to i64
  %"cursor.315" = and i64 %".4996", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  %".4998" = getelementptr i8, ptr %"keys.151", i64 2
  %".4999" = trunc i64 %"end.12" to i16
  store volatile i16 %".4999", ptr %".4998", align 2
  %".5001" = load volatile i16, ptr %".4998", align 2
  %".5002" = zext i16 %".5001" to i64
  %"cursor.316" = and i64 %".5002", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  %".5004" = getelementptr i8, ptr %"keys.151", i64 2
  %".5005" = trunc i64 %"end.12" to i16
  store volatile i16 %".5005", ptr %".5004", align 2
  %".5007" = load volatile i16, ptr %".5004", align 2
  %".5008" = zext i16 %".5007" to i64
  %"cursor.317" = and i64 %".5008", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5010" = trunc i64 34887 to i16
  %".5011" = call i16 @"llvm.bswap.i16"(i16 %".5010")
  %".5012" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".5011", ptr %".5012", align 2
  %".5014" = getelementptr i8, ptr %"keys.151", i64 2
  %".5015" = trunc i64 %"end.12" to i16
  store volatile i16 %".5015", ptr %".5014", align 2
  %".5017" = load volatile i16, ptr %".5014", align 2
  %".5018" = zext i16 %".5017" to i64
  %"cursor.318" = and i64 %".5018", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5020" = trunc i64 2048 to i16
  %".5021" = call i16 @"llvm.bswap.i16"(i16 %".5020")
  %".5022" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".5021", ptr %".5022", align 2
  %".5024" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".5024", align 1
  %".5026" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.59" = load volatile i32, ptr %".5026", align 4
  %".5027" = and i32 %"flags.59", 4
  %".5028" = icmp ne i32 %".5027", 0
  br i1 %".5028", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5040" = trunc i64 34525 to i16
  %".5041" = call i16 @"llvm.bswap.i16"(i16 %".5040")
  %".5042" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".5041", ptr %".5042", align 2
  %".5044" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".5044", align 1
  %".5046" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.60" = load volatile i32, ptr %".5046", align 4
  %".5047" = and i32 %"flags.60", 4
  %".5048" = icmp ne i32 %".5047", 0
  br i1 %".5048", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5030" = trunc i64 %"end.12" to i16
  %".5031" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".5030", ptr %".5031", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5034" = getelementptr i8, ptr %"keys.151", i64 2
  %".5035" = trunc i64 %"end.12" to i16
  store volatile i16 %".5035", ptr %".5034", align 2
  %".5037" = load volatile i16, ptr %".5034", align 2
  %".5038" = zext i16 %".5037" to i64
  %"cursor.319" = and i64 %".5038", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5050" = trunc i64 %"end.12" to i16
  %".5051" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".5050", ptr %".5051", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5054" = getelementptr i8, ptr %"keys.151", i64 2
  %".5055" = trunc i64 %"end.12" to i16
  store volatile i16 %".5055", ptr %".5054", align 2
  %".5057" = load volatile i16, ptr %".5054", align 2
  %".5058" = zext i16 %".5057" to i64
  %"cursor.320" = and i64 %".5058", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5068" = trunc i64 %"cursor.202" to i32
  %".5069" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".5068", [40 x i8]* %"header_copy", i32 8)
  %".5070" = icmp eq i64 %".5069", 0
  %".5071" = getelementptr i8, ptr %"ctx.50", i64 76
  %".5072" = load i32, ptr %".5071", align 4
  %".5073" = zext i32 %".5072" to i64
  %"data.152" = inttoptr i64 %".5073" to ptr
  %".5074" = getelementptr i8, ptr %"ctx.50", i64 80
  %".5075" = load i32, ptr %".5074", align 4
  %".5076" = zext i32 %".5075" to i64
  %"data_end.152" = inttoptr i64 %".5076" to ptr
  %".5077" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.152" = load ptr, ptr %".5077", align 8
  %".5078" = xor i1 %".5070", -1
  br i1 %".5078", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5080" = trunc i64 %"cursor.202" to i16
  %".5081" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".5080", ptr %".5081", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5084" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5085" = load volatile i8, [40 x i8]* %".5084", align 1
  %".5086" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5087" = load volatile i16, [40 x i8]* %".5086", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5100" = getelementptr i8, ptr %"keys.153", i64 6
  store i8 1, ptr %".5100", align 1
  br i1 %".5098", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5120" = zext i8 %"w0_1.21" to i64
  switch i64 %".5120", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5103" = getelementptr i8, ptr %"keys.153", i64 7
  store i8 1, ptr %".5103", align 1
  %".5105" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.61" = load volatile i32, ptr %".5105", align 4
  %".5106" = and i32 %"flags.61", 1
  %".5107" = icmp ne i32 %".5106", 0
  %".5108" = xor i1 %".5107", -1
  br i1 %".5108", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5115" = trunc i64 %".5093" to i16
  %".5116" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5115", ptr %".5116", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5110" = trunc i64 %".5093" to i16
  %".5111" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5110", ptr %".5111", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5122" = trunc i64 %".5093" to i16
  %".5123" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5122", ptr %".5123", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".5126" = trunc i64 %".5093" to i16
  %".5127" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5126", ptr %".5127", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5130" = trunc i64 %".5093" to i16
  %".5131" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5130", ptr %".5131", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5134" = trunc i64 %".5093" to i16
  %".5135" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5134", ptr %".5135", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5138" = trunc i64 %".5093" to i16
  %".5139" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5138", ptr %".5139", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  %".5142" = getelementptr i8, ptr %"keys.153", i64 2
  %".5143" = trunc i64 %".5093" to i16
  store volatile i16 %".5143", ptr %".5142", align 2
  %".5145" = load volatile i16, ptr %".5142", align 2
  %".5146" = zext i16 %".5145" to i64
  %"cursor.321" = and i64 %".5146", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  %".5148" = getelementptr i8, ptr %"keys.153", i64 2
  %".5149" = trunc i64 %".5093" to i16
  store volatile i16 %".5149", ptr %".5148", align 2
  %".5151" = load volatile i16, ptr %".5148", align 2
  %".5152" = zext i16 %".5151" to i64
  %"cursor.322" = and i64 %".5152", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  %".5154" = getelementptr i8, ptr %"keys.153", i64 2
  %".5155" = trunc i64 %".5093" to i16
  store volatile i16 %".5155", ptr %".5154", align 2
  %".5157" = load volatile i16, ptr %".5154", align 2
  %".5158" = zext i16 %".5157" to i64
  %"cursor.323" = and i64 %".5158", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre_version:
  %".5160" = getelementptr i8, ptr %"keys.153", i64 2
  %".5161" = trunc i64 %".5093" to i16
  store volatile i16 %".5161", ptr %".5160", align 2
  %".5163" = load volatile i16, ptr %".5160", align 2
  %".5164" = zext i16 %".5163" to i64
  %"cursor.324" = and i64 %".5164", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  %".5166" = getelementptr i8, ptr %"keys.153", i64 2
  %".5167" = trunc i64 %".5093" to i16
  store volatile i16 %".5167", ptr %".5166", align 2
  %".5169" = load volatile i16, ptr %".5166", align 2
  %".5170" = zext i16 %".5169" to i64
  %"cursor.325" = and i64 %".5170", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  %".5172" = getelementptr i8, ptr %"keys.153", i64 2
  %".5173" = trunc i64 %".5093" to i16
  store volatile i16 %".5173", ptr %".5172", align 2
  %".5175" = load volatile i16, ptr %".5172", align 2
  %".5176" = zext i16 %".5175" to i64
  %"cursor.326" = and i64 %".5176", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  %".5178" = getelementptr i8, ptr %"keys.153", i64 2
  %".5179" = trunc i64 %".5093" to i16
  store volatile i16 %".5179", ptr %".5178", align 2
  %".5181" = load volatile i16, ptr %".5178", align 2
  %".5182" = zext i16 %".5181" to i64
  %"cursor.327" = and i64 %".5182", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  %".5184" = getelementptr i8, ptr %"keys.153", i64 2
  %".5185" = trunc i64 %".5093" to i16
  store volatile i16 %".5185", ptr %".5184", align 2
  %".5187" = load volatile i16, ptr %".5184", align 2
  %".5188" = zext i16 %".5187" to i64
  %"cursor.328" = and i64 %".5188", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  %".5190" = getelementptr i8, ptr %"keys.153", i64 2
  %".5191" = trunc i64 %".5093" to i16
  store volatile i16 %".5191", ptr %".5190", align 2
  %".5193" = load volatile i16, ptr %".5190", align 2
  %".5194" = zext i16 %".5193" to i64
  %"cursor.329" = and i64 %".5194", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5196" = trunc i64 34887 to i16
  %".5197" = call i16 @"llvm.bswap.i16"(i16 %".5196")
  %".5198" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".5197", ptr %".5198", align 2
  %".5200" = getelementptr i8, ptr %"keys.153", i64 2
  %".5201" = trunc i64 %".5093" to i16
  store volatile i16 %".5201", ptr %".5200", align 2
  %".5203" = load volatile i16, ptr %".5200", align 2
  %".5204" = zext i16 %".5203" to i64
  %"cursor.330" = and i64 %".5204", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5206" = trunc i64 2048 to i16
  %".5207" = call i16 @"llvm.bswap.i16"(i16 %".5206")
  %".5208" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".5207", ptr %".5208", align 2
  %".5210" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".5210", align 1
  %".5212" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.62" = load volatile i32, ptr %".5212", align 4
  %".5213" = and i32 %"flags.62", 4
  %".5214" = icmp ne i32 %".5213", 0
  br i1 %".5214", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5226" = trunc i64 34525 to i16
  %".5227" = call i16 @"llvm.bswap.i16"(i16 %".5226")
  %".5228" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".5227", ptr %".5228", align 2
  %".5230" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".5230", align 1
  %".5232" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.63" = load volatile i32, ptr %".5232", align 4
  %".5233" = and i32 %"flags.63", 4
  %".5234" = icmp ne i32 %".5233", 0
  br i1 %".5234", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5216" = trunc i64 %".5093" to i16
  %".5217" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5216", ptr %".5217", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5220" = getelementptr i8, ptr %"keys.153", i64 2
  %".5221" = trunc i64 %".5093" to i16
  store volatile i16 %".5221", ptr %".5220", align 2
  %".5223" = load volatile i16, ptr %".5220", align 2
  %".5224" = zext i16 %".5223" to i64
  %"cursor.331" = and i64 %".5224", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5236" = trunc i64 %".5093" to i16
  %".5237" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5236", ptr %".5237", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5240" = getelementptr i8, ptr %"keys.153", i64 2
  %".5241" = trunc i64 %".5093" to i16
  store volatile i16 %".5241", ptr %".5240", align 2
  %".5243" = load volatile i16, ptr %".5240", align 2
  %".5244" = zext i16 %".5243" to i64
  %"cursor.332" = and i64 %".5244", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5252" = trunc i64 %"cursor.232" to i32
  %".5253" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".5252", [40 x i8]* %"header_copy", i32 4)
  %".5254" = icmp eq i64 %".5253", 0
  %".5255" = getelementptr i8, ptr %"ctx.51", i64 76
  %".5256" = load i32, ptr %".5255", align 4
  %".5257" = zext i32 %".5256" to i64
  %"data.154" = inttoptr i64 %".5257" to ptr
  %".5258" = getelementptr i8, ptr %"ctx.51", i64 80
  %".5259" = load i32, ptr %".5258", align 4
  %".5260" = zext i32 %".5259" to i64
  %"data_end.154" = inttoptr i64 %".5260" to ptr
  %".5261" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.154" = load ptr, ptr %".5261", align 8
  %".5262" = xor i1 %".5254", -1
  br i1 %".5262", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".5264" = trunc i64 %"cursor.232" to i16
  %".5265" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".5264", ptr %".5265", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".5268" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5269" = load volatile i16, [40 x i8]* %".5268", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".5284" = trunc i64 %".5277" to i16
  %".5285" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".5284", ptr %".5285", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  %".5288" = getelementptr i8, ptr %"keys.155", i64 2
  %".5289" = trunc i64 %".5277" to i16
  store volatile i16 %".5289", ptr %".5288", align 2
  %".5291" = load volatile i16, ptr %".5288", align 2
  %".5292" = zext i16 %".5291" to i64
  %"cursor.333" = and i64 %".5292", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  %".5294" = getelementptr i8, ptr %"keys.155", i64 2
  %".5295" = trunc i64 %".5277" to i16
  store volatile i16 %".5295", ptr %".5294", align 2
  %".5297" = load volatile i16, ptr %".5294", align 2
  %".5298" = zext i16 %".5297" to i64
  %"cursor.334" = and i64 %".5298", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".5300" = trunc i64 %".5277" to i16
  %".5301" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".5300", ptr %".5301", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".5304" = trunc i64 %".5277" to i16
  %".5305" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".5304", ptr %".5305", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  %".5308" = getelementptr i8, ptr %"keys.155", i64 2
  %".5309" = trunc i64 %".5277" to i16
  store volatile i16 %".5309", ptr %".5308", align 2
  %".5311" = load volatile i16, ptr %".5308", align 2
  %".5312" = zext i16 %".5311" to i64
  %"cursor.335" = and i64 %".5312", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  %".5314" = getelementptr i8, ptr %"keys.155", i64 2
  %".5315" = trunc i64 %".5277" to i16
  store volatile i16 %".5315", ptr %".5314", align 2
  %".5317" = load volatile i16, ptr %".5314", align 2
  %".5318" = zext i16 %".5317" to i64
  %"cursor.336" = and i64 %".5318", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  %".5320" = getelementptr i8, ptr %"keys.155", i64 2
  %".5321" = trunc i64 %".5277" to i16
  store volatile i16 %".5321", ptr %".5320", align 2
  %".5323" = load volatile i16, ptr %".5320", align 2
  %".5324" = zext i16 %".5323" to i64
  %"cursor.337" = and i64 %".5324", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2.to_arp:
  %".5326" = getelementptr i8, ptr %"keys.155", i64 2
  %".5327" = trunc i64 %".5277" to i16
  store volatile i16 %".5327", ptr %".5326", align 2
  %".5329" = load volatile i16, ptr %".5326", align 2
  %".5330" = zext i16 %".5329" to i64
  %"cursor.338" = and i64 %".5330", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_arp.1:
  %".5332" = getelementptr i8, ptr %"keys.155", i64 2
  %".5333" = trunc i64 %".5277" to i16
  store volatile i16 %".5333", ptr %".5332", align 2
  %".5335" = load volatile i16, ptr %".5332", align 2
  %".5336" = zext i16 %".5335" to i64
  %"cursor.339" = and i64 %".5336", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_ptp:
  %".5338" = getelementptr i8, ptr %"keys.155", i64 2
  %".5339" = trunc i64 %".5277" to i16
  store volatile i16 %".5339", ptr %".5338", align 2
  %".5341" = load volatile i16, ptr %".5338", align 2
  %".5342" = zext i16 %".5341" to i64
  %"cursor.340" = and i64 %".5342", 16383
  br label %"ptp"
vlan_d1_vlan_tags2.to_cfm:
  %".5344" = getelementptr i8, ptr %"keys.155", i64 2
  %".5345" = trunc i64 %".5277" to i16
  store volatile i16 %".5345", ptr %".5344", align 2
  %".5347" = load volatile i16, ptr %".5344", align 2
  %".5348" = zext i16 %".5347" to i64
  %"cursor.341" = and i64 %".5348", 16383
  br label %"cfm"
vlan_d1_vlan_tags2.to_tipc:
  %".5350" = getelementptr i8, ptr %"keys.155", i64 2
  %".5351" = trunc i64 %".5277" to i16
  store volatile i16 %".5351", ptr %".5350", align 2
  %".5353" = load volatile i16, ptr %".5350", align 2
  %".5354" = zext i16 %".5353" to i64
  %"cursor.342" = and i64 %".5354", 16383
  br label %"tipc"
vlan_d1_vlan_tags2.to_fcoe:
  %".5356" = getelementptr i8, ptr %"keys.155", i64 2
  %".5357" = trunc i64 %".5277" to i16
  store volatile i16 %".5357", ptr %".5356", align 2
  %".5359" = load volatile i16, ptr %".5356", align 2
  %".5360" = zext i16 %".5359" to i64
  %"cursor.343" = and i64 %".5360", 16383
  br label %"fcoe"
vlan_d1_vlan_tags2.to_hsr:
  %".5362" = getelementptr i8, ptr %"keys.155", i64 2
  %".5363" = trunc i64 %".5277" to i16
  store volatile i16 %".5363", ptr %".5362", align 2
  %".5365" = load volatile i16, ptr %".5362", align 2
  %".5366" = zext i16 %".5365" to i64
  %"cursor.344" = and i64 %".5366", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags2.to_hsr.1:
  %".5368" = getelementptr i8, ptr %"keys.155", i64 2
  %".5369" = trunc i64 %".5277" to i16
  store volatile i16 %".5369", ptr %".5368", align 2
  %".5371" = load volatile i16, ptr %".5368", align 2
  %".5372" = zext i16 %".5371" to i64
  %"cursor.345" = and i64 %".5372", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags2.to_batadv:
  %".5374" = getelementptr i8, ptr %"keys.155", i64 2
  %".5375" = trunc i64 %".5277" to i16
  store volatile i16 %".5375", ptr %".5374", align 2
  %".5377" = load volatile i16, ptr %".5374", align 2
  %".5378" = zext i16 %".5377" to i64
  %"cursor.346" = and i64 %".5378", 16383
  br label %"batadv_d1"
ppp_d1.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5391" = trunc i64 %"cursor.277" to i32
  %".5392" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".5391", [40 x i8]* %"header_copy", i32 4)
  %".5393" = icmp eq i64 %".5392", 0
  %".5394" = getelementptr i8, ptr %"ctx.52", i64 76
  %".5395" = load i32, ptr %".5394", align 4
  %".5396" = zext i32 %".5395" to i64
  %"data.156" = inttoptr i64 %".5396" to ptr
  %".5397" = getelementptr i8, ptr %"ctx.52", i64 80
  %".5398" = load i32, ptr %".5397", align 4
  %".5399" = zext i32 %".5398" to i64
  %"data_end.156" = inttoptr i64 %".5399" to ptr
  %".5400" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.156" = load ptr, ptr %".5400", align 8
  %".5401" = xor i1 %".5393", -1
  br i1 %".5401", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5403" = trunc i64 %"cursor.277" to i16
  %".5404" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".5403", ptr %".5404", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5407" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5408" = load volatile i16, [40 x i8]* %".5407", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5414" = and i64 %".5412", 0
  %".5415" = icmp eq i64 %".5414", 0
  br i1 %".5415", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".5421" = trunc i64 2048 to i16
  %".5422" = call i16 @"llvm.bswap.i16"(i16 %".5421")
  %".5423" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".5422", ptr %".5423", align 2
  %".5425" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".5425", align 1
  %".5427" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.64" = load volatile i32, ptr %".5427", align 4
  %".5428" = and i32 %"flags.64", 4
  %".5429" = icmp ne i32 %".5428", 0
  br i1 %".5429", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".5439" = trunc i64 34525 to i16
  %".5440" = call i16 @"llvm.bswap.i16"(i16 %".5439")
  %".5441" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".5440", ptr %".5441", align 2
  %".5443" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".5443", align 1
  %".5445" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.65" = load volatile i32, ptr %".5445", align 4
  %".5446" = and i32 %"flags.65", 4
  %".5447" = icmp ne i32 %".5446", 0
  br i1 %".5447", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5457" = trunc i64 34827 to i16
  %".5458" = call i16 @"llvm.bswap.i16"(i16 %".5457")
  %".5459" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".5458", ptr %".5459", align 2
  %".5461" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".5461", align 1
  %".5463" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.66" = load volatile i32, ptr %".5463", align 4
  %".5464" = and i32 %"flags.66", 4
  %".5465" = icmp ne i32 %".5464", 0
  br i1 %".5465", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5417" = trunc i64 %".5410" to i16
  %".5418" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5417", ptr %".5418", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5431" = trunc i64 %".5410" to i16
  %".5432" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5431", ptr %".5432", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5435" = trunc i64 %".5410" to i16
  %".5436" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5435", ptr %".5436", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5449" = trunc i64 %".5410" to i16
  %".5450" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5449", ptr %".5450", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5453" = trunc i64 %".5410" to i16
  %".5454" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5453", ptr %".5454", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5467" = trunc i64 %".5410" to i16
  %".5468" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5467", ptr %".5468", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5471" = trunc i64 %".5410" to i16
  %".5472" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5471", ptr %".5472", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5483" = trunc i64 %"cursor.279" to i32
  %".5484" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".5483", [40 x i8]* %"header_copy", i32 2)
  %".5485" = icmp eq i64 %".5484", 0
  %".5486" = getelementptr i8, ptr %"ctx.53", i64 76
  %".5487" = load i32, ptr %".5486", align 4
  %".5488" = zext i32 %".5487" to i64
  %"data.158" = inttoptr i64 %".5488" to ptr
  %".5489" = getelementptr i8, ptr %"ctx.53", i64 80
  %".5490" = load i32, ptr %".5489", align 4
  %".5491" = zext i32 %".5490" to i64
  %"data_end.158" = inttoptr i64 %".5491" to ptr
  %".5492" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.158" = load ptr, ptr %".5492", align 8
  %".5493" = xor i1 %".5485", -1
  br i1 %".5493", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5495" = trunc i64 %"cursor.279" to i16
  %".5496" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".5495", ptr %".5496", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5499" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5500" = load volatile i8, [40 x i8]* %".5499", align 1
  %".5501" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5502" = load volatile i8, [40 x i8]* %".5501", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5515" = trunc i64 %"end.13" to i16
  %".5516" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5515", ptr %".5516", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".5519" = trunc i64 %"end.13" to i16
  %".5520" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5519", ptr %".5520", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5523" = trunc i64 %"end.13" to i16
  %".5524" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5523", ptr %".5524", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5527" = trunc i64 %"end.13" to i16
  %".5528" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5527", ptr %".5528", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5531" = trunc i64 %"end.13" to i16
  %".5532" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5531", ptr %".5532", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  %".5535" = getelementptr i8, ptr %"keys.159", i64 2
  %".5536" = trunc i64 %"end.13" to i16
  store volatile i16 %".5536", ptr %".5535", align 2
  %".5538" = load volatile i16, ptr %".5535", align 2
  %".5539" = zext i16 %".5538" to i64
  %"cursor.347" = and i64 %".5539", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  %".5541" = getelementptr i8, ptr %"keys.159", i64 2
  %".5542" = trunc i64 %"end.13" to i16
  store volatile i16 %".5542", ptr %".5541", align 2
  %".5544" = load volatile i16, ptr %".5541", align 2
  %".5545" = zext i16 %".5544" to i64
  %"cursor.348" = and i64 %".5545", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  %".5547" = getelementptr i8, ptr %"keys.159", i64 2
  %".5548" = trunc i64 %"end.13" to i16
  store volatile i16 %".5548", ptr %".5547", align 2
  %".5550" = load volatile i16, ptr %".5547", align 2
  %".5551" = zext i16 %".5550" to i64
  %"cursor.349" = and i64 %".5551", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre_version:
  %".5553" = getelementptr i8, ptr %"keys.159", i64 2
  %".5554" = trunc i64 %"end.13" to i16
  store volatile i16 %".5554", ptr %".5553", align 2
  %".5556" = load volatile i16, ptr %".5553", align 2
  %".5557" = zext i16 %".5556" to i64
  %"cursor.350" = and i64 %".5557", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  %".5559" = getelementptr i8, ptr %"keys.159", i64 2
  %".5560" = trunc i64 %"end.13" to i16
  store volatile i16 %".5560", ptr %".5559", align 2
  %".5562" = load volatile i16, ptr %".5559", align 2
  %".5563" = zext i16 %".5562" to i64
  %"cursor.351" = and i64 %".5563", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  %".5565" = getelementptr i8, ptr %"keys.159", i64 2
  %".5566" = trunc i64 %"end.13" to i16
  store volatile i16 %".5566", ptr %".5565", align 2
  %".5568" = load volatile i16, ptr %".5565", align 2
  %".5569" = zext i16 %".5568" to i64
  %"cursor.352" = and i64 %".5569", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  %".5571" = getelementptr i8, ptr %"keys.159", i64 2
  %".5572" = trunc i64 %"end.13" to i16
  store volatile i16 %".5572", ptr %".5571", align 2
  %".5574" = load volatile i16, ptr %".5571", align 2
  %".5575" = zext i16 %".5574" to i64
  %"cursor.353" = and i64 %".5575", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  %".5577" = getelementptr i8, ptr %"keys.159", i64 2
  %".5578" = trunc i64 %"end.13" to i16
  store volatile i16 %".5578", ptr %".5577", align 2
  %".5580" = load volatile i16, ptr %".5577", align 2
  %".5581" = zext i16 %".5580" to i64
  %"cursor.354" = and i64 %".5581", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  %".5583" = getelementptr i8, ptr %"keys.159", i64 2
  %".5584" = trunc i64 %"end.13" to i16
  store volatile i16 %".5584", ptr %".5583", align 2
  %".5586" = load volatile i16, ptr %".5583", align 2
  %".5587" = zext i16 %".5586" to i64
  %"cursor.355" = and i64 %".5587", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5589" = trunc i64 34887 to i16
  %".5590" = call i16 @"llvm.bswap.i16"(i16 %".5589")
  %".5591" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".5590", ptr %".5591", align 2
  %".5593" = getelementptr i8, ptr %"keys.159", i64 2
  %".5594" = trunc i64 %"end.13" to i16
  store volatile i16 %".5594", ptr %".5593", align 2
  %".5596" = load volatile i16, ptr %".5593", align 2
  %".5597" = zext i16 %".5596" to i64
  %"cursor.356" = and i64 %".5597", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5599" = trunc i64 2048 to i16
  %".5600" = call i16 @"llvm.bswap.i16"(i16 %".5599")
  %".5601" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".5600", ptr %".5601", align 2
  %".5603" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".5603", align 1
  %".5605" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.67" = load volatile i32, ptr %".5605", align 4
  %".5606" = and i32 %"flags.67", 4
  %".5607" = icmp ne i32 %".5606", 0
  br i1 %".5607", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5617" = trunc i64 34525 to i16
  %".5618" = call i16 @"llvm.bswap.i16"(i16 %".5617")
  %".5619" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".5618", ptr %".5619", align 2
  %".5621" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".5621", align 1
  %".5623" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.68" = load volatile i32, ptr %".5623", align 4
  %".5624" = and i32 %"flags.68", 4
  %".5625" = icmp ne i32 %".5624", 0
  br i1 %".5625", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5609" = trunc i64 %"end.13" to i16
  %".5610" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5609", ptr %".5610", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5613" = trunc i64 %"end.13" to i16
  %".5614" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5613", ptr %".5614", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5627" = trunc i64 %"end.13" to i16
  %".5628" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5627", ptr %".5628", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5631" = trunc i64 %"end.13" to i16
  %".5632" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5631", ptr %".5632", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5643" = trunc i64 %"cursor.283" to i32
  %".5644" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".5643", [40 x i8]* %"header_copy", i32 8)
  %".5645" = icmp eq i64 %".5644", 0
  %".5646" = getelementptr i8, ptr %"ctx.54", i64 76
  %".5647" = load i32, ptr %".5646", align 4
  %".5648" = zext i32 %".5647" to i64
  %"data.160" = inttoptr i64 %".5648" to ptr
  %".5649" = getelementptr i8, ptr %"ctx.54", i64 80
  %".5650" = load i32, ptr %".5649", align 4
  %".5651" = zext i32 %".5650" to i64
  %"data_end.160" = inttoptr i64 %".5651" to ptr
  %".5652" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.160" = load ptr, ptr %".5652", align 8
  %".5653" = xor i1 %".5645", -1
  br i1 %".5653", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5655" = trunc i64 %"cursor.283" to i16
  %".5656" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".5655", ptr %".5656", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5659" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5660" = load volatile i8, [40 x i8]* %".5659", align 1
  %".5661" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5662" = load volatile i16, [40 x i8]* %".5661", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5675" = getelementptr i8, ptr %"keys.161", i64 6
  store i8 1, ptr %".5675", align 1
  br i1 %".5673", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5695" = zext i8 %"w0_1.23" to i64
  switch i64 %".5695", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5678" = getelementptr i8, ptr %"keys.161", i64 7
  store i8 1, ptr %".5678", align 1
  %".5680" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.69" = load volatile i32, ptr %".5680", align 4
  %".5681" = and i32 %"flags.69", 1
  %".5682" = icmp ne i32 %".5681", 0
  %".5683" = xor i1 %".5682", -1
  br i1 %".5683", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5690" = trunc i64 %".5668" to i16
  %".5691" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5690", ptr %".5691", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5685" = trunc i64 %".5668" to i16
  %".5686" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5685", ptr %".5686", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5697" = trunc i64 %".5668" to i16
  %".5698" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5697", ptr %".5698", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".5701" = trunc i64 %".5668" to i16
  %".5702" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5701", ptr %".5702", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5705" = trunc i64 %".5668" to i16
  %".5706" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5705", ptr %".5706", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5709" = trunc i64 %".5668" to i16
  %".5710" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5709", ptr %".5710", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5713" = trunc i64 %".5668" to i16
  %".5714" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5713", ptr %".5714", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  %".5717" = getelementptr i8, ptr %"keys.161", i64 2
  %".5718" = trunc i64 %".5668" to i16
  store volatile i16 %".5718", ptr %".5717", align 2
  %".5720" = load volatile i16, ptr %".5717", align 2
  %".5721" = zext i16 %".5720" to i64
  %"cursor.357" = and i64 %".5721", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  %".5723" = getelementptr i8, ptr %"keys.161", i64 2
  %".5724" = trunc i64 %".5668" to i16
  store volatile i16 %".5724", ptr %".5723", align 2
  %".5726" = load volatile i16, ptr %".5723", align 2
  %".5727" = zext i16 %".5726" to i64
  %"cursor.358" = and i64 %".5727", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  %".5729" = getelementptr i8, ptr %"keys.161", i64 2
  %".5730" = trunc i64 %".5668" to i16
  store volatile i16 %".5730", ptr %".5729", align 2
  %".5732" = load volatile i16, ptr %".5729", align 2
  %".5733" = zext i16 %".5732" to i64
  %"cursor.359" = and i64 %".5733", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre_version:
  %".5735" = getelementptr i8, ptr %"keys.161", i64 2
  %".5736" = trunc i64 %".5668" to i16
  store volatile i16 %".5736", ptr %".5735", align 2
  %".5738" = load volatile i16, ptr %".5735", align 2
  %".5739" = zext i16 %".5738" to i64
  %"cursor.360" = and i64 %".5739", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  %".5741" = getelementptr i8, ptr %"keys.161", i64 2
  %".5742" = trunc i64 %".5668" to i16
  store volatile i16 %".5742", ptr %".5741", align 2
  %".5744" = load volatile i16, ptr %".5741", align 2
  %".5745" = zext i16 %".5744" to i64
  %"cursor.361" = and i64 %".5745", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  %".5747" = getelementptr i8, ptr %"keys.161", i64 2
  %".5748" = trunc i64 %".5668" to i16
  store volatile i16 %".5748", ptr %".5747", align 2
  %".5750" = load volatile i16, ptr %".5747", align 2
  %".5751" = zext i16 %".5750" to i64
  %"cursor.362" = and i64 %".5751", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  %".5753" = getelementptr i8, ptr %"keys.161", i64 2
  %".5754" = trunc i64 %".5668" to i16
  store volatile i16 %".5754", ptr %".5753", align 2
  %".5756" = load volatile i16, ptr %".5753", align 2
  %".5757" = zext i16 %".5756" to i64
  %"cursor.363" = and i64 %".5757", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  %".5759" = getelementptr i8, ptr %"keys.161", i64 2
  %".5760" = trunc i64 %".5668" to i16
  store volatile i16 %".5760", ptr %".5759", align 2
  %".5762" = load volatile i16, ptr %".5759", align 2
  %".5763" = zext i16 %".5762" to i64
  %"cursor.364" = and i64 %".5763", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  %".5765" = getelementptr i8, ptr %"keys.161", i64 2
  %".5766" = trunc i64 %".5668" to i16
  store volatile i16 %".5766", ptr %".5765", align 2
  %".5768" = load volatile i16, ptr %".5765", align 2
  %".5769" = zext i16 %".5768" to i64
  %"cursor.365" = and i64 %".5769", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5771" = trunc i64 34887 to i16
  %".5772" = call i16 @"llvm.bswap.i16"(i16 %".5771")
  %".5773" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".5772", ptr %".5773", align 2
  %".5775" = getelementptr i8, ptr %"keys.161", i64 2
  %".5776" = trunc i64 %".5668" to i16
  store volatile i16 %".5776", ptr %".5775", align 2
  %".5778" = load volatile i16, ptr %".5775", align 2
  %".5779" = zext i16 %".5778" to i64
  %"cursor.366" = and i64 %".5779", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5781" = trunc i64 2048 to i16
  %".5782" = call i16 @"llvm.bswap.i16"(i16 %".5781")
  %".5783" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".5782", ptr %".5783", align 2
  %".5785" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".5785", align 1
  %".5787" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.70" = load volatile i32, ptr %".5787", align 4
  %".5788" = and i32 %"flags.70", 4
  %".5789" = icmp ne i32 %".5788", 0
  br i1 %".5789", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5799" = trunc i64 34525 to i16
  %".5800" = call i16 @"llvm.bswap.i16"(i16 %".5799")
  %".5801" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".5800", ptr %".5801", align 2
  %".5803" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".5803", align 1
  %".5805" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.71" = load volatile i32, ptr %".5805", align 4
  %".5806" = and i32 %"flags.71", 4
  %".5807" = icmp ne i32 %".5806", 0
  br i1 %".5807", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5791" = trunc i64 %".5668" to i16
  %".5792" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5791", ptr %".5792", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5795" = trunc i64 %".5668" to i16
  %".5796" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5795", ptr %".5796", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5809" = trunc i64 %".5668" to i16
  %".5810" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5809", ptr %".5810", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5813" = trunc i64 %".5668" to i16
  %".5814" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5813", ptr %".5814", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }