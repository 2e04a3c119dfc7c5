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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".403", %"vlan_d0_vlan_tags1.to_ipv4"], [%".537", %"pppoe_d0.to_ipv4"], [%".698", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1972", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2054", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4809", %"widening.test.9"]
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
  %".110" = icmp eq i64 %".109", 5
  %".111" = xor i1 %".110", -1
  br i1 %".111", label %"ipv4_d0.not_lowest", label %"ipv4_d0.not_lowest.endif", !prof !0
ipv4_d0.not_lowest.endif:
  %".123" = getelementptr i8, ptr %"keys.15", i64 9
  store i8 %"w9_1", ptr %".123", align 1
  %".125" = getelementptr i8, ptr %"keys.15", i64 16
  store i64 %"w12_8", ptr %".125", align 8
  %".127" = trunc i64 2048 to i16
  %".128" = getelementptr i8, ptr %"keys.15", i64 4
  store i16 %".127", ptr %".128", align 2
  %".130" = add i64 %"cursor.1", 20
  %".131" = zext i8 %"w0_1" to i64
  %".132" = and i64 %".131", 15
  %".133" = icmp eq i64 %".132", 5
  %".134" = xor i1 %".133", -1
  br i1 %".134", label %"ipv4_d0.variable", label %"ipv4_d0.no_variable", !prof !0
ipv4_d0.no_variable:
  br label %"ipv4_d0.variable.endif"
ipv4_d0.variable.endif:
  %"end" = phi  i64 [%".130", %"ipv4_d0.no_variable"], [%".142", %"ipv4_d0.variable"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.no_variable"], [%"data.15", %"ipv4_d0.variable"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.no_variable"], [%"data_end.15", %"ipv4_d0.variable"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.no_variable"], [%"keys.15", %"ipv4_d0.variable"]
  %".144" = and i16 %"w6_2", 65343
  %".145" = icmp ne i16 %".144", 0
  %".146" = and i16 %"w6_2", 65311
  %".147" = icmp eq i16 %".146", 0
  br i1 %".145", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".169" = zext i8 %"w9_1" to i64
  %".170" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".169")
  %".171" = icmp eq i64 %".170", 6
  br i1 %".171", label %"ipv4_d0.to_tcp", label %"ipv4_d0.select"
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".296", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1399", %"ipv6_d1.to_tcp"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".4475", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4591", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".5139", %"widening.test.39"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.66", %"ipv4_d1.to_tcp"], [%"data.73", %"ipv6_d1.to_tcp"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.203", %"widening.test.39"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.66", %"ipv4_d1.to_tcp"], [%"data_end.73", %"ipv6_d1.to_tcp"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.203", %"widening.test.39"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.66", %"ipv4_d1.to_tcp"], [%"keys.73", %"ipv6_d1.to_tcp"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.39"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".987" = getelementptr i8, ptr %"hdr.10", i64 4
  %".988" = icmp ugt ptr %".987", %"data_end.17"
  br i1 %".988", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".990" = getelementptr i8, ptr %"hdr.10", i64 0
  %".991" = load i32, ptr %".990", align 4
  br label %"tcp.header"
tcp.header:
  %"w0_4.1" = phi  i32 [%".991", %"tcp.linear"], [%".1010", %"tcp.copy_failed.endif"]
  %"data.57" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.56", %"tcp.copy_failed.endif"]
  %"data_end.57" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.56", %"tcp.copy_failed.endif"]
  %"keys.57" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.56", %"tcp.copy_failed.endif"]
  %".1012" = getelementptr i8, ptr %"keys.57", i64 12
  store i32 %"w0_4.1", ptr %".1012", align 4
  %".1014" = trunc i64 %"cursor.13" to i16
  %".1015" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".1014", ptr %".1015", align 2
  br label %"return"
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".403", %"vlan_d0_vlan_tags1.to_ipv6"], [%".537", %"pppoe_d0.to_ipv6"], [%".698", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1972", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2054", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4754", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.40", %"pppoe_d0.to_ipv6"], [%"data.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.168", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.40", %"pppoe_d0.to_ipv6"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.168", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.40", %"pppoe_d0.to_ipv6"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".231" = getelementptr i8, ptr %"hdr.1", i64 40
  %".232" = icmp ugt ptr %".231", %"data_end.3"
  br i1 %".232", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".234" = getelementptr i8, ptr %"hdr.1", i64 0
  %".235" = load i32, ptr %".234", align 4
  %".236" = getelementptr i8, ptr %"hdr.1", i64 6
  %".237" = load i8, ptr %".236", align 1
  %".238" = getelementptr i8, ptr %"hdr.1", i64 8
  %".239" = load i64, ptr %".238", align 8
  %".240" = getelementptr i8, ptr %"hdr.1", i64 16
  %".241" = load i64, ptr %".240", align 8
  %".242" = getelementptr i8, ptr %"hdr.1", i64 24
  %".243" = load i64, ptr %".242", align 8
  %".244" = getelementptr i8, ptr %"hdr.1", i64 32
  %".245" = load i64, ptr %".244", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".235", %"ipv6_d0.linear"], [%".264", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".237", %"ipv6_d0.linear"], [%".266", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".239", %"ipv6_d0.linear"], [%".268", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".241", %"ipv6_d0.linear"], [%".270", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".243", %"ipv6_d0.linear"], [%".272", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".245", %"ipv6_d0.linear"], [%".274", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".276" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %"w6_1", ptr %".276", align 1
  %".278" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".278", align 8
  %".280" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".280", align 8
  %".282" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".282", align 8
  %".284" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".284", align 8
  %".286" = trunc i64 34525 to i16
  %".287" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".286", ptr %".287", align 2
  %".289" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".290" = zext i32 %".289" to i64
  %".291" = and i64 %".290", 1048575
  %".292" = trunc i64 %".291" to i32
  %".293" = call i32 @"llvm.bswap.i32"(i32 %".292")
  %".294" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".293", ptr %".294", align 4
  %".296" = add i64 %"cursor.2", 40
  %".297" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".298" = zext i32 %".297" to i64
  %".299" = and i64 %".298", 1048575
  %".300" = icmp ne i64 %".299", 0
  %".301" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".301", align 4
  %".302" = and i32 %"flags.3", 2
  %".303" = icmp ne i32 %".302", 0
  %".304" = and i1 %".300", %".303"
  br i1 %".304", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".376" = getelementptr i8, ptr %"hdr.2", i64 4
  %".377" = icmp ugt ptr %".376", %"data_end.4"
  br i1 %".377", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".379" = getelementptr i8, ptr %"hdr.2", i64 2
  %".380" = load i16, ptr %".379", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".380", %"vlan_d0_vlan_tags1.linear"], [%".399", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".401" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %"w2_2", ptr %".401", align 2
  %".403" = add i64 %"cursor.3", 4
  %".404" = trunc i64 %".403" to i16
  %".405" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".404", ptr %".405", align 2
  %".407" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".408" = zext i16 %".407" to i64
  %".409" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2")
  %".410" = icmp eq i16 %".409", 8
  br i1 %".410", label %"vlan_d0_vlan_tags1.to_ipv4", label %"vlan_d0_vlan_tags1.select"
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".296", %"ipv6_d0.to_mpls"], [%".403", %"vlan_d0_vlan_tags1.to_mpls"], [%".403", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".537", %"pppoe_d0.to_mpls"], [%".537", %"pppoe_d0.to_mpls.1"], [%".698", %"hsr_d0_vlan_tags1.to_mpls"], [%".698", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".787", %"batadv_d0.stop_at_encap.endif.4"], [%".787", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1399", %"ipv6_d1.to_mpls"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1972", %"vlan_d0_vlan_tags2.to_mpls"], [%".1972", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2054", %"hsr_d0_vlan_tags2.to_mpls"], [%".2054", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".2141", %"vlan_d1_vlan_tags1.to_mpls"], [%".2141", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2234", %"pppoe_d1.to_mpls"], [%".2234", %"pppoe_d1.to_mpls.1"], [%".2308", %"hsr_d1_vlan_tags1.to_mpls"], [%".2308", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.2", %"gre_d0.to_mpls"], [%"end.2", %"gre_d0.to_mpls.1"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".3352", %"vlan_d1_vlan_tags2.to_mpls"], [%".3352", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3434", %"hsr_d1_vlan_tags2.to_mpls"], [%".3434", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3725", %"ethernet_d1.to_mpls"], [%".3725", %"ethernet_d1.to_mpls.1"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".4475", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4591", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".5040", %"widening.test.30"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.40", %"pppoe_d0.to_mpls"], [%"data.40", %"pppoe_d0.to_mpls.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data.66", %"ipv4_d1.to_mpls"], [%"data.73", %"ipv6_d1.to_mpls"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.105", %"pppoe_d1.to_mpls"], [%"data.105", %"pppoe_d1.to_mpls.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.116", %"gre_d0.to_mpls"], [%"data.116", %"gre_d0.to_mpls.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.144", %"ethernet_d1.to_mpls"], [%"data.144", %"ethernet_d1.to_mpls.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.194", %"widening.test.30"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.40", %"pppoe_d0.to_mpls"], [%"data_end.40", %"pppoe_d0.to_mpls.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.66", %"ipv4_d1.to_mpls"], [%"data_end.73", %"ipv6_d1.to_mpls"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.105", %"pppoe_d1.to_mpls"], [%"data_end.105", %"pppoe_d1.to_mpls.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.116", %"gre_d0.to_mpls"], [%"data_end.116", %"gre_d0.to_mpls.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.144", %"ethernet_d1.to_mpls"], [%"data_end.144", %"ethernet_d1.to_mpls.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.194", %"widening.test.30"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.40", %"pppoe_d0.to_mpls"], [%"keys.40", %"pppoe_d0.to_mpls.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.66", %"ipv4_d1.to_mpls"], [%"keys.73", %"ipv6_d1.to_mpls"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.105", %"pppoe_d1.to_mpls"], [%"keys.105", %"pppoe_d1.to_mpls.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.116", %"gre_d0.to_mpls"], [%"keys.116", %"gre_d0.to_mpls.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.144", %"ethernet_d1.to_mpls"], [%"keys.144", %"ethernet_d1.to_mpls.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.30"]
  %".446" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".447" = getelementptr i8, ptr %"hdr.3", i64 4
  %".448" = icmp ugt ptr %".447", %"data_end.5"
  br i1 %".448", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".450" = getelementptr i8, ptr %"hdr.3", i64 2
  %".451" = load i8, ptr %".450", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".451", %"mpls_mpls_labels1.linear"], [%".470", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %".472" = add i64 %"cursor.4", 4
  %".473" = zext i8 %"w2_1" to i64
  %".474" = and i64 %".473", 1
  %".475" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".474")
  %".476" = icmp eq i64 %".475", 0
  br i1 %".476", label %"mpls_mpls_labels1.to_mpls", label %"mpls_mpls_labels1.select"
mpls_mpls_labels1.to_mpls:
  %".483" = trunc i64 %".472" to i16
  %".484" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".483", ptr %".484", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".403", %"vlan_d0_vlan_tags1.to_pppoe"], [%".698", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1972", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2054", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4743", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.167", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.167", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".487" = getelementptr i8, ptr %"hdr.4", i64 8
  %".488" = icmp ugt ptr %".487", %"data_end.6"
  br i1 %".488", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".490" = getelementptr i8, ptr %"hdr.4", i64 0
  %".491" = load i8, ptr %".490", align 1
  %".492" = getelementptr i8, ptr %"hdr.4", i64 1
  %".493" = load i8, ptr %".492", align 1
  %".494" = getelementptr i8, ptr %"hdr.4", i64 6
  %".495" = load i16, ptr %".494", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".491", %"pppoe_d0.linear"], [%".514", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".493", %"pppoe_d0.linear"], [%".516", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".495", %"pppoe_d0.linear"], [%".518", %"pppoe_d0.copy_failed.endif"]
  %"data.40" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.39", %"pppoe_d0.copy_failed.endif"]
  %"data_end.40" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.39", %"pppoe_d0.copy_failed.endif"]
  %"keys.40" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.39", %"pppoe_d0.copy_failed.endif"]
  %".520" = zext i8 %"w0_1.1" to i64
  %".521" = lshr i64 %".520", 4
  %".522" = and i64 %".521", 15
  %".523" = icmp eq i64 %".522", 1
  %".524" = zext i8 %"w0_1.1" to i64
  %".525" = and i64 %".524", 15
  %".526" = icmp eq i64 %".525", 1
  %".527" = and i1 %".523", %".526"
  %".528" = zext i8 %"w1_1" to i64
  %".529" = icmp eq i64 %".528", 0
  %".530" = and i1 %".527", %".529"
  %".531" = xor i1 %".530", -1
  br i1 %".531", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".403", %"vlan_d0_vlan_tags1.to_arp"], [%".403", %"vlan_d0_vlan_tags1.to_arp.1"], [%".698", %"hsr_d0_vlan_tags1.to_arp"], [%".698", %"hsr_d0_vlan_tags1.to_arp.1"], [%".787", %"batadv_d0.stop_at_encap.endif.7"], [%".787", %"batadv_d0.stop_at_encap.endif.8"], [%".1972", %"vlan_d0_vlan_tags2.to_arp"], [%".1972", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2054", %"hsr_d0_vlan_tags2.to_arp"], [%".2054", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2141", %"vlan_d1_vlan_tags1.to_arp"], [%".2141", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2308", %"hsr_d1_vlan_tags1.to_arp"], [%".2308", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.2", %"gre_d0.to_arp"], [%"end.2", %"gre_d0.to_arp.1"], [%".3352", %"vlan_d1_vlan_tags2.to_arp"], [%".3352", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3434", %"hsr_d1_vlan_tags2.to_arp"], [%".3434", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3725", %"ethernet_d1.to_arp"], [%".3725", %"ethernet_d1.to_arp.1"], [%".4941", %"widening.test.21"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.116", %"gre_d0.to_arp"], [%"data.116", %"gre_d0.to_arp.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.144", %"ethernet_d1.to_arp"], [%"data.144", %"ethernet_d1.to_arp.1"], [%"data.185", %"widening.test.21"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.116", %"gre_d0.to_arp"], [%"data_end.116", %"gre_d0.to_arp.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.144", %"ethernet_d1.to_arp"], [%"data_end.144", %"ethernet_d1.to_arp.1"], [%"data_end.185", %"widening.test.21"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.116", %"gre_d0.to_arp"], [%"keys.116", %"gre_d0.to_arp.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.144", %"ethernet_d1.to_arp"], [%"keys.144", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.21"]
  %".584" = add i64 %"cursor.6", 0
  %".585" = trunc i64 %".584" to i16
  %".586" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".585", ptr %".586", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".403", %"vlan_d0_vlan_tags1.to_ptp"], [%".698", %"hsr_d0_vlan_tags1.to_ptp"], [%".787", %"batadv_d0.stop_at_encap.endif.9"], [%".1972", %"vlan_d0_vlan_tags2.to_ptp"], [%".2054", %"hsr_d0_vlan_tags2.to_ptp"], [%".2141", %"vlan_d1_vlan_tags1.to_ptp"], [%".2308", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.2", %"gre_d0.to_ptp"], [%".3352", %"vlan_d1_vlan_tags2.to_ptp"], [%".3434", %"hsr_d1_vlan_tags2.to_ptp"], [%".3725", %"ethernet_d1.to_ptp"], [%".4930", %"widening.test.20"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.116", %"gre_d0.to_ptp"], [%"data.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.144", %"ethernet_d1.to_ptp"], [%"data.184", %"widening.test.20"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.116", %"gre_d0.to_ptp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.144", %"ethernet_d1.to_ptp"], [%"data_end.184", %"widening.test.20"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.116", %"gre_d0.to_ptp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.144", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.20"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".589" = getelementptr i8, ptr %"hdr.5", i64 34
  %".590" = icmp ugt ptr %".589", %"data_end.8"
  br i1 %".590", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.43" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.42", %"ptp.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.42", %"ptp.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.42", %"ptp.copy_failed.endif"]
  %".610" = add i64 %"cursor.7", 34
  %".611" = trunc i64 %".610" to i16
  %".612" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".611", ptr %".612", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".403", %"vlan_d0_vlan_tags1.to_cfm"], [%".698", %"hsr_d0_vlan_tags1.to_cfm"], [%".787", %"batadv_d0.stop_at_encap.endif.10"], [%".1972", %"vlan_d0_vlan_tags2.to_cfm"], [%".2054", %"hsr_d0_vlan_tags2.to_cfm"], [%".2141", %"vlan_d1_vlan_tags1.to_cfm"], [%".2308", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.2", %"gre_d0.to_cfm"], [%".3352", %"vlan_d1_vlan_tags2.to_cfm"], [%".3434", %"hsr_d1_vlan_tags2.to_cfm"], [%".3725", %"ethernet_d1.to_cfm"], [%".4919", %"widening.test.19"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.116", %"gre_d0.to_cfm"], [%"data.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.144", %"ethernet_d1.to_cfm"], [%"data.183", %"widening.test.19"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.116", %"gre_d0.to_cfm"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.144", %"ethernet_d1.to_cfm"], [%"data_end.183", %"widening.test.19"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.116", %"gre_d0.to_cfm"], [%"keys.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.144", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.19"]
  %".615" = add i64 %"cursor.8", 0
  %".616" = trunc i64 %".615" to i16
  %".617" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".616", ptr %".617", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".403", %"vlan_d0_vlan_tags1.to_tipc"], [%".698", %"hsr_d0_vlan_tags1.to_tipc"], [%".787", %"batadv_d0.stop_at_encap.endif.11"], [%".1972", %"vlan_d0_vlan_tags2.to_tipc"], [%".2054", %"hsr_d0_vlan_tags2.to_tipc"], [%".2141", %"vlan_d1_vlan_tags1.to_tipc"], [%".2308", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.2", %"gre_d0.to_tipc"], [%".3352", %"vlan_d1_vlan_tags2.to_tipc"], [%".3434", %"hsr_d1_vlan_tags2.to_tipc"], [%".3725", %"ethernet_d1.to_tipc"], [%".4908", %"widening.test.18"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.116", %"gre_d0.to_tipc"], [%"data.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.144", %"ethernet_d1.to_tipc"], [%"data.182", %"widening.test.18"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.116", %"gre_d0.to_tipc"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.144", %"ethernet_d1.to_tipc"], [%"data_end.182", %"widening.test.18"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.116", %"gre_d0.to_tipc"], [%"keys.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.144", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.18"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".620" = getelementptr i8, ptr %"hdr.6", i64 16
  %".621" = icmp ugt ptr %".620", %"data_end.10"
  br i1 %".621", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.45" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.44", %"tipc.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.44", %"tipc.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.44", %"tipc.copy_failed.endif"]
  %".641" = trunc i64 %"cursor.9" to i16
  %".642" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".641", ptr %".642", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".403", %"vlan_d0_vlan_tags1.to_fcoe"], [%".698", %"hsr_d0_vlan_tags1.to_fcoe"], [%".787", %"batadv_d0.stop_at_encap.endif.12"], [%".1972", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2054", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2141", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2308", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.2", %"gre_d0.to_fcoe"], [%".3352", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3434", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3725", %"ethernet_d1.to_fcoe"], [%".4897", %"widening.test.17"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.116", %"gre_d0.to_fcoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.144", %"ethernet_d1.to_fcoe"], [%"data.181", %"widening.test.17"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.116", %"gre_d0.to_fcoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.144", %"ethernet_d1.to_fcoe"], [%"data_end.181", %"widening.test.17"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.116", %"gre_d0.to_fcoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.144", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.17"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".645" = getelementptr i8, ptr %"hdr.7", i64 38
  %".646" = icmp ugt ptr %".645", %"data_end.11"
  br i1 %".646", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.47" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.46", %"fcoe.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.46", %"fcoe.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.46", %"fcoe.copy_failed.endif"]
  %".666" = add i64 %"cursor.10", 38
  %".667" = trunc i64 %".666" to i16
  %".668" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".667", ptr %".668", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".671" = getelementptr i8, ptr %"hdr.8", i64 6
  %".672" = icmp ugt ptr %".671", %"data_end.12"
  br i1 %".672", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".674" = getelementptr i8, ptr %"hdr.8", i64 4
  %".675" = load i16, ptr %".674", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".675", %"hsr_d0_vlan_tags1.linear"], [%".694", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".696" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %"w4_2", ptr %".696", align 2
  %".698" = add i64 %"cursor.11", 6
  %".699" = trunc i64 %".698" to i16
  %".700" = getelementptr i8, ptr %"keys.49", i64 0
  store i16 %".699", ptr %".700", align 2
  %".702" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".703" = zext i16 %".702" to i64
  %".704" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2")
  %".705" = icmp eq i16 %".704", 8
  br i1 %".705", label %"hsr_d0_vlan_tags1.to_ipv4", label %"hsr_d0_vlan_tags1.select"
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".403", %"vlan_d0_vlan_tags1.to_batadv"], [%".698", %"hsr_d0_vlan_tags1.to_batadv"], [%".1972", %"vlan_d0_vlan_tags2.to_batadv"], [%".2054", %"hsr_d0_vlan_tags2.to_batadv"], [%".4732", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.166", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.166", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".741" = getelementptr i8, ptr %"hdr.9", i64 24
  %".742" = icmp ugt ptr %".741", %"data_end.13"
  br i1 %".742", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".744" = getelementptr i8, ptr %"hdr.9", i64 0
  %".745" = load i8, ptr %".744", align 1
  %".746" = getelementptr i8, ptr %"hdr.9", i64 1
  %".747" = load i8, ptr %".746", align 1
  %".748" = getelementptr i8, ptr %"hdr.9", i64 22
  %".749" = load i16, ptr %".748", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".745", %"batadv_d0.linear"], [%".768", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".747", %"batadv_d0.linear"], [%".770", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".749", %"batadv_d0.linear"], [%".772", %"batadv_d0.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.50", %"batadv_d0.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.50", %"batadv_d0.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.50", %"batadv_d0.copy_failed.endif"]
  %".774" = zext i8 %"w1_1.1" to i64
  %".775" = icmp eq i64 %".774", 15
  %".776" = zext i8 %"w0_1.2" to i64
  %".777" = icmp eq i64 %".776", 64
  %".778" = and i1 %".775", %".777"
  %".779" = xor i1 %".778", -1
  br i1 %".779", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
ipv4_d0.not_lowest:
  %".113" = zext i8 %"w0_1" to i64
  %".114" = and i64 %".113", 15
  %".115" = icmp uge i64 %".114", 5
  %".116" = xor i1 %".115", -1
  br i1 %".116", label %"ipv4_d0.require", label %"ipv4_d0.require.endif"
ipv4_d0.require:
  %".118" = trunc i64 %"cursor.1" to i16
  %".119" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".118", ptr %".119", align 2
  br label %"return"
ipv4_d0.require.endif:
  br label %"ipv4_d0.not_lowest.endif"
ipv4_d0.variable:
  %".137" = zext i8 %"w0_1" to i64
  %".138" = and i64 %".137", 15
  %".139" = mul i64 %".138", 4
  %".140" = sub i64 %".139", 20
  %".141" = add i64 %".140", 20
  %".142" = add i64 %"cursor.1", %".141"
  br label %"ipv4_d0.variable.endif"
ipv4_d0.fragment:
  %".149" = getelementptr i8, ptr %"keys.16", i64 6
  store i8 1, ptr %".149", align 1
  br i1 %".147", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.first_fragment:
  %".152" = getelementptr i8, ptr %"keys.16", i64 7
  store i8 1, ptr %".152", align 1
  %".154" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags" = load volatile i32, ptr %".154", align 4
  %".155" = and i32 %"flags", 1
  %".156" = icmp ne i32 %".155", 0
  %".157" = xor i1 %".156", -1
  br i1 %".157", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".164" = trunc i64 %"end" to i16
  %".165" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".164", ptr %".165", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".159" = trunc i64 %"end" to i16
  %".160" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".159", ptr %".160", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".187" = trunc i64 %"end" to i16
  %".188" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".187", ptr %".188", align 2
  br label %"return"
ipv4_d0.to_udp:
  br label %"udp"
ipv4_d0.to_icmp:
  br label %"icmp"
ipv4_d0.to_ipv4:
  %".194" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".194", align 1
  %".196" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.1" = load volatile i32, ptr %".196", align 4
  %".197" = and i32 %"flags.1", 4
  %".198" = icmp ne i32 %".197", 0
  br i1 %".198", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif", !prof !0
ipv4_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv4_d0.to_gre_version:
  br label %"gre_version_d0"
ipv4_d0.to_ipv6:
  %".206" = trunc i64 34525 to i16
  %".207" = call i16 @"llvm.bswap.i16"(i16 %".206")
  %".208" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".207", ptr %".208", align 2
  %".210" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".210", align 1
  %".212" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".212", align 4
  %".213" = and i32 %"flags.2", 4
  %".214" = icmp ne i32 %".213", 0
  br i1 %".214", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1", !prof !0
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
  %".226" = trunc i64 34887 to i16
  %".227" = call i16 @"llvm.bswap.i16"(i16 %".226")
  %".228" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".227", ptr %".228", align 2
  br label %"mpls_mpls_labels1"
ipv4_d0.select:
  %".173" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".169")
  %".174" = icmp eq i64 %".173", 17
  br i1 %".174", label %"ipv4_d0.to_udp", label %"ipv4_d0.select.1"
ipv4_d0.select.1:
  %".176" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".169")
  %".177" = icmp eq i64 %".176", 1
  br i1 %".177", label %"ipv4_d0.to_icmp", label %"ipv4_d0.select.2"
ipv4_d0.select.2:
  %".179" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".169")
  %".180" = icmp eq i64 %".179", 4
  br i1 %".180", label %"ipv4_d0.to_ipv4", label %"ipv4_d0.select.3"
ipv4_d0.select.3:
  %".182" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".169")
  %".183" = icmp eq i64 %".182", 47
  br i1 %".183", label %"ipv4_d0.to_gre_version", label %"ipv4_d0.select.4"
ipv4_d0.select.4:
  %".185" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".169")
  switch i64 %".185", label %"ipv4_d0.unknown" [i64 41, label %"ipv4_d0.to_ipv6" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 132, label %"ipv4_d0.to_sctp" i64 136, label %"ipv4_d0.to_udplite" i64 33, label %"ipv4_d0.to_dccp" i64 137, label %"ipv4_d0.to_mpls"]
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".296", %"ipv6_d0.to_udp"], [%"end.1", %"ipv4_d1.to_udp"], [%".1399", %"ipv6_d1.to_udp"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".4475", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4591", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".5128", %"widening.test.38"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.66", %"ipv4_d1.to_udp"], [%"data.73", %"ipv6_d1.to_udp"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.202", %"widening.test.38"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.66", %"ipv4_d1.to_udp"], [%"data_end.73", %"ipv6_d1.to_udp"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.202", %"widening.test.38"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.66", %"ipv4_d1.to_udp"], [%"keys.73", %"ipv6_d1.to_udp"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.38"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".1018" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1019" = icmp ugt ptr %".1018", %"data_end.18"
  br i1 %".1019", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".1021" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1022" = load i32, ptr %".1021", align 4
  br label %"udp.header"
udp.header:
  %"w0_4.2" = phi  i32 [%".1022", %"udp.linear"], [%".1041", %"udp.copy_failed.endif"]
  %"data.59" = phi  ptr [%"data.18", %"udp.linear"], [%"data.58", %"udp.copy_failed.endif"]
  %"data_end.59" = phi  ptr [%"data_end.18", %"udp.linear"], [%"data_end.58", %"udp.copy_failed.endif"]
  %"keys.59" = phi  ptr [%"keys.18", %"udp.linear"], [%"keys.58", %"udp.copy_failed.endif"]
  %".1043" = getelementptr i8, ptr %"keys.59", i64 12
  store i32 %"w0_4.2", ptr %".1043", align 4
  %".1045" = add i64 %"cursor.14", 4
  %".1046" = add i64 4, 4
  %".1047" = getelementptr i8, ptr %"data.59", i64 %"cursor.14"
  %".1048" = getelementptr i8, ptr %".1047", i64 %".1046"
  %".1049" = icmp ugt ptr %".1048", %"data_end.59"
  br i1 %".1049", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.61" = phi  ptr [%"data.59", %"udp.header"], [%"data.60", %"udp.copy_last_byte_failed.endif"]
  %"data_end.61" = phi  ptr [%"data_end.59", %"udp.header"], [%"data_end.60", %"udp.copy_last_byte_failed.endif"]
  %"keys.61" = phi  ptr [%"keys.59", %"udp.header"], [%"keys.60", %"udp.copy_last_byte_failed.endif"]
  %".1070" = add i64 %"cursor.14", %".1046"
  %".1071" = trunc i64 %"cursor.14" to i16
  %".1072" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1071", ptr %".1072", align 2
  br label %"return"
icmp:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".5117", %"widening.test.37"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.66", %"ipv4_d1.to_icmp"], [%"data.201", %"widening.test.37"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.66", %"ipv4_d1.to_icmp"], [%"data_end.201", %"widening.test.37"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.66", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.37"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".1075" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1076" = icmp ugt ptr %".1075", %"data_end.19"
  br i1 %".1076", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.63" = phi  ptr [%"data.19", %"icmp.linear"], [%"data.62", %"icmp.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.19", %"icmp.linear"], [%"data_end.62", %"icmp.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.19", %"icmp.linear"], [%"keys.62", %"icmp.copy_failed.endif"]
  %".1096" = add i64 %"cursor.15", 4
  %".1097" = trunc i64 %"cursor.15" to i16
  %".1098" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1097", ptr %".1098", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".200" = trunc i64 %"end" to i16
  %".201" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".200", ptr %".201", align 2
  br label %"return"
ipv4_d1:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".296", %"ipv6_d0.stop_at_encap.endif.1"], [%".787", %"batadv_d0.stop_at_encap.endif"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".2141", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2234", %"pppoe_d1.to_ipv4"], [%".2308", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.2", %"gre_d0.to_ipv4"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3352", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3434", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3725", %"ethernet_d1.to_ipv4"], [%".3790", %"ppp_d0.stop_at_encap.endif"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5029", %"widening.test.29"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.105", %"pppoe_d1.to_ipv4"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.116", %"gre_d0.to_ipv4"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.144", %"ethernet_d1.to_ipv4"], [%"data.146", %"ppp_d0.stop_at_encap.endif"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.193", %"widening.test.29"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.105", %"pppoe_d1.to_ipv4"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.116", %"gre_d0.to_ipv4"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.144", %"ethernet_d1.to_ipv4"], [%"data_end.146", %"ppp_d0.stop_at_encap.endif"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.193", %"widening.test.29"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.105", %"pppoe_d1.to_ipv4"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.116", %"gre_d0.to_ipv4"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.144", %"ethernet_d1.to_ipv4"], [%"keys.146", %"ppp_d0.stop_at_encap.endif"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.29"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1101" = getelementptr i8, ptr %"hdr.13", i64 20
  %".1102" = icmp ugt ptr %".1101", %"data_end.20"
  br i1 %".1102", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1104" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1105" = load i8, ptr %".1104", align 1
  %".1106" = getelementptr i8, ptr %"hdr.13", i64 6
  %".1107" = load i16, ptr %".1106", align 2
  %".1108" = getelementptr i8, ptr %"hdr.13", i64 9
  %".1109" = load i8, ptr %".1108", align 1
  %".1110" = getelementptr i8, ptr %"hdr.13", i64 12
  %".1111" = load i64, ptr %".1110", align 8
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.3" = phi  i8 [%".1105", %"ipv4_d1.linear"], [%".1130", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1107", %"ipv4_d1.linear"], [%".1132", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1109", %"ipv4_d1.linear"], [%".1134", %"ipv4_d1.copy_failed.endif"]
  %"w12_8.1" = phi  i64 [%".1111", %"ipv4_d1.linear"], [%".1143", %"ipv4_d1.copy_failed.endif"]
  %"data.65" = phi  ptr [%"data.20", %"ipv4_d1.linear"], [%"data.64", %"ipv4_d1.copy_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.20", %"ipv4_d1.linear"], [%"data_end.64", %"ipv4_d1.copy_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.20", %"ipv4_d1.linear"], [%"keys.64", %"ipv4_d1.copy_failed.endif"]
  %".1145" = zext i8 %"w0_1.3" to i64
  %".1146" = and i64 %".1145", 15
  %".1147" = icmp eq i64 %".1146", 5
  %".1148" = xor i1 %".1147", -1
  br i1 %".1148", label %"ipv4_d1.not_lowest", label %"ipv4_d1.not_lowest.endif", !prof !0
ipv4_d1.not_lowest.endif:
  %".1160" = getelementptr i8, ptr %"keys.65", i64 9
  store i8 %"w9_1.1", ptr %".1160", align 1
  %".1162" = getelementptr i8, ptr %"keys.65", i64 16
  store i64 %"w12_8.1", ptr %".1162", align 8
  %".1164" = trunc i64 2048 to i16
  %".1165" = getelementptr i8, ptr %"keys.65", i64 4
  store i16 %".1164", ptr %".1165", align 2
  %".1167" = add i64 %"cursor.16", 20
  %".1168" = zext i8 %"w0_1.3" to i64
  %".1169" = and i64 %".1168", 15
  %".1170" = icmp eq i64 %".1169", 5
  %".1171" = xor i1 %".1170", -1
  br i1 %".1171", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1167", %"ipv4_d1.no_variable"], [%".1179", %"ipv4_d1.variable"]
  %"data.66" = phi  ptr [%"data.65", %"ipv4_d1.no_variable"], [%"data.65", %"ipv4_d1.variable"]
  %"data_end.66" = phi  ptr [%"data_end.65", %"ipv4_d1.no_variable"], [%"data_end.65", %"ipv4_d1.variable"]
  %"keys.66" = phi  ptr [%"keys.65", %"ipv4_d1.no_variable"], [%"keys.65", %"ipv4_d1.variable"]
  %".1181" = and i16 %"w6_2.2", 65343
  %".1182" = icmp ne i16 %".1181", 0
  %".1183" = and i16 %"w6_2.2", 65311
  %".1184" = icmp eq i16 %".1183", 0
  br i1 %".1182", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1206" = zext i8 %"w9_1.1" to i64
  %".1207" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1206")
  %".1208" = icmp eq i64 %".1207", 6
  br i1 %".1208", label %"ipv4_d1.to_tcp", label %"ipv4_d1.select"
ipv4_d1.to_tcp:
  br label %"tcp"
gre_version_d0:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".296", %"ipv6_d0.to_gre_version"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4820", %"widening.test.10"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.174", %"widening.test.10"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.174", %"widening.test.10"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.10"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1274" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1275" = icmp ugt ptr %".1274", %"data_end.21"
  br i1 %".1275", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1277" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1278" = load i8, ptr %".1277", align 1
  %".1279" = getelementptr i8, ptr %"hdr.14", i64 1
  %".1280" = load i8, ptr %".1279", align 1
  %".1281" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1282" = load i16, ptr %".1281", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.4" = phi  i8 [%".1278", %"gre_version_d0.linear"], [%".1301", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1280", %"gre_version_d0.linear"], [%".1303", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1282", %"gre_version_d0.linear"], [%".1305", %"gre_version_d0.copy_failed.endif"]
  %"data.69" = phi  ptr [%"data.21", %"gre_version_d0.linear"], [%"data.68", %"gre_version_d0.copy_failed.endif"]
  %"data_end.69" = phi  ptr [%"data_end.21", %"gre_version_d0.linear"], [%"data_end.68", %"gre_version_d0.copy_failed.endif"]
  %"keys.69" = phi  ptr [%"keys.21", %"gre_version_d0.linear"], [%"keys.68", %"gre_version_d0.copy_failed.endif"]
  %".1307" = zext i8 %"w0_1.4" to i64
  %".1308" = lshr i64 %".1307", 6
  %".1309" = and i64 %".1308", 1
  %".1310" = icmp ne i64 %".1309", 0
  %".1311" = zext i8 %"w1_1.2" to i64
  %".1312" = and i64 %".1311", 7
  %".1313" = icmp ugt i64 %".1312", 1
  %".1314" = or i1 %".1310", %".1313"
  br i1 %".1314", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1320" = getelementptr i8, ptr %"keys.69", i64 10
  store i16 %"w2_2.1", ptr %".1320", align 2
  %".1322" = zext i8 %"w1_1.2" to i64
  %".1323" = and i64 %".1322", 7
  %".1324" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1323")
  %".1325" = icmp eq i64 %".1324", 0
  br i1 %".1325", label %"gre_version_d0.to_gre", label %"gre_version_d0.select"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.35" = phi  i64 [%"cursor.17", %"gre_version_d0.to_gre"]
  %"data.70" = phi  ptr [%"data.69", %"gre_version_d0.to_gre"]
  %"data_end.70" = phi  ptr [%"data_end.69", %"gre_version_d0.to_gre"]
  %"keys.70" = phi  ptr [%"keys.69", %"gre_version_d0.to_gre"]
  %".2705" = add i64 %"cursor.35", 4
  %".2706" = and i8 %"w0_1.4", 176
  %".2707" = icmp eq i8 %".2706", 0
  %".2708" = xor i1 %".2707", -1
  br i1 %".2708", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.2" = phi  i64 [%".2705", %"gre_d0.no_variable"], [%".2747", %"gre_d0.variable_part"]
  %"data.116" = phi  ptr [%"data.70", %"gre_d0.no_variable"], [%"data.115", %"gre_d0.variable_part"]
  %"data_end.116" = phi  ptr [%"data_end.70", %"gre_d0.no_variable"], [%"data_end.115", %"gre_d0.variable_part"]
  %"keys.116" = phi  ptr [%"keys.70", %"gre_d0.no_variable"], [%"keys.115", %"gre_d0.variable_part"]
  %".2749" = getelementptr i8, ptr %"keys.116", i64 8
  store i8 1, ptr %".2749", align 1
  %".2751" = getelementptr i8, ptr %"keys.116", i64 48
  %"flags.49" = load volatile i32, ptr %".2751", align 4
  %".2752" = and i32 %"flags.49", 4
  %".2753" = icmp ne i32 %".2752", 0
  br i1 %".2753", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif", !prof !0
gre_d0.stop_at_encap.endif:
  %".2759" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".2760" = zext i16 %".2759" to i64
  %".2761" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.1")
  %".2762" = icmp eq i16 %".2761", 8
  br i1 %".2762", label %"gre_d0.to_ipv4", label %"gre_d0.select"
gre_d0.to_ipv4:
  br label %"ipv4_d1"
ipv4_d0.stop_at_encap.1:
  %".216" = trunc i64 %"end" to i16
  %".217" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".216", ptr %".217", align 2
  br label %"return"
ipv6_d1:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".296", %"ipv6_d0.stop_at_encap.endif"], [%".787", %"batadv_d0.stop_at_encap.endif.1"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".2141", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2234", %"pppoe_d1.to_ipv6"], [%".2308", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.2", %"gre_d0.to_ipv6"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3352", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3434", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3725", %"ethernet_d1.to_ipv6"], [%".3790", %"ppp_d0.stop_at_encap.endif.1"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".4963", %"widening.test.23"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.105", %"pppoe_d1.to_ipv6"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.116", %"gre_d0.to_ipv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.144", %"ethernet_d1.to_ipv6"], [%"data.146", %"ppp_d0.stop_at_encap.endif.1"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.187", %"widening.test.23"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.105", %"pppoe_d1.to_ipv6"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.116", %"gre_d0.to_ipv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.144", %"ethernet_d1.to_ipv6"], [%"data_end.146", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.187", %"widening.test.23"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.105", %"pppoe_d1.to_ipv6"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.116", %"gre_d0.to_ipv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.144", %"ethernet_d1.to_ipv6"], [%"keys.146", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.23"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1334" = getelementptr i8, ptr %"hdr.15", i64 40
  %".1335" = icmp ugt ptr %".1334", %"data_end.22"
  br i1 %".1335", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1337" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1338" = load i32, ptr %".1337", align 4
  %".1339" = getelementptr i8, ptr %"hdr.15", i64 6
  %".1340" = load i8, ptr %".1339", align 1
  %".1341" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1342" = load i64, ptr %".1341", align 8
  %".1343" = getelementptr i8, ptr %"hdr.15", i64 16
  %".1344" = load i64, ptr %".1343", align 8
  %".1345" = getelementptr i8, ptr %"hdr.15", i64 24
  %".1346" = load i64, ptr %".1345", align 8
  %".1347" = getelementptr i8, ptr %"hdr.15", i64 32
  %".1348" = load i64, ptr %".1347", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.3" = phi  i32 [%".1338", %"ipv6_d1.linear"], [%".1367", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1340", %"ipv6_d1.linear"], [%".1369", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1342", %"ipv6_d1.linear"], [%".1371", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1344", %"ipv6_d1.linear"], [%".1373", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1346", %"ipv6_d1.linear"], [%".1375", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1348", %"ipv6_d1.linear"], [%".1377", %"ipv6_d1.copy_failed.endif"]
  %"data.73" = phi  ptr [%"data.22", %"ipv6_d1.linear"], [%"data.72", %"ipv6_d1.copy_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.22", %"ipv6_d1.linear"], [%"data_end.72", %"ipv6_d1.copy_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.22", %"ipv6_d1.linear"], [%"keys.72", %"ipv6_d1.copy_failed.endif"]
  %".1379" = getelementptr i8, ptr %"keys.73", i64 9
  store i8 %"w6_1.1", ptr %".1379", align 1
  %".1381" = getelementptr i8, ptr %"keys.73", i64 16
  store i64 %"w8_8.1", ptr %".1381", align 8
  %".1383" = getelementptr i8, ptr %"keys.73", i64 24
  store i64 %"w16_8.1", ptr %".1383", align 8
  %".1385" = getelementptr i8, ptr %"keys.73", i64 32
  store i64 %"w24_8.1", ptr %".1385", align 8
  %".1387" = getelementptr i8, ptr %"keys.73", i64 40
  store i64 %"w32_8.1", ptr %".1387", align 8
  %".1389" = trunc i64 34525 to i16
  %".1390" = getelementptr i8, ptr %"keys.73", i64 4
  store i16 %".1389", ptr %".1390", align 2
  %".1392" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.3")
  %".1393" = zext i32 %".1392" to i64
  %".1394" = and i64 %".1393", 1048575
  %".1395" = trunc i64 %".1394" to i32
  %".1396" = call i32 @"llvm.bswap.i32"(i32 %".1395")
  %".1397" = getelementptr i8, ptr %"keys.73", i64 52
  store i32 %".1396", ptr %".1397", align 4
  %".1399" = add i64 %"cursor.18", 40
  %".1400" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.3")
  %".1401" = zext i32 %".1400" to i64
  %".1402" = and i64 %".1401", 1048575
  %".1403" = icmp ne i64 %".1402", 0
  %".1404" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.25" = load volatile i32, ptr %".1404", align 4
  %".1405" = and i32 %"flags.25", 2
  %".1406" = icmp ne i32 %".1405", 0
  %".1407" = and i1 %".1403", %".1406"
  br i1 %".1407", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".296", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1399", %"ipv6_d1.to_esp"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".4475", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4591", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".5095", %"widening.test.35"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.66", %"ipv4_d1.to_esp"], [%"data.73", %"ipv6_d1.to_esp"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.199", %"widening.test.35"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.66", %"ipv4_d1.to_esp"], [%"data_end.73", %"ipv6_d1.to_esp"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.199", %"widening.test.35"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.66", %"ipv4_d1.to_esp"], [%"keys.73", %"ipv6_d1.to_esp"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.35"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1485" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1486" = icmp ugt ptr %".1485", %"data_end.23"
  br i1 %".1486", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1488" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1489" = load i32, ptr %".1488", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.4" = phi  i32 [%".1489", %"esp.linear"], [%".1508", %"esp.copy_failed.endif"]
  %"data.77" = phi  ptr [%"data.23", %"esp.linear"], [%"data.76", %"esp.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.76", %"esp.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.76", %"esp.copy_failed.endif"]
  %".1510" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.4")
  %".1511" = zext i32 %".1510" to i64
  %".1512" = lshr i64 %".1511", 16
  %".1513" = trunc i64 %".1512" to i16
  %".1514" = call i16 @"llvm.bswap.i16"(i16 %".1513")
  %".1515" = getelementptr i8, ptr %"keys.77", i64 12
  store i16 %".1514", ptr %".1515", align 2
  %".1517" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.4")
  %".1518" = zext i32 %".1517" to i64
  %".1519" = and i64 %".1518", 65535
  %".1520" = trunc i64 %".1519" to i16
  %".1521" = call i16 @"llvm.bswap.i16"(i16 %".1520")
  %".1522" = getelementptr i8, ptr %"keys.77", i64 14
  store i16 %".1521", ptr %".1522", align 2
  %".1524" = add i64 %"cursor.19", 4
  %".1525" = trunc i64 %"cursor.19" to i16
  %".1526" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1525", ptr %".1526", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".296", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1399", %"ipv6_d1.to_ah"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".4475", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4591", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".5084", %"widening.test.34"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.66", %"ipv4_d1.to_ah"], [%"data.73", %"ipv6_d1.to_ah"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.198", %"widening.test.34"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.66", %"ipv4_d1.to_ah"], [%"data_end.73", %"ipv6_d1.to_ah"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.198", %"widening.test.34"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.66", %"ipv4_d1.to_ah"], [%"keys.73", %"ipv6_d1.to_ah"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.34"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1529" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1530" = icmp ugt ptr %".1529", %"data_end.24"
  br i1 %".1530", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1532" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1533" = load i32, ptr %".1532", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1533", %"ah.linear"], [%".1552", %"ah.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.24", %"ah.linear"], [%"data.78", %"ah.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.78", %"ah.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.78", %"ah.copy_failed.endif"]
  %".1554" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1555" = zext i32 %".1554" to i64
  %".1556" = lshr i64 %".1555", 16
  %".1557" = trunc i64 %".1556" to i16
  %".1558" = call i16 @"llvm.bswap.i16"(i16 %".1557")
  %".1559" = getelementptr i8, ptr %"keys.79", i64 12
  store i16 %".1558", ptr %".1559", align 2
  %".1561" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1562" = zext i32 %".1561" to i64
  %".1563" = and i64 %".1562", 65535
  %".1564" = trunc i64 %".1563" to i16
  %".1565" = call i16 @"llvm.bswap.i16"(i16 %".1564")
  %".1566" = getelementptr i8, ptr %"keys.79", i64 14
  store i16 %".1565", ptr %".1566", align 2
  %".1568" = add i64 %"cursor.20", 8
  %".1569" = trunc i64 %"cursor.20" to i16
  %".1570" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1569", ptr %".1570", align 2
  br label %"return"
sctp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".296", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1399", %"ipv6_d1.to_sctp"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".4475", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4591", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".5073", %"widening.test.33"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.66", %"ipv4_d1.to_sctp"], [%"data.73", %"ipv6_d1.to_sctp"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.197", %"widening.test.33"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.66", %"ipv4_d1.to_sctp"], [%"data_end.73", %"ipv6_d1.to_sctp"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.197", %"widening.test.33"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.66", %"ipv4_d1.to_sctp"], [%"keys.73", %"ipv6_d1.to_sctp"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.33"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1573" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1574" = icmp ugt ptr %".1573", %"data_end.25"
  br i1 %".1574", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1576" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1577" = load i32, ptr %".1576", align 4
  br label %"sctp.header"
sctp.header:
  %"w0_4.5" = phi  i32 [%".1577", %"sctp.linear"], [%".1596", %"sctp.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.25", %"sctp.linear"], [%"data.80", %"sctp.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.25", %"sctp.linear"], [%"data_end.80", %"sctp.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.25", %"sctp.linear"], [%"keys.80", %"sctp.copy_failed.endif"]
  %".1598" = getelementptr i8, ptr %"keys.81", i64 12
  store i32 %"w0_4.5", ptr %".1598", align 4
  %".1600" = add i64 %"cursor.21", 4
  %".1601" = trunc i64 %"cursor.21" to i16
  %".1602" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1601", ptr %".1602", align 2
  br label %"return"
udplite:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".296", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1399", %"ipv6_d1.to_udplite"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".4475", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4591", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".5062", %"widening.test.32"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.66", %"ipv4_d1.to_udplite"], [%"data.73", %"ipv6_d1.to_udplite"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.196", %"widening.test.32"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.66", %"ipv4_d1.to_udplite"], [%"data_end.73", %"ipv6_d1.to_udplite"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.196", %"widening.test.32"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.66", %"ipv4_d1.to_udplite"], [%"keys.73", %"ipv6_d1.to_udplite"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.32"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1605" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1606" = icmp ugt ptr %".1605", %"data_end.26"
  br i1 %".1606", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1608" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1609" = load i32, ptr %".1608", align 4
  br label %"udplite.header"
udplite.header:
  %"w0_4.6" = phi  i32 [%".1609", %"udplite.linear"], [%".1628", %"udplite.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.26", %"udplite.linear"], [%"data.82", %"udplite.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.26", %"udplite.linear"], [%"data_end.82", %"udplite.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.26", %"udplite.linear"], [%"keys.82", %"udplite.copy_failed.endif"]
  %".1630" = getelementptr i8, ptr %"keys.83", i64 12
  store i32 %"w0_4.6", ptr %".1630", align 4
  %".1632" = add i64 %"cursor.22", 4
  %".1633" = add i64 4, 4
  %".1634" = getelementptr i8, ptr %"data.83", i64 %"cursor.22"
  %".1635" = getelementptr i8, ptr %".1634", i64 %".1633"
  %".1636" = icmp ugt ptr %".1635", %"data_end.83"
  br i1 %".1636", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.85" = phi  ptr [%"data.83", %"udplite.header"], [%"data.84", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"udplite.header"], [%"data_end.84", %"udplite.copy_last_byte_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.83", %"udplite.header"], [%"keys.84", %"udplite.copy_last_byte_failed.endif"]
  %".1657" = add i64 %"cursor.22", %".1633"
  %".1658" = trunc i64 %"cursor.22" to i16
  %".1659" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1658", ptr %".1659", align 2
  br label %"return"
dccp:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".296", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1399", %"ipv6_d1.to_dccp"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".4475", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4591", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".5051", %"widening.test.31"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.66", %"ipv4_d1.to_dccp"], [%"data.73", %"ipv6_d1.to_dccp"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.195", %"widening.test.31"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.66", %"ipv4_d1.to_dccp"], [%"data_end.73", %"ipv6_d1.to_dccp"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.195", %"widening.test.31"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.66", %"ipv4_d1.to_dccp"], [%"keys.73", %"ipv6_d1.to_dccp"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.31"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1662" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1663" = icmp ugt ptr %".1662", %"data_end.27"
  br i1 %".1663", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1665" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1666" = load i32, ptr %".1665", align 4
  br label %"dccp.header"
dccp.header:
  %"w0_4.7" = phi  i32 [%".1666", %"dccp.linear"], [%".1685", %"dccp.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.27", %"dccp.linear"], [%"data.86", %"dccp.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.27", %"dccp.linear"], [%"data_end.86", %"dccp.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.27", %"dccp.linear"], [%"keys.86", %"dccp.copy_failed.endif"]
  %".1687" = getelementptr i8, ptr %"keys.87", i64 12
  store i32 %"w0_4.7", ptr %".1687", align 4
  %".1689" = add i64 %"cursor.23", 4
  %".1690" = trunc i64 %"cursor.23" to i16
  %".1691" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1690", ptr %".1691", align 2
  br label %"return"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".247" = trunc i64 %"cursor.2" to i32
  %".248" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".247", [40 x i8]* %"header_copy", i32 40)
  %".249" = icmp eq i64 %".248", 0
  %".250" = getelementptr i8, ptr %"ctx.2", i64 76
  %".251" = load i32, ptr %".250", align 4
  %".252" = zext i32 %".251" to i64
  %"data.28" = inttoptr i64 %".252" to ptr
  %".253" = getelementptr i8, ptr %"ctx.2", i64 80
  %".254" = load i32, ptr %".253", align 4
  %".255" = zext i32 %".254" to i64
  %"data_end.28" = inttoptr i64 %".255" to ptr
  %".256" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".256", align 8
  %".257" = xor i1 %".249", -1
  br i1 %".257", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".259" = trunc i64 %"cursor.2" to i16
  %".260" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".259", ptr %".260", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".263" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".264" = load volatile i32, [40 x i8]* %".263", align 4
  %".265" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".266" = load volatile i8, [40 x i8]* %".265", align 1
  %".267" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".268" = load volatile i64, [40 x i8]* %".267", align 8
  %".269" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".270" = load volatile i64, [40 x i8]* %".269", align 8
  %".271" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".272" = load volatile i64, [40 x i8]* %".271", align 8
  %".273" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".274" = load volatile i64, [40 x i8]* %".273", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".306" = trunc i64 %".296" to i16
  %".307" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".306", ptr %".307", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".310" = zext i8 %"w6_1" to i64
  %".311" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".310")
  %".312" = icmp eq i64 %".311", 6
  br i1 %".312", label %"ipv6_d0.to_tcp", label %"ipv6_d0.select"
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".328" = trunc i64 %".296" to i16
  %".329" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".328", ptr %".329", align 2
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
  %".339" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".339", align 1
  %".341" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".341", align 4
  %".342" = and i32 %"flags.4", 4
  %".343" = icmp ne i32 %".342", 0
  br i1 %".343", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif", !prof !0
ipv6_d0.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_d0.to_ipv4:
  %".350" = trunc i64 2048 to i16
  %".351" = call i16 @"llvm.bswap.i16"(i16 %".350")
  %".352" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".351", ptr %".352", align 2
  %".354" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".354", align 1
  %".356" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".356", align 4
  %".357" = and i32 %"flags.5", 4
  %".358" = icmp ne i32 %".357", 0
  br i1 %".358", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1", !prof !0
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
  %".371" = trunc i64 34887 to i16
  %".372" = call i16 @"llvm.bswap.i16"(i16 %".371")
  %".373" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".372", ptr %".373", align 2
  br label %"mpls_mpls_labels1"
ipv6_d0.select:
  %".314" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".310")
  %".315" = icmp eq i64 %".314", 17
  br i1 %".315", label %"ipv6_d0.to_udp", label %"ipv6_d0.select.1"
ipv6_d0.select.1:
  %".317" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".310")
  %".318" = icmp eq i64 %".317", 58
  br i1 %".318", label %"ipv6_d0.to_icmpv6", label %"ipv6_d0.select.2"
ipv6_d0.select.2:
  %".320" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".310")
  %".321" = icmp eq i64 %".320", 0
  br i1 %".321", label %"ipv6_d0.to_ipv6_opts", label %"ipv6_d0.select.3"
ipv6_d0.select.3:
  %".323" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".310")
  %".324" = icmp eq i64 %".323", 60
  br i1 %".324", label %"ipv6_d0.to_ipv6_opts.1", label %"ipv6_d0.select.4"
ipv6_d0.select.4:
  %".326" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".310")
  switch i64 %".326", label %"ipv6_d0.unknown" [i64 43, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 41, label %"ipv6_d0.to_ipv6" i64 4, label %"ipv6_d0.to_ipv4" i64 47, label %"ipv6_d0.to_gre_version" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 132, label %"ipv6_d0.to_sctp" i64 136, label %"ipv6_d0.to_udplite" i64 33, label %"ipv6_d0.to_dccp" i64 137, label %"ipv6_d0.to_mpls"]
icmpv6:
  %"cursor.24" = phi  i64 [%".296", %"ipv6_d0.to_icmpv6"], [%".1399", %"ipv6_d1.to_icmpv6"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".4125", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".4235", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".4475", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4591", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".5018", %"widening.test.28"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.73", %"ipv6_d1.to_icmpv6"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.192", %"widening.test.28"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.73", %"ipv6_d1.to_icmpv6"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.192", %"widening.test.28"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.73", %"ipv6_d1.to_icmpv6"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.28"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1694" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1695" = icmp ugt ptr %".1694", %"data_end.30"
  br i1 %".1695", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.89" = phi  ptr [%"data.30", %"icmpv6.linear"], [%"data.88", %"icmpv6.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.30", %"icmpv6.linear"], [%"data_end.88", %"icmpv6.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.30", %"icmpv6.linear"], [%"keys.88", %"icmpv6.copy_failed.endif"]
  %".1715" = add i64 %"cursor.24", 4
  %".1716" = trunc i64 %"cursor.24" to i16
  %".1717" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1716", ptr %".1717", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".296", %"ipv6_d0.to_ipv6_opts"], [%".296", %"ipv6_d0.to_ipv6_opts.1"], [%".296", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1720" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1721" = icmp ugt ptr %".1720", %"data_end.31"
  br i1 %".1721", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1723" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1724" = load i8, ptr %".1723", align 1
  %".1725" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1726" = load i8, ptr %".1725", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1724", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1745", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1726", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1747", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.90", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.90", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.90", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1749" = getelementptr i8, ptr %"keys.91", i64 9
  store i8 %"w0_1.5", ptr %".1749", align 1
  %".1751" = add i64 %"cursor.25", 2
  %".1752" = zext i8 %"w1_1.3" to i64
  %".1753" = mul i64 %".1752", 8
  %".1754" = add i64 %".1753", 6
  %".1755" = add i64 %".1754", 2
  %".1756" = add i64 %"cursor.25", %".1755"
  %".1757" = zext i8 %"w0_1.5" to i64
  %".1758" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1757")
  %".1759" = icmp eq i64 %".1758", 6
  br i1 %".1759", label %"ipv6_opts_d0_ipv6_ext1.to_tcp", label %"ipv6_opts_d0_ipv6_ext1.select"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.26" = phi  i64 [%".296", %"ipv6_d0.to_ipv6_frag"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1823" = getelementptr i8, ptr %"hdr.23", i64 8
  %".1824" = icmp ugt ptr %".1823", %"data_end.32"
  br i1 %".1824", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1826" = getelementptr i8, ptr %"hdr.23", i64 0
  %".1827" = load i8, ptr %".1826", align 1
  %".1828" = getelementptr i8, ptr %"hdr.23", i64 2
  %".1829" = load i16, ptr %".1828", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1827", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1848", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1829", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1850", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.94", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.94", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.94", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1852" = getelementptr i8, ptr %"keys.95", i64 9
  store i8 %"w0_1.6", ptr %".1852", align 1
  %".1854" = add i64 %"cursor.26", 8
  %".1855" = icmp ne i64 1, 0
  %".1856" = and i16 %"w2_2.2", 63743
  %".1857" = icmp eq i16 %".1856", 0
  br i1 %".1855", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1879" = zext i8 %"w0_1.6" to i64
  %".1880" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1879")
  %".1881" = icmp eq i64 %".1880", 6
  br i1 %".1881", label %"ipv6_frag_d0_ipv6_ext1.to_tcp", label %"ipv6_frag_d0_ipv6_ext1.select"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d0.stop_at_encap:
  %".345" = trunc i64 %".296" to i16
  %".346" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".345", ptr %".346", align 2
  br label %"return"
ipv6_d0.stop_at_encap.1:
  %".360" = trunc i64 %".296" to i16
  %".361" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".360", ptr %".361", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".382" = trunc i64 %"cursor.3" to i32
  %".383" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".382", [40 x i8]* %"header_copy", i32 4)
  %".384" = icmp eq i64 %".383", 0
  %".385" = getelementptr i8, ptr %"ctx.3", i64 76
  %".386" = load i32, ptr %".385", align 4
  %".387" = zext i32 %".386" to i64
  %"data.33" = inttoptr i64 %".387" to ptr
  %".388" = getelementptr i8, ptr %"ctx.3", i64 80
  %".389" = load i32, ptr %".388", align 4
  %".390" = zext i32 %".389" to i64
  %"data_end.33" = inttoptr i64 %".390" to ptr
  %".391" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".391", align 8
  %".392" = xor i1 %".384", -1
  br i1 %".392", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".394" = trunc i64 %"cursor.3" to i16
  %".395" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".394", ptr %".395", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".398" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".399" = load volatile i16, [40 x i8]* %".398", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".426" = trunc i64 %".403" to i16
  %".427" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".426", ptr %".427", align 2
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
  %".412" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2")
  %".413" = icmp eq i16 %".412", 56710
  br i1 %".413", label %"vlan_d0_vlan_tags1.to_ipv6", label %"vlan_d0_vlan_tags1.select.1"
vlan_d0_vlan_tags1.select.1:
  %".415" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2")
  %".416" = icmp eq i16 %".415", 129
  br i1 %".416", label %"vlan_d0_vlan_tags1.to_vlan", label %"vlan_d0_vlan_tags1.select.2"
vlan_d0_vlan_tags1.select.2:
  %".418" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2")
  %".419" = icmp eq i16 %".418", 43144
  br i1 %".419", label %"vlan_d0_vlan_tags1.to_vlan.1", label %"vlan_d0_vlan_tags1.select.3"
vlan_d0_vlan_tags1.select.3:
  %".421" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2")
  %".422" = icmp eq i16 %".421", 18312
  br i1 %".422", label %"vlan_d0_vlan_tags1.to_mpls", label %"vlan_d0_vlan_tags1.select.4"
vlan_d0_vlan_tags1.select.4:
  %".424" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2")
  switch i16 %".424", label %"vlan_d0_vlan_tags1.unknown" [i16 18568, label %"vlan_d0_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags1.to_arp" i16 13696, label %"vlan_d0_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags1.to_ptp" i16 649, label %"vlan_d0_vlan_tags1.to_cfm" i16 51848, label %"vlan_d0_vlan_tags1.to_tipc" i16 1673, label %"vlan_d0_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags1.to_hsr" i16 64392, label %"vlan_d0_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags1.to_batadv"]
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".403", %"vlan_d0_vlan_tags1.to_vlan"], [%".403", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".698", %"hsr_d0_vlan_tags1.to_vlan"], [%".698", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4721", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.165", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.165", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".1945" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1946" = icmp ugt ptr %".1945", %"data_end.35"
  br i1 %".1946", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1948" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1949" = load i16, ptr %".1948", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.3" = phi  i16 [%".1949", %"vlan_d0_vlan_tags2.linear"], [%".1968", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1970" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %"w2_2.3", ptr %".1970", align 2
  %".1972" = add i64 %"cursor.27", 4
  %".1973" = trunc i64 %".1972" to i16
  %".1974" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".1973", ptr %".1974", align 2
  %".1976" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1977" = zext i16 %".1976" to i64
  %".1978" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.3")
  %".1979" = icmp eq i16 %".1978", 8
  br i1 %".1979", label %"vlan_d0_vlan_tags2.to_ipv4", label %"vlan_d0_vlan_tags2.select"
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".403", %"vlan_d0_vlan_tags1.to_hsr"], [%".403", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".698", %"hsr_d0_vlan_tags1.to_hsr"], [%".698", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4710", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.164", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.164", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".2027" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2028" = icmp ugt ptr %".2027", %"data_end.36"
  br i1 %".2028", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2030" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2031" = load i16, ptr %".2030", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2031", %"hsr_d0_vlan_tags2.linear"], [%".2050", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2052" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %"w4_2.1", ptr %".2052", align 2
  %".2054" = add i64 %"cursor.28", 6
  %".2055" = trunc i64 %".2054" to i16
  %".2056" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".2055", ptr %".2056", align 2
  %".2058" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2059" = zext i16 %".2058" to i64
  %".2060" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.1")
  %".2061" = icmp eq i16 %".2060", 8
  br i1 %".2061", label %"hsr_d0_vlan_tags2.to_ipv4", label %"hsr_d0_vlan_tags2.select"
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".453" = trunc i64 %"cursor.4" to i32
  %".454" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".453", [40 x i8]* %"header_copy", i32 4)
  %".455" = icmp eq i64 %".454", 0
  %".456" = getelementptr i8, ptr %"ctx.4", i64 76
  %".457" = load i32, ptr %".456", align 4
  %".458" = zext i32 %".457" to i64
  %"data.37" = inttoptr i64 %".458" to ptr
  %".459" = getelementptr i8, ptr %"ctx.4", i64 80
  %".460" = load i32, ptr %".459", align 4
  %".461" = zext i32 %".460" to i64
  %"data_end.37" = inttoptr i64 %".461" to ptr
  %".462" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".462", align 8
  %".463" = xor i1 %".455", -1
  br i1 %".463", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".465" = trunc i64 %".446" to i16
  %".466" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".465", ptr %".466", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".469" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".470" = load volatile i8, [40 x i8]* %".469", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".479" = trunc i64 %".472" to i16
  %".480" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".479", ptr %".480", align 2
  br label %"return"
mpls_mpls_labels1.select:
  br label %"mpls_mpls_labels1.unknown"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".497" = trunc i64 %"cursor.5" to i32
  %".498" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".497", [40 x i8]* %"header_copy", i32 8)
  %".499" = icmp eq i64 %".498", 0
  %".500" = getelementptr i8, ptr %"ctx.5", i64 76
  %".501" = load i32, ptr %".500", align 4
  %".502" = zext i32 %".501" to i64
  %"data.39" = inttoptr i64 %".502" to ptr
  %".503" = getelementptr i8, ptr %"ctx.5", i64 80
  %".504" = load i32, ptr %".503", align 4
  %".505" = zext i32 %".504" to i64
  %"data_end.39" = inttoptr i64 %".505" to ptr
  %".506" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.39" = load ptr, ptr %".506", align 8
  %".507" = xor i1 %".499", -1
  br i1 %".507", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".509" = trunc i64 %"cursor.5" to i16
  %".510" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".509", ptr %".510", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".513" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".514" = load volatile i8, [40 x i8]* %".513", align 1
  %".515" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".516" = load volatile i8, [40 x i8]* %".515", align 1
  %".517" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".518" = load volatile i16, [40 x i8]* %".517", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".533" = trunc i64 %"cursor.5" to i16
  %".534" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".533", ptr %".534", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".537" = add i64 %"cursor.5", 8
  %".538" = trunc i64 %".537" to i16
  %".539" = getelementptr i8, ptr %"keys.40", i64 0
  store i16 %".538", ptr %".539", align 2
  %".541" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".542" = zext i16 %".541" to i64
  %".543" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w6_2.1")
  %".544" = icmp eq i16 %".543", 8448
  br i1 %".544", label %"pppoe_d0.to_ipv4", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".563" = trunc i64 2048 to i16
  %".564" = call i16 @"llvm.bswap.i16"(i16 %".563")
  %".565" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".564", ptr %".565", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".556" = and i64 %".542", 257
  %".557" = icmp eq i64 %".556", 1
  br i1 %".557", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select.4"
pppoe_d0.to_ipv6:
  %".568" = trunc i64 34525 to i16
  %".569" = call i16 @"llvm.bswap.i16"(i16 %".568")
  %".570" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".569", ptr %".570", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".573" = trunc i64 34887 to i16
  %".574" = call i16 @"llvm.bswap.i16"(i16 %".573")
  %".575" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".574", ptr %".575", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".578" = trunc i64 34888 to i16
  %".579" = call i16 @"llvm.bswap.i16"(i16 %".578")
  %".580" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".579", ptr %".580", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".546" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w6_2.1")
  %".547" = icmp eq i16 %".546", 22272
  br i1 %".547", label %"pppoe_d0.to_ipv6", label %"pppoe_d0.select.1"
pppoe_d0.select.1:
  %".549" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w6_2.1")
  %".550" = icmp eq i16 %".549", 33026
  br i1 %".550", label %"pppoe_d0.to_mpls", label %"pppoe_d0.select.2"
pppoe_d0.select.2:
  %".552" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w6_2.1")
  %".553" = icmp eq i16 %".552", 33538
  br i1 %".553", label %"pppoe_d0.to_mpls.1", label %"pppoe_d0.select.3"
pppoe_d0.select.3:
  br label %"pppoe_d0.unknown"
pppoe_d0.select.4:
  %".559" = trunc i64 %".537" to i16
  %".560" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".559", ptr %".560", align 2
  br label %"return"
ppp_other:
  %"cursor.29" = phi  i64 [%".537", %"pppoe_d0.to_ppp_other"], [%".2234", %"pppoe_d1.to_ppp_other"]
  %"data.41" = phi  ptr [%"data.40", %"pppoe_d0.to_ppp_other"], [%"data.105", %"pppoe_d1.to_ppp_other"]
  %"data_end.41" = phi  ptr [%"data_end.40", %"pppoe_d0.to_ppp_other"], [%"data_end.105", %"pppoe_d1.to_ppp_other"]
  %"keys.41" = phi  ptr [%"keys.40", %"pppoe_d0.to_ppp_other"], [%"keys.105", %"pppoe_d1.to_ppp_other"]
  %".2109" = add i64 %"cursor.29", 0
  %".2110" = trunc i64 %".2109" to i16
  %".2111" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".2110", ptr %".2111", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".593" = trunc i64 %"cursor.7" to i32
  %".594" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".593", [40 x i8]* %"header_copy", i32 34)
  %".595" = icmp eq i64 %".594", 0
  %".596" = getelementptr i8, ptr %"ctx.6", i64 76
  %".597" = load i32, ptr %".596", align 4
  %".598" = zext i32 %".597" to i64
  %"data.42" = inttoptr i64 %".598" to ptr
  %".599" = getelementptr i8, ptr %"ctx.6", i64 80
  %".600" = load i32, ptr %".599", align 4
  %".601" = zext i32 %".600" to i64
  %"data_end.42" = inttoptr i64 %".601" to ptr
  %".602" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.42" = load ptr, ptr %".602", align 8
  %".603" = xor i1 %".595", -1
  br i1 %".603", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".605" = trunc i64 %"cursor.7" to i16
  %".606" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".605", ptr %".606", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".624" = trunc i64 %"cursor.9" to i32
  %".625" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".624", [40 x i8]* %"header_copy", i32 16)
  %".626" = icmp eq i64 %".625", 0
  %".627" = getelementptr i8, ptr %"ctx.7", i64 76
  %".628" = load i32, ptr %".627", align 4
  %".629" = zext i32 %".628" to i64
  %"data.44" = inttoptr i64 %".629" to ptr
  %".630" = getelementptr i8, ptr %"ctx.7", i64 80
  %".631" = load i32, ptr %".630", align 4
  %".632" = zext i32 %".631" to i64
  %"data_end.44" = inttoptr i64 %".632" to ptr
  %".633" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.44" = load ptr, ptr %".633", align 8
  %".634" = xor i1 %".626", -1
  br i1 %".634", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".636" = trunc i64 %"cursor.9" to i16
  %".637" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".636", ptr %".637", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".649" = trunc i64 %"cursor.10" to i32
  %".650" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".649", [40 x i8]* %"header_copy", i32 38)
  %".651" = icmp eq i64 %".650", 0
  %".652" = getelementptr i8, ptr %"ctx.8", i64 76
  %".653" = load i32, ptr %".652", align 4
  %".654" = zext i32 %".653" to i64
  %"data.46" = inttoptr i64 %".654" to ptr
  %".655" = getelementptr i8, ptr %"ctx.8", i64 80
  %".656" = load i32, ptr %".655", align 4
  %".657" = zext i32 %".656" to i64
  %"data_end.46" = inttoptr i64 %".657" to ptr
  %".658" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.46" = load ptr, ptr %".658", align 8
  %".659" = xor i1 %".651", -1
  br i1 %".659", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".661" = trunc i64 %"cursor.10" to i16
  %".662" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".661", ptr %".662", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".677" = trunc i64 %"cursor.11" to i32
  %".678" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".677", [40 x i8]* %"header_copy", i32 6)
  %".679" = icmp eq i64 %".678", 0
  %".680" = getelementptr i8, ptr %"ctx.9", i64 76
  %".681" = load i32, ptr %".680", align 4
  %".682" = zext i32 %".681" to i64
  %"data.48" = inttoptr i64 %".682" to ptr
  %".683" = getelementptr i8, ptr %"ctx.9", i64 80
  %".684" = load i32, ptr %".683", align 4
  %".685" = zext i32 %".684" to i64
  %"data_end.48" = inttoptr i64 %".685" to ptr
  %".686" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.48" = load ptr, ptr %".686", align 8
  %".687" = xor i1 %".679", -1
  br i1 %".687", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".689" = trunc i64 %"cursor.11" to i16
  %".690" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".689", ptr %".690", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".693" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".694" = load volatile i16, [40 x i8]* %".693", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".721" = trunc i64 %".698" to i16
  %".722" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".721", ptr %".722", align 2
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
  %".707" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2")
  %".708" = icmp eq i16 %".707", 56710
  br i1 %".708", label %"hsr_d0_vlan_tags1.to_ipv6", label %"hsr_d0_vlan_tags1.select.1"
hsr_d0_vlan_tags1.select.1:
  %".710" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2")
  %".711" = icmp eq i16 %".710", 129
  br i1 %".711", label %"hsr_d0_vlan_tags1.to_vlan", label %"hsr_d0_vlan_tags1.select.2"
hsr_d0_vlan_tags1.select.2:
  %".713" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2")
  %".714" = icmp eq i16 %".713", 43144
  br i1 %".714", label %"hsr_d0_vlan_tags1.to_vlan.1", label %"hsr_d0_vlan_tags1.select.3"
hsr_d0_vlan_tags1.select.3:
  %".716" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2")
  %".717" = icmp eq i16 %".716", 18312
  br i1 %".717", label %"hsr_d0_vlan_tags1.to_mpls", label %"hsr_d0_vlan_tags1.select.4"
hsr_d0_vlan_tags1.select.4:
  %".719" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2")
  switch i16 %".719", label %"hsr_d0_vlan_tags1.unknown" [i16 18568, label %"hsr_d0_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags1.to_arp" i16 13696, label %"hsr_d0_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags1.to_ptp" i16 649, label %"hsr_d0_vlan_tags1.to_cfm" i16 51848, label %"hsr_d0_vlan_tags1.to_tipc" i16 1673, label %"hsr_d0_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags1.to_hsr" i16 64392, label %"hsr_d0_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags1.to_batadv"]
batadv_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".751" = trunc i64 %"cursor.12" to i32
  %".752" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".751", [40 x i8]* %"header_copy", i32 24)
  %".753" = icmp eq i64 %".752", 0
  %".754" = getelementptr i8, ptr %"ctx.10", i64 76
  %".755" = load i32, ptr %".754", align 4
  %".756" = zext i32 %".755" to i64
  %"data.50" = inttoptr i64 %".756" to ptr
  %".757" = getelementptr i8, ptr %"ctx.10", i64 80
  %".758" = load i32, ptr %".757", align 4
  %".759" = zext i32 %".758" to i64
  %"data_end.50" = inttoptr i64 %".759" to ptr
  %".760" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.50" = load ptr, ptr %".760", align 8
  %".761" = xor i1 %".753", -1
  br i1 %".761", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".763" = trunc i64 %"cursor.12" to i16
  %".764" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".763", ptr %".764", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".767" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".768" = load volatile i8, [40 x i8]* %".767", align 1
  %".769" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".770" = load volatile i8, [40 x i8]* %".769", align 1
  %".771" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".772" = load volatile i16, [40 x i8]* %".771", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".781" = trunc i64 %"cursor.12" to i16
  %".782" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".781", ptr %".782", align 2
  br label %"return"
batadv_d0.require.endif:
  %".785" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %"w22_2", ptr %".785", align 2
  %".787" = add i64 %"cursor.12", 24
  %".788" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".789" = zext i16 %".788" to i64
  %".790" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w22_2")
  %".791" = icmp eq i16 %".790", 8
  br i1 %".791", label %"batadv_d0.to_ipv4", label %"batadv_d0.select"
batadv_d0.to_ipv4:
  %".811" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".811", align 1
  %".813" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.6" = load volatile i32, ptr %".813", align 4
  %".814" = and i32 %"flags.6", 4
  %".815" = icmp ne i32 %".814", 0
  br i1 %".815", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif", !prof !0
batadv_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
batadv_d0.unknown:
  %".807" = trunc i64 %".787" to i16
  %".808" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".807", ptr %".808", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".822" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".822", align 1
  %".824" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.7" = load volatile i32, ptr %".824", align 4
  %".825" = and i32 %"flags.7", 4
  %".826" = icmp ne i32 %".825", 0
  br i1 %".826", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1", !prof !0
batadv_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
batadv_d0.to_vlan:
  %".833" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".833", align 1
  %".835" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.8" = load volatile i32, ptr %".835", align 4
  %".836" = and i32 %"flags.8", 4
  %".837" = icmp ne i32 %".836", 0
  br i1 %".837", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2", !prof !0
batadv_d0.stop_at_encap.endif.2:
  br label %"vlan_d1_vlan_tags1"
batadv_d0.to_vlan.1:
  %".844" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".844", align 1
  %".846" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.9" = load volatile i32, ptr %".846", align 4
  %".847" = and i32 %"flags.9", 4
  %".848" = icmp ne i32 %".847", 0
  br i1 %".848", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3", !prof !0
batadv_d0.stop_at_encap.endif.3:
  br label %"vlan_d1_vlan_tags1"
batadv_d0.to_mpls:
  %".855" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".855", align 1
  %".857" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.10" = load volatile i32, ptr %".857", align 4
  %".858" = and i32 %"flags.10", 4
  %".859" = icmp ne i32 %".858", 0
  br i1 %".859", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4", !prof !0
batadv_d0.stop_at_encap.endif.4:
  br label %"mpls_mpls_labels1"
batadv_d0.to_mpls.1:
  %".866" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".866", align 1
  %".868" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.11" = load volatile i32, ptr %".868", align 4
  %".869" = and i32 %"flags.11", 4
  %".870" = icmp ne i32 %".869", 0
  br i1 %".870", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5", !prof !0
batadv_d0.stop_at_encap.endif.5:
  br label %"mpls_mpls_labels1"
batadv_d0.to_pppoe:
  %".877" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".877", align 1
  %".879" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.12" = load volatile i32, ptr %".879", align 4
  %".880" = and i32 %"flags.12", 4
  %".881" = icmp ne i32 %".880", 0
  br i1 %".881", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6", !prof !0
batadv_d0.stop_at_encap.endif.6:
  br label %"pppoe_d1"
batadv_d0.to_arp:
  %".888" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".888", align 1
  %".890" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.13" = load volatile i32, ptr %".890", align 4
  %".891" = and i32 %"flags.13", 4
  %".892" = icmp ne i32 %".891", 0
  br i1 %".892", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7", !prof !0
batadv_d0.stop_at_encap.endif.7:
  br label %"arp"
batadv_d0.to_arp.1:
  %".899" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".899", align 1
  %".901" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.14" = load volatile i32, ptr %".901", align 4
  %".902" = and i32 %"flags.14", 4
  %".903" = icmp ne i32 %".902", 0
  br i1 %".903", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8", !prof !0
batadv_d0.stop_at_encap.endif.8:
  br label %"arp"
batadv_d0.to_ptp:
  %".910" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".910", align 1
  %".912" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.15" = load volatile i32, ptr %".912", align 4
  %".913" = and i32 %"flags.15", 4
  %".914" = icmp ne i32 %".913", 0
  br i1 %".914", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9", !prof !0
batadv_d0.stop_at_encap.endif.9:
  br label %"ptp"
batadv_d0.to_cfm:
  %".921" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".921", align 1
  %".923" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.16" = load volatile i32, ptr %".923", align 4
  %".924" = and i32 %"flags.16", 4
  %".925" = icmp ne i32 %".924", 0
  br i1 %".925", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10", !prof !0
batadv_d0.stop_at_encap.endif.10:
  br label %"cfm"
batadv_d0.to_tipc:
  %".932" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".932", align 1
  %".934" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.17" = load volatile i32, ptr %".934", align 4
  %".935" = and i32 %"flags.17", 4
  %".936" = icmp ne i32 %".935", 0
  br i1 %".936", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11", !prof !0
batadv_d0.stop_at_encap.endif.11:
  br label %"tipc"
batadv_d0.to_fcoe:
  %".943" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".943", align 1
  %".945" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.18" = load volatile i32, ptr %".945", align 4
  %".946" = and i32 %"flags.18", 4
  %".947" = icmp ne i32 %".946", 0
  br i1 %".947", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12", !prof !0
batadv_d0.stop_at_encap.endif.12:
  br label %"fcoe"
batadv_d0.to_hsr:
  %".954" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".954", align 1
  %".956" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.19" = load volatile i32, ptr %".956", align 4
  %".957" = and i32 %"flags.19", 4
  %".958" = icmp ne i32 %".957", 0
  br i1 %".958", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13", !prof !0
batadv_d0.stop_at_encap.endif.13:
  br label %"hsr_d1_vlan_tags1"
batadv_d0.to_hsr.1:
  %".965" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".965", align 1
  %".967" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.20" = load volatile i32, ptr %".967", align 4
  %".968" = and i32 %"flags.20", 4
  %".969" = icmp ne i32 %".968", 0
  br i1 %".969", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14", !prof !0
batadv_d0.stop_at_encap.endif.14:
  br label %"hsr_d1_vlan_tags1"
batadv_d0.to_batadv:
  %".976" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".976", align 1
  %".978" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.21" = load volatile i32, ptr %".978", align 4
  %".979" = and i32 %"flags.21", 4
  %".980" = icmp ne i32 %".979", 0
  br i1 %".980", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15", !prof !0
batadv_d0.stop_at_encap.endif.15:
  br label %"batadv_d1"
batadv_d0.select:
  %".793" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w22_2")
  %".794" = icmp eq i16 %".793", 56710
  br i1 %".794", label %"batadv_d0.to_ipv6", label %"batadv_d0.select.1"
batadv_d0.select.1:
  %".796" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w22_2")
  %".797" = icmp eq i16 %".796", 129
  br i1 %".797", label %"batadv_d0.to_vlan", label %"batadv_d0.select.2"
batadv_d0.select.2:
  %".799" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w22_2")
  %".800" = icmp eq i16 %".799", 43144
  br i1 %".800", label %"batadv_d0.to_vlan.1", label %"batadv_d0.select.3"
batadv_d0.select.3:
  %".802" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w22_2")
  %".803" = icmp eq i16 %".802", 18312
  br i1 %".803", label %"batadv_d0.to_mpls", label %"batadv_d0.select.4"
batadv_d0.select.4:
  %".805" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w22_2")
  switch i16 %".805", label %"batadv_d0.unknown" [i16 18568, label %"batadv_d0.to_mpls.1" i16 25736, label %"batadv_d0.to_pppoe" i16 1544, label %"batadv_d0.to_arp" i16 13696, label %"batadv_d0.to_arp.1" i16 63368, label %"batadv_d0.to_ptp" i16 649, label %"batadv_d0.to_cfm" i16 51848, label %"batadv_d0.to_tipc" i16 1673, label %"batadv_d0.to_fcoe" i16 12169, label %"batadv_d0.to_hsr" i16 64392, label %"batadv_d0.to_hsr.1" i16 1347, label %"batadv_d0.to_batadv"]
batadv_d0.stop_at_encap:
  %".817" = trunc i64 %".787" to i16
  %".818" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".817", ptr %".818", align 2
  br label %"return"
batadv_d0.stop_at_encap.1:
  %".828" = trunc i64 %".787" to i16
  %".829" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".828", ptr %".829", align 2
  br label %"return"
batadv_d0.stop_at_encap.2:
  %".839" = trunc i64 %".787" to i16
  %".840" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".839", ptr %".840", align 2
  br label %"return"
vlan_d1_vlan_tags1:
  %"cursor.30" = phi  i64 [%".787", %"batadv_d0.stop_at_encap.endif.2"], [%".787", %"batadv_d0.stop_at_encap.endif.3"], [%"end.2", %"gre_d0.to_vlan"], [%"end.2", %"gre_d0.to_vlan.1"], [%".3725", %"ethernet_d1.to_vlan"], [%".3725", %"ethernet_d1.to_vlan.1"], [%".4853", %"widening.test.13"]
  %"data.52" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data.116", %"gre_d0.to_vlan"], [%"data.116", %"gre_d0.to_vlan.1"], [%"data.144", %"ethernet_d1.to_vlan"], [%"data.144", %"ethernet_d1.to_vlan.1"], [%"data.177", %"widening.test.13"]
  %"data_end.52" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.116", %"gre_d0.to_vlan"], [%"data_end.116", %"gre_d0.to_vlan.1"], [%"data_end.144", %"ethernet_d1.to_vlan"], [%"data_end.144", %"ethernet_d1.to_vlan.1"], [%"data_end.177", %"widening.test.13"]
  %"keys.52" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.116", %"gre_d0.to_vlan"], [%"keys.116", %"gre_d0.to_vlan.1"], [%"keys.144", %"ethernet_d1.to_vlan"], [%"keys.144", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.13"]
  %"hdr.26" = getelementptr i8, ptr %"data.52", i64 %"cursor.30"
  %".2114" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2115" = icmp ugt ptr %".2114", %"data_end.52"
  br i1 %".2115", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2117" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2118" = load i16, ptr %".2117", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.4" = phi  i16 [%".2118", %"vlan_d1_vlan_tags1.linear"], [%".2137", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.52", %"vlan_d1_vlan_tags1.linear"], [%"data.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.52", %"vlan_d1_vlan_tags1.linear"], [%"data_end.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.52", %"vlan_d1_vlan_tags1.linear"], [%"keys.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2139" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %"w2_2.4", ptr %".2139", align 2
  %".2141" = add i64 %"cursor.30", 4
  %".2142" = trunc i64 %".2141" to i16
  %".2143" = getelementptr i8, ptr %"keys.101", i64 0
  store i16 %".2142", ptr %".2143", align 2
  %".2145" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2146" = zext i16 %".2145" to i64
  %".2147" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.4")
  %".2148" = icmp eq i16 %".2147", 8
  br i1 %".2148", label %"vlan_d1_vlan_tags1.to_ipv4", label %"vlan_d1_vlan_tags1.select"
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".850" = trunc i64 %".787" to i16
  %".851" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".850", ptr %".851", align 2
  br label %"return"
batadv_d0.stop_at_encap.4:
  %".861" = trunc i64 %".787" to i16
  %".862" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".861", ptr %".862", align 2
  br label %"return"
batadv_d0.stop_at_encap.5:
  %".872" = trunc i64 %".787" to i16
  %".873" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".872", ptr %".873", align 2
  br label %"return"
batadv_d0.stop_at_encap.6:
  %".883" = trunc i64 %".787" to i16
  %".884" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".883", ptr %".884", align 2
  br label %"return"
pppoe_d1:
  %"cursor.31" = phi  i64 [%".787", %"batadv_d0.stop_at_encap.endif.6"], [%".2141", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2308", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.2", %"gre_d0.to_pppoe"], [%".3352", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3434", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3725", %"ethernet_d1.to_pppoe"], [%".4952", %"widening.test.22"]
  %"data.53" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.116", %"gre_d0.to_pppoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.144", %"ethernet_d1.to_pppoe"], [%"data.186", %"widening.test.22"]
  %"data_end.53" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.116", %"gre_d0.to_pppoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.144", %"ethernet_d1.to_pppoe"], [%"data_end.186", %"widening.test.22"]
  %"keys.53" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.116", %"gre_d0.to_pppoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.144", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.22"]
  %"hdr.27" = getelementptr i8, ptr %"data.53", i64 %"cursor.31"
  %".2184" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2185" = icmp ugt ptr %".2184", %"data_end.53"
  br i1 %".2185", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2187" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2188" = load i8, ptr %".2187", align 1
  %".2189" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2190" = load i8, ptr %".2189", align 1
  %".2191" = getelementptr i8, ptr %"hdr.27", i64 6
  %".2192" = load i16, ptr %".2191", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2188", %"pppoe_d1.linear"], [%".2211", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2190", %"pppoe_d1.linear"], [%".2213", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2192", %"pppoe_d1.linear"], [%".2215", %"pppoe_d1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.53", %"pppoe_d1.linear"], [%"data.104", %"pppoe_d1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.53", %"pppoe_d1.linear"], [%"data_end.104", %"pppoe_d1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.53", %"pppoe_d1.linear"], [%"keys.104", %"pppoe_d1.copy_failed.endif"]
  %".2217" = zext i8 %"w0_1.7" to i64
  %".2218" = lshr i64 %".2217", 4
  %".2219" = and i64 %".2218", 15
  %".2220" = icmp eq i64 %".2219", 1
  %".2221" = zext i8 %"w0_1.7" to i64
  %".2222" = and i64 %".2221", 15
  %".2223" = icmp eq i64 %".2222", 1
  %".2224" = and i1 %".2220", %".2223"
  %".2225" = zext i8 %"w1_1.4" to i64
  %".2226" = icmp eq i64 %".2225", 0
  %".2227" = and i1 %".2224", %".2226"
  %".2228" = xor i1 %".2227", -1
  br i1 %".2228", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".894" = trunc i64 %".787" to i16
  %".895" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".894", ptr %".895", align 2
  br label %"return"
batadv_d0.stop_at_encap.8:
  %".905" = trunc i64 %".787" to i16
  %".906" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".905", ptr %".906", align 2
  br label %"return"
batadv_d0.stop_at_encap.9:
  %".916" = trunc i64 %".787" to i16
  %".917" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".916", ptr %".917", align 2
  br label %"return"
batadv_d0.stop_at_encap.10:
  %".927" = trunc i64 %".787" to i16
  %".928" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".927", ptr %".928", align 2
  br label %"return"
batadv_d0.stop_at_encap.11:
  %".938" = trunc i64 %".787" to i16
  %".939" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".938", ptr %".939", align 2
  br label %"return"
batadv_d0.stop_at_encap.12:
  %".949" = trunc i64 %".787" to i16
  %".950" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".949", ptr %".950", align 2
  br label %"return"
batadv_d0.stop_at_encap.13:
  %".960" = trunc i64 %".787" to i16
  %".961" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".960", ptr %".961", align 2
  br label %"return"
hsr_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".787", %"batadv_d0.stop_at_encap.endif.13"], [%".787", %"batadv_d0.stop_at_encap.endif.14"], [%"end.2", %"gre_d0.to_hsr"], [%"end.2", %"gre_d0.to_hsr.1"], [%".3725", %"ethernet_d1.to_hsr"], [%".3725", %"ethernet_d1.to_hsr.1"], [%".4842", %"widening.test.12"]
  %"data.54" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data.116", %"gre_d0.to_hsr"], [%"data.116", %"gre_d0.to_hsr.1"], [%"data.144", %"ethernet_d1.to_hsr"], [%"data.144", %"ethernet_d1.to_hsr.1"], [%"data.176", %"widening.test.12"]
  %"data_end.54" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.116", %"gre_d0.to_hsr"], [%"data_end.116", %"gre_d0.to_hsr.1"], [%"data_end.144", %"ethernet_d1.to_hsr"], [%"data_end.144", %"ethernet_d1.to_hsr.1"], [%"data_end.176", %"widening.test.12"]
  %"keys.54" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.116", %"gre_d0.to_hsr"], [%"keys.116", %"gre_d0.to_hsr.1"], [%"keys.144", %"ethernet_d1.to_hsr"], [%"keys.144", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.12"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2281" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2282" = icmp ugt ptr %".2281", %"data_end.54"
  br i1 %".2282", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2284" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2285" = load i16, ptr %".2284", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2285", %"hsr_d1_vlan_tags1.linear"], [%".2304", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.54", %"hsr_d1_vlan_tags1.linear"], [%"data.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.54", %"hsr_d1_vlan_tags1.linear"], [%"data_end.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.54", %"hsr_d1_vlan_tags1.linear"], [%"keys.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2306" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %"w4_2.2", ptr %".2306", align 2
  %".2308" = add i64 %"cursor.32", 6
  %".2309" = trunc i64 %".2308" to i16
  %".2310" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2309", ptr %".2310", align 2
  %".2312" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2313" = zext i16 %".2312" to i64
  %".2314" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.2")
  %".2315" = icmp eq i16 %".2314", 8
  br i1 %".2315", label %"hsr_d1_vlan_tags1.to_ipv4", label %"hsr_d1_vlan_tags1.select"
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".971" = trunc i64 %".787" to i16
  %".972" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".971", ptr %".972", align 2
  br label %"return"
batadv_d0.stop_at_encap.15:
  %".982" = trunc i64 %".787" to i16
  %".983" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".982", ptr %".983", align 2
  br label %"return"
batadv_d1:
  %"cursor.33" = phi  i64 [%".787", %"batadv_d0.stop_at_encap.endif.15"], [%".2141", %"vlan_d1_vlan_tags1.to_batadv"], [%".2308", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.2", %"gre_d0.to_batadv"], [%".3352", %"vlan_d1_vlan_tags2.to_batadv"], [%".3434", %"hsr_d1_vlan_tags2.to_batadv"], [%".3725", %"ethernet_d1.to_batadv"], [%".4886", %"widening.test.16"]
  %"data.55" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.116", %"gre_d0.to_batadv"], [%"data.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.144", %"ethernet_d1.to_batadv"], [%"data.180", %"widening.test.16"]
  %"data_end.55" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.116", %"gre_d0.to_batadv"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.144", %"ethernet_d1.to_batadv"], [%"data_end.180", %"widening.test.16"]
  %"keys.55" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.116", %"gre_d0.to_batadv"], [%"keys.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.144", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.16"]
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2351" = getelementptr i8, ptr %"hdr.29", i64 24
  %".2352" = icmp ugt ptr %".2351", %"data_end.55"
  br i1 %".2352", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2354" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2355" = load i8, ptr %".2354", align 1
  %".2356" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2357" = load i8, ptr %".2356", align 1
  %".2358" = getelementptr i8, ptr %"hdr.29", i64 22
  %".2359" = load i16, ptr %".2358", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".2355", %"batadv_d1.linear"], [%".2378", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2357", %"batadv_d1.linear"], [%".2380", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2359", %"batadv_d1.linear"], [%".2382", %"batadv_d1.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.55", %"batadv_d1.linear"], [%"data.108", %"batadv_d1.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.55", %"batadv_d1.linear"], [%"data_end.108", %"batadv_d1.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.55", %"batadv_d1.linear"], [%"keys.108", %"batadv_d1.copy_failed.endif"]
  %".2384" = zext i8 %"w1_1.5" to i64
  %".2385" = icmp eq i64 %".2384", 15
  %".2386" = zext i8 %"w0_1.8" to i64
  %".2387" = icmp eq i64 %".2386", 64
  %".2388" = and i1 %".2385", %".2387"
  %".2389" = xor i1 %".2388", -1
  br i1 %".2389", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".993" = trunc i64 %"cursor.13" to i32
  %".994" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".993", [40 x i8]* %"header_copy", i32 4)
  %".995" = icmp eq i64 %".994", 0
  %".996" = getelementptr i8, ptr %"ctx.11", i64 76
  %".997" = load i32, ptr %".996", align 4
  %".998" = zext i32 %".997" to i64
  %"data.56" = inttoptr i64 %".998" to ptr
  %".999" = getelementptr i8, ptr %"ctx.11", i64 80
  %".1000" = load i32, ptr %".999", align 4
  %".1001" = zext i32 %".1000" to i64
  %"data_end.56" = inttoptr i64 %".1001" to ptr
  %".1002" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.56" = load ptr, ptr %".1002", align 8
  %".1003" = xor i1 %".995", -1
  br i1 %".1003", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".1005" = trunc i64 %"cursor.13" to i16
  %".1006" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".1005", ptr %".1006", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".1009" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1010" = load volatile i32, [40 x i8]* %".1009", align 4
  br label %"tcp.header"
udp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1024" = trunc i64 %"cursor.14" to i32
  %".1025" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1024", [40 x i8]* %"header_copy", i32 4)
  %".1026" = icmp eq i64 %".1025", 0
  %".1027" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1028" = load i32, ptr %".1027", align 4
  %".1029" = zext i32 %".1028" to i64
  %"data.58" = inttoptr i64 %".1029" to ptr
  %".1030" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1031" = load i32, ptr %".1030", align 4
  %".1032" = zext i32 %".1031" to i64
  %"data_end.58" = inttoptr i64 %".1032" to ptr
  %".1033" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.58" = load ptr, ptr %".1033", align 8
  %".1034" = xor i1 %".1026", -1
  br i1 %".1034", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".1036" = trunc i64 %"cursor.14" to i16
  %".1037" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".1036", ptr %".1037", align 2
  br label %"return"
udp.copy_failed.endif:
  %".1040" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1041" = load volatile i32, [40 x i8]* %".1040", align 4
  br label %"udp.header"
udp.copy_last_byte:
  %".1051" = add i64 %"cursor.14", %".1046"
  %".1052" = sub i64 %".1051", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1053" = trunc i64 %".1052" to i32
  %".1054" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1053", i64* %"last_byte", i32 1)
  %".1055" = icmp eq i64 %".1054", 0
  %".1056" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1057" = load i32, ptr %".1056", align 4
  %".1058" = zext i32 %".1057" to i64
  %"data.60" = inttoptr i64 %".1058" to ptr
  %".1059" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1060" = load i32, ptr %".1059", align 4
  %".1061" = zext i32 %".1060" to i64
  %"data_end.60" = inttoptr i64 %".1061" to ptr
  %".1062" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.60" = load ptr, ptr %".1062", align 8
  %".1063" = xor i1 %".1055", -1
  br i1 %".1063", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".1065" = trunc i64 %"cursor.14" to i16
  %".1066" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1065", ptr %".1066", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
icmp.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1079" = trunc i64 %"cursor.15" to i32
  %".1080" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1079", [40 x i8]* %"header_copy", i32 4)
  %".1081" = icmp eq i64 %".1080", 0
  %".1082" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1083" = load i32, ptr %".1082", align 4
  %".1084" = zext i32 %".1083" to i64
  %"data.62" = inttoptr i64 %".1084" to ptr
  %".1085" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1086" = load i32, ptr %".1085", align 4
  %".1087" = zext i32 %".1086" to i64
  %"data_end.62" = inttoptr i64 %".1087" to ptr
  %".1088" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.62" = load ptr, ptr %".1088", align 8
  %".1089" = xor i1 %".1081", -1
  br i1 %".1089", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1091" = trunc i64 %"cursor.15" to i16
  %".1092" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1091", ptr %".1092", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1113" = trunc i64 %"cursor.16" to i32
  %".1114" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1113", [40 x i8]* %"header_copy", i32 20)
  %".1115" = icmp eq i64 %".1114", 0
  %".1116" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1117" = load i32, ptr %".1116", align 4
  %".1118" = zext i32 %".1117" to i64
  %"data.64" = inttoptr i64 %".1118" to ptr
  %".1119" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1120" = load i32, ptr %".1119", align 4
  %".1121" = zext i32 %".1120" to i64
  %"data_end.64" = inttoptr i64 %".1121" to ptr
  %".1122" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.64" = load ptr, ptr %".1122", align 8
  %".1123" = xor i1 %".1115", -1
  br i1 %".1123", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1125" = trunc i64 %"cursor.16" to i16
  %".1126" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1125", ptr %".1126", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1129" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1130" = load volatile i8, [40 x i8]* %".1129", align 1
  %".1131" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1132" = load volatile i16, [40 x i8]* %".1131", align 2
  %".1133" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1134" = load volatile i8, [40 x i8]* %".1133", align 1
  %".1135" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1136" = load volatile i32, [40 x i8]* %".1135", align 4
  %".1137" = zext i32 %".1136" to i64
  %".1138" = shl i64 %".1137", 0
  %".1139" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1140" = load volatile i32, [40 x i8]* %".1139", align 4
  %".1141" = zext i32 %".1140" to i64
  %".1142" = shl i64 %".1141", 32
  %".1143" = or i64 %".1138", %".1142"
  br label %"ipv4_d1.header"
ipv4_d1.not_lowest:
  %".1150" = zext i8 %"w0_1.3" to i64
  %".1151" = and i64 %".1150", 15
  %".1152" = icmp uge i64 %".1151", 5
  %".1153" = xor i1 %".1152", -1
  br i1 %".1153", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d1.require:
  %".1155" = trunc i64 %"cursor.16" to i16
  %".1156" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1155", ptr %".1156", align 2
  br label %"return"
ipv4_d1.require.endif:
  br label %"ipv4_d1.not_lowest.endif"
ipv4_d1.variable:
  %".1174" = zext i8 %"w0_1.3" to i64
  %".1175" = and i64 %".1174", 15
  %".1176" = mul i64 %".1175", 4
  %".1177" = sub i64 %".1176", 20
  %".1178" = add i64 %".1177", 20
  %".1179" = add i64 %"cursor.16", %".1178"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1186" = getelementptr i8, ptr %"keys.66", i64 6
  store i8 1, ptr %".1186", align 1
  br i1 %".1184", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1189" = getelementptr i8, ptr %"keys.66", i64 7
  store i8 1, ptr %".1189", align 1
  %".1191" = getelementptr i8, ptr %"keys.66", i64 48
  %"flags.22" = load volatile i32, ptr %".1191", align 4
  %".1192" = and i32 %"flags.22", 1
  %".1193" = icmp ne i32 %".1192", 0
  %".1194" = xor i1 %".1193", -1
  br i1 %".1194", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1201" = trunc i64 %"end.1" to i16
  %".1202" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1201", ptr %".1202", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1196" = trunc i64 %"end.1" to i16
  %".1197" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1196", ptr %".1197", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1224" = trunc i64 %"end.1" to i16
  %".1225" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1224", ptr %".1225", align 2
  br label %"return"
ipv4_d1.to_udp:
  br label %"udp"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_ipv4:
  %".1231" = getelementptr i8, ptr %"keys.66", i64 8
  store i8 1, ptr %".1231", align 1
  %".1233" = getelementptr i8, ptr %"keys.66", i64 48
  %"flags.23" = load volatile i32, ptr %".1233", align 4
  %".1234" = and i32 %"flags.23", 4
  %".1235" = icmp ne i32 %".1234", 0
  br i1 %".1235", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif", !prof !0
ipv4_d1.stop_at_encap.endif:
  %".1241" = trunc i64 %"end.1" to i16
  %".1242" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1241", ptr %".1242", align 2
  br label %"return"
ipv4_d1.to_gre_version:
  br label %"gre_version_d1"
ipv4_d1.to_ipv6:
  %".1246" = trunc i64 34525 to i16
  %".1247" = call i16 @"llvm.bswap.i16"(i16 %".1246")
  %".1248" = getelementptr i8, ptr %"keys.66", i64 10
  store i16 %".1247", ptr %".1248", align 2
  %".1250" = getelementptr i8, ptr %"keys.66", i64 8
  store i8 1, ptr %".1250", align 1
  %".1252" = getelementptr i8, ptr %"keys.66", i64 48
  %"flags.24" = load volatile i32, ptr %".1252", align 4
  %".1253" = and i32 %"flags.24", 4
  %".1254" = icmp ne i32 %".1253", 0
  br i1 %".1254", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1", !prof !0
ipv4_d1.stop_at_encap.endif.1:
  %".1260" = trunc i64 %"end.1" to i16
  %".1261" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1260", ptr %".1261", align 2
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
  %".1269" = trunc i64 34887 to i16
  %".1270" = call i16 @"llvm.bswap.i16"(i16 %".1269")
  %".1271" = getelementptr i8, ptr %"keys.66", i64 10
  store i16 %".1270", ptr %".1271", align 2
  br label %"mpls_mpls_labels1"
ipv4_d1.select:
  %".1210" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1206")
  %".1211" = icmp eq i64 %".1210", 17
  br i1 %".1211", label %"ipv4_d1.to_udp", label %"ipv4_d1.select.1"
ipv4_d1.select.1:
  %".1213" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1206")
  %".1214" = icmp eq i64 %".1213", 1
  br i1 %".1214", label %"ipv4_d1.to_icmp", label %"ipv4_d1.select.2"
ipv4_d1.select.2:
  %".1216" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1206")
  %".1217" = icmp eq i64 %".1216", 4
  br i1 %".1217", label %"ipv4_d1.to_ipv4", label %"ipv4_d1.select.3"
ipv4_d1.select.3:
  %".1219" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1206")
  %".1220" = icmp eq i64 %".1219", 47
  br i1 %".1220", label %"ipv4_d1.to_gre_version", label %"ipv4_d1.select.4"
ipv4_d1.select.4:
  %".1222" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1206")
  switch i64 %".1222", label %"ipv4_d1.unknown" [i64 41, label %"ipv4_d1.to_ipv6" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 132, label %"ipv4_d1.to_sctp" i64 136, label %"ipv4_d1.to_udplite" i64 33, label %"ipv4_d1.to_dccp" i64 137, label %"ipv4_d1.to_mpls"]
ipv4_d1.stop_at_encap:
  %".1237" = trunc i64 %"end.1" to i16
  %".1238" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1237", ptr %".1238", align 2
  br label %"return"
gre_version_d1:
  %"cursor.34" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1399", %"ipv6_d1.to_gre_version"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".4475", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4591", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".5106", %"widening.test.36"]
  %"data.67" = phi  ptr [%"data.66", %"ipv4_d1.to_gre_version"], [%"data.73", %"ipv6_d1.to_gre_version"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.200", %"widening.test.36"]
  %"data_end.67" = phi  ptr [%"data_end.66", %"ipv4_d1.to_gre_version"], [%"data_end.73", %"ipv6_d1.to_gre_version"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.200", %"widening.test.36"]
  %"keys.67" = phi  ptr [%"keys.66", %"ipv4_d1.to_gre_version"], [%"keys.73", %"ipv6_d1.to_gre_version"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.36"]
  %"hdr.30" = getelementptr i8, ptr %"data.67", i64 %"cursor.34"
  %".2645" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2646" = icmp ugt ptr %".2645", %"data_end.67"
  br i1 %".2646", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2648" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2649" = load i8, ptr %".2648", align 1
  %".2650" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2651" = load i8, ptr %".2650", align 1
  %".2652" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2653" = load i16, ptr %".2652", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.9" = phi  i8 [%".2649", %"gre_version_d1.linear"], [%".2672", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2651", %"gre_version_d1.linear"], [%".2674", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".2653", %"gre_version_d1.linear"], [%".2676", %"gre_version_d1.copy_failed.endif"]
  %"data.111" = phi  ptr [%"data.67", %"gre_version_d1.linear"], [%"data.110", %"gre_version_d1.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.67", %"gre_version_d1.linear"], [%"data_end.110", %"gre_version_d1.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.67", %"gre_version_d1.linear"], [%"keys.110", %"gre_version_d1.copy_failed.endif"]
  %".2678" = zext i8 %"w0_1.9" to i64
  %".2679" = lshr i64 %".2678", 6
  %".2680" = and i64 %".2679", 1
  %".2681" = icmp ne i64 %".2680", 0
  %".2682" = zext i8 %"w1_1.6" to i64
  %".2683" = and i64 %".2682", 7
  %".2684" = icmp ugt i64 %".2683", 1
  %".2685" = or i1 %".2681", %".2684"
  br i1 %".2685", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".2691" = getelementptr i8, ptr %"keys.111", i64 10
  store i16 %"w2_2.5", ptr %".2691", align 2
  %".2693" = zext i8 %"w1_1.6" to i64
  %".2694" = and i64 %".2693", 7
  %".2695" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2694")
  %".2696" = icmp eq i64 %".2695", 0
  br i1 %".2696", label %"gre_version_d1.to_gre", label %"gre_version_d1.select"
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.43" = phi  i64 [%"cursor.34", %"gre_version_d1.to_gre"]
  %"data.112" = phi  ptr [%"data.111", %"gre_version_d1.to_gre"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"gre_version_d1.to_gre"]
  %"keys.112" = phi  ptr [%"keys.111", %"gre_version_d1.to_gre"]
  %".3489" = add i64 %"cursor.43", 4
  %".3490" = and i8 %"w0_1.9", 176
  %".3491" = icmp eq i8 %".3490", 0
  %".3492" = xor i1 %".3491", -1
  br i1 %".3492", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.4" = phi  i64 [%".3489", %"gre_d1.no_variable"], [%".3531", %"gre_d1.variable_part"]
  %"data.139" = phi  ptr [%"data.112", %"gre_d1.no_variable"], [%"data.138", %"gre_d1.variable_part"]
  %"data_end.139" = phi  ptr [%"data_end.112", %"gre_d1.no_variable"], [%"data_end.138", %"gre_d1.variable_part"]
  %"keys.139" = phi  ptr [%"keys.112", %"gre_d1.no_variable"], [%"keys.138", %"gre_d1.variable_part"]
  %".3533" = getelementptr i8, ptr %"keys.139", i64 8
  store i8 1, ptr %".3533", align 1
  %".3535" = getelementptr i8, ptr %"keys.139", i64 48
  %"flags.60" = load volatile i32, ptr %".3535", align 4
  %".3536" = and i32 %"flags.60", 4
  %".3537" = icmp ne i32 %".3536", 0
  br i1 %".3537", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif", !prof !0
gre_d1.stop_at_encap.endif:
  %".3543" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3544" = zext i16 %".3543" to i64
  %".3545" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.5")
  %".3546" = icmp eq i16 %".3545", 8
  br i1 %".3546", label %"gre_d1.to_ipv4", label %"gre_d1.select"
gre_d1.to_ipv4:
  %".3566" = trunc i64 %"end.4" to i16
  %".3567" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3566", ptr %".3567", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1256" = trunc i64 %"end.1" to i16
  %".1257" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1256", ptr %".1257", align 2
  br label %"return"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1284" = trunc i64 %"cursor.17" to i32
  %".1285" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1284", [40 x i8]* %"header_copy", i32 4)
  %".1286" = icmp eq i64 %".1285", 0
  %".1287" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1288" = load i32, ptr %".1287", align 4
  %".1289" = zext i32 %".1288" to i64
  %"data.68" = inttoptr i64 %".1289" to ptr
  %".1290" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1291" = load i32, ptr %".1290", align 4
  %".1292" = zext i32 %".1291" to i64
  %"data_end.68" = inttoptr i64 %".1292" to ptr
  %".1293" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.68" = load ptr, ptr %".1293", align 8
  %".1294" = xor i1 %".1286", -1
  br i1 %".1294", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1296" = trunc i64 %"cursor.17" to i16
  %".1297" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".1296", ptr %".1297", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1300" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1301" = load volatile i8, [40 x i8]* %".1300", align 1
  %".1302" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1303" = load volatile i8, [40 x i8]* %".1302", align 1
  %".1304" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1305" = load volatile i16, [40 x i8]* %".1304", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1316" = trunc i64 %"cursor.17" to i16
  %".1317" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1316", ptr %".1317", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1328" = trunc i64 %"cursor.17" to i16
  %".1329" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1328", ptr %".1329", align 2
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
  %".2799" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".2800" = zext i16 %".2799" to i64
  %".2801" = icmp ne i64 %".2800", 34827
  %".2802" = zext i8 %"w0_1.4" to i64
  %".2803" = lshr i64 %".2802", 5
  %".2804" = and i64 %".2803", 1
  %".2805" = icmp eq i64 %".2804", 0
  %".2806" = or i1 %".2801", %".2805"
  br i1 %".2806", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".2812" = add i64 %"cursor.36", 4
  %".2813" = zext i8 %"w0_1.4" to i64
  %".2814" = lshr i64 %".2813", 7
  %".2815" = and i64 %".2814", 1
  %".2816" = zext i8 %"w0_1.4" to i64
  %".2817" = lshr i64 %".2816", 5
  %".2818" = and i64 %".2817", 1
  %".2819" = add i64 %".2815", %".2818"
  %".2820" = zext i8 %"w0_1.4" to i64
  %".2821" = lshr i64 %".2820", 4
  %".2822" = and i64 %".2821", 1
  %".2823" = add i64 %".2819", %".2822"
  %".2824" = zext i8 %"w1_1.2" to i64
  %".2825" = lshr i64 %".2824", 7
  %".2826" = and i64 %".2825", 1
  %".2827" = add i64 %".2823", %".2826"
  %".2828" = mul i64 %".2827", 4
  %".2829" = add i64 %".2828", 4
  %".2830" = getelementptr i8, ptr %"data.71", i64 %"cursor.36"
  %".2831" = getelementptr i8, ptr %".2830", i64 %".2829"
  %".2832" = icmp ugt ptr %".2831", %"data_end.71"
  br i1 %".2832", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.119" = phi  ptr [%"data.71", %"pptp_d0.stop_before.endif"], [%"data.118", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.119" = phi  ptr [%"data_end.71", %"pptp_d0.stop_before.endif"], [%"data_end.118", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.119" = phi  ptr [%"keys.71", %"pptp_d0.stop_before.endif"], [%"keys.118", %"pptp_d0.copy_last_byte_failed.endif"]
  %".2853" = add i64 %"cursor.36", %".2829"
  %".2854" = add i64 %"cursor.36", 8
  %".2855" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2854")
  %".2856" = icmp eq i64 %".2828", 4
  %"end.3" = select  i1 %".2856", i64 %".2855", i64 %".2853"
  br label %"pptp_d0.to_ppp"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.46" = phi  i64 [%"end.3", %"pptp_d0.to_ppp"]
  %"data.120" = phi  ptr [%"data.119", %"pptp_d0.to_ppp"]
  %"data_end.120" = phi  ptr [%"data_end.119", %"pptp_d0.to_ppp"]
  %"keys.120" = phi  ptr [%"keys.119", %"pptp_d0.to_ppp"]
  %"hdr.38" = getelementptr i8, ptr %"data.120", i64 %"cursor.46"
  %".3765" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3766" = icmp ugt ptr %".3765", %"data_end.120"
  br i1 %".3766", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3768" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3769" = load i16, ptr %".3768", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.9" = phi  i16 [%".3769", %"ppp_d0.linear"], [%".3788", %"ppp_d0.copy_failed.endif"]
  %"data.146" = phi  ptr [%"data.120", %"ppp_d0.linear"], [%"data.145", %"ppp_d0.copy_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.120", %"ppp_d0.linear"], [%"data_end.145", %"ppp_d0.copy_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.120", %"ppp_d0.linear"], [%"keys.145", %"ppp_d0.copy_failed.endif"]
  %".3790" = add i64 %"cursor.46", 4
  %".3791" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".3792" = zext i16 %".3791" to i64
  %".3793" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.9")
  %".3794" = icmp eq i16 %".3793", 8448
  br i1 %".3794", label %"ppp_d0.to_ipv4", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".3807" = trunc i64 2048 to i16
  %".3808" = call i16 @"llvm.bswap.i16"(i16 %".3807")
  %".3809" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".3808", ptr %".3809", align 2
  %".3811" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3811", align 1
  %".3813" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.61" = load volatile i32, ptr %".3813", align 4
  %".3814" = and i32 %"flags.61", 4
  %".3815" = icmp ne i32 %".3814", 0
  br i1 %".3815", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif", !prof !0
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_d1.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1350" = trunc i64 %"cursor.18" to i32
  %".1351" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1350", [40 x i8]* %"header_copy", i32 40)
  %".1352" = icmp eq i64 %".1351", 0
  %".1353" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1354" = load i32, ptr %".1353", align 4
  %".1355" = zext i32 %".1354" to i64
  %"data.72" = inttoptr i64 %".1355" to ptr
  %".1356" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1357" = load i32, ptr %".1356", align 4
  %".1358" = zext i32 %".1357" to i64
  %"data_end.72" = inttoptr i64 %".1358" to ptr
  %".1359" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.72" = load ptr, ptr %".1359", align 8
  %".1360" = xor i1 %".1352", -1
  br i1 %".1360", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1362" = trunc i64 %"cursor.18" to i16
  %".1363" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1362", ptr %".1363", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1366" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1367" = load volatile i32, [40 x i8]* %".1366", align 4
  %".1368" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1369" = load volatile i8, [40 x i8]* %".1368", align 1
  %".1370" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1371" = load volatile i64, [40 x i8]* %".1370", align 8
  %".1372" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1373" = load volatile i64, [40 x i8]* %".1372", align 8
  %".1374" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1375" = load volatile i64, [40 x i8]* %".1374", align 8
  %".1376" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1377" = load volatile i64, [40 x i8]* %".1376", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1409" = trunc i64 %".1399" to i16
  %".1410" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1409", ptr %".1410", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1413" = zext i8 %"w6_1.1" to i64
  %".1414" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1413")
  %".1415" = icmp eq i64 %".1414", 6
  br i1 %".1415", label %"ipv6_d1.to_tcp", label %"ipv6_d1.select"
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1431" = trunc i64 %".1399" to i16
  %".1432" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1431", ptr %".1432", align 2
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
  %".1442" = getelementptr i8, ptr %"keys.73", i64 8
  store i8 1, ptr %".1442", align 1
  %".1444" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.26" = load volatile i32, ptr %".1444", align 4
  %".1445" = and i32 %"flags.26", 4
  %".1446" = icmp ne i32 %".1445", 0
  br i1 %".1446", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif", !prof !0
ipv6_d1.stop_at_encap.endif:
  %".1452" = trunc i64 %".1399" to i16
  %".1453" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1452", ptr %".1453", align 2
  br label %"return"
ipv6_d1.to_ipv4:
  %".1456" = trunc i64 2048 to i16
  %".1457" = call i16 @"llvm.bswap.i16"(i16 %".1456")
  %".1458" = getelementptr i8, ptr %"keys.73", i64 10
  store i16 %".1457", ptr %".1458", align 2
  %".1460" = getelementptr i8, ptr %"keys.73", i64 8
  store i8 1, ptr %".1460", align 1
  %".1462" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.27" = load volatile i32, ptr %".1462", align 4
  %".1463" = and i32 %"flags.27", 4
  %".1464" = icmp ne i32 %".1463", 0
  br i1 %".1464", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1", !prof !0
ipv6_d1.stop_at_encap.endif.1:
  %".1470" = trunc i64 %".1399" to i16
  %".1471" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1470", ptr %".1471", align 2
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
  %".1480" = trunc i64 34887 to i16
  %".1481" = call i16 @"llvm.bswap.i16"(i16 %".1480")
  %".1482" = getelementptr i8, ptr %"keys.73", i64 10
  store i16 %".1481", ptr %".1482", align 2
  br label %"mpls_mpls_labels1"
ipv6_d1.select:
  %".1417" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1413")
  %".1418" = icmp eq i64 %".1417", 17
  br i1 %".1418", label %"ipv6_d1.to_udp", label %"ipv6_d1.select.1"
ipv6_d1.select.1:
  %".1420" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1413")
  %".1421" = icmp eq i64 %".1420", 58
  br i1 %".1421", label %"ipv6_d1.to_icmpv6", label %"ipv6_d1.select.2"
ipv6_d1.select.2:
  %".1423" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1413")
  %".1424" = icmp eq i64 %".1423", 0
  br i1 %".1424", label %"ipv6_d1.to_ipv6_opts", label %"ipv6_d1.select.3"
ipv6_d1.select.3:
  %".1426" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1413")
  %".1427" = icmp eq i64 %".1426", 60
  br i1 %".1427", label %"ipv6_d1.to_ipv6_opts.1", label %"ipv6_d1.select.4"
ipv6_d1.select.4:
  %".1429" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1413")
  switch i64 %".1429", label %"ipv6_d1.unknown" [i64 43, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 41, label %"ipv6_d1.to_ipv6" i64 4, label %"ipv6_d1.to_ipv4" i64 47, label %"ipv6_d1.to_gre_version" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 132, label %"ipv6_d1.to_sctp" i64 136, label %"ipv6_d1.to_udplite" i64 33, label %"ipv6_d1.to_dccp" i64 137, label %"ipv6_d1.to_mpls"]
ipv6_opts_d1_ipv6_ext1:
  %"cursor.37" = phi  i64 [%".1399", %"ipv6_d1.to_ipv6_opts"], [%".1399", %"ipv6_d1.to_ipv6_opts.1"], [%".1399", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.74" = phi  ptr [%"data.73", %"ipv6_d1.to_ipv6_opts"], [%"data.73", %"ipv6_d1.to_ipv6_opts.1"], [%"data.73", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.74" = phi  ptr [%"data_end.73", %"ipv6_d1.to_ipv6_opts"], [%"data_end.73", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.73", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.74" = phi  ptr [%"keys.73", %"ipv6_d1.to_ipv6_opts"], [%"keys.73", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.73", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.74", i64 %"cursor.37"
  %".2863" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2864" = icmp ugt ptr %".2863", %"data_end.74"
  br i1 %".2864", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2866" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2867" = load i8, ptr %".2866", align 1
  %".2868" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2869" = load i8, ptr %".2868", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2867", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2888", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2869", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2890", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.122" = phi  ptr [%"data.74", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.74", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.74", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2892" = getelementptr i8, ptr %"keys.122", i64 9
  store i8 %"w0_1.10", ptr %".2892", align 1
  %".2894" = add i64 %"cursor.37", 2
  %".2895" = zext i8 %"w1_1.7" to i64
  %".2896" = mul i64 %".2895", 8
  %".2897" = add i64 %".2896", 6
  %".2898" = add i64 %".2897", 2
  %".2899" = add i64 %"cursor.37", %".2898"
  %".2900" = zext i8 %"w0_1.10" to i64
  %".2901" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2900")
  %".2902" = icmp eq i64 %".2901", 6
  br i1 %".2902", label %"ipv6_opts_d1_ipv6_ext1.to_tcp", label %"ipv6_opts_d1_ipv6_ext1.select"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1399", %"ipv6_d1.to_ipv6_frag"]
  %"data.75" = phi  ptr [%"data.73", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.75" = phi  ptr [%"data_end.73", %"ipv6_d1.to_ipv6_frag"]
  %"keys.75" = phi  ptr [%"keys.73", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.75", i64 %"cursor.38"
  %".2972" = getelementptr i8, ptr %"hdr.32", i64 8
  %".2973" = icmp ugt ptr %".2972", %"data_end.75"
  br i1 %".2973", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2975" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2976" = load i8, ptr %".2975", align 1
  %".2977" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2978" = load i16, ptr %".2977", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2976", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2997", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".2978", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2999", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.126" = phi  ptr [%"data.75", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.126" = phi  ptr [%"data_end.75", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.126" = phi  ptr [%"keys.75", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3001" = getelementptr i8, ptr %"keys.126", i64 9
  store i8 %"w0_1.11", ptr %".3001", align 1
  %".3003" = add i64 %"cursor.38", 8
  %".3004" = icmp ne i64 1, 0
  %".3005" = and i16 %"w2_2.6", 63743
  %".3006" = icmp eq i16 %".3005", 0
  br i1 %".3004", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3028" = zext i8 %"w0_1.11" to i64
  %".3029" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3028")
  %".3030" = icmp eq i64 %".3029", 6
  br i1 %".3030", label %"ipv6_frag_d1_ipv6_ext1.to_tcp", label %"ipv6_frag_d1_ipv6_ext1.select"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1448" = trunc i64 %".1399" to i16
  %".1449" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1448", ptr %".1449", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1466" = trunc i64 %".1399" to i16
  %".1467" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1466", ptr %".1467", align 2
  br label %"return"
esp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1491" = trunc i64 %"cursor.19" to i32
  %".1492" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1491", [40 x i8]* %"header_copy", i32 4)
  %".1493" = icmp eq i64 %".1492", 0
  %".1494" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1495" = load i32, ptr %".1494", align 4
  %".1496" = zext i32 %".1495" to i64
  %"data.76" = inttoptr i64 %".1496" to ptr
  %".1497" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1498" = load i32, ptr %".1497", align 4
  %".1499" = zext i32 %".1498" to i64
  %"data_end.76" = inttoptr i64 %".1499" to ptr
  %".1500" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.76" = load ptr, ptr %".1500", align 8
  %".1501" = xor i1 %".1493", -1
  br i1 %".1501", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1503" = trunc i64 %"cursor.19" to i16
  %".1504" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1503", ptr %".1504", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1507" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1508" = load volatile i32, [40 x i8]* %".1507", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1535" = trunc i64 %"cursor.20" to i32
  %".1536" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1535", [40 x i8]* %"header_copy", i32 8)
  %".1537" = icmp eq i64 %".1536", 0
  %".1538" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1539" = load i32, ptr %".1538", align 4
  %".1540" = zext i32 %".1539" to i64
  %"data.78" = inttoptr i64 %".1540" to ptr
  %".1541" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1542" = load i32, ptr %".1541", align 4
  %".1543" = zext i32 %".1542" to i64
  %"data_end.78" = inttoptr i64 %".1543" to ptr
  %".1544" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.78" = load ptr, ptr %".1544", align 8
  %".1545" = xor i1 %".1537", -1
  br i1 %".1545", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1547" = trunc i64 %"cursor.20" to i16
  %".1548" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1547", ptr %".1548", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1551" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1552" = load volatile i32, [40 x i8]* %".1551", align 4
  br label %"ah.header"
sctp.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1579" = trunc i64 %"cursor.21" to i32
  %".1580" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1579", [40 x i8]* %"header_copy", i32 4)
  %".1581" = icmp eq i64 %".1580", 0
  %".1582" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1583" = load i32, ptr %".1582", align 4
  %".1584" = zext i32 %".1583" to i64
  %"data.80" = inttoptr i64 %".1584" to ptr
  %".1585" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1586" = load i32, ptr %".1585", align 4
  %".1587" = zext i32 %".1586" to i64
  %"data_end.80" = inttoptr i64 %".1587" to ptr
  %".1588" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.80" = load ptr, ptr %".1588", align 8
  %".1589" = xor i1 %".1581", -1
  br i1 %".1589", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1591" = trunc i64 %"cursor.21" to i16
  %".1592" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1591", ptr %".1592", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1595" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1596" = load volatile i32, [40 x i8]* %".1595", align 4
  br label %"sctp.header"
udplite.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1611" = trunc i64 %"cursor.22" to i32
  %".1612" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1611", [40 x i8]* %"header_copy", i32 4)
  %".1613" = icmp eq i64 %".1612", 0
  %".1614" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1615" = load i32, ptr %".1614", align 4
  %".1616" = zext i32 %".1615" to i64
  %"data.82" = inttoptr i64 %".1616" to ptr
  %".1617" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1618" = load i32, ptr %".1617", align 4
  %".1619" = zext i32 %".1618" to i64
  %"data_end.82" = inttoptr i64 %".1619" to ptr
  %".1620" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.82" = load ptr, ptr %".1620", align 8
  %".1621" = xor i1 %".1613", -1
  br i1 %".1621", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1623" = trunc i64 %"cursor.22" to i16
  %".1624" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1623", ptr %".1624", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1627" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1628" = load volatile i32, [40 x i8]* %".1627", align 4
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1638" = add i64 %"cursor.22", %".1633"
  %".1639" = sub i64 %".1638", 1
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1640" = trunc i64 %".1639" to i32
  %".1641" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1640", i64* %"last_byte", i32 1)
  %".1642" = icmp eq i64 %".1641", 0
  %".1643" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1644" = load i32, ptr %".1643", align 4
  %".1645" = zext i32 %".1644" to i64
  %"data.84" = inttoptr i64 %".1645" to ptr
  %".1646" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1647" = load i32, ptr %".1646", align 4
  %".1648" = zext i32 %".1647" to i64
  %"data_end.84" = inttoptr i64 %".1648" to ptr
  %".1649" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.84" = load ptr, ptr %".1649", align 8
  %".1650" = xor i1 %".1642", -1
  br i1 %".1650", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1652" = trunc i64 %"cursor.22" to i16
  %".1653" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1652", ptr %".1653", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
dccp.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1668" = trunc i64 %"cursor.23" to i32
  %".1669" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1668", [40 x i8]* %"header_copy", i32 4)
  %".1670" = icmp eq i64 %".1669", 0
  %".1671" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1672" = load i32, ptr %".1671", align 4
  %".1673" = zext i32 %".1672" to i64
  %"data.86" = inttoptr i64 %".1673" to ptr
  %".1674" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1675" = load i32, ptr %".1674", align 4
  %".1676" = zext i32 %".1675" to i64
  %"data_end.86" = inttoptr i64 %".1676" to ptr
  %".1677" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.86" = load ptr, ptr %".1677", align 8
  %".1678" = xor i1 %".1670", -1
  br i1 %".1678", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1680" = trunc i64 %"cursor.23" to i16
  %".1681" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1680", ptr %".1681", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1684" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1685" = load volatile i32, [40 x i8]* %".1684", align 4
  br label %"dccp.header"
icmpv6.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1698" = trunc i64 %"cursor.24" to i32
  %".1699" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1698", [40 x i8]* %"header_copy", i32 4)
  %".1700" = icmp eq i64 %".1699", 0
  %".1701" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1702" = load i32, ptr %".1701", align 4
  %".1703" = zext i32 %".1702" to i64
  %"data.88" = inttoptr i64 %".1703" to ptr
  %".1704" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1705" = load i32, ptr %".1704", align 4
  %".1706" = zext i32 %".1705" to i64
  %"data_end.88" = inttoptr i64 %".1706" to ptr
  %".1707" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.88" = load ptr, ptr %".1707", align 8
  %".1708" = xor i1 %".1700", -1
  br i1 %".1708", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1710" = trunc i64 %"cursor.24" to i16
  %".1711" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1710", ptr %".1711", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1728" = trunc i64 %"cursor.25" to i32
  %".1729" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1728", [40 x i8]* %"header_copy", i32 2)
  %".1730" = icmp eq i64 %".1729", 0
  %".1731" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1732" = load i32, ptr %".1731", align 4
  %".1733" = zext i32 %".1732" to i64
  %"data.90" = inttoptr i64 %".1733" to ptr
  %".1734" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1735" = load i32, ptr %".1734", align 4
  %".1736" = zext i32 %".1735" to i64
  %"data_end.90" = inttoptr i64 %".1736" to ptr
  %".1737" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.90" = load ptr, ptr %".1737", align 8
  %".1738" = xor i1 %".1730", -1
  br i1 %".1738", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1740" = trunc i64 %"cursor.25" to i16
  %".1741" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1740", ptr %".1741", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1744" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1745" = load volatile i8, [40 x i8]* %".1744", align 1
  %".1746" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1747" = load volatile i8, [40 x i8]* %".1746", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1775" = trunc i64 %".1756" to i16
  %".1776" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1775", ptr %".1776", align 2
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
  %".1786" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1786", align 1
  %".1788" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.28" = load volatile i32, ptr %".1788", align 4
  %".1789" = and i32 %"flags.28", 4
  %".1790" = icmp ne i32 %".1789", 0
  br i1 %".1790", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1797" = trunc i64 2048 to i16
  %".1798" = call i16 @"llvm.bswap.i16"(i16 %".1797")
  %".1799" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1798", ptr %".1799", align 2
  %".1801" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1801", align 1
  %".1803" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.29" = load volatile i32, ptr %".1803", align 4
  %".1804" = and i32 %"flags.29", 4
  %".1805" = icmp ne i32 %".1804", 0
  br i1 %".1805", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1", !prof !0
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
  %".1818" = trunc i64 34887 to i16
  %".1819" = call i16 @"llvm.bswap.i16"(i16 %".1818")
  %".1820" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1819", ptr %".1820", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.select:
  %".1761" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1757")
  %".1762" = icmp eq i64 %".1761", 17
  br i1 %".1762", label %"ipv6_opts_d0_ipv6_ext1.to_udp", label %"ipv6_opts_d0_ipv6_ext1.select.1"
ipv6_opts_d0_ipv6_ext1.select.1:
  %".1764" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1757")
  %".1765" = icmp eq i64 %".1764", 58
  br i1 %".1765", label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext1.select.2"
ipv6_opts_d0_ipv6_ext1.select.2:
  %".1767" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1757")
  %".1768" = icmp eq i64 %".1767", 0
  br i1 %".1768", label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext1.select.3"
ipv6_opts_d0_ipv6_ext1.select.3:
  %".1770" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1757")
  %".1771" = icmp eq i64 %".1770", 60
  br i1 %".1771", label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext1.select.4"
ipv6_opts_d0_ipv6_ext1.select.4:
  %".1773" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1757")
  switch i64 %".1773", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls"]
ipv6_opts_d0_ipv6_ext2:
  %"cursor.39" = phi  i64 [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4776", %"widening.test.6"]
  %"data.92" = phi  ptr [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.170", %"widening.test.6"]
  %"data_end.92" = phi  ptr [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.170", %"widening.test.6"]
  %"keys.92" = phi  ptr [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.33" = getelementptr i8, ptr %"data.92", i64 %"cursor.39"
  %".3100" = getelementptr i8, ptr %"hdr.33", i64 2
  %".3101" = icmp ugt ptr %".3100", %"data_end.92"
  br i1 %".3101", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3103" = getelementptr i8, ptr %"hdr.33", i64 0
  %".3104" = load i8, ptr %".3103", align 1
  %".3105" = getelementptr i8, ptr %"hdr.33", i64 1
  %".3106" = load i8, ptr %".3105", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".3104", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3125", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3106", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.128" = phi  ptr [%"data.92", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.92", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.92", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3129" = getelementptr i8, ptr %"keys.128", i64 9
  store i8 %"w0_1.12", ptr %".3129", align 1
  %".3131" = add i64 %"cursor.39", 2
  %".3132" = zext i8 %"w1_1.8" to i64
  %".3133" = mul i64 %".3132", 8
  %".3134" = add i64 %".3133", 6
  %".3135" = add i64 %".3134", 2
  %".3136" = add i64 %"cursor.39", %".3135"
  %".3137" = zext i8 %"w0_1.12" to i64
  %".3138" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3137")
  %".3139" = icmp eq i64 %".3138", 6
  br i1 %".3139", label %"ipv6_opts_d0_ipv6_ext2.to_tcp", label %"ipv6_opts_d0_ipv6_ext2.select"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%".1756", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1854", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4765", %"widening.test.5"]
  %"data.93" = phi  ptr [%"data.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.169", %"widening.test.5"]
  %"data_end.93" = phi  ptr [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.169", %"widening.test.5"]
  %"keys.93" = phi  ptr [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.34" = getelementptr i8, ptr %"data.93", i64 %"cursor.40"
  %".3203" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3204" = icmp ugt ptr %".3203", %"data_end.93"
  br i1 %".3204", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3206" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3207" = load i8, ptr %".3206", align 1
  %".3208" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3209" = load i16, ptr %".3208", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3207", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3228", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".3209", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3230", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.132" = phi  ptr [%"data.93", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.93", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.93", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3232" = getelementptr i8, ptr %"keys.132", i64 9
  store i8 %"w0_1.13", ptr %".3232", align 1
  %".3234" = add i64 %"cursor.40", 8
  %".3235" = icmp ne i64 1, 0
  %".3236" = and i16 %"w2_2.7", 63743
  %".3237" = icmp eq i16 %".3236", 0
  br i1 %".3235", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3259" = zext i8 %"w0_1.13" to i64
  %".3260" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3259")
  %".3261" = icmp eq i64 %".3260", 6
  br i1 %".3261", label %"ipv6_frag_d0_ipv6_ext2.to_tcp", label %"ipv6_frag_d0_ipv6_ext2.select"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1792" = trunc i64 %".1756" to i16
  %".1793" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1792", ptr %".1793", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1807" = trunc i64 %".1756" to i16
  %".1808" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1807", ptr %".1808", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1831" = trunc i64 %"cursor.26" to i32
  %".1832" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1831", [40 x i8]* %"header_copy", i32 8)
  %".1833" = icmp eq i64 %".1832", 0
  %".1834" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1835" = load i32, ptr %".1834", align 4
  %".1836" = zext i32 %".1835" to i64
  %"data.94" = inttoptr i64 %".1836" to ptr
  %".1837" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1838" = load i32, ptr %".1837", align 4
  %".1839" = zext i32 %".1838" to i64
  %"data_end.94" = inttoptr i64 %".1839" to ptr
  %".1840" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.94" = load ptr, ptr %".1840", align 8
  %".1841" = xor i1 %".1833", -1
  br i1 %".1841", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1843" = trunc i64 %"cursor.26" to i16
  %".1844" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1843", ptr %".1844", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1847" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1848" = load volatile i8, [40 x i8]* %".1847", align 1
  %".1849" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1850" = load volatile i16, [40 x i8]* %".1849", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1859" = getelementptr i8, ptr %"keys.95", i64 6
  store i8 1, ptr %".1859", align 1
  br i1 %".1857", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1862" = getelementptr i8, ptr %"keys.95", i64 7
  store i8 1, ptr %".1862", align 1
  %".1864" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.30" = load volatile i32, ptr %".1864", align 4
  %".1865" = and i32 %"flags.30", 1
  %".1866" = icmp ne i32 %".1865", 0
  %".1867" = xor i1 %".1866", -1
  br i1 %".1867", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1874" = trunc i64 %".1854" to i16
  %".1875" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1874", ptr %".1875", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1869" = trunc i64 %".1854" to i16
  %".1870" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1869", ptr %".1870", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1897" = trunc i64 %".1854" to i16
  %".1898" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1897", ptr %".1898", align 2
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
  %".1908" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1908", align 1
  %".1910" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.31" = load volatile i32, ptr %".1910", align 4
  %".1911" = and i32 %"flags.31", 4
  %".1912" = icmp ne i32 %".1911", 0
  br i1 %".1912", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1919" = trunc i64 2048 to i16
  %".1920" = call i16 @"llvm.bswap.i16"(i16 %".1919")
  %".1921" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1920", ptr %".1921", align 2
  %".1923" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1923", align 1
  %".1925" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.32" = load volatile i32, ptr %".1925", align 4
  %".1926" = and i32 %"flags.32", 4
  %".1927" = icmp ne i32 %".1926", 0
  br i1 %".1927", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1", !prof !0
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
  %".1940" = trunc i64 34887 to i16
  %".1941" = call i16 @"llvm.bswap.i16"(i16 %".1940")
  %".1942" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1941", ptr %".1942", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.select:
  %".1883" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1879")
  %".1884" = icmp eq i64 %".1883", 17
  br i1 %".1884", label %"ipv6_frag_d0_ipv6_ext1.to_udp", label %"ipv6_frag_d0_ipv6_ext1.select.1"
ipv6_frag_d0_ipv6_ext1.select.1:
  %".1886" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1879")
  %".1887" = icmp eq i64 %".1886", 58
  br i1 %".1887", label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext1.select.2"
ipv6_frag_d0_ipv6_ext1.select.2:
  %".1889" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1879")
  %".1890" = icmp eq i64 %".1889", 0
  br i1 %".1890", label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext1.select.3"
ipv6_frag_d0_ipv6_ext1.select.3:
  %".1892" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1879")
  %".1893" = icmp eq i64 %".1892", 60
  br i1 %".1893", label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext1.select.4"
ipv6_frag_d0_ipv6_ext1.select.4:
  %".1895" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1879")
  switch i64 %".1895", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls"]
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1914" = trunc i64 %".1854" to i16
  %".1915" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1914", ptr %".1915", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1929" = trunc i64 %".1854" to i16
  %".1930" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1929", ptr %".1930", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1951" = trunc i64 %"cursor.27" to i32
  %".1952" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1951", [40 x i8]* %"header_copy", i32 4)
  %".1953" = icmp eq i64 %".1952", 0
  %".1954" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1955" = load i32, ptr %".1954", align 4
  %".1956" = zext i32 %".1955" to i64
  %"data.96" = inttoptr i64 %".1956" to ptr
  %".1957" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1958" = load i32, ptr %".1957", align 4
  %".1959" = zext i32 %".1958" to i64
  %"data_end.96" = inttoptr i64 %".1959" to ptr
  %".1960" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.96" = load ptr, ptr %".1960", align 8
  %".1961" = xor i1 %".1953", -1
  br i1 %".1961", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1963" = trunc i64 %"cursor.27" to i16
  %".1964" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1963", ptr %".1964", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1967" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1968" = load volatile i16, [40 x i8]* %".1967", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1995" = trunc i64 %".1972" to i16
  %".1996" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1995", ptr %".1996", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2001" = trunc i64 %".1972" to i16
  %".2002" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2001", ptr %".2002", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2005" = trunc i64 %".1972" to i16
  %".2006" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2005", ptr %".2006", align 2
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
  %".2018" = trunc i64 %".1972" to i16
  %".2019" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2018", ptr %".2019", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2022" = trunc i64 %".1972" to i16
  %".2023" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2022", ptr %".2023", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d0_vlan_tags2.select:
  %".1981" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.3")
  %".1982" = icmp eq i16 %".1981", 56710
  br i1 %".1982", label %"vlan_d0_vlan_tags2.to_ipv6", label %"vlan_d0_vlan_tags2.select.1"
vlan_d0_vlan_tags2.select.1:
  %".1984" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.3")
  %".1985" = icmp eq i16 %".1984", 129
  br i1 %".1985", label %"vlan_d0_vlan_tags2.to_vlan", label %"vlan_d0_vlan_tags2.select.2"
vlan_d0_vlan_tags2.select.2:
  %".1987" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.3")
  %".1988" = icmp eq i16 %".1987", 43144
  br i1 %".1988", label %"vlan_d0_vlan_tags2.to_vlan.1", label %"vlan_d0_vlan_tags2.select.3"
vlan_d0_vlan_tags2.select.3:
  %".1990" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.3")
  %".1991" = icmp eq i16 %".1990", 18312
  br i1 %".1991", label %"vlan_d0_vlan_tags2.to_mpls", label %"vlan_d0_vlan_tags2.select.4"
vlan_d0_vlan_tags2.select.4:
  %".1993" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.3")
  switch i16 %".1993", label %"vlan_d0_vlan_tags2.unknown" [i16 18568, label %"vlan_d0_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags2.to_arp" i16 13696, label %"vlan_d0_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags2.to_ptp" i16 649, label %"vlan_d0_vlan_tags2.to_cfm" i16 51848, label %"vlan_d0_vlan_tags2.to_tipc" i16 1673, label %"vlan_d0_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags2.to_hsr" i16 64392, label %"vlan_d0_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags2.to_batadv"]
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2033" = trunc i64 %"cursor.28" to i32
  %".2034" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2033", [40 x i8]* %"header_copy", i32 6)
  %".2035" = icmp eq i64 %".2034", 0
  %".2036" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2037" = load i32, ptr %".2036", align 4
  %".2038" = zext i32 %".2037" to i64
  %"data.98" = inttoptr i64 %".2038" to ptr
  %".2039" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2040" = load i32, ptr %".2039", align 4
  %".2041" = zext i32 %".2040" to i64
  %"data_end.98" = inttoptr i64 %".2041" to ptr
  %".2042" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.98" = load ptr, ptr %".2042", align 8
  %".2043" = xor i1 %".2035", -1
  br i1 %".2043", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2045" = trunc i64 %"cursor.28" to i16
  %".2046" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2045", ptr %".2046", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2049" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2050" = load volatile i16, [40 x i8]* %".2049", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2077" = trunc i64 %".2054" to i16
  %".2078" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2077", ptr %".2078", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2083" = trunc i64 %".2054" to i16
  %".2084" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2083", ptr %".2084", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2087" = trunc i64 %".2054" to i16
  %".2088" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2087", ptr %".2088", align 2
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
  %".2100" = trunc i64 %".2054" to i16
  %".2101" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2100", ptr %".2101", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2104" = trunc i64 %".2054" to i16
  %".2105" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2104", ptr %".2105", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.select:
  %".2063" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.1")
  %".2064" = icmp eq i16 %".2063", 56710
  br i1 %".2064", label %"hsr_d0_vlan_tags2.to_ipv6", label %"hsr_d0_vlan_tags2.select.1"
hsr_d0_vlan_tags2.select.1:
  %".2066" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.1")
  %".2067" = icmp eq i16 %".2066", 129
  br i1 %".2067", label %"hsr_d0_vlan_tags2.to_vlan", label %"hsr_d0_vlan_tags2.select.2"
hsr_d0_vlan_tags2.select.2:
  %".2069" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.1")
  %".2070" = icmp eq i16 %".2069", 43144
  br i1 %".2070", label %"hsr_d0_vlan_tags2.to_vlan.1", label %"hsr_d0_vlan_tags2.select.3"
hsr_d0_vlan_tags2.select.3:
  %".2072" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.1")
  %".2073" = icmp eq i16 %".2072", 18312
  br i1 %".2073", label %"hsr_d0_vlan_tags2.to_mpls", label %"hsr_d0_vlan_tags2.select.4"
hsr_d0_vlan_tags2.select.4:
  %".2075" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.1")
  switch i16 %".2075", label %"hsr_d0_vlan_tags2.unknown" [i16 18568, label %"hsr_d0_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags2.to_arp" i16 13696, label %"hsr_d0_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags2.to_ptp" i16 649, label %"hsr_d0_vlan_tags2.to_cfm" i16 51848, label %"hsr_d0_vlan_tags2.to_tipc" i16 1673, label %"hsr_d0_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags2.to_hsr" i16 64392, label %"hsr_d0_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags2.to_batadv"]
vlan_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2120" = trunc i64 %"cursor.30" to i32
  %".2121" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2120", [40 x i8]* %"header_copy", i32 4)
  %".2122" = icmp eq i64 %".2121", 0
  %".2123" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2124" = load i32, ptr %".2123", align 4
  %".2125" = zext i32 %".2124" to i64
  %"data.100" = inttoptr i64 %".2125" to ptr
  %".2126" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2127" = load i32, ptr %".2126", align 4
  %".2128" = zext i32 %".2127" to i64
  %"data_end.100" = inttoptr i64 %".2128" to ptr
  %".2129" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.100" = load ptr, ptr %".2129", align 8
  %".2130" = xor i1 %".2122", -1
  br i1 %".2130", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2132" = trunc i64 %"cursor.30" to i16
  %".2133" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2132", ptr %".2133", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2136" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2137" = load volatile i16, [40 x i8]* %".2136", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2164" = trunc i64 %".2141" to i16
  %".2165" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2164", ptr %".2165", align 2
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
  %".2150" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.4")
  %".2151" = icmp eq i16 %".2150", 56710
  br i1 %".2151", label %"vlan_d1_vlan_tags1.to_ipv6", label %"vlan_d1_vlan_tags1.select.1"
vlan_d1_vlan_tags1.select.1:
  %".2153" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.4")
  %".2154" = icmp eq i16 %".2153", 129
  br i1 %".2154", label %"vlan_d1_vlan_tags1.to_vlan", label %"vlan_d1_vlan_tags1.select.2"
vlan_d1_vlan_tags1.select.2:
  %".2156" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.4")
  %".2157" = icmp eq i16 %".2156", 43144
  br i1 %".2157", label %"vlan_d1_vlan_tags1.to_vlan.1", label %"vlan_d1_vlan_tags1.select.3"
vlan_d1_vlan_tags1.select.3:
  %".2159" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.4")
  %".2160" = icmp eq i16 %".2159", 18312
  br i1 %".2160", label %"vlan_d1_vlan_tags1.to_mpls", label %"vlan_d1_vlan_tags1.select.4"
vlan_d1_vlan_tags1.select.4:
  %".2162" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.4")
  switch i16 %".2162", label %"vlan_d1_vlan_tags1.unknown" [i16 18568, label %"vlan_d1_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags1.to_arp" i16 13696, label %"vlan_d1_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags1.to_ptp" i16 649, label %"vlan_d1_vlan_tags1.to_cfm" i16 51848, label %"vlan_d1_vlan_tags1.to_tipc" i16 1673, label %"vlan_d1_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags1.to_hsr" i16 64392, label %"vlan_d1_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags1.to_batadv"]
vlan_d1_vlan_tags2:
  %"cursor.41" = phi  i64 [%".2141", %"vlan_d1_vlan_tags1.to_vlan"], [%".2141", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2308", %"hsr_d1_vlan_tags1.to_vlan"], [%".2308", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4875", %"widening.test.15"]
  %"data.102" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.179", %"widening.test.15"]
  %"data_end.102" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.179", %"widening.test.15"]
  %"keys.102" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.15"]
  %"hdr.35" = getelementptr i8, ptr %"data.102", i64 %"cursor.41"
  %".3325" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3326" = icmp ugt ptr %".3325", %"data_end.102"
  br i1 %".3326", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3328" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3329" = load i16, ptr %".3328", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".3329", %"vlan_d1_vlan_tags2.linear"], [%".3348", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.102", %"vlan_d1_vlan_tags2.linear"], [%"data.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.102", %"vlan_d1_vlan_tags2.linear"], [%"data_end.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.102", %"vlan_d1_vlan_tags2.linear"], [%"keys.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3350" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %"w2_2.8", ptr %".3350", align 2
  %".3352" = add i64 %"cursor.41", 4
  %".3353" = trunc i64 %".3352" to i16
  %".3354" = getelementptr i8, ptr %"keys.134", i64 0
  store i16 %".3353", ptr %".3354", align 2
  %".3356" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".3357" = zext i16 %".3356" to i64
  %".3358" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.8")
  %".3359" = icmp eq i16 %".3358", 8
  br i1 %".3359", label %"vlan_d1_vlan_tags2.to_ipv4", label %"vlan_d1_vlan_tags2.select"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".2141", %"vlan_d1_vlan_tags1.to_hsr"], [%".2141", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2308", %"hsr_d1_vlan_tags1.to_hsr"], [%".2308", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4864", %"widening.test.14"]
  %"data.103" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.178", %"widening.test.14"]
  %"data_end.103" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.178", %"widening.test.14"]
  %"keys.103" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.14"]
  %"hdr.36" = getelementptr i8, ptr %"data.103", i64 %"cursor.42"
  %".3407" = getelementptr i8, ptr %"hdr.36", i64 6
  %".3408" = icmp ugt ptr %".3407", %"data_end.103"
  br i1 %".3408", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3410" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3411" = load i16, ptr %".3410", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3411", %"hsr_d1_vlan_tags2.linear"], [%".3430", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.136" = phi  ptr [%"data.103", %"hsr_d1_vlan_tags2.linear"], [%"data.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.103", %"hsr_d1_vlan_tags2.linear"], [%"data_end.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.103", %"hsr_d1_vlan_tags2.linear"], [%"keys.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3432" = getelementptr i8, ptr %"keys.136", i64 10
  store i16 %"w4_2.3", ptr %".3432", align 2
  %".3434" = add i64 %"cursor.42", 6
  %".3435" = trunc i64 %".3434" to i16
  %".3436" = getelementptr i8, ptr %"keys.136", i64 0
  store i16 %".3435", ptr %".3436", align 2
  %".3438" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3439" = zext i16 %".3438" to i64
  %".3440" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.3")
  %".3441" = icmp eq i16 %".3440", 8
  br i1 %".3441", label %"hsr_d1_vlan_tags2.to_ipv4", label %"hsr_d1_vlan_tags2.select"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
pppoe_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2194" = trunc i64 %"cursor.31" to i32
  %".2195" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2194", [40 x i8]* %"header_copy", i32 8)
  %".2196" = icmp eq i64 %".2195", 0
  %".2197" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2198" = load i32, ptr %".2197", align 4
  %".2199" = zext i32 %".2198" to i64
  %"data.104" = inttoptr i64 %".2199" to ptr
  %".2200" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2201" = load i32, ptr %".2200", align 4
  %".2202" = zext i32 %".2201" to i64
  %"data_end.104" = inttoptr i64 %".2202" to ptr
  %".2203" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.104" = load ptr, ptr %".2203", align 8
  %".2204" = xor i1 %".2196", -1
  br i1 %".2204", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2206" = trunc i64 %"cursor.31" to i16
  %".2207" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2206", ptr %".2207", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2210" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2211" = load volatile i8, [40 x i8]* %".2210", align 1
  %".2212" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2213" = load volatile i8, [40 x i8]* %".2212", align 1
  %".2214" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2215" = load volatile i16, [40 x i8]* %".2214", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2230" = trunc i64 %"cursor.31" to i16
  %".2231" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2230", ptr %".2231", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2234" = add i64 %"cursor.31", 8
  %".2235" = trunc i64 %".2234" to i16
  %".2236" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2235", ptr %".2236", align 2
  %".2238" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2239" = zext i16 %".2238" to i64
  %".2240" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w6_2.3")
  %".2241" = icmp eq i16 %".2240", 8448
  br i1 %".2241", label %"pppoe_d1.to_ipv4", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2260" = trunc i64 2048 to i16
  %".2261" = call i16 @"llvm.bswap.i16"(i16 %".2260")
  %".2262" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2261", ptr %".2262", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2253" = and i64 %".2239", 257
  %".2254" = icmp eq i64 %".2253", 1
  br i1 %".2254", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select.4"
pppoe_d1.to_ipv6:
  %".2265" = trunc i64 34525 to i16
  %".2266" = call i16 @"llvm.bswap.i16"(i16 %".2265")
  %".2267" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2266", ptr %".2267", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2270" = trunc i64 34887 to i16
  %".2271" = call i16 @"llvm.bswap.i16"(i16 %".2270")
  %".2272" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2271", ptr %".2272", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2275" = trunc i64 34888 to i16
  %".2276" = call i16 @"llvm.bswap.i16"(i16 %".2275")
  %".2277" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2276", ptr %".2277", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2243" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w6_2.3")
  %".2244" = icmp eq i16 %".2243", 22272
  br i1 %".2244", label %"pppoe_d1.to_ipv6", label %"pppoe_d1.select.1"
pppoe_d1.select.1:
  %".2246" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w6_2.3")
  %".2247" = icmp eq i16 %".2246", 33026
  br i1 %".2247", label %"pppoe_d1.to_mpls", label %"pppoe_d1.select.2"
pppoe_d1.select.2:
  %".2249" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w6_2.3")
  %".2250" = icmp eq i16 %".2249", 33538
  br i1 %".2250", label %"pppoe_d1.to_mpls.1", label %"pppoe_d1.select.3"
pppoe_d1.select.3:
  br label %"pppoe_d1.unknown"
pppoe_d1.select.4:
  %".2256" = trunc i64 %".2234" to i16
  %".2257" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2256", ptr %".2257", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2287" = trunc i64 %"cursor.32" to i32
  %".2288" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2287", [40 x i8]* %"header_copy", i32 6)
  %".2289" = icmp eq i64 %".2288", 0
  %".2290" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2291" = load i32, ptr %".2290", align 4
  %".2292" = zext i32 %".2291" to i64
  %"data.106" = inttoptr i64 %".2292" to ptr
  %".2293" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2294" = load i32, ptr %".2293", align 4
  %".2295" = zext i32 %".2294" to i64
  %"data_end.106" = inttoptr i64 %".2295" to ptr
  %".2296" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.106" = load ptr, ptr %".2296", align 8
  %".2297" = xor i1 %".2289", -1
  br i1 %".2297", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2299" = trunc i64 %"cursor.32" to i16
  %".2300" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2299", ptr %".2300", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2303" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2304" = load volatile i16, [40 x i8]* %".2303", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2331" = trunc i64 %".2308" to i16
  %".2332" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2331", ptr %".2332", align 2
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
  %".2317" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.2")
  %".2318" = icmp eq i16 %".2317", 56710
  br i1 %".2318", label %"hsr_d1_vlan_tags1.to_ipv6", label %"hsr_d1_vlan_tags1.select.1"
hsr_d1_vlan_tags1.select.1:
  %".2320" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.2")
  %".2321" = icmp eq i16 %".2320", 129
  br i1 %".2321", label %"hsr_d1_vlan_tags1.to_vlan", label %"hsr_d1_vlan_tags1.select.2"
hsr_d1_vlan_tags1.select.2:
  %".2323" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.2")
  %".2324" = icmp eq i16 %".2323", 43144
  br i1 %".2324", label %"hsr_d1_vlan_tags1.to_vlan.1", label %"hsr_d1_vlan_tags1.select.3"
hsr_d1_vlan_tags1.select.3:
  %".2326" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.2")
  %".2327" = icmp eq i16 %".2326", 18312
  br i1 %".2327", label %"hsr_d1_vlan_tags1.to_mpls", label %"hsr_d1_vlan_tags1.select.4"
hsr_d1_vlan_tags1.select.4:
  %".2329" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.2")
  switch i16 %".2329", label %"hsr_d1_vlan_tags1.unknown" [i16 18568, label %"hsr_d1_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags1.to_arp" i16 13696, label %"hsr_d1_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags1.to_ptp" i16 649, label %"hsr_d1_vlan_tags1.to_cfm" i16 51848, label %"hsr_d1_vlan_tags1.to_tipc" i16 1673, label %"hsr_d1_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags1.to_hsr" i16 64392, label %"hsr_d1_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags1.to_batadv"]
batadv_d1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2361" = trunc i64 %"cursor.33" to i32
  %".2362" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2361", [40 x i8]* %"header_copy", i32 24)
  %".2363" = icmp eq i64 %".2362", 0
  %".2364" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2365" = load i32, ptr %".2364", align 4
  %".2366" = zext i32 %".2365" to i64
  %"data.108" = inttoptr i64 %".2366" to ptr
  %".2367" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2368" = load i32, ptr %".2367", align 4
  %".2369" = zext i32 %".2368" to i64
  %"data_end.108" = inttoptr i64 %".2369" to ptr
  %".2370" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.108" = load ptr, ptr %".2370", align 8
  %".2371" = xor i1 %".2363", -1
  br i1 %".2371", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2373" = trunc i64 %"cursor.33" to i16
  %".2374" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2373", ptr %".2374", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2377" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2378" = load volatile i8, [40 x i8]* %".2377", align 1
  %".2379" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2380" = load volatile i8, [40 x i8]* %".2379", align 1
  %".2381" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2382" = load volatile i16, [40 x i8]* %".2381", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2391" = trunc i64 %"cursor.33" to i16
  %".2392" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2391", ptr %".2392", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2395" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %"w22_2.1", ptr %".2395", align 2
  %".2397" = add i64 %"cursor.33", 24
  %".2398" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2399" = zext i16 %".2398" to i64
  %".2400" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w22_2.1")
  %".2401" = icmp eq i16 %".2400", 8
  br i1 %".2401", label %"batadv_d1.to_ipv4", label %"batadv_d1.select"
batadv_d1.to_ipv4:
  %".2421" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2421", align 1
  %".2423" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.33" = load volatile i32, ptr %".2423", align 4
  %".2424" = and i32 %"flags.33", 4
  %".2425" = icmp ne i32 %".2424", 0
  br i1 %".2425", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif", !prof !0
batadv_d1.stop_at_encap.endif:
  %".2431" = trunc i64 %".2397" to i16
  %".2432" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2431", ptr %".2432", align 2
  br label %"return"
batadv_d1.unknown:
  %".2417" = trunc i64 %".2397" to i16
  %".2418" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2417", ptr %".2418", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2435" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2435", align 1
  %".2437" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.34" = load volatile i32, ptr %".2437", align 4
  %".2438" = and i32 %"flags.34", 4
  %".2439" = icmp ne i32 %".2438", 0
  br i1 %".2439", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1", !prof !0
batadv_d1.stop_at_encap.endif.1:
  %".2445" = trunc i64 %".2397" to i16
  %".2446" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2445", ptr %".2446", align 2
  br label %"return"
batadv_d1.to_vlan:
  %".2449" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2449", align 1
  %".2451" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.35" = load volatile i32, ptr %".2451", align 4
  %".2452" = and i32 %"flags.35", 4
  %".2453" = icmp ne i32 %".2452", 0
  br i1 %".2453", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2", !prof !0
batadv_d1.stop_at_encap.endif.2:
  %".2459" = trunc i64 %".2397" to i16
  %".2460" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2459", ptr %".2460", align 2
  br label %"return"
batadv_d1.to_vlan.1:
  %".2463" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2463", align 1
  %".2465" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.36" = load volatile i32, ptr %".2465", align 4
  %".2466" = and i32 %"flags.36", 4
  %".2467" = icmp ne i32 %".2466", 0
  br i1 %".2467", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3", !prof !0
batadv_d1.stop_at_encap.endif.3:
  %".2473" = trunc i64 %".2397" to i16
  %".2474" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2473", ptr %".2474", align 2
  br label %"return"
batadv_d1.to_mpls:
  %".2477" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2477", align 1
  %".2479" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.37" = load volatile i32, ptr %".2479", align 4
  %".2480" = and i32 %"flags.37", 4
  %".2481" = icmp ne i32 %".2480", 0
  br i1 %".2481", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4", !prof !0
batadv_d1.stop_at_encap.endif.4:
  %".2487" = trunc i64 %".2397" to i16
  %".2488" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2487", ptr %".2488", align 2
  br label %"return"
batadv_d1.to_mpls.1:
  %".2491" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2491", align 1
  %".2493" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.38" = load volatile i32, ptr %".2493", align 4
  %".2494" = and i32 %"flags.38", 4
  %".2495" = icmp ne i32 %".2494", 0
  br i1 %".2495", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5", !prof !0
batadv_d1.stop_at_encap.endif.5:
  %".2501" = trunc i64 %".2397" to i16
  %".2502" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2501", ptr %".2502", align 2
  br label %"return"
batadv_d1.to_pppoe:
  %".2505" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2505", align 1
  %".2507" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.39" = load volatile i32, ptr %".2507", align 4
  %".2508" = and i32 %"flags.39", 4
  %".2509" = icmp ne i32 %".2508", 0
  br i1 %".2509", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6", !prof !0
batadv_d1.stop_at_encap.endif.6:
  %".2515" = trunc i64 %".2397" to i16
  %".2516" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2515", ptr %".2516", align 2
  br label %"return"
batadv_d1.to_arp:
  %".2519" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2519", align 1
  %".2521" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.40" = load volatile i32, ptr %".2521", align 4
  %".2522" = and i32 %"flags.40", 4
  %".2523" = icmp ne i32 %".2522", 0
  br i1 %".2523", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7", !prof !0
batadv_d1.stop_at_encap.endif.7:
  %".2529" = trunc i64 %".2397" to i16
  %".2530" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2529", ptr %".2530", align 2
  br label %"return"
batadv_d1.to_arp.1:
  %".2533" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2533", align 1
  %".2535" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.41" = load volatile i32, ptr %".2535", align 4
  %".2536" = and i32 %"flags.41", 4
  %".2537" = icmp ne i32 %".2536", 0
  br i1 %".2537", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8", !prof !0
batadv_d1.stop_at_encap.endif.8:
  %".2543" = trunc i64 %".2397" to i16
  %".2544" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2543", ptr %".2544", align 2
  br label %"return"
batadv_d1.to_ptp:
  %".2547" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2547", align 1
  %".2549" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.42" = load volatile i32, ptr %".2549", align 4
  %".2550" = and i32 %"flags.42", 4
  %".2551" = icmp ne i32 %".2550", 0
  br i1 %".2551", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9", !prof !0
batadv_d1.stop_at_encap.endif.9:
  %".2557" = trunc i64 %".2397" to i16
  %".2558" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2557", ptr %".2558", align 2
  br label %"return"
batadv_d1.to_cfm:
  %".2561" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2561", align 1
  %".2563" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.43" = load volatile i32, ptr %".2563", align 4
  %".2564" = and i32 %"flags.43", 4
  %".2565" = icmp ne i32 %".2564", 0
  br i1 %".2565", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10", !prof !0
batadv_d1.stop_at_encap.endif.10:
  %".2571" = trunc i64 %".2397" to i16
  %".2572" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2571", ptr %".2572", align 2
  br label %"return"
batadv_d1.to_tipc:
  %".2575" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2575", align 1
  %".2577" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.44" = load volatile i32, ptr %".2577", align 4
  %".2578" = and i32 %"flags.44", 4
  %".2579" = icmp ne i32 %".2578", 0
  br i1 %".2579", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11", !prof !0
batadv_d1.stop_at_encap.endif.11:
  %".2585" = trunc i64 %".2397" to i16
  %".2586" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2585", ptr %".2586", align 2
  br label %"return"
batadv_d1.to_fcoe:
  %".2589" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2589", align 1
  %".2591" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.45" = load volatile i32, ptr %".2591", align 4
  %".2592" = and i32 %"flags.45", 4
  %".2593" = icmp ne i32 %".2592", 0
  br i1 %".2593", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12", !prof !0
batadv_d1.stop_at_encap.endif.12:
  %".2599" = trunc i64 %".2397" to i16
  %".2600" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2599", ptr %".2600", align 2
  br label %"return"
batadv_d1.to_hsr:
  %".2603" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2603", align 1
  %".2605" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.46" = load volatile i32, ptr %".2605", align 4
  %".2606" = and i32 %"flags.46", 4
  %".2607" = icmp ne i32 %".2606", 0
  br i1 %".2607", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13", !prof !0
batadv_d1.stop_at_encap.endif.13:
  %".2613" = trunc i64 %".2397" to i16
  %".2614" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2613", ptr %".2614", align 2
  br label %"return"
batadv_d1.to_hsr.1:
  %".2617" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2617", align 1
  %".2619" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.47" = load volatile i32, ptr %".2619", align 4
  %".2620" = and i32 %"flags.47", 4
  %".2621" = icmp ne i32 %".2620", 0
  br i1 %".2621", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14", !prof !0
batadv_d1.stop_at_encap.endif.14:
  %".2627" = trunc i64 %".2397" to i16
  %".2628" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2627", ptr %".2628", align 2
  br label %"return"
batadv_d1.to_batadv:
  %".2631" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2631", align 1
  %".2633" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.48" = load volatile i32, ptr %".2633", align 4
  %".2634" = and i32 %"flags.48", 4
  %".2635" = icmp ne i32 %".2634", 0
  br i1 %".2635", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15", !prof !0
batadv_d1.stop_at_encap.endif.15:
  %".2641" = trunc i64 %".2397" to i16
  %".2642" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2641", ptr %".2642", align 2
  br label %"return"
batadv_d1.select:
  %".2403" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w22_2.1")
  %".2404" = icmp eq i16 %".2403", 56710
  br i1 %".2404", label %"batadv_d1.to_ipv6", label %"batadv_d1.select.1"
batadv_d1.select.1:
  %".2406" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w22_2.1")
  %".2407" = icmp eq i16 %".2406", 129
  br i1 %".2407", label %"batadv_d1.to_vlan", label %"batadv_d1.select.2"
batadv_d1.select.2:
  %".2409" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w22_2.1")
  %".2410" = icmp eq i16 %".2409", 43144
  br i1 %".2410", label %"batadv_d1.to_vlan.1", label %"batadv_d1.select.3"
batadv_d1.select.3:
  %".2412" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w22_2.1")
  %".2413" = icmp eq i16 %".2412", 18312
  br i1 %".2413", label %"batadv_d1.to_mpls", label %"batadv_d1.select.4"
batadv_d1.select.4:
  %".2415" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w22_2.1")
  switch i16 %".2415", label %"batadv_d1.unknown" [i16 18568, label %"batadv_d1.to_mpls.1" i16 25736, label %"batadv_d1.to_pppoe" i16 1544, label %"batadv_d1.to_arp" i16 13696, label %"batadv_d1.to_arp.1" i16 63368, label %"batadv_d1.to_ptp" i16 649, label %"batadv_d1.to_cfm" i16 51848, label %"batadv_d1.to_tipc" i16 1673, label %"batadv_d1.to_fcoe" i16 12169, label %"batadv_d1.to_hsr" i16 64392, label %"batadv_d1.to_hsr.1" i16 1347, label %"batadv_d1.to_batadv"]
batadv_d1.stop_at_encap:
  %".2427" = trunc i64 %".2397" to i16
  %".2428" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2427", ptr %".2428", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2441" = trunc i64 %".2397" to i16
  %".2442" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2441", ptr %".2442", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2455" = trunc i64 %".2397" to i16
  %".2456" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2455", ptr %".2456", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2469" = trunc i64 %".2397" to i16
  %".2470" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2469", ptr %".2470", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2483" = trunc i64 %".2397" to i16
  %".2484" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2483", ptr %".2484", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2497" = trunc i64 %".2397" to i16
  %".2498" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2497", ptr %".2498", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2511" = trunc i64 %".2397" to i16
  %".2512" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2511", ptr %".2512", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2525" = trunc i64 %".2397" to i16
  %".2526" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2525", ptr %".2526", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2539" = trunc i64 %".2397" to i16
  %".2540" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2539", ptr %".2540", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2553" = trunc i64 %".2397" to i16
  %".2554" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2553", ptr %".2554", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2567" = trunc i64 %".2397" to i16
  %".2568" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2567", ptr %".2568", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2581" = trunc i64 %".2397" to i16
  %".2582" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2581", ptr %".2582", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2595" = trunc i64 %".2397" to i16
  %".2596" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2595", ptr %".2596", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2609" = trunc i64 %".2397" to i16
  %".2610" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2609", ptr %".2610", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2623" = trunc i64 %".2397" to i16
  %".2624" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2623", ptr %".2624", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2637" = trunc i64 %".2397" to i16
  %".2638" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2637", ptr %".2638", align 2
  br label %"return"
gre_version_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2655" = trunc i64 %"cursor.34" to i32
  %".2656" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2655", [40 x i8]* %"header_copy", i32 4)
  %".2657" = icmp eq i64 %".2656", 0
  %".2658" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2659" = load i32, ptr %".2658", align 4
  %".2660" = zext i32 %".2659" to i64
  %"data.110" = inttoptr i64 %".2660" to ptr
  %".2661" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2662" = load i32, ptr %".2661", align 4
  %".2663" = zext i32 %".2662" to i64
  %"data_end.110" = inttoptr i64 %".2663" to ptr
  %".2664" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.110" = load ptr, ptr %".2664", align 8
  %".2665" = xor i1 %".2657", -1
  br i1 %".2665", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2667" = trunc i64 %"cursor.34" to i16
  %".2668" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2667", ptr %".2668", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2671" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2672" = load volatile i8, [40 x i8]* %".2671", align 1
  %".2673" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2674" = load volatile i8, [40 x i8]* %".2673", align 1
  %".2675" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2676" = load volatile i16, [40 x i8]* %".2675", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2687" = trunc i64 %"cursor.34" to i16
  %".2688" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2687", ptr %".2688", align 2
  br label %"return"
gre_version_d1.unknown:
  %".2699" = trunc i64 %"cursor.34" to i16
  %".2700" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2699", ptr %".2700", align 2
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
  %".3634" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3635" = zext i16 %".3634" to i64
  %".3636" = icmp ne i64 %".3635", 34827
  %".3637" = zext i8 %"w0_1.9" to i64
  %".3638" = lshr i64 %".3637", 5
  %".3639" = and i64 %".3638", 1
  %".3640" = icmp eq i64 %".3639", 0
  %".3641" = or i1 %".3636", %".3640"
  br i1 %".3641", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".3647" = add i64 %"cursor.44", 4
  %".3648" = zext i8 %"w0_1.9" to i64
  %".3649" = lshr i64 %".3648", 7
  %".3650" = and i64 %".3649", 1
  %".3651" = zext i8 %"w0_1.9" to i64
  %".3652" = lshr i64 %".3651", 5
  %".3653" = and i64 %".3652", 1
  %".3654" = add i64 %".3650", %".3653"
  %".3655" = zext i8 %"w0_1.9" to i64
  %".3656" = lshr i64 %".3655", 4
  %".3657" = and i64 %".3656", 1
  %".3658" = add i64 %".3654", %".3657"
  %".3659" = zext i8 %"w1_1.6" to i64
  %".3660" = lshr i64 %".3659", 7
  %".3661" = and i64 %".3660", 1
  %".3662" = add i64 %".3658", %".3661"
  %".3663" = mul i64 %".3662", 4
  %".3664" = add i64 %".3663", 4
  %".3665" = getelementptr i8, ptr %"data.113", i64 %"cursor.44"
  %".3666" = getelementptr i8, ptr %".3665", i64 %".3664"
  %".3667" = icmp ugt ptr %".3666", %"data_end.113"
  br i1 %".3667", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.141" = phi  ptr [%"data.113", %"pptp_d1.stop_before.endif"], [%"data.140", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.141" = phi  ptr [%"data_end.113", %"pptp_d1.stop_before.endif"], [%"data_end.140", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.141" = phi  ptr [%"keys.113", %"pptp_d1.stop_before.endif"], [%"keys.140", %"pptp_d1.copy_last_byte_failed.endif"]
  %".3688" = add i64 %"cursor.44", %".3664"
  %".3689" = add i64 %"cursor.44", 8
  %".3690" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3689")
  %".3691" = icmp eq i64 %".3663", 4
  %"end.5" = select  i1 %".3691", i64 %".3690", i64 %".3688"
  br label %"pptp_d1.to_ppp"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.51" = phi  i64 [%"end.5", %"pptp_d1.to_ppp"]
  %"data.142" = phi  ptr [%"data.141", %"pptp_d1.to_ppp"]
  %"data_end.142" = phi  ptr [%"data_end.141", %"pptp_d1.to_ppp"]
  %"keys.142" = phi  ptr [%"keys.141", %"pptp_d1.to_ppp"]
  %"hdr.43" = getelementptr i8, ptr %"data.142", i64 %"cursor.51"
  %".4338" = getelementptr i8, ptr %"hdr.43", i64 4
  %".4339" = icmp ugt ptr %".4338", %"data_end.142"
  br i1 %".4339", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".4341" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4342" = load i16, ptr %".4341", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.12" = phi  i16 [%".4342", %"ppp_d1.linear"], [%".4361", %"ppp_d1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.142", %"ppp_d1.linear"], [%"data.158", %"ppp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.142", %"ppp_d1.linear"], [%"data_end.158", %"ppp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.142", %"ppp_d1.linear"], [%"keys.158", %"ppp_d1.copy_failed.endif"]
  %".4363" = add i64 %"cursor.51", 4
  %".4364" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".4365" = zext i16 %".4364" to i64
  %".4366" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.12")
  %".4367" = icmp eq i16 %".4366", 8448
  br i1 %".4367", label %"ppp_d1.to_ipv4", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".4380" = trunc i64 2048 to i16
  %".4381" = call i16 @"llvm.bswap.i16"(i16 %".4380")
  %".4382" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4381", ptr %".4382", align 2
  %".4384" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4384", align 1
  %".4386" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.74" = load volatile i32, ptr %".4386", align 4
  %".4387" = and i32 %"flags.74", 4
  %".4388" = icmp ne i32 %".4387", 0
  br i1 %".4388", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif", !prof !0
ppp_d1.stop_at_encap.endif:
  %".4394" = trunc i64 %".4363" to i16
  %".4395" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4394", ptr %".4395", align 2
  br label %"return"
gre_d0.variable:
  %".2711" = zext i8 %"w0_1.4" to i64
  %".2712" = lshr i64 %".2711", 7
  %".2713" = and i64 %".2712", 1
  %".2714" = zext i8 %"w0_1.4" to i64
  %".2715" = lshr i64 %".2714", 5
  %".2716" = and i64 %".2715", 1
  %".2717" = add i64 %".2713", %".2716"
  %".2718" = zext i8 %"w0_1.4" to i64
  %".2719" = lshr i64 %".2718", 4
  %".2720" = and i64 %".2719", 1
  %".2721" = add i64 %".2717", %".2720"
  %".2722" = mul i64 %".2721", 4
  %".2723" = add i64 %".2722", 4
  %".2724" = getelementptr i8, ptr %"data.70", i64 %"cursor.35"
  %".2725" = getelementptr i8, ptr %".2724", i64 %".2723"
  %".2726" = icmp ugt ptr %".2725", %"data_end.70"
  br i1 %".2726", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.115" = phi  ptr [%"data.70", %"gre_d0.variable"], [%"data.114", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.70", %"gre_d0.variable"], [%"data_end.114", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.70", %"gre_d0.variable"], [%"keys.114", %"gre_d0.copy_last_byte_failed.endif"]
  %".2747" = add i64 %"cursor.35", %".2723"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".2728" = add i64 %"cursor.35", %".2723"
  %".2729" = sub i64 %".2728", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2730" = trunc i64 %".2729" to i32
  %".2731" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2730", i64* %"last_byte", i32 1)
  %".2732" = icmp eq i64 %".2731", 0
  %".2733" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2734" = load i32, ptr %".2733", align 4
  %".2735" = zext i32 %".2734" to i64
  %"data.114" = inttoptr i64 %".2735" to ptr
  %".2736" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2737" = load i32, ptr %".2736", align 4
  %".2738" = zext i32 %".2737" to i64
  %"data_end.114" = inttoptr i64 %".2738" to ptr
  %".2739" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.114" = load ptr, ptr %".2739", align 8
  %".2740" = xor i1 %".2732", -1
  br i1 %".2740", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2742" = trunc i64 %"cursor.35" to i16
  %".2743" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2742", ptr %".2743", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2755" = trunc i64 %"end.2" to i16
  %".2756" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2755", ptr %".2756", align 2
  br label %"return"
gre_d0.unknown:
  %".2778" = trunc i64 %"end.2" to i16
  %".2779" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2778", ptr %".2779", align 2
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
  %".2764" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.1")
  %".2765" = icmp eq i16 %".2764", 56710
  br i1 %".2765", label %"gre_d0.to_ipv6", label %"gre_d0.select.1"
gre_d0.select.1:
  %".2767" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.1")
  %".2768" = icmp eq i16 %".2767", 129
  br i1 %".2768", label %"gre_d0.to_vlan", label %"gre_d0.select.2"
gre_d0.select.2:
  %".2770" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.1")
  %".2771" = icmp eq i16 %".2770", 43144
  br i1 %".2771", label %"gre_d0.to_vlan.1", label %"gre_d0.select.3"
gre_d0.select.3:
  %".2773" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.1")
  %".2774" = icmp eq i16 %".2773", 18312
  br i1 %".2774", label %"gre_d0.to_mpls", label %"gre_d0.select.4"
gre_d0.select.4:
  %".2776" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.1")
  switch i16 %".2776", label %"gre_d0.unknown" [i16 18568, label %"gre_d0.to_mpls.1" i16 25736, label %"gre_d0.to_pppoe" i16 1544, label %"gre_d0.to_arp" i16 13696, label %"gre_d0.to_arp.1" i16 63368, label %"gre_d0.to_ptp" i16 649, label %"gre_d0.to_cfm" i16 51848, label %"gre_d0.to_tipc" i16 1673, label %"gre_d0.to_fcoe" i16 12169, label %"gre_d0.to_hsr" i16 64392, label %"gre_d0.to_hsr.1" i16 1347, label %"gre_d0.to_batadv" i16 22629, label %"gre_d0.to_ethernet"]
ethernet_d1:
  %"cursor.45" = phi  i64 [%"end.2", %"gre_d0.to_ethernet"], [%".4831", %"widening.test.11"]
  %"data.117" = phi  ptr [%"data.116", %"gre_d0.to_ethernet"], [%"data.175", %"widening.test.11"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"gre_d0.to_ethernet"], [%"data_end.175", %"widening.test.11"]
  %"keys.117" = phi  ptr [%"keys.116", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.11"]
  %"hdr.37" = getelementptr i8, ptr %"data.117", i64 %"cursor.45"
  %".3698" = getelementptr i8, ptr %"hdr.37", i64 14
  %".3699" = icmp ugt ptr %".3698", %"data_end.117"
  br i1 %".3699", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3701" = getelementptr i8, ptr %"hdr.37", i64 12
  %".3702" = load i16, ptr %".3701", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3702", %"ethernet_d1.linear"], [%".3721", %"ethernet_d1.copy_failed.endif"]
  %"data.144" = phi  ptr [%"data.117", %"ethernet_d1.linear"], [%"data.143", %"ethernet_d1.copy_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.117", %"ethernet_d1.linear"], [%"data_end.143", %"ethernet_d1.copy_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.117", %"ethernet_d1.linear"], [%"keys.143", %"ethernet_d1.copy_failed.endif"]
  %".3723" = getelementptr i8, ptr %"keys.144", i64 10
  store i16 %"w12_2", ptr %".3723", align 2
  %".3725" = add i64 %"cursor.45", 14
  %".3726" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3727" = zext i16 %".3726" to i64
  %".3728" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w12_2")
  %".3729" = icmp eq i16 %".3728", 8
  br i1 %".3729", label %"ethernet_d1.to_ipv4", label %"ethernet_d1.select"
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
pptp_d0.stop_before:
  %".2808" = trunc i64 %"cursor.36" to i16
  %".2809" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".2808", ptr %".2809", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".2834" = add i64 %"cursor.36", %".2829"
  %".2835" = sub i64 %".2834", 1
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2836" = trunc i64 %".2835" to i32
  %".2837" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2836", i64* %"last_byte", i32 1)
  %".2838" = icmp eq i64 %".2837", 0
  %".2839" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2840" = load i32, ptr %".2839", align 4
  %".2841" = zext i32 %".2840" to i64
  %"data.118" = inttoptr i64 %".2841" to ptr
  %".2842" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2843" = load i32, ptr %".2842", align 4
  %".2844" = zext i32 %".2843" to i64
  %"data_end.118" = inttoptr i64 %".2844" to ptr
  %".2845" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.118" = load ptr, ptr %".2845", align 8
  %".2846" = xor i1 %".2838", -1
  br i1 %".2846", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2848" = trunc i64 %"cursor.36" to i16
  %".2849" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2848", ptr %".2849", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2858" = trunc i64 %"end.3" to i16
  %".2859" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2858", ptr %".2859", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2871" = trunc i64 %"cursor.37" to i32
  %".2872" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2871", [40 x i8]* %"header_copy", i32 2)
  %".2873" = icmp eq i64 %".2872", 0
  %".2874" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2875" = load i32, ptr %".2874", align 4
  %".2876" = zext i32 %".2875" to i64
  %"data.121" = inttoptr i64 %".2876" to ptr
  %".2877" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2878" = load i32, ptr %".2877", align 4
  %".2879" = zext i32 %".2878" to i64
  %"data_end.121" = inttoptr i64 %".2879" to ptr
  %".2880" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.121" = load ptr, ptr %".2880", align 8
  %".2881" = xor i1 %".2873", -1
  br i1 %".2881", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2883" = trunc i64 %"cursor.37" to i16
  %".2884" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2883", ptr %".2884", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2887" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2888" = load volatile i8, [40 x i8]* %".2887", align 1
  %".2889" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2890" = load volatile i8, [40 x i8]* %".2889", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2918" = trunc i64 %".2899" to i16
  %".2919" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2918", ptr %".2919", align 2
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
  %".2929" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2929", align 1
  %".2931" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.50" = load volatile i32, ptr %".2931", align 4
  %".2932" = and i32 %"flags.50", 4
  %".2933" = icmp ne i32 %".2932", 0
  br i1 %".2933", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2939" = trunc i64 %".2899" to i16
  %".2940" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2939", ptr %".2940", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2943" = trunc i64 2048 to i16
  %".2944" = call i16 @"llvm.bswap.i16"(i16 %".2943")
  %".2945" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2944", ptr %".2945", align 2
  %".2947" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2947", align 1
  %".2949" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.51" = load volatile i32, ptr %".2949", align 4
  %".2950" = and i32 %"flags.51", 4
  %".2951" = icmp ne i32 %".2950", 0
  br i1 %".2951", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2957" = trunc i64 %".2899" to i16
  %".2958" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2957", ptr %".2958", align 2
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
  %".2967" = trunc i64 34887 to i16
  %".2968" = call i16 @"llvm.bswap.i16"(i16 %".2967")
  %".2969" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2968", ptr %".2969", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.select:
  %".2904" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".2900")
  %".2905" = icmp eq i64 %".2904", 17
  br i1 %".2905", label %"ipv6_opts_d1_ipv6_ext1.to_udp", label %"ipv6_opts_d1_ipv6_ext1.select.1"
ipv6_opts_d1_ipv6_ext1.select.1:
  %".2907" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".2900")
  %".2908" = icmp eq i64 %".2907", 58
  br i1 %".2908", label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext1.select.2"
ipv6_opts_d1_ipv6_ext1.select.2:
  %".2910" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".2900")
  %".2911" = icmp eq i64 %".2910", 0
  br i1 %".2911", label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext1.select.3"
ipv6_opts_d1_ipv6_ext1.select.3:
  %".2913" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".2900")
  %".2914" = icmp eq i64 %".2913", 60
  br i1 %".2914", label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext1.select.4"
ipv6_opts_d1_ipv6_ext1.select.4:
  %".2916" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".2900")
  switch i64 %".2916", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls"]
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4985", %"widening.test.25"]
  %"data.123" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.189", %"widening.test.25"]
  %"data_end.123" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.189", %"widening.test.25"]
  %"keys.123" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.25"]
  %"hdr.39" = getelementptr i8, ptr %"data.123", i64 %"cursor.47"
  %".3852" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3853" = icmp ugt ptr %".3852", %"data_end.123"
  br i1 %".3853", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3855" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3856" = load i8, ptr %".3855", align 1
  %".3857" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3858" = load i8, ptr %".3857", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3856", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3877", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3858", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3879", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3881" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %"w0_1.14", ptr %".3881", align 1
  %".3883" = add i64 %"cursor.47", 2
  %".3884" = zext i8 %"w1_1.9" to i64
  %".3885" = mul i64 %".3884", 8
  %".3886" = add i64 %".3885", 6
  %".3887" = add i64 %".3886", 2
  %".3888" = add i64 %"cursor.47", %".3887"
  %".3889" = zext i8 %"w0_1.14" to i64
  %".3890" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3889")
  %".3891" = icmp eq i64 %".3890", 6
  br i1 %".3891", label %"ipv6_opts_d1_ipv6_ext2.to_tcp", label %"ipv6_opts_d1_ipv6_ext2.select"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%".2899", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3003", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4974", %"widening.test.24"]
  %"data.124" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.188", %"widening.test.24"]
  %"data_end.124" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.188", %"widening.test.24"]
  %"keys.124" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.24"]
  %"hdr.40" = getelementptr i8, ptr %"data.124", i64 %"cursor.48"
  %".3961" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3962" = icmp ugt ptr %".3961", %"data_end.124"
  br i1 %".3962", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3964" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3965" = load i8, ptr %".3964", align 1
  %".3966" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3967" = load i16, ptr %".3966", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3965", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3986", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".3967", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3988", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3990" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %"w0_1.15", ptr %".3990", align 1
  %".3992" = add i64 %"cursor.48", 8
  %".3993" = icmp ne i64 1, 0
  %".3994" = and i16 %"w2_2.10", 63743
  %".3995" = icmp eq i16 %".3994", 0
  br i1 %".3993", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".4017" = zext i8 %"w0_1.15" to i64
  %".4018" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4017")
  %".4019" = icmp eq i64 %".4018", 6
  br i1 %".4019", label %"ipv6_frag_d1_ipv6_ext2.to_tcp", label %"ipv6_frag_d1_ipv6_ext2.select"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2935" = trunc i64 %".2899" to i16
  %".2936" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2935", ptr %".2936", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2953" = trunc i64 %".2899" to i16
  %".2954" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2953", ptr %".2954", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2980" = trunc i64 %"cursor.38" to i32
  %".2981" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2980", [40 x i8]* %"header_copy", i32 8)
  %".2982" = icmp eq i64 %".2981", 0
  %".2983" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2984" = load i32, ptr %".2983", align 4
  %".2985" = zext i32 %".2984" to i64
  %"data.125" = inttoptr i64 %".2985" to ptr
  %".2986" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2987" = load i32, ptr %".2986", align 4
  %".2988" = zext i32 %".2987" to i64
  %"data_end.125" = inttoptr i64 %".2988" to ptr
  %".2989" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.125" = load ptr, ptr %".2989", align 8
  %".2990" = xor i1 %".2982", -1
  br i1 %".2990", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2992" = trunc i64 %"cursor.38" to i16
  %".2993" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2992", ptr %".2993", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2996" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2997" = load volatile i8, [40 x i8]* %".2996", align 1
  %".2998" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2999" = load volatile i16, [40 x i8]* %".2998", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3008" = getelementptr i8, ptr %"keys.126", i64 6
  store i8 1, ptr %".3008", align 1
  br i1 %".3006", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3011" = getelementptr i8, ptr %"keys.126", i64 7
  store i8 1, ptr %".3011", align 1
  %".3013" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.52" = load volatile i32, ptr %".3013", align 4
  %".3014" = and i32 %"flags.52", 1
  %".3015" = icmp ne i32 %".3014", 0
  %".3016" = xor i1 %".3015", -1
  br i1 %".3016", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3023" = trunc i64 %".3003" to i16
  %".3024" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3023", ptr %".3024", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3018" = trunc i64 %".3003" to i16
  %".3019" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3018", ptr %".3019", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3046" = trunc i64 %".3003" to i16
  %".3047" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3046", ptr %".3047", align 2
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
  %".3057" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".3057", align 1
  %".3059" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.53" = load volatile i32, ptr %".3059", align 4
  %".3060" = and i32 %"flags.53", 4
  %".3061" = icmp ne i32 %".3060", 0
  br i1 %".3061", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3067" = trunc i64 %".3003" to i16
  %".3068" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3067", ptr %".3068", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3071" = trunc i64 2048 to i16
  %".3072" = call i16 @"llvm.bswap.i16"(i16 %".3071")
  %".3073" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".3072", ptr %".3073", align 2
  %".3075" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".3075", align 1
  %".3077" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.54" = load volatile i32, ptr %".3077", align 4
  %".3078" = and i32 %"flags.54", 4
  %".3079" = icmp ne i32 %".3078", 0
  br i1 %".3079", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3085" = trunc i64 %".3003" to i16
  %".3086" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3085", ptr %".3086", align 2
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
  %".3095" = trunc i64 34887 to i16
  %".3096" = call i16 @"llvm.bswap.i16"(i16 %".3095")
  %".3097" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".3096", ptr %".3097", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.select:
  %".3032" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3028")
  %".3033" = icmp eq i64 %".3032", 17
  br i1 %".3033", label %"ipv6_frag_d1_ipv6_ext1.to_udp", label %"ipv6_frag_d1_ipv6_ext1.select.1"
ipv6_frag_d1_ipv6_ext1.select.1:
  %".3035" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3028")
  %".3036" = icmp eq i64 %".3035", 58
  br i1 %".3036", label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext1.select.2"
ipv6_frag_d1_ipv6_ext1.select.2:
  %".3038" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3028")
  %".3039" = icmp eq i64 %".3038", 0
  br i1 %".3039", label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext1.select.3"
ipv6_frag_d1_ipv6_ext1.select.3:
  %".3041" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3028")
  %".3042" = icmp eq i64 %".3041", 60
  br i1 %".3042", label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext1.select.4"
ipv6_frag_d1_ipv6_ext1.select.4:
  %".3044" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3028")
  switch i64 %".3044", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls"]
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3063" = trunc i64 %".3003" to i16
  %".3064" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3063", ptr %".3064", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3081" = trunc i64 %".3003" to i16
  %".3082" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3081", ptr %".3082", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3108" = trunc i64 %"cursor.39" to i32
  %".3109" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".3108", [40 x i8]* %"header_copy", i32 2)
  %".3110" = icmp eq i64 %".3109", 0
  %".3111" = getelementptr i8, ptr %"ctx.38", i64 76
  %".3112" = load i32, ptr %".3111", align 4
  %".3113" = zext i32 %".3112" to i64
  %"data.127" = inttoptr i64 %".3113" to ptr
  %".3114" = getelementptr i8, ptr %"ctx.38", i64 80
  %".3115" = load i32, ptr %".3114", align 4
  %".3116" = zext i32 %".3115" to i64
  %"data_end.127" = inttoptr i64 %".3116" to ptr
  %".3117" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.127" = load ptr, ptr %".3117", align 8
  %".3118" = xor i1 %".3110", -1
  br i1 %".3118", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3120" = trunc i64 %"cursor.39" to i16
  %".3121" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3120", ptr %".3121", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3124" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3125" = load volatile i8, [40 x i8]* %".3124", align 1
  %".3126" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3127" = load volatile i8, [40 x i8]* %".3126", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3155" = trunc i64 %".3136" to i16
  %".3156" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3155", ptr %".3156", align 2
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
  %".3166" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3166", align 1
  %".3168" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.55" = load volatile i32, ptr %".3168", align 4
  %".3169" = and i32 %"flags.55", 4
  %".3170" = icmp ne i32 %".3169", 0
  br i1 %".3170", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3177" = trunc i64 2048 to i16
  %".3178" = call i16 @"llvm.bswap.i16"(i16 %".3177")
  %".3179" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".3178", ptr %".3179", align 2
  %".3181" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3181", align 1
  %".3183" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.56" = load volatile i32, ptr %".3183", align 4
  %".3184" = and i32 %"flags.56", 4
  %".3185" = icmp ne i32 %".3184", 0
  br i1 %".3185", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1", !prof !0
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
  %".3198" = trunc i64 34887 to i16
  %".3199" = call i16 @"llvm.bswap.i16"(i16 %".3198")
  %".3200" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".3199", ptr %".3200", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.select:
  %".3141" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3137")
  %".3142" = icmp eq i64 %".3141", 17
  br i1 %".3142", label %"ipv6_opts_d0_ipv6_ext2.to_udp", label %"ipv6_opts_d0_ipv6_ext2.select.1"
ipv6_opts_d0_ipv6_ext2.select.1:
  %".3144" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3137")
  %".3145" = icmp eq i64 %".3144", 58
  br i1 %".3145", label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext2.select.2"
ipv6_opts_d0_ipv6_ext2.select.2:
  %".3147" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3137")
  %".3148" = icmp eq i64 %".3147", 0
  br i1 %".3148", label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext2.select.3"
ipv6_opts_d0_ipv6_ext2.select.3:
  %".3150" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3137")
  %".3151" = icmp eq i64 %".3150", 60
  br i1 %".3151", label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext2.select.4"
ipv6_opts_d0_ipv6_ext2.select.4:
  %".3153" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3137")
  switch i64 %".3153", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls"]
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4798", %"widening.test.8"]
  %"data.129" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.172", %"widening.test.8"]
  %"data_end.129" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.172", %"widening.test.8"]
  %"keys.129" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.41" = getelementptr i8, ptr %"data.129", i64 %"cursor.49"
  %".4089" = getelementptr i8, ptr %"hdr.41", i64 2
  %".4090" = icmp ugt ptr %".4089", %"data_end.129"
  br i1 %".4090", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".4092" = getelementptr i8, ptr %"hdr.41", i64 0
  %".4093" = load i8, ptr %".4092", align 1
  %".4094" = getelementptr i8, ptr %"hdr.41", i64 1
  %".4095" = load i8, ptr %".4094", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".4093", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4114", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".4095", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4116", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".4118" = getelementptr i8, ptr %"keys.155", i64 9
  store i8 %"w0_1.16", ptr %".4118", align 1
  %".4120" = add i64 %"cursor.49", 2
  %".4121" = zext i8 %"w1_1.10" to i64
  %".4122" = mul i64 %".4121", 8
  %".4123" = add i64 %".4122", 6
  %".4124" = add i64 %".4123", 2
  %".4125" = add i64 %"cursor.49", %".4124"
  %".4126" = zext i8 %"w0_1.16" to i64
  %".4127" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4126")
  %".4128" = icmp eq i64 %".4127", 6
  br i1 %".4128", label %"ipv6_opts_d0_ipv6_ext3.to_tcp", label %"ipv6_opts_d0_ipv6_ext3.select"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%".3136", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3234", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4787", %"widening.test.7"]
  %"data.130" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.171", %"widening.test.7"]
  %"data_end.130" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.171", %"widening.test.7"]
  %"keys.130" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.42" = getelementptr i8, ptr %"data.130", i64 %"cursor.50"
  %".4204" = getelementptr i8, ptr %"hdr.42", i64 8
  %".4205" = icmp ugt ptr %".4204", %"data_end.130"
  br i1 %".4205", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".4207" = getelementptr i8, ptr %"hdr.42", i64 0
  %".4208" = load i8, ptr %".4207", align 1
  %".4209" = getelementptr i8, ptr %"hdr.42", i64 2
  %".4210" = load i16, ptr %".4209", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".4208", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4229", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".4210", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4231", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".4233" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %"w0_1.17", ptr %".4233", align 1
  %".4235" = add i64 %"cursor.50", 8
  %".4236" = icmp ne i64 1, 0
  %".4237" = and i16 %"w2_2.11", 63743
  %".4238" = icmp eq i16 %".4237", 0
  br i1 %".4236", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".4260" = zext i8 %"w0_1.17" to i64
  %".4261" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4260")
  %".4262" = icmp eq i64 %".4261", 6
  br i1 %".4262", label %"ipv6_frag_d0_ipv6_ext3.to_tcp", label %"ipv6_frag_d0_ipv6_ext3.select"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3172" = trunc i64 %".3136" to i16
  %".3173" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3172", ptr %".3173", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3187" = trunc i64 %".3136" to i16
  %".3188" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3187", ptr %".3188", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3211" = trunc i64 %"cursor.40" to i32
  %".3212" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3211", [40 x i8]* %"header_copy", i32 8)
  %".3213" = icmp eq i64 %".3212", 0
  %".3214" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3215" = load i32, ptr %".3214", align 4
  %".3216" = zext i32 %".3215" to i64
  %"data.131" = inttoptr i64 %".3216" to ptr
  %".3217" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3218" = load i32, ptr %".3217", align 4
  %".3219" = zext i32 %".3218" to i64
  %"data_end.131" = inttoptr i64 %".3219" to ptr
  %".3220" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.131" = load ptr, ptr %".3220", align 8
  %".3221" = xor i1 %".3213", -1
  br i1 %".3221", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3223" = trunc i64 %"cursor.40" to i16
  %".3224" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3223", ptr %".3224", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3227" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3228" = load volatile i8, [40 x i8]* %".3227", align 1
  %".3229" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3230" = load volatile i16, [40 x i8]* %".3229", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3239" = getelementptr i8, ptr %"keys.132", i64 6
  store i8 1, ptr %".3239", align 1
  br i1 %".3237", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3242" = getelementptr i8, ptr %"keys.132", i64 7
  store i8 1, ptr %".3242", align 1
  %".3244" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.57" = load volatile i32, ptr %".3244", align 4
  %".3245" = and i32 %"flags.57", 1
  %".3246" = icmp ne i32 %".3245", 0
  %".3247" = xor i1 %".3246", -1
  br i1 %".3247", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3254" = trunc i64 %".3234" to i16
  %".3255" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3254", ptr %".3255", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3249" = trunc i64 %".3234" to i16
  %".3250" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3249", ptr %".3250", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3277" = trunc i64 %".3234" to i16
  %".3278" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3277", ptr %".3278", align 2
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
  %".3288" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3288", align 1
  %".3290" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.58" = load volatile i32, ptr %".3290", align 4
  %".3291" = and i32 %"flags.58", 4
  %".3292" = icmp ne i32 %".3291", 0
  br i1 %".3292", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3299" = trunc i64 2048 to i16
  %".3300" = call i16 @"llvm.bswap.i16"(i16 %".3299")
  %".3301" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3300", ptr %".3301", align 2
  %".3303" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3303", align 1
  %".3305" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.59" = load volatile i32, ptr %".3305", align 4
  %".3306" = and i32 %"flags.59", 4
  %".3307" = icmp ne i32 %".3306", 0
  br i1 %".3307", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1", !prof !0
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
  %".3320" = trunc i64 34887 to i16
  %".3321" = call i16 @"llvm.bswap.i16"(i16 %".3320")
  %".3322" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3321", ptr %".3322", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.select:
  %".3263" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3259")
  %".3264" = icmp eq i64 %".3263", 17
  br i1 %".3264", label %"ipv6_frag_d0_ipv6_ext2.to_udp", label %"ipv6_frag_d0_ipv6_ext2.select.1"
ipv6_frag_d0_ipv6_ext2.select.1:
  %".3266" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3259")
  %".3267" = icmp eq i64 %".3266", 58
  br i1 %".3267", label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext2.select.2"
ipv6_frag_d0_ipv6_ext2.select.2:
  %".3269" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3259")
  %".3270" = icmp eq i64 %".3269", 0
  br i1 %".3270", label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext2.select.3"
ipv6_frag_d0_ipv6_ext2.select.3:
  %".3272" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3259")
  %".3273" = icmp eq i64 %".3272", 60
  br i1 %".3273", label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext2.select.4"
ipv6_frag_d0_ipv6_ext2.select.4:
  %".3275" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3259")
  switch i64 %".3275", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls"]
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3294" = trunc i64 %".3234" to i16
  %".3295" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3294", ptr %".3295", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3309" = trunc i64 %".3234" to i16
  %".3310" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3309", ptr %".3310", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3331" = trunc i64 %"cursor.41" to i32
  %".3332" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3331", [40 x i8]* %"header_copy", i32 4)
  %".3333" = icmp eq i64 %".3332", 0
  %".3334" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3335" = load i32, ptr %".3334", align 4
  %".3336" = zext i32 %".3335" to i64
  %"data.133" = inttoptr i64 %".3336" to ptr
  %".3337" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3338" = load i32, ptr %".3337", align 4
  %".3339" = zext i32 %".3338" to i64
  %"data_end.133" = inttoptr i64 %".3339" to ptr
  %".3340" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.133" = load ptr, ptr %".3340", align 8
  %".3341" = xor i1 %".3333", -1
  br i1 %".3341", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3343" = trunc i64 %"cursor.41" to i16
  %".3344" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3343", ptr %".3344", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3347" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3348" = load volatile i16, [40 x i8]* %".3347", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3375" = trunc i64 %".3352" to i16
  %".3376" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3375", ptr %".3376", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3381" = trunc i64 %".3352" to i16
  %".3382" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3381", ptr %".3382", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3385" = trunc i64 %".3352" to i16
  %".3386" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3385", ptr %".3386", align 2
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
  %".3398" = trunc i64 %".3352" to i16
  %".3399" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3398", ptr %".3399", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3402" = trunc i64 %".3352" to i16
  %".3403" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3402", ptr %".3403", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
vlan_d1_vlan_tags2.select:
  %".3361" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.8")
  %".3362" = icmp eq i16 %".3361", 56710
  br i1 %".3362", label %"vlan_d1_vlan_tags2.to_ipv6", label %"vlan_d1_vlan_tags2.select.1"
vlan_d1_vlan_tags2.select.1:
  %".3364" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.8")
  %".3365" = icmp eq i16 %".3364", 129
  br i1 %".3365", label %"vlan_d1_vlan_tags2.to_vlan", label %"vlan_d1_vlan_tags2.select.2"
vlan_d1_vlan_tags2.select.2:
  %".3367" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.8")
  %".3368" = icmp eq i16 %".3367", 43144
  br i1 %".3368", label %"vlan_d1_vlan_tags2.to_vlan.1", label %"vlan_d1_vlan_tags2.select.3"
vlan_d1_vlan_tags2.select.3:
  %".3370" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.8")
  %".3371" = icmp eq i16 %".3370", 18312
  br i1 %".3371", label %"vlan_d1_vlan_tags2.to_mpls", label %"vlan_d1_vlan_tags2.select.4"
vlan_d1_vlan_tags2.select.4:
  %".3373" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.8")
  switch i16 %".3373", label %"vlan_d1_vlan_tags2.unknown" [i16 18568, label %"vlan_d1_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags2.to_arp" i16 13696, label %"vlan_d1_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags2.to_ptp" i16 649, label %"vlan_d1_vlan_tags2.to_cfm" i16 51848, label %"vlan_d1_vlan_tags2.to_tipc" i16 1673, label %"vlan_d1_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags2.to_hsr" i16 64392, label %"vlan_d1_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags2.to_batadv"]
hsr_d1_vlan_tags2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3413" = trunc i64 %"cursor.42" to i32
  %".3414" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3413", [40 x i8]* %"header_copy", i32 6)
  %".3415" = icmp eq i64 %".3414", 0
  %".3416" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3417" = load i32, ptr %".3416", align 4
  %".3418" = zext i32 %".3417" to i64
  %"data.135" = inttoptr i64 %".3418" to ptr
  %".3419" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3420" = load i32, ptr %".3419", align 4
  %".3421" = zext i32 %".3420" to i64
  %"data_end.135" = inttoptr i64 %".3421" to ptr
  %".3422" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.135" = load ptr, ptr %".3422", align 8
  %".3423" = xor i1 %".3415", -1
  br i1 %".3423", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3425" = trunc i64 %"cursor.42" to i16
  %".3426" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3425", ptr %".3426", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3429" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3430" = load volatile i16, [40 x i8]* %".3429", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3457" = trunc i64 %".3434" to i16
  %".3458" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3457", ptr %".3458", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3463" = trunc i64 %".3434" to i16
  %".3464" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3463", ptr %".3464", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3467" = trunc i64 %".3434" to i16
  %".3468" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3467", ptr %".3468", align 2
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
  %".3480" = trunc i64 %".3434" to i16
  %".3481" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3480", ptr %".3481", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3484" = trunc i64 %".3434" to i16
  %".3485" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3484", ptr %".3485", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.select:
  %".3443" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.3")
  %".3444" = icmp eq i16 %".3443", 56710
  br i1 %".3444", label %"hsr_d1_vlan_tags2.to_ipv6", label %"hsr_d1_vlan_tags2.select.1"
hsr_d1_vlan_tags2.select.1:
  %".3446" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.3")
  %".3447" = icmp eq i16 %".3446", 129
  br i1 %".3447", label %"hsr_d1_vlan_tags2.to_vlan", label %"hsr_d1_vlan_tags2.select.2"
hsr_d1_vlan_tags2.select.2:
  %".3449" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.3")
  %".3450" = icmp eq i16 %".3449", 43144
  br i1 %".3450", label %"hsr_d1_vlan_tags2.to_vlan.1", label %"hsr_d1_vlan_tags2.select.3"
hsr_d1_vlan_tags2.select.3:
  %".3452" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.3")
  %".3453" = icmp eq i16 %".3452", 18312
  br i1 %".3453", label %"hsr_d1_vlan_tags2.to_mpls", label %"hsr_d1_vlan_tags2.select.4"
hsr_d1_vlan_tags2.select.4:
  %".3455" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.3")
  switch i16 %".3455", label %"hsr_d1_vlan_tags2.unknown" [i16 18568, label %"hsr_d1_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags2.to_arp" i16 13696, label %"hsr_d1_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags2.to_ptp" i16 649, label %"hsr_d1_vlan_tags2.to_cfm" i16 51848, label %"hsr_d1_vlan_tags2.to_tipc" i16 1673, label %"hsr_d1_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags2.to_hsr" i16 64392, label %"hsr_d1_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags2.to_batadv"]
gre_d1.variable:
  %".3495" = zext i8 %"w0_1.9" to i64
  %".3496" = lshr i64 %".3495", 7
  %".3497" = and i64 %".3496", 1
  %".3498" = zext i8 %"w0_1.9" to i64
  %".3499" = lshr i64 %".3498", 5
  %".3500" = and i64 %".3499", 1
  %".3501" = add i64 %".3497", %".3500"
  %".3502" = zext i8 %"w0_1.9" to i64
  %".3503" = lshr i64 %".3502", 4
  %".3504" = and i64 %".3503", 1
  %".3505" = add i64 %".3501", %".3504"
  %".3506" = mul i64 %".3505", 4
  %".3507" = add i64 %".3506", 4
  %".3508" = getelementptr i8, ptr %"data.112", i64 %"cursor.43"
  %".3509" = getelementptr i8, ptr %".3508", i64 %".3507"
  %".3510" = icmp ugt ptr %".3509", %"data_end.112"
  br i1 %".3510", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.138" = phi  ptr [%"data.112", %"gre_d1.variable"], [%"data.137", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.112", %"gre_d1.variable"], [%"data_end.137", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.112", %"gre_d1.variable"], [%"keys.137", %"gre_d1.copy_last_byte_failed.endif"]
  %".3531" = add i64 %"cursor.43", %".3507"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".3512" = add i64 %"cursor.43", %".3507"
  %".3513" = sub i64 %".3512", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3514" = trunc i64 %".3513" to i32
  %".3515" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3514", i64* %"last_byte", i32 1)
  %".3516" = icmp eq i64 %".3515", 0
  %".3517" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3518" = load i32, ptr %".3517", align 4
  %".3519" = zext i32 %".3518" to i64
  %"data.137" = inttoptr i64 %".3519" to ptr
  %".3520" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3521" = load i32, ptr %".3520", align 4
  %".3522" = zext i32 %".3521" to i64
  %"data_end.137" = inttoptr i64 %".3522" to ptr
  %".3523" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.137" = load ptr, ptr %".3523", align 8
  %".3524" = xor i1 %".3516", -1
  br i1 %".3524", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3526" = trunc i64 %"cursor.43" to i16
  %".3527" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3526", ptr %".3527", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3539" = trunc i64 %"end.4" to i16
  %".3540" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3539", ptr %".3540", align 2
  br label %"return"
gre_d1.unknown:
  %".3562" = trunc i64 %"end.4" to i16
  %".3563" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3562", ptr %".3563", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3570" = trunc i64 %"end.4" to i16
  %".3571" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3570", ptr %".3571", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3574" = trunc i64 %"end.4" to i16
  %".3575" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3574", ptr %".3575", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3578" = trunc i64 %"end.4" to i16
  %".3579" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3578", ptr %".3579", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3582" = trunc i64 %"end.4" to i16
  %".3583" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3582", ptr %".3583", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3586" = trunc i64 %"end.4" to i16
  %".3587" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3586", ptr %".3587", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3590" = trunc i64 %"end.4" to i16
  %".3591" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3590", ptr %".3591", align 2
  br label %"return"
gre_d1.to_arp:
  %".3594" = trunc i64 %"end.4" to i16
  %".3595" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3594", ptr %".3595", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3598" = trunc i64 %"end.4" to i16
  %".3599" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3598", ptr %".3599", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3602" = trunc i64 %"end.4" to i16
  %".3603" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3602", ptr %".3603", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3606" = trunc i64 %"end.4" to i16
  %".3607" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3606", ptr %".3607", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3610" = trunc i64 %"end.4" to i16
  %".3611" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3610", ptr %".3611", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3614" = trunc i64 %"end.4" to i16
  %".3615" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3614", ptr %".3615", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3618" = trunc i64 %"end.4" to i16
  %".3619" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3618", ptr %".3619", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3622" = trunc i64 %"end.4" to i16
  %".3623" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3622", ptr %".3623", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3626" = trunc i64 %"end.4" to i16
  %".3627" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3626", ptr %".3627", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3630" = trunc i64 %"end.4" to i16
  %".3631" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3630", ptr %".3631", align 2
  br label %"return"
gre_d1.select:
  %".3548" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.5")
  %".3549" = icmp eq i16 %".3548", 56710
  br i1 %".3549", label %"gre_d1.to_ipv6", label %"gre_d1.select.1"
gre_d1.select.1:
  %".3551" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.5")
  %".3552" = icmp eq i16 %".3551", 129
  br i1 %".3552", label %"gre_d1.to_vlan", label %"gre_d1.select.2"
gre_d1.select.2:
  %".3554" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.5")
  %".3555" = icmp eq i16 %".3554", 43144
  br i1 %".3555", label %"gre_d1.to_vlan.1", label %"gre_d1.select.3"
gre_d1.select.3:
  %".3557" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.5")
  %".3558" = icmp eq i16 %".3557", 18312
  br i1 %".3558", label %"gre_d1.to_mpls", label %"gre_d1.select.4"
gre_d1.select.4:
  %".3560" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.5")
  switch i16 %".3560", label %"gre_d1.unknown" [i16 18568, label %"gre_d1.to_mpls.1" i16 25736, label %"gre_d1.to_pppoe" i16 1544, label %"gre_d1.to_arp" i16 13696, label %"gre_d1.to_arp.1" i16 63368, label %"gre_d1.to_ptp" i16 649, label %"gre_d1.to_cfm" i16 51848, label %"gre_d1.to_tipc" i16 1673, label %"gre_d1.to_fcoe" i16 12169, label %"gre_d1.to_hsr" i16 64392, label %"gre_d1.to_hsr.1" i16 1347, label %"gre_d1.to_batadv" i16 22629, label %"gre_d1.to_ethernet"]
pptp_d1.stop_before:
  %".3643" = trunc i64 %"cursor.44" to i16
  %".3644" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".3643", ptr %".3644", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".3669" = add i64 %"cursor.44", %".3664"
  %".3670" = sub i64 %".3669", 1
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3671" = trunc i64 %".3670" to i32
  %".3672" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3671", i64* %"last_byte", i32 1)
  %".3673" = icmp eq i64 %".3672", 0
  %".3674" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3675" = load i32, ptr %".3674", align 4
  %".3676" = zext i32 %".3675" to i64
  %"data.140" = inttoptr i64 %".3676" to ptr
  %".3677" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3678" = load i32, ptr %".3677", align 4
  %".3679" = zext i32 %".3678" to i64
  %"data_end.140" = inttoptr i64 %".3679" to ptr
  %".3680" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.140" = load ptr, ptr %".3680", align 8
  %".3681" = xor i1 %".3673", -1
  br i1 %".3681", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3683" = trunc i64 %"cursor.44" to i16
  %".3684" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3683", ptr %".3684", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3693" = trunc i64 %"end.5" to i16
  %".3694" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3693", ptr %".3694", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3704" = trunc i64 %"cursor.45" to i32
  %".3705" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3704", [40 x i8]* %"header_copy", i32 14)
  %".3706" = icmp eq i64 %".3705", 0
  %".3707" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3708" = load i32, ptr %".3707", align 4
  %".3709" = zext i32 %".3708" to i64
  %"data.143" = inttoptr i64 %".3709" to ptr
  %".3710" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3711" = load i32, ptr %".3710", align 4
  %".3712" = zext i32 %".3711" to i64
  %"data_end.143" = inttoptr i64 %".3712" to ptr
  %".3713" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.143" = load ptr, ptr %".3713", align 8
  %".3714" = xor i1 %".3706", -1
  br i1 %".3714", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3716" = trunc i64 %"cursor.45" to i16
  %".3717" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".3716", ptr %".3717", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3720" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3721" = load volatile i16, [40 x i8]* %".3720", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3745" = trunc i64 %".3725" to i16
  %".3746" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3745", ptr %".3746", align 2
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
  %".3731" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w12_2")
  %".3732" = icmp eq i16 %".3731", 56710
  br i1 %".3732", label %"ethernet_d1.to_ipv6", label %"ethernet_d1.select.1"
ethernet_d1.select.1:
  %".3734" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w12_2")
  %".3735" = icmp eq i16 %".3734", 129
  br i1 %".3735", label %"ethernet_d1.to_vlan", label %"ethernet_d1.select.2"
ethernet_d1.select.2:
  %".3737" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w12_2")
  %".3738" = icmp eq i16 %".3737", 43144
  br i1 %".3738", label %"ethernet_d1.to_vlan.1", label %"ethernet_d1.select.3"
ethernet_d1.select.3:
  %".3740" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w12_2")
  %".3741" = icmp eq i16 %".3740", 18312
  br i1 %".3741", label %"ethernet_d1.to_mpls", label %"ethernet_d1.select.4"
ethernet_d1.select.4:
  %".3743" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w12_2")
  switch i16 %".3743", label %"ethernet_d1.unknown" [i16 18568, label %"ethernet_d1.to_mpls.1" i16 25736, label %"ethernet_d1.to_pppoe" i16 1544, label %"ethernet_d1.to_arp" i16 13696, label %"ethernet_d1.to_arp.1" i16 63368, label %"ethernet_d1.to_ptp" i16 649, label %"ethernet_d1.to_cfm" i16 51848, label %"ethernet_d1.to_tipc" i16 1673, label %"ethernet_d1.to_fcoe" i16 12169, label %"ethernet_d1.to_hsr" i16 64392, label %"ethernet_d1.to_hsr.1" i16 1347, label %"ethernet_d1.to_batadv"]
ppp_d0.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3771" = trunc i64 %"cursor.46" to i32
  %".3772" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3771", [40 x i8]* %"header_copy", i32 4)
  %".3773" = icmp eq i64 %".3772", 0
  %".3774" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3775" = load i32, ptr %".3774", align 4
  %".3776" = zext i32 %".3775" to i64
  %"data.145" = inttoptr i64 %".3776" to ptr
  %".3777" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3778" = load i32, ptr %".3777", align 4
  %".3779" = zext i32 %".3778" to i64
  %"data_end.145" = inttoptr i64 %".3779" to ptr
  %".3780" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.145" = load ptr, ptr %".3780", align 8
  %".3781" = xor i1 %".3773", -1
  br i1 %".3781", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3783" = trunc i64 %"cursor.46" to i16
  %".3784" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3783", ptr %".3784", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3787" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3788" = load volatile i16, [40 x i8]* %".3787", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3800" = and i64 %".3792", 0
  %".3801" = icmp eq i64 %".3800", 0
  br i1 %".3801", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select.2"
ppp_d0.to_ipv6:
  %".3822" = trunc i64 34525 to i16
  %".3823" = call i16 @"llvm.bswap.i16"(i16 %".3822")
  %".3824" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".3823", ptr %".3824", align 2
  %".3826" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3826", align 1
  %".3828" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.62" = load volatile i32, ptr %".3828", align 4
  %".3829" = and i32 %"flags.62", 4
  %".3830" = icmp ne i32 %".3829", 0
  br i1 %".3830", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1", !prof !0
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.to_ppp_unknown:
  %".3837" = trunc i64 34827 to i16
  %".3838" = call i16 @"llvm.bswap.i16"(i16 %".3837")
  %".3839" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".3838", ptr %".3839", align 2
  %".3841" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3841", align 1
  %".3843" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.63" = load volatile i32, ptr %".3843", align 4
  %".3844" = and i32 %"flags.63", 4
  %".3845" = icmp ne i32 %".3844", 0
  br i1 %".3845", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2", !prof !0
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_d0.select:
  %".3796" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.9")
  %".3797" = icmp eq i16 %".3796", 22272
  br i1 %".3797", label %"ppp_d0.to_ipv6", label %"ppp_d0.select.1"
ppp_d0.select.1:
  br label %"ppp_d0.unknown"
ppp_d0.select.2:
  %".3803" = trunc i64 %".3790" to i16
  %".3804" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3803", ptr %".3804", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3817" = trunc i64 %".3790" to i16
  %".3818" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3817", ptr %".3818", align 2
  br label %"return"
ppp_d0.stop_at_encap.1:
  %".3832" = trunc i64 %".3790" to i16
  %".3833" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3832", ptr %".3833", align 2
  br label %"return"
ppp_d0.stop_at_encap.2:
  %".3847" = trunc i64 %".3790" to i16
  %".3848" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3847", ptr %".3848", align 2
  br label %"return"
ppp_unknown:
  %"cursor.52" = phi  i64 [%".3790", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.147" = phi  ptr [%"data.146", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.147" = phi  ptr [%"data_end.146", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.147" = phi  ptr [%"keys.146", %"ppp_d0.stop_at_encap.endif.2"]
  %".4434" = add i64 %"cursor.52", 0
  %".4435" = trunc i64 %".4434" to i16
  %".4436" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".4435", ptr %".4436", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3860" = trunc i64 %"cursor.47" to i32
  %".3861" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3860", [40 x i8]* %"header_copy", i32 2)
  %".3862" = icmp eq i64 %".3861", 0
  %".3863" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3864" = load i32, ptr %".3863", align 4
  %".3865" = zext i32 %".3864" to i64
  %"data.148" = inttoptr i64 %".3865" to ptr
  %".3866" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3867" = load i32, ptr %".3866", align 4
  %".3868" = zext i32 %".3867" to i64
  %"data_end.148" = inttoptr i64 %".3868" to ptr
  %".3869" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.148" = load ptr, ptr %".3869", align 8
  %".3870" = xor i1 %".3862", -1
  br i1 %".3870", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3872" = trunc i64 %"cursor.47" to i16
  %".3873" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3872", ptr %".3873", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3876" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3877" = load volatile i8, [40 x i8]* %".3876", align 1
  %".3878" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3879" = load volatile i8, [40 x i8]* %".3878", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3907" = trunc i64 %".3888" to i16
  %".3908" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3907", ptr %".3908", align 2
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
  %".3918" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3918", align 1
  %".3920" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.64" = load volatile i32, ptr %".3920", align 4
  %".3921" = and i32 %"flags.64", 4
  %".3922" = icmp ne i32 %".3921", 0
  br i1 %".3922", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3928" = trunc i64 %".3888" to i16
  %".3929" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3928", ptr %".3929", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3932" = trunc i64 2048 to i16
  %".3933" = call i16 @"llvm.bswap.i16"(i16 %".3932")
  %".3934" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3933", ptr %".3934", align 2
  %".3936" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3936", align 1
  %".3938" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.65" = load volatile i32, ptr %".3938", align 4
  %".3939" = and i32 %"flags.65", 4
  %".3940" = icmp ne i32 %".3939", 0
  br i1 %".3940", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3946" = trunc i64 %".3888" to i16
  %".3947" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3946", ptr %".3947", align 2
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
  %".3956" = trunc i64 34887 to i16
  %".3957" = call i16 @"llvm.bswap.i16"(i16 %".3956")
  %".3958" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3957", ptr %".3958", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.select:
  %".3893" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3889")
  %".3894" = icmp eq i64 %".3893", 17
  br i1 %".3894", label %"ipv6_opts_d1_ipv6_ext2.to_udp", label %"ipv6_opts_d1_ipv6_ext2.select.1"
ipv6_opts_d1_ipv6_ext2.select.1:
  %".3896" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3889")
  %".3897" = icmp eq i64 %".3896", 58
  br i1 %".3897", label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext2.select.2"
ipv6_opts_d1_ipv6_ext2.select.2:
  %".3899" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3889")
  %".3900" = icmp eq i64 %".3899", 0
  br i1 %".3900", label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext2.select.3"
ipv6_opts_d1_ipv6_ext2.select.3:
  %".3902" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3889")
  %".3903" = icmp eq i64 %".3902", 60
  br i1 %".3903", label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext2.select.4"
ipv6_opts_d1_ipv6_ext2.select.4:
  %".3905" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3889")
  switch i64 %".3905", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls"]
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".5007", %"widening.test.27"]
  %"data.150" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.191", %"widening.test.27"]
  %"data_end.150" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.191", %"widening.test.27"]
  %"keys.150" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.27"]
  %"hdr.44" = getelementptr i8, ptr %"data.150", i64 %"cursor.53"
  %".4439" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4440" = icmp ugt ptr %".4439", %"data_end.150"
  br i1 %".4440", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4442" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4443" = load i8, ptr %".4442", align 1
  %".4444" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4445" = load i8, ptr %".4444", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".4443", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4464", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4445", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4466", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4468" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %"w0_1.18", ptr %".4468", align 1
  %".4470" = add i64 %"cursor.53", 2
  %".4471" = zext i8 %"w1_1.11" to i64
  %".4472" = mul i64 %".4471", 8
  %".4473" = add i64 %".4472", 6
  %".4474" = add i64 %".4473", 2
  %".4475" = add i64 %"cursor.53", %".4474"
  %".4476" = zext i8 %"w0_1.18" to i64
  %".4477" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4476")
  %".4478" = icmp eq i64 %".4477", 6
  br i1 %".4478", label %"ipv6_opts_d1_ipv6_ext3.to_tcp", label %"ipv6_opts_d1_ipv6_ext3.select"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%".3888", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3992", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4996", %"widening.test.26"]
  %"data.151" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.190", %"widening.test.26"]
  %"data_end.151" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.190", %"widening.test.26"]
  %"keys.151" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.26"]
  %"hdr.45" = getelementptr i8, ptr %"data.151", i64 %"cursor.54"
  %".4560" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4561" = icmp ugt ptr %".4560", %"data_end.151"
  br i1 %".4561", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4563" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4564" = load i8, ptr %".4563", align 1
  %".4565" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4566" = load i16, ptr %".4565", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4564", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4585", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".4566", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4587", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4589" = getelementptr i8, ptr %"keys.163", i64 9
  store i8 %"w0_1.19", ptr %".4589", align 1
  %".4591" = add i64 %"cursor.54", 8
  %".4592" = icmp ne i64 1, 0
  %".4593" = and i16 %"w2_2.13", 63743
  %".4594" = icmp eq i16 %".4593", 0
  br i1 %".4592", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4616" = zext i8 %"w0_1.19" to i64
  %".4617" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4616")
  %".4618" = icmp eq i64 %".4617", 6
  br i1 %".4618", label %"ipv6_frag_d1_ipv6_ext3.to_tcp", label %"ipv6_frag_d1_ipv6_ext3.select"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3924" = trunc i64 %".3888" to i16
  %".3925" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3924", ptr %".3925", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3942" = trunc i64 %".3888" to i16
  %".3943" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3942", ptr %".3943", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3969" = trunc i64 %"cursor.48" to i32
  %".3970" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3969", [40 x i8]* %"header_copy", i32 8)
  %".3971" = icmp eq i64 %".3970", 0
  %".3972" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3973" = load i32, ptr %".3972", align 4
  %".3974" = zext i32 %".3973" to i64
  %"data.152" = inttoptr i64 %".3974" to ptr
  %".3975" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3976" = load i32, ptr %".3975", align 4
  %".3977" = zext i32 %".3976" to i64
  %"data_end.152" = inttoptr i64 %".3977" to ptr
  %".3978" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.152" = load ptr, ptr %".3978", align 8
  %".3979" = xor i1 %".3971", -1
  br i1 %".3979", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3981" = trunc i64 %"cursor.48" to i16
  %".3982" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3981", ptr %".3982", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3985" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3986" = load volatile i8, [40 x i8]* %".3985", align 1
  %".3987" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3988" = load volatile i16, [40 x i8]* %".3987", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3997" = getelementptr i8, ptr %"keys.153", i64 6
  store i8 1, ptr %".3997", align 1
  br i1 %".3995", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".4000" = getelementptr i8, ptr %"keys.153", i64 7
  store i8 1, ptr %".4000", align 1
  %".4002" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.66" = load volatile i32, ptr %".4002", align 4
  %".4003" = and i32 %"flags.66", 1
  %".4004" = icmp ne i32 %".4003", 0
  %".4005" = xor i1 %".4004", -1
  br i1 %".4005", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".4012" = trunc i64 %".3992" to i16
  %".4013" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4012", ptr %".4013", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".4007" = trunc i64 %".3992" to i16
  %".4008" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4007", ptr %".4008", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".4035" = trunc i64 %".3992" to i16
  %".4036" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4035", ptr %".4036", align 2
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
  %".4046" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4046", align 1
  %".4048" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.67" = load volatile i32, ptr %".4048", align 4
  %".4049" = and i32 %"flags.67", 4
  %".4050" = icmp ne i32 %".4049", 0
  br i1 %".4050", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".4056" = trunc i64 %".3992" to i16
  %".4057" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4056", ptr %".4057", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".4060" = trunc i64 2048 to i16
  %".4061" = call i16 @"llvm.bswap.i16"(i16 %".4060")
  %".4062" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4061", ptr %".4062", align 2
  %".4064" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4064", align 1
  %".4066" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.68" = load volatile i32, ptr %".4066", align 4
  %".4067" = and i32 %"flags.68", 4
  %".4068" = icmp ne i32 %".4067", 0
  br i1 %".4068", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4074" = trunc i64 %".3992" to i16
  %".4075" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4074", ptr %".4075", align 2
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
  %".4084" = trunc i64 34887 to i16
  %".4085" = call i16 @"llvm.bswap.i16"(i16 %".4084")
  %".4086" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4085", ptr %".4086", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.select:
  %".4021" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4017")
  %".4022" = icmp eq i64 %".4021", 17
  br i1 %".4022", label %"ipv6_frag_d1_ipv6_ext2.to_udp", label %"ipv6_frag_d1_ipv6_ext2.select.1"
ipv6_frag_d1_ipv6_ext2.select.1:
  %".4024" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4017")
  %".4025" = icmp eq i64 %".4024", 58
  br i1 %".4025", label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext2.select.2"
ipv6_frag_d1_ipv6_ext2.select.2:
  %".4027" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4017")
  %".4028" = icmp eq i64 %".4027", 0
  br i1 %".4028", label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext2.select.3"
ipv6_frag_d1_ipv6_ext2.select.3:
  %".4030" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4017")
  %".4031" = icmp eq i64 %".4030", 60
  br i1 %".4031", label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext2.select.4"
ipv6_frag_d1_ipv6_ext2.select.4:
  %".4033" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4017")
  switch i64 %".4033", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls"]
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".4052" = trunc i64 %".3992" to i16
  %".4053" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4052", ptr %".4053", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".4070" = trunc i64 %".3992" to i16
  %".4071" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4070", ptr %".4071", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4097" = trunc i64 %"cursor.49" to i32
  %".4098" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".4097", [40 x i8]* %"header_copy", i32 2)
  %".4099" = icmp eq i64 %".4098", 0
  %".4100" = getelementptr i8, ptr %"ctx.48", i64 76
  %".4101" = load i32, ptr %".4100", align 4
  %".4102" = zext i32 %".4101" to i64
  %"data.154" = inttoptr i64 %".4102" to ptr
  %".4103" = getelementptr i8, ptr %"ctx.48", i64 80
  %".4104" = load i32, ptr %".4103", align 4
  %".4105" = zext i32 %".4104" to i64
  %"data_end.154" = inttoptr i64 %".4105" to ptr
  %".4106" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.154" = load ptr, ptr %".4106", align 8
  %".4107" = xor i1 %".4099", -1
  br i1 %".4107", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".4109" = trunc i64 %"cursor.49" to i16
  %".4110" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".4109", ptr %".4110", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".4113" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4114" = load volatile i8, [40 x i8]* %".4113", align 1
  %".4115" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4116" = load volatile i8, [40 x i8]* %".4115", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".4144" = trunc i64 %".4125" to i16
  %".4145" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4144", ptr %".4145", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".4151" = trunc i64 %".4125" to i16
  %".4152" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4151", ptr %".4152", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4155" = trunc i64 %".4125" to i16
  %".4156" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4155", ptr %".4156", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4159" = trunc i64 %".4125" to i16
  %".4160" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4159", ptr %".4160", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".4163" = trunc i64 %".4125" to i16
  %".4164" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4163", ptr %".4164", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".4167" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4167", align 1
  %".4169" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.69" = load volatile i32, ptr %".4169", align 4
  %".4170" = and i32 %"flags.69", 4
  %".4171" = icmp ne i32 %".4170", 0
  br i1 %".4171", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".4178" = trunc i64 2048 to i16
  %".4179" = call i16 @"llvm.bswap.i16"(i16 %".4178")
  %".4180" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4179", ptr %".4180", align 2
  %".4182" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4182", align 1
  %".4184" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.70" = load volatile i32, ptr %".4184", align 4
  %".4185" = and i32 %"flags.70", 4
  %".4186" = icmp ne i32 %".4185", 0
  br i1 %".4186", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1", !prof !0
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
  %".4199" = trunc i64 34887 to i16
  %".4200" = call i16 @"llvm.bswap.i16"(i16 %".4199")
  %".4201" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4200", ptr %".4201", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.select:
  %".4130" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4126")
  %".4131" = icmp eq i64 %".4130", 17
  br i1 %".4131", label %"ipv6_opts_d0_ipv6_ext3.to_udp", label %"ipv6_opts_d0_ipv6_ext3.select.1"
ipv6_opts_d0_ipv6_ext3.select.1:
  %".4133" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4126")
  %".4134" = icmp eq i64 %".4133", 58
  br i1 %".4134", label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext3.select.2"
ipv6_opts_d0_ipv6_ext3.select.2:
  %".4136" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4126")
  %".4137" = icmp eq i64 %".4136", 0
  br i1 %".4137", label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext3.select.3"
ipv6_opts_d0_ipv6_ext3.select.3:
  %".4139" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4126")
  %".4140" = icmp eq i64 %".4139", 60
  br i1 %".4140", label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext3.select.4"
ipv6_opts_d0_ipv6_ext3.select.4:
  %".4142" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4126")
  switch i64 %".4142", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls"]
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".4173" = trunc i64 %".4125" to i16
  %".4174" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4173", ptr %".4174", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".4188" = trunc i64 %".4125" to i16
  %".4189" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4188", ptr %".4189", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4212" = trunc i64 %"cursor.50" to i32
  %".4213" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".4212", [40 x i8]* %"header_copy", i32 8)
  %".4214" = icmp eq i64 %".4213", 0
  %".4215" = getelementptr i8, ptr %"ctx.49", i64 76
  %".4216" = load i32, ptr %".4215", align 4
  %".4217" = zext i32 %".4216" to i64
  %"data.156" = inttoptr i64 %".4217" to ptr
  %".4218" = getelementptr i8, ptr %"ctx.49", i64 80
  %".4219" = load i32, ptr %".4218", align 4
  %".4220" = zext i32 %".4219" to i64
  %"data_end.156" = inttoptr i64 %".4220" to ptr
  %".4221" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.156" = load ptr, ptr %".4221", align 8
  %".4222" = xor i1 %".4214", -1
  br i1 %".4222", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".4224" = trunc i64 %"cursor.50" to i16
  %".4225" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".4224", ptr %".4225", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".4228" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4229" = load volatile i8, [40 x i8]* %".4228", align 1
  %".4230" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4231" = load volatile i16, [40 x i8]* %".4230", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".4240" = getelementptr i8, ptr %"keys.157", i64 6
  store i8 1, ptr %".4240", align 1
  br i1 %".4238", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".4243" = getelementptr i8, ptr %"keys.157", i64 7
  store i8 1, ptr %".4243", align 1
  %".4245" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.71" = load volatile i32, ptr %".4245", align 4
  %".4246" = and i32 %"flags.71", 1
  %".4247" = icmp ne i32 %".4246", 0
  %".4248" = xor i1 %".4247", -1
  br i1 %".4248", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".4255" = trunc i64 %".4235" to i16
  %".4256" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4255", ptr %".4256", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".4250" = trunc i64 %".4235" to i16
  %".4251" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4250", ptr %".4251", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".4278" = trunc i64 %".4235" to i16
  %".4279" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4278", ptr %".4279", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".4285" = trunc i64 %".4235" to i16
  %".4286" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4285", ptr %".4286", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4289" = trunc i64 %".4235" to i16
  %".4290" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4289", ptr %".4290", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4293" = trunc i64 %".4235" to i16
  %".4294" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4293", ptr %".4294", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".4297" = trunc i64 %".4235" to i16
  %".4298" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4297", ptr %".4298", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".4301" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4301", align 1
  %".4303" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.72" = load volatile i32, ptr %".4303", align 4
  %".4304" = and i32 %"flags.72", 4
  %".4305" = icmp ne i32 %".4304", 0
  br i1 %".4305", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".4312" = trunc i64 2048 to i16
  %".4313" = call i16 @"llvm.bswap.i16"(i16 %".4312")
  %".4314" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4313", ptr %".4314", align 2
  %".4316" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4316", align 1
  %".4318" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.73" = load volatile i32, ptr %".4318", align 4
  %".4319" = and i32 %"flags.73", 4
  %".4320" = icmp ne i32 %".4319", 0
  br i1 %".4320", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1", !prof !0
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
  %".4333" = trunc i64 34887 to i16
  %".4334" = call i16 @"llvm.bswap.i16"(i16 %".4333")
  %".4335" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4334", ptr %".4335", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.select:
  %".4264" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4260")
  %".4265" = icmp eq i64 %".4264", 17
  br i1 %".4265", label %"ipv6_frag_d0_ipv6_ext3.to_udp", label %"ipv6_frag_d0_ipv6_ext3.select.1"
ipv6_frag_d0_ipv6_ext3.select.1:
  %".4267" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4260")
  %".4268" = icmp eq i64 %".4267", 58
  br i1 %".4268", label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext3.select.2"
ipv6_frag_d0_ipv6_ext3.select.2:
  %".4270" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4260")
  %".4271" = icmp eq i64 %".4270", 0
  br i1 %".4271", label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext3.select.3"
ipv6_frag_d0_ipv6_ext3.select.3:
  %".4273" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4260")
  %".4274" = icmp eq i64 %".4273", 60
  br i1 %".4274", label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext3.select.4"
ipv6_frag_d0_ipv6_ext3.select.4:
  %".4276" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4260")
  switch i64 %".4276", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".4307" = trunc i64 %".4235" to i16
  %".4308" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4307", ptr %".4308", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".4322" = trunc i64 %".4235" to i16
  %".4323" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4322", ptr %".4323", align 2
  br label %"return"
ppp_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4344" = trunc i64 %"cursor.51" to i32
  %".4345" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4344", [40 x i8]* %"header_copy", i32 4)
  %".4346" = icmp eq i64 %".4345", 0
  %".4347" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4348" = load i32, ptr %".4347", align 4
  %".4349" = zext i32 %".4348" to i64
  %"data.158" = inttoptr i64 %".4349" to ptr
  %".4350" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4351" = load i32, ptr %".4350", align 4
  %".4352" = zext i32 %".4351" to i64
  %"data_end.158" = inttoptr i64 %".4352" to ptr
  %".4353" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.158" = load ptr, ptr %".4353", align 8
  %".4354" = xor i1 %".4346", -1
  br i1 %".4354", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".4356" = trunc i64 %"cursor.51" to i16
  %".4357" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".4356", ptr %".4357", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".4360" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4361" = load volatile i16, [40 x i8]* %".4360", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".4373" = and i64 %".4365", 0
  %".4374" = icmp eq i64 %".4373", 0
  br i1 %".4374", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select.2"
ppp_d1.to_ipv6:
  %".4398" = trunc i64 34525 to i16
  %".4399" = call i16 @"llvm.bswap.i16"(i16 %".4398")
  %".4400" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4399", ptr %".4400", align 2
  %".4402" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4402", align 1
  %".4404" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.75" = load volatile i32, ptr %".4404", align 4
  %".4405" = and i32 %"flags.75", 4
  %".4406" = icmp ne i32 %".4405", 0
  br i1 %".4406", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1", !prof !0
ppp_d1.stop_at_encap.endif.1:
  %".4412" = trunc i64 %".4363" to i16
  %".4413" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4412", ptr %".4413", align 2
  br label %"return"
ppp_d1.to_ppp_unknown:
  %".4416" = trunc i64 34827 to i16
  %".4417" = call i16 @"llvm.bswap.i16"(i16 %".4416")
  %".4418" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4417", ptr %".4418", align 2
  %".4420" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4420", align 1
  %".4422" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.76" = load volatile i32, ptr %".4422", align 4
  %".4423" = and i32 %"flags.76", 4
  %".4424" = icmp ne i32 %".4423", 0
  br i1 %".4424", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2", !prof !0
ppp_d1.stop_at_encap.endif.2:
  %".4430" = trunc i64 %".4363" to i16
  %".4431" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4430", ptr %".4431", align 2
  br label %"return"
ppp_d1.select:
  %".4369" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.12")
  %".4370" = icmp eq i16 %".4369", 22272
  br i1 %".4370", label %"ppp_d1.to_ipv6", label %"ppp_d1.select.1"
ppp_d1.select.1:
  br label %"ppp_d1.unknown"
ppp_d1.select.2:
  %".4376" = trunc i64 %".4363" to i16
  %".4377" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4376", ptr %".4377", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".4390" = trunc i64 %".4363" to i16
  %".4391" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4390", ptr %".4391", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".4408" = trunc i64 %".4363" to i16
  %".4409" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4408", ptr %".4409", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".4426" = trunc i64 %".4363" to i16
  %".4427" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4426", ptr %".4427", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4447" = trunc i64 %"cursor.53" to i32
  %".4448" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4447", [40 x i8]* %"header_copy", i32 2)
  %".4449" = icmp eq i64 %".4448", 0
  %".4450" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4451" = load i32, ptr %".4450", align 4
  %".4452" = zext i32 %".4451" to i64
  %"data.160" = inttoptr i64 %".4452" to ptr
  %".4453" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4454" = load i32, ptr %".4453", align 4
  %".4455" = zext i32 %".4454" to i64
  %"data_end.160" = inttoptr i64 %".4455" to ptr
  %".4456" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.160" = load ptr, ptr %".4456", align 8
  %".4457" = xor i1 %".4449", -1
  br i1 %".4457", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4459" = trunc i64 %"cursor.53" to i16
  %".4460" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".4459", ptr %".4460", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4463" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4464" = load volatile i8, [40 x i8]* %".4463", align 1
  %".4465" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4466" = load volatile i8, [40 x i8]* %".4465", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4494" = trunc i64 %".4475" to i16
  %".4495" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4494", ptr %".4495", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".4501" = trunc i64 %".4475" to i16
  %".4502" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4501", ptr %".4502", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4505" = trunc i64 %".4475" to i16
  %".4506" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4505", ptr %".4506", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4509" = trunc i64 %".4475" to i16
  %".4510" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4509", ptr %".4510", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4513" = trunc i64 %".4475" to i16
  %".4514" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4513", ptr %".4514", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4517" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4517", align 1
  %".4519" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.77" = load volatile i32, ptr %".4519", align 4
  %".4520" = and i32 %"flags.77", 4
  %".4521" = icmp ne i32 %".4520", 0
  br i1 %".4521", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4527" = trunc i64 %".4475" to i16
  %".4528" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4527", ptr %".4528", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4531" = trunc i64 2048 to i16
  %".4532" = call i16 @"llvm.bswap.i16"(i16 %".4531")
  %".4533" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4532", ptr %".4533", align 2
  %".4535" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4535", align 1
  %".4537" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.78" = load volatile i32, ptr %".4537", align 4
  %".4538" = and i32 %"flags.78", 4
  %".4539" = icmp ne i32 %".4538", 0
  br i1 %".4539", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4545" = trunc i64 %".4475" to i16
  %".4546" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4545", ptr %".4546", align 2
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
  %".4555" = trunc i64 34887 to i16
  %".4556" = call i16 @"llvm.bswap.i16"(i16 %".4555")
  %".4557" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4556", ptr %".4557", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.select:
  %".4480" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4476")
  %".4481" = icmp eq i64 %".4480", 17
  br i1 %".4481", label %"ipv6_opts_d1_ipv6_ext3.to_udp", label %"ipv6_opts_d1_ipv6_ext3.select.1"
ipv6_opts_d1_ipv6_ext3.select.1:
  %".4483" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4476")
  %".4484" = icmp eq i64 %".4483", 58
  br i1 %".4484", label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext3.select.2"
ipv6_opts_d1_ipv6_ext3.select.2:
  %".4486" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4476")
  %".4487" = icmp eq i64 %".4486", 0
  br i1 %".4487", label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext3.select.3"
ipv6_opts_d1_ipv6_ext3.select.3:
  %".4489" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4476")
  %".4490" = icmp eq i64 %".4489", 60
  br i1 %".4490", label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext3.select.4"
ipv6_opts_d1_ipv6_ext3.select.4:
  %".4492" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4476")
  switch i64 %".4492", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls"]
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4523" = trunc i64 %".4475" to i16
  %".4524" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4523", ptr %".4524", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4541" = trunc i64 %".4475" to i16
  %".4542" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4541", ptr %".4542", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4568" = trunc i64 %"cursor.54" to i32
  %".4569" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4568", [40 x i8]* %"header_copy", i32 8)
  %".4570" = icmp eq i64 %".4569", 0
  %".4571" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4572" = load i32, ptr %".4571", align 4
  %".4573" = zext i32 %".4572" to i64
  %"data.162" = inttoptr i64 %".4573" to ptr
  %".4574" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4575" = load i32, ptr %".4574", align 4
  %".4576" = zext i32 %".4575" to i64
  %"data_end.162" = inttoptr i64 %".4576" to ptr
  %".4577" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.162" = load ptr, ptr %".4577", align 8
  %".4578" = xor i1 %".4570", -1
  br i1 %".4578", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4580" = trunc i64 %"cursor.54" to i16
  %".4581" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".4580", ptr %".4581", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4584" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4585" = load volatile i8, [40 x i8]* %".4584", align 1
  %".4586" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4587" = load volatile i16, [40 x i8]* %".4586", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4596" = getelementptr i8, ptr %"keys.163", i64 6
  store i8 1, ptr %".4596", align 1
  br i1 %".4594", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4599" = getelementptr i8, ptr %"keys.163", i64 7
  store i8 1, ptr %".4599", align 1
  %".4601" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.79" = load volatile i32, ptr %".4601", align 4
  %".4602" = and i32 %"flags.79", 1
  %".4603" = icmp ne i32 %".4602", 0
  %".4604" = xor i1 %".4603", -1
  br i1 %".4604", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4611" = trunc i64 %".4591" to i16
  %".4612" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4611", ptr %".4612", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4606" = trunc i64 %".4591" to i16
  %".4607" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4606", ptr %".4607", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4634" = trunc i64 %".4591" to i16
  %".4635" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4634", ptr %".4635", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".4641" = trunc i64 %".4591" to i16
  %".4642" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4641", ptr %".4642", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4645" = trunc i64 %".4591" to i16
  %".4646" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4645", ptr %".4646", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4649" = trunc i64 %".4591" to i16
  %".4650" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4649", ptr %".4650", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4653" = trunc i64 %".4591" to i16
  %".4654" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4653", ptr %".4654", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4657" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4657", align 1
  %".4659" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.80" = load volatile i32, ptr %".4659", align 4
  %".4660" = and i32 %"flags.80", 4
  %".4661" = icmp ne i32 %".4660", 0
  br i1 %".4661", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4667" = trunc i64 %".4591" to i16
  %".4668" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4667", ptr %".4668", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4671" = trunc i64 2048 to i16
  %".4672" = call i16 @"llvm.bswap.i16"(i16 %".4671")
  %".4673" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4672", ptr %".4673", align 2
  %".4675" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4675", align 1
  %".4677" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.81" = load volatile i32, ptr %".4677", align 4
  %".4678" = and i32 %"flags.81", 4
  %".4679" = icmp ne i32 %".4678", 0
  br i1 %".4679", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4685" = trunc i64 %".4591" to i16
  %".4686" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4685", ptr %".4686", align 2
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
  %".4695" = trunc i64 34887 to i16
  %".4696" = call i16 @"llvm.bswap.i16"(i16 %".4695")
  %".4697" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4696", ptr %".4697", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.select:
  %".4620" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4616")
  %".4621" = icmp eq i64 %".4620", 17
  br i1 %".4621", label %"ipv6_frag_d1_ipv6_ext3.to_udp", label %"ipv6_frag_d1_ipv6_ext3.select.1"
ipv6_frag_d1_ipv6_ext3.select.1:
  %".4623" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4616")
  %".4624" = icmp eq i64 %".4623", 58
  br i1 %".4624", label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext3.select.2"
ipv6_frag_d1_ipv6_ext3.select.2:
  %".4626" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4616")
  %".4627" = icmp eq i64 %".4626", 0
  br i1 %".4627", label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext3.select.3"
ipv6_frag_d1_ipv6_ext3.select.3:
  %".4629" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4616")
  %".4630" = icmp eq i64 %".4629", 60
  br i1 %".4630", label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext3.select.4"
ipv6_frag_d1_ipv6_ext3.select.4:
  %".4632" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4616")
  switch i64 %".4632", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4663" = trunc i64 %".4591" to i16
  %".4664" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4663", ptr %".4664", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4681" = trunc i64 %".4591" to i16
  %".4682" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4681", ptr %".4682", align 2
  br label %"return"
widening.test:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4702" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4703" = load i32, ptr %".4702", align 4
  %".4704" = zext i32 %".4703" to i64
  %"data.164" = inttoptr i64 %".4704" to ptr
  %".4705" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4706" = load i32, ptr %".4705", align 4
  %".4707" = zext i32 %".4706" to i64
  %"data_end.164" = inttoptr i64 %".4707" to ptr
  %".4708" = getelementptr i8, ptr %"keys", i64 0
  %".4709" = load volatile i16, ptr %".4708", align 2
  %".4710" = zext i16 %".4709" to i64
  %".4711" = icmp ugt i64 %".4710", 261
  br i1 %".4711", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4713" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4714" = load i32, ptr %".4713", align 4
  %".4715" = zext i32 %".4714" to i64
  %"data.165" = inttoptr i64 %".4715" to ptr
  %".4716" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4717" = load i32, ptr %".4716", align 4
  %".4718" = zext i32 %".4717" to i64
  %"data_end.165" = inttoptr i64 %".4718" to ptr
  %".4719" = getelementptr i8, ptr %"keys", i64 0
  %".4720" = load volatile i16, ptr %".4719", align 2
  %".4721" = zext i16 %".4720" to i64
  %".4722" = icmp ugt i64 %".4721", 261
  br i1 %".4722", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4724" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4725" = load i32, ptr %".4724", align 4
  %".4726" = zext i32 %".4725" to i64
  %"data.166" = inttoptr i64 %".4726" to ptr
  %".4727" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4728" = load i32, ptr %".4727", align 4
  %".4729" = zext i32 %".4728" to i64
  %"data_end.166" = inttoptr i64 %".4729" to ptr
  %".4730" = getelementptr i8, ptr %"keys", i64 0
  %".4731" = load volatile i16, ptr %".4730", align 2
  %".4732" = zext i16 %".4731" to i64
  %".4733" = icmp ugt i64 %".4732", 267
  br i1 %".4733", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4735" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4736" = load i32, ptr %".4735", align 4
  %".4737" = zext i32 %".4736" to i64
  %"data.167" = inttoptr i64 %".4737" to ptr
  %".4738" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4739" = load i32, ptr %".4738", align 4
  %".4740" = zext i32 %".4739" to i64
  %"data_end.167" = inttoptr i64 %".4740" to ptr
  %".4741" = getelementptr i8, ptr %"keys", i64 0
  %".4742" = load volatile i16, ptr %".4741", align 2
  %".4743" = zext i16 %".4742" to i64
  %".4744" = icmp ugt i64 %".4743", 267
  br i1 %".4744", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4746" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4747" = load i32, ptr %".4746", align 4
  %".4748" = zext i32 %".4747" to i64
  %"data.168" = inttoptr i64 %".4748" to ptr
  %".4749" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4750" = load i32, ptr %".4749", align 4
  %".4751" = zext i32 %".4750" to i64
  %"data_end.168" = inttoptr i64 %".4751" to ptr
  %".4752" = getelementptr i8, ptr %"keys", i64 0
  %".4753" = load volatile i16, ptr %".4752", align 2
  %".4754" = zext i16 %".4753" to i64
  %".4755" = icmp ugt i64 %".4754", 275
  br i1 %".4755", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4757" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4758" = load i32, ptr %".4757", align 4
  %".4759" = zext i32 %".4758" to i64
  %"data.169" = inttoptr i64 %".4759" to ptr
  %".4760" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4761" = load i32, ptr %".4760", align 4
  %".4762" = zext i32 %".4761" to i64
  %"data_end.169" = inttoptr i64 %".4762" to ptr
  %".4763" = getelementptr i8, ptr %"keys", i64 0
  %".4764" = load volatile i16, ptr %".4763", align 2
  %".4765" = zext i16 %".4764" to i64
  %".4766" = icmp ugt i64 %".4765", 2363
  br i1 %".4766", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4768" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4769" = load i32, ptr %".4768", align 4
  %".4770" = zext i32 %".4769" to i64
  %"data.170" = inttoptr i64 %".4770" to ptr
  %".4771" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4772" = load i32, ptr %".4771", align 4
  %".4773" = zext i32 %".4772" to i64
  %"data_end.170" = inttoptr i64 %".4773" to ptr
  %".4774" = getelementptr i8, ptr %"keys", i64 0
  %".4775" = load volatile i16, ptr %".4774", align 2
  %".4776" = zext i16 %".4775" to i64
  %".4777" = icmp ugt i64 %".4776", 2363
  br i1 %".4777", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4779" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4780" = load i32, ptr %".4779", align 4
  %".4781" = zext i32 %".4780" to i64
  %"data.171" = inttoptr i64 %".4781" to ptr
  %".4782" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4783" = load i32, ptr %".4782", align 4
  %".4784" = zext i32 %".4783" to i64
  %"data_end.171" = inttoptr i64 %".4784" to ptr
  %".4785" = getelementptr i8, ptr %"keys", i64 0
  %".4786" = load volatile i16, ptr %".4785", align 2
  %".4787" = zext i16 %".4786" to i64
  %".4788" = icmp ugt i64 %".4787", 4411
  br i1 %".4788", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4790" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4791" = load i32, ptr %".4790", align 4
  %".4792" = zext i32 %".4791" to i64
  %"data.172" = inttoptr i64 %".4792" to ptr
  %".4793" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4794" = load i32, ptr %".4793", align 4
  %".4795" = zext i32 %".4794" to i64
  %"data_end.172" = inttoptr i64 %".4795" to ptr
  %".4796" = getelementptr i8, ptr %"keys", i64 0
  %".4797" = load volatile i16, ptr %".4796", align 2
  %".4798" = zext i16 %".4797" to i64
  %".4799" = icmp ugt i64 %".4798", 4411
  br i1 %".4799", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4801" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4802" = load i32, ptr %".4801", align 4
  %".4803" = zext i32 %".4802" to i64
  %"data.173" = inttoptr i64 %".4803" to ptr
  %".4804" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4805" = load i32, ptr %".4804", align 4
  %".4806" = zext i32 %".4805" to i64
  %"data_end.173" = inttoptr i64 %".4806" to ptr
  %".4807" = getelementptr i8, ptr %"keys", i64 0
  %".4808" = load volatile i16, ptr %".4807", align 2
  %".4809" = zext i16 %".4808" to i64
  %".4810" = icmp ugt i64 %".4809", 275
  br i1 %".4810", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4812" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4813" = load i32, ptr %".4812", align 4
  %".4814" = zext i32 %".4813" to i64
  %"data.174" = inttoptr i64 %".4814" to ptr
  %".4815" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4816" = load i32, ptr %".4815", align 4
  %".4817" = zext i32 %".4816" to i64
  %"data_end.174" = inttoptr i64 %".4817" to ptr
  %".4818" = getelementptr i8, ptr %"keys", i64 0
  %".4819" = load volatile i16, ptr %".4818", align 2
  %".4820" = zext i16 %".4819" to i64
  %".4821" = icmp ugt i64 %".4820", 6459
  br i1 %".4821", label %"widening.test.11", label %"gre_version_d0"
widening.test.11:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4823" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4824" = load i32, ptr %".4823", align 4
  %".4825" = zext i32 %".4824" to i64
  %"data.175" = inttoptr i64 %".4825" to ptr
  %".4826" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4827" = load i32, ptr %".4826", align 4
  %".4828" = zext i32 %".4827" to i64
  %"data_end.175" = inttoptr i64 %".4828" to ptr
  %".4829" = getelementptr i8, ptr %"keys", i64 0
  %".4830" = load volatile i16, ptr %".4829", align 2
  %".4831" = zext i16 %".4830" to i64
  %".4832" = icmp ugt i64 %".4831", 6475
  br i1 %".4832", label %"widening.test.12", label %"ethernet_d1"
widening.test.12:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4834" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4835" = load i32, ptr %".4834", align 4
  %".4836" = zext i32 %".4835" to i64
  %"data.176" = inttoptr i64 %".4836" to ptr
  %".4837" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4838" = load i32, ptr %".4837", align 4
  %".4839" = zext i32 %".4838" to i64
  %"data_end.176" = inttoptr i64 %".4839" to ptr
  %".4840" = getelementptr i8, ptr %"keys", i64 0
  %".4841" = load volatile i16, ptr %".4840", align 2
  %".4842" = zext i16 %".4841" to i64
  %".4843" = icmp ugt i64 %".4842", 6489
  br i1 %".4843", label %"widening.test.13", label %"hsr_d1_vlan_tags1"
widening.test.13:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4845" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4846" = load i32, ptr %".4845", align 4
  %".4847" = zext i32 %".4846" to i64
  %"data.177" = inttoptr i64 %".4847" to ptr
  %".4848" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4849" = load i32, ptr %".4848", align 4
  %".4850" = zext i32 %".4849" to i64
  %"data_end.177" = inttoptr i64 %".4850" to ptr
  %".4851" = getelementptr i8, ptr %"keys", i64 0
  %".4852" = load volatile i16, ptr %".4851", align 2
  %".4853" = zext i16 %".4852" to i64
  %".4854" = icmp ugt i64 %".4853", 6489
  br i1 %".4854", label %"widening.test.14", label %"vlan_d1_vlan_tags1"
widening.test.14:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4856" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4857" = load i32, ptr %".4856", align 4
  %".4858" = zext i32 %".4857" to i64
  %"data.178" = inttoptr i64 %".4858" to ptr
  %".4859" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4860" = load i32, ptr %".4859", align 4
  %".4861" = zext i32 %".4860" to i64
  %"data_end.178" = inttoptr i64 %".4861" to ptr
  %".4862" = getelementptr i8, ptr %"keys", i64 0
  %".4863" = load volatile i16, ptr %".4862", align 2
  %".4864" = zext i16 %".4863" to i64
  %".4865" = icmp ugt i64 %".4864", 6495
  br i1 %".4865", label %"widening.test.15", label %"hsr_d1_vlan_tags2"
widening.test.15:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4867" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4868" = load i32, ptr %".4867", align 4
  %".4869" = zext i32 %".4868" to i64
  %"data.179" = inttoptr i64 %".4869" to ptr
  %".4870" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4871" = load i32, ptr %".4870", align 4
  %".4872" = zext i32 %".4871" to i64
  %"data_end.179" = inttoptr i64 %".4872" to ptr
  %".4873" = getelementptr i8, ptr %"keys", i64 0
  %".4874" = load volatile i16, ptr %".4873", align 2
  %".4875" = zext i16 %".4874" to i64
  %".4876" = icmp ugt i64 %".4875", 6495
  br i1 %".4876", label %"widening.test.16", label %"vlan_d1_vlan_tags2"
widening.test.16:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4878" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4879" = load i32, ptr %".4878", align 4
  %".4880" = zext i32 %".4879" to i64
  %"data.180" = inttoptr i64 %".4880" to ptr
  %".4881" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4882" = load i32, ptr %".4881", align 4
  %".4883" = zext i32 %".4882" to i64
  %"data_end.180" = inttoptr i64 %".4883" to ptr
  %".4884" = getelementptr i8, ptr %"keys", i64 0
  %".4885" = load volatile i16, ptr %".4884", align 2
  %".4886" = zext i16 %".4885" to i64
  %".4887" = icmp ugt i64 %".4886", 6501
  br i1 %".4887", label %"widening.test.17", label %"batadv_d1"
widening.test.17:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4889" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4890" = load i32, ptr %".4889", align 4
  %".4891" = zext i32 %".4890" to i64
  %"data.181" = inttoptr i64 %".4891" to ptr
  %".4892" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4893" = load i32, ptr %".4892", align 4
  %".4894" = zext i32 %".4893" to i64
  %"data_end.181" = inttoptr i64 %".4894" to ptr
  %".4895" = getelementptr i8, ptr %"keys", i64 0
  %".4896" = load volatile i16, ptr %".4895", align 2
  %".4897" = zext i16 %".4896" to i64
  %".4898" = icmp ugt i64 %".4897", 6501
  br i1 %".4898", label %"widening.test.18", label %"fcoe"
widening.test.18:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4900" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4901" = load i32, ptr %".4900", align 4
  %".4902" = zext i32 %".4901" to i64
  %"data.182" = inttoptr i64 %".4902" to ptr
  %".4903" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4904" = load i32, ptr %".4903", align 4
  %".4905" = zext i32 %".4904" to i64
  %"data_end.182" = inttoptr i64 %".4905" to ptr
  %".4906" = getelementptr i8, ptr %"keys", i64 0
  %".4907" = load volatile i16, ptr %".4906", align 2
  %".4908" = zext i16 %".4907" to i64
  %".4909" = icmp ugt i64 %".4908", 6501
  br i1 %".4909", label %"widening.test.19", label %"tipc"
widening.test.19:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4911" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4912" = load i32, ptr %".4911", align 4
  %".4913" = zext i32 %".4912" to i64
  %"data.183" = inttoptr i64 %".4913" to ptr
  %".4914" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4915" = load i32, ptr %".4914", align 4
  %".4916" = zext i32 %".4915" to i64
  %"data_end.183" = inttoptr i64 %".4916" to ptr
  %".4917" = getelementptr i8, ptr %"keys", i64 0
  %".4918" = load volatile i16, ptr %".4917", align 2
  %".4919" = zext i16 %".4918" to i64
  %".4920" = icmp ugt i64 %".4919", 6501
  br i1 %".4920", label %"widening.test.20", label %"cfm"
widening.test.20:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4922" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4923" = load i32, ptr %".4922", align 4
  %".4924" = zext i32 %".4923" to i64
  %"data.184" = inttoptr i64 %".4924" to ptr
  %".4925" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4926" = load i32, ptr %".4925", align 4
  %".4927" = zext i32 %".4926" to i64
  %"data_end.184" = inttoptr i64 %".4927" to ptr
  %".4928" = getelementptr i8, ptr %"keys", i64 0
  %".4929" = load volatile i16, ptr %".4928", align 2
  %".4930" = zext i16 %".4929" to i64
  %".4931" = icmp ugt i64 %".4930", 6501
  br i1 %".4931", label %"widening.test.21", label %"ptp"
widening.test.21:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4933" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4934" = load i32, ptr %".4933", align 4
  %".4935" = zext i32 %".4934" to i64
  %"data.185" = inttoptr i64 %".4935" to ptr
  %".4936" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4937" = load i32, ptr %".4936", align 4
  %".4938" = zext i32 %".4937" to i64
  %"data_end.185" = inttoptr i64 %".4938" to ptr
  %".4939" = getelementptr i8, ptr %"keys", i64 0
  %".4940" = load volatile i16, ptr %".4939", align 2
  %".4941" = zext i16 %".4940" to i64
  %".4942" = icmp ugt i64 %".4941", 6501
  br i1 %".4942", label %"widening.test.22", label %"arp"
widening.test.22:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4944" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4945" = load i32, ptr %".4944", align 4
  %".4946" = zext i32 %".4945" to i64
  %"data.186" = inttoptr i64 %".4946" to ptr
  %".4947" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4948" = load i32, ptr %".4947", align 4
  %".4949" = zext i32 %".4948" to i64
  %"data_end.186" = inttoptr i64 %".4949" to ptr
  %".4950" = getelementptr i8, ptr %"keys", i64 0
  %".4951" = load volatile i16, ptr %".4950", align 2
  %".4952" = zext i16 %".4951" to i64
  %".4953" = icmp ugt i64 %".4952", 6501
  br i1 %".4953", label %"widening.test.23", label %"pppoe_d1"
widening.test.23:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4955" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4956" = load i32, ptr %".4955", align 4
  %".4957" = zext i32 %".4956" to i64
  %"data.187" = inttoptr i64 %".4957" to ptr
  %".4958" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4959" = load i32, ptr %".4958", align 4
  %".4960" = zext i32 %".4959" to i64
  %"data_end.187" = inttoptr i64 %".4960" to ptr
  %".4961" = getelementptr i8, ptr %"keys", i64 0
  %".4962" = load volatile i16, ptr %".4961", align 2
  %".4963" = zext i16 %".4962" to i64
  %".4964" = icmp ugt i64 %".4963", 6509
  br i1 %".4964", label %"widening.test.24", label %"ipv6_d1"
widening.test.24:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4966" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4967" = load i32, ptr %".4966", align 4
  %".4968" = zext i32 %".4967" to i64
  %"data.188" = inttoptr i64 %".4968" to ptr
  %".4969" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4970" = load i32, ptr %".4969", align 4
  %".4971" = zext i32 %".4970" to i64
  %"data_end.188" = inttoptr i64 %".4971" to ptr
  %".4972" = getelementptr i8, ptr %"keys", i64 0
  %".4973" = load volatile i16, ptr %".4972", align 2
  %".4974" = zext i16 %".4973" to i64
  %".4975" = icmp ugt i64 %".4974", 8597
  br i1 %".4975", label %"widening.test.25", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.25:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4977" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4978" = load i32, ptr %".4977", align 4
  %".4979" = zext i32 %".4978" to i64
  %"data.189" = inttoptr i64 %".4979" to ptr
  %".4980" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4981" = load i32, ptr %".4980", align 4
  %".4982" = zext i32 %".4981" to i64
  %"data_end.189" = inttoptr i64 %".4982" to ptr
  %".4983" = getelementptr i8, ptr %"keys", i64 0
  %".4984" = load volatile i16, ptr %".4983", align 2
  %".4985" = zext i16 %".4984" to i64
  %".4986" = icmp ugt i64 %".4985", 8597
  br i1 %".4986", label %"widening.test.26", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.26:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4988" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4989" = load i32, ptr %".4988", align 4
  %".4990" = zext i32 %".4989" to i64
  %"data.190" = inttoptr i64 %".4990" to ptr
  %".4991" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4992" = load i32, ptr %".4991", align 4
  %".4993" = zext i32 %".4992" to i64
  %"data_end.190" = inttoptr i64 %".4993" to ptr
  %".4994" = getelementptr i8, ptr %"keys", i64 0
  %".4995" = load volatile i16, ptr %".4994", align 2
  %".4996" = zext i16 %".4995" to i64
  %".4997" = icmp ugt i64 %".4996", 10645
  br i1 %".4997", label %"widening.test.27", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.27:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4999" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5000" = load i32, ptr %".4999", align 4
  %".5001" = zext i32 %".5000" to i64
  %"data.191" = inttoptr i64 %".5001" to ptr
  %".5002" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5003" = load i32, ptr %".5002", align 4
  %".5004" = zext i32 %".5003" to i64
  %"data_end.191" = inttoptr i64 %".5004" to ptr
  %".5005" = getelementptr i8, ptr %"keys", i64 0
  %".5006" = load volatile i16, ptr %".5005", align 2
  %".5007" = zext i16 %".5006" to i64
  %".5008" = icmp ugt i64 %".5007", 10645
  br i1 %".5008", label %"widening.test.28", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.28:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5010" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5011" = load i32, ptr %".5010", align 4
  %".5012" = zext i32 %".5011" to i64
  %"data.192" = inttoptr i64 %".5012" to ptr
  %".5013" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5014" = load i32, ptr %".5013", align 4
  %".5015" = zext i32 %".5014" to i64
  %"data_end.192" = inttoptr i64 %".5015" to ptr
  %".5016" = getelementptr i8, ptr %"keys", i64 0
  %".5017" = load volatile i16, ptr %".5016", align 2
  %".5018" = zext i16 %".5017" to i64
  %".5019" = icmp ugt i64 %".5018", 12693
  br i1 %".5019", label %"widening.test.29", label %"icmpv6"
widening.test.29:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5021" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5022" = load i32, ptr %".5021", align 4
  %".5023" = zext i32 %".5022" to i64
  %"data.193" = inttoptr i64 %".5023" to ptr
  %".5024" = getelementptr i8, ptr %"ctx.82", i64 80
  %".5025" = load i32, ptr %".5024", align 4
  %".5026" = zext i32 %".5025" to i64
  %"data_end.193" = inttoptr i64 %".5026" to ptr
  %".5027" = getelementptr i8, ptr %"keys", i64 0
  %".5028" = load volatile i16, ptr %".5027", align 2
  %".5029" = zext i16 %".5028" to i64
  %".5030" = icmp ugt i64 %".5029", 6509
  br i1 %".5030", label %"widening.test.30", label %"ipv4_d1"
widening.test.30:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5032" = getelementptr i8, ptr %"ctx.83", i64 76
  %".5033" = load i32, ptr %".5032", align 4
  %".5034" = zext i32 %".5033" to i64
  %"data.194" = inttoptr i64 %".5034" to ptr
  %".5035" = getelementptr i8, ptr %"ctx.83", i64 80
  %".5036" = load i32, ptr %".5035", align 4
  %".5037" = zext i32 %".5036" to i64
  %"data_end.194" = inttoptr i64 %".5037" to ptr
  %".5038" = getelementptr i8, ptr %"keys", i64 0
  %".5039" = load volatile i16, ptr %".5038", align 2
  %".5040" = zext i16 %".5039" to i64
  %".5041" = icmp ugt i64 %".5040", 12693
  br i1 %".5041", label %"widening.test.31", label %"mpls_mpls_labels1"
widening.test.31:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5043" = getelementptr i8, ptr %"ctx.84", i64 76
  %".5044" = load i32, ptr %".5043", align 4
  %".5045" = zext i32 %".5044" to i64
  %"data.195" = inttoptr i64 %".5045" to ptr
  %".5046" = getelementptr i8, ptr %"ctx.84", i64 80
  %".5047" = load i32, ptr %".5046", align 4
  %".5048" = zext i32 %".5047" to i64
  %"data_end.195" = inttoptr i64 %".5048" to ptr
  %".5049" = getelementptr i8, ptr %"keys", i64 0
  %".5050" = load volatile i16, ptr %".5049", align 2
  %".5051" = zext i16 %".5050" to i64
  %".5052" = icmp ugt i64 %".5051", 12693
  br i1 %".5052", label %"widening.test.32", label %"dccp"
widening.test.32:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5054" = getelementptr i8, ptr %"ctx.85", i64 76
  %".5055" = load i32, ptr %".5054", align 4
  %".5056" = zext i32 %".5055" to i64
  %"data.196" = inttoptr i64 %".5056" to ptr
  %".5057" = getelementptr i8, ptr %"ctx.85", i64 80
  %".5058" = load i32, ptr %".5057", align 4
  %".5059" = zext i32 %".5058" to i64
  %"data_end.196" = inttoptr i64 %".5059" to ptr
  %".5060" = getelementptr i8, ptr %"keys", i64 0
  %".5061" = load volatile i16, ptr %".5060", align 2
  %".5062" = zext i16 %".5061" to i64
  %".5063" = icmp ugt i64 %".5062", 12693
  br i1 %".5063", label %"widening.test.33", label %"udplite"
widening.test.33:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5065" = getelementptr i8, ptr %"ctx.86", i64 76
  %".5066" = load i32, ptr %".5065", align 4
  %".5067" = zext i32 %".5066" to i64
  %"data.197" = inttoptr i64 %".5067" to ptr
  %".5068" = getelementptr i8, ptr %"ctx.86", i64 80
  %".5069" = load i32, ptr %".5068", align 4
  %".5070" = zext i32 %".5069" to i64
  %"data_end.197" = inttoptr i64 %".5070" to ptr
  %".5071" = getelementptr i8, ptr %"keys", i64 0
  %".5072" = load volatile i16, ptr %".5071", align 2
  %".5073" = zext i16 %".5072" to i64
  %".5074" = icmp ugt i64 %".5073", 12693
  br i1 %".5074", label %"widening.test.34", label %"sctp"
widening.test.34:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5076" = getelementptr i8, ptr %"ctx.87", i64 76
  %".5077" = load i32, ptr %".5076", align 4
  %".5078" = zext i32 %".5077" to i64
  %"data.198" = inttoptr i64 %".5078" to ptr
  %".5079" = getelementptr i8, ptr %"ctx.87", i64 80
  %".5080" = load i32, ptr %".5079", align 4
  %".5081" = zext i32 %".5080" to i64
  %"data_end.198" = inttoptr i64 %".5081" to ptr
  %".5082" = getelementptr i8, ptr %"keys", i64 0
  %".5083" = load volatile i16, ptr %".5082", align 2
  %".5084" = zext i16 %".5083" to i64
  %".5085" = icmp ugt i64 %".5084", 12693
  br i1 %".5085", label %"widening.test.35", label %"ah"
widening.test.35:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5087" = getelementptr i8, ptr %"ctx.88", i64 76
  %".5088" = load i32, ptr %".5087", align 4
  %".5089" = zext i32 %".5088" to i64
  %"data.199" = inttoptr i64 %".5089" to ptr
  %".5090" = getelementptr i8, ptr %"ctx.88", i64 80
  %".5091" = load i32, ptr %".5090", align 4
  %".5092" = zext i32 %".5091" to i64
  %"data_end.199" = inttoptr i64 %".5092" to ptr
  %".5093" = getelementptr i8, ptr %"keys", i64 0
  %".5094" = load volatile i16, ptr %".5093", align 2
  %".5095" = zext i16 %".5094" to i64
  %".5096" = icmp ugt i64 %".5095", 12693
  br i1 %".5096", label %"widening.test.36", label %"esp"
widening.test.36:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5098" = getelementptr i8, ptr %"ctx.89", i64 76
  %".5099" = load i32, ptr %".5098", align 4
  %".5100" = zext i32 %".5099" to i64
  %"data.200" = inttoptr i64 %".5100" to ptr
  %".5101" = getelementptr i8, ptr %"ctx.89", i64 80
  %".5102" = load i32, ptr %".5101", align 4
  %".5103" = zext i32 %".5102" to i64
  %"data_end.200" = inttoptr i64 %".5103" to ptr
  %".5104" = getelementptr i8, ptr %"keys", i64 0
  %".5105" = load volatile i16, ptr %".5104", align 2
  %".5106" = zext i16 %".5105" to i64
  %".5107" = icmp ugt i64 %".5106", 12693
  br i1 %".5107", label %"widening.test.37", label %"gre_version_d1"
widening.test.37:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5109" = getelementptr i8, ptr %"ctx.90", i64 76
  %".5110" = load i32, ptr %".5109", align 4
  %".5111" = zext i32 %".5110" to i64
  %"data.201" = inttoptr i64 %".5111" to ptr
  %".5112" = getelementptr i8, ptr %"ctx.90", i64 80
  %".5113" = load i32, ptr %".5112", align 4
  %".5114" = zext i32 %".5113" to i64
  %"data_end.201" = inttoptr i64 %".5114" to ptr
  %".5115" = getelementptr i8, ptr %"keys", i64 0
  %".5116" = load volatile i16, ptr %".5115", align 2
  %".5117" = zext i16 %".5116" to i64
  %".5118" = icmp ugt i64 %".5117", 6569
  br i1 %".5118", label %"widening.test.38", label %"icmp"
widening.test.38:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5120" = getelementptr i8, ptr %"ctx.91", i64 76
  %".5121" = load i32, ptr %".5120", align 4
  %".5122" = zext i32 %".5121" to i64
  %"data.202" = inttoptr i64 %".5122" to ptr
  %".5123" = getelementptr i8, ptr %"ctx.91", i64 80
  %".5124" = load i32, ptr %".5123", align 4
  %".5125" = zext i32 %".5124" to i64
  %"data_end.202" = inttoptr i64 %".5125" to ptr
  %".5126" = getelementptr i8, ptr %"keys", i64 0
  %".5127" = load volatile i16, ptr %".5126", align 2
  %".5128" = zext i16 %".5127" to i64
  %".5129" = icmp ugt i64 %".5128", 12693
  br i1 %".5129", label %"widening.test.39", label %"udp"
widening.test.39:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5131" = getelementptr i8, ptr %"ctx.92", i64 76
  %".5132" = load i32, ptr %".5131", align 4
  %".5133" = zext i32 %".5132" to i64
  %"data.203" = inttoptr i64 %".5133" to ptr
  %".5134" = getelementptr i8, ptr %"ctx.92", i64 80
  %".5135" = load i32, ptr %".5134", align 4
  %".5136" = zext i32 %".5135" to i64
  %"data_end.203" = inttoptr i64 %".5136" to ptr
  %".5137" = getelementptr i8, ptr %"keys", i64 0
  %".5138" = load volatile i16, ptr %".5137", align 2
  %".5139" = zext i16 %".5138" to i64
  %".5140" = icmp ugt i64 %".5139", 12693
  br i1 %".5140", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }