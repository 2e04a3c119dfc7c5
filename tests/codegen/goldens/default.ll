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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_mpls_labels1.copy_failed"], [0, %"mpls_mpls_labels1.unknown"], [0, %"mpls_mpls_labels1.to_mpls"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select.4"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.header"], [0, %"udp.copy_failed"], [0, %"udp.copy_last_byte_failed"], [0, %"udp.variable_part"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select.4"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select.2"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select.2"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ppp_unknown"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  %".27" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".15")
  %".28" = icmp eq i16 %".27", 8
  br i1 %".28", label %"entry_d0.to_ipv4", label %"entry_d0.select"
entry_d0.to_ipv4:
  br label %"ipv4_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".397", %"vlan_d0_vlan_tags1.to_ipv4"], [%".531", %"pppoe_d0.to_ipv4"], [%".692", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1960", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2042", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4797", %"widening.test.9"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.40", %"pppoe_d0.to_ipv4"], [%"data.49", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.97", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.99", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data.173", %"widening.test.9"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.40", %"pppoe_d0.to_ipv4"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data_end.173", %"widening.test.9"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.40", %"pppoe_d0.to_ipv4"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ipv4"], [%"keys", %"widening.test.9"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".64" = getelementptr i8, ptr %"hdr", i64 20
  %".65" = icmp ugt ptr %".64", %"data_end.2"
  br i1 %".65", label %"ipv4_d0.copy", label %"ipv4_d0.linear", !prof !0
ipv4_d0.linear:
  %".67" = getelementptr i8, ptr %"hdr", i64 0
  %".68" = load i8, ptr %".67", align 1
  %".69" = getelementptr i8, ptr %"hdr", i64 6
  %".70" = load i16, ptr %".69", align 2
  %".71" = getelementptr i8, ptr %"hdr", i64 9
  %".72" = load i8, ptr %".71", align 1
  %".73" = getelementptr i8, ptr %"hdr", i64 12
  %".74" = load i64, ptr %".73", align 8
  br label %"ipv4_d0.header"
ipv4_d0.header:
  %"w0_1" = phi  i8 [%".68", %"ipv4_d0.linear"], [%".93", %"ipv4_d0.copy_failed.endif"]
  %"w6_2" = phi  i16 [%".70", %"ipv4_d0.linear"], [%".95", %"ipv4_d0.copy_failed.endif"]
  %"w9_1" = phi  i8 [%".72", %"ipv4_d0.linear"], [%".97", %"ipv4_d0.copy_failed.endif"]
  %"w12_8" = phi  i64 [%".74", %"ipv4_d0.linear"], [%".106", %"ipv4_d0.copy_failed.endif"]
  %"data.15" = phi  ptr [%"data.2", %"ipv4_d0.linear"], [%"data.14", %"ipv4_d0.copy_failed.endif"]
  %"data_end.15" = phi  ptr [%"data_end.2", %"ipv4_d0.linear"], [%"data_end.14", %"ipv4_d0.copy_failed.endif"]
  %"keys.15" = phi  ptr [%"keys.2", %"ipv4_d0.linear"], [%"keys.14", %"ipv4_d0.copy_failed.endif"]
  %".108" = zext i8 %"w0_1" to i64
  %".109" = and i64 %".108", 15
  %".110" = icmp uge i64 %".109", 5
  %".111" = xor i1 %".110", -1
  br i1 %".111", label %"ipv4_d0.require", label %"ipv4_d0.require.endif"
entry_d0.unknown:
  %".44" = trunc i64 %".26" to i16
  %".45" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".44", ptr %".45", align 2
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
entry_d0.select:
  %".30" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %".15")
  %".31" = icmp eq i16 %".30", 56710
  br i1 %".31", label %"entry_d0.to_ipv6", label %"entry_d0.select.1"
entry_d0.select.1:
  %".33" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %".15")
  %".34" = icmp eq i16 %".33", 129
  br i1 %".34", label %"entry_d0.to_vlan", label %"entry_d0.select.2"
entry_d0.select.2:
  %".36" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %".15")
  %".37" = icmp eq i16 %".36", 43144
  br i1 %".37", label %"entry_d0.to_vlan.1", label %"entry_d0.select.3"
entry_d0.select.3:
  %".39" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %".15")
  %".40" = icmp eq i16 %".39", 18312
  br i1 %".40", label %"entry_d0.to_mpls", label %"entry_d0.select.4"
entry_d0.select.4:
  %".42" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %".15")
  switch i16 %".42", label %"entry_d0.unknown" [i16 18568, label %"entry_d0.to_mpls.1" i16 25736, label %"entry_d0.to_pppoe" i16 1544, label %"entry_d0.to_arp" i16 13696, label %"entry_d0.to_arp.1" i16 63368, label %"entry_d0.to_ptp" i16 649, label %"entry_d0.to_cfm" i16 51848, label %"entry_d0.to_tipc" i16 1673, label %"entry_d0.to_fcoe" i16 12169, label %"entry_d0.to_hsr" i16 64392, label %"entry_d0.to_hsr.1" i16 1347, label %"entry_d0.to_batadv"]
ipv6_d0:
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".397", %"vlan_d0_vlan_tags1.to_ipv6"], [%".531", %"pppoe_d0.to_ipv6"], [%".692", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1960", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2042", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4742", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.40", %"pppoe_d0.to_ipv6"], [%"data.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.168", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.40", %"pppoe_d0.to_ipv6"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.168", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.40", %"pppoe_d0.to_ipv6"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".225" = getelementptr i8, ptr %"hdr.1", i64 40
  %".226" = icmp ugt ptr %".225", %"data_end.3"
  br i1 %".226", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".228" = getelementptr i8, ptr %"hdr.1", i64 0
  %".229" = load i32, ptr %".228", align 4
  %".230" = getelementptr i8, ptr %"hdr.1", i64 6
  %".231" = load i8, ptr %".230", align 1
  %".232" = getelementptr i8, ptr %"hdr.1", i64 8
  %".233" = load i64, ptr %".232", align 8
  %".234" = getelementptr i8, ptr %"hdr.1", i64 16
  %".235" = load i64, ptr %".234", align 8
  %".236" = getelementptr i8, ptr %"hdr.1", i64 24
  %".237" = load i64, ptr %".236", align 8
  %".238" = getelementptr i8, ptr %"hdr.1", i64 32
  %".239" = load i64, ptr %".238", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".229", %"ipv6_d0.linear"], [%".258", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".231", %"ipv6_d0.linear"], [%".260", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".233", %"ipv6_d0.linear"], [%".262", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".235", %"ipv6_d0.linear"], [%".264", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".237", %"ipv6_d0.linear"], [%".266", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".239", %"ipv6_d0.linear"], [%".268", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".270" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %"w6_1", ptr %".270", align 1
  %".272" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".272", align 8
  %".274" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".274", align 8
  %".276" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".276", align 8
  %".278" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".278", align 8
  %".280" = trunc i64 34525 to i16
  %".281" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".280", ptr %".281", align 2
  %".283" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".284" = zext i32 %".283" to i64
  %".285" = and i64 %".284", 1048575
  %".286" = trunc i64 %".285" to i32
  %".287" = call i32 @"llvm.bswap.i32"(i32 %".286")
  %".288" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".287", ptr %".288", align 4
  %".290" = add i64 %"cursor.2", 40
  %".291" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".292" = zext i32 %".291" to i64
  %".293" = and i64 %".292", 1048575
  %".294" = icmp ne i64 %".293", 0
  %".295" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".295", align 4
  %".296" = and i32 %"flags.3", 2
  %".297" = icmp ne i32 %".296", 0
  %".298" = and i1 %".294", %".297"
  br i1 %".298", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".370" = getelementptr i8, ptr %"hdr.2", i64 4
  %".371" = icmp ugt ptr %".370", %"data_end.4"
  br i1 %".371", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".373" = getelementptr i8, ptr %"hdr.2", i64 2
  %".374" = load i16, ptr %".373", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".374", %"vlan_d0_vlan_tags1.linear"], [%".393", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".395" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %"w2_2", ptr %".395", align 2
  %".397" = add i64 %"cursor.3", 4
  %".398" = trunc i64 %".397" to i16
  %".399" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".398", ptr %".399", align 2
  %".401" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".402" = zext i16 %".401" to i64
  %".403" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2")
  %".404" = icmp eq i16 %".403", 8
  br i1 %".404", label %"vlan_d0_vlan_tags1.to_ipv4", label %"vlan_d0_vlan_tags1.select"
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".290", %"ipv6_d0.to_mpls"], [%".397", %"vlan_d0_vlan_tags1.to_mpls"], [%".397", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".531", %"pppoe_d0.to_mpls"], [%".531", %"pppoe_d0.to_mpls.1"], [%".692", %"hsr_d0_vlan_tags1.to_mpls"], [%".692", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".781", %"batadv_d0.stop_at_encap.endif.4"], [%".781", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1387", %"ipv6_d1.to_mpls"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1960", %"vlan_d0_vlan_tags2.to_mpls"], [%".1960", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2042", %"hsr_d0_vlan_tags2.to_mpls"], [%".2042", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".2129", %"vlan_d1_vlan_tags1.to_mpls"], [%".2129", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2222", %"pppoe_d1.to_mpls"], [%".2222", %"pppoe_d1.to_mpls.1"], [%".2296", %"hsr_d1_vlan_tags1.to_mpls"], [%".2296", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.2", %"gre_d0.to_mpls"], [%"end.2", %"gre_d0.to_mpls.1"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".3340", %"vlan_d1_vlan_tags2.to_mpls"], [%".3340", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3422", %"hsr_d1_vlan_tags2.to_mpls"], [%".3422", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3713", %"ethernet_d1.to_mpls"], [%".3713", %"ethernet_d1.to_mpls.1"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".4463", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4579", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".5028", %"widening.test.30"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.40", %"pppoe_d0.to_mpls"], [%"data.40", %"pppoe_d0.to_mpls.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data.66", %"ipv4_d1.to_mpls"], [%"data.73", %"ipv6_d1.to_mpls"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.105", %"pppoe_d1.to_mpls"], [%"data.105", %"pppoe_d1.to_mpls.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.116", %"gre_d0.to_mpls"], [%"data.116", %"gre_d0.to_mpls.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.144", %"ethernet_d1.to_mpls"], [%"data.144", %"ethernet_d1.to_mpls.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.194", %"widening.test.30"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.40", %"pppoe_d0.to_mpls"], [%"data_end.40", %"pppoe_d0.to_mpls.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.66", %"ipv4_d1.to_mpls"], [%"data_end.73", %"ipv6_d1.to_mpls"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.105", %"pppoe_d1.to_mpls"], [%"data_end.105", %"pppoe_d1.to_mpls.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.116", %"gre_d0.to_mpls"], [%"data_end.116", %"gre_d0.to_mpls.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.144", %"ethernet_d1.to_mpls"], [%"data_end.144", %"ethernet_d1.to_mpls.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.194", %"widening.test.30"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.40", %"pppoe_d0.to_mpls"], [%"keys.40", %"pppoe_d0.to_mpls.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.66", %"ipv4_d1.to_mpls"], [%"keys.73", %"ipv6_d1.to_mpls"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.105", %"pppoe_d1.to_mpls"], [%"keys.105", %"pppoe_d1.to_mpls.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.116", %"gre_d0.to_mpls"], [%"keys.116", %"gre_d0.to_mpls.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.144", %"ethernet_d1.to_mpls"], [%"keys.144", %"ethernet_d1.to_mpls.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.30"]
  %".440" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".441" = getelementptr i8, ptr %"hdr.3", i64 4
  %".442" = icmp ugt ptr %".441", %"data_end.5"
  br i1 %".442", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".444" = getelementptr i8, ptr %"hdr.3", i64 2
  %".445" = load i8, ptr %".444", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".445", %"mpls_mpls_labels1.linear"], [%".464", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %".466" = add i64 %"cursor.4", 4
  %".467" = zext i8 %"w2_1" to i64
  %".468" = and i64 %".467", 1
  %".469" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".468")
  %".470" = icmp eq i64 %".469", 0
  br i1 %".470", label %"mpls_mpls_labels1.to_mpls", label %"mpls_mpls_labels1.select"
mpls_mpls_labels1.to_mpls:
  %".477" = trunc i64 %".466" to i16
  %".478" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".477", ptr %".478", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".397", %"vlan_d0_vlan_tags1.to_pppoe"], [%".692", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1960", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2042", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4731", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.167", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.167", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".481" = getelementptr i8, ptr %"hdr.4", i64 8
  %".482" = icmp ugt ptr %".481", %"data_end.6"
  br i1 %".482", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".484" = getelementptr i8, ptr %"hdr.4", i64 0
  %".485" = load i8, ptr %".484", align 1
  %".486" = getelementptr i8, ptr %"hdr.4", i64 1
  %".487" = load i8, ptr %".486", align 1
  %".488" = getelementptr i8, ptr %"hdr.4", i64 6
  %".489" = load i16, ptr %".488", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".485", %"pppoe_d0.linear"], [%".508", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".487", %"pppoe_d0.linear"], [%".510", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".489", %"pppoe_d0.linear"], [%".512", %"pppoe_d0.copy_failed.endif"]
  %"data.40" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.39", %"pppoe_d0.copy_failed.endif"]
  %"data_end.40" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.39", %"pppoe_d0.copy_failed.endif"]
  %"keys.40" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.39", %"pppoe_d0.copy_failed.endif"]
  %".514" = zext i8 %"w0_1.1" to i64
  %".515" = lshr i64 %".514", 4
  %".516" = and i64 %".515", 15
  %".517" = icmp eq i64 %".516", 1
  %".518" = zext i8 %"w0_1.1" to i64
  %".519" = and i64 %".518", 15
  %".520" = icmp eq i64 %".519", 1
  %".521" = and i1 %".517", %".520"
  %".522" = zext i8 %"w1_1" to i64
  %".523" = icmp eq i64 %".522", 0
  %".524" = and i1 %".521", %".523"
  %".525" = xor i1 %".524", -1
  br i1 %".525", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".397", %"vlan_d0_vlan_tags1.to_arp"], [%".397", %"vlan_d0_vlan_tags1.to_arp.1"], [%".692", %"hsr_d0_vlan_tags1.to_arp"], [%".692", %"hsr_d0_vlan_tags1.to_arp.1"], [%".781", %"batadv_d0.stop_at_encap.endif.7"], [%".781", %"batadv_d0.stop_at_encap.endif.8"], [%".1960", %"vlan_d0_vlan_tags2.to_arp"], [%".1960", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2042", %"hsr_d0_vlan_tags2.to_arp"], [%".2042", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2129", %"vlan_d1_vlan_tags1.to_arp"], [%".2129", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2296", %"hsr_d1_vlan_tags1.to_arp"], [%".2296", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.2", %"gre_d0.to_arp"], [%"end.2", %"gre_d0.to_arp.1"], [%".3340", %"vlan_d1_vlan_tags2.to_arp"], [%".3340", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3422", %"hsr_d1_vlan_tags2.to_arp"], [%".3422", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3713", %"ethernet_d1.to_arp"], [%".3713", %"ethernet_d1.to_arp.1"], [%".4929", %"widening.test.21"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.116", %"gre_d0.to_arp"], [%"data.116", %"gre_d0.to_arp.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.144", %"ethernet_d1.to_arp"], [%"data.144", %"ethernet_d1.to_arp.1"], [%"data.185", %"widening.test.21"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.116", %"gre_d0.to_arp"], [%"data_end.116", %"gre_d0.to_arp.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.144", %"ethernet_d1.to_arp"], [%"data_end.144", %"ethernet_d1.to_arp.1"], [%"data_end.185", %"widening.test.21"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.116", %"gre_d0.to_arp"], [%"keys.116", %"gre_d0.to_arp.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.144", %"ethernet_d1.to_arp"], [%"keys.144", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.21"]
  %".578" = add i64 %"cursor.6", 0
  %".579" = trunc i64 %".578" to i16
  %".580" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".579", ptr %".580", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".397", %"vlan_d0_vlan_tags1.to_ptp"], [%".692", %"hsr_d0_vlan_tags1.to_ptp"], [%".781", %"batadv_d0.stop_at_encap.endif.9"], [%".1960", %"vlan_d0_vlan_tags2.to_ptp"], [%".2042", %"hsr_d0_vlan_tags2.to_ptp"], [%".2129", %"vlan_d1_vlan_tags1.to_ptp"], [%".2296", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.2", %"gre_d0.to_ptp"], [%".3340", %"vlan_d1_vlan_tags2.to_ptp"], [%".3422", %"hsr_d1_vlan_tags2.to_ptp"], [%".3713", %"ethernet_d1.to_ptp"], [%".4918", %"widening.test.20"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.116", %"gre_d0.to_ptp"], [%"data.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.144", %"ethernet_d1.to_ptp"], [%"data.184", %"widening.test.20"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.116", %"gre_d0.to_ptp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.144", %"ethernet_d1.to_ptp"], [%"data_end.184", %"widening.test.20"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.116", %"gre_d0.to_ptp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.144", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.20"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".583" = getelementptr i8, ptr %"hdr.5", i64 34
  %".584" = icmp ugt ptr %".583", %"data_end.8"
  br i1 %".584", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.43" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.42", %"ptp.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.42", %"ptp.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.42", %"ptp.copy_failed.endif"]
  %".604" = add i64 %"cursor.7", 34
  %".605" = trunc i64 %".604" to i16
  %".606" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".605", ptr %".606", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".397", %"vlan_d0_vlan_tags1.to_cfm"], [%".692", %"hsr_d0_vlan_tags1.to_cfm"], [%".781", %"batadv_d0.stop_at_encap.endif.10"], [%".1960", %"vlan_d0_vlan_tags2.to_cfm"], [%".2042", %"hsr_d0_vlan_tags2.to_cfm"], [%".2129", %"vlan_d1_vlan_tags1.to_cfm"], [%".2296", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.2", %"gre_d0.to_cfm"], [%".3340", %"vlan_d1_vlan_tags2.to_cfm"], [%".3422", %"hsr_d1_vlan_tags2.to_cfm"], [%".3713", %"ethernet_d1.to_cfm"], [%".4907", %"widening.test.19"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.116", %"gre_d0.to_cfm"], [%"data.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.144", %"ethernet_d1.to_cfm"], [%"data.183", %"widening.test.19"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.116", %"gre_d0.to_cfm"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.144", %"ethernet_d1.to_cfm"], [%"data_end.183", %"widening.test.19"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.116", %"gre_d0.to_cfm"], [%"keys.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.144", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.19"]
  %".609" = add i64 %"cursor.8", 0
  %".610" = trunc i64 %".609" to i16
  %".611" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".610", ptr %".611", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".397", %"vlan_d0_vlan_tags1.to_tipc"], [%".692", %"hsr_d0_vlan_tags1.to_tipc"], [%".781", %"batadv_d0.stop_at_encap.endif.11"], [%".1960", %"vlan_d0_vlan_tags2.to_tipc"], [%".2042", %"hsr_d0_vlan_tags2.to_tipc"], [%".2129", %"vlan_d1_vlan_tags1.to_tipc"], [%".2296", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.2", %"gre_d0.to_tipc"], [%".3340", %"vlan_d1_vlan_tags2.to_tipc"], [%".3422", %"hsr_d1_vlan_tags2.to_tipc"], [%".3713", %"ethernet_d1.to_tipc"], [%".4896", %"widening.test.18"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.116", %"gre_d0.to_tipc"], [%"data.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.144", %"ethernet_d1.to_tipc"], [%"data.182", %"widening.test.18"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.116", %"gre_d0.to_tipc"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.144", %"ethernet_d1.to_tipc"], [%"data_end.182", %"widening.test.18"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.116", %"gre_d0.to_tipc"], [%"keys.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.144", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.18"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".614" = getelementptr i8, ptr %"hdr.6", i64 16
  %".615" = icmp ugt ptr %".614", %"data_end.10"
  br i1 %".615", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.45" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.44", %"tipc.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.44", %"tipc.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.44", %"tipc.copy_failed.endif"]
  %".635" = trunc i64 %"cursor.9" to i16
  %".636" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".635", ptr %".636", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".397", %"vlan_d0_vlan_tags1.to_fcoe"], [%".692", %"hsr_d0_vlan_tags1.to_fcoe"], [%".781", %"batadv_d0.stop_at_encap.endif.12"], [%".1960", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2042", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2129", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2296", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.2", %"gre_d0.to_fcoe"], [%".3340", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3422", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3713", %"ethernet_d1.to_fcoe"], [%".4885", %"widening.test.17"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.116", %"gre_d0.to_fcoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.144", %"ethernet_d1.to_fcoe"], [%"data.181", %"widening.test.17"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.116", %"gre_d0.to_fcoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.144", %"ethernet_d1.to_fcoe"], [%"data_end.181", %"widening.test.17"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.116", %"gre_d0.to_fcoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.144", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.17"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".639" = getelementptr i8, ptr %"hdr.7", i64 38
  %".640" = icmp ugt ptr %".639", %"data_end.11"
  br i1 %".640", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.47" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.46", %"fcoe.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.46", %"fcoe.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.46", %"fcoe.copy_failed.endif"]
  %".660" = add i64 %"cursor.10", 38
  %".661" = trunc i64 %".660" to i16
  %".662" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".661", ptr %".662", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".665" = getelementptr i8, ptr %"hdr.8", i64 6
  %".666" = icmp ugt ptr %".665", %"data_end.12"
  br i1 %".666", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".668" = getelementptr i8, ptr %"hdr.8", i64 4
  %".669" = load i16, ptr %".668", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".669", %"hsr_d0_vlan_tags1.linear"], [%".688", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".690" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %"w4_2", ptr %".690", align 2
  %".692" = add i64 %"cursor.11", 6
  %".693" = trunc i64 %".692" to i16
  %".694" = getelementptr i8, ptr %"keys.49", i64 0
  store i16 %".693", ptr %".694", align 2
  %".696" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".697" = zext i16 %".696" to i64
  %".698" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2")
  %".699" = icmp eq i16 %".698", 8
  br i1 %".699", label %"hsr_d0_vlan_tags1.to_ipv4", label %"hsr_d0_vlan_tags1.select"
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".397", %"vlan_d0_vlan_tags1.to_batadv"], [%".692", %"hsr_d0_vlan_tags1.to_batadv"], [%".1960", %"vlan_d0_vlan_tags2.to_batadv"], [%".2042", %"hsr_d0_vlan_tags2.to_batadv"], [%".4720", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.166", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.166", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".735" = getelementptr i8, ptr %"hdr.9", i64 24
  %".736" = icmp ugt ptr %".735", %"data_end.13"
  br i1 %".736", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".738" = getelementptr i8, ptr %"hdr.9", i64 0
  %".739" = load i8, ptr %".738", align 1
  %".740" = getelementptr i8, ptr %"hdr.9", i64 1
  %".741" = load i8, ptr %".740", align 1
  %".742" = getelementptr i8, ptr %"hdr.9", i64 22
  %".743" = load i16, ptr %".742", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".739", %"batadv_d0.linear"], [%".762", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".741", %"batadv_d0.linear"], [%".764", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".743", %"batadv_d0.linear"], [%".766", %"batadv_d0.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.50", %"batadv_d0.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.50", %"batadv_d0.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.50", %"batadv_d0.copy_failed.endif"]
  %".768" = zext i8 %"w1_1.1" to i64
  %".769" = icmp eq i64 %".768", 15
  %".770" = zext i8 %"w0_1.2" to i64
  %".771" = icmp eq i64 %".770", 64
  %".772" = and i1 %".769", %".771"
  %".773" = xor i1 %".772", -1
  br i1 %".773", label %"batadv_d0.require", label %"batadv_d0.require.endif"
ipv4_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".76" = trunc i64 %"cursor.1" to i32
  %".77" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".76", [40 x i8]* %"header_copy", i32 20)
  %".78" = icmp eq i64 %".77", 0
  %".79" = getelementptr i8, ptr %"ctx.1", i64 76
  %".80" = load i32, ptr %".79", align 4
  %".81" = zext i32 %".80" to i64
  %"data.14" = inttoptr i64 %".81" to ptr
  %".82" = getelementptr i8, ptr %"ctx.1", i64 80
  %".83" = load i32, ptr %".82", align 4
  %".84" = zext i32 %".83" to i64
  %"data_end.14" = inttoptr i64 %".84" to ptr
  %".85" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.14" = load ptr, ptr %".85", align 8
  %".86" = xor i1 %".78", -1
  br i1 %".86", label %"ipv4_d0.copy_failed", label %"ipv4_d0.copy_failed.endif"
ipv4_d0.copy_failed:
  %".88" = trunc i64 %"cursor.1" to i16
  %".89" = getelementptr i8, ptr %"keys.14", i64 2
  store i16 %".88", ptr %".89", align 2
  br label %"return"
ipv4_d0.copy_failed.endif:
  %".92" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".93" = load volatile i8, [40 x i8]* %".92", align 1
  %".94" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".95" = load volatile i16, [40 x i8]* %".94", align 2
  %".96" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".97" = load volatile i8, [40 x i8]* %".96", align 1
  %".98" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".99" = load volatile i32, [40 x i8]* %".98", align 4
  %".100" = zext i32 %".99" to i64
  %".101" = shl i64 %".100", 0
  %".102" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".103" = load volatile i32, [40 x i8]* %".102", align 4
  %".104" = zext i32 %".103" to i64
  %".105" = shl i64 %".104", 32
  %".106" = or i64 %".101", %".105"
  br label %"ipv4_d0.header"
ipv4_d0.require:
  %".113" = trunc i64 %"cursor.1" to i16
  %".114" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".113", ptr %".114", align 2
  br label %"return"
ipv4_d0.require.endif:
  %".117" = getelementptr i8, ptr %"keys.15", i64 9
  store i8 %"w9_1", ptr %".117", align 1
  %".119" = getelementptr i8, ptr %"keys.15", i64 16
  store i64 %"w12_8", ptr %".119", align 8
  %".121" = trunc i64 2048 to i16
  %".122" = getelementptr i8, ptr %"keys.15", i64 4
  store i16 %".121", ptr %".122", align 2
  %".124" = add i64 %"cursor.1", 20
  %".125" = zext i8 %"w0_1" to i64
  %".126" = and i64 %".125", 15
  %".127" = icmp eq i64 %".126", 5
  %".128" = xor i1 %".127", -1
  br i1 %".128", label %"ipv4_d0.variable", label %"ipv4_d0.no_variable", !prof !0
ipv4_d0.no_variable:
  br label %"ipv4_d0.variable.endif"
ipv4_d0.variable.endif:
  %"end" = phi  i64 [%".124", %"ipv4_d0.no_variable"], [%".136", %"ipv4_d0.variable"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.no_variable"], [%"data.15", %"ipv4_d0.variable"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.no_variable"], [%"data_end.15", %"ipv4_d0.variable"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.no_variable"], [%"keys.15", %"ipv4_d0.variable"]
  %".138" = and i16 %"w6_2", 65343
  %".139" = icmp ne i16 %".138", 0
  %".140" = and i16 %"w6_2", 65311
  %".141" = icmp eq i16 %".140", 0
  br i1 %".139", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".163" = zext i8 %"w9_1" to i64
  %".164" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".163")
  %".165" = icmp eq i64 %".164", 6
  br i1 %".165", label %"ipv4_d0.to_tcp", label %"ipv4_d0.select"
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".290", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1387", %"ipv6_d1.to_tcp"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".4463", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4579", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".5127", %"widening.test.39"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.66", %"ipv4_d1.to_tcp"], [%"data.73", %"ipv6_d1.to_tcp"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.203", %"widening.test.39"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.66", %"ipv4_d1.to_tcp"], [%"data_end.73", %"ipv6_d1.to_tcp"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.203", %"widening.test.39"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.66", %"ipv4_d1.to_tcp"], [%"keys.73", %"ipv6_d1.to_tcp"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.39"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".981" = getelementptr i8, ptr %"hdr.10", i64 4
  %".982" = icmp ugt ptr %".981", %"data_end.17"
  br i1 %".982", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".984" = getelementptr i8, ptr %"hdr.10", i64 0
  %".985" = load i32, ptr %".984", align 4
  br label %"tcp.header"
tcp.header:
  %"w0_4.1" = phi  i32 [%".985", %"tcp.linear"], [%".1004", %"tcp.copy_failed.endif"]
  %"data.57" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.56", %"tcp.copy_failed.endif"]
  %"data_end.57" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.56", %"tcp.copy_failed.endif"]
  %"keys.57" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.56", %"tcp.copy_failed.endif"]
  %".1006" = getelementptr i8, ptr %"keys.57", i64 12
  store i32 %"w0_4.1", ptr %".1006", align 4
  %".1008" = trunc i64 %"cursor.13" to i16
  %".1009" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".1008", ptr %".1009", align 2
  br label %"return"
ipv4_d0.variable:
  %".131" = zext i8 %"w0_1" to i64
  %".132" = and i64 %".131", 15
  %".133" = mul i64 %".132", 4
  %".134" = sub i64 %".133", 20
  %".135" = add i64 %".134", 20
  %".136" = add i64 %"cursor.1", %".135"
  br label %"ipv4_d0.variable.endif"
ipv4_d0.fragment:
  %".143" = getelementptr i8, ptr %"keys.16", i64 6
  store i8 1, ptr %".143", align 1
  br i1 %".141", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.first_fragment:
  %".146" = getelementptr i8, ptr %"keys.16", i64 7
  store i8 1, ptr %".146", align 1
  %".148" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags" = load volatile i32, ptr %".148", align 4
  %".149" = and i32 %"flags", 1
  %".150" = icmp ne i32 %".149", 0
  %".151" = xor i1 %".150", -1
  br i1 %".151", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".158" = trunc i64 %"end" to i16
  %".159" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".158", ptr %".159", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".153" = trunc i64 %"end" to i16
  %".154" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".153", ptr %".154", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".181" = trunc i64 %"end" to i16
  %".182" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".181", ptr %".182", align 2
  br label %"return"
ipv4_d0.to_udp:
  br label %"udp"
ipv4_d0.to_icmp:
  br label %"icmp"
ipv4_d0.to_ipv4:
  %".188" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".188", align 1
  %".190" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.1" = load volatile i32, ptr %".190", align 4
  %".191" = and i32 %"flags.1", 4
  %".192" = icmp ne i32 %".191", 0
  br i1 %".192", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif", !prof !0
ipv4_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv4_d0.to_gre_version:
  br label %"gre_version_d0"
ipv4_d0.to_ipv6:
  %".200" = trunc i64 34525 to i16
  %".201" = call i16 @"llvm.bswap.i16"(i16 %".200")
  %".202" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".201", ptr %".202", align 2
  %".204" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".204", align 1
  %".206" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".206", align 4
  %".207" = and i32 %"flags.2", 4
  %".208" = icmp ne i32 %".207", 0
  br i1 %".208", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1", !prof !0
ipv4_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv4_d0.to_esp:
  br label %"esp"
ipv4_d0.to_ah:
  br label %"ah"
ipv4_d0.to_sctp:
  br label %"sctp"
ipv4_d0.to_udplite:
  br label %"udplite"
ipv4_d0.to_dccp:
  br label %"dccp"
ipv4_d0.to_mpls:
  %".220" = trunc i64 34887 to i16
  %".221" = call i16 @"llvm.bswap.i16"(i16 %".220")
  %".222" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".221", ptr %".222", align 2
  br label %"mpls_mpls_labels1"
ipv4_d0.select:
  %".167" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".163")
  %".168" = icmp eq i64 %".167", 17
  br i1 %".168", label %"ipv4_d0.to_udp", label %"ipv4_d0.select.1"
ipv4_d0.select.1:
  %".170" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".163")
  %".171" = icmp eq i64 %".170", 1
  br i1 %".171", label %"ipv4_d0.to_icmp", label %"ipv4_d0.select.2"
ipv4_d0.select.2:
  %".173" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".163")
  %".174" = icmp eq i64 %".173", 4
  br i1 %".174", label %"ipv4_d0.to_ipv4", label %"ipv4_d0.select.3"
ipv4_d0.select.3:
  %".176" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".163")
  %".177" = icmp eq i64 %".176", 47
  br i1 %".177", label %"ipv4_d0.to_gre_version", label %"ipv4_d0.select.4"
ipv4_d0.select.4:
  %".179" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".163")
  switch i64 %".179", label %"ipv4_d0.unknown" [i64 41, label %"ipv4_d0.to_ipv6" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 132, label %"ipv4_d0.to_sctp" i64 136, label %"ipv4_d0.to_udplite" i64 33, label %"ipv4_d0.to_dccp" i64 137, label %"ipv4_d0.to_mpls"]
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".290", %"ipv6_d0.to_udp"], [%"end.1", %"ipv4_d1.to_udp"], [%".1387", %"ipv6_d1.to_udp"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".4463", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4579", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".5116", %"widening.test.38"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.66", %"ipv4_d1.to_udp"], [%"data.73", %"ipv6_d1.to_udp"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.202", %"widening.test.38"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.66", %"ipv4_d1.to_udp"], [%"data_end.73", %"ipv6_d1.to_udp"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.202", %"widening.test.38"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.66", %"ipv4_d1.to_udp"], [%"keys.73", %"ipv6_d1.to_udp"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.38"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".1012" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1013" = icmp ugt ptr %".1012", %"data_end.18"
  br i1 %".1013", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".1015" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1016" = load i32, ptr %".1015", align 4
  br label %"udp.header"
udp.header:
  %"w0_4.2" = phi  i32 [%".1016", %"udp.linear"], [%".1035", %"udp.copy_failed.endif"]
  %"data.59" = phi  ptr [%"data.18", %"udp.linear"], [%"data.58", %"udp.copy_failed.endif"]
  %"data_end.59" = phi  ptr [%"data_end.18", %"udp.linear"], [%"data_end.58", %"udp.copy_failed.endif"]
  %"keys.59" = phi  ptr [%"keys.18", %"udp.linear"], [%"keys.58", %"udp.copy_failed.endif"]
  %".1037" = getelementptr i8, ptr %"keys.59", i64 12
  store i32 %"w0_4.2", ptr %".1037", align 4
  %".1039" = add i64 %"cursor.14", 4
  %".1040" = add i64 4, 4
  %".1041" = getelementptr i8, ptr %"data.59", i64 %"cursor.14"
  %".1042" = getelementptr i8, ptr %".1041", i64 %".1040"
  %".1043" = icmp ugt ptr %".1042", %"data_end.59"
  br i1 %".1043", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.61" = phi  ptr [%"data.59", %"udp.header"], [%"data.60", %"udp.copy_last_byte_failed.endif"]
  %"data_end.61" = phi  ptr [%"data_end.59", %"udp.header"], [%"data_end.60", %"udp.copy_last_byte_failed.endif"]
  %"keys.61" = phi  ptr [%"keys.59", %"udp.header"], [%"keys.60", %"udp.copy_last_byte_failed.endif"]
  %".1064" = add i64 %"cursor.14", %".1040"
  %".1065" = trunc i64 %"cursor.14" to i16
  %".1066" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1065", ptr %".1066", align 2
  br label %"return"
icmp:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".5105", %"widening.test.37"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.66", %"ipv4_d1.to_icmp"], [%"data.201", %"widening.test.37"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.66", %"ipv4_d1.to_icmp"], [%"data_end.201", %"widening.test.37"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.66", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.37"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".1069" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1070" = icmp ugt ptr %".1069", %"data_end.19"
  br i1 %".1070", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.63" = phi  ptr [%"data.19", %"icmp.linear"], [%"data.62", %"icmp.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.19", %"icmp.linear"], [%"data_end.62", %"icmp.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.19", %"icmp.linear"], [%"keys.62", %"icmp.copy_failed.endif"]
  %".1090" = add i64 %"cursor.15", 4
  %".1091" = trunc i64 %"cursor.15" to i16
  %".1092" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1091", ptr %".1092", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".194" = trunc i64 %"end" to i16
  %".195" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".194", ptr %".195", align 2
  br label %"return"
ipv4_d1:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".290", %"ipv6_d0.stop_at_encap.endif.1"], [%".781", %"batadv_d0.stop_at_encap.endif"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".2129", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2222", %"pppoe_d1.to_ipv4"], [%".2296", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.2", %"gre_d0.to_ipv4"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3340", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3422", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3713", %"ethernet_d1.to_ipv4"], [%".3778", %"ppp_d0.stop_at_encap.endif"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5017", %"widening.test.29"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.105", %"pppoe_d1.to_ipv4"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.116", %"gre_d0.to_ipv4"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.144", %"ethernet_d1.to_ipv4"], [%"data.146", %"ppp_d0.stop_at_encap.endif"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.193", %"widening.test.29"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.105", %"pppoe_d1.to_ipv4"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.116", %"gre_d0.to_ipv4"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.144", %"ethernet_d1.to_ipv4"], [%"data_end.146", %"ppp_d0.stop_at_encap.endif"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.193", %"widening.test.29"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.105", %"pppoe_d1.to_ipv4"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.116", %"gre_d0.to_ipv4"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.144", %"ethernet_d1.to_ipv4"], [%"keys.146", %"ppp_d0.stop_at_encap.endif"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.29"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1095" = getelementptr i8, ptr %"hdr.13", i64 20
  %".1096" = icmp ugt ptr %".1095", %"data_end.20"
  br i1 %".1096", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1098" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1099" = load i8, ptr %".1098", align 1
  %".1100" = getelementptr i8, ptr %"hdr.13", i64 6
  %".1101" = load i16, ptr %".1100", align 2
  %".1102" = getelementptr i8, ptr %"hdr.13", i64 9
  %".1103" = load i8, ptr %".1102", align 1
  %".1104" = getelementptr i8, ptr %"hdr.13", i64 12
  %".1105" = load i64, ptr %".1104", align 8
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.3" = phi  i8 [%".1099", %"ipv4_d1.linear"], [%".1124", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1101", %"ipv4_d1.linear"], [%".1126", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1103", %"ipv4_d1.linear"], [%".1128", %"ipv4_d1.copy_failed.endif"]
  %"w12_8.1" = phi  i64 [%".1105", %"ipv4_d1.linear"], [%".1137", %"ipv4_d1.copy_failed.endif"]
  %"data.65" = phi  ptr [%"data.20", %"ipv4_d1.linear"], [%"data.64", %"ipv4_d1.copy_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.20", %"ipv4_d1.linear"], [%"data_end.64", %"ipv4_d1.copy_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.20", %"ipv4_d1.linear"], [%"keys.64", %"ipv4_d1.copy_failed.endif"]
  %".1139" = zext i8 %"w0_1.3" to i64
  %".1140" = and i64 %".1139", 15
  %".1141" = icmp uge i64 %".1140", 5
  %".1142" = xor i1 %".1141", -1
  br i1 %".1142", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
gre_version_d0:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".290", %"ipv6_d0.to_gre_version"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4808", %"widening.test.10"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.174", %"widening.test.10"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.174", %"widening.test.10"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.10"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1262" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1263" = icmp ugt ptr %".1262", %"data_end.21"
  br i1 %".1263", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1265" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1266" = load i8, ptr %".1265", align 1
  %".1267" = getelementptr i8, ptr %"hdr.14", i64 1
  %".1268" = load i8, ptr %".1267", align 1
  %".1269" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1270" = load i16, ptr %".1269", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.4" = phi  i8 [%".1266", %"gre_version_d0.linear"], [%".1289", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1268", %"gre_version_d0.linear"], [%".1291", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1270", %"gre_version_d0.linear"], [%".1293", %"gre_version_d0.copy_failed.endif"]
  %"data.69" = phi  ptr [%"data.21", %"gre_version_d0.linear"], [%"data.68", %"gre_version_d0.copy_failed.endif"]
  %"data_end.69" = phi  ptr [%"data_end.21", %"gre_version_d0.linear"], [%"data_end.68", %"gre_version_d0.copy_failed.endif"]
  %"keys.69" = phi  ptr [%"keys.21", %"gre_version_d0.linear"], [%"keys.68", %"gre_version_d0.copy_failed.endif"]
  %".1295" = zext i8 %"w0_1.4" to i64
  %".1296" = lshr i64 %".1295", 6
  %".1297" = and i64 %".1296", 1
  %".1298" = icmp ne i64 %".1297", 0
  %".1299" = zext i8 %"w1_1.2" to i64
  %".1300" = and i64 %".1299", 7
  %".1301" = icmp ugt i64 %".1300", 1
  %".1302" = or i1 %".1298", %".1301"
  br i1 %".1302", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1308" = getelementptr i8, ptr %"keys.69", i64 10
  store i16 %"w2_2.1", ptr %".1308", align 2
  %".1310" = zext i8 %"w1_1.2" to i64
  %".1311" = and i64 %".1310", 7
  %".1312" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1311")
  %".1313" = icmp eq i64 %".1312", 0
  br i1 %".1313", label %"gre_version_d0.to_gre", label %"gre_version_d0.select"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.35" = phi  i64 [%"cursor.17", %"gre_version_d0.to_gre"]
  %"data.70" = phi  ptr [%"data.69", %"gre_version_d0.to_gre"]
  %"data_end.70" = phi  ptr [%"data_end.69", %"gre_version_d0.to_gre"]
  %"keys.70" = phi  ptr [%"keys.69", %"gre_version_d0.to_gre"]
  %".2693" = add i64 %"cursor.35", 4
  %".2694" = and i8 %"w0_1.4", 176
  %".2695" = icmp eq i8 %".2694", 0
  %".2696" = xor i1 %".2695", -1
  br i1 %".2696", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.2" = phi  i64 [%".2693", %"gre_d0.no_variable"], [%".2735", %"gre_d0.variable_part"]
  %"data.116" = phi  ptr [%"data.70", %"gre_d0.no_variable"], [%"data.115", %"gre_d0.variable_part"]
  %"data_end.116" = phi  ptr [%"data_end.70", %"gre_d0.no_variable"], [%"data_end.115", %"gre_d0.variable_part"]
  %"keys.116" = phi  ptr [%"keys.70", %"gre_d0.no_variable"], [%"keys.115", %"gre_d0.variable_part"]
  %".2737" = getelementptr i8, ptr %"keys.116", i64 8
  store i8 1, ptr %".2737", align 1
  %".2739" = getelementptr i8, ptr %"keys.116", i64 48
  %"flags.49" = load volatile i32, ptr %".2739", align 4
  %".2740" = and i32 %"flags.49", 4
  %".2741" = icmp ne i32 %".2740", 0
  br i1 %".2741", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif", !prof !0
gre_d0.stop_at_encap.endif:
  %".2747" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".2748" = zext i16 %".2747" to i64
  %".2749" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.1")
  %".2750" = icmp eq i16 %".2749", 8
  br i1 %".2750", label %"gre_d0.to_ipv4", label %"gre_d0.select"
gre_d0.to_ipv4:
  br label %"ipv4_d1"
ipv4_d0.stop_at_encap.1:
  %".210" = trunc i64 %"end" to i16
  %".211" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".210", ptr %".211", align 2
  br label %"return"
ipv6_d1:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".290", %"ipv6_d0.stop_at_encap.endif"], [%".781", %"batadv_d0.stop_at_encap.endif.1"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".2129", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2222", %"pppoe_d1.to_ipv6"], [%".2296", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.2", %"gre_d0.to_ipv6"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3340", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3422", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3713", %"ethernet_d1.to_ipv6"], [%".3778", %"ppp_d0.stop_at_encap.endif.1"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".4951", %"widening.test.23"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.105", %"pppoe_d1.to_ipv6"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.116", %"gre_d0.to_ipv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.144", %"ethernet_d1.to_ipv6"], [%"data.146", %"ppp_d0.stop_at_encap.endif.1"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.187", %"widening.test.23"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.105", %"pppoe_d1.to_ipv6"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.116", %"gre_d0.to_ipv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.144", %"ethernet_d1.to_ipv6"], [%"data_end.146", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.187", %"widening.test.23"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.105", %"pppoe_d1.to_ipv6"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.116", %"gre_d0.to_ipv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.144", %"ethernet_d1.to_ipv6"], [%"keys.146", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.23"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1322" = getelementptr i8, ptr %"hdr.15", i64 40
  %".1323" = icmp ugt ptr %".1322", %"data_end.22"
  br i1 %".1323", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1325" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1326" = load i32, ptr %".1325", align 4
  %".1327" = getelementptr i8, ptr %"hdr.15", i64 6
  %".1328" = load i8, ptr %".1327", align 1
  %".1329" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1330" = load i64, ptr %".1329", align 8
  %".1331" = getelementptr i8, ptr %"hdr.15", i64 16
  %".1332" = load i64, ptr %".1331", align 8
  %".1333" = getelementptr i8, ptr %"hdr.15", i64 24
  %".1334" = load i64, ptr %".1333", align 8
  %".1335" = getelementptr i8, ptr %"hdr.15", i64 32
  %".1336" = load i64, ptr %".1335", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.3" = phi  i32 [%".1326", %"ipv6_d1.linear"], [%".1355", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1328", %"ipv6_d1.linear"], [%".1357", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1330", %"ipv6_d1.linear"], [%".1359", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1332", %"ipv6_d1.linear"], [%".1361", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1334", %"ipv6_d1.linear"], [%".1363", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1336", %"ipv6_d1.linear"], [%".1365", %"ipv6_d1.copy_failed.endif"]
  %"data.73" = phi  ptr [%"data.22", %"ipv6_d1.linear"], [%"data.72", %"ipv6_d1.copy_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.22", %"ipv6_d1.linear"], [%"data_end.72", %"ipv6_d1.copy_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.22", %"ipv6_d1.linear"], [%"keys.72", %"ipv6_d1.copy_failed.endif"]
  %".1367" = getelementptr i8, ptr %"keys.73", i64 9
  store i8 %"w6_1.1", ptr %".1367", align 1
  %".1369" = getelementptr i8, ptr %"keys.73", i64 16
  store i64 %"w8_8.1", ptr %".1369", align 8
  %".1371" = getelementptr i8, ptr %"keys.73", i64 24
  store i64 %"w16_8.1", ptr %".1371", align 8
  %".1373" = getelementptr i8, ptr %"keys.73", i64 32
  store i64 %"w24_8.1", ptr %".1373", align 8
  %".1375" = getelementptr i8, ptr %"keys.73", i64 40
  store i64 %"w32_8.1", ptr %".1375", align 8
  %".1377" = trunc i64 34525 to i16
  %".1378" = getelementptr i8, ptr %"keys.73", i64 4
  store i16 %".1377", ptr %".1378", align 2
  %".1380" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.3")
  %".1381" = zext i32 %".1380" to i64
  %".1382" = and i64 %".1381", 1048575
  %".1383" = trunc i64 %".1382" to i32
  %".1384" = call i32 @"llvm.bswap.i32"(i32 %".1383")
  %".1385" = getelementptr i8, ptr %"keys.73", i64 52
  store i32 %".1384", ptr %".1385", align 4
  %".1387" = add i64 %"cursor.18", 40
  %".1388" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.3")
  %".1389" = zext i32 %".1388" to i64
  %".1390" = and i64 %".1389", 1048575
  %".1391" = icmp ne i64 %".1390", 0
  %".1392" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.25" = load volatile i32, ptr %".1392", align 4
  %".1393" = and i32 %"flags.25", 2
  %".1394" = icmp ne i32 %".1393", 0
  %".1395" = and i1 %".1391", %".1394"
  br i1 %".1395", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".290", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1387", %"ipv6_d1.to_esp"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".4463", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4579", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".5083", %"widening.test.35"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.66", %"ipv4_d1.to_esp"], [%"data.73", %"ipv6_d1.to_esp"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.199", %"widening.test.35"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.66", %"ipv4_d1.to_esp"], [%"data_end.73", %"ipv6_d1.to_esp"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.199", %"widening.test.35"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.66", %"ipv4_d1.to_esp"], [%"keys.73", %"ipv6_d1.to_esp"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.35"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1473" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1474" = icmp ugt ptr %".1473", %"data_end.23"
  br i1 %".1474", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1476" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1477" = load i32, ptr %".1476", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.4" = phi  i32 [%".1477", %"esp.linear"], [%".1496", %"esp.copy_failed.endif"]
  %"data.77" = phi  ptr [%"data.23", %"esp.linear"], [%"data.76", %"esp.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.76", %"esp.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.76", %"esp.copy_failed.endif"]
  %".1498" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.4")
  %".1499" = zext i32 %".1498" to i64
  %".1500" = lshr i64 %".1499", 16
  %".1501" = trunc i64 %".1500" to i16
  %".1502" = call i16 @"llvm.bswap.i16"(i16 %".1501")
  %".1503" = getelementptr i8, ptr %"keys.77", i64 12
  store i16 %".1502", ptr %".1503", align 2
  %".1505" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.4")
  %".1506" = zext i32 %".1505" to i64
  %".1507" = and i64 %".1506", 65535
  %".1508" = trunc i64 %".1507" to i16
  %".1509" = call i16 @"llvm.bswap.i16"(i16 %".1508")
  %".1510" = getelementptr i8, ptr %"keys.77", i64 14
  store i16 %".1509", ptr %".1510", align 2
  %".1512" = add i64 %"cursor.19", 4
  %".1513" = trunc i64 %"cursor.19" to i16
  %".1514" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1513", ptr %".1514", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".290", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1387", %"ipv6_d1.to_ah"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".4463", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4579", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".5072", %"widening.test.34"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.66", %"ipv4_d1.to_ah"], [%"data.73", %"ipv6_d1.to_ah"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.198", %"widening.test.34"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.66", %"ipv4_d1.to_ah"], [%"data_end.73", %"ipv6_d1.to_ah"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.198", %"widening.test.34"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.66", %"ipv4_d1.to_ah"], [%"keys.73", %"ipv6_d1.to_ah"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.34"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1517" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1518" = icmp ugt ptr %".1517", %"data_end.24"
  br i1 %".1518", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1520" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1521" = load i32, ptr %".1520", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1521", %"ah.linear"], [%".1540", %"ah.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.24", %"ah.linear"], [%"data.78", %"ah.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.78", %"ah.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.78", %"ah.copy_failed.endif"]
  %".1542" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1543" = zext i32 %".1542" to i64
  %".1544" = lshr i64 %".1543", 16
  %".1545" = trunc i64 %".1544" to i16
  %".1546" = call i16 @"llvm.bswap.i16"(i16 %".1545")
  %".1547" = getelementptr i8, ptr %"keys.79", i64 12
  store i16 %".1546", ptr %".1547", align 2
  %".1549" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1550" = zext i32 %".1549" to i64
  %".1551" = and i64 %".1550", 65535
  %".1552" = trunc i64 %".1551" to i16
  %".1553" = call i16 @"llvm.bswap.i16"(i16 %".1552")
  %".1554" = getelementptr i8, ptr %"keys.79", i64 14
  store i16 %".1553", ptr %".1554", align 2
  %".1556" = add i64 %"cursor.20", 8
  %".1557" = trunc i64 %"cursor.20" to i16
  %".1558" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1557", ptr %".1558", align 2
  br label %"return"
sctp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".290", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1387", %"ipv6_d1.to_sctp"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".4463", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4579", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".5061", %"widening.test.33"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.66", %"ipv4_d1.to_sctp"], [%"data.73", %"ipv6_d1.to_sctp"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.197", %"widening.test.33"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.66", %"ipv4_d1.to_sctp"], [%"data_end.73", %"ipv6_d1.to_sctp"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.197", %"widening.test.33"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.66", %"ipv4_d1.to_sctp"], [%"keys.73", %"ipv6_d1.to_sctp"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.33"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1561" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1562" = icmp ugt ptr %".1561", %"data_end.25"
  br i1 %".1562", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1564" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1565" = load i32, ptr %".1564", align 4
  br label %"sctp.header"
sctp.header:
  %"w0_4.5" = phi  i32 [%".1565", %"sctp.linear"], [%".1584", %"sctp.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.25", %"sctp.linear"], [%"data.80", %"sctp.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.25", %"sctp.linear"], [%"data_end.80", %"sctp.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.25", %"sctp.linear"], [%"keys.80", %"sctp.copy_failed.endif"]
  %".1586" = getelementptr i8, ptr %"keys.81", i64 12
  store i32 %"w0_4.5", ptr %".1586", align 4
  %".1588" = add i64 %"cursor.21", 4
  %".1589" = trunc i64 %"cursor.21" to i16
  %".1590" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1589", ptr %".1590", align 2
  br label %"return"
udplite:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".290", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1387", %"ipv6_d1.to_udplite"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".4463", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4579", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".5050", %"widening.test.32"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.66", %"ipv4_d1.to_udplite"], [%"data.73", %"ipv6_d1.to_udplite"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.196", %"widening.test.32"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.66", %"ipv4_d1.to_udplite"], [%"data_end.73", %"ipv6_d1.to_udplite"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.196", %"widening.test.32"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.66", %"ipv4_d1.to_udplite"], [%"keys.73", %"ipv6_d1.to_udplite"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.32"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1593" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1594" = icmp ugt ptr %".1593", %"data_end.26"
  br i1 %".1594", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1596" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1597" = load i32, ptr %".1596", align 4
  br label %"udplite.header"
udplite.header:
  %"w0_4.6" = phi  i32 [%".1597", %"udplite.linear"], [%".1616", %"udplite.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.26", %"udplite.linear"], [%"data.82", %"udplite.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.26", %"udplite.linear"], [%"data_end.82", %"udplite.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.26", %"udplite.linear"], [%"keys.82", %"udplite.copy_failed.endif"]
  %".1618" = getelementptr i8, ptr %"keys.83", i64 12
  store i32 %"w0_4.6", ptr %".1618", align 4
  %".1620" = add i64 %"cursor.22", 4
  %".1621" = add i64 4, 4
  %".1622" = getelementptr i8, ptr %"data.83", i64 %"cursor.22"
  %".1623" = getelementptr i8, ptr %".1622", i64 %".1621"
  %".1624" = icmp ugt ptr %".1623", %"data_end.83"
  br i1 %".1624", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.85" = phi  ptr [%"data.83", %"udplite.header"], [%"data.84", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"udplite.header"], [%"data_end.84", %"udplite.copy_last_byte_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.83", %"udplite.header"], [%"keys.84", %"udplite.copy_last_byte_failed.endif"]
  %".1645" = add i64 %"cursor.22", %".1621"
  %".1646" = trunc i64 %"cursor.22" to i16
  %".1647" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1646", ptr %".1647", align 2
  br label %"return"
dccp:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".290", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1387", %"ipv6_d1.to_dccp"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".4463", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4579", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".5039", %"widening.test.31"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.66", %"ipv4_d1.to_dccp"], [%"data.73", %"ipv6_d1.to_dccp"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.195", %"widening.test.31"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.66", %"ipv4_d1.to_dccp"], [%"data_end.73", %"ipv6_d1.to_dccp"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.195", %"widening.test.31"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.66", %"ipv4_d1.to_dccp"], [%"keys.73", %"ipv6_d1.to_dccp"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.31"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1650" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1651" = icmp ugt ptr %".1650", %"data_end.27"
  br i1 %".1651", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1653" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1654" = load i32, ptr %".1653", align 4
  br label %"dccp.header"
dccp.header:
  %"w0_4.7" = phi  i32 [%".1654", %"dccp.linear"], [%".1673", %"dccp.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.27", %"dccp.linear"], [%"data.86", %"dccp.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.27", %"dccp.linear"], [%"data_end.86", %"dccp.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.27", %"dccp.linear"], [%"keys.86", %"dccp.copy_failed.endif"]
  %".1675" = getelementptr i8, ptr %"keys.87", i64 12
  store i32 %"w0_4.7", ptr %".1675", align 4
  %".1677" = add i64 %"cursor.23", 4
  %".1678" = trunc i64 %"cursor.23" to i16
  %".1679" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1678", ptr %".1679", align 2
  br label %"return"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".241" = trunc i64 %"cursor.2" to i32
  %".242" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".241", [40 x i8]* %"header_copy", i32 40)
  %".243" = icmp eq i64 %".242", 0
  %".244" = getelementptr i8, ptr %"ctx.2", i64 76
  %".245" = load i32, ptr %".244", align 4
  %".246" = zext i32 %".245" to i64
  %"data.28" = inttoptr i64 %".246" to ptr
  %".247" = getelementptr i8, ptr %"ctx.2", i64 80
  %".248" = load i32, ptr %".247", align 4
  %".249" = zext i32 %".248" to i64
  %"data_end.28" = inttoptr i64 %".249" to ptr
  %".250" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".250", align 8
  %".251" = xor i1 %".243", -1
  br i1 %".251", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".253" = trunc i64 %"cursor.2" to i16
  %".254" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".253", ptr %".254", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".257" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".258" = load volatile i32, [40 x i8]* %".257", align 4
  %".259" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".260" = load volatile i8, [40 x i8]* %".259", align 1
  %".261" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".262" = load volatile i64, [40 x i8]* %".261", align 8
  %".263" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".264" = load volatile i64, [40 x i8]* %".263", align 8
  %".265" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".266" = load volatile i64, [40 x i8]* %".265", align 8
  %".267" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".268" = load volatile i64, [40 x i8]* %".267", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".300" = trunc i64 %".290" to i16
  %".301" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".300", ptr %".301", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".304" = zext i8 %"w6_1" to i64
  %".305" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".304")
  %".306" = icmp eq i64 %".305", 6
  br i1 %".306", label %"ipv6_d0.to_tcp", label %"ipv6_d0.select"
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".322" = trunc i64 %".290" to i16
  %".323" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".322", ptr %".323", align 2
  br label %"return"
ipv6_d0.to_udp:
  br label %"udp"
ipv6_d0.to_icmpv6:
  br label %"icmpv6"
ipv6_d0.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.2:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext1"
ipv6_d0.to_ipv6:
  %".333" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".333", align 1
  %".335" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".335", align 4
  %".336" = and i32 %"flags.4", 4
  %".337" = icmp ne i32 %".336", 0
  br i1 %".337", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif", !prof !0
ipv6_d0.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_d0.to_ipv4:
  %".344" = trunc i64 2048 to i16
  %".345" = call i16 @"llvm.bswap.i16"(i16 %".344")
  %".346" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".345", ptr %".346", align 2
  %".348" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".348", align 1
  %".350" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".350", align 4
  %".351" = and i32 %"flags.5", 4
  %".352" = icmp ne i32 %".351", 0
  br i1 %".352", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1", !prof !0
ipv6_d0.stop_at_encap.endif.1:
  br label %"ipv4_d1"
ipv6_d0.to_gre_version:
  br label %"gre_version_d0"
ipv6_d0.to_esp:
  br label %"esp"
ipv6_d0.to_ah:
  br label %"ah"
ipv6_d0.to_sctp:
  br label %"sctp"
ipv6_d0.to_udplite:
  br label %"udplite"
ipv6_d0.to_dccp:
  br label %"dccp"
ipv6_d0.to_mpls:
  %".365" = trunc i64 34887 to i16
  %".366" = call i16 @"llvm.bswap.i16"(i16 %".365")
  %".367" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".366", ptr %".367", align 2
  br label %"mpls_mpls_labels1"
ipv6_d0.select:
  %".308" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".304")
  %".309" = icmp eq i64 %".308", 17
  br i1 %".309", label %"ipv6_d0.to_udp", label %"ipv6_d0.select.1"
ipv6_d0.select.1:
  %".311" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".304")
  %".312" = icmp eq i64 %".311", 58
  br i1 %".312", label %"ipv6_d0.to_icmpv6", label %"ipv6_d0.select.2"
ipv6_d0.select.2:
  %".314" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".304")
  %".315" = icmp eq i64 %".314", 0
  br i1 %".315", label %"ipv6_d0.to_ipv6_opts", label %"ipv6_d0.select.3"
ipv6_d0.select.3:
  %".317" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".304")
  %".318" = icmp eq i64 %".317", 60
  br i1 %".318", label %"ipv6_d0.to_ipv6_opts.1", label %"ipv6_d0.select.4"
ipv6_d0.select.4:
  %".320" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".304")
  switch i64 %".320", label %"ipv6_d0.unknown" [i64 43, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 41, label %"ipv6_d0.to_ipv6" i64 4, label %"ipv6_d0.to_ipv4" i64 47, label %"ipv6_d0.to_gre_version" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 132, label %"ipv6_d0.to_sctp" i64 136, label %"ipv6_d0.to_udplite" i64 33, label %"ipv6_d0.to_dccp" i64 137, label %"ipv6_d0.to_mpls"]
icmpv6:
  %"cursor.24" = phi  i64 [%".290", %"ipv6_d0.to_icmpv6"], [%".1387", %"ipv6_d1.to_icmpv6"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".4113", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".4223", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".4463", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4579", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".5006", %"widening.test.28"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.73", %"ipv6_d1.to_icmpv6"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.192", %"widening.test.28"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.73", %"ipv6_d1.to_icmpv6"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.192", %"widening.test.28"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.73", %"ipv6_d1.to_icmpv6"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.28"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1682" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1683" = icmp ugt ptr %".1682", %"data_end.30"
  br i1 %".1683", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.89" = phi  ptr [%"data.30", %"icmpv6.linear"], [%"data.88", %"icmpv6.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.30", %"icmpv6.linear"], [%"data_end.88", %"icmpv6.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.30", %"icmpv6.linear"], [%"keys.88", %"icmpv6.copy_failed.endif"]
  %".1703" = add i64 %"cursor.24", 4
  %".1704" = trunc i64 %"cursor.24" to i16
  %".1705" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1704", ptr %".1705", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".290", %"ipv6_d0.to_ipv6_opts"], [%".290", %"ipv6_d0.to_ipv6_opts.1"], [%".290", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1708" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1709" = icmp ugt ptr %".1708", %"data_end.31"
  br i1 %".1709", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1711" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1712" = load i8, ptr %".1711", align 1
  %".1713" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1714" = load i8, ptr %".1713", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1712", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1733", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1714", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1735", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.90", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.90", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.90", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1737" = getelementptr i8, ptr %"keys.91", i64 9
  store i8 %"w0_1.5", ptr %".1737", align 1
  %".1739" = add i64 %"cursor.25", 2
  %".1740" = zext i8 %"w1_1.3" to i64
  %".1741" = mul i64 %".1740", 8
  %".1742" = add i64 %".1741", 6
  %".1743" = add i64 %".1742", 2
  %".1744" = add i64 %"cursor.25", %".1743"
  %".1745" = zext i8 %"w0_1.5" to i64
  %".1746" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1745")
  %".1747" = icmp eq i64 %".1746", 6
  br i1 %".1747", label %"ipv6_opts_d0_ipv6_ext1.to_tcp", label %"ipv6_opts_d0_ipv6_ext1.select"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.26" = phi  i64 [%".290", %"ipv6_d0.to_ipv6_frag"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1811" = getelementptr i8, ptr %"hdr.23", i64 8
  %".1812" = icmp ugt ptr %".1811", %"data_end.32"
  br i1 %".1812", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1814" = getelementptr i8, ptr %"hdr.23", i64 0
  %".1815" = load i8, ptr %".1814", align 1
  %".1816" = getelementptr i8, ptr %"hdr.23", i64 2
  %".1817" = load i16, ptr %".1816", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1815", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1836", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1817", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1838", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.94", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.94", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.94", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1840" = getelementptr i8, ptr %"keys.95", i64 9
  store i8 %"w0_1.6", ptr %".1840", align 1
  %".1842" = add i64 %"cursor.26", 8
  %".1843" = icmp ne i64 1, 0
  %".1844" = and i16 %"w2_2.2", 63743
  %".1845" = icmp eq i16 %".1844", 0
  br i1 %".1843", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1867" = zext i8 %"w0_1.6" to i64
  %".1868" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1867")
  %".1869" = icmp eq i64 %".1868", 6
  br i1 %".1869", label %"ipv6_frag_d0_ipv6_ext1.to_tcp", label %"ipv6_frag_d0_ipv6_ext1.select"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d0.stop_at_encap:
  %".339" = trunc i64 %".290" to i16
  %".340" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".339", ptr %".340", align 2
  br label %"return"
ipv6_d0.stop_at_encap.1:
  %".354" = trunc i64 %".290" to i16
  %".355" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".354", ptr %".355", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".376" = trunc i64 %"cursor.3" to i32
  %".377" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".376", [40 x i8]* %"header_copy", i32 4)
  %".378" = icmp eq i64 %".377", 0
  %".379" = getelementptr i8, ptr %"ctx.3", i64 76
  %".380" = load i32, ptr %".379", align 4
  %".381" = zext i32 %".380" to i64
  %"data.33" = inttoptr i64 %".381" to ptr
  %".382" = getelementptr i8, ptr %"ctx.3", i64 80
  %".383" = load i32, ptr %".382", align 4
  %".384" = zext i32 %".383" to i64
  %"data_end.33" = inttoptr i64 %".384" to ptr
  %".385" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".385", align 8
  %".386" = xor i1 %".378", -1
  br i1 %".386", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".388" = trunc i64 %"cursor.3" to i16
  %".389" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".388", ptr %".389", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".392" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".393" = load volatile i16, [40 x i8]* %".392", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".420" = trunc i64 %".397" to i16
  %".421" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".420", ptr %".421", align 2
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
vlan_d0_vlan_tags1.select:
  %".406" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2")
  %".407" = icmp eq i16 %".406", 56710
  br i1 %".407", label %"vlan_d0_vlan_tags1.to_ipv6", label %"vlan_d0_vlan_tags1.select.1"
vlan_d0_vlan_tags1.select.1:
  %".409" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2")
  %".410" = icmp eq i16 %".409", 129
  br i1 %".410", label %"vlan_d0_vlan_tags1.to_vlan", label %"vlan_d0_vlan_tags1.select.2"
vlan_d0_vlan_tags1.select.2:
  %".412" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2")
  %".413" = icmp eq i16 %".412", 43144
  br i1 %".413", label %"vlan_d0_vlan_tags1.to_vlan.1", label %"vlan_d0_vlan_tags1.select.3"
vlan_d0_vlan_tags1.select.3:
  %".415" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2")
  %".416" = icmp eq i16 %".415", 18312
  br i1 %".416", label %"vlan_d0_vlan_tags1.to_mpls", label %"vlan_d0_vlan_tags1.select.4"
vlan_d0_vlan_tags1.select.4:
  %".418" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2")
  switch i16 %".418", label %"vlan_d0_vlan_tags1.unknown" [i16 18568, label %"vlan_d0_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags1.to_arp" i16 13696, label %"vlan_d0_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags1.to_ptp" i16 649, label %"vlan_d0_vlan_tags1.to_cfm" i16 51848, label %"vlan_d0_vlan_tags1.to_tipc" i16 1673, label %"vlan_d0_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags1.to_hsr" i16 64392, label %"vlan_d0_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags1.to_batadv"]
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".397", %"vlan_d0_vlan_tags1.to_vlan"], [%".397", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".692", %"hsr_d0_vlan_tags1.to_vlan"], [%".692", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4709", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.165", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.165", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".1933" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1934" = icmp ugt ptr %".1933", %"data_end.35"
  br i1 %".1934", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1936" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1937" = load i16, ptr %".1936", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.3" = phi  i16 [%".1937", %"vlan_d0_vlan_tags2.linear"], [%".1956", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1958" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %"w2_2.3", ptr %".1958", align 2
  %".1960" = add i64 %"cursor.27", 4
  %".1961" = trunc i64 %".1960" to i16
  %".1962" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".1961", ptr %".1962", align 2
  %".1964" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1965" = zext i16 %".1964" to i64
  %".1966" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.3")
  %".1967" = icmp eq i16 %".1966", 8
  br i1 %".1967", label %"vlan_d0_vlan_tags2.to_ipv4", label %"vlan_d0_vlan_tags2.select"
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".397", %"vlan_d0_vlan_tags1.to_hsr"], [%".397", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".692", %"hsr_d0_vlan_tags1.to_hsr"], [%".692", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4698", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.164", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.164", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".2015" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2016" = icmp ugt ptr %".2015", %"data_end.36"
  br i1 %".2016", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2018" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2019" = load i16, ptr %".2018", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2019", %"hsr_d0_vlan_tags2.linear"], [%".2038", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2040" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %"w4_2.1", ptr %".2040", align 2
  %".2042" = add i64 %"cursor.28", 6
  %".2043" = trunc i64 %".2042" to i16
  %".2044" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".2043", ptr %".2044", align 2
  %".2046" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2047" = zext i16 %".2046" to i64
  %".2048" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.1")
  %".2049" = icmp eq i16 %".2048", 8
  br i1 %".2049", label %"hsr_d0_vlan_tags2.to_ipv4", label %"hsr_d0_vlan_tags2.select"
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".447" = trunc i64 %"cursor.4" to i32
  %".448" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".447", [40 x i8]* %"header_copy", i32 4)
  %".449" = icmp eq i64 %".448", 0
  %".450" = getelementptr i8, ptr %"ctx.4", i64 76
  %".451" = load i32, ptr %".450", align 4
  %".452" = zext i32 %".451" to i64
  %"data.37" = inttoptr i64 %".452" to ptr
  %".453" = getelementptr i8, ptr %"ctx.4", i64 80
  %".454" = load i32, ptr %".453", align 4
  %".455" = zext i32 %".454" to i64
  %"data_end.37" = inttoptr i64 %".455" to ptr
  %".456" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".456", align 8
  %".457" = xor i1 %".449", -1
  br i1 %".457", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".459" = trunc i64 %".440" to i16
  %".460" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".459", ptr %".460", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".463" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".464" = load volatile i8, [40 x i8]* %".463", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".473" = trunc i64 %".466" to i16
  %".474" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".473", ptr %".474", align 2
  br label %"return"
mpls_mpls_labels1.select:
  br label %"mpls_mpls_labels1.unknown"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".491" = trunc i64 %"cursor.5" to i32
  %".492" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".491", [40 x i8]* %"header_copy", i32 8)
  %".493" = icmp eq i64 %".492", 0
  %".494" = getelementptr i8, ptr %"ctx.5", i64 76
  %".495" = load i32, ptr %".494", align 4
  %".496" = zext i32 %".495" to i64
  %"data.39" = inttoptr i64 %".496" to ptr
  %".497" = getelementptr i8, ptr %"ctx.5", i64 80
  %".498" = load i32, ptr %".497", align 4
  %".499" = zext i32 %".498" to i64
  %"data_end.39" = inttoptr i64 %".499" to ptr
  %".500" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.39" = load ptr, ptr %".500", align 8
  %".501" = xor i1 %".493", -1
  br i1 %".501", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".503" = trunc i64 %"cursor.5" to i16
  %".504" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".503", ptr %".504", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".507" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".508" = load volatile i8, [40 x i8]* %".507", align 1
  %".509" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".510" = load volatile i8, [40 x i8]* %".509", align 1
  %".511" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".512" = load volatile i16, [40 x i8]* %".511", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".527" = trunc i64 %"cursor.5" to i16
  %".528" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".527", ptr %".528", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".531" = add i64 %"cursor.5", 8
  %".532" = trunc i64 %".531" to i16
  %".533" = getelementptr i8, ptr %"keys.40", i64 0
  store i16 %".532", ptr %".533", align 2
  %".535" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".536" = zext i16 %".535" to i64
  %".537" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w6_2.1")
  %".538" = icmp eq i16 %".537", 8448
  br i1 %".538", label %"pppoe_d0.to_ipv4", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".557" = trunc i64 2048 to i16
  %".558" = call i16 @"llvm.bswap.i16"(i16 %".557")
  %".559" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".558", ptr %".559", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".550" = and i64 %".536", 257
  %".551" = icmp eq i64 %".550", 1
  br i1 %".551", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select.4"
pppoe_d0.to_ipv6:
  %".562" = trunc i64 34525 to i16
  %".563" = call i16 @"llvm.bswap.i16"(i16 %".562")
  %".564" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".563", ptr %".564", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".567" = trunc i64 34887 to i16
  %".568" = call i16 @"llvm.bswap.i16"(i16 %".567")
  %".569" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".568", ptr %".569", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".572" = trunc i64 34888 to i16
  %".573" = call i16 @"llvm.bswap.i16"(i16 %".572")
  %".574" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".573", ptr %".574", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".540" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w6_2.1")
  %".541" = icmp eq i16 %".540", 22272
  br i1 %".541", label %"pppoe_d0.to_ipv6", label %"pppoe_d0.select.1"
pppoe_d0.select.1:
  %".543" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w6_2.1")
  %".544" = icmp eq i16 %".543", 33026
  br i1 %".544", label %"pppoe_d0.to_mpls", label %"pppoe_d0.select.2"
pppoe_d0.select.2:
  %".546" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w6_2.1")
  %".547" = icmp eq i16 %".546", 33538
  br i1 %".547", label %"pppoe_d0.to_mpls.1", label %"pppoe_d0.select.3"
pppoe_d0.select.3:
  br label %"pppoe_d0.unknown"
pppoe_d0.select.4:
  %".553" = trunc i64 %".531" to i16
  %".554" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".553", ptr %".554", align 2
  br label %"return"
ppp_other:
  %"cursor.29" = phi  i64 [%".531", %"pppoe_d0.to_ppp_other"], [%".2222", %"pppoe_d1.to_ppp_other"]
  %"data.41" = phi  ptr [%"data.40", %"pppoe_d0.to_ppp_other"], [%"data.105", %"pppoe_d1.to_ppp_other"]
  %"data_end.41" = phi  ptr [%"data_end.40", %"pppoe_d0.to_ppp_other"], [%"data_end.105", %"pppoe_d1.to_ppp_other"]
  %"keys.41" = phi  ptr [%"keys.40", %"pppoe_d0.to_ppp_other"], [%"keys.105", %"pppoe_d1.to_ppp_other"]
  %".2097" = add i64 %"cursor.29", 0
  %".2098" = trunc i64 %".2097" to i16
  %".2099" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".2098", ptr %".2099", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".587" = trunc i64 %"cursor.7" to i32
  %".588" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".587", [40 x i8]* %"header_copy", i32 34)
  %".589" = icmp eq i64 %".588", 0
  %".590" = getelementptr i8, ptr %"ctx.6", i64 76
  %".591" = load i32, ptr %".590", align 4
  %".592" = zext i32 %".591" to i64
  %"data.42" = inttoptr i64 %".592" to ptr
  %".593" = getelementptr i8, ptr %"ctx.6", i64 80
  %".594" = load i32, ptr %".593", align 4
  %".595" = zext i32 %".594" to i64
  %"data_end.42" = inttoptr i64 %".595" to ptr
  %".596" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.42" = load ptr, ptr %".596", align 8
  %".597" = xor i1 %".589", -1
  br i1 %".597", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".599" = trunc i64 %"cursor.7" to i16
  %".600" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".599", ptr %".600", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".618" = trunc i64 %"cursor.9" to i32
  %".619" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".618", [40 x i8]* %"header_copy", i32 16)
  %".620" = icmp eq i64 %".619", 0
  %".621" = getelementptr i8, ptr %"ctx.7", i64 76
  %".622" = load i32, ptr %".621", align 4
  %".623" = zext i32 %".622" to i64
  %"data.44" = inttoptr i64 %".623" to ptr
  %".624" = getelementptr i8, ptr %"ctx.7", i64 80
  %".625" = load i32, ptr %".624", align 4
  %".626" = zext i32 %".625" to i64
  %"data_end.44" = inttoptr i64 %".626" to ptr
  %".627" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.44" = load ptr, ptr %".627", align 8
  %".628" = xor i1 %".620", -1
  br i1 %".628", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".630" = trunc i64 %"cursor.9" to i16
  %".631" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".630", ptr %".631", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".643" = trunc i64 %"cursor.10" to i32
  %".644" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".643", [40 x i8]* %"header_copy", i32 38)
  %".645" = icmp eq i64 %".644", 0
  %".646" = getelementptr i8, ptr %"ctx.8", i64 76
  %".647" = load i32, ptr %".646", align 4
  %".648" = zext i32 %".647" to i64
  %"data.46" = inttoptr i64 %".648" to ptr
  %".649" = getelementptr i8, ptr %"ctx.8", i64 80
  %".650" = load i32, ptr %".649", align 4
  %".651" = zext i32 %".650" to i64
  %"data_end.46" = inttoptr i64 %".651" to ptr
  %".652" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.46" = load ptr, ptr %".652", align 8
  %".653" = xor i1 %".645", -1
  br i1 %".653", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".655" = trunc i64 %"cursor.10" to i16
  %".656" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".655", ptr %".656", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".671" = trunc i64 %"cursor.11" to i32
  %".672" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".671", [40 x i8]* %"header_copy", i32 6)
  %".673" = icmp eq i64 %".672", 0
  %".674" = getelementptr i8, ptr %"ctx.9", i64 76
  %".675" = load i32, ptr %".674", align 4
  %".676" = zext i32 %".675" to i64
  %"data.48" = inttoptr i64 %".676" to ptr
  %".677" = getelementptr i8, ptr %"ctx.9", i64 80
  %".678" = load i32, ptr %".677", align 4
  %".679" = zext i32 %".678" to i64
  %"data_end.48" = inttoptr i64 %".679" to ptr
  %".680" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.48" = load ptr, ptr %".680", align 8
  %".681" = xor i1 %".673", -1
  br i1 %".681", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".683" = trunc i64 %"cursor.11" to i16
  %".684" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".683", ptr %".684", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".687" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".688" = load volatile i16, [40 x i8]* %".687", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".715" = trunc i64 %".692" to i16
  %".716" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".715", ptr %".716", align 2
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
hsr_d0_vlan_tags1.select:
  %".701" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2")
  %".702" = icmp eq i16 %".701", 56710
  br i1 %".702", label %"hsr_d0_vlan_tags1.to_ipv6", label %"hsr_d0_vlan_tags1.select.1"
hsr_d0_vlan_tags1.select.1:
  %".704" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2")
  %".705" = icmp eq i16 %".704", 129
  br i1 %".705", label %"hsr_d0_vlan_tags1.to_vlan", label %"hsr_d0_vlan_tags1.select.2"
hsr_d0_vlan_tags1.select.2:
  %".707" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2")
  %".708" = icmp eq i16 %".707", 43144
  br i1 %".708", label %"hsr_d0_vlan_tags1.to_vlan.1", label %"hsr_d0_vlan_tags1.select.3"
hsr_d0_vlan_tags1.select.3:
  %".710" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2")
  %".711" = icmp eq i16 %".710", 18312
  br i1 %".711", label %"hsr_d0_vlan_tags1.to_mpls", label %"hsr_d0_vlan_tags1.select.4"
hsr_d0_vlan_tags1.select.4:
  %".713" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2")
  switch i16 %".713", label %"hsr_d0_vlan_tags1.unknown" [i16 18568, label %"hsr_d0_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags1.to_arp" i16 13696, label %"hsr_d0_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags1.to_ptp" i16 649, label %"hsr_d0_vlan_tags1.to_cfm" i16 51848, label %"hsr_d0_vlan_tags1.to_tipc" i16 1673, label %"hsr_d0_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags1.to_hsr" i16 64392, label %"hsr_d0_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags1.to_batadv"]
batadv_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".745" = trunc i64 %"cursor.12" to i32
  %".746" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".745", [40 x i8]* %"header_copy", i32 24)
  %".747" = icmp eq i64 %".746", 0
  %".748" = getelementptr i8, ptr %"ctx.10", i64 76
  %".749" = load i32, ptr %".748", align 4
  %".750" = zext i32 %".749" to i64
  %"data.50" = inttoptr i64 %".750" to ptr
  %".751" = getelementptr i8, ptr %"ctx.10", i64 80
  %".752" = load i32, ptr %".751", align 4
  %".753" = zext i32 %".752" to i64
  %"data_end.50" = inttoptr i64 %".753" to ptr
  %".754" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.50" = load ptr, ptr %".754", align 8
  %".755" = xor i1 %".747", -1
  br i1 %".755", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".757" = trunc i64 %"cursor.12" to i16
  %".758" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".757", ptr %".758", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".761" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".762" = load volatile i8, [40 x i8]* %".761", align 1
  %".763" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".764" = load volatile i8, [40 x i8]* %".763", align 1
  %".765" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".766" = load volatile i16, [40 x i8]* %".765", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".775" = trunc i64 %"cursor.12" to i16
  %".776" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".775", ptr %".776", align 2
  br label %"return"
batadv_d0.require.endif:
  %".779" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %"w22_2", ptr %".779", align 2
  %".781" = add i64 %"cursor.12", 24
  %".782" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".783" = zext i16 %".782" to i64
  %".784" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w22_2")
  %".785" = icmp eq i16 %".784", 8
  br i1 %".785", label %"batadv_d0.to_ipv4", label %"batadv_d0.select"
batadv_d0.to_ipv4:
  %".805" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".805", align 1
  %".807" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.6" = load volatile i32, ptr %".807", align 4
  %".808" = and i32 %"flags.6", 4
  %".809" = icmp ne i32 %".808", 0
  br i1 %".809", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif", !prof !0
batadv_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
batadv_d0.unknown:
  %".801" = trunc i64 %".781" to i16
  %".802" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".801", ptr %".802", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".816" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".816", align 1
  %".818" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.7" = load volatile i32, ptr %".818", align 4
  %".819" = and i32 %"flags.7", 4
  %".820" = icmp ne i32 %".819", 0
  br i1 %".820", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1", !prof !0
batadv_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
batadv_d0.to_vlan:
  %".827" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".827", align 1
  %".829" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.8" = load volatile i32, ptr %".829", align 4
  %".830" = and i32 %"flags.8", 4
  %".831" = icmp ne i32 %".830", 0
  br i1 %".831", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2", !prof !0
batadv_d0.stop_at_encap.endif.2:
  br label %"vlan_d1_vlan_tags1"
batadv_d0.to_vlan.1:
  %".838" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".838", align 1
  %".840" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.9" = load volatile i32, ptr %".840", align 4
  %".841" = and i32 %"flags.9", 4
  %".842" = icmp ne i32 %".841", 0
  br i1 %".842", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3", !prof !0
batadv_d0.stop_at_encap.endif.3:
  br label %"vlan_d1_vlan_tags1"
batadv_d0.to_mpls:
  %".849" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".849", align 1
  %".851" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.10" = load volatile i32, ptr %".851", align 4
  %".852" = and i32 %"flags.10", 4
  %".853" = icmp ne i32 %".852", 0
  br i1 %".853", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4", !prof !0
batadv_d0.stop_at_encap.endif.4:
  br label %"mpls_mpls_labels1"
batadv_d0.to_mpls.1:
  %".860" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".860", align 1
  %".862" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.11" = load volatile i32, ptr %".862", align 4
  %".863" = and i32 %"flags.11", 4
  %".864" = icmp ne i32 %".863", 0
  br i1 %".864", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5", !prof !0
batadv_d0.stop_at_encap.endif.5:
  br label %"mpls_mpls_labels1"
batadv_d0.to_pppoe:
  %".871" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".871", align 1
  %".873" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.12" = load volatile i32, ptr %".873", align 4
  %".874" = and i32 %"flags.12", 4
  %".875" = icmp ne i32 %".874", 0
  br i1 %".875", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6", !prof !0
batadv_d0.stop_at_encap.endif.6:
  br label %"pppoe_d1"
batadv_d0.to_arp:
  %".882" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".882", align 1
  %".884" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.13" = load volatile i32, ptr %".884", align 4
  %".885" = and i32 %"flags.13", 4
  %".886" = icmp ne i32 %".885", 0
  br i1 %".886", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7", !prof !0
batadv_d0.stop_at_encap.endif.7:
  br label %"arp"
batadv_d0.to_arp.1:
  %".893" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".893", align 1
  %".895" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.14" = load volatile i32, ptr %".895", align 4
  %".896" = and i32 %"flags.14", 4
  %".897" = icmp ne i32 %".896", 0
  br i1 %".897", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8", !prof !0
batadv_d0.stop_at_encap.endif.8:
  br label %"arp"
batadv_d0.to_ptp:
  %".904" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".904", align 1
  %".906" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.15" = load volatile i32, ptr %".906", align 4
  %".907" = and i32 %"flags.15", 4
  %".908" = icmp ne i32 %".907", 0
  br i1 %".908", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9", !prof !0
batadv_d0.stop_at_encap.endif.9:
  br label %"ptp"
batadv_d0.to_cfm:
  %".915" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".915", align 1
  %".917" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.16" = load volatile i32, ptr %".917", align 4
  %".918" = and i32 %"flags.16", 4
  %".919" = icmp ne i32 %".918", 0
  br i1 %".919", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10", !prof !0
batadv_d0.stop_at_encap.endif.10:
  br label %"cfm"
batadv_d0.to_tipc:
  %".926" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".926", align 1
  %".928" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.17" = load volatile i32, ptr %".928", align 4
  %".929" = and i32 %"flags.17", 4
  %".930" = icmp ne i32 %".929", 0
  br i1 %".930", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11", !prof !0
batadv_d0.stop_at_encap.endif.11:
  br label %"tipc"
batadv_d0.to_fcoe:
  %".937" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".937", align 1
  %".939" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.18" = load volatile i32, ptr %".939", align 4
  %".940" = and i32 %"flags.18", 4
  %".941" = icmp ne i32 %".940", 0
  br i1 %".941", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12", !prof !0
batadv_d0.stop_at_encap.endif.12:
  br label %"fcoe"
batadv_d0.to_hsr:
  %".948" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".948", align 1
  %".950" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.19" = load volatile i32, ptr %".950", align 4
  %".951" = and i32 %"flags.19", 4
  %".952" = icmp ne i32 %".951", 0
  br i1 %".952", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13", !prof !0
batadv_d0.stop_at_encap.endif.13:
  br label %"hsr_d1_vlan_tags1"
batadv_d0.to_hsr.1:
  %".959" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".959", align 1
  %".961" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.20" = load volatile i32, ptr %".961", align 4
  %".962" = and i32 %"flags.20", 4
  %".963" = icmp ne i32 %".962", 0
  br i1 %".963", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14", !prof !0
batadv_d0.stop_at_encap.endif.14:
  br label %"hsr_d1_vlan_tags1"
batadv_d0.to_batadv:
  %".970" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".970", align 1
  %".972" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.21" = load volatile i32, ptr %".972", align 4
  %".973" = and i32 %"flags.21", 4
  %".974" = icmp ne i32 %".973", 0
  br i1 %".974", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15", !prof !0
batadv_d0.stop_at_encap.endif.15:
  br label %"batadv_d1"
batadv_d0.select:
  %".787" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w22_2")
  %".788" = icmp eq i16 %".787", 56710
  br i1 %".788", label %"batadv_d0.to_ipv6", label %"batadv_d0.select.1"
batadv_d0.select.1:
  %".790" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w22_2")
  %".791" = icmp eq i16 %".790", 129
  br i1 %".791", label %"batadv_d0.to_vlan", label %"batadv_d0.select.2"
batadv_d0.select.2:
  %".793" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w22_2")
  %".794" = icmp eq i16 %".793", 43144
  br i1 %".794", label %"batadv_d0.to_vlan.1", label %"batadv_d0.select.3"
batadv_d0.select.3:
  %".796" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w22_2")
  %".797" = icmp eq i16 %".796", 18312
  br i1 %".797", label %"batadv_d0.to_mpls", label %"batadv_d0.select.4"
batadv_d0.select.4:
  %".799" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w22_2")
  switch i16 %".799", label %"batadv_d0.unknown" [i16 18568, label %"batadv_d0.to_mpls.1" i16 25736, label %"batadv_d0.to_pppoe" i16 1544, label %"batadv_d0.to_arp" i16 13696, label %"batadv_d0.to_arp.1" i16 63368, label %"batadv_d0.to_ptp" i16 649, label %"batadv_d0.to_cfm" i16 51848, label %"batadv_d0.to_tipc" i16 1673, label %"batadv_d0.to_fcoe" i16 12169, label %"batadv_d0.to_hsr" i16 64392, label %"batadv_d0.to_hsr.1" i16 1347, label %"batadv_d0.to_batadv"]
batadv_d0.stop_at_encap:
  %".811" = trunc i64 %".781" to i16
  %".812" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".811", ptr %".812", align 2
  br label %"return"
batadv_d0.stop_at_encap.1:
  %".822" = trunc i64 %".781" to i16
  %".823" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".822", ptr %".823", align 2
  br label %"return"
batadv_d0.stop_at_encap.2:
  %".833" = trunc i64 %".781" to i16
  %".834" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".833", ptr %".834", align 2
  br label %"return"
vlan_d1_vlan_tags1:
  %"cursor.30" = phi  i64 [%".781", %"batadv_d0.stop_at_encap.endif.2"], [%".781", %"batadv_d0.stop_at_encap.endif.3"], [%"end.2", %"gre_d0.to_vlan"], [%"end.2", %"gre_d0.to_vlan.1"], [%".3713", %"ethernet_d1.to_vlan"], [%".3713", %"ethernet_d1.to_vlan.1"], [%".4841", %"widening.test.13"]
  %"data.52" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data.116", %"gre_d0.to_vlan"], [%"data.116", %"gre_d0.to_vlan.1"], [%"data.144", %"ethernet_d1.to_vlan"], [%"data.144", %"ethernet_d1.to_vlan.1"], [%"data.177", %"widening.test.13"]
  %"data_end.52" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.116", %"gre_d0.to_vlan"], [%"data_end.116", %"gre_d0.to_vlan.1"], [%"data_end.144", %"ethernet_d1.to_vlan"], [%"data_end.144", %"ethernet_d1.to_vlan.1"], [%"data_end.177", %"widening.test.13"]
  %"keys.52" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.116", %"gre_d0.to_vlan"], [%"keys.116", %"gre_d0.to_vlan.1"], [%"keys.144", %"ethernet_d1.to_vlan"], [%"keys.144", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.13"]
  %"hdr.26" = getelementptr i8, ptr %"data.52", i64 %"cursor.30"
  %".2102" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2103" = icmp ugt ptr %".2102", %"data_end.52"
  br i1 %".2103", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2105" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2106" = load i16, ptr %".2105", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.4" = phi  i16 [%".2106", %"vlan_d1_vlan_tags1.linear"], [%".2125", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.52", %"vlan_d1_vlan_tags1.linear"], [%"data.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.52", %"vlan_d1_vlan_tags1.linear"], [%"data_end.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.52", %"vlan_d1_vlan_tags1.linear"], [%"keys.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2127" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %"w2_2.4", ptr %".2127", align 2
  %".2129" = add i64 %"cursor.30", 4
  %".2130" = trunc i64 %".2129" to i16
  %".2131" = getelementptr i8, ptr %"keys.101", i64 0
  store i16 %".2130", ptr %".2131", align 2
  %".2133" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2134" = zext i16 %".2133" to i64
  %".2135" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.4")
  %".2136" = icmp eq i16 %".2135", 8
  br i1 %".2136", label %"vlan_d1_vlan_tags1.to_ipv4", label %"vlan_d1_vlan_tags1.select"
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".844" = trunc i64 %".781" to i16
  %".845" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".844", ptr %".845", align 2
  br label %"return"
batadv_d0.stop_at_encap.4:
  %".855" = trunc i64 %".781" to i16
  %".856" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".855", ptr %".856", align 2
  br label %"return"
batadv_d0.stop_at_encap.5:
  %".866" = trunc i64 %".781" to i16
  %".867" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".866", ptr %".867", align 2
  br label %"return"
batadv_d0.stop_at_encap.6:
  %".877" = trunc i64 %".781" to i16
  %".878" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".877", ptr %".878", align 2
  br label %"return"
pppoe_d1:
  %"cursor.31" = phi  i64 [%".781", %"batadv_d0.stop_at_encap.endif.6"], [%".2129", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2296", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.2", %"gre_d0.to_pppoe"], [%".3340", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3422", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3713", %"ethernet_d1.to_pppoe"], [%".4940", %"widening.test.22"]
  %"data.53" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.116", %"gre_d0.to_pppoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.144", %"ethernet_d1.to_pppoe"], [%"data.186", %"widening.test.22"]
  %"data_end.53" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.116", %"gre_d0.to_pppoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.144", %"ethernet_d1.to_pppoe"], [%"data_end.186", %"widening.test.22"]
  %"keys.53" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.116", %"gre_d0.to_pppoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.144", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.22"]
  %"hdr.27" = getelementptr i8, ptr %"data.53", i64 %"cursor.31"
  %".2172" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2173" = icmp ugt ptr %".2172", %"data_end.53"
  br i1 %".2173", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2175" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2176" = load i8, ptr %".2175", align 1
  %".2177" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2178" = load i8, ptr %".2177", align 1
  %".2179" = getelementptr i8, ptr %"hdr.27", i64 6
  %".2180" = load i16, ptr %".2179", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2176", %"pppoe_d1.linear"], [%".2199", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2178", %"pppoe_d1.linear"], [%".2201", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2180", %"pppoe_d1.linear"], [%".2203", %"pppoe_d1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.53", %"pppoe_d1.linear"], [%"data.104", %"pppoe_d1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.53", %"pppoe_d1.linear"], [%"data_end.104", %"pppoe_d1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.53", %"pppoe_d1.linear"], [%"keys.104", %"pppoe_d1.copy_failed.endif"]
  %".2205" = zext i8 %"w0_1.7" to i64
  %".2206" = lshr i64 %".2205", 4
  %".2207" = and i64 %".2206", 15
  %".2208" = icmp eq i64 %".2207", 1
  %".2209" = zext i8 %"w0_1.7" to i64
  %".2210" = and i64 %".2209", 15
  %".2211" = icmp eq i64 %".2210", 1
  %".2212" = and i1 %".2208", %".2211"
  %".2213" = zext i8 %"w1_1.4" to i64
  %".2214" = icmp eq i64 %".2213", 0
  %".2215" = and i1 %".2212", %".2214"
  %".2216" = xor i1 %".2215", -1
  br i1 %".2216", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".888" = trunc i64 %".781" to i16
  %".889" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".888", ptr %".889", align 2
  br label %"return"
batadv_d0.stop_at_encap.8:
  %".899" = trunc i64 %".781" to i16
  %".900" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".899", ptr %".900", align 2
  br label %"return"
batadv_d0.stop_at_encap.9:
  %".910" = trunc i64 %".781" to i16
  %".911" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".910", ptr %".911", align 2
  br label %"return"
batadv_d0.stop_at_encap.10:
  %".921" = trunc i64 %".781" to i16
  %".922" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".921", ptr %".922", align 2
  br label %"return"
batadv_d0.stop_at_encap.11:
  %".932" = trunc i64 %".781" to i16
  %".933" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".932", ptr %".933", align 2
  br label %"return"
batadv_d0.stop_at_encap.12:
  %".943" = trunc i64 %".781" to i16
  %".944" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".943", ptr %".944", align 2
  br label %"return"
batadv_d0.stop_at_encap.13:
  %".954" = trunc i64 %".781" to i16
  %".955" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".954", ptr %".955", align 2
  br label %"return"
hsr_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".781", %"batadv_d0.stop_at_encap.endif.13"], [%".781", %"batadv_d0.stop_at_encap.endif.14"], [%"end.2", %"gre_d0.to_hsr"], [%"end.2", %"gre_d0.to_hsr.1"], [%".3713", %"ethernet_d1.to_hsr"], [%".3713", %"ethernet_d1.to_hsr.1"], [%".4830", %"widening.test.12"]
  %"data.54" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data.116", %"gre_d0.to_hsr"], [%"data.116", %"gre_d0.to_hsr.1"], [%"data.144", %"ethernet_d1.to_hsr"], [%"data.144", %"ethernet_d1.to_hsr.1"], [%"data.176", %"widening.test.12"]
  %"data_end.54" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.116", %"gre_d0.to_hsr"], [%"data_end.116", %"gre_d0.to_hsr.1"], [%"data_end.144", %"ethernet_d1.to_hsr"], [%"data_end.144", %"ethernet_d1.to_hsr.1"], [%"data_end.176", %"widening.test.12"]
  %"keys.54" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.116", %"gre_d0.to_hsr"], [%"keys.116", %"gre_d0.to_hsr.1"], [%"keys.144", %"ethernet_d1.to_hsr"], [%"keys.144", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.12"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2269" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2270" = icmp ugt ptr %".2269", %"data_end.54"
  br i1 %".2270", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2272" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2273" = load i16, ptr %".2272", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2273", %"hsr_d1_vlan_tags1.linear"], [%".2292", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.54", %"hsr_d1_vlan_tags1.linear"], [%"data.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.54", %"hsr_d1_vlan_tags1.linear"], [%"data_end.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.54", %"hsr_d1_vlan_tags1.linear"], [%"keys.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2294" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %"w4_2.2", ptr %".2294", align 2
  %".2296" = add i64 %"cursor.32", 6
  %".2297" = trunc i64 %".2296" to i16
  %".2298" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2297", ptr %".2298", align 2
  %".2300" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2301" = zext i16 %".2300" to i64
  %".2302" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.2")
  %".2303" = icmp eq i16 %".2302", 8
  br i1 %".2303", label %"hsr_d1_vlan_tags1.to_ipv4", label %"hsr_d1_vlan_tags1.select"
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".965" = trunc i64 %".781" to i16
  %".966" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".965", ptr %".966", align 2
  br label %"return"
batadv_d0.stop_at_encap.15:
  %".976" = trunc i64 %".781" to i16
  %".977" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".976", ptr %".977", align 2
  br label %"return"
batadv_d1:
  %"cursor.33" = phi  i64 [%".781", %"batadv_d0.stop_at_encap.endif.15"], [%".2129", %"vlan_d1_vlan_tags1.to_batadv"], [%".2296", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.2", %"gre_d0.to_batadv"], [%".3340", %"vlan_d1_vlan_tags2.to_batadv"], [%".3422", %"hsr_d1_vlan_tags2.to_batadv"], [%".3713", %"ethernet_d1.to_batadv"], [%".4874", %"widening.test.16"]
  %"data.55" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.116", %"gre_d0.to_batadv"], [%"data.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.144", %"ethernet_d1.to_batadv"], [%"data.180", %"widening.test.16"]
  %"data_end.55" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.116", %"gre_d0.to_batadv"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.144", %"ethernet_d1.to_batadv"], [%"data_end.180", %"widening.test.16"]
  %"keys.55" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.116", %"gre_d0.to_batadv"], [%"keys.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.144", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.16"]
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2339" = getelementptr i8, ptr %"hdr.29", i64 24
  %".2340" = icmp ugt ptr %".2339", %"data_end.55"
  br i1 %".2340", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2342" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2343" = load i8, ptr %".2342", align 1
  %".2344" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2345" = load i8, ptr %".2344", align 1
  %".2346" = getelementptr i8, ptr %"hdr.29", i64 22
  %".2347" = load i16, ptr %".2346", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".2343", %"batadv_d1.linear"], [%".2366", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2345", %"batadv_d1.linear"], [%".2368", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2347", %"batadv_d1.linear"], [%".2370", %"batadv_d1.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.55", %"batadv_d1.linear"], [%"data.108", %"batadv_d1.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.55", %"batadv_d1.linear"], [%"data_end.108", %"batadv_d1.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.55", %"batadv_d1.linear"], [%"keys.108", %"batadv_d1.copy_failed.endif"]
  %".2372" = zext i8 %"w1_1.5" to i64
  %".2373" = icmp eq i64 %".2372", 15
  %".2374" = zext i8 %"w0_1.8" to i64
  %".2375" = icmp eq i64 %".2374", 64
  %".2376" = and i1 %".2373", %".2375"
  %".2377" = xor i1 %".2376", -1
  br i1 %".2377", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".987" = trunc i64 %"cursor.13" to i32
  %".988" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".987", [40 x i8]* %"header_copy", i32 4)
  %".989" = icmp eq i64 %".988", 0
  %".990" = getelementptr i8, ptr %"ctx.11", i64 76
  %".991" = load i32, ptr %".990", align 4
  %".992" = zext i32 %".991" to i64
  %"data.56" = inttoptr i64 %".992" to ptr
  %".993" = getelementptr i8, ptr %"ctx.11", i64 80
  %".994" = load i32, ptr %".993", align 4
  %".995" = zext i32 %".994" to i64
  %"data_end.56" = inttoptr i64 %".995" to ptr
  %".996" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.56" = load ptr, ptr %".996", align 8
  %".997" = xor i1 %".989", -1
  br i1 %".997", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".999" = trunc i64 %"cursor.13" to i16
  %".1000" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".999", ptr %".1000", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".1003" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1004" = load volatile i32, [40 x i8]* %".1003", align 4
  br label %"tcp.header"
udp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1018" = trunc i64 %"cursor.14" to i32
  %".1019" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1018", [40 x i8]* %"header_copy", i32 4)
  %".1020" = icmp eq i64 %".1019", 0
  %".1021" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1022" = load i32, ptr %".1021", align 4
  %".1023" = zext i32 %".1022" to i64
  %"data.58" = inttoptr i64 %".1023" to ptr
  %".1024" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1025" = load i32, ptr %".1024", align 4
  %".1026" = zext i32 %".1025" to i64
  %"data_end.58" = inttoptr i64 %".1026" to ptr
  %".1027" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.58" = load ptr, ptr %".1027", align 8
  %".1028" = xor i1 %".1020", -1
  br i1 %".1028", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".1030" = trunc i64 %"cursor.14" to i16
  %".1031" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".1030", ptr %".1031", align 2
  br label %"return"
udp.copy_failed.endif:
  %".1034" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1035" = load volatile i32, [40 x i8]* %".1034", align 4
  br label %"udp.header"
udp.copy_last_byte:
  %".1045" = add i64 %"cursor.14", %".1040"
  %".1046" = sub i64 %".1045", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1047" = trunc i64 %".1046" to i32
  %".1048" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1047", i64* %"last_byte", i32 1)
  %".1049" = icmp eq i64 %".1048", 0
  %".1050" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1051" = load i32, ptr %".1050", align 4
  %".1052" = zext i32 %".1051" to i64
  %"data.60" = inttoptr i64 %".1052" to ptr
  %".1053" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1054" = load i32, ptr %".1053", align 4
  %".1055" = zext i32 %".1054" to i64
  %"data_end.60" = inttoptr i64 %".1055" to ptr
  %".1056" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.60" = load ptr, ptr %".1056", align 8
  %".1057" = xor i1 %".1049", -1
  br i1 %".1057", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".1059" = trunc i64 %"cursor.14" to i16
  %".1060" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1059", ptr %".1060", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
icmp.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1073" = trunc i64 %"cursor.15" to i32
  %".1074" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1073", [40 x i8]* %"header_copy", i32 4)
  %".1075" = icmp eq i64 %".1074", 0
  %".1076" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1077" = load i32, ptr %".1076", align 4
  %".1078" = zext i32 %".1077" to i64
  %"data.62" = inttoptr i64 %".1078" to ptr
  %".1079" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1080" = load i32, ptr %".1079", align 4
  %".1081" = zext i32 %".1080" to i64
  %"data_end.62" = inttoptr i64 %".1081" to ptr
  %".1082" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.62" = load ptr, ptr %".1082", align 8
  %".1083" = xor i1 %".1075", -1
  br i1 %".1083", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1085" = trunc i64 %"cursor.15" to i16
  %".1086" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1085", ptr %".1086", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1107" = trunc i64 %"cursor.16" to i32
  %".1108" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1107", [40 x i8]* %"header_copy", i32 20)
  %".1109" = icmp eq i64 %".1108", 0
  %".1110" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1111" = load i32, ptr %".1110", align 4
  %".1112" = zext i32 %".1111" to i64
  %"data.64" = inttoptr i64 %".1112" to ptr
  %".1113" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1114" = load i32, ptr %".1113", align 4
  %".1115" = zext i32 %".1114" to i64
  %"data_end.64" = inttoptr i64 %".1115" to ptr
  %".1116" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.64" = load ptr, ptr %".1116", align 8
  %".1117" = xor i1 %".1109", -1
  br i1 %".1117", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1119" = trunc i64 %"cursor.16" to i16
  %".1120" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1119", ptr %".1120", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1123" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1124" = load volatile i8, [40 x i8]* %".1123", align 1
  %".1125" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1126" = load volatile i16, [40 x i8]* %".1125", align 2
  %".1127" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1128" = load volatile i8, [40 x i8]* %".1127", align 1
  %".1129" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1130" = load volatile i32, [40 x i8]* %".1129", align 4
  %".1131" = zext i32 %".1130" to i64
  %".1132" = shl i64 %".1131", 0
  %".1133" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1134" = load volatile i32, [40 x i8]* %".1133", align 4
  %".1135" = zext i32 %".1134" to i64
  %".1136" = shl i64 %".1135", 32
  %".1137" = or i64 %".1132", %".1136"
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1144" = trunc i64 %"cursor.16" to i16
  %".1145" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1144", ptr %".1145", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1148" = getelementptr i8, ptr %"keys.65", i64 9
  store i8 %"w9_1.1", ptr %".1148", align 1
  %".1150" = getelementptr i8, ptr %"keys.65", i64 16
  store i64 %"w12_8.1", ptr %".1150", align 8
  %".1152" = trunc i64 2048 to i16
  %".1153" = getelementptr i8, ptr %"keys.65", i64 4
  store i16 %".1152", ptr %".1153", align 2
  %".1155" = add i64 %"cursor.16", 20
  %".1156" = zext i8 %"w0_1.3" to i64
  %".1157" = and i64 %".1156", 15
  %".1158" = icmp eq i64 %".1157", 5
  %".1159" = xor i1 %".1158", -1
  br i1 %".1159", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1155", %"ipv4_d1.no_variable"], [%".1167", %"ipv4_d1.variable"]
  %"data.66" = phi  ptr [%"data.65", %"ipv4_d1.no_variable"], [%"data.65", %"ipv4_d1.variable"]
  %"data_end.66" = phi  ptr [%"data_end.65", %"ipv4_d1.no_variable"], [%"data_end.65", %"ipv4_d1.variable"]
  %"keys.66" = phi  ptr [%"keys.65", %"ipv4_d1.no_variable"], [%"keys.65", %"ipv4_d1.variable"]
  %".1169" = and i16 %"w6_2.2", 65343
  %".1170" = icmp ne i16 %".1169", 0
  %".1171" = and i16 %"w6_2.2", 65311
  %".1172" = icmp eq i16 %".1171", 0
  br i1 %".1170", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1194" = zext i8 %"w9_1.1" to i64
  %".1195" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1194")
  %".1196" = icmp eq i64 %".1195", 6
  br i1 %".1196", label %"ipv4_d1.to_tcp", label %"ipv4_d1.select"
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.variable:
  %".1162" = zext i8 %"w0_1.3" to i64
  %".1163" = and i64 %".1162", 15
  %".1164" = mul i64 %".1163", 4
  %".1165" = sub i64 %".1164", 20
  %".1166" = add i64 %".1165", 20
  %".1167" = add i64 %"cursor.16", %".1166"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1174" = getelementptr i8, ptr %"keys.66", i64 6
  store i8 1, ptr %".1174", align 1
  br i1 %".1172", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1177" = getelementptr i8, ptr %"keys.66", i64 7
  store i8 1, ptr %".1177", align 1
  %".1179" = getelementptr i8, ptr %"keys.66", i64 48
  %"flags.22" = load volatile i32, ptr %".1179", align 4
  %".1180" = and i32 %"flags.22", 1
  %".1181" = icmp ne i32 %".1180", 0
  %".1182" = xor i1 %".1181", -1
  br i1 %".1182", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1189" = trunc i64 %"end.1" to i16
  %".1190" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1189", ptr %".1190", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1184" = trunc i64 %"end.1" to i16
  %".1185" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1184", ptr %".1185", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1212" = trunc i64 %"end.1" to i16
  %".1213" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1212", ptr %".1213", align 2
  br label %"return"
ipv4_d1.to_udp:
  br label %"udp"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_ipv4:
  %".1219" = getelementptr i8, ptr %"keys.66", i64 8
  store i8 1, ptr %".1219", align 1
  %".1221" = getelementptr i8, ptr %"keys.66", i64 48
  %"flags.23" = load volatile i32, ptr %".1221", align 4
  %".1222" = and i32 %"flags.23", 4
  %".1223" = icmp ne i32 %".1222", 0
  br i1 %".1223", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif", !prof !0
ipv4_d1.stop_at_encap.endif:
  %".1229" = trunc i64 %"end.1" to i16
  %".1230" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1229", ptr %".1230", align 2
  br label %"return"
ipv4_d1.to_gre_version:
  br label %"gre_version_d1"
ipv4_d1.to_ipv6:
  %".1234" = trunc i64 34525 to i16
  %".1235" = call i16 @"llvm.bswap.i16"(i16 %".1234")
  %".1236" = getelementptr i8, ptr %"keys.66", i64 10
  store i16 %".1235", ptr %".1236", align 2
  %".1238" = getelementptr i8, ptr %"keys.66", i64 8
  store i8 1, ptr %".1238", align 1
  %".1240" = getelementptr i8, ptr %"keys.66", i64 48
  %"flags.24" = load volatile i32, ptr %".1240", align 4
  %".1241" = and i32 %"flags.24", 4
  %".1242" = icmp ne i32 %".1241", 0
  br i1 %".1242", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1", !prof !0
ipv4_d1.stop_at_encap.endif.1:
  %".1248" = trunc i64 %"end.1" to i16
  %".1249" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1248", ptr %".1249", align 2
  br label %"return"
ipv4_d1.to_esp:
  br label %"esp"
ipv4_d1.to_ah:
  br label %"ah"
ipv4_d1.to_sctp:
  br label %"sctp"
ipv4_d1.to_udplite:
  br label %"udplite"
ipv4_d1.to_dccp:
  br label %"dccp"
ipv4_d1.to_mpls:
  %".1257" = trunc i64 34887 to i16
  %".1258" = call i16 @"llvm.bswap.i16"(i16 %".1257")
  %".1259" = getelementptr i8, ptr %"keys.66", i64 10
  store i16 %".1258", ptr %".1259", align 2
  br label %"mpls_mpls_labels1"
ipv4_d1.select:
  %".1198" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1194")
  %".1199" = icmp eq i64 %".1198", 17
  br i1 %".1199", label %"ipv4_d1.to_udp", label %"ipv4_d1.select.1"
ipv4_d1.select.1:
  %".1201" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1194")
  %".1202" = icmp eq i64 %".1201", 1
  br i1 %".1202", label %"ipv4_d1.to_icmp", label %"ipv4_d1.select.2"
ipv4_d1.select.2:
  %".1204" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1194")
  %".1205" = icmp eq i64 %".1204", 4
  br i1 %".1205", label %"ipv4_d1.to_ipv4", label %"ipv4_d1.select.3"
ipv4_d1.select.3:
  %".1207" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1194")
  %".1208" = icmp eq i64 %".1207", 47
  br i1 %".1208", label %"ipv4_d1.to_gre_version", label %"ipv4_d1.select.4"
ipv4_d1.select.4:
  %".1210" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1194")
  switch i64 %".1210", label %"ipv4_d1.unknown" [i64 41, label %"ipv4_d1.to_ipv6" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 132, label %"ipv4_d1.to_sctp" i64 136, label %"ipv4_d1.to_udplite" i64 33, label %"ipv4_d1.to_dccp" i64 137, label %"ipv4_d1.to_mpls"]
ipv4_d1.stop_at_encap:
  %".1225" = trunc i64 %"end.1" to i16
  %".1226" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1225", ptr %".1226", align 2
  br label %"return"
gre_version_d1:
  %"cursor.34" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1387", %"ipv6_d1.to_gre_version"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".4463", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4579", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".5094", %"widening.test.36"]
  %"data.67" = phi  ptr [%"data.66", %"ipv4_d1.to_gre_version"], [%"data.73", %"ipv6_d1.to_gre_version"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.200", %"widening.test.36"]
  %"data_end.67" = phi  ptr [%"data_end.66", %"ipv4_d1.to_gre_version"], [%"data_end.73", %"ipv6_d1.to_gre_version"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.200", %"widening.test.36"]
  %"keys.67" = phi  ptr [%"keys.66", %"ipv4_d1.to_gre_version"], [%"keys.73", %"ipv6_d1.to_gre_version"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.36"]
  %"hdr.30" = getelementptr i8, ptr %"data.67", i64 %"cursor.34"
  %".2633" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2634" = icmp ugt ptr %".2633", %"data_end.67"
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
  %"w2_2.5" = phi  i16 [%".2641", %"gre_version_d1.linear"], [%".2664", %"gre_version_d1.copy_failed.endif"]
  %"data.111" = phi  ptr [%"data.67", %"gre_version_d1.linear"], [%"data.110", %"gre_version_d1.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.67", %"gre_version_d1.linear"], [%"data_end.110", %"gre_version_d1.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.67", %"gre_version_d1.linear"], [%"keys.110", %"gre_version_d1.copy_failed.endif"]
  %".2666" = zext i8 %"w0_1.9" to i64
  %".2667" = lshr i64 %".2666", 6
  %".2668" = and i64 %".2667", 1
  %".2669" = icmp ne i64 %".2668", 0
  %".2670" = zext i8 %"w1_1.6" to i64
  %".2671" = and i64 %".2670", 7
  %".2672" = icmp ugt i64 %".2671", 1
  %".2673" = or i1 %".2669", %".2672"
  br i1 %".2673", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".2679" = getelementptr i8, ptr %"keys.111", i64 10
  store i16 %"w2_2.5", ptr %".2679", align 2
  %".2681" = zext i8 %"w1_1.6" to i64
  %".2682" = and i64 %".2681", 7
  %".2683" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2682")
  %".2684" = icmp eq i64 %".2683", 0
  br i1 %".2684", label %"gre_version_d1.to_gre", label %"gre_version_d1.select"
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.43" = phi  i64 [%"cursor.34", %"gre_version_d1.to_gre"]
  %"data.112" = phi  ptr [%"data.111", %"gre_version_d1.to_gre"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"gre_version_d1.to_gre"]
  %"keys.112" = phi  ptr [%"keys.111", %"gre_version_d1.to_gre"]
  %".3477" = add i64 %"cursor.43", 4
  %".3478" = and i8 %"w0_1.9", 176
  %".3479" = icmp eq i8 %".3478", 0
  %".3480" = xor i1 %".3479", -1
  br i1 %".3480", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.4" = phi  i64 [%".3477", %"gre_d1.no_variable"], [%".3519", %"gre_d1.variable_part"]
  %"data.139" = phi  ptr [%"data.112", %"gre_d1.no_variable"], [%"data.138", %"gre_d1.variable_part"]
  %"data_end.139" = phi  ptr [%"data_end.112", %"gre_d1.no_variable"], [%"data_end.138", %"gre_d1.variable_part"]
  %"keys.139" = phi  ptr [%"keys.112", %"gre_d1.no_variable"], [%"keys.138", %"gre_d1.variable_part"]
  %".3521" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".3521", align 1
  %".3523" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.60" = load volatile i32, ptr %".3523", align 4
  %".3524" = and i32 %"flags.60", 4
  %".3525" = icmp ne i32 %".3524", 0
  br i1 %".3525", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif", !prof !0
gre_d1.stop_at_encap.endif:
  %".3531" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3532" = zext i16 %".3531" to i64
  %".3533" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.5")
  %".3534" = icmp eq i16 %".3533", 8
  br i1 %".3534", label %"gre_d1.to_ipv4", label %"gre_d1.select"
gre_d1.to_ipv4:
  %".3554" = trunc i64 %"end.4" to i16
  %".3555" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3554", ptr %".3555", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1244" = trunc i64 %"end.1" to i16
  %".1245" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1244", ptr %".1245", align 2
  br label %"return"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1272" = trunc i64 %"cursor.17" to i32
  %".1273" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1272", [40 x i8]* %"header_copy", i32 4)
  %".1274" = icmp eq i64 %".1273", 0
  %".1275" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1276" = load i32, ptr %".1275", align 4
  %".1277" = zext i32 %".1276" to i64
  %"data.68" = inttoptr i64 %".1277" to ptr
  %".1278" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1279" = load i32, ptr %".1278", align 4
  %".1280" = zext i32 %".1279" to i64
  %"data_end.68" = inttoptr i64 %".1280" to ptr
  %".1281" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.68" = load ptr, ptr %".1281", align 8
  %".1282" = xor i1 %".1274", -1
  br i1 %".1282", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1284" = trunc i64 %"cursor.17" to i16
  %".1285" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".1284", ptr %".1285", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1288" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1289" = load volatile i8, [40 x i8]* %".1288", align 1
  %".1290" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1291" = load volatile i8, [40 x i8]* %".1290", align 1
  %".1292" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1293" = load volatile i16, [40 x i8]* %".1292", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1304" = trunc i64 %"cursor.17" to i16
  %".1305" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1304", ptr %".1305", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1316" = trunc i64 %"cursor.17" to i16
  %".1317" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1316", ptr %".1317", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_version_d0.select:
  br label %"gre_version_d0.to_pptp"
pptp_d0:
  %"cursor.36" = phi  i64 [%"cursor.17", %"gre_version_d0.to_pptp"]
  %"data.71" = phi  ptr [%"data.69", %"gre_version_d0.to_pptp"]
  %"data_end.71" = phi  ptr [%"data_end.69", %"gre_version_d0.to_pptp"]
  %"keys.71" = phi  ptr [%"keys.69", %"gre_version_d0.to_pptp"]
  %".2787" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".2788" = zext i16 %".2787" to i64
  %".2789" = icmp ne i64 %".2788", 34827
  %".2790" = zext i8 %"w0_1.4" to i64
  %".2791" = lshr i64 %".2790", 5
  %".2792" = and i64 %".2791", 1
  %".2793" = icmp eq i64 %".2792", 0
  %".2794" = or i1 %".2789", %".2793"
  br i1 %".2794", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".2800" = add i64 %"cursor.36", 4
  %".2801" = zext i8 %"w0_1.4" to i64
  %".2802" = lshr i64 %".2801", 7
  %".2803" = and i64 %".2802", 1
  %".2804" = zext i8 %"w0_1.4" to i64
  %".2805" = lshr i64 %".2804", 5
  %".2806" = and i64 %".2805", 1
  %".2807" = add i64 %".2803", %".2806"
  %".2808" = zext i8 %"w0_1.4" to i64
  %".2809" = lshr i64 %".2808", 4
  %".2810" = and i64 %".2809", 1
  %".2811" = add i64 %".2807", %".2810"
  %".2812" = zext i8 %"w1_1.2" to i64
  %".2813" = lshr i64 %".2812", 7
  %".2814" = and i64 %".2813", 1
  %".2815" = add i64 %".2811", %".2814"
  %".2816" = mul i64 %".2815", 4
  %".2817" = add i64 %".2816", 4
  %".2818" = getelementptr i8, ptr %"data.71", i64 %"cursor.36"
  %".2819" = getelementptr i8, ptr %".2818", i64 %".2817"
  %".2820" = icmp ugt ptr %".2819", %"data_end.71"
  br i1 %".2820", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.119" = phi  ptr [%"data.71", %"pptp_d0.stop_before.endif"], [%"data.118", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.119" = phi  ptr [%"data_end.71", %"pptp_d0.stop_before.endif"], [%"data_end.118", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.119" = phi  ptr [%"keys.71", %"pptp_d0.stop_before.endif"], [%"keys.118", %"pptp_d0.copy_last_byte_failed.endif"]
  %".2841" = add i64 %"cursor.36", %".2817"
  %".2842" = add i64 %"cursor.36", 8
  %".2843" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2842")
  %".2844" = icmp eq i64 %".2816", 4
  %"end.3" = select  i1 %".2844", i64 %".2843", i64 %".2841"
  br label %"pptp_d0.to_ppp"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.46" = phi  i64 [%"end.3", %"pptp_d0.to_ppp"]
  %"data.120" = phi  ptr [%"data.119", %"pptp_d0.to_ppp"]
  %"data_end.120" = phi  ptr [%"data_end.119", %"pptp_d0.to_ppp"]
  %"keys.120" = phi  ptr [%"keys.119", %"pptp_d0.to_ppp"]
  %"hdr.38" = getelementptr i8, ptr %"data.120", i64 %"cursor.46"
  %".3753" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3754" = icmp ugt ptr %".3753", %"data_end.120"
  br i1 %".3754", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3756" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3757" = load i16, ptr %".3756", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.9" = phi  i16 [%".3757", %"ppp_d0.linear"], [%".3776", %"ppp_d0.copy_failed.endif"]
  %"data.146" = phi  ptr [%"data.120", %"ppp_d0.linear"], [%"data.145", %"ppp_d0.copy_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.120", %"ppp_d0.linear"], [%"data_end.145", %"ppp_d0.copy_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.120", %"ppp_d0.linear"], [%"keys.145", %"ppp_d0.copy_failed.endif"]
  %".3778" = add i64 %"cursor.46", 4
  %".3779" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".3780" = zext i16 %".3779" to i64
  %".3781" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.9")
  %".3782" = icmp eq i16 %".3781", 8448
  br i1 %".3782", label %"ppp_d0.to_ipv4", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".3795" = trunc i64 2048 to i16
  %".3796" = call i16 @"llvm.bswap.i16"(i16 %".3795")
  %".3797" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".3796", ptr %".3797", align 2
  %".3799" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3799", align 1
  %".3801" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.61" = load volatile i32, ptr %".3801", align 4
  %".3802" = and i32 %"flags.61", 4
  %".3803" = icmp ne i32 %".3802", 0
  br i1 %".3803", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif", !prof !0
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_d1.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1338" = trunc i64 %"cursor.18" to i32
  %".1339" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1338", [40 x i8]* %"header_copy", i32 40)
  %".1340" = icmp eq i64 %".1339", 0
  %".1341" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1342" = load i32, ptr %".1341", align 4
  %".1343" = zext i32 %".1342" to i64
  %"data.72" = inttoptr i64 %".1343" to ptr
  %".1344" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1345" = load i32, ptr %".1344", align 4
  %".1346" = zext i32 %".1345" to i64
  %"data_end.72" = inttoptr i64 %".1346" to ptr
  %".1347" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.72" = load ptr, ptr %".1347", align 8
  %".1348" = xor i1 %".1340", -1
  br i1 %".1348", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1350" = trunc i64 %"cursor.18" to i16
  %".1351" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1350", ptr %".1351", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1354" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1355" = load volatile i32, [40 x i8]* %".1354", align 4
  %".1356" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1357" = load volatile i8, [40 x i8]* %".1356", align 1
  %".1358" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1359" = load volatile i64, [40 x i8]* %".1358", align 8
  %".1360" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1361" = load volatile i64, [40 x i8]* %".1360", align 8
  %".1362" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1363" = load volatile i64, [40 x i8]* %".1362", align 8
  %".1364" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1365" = load volatile i64, [40 x i8]* %".1364", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1397" = trunc i64 %".1387" to i16
  %".1398" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1397", ptr %".1398", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1401" = zext i8 %"w6_1.1" to i64
  %".1402" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1401")
  %".1403" = icmp eq i64 %".1402", 6
  br i1 %".1403", label %"ipv6_d1.to_tcp", label %"ipv6_d1.select"
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1419" = trunc i64 %".1387" to i16
  %".1420" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1419", ptr %".1420", align 2
  br label %"return"
ipv6_d1.to_udp:
  br label %"udp"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_ipv6_opts:
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_ipv6:
  %".1430" = getelementptr i8, ptr %"keys.73", i64 8
  store i8 1, ptr %".1430", align 1
  %".1432" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.26" = load volatile i32, ptr %".1432", align 4
  %".1433" = and i32 %"flags.26", 4
  %".1434" = icmp ne i32 %".1433", 0
  br i1 %".1434", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif", !prof !0
ipv6_d1.stop_at_encap.endif:
  %".1440" = trunc i64 %".1387" to i16
  %".1441" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1440", ptr %".1441", align 2
  br label %"return"
ipv6_d1.to_ipv4:
  %".1444" = trunc i64 2048 to i16
  %".1445" = call i16 @"llvm.bswap.i16"(i16 %".1444")
  %".1446" = getelementptr i8, ptr %"keys.73", i64 10
  store i16 %".1445", ptr %".1446", align 2
  %".1448" = getelementptr i8, ptr %"keys.73", i64 8
  store i8 1, ptr %".1448", align 1
  %".1450" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.27" = load volatile i32, ptr %".1450", align 4
  %".1451" = and i32 %"flags.27", 4
  %".1452" = icmp ne i32 %".1451", 0
  br i1 %".1452", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1", !prof !0
ipv6_d1.stop_at_encap.endif.1:
  %".1458" = trunc i64 %".1387" to i16
  %".1459" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1458", ptr %".1459", align 2
  br label %"return"
ipv6_d1.to_gre_version:
  br label %"gre_version_d1"
ipv6_d1.to_esp:
  br label %"esp"
ipv6_d1.to_ah:
  br label %"ah"
ipv6_d1.to_sctp:
  br label %"sctp"
ipv6_d1.to_udplite:
  br label %"udplite"
ipv6_d1.to_dccp:
  br label %"dccp"
ipv6_d1.to_mpls:
  %".1468" = trunc i64 34887 to i16
  %".1469" = call i16 @"llvm.bswap.i16"(i16 %".1468")
  %".1470" = getelementptr i8, ptr %"keys.73", i64 10
  store i16 %".1469", ptr %".1470", align 2
  br label %"mpls_mpls_labels1"
ipv6_d1.select:
  %".1405" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1401")
  %".1406" = icmp eq i64 %".1405", 17
  br i1 %".1406", label %"ipv6_d1.to_udp", label %"ipv6_d1.select.1"
ipv6_d1.select.1:
  %".1408" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1401")
  %".1409" = icmp eq i64 %".1408", 58
  br i1 %".1409", label %"ipv6_d1.to_icmpv6", label %"ipv6_d1.select.2"
ipv6_d1.select.2:
  %".1411" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1401")
  %".1412" = icmp eq i64 %".1411", 0
  br i1 %".1412", label %"ipv6_d1.to_ipv6_opts", label %"ipv6_d1.select.3"
ipv6_d1.select.3:
  %".1414" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1401")
  %".1415" = icmp eq i64 %".1414", 60
  br i1 %".1415", label %"ipv6_d1.to_ipv6_opts.1", label %"ipv6_d1.select.4"
ipv6_d1.select.4:
  %".1417" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1401")
  switch i64 %".1417", label %"ipv6_d1.unknown" [i64 43, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 41, label %"ipv6_d1.to_ipv6" i64 4, label %"ipv6_d1.to_ipv4" i64 47, label %"ipv6_d1.to_gre_version" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 132, label %"ipv6_d1.to_sctp" i64 136, label %"ipv6_d1.to_udplite" i64 33, label %"ipv6_d1.to_dccp" i64 137, label %"ipv6_d1.to_mpls"]
ipv6_opts_d1_ipv6_ext1:
  %"cursor.37" = phi  i64 [%".1387", %"ipv6_d1.to_ipv6_opts"], [%".1387", %"ipv6_d1.to_ipv6_opts.1"], [%".1387", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.74" = phi  ptr [%"data.73", %"ipv6_d1.to_ipv6_opts"], [%"data.73", %"ipv6_d1.to_ipv6_opts.1"], [%"data.73", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.74" = phi  ptr [%"data_end.73", %"ipv6_d1.to_ipv6_opts"], [%"data_end.73", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.73", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.74" = phi  ptr [%"keys.73", %"ipv6_d1.to_ipv6_opts"], [%"keys.73", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.73", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.74", i64 %"cursor.37"
  %".2851" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2852" = icmp ugt ptr %".2851", %"data_end.74"
  br i1 %".2852", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2854" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2855" = load i8, ptr %".2854", align 1
  %".2856" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2857" = load i8, ptr %".2856", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2855", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2876", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2857", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2878", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.122" = phi  ptr [%"data.74", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.74", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.74", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2880" = getelementptr i8, ptr %"keys.122", i64 9
  store i8 %"w0_1.10", ptr %".2880", align 1
  %".2882" = add i64 %"cursor.37", 2
  %".2883" = zext i8 %"w1_1.7" to i64
  %".2884" = mul i64 %".2883", 8
  %".2885" = add i64 %".2884", 6
  %".2886" = add i64 %".2885", 2
  %".2887" = add i64 %"cursor.37", %".2886"
  %".2888" = zext i8 %"w0_1.10" to i64
  %".2889" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2888")
  %".2890" = icmp eq i64 %".2889", 6
  br i1 %".2890", label %"ipv6_opts_d1_ipv6_ext1.to_tcp", label %"ipv6_opts_d1_ipv6_ext1.select"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1387", %"ipv6_d1.to_ipv6_frag"]
  %"data.75" = phi  ptr [%"data.73", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.75" = phi  ptr [%"data_end.73", %"ipv6_d1.to_ipv6_frag"]
  %"keys.75" = phi  ptr [%"keys.73", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.75", i64 %"cursor.38"
  %".2960" = getelementptr i8, ptr %"hdr.32", i64 8
  %".2961" = icmp ugt ptr %".2960", %"data_end.75"
  br i1 %".2961", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2963" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2964" = load i8, ptr %".2963", align 1
  %".2965" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2966" = load i16, ptr %".2965", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2964", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2985", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".2966", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2987", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.126" = phi  ptr [%"data.75", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.126" = phi  ptr [%"data_end.75", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.126" = phi  ptr [%"keys.75", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2989" = getelementptr i8, ptr %"keys.126", i64 9
  store i8 %"w0_1.11", ptr %".2989", align 1
  %".2991" = add i64 %"cursor.38", 8
  %".2992" = icmp ne i64 1, 0
  %".2993" = and i16 %"w2_2.6", 63743
  %".2994" = icmp eq i16 %".2993", 0
  br i1 %".2992", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3016" = zext i8 %"w0_1.11" to i64
  %".3017" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3016")
  %".3018" = icmp eq i64 %".3017", 6
  br i1 %".3018", label %"ipv6_frag_d1_ipv6_ext1.to_tcp", label %"ipv6_frag_d1_ipv6_ext1.select"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1436" = trunc i64 %".1387" to i16
  %".1437" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1436", ptr %".1437", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1454" = trunc i64 %".1387" to i16
  %".1455" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1454", ptr %".1455", align 2
  br label %"return"
esp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1479" = trunc i64 %"cursor.19" to i32
  %".1480" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1479", [40 x i8]* %"header_copy", i32 4)
  %".1481" = icmp eq i64 %".1480", 0
  %".1482" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1483" = load i32, ptr %".1482", align 4
  %".1484" = zext i32 %".1483" to i64
  %"data.76" = inttoptr i64 %".1484" to ptr
  %".1485" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1486" = load i32, ptr %".1485", align 4
  %".1487" = zext i32 %".1486" to i64
  %"data_end.76" = inttoptr i64 %".1487" to ptr
  %".1488" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.76" = load ptr, ptr %".1488", align 8
  %".1489" = xor i1 %".1481", -1
  br i1 %".1489", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1491" = trunc i64 %"cursor.19" to i16
  %".1492" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1491", ptr %".1492", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1495" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1496" = load volatile i32, [40 x i8]* %".1495", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1523" = trunc i64 %"cursor.20" to i32
  %".1524" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1523", [40 x i8]* %"header_copy", i32 8)
  %".1525" = icmp eq i64 %".1524", 0
  %".1526" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1527" = load i32, ptr %".1526", align 4
  %".1528" = zext i32 %".1527" to i64
  %"data.78" = inttoptr i64 %".1528" to ptr
  %".1529" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1530" = load i32, ptr %".1529", align 4
  %".1531" = zext i32 %".1530" to i64
  %"data_end.78" = inttoptr i64 %".1531" to ptr
  %".1532" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.78" = load ptr, ptr %".1532", align 8
  %".1533" = xor i1 %".1525", -1
  br i1 %".1533", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1535" = trunc i64 %"cursor.20" to i16
  %".1536" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1535", ptr %".1536", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1539" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1540" = load volatile i32, [40 x i8]* %".1539", align 4
  br label %"ah.header"
sctp.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1567" = trunc i64 %"cursor.21" to i32
  %".1568" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1567", [40 x i8]* %"header_copy", i32 4)
  %".1569" = icmp eq i64 %".1568", 0
  %".1570" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1571" = load i32, ptr %".1570", align 4
  %".1572" = zext i32 %".1571" to i64
  %"data.80" = inttoptr i64 %".1572" to ptr
  %".1573" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1574" = load i32, ptr %".1573", align 4
  %".1575" = zext i32 %".1574" to i64
  %"data_end.80" = inttoptr i64 %".1575" to ptr
  %".1576" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.80" = load ptr, ptr %".1576", align 8
  %".1577" = xor i1 %".1569", -1
  br i1 %".1577", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1579" = trunc i64 %"cursor.21" to i16
  %".1580" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1579", ptr %".1580", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1583" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1584" = load volatile i32, [40 x i8]* %".1583", align 4
  br label %"sctp.header"
udplite.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1599" = trunc i64 %"cursor.22" to i32
  %".1600" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1599", [40 x i8]* %"header_copy", i32 4)
  %".1601" = icmp eq i64 %".1600", 0
  %".1602" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1603" = load i32, ptr %".1602", align 4
  %".1604" = zext i32 %".1603" to i64
  %"data.82" = inttoptr i64 %".1604" to ptr
  %".1605" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1606" = load i32, ptr %".1605", align 4
  %".1607" = zext i32 %".1606" to i64
  %"data_end.82" = inttoptr i64 %".1607" to ptr
  %".1608" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.82" = load ptr, ptr %".1608", align 8
  %".1609" = xor i1 %".1601", -1
  br i1 %".1609", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1611" = trunc i64 %"cursor.22" to i16
  %".1612" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1611", ptr %".1612", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1615" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1616" = load volatile i32, [40 x i8]* %".1615", align 4
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1626" = add i64 %"cursor.22", %".1621"
  %".1627" = sub i64 %".1626", 1
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1628" = trunc i64 %".1627" to i32
  %".1629" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1628", i64* %"last_byte", i32 1)
  %".1630" = icmp eq i64 %".1629", 0
  %".1631" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1632" = load i32, ptr %".1631", align 4
  %".1633" = zext i32 %".1632" to i64
  %"data.84" = inttoptr i64 %".1633" to ptr
  %".1634" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1635" = load i32, ptr %".1634", align 4
  %".1636" = zext i32 %".1635" to i64
  %"data_end.84" = inttoptr i64 %".1636" to ptr
  %".1637" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.84" = load ptr, ptr %".1637", align 8
  %".1638" = xor i1 %".1630", -1
  br i1 %".1638", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1640" = trunc i64 %"cursor.22" to i16
  %".1641" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1640", ptr %".1641", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
dccp.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1656" = trunc i64 %"cursor.23" to i32
  %".1657" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1656", [40 x i8]* %"header_copy", i32 4)
  %".1658" = icmp eq i64 %".1657", 0
  %".1659" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1660" = load i32, ptr %".1659", align 4
  %".1661" = zext i32 %".1660" to i64
  %"data.86" = inttoptr i64 %".1661" to ptr
  %".1662" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1663" = load i32, ptr %".1662", align 4
  %".1664" = zext i32 %".1663" to i64
  %"data_end.86" = inttoptr i64 %".1664" to ptr
  %".1665" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.86" = load ptr, ptr %".1665", align 8
  %".1666" = xor i1 %".1658", -1
  br i1 %".1666", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1668" = trunc i64 %"cursor.23" to i16
  %".1669" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1668", ptr %".1669", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1672" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1673" = load volatile i32, [40 x i8]* %".1672", align 4
  br label %"dccp.header"
icmpv6.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1686" = trunc i64 %"cursor.24" to i32
  %".1687" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1686", [40 x i8]* %"header_copy", i32 4)
  %".1688" = icmp eq i64 %".1687", 0
  %".1689" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1690" = load i32, ptr %".1689", align 4
  %".1691" = zext i32 %".1690" to i64
  %"data.88" = inttoptr i64 %".1691" to ptr
  %".1692" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1693" = load i32, ptr %".1692", align 4
  %".1694" = zext i32 %".1693" to i64
  %"data_end.88" = inttoptr i64 %".1694" to ptr
  %".1695" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.88" = load ptr, ptr %".1695", align 8
  %".1696" = xor i1 %".1688", -1
  br i1 %".1696", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1698" = trunc i64 %"cursor.24" to i16
  %".1699" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1698", ptr %".1699", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1716" = trunc i64 %"cursor.25" to i32
  %".1717" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1716", [40 x i8]* %"header_copy", i32 2)
  %".1718" = icmp eq i64 %".1717", 0
  %".1719" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1720" = load i32, ptr %".1719", align 4
  %".1721" = zext i32 %".1720" to i64
  %"data.90" = inttoptr i64 %".1721" to ptr
  %".1722" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1723" = load i32, ptr %".1722", align 4
  %".1724" = zext i32 %".1723" to i64
  %"data_end.90" = inttoptr i64 %".1724" to ptr
  %".1725" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.90" = load ptr, ptr %".1725", align 8
  %".1726" = xor i1 %".1718", -1
  br i1 %".1726", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1728" = trunc i64 %"cursor.25" to i16
  %".1729" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1728", ptr %".1729", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1732" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1733" = load volatile i8, [40 x i8]* %".1732", align 1
  %".1734" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1735" = load volatile i8, [40 x i8]* %".1734", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1763" = trunc i64 %".1744" to i16
  %".1764" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1763", ptr %".1764", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_udp:
  br label %"udp"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1774" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1774", align 1
  %".1776" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.28" = load volatile i32, ptr %".1776", align 4
  %".1777" = and i32 %"flags.28", 4
  %".1778" = icmp ne i32 %".1777", 0
  br i1 %".1778", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1785" = trunc i64 2048 to i16
  %".1786" = call i16 @"llvm.bswap.i16"(i16 %".1785")
  %".1787" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1786", ptr %".1787", align 2
  %".1789" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1789", align 1
  %".1791" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.29" = load volatile i32, ptr %".1791", align 4
  %".1792" = and i32 %"flags.29", 4
  %".1793" = icmp ne i32 %".1792", 0
  br i1 %".1793", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.to_gre_version:
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext1.to_esp:
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".1806" = trunc i64 34887 to i16
  %".1807" = call i16 @"llvm.bswap.i16"(i16 %".1806")
  %".1808" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1807", ptr %".1808", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.select:
  %".1749" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1745")
  %".1750" = icmp eq i64 %".1749", 17
  br i1 %".1750", label %"ipv6_opts_d0_ipv6_ext1.to_udp", label %"ipv6_opts_d0_ipv6_ext1.select.1"
ipv6_opts_d0_ipv6_ext1.select.1:
  %".1752" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1745")
  %".1753" = icmp eq i64 %".1752", 58
  br i1 %".1753", label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext1.select.2"
ipv6_opts_d0_ipv6_ext1.select.2:
  %".1755" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1745")
  %".1756" = icmp eq i64 %".1755", 0
  br i1 %".1756", label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext1.select.3"
ipv6_opts_d0_ipv6_ext1.select.3:
  %".1758" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1745")
  %".1759" = icmp eq i64 %".1758", 60
  br i1 %".1759", label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext1.select.4"
ipv6_opts_d0_ipv6_ext1.select.4:
  %".1761" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1745")
  switch i64 %".1761", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls"]
ipv6_opts_d0_ipv6_ext2:
  %"cursor.39" = phi  i64 [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4764", %"widening.test.6"]
  %"data.92" = phi  ptr [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.170", %"widening.test.6"]
  %"data_end.92" = phi  ptr [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.170", %"widening.test.6"]
  %"keys.92" = phi  ptr [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.33" = getelementptr i8, ptr %"data.92", i64 %"cursor.39"
  %".3088" = getelementptr i8, ptr %"hdr.33", i64 2
  %".3089" = icmp ugt ptr %".3088", %"data_end.92"
  br i1 %".3089", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3091" = getelementptr i8, ptr %"hdr.33", i64 0
  %".3092" = load i8, ptr %".3091", align 1
  %".3093" = getelementptr i8, ptr %"hdr.33", i64 1
  %".3094" = load i8, ptr %".3093", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".3092", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3113", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3094", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3115", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.128" = phi  ptr [%"data.92", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.92", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.92", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3117" = getelementptr i8, ptr %"keys.128", i64 9
  store i8 %"w0_1.12", ptr %".3117", align 1
  %".3119" = add i64 %"cursor.39", 2
  %".3120" = zext i8 %"w1_1.8" to i64
  %".3121" = mul i64 %".3120", 8
  %".3122" = add i64 %".3121", 6
  %".3123" = add i64 %".3122", 2
  %".3124" = add i64 %"cursor.39", %".3123"
  %".3125" = zext i8 %"w0_1.12" to i64
  %".3126" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3125")
  %".3127" = icmp eq i64 %".3126", 6
  br i1 %".3127", label %"ipv6_opts_d0_ipv6_ext2.to_tcp", label %"ipv6_opts_d0_ipv6_ext2.select"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%".1744", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1842", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4753", %"widening.test.5"]
  %"data.93" = phi  ptr [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.169", %"widening.test.5"]
  %"data_end.93" = phi  ptr [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.169", %"widening.test.5"]
  %"keys.93" = phi  ptr [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.34" = getelementptr i8, ptr %"data.93", i64 %"cursor.40"
  %".3191" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3192" = icmp ugt ptr %".3191", %"data_end.93"
  br i1 %".3192", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3194" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3195" = load i8, ptr %".3194", align 1
  %".3196" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3197" = load i16, ptr %".3196", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3195", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3216", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".3197", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3218", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.132" = phi  ptr [%"data.93", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.93", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.93", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3220" = getelementptr i8, ptr %"keys.132", i64 9
  store i8 %"w0_1.13", ptr %".3220", align 1
  %".3222" = add i64 %"cursor.40", 8
  %".3223" = icmp ne i64 1, 0
  %".3224" = and i16 %"w2_2.7", 63743
  %".3225" = icmp eq i16 %".3224", 0
  br i1 %".3223", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3247" = zext i8 %"w0_1.13" to i64
  %".3248" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3247")
  %".3249" = icmp eq i64 %".3248", 6
  br i1 %".3249", label %"ipv6_frag_d0_ipv6_ext2.to_tcp", label %"ipv6_frag_d0_ipv6_ext2.select"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1780" = trunc i64 %".1744" to i16
  %".1781" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1780", ptr %".1781", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1795" = trunc i64 %".1744" to i16
  %".1796" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1795", ptr %".1796", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1819" = trunc i64 %"cursor.26" to i32
  %".1820" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1819", [40 x i8]* %"header_copy", i32 8)
  %".1821" = icmp eq i64 %".1820", 0
  %".1822" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1823" = load i32, ptr %".1822", align 4
  %".1824" = zext i32 %".1823" to i64
  %"data.94" = inttoptr i64 %".1824" to ptr
  %".1825" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1826" = load i32, ptr %".1825", align 4
  %".1827" = zext i32 %".1826" to i64
  %"data_end.94" = inttoptr i64 %".1827" to ptr
  %".1828" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.94" = load ptr, ptr %".1828", align 8
  %".1829" = xor i1 %".1821", -1
  br i1 %".1829", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1831" = trunc i64 %"cursor.26" to i16
  %".1832" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1831", ptr %".1832", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1835" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1836" = load volatile i8, [40 x i8]* %".1835", align 1
  %".1837" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1838" = load volatile i16, [40 x i8]* %".1837", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1847" = getelementptr i8, ptr %"keys.95", i64 6
  store i8 1, ptr %".1847", align 1
  br i1 %".1845", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1850" = getelementptr i8, ptr %"keys.95", i64 7
  store i8 1, ptr %".1850", align 1
  %".1852" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.30" = load volatile i32, ptr %".1852", align 4
  %".1853" = and i32 %"flags.30", 1
  %".1854" = icmp ne i32 %".1853", 0
  %".1855" = xor i1 %".1854", -1
  br i1 %".1855", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1862" = trunc i64 %".1842" to i16
  %".1863" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1862", ptr %".1863", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1857" = trunc i64 %".1842" to i16
  %".1858" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1857", ptr %".1858", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1885" = trunc i64 %".1842" to i16
  %".1886" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1885", ptr %".1886", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_udp:
  br label %"udp"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1896" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1896", align 1
  %".1898" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.31" = load volatile i32, ptr %".1898", align 4
  %".1899" = and i32 %"flags.31", 4
  %".1900" = icmp ne i32 %".1899", 0
  br i1 %".1900", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1907" = trunc i64 2048 to i16
  %".1908" = call i16 @"llvm.bswap.i16"(i16 %".1907")
  %".1909" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1908", ptr %".1909", align 2
  %".1911" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1911", align 1
  %".1913" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.32" = load volatile i32, ptr %".1913", align 4
  %".1914" = and i32 %"flags.32", 4
  %".1915" = icmp ne i32 %".1914", 0
  br i1 %".1915", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.to_gre_version:
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext1.to_esp:
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".1928" = trunc i64 34887 to i16
  %".1929" = call i16 @"llvm.bswap.i16"(i16 %".1928")
  %".1930" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1929", ptr %".1930", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.select:
  %".1871" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1867")
  %".1872" = icmp eq i64 %".1871", 17
  br i1 %".1872", label %"ipv6_frag_d0_ipv6_ext1.to_udp", label %"ipv6_frag_d0_ipv6_ext1.select.1"
ipv6_frag_d0_ipv6_ext1.select.1:
  %".1874" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1867")
  %".1875" = icmp eq i64 %".1874", 58
  br i1 %".1875", label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext1.select.2"
ipv6_frag_d0_ipv6_ext1.select.2:
  %".1877" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1867")
  %".1878" = icmp eq i64 %".1877", 0
  br i1 %".1878", label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext1.select.3"
ipv6_frag_d0_ipv6_ext1.select.3:
  %".1880" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1867")
  %".1881" = icmp eq i64 %".1880", 60
  br i1 %".1881", label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext1.select.4"
ipv6_frag_d0_ipv6_ext1.select.4:
  %".1883" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1867")
  switch i64 %".1883", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls"]
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1902" = trunc i64 %".1842" to i16
  %".1903" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1902", ptr %".1903", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1917" = trunc i64 %".1842" to i16
  %".1918" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1917", ptr %".1918", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1939" = trunc i64 %"cursor.27" to i32
  %".1940" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1939", [40 x i8]* %"header_copy", i32 4)
  %".1941" = icmp eq i64 %".1940", 0
  %".1942" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1943" = load i32, ptr %".1942", align 4
  %".1944" = zext i32 %".1943" to i64
  %"data.96" = inttoptr i64 %".1944" to ptr
  %".1945" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1946" = load i32, ptr %".1945", align 4
  %".1947" = zext i32 %".1946" to i64
  %"data_end.96" = inttoptr i64 %".1947" to ptr
  %".1948" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.96" = load ptr, ptr %".1948", align 8
  %".1949" = xor i1 %".1941", -1
  br i1 %".1949", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1951" = trunc i64 %"cursor.27" to i16
  %".1952" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1951", ptr %".1952", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1955" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1956" = load volatile i16, [40 x i8]* %".1955", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1983" = trunc i64 %".1960" to i16
  %".1984" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1983", ptr %".1984", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1989" = trunc i64 %".1960" to i16
  %".1990" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1989", ptr %".1990", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1993" = trunc i64 %".1960" to i16
  %".1994" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1993", ptr %".1994", align 2
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
  %".2006" = trunc i64 %".1960" to i16
  %".2007" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2006", ptr %".2007", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2010" = trunc i64 %".1960" to i16
  %".2011" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2010", ptr %".2011", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d0_vlan_tags2.select:
  %".1969" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.3")
  %".1970" = icmp eq i16 %".1969", 56710
  br i1 %".1970", label %"vlan_d0_vlan_tags2.to_ipv6", label %"vlan_d0_vlan_tags2.select.1"
vlan_d0_vlan_tags2.select.1:
  %".1972" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.3")
  %".1973" = icmp eq i16 %".1972", 129
  br i1 %".1973", label %"vlan_d0_vlan_tags2.to_vlan", label %"vlan_d0_vlan_tags2.select.2"
vlan_d0_vlan_tags2.select.2:
  %".1975" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.3")
  %".1976" = icmp eq i16 %".1975", 43144
  br i1 %".1976", label %"vlan_d0_vlan_tags2.to_vlan.1", label %"vlan_d0_vlan_tags2.select.3"
vlan_d0_vlan_tags2.select.3:
  %".1978" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.3")
  %".1979" = icmp eq i16 %".1978", 18312
  br i1 %".1979", label %"vlan_d0_vlan_tags2.to_mpls", label %"vlan_d0_vlan_tags2.select.4"
vlan_d0_vlan_tags2.select.4:
  %".1981" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.3")
  switch i16 %".1981", label %"vlan_d0_vlan_tags2.unknown" [i16 18568, label %"vlan_d0_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags2.to_arp" i16 13696, label %"vlan_d0_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags2.to_ptp" i16 649, label %"vlan_d0_vlan_tags2.to_cfm" i16 51848, label %"vlan_d0_vlan_tags2.to_tipc" i16 1673, label %"vlan_d0_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags2.to_hsr" i16 64392, label %"vlan_d0_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags2.to_batadv"]
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2021" = trunc i64 %"cursor.28" to i32
  %".2022" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2021", [40 x i8]* %"header_copy", i32 6)
  %".2023" = icmp eq i64 %".2022", 0
  %".2024" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2025" = load i32, ptr %".2024", align 4
  %".2026" = zext i32 %".2025" to i64
  %"data.98" = inttoptr i64 %".2026" to ptr
  %".2027" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2028" = load i32, ptr %".2027", align 4
  %".2029" = zext i32 %".2028" to i64
  %"data_end.98" = inttoptr i64 %".2029" to ptr
  %".2030" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.98" = load ptr, ptr %".2030", align 8
  %".2031" = xor i1 %".2023", -1
  br i1 %".2031", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2033" = trunc i64 %"cursor.28" to i16
  %".2034" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2033", ptr %".2034", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2037" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2038" = load volatile i16, [40 x i8]* %".2037", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2065" = trunc i64 %".2042" to i16
  %".2066" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2065", ptr %".2066", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2071" = trunc i64 %".2042" to i16
  %".2072" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2071", ptr %".2072", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2075" = trunc i64 %".2042" to i16
  %".2076" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2075", ptr %".2076", align 2
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
  %".2088" = trunc i64 %".2042" to i16
  %".2089" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2088", ptr %".2089", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2092" = trunc i64 %".2042" to i16
  %".2093" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2092", ptr %".2093", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.select:
  %".2051" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.1")
  %".2052" = icmp eq i16 %".2051", 56710
  br i1 %".2052", label %"hsr_d0_vlan_tags2.to_ipv6", label %"hsr_d0_vlan_tags2.select.1"
hsr_d0_vlan_tags2.select.1:
  %".2054" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.1")
  %".2055" = icmp eq i16 %".2054", 129
  br i1 %".2055", label %"hsr_d0_vlan_tags2.to_vlan", label %"hsr_d0_vlan_tags2.select.2"
hsr_d0_vlan_tags2.select.2:
  %".2057" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.1")
  %".2058" = icmp eq i16 %".2057", 43144
  br i1 %".2058", label %"hsr_d0_vlan_tags2.to_vlan.1", label %"hsr_d0_vlan_tags2.select.3"
hsr_d0_vlan_tags2.select.3:
  %".2060" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.1")
  %".2061" = icmp eq i16 %".2060", 18312
  br i1 %".2061", label %"hsr_d0_vlan_tags2.to_mpls", label %"hsr_d0_vlan_tags2.select.4"
hsr_d0_vlan_tags2.select.4:
  %".2063" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.1")
  switch i16 %".2063", label %"hsr_d0_vlan_tags2.unknown" [i16 18568, label %"hsr_d0_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags2.to_arp" i16 13696, label %"hsr_d0_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags2.to_ptp" i16 649, label %"hsr_d0_vlan_tags2.to_cfm" i16 51848, label %"hsr_d0_vlan_tags2.to_tipc" i16 1673, label %"hsr_d0_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags2.to_hsr" i16 64392, label %"hsr_d0_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags2.to_batadv"]
vlan_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2108" = trunc i64 %"cursor.30" to i32
  %".2109" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2108", [40 x i8]* %"header_copy", i32 4)
  %".2110" = icmp eq i64 %".2109", 0
  %".2111" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2112" = load i32, ptr %".2111", align 4
  %".2113" = zext i32 %".2112" to i64
  %"data.100" = inttoptr i64 %".2113" to ptr
  %".2114" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2115" = load i32, ptr %".2114", align 4
  %".2116" = zext i32 %".2115" to i64
  %"data_end.100" = inttoptr i64 %".2116" to ptr
  %".2117" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.100" = load ptr, ptr %".2117", align 8
  %".2118" = xor i1 %".2110", -1
  br i1 %".2118", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2120" = trunc i64 %"cursor.30" to i16
  %".2121" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2120", ptr %".2121", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2124" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2125" = load volatile i16, [40 x i8]* %".2124", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2152" = trunc i64 %".2129" to i16
  %".2153" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2152", ptr %".2153", align 2
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
vlan_d1_vlan_tags1.select:
  %".2138" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.4")
  %".2139" = icmp eq i16 %".2138", 56710
  br i1 %".2139", label %"vlan_d1_vlan_tags1.to_ipv6", label %"vlan_d1_vlan_tags1.select.1"
vlan_d1_vlan_tags1.select.1:
  %".2141" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.4")
  %".2142" = icmp eq i16 %".2141", 129
  br i1 %".2142", label %"vlan_d1_vlan_tags1.to_vlan", label %"vlan_d1_vlan_tags1.select.2"
vlan_d1_vlan_tags1.select.2:
  %".2144" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.4")
  %".2145" = icmp eq i16 %".2144", 43144
  br i1 %".2145", label %"vlan_d1_vlan_tags1.to_vlan.1", label %"vlan_d1_vlan_tags1.select.3"
vlan_d1_vlan_tags1.select.3:
  %".2147" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.4")
  %".2148" = icmp eq i16 %".2147", 18312
  br i1 %".2148", label %"vlan_d1_vlan_tags1.to_mpls", label %"vlan_d1_vlan_tags1.select.4"
vlan_d1_vlan_tags1.select.4:
  %".2150" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.4")
  switch i16 %".2150", label %"vlan_d1_vlan_tags1.unknown" [i16 18568, label %"vlan_d1_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags1.to_arp" i16 13696, label %"vlan_d1_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags1.to_ptp" i16 649, label %"vlan_d1_vlan_tags1.to_cfm" i16 51848, label %"vlan_d1_vlan_tags1.to_tipc" i16 1673, label %"vlan_d1_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags1.to_hsr" i16 64392, label %"vlan_d1_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags1.to_batadv"]
vlan_d1_vlan_tags2:
  %"cursor.41" = phi  i64 [%".2129", %"vlan_d1_vlan_tags1.to_vlan"], [%".2129", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2296", %"hsr_d1_vlan_tags1.to_vlan"], [%".2296", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4863", %"widening.test.15"]
  %"data.102" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.179", %"widening.test.15"]
  %"data_end.102" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.179", %"widening.test.15"]
  %"keys.102" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.15"]
  %"hdr.35" = getelementptr i8, ptr %"data.102", i64 %"cursor.41"
  %".3313" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3314" = icmp ugt ptr %".3313", %"data_end.102"
  br i1 %".3314", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3316" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3317" = load i16, ptr %".3316", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".3317", %"vlan_d1_vlan_tags2.linear"], [%".3336", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.102", %"vlan_d1_vlan_tags2.linear"], [%"data.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.102", %"vlan_d1_vlan_tags2.linear"], [%"data_end.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.102", %"vlan_d1_vlan_tags2.linear"], [%"keys.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3338" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %"w2_2.8", ptr %".3338", align 2
  %".3340" = add i64 %"cursor.41", 4
  %".3341" = trunc i64 %".3340" to i16
  %".3342" = getelementptr i8, ptr %"keys.134", i64 0
  store i16 %".3341", ptr %".3342", align 2
  %".3344" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".3345" = zext i16 %".3344" to i64
  %".3346" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.8")
  %".3347" = icmp eq i16 %".3346", 8
  br i1 %".3347", label %"vlan_d1_vlan_tags2.to_ipv4", label %"vlan_d1_vlan_tags2.select"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".2129", %"vlan_d1_vlan_tags1.to_hsr"], [%".2129", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2296", %"hsr_d1_vlan_tags1.to_hsr"], [%".2296", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4852", %"widening.test.14"]
  %"data.103" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.178", %"widening.test.14"]
  %"data_end.103" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.178", %"widening.test.14"]
  %"keys.103" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.14"]
  %"hdr.36" = getelementptr i8, ptr %"data.103", i64 %"cursor.42"
  %".3395" = getelementptr i8, ptr %"hdr.36", i64 6
  %".3396" = icmp ugt ptr %".3395", %"data_end.103"
  br i1 %".3396", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3398" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3399" = load i16, ptr %".3398", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3399", %"hsr_d1_vlan_tags2.linear"], [%".3418", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.136" = phi  ptr [%"data.103", %"hsr_d1_vlan_tags2.linear"], [%"data.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.103", %"hsr_d1_vlan_tags2.linear"], [%"data_end.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.103", %"hsr_d1_vlan_tags2.linear"], [%"keys.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3420" = getelementptr i8, ptr %"keys.136", i64 10
  store i16 %"w4_2.3", ptr %".3420", align 2
  %".3422" = add i64 %"cursor.42", 6
  %".3423" = trunc i64 %".3422" to i16
  %".3424" = getelementptr i8, ptr %"keys.136", i64 0
  store i16 %".3423", ptr %".3424", align 2
  %".3426" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3427" = zext i16 %".3426" to i64
  %".3428" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.3")
  %".3429" = icmp eq i16 %".3428", 8
  br i1 %".3429", label %"hsr_d1_vlan_tags2.to_ipv4", label %"hsr_d1_vlan_tags2.select"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
pppoe_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2182" = trunc i64 %"cursor.31" to i32
  %".2183" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2182", [40 x i8]* %"header_copy", i32 8)
  %".2184" = icmp eq i64 %".2183", 0
  %".2185" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2186" = load i32, ptr %".2185", align 4
  %".2187" = zext i32 %".2186" to i64
  %"data.104" = inttoptr i64 %".2187" to ptr
  %".2188" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2189" = load i32, ptr %".2188", align 4
  %".2190" = zext i32 %".2189" to i64
  %"data_end.104" = inttoptr i64 %".2190" to ptr
  %".2191" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.104" = load ptr, ptr %".2191", align 8
  %".2192" = xor i1 %".2184", -1
  br i1 %".2192", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2194" = trunc i64 %"cursor.31" to i16
  %".2195" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2194", ptr %".2195", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2198" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2199" = load volatile i8, [40 x i8]* %".2198", align 1
  %".2200" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2201" = load volatile i8, [40 x i8]* %".2200", align 1
  %".2202" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2203" = load volatile i16, [40 x i8]* %".2202", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2218" = trunc i64 %"cursor.31" to i16
  %".2219" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2218", ptr %".2219", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2222" = add i64 %"cursor.31", 8
  %".2223" = trunc i64 %".2222" to i16
  %".2224" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2223", ptr %".2224", align 2
  %".2226" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2227" = zext i16 %".2226" to i64
  %".2228" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w6_2.3")
  %".2229" = icmp eq i16 %".2228", 8448
  br i1 %".2229", label %"pppoe_d1.to_ipv4", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2248" = trunc i64 2048 to i16
  %".2249" = call i16 @"llvm.bswap.i16"(i16 %".2248")
  %".2250" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2249", ptr %".2250", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2241" = and i64 %".2227", 257
  %".2242" = icmp eq i64 %".2241", 1
  br i1 %".2242", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select.4"
pppoe_d1.to_ipv6:
  %".2253" = trunc i64 34525 to i16
  %".2254" = call i16 @"llvm.bswap.i16"(i16 %".2253")
  %".2255" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2254", ptr %".2255", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2258" = trunc i64 34887 to i16
  %".2259" = call i16 @"llvm.bswap.i16"(i16 %".2258")
  %".2260" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2259", ptr %".2260", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2263" = trunc i64 34888 to i16
  %".2264" = call i16 @"llvm.bswap.i16"(i16 %".2263")
  %".2265" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2264", ptr %".2265", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2231" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w6_2.3")
  %".2232" = icmp eq i16 %".2231", 22272
  br i1 %".2232", label %"pppoe_d1.to_ipv6", label %"pppoe_d1.select.1"
pppoe_d1.select.1:
  %".2234" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w6_2.3")
  %".2235" = icmp eq i16 %".2234", 33026
  br i1 %".2235", label %"pppoe_d1.to_mpls", label %"pppoe_d1.select.2"
pppoe_d1.select.2:
  %".2237" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w6_2.3")
  %".2238" = icmp eq i16 %".2237", 33538
  br i1 %".2238", label %"pppoe_d1.to_mpls.1", label %"pppoe_d1.select.3"
pppoe_d1.select.3:
  br label %"pppoe_d1.unknown"
pppoe_d1.select.4:
  %".2244" = trunc i64 %".2222" to i16
  %".2245" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2244", ptr %".2245", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2275" = trunc i64 %"cursor.32" to i32
  %".2276" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2275", [40 x i8]* %"header_copy", i32 6)
  %".2277" = icmp eq i64 %".2276", 0
  %".2278" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2279" = load i32, ptr %".2278", align 4
  %".2280" = zext i32 %".2279" to i64
  %"data.106" = inttoptr i64 %".2280" to ptr
  %".2281" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2282" = load i32, ptr %".2281", align 4
  %".2283" = zext i32 %".2282" to i64
  %"data_end.106" = inttoptr i64 %".2283" to ptr
  %".2284" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.106" = load ptr, ptr %".2284", align 8
  %".2285" = xor i1 %".2277", -1
  br i1 %".2285", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2287" = trunc i64 %"cursor.32" to i16
  %".2288" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2287", ptr %".2288", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2291" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2292" = load volatile i16, [40 x i8]* %".2291", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2319" = trunc i64 %".2296" to i16
  %".2320" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2319", ptr %".2320", align 2
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
hsr_d1_vlan_tags1.select:
  %".2305" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.2")
  %".2306" = icmp eq i16 %".2305", 56710
  br i1 %".2306", label %"hsr_d1_vlan_tags1.to_ipv6", label %"hsr_d1_vlan_tags1.select.1"
hsr_d1_vlan_tags1.select.1:
  %".2308" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.2")
  %".2309" = icmp eq i16 %".2308", 129
  br i1 %".2309", label %"hsr_d1_vlan_tags1.to_vlan", label %"hsr_d1_vlan_tags1.select.2"
hsr_d1_vlan_tags1.select.2:
  %".2311" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.2")
  %".2312" = icmp eq i16 %".2311", 43144
  br i1 %".2312", label %"hsr_d1_vlan_tags1.to_vlan.1", label %"hsr_d1_vlan_tags1.select.3"
hsr_d1_vlan_tags1.select.3:
  %".2314" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.2")
  %".2315" = icmp eq i16 %".2314", 18312
  br i1 %".2315", label %"hsr_d1_vlan_tags1.to_mpls", label %"hsr_d1_vlan_tags1.select.4"
hsr_d1_vlan_tags1.select.4:
  %".2317" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.2")
  switch i16 %".2317", label %"hsr_d1_vlan_tags1.unknown" [i16 18568, label %"hsr_d1_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags1.to_arp" i16 13696, label %"hsr_d1_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags1.to_ptp" i16 649, label %"hsr_d1_vlan_tags1.to_cfm" i16 51848, label %"hsr_d1_vlan_tags1.to_tipc" i16 1673, label %"hsr_d1_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags1.to_hsr" i16 64392, label %"hsr_d1_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags1.to_batadv"]
batadv_d1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2349" = trunc i64 %"cursor.33" to i32
  %".2350" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2349", [40 x i8]* %"header_copy", i32 24)
  %".2351" = icmp eq i64 %".2350", 0
  %".2352" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2353" = load i32, ptr %".2352", align 4
  %".2354" = zext i32 %".2353" to i64
  %"data.108" = inttoptr i64 %".2354" to ptr
  %".2355" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2356" = load i32, ptr %".2355", align 4
  %".2357" = zext i32 %".2356" to i64
  %"data_end.108" = inttoptr i64 %".2357" to ptr
  %".2358" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.108" = load ptr, ptr %".2358", align 8
  %".2359" = xor i1 %".2351", -1
  br i1 %".2359", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2361" = trunc i64 %"cursor.33" to i16
  %".2362" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2361", ptr %".2362", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2365" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2366" = load volatile i8, [40 x i8]* %".2365", align 1
  %".2367" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2368" = load volatile i8, [40 x i8]* %".2367", align 1
  %".2369" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2370" = load volatile i16, [40 x i8]* %".2369", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2379" = trunc i64 %"cursor.33" to i16
  %".2380" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2379", ptr %".2380", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2383" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %"w22_2.1", ptr %".2383", align 2
  %".2385" = add i64 %"cursor.33", 24
  %".2386" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2387" = zext i16 %".2386" to i64
  %".2388" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w22_2.1")
  %".2389" = icmp eq i16 %".2388", 8
  br i1 %".2389", label %"batadv_d1.to_ipv4", label %"batadv_d1.select"
batadv_d1.to_ipv4:
  %".2409" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2409", align 1
  %".2411" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.33" = load volatile i32, ptr %".2411", align 4
  %".2412" = and i32 %"flags.33", 4
  %".2413" = icmp ne i32 %".2412", 0
  br i1 %".2413", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif", !prof !0
batadv_d1.stop_at_encap.endif:
  %".2419" = trunc i64 %".2385" to i16
  %".2420" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2419", ptr %".2420", align 2
  br label %"return"
batadv_d1.unknown:
  %".2405" = trunc i64 %".2385" to i16
  %".2406" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2405", ptr %".2406", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2423" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2423", align 1
  %".2425" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.34" = load volatile i32, ptr %".2425", align 4
  %".2426" = and i32 %"flags.34", 4
  %".2427" = icmp ne i32 %".2426", 0
  br i1 %".2427", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1", !prof !0
batadv_d1.stop_at_encap.endif.1:
  %".2433" = trunc i64 %".2385" to i16
  %".2434" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2433", ptr %".2434", align 2
  br label %"return"
batadv_d1.to_vlan:
  %".2437" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2437", align 1
  %".2439" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.35" = load volatile i32, ptr %".2439", align 4
  %".2440" = and i32 %"flags.35", 4
  %".2441" = icmp ne i32 %".2440", 0
  br i1 %".2441", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2", !prof !0
batadv_d1.stop_at_encap.endif.2:
  %".2447" = trunc i64 %".2385" to i16
  %".2448" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2447", ptr %".2448", align 2
  br label %"return"
batadv_d1.to_vlan.1:
  %".2451" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2451", align 1
  %".2453" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.36" = load volatile i32, ptr %".2453", align 4
  %".2454" = and i32 %"flags.36", 4
  %".2455" = icmp ne i32 %".2454", 0
  br i1 %".2455", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3", !prof !0
batadv_d1.stop_at_encap.endif.3:
  %".2461" = trunc i64 %".2385" to i16
  %".2462" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2461", ptr %".2462", align 2
  br label %"return"
batadv_d1.to_mpls:
  %".2465" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2465", align 1
  %".2467" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.37" = load volatile i32, ptr %".2467", align 4
  %".2468" = and i32 %"flags.37", 4
  %".2469" = icmp ne i32 %".2468", 0
  br i1 %".2469", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4", !prof !0
batadv_d1.stop_at_encap.endif.4:
  %".2475" = trunc i64 %".2385" to i16
  %".2476" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2475", ptr %".2476", align 2
  br label %"return"
batadv_d1.to_mpls.1:
  %".2479" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2479", align 1
  %".2481" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.38" = load volatile i32, ptr %".2481", align 4
  %".2482" = and i32 %"flags.38", 4
  %".2483" = icmp ne i32 %".2482", 0
  br i1 %".2483", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5", !prof !0
batadv_d1.stop_at_encap.endif.5:
  %".2489" = trunc i64 %".2385" to i16
  %".2490" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2489", ptr %".2490", align 2
  br label %"return"
batadv_d1.to_pppoe:
  %".2493" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2493", align 1
  %".2495" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.39" = load volatile i32, ptr %".2495", align 4
  %".2496" = and i32 %"flags.39", 4
  %".2497" = icmp ne i32 %".2496", 0
  br i1 %".2497", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6", !prof !0
batadv_d1.stop_at_encap.endif.6:
  %".2503" = trunc i64 %".2385" to i16
  %".2504" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2503", ptr %".2504", align 2
  br label %"return"
batadv_d1.to_arp:
  %".2507" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2507", align 1
  %".2509" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.40" = load volatile i32, ptr %".2509", align 4
  %".2510" = and i32 %"flags.40", 4
  %".2511" = icmp ne i32 %".2510", 0
  br i1 %".2511", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7", !prof !0
batadv_d1.stop_at_encap.endif.7:
  %".2517" = trunc i64 %".2385" to i16
  %".2518" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2517", ptr %".2518", align 2
  br label %"return"
batadv_d1.to_arp.1:
  %".2521" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2521", align 1
  %".2523" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.41" = load volatile i32, ptr %".2523", align 4
  %".2524" = and i32 %"flags.41", 4
  %".2525" = icmp ne i32 %".2524", 0
  br i1 %".2525", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8", !prof !0
batadv_d1.stop_at_encap.endif.8:
  %".2531" = trunc i64 %".2385" to i16
  %".2532" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2531", ptr %".2532", align 2
  br label %"return"
batadv_d1.to_ptp:
  %".2535" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2535", align 1
  %".2537" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.42" = load volatile i32, ptr %".2537", align 4
  %".2538" = and i32 %"flags.42", 4
  %".2539" = icmp ne i32 %".2538", 0
  br i1 %".2539", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9", !prof !0
batadv_d1.stop_at_encap.endif.9:
  %".2545" = trunc i64 %".2385" to i16
  %".2546" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2545", ptr %".2546", align 2
  br label %"return"
batadv_d1.to_cfm:
  %".2549" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2549", align 1
  %".2551" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.43" = load volatile i32, ptr %".2551", align 4
  %".2552" = and i32 %"flags.43", 4
  %".2553" = icmp ne i32 %".2552", 0
  br i1 %".2553", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10", !prof !0
batadv_d1.stop_at_encap.endif.10:
  %".2559" = trunc i64 %".2385" to i16
  %".2560" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2559", ptr %".2560", align 2
  br label %"return"
batadv_d1.to_tipc:
  %".2563" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2563", align 1
  %".2565" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.44" = load volatile i32, ptr %".2565", align 4
  %".2566" = and i32 %"flags.44", 4
  %".2567" = icmp ne i32 %".2566", 0
  br i1 %".2567", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11", !prof !0
batadv_d1.stop_at_encap.endif.11:
  %".2573" = trunc i64 %".2385" to i16
  %".2574" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2573", ptr %".2574", align 2
  br label %"return"
batadv_d1.to_fcoe:
  %".2577" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2577", align 1
  %".2579" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.45" = load volatile i32, ptr %".2579", align 4
  %".2580" = and i32 %"flags.45", 4
  %".2581" = icmp ne i32 %".2580", 0
  br i1 %".2581", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12", !prof !0
batadv_d1.stop_at_encap.endif.12:
  %".2587" = trunc i64 %".2385" to i16
  %".2588" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2587", ptr %".2588", align 2
  br label %"return"
batadv_d1.to_hsr:
  %".2591" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2591", align 1
  %".2593" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.46" = load volatile i32, ptr %".2593", align 4
  %".2594" = and i32 %"flags.46", 4
  %".2595" = icmp ne i32 %".2594", 0
  br i1 %".2595", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13", !prof !0
batadv_d1.stop_at_encap.endif.13:
  %".2601" = trunc i64 %".2385" to i16
  %".2602" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2601", ptr %".2602", align 2
  br label %"return"
batadv_d1.to_hsr.1:
  %".2605" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2605", align 1
  %".2607" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.47" = load volatile i32, ptr %".2607", align 4
  %".2608" = and i32 %"flags.47", 4
  %".2609" = icmp ne i32 %".2608", 0
  br i1 %".2609", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14", !prof !0
batadv_d1.stop_at_encap.endif.14:
  %".2615" = trunc i64 %".2385" to i16
  %".2616" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2615", ptr %".2616", align 2
  br label %"return"
batadv_d1.to_batadv:
  %".2619" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2619", align 1
  %".2621" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.48" = load volatile i32, ptr %".2621", align 4
  %".2622" = and i32 %"flags.48", 4
  %".2623" = icmp ne i32 %".2622", 0
  br i1 %".2623", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15", !prof !0
batadv_d1.stop_at_encap.endif.15:
  %".2629" = trunc i64 %".2385" to i16
  %".2630" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2629", ptr %".2630", align 2
  br label %"return"
batadv_d1.select:
  %".2391" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w22_2.1")
  %".2392" = icmp eq i16 %".2391", 56710
  br i1 %".2392", label %"batadv_d1.to_ipv6", label %"batadv_d1.select.1"
batadv_d1.select.1:
  %".2394" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w22_2.1")
  %".2395" = icmp eq i16 %".2394", 129
  br i1 %".2395", label %"batadv_d1.to_vlan", label %"batadv_d1.select.2"
batadv_d1.select.2:
  %".2397" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w22_2.1")
  %".2398" = icmp eq i16 %".2397", 43144
  br i1 %".2398", label %"batadv_d1.to_vlan.1", label %"batadv_d1.select.3"
batadv_d1.select.3:
  %".2400" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w22_2.1")
  %".2401" = icmp eq i16 %".2400", 18312
  br i1 %".2401", label %"batadv_d1.to_mpls", label %"batadv_d1.select.4"
batadv_d1.select.4:
  %".2403" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w22_2.1")
  switch i16 %".2403", label %"batadv_d1.unknown" [i16 18568, label %"batadv_d1.to_mpls.1" i16 25736, label %"batadv_d1.to_pppoe" i16 1544, label %"batadv_d1.to_arp" i16 13696, label %"batadv_d1.to_arp.1" i16 63368, label %"batadv_d1.to_ptp" i16 649, label %"batadv_d1.to_cfm" i16 51848, label %"batadv_d1.to_tipc" i16 1673, label %"batadv_d1.to_fcoe" i16 12169, label %"batadv_d1.to_hsr" i16 64392, label %"batadv_d1.to_hsr.1" i16 1347, label %"batadv_d1.to_batadv"]
batadv_d1.stop_at_encap:
  %".2415" = trunc i64 %".2385" to i16
  %".2416" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2415", ptr %".2416", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2429" = trunc i64 %".2385" to i16
  %".2430" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2429", ptr %".2430", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2443" = trunc i64 %".2385" to i16
  %".2444" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2443", ptr %".2444", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2457" = trunc i64 %".2385" to i16
  %".2458" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2457", ptr %".2458", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2471" = trunc i64 %".2385" to i16
  %".2472" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2471", ptr %".2472", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2485" = trunc i64 %".2385" to i16
  %".2486" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2485", ptr %".2486", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2499" = trunc i64 %".2385" to i16
  %".2500" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2499", ptr %".2500", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2513" = trunc i64 %".2385" to i16
  %".2514" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2513", ptr %".2514", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2527" = trunc i64 %".2385" to i16
  %".2528" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2527", ptr %".2528", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2541" = trunc i64 %".2385" to i16
  %".2542" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2541", ptr %".2542", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2555" = trunc i64 %".2385" to i16
  %".2556" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2555", ptr %".2556", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2569" = trunc i64 %".2385" to i16
  %".2570" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2569", ptr %".2570", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2583" = trunc i64 %".2385" to i16
  %".2584" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2583", ptr %".2584", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2597" = trunc i64 %".2385" to i16
  %".2598" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2597", ptr %".2598", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2611" = trunc i64 %".2385" to i16
  %".2612" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2611", ptr %".2612", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2625" = trunc i64 %".2385" to i16
  %".2626" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2625", ptr %".2626", align 2
  br label %"return"
gre_version_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2643" = trunc i64 %"cursor.34" to i32
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
  %".2655" = trunc i64 %"cursor.34" to i16
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
  %".2675" = trunc i64 %"cursor.34" to i16
  %".2676" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2675", ptr %".2676", align 2
  br label %"return"
gre_version_d1.unknown:
  %".2687" = trunc i64 %"cursor.34" to i16
  %".2688" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2687", ptr %".2688", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
gre_version_d1.select:
  br label %"gre_version_d1.to_pptp"
pptp_d1:
  %"cursor.44" = phi  i64 [%"cursor.34", %"gre_version_d1.to_pptp"]
  %"data.113" = phi  ptr [%"data.111", %"gre_version_d1.to_pptp"]
  %"data_end.113" = phi  ptr [%"data_end.111", %"gre_version_d1.to_pptp"]
  %"keys.113" = phi  ptr [%"keys.111", %"gre_version_d1.to_pptp"]
  %".3622" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3623" = zext i16 %".3622" to i64
  %".3624" = icmp ne i64 %".3623", 34827
  %".3625" = zext i8 %"w0_1.9" to i64
  %".3626" = lshr i64 %".3625", 5
  %".3627" = and i64 %".3626", 1
  %".3628" = icmp eq i64 %".3627", 0
  %".3629" = or i1 %".3624", %".3628"
  br i1 %".3629", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".3635" = add i64 %"cursor.44", 4
  %".3636" = zext i8 %"w0_1.9" to i64
  %".3637" = lshr i64 %".3636", 7
  %".3638" = and i64 %".3637", 1
  %".3639" = zext i8 %"w0_1.9" to i64
  %".3640" = lshr i64 %".3639", 5
  %".3641" = and i64 %".3640", 1
  %".3642" = add i64 %".3638", %".3641"
  %".3643" = zext i8 %"w0_1.9" to i64
  %".3644" = lshr i64 %".3643", 4
  %".3645" = and i64 %".3644", 1
  %".3646" = add i64 %".3642", %".3645"
  %".3647" = zext i8 %"w1_1.6" to i64
  %".3648" = lshr i64 %".3647", 7
  %".3649" = and i64 %".3648", 1
  %".3650" = add i64 %".3646", %".3649"
  %".3651" = mul i64 %".3650", 4
  %".3652" = add i64 %".3651", 4
  %".3653" = getelementptr i8, ptr %"data.113", i64 %"cursor.44"
  %".3654" = getelementptr i8, ptr %".3653", i64 %".3652"
  %".3655" = icmp ugt ptr %".3654", %"data_end.113"
  br i1 %".3655", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.141" = phi  ptr [%"data.113", %"pptp_d1.stop_before.endif"], [%"data.140", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.141" = phi  ptr [%"data_end.113", %"pptp_d1.stop_before.endif"], [%"data_end.140", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.141" = phi  ptr [%"keys.113", %"pptp_d1.stop_before.endif"], [%"keys.140", %"pptp_d1.copy_last_byte_failed.endif"]
  %".3676" = add i64 %"cursor.44", %".3652"
  %".3677" = add i64 %"cursor.44", 8
  %".3678" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3677")
  %".3679" = icmp eq i64 %".3651", 4
  %"end.5" = select  i1 %".3679", i64 %".3678", i64 %".3676"
  br label %"pptp_d1.to_ppp"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.51" = phi  i64 [%"end.5", %"pptp_d1.to_ppp"]
  %"data.142" = phi  ptr [%"data.141", %"pptp_d1.to_ppp"]
  %"data_end.142" = phi  ptr [%"data_end.141", %"pptp_d1.to_ppp"]
  %"keys.142" = phi  ptr [%"keys.141", %"pptp_d1.to_ppp"]
  %"hdr.43" = getelementptr i8, ptr %"data.142", i64 %"cursor.51"
  %".4326" = getelementptr i8, ptr %"hdr.43", i64 4
  %".4327" = icmp ugt ptr %".4326", %"data_end.142"
  br i1 %".4327", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".4329" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4330" = load i16, ptr %".4329", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.12" = phi  i16 [%".4330", %"ppp_d1.linear"], [%".4349", %"ppp_d1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.142", %"ppp_d1.linear"], [%"data.158", %"ppp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.142", %"ppp_d1.linear"], [%"data_end.158", %"ppp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.142", %"ppp_d1.linear"], [%"keys.158", %"ppp_d1.copy_failed.endif"]
  %".4351" = add i64 %"cursor.51", 4
  %".4352" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".4353" = zext i16 %".4352" to i64
  %".4354" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.12")
  %".4355" = icmp eq i16 %".4354", 8448
  br i1 %".4355", label %"ppp_d1.to_ipv4", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".4368" = trunc i64 2048 to i16
  %".4369" = call i16 @"llvm.bswap.i16"(i16 %".4368")
  %".4370" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4369", ptr %".4370", align 2
  %".4372" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4372", align 1
  %".4374" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.74" = load volatile i32, ptr %".4374", align 4
  %".4375" = and i32 %"flags.74", 4
  %".4376" = icmp ne i32 %".4375", 0
  br i1 %".4376", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif", !prof !0
ppp_d1.stop_at_encap.endif:
  %".4382" = trunc i64 %".4351" to i16
  %".4383" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4382", ptr %".4383", align 2
  br label %"return"
gre_d0.variable:
  %".2699" = zext i8 %"w0_1.4" to i64
  %".2700" = lshr i64 %".2699", 7
  %".2701" = and i64 %".2700", 1
  %".2702" = zext i8 %"w0_1.4" to i64
  %".2703" = lshr i64 %".2702", 5
  %".2704" = and i64 %".2703", 1
  %".2705" = add i64 %".2701", %".2704"
  %".2706" = zext i8 %"w0_1.4" to i64
  %".2707" = lshr i64 %".2706", 4
  %".2708" = and i64 %".2707", 1
  %".2709" = add i64 %".2705", %".2708"
  %".2710" = mul i64 %".2709", 4
  %".2711" = add i64 %".2710", 4
  %".2712" = getelementptr i8, ptr %"data.70", i64 %"cursor.35"
  %".2713" = getelementptr i8, ptr %".2712", i64 %".2711"
  %".2714" = icmp ugt ptr %".2713", %"data_end.70"
  br i1 %".2714", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.115" = phi  ptr [%"data.70", %"gre_d0.variable"], [%"data.114", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.70", %"gre_d0.variable"], [%"data_end.114", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.70", %"gre_d0.variable"], [%"keys.114", %"gre_d0.copy_last_byte_failed.endif"]
  %".2735" = add i64 %"cursor.35", %".2711"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".2716" = add i64 %"cursor.35", %".2711"
  %".2717" = sub i64 %".2716", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2718" = trunc i64 %".2717" to i32
  %".2719" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2718", i64* %"last_byte", i32 1)
  %".2720" = icmp eq i64 %".2719", 0
  %".2721" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2722" = load i32, ptr %".2721", align 4
  %".2723" = zext i32 %".2722" to i64
  %"data.114" = inttoptr i64 %".2723" to ptr
  %".2724" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2725" = load i32, ptr %".2724", align 4
  %".2726" = zext i32 %".2725" to i64
  %"data_end.114" = inttoptr i64 %".2726" to ptr
  %".2727" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.114" = load ptr, ptr %".2727", align 8
  %".2728" = xor i1 %".2720", -1
  br i1 %".2728", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2730" = trunc i64 %"cursor.35" to i16
  %".2731" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2730", ptr %".2731", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2743" = trunc i64 %"end.2" to i16
  %".2744" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2743", ptr %".2744", align 2
  br label %"return"
gre_d0.unknown:
  %".2766" = trunc i64 %"end.2" to i16
  %".2767" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2766", ptr %".2767", align 2
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
gre_d0.select:
  %".2752" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.1")
  %".2753" = icmp eq i16 %".2752", 56710
  br i1 %".2753", label %"gre_d0.to_ipv6", label %"gre_d0.select.1"
gre_d0.select.1:
  %".2755" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.1")
  %".2756" = icmp eq i16 %".2755", 129
  br i1 %".2756", label %"gre_d0.to_vlan", label %"gre_d0.select.2"
gre_d0.select.2:
  %".2758" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.1")
  %".2759" = icmp eq i16 %".2758", 43144
  br i1 %".2759", label %"gre_d0.to_vlan.1", label %"gre_d0.select.3"
gre_d0.select.3:
  %".2761" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.1")
  %".2762" = icmp eq i16 %".2761", 18312
  br i1 %".2762", label %"gre_d0.to_mpls", label %"gre_d0.select.4"
gre_d0.select.4:
  %".2764" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.1")
  switch i16 %".2764", label %"gre_d0.unknown" [i16 18568, label %"gre_d0.to_mpls.1" i16 25736, label %"gre_d0.to_pppoe" i16 1544, label %"gre_d0.to_arp" i16 13696, label %"gre_d0.to_arp.1" i16 63368, label %"gre_d0.to_ptp" i16 649, label %"gre_d0.to_cfm" i16 51848, label %"gre_d0.to_tipc" i16 1673, label %"gre_d0.to_fcoe" i16 12169, label %"gre_d0.to_hsr" i16 64392, label %"gre_d0.to_hsr.1" i16 1347, label %"gre_d0.to_batadv" i16 22629, label %"gre_d0.to_ethernet"]
ethernet_d1:
  %"cursor.45" = phi  i64 [%"end.2", %"gre_d0.to_ethernet"], [%".4819", %"widening.test.11"]
  %"data.117" = phi  ptr [%"data.116", %"gre_d0.to_ethernet"], [%"data.175", %"widening.test.11"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"gre_d0.to_ethernet"], [%"data_end.175", %"widening.test.11"]
  %"keys.117" = phi  ptr [%"keys.116", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.11"]
  %"hdr.37" = getelementptr i8, ptr %"data.117", i64 %"cursor.45"
  %".3686" = getelementptr i8, ptr %"hdr.37", i64 14
  %".3687" = icmp ugt ptr %".3686", %"data_end.117"
  br i1 %".3687", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3689" = getelementptr i8, ptr %"hdr.37", i64 12
  %".3690" = load i16, ptr %".3689", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3690", %"ethernet_d1.linear"], [%".3709", %"ethernet_d1.copy_failed.endif"]
  %"data.144" = phi  ptr [%"data.117", %"ethernet_d1.linear"], [%"data.143", %"ethernet_d1.copy_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.117", %"ethernet_d1.linear"], [%"data_end.143", %"ethernet_d1.copy_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.117", %"ethernet_d1.linear"], [%"keys.143", %"ethernet_d1.copy_failed.endif"]
  %".3711" = getelementptr i8, ptr %"keys.144", i64 10
  store i16 %"w12_2", ptr %".3711", align 2
  %".3713" = add i64 %"cursor.45", 14
  %".3714" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3715" = zext i16 %".3714" to i64
  %".3716" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w12_2")
  %".3717" = icmp eq i16 %".3716", 8
  br i1 %".3717", label %"ethernet_d1.to_ipv4", label %"ethernet_d1.select"
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
pptp_d0.stop_before:
  %".2796" = trunc i64 %"cursor.36" to i16
  %".2797" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".2796", ptr %".2797", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".2822" = add i64 %"cursor.36", %".2817"
  %".2823" = sub i64 %".2822", 1
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2824" = trunc i64 %".2823" to i32
  %".2825" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2824", i64* %"last_byte", i32 1)
  %".2826" = icmp eq i64 %".2825", 0
  %".2827" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2828" = load i32, ptr %".2827", align 4
  %".2829" = zext i32 %".2828" to i64
  %"data.118" = inttoptr i64 %".2829" to ptr
  %".2830" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2831" = load i32, ptr %".2830", align 4
  %".2832" = zext i32 %".2831" to i64
  %"data_end.118" = inttoptr i64 %".2832" to ptr
  %".2833" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.118" = load ptr, ptr %".2833", align 8
  %".2834" = xor i1 %".2826", -1
  br i1 %".2834", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2836" = trunc i64 %"cursor.36" to i16
  %".2837" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2836", ptr %".2837", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2846" = trunc i64 %"end.3" to i16
  %".2847" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2846", ptr %".2847", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2859" = trunc i64 %"cursor.37" to i32
  %".2860" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2859", [40 x i8]* %"header_copy", i32 2)
  %".2861" = icmp eq i64 %".2860", 0
  %".2862" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2863" = load i32, ptr %".2862", align 4
  %".2864" = zext i32 %".2863" to i64
  %"data.121" = inttoptr i64 %".2864" to ptr
  %".2865" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2866" = load i32, ptr %".2865", align 4
  %".2867" = zext i32 %".2866" to i64
  %"data_end.121" = inttoptr i64 %".2867" to ptr
  %".2868" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.121" = load ptr, ptr %".2868", align 8
  %".2869" = xor i1 %".2861", -1
  br i1 %".2869", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2871" = trunc i64 %"cursor.37" to i16
  %".2872" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2871", ptr %".2872", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2875" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2876" = load volatile i8, [40 x i8]* %".2875", align 1
  %".2877" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2878" = load volatile i8, [40 x i8]* %".2877", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2906" = trunc i64 %".2887" to i16
  %".2907" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2906", ptr %".2907", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_udp:
  br label %"udp"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2917" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2917", align 1
  %".2919" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.50" = load volatile i32, ptr %".2919", align 4
  %".2920" = and i32 %"flags.50", 4
  %".2921" = icmp ne i32 %".2920", 0
  br i1 %".2921", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2927" = trunc i64 %".2887" to i16
  %".2928" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2927", ptr %".2928", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2931" = trunc i64 2048 to i16
  %".2932" = call i16 @"llvm.bswap.i16"(i16 %".2931")
  %".2933" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2932", ptr %".2933", align 2
  %".2935" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2935", align 1
  %".2937" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.51" = load volatile i32, ptr %".2937", align 4
  %".2938" = and i32 %"flags.51", 4
  %".2939" = icmp ne i32 %".2938", 0
  br i1 %".2939", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2945" = trunc i64 %".2887" to i16
  %".2946" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2945", ptr %".2946", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_gre_version:
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext1.to_esp:
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".2955" = trunc i64 34887 to i16
  %".2956" = call i16 @"llvm.bswap.i16"(i16 %".2955")
  %".2957" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2956", ptr %".2957", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.select:
  %".2892" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".2888")
  %".2893" = icmp eq i64 %".2892", 17
  br i1 %".2893", label %"ipv6_opts_d1_ipv6_ext1.to_udp", label %"ipv6_opts_d1_ipv6_ext1.select.1"
ipv6_opts_d1_ipv6_ext1.select.1:
  %".2895" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".2888")
  %".2896" = icmp eq i64 %".2895", 58
  br i1 %".2896", label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext1.select.2"
ipv6_opts_d1_ipv6_ext1.select.2:
  %".2898" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".2888")
  %".2899" = icmp eq i64 %".2898", 0
  br i1 %".2899", label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext1.select.3"
ipv6_opts_d1_ipv6_ext1.select.3:
  %".2901" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".2888")
  %".2902" = icmp eq i64 %".2901", 60
  br i1 %".2902", label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext1.select.4"
ipv6_opts_d1_ipv6_ext1.select.4:
  %".2904" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".2888")
  switch i64 %".2904", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls"]
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4973", %"widening.test.25"]
  %"data.123" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.189", %"widening.test.25"]
  %"data_end.123" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.189", %"widening.test.25"]
  %"keys.123" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.25"]
  %"hdr.39" = getelementptr i8, ptr %"data.123", i64 %"cursor.47"
  %".3840" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3841" = icmp ugt ptr %".3840", %"data_end.123"
  br i1 %".3841", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3843" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3844" = load i8, ptr %".3843", align 1
  %".3845" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3846" = load i8, ptr %".3845", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3844", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3865", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3846", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3867", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3869" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %"w0_1.14", ptr %".3869", align 1
  %".3871" = add i64 %"cursor.47", 2
  %".3872" = zext i8 %"w1_1.9" to i64
  %".3873" = mul i64 %".3872", 8
  %".3874" = add i64 %".3873", 6
  %".3875" = add i64 %".3874", 2
  %".3876" = add i64 %"cursor.47", %".3875"
  %".3877" = zext i8 %"w0_1.14" to i64
  %".3878" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3877")
  %".3879" = icmp eq i64 %".3878", 6
  br i1 %".3879", label %"ipv6_opts_d1_ipv6_ext2.to_tcp", label %"ipv6_opts_d1_ipv6_ext2.select"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%".2887", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".2991", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4962", %"widening.test.24"]
  %"data.124" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.188", %"widening.test.24"]
  %"data_end.124" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.188", %"widening.test.24"]
  %"keys.124" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.24"]
  %"hdr.40" = getelementptr i8, ptr %"data.124", i64 %"cursor.48"
  %".3949" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3950" = icmp ugt ptr %".3949", %"data_end.124"
  br i1 %".3950", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3952" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3953" = load i8, ptr %".3952", align 1
  %".3954" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3955" = load i16, ptr %".3954", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3953", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3974", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".3955", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3976", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3978" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %"w0_1.15", ptr %".3978", align 1
  %".3980" = add i64 %"cursor.48", 8
  %".3981" = icmp ne i64 1, 0
  %".3982" = and i16 %"w2_2.10", 63743
  %".3983" = icmp eq i16 %".3982", 0
  br i1 %".3981", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".4005" = zext i8 %"w0_1.15" to i64
  %".4006" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4005")
  %".4007" = icmp eq i64 %".4006", 6
  br i1 %".4007", label %"ipv6_frag_d1_ipv6_ext2.to_tcp", label %"ipv6_frag_d1_ipv6_ext2.select"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2923" = trunc i64 %".2887" to i16
  %".2924" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2923", ptr %".2924", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2941" = trunc i64 %".2887" to i16
  %".2942" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2941", ptr %".2942", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2968" = trunc i64 %"cursor.38" to i32
  %".2969" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2968", [40 x i8]* %"header_copy", i32 8)
  %".2970" = icmp eq i64 %".2969", 0
  %".2971" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2972" = load i32, ptr %".2971", align 4
  %".2973" = zext i32 %".2972" to i64
  %"data.125" = inttoptr i64 %".2973" to ptr
  %".2974" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2975" = load i32, ptr %".2974", align 4
  %".2976" = zext i32 %".2975" to i64
  %"data_end.125" = inttoptr i64 %".2976" to ptr
  %".2977" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.125" = load ptr, ptr %".2977", align 8
  %".2978" = xor i1 %".2970", -1
  br i1 %".2978", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2980" = trunc i64 %"cursor.38" to i16
  %".2981" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2980", ptr %".2981", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2984" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2985" = load volatile i8, [40 x i8]* %".2984", align 1
  %".2986" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2987" = load volatile i16, [40 x i8]* %".2986", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2996" = getelementptr i8, ptr %"keys.126", i64 6
  store i8 1, ptr %".2996", align 1
  br i1 %".2994", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2999" = getelementptr i8, ptr %"keys.126", i64 7
  store i8 1, ptr %".2999", align 1
  %".3001" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.52" = load volatile i32, ptr %".3001", align 4
  %".3002" = and i32 %"flags.52", 1
  %".3003" = icmp ne i32 %".3002", 0
  %".3004" = xor i1 %".3003", -1
  br i1 %".3004", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3011" = trunc i64 %".2991" to i16
  %".3012" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3011", ptr %".3012", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3006" = trunc i64 %".2991" to i16
  %".3007" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3006", ptr %".3007", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3034" = trunc i64 %".2991" to i16
  %".3035" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3034", ptr %".3035", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_udp:
  br label %"udp"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3045" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".3045", align 1
  %".3047" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.53" = load volatile i32, ptr %".3047", align 4
  %".3048" = and i32 %"flags.53", 4
  %".3049" = icmp ne i32 %".3048", 0
  br i1 %".3049", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3055" = trunc i64 %".2991" to i16
  %".3056" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3055", ptr %".3056", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3059" = trunc i64 2048 to i16
  %".3060" = call i16 @"llvm.bswap.i16"(i16 %".3059")
  %".3061" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".3060", ptr %".3061", align 2
  %".3063" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".3063", align 1
  %".3065" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.54" = load volatile i32, ptr %".3065", align 4
  %".3066" = and i32 %"flags.54", 4
  %".3067" = icmp ne i32 %".3066", 0
  br i1 %".3067", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3073" = trunc i64 %".2991" to i16
  %".3074" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3073", ptr %".3074", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_gre_version:
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext1.to_esp:
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".3083" = trunc i64 34887 to i16
  %".3084" = call i16 @"llvm.bswap.i16"(i16 %".3083")
  %".3085" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".3084", ptr %".3085", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.select:
  %".3020" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3016")
  %".3021" = icmp eq i64 %".3020", 17
  br i1 %".3021", label %"ipv6_frag_d1_ipv6_ext1.to_udp", label %"ipv6_frag_d1_ipv6_ext1.select.1"
ipv6_frag_d1_ipv6_ext1.select.1:
  %".3023" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3016")
  %".3024" = icmp eq i64 %".3023", 58
  br i1 %".3024", label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext1.select.2"
ipv6_frag_d1_ipv6_ext1.select.2:
  %".3026" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3016")
  %".3027" = icmp eq i64 %".3026", 0
  br i1 %".3027", label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext1.select.3"
ipv6_frag_d1_ipv6_ext1.select.3:
  %".3029" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3016")
  %".3030" = icmp eq i64 %".3029", 60
  br i1 %".3030", label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext1.select.4"
ipv6_frag_d1_ipv6_ext1.select.4:
  %".3032" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3016")
  switch i64 %".3032", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls"]
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3051" = trunc i64 %".2991" to i16
  %".3052" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3051", ptr %".3052", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3069" = trunc i64 %".2991" to i16
  %".3070" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3069", ptr %".3070", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3096" = trunc i64 %"cursor.39" to i32
  %".3097" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".3096", [40 x i8]* %"header_copy", i32 2)
  %".3098" = icmp eq i64 %".3097", 0
  %".3099" = getelementptr i8, ptr %"ctx.38", i64 76
  %".3100" = load i32, ptr %".3099", align 4
  %".3101" = zext i32 %".3100" to i64
  %"data.127" = inttoptr i64 %".3101" to ptr
  %".3102" = getelementptr i8, ptr %"ctx.38", i64 80
  %".3103" = load i32, ptr %".3102", align 4
  %".3104" = zext i32 %".3103" to i64
  %"data_end.127" = inttoptr i64 %".3104" to ptr
  %".3105" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.127" = load ptr, ptr %".3105", align 8
  %".3106" = xor i1 %".3098", -1
  br i1 %".3106", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3108" = trunc i64 %"cursor.39" to i16
  %".3109" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3108", ptr %".3109", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3112" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3113" = load volatile i8, [40 x i8]* %".3112", align 1
  %".3114" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3115" = load volatile i8, [40 x i8]* %".3114", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3143" = trunc i64 %".3124" to i16
  %".3144" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3143", ptr %".3144", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_udp:
  br label %"udp"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3154" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3154", align 1
  %".3156" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.55" = load volatile i32, ptr %".3156", align 4
  %".3157" = and i32 %"flags.55", 4
  %".3158" = icmp ne i32 %".3157", 0
  br i1 %".3158", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3165" = trunc i64 2048 to i16
  %".3166" = call i16 @"llvm.bswap.i16"(i16 %".3165")
  %".3167" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".3166", ptr %".3167", align 2
  %".3169" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3169", align 1
  %".3171" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.56" = load volatile i32, ptr %".3171", align 4
  %".3172" = and i32 %"flags.56", 4
  %".3173" = icmp ne i32 %".3172", 0
  br i1 %".3173", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.to_gre_version:
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext2.to_esp:
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".3186" = trunc i64 34887 to i16
  %".3187" = call i16 @"llvm.bswap.i16"(i16 %".3186")
  %".3188" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".3187", ptr %".3188", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.select:
  %".3129" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3125")
  %".3130" = icmp eq i64 %".3129", 17
  br i1 %".3130", label %"ipv6_opts_d0_ipv6_ext2.to_udp", label %"ipv6_opts_d0_ipv6_ext2.select.1"
ipv6_opts_d0_ipv6_ext2.select.1:
  %".3132" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3125")
  %".3133" = icmp eq i64 %".3132", 58
  br i1 %".3133", label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext2.select.2"
ipv6_opts_d0_ipv6_ext2.select.2:
  %".3135" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3125")
  %".3136" = icmp eq i64 %".3135", 0
  br i1 %".3136", label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext2.select.3"
ipv6_opts_d0_ipv6_ext2.select.3:
  %".3138" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3125")
  %".3139" = icmp eq i64 %".3138", 60
  br i1 %".3139", label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext2.select.4"
ipv6_opts_d0_ipv6_ext2.select.4:
  %".3141" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3125")
  switch i64 %".3141", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls"]
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4786", %"widening.test.8"]
  %"data.129" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.172", %"widening.test.8"]
  %"data_end.129" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.172", %"widening.test.8"]
  %"keys.129" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.41" = getelementptr i8, ptr %"data.129", i64 %"cursor.49"
  %".4077" = getelementptr i8, ptr %"hdr.41", i64 2
  %".4078" = icmp ugt ptr %".4077", %"data_end.129"
  br i1 %".4078", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".4080" = getelementptr i8, ptr %"hdr.41", i64 0
  %".4081" = load i8, ptr %".4080", align 1
  %".4082" = getelementptr i8, ptr %"hdr.41", i64 1
  %".4083" = load i8, ptr %".4082", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".4081", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4102", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".4083", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4104", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".4106" = getelementptr i8, ptr %"keys.155", i64 9
  store i8 %"w0_1.16", ptr %".4106", align 1
  %".4108" = add i64 %"cursor.49", 2
  %".4109" = zext i8 %"w1_1.10" to i64
  %".4110" = mul i64 %".4109", 8
  %".4111" = add i64 %".4110", 6
  %".4112" = add i64 %".4111", 2
  %".4113" = add i64 %"cursor.49", %".4112"
  %".4114" = zext i8 %"w0_1.16" to i64
  %".4115" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4114")
  %".4116" = icmp eq i64 %".4115", 6
  br i1 %".4116", label %"ipv6_opts_d0_ipv6_ext3.to_tcp", label %"ipv6_opts_d0_ipv6_ext3.select"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%".3124", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3222", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4775", %"widening.test.7"]
  %"data.130" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.171", %"widening.test.7"]
  %"data_end.130" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.171", %"widening.test.7"]
  %"keys.130" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.42" = getelementptr i8, ptr %"data.130", i64 %"cursor.50"
  %".4192" = getelementptr i8, ptr %"hdr.42", i64 8
  %".4193" = icmp ugt ptr %".4192", %"data_end.130"
  br i1 %".4193", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".4195" = getelementptr i8, ptr %"hdr.42", i64 0
  %".4196" = load i8, ptr %".4195", align 1
  %".4197" = getelementptr i8, ptr %"hdr.42", i64 2
  %".4198" = load i16, ptr %".4197", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".4196", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4217", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".4198", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4219", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".4221" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %"w0_1.17", ptr %".4221", align 1
  %".4223" = add i64 %"cursor.50", 8
  %".4224" = icmp ne i64 1, 0
  %".4225" = and i16 %"w2_2.11", 63743
  %".4226" = icmp eq i16 %".4225", 0
  br i1 %".4224", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".4248" = zext i8 %"w0_1.17" to i64
  %".4249" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4248")
  %".4250" = icmp eq i64 %".4249", 6
  br i1 %".4250", label %"ipv6_frag_d0_ipv6_ext3.to_tcp", label %"ipv6_frag_d0_ipv6_ext3.select"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3160" = trunc i64 %".3124" to i16
  %".3161" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3160", ptr %".3161", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3175" = trunc i64 %".3124" to i16
  %".3176" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3175", ptr %".3176", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3199" = trunc i64 %"cursor.40" to i32
  %".3200" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3199", [40 x i8]* %"header_copy", i32 8)
  %".3201" = icmp eq i64 %".3200", 0
  %".3202" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3203" = load i32, ptr %".3202", align 4
  %".3204" = zext i32 %".3203" to i64
  %"data.131" = inttoptr i64 %".3204" to ptr
  %".3205" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3206" = load i32, ptr %".3205", align 4
  %".3207" = zext i32 %".3206" to i64
  %"data_end.131" = inttoptr i64 %".3207" to ptr
  %".3208" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.131" = load ptr, ptr %".3208", align 8
  %".3209" = xor i1 %".3201", -1
  br i1 %".3209", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3211" = trunc i64 %"cursor.40" to i16
  %".3212" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3211", ptr %".3212", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3215" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3216" = load volatile i8, [40 x i8]* %".3215", align 1
  %".3217" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3218" = load volatile i16, [40 x i8]* %".3217", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3227" = getelementptr i8, ptr %"keys.132", i64 6
  store i8 1, ptr %".3227", align 1
  br i1 %".3225", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3230" = getelementptr i8, ptr %"keys.132", i64 7
  store i8 1, ptr %".3230", align 1
  %".3232" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.57" = load volatile i32, ptr %".3232", align 4
  %".3233" = and i32 %"flags.57", 1
  %".3234" = icmp ne i32 %".3233", 0
  %".3235" = xor i1 %".3234", -1
  br i1 %".3235", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3242" = trunc i64 %".3222" to i16
  %".3243" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3242", ptr %".3243", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3237" = trunc i64 %".3222" to i16
  %".3238" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3237", ptr %".3238", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3265" = trunc i64 %".3222" to i16
  %".3266" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3265", ptr %".3266", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_udp:
  br label %"udp"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3276" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3276", align 1
  %".3278" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.58" = load volatile i32, ptr %".3278", align 4
  %".3279" = and i32 %"flags.58", 4
  %".3280" = icmp ne i32 %".3279", 0
  br i1 %".3280", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3287" = trunc i64 2048 to i16
  %".3288" = call i16 @"llvm.bswap.i16"(i16 %".3287")
  %".3289" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3288", ptr %".3289", align 2
  %".3291" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3291", align 1
  %".3293" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.59" = load volatile i32, ptr %".3293", align 4
  %".3294" = and i32 %"flags.59", 4
  %".3295" = icmp ne i32 %".3294", 0
  br i1 %".3295", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.to_gre_version:
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext2.to_esp:
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".3308" = trunc i64 34887 to i16
  %".3309" = call i16 @"llvm.bswap.i16"(i16 %".3308")
  %".3310" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3309", ptr %".3310", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.select:
  %".3251" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3247")
  %".3252" = icmp eq i64 %".3251", 17
  br i1 %".3252", label %"ipv6_frag_d0_ipv6_ext2.to_udp", label %"ipv6_frag_d0_ipv6_ext2.select.1"
ipv6_frag_d0_ipv6_ext2.select.1:
  %".3254" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3247")
  %".3255" = icmp eq i64 %".3254", 58
  br i1 %".3255", label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext2.select.2"
ipv6_frag_d0_ipv6_ext2.select.2:
  %".3257" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3247")
  %".3258" = icmp eq i64 %".3257", 0
  br i1 %".3258", label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext2.select.3"
ipv6_frag_d0_ipv6_ext2.select.3:
  %".3260" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3247")
  %".3261" = icmp eq i64 %".3260", 60
  br i1 %".3261", label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext2.select.4"
ipv6_frag_d0_ipv6_ext2.select.4:
  %".3263" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3247")
  switch i64 %".3263", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls"]
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3282" = trunc i64 %".3222" to i16
  %".3283" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3282", ptr %".3283", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3297" = trunc i64 %".3222" to i16
  %".3298" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3297", ptr %".3298", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3319" = trunc i64 %"cursor.41" to i32
  %".3320" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3319", [40 x i8]* %"header_copy", i32 4)
  %".3321" = icmp eq i64 %".3320", 0
  %".3322" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3323" = load i32, ptr %".3322", align 4
  %".3324" = zext i32 %".3323" to i64
  %"data.133" = inttoptr i64 %".3324" to ptr
  %".3325" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3326" = load i32, ptr %".3325", align 4
  %".3327" = zext i32 %".3326" to i64
  %"data_end.133" = inttoptr i64 %".3327" to ptr
  %".3328" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.133" = load ptr, ptr %".3328", align 8
  %".3329" = xor i1 %".3321", -1
  br i1 %".3329", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3331" = trunc i64 %"cursor.41" to i16
  %".3332" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3331", ptr %".3332", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3335" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3336" = load volatile i16, [40 x i8]* %".3335", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3363" = trunc i64 %".3340" to i16
  %".3364" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3363", ptr %".3364", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3369" = trunc i64 %".3340" to i16
  %".3370" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3369", ptr %".3370", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3373" = trunc i64 %".3340" to i16
  %".3374" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3373", ptr %".3374", align 2
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
  %".3386" = trunc i64 %".3340" to i16
  %".3387" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3386", ptr %".3387", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3390" = trunc i64 %".3340" to i16
  %".3391" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3390", ptr %".3391", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
vlan_d1_vlan_tags2.select:
  %".3349" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.8")
  %".3350" = icmp eq i16 %".3349", 56710
  br i1 %".3350", label %"vlan_d1_vlan_tags2.to_ipv6", label %"vlan_d1_vlan_tags2.select.1"
vlan_d1_vlan_tags2.select.1:
  %".3352" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.8")
  %".3353" = icmp eq i16 %".3352", 129
  br i1 %".3353", label %"vlan_d1_vlan_tags2.to_vlan", label %"vlan_d1_vlan_tags2.select.2"
vlan_d1_vlan_tags2.select.2:
  %".3355" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.8")
  %".3356" = icmp eq i16 %".3355", 43144
  br i1 %".3356", label %"vlan_d1_vlan_tags2.to_vlan.1", label %"vlan_d1_vlan_tags2.select.3"
vlan_d1_vlan_tags2.select.3:
  %".3358" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.8")
  %".3359" = icmp eq i16 %".3358", 18312
  br i1 %".3359", label %"vlan_d1_vlan_tags2.to_mpls", label %"vlan_d1_vlan_tags2.select.4"
vlan_d1_vlan_tags2.select.4:
  %".3361" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.8")
  switch i16 %".3361", label %"vlan_d1_vlan_tags2.unknown" [i16 18568, label %"vlan_d1_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags2.to_arp" i16 13696, label %"vlan_d1_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags2.to_ptp" i16 649, label %"vlan_d1_vlan_tags2.to_cfm" i16 51848, label %"vlan_d1_vlan_tags2.to_tipc" i16 1673, label %"vlan_d1_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags2.to_hsr" i16 64392, label %"vlan_d1_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags2.to_batadv"]
hsr_d1_vlan_tags2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3401" = trunc i64 %"cursor.42" to i32
  %".3402" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3401", [40 x i8]* %"header_copy", i32 6)
  %".3403" = icmp eq i64 %".3402", 0
  %".3404" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3405" = load i32, ptr %".3404", align 4
  %".3406" = zext i32 %".3405" to i64
  %"data.135" = inttoptr i64 %".3406" to ptr
  %".3407" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3408" = load i32, ptr %".3407", align 4
  %".3409" = zext i32 %".3408" to i64
  %"data_end.135" = inttoptr i64 %".3409" to ptr
  %".3410" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.135" = load ptr, ptr %".3410", align 8
  %".3411" = xor i1 %".3403", -1
  br i1 %".3411", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3413" = trunc i64 %"cursor.42" to i16
  %".3414" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3413", ptr %".3414", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3417" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3418" = load volatile i16, [40 x i8]* %".3417", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3445" = trunc i64 %".3422" to i16
  %".3446" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3445", ptr %".3446", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3451" = trunc i64 %".3422" to i16
  %".3452" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3451", ptr %".3452", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3455" = trunc i64 %".3422" to i16
  %".3456" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3455", ptr %".3456", align 2
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
  %".3468" = trunc i64 %".3422" to i16
  %".3469" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3468", ptr %".3469", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3472" = trunc i64 %".3422" to i16
  %".3473" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3472", ptr %".3473", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.select:
  %".3431" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.3")
  %".3432" = icmp eq i16 %".3431", 56710
  br i1 %".3432", label %"hsr_d1_vlan_tags2.to_ipv6", label %"hsr_d1_vlan_tags2.select.1"
hsr_d1_vlan_tags2.select.1:
  %".3434" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.3")
  %".3435" = icmp eq i16 %".3434", 129
  br i1 %".3435", label %"hsr_d1_vlan_tags2.to_vlan", label %"hsr_d1_vlan_tags2.select.2"
hsr_d1_vlan_tags2.select.2:
  %".3437" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.3")
  %".3438" = icmp eq i16 %".3437", 43144
  br i1 %".3438", label %"hsr_d1_vlan_tags2.to_vlan.1", label %"hsr_d1_vlan_tags2.select.3"
hsr_d1_vlan_tags2.select.3:
  %".3440" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.3")
  %".3441" = icmp eq i16 %".3440", 18312
  br i1 %".3441", label %"hsr_d1_vlan_tags2.to_mpls", label %"hsr_d1_vlan_tags2.select.4"
hsr_d1_vlan_tags2.select.4:
  %".3443" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.3")
  switch i16 %".3443", label %"hsr_d1_vlan_tags2.unknown" [i16 18568, label %"hsr_d1_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags2.to_arp" i16 13696, label %"hsr_d1_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags2.to_ptp" i16 649, label %"hsr_d1_vlan_tags2.to_cfm" i16 51848, label %"hsr_d1_vlan_tags2.to_tipc" i16 1673, label %"hsr_d1_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags2.to_hsr" i16 64392, label %"hsr_d1_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags2.to_batadv"]
gre_d1.variable:
  %".3483" = zext i8 %"w0_1.9" to i64
  %".3484" = lshr i64 %".3483", 7
  %".3485" = and i64 %".3484", 1
  %".3486" = zext i8 %"w0_1.9" to i64
  %".3487" = lshr i64 %".3486", 5
  %".3488" = and i64 %".3487", 1
  %".3489" = add i64 %".3485", %".3488"
  %".3490" = zext i8 %"w0_1.9" to i64
  %".3491" = lshr i64 %".3490", 4
  %".3492" = and i64 %".3491", 1
  %".3493" = add i64 %".3489", %".3492"
  %".3494" = mul i64 %".3493", 4
  %".3495" = add i64 %".3494", 4
  %".3496" = getelementptr i8, ptr %"data.112", i64 %"cursor.43"
  %".3497" = getelementptr i8, ptr %".3496", i64 %".3495"
  %".3498" = icmp ugt ptr %".3497", %"data_end.112"
  br i1 %".3498", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.138" = phi  ptr [%"data.112", %"gre_d1.variable"], [%"data.137", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.112", %"gre_d1.variable"], [%"data_end.137", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.112", %"gre_d1.variable"], [%"keys.137", %"gre_d1.copy_last_byte_failed.endif"]
  %".3519" = add i64 %"cursor.43", %".3495"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".3500" = add i64 %"cursor.43", %".3495"
  %".3501" = sub i64 %".3500", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3502" = trunc i64 %".3501" to i32
  %".3503" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3502", i64* %"last_byte", i32 1)
  %".3504" = icmp eq i64 %".3503", 0
  %".3505" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3506" = load i32, ptr %".3505", align 4
  %".3507" = zext i32 %".3506" to i64
  %"data.137" = inttoptr i64 %".3507" to ptr
  %".3508" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3509" = load i32, ptr %".3508", align 4
  %".3510" = zext i32 %".3509" to i64
  %"data_end.137" = inttoptr i64 %".3510" to ptr
  %".3511" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.137" = load ptr, ptr %".3511", align 8
  %".3512" = xor i1 %".3504", -1
  br i1 %".3512", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3514" = trunc i64 %"cursor.43" to i16
  %".3515" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3514", ptr %".3515", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3527" = trunc i64 %"end.4" to i16
  %".3528" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3527", ptr %".3528", align 2
  br label %"return"
gre_d1.unknown:
  %".3550" = trunc i64 %"end.4" to i16
  %".3551" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3550", ptr %".3551", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3558" = trunc i64 %"end.4" to i16
  %".3559" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3558", ptr %".3559", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3562" = trunc i64 %"end.4" to i16
  %".3563" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3562", ptr %".3563", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3566" = trunc i64 %"end.4" to i16
  %".3567" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3566", ptr %".3567", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3570" = trunc i64 %"end.4" to i16
  %".3571" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3570", ptr %".3571", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3574" = trunc i64 %"end.4" to i16
  %".3575" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3574", ptr %".3575", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3578" = trunc i64 %"end.4" to i16
  %".3579" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3578", ptr %".3579", align 2
  br label %"return"
gre_d1.to_arp:
  %".3582" = trunc i64 %"end.4" to i16
  %".3583" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3582", ptr %".3583", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3586" = trunc i64 %"end.4" to i16
  %".3587" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3586", ptr %".3587", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3590" = trunc i64 %"end.4" to i16
  %".3591" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3590", ptr %".3591", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3594" = trunc i64 %"end.4" to i16
  %".3595" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3594", ptr %".3595", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3598" = trunc i64 %"end.4" to i16
  %".3599" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3598", ptr %".3599", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3602" = trunc i64 %"end.4" to i16
  %".3603" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3602", ptr %".3603", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3606" = trunc i64 %"end.4" to i16
  %".3607" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3606", ptr %".3607", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3610" = trunc i64 %"end.4" to i16
  %".3611" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3610", ptr %".3611", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3614" = trunc i64 %"end.4" to i16
  %".3615" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3614", ptr %".3615", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3618" = trunc i64 %"end.4" to i16
  %".3619" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3618", ptr %".3619", align 2
  br label %"return"
gre_d1.select:
  %".3536" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.5")
  %".3537" = icmp eq i16 %".3536", 56710
  br i1 %".3537", label %"gre_d1.to_ipv6", label %"gre_d1.select.1"
gre_d1.select.1:
  %".3539" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.5")
  %".3540" = icmp eq i16 %".3539", 129
  br i1 %".3540", label %"gre_d1.to_vlan", label %"gre_d1.select.2"
gre_d1.select.2:
  %".3542" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.5")
  %".3543" = icmp eq i16 %".3542", 43144
  br i1 %".3543", label %"gre_d1.to_vlan.1", label %"gre_d1.select.3"
gre_d1.select.3:
  %".3545" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.5")
  %".3546" = icmp eq i16 %".3545", 18312
  br i1 %".3546", label %"gre_d1.to_mpls", label %"gre_d1.select.4"
gre_d1.select.4:
  %".3548" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.5")
  switch i16 %".3548", label %"gre_d1.unknown" [i16 18568, label %"gre_d1.to_mpls.1" i16 25736, label %"gre_d1.to_pppoe" i16 1544, label %"gre_d1.to_arp" i16 13696, label %"gre_d1.to_arp.1" i16 63368, label %"gre_d1.to_ptp" i16 649, label %"gre_d1.to_cfm" i16 51848, label %"gre_d1.to_tipc" i16 1673, label %"gre_d1.to_fcoe" i16 12169, label %"gre_d1.to_hsr" i16 64392, label %"gre_d1.to_hsr.1" i16 1347, label %"gre_d1.to_batadv" i16 22629, label %"gre_d1.to_ethernet"]
pptp_d1.stop_before:
  %".3631" = trunc i64 %"cursor.44" to i16
  %".3632" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".3631", ptr %".3632", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".3657" = add i64 %"cursor.44", %".3652"
  %".3658" = sub i64 %".3657", 1
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3659" = trunc i64 %".3658" to i32
  %".3660" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3659", i64* %"last_byte", i32 1)
  %".3661" = icmp eq i64 %".3660", 0
  %".3662" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3663" = load i32, ptr %".3662", align 4
  %".3664" = zext i32 %".3663" to i64
  %"data.140" = inttoptr i64 %".3664" to ptr
  %".3665" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3666" = load i32, ptr %".3665", align 4
  %".3667" = zext i32 %".3666" to i64
  %"data_end.140" = inttoptr i64 %".3667" to ptr
  %".3668" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.140" = load ptr, ptr %".3668", align 8
  %".3669" = xor i1 %".3661", -1
  br i1 %".3669", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3671" = trunc i64 %"cursor.44" to i16
  %".3672" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3671", ptr %".3672", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3681" = trunc i64 %"end.5" to i16
  %".3682" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3681", ptr %".3682", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3692" = trunc i64 %"cursor.45" to i32
  %".3693" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3692", [40 x i8]* %"header_copy", i32 14)
  %".3694" = icmp eq i64 %".3693", 0
  %".3695" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3696" = load i32, ptr %".3695", align 4
  %".3697" = zext i32 %".3696" to i64
  %"data.143" = inttoptr i64 %".3697" to ptr
  %".3698" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3699" = load i32, ptr %".3698", align 4
  %".3700" = zext i32 %".3699" to i64
  %"data_end.143" = inttoptr i64 %".3700" to ptr
  %".3701" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.143" = load ptr, ptr %".3701", align 8
  %".3702" = xor i1 %".3694", -1
  br i1 %".3702", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3704" = trunc i64 %"cursor.45" to i16
  %".3705" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".3704", ptr %".3705", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3708" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3709" = load volatile i16, [40 x i8]* %".3708", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3733" = trunc i64 %".3713" to i16
  %".3734" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3733", ptr %".3734", align 2
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
ethernet_d1.select:
  %".3719" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w12_2")
  %".3720" = icmp eq i16 %".3719", 56710
  br i1 %".3720", label %"ethernet_d1.to_ipv6", label %"ethernet_d1.select.1"
ethernet_d1.select.1:
  %".3722" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w12_2")
  %".3723" = icmp eq i16 %".3722", 129
  br i1 %".3723", label %"ethernet_d1.to_vlan", label %"ethernet_d1.select.2"
ethernet_d1.select.2:
  %".3725" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w12_2")
  %".3726" = icmp eq i16 %".3725", 43144
  br i1 %".3726", label %"ethernet_d1.to_vlan.1", label %"ethernet_d1.select.3"
ethernet_d1.select.3:
  %".3728" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w12_2")
  %".3729" = icmp eq i16 %".3728", 18312
  br i1 %".3729", label %"ethernet_d1.to_mpls", label %"ethernet_d1.select.4"
ethernet_d1.select.4:
  %".3731" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w12_2")
  switch i16 %".3731", label %"ethernet_d1.unknown" [i16 18568, label %"ethernet_d1.to_mpls.1" i16 25736, label %"ethernet_d1.to_pppoe" i16 1544, label %"ethernet_d1.to_arp" i16 13696, label %"ethernet_d1.to_arp.1" i16 63368, label %"ethernet_d1.to_ptp" i16 649, label %"ethernet_d1.to_cfm" i16 51848, label %"ethernet_d1.to_tipc" i16 1673, label %"ethernet_d1.to_fcoe" i16 12169, label %"ethernet_d1.to_hsr" i16 64392, label %"ethernet_d1.to_hsr.1" i16 1347, label %"ethernet_d1.to_batadv"]
ppp_d0.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3759" = trunc i64 %"cursor.46" to i32
  %".3760" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3759", [40 x i8]* %"header_copy", i32 4)
  %".3761" = icmp eq i64 %".3760", 0
  %".3762" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3763" = load i32, ptr %".3762", align 4
  %".3764" = zext i32 %".3763" to i64
  %"data.145" = inttoptr i64 %".3764" to ptr
  %".3765" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3766" = load i32, ptr %".3765", align 4
  %".3767" = zext i32 %".3766" to i64
  %"data_end.145" = inttoptr i64 %".3767" to ptr
  %".3768" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.145" = load ptr, ptr %".3768", align 8
  %".3769" = xor i1 %".3761", -1
  br i1 %".3769", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3771" = trunc i64 %"cursor.46" to i16
  %".3772" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3771", ptr %".3772", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3775" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3776" = load volatile i16, [40 x i8]* %".3775", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3788" = and i64 %".3780", 0
  %".3789" = icmp eq i64 %".3788", 0
  br i1 %".3789", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select.2"
ppp_d0.to_ipv6:
  %".3810" = trunc i64 34525 to i16
  %".3811" = call i16 @"llvm.bswap.i16"(i16 %".3810")
  %".3812" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".3811", ptr %".3812", align 2
  %".3814" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3814", align 1
  %".3816" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.62" = load volatile i32, ptr %".3816", align 4
  %".3817" = and i32 %"flags.62", 4
  %".3818" = icmp ne i32 %".3817", 0
  br i1 %".3818", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1", !prof !0
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.to_ppp_unknown:
  %".3825" = trunc i64 34827 to i16
  %".3826" = call i16 @"llvm.bswap.i16"(i16 %".3825")
  %".3827" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".3826", ptr %".3827", align 2
  %".3829" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3829", align 1
  %".3831" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.63" = load volatile i32, ptr %".3831", align 4
  %".3832" = and i32 %"flags.63", 4
  %".3833" = icmp ne i32 %".3832", 0
  br i1 %".3833", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2", !prof !0
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_d0.select:
  %".3784" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.9")
  %".3785" = icmp eq i16 %".3784", 22272
  br i1 %".3785", label %"ppp_d0.to_ipv6", label %"ppp_d0.select.1"
ppp_d0.select.1:
  br label %"ppp_d0.unknown"
ppp_d0.select.2:
  %".3791" = trunc i64 %".3778" to i16
  %".3792" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3791", ptr %".3792", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3805" = trunc i64 %".3778" to i16
  %".3806" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3805", ptr %".3806", align 2
  br label %"return"
ppp_d0.stop_at_encap.1:
  %".3820" = trunc i64 %".3778" to i16
  %".3821" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3820", ptr %".3821", align 2
  br label %"return"
ppp_d0.stop_at_encap.2:
  %".3835" = trunc i64 %".3778" to i16
  %".3836" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3835", ptr %".3836", align 2
  br label %"return"
ppp_unknown:
  %"cursor.52" = phi  i64 [%".3778", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.147" = phi  ptr [%"data.146", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.147" = phi  ptr [%"data_end.146", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.147" = phi  ptr [%"keys.146", %"ppp_d0.stop_at_encap.endif.2"]
  %".4422" = add i64 %"cursor.52", 0
  %".4423" = trunc i64 %".4422" to i16
  %".4424" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".4423", ptr %".4424", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3848" = trunc i64 %"cursor.47" to i32
  %".3849" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3848", [40 x i8]* %"header_copy", i32 2)
  %".3850" = icmp eq i64 %".3849", 0
  %".3851" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3852" = load i32, ptr %".3851", align 4
  %".3853" = zext i32 %".3852" to i64
  %"data.148" = inttoptr i64 %".3853" to ptr
  %".3854" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3855" = load i32, ptr %".3854", align 4
  %".3856" = zext i32 %".3855" to i64
  %"data_end.148" = inttoptr i64 %".3856" to ptr
  %".3857" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.148" = load ptr, ptr %".3857", align 8
  %".3858" = xor i1 %".3850", -1
  br i1 %".3858", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3860" = trunc i64 %"cursor.47" to i16
  %".3861" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3860", ptr %".3861", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3864" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3865" = load volatile i8, [40 x i8]* %".3864", align 1
  %".3866" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3867" = load volatile i8, [40 x i8]* %".3866", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3895" = trunc i64 %".3876" to i16
  %".3896" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3895", ptr %".3896", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_udp:
  br label %"udp"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3906" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3906", align 1
  %".3908" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.64" = load volatile i32, ptr %".3908", align 4
  %".3909" = and i32 %"flags.64", 4
  %".3910" = icmp ne i32 %".3909", 0
  br i1 %".3910", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3916" = trunc i64 %".3876" to i16
  %".3917" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3916", ptr %".3917", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3920" = trunc i64 2048 to i16
  %".3921" = call i16 @"llvm.bswap.i16"(i16 %".3920")
  %".3922" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3921", ptr %".3922", align 2
  %".3924" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3924", align 1
  %".3926" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.65" = load volatile i32, ptr %".3926", align 4
  %".3927" = and i32 %"flags.65", 4
  %".3928" = icmp ne i32 %".3927", 0
  br i1 %".3928", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3934" = trunc i64 %".3876" to i16
  %".3935" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3934", ptr %".3935", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_gre_version:
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext2.to_esp:
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".3944" = trunc i64 34887 to i16
  %".3945" = call i16 @"llvm.bswap.i16"(i16 %".3944")
  %".3946" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3945", ptr %".3946", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.select:
  %".3881" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3877")
  %".3882" = icmp eq i64 %".3881", 17
  br i1 %".3882", label %"ipv6_opts_d1_ipv6_ext2.to_udp", label %"ipv6_opts_d1_ipv6_ext2.select.1"
ipv6_opts_d1_ipv6_ext2.select.1:
  %".3884" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3877")
  %".3885" = icmp eq i64 %".3884", 58
  br i1 %".3885", label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext2.select.2"
ipv6_opts_d1_ipv6_ext2.select.2:
  %".3887" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3877")
  %".3888" = icmp eq i64 %".3887", 0
  br i1 %".3888", label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext2.select.3"
ipv6_opts_d1_ipv6_ext2.select.3:
  %".3890" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3877")
  %".3891" = icmp eq i64 %".3890", 60
  br i1 %".3891", label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext2.select.4"
ipv6_opts_d1_ipv6_ext2.select.4:
  %".3893" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3877")
  switch i64 %".3893", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls"]
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4995", %"widening.test.27"]
  %"data.150" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.191", %"widening.test.27"]
  %"data_end.150" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.191", %"widening.test.27"]
  %"keys.150" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.27"]
  %"hdr.44" = getelementptr i8, ptr %"data.150", i64 %"cursor.53"
  %".4427" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4428" = icmp ugt ptr %".4427", %"data_end.150"
  br i1 %".4428", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4430" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4431" = load i8, ptr %".4430", align 1
  %".4432" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4433" = load i8, ptr %".4432", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".4431", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4452", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4433", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4454", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4456" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %"w0_1.18", ptr %".4456", align 1
  %".4458" = add i64 %"cursor.53", 2
  %".4459" = zext i8 %"w1_1.11" to i64
  %".4460" = mul i64 %".4459", 8
  %".4461" = add i64 %".4460", 6
  %".4462" = add i64 %".4461", 2
  %".4463" = add i64 %"cursor.53", %".4462"
  %".4464" = zext i8 %"w0_1.18" to i64
  %".4465" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4464")
  %".4466" = icmp eq i64 %".4465", 6
  br i1 %".4466", label %"ipv6_opts_d1_ipv6_ext3.to_tcp", label %"ipv6_opts_d1_ipv6_ext3.select"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%".3876", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3980", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4984", %"widening.test.26"]
  %"data.151" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.190", %"widening.test.26"]
  %"data_end.151" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.190", %"widening.test.26"]
  %"keys.151" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.26"]
  %"hdr.45" = getelementptr i8, ptr %"data.151", i64 %"cursor.54"
  %".4548" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4549" = icmp ugt ptr %".4548", %"data_end.151"
  br i1 %".4549", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4551" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4552" = load i8, ptr %".4551", align 1
  %".4553" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4554" = load i16, ptr %".4553", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4552", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4573", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".4554", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4575", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4577" = getelementptr i8, ptr %"keys.163", i64 9
  store i8 %"w0_1.19", ptr %".4577", align 1
  %".4579" = add i64 %"cursor.54", 8
  %".4580" = icmp ne i64 1, 0
  %".4581" = and i16 %"w2_2.13", 63743
  %".4582" = icmp eq i16 %".4581", 0
  br i1 %".4580", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4604" = zext i8 %"w0_1.19" to i64
  %".4605" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4604")
  %".4606" = icmp eq i64 %".4605", 6
  br i1 %".4606", label %"ipv6_frag_d1_ipv6_ext3.to_tcp", label %"ipv6_frag_d1_ipv6_ext3.select"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3912" = trunc i64 %".3876" to i16
  %".3913" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3912", ptr %".3913", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3930" = trunc i64 %".3876" to i16
  %".3931" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3930", ptr %".3931", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3957" = trunc i64 %"cursor.48" to i32
  %".3958" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3957", [40 x i8]* %"header_copy", i32 8)
  %".3959" = icmp eq i64 %".3958", 0
  %".3960" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3961" = load i32, ptr %".3960", align 4
  %".3962" = zext i32 %".3961" to i64
  %"data.152" = inttoptr i64 %".3962" to ptr
  %".3963" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3964" = load i32, ptr %".3963", align 4
  %".3965" = zext i32 %".3964" to i64
  %"data_end.152" = inttoptr i64 %".3965" to ptr
  %".3966" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.152" = load ptr, ptr %".3966", align 8
  %".3967" = xor i1 %".3959", -1
  br i1 %".3967", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3969" = trunc i64 %"cursor.48" to i16
  %".3970" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3969", ptr %".3970", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3973" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3974" = load volatile i8, [40 x i8]* %".3973", align 1
  %".3975" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3976" = load volatile i16, [40 x i8]* %".3975", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3985" = getelementptr i8, ptr %"keys.153", i64 6
  store i8 1, ptr %".3985", align 1
  br i1 %".3983", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3988" = getelementptr i8, ptr %"keys.153", i64 7
  store i8 1, ptr %".3988", align 1
  %".3990" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.66" = load volatile i32, ptr %".3990", align 4
  %".3991" = and i32 %"flags.66", 1
  %".3992" = icmp ne i32 %".3991", 0
  %".3993" = xor i1 %".3992", -1
  br i1 %".3993", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".4000" = trunc i64 %".3980" to i16
  %".4001" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4000", ptr %".4001", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3995" = trunc i64 %".3980" to i16
  %".3996" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3995", ptr %".3996", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".4023" = trunc i64 %".3980" to i16
  %".4024" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4023", ptr %".4024", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_udp:
  br label %"udp"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".4034" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4034", align 1
  %".4036" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.67" = load volatile i32, ptr %".4036", align 4
  %".4037" = and i32 %"flags.67", 4
  %".4038" = icmp ne i32 %".4037", 0
  br i1 %".4038", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".4044" = trunc i64 %".3980" to i16
  %".4045" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4044", ptr %".4045", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".4048" = trunc i64 2048 to i16
  %".4049" = call i16 @"llvm.bswap.i16"(i16 %".4048")
  %".4050" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4049", ptr %".4050", align 2
  %".4052" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4052", align 1
  %".4054" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.68" = load volatile i32, ptr %".4054", align 4
  %".4055" = and i32 %"flags.68", 4
  %".4056" = icmp ne i32 %".4055", 0
  br i1 %".4056", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4062" = trunc i64 %".3980" to i16
  %".4063" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4062", ptr %".4063", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_gre_version:
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext2.to_esp:
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".4072" = trunc i64 34887 to i16
  %".4073" = call i16 @"llvm.bswap.i16"(i16 %".4072")
  %".4074" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4073", ptr %".4074", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.select:
  %".4009" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4005")
  %".4010" = icmp eq i64 %".4009", 17
  br i1 %".4010", label %"ipv6_frag_d1_ipv6_ext2.to_udp", label %"ipv6_frag_d1_ipv6_ext2.select.1"
ipv6_frag_d1_ipv6_ext2.select.1:
  %".4012" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4005")
  %".4013" = icmp eq i64 %".4012", 58
  br i1 %".4013", label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext2.select.2"
ipv6_frag_d1_ipv6_ext2.select.2:
  %".4015" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4005")
  %".4016" = icmp eq i64 %".4015", 0
  br i1 %".4016", label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext2.select.3"
ipv6_frag_d1_ipv6_ext2.select.3:
  %".4018" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4005")
  %".4019" = icmp eq i64 %".4018", 60
  br i1 %".4019", label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext2.select.4"
ipv6_frag_d1_ipv6_ext2.select.4:
  %".4021" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4005")
  switch i64 %".4021", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls"]
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".4040" = trunc i64 %".3980" to i16
  %".4041" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4040", ptr %".4041", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".4058" = trunc i64 %".3980" to i16
  %".4059" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4058", ptr %".4059", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4085" = trunc i64 %"cursor.49" to i32
  %".4086" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".4085", [40 x i8]* %"header_copy", i32 2)
  %".4087" = icmp eq i64 %".4086", 0
  %".4088" = getelementptr i8, ptr %"ctx.48", i64 76
  %".4089" = load i32, ptr %".4088", align 4
  %".4090" = zext i32 %".4089" to i64
  %"data.154" = inttoptr i64 %".4090" to ptr
  %".4091" = getelementptr i8, ptr %"ctx.48", i64 80
  %".4092" = load i32, ptr %".4091", align 4
  %".4093" = zext i32 %".4092" to i64
  %"data_end.154" = inttoptr i64 %".4093" to ptr
  %".4094" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.154" = load ptr, ptr %".4094", align 8
  %".4095" = xor i1 %".4087", -1
  br i1 %".4095", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".4097" = trunc i64 %"cursor.49" to i16
  %".4098" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".4097", ptr %".4098", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".4101" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4102" = load volatile i8, [40 x i8]* %".4101", align 1
  %".4103" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4104" = load volatile i8, [40 x i8]* %".4103", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".4132" = trunc i64 %".4113" to i16
  %".4133" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4132", ptr %".4133", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".4139" = trunc i64 %".4113" to i16
  %".4140" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4139", ptr %".4140", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4143" = trunc i64 %".4113" to i16
  %".4144" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4143", ptr %".4144", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4147" = trunc i64 %".4113" to i16
  %".4148" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4147", ptr %".4148", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".4151" = trunc i64 %".4113" to i16
  %".4152" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4151", ptr %".4152", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".4155" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4155", align 1
  %".4157" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.69" = load volatile i32, ptr %".4157", align 4
  %".4158" = and i32 %"flags.69", 4
  %".4159" = icmp ne i32 %".4158", 0
  br i1 %".4159", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".4166" = trunc i64 2048 to i16
  %".4167" = call i16 @"llvm.bswap.i16"(i16 %".4166")
  %".4168" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4167", ptr %".4168", align 2
  %".4170" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4170", align 1
  %".4172" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.70" = load volatile i32, ptr %".4172", align 4
  %".4173" = and i32 %"flags.70", 4
  %".4174" = icmp ne i32 %".4173", 0
  br i1 %".4174", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.to_gre_version:
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext3.to_esp:
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".4187" = trunc i64 34887 to i16
  %".4188" = call i16 @"llvm.bswap.i16"(i16 %".4187")
  %".4189" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4188", ptr %".4189", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.select:
  %".4118" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4114")
  %".4119" = icmp eq i64 %".4118", 17
  br i1 %".4119", label %"ipv6_opts_d0_ipv6_ext3.to_udp", label %"ipv6_opts_d0_ipv6_ext3.select.1"
ipv6_opts_d0_ipv6_ext3.select.1:
  %".4121" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4114")
  %".4122" = icmp eq i64 %".4121", 58
  br i1 %".4122", label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext3.select.2"
ipv6_opts_d0_ipv6_ext3.select.2:
  %".4124" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4114")
  %".4125" = icmp eq i64 %".4124", 0
  br i1 %".4125", label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext3.select.3"
ipv6_opts_d0_ipv6_ext3.select.3:
  %".4127" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4114")
  %".4128" = icmp eq i64 %".4127", 60
  br i1 %".4128", label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext3.select.4"
ipv6_opts_d0_ipv6_ext3.select.4:
  %".4130" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4114")
  switch i64 %".4130", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls"]
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".4161" = trunc i64 %".4113" to i16
  %".4162" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4161", ptr %".4162", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".4176" = trunc i64 %".4113" to i16
  %".4177" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4176", ptr %".4177", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4200" = trunc i64 %"cursor.50" to i32
  %".4201" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".4200", [40 x i8]* %"header_copy", i32 8)
  %".4202" = icmp eq i64 %".4201", 0
  %".4203" = getelementptr i8, ptr %"ctx.49", i64 76
  %".4204" = load i32, ptr %".4203", align 4
  %".4205" = zext i32 %".4204" to i64
  %"data.156" = inttoptr i64 %".4205" to ptr
  %".4206" = getelementptr i8, ptr %"ctx.49", i64 80
  %".4207" = load i32, ptr %".4206", align 4
  %".4208" = zext i32 %".4207" to i64
  %"data_end.156" = inttoptr i64 %".4208" to ptr
  %".4209" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.156" = load ptr, ptr %".4209", align 8
  %".4210" = xor i1 %".4202", -1
  br i1 %".4210", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".4212" = trunc i64 %"cursor.50" to i16
  %".4213" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".4212", ptr %".4213", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".4216" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4217" = load volatile i8, [40 x i8]* %".4216", align 1
  %".4218" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4219" = load volatile i16, [40 x i8]* %".4218", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".4228" = getelementptr i8, ptr %"keys.157", i64 6
  store i8 1, ptr %".4228", align 1
  br i1 %".4226", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".4231" = getelementptr i8, ptr %"keys.157", i64 7
  store i8 1, ptr %".4231", align 1
  %".4233" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.71" = load volatile i32, ptr %".4233", align 4
  %".4234" = and i32 %"flags.71", 1
  %".4235" = icmp ne i32 %".4234", 0
  %".4236" = xor i1 %".4235", -1
  br i1 %".4236", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".4243" = trunc i64 %".4223" to i16
  %".4244" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4243", ptr %".4244", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".4238" = trunc i64 %".4223" to i16
  %".4239" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4238", ptr %".4239", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".4266" = trunc i64 %".4223" to i16
  %".4267" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4266", ptr %".4267", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".4273" = trunc i64 %".4223" to i16
  %".4274" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4273", ptr %".4274", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4277" = trunc i64 %".4223" to i16
  %".4278" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4277", ptr %".4278", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4281" = trunc i64 %".4223" to i16
  %".4282" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4281", ptr %".4282", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".4285" = trunc i64 %".4223" to i16
  %".4286" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4285", ptr %".4286", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".4289" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4289", align 1
  %".4291" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.72" = load volatile i32, ptr %".4291", align 4
  %".4292" = and i32 %"flags.72", 4
  %".4293" = icmp ne i32 %".4292", 0
  br i1 %".4293", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".4300" = trunc i64 2048 to i16
  %".4301" = call i16 @"llvm.bswap.i16"(i16 %".4300")
  %".4302" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4301", ptr %".4302", align 2
  %".4304" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4304", align 1
  %".4306" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.73" = load volatile i32, ptr %".4306", align 4
  %".4307" = and i32 %"flags.73", 4
  %".4308" = icmp ne i32 %".4307", 0
  br i1 %".4308", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.to_gre_version:
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext3.to_esp:
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".4321" = trunc i64 34887 to i16
  %".4322" = call i16 @"llvm.bswap.i16"(i16 %".4321")
  %".4323" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4322", ptr %".4323", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.select:
  %".4252" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4248")
  %".4253" = icmp eq i64 %".4252", 17
  br i1 %".4253", label %"ipv6_frag_d0_ipv6_ext3.to_udp", label %"ipv6_frag_d0_ipv6_ext3.select.1"
ipv6_frag_d0_ipv6_ext3.select.1:
  %".4255" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4248")
  %".4256" = icmp eq i64 %".4255", 58
  br i1 %".4256", label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext3.select.2"
ipv6_frag_d0_ipv6_ext3.select.2:
  %".4258" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4248")
  %".4259" = icmp eq i64 %".4258", 0
  br i1 %".4259", label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext3.select.3"
ipv6_frag_d0_ipv6_ext3.select.3:
  %".4261" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4248")
  %".4262" = icmp eq i64 %".4261", 60
  br i1 %".4262", label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext3.select.4"
ipv6_frag_d0_ipv6_ext3.select.4:
  %".4264" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4248")
  switch i64 %".4264", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".4295" = trunc i64 %".4223" to i16
  %".4296" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4295", ptr %".4296", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".4310" = trunc i64 %".4223" to i16
  %".4311" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4310", ptr %".4311", align 2
  br label %"return"
ppp_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4332" = trunc i64 %"cursor.51" to i32
  %".4333" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4332", [40 x i8]* %"header_copy", i32 4)
  %".4334" = icmp eq i64 %".4333", 0
  %".4335" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4336" = load i32, ptr %".4335", align 4
  %".4337" = zext i32 %".4336" to i64
  %"data.158" = inttoptr i64 %".4337" to ptr
  %".4338" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4339" = load i32, ptr %".4338", align 4
  %".4340" = zext i32 %".4339" to i64
  %"data_end.158" = inttoptr i64 %".4340" to ptr
  %".4341" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.158" = load ptr, ptr %".4341", align 8
  %".4342" = xor i1 %".4334", -1
  br i1 %".4342", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".4344" = trunc i64 %"cursor.51" to i16
  %".4345" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".4344", ptr %".4345", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".4348" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4349" = load volatile i16, [40 x i8]* %".4348", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".4361" = and i64 %".4353", 0
  %".4362" = icmp eq i64 %".4361", 0
  br i1 %".4362", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select.2"
ppp_d1.to_ipv6:
  %".4386" = trunc i64 34525 to i16
  %".4387" = call i16 @"llvm.bswap.i16"(i16 %".4386")
  %".4388" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4387", ptr %".4388", align 2
  %".4390" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4390", align 1
  %".4392" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.75" = load volatile i32, ptr %".4392", align 4
  %".4393" = and i32 %"flags.75", 4
  %".4394" = icmp ne i32 %".4393", 0
  br i1 %".4394", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1", !prof !0
ppp_d1.stop_at_encap.endif.1:
  %".4400" = trunc i64 %".4351" to i16
  %".4401" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4400", ptr %".4401", align 2
  br label %"return"
ppp_d1.to_ppp_unknown:
  %".4404" = trunc i64 34827 to i16
  %".4405" = call i16 @"llvm.bswap.i16"(i16 %".4404")
  %".4406" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4405", ptr %".4406", align 2
  %".4408" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4408", align 1
  %".4410" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.76" = load volatile i32, ptr %".4410", align 4
  %".4411" = and i32 %"flags.76", 4
  %".4412" = icmp ne i32 %".4411", 0
  br i1 %".4412", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2", !prof !0
ppp_d1.stop_at_encap.endif.2:
  %".4418" = trunc i64 %".4351" to i16
  %".4419" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4418", ptr %".4419", align 2
  br label %"return"
ppp_d1.select:
  %".4357" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.12")
  %".4358" = icmp eq i16 %".4357", 22272
  br i1 %".4358", label %"ppp_d1.to_ipv6", label %"ppp_d1.select.1"
ppp_d1.select.1:
  br label %"ppp_d1.unknown"
ppp_d1.select.2:
  %".4364" = trunc i64 %".4351" to i16
  %".4365" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4364", ptr %".4365", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".4378" = trunc i64 %".4351" to i16
  %".4379" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4378", ptr %".4379", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".4396" = trunc i64 %".4351" to i16
  %".4397" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4396", ptr %".4397", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".4414" = trunc i64 %".4351" to i16
  %".4415" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4414", ptr %".4415", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4435" = trunc i64 %"cursor.53" to i32
  %".4436" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4435", [40 x i8]* %"header_copy", i32 2)
  %".4437" = icmp eq i64 %".4436", 0
  %".4438" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4439" = load i32, ptr %".4438", align 4
  %".4440" = zext i32 %".4439" to i64
  %"data.160" = inttoptr i64 %".4440" to ptr
  %".4441" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4442" = load i32, ptr %".4441", align 4
  %".4443" = zext i32 %".4442" to i64
  %"data_end.160" = inttoptr i64 %".4443" to ptr
  %".4444" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.160" = load ptr, ptr %".4444", align 8
  %".4445" = xor i1 %".4437", -1
  br i1 %".4445", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4447" = trunc i64 %"cursor.53" to i16
  %".4448" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".4447", ptr %".4448", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4451" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4452" = load volatile i8, [40 x i8]* %".4451", align 1
  %".4453" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4454" = load volatile i8, [40 x i8]* %".4453", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4482" = trunc i64 %".4463" to i16
  %".4483" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4482", ptr %".4483", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".4489" = trunc i64 %".4463" to i16
  %".4490" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4489", ptr %".4490", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4493" = trunc i64 %".4463" to i16
  %".4494" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4493", ptr %".4494", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4497" = trunc i64 %".4463" to i16
  %".4498" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4497", ptr %".4498", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4501" = trunc i64 %".4463" to i16
  %".4502" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4501", ptr %".4502", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4505" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4505", align 1
  %".4507" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.77" = load volatile i32, ptr %".4507", align 4
  %".4508" = and i32 %"flags.77", 4
  %".4509" = icmp ne i32 %".4508", 0
  br i1 %".4509", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4515" = trunc i64 %".4463" to i16
  %".4516" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4515", ptr %".4516", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4519" = trunc i64 2048 to i16
  %".4520" = call i16 @"llvm.bswap.i16"(i16 %".4519")
  %".4521" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4520", ptr %".4521", align 2
  %".4523" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4523", align 1
  %".4525" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.78" = load volatile i32, ptr %".4525", align 4
  %".4526" = and i32 %"flags.78", 4
  %".4527" = icmp ne i32 %".4526", 0
  br i1 %".4527", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4533" = trunc i64 %".4463" to i16
  %".4534" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4533", ptr %".4534", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_gre_version:
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext3.to_esp:
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4543" = trunc i64 34887 to i16
  %".4544" = call i16 @"llvm.bswap.i16"(i16 %".4543")
  %".4545" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4544", ptr %".4545", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.select:
  %".4468" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4464")
  %".4469" = icmp eq i64 %".4468", 17
  br i1 %".4469", label %"ipv6_opts_d1_ipv6_ext3.to_udp", label %"ipv6_opts_d1_ipv6_ext3.select.1"
ipv6_opts_d1_ipv6_ext3.select.1:
  %".4471" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4464")
  %".4472" = icmp eq i64 %".4471", 58
  br i1 %".4472", label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext3.select.2"
ipv6_opts_d1_ipv6_ext3.select.2:
  %".4474" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4464")
  %".4475" = icmp eq i64 %".4474", 0
  br i1 %".4475", label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext3.select.3"
ipv6_opts_d1_ipv6_ext3.select.3:
  %".4477" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4464")
  %".4478" = icmp eq i64 %".4477", 60
  br i1 %".4478", label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext3.select.4"
ipv6_opts_d1_ipv6_ext3.select.4:
  %".4480" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4464")
  switch i64 %".4480", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls"]
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4511" = trunc i64 %".4463" to i16
  %".4512" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4511", ptr %".4512", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4529" = trunc i64 %".4463" to i16
  %".4530" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4529", ptr %".4530", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4556" = trunc i64 %"cursor.54" to i32
  %".4557" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4556", [40 x i8]* %"header_copy", i32 8)
  %".4558" = icmp eq i64 %".4557", 0
  %".4559" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4560" = load i32, ptr %".4559", align 4
  %".4561" = zext i32 %".4560" to i64
  %"data.162" = inttoptr i64 %".4561" to ptr
  %".4562" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4563" = load i32, ptr %".4562", align 4
  %".4564" = zext i32 %".4563" to i64
  %"data_end.162" = inttoptr i64 %".4564" to ptr
  %".4565" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.162" = load ptr, ptr %".4565", align 8
  %".4566" = xor i1 %".4558", -1
  br i1 %".4566", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4568" = trunc i64 %"cursor.54" to i16
  %".4569" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".4568", ptr %".4569", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4572" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4573" = load volatile i8, [40 x i8]* %".4572", align 1
  %".4574" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4575" = load volatile i16, [40 x i8]* %".4574", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4584" = getelementptr i8, ptr %"keys.163", i64 6
  store i8 1, ptr %".4584", align 1
  br i1 %".4582", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4587" = getelementptr i8, ptr %"keys.163", i64 7
  store i8 1, ptr %".4587", align 1
  %".4589" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.79" = load volatile i32, ptr %".4589", align 4
  %".4590" = and i32 %"flags.79", 1
  %".4591" = icmp ne i32 %".4590", 0
  %".4592" = xor i1 %".4591", -1
  br i1 %".4592", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4599" = trunc i64 %".4579" to i16
  %".4600" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4599", ptr %".4600", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4594" = trunc i64 %".4579" to i16
  %".4595" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4594", ptr %".4595", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4622" = trunc i64 %".4579" to i16
  %".4623" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4622", ptr %".4623", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".4629" = trunc i64 %".4579" to i16
  %".4630" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4629", ptr %".4630", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4633" = trunc i64 %".4579" to i16
  %".4634" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4633", ptr %".4634", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4637" = trunc i64 %".4579" to i16
  %".4638" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4637", ptr %".4638", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4641" = trunc i64 %".4579" to i16
  %".4642" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4641", ptr %".4642", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4645" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4645", align 1
  %".4647" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.80" = load volatile i32, ptr %".4647", align 4
  %".4648" = and i32 %"flags.80", 4
  %".4649" = icmp ne i32 %".4648", 0
  br i1 %".4649", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4655" = trunc i64 %".4579" to i16
  %".4656" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4655", ptr %".4656", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4659" = trunc i64 2048 to i16
  %".4660" = call i16 @"llvm.bswap.i16"(i16 %".4659")
  %".4661" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4660", ptr %".4661", align 2
  %".4663" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4663", align 1
  %".4665" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.81" = load volatile i32, ptr %".4665", align 4
  %".4666" = and i32 %"flags.81", 4
  %".4667" = icmp ne i32 %".4666", 0
  br i1 %".4667", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4673" = trunc i64 %".4579" to i16
  %".4674" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4673", ptr %".4674", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_gre_version:
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext3.to_esp:
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4683" = trunc i64 34887 to i16
  %".4684" = call i16 @"llvm.bswap.i16"(i16 %".4683")
  %".4685" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4684", ptr %".4685", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.select:
  %".4608" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4604")
  %".4609" = icmp eq i64 %".4608", 17
  br i1 %".4609", label %"ipv6_frag_d1_ipv6_ext3.to_udp", label %"ipv6_frag_d1_ipv6_ext3.select.1"
ipv6_frag_d1_ipv6_ext3.select.1:
  %".4611" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4604")
  %".4612" = icmp eq i64 %".4611", 58
  br i1 %".4612", label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext3.select.2"
ipv6_frag_d1_ipv6_ext3.select.2:
  %".4614" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4604")
  %".4615" = icmp eq i64 %".4614", 0
  br i1 %".4615", label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext3.select.3"
ipv6_frag_d1_ipv6_ext3.select.3:
  %".4617" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4604")
  %".4618" = icmp eq i64 %".4617", 60
  br i1 %".4618", label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext3.select.4"
ipv6_frag_d1_ipv6_ext3.select.4:
  %".4620" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4604")
  switch i64 %".4620", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4651" = trunc i64 %".4579" to i16
  %".4652" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4651", ptr %".4652", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4669" = trunc i64 %".4579" to i16
  %".4670" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4669", ptr %".4670", align 2
  br label %"return"
widening.test:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4690" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4691" = load i32, ptr %".4690", align 4
  %".4692" = zext i32 %".4691" to i64
  %"data.164" = inttoptr i64 %".4692" to ptr
  %".4693" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4694" = load i32, ptr %".4693", align 4
  %".4695" = zext i32 %".4694" to i64
  %"data_end.164" = inttoptr i64 %".4695" to ptr
  %".4696" = getelementptr i8, ptr %"keys", i64 0
  %".4697" = load volatile i16, ptr %".4696", align 2
  %".4698" = zext i16 %".4697" to i64
  %".4699" = icmp ugt i64 %".4698", 261
  br i1 %".4699", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4701" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4702" = load i32, ptr %".4701", align 4
  %".4703" = zext i32 %".4702" to i64
  %"data.165" = inttoptr i64 %".4703" to ptr
  %".4704" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4705" = load i32, ptr %".4704", align 4
  %".4706" = zext i32 %".4705" to i64
  %"data_end.165" = inttoptr i64 %".4706" to ptr
  %".4707" = getelementptr i8, ptr %"keys", i64 0
  %".4708" = load volatile i16, ptr %".4707", align 2
  %".4709" = zext i16 %".4708" to i64
  %".4710" = icmp ugt i64 %".4709", 261
  br i1 %".4710", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4712" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4713" = load i32, ptr %".4712", align 4
  %".4714" = zext i32 %".4713" to i64
  %"data.166" = inttoptr i64 %".4714" to ptr
  %".4715" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4716" = load i32, ptr %".4715", align 4
  %".4717" = zext i32 %".4716" to i64
  %"data_end.166" = inttoptr i64 %".4717" to ptr
  %".4718" = getelementptr i8, ptr %"keys", i64 0
  %".4719" = load volatile i16, ptr %".4718", align 2
  %".4720" = zext i16 %".4719" to i64
  %".4721" = icmp ugt i64 %".4720", 267
  br i1 %".4721", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4723" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4724" = load i32, ptr %".4723", align 4
  %".4725" = zext i32 %".4724" to i64
  %"data.167" = inttoptr i64 %".4725" to ptr
  %".4726" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4727" = load i32, ptr %".4726", align 4
  %".4728" = zext i32 %".4727" to i64
  %"data_end.167" = inttoptr i64 %".4728" to ptr
  %".4729" = getelementptr i8, ptr %"keys", i64 0
  %".4730" = load volatile i16, ptr %".4729", align 2
  %".4731" = zext i16 %".4730" to i64
  %".4732" = icmp ugt i64 %".4731", 267
  br i1 %".4732", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4734" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4735" = load i32, ptr %".4734", align 4
  %".4736" = zext i32 %".4735" to i64
  %"data.168" = inttoptr i64 %".4736" to ptr
  %".4737" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4738" = load i32, ptr %".4737", align 4
  %".4739" = zext i32 %".4738" to i64
  %"data_end.168" = inttoptr i64 %".4739" to ptr
  %".4740" = getelementptr i8, ptr %"keys", i64 0
  %".4741" = load volatile i16, ptr %".4740", align 2
  %".4742" = zext i16 %".4741" to i64
  %".4743" = icmp ugt i64 %".4742", 275
  br i1 %".4743", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4745" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4746" = load i32, ptr %".4745", align 4
  %".4747" = zext i32 %".4746" to i64
  %"data.169" = inttoptr i64 %".4747" to ptr
  %".4748" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4749" = load i32, ptr %".4748", align 4
  %".4750" = zext i32 %".4749" to i64
  %"data_end.169" = inttoptr i64 %".4750" to ptr
  %".4751" = getelementptr i8, ptr %"keys", i64 0
  %".4752" = load volatile i16, ptr %".4751", align 2
  %".4753" = zext i16 %".4752" to i64
  %".4754" = icmp ugt i64 %".4753", 2363
  br i1 %".4754", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4756" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4757" = load i32, ptr %".4756", align 4
  %".4758" = zext i32 %".4757" to i64
  %"data.170" = inttoptr i64 %".4758" to ptr
  %".4759" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4760" = load i32, ptr %".4759", align 4
  %".4761" = zext i32 %".4760" to i64
  %"data_end.170" = inttoptr i64 %".4761" to ptr
  %".4762" = getelementptr i8, ptr %"keys", i64 0
  %".4763" = load volatile i16, ptr %".4762", align 2
  %".4764" = zext i16 %".4763" to i64
  %".4765" = icmp ugt i64 %".4764", 2363
  br i1 %".4765", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4767" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4768" = load i32, ptr %".4767", align 4
  %".4769" = zext i32 %".4768" to i64
  %"data.171" = inttoptr i64 %".4769" to ptr
  %".4770" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4771" = load i32, ptr %".4770", align 4
  %".4772" = zext i32 %".4771" to i64
  %"data_end.171" = inttoptr i64 %".4772" to ptr
  %".4773" = getelementptr i8, ptr %"keys", i64 0
  %".4774" = load volatile i16, ptr %".4773", align 2
  %".4775" = zext i16 %".4774" to i64
  %".4776" = icmp ugt i64 %".4775", 4411
  br i1 %".4776", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4778" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4779" = load i32, ptr %".4778", align 4
  %".4780" = zext i32 %".4779" to i64
  %"data.172" = inttoptr i64 %".4780" to ptr
  %".4781" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4782" = load i32, ptr %".4781", align 4
  %".4783" = zext i32 %".4782" to i64
  %"data_end.172" = inttoptr i64 %".4783" to ptr
  %".4784" = getelementptr i8, ptr %"keys", i64 0
  %".4785" = load volatile i16, ptr %".4784", align 2
  %".4786" = zext i16 %".4785" to i64
  %".4787" = icmp ugt i64 %".4786", 4411
  br i1 %".4787", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4789" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4790" = load i32, ptr %".4789", align 4
  %".4791" = zext i32 %".4790" to i64
  %"data.173" = inttoptr i64 %".4791" to ptr
  %".4792" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4793" = load i32, ptr %".4792", align 4
  %".4794" = zext i32 %".4793" to i64
  %"data_end.173" = inttoptr i64 %".4794" to ptr
  %".4795" = getelementptr i8, ptr %"keys", i64 0
  %".4796" = load volatile i16, ptr %".4795", align 2
  %".4797" = zext i16 %".4796" to i64
  %".4798" = icmp ugt i64 %".4797", 275
  br i1 %".4798", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4800" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4801" = load i32, ptr %".4800", align 4
  %".4802" = zext i32 %".4801" to i64
  %"data.174" = inttoptr i64 %".4802" to ptr
  %".4803" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4804" = load i32, ptr %".4803", align 4
  %".4805" = zext i32 %".4804" to i64
  %"data_end.174" = inttoptr i64 %".4805" to ptr
  %".4806" = getelementptr i8, ptr %"keys", i64 0
  %".4807" = load volatile i16, ptr %".4806", align 2
  %".4808" = zext i16 %".4807" to i64
  %".4809" = icmp ugt i64 %".4808", 6459
  br i1 %".4809", label %"widening.test.11", label %"gre_version_d0"
widening.test.11:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4811" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4812" = load i32, ptr %".4811", align 4
  %".4813" = zext i32 %".4812" to i64
  %"data.175" = inttoptr i64 %".4813" to ptr
  %".4814" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4815" = load i32, ptr %".4814", align 4
  %".4816" = zext i32 %".4815" to i64
  %"data_end.175" = inttoptr i64 %".4816" to ptr
  %".4817" = getelementptr i8, ptr %"keys", i64 0
  %".4818" = load volatile i16, ptr %".4817", align 2
  %".4819" = zext i16 %".4818" to i64
  %".4820" = icmp ugt i64 %".4819", 6475
  br i1 %".4820", label %"widening.test.12", label %"ethernet_d1"
widening.test.12:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4822" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4823" = load i32, ptr %".4822", align 4
  %".4824" = zext i32 %".4823" to i64
  %"data.176" = inttoptr i64 %".4824" to ptr
  %".4825" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4826" = load i32, ptr %".4825", align 4
  %".4827" = zext i32 %".4826" to i64
  %"data_end.176" = inttoptr i64 %".4827" to ptr
  %".4828" = getelementptr i8, ptr %"keys", i64 0
  %".4829" = load volatile i16, ptr %".4828", align 2
  %".4830" = zext i16 %".4829" to i64
  %".4831" = icmp ugt i64 %".4830", 6489
  br i1 %".4831", label %"widening.test.13", label %"hsr_d1_vlan_tags1"
widening.test.13:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4833" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4834" = load i32, ptr %".4833", align 4
  %".4835" = zext i32 %".4834" to i64
  %"data.177" = inttoptr i64 %".4835" to ptr
  %".4836" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4837" = load i32, ptr %".4836", align 4
  %".4838" = zext i32 %".4837" to i64
  %"data_end.177" = inttoptr i64 %".4838" to ptr
  %".4839" = getelementptr i8, ptr %"keys", i64 0
  %".4840" = load volatile i16, ptr %".4839", align 2
  %".4841" = zext i16 %".4840" to i64
  %".4842" = icmp ugt i64 %".4841", 6489
  br i1 %".4842", label %"widening.test.14", label %"vlan_d1_vlan_tags1"
widening.test.14:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4844" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4845" = load i32, ptr %".4844", align 4
  %".4846" = zext i32 %".4845" to i64
  %"data.178" = inttoptr i64 %".4846" to ptr
  %".4847" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4848" = load i32, ptr %".4847", align 4
  %".4849" = zext i32 %".4848" to i64
  %"data_end.178" = inttoptr i64 %".4849" to ptr
  %".4850" = getelementptr i8, ptr %"keys", i64 0
  %".4851" = load volatile i16, ptr %".4850", align 2
  %".4852" = zext i16 %".4851" to i64
  %".4853" = icmp ugt i64 %".4852", 6495
  br i1 %".4853", label %"widening.test.15", label %"hsr_d1_vlan_tags2"
widening.test.15:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4855" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4856" = load i32, ptr %".4855", align 4
  %".4857" = zext i32 %".4856" to i64
  %"data.179" = inttoptr i64 %".4857" to ptr
  %".4858" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4859" = load i32, ptr %".4858", align 4
  %".4860" = zext i32 %".4859" to i64
  %"data_end.179" = inttoptr i64 %".4860" to ptr
  %".4861" = getelementptr i8, ptr %"keys", i64 0
  %".4862" = load volatile i16, ptr %".4861", align 2
  %".4863" = zext i16 %".4862" to i64
  %".4864" = icmp ugt i64 %".4863", 6495
  br i1 %".4864", label %"widening.test.16", label %"vlan_d1_vlan_tags2"
widening.test.16:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4866" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4867" = load i32, ptr %".4866", align 4
  %".4868" = zext i32 %".4867" to i64
  %"data.180" = inttoptr i64 %".4868" to ptr
  %".4869" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4870" = load i32, ptr %".4869", align 4
  %".4871" = zext i32 %".4870" to i64
  %"data_end.180" = inttoptr i64 %".4871" to ptr
  %".4872" = getelementptr i8, ptr %"keys", i64 0
  %".4873" = load volatile i16, ptr %".4872", align 2
  %".4874" = zext i16 %".4873" to i64
  %".4875" = icmp ugt i64 %".4874", 6501
  br i1 %".4875", label %"widening.test.17", label %"batadv_d1"
widening.test.17:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4877" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4878" = load i32, ptr %".4877", align 4
  %".4879" = zext i32 %".4878" to i64
  %"data.181" = inttoptr i64 %".4879" to ptr
  %".4880" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4881" = load i32, ptr %".4880", align 4
  %".4882" = zext i32 %".4881" to i64
  %"data_end.181" = inttoptr i64 %".4882" to ptr
  %".4883" = getelementptr i8, ptr %"keys", i64 0
  %".4884" = load volatile i16, ptr %".4883", align 2
  %".4885" = zext i16 %".4884" to i64
  %".4886" = icmp ugt i64 %".4885", 6501
  br i1 %".4886", label %"widening.test.18", label %"fcoe"
widening.test.18:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4888" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4889" = load i32, ptr %".4888", align 4
  %".4890" = zext i32 %".4889" to i64
  %"data.182" = inttoptr i64 %".4890" to ptr
  %".4891" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4892" = load i32, ptr %".4891", align 4
  %".4893" = zext i32 %".4892" to i64
  %"data_end.182" = inttoptr i64 %".4893" to ptr
  %".4894" = getelementptr i8, ptr %"keys", i64 0
  %".4895" = load volatile i16, ptr %".4894", align 2
  %".4896" = zext i16 %".4895" to i64
  %".4897" = icmp ugt i64 %".4896", 6501
  br i1 %".4897", label %"widening.test.19", label %"tipc"
widening.test.19:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4899" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4900" = load i32, ptr %".4899", align 4
  %".4901" = zext i32 %".4900" to i64
  %"data.183" = inttoptr i64 %".4901" to ptr
  %".4902" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4903" = load i32, ptr %".4902", align 4
  %".4904" = zext i32 %".4903" to i64
  %"data_end.183" = inttoptr i64 %".4904" to ptr
  %".4905" = getelementptr i8, ptr %"keys", i64 0
  %".4906" = load volatile i16, ptr %".4905", align 2
  %".4907" = zext i16 %".4906" to i64
  %".4908" = icmp ugt i64 %".4907", 6501
  br i1 %".4908", label %"widening.test.20", label %"cfm"
widening.test.20:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4910" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4911" = load i32, ptr %".4910", align 4
  %".4912" = zext i32 %".4911" to i64
  %"data.184" = inttoptr i64 %".4912" to ptr
  %".4913" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4914" = load i32, ptr %".4913", align 4
  %".4915" = zext i32 %".4914" to i64
  %"data_end.184" = inttoptr i64 %".4915" to ptr
  %".4916" = getelementptr i8, ptr %"keys", i64 0
  %".4917" = load volatile i16, ptr %".4916", align 2
  %".4918" = zext i16 %".4917" to i64
  %".4919" = icmp ugt i64 %".4918", 6501
  br i1 %".4919", label %"widening.test.21", label %"ptp"
widening.test.21:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4921" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4922" = load i32, ptr %".4921", align 4
  %".4923" = zext i32 %".4922" to i64
  %"data.185" = inttoptr i64 %".4923" to ptr
  %".4924" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4925" = load i32, ptr %".4924", align 4
  %".4926" = zext i32 %".4925" to i64
  %"data_end.185" = inttoptr i64 %".4926" to ptr
  %".4927" = getelementptr i8, ptr %"keys", i64 0
  %".4928" = load volatile i16, ptr %".4927", align 2
  %".4929" = zext i16 %".4928" to i64
  %".4930" = icmp ugt i64 %".4929", 6501
  br i1 %".4930", label %"widening.test.22", label %"arp"
widening.test.22:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4932" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4933" = load i32, ptr %".4932", align 4
  %".4934" = zext i32 %".4933" to i64
  %"data.186" = inttoptr i64 %".4934" to ptr
  %".4935" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4936" = load i32, ptr %".4935", align 4
  %".4937" = zext i32 %".4936" to i64
  %"data_end.186" = inttoptr i64 %".4937" to ptr
  %".4938" = getelementptr i8, ptr %"keys", i64 0
  %".4939" = load volatile i16, ptr %".4938", align 2
  %".4940" = zext i16 %".4939" to i64
  %".4941" = icmp ugt i64 %".4940", 6501
  br i1 %".4941", label %"widening.test.23", label %"pppoe_d1"
widening.test.23:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4943" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4944" = load i32, ptr %".4943", align 4
  %".4945" = zext i32 %".4944" to i64
  %"data.187" = inttoptr i64 %".4945" to ptr
  %".4946" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4947" = load i32, ptr %".4946", align 4
  %".4948" = zext i32 %".4947" to i64
  %"data_end.187" = inttoptr i64 %".4948" to ptr
  %".4949" = getelementptr i8, ptr %"keys", i64 0
  %".4950" = load volatile i16, ptr %".4949", align 2
  %".4951" = zext i16 %".4950" to i64
  %".4952" = icmp ugt i64 %".4951", 6509
  br i1 %".4952", label %"widening.test.24", label %"ipv6_d1"
widening.test.24:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4954" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4955" = load i32, ptr %".4954", align 4
  %".4956" = zext i32 %".4955" to i64
  %"data.188" = inttoptr i64 %".4956" to ptr
  %".4957" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4958" = load i32, ptr %".4957", align 4
  %".4959" = zext i32 %".4958" to i64
  %"data_end.188" = inttoptr i64 %".4959" to ptr
  %".4960" = getelementptr i8, ptr %"keys", i64 0
  %".4961" = load volatile i16, ptr %".4960", align 2
  %".4962" = zext i16 %".4961" to i64
  %".4963" = icmp ugt i64 %".4962", 8597
  br i1 %".4963", label %"widening.test.25", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.25:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4965" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4966" = load i32, ptr %".4965", align 4
  %".4967" = zext i32 %".4966" to i64
  %"data.189" = inttoptr i64 %".4967" to ptr
  %".4968" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4969" = load i32, ptr %".4968", align 4
  %".4970" = zext i32 %".4969" to i64
  %"data_end.189" = inttoptr i64 %".4970" to ptr
  %".4971" = getelementptr i8, ptr %"keys", i64 0
  %".4972" = load volatile i16, ptr %".4971", align 2
  %".4973" = zext i16 %".4972" to i64
  %".4974" = icmp ugt i64 %".4973", 8597
  br i1 %".4974", label %"widening.test.26", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.26:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4976" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4977" = load i32, ptr %".4976", align 4
  %".4978" = zext i32 %".4977" to i64
  %"data.190" = inttoptr i64 %".4978" to ptr
  %".4979" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4980" = load i32, ptr %".4979", align 4
  %".4981" = zext i32 %".4980" to i64
  %"data_end.190" = inttoptr i64 %".4981" to ptr
  %".4982" = getelementptr i8, ptr %"keys", i64 0
  %".4983" = load volatile i16, ptr %".4982", align 2
  %".4984" = zext i16 %".4983" to i64
  %".4985" = icmp ugt i64 %".4984", 10645
  br i1 %".4985", label %"widening.test.27", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.27:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4987" = getelementptr i8, ptr %"ctx.80", i64 76
  %".4988" = load i32, ptr %".4987", align 4
  %".4989" = zext i32 %".4988" to i64
  %"data.191" = inttoptr i64 %".4989" to ptr
  %".4990" = getelementptr i8, ptr %"ctx.80", i64 80
  %".4991" = load i32, ptr %".4990", align 4
  %".4992" = zext i32 %".4991" to i64
  %"data_end.191" = inttoptr i64 %".4992" to ptr
  %".4993" = getelementptr i8, ptr %"keys", i64 0
  %".4994" = load volatile i16, ptr %".4993", align 2
  %".4995" = zext i16 %".4994" to i64
  %".4996" = icmp ugt i64 %".4995", 10645
  br i1 %".4996", label %"widening.test.28", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.28:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4998" = getelementptr i8, ptr %"ctx.81", i64 76
  %".4999" = load i32, ptr %".4998", align 4
  %".5000" = zext i32 %".4999" to i64
  %"data.192" = inttoptr i64 %".5000" to ptr
  %".5001" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5002" = load i32, ptr %".5001", align 4
  %".5003" = zext i32 %".5002" to i64
  %"data_end.192" = inttoptr i64 %".5003" to ptr
  %".5004" = getelementptr i8, ptr %"keys", i64 0
  %".5005" = load volatile i16, ptr %".5004", align 2
  %".5006" = zext i16 %".5005" to i64
  %".5007" = icmp ugt i64 %".5006", 12693
  br i1 %".5007", label %"widening.test.29", label %"icmpv6"
widening.test.29:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5009" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5010" = load i32, ptr %".5009", align 4
  %".5011" = zext i32 %".5010" to i64
  %"data.193" = inttoptr i64 %".5011" to ptr
  %".5012" = getelementptr i8, ptr %"ctx.82", i64 80
  %".5013" = load i32, ptr %".5012", align 4
  %".5014" = zext i32 %".5013" to i64
  %"data_end.193" = inttoptr i64 %".5014" to ptr
  %".5015" = getelementptr i8, ptr %"keys", i64 0
  %".5016" = load volatile i16, ptr %".5015", align 2
  %".5017" = zext i16 %".5016" to i64
  %".5018" = icmp ugt i64 %".5017", 6509
  br i1 %".5018", label %"widening.test.30", label %"ipv4_d1"
widening.test.30:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5020" = getelementptr i8, ptr %"ctx.83", i64 76
  %".5021" = load i32, ptr %".5020", align 4
  %".5022" = zext i32 %".5021" to i64
  %"data.194" = inttoptr i64 %".5022" to ptr
  %".5023" = getelementptr i8, ptr %"ctx.83", i64 80
  %".5024" = load i32, ptr %".5023", align 4
  %".5025" = zext i32 %".5024" to i64
  %"data_end.194" = inttoptr i64 %".5025" to ptr
  %".5026" = getelementptr i8, ptr %"keys", i64 0
  %".5027" = load volatile i16, ptr %".5026", align 2
  %".5028" = zext i16 %".5027" to i64
  %".5029" = icmp ugt i64 %".5028", 12693
  br i1 %".5029", label %"widening.test.31", label %"mpls_mpls_labels1"
widening.test.31:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5031" = getelementptr i8, ptr %"ctx.84", i64 76
  %".5032" = load i32, ptr %".5031", align 4
  %".5033" = zext i32 %".5032" to i64
  %"data.195" = inttoptr i64 %".5033" to ptr
  %".5034" = getelementptr i8, ptr %"ctx.84", i64 80
  %".5035" = load i32, ptr %".5034", align 4
  %".5036" = zext i32 %".5035" to i64
  %"data_end.195" = inttoptr i64 %".5036" to ptr
  %".5037" = getelementptr i8, ptr %"keys", i64 0
  %".5038" = load volatile i16, ptr %".5037", align 2
  %".5039" = zext i16 %".5038" to i64
  %".5040" = icmp ugt i64 %".5039", 12693
  br i1 %".5040", label %"widening.test.32", label %"dccp"
widening.test.32:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5042" = getelementptr i8, ptr %"ctx.85", i64 76
  %".5043" = load i32, ptr %".5042", align 4
  %".5044" = zext i32 %".5043" to i64
  %"data.196" = inttoptr i64 %".5044" to ptr
  %".5045" = getelementptr i8, ptr %"ctx.85", i64 80
  %".5046" = load i32, ptr %".5045", align 4
  %".5047" = zext i32 %".5046" to i64
  %"data_end.196" = inttoptr i64 %".5047" to ptr
  %".5048" = getelementptr i8, ptr %"keys", i64 0
  %".5049" = load volatile i16, ptr %".5048", align 2
  %".5050" = zext i16 %".5049" to i64
  %".5051" = icmp ugt i64 %".5050", 12693
  br i1 %".5051", label %"widening.test.33", label %"udplite"
widening.test.33:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5053" = getelementptr i8, ptr %"ctx.86", i64 76
  %".5054" = load i32, ptr %".5053", align 4
  %".5055" = zext i32 %".5054" to i64
  %"data.197" = inttoptr i64 %".5055" to ptr
  %".5056" = getelementptr i8, ptr %"ctx.86", i64 80
  %".5057" = load i32, ptr %".5056", align 4
  %".5058" = zext i32 %".5057" to i64
  %"data_end.197" = inttoptr i64 %".5058" to ptr
  %".5059" = getelementptr i8, ptr %"keys", i64 0
  %".5060" = load volatile i16, ptr %".5059", align 2
  %".5061" = zext i16 %".5060" to i64
  %".5062" = icmp ugt i64 %".5061", 12693
  br i1 %".5062", label %"widening.test.34", label %"sctp"
widening.test.34:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5064" = getelementptr i8, ptr %"ctx.87", i64 76
  %".5065" = load i32, ptr %".5064", align 4
  %".5066" = zext i32 %".5065" to i64
  %"data.198" = inttoptr i64 %".5066" to ptr
  %".5067" = getelementptr i8, ptr %"ctx.87", i64 80
  %".5068" = load i32, ptr %".5067", align 4
  %".5069" = zext i32 %".5068" to i64
  %"data_end.198" = inttoptr i64 %".5069" to ptr
  %".5070" = getelementptr i8, ptr %"keys", i64 0
  %".5071" = load volatile i16, ptr %".5070", align 2
  %".5072" = zext i16 %".5071" to i64
  %".5073" = icmp ugt i64 %".5072", 12693
  br i1 %".5073", label %"widening.test.35", label %"ah"
widening.test.35:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5075" = getelementptr i8, ptr %"ctx.88", i64 76
  %".5076" = load i32, ptr %".5075", align 4
  %".5077" = zext i32 %".5076" to i64
  %"data.199" = inttoptr i64 %".5077" to ptr
  %".5078" = getelementptr i8, ptr %"ctx.88", i64 80
  %".5079" = load i32, ptr %".5078", align 4
  %".5080" = zext i32 %".5079" to i64
  %"data_end.199" = inttoptr i64 %".5080" to ptr
  %".5081" = getelementptr i8, ptr %"keys", i64 0
  %".5082" = load volatile i16, ptr %".5081", align 2
  %".5083" = zext i16 %".5082" to i64
  %".5084" = icmp ugt i64 %".5083", 12693
  br i1 %".5084", label %"widening.test.36", label %"esp"
widening.test.36:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5086" = getelementptr i8, ptr %"ctx.89", i64 76
  %".5087" = load i32, ptr %".5086", align 4
  %".5088" = zext i32 %".5087" to i64
  %"data.200" = inttoptr i64 %".5088" to ptr
  %".5089" = getelementptr i8, ptr %"ctx.89", i64 80
  %".5090" = load i32, ptr %".5089", align 4
  %".5091" = zext i32 %".5090" to i64
  %"data_end.200" = inttoptr i64 %".5091" to ptr
  %".5092" = getelementptr i8, ptr %"keys", i64 0
  %".5093" = load volatile i16, ptr %".5092", align 2
  %".5094" = zext i16 %".5093" to i64
  %".5095" = icmp ugt i64 %".5094", 12693
  br i1 %".5095", label %"widening.test.37", label %"gre_version_d1"
widening.test.37:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5097" = getelementptr i8, ptr %"ctx.90", i64 76
  %".5098" = load i32, ptr %".5097", align 4
  %".5099" = zext i32 %".5098" to i64
  %"data.201" = inttoptr i64 %".5099" to ptr
  %".5100" = getelementptr i8, ptr %"ctx.90", i64 80
  %".5101" = load i32, ptr %".5100", align 4
  %".5102" = zext i32 %".5101" to i64
  %"data_end.201" = inttoptr i64 %".5102" to ptr
  %".5103" = getelementptr i8, ptr %"keys", i64 0
  %".5104" = load volatile i16, ptr %".5103", align 2
  %".5105" = zext i16 %".5104" to i64
  %".5106" = icmp ugt i64 %".5105", 6569
  br i1 %".5106", label %"widening.test.38", label %"icmp"
widening.test.38:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5108" = getelementptr i8, ptr %"ctx.91", i64 76
  %".5109" = load i32, ptr %".5108", align 4
  %".5110" = zext i32 %".5109" to i64
  %"data.202" = inttoptr i64 %".5110" to ptr
  %".5111" = getelementptr i8, ptr %"ctx.91", i64 80
  %".5112" = load i32, ptr %".5111", align 4
  %".5113" = zext i32 %".5112" to i64
  %"data_end.202" = inttoptr i64 %".5113" to ptr
  %".5114" = getelementptr i8, ptr %"keys", i64 0
  %".5115" = load volatile i16, ptr %".5114", align 2
  %".5116" = zext i16 %".5115" to i64
  %".5117" = icmp ugt i64 %".5116", 12693
  br i1 %".5117", label %"widening.test.39", label %"udp"
widening.test.39:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5119" = getelementptr i8, ptr %"ctx.92", i64 76
  %".5120" = load i32, ptr %".5119", align 4
  %".5121" = zext i32 %".5120" to i64
  %"data.203" = inttoptr i64 %".5121" to ptr
  %".5122" = getelementptr i8, ptr %"ctx.92", i64 80
  %".5123" = load i32, ptr %".5122", align 4
  %".5124" = zext i32 %".5123" to i64
  %"data_end.203" = inttoptr i64 %".5124" to ptr
  %".5125" = getelementptr i8, ptr %"keys", i64 0
  %".5126" = load volatile i16, ptr %".5125", align 2
  %".5127" = zext i16 %".5126" to i64
  %".5128" = icmp ugt i64 %".5127", 12693
  br i1 %".5128", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }