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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.copy_last_byte_failed"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_mpls_labels1.copy_failed"], [0, %"mpls_mpls_labels1.unknown"], [0, %"mpls_mpls_labels1.to_mpls"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [0, %"tcp.copy_failed"], [0, %"tcp.header"], [0, %"udp.copy_failed"], [0, %"udp.copy_last_byte_failed"], [0, %"udp.variable_part"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.copy_last_byte_failed"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"ppp_other"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"pptp_d0.copy_failed"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_ethernet"], [2, %"pptp_d1.copy_failed"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"]
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
  switch i64 %"n_proto", label %"entry_d0.unknown" [i64 2048, label %"entry_d0.to_ipv4" i64 34525, label %"entry_d0.to_ipv6" i64 33024, label %"entry_d0.to_vlan" i64 34984, label %"entry_d0.to_vlan.1" i64 34887, label %"entry_d0.to_mpls" i64 34888, label %"entry_d0.to_mpls.1" i64 34916, label %"entry_d0.to_pppoe" i64 2054, label %"entry_d0.to_arp" i64 32821, label %"entry_d0.to_arp.1" i64 35063, label %"entry_d0.to_ptp" i64 35074, label %"entry_d0.to_cfm" i64 35018, label %"entry_d0.to_tipc" i64 35078, label %"entry_d0.to_fcoe"]
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
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_ipv4"], [%".403", %"vlan_d0_vlan_tags1.to_ipv4"], [%"cursor.37", %"pppoe_d0.to_ipv4"], [%"cursor.99", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.38", %"pppoe_d0.to_ipv4"], [%"data.90", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.38", %"pppoe_d0.to_ipv4"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.38", %"pppoe_d0.to_ipv4"], [%"keys.90", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".40" = getelementptr i8, ptr %"hdr", i64 20
  %".41" = icmp ugt ptr %".40", %"data_end.2"
  br i1 %".41", label %"ipv4_d0.copy", label %"ipv4_d0.linear", !prof !0
ipv4_d0.linear:
  %".43" = getelementptr i8, ptr %"hdr", i64 0
  %".44" = load i8, ptr %".43", align 1
  %".45" = getelementptr i8, ptr %"hdr", i64 6
  %".46" = load i16, ptr %".45", align 2
  %".47" = getelementptr i8, ptr %"hdr", i64 9
  %".48" = load i8, ptr %".47", align 1
  %".49" = getelementptr i8, ptr %"hdr", i64 12
  %".50" = load i32, ptr %".49", align 4
  %".51" = getelementptr i8, ptr %"hdr", i64 16
  %".52" = load i32, ptr %".51", align 4
  br label %"ipv4_d0.header"
ipv4_d0.header:
  %"w0_1" = phi  i8 [%".44", %"ipv4_d0.linear"], [%".71", %"ipv4_d0.copy_failed.endif"]
  %"w6_2" = phi  i16 [%".46", %"ipv4_d0.linear"], [%".73", %"ipv4_d0.copy_failed.endif"]
  %"w9_1" = phi  i8 [%".48", %"ipv4_d0.linear"], [%".75", %"ipv4_d0.copy_failed.endif"]
  %"w12_4" = phi  i32 [%".50", %"ipv4_d0.linear"], [%".77", %"ipv4_d0.copy_failed.endif"]
  %"w16_4" = phi  i32 [%".52", %"ipv4_d0.linear"], [%".79", %"ipv4_d0.copy_failed.endif"]
  %"data.13" = phi  ptr [%"data.2", %"ipv4_d0.linear"], [%"data.12", %"ipv4_d0.copy_failed.endif"]
  %"data_end.13" = phi  ptr [%"data_end.2", %"ipv4_d0.linear"], [%"data_end.12", %"ipv4_d0.copy_failed.endif"]
  %"keys.13" = phi  ptr [%"keys.2", %"ipv4_d0.linear"], [%"keys.12", %"ipv4_d0.copy_failed.endif"]
  %".81" = zext i8 %"w0_1" to i64
  %".82" = and i64 %".81", 15
  %".83" = icmp uge i64 %".82", 5
  %".84" = xor i1 %".83", -1
  br i1 %".84", label %"ipv4_d0.require", label %"ipv4_d0.require.endif"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"entry_d0.to_ipv6"], [%".403", %"vlan_d0_vlan_tags1.to_ipv6"], [%"cursor.38", %"pppoe_d0.to_ipv6"], [%"cursor.100", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.38", %"pppoe_d0.to_ipv6"], [%"data.90", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.38", %"pppoe_d0.to_ipv6"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.38", %"pppoe_d0.to_ipv6"], [%"keys.90", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".221" = getelementptr i8, ptr %"hdr.1", i64 40
  %".222" = icmp ugt ptr %".221", %"data_end.3"
  br i1 %".222", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".224" = getelementptr i8, ptr %"hdr.1", i64 0
  %".225" = load i32, ptr %".224", align 4
  %".226" = getelementptr i8, ptr %"hdr.1", i64 6
  %".227" = load i8, ptr %".226", align 1
  %".228" = getelementptr i8, ptr %"hdr.1", i64 8
  %".229" = load i64, ptr %".228", align 8
  %".230" = getelementptr i8, ptr %"hdr.1", i64 16
  %".231" = load i64, ptr %".230", align 8
  %".232" = getelementptr i8, ptr %"hdr.1", i64 24
  %".233" = load i64, ptr %".232", align 8
  %".234" = getelementptr i8, ptr %"hdr.1", i64 32
  %".235" = load i64, ptr %".234", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".225", %"ipv6_d0.linear"], [%".254", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".227", %"ipv6_d0.linear"], [%".256", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".229", %"ipv6_d0.linear"], [%".258", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".231", %"ipv6_d0.linear"], [%".260", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".233", %"ipv6_d0.linear"], [%".262", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".235", %"ipv6_d0.linear"], [%".264", %"ipv6_d0.copy_failed.endif"]
  %"data.28" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.27", %"ipv6_d0.copy_failed.endif"]
  %"data_end.28" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.27", %"ipv6_d0.copy_failed.endif"]
  %"keys.28" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.27", %"ipv6_d0.copy_failed.endif"]
  %".266" = trunc i64 34525 to i16
  %".267" = getelementptr i8, ptr %"keys.28", i64 4
  store i16 %".266", ptr %".267", align 2
  %".269" = trunc i64 34525 to i16
  %".270" = call i16 @"llvm.bswap.i16"(i16 %".269")
  %".271" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".270", ptr %".271", align 2
  %".273" = getelementptr i8, ptr %"keys.28", i64 16
  store i64 %"w8_8", ptr %".273", align 8
  %".275" = getelementptr i8, ptr %"keys.28", i64 24
  store i64 %"w16_8", ptr %".275", align 8
  %".277" = getelementptr i8, ptr %"keys.28", i64 32
  store i64 %"w24_8", ptr %".277", align 8
  %".279" = getelementptr i8, ptr %"keys.28", i64 40
  store i64 %"w32_8", ptr %".279", align 8
  %".281" = zext i8 %"w6_1" to i64
  %".282" = trunc i64 %".281" to i8
  %".283" = getelementptr i8, ptr %"keys.28", i64 9
  store i8 %".282", ptr %".283", align 1
  %".285" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".286" = zext i32 %".285" to i64
  %".287" = and i64 %".286", 1048575
  %".288" = trunc i64 %".287" to i32
  %".289" = call i32 @"llvm.bswap.i32"(i32 %".288")
  %".290" = getelementptr i8, ptr %"keys.28", i64 52
  store i32 %".289", ptr %".290", align 4
  %".292" = add i64 %"cursor.2", 40
  %".293" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".294" = zext i32 %".293" to i64
  %".295" = and i64 %".294", 1048575
  %".296" = icmp ne i64 %".295", 0
  %".297" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.3" = load volatile i32, ptr %".297", align 4
  %".298" = and i32 %"flags.3", 2
  %".299" = icmp ne i32 %".298", 0
  %".300" = and i1 %".296", %".299"
  br i1 %".300", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"entry_d0.to_vlan"], [%".21", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".372" = getelementptr i8, ptr %"hdr.2", i64 4
  %".373" = icmp ugt ptr %".372", %"data_end.4"
  br i1 %".373", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".375" = getelementptr i8, ptr %"hdr.2", i64 2
  %".376" = load i16, ptr %".375", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".376", %"vlan_d0_vlan_tags1.linear"], [%".395", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.33" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.33" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.33" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".397" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".398" = zext i16 %".397" to i64
  %".399" = trunc i64 %".398" to i16
  %".400" = call i16 @"llvm.bswap.i16"(i16 %".399")
  %".401" = getelementptr i8, ptr %"keys.33", i64 10
  store i16 %".400", ptr %".401", align 2
  %".403" = add i64 %"cursor.3", 4
  %".404" = trunc i64 %".403" to i16
  %".405" = getelementptr i8, ptr %"keys.33", i64 0
  store i16 %".404", ptr %".405", align 2
  %".407" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".408" = zext i16 %".407" to i64
  switch i64 %".408", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe"]
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"entry_d0.to_mpls"], [%".21", %"entry_d0.to_mpls.1"], [%"cursor.20", %"ipv4_d0.to_mpls"], [%"cursor.29", %"ipv6_d0.to_mpls"], [%"cursor.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"cursor.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"cursor.39", %"pppoe_d0.to_mpls"], [%"cursor.40", %"pppoe_d0.to_mpls.1"], [%"cursor.53", %"ipv4_d1.to_mpls"], [%"cursor.68", %"ipv6_d1.to_mpls"], [%"cursor.81", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"cursor.96", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"cursor.101", %"vlan_d0_vlan_tags2.to_mpls"], [%"cursor.102", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"cursor.115", %"gre_d0.to_mpls"], [%"cursor.116", %"gre_d0.to_mpls.1"], [%"cursor.147", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"cursor.161", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"cursor.174", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"cursor.189", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"cursor.197", %"vlan_d1_vlan_tags1.to_mpls"], [%"cursor.198", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"cursor.208", %"pppoe_d1.to_mpls"], [%"cursor.209", %"pppoe_d1.to_mpls.1"], [%"cursor.214", %"ethernet_d1.to_mpls"], [%"cursor.215", %"ethernet_d1.to_mpls.1"], [%"cursor.243", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"cursor.257", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"cursor.267", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"cursor.279", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"cursor.284", %"vlan_d1_vlan_tags2.to_mpls"], [%"cursor.285", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"cursor.302", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"cursor.312", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.38", %"pppoe_d0.to_mpls"], [%"data.38", %"pppoe_d0.to_mpls.1"], [%"data.73", %"ipv4_d1.to_mpls"], [%"data.76", %"ipv6_d1.to_mpls"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.90", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.90", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.94", %"gre_d0.to_mpls"], [%"data.94", %"gre_d0.to_mpls.1"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.124", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.124", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.127", %"pppoe_d1.to_mpls"], [%"data.127", %"pppoe_d1.to_mpls.1"], [%"data.129", %"ethernet_d1.to_mpls"], [%"data.129", %"ethernet_d1.to_mpls.1"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.157", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.157", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.163", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.165", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.38", %"pppoe_d0.to_mpls"], [%"data_end.38", %"pppoe_d0.to_mpls.1"], [%"data_end.73", %"ipv4_d1.to_mpls"], [%"data_end.76", %"ipv6_d1.to_mpls"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.94", %"gre_d0.to_mpls"], [%"data_end.94", %"gre_d0.to_mpls.1"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.127", %"pppoe_d1.to_mpls"], [%"data_end.127", %"pppoe_d1.to_mpls.1"], [%"data_end.129", %"ethernet_d1.to_mpls"], [%"data_end.129", %"ethernet_d1.to_mpls.1"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.165", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.38", %"pppoe_d0.to_mpls"], [%"keys.38", %"pppoe_d0.to_mpls.1"], [%"keys.73", %"ipv4_d1.to_mpls"], [%"keys.76", %"ipv6_d1.to_mpls"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.90", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.90", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.94", %"gre_d0.to_mpls"], [%"keys.94", %"gre_d0.to_mpls.1"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.124", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.124", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.127", %"pppoe_d1.to_mpls"], [%"keys.127", %"pppoe_d1.to_mpls.1"], [%"keys.129", %"ethernet_d1.to_mpls"], [%"keys.129", %"ethernet_d1.to_mpls.1"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.157", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.157", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.165", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %".447" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".448" = getelementptr i8, ptr %"hdr.3", i64 4
  %".449" = icmp ugt ptr %".448", %"data_end.5"
  br i1 %".449", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".451" = getelementptr i8, ptr %"hdr.3", i64 2
  %".452" = load i8, ptr %".451", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".452", %"mpls_mpls_labels1.linear"], [%".471", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.36" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.35", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.36" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.35", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.36" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.35", %"mpls_mpls_labels1.copy_failed.endif"]
  %".473" = add i64 %"cursor.4", 4
  %".474" = zext i8 %"w2_1" to i64
  %".475" = and i64 %".474", 1
  switch i64 %".475", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"entry_d0.to_pppoe"], [%".403", %"vlan_d0_vlan_tags1.to_pppoe"], [%"cursor.103", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.90", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.90", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".485" = getelementptr i8, ptr %"hdr.4", i64 8
  %".486" = icmp ugt ptr %".485", %"data_end.6"
  br i1 %".486", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".488" = getelementptr i8, ptr %"hdr.4", i64 0
  %".489" = load i8, ptr %".488", align 1
  %".490" = getelementptr i8, ptr %"hdr.4", i64 1
  %".491" = load i8, ptr %".490", align 1
  %".492" = getelementptr i8, ptr %"hdr.4", i64 6
  %".493" = load i16, ptr %".492", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".489", %"pppoe_d0.linear"], [%".512", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".491", %"pppoe_d0.linear"], [%".514", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".493", %"pppoe_d0.linear"], [%".516", %"pppoe_d0.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.37", %"pppoe_d0.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.37", %"pppoe_d0.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.37", %"pppoe_d0.copy_failed.endif"]
  %".518" = zext i8 %"w0_1.1" to i64
  %".519" = lshr i64 %".518", 4
  %".520" = and i64 %".519", 15
  %".521" = icmp eq i64 %".520", 1
  %".522" = zext i8 %"w0_1.1" to i64
  %".523" = and i64 %".522", 15
  %".524" = icmp eq i64 %".523", 1
  %".525" = and i1 %".521", %".524"
  %".526" = zext i8 %"w1_1" to i64
  %".527" = icmp eq i64 %".526", 0
  %".528" = and i1 %".525", %".527"
  %".529" = xor i1 %".528", -1
  br i1 %".529", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".21", %"entry_d0.to_arp"], [%".21", %"entry_d0.to_arp.1"], [%"cursor.35", %"vlan_d0_vlan_tags1.to_arp"], [%"cursor.36", %"vlan_d0_vlan_tags1.to_arp.1"], [%"cursor.104", %"vlan_d0_vlan_tags2.to_arp"], [%"cursor.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"cursor.119", %"gre_d0.to_arp"], [%"cursor.120", %"gre_d0.to_arp.1"], [%"cursor.200", %"vlan_d1_vlan_tags1.to_arp"], [%"cursor.201", %"vlan_d1_vlan_tags1.to_arp.1"], [%"cursor.217", %"ethernet_d1.to_arp"], [%"cursor.218", %"ethernet_d1.to_arp.1"], [%"cursor.287", %"vlan_d1_vlan_tags2.to_arp"], [%"cursor.288", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.90", %"vlan_d0_vlan_tags2.to_arp"], [%"data.90", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.94", %"gre_d0.to_arp"], [%"data.94", %"gre_d0.to_arp.1"], [%"data.124", %"vlan_d1_vlan_tags1.to_arp"], [%"data.124", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.129", %"ethernet_d1.to_arp"], [%"data.129", %"ethernet_d1.to_arp.1"], [%"data.157", %"vlan_d1_vlan_tags2.to_arp"], [%"data.157", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.94", %"gre_d0.to_arp"], [%"data_end.94", %"gre_d0.to_arp.1"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.129", %"ethernet_d1.to_arp"], [%"data_end.129", %"ethernet_d1.to_arp.1"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.90", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.90", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.94", %"gre_d0.to_arp"], [%"keys.94", %"gre_d0.to_arp.1"], [%"keys.124", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.124", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.129", %"ethernet_d1.to_arp"], [%"keys.129", %"ethernet_d1.to_arp.1"], [%"keys.157", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.157", %"vlan_d1_vlan_tags2.to_arp.1"]
  %".582" = add i64 %"cursor.6", 0
  %".583" = trunc i64 %".582" to i16
  %".584" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".583", ptr %".584", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".21", %"entry_d0.to_ptp"], [%".403", %"vlan_d0_vlan_tags1.to_ptp"], [%"cursor.106", %"vlan_d0_vlan_tags2.to_ptp"], [%"cursor.121", %"gre_d0.to_ptp"], [%"cursor.202", %"vlan_d1_vlan_tags1.to_ptp"], [%"cursor.219", %"ethernet_d1.to_ptp"], [%"cursor.289", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.90", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.94", %"gre_d0.to_ptp"], [%"data.124", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.129", %"ethernet_d1.to_ptp"], [%"data.157", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.94", %"gre_d0.to_ptp"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.129", %"ethernet_d1.to_ptp"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_ptp"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.90", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.94", %"gre_d0.to_ptp"], [%"keys.124", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.129", %"ethernet_d1.to_ptp"], [%"keys.157", %"vlan_d1_vlan_tags2.to_ptp"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".587" = getelementptr i8, ptr %"hdr.5", i64 34
  %".588" = icmp ugt ptr %".587", %"data_end.8"
  br i1 %".588", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.41" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.40", %"ptp.copy_failed.endif"]
  %"data_end.41" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.40", %"ptp.copy_failed.endif"]
  %"keys.41" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.40", %"ptp.copy_failed.endif"]
  %".608" = add i64 %"cursor.7", 34
  %".609" = trunc i64 %".608" to i16
  %".610" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".609", ptr %".610", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".21", %"entry_d0.to_cfm"], [%".403", %"vlan_d0_vlan_tags1.to_cfm"], [%"cursor.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"cursor.122", %"gre_d0.to_cfm"], [%"cursor.203", %"vlan_d1_vlan_tags1.to_cfm"], [%"cursor.220", %"ethernet_d1.to_cfm"], [%"cursor.290", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.90", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.94", %"gre_d0.to_cfm"], [%"data.124", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.129", %"ethernet_d1.to_cfm"], [%"data.157", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.94", %"gre_d0.to_cfm"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.129", %"ethernet_d1.to_cfm"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_cfm"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.90", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.94", %"gre_d0.to_cfm"], [%"keys.124", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.129", %"ethernet_d1.to_cfm"], [%"keys.157", %"vlan_d1_vlan_tags2.to_cfm"]
  %".613" = add i64 %"cursor.8", 0
  %".614" = trunc i64 %".613" to i16
  %".615" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".614", ptr %".615", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".21", %"entry_d0.to_tipc"], [%".403", %"vlan_d0_vlan_tags1.to_tipc"], [%"cursor.108", %"vlan_d0_vlan_tags2.to_tipc"], [%"cursor.123", %"gre_d0.to_tipc"], [%"cursor.204", %"vlan_d1_vlan_tags1.to_tipc"], [%"cursor.221", %"ethernet_d1.to_tipc"], [%"cursor.291", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.90", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.94", %"gre_d0.to_tipc"], [%"data.124", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.129", %"ethernet_d1.to_tipc"], [%"data.157", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.94", %"gre_d0.to_tipc"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.129", %"ethernet_d1.to_tipc"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_tipc"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.90", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.94", %"gre_d0.to_tipc"], [%"keys.124", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.129", %"ethernet_d1.to_tipc"], [%"keys.157", %"vlan_d1_vlan_tags2.to_tipc"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".618" = getelementptr i8, ptr %"hdr.6", i64 16
  %".619" = icmp ugt ptr %".618", %"data_end.10"
  br i1 %".619", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.43" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.42", %"tipc.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.42", %"tipc.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.42", %"tipc.copy_failed.endif"]
  %".639" = trunc i64 %"cursor.9" to i16
  %".640" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".639", ptr %".640", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".21", %"entry_d0.to_fcoe"], [%".403", %"vlan_d0_vlan_tags1.to_fcoe"], [%"cursor.109", %"vlan_d0_vlan_tags2.to_fcoe"], [%"cursor.124", %"gre_d0.to_fcoe"], [%"cursor.205", %"vlan_d1_vlan_tags1.to_fcoe"], [%"cursor.222", %"ethernet_d1.to_fcoe"], [%"cursor.292", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.90", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.94", %"gre_d0.to_fcoe"], [%"data.124", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.129", %"ethernet_d1.to_fcoe"], [%"data.157", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.90", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.94", %"gre_d0.to_fcoe"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.129", %"ethernet_d1.to_fcoe"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.90", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.94", %"gre_d0.to_fcoe"], [%"keys.124", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.129", %"ethernet_d1.to_fcoe"], [%"keys.157", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".643" = getelementptr i8, ptr %"hdr.7", i64 38
  %".644" = icmp ugt ptr %".643", %"data_end.11"
  br i1 %".644", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.45" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.44", %"fcoe.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.44", %"fcoe.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.44", %"fcoe.copy_failed.endif"]
  %".664" = add i64 %"cursor.10", 38
  %".665" = trunc i64 %".664" to i16
  %".666" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".665", ptr %".666", align 2
  br label %"return"
ipv4_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".54" = trunc i64 %"cursor.1" to i32
  %".55" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".54", [40 x i8]* %"header_copy", i32 20)
  %".56" = icmp eq i64 %".55", 0
  %".57" = getelementptr i8, ptr %"ctx.1", i64 76
  %".58" = load i32, ptr %".57", align 4
  %".59" = zext i32 %".58" to i64
  %"data.12" = inttoptr i64 %".59" to ptr
  %".60" = getelementptr i8, ptr %"ctx.1", i64 80
  %".61" = load i32, ptr %".60", align 4
  %".62" = zext i32 %".61" to i64
  %"data_end.12" = inttoptr i64 %".62" to ptr
  %".63" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.12" = load ptr, ptr %".63", align 8
  %".64" = xor i1 %".56", -1
  br i1 %".64", label %"ipv4_d0.copy_failed", label %"ipv4_d0.copy_failed.endif"
ipv4_d0.copy_failed:
  %".66" = trunc i64 %"cursor.1" to i16
  %".67" = getelementptr i8, ptr %"keys.12", i64 2
  store i16 %".66", ptr %".67", align 2
  br label %"return"
ipv4_d0.copy_failed.endif:
  %".70" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".71" = load volatile i8, [40 x i8]* %".70", align 1
  %".72" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".73" = load volatile i16, [40 x i8]* %".72", align 2
  %".74" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".75" = load volatile i8, [40 x i8]* %".74", align 1
  %".76" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".77" = load volatile i32, [40 x i8]* %".76", align 4
  %".78" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".79" = load volatile i32, [40 x i8]* %".78", align 4
  br label %"ipv4_d0.header"
ipv4_d0.require:
  %".86" = trunc i64 %"cursor.1" to i16
  %".87" = getelementptr i8, ptr %"keys.13", i64 2
  store i16 %".86", ptr %".87", align 2
  br label %"return"
ipv4_d0.require.endif:
  %".90" = trunc i64 2048 to i16
  %".91" = getelementptr i8, ptr %"keys.13", i64 4
  store i16 %".90", ptr %".91", align 2
  %".93" = trunc i64 2048 to i16
  %".94" = call i16 @"llvm.bswap.i16"(i16 %".93")
  %".95" = getelementptr i8, ptr %"keys.13", i64 10
  store i16 %".94", ptr %".95", align 2
  %".97" = getelementptr i8, ptr %"keys.13", i64 16
  store i32 %"w12_4", ptr %".97", align 4
  %".99" = getelementptr i8, ptr %"keys.13", i64 20
  store i32 %"w16_4", ptr %".99", align 4
  %".101" = zext i8 %"w9_1" to i64
  %".102" = trunc i64 %".101" to i8
  %".103" = getelementptr i8, ptr %"keys.13", i64 9
  store i8 %".102", ptr %".103", align 1
  %".105" = add i64 %"cursor.1", 20
  %".106" = zext i8 %"w0_1" to i64
  %".107" = and i64 %".106", 15
  %".108" = mul i64 %".107", 4
  %".109" = sub i64 %".108", 20
  %".110" = add i64 %".109", 20
  %".111" = add i64 %"cursor.1", %".110"
  %".112" = getelementptr i8, ptr %"data.13", i64 %"cursor.1"
  %".113" = getelementptr i8, ptr %".112", i64 %".110"
  %".114" = icmp ugt ptr %".113", %"data_end.13"
  br i1 %".114", label %"ipv4_d0.copy_last_byte", label %"ipv4_d0.variable_part", !prof !0
ipv4_d0.variable_part:
  %"data.15" = phi  ptr [%"data.13", %"ipv4_d0.require.endif"], [%"data.14", %"ipv4_d0.copy_last_byte_failed.endif"]
  %"data_end.15" = phi  ptr [%"data_end.13", %"ipv4_d0.require.endif"], [%"data_end.14", %"ipv4_d0.copy_last_byte_failed.endif"]
  %"keys.15" = phi  ptr [%"keys.13", %"ipv4_d0.require.endif"], [%"keys.14", %"ipv4_d0.copy_last_byte_failed.endif"]
  %"end" = add i64 %"cursor.1", %".110"
  %".135" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".136" = zext i16 %".135" to i64
  %".137" = and i64 %".136", 16383
  %".138" = icmp ne i64 %".137", 0
  %".139" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".140" = zext i16 %".139" to i64
  %".141" = and i64 %".140", 8191
  %".142" = icmp eq i64 %".141", 0
  br i1 %".138", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif"
ipv4_d0.copy_last_byte:
  %".116" = add i64 %"cursor.1", %".110"
  %".117" = sub i64 %".116", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".118" = trunc i64 %".117" to i32
  %".119" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".118", i64* %"last_byte", i32 1)
  %".120" = icmp eq i64 %".119", 0
  %".121" = getelementptr i8, ptr %"ctx.2", i64 76
  %".122" = load i32, ptr %".121", align 4
  %".123" = zext i32 %".122" to i64
  %"data.14" = inttoptr i64 %".123" to ptr
  %".124" = getelementptr i8, ptr %"ctx.2", i64 80
  %".125" = load i32, ptr %".124", align 4
  %".126" = zext i32 %".125" to i64
  %"data_end.14" = inttoptr i64 %".126" to ptr
  %".127" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.14" = load ptr, ptr %".127", align 8
  %".128" = xor i1 %".120", -1
  br i1 %".128", label %"ipv4_d0.copy_last_byte_failed", label %"ipv4_d0.copy_last_byte_failed.endif"
ipv4_d0.copy_last_byte_failed:
  %".130" = trunc i64 %".111" to i16
  %".131" = getelementptr i8, ptr %"keys.14", i64 2
  store i16 %".130", ptr %".131", align 2
  br label %"return"
ipv4_d0.copy_last_byte_failed.endif:
  br label %"ipv4_d0.variable_part"
ipv4_d0.fragment:
  %".144" = getelementptr i8, ptr %"keys.15", i64 6
  store i8 1, ptr %".144", align 1
  br i1 %".142", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.fragment.endif:
  %".164" = zext i8 %"w9_1" to i64
  switch i64 %".164", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]
ipv4_d0.first_fragment:
  %".147" = getelementptr i8, ptr %"keys.15", i64 7
  store i8 1, ptr %".147", align 1
  %".149" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags" = load volatile i32, ptr %".149", align 4
  %".150" = and i32 %"flags", 1
  %".151" = icmp ne i32 %".150", 0
  %".152" = xor i1 %".151", -1
  br i1 %".152", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".159" = trunc i64 %"end" to i16
  %".160" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".159", ptr %".160", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".154" = trunc i64 %"end" to i16
  %".155" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".154", ptr %".155", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".166" = trunc i64 %"end" to i16
  %".167" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".166", ptr %".167", align 2
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
  %".179" = trunc i64 34887 to i16
  %".180" = call i16 @"llvm.bswap.i16"(i16 %".179")
  %".181" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".180", ptr %".181", align 2
  %".183" = getelementptr i8, ptr %"keys.15", i64 2
  %".184" = trunc i64 %"end" to i16
  store volatile i16 %".184", ptr %".183", align 2
  %".186" = load volatile i16, ptr %".183", align 2
  %".187" = zext i16 %".186" to i64
  %"cursor.20" = and i64 %".187", 16383
  br label %"mpls_mpls_labels1"
ipv4_d0.to_ipv4:
  %".189" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".189", align 1
  %".191" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.1" = load volatile i32, ptr %".191", align 4
  %".192" = and i32 %"flags.1", 4
  %".193" = icmp ne i32 %".192", 0
  br i1 %".193", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".205" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".205", align 1
  %".207" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.2" = load volatile i32, ptr %".207", align 4
  %".208" = and i32 %"flags.2", 4
  %".209" = icmp ne i32 %".208", 0
  br i1 %".209", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.11" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".292", %"ipv6_d0.to_tcp"], [%"cursor.44", %"ipv4_d1.to_tcp"], [%"cursor.60", %"ipv6_d1.to_tcp"], [%"cursor.72", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"cursor.87", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"cursor.138", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"cursor.152", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"cursor.165", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"cursor.180", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"cursor.234", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"cursor.248", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"cursor.258", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"cursor.270", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"cursor.293", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"cursor.303", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.73", %"ipv4_d1.to_tcp"], [%"data.76", %"ipv6_d1.to_tcp"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.163", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.165", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.73", %"ipv4_d1.to_tcp"], [%"data_end.76", %"ipv6_d1.to_tcp"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.165", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.73", %"ipv4_d1.to_tcp"], [%"keys.76", %"ipv6_d1.to_tcp"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.165", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"hdr.8" = getelementptr i8, ptr %"data.16", i64 %"cursor.11"
  %".669" = getelementptr i8, ptr %"hdr.8", i64 4
  %".670" = icmp ugt ptr %".669", %"data_end.16"
  br i1 %".670", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".672" = getelementptr i8, ptr %"hdr.8", i64 0
  %".673" = load i16, ptr %".672", align 2
  %".674" = getelementptr i8, ptr %"hdr.8", i64 2
  %".675" = load i16, ptr %".674", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".673", %"tcp.linear"], [%".694", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".675", %"tcp.linear"], [%".696", %"tcp.copy_failed.endif"]
  %"data.47" = phi  ptr [%"data.16", %"tcp.linear"], [%"data.46", %"tcp.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.16", %"tcp.linear"], [%"data_end.46", %"tcp.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.16", %"tcp.linear"], [%"keys.46", %"tcp.copy_failed.endif"]
  %".698" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".699" = zext i16 %".698" to i64
  %".700" = trunc i64 %".699" to i16
  %".701" = call i16 @"llvm.bswap.i16"(i16 %".700")
  %".702" = getelementptr i8, ptr %"keys.47", i64 12
  store i16 %".701", ptr %".702", align 2
  %".704" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".705" = zext i16 %".704" to i64
  %".706" = trunc i64 %".705" to i16
  %".707" = call i16 @"llvm.bswap.i16"(i16 %".706")
  %".708" = getelementptr i8, ptr %"keys.47", i64 14
  store i16 %".707", ptr %".708", align 2
  %".710" = trunc i64 %"cursor.11" to i16
  %".711" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".710", ptr %".711", align 2
  br label %"return"
udp:
  %"cursor.12" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".292", %"ipv6_d0.to_udp"], [%"cursor.45", %"ipv4_d1.to_udp"], [%"cursor.61", %"ipv6_d1.to_udp"], [%"cursor.73", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"cursor.88", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"cursor.139", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"cursor.153", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"cursor.166", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"cursor.181", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"cursor.235", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"cursor.249", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"cursor.259", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"cursor.271", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"cursor.294", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"cursor.304", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.73", %"ipv4_d1.to_udp"], [%"data.76", %"ipv6_d1.to_udp"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.163", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.165", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.73", %"ipv4_d1.to_udp"], [%"data_end.76", %"ipv6_d1.to_udp"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.165", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.73", %"ipv4_d1.to_udp"], [%"keys.76", %"ipv6_d1.to_udp"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.165", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"hdr.9" = getelementptr i8, ptr %"data.17", i64 %"cursor.12"
  %".714" = getelementptr i8, ptr %"hdr.9", i64 4
  %".715" = icmp ugt ptr %".714", %"data_end.17"
  br i1 %".715", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".717" = getelementptr i8, ptr %"hdr.9", i64 0
  %".718" = load i16, ptr %".717", align 2
  %".719" = getelementptr i8, ptr %"hdr.9", i64 2
  %".720" = load i16, ptr %".719", align 2
  br label %"udp.header"
udp.header:
  %"w0_2.1" = phi  i16 [%".718", %"udp.linear"], [%".739", %"udp.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".720", %"udp.linear"], [%".741", %"udp.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.17", %"udp.linear"], [%"data.48", %"udp.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.17", %"udp.linear"], [%"data_end.48", %"udp.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.17", %"udp.linear"], [%"keys.48", %"udp.copy_failed.endif"]
  %".743" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".744" = zext i16 %".743" to i64
  %".745" = trunc i64 %".744" to i16
  %".746" = call i16 @"llvm.bswap.i16"(i16 %".745")
  %".747" = getelementptr i8, ptr %"keys.49", i64 12
  store i16 %".746", ptr %".747", align 2
  %".749" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".750" = zext i16 %".749" to i64
  %".751" = trunc i64 %".750" to i16
  %".752" = call i16 @"llvm.bswap.i16"(i16 %".751")
  %".753" = getelementptr i8, ptr %"keys.49", i64 14
  store i16 %".752", ptr %".753", align 2
  %".755" = add i64 %"cursor.12", 4
  %".756" = add i64 4, 4
  %".757" = getelementptr i8, ptr %"data.49", i64 %"cursor.12"
  %".758" = getelementptr i8, ptr %".757", i64 %".756"
  %".759" = icmp ugt ptr %".758", %"data_end.49"
  br i1 %".759", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.51" = phi  ptr [%"data.49", %"udp.header"], [%"data.50", %"udp.copy_last_byte_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.49", %"udp.header"], [%"data_end.50", %"udp.copy_last_byte_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.49", %"udp.header"], [%"keys.50", %"udp.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.12", %".756"
  %".780" = trunc i64 %"cursor.12" to i16
  %".781" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".780", ptr %".781", align 2
  br label %"return"
udplite:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".292", %"ipv6_d0.to_udplite"], [%"cursor.46", %"ipv4_d1.to_udplite"], [%"cursor.62", %"ipv6_d1.to_udplite"], [%"cursor.74", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"cursor.89", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"cursor.140", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"cursor.154", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"cursor.167", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"cursor.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"cursor.236", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"cursor.250", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"cursor.260", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"cursor.272", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"cursor.295", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"cursor.305", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.73", %"ipv4_d1.to_udplite"], [%"data.76", %"ipv6_d1.to_udplite"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.163", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.165", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.73", %"ipv4_d1.to_udplite"], [%"data_end.76", %"ipv6_d1.to_udplite"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.165", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.73", %"ipv4_d1.to_udplite"], [%"keys.76", %"ipv6_d1.to_udplite"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.165", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"hdr.10" = getelementptr i8, ptr %"data.18", i64 %"cursor.13"
  %".784" = getelementptr i8, ptr %"hdr.10", i64 4
  %".785" = icmp ugt ptr %".784", %"data_end.18"
  br i1 %".785", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".787" = getelementptr i8, ptr %"hdr.10", i64 0
  %".788" = load i16, ptr %".787", align 2
  %".789" = getelementptr i8, ptr %"hdr.10", i64 2
  %".790" = load i16, ptr %".789", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".788", %"udplite.linear"], [%".809", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".790", %"udplite.linear"], [%".811", %"udplite.copy_failed.endif"]
  %"data.53" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.52", %"udplite.copy_failed.endif"]
  %"data_end.53" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.52", %"udplite.copy_failed.endif"]
  %"keys.53" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.52", %"udplite.copy_failed.endif"]
  %".813" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".814" = zext i16 %".813" to i64
  %".815" = trunc i64 %".814" to i16
  %".816" = call i16 @"llvm.bswap.i16"(i16 %".815")
  %".817" = getelementptr i8, ptr %"keys.53", i64 12
  store i16 %".816", ptr %".817", align 2
  %".819" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".820" = zext i16 %".819" to i64
  %".821" = trunc i64 %".820" to i16
  %".822" = call i16 @"llvm.bswap.i16"(i16 %".821")
  %".823" = getelementptr i8, ptr %"keys.53", i64 14
  store i16 %".822", ptr %".823", align 2
  %".825" = add i64 %"cursor.13", 4
  %".826" = add i64 4, 4
  %".827" = getelementptr i8, ptr %"data.53", i64 %"cursor.13"
  %".828" = getelementptr i8, ptr %".827", i64 %".826"
  %".829" = icmp ugt ptr %".828", %"data_end.53"
  br i1 %".829", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.55" = phi  ptr [%"data.53", %"udplite.header"], [%"data.54", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.55" = phi  ptr [%"data_end.53", %"udplite.header"], [%"data_end.54", %"udplite.copy_last_byte_failed.endif"]
  %"keys.55" = phi  ptr [%"keys.53", %"udplite.header"], [%"keys.54", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.13", %".826"
  %".850" = trunc i64 %"cursor.13" to i16
  %".851" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".850", ptr %".851", align 2
  br label %"return"
gre_version_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".292", %"ipv6_d0.to_gre_version"], [%"cursor.75", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"cursor.90", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"cursor.168", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"cursor.183", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"cursor.261", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"cursor.273", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"hdr.11" = getelementptr i8, ptr %"data.19", i64 %"cursor.14"
  %".854" = getelementptr i8, ptr %"hdr.11", i64 4
  %".855" = icmp ugt ptr %".854", %"data_end.19"
  br i1 %".855", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".857" = getelementptr i8, ptr %"hdr.11", i64 0
  %".858" = load i8, ptr %".857", align 1
  %".859" = getelementptr i8, ptr %"hdr.11", i64 1
  %".860" = load i8, ptr %".859", align 1
  %".861" = getelementptr i8, ptr %"hdr.11", i64 2
  %".862" = load i16, ptr %".861", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.2" = phi  i8 [%".858", %"gre_version_d0.linear"], [%".881", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".860", %"gre_version_d0.linear"], [%".883", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".862", %"gre_version_d0.linear"], [%".885", %"gre_version_d0.copy_failed.endif"]
  %"data.57" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.56", %"gre_version_d0.copy_failed.endif"]
  %"data_end.57" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.56", %"gre_version_d0.copy_failed.endif"]
  %"keys.57" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.56", %"gre_version_d0.copy_failed.endif"]
  %".887" = zext i8 %"w0_1.2" to i64
  %".888" = lshr i64 %".887", 6
  %".889" = and i64 %".888", 1
  %".890" = icmp ne i64 %".889", 0
  %".891" = zext i8 %"w1_1.1" to i64
  %".892" = and i64 %".891", 7
  %".893" = icmp ugt i64 %".892", 1
  %".894" = or i1 %".890", %".893"
  br i1 %".894", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".292", %"ipv6_d0.to_sctp"], [%"cursor.49", %"ipv4_d1.to_sctp"], [%"cursor.64", %"ipv6_d1.to_sctp"], [%"cursor.76", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"cursor.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"cursor.142", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"cursor.156", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"cursor.169", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"cursor.184", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"cursor.238", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"cursor.252", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"cursor.262", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"cursor.274", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"cursor.297", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"cursor.307", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.73", %"ipv4_d1.to_sctp"], [%"data.76", %"ipv6_d1.to_sctp"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.163", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.165", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.73", %"ipv4_d1.to_sctp"], [%"data_end.76", %"ipv6_d1.to_sctp"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.165", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.73", %"ipv4_d1.to_sctp"], [%"keys.76", %"ipv6_d1.to_sctp"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.165", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"hdr.12" = getelementptr i8, ptr %"data.20", i64 %"cursor.15"
  %".915" = getelementptr i8, ptr %"hdr.12", i64 4
  %".916" = icmp ugt ptr %".915", %"data_end.20"
  br i1 %".916", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".918" = getelementptr i8, ptr %"hdr.12", i64 0
  %".919" = load i16, ptr %".918", align 2
  %".920" = getelementptr i8, ptr %"hdr.12", i64 2
  %".921" = load i16, ptr %".920", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".919", %"sctp.linear"], [%".940", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".921", %"sctp.linear"], [%".942", %"sctp.copy_failed.endif"]
  %"data.61" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.60", %"sctp.copy_failed.endif"]
  %"data_end.61" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.60", %"sctp.copy_failed.endif"]
  %"keys.61" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.60", %"sctp.copy_failed.endif"]
  %".944" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".945" = zext i16 %".944" to i64
  %".946" = trunc i64 %".945" to i16
  %".947" = call i16 @"llvm.bswap.i16"(i16 %".946")
  %".948" = getelementptr i8, ptr %"keys.61", i64 12
  store i16 %".947", ptr %".948", align 2
  %".950" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".951" = zext i16 %".950" to i64
  %".952" = trunc i64 %".951" to i16
  %".953" = call i16 @"llvm.bswap.i16"(i16 %".952")
  %".954" = getelementptr i8, ptr %"keys.61", i64 14
  store i16 %".953", ptr %".954", align 2
  %".956" = add i64 %"cursor.15", 4
  %".957" = trunc i64 %"cursor.15" to i16
  %".958" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".957", ptr %".958", align 2
  br label %"return"
dccp:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".292", %"ipv6_d0.to_dccp"], [%"cursor.50", %"ipv4_d1.to_dccp"], [%"cursor.65", %"ipv6_d1.to_dccp"], [%"cursor.77", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"cursor.92", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"cursor.143", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"cursor.157", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"cursor.170", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"cursor.185", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"cursor.239", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"cursor.253", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"cursor.263", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"cursor.275", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"cursor.298", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"cursor.308", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.73", %"ipv4_d1.to_dccp"], [%"data.76", %"ipv6_d1.to_dccp"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.163", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.165", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.73", %"ipv4_d1.to_dccp"], [%"data_end.76", %"ipv6_d1.to_dccp"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.165", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.73", %"ipv4_d1.to_dccp"], [%"keys.76", %"ipv6_d1.to_dccp"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.165", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"hdr.13" = getelementptr i8, ptr %"data.21", i64 %"cursor.16"
  %".961" = getelementptr i8, ptr %"hdr.13", i64 4
  %".962" = icmp ugt ptr %".961", %"data_end.21"
  br i1 %".962", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".964" = getelementptr i8, ptr %"hdr.13", i64 0
  %".965" = load i16, ptr %".964", align 2
  %".966" = getelementptr i8, ptr %"hdr.13", i64 2
  %".967" = load i16, ptr %".966", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".965", %"dccp.linear"], [%".986", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".967", %"dccp.linear"], [%".988", %"dccp.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.62", %"dccp.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.62", %"dccp.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.62", %"dccp.copy_failed.endif"]
  %".990" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".991" = zext i16 %".990" to i64
  %".992" = trunc i64 %".991" to i16
  %".993" = call i16 @"llvm.bswap.i16"(i16 %".992")
  %".994" = getelementptr i8, ptr %"keys.63", i64 12
  store i16 %".993", ptr %".994", align 2
  %".996" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".997" = zext i16 %".996" to i64
  %".998" = trunc i64 %".997" to i16
  %".999" = call i16 @"llvm.bswap.i16"(i16 %".998")
  %".1000" = getelementptr i8, ptr %"keys.63", i64 14
  store i16 %".999", ptr %".1000", align 2
  %".1002" = add i64 %"cursor.16", 4
  %".1003" = trunc i64 %"cursor.16" to i16
  %".1004" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1003", ptr %".1004", align 2
  br label %"return"
esp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".292", %"ipv6_d0.to_esp"], [%"cursor.51", %"ipv4_d1.to_esp"], [%"cursor.66", %"ipv6_d1.to_esp"], [%"cursor.78", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"cursor.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"cursor.144", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"cursor.158", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"cursor.171", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"cursor.186", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"cursor.240", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"cursor.254", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"cursor.264", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"cursor.276", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"cursor.299", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"cursor.309", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.73", %"ipv4_d1.to_esp"], [%"data.76", %"ipv6_d1.to_esp"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.163", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.165", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.73", %"ipv4_d1.to_esp"], [%"data_end.76", %"ipv6_d1.to_esp"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.165", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.73", %"ipv4_d1.to_esp"], [%"keys.76", %"ipv6_d1.to_esp"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.165", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"hdr.14" = getelementptr i8, ptr %"data.22", i64 %"cursor.17"
  %".1007" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1008" = icmp ugt ptr %".1007", %"data_end.22"
  br i1 %".1008", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1010" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1011" = load i32, ptr %".1010", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1011", %"esp.linear"], [%".1030", %"esp.copy_failed.endif"]
  %"data.65" = phi  ptr [%"data.22", %"esp.linear"], [%"data.64", %"esp.copy_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.64", %"esp.copy_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.64", %"esp.copy_failed.endif"]
  %".1032" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1033" = zext i32 %".1032" to i64
  %".1034" = lshr i64 %".1033", 16
  %".1035" = trunc i64 %".1034" to i16
  %".1036" = call i16 @"llvm.bswap.i16"(i16 %".1035")
  %".1037" = getelementptr i8, ptr %"keys.65", i64 12
  store i16 %".1036", ptr %".1037", align 2
  %".1039" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1040" = zext i32 %".1039" to i64
  %".1041" = and i64 %".1040", 65535
  %".1042" = trunc i64 %".1041" to i16
  %".1043" = call i16 @"llvm.bswap.i16"(i16 %".1042")
  %".1044" = getelementptr i8, ptr %"keys.65", i64 14
  store i16 %".1043", ptr %".1044", align 2
  %".1046" = add i64 %"cursor.17", 4
  %".1047" = trunc i64 %"cursor.17" to i16
  %".1048" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1047", ptr %".1048", align 2
  br label %"return"
ah:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".292", %"ipv6_d0.to_ah"], [%"cursor.52", %"ipv4_d1.to_ah"], [%"cursor.67", %"ipv6_d1.to_ah"], [%"cursor.79", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"cursor.94", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"cursor.145", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"cursor.159", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"cursor.172", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"cursor.187", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"cursor.241", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"cursor.255", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"cursor.265", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"cursor.277", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"cursor.300", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"cursor.310", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.73", %"ipv4_d1.to_ah"], [%"data.76", %"ipv6_d1.to_ah"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.163", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.165", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.73", %"ipv4_d1.to_ah"], [%"data_end.76", %"ipv6_d1.to_ah"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.165", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.73", %"ipv4_d1.to_ah"], [%"keys.76", %"ipv6_d1.to_ah"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.165", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"hdr.15" = getelementptr i8, ptr %"data.23", i64 %"cursor.18"
  %".1051" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1052" = icmp ugt ptr %".1051", %"data_end.23"
  br i1 %".1052", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1054" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1055" = load i32, ptr %".1054", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1055", %"ah.linear"], [%".1074", %"ah.copy_failed.endif"]
  %"data.67" = phi  ptr [%"data.23", %"ah.linear"], [%"data.66", %"ah.copy_failed.endif"]
  %"data_end.67" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.66", %"ah.copy_failed.endif"]
  %"keys.67" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.66", %"ah.copy_failed.endif"]
  %".1076" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1077" = zext i32 %".1076" to i64
  %".1078" = lshr i64 %".1077", 16
  %".1079" = trunc i64 %".1078" to i16
  %".1080" = call i16 @"llvm.bswap.i16"(i16 %".1079")
  %".1081" = getelementptr i8, ptr %"keys.67", i64 12
  store i16 %".1080", ptr %".1081", align 2
  %".1083" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1084" = zext i32 %".1083" to i64
  %".1085" = and i64 %".1084", 65535
  %".1086" = trunc i64 %".1085" to i16
  %".1087" = call i16 @"llvm.bswap.i16"(i16 %".1086")
  %".1088" = getelementptr i8, ptr %"keys.67", i64 14
  store i16 %".1087", ptr %".1088", align 2
  %".1090" = add i64 %"cursor.18", 8
  %".1091" = trunc i64 %"cursor.18" to i16
  %".1092" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1091", ptr %".1092", align 2
  br label %"return"
icmp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.3", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.73", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.73", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.73", %"ipv4_d1.to_icmp"]
  %"hdr.16" = getelementptr i8, ptr %"data.24", i64 %"cursor.19"
  %".1095" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1096" = icmp ugt ptr %".1095", %"data_end.24"
  br i1 %".1096", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.69" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.68", %"icmp.copy_failed.endif"]
  %"data_end.69" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.68", %"icmp.copy_failed.endif"]
  %"keys.69" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.68", %"icmp.copy_failed.endif"]
  %".1116" = add i64 %"cursor.19", 4
  %".1117" = trunc i64 %"cursor.19" to i16
  %".1118" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1117", ptr %".1118", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".195" = trunc i64 %"end" to i16
  %".196" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".195", ptr %".196", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".199" = getelementptr i8, ptr %"keys.15", i64 2
  %".200" = trunc i64 %"end" to i16
  store volatile i16 %".200", ptr %".199", align 2
  %".202" = load volatile i16, ptr %".199", align 2
  %".203" = zext i16 %".202" to i64
  %"cursor.22" = and i64 %".203", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.21" = phi  i64 [%"cursor.22", %"ipv4_d0.stop_at_encap.endif"], [%"cursor.30", %"ipv6_d0.stop_at_encap.endif"], [%"cursor.82", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.97", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.110", %"gre_d0.to_ipv4"], [%"cursor.175", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.190", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.192", %"vlan_d1_vlan_tags1.to_ipv4"], [%"cursor.206", %"pppoe_d1.to_ipv4"], [%"cursor.210", %"ethernet_d1.to_ipv4"], [%"cursor.223", %"ppp_d0.stop_at_encap.endif"], [%"cursor.268", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.280", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.282", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.94", %"gre_d0.to_ipv4"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.124", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.127", %"pppoe_d1.to_ipv4"], [%"data.129", %"ethernet_d1.to_ipv4"], [%"data.131", %"ppp_d0.stop_at_encap.endif"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.157", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.94", %"gre_d0.to_ipv4"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.127", %"pppoe_d1.to_ipv4"], [%"data_end.129", %"ethernet_d1.to_ipv4"], [%"data_end.131", %"ppp_d0.stop_at_encap.endif"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.94", %"gre_d0.to_ipv4"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.124", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.127", %"pppoe_d1.to_ipv4"], [%"keys.129", %"ethernet_d1.to_ipv4"], [%"keys.131", %"ppp_d0.stop_at_encap.endif"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.157", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"hdr.17" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1121" = getelementptr i8, ptr %"hdr.17", i64 20
  %".1122" = icmp ugt ptr %".1121", %"data_end.25"
  br i1 %".1122", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1124" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1125" = load i8, ptr %".1124", align 1
  %".1126" = getelementptr i8, ptr %"hdr.17", i64 6
  %".1127" = load i16, ptr %".1126", align 2
  %".1128" = getelementptr i8, ptr %"hdr.17", i64 9
  %".1129" = load i8, ptr %".1128", align 1
  %".1130" = getelementptr i8, ptr %"hdr.17", i64 12
  %".1131" = load i32, ptr %".1130", align 4
  %".1132" = getelementptr i8, ptr %"hdr.17", i64 16
  %".1133" = load i32, ptr %".1132", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.3" = phi  i8 [%".1125", %"ipv4_d1.linear"], [%".1152", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1127", %"ipv4_d1.linear"], [%".1154", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1129", %"ipv4_d1.linear"], [%".1156", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1131", %"ipv4_d1.linear"], [%".1158", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1133", %"ipv4_d1.linear"], [%".1160", %"ipv4_d1.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.70", %"ipv4_d1.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.70", %"ipv4_d1.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.70", %"ipv4_d1.copy_failed.endif"]
  %".1162" = zext i8 %"w0_1.3" to i64
  %".1163" = and i64 %".1162", 15
  %".1164" = icmp uge i64 %".1163", 5
  %".1165" = xor i1 %".1164", -1
  br i1 %".1165", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".211" = trunc i64 %"end" to i16
  %".212" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".211", ptr %".212", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".215" = getelementptr i8, ptr %"keys.15", i64 2
  %".216" = trunc i64 %"end" to i16
  store volatile i16 %".216", ptr %".215", align 2
  %".218" = load volatile i16, ptr %".215", align 2
  %".219" = zext i16 %".218" to i64
  %"cursor.24" = and i64 %".219", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"cursor.24", %"ipv4_d0.stop_at_encap.endif.1"], [%"cursor.31", %"ipv6_d0.stop_at_encap.endif.1"], [%"cursor.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.98", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.111", %"gre_d0.to_ipv6"], [%"cursor.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.191", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.193", %"vlan_d1_vlan_tags1.to_ipv6"], [%"cursor.207", %"pppoe_d1.to_ipv6"], [%"cursor.211", %"ethernet_d1.to_ipv6"], [%"cursor.224", %"ppp_d0.stop_at_encap.endif.1"], [%"cursor.269", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.281", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.283", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.94", %"gre_d0.to_ipv6"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.124", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.127", %"pppoe_d1.to_ipv6"], [%"data.129", %"ethernet_d1.to_ipv6"], [%"data.131", %"ppp_d0.stop_at_encap.endif.1"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.157", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.94", %"gre_d0.to_ipv6"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.127", %"pppoe_d1.to_ipv6"], [%"data_end.129", %"ethernet_d1.to_ipv6"], [%"data_end.131", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.94", %"gre_d0.to_ipv6"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.124", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.127", %"pppoe_d1.to_ipv6"], [%"keys.129", %"ethernet_d1.to_ipv6"], [%"keys.131", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.157", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"hdr.18" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1338" = getelementptr i8, ptr %"hdr.18", i64 40
  %".1339" = icmp ugt ptr %".1338", %"data_end.26"
  br i1 %".1339", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1341" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1342" = load i32, ptr %".1341", align 4
  %".1343" = getelementptr i8, ptr %"hdr.18", i64 6
  %".1344" = load i8, ptr %".1343", align 1
  %".1345" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1346" = load i64, ptr %".1345", align 8
  %".1347" = getelementptr i8, ptr %"hdr.18", i64 16
  %".1348" = load i64, ptr %".1347", align 8
  %".1349" = getelementptr i8, ptr %"hdr.18", i64 24
  %".1350" = load i64, ptr %".1349", align 8
  %".1351" = getelementptr i8, ptr %"hdr.18", i64 32
  %".1352" = load i64, ptr %".1351", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1342", %"ipv6_d1.linear"], [%".1371", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1344", %"ipv6_d1.linear"], [%".1373", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1346", %"ipv6_d1.linear"], [%".1375", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1348", %"ipv6_d1.linear"], [%".1377", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1350", %"ipv6_d1.linear"], [%".1379", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1352", %"ipv6_d1.linear"], [%".1381", %"ipv6_d1.copy_failed.endif"]
  %"data.76" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.75", %"ipv6_d1.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.75", %"ipv6_d1.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.75", %"ipv6_d1.copy_failed.endif"]
  %".1383" = trunc i64 34525 to i16
  %".1384" = getelementptr i8, ptr %"keys.76", i64 4
  store i16 %".1383", ptr %".1384", align 2
  %".1386" = trunc i64 34525 to i16
  %".1387" = call i16 @"llvm.bswap.i16"(i16 %".1386")
  %".1388" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1387", ptr %".1388", align 2
  %".1390" = getelementptr i8, ptr %"keys.76", i64 16
  store i64 %"w8_8.1", ptr %".1390", align 8
  %".1392" = getelementptr i8, ptr %"keys.76", i64 24
  store i64 %"w16_8.1", ptr %".1392", align 8
  %".1394" = getelementptr i8, ptr %"keys.76", i64 32
  store i64 %"w24_8.1", ptr %".1394", align 8
  %".1396" = getelementptr i8, ptr %"keys.76", i64 40
  store i64 %"w32_8.1", ptr %".1396", align 8
  %".1398" = zext i8 %"w6_1.1" to i64
  %".1399" = trunc i64 %".1398" to i8
  %".1400" = getelementptr i8, ptr %"keys.76", i64 9
  store i8 %".1399", ptr %".1400", align 1
  %".1402" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1403" = zext i32 %".1402" to i64
  %".1404" = and i64 %".1403", 1048575
  %".1405" = trunc i64 %".1404" to i32
  %".1406" = call i32 @"llvm.bswap.i32"(i32 %".1405")
  %".1407" = getelementptr i8, ptr %"keys.76", i64 52
  store i32 %".1406", ptr %".1407", align 4
  %".1409" = add i64 %"cursor.23", 40
  %".1410" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1411" = zext i32 %".1410" to i64
  %".1412" = and i64 %".1411", 1048575
  %".1413" = icmp ne i64 %".1412", 0
  %".1414" = getelementptr i8, ptr %"keys.76", i64 48
  %"flags.9" = load volatile i32, ptr %".1414", align 4
  %".1415" = and i32 %"flags.9", 2
  %".1416" = icmp ne i32 %".1415", 0
  %".1417" = and i1 %".1413", %".1416"
  br i1 %".1417", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".237" = trunc i64 %"cursor.2" to i32
  %".238" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".237", [40 x i8]* %"header_copy", i32 40)
  %".239" = icmp eq i64 %".238", 0
  %".240" = getelementptr i8, ptr %"ctx.3", i64 76
  %".241" = load i32, ptr %".240", align 4
  %".242" = zext i32 %".241" to i64
  %"data.27" = inttoptr i64 %".242" to ptr
  %".243" = getelementptr i8, ptr %"ctx.3", i64 80
  %".244" = load i32, ptr %".243", align 4
  %".245" = zext i32 %".244" to i64
  %"data_end.27" = inttoptr i64 %".245" to ptr
  %".246" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.27" = load ptr, ptr %".246", align 8
  %".247" = xor i1 %".239", -1
  br i1 %".247", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".249" = trunc i64 %"cursor.2" to i16
  %".250" = getelementptr i8, ptr %"keys.27", i64 2
  store i16 %".249", ptr %".250", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".253" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".254" = load volatile i32, [40 x i8]* %".253", align 4
  %".255" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".256" = load volatile i8, [40 x i8]* %".255", align 1
  %".257" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".258" = load volatile i64, [40 x i8]* %".257", align 8
  %".259" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".260" = load volatile i64, [40 x i8]* %".259", align 8
  %".261" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".262" = load volatile i64, [40 x i8]* %".261", align 8
  %".263" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".264" = load volatile i64, [40 x i8]* %".263", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".302" = trunc i64 %".292" to i16
  %".303" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".302", ptr %".303", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".306" = zext i8 %"w6_1" to i64
  switch i64 %".306", label %"ipv6_d0.unknown" [i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]
ipv6_d0.unknown:
  %".308" = trunc i64 %".292" to i16
  %".309" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".308", ptr %".309", align 2
  br label %"return"
ipv6_d0.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.2:
  %".314" = getelementptr i8, ptr %"keys.28", i64 2
  %".315" = trunc i64 %".292" to i16
  store volatile i16 %".315", ptr %".314", align 2
  %".317" = load volatile i16, ptr %".314", align 2
  %".318" = zext i16 %".317" to i64
  %"cursor.26" = and i64 %".318", 16383
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
  %".330" = trunc i64 34887 to i16
  %".331" = call i16 @"llvm.bswap.i16"(i16 %".330")
  %".332" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".331", ptr %".332", align 2
  %".334" = getelementptr i8, ptr %"keys.28", i64 2
  %".335" = trunc i64 %".292" to i16
  store volatile i16 %".335", ptr %".334", align 2
  %".337" = load volatile i16, ptr %".334", align 2
  %".338" = zext i16 %".337" to i64
  %"cursor.29" = and i64 %".338", 16383
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".340" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".340", align 1
  %".342" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.4" = load volatile i32, ptr %".342", align 4
  %".343" = and i32 %"flags.4", 4
  %".344" = icmp ne i32 %".343", 0
  br i1 %".344", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".356" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".356", align 1
  %".358" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.5" = load volatile i32, ptr %".358", align 4
  %".359" = and i32 %"flags.5", 4
  %".360" = icmp ne i32 %".359", 0
  br i1 %".360", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".292", %"ipv6_d0.to_ipv6_opts"], [%".292", %"ipv6_d0.to_ipv6_opts.1"], [%"cursor.26", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.29" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_opts"], [%"data.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_opts"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.29" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_opts"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.19" = getelementptr i8, ptr %"data.29", i64 %"cursor.25"
  %".1540" = getelementptr i8, ptr %"hdr.19", i64 2
  %".1541" = icmp ugt ptr %".1540", %"data_end.29"
  br i1 %".1541", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1543" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1544" = load i8, ptr %".1543", align 1
  %".1545" = getelementptr i8, ptr %"hdr.19", i64 1
  %".1546" = load i8, ptr %".1545", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.4" = phi  i8 [%".1544", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1565", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1546", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1567", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.80" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.79", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.80" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.79", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.80" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.79", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1569" = zext i8 %"w0_1.4" to i64
  %".1570" = trunc i64 %".1569" to i8
  %".1571" = getelementptr i8, ptr %"keys.80", i64 9
  store i8 %".1570", ptr %".1571", align 1
  %".1573" = add i64 %"cursor.25", 2
  %".1574" = zext i8 %"w1_1.2" to i64
  %".1575" = mul i64 %".1574", 8
  %".1576" = add i64 %".1575", 6
  %".1577" = add i64 %".1576", 2
  %".1578" = add i64 %"cursor.25", %".1577"
  %".1579" = getelementptr i8, ptr %"data.80", i64 %"cursor.25"
  %".1580" = getelementptr i8, ptr %".1579", i64 %".1577"
  %".1581" = icmp ugt ptr %".1580", %"data_end.80"
  br i1 %".1581", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext1.variable_part:
  %"data.82" = phi  ptr [%"data.80", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.82" = phi  ptr [%"data_end.80", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.82" = phi  ptr [%"keys.80", %"ipv6_opts_d0_ipv6_ext1.header"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.4" = add i64 %"cursor.25", %".1577"
  %".1602" = zext i8 %"w0_1.4" to i64
  switch i64 %".1602", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.27" = phi  i64 [%".292", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.20" = getelementptr i8, ptr %"data.30", i64 %"cursor.27"
  %".1713" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1714" = icmp ugt ptr %".1713", %"data_end.30"
  br i1 %".1714", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1716" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1717" = load i8, ptr %".1716", align 1
  %".1718" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1719" = load i16, ptr %".1718", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1717", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1738", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1719", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.86" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.86" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.86" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1742" = zext i8 %"w0_1.5" to i64
  %".1743" = trunc i64 %".1742" to i8
  %".1744" = getelementptr i8, ptr %"keys.86", i64 9
  store i8 %".1743", ptr %".1744", align 1
  %".1746" = add i64 %"cursor.27", 8
  %".1747" = icmp ne i64 1, 0
  %".1748" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1749" = zext i16 %".1748" to i64
  %".1750" = and i64 %".1749", 65528
  %".1751" = icmp eq i64 %".1750", 0
  br i1 %".1747", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.28" = phi  i64 [%".292", %"ipv6_d0.to_icmpv6"], [%".1409", %"ipv6_d1.to_icmpv6"], [%"cursor.80", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"cursor.95", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"cursor.146", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"cursor.160", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"cursor.173", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"cursor.188", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"cursor.242", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"cursor.256", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"cursor.266", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"cursor.278", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"cursor.301", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"cursor.311", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.76", %"ipv6_d1.to_icmpv6"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.153", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.155", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.163", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.165", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.76", %"ipv6_d1.to_icmpv6"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.153", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.155", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.165", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.76", %"ipv6_d1.to_icmpv6"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.153", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.155", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.165", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"hdr.21" = getelementptr i8, ptr %"data.31", i64 %"cursor.28"
  %".1894" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1895" = icmp ugt ptr %".1894", %"data_end.31"
  br i1 %".1895", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.88" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.87", %"icmpv6.copy_failed.endif"]
  %"data_end.88" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.87", %"icmpv6.copy_failed.endif"]
  %"keys.88" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.87", %"icmpv6.copy_failed.endif"]
  %".1915" = add i64 %"cursor.28", 4
  %".1916" = trunc i64 %"cursor.28" to i16
  %".1917" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1916", ptr %".1917", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".346" = trunc i64 %".292" to i16
  %".347" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".346", ptr %".347", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".350" = getelementptr i8, ptr %"keys.28", i64 2
  %".351" = trunc i64 %".292" to i16
  store volatile i16 %".351", ptr %".350", align 2
  %".353" = load volatile i16, ptr %".350", align 2
  %".354" = zext i16 %".353" to i64
  %"cursor.30" = and i64 %".354", 16383
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".362" = trunc i64 %".292" to i16
  %".363" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".362", ptr %".363", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".366" = getelementptr i8, ptr %"keys.28", i64 2
  %".367" = trunc i64 %".292" to i16
  store volatile i16 %".367", ptr %".366", align 2
  %".369" = load volatile i16, ptr %".366", align 2
  %".370" = zext i16 %".369" to i64
  %"cursor.31" = and i64 %".370", 16383
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".378" = trunc i64 %"cursor.3" to i32
  %".379" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".378", [40 x i8]* %"header_copy", i32 4)
  %".380" = icmp eq i64 %".379", 0
  %".381" = getelementptr i8, ptr %"ctx.4", i64 76
  %".382" = load i32, ptr %".381", align 4
  %".383" = zext i32 %".382" to i64
  %"data.32" = inttoptr i64 %".383" to ptr
  %".384" = getelementptr i8, ptr %"ctx.4", i64 80
  %".385" = load i32, ptr %".384", align 4
  %".386" = zext i32 %".385" to i64
  %"data_end.32" = inttoptr i64 %".386" to ptr
  %".387" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.32" = load ptr, ptr %".387", align 8
  %".388" = xor i1 %".380", -1
  br i1 %".388", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".390" = trunc i64 %"cursor.3" to i16
  %".391" = getelementptr i8, ptr %"keys.32", i64 2
  store i16 %".390", ptr %".391", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".394" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".395" = load volatile i16, [40 x i8]* %".394", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".410" = trunc i64 %".403" to i16
  %".411" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".410", ptr %".411", align 2
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
  %".418" = getelementptr i8, ptr %"keys.33", i64 2
  %".419" = trunc i64 %".403" to i16
  store volatile i16 %".419", ptr %".418", align 2
  %".421" = load volatile i16, ptr %".418", align 2
  %".422" = zext i16 %".421" to i64
  %"cursor.33" = and i64 %".422", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  %".424" = getelementptr i8, ptr %"keys.33", i64 2
  %".425" = trunc i64 %".403" to i16
  store volatile i16 %".425", ptr %".424", align 2
  %".427" = load volatile i16, ptr %".424", align 2
  %".428" = zext i16 %".427" to i64
  %"cursor.34" = and i64 %".428", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags1.to_arp:
  %".431" = getelementptr i8, ptr %"keys.33", i64 2
  %".432" = trunc i64 %".403" to i16
  store volatile i16 %".432", ptr %".431", align 2
  %".434" = load volatile i16, ptr %".431", align 2
  %".435" = zext i16 %".434" to i64
  %"cursor.35" = and i64 %".435", 16383
  br label %"arp"
vlan_d0_vlan_tags1.to_arp.1:
  %".437" = getelementptr i8, ptr %"keys.33", i64 2
  %".438" = trunc i64 %".403" to i16
  store volatile i16 %".438", ptr %".437", align 2
  %".440" = load volatile i16, ptr %".437", align 2
  %".441" = zext i16 %".440" to i64
  %"cursor.36" = and i64 %".441", 16383
  br label %"arp"
vlan_d0_vlan_tags1.to_ptp:
  br label %"ptp"
vlan_d0_vlan_tags1.to_cfm:
  br label %"cfm"
vlan_d0_vlan_tags1.to_tipc:
  br label %"tipc"
vlan_d0_vlan_tags1.to_fcoe:
  br label %"fcoe"
vlan_d0_vlan_tags2:
  %"cursor.32" = phi  i64 [%".403", %"vlan_d0_vlan_tags1.to_vlan"], [%".403", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"hdr.22" = getelementptr i8, ptr %"data.34", i64 %"cursor.32"
  %".1920" = getelementptr i8, ptr %"hdr.22", i64 4
  %".1921" = icmp ugt ptr %".1920", %"data_end.34"
  br i1 %".1921", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1923" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1924" = load i16, ptr %".1923", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1924", %"vlan_d0_vlan_tags2.linear"], [%".1943", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.90" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.89", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.90" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.89", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.90" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.89", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1945" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1946" = zext i16 %".1945" to i64
  %".1947" = trunc i64 %".1946" to i16
  %".1948" = call i16 @"llvm.bswap.i16"(i16 %".1947")
  %".1949" = getelementptr i8, ptr %"keys.90", i64 10
  store i16 %".1948", ptr %".1949", align 2
  %".1951" = add i64 %"cursor.32", 4
  %".1952" = trunc i64 %".1951" to i16
  %".1953" = getelementptr i8, ptr %"keys.90", i64 0
  store i16 %".1952", ptr %".1953", align 2
  %".1955" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1956" = zext i16 %".1955" to i64
  switch i64 %".1956", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe"]
mpls_mpls_labels1.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".454" = trunc i64 %"cursor.4" to i32
  %".455" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".454", [40 x i8]* %"header_copy", i32 4)
  %".456" = icmp eq i64 %".455", 0
  %".457" = getelementptr i8, ptr %"ctx.5", i64 76
  %".458" = load i32, ptr %".457", align 4
  %".459" = zext i32 %".458" to i64
  %"data.35" = inttoptr i64 %".459" to ptr
  %".460" = getelementptr i8, ptr %"ctx.5", i64 80
  %".461" = load i32, ptr %".460", align 4
  %".462" = zext i32 %".461" to i64
  %"data_end.35" = inttoptr i64 %".462" to ptr
  %".463" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.35" = load ptr, ptr %".463", align 8
  %".464" = xor i1 %".456", -1
  br i1 %".464", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".466" = trunc i64 %".447" to i16
  %".467" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".466", ptr %".467", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".470" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".471" = load volatile i8, [40 x i8]* %".470", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".477" = trunc i64 %".473" to i16
  %".478" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".477", ptr %".478", align 2
  br label %"return"
mpls_mpls_labels1.to_mpls:
  %".481" = trunc i64 %".473" to i16
  %".482" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".481", ptr %".482", align 2
  br label %"return"
pppoe_d0.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".495" = trunc i64 %"cursor.5" to i32
  %".496" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".495", [40 x i8]* %"header_copy", i32 8)
  %".497" = icmp eq i64 %".496", 0
  %".498" = getelementptr i8, ptr %"ctx.6", i64 76
  %".499" = load i32, ptr %".498", align 4
  %".500" = zext i32 %".499" to i64
  %"data.37" = inttoptr i64 %".500" to ptr
  %".501" = getelementptr i8, ptr %"ctx.6", i64 80
  %".502" = load i32, ptr %".501", align 4
  %".503" = zext i32 %".502" to i64
  %"data_end.37" = inttoptr i64 %".503" to ptr
  %".504" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.37" = load ptr, ptr %".504", align 8
  %".505" = xor i1 %".497", -1
  br i1 %".505", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".507" = trunc i64 %"cursor.5" to i16
  %".508" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".507", ptr %".508", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".511" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".512" = load volatile i8, [40 x i8]* %".511", align 1
  %".513" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".514" = load volatile i8, [40 x i8]* %".513", align 1
  %".515" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".516" = load volatile i16, [40 x i8]* %".515", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".531" = trunc i64 %"cursor.5" to i16
  %".532" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".531", ptr %".532", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".535" = add i64 %"cursor.5", 8
  %".536" = trunc i64 %".535" to i16
  %".537" = getelementptr i8, ptr %"keys.38", i64 0
  store i16 %".536", ptr %".537", align 2
  %".539" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".540" = zext i16 %".539" to i64
  switch i64 %".540", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]
pppoe_d0.unknown:
  %".542" = and i64 %".540", 257
  %".543" = icmp eq i64 %".542", 1
  br i1 %".543", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".549" = getelementptr i8, ptr %"keys.38", i64 2
  %".550" = trunc i64 %".535" to i16
  store volatile i16 %".550", ptr %".549", align 2
  %".552" = load volatile i16, ptr %".549", align 2
  %".553" = zext i16 %".552" to i64
  %"cursor.37" = and i64 %".553", 16383
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".555" = getelementptr i8, ptr %"keys.38", i64 2
  %".556" = trunc i64 %".535" to i16
  store volatile i16 %".556", ptr %".555", align 2
  %".558" = load volatile i16, ptr %".555", align 2
  %".559" = zext i16 %".558" to i64
  %"cursor.38" = and i64 %".559", 16383
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".561" = trunc i64 34887 to i16
  %".562" = call i16 @"llvm.bswap.i16"(i16 %".561")
  %".563" = getelementptr i8, ptr %"keys.38", i64 10
  store i16 %".562", ptr %".563", align 2
  %".565" = getelementptr i8, ptr %"keys.38", i64 2
  %".566" = trunc i64 %".535" to i16
  store volatile i16 %".566", ptr %".565", align 2
  %".568" = load volatile i16, ptr %".565", align 2
  %".569" = zext i16 %".568" to i64
  %"cursor.39" = and i64 %".569", 16383
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".571" = trunc i64 34888 to i16
  %".572" = call i16 @"llvm.bswap.i16"(i16 %".571")
  %".573" = getelementptr i8, ptr %"keys.38", i64 10
  store i16 %".572", ptr %".573", align 2
  %".575" = getelementptr i8, ptr %"keys.38", i64 2
  %".576" = trunc i64 %".535" to i16
  store volatile i16 %".576", ptr %".575", align 2
  %".578" = load volatile i16, ptr %".575", align 2
  %".579" = zext i16 %".578" to i64
  %"cursor.40" = and i64 %".579", 16383
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".545" = trunc i64 %".535" to i16
  %".546" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".545", ptr %".546", align 2
  br label %"return"
ppp_other:
  %"cursor.41" = phi  i64 [%".535", %"pppoe_d0.to_ppp_other"], [%".3285", %"pppoe_d1.to_ppp_other"]
  %"data.39" = phi  ptr [%"data.38", %"pppoe_d0.to_ppp_other"], [%"data.127", %"pppoe_d1.to_ppp_other"]
  %"data_end.39" = phi  ptr [%"data_end.38", %"pppoe_d0.to_ppp_other"], [%"data_end.127", %"pppoe_d1.to_ppp_other"]
  %"keys.39" = phi  ptr [%"keys.38", %"pppoe_d0.to_ppp_other"], [%"keys.127", %"pppoe_d1.to_ppp_other"]
  %".2036" = add i64 %"cursor.41", 0
  %".2037" = trunc i64 %".2036" to i16
  %".2038" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".2037", ptr %".2038", align 2
  br label %"return"
ptp.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".591" = trunc i64 %"cursor.7" to i32
  %".592" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".591", [40 x i8]* %"header_copy", i32 34)
  %".593" = icmp eq i64 %".592", 0
  %".594" = getelementptr i8, ptr %"ctx.7", i64 76
  %".595" = load i32, ptr %".594", align 4
  %".596" = zext i32 %".595" to i64
  %"data.40" = inttoptr i64 %".596" to ptr
  %".597" = getelementptr i8, ptr %"ctx.7", i64 80
  %".598" = load i32, ptr %".597", align 4
  %".599" = zext i32 %".598" to i64
  %"data_end.40" = inttoptr i64 %".599" to ptr
  %".600" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.40" = load ptr, ptr %".600", align 8
  %".601" = xor i1 %".593", -1
  br i1 %".601", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".603" = trunc i64 %"cursor.7" to i16
  %".604" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".603", ptr %".604", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".622" = trunc i64 %"cursor.9" to i32
  %".623" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".622", [40 x i8]* %"header_copy", i32 16)
  %".624" = icmp eq i64 %".623", 0
  %".625" = getelementptr i8, ptr %"ctx.8", i64 76
  %".626" = load i32, ptr %".625", align 4
  %".627" = zext i32 %".626" to i64
  %"data.42" = inttoptr i64 %".627" to ptr
  %".628" = getelementptr i8, ptr %"ctx.8", i64 80
  %".629" = load i32, ptr %".628", align 4
  %".630" = zext i32 %".629" to i64
  %"data_end.42" = inttoptr i64 %".630" to ptr
  %".631" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.42" = load ptr, ptr %".631", align 8
  %".632" = xor i1 %".624", -1
  br i1 %".632", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".634" = trunc i64 %"cursor.9" to i16
  %".635" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".634", ptr %".635", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".647" = trunc i64 %"cursor.10" to i32
  %".648" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".647", [40 x i8]* %"header_copy", i32 38)
  %".649" = icmp eq i64 %".648", 0
  %".650" = getelementptr i8, ptr %"ctx.9", i64 76
  %".651" = load i32, ptr %".650", align 4
  %".652" = zext i32 %".651" to i64
  %"data.44" = inttoptr i64 %".652" to ptr
  %".653" = getelementptr i8, ptr %"ctx.9", i64 80
  %".654" = load i32, ptr %".653", align 4
  %".655" = zext i32 %".654" to i64
  %"data_end.44" = inttoptr i64 %".655" to ptr
  %".656" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.44" = load ptr, ptr %".656", align 8
  %".657" = xor i1 %".649", -1
  br i1 %".657", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".659" = trunc i64 %"cursor.10" to i16
  %".660" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".659", ptr %".660", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
tcp.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".677" = trunc i64 %"cursor.11" to i32
  %".678" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".677", [40 x i8]* %"header_copy", i32 4)
  %".679" = icmp eq i64 %".678", 0
  %".680" = getelementptr i8, ptr %"ctx.10", i64 76
  %".681" = load i32, ptr %".680", align 4
  %".682" = zext i32 %".681" to i64
  %"data.46" = inttoptr i64 %".682" to ptr
  %".683" = getelementptr i8, ptr %"ctx.10", i64 80
  %".684" = load i32, ptr %".683", align 4
  %".685" = zext i32 %".684" to i64
  %"data_end.46" = inttoptr i64 %".685" to ptr
  %".686" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.46" = load ptr, ptr %".686", align 8
  %".687" = xor i1 %".679", -1
  br i1 %".687", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".689" = trunc i64 %"cursor.11" to i16
  %".690" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".689", ptr %".690", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".693" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".694" = load volatile i16, [40 x i8]* %".693", align 2
  %".695" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".696" = load volatile i16, [40 x i8]* %".695", align 2
  br label %"tcp.header"
udp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".722" = trunc i64 %"cursor.12" to i32
  %".723" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".722", [40 x i8]* %"header_copy", i32 4)
  %".724" = icmp eq i64 %".723", 0
  %".725" = getelementptr i8, ptr %"ctx.11", i64 76
  %".726" = load i32, ptr %".725", align 4
  %".727" = zext i32 %".726" to i64
  %"data.48" = inttoptr i64 %".727" to ptr
  %".728" = getelementptr i8, ptr %"ctx.11", i64 80
  %".729" = load i32, ptr %".728", align 4
  %".730" = zext i32 %".729" to i64
  %"data_end.48" = inttoptr i64 %".730" to ptr
  %".731" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.48" = load ptr, ptr %".731", align 8
  %".732" = xor i1 %".724", -1
  br i1 %".732", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".734" = trunc i64 %"cursor.12" to i16
  %".735" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".734", ptr %".735", align 2
  br label %"return"
udp.copy_failed.endif:
  %".738" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".739" = load volatile i16, [40 x i8]* %".738", align 2
  %".740" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".741" = load volatile i16, [40 x i8]* %".740", align 2
  br label %"udp.header"
udp.copy_last_byte:
  %".761" = add i64 %"cursor.12", %".756"
  %".762" = sub i64 %".761", 1
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".763" = trunc i64 %".762" to i32
  %".764" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".763", i64* %"last_byte", i32 1)
  %".765" = icmp eq i64 %".764", 0
  %".766" = getelementptr i8, ptr %"ctx.12", i64 76
  %".767" = load i32, ptr %".766", align 4
  %".768" = zext i32 %".767" to i64
  %"data.50" = inttoptr i64 %".768" to ptr
  %".769" = getelementptr i8, ptr %"ctx.12", i64 80
  %".770" = load i32, ptr %".769", align 4
  %".771" = zext i32 %".770" to i64
  %"data_end.50" = inttoptr i64 %".771" to ptr
  %".772" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.50" = load ptr, ptr %".772", align 8
  %".773" = xor i1 %".765", -1
  br i1 %".773", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".775" = trunc i64 %"cursor.12" to i16
  %".776" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".775", ptr %".776", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".792" = trunc i64 %"cursor.13" to i32
  %".793" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".792", [40 x i8]* %"header_copy", i32 4)
  %".794" = icmp eq i64 %".793", 0
  %".795" = getelementptr i8, ptr %"ctx.13", i64 76
  %".796" = load i32, ptr %".795", align 4
  %".797" = zext i32 %".796" to i64
  %"data.52" = inttoptr i64 %".797" to ptr
  %".798" = getelementptr i8, ptr %"ctx.13", i64 80
  %".799" = load i32, ptr %".798", align 4
  %".800" = zext i32 %".799" to i64
  %"data_end.52" = inttoptr i64 %".800" to ptr
  %".801" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.52" = load ptr, ptr %".801", align 8
  %".802" = xor i1 %".794", -1
  br i1 %".802", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".804" = trunc i64 %"cursor.13" to i16
  %".805" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".804", ptr %".805", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".808" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".809" = load volatile i16, [40 x i8]* %".808", align 2
  %".810" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".811" = load volatile i16, [40 x i8]* %".810", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".831" = add i64 %"cursor.13", %".826"
  %".832" = sub i64 %".831", 1
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".833" = trunc i64 %".832" to i32
  %".834" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".833", i64* %"last_byte", i32 1)
  %".835" = icmp eq i64 %".834", 0
  %".836" = getelementptr i8, ptr %"ctx.14", i64 76
  %".837" = load i32, ptr %".836", align 4
  %".838" = zext i32 %".837" to i64
  %"data.54" = inttoptr i64 %".838" to ptr
  %".839" = getelementptr i8, ptr %"ctx.14", i64 80
  %".840" = load i32, ptr %".839", align 4
  %".841" = zext i32 %".840" to i64
  %"data_end.54" = inttoptr i64 %".841" to ptr
  %".842" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.54" = load ptr, ptr %".842", align 8
  %".843" = xor i1 %".835", -1
  br i1 %".843", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".845" = trunc i64 %"cursor.13" to i16
  %".846" = getelementptr i8, ptr %"keys.54", i64 2
  store i16 %".845", ptr %".846", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".864" = trunc i64 %"cursor.14" to i32
  %".865" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".864", [40 x i8]* %"header_copy", i32 4)
  %".866" = icmp eq i64 %".865", 0
  %".867" = getelementptr i8, ptr %"ctx.15", i64 76
  %".868" = load i32, ptr %".867", align 4
  %".869" = zext i32 %".868" to i64
  %"data.56" = inttoptr i64 %".869" to ptr
  %".870" = getelementptr i8, ptr %"ctx.15", i64 80
  %".871" = load i32, ptr %".870", align 4
  %".872" = zext i32 %".871" to i64
  %"data_end.56" = inttoptr i64 %".872" to ptr
  %".873" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.56" = load ptr, ptr %".873", align 8
  %".874" = xor i1 %".866", -1
  br i1 %".874", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".876" = trunc i64 %"cursor.14" to i16
  %".877" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".876", ptr %".877", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".880" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".881" = load volatile i8, [40 x i8]* %".880", align 1
  %".882" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".883" = load volatile i8, [40 x i8]* %".882", align 1
  %".884" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".885" = load volatile i16, [40 x i8]* %".884", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".896" = trunc i64 %"cursor.14" to i16
  %".897" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".896", ptr %".897", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".900" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".901" = zext i16 %".900" to i64
  %".902" = trunc i64 %".901" to i16
  %".903" = call i16 @"llvm.bswap.i16"(i16 %".902")
  %".904" = getelementptr i8, ptr %"keys.57", i64 10
  store i16 %".903", ptr %".904", align 2
  %".906" = zext i8 %"w1_1.1" to i64
  %".907" = and i64 %".906", 7
  switch i64 %".907", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".909" = trunc i64 %"cursor.14" to i16
  %".910" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".909", ptr %".910", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.42" = phi  i64 [%"cursor.14", %"gre_version_d0.to_gre"]
  %"data.58" = phi  ptr [%"data.57", %"gre_version_d0.to_gre"]
  %"data_end.58" = phi  ptr [%"data_end.57", %"gre_version_d0.to_gre"]
  %"keys.58" = phi  ptr [%"keys.57", %"gre_version_d0.to_gre"]
  %"hdr.23" = getelementptr i8, ptr %"data.58", i64 %"cursor.42"
  %".2041" = getelementptr i8, ptr %"hdr.23", i64 4
  %".2042" = icmp ugt ptr %".2041", %"data_end.58"
  br i1 %".2042", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".2044" = getelementptr i8, ptr %"hdr.23", i64 0
  %".2045" = load i8, ptr %".2044", align 1
  %".2046" = getelementptr i8, ptr %"hdr.23", i64 1
  %".2047" = load i8, ptr %".2046", align 1
  %".2048" = getelementptr i8, ptr %"hdr.23", i64 2
  %".2049" = load i16, ptr %".2048", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.6" = phi  i8 [%".2045", %"gre_d0.linear"], [%".2068", %"gre_d0.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".2047", %"gre_d0.linear"], [%".2070", %"gre_d0.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".2049", %"gre_d0.linear"], [%".2072", %"gre_d0.copy_failed.endif"]
  %"data.92" = phi  ptr [%"data.58", %"gre_d0.linear"], [%"data.91", %"gre_d0.copy_failed.endif"]
  %"data_end.92" = phi  ptr [%"data_end.58", %"gre_d0.linear"], [%"data_end.91", %"gre_d0.copy_failed.endif"]
  %"keys.92" = phi  ptr [%"keys.58", %"gre_d0.linear"], [%"keys.91", %"gre_d0.copy_failed.endif"]
  %".2074" = zext i8 %"w1_1.3" to i64
  %".2075" = and i64 %".2074", 7
  %".2076" = icmp ne i64 %".2075", 0
  %".2077" = zext i8 %"w0_1.6" to i64
  %".2078" = lshr i64 %".2077", 6
  %".2079" = and i64 %".2078", 1
  %".2080" = icmp ne i64 %".2079", 0
  %".2081" = or i1 %".2076", %".2080"
  br i1 %".2081", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.43" = phi  i64 [%"cursor.14", %"gre_version_d0.to_pptp"]
  %"data.59" = phi  ptr [%"data.57", %"gre_version_d0.to_pptp"]
  %"data_end.59" = phi  ptr [%"data_end.57", %"gre_version_d0.to_pptp"]
  %"keys.59" = phi  ptr [%"keys.57", %"gre_version_d0.to_pptp"]
  %"hdr.24" = getelementptr i8, ptr %"data.59", i64 %"cursor.43"
  %".2231" = getelementptr i8, ptr %"hdr.24", i64 4
  %".2232" = icmp ugt ptr %".2231", %"data_end.59"
  br i1 %".2232", label %"pptp_d0.copy", label %"pptp_d0.linear", !prof !0
pptp_d0.linear:
  %".2234" = getelementptr i8, ptr %"hdr.24", i64 0
  %".2235" = load i8, ptr %".2234", align 1
  %".2236" = getelementptr i8, ptr %"hdr.24", i64 1
  %".2237" = load i8, ptr %".2236", align 1
  %".2238" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2239" = load i16, ptr %".2238", align 2
  br label %"pptp_d0.header"
pptp_d0.header:
  %"w0_1.7" = phi  i8 [%".2235", %"pptp_d0.linear"], [%".2258", %"pptp_d0.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2237", %"pptp_d0.linear"], [%".2260", %"pptp_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2239", %"pptp_d0.linear"], [%".2262", %"pptp_d0.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.59", %"pptp_d0.linear"], [%"data.98", %"pptp_d0.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.59", %"pptp_d0.linear"], [%"data_end.98", %"pptp_d0.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.59", %"pptp_d0.linear"], [%"keys.98", %"pptp_d0.copy_failed.endif"]
  %".2264" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2265" = zext i16 %".2264" to i64
  %".2266" = icmp ne i64 %".2265", 34827
  %".2267" = zext i8 %"w0_1.7" to i64
  %".2268" = lshr i64 %".2267", 5
  %".2269" = and i64 %".2268", 1
  %".2270" = icmp eq i64 %".2269", 0
  %".2271" = or i1 %".2266", %".2270"
  br i1 %".2271", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".923" = trunc i64 %"cursor.15" to i32
  %".924" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".923", [40 x i8]* %"header_copy", i32 4)
  %".925" = icmp eq i64 %".924", 0
  %".926" = getelementptr i8, ptr %"ctx.16", i64 76
  %".927" = load i32, ptr %".926", align 4
  %".928" = zext i32 %".927" to i64
  %"data.60" = inttoptr i64 %".928" to ptr
  %".929" = getelementptr i8, ptr %"ctx.16", i64 80
  %".930" = load i32, ptr %".929", align 4
  %".931" = zext i32 %".930" to i64
  %"data_end.60" = inttoptr i64 %".931" to ptr
  %".932" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.60" = load ptr, ptr %".932", align 8
  %".933" = xor i1 %".925", -1
  br i1 %".933", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".935" = trunc i64 %"cursor.15" to i16
  %".936" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".935", ptr %".936", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".939" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".940" = load volatile i16, [40 x i8]* %".939", align 2
  %".941" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".942" = load volatile i16, [40 x i8]* %".941", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".969" = trunc i64 %"cursor.16" to i32
  %".970" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".969", [40 x i8]* %"header_copy", i32 4)
  %".971" = icmp eq i64 %".970", 0
  %".972" = getelementptr i8, ptr %"ctx.17", i64 76
  %".973" = load i32, ptr %".972", align 4
  %".974" = zext i32 %".973" to i64
  %"data.62" = inttoptr i64 %".974" to ptr
  %".975" = getelementptr i8, ptr %"ctx.17", i64 80
  %".976" = load i32, ptr %".975", align 4
  %".977" = zext i32 %".976" to i64
  %"data_end.62" = inttoptr i64 %".977" to ptr
  %".978" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.62" = load ptr, ptr %".978", align 8
  %".979" = xor i1 %".971", -1
  br i1 %".979", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".981" = trunc i64 %"cursor.16" to i16
  %".982" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".981", ptr %".982", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".985" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".986" = load volatile i16, [40 x i8]* %".985", align 2
  %".987" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".988" = load volatile i16, [40 x i8]* %".987", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1013" = trunc i64 %"cursor.17" to i32
  %".1014" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1013", [40 x i8]* %"header_copy", i32 4)
  %".1015" = icmp eq i64 %".1014", 0
  %".1016" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1017" = load i32, ptr %".1016", align 4
  %".1018" = zext i32 %".1017" to i64
  %"data.64" = inttoptr i64 %".1018" to ptr
  %".1019" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1020" = load i32, ptr %".1019", align 4
  %".1021" = zext i32 %".1020" to i64
  %"data_end.64" = inttoptr i64 %".1021" to ptr
  %".1022" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.64" = load ptr, ptr %".1022", align 8
  %".1023" = xor i1 %".1015", -1
  br i1 %".1023", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1025" = trunc i64 %"cursor.17" to i16
  %".1026" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1025", ptr %".1026", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1029" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1030" = load volatile i32, [40 x i8]* %".1029", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1057" = trunc i64 %"cursor.18" to i32
  %".1058" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1057", [40 x i8]* %"header_copy", i32 8)
  %".1059" = icmp eq i64 %".1058", 0
  %".1060" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1061" = load i32, ptr %".1060", align 4
  %".1062" = zext i32 %".1061" to i64
  %"data.66" = inttoptr i64 %".1062" to ptr
  %".1063" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1064" = load i32, ptr %".1063", align 4
  %".1065" = zext i32 %".1064" to i64
  %"data_end.66" = inttoptr i64 %".1065" to ptr
  %".1066" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.66" = load ptr, ptr %".1066", align 8
  %".1067" = xor i1 %".1059", -1
  br i1 %".1067", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1069" = trunc i64 %"cursor.18" to i16
  %".1070" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1069", ptr %".1070", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1073" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1074" = load volatile i32, [40 x i8]* %".1073", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1099" = trunc i64 %"cursor.19" to i32
  %".1100" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1099", [40 x i8]* %"header_copy", i32 4)
  %".1101" = icmp eq i64 %".1100", 0
  %".1102" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1103" = load i32, ptr %".1102", align 4
  %".1104" = zext i32 %".1103" to i64
  %"data.68" = inttoptr i64 %".1104" to ptr
  %".1105" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1106" = load i32, ptr %".1105", align 4
  %".1107" = zext i32 %".1106" to i64
  %"data_end.68" = inttoptr i64 %".1107" to ptr
  %".1108" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.68" = load ptr, ptr %".1108", align 8
  %".1109" = xor i1 %".1101", -1
  br i1 %".1109", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1111" = trunc i64 %"cursor.19" to i16
  %".1112" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".1111", ptr %".1112", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1135" = trunc i64 %"cursor.21" to i32
  %".1136" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1135", [40 x i8]* %"header_copy", i32 20)
  %".1137" = icmp eq i64 %".1136", 0
  %".1138" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1139" = load i32, ptr %".1138", align 4
  %".1140" = zext i32 %".1139" to i64
  %"data.70" = inttoptr i64 %".1140" to ptr
  %".1141" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1142" = load i32, ptr %".1141", align 4
  %".1143" = zext i32 %".1142" to i64
  %"data_end.70" = inttoptr i64 %".1143" to ptr
  %".1144" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.70" = load ptr, ptr %".1144", align 8
  %".1145" = xor i1 %".1137", -1
  br i1 %".1145", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1147" = trunc i64 %"cursor.21" to i16
  %".1148" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1147", ptr %".1148", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1151" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1152" = load volatile i8, [40 x i8]* %".1151", align 1
  %".1153" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1154" = load volatile i16, [40 x i8]* %".1153", align 2
  %".1155" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1156" = load volatile i8, [40 x i8]* %".1155", align 1
  %".1157" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1158" = load volatile i32, [40 x i8]* %".1157", align 4
  %".1159" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1160" = load volatile i32, [40 x i8]* %".1159", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1167" = trunc i64 %"cursor.21" to i16
  %".1168" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1167", ptr %".1168", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1171" = trunc i64 2048 to i16
  %".1172" = getelementptr i8, ptr %"keys.71", i64 4
  store i16 %".1171", ptr %".1172", align 2
  %".1174" = trunc i64 2048 to i16
  %".1175" = call i16 @"llvm.bswap.i16"(i16 %".1174")
  %".1176" = getelementptr i8, ptr %"keys.71", i64 10
  store i16 %".1175", ptr %".1176", align 2
  %".1178" = getelementptr i8, ptr %"keys.71", i64 16
  store i32 %"w12_4.1", ptr %".1178", align 4
  %".1180" = getelementptr i8, ptr %"keys.71", i64 20
  store i32 %"w16_4.1", ptr %".1180", align 4
  %".1182" = zext i8 %"w9_1.1" to i64
  %".1183" = trunc i64 %".1182" to i8
  %".1184" = getelementptr i8, ptr %"keys.71", i64 9
  store i8 %".1183", ptr %".1184", align 1
  %".1186" = add i64 %"cursor.21", 20
  %".1187" = zext i8 %"w0_1.3" to i64
  %".1188" = and i64 %".1187", 15
  %".1189" = mul i64 %".1188", 4
  %".1190" = sub i64 %".1189", 20
  %".1191" = add i64 %".1190", 20
  %".1192" = add i64 %"cursor.21", %".1191"
  %".1193" = getelementptr i8, ptr %"data.71", i64 %"cursor.21"
  %".1194" = getelementptr i8, ptr %".1193", i64 %".1191"
  %".1195" = icmp ugt ptr %".1194", %"data_end.71"
  br i1 %".1195", label %"ipv4_d1.copy_last_byte", label %"ipv4_d1.variable_part", !prof !0
ipv4_d1.variable_part:
  %"data.73" = phi  ptr [%"data.71", %"ipv4_d1.require.endif"], [%"data.72", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.71", %"ipv4_d1.require.endif"], [%"data_end.72", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.71", %"ipv4_d1.require.endif"], [%"keys.72", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"end.3" = add i64 %"cursor.21", %".1191"
  %".1216" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1217" = zext i16 %".1216" to i64
  %".1218" = and i64 %".1217", 16383
  %".1219" = icmp ne i64 %".1218", 0
  %".1220" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1221" = zext i16 %".1220" to i64
  %".1222" = and i64 %".1221", 8191
  %".1223" = icmp eq i64 %".1222", 0
  br i1 %".1219", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.copy_last_byte:
  %".1197" = add i64 %"cursor.21", %".1191"
  %".1198" = sub i64 %".1197", 1
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1199" = trunc i64 %".1198" to i32
  %".1200" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1199", i64* %"last_byte", i32 1)
  %".1201" = icmp eq i64 %".1200", 0
  %".1202" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1203" = load i32, ptr %".1202", align 4
  %".1204" = zext i32 %".1203" to i64
  %"data.72" = inttoptr i64 %".1204" to ptr
  %".1205" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1206" = load i32, ptr %".1205", align 4
  %".1207" = zext i32 %".1206" to i64
  %"data_end.72" = inttoptr i64 %".1207" to ptr
  %".1208" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.72" = load ptr, ptr %".1208", align 8
  %".1209" = xor i1 %".1201", -1
  br i1 %".1209", label %"ipv4_d1.copy_last_byte_failed", label %"ipv4_d1.copy_last_byte_failed.endif"
ipv4_d1.copy_last_byte_failed:
  %".1211" = trunc i64 %".1192" to i16
  %".1212" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1211", ptr %".1212", align 2
  br label %"return"
ipv4_d1.copy_last_byte_failed.endif:
  br label %"ipv4_d1.variable_part"
ipv4_d1.fragment:
  %".1225" = getelementptr i8, ptr %"keys.73", i64 6
  store i8 1, ptr %".1225", align 1
  br i1 %".1223", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1245" = zext i8 %"w9_1.1" to i64
  switch i64 %".1245", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]
ipv4_d1.first_fragment:
  %".1228" = getelementptr i8, ptr %"keys.73", i64 7
  store i8 1, ptr %".1228", align 1
  %".1230" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.6" = load volatile i32, ptr %".1230", align 4
  %".1231" = and i32 %"flags.6", 1
  %".1232" = icmp ne i32 %".1231", 0
  %".1233" = xor i1 %".1232", -1
  br i1 %".1233", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1240" = trunc i64 %"end.3" to i16
  %".1241" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1240", ptr %".1241", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1235" = trunc i64 %"end.3" to i16
  %".1236" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1235", ptr %".1236", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1247" = trunc i64 %"end.3" to i16
  %".1248" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1247", ptr %".1248", align 2
  br label %"return"
ipv4_d1.to_tcp:
  %".1251" = getelementptr i8, ptr %"keys.73", i64 2
  %".1252" = trunc i64 %"end.3" to i16
  store volatile i16 %".1252", ptr %".1251", align 2
  %".1254" = load volatile i16, ptr %".1251", align 2
  %".1255" = zext i16 %".1254" to i64
  %"cursor.44" = and i64 %".1255", 16383
  br label %"tcp"
ipv4_d1.to_udp:
  %".1257" = getelementptr i8, ptr %"keys.73", i64 2
  %".1258" = trunc i64 %"end.3" to i16
  store volatile i16 %".1258", ptr %".1257", align 2
  %".1260" = load volatile i16, ptr %".1257", align 2
  %".1261" = zext i16 %".1260" to i64
  %"cursor.45" = and i64 %".1261", 16383
  br label %"udp"
ipv4_d1.to_udplite:
  %".1263" = getelementptr i8, ptr %"keys.73", i64 2
  %".1264" = trunc i64 %"end.3" to i16
  store volatile i16 %".1264", ptr %".1263", align 2
  %".1266" = load volatile i16, ptr %".1263", align 2
  %".1267" = zext i16 %".1266" to i64
  %"cursor.46" = and i64 %".1267", 16383
  br label %"udplite"
ipv4_d1.to_gre_version:
  %".1269" = getelementptr i8, ptr %"keys.73", i64 2
  %".1270" = trunc i64 %"end.3" to i16
  store volatile i16 %".1270", ptr %".1269", align 2
  %".1272" = load volatile i16, ptr %".1269", align 2
  %".1273" = zext i16 %".1272" to i64
  %"cursor.48" = and i64 %".1273", 16383
  br label %"gre_version_d1"
ipv4_d1.to_sctp:
  %".1275" = getelementptr i8, ptr %"keys.73", i64 2
  %".1276" = trunc i64 %"end.3" to i16
  store volatile i16 %".1276", ptr %".1275", align 2
  %".1278" = load volatile i16, ptr %".1275", align 2
  %".1279" = zext i16 %".1278" to i64
  %"cursor.49" = and i64 %".1279", 16383
  br label %"sctp"
ipv4_d1.to_dccp:
  %".1281" = getelementptr i8, ptr %"keys.73", i64 2
  %".1282" = trunc i64 %"end.3" to i16
  store volatile i16 %".1282", ptr %".1281", align 2
  %".1284" = load volatile i16, ptr %".1281", align 2
  %".1285" = zext i16 %".1284" to i64
  %"cursor.50" = and i64 %".1285", 16383
  br label %"dccp"
ipv4_d1.to_esp:
  %".1287" = getelementptr i8, ptr %"keys.73", i64 2
  %".1288" = trunc i64 %"end.3" to i16
  store volatile i16 %".1288", ptr %".1287", align 2
  %".1290" = load volatile i16, ptr %".1287", align 2
  %".1291" = zext i16 %".1290" to i64
  %"cursor.51" = and i64 %".1291", 16383
  br label %"esp"
ipv4_d1.to_ah:
  %".1293" = getelementptr i8, ptr %"keys.73", i64 2
  %".1294" = trunc i64 %"end.3" to i16
  store volatile i16 %".1294", ptr %".1293", align 2
  %".1296" = load volatile i16, ptr %".1293", align 2
  %".1297" = zext i16 %".1296" to i64
  %"cursor.52" = and i64 %".1297", 16383
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1300" = trunc i64 34887 to i16
  %".1301" = call i16 @"llvm.bswap.i16"(i16 %".1300")
  %".1302" = getelementptr i8, ptr %"keys.73", i64 10
  store i16 %".1301", ptr %".1302", align 2
  %".1304" = getelementptr i8, ptr %"keys.73", i64 2
  %".1305" = trunc i64 %"end.3" to i16
  store volatile i16 %".1305", ptr %".1304", align 2
  %".1307" = load volatile i16, ptr %".1304", align 2
  %".1308" = zext i16 %".1307" to i64
  %"cursor.53" = and i64 %".1308", 16383
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1310" = getelementptr i8, ptr %"keys.73", i64 8
  store i8 1, ptr %".1310", align 1
  %".1312" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.7" = load volatile i32, ptr %".1312", align 4
  %".1313" = and i32 %"flags.7", 4
  %".1314" = icmp ne i32 %".1313", 0
  br i1 %".1314", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1324" = getelementptr i8, ptr %"keys.73", i64 8
  store i8 1, ptr %".1324", align 1
  %".1326" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.8" = load volatile i32, ptr %".1326", align 4
  %".1327" = and i32 %"flags.8", 4
  %".1328" = icmp ne i32 %".1327", 0
  br i1 %".1328", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.47" = phi  i64 [%"cursor.48", %"ipv4_d1.to_gre_version"], [%"cursor.63", %"ipv6_d1.to_gre_version"], [%"cursor.141", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"cursor.155", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"cursor.237", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"cursor.251", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"cursor.296", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"cursor.306", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data.74" = phi  ptr [%"data.73", %"ipv4_d1.to_gre_version"], [%"data.76", %"ipv6_d1.to_gre_version"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.163", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.165", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data_end.74" = phi  ptr [%"data_end.73", %"ipv4_d1.to_gre_version"], [%"data_end.76", %"ipv6_d1.to_gre_version"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.165", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"keys.74" = phi  ptr [%"keys.73", %"ipv4_d1.to_gre_version"], [%"keys.76", %"ipv6_d1.to_gre_version"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.165", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"hdr.25" = getelementptr i8, ptr %"data.74", i64 %"cursor.47"
  %".2324" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2325" = icmp ugt ptr %".2324", %"data_end.74"
  br i1 %".2325", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2327" = getelementptr i8, ptr %"hdr.25", i64 0
  %".2328" = load i8, ptr %".2327", align 1
  %".2329" = getelementptr i8, ptr %"hdr.25", i64 1
  %".2330" = load i8, ptr %".2329", align 1
  %".2331" = getelementptr i8, ptr %"hdr.25", i64 2
  %".2332" = load i16, ptr %".2331", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.8" = phi  i8 [%".2328", %"gre_version_d1.linear"], [%".2351", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2330", %"gre_version_d1.linear"], [%".2353", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2332", %"gre_version_d1.linear"], [%".2355", %"gre_version_d1.copy_failed.endif"]
  %"data.104" = phi  ptr [%"data.74", %"gre_version_d1.linear"], [%"data.103", %"gre_version_d1.copy_failed.endif"]
  %"data_end.104" = phi  ptr [%"data_end.74", %"gre_version_d1.linear"], [%"data_end.103", %"gre_version_d1.copy_failed.endif"]
  %"keys.104" = phi  ptr [%"keys.74", %"gre_version_d1.linear"], [%"keys.103", %"gre_version_d1.copy_failed.endif"]
  %".2357" = zext i8 %"w0_1.8" to i64
  %".2358" = lshr i64 %".2357", 6
  %".2359" = and i64 %".2358", 1
  %".2360" = icmp ne i64 %".2359", 0
  %".2361" = zext i8 %"w1_1.5" to i64
  %".2362" = and i64 %".2361", 7
  %".2363" = icmp ugt i64 %".2362", 1
  %".2364" = or i1 %".2360", %".2363"
  br i1 %".2364", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1316" = trunc i64 %"end.3" to i16
  %".1317" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1316", ptr %".1317", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1320" = trunc i64 %"end.3" to i16
  %".1321" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1320", ptr %".1321", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1330" = trunc i64 %"end.3" to i16
  %".1331" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1330", ptr %".1331", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1334" = trunc i64 %"end.3" to i16
  %".1335" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1334", ptr %".1335", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1354" = trunc i64 %"cursor.23" to i32
  %".1355" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1354", [40 x i8]* %"header_copy", i32 40)
  %".1356" = icmp eq i64 %".1355", 0
  %".1357" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1358" = load i32, ptr %".1357", align 4
  %".1359" = zext i32 %".1358" to i64
  %"data.75" = inttoptr i64 %".1359" to ptr
  %".1360" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1361" = load i32, ptr %".1360", align 4
  %".1362" = zext i32 %".1361" to i64
  %"data_end.75" = inttoptr i64 %".1362" to ptr
  %".1363" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.75" = load ptr, ptr %".1363", align 8
  %".1364" = xor i1 %".1356", -1
  br i1 %".1364", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1366" = trunc i64 %"cursor.23" to i16
  %".1367" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1366", ptr %".1367", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1370" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1371" = load volatile i32, [40 x i8]* %".1370", align 4
  %".1372" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1373" = load volatile i8, [40 x i8]* %".1372", align 1
  %".1374" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1375" = load volatile i64, [40 x i8]* %".1374", align 8
  %".1376" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1377" = load volatile i64, [40 x i8]* %".1376", align 8
  %".1378" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1379" = load volatile i64, [40 x i8]* %".1378", align 8
  %".1380" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1381" = load volatile i64, [40 x i8]* %".1380", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1419" = trunc i64 %".1409" to i16
  %".1420" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1419", ptr %".1420", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1423" = zext i8 %"w6_1.1" to i64
  switch i64 %".1423", label %"ipv6_d1.unknown" [i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]
ipv6_d1.unknown:
  %".1425" = trunc i64 %".1409" to i16
  %".1426" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1425", ptr %".1426", align 2
  br label %"return"
ipv6_d1.to_ipv6_opts:
  %".1429" = getelementptr i8, ptr %"keys.76", i64 2
  %".1430" = trunc i64 %".1409" to i16
  store volatile i16 %".1430", ptr %".1429", align 2
  %".1432" = load volatile i16, ptr %".1429", align 2
  %".1433" = zext i16 %".1432" to i64
  %"cursor.55" = and i64 %".1433", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  %".1435" = getelementptr i8, ptr %"keys.76", i64 2
  %".1436" = trunc i64 %".1409" to i16
  store volatile i16 %".1436", ptr %".1435", align 2
  %".1438" = load volatile i16, ptr %".1435", align 2
  %".1439" = zext i16 %".1438" to i64
  %"cursor.56" = and i64 %".1439", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  %".1441" = getelementptr i8, ptr %"keys.76", i64 2
  %".1442" = trunc i64 %".1409" to i16
  store volatile i16 %".1442", ptr %".1441", align 2
  %".1444" = load volatile i16, ptr %".1441", align 2
  %".1445" = zext i16 %".1444" to i64
  %"cursor.57" = and i64 %".1445", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  %".1447" = getelementptr i8, ptr %"keys.76", i64 2
  %".1448" = trunc i64 %".1409" to i16
  store volatile i16 %".1448", ptr %".1447", align 2
  %".1450" = load volatile i16, ptr %".1447", align 2
  %".1451" = zext i16 %".1450" to i64
  %"cursor.59" = and i64 %".1451", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_tcp:
  %".1453" = getelementptr i8, ptr %"keys.76", i64 2
  %".1454" = trunc i64 %".1409" to i16
  store volatile i16 %".1454", ptr %".1453", align 2
  %".1456" = load volatile i16, ptr %".1453", align 2
  %".1457" = zext i16 %".1456" to i64
  %"cursor.60" = and i64 %".1457", 16383
  br label %"tcp"
ipv6_d1.to_udp:
  %".1459" = getelementptr i8, ptr %"keys.76", i64 2
  %".1460" = trunc i64 %".1409" to i16
  store volatile i16 %".1460", ptr %".1459", align 2
  %".1462" = load volatile i16, ptr %".1459", align 2
  %".1463" = zext i16 %".1462" to i64
  %"cursor.61" = and i64 %".1463", 16383
  br label %"udp"
ipv6_d1.to_udplite:
  %".1465" = getelementptr i8, ptr %"keys.76", i64 2
  %".1466" = trunc i64 %".1409" to i16
  store volatile i16 %".1466", ptr %".1465", align 2
  %".1468" = load volatile i16, ptr %".1465", align 2
  %".1469" = zext i16 %".1468" to i64
  %"cursor.62" = and i64 %".1469", 16383
  br label %"udplite"
ipv6_d1.to_gre_version:
  %".1471" = getelementptr i8, ptr %"keys.76", i64 2
  %".1472" = trunc i64 %".1409" to i16
  store volatile i16 %".1472", ptr %".1471", align 2
  %".1474" = load volatile i16, ptr %".1471", align 2
  %".1475" = zext i16 %".1474" to i64
  %"cursor.63" = and i64 %".1475", 16383
  br label %"gre_version_d1"
ipv6_d1.to_sctp:
  %".1477" = getelementptr i8, ptr %"keys.76", i64 2
  %".1478" = trunc i64 %".1409" to i16
  store volatile i16 %".1478", ptr %".1477", align 2
  %".1480" = load volatile i16, ptr %".1477", align 2
  %".1481" = zext i16 %".1480" to i64
  %"cursor.64" = and i64 %".1481", 16383
  br label %"sctp"
ipv6_d1.to_dccp:
  %".1483" = getelementptr i8, ptr %"keys.76", i64 2
  %".1484" = trunc i64 %".1409" to i16
  store volatile i16 %".1484", ptr %".1483", align 2
  %".1486" = load volatile i16, ptr %".1483", align 2
  %".1487" = zext i16 %".1486" to i64
  %"cursor.65" = and i64 %".1487", 16383
  br label %"dccp"
ipv6_d1.to_esp:
  %".1489" = getelementptr i8, ptr %"keys.76", i64 2
  %".1490" = trunc i64 %".1409" to i16
  store volatile i16 %".1490", ptr %".1489", align 2
  %".1492" = load volatile i16, ptr %".1489", align 2
  %".1493" = zext i16 %".1492" to i64
  %"cursor.66" = and i64 %".1493", 16383
  br label %"esp"
ipv6_d1.to_ah:
  %".1495" = getelementptr i8, ptr %"keys.76", i64 2
  %".1496" = trunc i64 %".1409" to i16
  store volatile i16 %".1496", ptr %".1495", align 2
  %".1498" = load volatile i16, ptr %".1495", align 2
  %".1499" = zext i16 %".1498" to i64
  %"cursor.67" = and i64 %".1499", 16383
  br label %"ah"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".1502" = trunc i64 34887 to i16
  %".1503" = call i16 @"llvm.bswap.i16"(i16 %".1502")
  %".1504" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1503", ptr %".1504", align 2
  %".1506" = getelementptr i8, ptr %"keys.76", i64 2
  %".1507" = trunc i64 %".1409" to i16
  store volatile i16 %".1507", ptr %".1506", align 2
  %".1509" = load volatile i16, ptr %".1506", align 2
  %".1510" = zext i16 %".1509" to i64
  %"cursor.68" = and i64 %".1510", 16383
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1512" = getelementptr i8, ptr %"keys.76", i64 8
  store i8 1, ptr %".1512", align 1
  %".1514" = getelementptr i8, ptr %"keys.76", i64 48
  %"flags.10" = load volatile i32, ptr %".1514", align 4
  %".1515" = and i32 %"flags.10", 4
  %".1516" = icmp ne i32 %".1515", 0
  br i1 %".1516", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1526" = getelementptr i8, ptr %"keys.76", i64 8
  store i8 1, ptr %".1526", align 1
  %".1528" = getelementptr i8, ptr %"keys.76", i64 48
  %"flags.11" = load volatile i32, ptr %".1528", align 4
  %".1529" = and i32 %"flags.11", 4
  %".1530" = icmp ne i32 %".1529", 0
  br i1 %".1530", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.54" = phi  i64 [%"cursor.55", %"ipv6_d1.to_ipv6_opts"], [%"cursor.56", %"ipv6_d1.to_ipv6_opts.1"], [%"cursor.57", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.77" = phi  ptr [%"data.76", %"ipv6_d1.to_ipv6_opts"], [%"data.76", %"ipv6_d1.to_ipv6_opts.1"], [%"data.76", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.77" = phi  ptr [%"data_end.76", %"ipv6_d1.to_ipv6_opts"], [%"data_end.76", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.76", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.77" = phi  ptr [%"keys.76", %"ipv6_d1.to_ipv6_opts"], [%"keys.76", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.76", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.26" = getelementptr i8, ptr %"data.77", i64 %"cursor.54"
  %".2395" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2396" = icmp ugt ptr %".2395", %"data_end.77"
  br i1 %".2396", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2398" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2399" = load i8, ptr %".2398", align 1
  %".2400" = getelementptr i8, ptr %"hdr.26", i64 1
  %".2401" = load i8, ptr %".2400", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.9" = phi  i8 [%".2399", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2420", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2401", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2422", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.108" = phi  ptr [%"data.77", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.107", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.108" = phi  ptr [%"data_end.77", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.107", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.108" = phi  ptr [%"keys.77", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.107", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2424" = zext i8 %"w0_1.9" to i64
  %".2425" = trunc i64 %".2424" to i8
  %".2426" = getelementptr i8, ptr %"keys.108", i64 9
  store i8 %".2425", ptr %".2426", align 1
  %".2428" = add i64 %"cursor.54", 2
  %".2429" = zext i8 %"w1_1.6" to i64
  %".2430" = mul i64 %".2429", 8
  %".2431" = add i64 %".2430", 6
  %".2432" = add i64 %".2431", 2
  %".2433" = add i64 %"cursor.54", %".2432"
  %".2434" = getelementptr i8, ptr %"data.108", i64 %"cursor.54"
  %".2435" = getelementptr i8, ptr %".2434", i64 %".2432"
  %".2436" = icmp ugt ptr %".2435", %"data_end.108"
  br i1 %".2436", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext1.variable_part:
  %"data.110" = phi  ptr [%"data.108", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data.109", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.110" = phi  ptr [%"data_end.108", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data_end.109", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.110" = phi  ptr [%"keys.108", %"ipv6_opts_d1_ipv6_ext1.header"], [%"keys.109", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.7" = add i64 %"cursor.54", %".2432"
  %".2457" = zext i8 %"w0_1.9" to i64
  switch i64 %".2457", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.58" = phi  i64 [%"cursor.59", %"ipv6_d1.to_ipv6_frag"]
  %"data.78" = phi  ptr [%"data.76", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.78" = phi  ptr [%"data_end.76", %"ipv6_d1.to_ipv6_frag"]
  %"keys.78" = phi  ptr [%"keys.76", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.27" = getelementptr i8, ptr %"data.78", i64 %"cursor.58"
  %".2579" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2580" = icmp ugt ptr %".2579", %"data_end.78"
  br i1 %".2580", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2582" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2583" = load i8, ptr %".2582", align 1
  %".2584" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2585" = load i16, ptr %".2584", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2583", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2604", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".2585", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2606", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.78", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.113", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.78", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.113", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.78", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.113", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2608" = zext i8 %"w0_1.10" to i64
  %".2609" = trunc i64 %".2608" to i8
  %".2610" = getelementptr i8, ptr %"keys.114", i64 9
  store i8 %".2609", ptr %".2610", align 1
  %".2612" = add i64 %"cursor.58", 8
  %".2613" = icmp ne i64 1, 0
  %".2614" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".2615" = zext i16 %".2614" to i64
  %".2616" = and i64 %".2615", 65528
  %".2617" = icmp eq i64 %".2616", 0
  br i1 %".2613", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1518" = trunc i64 %".1409" to i16
  %".1519" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1518", ptr %".1519", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1522" = trunc i64 %".1409" to i16
  %".1523" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1522", ptr %".1523", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1532" = trunc i64 %".1409" to i16
  %".1533" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1532", ptr %".1533", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1536" = trunc i64 %".1409" to i16
  %".1537" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1536", ptr %".1537", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1548" = trunc i64 %"cursor.25" to i32
  %".1549" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1548", [40 x i8]* %"header_copy", i32 2)
  %".1550" = icmp eq i64 %".1549", 0
  %".1551" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1552" = load i32, ptr %".1551", align 4
  %".1553" = zext i32 %".1552" to i64
  %"data.79" = inttoptr i64 %".1553" to ptr
  %".1554" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1555" = load i32, ptr %".1554", align 4
  %".1556" = zext i32 %".1555" to i64
  %"data_end.79" = inttoptr i64 %".1556" to ptr
  %".1557" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.79" = load ptr, ptr %".1557", align 8
  %".1558" = xor i1 %".1550", -1
  br i1 %".1558", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1560" = trunc i64 %"cursor.25" to i16
  %".1561" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1560", ptr %".1561", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1564" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1565" = load volatile i8, [40 x i8]* %".1564", align 1
  %".1566" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1567" = load volatile i8, [40 x i8]* %".1566", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.copy_last_byte:
  %".1583" = add i64 %"cursor.25", %".1577"
  %".1584" = sub i64 %".1583", 1
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1585" = trunc i64 %".1584" to i32
  %".1586" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1585", i64* %"last_byte", i32 1)
  %".1587" = icmp eq i64 %".1586", 0
  %".1588" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1589" = load i32, ptr %".1588", align 4
  %".1590" = zext i32 %".1589" to i64
  %"data.81" = inttoptr i64 %".1590" to ptr
  %".1591" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1592" = load i32, ptr %".1591", align 4
  %".1593" = zext i32 %".1592" to i64
  %"data_end.81" = inttoptr i64 %".1593" to ptr
  %".1594" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.81" = load ptr, ptr %".1594", align 8
  %".1595" = xor i1 %".1587", -1
  br i1 %".1595", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed:
  %".1597" = trunc i64 %".1578" to i16
  %".1598" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1597", ptr %".1598", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext1.variable_part"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1604" = trunc i64 %"end.4" to i16
  %".1605" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1604", ptr %".1605", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  %".1610" = getelementptr i8, ptr %"keys.82", i64 2
  %".1611" = trunc i64 %"end.4" to i16
  store volatile i16 %".1611", ptr %".1610", align 2
  %".1613" = load volatile i16, ptr %".1610", align 2
  %".1614" = zext i16 %".1613" to i64
  %"cursor.70" = and i64 %".1614", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  %".1617" = getelementptr i8, ptr %"keys.82", i64 2
  %".1618" = trunc i64 %"end.4" to i16
  store volatile i16 %".1618", ptr %".1617", align 2
  %".1620" = load volatile i16, ptr %".1617", align 2
  %".1621" = zext i16 %".1620" to i64
  %"cursor.72" = and i64 %".1621", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  %".1623" = getelementptr i8, ptr %"keys.82", i64 2
  %".1624" = trunc i64 %"end.4" to i16
  store volatile i16 %".1624", ptr %".1623", align 2
  %".1626" = load volatile i16, ptr %".1623", align 2
  %".1627" = zext i16 %".1626" to i64
  %"cursor.73" = and i64 %".1627", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  %".1629" = getelementptr i8, ptr %"keys.82", i64 2
  %".1630" = trunc i64 %"end.4" to i16
  store volatile i16 %".1630", ptr %".1629", align 2
  %".1632" = load volatile i16, ptr %".1629", align 2
  %".1633" = zext i16 %".1632" to i64
  %"cursor.74" = and i64 %".1633", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre_version:
  %".1635" = getelementptr i8, ptr %"keys.82", i64 2
  %".1636" = trunc i64 %"end.4" to i16
  store volatile i16 %".1636", ptr %".1635", align 2
  %".1638" = load volatile i16, ptr %".1635", align 2
  %".1639" = zext i16 %".1638" to i64
  %"cursor.75" = and i64 %".1639", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  %".1641" = getelementptr i8, ptr %"keys.82", i64 2
  %".1642" = trunc i64 %"end.4" to i16
  store volatile i16 %".1642", ptr %".1641", align 2
  %".1644" = load volatile i16, ptr %".1641", align 2
  %".1645" = zext i16 %".1644" to i64
  %"cursor.76" = and i64 %".1645", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  %".1647" = getelementptr i8, ptr %"keys.82", i64 2
  %".1648" = trunc i64 %"end.4" to i16
  store volatile i16 %".1648", ptr %".1647", align 2
  %".1650" = load volatile i16, ptr %".1647", align 2
  %".1651" = zext i16 %".1650" to i64
  %"cursor.77" = and i64 %".1651", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  %".1653" = getelementptr i8, ptr %"keys.82", i64 2
  %".1654" = trunc i64 %"end.4" to i16
  store volatile i16 %".1654", ptr %".1653", align 2
  %".1656" = load volatile i16, ptr %".1653", align 2
  %".1657" = zext i16 %".1656" to i64
  %"cursor.78" = and i64 %".1657", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  %".1659" = getelementptr i8, ptr %"keys.82", i64 2
  %".1660" = trunc i64 %"end.4" to i16
  store volatile i16 %".1660", ptr %".1659", align 2
  %".1662" = load volatile i16, ptr %".1659", align 2
  %".1663" = zext i16 %".1662" to i64
  %"cursor.79" = and i64 %".1663", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  %".1665" = getelementptr i8, ptr %"keys.82", i64 2
  %".1666" = trunc i64 %"end.4" to i16
  store volatile i16 %".1666", ptr %".1665", align 2
  %".1668" = load volatile i16, ptr %".1665", align 2
  %".1669" = zext i16 %".1668" to i64
  %"cursor.80" = and i64 %".1669", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".1671" = trunc i64 34887 to i16
  %".1672" = call i16 @"llvm.bswap.i16"(i16 %".1671")
  %".1673" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1672", ptr %".1673", align 2
  %".1675" = getelementptr i8, ptr %"keys.82", i64 2
  %".1676" = trunc i64 %"end.4" to i16
  store volatile i16 %".1676", ptr %".1675", align 2
  %".1678" = load volatile i16, ptr %".1675", align 2
  %".1679" = zext i16 %".1678" to i64
  %"cursor.81" = and i64 %".1679", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1681" = getelementptr i8, ptr %"keys.82", i64 8
  store i8 1, ptr %".1681", align 1
  %".1683" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.12" = load volatile i32, ptr %".1683", align 4
  %".1684" = and i32 %"flags.12", 4
  %".1685" = icmp ne i32 %".1684", 0
  br i1 %".1685", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1697" = getelementptr i8, ptr %"keys.82", i64 8
  store i8 1, ptr %".1697", align 1
  %".1699" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.13" = load volatile i32, ptr %".1699", align 4
  %".1700" = and i32 %"flags.13", 4
  %".1701" = icmp ne i32 %".1700", 0
  br i1 %".1701", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.69" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.70", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.84", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"cursor.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data.83" = phi  ptr [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.83" = phi  ptr [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.83" = phi  ptr [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.28" = getelementptr i8, ptr %"data.83", i64 %"cursor.69"
  %".2761" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2762" = icmp ugt ptr %".2761", %"data_end.83"
  br i1 %".2762", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".2764" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2765" = load i8, ptr %".2764", align 1
  %".2766" = getelementptr i8, ptr %"hdr.28", i64 1
  %".2767" = load i8, ptr %".2766", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.11" = phi  i8 [%".2765", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2786", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2767", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2788", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.116" = phi  ptr [%"data.83", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.115", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.83", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.115", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.83", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.115", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".2790" = zext i8 %"w0_1.11" to i64
  %".2791" = trunc i64 %".2790" to i8
  %".2792" = getelementptr i8, ptr %"keys.116", i64 9
  store i8 %".2791", ptr %".2792", align 1
  %".2794" = add i64 %"cursor.69", 2
  %".2795" = zext i8 %"w1_1.7" to i64
  %".2796" = mul i64 %".2795", 8
  %".2797" = add i64 %".2796", 6
  %".2798" = add i64 %".2797", 2
  %".2799" = add i64 %"cursor.69", %".2798"
  %".2800" = getelementptr i8, ptr %"data.116", i64 %"cursor.69"
  %".2801" = getelementptr i8, ptr %".2800", i64 %".2798"
  %".2802" = icmp ugt ptr %".2801", %"data_end.116"
  br i1 %".2802", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext2.variable_part:
  %"data.118" = phi  ptr [%"data.116", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data.117", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.116", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data_end.117", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.116", %"ipv6_opts_d0_ipv6_ext2.header"], [%"keys.117", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.8" = add i64 %"cursor.69", %".2798"
  %".2823" = zext i8 %"w0_1.11" to i64
  switch i64 %".2823", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.71" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1746", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data.84" = phi  ptr [%"data.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data_end.84" = phi  ptr [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"keys.84" = phi  ptr [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"hdr.29" = getelementptr i8, ptr %"data.84", i64 %"cursor.71"
  %".2934" = getelementptr i8, ptr %"hdr.29", i64 8
  %".2935" = icmp ugt ptr %".2934", %"data_end.84"
  br i1 %".2935", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".2937" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2938" = load i8, ptr %".2937", align 1
  %".2939" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2940" = load i16, ptr %".2939", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".2938", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".2959", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".2940", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".2961", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.122" = phi  ptr [%"data.84", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.121", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.84", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.121", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.84", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.121", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".2963" = zext i8 %"w0_1.12" to i64
  %".2964" = trunc i64 %".2963" to i8
  %".2965" = getelementptr i8, ptr %"keys.122", i64 9
  store i8 %".2964", ptr %".2965", align 1
  %".2967" = add i64 %"cursor.71", 8
  %".2968" = icmp ne i64 1, 0
  %".2969" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".2970" = zext i16 %".2969" to i64
  %".2971" = and i64 %".2970", 65528
  %".2972" = icmp eq i64 %".2971", 0
  br i1 %".2968", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1687" = trunc i64 %"end.4" to i16
  %".1688" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1687", ptr %".1688", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1691" = getelementptr i8, ptr %"keys.82", i64 2
  %".1692" = trunc i64 %"end.4" to i16
  store volatile i16 %".1692", ptr %".1691", align 2
  %".1694" = load volatile i16, ptr %".1691", align 2
  %".1695" = zext i16 %".1694" to i64
  %"cursor.82" = and i64 %".1695", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1703" = trunc i64 %"end.4" to i16
  %".1704" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1703", ptr %".1704", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1707" = getelementptr i8, ptr %"keys.82", i64 2
  %".1708" = trunc i64 %"end.4" to i16
  store volatile i16 %".1708", ptr %".1707", align 2
  %".1710" = load volatile i16, ptr %".1707", align 2
  %".1711" = zext i16 %".1710" to i64
  %"cursor.83" = and i64 %".1711", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1721" = trunc i64 %"cursor.27" to i32
  %".1722" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1721", [40 x i8]* %"header_copy", i32 8)
  %".1723" = icmp eq i64 %".1722", 0
  %".1724" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1725" = load i32, ptr %".1724", align 4
  %".1726" = zext i32 %".1725" to i64
  %"data.85" = inttoptr i64 %".1726" to ptr
  %".1727" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1728" = load i32, ptr %".1727", align 4
  %".1729" = zext i32 %".1728" to i64
  %"data_end.85" = inttoptr i64 %".1729" to ptr
  %".1730" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.85" = load ptr, ptr %".1730", align 8
  %".1731" = xor i1 %".1723", -1
  br i1 %".1731", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1733" = trunc i64 %"cursor.27" to i16
  %".1734" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1733", ptr %".1734", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1737" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1738" = load volatile i8, [40 x i8]* %".1737", align 1
  %".1739" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1740" = load volatile i16, [40 x i8]* %".1739", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1753" = getelementptr i8, ptr %"keys.86", i64 6
  store i8 1, ptr %".1753", align 1
  br i1 %".1751", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1773" = zext i8 %"w0_1.5" to i64
  switch i64 %".1773", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1756" = getelementptr i8, ptr %"keys.86", i64 7
  store i8 1, ptr %".1756", align 1
  %".1758" = getelementptr i8, ptr %"keys.86", i64 48
  %"flags.14" = load volatile i32, ptr %".1758", align 4
  %".1759" = and i32 %"flags.14", 1
  %".1760" = icmp ne i32 %".1759", 0
  %".1761" = xor i1 %".1760", -1
  br i1 %".1761", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1768" = trunc i64 %".1746" to i16
  %".1769" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1768", ptr %".1769", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1763" = trunc i64 %".1746" to i16
  %".1764" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1763", ptr %".1764", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1775" = trunc i64 %".1746" to i16
  %".1776" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1775", ptr %".1776", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  %".1779" = getelementptr i8, ptr %"keys.86", i64 2
  %".1780" = trunc i64 %".1746" to i16
  store volatile i16 %".1780", ptr %".1779", align 2
  %".1782" = load volatile i16, ptr %".1779", align 2
  %".1783" = zext i16 %".1782" to i64
  %"cursor.84" = and i64 %".1783", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  %".1785" = getelementptr i8, ptr %"keys.86", i64 2
  %".1786" = trunc i64 %".1746" to i16
  store volatile i16 %".1786", ptr %".1785", align 2
  %".1788" = load volatile i16, ptr %".1785", align 2
  %".1789" = zext i16 %".1788" to i64
  %"cursor.85" = and i64 %".1789", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  %".1791" = getelementptr i8, ptr %"keys.86", i64 2
  %".1792" = trunc i64 %".1746" to i16
  store volatile i16 %".1792", ptr %".1791", align 2
  %".1794" = load volatile i16, ptr %".1791", align 2
  %".1795" = zext i16 %".1794" to i64
  %"cursor.86" = and i64 %".1795", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  %".1798" = getelementptr i8, ptr %"keys.86", i64 2
  %".1799" = trunc i64 %".1746" to i16
  store volatile i16 %".1799", ptr %".1798", align 2
  %".1801" = load volatile i16, ptr %".1798", align 2
  %".1802" = zext i16 %".1801" to i64
  %"cursor.87" = and i64 %".1802", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  %".1804" = getelementptr i8, ptr %"keys.86", i64 2
  %".1805" = trunc i64 %".1746" to i16
  store volatile i16 %".1805", ptr %".1804", align 2
  %".1807" = load volatile i16, ptr %".1804", align 2
  %".1808" = zext i16 %".1807" to i64
  %"cursor.88" = and i64 %".1808", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  %".1810" = getelementptr i8, ptr %"keys.86", i64 2
  %".1811" = trunc i64 %".1746" to i16
  store volatile i16 %".1811", ptr %".1810", align 2
  %".1813" = load volatile i16, ptr %".1810", align 2
  %".1814" = zext i16 %".1813" to i64
  %"cursor.89" = and i64 %".1814", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre_version:
  %".1816" = getelementptr i8, ptr %"keys.86", i64 2
  %".1817" = trunc i64 %".1746" to i16
  store volatile i16 %".1817", ptr %".1816", align 2
  %".1819" = load volatile i16, ptr %".1816", align 2
  %".1820" = zext i16 %".1819" to i64
  %"cursor.90" = and i64 %".1820", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  %".1822" = getelementptr i8, ptr %"keys.86", i64 2
  %".1823" = trunc i64 %".1746" to i16
  store volatile i16 %".1823", ptr %".1822", align 2
  %".1825" = load volatile i16, ptr %".1822", align 2
  %".1826" = zext i16 %".1825" to i64
  %"cursor.91" = and i64 %".1826", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  %".1828" = getelementptr i8, ptr %"keys.86", i64 2
  %".1829" = trunc i64 %".1746" to i16
  store volatile i16 %".1829", ptr %".1828", align 2
  %".1831" = load volatile i16, ptr %".1828", align 2
  %".1832" = zext i16 %".1831" to i64
  %"cursor.92" = and i64 %".1832", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  %".1834" = getelementptr i8, ptr %"keys.86", i64 2
  %".1835" = trunc i64 %".1746" to i16
  store volatile i16 %".1835", ptr %".1834", align 2
  %".1837" = load volatile i16, ptr %".1834", align 2
  %".1838" = zext i16 %".1837" to i64
  %"cursor.93" = and i64 %".1838", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  %".1840" = getelementptr i8, ptr %"keys.86", i64 2
  %".1841" = trunc i64 %".1746" to i16
  store volatile i16 %".1841", ptr %".1840", align 2
  %".1843" = load volatile i16, ptr %".1840", align 2
  %".1844" = zext i16 %".1843" to i64
  %"cursor.94" = and i64 %".1844", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  %".1846" = getelementptr i8, ptr %"keys.86", i64 2
  %".1847" = trunc i64 %".1746" to i16
  store volatile i16 %".1847", ptr %".1846", align 2
  %".1849" = load volatile i16, ptr %".1846", align 2
  %".1850" = zext i16 %".1849" to i64
  %"cursor.95" = and i64 %".1850", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".1852" = trunc i64 34887 to i16
  %".1853" = call i16 @"llvm.bswap.i16"(i16 %".1852")
  %".1854" = getelementptr i8, ptr %"keys.86", i64 10
  store i16 %".1853", ptr %".1854", align 2
  %".1856" = getelementptr i8, ptr %"keys.86", i64 2
  %".1857" = trunc i64 %".1746" to i16
  store volatile i16 %".1857", ptr %".1856", align 2
  %".1859" = load volatile i16, ptr %".1856", align 2
  %".1860" = zext i16 %".1859" to i64
  %"cursor.96" = and i64 %".1860", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1862" = getelementptr i8, ptr %"keys.86", i64 8
  store i8 1, ptr %".1862", align 1
  %".1864" = getelementptr i8, ptr %"keys.86", i64 48
  %"flags.15" = load volatile i32, ptr %".1864", align 4
  %".1865" = and i32 %"flags.15", 4
  %".1866" = icmp ne i32 %".1865", 0
  br i1 %".1866", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1878" = getelementptr i8, ptr %"keys.86", i64 8
  store i8 1, ptr %".1878", align 1
  %".1880" = getelementptr i8, ptr %"keys.86", i64 48
  %"flags.16" = load volatile i32, ptr %".1880", align 4
  %".1881" = and i32 %"flags.16", 4
  %".1882" = icmp ne i32 %".1881", 0
  br i1 %".1882", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1868" = trunc i64 %".1746" to i16
  %".1869" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1868", ptr %".1869", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1872" = getelementptr i8, ptr %"keys.86", i64 2
  %".1873" = trunc i64 %".1746" to i16
  store volatile i16 %".1873", ptr %".1872", align 2
  %".1875" = load volatile i16, ptr %".1872", align 2
  %".1876" = zext i16 %".1875" to i64
  %"cursor.97" = and i64 %".1876", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1884" = trunc i64 %".1746" to i16
  %".1885" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1884", ptr %".1885", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1888" = getelementptr i8, ptr %"keys.86", i64 2
  %".1889" = trunc i64 %".1746" to i16
  store volatile i16 %".1889", ptr %".1888", align 2
  %".1891" = load volatile i16, ptr %".1888", align 2
  %".1892" = zext i16 %".1891" to i64
  %"cursor.98" = and i64 %".1892", 16383
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1898" = trunc i64 %"cursor.28" to i32
  %".1899" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1898", [40 x i8]* %"header_copy", i32 4)
  %".1900" = icmp eq i64 %".1899", 0
  %".1901" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1902" = load i32, ptr %".1901", align 4
  %".1903" = zext i32 %".1902" to i64
  %"data.87" = inttoptr i64 %".1903" to ptr
  %".1904" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1905" = load i32, ptr %".1904", align 4
  %".1906" = zext i32 %".1905" to i64
  %"data_end.87" = inttoptr i64 %".1906" to ptr
  %".1907" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.87" = load ptr, ptr %".1907", align 8
  %".1908" = xor i1 %".1900", -1
  br i1 %".1908", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1910" = trunc i64 %"cursor.28" to i16
  %".1911" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1910", ptr %".1911", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1926" = trunc i64 %"cursor.32" to i32
  %".1927" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1926", [40 x i8]* %"header_copy", i32 4)
  %".1928" = icmp eq i64 %".1927", 0
  %".1929" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1930" = load i32, ptr %".1929", align 4
  %".1931" = zext i32 %".1930" to i64
  %"data.89" = inttoptr i64 %".1931" to ptr
  %".1932" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1933" = load i32, ptr %".1932", align 4
  %".1934" = zext i32 %".1933" to i64
  %"data_end.89" = inttoptr i64 %".1934" to ptr
  %".1935" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.89" = load ptr, ptr %".1935", align 8
  %".1936" = xor i1 %".1928", -1
  br i1 %".1936", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1938" = trunc i64 %"cursor.32" to i16
  %".1939" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1938", ptr %".1939", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1942" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1943" = load volatile i16, [40 x i8]* %".1942", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1958" = trunc i64 %".1951" to i16
  %".1959" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1958", ptr %".1959", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  %".1962" = getelementptr i8, ptr %"keys.90", i64 2
  %".1963" = trunc i64 %".1951" to i16
  store volatile i16 %".1963", ptr %".1962", align 2
  %".1965" = load volatile i16, ptr %".1962", align 2
  %".1966" = zext i16 %".1965" to i64
  %"cursor.99" = and i64 %".1966", 16383
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  %".1968" = getelementptr i8, ptr %"keys.90", i64 2
  %".1969" = trunc i64 %".1951" to i16
  store volatile i16 %".1969", ptr %".1968", align 2
  %".1971" = load volatile i16, ptr %".1968", align 2
  %".1972" = zext i16 %".1971" to i64
  %"cursor.100" = and i64 %".1972", 16383
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1974" = trunc i64 %".1951" to i16
  %".1975" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1974", ptr %".1975", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1978" = trunc i64 %".1951" to i16
  %".1979" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1978", ptr %".1979", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  %".1982" = getelementptr i8, ptr %"keys.90", i64 2
  %".1983" = trunc i64 %".1951" to i16
  store volatile i16 %".1983", ptr %".1982", align 2
  %".1985" = load volatile i16, ptr %".1982", align 2
  %".1986" = zext i16 %".1985" to i64
  %"cursor.101" = and i64 %".1986", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  %".1988" = getelementptr i8, ptr %"keys.90", i64 2
  %".1989" = trunc i64 %".1951" to i16
  store volatile i16 %".1989", ptr %".1988", align 2
  %".1991" = load volatile i16, ptr %".1988", align 2
  %".1992" = zext i16 %".1991" to i64
  %"cursor.102" = and i64 %".1992", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  %".1994" = getelementptr i8, ptr %"keys.90", i64 2
  %".1995" = trunc i64 %".1951" to i16
  store volatile i16 %".1995", ptr %".1994", align 2
  %".1997" = load volatile i16, ptr %".1994", align 2
  %".1998" = zext i16 %".1997" to i64
  %"cursor.103" = and i64 %".1998", 16383
  br label %"pppoe_d0"
vlan_d0_vlan_tags2.to_arp:
  %".2000" = getelementptr i8, ptr %"keys.90", i64 2
  %".2001" = trunc i64 %".1951" to i16
  store volatile i16 %".2001", ptr %".2000", align 2
  %".2003" = load volatile i16, ptr %".2000", align 2
  %".2004" = zext i16 %".2003" to i64
  %"cursor.104" = and i64 %".2004", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_arp.1:
  %".2006" = getelementptr i8, ptr %"keys.90", i64 2
  %".2007" = trunc i64 %".1951" to i16
  store volatile i16 %".2007", ptr %".2006", align 2
  %".2009" = load volatile i16, ptr %".2006", align 2
  %".2010" = zext i16 %".2009" to i64
  %"cursor.105" = and i64 %".2010", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_ptp:
  %".2012" = getelementptr i8, ptr %"keys.90", i64 2
  %".2013" = trunc i64 %".1951" to i16
  store volatile i16 %".2013", ptr %".2012", align 2
  %".2015" = load volatile i16, ptr %".2012", align 2
  %".2016" = zext i16 %".2015" to i64
  %"cursor.106" = and i64 %".2016", 16383
  br label %"ptp"
vlan_d0_vlan_tags2.to_cfm:
  %".2018" = getelementptr i8, ptr %"keys.90", i64 2
  %".2019" = trunc i64 %".1951" to i16
  store volatile i16 %".2019", ptr %".2018", align 2
  %".2021" = load volatile i16, ptr %".2018", align 2
  %".2022" = zext i16 %".2021" to i64
  %"cursor.107" = and i64 %".2022", 16383
  br label %"cfm"
vlan_d0_vlan_tags2.to_tipc:
  %".2024" = getelementptr i8, ptr %"keys.90", i64 2
  %".2025" = trunc i64 %".1951" to i16
  store volatile i16 %".2025", ptr %".2024", align 2
  %".2027" = load volatile i16, ptr %".2024", align 2
  %".2028" = zext i16 %".2027" to i64
  %"cursor.108" = and i64 %".2028", 16383
  br label %"tipc"
vlan_d0_vlan_tags2.to_fcoe:
  %".2030" = getelementptr i8, ptr %"keys.90", i64 2
  %".2031" = trunc i64 %".1951" to i16
  store volatile i16 %".2031", ptr %".2030", align 2
  %".2033" = load volatile i16, ptr %".2030", align 2
  %".2034" = zext i16 %".2033" to i64
  %"cursor.109" = and i64 %".2034", 16383
  br label %"fcoe"
gre_d0.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2051" = trunc i64 %"cursor.42" to i32
  %".2052" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2051", [40 x i8]* %"header_copy", i32 4)
  %".2053" = icmp eq i64 %".2052", 0
  %".2054" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2055" = load i32, ptr %".2054", align 4
  %".2056" = zext i32 %".2055" to i64
  %"data.91" = inttoptr i64 %".2056" to ptr
  %".2057" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2058" = load i32, ptr %".2057", align 4
  %".2059" = zext i32 %".2058" to i64
  %"data_end.91" = inttoptr i64 %".2059" to ptr
  %".2060" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.91" = load ptr, ptr %".2060", align 8
  %".2061" = xor i1 %".2053", -1
  br i1 %".2061", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".2063" = trunc i64 %"cursor.42" to i16
  %".2064" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2063", ptr %".2064", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".2067" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2068" = load volatile i8, [40 x i8]* %".2067", align 1
  %".2069" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2070" = load volatile i8, [40 x i8]* %".2069", align 1
  %".2071" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2072" = load volatile i16, [40 x i8]* %".2071", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".2083" = trunc i64 %"cursor.42" to i16
  %".2084" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".2083", ptr %".2084", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".2087" = add i64 %"cursor.42", 4
  %".2088" = zext i8 %"w0_1.6" to i64
  %".2089" = lshr i64 %".2088", 7
  %".2090" = and i64 %".2089", 1
  %".2091" = zext i8 %"w0_1.6" to i64
  %".2092" = lshr i64 %".2091", 5
  %".2093" = and i64 %".2092", 1
  %".2094" = add i64 %".2090", %".2093"
  %".2095" = zext i8 %"w0_1.6" to i64
  %".2096" = lshr i64 %".2095", 4
  %".2097" = and i64 %".2096", 1
  %".2098" = add i64 %".2094", %".2097"
  %".2099" = mul i64 %".2098", 4
  %".2100" = add i64 %".2099", 4
  %".2101" = getelementptr i8, ptr %"data.92", i64 %"cursor.42"
  %".2102" = getelementptr i8, ptr %".2101", i64 %".2100"
  %".2103" = icmp ugt ptr %".2102", %"data_end.92"
  br i1 %".2103", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.94" = phi  ptr [%"data.92", %"gre_d0.stop_before.endif"], [%"data.93", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.94" = phi  ptr [%"data_end.92", %"gre_d0.stop_before.endif"], [%"data_end.93", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.94" = phi  ptr [%"keys.92", %"gre_d0.stop_before.endif"], [%"keys.93", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.42", %".2100"
  %".2124" = getelementptr i8, ptr %"keys.94", i64 8
  store i8 1, ptr %".2124", align 1
  %".2126" = getelementptr i8, ptr %"keys.94", i64 48
  %"flags.17" = load volatile i32, ptr %".2126", align 4
  %".2127" = and i32 %"flags.17", 4
  %".2128" = icmp ne i32 %".2127", 0
  br i1 %".2128", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".2105" = add i64 %"cursor.42", %".2100"
  %".2106" = sub i64 %".2105", 1
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2107" = trunc i64 %".2106" to i32
  %".2108" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2107", i64* %"last_byte", i32 1)
  %".2109" = icmp eq i64 %".2108", 0
  %".2110" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2111" = load i32, ptr %".2110", align 4
  %".2112" = zext i32 %".2111" to i64
  %"data.93" = inttoptr i64 %".2112" to ptr
  %".2113" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2114" = load i32, ptr %".2113", align 4
  %".2115" = zext i32 %".2114" to i64
  %"data_end.93" = inttoptr i64 %".2115" to ptr
  %".2116" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.93" = load ptr, ptr %".2116", align 8
  %".2117" = xor i1 %".2109", -1
  br i1 %".2117", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2119" = trunc i64 %"cursor.42" to i16
  %".2120" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2119", ptr %".2120", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2130" = trunc i64 %"end.5" to i16
  %".2131" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".2130", ptr %".2131", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2134" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2135" = zext i16 %".2134" to i64
  %".2136" = trunc i64 %".2135" to i16
  %".2137" = call i16 @"llvm.bswap.i16"(i16 %".2136")
  %".2138" = getelementptr i8, ptr %"keys.94", i64 10
  store i16 %".2137", ptr %".2138", align 2
  %".2140" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2141" = zext i16 %".2140" to i64
  switch i64 %".2141", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 25944, label %"gre_d0.to_ethernet"]
gre_d0.unknown:
  %".2143" = trunc i64 %"end.5" to i16
  %".2144" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".2143", ptr %".2144", align 2
  br label %"return"
gre_d0.to_ipv4:
  %".2147" = getelementptr i8, ptr %"keys.94", i64 2
  %".2148" = trunc i64 %"end.5" to i16
  store volatile i16 %".2148", ptr %".2147", align 2
  %".2150" = load volatile i16, ptr %".2147", align 2
  %".2151" = zext i16 %".2150" to i64
  %"cursor.110" = and i64 %".2151", 16383
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  %".2153" = getelementptr i8, ptr %"keys.94", i64 2
  %".2154" = trunc i64 %"end.5" to i16
  store volatile i16 %".2154", ptr %".2153", align 2
  %".2156" = load volatile i16, ptr %".2153", align 2
  %".2157" = zext i16 %".2156" to i64
  %"cursor.111" = and i64 %".2157", 16383
  br label %"ipv6_d1"
gre_d0.to_vlan:
  %".2159" = getelementptr i8, ptr %"keys.94", i64 2
  %".2160" = trunc i64 %"end.5" to i16
  store volatile i16 %".2160", ptr %".2159", align 2
  %".2162" = load volatile i16, ptr %".2159", align 2
  %".2163" = zext i16 %".2162" to i64
  %"cursor.113" = and i64 %".2163", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_vlan.1:
  %".2165" = getelementptr i8, ptr %"keys.94", i64 2
  %".2166" = trunc i64 %"end.5" to i16
  store volatile i16 %".2166", ptr %".2165", align 2
  %".2168" = load volatile i16, ptr %".2165", align 2
  %".2169" = zext i16 %".2168" to i64
  %"cursor.114" = and i64 %".2169", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_mpls:
  %".2171" = getelementptr i8, ptr %"keys.94", i64 2
  %".2172" = trunc i64 %"end.5" to i16
  store volatile i16 %".2172", ptr %".2171", align 2
  %".2174" = load volatile i16, ptr %".2171", align 2
  %".2175" = zext i16 %".2174" to i64
  %"cursor.115" = and i64 %".2175", 16383
  br label %"mpls_mpls_labels1"
gre_d0.to_mpls.1:
  %".2177" = getelementptr i8, ptr %"keys.94", i64 2
  %".2178" = trunc i64 %"end.5" to i16
  store volatile i16 %".2178", ptr %".2177", align 2
  %".2180" = load volatile i16, ptr %".2177", align 2
  %".2181" = zext i16 %".2180" to i64
  %"cursor.116" = and i64 %".2181", 16383
  br label %"mpls_mpls_labels1"
gre_d0.to_pppoe:
  %".2183" = getelementptr i8, ptr %"keys.94", i64 2
  %".2184" = trunc i64 %"end.5" to i16
  store volatile i16 %".2184", ptr %".2183", align 2
  %".2186" = load volatile i16, ptr %".2183", align 2
  %".2187" = zext i16 %".2186" to i64
  %"cursor.118" = and i64 %".2187", 16383
  br label %"pppoe_d1"
gre_d0.to_arp:
  %".2189" = getelementptr i8, ptr %"keys.94", i64 2
  %".2190" = trunc i64 %"end.5" to i16
  store volatile i16 %".2190", ptr %".2189", align 2
  %".2192" = load volatile i16, ptr %".2189", align 2
  %".2193" = zext i16 %".2192" to i64
  %"cursor.119" = and i64 %".2193", 16383
  br label %"arp"
gre_d0.to_arp.1:
  %".2195" = getelementptr i8, ptr %"keys.94", i64 2
  %".2196" = trunc i64 %"end.5" to i16
  store volatile i16 %".2196", ptr %".2195", align 2
  %".2198" = load volatile i16, ptr %".2195", align 2
  %".2199" = zext i16 %".2198" to i64
  %"cursor.120" = and i64 %".2199", 16383
  br label %"arp"
gre_d0.to_ptp:
  %".2201" = getelementptr i8, ptr %"keys.94", i64 2
  %".2202" = trunc i64 %"end.5" to i16
  store volatile i16 %".2202", ptr %".2201", align 2
  %".2204" = load volatile i16, ptr %".2201", align 2
  %".2205" = zext i16 %".2204" to i64
  %"cursor.121" = and i64 %".2205", 16383
  br label %"ptp"
gre_d0.to_cfm:
  %".2207" = getelementptr i8, ptr %"keys.94", i64 2
  %".2208" = trunc i64 %"end.5" to i16
  store volatile i16 %".2208", ptr %".2207", align 2
  %".2210" = load volatile i16, ptr %".2207", align 2
  %".2211" = zext i16 %".2210" to i64
  %"cursor.122" = and i64 %".2211", 16383
  br label %"cfm"
gre_d0.to_tipc:
  %".2213" = getelementptr i8, ptr %"keys.94", i64 2
  %".2214" = trunc i64 %"end.5" to i16
  store volatile i16 %".2214", ptr %".2213", align 2
  %".2216" = load volatile i16, ptr %".2213", align 2
  %".2217" = zext i16 %".2216" to i64
  %"cursor.123" = and i64 %".2217", 16383
  br label %"tipc"
gre_d0.to_fcoe:
  %".2219" = getelementptr i8, ptr %"keys.94", i64 2
  %".2220" = trunc i64 %"end.5" to i16
  store volatile i16 %".2220", ptr %".2219", align 2
  %".2222" = load volatile i16, ptr %".2219", align 2
  %".2223" = zext i16 %".2222" to i64
  %"cursor.124" = and i64 %".2223", 16383
  br label %"fcoe"
gre_d0.to_ethernet:
  %".2225" = getelementptr i8, ptr %"keys.94", i64 2
  %".2226" = trunc i64 %"end.5" to i16
  store volatile i16 %".2226", ptr %".2225", align 2
  %".2228" = load volatile i16, ptr %".2225", align 2
  %".2229" = zext i16 %".2228" to i64
  %"cursor.126" = and i64 %".2229", 16383
  br label %"ethernet_d1"
vlan_d1_vlan_tags1:
  %"cursor.112" = phi  i64 [%"cursor.113", %"gre_d0.to_vlan"], [%"cursor.114", %"gre_d0.to_vlan.1"], [%"cursor.212", %"ethernet_d1.to_vlan"], [%"cursor.213", %"ethernet_d1.to_vlan.1"]
  %"data.95" = phi  ptr [%"data.94", %"gre_d0.to_vlan"], [%"data.94", %"gre_d0.to_vlan.1"], [%"data.129", %"ethernet_d1.to_vlan"], [%"data.129", %"ethernet_d1.to_vlan.1"]
  %"data_end.95" = phi  ptr [%"data_end.94", %"gre_d0.to_vlan"], [%"data_end.94", %"gre_d0.to_vlan.1"], [%"data_end.129", %"ethernet_d1.to_vlan"], [%"data_end.129", %"ethernet_d1.to_vlan.1"]
  %"keys.95" = phi  ptr [%"keys.94", %"gre_d0.to_vlan"], [%"keys.94", %"gre_d0.to_vlan.1"], [%"keys.129", %"ethernet_d1.to_vlan"], [%"keys.129", %"ethernet_d1.to_vlan.1"]
  %"hdr.30" = getelementptr i8, ptr %"data.95", i64 %"cursor.112"
  %".3115" = getelementptr i8, ptr %"hdr.30", i64 4
  %".3116" = icmp ugt ptr %".3115", %"data_end.95"
  br i1 %".3116", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".3118" = getelementptr i8, ptr %"hdr.30", i64 2
  %".3119" = load i16, ptr %".3118", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.14" = phi  i16 [%".3119", %"vlan_d1_vlan_tags1.linear"], [%".3138", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.124" = phi  ptr [%"data.95", %"vlan_d1_vlan_tags1.linear"], [%"data.123", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.124" = phi  ptr [%"data_end.95", %"vlan_d1_vlan_tags1.linear"], [%"data_end.123", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.124" = phi  ptr [%"keys.95", %"vlan_d1_vlan_tags1.linear"], [%"keys.123", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".3140" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3141" = zext i16 %".3140" to i64
  %".3142" = trunc i64 %".3141" to i16
  %".3143" = call i16 @"llvm.bswap.i16"(i16 %".3142")
  %".3144" = getelementptr i8, ptr %"keys.124", i64 10
  store i16 %".3143", ptr %".3144", align 2
  %".3146" = add i64 %"cursor.112", 4
  %".3147" = trunc i64 %".3146" to i16
  %".3148" = getelementptr i8, ptr %"keys.124", i64 0
  store i16 %".3147", ptr %".3148", align 2
  %".3150" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3151" = zext i16 %".3150" to i64
  switch i64 %".3151", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe"]
pppoe_d1:
  %"cursor.117" = phi  i64 [%"cursor.118", %"gre_d0.to_pppoe"], [%"cursor.199", %"vlan_d1_vlan_tags1.to_pppoe"], [%"cursor.216", %"ethernet_d1.to_pppoe"], [%"cursor.286", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data.96" = phi  ptr [%"data.94", %"gre_d0.to_pppoe"], [%"data.124", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.129", %"ethernet_d1.to_pppoe"], [%"data.157", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data_end.96" = phi  ptr [%"data_end.94", %"gre_d0.to_pppoe"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.129", %"ethernet_d1.to_pppoe"], [%"data_end.157", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"keys.96" = phi  ptr [%"keys.94", %"gre_d0.to_pppoe"], [%"keys.124", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.129", %"ethernet_d1.to_pppoe"], [%"keys.157", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"hdr.31" = getelementptr i8, ptr %"data.96", i64 %"cursor.117"
  %".3235" = getelementptr i8, ptr %"hdr.31", i64 8
  %".3236" = icmp ugt ptr %".3235", %"data_end.96"
  br i1 %".3236", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".3238" = getelementptr i8, ptr %"hdr.31", i64 0
  %".3239" = load i8, ptr %".3238", align 1
  %".3240" = getelementptr i8, ptr %"hdr.31", i64 1
  %".3241" = load i8, ptr %".3240", align 1
  %".3242" = getelementptr i8, ptr %"hdr.31", i64 6
  %".3243" = load i16, ptr %".3242", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.13" = phi  i8 [%".3239", %"pppoe_d1.linear"], [%".3262", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3241", %"pppoe_d1.linear"], [%".3264", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".3243", %"pppoe_d1.linear"], [%".3266", %"pppoe_d1.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.96", %"pppoe_d1.linear"], [%"data.126", %"pppoe_d1.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.96", %"pppoe_d1.linear"], [%"data_end.126", %"pppoe_d1.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.96", %"pppoe_d1.linear"], [%"keys.126", %"pppoe_d1.copy_failed.endif"]
  %".3268" = zext i8 %"w0_1.13" to i64
  %".3269" = lshr i64 %".3268", 4
  %".3270" = and i64 %".3269", 15
  %".3271" = icmp eq i64 %".3270", 1
  %".3272" = zext i8 %"w0_1.13" to i64
  %".3273" = and i64 %".3272", 15
  %".3274" = icmp eq i64 %".3273", 1
  %".3275" = and i1 %".3271", %".3274"
  %".3276" = zext i8 %"w1_1.8" to i64
  %".3277" = icmp eq i64 %".3276", 0
  %".3278" = and i1 %".3275", %".3277"
  %".3279" = xor i1 %".3278", -1
  br i1 %".3279", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
ethernet_d1:
  %"cursor.125" = phi  i64 [%"cursor.126", %"gre_d0.to_ethernet"]
  %"data.97" = phi  ptr [%"data.94", %"gre_d0.to_ethernet"]
  %"data_end.97" = phi  ptr [%"data_end.94", %"gre_d0.to_ethernet"]
  %"keys.97" = phi  ptr [%"keys.94", %"gre_d0.to_ethernet"]
  %"hdr.32" = getelementptr i8, ptr %"data.97", i64 %"cursor.125"
  %".3332" = getelementptr i8, ptr %"hdr.32", i64 14
  %".3333" = icmp ugt ptr %".3332", %"data_end.97"
  br i1 %".3333", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3335" = getelementptr i8, ptr %"hdr.32", i64 12
  %".3336" = load i16, ptr %".3335", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3336", %"ethernet_d1.linear"], [%".3355", %"ethernet_d1.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.97", %"ethernet_d1.linear"], [%"data.128", %"ethernet_d1.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.97", %"ethernet_d1.linear"], [%"data_end.128", %"ethernet_d1.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.97", %"ethernet_d1.linear"], [%"keys.128", %"ethernet_d1.copy_failed.endif"]
  %".3357" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3358" = zext i16 %".3357" to i64
  %".3359" = trunc i64 %".3358" to i16
  %".3360" = call i16 @"llvm.bswap.i16"(i16 %".3359")
  %".3361" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3360", ptr %".3361", align 2
  %".3363" = add i64 %"cursor.125", 14
  %".3364" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3365" = zext i16 %".3364" to i64
  switch i64 %".3365", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe"]
pptp_d0.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2241" = trunc i64 %"cursor.43" to i32
  %".2242" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2241", [40 x i8]* %"header_copy", i32 4)
  %".2243" = icmp eq i64 %".2242", 0
  %".2244" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2245" = load i32, ptr %".2244", align 4
  %".2246" = zext i32 %".2245" to i64
  %"data.98" = inttoptr i64 %".2246" to ptr
  %".2247" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2248" = load i32, ptr %".2247", align 4
  %".2249" = zext i32 %".2248" to i64
  %"data_end.98" = inttoptr i64 %".2249" to ptr
  %".2250" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.98" = load ptr, ptr %".2250", align 8
  %".2251" = xor i1 %".2243", -1
  br i1 %".2251", label %"pptp_d0.copy_failed", label %"pptp_d0.copy_failed.endif"
pptp_d0.copy_failed:
  %".2253" = trunc i64 %"cursor.43" to i16
  %".2254" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2253", ptr %".2254", align 2
  br label %"return"
pptp_d0.copy_failed.endif:
  %".2257" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2258" = load volatile i8, [40 x i8]* %".2257", align 1
  %".2259" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2260" = load volatile i8, [40 x i8]* %".2259", align 1
  %".2261" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2262" = load volatile i16, [40 x i8]* %".2261", align 2
  br label %"pptp_d0.header"
pptp_d0.stop_before:
  %".2273" = trunc i64 %"cursor.43" to i16
  %".2274" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2273", ptr %".2274", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".2277" = add i64 %"cursor.43", 4
  %".2278" = zext i8 %"w0_1.7" to i64
  %".2279" = lshr i64 %".2278", 7
  %".2280" = and i64 %".2279", 1
  %".2281" = zext i8 %"w0_1.7" to i64
  %".2282" = lshr i64 %".2281", 5
  %".2283" = and i64 %".2282", 1
  %".2284" = add i64 %".2280", %".2283"
  %".2285" = zext i8 %"w0_1.7" to i64
  %".2286" = lshr i64 %".2285", 4
  %".2287" = and i64 %".2286", 1
  %".2288" = add i64 %".2284", %".2287"
  %".2289" = zext i8 %"w1_1.4" to i64
  %".2290" = lshr i64 %".2289", 7
  %".2291" = and i64 %".2290", 1
  %".2292" = add i64 %".2288", %".2291"
  %".2293" = mul i64 %".2292", 4
  %".2294" = add i64 %".2293", 4
  %".2295" = getelementptr i8, ptr %"data.99", i64 %"cursor.43"
  %".2296" = getelementptr i8, ptr %".2295", i64 %".2294"
  %".2297" = icmp ugt ptr %".2296", %"data_end.99"
  br i1 %".2297", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.101" = phi  ptr [%"data.99", %"pptp_d0.stop_before.endif"], [%"data.100", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"pptp_d0.stop_before.endif"], [%"data_end.100", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.99", %"pptp_d0.stop_before.endif"], [%"keys.100", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.43", %".2294"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".2299" = add i64 %"cursor.43", %".2294"
  %".2300" = sub i64 %".2299", 1
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2301" = trunc i64 %".2300" to i32
  %".2302" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2301", i64* %"last_byte", i32 1)
  %".2303" = icmp eq i64 %".2302", 0
  %".2304" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2305" = load i32, ptr %".2304", align 4
  %".2306" = zext i32 %".2305" to i64
  %"data.100" = inttoptr i64 %".2306" to ptr
  %".2307" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2308" = load i32, ptr %".2307", align 4
  %".2309" = zext i32 %".2308" to i64
  %"data_end.100" = inttoptr i64 %".2309" to ptr
  %".2310" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.100" = load ptr, ptr %".2310", align 8
  %".2311" = xor i1 %".2303", -1
  br i1 %".2311", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2313" = trunc i64 %"cursor.43" to i16
  %".2314" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2313", ptr %".2314", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2319" = trunc i64 %"end.6" to i16
  %".2320" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2319", ptr %".2320", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.127" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.102" = phi  ptr [%"data.101", %"pptp_d0.to_ppp"]
  %"data_end.102" = phi  ptr [%"data_end.101", %"pptp_d0.to_ppp"]
  %"keys.102" = phi  ptr [%"keys.101", %"pptp_d0.to_ppp"]
  %"hdr.33" = getelementptr i8, ptr %"data.102", i64 %"cursor.127"
  %".3449" = getelementptr i8, ptr %"hdr.33", i64 4
  %".3450" = icmp ugt ptr %".3449", %"data_end.102"
  br i1 %".3450", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3452" = getelementptr i8, ptr %"hdr.33", i64 2
  %".3453" = load i16, ptr %".3452", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.15" = phi  i16 [%".3453", %"ppp_d0.linear"], [%".3472", %"ppp_d0.copy_failed.endif"]
  %"data.131" = phi  ptr [%"data.102", %"ppp_d0.linear"], [%"data.130", %"ppp_d0.copy_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.102", %"ppp_d0.linear"], [%"data_end.130", %"ppp_d0.copy_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.102", %"ppp_d0.linear"], [%"keys.130", %"ppp_d0.copy_failed.endif"]
  %".3474" = add i64 %"cursor.127", 4
  %".3475" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3476" = zext i16 %".3475" to i64
  switch i64 %".3476", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
gre_version_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2334" = trunc i64 %"cursor.47" to i32
  %".2335" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2334", [40 x i8]* %"header_copy", i32 4)
  %".2336" = icmp eq i64 %".2335", 0
  %".2337" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2338" = load i32, ptr %".2337", align 4
  %".2339" = zext i32 %".2338" to i64
  %"data.103" = inttoptr i64 %".2339" to ptr
  %".2340" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2341" = load i32, ptr %".2340", align 4
  %".2342" = zext i32 %".2341" to i64
  %"data_end.103" = inttoptr i64 %".2342" to ptr
  %".2343" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.103" = load ptr, ptr %".2343", align 8
  %".2344" = xor i1 %".2336", -1
  br i1 %".2344", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2346" = trunc i64 %"cursor.47" to i16
  %".2347" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2346", ptr %".2347", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2350" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2351" = load volatile i8, [40 x i8]* %".2350", align 1
  %".2352" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2353" = load volatile i8, [40 x i8]* %".2352", align 1
  %".2354" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2355" = load volatile i16, [40 x i8]* %".2354", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2366" = trunc i64 %"cursor.47" to i16
  %".2367" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2366", ptr %".2367", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".2370" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2371" = zext i16 %".2370" to i64
  %".2372" = trunc i64 %".2371" to i16
  %".2373" = call i16 @"llvm.bswap.i16"(i16 %".2372")
  %".2374" = getelementptr i8, ptr %"keys.104", i64 10
  store i16 %".2373", ptr %".2374", align 2
  %".2376" = zext i8 %"w1_1.5" to i64
  %".2377" = and i64 %".2376", 7
  switch i64 %".2377", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".2379" = trunc i64 %"cursor.47" to i16
  %".2380" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2379", ptr %".2380", align 2
  br label %"return"
gre_version_d1.to_gre:
  %".2383" = getelementptr i8, ptr %"keys.104", i64 2
  %".2384" = trunc i64 %"cursor.47" to i16
  store volatile i16 %".2384", ptr %".2383", align 2
  %".2386" = load volatile i16, ptr %".2383", align 2
  %".2387" = zext i16 %".2386" to i64
  %"cursor.129" = and i64 %".2387", 16383
  br label %"gre_d1"
gre_version_d1.to_pptp:
  %".2389" = getelementptr i8, ptr %"keys.104", i64 2
  %".2390" = trunc i64 %"cursor.47" to i16
  store volatile i16 %".2390", ptr %".2389", align 2
  %".2392" = load volatile i16, ptr %".2389", align 2
  %".2393" = zext i16 %".2392" to i64
  %"cursor.131" = and i64 %".2393", 16383
  br label %"pptp_d1"
gre_d1:
  %"cursor.128" = phi  i64 [%"cursor.129", %"gre_version_d1.to_gre"]
  %"data.105" = phi  ptr [%"data.104", %"gre_version_d1.to_gre"]
  %"data_end.105" = phi  ptr [%"data_end.104", %"gre_version_d1.to_gre"]
  %"keys.105" = phi  ptr [%"keys.104", %"gre_version_d1.to_gre"]
  %"hdr.34" = getelementptr i8, ptr %"data.105", i64 %"cursor.128"
  %".3540" = getelementptr i8, ptr %"hdr.34", i64 4
  %".3541" = icmp ugt ptr %".3540", %"data_end.105"
  br i1 %".3541", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".3543" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3544" = load i8, ptr %".3543", align 1
  %".3545" = getelementptr i8, ptr %"hdr.34", i64 1
  %".3546" = load i8, ptr %".3545", align 1
  %".3547" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3548" = load i16, ptr %".3547", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.14" = phi  i8 [%".3544", %"gre_d1.linear"], [%".3567", %"gre_d1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3546", %"gre_d1.linear"], [%".3569", %"gre_d1.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".3548", %"gre_d1.linear"], [%".3571", %"gre_d1.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.105", %"gre_d1.linear"], [%"data.133", %"gre_d1.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.105", %"gre_d1.linear"], [%"data_end.133", %"gre_d1.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.105", %"gre_d1.linear"], [%"keys.133", %"gre_d1.copy_failed.endif"]
  %".3573" = zext i8 %"w1_1.9" to i64
  %".3574" = and i64 %".3573", 7
  %".3575" = icmp ne i64 %".3574", 0
  %".3576" = zext i8 %"w0_1.14" to i64
  %".3577" = lshr i64 %".3576", 6
  %".3578" = and i64 %".3577", 1
  %".3579" = icmp ne i64 %".3578", 0
  %".3580" = or i1 %".3575", %".3579"
  br i1 %".3580", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.130" = phi  i64 [%"cursor.131", %"gre_version_d1.to_pptp"]
  %"data.106" = phi  ptr [%"data.104", %"gre_version_d1.to_pptp"]
  %"data_end.106" = phi  ptr [%"data_end.104", %"gre_version_d1.to_pptp"]
  %"keys.106" = phi  ptr [%"keys.104", %"gre_version_d1.to_pptp"]
  %"hdr.35" = getelementptr i8, ptr %"data.106", i64 %"cursor.130"
  %".3702" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3703" = icmp ugt ptr %".3702", %"data_end.106"
  br i1 %".3703", label %"pptp_d1.copy", label %"pptp_d1.linear", !prof !0
pptp_d1.linear:
  %".3705" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3706" = load i8, ptr %".3705", align 1
  %".3707" = getelementptr i8, ptr %"hdr.35", i64 1
  %".3708" = load i8, ptr %".3707", align 1
  %".3709" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3710" = load i16, ptr %".3709", align 2
  br label %"pptp_d1.header"
pptp_d1.header:
  %"w0_1.15" = phi  i8 [%".3706", %"pptp_d1.linear"], [%".3729", %"pptp_d1.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3708", %"pptp_d1.linear"], [%".3731", %"pptp_d1.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".3710", %"pptp_d1.linear"], [%".3733", %"pptp_d1.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.106", %"pptp_d1.linear"], [%"data.137", %"pptp_d1.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.106", %"pptp_d1.linear"], [%"data_end.137", %"pptp_d1.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.106", %"pptp_d1.linear"], [%"keys.137", %"pptp_d1.copy_failed.endif"]
  %".3735" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".3736" = zext i16 %".3735" to i64
  %".3737" = icmp ne i64 %".3736", 34827
  %".3738" = zext i8 %"w0_1.15" to i64
  %".3739" = lshr i64 %".3738", 5
  %".3740" = and i64 %".3739", 1
  %".3741" = icmp eq i64 %".3740", 0
  %".3742" = or i1 %".3737", %".3741"
  br i1 %".3742", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2403" = trunc i64 %"cursor.54" to i32
  %".2404" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2403", [40 x i8]* %"header_copy", i32 2)
  %".2405" = icmp eq i64 %".2404", 0
  %".2406" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2407" = load i32, ptr %".2406", align 4
  %".2408" = zext i32 %".2407" to i64
  %"data.107" = inttoptr i64 %".2408" to ptr
  %".2409" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2410" = load i32, ptr %".2409", align 4
  %".2411" = zext i32 %".2410" to i64
  %"data_end.107" = inttoptr i64 %".2411" to ptr
  %".2412" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.107" = load ptr, ptr %".2412", align 8
  %".2413" = xor i1 %".2405", -1
  br i1 %".2413", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2415" = trunc i64 %"cursor.54" to i16
  %".2416" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2415", ptr %".2416", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2419" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2420" = load volatile i8, [40 x i8]* %".2419", align 1
  %".2421" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2422" = load volatile i8, [40 x i8]* %".2421", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.copy_last_byte:
  %".2438" = add i64 %"cursor.54", %".2432"
  %".2439" = sub i64 %".2438", 1
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2440" = trunc i64 %".2439" to i32
  %".2441" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2440", i64* %"last_byte", i32 1)
  %".2442" = icmp eq i64 %".2441", 0
  %".2443" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2444" = load i32, ptr %".2443", align 4
  %".2445" = zext i32 %".2444" to i64
  %"data.109" = inttoptr i64 %".2445" to ptr
  %".2446" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2447" = load i32, ptr %".2446", align 4
  %".2448" = zext i32 %".2447" to i64
  %"data_end.109" = inttoptr i64 %".2448" to ptr
  %".2449" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.109" = load ptr, ptr %".2449", align 8
  %".2450" = xor i1 %".2442", -1
  br i1 %".2450", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed:
  %".2452" = trunc i64 %".2433" to i16
  %".2453" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2452", ptr %".2453", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext1.variable_part"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2459" = trunc i64 %"end.7" to i16
  %".2460" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2459", ptr %".2460", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  %".2463" = getelementptr i8, ptr %"keys.110", i64 2
  %".2464" = trunc i64 %"end.7" to i16
  store volatile i16 %".2464", ptr %".2463", align 2
  %".2466" = load volatile i16, ptr %".2463", align 2
  %".2467" = zext i16 %".2466" to i64
  %"cursor.133" = and i64 %".2467", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  %".2469" = getelementptr i8, ptr %"keys.110", i64 2
  %".2470" = trunc i64 %"end.7" to i16
  store volatile i16 %".2470", ptr %".2469", align 2
  %".2472" = load volatile i16, ptr %".2469", align 2
  %".2473" = zext i16 %".2472" to i64
  %"cursor.134" = and i64 %".2473", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  %".2475" = getelementptr i8, ptr %"keys.110", i64 2
  %".2476" = trunc i64 %"end.7" to i16
  store volatile i16 %".2476", ptr %".2475", align 2
  %".2478" = load volatile i16, ptr %".2475", align 2
  %".2479" = zext i16 %".2478" to i64
  %"cursor.135" = and i64 %".2479", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  %".2481" = getelementptr i8, ptr %"keys.110", i64 2
  %".2482" = trunc i64 %"end.7" to i16
  store volatile i16 %".2482", ptr %".2481", align 2
  %".2484" = load volatile i16, ptr %".2481", align 2
  %".2485" = zext i16 %".2484" to i64
  %"cursor.137" = and i64 %".2485", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  %".2487" = getelementptr i8, ptr %"keys.110", i64 2
  %".2488" = trunc i64 %"end.7" to i16
  store volatile i16 %".2488", ptr %".2487", align 2
  %".2490" = load volatile i16, ptr %".2487", align 2
  %".2491" = zext i16 %".2490" to i64
  %"cursor.138" = and i64 %".2491", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  %".2493" = getelementptr i8, ptr %"keys.110", i64 2
  %".2494" = trunc i64 %"end.7" to i16
  store volatile i16 %".2494", ptr %".2493", align 2
  %".2496" = load volatile i16, ptr %".2493", align 2
  %".2497" = zext i16 %".2496" to i64
  %"cursor.139" = and i64 %".2497", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  %".2499" = getelementptr i8, ptr %"keys.110", i64 2
  %".2500" = trunc i64 %"end.7" to i16
  store volatile i16 %".2500", ptr %".2499", align 2
  %".2502" = load volatile i16, ptr %".2499", align 2
  %".2503" = zext i16 %".2502" to i64
  %"cursor.140" = and i64 %".2503", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre_version:
  %".2505" = getelementptr i8, ptr %"keys.110", i64 2
  %".2506" = trunc i64 %"end.7" to i16
  store volatile i16 %".2506", ptr %".2505", align 2
  %".2508" = load volatile i16, ptr %".2505", align 2
  %".2509" = zext i16 %".2508" to i64
  %"cursor.141" = and i64 %".2509", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  %".2511" = getelementptr i8, ptr %"keys.110", i64 2
  %".2512" = trunc i64 %"end.7" to i16
  store volatile i16 %".2512", ptr %".2511", align 2
  %".2514" = load volatile i16, ptr %".2511", align 2
  %".2515" = zext i16 %".2514" to i64
  %"cursor.142" = and i64 %".2515", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  %".2517" = getelementptr i8, ptr %"keys.110", i64 2
  %".2518" = trunc i64 %"end.7" to i16
  store volatile i16 %".2518", ptr %".2517", align 2
  %".2520" = load volatile i16, ptr %".2517", align 2
  %".2521" = zext i16 %".2520" to i64
  %"cursor.143" = and i64 %".2521", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  %".2523" = getelementptr i8, ptr %"keys.110", i64 2
  %".2524" = trunc i64 %"end.7" to i16
  store volatile i16 %".2524", ptr %".2523", align 2
  %".2526" = load volatile i16, ptr %".2523", align 2
  %".2527" = zext i16 %".2526" to i64
  %"cursor.144" = and i64 %".2527", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  %".2529" = getelementptr i8, ptr %"keys.110", i64 2
  %".2530" = trunc i64 %"end.7" to i16
  store volatile i16 %".2530", ptr %".2529", align 2
  %".2532" = load volatile i16, ptr %".2529", align 2
  %".2533" = zext i16 %".2532" to i64
  %"cursor.145" = and i64 %".2533", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  %".2535" = getelementptr i8, ptr %"keys.110", i64 2
  %".2536" = trunc i64 %"end.7" to i16
  store volatile i16 %".2536", ptr %".2535", align 2
  %".2538" = load volatile i16, ptr %".2535", align 2
  %".2539" = zext i16 %".2538" to i64
  %"cursor.146" = and i64 %".2539", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".2541" = trunc i64 34887 to i16
  %".2542" = call i16 @"llvm.bswap.i16"(i16 %".2541")
  %".2543" = getelementptr i8, ptr %"keys.110", i64 10
  store i16 %".2542", ptr %".2543", align 2
  %".2545" = getelementptr i8, ptr %"keys.110", i64 2
  %".2546" = trunc i64 %"end.7" to i16
  store volatile i16 %".2546", ptr %".2545", align 2
  %".2548" = load volatile i16, ptr %".2545", align 2
  %".2549" = zext i16 %".2548" to i64
  %"cursor.147" = and i64 %".2549", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2551" = getelementptr i8, ptr %"keys.110", i64 8
  store i8 1, ptr %".2551", align 1
  %".2553" = getelementptr i8, ptr %"keys.110", i64 48
  %"flags.18" = load volatile i32, ptr %".2553", align 4
  %".2554" = and i32 %"flags.18", 4
  %".2555" = icmp ne i32 %".2554", 0
  br i1 %".2555", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2565" = getelementptr i8, ptr %"keys.110", i64 8
  store i8 1, ptr %".2565", align 1
  %".2567" = getelementptr i8, ptr %"keys.110", i64 48
  %"flags.19" = load volatile i32, ptr %".2567", align 4
  %".2568" = and i32 %"flags.19", 4
  %".2569" = icmp ne i32 %".2568", 0
  br i1 %".2569", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.132" = phi  i64 [%"cursor.133", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.134", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.135", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.148", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.149", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.150", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data.111" = phi  ptr [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.111" = phi  ptr [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.111" = phi  ptr [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.36" = getelementptr i8, ptr %"data.111", i64 %"cursor.132"
  %".3800" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3801" = icmp ugt ptr %".3800", %"data_end.111"
  br i1 %".3801", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3803" = getelementptr i8, ptr %"hdr.36", i64 0
  %".3804" = load i8, ptr %".3803", align 1
  %".3805" = getelementptr i8, ptr %"hdr.36", i64 1
  %".3806" = load i8, ptr %".3805", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3804", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3825", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".3806", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3827", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.143" = phi  ptr [%"data.111", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.142", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.143" = phi  ptr [%"data_end.111", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.143" = phi  ptr [%"keys.111", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3829" = zext i8 %"w0_1.16" to i64
  %".3830" = trunc i64 %".3829" to i8
  %".3831" = getelementptr i8, ptr %"keys.143", i64 9
  store i8 %".3830", ptr %".3831", align 1
  %".3833" = add i64 %"cursor.132", 2
  %".3834" = zext i8 %"w1_1.11" to i64
  %".3835" = mul i64 %".3834", 8
  %".3836" = add i64 %".3835", 6
  %".3837" = add i64 %".3836", 2
  %".3838" = add i64 %"cursor.132", %".3837"
  %".3839" = getelementptr i8, ptr %"data.143", i64 %"cursor.132"
  %".3840" = getelementptr i8, ptr %".3839", i64 %".3837"
  %".3841" = icmp ugt ptr %".3840", %"data_end.143"
  br i1 %".3841", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext2.variable_part:
  %"data.145" = phi  ptr [%"data.143", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data.144", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.145" = phi  ptr [%"data_end.143", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data_end.144", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.145" = phi  ptr [%"keys.143", %"ipv6_opts_d1_ipv6_ext2.header"], [%"keys.144", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.11" = add i64 %"cursor.132", %".3837"
  %".3862" = zext i8 %"w0_1.16" to i64
  switch i64 %".3862", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.136" = phi  i64 [%"cursor.137", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"cursor.151", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data.112" = phi  ptr [%"data.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data_end.112" = phi  ptr [%"data_end.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"keys.112" = phi  ptr [%"keys.110", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.114", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"hdr.37" = getelementptr i8, ptr %"data.112", i64 %"cursor.136"
  %".3984" = getelementptr i8, ptr %"hdr.37", i64 8
  %".3985" = icmp ugt ptr %".3984", %"data_end.112"
  br i1 %".3985", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3987" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3988" = load i8, ptr %".3987", align 1
  %".3989" = getelementptr i8, ptr %"hdr.37", i64 2
  %".3990" = load i16, ptr %".3989", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".3988", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4009", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".3990", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4011", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.112", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.112", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.112", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".4013" = zext i8 %"w0_1.17" to i64
  %".4014" = trunc i64 %".4013" to i8
  %".4015" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %".4014", ptr %".4015", align 1
  %".4017" = add i64 %"cursor.136", 8
  %".4018" = icmp ne i64 1, 0
  %".4019" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4020" = zext i16 %".4019" to i64
  %".4021" = and i64 %".4020", 65528
  %".4022" = icmp eq i64 %".4021", 0
  br i1 %".4018", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2557" = trunc i64 %"end.7" to i16
  %".2558" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2557", ptr %".2558", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2561" = trunc i64 %"end.7" to i16
  %".2562" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2561", ptr %".2562", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2571" = trunc i64 %"end.7" to i16
  %".2572" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2571", ptr %".2572", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2575" = trunc i64 %"end.7" to i16
  %".2576" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2575", ptr %".2576", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2587" = trunc i64 %"cursor.58" to i32
  %".2588" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2587", [40 x i8]* %"header_copy", i32 8)
  %".2589" = icmp eq i64 %".2588", 0
  %".2590" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2591" = load i32, ptr %".2590", align 4
  %".2592" = zext i32 %".2591" to i64
  %"data.113" = inttoptr i64 %".2592" to ptr
  %".2593" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2594" = load i32, ptr %".2593", align 4
  %".2595" = zext i32 %".2594" to i64
  %"data_end.113" = inttoptr i64 %".2595" to ptr
  %".2596" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.113" = load ptr, ptr %".2596", align 8
  %".2597" = xor i1 %".2589", -1
  br i1 %".2597", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2599" = trunc i64 %"cursor.58" to i16
  %".2600" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2599", ptr %".2600", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2603" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2604" = load volatile i8, [40 x i8]* %".2603", align 1
  %".2605" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2606" = load volatile i16, [40 x i8]* %".2605", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2619" = getelementptr i8, ptr %"keys.114", i64 6
  store i8 1, ptr %".2619", align 1
  br i1 %".2617", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2639" = zext i8 %"w0_1.10" to i64
  switch i64 %".2639", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2622" = getelementptr i8, ptr %"keys.114", i64 7
  store i8 1, ptr %".2622", align 1
  %".2624" = getelementptr i8, ptr %"keys.114", i64 48
  %"flags.20" = load volatile i32, ptr %".2624", align 4
  %".2625" = and i32 %"flags.20", 1
  %".2626" = icmp ne i32 %".2625", 0
  %".2627" = xor i1 %".2626", -1
  br i1 %".2627", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2634" = trunc i64 %".2612" to i16
  %".2635" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2634", ptr %".2635", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2629" = trunc i64 %".2612" to i16
  %".2630" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2629", ptr %".2630", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2641" = trunc i64 %".2612" to i16
  %".2642" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2641", ptr %".2642", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  %".2645" = getelementptr i8, ptr %"keys.114", i64 2
  %".2646" = trunc i64 %".2612" to i16
  store volatile i16 %".2646", ptr %".2645", align 2
  %".2648" = load volatile i16, ptr %".2645", align 2
  %".2649" = zext i16 %".2648" to i64
  %"cursor.148" = and i64 %".2649", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  %".2651" = getelementptr i8, ptr %"keys.114", i64 2
  %".2652" = trunc i64 %".2612" to i16
  store volatile i16 %".2652", ptr %".2651", align 2
  %".2654" = load volatile i16, ptr %".2651", align 2
  %".2655" = zext i16 %".2654" to i64
  %"cursor.149" = and i64 %".2655", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  %".2657" = getelementptr i8, ptr %"keys.114", i64 2
  %".2658" = trunc i64 %".2612" to i16
  store volatile i16 %".2658", ptr %".2657", align 2
  %".2660" = load volatile i16, ptr %".2657", align 2
  %".2661" = zext i16 %".2660" to i64
  %"cursor.150" = and i64 %".2661", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  %".2663" = getelementptr i8, ptr %"keys.114", i64 2
  %".2664" = trunc i64 %".2612" to i16
  store volatile i16 %".2664", ptr %".2663", align 2
  %".2666" = load volatile i16, ptr %".2663", align 2
  %".2667" = zext i16 %".2666" to i64
  %"cursor.151" = and i64 %".2667", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  %".2669" = getelementptr i8, ptr %"keys.114", i64 2
  %".2670" = trunc i64 %".2612" to i16
  store volatile i16 %".2670", ptr %".2669", align 2
  %".2672" = load volatile i16, ptr %".2669", align 2
  %".2673" = zext i16 %".2672" to i64
  %"cursor.152" = and i64 %".2673", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  %".2675" = getelementptr i8, ptr %"keys.114", i64 2
  %".2676" = trunc i64 %".2612" to i16
  store volatile i16 %".2676", ptr %".2675", align 2
  %".2678" = load volatile i16, ptr %".2675", align 2
  %".2679" = zext i16 %".2678" to i64
  %"cursor.153" = and i64 %".2679", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  %".2681" = getelementptr i8, ptr %"keys.114", i64 2
  %".2682" = trunc i64 %".2612" to i16
  store volatile i16 %".2682", ptr %".2681", align 2
  %".2684" = load volatile i16, ptr %".2681", align 2
  %".2685" = zext i16 %".2684" to i64
  %"cursor.154" = and i64 %".2685", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre_version:
  %".2687" = getelementptr i8, ptr %"keys.114", i64 2
  %".2688" = trunc i64 %".2612" to i16
  store volatile i16 %".2688", ptr %".2687", align 2
  %".2690" = load volatile i16, ptr %".2687", align 2
  %".2691" = zext i16 %".2690" to i64
  %"cursor.155" = and i64 %".2691", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  %".2693" = getelementptr i8, ptr %"keys.114", i64 2
  %".2694" = trunc i64 %".2612" to i16
  store volatile i16 %".2694", ptr %".2693", align 2
  %".2696" = load volatile i16, ptr %".2693", align 2
  %".2697" = zext i16 %".2696" to i64
  %"cursor.156" = and i64 %".2697", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  %".2699" = getelementptr i8, ptr %"keys.114", i64 2
  %".2700" = trunc i64 %".2612" to i16
  store volatile i16 %".2700", ptr %".2699", align 2
  %".2702" = load volatile i16, ptr %".2699", align 2
  %".2703" = zext i16 %".2702" to i64
  %"cursor.157" = and i64 %".2703", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  %".2705" = getelementptr i8, ptr %"keys.114", i64 2
  %".2706" = trunc i64 %".2612" to i16
  store volatile i16 %".2706", ptr %".2705", align 2
  %".2708" = load volatile i16, ptr %".2705", align 2
  %".2709" = zext i16 %".2708" to i64
  %"cursor.158" = and i64 %".2709", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  %".2711" = getelementptr i8, ptr %"keys.114", i64 2
  %".2712" = trunc i64 %".2612" to i16
  store volatile i16 %".2712", ptr %".2711", align 2
  %".2714" = load volatile i16, ptr %".2711", align 2
  %".2715" = zext i16 %".2714" to i64
  %"cursor.159" = and i64 %".2715", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  %".2717" = getelementptr i8, ptr %"keys.114", i64 2
  %".2718" = trunc i64 %".2612" to i16
  store volatile i16 %".2718", ptr %".2717", align 2
  %".2720" = load volatile i16, ptr %".2717", align 2
  %".2721" = zext i16 %".2720" to i64
  %"cursor.160" = and i64 %".2721", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".2723" = trunc i64 34887 to i16
  %".2724" = call i16 @"llvm.bswap.i16"(i16 %".2723")
  %".2725" = getelementptr i8, ptr %"keys.114", i64 10
  store i16 %".2724", ptr %".2725", align 2
  %".2727" = getelementptr i8, ptr %"keys.114", i64 2
  %".2728" = trunc i64 %".2612" to i16
  store volatile i16 %".2728", ptr %".2727", align 2
  %".2730" = load volatile i16, ptr %".2727", align 2
  %".2731" = zext i16 %".2730" to i64
  %"cursor.161" = and i64 %".2731", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2733" = getelementptr i8, ptr %"keys.114", i64 8
  store i8 1, ptr %".2733", align 1
  %".2735" = getelementptr i8, ptr %"keys.114", i64 48
  %"flags.21" = load volatile i32, ptr %".2735", align 4
  %".2736" = and i32 %"flags.21", 4
  %".2737" = icmp ne i32 %".2736", 0
  br i1 %".2737", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2747" = getelementptr i8, ptr %"keys.114", i64 8
  store i8 1, ptr %".2747", align 1
  %".2749" = getelementptr i8, ptr %"keys.114", i64 48
  %"flags.22" = load volatile i32, ptr %".2749", align 4
  %".2750" = and i32 %"flags.22", 4
  %".2751" = icmp ne i32 %".2750", 0
  br i1 %".2751", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2739" = trunc i64 %".2612" to i16
  %".2740" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2739", ptr %".2740", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2743" = trunc i64 %".2612" to i16
  %".2744" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2743", ptr %".2744", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2753" = trunc i64 %".2612" to i16
  %".2754" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2753", ptr %".2754", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2757" = trunc i64 %".2612" to i16
  %".2758" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2757", ptr %".2758", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2769" = trunc i64 %"cursor.69" to i32
  %".2770" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2769", [40 x i8]* %"header_copy", i32 2)
  %".2771" = icmp eq i64 %".2770", 0
  %".2772" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2773" = load i32, ptr %".2772", align 4
  %".2774" = zext i32 %".2773" to i64
  %"data.115" = inttoptr i64 %".2774" to ptr
  %".2775" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2776" = load i32, ptr %".2775", align 4
  %".2777" = zext i32 %".2776" to i64
  %"data_end.115" = inttoptr i64 %".2777" to ptr
  %".2778" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.115" = load ptr, ptr %".2778", align 8
  %".2779" = xor i1 %".2771", -1
  br i1 %".2779", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".2781" = trunc i64 %"cursor.69" to i16
  %".2782" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2781", ptr %".2782", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".2785" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2786" = load volatile i8, [40 x i8]* %".2785", align 1
  %".2787" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2788" = load volatile i8, [40 x i8]* %".2787", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.copy_last_byte:
  %".2804" = add i64 %"cursor.69", %".2798"
  %".2805" = sub i64 %".2804", 1
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2806" = trunc i64 %".2805" to i32
  %".2807" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2806", i64* %"last_byte", i32 1)
  %".2808" = icmp eq i64 %".2807", 0
  %".2809" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2810" = load i32, ptr %".2809", align 4
  %".2811" = zext i32 %".2810" to i64
  %"data.117" = inttoptr i64 %".2811" to ptr
  %".2812" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2813" = load i32, ptr %".2812", align 4
  %".2814" = zext i32 %".2813" to i64
  %"data_end.117" = inttoptr i64 %".2814" to ptr
  %".2815" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.117" = load ptr, ptr %".2815", align 8
  %".2816" = xor i1 %".2808", -1
  br i1 %".2816", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed:
  %".2818" = trunc i64 %".2799" to i16
  %".2819" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2818", ptr %".2819", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext2.variable_part"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".2825" = trunc i64 %"end.8" to i16
  %".2826" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2825", ptr %".2826", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  %".2831" = getelementptr i8, ptr %"keys.118", i64 2
  %".2832" = trunc i64 %"end.8" to i16
  store volatile i16 %".2832", ptr %".2831", align 2
  %".2834" = load volatile i16, ptr %".2831", align 2
  %".2835" = zext i16 %".2834" to i64
  %"cursor.163" = and i64 %".2835", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  %".2838" = getelementptr i8, ptr %"keys.118", i64 2
  %".2839" = trunc i64 %"end.8" to i16
  store volatile i16 %".2839", ptr %".2838", align 2
  %".2841" = load volatile i16, ptr %".2838", align 2
  %".2842" = zext i16 %".2841" to i64
  %"cursor.165" = and i64 %".2842", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  %".2844" = getelementptr i8, ptr %"keys.118", i64 2
  %".2845" = trunc i64 %"end.8" to i16
  store volatile i16 %".2845", ptr %".2844", align 2
  %".2847" = load volatile i16, ptr %".2844", align 2
  %".2848" = zext i16 %".2847" to i64
  %"cursor.166" = and i64 %".2848", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  %".2850" = getelementptr i8, ptr %"keys.118", i64 2
  %".2851" = trunc i64 %"end.8" to i16
  store volatile i16 %".2851", ptr %".2850", align 2
  %".2853" = load volatile i16, ptr %".2850", align 2
  %".2854" = zext i16 %".2853" to i64
  %"cursor.167" = and i64 %".2854", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre_version:
  %".2856" = getelementptr i8, ptr %"keys.118", i64 2
  %".2857" = trunc i64 %"end.8" to i16
  store volatile i16 %".2857", ptr %".2856", align 2
  %".2859" = load volatile i16, ptr %".2856", align 2
  %".2860" = zext i16 %".2859" to i64
  %"cursor.168" = and i64 %".2860", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  %".2862" = getelementptr i8, ptr %"keys.118", i64 2
  %".2863" = trunc i64 %"end.8" to i16
  store volatile i16 %".2863", ptr %".2862", align 2
  %".2865" = load volatile i16, ptr %".2862", align 2
  %".2866" = zext i16 %".2865" to i64
  %"cursor.169" = and i64 %".2866", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  %".2868" = getelementptr i8, ptr %"keys.118", i64 2
  %".2869" = trunc i64 %"end.8" to i16
  store volatile i16 %".2869", ptr %".2868", align 2
  %".2871" = load volatile i16, ptr %".2868", align 2
  %".2872" = zext i16 %".2871" to i64
  %"cursor.170" = and i64 %".2872", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  %".2874" = getelementptr i8, ptr %"keys.118", i64 2
  %".2875" = trunc i64 %"end.8" to i16
  store volatile i16 %".2875", ptr %".2874", align 2
  %".2877" = load volatile i16, ptr %".2874", align 2
  %".2878" = zext i16 %".2877" to i64
  %"cursor.171" = and i64 %".2878", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  %".2880" = getelementptr i8, ptr %"keys.118", i64 2
  %".2881" = trunc i64 %"end.8" to i16
  store volatile i16 %".2881", ptr %".2880", align 2
  %".2883" = load volatile i16, ptr %".2880", align 2
  %".2884" = zext i16 %".2883" to i64
  %"cursor.172" = and i64 %".2884", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  %".2886" = getelementptr i8, ptr %"keys.118", i64 2
  %".2887" = trunc i64 %"end.8" to i16
  store volatile i16 %".2887", ptr %".2886", align 2
  %".2889" = load volatile i16, ptr %".2886", align 2
  %".2890" = zext i16 %".2889" to i64
  %"cursor.173" = and i64 %".2890", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".2892" = trunc i64 34887 to i16
  %".2893" = call i16 @"llvm.bswap.i16"(i16 %".2892")
  %".2894" = getelementptr i8, ptr %"keys.118", i64 10
  store i16 %".2893", ptr %".2894", align 2
  %".2896" = getelementptr i8, ptr %"keys.118", i64 2
  %".2897" = trunc i64 %"end.8" to i16
  store volatile i16 %".2897", ptr %".2896", align 2
  %".2899" = load volatile i16, ptr %".2896", align 2
  %".2900" = zext i16 %".2899" to i64
  %"cursor.174" = and i64 %".2900", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".2902" = getelementptr i8, ptr %"keys.118", i64 8
  store i8 1, ptr %".2902", align 1
  %".2904" = getelementptr i8, ptr %"keys.118", i64 48
  %"flags.23" = load volatile i32, ptr %".2904", align 4
  %".2905" = and i32 %"flags.23", 4
  %".2906" = icmp ne i32 %".2905", 0
  br i1 %".2906", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".2918" = getelementptr i8, ptr %"keys.118", i64 8
  store i8 1, ptr %".2918", align 1
  %".2920" = getelementptr i8, ptr %"keys.118", i64 48
  %"flags.24" = load volatile i32, ptr %".2920", align 4
  %".2921" = and i32 %"flags.24", 4
  %".2922" = icmp ne i32 %".2921", 0
  br i1 %".2922", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.162" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.163", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.177", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"cursor.178", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data.119" = phi  ptr [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.119" = phi  ptr [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.119" = phi  ptr [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.38" = getelementptr i8, ptr %"data.119", i64 %"cursor.162"
  %".4166" = getelementptr i8, ptr %"hdr.38", i64 2
  %".4167" = icmp ugt ptr %".4166", %"data_end.119"
  br i1 %".4167", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".4169" = getelementptr i8, ptr %"hdr.38", i64 0
  %".4170" = load i8, ptr %".4169", align 1
  %".4171" = getelementptr i8, ptr %"hdr.38", i64 1
  %".4172" = load i8, ptr %".4171", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".4170", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4191", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4172", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4193", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.119", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.119", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.119", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".4195" = zext i8 %"w0_1.18" to i64
  %".4196" = trunc i64 %".4195" to i8
  %".4197" = getelementptr i8, ptr %"keys.151", i64 9
  store i8 %".4196", ptr %".4197", align 1
  %".4199" = add i64 %"cursor.162", 2
  %".4200" = zext i8 %"w1_1.12" to i64
  %".4201" = mul i64 %".4200", 8
  %".4202" = add i64 %".4201", 6
  %".4203" = add i64 %".4202", 2
  %".4204" = add i64 %"cursor.162", %".4203"
  %".4205" = getelementptr i8, ptr %"data.151", i64 %"cursor.162"
  %".4206" = getelementptr i8, ptr %".4205", i64 %".4203"
  %".4207" = icmp ugt ptr %".4206", %"data_end.151"
  br i1 %".4207", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext3.variable_part:
  %"data.153" = phi  ptr [%"data.151", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data.152", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data_end.152", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.header"], [%"keys.152", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.12" = add i64 %"cursor.162", %".4203"
  %".4228" = zext i8 %"w0_1.18" to i64
  switch i64 %".4228", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.164" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".2967", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data.120" = phi  ptr [%"data.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data_end.120" = phi  ptr [%"data_end.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"keys.120" = phi  ptr [%"keys.118", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.122", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"hdr.39" = getelementptr i8, ptr %"data.120", i64 %"cursor.164"
  %".4346" = getelementptr i8, ptr %"hdr.39", i64 8
  %".4347" = icmp ugt ptr %".4346", %"data_end.120"
  br i1 %".4347", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".4349" = getelementptr i8, ptr %"hdr.39", i64 0
  %".4350" = load i8, ptr %".4349", align 1
  %".4351" = getelementptr i8, ptr %"hdr.39", i64 2
  %".4352" = load i16, ptr %".4351", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4350", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4371", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.19" = phi  i16 [%".4352", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4373", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.120", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.154", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.120", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.154", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.120", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.154", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".4375" = zext i8 %"w0_1.19" to i64
  %".4376" = trunc i64 %".4375" to i8
  %".4377" = getelementptr i8, ptr %"keys.155", i64 9
  store i8 %".4376", ptr %".4377", align 1
  %".4379" = add i64 %"cursor.164", 8
  %".4380" = icmp ne i64 1, 0
  %".4381" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".4382" = zext i16 %".4381" to i64
  %".4383" = and i64 %".4382", 65528
  %".4384" = icmp eq i64 %".4383", 0
  br i1 %".4380", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".2908" = trunc i64 %"end.8" to i16
  %".2909" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2908", ptr %".2909", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".2912" = getelementptr i8, ptr %"keys.118", i64 2
  %".2913" = trunc i64 %"end.8" to i16
  store volatile i16 %".2913", ptr %".2912", align 2
  %".2915" = load volatile i16, ptr %".2912", align 2
  %".2916" = zext i16 %".2915" to i64
  %"cursor.175" = and i64 %".2916", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".2924" = trunc i64 %"end.8" to i16
  %".2925" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2924", ptr %".2925", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".2928" = getelementptr i8, ptr %"keys.118", i64 2
  %".2929" = trunc i64 %"end.8" to i16
  store volatile i16 %".2929", ptr %".2928", align 2
  %".2931" = load volatile i16, ptr %".2928", align 2
  %".2932" = zext i16 %".2931" to i64
  %"cursor.176" = and i64 %".2932", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2942" = trunc i64 %"cursor.71" to i32
  %".2943" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2942", [40 x i8]* %"header_copy", i32 8)
  %".2944" = icmp eq i64 %".2943", 0
  %".2945" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2946" = load i32, ptr %".2945", align 4
  %".2947" = zext i32 %".2946" to i64
  %"data.121" = inttoptr i64 %".2947" to ptr
  %".2948" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2949" = load i32, ptr %".2948", align 4
  %".2950" = zext i32 %".2949" to i64
  %"data_end.121" = inttoptr i64 %".2950" to ptr
  %".2951" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.121" = load ptr, ptr %".2951", align 8
  %".2952" = xor i1 %".2944", -1
  br i1 %".2952", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".2954" = trunc i64 %"cursor.71" to i16
  %".2955" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2954", ptr %".2955", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".2958" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2959" = load volatile i8, [40 x i8]* %".2958", align 1
  %".2960" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2961" = load volatile i16, [40 x i8]* %".2960", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".2974" = getelementptr i8, ptr %"keys.122", i64 6
  store i8 1, ptr %".2974", align 1
  br i1 %".2972", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".2994" = zext i8 %"w0_1.12" to i64
  switch i64 %".2994", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".2977" = getelementptr i8, ptr %"keys.122", i64 7
  store i8 1, ptr %".2977", align 1
  %".2979" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.25" = load volatile i32, ptr %".2979", align 4
  %".2980" = and i32 %"flags.25", 1
  %".2981" = icmp ne i32 %".2980", 0
  %".2982" = xor i1 %".2981", -1
  br i1 %".2982", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".2989" = trunc i64 %".2967" to i16
  %".2990" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2989", ptr %".2990", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".2984" = trunc i64 %".2967" to i16
  %".2985" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2984", ptr %".2985", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".2996" = trunc i64 %".2967" to i16
  %".2997" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2996", ptr %".2997", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  %".3000" = getelementptr i8, ptr %"keys.122", i64 2
  %".3001" = trunc i64 %".2967" to i16
  store volatile i16 %".3001", ptr %".3000", align 2
  %".3003" = load volatile i16, ptr %".3000", align 2
  %".3004" = zext i16 %".3003" to i64
  %"cursor.177" = and i64 %".3004", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  %".3006" = getelementptr i8, ptr %"keys.122", i64 2
  %".3007" = trunc i64 %".2967" to i16
  store volatile i16 %".3007", ptr %".3006", align 2
  %".3009" = load volatile i16, ptr %".3006", align 2
  %".3010" = zext i16 %".3009" to i64
  %"cursor.178" = and i64 %".3010", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  %".3012" = getelementptr i8, ptr %"keys.122", i64 2
  %".3013" = trunc i64 %".2967" to i16
  store volatile i16 %".3013", ptr %".3012", align 2
  %".3015" = load volatile i16, ptr %".3012", align 2
  %".3016" = zext i16 %".3015" to i64
  %"cursor.179" = and i64 %".3016", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  %".3019" = getelementptr i8, ptr %"keys.122", i64 2
  %".3020" = trunc i64 %".2967" to i16
  store volatile i16 %".3020", ptr %".3019", align 2
  %".3022" = load volatile i16, ptr %".3019", align 2
  %".3023" = zext i16 %".3022" to i64
  %"cursor.180" = and i64 %".3023", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  %".3025" = getelementptr i8, ptr %"keys.122", i64 2
  %".3026" = trunc i64 %".2967" to i16
  store volatile i16 %".3026", ptr %".3025", align 2
  %".3028" = load volatile i16, ptr %".3025", align 2
  %".3029" = zext i16 %".3028" to i64
  %"cursor.181" = and i64 %".3029", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  %".3031" = getelementptr i8, ptr %"keys.122", i64 2
  %".3032" = trunc i64 %".2967" to i16
  store volatile i16 %".3032", ptr %".3031", align 2
  %".3034" = load volatile i16, ptr %".3031", align 2
  %".3035" = zext i16 %".3034" to i64
  %"cursor.182" = and i64 %".3035", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre_version:
  %".3037" = getelementptr i8, ptr %"keys.122", i64 2
  %".3038" = trunc i64 %".2967" to i16
  store volatile i16 %".3038", ptr %".3037", align 2
  %".3040" = load volatile i16, ptr %".3037", align 2
  %".3041" = zext i16 %".3040" to i64
  %"cursor.183" = and i64 %".3041", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  %".3043" = getelementptr i8, ptr %"keys.122", i64 2
  %".3044" = trunc i64 %".2967" to i16
  store volatile i16 %".3044", ptr %".3043", align 2
  %".3046" = load volatile i16, ptr %".3043", align 2
  %".3047" = zext i16 %".3046" to i64
  %"cursor.184" = and i64 %".3047", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  %".3049" = getelementptr i8, ptr %"keys.122", i64 2
  %".3050" = trunc i64 %".2967" to i16
  store volatile i16 %".3050", ptr %".3049", align 2
  %".3052" = load volatile i16, ptr %".3049", align 2
  %".3053" = zext i16 %".3052" to i64
  %"cursor.185" = and i64 %".3053", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  %".3055" = getelementptr i8, ptr %"keys.122", i64 2
  %".3056" = trunc i64 %".2967" to i16
  store volatile i16 %".3056", ptr %".3055", align 2
  %".3058" = load volatile i16, ptr %".3055", align 2
  %".3059" = zext i16 %".3058" to i64
  %"cursor.186" = and i64 %".3059", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  %".3061" = getelementptr i8, ptr %"keys.122", i64 2
  %".3062" = trunc i64 %".2967" to i16
  store volatile i16 %".3062", ptr %".3061", align 2
  %".3064" = load volatile i16, ptr %".3061", align 2
  %".3065" = zext i16 %".3064" to i64
  %"cursor.187" = and i64 %".3065", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  %".3067" = getelementptr i8, ptr %"keys.122", i64 2
  %".3068" = trunc i64 %".2967" to i16
  store volatile i16 %".3068", ptr %".3067", align 2
  %".3070" = load volatile i16, ptr %".3067", align 2
  %".3071" = zext i16 %".3070" to i64
  %"cursor.188" = and i64 %".3071", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".3073" = trunc i64 34887 to i16
  %".3074" = call i16 @"llvm.bswap.i16"(i16 %".3073")
  %".3075" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".3074", ptr %".3075", align 2
  %".3077" = getelementptr i8, ptr %"keys.122", i64 2
  %".3078" = trunc i64 %".2967" to i16
  store volatile i16 %".3078", ptr %".3077", align 2
  %".3080" = load volatile i16, ptr %".3077", align 2
  %".3081" = zext i16 %".3080" to i64
  %"cursor.189" = and i64 %".3081", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3083" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".3083", align 1
  %".3085" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.26" = load volatile i32, ptr %".3085", align 4
  %".3086" = and i32 %"flags.26", 4
  %".3087" = icmp ne i32 %".3086", 0
  br i1 %".3087", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3099" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".3099", align 1
  %".3101" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.27" = load volatile i32, ptr %".3101", align 4
  %".3102" = and i32 %"flags.27", 4
  %".3103" = icmp ne i32 %".3102", 0
  br i1 %".3103", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3089" = trunc i64 %".2967" to i16
  %".3090" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".3089", ptr %".3090", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3093" = getelementptr i8, ptr %"keys.122", i64 2
  %".3094" = trunc i64 %".2967" to i16
  store volatile i16 %".3094", ptr %".3093", align 2
  %".3096" = load volatile i16, ptr %".3093", align 2
  %".3097" = zext i16 %".3096" to i64
  %"cursor.190" = and i64 %".3097", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3105" = trunc i64 %".2967" to i16
  %".3106" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".3105", ptr %".3106", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3109" = getelementptr i8, ptr %"keys.122", i64 2
  %".3110" = trunc i64 %".2967" to i16
  store volatile i16 %".3110", ptr %".3109", align 2
  %".3112" = load volatile i16, ptr %".3109", align 2
  %".3113" = zext i16 %".3112" to i64
  %"cursor.191" = and i64 %".3113", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3121" = trunc i64 %"cursor.112" to i32
  %".3122" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3121", [40 x i8]* %"header_copy", i32 4)
  %".3123" = icmp eq i64 %".3122", 0
  %".3124" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3125" = load i32, ptr %".3124", align 4
  %".3126" = zext i32 %".3125" to i64
  %"data.123" = inttoptr i64 %".3126" to ptr
  %".3127" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3128" = load i32, ptr %".3127", align 4
  %".3129" = zext i32 %".3128" to i64
  %"data_end.123" = inttoptr i64 %".3129" to ptr
  %".3130" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.123" = load ptr, ptr %".3130", align 8
  %".3131" = xor i1 %".3123", -1
  br i1 %".3131", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".3133" = trunc i64 %"cursor.112" to i16
  %".3134" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3133", ptr %".3134", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".3137" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3138" = load volatile i16, [40 x i8]* %".3137", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".3153" = trunc i64 %".3146" to i16
  %".3154" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3153", ptr %".3154", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  %".3157" = getelementptr i8, ptr %"keys.124", i64 2
  %".3158" = trunc i64 %".3146" to i16
  store volatile i16 %".3158", ptr %".3157", align 2
  %".3160" = load volatile i16, ptr %".3157", align 2
  %".3161" = zext i16 %".3160" to i64
  %"cursor.192" = and i64 %".3161", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  %".3163" = getelementptr i8, ptr %"keys.124", i64 2
  %".3164" = trunc i64 %".3146" to i16
  store volatile i16 %".3164", ptr %".3163", align 2
  %".3166" = load volatile i16, ptr %".3163", align 2
  %".3167" = zext i16 %".3166" to i64
  %"cursor.193" = and i64 %".3167", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  %".3169" = getelementptr i8, ptr %"keys.124", i64 2
  %".3170" = trunc i64 %".3146" to i16
  store volatile i16 %".3170", ptr %".3169", align 2
  %".3172" = load volatile i16, ptr %".3169", align 2
  %".3173" = zext i16 %".3172" to i64
  %"cursor.195" = and i64 %".3173", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  %".3175" = getelementptr i8, ptr %"keys.124", i64 2
  %".3176" = trunc i64 %".3146" to i16
  store volatile i16 %".3176", ptr %".3175", align 2
  %".3178" = load volatile i16, ptr %".3175", align 2
  %".3179" = zext i16 %".3178" to i64
  %"cursor.196" = and i64 %".3179", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  %".3181" = getelementptr i8, ptr %"keys.124", i64 2
  %".3182" = trunc i64 %".3146" to i16
  store volatile i16 %".3182", ptr %".3181", align 2
  %".3184" = load volatile i16, ptr %".3181", align 2
  %".3185" = zext i16 %".3184" to i64
  %"cursor.197" = and i64 %".3185", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  %".3187" = getelementptr i8, ptr %"keys.124", i64 2
  %".3188" = trunc i64 %".3146" to i16
  store volatile i16 %".3188", ptr %".3187", align 2
  %".3190" = load volatile i16, ptr %".3187", align 2
  %".3191" = zext i16 %".3190" to i64
  %"cursor.198" = and i64 %".3191", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  %".3193" = getelementptr i8, ptr %"keys.124", i64 2
  %".3194" = trunc i64 %".3146" to i16
  store volatile i16 %".3194", ptr %".3193", align 2
  %".3196" = load volatile i16, ptr %".3193", align 2
  %".3197" = zext i16 %".3196" to i64
  %"cursor.199" = and i64 %".3197", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1.to_arp:
  %".3199" = getelementptr i8, ptr %"keys.124", i64 2
  %".3200" = trunc i64 %".3146" to i16
  store volatile i16 %".3200", ptr %".3199", align 2
  %".3202" = load volatile i16, ptr %".3199", align 2
  %".3203" = zext i16 %".3202" to i64
  %"cursor.200" = and i64 %".3203", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_arp.1:
  %".3205" = getelementptr i8, ptr %"keys.124", i64 2
  %".3206" = trunc i64 %".3146" to i16
  store volatile i16 %".3206", ptr %".3205", align 2
  %".3208" = load volatile i16, ptr %".3205", align 2
  %".3209" = zext i16 %".3208" to i64
  %"cursor.201" = and i64 %".3209", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_ptp:
  %".3211" = getelementptr i8, ptr %"keys.124", i64 2
  %".3212" = trunc i64 %".3146" to i16
  store volatile i16 %".3212", ptr %".3211", align 2
  %".3214" = load volatile i16, ptr %".3211", align 2
  %".3215" = zext i16 %".3214" to i64
  %"cursor.202" = and i64 %".3215", 16383
  br label %"ptp"
vlan_d1_vlan_tags1.to_cfm:
  %".3217" = getelementptr i8, ptr %"keys.124", i64 2
  %".3218" = trunc i64 %".3146" to i16
  store volatile i16 %".3218", ptr %".3217", align 2
  %".3220" = load volatile i16, ptr %".3217", align 2
  %".3221" = zext i16 %".3220" to i64
  %"cursor.203" = and i64 %".3221", 16383
  br label %"cfm"
vlan_d1_vlan_tags1.to_tipc:
  %".3223" = getelementptr i8, ptr %"keys.124", i64 2
  %".3224" = trunc i64 %".3146" to i16
  store volatile i16 %".3224", ptr %".3223", align 2
  %".3226" = load volatile i16, ptr %".3223", align 2
  %".3227" = zext i16 %".3226" to i64
  %"cursor.204" = and i64 %".3227", 16383
  br label %"tipc"
vlan_d1_vlan_tags1.to_fcoe:
  %".3229" = getelementptr i8, ptr %"keys.124", i64 2
  %".3230" = trunc i64 %".3146" to i16
  store volatile i16 %".3230", ptr %".3229", align 2
  %".3232" = load volatile i16, ptr %".3229", align 2
  %".3233" = zext i16 %".3232" to i64
  %"cursor.205" = and i64 %".3233", 16383
  br label %"fcoe"
vlan_d1_vlan_tags2:
  %"cursor.194" = phi  i64 [%"cursor.195", %"vlan_d1_vlan_tags1.to_vlan"], [%"cursor.196", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data.125" = phi  ptr [%"data.124", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.124", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data_end.125" = phi  ptr [%"data_end.124", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.124", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"keys.125" = phi  ptr [%"keys.124", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.124", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"hdr.40" = getelementptr i8, ptr %"data.125", i64 %"cursor.194"
  %".4524" = getelementptr i8, ptr %"hdr.40", i64 4
  %".4525" = icmp ugt ptr %".4524", %"data_end.125"
  br i1 %".4525", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".4527" = getelementptr i8, ptr %"hdr.40", i64 2
  %".4528" = load i16, ptr %".4527", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.20" = phi  i16 [%".4528", %"vlan_d1_vlan_tags2.linear"], [%".4547", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.125", %"vlan_d1_vlan_tags2.linear"], [%"data.156", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.125", %"vlan_d1_vlan_tags2.linear"], [%"data_end.156", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.125", %"vlan_d1_vlan_tags2.linear"], [%"keys.156", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".4549" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".4550" = zext i16 %".4549" to i64
  %".4551" = trunc i64 %".4550" to i16
  %".4552" = call i16 @"llvm.bswap.i16"(i16 %".4551")
  %".4553" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4552", ptr %".4553", align 2
  %".4555" = add i64 %"cursor.194", 4
  %".4556" = trunc i64 %".4555" to i16
  %".4557" = getelementptr i8, ptr %"keys.157", i64 0
  store i16 %".4556", ptr %".4557", align 2
  %".4559" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".4560" = zext i16 %".4559" to i64
  switch i64 %".4560", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe"]
pppoe_d1.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3245" = trunc i64 %"cursor.117" to i32
  %".3246" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3245", [40 x i8]* %"header_copy", i32 8)
  %".3247" = icmp eq i64 %".3246", 0
  %".3248" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3249" = load i32, ptr %".3248", align 4
  %".3250" = zext i32 %".3249" to i64
  %"data.126" = inttoptr i64 %".3250" to ptr
  %".3251" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3252" = load i32, ptr %".3251", align 4
  %".3253" = zext i32 %".3252" to i64
  %"data_end.126" = inttoptr i64 %".3253" to ptr
  %".3254" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.126" = load ptr, ptr %".3254", align 8
  %".3255" = xor i1 %".3247", -1
  br i1 %".3255", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".3257" = trunc i64 %"cursor.117" to i16
  %".3258" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3257", ptr %".3258", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".3261" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3262" = load volatile i8, [40 x i8]* %".3261", align 1
  %".3263" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3264" = load volatile i8, [40 x i8]* %".3263", align 1
  %".3265" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".3266" = load volatile i16, [40 x i8]* %".3265", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".3281" = trunc i64 %"cursor.117" to i16
  %".3282" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3281", ptr %".3282", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".3285" = add i64 %"cursor.117", 8
  %".3286" = trunc i64 %".3285" to i16
  %".3287" = getelementptr i8, ptr %"keys.127", i64 0
  store i16 %".3286", ptr %".3287", align 2
  %".3289" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".3290" = zext i16 %".3289" to i64
  switch i64 %".3290", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]
pppoe_d1.unknown:
  %".3292" = and i64 %".3290", 257
  %".3293" = icmp eq i64 %".3292", 1
  br i1 %".3293", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".3299" = getelementptr i8, ptr %"keys.127", i64 2
  %".3300" = trunc i64 %".3285" to i16
  store volatile i16 %".3300", ptr %".3299", align 2
  %".3302" = load volatile i16, ptr %".3299", align 2
  %".3303" = zext i16 %".3302" to i64
  %"cursor.206" = and i64 %".3303", 16383
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".3305" = getelementptr i8, ptr %"keys.127", i64 2
  %".3306" = trunc i64 %".3285" to i16
  store volatile i16 %".3306", ptr %".3305", align 2
  %".3308" = load volatile i16, ptr %".3305", align 2
  %".3309" = zext i16 %".3308" to i64
  %"cursor.207" = and i64 %".3309", 16383
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".3311" = trunc i64 34887 to i16
  %".3312" = call i16 @"llvm.bswap.i16"(i16 %".3311")
  %".3313" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".3312", ptr %".3313", align 2
  %".3315" = getelementptr i8, ptr %"keys.127", i64 2
  %".3316" = trunc i64 %".3285" to i16
  store volatile i16 %".3316", ptr %".3315", align 2
  %".3318" = load volatile i16, ptr %".3315", align 2
  %".3319" = zext i16 %".3318" to i64
  %"cursor.208" = and i64 %".3319", 16383
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".3321" = trunc i64 34888 to i16
  %".3322" = call i16 @"llvm.bswap.i16"(i16 %".3321")
  %".3323" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".3322", ptr %".3323", align 2
  %".3325" = getelementptr i8, ptr %"keys.127", i64 2
  %".3326" = trunc i64 %".3285" to i16
  store volatile i16 %".3326", ptr %".3325", align 2
  %".3328" = load volatile i16, ptr %".3325", align 2
  %".3329" = zext i16 %".3328" to i64
  %"cursor.209" = and i64 %".3329", 16383
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".3295" = trunc i64 %".3285" to i16
  %".3296" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3295", ptr %".3296", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3338" = trunc i64 %"cursor.125" to i32
  %".3339" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3338", [40 x i8]* %"header_copy", i32 14)
  %".3340" = icmp eq i64 %".3339", 0
  %".3341" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3342" = load i32, ptr %".3341", align 4
  %".3343" = zext i32 %".3342" to i64
  %"data.128" = inttoptr i64 %".3343" to ptr
  %".3344" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3345" = load i32, ptr %".3344", align 4
  %".3346" = zext i32 %".3345" to i64
  %"data_end.128" = inttoptr i64 %".3346" to ptr
  %".3347" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.128" = load ptr, ptr %".3347", align 8
  %".3348" = xor i1 %".3340", -1
  br i1 %".3348", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3350" = trunc i64 %"cursor.125" to i16
  %".3351" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3350", ptr %".3351", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3354" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3355" = load volatile i16, [40 x i8]* %".3354", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3367" = trunc i64 %".3363" to i16
  %".3368" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3367", ptr %".3368", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  %".3371" = getelementptr i8, ptr %"keys.129", i64 2
  %".3372" = trunc i64 %".3363" to i16
  store volatile i16 %".3372", ptr %".3371", align 2
  %".3374" = load volatile i16, ptr %".3371", align 2
  %".3375" = zext i16 %".3374" to i64
  %"cursor.210" = and i64 %".3375", 16383
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  %".3377" = getelementptr i8, ptr %"keys.129", i64 2
  %".3378" = trunc i64 %".3363" to i16
  store volatile i16 %".3378", ptr %".3377", align 2
  %".3380" = load volatile i16, ptr %".3377", align 2
  %".3381" = zext i16 %".3380" to i64
  %"cursor.211" = and i64 %".3381", 16383
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  %".3383" = getelementptr i8, ptr %"keys.129", i64 2
  %".3384" = trunc i64 %".3363" to i16
  store volatile i16 %".3384", ptr %".3383", align 2
  %".3386" = load volatile i16, ptr %".3383", align 2
  %".3387" = zext i16 %".3386" to i64
  %"cursor.212" = and i64 %".3387", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  %".3389" = getelementptr i8, ptr %"keys.129", i64 2
  %".3390" = trunc i64 %".3363" to i16
  store volatile i16 %".3390", ptr %".3389", align 2
  %".3392" = load volatile i16, ptr %".3389", align 2
  %".3393" = zext i16 %".3392" to i64
  %"cursor.213" = and i64 %".3393", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  %".3395" = getelementptr i8, ptr %"keys.129", i64 2
  %".3396" = trunc i64 %".3363" to i16
  store volatile i16 %".3396", ptr %".3395", align 2
  %".3398" = load volatile i16, ptr %".3395", align 2
  %".3399" = zext i16 %".3398" to i64
  %"cursor.214" = and i64 %".3399", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1.to_mpls.1:
  %".3401" = getelementptr i8, ptr %"keys.129", i64 2
  %".3402" = trunc i64 %".3363" to i16
  store volatile i16 %".3402", ptr %".3401", align 2
  %".3404" = load volatile i16, ptr %".3401", align 2
  %".3405" = zext i16 %".3404" to i64
  %"cursor.215" = and i64 %".3405", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1.to_pppoe:
  %".3407" = getelementptr i8, ptr %"keys.129", i64 2
  %".3408" = trunc i64 %".3363" to i16
  store volatile i16 %".3408", ptr %".3407", align 2
  %".3410" = load volatile i16, ptr %".3407", align 2
  %".3411" = zext i16 %".3410" to i64
  %"cursor.216" = and i64 %".3411", 16383
  br label %"pppoe_d1"
ethernet_d1.to_arp:
  %".3413" = getelementptr i8, ptr %"keys.129", i64 2
  %".3414" = trunc i64 %".3363" to i16
  store volatile i16 %".3414", ptr %".3413", align 2
  %".3416" = load volatile i16, ptr %".3413", align 2
  %".3417" = zext i16 %".3416" to i64
  %"cursor.217" = and i64 %".3417", 16383
  br label %"arp"
ethernet_d1.to_arp.1:
  %".3419" = getelementptr i8, ptr %"keys.129", i64 2
  %".3420" = trunc i64 %".3363" to i16
  store volatile i16 %".3420", ptr %".3419", align 2
  %".3422" = load volatile i16, ptr %".3419", align 2
  %".3423" = zext i16 %".3422" to i64
  %"cursor.218" = and i64 %".3423", 16383
  br label %"arp"
ethernet_d1.to_ptp:
  %".3425" = getelementptr i8, ptr %"keys.129", i64 2
  %".3426" = trunc i64 %".3363" to i16
  store volatile i16 %".3426", ptr %".3425", align 2
  %".3428" = load volatile i16, ptr %".3425", align 2
  %".3429" = zext i16 %".3428" to i64
  %"cursor.219" = and i64 %".3429", 16383
  br label %"ptp"
ethernet_d1.to_cfm:
  %".3431" = getelementptr i8, ptr %"keys.129", i64 2
  %".3432" = trunc i64 %".3363" to i16
  store volatile i16 %".3432", ptr %".3431", align 2
  %".3434" = load volatile i16, ptr %".3431", align 2
  %".3435" = zext i16 %".3434" to i64
  %"cursor.220" = and i64 %".3435", 16383
  br label %"cfm"
ethernet_d1.to_tipc:
  %".3437" = getelementptr i8, ptr %"keys.129", i64 2
  %".3438" = trunc i64 %".3363" to i16
  store volatile i16 %".3438", ptr %".3437", align 2
  %".3440" = load volatile i16, ptr %".3437", align 2
  %".3441" = zext i16 %".3440" to i64
  %"cursor.221" = and i64 %".3441", 16383
  br label %"tipc"
ethernet_d1.to_fcoe:
  %".3443" = getelementptr i8, ptr %"keys.129", i64 2
  %".3444" = trunc i64 %".3363" to i16
  store volatile i16 %".3444", ptr %".3443", align 2
  %".3446" = load volatile i16, ptr %".3443", align 2
  %".3447" = zext i16 %".3446" to i64
  %"cursor.222" = and i64 %".3447", 16383
  br label %"fcoe"
ppp_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3455" = trunc i64 %"cursor.127" to i32
  %".3456" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3455", [40 x i8]* %"header_copy", i32 4)
  %".3457" = icmp eq i64 %".3456", 0
  %".3458" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3459" = load i32, ptr %".3458", align 4
  %".3460" = zext i32 %".3459" to i64
  %"data.130" = inttoptr i64 %".3460" to ptr
  %".3461" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3462" = load i32, ptr %".3461", align 4
  %".3463" = zext i32 %".3462" to i64
  %"data_end.130" = inttoptr i64 %".3463" to ptr
  %".3464" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.130" = load ptr, ptr %".3464", align 8
  %".3465" = xor i1 %".3457", -1
  br i1 %".3465", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3467" = trunc i64 %"cursor.127" to i16
  %".3468" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".3467", ptr %".3468", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3471" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3472" = load volatile i16, [40 x i8]* %".3471", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3478" = and i64 %".3476", 0
  %".3479" = icmp eq i64 %".3478", 0
  br i1 %".3479", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".3485" = trunc i64 2048 to i16
  %".3486" = call i16 @"llvm.bswap.i16"(i16 %".3485")
  %".3487" = getelementptr i8, ptr %"keys.131", i64 10
  store i16 %".3486", ptr %".3487", align 2
  %".3489" = getelementptr i8, ptr %"keys.131", i64 8
  store i8 1, ptr %".3489", align 1
  %".3491" = getelementptr i8, ptr %"keys.131", i64 48
  %"flags.28" = load volatile i32, ptr %".3491", align 4
  %".3492" = and i32 %"flags.28", 4
  %".3493" = icmp ne i32 %".3492", 0
  br i1 %".3493", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".3505" = trunc i64 34525 to i16
  %".3506" = call i16 @"llvm.bswap.i16"(i16 %".3505")
  %".3507" = getelementptr i8, ptr %"keys.131", i64 10
  store i16 %".3506", ptr %".3507", align 2
  %".3509" = getelementptr i8, ptr %"keys.131", i64 8
  store i8 1, ptr %".3509", align 1
  %".3511" = getelementptr i8, ptr %"keys.131", i64 48
  %"flags.29" = load volatile i32, ptr %".3511", align 4
  %".3512" = and i32 %"flags.29", 4
  %".3513" = icmp ne i32 %".3512", 0
  br i1 %".3513", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".3525" = trunc i64 34827 to i16
  %".3526" = call i16 @"llvm.bswap.i16"(i16 %".3525")
  %".3527" = getelementptr i8, ptr %"keys.131", i64 10
  store i16 %".3526", ptr %".3527", align 2
  %".3529" = getelementptr i8, ptr %"keys.131", i64 8
  store i8 1, ptr %".3529", align 1
  %".3531" = getelementptr i8, ptr %"keys.131", i64 48
  %"flags.30" = load volatile i32, ptr %".3531", align 4
  %".3532" = and i32 %"flags.30", 4
  %".3533" = icmp ne i32 %".3532", 0
  br i1 %".3533", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".3481" = trunc i64 %".3474" to i16
  %".3482" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3481", ptr %".3482", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3495" = trunc i64 %".3474" to i16
  %".3496" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3495", ptr %".3496", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".3499" = getelementptr i8, ptr %"keys.131", i64 2
  %".3500" = trunc i64 %".3474" to i16
  store volatile i16 %".3500", ptr %".3499", align 2
  %".3502" = load volatile i16, ptr %".3499", align 2
  %".3503" = zext i16 %".3502" to i64
  %"cursor.223" = and i64 %".3503", 16383
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".3515" = trunc i64 %".3474" to i16
  %".3516" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3515", ptr %".3516", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".3519" = getelementptr i8, ptr %"keys.131", i64 2
  %".3520" = trunc i64 %".3474" to i16
  store volatile i16 %".3520", ptr %".3519", align 2
  %".3522" = load volatile i16, ptr %".3519", align 2
  %".3523" = zext i16 %".3522" to i64
  %"cursor.224" = and i64 %".3523", 16383
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".3535" = trunc i64 %".3474" to i16
  %".3536" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3535", ptr %".3536", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.225" = phi  i64 [%".3474", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.132" = phi  ptr [%"data.131", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.132" = phi  ptr [%"data_end.131", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.132" = phi  ptr [%"keys.131", %"ppp_d0.stop_at_encap.endif.2"]
  %".4640" = add i64 %"cursor.225", 0
  %".4641" = trunc i64 %".4640" to i16
  %".4642" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".4641", ptr %".4642", align 2
  br label %"return"
gre_d1.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3550" = trunc i64 %"cursor.128" to i32
  %".3551" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3550", [40 x i8]* %"header_copy", i32 4)
  %".3552" = icmp eq i64 %".3551", 0
  %".3553" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3554" = load i32, ptr %".3553", align 4
  %".3555" = zext i32 %".3554" to i64
  %"data.133" = inttoptr i64 %".3555" to ptr
  %".3556" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3557" = load i32, ptr %".3556", align 4
  %".3558" = zext i32 %".3557" to i64
  %"data_end.133" = inttoptr i64 %".3558" to ptr
  %".3559" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.133" = load ptr, ptr %".3559", align 8
  %".3560" = xor i1 %".3552", -1
  br i1 %".3560", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".3562" = trunc i64 %"cursor.128" to i16
  %".3563" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3562", ptr %".3563", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".3566" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3567" = load volatile i8, [40 x i8]* %".3566", align 1
  %".3568" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3569" = load volatile i8, [40 x i8]* %".3568", align 1
  %".3570" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3571" = load volatile i16, [40 x i8]* %".3570", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".3582" = trunc i64 %"cursor.128" to i16
  %".3583" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3582", ptr %".3583", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".3586" = add i64 %"cursor.128", 4
  %".3587" = zext i8 %"w0_1.14" to i64
  %".3588" = lshr i64 %".3587", 7
  %".3589" = and i64 %".3588", 1
  %".3590" = zext i8 %"w0_1.14" to i64
  %".3591" = lshr i64 %".3590", 5
  %".3592" = and i64 %".3591", 1
  %".3593" = add i64 %".3589", %".3592"
  %".3594" = zext i8 %"w0_1.14" to i64
  %".3595" = lshr i64 %".3594", 4
  %".3596" = and i64 %".3595", 1
  %".3597" = add i64 %".3593", %".3596"
  %".3598" = mul i64 %".3597", 4
  %".3599" = add i64 %".3598", 4
  %".3600" = getelementptr i8, ptr %"data.134", i64 %"cursor.128"
  %".3601" = getelementptr i8, ptr %".3600", i64 %".3599"
  %".3602" = icmp ugt ptr %".3601", %"data_end.134"
  br i1 %".3602", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.136" = phi  ptr [%"data.134", %"gre_d1.stop_before.endif"], [%"data.135", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.134", %"gre_d1.stop_before.endif"], [%"data_end.135", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.134", %"gre_d1.stop_before.endif"], [%"keys.135", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.128", %".3599"
  %".3623" = getelementptr i8, ptr %"keys.136", i64 8
  store i8 1, ptr %".3623", align 1
  %".3625" = getelementptr i8, ptr %"keys.136", i64 48
  %"flags.31" = load volatile i32, ptr %".3625", align 4
  %".3626" = and i32 %"flags.31", 4
  %".3627" = icmp ne i32 %".3626", 0
  br i1 %".3627", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".3604" = add i64 %"cursor.128", %".3599"
  %".3605" = sub i64 %".3604", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3606" = trunc i64 %".3605" to i32
  %".3607" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3606", i64* %"last_byte", i32 1)
  %".3608" = icmp eq i64 %".3607", 0
  %".3609" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3610" = load i32, ptr %".3609", align 4
  %".3611" = zext i32 %".3610" to i64
  %"data.135" = inttoptr i64 %".3611" to ptr
  %".3612" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3613" = load i32, ptr %".3612", align 4
  %".3614" = zext i32 %".3613" to i64
  %"data_end.135" = inttoptr i64 %".3614" to ptr
  %".3615" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.135" = load ptr, ptr %".3615", align 8
  %".3616" = xor i1 %".3608", -1
  br i1 %".3616", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3618" = trunc i64 %"cursor.128" to i16
  %".3619" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3618", ptr %".3619", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3629" = trunc i64 %"end.9" to i16
  %".3630" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3629", ptr %".3630", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".3633" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3634" = zext i16 %".3633" to i64
  %".3635" = trunc i64 %".3634" to i16
  %".3636" = call i16 @"llvm.bswap.i16"(i16 %".3635")
  %".3637" = getelementptr i8, ptr %"keys.136", i64 10
  store i16 %".3636", ptr %".3637", align 2
  %".3639" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3640" = zext i16 %".3639" to i64
  switch i64 %".3640", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 25944, label %"gre_d1.to_ethernet"]
gre_d1.unknown:
  %".3642" = trunc i64 %"end.9" to i16
  %".3643" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3642", ptr %".3643", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".3646" = trunc i64 %"end.9" to i16
  %".3647" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3646", ptr %".3647", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3650" = trunc i64 %"end.9" to i16
  %".3651" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3650", ptr %".3651", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3654" = trunc i64 %"end.9" to i16
  %".3655" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3654", ptr %".3655", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3658" = trunc i64 %"end.9" to i16
  %".3659" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3658", ptr %".3659", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3662" = trunc i64 %"end.9" to i16
  %".3663" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3662", ptr %".3663", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3666" = trunc i64 %"end.9" to i16
  %".3667" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3666", ptr %".3667", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3670" = trunc i64 %"end.9" to i16
  %".3671" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3670", ptr %".3671", align 2
  br label %"return"
gre_d1.to_arp:
  %".3674" = trunc i64 %"end.9" to i16
  %".3675" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3674", ptr %".3675", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3678" = trunc i64 %"end.9" to i16
  %".3679" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3678", ptr %".3679", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3682" = trunc i64 %"end.9" to i16
  %".3683" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3682", ptr %".3683", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3686" = trunc i64 %"end.9" to i16
  %".3687" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3686", ptr %".3687", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3690" = trunc i64 %"end.9" to i16
  %".3691" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3690", ptr %".3691", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3694" = trunc i64 %"end.9" to i16
  %".3695" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3694", ptr %".3695", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3698" = trunc i64 %"end.9" to i16
  %".3699" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3698", ptr %".3699", align 2
  br label %"return"
pptp_d1.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3712" = trunc i64 %"cursor.130" to i32
  %".3713" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3712", [40 x i8]* %"header_copy", i32 4)
  %".3714" = icmp eq i64 %".3713", 0
  %".3715" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3716" = load i32, ptr %".3715", align 4
  %".3717" = zext i32 %".3716" to i64
  %"data.137" = inttoptr i64 %".3717" to ptr
  %".3718" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3719" = load i32, ptr %".3718", align 4
  %".3720" = zext i32 %".3719" to i64
  %"data_end.137" = inttoptr i64 %".3720" to ptr
  %".3721" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.137" = load ptr, ptr %".3721", align 8
  %".3722" = xor i1 %".3714", -1
  br i1 %".3722", label %"pptp_d1.copy_failed", label %"pptp_d1.copy_failed.endif"
pptp_d1.copy_failed:
  %".3724" = trunc i64 %"cursor.130" to i16
  %".3725" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3724", ptr %".3725", align 2
  br label %"return"
pptp_d1.copy_failed.endif:
  %".3728" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3729" = load volatile i8, [40 x i8]* %".3728", align 1
  %".3730" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3731" = load volatile i8, [40 x i8]* %".3730", align 1
  %".3732" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3733" = load volatile i16, [40 x i8]* %".3732", align 2
  br label %"pptp_d1.header"
pptp_d1.stop_before:
  %".3744" = trunc i64 %"cursor.130" to i16
  %".3745" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3744", ptr %".3745", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".3748" = add i64 %"cursor.130", 4
  %".3749" = zext i8 %"w0_1.15" to i64
  %".3750" = lshr i64 %".3749", 7
  %".3751" = and i64 %".3750", 1
  %".3752" = zext i8 %"w0_1.15" to i64
  %".3753" = lshr i64 %".3752", 5
  %".3754" = and i64 %".3753", 1
  %".3755" = add i64 %".3751", %".3754"
  %".3756" = zext i8 %"w0_1.15" to i64
  %".3757" = lshr i64 %".3756", 4
  %".3758" = and i64 %".3757", 1
  %".3759" = add i64 %".3755", %".3758"
  %".3760" = zext i8 %"w1_1.10" to i64
  %".3761" = lshr i64 %".3760", 7
  %".3762" = and i64 %".3761", 1
  %".3763" = add i64 %".3759", %".3762"
  %".3764" = mul i64 %".3763", 4
  %".3765" = add i64 %".3764", 4
  %".3766" = getelementptr i8, ptr %"data.138", i64 %"cursor.130"
  %".3767" = getelementptr i8, ptr %".3766", i64 %".3765"
  %".3768" = icmp ugt ptr %".3767", %"data_end.138"
  br i1 %".3768", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.140" = phi  ptr [%"data.138", %"pptp_d1.stop_before.endif"], [%"data.139", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.138", %"pptp_d1.stop_before.endif"], [%"data_end.139", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.138", %"pptp_d1.stop_before.endif"], [%"keys.139", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.130", %".3765"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".3770" = add i64 %"cursor.130", %".3765"
  %".3771" = sub i64 %".3770", 1
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3772" = trunc i64 %".3771" to i32
  %".3773" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3772", i64* %"last_byte", i32 1)
  %".3774" = icmp eq i64 %".3773", 0
  %".3775" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3776" = load i32, ptr %".3775", align 4
  %".3777" = zext i32 %".3776" to i64
  %"data.139" = inttoptr i64 %".3777" to ptr
  %".3778" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3779" = load i32, ptr %".3778", align 4
  %".3780" = zext i32 %".3779" to i64
  %"data_end.139" = inttoptr i64 %".3780" to ptr
  %".3781" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.139" = load ptr, ptr %".3781", align 8
  %".3782" = xor i1 %".3774", -1
  br i1 %".3782", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3784" = trunc i64 %"cursor.130" to i16
  %".3785" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3784", ptr %".3785", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3790" = trunc i64 %"end.10" to i16
  %".3791" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3790", ptr %".3791", align 2
  br label %"return"
pptp_d1.to_ppp:
  %".3794" = getelementptr i8, ptr %"keys.140", i64 2
  %".3795" = trunc i64 %"end.10" to i16
  store volatile i16 %".3795", ptr %".3794", align 2
  %".3797" = load volatile i16, ptr %".3794", align 2
  %".3798" = zext i16 %".3797" to i64
  %"cursor.227" = and i64 %".3798", 16383
  br label %"ppp_d1"
ppp_d1:
  %"cursor.226" = phi  i64 [%"cursor.227", %"pptp_d1.to_ppp"]
  %"data.141" = phi  ptr [%"data.140", %"pptp_d1.to_ppp"]
  %"data_end.141" = phi  ptr [%"data_end.140", %"pptp_d1.to_ppp"]
  %"keys.141" = phi  ptr [%"keys.140", %"pptp_d1.to_ppp"]
  %"hdr.41" = getelementptr i8, ptr %"data.141", i64 %"cursor.226"
  %".4645" = getelementptr i8, ptr %"hdr.41", i64 4
  %".4646" = icmp ugt ptr %".4645", %"data_end.141"
  br i1 %".4646", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".4648" = getelementptr i8, ptr %"hdr.41", i64 2
  %".4649" = load i16, ptr %".4648", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.21" = phi  i16 [%".4649", %"ppp_d1.linear"], [%".4668", %"ppp_d1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.141", %"ppp_d1.linear"], [%"data.158", %"ppp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.141", %"ppp_d1.linear"], [%"data_end.158", %"ppp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.141", %"ppp_d1.linear"], [%"keys.158", %"ppp_d1.copy_failed.endif"]
  %".4670" = add i64 %"cursor.226", 4
  %".4671" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".4672" = zext i16 %".4671" to i64
  switch i64 %".4672", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3808" = trunc i64 %"cursor.132" to i32
  %".3809" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3808", [40 x i8]* %"header_copy", i32 2)
  %".3810" = icmp eq i64 %".3809", 0
  %".3811" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3812" = load i32, ptr %".3811", align 4
  %".3813" = zext i32 %".3812" to i64
  %"data.142" = inttoptr i64 %".3813" to ptr
  %".3814" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3815" = load i32, ptr %".3814", align 4
  %".3816" = zext i32 %".3815" to i64
  %"data_end.142" = inttoptr i64 %".3816" to ptr
  %".3817" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.142" = load ptr, ptr %".3817", align 8
  %".3818" = xor i1 %".3810", -1
  br i1 %".3818", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3820" = trunc i64 %"cursor.132" to i16
  %".3821" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3820", ptr %".3821", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3824" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3825" = load volatile i8, [40 x i8]* %".3824", align 1
  %".3826" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3827" = load volatile i8, [40 x i8]* %".3826", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.copy_last_byte:
  %".3843" = add i64 %"cursor.132", %".3837"
  %".3844" = sub i64 %".3843", 1
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3845" = trunc i64 %".3844" to i32
  %".3846" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3845", i64* %"last_byte", i32 1)
  %".3847" = icmp eq i64 %".3846", 0
  %".3848" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3849" = load i32, ptr %".3848", align 4
  %".3850" = zext i32 %".3849" to i64
  %"data.144" = inttoptr i64 %".3850" to ptr
  %".3851" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3852" = load i32, ptr %".3851", align 4
  %".3853" = zext i32 %".3852" to i64
  %"data_end.144" = inttoptr i64 %".3853" to ptr
  %".3854" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.144" = load ptr, ptr %".3854", align 8
  %".3855" = xor i1 %".3847", -1
  br i1 %".3855", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed:
  %".3857" = trunc i64 %".3838" to i16
  %".3858" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3857", ptr %".3858", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext2.variable_part"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3864" = trunc i64 %"end.11" to i16
  %".3865" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3864", ptr %".3865", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  %".3868" = getelementptr i8, ptr %"keys.145", i64 2
  %".3869" = trunc i64 %"end.11" to i16
  store volatile i16 %".3869", ptr %".3868", align 2
  %".3871" = load volatile i16, ptr %".3868", align 2
  %".3872" = zext i16 %".3871" to i64
  %"cursor.229" = and i64 %".3872", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  %".3874" = getelementptr i8, ptr %"keys.145", i64 2
  %".3875" = trunc i64 %"end.11" to i16
  store volatile i16 %".3875", ptr %".3874", align 2
  %".3877" = load volatile i16, ptr %".3874", align 2
  %".3878" = zext i16 %".3877" to i64
  %"cursor.230" = and i64 %".3878", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  %".3880" = getelementptr i8, ptr %"keys.145", i64 2
  %".3881" = trunc i64 %"end.11" to i16
  store volatile i16 %".3881", ptr %".3880", align 2
  %".3883" = load volatile i16, ptr %".3880", align 2
  %".3884" = zext i16 %".3883" to i64
  %"cursor.231" = and i64 %".3884", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  %".3886" = getelementptr i8, ptr %"keys.145", i64 2
  %".3887" = trunc i64 %"end.11" to i16
  store volatile i16 %".3887", ptr %".3886", align 2
  %".3889" = load volatile i16, ptr %".3886", align 2
  %".3890" = zext i16 %".3889" to i64
  %"cursor.233" = and i64 %".3890", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  %".3892" = getelementptr i8, ptr %"keys.145", i64 2
  %".3893" = trunc i64 %"end.11" to i16
  store volatile i16 %".3893", ptr %".3892", align 2
  %".3895" = load volatile i16, ptr %".3892", align 2
  %".3896" = zext i16 %".3895" to i64
  %"cursor.234" = and i64 %".3896", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  %".3898" = getelementptr i8, ptr %"keys.145", i64 2
  %".3899" = trunc i64 %"end.11" to i16
  store volatile i16 %".3899", ptr %".3898", align 2
  %".3901" = load volatile i16, ptr %".3898", align 2
  %".3902" = zext i16 %".3901" to i64
  %"cursor.235" = and i64 %".3902", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  %".3904" = getelementptr i8, ptr %"keys.145", i64 2
  %".3905" = trunc i64 %"end.11" to i16
  store volatile i16 %".3905", ptr %".3904", align 2
  %".3907" = load volatile i16, ptr %".3904", align 2
  %".3908" = zext i16 %".3907" to i64
  %"cursor.236" = and i64 %".3908", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre_version:
  %".3910" = getelementptr i8, ptr %"keys.145", i64 2
  %".3911" = trunc i64 %"end.11" to i16
  store volatile i16 %".3911", ptr %".3910", align 2
  %".3913" = load volatile i16, ptr %".3910", align 2
  %".3914" = zext i16 %".3913" to i64
  %"cursor.237" = and i64 %".3914", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  %".3916" = getelementptr i8, ptr %"keys.145", i64 2
  %".3917" = trunc i64 %"end.11" to i16
  store volatile i16 %".3917", ptr %".3916", align 2
  %".3919" = load volatile i16, ptr %".3916", align 2
  %".3920" = zext i16 %".3919" to i64
  %"cursor.238" = and i64 %".3920", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  %".3922" = getelementptr i8, ptr %"keys.145", i64 2
  %".3923" = trunc i64 %"end.11" to i16
  store volatile i16 %".3923", ptr %".3922", align 2
  %".3925" = load volatile i16, ptr %".3922", align 2
  %".3926" = zext i16 %".3925" to i64
  %"cursor.239" = and i64 %".3926", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  %".3928" = getelementptr i8, ptr %"keys.145", i64 2
  %".3929" = trunc i64 %"end.11" to i16
  store volatile i16 %".3929", ptr %".3928", align 2
  %".3931" = load volatile i16, ptr %".3928", align 2
  %".3932" = zext i16 %".3931" to i64
  %"cursor.240" = and i64 %".3932", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  %".3934" = getelementptr i8, ptr %"keys.145", i64 2
  %".3935" = trunc i64 %"end.11" to i16
  store volatile i16 %".3935", ptr %".3934", align 2
  %".3937" = load volatile i16, ptr %".3934", align 2
  %".3938" = zext i16 %".3937" to i64
  %"cursor.241" = and i64 %".3938", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  %".3940" = getelementptr i8, ptr %"keys.145", i64 2
  %".3941" = trunc i64 %"end.11" to i16
  store volatile i16 %".3941", ptr %".3940", align 2
  %".3943" = load volatile i16, ptr %".3940", align 2
  %".3944" = zext i16 %".3943" to i64
  %"cursor.242" = and i64 %".3944", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".3946" = trunc i64 34887 to i16
  %".3947" = call i16 @"llvm.bswap.i16"(i16 %".3946")
  %".3948" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3947", ptr %".3948", align 2
  %".3950" = getelementptr i8, ptr %"keys.145", i64 2
  %".3951" = trunc i64 %"end.11" to i16
  store volatile i16 %".3951", ptr %".3950", align 2
  %".3953" = load volatile i16, ptr %".3950", align 2
  %".3954" = zext i16 %".3953" to i64
  %"cursor.243" = and i64 %".3954", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3956" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3956", align 1
  %".3958" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.32" = load volatile i32, ptr %".3958", align 4
  %".3959" = and i32 %"flags.32", 4
  %".3960" = icmp ne i32 %".3959", 0
  br i1 %".3960", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3970" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3970", align 1
  %".3972" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.33" = load volatile i32, ptr %".3972", align 4
  %".3973" = and i32 %"flags.33", 4
  %".3974" = icmp ne i32 %".3973", 0
  br i1 %".3974", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.228" = phi  i64 [%"cursor.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.230", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.231", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.244", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.245", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.246", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data.146" = phi  ptr [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.146" = phi  ptr [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.146" = phi  ptr [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.42" = getelementptr i8, ptr %"data.146", i64 %"cursor.228"
  %".4735" = getelementptr i8, ptr %"hdr.42", i64 2
  %".4736" = icmp ugt ptr %".4735", %"data_end.146"
  br i1 %".4736", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4738" = getelementptr i8, ptr %"hdr.42", i64 0
  %".4739" = load i8, ptr %".4738", align 1
  %".4740" = getelementptr i8, ptr %"hdr.42", i64 1
  %".4741" = load i8, ptr %".4740", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.20" = phi  i8 [%".4739", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4760", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4741", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4762", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4764" = zext i8 %"w0_1.20" to i64
  %".4765" = trunc i64 %".4764" to i8
  %".4766" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %".4765", ptr %".4766", align 1
  %".4768" = add i64 %"cursor.228", 2
  %".4769" = zext i8 %"w1_1.13" to i64
  %".4770" = mul i64 %".4769", 8
  %".4771" = add i64 %".4770", 6
  %".4772" = add i64 %".4771", 2
  %".4773" = add i64 %"cursor.228", %".4772"
  %".4774" = getelementptr i8, ptr %"data.161", i64 %"cursor.228"
  %".4775" = getelementptr i8, ptr %".4774", i64 %".4772"
  %".4776" = icmp ugt ptr %".4775", %"data_end.161"
  br i1 %".4776", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext3.variable_part:
  %"data.163" = phi  ptr [%"data.161", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data.162", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data_end.162", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.header"], [%"keys.162", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.13" = add i64 %"cursor.228", %".4772"
  %".4797" = zext i8 %"w0_1.20" to i64
  switch i64 %".4797", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.232" = phi  i64 [%"cursor.233", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"cursor.247", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data.147" = phi  ptr [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data_end.147" = phi  ptr [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"keys.147" = phi  ptr [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"hdr.43" = getelementptr i8, ptr %"data.147", i64 %"cursor.232"
  %".4911" = getelementptr i8, ptr %"hdr.43", i64 8
  %".4912" = icmp ugt ptr %".4911", %"data_end.147"
  br i1 %".4912", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4914" = getelementptr i8, ptr %"hdr.43", i64 0
  %".4915" = load i8, ptr %".4914", align 1
  %".4916" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4917" = load i16, ptr %".4916", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.21" = phi  i8 [%".4915", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4936", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.22" = phi  i16 [%".4917", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4938", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.165" = phi  ptr [%"data.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.164", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.165" = phi  ptr [%"data_end.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.164", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.165" = phi  ptr [%"keys.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.164", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4940" = zext i8 %"w0_1.21" to i64
  %".4941" = trunc i64 %".4940" to i8
  %".4942" = getelementptr i8, ptr %"keys.165", i64 9
  store i8 %".4941", ptr %".4942", align 1
  %".4944" = add i64 %"cursor.232", 8
  %".4945" = icmp ne i64 1, 0
  %".4946" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".4947" = zext i16 %".4946" to i64
  %".4948" = and i64 %".4947", 65528
  %".4949" = icmp eq i64 %".4948", 0
  br i1 %".4945", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3962" = trunc i64 %"end.11" to i16
  %".3963" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3962", ptr %".3963", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3966" = trunc i64 %"end.11" to i16
  %".3967" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3966", ptr %".3967", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3976" = trunc i64 %"end.11" to i16
  %".3977" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3976", ptr %".3977", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3980" = trunc i64 %"end.11" to i16
  %".3981" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3980", ptr %".3981", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3992" = trunc i64 %"cursor.136" to i32
  %".3993" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3992", [40 x i8]* %"header_copy", i32 8)
  %".3994" = icmp eq i64 %".3993", 0
  %".3995" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3996" = load i32, ptr %".3995", align 4
  %".3997" = zext i32 %".3996" to i64
  %"data.148" = inttoptr i64 %".3997" to ptr
  %".3998" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3999" = load i32, ptr %".3998", align 4
  %".4000" = zext i32 %".3999" to i64
  %"data_end.148" = inttoptr i64 %".4000" to ptr
  %".4001" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.148" = load ptr, ptr %".4001", align 8
  %".4002" = xor i1 %".3994", -1
  br i1 %".4002", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".4004" = trunc i64 %"cursor.136" to i16
  %".4005" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4004", ptr %".4005", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".4008" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4009" = load volatile i8, [40 x i8]* %".4008", align 1
  %".4010" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4011" = load volatile i16, [40 x i8]* %".4010", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".4024" = getelementptr i8, ptr %"keys.149", i64 6
  store i8 1, ptr %".4024", align 1
  br i1 %".4022", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".4044" = zext i8 %"w0_1.17" to i64
  switch i64 %".4044", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".4027" = getelementptr i8, ptr %"keys.149", i64 7
  store i8 1, ptr %".4027", align 1
  %".4029" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.34" = load volatile i32, ptr %".4029", align 4
  %".4030" = and i32 %"flags.34", 1
  %".4031" = icmp ne i32 %".4030", 0
  %".4032" = xor i1 %".4031", -1
  br i1 %".4032", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".4039" = trunc i64 %".4017" to i16
  %".4040" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4039", ptr %".4040", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".4034" = trunc i64 %".4017" to i16
  %".4035" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4034", ptr %".4035", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".4046" = trunc i64 %".4017" to i16
  %".4047" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4046", ptr %".4047", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  %".4050" = getelementptr i8, ptr %"keys.149", i64 2
  %".4051" = trunc i64 %".4017" to i16
  store volatile i16 %".4051", ptr %".4050", align 2
  %".4053" = load volatile i16, ptr %".4050", align 2
  %".4054" = zext i16 %".4053" to i64
  %"cursor.244" = and i64 %".4054", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  %".4056" = getelementptr i8, ptr %"keys.149", i64 2
  %".4057" = trunc i64 %".4017" to i16
  store volatile i16 %".4057", ptr %".4056", align 2
  %".4059" = load volatile i16, ptr %".4056", align 2
  %".4060" = zext i16 %".4059" to i64
  %"cursor.245" = and i64 %".4060", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  %".4062" = getelementptr i8, ptr %"keys.149", i64 2
  %".4063" = trunc i64 %".4017" to i16
  store volatile i16 %".4063", ptr %".4062", align 2
  %".4065" = load volatile i16, ptr %".4062", align 2
  %".4066" = zext i16 %".4065" to i64
  %"cursor.246" = and i64 %".4066", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  %".4068" = getelementptr i8, ptr %"keys.149", i64 2
  %".4069" = trunc i64 %".4017" to i16
  store volatile i16 %".4069", ptr %".4068", align 2
  %".4071" = load volatile i16, ptr %".4068", align 2
  %".4072" = zext i16 %".4071" to i64
  %"cursor.247" = and i64 %".4072", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  %".4074" = getelementptr i8, ptr %"keys.149", i64 2
  %".4075" = trunc i64 %".4017" to i16
  store volatile i16 %".4075", ptr %".4074", align 2
  %".4077" = load volatile i16, ptr %".4074", align 2
  %".4078" = zext i16 %".4077" to i64
  %"cursor.248" = and i64 %".4078", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  %".4080" = getelementptr i8, ptr %"keys.149", i64 2
  %".4081" = trunc i64 %".4017" to i16
  store volatile i16 %".4081", ptr %".4080", align 2
  %".4083" = load volatile i16, ptr %".4080", align 2
  %".4084" = zext i16 %".4083" to i64
  %"cursor.249" = and i64 %".4084", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  %".4086" = getelementptr i8, ptr %"keys.149", i64 2
  %".4087" = trunc i64 %".4017" to i16
  store volatile i16 %".4087", ptr %".4086", align 2
  %".4089" = load volatile i16, ptr %".4086", align 2
  %".4090" = zext i16 %".4089" to i64
  %"cursor.250" = and i64 %".4090", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre_version:
  %".4092" = getelementptr i8, ptr %"keys.149", i64 2
  %".4093" = trunc i64 %".4017" to i16
  store volatile i16 %".4093", ptr %".4092", align 2
  %".4095" = load volatile i16, ptr %".4092", align 2
  %".4096" = zext i16 %".4095" to i64
  %"cursor.251" = and i64 %".4096", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  %".4098" = getelementptr i8, ptr %"keys.149", i64 2
  %".4099" = trunc i64 %".4017" to i16
  store volatile i16 %".4099", ptr %".4098", align 2
  %".4101" = load volatile i16, ptr %".4098", align 2
  %".4102" = zext i16 %".4101" to i64
  %"cursor.252" = and i64 %".4102", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  %".4104" = getelementptr i8, ptr %"keys.149", i64 2
  %".4105" = trunc i64 %".4017" to i16
  store volatile i16 %".4105", ptr %".4104", align 2
  %".4107" = load volatile i16, ptr %".4104", align 2
  %".4108" = zext i16 %".4107" to i64
  %"cursor.253" = and i64 %".4108", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  %".4110" = getelementptr i8, ptr %"keys.149", i64 2
  %".4111" = trunc i64 %".4017" to i16
  store volatile i16 %".4111", ptr %".4110", align 2
  %".4113" = load volatile i16, ptr %".4110", align 2
  %".4114" = zext i16 %".4113" to i64
  %"cursor.254" = and i64 %".4114", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  %".4116" = getelementptr i8, ptr %"keys.149", i64 2
  %".4117" = trunc i64 %".4017" to i16
  store volatile i16 %".4117", ptr %".4116", align 2
  %".4119" = load volatile i16, ptr %".4116", align 2
  %".4120" = zext i16 %".4119" to i64
  %"cursor.255" = and i64 %".4120", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  %".4122" = getelementptr i8, ptr %"keys.149", i64 2
  %".4123" = trunc i64 %".4017" to i16
  store volatile i16 %".4123", ptr %".4122", align 2
  %".4125" = load volatile i16, ptr %".4122", align 2
  %".4126" = zext i16 %".4125" to i64
  %"cursor.256" = and i64 %".4126", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".4128" = trunc i64 34887 to i16
  %".4129" = call i16 @"llvm.bswap.i16"(i16 %".4128")
  %".4130" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".4129", ptr %".4130", align 2
  %".4132" = getelementptr i8, ptr %"keys.149", i64 2
  %".4133" = trunc i64 %".4017" to i16
  store volatile i16 %".4133", ptr %".4132", align 2
  %".4135" = load volatile i16, ptr %".4132", align 2
  %".4136" = zext i16 %".4135" to i64
  %"cursor.257" = and i64 %".4136", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".4138" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".4138", align 1
  %".4140" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.35" = load volatile i32, ptr %".4140", align 4
  %".4141" = and i32 %"flags.35", 4
  %".4142" = icmp ne i32 %".4141", 0
  br i1 %".4142", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".4152" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".4152", align 1
  %".4154" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.36" = load volatile i32, ptr %".4154", align 4
  %".4155" = and i32 %"flags.36", 4
  %".4156" = icmp ne i32 %".4155", 0
  br i1 %".4156", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".4144" = trunc i64 %".4017" to i16
  %".4145" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4144", ptr %".4145", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".4148" = trunc i64 %".4017" to i16
  %".4149" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4148", ptr %".4149", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".4158" = trunc i64 %".4017" to i16
  %".4159" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4158", ptr %".4159", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4162" = trunc i64 %".4017" to i16
  %".4163" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4162", ptr %".4163", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4174" = trunc i64 %"cursor.162" to i32
  %".4175" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4174", [40 x i8]* %"header_copy", i32 2)
  %".4176" = icmp eq i64 %".4175", 0
  %".4177" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4178" = load i32, ptr %".4177", align 4
  %".4179" = zext i32 %".4178" to i64
  %"data.150" = inttoptr i64 %".4179" to ptr
  %".4180" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4181" = load i32, ptr %".4180", align 4
  %".4182" = zext i32 %".4181" to i64
  %"data_end.150" = inttoptr i64 %".4182" to ptr
  %".4183" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.150" = load ptr, ptr %".4183", align 8
  %".4184" = xor i1 %".4176", -1
  br i1 %".4184", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".4186" = trunc i64 %"cursor.162" to i16
  %".4187" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".4186", ptr %".4187", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".4190" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4191" = load volatile i8, [40 x i8]* %".4190", align 1
  %".4192" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4193" = load volatile i8, [40 x i8]* %".4192", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.copy_last_byte:
  %".4209" = add i64 %"cursor.162", %".4203"
  %".4210" = sub i64 %".4209", 1
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4211" = trunc i64 %".4210" to i32
  %".4212" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4211", i64* %"last_byte", i32 1)
  %".4213" = icmp eq i64 %".4212", 0
  %".4214" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4215" = load i32, ptr %".4214", align 4
  %".4216" = zext i32 %".4215" to i64
  %"data.152" = inttoptr i64 %".4216" to ptr
  %".4217" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4218" = load i32, ptr %".4217", align 4
  %".4219" = zext i32 %".4218" to i64
  %"data_end.152" = inttoptr i64 %".4219" to ptr
  %".4220" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.152" = load ptr, ptr %".4220", align 8
  %".4221" = xor i1 %".4213", -1
  br i1 %".4221", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed:
  %".4223" = trunc i64 %".4204" to i16
  %".4224" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".4223", ptr %".4224", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext3.variable_part"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".4230" = trunc i64 %"end.12" to i16
  %".4231" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4230", ptr %".4231", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".4234" = trunc i64 %"end.12" to i16
  %".4235" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4234", ptr %".4235", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4238" = trunc i64 %"end.12" to i16
  %".4239" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4238", ptr %".4239", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4242" = trunc i64 %"end.12" to i16
  %".4243" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4242", ptr %".4243", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".4246" = trunc i64 %"end.12" to i16
  %".4247" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4246", ptr %".4247", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  %".4250" = getelementptr i8, ptr %"keys.153", i64 2
  %".4251" = trunc i64 %"end.12" to i16
  store volatile i16 %".4251", ptr %".4250", align 2
  %".4253" = load volatile i16, ptr %".4250", align 2
  %".4254" = zext i16 %".4253" to i64
  %"cursor.258" = and i64 %".4254", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  %".4256" = getelementptr i8, ptr %"keys.153", i64 2
  %".4257" = trunc i64 %"end.12" to i16
  store volatile i16 %".4257", ptr %".4256", align 2
  %".4259" = load volatile i16, ptr %".4256", align 2
  %".4260" = zext i16 %".4259" to i64
  %"cursor.259" = and i64 %".4260", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  %".4262" = getelementptr i8, ptr %"keys.153", i64 2
  %".4263" = trunc i64 %"end.12" to i16
  store volatile i16 %".4263", ptr %".4262", align 2
  %".4265" = load volatile i16, ptr %".4262", align 2
  %".4266" = zext i16 %".4265" to i64
  %"cursor.260" = and i64 %".4266", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre_version:
  %".4268" = getelementptr i8, ptr %"keys.153", i64 2
  %".4269" = trunc i64 %"end.12" to i16
  store volatile i16 %".4269", ptr %".4268", align 2
  %".4271" = load volatile i16, ptr %".4268", align 2
  %".4272" = zext i16 %".4271" to i64
  %"cursor.261" = and i64 %".4272", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  %".4274" = getelementptr i8, ptr %"keys.153", i64 2
  %".4275" = trunc i64 %"end.12" to i16
  store volatile i16 %".4275", ptr %".4274", align 2
  %".4277" = load volatile i16, ptr %".4274", align 2
  %".4278" = zext i16 %".4277" to i64
  %"cursor.262" = and i64 %".4278", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  %".4280" = getelementptr i8, ptr %"keys.153", i64 2
  %".4281" = trunc i64 %"end.12" to i16
  store volatile i16 %".4281", ptr %".4280", align 2
  %".4283" = load volatile i16, ptr %".4280", align 2
  %".4284" = zext i16 %".4283" to i64
  %"cursor.263" = and i64 %".4284", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  %".4286" = getelementptr i8, ptr %"keys.153", i64 2
  %".4287" = trunc i64 %"end.12" to i16
  store volatile i16 %".4287", ptr %".4286", align 2
  %".4289" = load volatile i16, ptr %".4286", align 2
  %".4290" = zext i16 %".4289" to i64
  %"cursor.264" = and i64 %".4290", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  %".4292" = getelementptr i8, ptr %"keys.153", i64 2
  %".4293" = trunc i64 %"end.12" to i16
  store volatile i16 %".4293", ptr %".4292", align 2
  %".4295" = load volatile i16, ptr %".4292", align 2
  %".4296" = zext i16 %".4295" to i64
  %"cursor.265" = and i64 %".4296", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  %".4298" = getelementptr i8, ptr %"keys.153", i64 2
  %".4299" = trunc i64 %"end.12" to i16
  store volatile i16 %".4299", ptr %".4298", align 2
  %".4301" = load volatile i16, ptr %".4298", align 2
  %".4302" = zext i16 %".4301" to i64
  %"cursor.266" = and i64 %".4302", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".4304" = trunc i64 34887 to i16
  %".4305" = call i16 @"llvm.bswap.i16"(i16 %".4304")
  %".4306" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4305", ptr %".4306", align 2
  %".4308" = getelementptr i8, ptr %"keys.153", i64 2
  %".4309" = trunc i64 %"end.12" to i16
  store volatile i16 %".4309", ptr %".4308", align 2
  %".4311" = load volatile i16, ptr %".4308", align 2
  %".4312" = zext i16 %".4311" to i64
  %"cursor.267" = and i64 %".4312", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".4314" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4314", align 1
  %".4316" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.37" = load volatile i32, ptr %".4316", align 4
  %".4317" = and i32 %"flags.37", 4
  %".4318" = icmp ne i32 %".4317", 0
  br i1 %".4318", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".4330" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4330", align 1
  %".4332" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.38" = load volatile i32, ptr %".4332", align 4
  %".4333" = and i32 %"flags.38", 4
  %".4334" = icmp ne i32 %".4333", 0
  br i1 %".4334", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".4320" = trunc i64 %"end.12" to i16
  %".4321" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4320", ptr %".4321", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".4324" = getelementptr i8, ptr %"keys.153", i64 2
  %".4325" = trunc i64 %"end.12" to i16
  store volatile i16 %".4325", ptr %".4324", align 2
  %".4327" = load volatile i16, ptr %".4324", align 2
  %".4328" = zext i16 %".4327" to i64
  %"cursor.268" = and i64 %".4328", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".4336" = trunc i64 %"end.12" to i16
  %".4337" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4336", ptr %".4337", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".4340" = getelementptr i8, ptr %"keys.153", i64 2
  %".4341" = trunc i64 %"end.12" to i16
  store volatile i16 %".4341", ptr %".4340", align 2
  %".4343" = load volatile i16, ptr %".4340", align 2
  %".4344" = zext i16 %".4343" to i64
  %"cursor.269" = and i64 %".4344", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4354" = trunc i64 %"cursor.164" to i32
  %".4355" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".4354", [40 x i8]* %"header_copy", i32 8)
  %".4356" = icmp eq i64 %".4355", 0
  %".4357" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4358" = load i32, ptr %".4357", align 4
  %".4359" = zext i32 %".4358" to i64
  %"data.154" = inttoptr i64 %".4359" to ptr
  %".4360" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4361" = load i32, ptr %".4360", align 4
  %".4362" = zext i32 %".4361" to i64
  %"data_end.154" = inttoptr i64 %".4362" to ptr
  %".4363" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.154" = load ptr, ptr %".4363", align 8
  %".4364" = xor i1 %".4356", -1
  br i1 %".4364", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".4366" = trunc i64 %"cursor.164" to i16
  %".4367" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".4366", ptr %".4367", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".4370" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4371" = load volatile i8, [40 x i8]* %".4370", align 1
  %".4372" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4373" = load volatile i16, [40 x i8]* %".4372", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".4386" = getelementptr i8, ptr %"keys.155", i64 6
  store i8 1, ptr %".4386", align 1
  br i1 %".4384", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".4406" = zext i8 %"w0_1.19" to i64
  switch i64 %".4406", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".4389" = getelementptr i8, ptr %"keys.155", i64 7
  store i8 1, ptr %".4389", align 1
  %".4391" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.39" = load volatile i32, ptr %".4391", align 4
  %".4392" = and i32 %"flags.39", 1
  %".4393" = icmp ne i32 %".4392", 0
  %".4394" = xor i1 %".4393", -1
  br i1 %".4394", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".4401" = trunc i64 %".4379" to i16
  %".4402" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4401", ptr %".4402", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".4396" = trunc i64 %".4379" to i16
  %".4397" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4396", ptr %".4397", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".4408" = trunc i64 %".4379" to i16
  %".4409" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4408", ptr %".4409", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".4412" = trunc i64 %".4379" to i16
  %".4413" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4412", ptr %".4413", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4416" = trunc i64 %".4379" to i16
  %".4417" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4416", ptr %".4417", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4420" = trunc i64 %".4379" to i16
  %".4421" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4420", ptr %".4421", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".4424" = trunc i64 %".4379" to i16
  %".4425" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4424", ptr %".4425", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  %".4428" = getelementptr i8, ptr %"keys.155", i64 2
  %".4429" = trunc i64 %".4379" to i16
  store volatile i16 %".4429", ptr %".4428", align 2
  %".4431" = load volatile i16, ptr %".4428", align 2
  %".4432" = zext i16 %".4431" to i64
  %"cursor.270" = and i64 %".4432", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  %".4434" = getelementptr i8, ptr %"keys.155", i64 2
  %".4435" = trunc i64 %".4379" to i16
  store volatile i16 %".4435", ptr %".4434", align 2
  %".4437" = load volatile i16, ptr %".4434", align 2
  %".4438" = zext i16 %".4437" to i64
  %"cursor.271" = and i64 %".4438", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  %".4440" = getelementptr i8, ptr %"keys.155", i64 2
  %".4441" = trunc i64 %".4379" to i16
  store volatile i16 %".4441", ptr %".4440", align 2
  %".4443" = load volatile i16, ptr %".4440", align 2
  %".4444" = zext i16 %".4443" to i64
  %"cursor.272" = and i64 %".4444", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre_version:
  %".4446" = getelementptr i8, ptr %"keys.155", i64 2
  %".4447" = trunc i64 %".4379" to i16
  store volatile i16 %".4447", ptr %".4446", align 2
  %".4449" = load volatile i16, ptr %".4446", align 2
  %".4450" = zext i16 %".4449" to i64
  %"cursor.273" = and i64 %".4450", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  %".4452" = getelementptr i8, ptr %"keys.155", i64 2
  %".4453" = trunc i64 %".4379" to i16
  store volatile i16 %".4453", ptr %".4452", align 2
  %".4455" = load volatile i16, ptr %".4452", align 2
  %".4456" = zext i16 %".4455" to i64
  %"cursor.274" = and i64 %".4456", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  %".4458" = getelementptr i8, ptr %"keys.155", i64 2
  %".4459" = trunc i64 %".4379" to i16
  store volatile i16 %".4459", ptr %".4458", align 2
  %".4461" = load volatile i16, ptr %".4458", align 2
  %".4462" = zext i16 %".4461" to i64
  %"cursor.275" = and i64 %".4462", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  %".4464" = getelementptr i8, ptr %"keys.155", i64 2
  %".4465" = trunc i64 %".4379" to i16
  store volatile i16 %".4465", ptr %".4464", align 2
  %".4467" = load volatile i16, ptr %".4464", align 2
  %".4468" = zext i16 %".4467" to i64
  %"cursor.276" = and i64 %".4468", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  %".4470" = getelementptr i8, ptr %"keys.155", i64 2
  %".4471" = trunc i64 %".4379" to i16
  store volatile i16 %".4471", ptr %".4470", align 2
  %".4473" = load volatile i16, ptr %".4470", align 2
  %".4474" = zext i16 %".4473" to i64
  %"cursor.277" = and i64 %".4474", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  %".4476" = getelementptr i8, ptr %"keys.155", i64 2
  %".4477" = trunc i64 %".4379" to i16
  store volatile i16 %".4477", ptr %".4476", align 2
  %".4479" = load volatile i16, ptr %".4476", align 2
  %".4480" = zext i16 %".4479" to i64
  %"cursor.278" = and i64 %".4480", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".4482" = trunc i64 34887 to i16
  %".4483" = call i16 @"llvm.bswap.i16"(i16 %".4482")
  %".4484" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4483", ptr %".4484", align 2
  %".4486" = getelementptr i8, ptr %"keys.155", i64 2
  %".4487" = trunc i64 %".4379" to i16
  store volatile i16 %".4487", ptr %".4486", align 2
  %".4489" = load volatile i16, ptr %".4486", align 2
  %".4490" = zext i16 %".4489" to i64
  %"cursor.279" = and i64 %".4490", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".4492" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4492", align 1
  %".4494" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.40" = load volatile i32, ptr %".4494", align 4
  %".4495" = and i32 %"flags.40", 4
  %".4496" = icmp ne i32 %".4495", 0
  br i1 %".4496", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".4508" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4508", align 1
  %".4510" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.41" = load volatile i32, ptr %".4510", align 4
  %".4511" = and i32 %"flags.41", 4
  %".4512" = icmp ne i32 %".4511", 0
  br i1 %".4512", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".4498" = trunc i64 %".4379" to i16
  %".4499" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4498", ptr %".4499", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".4502" = getelementptr i8, ptr %"keys.155", i64 2
  %".4503" = trunc i64 %".4379" to i16
  store volatile i16 %".4503", ptr %".4502", align 2
  %".4505" = load volatile i16, ptr %".4502", align 2
  %".4506" = zext i16 %".4505" to i64
  %"cursor.280" = and i64 %".4506", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".4514" = trunc i64 %".4379" to i16
  %".4515" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4514", ptr %".4515", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".4518" = getelementptr i8, ptr %"keys.155", i64 2
  %".4519" = trunc i64 %".4379" to i16
  store volatile i16 %".4519", ptr %".4518", align 2
  %".4521" = load volatile i16, ptr %".4518", align 2
  %".4522" = zext i16 %".4521" to i64
  %"cursor.281" = and i64 %".4522", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4530" = trunc i64 %"cursor.194" to i32
  %".4531" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".4530", [40 x i8]* %"header_copy", i32 4)
  %".4532" = icmp eq i64 %".4531", 0
  %".4533" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4534" = load i32, ptr %".4533", align 4
  %".4535" = zext i32 %".4534" to i64
  %"data.156" = inttoptr i64 %".4535" to ptr
  %".4536" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4537" = load i32, ptr %".4536", align 4
  %".4538" = zext i32 %".4537" to i64
  %"data_end.156" = inttoptr i64 %".4538" to ptr
  %".4539" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.156" = load ptr, ptr %".4539", align 8
  %".4540" = xor i1 %".4532", -1
  br i1 %".4540", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".4542" = trunc i64 %"cursor.194" to i16
  %".4543" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".4542", ptr %".4543", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".4546" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4547" = load volatile i16, [40 x i8]* %".4546", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".4562" = trunc i64 %".4555" to i16
  %".4563" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4562", ptr %".4563", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  %".4566" = getelementptr i8, ptr %"keys.157", i64 2
  %".4567" = trunc i64 %".4555" to i16
  store volatile i16 %".4567", ptr %".4566", align 2
  %".4569" = load volatile i16, ptr %".4566", align 2
  %".4570" = zext i16 %".4569" to i64
  %"cursor.282" = and i64 %".4570", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  %".4572" = getelementptr i8, ptr %"keys.157", i64 2
  %".4573" = trunc i64 %".4555" to i16
  store volatile i16 %".4573", ptr %".4572", align 2
  %".4575" = load volatile i16, ptr %".4572", align 2
  %".4576" = zext i16 %".4575" to i64
  %"cursor.283" = and i64 %".4576", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".4578" = trunc i64 %".4555" to i16
  %".4579" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4578", ptr %".4579", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4582" = trunc i64 %".4555" to i16
  %".4583" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4582", ptr %".4583", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  %".4586" = getelementptr i8, ptr %"keys.157", i64 2
  %".4587" = trunc i64 %".4555" to i16
  store volatile i16 %".4587", ptr %".4586", align 2
  %".4589" = load volatile i16, ptr %".4586", align 2
  %".4590" = zext i16 %".4589" to i64
  %"cursor.284" = and i64 %".4590", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  %".4592" = getelementptr i8, ptr %"keys.157", i64 2
  %".4593" = trunc i64 %".4555" to i16
  store volatile i16 %".4593", ptr %".4592", align 2
  %".4595" = load volatile i16, ptr %".4592", align 2
  %".4596" = zext i16 %".4595" to i64
  %"cursor.285" = and i64 %".4596", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  %".4598" = getelementptr i8, ptr %"keys.157", i64 2
  %".4599" = trunc i64 %".4555" to i16
  store volatile i16 %".4599", ptr %".4598", align 2
  %".4601" = load volatile i16, ptr %".4598", align 2
  %".4602" = zext i16 %".4601" to i64
  %"cursor.286" = and i64 %".4602", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2.to_arp:
  %".4604" = getelementptr i8, ptr %"keys.157", i64 2
  %".4605" = trunc i64 %".4555" to i16
  store volatile i16 %".4605", ptr %".4604", align 2
  %".4607" = load volatile i16, ptr %".4604", align 2
  %".4608" = zext i16 %".4607" to i64
  %"cursor.287" = and i64 %".4608", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_arp.1:
  %".4610" = getelementptr i8, ptr %"keys.157", i64 2
  %".4611" = trunc i64 %".4555" to i16
  store volatile i16 %".4611", ptr %".4610", align 2
  %".4613" = load volatile i16, ptr %".4610", align 2
  %".4614" = zext i16 %".4613" to i64
  %"cursor.288" = and i64 %".4614", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_ptp:
  %".4616" = getelementptr i8, ptr %"keys.157", i64 2
  %".4617" = trunc i64 %".4555" to i16
  store volatile i16 %".4617", ptr %".4616", align 2
  %".4619" = load volatile i16, ptr %".4616", align 2
  %".4620" = zext i16 %".4619" to i64
  %"cursor.289" = and i64 %".4620", 16383
  br label %"ptp"
vlan_d1_vlan_tags2.to_cfm:
  %".4622" = getelementptr i8, ptr %"keys.157", i64 2
  %".4623" = trunc i64 %".4555" to i16
  store volatile i16 %".4623", ptr %".4622", align 2
  %".4625" = load volatile i16, ptr %".4622", align 2
  %".4626" = zext i16 %".4625" to i64
  %"cursor.290" = and i64 %".4626", 16383
  br label %"cfm"
vlan_d1_vlan_tags2.to_tipc:
  %".4628" = getelementptr i8, ptr %"keys.157", i64 2
  %".4629" = trunc i64 %".4555" to i16
  store volatile i16 %".4629", ptr %".4628", align 2
  %".4631" = load volatile i16, ptr %".4628", align 2
  %".4632" = zext i16 %".4631" to i64
  %"cursor.291" = and i64 %".4632", 16383
  br label %"tipc"
vlan_d1_vlan_tags2.to_fcoe:
  %".4634" = getelementptr i8, ptr %"keys.157", i64 2
  %".4635" = trunc i64 %".4555" to i16
  store volatile i16 %".4635", ptr %".4634", align 2
  %".4637" = load volatile i16, ptr %".4634", align 2
  %".4638" = zext i16 %".4637" to i64
  %"cursor.292" = and i64 %".4638", 16383
  br label %"fcoe"
ppp_d1.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4651" = trunc i64 %"cursor.226" to i32
  %".4652" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".4651", [40 x i8]* %"header_copy", i32 4)
  %".4653" = icmp eq i64 %".4652", 0
  %".4654" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4655" = load i32, ptr %".4654", align 4
  %".4656" = zext i32 %".4655" to i64
  %"data.158" = inttoptr i64 %".4656" to ptr
  %".4657" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4658" = load i32, ptr %".4657", align 4
  %".4659" = zext i32 %".4658" to i64
  %"data_end.158" = inttoptr i64 %".4659" to ptr
  %".4660" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.158" = load ptr, ptr %".4660", align 8
  %".4661" = xor i1 %".4653", -1
  br i1 %".4661", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".4663" = trunc i64 %"cursor.226" to i16
  %".4664" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".4663", ptr %".4664", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".4667" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4668" = load volatile i16, [40 x i8]* %".4667", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".4674" = and i64 %".4672", 0
  %".4675" = icmp eq i64 %".4674", 0
  br i1 %".4675", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".4681" = trunc i64 2048 to i16
  %".4682" = call i16 @"llvm.bswap.i16"(i16 %".4681")
  %".4683" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4682", ptr %".4683", align 2
  %".4685" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4685", align 1
  %".4687" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.42" = load volatile i32, ptr %".4687", align 4
  %".4688" = and i32 %"flags.42", 4
  %".4689" = icmp ne i32 %".4688", 0
  br i1 %".4689", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".4699" = trunc i64 34525 to i16
  %".4700" = call i16 @"llvm.bswap.i16"(i16 %".4699")
  %".4701" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4700", ptr %".4701", align 2
  %".4703" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4703", align 1
  %".4705" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.43" = load volatile i32, ptr %".4705", align 4
  %".4706" = and i32 %"flags.43", 4
  %".4707" = icmp ne i32 %".4706", 0
  br i1 %".4707", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".4717" = trunc i64 34827 to i16
  %".4718" = call i16 @"llvm.bswap.i16"(i16 %".4717")
  %".4719" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4718", ptr %".4719", align 2
  %".4721" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4721", align 1
  %".4723" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.44" = load volatile i32, ptr %".4723", align 4
  %".4724" = and i32 %"flags.44", 4
  %".4725" = icmp ne i32 %".4724", 0
  br i1 %".4725", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".4677" = trunc i64 %".4670" to i16
  %".4678" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4677", ptr %".4678", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".4691" = trunc i64 %".4670" to i16
  %".4692" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4691", ptr %".4692", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".4695" = trunc i64 %".4670" to i16
  %".4696" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4695", ptr %".4696", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".4709" = trunc i64 %".4670" to i16
  %".4710" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4709", ptr %".4710", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".4713" = trunc i64 %".4670" to i16
  %".4714" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4713", ptr %".4714", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".4727" = trunc i64 %".4670" to i16
  %".4728" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4727", ptr %".4728", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".4731" = trunc i64 %".4670" to i16
  %".4732" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4731", ptr %".4732", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4743" = trunc i64 %"cursor.228" to i32
  %".4744" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4743", [40 x i8]* %"header_copy", i32 2)
  %".4745" = icmp eq i64 %".4744", 0
  %".4746" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4747" = load i32, ptr %".4746", align 4
  %".4748" = zext i32 %".4747" to i64
  %"data.160" = inttoptr i64 %".4748" to ptr
  %".4749" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4750" = load i32, ptr %".4749", align 4
  %".4751" = zext i32 %".4750" to i64
  %"data_end.160" = inttoptr i64 %".4751" to ptr
  %".4752" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.160" = load ptr, ptr %".4752", align 8
  %".4753" = xor i1 %".4745", -1
  br i1 %".4753", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4755" = trunc i64 %"cursor.228" to i16
  %".4756" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".4755", ptr %".4756", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4759" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4760" = load volatile i8, [40 x i8]* %".4759", align 1
  %".4761" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4762" = load volatile i8, [40 x i8]* %".4761", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.copy_last_byte:
  %".4778" = add i64 %"cursor.228", %".4772"
  %".4779" = sub i64 %".4778", 1
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4780" = trunc i64 %".4779" to i32
  %".4781" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4780", i64* %"last_byte", i32 1)
  %".4782" = icmp eq i64 %".4781", 0
  %".4783" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4784" = load i32, ptr %".4783", align 4
  %".4785" = zext i32 %".4784" to i64
  %"data.162" = inttoptr i64 %".4785" to ptr
  %".4786" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4787" = load i32, ptr %".4786", align 4
  %".4788" = zext i32 %".4787" to i64
  %"data_end.162" = inttoptr i64 %".4788" to ptr
  %".4789" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.162" = load ptr, ptr %".4789", align 8
  %".4790" = xor i1 %".4782", -1
  br i1 %".4790", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed:
  %".4792" = trunc i64 %".4773" to i16
  %".4793" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".4792", ptr %".4793", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext3.variable_part"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4799" = trunc i64 %"end.13" to i16
  %".4800" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4799", ptr %".4800", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".4803" = trunc i64 %"end.13" to i16
  %".4804" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4803", ptr %".4804", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4807" = trunc i64 %"end.13" to i16
  %".4808" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4807", ptr %".4808", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4811" = trunc i64 %"end.13" to i16
  %".4812" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4811", ptr %".4812", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4815" = trunc i64 %"end.13" to i16
  %".4816" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4815", ptr %".4816", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  %".4819" = getelementptr i8, ptr %"keys.163", i64 2
  %".4820" = trunc i64 %"end.13" to i16
  store volatile i16 %".4820", ptr %".4819", align 2
  %".4822" = load volatile i16, ptr %".4819", align 2
  %".4823" = zext i16 %".4822" to i64
  %"cursor.293" = and i64 %".4823", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  %".4825" = getelementptr i8, ptr %"keys.163", i64 2
  %".4826" = trunc i64 %"end.13" to i16
  store volatile i16 %".4826", ptr %".4825", align 2
  %".4828" = load volatile i16, ptr %".4825", align 2
  %".4829" = zext i16 %".4828" to i64
  %"cursor.294" = and i64 %".4829", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  %".4831" = getelementptr i8, ptr %"keys.163", i64 2
  %".4832" = trunc i64 %"end.13" to i16
  store volatile i16 %".4832", ptr %".4831", align 2
  %".4834" = load volatile i16, ptr %".4831", align 2
  %".4835" = zext i16 %".4834" to i64
  %"cursor.295" = and i64 %".4835", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre_version:
  %".4837" = getelementptr i8, ptr %"keys.163", i64 2
  %".4838" = trunc i64 %"end.13" to i16
  store volatile i16 %".4838", ptr %".4837", align 2
  %".4840" = load volatile i16, ptr %".4837", align 2
  %".4841" = zext i16 %".4840" to i64
  %"cursor.296" = and i64 %".4841", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  %".4843" = getelementptr i8, ptr %"keys.163", i64 2
  %".4844" = trunc i64 %"end.13" to i16
  store volatile i16 %".4844", ptr %".4843", align 2
  %".4846" = load volatile i16, ptr %".4843", align 2
  %".4847" = zext i16 %".4846" to i64
  %"cursor.297" = and i64 %".4847", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  %".4849" = getelementptr i8, ptr %"keys.163", i64 2
  %".4850" = trunc i64 %"end.13" to i16
  store volatile i16 %".4850", ptr %".4849", align 2
  %".4852" = load volatile i16, ptr %".4849", align 2
  %".4853" = zext i16 %".4852" to i64
  %"cursor.298" = and i64 %".4853", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  %".4855" = getelementptr i8, ptr %"keys.163", i64 2
  %".4856" = trunc i64 %"end.13" to i16
  store volatile i16 %".4856", ptr %".4855", align 2
  %".4858" = load volatile i16, ptr %".4855", align 2
  %".4859" = zext i16 %".4858" to i64
  %"cursor.299" = and i64 %".4859", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  %".4861" = getelementptr i8, ptr %"keys.163", i64 2
  %".4862" = trunc i64 %"end.13" to i16
  store volatile i16 %".4862", ptr %".4861", align 2
  %".4864" = load volatile i16, ptr %".4861", align 2
  %".4865" = zext i16 %".4864" to i64
  %"cursor.300" = and i64 %".4865", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  %".4867" = getelementptr i8, ptr %"keys.163", i64 2
  %".4868" = trunc i64 %"end.13" to i16
  store volatile i16 %".4868", ptr %".4867", align 2
  %".4870" = load volatile i16, ptr %".4867", align 2
  %".4871" = zext i16 %".4870" to i64
  %"cursor.301" = and i64 %".4871", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4873" = trunc i64 34887 to i16
  %".4874" = call i16 @"llvm.bswap.i16"(i16 %".4873")
  %".4875" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4874", ptr %".4875", align 2
  %".4877" = getelementptr i8, ptr %"keys.163", i64 2
  %".4878" = trunc i64 %"end.13" to i16
  store volatile i16 %".4878", ptr %".4877", align 2
  %".4880" = load volatile i16, ptr %".4877", align 2
  %".4881" = zext i16 %".4880" to i64
  %"cursor.302" = and i64 %".4881", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4883" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4883", align 1
  %".4885" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.45" = load volatile i32, ptr %".4885", align 4
  %".4886" = and i32 %"flags.45", 4
  %".4887" = icmp ne i32 %".4886", 0
  br i1 %".4887", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4897" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4897", align 1
  %".4899" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.46" = load volatile i32, ptr %".4899", align 4
  %".4900" = and i32 %"flags.46", 4
  %".4901" = icmp ne i32 %".4900", 0
  br i1 %".4901", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4889" = trunc i64 %"end.13" to i16
  %".4890" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4889", ptr %".4890", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4893" = trunc i64 %"end.13" to i16
  %".4894" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4893", ptr %".4894", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4903" = trunc i64 %"end.13" to i16
  %".4904" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4903", ptr %".4904", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4907" = trunc i64 %"end.13" to i16
  %".4908" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4907", ptr %".4908", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4919" = trunc i64 %"cursor.232" to i32
  %".4920" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4919", [40 x i8]* %"header_copy", i32 8)
  %".4921" = icmp eq i64 %".4920", 0
  %".4922" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4923" = load i32, ptr %".4922", align 4
  %".4924" = zext i32 %".4923" to i64
  %"data.164" = inttoptr i64 %".4924" to ptr
  %".4925" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4926" = load i32, ptr %".4925", align 4
  %".4927" = zext i32 %".4926" to i64
  %"data_end.164" = inttoptr i64 %".4927" to ptr
  %".4928" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.164" = load ptr, ptr %".4928", align 8
  %".4929" = xor i1 %".4921", -1
  br i1 %".4929", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4931" = trunc i64 %"cursor.232" to i16
  %".4932" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".4931", ptr %".4932", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4935" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4936" = load volatile i8, [40 x i8]* %".4935", align 1
  %".4937" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4938" = load volatile i16, [40 x i8]* %".4937", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4951" = getelementptr i8, ptr %"keys.165", i64 6
  store i8 1, ptr %".4951", align 1
  br i1 %".4949", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4971" = zext i8 %"w0_1.21" to i64
  switch i64 %".4971", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4954" = getelementptr i8, ptr %"keys.165", i64 7
  store i8 1, ptr %".4954", align 1
  %".4956" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.47" = load volatile i32, ptr %".4956", align 4
  %".4957" = and i32 %"flags.47", 1
  %".4958" = icmp ne i32 %".4957", 0
  %".4959" = xor i1 %".4958", -1
  br i1 %".4959", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4966" = trunc i64 %".4944" to i16
  %".4967" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4966", ptr %".4967", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4961" = trunc i64 %".4944" to i16
  %".4962" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4961", ptr %".4962", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4973" = trunc i64 %".4944" to i16
  %".4974" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4973", ptr %".4974", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".4977" = trunc i64 %".4944" to i16
  %".4978" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4977", ptr %".4978", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4981" = trunc i64 %".4944" to i16
  %".4982" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4981", ptr %".4982", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4985" = trunc i64 %".4944" to i16
  %".4986" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4985", ptr %".4986", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4989" = trunc i64 %".4944" to i16
  %".4990" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4989", ptr %".4990", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  %".4993" = getelementptr i8, ptr %"keys.165", i64 2
  %".4994" = trunc i64 %".4944" to i16
  store volatile i16 %".4994", ptr %".4993", align 2
  %".4996" = load volatile i16, ptr %".4993", align 2
  %".4997" = zext i16 %".4996" to i64
  %"cursor.303" = and i64 %".4997", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  %".4999" = getelementptr i8, ptr %"keys.165", i64 2
  %".5000" = trunc i64 %".4944" to i16
  store volatile i16 %".5000", ptr %".4999", align 2
  %".5002" = load volatile i16, ptr %".4999", align 2
  %".5003" = zext i16 %".5002" to i64
  %"cursor.304" = and i64 %".5003", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  %".5005" = getelementptr i8, ptr %"keys.165", i64 2
  %".5006" = trunc i64 %".4944" to i16
  store volatile i16 %".5006", ptr %".5005", align 2
  %".5008" = load volatile i16, ptr %".5005", align 2
  %".5009" = zext i16 %".5008" to i64
  %"cursor.305" = and i64 %".5009", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre_version:
  %".5011" = getelementptr i8, ptr %"keys.165", i64 2
  %".5012" = trunc i64 %".4944" to i16
  store volatile i16 %".5012", ptr %".5011", align 2
  %".5014" = load volatile i16, ptr %".5011", align 2
  %".5015" = zext i16 %".5014" to i64
  %"cursor.306" = and i64 %".5015", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  %".5017" = getelementptr i8, ptr %"keys.165", i64 2
  %".5018" = trunc i64 %".4944" to i16
  store volatile i16 %".5018", ptr %".5017", align 2
  %".5020" = load volatile i16, ptr %".5017", align 2
  %".5021" = zext i16 %".5020" to i64
  %"cursor.307" = and i64 %".5021", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  %".5023" = getelementptr i8, ptr %"keys.165", i64 2
  %".5024" = trunc i64 %".4944" to i16
  store volatile i16 %".5024", ptr %".5023", align 2
  %".5026" = load volatile i16, ptr %".5023", align 2
  %".5027" = zext i16 %".5026" to i64
  %"cursor.308" = and i64 %".5027", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  %".5029" = getelementptr i8, ptr %"keys.165", i64 2
  %".5030" = trunc i64 %".4944" to i16
  store volatile i16 %".5030", ptr %".5029", align 2
  %".5032" = load volatile i16, ptr %".5029", align 2
  %".5033" = zext i16 %".5032" to i64
  %"cursor.309" = and i64 %".5033", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  %".5035" = getelementptr i8, ptr %"keys.165", i64 2
  %".5036" = trunc i64 %".4944" to i16
  store volatile i16 %".5036", ptr %".5035", align 2
  %".5038" = load volatile i16, ptr %".5035", align 2
  %".5039" = zext i16 %".5038" to i64
  %"cursor.310" = and i64 %".5039", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  %".5041" = getelementptr i8, ptr %"keys.165", i64 2
  %".5042" = trunc i64 %".4944" to i16
  store volatile i16 %".5042", ptr %".5041", align 2
  %".5044" = load volatile i16, ptr %".5041", align 2
  %".5045" = zext i16 %".5044" to i64
  %"cursor.311" = and i64 %".5045", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5047" = trunc i64 34887 to i16
  %".5048" = call i16 @"llvm.bswap.i16"(i16 %".5047")
  %".5049" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".5048", ptr %".5049", align 2
  %".5051" = getelementptr i8, ptr %"keys.165", i64 2
  %".5052" = trunc i64 %".4944" to i16
  store volatile i16 %".5052", ptr %".5051", align 2
  %".5054" = load volatile i16, ptr %".5051", align 2
  %".5055" = zext i16 %".5054" to i64
  %"cursor.312" = and i64 %".5055", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5057" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".5057", align 1
  %".5059" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.48" = load volatile i32, ptr %".5059", align 4
  %".5060" = and i32 %"flags.48", 4
  %".5061" = icmp ne i32 %".5060", 0
  br i1 %".5061", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5071" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".5071", align 1
  %".5073" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.49" = load volatile i32, ptr %".5073", align 4
  %".5074" = and i32 %"flags.49", 4
  %".5075" = icmp ne i32 %".5074", 0
  br i1 %".5075", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5063" = trunc i64 %".4944" to i16
  %".5064" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5063", ptr %".5064", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5067" = trunc i64 %".4944" to i16
  %".5068" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5067", ptr %".5068", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5077" = trunc i64 %".4944" to i16
  %".5078" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5077", ptr %".5078", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5081" = trunc i64 %".4944" to i16
  %".5082" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5081", ptr %".5082", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }