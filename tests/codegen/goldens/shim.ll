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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.copy_last_byte_failed"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_d0_mpls_labels1.copy_failed"], [0, %"mpls_d0_mpls_labels1.unknown"], [0, %"mpls_d0_mpls_labels1.stop_at_encap"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [0, %"tcp.copy_failed"], [0, %"tcp.unknown"], [0, %"udp_d0.copy_failed"], [0, %"udp_d0.copy_last_byte_failed"], [0, %"udp_d0.unknown"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.copy_last_byte_failed"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"mpls_d0_mpls_labels2.copy_failed"], [0, %"mpls_d0_mpls_labels2.unknown"], [0, %"mpls_d0_mpls_labels2.stop_at_encap"], [2, %"ip_version_d1.copy_failed"], [0, %"ip_version_d1.unknown"], [0, %"ppp_other"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable_part"], [2, %"vxlan_d0.copy_failed"], [0, %"vxlan_d0.stop_at_encap"], [0, %"vxlan_d0.unknown"], [2, %"geneve_d0.copy_failed"], [0, %"geneve_d0.stop_before"], [2, %"geneve_d0.copy_last_byte_failed"], [0, %"geneve_d0.stop_at_encap"], [0, %"geneve_d0.unknown"], [2, %"gue_d0.copy_failed"], [0, %"gue_d0.stop_before"], [2, %"gue_d0.copy_last_byte_failed"], [0, %"gue_d0.stop_at_encap"], [0, %"gue_d0.unknown"], [2, %"gtpu_d0.copy_failed"], [0, %"gtpu_d0.stop_before"], [0, %"gtpu_d0.stop_at_encap"], [0, %"gtpu_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.stop_at_encap"], [0, %"shim_d0.unknown"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"pptp_d0.copy_failed"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [0, %"udp_d1.copy_failed"], [0, %"udp_d1.copy_last_byte_failed"], [0, %"udp_d1.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [0, %"mpls_d1_mpls_labels1.copy_failed"], [0, %"mpls_d1_mpls_labels1.unknown"], [0, %"mpls_d1_mpls_labels1.stop_at_encap"], [0, %"mpls_d1_mpls_labels1.stop_at_encap.endif"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels3.copy_failed"], [0, %"mpls_d0_mpls_labels3.unknown"], [0, %"mpls_d0_mpls_labels3.stop_at_encap"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"gtpu_opt_d1.copy_failed"], [0, %"gtpu_opt_d1.unknown"], [2, %"gtpu_seq_d1.copy_failed"], [0, %"gtpu_seq_d1.unknown"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"vxlan_d1.copy_failed"], [0, %"vxlan_d1.stop_at_encap"], [0, %"vxlan_d1.unknown"], [0, %"vxlan_d1.to_ethernet"], [2, %"geneve_d1.copy_failed"], [0, %"geneve_d1.stop_before"], [2, %"geneve_d1.copy_last_byte_failed"], [0, %"geneve_d1.stop_at_encap"], [0, %"geneve_d1.unknown"], [0, %"geneve_d1.to_ethernet"], [0, %"geneve_d1.to_ipv4"], [0, %"geneve_d1.to_ipv6"], [2, %"gue_d1.copy_failed"], [0, %"gue_d1.stop_before"], [2, %"gue_d1.copy_last_byte_failed"], [0, %"gue_d1.stop_at_encap"], [0, %"gue_d1.unknown"], [0, %"gue_d1.to_ipv4"], [0, %"gue_d1.to_ipv6"], [2, %"gtpu_d1.copy_failed"], [0, %"gtpu_d1.stop_before"], [0, %"gtpu_d1.stop_at_encap"], [0, %"gtpu_d1.unknown"], [0, %"gtpu_d1.to_ip_version"], [0, %"gtpu_d1.to_gtpu_opt"], [0, %"gtpu_d1.to_gtpu_seq"], [2, %"shim_d1.copy_failed"], [0, %"shim_d1.stop_at_encap"], [0, %"shim_d1.unknown"], [0, %"shim_d1.to_ipv4"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_ethernet"], [2, %"pptp_d1.copy_failed"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [0, %"mpls_d1_mpls_labels2.copy_failed"], [0, %"mpls_d1_mpls_labels2.unknown"], [0, %"mpls_d1_mpls_labels2.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.stop_at_encap.endif"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels4.copy_failed"], [0, %"mpls_d0_mpls_labels4.unknown"], [0, %"mpls_d0_mpls_labels4.to_mpls"], [0, %"mpls_d0_mpls_labels4.stop_at_encap"], [2, %"gtpu_next_d1.copy_failed"], [0, %"gtpu_next_d1.unknown"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [0, %"mpls_d1_mpls_labels3.copy_failed"], [0, %"mpls_d1_mpls_labels3.unknown"], [0, %"mpls_d1_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.stop_at_encap.endif"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext1.require"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext1.unknown"], [0, %"mpls_d1_mpls_labels4.copy_failed"], [0, %"mpls_d1_mpls_labels4.unknown"], [0, %"mpls_d1_mpls_labels4.to_mpls"], [0, %"mpls_d1_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels4.stop_at_encap.endif"], [2, %"gtpu_next_d1_gtpu_ext1.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext1.unknown"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext2.require"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext2.unknown"], [2, %"gtpu_next_d1_gtpu_ext2.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext2.unknown"], [0, %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext"]
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
  br label %"mpls_d0_mpls_labels1"
entry_d0.to_mpls.1:
  br label %"mpls_d0_mpls_labels1"
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
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_ipv4"], [%".411", %"vlan_d0_vlan_tags1.to_ipv4"], [%"cursor.40", %"pppoe_d0.to_ipv4"], [%"cursor.110", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.40", %"pppoe_d0.to_ipv4"], [%"data.100", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.40", %"pppoe_d0.to_ipv4"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.40", %"pppoe_d0.to_ipv4"], [%"keys.100", %"vlan_d0_vlan_tags2.to_ipv4"]
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
  %"cursor.2" = phi  i64 [%".21", %"entry_d0.to_ipv6"], [%".411", %"vlan_d0_vlan_tags1.to_ipv6"], [%"cursor.41", %"pppoe_d0.to_ipv6"], [%"cursor.111", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.40", %"pppoe_d0.to_ipv6"], [%"data.100", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.40", %"pppoe_d0.to_ipv6"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.40", %"pppoe_d0.to_ipv6"], [%"keys.100", %"vlan_d0_vlan_tags2.to_ipv6"]
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
  %"data.28" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.27", %"ipv6_d0.copy_failed.endif"]
  %"data_end.28" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.27", %"ipv6_d0.copy_failed.endif"]
  %"keys.28" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.27", %"ipv6_d0.copy_failed.endif"]
  %".270" = trunc i64 34525 to i16
  %".271" = getelementptr i8, ptr %"keys.28", i64 4
  store i16 %".270", ptr %".271", align 2
  %".273" = trunc i64 34525 to i16
  %".274" = call i16 @"llvm.bswap.i16"(i16 %".273")
  %".275" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".274", ptr %".275", align 2
  %".277" = getelementptr i8, ptr %"keys.28", i64 16
  store i64 %"w8_8", ptr %".277", align 8
  %".279" = getelementptr i8, ptr %"keys.28", i64 24
  store i64 %"w16_8", ptr %".279", align 8
  %".281" = getelementptr i8, ptr %"keys.28", i64 32
  store i64 %"w24_8", ptr %".281", align 8
  %".283" = getelementptr i8, ptr %"keys.28", i64 40
  store i64 %"w32_8", ptr %".283", align 8
  %".285" = zext i8 %"w6_1" to i64
  %".286" = trunc i64 %".285" to i8
  %".287" = getelementptr i8, ptr %"keys.28", i64 9
  store i8 %".286", ptr %".287", align 1
  %".289" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".290" = zext i32 %".289" to i64
  %".291" = and i64 %".290", 1048575
  %".292" = trunc i64 %".291" to i32
  %".293" = call i32 @"llvm.bswap.i32"(i32 %".292")
  %".294" = getelementptr i8, ptr %"keys.28", i64 52
  store i32 %".293", ptr %".294", align 4
  %".296" = add i64 %"cursor.2", 40
  %".297" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".298" = zext i32 %".297" to i64
  %".299" = and i64 %".298", 1048575
  %".300" = icmp ne i64 %".299", 0
  %".301" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.3" = load volatile i32, ptr %".301", align 4
  %".302" = and i32 %"flags.3", 2
  %".303" = icmp ne i32 %".302", 0
  %".304" = and i1 %".300", %".303"
  br i1 %".304", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"entry_d0.to_vlan"], [%".21", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".380" = getelementptr i8, ptr %"hdr.2", i64 4
  %".381" = icmp ugt ptr %".380", %"data_end.4"
  br i1 %".381", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".383" = getelementptr i8, ptr %"hdr.2", i64 2
  %".384" = load i16, ptr %".383", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".384", %"vlan_d0_vlan_tags1.linear"], [%".403", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.33" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.33" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.33" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".405" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".406" = zext i16 %".405" to i64
  %".407" = trunc i64 %".406" to i16
  %".408" = call i16 @"llvm.bswap.i16"(i16 %".407")
  %".409" = getelementptr i8, ptr %"keys.33", i64 10
  store i16 %".408", ptr %".409", align 2
  %".411" = add i64 %"cursor.3", 4
  %".412" = trunc i64 %".411" to i16
  %".413" = getelementptr i8, ptr %"keys.33", i64 0
  store i16 %".412", ptr %".413", align 2
  %".415" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".416" = zext i16 %".415" to i64
  switch i64 %".416", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe"]
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"entry_d0.to_mpls"], [%".21", %"entry_d0.to_mpls.1"], [%"cursor.20", %"ipv4_d0.to_mpls"], [%"cursor.29", %"ipv6_d0.to_mpls"], [%"cursor.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"cursor.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"cursor.42", %"pppoe_d0.to_mpls"], [%"cursor.43", %"pppoe_d0.to_mpls.1"], [%"cursor.92", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"cursor.107", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"cursor.112", %"vlan_d0_vlan_tags2.to_mpls"], [%"cursor.113", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"cursor.213", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"cursor.228", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"cursor.313", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"cursor.325", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.40", %"pppoe_d0.to_mpls"], [%"data.40", %"pppoe_d0.to_mpls.1"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.100", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.100", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.40", %"pppoe_d0.to_mpls"], [%"data_end.40", %"pppoe_d0.to_mpls.1"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.40", %"pppoe_d0.to_mpls"], [%"keys.40", %"pppoe_d0.to_mpls.1"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.100", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.100", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %".455" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".456" = getelementptr i8, ptr %"hdr.3", i64 4
  %".457" = icmp ugt ptr %".456", %"data_end.5"
  br i1 %".457", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".459" = getelementptr i8, ptr %"hdr.3", i64 2
  %".460" = load i8, ptr %".459", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".460", %"mpls_d0_mpls_labels1.linear"], [%".479", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.36" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.35", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.36" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.35", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.36" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.35", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".481" = add i64 %"cursor.4", 4
  %".482" = zext i8 %"w2_1" to i64
  %".483" = and i64 %".482", 1
  switch i64 %".483", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"entry_d0.to_pppoe"], [%".411", %"vlan_d0_vlan_tags1.to_pppoe"], [%"cursor.114", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.100", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.100", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".508" = getelementptr i8, ptr %"hdr.4", i64 8
  %".509" = icmp ugt ptr %".508", %"data_end.6"
  br i1 %".509", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".511" = getelementptr i8, ptr %"hdr.4", i64 0
  %".512" = load i8, ptr %".511", align 1
  %".513" = getelementptr i8, ptr %"hdr.4", i64 1
  %".514" = load i8, ptr %".513", align 1
  %".515" = getelementptr i8, ptr %"hdr.4", i64 6
  %".516" = load i16, ptr %".515", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".512", %"pppoe_d0.linear"], [%".535", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".514", %"pppoe_d0.linear"], [%".537", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".516", %"pppoe_d0.linear"], [%".539", %"pppoe_d0.copy_failed.endif"]
  %"data.40" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.39", %"pppoe_d0.copy_failed.endif"]
  %"data_end.40" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.39", %"pppoe_d0.copy_failed.endif"]
  %"keys.40" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.39", %"pppoe_d0.copy_failed.endif"]
  %".541" = zext i8 %"w0_1.1" to i64
  %".542" = lshr i64 %".541", 4
  %".543" = and i64 %".542", 15
  %".544" = icmp eq i64 %".543", 1
  %".545" = zext i8 %"w0_1.1" to i64
  %".546" = and i64 %".545", 15
  %".547" = icmp eq i64 %".546", 1
  %".548" = and i1 %".544", %".547"
  %".549" = zext i8 %"w1_1" to i64
  %".550" = icmp eq i64 %".549", 0
  %".551" = and i1 %".548", %".550"
  %".552" = xor i1 %".551", -1
  br i1 %".552", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".21", %"entry_d0.to_arp"], [%".21", %"entry_d0.to_arp.1"], [%"cursor.35", %"vlan_d0_vlan_tags1.to_arp"], [%"cursor.36", %"vlan_d0_vlan_tags1.to_arp.1"], [%"cursor.115", %"vlan_d0_vlan_tags2.to_arp"], [%"cursor.116", %"vlan_d0_vlan_tags2.to_arp.1"], [%"cursor.147", %"gre_d0.to_arp"], [%"cursor.148", %"gre_d0.to_arp.1"], [%"cursor.240", %"ethernet_d1.to_arp"], [%"cursor.241", %"ethernet_d1.to_arp.1"], [%"cursor.257", %"vlan_d1_vlan_tags1.to_arp"], [%"cursor.258", %"vlan_d1_vlan_tags1.to_arp.1"], [%"cursor.337", %"vlan_d1_vlan_tags2.to_arp"], [%"cursor.338", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.100", %"vlan_d0_vlan_tags2.to_arp"], [%"data.100", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.130", %"gre_d0.to_arp"], [%"data.130", %"gre_d0.to_arp.1"], [%"data.174", %"ethernet_d1.to_arp"], [%"data.174", %"ethernet_d1.to_arp.1"], [%"data.181", %"vlan_d1_vlan_tags1.to_arp"], [%"data.181", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.234", %"vlan_d1_vlan_tags2.to_arp"], [%"data.234", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.130", %"gre_d0.to_arp"], [%"data_end.130", %"gre_d0.to_arp.1"], [%"data_end.174", %"ethernet_d1.to_arp"], [%"data_end.174", %"ethernet_d1.to_arp.1"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.100", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.100", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.130", %"gre_d0.to_arp"], [%"keys.130", %"gre_d0.to_arp.1"], [%"keys.174", %"ethernet_d1.to_arp"], [%"keys.174", %"ethernet_d1.to_arp.1"], [%"keys.181", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.181", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.234", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.234", %"vlan_d1_vlan_tags2.to_arp.1"]
  %".605" = add i64 %"cursor.6", 0
  %".606" = trunc i64 %".605" to i16
  %".607" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".606", ptr %".607", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".21", %"entry_d0.to_ptp"], [%".411", %"vlan_d0_vlan_tags1.to_ptp"], [%"cursor.117", %"vlan_d0_vlan_tags2.to_ptp"], [%"cursor.149", %"gre_d0.to_ptp"], [%"cursor.242", %"ethernet_d1.to_ptp"], [%"cursor.259", %"vlan_d1_vlan_tags1.to_ptp"], [%"cursor.339", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.100", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.130", %"gre_d0.to_ptp"], [%"data.174", %"ethernet_d1.to_ptp"], [%"data.181", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.234", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.130", %"gre_d0.to_ptp"], [%"data_end.174", %"ethernet_d1.to_ptp"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_ptp"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.100", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.130", %"gre_d0.to_ptp"], [%"keys.174", %"ethernet_d1.to_ptp"], [%"keys.181", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.234", %"vlan_d1_vlan_tags2.to_ptp"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".610" = getelementptr i8, ptr %"hdr.5", i64 34
  %".611" = icmp ugt ptr %".610", %"data_end.8"
  br i1 %".611", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.43" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.42", %"ptp.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.42", %"ptp.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.42", %"ptp.copy_failed.endif"]
  %".631" = add i64 %"cursor.7", 34
  %".632" = trunc i64 %".631" to i16
  %".633" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".632", ptr %".633", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".21", %"entry_d0.to_cfm"], [%".411", %"vlan_d0_vlan_tags1.to_cfm"], [%"cursor.118", %"vlan_d0_vlan_tags2.to_cfm"], [%"cursor.150", %"gre_d0.to_cfm"], [%"cursor.243", %"ethernet_d1.to_cfm"], [%"cursor.260", %"vlan_d1_vlan_tags1.to_cfm"], [%"cursor.340", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.100", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.130", %"gre_d0.to_cfm"], [%"data.174", %"ethernet_d1.to_cfm"], [%"data.181", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.234", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.130", %"gre_d0.to_cfm"], [%"data_end.174", %"ethernet_d1.to_cfm"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_cfm"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.100", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.130", %"gre_d0.to_cfm"], [%"keys.174", %"ethernet_d1.to_cfm"], [%"keys.181", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.234", %"vlan_d1_vlan_tags2.to_cfm"]
  %".636" = add i64 %"cursor.8", 0
  %".637" = trunc i64 %".636" to i16
  %".638" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".637", ptr %".638", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".21", %"entry_d0.to_tipc"], [%".411", %"vlan_d0_vlan_tags1.to_tipc"], [%"cursor.119", %"vlan_d0_vlan_tags2.to_tipc"], [%"cursor.151", %"gre_d0.to_tipc"], [%"cursor.244", %"ethernet_d1.to_tipc"], [%"cursor.261", %"vlan_d1_vlan_tags1.to_tipc"], [%"cursor.341", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.100", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.130", %"gre_d0.to_tipc"], [%"data.174", %"ethernet_d1.to_tipc"], [%"data.181", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.234", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.130", %"gre_d0.to_tipc"], [%"data_end.174", %"ethernet_d1.to_tipc"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_tipc"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.100", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.130", %"gre_d0.to_tipc"], [%"keys.174", %"ethernet_d1.to_tipc"], [%"keys.181", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.234", %"vlan_d1_vlan_tags2.to_tipc"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".641" = getelementptr i8, ptr %"hdr.6", i64 16
  %".642" = icmp ugt ptr %".641", %"data_end.10"
  br i1 %".642", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.45" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.44", %"tipc.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.44", %"tipc.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.44", %"tipc.copy_failed.endif"]
  %".662" = trunc i64 %"cursor.9" to i16
  %".663" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".662", ptr %".663", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".21", %"entry_d0.to_fcoe"], [%".411", %"vlan_d0_vlan_tags1.to_fcoe"], [%"cursor.120", %"vlan_d0_vlan_tags2.to_fcoe"], [%"cursor.152", %"gre_d0.to_fcoe"], [%"cursor.245", %"ethernet_d1.to_fcoe"], [%"cursor.262", %"vlan_d1_vlan_tags1.to_fcoe"], [%"cursor.342", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.100", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.130", %"gre_d0.to_fcoe"], [%"data.174", %"ethernet_d1.to_fcoe"], [%"data.181", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.234", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.100", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.130", %"gre_d0.to_fcoe"], [%"data_end.174", %"ethernet_d1.to_fcoe"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.100", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.130", %"gre_d0.to_fcoe"], [%"keys.174", %"ethernet_d1.to_fcoe"], [%"keys.181", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.234", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".666" = getelementptr i8, ptr %"hdr.7", i64 38
  %".667" = icmp ugt ptr %".666", %"data_end.11"
  br i1 %".667", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.47" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.46", %"fcoe.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.46", %"fcoe.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.46", %"fcoe.copy_failed.endif"]
  %".687" = add i64 %"cursor.10", 38
  %".688" = trunc i64 %".687" to i16
  %".689" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".688", ptr %".689", align 2
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
  br label %"udp_d0"
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
  br label %"mpls_d0_mpls_labels1"
ipv4_d0.to_ipv4:
  %".189" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".189", align 1
  %".191" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.1" = load volatile i32, ptr %".191", align 4
  %".192" = and i32 %"flags.1", 4
  %".193" = icmp ne i32 %".192", 0
  br i1 %".193", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".207" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".207", align 1
  %".209" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.2" = load volatile i32, ptr %".209", align 4
  %".210" = and i32 %"flags.2", 4
  %".211" = icmp ne i32 %".210", 0
  br i1 %".211", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.11" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".296", %"ipv6_d0.to_tcp"], [%"cursor.53", %"ipv4_d1.to_tcp"], [%"cursor.71", %"ipv6_d1.to_tcp"], [%"cursor.83", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"cursor.98", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"cursor.177", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"cursor.191", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"cursor.204", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"cursor.219", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"cursor.280", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"cursor.294", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"cursor.304", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"cursor.316", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"cursor.345", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"cursor.355", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.81", %"ipv4_d1.to_tcp"], [%"data.86", %"ipv6_d1.to_tcp"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.243", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.245", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.81", %"ipv4_d1.to_tcp"], [%"data_end.86", %"ipv6_d1.to_tcp"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.243", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.245", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.81", %"ipv4_d1.to_tcp"], [%"keys.86", %"ipv6_d1.to_tcp"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.243", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.245", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"hdr.8" = getelementptr i8, ptr %"data.16", i64 %"cursor.11"
  %".692" = getelementptr i8, ptr %"hdr.8", i64 4
  %".693" = icmp ugt ptr %".692", %"data_end.16"
  br i1 %".693", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".695" = getelementptr i8, ptr %"hdr.8", i64 0
  %".696" = load i16, ptr %".695", align 2
  %".697" = getelementptr i8, ptr %"hdr.8", i64 2
  %".698" = load i16, ptr %".697", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".696", %"tcp.linear"], [%".717", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".698", %"tcp.linear"], [%".719", %"tcp.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.16", %"tcp.linear"], [%"data.48", %"tcp.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.16", %"tcp.linear"], [%"data_end.48", %"tcp.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.16", %"tcp.linear"], [%"keys.48", %"tcp.copy_failed.endif"]
  %".721" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".722" = zext i16 %".721" to i64
  %".723" = trunc i64 %".722" to i16
  %".724" = call i16 @"llvm.bswap.i16"(i16 %".723")
  %".725" = getelementptr i8, ptr %"keys.49", i64 12
  store i16 %".724", ptr %".725", align 2
  %".727" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".728" = zext i16 %".727" to i64
  %".729" = trunc i64 %".728" to i16
  %".730" = call i16 @"llvm.bswap.i16"(i16 %".729")
  %".731" = getelementptr i8, ptr %"keys.49", i64 14
  store i16 %".730", ptr %".731", align 2
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
udp_d0:
  %"cursor.12" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".296", %"ipv6_d0.to_udp"], [%"cursor.84", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"cursor.99", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"cursor.205", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"cursor.220", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"cursor.305", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"cursor.317", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"hdr.9" = getelementptr i8, ptr %"data.17", i64 %"cursor.12"
  %".739" = getelementptr i8, ptr %"hdr.9", i64 4
  %".740" = icmp ugt ptr %".739", %"data_end.17"
  br i1 %".740", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".742" = getelementptr i8, ptr %"hdr.9", i64 0
  %".743" = load i16, ptr %".742", align 2
  %".744" = getelementptr i8, ptr %"hdr.9", i64 2
  %".745" = load i16, ptr %".744", align 2
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_2.1" = phi  i16 [%".743", %"udp_d0.linear"], [%".764", %"udp_d0.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".745", %"udp_d0.linear"], [%".766", %"udp_d0.copy_failed.endif"]
  %"data.52" = phi  ptr [%"data.17", %"udp_d0.linear"], [%"data.51", %"udp_d0.copy_failed.endif"]
  %"data_end.52" = phi  ptr [%"data_end.17", %"udp_d0.linear"], [%"data_end.51", %"udp_d0.copy_failed.endif"]
  %"keys.52" = phi  ptr [%"keys.17", %"udp_d0.linear"], [%"keys.51", %"udp_d0.copy_failed.endif"]
  %".768" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".769" = zext i16 %".768" to i64
  %".770" = trunc i64 %".769" to i16
  %".771" = call i16 @"llvm.bswap.i16"(i16 %".770")
  %".772" = getelementptr i8, ptr %"keys.52", i64 12
  store i16 %".771", ptr %".772", align 2
  %".774" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".775" = zext i16 %".774" to i64
  %".776" = trunc i64 %".775" to i16
  %".777" = call i16 @"llvm.bswap.i16"(i16 %".776")
  %".778" = getelementptr i8, ptr %"keys.52", i64 14
  store i16 %".777", ptr %".778", align 2
  %".780" = add i64 %"cursor.12", 4
  %".781" = add i64 4, 4
  %".782" = getelementptr i8, ptr %"data.52", i64 %"cursor.12"
  %".783" = getelementptr i8, ptr %".782", i64 %".781"
  %".784" = icmp ugt ptr %".783", %"data_end.52"
  br i1 %".784", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.54" = phi  ptr [%"data.52", %"udp_d0.header"], [%"data.53", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.54" = phi  ptr [%"data_end.52", %"udp_d0.header"], [%"data_end.53", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.54" = phi  ptr [%"keys.52", %"udp_d0.header"], [%"keys.53", %"udp_d0.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.12", %".781"
  %".805" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".806" = zext i16 %".805" to i64
  switch i64 %".806", label %"udp_d0.unknown" [i64 4789, label %"udp_d0.to_vxlan" i64 6081, label %"udp_d0.to_geneve" i64 6080, label %"udp_d0.to_gue" i64 2152, label %"udp_d0.to_gtpu" i64 7777, label %"udp_d0.to_shim"]
udplite:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".296", %"ipv6_d0.to_udplite"], [%"cursor.56", %"ipv4_d1.to_udplite"], [%"cursor.73", %"ipv6_d1.to_udplite"], [%"cursor.85", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"cursor.100", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"cursor.179", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"cursor.193", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"cursor.206", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"cursor.221", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"cursor.282", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"cursor.296", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"cursor.306", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"cursor.318", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"cursor.347", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"cursor.357", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.81", %"ipv4_d1.to_udplite"], [%"data.86", %"ipv6_d1.to_udplite"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.243", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.245", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.81", %"ipv4_d1.to_udplite"], [%"data_end.86", %"ipv6_d1.to_udplite"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.243", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.245", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.81", %"ipv4_d1.to_udplite"], [%"keys.86", %"ipv6_d1.to_udplite"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.243", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.245", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"hdr.10" = getelementptr i8, ptr %"data.18", i64 %"cursor.13"
  %".817" = getelementptr i8, ptr %"hdr.10", i64 4
  %".818" = icmp ugt ptr %".817", %"data_end.18"
  br i1 %".818", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".820" = getelementptr i8, ptr %"hdr.10", i64 0
  %".821" = load i16, ptr %".820", align 2
  %".822" = getelementptr i8, ptr %"hdr.10", i64 2
  %".823" = load i16, ptr %".822", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".821", %"udplite.linear"], [%".842", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".823", %"udplite.linear"], [%".844", %"udplite.copy_failed.endif"]
  %"data.61" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.60", %"udplite.copy_failed.endif"]
  %"data_end.61" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.60", %"udplite.copy_failed.endif"]
  %"keys.61" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.60", %"udplite.copy_failed.endif"]
  %".846" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".847" = zext i16 %".846" to i64
  %".848" = trunc i64 %".847" to i16
  %".849" = call i16 @"llvm.bswap.i16"(i16 %".848")
  %".850" = getelementptr i8, ptr %"keys.61", i64 12
  store i16 %".849", ptr %".850", align 2
  %".852" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".853" = zext i16 %".852" to i64
  %".854" = trunc i64 %".853" to i16
  %".855" = call i16 @"llvm.bswap.i16"(i16 %".854")
  %".856" = getelementptr i8, ptr %"keys.61", i64 14
  store i16 %".855", ptr %".856", align 2
  %".858" = add i64 %"cursor.13", 4
  %".859" = add i64 4, 4
  %".860" = getelementptr i8, ptr %"data.61", i64 %"cursor.13"
  %".861" = getelementptr i8, ptr %".860", i64 %".859"
  %".862" = icmp ugt ptr %".861", %"data_end.61"
  br i1 %".862", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.63" = phi  ptr [%"data.61", %"udplite.header"], [%"data.62", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.61", %"udplite.header"], [%"data_end.62", %"udplite.copy_last_byte_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.61", %"udplite.header"], [%"keys.62", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.13", %".859"
  %".883" = trunc i64 %"cursor.13" to i16
  %".884" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".883", ptr %".884", align 2
  br label %"return"
gre_version_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".296", %"ipv6_d0.to_gre_version"], [%"cursor.86", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"cursor.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"cursor.207", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"cursor.222", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"cursor.307", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"cursor.319", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"hdr.11" = getelementptr i8, ptr %"data.19", i64 %"cursor.14"
  %".887" = getelementptr i8, ptr %"hdr.11", i64 4
  %".888" = icmp ugt ptr %".887", %"data_end.19"
  br i1 %".888", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".890" = getelementptr i8, ptr %"hdr.11", i64 0
  %".891" = load i8, ptr %".890", align 1
  %".892" = getelementptr i8, ptr %"hdr.11", i64 1
  %".893" = load i8, ptr %".892", align 1
  %".894" = getelementptr i8, ptr %"hdr.11", i64 2
  %".895" = load i16, ptr %".894", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.2" = phi  i8 [%".891", %"gre_version_d0.linear"], [%".914", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".893", %"gre_version_d0.linear"], [%".916", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".895", %"gre_version_d0.linear"], [%".918", %"gre_version_d0.copy_failed.endif"]
  %"data.65" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.64", %"gre_version_d0.copy_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.64", %"gre_version_d0.copy_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.64", %"gre_version_d0.copy_failed.endif"]
  %".920" = zext i8 %"w0_1.2" to i64
  %".921" = lshr i64 %".920", 6
  %".922" = and i64 %".921", 1
  %".923" = icmp ne i64 %".922", 0
  %".924" = zext i8 %"w1_1.1" to i64
  %".925" = and i64 %".924", 7
  %".926" = icmp ugt i64 %".925", 1
  %".927" = or i1 %".923", %".926"
  br i1 %".927", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".296", %"ipv6_d0.to_sctp"], [%"cursor.59", %"ipv4_d1.to_sctp"], [%"cursor.75", %"ipv6_d1.to_sctp"], [%"cursor.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"cursor.102", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"cursor.181", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"cursor.195", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"cursor.208", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"cursor.223", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"cursor.284", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"cursor.298", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"cursor.308", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"cursor.320", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"cursor.349", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"cursor.359", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.81", %"ipv4_d1.to_sctp"], [%"data.86", %"ipv6_d1.to_sctp"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.243", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.245", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.81", %"ipv4_d1.to_sctp"], [%"data_end.86", %"ipv6_d1.to_sctp"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.243", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.245", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.81", %"ipv4_d1.to_sctp"], [%"keys.86", %"ipv6_d1.to_sctp"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.243", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.245", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"hdr.12" = getelementptr i8, ptr %"data.20", i64 %"cursor.15"
  %".948" = getelementptr i8, ptr %"hdr.12", i64 4
  %".949" = icmp ugt ptr %".948", %"data_end.20"
  br i1 %".949", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".951" = getelementptr i8, ptr %"hdr.12", i64 0
  %".952" = load i16, ptr %".951", align 2
  %".953" = getelementptr i8, ptr %"hdr.12", i64 2
  %".954" = load i16, ptr %".953", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".952", %"sctp.linear"], [%".973", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".954", %"sctp.linear"], [%".975", %"sctp.copy_failed.endif"]
  %"data.69" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.68", %"sctp.copy_failed.endif"]
  %"data_end.69" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.68", %"sctp.copy_failed.endif"]
  %"keys.69" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.68", %"sctp.copy_failed.endif"]
  %".977" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".978" = zext i16 %".977" to i64
  %".979" = trunc i64 %".978" to i16
  %".980" = call i16 @"llvm.bswap.i16"(i16 %".979")
  %".981" = getelementptr i8, ptr %"keys.69", i64 12
  store i16 %".980", ptr %".981", align 2
  %".983" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".984" = zext i16 %".983" to i64
  %".985" = trunc i64 %".984" to i16
  %".986" = call i16 @"llvm.bswap.i16"(i16 %".985")
  %".987" = getelementptr i8, ptr %"keys.69", i64 14
  store i16 %".986", ptr %".987", align 2
  %".989" = add i64 %"cursor.15", 4
  %".990" = trunc i64 %"cursor.15" to i16
  %".991" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".990", ptr %".991", align 2
  br label %"return"
dccp:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".296", %"ipv6_d0.to_dccp"], [%"cursor.60", %"ipv4_d1.to_dccp"], [%"cursor.76", %"ipv6_d1.to_dccp"], [%"cursor.88", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"cursor.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"cursor.182", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"cursor.196", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"cursor.209", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"cursor.224", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"cursor.285", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"cursor.299", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"cursor.309", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"cursor.321", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"cursor.350", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"cursor.360", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.81", %"ipv4_d1.to_dccp"], [%"data.86", %"ipv6_d1.to_dccp"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.243", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.245", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.81", %"ipv4_d1.to_dccp"], [%"data_end.86", %"ipv6_d1.to_dccp"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.243", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.245", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.81", %"ipv4_d1.to_dccp"], [%"keys.86", %"ipv6_d1.to_dccp"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.243", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.245", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"hdr.13" = getelementptr i8, ptr %"data.21", i64 %"cursor.16"
  %".994" = getelementptr i8, ptr %"hdr.13", i64 4
  %".995" = icmp ugt ptr %".994", %"data_end.21"
  br i1 %".995", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".997" = getelementptr i8, ptr %"hdr.13", i64 0
  %".998" = load i16, ptr %".997", align 2
  %".999" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1000" = load i16, ptr %".999", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".998", %"dccp.linear"], [%".1019", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1000", %"dccp.linear"], [%".1021", %"dccp.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.70", %"dccp.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.70", %"dccp.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.70", %"dccp.copy_failed.endif"]
  %".1023" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1024" = zext i16 %".1023" to i64
  %".1025" = trunc i64 %".1024" to i16
  %".1026" = call i16 @"llvm.bswap.i16"(i16 %".1025")
  %".1027" = getelementptr i8, ptr %"keys.71", i64 12
  store i16 %".1026", ptr %".1027", align 2
  %".1029" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1030" = zext i16 %".1029" to i64
  %".1031" = trunc i64 %".1030" to i16
  %".1032" = call i16 @"llvm.bswap.i16"(i16 %".1031")
  %".1033" = getelementptr i8, ptr %"keys.71", i64 14
  store i16 %".1032", ptr %".1033", align 2
  %".1035" = add i64 %"cursor.16", 4
  %".1036" = trunc i64 %"cursor.16" to i16
  %".1037" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1036", ptr %".1037", align 2
  br label %"return"
esp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".296", %"ipv6_d0.to_esp"], [%"cursor.61", %"ipv4_d1.to_esp"], [%"cursor.77", %"ipv6_d1.to_esp"], [%"cursor.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"cursor.104", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"cursor.183", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"cursor.197", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"cursor.210", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"cursor.225", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"cursor.286", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"cursor.300", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"cursor.310", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"cursor.322", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"cursor.351", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"cursor.361", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.81", %"ipv4_d1.to_esp"], [%"data.86", %"ipv6_d1.to_esp"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.243", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.245", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.81", %"ipv4_d1.to_esp"], [%"data_end.86", %"ipv6_d1.to_esp"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.243", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.245", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.81", %"ipv4_d1.to_esp"], [%"keys.86", %"ipv6_d1.to_esp"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.243", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.245", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"hdr.14" = getelementptr i8, ptr %"data.22", i64 %"cursor.17"
  %".1040" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1041" = icmp ugt ptr %".1040", %"data_end.22"
  br i1 %".1041", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1043" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1044" = load i32, ptr %".1043", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1044", %"esp.linear"], [%".1063", %"esp.copy_failed.endif"]
  %"data.73" = phi  ptr [%"data.22", %"esp.linear"], [%"data.72", %"esp.copy_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.72", %"esp.copy_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.72", %"esp.copy_failed.endif"]
  %".1065" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1066" = zext i32 %".1065" to i64
  %".1067" = lshr i64 %".1066", 16
  %".1068" = trunc i64 %".1067" to i16
  %".1069" = call i16 @"llvm.bswap.i16"(i16 %".1068")
  %".1070" = getelementptr i8, ptr %"keys.73", i64 12
  store i16 %".1069", ptr %".1070", align 2
  %".1072" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1073" = zext i32 %".1072" to i64
  %".1074" = and i64 %".1073", 65535
  %".1075" = trunc i64 %".1074" to i16
  %".1076" = call i16 @"llvm.bswap.i16"(i16 %".1075")
  %".1077" = getelementptr i8, ptr %"keys.73", i64 14
  store i16 %".1076", ptr %".1077", align 2
  %".1079" = add i64 %"cursor.17", 4
  %".1080" = trunc i64 %"cursor.17" to i16
  %".1081" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1080", ptr %".1081", align 2
  br label %"return"
ah:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".296", %"ipv6_d0.to_ah"], [%"cursor.62", %"ipv4_d1.to_ah"], [%"cursor.78", %"ipv6_d1.to_ah"], [%"cursor.90", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"cursor.105", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"cursor.184", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"cursor.198", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"cursor.211", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"cursor.226", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"cursor.287", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"cursor.301", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"cursor.311", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"cursor.323", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"cursor.352", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"cursor.362", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.81", %"ipv4_d1.to_ah"], [%"data.86", %"ipv6_d1.to_ah"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.243", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.245", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.81", %"ipv4_d1.to_ah"], [%"data_end.86", %"ipv6_d1.to_ah"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.243", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.245", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.81", %"ipv4_d1.to_ah"], [%"keys.86", %"ipv6_d1.to_ah"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.243", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.245", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"hdr.15" = getelementptr i8, ptr %"data.23", i64 %"cursor.18"
  %".1084" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1085" = icmp ugt ptr %".1084", %"data_end.23"
  br i1 %".1085", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1087" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1088" = load i32, ptr %".1087", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1088", %"ah.linear"], [%".1107", %"ah.copy_failed.endif"]
  %"data.75" = phi  ptr [%"data.23", %"ah.linear"], [%"data.74", %"ah.copy_failed.endif"]
  %"data_end.75" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.74", %"ah.copy_failed.endif"]
  %"keys.75" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.74", %"ah.copy_failed.endif"]
  %".1109" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1110" = zext i32 %".1109" to i64
  %".1111" = lshr i64 %".1110", 16
  %".1112" = trunc i64 %".1111" to i16
  %".1113" = call i16 @"llvm.bswap.i16"(i16 %".1112")
  %".1114" = getelementptr i8, ptr %"keys.75", i64 12
  store i16 %".1113", ptr %".1114", align 2
  %".1116" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1117" = zext i32 %".1116" to i64
  %".1118" = and i64 %".1117", 65535
  %".1119" = trunc i64 %".1118" to i16
  %".1120" = call i16 @"llvm.bswap.i16"(i16 %".1119")
  %".1121" = getelementptr i8, ptr %"keys.75", i64 14
  store i16 %".1120", ptr %".1121", align 2
  %".1123" = add i64 %"cursor.18", 8
  %".1124" = trunc i64 %"cursor.18" to i16
  %".1125" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1124", ptr %".1125", align 2
  br label %"return"
icmp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.3", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.81", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.81", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.81", %"ipv4_d1.to_icmp"]
  %"hdr.16" = getelementptr i8, ptr %"data.24", i64 %"cursor.19"
  %".1128" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1129" = icmp ugt ptr %".1128", %"data_end.24"
  br i1 %".1129", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.77" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.76", %"icmp.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.76", %"icmp.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.76", %"icmp.copy_failed.endif"]
  %".1149" = add i64 %"cursor.19", 4
  %".1150" = trunc i64 %"cursor.19" to i16
  %".1151" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1150", ptr %".1151", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".195" = trunc i64 %"end" to i16
  %".196" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".195", ptr %".196", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".199" = getelementptr i8, ptr %"keys.15", i64 12
  store i32 0, ptr %".199", align 4
  %".201" = getelementptr i8, ptr %"keys.15", i64 2
  %".202" = trunc i64 %"end" to i16
  store volatile i16 %".202", ptr %".201", align 2
  %".204" = load volatile i16, ptr %".201", align 2
  %".205" = zext i16 %".204" to i64
  %"cursor.22" = and i64 %".205", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.21" = phi  i64 [%"cursor.22", %"ipv4_d0.stop_at_encap.endif"], [%"cursor.30", %"ipv6_d0.stop_at_encap.endif"], [%"cursor.93", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.108", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.123", %"ip_version_d1.to_ipv4"], [%"cursor.128", %"geneve_d0.to_ipv4"], [%"cursor.130", %"gue_d0.to_ipv4"], [%"cursor.137", %"shim_d0.to_ipv4"], [%"cursor.138", %"gre_d0.to_ipv4"], [%"cursor.214", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.229", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.233", %"ethernet_d1.to_ipv4"], [%"cursor.249", %"vlan_d1_vlan_tags1.to_ipv4"], [%"cursor.263", %"pppoe_d1.to_ipv4"], [%"cursor.267", %"ppp_d0.stop_at_encap.endif"], [%"cursor.314", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.326", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.332", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.105", %"ip_version_d1.to_ipv4"], [%"data.116", %"geneve_d0.to_ipv4"], [%"data.120", %"gue_d0.to_ipv4"], [%"data.126", %"shim_d0.to_ipv4"], [%"data.130", %"gre_d0.to_ipv4"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.174", %"ethernet_d1.to_ipv4"], [%"data.181", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.184", %"pppoe_d1.to_ipv4"], [%"data.186", %"ppp_d0.stop_at_encap.endif"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.234", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.105", %"ip_version_d1.to_ipv4"], [%"data_end.116", %"geneve_d0.to_ipv4"], [%"data_end.120", %"gue_d0.to_ipv4"], [%"data_end.126", %"shim_d0.to_ipv4"], [%"data_end.130", %"gre_d0.to_ipv4"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.174", %"ethernet_d1.to_ipv4"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.184", %"pppoe_d1.to_ipv4"], [%"data_end.186", %"ppp_d0.stop_at_encap.endif"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.105", %"ip_version_d1.to_ipv4"], [%"keys.116", %"geneve_d0.to_ipv4"], [%"keys.120", %"gue_d0.to_ipv4"], [%"keys.126", %"shim_d0.to_ipv4"], [%"keys.130", %"gre_d0.to_ipv4"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.174", %"ethernet_d1.to_ipv4"], [%"keys.181", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.184", %"pppoe_d1.to_ipv4"], [%"keys.186", %"ppp_d0.stop_at_encap.endif"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.234", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"hdr.17" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1154" = getelementptr i8, ptr %"hdr.17", i64 20
  %".1155" = icmp ugt ptr %".1154", %"data_end.25"
  br i1 %".1155", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1157" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1158" = load i8, ptr %".1157", align 1
  %".1159" = getelementptr i8, ptr %"hdr.17", i64 6
  %".1160" = load i16, ptr %".1159", align 2
  %".1161" = getelementptr i8, ptr %"hdr.17", i64 9
  %".1162" = load i8, ptr %".1161", align 1
  %".1163" = getelementptr i8, ptr %"hdr.17", i64 12
  %".1164" = load i32, ptr %".1163", align 4
  %".1165" = getelementptr i8, ptr %"hdr.17", i64 16
  %".1166" = load i32, ptr %".1165", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.3" = phi  i8 [%".1158", %"ipv4_d1.linear"], [%".1185", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1160", %"ipv4_d1.linear"], [%".1187", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1162", %"ipv4_d1.linear"], [%".1189", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1164", %"ipv4_d1.linear"], [%".1191", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1166", %"ipv4_d1.linear"], [%".1193", %"ipv4_d1.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.78", %"ipv4_d1.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.78", %"ipv4_d1.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.78", %"ipv4_d1.copy_failed.endif"]
  %".1195" = zext i8 %"w0_1.3" to i64
  %".1196" = and i64 %".1195", 15
  %".1197" = icmp uge i64 %".1196", 5
  %".1198" = xor i1 %".1197", -1
  br i1 %".1198", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".213" = trunc i64 %"end" to i16
  %".214" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".213", ptr %".214", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".217" = getelementptr i8, ptr %"keys.15", i64 12
  store i32 0, ptr %".217", align 4
  %".219" = getelementptr i8, ptr %"keys.15", i64 2
  %".220" = trunc i64 %"end" to i16
  store volatile i16 %".220", ptr %".219", align 2
  %".222" = load volatile i16, ptr %".219", align 2
  %".223" = zext i16 %".222" to i64
  %"cursor.24" = and i64 %".223", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"cursor.24", %"ipv4_d0.stop_at_encap.endif.1"], [%"cursor.31", %"ipv6_d0.stop_at_encap.endif.1"], [%"cursor.94", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.109", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.124", %"ip_version_d1.to_ipv6"], [%"cursor.129", %"geneve_d0.to_ipv6"], [%"cursor.131", %"gue_d0.to_ipv6"], [%"cursor.139", %"gre_d0.to_ipv6"], [%"cursor.215", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.230", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.234", %"ethernet_d1.to_ipv6"], [%"cursor.250", %"vlan_d1_vlan_tags1.to_ipv6"], [%"cursor.264", %"pppoe_d1.to_ipv6"], [%"cursor.268", %"ppp_d0.stop_at_encap.endif.1"], [%"cursor.315", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.327", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.333", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.105", %"ip_version_d1.to_ipv6"], [%"data.116", %"geneve_d0.to_ipv6"], [%"data.120", %"gue_d0.to_ipv6"], [%"data.130", %"gre_d0.to_ipv6"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.174", %"ethernet_d1.to_ipv6"], [%"data.181", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.184", %"pppoe_d1.to_ipv6"], [%"data.186", %"ppp_d0.stop_at_encap.endif.1"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.234", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.105", %"ip_version_d1.to_ipv6"], [%"data_end.116", %"geneve_d0.to_ipv6"], [%"data_end.120", %"gue_d0.to_ipv6"], [%"data_end.130", %"gre_d0.to_ipv6"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.174", %"ethernet_d1.to_ipv6"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.184", %"pppoe_d1.to_ipv6"], [%"data_end.186", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.105", %"ip_version_d1.to_ipv6"], [%"keys.116", %"geneve_d0.to_ipv6"], [%"keys.120", %"gue_d0.to_ipv6"], [%"keys.130", %"gre_d0.to_ipv6"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.174", %"ethernet_d1.to_ipv6"], [%"keys.181", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.184", %"pppoe_d1.to_ipv6"], [%"keys.186", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.234", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"hdr.18" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1375" = getelementptr i8, ptr %"hdr.18", i64 40
  %".1376" = icmp ugt ptr %".1375", %"data_end.26"
  br i1 %".1376", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1378" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1379" = load i32, ptr %".1378", align 4
  %".1380" = getelementptr i8, ptr %"hdr.18", i64 6
  %".1381" = load i8, ptr %".1380", align 1
  %".1382" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1383" = load i64, ptr %".1382", align 8
  %".1384" = getelementptr i8, ptr %"hdr.18", i64 16
  %".1385" = load i64, ptr %".1384", align 8
  %".1386" = getelementptr i8, ptr %"hdr.18", i64 24
  %".1387" = load i64, ptr %".1386", align 8
  %".1388" = getelementptr i8, ptr %"hdr.18", i64 32
  %".1389" = load i64, ptr %".1388", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1379", %"ipv6_d1.linear"], [%".1408", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1381", %"ipv6_d1.linear"], [%".1410", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1383", %"ipv6_d1.linear"], [%".1412", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1385", %"ipv6_d1.linear"], [%".1414", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1387", %"ipv6_d1.linear"], [%".1416", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1389", %"ipv6_d1.linear"], [%".1418", %"ipv6_d1.copy_failed.endif"]
  %"data.86" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.85", %"ipv6_d1.copy_failed.endif"]
  %"data_end.86" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.85", %"ipv6_d1.copy_failed.endif"]
  %"keys.86" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.85", %"ipv6_d1.copy_failed.endif"]
  %".1420" = trunc i64 34525 to i16
  %".1421" = getelementptr i8, ptr %"keys.86", i64 4
  store i16 %".1420", ptr %".1421", align 2
  %".1423" = trunc i64 34525 to i16
  %".1424" = call i16 @"llvm.bswap.i16"(i16 %".1423")
  %".1425" = getelementptr i8, ptr %"keys.86", i64 10
  store i16 %".1424", ptr %".1425", align 2
  %".1427" = getelementptr i8, ptr %"keys.86", i64 16
  store i64 %"w8_8.1", ptr %".1427", align 8
  %".1429" = getelementptr i8, ptr %"keys.86", i64 24
  store i64 %"w16_8.1", ptr %".1429", align 8
  %".1431" = getelementptr i8, ptr %"keys.86", i64 32
  store i64 %"w24_8.1", ptr %".1431", align 8
  %".1433" = getelementptr i8, ptr %"keys.86", i64 40
  store i64 %"w32_8.1", ptr %".1433", align 8
  %".1435" = zext i8 %"w6_1.1" to i64
  %".1436" = trunc i64 %".1435" to i8
  %".1437" = getelementptr i8, ptr %"keys.86", i64 9
  store i8 %".1436", ptr %".1437", align 1
  %".1439" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1440" = zext i32 %".1439" to i64
  %".1441" = and i64 %".1440", 1048575
  %".1442" = trunc i64 %".1441" to i32
  %".1443" = call i32 @"llvm.bswap.i32"(i32 %".1442")
  %".1444" = getelementptr i8, ptr %"keys.86", i64 52
  store i32 %".1443", ptr %".1444", align 4
  %".1446" = add i64 %"cursor.23", 40
  %".1447" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1448" = zext i32 %".1447" to i64
  %".1449" = and i64 %".1448", 1048575
  %".1450" = icmp ne i64 %".1449", 0
  %".1451" = getelementptr i8, ptr %"keys.86", i64 48
  %"flags.10" = load volatile i32, ptr %".1451", align 4
  %".1452" = and i32 %"flags.10", 2
  %".1453" = icmp ne i32 %".1452", 0
  %".1454" = and i1 %".1450", %".1453"
  br i1 %".1454", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".241" = trunc i64 %"cursor.2" to i32
  %".242" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".241", [40 x i8]* %"header_copy", i32 40)
  %".243" = icmp eq i64 %".242", 0
  %".244" = getelementptr i8, ptr %"ctx.3", i64 76
  %".245" = load i32, ptr %".244", align 4
  %".246" = zext i32 %".245" to i64
  %"data.27" = inttoptr i64 %".246" to ptr
  %".247" = getelementptr i8, ptr %"ctx.3", i64 80
  %".248" = load i32, ptr %".247", align 4
  %".249" = zext i32 %".248" to i64
  %"data_end.27" = inttoptr i64 %".249" to ptr
  %".250" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.27" = load ptr, ptr %".250", align 8
  %".251" = xor i1 %".243", -1
  br i1 %".251", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".253" = trunc i64 %"cursor.2" to i16
  %".254" = getelementptr i8, ptr %"keys.27", i64 2
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
  %".306" = trunc i64 %".296" to i16
  %".307" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".306", ptr %".307", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".310" = zext i8 %"w6_1" to i64
  switch i64 %".310", label %"ipv6_d0.unknown" [i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]
ipv6_d0.unknown:
  %".312" = trunc i64 %".296" to i16
  %".313" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".312", ptr %".313", align 2
  br label %"return"
ipv6_d0.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.2:
  %".318" = getelementptr i8, ptr %"keys.28", i64 2
  %".319" = trunc i64 %".296" to i16
  store volatile i16 %".319", ptr %".318", align 2
  %".321" = load volatile i16, ptr %".318", align 2
  %".322" = zext i16 %".321" to i64
  %"cursor.26" = and i64 %".322", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext1"
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.to_udp:
  br label %"udp_d0"
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
  %".334" = trunc i64 34887 to i16
  %".335" = call i16 @"llvm.bswap.i16"(i16 %".334")
  %".336" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".335", ptr %".336", align 2
  %".338" = getelementptr i8, ptr %"keys.28", i64 2
  %".339" = trunc i64 %".296" to i16
  store volatile i16 %".339", ptr %".338", align 2
  %".341" = load volatile i16, ptr %".338", align 2
  %".342" = zext i16 %".341" to i64
  %"cursor.29" = and i64 %".342", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.to_ipv4:
  %".344" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".344", align 1
  %".346" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.4" = load volatile i32, ptr %".346", align 4
  %".347" = and i32 %"flags.4", 4
  %".348" = icmp ne i32 %".347", 0
  br i1 %".348", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".362" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".362", align 1
  %".364" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.5" = load volatile i32, ptr %".364", align 4
  %".365" = and i32 %"flags.5", 4
  %".366" = icmp ne i32 %".365", 0
  br i1 %".366", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".296", %"ipv6_d0.to_ipv6_opts"], [%".296", %"ipv6_d0.to_ipv6_opts.1"], [%"cursor.26", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.29" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_opts"], [%"data.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_opts"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.29" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_opts"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.19" = getelementptr i8, ptr %"data.29", i64 %"cursor.25"
  %".1581" = getelementptr i8, ptr %"hdr.19", i64 2
  %".1582" = icmp ugt ptr %".1581", %"data_end.29"
  br i1 %".1582", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1584" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1585" = load i8, ptr %".1584", align 1
  %".1586" = getelementptr i8, ptr %"hdr.19", i64 1
  %".1587" = load i8, ptr %".1586", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.4" = phi  i8 [%".1585", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1606", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1587", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1608", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.90" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.90" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.90" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1610" = zext i8 %"w0_1.4" to i64
  %".1611" = trunc i64 %".1610" to i8
  %".1612" = getelementptr i8, ptr %"keys.90", i64 9
  store i8 %".1611", ptr %".1612", align 1
  %".1614" = add i64 %"cursor.25", 2
  %".1615" = zext i8 %"w1_1.2" to i64
  %".1616" = mul i64 %".1615", 8
  %".1617" = add i64 %".1616", 6
  %".1618" = add i64 %".1617", 2
  %".1619" = add i64 %"cursor.25", %".1618"
  %".1620" = getelementptr i8, ptr %"data.90", i64 %"cursor.25"
  %".1621" = getelementptr i8, ptr %".1620", i64 %".1618"
  %".1622" = icmp ugt ptr %".1621", %"data_end.90"
  br i1 %".1622", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext1.variable_part:
  %"data.92" = phi  ptr [%"data.90", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data.91", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.92" = phi  ptr [%"data_end.90", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data_end.91", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.92" = phi  ptr [%"keys.90", %"ipv6_opts_d0_ipv6_ext1.header"], [%"keys.91", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.4" = add i64 %"cursor.25", %".1618"
  %".1643" = zext i8 %"w0_1.4" to i64
  switch i64 %".1643", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.27" = phi  i64 [%".296", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.20" = getelementptr i8, ptr %"data.30", i64 %"cursor.27"
  %".1758" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1759" = icmp ugt ptr %".1758", %"data_end.30"
  br i1 %".1759", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1761" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1762" = load i8, ptr %".1761", align 1
  %".1763" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1764" = load i16, ptr %".1763", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1762", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1783", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1764", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1785", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.96" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.95", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.96" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.95", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.96" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.95", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1787" = zext i8 %"w0_1.5" to i64
  %".1788" = trunc i64 %".1787" to i8
  %".1789" = getelementptr i8, ptr %"keys.96", i64 9
  store i8 %".1788", ptr %".1789", align 1
  %".1791" = add i64 %"cursor.27", 8
  %".1792" = icmp ne i64 1, 0
  %".1793" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1794" = zext i16 %".1793" to i64
  %".1795" = and i64 %".1794", 65528
  %".1796" = icmp eq i64 %".1795", 0
  br i1 %".1792", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.28" = phi  i64 [%".296", %"ipv6_d0.to_icmpv6"], [%".1446", %"ipv6_d1.to_icmpv6"], [%"cursor.91", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"cursor.106", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"cursor.185", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"cursor.199", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"cursor.212", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"cursor.227", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"cursor.288", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"cursor.302", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"cursor.312", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"cursor.324", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"cursor.353", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"cursor.363", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.86", %"ipv6_d1.to_icmpv6"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.225", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.227", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.243", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.245", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.86", %"ipv6_d1.to_icmpv6"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.225", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.227", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.243", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.245", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.86", %"ipv6_d1.to_icmpv6"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.225", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.227", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.243", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.245", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"hdr.21" = getelementptr i8, ptr %"data.31", i64 %"cursor.28"
  %".1943" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1944" = icmp ugt ptr %".1943", %"data_end.31"
  br i1 %".1944", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.98" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.97", %"icmpv6.copy_failed.endif"]
  %"data_end.98" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.97", %"icmpv6.copy_failed.endif"]
  %"keys.98" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.97", %"icmpv6.copy_failed.endif"]
  %".1964" = add i64 %"cursor.28", 4
  %".1965" = trunc i64 %"cursor.28" to i16
  %".1966" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1965", ptr %".1966", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".350" = trunc i64 %".296" to i16
  %".351" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".350", ptr %".351", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".354" = getelementptr i8, ptr %"keys.28", i64 12
  store i32 0, ptr %".354", align 4
  %".356" = getelementptr i8, ptr %"keys.28", i64 2
  %".357" = trunc i64 %".296" to i16
  store volatile i16 %".357", ptr %".356", align 2
  %".359" = load volatile i16, ptr %".356", align 2
  %".360" = zext i16 %".359" to i64
  %"cursor.30" = and i64 %".360", 16383
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".368" = trunc i64 %".296" to i16
  %".369" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".368", ptr %".369", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".372" = getelementptr i8, ptr %"keys.28", i64 12
  store i32 0, ptr %".372", align 4
  %".374" = getelementptr i8, ptr %"keys.28", i64 2
  %".375" = trunc i64 %".296" to i16
  store volatile i16 %".375", ptr %".374", align 2
  %".377" = load volatile i16, ptr %".374", align 2
  %".378" = zext i16 %".377" to i64
  %"cursor.31" = and i64 %".378", 16383
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".386" = trunc i64 %"cursor.3" to i32
  %".387" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".386", [40 x i8]* %"header_copy", i32 4)
  %".388" = icmp eq i64 %".387", 0
  %".389" = getelementptr i8, ptr %"ctx.4", i64 76
  %".390" = load i32, ptr %".389", align 4
  %".391" = zext i32 %".390" to i64
  %"data.32" = inttoptr i64 %".391" to ptr
  %".392" = getelementptr i8, ptr %"ctx.4", i64 80
  %".393" = load i32, ptr %".392", align 4
  %".394" = zext i32 %".393" to i64
  %"data_end.32" = inttoptr i64 %".394" to ptr
  %".395" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.32" = load ptr, ptr %".395", align 8
  %".396" = xor i1 %".388", -1
  br i1 %".396", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".398" = trunc i64 %"cursor.3" to i16
  %".399" = getelementptr i8, ptr %"keys.32", i64 2
  store i16 %".398", ptr %".399", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".402" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".403" = load volatile i16, [40 x i8]* %".402", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".418" = trunc i64 %".411" to i16
  %".419" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".418", ptr %".419", align 2
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
  %".426" = getelementptr i8, ptr %"keys.33", i64 2
  %".427" = trunc i64 %".411" to i16
  store volatile i16 %".427", ptr %".426", align 2
  %".429" = load volatile i16, ptr %".426", align 2
  %".430" = zext i16 %".429" to i64
  %"cursor.33" = and i64 %".430", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  %".432" = getelementptr i8, ptr %"keys.33", i64 2
  %".433" = trunc i64 %".411" to i16
  store volatile i16 %".433", ptr %".432", align 2
  %".435" = load volatile i16, ptr %".432", align 2
  %".436" = zext i16 %".435" to i64
  %"cursor.34" = and i64 %".436", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags1.to_arp:
  %".439" = getelementptr i8, ptr %"keys.33", i64 2
  %".440" = trunc i64 %".411" to i16
  store volatile i16 %".440", ptr %".439", align 2
  %".442" = load volatile i16, ptr %".439", align 2
  %".443" = zext i16 %".442" to i64
  %"cursor.35" = and i64 %".443", 16383
  br label %"arp"
vlan_d0_vlan_tags1.to_arp.1:
  %".445" = getelementptr i8, ptr %"keys.33", i64 2
  %".446" = trunc i64 %".411" to i16
  store volatile i16 %".446", ptr %".445", align 2
  %".448" = load volatile i16, ptr %".445", align 2
  %".449" = zext i16 %".448" to i64
  %"cursor.36" = and i64 %".449", 16383
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
  %"cursor.32" = phi  i64 [%".411", %"vlan_d0_vlan_tags1.to_vlan"], [%".411", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"hdr.22" = getelementptr i8, ptr %"data.34", i64 %"cursor.32"
  %".1969" = getelementptr i8, ptr %"hdr.22", i64 4
  %".1970" = icmp ugt ptr %".1969", %"data_end.34"
  br i1 %".1970", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1972" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1973" = load i16, ptr %".1972", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1973", %"vlan_d0_vlan_tags2.linear"], [%".1992", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.100" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.99", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.100" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.99", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.100" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.99", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1994" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1995" = zext i16 %".1994" to i64
  %".1996" = trunc i64 %".1995" to i16
  %".1997" = call i16 @"llvm.bswap.i16"(i16 %".1996")
  %".1998" = getelementptr i8, ptr %"keys.100", i64 10
  store i16 %".1997", ptr %".1998", align 2
  %".2000" = add i64 %"cursor.32", 4
  %".2001" = trunc i64 %".2000" to i16
  %".2002" = getelementptr i8, ptr %"keys.100", i64 0
  store i16 %".2001", ptr %".2002", align 2
  %".2004" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2005" = zext i16 %".2004" to i64
  switch i64 %".2005", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe"]
mpls_d0_mpls_labels1.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".462" = trunc i64 %"cursor.4" to i32
  %".463" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".462", [40 x i8]* %"header_copy", i32 4)
  %".464" = icmp eq i64 %".463", 0
  %".465" = getelementptr i8, ptr %"ctx.5", i64 76
  %".466" = load i32, ptr %".465", align 4
  %".467" = zext i32 %".466" to i64
  %"data.35" = inttoptr i64 %".467" to ptr
  %".468" = getelementptr i8, ptr %"ctx.5", i64 80
  %".469" = load i32, ptr %".468", align 4
  %".470" = zext i32 %".469" to i64
  %"data_end.35" = inttoptr i64 %".470" to ptr
  %".471" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.35" = load ptr, ptr %".471", align 8
  %".472" = xor i1 %".464", -1
  br i1 %".472", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".474" = trunc i64 %".455" to i16
  %".475" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".474", ptr %".475", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".478" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".479" = load volatile i8, [40 x i8]* %".478", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".485" = trunc i64 %".481" to i16
  %".486" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".485", ptr %".486", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels1.to_ip_version:
  %".490" = getelementptr i8, ptr %"keys.36", i64 8
  store i8 1, ptr %".490", align 1
  %".492" = getelementptr i8, ptr %"keys.36", i64 48
  %"flags.6" = load volatile i32, ptr %".492", align 4
  %".493" = and i32 %"flags.6", 4
  %".494" = icmp ne i32 %".493", 0
  br i1 %".494", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels2:
  %"cursor.37" = phi  i64 [%".481", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.37" = phi  ptr [%"data.36", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.37" = phi  ptr [%"data_end.36", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.37" = phi  ptr [%"keys.36", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2085" = add i64 %"cursor.37", 4
  %"hdr.23" = getelementptr i8, ptr %"data.37", i64 %"cursor.37"
  %".2086" = getelementptr i8, ptr %"hdr.23", i64 4
  %".2087" = icmp ugt ptr %".2086", %"data_end.37"
  br i1 %".2087", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2089" = getelementptr i8, ptr %"hdr.23", i64 2
  %".2090" = load i8, ptr %".2089", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2090", %"mpls_d0_mpls_labels2.linear"], [%".2109", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.102" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels2.linear"], [%"data.101", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.102" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels2.linear"], [%"data_end.101", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.102" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels2.linear"], [%"keys.101", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2111" = add i64 %"cursor.37", 4
  %".2112" = zext i8 %"w2_1.1" to i64
  %".2113" = and i64 %".2112", 1
  switch i64 %".2113", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels1.stop_at_encap:
  %".496" = trunc i64 %".481" to i16
  %".497" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".496", ptr %".497", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".500" = getelementptr i8, ptr %"keys.36", i64 12
  store i32 0, ptr %".500", align 4
  %".502" = getelementptr i8, ptr %"keys.36", i64 2
  %".503" = trunc i64 %".481" to i16
  store volatile i16 %".503", ptr %".502", align 2
  %".505" = load volatile i16, ptr %".502", align 2
  %".506" = zext i16 %".505" to i64
  %"cursor.39" = and i64 %".506", 16383
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.38" = phi  i64 [%"cursor.39", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"cursor.122", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"cursor.132", %"gtpu_d0.to_ip_version"], [%"cursor.232", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"cursor.246", %"gtpu_opt_d1.to_ip_version"], [%"cursor.328", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"cursor.329", %"gtpu_next_d1.to_ip_version"], [%"cursor.367", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"cursor.372", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"data.38" = phi  ptr [%"data.36", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.102", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.122", %"gtpu_d0.to_ip_version"], [%"data.171", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.176", %"gtpu_opt_d1.to_ip_version"], [%"data.229", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.231", %"gtpu_next_d1.to_ip_version"], [%"data.254", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.262", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"data_end.38" = phi  ptr [%"data_end.36", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.102", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.122", %"gtpu_d0.to_ip_version"], [%"data_end.171", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.176", %"gtpu_opt_d1.to_ip_version"], [%"data_end.229", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.231", %"gtpu_next_d1.to_ip_version"], [%"data_end.254", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.262", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"keys.38" = phi  ptr [%"keys.36", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.102", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.122", %"gtpu_d0.to_ip_version"], [%"keys.171", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.176", %"gtpu_opt_d1.to_ip_version"], [%"keys.229", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.231", %"gtpu_next_d1.to_ip_version"], [%"keys.254", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.262", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"hdr.24" = getelementptr i8, ptr %"data.38", i64 %"cursor.38"
  %".2138" = getelementptr i8, ptr %"hdr.24", i64 1
  %".2139" = icmp ugt ptr %".2138", %"data_end.38"
  br i1 %".2139", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2141" = getelementptr i8, ptr %"hdr.24", i64 0
  %".2142" = load i8, ptr %".2141", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.6" = phi  i8 [%".2142", %"ip_version_d1.linear"], [%".2161", %"ip_version_d1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.38", %"ip_version_d1.linear"], [%"data.104", %"ip_version_d1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.38", %"ip_version_d1.linear"], [%"data_end.104", %"ip_version_d1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.38", %"ip_version_d1.linear"], [%"keys.104", %"ip_version_d1.copy_failed.endif"]
  %".2163" = zext i8 %"w0_1.6" to i64
  %".2164" = lshr i64 %".2163", 4
  %".2165" = and i64 %".2164", 15
  switch i64 %".2165", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
pppoe_d0.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".518" = trunc i64 %"cursor.5" to i32
  %".519" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".518", [40 x i8]* %"header_copy", i32 8)
  %".520" = icmp eq i64 %".519", 0
  %".521" = getelementptr i8, ptr %"ctx.6", i64 76
  %".522" = load i32, ptr %".521", align 4
  %".523" = zext i32 %".522" to i64
  %"data.39" = inttoptr i64 %".523" to ptr
  %".524" = getelementptr i8, ptr %"ctx.6", i64 80
  %".525" = load i32, ptr %".524", align 4
  %".526" = zext i32 %".525" to i64
  %"data_end.39" = inttoptr i64 %".526" to ptr
  %".527" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.39" = load ptr, ptr %".527", align 8
  %".528" = xor i1 %".520", -1
  br i1 %".528", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".530" = trunc i64 %"cursor.5" to i16
  %".531" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".530", ptr %".531", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".534" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".535" = load volatile i8, [40 x i8]* %".534", align 1
  %".536" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".537" = load volatile i8, [40 x i8]* %".536", align 1
  %".538" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".539" = load volatile i16, [40 x i8]* %".538", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".554" = trunc i64 %"cursor.5" to i16
  %".555" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".554", ptr %".555", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".558" = add i64 %"cursor.5", 8
  %".559" = trunc i64 %".558" to i16
  %".560" = getelementptr i8, ptr %"keys.40", i64 0
  store i16 %".559", ptr %".560", align 2
  %".562" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".563" = zext i16 %".562" to i64
  switch i64 %".563", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]
pppoe_d0.unknown:
  %".565" = and i64 %".563", 257
  %".566" = icmp eq i64 %".565", 1
  br i1 %".566", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".572" = getelementptr i8, ptr %"keys.40", i64 2
  %".573" = trunc i64 %".558" to i16
  store volatile i16 %".573", ptr %".572", align 2
  %".575" = load volatile i16, ptr %".572", align 2
  %".576" = zext i16 %".575" to i64
  %"cursor.40" = and i64 %".576", 16383
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".578" = getelementptr i8, ptr %"keys.40", i64 2
  %".579" = trunc i64 %".558" to i16
  store volatile i16 %".579", ptr %".578", align 2
  %".581" = load volatile i16, ptr %".578", align 2
  %".582" = zext i16 %".581" to i64
  %"cursor.41" = and i64 %".582", 16383
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".584" = trunc i64 34887 to i16
  %".585" = call i16 @"llvm.bswap.i16"(i16 %".584")
  %".586" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".585", ptr %".586", align 2
  %".588" = getelementptr i8, ptr %"keys.40", i64 2
  %".589" = trunc i64 %".558" to i16
  store volatile i16 %".589", ptr %".588", align 2
  %".591" = load volatile i16, ptr %".588", align 2
  %".592" = zext i16 %".591" to i64
  %"cursor.42" = and i64 %".592", 16383
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".594" = trunc i64 34888 to i16
  %".595" = call i16 @"llvm.bswap.i16"(i16 %".594")
  %".596" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".595", ptr %".596", align 2
  %".598" = getelementptr i8, ptr %"keys.40", i64 2
  %".599" = trunc i64 %".558" to i16
  store volatile i16 %".599", ptr %".598", align 2
  %".601" = load volatile i16, ptr %".598", align 2
  %".602" = zext i16 %".601" to i64
  %"cursor.43" = and i64 %".602", 16383
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".568" = trunc i64 %".558" to i16
  %".569" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".568", ptr %".569", align 2
  br label %"return"
ppp_other:
  %"cursor.44" = phi  i64 [%".558", %"pppoe_d0.to_ppp_other"], [%".4316", %"pppoe_d1.to_ppp_other"]
  %"data.41" = phi  ptr [%"data.40", %"pppoe_d0.to_ppp_other"], [%"data.184", %"pppoe_d1.to_ppp_other"]
  %"data_end.41" = phi  ptr [%"data_end.40", %"pppoe_d0.to_ppp_other"], [%"data_end.184", %"pppoe_d1.to_ppp_other"]
  %"keys.41" = phi  ptr [%"keys.40", %"pppoe_d0.to_ppp_other"], [%"keys.184", %"pppoe_d1.to_ppp_other"]
  %".2183" = add i64 %"cursor.44", 0
  %".2184" = trunc i64 %".2183" to i16
  %".2185" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".2184", ptr %".2185", align 2
  br label %"return"
ptp.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".614" = trunc i64 %"cursor.7" to i32
  %".615" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".614", [40 x i8]* %"header_copy", i32 34)
  %".616" = icmp eq i64 %".615", 0
  %".617" = getelementptr i8, ptr %"ctx.7", i64 76
  %".618" = load i32, ptr %".617", align 4
  %".619" = zext i32 %".618" to i64
  %"data.42" = inttoptr i64 %".619" to ptr
  %".620" = getelementptr i8, ptr %"ctx.7", i64 80
  %".621" = load i32, ptr %".620", align 4
  %".622" = zext i32 %".621" to i64
  %"data_end.42" = inttoptr i64 %".622" to ptr
  %".623" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.42" = load ptr, ptr %".623", align 8
  %".624" = xor i1 %".616", -1
  br i1 %".624", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".626" = trunc i64 %"cursor.7" to i16
  %".627" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".626", ptr %".627", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".645" = trunc i64 %"cursor.9" to i32
  %".646" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".645", [40 x i8]* %"header_copy", i32 16)
  %".647" = icmp eq i64 %".646", 0
  %".648" = getelementptr i8, ptr %"ctx.8", i64 76
  %".649" = load i32, ptr %".648", align 4
  %".650" = zext i32 %".649" to i64
  %"data.44" = inttoptr i64 %".650" to ptr
  %".651" = getelementptr i8, ptr %"ctx.8", i64 80
  %".652" = load i32, ptr %".651", align 4
  %".653" = zext i32 %".652" to i64
  %"data_end.44" = inttoptr i64 %".653" to ptr
  %".654" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.44" = load ptr, ptr %".654", align 8
  %".655" = xor i1 %".647", -1
  br i1 %".655", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".657" = trunc i64 %"cursor.9" to i16
  %".658" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".657", ptr %".658", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".670" = trunc i64 %"cursor.10" to i32
  %".671" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".670", [40 x i8]* %"header_copy", i32 38)
  %".672" = icmp eq i64 %".671", 0
  %".673" = getelementptr i8, ptr %"ctx.9", i64 76
  %".674" = load i32, ptr %".673", align 4
  %".675" = zext i32 %".674" to i64
  %"data.46" = inttoptr i64 %".675" to ptr
  %".676" = getelementptr i8, ptr %"ctx.9", i64 80
  %".677" = load i32, ptr %".676", align 4
  %".678" = zext i32 %".677" to i64
  %"data_end.46" = inttoptr i64 %".678" to ptr
  %".679" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.46" = load ptr, ptr %".679", align 8
  %".680" = xor i1 %".672", -1
  br i1 %".680", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".682" = trunc i64 %"cursor.10" to i16
  %".683" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".682", ptr %".683", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
tcp.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".700" = trunc i64 %"cursor.11" to i32
  %".701" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".700", [40 x i8]* %"header_copy", i32 4)
  %".702" = icmp eq i64 %".701", 0
  %".703" = getelementptr i8, ptr %"ctx.10", i64 76
  %".704" = load i32, ptr %".703", align 4
  %".705" = zext i32 %".704" to i64
  %"data.48" = inttoptr i64 %".705" to ptr
  %".706" = getelementptr i8, ptr %"ctx.10", i64 80
  %".707" = load i32, ptr %".706", align 4
  %".708" = zext i32 %".707" to i64
  %"data_end.48" = inttoptr i64 %".708" to ptr
  %".709" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.48" = load ptr, ptr %".709", align 8
  %".710" = xor i1 %".702", -1
  br i1 %".710", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".712" = trunc i64 %"cursor.11" to i16
  %".713" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".712", ptr %".713", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".716" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".717" = load volatile i16, [40 x i8]* %".716", align 2
  %".718" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".719" = load volatile i16, [40 x i8]* %".718", align 2
  br label %"tcp.header"
tcp.unknown:
  %".734" = trunc i64 %"cursor.11" to i16
  %".735" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".734", ptr %".735", align 2
  br label %"return"
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.45" = phi  i64 [%"cursor.11", %"tcp.to_tcp_header"]
  %"data.50" = phi  ptr [%"data.49", %"tcp.to_tcp_header"]
  %"data_end.50" = phi  ptr [%"data_end.49", %"tcp.to_tcp_header"]
  %"keys.50" = phi  ptr [%"keys.49", %"tcp.to_tcp_header"]
  %"hdr.25" = getelementptr i8, ptr %"data.50", i64 %"cursor.45"
  %".2188" = getelementptr i8, ptr %"hdr.25", i64 20
  %".2189" = icmp ugt ptr %".2188", %"data_end.50"
  br i1 %".2189", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2191" = getelementptr i8, ptr %"hdr.25", i64 12
  %".2192" = load i8, ptr %".2191", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2192", %"tcp_header.linear"], [%".2211", %"tcp_header.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.50", %"tcp_header.linear"], [%"data.106", %"tcp_header.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.50", %"tcp_header.linear"], [%"data_end.106", %"tcp_header.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.50", %"tcp_header.linear"], [%"keys.106", %"tcp_header.copy_failed.endif"]
  %".2213" = zext i8 %"w12_1" to i64
  %".2214" = lshr i64 %".2213", 4
  %".2215" = and i64 %".2214", 15
  %".2216" = icmp uge i64 %".2215", 5
  %".2217" = xor i1 %".2216", -1
  br i1 %".2217", label %"tcp_header.require", label %"tcp_header.require.endif"
udp_d0.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".747" = trunc i64 %"cursor.12" to i32
  %".748" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".747", [40 x i8]* %"header_copy", i32 4)
  %".749" = icmp eq i64 %".748", 0
  %".750" = getelementptr i8, ptr %"ctx.11", i64 76
  %".751" = load i32, ptr %".750", align 4
  %".752" = zext i32 %".751" to i64
  %"data.51" = inttoptr i64 %".752" to ptr
  %".753" = getelementptr i8, ptr %"ctx.11", i64 80
  %".754" = load i32, ptr %".753", align 4
  %".755" = zext i32 %".754" to i64
  %"data_end.51" = inttoptr i64 %".755" to ptr
  %".756" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.51" = load ptr, ptr %".756", align 8
  %".757" = xor i1 %".749", -1
  br i1 %".757", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".759" = trunc i64 %"cursor.12" to i16
  %".760" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".759", ptr %".760", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".763" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".764" = load volatile i16, [40 x i8]* %".763", align 2
  %".765" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".766" = load volatile i16, [40 x i8]* %".765", align 2
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".786" = add i64 %"cursor.12", %".781"
  %".787" = sub i64 %".786", 1
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".788" = trunc i64 %".787" to i32
  %".789" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".788", i64* %"last_byte", i32 1)
  %".790" = icmp eq i64 %".789", 0
  %".791" = getelementptr i8, ptr %"ctx.12", i64 76
  %".792" = load i32, ptr %".791", align 4
  %".793" = zext i32 %".792" to i64
  %"data.53" = inttoptr i64 %".793" to ptr
  %".794" = getelementptr i8, ptr %"ctx.12", i64 80
  %".795" = load i32, ptr %".794", align 4
  %".796" = zext i32 %".795" to i64
  %"data_end.53" = inttoptr i64 %".796" to ptr
  %".797" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.53" = load ptr, ptr %".797", align 8
  %".798" = xor i1 %".790", -1
  br i1 %".798", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".800" = trunc i64 %"cursor.12" to i16
  %".801" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".800", ptr %".801", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".808" = trunc i64 %"cursor.12" to i16
  %".809" = getelementptr i8, ptr %"keys.54", i64 2
  store i16 %".808", ptr %".809", align 2
  br label %"return"
udp_d0.to_vxlan:
  br label %"vxlan_d0"
udp_d0.to_geneve:
  br label %"geneve_d0"
udp_d0.to_gue:
  br label %"gue_d0"
udp_d0.to_gtpu:
  br label %"gtpu_d0"
udp_d0.to_shim:
  br label %"shim_d0"
vxlan_d0:
  %"cursor.46" = phi  i64 [%"end.1", %"udp_d0.to_vxlan"]
  %"data.55" = phi  ptr [%"data.54", %"udp_d0.to_vxlan"]
  %"data_end.55" = phi  ptr [%"data_end.54", %"udp_d0.to_vxlan"]
  %"keys.55" = phi  ptr [%"keys.54", %"udp_d0.to_vxlan"]
  %"hdr.26" = getelementptr i8, ptr %"data.55", i64 %"cursor.46"
  %".2257" = getelementptr i8, ptr %"hdr.26", i64 8
  %".2258" = icmp ugt ptr %".2257", %"data_end.55"
  br i1 %".2258", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.111" = phi  ptr [%"data.55", %"vxlan_d0.linear"], [%"data.110", %"vxlan_d0.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.55", %"vxlan_d0.linear"], [%"data_end.110", %"vxlan_d0.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.55", %"vxlan_d0.linear"], [%"keys.110", %"vxlan_d0.copy_failed.endif"]
  %".2278" = add i64 %"cursor.46", 8
  %".2279" = getelementptr i8, ptr %"keys.111", i64 8
  store i8 1, ptr %".2279", align 1
  %".2281" = getelementptr i8, ptr %"keys.111", i64 48
  %"flags.19" = load volatile i32, ptr %".2281", align 4
  %".2282" = and i32 %"flags.19", 4
  %".2283" = icmp ne i32 %".2282", 0
  br i1 %".2283", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
geneve_d0:
  %"cursor.47" = phi  i64 [%"end.1", %"udp_d0.to_geneve"]
  %"data.56" = phi  ptr [%"data.54", %"udp_d0.to_geneve"]
  %"data_end.56" = phi  ptr [%"data_end.54", %"udp_d0.to_geneve"]
  %"keys.56" = phi  ptr [%"keys.54", %"udp_d0.to_geneve"]
  %"hdr.27" = getelementptr i8, ptr %"data.56", i64 %"cursor.47"
  %".2302" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2303" = icmp ugt ptr %".2302", %"data_end.56"
  br i1 %".2303", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2305" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2306" = load i8, ptr %".2305", align 1
  %".2307" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2308" = load i16, ptr %".2307", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.7" = phi  i8 [%".2306", %"geneve_d0.linear"], [%".2327", %"geneve_d0.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".2308", %"geneve_d0.linear"], [%".2329", %"geneve_d0.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.56", %"geneve_d0.linear"], [%"data.113", %"geneve_d0.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.56", %"geneve_d0.linear"], [%"data_end.113", %"geneve_d0.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.56", %"geneve_d0.linear"], [%"keys.113", %"geneve_d0.copy_failed.endif"]
  %".2331" = zext i8 %"w0_1.7" to i64
  %".2332" = lshr i64 %".2331", 6
  %".2333" = and i64 %".2332", 3
  %".2334" = icmp ne i64 %".2333", 0
  br i1 %".2334", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif"
gue_d0:
  %"cursor.48" = phi  i64 [%"end.1", %"udp_d0.to_gue"]
  %"data.57" = phi  ptr [%"data.54", %"udp_d0.to_gue"]
  %"data_end.57" = phi  ptr [%"data_end.54", %"udp_d0.to_gue"]
  %"keys.57" = phi  ptr [%"keys.54", %"udp_d0.to_gue"]
  %"hdr.28" = getelementptr i8, ptr %"data.57", i64 %"cursor.48"
  %".2405" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2406" = icmp ugt ptr %".2405", %"data_end.57"
  br i1 %".2406", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2408" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2409" = load i8, ptr %".2408", align 1
  %".2410" = getelementptr i8, ptr %"hdr.28", i64 1
  %".2411" = load i8, ptr %".2410", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.8" = phi  i8 [%".2409", %"gue_d0.linear"], [%".2430", %"gue_d0.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".2411", %"gue_d0.linear"], [%".2432", %"gue_d0.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.57", %"gue_d0.linear"], [%"data.117", %"gue_d0.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.57", %"gue_d0.linear"], [%"data_end.117", %"gue_d0.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.57", %"gue_d0.linear"], [%"keys.117", %"gue_d0.copy_failed.endif"]
  %".2434" = zext i8 %"w0_1.8" to i64
  %".2435" = lshr i64 %".2434", 6
  %".2436" = and i64 %".2435", 3
  %".2437" = icmp ne i64 %".2436", 0
  %".2438" = zext i8 %"w0_1.8" to i64
  %".2439" = lshr i64 %".2438", 5
  %".2440" = and i64 %".2439", 1
  %".2441" = icmp ne i64 %".2440", 0
  %".2442" = or i1 %".2437", %".2441"
  br i1 %".2442", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif"
gtpu_d0:
  %"cursor.49" = phi  i64 [%"end.1", %"udp_d0.to_gtpu"]
  %"data.58" = phi  ptr [%"data.54", %"udp_d0.to_gtpu"]
  %"data_end.58" = phi  ptr [%"data_end.54", %"udp_d0.to_gtpu"]
  %"keys.58" = phi  ptr [%"keys.54", %"udp_d0.to_gtpu"]
  %"hdr.29" = getelementptr i8, ptr %"data.58", i64 %"cursor.49"
  %".2506" = getelementptr i8, ptr %"hdr.29", i64 8
  %".2507" = icmp ugt ptr %".2506", %"data_end.58"
  br i1 %".2507", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".2509" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2510" = load i8, ptr %".2509", align 1
  %".2511" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2512" = load i8, ptr %".2511", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.9" = phi  i8 [%".2510", %"gtpu_d0.linear"], [%".2531", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2512", %"gtpu_d0.linear"], [%".2533", %"gtpu_d0.copy_failed.endif"]
  %"data.122" = phi  ptr [%"data.58", %"gtpu_d0.linear"], [%"data.121", %"gtpu_d0.copy_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.58", %"gtpu_d0.linear"], [%"data_end.121", %"gtpu_d0.copy_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.58", %"gtpu_d0.linear"], [%"keys.121", %"gtpu_d0.copy_failed.endif"]
  %".2535" = zext i8 %"w0_1.9" to i64
  %".2536" = lshr i64 %".2535", 5
  %".2537" = and i64 %".2536", 7
  %".2538" = icmp ne i64 %".2537", 1
  %".2539" = zext i8 %"w0_1.9" to i64
  %".2540" = lshr i64 %".2539", 4
  %".2541" = and i64 %".2540", 1
  %".2542" = icmp ne i64 %".2541", 1
  %".2543" = or i1 %".2538", %".2542"
  %".2544" = zext i8 %"w1_1.4" to i64
  %".2545" = icmp ne i64 %".2544", 255
  %".2546" = or i1 %".2543", %".2545"
  br i1 %".2546", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif"
shim_d0:
  %"cursor.50" = phi  i64 [%"end.1", %"udp_d0.to_shim"]
  %"data.59" = phi  ptr [%"data.54", %"udp_d0.to_shim"]
  %"data_end.59" = phi  ptr [%"data_end.54", %"udp_d0.to_shim"]
  %"keys.59" = phi  ptr [%"keys.54", %"udp_d0.to_shim"]
  %"hdr.30" = getelementptr i8, ptr %"data.59", i64 %"cursor.50"
  %".2608" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2609" = icmp ugt ptr %".2608", %"data_end.59"
  br i1 %".2609", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".2611" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2612" = load i16, ptr %".2611", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.10" = phi  i16 [%".2612", %"shim_d0.linear"], [%".2631", %"shim_d0.copy_failed.endif"]
  %"data.126" = phi  ptr [%"data.59", %"shim_d0.linear"], [%"data.125", %"shim_d0.copy_failed.endif"]
  %"data_end.126" = phi  ptr [%"data_end.59", %"shim_d0.linear"], [%"data_end.125", %"shim_d0.copy_failed.endif"]
  %"keys.126" = phi  ptr [%"keys.59", %"shim_d0.linear"], [%"keys.125", %"shim_d0.copy_failed.endif"]
  %".2633" = add i64 %"cursor.50", 8
  %".2634" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".2634", align 1
  %".2636" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.23" = load volatile i32, ptr %".2636", align 4
  %".2637" = and i32 %"flags.23", 4
  %".2638" = icmp ne i32 %".2637", 0
  br i1 %".2638", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".825" = trunc i64 %"cursor.13" to i32
  %".826" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".825", [40 x i8]* %"header_copy", i32 4)
  %".827" = icmp eq i64 %".826", 0
  %".828" = getelementptr i8, ptr %"ctx.13", i64 76
  %".829" = load i32, ptr %".828", align 4
  %".830" = zext i32 %".829" to i64
  %"data.60" = inttoptr i64 %".830" to ptr
  %".831" = getelementptr i8, ptr %"ctx.13", i64 80
  %".832" = load i32, ptr %".831", align 4
  %".833" = zext i32 %".832" to i64
  %"data_end.60" = inttoptr i64 %".833" to ptr
  %".834" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.60" = load ptr, ptr %".834", align 8
  %".835" = xor i1 %".827", -1
  br i1 %".835", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".837" = trunc i64 %"cursor.13" to i16
  %".838" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".837", ptr %".838", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".841" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".842" = load volatile i16, [40 x i8]* %".841", align 2
  %".843" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".844" = load volatile i16, [40 x i8]* %".843", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".864" = add i64 %"cursor.13", %".859"
  %".865" = sub i64 %".864", 1
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".866" = trunc i64 %".865" to i32
  %".867" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".866", i64* %"last_byte", i32 1)
  %".868" = icmp eq i64 %".867", 0
  %".869" = getelementptr i8, ptr %"ctx.14", i64 76
  %".870" = load i32, ptr %".869", align 4
  %".871" = zext i32 %".870" to i64
  %"data.62" = inttoptr i64 %".871" to ptr
  %".872" = getelementptr i8, ptr %"ctx.14", i64 80
  %".873" = load i32, ptr %".872", align 4
  %".874" = zext i32 %".873" to i64
  %"data_end.62" = inttoptr i64 %".874" to ptr
  %".875" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.62" = load ptr, ptr %".875", align 8
  %".876" = xor i1 %".868", -1
  br i1 %".876", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".878" = trunc i64 %"cursor.13" to i16
  %".879" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".878", ptr %".879", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".897" = trunc i64 %"cursor.14" to i32
  %".898" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".897", [40 x i8]* %"header_copy", i32 4)
  %".899" = icmp eq i64 %".898", 0
  %".900" = getelementptr i8, ptr %"ctx.15", i64 76
  %".901" = load i32, ptr %".900", align 4
  %".902" = zext i32 %".901" to i64
  %"data.64" = inttoptr i64 %".902" to ptr
  %".903" = getelementptr i8, ptr %"ctx.15", i64 80
  %".904" = load i32, ptr %".903", align 4
  %".905" = zext i32 %".904" to i64
  %"data_end.64" = inttoptr i64 %".905" to ptr
  %".906" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.64" = load ptr, ptr %".906", align 8
  %".907" = xor i1 %".899", -1
  br i1 %".907", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".909" = trunc i64 %"cursor.14" to i16
  %".910" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".909", ptr %".910", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".913" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".914" = load volatile i8, [40 x i8]* %".913", align 1
  %".915" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".916" = load volatile i8, [40 x i8]* %".915", align 1
  %".917" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".918" = load volatile i16, [40 x i8]* %".917", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".929" = trunc i64 %"cursor.14" to i16
  %".930" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".929", ptr %".930", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".933" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".934" = zext i16 %".933" to i64
  %".935" = trunc i64 %".934" to i16
  %".936" = call i16 @"llvm.bswap.i16"(i16 %".935")
  %".937" = getelementptr i8, ptr %"keys.65", i64 10
  store i16 %".936", ptr %".937", align 2
  %".939" = zext i8 %"w1_1.1" to i64
  %".940" = and i64 %".939", 7
  switch i64 %".940", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".942" = trunc i64 %"cursor.14" to i16
  %".943" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".942", ptr %".943", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.51" = phi  i64 [%"cursor.14", %"gre_version_d0.to_gre"]
  %"data.66" = phi  ptr [%"data.65", %"gre_version_d0.to_gre"]
  %"data_end.66" = phi  ptr [%"data_end.65", %"gre_version_d0.to_gre"]
  %"keys.66" = phi  ptr [%"keys.65", %"gre_version_d0.to_gre"]
  %"hdr.31" = getelementptr i8, ptr %"data.66", i64 %"cursor.51"
  %".2659" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2660" = icmp ugt ptr %".2659", %"data_end.66"
  br i1 %".2660", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".2662" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2663" = load i8, ptr %".2662", align 1
  %".2664" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2665" = load i8, ptr %".2664", align 1
  %".2666" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2667" = load i16, ptr %".2666", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.10" = phi  i8 [%".2663", %"gre_d0.linear"], [%".2686", %"gre_d0.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2665", %"gre_d0.linear"], [%".2688", %"gre_d0.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2667", %"gre_d0.linear"], [%".2690", %"gre_d0.copy_failed.endif"]
  %"data.128" = phi  ptr [%"data.66", %"gre_d0.linear"], [%"data.127", %"gre_d0.copy_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.66", %"gre_d0.linear"], [%"data_end.127", %"gre_d0.copy_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.66", %"gre_d0.linear"], [%"keys.127", %"gre_d0.copy_failed.endif"]
  %".2692" = zext i8 %"w1_1.5" to i64
  %".2693" = and i64 %".2692", 7
  %".2694" = icmp ne i64 %".2693", 0
  %".2695" = zext i8 %"w0_1.10" to i64
  %".2696" = lshr i64 %".2695", 6
  %".2697" = and i64 %".2696", 1
  %".2698" = icmp ne i64 %".2697", 0
  %".2699" = or i1 %".2694", %".2698"
  br i1 %".2699", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.52" = phi  i64 [%"cursor.14", %"gre_version_d0.to_pptp"]
  %"data.67" = phi  ptr [%"data.65", %"gre_version_d0.to_pptp"]
  %"data_end.67" = phi  ptr [%"data_end.65", %"gre_version_d0.to_pptp"]
  %"keys.67" = phi  ptr [%"keys.65", %"gre_version_d0.to_pptp"]
  %"hdr.32" = getelementptr i8, ptr %"data.67", i64 %"cursor.52"
  %".2851" = getelementptr i8, ptr %"hdr.32", i64 4
  %".2852" = icmp ugt ptr %".2851", %"data_end.67"
  br i1 %".2852", label %"pptp_d0.copy", label %"pptp_d0.linear", !prof !0
pptp_d0.linear:
  %".2854" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2855" = load i8, ptr %".2854", align 1
  %".2856" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2857" = load i8, ptr %".2856", align 1
  %".2858" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2859" = load i16, ptr %".2858", align 2
  br label %"pptp_d0.header"
pptp_d0.header:
  %"w0_1.11" = phi  i8 [%".2855", %"pptp_d0.linear"], [%".2878", %"pptp_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2857", %"pptp_d0.linear"], [%".2880", %"pptp_d0.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".2859", %"pptp_d0.linear"], [%".2882", %"pptp_d0.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.67", %"pptp_d0.linear"], [%"data.133", %"pptp_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.67", %"pptp_d0.linear"], [%"data_end.133", %"pptp_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.67", %"pptp_d0.linear"], [%"keys.133", %"pptp_d0.copy_failed.endif"]
  %".2884" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".2885" = zext i16 %".2884" to i64
  %".2886" = icmp ne i64 %".2885", 34827
  %".2887" = zext i8 %"w0_1.11" to i64
  %".2888" = lshr i64 %".2887", 5
  %".2889" = and i64 %".2888", 1
  %".2890" = icmp eq i64 %".2889", 0
  %".2891" = or i1 %".2886", %".2890"
  br i1 %".2891", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".956" = trunc i64 %"cursor.15" to i32
  %".957" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".956", [40 x i8]* %"header_copy", i32 4)
  %".958" = icmp eq i64 %".957", 0
  %".959" = getelementptr i8, ptr %"ctx.16", i64 76
  %".960" = load i32, ptr %".959", align 4
  %".961" = zext i32 %".960" to i64
  %"data.68" = inttoptr i64 %".961" to ptr
  %".962" = getelementptr i8, ptr %"ctx.16", i64 80
  %".963" = load i32, ptr %".962", align 4
  %".964" = zext i32 %".963" to i64
  %"data_end.68" = inttoptr i64 %".964" to ptr
  %".965" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.68" = load ptr, ptr %".965", align 8
  %".966" = xor i1 %".958", -1
  br i1 %".966", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".968" = trunc i64 %"cursor.15" to i16
  %".969" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".968", ptr %".969", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".972" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".973" = load volatile i16, [40 x i8]* %".972", align 2
  %".974" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".975" = load volatile i16, [40 x i8]* %".974", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1002" = trunc i64 %"cursor.16" to i32
  %".1003" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1002", [40 x i8]* %"header_copy", i32 4)
  %".1004" = icmp eq i64 %".1003", 0
  %".1005" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1006" = load i32, ptr %".1005", align 4
  %".1007" = zext i32 %".1006" to i64
  %"data.70" = inttoptr i64 %".1007" to ptr
  %".1008" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1009" = load i32, ptr %".1008", align 4
  %".1010" = zext i32 %".1009" to i64
  %"data_end.70" = inttoptr i64 %".1010" to ptr
  %".1011" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.70" = load ptr, ptr %".1011", align 8
  %".1012" = xor i1 %".1004", -1
  br i1 %".1012", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1014" = trunc i64 %"cursor.16" to i16
  %".1015" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1014", ptr %".1015", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1018" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1019" = load volatile i16, [40 x i8]* %".1018", align 2
  %".1020" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1021" = load volatile i16, [40 x i8]* %".1020", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1046" = trunc i64 %"cursor.17" to i32
  %".1047" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1046", [40 x i8]* %"header_copy", i32 4)
  %".1048" = icmp eq i64 %".1047", 0
  %".1049" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1050" = load i32, ptr %".1049", align 4
  %".1051" = zext i32 %".1050" to i64
  %"data.72" = inttoptr i64 %".1051" to ptr
  %".1052" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1053" = load i32, ptr %".1052", align 4
  %".1054" = zext i32 %".1053" to i64
  %"data_end.72" = inttoptr i64 %".1054" to ptr
  %".1055" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.72" = load ptr, ptr %".1055", align 8
  %".1056" = xor i1 %".1048", -1
  br i1 %".1056", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1058" = trunc i64 %"cursor.17" to i16
  %".1059" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1058", ptr %".1059", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1062" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1063" = load volatile i32, [40 x i8]* %".1062", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1090" = trunc i64 %"cursor.18" to i32
  %".1091" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1090", [40 x i8]* %"header_copy", i32 8)
  %".1092" = icmp eq i64 %".1091", 0
  %".1093" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1094" = load i32, ptr %".1093", align 4
  %".1095" = zext i32 %".1094" to i64
  %"data.74" = inttoptr i64 %".1095" to ptr
  %".1096" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1097" = load i32, ptr %".1096", align 4
  %".1098" = zext i32 %".1097" to i64
  %"data_end.74" = inttoptr i64 %".1098" to ptr
  %".1099" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.74" = load ptr, ptr %".1099", align 8
  %".1100" = xor i1 %".1092", -1
  br i1 %".1100", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1102" = trunc i64 %"cursor.18" to i16
  %".1103" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1102", ptr %".1103", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1106" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1107" = load volatile i32, [40 x i8]* %".1106", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1132" = trunc i64 %"cursor.19" to i32
  %".1133" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1132", [40 x i8]* %"header_copy", i32 4)
  %".1134" = icmp eq i64 %".1133", 0
  %".1135" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1136" = load i32, ptr %".1135", align 4
  %".1137" = zext i32 %".1136" to i64
  %"data.76" = inttoptr i64 %".1137" to ptr
  %".1138" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1139" = load i32, ptr %".1138", align 4
  %".1140" = zext i32 %".1139" to i64
  %"data_end.76" = inttoptr i64 %".1140" to ptr
  %".1141" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.76" = load ptr, ptr %".1141", align 8
  %".1142" = xor i1 %".1134", -1
  br i1 %".1142", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1144" = trunc i64 %"cursor.19" to i16
  %".1145" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1144", ptr %".1145", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1168" = trunc i64 %"cursor.21" to i32
  %".1169" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1168", [40 x i8]* %"header_copy", i32 20)
  %".1170" = icmp eq i64 %".1169", 0
  %".1171" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1172" = load i32, ptr %".1171", align 4
  %".1173" = zext i32 %".1172" to i64
  %"data.78" = inttoptr i64 %".1173" to ptr
  %".1174" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1175" = load i32, ptr %".1174", align 4
  %".1176" = zext i32 %".1175" to i64
  %"data_end.78" = inttoptr i64 %".1176" to ptr
  %".1177" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.78" = load ptr, ptr %".1177", align 8
  %".1178" = xor i1 %".1170", -1
  br i1 %".1178", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1180" = trunc i64 %"cursor.21" to i16
  %".1181" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1180", ptr %".1181", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1184" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1185" = load volatile i8, [40 x i8]* %".1184", align 1
  %".1186" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1187" = load volatile i16, [40 x i8]* %".1186", align 2
  %".1188" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1189" = load volatile i8, [40 x i8]* %".1188", align 1
  %".1190" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1191" = load volatile i32, [40 x i8]* %".1190", align 4
  %".1192" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1193" = load volatile i32, [40 x i8]* %".1192", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1200" = trunc i64 %"cursor.21" to i16
  %".1201" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1200", ptr %".1201", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1204" = trunc i64 2048 to i16
  %".1205" = getelementptr i8, ptr %"keys.79", i64 4
  store i16 %".1204", ptr %".1205", align 2
  %".1207" = trunc i64 2048 to i16
  %".1208" = call i16 @"llvm.bswap.i16"(i16 %".1207")
  %".1209" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %".1208", ptr %".1209", align 2
  %".1211" = getelementptr i8, ptr %"keys.79", i64 16
  store i32 %"w12_4.1", ptr %".1211", align 4
  %".1213" = getelementptr i8, ptr %"keys.79", i64 20
  store i32 %"w16_4.1", ptr %".1213", align 4
  %".1215" = zext i8 %"w9_1.1" to i64
  %".1216" = trunc i64 %".1215" to i8
  %".1217" = getelementptr i8, ptr %"keys.79", i64 9
  store i8 %".1216", ptr %".1217", align 1
  %".1219" = add i64 %"cursor.21", 20
  %".1220" = zext i8 %"w0_1.3" to i64
  %".1221" = and i64 %".1220", 15
  %".1222" = mul i64 %".1221", 4
  %".1223" = sub i64 %".1222", 20
  %".1224" = add i64 %".1223", 20
  %".1225" = add i64 %"cursor.21", %".1224"
  %".1226" = getelementptr i8, ptr %"data.79", i64 %"cursor.21"
  %".1227" = getelementptr i8, ptr %".1226", i64 %".1224"
  %".1228" = icmp ugt ptr %".1227", %"data_end.79"
  br i1 %".1228", label %"ipv4_d1.copy_last_byte", label %"ipv4_d1.variable_part", !prof !0
ipv4_d1.variable_part:
  %"data.81" = phi  ptr [%"data.79", %"ipv4_d1.require.endif"], [%"data.80", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.79", %"ipv4_d1.require.endif"], [%"data_end.80", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.79", %"ipv4_d1.require.endif"], [%"keys.80", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"end.3" = add i64 %"cursor.21", %".1224"
  %".1249" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1250" = zext i16 %".1249" to i64
  %".1251" = and i64 %".1250", 16383
  %".1252" = icmp ne i64 %".1251", 0
  %".1253" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1254" = zext i16 %".1253" to i64
  %".1255" = and i64 %".1254", 8191
  %".1256" = icmp eq i64 %".1255", 0
  br i1 %".1252", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.copy_last_byte:
  %".1230" = add i64 %"cursor.21", %".1224"
  %".1231" = sub i64 %".1230", 1
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1232" = trunc i64 %".1231" to i32
  %".1233" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1232", i64* %"last_byte", i32 1)
  %".1234" = icmp eq i64 %".1233", 0
  %".1235" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1236" = load i32, ptr %".1235", align 4
  %".1237" = zext i32 %".1236" to i64
  %"data.80" = inttoptr i64 %".1237" to ptr
  %".1238" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1239" = load i32, ptr %".1238", align 4
  %".1240" = zext i32 %".1239" to i64
  %"data_end.80" = inttoptr i64 %".1240" to ptr
  %".1241" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.80" = load ptr, ptr %".1241", align 8
  %".1242" = xor i1 %".1234", -1
  br i1 %".1242", label %"ipv4_d1.copy_last_byte_failed", label %"ipv4_d1.copy_last_byte_failed.endif"
ipv4_d1.copy_last_byte_failed:
  %".1244" = trunc i64 %".1225" to i16
  %".1245" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1244", ptr %".1245", align 2
  br label %"return"
ipv4_d1.copy_last_byte_failed.endif:
  br label %"ipv4_d1.variable_part"
ipv4_d1.fragment:
  %".1258" = getelementptr i8, ptr %"keys.81", i64 6
  store i8 1, ptr %".1258", align 1
  br i1 %".1256", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1278" = zext i8 %"w9_1.1" to i64
  switch i64 %".1278", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]
ipv4_d1.first_fragment:
  %".1261" = getelementptr i8, ptr %"keys.81", i64 7
  store i8 1, ptr %".1261", align 1
  %".1263" = getelementptr i8, ptr %"keys.81", i64 48
  %"flags.7" = load volatile i32, ptr %".1263", align 4
  %".1264" = and i32 %"flags.7", 1
  %".1265" = icmp ne i32 %".1264", 0
  %".1266" = xor i1 %".1265", -1
  br i1 %".1266", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1273" = trunc i64 %"end.3" to i16
  %".1274" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1273", ptr %".1274", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1268" = trunc i64 %"end.3" to i16
  %".1269" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1268", ptr %".1269", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1280" = trunc i64 %"end.3" to i16
  %".1281" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1280", ptr %".1281", align 2
  br label %"return"
ipv4_d1.to_tcp:
  %".1284" = getelementptr i8, ptr %"keys.81", i64 2
  %".1285" = trunc i64 %"end.3" to i16
  store volatile i16 %".1285", ptr %".1284", align 2
  %".1287" = load volatile i16, ptr %".1284", align 2
  %".1288" = zext i16 %".1287" to i64
  %"cursor.53" = and i64 %".1288", 16383
  br label %"tcp"
ipv4_d1.to_udp:
  %".1290" = getelementptr i8, ptr %"keys.81", i64 2
  %".1291" = trunc i64 %"end.3" to i16
  store volatile i16 %".1291", ptr %".1290", align 2
  %".1293" = load volatile i16, ptr %".1290", align 2
  %".1294" = zext i16 %".1293" to i64
  %"cursor.55" = and i64 %".1294", 16383
  br label %"udp_d1"
ipv4_d1.to_udplite:
  %".1296" = getelementptr i8, ptr %"keys.81", i64 2
  %".1297" = trunc i64 %"end.3" to i16
  store volatile i16 %".1297", ptr %".1296", align 2
  %".1299" = load volatile i16, ptr %".1296", align 2
  %".1300" = zext i16 %".1299" to i64
  %"cursor.56" = and i64 %".1300", 16383
  br label %"udplite"
ipv4_d1.to_gre_version:
  %".1302" = getelementptr i8, ptr %"keys.81", i64 2
  %".1303" = trunc i64 %"end.3" to i16
  store volatile i16 %".1303", ptr %".1302", align 2
  %".1305" = load volatile i16, ptr %".1302", align 2
  %".1306" = zext i16 %".1305" to i64
  %"cursor.58" = and i64 %".1306", 16383
  br label %"gre_version_d1"
ipv4_d1.to_sctp:
  %".1308" = getelementptr i8, ptr %"keys.81", i64 2
  %".1309" = trunc i64 %"end.3" to i16
  store volatile i16 %".1309", ptr %".1308", align 2
  %".1311" = load volatile i16, ptr %".1308", align 2
  %".1312" = zext i16 %".1311" to i64
  %"cursor.59" = and i64 %".1312", 16383
  br label %"sctp"
ipv4_d1.to_dccp:
  %".1314" = getelementptr i8, ptr %"keys.81", i64 2
  %".1315" = trunc i64 %"end.3" to i16
  store volatile i16 %".1315", ptr %".1314", align 2
  %".1317" = load volatile i16, ptr %".1314", align 2
  %".1318" = zext i16 %".1317" to i64
  %"cursor.60" = and i64 %".1318", 16383
  br label %"dccp"
ipv4_d1.to_esp:
  %".1320" = getelementptr i8, ptr %"keys.81", i64 2
  %".1321" = trunc i64 %"end.3" to i16
  store volatile i16 %".1321", ptr %".1320", align 2
  %".1323" = load volatile i16, ptr %".1320", align 2
  %".1324" = zext i16 %".1323" to i64
  %"cursor.61" = and i64 %".1324", 16383
  br label %"esp"
ipv4_d1.to_ah:
  %".1326" = getelementptr i8, ptr %"keys.81", i64 2
  %".1327" = trunc i64 %"end.3" to i16
  store volatile i16 %".1327", ptr %".1326", align 2
  %".1329" = load volatile i16, ptr %".1326", align 2
  %".1330" = zext i16 %".1329" to i64
  %"cursor.62" = and i64 %".1330", 16383
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1333" = trunc i64 34887 to i16
  %".1334" = call i16 @"llvm.bswap.i16"(i16 %".1333")
  %".1335" = getelementptr i8, ptr %"keys.81", i64 10
  store i16 %".1334", ptr %".1335", align 2
  %".1337" = getelementptr i8, ptr %"keys.81", i64 2
  %".1338" = trunc i64 %"end.3" to i16
  store volatile i16 %".1338", ptr %".1337", align 2
  %".1340" = load volatile i16, ptr %".1337", align 2
  %".1341" = zext i16 %".1340" to i64
  %"cursor.64" = and i64 %".1341", 16383
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1343" = getelementptr i8, ptr %"keys.81", i64 8
  store i8 1, ptr %".1343", align 1
  %".1345" = getelementptr i8, ptr %"keys.81", i64 48
  %"flags.8" = load volatile i32, ptr %".1345", align 4
  %".1346" = and i32 %"flags.8", 4
  %".1347" = icmp ne i32 %".1346", 0
  br i1 %".1347", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1359" = getelementptr i8, ptr %"keys.81", i64 8
  store i8 1, ptr %".1359", align 1
  %".1361" = getelementptr i8, ptr %"keys.81", i64 48
  %"flags.9" = load volatile i32, ptr %".1361", align 4
  %".1362" = and i32 %"flags.9", 4
  %".1363" = icmp ne i32 %".1362", 0
  br i1 %".1363", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.54" = phi  i64 [%"cursor.55", %"ipv4_d1.to_udp"], [%"cursor.72", %"ipv6_d1.to_udp"], [%"cursor.178", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"cursor.192", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"cursor.281", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"cursor.295", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"cursor.346", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"cursor.356", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data.82" = phi  ptr [%"data.81", %"ipv4_d1.to_udp"], [%"data.86", %"ipv6_d1.to_udp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.243", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.245", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data_end.82" = phi  ptr [%"data_end.81", %"ipv4_d1.to_udp"], [%"data_end.86", %"ipv6_d1.to_udp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.243", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.245", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"keys.82" = phi  ptr [%"keys.81", %"ipv4_d1.to_udp"], [%"keys.86", %"ipv6_d1.to_udp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.243", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.245", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"hdr.33" = getelementptr i8, ptr %"data.82", i64 %"cursor.54"
  %".2944" = getelementptr i8, ptr %"hdr.33", i64 4
  %".2945" = icmp ugt ptr %".2944", %"data_end.82"
  br i1 %".2945", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".2947" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2948" = load i16, ptr %".2947", align 2
  %".2949" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2950" = load i16, ptr %".2949", align 2
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_2.5" = phi  i16 [%".2948", %"udp_d1.linear"], [%".2969", %"udp_d1.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".2950", %"udp_d1.linear"], [%".2971", %"udp_d1.copy_failed.endif"]
  %"data.139" = phi  ptr [%"data.82", %"udp_d1.linear"], [%"data.138", %"udp_d1.copy_failed.endif"]
  %"data_end.139" = phi  ptr [%"data_end.82", %"udp_d1.linear"], [%"data_end.138", %"udp_d1.copy_failed.endif"]
  %"keys.139" = phi  ptr [%"keys.82", %"udp_d1.linear"], [%"keys.138", %"udp_d1.copy_failed.endif"]
  %".2973" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".2974" = zext i16 %".2973" to i64
  %".2975" = trunc i64 %".2974" to i16
  %".2976" = call i16 @"llvm.bswap.i16"(i16 %".2975")
  %".2977" = getelementptr i8, ptr %"keys.139", i64 12
  store i16 %".2976", ptr %".2977", align 2
  %".2979" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".2980" = zext i16 %".2979" to i64
  %".2981" = trunc i64 %".2980" to i16
  %".2982" = call i16 @"llvm.bswap.i16"(i16 %".2981")
  %".2983" = getelementptr i8, ptr %"keys.139", i64 14
  store i16 %".2982", ptr %".2983", align 2
  %".2985" = add i64 %"cursor.54", 4
  %".2986" = add i64 4, 4
  %".2987" = getelementptr i8, ptr %"data.139", i64 %"cursor.54"
  %".2988" = getelementptr i8, ptr %".2987", i64 %".2986"
  %".2989" = icmp ugt ptr %".2988", %"data_end.139"
  br i1 %".2989", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.141" = phi  ptr [%"data.139", %"udp_d1.header"], [%"data.140", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.141" = phi  ptr [%"data_end.139", %"udp_d1.header"], [%"data_end.140", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.141" = phi  ptr [%"keys.139", %"udp_d1.header"], [%"keys.140", %"udp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.54", %".2986"
  %".3010" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3011" = zext i16 %".3010" to i64
  switch i64 %".3011", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]
gre_version_d1:
  %"cursor.57" = phi  i64 [%"cursor.58", %"ipv4_d1.to_gre_version"], [%"cursor.74", %"ipv6_d1.to_gre_version"], [%"cursor.180", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"cursor.194", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"cursor.283", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"cursor.297", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"cursor.348", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"cursor.358", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data.83" = phi  ptr [%"data.81", %"ipv4_d1.to_gre_version"], [%"data.86", %"ipv6_d1.to_gre_version"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.243", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.245", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data_end.83" = phi  ptr [%"data_end.81", %"ipv4_d1.to_gre_version"], [%"data_end.86", %"ipv6_d1.to_gre_version"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.243", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.245", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"keys.83" = phi  ptr [%"keys.81", %"ipv4_d1.to_gre_version"], [%"keys.86", %"ipv6_d1.to_gre_version"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.243", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.245", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"hdr.34" = getelementptr i8, ptr %"data.83", i64 %"cursor.57"
  %".3047" = getelementptr i8, ptr %"hdr.34", i64 4
  %".3048" = icmp ugt ptr %".3047", %"data_end.83"
  br i1 %".3048", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3050" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3051" = load i8, ptr %".3050", align 1
  %".3052" = getelementptr i8, ptr %"hdr.34", i64 1
  %".3053" = load i8, ptr %".3052", align 1
  %".3054" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3055" = load i16, ptr %".3054", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.12" = phi  i8 [%".3051", %"gre_version_d1.linear"], [%".3074", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3053", %"gre_version_d1.linear"], [%".3076", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3055", %"gre_version_d1.linear"], [%".3078", %"gre_version_d1.copy_failed.endif"]
  %"data.148" = phi  ptr [%"data.83", %"gre_version_d1.linear"], [%"data.147", %"gre_version_d1.copy_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.83", %"gre_version_d1.linear"], [%"data_end.147", %"gre_version_d1.copy_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.83", %"gre_version_d1.linear"], [%"keys.147", %"gre_version_d1.copy_failed.endif"]
  %".3080" = zext i8 %"w0_1.12" to i64
  %".3081" = lshr i64 %".3080", 6
  %".3082" = and i64 %".3081", 1
  %".3083" = icmp ne i64 %".3082", 0
  %".3084" = zext i8 %"w1_1.7" to i64
  %".3085" = and i64 %".3084", 7
  %".3086" = icmp ugt i64 %".3085", 1
  %".3087" = or i1 %".3083", %".3086"
  br i1 %".3087", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
mpls_d1_mpls_labels1:
  %"cursor.63" = phi  i64 [%"cursor.64", %"ipv4_d1.to_mpls"], [%"cursor.79", %"ipv6_d1.to_mpls"], [%"cursor.143", %"gre_d0.to_mpls"], [%"cursor.144", %"gre_d0.to_mpls.1"], [%"cursor.186", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"cursor.200", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"cursor.237", %"ethernet_d1.to_mpls"], [%"cursor.238", %"ethernet_d1.to_mpls.1"], [%"cursor.254", %"vlan_d1_vlan_tags1.to_mpls"], [%"cursor.255", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"cursor.265", %"pppoe_d1.to_mpls"], [%"cursor.266", %"pppoe_d1.to_mpls.1"], [%"cursor.289", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"cursor.303", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"cursor.334", %"vlan_d1_vlan_tags2.to_mpls"], [%"cursor.335", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"cursor.354", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"cursor.364", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data.84" = phi  ptr [%"data.81", %"ipv4_d1.to_mpls"], [%"data.86", %"ipv6_d1.to_mpls"], [%"data.130", %"gre_d0.to_mpls"], [%"data.130", %"gre_d0.to_mpls.1"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.174", %"ethernet_d1.to_mpls"], [%"data.174", %"ethernet_d1.to_mpls.1"], [%"data.181", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.181", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.184", %"pppoe_d1.to_mpls"], [%"data.184", %"pppoe_d1.to_mpls.1"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.234", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.234", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.243", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.245", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data_end.84" = phi  ptr [%"data_end.81", %"ipv4_d1.to_mpls"], [%"data_end.86", %"ipv6_d1.to_mpls"], [%"data_end.130", %"gre_d0.to_mpls"], [%"data_end.130", %"gre_d0.to_mpls.1"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.174", %"ethernet_d1.to_mpls"], [%"data_end.174", %"ethernet_d1.to_mpls.1"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.184", %"pppoe_d1.to_mpls"], [%"data_end.184", %"pppoe_d1.to_mpls.1"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.243", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.245", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"keys.84" = phi  ptr [%"keys.81", %"ipv4_d1.to_mpls"], [%"keys.86", %"ipv6_d1.to_mpls"], [%"keys.130", %"gre_d0.to_mpls"], [%"keys.130", %"gre_d0.to_mpls.1"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.174", %"ethernet_d1.to_mpls"], [%"keys.174", %"ethernet_d1.to_mpls.1"], [%"keys.181", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.181", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.184", %"pppoe_d1.to_mpls"], [%"keys.184", %"pppoe_d1.to_mpls.1"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.234", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.234", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.243", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.245", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %".3118" = add i64 %"cursor.63", 4
  %"hdr.35" = getelementptr i8, ptr %"data.84", i64 %"cursor.63"
  %".3119" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3120" = icmp ugt ptr %".3119", %"data_end.84"
  br i1 %".3120", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".3122" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3123" = load i8, ptr %".3122", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".3123", %"mpls_d1_mpls_labels1.linear"], [%".3142", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.152" = phi  ptr [%"data.84", %"mpls_d1_mpls_labels1.linear"], [%"data.151", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.152" = phi  ptr [%"data_end.84", %"mpls_d1_mpls_labels1.linear"], [%"data_end.151", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.152" = phi  ptr [%"keys.84", %"mpls_d1_mpls_labels1.linear"], [%"keys.151", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".3144" = add i64 %"cursor.63", 4
  %".3145" = zext i8 %"w2_1.2" to i64
  %".3146" = and i64 %".3145", 1
  switch i64 %".3146", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
ipv4_d1.stop_at_encap:
  %".1349" = trunc i64 %"end.3" to i16
  %".1350" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1349", ptr %".1350", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1353" = getelementptr i8, ptr %"keys.81", i64 12
  store i32 0, ptr %".1353", align 4
  %".1355" = trunc i64 %"end.3" to i16
  %".1356" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1355", ptr %".1356", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1365" = trunc i64 %"end.3" to i16
  %".1366" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1365", ptr %".1366", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1369" = getelementptr i8, ptr %"keys.81", i64 12
  store i32 0, ptr %".1369", align 4
  %".1371" = trunc i64 %"end.3" to i16
  %".1372" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1371", ptr %".1372", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1391" = trunc i64 %"cursor.23" to i32
  %".1392" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1391", [40 x i8]* %"header_copy", i32 40)
  %".1393" = icmp eq i64 %".1392", 0
  %".1394" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1395" = load i32, ptr %".1394", align 4
  %".1396" = zext i32 %".1395" to i64
  %"data.85" = inttoptr i64 %".1396" to ptr
  %".1397" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1398" = load i32, ptr %".1397", align 4
  %".1399" = zext i32 %".1398" to i64
  %"data_end.85" = inttoptr i64 %".1399" to ptr
  %".1400" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.85" = load ptr, ptr %".1400", align 8
  %".1401" = xor i1 %".1393", -1
  br i1 %".1401", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1403" = trunc i64 %"cursor.23" to i16
  %".1404" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1403", ptr %".1404", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1407" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1408" = load volatile i32, [40 x i8]* %".1407", align 4
  %".1409" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1410" = load volatile i8, [40 x i8]* %".1409", align 1
  %".1411" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1412" = load volatile i64, [40 x i8]* %".1411", align 8
  %".1413" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1414" = load volatile i64, [40 x i8]* %".1413", align 8
  %".1415" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1416" = load volatile i64, [40 x i8]* %".1415", align 8
  %".1417" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1418" = load volatile i64, [40 x i8]* %".1417", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1456" = trunc i64 %".1446" to i16
  %".1457" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1456", ptr %".1457", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1460" = zext i8 %"w6_1.1" to i64
  switch i64 %".1460", label %"ipv6_d1.unknown" [i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]
ipv6_d1.unknown:
  %".1462" = trunc i64 %".1446" to i16
  %".1463" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1462", ptr %".1463", align 2
  br label %"return"
ipv6_d1.to_ipv6_opts:
  %".1466" = getelementptr i8, ptr %"keys.86", i64 2
  %".1467" = trunc i64 %".1446" to i16
  store volatile i16 %".1467", ptr %".1466", align 2
  %".1469" = load volatile i16, ptr %".1466", align 2
  %".1470" = zext i16 %".1469" to i64
  %"cursor.66" = and i64 %".1470", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  %".1472" = getelementptr i8, ptr %"keys.86", i64 2
  %".1473" = trunc i64 %".1446" to i16
  store volatile i16 %".1473", ptr %".1472", align 2
  %".1475" = load volatile i16, ptr %".1472", align 2
  %".1476" = zext i16 %".1475" to i64
  %"cursor.67" = and i64 %".1476", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  %".1478" = getelementptr i8, ptr %"keys.86", i64 2
  %".1479" = trunc i64 %".1446" to i16
  store volatile i16 %".1479", ptr %".1478", align 2
  %".1481" = load volatile i16, ptr %".1478", align 2
  %".1482" = zext i16 %".1481" to i64
  %"cursor.68" = and i64 %".1482", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  %".1484" = getelementptr i8, ptr %"keys.86", i64 2
  %".1485" = trunc i64 %".1446" to i16
  store volatile i16 %".1485", ptr %".1484", align 2
  %".1487" = load volatile i16, ptr %".1484", align 2
  %".1488" = zext i16 %".1487" to i64
  %"cursor.70" = and i64 %".1488", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_tcp:
  %".1490" = getelementptr i8, ptr %"keys.86", i64 2
  %".1491" = trunc i64 %".1446" to i16
  store volatile i16 %".1491", ptr %".1490", align 2
  %".1493" = load volatile i16, ptr %".1490", align 2
  %".1494" = zext i16 %".1493" to i64
  %"cursor.71" = and i64 %".1494", 16383
  br label %"tcp"
ipv6_d1.to_udp:
  %".1496" = getelementptr i8, ptr %"keys.86", i64 2
  %".1497" = trunc i64 %".1446" to i16
  store volatile i16 %".1497", ptr %".1496", align 2
  %".1499" = load volatile i16, ptr %".1496", align 2
  %".1500" = zext i16 %".1499" to i64
  %"cursor.72" = and i64 %".1500", 16383
  br label %"udp_d1"
ipv6_d1.to_udplite:
  %".1502" = getelementptr i8, ptr %"keys.86", i64 2
  %".1503" = trunc i64 %".1446" to i16
  store volatile i16 %".1503", ptr %".1502", align 2
  %".1505" = load volatile i16, ptr %".1502", align 2
  %".1506" = zext i16 %".1505" to i64
  %"cursor.73" = and i64 %".1506", 16383
  br label %"udplite"
ipv6_d1.to_gre_version:
  %".1508" = getelementptr i8, ptr %"keys.86", i64 2
  %".1509" = trunc i64 %".1446" to i16
  store volatile i16 %".1509", ptr %".1508", align 2
  %".1511" = load volatile i16, ptr %".1508", align 2
  %".1512" = zext i16 %".1511" to i64
  %"cursor.74" = and i64 %".1512", 16383
  br label %"gre_version_d1"
ipv6_d1.to_sctp:
  %".1514" = getelementptr i8, ptr %"keys.86", i64 2
  %".1515" = trunc i64 %".1446" to i16
  store volatile i16 %".1515", ptr %".1514", align 2
  %".1517" = load volatile i16, ptr %".1514", align 2
  %".1518" = zext i16 %".1517" to i64
  %"cursor.75" = and i64 %".1518", 16383
  br label %"sctp"
ipv6_d1.to_dccp:
  %".1520" = getelementptr i8, ptr %"keys.86", i64 2
  %".1521" = trunc i64 %".1446" to i16
  store volatile i16 %".1521", ptr %".1520", align 2
  %".1523" = load volatile i16, ptr %".1520", align 2
  %".1524" = zext i16 %".1523" to i64
  %"cursor.76" = and i64 %".1524", 16383
  br label %"dccp"
ipv6_d1.to_esp:
  %".1526" = getelementptr i8, ptr %"keys.86", i64 2
  %".1527" = trunc i64 %".1446" to i16
  store volatile i16 %".1527", ptr %".1526", align 2
  %".1529" = load volatile i16, ptr %".1526", align 2
  %".1530" = zext i16 %".1529" to i64
  %"cursor.77" = and i64 %".1530", 16383
  br label %"esp"
ipv6_d1.to_ah:
  %".1532" = getelementptr i8, ptr %"keys.86", i64 2
  %".1533" = trunc i64 %".1446" to i16
  store volatile i16 %".1533", ptr %".1532", align 2
  %".1535" = load volatile i16, ptr %".1532", align 2
  %".1536" = zext i16 %".1535" to i64
  %"cursor.78" = and i64 %".1536", 16383
  br label %"ah"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".1539" = trunc i64 34887 to i16
  %".1540" = call i16 @"llvm.bswap.i16"(i16 %".1539")
  %".1541" = getelementptr i8, ptr %"keys.86", i64 10
  store i16 %".1540", ptr %".1541", align 2
  %".1543" = getelementptr i8, ptr %"keys.86", i64 2
  %".1544" = trunc i64 %".1446" to i16
  store volatile i16 %".1544", ptr %".1543", align 2
  %".1546" = load volatile i16, ptr %".1543", align 2
  %".1547" = zext i16 %".1546" to i64
  %"cursor.79" = and i64 %".1547", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1549" = getelementptr i8, ptr %"keys.86", i64 8
  store i8 1, ptr %".1549", align 1
  %".1551" = getelementptr i8, ptr %"keys.86", i64 48
  %"flags.11" = load volatile i32, ptr %".1551", align 4
  %".1552" = and i32 %"flags.11", 4
  %".1553" = icmp ne i32 %".1552", 0
  br i1 %".1553", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1565" = getelementptr i8, ptr %"keys.86", i64 8
  store i8 1, ptr %".1565", align 1
  %".1567" = getelementptr i8, ptr %"keys.86", i64 48
  %"flags.12" = load volatile i32, ptr %".1567", align 4
  %".1568" = and i32 %"flags.12", 4
  %".1569" = icmp ne i32 %".1568", 0
  br i1 %".1569", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.65" = phi  i64 [%"cursor.66", %"ipv6_d1.to_ipv6_opts"], [%"cursor.67", %"ipv6_d1.to_ipv6_opts.1"], [%"cursor.68", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.87" = phi  ptr [%"data.86", %"ipv6_d1.to_ipv6_opts"], [%"data.86", %"ipv6_d1.to_ipv6_opts.1"], [%"data.86", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.87" = phi  ptr [%"data_end.86", %"ipv6_d1.to_ipv6_opts"], [%"data_end.86", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.86", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.87" = phi  ptr [%"keys.86", %"ipv6_d1.to_ipv6_opts"], [%"keys.86", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.86", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.36" = getelementptr i8, ptr %"data.87", i64 %"cursor.65"
  %".3174" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3175" = icmp ugt ptr %".3174", %"data_end.87"
  br i1 %".3175", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3177" = getelementptr i8, ptr %"hdr.36", i64 0
  %".3178" = load i8, ptr %".3177", align 1
  %".3179" = getelementptr i8, ptr %"hdr.36", i64 1
  %".3180" = load i8, ptr %".3179", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.13" = phi  i8 [%".3178", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3199", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3180", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3201", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.87", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.154", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.87", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.154", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.87", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.154", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3203" = zext i8 %"w0_1.13" to i64
  %".3204" = trunc i64 %".3203" to i8
  %".3205" = getelementptr i8, ptr %"keys.155", i64 9
  store i8 %".3204", ptr %".3205", align 1
  %".3207" = add i64 %"cursor.65", 2
  %".3208" = zext i8 %"w1_1.8" to i64
  %".3209" = mul i64 %".3208", 8
  %".3210" = add i64 %".3209", 6
  %".3211" = add i64 %".3210", 2
  %".3212" = add i64 %"cursor.65", %".3211"
  %".3213" = getelementptr i8, ptr %"data.155", i64 %"cursor.65"
  %".3214" = getelementptr i8, ptr %".3213", i64 %".3211"
  %".3215" = icmp ugt ptr %".3214", %"data_end.155"
  br i1 %".3215", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext1.variable_part:
  %"data.157" = phi  ptr [%"data.155", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data.156", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.155", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data_end.156", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.155", %"ipv6_opts_d1_ipv6_ext1.header"], [%"keys.156", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.11" = add i64 %"cursor.65", %".3211"
  %".3236" = zext i8 %"w0_1.13" to i64
  switch i64 %".3236", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.69" = phi  i64 [%"cursor.70", %"ipv6_d1.to_ipv6_frag"]
  %"data.88" = phi  ptr [%"data.86", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.88" = phi  ptr [%"data_end.86", %"ipv6_d1.to_ipv6_frag"]
  %"keys.88" = phi  ptr [%"keys.86", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.37" = getelementptr i8, ptr %"data.88", i64 %"cursor.69"
  %".3362" = getelementptr i8, ptr %"hdr.37", i64 8
  %".3363" = icmp ugt ptr %".3362", %"data_end.88"
  br i1 %".3363", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3365" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3366" = load i8, ptr %".3365", align 1
  %".3367" = getelementptr i8, ptr %"hdr.37", i64 2
  %".3368" = load i16, ptr %".3367", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.14" = phi  i8 [%".3366", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3387", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3368", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3389", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.88", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.160", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.88", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.160", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.88", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.160", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3391" = zext i8 %"w0_1.14" to i64
  %".3392" = trunc i64 %".3391" to i8
  %".3393" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %".3392", ptr %".3393", align 1
  %".3395" = add i64 %"cursor.69", 8
  %".3396" = icmp ne i64 1, 0
  %".3397" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3398" = zext i16 %".3397" to i64
  %".3399" = and i64 %".3398", 65528
  %".3400" = icmp eq i64 %".3399", 0
  br i1 %".3396", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1555" = trunc i64 %".1446" to i16
  %".1556" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1555", ptr %".1556", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1559" = getelementptr i8, ptr %"keys.86", i64 12
  store i32 0, ptr %".1559", align 4
  %".1561" = trunc i64 %".1446" to i16
  %".1562" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1561", ptr %".1562", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1571" = trunc i64 %".1446" to i16
  %".1572" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1571", ptr %".1572", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1575" = getelementptr i8, ptr %"keys.86", i64 12
  store i32 0, ptr %".1575", align 4
  %".1577" = trunc i64 %".1446" to i16
  %".1578" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1577", ptr %".1578", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1589" = trunc i64 %"cursor.25" to i32
  %".1590" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1589", [40 x i8]* %"header_copy", i32 2)
  %".1591" = icmp eq i64 %".1590", 0
  %".1592" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1593" = load i32, ptr %".1592", align 4
  %".1594" = zext i32 %".1593" to i64
  %"data.89" = inttoptr i64 %".1594" to ptr
  %".1595" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1596" = load i32, ptr %".1595", align 4
  %".1597" = zext i32 %".1596" to i64
  %"data_end.89" = inttoptr i64 %".1597" to ptr
  %".1598" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.89" = load ptr, ptr %".1598", align 8
  %".1599" = xor i1 %".1591", -1
  br i1 %".1599", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1601" = trunc i64 %"cursor.25" to i16
  %".1602" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1601", ptr %".1602", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1605" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1606" = load volatile i8, [40 x i8]* %".1605", align 1
  %".1607" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1608" = load volatile i8, [40 x i8]* %".1607", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.copy_last_byte:
  %".1624" = add i64 %"cursor.25", %".1618"
  %".1625" = sub i64 %".1624", 1
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1626" = trunc i64 %".1625" to i32
  %".1627" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1626", i64* %"last_byte", i32 1)
  %".1628" = icmp eq i64 %".1627", 0
  %".1629" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1630" = load i32, ptr %".1629", align 4
  %".1631" = zext i32 %".1630" to i64
  %"data.91" = inttoptr i64 %".1631" to ptr
  %".1632" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1633" = load i32, ptr %".1632", align 4
  %".1634" = zext i32 %".1633" to i64
  %"data_end.91" = inttoptr i64 %".1634" to ptr
  %".1635" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.91" = load ptr, ptr %".1635", align 8
  %".1636" = xor i1 %".1628", -1
  br i1 %".1636", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed:
  %".1638" = trunc i64 %".1619" to i16
  %".1639" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1638", ptr %".1639", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext1.variable_part"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1645" = trunc i64 %"end.4" to i16
  %".1646" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1645", ptr %".1646", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  %".1651" = getelementptr i8, ptr %"keys.92", i64 2
  %".1652" = trunc i64 %"end.4" to i16
  store volatile i16 %".1652", ptr %".1651", align 2
  %".1654" = load volatile i16, ptr %".1651", align 2
  %".1655" = zext i16 %".1654" to i64
  %"cursor.81" = and i64 %".1655", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  %".1658" = getelementptr i8, ptr %"keys.92", i64 2
  %".1659" = trunc i64 %"end.4" to i16
  store volatile i16 %".1659", ptr %".1658", align 2
  %".1661" = load volatile i16, ptr %".1658", align 2
  %".1662" = zext i16 %".1661" to i64
  %"cursor.83" = and i64 %".1662", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  %".1664" = getelementptr i8, ptr %"keys.92", i64 2
  %".1665" = trunc i64 %"end.4" to i16
  store volatile i16 %".1665", ptr %".1664", align 2
  %".1667" = load volatile i16, ptr %".1664", align 2
  %".1668" = zext i16 %".1667" to i64
  %"cursor.84" = and i64 %".1668", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  %".1670" = getelementptr i8, ptr %"keys.92", i64 2
  %".1671" = trunc i64 %"end.4" to i16
  store volatile i16 %".1671", ptr %".1670", align 2
  %".1673" = load volatile i16, ptr %".1670", align 2
  %".1674" = zext i16 %".1673" to i64
  %"cursor.85" = and i64 %".1674", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre_version:
  %".1676" = getelementptr i8, ptr %"keys.92", i64 2
  %".1677" = trunc i64 %"end.4" to i16
  store volatile i16 %".1677", ptr %".1676", align 2
  %".1679" = load volatile i16, ptr %".1676", align 2
  %".1680" = zext i16 %".1679" to i64
  %"cursor.86" = and i64 %".1680", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  %".1682" = getelementptr i8, ptr %"keys.92", i64 2
  %".1683" = trunc i64 %"end.4" to i16
  store volatile i16 %".1683", ptr %".1682", align 2
  %".1685" = load volatile i16, ptr %".1682", align 2
  %".1686" = zext i16 %".1685" to i64
  %"cursor.87" = and i64 %".1686", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  %".1688" = getelementptr i8, ptr %"keys.92", i64 2
  %".1689" = trunc i64 %"end.4" to i16
  store volatile i16 %".1689", ptr %".1688", align 2
  %".1691" = load volatile i16, ptr %".1688", align 2
  %".1692" = zext i16 %".1691" to i64
  %"cursor.88" = and i64 %".1692", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  %".1694" = getelementptr i8, ptr %"keys.92", i64 2
  %".1695" = trunc i64 %"end.4" to i16
  store volatile i16 %".1695", ptr %".1694", align 2
  %".1697" = load volatile i16, ptr %".1694", align 2
  %".1698" = zext i16 %".1697" to i64
  %"cursor.89" = and i64 %".1698", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  %".1700" = getelementptr i8, ptr %"keys.92", i64 2
  %".1701" = trunc i64 %"end.4" to i16
  store volatile i16 %".1701", ptr %".1700", align 2
  %".1703" = load volatile i16, ptr %".1700", align 2
  %".1704" = zext i16 %".1703" to i64
  %"cursor.90" = and i64 %".1704", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  %".1706" = getelementptr i8, ptr %"keys.92", i64 2
  %".1707" = trunc i64 %"end.4" to i16
  store volatile i16 %".1707", ptr %".1706", align 2
  %".1709" = load volatile i16, ptr %".1706", align 2
  %".1710" = zext i16 %".1709" to i64
  %"cursor.91" = and i64 %".1710", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".1712" = trunc i64 34887 to i16
  %".1713" = call i16 @"llvm.bswap.i16"(i16 %".1712")
  %".1714" = getelementptr i8, ptr %"keys.92", i64 10
  store i16 %".1713", ptr %".1714", align 2
  %".1716" = getelementptr i8, ptr %"keys.92", i64 2
  %".1717" = trunc i64 %"end.4" to i16
  store volatile i16 %".1717", ptr %".1716", align 2
  %".1719" = load volatile i16, ptr %".1716", align 2
  %".1720" = zext i16 %".1719" to i64
  %"cursor.92" = and i64 %".1720", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1722" = getelementptr i8, ptr %"keys.92", i64 8
  store i8 1, ptr %".1722", align 1
  %".1724" = getelementptr i8, ptr %"keys.92", i64 48
  %"flags.13" = load volatile i32, ptr %".1724", align 4
  %".1725" = and i32 %"flags.13", 4
  %".1726" = icmp ne i32 %".1725", 0
  br i1 %".1726", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1740" = getelementptr i8, ptr %"keys.92", i64 8
  store i8 1, ptr %".1740", align 1
  %".1742" = getelementptr i8, ptr %"keys.92", i64 48
  %"flags.14" = load volatile i32, ptr %".1742", align 4
  %".1743" = and i32 %"flags.14", 4
  %".1744" = icmp ne i32 %".1743", 0
  br i1 %".1744", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.80" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.95", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"cursor.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data.93" = phi  ptr [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.93" = phi  ptr [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.93" = phi  ptr [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.38" = getelementptr i8, ptr %"data.93", i64 %"cursor.80"
  %".3548" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3549" = icmp ugt ptr %".3548", %"data_end.93"
  br i1 %".3549", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3551" = getelementptr i8, ptr %"hdr.38", i64 0
  %".3552" = load i8, ptr %".3551", align 1
  %".3553" = getelementptr i8, ptr %"hdr.38", i64 1
  %".3554" = load i8, ptr %".3553", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3552", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3573", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3554", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3575", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.93", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.162", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.93", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.162", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.93", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.162", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3577" = zext i8 %"w0_1.15" to i64
  %".3578" = trunc i64 %".3577" to i8
  %".3579" = getelementptr i8, ptr %"keys.163", i64 9
  store i8 %".3578", ptr %".3579", align 1
  %".3581" = add i64 %"cursor.80", 2
  %".3582" = zext i8 %"w1_1.9" to i64
  %".3583" = mul i64 %".3582", 8
  %".3584" = add i64 %".3583", 6
  %".3585" = add i64 %".3584", 2
  %".3586" = add i64 %"cursor.80", %".3585"
  %".3587" = getelementptr i8, ptr %"data.163", i64 %"cursor.80"
  %".3588" = getelementptr i8, ptr %".3587", i64 %".3585"
  %".3589" = icmp ugt ptr %".3588", %"data_end.163"
  br i1 %".3589", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext2.variable_part:
  %"data.165" = phi  ptr [%"data.163", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data.164", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.165" = phi  ptr [%"data_end.163", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data_end.164", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.165" = phi  ptr [%"keys.163", %"ipv6_opts_d0_ipv6_ext2.header"], [%"keys.164", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.12" = add i64 %"cursor.80", %".3585"
  %".3610" = zext i8 %"w0_1.15" to i64
  switch i64 %".3610", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.82" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1791", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data.94" = phi  ptr [%"data.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data_end.94" = phi  ptr [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"keys.94" = phi  ptr [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"hdr.39" = getelementptr i8, ptr %"data.94", i64 %"cursor.82"
  %".3725" = getelementptr i8, ptr %"hdr.39", i64 8
  %".3726" = icmp ugt ptr %".3725", %"data_end.94"
  br i1 %".3726", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3728" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3729" = load i8, ptr %".3728", align 1
  %".3730" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3731" = load i16, ptr %".3730", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3729", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3750", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".3731", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3752", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.169" = phi  ptr [%"data.94", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.168", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.169" = phi  ptr [%"data_end.94", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.168", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.169" = phi  ptr [%"keys.94", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.168", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3754" = zext i8 %"w0_1.16" to i64
  %".3755" = trunc i64 %".3754" to i8
  %".3756" = getelementptr i8, ptr %"keys.169", i64 9
  store i8 %".3755", ptr %".3756", align 1
  %".3758" = add i64 %"cursor.82", 8
  %".3759" = icmp ne i64 1, 0
  %".3760" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3761" = zext i16 %".3760" to i64
  %".3762" = and i64 %".3761", 65528
  %".3763" = icmp eq i64 %".3762", 0
  br i1 %".3759", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1728" = trunc i64 %"end.4" to i16
  %".1729" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1728", ptr %".1729", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1732" = getelementptr i8, ptr %"keys.92", i64 12
  store i32 0, ptr %".1732", align 4
  %".1734" = getelementptr i8, ptr %"keys.92", i64 2
  %".1735" = trunc i64 %"end.4" to i16
  store volatile i16 %".1735", ptr %".1734", align 2
  %".1737" = load volatile i16, ptr %".1734", align 2
  %".1738" = zext i16 %".1737" to i64
  %"cursor.93" = and i64 %".1738", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1746" = trunc i64 %"end.4" to i16
  %".1747" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1746", ptr %".1747", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1750" = getelementptr i8, ptr %"keys.92", i64 12
  store i32 0, ptr %".1750", align 4
  %".1752" = getelementptr i8, ptr %"keys.92", i64 2
  %".1753" = trunc i64 %"end.4" to i16
  store volatile i16 %".1753", ptr %".1752", align 2
  %".1755" = load volatile i16, ptr %".1752", align 2
  %".1756" = zext i16 %".1755" to i64
  %"cursor.94" = and i64 %".1756", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1766" = trunc i64 %"cursor.27" to i32
  %".1767" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1766", [40 x i8]* %"header_copy", i32 8)
  %".1768" = icmp eq i64 %".1767", 0
  %".1769" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1770" = load i32, ptr %".1769", align 4
  %".1771" = zext i32 %".1770" to i64
  %"data.95" = inttoptr i64 %".1771" to ptr
  %".1772" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1773" = load i32, ptr %".1772", align 4
  %".1774" = zext i32 %".1773" to i64
  %"data_end.95" = inttoptr i64 %".1774" to ptr
  %".1775" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.95" = load ptr, ptr %".1775", align 8
  %".1776" = xor i1 %".1768", -1
  br i1 %".1776", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1778" = trunc i64 %"cursor.27" to i16
  %".1779" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1778", ptr %".1779", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1782" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1783" = load volatile i8, [40 x i8]* %".1782", align 1
  %".1784" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1785" = load volatile i16, [40 x i8]* %".1784", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1798" = getelementptr i8, ptr %"keys.96", i64 6
  store i8 1, ptr %".1798", align 1
  br i1 %".1796", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1818" = zext i8 %"w0_1.5" to i64
  switch i64 %".1818", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1801" = getelementptr i8, ptr %"keys.96", i64 7
  store i8 1, ptr %".1801", align 1
  %".1803" = getelementptr i8, ptr %"keys.96", i64 48
  %"flags.15" = load volatile i32, ptr %".1803", align 4
  %".1804" = and i32 %"flags.15", 1
  %".1805" = icmp ne i32 %".1804", 0
  %".1806" = xor i1 %".1805", -1
  br i1 %".1806", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1813" = trunc i64 %".1791" to i16
  %".1814" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1813", ptr %".1814", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1808" = trunc i64 %".1791" to i16
  %".1809" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1808", ptr %".1809", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1820" = trunc i64 %".1791" to i16
  %".1821" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1820", ptr %".1821", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  %".1824" = getelementptr i8, ptr %"keys.96", i64 2
  %".1825" = trunc i64 %".1791" to i16
  store volatile i16 %".1825", ptr %".1824", align 2
  %".1827" = load volatile i16, ptr %".1824", align 2
  %".1828" = zext i16 %".1827" to i64
  %"cursor.95" = and i64 %".1828", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  %".1830" = getelementptr i8, ptr %"keys.96", i64 2
  %".1831" = trunc i64 %".1791" to i16
  store volatile i16 %".1831", ptr %".1830", align 2
  %".1833" = load volatile i16, ptr %".1830", align 2
  %".1834" = zext i16 %".1833" to i64
  %"cursor.96" = and i64 %".1834", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  %".1836" = getelementptr i8, ptr %"keys.96", i64 2
  %".1837" = trunc i64 %".1791" to i16
  store volatile i16 %".1837", ptr %".1836", align 2
  %".1839" = load volatile i16, ptr %".1836", align 2
  %".1840" = zext i16 %".1839" to i64
  %"cursor.97" = and i64 %".1840", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  %".1843" = getelementptr i8, ptr %"keys.96", i64 2
  %".1844" = trunc i64 %".1791" to i16
  store volatile i16 %".1844", ptr %".1843", align 2
  %".1846" = load volatile i16, ptr %".1843", align 2
  %".1847" = zext i16 %".1846" to i64
  %"cursor.98" = and i64 %".1847", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  %".1849" = getelementptr i8, ptr %"keys.96", i64 2
  %".1850" = trunc i64 %".1791" to i16
  store volatile i16 %".1850", ptr %".1849", align 2
  %".1852" = load volatile i16, ptr %".1849", align 2
  %".1853" = zext i16 %".1852" to i64
  %"cursor.99" = and i64 %".1853", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  %".1855" = getelementptr i8, ptr %"keys.96", i64 2
  %".1856" = trunc i64 %".1791" to i16
  store volatile i16 %".1856", ptr %".1855", align 2
  %".1858" = load volatile i16, ptr %".1855", align 2
  %".1859" = zext i16 %".1858" to i64
  %"cursor.100" = and i64 %".1859", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre_version:
  %".1861" = getelementptr i8, ptr %"keys.96", i64 2
  %".1862" = trunc i64 %".1791" to i16
  store volatile i16 %".1862", ptr %".1861", align 2
  %".1864" = load volatile i16, ptr %".1861", align 2
  %".1865" = zext i16 %".1864" to i64
  %"cursor.101" = and i64 %".1865", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  %".1867" = getelementptr i8, ptr %"keys.96", i64 2
  %".1868" = trunc i64 %".1791" to i16
  store volatile i16 %".1868", ptr %".1867", align 2
  %".1870" = load volatile i16, ptr %".1867", align 2
  %".1871" = zext i16 %".1870" to i64
  %"cursor.102" = and i64 %".1871", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  %".1873" = getelementptr i8, ptr %"keys.96", i64 2
  %".1874" = trunc i64 %".1791" to i16
  store volatile i16 %".1874", ptr %".1873", align 2
  %".1876" = load volatile i16, ptr %".1873", align 2
  %".1877" = zext i16 %".1876" to i64
  %"cursor.103" = and i64 %".1877", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  %".1879" = getelementptr i8, ptr %"keys.96", i64 2
  %".1880" = trunc i64 %".1791" to i16
  store volatile i16 %".1880", ptr %".1879", align 2
  %".1882" = load volatile i16, ptr %".1879", align 2
  %".1883" = zext i16 %".1882" to i64
  %"cursor.104" = and i64 %".1883", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  %".1885" = getelementptr i8, ptr %"keys.96", i64 2
  %".1886" = trunc i64 %".1791" to i16
  store volatile i16 %".1886", ptr %".1885", align 2
  %".1888" = load volatile i16, ptr %".1885", align 2
  %".1889" = zext i16 %".1888" to i64
  %"cursor.105" = and i64 %".1889", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  %".1891" = getelementptr i8, ptr %"keys.96", i64 2
  %".1892" = trunc i64 %".1791" to i16
  store volatile i16 %".1892", ptr %".1891", align 2
  %".1894" = load volatile i16, ptr %".1891", align 2
  %".1895" = zext i16 %".1894" to i64
  %"cursor.106" = and i64 %".1895", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".1897" = trunc i64 34887 to i16
  %".1898" = call i16 @"llvm.bswap.i16"(i16 %".1897")
  %".1899" = getelementptr i8, ptr %"keys.96", i64 10
  store i16 %".1898", ptr %".1899", align 2
  %".1901" = getelementptr i8, ptr %"keys.96", i64 2
  %".1902" = trunc i64 %".1791" to i16
  store volatile i16 %".1902", ptr %".1901", align 2
  %".1904" = load volatile i16, ptr %".1901", align 2
  %".1905" = zext i16 %".1904" to i64
  %"cursor.107" = and i64 %".1905", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1907" = getelementptr i8, ptr %"keys.96", i64 8
  store i8 1, ptr %".1907", align 1
  %".1909" = getelementptr i8, ptr %"keys.96", i64 48
  %"flags.16" = load volatile i32, ptr %".1909", align 4
  %".1910" = and i32 %"flags.16", 4
  %".1911" = icmp ne i32 %".1910", 0
  br i1 %".1911", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1925" = getelementptr i8, ptr %"keys.96", i64 8
  store i8 1, ptr %".1925", align 1
  %".1927" = getelementptr i8, ptr %"keys.96", i64 48
  %"flags.17" = load volatile i32, ptr %".1927", align 4
  %".1928" = and i32 %"flags.17", 4
  %".1929" = icmp ne i32 %".1928", 0
  br i1 %".1929", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1913" = trunc i64 %".1791" to i16
  %".1914" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1913", ptr %".1914", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1917" = getelementptr i8, ptr %"keys.96", i64 12
  store i32 0, ptr %".1917", align 4
  %".1919" = getelementptr i8, ptr %"keys.96", i64 2
  %".1920" = trunc i64 %".1791" to i16
  store volatile i16 %".1920", ptr %".1919", align 2
  %".1922" = load volatile i16, ptr %".1919", align 2
  %".1923" = zext i16 %".1922" to i64
  %"cursor.108" = and i64 %".1923", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1931" = trunc i64 %".1791" to i16
  %".1932" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1931", ptr %".1932", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1935" = getelementptr i8, ptr %"keys.96", i64 12
  store i32 0, ptr %".1935", align 4
  %".1937" = getelementptr i8, ptr %"keys.96", i64 2
  %".1938" = trunc i64 %".1791" to i16
  store volatile i16 %".1938", ptr %".1937", align 2
  %".1940" = load volatile i16, ptr %".1937", align 2
  %".1941" = zext i16 %".1940" to i64
  %"cursor.109" = and i64 %".1941", 16383
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1947" = trunc i64 %"cursor.28" to i32
  %".1948" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1947", [40 x i8]* %"header_copy", i32 4)
  %".1949" = icmp eq i64 %".1948", 0
  %".1950" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1951" = load i32, ptr %".1950", align 4
  %".1952" = zext i32 %".1951" to i64
  %"data.97" = inttoptr i64 %".1952" to ptr
  %".1953" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1954" = load i32, ptr %".1953", align 4
  %".1955" = zext i32 %".1954" to i64
  %"data_end.97" = inttoptr i64 %".1955" to ptr
  %".1956" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.97" = load ptr, ptr %".1956", align 8
  %".1957" = xor i1 %".1949", -1
  br i1 %".1957", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1959" = trunc i64 %"cursor.28" to i16
  %".1960" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1959", ptr %".1960", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1975" = trunc i64 %"cursor.32" to i32
  %".1976" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1975", [40 x i8]* %"header_copy", i32 4)
  %".1977" = icmp eq i64 %".1976", 0
  %".1978" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1979" = load i32, ptr %".1978", align 4
  %".1980" = zext i32 %".1979" to i64
  %"data.99" = inttoptr i64 %".1980" to ptr
  %".1981" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1982" = load i32, ptr %".1981", align 4
  %".1983" = zext i32 %".1982" to i64
  %"data_end.99" = inttoptr i64 %".1983" to ptr
  %".1984" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.99" = load ptr, ptr %".1984", align 8
  %".1985" = xor i1 %".1977", -1
  br i1 %".1985", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1987" = trunc i64 %"cursor.32" to i16
  %".1988" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1987", ptr %".1988", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1991" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1992" = load volatile i16, [40 x i8]* %".1991", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2007" = trunc i64 %".2000" to i16
  %".2008" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2007", ptr %".2008", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  %".2011" = getelementptr i8, ptr %"keys.100", i64 2
  %".2012" = trunc i64 %".2000" to i16
  store volatile i16 %".2012", ptr %".2011", align 2
  %".2014" = load volatile i16, ptr %".2011", align 2
  %".2015" = zext i16 %".2014" to i64
  %"cursor.110" = and i64 %".2015", 16383
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  %".2017" = getelementptr i8, ptr %"keys.100", i64 2
  %".2018" = trunc i64 %".2000" to i16
  store volatile i16 %".2018", ptr %".2017", align 2
  %".2020" = load volatile i16, ptr %".2017", align 2
  %".2021" = zext i16 %".2020" to i64
  %"cursor.111" = and i64 %".2021", 16383
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2023" = trunc i64 %".2000" to i16
  %".2024" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2023", ptr %".2024", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2027" = trunc i64 %".2000" to i16
  %".2028" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2027", ptr %".2028", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  %".2031" = getelementptr i8, ptr %"keys.100", i64 2
  %".2032" = trunc i64 %".2000" to i16
  store volatile i16 %".2032", ptr %".2031", align 2
  %".2034" = load volatile i16, ptr %".2031", align 2
  %".2035" = zext i16 %".2034" to i64
  %"cursor.112" = and i64 %".2035", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  %".2037" = getelementptr i8, ptr %"keys.100", i64 2
  %".2038" = trunc i64 %".2000" to i16
  store volatile i16 %".2038", ptr %".2037", align 2
  %".2040" = load volatile i16, ptr %".2037", align 2
  %".2041" = zext i16 %".2040" to i64
  %"cursor.113" = and i64 %".2041", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  %".2043" = getelementptr i8, ptr %"keys.100", i64 2
  %".2044" = trunc i64 %".2000" to i16
  store volatile i16 %".2044", ptr %".2043", align 2
  %".2046" = load volatile i16, ptr %".2043", align 2
  %".2047" = zext i16 %".2046" to i64
  %"cursor.114" = and i64 %".2047", 16383
  br label %"pppoe_d0"
vlan_d0_vlan_tags2.to_arp:
  %".2049" = getelementptr i8, ptr %"keys.100", i64 2
  %".2050" = trunc i64 %".2000" to i16
  store volatile i16 %".2050", ptr %".2049", align 2
  %".2052" = load volatile i16, ptr %".2049", align 2
  %".2053" = zext i16 %".2052" to i64
  %"cursor.115" = and i64 %".2053", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_arp.1:
  %".2055" = getelementptr i8, ptr %"keys.100", i64 2
  %".2056" = trunc i64 %".2000" to i16
  store volatile i16 %".2056", ptr %".2055", align 2
  %".2058" = load volatile i16, ptr %".2055", align 2
  %".2059" = zext i16 %".2058" to i64
  %"cursor.116" = and i64 %".2059", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_ptp:
  %".2061" = getelementptr i8, ptr %"keys.100", i64 2
  %".2062" = trunc i64 %".2000" to i16
  store volatile i16 %".2062", ptr %".2061", align 2
  %".2064" = load volatile i16, ptr %".2061", align 2
  %".2065" = zext i16 %".2064" to i64
  %"cursor.117" = and i64 %".2065", 16383
  br label %"ptp"
vlan_d0_vlan_tags2.to_cfm:
  %".2067" = getelementptr i8, ptr %"keys.100", i64 2
  %".2068" = trunc i64 %".2000" to i16
  store volatile i16 %".2068", ptr %".2067", align 2
  %".2070" = load volatile i16, ptr %".2067", align 2
  %".2071" = zext i16 %".2070" to i64
  %"cursor.118" = and i64 %".2071", 16383
  br label %"cfm"
vlan_d0_vlan_tags2.to_tipc:
  %".2073" = getelementptr i8, ptr %"keys.100", i64 2
  %".2074" = trunc i64 %".2000" to i16
  store volatile i16 %".2074", ptr %".2073", align 2
  %".2076" = load volatile i16, ptr %".2073", align 2
  %".2077" = zext i16 %".2076" to i64
  %"cursor.119" = and i64 %".2077", 16383
  br label %"tipc"
vlan_d0_vlan_tags2.to_fcoe:
  %".2079" = getelementptr i8, ptr %"keys.100", i64 2
  %".2080" = trunc i64 %".2000" to i16
  store volatile i16 %".2080", ptr %".2079", align 2
  %".2082" = load volatile i16, ptr %".2079", align 2
  %".2083" = zext i16 %".2082" to i64
  %"cursor.120" = and i64 %".2083", 16383
  br label %"fcoe"
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2092" = trunc i64 %"cursor.37" to i32
  %".2093" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2092", [40 x i8]* %"header_copy", i32 4)
  %".2094" = icmp eq i64 %".2093", 0
  %".2095" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2096" = load i32, ptr %".2095", align 4
  %".2097" = zext i32 %".2096" to i64
  %"data.101" = inttoptr i64 %".2097" to ptr
  %".2098" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2099" = load i32, ptr %".2098", align 4
  %".2100" = zext i32 %".2099" to i64
  %"data_end.101" = inttoptr i64 %".2100" to ptr
  %".2101" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.101" = load ptr, ptr %".2101", align 8
  %".2102" = xor i1 %".2094", -1
  br i1 %".2102", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2104" = trunc i64 %".2085" to i16
  %".2105" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2104", ptr %".2105", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2108" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2109" = load volatile i8, [40 x i8]* %".2108", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2115" = trunc i64 %".2111" to i16
  %".2116" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2115", ptr %".2116", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels2.to_ip_version:
  %".2120" = getelementptr i8, ptr %"keys.102", i64 8
  store i8 1, ptr %".2120", align 1
  %".2122" = getelementptr i8, ptr %"keys.102", i64 48
  %"flags.18" = load volatile i32, ptr %".2122", align 4
  %".2123" = and i32 %"flags.18", 4
  %".2124" = icmp ne i32 %".2123", 0
  br i1 %".2124", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels3:
  %"cursor.121" = phi  i64 [%".2111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.103" = phi  ptr [%"data.102", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.103" = phi  ptr [%"data_end.102", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.103" = phi  ptr [%"keys.102", %"mpls_d0_mpls_labels2.to_mpls"]
  %".3910" = add i64 %"cursor.121", 4
  %"hdr.40" = getelementptr i8, ptr %"data.103", i64 %"cursor.121"
  %".3911" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3912" = icmp ugt ptr %".3911", %"data_end.103"
  br i1 %".3912", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3914" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3915" = load i8, ptr %".3914", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3915", %"mpls_d0_mpls_labels3.linear"], [%".3934", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.171" = phi  ptr [%"data.103", %"mpls_d0_mpls_labels3.linear"], [%"data.170", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.171" = phi  ptr [%"data_end.103", %"mpls_d0_mpls_labels3.linear"], [%"data_end.170", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.171" = phi  ptr [%"keys.103", %"mpls_d0_mpls_labels3.linear"], [%"keys.170", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3936" = add i64 %"cursor.121", 4
  %".3937" = zext i8 %"w2_1.3" to i64
  %".3938" = and i64 %".3937", 1
  switch i64 %".3938", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels2.stop_at_encap:
  %".2126" = trunc i64 %".2111" to i16
  %".2127" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2126", ptr %".2127", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2130" = getelementptr i8, ptr %"keys.102", i64 12
  store i32 0, ptr %".2130", align 4
  %".2132" = getelementptr i8, ptr %"keys.102", i64 2
  %".2133" = trunc i64 %".2111" to i16
  store volatile i16 %".2133", ptr %".2132", align 2
  %".2135" = load volatile i16, ptr %".2132", align 2
  %".2136" = zext i16 %".2135" to i64
  %"cursor.122" = and i64 %".2136", 16383
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2144" = trunc i64 %"cursor.38" to i32
  %".2145" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2144", [40 x i8]* %"header_copy", i32 1)
  %".2146" = icmp eq i64 %".2145", 0
  %".2147" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2148" = load i32, ptr %".2147", align 4
  %".2149" = zext i32 %".2148" to i64
  %"data.104" = inttoptr i64 %".2149" to ptr
  %".2150" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2151" = load i32, ptr %".2150", align 4
  %".2152" = zext i32 %".2151" to i64
  %"data_end.104" = inttoptr i64 %".2152" to ptr
  %".2153" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.104" = load ptr, ptr %".2153", align 8
  %".2154" = xor i1 %".2146", -1
  br i1 %".2154", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2156" = trunc i64 %"cursor.38" to i16
  %".2157" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2156", ptr %".2157", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2160" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2161" = load volatile i8, [40 x i8]* %".2160", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2167" = trunc i64 %"cursor.38" to i16
  %".2168" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2167", ptr %".2168", align 2
  br label %"return"
ip_version_d1.to_ipv4:
  %".2171" = getelementptr i8, ptr %"keys.105", i64 2
  %".2172" = trunc i64 %"cursor.38" to i16
  store volatile i16 %".2172", ptr %".2171", align 2
  %".2174" = load volatile i16, ptr %".2171", align 2
  %".2175" = zext i16 %".2174" to i64
  %"cursor.123" = and i64 %".2175", 16383
  br label %"ipv4_d1"
ip_version_d1.to_ipv6:
  %".2177" = getelementptr i8, ptr %"keys.105", i64 2
  %".2178" = trunc i64 %"cursor.38" to i16
  store volatile i16 %".2178", ptr %".2177", align 2
  %".2180" = load volatile i16, ptr %".2177", align 2
  %".2181" = zext i16 %".2180" to i64
  %"cursor.124" = and i64 %".2181", 16383
  br label %"ipv6_d1"
tcp_header.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2194" = trunc i64 %"cursor.45" to i32
  %".2195" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2194", [40 x i8]* %"header_copy", i32 20)
  %".2196" = icmp eq i64 %".2195", 0
  %".2197" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2198" = load i32, ptr %".2197", align 4
  %".2199" = zext i32 %".2198" to i64
  %"data.106" = inttoptr i64 %".2199" to ptr
  %".2200" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2201" = load i32, ptr %".2200", align 4
  %".2202" = zext i32 %".2201" to i64
  %"data_end.106" = inttoptr i64 %".2202" to ptr
  %".2203" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.106" = load ptr, ptr %".2203", align 8
  %".2204" = xor i1 %".2196", -1
  br i1 %".2204", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2206" = trunc i64 %"cursor.45" to i16
  %".2207" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2206", ptr %".2207", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2210" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2211" = load volatile i8, [40 x i8]* %".2210", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2219" = trunc i64 %"cursor.45" to i16
  %".2220" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2219", ptr %".2220", align 2
  br label %"return"
tcp_header.require.endif:
  %".2223" = add i64 %"cursor.45", 20
  %".2224" = zext i8 %"w12_1" to i64
  %".2225" = lshr i64 %".2224", 4
  %".2226" = and i64 %".2225", 15
  %".2227" = mul i64 %".2226", 4
  %".2228" = sub i64 %".2227", 20
  %".2229" = add i64 %".2228", 20
  %".2230" = getelementptr i8, ptr %"data.107", i64 %"cursor.45"
  %".2231" = getelementptr i8, ptr %".2230", i64 %".2229"
  %".2232" = icmp ugt ptr %".2231", %"data_end.107"
  br i1 %".2232", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.109" = phi  ptr [%"data.107", %"tcp_header.require.endif"], [%"data.108", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.107", %"tcp_header.require.endif"], [%"data_end.108", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.107", %"tcp_header.require.endif"], [%"keys.108", %"tcp_header.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.45", %".2229"
  %".2253" = trunc i64 %"cursor.45" to i16
  %".2254" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2253", ptr %".2254", align 2
  br label %"return"
tcp_header.copy_last_byte:
  %".2234" = add i64 %"cursor.45", %".2229"
  %".2235" = sub i64 %".2234", 1
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2236" = trunc i64 %".2235" to i32
  %".2237" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2236", i64* %"last_byte", i32 1)
  %".2238" = icmp eq i64 %".2237", 0
  %".2239" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2240" = load i32, ptr %".2239", align 4
  %".2241" = zext i32 %".2240" to i64
  %"data.108" = inttoptr i64 %".2241" to ptr
  %".2242" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2243" = load i32, ptr %".2242", align 4
  %".2244" = zext i32 %".2243" to i64
  %"data_end.108" = inttoptr i64 %".2244" to ptr
  %".2245" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.108" = load ptr, ptr %".2245", align 8
  %".2246" = xor i1 %".2238", -1
  br i1 %".2246", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2248" = trunc i64 %"cursor.45" to i16
  %".2249" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2248", ptr %".2249", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2261" = trunc i64 %"cursor.46" to i32
  %".2262" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2261", [40 x i8]* %"header_copy", i32 8)
  %".2263" = icmp eq i64 %".2262", 0
  %".2264" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2265" = load i32, ptr %".2264", align 4
  %".2266" = zext i32 %".2265" to i64
  %"data.110" = inttoptr i64 %".2266" to ptr
  %".2267" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2268" = load i32, ptr %".2267", align 4
  %".2269" = zext i32 %".2268" to i64
  %"data_end.110" = inttoptr i64 %".2269" to ptr
  %".2270" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.110" = load ptr, ptr %".2270", align 8
  %".2271" = xor i1 %".2263", -1
  br i1 %".2271", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2273" = trunc i64 %"cursor.46" to i16
  %".2274" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2273", ptr %".2274", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2285" = trunc i64 %".2278" to i16
  %".2286" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2285", ptr %".2286", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2289" = getelementptr i8, ptr %"keys.111", i64 12
  store i32 0, ptr %".2289", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.unknown:
  %".2292" = trunc i64 %".2278" to i16
  %".2293" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2292", ptr %".2293", align 2
  br label %"return"
vxlan_d0.to_ethernet:
  %".2296" = getelementptr i8, ptr %"keys.111", i64 2
  %".2297" = trunc i64 %".2278" to i16
  store volatile i16 %".2297", ptr %".2296", align 2
  %".2299" = load volatile i16, ptr %".2296", align 2
  %".2300" = zext i16 %".2299" to i64
  %"cursor.126" = and i64 %".2300", 16383
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.125" = phi  i64 [%"cursor.126", %"vxlan_d0.to_ethernet"], [%"cursor.127", %"geneve_d0.to_ethernet"], [%"cursor.153", %"gre_d0.to_ethernet"]
  %"data.112" = phi  ptr [%"data.111", %"vxlan_d0.to_ethernet"], [%"data.116", %"geneve_d0.to_ethernet"], [%"data.130", %"gre_d0.to_ethernet"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"vxlan_d0.to_ethernet"], [%"data_end.116", %"geneve_d0.to_ethernet"], [%"data_end.130", %"gre_d0.to_ethernet"]
  %"keys.112" = phi  ptr [%"keys.111", %"vxlan_d0.to_ethernet"], [%"keys.116", %"geneve_d0.to_ethernet"], [%"keys.130", %"gre_d0.to_ethernet"]
  %"hdr.41" = getelementptr i8, ptr %"data.112", i64 %"cursor.125"
  %".3963" = getelementptr i8, ptr %"hdr.41", i64 14
  %".3964" = icmp ugt ptr %".3963", %"data_end.112"
  br i1 %".3964", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3966" = getelementptr i8, ptr %"hdr.41", i64 12
  %".3967" = load i16, ptr %".3966", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3967", %"ethernet_d1.linear"], [%".3986", %"ethernet_d1.copy_failed.endif"]
  %"data.174" = phi  ptr [%"data.112", %"ethernet_d1.linear"], [%"data.173", %"ethernet_d1.copy_failed.endif"]
  %"data_end.174" = phi  ptr [%"data_end.112", %"ethernet_d1.linear"], [%"data_end.173", %"ethernet_d1.copy_failed.endif"]
  %"keys.174" = phi  ptr [%"keys.112", %"ethernet_d1.linear"], [%"keys.173", %"ethernet_d1.copy_failed.endif"]
  %".3988" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3989" = zext i16 %".3988" to i64
  %".3990" = trunc i64 %".3989" to i16
  %".3991" = call i16 @"llvm.bswap.i16"(i16 %".3990")
  %".3992" = getelementptr i8, ptr %"keys.174", i64 10
  store i16 %".3991", ptr %".3992", align 2
  %".3994" = add i64 %"cursor.125", 14
  %".3995" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3996" = zext i16 %".3995" to i64
  switch i64 %".3996", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe"]
geneve_d0.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2310" = trunc i64 %"cursor.47" to i32
  %".2311" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2310", [40 x i8]* %"header_copy", i32 8)
  %".2312" = icmp eq i64 %".2311", 0
  %".2313" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2314" = load i32, ptr %".2313", align 4
  %".2315" = zext i32 %".2314" to i64
  %"data.113" = inttoptr i64 %".2315" to ptr
  %".2316" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2317" = load i32, ptr %".2316", align 4
  %".2318" = zext i32 %".2317" to i64
  %"data_end.113" = inttoptr i64 %".2318" to ptr
  %".2319" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.113" = load ptr, ptr %".2319", align 8
  %".2320" = xor i1 %".2312", -1
  br i1 %".2320", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2322" = trunc i64 %"cursor.47" to i16
  %".2323" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2322", ptr %".2323", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2326" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2327" = load volatile i8, [40 x i8]* %".2326", align 1
  %".2328" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2329" = load volatile i16, [40 x i8]* %".2328", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2336" = trunc i64 %"cursor.47" to i16
  %".2337" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2336", ptr %".2337", align 2
  br label %"return"
geneve_d0.stop_before.endif:
  %".2340" = add i64 %"cursor.47", 8
  %".2341" = zext i8 %"w0_1.7" to i64
  %".2342" = and i64 %".2341", 63
  %".2343" = mul i64 %".2342", 4
  %".2344" = add i64 %".2343", 8
  %".2345" = getelementptr i8, ptr %"data.114", i64 %"cursor.47"
  %".2346" = getelementptr i8, ptr %".2345", i64 %".2344"
  %".2347" = icmp ugt ptr %".2346", %"data_end.114"
  br i1 %".2347", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.116" = phi  ptr [%"data.114", %"geneve_d0.stop_before.endif"], [%"data.115", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.114", %"geneve_d0.stop_before.endif"], [%"data_end.115", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.114", %"geneve_d0.stop_before.endif"], [%"keys.115", %"geneve_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.47", %".2344"
  %".2368" = getelementptr i8, ptr %"keys.116", i64 8
  store i8 1, ptr %".2368", align 1
  %".2370" = getelementptr i8, ptr %"keys.116", i64 48
  %"flags.20" = load volatile i32, ptr %".2370", align 4
  %".2371" = and i32 %"flags.20", 4
  %".2372" = icmp ne i32 %".2371", 0
  br i1 %".2372", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
geneve_d0.copy_last_byte:
  %".2349" = add i64 %"cursor.47", %".2344"
  %".2350" = sub i64 %".2349", 1
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2351" = trunc i64 %".2350" to i32
  %".2352" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2351", i64* %"last_byte", i32 1)
  %".2353" = icmp eq i64 %".2352", 0
  %".2354" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2355" = load i32, ptr %".2354", align 4
  %".2356" = zext i32 %".2355" to i64
  %"data.115" = inttoptr i64 %".2356" to ptr
  %".2357" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2358" = load i32, ptr %".2357", align 4
  %".2359" = zext i32 %".2358" to i64
  %"data_end.115" = inttoptr i64 %".2359" to ptr
  %".2360" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.115" = load ptr, ptr %".2360", align 8
  %".2361" = xor i1 %".2353", -1
  br i1 %".2361", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2363" = trunc i64 %"cursor.47" to i16
  %".2364" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2363", ptr %".2364", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2374" = trunc i64 %"end.6" to i16
  %".2375" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2374", ptr %".2375", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2378" = getelementptr i8, ptr %"keys.116", i64 12
  store i32 0, ptr %".2378", align 4
  %".2380" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2381" = zext i16 %".2380" to i64
  switch i64 %".2381", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]
geneve_d0.unknown:
  %".2383" = trunc i64 %"end.6" to i16
  %".2384" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2383", ptr %".2384", align 2
  br label %"return"
geneve_d0.to_ethernet:
  %".2387" = getelementptr i8, ptr %"keys.116", i64 2
  %".2388" = trunc i64 %"end.6" to i16
  store volatile i16 %".2388", ptr %".2387", align 2
  %".2390" = load volatile i16, ptr %".2387", align 2
  %".2391" = zext i16 %".2390" to i64
  %"cursor.127" = and i64 %".2391", 16383
  br label %"ethernet_d1"
geneve_d0.to_ipv4:
  %".2393" = getelementptr i8, ptr %"keys.116", i64 2
  %".2394" = trunc i64 %"end.6" to i16
  store volatile i16 %".2394", ptr %".2393", align 2
  %".2396" = load volatile i16, ptr %".2393", align 2
  %".2397" = zext i16 %".2396" to i64
  %"cursor.128" = and i64 %".2397", 16383
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  %".2399" = getelementptr i8, ptr %"keys.116", i64 2
  %".2400" = trunc i64 %"end.6" to i16
  store volatile i16 %".2400", ptr %".2399", align 2
  %".2402" = load volatile i16, ptr %".2399", align 2
  %".2403" = zext i16 %".2402" to i64
  %"cursor.129" = and i64 %".2403", 16383
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2413" = trunc i64 %"cursor.48" to i32
  %".2414" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2413", [40 x i8]* %"header_copy", i32 4)
  %".2415" = icmp eq i64 %".2414", 0
  %".2416" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2417" = load i32, ptr %".2416", align 4
  %".2418" = zext i32 %".2417" to i64
  %"data.117" = inttoptr i64 %".2418" to ptr
  %".2419" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2420" = load i32, ptr %".2419", align 4
  %".2421" = zext i32 %".2420" to i64
  %"data_end.117" = inttoptr i64 %".2421" to ptr
  %".2422" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.117" = load ptr, ptr %".2422", align 8
  %".2423" = xor i1 %".2415", -1
  br i1 %".2423", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".2425" = trunc i64 %"cursor.48" to i16
  %".2426" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2425", ptr %".2426", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".2429" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2430" = load volatile i8, [40 x i8]* %".2429", align 1
  %".2431" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2432" = load volatile i8, [40 x i8]* %".2431", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".2444" = trunc i64 %"cursor.48" to i16
  %".2445" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2444", ptr %".2445", align 2
  br label %"return"
gue_d0.stop_before.endif:
  %".2448" = add i64 %"cursor.48", 4
  %".2449" = zext i8 %"w0_1.8" to i64
  %".2450" = and i64 %".2449", 31
  %".2451" = mul i64 %".2450", 4
  %".2452" = add i64 %".2451", 4
  %".2453" = getelementptr i8, ptr %"data.118", i64 %"cursor.48"
  %".2454" = getelementptr i8, ptr %".2453", i64 %".2452"
  %".2455" = icmp ugt ptr %".2454", %"data_end.118"
  br i1 %".2455", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.120" = phi  ptr [%"data.118", %"gue_d0.stop_before.endif"], [%"data.119", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.118", %"gue_d0.stop_before.endif"], [%"data_end.119", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.118", %"gue_d0.stop_before.endif"], [%"keys.119", %"gue_d0.copy_last_byte_failed.endif"]
  %"end.7" = add i64 %"cursor.48", %".2452"
  %".2476" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".2476", align 1
  %".2478" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.21" = load volatile i32, ptr %".2478", align 4
  %".2479" = and i32 %"flags.21", 4
  %".2480" = icmp ne i32 %".2479", 0
  br i1 %".2480", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gue_d0.copy_last_byte:
  %".2457" = add i64 %"cursor.48", %".2452"
  %".2458" = sub i64 %".2457", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2459" = trunc i64 %".2458" to i32
  %".2460" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2459", i64* %"last_byte", i32 1)
  %".2461" = icmp eq i64 %".2460", 0
  %".2462" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2463" = load i32, ptr %".2462", align 4
  %".2464" = zext i32 %".2463" to i64
  %"data.119" = inttoptr i64 %".2464" to ptr
  %".2465" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2466" = load i32, ptr %".2465", align 4
  %".2467" = zext i32 %".2466" to i64
  %"data_end.119" = inttoptr i64 %".2467" to ptr
  %".2468" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.119" = load ptr, ptr %".2468", align 8
  %".2469" = xor i1 %".2461", -1
  br i1 %".2469", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".2471" = trunc i64 %"cursor.48" to i16
  %".2472" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2471", ptr %".2472", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".2482" = trunc i64 %"end.7" to i16
  %".2483" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2482", ptr %".2483", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".2486" = getelementptr i8, ptr %"keys.120", i64 12
  store i32 0, ptr %".2486", align 4
  %".2488" = zext i8 %"w1_1.3" to i64
  switch i64 %".2488", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.unknown:
  %".2490" = trunc i64 %"end.7" to i16
  %".2491" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2490", ptr %".2491", align 2
  br label %"return"
gue_d0.to_ipv4:
  %".2494" = getelementptr i8, ptr %"keys.120", i64 2
  %".2495" = trunc i64 %"end.7" to i16
  store volatile i16 %".2495", ptr %".2494", align 2
  %".2497" = load volatile i16, ptr %".2494", align 2
  %".2498" = zext i16 %".2497" to i64
  %"cursor.130" = and i64 %".2498", 16383
  br label %"ipv4_d1"
gue_d0.to_ipv6:
  %".2500" = getelementptr i8, ptr %"keys.120", i64 2
  %".2501" = trunc i64 %"end.7" to i16
  store volatile i16 %".2501", ptr %".2500", align 2
  %".2503" = load volatile i16, ptr %".2500", align 2
  %".2504" = zext i16 %".2503" to i64
  %"cursor.131" = and i64 %".2504", 16383
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2514" = trunc i64 %"cursor.49" to i32
  %".2515" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2514", [40 x i8]* %"header_copy", i32 8)
  %".2516" = icmp eq i64 %".2515", 0
  %".2517" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2518" = load i32, ptr %".2517", align 4
  %".2519" = zext i32 %".2518" to i64
  %"data.121" = inttoptr i64 %".2519" to ptr
  %".2520" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2521" = load i32, ptr %".2520", align 4
  %".2522" = zext i32 %".2521" to i64
  %"data_end.121" = inttoptr i64 %".2522" to ptr
  %".2523" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.121" = load ptr, ptr %".2523", align 8
  %".2524" = xor i1 %".2516", -1
  br i1 %".2524", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".2526" = trunc i64 %"cursor.49" to i16
  %".2527" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2526", ptr %".2527", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".2530" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2531" = load volatile i8, [40 x i8]* %".2530", align 1
  %".2532" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2533" = load volatile i8, [40 x i8]* %".2532", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".2548" = trunc i64 %"cursor.49" to i16
  %".2549" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2548", ptr %".2549", align 2
  br label %"return"
gtpu_d0.stop_before.endif:
  %".2552" = add i64 %"cursor.49", 8
  %".2553" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2553", align 1
  %".2555" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.22" = load volatile i32, ptr %".2555", align 4
  %".2556" = and i32 %"flags.22", 4
  %".2557" = icmp ne i32 %".2556", 0
  br i1 %".2557", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
gtpu_d0.stop_at_encap:
  %".2559" = trunc i64 %".2552" to i16
  %".2560" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2559", ptr %".2560", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".2563" = getelementptr i8, ptr %"keys.122", i64 12
  store i32 0, ptr %".2563", align 4
  %".2565" = zext i8 %"w0_1.9" to i64
  %".2566" = lshr i64 %".2565", 2
  %".2567" = and i64 %".2566", 1
  %".2568" = mul i64 %".2567", 4
  %".2569" = zext i8 %"w0_1.9" to i64
  %".2570" = lshr i64 %".2569", 1
  %".2571" = and i64 %".2570", 1
  %".2572" = mul i64 %".2571", 2
  %".2573" = add i64 %".2568", %".2572"
  %".2574" = zext i8 %"w0_1.9" to i64
  %".2575" = and i64 %".2574", 1
  %".2576" = add i64 %".2573", %".2575"
  %".2577" = icmp uge i64 %".2576", 1
  %".2578" = icmp ule i64 %".2576", 3
  %".2579" = and i1 %".2577", %".2578"
  br i1 %".2579", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".2586" = trunc i64 %".2552" to i16
  %".2587" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2586", ptr %".2587", align 2
  br label %"return"
gtpu_d0.to_ip_version:
  %".2590" = getelementptr i8, ptr %"keys.122", i64 2
  %".2591" = trunc i64 %".2552" to i16
  store volatile i16 %".2591", ptr %".2590", align 2
  %".2593" = load volatile i16, ptr %".2590", align 2
  %".2594" = zext i16 %".2593" to i64
  %"cursor.132" = and i64 %".2594", 16383
  br label %"ip_version_d1"
gtpu_d0.to_gtpu_opt:
  %".2596" = getelementptr i8, ptr %"keys.122", i64 2
  %".2597" = trunc i64 %".2552" to i16
  store volatile i16 %".2597", ptr %".2596", align 2
  %".2599" = load volatile i16, ptr %".2596", align 2
  %".2600" = zext i16 %".2599" to i64
  %"cursor.134" = and i64 %".2600", 16383
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  %".2602" = getelementptr i8, ptr %"keys.122", i64 2
  %".2603" = trunc i64 %".2552" to i16
  store volatile i16 %".2603", ptr %".2602", align 2
  %".2605" = load volatile i16, ptr %".2602", align 2
  %".2606" = zext i16 %".2605" to i64
  %"cursor.136" = and i64 %".2606", 16383
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".2581" = icmp uge i64 %".2576", 4
  %".2582" = icmp ule i64 %".2576", 7
  %".2583" = and i1 %".2581", %".2582"
  br i1 %".2583", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".2576", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_opt_d1:
  %"cursor.133" = phi  i64 [%"cursor.134", %"gtpu_d0.to_gtpu_opt"]
  %"data.123" = phi  ptr [%"data.122", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.123" = phi  ptr [%"data_end.122", %"gtpu_d0.to_gtpu_opt"]
  %"keys.123" = phi  ptr [%"keys.122", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.42" = getelementptr i8, ptr %"data.123", i64 %"cursor.133"
  %".4080" = getelementptr i8, ptr %"hdr.42", i64 4
  %".4081" = icmp ugt ptr %".4080", %"data_end.123"
  br i1 %".4081", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.176" = phi  ptr [%"data.123", %"gtpu_opt_d1.linear"], [%"data.175", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.123", %"gtpu_opt_d1.linear"], [%"data_end.175", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.123", %"gtpu_opt_d1.linear"], [%"keys.175", %"gtpu_opt_d1.copy_failed.endif"]
  %".4101" = add i64 %"cursor.133", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_seq_d1:
  %"cursor.135" = phi  i64 [%"cursor.136", %"gtpu_d0.to_gtpu_seq"]
  %"data.124" = phi  ptr [%"data.122", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.124" = phi  ptr [%"data_end.122", %"gtpu_d0.to_gtpu_seq"]
  %"keys.124" = phi  ptr [%"keys.122", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.43" = getelementptr i8, ptr %"data.124", i64 %"cursor.135"
  %".4113" = getelementptr i8, ptr %"hdr.43", i64 3
  %".4114" = icmp ugt ptr %".4113", %"data_end.124"
  br i1 %".4114", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.178" = phi  ptr [%"data.124", %"gtpu_seq_d1.linear"], [%"data.177", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.124", %"gtpu_seq_d1.linear"], [%"data_end.177", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.124", %"gtpu_seq_d1.linear"], [%"keys.177", %"gtpu_seq_d1.copy_failed.endif"]
  %".4134" = add i64 %"cursor.135", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
shim_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2614" = trunc i64 %"cursor.50" to i32
  %".2615" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2614", [40 x i8]* %"header_copy", i32 8)
  %".2616" = icmp eq i64 %".2615", 0
  %".2617" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2618" = load i32, ptr %".2617", align 4
  %".2619" = zext i32 %".2618" to i64
  %"data.125" = inttoptr i64 %".2619" to ptr
  %".2620" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2621" = load i32, ptr %".2620", align 4
  %".2622" = zext i32 %".2621" to i64
  %"data_end.125" = inttoptr i64 %".2622" to ptr
  %".2623" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.125" = load ptr, ptr %".2623", align 8
  %".2624" = xor i1 %".2616", -1
  br i1 %".2624", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".2626" = trunc i64 %"cursor.50" to i16
  %".2627" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2626", ptr %".2627", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".2630" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2631" = load volatile i16, [40 x i8]* %".2630", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".2640" = trunc i64 %".2633" to i16
  %".2641" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2640", ptr %".2641", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".2644" = getelementptr i8, ptr %"keys.126", i64 12
  store i32 0, ptr %".2644", align 4
  %".2646" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2647" = zext i16 %".2646" to i64
  switch i64 %".2647", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.unknown:
  %".2649" = trunc i64 %".2633" to i16
  %".2650" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2649", ptr %".2650", align 2
  br label %"return"
shim_d0.to_ipv4:
  %".2653" = getelementptr i8, ptr %"keys.126", i64 2
  %".2654" = trunc i64 %".2633" to i16
  store volatile i16 %".2654", ptr %".2653", align 2
  %".2656" = load volatile i16, ptr %".2653", align 2
  %".2657" = zext i16 %".2656" to i64
  %"cursor.137" = and i64 %".2657", 16383
  br label %"ipv4_d1"
gre_d0.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2669" = trunc i64 %"cursor.51" to i32
  %".2670" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2669", [40 x i8]* %"header_copy", i32 4)
  %".2671" = icmp eq i64 %".2670", 0
  %".2672" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2673" = load i32, ptr %".2672", align 4
  %".2674" = zext i32 %".2673" to i64
  %"data.127" = inttoptr i64 %".2674" to ptr
  %".2675" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2676" = load i32, ptr %".2675", align 4
  %".2677" = zext i32 %".2676" to i64
  %"data_end.127" = inttoptr i64 %".2677" to ptr
  %".2678" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.127" = load ptr, ptr %".2678", align 8
  %".2679" = xor i1 %".2671", -1
  br i1 %".2679", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".2681" = trunc i64 %"cursor.51" to i16
  %".2682" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2681", ptr %".2682", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".2685" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2686" = load volatile i8, [40 x i8]* %".2685", align 1
  %".2687" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2688" = load volatile i8, [40 x i8]* %".2687", align 1
  %".2689" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2690" = load volatile i16, [40 x i8]* %".2689", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".2701" = trunc i64 %"cursor.51" to i16
  %".2702" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2701", ptr %".2702", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".2705" = add i64 %"cursor.51", 4
  %".2706" = zext i8 %"w0_1.10" to i64
  %".2707" = lshr i64 %".2706", 7
  %".2708" = and i64 %".2707", 1
  %".2709" = zext i8 %"w0_1.10" to i64
  %".2710" = lshr i64 %".2709", 5
  %".2711" = and i64 %".2710", 1
  %".2712" = add i64 %".2708", %".2711"
  %".2713" = zext i8 %"w0_1.10" to i64
  %".2714" = lshr i64 %".2713", 4
  %".2715" = and i64 %".2714", 1
  %".2716" = add i64 %".2712", %".2715"
  %".2717" = mul i64 %".2716", 4
  %".2718" = add i64 %".2717", 4
  %".2719" = getelementptr i8, ptr %"data.128", i64 %"cursor.51"
  %".2720" = getelementptr i8, ptr %".2719", i64 %".2718"
  %".2721" = icmp ugt ptr %".2720", %"data_end.128"
  br i1 %".2721", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.130" = phi  ptr [%"data.128", %"gre_d0.stop_before.endif"], [%"data.129", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.130" = phi  ptr [%"data_end.128", %"gre_d0.stop_before.endif"], [%"data_end.129", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.130" = phi  ptr [%"keys.128", %"gre_d0.stop_before.endif"], [%"keys.129", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.8" = add i64 %"cursor.51", %".2718"
  %".2742" = getelementptr i8, ptr %"keys.130", i64 8
  store i8 1, ptr %".2742", align 1
  %".2744" = getelementptr i8, ptr %"keys.130", i64 48
  %"flags.24" = load volatile i32, ptr %".2744", align 4
  %".2745" = and i32 %"flags.24", 4
  %".2746" = icmp ne i32 %".2745", 0
  br i1 %".2746", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".2723" = add i64 %"cursor.51", %".2718"
  %".2724" = sub i64 %".2723", 1
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2725" = trunc i64 %".2724" to i32
  %".2726" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2725", i64* %"last_byte", i32 1)
  %".2727" = icmp eq i64 %".2726", 0
  %".2728" = getelementptr i8, ptr %"ctx.41", i64 76
  %".2729" = load i32, ptr %".2728", align 4
  %".2730" = zext i32 %".2729" to i64
  %"data.129" = inttoptr i64 %".2730" to ptr
  %".2731" = getelementptr i8, ptr %"ctx.41", i64 80
  %".2732" = load i32, ptr %".2731", align 4
  %".2733" = zext i32 %".2732" to i64
  %"data_end.129" = inttoptr i64 %".2733" to ptr
  %".2734" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.129" = load ptr, ptr %".2734", align 8
  %".2735" = xor i1 %".2727", -1
  br i1 %".2735", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2737" = trunc i64 %"cursor.51" to i16
  %".2738" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2737", ptr %".2738", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2748" = trunc i64 %"end.8" to i16
  %".2749" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2748", ptr %".2749", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2752" = getelementptr i8, ptr %"keys.130", i64 12
  store i32 0, ptr %".2752", align 4
  %".2754" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2755" = zext i16 %".2754" to i64
  %".2756" = trunc i64 %".2755" to i16
  %".2757" = call i16 @"llvm.bswap.i16"(i16 %".2756")
  %".2758" = getelementptr i8, ptr %"keys.130", i64 10
  store i16 %".2757", ptr %".2758", align 2
  %".2760" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2761" = zext i16 %".2760" to i64
  switch i64 %".2761", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 25944, label %"gre_d0.to_ethernet"]
gre_d0.unknown:
  %".2763" = trunc i64 %"end.8" to i16
  %".2764" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2763", ptr %".2764", align 2
  br label %"return"
gre_d0.to_ipv4:
  %".2767" = getelementptr i8, ptr %"keys.130", i64 2
  %".2768" = trunc i64 %"end.8" to i16
  store volatile i16 %".2768", ptr %".2767", align 2
  %".2770" = load volatile i16, ptr %".2767", align 2
  %".2771" = zext i16 %".2770" to i64
  %"cursor.138" = and i64 %".2771", 16383
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  %".2773" = getelementptr i8, ptr %"keys.130", i64 2
  %".2774" = trunc i64 %"end.8" to i16
  store volatile i16 %".2774", ptr %".2773", align 2
  %".2776" = load volatile i16, ptr %".2773", align 2
  %".2777" = zext i16 %".2776" to i64
  %"cursor.139" = and i64 %".2777", 16383
  br label %"ipv6_d1"
gre_d0.to_vlan:
  %".2779" = getelementptr i8, ptr %"keys.130", i64 2
  %".2780" = trunc i64 %"end.8" to i16
  store volatile i16 %".2780", ptr %".2779", align 2
  %".2782" = load volatile i16, ptr %".2779", align 2
  %".2783" = zext i16 %".2782" to i64
  %"cursor.141" = and i64 %".2783", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_vlan.1:
  %".2785" = getelementptr i8, ptr %"keys.130", i64 2
  %".2786" = trunc i64 %"end.8" to i16
  store volatile i16 %".2786", ptr %".2785", align 2
  %".2788" = load volatile i16, ptr %".2785", align 2
  %".2789" = zext i16 %".2788" to i64
  %"cursor.142" = and i64 %".2789", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_mpls:
  %".2791" = getelementptr i8, ptr %"keys.130", i64 2
  %".2792" = trunc i64 %"end.8" to i16
  store volatile i16 %".2792", ptr %".2791", align 2
  %".2794" = load volatile i16, ptr %".2791", align 2
  %".2795" = zext i16 %".2794" to i64
  %"cursor.143" = and i64 %".2795", 16383
  br label %"mpls_d1_mpls_labels1"
gre_d0.to_mpls.1:
  %".2797" = getelementptr i8, ptr %"keys.130", i64 2
  %".2798" = trunc i64 %"end.8" to i16
  store volatile i16 %".2798", ptr %".2797", align 2
  %".2800" = load volatile i16, ptr %".2797", align 2
  %".2801" = zext i16 %".2800" to i64
  %"cursor.144" = and i64 %".2801", 16383
  br label %"mpls_d1_mpls_labels1"
gre_d0.to_pppoe:
  %".2803" = getelementptr i8, ptr %"keys.130", i64 2
  %".2804" = trunc i64 %"end.8" to i16
  store volatile i16 %".2804", ptr %".2803", align 2
  %".2806" = load volatile i16, ptr %".2803", align 2
  %".2807" = zext i16 %".2806" to i64
  %"cursor.146" = and i64 %".2807", 16383
  br label %"pppoe_d1"
gre_d0.to_arp:
  %".2809" = getelementptr i8, ptr %"keys.130", i64 2
  %".2810" = trunc i64 %"end.8" to i16
  store volatile i16 %".2810", ptr %".2809", align 2
  %".2812" = load volatile i16, ptr %".2809", align 2
  %".2813" = zext i16 %".2812" to i64
  %"cursor.147" = and i64 %".2813", 16383
  br label %"arp"
gre_d0.to_arp.1:
  %".2815" = getelementptr i8, ptr %"keys.130", i64 2
  %".2816" = trunc i64 %"end.8" to i16
  store volatile i16 %".2816", ptr %".2815", align 2
  %".2818" = load volatile i16, ptr %".2815", align 2
  %".2819" = zext i16 %".2818" to i64
  %"cursor.148" = and i64 %".2819", 16383
  br label %"arp"
gre_d0.to_ptp:
  %".2821" = getelementptr i8, ptr %"keys.130", i64 2
  %".2822" = trunc i64 %"end.8" to i16
  store volatile i16 %".2822", ptr %".2821", align 2
  %".2824" = load volatile i16, ptr %".2821", align 2
  %".2825" = zext i16 %".2824" to i64
  %"cursor.149" = and i64 %".2825", 16383
  br label %"ptp"
gre_d0.to_cfm:
  %".2827" = getelementptr i8, ptr %"keys.130", i64 2
  %".2828" = trunc i64 %"end.8" to i16
  store volatile i16 %".2828", ptr %".2827", align 2
  %".2830" = load volatile i16, ptr %".2827", align 2
  %".2831" = zext i16 %".2830" to i64
  %"cursor.150" = and i64 %".2831", 16383
  br label %"cfm"
gre_d0.to_tipc:
  %".2833" = getelementptr i8, ptr %"keys.130", i64 2
  %".2834" = trunc i64 %"end.8" to i16
  store volatile i16 %".2834", ptr %".2833", align 2
  %".2836" = load volatile i16, ptr %".2833", align 2
  %".2837" = zext i16 %".2836" to i64
  %"cursor.151" = and i64 %".2837", 16383
  br label %"tipc"
gre_d0.to_fcoe:
  %".2839" = getelementptr i8, ptr %"keys.130", i64 2
  %".2840" = trunc i64 %"end.8" to i16
  store volatile i16 %".2840", ptr %".2839", align 2
  %".2842" = load volatile i16, ptr %".2839", align 2
  %".2843" = zext i16 %".2842" to i64
  %"cursor.152" = and i64 %".2843", 16383
  br label %"fcoe"
gre_d0.to_ethernet:
  %".2845" = getelementptr i8, ptr %"keys.130", i64 2
  %".2846" = trunc i64 %"end.8" to i16
  store volatile i16 %".2846", ptr %".2845", align 2
  %".2848" = load volatile i16, ptr %".2845", align 2
  %".2849" = zext i16 %".2848" to i64
  %"cursor.153" = and i64 %".2849", 16383
  br label %"ethernet_d1"
vlan_d1_vlan_tags1:
  %"cursor.140" = phi  i64 [%"cursor.141", %"gre_d0.to_vlan"], [%"cursor.142", %"gre_d0.to_vlan.1"], [%"cursor.235", %"ethernet_d1.to_vlan"], [%"cursor.236", %"ethernet_d1.to_vlan.1"]
  %"data.131" = phi  ptr [%"data.130", %"gre_d0.to_vlan"], [%"data.130", %"gre_d0.to_vlan.1"], [%"data.174", %"ethernet_d1.to_vlan"], [%"data.174", %"ethernet_d1.to_vlan.1"]
  %"data_end.131" = phi  ptr [%"data_end.130", %"gre_d0.to_vlan"], [%"data_end.130", %"gre_d0.to_vlan.1"], [%"data_end.174", %"ethernet_d1.to_vlan"], [%"data_end.174", %"ethernet_d1.to_vlan.1"]
  %"keys.131" = phi  ptr [%"keys.130", %"gre_d0.to_vlan"], [%"keys.130", %"gre_d0.to_vlan.1"], [%"keys.174", %"ethernet_d1.to_vlan"], [%"keys.174", %"ethernet_d1.to_vlan.1"]
  %"hdr.44" = getelementptr i8, ptr %"data.131", i64 %"cursor.140"
  %".4146" = getelementptr i8, ptr %"hdr.44", i64 4
  %".4147" = icmp ugt ptr %".4146", %"data_end.131"
  br i1 %".4147", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".4149" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4150" = load i16, ptr %".4149", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.17" = phi  i16 [%".4150", %"vlan_d1_vlan_tags1.linear"], [%".4169", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.181" = phi  ptr [%"data.131", %"vlan_d1_vlan_tags1.linear"], [%"data.180", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.181" = phi  ptr [%"data_end.131", %"vlan_d1_vlan_tags1.linear"], [%"data_end.180", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.181" = phi  ptr [%"keys.131", %"vlan_d1_vlan_tags1.linear"], [%"keys.180", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".4171" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4172" = zext i16 %".4171" to i64
  %".4173" = trunc i64 %".4172" to i16
  %".4174" = call i16 @"llvm.bswap.i16"(i16 %".4173")
  %".4175" = getelementptr i8, ptr %"keys.181", i64 10
  store i16 %".4174", ptr %".4175", align 2
  %".4177" = add i64 %"cursor.140", 4
  %".4178" = trunc i64 %".4177" to i16
  %".4179" = getelementptr i8, ptr %"keys.181", i64 0
  store i16 %".4178", ptr %".4179", align 2
  %".4181" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4182" = zext i16 %".4181" to i64
  switch i64 %".4182", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe"]
pppoe_d1:
  %"cursor.145" = phi  i64 [%"cursor.146", %"gre_d0.to_pppoe"], [%"cursor.239", %"ethernet_d1.to_pppoe"], [%"cursor.256", %"vlan_d1_vlan_tags1.to_pppoe"], [%"cursor.336", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data.132" = phi  ptr [%"data.130", %"gre_d0.to_pppoe"], [%"data.174", %"ethernet_d1.to_pppoe"], [%"data.181", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.234", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data_end.132" = phi  ptr [%"data_end.130", %"gre_d0.to_pppoe"], [%"data_end.174", %"ethernet_d1.to_pppoe"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.234", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"keys.132" = phi  ptr [%"keys.130", %"gre_d0.to_pppoe"], [%"keys.174", %"ethernet_d1.to_pppoe"], [%"keys.181", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.234", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"hdr.45" = getelementptr i8, ptr %"data.132", i64 %"cursor.145"
  %".4266" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4267" = icmp ugt ptr %".4266", %"data_end.132"
  br i1 %".4267", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".4269" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4270" = load i8, ptr %".4269", align 1
  %".4271" = getelementptr i8, ptr %"hdr.45", i64 1
  %".4272" = load i8, ptr %".4271", align 1
  %".4273" = getelementptr i8, ptr %"hdr.45", i64 6
  %".4274" = load i16, ptr %".4273", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.17" = phi  i8 [%".4270", %"pppoe_d1.linear"], [%".4293", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".4272", %"pppoe_d1.linear"], [%".4295", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".4274", %"pppoe_d1.linear"], [%".4297", %"pppoe_d1.copy_failed.endif"]
  %"data.184" = phi  ptr [%"data.132", %"pppoe_d1.linear"], [%"data.183", %"pppoe_d1.copy_failed.endif"]
  %"data_end.184" = phi  ptr [%"data_end.132", %"pppoe_d1.linear"], [%"data_end.183", %"pppoe_d1.copy_failed.endif"]
  %"keys.184" = phi  ptr [%"keys.132", %"pppoe_d1.linear"], [%"keys.183", %"pppoe_d1.copy_failed.endif"]
  %".4299" = zext i8 %"w0_1.17" to i64
  %".4300" = lshr i64 %".4299", 4
  %".4301" = and i64 %".4300", 15
  %".4302" = icmp eq i64 %".4301", 1
  %".4303" = zext i8 %"w0_1.17" to i64
  %".4304" = and i64 %".4303", 15
  %".4305" = icmp eq i64 %".4304", 1
  %".4306" = and i1 %".4302", %".4305"
  %".4307" = zext i8 %"w1_1.10" to i64
  %".4308" = icmp eq i64 %".4307", 0
  %".4309" = and i1 %".4306", %".4308"
  %".4310" = xor i1 %".4309", -1
  br i1 %".4310", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
pptp_d0.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2861" = trunc i64 %"cursor.52" to i32
  %".2862" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".2861", [40 x i8]* %"header_copy", i32 4)
  %".2863" = icmp eq i64 %".2862", 0
  %".2864" = getelementptr i8, ptr %"ctx.42", i64 76
  %".2865" = load i32, ptr %".2864", align 4
  %".2866" = zext i32 %".2865" to i64
  %"data.133" = inttoptr i64 %".2866" to ptr
  %".2867" = getelementptr i8, ptr %"ctx.42", i64 80
  %".2868" = load i32, ptr %".2867", align 4
  %".2869" = zext i32 %".2868" to i64
  %"data_end.133" = inttoptr i64 %".2869" to ptr
  %".2870" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.133" = load ptr, ptr %".2870", align 8
  %".2871" = xor i1 %".2863", -1
  br i1 %".2871", label %"pptp_d0.copy_failed", label %"pptp_d0.copy_failed.endif"
pptp_d0.copy_failed:
  %".2873" = trunc i64 %"cursor.52" to i16
  %".2874" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2873", ptr %".2874", align 2
  br label %"return"
pptp_d0.copy_failed.endif:
  %".2877" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2878" = load volatile i8, [40 x i8]* %".2877", align 1
  %".2879" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2880" = load volatile i8, [40 x i8]* %".2879", align 1
  %".2881" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2882" = load volatile i16, [40 x i8]* %".2881", align 2
  br label %"pptp_d0.header"
pptp_d0.stop_before:
  %".2893" = trunc i64 %"cursor.52" to i16
  %".2894" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2893", ptr %".2894", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".2897" = add i64 %"cursor.52", 4
  %".2898" = zext i8 %"w0_1.11" to i64
  %".2899" = lshr i64 %".2898", 7
  %".2900" = and i64 %".2899", 1
  %".2901" = zext i8 %"w0_1.11" to i64
  %".2902" = lshr i64 %".2901", 5
  %".2903" = and i64 %".2902", 1
  %".2904" = add i64 %".2900", %".2903"
  %".2905" = zext i8 %"w0_1.11" to i64
  %".2906" = lshr i64 %".2905", 4
  %".2907" = and i64 %".2906", 1
  %".2908" = add i64 %".2904", %".2907"
  %".2909" = zext i8 %"w1_1.6" to i64
  %".2910" = lshr i64 %".2909", 7
  %".2911" = and i64 %".2910", 1
  %".2912" = add i64 %".2908", %".2911"
  %".2913" = mul i64 %".2912", 4
  %".2914" = add i64 %".2913", 4
  %".2915" = getelementptr i8, ptr %"data.134", i64 %"cursor.52"
  %".2916" = getelementptr i8, ptr %".2915", i64 %".2914"
  %".2917" = icmp ugt ptr %".2916", %"data_end.134"
  br i1 %".2917", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.136" = phi  ptr [%"data.134", %"pptp_d0.stop_before.endif"], [%"data.135", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.134", %"pptp_d0.stop_before.endif"], [%"data_end.135", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.134", %"pptp_d0.stop_before.endif"], [%"keys.135", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.52", %".2914"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".2919" = add i64 %"cursor.52", %".2914"
  %".2920" = sub i64 %".2919", 1
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2921" = trunc i64 %".2920" to i32
  %".2922" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".2921", i64* %"last_byte", i32 1)
  %".2923" = icmp eq i64 %".2922", 0
  %".2924" = getelementptr i8, ptr %"ctx.43", i64 76
  %".2925" = load i32, ptr %".2924", align 4
  %".2926" = zext i32 %".2925" to i64
  %"data.135" = inttoptr i64 %".2926" to ptr
  %".2927" = getelementptr i8, ptr %"ctx.43", i64 80
  %".2928" = load i32, ptr %".2927", align 4
  %".2929" = zext i32 %".2928" to i64
  %"data_end.135" = inttoptr i64 %".2929" to ptr
  %".2930" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.135" = load ptr, ptr %".2930", align 8
  %".2931" = xor i1 %".2923", -1
  br i1 %".2931", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2933" = trunc i64 %"cursor.52" to i16
  %".2934" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".2933", ptr %".2934", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2939" = trunc i64 %"end.9" to i16
  %".2940" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2939", ptr %".2940", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.154" = phi  i64 [%"end.9", %"pptp_d0.to_ppp"]
  %"data.137" = phi  ptr [%"data.136", %"pptp_d0.to_ppp"]
  %"data_end.137" = phi  ptr [%"data_end.136", %"pptp_d0.to_ppp"]
  %"keys.137" = phi  ptr [%"keys.136", %"pptp_d0.to_ppp"]
  %"hdr.46" = getelementptr i8, ptr %"data.137", i64 %"cursor.154"
  %".4363" = getelementptr i8, ptr %"hdr.46", i64 4
  %".4364" = icmp ugt ptr %".4363", %"data_end.137"
  br i1 %".4364", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4366" = getelementptr i8, ptr %"hdr.46", i64 2
  %".4367" = load i16, ptr %".4366", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.18" = phi  i16 [%".4367", %"ppp_d0.linear"], [%".4386", %"ppp_d0.copy_failed.endif"]
  %"data.186" = phi  ptr [%"data.137", %"ppp_d0.linear"], [%"data.185", %"ppp_d0.copy_failed.endif"]
  %"data_end.186" = phi  ptr [%"data_end.137", %"ppp_d0.linear"], [%"data_end.185", %"ppp_d0.copy_failed.endif"]
  %"keys.186" = phi  ptr [%"keys.137", %"ppp_d0.linear"], [%"keys.185", %"ppp_d0.copy_failed.endif"]
  %".4388" = add i64 %"cursor.154", 4
  %".4389" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4390" = zext i16 %".4389" to i64
  switch i64 %".4390", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
udp_d1.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2952" = trunc i64 %"cursor.54" to i32
  %".2953" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".2952", [40 x i8]* %"header_copy", i32 4)
  %".2954" = icmp eq i64 %".2953", 0
  %".2955" = getelementptr i8, ptr %"ctx.44", i64 76
  %".2956" = load i32, ptr %".2955", align 4
  %".2957" = zext i32 %".2956" to i64
  %"data.138" = inttoptr i64 %".2957" to ptr
  %".2958" = getelementptr i8, ptr %"ctx.44", i64 80
  %".2959" = load i32, ptr %".2958", align 4
  %".2960" = zext i32 %".2959" to i64
  %"data_end.138" = inttoptr i64 %".2960" to ptr
  %".2961" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.138" = load ptr, ptr %".2961", align 8
  %".2962" = xor i1 %".2954", -1
  br i1 %".2962", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".2964" = trunc i64 %"cursor.54" to i16
  %".2965" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".2964", ptr %".2965", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".2968" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2969" = load volatile i16, [40 x i8]* %".2968", align 2
  %".2970" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2971" = load volatile i16, [40 x i8]* %".2970", align 2
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".2991" = add i64 %"cursor.54", %".2986"
  %".2992" = sub i64 %".2991", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2993" = trunc i64 %".2992" to i32
  %".2994" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".2993", i64* %"last_byte", i32 1)
  %".2995" = icmp eq i64 %".2994", 0
  %".2996" = getelementptr i8, ptr %"ctx.45", i64 76
  %".2997" = load i32, ptr %".2996", align 4
  %".2998" = zext i32 %".2997" to i64
  %"data.140" = inttoptr i64 %".2998" to ptr
  %".2999" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3000" = load i32, ptr %".2999", align 4
  %".3001" = zext i32 %".3000" to i64
  %"data_end.140" = inttoptr i64 %".3001" to ptr
  %".3002" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.140" = load ptr, ptr %".3002", align 8
  %".3003" = xor i1 %".2995", -1
  br i1 %".3003", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3005" = trunc i64 %"cursor.54" to i16
  %".3006" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3005", ptr %".3006", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3013" = trunc i64 %"cursor.54" to i16
  %".3014" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3013", ptr %".3014", align 2
  br label %"return"
udp_d1.to_vxlan:
  %".3017" = getelementptr i8, ptr %"keys.141", i64 2
  %".3018" = trunc i64 %"end.10" to i16
  store volatile i16 %".3018", ptr %".3017", align 2
  %".3020" = load volatile i16, ptr %".3017", align 2
  %".3021" = zext i16 %".3020" to i64
  %"cursor.156" = and i64 %".3021", 16383
  br label %"vxlan_d1"
udp_d1.to_geneve:
  %".3023" = getelementptr i8, ptr %"keys.141", i64 2
  %".3024" = trunc i64 %"end.10" to i16
  store volatile i16 %".3024", ptr %".3023", align 2
  %".3026" = load volatile i16, ptr %".3023", align 2
  %".3027" = zext i16 %".3026" to i64
  %"cursor.158" = and i64 %".3027", 16383
  br label %"geneve_d1"
udp_d1.to_gue:
  %".3029" = getelementptr i8, ptr %"keys.141", i64 2
  %".3030" = trunc i64 %"end.10" to i16
  store volatile i16 %".3030", ptr %".3029", align 2
  %".3032" = load volatile i16, ptr %".3029", align 2
  %".3033" = zext i16 %".3032" to i64
  %"cursor.160" = and i64 %".3033", 16383
  br label %"gue_d1"
udp_d1.to_gtpu:
  %".3035" = getelementptr i8, ptr %"keys.141", i64 2
  %".3036" = trunc i64 %"end.10" to i16
  store volatile i16 %".3036", ptr %".3035", align 2
  %".3038" = load volatile i16, ptr %".3035", align 2
  %".3039" = zext i16 %".3038" to i64
  %"cursor.162" = and i64 %".3039", 16383
  br label %"gtpu_d1"
udp_d1.to_shim:
  %".3041" = getelementptr i8, ptr %"keys.141", i64 2
  %".3042" = trunc i64 %"end.10" to i16
  store volatile i16 %".3042", ptr %".3041", align 2
  %".3044" = load volatile i16, ptr %".3041", align 2
  %".3045" = zext i16 %".3044" to i64
  %"cursor.164" = and i64 %".3045", 16383
  br label %"shim_d1"
vxlan_d1:
  %"cursor.155" = phi  i64 [%"cursor.156", %"udp_d1.to_vxlan"]
  %"data.142" = phi  ptr [%"data.141", %"udp_d1.to_vxlan"]
  %"data_end.142" = phi  ptr [%"data_end.141", %"udp_d1.to_vxlan"]
  %"keys.142" = phi  ptr [%"keys.141", %"udp_d1.to_vxlan"]
  %"hdr.47" = getelementptr i8, ptr %"data.142", i64 %"cursor.155"
  %".4460" = getelementptr i8, ptr %"hdr.47", i64 8
  %".4461" = icmp ugt ptr %".4460", %"data_end.142"
  br i1 %".4461", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.189" = phi  ptr [%"data.142", %"vxlan_d1.linear"], [%"data.188", %"vxlan_d1.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.142", %"vxlan_d1.linear"], [%"data_end.188", %"vxlan_d1.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.142", %"vxlan_d1.linear"], [%"keys.188", %"vxlan_d1.copy_failed.endif"]
  %".4481" = add i64 %"cursor.155", 8
  %".4482" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".4482", align 1
  %".4484" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.40" = load volatile i32, ptr %".4484", align 4
  %".4485" = and i32 %"flags.40", 4
  %".4486" = icmp ne i32 %".4485", 0
  br i1 %".4486", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
geneve_d1:
  %"cursor.157" = phi  i64 [%"cursor.158", %"udp_d1.to_geneve"]
  %"data.143" = phi  ptr [%"data.141", %"udp_d1.to_geneve"]
  %"data_end.143" = phi  ptr [%"data_end.141", %"udp_d1.to_geneve"]
  %"keys.143" = phi  ptr [%"keys.141", %"udp_d1.to_geneve"]
  %"hdr.48" = getelementptr i8, ptr %"data.143", i64 %"cursor.157"
  %".4503" = getelementptr i8, ptr %"hdr.48", i64 8
  %".4504" = icmp ugt ptr %".4503", %"data_end.143"
  br i1 %".4504", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4506" = getelementptr i8, ptr %"hdr.48", i64 0
  %".4507" = load i8, ptr %".4506", align 1
  %".4508" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4509" = load i16, ptr %".4508", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4507", %"geneve_d1.linear"], [%".4528", %"geneve_d1.copy_failed.endif"]
  %"w2_2.19" = phi  i16 [%".4509", %"geneve_d1.linear"], [%".4530", %"geneve_d1.copy_failed.endif"]
  %"data.191" = phi  ptr [%"data.143", %"geneve_d1.linear"], [%"data.190", %"geneve_d1.copy_failed.endif"]
  %"data_end.191" = phi  ptr [%"data_end.143", %"geneve_d1.linear"], [%"data_end.190", %"geneve_d1.copy_failed.endif"]
  %"keys.191" = phi  ptr [%"keys.143", %"geneve_d1.linear"], [%"keys.190", %"geneve_d1.copy_failed.endif"]
  %".4532" = zext i8 %"w0_1.18" to i64
  %".4533" = lshr i64 %".4532", 6
  %".4534" = and i64 %".4533", 3
  %".4535" = icmp ne i64 %".4534", 0
  br i1 %".4535", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif"
gue_d1:
  %"cursor.159" = phi  i64 [%"cursor.160", %"udp_d1.to_gue"]
  %"data.144" = phi  ptr [%"data.141", %"udp_d1.to_gue"]
  %"data_end.144" = phi  ptr [%"data_end.141", %"udp_d1.to_gue"]
  %"keys.144" = phi  ptr [%"keys.141", %"udp_d1.to_gue"]
  %"hdr.49" = getelementptr i8, ptr %"data.144", i64 %"cursor.159"
  %".4600" = getelementptr i8, ptr %"hdr.49", i64 4
  %".4601" = icmp ugt ptr %".4600", %"data_end.144"
  br i1 %".4601", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4603" = getelementptr i8, ptr %"hdr.49", i64 0
  %".4604" = load i8, ptr %".4603", align 1
  %".4605" = getelementptr i8, ptr %"hdr.49", i64 1
  %".4606" = load i8, ptr %".4605", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4604", %"gue_d1.linear"], [%".4625", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4606", %"gue_d1.linear"], [%".4627", %"gue_d1.copy_failed.endif"]
  %"data.195" = phi  ptr [%"data.144", %"gue_d1.linear"], [%"data.194", %"gue_d1.copy_failed.endif"]
  %"data_end.195" = phi  ptr [%"data_end.144", %"gue_d1.linear"], [%"data_end.194", %"gue_d1.copy_failed.endif"]
  %"keys.195" = phi  ptr [%"keys.144", %"gue_d1.linear"], [%"keys.194", %"gue_d1.copy_failed.endif"]
  %".4629" = zext i8 %"w0_1.19" to i64
  %".4630" = lshr i64 %".4629", 6
  %".4631" = and i64 %".4630", 3
  %".4632" = icmp ne i64 %".4631", 0
  %".4633" = zext i8 %"w0_1.19" to i64
  %".4634" = lshr i64 %".4633", 5
  %".4635" = and i64 %".4634", 1
  %".4636" = icmp ne i64 %".4635", 0
  %".4637" = or i1 %".4632", %".4636"
  br i1 %".4637", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif"
gtpu_d1:
  %"cursor.161" = phi  i64 [%"cursor.162", %"udp_d1.to_gtpu"]
  %"data.145" = phi  ptr [%"data.141", %"udp_d1.to_gtpu"]
  %"data_end.145" = phi  ptr [%"data_end.141", %"udp_d1.to_gtpu"]
  %"keys.145" = phi  ptr [%"keys.141", %"udp_d1.to_gtpu"]
  %"hdr.50" = getelementptr i8, ptr %"data.145", i64 %"cursor.161"
  %".4697" = getelementptr i8, ptr %"hdr.50", i64 8
  %".4698" = icmp ugt ptr %".4697", %"data_end.145"
  br i1 %".4698", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4700" = getelementptr i8, ptr %"hdr.50", i64 0
  %".4701" = load i8, ptr %".4700", align 1
  %".4702" = getelementptr i8, ptr %"hdr.50", i64 1
  %".4703" = load i8, ptr %".4702", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.20" = phi  i8 [%".4701", %"gtpu_d1.linear"], [%".4722", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4703", %"gtpu_d1.linear"], [%".4724", %"gtpu_d1.copy_failed.endif"]
  %"data.199" = phi  ptr [%"data.145", %"gtpu_d1.linear"], [%"data.198", %"gtpu_d1.copy_failed.endif"]
  %"data_end.199" = phi  ptr [%"data_end.145", %"gtpu_d1.linear"], [%"data_end.198", %"gtpu_d1.copy_failed.endif"]
  %"keys.199" = phi  ptr [%"keys.145", %"gtpu_d1.linear"], [%"keys.198", %"gtpu_d1.copy_failed.endif"]
  %".4726" = zext i8 %"w0_1.20" to i64
  %".4727" = lshr i64 %".4726", 5
  %".4728" = and i64 %".4727", 7
  %".4729" = icmp ne i64 %".4728", 1
  %".4730" = zext i8 %"w0_1.20" to i64
  %".4731" = lshr i64 %".4730", 4
  %".4732" = and i64 %".4731", 1
  %".4733" = icmp ne i64 %".4732", 1
  %".4734" = or i1 %".4729", %".4733"
  %".4735" = zext i8 %"w1_1.12" to i64
  %".4736" = icmp ne i64 %".4735", 255
  %".4737" = or i1 %".4734", %".4736"
  br i1 %".4737", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif"
shim_d1:
  %"cursor.163" = phi  i64 [%"cursor.164", %"udp_d1.to_shim"]
  %"data.146" = phi  ptr [%"data.141", %"udp_d1.to_shim"]
  %"data_end.146" = phi  ptr [%"data_end.141", %"udp_d1.to_shim"]
  %"keys.146" = phi  ptr [%"keys.141", %"udp_d1.to_shim"]
  %"hdr.51" = getelementptr i8, ptr %"data.146", i64 %"cursor.163"
  %".4793" = getelementptr i8, ptr %"hdr.51", i64 8
  %".4794" = icmp ugt ptr %".4793", %"data_end.146"
  br i1 %".4794", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4796" = getelementptr i8, ptr %"hdr.51", i64 2
  %".4797" = load i16, ptr %".4796", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.20" = phi  i16 [%".4797", %"shim_d1.linear"], [%".4816", %"shim_d1.copy_failed.endif"]
  %"data.201" = phi  ptr [%"data.146", %"shim_d1.linear"], [%"data.200", %"shim_d1.copy_failed.endif"]
  %"data_end.201" = phi  ptr [%"data_end.146", %"shim_d1.linear"], [%"data_end.200", %"shim_d1.copy_failed.endif"]
  %"keys.201" = phi  ptr [%"keys.146", %"shim_d1.linear"], [%"keys.200", %"shim_d1.copy_failed.endif"]
  %".4818" = add i64 %"cursor.163", 8
  %".4819" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4819", align 1
  %".4821" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.44" = load volatile i32, ptr %".4821", align 4
  %".4822" = and i32 %"flags.44", 4
  %".4823" = icmp ne i32 %".4822", 0
  br i1 %".4823", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3057" = trunc i64 %"cursor.57" to i32
  %".3058" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3057", [40 x i8]* %"header_copy", i32 4)
  %".3059" = icmp eq i64 %".3058", 0
  %".3060" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3061" = load i32, ptr %".3060", align 4
  %".3062" = zext i32 %".3061" to i64
  %"data.147" = inttoptr i64 %".3062" to ptr
  %".3063" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3064" = load i32, ptr %".3063", align 4
  %".3065" = zext i32 %".3064" to i64
  %"data_end.147" = inttoptr i64 %".3065" to ptr
  %".3066" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.147" = load ptr, ptr %".3066", align 8
  %".3067" = xor i1 %".3059", -1
  br i1 %".3067", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3069" = trunc i64 %"cursor.57" to i16
  %".3070" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3069", ptr %".3070", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3073" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3074" = load volatile i8, [40 x i8]* %".3073", align 1
  %".3075" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3076" = load volatile i8, [40 x i8]* %".3075", align 1
  %".3077" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3078" = load volatile i16, [40 x i8]* %".3077", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3089" = trunc i64 %"cursor.57" to i16
  %".3090" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3089", ptr %".3090", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".3093" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3094" = zext i16 %".3093" to i64
  %".3095" = trunc i64 %".3094" to i16
  %".3096" = call i16 @"llvm.bswap.i16"(i16 %".3095")
  %".3097" = getelementptr i8, ptr %"keys.148", i64 10
  store i16 %".3096", ptr %".3097", align 2
  %".3099" = zext i8 %"w1_1.7" to i64
  %".3100" = and i64 %".3099", 7
  switch i64 %".3100", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".3102" = trunc i64 %"cursor.57" to i16
  %".3103" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3102", ptr %".3103", align 2
  br label %"return"
gre_version_d1.to_gre:
  %".3106" = getelementptr i8, ptr %"keys.148", i64 2
  %".3107" = trunc i64 %"cursor.57" to i16
  store volatile i16 %".3107", ptr %".3106", align 2
  %".3109" = load volatile i16, ptr %".3106", align 2
  %".3110" = zext i16 %".3109" to i64
  %"cursor.166" = and i64 %".3110", 16383
  br label %"gre_d1"
gre_version_d1.to_pptp:
  %".3112" = getelementptr i8, ptr %"keys.148", i64 2
  %".3113" = trunc i64 %"cursor.57" to i16
  store volatile i16 %".3113", ptr %".3112", align 2
  %".3115" = load volatile i16, ptr %".3112", align 2
  %".3116" = zext i16 %".3115" to i64
  %"cursor.168" = and i64 %".3116", 16383
  br label %"pptp_d1"
gre_d1:
  %"cursor.165" = phi  i64 [%"cursor.166", %"gre_version_d1.to_gre"]
  %"data.149" = phi  ptr [%"data.148", %"gre_version_d1.to_gre"]
  %"data_end.149" = phi  ptr [%"data_end.148", %"gre_version_d1.to_gre"]
  %"keys.149" = phi  ptr [%"keys.148", %"gre_version_d1.to_gre"]
  %"hdr.52" = getelementptr i8, ptr %"data.149", i64 %"cursor.165"
  %".4842" = getelementptr i8, ptr %"hdr.52", i64 4
  %".4843" = icmp ugt ptr %".4842", %"data_end.149"
  br i1 %".4843", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".4845" = getelementptr i8, ptr %"hdr.52", i64 0
  %".4846" = load i8, ptr %".4845", align 1
  %".4847" = getelementptr i8, ptr %"hdr.52", i64 1
  %".4848" = load i8, ptr %".4847", align 1
  %".4849" = getelementptr i8, ptr %"hdr.52", i64 2
  %".4850" = load i16, ptr %".4849", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.21" = phi  i8 [%".4846", %"gre_d1.linear"], [%".4869", %"gre_d1.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4848", %"gre_d1.linear"], [%".4871", %"gre_d1.copy_failed.endif"]
  %"w2_2.21" = phi  i16 [%".4850", %"gre_d1.linear"], [%".4873", %"gre_d1.copy_failed.endif"]
  %"data.203" = phi  ptr [%"data.149", %"gre_d1.linear"], [%"data.202", %"gre_d1.copy_failed.endif"]
  %"data_end.203" = phi  ptr [%"data_end.149", %"gre_d1.linear"], [%"data_end.202", %"gre_d1.copy_failed.endif"]
  %"keys.203" = phi  ptr [%"keys.149", %"gre_d1.linear"], [%"keys.202", %"gre_d1.copy_failed.endif"]
  %".4875" = zext i8 %"w1_1.13" to i64
  %".4876" = and i64 %".4875", 7
  %".4877" = icmp ne i64 %".4876", 0
  %".4878" = zext i8 %"w0_1.21" to i64
  %".4879" = lshr i64 %".4878", 6
  %".4880" = and i64 %".4879", 1
  %".4881" = icmp ne i64 %".4880", 0
  %".4882" = or i1 %".4877", %".4881"
  br i1 %".4882", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.167" = phi  i64 [%"cursor.168", %"gre_version_d1.to_pptp"]
  %"data.150" = phi  ptr [%"data.148", %"gre_version_d1.to_pptp"]
  %"data_end.150" = phi  ptr [%"data_end.148", %"gre_version_d1.to_pptp"]
  %"keys.150" = phi  ptr [%"keys.148", %"gre_version_d1.to_pptp"]
  %"hdr.53" = getelementptr i8, ptr %"data.150", i64 %"cursor.167"
  %".5006" = getelementptr i8, ptr %"hdr.53", i64 4
  %".5007" = icmp ugt ptr %".5006", %"data_end.150"
  br i1 %".5007", label %"pptp_d1.copy", label %"pptp_d1.linear", !prof !0
pptp_d1.linear:
  %".5009" = getelementptr i8, ptr %"hdr.53", i64 0
  %".5010" = load i8, ptr %".5009", align 1
  %".5011" = getelementptr i8, ptr %"hdr.53", i64 1
  %".5012" = load i8, ptr %".5011", align 1
  %".5013" = getelementptr i8, ptr %"hdr.53", i64 2
  %".5014" = load i16, ptr %".5013", align 2
  br label %"pptp_d1.header"
pptp_d1.header:
  %"w0_1.22" = phi  i8 [%".5010", %"pptp_d1.linear"], [%".5033", %"pptp_d1.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5012", %"pptp_d1.linear"], [%".5035", %"pptp_d1.copy_failed.endif"]
  %"w2_2.22" = phi  i16 [%".5014", %"pptp_d1.linear"], [%".5037", %"pptp_d1.copy_failed.endif"]
  %"data.207" = phi  ptr [%"data.150", %"pptp_d1.linear"], [%"data.206", %"pptp_d1.copy_failed.endif"]
  %"data_end.207" = phi  ptr [%"data_end.150", %"pptp_d1.linear"], [%"data_end.206", %"pptp_d1.copy_failed.endif"]
  %"keys.207" = phi  ptr [%"keys.150", %"pptp_d1.linear"], [%"keys.206", %"pptp_d1.copy_failed.endif"]
  %".5039" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".5040" = zext i16 %".5039" to i64
  %".5041" = icmp ne i64 %".5040", 34827
  %".5042" = zext i8 %"w0_1.22" to i64
  %".5043" = lshr i64 %".5042", 5
  %".5044" = and i64 %".5043", 1
  %".5045" = icmp eq i64 %".5044", 0
  %".5046" = or i1 %".5041", %".5045"
  br i1 %".5046", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
mpls_d1_mpls_labels1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3125" = trunc i64 %"cursor.63" to i32
  %".3126" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3125", [40 x i8]* %"header_copy", i32 4)
  %".3127" = icmp eq i64 %".3126", 0
  %".3128" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3129" = load i32, ptr %".3128", align 4
  %".3130" = zext i32 %".3129" to i64
  %"data.151" = inttoptr i64 %".3130" to ptr
  %".3131" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3132" = load i32, ptr %".3131", align 4
  %".3133" = zext i32 %".3132" to i64
  %"data_end.151" = inttoptr i64 %".3133" to ptr
  %".3134" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.151" = load ptr, ptr %".3134", align 8
  %".3135" = xor i1 %".3127", -1
  br i1 %".3135", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".3137" = trunc i64 %".3118" to i16
  %".3138" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3137", ptr %".3138", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".3141" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3142" = load volatile i8, [40 x i8]* %".3141", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".3148" = trunc i64 %".3144" to i16
  %".3149" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3148", ptr %".3149", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_mpls:
  %".3152" = getelementptr i8, ptr %"keys.152", i64 2
  %".3153" = trunc i64 %".3144" to i16
  store volatile i16 %".3153", ptr %".3152", align 2
  %".3155" = load volatile i16, ptr %".3152", align 2
  %".3156" = zext i16 %".3155" to i64
  %"cursor.170" = and i64 %".3156", 16383
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels1.to_ip_version:
  %".3158" = getelementptr i8, ptr %"keys.152", i64 8
  store i8 1, ptr %".3158", align 1
  %".3160" = getelementptr i8, ptr %"keys.152", i64 48
  %"flags.25" = load volatile i32, ptr %".3160", align 4
  %".3161" = and i32 %"flags.25", 4
  %".3162" = icmp ne i32 %".3161", 0
  br i1 %".3162", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels2:
  %"cursor.169" = phi  i64 [%"cursor.170", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.153" = phi  ptr [%"data.152", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.153" = phi  ptr [%"data_end.152", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.153" = phi  ptr [%"keys.152", %"mpls_d1_mpls_labels1.to_mpls"]
  %".5104" = add i64 %"cursor.169", 4
  %"hdr.54" = getelementptr i8, ptr %"data.153", i64 %"cursor.169"
  %".5105" = getelementptr i8, ptr %"hdr.54", i64 4
  %".5106" = icmp ugt ptr %".5105", %"data_end.153"
  br i1 %".5106", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".5108" = getelementptr i8, ptr %"hdr.54", i64 2
  %".5109" = load i8, ptr %".5108", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".5109", %"mpls_d1_mpls_labels2.linear"], [%".5128", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.212" = phi  ptr [%"data.153", %"mpls_d1_mpls_labels2.linear"], [%"data.211", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.212" = phi  ptr [%"data_end.153", %"mpls_d1_mpls_labels2.linear"], [%"data_end.211", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.212" = phi  ptr [%"keys.153", %"mpls_d1_mpls_labels2.linear"], [%"keys.211", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".5130" = add i64 %"cursor.169", 4
  %".5131" = zext i8 %"w2_1.4" to i64
  %".5132" = and i64 %".5131", 1
  switch i64 %".5132", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels1.stop_at_encap:
  %".3164" = trunc i64 %".3144" to i16
  %".3165" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3164", ptr %".3165", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".3168" = getelementptr i8, ptr %"keys.152", i64 12
  store i32 0, ptr %".3168", align 4
  %".3170" = trunc i64 %".3144" to i16
  %".3171" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3170", ptr %".3171", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3182" = trunc i64 %"cursor.65" to i32
  %".3183" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3182", [40 x i8]* %"header_copy", i32 2)
  %".3184" = icmp eq i64 %".3183", 0
  %".3185" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3186" = load i32, ptr %".3185", align 4
  %".3187" = zext i32 %".3186" to i64
  %"data.154" = inttoptr i64 %".3187" to ptr
  %".3188" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3189" = load i32, ptr %".3188", align 4
  %".3190" = zext i32 %".3189" to i64
  %"data_end.154" = inttoptr i64 %".3190" to ptr
  %".3191" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.154" = load ptr, ptr %".3191", align 8
  %".3192" = xor i1 %".3184", -1
  br i1 %".3192", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3194" = trunc i64 %"cursor.65" to i16
  %".3195" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3194", ptr %".3195", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3198" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3199" = load volatile i8, [40 x i8]* %".3198", align 1
  %".3200" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3201" = load volatile i8, [40 x i8]* %".3200", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.copy_last_byte:
  %".3217" = add i64 %"cursor.65", %".3211"
  %".3218" = sub i64 %".3217", 1
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3219" = trunc i64 %".3218" to i32
  %".3220" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3219", i64* %"last_byte", i32 1)
  %".3221" = icmp eq i64 %".3220", 0
  %".3222" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3223" = load i32, ptr %".3222", align 4
  %".3224" = zext i32 %".3223" to i64
  %"data.156" = inttoptr i64 %".3224" to ptr
  %".3225" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3226" = load i32, ptr %".3225", align 4
  %".3227" = zext i32 %".3226" to i64
  %"data_end.156" = inttoptr i64 %".3227" to ptr
  %".3228" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.156" = load ptr, ptr %".3228", align 8
  %".3229" = xor i1 %".3221", -1
  br i1 %".3229", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed:
  %".3231" = trunc i64 %".3212" to i16
  %".3232" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3231", ptr %".3232", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext1.variable_part"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3238" = trunc i64 %"end.11" to i16
  %".3239" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3238", ptr %".3239", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  %".3242" = getelementptr i8, ptr %"keys.157", i64 2
  %".3243" = trunc i64 %"end.11" to i16
  store volatile i16 %".3243", ptr %".3242", align 2
  %".3245" = load volatile i16, ptr %".3242", align 2
  %".3246" = zext i16 %".3245" to i64
  %"cursor.172" = and i64 %".3246", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3248" = getelementptr i8, ptr %"keys.157", i64 2
  %".3249" = trunc i64 %"end.11" to i16
  store volatile i16 %".3249", ptr %".3248", align 2
  %".3251" = load volatile i16, ptr %".3248", align 2
  %".3252" = zext i16 %".3251" to i64
  %"cursor.173" = and i64 %".3252", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3254" = getelementptr i8, ptr %"keys.157", i64 2
  %".3255" = trunc i64 %"end.11" to i16
  store volatile i16 %".3255", ptr %".3254", align 2
  %".3257" = load volatile i16, ptr %".3254", align 2
  %".3258" = zext i16 %".3257" to i64
  %"cursor.174" = and i64 %".3258", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  %".3260" = getelementptr i8, ptr %"keys.157", i64 2
  %".3261" = trunc i64 %"end.11" to i16
  store volatile i16 %".3261", ptr %".3260", align 2
  %".3263" = load volatile i16, ptr %".3260", align 2
  %".3264" = zext i16 %".3263" to i64
  %"cursor.176" = and i64 %".3264", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  %".3266" = getelementptr i8, ptr %"keys.157", i64 2
  %".3267" = trunc i64 %"end.11" to i16
  store volatile i16 %".3267", ptr %".3266", align 2
  %".3269" = load volatile i16, ptr %".3266", align 2
  %".3270" = zext i16 %".3269" to i64
  %"cursor.177" = and i64 %".3270", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  %".3272" = getelementptr i8, ptr %"keys.157", i64 2
  %".3273" = trunc i64 %"end.11" to i16
  store volatile i16 %".3273", ptr %".3272", align 2
  %".3275" = load volatile i16, ptr %".3272", align 2
  %".3276" = zext i16 %".3275" to i64
  %"cursor.178" = and i64 %".3276", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  %".3278" = getelementptr i8, ptr %"keys.157", i64 2
  %".3279" = trunc i64 %"end.11" to i16
  store volatile i16 %".3279", ptr %".3278", align 2
  %".3281" = load volatile i16, ptr %".3278", align 2
  %".3282" = zext i16 %".3281" to i64
  %"cursor.179" = and i64 %".3282", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre_version:
  %".3284" = getelementptr i8, ptr %"keys.157", i64 2
  %".3285" = trunc i64 %"end.11" to i16
  store volatile i16 %".3285", ptr %".3284", align 2
  %".3287" = load volatile i16, ptr %".3284", align 2
  %".3288" = zext i16 %".3287" to i64
  %"cursor.180" = and i64 %".3288", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  %".3290" = getelementptr i8, ptr %"keys.157", i64 2
  %".3291" = trunc i64 %"end.11" to i16
  store volatile i16 %".3291", ptr %".3290", align 2
  %".3293" = load volatile i16, ptr %".3290", align 2
  %".3294" = zext i16 %".3293" to i64
  %"cursor.181" = and i64 %".3294", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  %".3296" = getelementptr i8, ptr %"keys.157", i64 2
  %".3297" = trunc i64 %"end.11" to i16
  store volatile i16 %".3297", ptr %".3296", align 2
  %".3299" = load volatile i16, ptr %".3296", align 2
  %".3300" = zext i16 %".3299" to i64
  %"cursor.182" = and i64 %".3300", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  %".3302" = getelementptr i8, ptr %"keys.157", i64 2
  %".3303" = trunc i64 %"end.11" to i16
  store volatile i16 %".3303", ptr %".3302", align 2
  %".3305" = load volatile i16, ptr %".3302", align 2
  %".3306" = zext i16 %".3305" to i64
  %"cursor.183" = and i64 %".3306", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  %".3308" = getelementptr i8, ptr %"keys.157", i64 2
  %".3309" = trunc i64 %"end.11" to i16
  store volatile i16 %".3309", ptr %".3308", align 2
  %".3311" = load volatile i16, ptr %".3308", align 2
  %".3312" = zext i16 %".3311" to i64
  %"cursor.184" = and i64 %".3312", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  %".3314" = getelementptr i8, ptr %"keys.157", i64 2
  %".3315" = trunc i64 %"end.11" to i16
  store volatile i16 %".3315", ptr %".3314", align 2
  %".3317" = load volatile i16, ptr %".3314", align 2
  %".3318" = zext i16 %".3317" to i64
  %"cursor.185" = and i64 %".3318", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".3320" = trunc i64 34887 to i16
  %".3321" = call i16 @"llvm.bswap.i16"(i16 %".3320")
  %".3322" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3321", ptr %".3322", align 2
  %".3324" = getelementptr i8, ptr %"keys.157", i64 2
  %".3325" = trunc i64 %"end.11" to i16
  store volatile i16 %".3325", ptr %".3324", align 2
  %".3327" = load volatile i16, ptr %".3324", align 2
  %".3328" = zext i16 %".3327" to i64
  %"cursor.186" = and i64 %".3328", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3330" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".3330", align 1
  %".3332" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.26" = load volatile i32, ptr %".3332", align 4
  %".3333" = and i32 %"flags.26", 4
  %".3334" = icmp ne i32 %".3333", 0
  br i1 %".3334", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3346" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".3346", align 1
  %".3348" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.27" = load volatile i32, ptr %".3348", align 4
  %".3349" = and i32 %"flags.27", 4
  %".3350" = icmp ne i32 %".3349", 0
  br i1 %".3350", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.171" = phi  i64 [%"cursor.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.173", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.174", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.187", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.188", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.189", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data.158" = phi  ptr [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.158" = phi  ptr [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.158" = phi  ptr [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.55" = getelementptr i8, ptr %"data.158", i64 %"cursor.171"
  %".5160" = getelementptr i8, ptr %"hdr.55", i64 2
  %".5161" = icmp ugt ptr %".5160", %"data_end.158"
  br i1 %".5161", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".5163" = getelementptr i8, ptr %"hdr.55", i64 0
  %".5164" = load i8, ptr %".5163", align 1
  %".5165" = getelementptr i8, ptr %"hdr.55", i64 1
  %".5166" = load i8, ptr %".5165", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.23" = phi  i8 [%".5164", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5185", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5166", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5187", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.215" = phi  ptr [%"data.158", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.214", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.215" = phi  ptr [%"data_end.158", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.214", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.215" = phi  ptr [%"keys.158", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.214", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".5189" = zext i8 %"w0_1.23" to i64
  %".5190" = trunc i64 %".5189" to i8
  %".5191" = getelementptr i8, ptr %"keys.215", i64 9
  store i8 %".5190", ptr %".5191", align 1
  %".5193" = add i64 %"cursor.171", 2
  %".5194" = zext i8 %"w1_1.15" to i64
  %".5195" = mul i64 %".5194", 8
  %".5196" = add i64 %".5195", 6
  %".5197" = add i64 %".5196", 2
  %".5198" = add i64 %"cursor.171", %".5197"
  %".5199" = getelementptr i8, ptr %"data.215", i64 %"cursor.171"
  %".5200" = getelementptr i8, ptr %".5199", i64 %".5197"
  %".5201" = icmp ugt ptr %".5200", %"data_end.215"
  br i1 %".5201", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext2.variable_part:
  %"data.217" = phi  ptr [%"data.215", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data.216", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.217" = phi  ptr [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data_end.216", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.217" = phi  ptr [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.header"], [%"keys.216", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.17" = add i64 %"cursor.171", %".5197"
  %".5222" = zext i8 %"w0_1.23" to i64
  switch i64 %".5222", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.175" = phi  i64 [%"cursor.176", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"cursor.190", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data.159" = phi  ptr [%"data.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data_end.159" = phi  ptr [%"data_end.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"keys.159" = phi  ptr [%"keys.157", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.161", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"hdr.56" = getelementptr i8, ptr %"data.159", i64 %"cursor.175"
  %".5348" = getelementptr i8, ptr %"hdr.56", i64 8
  %".5349" = icmp ugt ptr %".5348", %"data_end.159"
  br i1 %".5349", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".5351" = getelementptr i8, ptr %"hdr.56", i64 0
  %".5352" = load i8, ptr %".5351", align 1
  %".5353" = getelementptr i8, ptr %"hdr.56", i64 2
  %".5354" = load i16, ptr %".5353", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.24" = phi  i8 [%".5352", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5373", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.23" = phi  i16 [%".5354", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5375", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.221" = phi  ptr [%"data.159", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.221" = phi  ptr [%"data_end.159", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.221" = phi  ptr [%"keys.159", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".5377" = zext i8 %"w0_1.24" to i64
  %".5378" = trunc i64 %".5377" to i8
  %".5379" = getelementptr i8, ptr %"keys.221", i64 9
  store i8 %".5378", ptr %".5379", align 1
  %".5381" = add i64 %"cursor.175", 8
  %".5382" = icmp ne i64 1, 0
  %".5383" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.23")
  %".5384" = zext i16 %".5383" to i64
  %".5385" = and i64 %".5384", 65528
  %".5386" = icmp eq i64 %".5385", 0
  br i1 %".5382", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3336" = trunc i64 %"end.11" to i16
  %".3337" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3336", ptr %".3337", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3340" = getelementptr i8, ptr %"keys.157", i64 12
  store i32 0, ptr %".3340", align 4
  %".3342" = trunc i64 %"end.11" to i16
  %".3343" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3342", ptr %".3343", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3352" = trunc i64 %"end.11" to i16
  %".3353" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3352", ptr %".3353", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3356" = getelementptr i8, ptr %"keys.157", i64 12
  store i32 0, ptr %".3356", align 4
  %".3358" = trunc i64 %"end.11" to i16
  %".3359" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3358", ptr %".3359", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3370" = trunc i64 %"cursor.69" to i32
  %".3371" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3370", [40 x i8]* %"header_copy", i32 8)
  %".3372" = icmp eq i64 %".3371", 0
  %".3373" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3374" = load i32, ptr %".3373", align 4
  %".3375" = zext i32 %".3374" to i64
  %"data.160" = inttoptr i64 %".3375" to ptr
  %".3376" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3377" = load i32, ptr %".3376", align 4
  %".3378" = zext i32 %".3377" to i64
  %"data_end.160" = inttoptr i64 %".3378" to ptr
  %".3379" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.160" = load ptr, ptr %".3379", align 8
  %".3380" = xor i1 %".3372", -1
  br i1 %".3380", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3382" = trunc i64 %"cursor.69" to i16
  %".3383" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3382", ptr %".3383", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3386" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3387" = load volatile i8, [40 x i8]* %".3386", align 1
  %".3388" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3389" = load volatile i16, [40 x i8]* %".3388", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3402" = getelementptr i8, ptr %"keys.161", i64 6
  store i8 1, ptr %".3402", align 1
  br i1 %".3400", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3422" = zext i8 %"w0_1.14" to i64
  switch i64 %".3422", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3405" = getelementptr i8, ptr %"keys.161", i64 7
  store i8 1, ptr %".3405", align 1
  %".3407" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.28" = load volatile i32, ptr %".3407", align 4
  %".3408" = and i32 %"flags.28", 1
  %".3409" = icmp ne i32 %".3408", 0
  %".3410" = xor i1 %".3409", -1
  br i1 %".3410", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3417" = trunc i64 %".3395" to i16
  %".3418" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3417", ptr %".3418", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3412" = trunc i64 %".3395" to i16
  %".3413" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3412", ptr %".3413", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3424" = trunc i64 %".3395" to i16
  %".3425" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3424", ptr %".3425", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  %".3428" = getelementptr i8, ptr %"keys.161", i64 2
  %".3429" = trunc i64 %".3395" to i16
  store volatile i16 %".3429", ptr %".3428", align 2
  %".3431" = load volatile i16, ptr %".3428", align 2
  %".3432" = zext i16 %".3431" to i64
  %"cursor.187" = and i64 %".3432", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3434" = getelementptr i8, ptr %"keys.161", i64 2
  %".3435" = trunc i64 %".3395" to i16
  store volatile i16 %".3435", ptr %".3434", align 2
  %".3437" = load volatile i16, ptr %".3434", align 2
  %".3438" = zext i16 %".3437" to i64
  %"cursor.188" = and i64 %".3438", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3440" = getelementptr i8, ptr %"keys.161", i64 2
  %".3441" = trunc i64 %".3395" to i16
  store volatile i16 %".3441", ptr %".3440", align 2
  %".3443" = load volatile i16, ptr %".3440", align 2
  %".3444" = zext i16 %".3443" to i64
  %"cursor.189" = and i64 %".3444", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  %".3446" = getelementptr i8, ptr %"keys.161", i64 2
  %".3447" = trunc i64 %".3395" to i16
  store volatile i16 %".3447", ptr %".3446", align 2
  %".3449" = load volatile i16, ptr %".3446", align 2
  %".3450" = zext i16 %".3449" to i64
  %"cursor.190" = and i64 %".3450", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  %".3452" = getelementptr i8, ptr %"keys.161", i64 2
  %".3453" = trunc i64 %".3395" to i16
  store volatile i16 %".3453", ptr %".3452", align 2
  %".3455" = load volatile i16, ptr %".3452", align 2
  %".3456" = zext i16 %".3455" to i64
  %"cursor.191" = and i64 %".3456", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  %".3458" = getelementptr i8, ptr %"keys.161", i64 2
  %".3459" = trunc i64 %".3395" to i16
  store volatile i16 %".3459", ptr %".3458", align 2
  %".3461" = load volatile i16, ptr %".3458", align 2
  %".3462" = zext i16 %".3461" to i64
  %"cursor.192" = and i64 %".3462", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  %".3464" = getelementptr i8, ptr %"keys.161", i64 2
  %".3465" = trunc i64 %".3395" to i16
  store volatile i16 %".3465", ptr %".3464", align 2
  %".3467" = load volatile i16, ptr %".3464", align 2
  %".3468" = zext i16 %".3467" to i64
  %"cursor.193" = and i64 %".3468", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre_version:
  %".3470" = getelementptr i8, ptr %"keys.161", i64 2
  %".3471" = trunc i64 %".3395" to i16
  store volatile i16 %".3471", ptr %".3470", align 2
  %".3473" = load volatile i16, ptr %".3470", align 2
  %".3474" = zext i16 %".3473" to i64
  %"cursor.194" = and i64 %".3474", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  %".3476" = getelementptr i8, ptr %"keys.161", i64 2
  %".3477" = trunc i64 %".3395" to i16
  store volatile i16 %".3477", ptr %".3476", align 2
  %".3479" = load volatile i16, ptr %".3476", align 2
  %".3480" = zext i16 %".3479" to i64
  %"cursor.195" = and i64 %".3480", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  %".3482" = getelementptr i8, ptr %"keys.161", i64 2
  %".3483" = trunc i64 %".3395" to i16
  store volatile i16 %".3483", ptr %".3482", align 2
  %".3485" = load volatile i16, ptr %".3482", align 2
  %".3486" = zext i16 %".3485" to i64
  %"cursor.196" = and i64 %".3486", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  %".3488" = getelementptr i8, ptr %"keys.161", i64 2
  %".3489" = trunc i64 %".3395" to i16
  store volatile i16 %".3489", ptr %".3488", align 2
  %".3491" = load volatile i16, ptr %".3488", align 2
  %".3492" = zext i16 %".3491" to i64
  %"cursor.197" = and i64 %".3492", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  %".3494" = getelementptr i8, ptr %"keys.161", i64 2
  %".3495" = trunc i64 %".3395" to i16
  store volatile i16 %".3495", ptr %".3494", align 2
  %".3497" = load volatile i16, ptr %".3494", align 2
  %".3498" = zext i16 %".3497" to i64
  %"cursor.198" = and i64 %".3498", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  %".3500" = getelementptr i8, ptr %"keys.161", i64 2
  %".3501" = trunc i64 %".3395" to i16
  store volatile i16 %".3501", ptr %".3500", align 2
  %".3503" = load volatile i16, ptr %".3500", align 2
  %".3504" = zext i16 %".3503" to i64
  %"cursor.199" = and i64 %".3504", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".3506" = trunc i64 34887 to i16
  %".3507" = call i16 @"llvm.bswap.i16"(i16 %".3506")
  %".3508" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".3507", ptr %".3508", align 2
  %".3510" = getelementptr i8, ptr %"keys.161", i64 2
  %".3511" = trunc i64 %".3395" to i16
  store volatile i16 %".3511", ptr %".3510", align 2
  %".3513" = load volatile i16, ptr %".3510", align 2
  %".3514" = zext i16 %".3513" to i64
  %"cursor.200" = and i64 %".3514", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3516" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".3516", align 1
  %".3518" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.29" = load volatile i32, ptr %".3518", align 4
  %".3519" = and i32 %"flags.29", 4
  %".3520" = icmp ne i32 %".3519", 0
  br i1 %".3520", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3532" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".3532", align 1
  %".3534" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.30" = load volatile i32, ptr %".3534", align 4
  %".3535" = and i32 %"flags.30", 4
  %".3536" = icmp ne i32 %".3535", 0
  br i1 %".3536", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3522" = trunc i64 %".3395" to i16
  %".3523" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3522", ptr %".3523", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3526" = getelementptr i8, ptr %"keys.161", i64 12
  store i32 0, ptr %".3526", align 4
  %".3528" = trunc i64 %".3395" to i16
  %".3529" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3528", ptr %".3529", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3538" = trunc i64 %".3395" to i16
  %".3539" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3538", ptr %".3539", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3542" = getelementptr i8, ptr %"keys.161", i64 12
  store i32 0, ptr %".3542", align 4
  %".3544" = trunc i64 %".3395" to i16
  %".3545" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3544", ptr %".3545", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3556" = trunc i64 %"cursor.80" to i32
  %".3557" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3556", [40 x i8]* %"header_copy", i32 2)
  %".3558" = icmp eq i64 %".3557", 0
  %".3559" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3560" = load i32, ptr %".3559", align 4
  %".3561" = zext i32 %".3560" to i64
  %"data.162" = inttoptr i64 %".3561" to ptr
  %".3562" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3563" = load i32, ptr %".3562", align 4
  %".3564" = zext i32 %".3563" to i64
  %"data_end.162" = inttoptr i64 %".3564" to ptr
  %".3565" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.162" = load ptr, ptr %".3565", align 8
  %".3566" = xor i1 %".3558", -1
  br i1 %".3566", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3568" = trunc i64 %"cursor.80" to i16
  %".3569" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3568", ptr %".3569", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3572" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3573" = load volatile i8, [40 x i8]* %".3572", align 1
  %".3574" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3575" = load volatile i8, [40 x i8]* %".3574", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.copy_last_byte:
  %".3591" = add i64 %"cursor.80", %".3585"
  %".3592" = sub i64 %".3591", 1
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3593" = trunc i64 %".3592" to i32
  %".3594" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3593", i64* %"last_byte", i32 1)
  %".3595" = icmp eq i64 %".3594", 0
  %".3596" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3597" = load i32, ptr %".3596", align 4
  %".3598" = zext i32 %".3597" to i64
  %"data.164" = inttoptr i64 %".3598" to ptr
  %".3599" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3600" = load i32, ptr %".3599", align 4
  %".3601" = zext i32 %".3600" to i64
  %"data_end.164" = inttoptr i64 %".3601" to ptr
  %".3602" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.164" = load ptr, ptr %".3602", align 8
  %".3603" = xor i1 %".3595", -1
  br i1 %".3603", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed:
  %".3605" = trunc i64 %".3586" to i16
  %".3606" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".3605", ptr %".3606", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext2.variable_part"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3612" = trunc i64 %"end.12" to i16
  %".3613" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3612", ptr %".3613", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  %".3618" = getelementptr i8, ptr %"keys.165", i64 2
  %".3619" = trunc i64 %"end.12" to i16
  store volatile i16 %".3619", ptr %".3618", align 2
  %".3621" = load volatile i16, ptr %".3618", align 2
  %".3622" = zext i16 %".3621" to i64
  %"cursor.202" = and i64 %".3622", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  %".3625" = getelementptr i8, ptr %"keys.165", i64 2
  %".3626" = trunc i64 %"end.12" to i16
  store volatile i16 %".3626", ptr %".3625", align 2
  %".3628" = load volatile i16, ptr %".3625", align 2
  %".3629" = zext i16 %".3628" to i64
  %"cursor.204" = and i64 %".3629", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  %".3631" = getelementptr i8, ptr %"keys.165", i64 2
  %".3632" = trunc i64 %"end.12" to i16
  store volatile i16 %".3632", ptr %".3631", align 2
  %".3634" = load volatile i16, ptr %".3631", align 2
  %".3635" = zext i16 %".3634" to i64
  %"cursor.205" = and i64 %".3635", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  %".3637" = getelementptr i8, ptr %"keys.165", i64 2
  %".3638" = trunc i64 %"end.12" to i16
  store volatile i16 %".3638", ptr %".3637", align 2
  %".3640" = load volatile i16, ptr %".3637", align 2
  %".3641" = zext i16 %".3640" to i64
  %"cursor.206" = and i64 %".3641", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre_version:
  %".3643" = getelementptr i8, ptr %"keys.165", i64 2
  %".3644" = trunc i64 %"end.12" to i16
  store volatile i16 %".3644", ptr %".3643", align 2
  %".3646" = load volatile i16, ptr %".3643", align 2
  %".3647" = zext i16 %".3646" to i64
  %"cursor.207" = and i64 %".3647", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  %".3649" = getelementptr i8, ptr %"keys.165", i64 2
  %".3650" = trunc i64 %"end.12" to i16
  store volatile i16 %".3650", ptr %".3649", align 2
  %".3652" = load volatile i16, ptr %".3649", align 2
  %".3653" = zext i16 %".3652" to i64
  %"cursor.208" = and i64 %".3653", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  %".3655" = getelementptr i8, ptr %"keys.165", i64 2
  %".3656" = trunc i64 %"end.12" to i16
  store volatile i16 %".3656", ptr %".3655", align 2
  %".3658" = load volatile i16, ptr %".3655", align 2
  %".3659" = zext i16 %".3658" to i64
  %"cursor.209" = and i64 %".3659", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  %".3661" = getelementptr i8, ptr %"keys.165", i64 2
  %".3662" = trunc i64 %"end.12" to i16
  store volatile i16 %".3662", ptr %".3661", align 2
  %".3664" = load volatile i16, ptr %".3661", align 2
  %".3665" = zext i16 %".3664" to i64
  %"cursor.210" = and i64 %".3665", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  %".3667" = getelementptr i8, ptr %"keys.165", i64 2
  %".3668" = trunc i64 %"end.12" to i16
  store volatile i16 %".3668", ptr %".3667", align 2
  %".3670" = load volatile i16, ptr %".3667", align 2
  %".3671" = zext i16 %".3670" to i64
  %"cursor.211" = and i64 %".3671", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  %".3673" = getelementptr i8, ptr %"keys.165", i64 2
  %".3674" = trunc i64 %"end.12" to i16
  store volatile i16 %".3674", ptr %".3673", align 2
  %".3676" = load volatile i16, ptr %".3673", align 2
  %".3677" = zext i16 %".3676" to i64
  %"cursor.212" = and i64 %".3677", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".3679" = trunc i64 34887 to i16
  %".3680" = call i16 @"llvm.bswap.i16"(i16 %".3679")
  %".3681" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".3680", ptr %".3681", align 2
  %".3683" = getelementptr i8, ptr %"keys.165", i64 2
  %".3684" = trunc i64 %"end.12" to i16
  store volatile i16 %".3684", ptr %".3683", align 2
  %".3686" = load volatile i16, ptr %".3683", align 2
  %".3687" = zext i16 %".3686" to i64
  %"cursor.213" = and i64 %".3687", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3689" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".3689", align 1
  %".3691" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.31" = load volatile i32, ptr %".3691", align 4
  %".3692" = and i32 %"flags.31", 4
  %".3693" = icmp ne i32 %".3692", 0
  br i1 %".3693", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3707" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".3707", align 1
  %".3709" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.32" = load volatile i32, ptr %".3709", align 4
  %".3710" = and i32 %"flags.32", 4
  %".3711" = icmp ne i32 %".3710", 0
  br i1 %".3711", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.201" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.202", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.216", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"cursor.217", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.218", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data.166" = phi  ptr [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.166" = phi  ptr [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.166" = phi  ptr [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.57" = getelementptr i8, ptr %"data.166", i64 %"cursor.201"
  %".5534" = getelementptr i8, ptr %"hdr.57", i64 2
  %".5535" = icmp ugt ptr %".5534", %"data_end.166"
  br i1 %".5535", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5537" = getelementptr i8, ptr %"hdr.57", i64 0
  %".5538" = load i8, ptr %".5537", align 1
  %".5539" = getelementptr i8, ptr %"hdr.57", i64 1
  %".5540" = load i8, ptr %".5539", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.25" = phi  i8 [%".5538", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5559", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.16" = phi  i8 [%".5540", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5561", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.223" = phi  ptr [%"data.166", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.166", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.166", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5563" = zext i8 %"w0_1.25" to i64
  %".5564" = trunc i64 %".5563" to i8
  %".5565" = getelementptr i8, ptr %"keys.223", i64 9
  store i8 %".5564", ptr %".5565", align 1
  %".5567" = add i64 %"cursor.201", 2
  %".5568" = zext i8 %"w1_1.16" to i64
  %".5569" = mul i64 %".5568", 8
  %".5570" = add i64 %".5569", 6
  %".5571" = add i64 %".5570", 2
  %".5572" = add i64 %"cursor.201", %".5571"
  %".5573" = getelementptr i8, ptr %"data.223", i64 %"cursor.201"
  %".5574" = getelementptr i8, ptr %".5573", i64 %".5571"
  %".5575" = icmp ugt ptr %".5574", %"data_end.223"
  br i1 %".5575", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext3.variable_part:
  %"data.225" = phi  ptr [%"data.223", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data.224", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.225" = phi  ptr [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data_end.224", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.225" = phi  ptr [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.header"], [%"keys.224", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.18" = add i64 %"cursor.201", %".5571"
  %".5596" = zext i8 %"w0_1.25" to i64
  switch i64 %".5596", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.203" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3758", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data.167" = phi  ptr [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data_end.167" = phi  ptr [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"keys.167" = phi  ptr [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"hdr.58" = getelementptr i8, ptr %"data.167", i64 %"cursor.203"
  %".5718" = getelementptr i8, ptr %"hdr.58", i64 8
  %".5719" = icmp ugt ptr %".5718", %"data_end.167"
  br i1 %".5719", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5721" = getelementptr i8, ptr %"hdr.58", i64 0
  %".5722" = load i8, ptr %".5721", align 1
  %".5723" = getelementptr i8, ptr %"hdr.58", i64 2
  %".5724" = load i16, ptr %".5723", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".5722", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5743", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.24" = phi  i16 [%".5724", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5745", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.227" = phi  ptr [%"data.167", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.226", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.227" = phi  ptr [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.226", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.227" = phi  ptr [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.226", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5747" = zext i8 %"w0_1.26" to i64
  %".5748" = trunc i64 %".5747" to i8
  %".5749" = getelementptr i8, ptr %"keys.227", i64 9
  store i8 %".5748", ptr %".5749", align 1
  %".5751" = add i64 %"cursor.203", 8
  %".5752" = icmp ne i64 1, 0
  %".5753" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.24")
  %".5754" = zext i16 %".5753" to i64
  %".5755" = and i64 %".5754", 65528
  %".5756" = icmp eq i64 %".5755", 0
  br i1 %".5752", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3695" = trunc i64 %"end.12" to i16
  %".3696" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3695", ptr %".3696", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3699" = getelementptr i8, ptr %"keys.165", i64 12
  store i32 0, ptr %".3699", align 4
  %".3701" = getelementptr i8, ptr %"keys.165", i64 2
  %".3702" = trunc i64 %"end.12" to i16
  store volatile i16 %".3702", ptr %".3701", align 2
  %".3704" = load volatile i16, ptr %".3701", align 2
  %".3705" = zext i16 %".3704" to i64
  %"cursor.214" = and i64 %".3705", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3713" = trunc i64 %"end.12" to i16
  %".3714" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3713", ptr %".3714", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3717" = getelementptr i8, ptr %"keys.165", i64 12
  store i32 0, ptr %".3717", align 4
  %".3719" = getelementptr i8, ptr %"keys.165", i64 2
  %".3720" = trunc i64 %"end.12" to i16
  store volatile i16 %".3720", ptr %".3719", align 2
  %".3722" = load volatile i16, ptr %".3719", align 2
  %".3723" = zext i16 %".3722" to i64
  %"cursor.215" = and i64 %".3723", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3733" = trunc i64 %"cursor.82" to i32
  %".3734" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3733", [40 x i8]* %"header_copy", i32 8)
  %".3735" = icmp eq i64 %".3734", 0
  %".3736" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3737" = load i32, ptr %".3736", align 4
  %".3738" = zext i32 %".3737" to i64
  %"data.168" = inttoptr i64 %".3738" to ptr
  %".3739" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3740" = load i32, ptr %".3739", align 4
  %".3741" = zext i32 %".3740" to i64
  %"data_end.168" = inttoptr i64 %".3741" to ptr
  %".3742" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.168" = load ptr, ptr %".3742", align 8
  %".3743" = xor i1 %".3735", -1
  br i1 %".3743", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3745" = trunc i64 %"cursor.82" to i16
  %".3746" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3745", ptr %".3746", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3749" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3750" = load volatile i8, [40 x i8]* %".3749", align 1
  %".3751" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3752" = load volatile i16, [40 x i8]* %".3751", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3765" = getelementptr i8, ptr %"keys.169", i64 6
  store i8 1, ptr %".3765", align 1
  br i1 %".3763", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3785" = zext i8 %"w0_1.16" to i64
  switch i64 %".3785", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3768" = getelementptr i8, ptr %"keys.169", i64 7
  store i8 1, ptr %".3768", align 1
  %".3770" = getelementptr i8, ptr %"keys.169", i64 48
  %"flags.33" = load volatile i32, ptr %".3770", align 4
  %".3771" = and i32 %"flags.33", 1
  %".3772" = icmp ne i32 %".3771", 0
  %".3773" = xor i1 %".3772", -1
  br i1 %".3773", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3780" = trunc i64 %".3758" to i16
  %".3781" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3780", ptr %".3781", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3775" = trunc i64 %".3758" to i16
  %".3776" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3775", ptr %".3776", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3787" = trunc i64 %".3758" to i16
  %".3788" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3787", ptr %".3788", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  %".3791" = getelementptr i8, ptr %"keys.169", i64 2
  %".3792" = trunc i64 %".3758" to i16
  store volatile i16 %".3792", ptr %".3791", align 2
  %".3794" = load volatile i16, ptr %".3791", align 2
  %".3795" = zext i16 %".3794" to i64
  %"cursor.216" = and i64 %".3795", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  %".3797" = getelementptr i8, ptr %"keys.169", i64 2
  %".3798" = trunc i64 %".3758" to i16
  store volatile i16 %".3798", ptr %".3797", align 2
  %".3800" = load volatile i16, ptr %".3797", align 2
  %".3801" = zext i16 %".3800" to i64
  %"cursor.217" = and i64 %".3801", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  %".3803" = getelementptr i8, ptr %"keys.169", i64 2
  %".3804" = trunc i64 %".3758" to i16
  store volatile i16 %".3804", ptr %".3803", align 2
  %".3806" = load volatile i16, ptr %".3803", align 2
  %".3807" = zext i16 %".3806" to i64
  %"cursor.218" = and i64 %".3807", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  %".3810" = getelementptr i8, ptr %"keys.169", i64 2
  %".3811" = trunc i64 %".3758" to i16
  store volatile i16 %".3811", ptr %".3810", align 2
  %".3813" = load volatile i16, ptr %".3810", align 2
  %".3814" = zext i16 %".3813" to i64
  %"cursor.219" = and i64 %".3814", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  %".3816" = getelementptr i8, ptr %"keys.169", i64 2
  %".3817" = trunc i64 %".3758" to i16
  store volatile i16 %".3817", ptr %".3816", align 2
  %".3819" = load volatile i16, ptr %".3816", align 2
  %".3820" = zext i16 %".3819" to i64
  %"cursor.220" = and i64 %".3820", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  %".3822" = getelementptr i8, ptr %"keys.169", i64 2
  %".3823" = trunc i64 %".3758" to i16
  store volatile i16 %".3823", ptr %".3822", align 2
  %".3825" = load volatile i16, ptr %".3822", align 2
  %".3826" = zext i16 %".3825" to i64
  %"cursor.221" = and i64 %".3826", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre_version:
  %".3828" = getelementptr i8, ptr %"keys.169", i64 2
  %".3829" = trunc i64 %".3758" to i16
  store volatile i16 %".3829", ptr %".3828", align 2
  %".3831" = load volatile i16, ptr %".3828", align 2
  %".3832" = zext i16 %".3831" to i64
  %"cursor.222" = and i64 %".3832", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  %".3834" = getelementptr i8, ptr %"keys.169", i64 2
  %".3835" = trunc i64 %".3758" to i16
  store volatile i16 %".3835", ptr %".3834", align 2
  %".3837" = load volatile i16, ptr %".3834", align 2
  %".3838" = zext i16 %".3837" to i64
  %"cursor.223" = and i64 %".3838", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  %".3840" = getelementptr i8, ptr %"keys.169", i64 2
  %".3841" = trunc i64 %".3758" to i16
  store volatile i16 %".3841", ptr %".3840", align 2
  %".3843" = load volatile i16, ptr %".3840", align 2
  %".3844" = zext i16 %".3843" to i64
  %"cursor.224" = and i64 %".3844", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  %".3846" = getelementptr i8, ptr %"keys.169", i64 2
  %".3847" = trunc i64 %".3758" to i16
  store volatile i16 %".3847", ptr %".3846", align 2
  %".3849" = load volatile i16, ptr %".3846", align 2
  %".3850" = zext i16 %".3849" to i64
  %"cursor.225" = and i64 %".3850", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  %".3852" = getelementptr i8, ptr %"keys.169", i64 2
  %".3853" = trunc i64 %".3758" to i16
  store volatile i16 %".3853", ptr %".3852", align 2
  %".3855" = load volatile i16, ptr %".3852", align 2
  %".3856" = zext i16 %".3855" to i64
  %"cursor.226" = and i64 %".3856", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  %".3858" = getelementptr i8, ptr %"keys.169", i64 2
  %".3859" = trunc i64 %".3758" to i16
  store volatile i16 %".3859", ptr %".3858", align 2
  %".3861" = load volatile i16, ptr %".3858", align 2
  %".3862" = zext i16 %".3861" to i64
  %"cursor.227" = and i64 %".3862", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".3864" = trunc i64 34887 to i16
  %".3865" = call i16 @"llvm.bswap.i16"(i16 %".3864")
  %".3866" = getelementptr i8, ptr %"keys.169", i64 10
  store i16 %".3865", ptr %".3866", align 2
  %".3868" = getelementptr i8, ptr %"keys.169", i64 2
  %".3869" = trunc i64 %".3758" to i16
  store volatile i16 %".3869", ptr %".3868", align 2
  %".3871" = load volatile i16, ptr %".3868", align 2
  %".3872" = zext i16 %".3871" to i64
  %"cursor.228" = and i64 %".3872", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3874" = getelementptr i8, ptr %"keys.169", i64 8
  store i8 1, ptr %".3874", align 1
  %".3876" = getelementptr i8, ptr %"keys.169", i64 48
  %"flags.34" = load volatile i32, ptr %".3876", align 4
  %".3877" = and i32 %"flags.34", 4
  %".3878" = icmp ne i32 %".3877", 0
  br i1 %".3878", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3892" = getelementptr i8, ptr %"keys.169", i64 8
  store i8 1, ptr %".3892", align 1
  %".3894" = getelementptr i8, ptr %"keys.169", i64 48
  %"flags.35" = load volatile i32, ptr %".3894", align 4
  %".3895" = and i32 %"flags.35", 4
  %".3896" = icmp ne i32 %".3895", 0
  br i1 %".3896", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3880" = trunc i64 %".3758" to i16
  %".3881" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3880", ptr %".3881", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3884" = getelementptr i8, ptr %"keys.169", i64 12
  store i32 0, ptr %".3884", align 4
  %".3886" = getelementptr i8, ptr %"keys.169", i64 2
  %".3887" = trunc i64 %".3758" to i16
  store volatile i16 %".3887", ptr %".3886", align 2
  %".3889" = load volatile i16, ptr %".3886", align 2
  %".3890" = zext i16 %".3889" to i64
  %"cursor.229" = and i64 %".3890", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3898" = trunc i64 %".3758" to i16
  %".3899" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3898", ptr %".3899", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3902" = getelementptr i8, ptr %"keys.169", i64 12
  store i32 0, ptr %".3902", align 4
  %".3904" = getelementptr i8, ptr %"keys.169", i64 2
  %".3905" = trunc i64 %".3758" to i16
  store volatile i16 %".3905", ptr %".3904", align 2
  %".3907" = load volatile i16, ptr %".3904", align 2
  %".3908" = zext i16 %".3907" to i64
  %"cursor.230" = and i64 %".3908", 16383
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3917" = trunc i64 %"cursor.121" to i32
  %".3918" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3917", [40 x i8]* %"header_copy", i32 4)
  %".3919" = icmp eq i64 %".3918", 0
  %".3920" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3921" = load i32, ptr %".3920", align 4
  %".3922" = zext i32 %".3921" to i64
  %"data.170" = inttoptr i64 %".3922" to ptr
  %".3923" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3924" = load i32, ptr %".3923", align 4
  %".3925" = zext i32 %".3924" to i64
  %"data_end.170" = inttoptr i64 %".3925" to ptr
  %".3926" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.170" = load ptr, ptr %".3926", align 8
  %".3927" = xor i1 %".3919", -1
  br i1 %".3927", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3929" = trunc i64 %".3910" to i16
  %".3930" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3929", ptr %".3930", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3933" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3934" = load volatile i8, [40 x i8]* %".3933", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".3940" = trunc i64 %".3936" to i16
  %".3941" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3940", ptr %".3941", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels3.to_ip_version:
  %".3945" = getelementptr i8, ptr %"keys.171", i64 8
  store i8 1, ptr %".3945", align 1
  %".3947" = getelementptr i8, ptr %"keys.171", i64 48
  %"flags.36" = load volatile i32, ptr %".3947", align 4
  %".3948" = and i32 %"flags.36", 4
  %".3949" = icmp ne i32 %".3948", 0
  br i1 %".3949", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels4:
  %"cursor.231" = phi  i64 [%".3936", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.172" = phi  ptr [%"data.171", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.172" = phi  ptr [%"data_end.171", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.172" = phi  ptr [%"keys.171", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5900" = add i64 %"cursor.231", 4
  %"hdr.59" = getelementptr i8, ptr %"data.172", i64 %"cursor.231"
  %".5901" = getelementptr i8, ptr %"hdr.59", i64 4
  %".5902" = icmp ugt ptr %".5901", %"data_end.172"
  br i1 %".5902", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5904" = getelementptr i8, ptr %"hdr.59", i64 2
  %".5905" = load i8, ptr %".5904", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5905", %"mpls_d0_mpls_labels4.linear"], [%".5924", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.229" = phi  ptr [%"data.172", %"mpls_d0_mpls_labels4.linear"], [%"data.228", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.229" = phi  ptr [%"data_end.172", %"mpls_d0_mpls_labels4.linear"], [%"data_end.228", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.229" = phi  ptr [%"keys.172", %"mpls_d0_mpls_labels4.linear"], [%"keys.228", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5926" = add i64 %"cursor.231", 4
  %".5927" = zext i8 %"w2_1.5" to i64
  %".5928" = and i64 %".5927", 1
  switch i64 %".5928", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels3.stop_at_encap:
  %".3951" = trunc i64 %".3936" to i16
  %".3952" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3951", ptr %".3952", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".3955" = getelementptr i8, ptr %"keys.171", i64 12
  store i32 0, ptr %".3955", align 4
  %".3957" = getelementptr i8, ptr %"keys.171", i64 2
  %".3958" = trunc i64 %".3936" to i16
  store volatile i16 %".3958", ptr %".3957", align 2
  %".3960" = load volatile i16, ptr %".3957", align 2
  %".3961" = zext i16 %".3960" to i64
  %"cursor.232" = and i64 %".3961", 16383
  br label %"ip_version_d1"
ethernet_d1.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3969" = trunc i64 %"cursor.125" to i32
  %".3970" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".3969", [40 x i8]* %"header_copy", i32 14)
  %".3971" = icmp eq i64 %".3970", 0
  %".3972" = getelementptr i8, ptr %"ctx.55", i64 76
  %".3973" = load i32, ptr %".3972", align 4
  %".3974" = zext i32 %".3973" to i64
  %"data.173" = inttoptr i64 %".3974" to ptr
  %".3975" = getelementptr i8, ptr %"ctx.55", i64 80
  %".3976" = load i32, ptr %".3975", align 4
  %".3977" = zext i32 %".3976" to i64
  %"data_end.173" = inttoptr i64 %".3977" to ptr
  %".3978" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.173" = load ptr, ptr %".3978", align 8
  %".3979" = xor i1 %".3971", -1
  br i1 %".3979", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3981" = trunc i64 %"cursor.125" to i16
  %".3982" = getelementptr i8, ptr %"keys.173", i64 2
  store i16 %".3981", ptr %".3982", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3985" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3986" = load volatile i16, [40 x i8]* %".3985", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3998" = trunc i64 %".3994" to i16
  %".3999" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3998", ptr %".3999", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  %".4002" = getelementptr i8, ptr %"keys.174", i64 2
  %".4003" = trunc i64 %".3994" to i16
  store volatile i16 %".4003", ptr %".4002", align 2
  %".4005" = load volatile i16, ptr %".4002", align 2
  %".4006" = zext i16 %".4005" to i64
  %"cursor.233" = and i64 %".4006", 16383
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  %".4008" = getelementptr i8, ptr %"keys.174", i64 2
  %".4009" = trunc i64 %".3994" to i16
  store volatile i16 %".4009", ptr %".4008", align 2
  %".4011" = load volatile i16, ptr %".4008", align 2
  %".4012" = zext i16 %".4011" to i64
  %"cursor.234" = and i64 %".4012", 16383
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  %".4014" = getelementptr i8, ptr %"keys.174", i64 2
  %".4015" = trunc i64 %".3994" to i16
  store volatile i16 %".4015", ptr %".4014", align 2
  %".4017" = load volatile i16, ptr %".4014", align 2
  %".4018" = zext i16 %".4017" to i64
  %"cursor.235" = and i64 %".4018", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  %".4020" = getelementptr i8, ptr %"keys.174", i64 2
  %".4021" = trunc i64 %".3994" to i16
  store volatile i16 %".4021", ptr %".4020", align 2
  %".4023" = load volatile i16, ptr %".4020", align 2
  %".4024" = zext i16 %".4023" to i64
  %"cursor.236" = and i64 %".4024", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  %".4026" = getelementptr i8, ptr %"keys.174", i64 2
  %".4027" = trunc i64 %".3994" to i16
  store volatile i16 %".4027", ptr %".4026", align 2
  %".4029" = load volatile i16, ptr %".4026", align 2
  %".4030" = zext i16 %".4029" to i64
  %"cursor.237" = and i64 %".4030", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_mpls.1:
  %".4032" = getelementptr i8, ptr %"keys.174", i64 2
  %".4033" = trunc i64 %".3994" to i16
  store volatile i16 %".4033", ptr %".4032", align 2
  %".4035" = load volatile i16, ptr %".4032", align 2
  %".4036" = zext i16 %".4035" to i64
  %"cursor.238" = and i64 %".4036", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_pppoe:
  %".4038" = getelementptr i8, ptr %"keys.174", i64 2
  %".4039" = trunc i64 %".3994" to i16
  store volatile i16 %".4039", ptr %".4038", align 2
  %".4041" = load volatile i16, ptr %".4038", align 2
  %".4042" = zext i16 %".4041" to i64
  %"cursor.239" = and i64 %".4042", 16383
  br label %"pppoe_d1"
ethernet_d1.to_arp:
  %".4044" = getelementptr i8, ptr %"keys.174", i64 2
  %".4045" = trunc i64 %".3994" to i16
  store volatile i16 %".4045", ptr %".4044", align 2
  %".4047" = load volatile i16, ptr %".4044", align 2
  %".4048" = zext i16 %".4047" to i64
  %"cursor.240" = and i64 %".4048", 16383
  br label %"arp"
ethernet_d1.to_arp.1:
  %".4050" = getelementptr i8, ptr %"keys.174", i64 2
  %".4051" = trunc i64 %".3994" to i16
  store volatile i16 %".4051", ptr %".4050", align 2
  %".4053" = load volatile i16, ptr %".4050", align 2
  %".4054" = zext i16 %".4053" to i64
  %"cursor.241" = and i64 %".4054", 16383
  br label %"arp"
ethernet_d1.to_ptp:
  %".4056" = getelementptr i8, ptr %"keys.174", i64 2
  %".4057" = trunc i64 %".3994" to i16
  store volatile i16 %".4057", ptr %".4056", align 2
  %".4059" = load volatile i16, ptr %".4056", align 2
  %".4060" = zext i16 %".4059" to i64
  %"cursor.242" = and i64 %".4060", 16383
  br label %"ptp"
ethernet_d1.to_cfm:
  %".4062" = getelementptr i8, ptr %"keys.174", i64 2
  %".4063" = trunc i64 %".3994" to i16
  store volatile i16 %".4063", ptr %".4062", align 2
  %".4065" = load volatile i16, ptr %".4062", align 2
  %".4066" = zext i16 %".4065" to i64
  %"cursor.243" = and i64 %".4066", 16383
  br label %"cfm"
ethernet_d1.to_tipc:
  %".4068" = getelementptr i8, ptr %"keys.174", i64 2
  %".4069" = trunc i64 %".3994" to i16
  store volatile i16 %".4069", ptr %".4068", align 2
  %".4071" = load volatile i16, ptr %".4068", align 2
  %".4072" = zext i16 %".4071" to i64
  %"cursor.244" = and i64 %".4072", 16383
  br label %"tipc"
ethernet_d1.to_fcoe:
  %".4074" = getelementptr i8, ptr %"keys.174", i64 2
  %".4075" = trunc i64 %".3994" to i16
  store volatile i16 %".4075", ptr %".4074", align 2
  %".4077" = load volatile i16, ptr %".4074", align 2
  %".4078" = zext i16 %".4077" to i64
  %"cursor.245" = and i64 %".4078", 16383
  br label %"fcoe"
gtpu_opt_d1.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4084" = trunc i64 %"cursor.133" to i32
  %".4085" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4084", [40 x i8]* %"header_copy", i32 4)
  %".4086" = icmp eq i64 %".4085", 0
  %".4087" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4088" = load i32, ptr %".4087", align 4
  %".4089" = zext i32 %".4088" to i64
  %"data.175" = inttoptr i64 %".4089" to ptr
  %".4090" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4091" = load i32, ptr %".4090", align 4
  %".4092" = zext i32 %".4091" to i64
  %"data_end.175" = inttoptr i64 %".4092" to ptr
  %".4093" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.175" = load ptr, ptr %".4093", align 8
  %".4094" = xor i1 %".4086", -1
  br i1 %".4094", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4096" = trunc i64 %"cursor.133" to i16
  %".4097" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".4096", ptr %".4097", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4103" = trunc i64 %".4101" to i16
  %".4104" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4103", ptr %".4104", align 2
  br label %"return"
gtpu_opt_d1.to_ip_version:
  %".4107" = getelementptr i8, ptr %"keys.176", i64 2
  %".4108" = trunc i64 %".4101" to i16
  store volatile i16 %".4108", ptr %".4107", align 2
  %".4110" = load volatile i16, ptr %".4107", align 2
  %".4111" = zext i16 %".4110" to i64
  %"cursor.246" = and i64 %".4111", 16383
  br label %"ip_version_d1"
gtpu_seq_d1.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4117" = trunc i64 %"cursor.135" to i32
  %".4118" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4117", [40 x i8]* %"header_copy", i32 3)
  %".4119" = icmp eq i64 %".4118", 0
  %".4120" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4121" = load i32, ptr %".4120", align 4
  %".4122" = zext i32 %".4121" to i64
  %"data.177" = inttoptr i64 %".4122" to ptr
  %".4123" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4124" = load i32, ptr %".4123", align 4
  %".4125" = zext i32 %".4124" to i64
  %"data_end.177" = inttoptr i64 %".4125" to ptr
  %".4126" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.177" = load ptr, ptr %".4126", align 8
  %".4127" = xor i1 %".4119", -1
  br i1 %".4127", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4129" = trunc i64 %"cursor.135" to i16
  %".4130" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".4129", ptr %".4130", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4136" = trunc i64 %".4134" to i16
  %".4137" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4136", ptr %".4137", align 2
  br label %"return"
gtpu_seq_d1.to_gtpu_next:
  %".4140" = getelementptr i8, ptr %"keys.178", i64 2
  %".4141" = trunc i64 %".4134" to i16
  store volatile i16 %".4141", ptr %".4140", align 2
  %".4143" = load volatile i16, ptr %".4140", align 2
  %".4144" = zext i16 %".4143" to i64
  %"cursor.248" = and i64 %".4144", 16383
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.247" = phi  i64 [%"cursor.248", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.179" = phi  ptr [%"data.178", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.179" = phi  ptr [%"data_end.178", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.179" = phi  ptr [%"keys.178", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.60" = getelementptr i8, ptr %"data.179", i64 %"cursor.247"
  %".5956" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5957" = icmp ugt ptr %".5956", %"data_end.179"
  br i1 %".5957", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5959" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5960" = load i8, ptr %".5959", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.27" = phi  i8 [%".5960", %"gtpu_next_d1.linear"], [%".5979", %"gtpu_next_d1.copy_failed.endif"]
  %"data.231" = phi  ptr [%"data.179", %"gtpu_next_d1.linear"], [%"data.230", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.231" = phi  ptr [%"data_end.179", %"gtpu_next_d1.linear"], [%"data_end.230", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.231" = phi  ptr [%"keys.179", %"gtpu_next_d1.linear"], [%"keys.230", %"gtpu_next_d1.copy_failed.endif"]
  %".5981" = add i64 %"cursor.247", 1
  %".5982" = zext i8 %"w0_1.27" to i64
  %".5983" = icmp uge i64 %".5982", 1
  %".5984" = icmp ule i64 %".5982", 255
  %".5985" = and i1 %".5983", %".5984"
  br i1 %".5985", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
vlan_d1_vlan_tags1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4152" = trunc i64 %"cursor.140" to i32
  %".4153" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4152", [40 x i8]* %"header_copy", i32 4)
  %".4154" = icmp eq i64 %".4153", 0
  %".4155" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4156" = load i32, ptr %".4155", align 4
  %".4157" = zext i32 %".4156" to i64
  %"data.180" = inttoptr i64 %".4157" to ptr
  %".4158" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4159" = load i32, ptr %".4158", align 4
  %".4160" = zext i32 %".4159" to i64
  %"data_end.180" = inttoptr i64 %".4160" to ptr
  %".4161" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.180" = load ptr, ptr %".4161", align 8
  %".4162" = xor i1 %".4154", -1
  br i1 %".4162", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".4164" = trunc i64 %"cursor.140" to i16
  %".4165" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4164", ptr %".4165", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".4168" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4169" = load volatile i16, [40 x i8]* %".4168", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".4184" = trunc i64 %".4177" to i16
  %".4185" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4184", ptr %".4185", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  %".4188" = getelementptr i8, ptr %"keys.181", i64 2
  %".4189" = trunc i64 %".4177" to i16
  store volatile i16 %".4189", ptr %".4188", align 2
  %".4191" = load volatile i16, ptr %".4188", align 2
  %".4192" = zext i16 %".4191" to i64
  %"cursor.249" = and i64 %".4192", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  %".4194" = getelementptr i8, ptr %"keys.181", i64 2
  %".4195" = trunc i64 %".4177" to i16
  store volatile i16 %".4195", ptr %".4194", align 2
  %".4197" = load volatile i16, ptr %".4194", align 2
  %".4198" = zext i16 %".4197" to i64
  %"cursor.250" = and i64 %".4198", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  %".4200" = getelementptr i8, ptr %"keys.181", i64 2
  %".4201" = trunc i64 %".4177" to i16
  store volatile i16 %".4201", ptr %".4200", align 2
  %".4203" = load volatile i16, ptr %".4200", align 2
  %".4204" = zext i16 %".4203" to i64
  %"cursor.252" = and i64 %".4204", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  %".4206" = getelementptr i8, ptr %"keys.181", i64 2
  %".4207" = trunc i64 %".4177" to i16
  store volatile i16 %".4207", ptr %".4206", align 2
  %".4209" = load volatile i16, ptr %".4206", align 2
  %".4210" = zext i16 %".4209" to i64
  %"cursor.253" = and i64 %".4210", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  %".4212" = getelementptr i8, ptr %"keys.181", i64 2
  %".4213" = trunc i64 %".4177" to i16
  store volatile i16 %".4213", ptr %".4212", align 2
  %".4215" = load volatile i16, ptr %".4212", align 2
  %".4216" = zext i16 %".4215" to i64
  %"cursor.254" = and i64 %".4216", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  %".4218" = getelementptr i8, ptr %"keys.181", i64 2
  %".4219" = trunc i64 %".4177" to i16
  store volatile i16 %".4219", ptr %".4218", align 2
  %".4221" = load volatile i16, ptr %".4218", align 2
  %".4222" = zext i16 %".4221" to i64
  %"cursor.255" = and i64 %".4222", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  %".4224" = getelementptr i8, ptr %"keys.181", i64 2
  %".4225" = trunc i64 %".4177" to i16
  store volatile i16 %".4225", ptr %".4224", align 2
  %".4227" = load volatile i16, ptr %".4224", align 2
  %".4228" = zext i16 %".4227" to i64
  %"cursor.256" = and i64 %".4228", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1.to_arp:
  %".4230" = getelementptr i8, ptr %"keys.181", i64 2
  %".4231" = trunc i64 %".4177" to i16
  store volatile i16 %".4231", ptr %".4230", align 2
  %".4233" = load volatile i16, ptr %".4230", align 2
  %".4234" = zext i16 %".4233" to i64
  %"cursor.257" = and i64 %".4234", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_arp.1:
  %".4236" = getelementptr i8, ptr %"keys.181", i64 2
  %".4237" = trunc i64 %".4177" to i16
  store volatile i16 %".4237", ptr %".4236", align 2
  %".4239" = load volatile i16, ptr %".4236", align 2
  %".4240" = zext i16 %".4239" to i64
  %"cursor.258" = and i64 %".4240", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_ptp:
  %".4242" = getelementptr i8, ptr %"keys.181", i64 2
  %".4243" = trunc i64 %".4177" to i16
  store volatile i16 %".4243", ptr %".4242", align 2
  %".4245" = load volatile i16, ptr %".4242", align 2
  %".4246" = zext i16 %".4245" to i64
  %"cursor.259" = and i64 %".4246", 16383
  br label %"ptp"
vlan_d1_vlan_tags1.to_cfm:
  %".4248" = getelementptr i8, ptr %"keys.181", i64 2
  %".4249" = trunc i64 %".4177" to i16
  store volatile i16 %".4249", ptr %".4248", align 2
  %".4251" = load volatile i16, ptr %".4248", align 2
  %".4252" = zext i16 %".4251" to i64
  %"cursor.260" = and i64 %".4252", 16383
  br label %"cfm"
vlan_d1_vlan_tags1.to_tipc:
  %".4254" = getelementptr i8, ptr %"keys.181", i64 2
  %".4255" = trunc i64 %".4177" to i16
  store volatile i16 %".4255", ptr %".4254", align 2
  %".4257" = load volatile i16, ptr %".4254", align 2
  %".4258" = zext i16 %".4257" to i64
  %"cursor.261" = and i64 %".4258", 16383
  br label %"tipc"
vlan_d1_vlan_tags1.to_fcoe:
  %".4260" = getelementptr i8, ptr %"keys.181", i64 2
  %".4261" = trunc i64 %".4177" to i16
  store volatile i16 %".4261", ptr %".4260", align 2
  %".4263" = load volatile i16, ptr %".4260", align 2
  %".4264" = zext i16 %".4263" to i64
  %"cursor.262" = and i64 %".4264", 16383
  br label %"fcoe"
vlan_d1_vlan_tags2:
  %"cursor.251" = phi  i64 [%"cursor.252", %"vlan_d1_vlan_tags1.to_vlan"], [%"cursor.253", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data.182" = phi  ptr [%"data.181", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.181", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data_end.182" = phi  ptr [%"data_end.181", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.181", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"keys.182" = phi  ptr [%"keys.181", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.181", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"hdr.61" = getelementptr i8, ptr %"data.182", i64 %"cursor.251"
  %".6004" = getelementptr i8, ptr %"hdr.61", i64 4
  %".6005" = icmp ugt ptr %".6004", %"data_end.182"
  br i1 %".6005", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".6007" = getelementptr i8, ptr %"hdr.61", i64 2
  %".6008" = load i16, ptr %".6007", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.25" = phi  i16 [%".6008", %"vlan_d1_vlan_tags2.linear"], [%".6027", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.234" = phi  ptr [%"data.182", %"vlan_d1_vlan_tags2.linear"], [%"data.233", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.234" = phi  ptr [%"data_end.182", %"vlan_d1_vlan_tags2.linear"], [%"data_end.233", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.234" = phi  ptr [%"keys.182", %"vlan_d1_vlan_tags2.linear"], [%"keys.233", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".6029" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.25")
  %".6030" = zext i16 %".6029" to i64
  %".6031" = trunc i64 %".6030" to i16
  %".6032" = call i16 @"llvm.bswap.i16"(i16 %".6031")
  %".6033" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".6032", ptr %".6033", align 2
  %".6035" = add i64 %"cursor.251", 4
  %".6036" = trunc i64 %".6035" to i16
  %".6037" = getelementptr i8, ptr %"keys.234", i64 0
  store i16 %".6036", ptr %".6037", align 2
  %".6039" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.25")
  %".6040" = zext i16 %".6039" to i64
  switch i64 %".6040", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe"]
pppoe_d1.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4276" = trunc i64 %"cursor.145" to i32
  %".4277" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4276", [40 x i8]* %"header_copy", i32 8)
  %".4278" = icmp eq i64 %".4277", 0
  %".4279" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4280" = load i32, ptr %".4279", align 4
  %".4281" = zext i32 %".4280" to i64
  %"data.183" = inttoptr i64 %".4281" to ptr
  %".4282" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4283" = load i32, ptr %".4282", align 4
  %".4284" = zext i32 %".4283" to i64
  %"data_end.183" = inttoptr i64 %".4284" to ptr
  %".4285" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.183" = load ptr, ptr %".4285", align 8
  %".4286" = xor i1 %".4278", -1
  br i1 %".4286", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".4288" = trunc i64 %"cursor.145" to i16
  %".4289" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4288", ptr %".4289", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".4292" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4293" = load volatile i8, [40 x i8]* %".4292", align 1
  %".4294" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4295" = load volatile i8, [40 x i8]* %".4294", align 1
  %".4296" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".4297" = load volatile i16, [40 x i8]* %".4296", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".4312" = trunc i64 %"cursor.145" to i16
  %".4313" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4312", ptr %".4313", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".4316" = add i64 %"cursor.145", 8
  %".4317" = trunc i64 %".4316" to i16
  %".4318" = getelementptr i8, ptr %"keys.184", i64 0
  store i16 %".4317", ptr %".4318", align 2
  %".4320" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".4321" = zext i16 %".4320" to i64
  switch i64 %".4321", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]
pppoe_d1.unknown:
  %".4323" = and i64 %".4321", 257
  %".4324" = icmp eq i64 %".4323", 1
  br i1 %".4324", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".4330" = getelementptr i8, ptr %"keys.184", i64 2
  %".4331" = trunc i64 %".4316" to i16
  store volatile i16 %".4331", ptr %".4330", align 2
  %".4333" = load volatile i16, ptr %".4330", align 2
  %".4334" = zext i16 %".4333" to i64
  %"cursor.263" = and i64 %".4334", 16383
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".4336" = getelementptr i8, ptr %"keys.184", i64 2
  %".4337" = trunc i64 %".4316" to i16
  store volatile i16 %".4337", ptr %".4336", align 2
  %".4339" = load volatile i16, ptr %".4336", align 2
  %".4340" = zext i16 %".4339" to i64
  %"cursor.264" = and i64 %".4340", 16383
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".4342" = trunc i64 34887 to i16
  %".4343" = call i16 @"llvm.bswap.i16"(i16 %".4342")
  %".4344" = getelementptr i8, ptr %"keys.184", i64 10
  store i16 %".4343", ptr %".4344", align 2
  %".4346" = getelementptr i8, ptr %"keys.184", i64 2
  %".4347" = trunc i64 %".4316" to i16
  store volatile i16 %".4347", ptr %".4346", align 2
  %".4349" = load volatile i16, ptr %".4346", align 2
  %".4350" = zext i16 %".4349" to i64
  %"cursor.265" = and i64 %".4350", 16383
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".4352" = trunc i64 34888 to i16
  %".4353" = call i16 @"llvm.bswap.i16"(i16 %".4352")
  %".4354" = getelementptr i8, ptr %"keys.184", i64 10
  store i16 %".4353", ptr %".4354", align 2
  %".4356" = getelementptr i8, ptr %"keys.184", i64 2
  %".4357" = trunc i64 %".4316" to i16
  store volatile i16 %".4357", ptr %".4356", align 2
  %".4359" = load volatile i16, ptr %".4356", align 2
  %".4360" = zext i16 %".4359" to i64
  %"cursor.266" = and i64 %".4360", 16383
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".4326" = trunc i64 %".4316" to i16
  %".4327" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4326", ptr %".4327", align 2
  br label %"return"
ppp_d0.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4369" = trunc i64 %"cursor.154" to i32
  %".4370" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4369", [40 x i8]* %"header_copy", i32 4)
  %".4371" = icmp eq i64 %".4370", 0
  %".4372" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4373" = load i32, ptr %".4372", align 4
  %".4374" = zext i32 %".4373" to i64
  %"data.185" = inttoptr i64 %".4374" to ptr
  %".4375" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4376" = load i32, ptr %".4375", align 4
  %".4377" = zext i32 %".4376" to i64
  %"data_end.185" = inttoptr i64 %".4377" to ptr
  %".4378" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.185" = load ptr, ptr %".4378", align 8
  %".4379" = xor i1 %".4371", -1
  br i1 %".4379", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4381" = trunc i64 %"cursor.154" to i16
  %".4382" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4381", ptr %".4382", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4385" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4386" = load volatile i16, [40 x i8]* %".4385", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4392" = and i64 %".4390", 0
  %".4393" = icmp eq i64 %".4392", 0
  br i1 %".4393", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".4399" = trunc i64 2048 to i16
  %".4400" = call i16 @"llvm.bswap.i16"(i16 %".4399")
  %".4401" = getelementptr i8, ptr %"keys.186", i64 10
  store i16 %".4400", ptr %".4401", align 2
  %".4403" = getelementptr i8, ptr %"keys.186", i64 8
  store i8 1, ptr %".4403", align 1
  %".4405" = getelementptr i8, ptr %"keys.186", i64 48
  %"flags.37" = load volatile i32, ptr %".4405", align 4
  %".4406" = and i32 %"flags.37", 4
  %".4407" = icmp ne i32 %".4406", 0
  br i1 %".4407", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".4421" = trunc i64 34525 to i16
  %".4422" = call i16 @"llvm.bswap.i16"(i16 %".4421")
  %".4423" = getelementptr i8, ptr %"keys.186", i64 10
  store i16 %".4422", ptr %".4423", align 2
  %".4425" = getelementptr i8, ptr %"keys.186", i64 8
  store i8 1, ptr %".4425", align 1
  %".4427" = getelementptr i8, ptr %"keys.186", i64 48
  %"flags.38" = load volatile i32, ptr %".4427", align 4
  %".4428" = and i32 %"flags.38", 4
  %".4429" = icmp ne i32 %".4428", 0
  br i1 %".4429", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4443" = trunc i64 34827 to i16
  %".4444" = call i16 @"llvm.bswap.i16"(i16 %".4443")
  %".4445" = getelementptr i8, ptr %"keys.186", i64 10
  store i16 %".4444", ptr %".4445", align 2
  %".4447" = getelementptr i8, ptr %"keys.186", i64 8
  store i8 1, ptr %".4447", align 1
  %".4449" = getelementptr i8, ptr %"keys.186", i64 48
  %"flags.39" = load volatile i32, ptr %".4449", align 4
  %".4450" = and i32 %"flags.39", 4
  %".4451" = icmp ne i32 %".4450", 0
  br i1 %".4451", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4395" = trunc i64 %".4388" to i16
  %".4396" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4395", ptr %".4396", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4409" = trunc i64 %".4388" to i16
  %".4410" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4409", ptr %".4410", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4413" = getelementptr i8, ptr %"keys.186", i64 12
  store i32 0, ptr %".4413", align 4
  %".4415" = getelementptr i8, ptr %"keys.186", i64 2
  %".4416" = trunc i64 %".4388" to i16
  store volatile i16 %".4416", ptr %".4415", align 2
  %".4418" = load volatile i16, ptr %".4415", align 2
  %".4419" = zext i16 %".4418" to i64
  %"cursor.267" = and i64 %".4419", 16383
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4431" = trunc i64 %".4388" to i16
  %".4432" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4431", ptr %".4432", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4435" = getelementptr i8, ptr %"keys.186", i64 12
  store i32 0, ptr %".4435", align 4
  %".4437" = getelementptr i8, ptr %"keys.186", i64 2
  %".4438" = trunc i64 %".4388" to i16
  store volatile i16 %".4438", ptr %".4437", align 2
  %".4440" = load volatile i16, ptr %".4437", align 2
  %".4441" = zext i16 %".4440" to i64
  %"cursor.268" = and i64 %".4441", 16383
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4453" = trunc i64 %".4388" to i16
  %".4454" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4453", ptr %".4454", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".4457" = getelementptr i8, ptr %"keys.186", i64 12
  store i32 0, ptr %".4457", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.269" = phi  i64 [%".4388", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.187" = phi  ptr [%"data.186", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.187" = phi  ptr [%"data_end.186", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.187" = phi  ptr [%"keys.186", %"ppp_d0.stop_at_encap.endif.2"]
  %".6120" = add i64 %"cursor.269", 0
  %".6121" = trunc i64 %".6120" to i16
  %".6122" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".6121", ptr %".6122", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4464" = trunc i64 %"cursor.155" to i32
  %".4465" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4464", [40 x i8]* %"header_copy", i32 8)
  %".4466" = icmp eq i64 %".4465", 0
  %".4467" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4468" = load i32, ptr %".4467", align 4
  %".4469" = zext i32 %".4468" to i64
  %"data.188" = inttoptr i64 %".4469" to ptr
  %".4470" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4471" = load i32, ptr %".4470", align 4
  %".4472" = zext i32 %".4471" to i64
  %"data_end.188" = inttoptr i64 %".4472" to ptr
  %".4473" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.188" = load ptr, ptr %".4473", align 8
  %".4474" = xor i1 %".4466", -1
  br i1 %".4474", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4476" = trunc i64 %"cursor.155" to i16
  %".4477" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4476", ptr %".4477", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4488" = trunc i64 %".4481" to i16
  %".4489" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4488", ptr %".4489", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".4492" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".4492", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.unknown:
  %".4495" = trunc i64 %".4481" to i16
  %".4496" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4495", ptr %".4496", align 2
  br label %"return"
vxlan_d1.to_ethernet:
  %".4499" = trunc i64 %".4481" to i16
  %".4500" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4499", ptr %".4500", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4511" = trunc i64 %"cursor.157" to i32
  %".4512" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4511", [40 x i8]* %"header_copy", i32 8)
  %".4513" = icmp eq i64 %".4512", 0
  %".4514" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4515" = load i32, ptr %".4514", align 4
  %".4516" = zext i32 %".4515" to i64
  %"data.190" = inttoptr i64 %".4516" to ptr
  %".4517" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4518" = load i32, ptr %".4517", align 4
  %".4519" = zext i32 %".4518" to i64
  %"data_end.190" = inttoptr i64 %".4519" to ptr
  %".4520" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.190" = load ptr, ptr %".4520", align 8
  %".4521" = xor i1 %".4513", -1
  br i1 %".4521", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4523" = trunc i64 %"cursor.157" to i16
  %".4524" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".4523", ptr %".4524", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4527" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4528" = load volatile i8, [40 x i8]* %".4527", align 1
  %".4529" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4530" = load volatile i16, [40 x i8]* %".4529", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4537" = trunc i64 %"cursor.157" to i16
  %".4538" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4537", ptr %".4538", align 2
  br label %"return"
geneve_d1.stop_before.endif:
  %".4541" = add i64 %"cursor.157", 8
  %".4542" = zext i8 %"w0_1.18" to i64
  %".4543" = and i64 %".4542", 63
  %".4544" = mul i64 %".4543", 4
  %".4545" = add i64 %".4544", 8
  %".4546" = getelementptr i8, ptr %"data.191", i64 %"cursor.157"
  %".4547" = getelementptr i8, ptr %".4546", i64 %".4545"
  %".4548" = icmp ugt ptr %".4547", %"data_end.191"
  br i1 %".4548", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.193" = phi  ptr [%"data.191", %"geneve_d1.stop_before.endif"], [%"data.192", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.193" = phi  ptr [%"data_end.191", %"geneve_d1.stop_before.endif"], [%"data_end.192", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.193" = phi  ptr [%"keys.191", %"geneve_d1.stop_before.endif"], [%"keys.192", %"geneve_d1.copy_last_byte_failed.endif"]
  %"end.13" = add i64 %"cursor.157", %".4545"
  %".4569" = getelementptr i8, ptr %"keys.193", i64 8
  store i8 1, ptr %".4569", align 1
  %".4571" = getelementptr i8, ptr %"keys.193", i64 48
  %"flags.41" = load volatile i32, ptr %".4571", align 4
  %".4572" = and i32 %"flags.41", 4
  %".4573" = icmp ne i32 %".4572", 0
  br i1 %".4573", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
geneve_d1.copy_last_byte:
  %".4550" = add i64 %"cursor.157", %".4545"
  %".4551" = sub i64 %".4550", 1
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4552" = trunc i64 %".4551" to i32
  %".4553" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4552", i64* %"last_byte", i32 1)
  %".4554" = icmp eq i64 %".4553", 0
  %".4555" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4556" = load i32, ptr %".4555", align 4
  %".4557" = zext i32 %".4556" to i64
  %"data.192" = inttoptr i64 %".4557" to ptr
  %".4558" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4559" = load i32, ptr %".4558", align 4
  %".4560" = zext i32 %".4559" to i64
  %"data_end.192" = inttoptr i64 %".4560" to ptr
  %".4561" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.192" = load ptr, ptr %".4561", align 8
  %".4562" = xor i1 %".4554", -1
  br i1 %".4562", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4564" = trunc i64 %"cursor.157" to i16
  %".4565" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4564", ptr %".4565", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4575" = trunc i64 %"end.13" to i16
  %".4576" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4575", ptr %".4576", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4579" = getelementptr i8, ptr %"keys.193", i64 12
  store i32 0, ptr %".4579", align 4
  %".4581" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".4582" = zext i16 %".4581" to i64
  switch i64 %".4582", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]
geneve_d1.unknown:
  %".4584" = trunc i64 %"end.13" to i16
  %".4585" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4584", ptr %".4585", align 2
  br label %"return"
geneve_d1.to_ethernet:
  %".4588" = trunc i64 %"end.13" to i16
  %".4589" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4588", ptr %".4589", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4592" = trunc i64 %"end.13" to i16
  %".4593" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4592", ptr %".4593", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4596" = trunc i64 %"end.13" to i16
  %".4597" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4596", ptr %".4597", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4608" = trunc i64 %"cursor.159" to i32
  %".4609" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4608", [40 x i8]* %"header_copy", i32 4)
  %".4610" = icmp eq i64 %".4609", 0
  %".4611" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4612" = load i32, ptr %".4611", align 4
  %".4613" = zext i32 %".4612" to i64
  %"data.194" = inttoptr i64 %".4613" to ptr
  %".4614" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4615" = load i32, ptr %".4614", align 4
  %".4616" = zext i32 %".4615" to i64
  %"data_end.194" = inttoptr i64 %".4616" to ptr
  %".4617" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.194" = load ptr, ptr %".4617", align 8
  %".4618" = xor i1 %".4610", -1
  br i1 %".4618", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4620" = trunc i64 %"cursor.159" to i16
  %".4621" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4620", ptr %".4621", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4624" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4625" = load volatile i8, [40 x i8]* %".4624", align 1
  %".4626" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4627" = load volatile i8, [40 x i8]* %".4626", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4639" = trunc i64 %"cursor.159" to i16
  %".4640" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4639", ptr %".4640", align 2
  br label %"return"
gue_d1.stop_before.endif:
  %".4643" = add i64 %"cursor.159", 4
  %".4644" = zext i8 %"w0_1.19" to i64
  %".4645" = and i64 %".4644", 31
  %".4646" = mul i64 %".4645", 4
  %".4647" = add i64 %".4646", 4
  %".4648" = getelementptr i8, ptr %"data.195", i64 %"cursor.159"
  %".4649" = getelementptr i8, ptr %".4648", i64 %".4647"
  %".4650" = icmp ugt ptr %".4649", %"data_end.195"
  br i1 %".4650", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.197" = phi  ptr [%"data.195", %"gue_d1.stop_before.endif"], [%"data.196", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.197" = phi  ptr [%"data_end.195", %"gue_d1.stop_before.endif"], [%"data_end.196", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.197" = phi  ptr [%"keys.195", %"gue_d1.stop_before.endif"], [%"keys.196", %"gue_d1.copy_last_byte_failed.endif"]
  %"end.14" = add i64 %"cursor.159", %".4647"
  %".4671" = getelementptr i8, ptr %"keys.197", i64 8
  store i8 1, ptr %".4671", align 1
  %".4673" = getelementptr i8, ptr %"keys.197", i64 48
  %"flags.42" = load volatile i32, ptr %".4673", align 4
  %".4674" = and i32 %"flags.42", 4
  %".4675" = icmp ne i32 %".4674", 0
  br i1 %".4675", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gue_d1.copy_last_byte:
  %".4652" = add i64 %"cursor.159", %".4647"
  %".4653" = sub i64 %".4652", 1
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4654" = trunc i64 %".4653" to i32
  %".4655" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4654", i64* %"last_byte", i32 1)
  %".4656" = icmp eq i64 %".4655", 0
  %".4657" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4658" = load i32, ptr %".4657", align 4
  %".4659" = zext i32 %".4658" to i64
  %"data.196" = inttoptr i64 %".4659" to ptr
  %".4660" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4661" = load i32, ptr %".4660", align 4
  %".4662" = zext i32 %".4661" to i64
  %"data_end.196" = inttoptr i64 %".4662" to ptr
  %".4663" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.196" = load ptr, ptr %".4663", align 8
  %".4664" = xor i1 %".4656", -1
  br i1 %".4664", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4666" = trunc i64 %"cursor.159" to i16
  %".4667" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4666", ptr %".4667", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4677" = trunc i64 %"end.14" to i16
  %".4678" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4677", ptr %".4678", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4681" = getelementptr i8, ptr %"keys.197", i64 12
  store i32 0, ptr %".4681", align 4
  %".4683" = zext i8 %"w1_1.11" to i64
  switch i64 %".4683", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.unknown:
  %".4685" = trunc i64 %"end.14" to i16
  %".4686" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4685", ptr %".4686", align 2
  br label %"return"
gue_d1.to_ipv4:
  %".4689" = trunc i64 %"end.14" to i16
  %".4690" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4689", ptr %".4690", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4693" = trunc i64 %"end.14" to i16
  %".4694" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4693", ptr %".4694", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4705" = trunc i64 %"cursor.161" to i32
  %".4706" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4705", [40 x i8]* %"header_copy", i32 8)
  %".4707" = icmp eq i64 %".4706", 0
  %".4708" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4709" = load i32, ptr %".4708", align 4
  %".4710" = zext i32 %".4709" to i64
  %"data.198" = inttoptr i64 %".4710" to ptr
  %".4711" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4712" = load i32, ptr %".4711", align 4
  %".4713" = zext i32 %".4712" to i64
  %"data_end.198" = inttoptr i64 %".4713" to ptr
  %".4714" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.198" = load ptr, ptr %".4714", align 8
  %".4715" = xor i1 %".4707", -1
  br i1 %".4715", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4717" = trunc i64 %"cursor.161" to i16
  %".4718" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4717", ptr %".4718", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4721" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4722" = load volatile i8, [40 x i8]* %".4721", align 1
  %".4723" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4724" = load volatile i8, [40 x i8]* %".4723", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4739" = trunc i64 %"cursor.161" to i16
  %".4740" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4739", ptr %".4740", align 2
  br label %"return"
gtpu_d1.stop_before.endif:
  %".4743" = add i64 %"cursor.161", 8
  %".4744" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".4744", align 1
  %".4746" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.43" = load volatile i32, ptr %".4746", align 4
  %".4747" = and i32 %"flags.43", 4
  %".4748" = icmp ne i32 %".4747", 0
  br i1 %".4748", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
gtpu_d1.stop_at_encap:
  %".4750" = trunc i64 %".4743" to i16
  %".4751" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4750", ptr %".4751", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4754" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".4754", align 4
  %".4756" = zext i8 %"w0_1.20" to i64
  %".4757" = lshr i64 %".4756", 2
  %".4758" = and i64 %".4757", 1
  %".4759" = mul i64 %".4758", 4
  %".4760" = zext i8 %"w0_1.20" to i64
  %".4761" = lshr i64 %".4760", 1
  %".4762" = and i64 %".4761", 1
  %".4763" = mul i64 %".4762", 2
  %".4764" = add i64 %".4759", %".4763"
  %".4765" = zext i8 %"w0_1.20" to i64
  %".4766" = and i64 %".4765", 1
  %".4767" = add i64 %".4764", %".4766"
  %".4768" = icmp uge i64 %".4767", 1
  %".4769" = icmp ule i64 %".4767", 3
  %".4770" = and i1 %".4768", %".4769"
  br i1 %".4770", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".4777" = trunc i64 %".4743" to i16
  %".4778" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4777", ptr %".4778", align 2
  br label %"return"
gtpu_d1.to_ip_version:
  %".4781" = trunc i64 %".4743" to i16
  %".4782" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4781", ptr %".4782", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4785" = trunc i64 %".4743" to i16
  %".4786" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4785", ptr %".4786", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4789" = trunc i64 %".4743" to i16
  %".4790" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4789", ptr %".4790", align 2
  br label %"return"
gtpu_d1.select:
  %".4772" = icmp uge i64 %".4767", 4
  %".4773" = icmp ule i64 %".4767", 7
  %".4774" = and i1 %".4772", %".4773"
  br i1 %".4774", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4767", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
shim_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4799" = trunc i64 %"cursor.163" to i32
  %".4800" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4799", [40 x i8]* %"header_copy", i32 8)
  %".4801" = icmp eq i64 %".4800", 0
  %".4802" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4803" = load i32, ptr %".4802", align 4
  %".4804" = zext i32 %".4803" to i64
  %"data.200" = inttoptr i64 %".4804" to ptr
  %".4805" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4806" = load i32, ptr %".4805", align 4
  %".4807" = zext i32 %".4806" to i64
  %"data_end.200" = inttoptr i64 %".4807" to ptr
  %".4808" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.200" = load ptr, ptr %".4808", align 8
  %".4809" = xor i1 %".4801", -1
  br i1 %".4809", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4811" = trunc i64 %"cursor.163" to i16
  %".4812" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4811", ptr %".4812", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4815" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4816" = load volatile i16, [40 x i8]* %".4815", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4825" = trunc i64 %".4818" to i16
  %".4826" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4825", ptr %".4826", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4829" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4829", align 4
  %".4831" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".4832" = zext i16 %".4831" to i64
  switch i64 %".4832", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.unknown:
  %".4834" = trunc i64 %".4818" to i16
  %".4835" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4834", ptr %".4835", align 2
  br label %"return"
shim_d1.to_ipv4:
  %".4838" = trunc i64 %".4818" to i16
  %".4839" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4838", ptr %".4839", align 2
  br label %"return"
gre_d1.copy:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4852" = trunc i64 %"cursor.165" to i32
  %".4853" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4852", [40 x i8]* %"header_copy", i32 4)
  %".4854" = icmp eq i64 %".4853", 0
  %".4855" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4856" = load i32, ptr %".4855", align 4
  %".4857" = zext i32 %".4856" to i64
  %"data.202" = inttoptr i64 %".4857" to ptr
  %".4858" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4859" = load i32, ptr %".4858", align 4
  %".4860" = zext i32 %".4859" to i64
  %"data_end.202" = inttoptr i64 %".4860" to ptr
  %".4861" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.202" = load ptr, ptr %".4861", align 8
  %".4862" = xor i1 %".4854", -1
  br i1 %".4862", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".4864" = trunc i64 %"cursor.165" to i16
  %".4865" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4864", ptr %".4865", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".4868" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4869" = load volatile i8, [40 x i8]* %".4868", align 1
  %".4870" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4871" = load volatile i8, [40 x i8]* %".4870", align 1
  %".4872" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4873" = load volatile i16, [40 x i8]* %".4872", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".4884" = trunc i64 %"cursor.165" to i16
  %".4885" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4884", ptr %".4885", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".4888" = add i64 %"cursor.165", 4
  %".4889" = zext i8 %"w0_1.21" to i64
  %".4890" = lshr i64 %".4889", 7
  %".4891" = and i64 %".4890", 1
  %".4892" = zext i8 %"w0_1.21" to i64
  %".4893" = lshr i64 %".4892", 5
  %".4894" = and i64 %".4893", 1
  %".4895" = add i64 %".4891", %".4894"
  %".4896" = zext i8 %"w0_1.21" to i64
  %".4897" = lshr i64 %".4896", 4
  %".4898" = and i64 %".4897", 1
  %".4899" = add i64 %".4895", %".4898"
  %".4900" = mul i64 %".4899", 4
  %".4901" = add i64 %".4900", 4
  %".4902" = getelementptr i8, ptr %"data.203", i64 %"cursor.165"
  %".4903" = getelementptr i8, ptr %".4902", i64 %".4901"
  %".4904" = icmp ugt ptr %".4903", %"data_end.203"
  br i1 %".4904", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.205" = phi  ptr [%"data.203", %"gre_d1.stop_before.endif"], [%"data.204", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.205" = phi  ptr [%"data_end.203", %"gre_d1.stop_before.endif"], [%"data_end.204", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.205" = phi  ptr [%"keys.203", %"gre_d1.stop_before.endif"], [%"keys.204", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.15" = add i64 %"cursor.165", %".4901"
  %".4925" = getelementptr i8, ptr %"keys.205", i64 8
  store i8 1, ptr %".4925", align 1
  %".4927" = getelementptr i8, ptr %"keys.205", i64 48
  %"flags.45" = load volatile i32, ptr %".4927", align 4
  %".4928" = and i32 %"flags.45", 4
  %".4929" = icmp ne i32 %".4928", 0
  br i1 %".4929", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".4906" = add i64 %"cursor.165", %".4901"
  %".4907" = sub i64 %".4906", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4908" = trunc i64 %".4907" to i32
  %".4909" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".4908", i64* %"last_byte", i32 1)
  %".4910" = icmp eq i64 %".4909", 0
  %".4911" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4912" = load i32, ptr %".4911", align 4
  %".4913" = zext i32 %".4912" to i64
  %"data.204" = inttoptr i64 %".4913" to ptr
  %".4914" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4915" = load i32, ptr %".4914", align 4
  %".4916" = zext i32 %".4915" to i64
  %"data_end.204" = inttoptr i64 %".4916" to ptr
  %".4917" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.204" = load ptr, ptr %".4917", align 8
  %".4918" = xor i1 %".4910", -1
  br i1 %".4918", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4920" = trunc i64 %"cursor.165" to i16
  %".4921" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4920", ptr %".4921", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4931" = trunc i64 %"end.15" to i16
  %".4932" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4931", ptr %".4932", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4935" = getelementptr i8, ptr %"keys.205", i64 12
  store i32 0, ptr %".4935", align 4
  %".4937" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".4938" = zext i16 %".4937" to i64
  %".4939" = trunc i64 %".4938" to i16
  %".4940" = call i16 @"llvm.bswap.i16"(i16 %".4939")
  %".4941" = getelementptr i8, ptr %"keys.205", i64 10
  store i16 %".4940", ptr %".4941", align 2
  %".4943" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".4944" = zext i16 %".4943" to i64
  switch i64 %".4944", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 25944, label %"gre_d1.to_ethernet"]
gre_d1.unknown:
  %".4946" = trunc i64 %"end.15" to i16
  %".4947" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4946", ptr %".4947", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".4950" = trunc i64 %"end.15" to i16
  %".4951" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4950", ptr %".4951", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4954" = trunc i64 %"end.15" to i16
  %".4955" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4954", ptr %".4955", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4958" = trunc i64 %"end.15" to i16
  %".4959" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4958", ptr %".4959", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4962" = trunc i64 %"end.15" to i16
  %".4963" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4962", ptr %".4963", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4966" = trunc i64 %"end.15" to i16
  %".4967" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4966", ptr %".4967", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4970" = trunc i64 %"end.15" to i16
  %".4971" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4970", ptr %".4971", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4974" = trunc i64 %"end.15" to i16
  %".4975" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4974", ptr %".4975", align 2
  br label %"return"
gre_d1.to_arp:
  %".4978" = trunc i64 %"end.15" to i16
  %".4979" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4978", ptr %".4979", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4982" = trunc i64 %"end.15" to i16
  %".4983" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4982", ptr %".4983", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4986" = trunc i64 %"end.15" to i16
  %".4987" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4986", ptr %".4987", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4990" = trunc i64 %"end.15" to i16
  %".4991" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4990", ptr %".4991", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4994" = trunc i64 %"end.15" to i16
  %".4995" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4994", ptr %".4995", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4998" = trunc i64 %"end.15" to i16
  %".4999" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4998", ptr %".4999", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".5002" = trunc i64 %"end.15" to i16
  %".5003" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".5002", ptr %".5003", align 2
  br label %"return"
pptp_d1.copy:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5016" = trunc i64 %"cursor.167" to i32
  %".5017" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".5016", [40 x i8]* %"header_copy", i32 4)
  %".5018" = icmp eq i64 %".5017", 0
  %".5019" = getelementptr i8, ptr %"ctx.70", i64 76
  %".5020" = load i32, ptr %".5019", align 4
  %".5021" = zext i32 %".5020" to i64
  %"data.206" = inttoptr i64 %".5021" to ptr
  %".5022" = getelementptr i8, ptr %"ctx.70", i64 80
  %".5023" = load i32, ptr %".5022", align 4
  %".5024" = zext i32 %".5023" to i64
  %"data_end.206" = inttoptr i64 %".5024" to ptr
  %".5025" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.206" = load ptr, ptr %".5025", align 8
  %".5026" = xor i1 %".5018", -1
  br i1 %".5026", label %"pptp_d1.copy_failed", label %"pptp_d1.copy_failed.endif"
pptp_d1.copy_failed:
  %".5028" = trunc i64 %"cursor.167" to i16
  %".5029" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".5028", ptr %".5029", align 2
  br label %"return"
pptp_d1.copy_failed.endif:
  %".5032" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5033" = load volatile i8, [40 x i8]* %".5032", align 1
  %".5034" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5035" = load volatile i8, [40 x i8]* %".5034", align 1
  %".5036" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5037" = load volatile i16, [40 x i8]* %".5036", align 2
  br label %"pptp_d1.header"
pptp_d1.stop_before:
  %".5048" = trunc i64 %"cursor.167" to i16
  %".5049" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".5048", ptr %".5049", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".5052" = add i64 %"cursor.167", 4
  %".5053" = zext i8 %"w0_1.22" to i64
  %".5054" = lshr i64 %".5053", 7
  %".5055" = and i64 %".5054", 1
  %".5056" = zext i8 %"w0_1.22" to i64
  %".5057" = lshr i64 %".5056", 5
  %".5058" = and i64 %".5057", 1
  %".5059" = add i64 %".5055", %".5058"
  %".5060" = zext i8 %"w0_1.22" to i64
  %".5061" = lshr i64 %".5060", 4
  %".5062" = and i64 %".5061", 1
  %".5063" = add i64 %".5059", %".5062"
  %".5064" = zext i8 %"w1_1.14" to i64
  %".5065" = lshr i64 %".5064", 7
  %".5066" = and i64 %".5065", 1
  %".5067" = add i64 %".5063", %".5066"
  %".5068" = mul i64 %".5067", 4
  %".5069" = add i64 %".5068", 4
  %".5070" = getelementptr i8, ptr %"data.207", i64 %"cursor.167"
  %".5071" = getelementptr i8, ptr %".5070", i64 %".5069"
  %".5072" = icmp ugt ptr %".5071", %"data_end.207"
  br i1 %".5072", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.209" = phi  ptr [%"data.207", %"pptp_d1.stop_before.endif"], [%"data.208", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.209" = phi  ptr [%"data_end.207", %"pptp_d1.stop_before.endif"], [%"data_end.208", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.209" = phi  ptr [%"keys.207", %"pptp_d1.stop_before.endif"], [%"keys.208", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.16" = add i64 %"cursor.167", %".5069"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".5074" = add i64 %"cursor.167", %".5069"
  %".5075" = sub i64 %".5074", 1
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5076" = trunc i64 %".5075" to i32
  %".5077" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".5076", i64* %"last_byte", i32 1)
  %".5078" = icmp eq i64 %".5077", 0
  %".5079" = getelementptr i8, ptr %"ctx.71", i64 76
  %".5080" = load i32, ptr %".5079", align 4
  %".5081" = zext i32 %".5080" to i64
  %"data.208" = inttoptr i64 %".5081" to ptr
  %".5082" = getelementptr i8, ptr %"ctx.71", i64 80
  %".5083" = load i32, ptr %".5082", align 4
  %".5084" = zext i32 %".5083" to i64
  %"data_end.208" = inttoptr i64 %".5084" to ptr
  %".5085" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.208" = load ptr, ptr %".5085", align 8
  %".5086" = xor i1 %".5078", -1
  br i1 %".5086", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".5088" = trunc i64 %"cursor.167" to i16
  %".5089" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5088", ptr %".5089", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".5094" = trunc i64 %"end.16" to i16
  %".5095" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".5094", ptr %".5095", align 2
  br label %"return"
pptp_d1.to_ppp:
  %".5098" = getelementptr i8, ptr %"keys.209", i64 2
  %".5099" = trunc i64 %"end.16" to i16
  store volatile i16 %".5099", ptr %".5098", align 2
  %".5101" = load volatile i16, ptr %".5098", align 2
  %".5102" = zext i16 %".5101" to i64
  %"cursor.271" = and i64 %".5102", 16383
  br label %"ppp_d1"
ppp_d1:
  %"cursor.270" = phi  i64 [%"cursor.271", %"pptp_d1.to_ppp"]
  %"data.210" = phi  ptr [%"data.209", %"pptp_d1.to_ppp"]
  %"data_end.210" = phi  ptr [%"data_end.209", %"pptp_d1.to_ppp"]
  %"keys.210" = phi  ptr [%"keys.209", %"pptp_d1.to_ppp"]
  %"hdr.62" = getelementptr i8, ptr %"data.210", i64 %"cursor.270"
  %".6125" = getelementptr i8, ptr %"hdr.62", i64 4
  %".6126" = icmp ugt ptr %".6125", %"data_end.210"
  br i1 %".6126", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".6128" = getelementptr i8, ptr %"hdr.62", i64 2
  %".6129" = load i16, ptr %".6128", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.26" = phi  i16 [%".6129", %"ppp_d1.linear"], [%".6148", %"ppp_d1.copy_failed.endif"]
  %"data.236" = phi  ptr [%"data.210", %"ppp_d1.linear"], [%"data.235", %"ppp_d1.copy_failed.endif"]
  %"data_end.236" = phi  ptr [%"data_end.210", %"ppp_d1.linear"], [%"data_end.235", %"ppp_d1.copy_failed.endif"]
  %"keys.236" = phi  ptr [%"keys.210", %"ppp_d1.linear"], [%"keys.235", %"ppp_d1.copy_failed.endif"]
  %".6150" = add i64 %"cursor.270", 4
  %".6151" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.26")
  %".6152" = zext i16 %".6151" to i64
  switch i64 %".6152", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
mpls_d1_mpls_labels2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5111" = trunc i64 %"cursor.169" to i32
  %".5112" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5111", [40 x i8]* %"header_copy", i32 4)
  %".5113" = icmp eq i64 %".5112", 0
  %".5114" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5115" = load i32, ptr %".5114", align 4
  %".5116" = zext i32 %".5115" to i64
  %"data.211" = inttoptr i64 %".5116" to ptr
  %".5117" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5118" = load i32, ptr %".5117", align 4
  %".5119" = zext i32 %".5118" to i64
  %"data_end.211" = inttoptr i64 %".5119" to ptr
  %".5120" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.211" = load ptr, ptr %".5120", align 8
  %".5121" = xor i1 %".5113", -1
  br i1 %".5121", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".5123" = trunc i64 %".5104" to i16
  %".5124" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".5123", ptr %".5124", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".5127" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5128" = load volatile i8, [40 x i8]* %".5127", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".5134" = trunc i64 %".5130" to i16
  %".5135" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".5134", ptr %".5135", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_mpls:
  %".5138" = getelementptr i8, ptr %"keys.212", i64 2
  %".5139" = trunc i64 %".5130" to i16
  store volatile i16 %".5139", ptr %".5138", align 2
  %".5141" = load volatile i16, ptr %".5138", align 2
  %".5142" = zext i16 %".5141" to i64
  %"cursor.273" = and i64 %".5142", 16383
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels2.to_ip_version:
  %".5144" = getelementptr i8, ptr %"keys.212", i64 8
  store i8 1, ptr %".5144", align 1
  %".5146" = getelementptr i8, ptr %"keys.212", i64 48
  %"flags.46" = load volatile i32, ptr %".5146", align 4
  %".5147" = and i32 %"flags.46", 4
  %".5148" = icmp ne i32 %".5147", 0
  br i1 %".5148", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels3:
  %"cursor.272" = phi  i64 [%"cursor.273", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.213" = phi  ptr [%"data.212", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.213" = phi  ptr [%"data_end.212", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.213" = phi  ptr [%"keys.212", %"mpls_d1_mpls_labels2.to_mpls"]
  %".6221" = add i64 %"cursor.272", 4
  %"hdr.63" = getelementptr i8, ptr %"data.213", i64 %"cursor.272"
  %".6222" = getelementptr i8, ptr %"hdr.63", i64 4
  %".6223" = icmp ugt ptr %".6222", %"data_end.213"
  br i1 %".6223", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".6225" = getelementptr i8, ptr %"hdr.63", i64 2
  %".6226" = load i8, ptr %".6225", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".6226", %"mpls_d1_mpls_labels3.linear"], [%".6245", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.238" = phi  ptr [%"data.213", %"mpls_d1_mpls_labels3.linear"], [%"data.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.238" = phi  ptr [%"data_end.213", %"mpls_d1_mpls_labels3.linear"], [%"data_end.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.238" = phi  ptr [%"keys.213", %"mpls_d1_mpls_labels3.linear"], [%"keys.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".6247" = add i64 %"cursor.272", 4
  %".6248" = zext i8 %"w2_1.6" to i64
  %".6249" = and i64 %".6248", 1
  switch i64 %".6249", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels2.stop_at_encap:
  %".5150" = trunc i64 %".5130" to i16
  %".5151" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".5150", ptr %".5151", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".5154" = getelementptr i8, ptr %"keys.212", i64 12
  store i32 0, ptr %".5154", align 4
  %".5156" = trunc i64 %".5130" to i16
  %".5157" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".5156", ptr %".5157", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5168" = trunc i64 %"cursor.171" to i32
  %".5169" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5168", [40 x i8]* %"header_copy", i32 2)
  %".5170" = icmp eq i64 %".5169", 0
  %".5171" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5172" = load i32, ptr %".5171", align 4
  %".5173" = zext i32 %".5172" to i64
  %"data.214" = inttoptr i64 %".5173" to ptr
  %".5174" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5175" = load i32, ptr %".5174", align 4
  %".5176" = zext i32 %".5175" to i64
  %"data_end.214" = inttoptr i64 %".5176" to ptr
  %".5177" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.214" = load ptr, ptr %".5177", align 8
  %".5178" = xor i1 %".5170", -1
  br i1 %".5178", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".5180" = trunc i64 %"cursor.171" to i16
  %".5181" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".5180", ptr %".5181", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".5184" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5185" = load volatile i8, [40 x i8]* %".5184", align 1
  %".5186" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5187" = load volatile i8, [40 x i8]* %".5186", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.copy_last_byte:
  %".5203" = add i64 %"cursor.171", %".5197"
  %".5204" = sub i64 %".5203", 1
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5205" = trunc i64 %".5204" to i32
  %".5206" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5205", i64* %"last_byte", i32 1)
  %".5207" = icmp eq i64 %".5206", 0
  %".5208" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5209" = load i32, ptr %".5208", align 4
  %".5210" = zext i32 %".5209" to i64
  %"data.216" = inttoptr i64 %".5210" to ptr
  %".5211" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5212" = load i32, ptr %".5211", align 4
  %".5213" = zext i32 %".5212" to i64
  %"data_end.216" = inttoptr i64 %".5213" to ptr
  %".5214" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.216" = load ptr, ptr %".5214", align 8
  %".5215" = xor i1 %".5207", -1
  br i1 %".5215", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed:
  %".5217" = trunc i64 %".5198" to i16
  %".5218" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".5217", ptr %".5218", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext2.variable_part"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".5224" = trunc i64 %"end.17" to i16
  %".5225" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5224", ptr %".5225", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  %".5228" = getelementptr i8, ptr %"keys.217", i64 2
  %".5229" = trunc i64 %"end.17" to i16
  store volatile i16 %".5229", ptr %".5228", align 2
  %".5231" = load volatile i16, ptr %".5228", align 2
  %".5232" = zext i16 %".5231" to i64
  %"cursor.275" = and i64 %".5232", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  %".5234" = getelementptr i8, ptr %"keys.217", i64 2
  %".5235" = trunc i64 %"end.17" to i16
  store volatile i16 %".5235", ptr %".5234", align 2
  %".5237" = load volatile i16, ptr %".5234", align 2
  %".5238" = zext i16 %".5237" to i64
  %"cursor.276" = and i64 %".5238", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  %".5240" = getelementptr i8, ptr %"keys.217", i64 2
  %".5241" = trunc i64 %"end.17" to i16
  store volatile i16 %".5241", ptr %".5240", align 2
  %".5243" = load volatile i16, ptr %".5240", align 2
  %".5244" = zext i16 %".5243" to i64
  %"cursor.277" = and i64 %".5244", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  %".5246" = getelementptr i8, ptr %"keys.217", i64 2
  %".5247" = trunc i64 %"end.17" to i16
  store volatile i16 %".5247", ptr %".5246", align 2
  %".5249" = load volatile i16, ptr %".5246", align 2
  %".5250" = zext i16 %".5249" to i64
  %"cursor.279" = and i64 %".5250", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  %".5252" = getelementptr i8, ptr %"keys.217", i64 2
  %".5253" = trunc i64 %"end.17" to i16
  store volatile i16 %".5253", ptr %".5252", align 2
  %".5255" = load volatile i16, ptr %".5252", align 2
  %".5256" = zext i16 %".5255" to i64
  %"cursor.280" = and i64 %".5256", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  %".5258" = getelementptr i8, ptr %"keys.217", i64 2
  %".5259" = trunc i64 %"end.17" to i16
  store volatile i16 %".5259", ptr %".5258", align 2
  %".5261" = load volatile i16, ptr %".5258", align 2
  %".5262" = zext i16 %".5261" to i64
  %"cursor.281" = and i64 %".5262", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  %".5264" = getelementptr i8, ptr %"keys.217", i64 2
  %".5265" = trunc i64 %"end.17" to i16
  store volatile i16 %".5265", ptr %".5264", align 2
  %".5267" = load volatile i16, ptr %".5264", align 2
  %".5268" = zext i16 %".5267" to i64
  %"cursor.282" = and i64 %".5268", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre_version:
  %".5270" = getelementptr i8, ptr %"keys.217", i64 2
  %".5271" = trunc i64 %"end.17" to i16
  store volatile i16 %".5271", ptr %".5270", align 2
  %".5273" = load volatile i16, ptr %".5270", align 2
  %".5274" = zext i16 %".5273" to i64
  %"cursor.283" = and i64 %".5274", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  %".5276" = getelementptr i8, ptr %"keys.217", i64 2
  %".5277" = trunc i64 %"end.17" to i16
  store volatile i16 %".5277", ptr %".5276", align 2
  %".5279" = load volatile i16, ptr %".5276", align 2
  %".5280" = zext i16 %".5279" to i64
  %"cursor.284" = and i64 %".5280", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  %".5282" = getelementptr i8, ptr %"keys.217", i64 2
  %".5283" = trunc i64 %"end.17" to i16
  store volatile i16 %".5283", ptr %".5282", align 2
  %".5285" = load volatile i16, ptr %".5282", align 2
  %".5286" = zext i16 %".5285" to i64
  %"cursor.285" = and i64 %".5286", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  %".5288" = getelementptr i8, ptr %"keys.217", i64 2
  %".5289" = trunc i64 %"end.17" to i16
  store volatile i16 %".5289", ptr %".5288", align 2
  %".5291" = load volatile i16, ptr %".5288", align 2
  %".5292" = zext i16 %".5291" to i64
  %"cursor.286" = and i64 %".5292", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  %".5294" = getelementptr i8, ptr %"keys.217", i64 2
  %".5295" = trunc i64 %"end.17" to i16
  store volatile i16 %".5295", ptr %".5294", align 2
  %".5297" = load volatile i16, ptr %".5294", align 2
  %".5298" = zext i16 %".5297" to i64
  %"cursor.287" = and i64 %".5298", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  %".5300" = getelementptr i8, ptr %"keys.217", i64 2
  %".5301" = trunc i64 %"end.17" to i16
  store volatile i16 %".5301", ptr %".5300", align 2
  %".5303" = load volatile i16, ptr %".5300", align 2
  %".5304" = zext i16 %".5303" to i64
  %"cursor.288" = and i64 %".5304", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".5306" = trunc i64 34887 to i16
  %".5307" = call i16 @"llvm.bswap.i16"(i16 %".5306")
  %".5308" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".5307", ptr %".5308", align 2
  %".5310" = getelementptr i8, ptr %"keys.217", i64 2
  %".5311" = trunc i64 %"end.17" to i16
  store volatile i16 %".5311", ptr %".5310", align 2
  %".5313" = load volatile i16, ptr %".5310", align 2
  %".5314" = zext i16 %".5313" to i64
  %"cursor.289" = and i64 %".5314", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".5316" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".5316", align 1
  %".5318" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.47" = load volatile i32, ptr %".5318", align 4
  %".5319" = and i32 %"flags.47", 4
  %".5320" = icmp ne i32 %".5319", 0
  br i1 %".5320", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".5332" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".5332", align 1
  %".5334" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.48" = load volatile i32, ptr %".5334", align 4
  %".5335" = and i32 %"flags.48", 4
  %".5336" = icmp ne i32 %".5335", 0
  br i1 %".5336", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.274" = phi  i64 [%"cursor.275", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.276", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.277", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.290", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.291", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.292", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data.218" = phi  ptr [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.218" = phi  ptr [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.218" = phi  ptr [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.64" = getelementptr i8, ptr %"data.218", i64 %"cursor.274"
  %".6277" = getelementptr i8, ptr %"hdr.64", i64 2
  %".6278" = icmp ugt ptr %".6277", %"data_end.218"
  br i1 %".6278", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".6280" = getelementptr i8, ptr %"hdr.64", i64 0
  %".6281" = load i8, ptr %".6280", align 1
  %".6282" = getelementptr i8, ptr %"hdr.64", i64 1
  %".6283" = load i8, ptr %".6282", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.28" = phi  i8 [%".6281", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".6302", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.17" = phi  i8 [%".6283", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".6304", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.240", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.240", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.240", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".6306" = zext i8 %"w0_1.28" to i64
  %".6307" = trunc i64 %".6306" to i8
  %".6308" = getelementptr i8, ptr %"keys.241", i64 9
  store i8 %".6307", ptr %".6308", align 1
  %".6310" = add i64 %"cursor.274", 2
  %".6311" = zext i8 %"w1_1.17" to i64
  %".6312" = mul i64 %".6311", 8
  %".6313" = add i64 %".6312", 6
  %".6314" = add i64 %".6313", 2
  %".6315" = add i64 %"cursor.274", %".6314"
  %".6316" = getelementptr i8, ptr %"data.241", i64 %"cursor.274"
  %".6317" = getelementptr i8, ptr %".6316", i64 %".6314"
  %".6318" = icmp ugt ptr %".6317", %"data_end.241"
  br i1 %".6318", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext3.variable_part:
  %"data.243" = phi  ptr [%"data.241", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data.242", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.243" = phi  ptr [%"data_end.241", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data_end.242", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.243" = phi  ptr [%"keys.241", %"ipv6_opts_d1_ipv6_ext3.header"], [%"keys.242", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.19" = add i64 %"cursor.274", %".6314"
  %".6339" = zext i8 %"w0_1.28" to i64
  switch i64 %".6339", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.278" = phi  i64 [%"cursor.279", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"cursor.293", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data.219" = phi  ptr [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data_end.219" = phi  ptr [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"keys.219" = phi  ptr [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"hdr.65" = getelementptr i8, ptr %"data.219", i64 %"cursor.278"
  %".6457" = getelementptr i8, ptr %"hdr.65", i64 8
  %".6458" = icmp ugt ptr %".6457", %"data_end.219"
  br i1 %".6458", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".6460" = getelementptr i8, ptr %"hdr.65", i64 0
  %".6461" = load i8, ptr %".6460", align 1
  %".6462" = getelementptr i8, ptr %"hdr.65", i64 2
  %".6463" = load i16, ptr %".6462", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.29" = phi  i8 [%".6461", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".6482", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.27" = phi  i16 [%".6463", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".6484", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.245" = phi  ptr [%"data.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.244", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.245" = phi  ptr [%"data_end.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.244", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.245" = phi  ptr [%"keys.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.244", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".6486" = zext i8 %"w0_1.29" to i64
  %".6487" = trunc i64 %".6486" to i8
  %".6488" = getelementptr i8, ptr %"keys.245", i64 9
  store i8 %".6487", ptr %".6488", align 1
  %".6490" = add i64 %"cursor.278", 8
  %".6491" = icmp ne i64 1, 0
  %".6492" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.27")
  %".6493" = zext i16 %".6492" to i64
  %".6494" = and i64 %".6493", 65528
  %".6495" = icmp eq i64 %".6494", 0
  br i1 %".6491", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".5322" = trunc i64 %"end.17" to i16
  %".5323" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5322", ptr %".5323", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".5326" = getelementptr i8, ptr %"keys.217", i64 12
  store i32 0, ptr %".5326", align 4
  %".5328" = trunc i64 %"end.17" to i16
  %".5329" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5328", ptr %".5329", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".5338" = trunc i64 %"end.17" to i16
  %".5339" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5338", ptr %".5339", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5342" = getelementptr i8, ptr %"keys.217", i64 12
  store i32 0, ptr %".5342", align 4
  %".5344" = trunc i64 %"end.17" to i16
  %".5345" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5344", ptr %".5345", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5356" = trunc i64 %"cursor.175" to i32
  %".5357" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5356", [40 x i8]* %"header_copy", i32 8)
  %".5358" = icmp eq i64 %".5357", 0
  %".5359" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5360" = load i32, ptr %".5359", align 4
  %".5361" = zext i32 %".5360" to i64
  %"data.220" = inttoptr i64 %".5361" to ptr
  %".5362" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5363" = load i32, ptr %".5362", align 4
  %".5364" = zext i32 %".5363" to i64
  %"data_end.220" = inttoptr i64 %".5364" to ptr
  %".5365" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.220" = load ptr, ptr %".5365", align 8
  %".5366" = xor i1 %".5358", -1
  br i1 %".5366", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".5368" = trunc i64 %"cursor.175" to i16
  %".5369" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5368", ptr %".5369", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".5372" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5373" = load volatile i8, [40 x i8]* %".5372", align 1
  %".5374" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5375" = load volatile i16, [40 x i8]* %".5374", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".5388" = getelementptr i8, ptr %"keys.221", i64 6
  store i8 1, ptr %".5388", align 1
  br i1 %".5386", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".5408" = zext i8 %"w0_1.24" to i64
  switch i64 %".5408", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".5391" = getelementptr i8, ptr %"keys.221", i64 7
  store i8 1, ptr %".5391", align 1
  %".5393" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.49" = load volatile i32, ptr %".5393", align 4
  %".5394" = and i32 %"flags.49", 1
  %".5395" = icmp ne i32 %".5394", 0
  %".5396" = xor i1 %".5395", -1
  br i1 %".5396", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".5403" = trunc i64 %".5381" to i16
  %".5404" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5403", ptr %".5404", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".5398" = trunc i64 %".5381" to i16
  %".5399" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5398", ptr %".5399", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".5410" = trunc i64 %".5381" to i16
  %".5411" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5410", ptr %".5411", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  %".5414" = getelementptr i8, ptr %"keys.221", i64 2
  %".5415" = trunc i64 %".5381" to i16
  store volatile i16 %".5415", ptr %".5414", align 2
  %".5417" = load volatile i16, ptr %".5414", align 2
  %".5418" = zext i16 %".5417" to i64
  %"cursor.290" = and i64 %".5418", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  %".5420" = getelementptr i8, ptr %"keys.221", i64 2
  %".5421" = trunc i64 %".5381" to i16
  store volatile i16 %".5421", ptr %".5420", align 2
  %".5423" = load volatile i16, ptr %".5420", align 2
  %".5424" = zext i16 %".5423" to i64
  %"cursor.291" = and i64 %".5424", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  %".5426" = getelementptr i8, ptr %"keys.221", i64 2
  %".5427" = trunc i64 %".5381" to i16
  store volatile i16 %".5427", ptr %".5426", align 2
  %".5429" = load volatile i16, ptr %".5426", align 2
  %".5430" = zext i16 %".5429" to i64
  %"cursor.292" = and i64 %".5430", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  %".5432" = getelementptr i8, ptr %"keys.221", i64 2
  %".5433" = trunc i64 %".5381" to i16
  store volatile i16 %".5433", ptr %".5432", align 2
  %".5435" = load volatile i16, ptr %".5432", align 2
  %".5436" = zext i16 %".5435" to i64
  %"cursor.293" = and i64 %".5436", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  %".5438" = getelementptr i8, ptr %"keys.221", i64 2
  %".5439" = trunc i64 %".5381" to i16
  store volatile i16 %".5439", ptr %".5438", align 2
  %".5441" = load volatile i16, ptr %".5438", align 2
  %".5442" = zext i16 %".5441" to i64
  %"cursor.294" = and i64 %".5442", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  %".5444" = getelementptr i8, ptr %"keys.221", i64 2
  %".5445" = trunc i64 %".5381" to i16
  store volatile i16 %".5445", ptr %".5444", align 2
  %".5447" = load volatile i16, ptr %".5444", align 2
  %".5448" = zext i16 %".5447" to i64
  %"cursor.295" = and i64 %".5448", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  %".5450" = getelementptr i8, ptr %"keys.221", i64 2
  %".5451" = trunc i64 %".5381" to i16
  store volatile i16 %".5451", ptr %".5450", align 2
  %".5453" = load volatile i16, ptr %".5450", align 2
  %".5454" = zext i16 %".5453" to i64
  %"cursor.296" = and i64 %".5454", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre_version:
  %".5456" = getelementptr i8, ptr %"keys.221", i64 2
  %".5457" = trunc i64 %".5381" to i16
  store volatile i16 %".5457", ptr %".5456", align 2
  %".5459" = load volatile i16, ptr %".5456", align 2
  %".5460" = zext i16 %".5459" to i64
  %"cursor.297" = and i64 %".5460", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  %".5462" = getelementptr i8, ptr %"keys.221", i64 2
  %".5463" = trunc i64 %".5381" to i16
  store volatile i16 %".5463", ptr %".5462", align 2
  %".5465" = load volatile i16, ptr %".5462", align 2
  %".5466" = zext i16 %".5465" to i64
  %"cursor.298" = and i64 %".5466", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  %".5468" = getelementptr i8, ptr %"keys.221", i64 2
  %".5469" = trunc i64 %".5381" to i16
  store volatile i16 %".5469", ptr %".5468", align 2
  %".5471" = load volatile i16, ptr %".5468", align 2
  %".5472" = zext i16 %".5471" to i64
  %"cursor.299" = and i64 %".5472", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  %".5474" = getelementptr i8, ptr %"keys.221", i64 2
  %".5475" = trunc i64 %".5381" to i16
  store volatile i16 %".5475", ptr %".5474", align 2
  %".5477" = load volatile i16, ptr %".5474", align 2
  %".5478" = zext i16 %".5477" to i64
  %"cursor.300" = and i64 %".5478", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  %".5480" = getelementptr i8, ptr %"keys.221", i64 2
  %".5481" = trunc i64 %".5381" to i16
  store volatile i16 %".5481", ptr %".5480", align 2
  %".5483" = load volatile i16, ptr %".5480", align 2
  %".5484" = zext i16 %".5483" to i64
  %"cursor.301" = and i64 %".5484", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  %".5486" = getelementptr i8, ptr %"keys.221", i64 2
  %".5487" = trunc i64 %".5381" to i16
  store volatile i16 %".5487", ptr %".5486", align 2
  %".5489" = load volatile i16, ptr %".5486", align 2
  %".5490" = zext i16 %".5489" to i64
  %"cursor.302" = and i64 %".5490", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".5492" = trunc i64 34887 to i16
  %".5493" = call i16 @"llvm.bswap.i16"(i16 %".5492")
  %".5494" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5493", ptr %".5494", align 2
  %".5496" = getelementptr i8, ptr %"keys.221", i64 2
  %".5497" = trunc i64 %".5381" to i16
  store volatile i16 %".5497", ptr %".5496", align 2
  %".5499" = load volatile i16, ptr %".5496", align 2
  %".5500" = zext i16 %".5499" to i64
  %"cursor.303" = and i64 %".5500", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5502" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".5502", align 1
  %".5504" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.50" = load volatile i32, ptr %".5504", align 4
  %".5505" = and i32 %"flags.50", 4
  %".5506" = icmp ne i32 %".5505", 0
  br i1 %".5506", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".5518" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".5518", align 1
  %".5520" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.51" = load volatile i32, ptr %".5520", align 4
  %".5521" = and i32 %"flags.51", 4
  %".5522" = icmp ne i32 %".5521", 0
  br i1 %".5522", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5508" = trunc i64 %".5381" to i16
  %".5509" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5508", ptr %".5509", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5512" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".5512", align 4
  %".5514" = trunc i64 %".5381" to i16
  %".5515" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5514", ptr %".5515", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5524" = trunc i64 %".5381" to i16
  %".5525" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5524", ptr %".5525", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5528" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".5528", align 4
  %".5530" = trunc i64 %".5381" to i16
  %".5531" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5530", ptr %".5531", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5542" = trunc i64 %"cursor.201" to i32
  %".5543" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5542", [40 x i8]* %"header_copy", i32 2)
  %".5544" = icmp eq i64 %".5543", 0
  %".5545" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5546" = load i32, ptr %".5545", align 4
  %".5547" = zext i32 %".5546" to i64
  %"data.222" = inttoptr i64 %".5547" to ptr
  %".5548" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5549" = load i32, ptr %".5548", align 4
  %".5550" = zext i32 %".5549" to i64
  %"data_end.222" = inttoptr i64 %".5550" to ptr
  %".5551" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.222" = load ptr, ptr %".5551", align 8
  %".5552" = xor i1 %".5544", -1
  br i1 %".5552", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5554" = trunc i64 %"cursor.201" to i16
  %".5555" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5554", ptr %".5555", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5558" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5559" = load volatile i8, [40 x i8]* %".5558", align 1
  %".5560" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5561" = load volatile i8, [40 x i8]* %".5560", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.copy_last_byte:
  %".5577" = add i64 %"cursor.201", %".5571"
  %".5578" = sub i64 %".5577", 1
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5579" = trunc i64 %".5578" to i32
  %".5580" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5579", i64* %"last_byte", i32 1)
  %".5581" = icmp eq i64 %".5580", 0
  %".5582" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5583" = load i32, ptr %".5582", align 4
  %".5584" = zext i32 %".5583" to i64
  %"data.224" = inttoptr i64 %".5584" to ptr
  %".5585" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5586" = load i32, ptr %".5585", align 4
  %".5587" = zext i32 %".5586" to i64
  %"data_end.224" = inttoptr i64 %".5587" to ptr
  %".5588" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.224" = load ptr, ptr %".5588", align 8
  %".5589" = xor i1 %".5581", -1
  br i1 %".5589", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed:
  %".5591" = trunc i64 %".5572" to i16
  %".5592" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".5591", ptr %".5592", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext3.variable_part"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5598" = trunc i64 %"end.18" to i16
  %".5599" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5598", ptr %".5599", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".5602" = trunc i64 %"end.18" to i16
  %".5603" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5602", ptr %".5603", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5606" = trunc i64 %"end.18" to i16
  %".5607" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5606", ptr %".5607", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5610" = trunc i64 %"end.18" to i16
  %".5611" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5610", ptr %".5611", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5614" = trunc i64 %"end.18" to i16
  %".5615" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5614", ptr %".5615", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  %".5618" = getelementptr i8, ptr %"keys.225", i64 2
  %".5619" = trunc i64 %"end.18" to i16
  store volatile i16 %".5619", ptr %".5618", align 2
  %".5621" = load volatile i16, ptr %".5618", align 2
  %".5622" = zext i16 %".5621" to i64
  %"cursor.304" = and i64 %".5622", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  %".5624" = getelementptr i8, ptr %"keys.225", i64 2
  %".5625" = trunc i64 %"end.18" to i16
  store volatile i16 %".5625", ptr %".5624", align 2
  %".5627" = load volatile i16, ptr %".5624", align 2
  %".5628" = zext i16 %".5627" to i64
  %"cursor.305" = and i64 %".5628", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  %".5630" = getelementptr i8, ptr %"keys.225", i64 2
  %".5631" = trunc i64 %"end.18" to i16
  store volatile i16 %".5631", ptr %".5630", align 2
  %".5633" = load volatile i16, ptr %".5630", align 2
  %".5634" = zext i16 %".5633" to i64
  %"cursor.306" = and i64 %".5634", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre_version:
  %".5636" = getelementptr i8, ptr %"keys.225", i64 2
  %".5637" = trunc i64 %"end.18" to i16
  store volatile i16 %".5637", ptr %".5636", align 2
  %".5639" = load volatile i16, ptr %".5636", align 2
  %".5640" = zext i16 %".5639" to i64
  %"cursor.307" = and i64 %".5640", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  %".5642" = getelementptr i8, ptr %"keys.225", i64 2
  %".5643" = trunc i64 %"end.18" to i16
  store volatile i16 %".5643", ptr %".5642", align 2
  %".5645" = load volatile i16, ptr %".5642", align 2
  %".5646" = zext i16 %".5645" to i64
  %"cursor.308" = and i64 %".5646", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  %".5648" = getelementptr i8, ptr %"keys.225", i64 2
  %".5649" = trunc i64 %"end.18" to i16
  store volatile i16 %".5649", ptr %".5648", align 2
  %".5651" = load volatile i16, ptr %".5648", align 2
  %".5652" = zext i16 %".5651" to i64
  %"cursor.309" = and i64 %".5652", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  %".5654" = getelementptr i8, ptr %"keys.225", i64 2
  %".5655" = trunc i64 %"end.18" to i16
  store volatile i16 %".5655", ptr %".5654", align 2
  %".5657" = load volatile i16, ptr %".5654", align 2
  %".5658" = zext i16 %".5657" to i64
  %"cursor.310" = and i64 %".5658", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  %".5660" = getelementptr i8, ptr %"keys.225", i64 2
  %".5661" = trunc i64 %"end.18" to i16
  store volatile i16 %".5661", ptr %".5660", align 2
  %".5663" = load volatile i16, ptr %".5660", align 2
  %".5664" = zext i16 %".5663" to i64
  %"cursor.311" = and i64 %".5664", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  %".5666" = getelementptr i8, ptr %"keys.225", i64 2
  %".5667" = trunc i64 %"end.18" to i16
  store volatile i16 %".5667", ptr %".5666", align 2
  %".5669" = load volatile i16, ptr %".5666", align 2
  %".5670" = zext i16 %".5669" to i64
  %"cursor.312" = and i64 %".5670", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5672" = trunc i64 34887 to i16
  %".5673" = call i16 @"llvm.bswap.i16"(i16 %".5672")
  %".5674" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5673", ptr %".5674", align 2
  %".5676" = getelementptr i8, ptr %"keys.225", i64 2
  %".5677" = trunc i64 %"end.18" to i16
  store volatile i16 %".5677", ptr %".5676", align 2
  %".5679" = load volatile i16, ptr %".5676", align 2
  %".5680" = zext i16 %".5679" to i64
  %"cursor.313" = and i64 %".5680", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5682" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5682", align 1
  %".5684" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.52" = load volatile i32, ptr %".5684", align 4
  %".5685" = and i32 %"flags.52", 4
  %".5686" = icmp ne i32 %".5685", 0
  br i1 %".5686", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5700" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5700", align 1
  %".5702" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.53" = load volatile i32, ptr %".5702", align 4
  %".5703" = and i32 %"flags.53", 4
  %".5704" = icmp ne i32 %".5703", 0
  br i1 %".5704", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5688" = trunc i64 %"end.18" to i16
  %".5689" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5688", ptr %".5689", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5692" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5692", align 4
  %".5694" = getelementptr i8, ptr %"keys.225", i64 2
  %".5695" = trunc i64 %"end.18" to i16
  store volatile i16 %".5695", ptr %".5694", align 2
  %".5697" = load volatile i16, ptr %".5694", align 2
  %".5698" = zext i16 %".5697" to i64
  %"cursor.314" = and i64 %".5698", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5706" = trunc i64 %"end.18" to i16
  %".5707" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5706", ptr %".5707", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5710" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5710", align 4
  %".5712" = getelementptr i8, ptr %"keys.225", i64 2
  %".5713" = trunc i64 %"end.18" to i16
  store volatile i16 %".5713", ptr %".5712", align 2
  %".5715" = load volatile i16, ptr %".5712", align 2
  %".5716" = zext i16 %".5715" to i64
  %"cursor.315" = and i64 %".5716", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5726" = trunc i64 %"cursor.203" to i32
  %".5727" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5726", [40 x i8]* %"header_copy", i32 8)
  %".5728" = icmp eq i64 %".5727", 0
  %".5729" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5730" = load i32, ptr %".5729", align 4
  %".5731" = zext i32 %".5730" to i64
  %"data.226" = inttoptr i64 %".5731" to ptr
  %".5732" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5733" = load i32, ptr %".5732", align 4
  %".5734" = zext i32 %".5733" to i64
  %"data_end.226" = inttoptr i64 %".5734" to ptr
  %".5735" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.226" = load ptr, ptr %".5735", align 8
  %".5736" = xor i1 %".5728", -1
  br i1 %".5736", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5738" = trunc i64 %"cursor.203" to i16
  %".5739" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5738", ptr %".5739", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5742" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5743" = load volatile i8, [40 x i8]* %".5742", align 1
  %".5744" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5745" = load volatile i16, [40 x i8]* %".5744", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5758" = getelementptr i8, ptr %"keys.227", i64 6
  store i8 1, ptr %".5758", align 1
  br i1 %".5756", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5778" = zext i8 %"w0_1.26" to i64
  switch i64 %".5778", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5761" = getelementptr i8, ptr %"keys.227", i64 7
  store i8 1, ptr %".5761", align 1
  %".5763" = getelementptr i8, ptr %"keys.227", i64 48
  %"flags.54" = load volatile i32, ptr %".5763", align 4
  %".5764" = and i32 %"flags.54", 1
  %".5765" = icmp ne i32 %".5764", 0
  %".5766" = xor i1 %".5765", -1
  br i1 %".5766", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5773" = trunc i64 %".5751" to i16
  %".5774" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5773", ptr %".5774", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5768" = trunc i64 %".5751" to i16
  %".5769" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5768", ptr %".5769", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5780" = trunc i64 %".5751" to i16
  %".5781" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5780", ptr %".5781", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".5784" = trunc i64 %".5751" to i16
  %".5785" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5784", ptr %".5785", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5788" = trunc i64 %".5751" to i16
  %".5789" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5788", ptr %".5789", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5792" = trunc i64 %".5751" to i16
  %".5793" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5792", ptr %".5793", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5796" = trunc i64 %".5751" to i16
  %".5797" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5796", ptr %".5797", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  %".5800" = getelementptr i8, ptr %"keys.227", i64 2
  %".5801" = trunc i64 %".5751" to i16
  store volatile i16 %".5801", ptr %".5800", align 2
  %".5803" = load volatile i16, ptr %".5800", align 2
  %".5804" = zext i16 %".5803" to i64
  %"cursor.316" = and i64 %".5804", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  %".5806" = getelementptr i8, ptr %"keys.227", i64 2
  %".5807" = trunc i64 %".5751" to i16
  store volatile i16 %".5807", ptr %".5806", align 2
  %".5809" = load volatile i16, ptr %".5806", align 2
  %".5810" = zext i16 %".5809" to i64
  %"cursor.317" = and i64 %".5810", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  %".5812" = getelementptr i8, ptr %"keys.227", i64 2
  %".5813" = trunc i64 %".5751" to i16
  store volatile i16 %".5813", ptr %".5812", align 2
  %".5815" = load volatile i16, ptr %".5812", align 2
  %".5816" = zext i16 %".5815" to i64
  %"cursor.318" = and i64 %".5816", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre_version:
  %".5818" = getelementptr i8, ptr %"keys.227", i64 2
  %".5819" = trunc i64 %".5751" to i16
  store volatile i16 %".5819", ptr %".5818", align 2
  %".5821" = load volatile i16, ptr %".5818", align 2
  %".5822" = zext i16 %".5821" to i64
  %"cursor.319" = and i64 %".5822", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  %".5824" = getelementptr i8, ptr %"keys.227", i64 2
  %".5825" = trunc i64 %".5751" to i16
  store volatile i16 %".5825", ptr %".5824", align 2
  %".5827" = load volatile i16, ptr %".5824", align 2
  %".5828" = zext i16 %".5827" to i64
  %"cursor.320" = and i64 %".5828", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  %".5830" = getelementptr i8, ptr %"keys.227", i64 2
  %".5831" = trunc i64 %".5751" to i16
  store volatile i16 %".5831", ptr %".5830", align 2
  %".5833" = load volatile i16, ptr %".5830", align 2
  %".5834" = zext i16 %".5833" to i64
  %"cursor.321" = and i64 %".5834", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  %".5836" = getelementptr i8, ptr %"keys.227", i64 2
  %".5837" = trunc i64 %".5751" to i16
  store volatile i16 %".5837", ptr %".5836", align 2
  %".5839" = load volatile i16, ptr %".5836", align 2
  %".5840" = zext i16 %".5839" to i64
  %"cursor.322" = and i64 %".5840", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  %".5842" = getelementptr i8, ptr %"keys.227", i64 2
  %".5843" = trunc i64 %".5751" to i16
  store volatile i16 %".5843", ptr %".5842", align 2
  %".5845" = load volatile i16, ptr %".5842", align 2
  %".5846" = zext i16 %".5845" to i64
  %"cursor.323" = and i64 %".5846", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  %".5848" = getelementptr i8, ptr %"keys.227", i64 2
  %".5849" = trunc i64 %".5751" to i16
  store volatile i16 %".5849", ptr %".5848", align 2
  %".5851" = load volatile i16, ptr %".5848", align 2
  %".5852" = zext i16 %".5851" to i64
  %"cursor.324" = and i64 %".5852", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5854" = trunc i64 34887 to i16
  %".5855" = call i16 @"llvm.bswap.i16"(i16 %".5854")
  %".5856" = getelementptr i8, ptr %"keys.227", i64 10
  store i16 %".5855", ptr %".5856", align 2
  %".5858" = getelementptr i8, ptr %"keys.227", i64 2
  %".5859" = trunc i64 %".5751" to i16
  store volatile i16 %".5859", ptr %".5858", align 2
  %".5861" = load volatile i16, ptr %".5858", align 2
  %".5862" = zext i16 %".5861" to i64
  %"cursor.325" = and i64 %".5862", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5864" = getelementptr i8, ptr %"keys.227", i64 8
  store i8 1, ptr %".5864", align 1
  %".5866" = getelementptr i8, ptr %"keys.227", i64 48
  %"flags.55" = load volatile i32, ptr %".5866", align 4
  %".5867" = and i32 %"flags.55", 4
  %".5868" = icmp ne i32 %".5867", 0
  br i1 %".5868", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5882" = getelementptr i8, ptr %"keys.227", i64 8
  store i8 1, ptr %".5882", align 1
  %".5884" = getelementptr i8, ptr %"keys.227", i64 48
  %"flags.56" = load volatile i32, ptr %".5884", align 4
  %".5885" = and i32 %"flags.56", 4
  %".5886" = icmp ne i32 %".5885", 0
  br i1 %".5886", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5870" = trunc i64 %".5751" to i16
  %".5871" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5870", ptr %".5871", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5874" = getelementptr i8, ptr %"keys.227", i64 12
  store i32 0, ptr %".5874", align 4
  %".5876" = getelementptr i8, ptr %"keys.227", i64 2
  %".5877" = trunc i64 %".5751" to i16
  store volatile i16 %".5877", ptr %".5876", align 2
  %".5879" = load volatile i16, ptr %".5876", align 2
  %".5880" = zext i16 %".5879" to i64
  %"cursor.326" = and i64 %".5880", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5888" = trunc i64 %".5751" to i16
  %".5889" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5888", ptr %".5889", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5892" = getelementptr i8, ptr %"keys.227", i64 12
  store i32 0, ptr %".5892", align 4
  %".5894" = getelementptr i8, ptr %"keys.227", i64 2
  %".5895" = trunc i64 %".5751" to i16
  store volatile i16 %".5895", ptr %".5894", align 2
  %".5897" = load volatile i16, ptr %".5894", align 2
  %".5898" = zext i16 %".5897" to i64
  %"cursor.327" = and i64 %".5898", 16383
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5907" = trunc i64 %"cursor.231" to i32
  %".5908" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5907", [40 x i8]* %"header_copy", i32 4)
  %".5909" = icmp eq i64 %".5908", 0
  %".5910" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5911" = load i32, ptr %".5910", align 4
  %".5912" = zext i32 %".5911" to i64
  %"data.228" = inttoptr i64 %".5912" to ptr
  %".5913" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5914" = load i32, ptr %".5913", align 4
  %".5915" = zext i32 %".5914" to i64
  %"data_end.228" = inttoptr i64 %".5915" to ptr
  %".5916" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.228" = load ptr, ptr %".5916", align 8
  %".5917" = xor i1 %".5909", -1
  br i1 %".5917", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5919" = trunc i64 %".5900" to i16
  %".5920" = getelementptr i8, ptr %"keys.228", i64 2
  store i16 %".5919", ptr %".5920", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5923" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5924" = load volatile i8, [40 x i8]* %".5923", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5930" = trunc i64 %".5926" to i16
  %".5931" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5930", ptr %".5931", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_mpls:
  %".5934" = trunc i64 %".5926" to i16
  %".5935" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5934", ptr %".5935", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5938" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".5938", align 1
  %".5940" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.57" = load volatile i32, ptr %".5940", align 4
  %".5941" = and i32 %"flags.57", 4
  %".5942" = icmp ne i32 %".5941", 0
  br i1 %".5942", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5944" = trunc i64 %".5926" to i16
  %".5945" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5944", ptr %".5945", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5948" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".5948", align 4
  %".5950" = getelementptr i8, ptr %"keys.229", i64 2
  %".5951" = trunc i64 %".5926" to i16
  store volatile i16 %".5951", ptr %".5950", align 2
  %".5953" = load volatile i16, ptr %".5950", align 2
  %".5954" = zext i16 %".5953" to i64
  %"cursor.328" = and i64 %".5954", 16383
  br label %"ip_version_d1"
gtpu_next_d1.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5962" = trunc i64 %"cursor.247" to i32
  %".5963" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5962", [40 x i8]* %"header_copy", i32 1)
  %".5964" = icmp eq i64 %".5963", 0
  %".5965" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5966" = load i32, ptr %".5965", align 4
  %".5967" = zext i32 %".5966" to i64
  %"data.230" = inttoptr i64 %".5967" to ptr
  %".5968" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5969" = load i32, ptr %".5968", align 4
  %".5970" = zext i32 %".5969" to i64
  %"data_end.230" = inttoptr i64 %".5970" to ptr
  %".5971" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.230" = load ptr, ptr %".5971", align 8
  %".5972" = xor i1 %".5964", -1
  br i1 %".5972", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5974" = trunc i64 %"cursor.247" to i16
  %".5975" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5974", ptr %".5975", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5978" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5979" = load volatile i8, [40 x i8]* %".5978", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5988" = trunc i64 %".5981" to i16
  %".5989" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5988", ptr %".5989", align 2
  br label %"return"
gtpu_next_d1.to_ip_version:
  %".5992" = getelementptr i8, ptr %"keys.231", i64 2
  %".5993" = trunc i64 %".5981" to i16
  store volatile i16 %".5993", ptr %".5992", align 2
  %".5995" = load volatile i16, ptr %".5992", align 2
  %".5996" = zext i16 %".5995" to i64
  %"cursor.329" = and i64 %".5996", 16383
  br label %"ip_version_d1"
gtpu_next_d1.to_gtpu_ext:
  %".5998" = getelementptr i8, ptr %"keys.231", i64 2
  %".5999" = trunc i64 %".5981" to i16
  store volatile i16 %".5999", ptr %".5998", align 2
  %".6001" = load volatile i16, ptr %".5998", align 2
  %".6002" = zext i16 %".6001" to i64
  %"cursor.331" = and i64 %".6002", 16383
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5982", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.330" = phi  i64 [%"cursor.331", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.232" = phi  ptr [%"data.231", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.232" = phi  ptr [%"data_end.231", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.232" = phi  ptr [%"keys.231", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.66" = getelementptr i8, ptr %"data.232", i64 %"cursor.330"
  %".6635" = getelementptr i8, ptr %"hdr.66", i64 1
  %".6636" = icmp ugt ptr %".6635", %"data_end.232"
  br i1 %".6636", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".6638" = getelementptr i8, ptr %"hdr.66", i64 0
  %".6639" = load i8, ptr %".6638", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.30" = phi  i8 [%".6639", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".6658", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.247" = phi  ptr [%"data.232", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.246", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.247" = phi  ptr [%"data_end.232", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.246", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.247" = phi  ptr [%"keys.232", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.246", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".6660" = zext i8 %"w0_1.30" to i64
  %".6661" = icmp uge i64 %".6660", 1
  %".6662" = xor i1 %".6661", -1
  br i1 %".6662", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
vlan_d1_vlan_tags2.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6010" = trunc i64 %"cursor.251" to i32
  %".6011" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".6010", [40 x i8]* %"header_copy", i32 4)
  %".6012" = icmp eq i64 %".6011", 0
  %".6013" = getelementptr i8, ptr %"ctx.81", i64 76
  %".6014" = load i32, ptr %".6013", align 4
  %".6015" = zext i32 %".6014" to i64
  %"data.233" = inttoptr i64 %".6015" to ptr
  %".6016" = getelementptr i8, ptr %"ctx.81", i64 80
  %".6017" = load i32, ptr %".6016", align 4
  %".6018" = zext i32 %".6017" to i64
  %"data_end.233" = inttoptr i64 %".6018" to ptr
  %".6019" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.233" = load ptr, ptr %".6019", align 8
  %".6020" = xor i1 %".6012", -1
  br i1 %".6020", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".6022" = trunc i64 %"cursor.251" to i16
  %".6023" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".6022", ptr %".6023", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".6026" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6027" = load volatile i16, [40 x i8]* %".6026", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".6042" = trunc i64 %".6035" to i16
  %".6043" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".6042", ptr %".6043", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  %".6046" = getelementptr i8, ptr %"keys.234", i64 2
  %".6047" = trunc i64 %".6035" to i16
  store volatile i16 %".6047", ptr %".6046", align 2
  %".6049" = load volatile i16, ptr %".6046", align 2
  %".6050" = zext i16 %".6049" to i64
  %"cursor.332" = and i64 %".6050", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  %".6052" = getelementptr i8, ptr %"keys.234", i64 2
  %".6053" = trunc i64 %".6035" to i16
  store volatile i16 %".6053", ptr %".6052", align 2
  %".6055" = load volatile i16, ptr %".6052", align 2
  %".6056" = zext i16 %".6055" to i64
  %"cursor.333" = and i64 %".6056", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".6058" = trunc i64 %".6035" to i16
  %".6059" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".6058", ptr %".6059", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".6062" = trunc i64 %".6035" to i16
  %".6063" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".6062", ptr %".6063", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  %".6066" = getelementptr i8, ptr %"keys.234", i64 2
  %".6067" = trunc i64 %".6035" to i16
  store volatile i16 %".6067", ptr %".6066", align 2
  %".6069" = load volatile i16, ptr %".6066", align 2
  %".6070" = zext i16 %".6069" to i64
  %"cursor.334" = and i64 %".6070", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  %".6072" = getelementptr i8, ptr %"keys.234", i64 2
  %".6073" = trunc i64 %".6035" to i16
  store volatile i16 %".6073", ptr %".6072", align 2
  %".6075" = load volatile i16, ptr %".6072", align 2
  %".6076" = zext i16 %".6075" to i64
  %"cursor.335" = and i64 %".6076", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  %".6078" = getelementptr i8, ptr %"keys.234", i64 2
  %".6079" = trunc i64 %".6035" to i16
  store volatile i16 %".6079", ptr %".6078", align 2
  %".6081" = load volatile i16, ptr %".6078", align 2
  %".6082" = zext i16 %".6081" to i64
  %"cursor.336" = and i64 %".6082", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2.to_arp:
  %".6084" = getelementptr i8, ptr %"keys.234", i64 2
  %".6085" = trunc i64 %".6035" to i16
  store volatile i16 %".6085", ptr %".6084", align 2
  %".6087" = load volatile i16, ptr %".6084", align 2
  %".6088" = zext i16 %".6087" to i64
  %"cursor.337" = and i64 %".6088", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_arp.1:
  %".6090" = getelementptr i8, ptr %"keys.234", i64 2
  %".6091" = trunc i64 %".6035" to i16
  store volatile i16 %".6091", ptr %".6090", align 2
  %".6093" = load volatile i16, ptr %".6090", align 2
  %".6094" = zext i16 %".6093" to i64
  %"cursor.338" = and i64 %".6094", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_ptp:
  %".6096" = getelementptr i8, ptr %"keys.234", i64 2
  %".6097" = trunc i64 %".6035" to i16
  store volatile i16 %".6097", ptr %".6096", align 2
  %".6099" = load volatile i16, ptr %".6096", align 2
  %".6100" = zext i16 %".6099" to i64
  %"cursor.339" = and i64 %".6100", 16383
  br label %"ptp"
vlan_d1_vlan_tags2.to_cfm:
  %".6102" = getelementptr i8, ptr %"keys.234", i64 2
  %".6103" = trunc i64 %".6035" to i16
  store volatile i16 %".6103", ptr %".6102", align 2
  %".6105" = load volatile i16, ptr %".6102", align 2
  %".6106" = zext i16 %".6105" to i64
  %"cursor.340" = and i64 %".6106", 16383
  br label %"cfm"
vlan_d1_vlan_tags2.to_tipc:
  %".6108" = getelementptr i8, ptr %"keys.234", i64 2
  %".6109" = trunc i64 %".6035" to i16
  store volatile i16 %".6109", ptr %".6108", align 2
  %".6111" = load volatile i16, ptr %".6108", align 2
  %".6112" = zext i16 %".6111" to i64
  %"cursor.341" = and i64 %".6112", 16383
  br label %"tipc"
vlan_d1_vlan_tags2.to_fcoe:
  %".6114" = getelementptr i8, ptr %"keys.234", i64 2
  %".6115" = trunc i64 %".6035" to i16
  store volatile i16 %".6115", ptr %".6114", align 2
  %".6117" = load volatile i16, ptr %".6114", align 2
  %".6118" = zext i16 %".6117" to i64
  %"cursor.342" = and i64 %".6118", 16383
  br label %"fcoe"
ppp_d1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6131" = trunc i64 %"cursor.270" to i32
  %".6132" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".6131", [40 x i8]* %"header_copy", i32 4)
  %".6133" = icmp eq i64 %".6132", 0
  %".6134" = getelementptr i8, ptr %"ctx.82", i64 76
  %".6135" = load i32, ptr %".6134", align 4
  %".6136" = zext i32 %".6135" to i64
  %"data.235" = inttoptr i64 %".6136" to ptr
  %".6137" = getelementptr i8, ptr %"ctx.82", i64 80
  %".6138" = load i32, ptr %".6137", align 4
  %".6139" = zext i32 %".6138" to i64
  %"data_end.235" = inttoptr i64 %".6139" to ptr
  %".6140" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.235" = load ptr, ptr %".6140", align 8
  %".6141" = xor i1 %".6133", -1
  br i1 %".6141", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".6143" = trunc i64 %"cursor.270" to i16
  %".6144" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".6143", ptr %".6144", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".6147" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6148" = load volatile i16, [40 x i8]* %".6147", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".6154" = and i64 %".6152", 0
  %".6155" = icmp eq i64 %".6154", 0
  br i1 %".6155", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".6161" = trunc i64 2048 to i16
  %".6162" = call i16 @"llvm.bswap.i16"(i16 %".6161")
  %".6163" = getelementptr i8, ptr %"keys.236", i64 10
  store i16 %".6162", ptr %".6163", align 2
  %".6165" = getelementptr i8, ptr %"keys.236", i64 8
  store i8 1, ptr %".6165", align 1
  %".6167" = getelementptr i8, ptr %"keys.236", i64 48
  %"flags.58" = load volatile i32, ptr %".6167", align 4
  %".6168" = and i32 %"flags.58", 4
  %".6169" = icmp ne i32 %".6168", 0
  br i1 %".6169", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".6181" = trunc i64 34525 to i16
  %".6182" = call i16 @"llvm.bswap.i16"(i16 %".6181")
  %".6183" = getelementptr i8, ptr %"keys.236", i64 10
  store i16 %".6182", ptr %".6183", align 2
  %".6185" = getelementptr i8, ptr %"keys.236", i64 8
  store i8 1, ptr %".6185", align 1
  %".6187" = getelementptr i8, ptr %"keys.236", i64 48
  %"flags.59" = load volatile i32, ptr %".6187", align 4
  %".6188" = and i32 %"flags.59", 4
  %".6189" = icmp ne i32 %".6188", 0
  br i1 %".6189", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".6201" = trunc i64 34827 to i16
  %".6202" = call i16 @"llvm.bswap.i16"(i16 %".6201")
  %".6203" = getelementptr i8, ptr %"keys.236", i64 10
  store i16 %".6202", ptr %".6203", align 2
  %".6205" = getelementptr i8, ptr %"keys.236", i64 8
  store i8 1, ptr %".6205", align 1
  %".6207" = getelementptr i8, ptr %"keys.236", i64 48
  %"flags.60" = load volatile i32, ptr %".6207", align 4
  %".6208" = and i32 %"flags.60", 4
  %".6209" = icmp ne i32 %".6208", 0
  br i1 %".6209", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".6157" = trunc i64 %".6150" to i16
  %".6158" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".6157", ptr %".6158", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".6171" = trunc i64 %".6150" to i16
  %".6172" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".6171", ptr %".6172", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".6175" = getelementptr i8, ptr %"keys.236", i64 12
  store i32 0, ptr %".6175", align 4
  %".6177" = trunc i64 %".6150" to i16
  %".6178" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".6177", ptr %".6178", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".6191" = trunc i64 %".6150" to i16
  %".6192" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".6191", ptr %".6192", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".6195" = getelementptr i8, ptr %"keys.236", i64 12
  store i32 0, ptr %".6195", align 4
  %".6197" = trunc i64 %".6150" to i16
  %".6198" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".6197", ptr %".6198", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".6211" = trunc i64 %".6150" to i16
  %".6212" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".6211", ptr %".6212", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".6215" = getelementptr i8, ptr %"keys.236", i64 12
  store i32 0, ptr %".6215", align 4
  %".6217" = trunc i64 %".6150" to i16
  %".6218" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".6217", ptr %".6218", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6228" = trunc i64 %"cursor.272" to i32
  %".6229" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".6228", [40 x i8]* %"header_copy", i32 4)
  %".6230" = icmp eq i64 %".6229", 0
  %".6231" = getelementptr i8, ptr %"ctx.83", i64 76
  %".6232" = load i32, ptr %".6231", align 4
  %".6233" = zext i32 %".6232" to i64
  %"data.237" = inttoptr i64 %".6233" to ptr
  %".6234" = getelementptr i8, ptr %"ctx.83", i64 80
  %".6235" = load i32, ptr %".6234", align 4
  %".6236" = zext i32 %".6235" to i64
  %"data_end.237" = inttoptr i64 %".6236" to ptr
  %".6237" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.237" = load ptr, ptr %".6237", align 8
  %".6238" = xor i1 %".6230", -1
  br i1 %".6238", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".6240" = trunc i64 %".6221" to i16
  %".6241" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".6240", ptr %".6241", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".6244" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6245" = load volatile i8, [40 x i8]* %".6244", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".6251" = trunc i64 %".6247" to i16
  %".6252" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".6251", ptr %".6252", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_mpls:
  %".6255" = getelementptr i8, ptr %"keys.238", i64 2
  %".6256" = trunc i64 %".6247" to i16
  store volatile i16 %".6256", ptr %".6255", align 2
  %".6258" = load volatile i16, ptr %".6255", align 2
  %".6259" = zext i16 %".6258" to i64
  %"cursor.344" = and i64 %".6259", 16383
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels3.to_ip_version:
  %".6261" = getelementptr i8, ptr %"keys.238", i64 8
  store i8 1, ptr %".6261", align 1
  %".6263" = getelementptr i8, ptr %"keys.238", i64 48
  %"flags.61" = load volatile i32, ptr %".6263", align 4
  %".6264" = and i32 %"flags.61", 4
  %".6265" = icmp ne i32 %".6264", 0
  br i1 %".6265", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels4:
  %"cursor.343" = phi  i64 [%"cursor.344", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.239" = phi  ptr [%"data.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.239" = phi  ptr [%"data_end.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.239" = phi  ptr [%"keys.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %".6707" = add i64 %"cursor.343", 4
  %"hdr.67" = getelementptr i8, ptr %"data.239", i64 %"cursor.343"
  %".6708" = getelementptr i8, ptr %"hdr.67", i64 4
  %".6709" = icmp ugt ptr %".6708", %"data_end.239"
  br i1 %".6709", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".6711" = getelementptr i8, ptr %"hdr.67", i64 2
  %".6712" = load i8, ptr %".6711", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".6712", %"mpls_d1_mpls_labels4.linear"], [%".6731", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.252" = phi  ptr [%"data.239", %"mpls_d1_mpls_labels4.linear"], [%"data.251", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.252" = phi  ptr [%"data_end.239", %"mpls_d1_mpls_labels4.linear"], [%"data_end.251", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.252" = phi  ptr [%"keys.239", %"mpls_d1_mpls_labels4.linear"], [%"keys.251", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".6733" = add i64 %"cursor.343", 4
  %".6734" = zext i8 %"w2_1.7" to i64
  %".6735" = and i64 %".6734", 1
  switch i64 %".6735", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels3.stop_at_encap:
  %".6267" = trunc i64 %".6247" to i16
  %".6268" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".6267", ptr %".6268", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".6271" = getelementptr i8, ptr %"keys.238", i64 12
  store i32 0, ptr %".6271", align 4
  %".6273" = trunc i64 %".6247" to i16
  %".6274" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".6273", ptr %".6274", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6285" = trunc i64 %"cursor.274" to i32
  %".6286" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".6285", [40 x i8]* %"header_copy", i32 2)
  %".6287" = icmp eq i64 %".6286", 0
  %".6288" = getelementptr i8, ptr %"ctx.84", i64 76
  %".6289" = load i32, ptr %".6288", align 4
  %".6290" = zext i32 %".6289" to i64
  %"data.240" = inttoptr i64 %".6290" to ptr
  %".6291" = getelementptr i8, ptr %"ctx.84", i64 80
  %".6292" = load i32, ptr %".6291", align 4
  %".6293" = zext i32 %".6292" to i64
  %"data_end.240" = inttoptr i64 %".6293" to ptr
  %".6294" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.240" = load ptr, ptr %".6294", align 8
  %".6295" = xor i1 %".6287", -1
  br i1 %".6295", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".6297" = trunc i64 %"cursor.274" to i16
  %".6298" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".6297", ptr %".6298", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".6301" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6302" = load volatile i8, [40 x i8]* %".6301", align 1
  %".6303" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6304" = load volatile i8, [40 x i8]* %".6303", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.copy_last_byte:
  %".6320" = add i64 %"cursor.274", %".6314"
  %".6321" = sub i64 %".6320", 1
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6322" = trunc i64 %".6321" to i32
  %".6323" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".6322", i64* %"last_byte", i32 1)
  %".6324" = icmp eq i64 %".6323", 0
  %".6325" = getelementptr i8, ptr %"ctx.85", i64 76
  %".6326" = load i32, ptr %".6325", align 4
  %".6327" = zext i32 %".6326" to i64
  %"data.242" = inttoptr i64 %".6327" to ptr
  %".6328" = getelementptr i8, ptr %"ctx.85", i64 80
  %".6329" = load i32, ptr %".6328", align 4
  %".6330" = zext i32 %".6329" to i64
  %"data_end.242" = inttoptr i64 %".6330" to ptr
  %".6331" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.242" = load ptr, ptr %".6331", align 8
  %".6332" = xor i1 %".6324", -1
  br i1 %".6332", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed:
  %".6334" = trunc i64 %".6315" to i16
  %".6335" = getelementptr i8, ptr %"keys.242", i64 2
  store i16 %".6334", ptr %".6335", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext3.variable_part"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".6341" = trunc i64 %"end.19" to i16
  %".6342" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6341", ptr %".6342", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".6345" = trunc i64 %"end.19" to i16
  %".6346" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6345", ptr %".6346", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".6349" = trunc i64 %"end.19" to i16
  %".6350" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6349", ptr %".6350", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".6353" = trunc i64 %"end.19" to i16
  %".6354" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6353", ptr %".6354", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".6357" = trunc i64 %"end.19" to i16
  %".6358" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6357", ptr %".6358", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  %".6361" = getelementptr i8, ptr %"keys.243", i64 2
  %".6362" = trunc i64 %"end.19" to i16
  store volatile i16 %".6362", ptr %".6361", align 2
  %".6364" = load volatile i16, ptr %".6361", align 2
  %".6365" = zext i16 %".6364" to i64
  %"cursor.345" = and i64 %".6365", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  %".6367" = getelementptr i8, ptr %"keys.243", i64 2
  %".6368" = trunc i64 %"end.19" to i16
  store volatile i16 %".6368", ptr %".6367", align 2
  %".6370" = load volatile i16, ptr %".6367", align 2
  %".6371" = zext i16 %".6370" to i64
  %"cursor.346" = and i64 %".6371", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  %".6373" = getelementptr i8, ptr %"keys.243", i64 2
  %".6374" = trunc i64 %"end.19" to i16
  store volatile i16 %".6374", ptr %".6373", align 2
  %".6376" = load volatile i16, ptr %".6373", align 2
  %".6377" = zext i16 %".6376" to i64
  %"cursor.347" = and i64 %".6377", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre_version:
  %".6379" = getelementptr i8, ptr %"keys.243", i64 2
  %".6380" = trunc i64 %"end.19" to i16
  store volatile i16 %".6380", ptr %".6379", align 2
  %".6382" = load volatile i16, ptr %".6379", align 2
  %".6383" = zext i16 %".6382" to i64
  %"cursor.348" = and i64 %".6383", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  %".6385" = getelementptr i8, ptr %"keys.243", i64 2
  %".6386" = trunc i64 %"end.19" to i16
  store volatile i16 %".6386", ptr %".6385", align 2
  %".6388" = load volatile i16, ptr %".6385", align 2
  %".6389" = zext i16 %".6388" to i64
  %"cursor.349" = and i64 %".6389", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  %".6391" = getelementptr i8, ptr %"keys.243", i64 2
  %".6392" = trunc i64 %"end.19" to i16
  store volatile i16 %".6392", ptr %".6391", align 2
  %".6394" = load volatile i16, ptr %".6391", align 2
  %".6395" = zext i16 %".6394" to i64
  %"cursor.350" = and i64 %".6395", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  %".6397" = getelementptr i8, ptr %"keys.243", i64 2
  %".6398" = trunc i64 %"end.19" to i16
  store volatile i16 %".6398", ptr %".6397", align 2
  %".6400" = load volatile i16, ptr %".6397", align 2
  %".6401" = zext i16 %".6400" to i64
  %"cursor.351" = and i64 %".6401", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  %".6403" = getelementptr i8, ptr %"keys.243", i64 2
  %".6404" = trunc i64 %"end.19" to i16
  store volatile i16 %".6404", ptr %".6403", align 2
  %".6406" = load volatile i16, ptr %".6403", align 2
  %".6407" = zext i16 %".6406" to i64
  %"cursor.352" = and i64 %".6407", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  %".6409" = getelementptr i8, ptr %"keys.243", i64 2
  %".6410" = trunc i64 %"end.19" to i16
  store volatile i16 %".6410", ptr %".6409", align 2
  %".6412" = load volatile i16, ptr %".6409", align 2
  %".6413" = zext i16 %".6412" to i64
  %"cursor.353" = and i64 %".6413", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".6415" = trunc i64 34887 to i16
  %".6416" = call i16 @"llvm.bswap.i16"(i16 %".6415")
  %".6417" = getelementptr i8, ptr %"keys.243", i64 10
  store i16 %".6416", ptr %".6417", align 2
  %".6419" = getelementptr i8, ptr %"keys.243", i64 2
  %".6420" = trunc i64 %"end.19" to i16
  store volatile i16 %".6420", ptr %".6419", align 2
  %".6422" = load volatile i16, ptr %".6419", align 2
  %".6423" = zext i16 %".6422" to i64
  %"cursor.354" = and i64 %".6423", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".6425" = getelementptr i8, ptr %"keys.243", i64 8
  store i8 1, ptr %".6425", align 1
  %".6427" = getelementptr i8, ptr %"keys.243", i64 48
  %"flags.62" = load volatile i32, ptr %".6427", align 4
  %".6428" = and i32 %"flags.62", 4
  %".6429" = icmp ne i32 %".6428", 0
  br i1 %".6429", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".6441" = getelementptr i8, ptr %"keys.243", i64 8
  store i8 1, ptr %".6441", align 1
  %".6443" = getelementptr i8, ptr %"keys.243", i64 48
  %"flags.63" = load volatile i32, ptr %".6443", align 4
  %".6444" = and i32 %"flags.63", 4
  %".6445" = icmp ne i32 %".6444", 0
  br i1 %".6445", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".6431" = trunc i64 %"end.19" to i16
  %".6432" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6431", ptr %".6432", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".6435" = getelementptr i8, ptr %"keys.243", i64 12
  store i32 0, ptr %".6435", align 4
  %".6437" = trunc i64 %"end.19" to i16
  %".6438" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6437", ptr %".6438", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".6447" = trunc i64 %"end.19" to i16
  %".6448" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6447", ptr %".6448", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".6451" = getelementptr i8, ptr %"keys.243", i64 12
  store i32 0, ptr %".6451", align 4
  %".6453" = trunc i64 %"end.19" to i16
  %".6454" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6453", ptr %".6454", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6465" = trunc i64 %"cursor.278" to i32
  %".6466" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".6465", [40 x i8]* %"header_copy", i32 8)
  %".6467" = icmp eq i64 %".6466", 0
  %".6468" = getelementptr i8, ptr %"ctx.86", i64 76
  %".6469" = load i32, ptr %".6468", align 4
  %".6470" = zext i32 %".6469" to i64
  %"data.244" = inttoptr i64 %".6470" to ptr
  %".6471" = getelementptr i8, ptr %"ctx.86", i64 80
  %".6472" = load i32, ptr %".6471", align 4
  %".6473" = zext i32 %".6472" to i64
  %"data_end.244" = inttoptr i64 %".6473" to ptr
  %".6474" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.244" = load ptr, ptr %".6474", align 8
  %".6475" = xor i1 %".6467", -1
  br i1 %".6475", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".6477" = trunc i64 %"cursor.278" to i16
  %".6478" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".6477", ptr %".6478", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".6481" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6482" = load volatile i8, [40 x i8]* %".6481", align 1
  %".6483" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6484" = load volatile i16, [40 x i8]* %".6483", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".6497" = getelementptr i8, ptr %"keys.245", i64 6
  store i8 1, ptr %".6497", align 1
  br i1 %".6495", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".6517" = zext i8 %"w0_1.29" to i64
  switch i64 %".6517", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".6500" = getelementptr i8, ptr %"keys.245", i64 7
  store i8 1, ptr %".6500", align 1
  %".6502" = getelementptr i8, ptr %"keys.245", i64 48
  %"flags.64" = load volatile i32, ptr %".6502", align 4
  %".6503" = and i32 %"flags.64", 1
  %".6504" = icmp ne i32 %".6503", 0
  %".6505" = xor i1 %".6504", -1
  br i1 %".6505", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".6512" = trunc i64 %".6490" to i16
  %".6513" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6512", ptr %".6513", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".6507" = trunc i64 %".6490" to i16
  %".6508" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6507", ptr %".6508", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".6519" = trunc i64 %".6490" to i16
  %".6520" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6519", ptr %".6520", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".6523" = trunc i64 %".6490" to i16
  %".6524" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6523", ptr %".6524", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".6527" = trunc i64 %".6490" to i16
  %".6528" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6527", ptr %".6528", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".6531" = trunc i64 %".6490" to i16
  %".6532" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6531", ptr %".6532", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".6535" = trunc i64 %".6490" to i16
  %".6536" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6535", ptr %".6536", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  %".6539" = getelementptr i8, ptr %"keys.245", i64 2
  %".6540" = trunc i64 %".6490" to i16
  store volatile i16 %".6540", ptr %".6539", align 2
  %".6542" = load volatile i16, ptr %".6539", align 2
  %".6543" = zext i16 %".6542" to i64
  %"cursor.355" = and i64 %".6543", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  %".6545" = getelementptr i8, ptr %"keys.245", i64 2
  %".6546" = trunc i64 %".6490" to i16
  store volatile i16 %".6546", ptr %".6545", align 2
  %".6548" = load volatile i16, ptr %".6545", align 2
  %".6549" = zext i16 %".6548" to i64
  %"cursor.356" = and i64 %".6549", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  %".6551" = getelementptr i8, ptr %"keys.245", i64 2
  %".6552" = trunc i64 %".6490" to i16
  store volatile i16 %".6552", ptr %".6551", align 2
  %".6554" = load volatile i16, ptr %".6551", align 2
  %".6555" = zext i16 %".6554" to i64
  %"cursor.357" = and i64 %".6555", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre_version:
  %".6557" = getelementptr i8, ptr %"keys.245", i64 2
  %".6558" = trunc i64 %".6490" to i16
  store volatile i16 %".6558", ptr %".6557", align 2
  %".6560" = load volatile i16, ptr %".6557", align 2
  %".6561" = zext i16 %".6560" to i64
  %"cursor.358" = and i64 %".6561", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  %".6563" = getelementptr i8, ptr %"keys.245", i64 2
  %".6564" = trunc i64 %".6490" to i16
  store volatile i16 %".6564", ptr %".6563", align 2
  %".6566" = load volatile i16, ptr %".6563", align 2
  %".6567" = zext i16 %".6566" to i64
  %"cursor.359" = and i64 %".6567", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  %".6569" = getelementptr i8, ptr %"keys.245", i64 2
  %".6570" = trunc i64 %".6490" to i16
  store volatile i16 %".6570", ptr %".6569", align 2
  %".6572" = load volatile i16, ptr %".6569", align 2
  %".6573" = zext i16 %".6572" to i64
  %"cursor.360" = and i64 %".6573", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  %".6575" = getelementptr i8, ptr %"keys.245", i64 2
  %".6576" = trunc i64 %".6490" to i16
  store volatile i16 %".6576", ptr %".6575", align 2
  %".6578" = load volatile i16, ptr %".6575", align 2
  %".6579" = zext i16 %".6578" to i64
  %"cursor.361" = and i64 %".6579", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  %".6581" = getelementptr i8, ptr %"keys.245", i64 2
  %".6582" = trunc i64 %".6490" to i16
  store volatile i16 %".6582", ptr %".6581", align 2
  %".6584" = load volatile i16, ptr %".6581", align 2
  %".6585" = zext i16 %".6584" to i64
  %"cursor.362" = and i64 %".6585", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  %".6587" = getelementptr i8, ptr %"keys.245", i64 2
  %".6588" = trunc i64 %".6490" to i16
  store volatile i16 %".6588", ptr %".6587", align 2
  %".6590" = load volatile i16, ptr %".6587", align 2
  %".6591" = zext i16 %".6590" to i64
  %"cursor.363" = and i64 %".6591", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".6593" = trunc i64 34887 to i16
  %".6594" = call i16 @"llvm.bswap.i16"(i16 %".6593")
  %".6595" = getelementptr i8, ptr %"keys.245", i64 10
  store i16 %".6594", ptr %".6595", align 2
  %".6597" = getelementptr i8, ptr %"keys.245", i64 2
  %".6598" = trunc i64 %".6490" to i16
  store volatile i16 %".6598", ptr %".6597", align 2
  %".6600" = load volatile i16, ptr %".6597", align 2
  %".6601" = zext i16 %".6600" to i64
  %"cursor.364" = and i64 %".6601", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".6603" = getelementptr i8, ptr %"keys.245", i64 8
  store i8 1, ptr %".6603", align 1
  %".6605" = getelementptr i8, ptr %"keys.245", i64 48
  %"flags.65" = load volatile i32, ptr %".6605", align 4
  %".6606" = and i32 %"flags.65", 4
  %".6607" = icmp ne i32 %".6606", 0
  br i1 %".6607", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".6619" = getelementptr i8, ptr %"keys.245", i64 8
  store i8 1, ptr %".6619", align 1
  %".6621" = getelementptr i8, ptr %"keys.245", i64 48
  %"flags.66" = load volatile i32, ptr %".6621", align 4
  %".6622" = and i32 %"flags.66", 4
  %".6623" = icmp ne i32 %".6622", 0
  br i1 %".6623", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".6609" = trunc i64 %".6490" to i16
  %".6610" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6609", ptr %".6610", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".6613" = getelementptr i8, ptr %"keys.245", i64 12
  store i32 0, ptr %".6613", align 4
  %".6615" = trunc i64 %".6490" to i16
  %".6616" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6615", ptr %".6616", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".6625" = trunc i64 %".6490" to i16
  %".6626" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6625", ptr %".6626", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".6629" = getelementptr i8, ptr %"keys.245", i64 12
  store i32 0, ptr %".6629", align 4
  %".6631" = trunc i64 %".6490" to i16
  %".6632" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6631", ptr %".6632", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6641" = trunc i64 %"cursor.330" to i32
  %".6642" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".6641", [40 x i8]* %"header_copy", i32 1)
  %".6643" = icmp eq i64 %".6642", 0
  %".6644" = getelementptr i8, ptr %"ctx.87", i64 76
  %".6645" = load i32, ptr %".6644", align 4
  %".6646" = zext i32 %".6645" to i64
  %"data.246" = inttoptr i64 %".6646" to ptr
  %".6647" = getelementptr i8, ptr %"ctx.87", i64 80
  %".6648" = load i32, ptr %".6647", align 4
  %".6649" = zext i32 %".6648" to i64
  %"data_end.246" = inttoptr i64 %".6649" to ptr
  %".6650" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.246" = load ptr, ptr %".6650", align 8
  %".6651" = xor i1 %".6643", -1
  br i1 %".6651", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".6653" = trunc i64 %"cursor.330" to i16
  %".6654" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6653", ptr %".6654", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".6657" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6658" = load volatile i8, [40 x i8]* %".6657", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".6664" = trunc i64 %"cursor.330" to i16
  %".6665" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".6664", ptr %".6665", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".6668" = add i64 %"cursor.330", 1
  %".6669" = zext i8 %"w0_1.30" to i64
  %".6670" = mul i64 %".6669", 4
  %".6671" = sub i64 %".6670", 2
  %".6672" = add i64 %".6671", 1
  %".6673" = getelementptr i8, ptr %"data.247", i64 %"cursor.330"
  %".6674" = getelementptr i8, ptr %".6673", i64 %".6672"
  %".6675" = icmp ugt ptr %".6674", %"data_end.247"
  br i1 %".6675", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.249" = phi  ptr [%"data.247", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.248", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.249" = phi  ptr [%"data_end.247", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.248", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.249" = phi  ptr [%"keys.247", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.248", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"end.20" = add i64 %"cursor.330", %".6672"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".6677" = add i64 %"cursor.330", %".6672"
  %".6678" = sub i64 %".6677", 1
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6679" = trunc i64 %".6678" to i32
  %".6680" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.88", i32 %".6679", i64* %"last_byte", i32 1)
  %".6681" = icmp eq i64 %".6680", 0
  %".6682" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6683" = load i32, ptr %".6682", align 4
  %".6684" = zext i32 %".6683" to i64
  %"data.248" = inttoptr i64 %".6684" to ptr
  %".6685" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6686" = load i32, ptr %".6685", align 4
  %".6687" = zext i32 %".6686" to i64
  %"data_end.248" = inttoptr i64 %".6687" to ptr
  %".6688" = getelementptr i8, ptr %"ctx.88", i64 144
  %"keys.248" = load ptr, ptr %".6688", align 8
  %".6689" = xor i1 %".6681", -1
  br i1 %".6689", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".6691" = trunc i64 %"cursor.330" to i16
  %".6692" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6691", ptr %".6692", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".6697" = trunc i64 %"end.20" to i16
  %".6698" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".6697", ptr %".6698", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  %".6701" = getelementptr i8, ptr %"keys.249", i64 2
  %".6702" = trunc i64 %"end.20" to i16
  store volatile i16 %".6702", ptr %".6701", align 2
  %".6704" = load volatile i16, ptr %".6701", align 2
  %".6705" = zext i16 %".6704" to i64
  %"cursor.366" = and i64 %".6705", 16383
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.365" = phi  i64 [%"cursor.366", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.250" = phi  ptr [%"data.249", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.250" = phi  ptr [%"data_end.249", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.250" = phi  ptr [%"keys.249", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.68" = getelementptr i8, ptr %"data.250", i64 %"cursor.365"
  %".6761" = getelementptr i8, ptr %"hdr.68", i64 1
  %".6762" = icmp ugt ptr %".6761", %"data_end.250"
  br i1 %".6762", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".6764" = getelementptr i8, ptr %"hdr.68", i64 0
  %".6765" = load i8, ptr %".6764", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.31" = phi  i8 [%".6765", %"gtpu_next_d1_gtpu_ext1.linear"], [%".6784", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.254" = phi  ptr [%"data.250", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.253", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.254" = phi  ptr [%"data_end.250", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.253", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.254" = phi  ptr [%"keys.250", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.253", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".6786" = add i64 %"cursor.365", 1
  %".6787" = zext i8 %"w0_1.31" to i64
  %".6788" = icmp uge i64 %".6787", 1
  %".6789" = icmp ule i64 %".6787", 255
  %".6790" = and i1 %".6788", %".6789"
  br i1 %".6790", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
mpls_d1_mpls_labels4.copy:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6714" = trunc i64 %"cursor.343" to i32
  %".6715" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.89", i32 %".6714", [40 x i8]* %"header_copy", i32 4)
  %".6716" = icmp eq i64 %".6715", 0
  %".6717" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6718" = load i32, ptr %".6717", align 4
  %".6719" = zext i32 %".6718" to i64
  %"data.251" = inttoptr i64 %".6719" to ptr
  %".6720" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6721" = load i32, ptr %".6720", align 4
  %".6722" = zext i32 %".6721" to i64
  %"data_end.251" = inttoptr i64 %".6722" to ptr
  %".6723" = getelementptr i8, ptr %"ctx.89", i64 144
  %"keys.251" = load ptr, ptr %".6723", align 8
  %".6724" = xor i1 %".6716", -1
  br i1 %".6724", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".6726" = trunc i64 %".6707" to i16
  %".6727" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".6726", ptr %".6727", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".6730" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6731" = load volatile i8, [40 x i8]* %".6730", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".6737" = trunc i64 %".6733" to i16
  %".6738" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6737", ptr %".6738", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_mpls:
  %".6741" = trunc i64 %".6733" to i16
  %".6742" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6741", ptr %".6742", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".6745" = getelementptr i8, ptr %"keys.252", i64 8
  store i8 1, ptr %".6745", align 1
  %".6747" = getelementptr i8, ptr %"keys.252", i64 48
  %"flags.67" = load volatile i32, ptr %".6747", align 4
  %".6748" = and i32 %"flags.67", 4
  %".6749" = icmp ne i32 %".6748", 0
  br i1 %".6749", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".6751" = trunc i64 %".6733" to i16
  %".6752" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6751", ptr %".6752", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".6755" = getelementptr i8, ptr %"keys.252", i64 12
  store i32 0, ptr %".6755", align 4
  %".6757" = trunc i64 %".6733" to i16
  %".6758" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6757", ptr %".6758", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6767" = trunc i64 %"cursor.365" to i32
  %".6768" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.90", i32 %".6767", [40 x i8]* %"header_copy", i32 1)
  %".6769" = icmp eq i64 %".6768", 0
  %".6770" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6771" = load i32, ptr %".6770", align 4
  %".6772" = zext i32 %".6771" to i64
  %"data.253" = inttoptr i64 %".6772" to ptr
  %".6773" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6774" = load i32, ptr %".6773", align 4
  %".6775" = zext i32 %".6774" to i64
  %"data_end.253" = inttoptr i64 %".6775" to ptr
  %".6776" = getelementptr i8, ptr %"ctx.90", i64 144
  %"keys.253" = load ptr, ptr %".6776", align 8
  %".6777" = xor i1 %".6769", -1
  br i1 %".6777", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".6779" = trunc i64 %"cursor.365" to i16
  %".6780" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".6779", ptr %".6780", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".6783" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6784" = load volatile i8, [40 x i8]* %".6783", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".6793" = trunc i64 %".6786" to i16
  %".6794" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".6793", ptr %".6794", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  %".6797" = getelementptr i8, ptr %"keys.254", i64 2
  %".6798" = trunc i64 %".6786" to i16
  store volatile i16 %".6798", ptr %".6797", align 2
  %".6800" = load volatile i16, ptr %".6797", align 2
  %".6801" = zext i16 %".6800" to i64
  %"cursor.367" = and i64 %".6801", 16383
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  %".6803" = getelementptr i8, ptr %"keys.254", i64 2
  %".6804" = trunc i64 %".6786" to i16
  store volatile i16 %".6804", ptr %".6803", align 2
  %".6806" = load volatile i16, ptr %".6803", align 2
  %".6807" = zext i16 %".6806" to i64
  %"cursor.369" = and i64 %".6807", 16383
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".6787", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.368" = phi  i64 [%"cursor.369", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.255" = phi  ptr [%"data.254", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.255" = phi  ptr [%"data_end.254", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.255" = phi  ptr [%"keys.254", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.255", i64 %"cursor.368"
  %".6809" = getelementptr i8, ptr %"hdr.69", i64 1
  %".6810" = icmp ugt ptr %".6809", %"data_end.255"
  br i1 %".6810", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".6812" = getelementptr i8, ptr %"hdr.69", i64 0
  %".6813" = load i8, ptr %".6812", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.32" = phi  i8 [%".6813", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".6832", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.257" = phi  ptr [%"data.255", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.256", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.257" = phi  ptr [%"data_end.255", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.256", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.257" = phi  ptr [%"keys.255", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.256", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".6834" = zext i8 %"w0_1.32" to i64
  %".6835" = icmp uge i64 %".6834", 1
  %".6836" = xor i1 %".6835", -1
  br i1 %".6836", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6815" = trunc i64 %"cursor.368" to i32
  %".6816" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.91", i32 %".6815", [40 x i8]* %"header_copy", i32 1)
  %".6817" = icmp eq i64 %".6816", 0
  %".6818" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6819" = load i32, ptr %".6818", align 4
  %".6820" = zext i32 %".6819" to i64
  %"data.256" = inttoptr i64 %".6820" to ptr
  %".6821" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6822" = load i32, ptr %".6821", align 4
  %".6823" = zext i32 %".6822" to i64
  %"data_end.256" = inttoptr i64 %".6823" to ptr
  %".6824" = getelementptr i8, ptr %"ctx.91", i64 144
  %"keys.256" = load ptr, ptr %".6824", align 8
  %".6825" = xor i1 %".6817", -1
  br i1 %".6825", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".6827" = trunc i64 %"cursor.368" to i16
  %".6828" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6827", ptr %".6828", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".6831" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6832" = load volatile i8, [40 x i8]* %".6831", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".6838" = trunc i64 %"cursor.368" to i16
  %".6839" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".6838", ptr %".6839", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".6842" = add i64 %"cursor.368", 1
  %".6843" = zext i8 %"w0_1.32" to i64
  %".6844" = mul i64 %".6843", 4
  %".6845" = sub i64 %".6844", 2
  %".6846" = add i64 %".6845", 1
  %".6847" = getelementptr i8, ptr %"data.257", i64 %"cursor.368"
  %".6848" = getelementptr i8, ptr %".6847", i64 %".6846"
  %".6849" = icmp ugt ptr %".6848", %"data_end.257"
  br i1 %".6849", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.259" = phi  ptr [%"data.257", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.258", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.259" = phi  ptr [%"data_end.257", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.258", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.259" = phi  ptr [%"keys.257", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.258", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"end.21" = add i64 %"cursor.368", %".6846"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".6851" = add i64 %"cursor.368", %".6846"
  %".6852" = sub i64 %".6851", 1
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6853" = trunc i64 %".6852" to i32
  %".6854" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.92", i32 %".6853", i64* %"last_byte", i32 1)
  %".6855" = icmp eq i64 %".6854", 0
  %".6856" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6857" = load i32, ptr %".6856", align 4
  %".6858" = zext i32 %".6857" to i64
  %"data.258" = inttoptr i64 %".6858" to ptr
  %".6859" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6860" = load i32, ptr %".6859", align 4
  %".6861" = zext i32 %".6860" to i64
  %"data_end.258" = inttoptr i64 %".6861" to ptr
  %".6862" = getelementptr i8, ptr %"ctx.92", i64 144
  %"keys.258" = load ptr, ptr %".6862", align 8
  %".6863" = xor i1 %".6855", -1
  br i1 %".6863", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".6865" = trunc i64 %"cursor.368" to i16
  %".6866" = getelementptr i8, ptr %"keys.258", i64 2
  store i16 %".6865", ptr %".6866", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".6871" = trunc i64 %"end.21" to i16
  %".6872" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".6871", ptr %".6872", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  %".6875" = getelementptr i8, ptr %"keys.259", i64 2
  %".6876" = trunc i64 %"end.21" to i16
  store volatile i16 %".6876", ptr %".6875", align 2
  %".6878" = load volatile i16, ptr %".6875", align 2
  %".6879" = zext i16 %".6878" to i64
  %"cursor.371" = and i64 %".6879", 16383
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.370" = phi  i64 [%"cursor.371", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.260" = phi  ptr [%"data.259", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.260" = phi  ptr [%"data_end.259", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.260" = phi  ptr [%"keys.259", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.260", i64 %"cursor.370"
  %".6881" = getelementptr i8, ptr %"hdr.70", i64 1
  %".6882" = icmp ugt ptr %".6881", %"data_end.260"
  br i1 %".6882", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".6884" = getelementptr i8, ptr %"hdr.70", i64 0
  %".6885" = load i8, ptr %".6884", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.33" = phi  i8 [%".6885", %"gtpu_next_d1_gtpu_ext2.linear"], [%".6904", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.262" = phi  ptr [%"data.260", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.261", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.262" = phi  ptr [%"data_end.260", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.261", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.262" = phi  ptr [%"keys.260", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.261", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".6906" = add i64 %"cursor.370", 1
  %".6907" = zext i8 %"w0_1.33" to i64
  %".6908" = icmp uge i64 %".6907", 1
  %".6909" = icmp ule i64 %".6907", 255
  %".6910" = and i1 %".6908", %".6909"
  br i1 %".6910", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6887" = trunc i64 %"cursor.370" to i32
  %".6888" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.93", i32 %".6887", [40 x i8]* %"header_copy", i32 1)
  %".6889" = icmp eq i64 %".6888", 0
  %".6890" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6891" = load i32, ptr %".6890", align 4
  %".6892" = zext i32 %".6891" to i64
  %"data.261" = inttoptr i64 %".6892" to ptr
  %".6893" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6894" = load i32, ptr %".6893", align 4
  %".6895" = zext i32 %".6894" to i64
  %"data_end.261" = inttoptr i64 %".6895" to ptr
  %".6896" = getelementptr i8, ptr %"ctx.93", i64 144
  %"keys.261" = load ptr, ptr %".6896", align 8
  %".6897" = xor i1 %".6889", -1
  br i1 %".6897", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".6899" = trunc i64 %"cursor.370" to i16
  %".6900" = getelementptr i8, ptr %"keys.261", i64 2
  store i16 %".6899", ptr %".6900", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".6903" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6904" = load volatile i8, [40 x i8]* %".6903", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6913" = trunc i64 %".6906" to i16
  %".6914" = getelementptr i8, ptr %"keys.262", i64 2
  store i16 %".6913", ptr %".6914", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  %".6917" = getelementptr i8, ptr %"keys.262", i64 2
  %".6918" = trunc i64 %".6906" to i16
  store volatile i16 %".6918", ptr %".6917", align 2
  %".6920" = load volatile i16, ptr %".6917", align 2
  %".6921" = zext i16 %".6920" to i64
  %"cursor.372" = and i64 %".6921", 16383
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6923" = trunc i64 %".6906" to i16
  %".6924" = getelementptr i8, ptr %"keys.262", i64 2
  store i16 %".6923", ptr %".6924", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".6907", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }