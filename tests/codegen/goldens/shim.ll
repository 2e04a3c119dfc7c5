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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_d0_mpls_labels1.copy_failed"], [0, %"mpls_d0_mpls_labels1.unknown"], [0, %"mpls_d0_mpls_labels1.stop_at_encap"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0.copy_failed"], [2, %"hsr_d0.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"tcp.copy_failed"], [0, %"tcp.unknown"], [0, %"udp_d0.copy_failed"], [0, %"udp_d0.copy_last_byte_failed"], [0, %"udp_d0.unknown"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"mpls_d0_mpls_labels2.copy_failed"], [0, %"mpls_d0_mpls_labels2.unknown"], [0, %"mpls_d0_mpls_labels2.stop_at_encap"], [2, %"ip_version_d1.copy_failed"], [0, %"ip_version_d1.unknown"], [0, %"ppp_other"], [0, %"mpls_d1_mpls_labels1.copy_failed"], [0, %"mpls_d1_mpls_labels1.unknown"], [0, %"mpls_d1_mpls_labels1.stop_at_encap"], [0, %"mpls_d1_mpls_labels1.stop_at_encap.endif"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable_part"], [2, %"vxlan_d0.copy_failed"], [0, %"vxlan_d0.stop_at_encap"], [0, %"vxlan_d0.unknown"], [2, %"geneve_d0.copy_failed"], [0, %"geneve_d0.stop_before"], [2, %"geneve_d0.copy_last_byte_failed"], [0, %"geneve_d0.stop_at_encap"], [0, %"geneve_d0.unknown"], [2, %"gue_d0.copy_failed"], [0, %"gue_d0.stop_before"], [2, %"gue_d0.copy_last_byte_failed"], [0, %"gue_d0.stop_at_encap"], [0, %"gue_d0.unknown"], [2, %"gtpu_d0.copy_failed"], [0, %"gtpu_d0.stop_before"], [0, %"gtpu_d0.stop_at_encap"], [0, %"gtpu_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.stop_at_encap"], [0, %"shim_d0.unknown"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"pptp_d0.copy_failed"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [0, %"udp_d1.copy_failed"], [0, %"udp_d1.copy_last_byte_failed"], [0, %"udp_d1.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels3.copy_failed"], [0, %"mpls_d0_mpls_labels3.unknown"], [0, %"mpls_d0_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.copy_failed"], [0, %"mpls_d1_mpls_labels2.unknown"], [0, %"mpls_d1_mpls_labels2.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.stop_at_encap.endif"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"gtpu_opt_d1.copy_failed"], [0, %"gtpu_opt_d1.unknown"], [2, %"gtpu_seq_d1.copy_failed"], [0, %"gtpu_seq_d1.unknown"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"hsr_d1.copy_failed"], [2, %"hsr_d1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"vxlan_d1.copy_failed"], [0, %"vxlan_d1.stop_at_encap"], [0, %"vxlan_d1.unknown"], [0, %"vxlan_d1.to_ethernet"], [2, %"geneve_d1.copy_failed"], [0, %"geneve_d1.stop_before"], [2, %"geneve_d1.copy_last_byte_failed"], [0, %"geneve_d1.stop_at_encap"], [0, %"geneve_d1.unknown"], [0, %"geneve_d1.to_ethernet"], [0, %"geneve_d1.to_ipv4"], [0, %"geneve_d1.to_ipv6"], [2, %"gue_d1.copy_failed"], [0, %"gue_d1.stop_before"], [2, %"gue_d1.copy_last_byte_failed"], [0, %"gue_d1.stop_at_encap"], [0, %"gue_d1.unknown"], [0, %"gue_d1.to_ipv4"], [0, %"gue_d1.to_ipv6"], [2, %"gtpu_d1.copy_failed"], [0, %"gtpu_d1.stop_before"], [0, %"gtpu_d1.stop_at_encap"], [0, %"gtpu_d1.unknown"], [0, %"gtpu_d1.to_ip_version"], [0, %"gtpu_d1.to_gtpu_opt"], [0, %"gtpu_d1.to_gtpu_seq"], [2, %"shim_d1.copy_failed"], [0, %"shim_d1.stop_at_encap"], [0, %"shim_d1.unknown"], [0, %"shim_d1.to_ipv4"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [2, %"pptp_d1.copy_failed"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels4.copy_failed"], [0, %"mpls_d0_mpls_labels4.unknown"], [0, %"mpls_d0_mpls_labels4.to_mpls"], [0, %"mpls_d0_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.copy_failed"], [0, %"mpls_d1_mpls_labels3.unknown"], [0, %"mpls_d1_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.stop_at_encap.endif"], [2, %"gtpu_next_d1.copy_failed"], [0, %"gtpu_next_d1.unknown"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [0, %"mpls_d1_mpls_labels4.copy_failed"], [0, %"mpls_d1_mpls_labels4.unknown"], [0, %"mpls_d1_mpls_labels4.to_mpls"], [0, %"mpls_d1_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels4.stop_at_encap.endif"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext1.require"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext1.unknown"], [2, %"gtpu_next_d1_gtpu_ext1.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext1.unknown"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext2.require"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext2.unknown"], [2, %"gtpu_next_d1_gtpu_ext2.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext2.unknown"], [0, %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext"]
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
entry_d0.to_hsr:
  br label %"hsr_d0"
entry_d0.to_hsr.1:
  br label %"hsr_d0"
entry_d0.to_batadv:
  br label %"batadv_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_ipv4"], [%".406", %"vlan_d0_vlan_tags1.to_ipv4"], [%"cursor.44", %"pppoe_d0.to_ipv4"], [%"cursor.49", %"hsr_d0.to_ipv4"], [%"cursor.137", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.40", %"pppoe_d0.to_ipv4"], [%"data.49", %"hsr_d0.to_ipv4"], [%"data.101", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.40", %"pppoe_d0.to_ipv4"], [%"data_end.49", %"hsr_d0.to_ipv4"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.40", %"pppoe_d0.to_ipv4"], [%"keys.49", %"hsr_d0.to_ipv4"], [%"keys.101", %"vlan_d0_vlan_tags2.to_ipv4"]
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
  %"cursor.2" = phi  i64 [%".21", %"entry_d0.to_ipv6"], [%".406", %"vlan_d0_vlan_tags1.to_ipv6"], [%"cursor.45", %"pppoe_d0.to_ipv6"], [%"cursor.50", %"hsr_d0.to_ipv6"], [%"cursor.138", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.40", %"pppoe_d0.to_ipv6"], [%"data.49", %"hsr_d0.to_ipv6"], [%"data.101", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.40", %"pppoe_d0.to_ipv6"], [%"data_end.49", %"hsr_d0.to_ipv6"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.40", %"pppoe_d0.to_ipv6"], [%"keys.49", %"hsr_d0.to_ipv6"], [%"keys.101", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".212" = getelementptr i8, ptr %"hdr.1", i64 40
  %".213" = icmp ugt ptr %".212", %"data_end.3"
  br i1 %".213", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".215" = getelementptr i8, ptr %"hdr.1", i64 0
  %".216" = load i32, ptr %".215", align 4
  %".217" = getelementptr i8, ptr %"hdr.1", i64 6
  %".218" = load i8, ptr %".217", align 1
  %".219" = getelementptr i8, ptr %"hdr.1", i64 8
  %".220" = load i64, ptr %".219", align 8
  %".221" = getelementptr i8, ptr %"hdr.1", i64 16
  %".222" = load i64, ptr %".221", align 8
  %".223" = getelementptr i8, ptr %"hdr.1", i64 24
  %".224" = load i64, ptr %".223", align 8
  %".225" = getelementptr i8, ptr %"hdr.1", i64 32
  %".226" = load i64, ptr %".225", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".216", %"ipv6_d0.linear"], [%".245", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".218", %"ipv6_d0.linear"], [%".247", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".220", %"ipv6_d0.linear"], [%".249", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".222", %"ipv6_d0.linear"], [%".251", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".224", %"ipv6_d0.linear"], [%".253", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".226", %"ipv6_d0.linear"], [%".255", %"ipv6_d0.copy_failed.endif"]
  %"data.28" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.27", %"ipv6_d0.copy_failed.endif"]
  %"data_end.28" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.27", %"ipv6_d0.copy_failed.endif"]
  %"keys.28" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.27", %"ipv6_d0.copy_failed.endif"]
  %".257" = trunc i64 34525 to i16
  %".258" = getelementptr i8, ptr %"keys.28", i64 4
  store i16 %".257", ptr %".258", align 2
  %".260" = trunc i64 34525 to i16
  %".261" = call i16 @"llvm.bswap.i16"(i16 %".260")
  %".262" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".261", ptr %".262", align 2
  %".264" = getelementptr i8, ptr %"keys.28", i64 16
  store i64 %"w8_8", ptr %".264", align 8
  %".266" = getelementptr i8, ptr %"keys.28", i64 24
  store i64 %"w16_8", ptr %".266", align 8
  %".268" = getelementptr i8, ptr %"keys.28", i64 32
  store i64 %"w24_8", ptr %".268", align 8
  %".270" = getelementptr i8, ptr %"keys.28", i64 40
  store i64 %"w32_8", ptr %".270", align 8
  %".272" = zext i8 %"w6_1" to i64
  %".273" = trunc i64 %".272" to i8
  %".274" = getelementptr i8, ptr %"keys.28", i64 9
  store i8 %".273", ptr %".274", align 1
  %".276" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".277" = zext i32 %".276" to i64
  %".278" = and i64 %".277", 1048575
  %".279" = trunc i64 %".278" to i32
  %".280" = call i32 @"llvm.bswap.i32"(i32 %".279")
  %".281" = getelementptr i8, ptr %"keys.28", i64 52
  store i32 %".280", ptr %".281", align 4
  %".283" = add i64 %"cursor.2", 40
  %".284" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".285" = zext i32 %".284" to i64
  %".286" = and i64 %".285", 1048575
  %".287" = icmp ne i64 %".286", 0
  %".288" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.3" = load volatile i32, ptr %".288", align 4
  %".289" = and i32 %"flags.3", 2
  %".290" = icmp ne i32 %".289", 0
  %".291" = and i1 %".287", %".290"
  br i1 %".291", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
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
  %"data.33" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.33" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.33" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".400" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".401" = zext i16 %".400" to i64
  %".402" = trunc i64 %".401" to i16
  %".403" = call i16 @"llvm.bswap.i16"(i16 %".402")
  %".404" = getelementptr i8, ptr %"keys.33", i64 10
  store i16 %".403", ptr %".404", align 2
  %".406" = add i64 %"cursor.3", 4
  %".407" = trunc i64 %".406" to i16
  %".408" = getelementptr i8, ptr %"keys.33", i64 0
  store i16 %".407", ptr %".408", align 2
  %".410" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".411" = zext i16 %".410" to i64
  switch i64 %".411", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"entry_d0.to_mpls"], [%".21", %"entry_d0.to_mpls.1"], [%"cursor.22", %"ipv4_d0.to_mpls"], [%"cursor.31", %"ipv6_d0.to_mpls"], [%"cursor.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"cursor.36", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"cursor.46", %"pppoe_d0.to_mpls"], [%"cursor.47", %"pppoe_d0.to_mpls.1"], [%"cursor.51", %"hsr_d0.to_mpls"], [%"cursor.52", %"hsr_d0.to_mpls.1"], [%"cursor.119", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"cursor.134", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"cursor.139", %"vlan_d0_vlan_tags2.to_mpls"], [%"cursor.140", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"cursor.251", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"cursor.266", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"cursor.364", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"cursor.376", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.40", %"pppoe_d0.to_mpls"], [%"data.40", %"pppoe_d0.to_mpls.1"], [%"data.49", %"hsr_d0.to_mpls"], [%"data.49", %"hsr_d0.to_mpls.1"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.101", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.101", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.40", %"pppoe_d0.to_mpls"], [%"data_end.40", %"pppoe_d0.to_mpls.1"], [%"data_end.49", %"hsr_d0.to_mpls"], [%"data_end.49", %"hsr_d0.to_mpls.1"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.40", %"pppoe_d0.to_mpls"], [%"keys.40", %"pppoe_d0.to_mpls.1"], [%"keys.49", %"hsr_d0.to_mpls"], [%"keys.49", %"hsr_d0.to_mpls.1"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.101", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.101", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %".463" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".464" = getelementptr i8, ptr %"hdr.3", i64 4
  %".465" = icmp ugt ptr %".464", %"data_end.5"
  br i1 %".465", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".467" = getelementptr i8, ptr %"hdr.3", i64 2
  %".468" = load i8, ptr %".467", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".468", %"mpls_d0_mpls_labels1.linear"], [%".487", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.36" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.35", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.36" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.35", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.36" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.35", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".489" = add i64 %"cursor.4", 4
  %".490" = zext i8 %"w2_1" to i64
  %".491" = and i64 %".490", 1
  switch i64 %".491", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"entry_d0.to_pppoe"], [%".406", %"vlan_d0_vlan_tags1.to_pppoe"], [%"cursor.53", %"hsr_d0.to_pppoe"], [%"cursor.141", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.49", %"hsr_d0.to_pppoe"], [%"data.101", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.49", %"hsr_d0.to_pppoe"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.49", %"hsr_d0.to_pppoe"], [%"keys.101", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".516" = getelementptr i8, ptr %"hdr.4", i64 8
  %".517" = icmp ugt ptr %".516", %"data_end.6"
  br i1 %".517", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".519" = getelementptr i8, ptr %"hdr.4", i64 0
  %".520" = load i8, ptr %".519", align 1
  %".521" = getelementptr i8, ptr %"hdr.4", i64 1
  %".522" = load i8, ptr %".521", align 1
  %".523" = getelementptr i8, ptr %"hdr.4", i64 6
  %".524" = load i16, ptr %".523", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".520", %"pppoe_d0.linear"], [%".543", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".522", %"pppoe_d0.linear"], [%".545", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".524", %"pppoe_d0.linear"], [%".547", %"pppoe_d0.copy_failed.endif"]
  %"data.40" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.39", %"pppoe_d0.copy_failed.endif"]
  %"data_end.40" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.39", %"pppoe_d0.copy_failed.endif"]
  %"keys.40" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.39", %"pppoe_d0.copy_failed.endif"]
  %".549" = zext i8 %"w0_1.1" to i64
  %".550" = lshr i64 %".549", 4
  %".551" = and i64 %".550", 15
  %".552" = icmp eq i64 %".551", 1
  %".553" = zext i8 %"w0_1.1" to i64
  %".554" = and i64 %".553", 15
  %".555" = icmp eq i64 %".554", 1
  %".556" = and i1 %".552", %".555"
  %".557" = zext i8 %"w1_1" to i64
  %".558" = icmp eq i64 %".557", 0
  %".559" = and i1 %".556", %".558"
  %".560" = xor i1 %".559", -1
  br i1 %".560", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".21", %"entry_d0.to_arp"], [%".21", %"entry_d0.to_arp.1"], [%"cursor.37", %"vlan_d0_vlan_tags1.to_arp"], [%"cursor.38", %"vlan_d0_vlan_tags1.to_arp.1"], [%"cursor.54", %"hsr_d0.to_arp"], [%"cursor.55", %"hsr_d0.to_arp.1"], [%"cursor.67", %"batadv_d0.stop_at_encap.endif.5"], [%"cursor.68", %"batadv_d0.stop_at_encap.endif.6"], [%"cursor.142", %"vlan_d0_vlan_tags2.to_arp"], [%"cursor.143", %"vlan_d0_vlan_tags2.to_arp.1"], [%"cursor.182", %"gre_d0.to_arp"], [%"cursor.183", %"gre_d0.to_arp.1"], [%"cursor.280", %"ethernet_d1.to_arp"], [%"cursor.281", %"ethernet_d1.to_arp.1"], [%"cursor.300", %"vlan_d1_vlan_tags1.to_arp"], [%"cursor.301", %"vlan_d1_vlan_tags1.to_arp.1"], [%"cursor.314", %"hsr_d1.to_arp"], [%"cursor.315", %"hsr_d1.to_arp.1"], [%"cursor.390", %"vlan_d1_vlan_tags2.to_arp"], [%"cursor.391", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.49", %"hsr_d0.to_arp"], [%"data.49", %"hsr_d0.to_arp.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data.101", %"vlan_d0_vlan_tags2.to_arp"], [%"data.101", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.136", %"gre_d0.to_arp"], [%"data.136", %"gre_d0.to_arp.1"], [%"data.177", %"ethernet_d1.to_arp"], [%"data.177", %"ethernet_d1.to_arp.1"], [%"data.184", %"vlan_d1_vlan_tags1.to_arp"], [%"data.184", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.187", %"hsr_d1.to_arp"], [%"data.187", %"hsr_d1.to_arp.1"], [%"data.235", %"vlan_d1_vlan_tags2.to_arp"], [%"data.235", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.49", %"hsr_d0.to_arp"], [%"data_end.49", %"hsr_d0.to_arp.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.136", %"gre_d0.to_arp"], [%"data_end.136", %"gre_d0.to_arp.1"], [%"data_end.177", %"ethernet_d1.to_arp"], [%"data_end.177", %"ethernet_d1.to_arp.1"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.187", %"hsr_d1.to_arp"], [%"data_end.187", %"hsr_d1.to_arp.1"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.49", %"hsr_d0.to_arp"], [%"keys.49", %"hsr_d0.to_arp.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.101", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.101", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.136", %"gre_d0.to_arp"], [%"keys.136", %"gre_d0.to_arp.1"], [%"keys.177", %"ethernet_d1.to_arp"], [%"keys.177", %"ethernet_d1.to_arp.1"], [%"keys.184", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.184", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.187", %"hsr_d1.to_arp"], [%"keys.187", %"hsr_d1.to_arp.1"], [%"keys.235", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.235", %"vlan_d1_vlan_tags2.to_arp.1"]
  %".621" = add i64 %"cursor.6", 0
  %".622" = trunc i64 %".621" to i16
  %".623" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".622", ptr %".623", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".21", %"entry_d0.to_ptp"], [%".406", %"vlan_d0_vlan_tags1.to_ptp"], [%"cursor.56", %"hsr_d0.to_ptp"], [%"cursor.69", %"batadv_d0.stop_at_encap.endif.7"], [%"cursor.144", %"vlan_d0_vlan_tags2.to_ptp"], [%"cursor.184", %"gre_d0.to_ptp"], [%"cursor.282", %"ethernet_d1.to_ptp"], [%"cursor.302", %"vlan_d1_vlan_tags1.to_ptp"], [%"cursor.316", %"hsr_d1.to_ptp"], [%"cursor.392", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.49", %"hsr_d0.to_ptp"], [%"data.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data.101", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.136", %"gre_d0.to_ptp"], [%"data.177", %"ethernet_d1.to_ptp"], [%"data.184", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.187", %"hsr_d1.to_ptp"], [%"data.235", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.49", %"hsr_d0.to_ptp"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.136", %"gre_d0.to_ptp"], [%"data_end.177", %"ethernet_d1.to_ptp"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.187", %"hsr_d1.to_ptp"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_ptp"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.49", %"hsr_d0.to_ptp"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.101", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.136", %"gre_d0.to_ptp"], [%"keys.177", %"ethernet_d1.to_ptp"], [%"keys.184", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.187", %"hsr_d1.to_ptp"], [%"keys.235", %"vlan_d1_vlan_tags2.to_ptp"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".626" = getelementptr i8, ptr %"hdr.5", i64 34
  %".627" = icmp ugt ptr %".626", %"data_end.8"
  br i1 %".627", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.43" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.42", %"ptp.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.42", %"ptp.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.42", %"ptp.copy_failed.endif"]
  %".647" = add i64 %"cursor.7", 34
  %".648" = trunc i64 %".647" to i16
  %".649" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".648", ptr %".649", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".21", %"entry_d0.to_cfm"], [%".406", %"vlan_d0_vlan_tags1.to_cfm"], [%"cursor.57", %"hsr_d0.to_cfm"], [%"cursor.70", %"batadv_d0.stop_at_encap.endif.8"], [%"cursor.145", %"vlan_d0_vlan_tags2.to_cfm"], [%"cursor.185", %"gre_d0.to_cfm"], [%"cursor.283", %"ethernet_d1.to_cfm"], [%"cursor.303", %"vlan_d1_vlan_tags1.to_cfm"], [%"cursor.317", %"hsr_d1.to_cfm"], [%"cursor.393", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.49", %"hsr_d0.to_cfm"], [%"data.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data.101", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.136", %"gre_d0.to_cfm"], [%"data.177", %"ethernet_d1.to_cfm"], [%"data.184", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.187", %"hsr_d1.to_cfm"], [%"data.235", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.49", %"hsr_d0.to_cfm"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.136", %"gre_d0.to_cfm"], [%"data_end.177", %"ethernet_d1.to_cfm"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.187", %"hsr_d1.to_cfm"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_cfm"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.49", %"hsr_d0.to_cfm"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.101", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.136", %"gre_d0.to_cfm"], [%"keys.177", %"ethernet_d1.to_cfm"], [%"keys.184", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.187", %"hsr_d1.to_cfm"], [%"keys.235", %"vlan_d1_vlan_tags2.to_cfm"]
  %".652" = add i64 %"cursor.8", 0
  %".653" = trunc i64 %".652" to i16
  %".654" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".653", ptr %".654", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".21", %"entry_d0.to_tipc"], [%".406", %"vlan_d0_vlan_tags1.to_tipc"], [%"cursor.58", %"hsr_d0.to_tipc"], [%"cursor.71", %"batadv_d0.stop_at_encap.endif.9"], [%"cursor.146", %"vlan_d0_vlan_tags2.to_tipc"], [%"cursor.186", %"gre_d0.to_tipc"], [%"cursor.284", %"ethernet_d1.to_tipc"], [%"cursor.304", %"vlan_d1_vlan_tags1.to_tipc"], [%"cursor.318", %"hsr_d1.to_tipc"], [%"cursor.394", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.49", %"hsr_d0.to_tipc"], [%"data.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data.101", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.136", %"gre_d0.to_tipc"], [%"data.177", %"ethernet_d1.to_tipc"], [%"data.184", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.187", %"hsr_d1.to_tipc"], [%"data.235", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.49", %"hsr_d0.to_tipc"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.136", %"gre_d0.to_tipc"], [%"data_end.177", %"ethernet_d1.to_tipc"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.187", %"hsr_d1.to_tipc"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_tipc"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.49", %"hsr_d0.to_tipc"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.101", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.136", %"gre_d0.to_tipc"], [%"keys.177", %"ethernet_d1.to_tipc"], [%"keys.184", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.187", %"hsr_d1.to_tipc"], [%"keys.235", %"vlan_d1_vlan_tags2.to_tipc"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".657" = getelementptr i8, ptr %"hdr.6", i64 16
  %".658" = icmp ugt ptr %".657", %"data_end.10"
  br i1 %".658", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.45" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.44", %"tipc.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.44", %"tipc.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.44", %"tipc.copy_failed.endif"]
  %".678" = trunc i64 %"cursor.9" to i16
  %".679" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".678", ptr %".679", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".21", %"entry_d0.to_fcoe"], [%".406", %"vlan_d0_vlan_tags1.to_fcoe"], [%"cursor.59", %"hsr_d0.to_fcoe"], [%"cursor.72", %"batadv_d0.stop_at_encap.endif.10"], [%"cursor.147", %"vlan_d0_vlan_tags2.to_fcoe"], [%"cursor.187", %"gre_d0.to_fcoe"], [%"cursor.285", %"ethernet_d1.to_fcoe"], [%"cursor.305", %"vlan_d1_vlan_tags1.to_fcoe"], [%"cursor.319", %"hsr_d1.to_fcoe"], [%"cursor.395", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.49", %"hsr_d0.to_fcoe"], [%"data.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data.101", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.136", %"gre_d0.to_fcoe"], [%"data.177", %"ethernet_d1.to_fcoe"], [%"data.184", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.187", %"hsr_d1.to_fcoe"], [%"data.235", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.49", %"hsr_d0.to_fcoe"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.136", %"gre_d0.to_fcoe"], [%"data_end.177", %"ethernet_d1.to_fcoe"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.187", %"hsr_d1.to_fcoe"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.49", %"hsr_d0.to_fcoe"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.101", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.136", %"gre_d0.to_fcoe"], [%"keys.177", %"ethernet_d1.to_fcoe"], [%"keys.184", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.187", %"hsr_d1.to_fcoe"], [%"keys.235", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".682" = getelementptr i8, ptr %"hdr.7", i64 38
  %".683" = icmp ugt ptr %".682", %"data_end.11"
  br i1 %".683", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.47" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.46", %"fcoe.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.46", %"fcoe.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.46", %"fcoe.copy_failed.endif"]
  %".703" = add i64 %"cursor.10", 38
  %".704" = trunc i64 %".703" to i16
  %".705" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".704", ptr %".705", align 2
  br label %"return"
hsr_d0:
  %"cursor.11" = phi  i64 [%".21", %"entry_d0.to_hsr"], [%".21", %"entry_d0.to_hsr.1"], [%"cursor.39", %"vlan_d0_vlan_tags1.to_hsr"], [%"cursor.40", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"cursor.148", %"vlan_d0_vlan_tags2.to_hsr"], [%"cursor.149", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.101", %"vlan_d0_vlan_tags2.to_hsr"], [%"data.101", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_hsr"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.101", %"vlan_d0_vlan_tags2.to_hsr"], [%"keys.101", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".708" = getelementptr i8, ptr %"hdr.8", i64 6
  %".709" = icmp ugt ptr %".708", %"data_end.12"
  br i1 %".709", label %"hsr_d0.copy", label %"hsr_d0.linear", !prof !0
hsr_d0.linear:
  %".711" = getelementptr i8, ptr %"hdr.8", i64 4
  %".712" = load i16, ptr %".711", align 2
  br label %"hsr_d0.header"
hsr_d0.header:
  %"w4_2" = phi  i16 [%".712", %"hsr_d0.linear"], [%".731", %"hsr_d0.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.12", %"hsr_d0.linear"], [%"data.48", %"hsr_d0.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.12", %"hsr_d0.linear"], [%"data_end.48", %"hsr_d0.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.12", %"hsr_d0.linear"], [%"keys.48", %"hsr_d0.copy_failed.endif"]
  %".733" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".734" = zext i16 %".733" to i64
  %".735" = trunc i64 %".734" to i16
  %".736" = call i16 @"llvm.bswap.i16"(i16 %".735")
  %".737" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %".736", ptr %".737", align 2
  %".739" = add i64 %"cursor.11", 6
  %".740" = trunc i64 %".739" to i16
  %".741" = getelementptr i8, ptr %"keys.49", i64 0
  store i16 %".740", ptr %".741", align 2
  %".743" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".744" = zext i16 %".743" to i64
  switch i64 %".744", label %"hsr_d0.unknown" [i64 2048, label %"hsr_d0.to_ipv4" i64 34525, label %"hsr_d0.to_ipv6" i64 34887, label %"hsr_d0.to_mpls" i64 34888, label %"hsr_d0.to_mpls.1" i64 34916, label %"hsr_d0.to_pppoe" i64 2054, label %"hsr_d0.to_arp" i64 32821, label %"hsr_d0.to_arp.1" i64 35063, label %"hsr_d0.to_ptp" i64 35074, label %"hsr_d0.to_cfm" i64 35018, label %"hsr_d0.to_tipc" i64 35078, label %"hsr_d0.to_fcoe"]
batadv_d0:
  %"cursor.12" = phi  i64 [%".21", %"entry_d0.to_batadv"], [%".406", %"vlan_d0_vlan_tags1.to_batadv"], [%"cursor.150", %"vlan_d0_vlan_tags2.to_batadv"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.101", %"vlan_d0_vlan_tags2.to_batadv"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.101", %"vlan_d0_vlan_tags2.to_batadv"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.101", %"vlan_d0_vlan_tags2.to_batadv"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".816" = getelementptr i8, ptr %"hdr.9", i64 24
  %".817" = icmp ugt ptr %".816", %"data_end.13"
  br i1 %".817", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".819" = getelementptr i8, ptr %"hdr.9", i64 0
  %".820" = load i8, ptr %".819", align 1
  %".821" = getelementptr i8, ptr %"hdr.9", i64 1
  %".822" = load i8, ptr %".821", align 1
  %".823" = getelementptr i8, ptr %"hdr.9", i64 22
  %".824" = load i16, ptr %".823", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".820", %"batadv_d0.linear"], [%".843", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".822", %"batadv_d0.linear"], [%".845", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".824", %"batadv_d0.linear"], [%".847", %"batadv_d0.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.50", %"batadv_d0.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.50", %"batadv_d0.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.50", %"batadv_d0.copy_failed.endif"]
  %".849" = zext i8 %"w1_1.1" to i64
  %".850" = icmp eq i64 %".849", 15
  %".851" = zext i8 %"w0_1.2" to i64
  %".852" = icmp eq i64 %".851", 64
  %".853" = and i1 %".850", %".852"
  %".854" = xor i1 %".853", -1
  br i1 %".854", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  br label %"mpls_d0_mpls_labels1"
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
  %".190" = trunc i64 34525 to i16
  %".191" = call i16 @"llvm.bswap.i16"(i16 %".190")
  %".192" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".191", ptr %".192", align 2
  %".194" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".194", align 1
  %".196" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.2" = load volatile i32, ptr %".196", align 4
  %".197" = and i32 %"flags.2", 4
  %".198" = icmp ne i32 %".197", 0
  br i1 %".198", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".283", %"ipv6_d0.to_tcp"], [%"cursor.81", %"ipv4_d1.to_tcp"], [%"cursor.98", %"ipv6_d1.to_tcp"], [%"cursor.110", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"cursor.125", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"cursor.215", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"cursor.229", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"cursor.242", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"cursor.257", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"cursor.331", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"cursor.345", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"cursor.355", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"cursor.367", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"cursor.399", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"cursor.409", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.85", %"ipv4_d1.to_tcp"], [%"data.89", %"ipv6_d1.to_tcp"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.239", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.241", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.85", %"ipv4_d1.to_tcp"], [%"data_end.89", %"ipv6_d1.to_tcp"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.239", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.241", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.85", %"ipv4_d1.to_tcp"], [%"keys.89", %"ipv6_d1.to_tcp"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.239", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.241", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.13"
  %".1072" = getelementptr i8, ptr %"hdr.10", i64 4
  %".1073" = icmp ugt ptr %".1072", %"data_end.16"
  br i1 %".1073", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".1075" = getelementptr i8, ptr %"hdr.10", i64 0
  %".1076" = load i16, ptr %".1075", align 2
  %".1077" = getelementptr i8, ptr %"hdr.10", i64 2
  %".1078" = load i16, ptr %".1077", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".1076", %"tcp.linear"], [%".1097", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1078", %"tcp.linear"], [%".1099", %"tcp.copy_failed.endif"]
  %"data.55" = phi  ptr [%"data.16", %"tcp.linear"], [%"data.54", %"tcp.copy_failed.endif"]
  %"data_end.55" = phi  ptr [%"data_end.16", %"tcp.linear"], [%"data_end.54", %"tcp.copy_failed.endif"]
  %"keys.55" = phi  ptr [%"keys.16", %"tcp.linear"], [%"keys.54", %"tcp.copy_failed.endif"]
  %".1101" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".1102" = zext i16 %".1101" to i64
  %".1103" = trunc i64 %".1102" to i16
  %".1104" = call i16 @"llvm.bswap.i16"(i16 %".1103")
  %".1105" = getelementptr i8, ptr %"keys.55", i64 12
  store i16 %".1104", ptr %".1105", align 2
  %".1107" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".1108" = zext i16 %".1107" to i64
  %".1109" = trunc i64 %".1108" to i16
  %".1110" = call i16 @"llvm.bswap.i16"(i16 %".1109")
  %".1111" = getelementptr i8, ptr %"keys.55", i64 14
  store i16 %".1110", ptr %".1111", align 2
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".283", %"ipv6_d0.to_udp"], [%"cursor.111", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"cursor.126", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"cursor.243", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"cursor.258", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"cursor.356", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"cursor.368", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.14"
  %".1119" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1120" = icmp ugt ptr %".1119", %"data_end.17"
  br i1 %".1120", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".1122" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1123" = load i16, ptr %".1122", align 2
  %".1124" = getelementptr i8, ptr %"hdr.11", i64 2
  %".1125" = load i16, ptr %".1124", align 2
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_2.1" = phi  i16 [%".1123", %"udp_d0.linear"], [%".1144", %"udp_d0.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1125", %"udp_d0.linear"], [%".1146", %"udp_d0.copy_failed.endif"]
  %"data.58" = phi  ptr [%"data.17", %"udp_d0.linear"], [%"data.57", %"udp_d0.copy_failed.endif"]
  %"data_end.58" = phi  ptr [%"data_end.17", %"udp_d0.linear"], [%"data_end.57", %"udp_d0.copy_failed.endif"]
  %"keys.58" = phi  ptr [%"keys.17", %"udp_d0.linear"], [%"keys.57", %"udp_d0.copy_failed.endif"]
  %".1148" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".1149" = zext i16 %".1148" to i64
  %".1150" = trunc i64 %".1149" to i16
  %".1151" = call i16 @"llvm.bswap.i16"(i16 %".1150")
  %".1152" = getelementptr i8, ptr %"keys.58", i64 12
  store i16 %".1151", ptr %".1152", align 2
  %".1154" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1155" = zext i16 %".1154" to i64
  %".1156" = trunc i64 %".1155" to i16
  %".1157" = call i16 @"llvm.bswap.i16"(i16 %".1156")
  %".1158" = getelementptr i8, ptr %"keys.58", i64 14
  store i16 %".1157", ptr %".1158", align 2
  %".1160" = add i64 %"cursor.14", 4
  %".1161" = add i64 4, 4
  %".1162" = getelementptr i8, ptr %"data.58", i64 %"cursor.14"
  %".1163" = getelementptr i8, ptr %".1162", i64 %".1161"
  %".1164" = icmp ugt ptr %".1163", %"data_end.58"
  br i1 %".1164", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.60" = phi  ptr [%"data.58", %"udp_d0.header"], [%"data.59", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.58", %"udp_d0.header"], [%"data_end.59", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.58", %"udp_d0.header"], [%"keys.59", %"udp_d0.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.14", %".1161"
  %".1185" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1186" = zext i16 %".1185" to i64
  switch i64 %".1186", label %"udp_d0.unknown" [i64 4789, label %"udp_d0.to_vxlan" i64 6081, label %"udp_d0.to_geneve" i64 6080, label %"udp_d0.to_gue" i64 2152, label %"udp_d0.to_gtpu" i64 7777, label %"udp_d0.to_shim"]
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".283", %"ipv6_d0.to_udplite"], [%"cursor.84", %"ipv4_d1.to_udplite"], [%"cursor.100", %"ipv6_d1.to_udplite"], [%"cursor.112", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"cursor.127", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"cursor.217", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"cursor.231", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"cursor.244", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"cursor.259", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"cursor.333", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"cursor.347", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"cursor.357", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"cursor.369", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"cursor.401", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"cursor.411", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.85", %"ipv4_d1.to_udplite"], [%"data.89", %"ipv6_d1.to_udplite"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.239", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.241", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.85", %"ipv4_d1.to_udplite"], [%"data_end.89", %"ipv6_d1.to_udplite"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.239", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.241", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.85", %"ipv4_d1.to_udplite"], [%"keys.89", %"ipv6_d1.to_udplite"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.239", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.241", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.15"
  %".1197" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1198" = icmp ugt ptr %".1197", %"data_end.18"
  br i1 %".1198", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1200" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1201" = load i16, ptr %".1200", align 2
  %".1202" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1203" = load i16, ptr %".1202", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1201", %"udplite.linear"], [%".1222", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1203", %"udplite.linear"], [%".1224", %"udplite.copy_failed.endif"]
  %"data.67" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.66", %"udplite.copy_failed.endif"]
  %"data_end.67" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.66", %"udplite.copy_failed.endif"]
  %"keys.67" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.66", %"udplite.copy_failed.endif"]
  %".1226" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1227" = zext i16 %".1226" to i64
  %".1228" = trunc i64 %".1227" to i16
  %".1229" = call i16 @"llvm.bswap.i16"(i16 %".1228")
  %".1230" = getelementptr i8, ptr %"keys.67", i64 12
  store i16 %".1229", ptr %".1230", align 2
  %".1232" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1233" = zext i16 %".1232" to i64
  %".1234" = trunc i64 %".1233" to i16
  %".1235" = call i16 @"llvm.bswap.i16"(i16 %".1234")
  %".1236" = getelementptr i8, ptr %"keys.67", i64 14
  store i16 %".1235", ptr %".1236", align 2
  %".1238" = add i64 %"cursor.15", 4
  %".1239" = add i64 4, 4
  %".1240" = getelementptr i8, ptr %"data.67", i64 %"cursor.15"
  %".1241" = getelementptr i8, ptr %".1240", i64 %".1239"
  %".1242" = icmp ugt ptr %".1241", %"data_end.67"
  br i1 %".1242", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.69" = phi  ptr [%"data.67", %"udplite.header"], [%"data.68", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.69" = phi  ptr [%"data_end.67", %"udplite.header"], [%"data_end.68", %"udplite.copy_last_byte_failed.endif"]
  %"keys.69" = phi  ptr [%"keys.67", %"udplite.header"], [%"keys.68", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.15", %".1239"
  %".1263" = trunc i64 %"cursor.15" to i16
  %".1264" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1263", ptr %".1264", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".283", %"ipv6_d0.to_gre_version"], [%"cursor.113", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"cursor.128", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"cursor.245", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"cursor.260", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"cursor.358", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"cursor.370", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.16"
  %".1267" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1268" = icmp ugt ptr %".1267", %"data_end.19"
  br i1 %".1268", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1270" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1271" = load i8, ptr %".1270", align 1
  %".1272" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1273" = load i8, ptr %".1272", align 1
  %".1274" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1275" = load i16, ptr %".1274", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1271", %"gre_version_d0.linear"], [%".1294", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1273", %"gre_version_d0.linear"], [%".1296", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1275", %"gre_version_d0.linear"], [%".1298", %"gre_version_d0.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.70", %"gre_version_d0.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.70", %"gre_version_d0.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.70", %"gre_version_d0.copy_failed.endif"]
  %".1300" = zext i8 %"w0_1.3" to i64
  %".1301" = lshr i64 %".1300", 6
  %".1302" = and i64 %".1301", 1
  %".1303" = icmp ne i64 %".1302", 0
  %".1304" = zext i8 %"w1_1.2" to i64
  %".1305" = and i64 %".1304", 7
  %".1306" = icmp ugt i64 %".1305", 1
  %".1307" = or i1 %".1303", %".1306"
  br i1 %".1307", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".283", %"ipv6_d0.to_sctp"], [%"cursor.87", %"ipv4_d1.to_sctp"], [%"cursor.102", %"ipv6_d1.to_sctp"], [%"cursor.114", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"cursor.129", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"cursor.219", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"cursor.233", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"cursor.246", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"cursor.261", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"cursor.335", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"cursor.349", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"cursor.359", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"cursor.371", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"cursor.403", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"cursor.413", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.85", %"ipv4_d1.to_sctp"], [%"data.89", %"ipv6_d1.to_sctp"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.239", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.241", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.85", %"ipv4_d1.to_sctp"], [%"data_end.89", %"ipv6_d1.to_sctp"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.239", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.241", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.85", %"ipv4_d1.to_sctp"], [%"keys.89", %"ipv6_d1.to_sctp"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.239", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.241", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.17"
  %".1328" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1329" = icmp ugt ptr %".1328", %"data_end.20"
  br i1 %".1329", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1331" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1332" = load i16, ptr %".1331", align 2
  %".1333" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1334" = load i16, ptr %".1333", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1332", %"sctp.linear"], [%".1353", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1334", %"sctp.linear"], [%".1355", %"sctp.copy_failed.endif"]
  %"data.75" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.74", %"sctp.copy_failed.endif"]
  %"data_end.75" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.74", %"sctp.copy_failed.endif"]
  %"keys.75" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.74", %"sctp.copy_failed.endif"]
  %".1357" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1358" = zext i16 %".1357" to i64
  %".1359" = trunc i64 %".1358" to i16
  %".1360" = call i16 @"llvm.bswap.i16"(i16 %".1359")
  %".1361" = getelementptr i8, ptr %"keys.75", i64 12
  store i16 %".1360", ptr %".1361", align 2
  %".1363" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1364" = zext i16 %".1363" to i64
  %".1365" = trunc i64 %".1364" to i16
  %".1366" = call i16 @"llvm.bswap.i16"(i16 %".1365")
  %".1367" = getelementptr i8, ptr %"keys.75", i64 14
  store i16 %".1366", ptr %".1367", align 2
  %".1369" = add i64 %"cursor.17", 4
  %".1370" = trunc i64 %"cursor.17" to i16
  %".1371" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1370", ptr %".1371", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".283", %"ipv6_d0.to_dccp"], [%"cursor.88", %"ipv4_d1.to_dccp"], [%"cursor.103", %"ipv6_d1.to_dccp"], [%"cursor.115", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"cursor.130", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"cursor.220", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"cursor.234", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"cursor.247", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"cursor.262", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"cursor.336", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"cursor.350", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"cursor.360", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"cursor.372", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"cursor.404", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"cursor.414", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.85", %"ipv4_d1.to_dccp"], [%"data.89", %"ipv6_d1.to_dccp"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.239", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.241", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.85", %"ipv4_d1.to_dccp"], [%"data_end.89", %"ipv6_d1.to_dccp"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.239", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.241", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.85", %"ipv4_d1.to_dccp"], [%"keys.89", %"ipv6_d1.to_dccp"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.239", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.241", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1374" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1375" = icmp ugt ptr %".1374", %"data_end.21"
  br i1 %".1375", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1377" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1378" = load i16, ptr %".1377", align 2
  %".1379" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1380" = load i16, ptr %".1379", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1378", %"dccp.linear"], [%".1399", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1380", %"dccp.linear"], [%".1401", %"dccp.copy_failed.endif"]
  %"data.77" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.76", %"dccp.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.76", %"dccp.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.76", %"dccp.copy_failed.endif"]
  %".1403" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1404" = zext i16 %".1403" to i64
  %".1405" = trunc i64 %".1404" to i16
  %".1406" = call i16 @"llvm.bswap.i16"(i16 %".1405")
  %".1407" = getelementptr i8, ptr %"keys.77", i64 12
  store i16 %".1406", ptr %".1407", align 2
  %".1409" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1410" = zext i16 %".1409" to i64
  %".1411" = trunc i64 %".1410" to i16
  %".1412" = call i16 @"llvm.bswap.i16"(i16 %".1411")
  %".1413" = getelementptr i8, ptr %"keys.77", i64 14
  store i16 %".1412", ptr %".1413", align 2
  %".1415" = add i64 %"cursor.18", 4
  %".1416" = trunc i64 %"cursor.18" to i16
  %".1417" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1416", ptr %".1417", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".283", %"ipv6_d0.to_esp"], [%"cursor.89", %"ipv4_d1.to_esp"], [%"cursor.104", %"ipv6_d1.to_esp"], [%"cursor.116", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"cursor.131", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"cursor.221", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"cursor.235", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"cursor.248", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"cursor.263", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"cursor.337", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"cursor.351", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"cursor.361", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"cursor.373", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"cursor.405", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"cursor.415", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.85", %"ipv4_d1.to_esp"], [%"data.89", %"ipv6_d1.to_esp"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.239", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.241", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.85", %"ipv4_d1.to_esp"], [%"data_end.89", %"ipv6_d1.to_esp"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.239", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.241", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.85", %"ipv4_d1.to_esp"], [%"keys.89", %"ipv6_d1.to_esp"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.239", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.241", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"hdr.16" = getelementptr i8, ptr %"data.22", i64 %"cursor.19"
  %".1420" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1421" = icmp ugt ptr %".1420", %"data_end.22"
  br i1 %".1421", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1423" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1424" = load i32, ptr %".1423", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1424", %"esp.linear"], [%".1443", %"esp.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.22", %"esp.linear"], [%"data.78", %"esp.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.78", %"esp.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.78", %"esp.copy_failed.endif"]
  %".1445" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1446" = zext i32 %".1445" to i64
  %".1447" = lshr i64 %".1446", 16
  %".1448" = trunc i64 %".1447" to i16
  %".1449" = call i16 @"llvm.bswap.i16"(i16 %".1448")
  %".1450" = getelementptr i8, ptr %"keys.79", i64 12
  store i16 %".1449", ptr %".1450", align 2
  %".1452" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1453" = zext i32 %".1452" to i64
  %".1454" = and i64 %".1453", 65535
  %".1455" = trunc i64 %".1454" to i16
  %".1456" = call i16 @"llvm.bswap.i16"(i16 %".1455")
  %".1457" = getelementptr i8, ptr %"keys.79", i64 14
  store i16 %".1456", ptr %".1457", align 2
  %".1459" = add i64 %"cursor.19", 4
  %".1460" = trunc i64 %"cursor.19" to i16
  %".1461" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1460", ptr %".1461", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".283", %"ipv6_d0.to_ah"], [%"cursor.90", %"ipv4_d1.to_ah"], [%"cursor.105", %"ipv6_d1.to_ah"], [%"cursor.117", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"cursor.132", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"cursor.222", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"cursor.236", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"cursor.249", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"cursor.264", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"cursor.338", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"cursor.352", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"cursor.362", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"cursor.374", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"cursor.406", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"cursor.416", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.85", %"ipv4_d1.to_ah"], [%"data.89", %"ipv6_d1.to_ah"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.239", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.241", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.85", %"ipv4_d1.to_ah"], [%"data_end.89", %"ipv6_d1.to_ah"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.239", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.241", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.85", %"ipv4_d1.to_ah"], [%"keys.89", %"ipv6_d1.to_ah"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.239", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.241", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"hdr.17" = getelementptr i8, ptr %"data.23", i64 %"cursor.20"
  %".1464" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1465" = icmp ugt ptr %".1464", %"data_end.23"
  br i1 %".1465", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1467" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1468" = load i32, ptr %".1467", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1468", %"ah.linear"], [%".1487", %"ah.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.23", %"ah.linear"], [%"data.80", %"ah.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.80", %"ah.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.80", %"ah.copy_failed.endif"]
  %".1489" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1490" = zext i32 %".1489" to i64
  %".1491" = lshr i64 %".1490", 16
  %".1492" = trunc i64 %".1491" to i16
  %".1493" = call i16 @"llvm.bswap.i16"(i16 %".1492")
  %".1494" = getelementptr i8, ptr %"keys.81", i64 12
  store i16 %".1493", ptr %".1494", align 2
  %".1496" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1497" = zext i32 %".1496" to i64
  %".1498" = and i64 %".1497", 65535
  %".1499" = trunc i64 %".1498" to i16
  %".1500" = call i16 @"llvm.bswap.i16"(i16 %".1499")
  %".1501" = getelementptr i8, ptr %"keys.81", i64 14
  store i16 %".1500", ptr %".1501", align 2
  %".1503" = add i64 %"cursor.20", 8
  %".1504" = trunc i64 %"cursor.20" to i16
  %".1505" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1504", ptr %".1505", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.3", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.85", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.85", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.85", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.24", i64 %"cursor.21"
  %".1508" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1509" = icmp ugt ptr %".1508", %"data_end.24"
  br i1 %".1509", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.83" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.82", %"icmp.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.82", %"icmp.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.82", %"icmp.copy_failed.endif"]
  %".1529" = add i64 %"cursor.21", 4
  %".1530" = trunc i64 %"cursor.21" to i16
  %".1531" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1530", ptr %".1531", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".178" = trunc i64 %"end" to i16
  %".179" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".178", ptr %".179", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".182" = getelementptr i8, ptr %"keys.15", i64 12
  store i32 0, ptr %".182", align 4
  %".184" = getelementptr i8, ptr %"keys.15", i64 2
  %".185" = trunc i64 %"end" to i16
  store volatile i16 %".185", ptr %".184", align 2
  %".187" = load volatile i16, ptr %".184", align 2
  %".188" = zext i16 %".187" to i64
  %"cursor.24" = and i64 %".188", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.23" = phi  i64 [%"cursor.24", %"ipv4_d0.stop_at_encap.endif"], [%"cursor.32", %"ipv6_d0.stop_at_encap.endif"], [%"cursor.60", %"batadv_d0.stop_at_encap.endif"], [%"cursor.120", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.135", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.153", %"ip_version_d1.to_ipv4"], [%"cursor.157", %"pppoe_d1.to_ipv4"], [%"cursor.164", %"geneve_d0.to_ipv4"], [%"cursor.166", %"gue_d0.to_ipv4"], [%"cursor.173", %"shim_d0.to_ipv4"], [%"cursor.174", %"gre_d0.to_ipv4"], [%"cursor.252", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.267", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.273", %"ethernet_d1.to_ipv4"], [%"cursor.292", %"vlan_d1_vlan_tags1.to_ipv4"], [%"cursor.309", %"hsr_d1.to_ipv4"], [%"cursor.320", %"ppp_d0.stop_at_encap.endif"], [%"cursor.365", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.377", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.385", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.51", %"batadv_d0.stop_at_encap.endif"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.106", %"ip_version_d1.to_ipv4"], [%"data.111", %"pppoe_d1.to_ipv4"], [%"data.122", %"geneve_d0.to_ipv4"], [%"data.126", %"gue_d0.to_ipv4"], [%"data.132", %"shim_d0.to_ipv4"], [%"data.136", %"gre_d0.to_ipv4"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.177", %"ethernet_d1.to_ipv4"], [%"data.184", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.187", %"hsr_d1.to_ipv4"], [%"data.191", %"ppp_d0.stop_at_encap.endif"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.235", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.106", %"ip_version_d1.to_ipv4"], [%"data_end.111", %"pppoe_d1.to_ipv4"], [%"data_end.122", %"geneve_d0.to_ipv4"], [%"data_end.126", %"gue_d0.to_ipv4"], [%"data_end.132", %"shim_d0.to_ipv4"], [%"data_end.136", %"gre_d0.to_ipv4"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.177", %"ethernet_d1.to_ipv4"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.187", %"hsr_d1.to_ipv4"], [%"data_end.191", %"ppp_d0.stop_at_encap.endif"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.51", %"batadv_d0.stop_at_encap.endif"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.106", %"ip_version_d1.to_ipv4"], [%"keys.111", %"pppoe_d1.to_ipv4"], [%"keys.122", %"geneve_d0.to_ipv4"], [%"keys.126", %"gue_d0.to_ipv4"], [%"keys.132", %"shim_d0.to_ipv4"], [%"keys.136", %"gre_d0.to_ipv4"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.177", %"ethernet_d1.to_ipv4"], [%"keys.184", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.187", %"hsr_d1.to_ipv4"], [%"keys.191", %"ppp_d0.stop_at_encap.endif"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.235", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"hdr.19" = getelementptr i8, ptr %"data.25", i64 %"cursor.23"
  %".1534" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1535" = icmp ugt ptr %".1534", %"data_end.25"
  br i1 %".1535", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1537" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1538" = load i8, ptr %".1537", align 1
  %".1539" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1540" = load i16, ptr %".1539", align 2
  %".1541" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1542" = load i8, ptr %".1541", align 1
  %".1543" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1544" = load i32, ptr %".1543", align 4
  %".1545" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1546" = load i32, ptr %".1545", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1538", %"ipv4_d1.linear"], [%".1565", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1540", %"ipv4_d1.linear"], [%".1567", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1542", %"ipv4_d1.linear"], [%".1569", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1544", %"ipv4_d1.linear"], [%".1571", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1546", %"ipv4_d1.linear"], [%".1573", %"ipv4_d1.copy_failed.endif"]
  %"data.85" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.84", %"ipv4_d1.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.84", %"ipv4_d1.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.84", %"ipv4_d1.copy_failed.endif"]
  %".1575" = zext i8 %"w0_1.4" to i64
  %".1576" = and i64 %".1575", 15
  %".1577" = icmp uge i64 %".1576", 5
  %".1578" = xor i1 %".1577", -1
  br i1 %".1578", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".200" = trunc i64 %"end" to i16
  %".201" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".200", ptr %".201", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".204" = getelementptr i8, ptr %"keys.15", i64 12
  store i32 0, ptr %".204", align 4
  %".206" = getelementptr i8, ptr %"keys.15", i64 2
  %".207" = trunc i64 %"end" to i16
  store volatile i16 %".207", ptr %".206", align 2
  %".209" = load volatile i16, ptr %".206", align 2
  %".210" = zext i16 %".209" to i64
  %"cursor.26" = and i64 %".210", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.25" = phi  i64 [%"cursor.26", %"ipv4_d0.stop_at_encap.endif.1"], [%"cursor.33", %"ipv6_d0.stop_at_encap.endif.1"], [%"cursor.61", %"batadv_d0.stop_at_encap.endif.1"], [%"cursor.121", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.136", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.154", %"ip_version_d1.to_ipv6"], [%"cursor.158", %"pppoe_d1.to_ipv6"], [%"cursor.165", %"geneve_d0.to_ipv6"], [%"cursor.167", %"gue_d0.to_ipv6"], [%"cursor.175", %"gre_d0.to_ipv6"], [%"cursor.253", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.268", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.274", %"ethernet_d1.to_ipv6"], [%"cursor.293", %"vlan_d1_vlan_tags1.to_ipv6"], [%"cursor.310", %"hsr_d1.to_ipv6"], [%"cursor.321", %"ppp_d0.stop_at_encap.endif.1"], [%"cursor.366", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.378", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.386", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.106", %"ip_version_d1.to_ipv6"], [%"data.111", %"pppoe_d1.to_ipv6"], [%"data.122", %"geneve_d0.to_ipv6"], [%"data.126", %"gue_d0.to_ipv6"], [%"data.136", %"gre_d0.to_ipv6"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.177", %"ethernet_d1.to_ipv6"], [%"data.184", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.187", %"hsr_d1.to_ipv6"], [%"data.191", %"ppp_d0.stop_at_encap.endif.1"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.235", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.106", %"ip_version_d1.to_ipv6"], [%"data_end.111", %"pppoe_d1.to_ipv6"], [%"data_end.122", %"geneve_d0.to_ipv6"], [%"data_end.126", %"gue_d0.to_ipv6"], [%"data_end.136", %"gre_d0.to_ipv6"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.177", %"ethernet_d1.to_ipv6"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.187", %"hsr_d1.to_ipv6"], [%"data_end.191", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.106", %"ip_version_d1.to_ipv6"], [%"keys.111", %"pppoe_d1.to_ipv6"], [%"keys.122", %"geneve_d0.to_ipv6"], [%"keys.126", %"gue_d0.to_ipv6"], [%"keys.136", %"gre_d0.to_ipv6"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.177", %"ethernet_d1.to_ipv6"], [%"keys.184", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.187", %"hsr_d1.to_ipv6"], [%"keys.191", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.235", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"hdr.20" = getelementptr i8, ptr %"data.26", i64 %"cursor.25"
  %".1739" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1740" = icmp ugt ptr %".1739", %"data_end.26"
  br i1 %".1740", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1742" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1743" = load i32, ptr %".1742", align 4
  %".1744" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1745" = load i8, ptr %".1744", align 1
  %".1746" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1747" = load i64, ptr %".1746", align 8
  %".1748" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1749" = load i64, ptr %".1748", align 8
  %".1750" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1751" = load i64, ptr %".1750", align 8
  %".1752" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1753" = load i64, ptr %".1752", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1743", %"ipv6_d1.linear"], [%".1772", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1745", %"ipv6_d1.linear"], [%".1774", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1747", %"ipv6_d1.linear"], [%".1776", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1749", %"ipv6_d1.linear"], [%".1778", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1751", %"ipv6_d1.linear"], [%".1780", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1753", %"ipv6_d1.linear"], [%".1782", %"ipv6_d1.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.88", %"ipv6_d1.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.88", %"ipv6_d1.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.88", %"ipv6_d1.copy_failed.endif"]
  %".1784" = trunc i64 34525 to i16
  %".1785" = getelementptr i8, ptr %"keys.89", i64 4
  store i16 %".1784", ptr %".1785", align 2
  %".1787" = trunc i64 34525 to i16
  %".1788" = call i16 @"llvm.bswap.i16"(i16 %".1787")
  %".1789" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1788", ptr %".1789", align 2
  %".1791" = getelementptr i8, ptr %"keys.89", i64 16
  store i64 %"w8_8.1", ptr %".1791", align 8
  %".1793" = getelementptr i8, ptr %"keys.89", i64 24
  store i64 %"w16_8.1", ptr %".1793", align 8
  %".1795" = getelementptr i8, ptr %"keys.89", i64 32
  store i64 %"w24_8.1", ptr %".1795", align 8
  %".1797" = getelementptr i8, ptr %"keys.89", i64 40
  store i64 %"w32_8.1", ptr %".1797", align 8
  %".1799" = zext i8 %"w6_1.1" to i64
  %".1800" = trunc i64 %".1799" to i8
  %".1801" = getelementptr i8, ptr %"keys.89", i64 9
  store i8 %".1800", ptr %".1801", align 1
  %".1803" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1804" = zext i32 %".1803" to i64
  %".1805" = and i64 %".1804", 1048575
  %".1806" = trunc i64 %".1805" to i32
  %".1807" = call i32 @"llvm.bswap.i32"(i32 %".1806")
  %".1808" = getelementptr i8, ptr %"keys.89", i64 52
  store i32 %".1807", ptr %".1808", align 4
  %".1810" = add i64 %"cursor.25", 40
  %".1811" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1812" = zext i32 %".1811" to i64
  %".1813" = and i64 %".1812", 1048575
  %".1814" = icmp ne i64 %".1813", 0
  %".1815" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.21" = load volatile i32, ptr %".1815", align 4
  %".1816" = and i32 %"flags.21", 2
  %".1817" = icmp ne i32 %".1816", 0
  %".1818" = and i1 %".1814", %".1817"
  br i1 %".1818", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".228" = trunc i64 %"cursor.2" to i32
  %".229" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".228", [40 x i8]* %"header_copy", i32 40)
  %".230" = icmp eq i64 %".229", 0
  %".231" = getelementptr i8, ptr %"ctx.2", i64 76
  %".232" = load i32, ptr %".231", align 4
  %".233" = zext i32 %".232" to i64
  %"data.27" = inttoptr i64 %".233" to ptr
  %".234" = getelementptr i8, ptr %"ctx.2", i64 80
  %".235" = load i32, ptr %".234", align 4
  %".236" = zext i32 %".235" to i64
  %"data_end.27" = inttoptr i64 %".236" to ptr
  %".237" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.27" = load ptr, ptr %".237", align 8
  %".238" = xor i1 %".230", -1
  br i1 %".238", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".240" = trunc i64 %"cursor.2" to i16
  %".241" = getelementptr i8, ptr %"keys.27", i64 2
  store i16 %".240", ptr %".241", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".244" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".245" = load volatile i32, [40 x i8]* %".244", align 4
  %".246" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".247" = load volatile i8, [40 x i8]* %".246", align 1
  %".248" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".249" = load volatile i64, [40 x i8]* %".248", align 8
  %".250" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".251" = load volatile i64, [40 x i8]* %".250", align 8
  %".252" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".253" = load volatile i64, [40 x i8]* %".252", align 8
  %".254" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".255" = load volatile i64, [40 x i8]* %".254", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".293" = trunc i64 %".283" to i16
  %".294" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".293", ptr %".294", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".297" = zext i8 %"w6_1" to i64
  switch i64 %".297", label %"ipv6_d0.unknown" [i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]
ipv6_d0.unknown:
  %".299" = trunc i64 %".283" to i16
  %".300" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".299", ptr %".300", align 2
  br label %"return"
ipv6_d0.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.2:
  %".305" = getelementptr i8, ptr %"keys.28", i64 2
  %".306" = trunc i64 %".283" to i16
  store volatile i16 %".306", ptr %".305", align 2
  %".308" = load volatile i16, ptr %".305", align 2
  %".309" = zext i16 %".308" to i64
  %"cursor.28" = and i64 %".309", 16383
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
  %".321" = trunc i64 34887 to i16
  %".322" = call i16 @"llvm.bswap.i16"(i16 %".321")
  %".323" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".322", ptr %".323", align 2
  %".325" = getelementptr i8, ptr %"keys.28", i64 2
  %".326" = trunc i64 %".283" to i16
  store volatile i16 %".326", ptr %".325", align 2
  %".328" = load volatile i16, ptr %".325", align 2
  %".329" = zext i16 %".328" to i64
  %"cursor.31" = and i64 %".329", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.to_ipv4:
  %".331" = trunc i64 2048 to i16
  %".332" = call i16 @"llvm.bswap.i16"(i16 %".331")
  %".333" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".332", ptr %".333", align 2
  %".335" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".335", align 1
  %".337" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.4" = load volatile i32, ptr %".337", align 4
  %".338" = and i32 %"flags.4", 4
  %".339" = icmp ne i32 %".338", 0
  br i1 %".339", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".353" = trunc i64 34525 to i16
  %".354" = call i16 @"llvm.bswap.i16"(i16 %".353")
  %".355" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".354", ptr %".355", align 2
  %".357" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".357", align 1
  %".359" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.5" = load volatile i32, ptr %".359", align 4
  %".360" = and i32 %"flags.5", 4
  %".361" = icmp ne i32 %".360", 0
  br i1 %".361", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.27" = phi  i64 [%".283", %"ipv6_d0.to_ipv6_opts"], [%".283", %"ipv6_d0.to_ipv6_opts.1"], [%"cursor.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.29" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_opts"], [%"data.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_opts"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.29" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_opts"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.29", i64 %"cursor.27"
  %".1953" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1954" = icmp ugt ptr %".1953", %"data_end.29"
  br i1 %".1954", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1956" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1957" = load i8, ptr %".1956", align 1
  %".1958" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1959" = load i8, ptr %".1958", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1957", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1978", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1959", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1980", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.92", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.92", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.92", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1982" = zext i8 %"w0_1.5" to i64
  %".1983" = trunc i64 %".1982" to i8
  %".1984" = getelementptr i8, ptr %"keys.93", i64 9
  store i8 %".1983", ptr %".1984", align 1
  %".1986" = add i64 %"cursor.27", 2
  %".1987" = zext i8 %"w1_1.3" to i64
  %".1988" = mul i64 %".1987", 8
  %".1989" = add i64 %".1988", 6
  %".1990" = add i64 %".1989", 2
  %"end.4" = add i64 %"cursor.27", %".1990"
  %".1991" = zext i8 %"w0_1.5" to i64
  switch i64 %".1991", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.29" = phi  i64 [%".283", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.29"
  %".2114" = getelementptr i8, ptr %"hdr.22", i64 8
  %".2115" = icmp ugt ptr %".2114", %"data_end.30"
  br i1 %".2115", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".2117" = getelementptr i8, ptr %"hdr.22", i64 0
  %".2118" = load i8, ptr %".2117", align 1
  %".2119" = getelementptr i8, ptr %"hdr.22", i64 2
  %".2120" = load i16, ptr %".2119", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".2118", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2139", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".2120", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2141", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.96", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.96", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.96", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".2143" = zext i8 %"w0_1.6" to i64
  %".2144" = trunc i64 %".2143" to i8
  %".2145" = getelementptr i8, ptr %"keys.97", i64 9
  store i8 %".2144", ptr %".2145", align 1
  %".2147" = add i64 %"cursor.29", 8
  %".2148" = icmp ne i64 1, 0
  %".2149" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".2150" = zext i16 %".2149" to i64
  %".2151" = and i64 %".2150", 65528
  %".2152" = icmp eq i64 %".2151", 0
  br i1 %".2148", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.30" = phi  i64 [%".283", %"ipv6_d0.to_icmpv6"], [%".1810", %"ipv6_d1.to_icmpv6"], [%"cursor.118", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"cursor.133", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"cursor.223", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"cursor.237", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"cursor.250", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"cursor.265", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"cursor.339", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"cursor.353", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"cursor.363", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"cursor.375", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"cursor.407", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"cursor.417", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.89", %"ipv6_d1.to_icmpv6"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.239", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.241", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.89", %"ipv6_d1.to_icmpv6"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.239", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.241", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.89", %"ipv6_d1.to_icmpv6"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.239", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.241", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.30"
  %".2307" = getelementptr i8, ptr %"hdr.23", i64 4
  %".2308" = icmp ugt ptr %".2307", %"data_end.31"
  br i1 %".2308", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.99" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.98", %"icmpv6.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.98", %"icmpv6.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.98", %"icmpv6.copy_failed.endif"]
  %".2328" = add i64 %"cursor.30", 4
  %".2329" = trunc i64 %"cursor.30" to i16
  %".2330" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2329", ptr %".2330", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".341" = trunc i64 %".283" to i16
  %".342" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".341", ptr %".342", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".345" = getelementptr i8, ptr %"keys.28", i64 12
  store i32 0, ptr %".345", align 4
  %".347" = getelementptr i8, ptr %"keys.28", i64 2
  %".348" = trunc i64 %".283" to i16
  store volatile i16 %".348", ptr %".347", align 2
  %".350" = load volatile i16, ptr %".347", align 2
  %".351" = zext i16 %".350" to i64
  %"cursor.32" = and i64 %".351", 16383
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".363" = trunc i64 %".283" to i16
  %".364" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".363", ptr %".364", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".367" = getelementptr i8, ptr %"keys.28", i64 12
  store i32 0, ptr %".367", align 4
  %".369" = getelementptr i8, ptr %"keys.28", i64 2
  %".370" = trunc i64 %".283" to i16
  store volatile i16 %".370", ptr %".369", align 2
  %".372" = load volatile i16, ptr %".369", align 2
  %".373" = zext i16 %".372" to i64
  %"cursor.33" = and i64 %".373", 16383
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".381" = trunc i64 %"cursor.3" to i32
  %".382" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".381", [40 x i8]* %"header_copy", i32 4)
  %".383" = icmp eq i64 %".382", 0
  %".384" = getelementptr i8, ptr %"ctx.3", i64 76
  %".385" = load i32, ptr %".384", align 4
  %".386" = zext i32 %".385" to i64
  %"data.32" = inttoptr i64 %".386" to ptr
  %".387" = getelementptr i8, ptr %"ctx.3", i64 80
  %".388" = load i32, ptr %".387", align 4
  %".389" = zext i32 %".388" to i64
  %"data_end.32" = inttoptr i64 %".389" to ptr
  %".390" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.32" = load ptr, ptr %".390", align 8
  %".391" = xor i1 %".383", -1
  br i1 %".391", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".393" = trunc i64 %"cursor.3" to i16
  %".394" = getelementptr i8, ptr %"keys.32", i64 2
  store i16 %".393", ptr %".394", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".397" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".398" = load volatile i16, [40 x i8]* %".397", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".413" = trunc i64 %".406" to i16
  %".414" = getelementptr i8, ptr %"keys.33", i64 2
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
  %".421" = getelementptr i8, ptr %"keys.33", i64 2
  %".422" = trunc i64 %".406" to i16
  store volatile i16 %".422", ptr %".421", align 2
  %".424" = load volatile i16, ptr %".421", align 2
  %".425" = zext i16 %".424" to i64
  %"cursor.35" = and i64 %".425", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  %".427" = getelementptr i8, ptr %"keys.33", i64 2
  %".428" = trunc i64 %".406" to i16
  store volatile i16 %".428", ptr %".427", align 2
  %".430" = load volatile i16, ptr %".427", align 2
  %".431" = zext i16 %".430" to i64
  %"cursor.36" = and i64 %".431", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags1.to_arp:
  %".434" = getelementptr i8, ptr %"keys.33", i64 2
  %".435" = trunc i64 %".406" to i16
  store volatile i16 %".435", ptr %".434", align 2
  %".437" = load volatile i16, ptr %".434", align 2
  %".438" = zext i16 %".437" to i64
  %"cursor.37" = and i64 %".438", 16383
  br label %"arp"
vlan_d0_vlan_tags1.to_arp.1:
  %".440" = getelementptr i8, ptr %"keys.33", i64 2
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
  %".450" = getelementptr i8, ptr %"keys.33", i64 2
  %".451" = trunc i64 %".406" to i16
  store volatile i16 %".451", ptr %".450", align 2
  %".453" = load volatile i16, ptr %".450", align 2
  %".454" = zext i16 %".453" to i64
  %"cursor.39" = and i64 %".454", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags1.to_hsr.1:
  %".456" = getelementptr i8, ptr %"keys.33", i64 2
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
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.34"
  %".2333" = getelementptr i8, ptr %"hdr.24", i64 4
  %".2334" = icmp ugt ptr %".2333", %"data_end.34"
  br i1 %".2334", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".2336" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2337" = load i16, ptr %".2336", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".2337", %"vlan_d0_vlan_tags2.linear"], [%".2356", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.100", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.100", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.100", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".2358" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2359" = zext i16 %".2358" to i64
  %".2360" = trunc i64 %".2359" to i16
  %".2361" = call i16 @"llvm.bswap.i16"(i16 %".2360")
  %".2362" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".2361", ptr %".2362", align 2
  %".2364" = add i64 %"cursor.34", 4
  %".2365" = trunc i64 %".2364" to i16
  %".2366" = getelementptr i8, ptr %"keys.101", i64 0
  store i16 %".2365", ptr %".2366", align 2
  %".2368" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2369" = zext i16 %".2368" to i64
  switch i64 %".2369", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]
mpls_d0_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".470" = trunc i64 %"cursor.4" to i32
  %".471" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".470", [40 x i8]* %"header_copy", i32 4)
  %".472" = icmp eq i64 %".471", 0
  %".473" = getelementptr i8, ptr %"ctx.4", i64 76
  %".474" = load i32, ptr %".473", align 4
  %".475" = zext i32 %".474" to i64
  %"data.35" = inttoptr i64 %".475" to ptr
  %".476" = getelementptr i8, ptr %"ctx.4", i64 80
  %".477" = load i32, ptr %".476", align 4
  %".478" = zext i32 %".477" to i64
  %"data_end.35" = inttoptr i64 %".478" to ptr
  %".479" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.35" = load ptr, ptr %".479", align 8
  %".480" = xor i1 %".472", -1
  br i1 %".480", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".482" = trunc i64 %".463" to i16
  %".483" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".482", ptr %".483", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".486" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".487" = load volatile i8, [40 x i8]* %".486", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".493" = trunc i64 %".489" to i16
  %".494" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".493", ptr %".494", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels1.to_ip_version:
  %".498" = getelementptr i8, ptr %"keys.36", i64 8
  store i8 1, ptr %".498", align 1
  %".500" = getelementptr i8, ptr %"keys.36", i64 48
  %"flags.6" = load volatile i32, ptr %".500", align 4
  %".501" = and i32 %"flags.6", 4
  %".502" = icmp ne i32 %".501", 0
  br i1 %".502", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels2:
  %"cursor.41" = phi  i64 [%".489", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.37" = phi  ptr [%"data.36", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.37" = phi  ptr [%"data_end.36", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.37" = phi  ptr [%"keys.36", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2467" = add i64 %"cursor.41", 4
  %"hdr.25" = getelementptr i8, ptr %"data.37", i64 %"cursor.41"
  %".2468" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2469" = icmp ugt ptr %".2468", %"data_end.37"
  br i1 %".2469", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2471" = getelementptr i8, ptr %"hdr.25", i64 2
  %".2472" = load i8, ptr %".2471", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2472", %"mpls_d0_mpls_labels2.linear"], [%".2491", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels2.linear"], [%"data.102", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels2.linear"], [%"data_end.102", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels2.linear"], [%"keys.102", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2493" = add i64 %"cursor.41", 4
  %".2494" = zext i8 %"w2_1.1" to i64
  %".2495" = and i64 %".2494", 1
  switch i64 %".2495", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels1.stop_at_encap:
  %".504" = trunc i64 %".489" to i16
  %".505" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".504", ptr %".505", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".508" = getelementptr i8, ptr %"keys.36", i64 12
  store i32 0, ptr %".508", align 4
  %".510" = getelementptr i8, ptr %"keys.36", i64 2
  %".511" = trunc i64 %".489" to i16
  store volatile i16 %".511", ptr %".510", align 2
  %".513" = load volatile i16, ptr %".510", align 2
  %".514" = zext i16 %".513" to i64
  %"cursor.43" = and i64 %".514", 16383
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.42" = phi  i64 [%"cursor.43", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"cursor.152", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"cursor.168", %"gtpu_d0.to_ip_version"], [%"cursor.270", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"cursor.289", %"gtpu_opt_d1.to_ip_version"], [%"cursor.379", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"cursor.382", %"gtpu_next_d1.to_ip_version"], [%"cursor.421", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"cursor.426", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"data.38" = phi  ptr [%"data.36", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.103", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.128", %"gtpu_d0.to_ip_version"], [%"data.171", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.179", %"gtpu_opt_d1.to_ip_version"], [%"data.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.232", %"gtpu_next_d1.to_ip_version"], [%"data.250", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.258", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"data_end.38" = phi  ptr [%"data_end.36", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.103", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.128", %"gtpu_d0.to_ip_version"], [%"data_end.171", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.179", %"gtpu_opt_d1.to_ip_version"], [%"data_end.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.232", %"gtpu_next_d1.to_ip_version"], [%"data_end.250", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.258", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"keys.38" = phi  ptr [%"keys.36", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.103", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.128", %"gtpu_d0.to_ip_version"], [%"keys.171", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.179", %"gtpu_opt_d1.to_ip_version"], [%"keys.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.232", %"gtpu_next_d1.to_ip_version"], [%"keys.250", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.258", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"hdr.26" = getelementptr i8, ptr %"data.38", i64 %"cursor.42"
  %".2520" = getelementptr i8, ptr %"hdr.26", i64 1
  %".2521" = icmp ugt ptr %".2520", %"data_end.38"
  br i1 %".2521", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2523" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2524" = load i8, ptr %".2523", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2524", %"ip_version_d1.linear"], [%".2543", %"ip_version_d1.copy_failed.endif"]
  %"data.106" = phi  ptr [%"data.38", %"ip_version_d1.linear"], [%"data.105", %"ip_version_d1.copy_failed.endif"]
  %"data_end.106" = phi  ptr [%"data_end.38", %"ip_version_d1.linear"], [%"data_end.105", %"ip_version_d1.copy_failed.endif"]
  %"keys.106" = phi  ptr [%"keys.38", %"ip_version_d1.linear"], [%"keys.105", %"ip_version_d1.copy_failed.endif"]
  %".2545" = zext i8 %"w0_1.7" to i64
  %".2546" = lshr i64 %".2545", 4
  %".2547" = and i64 %".2546", 15
  switch i64 %".2547", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".526" = trunc i64 %"cursor.5" to i32
  %".527" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".526", [40 x i8]* %"header_copy", i32 8)
  %".528" = icmp eq i64 %".527", 0
  %".529" = getelementptr i8, ptr %"ctx.5", i64 76
  %".530" = load i32, ptr %".529", align 4
  %".531" = zext i32 %".530" to i64
  %"data.39" = inttoptr i64 %".531" to ptr
  %".532" = getelementptr i8, ptr %"ctx.5", i64 80
  %".533" = load i32, ptr %".532", align 4
  %".534" = zext i32 %".533" to i64
  %"data_end.39" = inttoptr i64 %".534" to ptr
  %".535" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.39" = load ptr, ptr %".535", align 8
  %".536" = xor i1 %".528", -1
  br i1 %".536", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".538" = trunc i64 %"cursor.5" to i16
  %".539" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".538", ptr %".539", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".542" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".543" = load volatile i8, [40 x i8]* %".542", align 1
  %".544" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".545" = load volatile i8, [40 x i8]* %".544", align 1
  %".546" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".547" = load volatile i16, [40 x i8]* %".546", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".562" = trunc i64 %"cursor.5" to i16
  %".563" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".562", ptr %".563", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".566" = add i64 %"cursor.5", 8
  %".567" = trunc i64 %".566" to i16
  %".568" = getelementptr i8, ptr %"keys.40", i64 0
  store i16 %".567", ptr %".568", align 2
  %".570" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".571" = zext i16 %".570" to i64
  switch i64 %".571", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]
pppoe_d0.unknown:
  %".573" = and i64 %".571", 257
  %".574" = icmp eq i64 %".573", 1
  br i1 %".574", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".580" = trunc i64 2048 to i16
  %".581" = call i16 @"llvm.bswap.i16"(i16 %".580")
  %".582" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".581", ptr %".582", align 2
  %".584" = getelementptr i8, ptr %"keys.40", i64 2
  %".585" = trunc i64 %".566" to i16
  store volatile i16 %".585", ptr %".584", align 2
  %".587" = load volatile i16, ptr %".584", align 2
  %".588" = zext i16 %".587" to i64
  %"cursor.44" = and i64 %".588", 16383
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".590" = trunc i64 34525 to i16
  %".591" = call i16 @"llvm.bswap.i16"(i16 %".590")
  %".592" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".591", ptr %".592", align 2
  %".594" = getelementptr i8, ptr %"keys.40", i64 2
  %".595" = trunc i64 %".566" to i16
  store volatile i16 %".595", ptr %".594", align 2
  %".597" = load volatile i16, ptr %".594", align 2
  %".598" = zext i16 %".597" to i64
  %"cursor.45" = and i64 %".598", 16383
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".600" = trunc i64 34887 to i16
  %".601" = call i16 @"llvm.bswap.i16"(i16 %".600")
  %".602" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".601", ptr %".602", align 2
  %".604" = getelementptr i8, ptr %"keys.40", i64 2
  %".605" = trunc i64 %".566" to i16
  store volatile i16 %".605", ptr %".604", align 2
  %".607" = load volatile i16, ptr %".604", align 2
  %".608" = zext i16 %".607" to i64
  %"cursor.46" = and i64 %".608", 16383
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".610" = trunc i64 34888 to i16
  %".611" = call i16 @"llvm.bswap.i16"(i16 %".610")
  %".612" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".611", ptr %".612", align 2
  %".614" = getelementptr i8, ptr %"keys.40", i64 2
  %".615" = trunc i64 %".566" to i16
  store volatile i16 %".615", ptr %".614", align 2
  %".617" = load volatile i16, ptr %".614", align 2
  %".618" = zext i16 %".617" to i64
  %"cursor.47" = and i64 %".618", 16383
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".576" = trunc i64 %".566" to i16
  %".577" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".576", ptr %".577", align 2
  br label %"return"
ppp_other:
  %"cursor.48" = phi  i64 [%".566", %"pppoe_d0.to_ppp_other"], [%".2676", %"pppoe_d1.to_ppp_other"]
  %"data.41" = phi  ptr [%"data.40", %"pppoe_d0.to_ppp_other"], [%"data.111", %"pppoe_d1.to_ppp_other"]
  %"data_end.41" = phi  ptr [%"data_end.40", %"pppoe_d0.to_ppp_other"], [%"data_end.111", %"pppoe_d1.to_ppp_other"]
  %"keys.41" = phi  ptr [%"keys.40", %"pppoe_d0.to_ppp_other"], [%"keys.111", %"pppoe_d1.to_ppp_other"]
  %".2565" = add i64 %"cursor.48", 0
  %".2566" = trunc i64 %".2565" to i16
  %".2567" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".2566", ptr %".2567", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".630" = trunc i64 %"cursor.7" to i32
  %".631" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".630", [40 x i8]* %"header_copy", i32 34)
  %".632" = icmp eq i64 %".631", 0
  %".633" = getelementptr i8, ptr %"ctx.6", i64 76
  %".634" = load i32, ptr %".633", align 4
  %".635" = zext i32 %".634" to i64
  %"data.42" = inttoptr i64 %".635" to ptr
  %".636" = getelementptr i8, ptr %"ctx.6", i64 80
  %".637" = load i32, ptr %".636", align 4
  %".638" = zext i32 %".637" to i64
  %"data_end.42" = inttoptr i64 %".638" to ptr
  %".639" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.42" = load ptr, ptr %".639", align 8
  %".640" = xor i1 %".632", -1
  br i1 %".640", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".642" = trunc i64 %"cursor.7" to i16
  %".643" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".642", ptr %".643", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".661" = trunc i64 %"cursor.9" to i32
  %".662" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".661", [40 x i8]* %"header_copy", i32 16)
  %".663" = icmp eq i64 %".662", 0
  %".664" = getelementptr i8, ptr %"ctx.7", i64 76
  %".665" = load i32, ptr %".664", align 4
  %".666" = zext i32 %".665" to i64
  %"data.44" = inttoptr i64 %".666" to ptr
  %".667" = getelementptr i8, ptr %"ctx.7", i64 80
  %".668" = load i32, ptr %".667", align 4
  %".669" = zext i32 %".668" to i64
  %"data_end.44" = inttoptr i64 %".669" to ptr
  %".670" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.44" = load ptr, ptr %".670", align 8
  %".671" = xor i1 %".663", -1
  br i1 %".671", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".673" = trunc i64 %"cursor.9" to i16
  %".674" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".673", ptr %".674", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".686" = trunc i64 %"cursor.10" to i32
  %".687" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".686", [40 x i8]* %"header_copy", i32 38)
  %".688" = icmp eq i64 %".687", 0
  %".689" = getelementptr i8, ptr %"ctx.8", i64 76
  %".690" = load i32, ptr %".689", align 4
  %".691" = zext i32 %".690" to i64
  %"data.46" = inttoptr i64 %".691" to ptr
  %".692" = getelementptr i8, ptr %"ctx.8", i64 80
  %".693" = load i32, ptr %".692", align 4
  %".694" = zext i32 %".693" to i64
  %"data_end.46" = inttoptr i64 %".694" to ptr
  %".695" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.46" = load ptr, ptr %".695", align 8
  %".696" = xor i1 %".688", -1
  br i1 %".696", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".698" = trunc i64 %"cursor.10" to i16
  %".699" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".698", ptr %".699", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".714" = trunc i64 %"cursor.11" to i32
  %".715" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".714", [40 x i8]* %"header_copy", i32 6)
  %".716" = icmp eq i64 %".715", 0
  %".717" = getelementptr i8, ptr %"ctx.9", i64 76
  %".718" = load i32, ptr %".717", align 4
  %".719" = zext i32 %".718" to i64
  %"data.48" = inttoptr i64 %".719" to ptr
  %".720" = getelementptr i8, ptr %"ctx.9", i64 80
  %".721" = load i32, ptr %".720", align 4
  %".722" = zext i32 %".721" to i64
  %"data_end.48" = inttoptr i64 %".722" to ptr
  %".723" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.48" = load ptr, ptr %".723", align 8
  %".724" = xor i1 %".716", -1
  br i1 %".724", label %"hsr_d0.copy_failed", label %"hsr_d0.copy_failed.endif"
hsr_d0.copy_failed:
  %".726" = trunc i64 %"cursor.11" to i16
  %".727" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".726", ptr %".727", align 2
  br label %"return"
hsr_d0.copy_failed.endif:
  %".730" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".731" = load volatile i16, [40 x i8]* %".730", align 2
  br label %"hsr_d0.header"
hsr_d0.unknown:
  %".746" = trunc i64 %".739" to i16
  %".747" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".746", ptr %".747", align 2
  br label %"return"
hsr_d0.to_ipv4:
  %".750" = getelementptr i8, ptr %"keys.49", i64 2
  %".751" = trunc i64 %".739" to i16
  store volatile i16 %".751", ptr %".750", align 2
  %".753" = load volatile i16, ptr %".750", align 2
  %".754" = zext i16 %".753" to i64
  %"cursor.49" = and i64 %".754", 16383
  br label %"ipv4_d0"
hsr_d0.to_ipv6:
  %".756" = getelementptr i8, ptr %"keys.49", i64 2
  %".757" = trunc i64 %".739" to i16
  store volatile i16 %".757", ptr %".756", align 2
  %".759" = load volatile i16, ptr %".756", align 2
  %".760" = zext i16 %".759" to i64
  %"cursor.50" = and i64 %".760", 16383
  br label %"ipv6_d0"
hsr_d0.to_mpls:
  %".762" = getelementptr i8, ptr %"keys.49", i64 2
  %".763" = trunc i64 %".739" to i16
  store volatile i16 %".763", ptr %".762", align 2
  %".765" = load volatile i16, ptr %".762", align 2
  %".766" = zext i16 %".765" to i64
  %"cursor.51" = and i64 %".766", 16383
  br label %"mpls_d0_mpls_labels1"
hsr_d0.to_mpls.1:
  %".768" = getelementptr i8, ptr %"keys.49", i64 2
  %".769" = trunc i64 %".739" to i16
  store volatile i16 %".769", ptr %".768", align 2
  %".771" = load volatile i16, ptr %".768", align 2
  %".772" = zext i16 %".771" to i64
  %"cursor.52" = and i64 %".772", 16383
  br label %"mpls_d0_mpls_labels1"
hsr_d0.to_pppoe:
  %".774" = getelementptr i8, ptr %"keys.49", i64 2
  %".775" = trunc i64 %".739" to i16
  store volatile i16 %".775", ptr %".774", align 2
  %".777" = load volatile i16, ptr %".774", align 2
  %".778" = zext i16 %".777" to i64
  %"cursor.53" = and i64 %".778", 16383
  br label %"pppoe_d0"
hsr_d0.to_arp:
  %".780" = getelementptr i8, ptr %"keys.49", i64 2
  %".781" = trunc i64 %".739" to i16
  store volatile i16 %".781", ptr %".780", align 2
  %".783" = load volatile i16, ptr %".780", align 2
  %".784" = zext i16 %".783" to i64
  %"cursor.54" = and i64 %".784", 16383
  br label %"arp"
hsr_d0.to_arp.1:
  %".786" = getelementptr i8, ptr %"keys.49", i64 2
  %".787" = trunc i64 %".739" to i16
  store volatile i16 %".787", ptr %".786", align 2
  %".789" = load volatile i16, ptr %".786", align 2
  %".790" = zext i16 %".789" to i64
  %"cursor.55" = and i64 %".790", 16383
  br label %"arp"
hsr_d0.to_ptp:
  %".792" = getelementptr i8, ptr %"keys.49", i64 2
  %".793" = trunc i64 %".739" to i16
  store volatile i16 %".793", ptr %".792", align 2
  %".795" = load volatile i16, ptr %".792", align 2
  %".796" = zext i16 %".795" to i64
  %"cursor.56" = and i64 %".796", 16383
  br label %"ptp"
hsr_d0.to_cfm:
  %".798" = getelementptr i8, ptr %"keys.49", i64 2
  %".799" = trunc i64 %".739" to i16
  store volatile i16 %".799", ptr %".798", align 2
  %".801" = load volatile i16, ptr %".798", align 2
  %".802" = zext i16 %".801" to i64
  %"cursor.57" = and i64 %".802", 16383
  br label %"cfm"
hsr_d0.to_tipc:
  %".804" = getelementptr i8, ptr %"keys.49", i64 2
  %".805" = trunc i64 %".739" to i16
  store volatile i16 %".805", ptr %".804", align 2
  %".807" = load volatile i16, ptr %".804", align 2
  %".808" = zext i16 %".807" to i64
  %"cursor.58" = and i64 %".808", 16383
  br label %"tipc"
hsr_d0.to_fcoe:
  %".810" = getelementptr i8, ptr %"keys.49", i64 2
  %".811" = trunc i64 %".739" to i16
  store volatile i16 %".811", ptr %".810", align 2
  %".813" = load volatile i16, ptr %".810", align 2
  %".814" = zext i16 %".813" to i64
  %"cursor.59" = and i64 %".814", 16383
  br label %"fcoe"
batadv_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".826" = trunc i64 %"cursor.12" to i32
  %".827" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".826", [40 x i8]* %"header_copy", i32 24)
  %".828" = icmp eq i64 %".827", 0
  %".829" = getelementptr i8, ptr %"ctx.10", i64 76
  %".830" = load i32, ptr %".829", align 4
  %".831" = zext i32 %".830" to i64
  %"data.50" = inttoptr i64 %".831" to ptr
  %".832" = getelementptr i8, ptr %"ctx.10", i64 80
  %".833" = load i32, ptr %".832", align 4
  %".834" = zext i32 %".833" to i64
  %"data_end.50" = inttoptr i64 %".834" to ptr
  %".835" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.50" = load ptr, ptr %".835", align 8
  %".836" = xor i1 %".828", -1
  br i1 %".836", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".838" = trunc i64 %"cursor.12" to i16
  %".839" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".838", ptr %".839", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".842" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".843" = load volatile i8, [40 x i8]* %".842", align 1
  %".844" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".845" = load volatile i8, [40 x i8]* %".844", align 1
  %".846" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".847" = load volatile i16, [40 x i8]* %".846", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".856" = trunc i64 %"cursor.12" to i16
  %".857" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".856", ptr %".857", align 2
  br label %"return"
batadv_d0.require.endif:
  %".860" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".861" = zext i16 %".860" to i64
  %".862" = trunc i64 %".861" to i16
  %".863" = call i16 @"llvm.bswap.i16"(i16 %".862")
  %".864" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".863", ptr %".864", align 2
  %".866" = add i64 %"cursor.12", 24
  %".867" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".868" = zext i16 %".867" to i64
  switch i64 %".868", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe"]
batadv_d0.unknown:
  %".870" = trunc i64 %".866" to i16
  %".871" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".870", ptr %".871", align 2
  br label %"return"
batadv_d0.to_ipv4:
  %".874" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".874", align 1
  %".876" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.7" = load volatile i32, ptr %".876", align 4
  %".877" = and i32 %"flags.7", 4
  %".878" = icmp ne i32 %".877", 0
  br i1 %".878", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.to_ipv6:
  %".892" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".892", align 1
  %".894" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.8" = load volatile i32, ptr %".894", align 4
  %".895" = and i32 %"flags.8", 4
  %".896" = icmp ne i32 %".895", 0
  br i1 %".896", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_mpls:
  %".910" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".910", align 1
  %".912" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.9" = load volatile i32, ptr %".912", align 4
  %".913" = and i32 %"flags.9", 4
  %".914" = icmp ne i32 %".913", 0
  br i1 %".914", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_mpls.1:
  %".928" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".928", align 1
  %".930" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.10" = load volatile i32, ptr %".930", align 4
  %".931" = and i32 %"flags.10", 4
  %".932" = icmp ne i32 %".931", 0
  br i1 %".932", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_pppoe:
  %".946" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".946", align 1
  %".948" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.11" = load volatile i32, ptr %".948", align 4
  %".949" = and i32 %"flags.11", 4
  %".950" = icmp ne i32 %".949", 0
  br i1 %".950", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_arp:
  %".964" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".964", align 1
  %".966" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.12" = load volatile i32, ptr %".966", align 4
  %".967" = and i32 %"flags.12", 4
  %".968" = icmp ne i32 %".967", 0
  br i1 %".968", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_arp.1:
  %".982" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".982", align 1
  %".984" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.13" = load volatile i32, ptr %".984", align 4
  %".985" = and i32 %"flags.13", 4
  %".986" = icmp ne i32 %".985", 0
  br i1 %".986", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_ptp:
  %".1000" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".1000", align 1
  %".1002" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.14" = load volatile i32, ptr %".1002", align 4
  %".1003" = and i32 %"flags.14", 4
  %".1004" = icmp ne i32 %".1003", 0
  br i1 %".1004", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_cfm:
  %".1018" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".1018", align 1
  %".1020" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.15" = load volatile i32, ptr %".1020", align 4
  %".1021" = and i32 %"flags.15", 4
  %".1022" = icmp ne i32 %".1021", 0
  br i1 %".1022", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_tipc:
  %".1036" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".1036", align 1
  %".1038" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.16" = load volatile i32, ptr %".1038", align 4
  %".1039" = and i32 %"flags.16", 4
  %".1040" = icmp ne i32 %".1039", 0
  br i1 %".1040", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_fcoe:
  %".1054" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".1054", align 1
  %".1056" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.17" = load volatile i32, ptr %".1056", align 4
  %".1057" = and i32 %"flags.17", 4
  %".1058" = icmp ne i32 %".1057", 0
  br i1 %".1058", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.stop_at_encap:
  %".880" = trunc i64 %".866" to i16
  %".881" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".880", ptr %".881", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".884" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".884", align 4
  %".886" = getelementptr i8, ptr %"keys.51", i64 2
  %".887" = trunc i64 %".866" to i16
  store volatile i16 %".887", ptr %".886", align 2
  %".889" = load volatile i16, ptr %".886", align 2
  %".890" = zext i16 %".889" to i64
  %"cursor.60" = and i64 %".890", 16383
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".898" = trunc i64 %".866" to i16
  %".899" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".898", ptr %".899", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".902" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".902", align 4
  %".904" = getelementptr i8, ptr %"keys.51", i64 2
  %".905" = trunc i64 %".866" to i16
  store volatile i16 %".905", ptr %".904", align 2
  %".907" = load volatile i16, ptr %".904", align 2
  %".908" = zext i16 %".907" to i64
  %"cursor.61" = and i64 %".908", 16383
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".916" = trunc i64 %".866" to i16
  %".917" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".916", ptr %".917", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".920" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".920", align 4
  %".922" = getelementptr i8, ptr %"keys.51", i64 2
  %".923" = trunc i64 %".866" to i16
  store volatile i16 %".923", ptr %".922", align 2
  %".925" = load volatile i16, ptr %".922", align 2
  %".926" = zext i16 %".925" to i64
  %"cursor.63" = and i64 %".926", 16383
  br label %"mpls_d1_mpls_labels1"
mpls_d1_mpls_labels1:
  %"cursor.62" = phi  i64 [%"cursor.63", %"batadv_d0.stop_at_encap.endif.2"], [%"cursor.64", %"batadv_d0.stop_at_encap.endif.3"], [%"cursor.91", %"ipv4_d1.to_mpls"], [%"cursor.106", %"ipv6_d1.to_mpls"], [%"cursor.159", %"pppoe_d1.to_mpls"], [%"cursor.160", %"pppoe_d1.to_mpls.1"], [%"cursor.179", %"gre_d0.to_mpls"], [%"cursor.180", %"gre_d0.to_mpls.1"], [%"cursor.224", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"cursor.238", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"cursor.277", %"ethernet_d1.to_mpls"], [%"cursor.278", %"ethernet_d1.to_mpls.1"], [%"cursor.297", %"vlan_d1_vlan_tags1.to_mpls"], [%"cursor.298", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"cursor.311", %"hsr_d1.to_mpls"], [%"cursor.312", %"hsr_d1.to_mpls.1"], [%"cursor.340", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"cursor.354", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"cursor.387", %"vlan_d1_vlan_tags2.to_mpls"], [%"cursor.388", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"cursor.408", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"cursor.418", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data.52" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data.85", %"ipv4_d1.to_mpls"], [%"data.89", %"ipv6_d1.to_mpls"], [%"data.111", %"pppoe_d1.to_mpls"], [%"data.111", %"pppoe_d1.to_mpls.1"], [%"data.136", %"gre_d0.to_mpls"], [%"data.136", %"gre_d0.to_mpls.1"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.177", %"ethernet_d1.to_mpls"], [%"data.177", %"ethernet_d1.to_mpls.1"], [%"data.184", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.184", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.187", %"hsr_d1.to_mpls"], [%"data.187", %"hsr_d1.to_mpls.1"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.235", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.235", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.239", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.241", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data_end.52" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.85", %"ipv4_d1.to_mpls"], [%"data_end.89", %"ipv6_d1.to_mpls"], [%"data_end.111", %"pppoe_d1.to_mpls"], [%"data_end.111", %"pppoe_d1.to_mpls.1"], [%"data_end.136", %"gre_d0.to_mpls"], [%"data_end.136", %"gre_d0.to_mpls.1"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.177", %"ethernet_d1.to_mpls"], [%"data_end.177", %"ethernet_d1.to_mpls.1"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.187", %"hsr_d1.to_mpls"], [%"data_end.187", %"hsr_d1.to_mpls.1"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.239", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.241", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"keys.52" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.85", %"ipv4_d1.to_mpls"], [%"keys.89", %"ipv6_d1.to_mpls"], [%"keys.111", %"pppoe_d1.to_mpls"], [%"keys.111", %"pppoe_d1.to_mpls.1"], [%"keys.136", %"gre_d0.to_mpls"], [%"keys.136", %"gre_d0.to_mpls.1"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.177", %"ethernet_d1.to_mpls"], [%"keys.177", %"ethernet_d1.to_mpls.1"], [%"keys.184", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.184", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.187", %"hsr_d1.to_mpls"], [%"keys.187", %"hsr_d1.to_mpls.1"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.235", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.235", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.239", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.241", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %".2570" = add i64 %"cursor.62", 4
  %"hdr.27" = getelementptr i8, ptr %"data.52", i64 %"cursor.62"
  %".2571" = getelementptr i8, ptr %"hdr.27", i64 4
  %".2572" = icmp ugt ptr %".2571", %"data_end.52"
  br i1 %".2572", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2574" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2575" = load i8, ptr %".2574", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2575", %"mpls_d1_mpls_labels1.linear"], [%".2594", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.108" = phi  ptr [%"data.52", %"mpls_d1_mpls_labels1.linear"], [%"data.107", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.108" = phi  ptr [%"data_end.52", %"mpls_d1_mpls_labels1.linear"], [%"data_end.107", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.108" = phi  ptr [%"keys.52", %"mpls_d1_mpls_labels1.linear"], [%"keys.107", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2596" = add i64 %"cursor.62", 4
  %".2597" = zext i8 %"w2_1.2" to i64
  %".2598" = and i64 %".2597", 1
  switch i64 %".2598", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
batadv_d0.stop_at_encap.3:
  %".934" = trunc i64 %".866" to i16
  %".935" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".934", ptr %".935", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".938" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".938", align 4
  %".940" = getelementptr i8, ptr %"keys.51", i64 2
  %".941" = trunc i64 %".866" to i16
  store volatile i16 %".941", ptr %".940", align 2
  %".943" = load volatile i16, ptr %".940", align 2
  %".944" = zext i16 %".943" to i64
  %"cursor.64" = and i64 %".944", 16383
  br label %"mpls_d1_mpls_labels1"
batadv_d0.stop_at_encap.4:
  %".952" = trunc i64 %".866" to i16
  %".953" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".952", ptr %".953", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".956" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".956", align 4
  %".958" = getelementptr i8, ptr %"keys.51", i64 2
  %".959" = trunc i64 %".866" to i16
  store volatile i16 %".959", ptr %".958", align 2
  %".961" = load volatile i16, ptr %".958", align 2
  %".962" = zext i16 %".961" to i64
  %"cursor.66" = and i64 %".962", 16383
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.65" = phi  i64 [%"cursor.66", %"batadv_d0.stop_at_encap.endif.4"], [%"cursor.181", %"gre_d0.to_pppoe"], [%"cursor.279", %"ethernet_d1.to_pppoe"], [%"cursor.299", %"vlan_d1_vlan_tags1.to_pppoe"], [%"cursor.313", %"hsr_d1.to_pppoe"], [%"cursor.389", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data.53" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data.136", %"gre_d0.to_pppoe"], [%"data.177", %"ethernet_d1.to_pppoe"], [%"data.184", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.187", %"hsr_d1.to_pppoe"], [%"data.235", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data_end.53" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.136", %"gre_d0.to_pppoe"], [%"data_end.177", %"ethernet_d1.to_pppoe"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.187", %"hsr_d1.to_pppoe"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"keys.53" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.136", %"gre_d0.to_pppoe"], [%"keys.177", %"ethernet_d1.to_pppoe"], [%"keys.184", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.187", %"hsr_d1.to_pppoe"], [%"keys.235", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.65"
  %".2626" = getelementptr i8, ptr %"hdr.28", i64 8
  %".2627" = icmp ugt ptr %".2626", %"data_end.53"
  br i1 %".2627", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2629" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2630" = load i8, ptr %".2629", align 1
  %".2631" = getelementptr i8, ptr %"hdr.28", i64 1
  %".2632" = load i8, ptr %".2631", align 1
  %".2633" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2634" = load i16, ptr %".2633", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2630", %"pppoe_d1.linear"], [%".2653", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2632", %"pppoe_d1.linear"], [%".2655", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2634", %"pppoe_d1.linear"], [%".2657", %"pppoe_d1.copy_failed.endif"]
  %"data.111" = phi  ptr [%"data.53", %"pppoe_d1.linear"], [%"data.110", %"pppoe_d1.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.53", %"pppoe_d1.linear"], [%"data_end.110", %"pppoe_d1.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.53", %"pppoe_d1.linear"], [%"keys.110", %"pppoe_d1.copy_failed.endif"]
  %".2659" = zext i8 %"w0_1.8" to i64
  %".2660" = lshr i64 %".2659", 4
  %".2661" = and i64 %".2660", 15
  %".2662" = icmp eq i64 %".2661", 1
  %".2663" = zext i8 %"w0_1.8" to i64
  %".2664" = and i64 %".2663", 15
  %".2665" = icmp eq i64 %".2664", 1
  %".2666" = and i1 %".2662", %".2665"
  %".2667" = zext i8 %"w1_1.4" to i64
  %".2668" = icmp eq i64 %".2667", 0
  %".2669" = and i1 %".2666", %".2668"
  %".2670" = xor i1 %".2669", -1
  br i1 %".2670", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.5:
  %".970" = trunc i64 %".866" to i16
  %".971" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".970", ptr %".971", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".974" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".974", align 4
  %".976" = getelementptr i8, ptr %"keys.51", i64 2
  %".977" = trunc i64 %".866" to i16
  store volatile i16 %".977", ptr %".976", align 2
  %".979" = load volatile i16, ptr %".976", align 2
  %".980" = zext i16 %".979" to i64
  %"cursor.67" = and i64 %".980", 16383
  br label %"arp"
batadv_d0.stop_at_encap.6:
  %".988" = trunc i64 %".866" to i16
  %".989" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".988", ptr %".989", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".992" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".992", align 4
  %".994" = getelementptr i8, ptr %"keys.51", i64 2
  %".995" = trunc i64 %".866" to i16
  store volatile i16 %".995", ptr %".994", align 2
  %".997" = load volatile i16, ptr %".994", align 2
  %".998" = zext i16 %".997" to i64
  %"cursor.68" = and i64 %".998", 16383
  br label %"arp"
batadv_d0.stop_at_encap.7:
  %".1006" = trunc i64 %".866" to i16
  %".1007" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".1006", ptr %".1007", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".1010" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".1010", align 4
  %".1012" = getelementptr i8, ptr %"keys.51", i64 2
  %".1013" = trunc i64 %".866" to i16
  store volatile i16 %".1013", ptr %".1012", align 2
  %".1015" = load volatile i16, ptr %".1012", align 2
  %".1016" = zext i16 %".1015" to i64
  %"cursor.69" = and i64 %".1016", 16383
  br label %"ptp"
batadv_d0.stop_at_encap.8:
  %".1024" = trunc i64 %".866" to i16
  %".1025" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".1024", ptr %".1025", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".1028" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".1028", align 4
  %".1030" = getelementptr i8, ptr %"keys.51", i64 2
  %".1031" = trunc i64 %".866" to i16
  store volatile i16 %".1031", ptr %".1030", align 2
  %".1033" = load volatile i16, ptr %".1030", align 2
  %".1034" = zext i16 %".1033" to i64
  %"cursor.70" = and i64 %".1034", 16383
  br label %"cfm"
batadv_d0.stop_at_encap.9:
  %".1042" = trunc i64 %".866" to i16
  %".1043" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".1042", ptr %".1043", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".1046" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".1046", align 4
  %".1048" = getelementptr i8, ptr %"keys.51", i64 2
  %".1049" = trunc i64 %".866" to i16
  store volatile i16 %".1049", ptr %".1048", align 2
  %".1051" = load volatile i16, ptr %".1048", align 2
  %".1052" = zext i16 %".1051" to i64
  %"cursor.71" = and i64 %".1052", 16383
  br label %"tipc"
batadv_d0.stop_at_encap.10:
  %".1060" = trunc i64 %".866" to i16
  %".1061" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".1060", ptr %".1061", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".1064" = getelementptr i8, ptr %"keys.51", i64 12
  store i32 0, ptr %".1064", align 4
  %".1066" = getelementptr i8, ptr %"keys.51", i64 2
  %".1067" = trunc i64 %".866" to i16
  store volatile i16 %".1067", ptr %".1066", align 2
  %".1069" = load volatile i16, ptr %".1066", align 2
  %".1070" = zext i16 %".1069" to i64
  %"cursor.72" = and i64 %".1070", 16383
  br label %"fcoe"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1080" = trunc i64 %"cursor.13" to i32
  %".1081" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".1080", [40 x i8]* %"header_copy", i32 4)
  %".1082" = icmp eq i64 %".1081", 0
  %".1083" = getelementptr i8, ptr %"ctx.11", i64 76
  %".1084" = load i32, ptr %".1083", align 4
  %".1085" = zext i32 %".1084" to i64
  %"data.54" = inttoptr i64 %".1085" to ptr
  %".1086" = getelementptr i8, ptr %"ctx.11", i64 80
  %".1087" = load i32, ptr %".1086", align 4
  %".1088" = zext i32 %".1087" to i64
  %"data_end.54" = inttoptr i64 %".1088" to ptr
  %".1089" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.54" = load ptr, ptr %".1089", align 8
  %".1090" = xor i1 %".1082", -1
  br i1 %".1090", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".1092" = trunc i64 %"cursor.13" to i16
  %".1093" = getelementptr i8, ptr %"keys.54", i64 2
  store i16 %".1092", ptr %".1093", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".1096" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1097" = load volatile i16, [40 x i8]* %".1096", align 2
  %".1098" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1099" = load volatile i16, [40 x i8]* %".1098", align 2
  br label %"tcp.header"
tcp.unknown:
  %".1114" = trunc i64 %"cursor.13" to i16
  %".1115" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".1114", ptr %".1115", align 2
  br label %"return"
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.73" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.56" = phi  ptr [%"data.55", %"tcp.to_tcp_header"]
  %"data_end.56" = phi  ptr [%"data_end.55", %"tcp.to_tcp_header"]
  %"keys.56" = phi  ptr [%"keys.55", %"tcp.to_tcp_header"]
  %"hdr.29" = getelementptr i8, ptr %"data.56", i64 %"cursor.73"
  %".2731" = getelementptr i8, ptr %"hdr.29", i64 20
  %".2732" = icmp ugt ptr %".2731", %"data_end.56"
  br i1 %".2732", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2734" = getelementptr i8, ptr %"hdr.29", i64 12
  %".2735" = load i8, ptr %".2734", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2735", %"tcp_header.linear"], [%".2754", %"tcp_header.copy_failed.endif"]
  %"data.113" = phi  ptr [%"data.56", %"tcp_header.linear"], [%"data.112", %"tcp_header.copy_failed.endif"]
  %"data_end.113" = phi  ptr [%"data_end.56", %"tcp_header.linear"], [%"data_end.112", %"tcp_header.copy_failed.endif"]
  %"keys.113" = phi  ptr [%"keys.56", %"tcp_header.linear"], [%"keys.112", %"tcp_header.copy_failed.endif"]
  %".2756" = zext i8 %"w12_1" to i64
  %".2757" = lshr i64 %".2756", 4
  %".2758" = and i64 %".2757", 15
  %".2759" = icmp uge i64 %".2758", 5
  %".2760" = xor i1 %".2759", -1
  br i1 %".2760", label %"tcp_header.require", label %"tcp_header.require.endif"
udp_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1127" = trunc i64 %"cursor.14" to i32
  %".1128" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1127", [40 x i8]* %"header_copy", i32 4)
  %".1129" = icmp eq i64 %".1128", 0
  %".1130" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1131" = load i32, ptr %".1130", align 4
  %".1132" = zext i32 %".1131" to i64
  %"data.57" = inttoptr i64 %".1132" to ptr
  %".1133" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1134" = load i32, ptr %".1133", align 4
  %".1135" = zext i32 %".1134" to i64
  %"data_end.57" = inttoptr i64 %".1135" to ptr
  %".1136" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.57" = load ptr, ptr %".1136", align 8
  %".1137" = xor i1 %".1129", -1
  br i1 %".1137", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".1139" = trunc i64 %"cursor.14" to i16
  %".1140" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".1139", ptr %".1140", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".1143" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1144" = load volatile i16, [40 x i8]* %".1143", align 2
  %".1145" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1146" = load volatile i16, [40 x i8]* %".1145", align 2
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".1166" = add i64 %"cursor.14", %".1161"
  %".1167" = sub i64 %".1166", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1168" = trunc i64 %".1167" to i32
  %".1169" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1168", i64* %"last_byte", i32 1)
  %".1170" = icmp eq i64 %".1169", 0
  %".1171" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1172" = load i32, ptr %".1171", align 4
  %".1173" = zext i32 %".1172" to i64
  %"data.59" = inttoptr i64 %".1173" to ptr
  %".1174" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1175" = load i32, ptr %".1174", align 4
  %".1176" = zext i32 %".1175" to i64
  %"data_end.59" = inttoptr i64 %".1176" to ptr
  %".1177" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.59" = load ptr, ptr %".1177", align 8
  %".1178" = xor i1 %".1170", -1
  br i1 %".1178", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1180" = trunc i64 %"cursor.14" to i16
  %".1181" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1180", ptr %".1181", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1188" = trunc i64 %"cursor.14" to i16
  %".1189" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1188", ptr %".1189", align 2
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
  %"cursor.74" = phi  i64 [%"end.1", %"udp_d0.to_vxlan"]
  %"data.61" = phi  ptr [%"data.60", %"udp_d0.to_vxlan"]
  %"data_end.61" = phi  ptr [%"data_end.60", %"udp_d0.to_vxlan"]
  %"keys.61" = phi  ptr [%"keys.60", %"udp_d0.to_vxlan"]
  %"hdr.30" = getelementptr i8, ptr %"data.61", i64 %"cursor.74"
  %".2800" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2801" = icmp ugt ptr %".2800", %"data_end.61"
  br i1 %".2801", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.117" = phi  ptr [%"data.61", %"vxlan_d0.linear"], [%"data.116", %"vxlan_d0.copy_failed.endif"]
  %"data_end.117" = phi  ptr [%"data_end.61", %"vxlan_d0.linear"], [%"data_end.116", %"vxlan_d0.copy_failed.endif"]
  %"keys.117" = phi  ptr [%"keys.61", %"vxlan_d0.linear"], [%"keys.116", %"vxlan_d0.copy_failed.endif"]
  %".2821" = add i64 %"cursor.74", 8
  %".2822" = getelementptr i8, ptr %"keys.117", i64 8
  store i8 1, ptr %".2822", align 1
  %".2824" = getelementptr i8, ptr %"keys.117", i64 48
  %"flags.31" = load volatile i32, ptr %".2824", align 4
  %".2825" = and i32 %"flags.31", 4
  %".2826" = icmp ne i32 %".2825", 0
  br i1 %".2826", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
geneve_d0:
  %"cursor.75" = phi  i64 [%"end.1", %"udp_d0.to_geneve"]
  %"data.62" = phi  ptr [%"data.60", %"udp_d0.to_geneve"]
  %"data_end.62" = phi  ptr [%"data_end.60", %"udp_d0.to_geneve"]
  %"keys.62" = phi  ptr [%"keys.60", %"udp_d0.to_geneve"]
  %"hdr.31" = getelementptr i8, ptr %"data.62", i64 %"cursor.75"
  %".2845" = getelementptr i8, ptr %"hdr.31", i64 8
  %".2846" = icmp ugt ptr %".2845", %"data_end.62"
  br i1 %".2846", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2848" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2849" = load i8, ptr %".2848", align 1
  %".2850" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2851" = load i16, ptr %".2850", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.9" = phi  i8 [%".2849", %"geneve_d0.linear"], [%".2870", %"geneve_d0.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".2851", %"geneve_d0.linear"], [%".2872", %"geneve_d0.copy_failed.endif"]
  %"data.120" = phi  ptr [%"data.62", %"geneve_d0.linear"], [%"data.119", %"geneve_d0.copy_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.62", %"geneve_d0.linear"], [%"data_end.119", %"geneve_d0.copy_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.62", %"geneve_d0.linear"], [%"keys.119", %"geneve_d0.copy_failed.endif"]
  %".2874" = zext i8 %"w0_1.9" to i64
  %".2875" = lshr i64 %".2874", 6
  %".2876" = and i64 %".2875", 3
  %".2877" = icmp ne i64 %".2876", 0
  br i1 %".2877", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif"
gue_d0:
  %"cursor.76" = phi  i64 [%"end.1", %"udp_d0.to_gue"]
  %"data.63" = phi  ptr [%"data.60", %"udp_d0.to_gue"]
  %"data_end.63" = phi  ptr [%"data_end.60", %"udp_d0.to_gue"]
  %"keys.63" = phi  ptr [%"keys.60", %"udp_d0.to_gue"]
  %"hdr.32" = getelementptr i8, ptr %"data.63", i64 %"cursor.76"
  %".2948" = getelementptr i8, ptr %"hdr.32", i64 4
  %".2949" = icmp ugt ptr %".2948", %"data_end.63"
  br i1 %".2949", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2951" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2952" = load i8, ptr %".2951", align 1
  %".2953" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2954" = load i8, ptr %".2953", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.10" = phi  i8 [%".2952", %"gue_d0.linear"], [%".2973", %"gue_d0.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2954", %"gue_d0.linear"], [%".2975", %"gue_d0.copy_failed.endif"]
  %"data.124" = phi  ptr [%"data.63", %"gue_d0.linear"], [%"data.123", %"gue_d0.copy_failed.endif"]
  %"data_end.124" = phi  ptr [%"data_end.63", %"gue_d0.linear"], [%"data_end.123", %"gue_d0.copy_failed.endif"]
  %"keys.124" = phi  ptr [%"keys.63", %"gue_d0.linear"], [%"keys.123", %"gue_d0.copy_failed.endif"]
  %".2977" = zext i8 %"w0_1.10" to i64
  %".2978" = lshr i64 %".2977", 6
  %".2979" = and i64 %".2978", 3
  %".2980" = icmp ne i64 %".2979", 0
  %".2981" = zext i8 %"w0_1.10" to i64
  %".2982" = lshr i64 %".2981", 5
  %".2983" = and i64 %".2982", 1
  %".2984" = icmp ne i64 %".2983", 0
  %".2985" = or i1 %".2980", %".2984"
  br i1 %".2985", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif"
gtpu_d0:
  %"cursor.77" = phi  i64 [%"end.1", %"udp_d0.to_gtpu"]
  %"data.64" = phi  ptr [%"data.60", %"udp_d0.to_gtpu"]
  %"data_end.64" = phi  ptr [%"data_end.60", %"udp_d0.to_gtpu"]
  %"keys.64" = phi  ptr [%"keys.60", %"udp_d0.to_gtpu"]
  %"hdr.33" = getelementptr i8, ptr %"data.64", i64 %"cursor.77"
  %".3049" = getelementptr i8, ptr %"hdr.33", i64 8
  %".3050" = icmp ugt ptr %".3049", %"data_end.64"
  br i1 %".3050", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".3052" = getelementptr i8, ptr %"hdr.33", i64 0
  %".3053" = load i8, ptr %".3052", align 1
  %".3054" = getelementptr i8, ptr %"hdr.33", i64 1
  %".3055" = load i8, ptr %".3054", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.11" = phi  i8 [%".3053", %"gtpu_d0.linear"], [%".3074", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".3055", %"gtpu_d0.linear"], [%".3076", %"gtpu_d0.copy_failed.endif"]
  %"data.128" = phi  ptr [%"data.64", %"gtpu_d0.linear"], [%"data.127", %"gtpu_d0.copy_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.64", %"gtpu_d0.linear"], [%"data_end.127", %"gtpu_d0.copy_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.64", %"gtpu_d0.linear"], [%"keys.127", %"gtpu_d0.copy_failed.endif"]
  %".3078" = zext i8 %"w0_1.11" to i64
  %".3079" = lshr i64 %".3078", 5
  %".3080" = and i64 %".3079", 7
  %".3081" = icmp ne i64 %".3080", 1
  %".3082" = zext i8 %"w0_1.11" to i64
  %".3083" = lshr i64 %".3082", 4
  %".3084" = and i64 %".3083", 1
  %".3085" = icmp ne i64 %".3084", 1
  %".3086" = or i1 %".3081", %".3085"
  %".3087" = zext i8 %"w1_1.6" to i64
  %".3088" = icmp ne i64 %".3087", 255
  %".3089" = or i1 %".3086", %".3088"
  br i1 %".3089", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif"
shim_d0:
  %"cursor.78" = phi  i64 [%"end.1", %"udp_d0.to_shim"]
  %"data.65" = phi  ptr [%"data.60", %"udp_d0.to_shim"]
  %"data_end.65" = phi  ptr [%"data_end.60", %"udp_d0.to_shim"]
  %"keys.65" = phi  ptr [%"keys.60", %"udp_d0.to_shim"]
  %"hdr.34" = getelementptr i8, ptr %"data.65", i64 %"cursor.78"
  %".3151" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3152" = icmp ugt ptr %".3151", %"data_end.65"
  br i1 %".3152", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3154" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3155" = load i16, ptr %".3154", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.10" = phi  i16 [%".3155", %"shim_d0.linear"], [%".3174", %"shim_d0.copy_failed.endif"]
  %"data.132" = phi  ptr [%"data.65", %"shim_d0.linear"], [%"data.131", %"shim_d0.copy_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.65", %"shim_d0.linear"], [%"data_end.131", %"shim_d0.copy_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.65", %"shim_d0.linear"], [%"keys.131", %"shim_d0.copy_failed.endif"]
  %".3176" = add i64 %"cursor.78", 8
  %".3177" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3177", align 1
  %".3179" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.35" = load volatile i32, ptr %".3179", align 4
  %".3180" = and i32 %"flags.35", 4
  %".3181" = icmp ne i32 %".3180", 0
  br i1 %".3181", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1205" = trunc i64 %"cursor.15" to i32
  %".1206" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1205", [40 x i8]* %"header_copy", i32 4)
  %".1207" = icmp eq i64 %".1206", 0
  %".1208" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1209" = load i32, ptr %".1208", align 4
  %".1210" = zext i32 %".1209" to i64
  %"data.66" = inttoptr i64 %".1210" to ptr
  %".1211" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1212" = load i32, ptr %".1211", align 4
  %".1213" = zext i32 %".1212" to i64
  %"data_end.66" = inttoptr i64 %".1213" to ptr
  %".1214" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.66" = load ptr, ptr %".1214", align 8
  %".1215" = xor i1 %".1207", -1
  br i1 %".1215", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1217" = trunc i64 %"cursor.15" to i16
  %".1218" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1217", ptr %".1218", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1221" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1222" = load volatile i16, [40 x i8]* %".1221", align 2
  %".1223" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1224" = load volatile i16, [40 x i8]* %".1223", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1244" = add i64 %"cursor.15", %".1239"
  %".1245" = sub i64 %".1244", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1246" = trunc i64 %".1245" to i32
  %".1247" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1246", i64* %"last_byte", i32 1)
  %".1248" = icmp eq i64 %".1247", 0
  %".1249" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1250" = load i32, ptr %".1249", align 4
  %".1251" = zext i32 %".1250" to i64
  %"data.68" = inttoptr i64 %".1251" to ptr
  %".1252" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1253" = load i32, ptr %".1252", align 4
  %".1254" = zext i32 %".1253" to i64
  %"data_end.68" = inttoptr i64 %".1254" to ptr
  %".1255" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.68" = load ptr, ptr %".1255", align 8
  %".1256" = xor i1 %".1248", -1
  br i1 %".1256", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1258" = trunc i64 %"cursor.15" to i16
  %".1259" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".1258", ptr %".1259", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1277" = trunc i64 %"cursor.16" to i32
  %".1278" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1277", [40 x i8]* %"header_copy", i32 4)
  %".1279" = icmp eq i64 %".1278", 0
  %".1280" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1281" = load i32, ptr %".1280", align 4
  %".1282" = zext i32 %".1281" to i64
  %"data.70" = inttoptr i64 %".1282" to ptr
  %".1283" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1284" = load i32, ptr %".1283", align 4
  %".1285" = zext i32 %".1284" to i64
  %"data_end.70" = inttoptr i64 %".1285" to ptr
  %".1286" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.70" = load ptr, ptr %".1286", align 8
  %".1287" = xor i1 %".1279", -1
  br i1 %".1287", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1289" = trunc i64 %"cursor.16" to i16
  %".1290" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1289", ptr %".1290", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1293" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1294" = load volatile i8, [40 x i8]* %".1293", align 1
  %".1295" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1296" = load volatile i8, [40 x i8]* %".1295", align 1
  %".1297" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1298" = load volatile i16, [40 x i8]* %".1297", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1309" = trunc i64 %"cursor.16" to i16
  %".1310" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1309", ptr %".1310", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1313" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1314" = zext i16 %".1313" to i64
  %".1315" = trunc i64 %".1314" to i16
  %".1316" = call i16 @"llvm.bswap.i16"(i16 %".1315")
  %".1317" = getelementptr i8, ptr %"keys.71", i64 10
  store i16 %".1316", ptr %".1317", align 2
  %".1319" = zext i8 %"w1_1.2" to i64
  %".1320" = and i64 %".1319", 7
  switch i64 %".1320", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1322" = trunc i64 %"cursor.16" to i16
  %".1323" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1322", ptr %".1323", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.79" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.72" = phi  ptr [%"data.71", %"gre_version_d0.to_gre"]
  %"data_end.72" = phi  ptr [%"data_end.71", %"gre_version_d0.to_gre"]
  %"keys.72" = phi  ptr [%"keys.71", %"gre_version_d0.to_gre"]
  %"hdr.35" = getelementptr i8, ptr %"data.72", i64 %"cursor.79"
  %".3202" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3203" = icmp ugt ptr %".3202", %"data_end.72"
  br i1 %".3203", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".3205" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3206" = load i8, ptr %".3205", align 1
  %".3207" = getelementptr i8, ptr %"hdr.35", i64 1
  %".3208" = load i8, ptr %".3207", align 1
  %".3209" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3210" = load i16, ptr %".3209", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.12" = phi  i8 [%".3206", %"gre_d0.linear"], [%".3229", %"gre_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3208", %"gre_d0.linear"], [%".3231", %"gre_d0.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".3210", %"gre_d0.linear"], [%".3233", %"gre_d0.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.72", %"gre_d0.linear"], [%"data.133", %"gre_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.72", %"gre_d0.linear"], [%"data_end.133", %"gre_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.72", %"gre_d0.linear"], [%"keys.133", %"gre_d0.copy_failed.endif"]
  %".3235" = zext i8 %"w1_1.7" to i64
  %".3236" = and i64 %".3235", 7
  %".3237" = icmp ne i64 %".3236", 0
  %".3238" = zext i8 %"w0_1.12" to i64
  %".3239" = lshr i64 %".3238", 6
  %".3240" = and i64 %".3239", 1
  %".3241" = icmp ne i64 %".3240", 0
  %".3242" = or i1 %".3237", %".3241"
  br i1 %".3242", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.80" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.73" = phi  ptr [%"data.71", %"gre_version_d0.to_pptp"]
  %"data_end.73" = phi  ptr [%"data_end.71", %"gre_version_d0.to_pptp"]
  %"keys.73" = phi  ptr [%"keys.71", %"gre_version_d0.to_pptp"]
  %"hdr.36" = getelementptr i8, ptr %"data.73", i64 %"cursor.80"
  %".3412" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3413" = icmp ugt ptr %".3412", %"data_end.73"
  br i1 %".3413", label %"pptp_d0.copy", label %"pptp_d0.linear", !prof !0
pptp_d0.linear:
  %".3415" = getelementptr i8, ptr %"hdr.36", i64 0
  %".3416" = load i8, ptr %".3415", align 1
  %".3417" = getelementptr i8, ptr %"hdr.36", i64 1
  %".3418" = load i8, ptr %".3417", align 1
  %".3419" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3420" = load i16, ptr %".3419", align 2
  br label %"pptp_d0.header"
pptp_d0.header:
  %"w0_1.13" = phi  i8 [%".3416", %"pptp_d0.linear"], [%".3439", %"pptp_d0.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3418", %"pptp_d0.linear"], [%".3441", %"pptp_d0.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3420", %"pptp_d0.linear"], [%".3443", %"pptp_d0.copy_failed.endif"]
  %"data.141" = phi  ptr [%"data.73", %"pptp_d0.linear"], [%"data.140", %"pptp_d0.copy_failed.endif"]
  %"data_end.141" = phi  ptr [%"data_end.73", %"pptp_d0.linear"], [%"data_end.140", %"pptp_d0.copy_failed.endif"]
  %"keys.141" = phi  ptr [%"keys.73", %"pptp_d0.linear"], [%"keys.140", %"pptp_d0.copy_failed.endif"]
  %".3445" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3446" = zext i16 %".3445" to i64
  %".3447" = icmp ne i64 %".3446", 34827
  %".3448" = zext i8 %"w0_1.13" to i64
  %".3449" = lshr i64 %".3448", 5
  %".3450" = and i64 %".3449", 1
  %".3451" = icmp eq i64 %".3450", 0
  %".3452" = or i1 %".3447", %".3451"
  br i1 %".3452", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1336" = trunc i64 %"cursor.17" to i32
  %".1337" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1336", [40 x i8]* %"header_copy", i32 4)
  %".1338" = icmp eq i64 %".1337", 0
  %".1339" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1340" = load i32, ptr %".1339", align 4
  %".1341" = zext i32 %".1340" to i64
  %"data.74" = inttoptr i64 %".1341" to ptr
  %".1342" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1343" = load i32, ptr %".1342", align 4
  %".1344" = zext i32 %".1343" to i64
  %"data_end.74" = inttoptr i64 %".1344" to ptr
  %".1345" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.74" = load ptr, ptr %".1345", align 8
  %".1346" = xor i1 %".1338", -1
  br i1 %".1346", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1348" = trunc i64 %"cursor.17" to i16
  %".1349" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1348", ptr %".1349", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1352" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1353" = load volatile i16, [40 x i8]* %".1352", align 2
  %".1354" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1355" = load volatile i16, [40 x i8]* %".1354", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1382" = trunc i64 %"cursor.18" to i32
  %".1383" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1382", [40 x i8]* %"header_copy", i32 4)
  %".1384" = icmp eq i64 %".1383", 0
  %".1385" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1386" = load i32, ptr %".1385", align 4
  %".1387" = zext i32 %".1386" to i64
  %"data.76" = inttoptr i64 %".1387" to ptr
  %".1388" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1389" = load i32, ptr %".1388", align 4
  %".1390" = zext i32 %".1389" to i64
  %"data_end.76" = inttoptr i64 %".1390" to ptr
  %".1391" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.76" = load ptr, ptr %".1391", align 8
  %".1392" = xor i1 %".1384", -1
  br i1 %".1392", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1394" = trunc i64 %"cursor.18" to i16
  %".1395" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1394", ptr %".1395", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1398" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1399" = load volatile i16, [40 x i8]* %".1398", align 2
  %".1400" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1401" = load volatile i16, [40 x i8]* %".1400", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1426" = trunc i64 %"cursor.19" to i32
  %".1427" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1426", [40 x i8]* %"header_copy", i32 4)
  %".1428" = icmp eq i64 %".1427", 0
  %".1429" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1430" = load i32, ptr %".1429", align 4
  %".1431" = zext i32 %".1430" to i64
  %"data.78" = inttoptr i64 %".1431" to ptr
  %".1432" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1433" = load i32, ptr %".1432", align 4
  %".1434" = zext i32 %".1433" to i64
  %"data_end.78" = inttoptr i64 %".1434" to ptr
  %".1435" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.78" = load ptr, ptr %".1435", align 8
  %".1436" = xor i1 %".1428", -1
  br i1 %".1436", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1438" = trunc i64 %"cursor.19" to i16
  %".1439" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1438", ptr %".1439", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1442" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1443" = load volatile i32, [40 x i8]* %".1442", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1470" = trunc i64 %"cursor.20" to i32
  %".1471" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1470", [40 x i8]* %"header_copy", i32 8)
  %".1472" = icmp eq i64 %".1471", 0
  %".1473" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1474" = load i32, ptr %".1473", align 4
  %".1475" = zext i32 %".1474" to i64
  %"data.80" = inttoptr i64 %".1475" to ptr
  %".1476" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1477" = load i32, ptr %".1476", align 4
  %".1478" = zext i32 %".1477" to i64
  %"data_end.80" = inttoptr i64 %".1478" to ptr
  %".1479" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.80" = load ptr, ptr %".1479", align 8
  %".1480" = xor i1 %".1472", -1
  br i1 %".1480", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1482" = trunc i64 %"cursor.20" to i16
  %".1483" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1482", ptr %".1483", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1486" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1487" = load volatile i32, [40 x i8]* %".1486", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1512" = trunc i64 %"cursor.21" to i32
  %".1513" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1512", [40 x i8]* %"header_copy", i32 4)
  %".1514" = icmp eq i64 %".1513", 0
  %".1515" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1516" = load i32, ptr %".1515", align 4
  %".1517" = zext i32 %".1516" to i64
  %"data.82" = inttoptr i64 %".1517" to ptr
  %".1518" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1519" = load i32, ptr %".1518", align 4
  %".1520" = zext i32 %".1519" to i64
  %"data_end.82" = inttoptr i64 %".1520" to ptr
  %".1521" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.82" = load ptr, ptr %".1521", align 8
  %".1522" = xor i1 %".1514", -1
  br i1 %".1522", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1524" = trunc i64 %"cursor.21" to i16
  %".1525" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1524", ptr %".1525", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1548" = trunc i64 %"cursor.23" to i32
  %".1549" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1548", [40 x i8]* %"header_copy", i32 20)
  %".1550" = icmp eq i64 %".1549", 0
  %".1551" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1552" = load i32, ptr %".1551", align 4
  %".1553" = zext i32 %".1552" to i64
  %"data.84" = inttoptr i64 %".1553" to ptr
  %".1554" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1555" = load i32, ptr %".1554", align 4
  %".1556" = zext i32 %".1555" to i64
  %"data_end.84" = inttoptr i64 %".1556" to ptr
  %".1557" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.84" = load ptr, ptr %".1557", align 8
  %".1558" = xor i1 %".1550", -1
  br i1 %".1558", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1560" = trunc i64 %"cursor.23" to i16
  %".1561" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1560", ptr %".1561", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1564" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1565" = load volatile i8, [40 x i8]* %".1564", align 1
  %".1566" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1567" = load volatile i16, [40 x i8]* %".1566", align 2
  %".1568" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1569" = load volatile i8, [40 x i8]* %".1568", align 1
  %".1570" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1571" = load volatile i32, [40 x i8]* %".1570", align 4
  %".1572" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1573" = load volatile i32, [40 x i8]* %".1572", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1580" = trunc i64 %"cursor.23" to i16
  %".1581" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1580", ptr %".1581", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1584" = trunc i64 2048 to i16
  %".1585" = getelementptr i8, ptr %"keys.85", i64 4
  store i16 %".1584", ptr %".1585", align 2
  %".1587" = trunc i64 2048 to i16
  %".1588" = call i16 @"llvm.bswap.i16"(i16 %".1587")
  %".1589" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1588", ptr %".1589", align 2
  %".1591" = getelementptr i8, ptr %"keys.85", i64 16
  store i32 %"w12_4.1", ptr %".1591", align 4
  %".1593" = getelementptr i8, ptr %"keys.85", i64 20
  store i32 %"w16_4.1", ptr %".1593", align 4
  %".1595" = zext i8 %"w9_1.1" to i64
  %".1596" = trunc i64 %".1595" to i8
  %".1597" = getelementptr i8, ptr %"keys.85", i64 9
  store i8 %".1596", ptr %".1597", align 1
  %".1599" = add i64 %"cursor.23", 20
  %".1600" = zext i8 %"w0_1.4" to i64
  %".1601" = and i64 %".1600", 15
  %".1602" = mul i64 %".1601", 4
  %".1603" = sub i64 %".1602", 20
  %".1604" = add i64 %".1603", 20
  %"end.3" = add i64 %"cursor.23", %".1604"
  %".1605" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1606" = zext i16 %".1605" to i64
  %".1607" = and i64 %".1606", 16383
  %".1608" = icmp ne i64 %".1607", 0
  %".1609" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1610" = zext i16 %".1609" to i64
  %".1611" = and i64 %".1610", 8191
  %".1612" = icmp eq i64 %".1611", 0
  br i1 %".1608", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.fragment:
  %".1614" = getelementptr i8, ptr %"keys.85", i64 6
  store i8 1, ptr %".1614", align 1
  br i1 %".1612", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1634" = zext i8 %"w9_1.1" to i64
  switch i64 %".1634", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]
ipv4_d1.first_fragment:
  %".1617" = getelementptr i8, ptr %"keys.85", i64 7
  store i8 1, ptr %".1617", align 1
  %".1619" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.18" = load volatile i32, ptr %".1619", align 4
  %".1620" = and i32 %"flags.18", 1
  %".1621" = icmp ne i32 %".1620", 0
  %".1622" = xor i1 %".1621", -1
  br i1 %".1622", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1629" = trunc i64 %"end.3" to i16
  %".1630" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1629", ptr %".1630", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1624" = trunc i64 %"end.3" to i16
  %".1625" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1624", ptr %".1625", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1636" = trunc i64 %"end.3" to i16
  %".1637" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1636", ptr %".1637", align 2
  br label %"return"
ipv4_d1.to_tcp:
  %".1640" = getelementptr i8, ptr %"keys.85", i64 2
  %".1641" = trunc i64 %"end.3" to i16
  store volatile i16 %".1641", ptr %".1640", align 2
  %".1643" = load volatile i16, ptr %".1640", align 2
  %".1644" = zext i16 %".1643" to i64
  %"cursor.81" = and i64 %".1644", 16383
  br label %"tcp"
ipv4_d1.to_udp:
  %".1646" = getelementptr i8, ptr %"keys.85", i64 2
  %".1647" = trunc i64 %"end.3" to i16
  store volatile i16 %".1647", ptr %".1646", align 2
  %".1649" = load volatile i16, ptr %".1646", align 2
  %".1650" = zext i16 %".1649" to i64
  %"cursor.83" = and i64 %".1650", 16383
  br label %"udp_d1"
ipv4_d1.to_udplite:
  %".1652" = getelementptr i8, ptr %"keys.85", i64 2
  %".1653" = trunc i64 %"end.3" to i16
  store volatile i16 %".1653", ptr %".1652", align 2
  %".1655" = load volatile i16, ptr %".1652", align 2
  %".1656" = zext i16 %".1655" to i64
  %"cursor.84" = and i64 %".1656", 16383
  br label %"udplite"
ipv4_d1.to_gre_version:
  %".1658" = getelementptr i8, ptr %"keys.85", i64 2
  %".1659" = trunc i64 %"end.3" to i16
  store volatile i16 %".1659", ptr %".1658", align 2
  %".1661" = load volatile i16, ptr %".1658", align 2
  %".1662" = zext i16 %".1661" to i64
  %"cursor.86" = and i64 %".1662", 16383
  br label %"gre_version_d1"
ipv4_d1.to_sctp:
  %".1664" = getelementptr i8, ptr %"keys.85", i64 2
  %".1665" = trunc i64 %"end.3" to i16
  store volatile i16 %".1665", ptr %".1664", align 2
  %".1667" = load volatile i16, ptr %".1664", align 2
  %".1668" = zext i16 %".1667" to i64
  %"cursor.87" = and i64 %".1668", 16383
  br label %"sctp"
ipv4_d1.to_dccp:
  %".1670" = getelementptr i8, ptr %"keys.85", i64 2
  %".1671" = trunc i64 %"end.3" to i16
  store volatile i16 %".1671", ptr %".1670", align 2
  %".1673" = load volatile i16, ptr %".1670", align 2
  %".1674" = zext i16 %".1673" to i64
  %"cursor.88" = and i64 %".1674", 16383
  br label %"dccp"
ipv4_d1.to_esp:
  %".1676" = getelementptr i8, ptr %"keys.85", i64 2
  %".1677" = trunc i64 %"end.3" to i16
  store volatile i16 %".1677", ptr %".1676", align 2
  %".1679" = load volatile i16, ptr %".1676", align 2
  %".1680" = zext i16 %".1679" to i64
  %"cursor.89" = and i64 %".1680", 16383
  br label %"esp"
ipv4_d1.to_ah:
  %".1682" = getelementptr i8, ptr %"keys.85", i64 2
  %".1683" = trunc i64 %"end.3" to i16
  store volatile i16 %".1683", ptr %".1682", align 2
  %".1685" = load volatile i16, ptr %".1682", align 2
  %".1686" = zext i16 %".1685" to i64
  %"cursor.90" = and i64 %".1686", 16383
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1689" = trunc i64 34887 to i16
  %".1690" = call i16 @"llvm.bswap.i16"(i16 %".1689")
  %".1691" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1690", ptr %".1691", align 2
  %".1693" = getelementptr i8, ptr %"keys.85", i64 2
  %".1694" = trunc i64 %"end.3" to i16
  store volatile i16 %".1694", ptr %".1693", align 2
  %".1696" = load volatile i16, ptr %".1693", align 2
  %".1697" = zext i16 %".1696" to i64
  %"cursor.91" = and i64 %".1697", 16383
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1699" = trunc i64 2048 to i16
  %".1700" = call i16 @"llvm.bswap.i16"(i16 %".1699")
  %".1701" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1700", ptr %".1701", align 2
  %".1703" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1703", align 1
  %".1705" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.19" = load volatile i32, ptr %".1705", align 4
  %".1706" = and i32 %"flags.19", 4
  %".1707" = icmp ne i32 %".1706", 0
  br i1 %".1707", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1719" = trunc i64 34525 to i16
  %".1720" = call i16 @"llvm.bswap.i16"(i16 %".1719")
  %".1721" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1720", ptr %".1721", align 2
  %".1723" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1723", align 1
  %".1725" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.20" = load volatile i32, ptr %".1725", align 4
  %".1726" = and i32 %"flags.20", 4
  %".1727" = icmp ne i32 %".1726", 0
  br i1 %".1727", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.82" = phi  i64 [%"cursor.83", %"ipv4_d1.to_udp"], [%"cursor.99", %"ipv6_d1.to_udp"], [%"cursor.216", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"cursor.230", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"cursor.332", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"cursor.346", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"cursor.400", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"cursor.410", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data.86" = phi  ptr [%"data.85", %"ipv4_d1.to_udp"], [%"data.89", %"ipv6_d1.to_udp"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.239", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.241", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data_end.86" = phi  ptr [%"data_end.85", %"ipv4_d1.to_udp"], [%"data_end.89", %"ipv6_d1.to_udp"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.239", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.241", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"keys.86" = phi  ptr [%"keys.85", %"ipv4_d1.to_udp"], [%"keys.89", %"ipv6_d1.to_udp"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.239", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.241", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"hdr.37" = getelementptr i8, ptr %"data.86", i64 %"cursor.82"
  %".3505" = getelementptr i8, ptr %"hdr.37", i64 4
  %".3506" = icmp ugt ptr %".3505", %"data_end.86"
  br i1 %".3506", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3508" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3509" = load i16, ptr %".3508", align 2
  %".3510" = getelementptr i8, ptr %"hdr.37", i64 2
  %".3511" = load i16, ptr %".3510", align 2
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_2.5" = phi  i16 [%".3509", %"udp_d1.linear"], [%".3530", %"udp_d1.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3511", %"udp_d1.linear"], [%".3532", %"udp_d1.copy_failed.endif"]
  %"data.146" = phi  ptr [%"data.86", %"udp_d1.linear"], [%"data.145", %"udp_d1.copy_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.86", %"udp_d1.linear"], [%"data_end.145", %"udp_d1.copy_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.86", %"udp_d1.linear"], [%"keys.145", %"udp_d1.copy_failed.endif"]
  %".3534" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".3535" = zext i16 %".3534" to i64
  %".3536" = trunc i64 %".3535" to i16
  %".3537" = call i16 @"llvm.bswap.i16"(i16 %".3536")
  %".3538" = getelementptr i8, ptr %"keys.146", i64 12
  store i16 %".3537", ptr %".3538", align 2
  %".3540" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3541" = zext i16 %".3540" to i64
  %".3542" = trunc i64 %".3541" to i16
  %".3543" = call i16 @"llvm.bswap.i16"(i16 %".3542")
  %".3544" = getelementptr i8, ptr %"keys.146", i64 14
  store i16 %".3543", ptr %".3544", align 2
  %".3546" = add i64 %"cursor.82", 4
  %".3547" = add i64 4, 4
  %".3548" = getelementptr i8, ptr %"data.146", i64 %"cursor.82"
  %".3549" = getelementptr i8, ptr %".3548", i64 %".3547"
  %".3550" = icmp ugt ptr %".3549", %"data_end.146"
  br i1 %".3550", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.148" = phi  ptr [%"data.146", %"udp_d1.header"], [%"data.147", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.146", %"udp_d1.header"], [%"data_end.147", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.146", %"udp_d1.header"], [%"keys.147", %"udp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.82", %".3547"
  %".3571" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3572" = zext i16 %".3571" to i64
  switch i64 %".3572", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]
gre_version_d1:
  %"cursor.85" = phi  i64 [%"cursor.86", %"ipv4_d1.to_gre_version"], [%"cursor.101", %"ipv6_d1.to_gre_version"], [%"cursor.218", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"cursor.232", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"cursor.334", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"cursor.348", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"cursor.402", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"cursor.412", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data.87" = phi  ptr [%"data.85", %"ipv4_d1.to_gre_version"], [%"data.89", %"ipv6_d1.to_gre_version"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.239", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.241", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data_end.87" = phi  ptr [%"data_end.85", %"ipv4_d1.to_gre_version"], [%"data_end.89", %"ipv6_d1.to_gre_version"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.239", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.241", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"keys.87" = phi  ptr [%"keys.85", %"ipv4_d1.to_gre_version"], [%"keys.89", %"ipv6_d1.to_gre_version"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.239", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.241", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"hdr.38" = getelementptr i8, ptr %"data.87", i64 %"cursor.85"
  %".3608" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3609" = icmp ugt ptr %".3608", %"data_end.87"
  br i1 %".3609", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3611" = getelementptr i8, ptr %"hdr.38", i64 0
  %".3612" = load i8, ptr %".3611", align 1
  %".3613" = getelementptr i8, ptr %"hdr.38", i64 1
  %".3614" = load i8, ptr %".3613", align 1
  %".3615" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3616" = load i16, ptr %".3615", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.14" = phi  i8 [%".3612", %"gre_version_d1.linear"], [%".3635", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3614", %"gre_version_d1.linear"], [%".3637", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3616", %"gre_version_d1.linear"], [%".3639", %"gre_version_d1.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.87", %"gre_version_d1.linear"], [%"data.154", %"gre_version_d1.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.87", %"gre_version_d1.linear"], [%"data_end.154", %"gre_version_d1.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.87", %"gre_version_d1.linear"], [%"keys.154", %"gre_version_d1.copy_failed.endif"]
  %".3641" = zext i8 %"w0_1.14" to i64
  %".3642" = lshr i64 %".3641", 6
  %".3643" = and i64 %".3642", 1
  %".3644" = icmp ne i64 %".3643", 0
  %".3645" = zext i8 %"w1_1.9" to i64
  %".3646" = and i64 %".3645", 7
  %".3647" = icmp ugt i64 %".3646", 1
  %".3648" = or i1 %".3644", %".3647"
  br i1 %".3648", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1709" = trunc i64 %"end.3" to i16
  %".1710" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1709", ptr %".1710", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1713" = getelementptr i8, ptr %"keys.85", i64 12
  store i32 0, ptr %".1713", align 4
  %".1715" = trunc i64 %"end.3" to i16
  %".1716" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1715", ptr %".1716", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1729" = trunc i64 %"end.3" to i16
  %".1730" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1729", ptr %".1730", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1733" = getelementptr i8, ptr %"keys.85", i64 12
  store i32 0, ptr %".1733", align 4
  %".1735" = trunc i64 %"end.3" to i16
  %".1736" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1735", ptr %".1736", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1755" = trunc i64 %"cursor.25" to i32
  %".1756" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1755", [40 x i8]* %"header_copy", i32 40)
  %".1757" = icmp eq i64 %".1756", 0
  %".1758" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1759" = load i32, ptr %".1758", align 4
  %".1760" = zext i32 %".1759" to i64
  %"data.88" = inttoptr i64 %".1760" to ptr
  %".1761" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1762" = load i32, ptr %".1761", align 4
  %".1763" = zext i32 %".1762" to i64
  %"data_end.88" = inttoptr i64 %".1763" to ptr
  %".1764" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.88" = load ptr, ptr %".1764", align 8
  %".1765" = xor i1 %".1757", -1
  br i1 %".1765", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1767" = trunc i64 %"cursor.25" to i16
  %".1768" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1767", ptr %".1768", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1771" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1772" = load volatile i32, [40 x i8]* %".1771", align 4
  %".1773" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1774" = load volatile i8, [40 x i8]* %".1773", align 1
  %".1775" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1776" = load volatile i64, [40 x i8]* %".1775", align 8
  %".1777" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1778" = load volatile i64, [40 x i8]* %".1777", align 8
  %".1779" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1780" = load volatile i64, [40 x i8]* %".1779", align 8
  %".1781" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1782" = load volatile i64, [40 x i8]* %".1781", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1820" = trunc i64 %".1810" to i16
  %".1821" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1820", ptr %".1821", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1824" = zext i8 %"w6_1.1" to i64
  switch i64 %".1824", label %"ipv6_d1.unknown" [i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]
ipv6_d1.unknown:
  %".1826" = trunc i64 %".1810" to i16
  %".1827" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1826", ptr %".1827", align 2
  br label %"return"
ipv6_d1.to_ipv6_opts:
  %".1830" = getelementptr i8, ptr %"keys.89", i64 2
  %".1831" = trunc i64 %".1810" to i16
  store volatile i16 %".1831", ptr %".1830", align 2
  %".1833" = load volatile i16, ptr %".1830", align 2
  %".1834" = zext i16 %".1833" to i64
  %"cursor.93" = and i64 %".1834", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  %".1836" = getelementptr i8, ptr %"keys.89", i64 2
  %".1837" = trunc i64 %".1810" to i16
  store volatile i16 %".1837", ptr %".1836", align 2
  %".1839" = load volatile i16, ptr %".1836", align 2
  %".1840" = zext i16 %".1839" to i64
  %"cursor.94" = and i64 %".1840", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  %".1842" = getelementptr i8, ptr %"keys.89", i64 2
  %".1843" = trunc i64 %".1810" to i16
  store volatile i16 %".1843", ptr %".1842", align 2
  %".1845" = load volatile i16, ptr %".1842", align 2
  %".1846" = zext i16 %".1845" to i64
  %"cursor.95" = and i64 %".1846", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  %".1848" = getelementptr i8, ptr %"keys.89", i64 2
  %".1849" = trunc i64 %".1810" to i16
  store volatile i16 %".1849", ptr %".1848", align 2
  %".1851" = load volatile i16, ptr %".1848", align 2
  %".1852" = zext i16 %".1851" to i64
  %"cursor.97" = and i64 %".1852", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_tcp:
  %".1854" = getelementptr i8, ptr %"keys.89", i64 2
  %".1855" = trunc i64 %".1810" to i16
  store volatile i16 %".1855", ptr %".1854", align 2
  %".1857" = load volatile i16, ptr %".1854", align 2
  %".1858" = zext i16 %".1857" to i64
  %"cursor.98" = and i64 %".1858", 16383
  br label %"tcp"
ipv6_d1.to_udp:
  %".1860" = getelementptr i8, ptr %"keys.89", i64 2
  %".1861" = trunc i64 %".1810" to i16
  store volatile i16 %".1861", ptr %".1860", align 2
  %".1863" = load volatile i16, ptr %".1860", align 2
  %".1864" = zext i16 %".1863" to i64
  %"cursor.99" = and i64 %".1864", 16383
  br label %"udp_d1"
ipv6_d1.to_udplite:
  %".1866" = getelementptr i8, ptr %"keys.89", i64 2
  %".1867" = trunc i64 %".1810" to i16
  store volatile i16 %".1867", ptr %".1866", align 2
  %".1869" = load volatile i16, ptr %".1866", align 2
  %".1870" = zext i16 %".1869" to i64
  %"cursor.100" = and i64 %".1870", 16383
  br label %"udplite"
ipv6_d1.to_gre_version:
  %".1872" = getelementptr i8, ptr %"keys.89", i64 2
  %".1873" = trunc i64 %".1810" to i16
  store volatile i16 %".1873", ptr %".1872", align 2
  %".1875" = load volatile i16, ptr %".1872", align 2
  %".1876" = zext i16 %".1875" to i64
  %"cursor.101" = and i64 %".1876", 16383
  br label %"gre_version_d1"
ipv6_d1.to_sctp:
  %".1878" = getelementptr i8, ptr %"keys.89", i64 2
  %".1879" = trunc i64 %".1810" to i16
  store volatile i16 %".1879", ptr %".1878", align 2
  %".1881" = load volatile i16, ptr %".1878", align 2
  %".1882" = zext i16 %".1881" to i64
  %"cursor.102" = and i64 %".1882", 16383
  br label %"sctp"
ipv6_d1.to_dccp:
  %".1884" = getelementptr i8, ptr %"keys.89", i64 2
  %".1885" = trunc i64 %".1810" to i16
  store volatile i16 %".1885", ptr %".1884", align 2
  %".1887" = load volatile i16, ptr %".1884", align 2
  %".1888" = zext i16 %".1887" to i64
  %"cursor.103" = and i64 %".1888", 16383
  br label %"dccp"
ipv6_d1.to_esp:
  %".1890" = getelementptr i8, ptr %"keys.89", i64 2
  %".1891" = trunc i64 %".1810" to i16
  store volatile i16 %".1891", ptr %".1890", align 2
  %".1893" = load volatile i16, ptr %".1890", align 2
  %".1894" = zext i16 %".1893" to i64
  %"cursor.104" = and i64 %".1894", 16383
  br label %"esp"
ipv6_d1.to_ah:
  %".1896" = getelementptr i8, ptr %"keys.89", i64 2
  %".1897" = trunc i64 %".1810" to i16
  store volatile i16 %".1897", ptr %".1896", align 2
  %".1899" = load volatile i16, ptr %".1896", align 2
  %".1900" = zext i16 %".1899" to i64
  %"cursor.105" = and i64 %".1900", 16383
  br label %"ah"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".1903" = trunc i64 34887 to i16
  %".1904" = call i16 @"llvm.bswap.i16"(i16 %".1903")
  %".1905" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1904", ptr %".1905", align 2
  %".1907" = getelementptr i8, ptr %"keys.89", i64 2
  %".1908" = trunc i64 %".1810" to i16
  store volatile i16 %".1908", ptr %".1907", align 2
  %".1910" = load volatile i16, ptr %".1907", align 2
  %".1911" = zext i16 %".1910" to i64
  %"cursor.106" = and i64 %".1911", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1913" = trunc i64 2048 to i16
  %".1914" = call i16 @"llvm.bswap.i16"(i16 %".1913")
  %".1915" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1914", ptr %".1915", align 2
  %".1917" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1917", align 1
  %".1919" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.22" = load volatile i32, ptr %".1919", align 4
  %".1920" = and i32 %"flags.22", 4
  %".1921" = icmp ne i32 %".1920", 0
  br i1 %".1921", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1933" = trunc i64 34525 to i16
  %".1934" = call i16 @"llvm.bswap.i16"(i16 %".1933")
  %".1935" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1934", ptr %".1935", align 2
  %".1937" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1937", align 1
  %".1939" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.23" = load volatile i32, ptr %".1939", align 4
  %".1940" = and i32 %"flags.23", 4
  %".1941" = icmp ne i32 %".1940", 0
  br i1 %".1941", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.92" = phi  i64 [%"cursor.93", %"ipv6_d1.to_ipv6_opts"], [%"cursor.94", %"ipv6_d1.to_ipv6_opts.1"], [%"cursor.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.90" = phi  ptr [%"data.89", %"ipv6_d1.to_ipv6_opts"], [%"data.89", %"ipv6_d1.to_ipv6_opts.1"], [%"data.89", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv6_d1.to_ipv6_opts"], [%"data_end.89", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.89", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv6_d1.to_ipv6_opts"], [%"keys.89", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.89", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.39" = getelementptr i8, ptr %"data.90", i64 %"cursor.92"
  %".3679" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3680" = icmp ugt ptr %".3679", %"data_end.90"
  br i1 %".3680", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3682" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3683" = load i8, ptr %".3682", align 1
  %".3684" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3685" = load i8, ptr %".3684", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3683", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3704", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3685", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3706", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.90", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.158", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.90", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.158", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.90", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.158", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3708" = zext i8 %"w0_1.15" to i64
  %".3709" = trunc i64 %".3708" to i8
  %".3710" = getelementptr i8, ptr %"keys.159", i64 9
  store i8 %".3709", ptr %".3710", align 1
  %".3712" = add i64 %"cursor.92", 2
  %".3713" = zext i8 %"w1_1.10" to i64
  %".3714" = mul i64 %".3713", 8
  %".3715" = add i64 %".3714", 6
  %".3716" = add i64 %".3715", 2
  %"end.11" = add i64 %"cursor.92", %".3716"
  %".3717" = zext i8 %"w0_1.15" to i64
  switch i64 %".3717", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.96" = phi  i64 [%"cursor.97", %"ipv6_d1.to_ipv6_frag"]
  %"data.91" = phi  ptr [%"data.89", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv6_d1.to_ipv6_frag"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.40" = getelementptr i8, ptr %"data.91", i64 %"cursor.96"
  %".3851" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3852" = icmp ugt ptr %".3851", %"data_end.91"
  br i1 %".3852", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3854" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3855" = load i8, ptr %".3854", align 1
  %".3856" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3857" = load i16, ptr %".3856", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.16" = phi  i8 [%".3855", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3876", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3857", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3878", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.91", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.162", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.91", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.162", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.91", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.162", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3880" = zext i8 %"w0_1.16" to i64
  %".3881" = trunc i64 %".3880" to i8
  %".3882" = getelementptr i8, ptr %"keys.163", i64 9
  store i8 %".3881", ptr %".3882", align 1
  %".3884" = add i64 %"cursor.96", 8
  %".3885" = icmp ne i64 1, 0
  %".3886" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3887" = zext i16 %".3886" to i64
  %".3888" = and i64 %".3887", 65528
  %".3889" = icmp eq i64 %".3888", 0
  br i1 %".3885", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1923" = trunc i64 %".1810" to i16
  %".1924" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1923", ptr %".1924", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1927" = getelementptr i8, ptr %"keys.89", i64 12
  store i32 0, ptr %".1927", align 4
  %".1929" = trunc i64 %".1810" to i16
  %".1930" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1929", ptr %".1930", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1943" = trunc i64 %".1810" to i16
  %".1944" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1943", ptr %".1944", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1947" = getelementptr i8, ptr %"keys.89", i64 12
  store i32 0, ptr %".1947", align 4
  %".1949" = trunc i64 %".1810" to i16
  %".1950" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1949", ptr %".1950", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1961" = trunc i64 %"cursor.27" to i32
  %".1962" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1961", [40 x i8]* %"header_copy", i32 2)
  %".1963" = icmp eq i64 %".1962", 0
  %".1964" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1965" = load i32, ptr %".1964", align 4
  %".1966" = zext i32 %".1965" to i64
  %"data.92" = inttoptr i64 %".1966" to ptr
  %".1967" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1968" = load i32, ptr %".1967", align 4
  %".1969" = zext i32 %".1968" to i64
  %"data_end.92" = inttoptr i64 %".1969" to ptr
  %".1970" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.92" = load ptr, ptr %".1970", align 8
  %".1971" = xor i1 %".1963", -1
  br i1 %".1971", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1973" = trunc i64 %"cursor.27" to i16
  %".1974" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1973", ptr %".1974", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1977" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1978" = load volatile i8, [40 x i8]* %".1977", align 1
  %".1979" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1980" = load volatile i8, [40 x i8]* %".1979", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1993" = trunc i64 %"end.4" to i16
  %".1994" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1993", ptr %".1994", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  %".1999" = getelementptr i8, ptr %"keys.93", i64 2
  %".2000" = trunc i64 %"end.4" to i16
  store volatile i16 %".2000", ptr %".1999", align 2
  %".2002" = load volatile i16, ptr %".1999", align 2
  %".2003" = zext i16 %".2002" to i64
  %"cursor.108" = and i64 %".2003", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  %".2006" = getelementptr i8, ptr %"keys.93", i64 2
  %".2007" = trunc i64 %"end.4" to i16
  store volatile i16 %".2007", ptr %".2006", align 2
  %".2009" = load volatile i16, ptr %".2006", align 2
  %".2010" = zext i16 %".2009" to i64
  %"cursor.110" = and i64 %".2010", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  %".2012" = getelementptr i8, ptr %"keys.93", i64 2
  %".2013" = trunc i64 %"end.4" to i16
  store volatile i16 %".2013", ptr %".2012", align 2
  %".2015" = load volatile i16, ptr %".2012", align 2
  %".2016" = zext i16 %".2015" to i64
  %"cursor.111" = and i64 %".2016", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  %".2018" = getelementptr i8, ptr %"keys.93", i64 2
  %".2019" = trunc i64 %"end.4" to i16
  store volatile i16 %".2019", ptr %".2018", align 2
  %".2021" = load volatile i16, ptr %".2018", align 2
  %".2022" = zext i16 %".2021" to i64
  %"cursor.112" = and i64 %".2022", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre_version:
  %".2024" = getelementptr i8, ptr %"keys.93", i64 2
  %".2025" = trunc i64 %"end.4" to i16
  store volatile i16 %".2025", ptr %".2024", align 2
  %".2027" = load volatile i16, ptr %".2024", align 2
  %".2028" = zext i16 %".2027" to i64
  %"cursor.113" = and i64 %".2028", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  %".2030" = getelementptr i8, ptr %"keys.93", i64 2
  %".2031" = trunc i64 %"end.4" to i16
  store volatile i16 %".2031", ptr %".2030", align 2
  %".2033" = load volatile i16, ptr %".2030", align 2
  %".2034" = zext i16 %".2033" to i64
  %"cursor.114" = and i64 %".2034", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  %".2036" = getelementptr i8, ptr %"keys.93", i64 2
  %".2037" = trunc i64 %"end.4" to i16
  store volatile i16 %".2037", ptr %".2036", align 2
  %".2039" = load volatile i16, ptr %".2036", align 2
  %".2040" = zext i16 %".2039" to i64
  %"cursor.115" = and i64 %".2040", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  %".2042" = getelementptr i8, ptr %"keys.93", i64 2
  %".2043" = trunc i64 %"end.4" to i16
  store volatile i16 %".2043", ptr %".2042", align 2
  %".2045" = load volatile i16, ptr %".2042", align 2
  %".2046" = zext i16 %".2045" to i64
  %"cursor.116" = and i64 %".2046", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  %".2048" = getelementptr i8, ptr %"keys.93", i64 2
  %".2049" = trunc i64 %"end.4" to i16
  store volatile i16 %".2049", ptr %".2048", align 2
  %".2051" = load volatile i16, ptr %".2048", align 2
  %".2052" = zext i16 %".2051" to i64
  %"cursor.117" = and i64 %".2052", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  %".2054" = getelementptr i8, ptr %"keys.93", i64 2
  %".2055" = trunc i64 %"end.4" to i16
  store volatile i16 %".2055", ptr %".2054", align 2
  %".2057" = load volatile i16, ptr %".2054", align 2
  %".2058" = zext i16 %".2057" to i64
  %"cursor.118" = and i64 %".2058", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".2060" = trunc i64 34887 to i16
  %".2061" = call i16 @"llvm.bswap.i16"(i16 %".2060")
  %".2062" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2061", ptr %".2062", align 2
  %".2064" = getelementptr i8, ptr %"keys.93", i64 2
  %".2065" = trunc i64 %"end.4" to i16
  store volatile i16 %".2065", ptr %".2064", align 2
  %".2067" = load volatile i16, ptr %".2064", align 2
  %".2068" = zext i16 %".2067" to i64
  %"cursor.119" = and i64 %".2068", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".2070" = trunc i64 2048 to i16
  %".2071" = call i16 @"llvm.bswap.i16"(i16 %".2070")
  %".2072" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2071", ptr %".2072", align 2
  %".2074" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".2074", align 1
  %".2076" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.24" = load volatile i32, ptr %".2076", align 4
  %".2077" = and i32 %"flags.24", 4
  %".2078" = icmp ne i32 %".2077", 0
  br i1 %".2078", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".2092" = trunc i64 34525 to i16
  %".2093" = call i16 @"llvm.bswap.i16"(i16 %".2092")
  %".2094" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2093", ptr %".2094", align 2
  %".2096" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".2096", align 1
  %".2098" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.25" = load volatile i32, ptr %".2098", align 4
  %".2099" = and i32 %"flags.25", 4
  %".2100" = icmp ne i32 %".2099", 0
  br i1 %".2100", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.107" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.108", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.122", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"cursor.123", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.124", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data.94" = phi  ptr [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.94" = phi  ptr [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.94" = phi  ptr [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.94", i64 %"cursor.107"
  %".4045" = getelementptr i8, ptr %"hdr.41", i64 2
  %".4046" = icmp ugt ptr %".4045", %"data_end.94"
  br i1 %".4046", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".4048" = getelementptr i8, ptr %"hdr.41", i64 0
  %".4049" = load i8, ptr %".4048", align 1
  %".4050" = getelementptr i8, ptr %"hdr.41", i64 1
  %".4051" = load i8, ptr %".4050", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".4049", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".4070", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4051", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".4072", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.165" = phi  ptr [%"data.94", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.164", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.165" = phi  ptr [%"data_end.94", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.164", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.165" = phi  ptr [%"keys.94", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.164", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".4074" = zext i8 %"w0_1.17" to i64
  %".4075" = trunc i64 %".4074" to i8
  %".4076" = getelementptr i8, ptr %"keys.165", i64 9
  store i8 %".4075", ptr %".4076", align 1
  %".4078" = add i64 %"cursor.107", 2
  %".4079" = zext i8 %"w1_1.11" to i64
  %".4080" = mul i64 %".4079", 8
  %".4081" = add i64 %".4080", 6
  %".4082" = add i64 %".4081", 2
  %"end.12" = add i64 %"cursor.107", %".4082"
  %".4083" = zext i8 %"w0_1.17" to i64
  switch i64 %".4083", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.109" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".2147", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data.95" = phi  ptr [%"data.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data_end.95" = phi  ptr [%"data_end.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"keys.95" = phi  ptr [%"keys.93", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.97", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.95", i64 %"cursor.109"
  %".4206" = getelementptr i8, ptr %"hdr.42", i64 8
  %".4207" = icmp ugt ptr %".4206", %"data_end.95"
  br i1 %".4207", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".4209" = getelementptr i8, ptr %"hdr.42", i64 0
  %".4210" = load i8, ptr %".4209", align 1
  %".4211" = getelementptr i8, ptr %"hdr.42", i64 2
  %".4212" = load i16, ptr %".4211", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.18" = phi  i8 [%".4210", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".4231", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".4212", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".4233", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.169" = phi  ptr [%"data.95", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.168", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.169" = phi  ptr [%"data_end.95", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.168", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.169" = phi  ptr [%"keys.95", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.168", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".4235" = zext i8 %"w0_1.18" to i64
  %".4236" = trunc i64 %".4235" to i8
  %".4237" = getelementptr i8, ptr %"keys.169", i64 9
  store i8 %".4236", ptr %".4237", align 1
  %".4239" = add i64 %"cursor.109", 8
  %".4240" = icmp ne i64 1, 0
  %".4241" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4242" = zext i16 %".4241" to i64
  %".4243" = and i64 %".4242", 65528
  %".4244" = icmp eq i64 %".4243", 0
  br i1 %".4240", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".2080" = trunc i64 %"end.4" to i16
  %".2081" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2080", ptr %".2081", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".2084" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 0, ptr %".2084", align 4
  %".2086" = getelementptr i8, ptr %"keys.93", i64 2
  %".2087" = trunc i64 %"end.4" to i16
  store volatile i16 %".2087", ptr %".2086", align 2
  %".2089" = load volatile i16, ptr %".2086", align 2
  %".2090" = zext i16 %".2089" to i64
  %"cursor.120" = and i64 %".2090", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".2102" = trunc i64 %"end.4" to i16
  %".2103" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2102", ptr %".2103", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2106" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 0, ptr %".2106", align 4
  %".2108" = getelementptr i8, ptr %"keys.93", i64 2
  %".2109" = trunc i64 %"end.4" to i16
  store volatile i16 %".2109", ptr %".2108", align 2
  %".2111" = load volatile i16, ptr %".2108", align 2
  %".2112" = zext i16 %".2111" to i64
  %"cursor.121" = and i64 %".2112", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2122" = trunc i64 %"cursor.29" to i32
  %".2123" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".2122", [40 x i8]* %"header_copy", i32 8)
  %".2124" = icmp eq i64 %".2123", 0
  %".2125" = getelementptr i8, ptr %"ctx.25", i64 76
  %".2126" = load i32, ptr %".2125", align 4
  %".2127" = zext i32 %".2126" to i64
  %"data.96" = inttoptr i64 %".2127" to ptr
  %".2128" = getelementptr i8, ptr %"ctx.25", i64 80
  %".2129" = load i32, ptr %".2128", align 4
  %".2130" = zext i32 %".2129" to i64
  %"data_end.96" = inttoptr i64 %".2130" to ptr
  %".2131" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.96" = load ptr, ptr %".2131", align 8
  %".2132" = xor i1 %".2124", -1
  br i1 %".2132", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".2134" = trunc i64 %"cursor.29" to i16
  %".2135" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2134", ptr %".2135", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".2138" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2139" = load volatile i8, [40 x i8]* %".2138", align 1
  %".2140" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2141" = load volatile i16, [40 x i8]* %".2140", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".2154" = getelementptr i8, ptr %"keys.97", i64 6
  store i8 1, ptr %".2154", align 1
  br i1 %".2152", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".2174" = zext i8 %"w0_1.6" to i64
  switch i64 %".2174", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".2157" = getelementptr i8, ptr %"keys.97", i64 7
  store i8 1, ptr %".2157", align 1
  %".2159" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.26" = load volatile i32, ptr %".2159", align 4
  %".2160" = and i32 %"flags.26", 1
  %".2161" = icmp ne i32 %".2160", 0
  %".2162" = xor i1 %".2161", -1
  br i1 %".2162", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".2169" = trunc i64 %".2147" to i16
  %".2170" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2169", ptr %".2170", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".2164" = trunc i64 %".2147" to i16
  %".2165" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2164", ptr %".2165", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".2176" = trunc i64 %".2147" to i16
  %".2177" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2176", ptr %".2177", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  %".2180" = getelementptr i8, ptr %"keys.97", i64 2
  %".2181" = trunc i64 %".2147" to i16
  store volatile i16 %".2181", ptr %".2180", align 2
  %".2183" = load volatile i16, ptr %".2180", align 2
  %".2184" = zext i16 %".2183" to i64
  %"cursor.122" = and i64 %".2184", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  %".2186" = getelementptr i8, ptr %"keys.97", i64 2
  %".2187" = trunc i64 %".2147" to i16
  store volatile i16 %".2187", ptr %".2186", align 2
  %".2189" = load volatile i16, ptr %".2186", align 2
  %".2190" = zext i16 %".2189" to i64
  %"cursor.123" = and i64 %".2190", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  %".2192" = getelementptr i8, ptr %"keys.97", i64 2
  %".2193" = trunc i64 %".2147" to i16
  store volatile i16 %".2193", ptr %".2192", align 2
  %".2195" = load volatile i16, ptr %".2192", align 2
  %".2196" = zext i16 %".2195" to i64
  %"cursor.124" = and i64 %".2196", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  %".2199" = getelementptr i8, ptr %"keys.97", i64 2
  %".2200" = trunc i64 %".2147" to i16
  store volatile i16 %".2200", ptr %".2199", align 2
  %".2202" = load volatile i16, ptr %".2199", align 2
  %".2203" = zext i16 %".2202" to i64
  %"cursor.125" = and i64 %".2203", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  %".2205" = getelementptr i8, ptr %"keys.97", i64 2
  %".2206" = trunc i64 %".2147" to i16
  store volatile i16 %".2206", ptr %".2205", align 2
  %".2208" = load volatile i16, ptr %".2205", align 2
  %".2209" = zext i16 %".2208" to i64
  %"cursor.126" = and i64 %".2209", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  %".2211" = getelementptr i8, ptr %"keys.97", i64 2
  %".2212" = trunc i64 %".2147" to i16
  store volatile i16 %".2212", ptr %".2211", align 2
  %".2214" = load volatile i16, ptr %".2211", align 2
  %".2215" = zext i16 %".2214" to i64
  %"cursor.127" = and i64 %".2215", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre_version:
  %".2217" = getelementptr i8, ptr %"keys.97", i64 2
  %".2218" = trunc i64 %".2147" to i16
  store volatile i16 %".2218", ptr %".2217", align 2
  %".2220" = load volatile i16, ptr %".2217", align 2
  %".2221" = zext i16 %".2220" to i64
  %"cursor.128" = and i64 %".2221", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  %".2223" = getelementptr i8, ptr %"keys.97", i64 2
  %".2224" = trunc i64 %".2147" to i16
  store volatile i16 %".2224", ptr %".2223", align 2
  %".2226" = load volatile i16, ptr %".2223", align 2
  %".2227" = zext i16 %".2226" to i64
  %"cursor.129" = and i64 %".2227", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  %".2229" = getelementptr i8, ptr %"keys.97", i64 2
  %".2230" = trunc i64 %".2147" to i16
  store volatile i16 %".2230", ptr %".2229", align 2
  %".2232" = load volatile i16, ptr %".2229", align 2
  %".2233" = zext i16 %".2232" to i64
  %"cursor.130" = and i64 %".2233", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  %".2235" = getelementptr i8, ptr %"keys.97", i64 2
  %".2236" = trunc i64 %".2147" to i16
  store volatile i16 %".2236", ptr %".2235", align 2
  %".2238" = load volatile i16, ptr %".2235", align 2
  %".2239" = zext i16 %".2238" to i64
  %"cursor.131" = and i64 %".2239", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  %".2241" = getelementptr i8, ptr %"keys.97", i64 2
  %".2242" = trunc i64 %".2147" to i16
  store volatile i16 %".2242", ptr %".2241", align 2
  %".2244" = load volatile i16, ptr %".2241", align 2
  %".2245" = zext i16 %".2244" to i64
  %"cursor.132" = and i64 %".2245", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  %".2247" = getelementptr i8, ptr %"keys.97", i64 2
  %".2248" = trunc i64 %".2147" to i16
  store volatile i16 %".2248", ptr %".2247", align 2
  %".2250" = load volatile i16, ptr %".2247", align 2
  %".2251" = zext i16 %".2250" to i64
  %"cursor.133" = and i64 %".2251", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".2253" = trunc i64 34887 to i16
  %".2254" = call i16 @"llvm.bswap.i16"(i16 %".2253")
  %".2255" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".2254", ptr %".2255", align 2
  %".2257" = getelementptr i8, ptr %"keys.97", i64 2
  %".2258" = trunc i64 %".2147" to i16
  store volatile i16 %".2258", ptr %".2257", align 2
  %".2260" = load volatile i16, ptr %".2257", align 2
  %".2261" = zext i16 %".2260" to i64
  %"cursor.134" = and i64 %".2261", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".2263" = trunc i64 2048 to i16
  %".2264" = call i16 @"llvm.bswap.i16"(i16 %".2263")
  %".2265" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".2264", ptr %".2265", align 2
  %".2267" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".2267", align 1
  %".2269" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.27" = load volatile i32, ptr %".2269", align 4
  %".2270" = and i32 %"flags.27", 4
  %".2271" = icmp ne i32 %".2270", 0
  br i1 %".2271", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".2285" = trunc i64 34525 to i16
  %".2286" = call i16 @"llvm.bswap.i16"(i16 %".2285")
  %".2287" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".2286", ptr %".2287", align 2
  %".2289" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".2289", align 1
  %".2291" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.28" = load volatile i32, ptr %".2291", align 4
  %".2292" = and i32 %"flags.28", 4
  %".2293" = icmp ne i32 %".2292", 0
  br i1 %".2293", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".2273" = trunc i64 %".2147" to i16
  %".2274" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2273", ptr %".2274", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".2277" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 0, ptr %".2277", align 4
  %".2279" = getelementptr i8, ptr %"keys.97", i64 2
  %".2280" = trunc i64 %".2147" to i16
  store volatile i16 %".2280", ptr %".2279", align 2
  %".2282" = load volatile i16, ptr %".2279", align 2
  %".2283" = zext i16 %".2282" to i64
  %"cursor.135" = and i64 %".2283", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".2295" = trunc i64 %".2147" to i16
  %".2296" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2295", ptr %".2296", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2299" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 0, ptr %".2299", align 4
  %".2301" = getelementptr i8, ptr %"keys.97", i64 2
  %".2302" = trunc i64 %".2147" to i16
  store volatile i16 %".2302", ptr %".2301", align 2
  %".2304" = load volatile i16, ptr %".2301", align 2
  %".2305" = zext i16 %".2304" to i64
  %"cursor.136" = and i64 %".2305", 16383
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2311" = trunc i64 %"cursor.30" to i32
  %".2312" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".2311", [40 x i8]* %"header_copy", i32 4)
  %".2313" = icmp eq i64 %".2312", 0
  %".2314" = getelementptr i8, ptr %"ctx.26", i64 76
  %".2315" = load i32, ptr %".2314", align 4
  %".2316" = zext i32 %".2315" to i64
  %"data.98" = inttoptr i64 %".2316" to ptr
  %".2317" = getelementptr i8, ptr %"ctx.26", i64 80
  %".2318" = load i32, ptr %".2317", align 4
  %".2319" = zext i32 %".2318" to i64
  %"data_end.98" = inttoptr i64 %".2319" to ptr
  %".2320" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.98" = load ptr, ptr %".2320", align 8
  %".2321" = xor i1 %".2313", -1
  br i1 %".2321", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".2323" = trunc i64 %"cursor.30" to i16
  %".2324" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2323", ptr %".2324", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2339" = trunc i64 %"cursor.34" to i32
  %".2340" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".2339", [40 x i8]* %"header_copy", i32 4)
  %".2341" = icmp eq i64 %".2340", 0
  %".2342" = getelementptr i8, ptr %"ctx.27", i64 76
  %".2343" = load i32, ptr %".2342", align 4
  %".2344" = zext i32 %".2343" to i64
  %"data.100" = inttoptr i64 %".2344" to ptr
  %".2345" = getelementptr i8, ptr %"ctx.27", i64 80
  %".2346" = load i32, ptr %".2345", align 4
  %".2347" = zext i32 %".2346" to i64
  %"data_end.100" = inttoptr i64 %".2347" to ptr
  %".2348" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.100" = load ptr, ptr %".2348", align 8
  %".2349" = xor i1 %".2341", -1
  br i1 %".2349", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".2351" = trunc i64 %"cursor.34" to i16
  %".2352" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2351", ptr %".2352", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".2355" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2356" = load volatile i16, [40 x i8]* %".2355", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2371" = trunc i64 %".2364" to i16
  %".2372" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2371", ptr %".2372", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  %".2375" = getelementptr i8, ptr %"keys.101", i64 2
  %".2376" = trunc i64 %".2364" to i16
  store volatile i16 %".2376", ptr %".2375", align 2
  %".2378" = load volatile i16, ptr %".2375", align 2
  %".2379" = zext i16 %".2378" to i64
  %"cursor.137" = and i64 %".2379", 16383
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  %".2381" = getelementptr i8, ptr %"keys.101", i64 2
  %".2382" = trunc i64 %".2364" to i16
  store volatile i16 %".2382", ptr %".2381", align 2
  %".2384" = load volatile i16, ptr %".2381", align 2
  %".2385" = zext i16 %".2384" to i64
  %"cursor.138" = and i64 %".2385", 16383
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2387" = trunc i64 %".2364" to i16
  %".2388" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2387", ptr %".2388", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2391" = trunc i64 %".2364" to i16
  %".2392" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2391", ptr %".2392", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  %".2395" = getelementptr i8, ptr %"keys.101", i64 2
  %".2396" = trunc i64 %".2364" to i16
  store volatile i16 %".2396", ptr %".2395", align 2
  %".2398" = load volatile i16, ptr %".2395", align 2
  %".2399" = zext i16 %".2398" to i64
  %"cursor.139" = and i64 %".2399", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  %".2401" = getelementptr i8, ptr %"keys.101", i64 2
  %".2402" = trunc i64 %".2364" to i16
  store volatile i16 %".2402", ptr %".2401", align 2
  %".2404" = load volatile i16, ptr %".2401", align 2
  %".2405" = zext i16 %".2404" to i64
  %"cursor.140" = and i64 %".2405", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  %".2407" = getelementptr i8, ptr %"keys.101", i64 2
  %".2408" = trunc i64 %".2364" to i16
  store volatile i16 %".2408", ptr %".2407", align 2
  %".2410" = load volatile i16, ptr %".2407", align 2
  %".2411" = zext i16 %".2410" to i64
  %"cursor.141" = and i64 %".2411", 16383
  br label %"pppoe_d0"
vlan_d0_vlan_tags2.to_arp:
  %".2413" = getelementptr i8, ptr %"keys.101", i64 2
  %".2414" = trunc i64 %".2364" to i16
  store volatile i16 %".2414", ptr %".2413", align 2
  %".2416" = load volatile i16, ptr %".2413", align 2
  %".2417" = zext i16 %".2416" to i64
  %"cursor.142" = and i64 %".2417", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_arp.1:
  %".2419" = getelementptr i8, ptr %"keys.101", i64 2
  %".2420" = trunc i64 %".2364" to i16
  store volatile i16 %".2420", ptr %".2419", align 2
  %".2422" = load volatile i16, ptr %".2419", align 2
  %".2423" = zext i16 %".2422" to i64
  %"cursor.143" = and i64 %".2423", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_ptp:
  %".2425" = getelementptr i8, ptr %"keys.101", i64 2
  %".2426" = trunc i64 %".2364" to i16
  store volatile i16 %".2426", ptr %".2425", align 2
  %".2428" = load volatile i16, ptr %".2425", align 2
  %".2429" = zext i16 %".2428" to i64
  %"cursor.144" = and i64 %".2429", 16383
  br label %"ptp"
vlan_d0_vlan_tags2.to_cfm:
  %".2431" = getelementptr i8, ptr %"keys.101", i64 2
  %".2432" = trunc i64 %".2364" to i16
  store volatile i16 %".2432", ptr %".2431", align 2
  %".2434" = load volatile i16, ptr %".2431", align 2
  %".2435" = zext i16 %".2434" to i64
  %"cursor.145" = and i64 %".2435", 16383
  br label %"cfm"
vlan_d0_vlan_tags2.to_tipc:
  %".2437" = getelementptr i8, ptr %"keys.101", i64 2
  %".2438" = trunc i64 %".2364" to i16
  store volatile i16 %".2438", ptr %".2437", align 2
  %".2440" = load volatile i16, ptr %".2437", align 2
  %".2441" = zext i16 %".2440" to i64
  %"cursor.146" = and i64 %".2441", 16383
  br label %"tipc"
vlan_d0_vlan_tags2.to_fcoe:
  %".2443" = getelementptr i8, ptr %"keys.101", i64 2
  %".2444" = trunc i64 %".2364" to i16
  store volatile i16 %".2444", ptr %".2443", align 2
  %".2446" = load volatile i16, ptr %".2443", align 2
  %".2447" = zext i16 %".2446" to i64
  %"cursor.147" = and i64 %".2447", 16383
  br label %"fcoe"
vlan_d0_vlan_tags2.to_hsr:
  %".2449" = getelementptr i8, ptr %"keys.101", i64 2
  %".2450" = trunc i64 %".2364" to i16
  store volatile i16 %".2450", ptr %".2449", align 2
  %".2452" = load volatile i16, ptr %".2449", align 2
  %".2453" = zext i16 %".2452" to i64
  %"cursor.148" = and i64 %".2453", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2455" = getelementptr i8, ptr %"keys.101", i64 2
  %".2456" = trunc i64 %".2364" to i16
  store volatile i16 %".2456", ptr %".2455", align 2
  %".2458" = load volatile i16, ptr %".2455", align 2
  %".2459" = zext i16 %".2458" to i64
  %"cursor.149" = and i64 %".2459", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags2.to_batadv:
  %".2461" = getelementptr i8, ptr %"keys.101", i64 2
  %".2462" = trunc i64 %".2364" to i16
  store volatile i16 %".2462", ptr %".2461", align 2
  %".2464" = load volatile i16, ptr %".2461", align 2
  %".2465" = zext i16 %".2464" to i64
  %"cursor.150" = and i64 %".2465", 16383
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2474" = trunc i64 %"cursor.41" to i32
  %".2475" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2474", [40 x i8]* %"header_copy", i32 4)
  %".2476" = icmp eq i64 %".2475", 0
  %".2477" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2478" = load i32, ptr %".2477", align 4
  %".2479" = zext i32 %".2478" to i64
  %"data.102" = inttoptr i64 %".2479" to ptr
  %".2480" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2481" = load i32, ptr %".2480", align 4
  %".2482" = zext i32 %".2481" to i64
  %"data_end.102" = inttoptr i64 %".2482" to ptr
  %".2483" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.102" = load ptr, ptr %".2483", align 8
  %".2484" = xor i1 %".2476", -1
  br i1 %".2484", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2486" = trunc i64 %".2467" to i16
  %".2487" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2486", ptr %".2487", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2490" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2491" = load volatile i8, [40 x i8]* %".2490", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2497" = trunc i64 %".2493" to i16
  %".2498" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2497", ptr %".2498", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels2.to_ip_version:
  %".2502" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2502", align 1
  %".2504" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.29" = load volatile i32, ptr %".2504", align 4
  %".2505" = and i32 %"flags.29", 4
  %".2506" = icmp ne i32 %".2505", 0
  br i1 %".2506", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels3:
  %"cursor.151" = phi  i64 [%".2493", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.104" = phi  ptr [%"data.103", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.104" = phi  ptr [%"data_end.103", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.104" = phi  ptr [%"keys.103", %"mpls_d0_mpls_labels2.to_mpls"]
  %".4399" = add i64 %"cursor.151", 4
  %"hdr.43" = getelementptr i8, ptr %"data.104", i64 %"cursor.151"
  %".4400" = getelementptr i8, ptr %"hdr.43", i64 4
  %".4401" = icmp ugt ptr %".4400", %"data_end.104"
  br i1 %".4401", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".4403" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4404" = load i8, ptr %".4403", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".4404", %"mpls_d0_mpls_labels3.linear"], [%".4423", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.171" = phi  ptr [%"data.104", %"mpls_d0_mpls_labels3.linear"], [%"data.170", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.171" = phi  ptr [%"data_end.104", %"mpls_d0_mpls_labels3.linear"], [%"data_end.170", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.171" = phi  ptr [%"keys.104", %"mpls_d0_mpls_labels3.linear"], [%"keys.170", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".4425" = add i64 %"cursor.151", 4
  %".4426" = zext i8 %"w2_1.3" to i64
  %".4427" = and i64 %".4426", 1
  switch i64 %".4427", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels2.stop_at_encap:
  %".2508" = trunc i64 %".2493" to i16
  %".2509" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2508", ptr %".2509", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2512" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".2512", align 4
  %".2514" = getelementptr i8, ptr %"keys.103", i64 2
  %".2515" = trunc i64 %".2493" to i16
  store volatile i16 %".2515", ptr %".2514", align 2
  %".2517" = load volatile i16, ptr %".2514", align 2
  %".2518" = zext i16 %".2517" to i64
  %"cursor.152" = and i64 %".2518", 16383
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2526" = trunc i64 %"cursor.42" to i32
  %".2527" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2526", [40 x i8]* %"header_copy", i32 1)
  %".2528" = icmp eq i64 %".2527", 0
  %".2529" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2530" = load i32, ptr %".2529", align 4
  %".2531" = zext i32 %".2530" to i64
  %"data.105" = inttoptr i64 %".2531" to ptr
  %".2532" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2533" = load i32, ptr %".2532", align 4
  %".2534" = zext i32 %".2533" to i64
  %"data_end.105" = inttoptr i64 %".2534" to ptr
  %".2535" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.105" = load ptr, ptr %".2535", align 8
  %".2536" = xor i1 %".2528", -1
  br i1 %".2536", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2538" = trunc i64 %"cursor.42" to i16
  %".2539" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2538", ptr %".2539", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2542" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2543" = load volatile i8, [40 x i8]* %".2542", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2549" = trunc i64 %"cursor.42" to i16
  %".2550" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2549", ptr %".2550", align 2
  br label %"return"
ip_version_d1.to_ipv4:
  %".2553" = getelementptr i8, ptr %"keys.106", i64 2
  %".2554" = trunc i64 %"cursor.42" to i16
  store volatile i16 %".2554", ptr %".2553", align 2
  %".2556" = load volatile i16, ptr %".2553", align 2
  %".2557" = zext i16 %".2556" to i64
  %"cursor.153" = and i64 %".2557", 16383
  br label %"ipv4_d1"
ip_version_d1.to_ipv6:
  %".2559" = getelementptr i8, ptr %"keys.106", i64 2
  %".2560" = trunc i64 %"cursor.42" to i16
  store volatile i16 %".2560", ptr %".2559", align 2
  %".2562" = load volatile i16, ptr %".2559", align 2
  %".2563" = zext i16 %".2562" to i64
  %"cursor.154" = and i64 %".2563", 16383
  br label %"ipv6_d1"
mpls_d1_mpls_labels1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2577" = trunc i64 %"cursor.62" to i32
  %".2578" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2577", [40 x i8]* %"header_copy", i32 4)
  %".2579" = icmp eq i64 %".2578", 0
  %".2580" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2581" = load i32, ptr %".2580", align 4
  %".2582" = zext i32 %".2581" to i64
  %"data.107" = inttoptr i64 %".2582" to ptr
  %".2583" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2584" = load i32, ptr %".2583", align 4
  %".2585" = zext i32 %".2584" to i64
  %"data_end.107" = inttoptr i64 %".2585" to ptr
  %".2586" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.107" = load ptr, ptr %".2586", align 8
  %".2587" = xor i1 %".2579", -1
  br i1 %".2587", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2589" = trunc i64 %".2570" to i16
  %".2590" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2589", ptr %".2590", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2593" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2594" = load volatile i8, [40 x i8]* %".2593", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2600" = trunc i64 %".2596" to i16
  %".2601" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2600", ptr %".2601", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_mpls:
  %".2604" = getelementptr i8, ptr %"keys.108", i64 2
  %".2605" = trunc i64 %".2596" to i16
  store volatile i16 %".2605", ptr %".2604", align 2
  %".2607" = load volatile i16, ptr %".2604", align 2
  %".2608" = zext i16 %".2607" to i64
  %"cursor.156" = and i64 %".2608", 16383
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels1.to_ip_version:
  %".2610" = getelementptr i8, ptr %"keys.108", i64 8
  store i8 1, ptr %".2610", align 1
  %".2612" = getelementptr i8, ptr %"keys.108", i64 48
  %"flags.30" = load volatile i32, ptr %".2612", align 4
  %".2613" = and i32 %"flags.30", 4
  %".2614" = icmp ne i32 %".2613", 0
  br i1 %".2614", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels2:
  %"cursor.155" = phi  i64 [%"cursor.156", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.109" = phi  ptr [%"data.108", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.109" = phi  ptr [%"data_end.108", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.109" = phi  ptr [%"keys.108", %"mpls_d1_mpls_labels1.to_mpls"]
  %".4452" = add i64 %"cursor.155", 4
  %"hdr.44" = getelementptr i8, ptr %"data.109", i64 %"cursor.155"
  %".4453" = getelementptr i8, ptr %"hdr.44", i64 4
  %".4454" = icmp ugt ptr %".4453", %"data_end.109"
  br i1 %".4454", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".4456" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4457" = load i8, ptr %".4456", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".4457", %"mpls_d1_mpls_labels2.linear"], [%".4476", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.174" = phi  ptr [%"data.109", %"mpls_d1_mpls_labels2.linear"], [%"data.173", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.174" = phi  ptr [%"data_end.109", %"mpls_d1_mpls_labels2.linear"], [%"data_end.173", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.174" = phi  ptr [%"keys.109", %"mpls_d1_mpls_labels2.linear"], [%"keys.173", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4478" = add i64 %"cursor.155", 4
  %".4479" = zext i8 %"w2_1.4" to i64
  %".4480" = and i64 %".4479", 1
  switch i64 %".4480", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels1.stop_at_encap:
  %".2616" = trunc i64 %".2596" to i16
  %".2617" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2616", ptr %".2617", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2620" = getelementptr i8, ptr %"keys.108", i64 12
  store i32 0, ptr %".2620", align 4
  %".2622" = trunc i64 %".2596" to i16
  %".2623" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2622", ptr %".2623", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2636" = trunc i64 %"cursor.65" to i32
  %".2637" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2636", [40 x i8]* %"header_copy", i32 8)
  %".2638" = icmp eq i64 %".2637", 0
  %".2639" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2640" = load i32, ptr %".2639", align 4
  %".2641" = zext i32 %".2640" to i64
  %"data.110" = inttoptr i64 %".2641" to ptr
  %".2642" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2643" = load i32, ptr %".2642", align 4
  %".2644" = zext i32 %".2643" to i64
  %"data_end.110" = inttoptr i64 %".2644" to ptr
  %".2645" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.110" = load ptr, ptr %".2645", align 8
  %".2646" = xor i1 %".2638", -1
  br i1 %".2646", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2648" = trunc i64 %"cursor.65" to i16
  %".2649" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2648", ptr %".2649", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2652" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2653" = load volatile i8, [40 x i8]* %".2652", align 1
  %".2654" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2655" = load volatile i8, [40 x i8]* %".2654", align 1
  %".2656" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2657" = load volatile i16, [40 x i8]* %".2656", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2672" = trunc i64 %"cursor.65" to i16
  %".2673" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2672", ptr %".2673", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2676" = add i64 %"cursor.65", 8
  %".2677" = trunc i64 %".2676" to i16
  %".2678" = getelementptr i8, ptr %"keys.111", i64 0
  store i16 %".2677", ptr %".2678", align 2
  %".2680" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2681" = zext i16 %".2680" to i64
  switch i64 %".2681", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]
pppoe_d1.unknown:
  %".2683" = and i64 %".2681", 257
  %".2684" = icmp eq i64 %".2683", 1
  br i1 %".2684", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2690" = trunc i64 2048 to i16
  %".2691" = call i16 @"llvm.bswap.i16"(i16 %".2690")
  %".2692" = getelementptr i8, ptr %"keys.111", i64 10
  store i16 %".2691", ptr %".2692", align 2
  %".2694" = getelementptr i8, ptr %"keys.111", i64 2
  %".2695" = trunc i64 %".2676" to i16
  store volatile i16 %".2695", ptr %".2694", align 2
  %".2697" = load volatile i16, ptr %".2694", align 2
  %".2698" = zext i16 %".2697" to i64
  %"cursor.157" = and i64 %".2698", 16383
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2700" = trunc i64 34525 to i16
  %".2701" = call i16 @"llvm.bswap.i16"(i16 %".2700")
  %".2702" = getelementptr i8, ptr %"keys.111", i64 10
  store i16 %".2701", ptr %".2702", align 2
  %".2704" = getelementptr i8, ptr %"keys.111", i64 2
  %".2705" = trunc i64 %".2676" to i16
  store volatile i16 %".2705", ptr %".2704", align 2
  %".2707" = load volatile i16, ptr %".2704", align 2
  %".2708" = zext i16 %".2707" to i64
  %"cursor.158" = and i64 %".2708", 16383
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2710" = trunc i64 34887 to i16
  %".2711" = call i16 @"llvm.bswap.i16"(i16 %".2710")
  %".2712" = getelementptr i8, ptr %"keys.111", i64 10
  store i16 %".2711", ptr %".2712", align 2
  %".2714" = getelementptr i8, ptr %"keys.111", i64 2
  %".2715" = trunc i64 %".2676" to i16
  store volatile i16 %".2715", ptr %".2714", align 2
  %".2717" = load volatile i16, ptr %".2714", align 2
  %".2718" = zext i16 %".2717" to i64
  %"cursor.159" = and i64 %".2718", 16383
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2720" = trunc i64 34888 to i16
  %".2721" = call i16 @"llvm.bswap.i16"(i16 %".2720")
  %".2722" = getelementptr i8, ptr %"keys.111", i64 10
  store i16 %".2721", ptr %".2722", align 2
  %".2724" = getelementptr i8, ptr %"keys.111", i64 2
  %".2725" = trunc i64 %".2676" to i16
  store volatile i16 %".2725", ptr %".2724", align 2
  %".2727" = load volatile i16, ptr %".2724", align 2
  %".2728" = zext i16 %".2727" to i64
  %"cursor.160" = and i64 %".2728", 16383
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2686" = trunc i64 %".2676" to i16
  %".2687" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2686", ptr %".2687", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2737" = trunc i64 %"cursor.73" to i32
  %".2738" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2737", [40 x i8]* %"header_copy", i32 20)
  %".2739" = icmp eq i64 %".2738", 0
  %".2740" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2741" = load i32, ptr %".2740", align 4
  %".2742" = zext i32 %".2741" to i64
  %"data.112" = inttoptr i64 %".2742" to ptr
  %".2743" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2744" = load i32, ptr %".2743", align 4
  %".2745" = zext i32 %".2744" to i64
  %"data_end.112" = inttoptr i64 %".2745" to ptr
  %".2746" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.112" = load ptr, ptr %".2746", align 8
  %".2747" = xor i1 %".2739", -1
  br i1 %".2747", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2749" = trunc i64 %"cursor.73" to i16
  %".2750" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2749", ptr %".2750", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2753" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2754" = load volatile i8, [40 x i8]* %".2753", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2762" = trunc i64 %"cursor.73" to i16
  %".2763" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2762", ptr %".2763", align 2
  br label %"return"
tcp_header.require.endif:
  %".2766" = add i64 %"cursor.73", 20
  %".2767" = zext i8 %"w12_1" to i64
  %".2768" = lshr i64 %".2767", 4
  %".2769" = and i64 %".2768", 15
  %".2770" = mul i64 %".2769", 4
  %".2771" = sub i64 %".2770", 20
  %".2772" = add i64 %".2771", 20
  %".2773" = getelementptr i8, ptr %"data.113", i64 %"cursor.73"
  %".2774" = getelementptr i8, ptr %".2773", i64 %".2772"
  %".2775" = icmp ugt ptr %".2774", %"data_end.113"
  br i1 %".2775", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.115" = phi  ptr [%"data.113", %"tcp_header.require.endif"], [%"data.114", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.113", %"tcp_header.require.endif"], [%"data_end.114", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.113", %"tcp_header.require.endif"], [%"keys.114", %"tcp_header.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.73", %".2772"
  %".2796" = trunc i64 %"cursor.73" to i16
  %".2797" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2796", ptr %".2797", align 2
  br label %"return"
tcp_header.copy_last_byte:
  %".2777" = add i64 %"cursor.73", %".2772"
  %".2778" = sub i64 %".2777", 1
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2779" = trunc i64 %".2778" to i32
  %".2780" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2779", i64* %"last_byte", i32 1)
  %".2781" = icmp eq i64 %".2780", 0
  %".2782" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2783" = load i32, ptr %".2782", align 4
  %".2784" = zext i32 %".2783" to i64
  %"data.114" = inttoptr i64 %".2784" to ptr
  %".2785" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2786" = load i32, ptr %".2785", align 4
  %".2787" = zext i32 %".2786" to i64
  %"data_end.114" = inttoptr i64 %".2787" to ptr
  %".2788" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.114" = load ptr, ptr %".2788", align 8
  %".2789" = xor i1 %".2781", -1
  br i1 %".2789", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2791" = trunc i64 %"cursor.73" to i16
  %".2792" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2791", ptr %".2792", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2804" = trunc i64 %"cursor.74" to i32
  %".2805" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2804", [40 x i8]* %"header_copy", i32 8)
  %".2806" = icmp eq i64 %".2805", 0
  %".2807" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2808" = load i32, ptr %".2807", align 4
  %".2809" = zext i32 %".2808" to i64
  %"data.116" = inttoptr i64 %".2809" to ptr
  %".2810" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2811" = load i32, ptr %".2810", align 4
  %".2812" = zext i32 %".2811" to i64
  %"data_end.116" = inttoptr i64 %".2812" to ptr
  %".2813" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.116" = load ptr, ptr %".2813", align 8
  %".2814" = xor i1 %".2806", -1
  br i1 %".2814", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2816" = trunc i64 %"cursor.74" to i16
  %".2817" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2816", ptr %".2817", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2828" = trunc i64 %".2821" to i16
  %".2829" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2828", ptr %".2829", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2832" = getelementptr i8, ptr %"keys.117", i64 12
  store i32 0, ptr %".2832", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.unknown:
  %".2835" = trunc i64 %".2821" to i16
  %".2836" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2835", ptr %".2836", align 2
  br label %"return"
vxlan_d0.to_ethernet:
  %".2839" = getelementptr i8, ptr %"keys.117", i64 2
  %".2840" = trunc i64 %".2821" to i16
  store volatile i16 %".2840", ptr %".2839", align 2
  %".2842" = load volatile i16, ptr %".2839", align 2
  %".2843" = zext i16 %".2842" to i64
  %"cursor.162" = and i64 %".2843", 16383
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.161" = phi  i64 [%"cursor.162", %"vxlan_d0.to_ethernet"], [%"cursor.163", %"geneve_d0.to_ethernet"], [%"cursor.193", %"gre_d0.to_ethernet"]
  %"data.118" = phi  ptr [%"data.117", %"vxlan_d0.to_ethernet"], [%"data.122", %"geneve_d0.to_ethernet"], [%"data.136", %"gre_d0.to_ethernet"]
  %"data_end.118" = phi  ptr [%"data_end.117", %"vxlan_d0.to_ethernet"], [%"data_end.122", %"geneve_d0.to_ethernet"], [%"data_end.136", %"gre_d0.to_ethernet"]
  %"keys.118" = phi  ptr [%"keys.117", %"vxlan_d0.to_ethernet"], [%"keys.122", %"geneve_d0.to_ethernet"], [%"keys.136", %"gre_d0.to_ethernet"]
  %"hdr.45" = getelementptr i8, ptr %"data.118", i64 %"cursor.161"
  %".4508" = getelementptr i8, ptr %"hdr.45", i64 14
  %".4509" = icmp ugt ptr %".4508", %"data_end.118"
  br i1 %".4509", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4511" = getelementptr i8, ptr %"hdr.45", i64 12
  %".4512" = load i16, ptr %".4511", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4512", %"ethernet_d1.linear"], [%".4531", %"ethernet_d1.copy_failed.endif"]
  %"data.177" = phi  ptr [%"data.118", %"ethernet_d1.linear"], [%"data.176", %"ethernet_d1.copy_failed.endif"]
  %"data_end.177" = phi  ptr [%"data_end.118", %"ethernet_d1.linear"], [%"data_end.176", %"ethernet_d1.copy_failed.endif"]
  %"keys.177" = phi  ptr [%"keys.118", %"ethernet_d1.linear"], [%"keys.176", %"ethernet_d1.copy_failed.endif"]
  %".4533" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4534" = zext i16 %".4533" to i64
  %".4535" = trunc i64 %".4534" to i16
  %".4536" = call i16 @"llvm.bswap.i16"(i16 %".4535")
  %".4537" = getelementptr i8, ptr %"keys.177", i64 10
  store i16 %".4536", ptr %".4537", align 2
  %".4539" = add i64 %"cursor.161", 14
  %".4540" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4541" = zext i16 %".4540" to i64
  switch i64 %".4541", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]
geneve_d0.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2853" = trunc i64 %"cursor.75" to i32
  %".2854" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2853", [40 x i8]* %"header_copy", i32 8)
  %".2855" = icmp eq i64 %".2854", 0
  %".2856" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2857" = load i32, ptr %".2856", align 4
  %".2858" = zext i32 %".2857" to i64
  %"data.119" = inttoptr i64 %".2858" to ptr
  %".2859" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2860" = load i32, ptr %".2859", align 4
  %".2861" = zext i32 %".2860" to i64
  %"data_end.119" = inttoptr i64 %".2861" to ptr
  %".2862" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.119" = load ptr, ptr %".2862", align 8
  %".2863" = xor i1 %".2855", -1
  br i1 %".2863", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2865" = trunc i64 %"cursor.75" to i16
  %".2866" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2865", ptr %".2866", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2869" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2870" = load volatile i8, [40 x i8]* %".2869", align 1
  %".2871" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2872" = load volatile i16, [40 x i8]* %".2871", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2879" = trunc i64 %"cursor.75" to i16
  %".2880" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2879", ptr %".2880", align 2
  br label %"return"
geneve_d0.stop_before.endif:
  %".2883" = add i64 %"cursor.75", 8
  %".2884" = zext i8 %"w0_1.9" to i64
  %".2885" = and i64 %".2884", 63
  %".2886" = mul i64 %".2885", 4
  %".2887" = add i64 %".2886", 8
  %".2888" = getelementptr i8, ptr %"data.120", i64 %"cursor.75"
  %".2889" = getelementptr i8, ptr %".2888", i64 %".2887"
  %".2890" = icmp ugt ptr %".2889", %"data_end.120"
  br i1 %".2890", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.122" = phi  ptr [%"data.120", %"geneve_d0.stop_before.endif"], [%"data.121", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.120", %"geneve_d0.stop_before.endif"], [%"data_end.121", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.120", %"geneve_d0.stop_before.endif"], [%"keys.121", %"geneve_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.75", %".2887"
  %".2911" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2911", align 1
  %".2913" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.32" = load volatile i32, ptr %".2913", align 4
  %".2914" = and i32 %"flags.32", 4
  %".2915" = icmp ne i32 %".2914", 0
  br i1 %".2915", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
geneve_d0.copy_last_byte:
  %".2892" = add i64 %"cursor.75", %".2887"
  %".2893" = sub i64 %".2892", 1
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2894" = trunc i64 %".2893" to i32
  %".2895" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2894", i64* %"last_byte", i32 1)
  %".2896" = icmp eq i64 %".2895", 0
  %".2897" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2898" = load i32, ptr %".2897", align 4
  %".2899" = zext i32 %".2898" to i64
  %"data.121" = inttoptr i64 %".2899" to ptr
  %".2900" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2901" = load i32, ptr %".2900", align 4
  %".2902" = zext i32 %".2901" to i64
  %"data_end.121" = inttoptr i64 %".2902" to ptr
  %".2903" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.121" = load ptr, ptr %".2903", align 8
  %".2904" = xor i1 %".2896", -1
  br i1 %".2904", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2906" = trunc i64 %"cursor.75" to i16
  %".2907" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2906", ptr %".2907", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2917" = trunc i64 %"end.6" to i16
  %".2918" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2917", ptr %".2918", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2921" = getelementptr i8, ptr %"keys.122", i64 12
  store i32 0, ptr %".2921", align 4
  %".2923" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2924" = zext i16 %".2923" to i64
  switch i64 %".2924", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]
geneve_d0.unknown:
  %".2926" = trunc i64 %"end.6" to i16
  %".2927" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2926", ptr %".2927", align 2
  br label %"return"
geneve_d0.to_ethernet:
  %".2930" = getelementptr i8, ptr %"keys.122", i64 2
  %".2931" = trunc i64 %"end.6" to i16
  store volatile i16 %".2931", ptr %".2930", align 2
  %".2933" = load volatile i16, ptr %".2930", align 2
  %".2934" = zext i16 %".2933" to i64
  %"cursor.163" = and i64 %".2934", 16383
  br label %"ethernet_d1"
geneve_d0.to_ipv4:
  %".2936" = getelementptr i8, ptr %"keys.122", i64 2
  %".2937" = trunc i64 %"end.6" to i16
  store volatile i16 %".2937", ptr %".2936", align 2
  %".2939" = load volatile i16, ptr %".2936", align 2
  %".2940" = zext i16 %".2939" to i64
  %"cursor.164" = and i64 %".2940", 16383
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  %".2942" = getelementptr i8, ptr %"keys.122", i64 2
  %".2943" = trunc i64 %"end.6" to i16
  store volatile i16 %".2943", ptr %".2942", align 2
  %".2945" = load volatile i16, ptr %".2942", align 2
  %".2946" = zext i16 %".2945" to i64
  %"cursor.165" = and i64 %".2946", 16383
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2956" = trunc i64 %"cursor.76" to i32
  %".2957" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2956", [40 x i8]* %"header_copy", i32 4)
  %".2958" = icmp eq i64 %".2957", 0
  %".2959" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2960" = load i32, ptr %".2959", align 4
  %".2961" = zext i32 %".2960" to i64
  %"data.123" = inttoptr i64 %".2961" to ptr
  %".2962" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2963" = load i32, ptr %".2962", align 4
  %".2964" = zext i32 %".2963" to i64
  %"data_end.123" = inttoptr i64 %".2964" to ptr
  %".2965" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.123" = load ptr, ptr %".2965", align 8
  %".2966" = xor i1 %".2958", -1
  br i1 %".2966", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".2968" = trunc i64 %"cursor.76" to i16
  %".2969" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2968", ptr %".2969", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".2972" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2973" = load volatile i8, [40 x i8]* %".2972", align 1
  %".2974" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2975" = load volatile i8, [40 x i8]* %".2974", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".2987" = trunc i64 %"cursor.76" to i16
  %".2988" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2987", ptr %".2988", align 2
  br label %"return"
gue_d0.stop_before.endif:
  %".2991" = add i64 %"cursor.76", 4
  %".2992" = zext i8 %"w0_1.10" to i64
  %".2993" = and i64 %".2992", 31
  %".2994" = mul i64 %".2993", 4
  %".2995" = add i64 %".2994", 4
  %".2996" = getelementptr i8, ptr %"data.124", i64 %"cursor.76"
  %".2997" = getelementptr i8, ptr %".2996", i64 %".2995"
  %".2998" = icmp ugt ptr %".2997", %"data_end.124"
  br i1 %".2998", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.126" = phi  ptr [%"data.124", %"gue_d0.stop_before.endif"], [%"data.125", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.126" = phi  ptr [%"data_end.124", %"gue_d0.stop_before.endif"], [%"data_end.125", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.126" = phi  ptr [%"keys.124", %"gue_d0.stop_before.endif"], [%"keys.125", %"gue_d0.copy_last_byte_failed.endif"]
  %"end.7" = add i64 %"cursor.76", %".2995"
  %".3019" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".3019", align 1
  %".3021" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.33" = load volatile i32, ptr %".3021", align 4
  %".3022" = and i32 %"flags.33", 4
  %".3023" = icmp ne i32 %".3022", 0
  br i1 %".3023", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gue_d0.copy_last_byte:
  %".3000" = add i64 %"cursor.76", %".2995"
  %".3001" = sub i64 %".3000", 1
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3002" = trunc i64 %".3001" to i32
  %".3003" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".3002", i64* %"last_byte", i32 1)
  %".3004" = icmp eq i64 %".3003", 0
  %".3005" = getelementptr i8, ptr %"ctx.38", i64 76
  %".3006" = load i32, ptr %".3005", align 4
  %".3007" = zext i32 %".3006" to i64
  %"data.125" = inttoptr i64 %".3007" to ptr
  %".3008" = getelementptr i8, ptr %"ctx.38", i64 80
  %".3009" = load i32, ptr %".3008", align 4
  %".3010" = zext i32 %".3009" to i64
  %"data_end.125" = inttoptr i64 %".3010" to ptr
  %".3011" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.125" = load ptr, ptr %".3011", align 8
  %".3012" = xor i1 %".3004", -1
  br i1 %".3012", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".3014" = trunc i64 %"cursor.76" to i16
  %".3015" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3014", ptr %".3015", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".3025" = trunc i64 %"end.7" to i16
  %".3026" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3025", ptr %".3026", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".3029" = getelementptr i8, ptr %"keys.126", i64 12
  store i32 0, ptr %".3029", align 4
  %".3031" = zext i8 %"w1_1.5" to i64
  switch i64 %".3031", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.unknown:
  %".3033" = trunc i64 %"end.7" to i16
  %".3034" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3033", ptr %".3034", align 2
  br label %"return"
gue_d0.to_ipv4:
  %".3037" = getelementptr i8, ptr %"keys.126", i64 2
  %".3038" = trunc i64 %"end.7" to i16
  store volatile i16 %".3038", ptr %".3037", align 2
  %".3040" = load volatile i16, ptr %".3037", align 2
  %".3041" = zext i16 %".3040" to i64
  %"cursor.166" = and i64 %".3041", 16383
  br label %"ipv4_d1"
gue_d0.to_ipv6:
  %".3043" = getelementptr i8, ptr %"keys.126", i64 2
  %".3044" = trunc i64 %"end.7" to i16
  store volatile i16 %".3044", ptr %".3043", align 2
  %".3046" = load volatile i16, ptr %".3043", align 2
  %".3047" = zext i16 %".3046" to i64
  %"cursor.167" = and i64 %".3047", 16383
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3057" = trunc i64 %"cursor.77" to i32
  %".3058" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3057", [40 x i8]* %"header_copy", i32 8)
  %".3059" = icmp eq i64 %".3058", 0
  %".3060" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3061" = load i32, ptr %".3060", align 4
  %".3062" = zext i32 %".3061" to i64
  %"data.127" = inttoptr i64 %".3062" to ptr
  %".3063" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3064" = load i32, ptr %".3063", align 4
  %".3065" = zext i32 %".3064" to i64
  %"data_end.127" = inttoptr i64 %".3065" to ptr
  %".3066" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.127" = load ptr, ptr %".3066", align 8
  %".3067" = xor i1 %".3059", -1
  br i1 %".3067", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".3069" = trunc i64 %"cursor.77" to i16
  %".3070" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3069", ptr %".3070", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".3073" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3074" = load volatile i8, [40 x i8]* %".3073", align 1
  %".3075" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3076" = load volatile i8, [40 x i8]* %".3075", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3091" = trunc i64 %"cursor.77" to i16
  %".3092" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3091", ptr %".3092", align 2
  br label %"return"
gtpu_d0.stop_before.endif:
  %".3095" = add i64 %"cursor.77", 8
  %".3096" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3096", align 1
  %".3098" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.34" = load volatile i32, ptr %".3098", align 4
  %".3099" = and i32 %"flags.34", 4
  %".3100" = icmp ne i32 %".3099", 0
  br i1 %".3100", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
gtpu_d0.stop_at_encap:
  %".3102" = trunc i64 %".3095" to i16
  %".3103" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3102", ptr %".3103", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".3106" = getelementptr i8, ptr %"keys.128", i64 12
  store i32 0, ptr %".3106", align 4
  %".3108" = zext i8 %"w0_1.11" to i64
  %".3109" = lshr i64 %".3108", 2
  %".3110" = and i64 %".3109", 1
  %".3111" = mul i64 %".3110", 4
  %".3112" = zext i8 %"w0_1.11" to i64
  %".3113" = lshr i64 %".3112", 1
  %".3114" = and i64 %".3113", 1
  %".3115" = mul i64 %".3114", 2
  %".3116" = add i64 %".3111", %".3115"
  %".3117" = zext i8 %"w0_1.11" to i64
  %".3118" = and i64 %".3117", 1
  %".3119" = add i64 %".3116", %".3118"
  %".3120" = icmp uge i64 %".3119", 1
  %".3121" = icmp ule i64 %".3119", 3
  %".3122" = and i1 %".3120", %".3121"
  br i1 %".3122", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".3129" = trunc i64 %".3095" to i16
  %".3130" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3129", ptr %".3130", align 2
  br label %"return"
gtpu_d0.to_ip_version:
  %".3133" = getelementptr i8, ptr %"keys.128", i64 2
  %".3134" = trunc i64 %".3095" to i16
  store volatile i16 %".3134", ptr %".3133", align 2
  %".3136" = load volatile i16, ptr %".3133", align 2
  %".3137" = zext i16 %".3136" to i64
  %"cursor.168" = and i64 %".3137", 16383
  br label %"ip_version_d1"
gtpu_d0.to_gtpu_opt:
  %".3139" = getelementptr i8, ptr %"keys.128", i64 2
  %".3140" = trunc i64 %".3095" to i16
  store volatile i16 %".3140", ptr %".3139", align 2
  %".3142" = load volatile i16, ptr %".3139", align 2
  %".3143" = zext i16 %".3142" to i64
  %"cursor.170" = and i64 %".3143", 16383
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  %".3145" = getelementptr i8, ptr %"keys.128", i64 2
  %".3146" = trunc i64 %".3095" to i16
  store volatile i16 %".3146", ptr %".3145", align 2
  %".3148" = load volatile i16, ptr %".3145", align 2
  %".3149" = zext i16 %".3148" to i64
  %"cursor.172" = and i64 %".3149", 16383
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3124" = icmp uge i64 %".3119", 4
  %".3125" = icmp ule i64 %".3119", 7
  %".3126" = and i1 %".3124", %".3125"
  br i1 %".3126", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".3119", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_opt_d1:
  %"cursor.169" = phi  i64 [%"cursor.170", %"gtpu_d0.to_gtpu_opt"]
  %"data.129" = phi  ptr [%"data.128", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.129" = phi  ptr [%"data_end.128", %"gtpu_d0.to_gtpu_opt"]
  %"keys.129" = phi  ptr [%"keys.128", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.46" = getelementptr i8, ptr %"data.129", i64 %"cursor.169"
  %".4643" = getelementptr i8, ptr %"hdr.46", i64 4
  %".4644" = icmp ugt ptr %".4643", %"data_end.129"
  br i1 %".4644", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.179" = phi  ptr [%"data.129", %"gtpu_opt_d1.linear"], [%"data.178", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.179" = phi  ptr [%"data_end.129", %"gtpu_opt_d1.linear"], [%"data_end.178", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.179" = phi  ptr [%"keys.129", %"gtpu_opt_d1.linear"], [%"keys.178", %"gtpu_opt_d1.copy_failed.endif"]
  %".4664" = add i64 %"cursor.169", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_seq_d1:
  %"cursor.171" = phi  i64 [%"cursor.172", %"gtpu_d0.to_gtpu_seq"]
  %"data.130" = phi  ptr [%"data.128", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.130" = phi  ptr [%"data_end.128", %"gtpu_d0.to_gtpu_seq"]
  %"keys.130" = phi  ptr [%"keys.128", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.47" = getelementptr i8, ptr %"data.130", i64 %"cursor.171"
  %".4676" = getelementptr i8, ptr %"hdr.47", i64 3
  %".4677" = icmp ugt ptr %".4676", %"data_end.130"
  br i1 %".4677", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.181" = phi  ptr [%"data.130", %"gtpu_seq_d1.linear"], [%"data.180", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.181" = phi  ptr [%"data_end.130", %"gtpu_seq_d1.linear"], [%"data_end.180", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.181" = phi  ptr [%"keys.130", %"gtpu_seq_d1.linear"], [%"keys.180", %"gtpu_seq_d1.copy_failed.endif"]
  %".4697" = add i64 %"cursor.171", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
shim_d0.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3157" = trunc i64 %"cursor.78" to i32
  %".3158" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3157", [40 x i8]* %"header_copy", i32 8)
  %".3159" = icmp eq i64 %".3158", 0
  %".3160" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3161" = load i32, ptr %".3160", align 4
  %".3162" = zext i32 %".3161" to i64
  %"data.131" = inttoptr i64 %".3162" to ptr
  %".3163" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3164" = load i32, ptr %".3163", align 4
  %".3165" = zext i32 %".3164" to i64
  %"data_end.131" = inttoptr i64 %".3165" to ptr
  %".3166" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.131" = load ptr, ptr %".3166", align 8
  %".3167" = xor i1 %".3159", -1
  br i1 %".3167", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3169" = trunc i64 %"cursor.78" to i16
  %".3170" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3169", ptr %".3170", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3173" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3174" = load volatile i16, [40 x i8]* %".3173", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3183" = trunc i64 %".3176" to i16
  %".3184" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3183", ptr %".3184", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".3187" = getelementptr i8, ptr %"keys.132", i64 12
  store i32 0, ptr %".3187", align 4
  %".3189" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3190" = zext i16 %".3189" to i64
  switch i64 %".3190", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.unknown:
  %".3192" = trunc i64 %".3176" to i16
  %".3193" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3192", ptr %".3193", align 2
  br label %"return"
shim_d0.to_ipv4:
  %".3196" = getelementptr i8, ptr %"keys.132", i64 2
  %".3197" = trunc i64 %".3176" to i16
  store volatile i16 %".3197", ptr %".3196", align 2
  %".3199" = load volatile i16, ptr %".3196", align 2
  %".3200" = zext i16 %".3199" to i64
  %"cursor.173" = and i64 %".3200", 16383
  br label %"ipv4_d1"
gre_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3212" = trunc i64 %"cursor.79" to i32
  %".3213" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3212", [40 x i8]* %"header_copy", i32 4)
  %".3214" = icmp eq i64 %".3213", 0
  %".3215" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3216" = load i32, ptr %".3215", align 4
  %".3217" = zext i32 %".3216" to i64
  %"data.133" = inttoptr i64 %".3217" to ptr
  %".3218" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3219" = load i32, ptr %".3218", align 4
  %".3220" = zext i32 %".3219" to i64
  %"data_end.133" = inttoptr i64 %".3220" to ptr
  %".3221" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.133" = load ptr, ptr %".3221", align 8
  %".3222" = xor i1 %".3214", -1
  br i1 %".3222", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".3224" = trunc i64 %"cursor.79" to i16
  %".3225" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3224", ptr %".3225", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".3228" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3229" = load volatile i8, [40 x i8]* %".3228", align 1
  %".3230" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3231" = load volatile i8, [40 x i8]* %".3230", align 1
  %".3232" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3233" = load volatile i16, [40 x i8]* %".3232", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".3244" = trunc i64 %"cursor.79" to i16
  %".3245" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3244", ptr %".3245", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".3248" = add i64 %"cursor.79", 4
  %".3249" = zext i8 %"w0_1.12" to i64
  %".3250" = lshr i64 %".3249", 7
  %".3251" = and i64 %".3250", 1
  %".3252" = zext i8 %"w0_1.12" to i64
  %".3253" = lshr i64 %".3252", 5
  %".3254" = and i64 %".3253", 1
  %".3255" = add i64 %".3251", %".3254"
  %".3256" = zext i8 %"w0_1.12" to i64
  %".3257" = lshr i64 %".3256", 4
  %".3258" = and i64 %".3257", 1
  %".3259" = add i64 %".3255", %".3258"
  %".3260" = mul i64 %".3259", 4
  %".3261" = add i64 %".3260", 4
  %".3262" = getelementptr i8, ptr %"data.134", i64 %"cursor.79"
  %".3263" = getelementptr i8, ptr %".3262", i64 %".3261"
  %".3264" = icmp ugt ptr %".3263", %"data_end.134"
  br i1 %".3264", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.136" = phi  ptr [%"data.134", %"gre_d0.stop_before.endif"], [%"data.135", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.134", %"gre_d0.stop_before.endif"], [%"data_end.135", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.134", %"gre_d0.stop_before.endif"], [%"keys.135", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.8" = add i64 %"cursor.79", %".3261"
  %".3285" = getelementptr i8, ptr %"keys.136", i64 8
  store i8 1, ptr %".3285", align 1
  %".3287" = getelementptr i8, ptr %"keys.136", i64 48
  %"flags.36" = load volatile i32, ptr %".3287", align 4
  %".3288" = and i32 %"flags.36", 4
  %".3289" = icmp ne i32 %".3288", 0
  br i1 %".3289", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".3266" = add i64 %"cursor.79", %".3261"
  %".3267" = sub i64 %".3266", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3268" = trunc i64 %".3267" to i32
  %".3269" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3268", i64* %"last_byte", i32 1)
  %".3270" = icmp eq i64 %".3269", 0
  %".3271" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3272" = load i32, ptr %".3271", align 4
  %".3273" = zext i32 %".3272" to i64
  %"data.135" = inttoptr i64 %".3273" to ptr
  %".3274" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3275" = load i32, ptr %".3274", align 4
  %".3276" = zext i32 %".3275" to i64
  %"data_end.135" = inttoptr i64 %".3276" to ptr
  %".3277" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.135" = load ptr, ptr %".3277", align 8
  %".3278" = xor i1 %".3270", -1
  br i1 %".3278", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3280" = trunc i64 %"cursor.79" to i16
  %".3281" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3280", ptr %".3281", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3291" = trunc i64 %"end.8" to i16
  %".3292" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3291", ptr %".3292", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3295" = getelementptr i8, ptr %"keys.136", i64 12
  store i32 0, ptr %".3295", align 4
  %".3297" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3298" = zext i16 %".3297" to i64
  %".3299" = trunc i64 %".3298" to i16
  %".3300" = call i16 @"llvm.bswap.i16"(i16 %".3299")
  %".3301" = getelementptr i8, ptr %"keys.136", i64 10
  store i16 %".3300", ptr %".3301", align 2
  %".3303" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3304" = zext i16 %".3303" to i64
  switch i64 %".3304", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]
gre_d0.unknown:
  %".3306" = trunc i64 %"end.8" to i16
  %".3307" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3306", ptr %".3307", align 2
  br label %"return"
gre_d0.to_ipv4:
  %".3310" = getelementptr i8, ptr %"keys.136", i64 2
  %".3311" = trunc i64 %"end.8" to i16
  store volatile i16 %".3311", ptr %".3310", align 2
  %".3313" = load volatile i16, ptr %".3310", align 2
  %".3314" = zext i16 %".3313" to i64
  %"cursor.174" = and i64 %".3314", 16383
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  %".3316" = getelementptr i8, ptr %"keys.136", i64 2
  %".3317" = trunc i64 %"end.8" to i16
  store volatile i16 %".3317", ptr %".3316", align 2
  %".3319" = load volatile i16, ptr %".3316", align 2
  %".3320" = zext i16 %".3319" to i64
  %"cursor.175" = and i64 %".3320", 16383
  br label %"ipv6_d1"
gre_d0.to_vlan:
  %".3322" = getelementptr i8, ptr %"keys.136", i64 2
  %".3323" = trunc i64 %"end.8" to i16
  store volatile i16 %".3323", ptr %".3322", align 2
  %".3325" = load volatile i16, ptr %".3322", align 2
  %".3326" = zext i16 %".3325" to i64
  %"cursor.177" = and i64 %".3326", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_vlan.1:
  %".3328" = getelementptr i8, ptr %"keys.136", i64 2
  %".3329" = trunc i64 %"end.8" to i16
  store volatile i16 %".3329", ptr %".3328", align 2
  %".3331" = load volatile i16, ptr %".3328", align 2
  %".3332" = zext i16 %".3331" to i64
  %"cursor.178" = and i64 %".3332", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_mpls:
  %".3334" = getelementptr i8, ptr %"keys.136", i64 2
  %".3335" = trunc i64 %"end.8" to i16
  store volatile i16 %".3335", ptr %".3334", align 2
  %".3337" = load volatile i16, ptr %".3334", align 2
  %".3338" = zext i16 %".3337" to i64
  %"cursor.179" = and i64 %".3338", 16383
  br label %"mpls_d1_mpls_labels1"
gre_d0.to_mpls.1:
  %".3340" = getelementptr i8, ptr %"keys.136", i64 2
  %".3341" = trunc i64 %"end.8" to i16
  store volatile i16 %".3341", ptr %".3340", align 2
  %".3343" = load volatile i16, ptr %".3340", align 2
  %".3344" = zext i16 %".3343" to i64
  %"cursor.180" = and i64 %".3344", 16383
  br label %"mpls_d1_mpls_labels1"
gre_d0.to_pppoe:
  %".3346" = getelementptr i8, ptr %"keys.136", i64 2
  %".3347" = trunc i64 %"end.8" to i16
  store volatile i16 %".3347", ptr %".3346", align 2
  %".3349" = load volatile i16, ptr %".3346", align 2
  %".3350" = zext i16 %".3349" to i64
  %"cursor.181" = and i64 %".3350", 16383
  br label %"pppoe_d1"
gre_d0.to_arp:
  %".3352" = getelementptr i8, ptr %"keys.136", i64 2
  %".3353" = trunc i64 %"end.8" to i16
  store volatile i16 %".3353", ptr %".3352", align 2
  %".3355" = load volatile i16, ptr %".3352", align 2
  %".3356" = zext i16 %".3355" to i64
  %"cursor.182" = and i64 %".3356", 16383
  br label %"arp"
gre_d0.to_arp.1:
  %".3358" = getelementptr i8, ptr %"keys.136", i64 2
  %".3359" = trunc i64 %"end.8" to i16
  store volatile i16 %".3359", ptr %".3358", align 2
  %".3361" = load volatile i16, ptr %".3358", align 2
  %".3362" = zext i16 %".3361" to i64
  %"cursor.183" = and i64 %".3362", 16383
  br label %"arp"
gre_d0.to_ptp:
  %".3364" = getelementptr i8, ptr %"keys.136", i64 2
  %".3365" = trunc i64 %"end.8" to i16
  store volatile i16 %".3365", ptr %".3364", align 2
  %".3367" = load volatile i16, ptr %".3364", align 2
  %".3368" = zext i16 %".3367" to i64
  %"cursor.184" = and i64 %".3368", 16383
  br label %"ptp"
gre_d0.to_cfm:
  %".3370" = getelementptr i8, ptr %"keys.136", i64 2
  %".3371" = trunc i64 %"end.8" to i16
  store volatile i16 %".3371", ptr %".3370", align 2
  %".3373" = load volatile i16, ptr %".3370", align 2
  %".3374" = zext i16 %".3373" to i64
  %"cursor.185" = and i64 %".3374", 16383
  br label %"cfm"
gre_d0.to_tipc:
  %".3376" = getelementptr i8, ptr %"keys.136", i64 2
  %".3377" = trunc i64 %"end.8" to i16
  store volatile i16 %".3377", ptr %".3376", align 2
  %".3379" = load volatile i16, ptr %".3376", align 2
  %".3380" = zext i16 %".3379" to i64
  %"cursor.186" = and i64 %".3380", 16383
  br label %"tipc"
gre_d0.to_fcoe:
  %".3382" = getelementptr i8, ptr %"keys.136", i64 2
  %".3383" = trunc i64 %"end.8" to i16
  store volatile i16 %".3383", ptr %".3382", align 2
  %".3385" = load volatile i16, ptr %".3382", align 2
  %".3386" = zext i16 %".3385" to i64
  %"cursor.187" = and i64 %".3386", 16383
  br label %"fcoe"
gre_d0.to_hsr:
  %".3388" = getelementptr i8, ptr %"keys.136", i64 2
  %".3389" = trunc i64 %"end.8" to i16
  store volatile i16 %".3389", ptr %".3388", align 2
  %".3391" = load volatile i16, ptr %".3388", align 2
  %".3392" = zext i16 %".3391" to i64
  %"cursor.189" = and i64 %".3392", 16383
  br label %"hsr_d1"
gre_d0.to_hsr.1:
  %".3394" = getelementptr i8, ptr %"keys.136", i64 2
  %".3395" = trunc i64 %"end.8" to i16
  store volatile i16 %".3395", ptr %".3394", align 2
  %".3397" = load volatile i16, ptr %".3394", align 2
  %".3398" = zext i16 %".3397" to i64
  %"cursor.190" = and i64 %".3398", 16383
  br label %"hsr_d1"
gre_d0.to_batadv:
  %".3400" = getelementptr i8, ptr %"keys.136", i64 2
  %".3401" = trunc i64 %"end.8" to i16
  store volatile i16 %".3401", ptr %".3400", align 2
  %".3403" = load volatile i16, ptr %".3400", align 2
  %".3404" = zext i16 %".3403" to i64
  %"cursor.192" = and i64 %".3404", 16383
  br label %"batadv_d1"
gre_d0.to_ethernet:
  %".3406" = getelementptr i8, ptr %"keys.136", i64 2
  %".3407" = trunc i64 %"end.8" to i16
  store volatile i16 %".3407", ptr %".3406", align 2
  %".3409" = load volatile i16, ptr %".3406", align 2
  %".3410" = zext i16 %".3409" to i64
  %"cursor.193" = and i64 %".3410", 16383
  br label %"ethernet_d1"
vlan_d1_vlan_tags1:
  %"cursor.176" = phi  i64 [%"cursor.177", %"gre_d0.to_vlan"], [%"cursor.178", %"gre_d0.to_vlan.1"], [%"cursor.275", %"ethernet_d1.to_vlan"], [%"cursor.276", %"ethernet_d1.to_vlan.1"]
  %"data.137" = phi  ptr [%"data.136", %"gre_d0.to_vlan"], [%"data.136", %"gre_d0.to_vlan.1"], [%"data.177", %"ethernet_d1.to_vlan"], [%"data.177", %"ethernet_d1.to_vlan.1"]
  %"data_end.137" = phi  ptr [%"data_end.136", %"gre_d0.to_vlan"], [%"data_end.136", %"gre_d0.to_vlan.1"], [%"data_end.177", %"ethernet_d1.to_vlan"], [%"data_end.177", %"ethernet_d1.to_vlan.1"]
  %"keys.137" = phi  ptr [%"keys.136", %"gre_d0.to_vlan"], [%"keys.136", %"gre_d0.to_vlan.1"], [%"keys.177", %"ethernet_d1.to_vlan"], [%"keys.177", %"ethernet_d1.to_vlan.1"]
  %"hdr.48" = getelementptr i8, ptr %"data.137", i64 %"cursor.176"
  %".4709" = getelementptr i8, ptr %"hdr.48", i64 4
  %".4710" = icmp ugt ptr %".4709", %"data_end.137"
  br i1 %".4710", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".4712" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4713" = load i16, ptr %".4712", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.17" = phi  i16 [%".4713", %"vlan_d1_vlan_tags1.linear"], [%".4732", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.184" = phi  ptr [%"data.137", %"vlan_d1_vlan_tags1.linear"], [%"data.183", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.184" = phi  ptr [%"data_end.137", %"vlan_d1_vlan_tags1.linear"], [%"data_end.183", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.184" = phi  ptr [%"keys.137", %"vlan_d1_vlan_tags1.linear"], [%"keys.183", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".4734" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4735" = zext i16 %".4734" to i64
  %".4736" = trunc i64 %".4735" to i16
  %".4737" = call i16 @"llvm.bswap.i16"(i16 %".4736")
  %".4738" = getelementptr i8, ptr %"keys.184", i64 10
  store i16 %".4737", ptr %".4738", align 2
  %".4740" = add i64 %"cursor.176", 4
  %".4741" = trunc i64 %".4740" to i16
  %".4742" = getelementptr i8, ptr %"keys.184", i64 0
  store i16 %".4741", ptr %".4742", align 2
  %".4744" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4745" = zext i16 %".4744" to i64
  switch i64 %".4745", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]
hsr_d1:
  %"cursor.188" = phi  i64 [%"cursor.189", %"gre_d0.to_hsr"], [%"cursor.190", %"gre_d0.to_hsr.1"], [%"cursor.286", %"ethernet_d1.to_hsr"], [%"cursor.287", %"ethernet_d1.to_hsr.1"], [%"cursor.306", %"vlan_d1_vlan_tags1.to_hsr"], [%"cursor.307", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"cursor.396", %"vlan_d1_vlan_tags2.to_hsr"], [%"cursor.397", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"data.138" = phi  ptr [%"data.136", %"gre_d0.to_hsr"], [%"data.136", %"gre_d0.to_hsr.1"], [%"data.177", %"ethernet_d1.to_hsr"], [%"data.177", %"ethernet_d1.to_hsr.1"], [%"data.184", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.184", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.235", %"vlan_d1_vlan_tags2.to_hsr"], [%"data.235", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"data_end.138" = phi  ptr [%"data_end.136", %"gre_d0.to_hsr"], [%"data_end.136", %"gre_d0.to_hsr.1"], [%"data_end.177", %"ethernet_d1.to_hsr"], [%"data_end.177", %"ethernet_d1.to_hsr.1"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_hsr"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"keys.138" = phi  ptr [%"keys.136", %"gre_d0.to_hsr"], [%"keys.136", %"gre_d0.to_hsr.1"], [%"keys.177", %"ethernet_d1.to_hsr"], [%"keys.177", %"ethernet_d1.to_hsr.1"], [%"keys.184", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.184", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.235", %"vlan_d1_vlan_tags2.to_hsr"], [%"keys.235", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"hdr.49" = getelementptr i8, ptr %"data.138", i64 %"cursor.188"
  %".4847" = getelementptr i8, ptr %"hdr.49", i64 6
  %".4848" = icmp ugt ptr %".4847", %"data_end.138"
  br i1 %".4848", label %"hsr_d1.copy", label %"hsr_d1.linear", !prof !0
hsr_d1.linear:
  %".4850" = getelementptr i8, ptr %"hdr.49", i64 4
  %".4851" = load i16, ptr %".4850", align 2
  br label %"hsr_d1.header"
hsr_d1.header:
  %"w4_2.1" = phi  i16 [%".4851", %"hsr_d1.linear"], [%".4870", %"hsr_d1.copy_failed.endif"]
  %"data.187" = phi  ptr [%"data.138", %"hsr_d1.linear"], [%"data.186", %"hsr_d1.copy_failed.endif"]
  %"data_end.187" = phi  ptr [%"data_end.138", %"hsr_d1.linear"], [%"data_end.186", %"hsr_d1.copy_failed.endif"]
  %"keys.187" = phi  ptr [%"keys.138", %"hsr_d1.linear"], [%"keys.186", %"hsr_d1.copy_failed.endif"]
  %".4872" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".4873" = zext i16 %".4872" to i64
  %".4874" = trunc i64 %".4873" to i16
  %".4875" = call i16 @"llvm.bswap.i16"(i16 %".4874")
  %".4876" = getelementptr i8, ptr %"keys.187", i64 10
  store i16 %".4875", ptr %".4876", align 2
  %".4878" = add i64 %"cursor.188", 6
  %".4879" = trunc i64 %".4878" to i16
  %".4880" = getelementptr i8, ptr %"keys.187", i64 0
  store i16 %".4879", ptr %".4880", align 2
  %".4882" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".4883" = zext i16 %".4882" to i64
  switch i64 %".4883", label %"hsr_d1.unknown" [i64 2048, label %"hsr_d1.to_ipv4" i64 34525, label %"hsr_d1.to_ipv6" i64 34887, label %"hsr_d1.to_mpls" i64 34888, label %"hsr_d1.to_mpls.1" i64 34916, label %"hsr_d1.to_pppoe" i64 2054, label %"hsr_d1.to_arp" i64 32821, label %"hsr_d1.to_arp.1" i64 35063, label %"hsr_d1.to_ptp" i64 35074, label %"hsr_d1.to_cfm" i64 35018, label %"hsr_d1.to_tipc" i64 35078, label %"hsr_d1.to_fcoe"]
batadv_d1:
  %"cursor.191" = phi  i64 [%"cursor.192", %"gre_d0.to_batadv"], [%"cursor.288", %"ethernet_d1.to_batadv"], [%"cursor.308", %"vlan_d1_vlan_tags1.to_batadv"], [%"cursor.398", %"vlan_d1_vlan_tags2.to_batadv"]
  %"data.139" = phi  ptr [%"data.136", %"gre_d0.to_batadv"], [%"data.177", %"ethernet_d1.to_batadv"], [%"data.184", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.235", %"vlan_d1_vlan_tags2.to_batadv"]
  %"data_end.139" = phi  ptr [%"data_end.136", %"gre_d0.to_batadv"], [%"data_end.177", %"ethernet_d1.to_batadv"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.235", %"vlan_d1_vlan_tags2.to_batadv"]
  %"keys.139" = phi  ptr [%"keys.136", %"gre_d0.to_batadv"], [%"keys.177", %"ethernet_d1.to_batadv"], [%"keys.184", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.235", %"vlan_d1_vlan_tags2.to_batadv"]
  %"hdr.50" = getelementptr i8, ptr %"data.139", i64 %"cursor.191"
  %".4955" = getelementptr i8, ptr %"hdr.50", i64 24
  %".4956" = icmp ugt ptr %".4955", %"data_end.139"
  br i1 %".4956", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".4958" = getelementptr i8, ptr %"hdr.50", i64 0
  %".4959" = load i8, ptr %".4958", align 1
  %".4960" = getelementptr i8, ptr %"hdr.50", i64 1
  %".4961" = load i8, ptr %".4960", align 1
  %".4962" = getelementptr i8, ptr %"hdr.50", i64 22
  %".4963" = load i16, ptr %".4962", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.19" = phi  i8 [%".4959", %"batadv_d1.linear"], [%".4982", %"batadv_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4961", %"batadv_d1.linear"], [%".4984", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".4963", %"batadv_d1.linear"], [%".4986", %"batadv_d1.copy_failed.endif"]
  %"data.189" = phi  ptr [%"data.139", %"batadv_d1.linear"], [%"data.188", %"batadv_d1.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.139", %"batadv_d1.linear"], [%"data_end.188", %"batadv_d1.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.139", %"batadv_d1.linear"], [%"keys.188", %"batadv_d1.copy_failed.endif"]
  %".4988" = zext i8 %"w1_1.12" to i64
  %".4989" = icmp eq i64 %".4988", 15
  %".4990" = zext i8 %"w0_1.19" to i64
  %".4991" = icmp eq i64 %".4990", 64
  %".4992" = and i1 %".4989", %".4991"
  %".4993" = xor i1 %".4992", -1
  br i1 %".4993", label %"batadv_d1.require", label %"batadv_d1.require.endif"
pptp_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3422" = trunc i64 %"cursor.80" to i32
  %".3423" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3422", [40 x i8]* %"header_copy", i32 4)
  %".3424" = icmp eq i64 %".3423", 0
  %".3425" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3426" = load i32, ptr %".3425", align 4
  %".3427" = zext i32 %".3426" to i64
  %"data.140" = inttoptr i64 %".3427" to ptr
  %".3428" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3429" = load i32, ptr %".3428", align 4
  %".3430" = zext i32 %".3429" to i64
  %"data_end.140" = inttoptr i64 %".3430" to ptr
  %".3431" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.140" = load ptr, ptr %".3431", align 8
  %".3432" = xor i1 %".3424", -1
  br i1 %".3432", label %"pptp_d0.copy_failed", label %"pptp_d0.copy_failed.endif"
pptp_d0.copy_failed:
  %".3434" = trunc i64 %"cursor.80" to i16
  %".3435" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3434", ptr %".3435", align 2
  br label %"return"
pptp_d0.copy_failed.endif:
  %".3438" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3439" = load volatile i8, [40 x i8]* %".3438", align 1
  %".3440" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3441" = load volatile i8, [40 x i8]* %".3440", align 1
  %".3442" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3443" = load volatile i16, [40 x i8]* %".3442", align 2
  br label %"pptp_d0.header"
pptp_d0.stop_before:
  %".3454" = trunc i64 %"cursor.80" to i16
  %".3455" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3454", ptr %".3455", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".3458" = add i64 %"cursor.80", 4
  %".3459" = zext i8 %"w0_1.13" to i64
  %".3460" = lshr i64 %".3459", 7
  %".3461" = and i64 %".3460", 1
  %".3462" = zext i8 %"w0_1.13" to i64
  %".3463" = lshr i64 %".3462", 5
  %".3464" = and i64 %".3463", 1
  %".3465" = add i64 %".3461", %".3464"
  %".3466" = zext i8 %"w0_1.13" to i64
  %".3467" = lshr i64 %".3466", 4
  %".3468" = and i64 %".3467", 1
  %".3469" = add i64 %".3465", %".3468"
  %".3470" = zext i8 %"w1_1.8" to i64
  %".3471" = lshr i64 %".3470", 7
  %".3472" = and i64 %".3471", 1
  %".3473" = add i64 %".3469", %".3472"
  %".3474" = mul i64 %".3473", 4
  %".3475" = add i64 %".3474", 4
  %".3476" = getelementptr i8, ptr %"data.141", i64 %"cursor.80"
  %".3477" = getelementptr i8, ptr %".3476", i64 %".3475"
  %".3478" = icmp ugt ptr %".3477", %"data_end.141"
  br i1 %".3478", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.143" = phi  ptr [%"data.141", %"pptp_d0.stop_before.endif"], [%"data.142", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.143" = phi  ptr [%"data_end.141", %"pptp_d0.stop_before.endif"], [%"data_end.142", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.143" = phi  ptr [%"keys.141", %"pptp_d0.stop_before.endif"], [%"keys.142", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.80", %".3475"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".3480" = add i64 %"cursor.80", %".3475"
  %".3481" = sub i64 %".3480", 1
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3482" = trunc i64 %".3481" to i32
  %".3483" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3482", i64* %"last_byte", i32 1)
  %".3484" = icmp eq i64 %".3483", 0
  %".3485" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3486" = load i32, ptr %".3485", align 4
  %".3487" = zext i32 %".3486" to i64
  %"data.142" = inttoptr i64 %".3487" to ptr
  %".3488" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3489" = load i32, ptr %".3488", align 4
  %".3490" = zext i32 %".3489" to i64
  %"data_end.142" = inttoptr i64 %".3490" to ptr
  %".3491" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.142" = load ptr, ptr %".3491", align 8
  %".3492" = xor i1 %".3484", -1
  br i1 %".3492", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3494" = trunc i64 %"cursor.80" to i16
  %".3495" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3494", ptr %".3495", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3500" = trunc i64 %"end.9" to i16
  %".3501" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".3500", ptr %".3501", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.194" = phi  i64 [%"end.9", %"pptp_d0.to_ppp"]
  %"data.144" = phi  ptr [%"data.143", %"pptp_d0.to_ppp"]
  %"data_end.144" = phi  ptr [%"data_end.143", %"pptp_d0.to_ppp"]
  %"keys.144" = phi  ptr [%"keys.143", %"pptp_d0.to_ppp"]
  %"hdr.51" = getelementptr i8, ptr %"data.144", i64 %"cursor.194"
  %".5189" = getelementptr i8, ptr %"hdr.51", i64 4
  %".5190" = icmp ugt ptr %".5189", %"data_end.144"
  br i1 %".5190", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".5192" = getelementptr i8, ptr %"hdr.51", i64 2
  %".5193" = load i16, ptr %".5192", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.18" = phi  i16 [%".5193", %"ppp_d0.linear"], [%".5212", %"ppp_d0.copy_failed.endif"]
  %"data.191" = phi  ptr [%"data.144", %"ppp_d0.linear"], [%"data.190", %"ppp_d0.copy_failed.endif"]
  %"data_end.191" = phi  ptr [%"data_end.144", %"ppp_d0.linear"], [%"data_end.190", %"ppp_d0.copy_failed.endif"]
  %"keys.191" = phi  ptr [%"keys.144", %"ppp_d0.linear"], [%"keys.190", %"ppp_d0.copy_failed.endif"]
  %".5214" = add i64 %"cursor.194", 4
  %".5215" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".5216" = zext i16 %".5215" to i64
  switch i64 %".5216", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
udp_d1.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3513" = trunc i64 %"cursor.82" to i32
  %".3514" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3513", [40 x i8]* %"header_copy", i32 4)
  %".3515" = icmp eq i64 %".3514", 0
  %".3516" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3517" = load i32, ptr %".3516", align 4
  %".3518" = zext i32 %".3517" to i64
  %"data.145" = inttoptr i64 %".3518" to ptr
  %".3519" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3520" = load i32, ptr %".3519", align 4
  %".3521" = zext i32 %".3520" to i64
  %"data_end.145" = inttoptr i64 %".3521" to ptr
  %".3522" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.145" = load ptr, ptr %".3522", align 8
  %".3523" = xor i1 %".3515", -1
  br i1 %".3523", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3525" = trunc i64 %"cursor.82" to i16
  %".3526" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3525", ptr %".3526", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3529" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3530" = load volatile i16, [40 x i8]* %".3529", align 2
  %".3531" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3532" = load volatile i16, [40 x i8]* %".3531", align 2
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3552" = add i64 %"cursor.82", %".3547"
  %".3553" = sub i64 %".3552", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3554" = trunc i64 %".3553" to i32
  %".3555" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3554", i64* %"last_byte", i32 1)
  %".3556" = icmp eq i64 %".3555", 0
  %".3557" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3558" = load i32, ptr %".3557", align 4
  %".3559" = zext i32 %".3558" to i64
  %"data.147" = inttoptr i64 %".3559" to ptr
  %".3560" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3561" = load i32, ptr %".3560", align 4
  %".3562" = zext i32 %".3561" to i64
  %"data_end.147" = inttoptr i64 %".3562" to ptr
  %".3563" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.147" = load ptr, ptr %".3563", align 8
  %".3564" = xor i1 %".3556", -1
  br i1 %".3564", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3566" = trunc i64 %"cursor.82" to i16
  %".3567" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3566", ptr %".3567", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3574" = trunc i64 %"cursor.82" to i16
  %".3575" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3574", ptr %".3575", align 2
  br label %"return"
udp_d1.to_vxlan:
  %".3578" = getelementptr i8, ptr %"keys.148", i64 2
  %".3579" = trunc i64 %"end.10" to i16
  store volatile i16 %".3579", ptr %".3578", align 2
  %".3581" = load volatile i16, ptr %".3578", align 2
  %".3582" = zext i16 %".3581" to i64
  %"cursor.196" = and i64 %".3582", 16383
  br label %"vxlan_d1"
udp_d1.to_geneve:
  %".3584" = getelementptr i8, ptr %"keys.148", i64 2
  %".3585" = trunc i64 %"end.10" to i16
  store volatile i16 %".3585", ptr %".3584", align 2
  %".3587" = load volatile i16, ptr %".3584", align 2
  %".3588" = zext i16 %".3587" to i64
  %"cursor.198" = and i64 %".3588", 16383
  br label %"geneve_d1"
udp_d1.to_gue:
  %".3590" = getelementptr i8, ptr %"keys.148", i64 2
  %".3591" = trunc i64 %"end.10" to i16
  store volatile i16 %".3591", ptr %".3590", align 2
  %".3593" = load volatile i16, ptr %".3590", align 2
  %".3594" = zext i16 %".3593" to i64
  %"cursor.200" = and i64 %".3594", 16383
  br label %"gue_d1"
udp_d1.to_gtpu:
  %".3596" = getelementptr i8, ptr %"keys.148", i64 2
  %".3597" = trunc i64 %"end.10" to i16
  store volatile i16 %".3597", ptr %".3596", align 2
  %".3599" = load volatile i16, ptr %".3596", align 2
  %".3600" = zext i16 %".3599" to i64
  %"cursor.202" = and i64 %".3600", 16383
  br label %"gtpu_d1"
udp_d1.to_shim:
  %".3602" = getelementptr i8, ptr %"keys.148", i64 2
  %".3603" = trunc i64 %"end.10" to i16
  store volatile i16 %".3603", ptr %".3602", align 2
  %".3605" = load volatile i16, ptr %".3602", align 2
  %".3606" = zext i16 %".3605" to i64
  %"cursor.204" = and i64 %".3606", 16383
  br label %"shim_d1"
vxlan_d1:
  %"cursor.195" = phi  i64 [%"cursor.196", %"udp_d1.to_vxlan"]
  %"data.149" = phi  ptr [%"data.148", %"udp_d1.to_vxlan"]
  %"data_end.149" = phi  ptr [%"data_end.148", %"udp_d1.to_vxlan"]
  %"keys.149" = phi  ptr [%"keys.148", %"udp_d1.to_vxlan"]
  %"hdr.52" = getelementptr i8, ptr %"data.149", i64 %"cursor.195"
  %".5286" = getelementptr i8, ptr %"hdr.52", i64 8
  %".5287" = icmp ugt ptr %".5286", %"data_end.149"
  br i1 %".5287", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.194" = phi  ptr [%"data.149", %"vxlan_d1.linear"], [%"data.193", %"vxlan_d1.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.149", %"vxlan_d1.linear"], [%"data_end.193", %"vxlan_d1.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.149", %"vxlan_d1.linear"], [%"keys.193", %"vxlan_d1.copy_failed.endif"]
  %".5307" = add i64 %"cursor.195", 8
  %".5308" = getelementptr i8, ptr %"keys.194", i64 8
  store i8 1, ptr %".5308", align 1
  %".5310" = getelementptr i8, ptr %"keys.194", i64 48
  %"flags.63" = load volatile i32, ptr %".5310", align 4
  %".5311" = and i32 %"flags.63", 4
  %".5312" = icmp ne i32 %".5311", 0
  br i1 %".5312", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
geneve_d1:
  %"cursor.197" = phi  i64 [%"cursor.198", %"udp_d1.to_geneve"]
  %"data.150" = phi  ptr [%"data.148", %"udp_d1.to_geneve"]
  %"data_end.150" = phi  ptr [%"data_end.148", %"udp_d1.to_geneve"]
  %"keys.150" = phi  ptr [%"keys.148", %"udp_d1.to_geneve"]
  %"hdr.53" = getelementptr i8, ptr %"data.150", i64 %"cursor.197"
  %".5329" = getelementptr i8, ptr %"hdr.53", i64 8
  %".5330" = icmp ugt ptr %".5329", %"data_end.150"
  br i1 %".5330", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".5332" = getelementptr i8, ptr %"hdr.53", i64 0
  %".5333" = load i8, ptr %".5332", align 1
  %".5334" = getelementptr i8, ptr %"hdr.53", i64 2
  %".5335" = load i16, ptr %".5334", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.20" = phi  i8 [%".5333", %"geneve_d1.linear"], [%".5354", %"geneve_d1.copy_failed.endif"]
  %"w2_2.19" = phi  i16 [%".5335", %"geneve_d1.linear"], [%".5356", %"geneve_d1.copy_failed.endif"]
  %"data.196" = phi  ptr [%"data.150", %"geneve_d1.linear"], [%"data.195", %"geneve_d1.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.150", %"geneve_d1.linear"], [%"data_end.195", %"geneve_d1.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.150", %"geneve_d1.linear"], [%"keys.195", %"geneve_d1.copy_failed.endif"]
  %".5358" = zext i8 %"w0_1.20" to i64
  %".5359" = lshr i64 %".5358", 6
  %".5360" = and i64 %".5359", 3
  %".5361" = icmp ne i64 %".5360", 0
  br i1 %".5361", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif"
gue_d1:
  %"cursor.199" = phi  i64 [%"cursor.200", %"udp_d1.to_gue"]
  %"data.151" = phi  ptr [%"data.148", %"udp_d1.to_gue"]
  %"data_end.151" = phi  ptr [%"data_end.148", %"udp_d1.to_gue"]
  %"keys.151" = phi  ptr [%"keys.148", %"udp_d1.to_gue"]
  %"hdr.54" = getelementptr i8, ptr %"data.151", i64 %"cursor.199"
  %".5426" = getelementptr i8, ptr %"hdr.54", i64 4
  %".5427" = icmp ugt ptr %".5426", %"data_end.151"
  br i1 %".5427", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".5429" = getelementptr i8, ptr %"hdr.54", i64 0
  %".5430" = load i8, ptr %".5429", align 1
  %".5431" = getelementptr i8, ptr %"hdr.54", i64 1
  %".5432" = load i8, ptr %".5431", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.21" = phi  i8 [%".5430", %"gue_d1.linear"], [%".5451", %"gue_d1.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".5432", %"gue_d1.linear"], [%".5453", %"gue_d1.copy_failed.endif"]
  %"data.200" = phi  ptr [%"data.151", %"gue_d1.linear"], [%"data.199", %"gue_d1.copy_failed.endif"]
  %"data_end.200" = phi  ptr [%"data_end.151", %"gue_d1.linear"], [%"data_end.199", %"gue_d1.copy_failed.endif"]
  %"keys.200" = phi  ptr [%"keys.151", %"gue_d1.linear"], [%"keys.199", %"gue_d1.copy_failed.endif"]
  %".5455" = zext i8 %"w0_1.21" to i64
  %".5456" = lshr i64 %".5455", 6
  %".5457" = and i64 %".5456", 3
  %".5458" = icmp ne i64 %".5457", 0
  %".5459" = zext i8 %"w0_1.21" to i64
  %".5460" = lshr i64 %".5459", 5
  %".5461" = and i64 %".5460", 1
  %".5462" = icmp ne i64 %".5461", 0
  %".5463" = or i1 %".5458", %".5462"
  br i1 %".5463", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif"
gtpu_d1:
  %"cursor.201" = phi  i64 [%"cursor.202", %"udp_d1.to_gtpu"]
  %"data.152" = phi  ptr [%"data.148", %"udp_d1.to_gtpu"]
  %"data_end.152" = phi  ptr [%"data_end.148", %"udp_d1.to_gtpu"]
  %"keys.152" = phi  ptr [%"keys.148", %"udp_d1.to_gtpu"]
  %"hdr.55" = getelementptr i8, ptr %"data.152", i64 %"cursor.201"
  %".5523" = getelementptr i8, ptr %"hdr.55", i64 8
  %".5524" = icmp ugt ptr %".5523", %"data_end.152"
  br i1 %".5524", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".5526" = getelementptr i8, ptr %"hdr.55", i64 0
  %".5527" = load i8, ptr %".5526", align 1
  %".5528" = getelementptr i8, ptr %"hdr.55", i64 1
  %".5529" = load i8, ptr %".5528", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.22" = phi  i8 [%".5527", %"gtpu_d1.linear"], [%".5548", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5529", %"gtpu_d1.linear"], [%".5550", %"gtpu_d1.copy_failed.endif"]
  %"data.204" = phi  ptr [%"data.152", %"gtpu_d1.linear"], [%"data.203", %"gtpu_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.152", %"gtpu_d1.linear"], [%"data_end.203", %"gtpu_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.152", %"gtpu_d1.linear"], [%"keys.203", %"gtpu_d1.copy_failed.endif"]
  %".5552" = zext i8 %"w0_1.22" to i64
  %".5553" = lshr i64 %".5552", 5
  %".5554" = and i64 %".5553", 7
  %".5555" = icmp ne i64 %".5554", 1
  %".5556" = zext i8 %"w0_1.22" to i64
  %".5557" = lshr i64 %".5556", 4
  %".5558" = and i64 %".5557", 1
  %".5559" = icmp ne i64 %".5558", 1
  %".5560" = or i1 %".5555", %".5559"
  %".5561" = zext i8 %"w1_1.14" to i64
  %".5562" = icmp ne i64 %".5561", 255
  %".5563" = or i1 %".5560", %".5562"
  br i1 %".5563", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif"
shim_d1:
  %"cursor.203" = phi  i64 [%"cursor.204", %"udp_d1.to_shim"]
  %"data.153" = phi  ptr [%"data.148", %"udp_d1.to_shim"]
  %"data_end.153" = phi  ptr [%"data_end.148", %"udp_d1.to_shim"]
  %"keys.153" = phi  ptr [%"keys.148", %"udp_d1.to_shim"]
  %"hdr.56" = getelementptr i8, ptr %"data.153", i64 %"cursor.203"
  %".5619" = getelementptr i8, ptr %"hdr.56", i64 8
  %".5620" = icmp ugt ptr %".5619", %"data_end.153"
  br i1 %".5620", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".5622" = getelementptr i8, ptr %"hdr.56", i64 2
  %".5623" = load i16, ptr %".5622", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.20" = phi  i16 [%".5623", %"shim_d1.linear"], [%".5642", %"shim_d1.copy_failed.endif"]
  %"data.206" = phi  ptr [%"data.153", %"shim_d1.linear"], [%"data.205", %"shim_d1.copy_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.153", %"shim_d1.linear"], [%"data_end.205", %"shim_d1.copy_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.153", %"shim_d1.linear"], [%"keys.205", %"shim_d1.copy_failed.endif"]
  %".5644" = add i64 %"cursor.203", 8
  %".5645" = getelementptr i8, ptr %"keys.206", i64 8
  store i8 1, ptr %".5645", align 1
  %".5647" = getelementptr i8, ptr %"keys.206", i64 48
  %"flags.67" = load volatile i32, ptr %".5647", align 4
  %".5648" = and i32 %"flags.67", 4
  %".5649" = icmp ne i32 %".5648", 0
  br i1 %".5649", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3618" = trunc i64 %"cursor.85" to i32
  %".3619" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3618", [40 x i8]* %"header_copy", i32 4)
  %".3620" = icmp eq i64 %".3619", 0
  %".3621" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3622" = load i32, ptr %".3621", align 4
  %".3623" = zext i32 %".3622" to i64
  %"data.154" = inttoptr i64 %".3623" to ptr
  %".3624" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3625" = load i32, ptr %".3624", align 4
  %".3626" = zext i32 %".3625" to i64
  %"data_end.154" = inttoptr i64 %".3626" to ptr
  %".3627" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.154" = load ptr, ptr %".3627", align 8
  %".3628" = xor i1 %".3620", -1
  br i1 %".3628", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3630" = trunc i64 %"cursor.85" to i16
  %".3631" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3630", ptr %".3631", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3634" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3635" = load volatile i8, [40 x i8]* %".3634", align 1
  %".3636" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3637" = load volatile i8, [40 x i8]* %".3636", align 1
  %".3638" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3639" = load volatile i16, [40 x i8]* %".3638", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3650" = trunc i64 %"cursor.85" to i16
  %".3651" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3650", ptr %".3651", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".3654" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3655" = zext i16 %".3654" to i64
  %".3656" = trunc i64 %".3655" to i16
  %".3657" = call i16 @"llvm.bswap.i16"(i16 %".3656")
  %".3658" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3657", ptr %".3658", align 2
  %".3660" = zext i8 %"w1_1.9" to i64
  %".3661" = and i64 %".3660", 7
  switch i64 %".3661", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".3663" = trunc i64 %"cursor.85" to i16
  %".3664" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3663", ptr %".3664", align 2
  br label %"return"
gre_version_d1.to_gre:
  %".3667" = getelementptr i8, ptr %"keys.155", i64 2
  %".3668" = trunc i64 %"cursor.85" to i16
  store volatile i16 %".3668", ptr %".3667", align 2
  %".3670" = load volatile i16, ptr %".3667", align 2
  %".3671" = zext i16 %".3670" to i64
  %"cursor.206" = and i64 %".3671", 16383
  br label %"gre_d1"
gre_version_d1.to_pptp:
  %".3673" = getelementptr i8, ptr %"keys.155", i64 2
  %".3674" = trunc i64 %"cursor.85" to i16
  store volatile i16 %".3674", ptr %".3673", align 2
  %".3676" = load volatile i16, ptr %".3673", align 2
  %".3677" = zext i16 %".3676" to i64
  %"cursor.208" = and i64 %".3677", 16383
  br label %"pptp_d1"
gre_d1:
  %"cursor.205" = phi  i64 [%"cursor.206", %"gre_version_d1.to_gre"]
  %"data.156" = phi  ptr [%"data.155", %"gre_version_d1.to_gre"]
  %"data_end.156" = phi  ptr [%"data_end.155", %"gre_version_d1.to_gre"]
  %"keys.156" = phi  ptr [%"keys.155", %"gre_version_d1.to_gre"]
  %"hdr.57" = getelementptr i8, ptr %"data.156", i64 %"cursor.205"
  %".5668" = getelementptr i8, ptr %"hdr.57", i64 4
  %".5669" = icmp ugt ptr %".5668", %"data_end.156"
  br i1 %".5669", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".5671" = getelementptr i8, ptr %"hdr.57", i64 0
  %".5672" = load i8, ptr %".5671", align 1
  %".5673" = getelementptr i8, ptr %"hdr.57", i64 1
  %".5674" = load i8, ptr %".5673", align 1
  %".5675" = getelementptr i8, ptr %"hdr.57", i64 2
  %".5676" = load i16, ptr %".5675", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.23" = phi  i8 [%".5672", %"gre_d1.linear"], [%".5695", %"gre_d1.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5674", %"gre_d1.linear"], [%".5697", %"gre_d1.copy_failed.endif"]
  %"w2_2.21" = phi  i16 [%".5676", %"gre_d1.linear"], [%".5699", %"gre_d1.copy_failed.endif"]
  %"data.208" = phi  ptr [%"data.156", %"gre_d1.linear"], [%"data.207", %"gre_d1.copy_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.156", %"gre_d1.linear"], [%"data_end.207", %"gre_d1.copy_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.156", %"gre_d1.linear"], [%"keys.207", %"gre_d1.copy_failed.endif"]
  %".5701" = zext i8 %"w1_1.15" to i64
  %".5702" = and i64 %".5701", 7
  %".5703" = icmp ne i64 %".5702", 0
  %".5704" = zext i8 %"w0_1.23" to i64
  %".5705" = lshr i64 %".5704", 6
  %".5706" = and i64 %".5705", 1
  %".5707" = icmp ne i64 %".5706", 0
  %".5708" = or i1 %".5703", %".5707"
  br i1 %".5708", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.207" = phi  i64 [%"cursor.208", %"gre_version_d1.to_pptp"]
  %"data.157" = phi  ptr [%"data.155", %"gre_version_d1.to_pptp"]
  %"data_end.157" = phi  ptr [%"data_end.155", %"gre_version_d1.to_pptp"]
  %"keys.157" = phi  ptr [%"keys.155", %"gre_version_d1.to_pptp"]
  %"hdr.58" = getelementptr i8, ptr %"data.157", i64 %"cursor.207"
  %".5844" = getelementptr i8, ptr %"hdr.58", i64 4
  %".5845" = icmp ugt ptr %".5844", %"data_end.157"
  br i1 %".5845", label %"pptp_d1.copy", label %"pptp_d1.linear", !prof !0
pptp_d1.linear:
  %".5847" = getelementptr i8, ptr %"hdr.58", i64 0
  %".5848" = load i8, ptr %".5847", align 1
  %".5849" = getelementptr i8, ptr %"hdr.58", i64 1
  %".5850" = load i8, ptr %".5849", align 1
  %".5851" = getelementptr i8, ptr %"hdr.58", i64 2
  %".5852" = load i16, ptr %".5851", align 2
  br label %"pptp_d1.header"
pptp_d1.header:
  %"w0_1.24" = phi  i8 [%".5848", %"pptp_d1.linear"], [%".5871", %"pptp_d1.copy_failed.endif"]
  %"w1_1.16" = phi  i8 [%".5850", %"pptp_d1.linear"], [%".5873", %"pptp_d1.copy_failed.endif"]
  %"w2_2.22" = phi  i16 [%".5852", %"pptp_d1.linear"], [%".5875", %"pptp_d1.copy_failed.endif"]
  %"data.212" = phi  ptr [%"data.157", %"pptp_d1.linear"], [%"data.211", %"pptp_d1.copy_failed.endif"]
  %"data_end.212" = phi  ptr [%"data_end.157", %"pptp_d1.linear"], [%"data_end.211", %"pptp_d1.copy_failed.endif"]
  %"keys.212" = phi  ptr [%"keys.157", %"pptp_d1.linear"], [%"keys.211", %"pptp_d1.copy_failed.endif"]
  %".5877" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".5878" = zext i16 %".5877" to i64
  %".5879" = icmp ne i64 %".5878", 34827
  %".5880" = zext i8 %"w0_1.24" to i64
  %".5881" = lshr i64 %".5880", 5
  %".5882" = and i64 %".5881", 1
  %".5883" = icmp eq i64 %".5882", 0
  %".5884" = or i1 %".5879", %".5883"
  br i1 %".5884", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3687" = trunc i64 %"cursor.92" to i32
  %".3688" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3687", [40 x i8]* %"header_copy", i32 2)
  %".3689" = icmp eq i64 %".3688", 0
  %".3690" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3691" = load i32, ptr %".3690", align 4
  %".3692" = zext i32 %".3691" to i64
  %"data.158" = inttoptr i64 %".3692" to ptr
  %".3693" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3694" = load i32, ptr %".3693", align 4
  %".3695" = zext i32 %".3694" to i64
  %"data_end.158" = inttoptr i64 %".3695" to ptr
  %".3696" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.158" = load ptr, ptr %".3696", align 8
  %".3697" = xor i1 %".3689", -1
  br i1 %".3697", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3699" = trunc i64 %"cursor.92" to i16
  %".3700" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".3699", ptr %".3700", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3703" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3704" = load volatile i8, [40 x i8]* %".3703", align 1
  %".3705" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3706" = load volatile i8, [40 x i8]* %".3705", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3719" = trunc i64 %"end.11" to i16
  %".3720" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3719", ptr %".3720", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  %".3723" = getelementptr i8, ptr %"keys.159", i64 2
  %".3724" = trunc i64 %"end.11" to i16
  store volatile i16 %".3724", ptr %".3723", align 2
  %".3726" = load volatile i16, ptr %".3723", align 2
  %".3727" = zext i16 %".3726" to i64
  %"cursor.210" = and i64 %".3727", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3729" = getelementptr i8, ptr %"keys.159", i64 2
  %".3730" = trunc i64 %"end.11" to i16
  store volatile i16 %".3730", ptr %".3729", align 2
  %".3732" = load volatile i16, ptr %".3729", align 2
  %".3733" = zext i16 %".3732" to i64
  %"cursor.211" = and i64 %".3733", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3735" = getelementptr i8, ptr %"keys.159", i64 2
  %".3736" = trunc i64 %"end.11" to i16
  store volatile i16 %".3736", ptr %".3735", align 2
  %".3738" = load volatile i16, ptr %".3735", align 2
  %".3739" = zext i16 %".3738" to i64
  %"cursor.212" = and i64 %".3739", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  %".3741" = getelementptr i8, ptr %"keys.159", i64 2
  %".3742" = trunc i64 %"end.11" to i16
  store volatile i16 %".3742", ptr %".3741", align 2
  %".3744" = load volatile i16, ptr %".3741", align 2
  %".3745" = zext i16 %".3744" to i64
  %"cursor.214" = and i64 %".3745", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  %".3747" = getelementptr i8, ptr %"keys.159", i64 2
  %".3748" = trunc i64 %"end.11" to i16
  store volatile i16 %".3748", ptr %".3747", align 2
  %".3750" = load volatile i16, ptr %".3747", align 2
  %".3751" = zext i16 %".3750" to i64
  %"cursor.215" = and i64 %".3751", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  %".3753" = getelementptr i8, ptr %"keys.159", i64 2
  %".3754" = trunc i64 %"end.11" to i16
  store volatile i16 %".3754", ptr %".3753", align 2
  %".3756" = load volatile i16, ptr %".3753", align 2
  %".3757" = zext i16 %".3756" to i64
  %"cursor.216" = and i64 %".3757", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  %".3759" = getelementptr i8, ptr %"keys.159", i64 2
  %".3760" = trunc i64 %"end.11" to i16
  store volatile i16 %".3760", ptr %".3759", align 2
  %".3762" = load volatile i16, ptr %".3759", align 2
  %".3763" = zext i16 %".3762" to i64
  %"cursor.217" = and i64 %".3763", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre_version:
  %".3765" = getelementptr i8, ptr %"keys.159", i64 2
  %".3766" = trunc i64 %"end.11" to i16
  store volatile i16 %".3766", ptr %".3765", align 2
  %".3768" = load volatile i16, ptr %".3765", align 2
  %".3769" = zext i16 %".3768" to i64
  %"cursor.218" = and i64 %".3769", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  %".3771" = getelementptr i8, ptr %"keys.159", i64 2
  %".3772" = trunc i64 %"end.11" to i16
  store volatile i16 %".3772", ptr %".3771", align 2
  %".3774" = load volatile i16, ptr %".3771", align 2
  %".3775" = zext i16 %".3774" to i64
  %"cursor.219" = and i64 %".3775", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  %".3777" = getelementptr i8, ptr %"keys.159", i64 2
  %".3778" = trunc i64 %"end.11" to i16
  store volatile i16 %".3778", ptr %".3777", align 2
  %".3780" = load volatile i16, ptr %".3777", align 2
  %".3781" = zext i16 %".3780" to i64
  %"cursor.220" = and i64 %".3781", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  %".3783" = getelementptr i8, ptr %"keys.159", i64 2
  %".3784" = trunc i64 %"end.11" to i16
  store volatile i16 %".3784", ptr %".3783", align 2
  %".3786" = load volatile i16, ptr %".3783", align 2
  %".3787" = zext i16 %".3786" to i64
  %"cursor.221" = and i64 %".3787", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  %".3789" = getelementptr i8, ptr %"keys.159", i64 2
  %".3790" = trunc i64 %"end.11" to i16
  store volatile i16 %".3790", ptr %".3789", align 2
  %".3792" = load volatile i16, ptr %".3789", align 2
  %".3793" = zext i16 %".3792" to i64
  %"cursor.222" = and i64 %".3793", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  %".3795" = getelementptr i8, ptr %"keys.159", i64 2
  %".3796" = trunc i64 %"end.11" to i16
  store volatile i16 %".3796", ptr %".3795", align 2
  %".3798" = load volatile i16, ptr %".3795", align 2
  %".3799" = zext i16 %".3798" to i64
  %"cursor.223" = and i64 %".3799", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".3801" = trunc i64 34887 to i16
  %".3802" = call i16 @"llvm.bswap.i16"(i16 %".3801")
  %".3803" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3802", ptr %".3803", align 2
  %".3805" = getelementptr i8, ptr %"keys.159", i64 2
  %".3806" = trunc i64 %"end.11" to i16
  store volatile i16 %".3806", ptr %".3805", align 2
  %".3808" = load volatile i16, ptr %".3805", align 2
  %".3809" = zext i16 %".3808" to i64
  %"cursor.224" = and i64 %".3809", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3811" = trunc i64 2048 to i16
  %".3812" = call i16 @"llvm.bswap.i16"(i16 %".3811")
  %".3813" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3812", ptr %".3813", align 2
  %".3815" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".3815", align 1
  %".3817" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.37" = load volatile i32, ptr %".3817", align 4
  %".3818" = and i32 %"flags.37", 4
  %".3819" = icmp ne i32 %".3818", 0
  br i1 %".3819", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3831" = trunc i64 34525 to i16
  %".3832" = call i16 @"llvm.bswap.i16"(i16 %".3831")
  %".3833" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3832", ptr %".3833", align 2
  %".3835" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".3835", align 1
  %".3837" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.38" = load volatile i32, ptr %".3837", align 4
  %".3838" = and i32 %"flags.38", 4
  %".3839" = icmp ne i32 %".3838", 0
  br i1 %".3839", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.209" = phi  i64 [%"cursor.210", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.211", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.212", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.225", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.226", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.227", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data.160" = phi  ptr [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.160" = phi  ptr [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.160" = phi  ptr [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.59" = getelementptr i8, ptr %"data.160", i64 %"cursor.209"
  %".5942" = getelementptr i8, ptr %"hdr.59", i64 2
  %".5943" = icmp ugt ptr %".5942", %"data_end.160"
  br i1 %".5943", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".5945" = getelementptr i8, ptr %"hdr.59", i64 0
  %".5946" = load i8, ptr %".5945", align 1
  %".5947" = getelementptr i8, ptr %"hdr.59", i64 1
  %".5948" = load i8, ptr %".5947", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.25" = phi  i8 [%".5946", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5967", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.17" = phi  i8 [%".5948", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5969", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.217" = phi  ptr [%"data.160", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.217" = phi  ptr [%"data_end.160", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.217" = phi  ptr [%"keys.160", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".5971" = zext i8 %"w0_1.25" to i64
  %".5972" = trunc i64 %".5971" to i8
  %".5973" = getelementptr i8, ptr %"keys.217", i64 9
  store i8 %".5972", ptr %".5973", align 1
  %".5975" = add i64 %"cursor.209", 2
  %".5976" = zext i8 %"w1_1.17" to i64
  %".5977" = mul i64 %".5976", 8
  %".5978" = add i64 %".5977", 6
  %".5979" = add i64 %".5978", 2
  %"end.17" = add i64 %"cursor.209", %".5979"
  %".5980" = zext i8 %"w0_1.25" to i64
  switch i64 %".5980", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.213" = phi  i64 [%"cursor.214", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"cursor.228", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data.161" = phi  ptr [%"data.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data_end.161" = phi  ptr [%"data_end.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"keys.161" = phi  ptr [%"keys.159", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"hdr.60" = getelementptr i8, ptr %"data.161", i64 %"cursor.213"
  %".6114" = getelementptr i8, ptr %"hdr.60", i64 8
  %".6115" = icmp ugt ptr %".6114", %"data_end.161"
  br i1 %".6115", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".6117" = getelementptr i8, ptr %"hdr.60", i64 0
  %".6118" = load i8, ptr %".6117", align 1
  %".6119" = getelementptr i8, ptr %"hdr.60", i64 2
  %".6120" = load i16, ptr %".6119", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.26" = phi  i8 [%".6118", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".6139", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.23" = phi  i16 [%".6120", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".6141", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.221" = phi  ptr [%"data.161", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.221" = phi  ptr [%"data_end.161", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.221" = phi  ptr [%"keys.161", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".6143" = zext i8 %"w0_1.26" to i64
  %".6144" = trunc i64 %".6143" to i8
  %".6145" = getelementptr i8, ptr %"keys.221", i64 9
  store i8 %".6144", ptr %".6145", align 1
  %".6147" = add i64 %"cursor.213", 8
  %".6148" = icmp ne i64 1, 0
  %".6149" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.23")
  %".6150" = zext i16 %".6149" to i64
  %".6151" = and i64 %".6150", 65528
  %".6152" = icmp eq i64 %".6151", 0
  br i1 %".6148", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3821" = trunc i64 %"end.11" to i16
  %".3822" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3821", ptr %".3822", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3825" = getelementptr i8, ptr %"keys.159", i64 12
  store i32 0, ptr %".3825", align 4
  %".3827" = trunc i64 %"end.11" to i16
  %".3828" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3827", ptr %".3828", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3841" = trunc i64 %"end.11" to i16
  %".3842" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3841", ptr %".3842", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3845" = getelementptr i8, ptr %"keys.159", i64 12
  store i32 0, ptr %".3845", align 4
  %".3847" = trunc i64 %"end.11" to i16
  %".3848" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3847", ptr %".3848", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3859" = trunc i64 %"cursor.96" to i32
  %".3860" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3859", [40 x i8]* %"header_copy", i32 8)
  %".3861" = icmp eq i64 %".3860", 0
  %".3862" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3863" = load i32, ptr %".3862", align 4
  %".3864" = zext i32 %".3863" to i64
  %"data.162" = inttoptr i64 %".3864" to ptr
  %".3865" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3866" = load i32, ptr %".3865", align 4
  %".3867" = zext i32 %".3866" to i64
  %"data_end.162" = inttoptr i64 %".3867" to ptr
  %".3868" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.162" = load ptr, ptr %".3868", align 8
  %".3869" = xor i1 %".3861", -1
  br i1 %".3869", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3871" = trunc i64 %"cursor.96" to i16
  %".3872" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3871", ptr %".3872", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3875" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3876" = load volatile i8, [40 x i8]* %".3875", align 1
  %".3877" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3878" = load volatile i16, [40 x i8]* %".3877", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3891" = getelementptr i8, ptr %"keys.163", i64 6
  store i8 1, ptr %".3891", align 1
  br i1 %".3889", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3911" = zext i8 %"w0_1.16" to i64
  switch i64 %".3911", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3894" = getelementptr i8, ptr %"keys.163", i64 7
  store i8 1, ptr %".3894", align 1
  %".3896" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.39" = load volatile i32, ptr %".3896", align 4
  %".3897" = and i32 %"flags.39", 1
  %".3898" = icmp ne i32 %".3897", 0
  %".3899" = xor i1 %".3898", -1
  br i1 %".3899", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3906" = trunc i64 %".3884" to i16
  %".3907" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".3906", ptr %".3907", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3901" = trunc i64 %".3884" to i16
  %".3902" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".3901", ptr %".3902", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3913" = trunc i64 %".3884" to i16
  %".3914" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".3913", ptr %".3914", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  %".3917" = getelementptr i8, ptr %"keys.163", i64 2
  %".3918" = trunc i64 %".3884" to i16
  store volatile i16 %".3918", ptr %".3917", align 2
  %".3920" = load volatile i16, ptr %".3917", align 2
  %".3921" = zext i16 %".3920" to i64
  %"cursor.225" = and i64 %".3921", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3923" = getelementptr i8, ptr %"keys.163", i64 2
  %".3924" = trunc i64 %".3884" to i16
  store volatile i16 %".3924", ptr %".3923", align 2
  %".3926" = load volatile i16, ptr %".3923", align 2
  %".3927" = zext i16 %".3926" to i64
  %"cursor.226" = and i64 %".3927", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3929" = getelementptr i8, ptr %"keys.163", i64 2
  %".3930" = trunc i64 %".3884" to i16
  store volatile i16 %".3930", ptr %".3929", align 2
  %".3932" = load volatile i16, ptr %".3929", align 2
  %".3933" = zext i16 %".3932" to i64
  %"cursor.227" = and i64 %".3933", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  %".3935" = getelementptr i8, ptr %"keys.163", i64 2
  %".3936" = trunc i64 %".3884" to i16
  store volatile i16 %".3936", ptr %".3935", align 2
  %".3938" = load volatile i16, ptr %".3935", align 2
  %".3939" = zext i16 %".3938" to i64
  %"cursor.228" = and i64 %".3939", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  %".3941" = getelementptr i8, ptr %"keys.163", i64 2
  %".3942" = trunc i64 %".3884" to i16
  store volatile i16 %".3942", ptr %".3941", align 2
  %".3944" = load volatile i16, ptr %".3941", align 2
  %".3945" = zext i16 %".3944" to i64
  %"cursor.229" = and i64 %".3945", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  %".3947" = getelementptr i8, ptr %"keys.163", i64 2
  %".3948" = trunc i64 %".3884" to i16
  store volatile i16 %".3948", ptr %".3947", align 2
  %".3950" = load volatile i16, ptr %".3947", align 2
  %".3951" = zext i16 %".3950" to i64
  %"cursor.230" = and i64 %".3951", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  %".3953" = getelementptr i8, ptr %"keys.163", i64 2
  %".3954" = trunc i64 %".3884" to i16
  store volatile i16 %".3954", ptr %".3953", align 2
  %".3956" = load volatile i16, ptr %".3953", align 2
  %".3957" = zext i16 %".3956" to i64
  %"cursor.231" = and i64 %".3957", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre_version:
  %".3959" = getelementptr i8, ptr %"keys.163", i64 2
  %".3960" = trunc i64 %".3884" to i16
  store volatile i16 %".3960", ptr %".3959", align 2
  %".3962" = load volatile i16, ptr %".3959", align 2
  %".3963" = zext i16 %".3962" to i64
  %"cursor.232" = and i64 %".3963", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  %".3965" = getelementptr i8, ptr %"keys.163", i64 2
  %".3966" = trunc i64 %".3884" to i16
  store volatile i16 %".3966", ptr %".3965", align 2
  %".3968" = load volatile i16, ptr %".3965", align 2
  %".3969" = zext i16 %".3968" to i64
  %"cursor.233" = and i64 %".3969", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  %".3971" = getelementptr i8, ptr %"keys.163", i64 2
  %".3972" = trunc i64 %".3884" to i16
  store volatile i16 %".3972", ptr %".3971", align 2
  %".3974" = load volatile i16, ptr %".3971", align 2
  %".3975" = zext i16 %".3974" to i64
  %"cursor.234" = and i64 %".3975", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  %".3977" = getelementptr i8, ptr %"keys.163", i64 2
  %".3978" = trunc i64 %".3884" to i16
  store volatile i16 %".3978", ptr %".3977", align 2
  %".3980" = load volatile i16, ptr %".3977", align 2
  %".3981" = zext i16 %".3980" to i64
  %"cursor.235" = and i64 %".3981", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  %".3983" = getelementptr i8, ptr %"keys.163", i64 2
  %".3984" = trunc i64 %".3884" to i16
  store volatile i16 %".3984", ptr %".3983", align 2
  %".3986" = load volatile i16, ptr %".3983", align 2
  %".3987" = zext i16 %".3986" to i64
  %"cursor.236" = and i64 %".3987", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  %".3989" = getelementptr i8, ptr %"keys.163", i64 2
  %".3990" = trunc i64 %".3884" to i16
  store volatile i16 %".3990", ptr %".3989", align 2
  %".3992" = load volatile i16, ptr %".3989", align 2
  %".3993" = zext i16 %".3992" to i64
  %"cursor.237" = and i64 %".3993", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".3995" = trunc i64 34887 to i16
  %".3996" = call i16 @"llvm.bswap.i16"(i16 %".3995")
  %".3997" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".3996", ptr %".3997", align 2
  %".3999" = getelementptr i8, ptr %"keys.163", i64 2
  %".4000" = trunc i64 %".3884" to i16
  store volatile i16 %".4000", ptr %".3999", align 2
  %".4002" = load volatile i16, ptr %".3999", align 2
  %".4003" = zext i16 %".4002" to i64
  %"cursor.238" = and i64 %".4003", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".4005" = trunc i64 2048 to i16
  %".4006" = call i16 @"llvm.bswap.i16"(i16 %".4005")
  %".4007" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4006", ptr %".4007", align 2
  %".4009" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4009", align 1
  %".4011" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.40" = load volatile i32, ptr %".4011", align 4
  %".4012" = and i32 %"flags.40", 4
  %".4013" = icmp ne i32 %".4012", 0
  br i1 %".4013", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".4025" = trunc i64 34525 to i16
  %".4026" = call i16 @"llvm.bswap.i16"(i16 %".4025")
  %".4027" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4026", ptr %".4027", align 2
  %".4029" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4029", align 1
  %".4031" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.41" = load volatile i32, ptr %".4031", align 4
  %".4032" = and i32 %"flags.41", 4
  %".4033" = icmp ne i32 %".4032", 0
  br i1 %".4033", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".4015" = trunc i64 %".3884" to i16
  %".4016" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4015", ptr %".4016", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".4019" = getelementptr i8, ptr %"keys.163", i64 12
  store i32 0, ptr %".4019", align 4
  %".4021" = trunc i64 %".3884" to i16
  %".4022" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4021", ptr %".4022", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".4035" = trunc i64 %".3884" to i16
  %".4036" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4035", ptr %".4036", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".4039" = getelementptr i8, ptr %"keys.163", i64 12
  store i32 0, ptr %".4039", align 4
  %".4041" = trunc i64 %".3884" to i16
  %".4042" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4041", ptr %".4042", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4053" = trunc i64 %"cursor.107" to i32
  %".4054" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4053", [40 x i8]* %"header_copy", i32 2)
  %".4055" = icmp eq i64 %".4054", 0
  %".4056" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4057" = load i32, ptr %".4056", align 4
  %".4058" = zext i32 %".4057" to i64
  %"data.164" = inttoptr i64 %".4058" to ptr
  %".4059" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4060" = load i32, ptr %".4059", align 4
  %".4061" = zext i32 %".4060" to i64
  %"data_end.164" = inttoptr i64 %".4061" to ptr
  %".4062" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.164" = load ptr, ptr %".4062", align 8
  %".4063" = xor i1 %".4055", -1
  br i1 %".4063", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".4065" = trunc i64 %"cursor.107" to i16
  %".4066" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".4065", ptr %".4066", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".4069" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4070" = load volatile i8, [40 x i8]* %".4069", align 1
  %".4071" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4072" = load volatile i8, [40 x i8]* %".4071", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".4085" = trunc i64 %"end.12" to i16
  %".4086" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4085", ptr %".4086", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  %".4091" = getelementptr i8, ptr %"keys.165", i64 2
  %".4092" = trunc i64 %"end.12" to i16
  store volatile i16 %".4092", ptr %".4091", align 2
  %".4094" = load volatile i16, ptr %".4091", align 2
  %".4095" = zext i16 %".4094" to i64
  %"cursor.240" = and i64 %".4095", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  %".4098" = getelementptr i8, ptr %"keys.165", i64 2
  %".4099" = trunc i64 %"end.12" to i16
  store volatile i16 %".4099", ptr %".4098", align 2
  %".4101" = load volatile i16, ptr %".4098", align 2
  %".4102" = zext i16 %".4101" to i64
  %"cursor.242" = and i64 %".4102", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  %".4104" = getelementptr i8, ptr %"keys.165", i64 2
  %".4105" = trunc i64 %"end.12" to i16
  store volatile i16 %".4105", ptr %".4104", align 2
  %".4107" = load volatile i16, ptr %".4104", align 2
  %".4108" = zext i16 %".4107" to i64
  %"cursor.243" = and i64 %".4108", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  %".4110" = getelementptr i8, ptr %"keys.165", i64 2
  %".4111" = trunc i64 %"end.12" to i16
  store volatile i16 %".4111", ptr %".4110", align 2
  %".4113" = load volatile i16, ptr %".4110", align 2
  %".4114" = zext i16 %".4113" to i64
  %"cursor.244" = and i64 %".4114", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre_version:
  %".4116" = getelementptr i8, ptr %"keys.165", i64 2
  %".4117" = trunc i64 %"end.12" to i16
  store volatile i16 %".4117", ptr %".4116", align 2
  %".4119" = load volatile i16, ptr %".4116", align 2
  %".4120" = zext i16 %".4119" to i64
  %"cursor.245" = and i64 %".4120", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  %".4122" = getelementptr i8, ptr %"keys.165", i64 2
  %".4123" = trunc i64 %"end.12" to i16
  store volatile i16 %".4123", ptr %".4122", align 2
  %".4125" = load volatile i16, ptr %".4122", align 2
  %".4126" = zext i16 %".4125" to i64
  %"cursor.246" = and i64 %".4126", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  %".4128" = getelementptr i8, ptr %"keys.165", i64 2
  %".4129" = trunc i64 %"end.12" to i16
  store volatile i16 %".4129", ptr %".4128", align 2
  %".4131" = load volatile i16, ptr %".4128", align 2
  %".4132" = zext i16 %".4131" to i64
  %"cursor.247" = and i64 %".4132", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  %".4134" = getelementptr i8, ptr %"keys.165", i64 2
  %".4135" = trunc i64 %"end.12" to i16
  store volatile i16 %".4135", ptr %".4134", align 2
  %".4137" = load volatile i16, ptr %".4134", align 2
  %".4138" = zext i16 %".4137" to i64
  %"cursor.248" = and i64 %".4138", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  %".4140" = getelementptr i8, ptr %"keys.165", i64 2
  %".4141" = trunc i64 %"end.12" to i16
  store volatile i16 %".4141", ptr %".4140", align 2
  %".4143" = load volatile i16, ptr %".4140", align 2
  %".4144" = zext i16 %".4143" to i64
  %"cursor.249" = and i64 %".4144", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  %".4146" = getelementptr i8, ptr %"keys.165", i64 2
  %".4147" = trunc i64 %"end.12" to i16
  store volatile i16 %".4147", ptr %".4146", align 2
  %".4149" = load volatile i16, ptr %".4146", align 2
  %".4150" = zext i16 %".4149" to i64
  %"cursor.250" = and i64 %".4150", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".4152" = trunc i64 34887 to i16
  %".4153" = call i16 @"llvm.bswap.i16"(i16 %".4152")
  %".4154" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".4153", ptr %".4154", align 2
  %".4156" = getelementptr i8, ptr %"keys.165", i64 2
  %".4157" = trunc i64 %"end.12" to i16
  store volatile i16 %".4157", ptr %".4156", align 2
  %".4159" = load volatile i16, ptr %".4156", align 2
  %".4160" = zext i16 %".4159" to i64
  %"cursor.251" = and i64 %".4160", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".4162" = trunc i64 2048 to i16
  %".4163" = call i16 @"llvm.bswap.i16"(i16 %".4162")
  %".4164" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".4163", ptr %".4164", align 2
  %".4166" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".4166", align 1
  %".4168" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.42" = load volatile i32, ptr %".4168", align 4
  %".4169" = and i32 %"flags.42", 4
  %".4170" = icmp ne i32 %".4169", 0
  br i1 %".4170", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".4184" = trunc i64 34525 to i16
  %".4185" = call i16 @"llvm.bswap.i16"(i16 %".4184")
  %".4186" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".4185", ptr %".4186", align 2
  %".4188" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".4188", align 1
  %".4190" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.43" = load volatile i32, ptr %".4190", align 4
  %".4191" = and i32 %"flags.43", 4
  %".4192" = icmp ne i32 %".4191", 0
  br i1 %".4192", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.239" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.240", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.254", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"cursor.255", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.256", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data.166" = phi  ptr [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.166" = phi  ptr [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.166" = phi  ptr [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.61" = getelementptr i8, ptr %"data.166", i64 %"cursor.239"
  %".6308" = getelementptr i8, ptr %"hdr.61", i64 2
  %".6309" = icmp ugt ptr %".6308", %"data_end.166"
  br i1 %".6309", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".6311" = getelementptr i8, ptr %"hdr.61", i64 0
  %".6312" = load i8, ptr %".6311", align 1
  %".6313" = getelementptr i8, ptr %"hdr.61", i64 1
  %".6314" = load i8, ptr %".6313", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".6312", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".6333", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.18" = phi  i8 [%".6314", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".6335", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.223" = phi  ptr [%"data.166", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.166", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.166", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".6337" = zext i8 %"w0_1.27" to i64
  %".6338" = trunc i64 %".6337" to i8
  %".6339" = getelementptr i8, ptr %"keys.223", i64 9
  store i8 %".6338", ptr %".6339", align 1
  %".6341" = add i64 %"cursor.239", 2
  %".6342" = zext i8 %"w1_1.18" to i64
  %".6343" = mul i64 %".6342", 8
  %".6344" = add i64 %".6343", 6
  %".6345" = add i64 %".6344", 2
  %"end.18" = add i64 %"cursor.239", %".6345"
  %".6346" = zext i8 %"w0_1.27" to i64
  switch i64 %".6346", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.241" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".4239", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data.167" = phi  ptr [%"data.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data_end.167" = phi  ptr [%"data_end.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"keys.167" = phi  ptr [%"keys.165", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.169", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"hdr.62" = getelementptr i8, ptr %"data.167", i64 %"cursor.241"
  %".6476" = getelementptr i8, ptr %"hdr.62", i64 8
  %".6477" = icmp ugt ptr %".6476", %"data_end.167"
  br i1 %".6477", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".6479" = getelementptr i8, ptr %"hdr.62", i64 0
  %".6480" = load i8, ptr %".6479", align 1
  %".6481" = getelementptr i8, ptr %"hdr.62", i64 2
  %".6482" = load i16, ptr %".6481", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.28" = phi  i8 [%".6480", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".6501", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.24" = phi  i16 [%".6482", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".6503", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.225" = phi  ptr [%"data.167", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.225" = phi  ptr [%"data_end.167", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.225" = phi  ptr [%"keys.167", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".6505" = zext i8 %"w0_1.28" to i64
  %".6506" = trunc i64 %".6505" to i8
  %".6507" = getelementptr i8, ptr %"keys.225", i64 9
  store i8 %".6506", ptr %".6507", align 1
  %".6509" = add i64 %"cursor.241", 8
  %".6510" = icmp ne i64 1, 0
  %".6511" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.24")
  %".6512" = zext i16 %".6511" to i64
  %".6513" = and i64 %".6512", 65528
  %".6514" = icmp eq i64 %".6513", 0
  br i1 %".6510", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".4172" = trunc i64 %"end.12" to i16
  %".4173" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4172", ptr %".4173", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".4176" = getelementptr i8, ptr %"keys.165", i64 12
  store i32 0, ptr %".4176", align 4
  %".4178" = getelementptr i8, ptr %"keys.165", i64 2
  %".4179" = trunc i64 %"end.12" to i16
  store volatile i16 %".4179", ptr %".4178", align 2
  %".4181" = load volatile i16, ptr %".4178", align 2
  %".4182" = zext i16 %".4181" to i64
  %"cursor.252" = and i64 %".4182", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".4194" = trunc i64 %"end.12" to i16
  %".4195" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4194", ptr %".4195", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".4198" = getelementptr i8, ptr %"keys.165", i64 12
  store i32 0, ptr %".4198", align 4
  %".4200" = getelementptr i8, ptr %"keys.165", i64 2
  %".4201" = trunc i64 %"end.12" to i16
  store volatile i16 %".4201", ptr %".4200", align 2
  %".4203" = load volatile i16, ptr %".4200", align 2
  %".4204" = zext i16 %".4203" to i64
  %"cursor.253" = and i64 %".4204", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4214" = trunc i64 %"cursor.109" to i32
  %".4215" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4214", [40 x i8]* %"header_copy", i32 8)
  %".4216" = icmp eq i64 %".4215", 0
  %".4217" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4218" = load i32, ptr %".4217", align 4
  %".4219" = zext i32 %".4218" to i64
  %"data.168" = inttoptr i64 %".4219" to ptr
  %".4220" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4221" = load i32, ptr %".4220", align 4
  %".4222" = zext i32 %".4221" to i64
  %"data_end.168" = inttoptr i64 %".4222" to ptr
  %".4223" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.168" = load ptr, ptr %".4223", align 8
  %".4224" = xor i1 %".4216", -1
  br i1 %".4224", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".4226" = trunc i64 %"cursor.109" to i16
  %".4227" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".4226", ptr %".4227", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".4230" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4231" = load volatile i8, [40 x i8]* %".4230", align 1
  %".4232" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4233" = load volatile i16, [40 x i8]* %".4232", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".4246" = getelementptr i8, ptr %"keys.169", i64 6
  store i8 1, ptr %".4246", align 1
  br i1 %".4244", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".4266" = zext i8 %"w0_1.18" to i64
  switch i64 %".4266", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".4249" = getelementptr i8, ptr %"keys.169", i64 7
  store i8 1, ptr %".4249", align 1
  %".4251" = getelementptr i8, ptr %"keys.169", i64 48
  %"flags.44" = load volatile i32, ptr %".4251", align 4
  %".4252" = and i32 %"flags.44", 1
  %".4253" = icmp ne i32 %".4252", 0
  %".4254" = xor i1 %".4253", -1
  br i1 %".4254", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".4261" = trunc i64 %".4239" to i16
  %".4262" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".4261", ptr %".4262", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".4256" = trunc i64 %".4239" to i16
  %".4257" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".4256", ptr %".4257", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".4268" = trunc i64 %".4239" to i16
  %".4269" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".4268", ptr %".4269", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  %".4272" = getelementptr i8, ptr %"keys.169", i64 2
  %".4273" = trunc i64 %".4239" to i16
  store volatile i16 %".4273", ptr %".4272", align 2
  %".4275" = load volatile i16, ptr %".4272", align 2
  %".4276" = zext i16 %".4275" to i64
  %"cursor.254" = and i64 %".4276", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  %".4278" = getelementptr i8, ptr %"keys.169", i64 2
  %".4279" = trunc i64 %".4239" to i16
  store volatile i16 %".4279", ptr %".4278", align 2
  %".4281" = load volatile i16, ptr %".4278", align 2
  %".4282" = zext i16 %".4281" to i64
  %"cursor.255" = and i64 %".4282", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  %".4284" = getelementptr i8, ptr %"keys.169", i64 2
  %".4285" = trunc i64 %".4239" to i16
  store volatile i16 %".4285", ptr %".4284", align 2
  %".4287" = load volatile i16, ptr %".4284", align 2
  %".4288" = zext i16 %".4287" to i64
  %"cursor.256" = and i64 %".4288", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  %".4291" = getelementptr i8, ptr %"keys.169", i64 2
  %".4292" = trunc i64 %".4239" to i16
  store volatile i16 %".4292", ptr %".4291", align 2
  %".4294" = load volatile i16, ptr %".4291", align 2
  %".4295" = zext i16 %".4294" to i64
  %"cursor.257" = and i64 %".4295", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  %".4297" = getelementptr i8, ptr %"keys.169", i64 2
  %".4298" = trunc i64 %".4239" to i16
  store volatile i16 %".4298", ptr %".4297", align 2
  %".4300" = load volatile i16, ptr %".4297", align 2
  %".4301" = zext i16 %".4300" to i64
  %"cursor.258" = and i64 %".4301", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  %".4303" = getelementptr i8, ptr %"keys.169", i64 2
  %".4304" = trunc i64 %".4239" to i16
  store volatile i16 %".4304", ptr %".4303", align 2
  %".4306" = load volatile i16, ptr %".4303", align 2
  %".4307" = zext i16 %".4306" to i64
  %"cursor.259" = and i64 %".4307", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre_version:
  %".4309" = getelementptr i8, ptr %"keys.169", i64 2
  %".4310" = trunc i64 %".4239" to i16
  store volatile i16 %".4310", ptr %".4309", align 2
  %".4312" = load volatile i16, ptr %".4309", align 2
  %".4313" = zext i16 %".4312" to i64
  %"cursor.260" = and i64 %".4313", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  %".4315" = getelementptr i8, ptr %"keys.169", i64 2
  %".4316" = trunc i64 %".4239" to i16
  store volatile i16 %".4316", ptr %".4315", align 2
  %".4318" = load volatile i16, ptr %".4315", align 2
  %".4319" = zext i16 %".4318" to i64
  %"cursor.261" = and i64 %".4319", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  %".4321" = getelementptr i8, ptr %"keys.169", i64 2
  %".4322" = trunc i64 %".4239" to i16
  store volatile i16 %".4322", ptr %".4321", align 2
  %".4324" = load volatile i16, ptr %".4321", align 2
  %".4325" = zext i16 %".4324" to i64
  %"cursor.262" = and i64 %".4325", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  %".4327" = getelementptr i8, ptr %"keys.169", i64 2
  %".4328" = trunc i64 %".4239" to i16
  store volatile i16 %".4328", ptr %".4327", align 2
  %".4330" = load volatile i16, ptr %".4327", align 2
  %".4331" = zext i16 %".4330" to i64
  %"cursor.263" = and i64 %".4331", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  %".4333" = getelementptr i8, ptr %"keys.169", i64 2
  %".4334" = trunc i64 %".4239" to i16
  store volatile i16 %".4334", ptr %".4333", align 2
  %".4336" = load volatile i16, ptr %".4333", align 2
  %".4337" = zext i16 %".4336" to i64
  %"cursor.264" = and i64 %".4337", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  %".4339" = getelementptr i8, ptr %"keys.169", i64 2
  %".4340" = trunc i64 %".4239" to i16
  store volatile i16 %".4340", ptr %".4339", align 2
  %".4342" = load volatile i16, ptr %".4339", align 2
  %".4343" = zext i16 %".4342" to i64
  %"cursor.265" = and i64 %".4343", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".4345" = trunc i64 34887 to i16
  %".4346" = call i16 @"llvm.bswap.i16"(i16 %".4345")
  %".4347" = getelementptr i8, ptr %"keys.169", i64 10
  store i16 %".4346", ptr %".4347", align 2
  %".4349" = getelementptr i8, ptr %"keys.169", i64 2
  %".4350" = trunc i64 %".4239" to i16
  store volatile i16 %".4350", ptr %".4349", align 2
  %".4352" = load volatile i16, ptr %".4349", align 2
  %".4353" = zext i16 %".4352" to i64
  %"cursor.266" = and i64 %".4353", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".4355" = trunc i64 2048 to i16
  %".4356" = call i16 @"llvm.bswap.i16"(i16 %".4355")
  %".4357" = getelementptr i8, ptr %"keys.169", i64 10
  store i16 %".4356", ptr %".4357", align 2
  %".4359" = getelementptr i8, ptr %"keys.169", i64 8
  store i8 1, ptr %".4359", align 1
  %".4361" = getelementptr i8, ptr %"keys.169", i64 48
  %"flags.45" = load volatile i32, ptr %".4361", align 4
  %".4362" = and i32 %"flags.45", 4
  %".4363" = icmp ne i32 %".4362", 0
  br i1 %".4363", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".4377" = trunc i64 34525 to i16
  %".4378" = call i16 @"llvm.bswap.i16"(i16 %".4377")
  %".4379" = getelementptr i8, ptr %"keys.169", i64 10
  store i16 %".4378", ptr %".4379", align 2
  %".4381" = getelementptr i8, ptr %"keys.169", i64 8
  store i8 1, ptr %".4381", align 1
  %".4383" = getelementptr i8, ptr %"keys.169", i64 48
  %"flags.46" = load volatile i32, ptr %".4383", align 4
  %".4384" = and i32 %"flags.46", 4
  %".4385" = icmp ne i32 %".4384", 0
  br i1 %".4385", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".4365" = trunc i64 %".4239" to i16
  %".4366" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".4365", ptr %".4366", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".4369" = getelementptr i8, ptr %"keys.169", i64 12
  store i32 0, ptr %".4369", align 4
  %".4371" = getelementptr i8, ptr %"keys.169", i64 2
  %".4372" = trunc i64 %".4239" to i16
  store volatile i16 %".4372", ptr %".4371", align 2
  %".4374" = load volatile i16, ptr %".4371", align 2
  %".4375" = zext i16 %".4374" to i64
  %"cursor.267" = and i64 %".4375", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".4387" = trunc i64 %".4239" to i16
  %".4388" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".4387", ptr %".4388", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".4391" = getelementptr i8, ptr %"keys.169", i64 12
  store i32 0, ptr %".4391", align 4
  %".4393" = getelementptr i8, ptr %"keys.169", i64 2
  %".4394" = trunc i64 %".4239" to i16
  store volatile i16 %".4394", ptr %".4393", align 2
  %".4396" = load volatile i16, ptr %".4393", align 2
  %".4397" = zext i16 %".4396" to i64
  %"cursor.268" = and i64 %".4397", 16383
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4406" = trunc i64 %"cursor.151" to i32
  %".4407" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4406", [40 x i8]* %"header_copy", i32 4)
  %".4408" = icmp eq i64 %".4407", 0
  %".4409" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4410" = load i32, ptr %".4409", align 4
  %".4411" = zext i32 %".4410" to i64
  %"data.170" = inttoptr i64 %".4411" to ptr
  %".4412" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4413" = load i32, ptr %".4412", align 4
  %".4414" = zext i32 %".4413" to i64
  %"data_end.170" = inttoptr i64 %".4414" to ptr
  %".4415" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.170" = load ptr, ptr %".4415", align 8
  %".4416" = xor i1 %".4408", -1
  br i1 %".4416", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".4418" = trunc i64 %".4399" to i16
  %".4419" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4418", ptr %".4419", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".4422" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4423" = load volatile i8, [40 x i8]* %".4422", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".4429" = trunc i64 %".4425" to i16
  %".4430" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".4429", ptr %".4430", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels3.to_ip_version:
  %".4434" = getelementptr i8, ptr %"keys.171", i64 8
  store i8 1, ptr %".4434", align 1
  %".4436" = getelementptr i8, ptr %"keys.171", i64 48
  %"flags.47" = load volatile i32, ptr %".4436", align 4
  %".4437" = and i32 %"flags.47", 4
  %".4438" = icmp ne i32 %".4437", 0
  br i1 %".4438", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels4:
  %"cursor.269" = phi  i64 [%".4425", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.172" = phi  ptr [%"data.171", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.172" = phi  ptr [%"data_end.171", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.172" = phi  ptr [%"keys.171", %"mpls_d0_mpls_labels3.to_mpls"]
  %".6666" = add i64 %"cursor.269", 4
  %"hdr.63" = getelementptr i8, ptr %"data.172", i64 %"cursor.269"
  %".6667" = getelementptr i8, ptr %"hdr.63", i64 4
  %".6668" = icmp ugt ptr %".6667", %"data_end.172"
  br i1 %".6668", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".6670" = getelementptr i8, ptr %"hdr.63", i64 2
  %".6671" = load i8, ptr %".6670", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".6671", %"mpls_d0_mpls_labels4.linear"], [%".6690", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.227" = phi  ptr [%"data.172", %"mpls_d0_mpls_labels4.linear"], [%"data.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.227" = phi  ptr [%"data_end.172", %"mpls_d0_mpls_labels4.linear"], [%"data_end.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.227" = phi  ptr [%"keys.172", %"mpls_d0_mpls_labels4.linear"], [%"keys.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".6692" = add i64 %"cursor.269", 4
  %".6693" = zext i8 %"w2_1.5" to i64
  %".6694" = and i64 %".6693", 1
  switch i64 %".6694", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels3.stop_at_encap:
  %".4440" = trunc i64 %".4425" to i16
  %".4441" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".4440", ptr %".4441", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".4444" = getelementptr i8, ptr %"keys.171", i64 12
  store i32 0, ptr %".4444", align 4
  %".4446" = getelementptr i8, ptr %"keys.171", i64 2
  %".4447" = trunc i64 %".4425" to i16
  store volatile i16 %".4447", ptr %".4446", align 2
  %".4449" = load volatile i16, ptr %".4446", align 2
  %".4450" = zext i16 %".4449" to i64
  %"cursor.270" = and i64 %".4450", 16383
  br label %"ip_version_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4459" = trunc i64 %"cursor.155" to i32
  %".4460" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".4459", [40 x i8]* %"header_copy", i32 4)
  %".4461" = icmp eq i64 %".4460", 0
  %".4462" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4463" = load i32, ptr %".4462", align 4
  %".4464" = zext i32 %".4463" to i64
  %"data.173" = inttoptr i64 %".4464" to ptr
  %".4465" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4466" = load i32, ptr %".4465", align 4
  %".4467" = zext i32 %".4466" to i64
  %"data_end.173" = inttoptr i64 %".4467" to ptr
  %".4468" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.173" = load ptr, ptr %".4468", align 8
  %".4469" = xor i1 %".4461", -1
  br i1 %".4469", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4471" = trunc i64 %".4452" to i16
  %".4472" = getelementptr i8, ptr %"keys.173", i64 2
  store i16 %".4471", ptr %".4472", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4475" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4476" = load volatile i8, [40 x i8]* %".4475", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4482" = trunc i64 %".4478" to i16
  %".4483" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4482", ptr %".4483", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_mpls:
  %".4486" = getelementptr i8, ptr %"keys.174", i64 2
  %".4487" = trunc i64 %".4478" to i16
  store volatile i16 %".4487", ptr %".4486", align 2
  %".4489" = load volatile i16, ptr %".4486", align 2
  %".4490" = zext i16 %".4489" to i64
  %"cursor.272" = and i64 %".4490", 16383
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels2.to_ip_version:
  %".4492" = getelementptr i8, ptr %"keys.174", i64 8
  store i8 1, ptr %".4492", align 1
  %".4494" = getelementptr i8, ptr %"keys.174", i64 48
  %"flags.48" = load volatile i32, ptr %".4494", align 4
  %".4495" = and i32 %"flags.48", 4
  %".4496" = icmp ne i32 %".4495", 0
  br i1 %".4496", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels3:
  %"cursor.271" = phi  i64 [%"cursor.272", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.175" = phi  ptr [%"data.174", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.175" = phi  ptr [%"data_end.174", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.175" = phi  ptr [%"keys.174", %"mpls_d1_mpls_labels2.to_mpls"]
  %".6722" = add i64 %"cursor.271", 4
  %"hdr.64" = getelementptr i8, ptr %"data.175", i64 %"cursor.271"
  %".6723" = getelementptr i8, ptr %"hdr.64", i64 4
  %".6724" = icmp ugt ptr %".6723", %"data_end.175"
  br i1 %".6724", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".6726" = getelementptr i8, ptr %"hdr.64", i64 2
  %".6727" = load i8, ptr %".6726", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".6727", %"mpls_d1_mpls_labels3.linear"], [%".6746", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.229" = phi  ptr [%"data.175", %"mpls_d1_mpls_labels3.linear"], [%"data.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.229" = phi  ptr [%"data_end.175", %"mpls_d1_mpls_labels3.linear"], [%"data_end.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.229" = phi  ptr [%"keys.175", %"mpls_d1_mpls_labels3.linear"], [%"keys.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".6748" = add i64 %"cursor.271", 4
  %".6749" = zext i8 %"w2_1.6" to i64
  %".6750" = and i64 %".6749", 1
  switch i64 %".6750", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels2.stop_at_encap:
  %".4498" = trunc i64 %".4478" to i16
  %".4499" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4498", ptr %".4499", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4502" = getelementptr i8, ptr %"keys.174", i64 12
  store i32 0, ptr %".4502", align 4
  %".4504" = trunc i64 %".4478" to i16
  %".4505" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4504", ptr %".4505", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4514" = trunc i64 %"cursor.161" to i32
  %".4515" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".4514", [40 x i8]* %"header_copy", i32 14)
  %".4516" = icmp eq i64 %".4515", 0
  %".4517" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4518" = load i32, ptr %".4517", align 4
  %".4519" = zext i32 %".4518" to i64
  %"data.176" = inttoptr i64 %".4519" to ptr
  %".4520" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4521" = load i32, ptr %".4520", align 4
  %".4522" = zext i32 %".4521" to i64
  %"data_end.176" = inttoptr i64 %".4522" to ptr
  %".4523" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.176" = load ptr, ptr %".4523", align 8
  %".4524" = xor i1 %".4516", -1
  br i1 %".4524", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4526" = trunc i64 %"cursor.161" to i16
  %".4527" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4526", ptr %".4527", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4530" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4531" = load volatile i16, [40 x i8]* %".4530", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4543" = trunc i64 %".4539" to i16
  %".4544" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".4543", ptr %".4544", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  %".4547" = getelementptr i8, ptr %"keys.177", i64 2
  %".4548" = trunc i64 %".4539" to i16
  store volatile i16 %".4548", ptr %".4547", align 2
  %".4550" = load volatile i16, ptr %".4547", align 2
  %".4551" = zext i16 %".4550" to i64
  %"cursor.273" = and i64 %".4551", 16383
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  %".4553" = getelementptr i8, ptr %"keys.177", i64 2
  %".4554" = trunc i64 %".4539" to i16
  store volatile i16 %".4554", ptr %".4553", align 2
  %".4556" = load volatile i16, ptr %".4553", align 2
  %".4557" = zext i16 %".4556" to i64
  %"cursor.274" = and i64 %".4557", 16383
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  %".4559" = getelementptr i8, ptr %"keys.177", i64 2
  %".4560" = trunc i64 %".4539" to i16
  store volatile i16 %".4560", ptr %".4559", align 2
  %".4562" = load volatile i16, ptr %".4559", align 2
  %".4563" = zext i16 %".4562" to i64
  %"cursor.275" = and i64 %".4563", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  %".4565" = getelementptr i8, ptr %"keys.177", i64 2
  %".4566" = trunc i64 %".4539" to i16
  store volatile i16 %".4566", ptr %".4565", align 2
  %".4568" = load volatile i16, ptr %".4565", align 2
  %".4569" = zext i16 %".4568" to i64
  %"cursor.276" = and i64 %".4569", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  %".4571" = getelementptr i8, ptr %"keys.177", i64 2
  %".4572" = trunc i64 %".4539" to i16
  store volatile i16 %".4572", ptr %".4571", align 2
  %".4574" = load volatile i16, ptr %".4571", align 2
  %".4575" = zext i16 %".4574" to i64
  %"cursor.277" = and i64 %".4575", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_mpls.1:
  %".4577" = getelementptr i8, ptr %"keys.177", i64 2
  %".4578" = trunc i64 %".4539" to i16
  store volatile i16 %".4578", ptr %".4577", align 2
  %".4580" = load volatile i16, ptr %".4577", align 2
  %".4581" = zext i16 %".4580" to i64
  %"cursor.278" = and i64 %".4581", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_pppoe:
  %".4583" = getelementptr i8, ptr %"keys.177", i64 2
  %".4584" = trunc i64 %".4539" to i16
  store volatile i16 %".4584", ptr %".4583", align 2
  %".4586" = load volatile i16, ptr %".4583", align 2
  %".4587" = zext i16 %".4586" to i64
  %"cursor.279" = and i64 %".4587", 16383
  br label %"pppoe_d1"
ethernet_d1.to_arp:
  %".4589" = getelementptr i8, ptr %"keys.177", i64 2
  %".4590" = trunc i64 %".4539" to i16
  store volatile i16 %".4590", ptr %".4589", align 2
  %".4592" = load volatile i16, ptr %".4589", align 2
  %".4593" = zext i16 %".4592" to i64
  %"cursor.280" = and i64 %".4593", 16383
  br label %"arp"
ethernet_d1.to_arp.1:
  %".4595" = getelementptr i8, ptr %"keys.177", i64 2
  %".4596" = trunc i64 %".4539" to i16
  store volatile i16 %".4596", ptr %".4595", align 2
  %".4598" = load volatile i16, ptr %".4595", align 2
  %".4599" = zext i16 %".4598" to i64
  %"cursor.281" = and i64 %".4599", 16383
  br label %"arp"
ethernet_d1.to_ptp:
  %".4601" = getelementptr i8, ptr %"keys.177", i64 2
  %".4602" = trunc i64 %".4539" to i16
  store volatile i16 %".4602", ptr %".4601", align 2
  %".4604" = load volatile i16, ptr %".4601", align 2
  %".4605" = zext i16 %".4604" to i64
  %"cursor.282" = and i64 %".4605", 16383
  br label %"ptp"
ethernet_d1.to_cfm:
  %".4607" = getelementptr i8, ptr %"keys.177", i64 2
  %".4608" = trunc i64 %".4539" to i16
  store volatile i16 %".4608", ptr %".4607", align 2
  %".4610" = load volatile i16, ptr %".4607", align 2
  %".4611" = zext i16 %".4610" to i64
  %"cursor.283" = and i64 %".4611", 16383
  br label %"cfm"
ethernet_d1.to_tipc:
  %".4613" = getelementptr i8, ptr %"keys.177", i64 2
  %".4614" = trunc i64 %".4539" to i16
  store volatile i16 %".4614", ptr %".4613", align 2
  %".4616" = load volatile i16, ptr %".4613", align 2
  %".4617" = zext i16 %".4616" to i64
  %"cursor.284" = and i64 %".4617", 16383
  br label %"tipc"
ethernet_d1.to_fcoe:
  %".4619" = getelementptr i8, ptr %"keys.177", i64 2
  %".4620" = trunc i64 %".4539" to i16
  store volatile i16 %".4620", ptr %".4619", align 2
  %".4622" = load volatile i16, ptr %".4619", align 2
  %".4623" = zext i16 %".4622" to i64
  %"cursor.285" = and i64 %".4623", 16383
  br label %"fcoe"
ethernet_d1.to_hsr:
  %".4625" = getelementptr i8, ptr %"keys.177", i64 2
  %".4626" = trunc i64 %".4539" to i16
  store volatile i16 %".4626", ptr %".4625", align 2
  %".4628" = load volatile i16, ptr %".4625", align 2
  %".4629" = zext i16 %".4628" to i64
  %"cursor.286" = and i64 %".4629", 16383
  br label %"hsr_d1"
ethernet_d1.to_hsr.1:
  %".4631" = getelementptr i8, ptr %"keys.177", i64 2
  %".4632" = trunc i64 %".4539" to i16
  store volatile i16 %".4632", ptr %".4631", align 2
  %".4634" = load volatile i16, ptr %".4631", align 2
  %".4635" = zext i16 %".4634" to i64
  %"cursor.287" = and i64 %".4635", 16383
  br label %"hsr_d1"
ethernet_d1.to_batadv:
  %".4637" = getelementptr i8, ptr %"keys.177", i64 2
  %".4638" = trunc i64 %".4539" to i16
  store volatile i16 %".4638", ptr %".4637", align 2
  %".4640" = load volatile i16, ptr %".4637", align 2
  %".4641" = zext i16 %".4640" to i64
  %"cursor.288" = and i64 %".4641", 16383
  br label %"batadv_d1"
gtpu_opt_d1.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4647" = trunc i64 %"cursor.169" to i32
  %".4648" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".4647", [40 x i8]* %"header_copy", i32 4)
  %".4649" = icmp eq i64 %".4648", 0
  %".4650" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4651" = load i32, ptr %".4650", align 4
  %".4652" = zext i32 %".4651" to i64
  %"data.178" = inttoptr i64 %".4652" to ptr
  %".4653" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4654" = load i32, ptr %".4653", align 4
  %".4655" = zext i32 %".4654" to i64
  %"data_end.178" = inttoptr i64 %".4655" to ptr
  %".4656" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.178" = load ptr, ptr %".4656", align 8
  %".4657" = xor i1 %".4649", -1
  br i1 %".4657", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4659" = trunc i64 %"cursor.169" to i16
  %".4660" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4659", ptr %".4660", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4666" = trunc i64 %".4664" to i16
  %".4667" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4666", ptr %".4667", align 2
  br label %"return"
gtpu_opt_d1.to_ip_version:
  %".4670" = getelementptr i8, ptr %"keys.179", i64 2
  %".4671" = trunc i64 %".4664" to i16
  store volatile i16 %".4671", ptr %".4670", align 2
  %".4673" = load volatile i16, ptr %".4670", align 2
  %".4674" = zext i16 %".4673" to i64
  %"cursor.289" = and i64 %".4674", 16383
  br label %"ip_version_d1"
gtpu_seq_d1.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4680" = trunc i64 %"cursor.171" to i32
  %".4681" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4680", [40 x i8]* %"header_copy", i32 3)
  %".4682" = icmp eq i64 %".4681", 0
  %".4683" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4684" = load i32, ptr %".4683", align 4
  %".4685" = zext i32 %".4684" to i64
  %"data.180" = inttoptr i64 %".4685" to ptr
  %".4686" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4687" = load i32, ptr %".4686", align 4
  %".4688" = zext i32 %".4687" to i64
  %"data_end.180" = inttoptr i64 %".4688" to ptr
  %".4689" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.180" = load ptr, ptr %".4689", align 8
  %".4690" = xor i1 %".4682", -1
  br i1 %".4690", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4692" = trunc i64 %"cursor.171" to i16
  %".4693" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4692", ptr %".4693", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4699" = trunc i64 %".4697" to i16
  %".4700" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4699", ptr %".4700", align 2
  br label %"return"
gtpu_seq_d1.to_gtpu_next:
  %".4703" = getelementptr i8, ptr %"keys.181", i64 2
  %".4704" = trunc i64 %".4697" to i16
  store volatile i16 %".4704", ptr %".4703", align 2
  %".4706" = load volatile i16, ptr %".4703", align 2
  %".4707" = zext i16 %".4706" to i64
  %"cursor.291" = and i64 %".4707", 16383
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.290" = phi  i64 [%"cursor.291", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.182" = phi  ptr [%"data.181", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.182" = phi  ptr [%"data_end.181", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.182" = phi  ptr [%"keys.181", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.65" = getelementptr i8, ptr %"data.182", i64 %"cursor.290"
  %".6778" = getelementptr i8, ptr %"hdr.65", i64 1
  %".6779" = icmp ugt ptr %".6778", %"data_end.182"
  br i1 %".6779", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".6781" = getelementptr i8, ptr %"hdr.65", i64 0
  %".6782" = load i8, ptr %".6781", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.29" = phi  i8 [%".6782", %"gtpu_next_d1.linear"], [%".6801", %"gtpu_next_d1.copy_failed.endif"]
  %"data.232" = phi  ptr [%"data.182", %"gtpu_next_d1.linear"], [%"data.231", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.232" = phi  ptr [%"data_end.182", %"gtpu_next_d1.linear"], [%"data_end.231", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.232" = phi  ptr [%"keys.182", %"gtpu_next_d1.linear"], [%"keys.231", %"gtpu_next_d1.copy_failed.endif"]
  %".6803" = add i64 %"cursor.290", 1
  %".6804" = zext i8 %"w0_1.29" to i64
  %".6805" = icmp uge i64 %".6804", 1
  %".6806" = icmp ule i64 %".6804", 255
  %".6807" = and i1 %".6805", %".6806"
  br i1 %".6807", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
vlan_d1_vlan_tags1.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4715" = trunc i64 %"cursor.176" to i32
  %".4716" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4715", [40 x i8]* %"header_copy", i32 4)
  %".4717" = icmp eq i64 %".4716", 0
  %".4718" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4719" = load i32, ptr %".4718", align 4
  %".4720" = zext i32 %".4719" to i64
  %"data.183" = inttoptr i64 %".4720" to ptr
  %".4721" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4722" = load i32, ptr %".4721", align 4
  %".4723" = zext i32 %".4722" to i64
  %"data_end.183" = inttoptr i64 %".4723" to ptr
  %".4724" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.183" = load ptr, ptr %".4724", align 8
  %".4725" = xor i1 %".4717", -1
  br i1 %".4725", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".4727" = trunc i64 %"cursor.176" to i16
  %".4728" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4727", ptr %".4728", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".4731" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4732" = load volatile i16, [40 x i8]* %".4731", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".4747" = trunc i64 %".4740" to i16
  %".4748" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4747", ptr %".4748", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  %".4751" = getelementptr i8, ptr %"keys.184", i64 2
  %".4752" = trunc i64 %".4740" to i16
  store volatile i16 %".4752", ptr %".4751", align 2
  %".4754" = load volatile i16, ptr %".4751", align 2
  %".4755" = zext i16 %".4754" to i64
  %"cursor.292" = and i64 %".4755", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  %".4757" = getelementptr i8, ptr %"keys.184", i64 2
  %".4758" = trunc i64 %".4740" to i16
  store volatile i16 %".4758", ptr %".4757", align 2
  %".4760" = load volatile i16, ptr %".4757", align 2
  %".4761" = zext i16 %".4760" to i64
  %"cursor.293" = and i64 %".4761", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  %".4763" = getelementptr i8, ptr %"keys.184", i64 2
  %".4764" = trunc i64 %".4740" to i16
  store volatile i16 %".4764", ptr %".4763", align 2
  %".4766" = load volatile i16, ptr %".4763", align 2
  %".4767" = zext i16 %".4766" to i64
  %"cursor.295" = and i64 %".4767", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  %".4769" = getelementptr i8, ptr %"keys.184", i64 2
  %".4770" = trunc i64 %".4740" to i16
  store volatile i16 %".4770", ptr %".4769", align 2
  %".4772" = load volatile i16, ptr %".4769", align 2
  %".4773" = zext i16 %".4772" to i64
  %"cursor.296" = and i64 %".4773", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  %".4775" = getelementptr i8, ptr %"keys.184", i64 2
  %".4776" = trunc i64 %".4740" to i16
  store volatile i16 %".4776", ptr %".4775", align 2
  %".4778" = load volatile i16, ptr %".4775", align 2
  %".4779" = zext i16 %".4778" to i64
  %"cursor.297" = and i64 %".4779", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  %".4781" = getelementptr i8, ptr %"keys.184", i64 2
  %".4782" = trunc i64 %".4740" to i16
  store volatile i16 %".4782", ptr %".4781", align 2
  %".4784" = load volatile i16, ptr %".4781", align 2
  %".4785" = zext i16 %".4784" to i64
  %"cursor.298" = and i64 %".4785", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  %".4787" = getelementptr i8, ptr %"keys.184", i64 2
  %".4788" = trunc i64 %".4740" to i16
  store volatile i16 %".4788", ptr %".4787", align 2
  %".4790" = load volatile i16, ptr %".4787", align 2
  %".4791" = zext i16 %".4790" to i64
  %"cursor.299" = and i64 %".4791", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1.to_arp:
  %".4793" = getelementptr i8, ptr %"keys.184", i64 2
  %".4794" = trunc i64 %".4740" to i16
  store volatile i16 %".4794", ptr %".4793", align 2
  %".4796" = load volatile i16, ptr %".4793", align 2
  %".4797" = zext i16 %".4796" to i64
  %"cursor.300" = and i64 %".4797", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_arp.1:
  %".4799" = getelementptr i8, ptr %"keys.184", i64 2
  %".4800" = trunc i64 %".4740" to i16
  store volatile i16 %".4800", ptr %".4799", align 2
  %".4802" = load volatile i16, ptr %".4799", align 2
  %".4803" = zext i16 %".4802" to i64
  %"cursor.301" = and i64 %".4803", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_ptp:
  %".4805" = getelementptr i8, ptr %"keys.184", i64 2
  %".4806" = trunc i64 %".4740" to i16
  store volatile i16 %".4806", ptr %".4805", align 2
  %".4808" = load volatile i16, ptr %".4805", align 2
  %".4809" = zext i16 %".4808" to i64
  %"cursor.302" = and i64 %".4809", 16383
  br label %"ptp"
vlan_d1_vlan_tags1.to_cfm:
  %".4811" = getelementptr i8, ptr %"keys.184", i64 2
  %".4812" = trunc i64 %".4740" to i16
  store volatile i16 %".4812", ptr %".4811", align 2
  %".4814" = load volatile i16, ptr %".4811", align 2
  %".4815" = zext i16 %".4814" to i64
  %"cursor.303" = and i64 %".4815", 16383
  br label %"cfm"
vlan_d1_vlan_tags1.to_tipc:
  %".4817" = getelementptr i8, ptr %"keys.184", i64 2
  %".4818" = trunc i64 %".4740" to i16
  store volatile i16 %".4818", ptr %".4817", align 2
  %".4820" = load volatile i16, ptr %".4817", align 2
  %".4821" = zext i16 %".4820" to i64
  %"cursor.304" = and i64 %".4821", 16383
  br label %"tipc"
vlan_d1_vlan_tags1.to_fcoe:
  %".4823" = getelementptr i8, ptr %"keys.184", i64 2
  %".4824" = trunc i64 %".4740" to i16
  store volatile i16 %".4824", ptr %".4823", align 2
  %".4826" = load volatile i16, ptr %".4823", align 2
  %".4827" = zext i16 %".4826" to i64
  %"cursor.305" = and i64 %".4827", 16383
  br label %"fcoe"
vlan_d1_vlan_tags1.to_hsr:
  %".4829" = getelementptr i8, ptr %"keys.184", i64 2
  %".4830" = trunc i64 %".4740" to i16
  store volatile i16 %".4830", ptr %".4829", align 2
  %".4832" = load volatile i16, ptr %".4829", align 2
  %".4833" = zext i16 %".4832" to i64
  %"cursor.306" = and i64 %".4833", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags1.to_hsr.1:
  %".4835" = getelementptr i8, ptr %"keys.184", i64 2
  %".4836" = trunc i64 %".4740" to i16
  store volatile i16 %".4836", ptr %".4835", align 2
  %".4838" = load volatile i16, ptr %".4835", align 2
  %".4839" = zext i16 %".4838" to i64
  %"cursor.307" = and i64 %".4839", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags1.to_batadv:
  %".4841" = getelementptr i8, ptr %"keys.184", i64 2
  %".4842" = trunc i64 %".4740" to i16
  store volatile i16 %".4842", ptr %".4841", align 2
  %".4844" = load volatile i16, ptr %".4841", align 2
  %".4845" = zext i16 %".4844" to i64
  %"cursor.308" = and i64 %".4845", 16383
  br label %"batadv_d1"
vlan_d1_vlan_tags2:
  %"cursor.294" = phi  i64 [%"cursor.295", %"vlan_d1_vlan_tags1.to_vlan"], [%"cursor.296", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data.185" = phi  ptr [%"data.184", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.184", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data_end.185" = phi  ptr [%"data_end.184", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.184", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"keys.185" = phi  ptr [%"keys.184", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.184", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"hdr.66" = getelementptr i8, ptr %"data.185", i64 %"cursor.294"
  %".6826" = getelementptr i8, ptr %"hdr.66", i64 4
  %".6827" = icmp ugt ptr %".6826", %"data_end.185"
  br i1 %".6827", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".6829" = getelementptr i8, ptr %"hdr.66", i64 2
  %".6830" = load i16, ptr %".6829", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.25" = phi  i16 [%".6830", %"vlan_d1_vlan_tags2.linear"], [%".6849", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.235" = phi  ptr [%"data.185", %"vlan_d1_vlan_tags2.linear"], [%"data.234", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.235" = phi  ptr [%"data_end.185", %"vlan_d1_vlan_tags2.linear"], [%"data_end.234", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.235" = phi  ptr [%"keys.185", %"vlan_d1_vlan_tags2.linear"], [%"keys.234", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".6851" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.25")
  %".6852" = zext i16 %".6851" to i64
  %".6853" = trunc i64 %".6852" to i16
  %".6854" = call i16 @"llvm.bswap.i16"(i16 %".6853")
  %".6855" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".6854", ptr %".6855", align 2
  %".6857" = add i64 %"cursor.294", 4
  %".6858" = trunc i64 %".6857" to i16
  %".6859" = getelementptr i8, ptr %"keys.235", i64 0
  store i16 %".6858", ptr %".6859", align 2
  %".6861" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.25")
  %".6862" = zext i16 %".6861" to i64
  switch i64 %".6862", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]
hsr_d1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4853" = trunc i64 %"cursor.188" to i32
  %".4854" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4853", [40 x i8]* %"header_copy", i32 6)
  %".4855" = icmp eq i64 %".4854", 0
  %".4856" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4857" = load i32, ptr %".4856", align 4
  %".4858" = zext i32 %".4857" to i64
  %"data.186" = inttoptr i64 %".4858" to ptr
  %".4859" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4860" = load i32, ptr %".4859", align 4
  %".4861" = zext i32 %".4860" to i64
  %"data_end.186" = inttoptr i64 %".4861" to ptr
  %".4862" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.186" = load ptr, ptr %".4862", align 8
  %".4863" = xor i1 %".4855", -1
  br i1 %".4863", label %"hsr_d1.copy_failed", label %"hsr_d1.copy_failed.endif"
hsr_d1.copy_failed:
  %".4865" = trunc i64 %"cursor.188" to i16
  %".4866" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4865", ptr %".4866", align 2
  br label %"return"
hsr_d1.copy_failed.endif:
  %".4869" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4870" = load volatile i16, [40 x i8]* %".4869", align 2
  br label %"hsr_d1.header"
hsr_d1.unknown:
  %".4885" = trunc i64 %".4878" to i16
  %".4886" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4885", ptr %".4886", align 2
  br label %"return"
hsr_d1.to_ipv4:
  %".4889" = getelementptr i8, ptr %"keys.187", i64 2
  %".4890" = trunc i64 %".4878" to i16
  store volatile i16 %".4890", ptr %".4889", align 2
  %".4892" = load volatile i16, ptr %".4889", align 2
  %".4893" = zext i16 %".4892" to i64
  %"cursor.309" = and i64 %".4893", 16383
  br label %"ipv4_d1"
hsr_d1.to_ipv6:
  %".4895" = getelementptr i8, ptr %"keys.187", i64 2
  %".4896" = trunc i64 %".4878" to i16
  store volatile i16 %".4896", ptr %".4895", align 2
  %".4898" = load volatile i16, ptr %".4895", align 2
  %".4899" = zext i16 %".4898" to i64
  %"cursor.310" = and i64 %".4899", 16383
  br label %"ipv6_d1"
hsr_d1.to_mpls:
  %".4901" = getelementptr i8, ptr %"keys.187", i64 2
  %".4902" = trunc i64 %".4878" to i16
  store volatile i16 %".4902", ptr %".4901", align 2
  %".4904" = load volatile i16, ptr %".4901", align 2
  %".4905" = zext i16 %".4904" to i64
  %"cursor.311" = and i64 %".4905", 16383
  br label %"mpls_d1_mpls_labels1"
hsr_d1.to_mpls.1:
  %".4907" = getelementptr i8, ptr %"keys.187", i64 2
  %".4908" = trunc i64 %".4878" to i16
  store volatile i16 %".4908", ptr %".4907", align 2
  %".4910" = load volatile i16, ptr %".4907", align 2
  %".4911" = zext i16 %".4910" to i64
  %"cursor.312" = and i64 %".4911", 16383
  br label %"mpls_d1_mpls_labels1"
hsr_d1.to_pppoe:
  %".4913" = getelementptr i8, ptr %"keys.187", i64 2
  %".4914" = trunc i64 %".4878" to i16
  store volatile i16 %".4914", ptr %".4913", align 2
  %".4916" = load volatile i16, ptr %".4913", align 2
  %".4917" = zext i16 %".4916" to i64
  %"cursor.313" = and i64 %".4917", 16383
  br label %"pppoe_d1"
hsr_d1.to_arp:
  %".4919" = getelementptr i8, ptr %"keys.187", i64 2
  %".4920" = trunc i64 %".4878" to i16
  store volatile i16 %".4920", ptr %".4919", align 2
  %".4922" = load volatile i16, ptr %".4919", align 2
  %".4923" = zext i16 %".4922" to i64
  %"cursor.314" = and i64 %".4923", 16383
  br label %"arp"
hsr_d1.to_arp.1:
  %".4925" = getelementptr i8, ptr %"keys.187", i64 2
  %".4926" = trunc i64 %".4878" to i16
  store volatile i16 %".4926", ptr %".4925", align 2
  %".4928" = load volatile i16, ptr %".4925", align 2
  %".4929" = zext i16 %".4928" to i64
  %"cursor.315" = and i64 %".4929", 16383
  br label %"arp"
hsr_d1.to_ptp:
  %".4931" = getelementptr i8, ptr %"keys.187", i64 2
  %".4932" = trunc i64 %".4878" to i16
  store volatile i16 %".4932", ptr %".4931", align 2
  %".4934" = load volatile i16, ptr %".4931", align 2
  %".4935" = zext i16 %".4934" to i64
  %"cursor.316" = and i64 %".4935", 16383
  br label %"ptp"
hsr_d1.to_cfm:
  %".4937" = getelementptr i8, ptr %"keys.187", i64 2
  %".4938" = trunc i64 %".4878" to i16
  store volatile i16 %".4938", ptr %".4937", align 2
  %".4940" = load volatile i16, ptr %".4937", align 2
  %".4941" = zext i16 %".4940" to i64
  %"cursor.317" = and i64 %".4941", 16383
  br label %"cfm"
hsr_d1.to_tipc:
  %".4943" = getelementptr i8, ptr %"keys.187", i64 2
  %".4944" = trunc i64 %".4878" to i16
  store volatile i16 %".4944", ptr %".4943", align 2
  %".4946" = load volatile i16, ptr %".4943", align 2
  %".4947" = zext i16 %".4946" to i64
  %"cursor.318" = and i64 %".4947", 16383
  br label %"tipc"
hsr_d1.to_fcoe:
  %".4949" = getelementptr i8, ptr %"keys.187", i64 2
  %".4950" = trunc i64 %".4878" to i16
  store volatile i16 %".4950", ptr %".4949", align 2
  %".4952" = load volatile i16, ptr %".4949", align 2
  %".4953" = zext i16 %".4952" to i64
  %"cursor.319" = and i64 %".4953", 16383
  br label %"fcoe"
batadv_d1.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4965" = trunc i64 %"cursor.191" to i32
  %".4966" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4965", [40 x i8]* %"header_copy", i32 24)
  %".4967" = icmp eq i64 %".4966", 0
  %".4968" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4969" = load i32, ptr %".4968", align 4
  %".4970" = zext i32 %".4969" to i64
  %"data.188" = inttoptr i64 %".4970" to ptr
  %".4971" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4972" = load i32, ptr %".4971", align 4
  %".4973" = zext i32 %".4972" to i64
  %"data_end.188" = inttoptr i64 %".4973" to ptr
  %".4974" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.188" = load ptr, ptr %".4974", align 8
  %".4975" = xor i1 %".4967", -1
  br i1 %".4975", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".4977" = trunc i64 %"cursor.191" to i16
  %".4978" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4977", ptr %".4978", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".4981" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4982" = load volatile i8, [40 x i8]* %".4981", align 1
  %".4983" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4984" = load volatile i8, [40 x i8]* %".4983", align 1
  %".4985" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".4986" = load volatile i16, [40 x i8]* %".4985", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".4995" = trunc i64 %"cursor.191" to i16
  %".4996" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4995", ptr %".4996", align 2
  br label %"return"
batadv_d1.require.endif:
  %".4999" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".5000" = zext i16 %".4999" to i64
  %".5001" = trunc i64 %".5000" to i16
  %".5002" = call i16 @"llvm.bswap.i16"(i16 %".5001")
  %".5003" = getelementptr i8, ptr %"keys.189", i64 10
  store i16 %".5002", ptr %".5003", align 2
  %".5005" = add i64 %"cursor.191", 24
  %".5006" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".5007" = zext i16 %".5006" to i64
  switch i64 %".5007", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe"]
batadv_d1.unknown:
  %".5009" = trunc i64 %".5005" to i16
  %".5010" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5009", ptr %".5010", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".5013" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5013", align 1
  %".5015" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.49" = load volatile i32, ptr %".5015", align 4
  %".5016" = and i32 %"flags.49", 4
  %".5017" = icmp ne i32 %".5016", 0
  br i1 %".5017", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".5029" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5029", align 1
  %".5031" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.50" = load volatile i32, ptr %".5031", align 4
  %".5032" = and i32 %"flags.50", 4
  %".5033" = icmp ne i32 %".5032", 0
  br i1 %".5033", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_mpls:
  %".5045" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5045", align 1
  %".5047" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.51" = load volatile i32, ptr %".5047", align 4
  %".5048" = and i32 %"flags.51", 4
  %".5049" = icmp ne i32 %".5048", 0
  br i1 %".5049", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_mpls.1:
  %".5061" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5061", align 1
  %".5063" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.52" = load volatile i32, ptr %".5063", align 4
  %".5064" = and i32 %"flags.52", 4
  %".5065" = icmp ne i32 %".5064", 0
  br i1 %".5065", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_pppoe:
  %".5077" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5077", align 1
  %".5079" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.53" = load volatile i32, ptr %".5079", align 4
  %".5080" = and i32 %"flags.53", 4
  %".5081" = icmp ne i32 %".5080", 0
  br i1 %".5081", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_arp:
  %".5093" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5093", align 1
  %".5095" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.54" = load volatile i32, ptr %".5095", align 4
  %".5096" = and i32 %"flags.54", 4
  %".5097" = icmp ne i32 %".5096", 0
  br i1 %".5097", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_arp.1:
  %".5109" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5109", align 1
  %".5111" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.55" = load volatile i32, ptr %".5111", align 4
  %".5112" = and i32 %"flags.55", 4
  %".5113" = icmp ne i32 %".5112", 0
  br i1 %".5113", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_ptp:
  %".5125" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5125", align 1
  %".5127" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.56" = load volatile i32, ptr %".5127", align 4
  %".5128" = and i32 %"flags.56", 4
  %".5129" = icmp ne i32 %".5128", 0
  br i1 %".5129", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_cfm:
  %".5141" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5141", align 1
  %".5143" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.57" = load volatile i32, ptr %".5143", align 4
  %".5144" = and i32 %"flags.57", 4
  %".5145" = icmp ne i32 %".5144", 0
  br i1 %".5145", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_tipc:
  %".5157" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5157", align 1
  %".5159" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.58" = load volatile i32, ptr %".5159", align 4
  %".5160" = and i32 %"flags.58", 4
  %".5161" = icmp ne i32 %".5160", 0
  br i1 %".5161", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_fcoe:
  %".5173" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5173", align 1
  %".5175" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.59" = load volatile i32, ptr %".5175", align 4
  %".5176" = and i32 %"flags.59", 4
  %".5177" = icmp ne i32 %".5176", 0
  br i1 %".5177", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.stop_at_encap:
  %".5019" = trunc i64 %".5005" to i16
  %".5020" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5019", ptr %".5020", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".5023" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5023", align 4
  %".5025" = trunc i64 %".5005" to i16
  %".5026" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5025", ptr %".5026", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".5035" = trunc i64 %".5005" to i16
  %".5036" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5035", ptr %".5036", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".5039" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5039", align 4
  %".5041" = trunc i64 %".5005" to i16
  %".5042" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5041", ptr %".5042", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".5051" = trunc i64 %".5005" to i16
  %".5052" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5051", ptr %".5052", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".5055" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5055", align 4
  %".5057" = trunc i64 %".5005" to i16
  %".5058" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5057", ptr %".5058", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".5067" = trunc i64 %".5005" to i16
  %".5068" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5067", ptr %".5068", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".5071" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5071", align 4
  %".5073" = trunc i64 %".5005" to i16
  %".5074" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5073", ptr %".5074", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".5083" = trunc i64 %".5005" to i16
  %".5084" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5083", ptr %".5084", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".5087" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5087", align 4
  %".5089" = trunc i64 %".5005" to i16
  %".5090" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5089", ptr %".5090", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".5099" = trunc i64 %".5005" to i16
  %".5100" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5099", ptr %".5100", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".5103" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5103", align 4
  %".5105" = trunc i64 %".5005" to i16
  %".5106" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5105", ptr %".5106", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".5115" = trunc i64 %".5005" to i16
  %".5116" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5115", ptr %".5116", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".5119" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5119", align 4
  %".5121" = trunc i64 %".5005" to i16
  %".5122" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5121", ptr %".5122", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".5131" = trunc i64 %".5005" to i16
  %".5132" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5131", ptr %".5132", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".5135" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5135", align 4
  %".5137" = trunc i64 %".5005" to i16
  %".5138" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5137", ptr %".5138", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".5147" = trunc i64 %".5005" to i16
  %".5148" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5147", ptr %".5148", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".5151" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5151", align 4
  %".5153" = trunc i64 %".5005" to i16
  %".5154" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5153", ptr %".5154", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".5163" = trunc i64 %".5005" to i16
  %".5164" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5163", ptr %".5164", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".5167" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5167", align 4
  %".5169" = trunc i64 %".5005" to i16
  %".5170" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5169", ptr %".5170", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".5179" = trunc i64 %".5005" to i16
  %".5180" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5179", ptr %".5180", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".5183" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5183", align 4
  %".5185" = trunc i64 %".5005" to i16
  %".5186" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5185", ptr %".5186", align 2
  br label %"return"
ppp_d0.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5195" = trunc i64 %"cursor.194" to i32
  %".5196" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".5195", [40 x i8]* %"header_copy", i32 4)
  %".5197" = icmp eq i64 %".5196", 0
  %".5198" = getelementptr i8, ptr %"ctx.60", i64 76
  %".5199" = load i32, ptr %".5198", align 4
  %".5200" = zext i32 %".5199" to i64
  %"data.190" = inttoptr i64 %".5200" to ptr
  %".5201" = getelementptr i8, ptr %"ctx.60", i64 80
  %".5202" = load i32, ptr %".5201", align 4
  %".5203" = zext i32 %".5202" to i64
  %"data_end.190" = inttoptr i64 %".5203" to ptr
  %".5204" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.190" = load ptr, ptr %".5204", align 8
  %".5205" = xor i1 %".5197", -1
  br i1 %".5205", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".5207" = trunc i64 %"cursor.194" to i16
  %".5208" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".5207", ptr %".5208", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".5211" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5212" = load volatile i16, [40 x i8]* %".5211", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".5218" = and i64 %".5216", 0
  %".5219" = icmp eq i64 %".5218", 0
  br i1 %".5219", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".5225" = trunc i64 2048 to i16
  %".5226" = call i16 @"llvm.bswap.i16"(i16 %".5225")
  %".5227" = getelementptr i8, ptr %"keys.191", i64 10
  store i16 %".5226", ptr %".5227", align 2
  %".5229" = getelementptr i8, ptr %"keys.191", i64 8
  store i8 1, ptr %".5229", align 1
  %".5231" = getelementptr i8, ptr %"keys.191", i64 48
  %"flags.60" = load volatile i32, ptr %".5231", align 4
  %".5232" = and i32 %"flags.60", 4
  %".5233" = icmp ne i32 %".5232", 0
  br i1 %".5233", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".5247" = trunc i64 34525 to i16
  %".5248" = call i16 @"llvm.bswap.i16"(i16 %".5247")
  %".5249" = getelementptr i8, ptr %"keys.191", i64 10
  store i16 %".5248", ptr %".5249", align 2
  %".5251" = getelementptr i8, ptr %"keys.191", i64 8
  store i8 1, ptr %".5251", align 1
  %".5253" = getelementptr i8, ptr %"keys.191", i64 48
  %"flags.61" = load volatile i32, ptr %".5253", align 4
  %".5254" = and i32 %"flags.61", 4
  %".5255" = icmp ne i32 %".5254", 0
  br i1 %".5255", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".5269" = trunc i64 34827 to i16
  %".5270" = call i16 @"llvm.bswap.i16"(i16 %".5269")
  %".5271" = getelementptr i8, ptr %"keys.191", i64 10
  store i16 %".5270", ptr %".5271", align 2
  %".5273" = getelementptr i8, ptr %"keys.191", i64 8
  store i8 1, ptr %".5273", align 1
  %".5275" = getelementptr i8, ptr %"keys.191", i64 48
  %"flags.62" = load volatile i32, ptr %".5275", align 4
  %".5276" = and i32 %"flags.62", 4
  %".5277" = icmp ne i32 %".5276", 0
  br i1 %".5277", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".5221" = trunc i64 %".5214" to i16
  %".5222" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".5221", ptr %".5222", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".5235" = trunc i64 %".5214" to i16
  %".5236" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".5235", ptr %".5236", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".5239" = getelementptr i8, ptr %"keys.191", i64 12
  store i32 0, ptr %".5239", align 4
  %".5241" = getelementptr i8, ptr %"keys.191", i64 2
  %".5242" = trunc i64 %".5214" to i16
  store volatile i16 %".5242", ptr %".5241", align 2
  %".5244" = load volatile i16, ptr %".5241", align 2
  %".5245" = zext i16 %".5244" to i64
  %"cursor.320" = and i64 %".5245", 16383
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".5257" = trunc i64 %".5214" to i16
  %".5258" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".5257", ptr %".5258", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".5261" = getelementptr i8, ptr %"keys.191", i64 12
  store i32 0, ptr %".5261", align 4
  %".5263" = getelementptr i8, ptr %"keys.191", i64 2
  %".5264" = trunc i64 %".5214" to i16
  store volatile i16 %".5264", ptr %".5263", align 2
  %".5266" = load volatile i16, ptr %".5263", align 2
  %".5267" = zext i16 %".5266" to i64
  %"cursor.321" = and i64 %".5267", 16383
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".5279" = trunc i64 %".5214" to i16
  %".5280" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".5279", ptr %".5280", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".5283" = getelementptr i8, ptr %"keys.191", i64 12
  store i32 0, ptr %".5283", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.322" = phi  i64 [%".5214", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.192" = phi  ptr [%"data.191", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.192" = phi  ptr [%"data_end.191", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.192" = phi  ptr [%"keys.191", %"ppp_d0.stop_at_encap.endif.2"]
  %".6960" = add i64 %"cursor.322", 0
  %".6961" = trunc i64 %".6960" to i16
  %".6962" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".6961", ptr %".6962", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5290" = trunc i64 %"cursor.195" to i32
  %".5291" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".5290", [40 x i8]* %"header_copy", i32 8)
  %".5292" = icmp eq i64 %".5291", 0
  %".5293" = getelementptr i8, ptr %"ctx.61", i64 76
  %".5294" = load i32, ptr %".5293", align 4
  %".5295" = zext i32 %".5294" to i64
  %"data.193" = inttoptr i64 %".5295" to ptr
  %".5296" = getelementptr i8, ptr %"ctx.61", i64 80
  %".5297" = load i32, ptr %".5296", align 4
  %".5298" = zext i32 %".5297" to i64
  %"data_end.193" = inttoptr i64 %".5298" to ptr
  %".5299" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.193" = load ptr, ptr %".5299", align 8
  %".5300" = xor i1 %".5292", -1
  br i1 %".5300", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".5302" = trunc i64 %"cursor.195" to i16
  %".5303" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".5302", ptr %".5303", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".5314" = trunc i64 %".5307" to i16
  %".5315" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".5314", ptr %".5315", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".5318" = getelementptr i8, ptr %"keys.194", i64 12
  store i32 0, ptr %".5318", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.unknown:
  %".5321" = trunc i64 %".5307" to i16
  %".5322" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".5321", ptr %".5322", align 2
  br label %"return"
vxlan_d1.to_ethernet:
  %".5325" = trunc i64 %".5307" to i16
  %".5326" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".5325", ptr %".5326", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5337" = trunc i64 %"cursor.197" to i32
  %".5338" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".5337", [40 x i8]* %"header_copy", i32 8)
  %".5339" = icmp eq i64 %".5338", 0
  %".5340" = getelementptr i8, ptr %"ctx.62", i64 76
  %".5341" = load i32, ptr %".5340", align 4
  %".5342" = zext i32 %".5341" to i64
  %"data.195" = inttoptr i64 %".5342" to ptr
  %".5343" = getelementptr i8, ptr %"ctx.62", i64 80
  %".5344" = load i32, ptr %".5343", align 4
  %".5345" = zext i32 %".5344" to i64
  %"data_end.195" = inttoptr i64 %".5345" to ptr
  %".5346" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.195" = load ptr, ptr %".5346", align 8
  %".5347" = xor i1 %".5339", -1
  br i1 %".5347", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".5349" = trunc i64 %"cursor.197" to i16
  %".5350" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".5349", ptr %".5350", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".5353" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5354" = load volatile i8, [40 x i8]* %".5353", align 1
  %".5355" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5356" = load volatile i16, [40 x i8]* %".5355", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".5363" = trunc i64 %"cursor.197" to i16
  %".5364" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5363", ptr %".5364", align 2
  br label %"return"
geneve_d1.stop_before.endif:
  %".5367" = add i64 %"cursor.197", 8
  %".5368" = zext i8 %"w0_1.20" to i64
  %".5369" = and i64 %".5368", 63
  %".5370" = mul i64 %".5369", 4
  %".5371" = add i64 %".5370", 8
  %".5372" = getelementptr i8, ptr %"data.196", i64 %"cursor.197"
  %".5373" = getelementptr i8, ptr %".5372", i64 %".5371"
  %".5374" = icmp ugt ptr %".5373", %"data_end.196"
  br i1 %".5374", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.198" = phi  ptr [%"data.196", %"geneve_d1.stop_before.endif"], [%"data.197", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.196", %"geneve_d1.stop_before.endif"], [%"data_end.197", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.196", %"geneve_d1.stop_before.endif"], [%"keys.197", %"geneve_d1.copy_last_byte_failed.endif"]
  %"end.13" = add i64 %"cursor.197", %".5371"
  %".5395" = getelementptr i8, ptr %"keys.198", i64 8
  store i8 1, ptr %".5395", align 1
  %".5397" = getelementptr i8, ptr %"keys.198", i64 48
  %"flags.64" = load volatile i32, ptr %".5397", align 4
  %".5398" = and i32 %"flags.64", 4
  %".5399" = icmp ne i32 %".5398", 0
  br i1 %".5399", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
geneve_d1.copy_last_byte:
  %".5376" = add i64 %"cursor.197", %".5371"
  %".5377" = sub i64 %".5376", 1
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5378" = trunc i64 %".5377" to i32
  %".5379" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".5378", i64* %"last_byte", i32 1)
  %".5380" = icmp eq i64 %".5379", 0
  %".5381" = getelementptr i8, ptr %"ctx.63", i64 76
  %".5382" = load i32, ptr %".5381", align 4
  %".5383" = zext i32 %".5382" to i64
  %"data.197" = inttoptr i64 %".5383" to ptr
  %".5384" = getelementptr i8, ptr %"ctx.63", i64 80
  %".5385" = load i32, ptr %".5384", align 4
  %".5386" = zext i32 %".5385" to i64
  %"data_end.197" = inttoptr i64 %".5386" to ptr
  %".5387" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.197" = load ptr, ptr %".5387", align 8
  %".5388" = xor i1 %".5380", -1
  br i1 %".5388", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".5390" = trunc i64 %"cursor.197" to i16
  %".5391" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".5390", ptr %".5391", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".5401" = trunc i64 %"end.13" to i16
  %".5402" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".5401", ptr %".5402", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".5405" = getelementptr i8, ptr %"keys.198", i64 12
  store i32 0, ptr %".5405", align 4
  %".5407" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".5408" = zext i16 %".5407" to i64
  switch i64 %".5408", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]
geneve_d1.unknown:
  %".5410" = trunc i64 %"end.13" to i16
  %".5411" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".5410", ptr %".5411", align 2
  br label %"return"
geneve_d1.to_ethernet:
  %".5414" = trunc i64 %"end.13" to i16
  %".5415" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".5414", ptr %".5415", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".5418" = trunc i64 %"end.13" to i16
  %".5419" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".5418", ptr %".5419", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".5422" = trunc i64 %"end.13" to i16
  %".5423" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".5422", ptr %".5423", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5434" = trunc i64 %"cursor.199" to i32
  %".5435" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".5434", [40 x i8]* %"header_copy", i32 4)
  %".5436" = icmp eq i64 %".5435", 0
  %".5437" = getelementptr i8, ptr %"ctx.64", i64 76
  %".5438" = load i32, ptr %".5437", align 4
  %".5439" = zext i32 %".5438" to i64
  %"data.199" = inttoptr i64 %".5439" to ptr
  %".5440" = getelementptr i8, ptr %"ctx.64", i64 80
  %".5441" = load i32, ptr %".5440", align 4
  %".5442" = zext i32 %".5441" to i64
  %"data_end.199" = inttoptr i64 %".5442" to ptr
  %".5443" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.199" = load ptr, ptr %".5443", align 8
  %".5444" = xor i1 %".5436", -1
  br i1 %".5444", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".5446" = trunc i64 %"cursor.199" to i16
  %".5447" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5446", ptr %".5447", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".5450" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5451" = load volatile i8, [40 x i8]* %".5450", align 1
  %".5452" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5453" = load volatile i8, [40 x i8]* %".5452", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".5465" = trunc i64 %"cursor.199" to i16
  %".5466" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".5465", ptr %".5466", align 2
  br label %"return"
gue_d1.stop_before.endif:
  %".5469" = add i64 %"cursor.199", 4
  %".5470" = zext i8 %"w0_1.21" to i64
  %".5471" = and i64 %".5470", 31
  %".5472" = mul i64 %".5471", 4
  %".5473" = add i64 %".5472", 4
  %".5474" = getelementptr i8, ptr %"data.200", i64 %"cursor.199"
  %".5475" = getelementptr i8, ptr %".5474", i64 %".5473"
  %".5476" = icmp ugt ptr %".5475", %"data_end.200"
  br i1 %".5476", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.202" = phi  ptr [%"data.200", %"gue_d1.stop_before.endif"], [%"data.201", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.202" = phi  ptr [%"data_end.200", %"gue_d1.stop_before.endif"], [%"data_end.201", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.202" = phi  ptr [%"keys.200", %"gue_d1.stop_before.endif"], [%"keys.201", %"gue_d1.copy_last_byte_failed.endif"]
  %"end.14" = add i64 %"cursor.199", %".5473"
  %".5497" = getelementptr i8, ptr %"keys.202", i64 8
  store i8 1, ptr %".5497", align 1
  %".5499" = getelementptr i8, ptr %"keys.202", i64 48
  %"flags.65" = load volatile i32, ptr %".5499", align 4
  %".5500" = and i32 %"flags.65", 4
  %".5501" = icmp ne i32 %".5500", 0
  br i1 %".5501", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gue_d1.copy_last_byte:
  %".5478" = add i64 %"cursor.199", %".5473"
  %".5479" = sub i64 %".5478", 1
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5480" = trunc i64 %".5479" to i32
  %".5481" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".5480", i64* %"last_byte", i32 1)
  %".5482" = icmp eq i64 %".5481", 0
  %".5483" = getelementptr i8, ptr %"ctx.65", i64 76
  %".5484" = load i32, ptr %".5483", align 4
  %".5485" = zext i32 %".5484" to i64
  %"data.201" = inttoptr i64 %".5485" to ptr
  %".5486" = getelementptr i8, ptr %"ctx.65", i64 80
  %".5487" = load i32, ptr %".5486", align 4
  %".5488" = zext i32 %".5487" to i64
  %"data_end.201" = inttoptr i64 %".5488" to ptr
  %".5489" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.201" = load ptr, ptr %".5489", align 8
  %".5490" = xor i1 %".5482", -1
  br i1 %".5490", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".5492" = trunc i64 %"cursor.199" to i16
  %".5493" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5492", ptr %".5493", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".5503" = trunc i64 %"end.14" to i16
  %".5504" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5503", ptr %".5504", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".5507" = getelementptr i8, ptr %"keys.202", i64 12
  store i32 0, ptr %".5507", align 4
  %".5509" = zext i8 %"w1_1.13" to i64
  switch i64 %".5509", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.unknown:
  %".5511" = trunc i64 %"end.14" to i16
  %".5512" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5511", ptr %".5512", align 2
  br label %"return"
gue_d1.to_ipv4:
  %".5515" = trunc i64 %"end.14" to i16
  %".5516" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5515", ptr %".5516", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".5519" = trunc i64 %"end.14" to i16
  %".5520" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5519", ptr %".5520", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5531" = trunc i64 %"cursor.201" to i32
  %".5532" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".5531", [40 x i8]* %"header_copy", i32 8)
  %".5533" = icmp eq i64 %".5532", 0
  %".5534" = getelementptr i8, ptr %"ctx.66", i64 76
  %".5535" = load i32, ptr %".5534", align 4
  %".5536" = zext i32 %".5535" to i64
  %"data.203" = inttoptr i64 %".5536" to ptr
  %".5537" = getelementptr i8, ptr %"ctx.66", i64 80
  %".5538" = load i32, ptr %".5537", align 4
  %".5539" = zext i32 %".5538" to i64
  %"data_end.203" = inttoptr i64 %".5539" to ptr
  %".5540" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.203" = load ptr, ptr %".5540", align 8
  %".5541" = xor i1 %".5533", -1
  br i1 %".5541", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".5543" = trunc i64 %"cursor.201" to i16
  %".5544" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".5543", ptr %".5544", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".5547" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5548" = load volatile i8, [40 x i8]* %".5547", align 1
  %".5549" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5550" = load volatile i8, [40 x i8]* %".5549", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".5565" = trunc i64 %"cursor.201" to i16
  %".5566" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".5565", ptr %".5566", align 2
  br label %"return"
gtpu_d1.stop_before.endif:
  %".5569" = add i64 %"cursor.201", 8
  %".5570" = getelementptr i8, ptr %"keys.204", i64 8
  store i8 1, ptr %".5570", align 1
  %".5572" = getelementptr i8, ptr %"keys.204", i64 48
  %"flags.66" = load volatile i32, ptr %".5572", align 4
  %".5573" = and i32 %"flags.66", 4
  %".5574" = icmp ne i32 %".5573", 0
  br i1 %".5574", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
gtpu_d1.stop_at_encap:
  %".5576" = trunc i64 %".5569" to i16
  %".5577" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".5576", ptr %".5577", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".5580" = getelementptr i8, ptr %"keys.204", i64 12
  store i32 0, ptr %".5580", align 4
  %".5582" = zext i8 %"w0_1.22" to i64
  %".5583" = lshr i64 %".5582", 2
  %".5584" = and i64 %".5583", 1
  %".5585" = mul i64 %".5584", 4
  %".5586" = zext i8 %"w0_1.22" to i64
  %".5587" = lshr i64 %".5586", 1
  %".5588" = and i64 %".5587", 1
  %".5589" = mul i64 %".5588", 2
  %".5590" = add i64 %".5585", %".5589"
  %".5591" = zext i8 %"w0_1.22" to i64
  %".5592" = and i64 %".5591", 1
  %".5593" = add i64 %".5590", %".5592"
  %".5594" = icmp uge i64 %".5593", 1
  %".5595" = icmp ule i64 %".5593", 3
  %".5596" = and i1 %".5594", %".5595"
  br i1 %".5596", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".5603" = trunc i64 %".5569" to i16
  %".5604" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".5603", ptr %".5604", align 2
  br label %"return"
gtpu_d1.to_ip_version:
  %".5607" = trunc i64 %".5569" to i16
  %".5608" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".5607", ptr %".5608", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".5611" = trunc i64 %".5569" to i16
  %".5612" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".5611", ptr %".5612", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".5615" = trunc i64 %".5569" to i16
  %".5616" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".5615", ptr %".5616", align 2
  br label %"return"
gtpu_d1.select:
  %".5598" = icmp uge i64 %".5593", 4
  %".5599" = icmp ule i64 %".5593", 7
  %".5600" = and i1 %".5598", %".5599"
  br i1 %".5600", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".5593", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
shim_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5625" = trunc i64 %"cursor.203" to i32
  %".5626" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".5625", [40 x i8]* %"header_copy", i32 8)
  %".5627" = icmp eq i64 %".5626", 0
  %".5628" = getelementptr i8, ptr %"ctx.67", i64 76
  %".5629" = load i32, ptr %".5628", align 4
  %".5630" = zext i32 %".5629" to i64
  %"data.205" = inttoptr i64 %".5630" to ptr
  %".5631" = getelementptr i8, ptr %"ctx.67", i64 80
  %".5632" = load i32, ptr %".5631", align 4
  %".5633" = zext i32 %".5632" to i64
  %"data_end.205" = inttoptr i64 %".5633" to ptr
  %".5634" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.205" = load ptr, ptr %".5634", align 8
  %".5635" = xor i1 %".5627", -1
  br i1 %".5635", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".5637" = trunc i64 %"cursor.203" to i16
  %".5638" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".5637", ptr %".5638", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".5641" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5642" = load volatile i16, [40 x i8]* %".5641", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".5651" = trunc i64 %".5644" to i16
  %".5652" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".5651", ptr %".5652", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".5655" = getelementptr i8, ptr %"keys.206", i64 12
  store i32 0, ptr %".5655", align 4
  %".5657" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5658" = zext i16 %".5657" to i64
  switch i64 %".5658", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.unknown:
  %".5660" = trunc i64 %".5644" to i16
  %".5661" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".5660", ptr %".5661", align 2
  br label %"return"
shim_d1.to_ipv4:
  %".5664" = trunc i64 %".5644" to i16
  %".5665" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".5664", ptr %".5665", align 2
  br label %"return"
gre_d1.copy:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5678" = trunc i64 %"cursor.205" to i32
  %".5679" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".5678", [40 x i8]* %"header_copy", i32 4)
  %".5680" = icmp eq i64 %".5679", 0
  %".5681" = getelementptr i8, ptr %"ctx.68", i64 76
  %".5682" = load i32, ptr %".5681", align 4
  %".5683" = zext i32 %".5682" to i64
  %"data.207" = inttoptr i64 %".5683" to ptr
  %".5684" = getelementptr i8, ptr %"ctx.68", i64 80
  %".5685" = load i32, ptr %".5684", align 4
  %".5686" = zext i32 %".5685" to i64
  %"data_end.207" = inttoptr i64 %".5686" to ptr
  %".5687" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.207" = load ptr, ptr %".5687", align 8
  %".5688" = xor i1 %".5680", -1
  br i1 %".5688", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".5690" = trunc i64 %"cursor.205" to i16
  %".5691" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".5690", ptr %".5691", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".5694" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5695" = load volatile i8, [40 x i8]* %".5694", align 1
  %".5696" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5697" = load volatile i8, [40 x i8]* %".5696", align 1
  %".5698" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5699" = load volatile i16, [40 x i8]* %".5698", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".5710" = trunc i64 %"cursor.205" to i16
  %".5711" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5710", ptr %".5711", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".5714" = add i64 %"cursor.205", 4
  %".5715" = zext i8 %"w0_1.23" to i64
  %".5716" = lshr i64 %".5715", 7
  %".5717" = and i64 %".5716", 1
  %".5718" = zext i8 %"w0_1.23" to i64
  %".5719" = lshr i64 %".5718", 5
  %".5720" = and i64 %".5719", 1
  %".5721" = add i64 %".5717", %".5720"
  %".5722" = zext i8 %"w0_1.23" to i64
  %".5723" = lshr i64 %".5722", 4
  %".5724" = and i64 %".5723", 1
  %".5725" = add i64 %".5721", %".5724"
  %".5726" = mul i64 %".5725", 4
  %".5727" = add i64 %".5726", 4
  %".5728" = getelementptr i8, ptr %"data.208", i64 %"cursor.205"
  %".5729" = getelementptr i8, ptr %".5728", i64 %".5727"
  %".5730" = icmp ugt ptr %".5729", %"data_end.208"
  br i1 %".5730", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.210" = phi  ptr [%"data.208", %"gre_d1.stop_before.endif"], [%"data.209", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.208", %"gre_d1.stop_before.endif"], [%"data_end.209", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.208", %"gre_d1.stop_before.endif"], [%"keys.209", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.15" = add i64 %"cursor.205", %".5727"
  %".5751" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".5751", align 1
  %".5753" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.68" = load volatile i32, ptr %".5753", align 4
  %".5754" = and i32 %"flags.68", 4
  %".5755" = icmp ne i32 %".5754", 0
  br i1 %".5755", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".5732" = add i64 %"cursor.205", %".5727"
  %".5733" = sub i64 %".5732", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5734" = trunc i64 %".5733" to i32
  %".5735" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".5734", i64* %"last_byte", i32 1)
  %".5736" = icmp eq i64 %".5735", 0
  %".5737" = getelementptr i8, ptr %"ctx.69", i64 76
  %".5738" = load i32, ptr %".5737", align 4
  %".5739" = zext i32 %".5738" to i64
  %"data.209" = inttoptr i64 %".5739" to ptr
  %".5740" = getelementptr i8, ptr %"ctx.69", i64 80
  %".5741" = load i32, ptr %".5740", align 4
  %".5742" = zext i32 %".5741" to i64
  %"data_end.209" = inttoptr i64 %".5742" to ptr
  %".5743" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.209" = load ptr, ptr %".5743", align 8
  %".5744" = xor i1 %".5736", -1
  br i1 %".5744", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".5746" = trunc i64 %"cursor.205" to i16
  %".5747" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".5746", ptr %".5747", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".5757" = trunc i64 %"end.15" to i16
  %".5758" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5757", ptr %".5758", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".5761" = getelementptr i8, ptr %"keys.210", i64 12
  store i32 0, ptr %".5761", align 4
  %".5763" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5764" = zext i16 %".5763" to i64
  %".5765" = trunc i64 %".5764" to i16
  %".5766" = call i16 @"llvm.bswap.i16"(i16 %".5765")
  %".5767" = getelementptr i8, ptr %"keys.210", i64 10
  store i16 %".5766", ptr %".5767", align 2
  %".5769" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5770" = zext i16 %".5769" to i64
  switch i64 %".5770", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]
gre_d1.unknown:
  %".5772" = trunc i64 %"end.15" to i16
  %".5773" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5772", ptr %".5773", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".5776" = trunc i64 %"end.15" to i16
  %".5777" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5776", ptr %".5777", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".5780" = trunc i64 %"end.15" to i16
  %".5781" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5780", ptr %".5781", align 2
  br label %"return"
gre_d1.to_vlan:
  %".5784" = trunc i64 %"end.15" to i16
  %".5785" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5784", ptr %".5785", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".5788" = trunc i64 %"end.15" to i16
  %".5789" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5788", ptr %".5789", align 2
  br label %"return"
gre_d1.to_mpls:
  %".5792" = trunc i64 %"end.15" to i16
  %".5793" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5792", ptr %".5793", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".5796" = trunc i64 %"end.15" to i16
  %".5797" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5796", ptr %".5797", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".5800" = trunc i64 %"end.15" to i16
  %".5801" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5800", ptr %".5801", align 2
  br label %"return"
gre_d1.to_arp:
  %".5804" = trunc i64 %"end.15" to i16
  %".5805" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5804", ptr %".5805", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".5808" = trunc i64 %"end.15" to i16
  %".5809" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5808", ptr %".5809", align 2
  br label %"return"
gre_d1.to_ptp:
  %".5812" = trunc i64 %"end.15" to i16
  %".5813" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5812", ptr %".5813", align 2
  br label %"return"
gre_d1.to_cfm:
  %".5816" = trunc i64 %"end.15" to i16
  %".5817" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5816", ptr %".5817", align 2
  br label %"return"
gre_d1.to_tipc:
  %".5820" = trunc i64 %"end.15" to i16
  %".5821" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5820", ptr %".5821", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".5824" = trunc i64 %"end.15" to i16
  %".5825" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5824", ptr %".5825", align 2
  br label %"return"
gre_d1.to_hsr:
  %".5828" = trunc i64 %"end.15" to i16
  %".5829" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5828", ptr %".5829", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".5832" = trunc i64 %"end.15" to i16
  %".5833" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5832", ptr %".5833", align 2
  br label %"return"
gre_d1.to_batadv:
  %".5836" = trunc i64 %"end.15" to i16
  %".5837" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5836", ptr %".5837", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".5840" = trunc i64 %"end.15" to i16
  %".5841" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5840", ptr %".5841", align 2
  br label %"return"
pptp_d1.copy:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5854" = trunc i64 %"cursor.207" to i32
  %".5855" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".5854", [40 x i8]* %"header_copy", i32 4)
  %".5856" = icmp eq i64 %".5855", 0
  %".5857" = getelementptr i8, ptr %"ctx.70", i64 76
  %".5858" = load i32, ptr %".5857", align 4
  %".5859" = zext i32 %".5858" to i64
  %"data.211" = inttoptr i64 %".5859" to ptr
  %".5860" = getelementptr i8, ptr %"ctx.70", i64 80
  %".5861" = load i32, ptr %".5860", align 4
  %".5862" = zext i32 %".5861" to i64
  %"data_end.211" = inttoptr i64 %".5862" to ptr
  %".5863" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.211" = load ptr, ptr %".5863", align 8
  %".5864" = xor i1 %".5856", -1
  br i1 %".5864", label %"pptp_d1.copy_failed", label %"pptp_d1.copy_failed.endif"
pptp_d1.copy_failed:
  %".5866" = trunc i64 %"cursor.207" to i16
  %".5867" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".5866", ptr %".5867", align 2
  br label %"return"
pptp_d1.copy_failed.endif:
  %".5870" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5871" = load volatile i8, [40 x i8]* %".5870", align 1
  %".5872" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5873" = load volatile i8, [40 x i8]* %".5872", align 1
  %".5874" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5875" = load volatile i16, [40 x i8]* %".5874", align 2
  br label %"pptp_d1.header"
pptp_d1.stop_before:
  %".5886" = trunc i64 %"cursor.207" to i16
  %".5887" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".5886", ptr %".5887", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".5890" = add i64 %"cursor.207", 4
  %".5891" = zext i8 %"w0_1.24" to i64
  %".5892" = lshr i64 %".5891", 7
  %".5893" = and i64 %".5892", 1
  %".5894" = zext i8 %"w0_1.24" to i64
  %".5895" = lshr i64 %".5894", 5
  %".5896" = and i64 %".5895", 1
  %".5897" = add i64 %".5893", %".5896"
  %".5898" = zext i8 %"w0_1.24" to i64
  %".5899" = lshr i64 %".5898", 4
  %".5900" = and i64 %".5899", 1
  %".5901" = add i64 %".5897", %".5900"
  %".5902" = zext i8 %"w1_1.16" to i64
  %".5903" = lshr i64 %".5902", 7
  %".5904" = and i64 %".5903", 1
  %".5905" = add i64 %".5901", %".5904"
  %".5906" = mul i64 %".5905", 4
  %".5907" = add i64 %".5906", 4
  %".5908" = getelementptr i8, ptr %"data.212", i64 %"cursor.207"
  %".5909" = getelementptr i8, ptr %".5908", i64 %".5907"
  %".5910" = icmp ugt ptr %".5909", %"data_end.212"
  br i1 %".5910", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.214" = phi  ptr [%"data.212", %"pptp_d1.stop_before.endif"], [%"data.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.214" = phi  ptr [%"data_end.212", %"pptp_d1.stop_before.endif"], [%"data_end.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.214" = phi  ptr [%"keys.212", %"pptp_d1.stop_before.endif"], [%"keys.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.16" = add i64 %"cursor.207", %".5907"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".5912" = add i64 %"cursor.207", %".5907"
  %".5913" = sub i64 %".5912", 1
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5914" = trunc i64 %".5913" to i32
  %".5915" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".5914", i64* %"last_byte", i32 1)
  %".5916" = icmp eq i64 %".5915", 0
  %".5917" = getelementptr i8, ptr %"ctx.71", i64 76
  %".5918" = load i32, ptr %".5917", align 4
  %".5919" = zext i32 %".5918" to i64
  %"data.213" = inttoptr i64 %".5919" to ptr
  %".5920" = getelementptr i8, ptr %"ctx.71", i64 80
  %".5921" = load i32, ptr %".5920", align 4
  %".5922" = zext i32 %".5921" to i64
  %"data_end.213" = inttoptr i64 %".5922" to ptr
  %".5923" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.213" = load ptr, ptr %".5923", align 8
  %".5924" = xor i1 %".5916", -1
  br i1 %".5924", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".5926" = trunc i64 %"cursor.207" to i16
  %".5927" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".5926", ptr %".5927", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".5932" = trunc i64 %"end.16" to i16
  %".5933" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".5932", ptr %".5933", align 2
  br label %"return"
pptp_d1.to_ppp:
  %".5936" = getelementptr i8, ptr %"keys.214", i64 2
  %".5937" = trunc i64 %"end.16" to i16
  store volatile i16 %".5937", ptr %".5936", align 2
  %".5939" = load volatile i16, ptr %".5936", align 2
  %".5940" = zext i16 %".5939" to i64
  %"cursor.324" = and i64 %".5940", 16383
  br label %"ppp_d1"
ppp_d1:
  %"cursor.323" = phi  i64 [%"cursor.324", %"pptp_d1.to_ppp"]
  %"data.215" = phi  ptr [%"data.214", %"pptp_d1.to_ppp"]
  %"data_end.215" = phi  ptr [%"data_end.214", %"pptp_d1.to_ppp"]
  %"keys.215" = phi  ptr [%"keys.214", %"pptp_d1.to_ppp"]
  %"hdr.67" = getelementptr i8, ptr %"data.215", i64 %"cursor.323"
  %".6965" = getelementptr i8, ptr %"hdr.67", i64 4
  %".6966" = icmp ugt ptr %".6965", %"data_end.215"
  br i1 %".6966", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".6968" = getelementptr i8, ptr %"hdr.67", i64 2
  %".6969" = load i16, ptr %".6968", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.26" = phi  i16 [%".6969", %"ppp_d1.linear"], [%".6988", %"ppp_d1.copy_failed.endif"]
  %"data.237" = phi  ptr [%"data.215", %"ppp_d1.linear"], [%"data.236", %"ppp_d1.copy_failed.endif"]
  %"data_end.237" = phi  ptr [%"data_end.215", %"ppp_d1.linear"], [%"data_end.236", %"ppp_d1.copy_failed.endif"]
  %"keys.237" = phi  ptr [%"keys.215", %"ppp_d1.linear"], [%"keys.236", %"ppp_d1.copy_failed.endif"]
  %".6990" = add i64 %"cursor.323", 4
  %".6991" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.26")
  %".6992" = zext i16 %".6991" to i64
  switch i64 %".6992", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5950" = trunc i64 %"cursor.209" to i32
  %".5951" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5950", [40 x i8]* %"header_copy", i32 2)
  %".5952" = icmp eq i64 %".5951", 0
  %".5953" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5954" = load i32, ptr %".5953", align 4
  %".5955" = zext i32 %".5954" to i64
  %"data.216" = inttoptr i64 %".5955" to ptr
  %".5956" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5957" = load i32, ptr %".5956", align 4
  %".5958" = zext i32 %".5957" to i64
  %"data_end.216" = inttoptr i64 %".5958" to ptr
  %".5959" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.216" = load ptr, ptr %".5959", align 8
  %".5960" = xor i1 %".5952", -1
  br i1 %".5960", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".5962" = trunc i64 %"cursor.209" to i16
  %".5963" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".5962", ptr %".5963", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".5966" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5967" = load volatile i8, [40 x i8]* %".5966", align 1
  %".5968" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5969" = load volatile i8, [40 x i8]* %".5968", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".5982" = trunc i64 %"end.17" to i16
  %".5983" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5982", ptr %".5983", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  %".5986" = getelementptr i8, ptr %"keys.217", i64 2
  %".5987" = trunc i64 %"end.17" to i16
  store volatile i16 %".5987", ptr %".5986", align 2
  %".5989" = load volatile i16, ptr %".5986", align 2
  %".5990" = zext i16 %".5989" to i64
  %"cursor.326" = and i64 %".5990", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  %".5992" = getelementptr i8, ptr %"keys.217", i64 2
  %".5993" = trunc i64 %"end.17" to i16
  store volatile i16 %".5993", ptr %".5992", align 2
  %".5995" = load volatile i16, ptr %".5992", align 2
  %".5996" = zext i16 %".5995" to i64
  %"cursor.327" = and i64 %".5996", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  %".5998" = getelementptr i8, ptr %"keys.217", i64 2
  %".5999" = trunc i64 %"end.17" to i16
  store volatile i16 %".5999", ptr %".5998", align 2
  %".6001" = load volatile i16, ptr %".5998", align 2
  %".6002" = zext i16 %".6001" to i64
  %"cursor.328" = and i64 %".6002", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  %".6004" = getelementptr i8, ptr %"keys.217", i64 2
  %".6005" = trunc i64 %"end.17" to i16
  store volatile i16 %".6005", ptr %".6004", align 2
  %".6007" = load volatile i16, ptr %".6004", align 2
  %".6008" = zext i16 %".6007" to i64
  %"cursor.330" = and i64 %".6008", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  %".6010" = getelementptr i8, ptr %"keys.217", i64 2
  %".6011" = trunc i64 %"end.17" to i16
  store volatile i16 %".6011", ptr %".6010", align 2
  %".6013" = load volatile i16, ptr %".6010", align 2
  %".6014" = zext i16 %".6013" to i64
  %"cursor.331" = and i64 %".6014", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  %".6016" = getelementptr i8, ptr %"keys.217", i64 2
  %".6017" = trunc i64 %"end.17" to i16
  store volatile i16 %".6017", ptr %".6016", align 2
  %".6019" = load volatile i16, ptr %".6016", align 2
  %".6020" = zext i16 %".6019" to i64
  %"cursor.332" = and i64 %".6020", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  %".6022" = getelementptr i8, ptr %"keys.217", i64 2
  %".6023" = trunc i64 %"end.17" to i16
  store volatile i16 %".6023", ptr %".6022", align 2
  %".6025" = load volatile i16, ptr %".6022", align 2
  %".6026" = zext i16 %".6025" to i64
  %"cursor.333" = and i64 %".6026", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre_version:
  %".6028" = getelementptr i8, ptr %"keys.217", i64 2
  %".6029" = trunc i64 %"end.17" to i16
  store volatile i16 %".6029", ptr %".6028", align 2
  %".6031" = load volatile i16, ptr %".6028", align 2
  %".6032" = zext i16 %".6031" to i64
  %"cursor.334" = and i64 %".6032", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  %".6034" = getelementptr i8, ptr %"keys.217", i64 2
  %".6035" = trunc i64 %"end.17" to i16
  store volatile i16 %".6035", ptr %".6034", align 2
  %".6037" = load volatile i16, ptr %".6034", align 2
  %".6038" = zext i16 %".6037" to i64
  %"cursor.335" = and i64 %".6038", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  %".6040" = getelementptr i8, ptr %"keys.217", i64 2
  %".6041" = trunc i64 %"end.17" to i16
  store volatile i16 %".6041", ptr %".6040", align 2
  %".6043" = load volatile i16, ptr %".6040", align 2
  %".6044" = zext i16 %".6043" to i64
  %"cursor.336" = and i64 %".6044", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  %".6046" = getelementptr i8, ptr %"keys.217", i64 2
  %".6047" = trunc i64 %"end.17" to i16
  store volatile i16 %".6047", ptr %".6046", align 2
  %".6049" = load volatile i16, ptr %".6046", align 2
  %".6050" = zext i16 %".6049" to i64
  %"cursor.337" = and i64 %".6050", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  %".6052" = getelementptr i8, ptr %"keys.217", i64 2
  %".6053" = trunc i64 %"end.17" to i16
  store volatile i16 %".6053", ptr %".6052", align 2
  %".6055" = load volatile i16, ptr %".6052", align 2
  %".6056" = zext i16 %".6055" to i64
  %"cursor.338" = and i64 %".6056", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  %".6058" = getelementptr i8, ptr %"keys.217", i64 2
  %".6059" = trunc i64 %"end.17" to i16
  store volatile i16 %".6059", ptr %".6058", align 2
  %".6061" = load volatile i16, ptr %".6058", align 2
  %".6062" = zext i16 %".6061" to i64
  %"cursor.339" = and i64 %".6062", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".6064" = trunc i64 34887 to i16
  %".6065" = call i16 @"llvm.bswap.i16"(i16 %".6064")
  %".6066" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".6065", ptr %".6066", align 2
  %".6068" = getelementptr i8, ptr %"keys.217", i64 2
  %".6069" = trunc i64 %"end.17" to i16
  store volatile i16 %".6069", ptr %".6068", align 2
  %".6071" = load volatile i16, ptr %".6068", align 2
  %".6072" = zext i16 %".6071" to i64
  %"cursor.340" = and i64 %".6072", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".6074" = trunc i64 2048 to i16
  %".6075" = call i16 @"llvm.bswap.i16"(i16 %".6074")
  %".6076" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".6075", ptr %".6076", align 2
  %".6078" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".6078", align 1
  %".6080" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.69" = load volatile i32, ptr %".6080", align 4
  %".6081" = and i32 %"flags.69", 4
  %".6082" = icmp ne i32 %".6081", 0
  br i1 %".6082", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".6094" = trunc i64 34525 to i16
  %".6095" = call i16 @"llvm.bswap.i16"(i16 %".6094")
  %".6096" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".6095", ptr %".6096", align 2
  %".6098" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".6098", align 1
  %".6100" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.70" = load volatile i32, ptr %".6100", align 4
  %".6101" = and i32 %"flags.70", 4
  %".6102" = icmp ne i32 %".6101", 0
  br i1 %".6102", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.325" = phi  i64 [%"cursor.326", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.327", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.328", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.341", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.342", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.343", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data.218" = phi  ptr [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.218" = phi  ptr [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.218" = phi  ptr [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.68" = getelementptr i8, ptr %"data.218", i64 %"cursor.325"
  %".7061" = getelementptr i8, ptr %"hdr.68", i64 2
  %".7062" = icmp ugt ptr %".7061", %"data_end.218"
  br i1 %".7062", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".7064" = getelementptr i8, ptr %"hdr.68", i64 0
  %".7065" = load i8, ptr %".7064", align 1
  %".7066" = getelementptr i8, ptr %"hdr.68", i64 1
  %".7067" = load i8, ptr %".7066", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.30" = phi  i8 [%".7065", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".7086", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.19" = phi  i8 [%".7067", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".7088", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.239" = phi  ptr [%"data.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.238", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.239" = phi  ptr [%"data_end.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.238", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.239" = phi  ptr [%"keys.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.238", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".7090" = zext i8 %"w0_1.30" to i64
  %".7091" = trunc i64 %".7090" to i8
  %".7092" = getelementptr i8, ptr %"keys.239", i64 9
  store i8 %".7091", ptr %".7092", align 1
  %".7094" = add i64 %"cursor.325", 2
  %".7095" = zext i8 %"w1_1.19" to i64
  %".7096" = mul i64 %".7095", 8
  %".7097" = add i64 %".7096", 6
  %".7098" = add i64 %".7097", 2
  %"end.19" = add i64 %"cursor.325", %".7098"
  %".7099" = zext i8 %"w0_1.30" to i64
  switch i64 %".7099", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.329" = phi  i64 [%"cursor.330", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"cursor.344", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data.219" = phi  ptr [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data_end.219" = phi  ptr [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"keys.219" = phi  ptr [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"hdr.69" = getelementptr i8, ptr %"data.219", i64 %"cursor.329"
  %".7225" = getelementptr i8, ptr %"hdr.69", i64 8
  %".7226" = icmp ugt ptr %".7225", %"data_end.219"
  br i1 %".7226", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".7228" = getelementptr i8, ptr %"hdr.69", i64 0
  %".7229" = load i8, ptr %".7228", align 1
  %".7230" = getelementptr i8, ptr %"hdr.69", i64 2
  %".7231" = load i16, ptr %".7230", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.31" = phi  i8 [%".7229", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".7250", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.27" = phi  i16 [%".7231", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".7252", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.240", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.240", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.240", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".7254" = zext i8 %"w0_1.31" to i64
  %".7255" = trunc i64 %".7254" to i8
  %".7256" = getelementptr i8, ptr %"keys.241", i64 9
  store i8 %".7255", ptr %".7256", align 1
  %".7258" = add i64 %"cursor.329", 8
  %".7259" = icmp ne i64 1, 0
  %".7260" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.27")
  %".7261" = zext i16 %".7260" to i64
  %".7262" = and i64 %".7261", 65528
  %".7263" = icmp eq i64 %".7262", 0
  br i1 %".7259", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".6084" = trunc i64 %"end.17" to i16
  %".6085" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".6084", ptr %".6085", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".6088" = getelementptr i8, ptr %"keys.217", i64 12
  store i32 0, ptr %".6088", align 4
  %".6090" = trunc i64 %"end.17" to i16
  %".6091" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".6090", ptr %".6091", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".6104" = trunc i64 %"end.17" to i16
  %".6105" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".6104", ptr %".6105", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".6108" = getelementptr i8, ptr %"keys.217", i64 12
  store i32 0, ptr %".6108", align 4
  %".6110" = trunc i64 %"end.17" to i16
  %".6111" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".6110", ptr %".6111", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6122" = trunc i64 %"cursor.213" to i32
  %".6123" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".6122", [40 x i8]* %"header_copy", i32 8)
  %".6124" = icmp eq i64 %".6123", 0
  %".6125" = getelementptr i8, ptr %"ctx.73", i64 76
  %".6126" = load i32, ptr %".6125", align 4
  %".6127" = zext i32 %".6126" to i64
  %"data.220" = inttoptr i64 %".6127" to ptr
  %".6128" = getelementptr i8, ptr %"ctx.73", i64 80
  %".6129" = load i32, ptr %".6128", align 4
  %".6130" = zext i32 %".6129" to i64
  %"data_end.220" = inttoptr i64 %".6130" to ptr
  %".6131" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.220" = load ptr, ptr %".6131", align 8
  %".6132" = xor i1 %".6124", -1
  br i1 %".6132", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".6134" = trunc i64 %"cursor.213" to i16
  %".6135" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".6134", ptr %".6135", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".6138" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6139" = load volatile i8, [40 x i8]* %".6138", align 1
  %".6140" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6141" = load volatile i16, [40 x i8]* %".6140", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".6154" = getelementptr i8, ptr %"keys.221", i64 6
  store i8 1, ptr %".6154", align 1
  br i1 %".6152", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".6174" = zext i8 %"w0_1.26" to i64
  switch i64 %".6174", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".6157" = getelementptr i8, ptr %"keys.221", i64 7
  store i8 1, ptr %".6157", align 1
  %".6159" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.71" = load volatile i32, ptr %".6159", align 4
  %".6160" = and i32 %"flags.71", 1
  %".6161" = icmp ne i32 %".6160", 0
  %".6162" = xor i1 %".6161", -1
  br i1 %".6162", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".6169" = trunc i64 %".6147" to i16
  %".6170" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".6169", ptr %".6170", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".6164" = trunc i64 %".6147" to i16
  %".6165" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".6164", ptr %".6165", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".6176" = trunc i64 %".6147" to i16
  %".6177" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".6176", ptr %".6177", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  %".6180" = getelementptr i8, ptr %"keys.221", i64 2
  %".6181" = trunc i64 %".6147" to i16
  store volatile i16 %".6181", ptr %".6180", align 2
  %".6183" = load volatile i16, ptr %".6180", align 2
  %".6184" = zext i16 %".6183" to i64
  %"cursor.341" = and i64 %".6184", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  %".6186" = getelementptr i8, ptr %"keys.221", i64 2
  %".6187" = trunc i64 %".6147" to i16
  store volatile i16 %".6187", ptr %".6186", align 2
  %".6189" = load volatile i16, ptr %".6186", align 2
  %".6190" = zext i16 %".6189" to i64
  %"cursor.342" = and i64 %".6190", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  %".6192" = getelementptr i8, ptr %"keys.221", i64 2
  %".6193" = trunc i64 %".6147" to i16
  store volatile i16 %".6193", ptr %".6192", align 2
  %".6195" = load volatile i16, ptr %".6192", align 2
  %".6196" = zext i16 %".6195" to i64
  %"cursor.343" = and i64 %".6196", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  %".6198" = getelementptr i8, ptr %"keys.221", i64 2
  %".6199" = trunc i64 %".6147" to i16
  store volatile i16 %".6199", ptr %".6198", align 2
  %".6201" = load volatile i16, ptr %".6198", align 2
  %".6202" = zext i16 %".6201" to i64
  %"cursor.344" = and i64 %".6202", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  %".6204" = getelementptr i8, ptr %"keys.221", i64 2
  %".6205" = trunc i64 %".6147" to i16
  store volatile i16 %".6205", ptr %".6204", align 2
  %".6207" = load volatile i16, ptr %".6204", align 2
  %".6208" = zext i16 %".6207" to i64
  %"cursor.345" = and i64 %".6208", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  %".6210" = getelementptr i8, ptr %"keys.221", i64 2
  %".6211" = trunc i64 %".6147" to i16
  store volatile i16 %".6211", ptr %".6210", align 2
  %".6213" = load volatile i16, ptr %".6210", align 2
  %".6214" = zext i16 %".6213" to i64
  %"cursor.346" = and i64 %".6214", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  %".6216" = getelementptr i8, ptr %"keys.221", i64 2
  %".6217" = trunc i64 %".6147" to i16
  store volatile i16 %".6217", ptr %".6216", align 2
  %".6219" = load volatile i16, ptr %".6216", align 2
  %".6220" = zext i16 %".6219" to i64
  %"cursor.347" = and i64 %".6220", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre_version:
  %".6222" = getelementptr i8, ptr %"keys.221", i64 2
  %".6223" = trunc i64 %".6147" to i16
  store volatile i16 %".6223", ptr %".6222", align 2
  %".6225" = load volatile i16, ptr %".6222", align 2
  %".6226" = zext i16 %".6225" to i64
  %"cursor.348" = and i64 %".6226", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  %".6228" = getelementptr i8, ptr %"keys.221", i64 2
  %".6229" = trunc i64 %".6147" to i16
  store volatile i16 %".6229", ptr %".6228", align 2
  %".6231" = load volatile i16, ptr %".6228", align 2
  %".6232" = zext i16 %".6231" to i64
  %"cursor.349" = and i64 %".6232", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  %".6234" = getelementptr i8, ptr %"keys.221", i64 2
  %".6235" = trunc i64 %".6147" to i16
  store volatile i16 %".6235", ptr %".6234", align 2
  %".6237" = load volatile i16, ptr %".6234", align 2
  %".6238" = zext i16 %".6237" to i64
  %"cursor.350" = and i64 %".6238", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  %".6240" = getelementptr i8, ptr %"keys.221", i64 2
  %".6241" = trunc i64 %".6147" to i16
  store volatile i16 %".6241", ptr %".6240", align 2
  %".6243" = load volatile i16, ptr %".6240", align 2
  %".6244" = zext i16 %".6243" to i64
  %"cursor.351" = and i64 %".6244", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  %".6246" = getelementptr i8, ptr %"keys.221", i64 2
  %".6247" = trunc i64 %".6147" to i16
  store volatile i16 %".6247", ptr %".6246", align 2
  %".6249" = load volatile i16, ptr %".6246", align 2
  %".6250" = zext i16 %".6249" to i64
  %"cursor.352" = and i64 %".6250", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  %".6252" = getelementptr i8, ptr %"keys.221", i64 2
  %".6253" = trunc i64 %".6147" to i16
  store volatile i16 %".6253", ptr %".6252", align 2
  %".6255" = load volatile i16, ptr %".6252", align 2
  %".6256" = zext i16 %".6255" to i64
  %"cursor.353" = and i64 %".6256", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".6258" = trunc i64 34887 to i16
  %".6259" = call i16 @"llvm.bswap.i16"(i16 %".6258")
  %".6260" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".6259", ptr %".6260", align 2
  %".6262" = getelementptr i8, ptr %"keys.221", i64 2
  %".6263" = trunc i64 %".6147" to i16
  store volatile i16 %".6263", ptr %".6262", align 2
  %".6265" = load volatile i16, ptr %".6262", align 2
  %".6266" = zext i16 %".6265" to i64
  %"cursor.354" = and i64 %".6266", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".6268" = trunc i64 2048 to i16
  %".6269" = call i16 @"llvm.bswap.i16"(i16 %".6268")
  %".6270" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".6269", ptr %".6270", align 2
  %".6272" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".6272", align 1
  %".6274" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.72" = load volatile i32, ptr %".6274", align 4
  %".6275" = and i32 %"flags.72", 4
  %".6276" = icmp ne i32 %".6275", 0
  br i1 %".6276", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".6288" = trunc i64 34525 to i16
  %".6289" = call i16 @"llvm.bswap.i16"(i16 %".6288")
  %".6290" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".6289", ptr %".6290", align 2
  %".6292" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".6292", align 1
  %".6294" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.73" = load volatile i32, ptr %".6294", align 4
  %".6295" = and i32 %"flags.73", 4
  %".6296" = icmp ne i32 %".6295", 0
  br i1 %".6296", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".6278" = trunc i64 %".6147" to i16
  %".6279" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".6278", ptr %".6279", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".6282" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".6282", align 4
  %".6284" = trunc i64 %".6147" to i16
  %".6285" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".6284", ptr %".6285", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".6298" = trunc i64 %".6147" to i16
  %".6299" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".6298", ptr %".6299", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".6302" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".6302", align 4
  %".6304" = trunc i64 %".6147" to i16
  %".6305" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".6304", ptr %".6305", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6316" = trunc i64 %"cursor.239" to i32
  %".6317" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".6316", [40 x i8]* %"header_copy", i32 2)
  %".6318" = icmp eq i64 %".6317", 0
  %".6319" = getelementptr i8, ptr %"ctx.74", i64 76
  %".6320" = load i32, ptr %".6319", align 4
  %".6321" = zext i32 %".6320" to i64
  %"data.222" = inttoptr i64 %".6321" to ptr
  %".6322" = getelementptr i8, ptr %"ctx.74", i64 80
  %".6323" = load i32, ptr %".6322", align 4
  %".6324" = zext i32 %".6323" to i64
  %"data_end.222" = inttoptr i64 %".6324" to ptr
  %".6325" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.222" = load ptr, ptr %".6325", align 8
  %".6326" = xor i1 %".6318", -1
  br i1 %".6326", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".6328" = trunc i64 %"cursor.239" to i16
  %".6329" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".6328", ptr %".6329", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".6332" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6333" = load volatile i8, [40 x i8]* %".6332", align 1
  %".6334" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6335" = load volatile i8, [40 x i8]* %".6334", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".6348" = trunc i64 %"end.18" to i16
  %".6349" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".6348", ptr %".6349", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".6352" = trunc i64 %"end.18" to i16
  %".6353" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".6352", ptr %".6353", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".6356" = trunc i64 %"end.18" to i16
  %".6357" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".6356", ptr %".6357", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".6360" = trunc i64 %"end.18" to i16
  %".6361" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".6360", ptr %".6361", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".6364" = trunc i64 %"end.18" to i16
  %".6365" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".6364", ptr %".6365", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  %".6368" = getelementptr i8, ptr %"keys.223", i64 2
  %".6369" = trunc i64 %"end.18" to i16
  store volatile i16 %".6369", ptr %".6368", align 2
  %".6371" = load volatile i16, ptr %".6368", align 2
  %".6372" = zext i16 %".6371" to i64
  %"cursor.355" = and i64 %".6372", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  %".6374" = getelementptr i8, ptr %"keys.223", i64 2
  %".6375" = trunc i64 %"end.18" to i16
  store volatile i16 %".6375", ptr %".6374", align 2
  %".6377" = load volatile i16, ptr %".6374", align 2
  %".6378" = zext i16 %".6377" to i64
  %"cursor.356" = and i64 %".6378", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  %".6380" = getelementptr i8, ptr %"keys.223", i64 2
  %".6381" = trunc i64 %"end.18" to i16
  store volatile i16 %".6381", ptr %".6380", align 2
  %".6383" = load volatile i16, ptr %".6380", align 2
  %".6384" = zext i16 %".6383" to i64
  %"cursor.357" = and i64 %".6384", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre_version:
  %".6386" = getelementptr i8, ptr %"keys.223", i64 2
  %".6387" = trunc i64 %"end.18" to i16
  store volatile i16 %".6387", ptr %".6386", align 2
  %".6389" = load volatile i16, ptr %".6386", align 2
  %".6390" = zext i16 %".6389" to i64
  %"cursor.358" = and i64 %".6390", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  %".6392" = getelementptr i8, ptr %"keys.223", i64 2
  %".6393" = trunc i64 %"end.18" to i16
  store volatile i16 %".6393", ptr %".6392", align 2
  %".6395" = load volatile i16, ptr %".6392", align 2
  %".6396" = zext i16 %".6395" to i64
  %"cursor.359" = and i64 %".6396", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  %".6398" = getelementptr i8, ptr %"keys.223", i64 2
  %".6399" = trunc i64 %"end.18" to i16
  store volatile i16 %".6399", ptr %".6398", align 2
  %".6401" = load volatile i16, ptr %".6398", align 2
  %".6402" = zext i16 %".6401" to i64
  %"cursor.360" = and i64 %".6402", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  %".6404" = getelementptr i8, ptr %"keys.223", i64 2
  %".6405" = trunc i64 %"end.18" to i16
  store volatile i16 %".6405", ptr %".6404", align 2
  %".6407" = load volatile i16, ptr %".6404", align 2
  %".6408" = zext i16 %".6407" to i64
  %"cursor.361" = and i64 %".6408", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  %".6410" = getelementptr i8, ptr %"keys.223", i64 2
  %".6411" = trunc i64 %"end.18" to i16
  store volatile i16 %".6411", ptr %".6410", align 2
  %".6413" = load volatile i16, ptr %".6410", align 2
  %".6414" = zext i16 %".6413" to i64
  %"cursor.362" = and i64 %".6414", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  %".6416" = getelementptr i8, ptr %"keys.223", i64 2
  %".6417" = trunc i64 %"end.18" to i16
  store volatile i16 %".6417", ptr %".6416", align 2
  %".6419" = load volatile i16, ptr %".6416", align 2
  %".6420" = zext i16 %".6419" to i64
  %"cursor.363" = and i64 %".6420", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".6422" = trunc i64 34887 to i16
  %".6423" = call i16 @"llvm.bswap.i16"(i16 %".6422")
  %".6424" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".6423", ptr %".6424", align 2
  %".6426" = getelementptr i8, ptr %"keys.223", i64 2
  %".6427" = trunc i64 %"end.18" to i16
  store volatile i16 %".6427", ptr %".6426", align 2
  %".6429" = load volatile i16, ptr %".6426", align 2
  %".6430" = zext i16 %".6429" to i64
  %"cursor.364" = and i64 %".6430", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".6432" = trunc i64 2048 to i16
  %".6433" = call i16 @"llvm.bswap.i16"(i16 %".6432")
  %".6434" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".6433", ptr %".6434", align 2
  %".6436" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".6436", align 1
  %".6438" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.74" = load volatile i32, ptr %".6438", align 4
  %".6439" = and i32 %"flags.74", 4
  %".6440" = icmp ne i32 %".6439", 0
  br i1 %".6440", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".6454" = trunc i64 34525 to i16
  %".6455" = call i16 @"llvm.bswap.i16"(i16 %".6454")
  %".6456" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".6455", ptr %".6456", align 2
  %".6458" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".6458", align 1
  %".6460" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.75" = load volatile i32, ptr %".6460", align 4
  %".6461" = and i32 %"flags.75", 4
  %".6462" = icmp ne i32 %".6461", 0
  br i1 %".6462", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".6442" = trunc i64 %"end.18" to i16
  %".6443" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".6442", ptr %".6443", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".6446" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".6446", align 4
  %".6448" = getelementptr i8, ptr %"keys.223", i64 2
  %".6449" = trunc i64 %"end.18" to i16
  store volatile i16 %".6449", ptr %".6448", align 2
  %".6451" = load volatile i16, ptr %".6448", align 2
  %".6452" = zext i16 %".6451" to i64
  %"cursor.365" = and i64 %".6452", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".6464" = trunc i64 %"end.18" to i16
  %".6465" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".6464", ptr %".6465", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".6468" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".6468", align 4
  %".6470" = getelementptr i8, ptr %"keys.223", i64 2
  %".6471" = trunc i64 %"end.18" to i16
  store volatile i16 %".6471", ptr %".6470", align 2
  %".6473" = load volatile i16, ptr %".6470", align 2
  %".6474" = zext i16 %".6473" to i64
  %"cursor.366" = and i64 %".6474", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6484" = trunc i64 %"cursor.241" to i32
  %".6485" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".6484", [40 x i8]* %"header_copy", i32 8)
  %".6486" = icmp eq i64 %".6485", 0
  %".6487" = getelementptr i8, ptr %"ctx.75", i64 76
  %".6488" = load i32, ptr %".6487", align 4
  %".6489" = zext i32 %".6488" to i64
  %"data.224" = inttoptr i64 %".6489" to ptr
  %".6490" = getelementptr i8, ptr %"ctx.75", i64 80
  %".6491" = load i32, ptr %".6490", align 4
  %".6492" = zext i32 %".6491" to i64
  %"data_end.224" = inttoptr i64 %".6492" to ptr
  %".6493" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.224" = load ptr, ptr %".6493", align 8
  %".6494" = xor i1 %".6486", -1
  br i1 %".6494", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".6496" = trunc i64 %"cursor.241" to i16
  %".6497" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".6496", ptr %".6497", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".6500" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6501" = load volatile i8, [40 x i8]* %".6500", align 1
  %".6502" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6503" = load volatile i16, [40 x i8]* %".6502", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".6516" = getelementptr i8, ptr %"keys.225", i64 6
  store i8 1, ptr %".6516", align 1
  br i1 %".6514", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".6536" = zext i8 %"w0_1.28" to i64
  switch i64 %".6536", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".6519" = getelementptr i8, ptr %"keys.225", i64 7
  store i8 1, ptr %".6519", align 1
  %".6521" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.76" = load volatile i32, ptr %".6521", align 4
  %".6522" = and i32 %"flags.76", 1
  %".6523" = icmp ne i32 %".6522", 0
  %".6524" = xor i1 %".6523", -1
  br i1 %".6524", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".6531" = trunc i64 %".6509" to i16
  %".6532" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6531", ptr %".6532", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".6526" = trunc i64 %".6509" to i16
  %".6527" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6526", ptr %".6527", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".6538" = trunc i64 %".6509" to i16
  %".6539" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6538", ptr %".6539", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".6542" = trunc i64 %".6509" to i16
  %".6543" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6542", ptr %".6543", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".6546" = trunc i64 %".6509" to i16
  %".6547" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6546", ptr %".6547", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".6550" = trunc i64 %".6509" to i16
  %".6551" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6550", ptr %".6551", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".6554" = trunc i64 %".6509" to i16
  %".6555" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6554", ptr %".6555", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  %".6558" = getelementptr i8, ptr %"keys.225", i64 2
  %".6559" = trunc i64 %".6509" to i16
  store volatile i16 %".6559", ptr %".6558", align 2
  %".6561" = load volatile i16, ptr %".6558", align 2
  %".6562" = zext i16 %".6561" to i64
  %"cursor.367" = and i64 %".6562", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  %".6564" = getelementptr i8, ptr %"keys.225", i64 2
  %".6565" = trunc i64 %".6509" to i16
  store volatile i16 %".6565", ptr %".6564", align 2
  %".6567" = load volatile i16, ptr %".6564", align 2
  %".6568" = zext i16 %".6567" to i64
  %"cursor.368" = and i64 %".6568", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  %".6570" = getelementptr i8, ptr %"keys.225", i64 2
  %".6571" = trunc i64 %".6509" to i16
  store volatile i16 %".6571", ptr %".6570", align 2
  %".6573" = load volatile i16, ptr %".6570", align 2
  %".6574" = zext i16 %".6573" to i64
  %"cursor.369" = and i64 %".6574", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre_version:
  %".6576" = getelementptr i8, ptr %"keys.225", i64 2
  %".6577" = trunc i64 %".6509" to i16
  store volatile i16 %".6577", ptr %".6576", align 2
  %".6579" = load volatile i16, ptr %".6576", align 2
  %".6580" = zext i16 %".6579" to i64
  %"cursor.370" = and i64 %".6580", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  %".6582" = getelementptr i8, ptr %"keys.225", i64 2
  %".6583" = trunc i64 %".6509" to i16
  store volatile i16 %".6583", ptr %".6582", align 2
  %".6585" = load volatile i16, ptr %".6582", align 2
  %".6586" = zext i16 %".6585" to i64
  %"cursor.371" = and i64 %".6586", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  %".6588" = getelementptr i8, ptr %"keys.225", i64 2
  %".6589" = trunc i64 %".6509" to i16
  store volatile i16 %".6589", ptr %".6588", align 2
  %".6591" = load volatile i16, ptr %".6588", align 2
  %".6592" = zext i16 %".6591" to i64
  %"cursor.372" = and i64 %".6592", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  %".6594" = getelementptr i8, ptr %"keys.225", i64 2
  %".6595" = trunc i64 %".6509" to i16
  store volatile i16 %".6595", ptr %".6594", align 2
  %".6597" = load volatile i16, ptr %".6594", align 2
  %".6598" = zext i16 %".6597" to i64
  %"cursor.373" = and i64 %".6598", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  %".6600" = getelementptr i8, ptr %"keys.225", i64 2
  %".6601" = trunc i64 %".6509" to i16
  store volatile i16 %".6601", ptr %".6600", align 2
  %".6603" = load volatile i16, ptr %".6600", align 2
  %".6604" = zext i16 %".6603" to i64
  %"cursor.374" = and i64 %".6604", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  %".6606" = getelementptr i8, ptr %"keys.225", i64 2
  %".6607" = trunc i64 %".6509" to i16
  store volatile i16 %".6607", ptr %".6606", align 2
  %".6609" = load volatile i16, ptr %".6606", align 2
  %".6610" = zext i16 %".6609" to i64
  %"cursor.375" = and i64 %".6610", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".6612" = trunc i64 34887 to i16
  %".6613" = call i16 @"llvm.bswap.i16"(i16 %".6612")
  %".6614" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".6613", ptr %".6614", align 2
  %".6616" = getelementptr i8, ptr %"keys.225", i64 2
  %".6617" = trunc i64 %".6509" to i16
  store volatile i16 %".6617", ptr %".6616", align 2
  %".6619" = load volatile i16, ptr %".6616", align 2
  %".6620" = zext i16 %".6619" to i64
  %"cursor.376" = and i64 %".6620", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".6622" = trunc i64 2048 to i16
  %".6623" = call i16 @"llvm.bswap.i16"(i16 %".6622")
  %".6624" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".6623", ptr %".6624", align 2
  %".6626" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".6626", align 1
  %".6628" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.77" = load volatile i32, ptr %".6628", align 4
  %".6629" = and i32 %"flags.77", 4
  %".6630" = icmp ne i32 %".6629", 0
  br i1 %".6630", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".6644" = trunc i64 34525 to i16
  %".6645" = call i16 @"llvm.bswap.i16"(i16 %".6644")
  %".6646" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".6645", ptr %".6646", align 2
  %".6648" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".6648", align 1
  %".6650" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.78" = load volatile i32, ptr %".6650", align 4
  %".6651" = and i32 %"flags.78", 4
  %".6652" = icmp ne i32 %".6651", 0
  br i1 %".6652", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".6632" = trunc i64 %".6509" to i16
  %".6633" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6632", ptr %".6633", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".6636" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".6636", align 4
  %".6638" = getelementptr i8, ptr %"keys.225", i64 2
  %".6639" = trunc i64 %".6509" to i16
  store volatile i16 %".6639", ptr %".6638", align 2
  %".6641" = load volatile i16, ptr %".6638", align 2
  %".6642" = zext i16 %".6641" to i64
  %"cursor.377" = and i64 %".6642", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".6654" = trunc i64 %".6509" to i16
  %".6655" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6654", ptr %".6655", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".6658" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".6658", align 4
  %".6660" = getelementptr i8, ptr %"keys.225", i64 2
  %".6661" = trunc i64 %".6509" to i16
  store volatile i16 %".6661", ptr %".6660", align 2
  %".6663" = load volatile i16, ptr %".6660", align 2
  %".6664" = zext i16 %".6663" to i64
  %"cursor.378" = and i64 %".6664", 16383
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6673" = trunc i64 %"cursor.269" to i32
  %".6674" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".6673", [40 x i8]* %"header_copy", i32 4)
  %".6675" = icmp eq i64 %".6674", 0
  %".6676" = getelementptr i8, ptr %"ctx.76", i64 76
  %".6677" = load i32, ptr %".6676", align 4
  %".6678" = zext i32 %".6677" to i64
  %"data.226" = inttoptr i64 %".6678" to ptr
  %".6679" = getelementptr i8, ptr %"ctx.76", i64 80
  %".6680" = load i32, ptr %".6679", align 4
  %".6681" = zext i32 %".6680" to i64
  %"data_end.226" = inttoptr i64 %".6681" to ptr
  %".6682" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.226" = load ptr, ptr %".6682", align 8
  %".6683" = xor i1 %".6675", -1
  br i1 %".6683", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".6685" = trunc i64 %".6666" to i16
  %".6686" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".6685", ptr %".6686", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".6689" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6690" = load volatile i8, [40 x i8]* %".6689", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".6696" = trunc i64 %".6692" to i16
  %".6697" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".6696", ptr %".6697", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_mpls:
  %".6700" = trunc i64 %".6692" to i16
  %".6701" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".6700", ptr %".6701", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".6704" = getelementptr i8, ptr %"keys.227", i64 8
  store i8 1, ptr %".6704", align 1
  %".6706" = getelementptr i8, ptr %"keys.227", i64 48
  %"flags.79" = load volatile i32, ptr %".6706", align 4
  %".6707" = and i32 %"flags.79", 4
  %".6708" = icmp ne i32 %".6707", 0
  br i1 %".6708", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".6710" = trunc i64 %".6692" to i16
  %".6711" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".6710", ptr %".6711", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".6714" = getelementptr i8, ptr %"keys.227", i64 12
  store i32 0, ptr %".6714", align 4
  %".6716" = getelementptr i8, ptr %"keys.227", i64 2
  %".6717" = trunc i64 %".6692" to i16
  store volatile i16 %".6717", ptr %".6716", align 2
  %".6719" = load volatile i16, ptr %".6716", align 2
  %".6720" = zext i16 %".6719" to i64
  %"cursor.379" = and i64 %".6720", 16383
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6729" = trunc i64 %"cursor.271" to i32
  %".6730" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".6729", [40 x i8]* %"header_copy", i32 4)
  %".6731" = icmp eq i64 %".6730", 0
  %".6732" = getelementptr i8, ptr %"ctx.77", i64 76
  %".6733" = load i32, ptr %".6732", align 4
  %".6734" = zext i32 %".6733" to i64
  %"data.228" = inttoptr i64 %".6734" to ptr
  %".6735" = getelementptr i8, ptr %"ctx.77", i64 80
  %".6736" = load i32, ptr %".6735", align 4
  %".6737" = zext i32 %".6736" to i64
  %"data_end.228" = inttoptr i64 %".6737" to ptr
  %".6738" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.228" = load ptr, ptr %".6738", align 8
  %".6739" = xor i1 %".6731", -1
  br i1 %".6739", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".6741" = trunc i64 %".6722" to i16
  %".6742" = getelementptr i8, ptr %"keys.228", i64 2
  store i16 %".6741", ptr %".6742", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".6745" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6746" = load volatile i8, [40 x i8]* %".6745", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".6752" = trunc i64 %".6748" to i16
  %".6753" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6752", ptr %".6753", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_mpls:
  %".6756" = getelementptr i8, ptr %"keys.229", i64 2
  %".6757" = trunc i64 %".6748" to i16
  store volatile i16 %".6757", ptr %".6756", align 2
  %".6759" = load volatile i16, ptr %".6756", align 2
  %".6760" = zext i16 %".6759" to i64
  %"cursor.381" = and i64 %".6760", 16383
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels3.to_ip_version:
  %".6762" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".6762", align 1
  %".6764" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.80" = load volatile i32, ptr %".6764", align 4
  %".6765" = and i32 %"flags.80", 4
  %".6766" = icmp ne i32 %".6765", 0
  br i1 %".6766", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels4:
  %"cursor.380" = phi  i64 [%"cursor.381", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.230" = phi  ptr [%"data.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.230" = phi  ptr [%"data_end.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.230" = phi  ptr [%"keys.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %".7411" = add i64 %"cursor.380", 4
  %"hdr.70" = getelementptr i8, ptr %"data.230", i64 %"cursor.380"
  %".7412" = getelementptr i8, ptr %"hdr.70", i64 4
  %".7413" = icmp ugt ptr %".7412", %"data_end.230"
  br i1 %".7413", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".7415" = getelementptr i8, ptr %"hdr.70", i64 2
  %".7416" = load i8, ptr %".7415", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".7416", %"mpls_d1_mpls_labels4.linear"], [%".7435", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.243" = phi  ptr [%"data.230", %"mpls_d1_mpls_labels4.linear"], [%"data.242", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.243" = phi  ptr [%"data_end.230", %"mpls_d1_mpls_labels4.linear"], [%"data_end.242", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.243" = phi  ptr [%"keys.230", %"mpls_d1_mpls_labels4.linear"], [%"keys.242", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".7437" = add i64 %"cursor.380", 4
  %".7438" = zext i8 %"w2_1.7" to i64
  %".7439" = and i64 %".7438", 1
  switch i64 %".7439", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels3.stop_at_encap:
  %".6768" = trunc i64 %".6748" to i16
  %".6769" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6768", ptr %".6769", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".6772" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".6772", align 4
  %".6774" = trunc i64 %".6748" to i16
  %".6775" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6774", ptr %".6775", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6784" = trunc i64 %"cursor.290" to i32
  %".6785" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".6784", [40 x i8]* %"header_copy", i32 1)
  %".6786" = icmp eq i64 %".6785", 0
  %".6787" = getelementptr i8, ptr %"ctx.78", i64 76
  %".6788" = load i32, ptr %".6787", align 4
  %".6789" = zext i32 %".6788" to i64
  %"data.231" = inttoptr i64 %".6789" to ptr
  %".6790" = getelementptr i8, ptr %"ctx.78", i64 80
  %".6791" = load i32, ptr %".6790", align 4
  %".6792" = zext i32 %".6791" to i64
  %"data_end.231" = inttoptr i64 %".6792" to ptr
  %".6793" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.231" = load ptr, ptr %".6793", align 8
  %".6794" = xor i1 %".6786", -1
  br i1 %".6794", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".6796" = trunc i64 %"cursor.290" to i16
  %".6797" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".6796", ptr %".6797", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".6800" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6801" = load volatile i8, [40 x i8]* %".6800", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".6810" = trunc i64 %".6803" to i16
  %".6811" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".6810", ptr %".6811", align 2
  br label %"return"
gtpu_next_d1.to_ip_version:
  %".6814" = getelementptr i8, ptr %"keys.232", i64 2
  %".6815" = trunc i64 %".6803" to i16
  store volatile i16 %".6815", ptr %".6814", align 2
  %".6817" = load volatile i16, ptr %".6814", align 2
  %".6818" = zext i16 %".6817" to i64
  %"cursor.382" = and i64 %".6818", 16383
  br label %"ip_version_d1"
gtpu_next_d1.to_gtpu_ext:
  %".6820" = getelementptr i8, ptr %"keys.232", i64 2
  %".6821" = trunc i64 %".6803" to i16
  store volatile i16 %".6821", ptr %".6820", align 2
  %".6823" = load volatile i16, ptr %".6820", align 2
  %".6824" = zext i16 %".6823" to i64
  %"cursor.384" = and i64 %".6824", 16383
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".6804", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.383" = phi  i64 [%"cursor.384", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.233" = phi  ptr [%"data.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.233" = phi  ptr [%"data_end.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.233" = phi  ptr [%"keys.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.233", i64 %"cursor.383"
  %".7465" = getelementptr i8, ptr %"hdr.71", i64 1
  %".7466" = icmp ugt ptr %".7465", %"data_end.233"
  br i1 %".7466", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".7468" = getelementptr i8, ptr %"hdr.71", i64 0
  %".7469" = load i8, ptr %".7468", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.32" = phi  i8 [%".7469", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".7488", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.245" = phi  ptr [%"data.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.244", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.245" = phi  ptr [%"data_end.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.244", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.245" = phi  ptr [%"keys.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.244", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".7490" = zext i8 %"w0_1.32" to i64
  %".7491" = icmp uge i64 %".7490", 1
  %".7492" = xor i1 %".7491", -1
  br i1 %".7492", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
vlan_d1_vlan_tags2.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6832" = trunc i64 %"cursor.294" to i32
  %".6833" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".6832", [40 x i8]* %"header_copy", i32 4)
  %".6834" = icmp eq i64 %".6833", 0
  %".6835" = getelementptr i8, ptr %"ctx.79", i64 76
  %".6836" = load i32, ptr %".6835", align 4
  %".6837" = zext i32 %".6836" to i64
  %"data.234" = inttoptr i64 %".6837" to ptr
  %".6838" = getelementptr i8, ptr %"ctx.79", i64 80
  %".6839" = load i32, ptr %".6838", align 4
  %".6840" = zext i32 %".6839" to i64
  %"data_end.234" = inttoptr i64 %".6840" to ptr
  %".6841" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.234" = load ptr, ptr %".6841", align 8
  %".6842" = xor i1 %".6834", -1
  br i1 %".6842", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".6844" = trunc i64 %"cursor.294" to i16
  %".6845" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".6844", ptr %".6845", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".6848" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6849" = load volatile i16, [40 x i8]* %".6848", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".6864" = trunc i64 %".6857" to i16
  %".6865" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".6864", ptr %".6865", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  %".6868" = getelementptr i8, ptr %"keys.235", i64 2
  %".6869" = trunc i64 %".6857" to i16
  store volatile i16 %".6869", ptr %".6868", align 2
  %".6871" = load volatile i16, ptr %".6868", align 2
  %".6872" = zext i16 %".6871" to i64
  %"cursor.385" = and i64 %".6872", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  %".6874" = getelementptr i8, ptr %"keys.235", i64 2
  %".6875" = trunc i64 %".6857" to i16
  store volatile i16 %".6875", ptr %".6874", align 2
  %".6877" = load volatile i16, ptr %".6874", align 2
  %".6878" = zext i16 %".6877" to i64
  %"cursor.386" = and i64 %".6878", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".6880" = trunc i64 %".6857" to i16
  %".6881" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".6880", ptr %".6881", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".6884" = trunc i64 %".6857" to i16
  %".6885" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".6884", ptr %".6885", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  %".6888" = getelementptr i8, ptr %"keys.235", i64 2
  %".6889" = trunc i64 %".6857" to i16
  store volatile i16 %".6889", ptr %".6888", align 2
  %".6891" = load volatile i16, ptr %".6888", align 2
  %".6892" = zext i16 %".6891" to i64
  %"cursor.387" = and i64 %".6892", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  %".6894" = getelementptr i8, ptr %"keys.235", i64 2
  %".6895" = trunc i64 %".6857" to i16
  store volatile i16 %".6895", ptr %".6894", align 2
  %".6897" = load volatile i16, ptr %".6894", align 2
  %".6898" = zext i16 %".6897" to i64
  %"cursor.388" = and i64 %".6898", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  %".6900" = getelementptr i8, ptr %"keys.235", i64 2
  %".6901" = trunc i64 %".6857" to i16
  store volatile i16 %".6901", ptr %".6900", align 2
  %".6903" = load volatile i16, ptr %".6900", align 2
  %".6904" = zext i16 %".6903" to i64
  %"cursor.389" = and i64 %".6904", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2.to_arp:
  %".6906" = getelementptr i8, ptr %"keys.235", i64 2
  %".6907" = trunc i64 %".6857" to i16
  store volatile i16 %".6907", ptr %".6906", align 2
  %".6909" = load volatile i16, ptr %".6906", align 2
  %".6910" = zext i16 %".6909" to i64
  %"cursor.390" = and i64 %".6910", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_arp.1:
  %".6912" = getelementptr i8, ptr %"keys.235", i64 2
  %".6913" = trunc i64 %".6857" to i16
  store volatile i16 %".6913", ptr %".6912", align 2
  %".6915" = load volatile i16, ptr %".6912", align 2
  %".6916" = zext i16 %".6915" to i64
  %"cursor.391" = and i64 %".6916", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_ptp:
  %".6918" = getelementptr i8, ptr %"keys.235", i64 2
  %".6919" = trunc i64 %".6857" to i16
  store volatile i16 %".6919", ptr %".6918", align 2
  %".6921" = load volatile i16, ptr %".6918", align 2
  %".6922" = zext i16 %".6921" to i64
  %"cursor.392" = and i64 %".6922", 16383
  br label %"ptp"
vlan_d1_vlan_tags2.to_cfm:
  %".6924" = getelementptr i8, ptr %"keys.235", i64 2
  %".6925" = trunc i64 %".6857" to i16
  store volatile i16 %".6925", ptr %".6924", align 2
  %".6927" = load volatile i16, ptr %".6924", align 2
  %".6928" = zext i16 %".6927" to i64
  %"cursor.393" = and i64 %".6928", 16383
  br label %"cfm"
vlan_d1_vlan_tags2.to_tipc:
  %".6930" = getelementptr i8, ptr %"keys.235", i64 2
  %".6931" = trunc i64 %".6857" to i16
  store volatile i16 %".6931", ptr %".6930", align 2
  %".6933" = load volatile i16, ptr %".6930", align 2
  %".6934" = zext i16 %".6933" to i64
  %"cursor.394" = and i64 %".6934", 16383
  br label %"tipc"
vlan_d1_vlan_tags2.to_fcoe:
  %".6936" = getelementptr i8, ptr %"keys.235", i64 2
  %".6937" = trunc i64 %".6857" to i16
  store volatile i16 %".6937", ptr %".6936", align 2
  %".6939" = load volatile i16, ptr %".6936", align 2
  %".6940" = zext i16 %".6939" to i64
  %"cursor.395" = and i64 %".6940", 16383
  br label %"fcoe"
vlan_d1_vlan_tags2.to_hsr:
  %".6942" = getelementptr i8, ptr %"keys.235", i64 2
  %".6943" = trunc i64 %".6857" to i16
  store volatile i16 %".6943", ptr %".6942", align 2
  %".6945" = load volatile i16, ptr %".6942", align 2
  %".6946" = zext i16 %".6945" to i64
  %"cursor.396" = and i64 %".6946", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags2.to_hsr.1:
  %".6948" = getelementptr i8, ptr %"keys.235", i64 2
  %".6949" = trunc i64 %".6857" to i16
  store volatile i16 %".6949", ptr %".6948", align 2
  %".6951" = load volatile i16, ptr %".6948", align 2
  %".6952" = zext i16 %".6951" to i64
  %"cursor.397" = and i64 %".6952", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags2.to_batadv:
  %".6954" = getelementptr i8, ptr %"keys.235", i64 2
  %".6955" = trunc i64 %".6857" to i16
  store volatile i16 %".6955", ptr %".6954", align 2
  %".6957" = load volatile i16, ptr %".6954", align 2
  %".6958" = zext i16 %".6957" to i64
  %"cursor.398" = and i64 %".6958", 16383
  br label %"batadv_d1"
ppp_d1.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6971" = trunc i64 %"cursor.323" to i32
  %".6972" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".6971", [40 x i8]* %"header_copy", i32 4)
  %".6973" = icmp eq i64 %".6972", 0
  %".6974" = getelementptr i8, ptr %"ctx.80", i64 76
  %".6975" = load i32, ptr %".6974", align 4
  %".6976" = zext i32 %".6975" to i64
  %"data.236" = inttoptr i64 %".6976" to ptr
  %".6977" = getelementptr i8, ptr %"ctx.80", i64 80
  %".6978" = load i32, ptr %".6977", align 4
  %".6979" = zext i32 %".6978" to i64
  %"data_end.236" = inttoptr i64 %".6979" to ptr
  %".6980" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.236" = load ptr, ptr %".6980", align 8
  %".6981" = xor i1 %".6973", -1
  br i1 %".6981", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".6983" = trunc i64 %"cursor.323" to i16
  %".6984" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".6983", ptr %".6984", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".6987" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6988" = load volatile i16, [40 x i8]* %".6987", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".6994" = and i64 %".6992", 0
  %".6995" = icmp eq i64 %".6994", 0
  br i1 %".6995", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".7001" = trunc i64 2048 to i16
  %".7002" = call i16 @"llvm.bswap.i16"(i16 %".7001")
  %".7003" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".7002", ptr %".7003", align 2
  %".7005" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".7005", align 1
  %".7007" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.81" = load volatile i32, ptr %".7007", align 4
  %".7008" = and i32 %"flags.81", 4
  %".7009" = icmp ne i32 %".7008", 0
  br i1 %".7009", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".7021" = trunc i64 34525 to i16
  %".7022" = call i16 @"llvm.bswap.i16"(i16 %".7021")
  %".7023" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".7022", ptr %".7023", align 2
  %".7025" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".7025", align 1
  %".7027" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.82" = load volatile i32, ptr %".7027", align 4
  %".7028" = and i32 %"flags.82", 4
  %".7029" = icmp ne i32 %".7028", 0
  br i1 %".7029", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".7041" = trunc i64 34827 to i16
  %".7042" = call i16 @"llvm.bswap.i16"(i16 %".7041")
  %".7043" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".7042", ptr %".7043", align 2
  %".7045" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".7045", align 1
  %".7047" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.83" = load volatile i32, ptr %".7047", align 4
  %".7048" = and i32 %"flags.83", 4
  %".7049" = icmp ne i32 %".7048", 0
  br i1 %".7049", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".6997" = trunc i64 %".6990" to i16
  %".6998" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".6997", ptr %".6998", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".7011" = trunc i64 %".6990" to i16
  %".7012" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".7011", ptr %".7012", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".7015" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".7015", align 4
  %".7017" = trunc i64 %".6990" to i16
  %".7018" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".7017", ptr %".7018", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".7031" = trunc i64 %".6990" to i16
  %".7032" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".7031", ptr %".7032", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".7035" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".7035", align 4
  %".7037" = trunc i64 %".6990" to i16
  %".7038" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".7037", ptr %".7038", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".7051" = trunc i64 %".6990" to i16
  %".7052" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".7051", ptr %".7052", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".7055" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".7055", align 4
  %".7057" = trunc i64 %".6990" to i16
  %".7058" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".7057", ptr %".7058", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7069" = trunc i64 %"cursor.325" to i32
  %".7070" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".7069", [40 x i8]* %"header_copy", i32 2)
  %".7071" = icmp eq i64 %".7070", 0
  %".7072" = getelementptr i8, ptr %"ctx.81", i64 76
  %".7073" = load i32, ptr %".7072", align 4
  %".7074" = zext i32 %".7073" to i64
  %"data.238" = inttoptr i64 %".7074" to ptr
  %".7075" = getelementptr i8, ptr %"ctx.81", i64 80
  %".7076" = load i32, ptr %".7075", align 4
  %".7077" = zext i32 %".7076" to i64
  %"data_end.238" = inttoptr i64 %".7077" to ptr
  %".7078" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.238" = load ptr, ptr %".7078", align 8
  %".7079" = xor i1 %".7071", -1
  br i1 %".7079", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".7081" = trunc i64 %"cursor.325" to i16
  %".7082" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".7081", ptr %".7082", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".7085" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7086" = load volatile i8, [40 x i8]* %".7085", align 1
  %".7087" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".7088" = load volatile i8, [40 x i8]* %".7087", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".7101" = trunc i64 %"end.19" to i16
  %".7102" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".7101", ptr %".7102", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".7105" = trunc i64 %"end.19" to i16
  %".7106" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".7105", ptr %".7106", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".7109" = trunc i64 %"end.19" to i16
  %".7110" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".7109", ptr %".7110", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".7113" = trunc i64 %"end.19" to i16
  %".7114" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".7113", ptr %".7114", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".7117" = trunc i64 %"end.19" to i16
  %".7118" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".7117", ptr %".7118", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  %".7121" = getelementptr i8, ptr %"keys.239", i64 2
  %".7122" = trunc i64 %"end.19" to i16
  store volatile i16 %".7122", ptr %".7121", align 2
  %".7124" = load volatile i16, ptr %".7121", align 2
  %".7125" = zext i16 %".7124" to i64
  %"cursor.399" = and i64 %".7125", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  %".7127" = getelementptr i8, ptr %"keys.239", i64 2
  %".7128" = trunc i64 %"end.19" to i16
  store volatile i16 %".7128", ptr %".7127", align 2
  %".7130" = load volatile i16, ptr %".7127", align 2
  %".7131" = zext i16 %".7130" to i64
  %"cursor.400" = and i64 %".7131", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  %".7133" = getelementptr i8, ptr %"keys.239", i64 2
  %".7134" = trunc i64 %"end.19" to i16
  store volatile i16 %".7134", ptr %".7133", align 2
  %".7136" = load volatile i16, ptr %".7133", align 2
  %".7137" = zext i16 %".7136" to i64
  %"cursor.401" = and i64 %".7137", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre_version:
  %".7139" = getelementptr i8, ptr %"keys.239", i64 2
  %".7140" = trunc i64 %"end.19" to i16
  store volatile i16 %".7140", ptr %".7139", align 2
  %".7142" = load volatile i16, ptr %".7139", align 2
  %".7143" = zext i16 %".7142" to i64
  %"cursor.402" = and i64 %".7143", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  %".7145" = getelementptr i8, ptr %"keys.239", i64 2
  %".7146" = trunc i64 %"end.19" to i16
  store volatile i16 %".7146", ptr %".7145", align 2
  %".7148" = load volatile i16, ptr %".7145", align 2
  %".7149" = zext i16 %".7148" to i64
  %"cursor.403" = and i64 %".7149", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  %".7151" = getelementptr i8, ptr %"keys.239", i64 2
  %".7152" = trunc i64 %"end.19" to i16
  store volatile i16 %".7152", ptr %".7151", align 2
  %".7154" = load volatile i16, ptr %".7151", align 2
  %".7155" = zext i16 %".7154" to i64
  %"cursor.404" = and i64 %".7155", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  %".7157" = getelementptr i8, ptr %"keys.239", i64 2
  %".7158" = trunc i64 %"end.19" to i16
  store volatile i16 %".7158", ptr %".7157", align 2
  %".7160" = load volatile i16, ptr %".7157", align 2
  %".7161" = zext i16 %".7160" to i64
  %"cursor.405" = and i64 %".7161", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  %".7163" = getelementptr i8, ptr %"keys.239", i64 2
  %".7164" = trunc i64 %"end.19" to i16
  store volatile i16 %".7164", ptr %".7163", align 2
  %".7166" = load volatile i16, ptr %".7163", align 2
  %".7167" = zext i16 %".7166" to i64
  %"cursor.406" = and i64 %".7167", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  %".7169" = getelementptr i8, ptr %"keys.239", i64 2
  %".7170" = trunc i64 %"end.19" to i16
  store volatile i16 %".7170", ptr %".7169", align 2
  %".7172" = load volatile i16, ptr %".7169", align 2
  %".7173" = zext i16 %".7172" to i64
  %"cursor.407" = and i64 %".7173", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".7175" = trunc i64 34887 to i16
  %".7176" = call i16 @"llvm.bswap.i16"(i16 %".7175")
  %".7177" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".7176", ptr %".7177", align 2
  %".7179" = getelementptr i8, ptr %"keys.239", i64 2
  %".7180" = trunc i64 %"end.19" to i16
  store volatile i16 %".7180", ptr %".7179", align 2
  %".7182" = load volatile i16, ptr %".7179", align 2
  %".7183" = zext i16 %".7182" to i64
  %"cursor.408" = and i64 %".7183", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".7185" = trunc i64 2048 to i16
  %".7186" = call i16 @"llvm.bswap.i16"(i16 %".7185")
  %".7187" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".7186", ptr %".7187", align 2
  %".7189" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".7189", align 1
  %".7191" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.84" = load volatile i32, ptr %".7191", align 4
  %".7192" = and i32 %"flags.84", 4
  %".7193" = icmp ne i32 %".7192", 0
  br i1 %".7193", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".7205" = trunc i64 34525 to i16
  %".7206" = call i16 @"llvm.bswap.i16"(i16 %".7205")
  %".7207" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".7206", ptr %".7207", align 2
  %".7209" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".7209", align 1
  %".7211" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.85" = load volatile i32, ptr %".7211", align 4
  %".7212" = and i32 %"flags.85", 4
  %".7213" = icmp ne i32 %".7212", 0
  br i1 %".7213", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".7195" = trunc i64 %"end.19" to i16
  %".7196" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".7195", ptr %".7196", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".7199" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".7199", align 4
  %".7201" = trunc i64 %"end.19" to i16
  %".7202" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".7201", ptr %".7202", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".7215" = trunc i64 %"end.19" to i16
  %".7216" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".7215", ptr %".7216", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".7219" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".7219", align 4
  %".7221" = trunc i64 %"end.19" to i16
  %".7222" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".7221", ptr %".7222", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7233" = trunc i64 %"cursor.329" to i32
  %".7234" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".7233", [40 x i8]* %"header_copy", i32 8)
  %".7235" = icmp eq i64 %".7234", 0
  %".7236" = getelementptr i8, ptr %"ctx.82", i64 76
  %".7237" = load i32, ptr %".7236", align 4
  %".7238" = zext i32 %".7237" to i64
  %"data.240" = inttoptr i64 %".7238" to ptr
  %".7239" = getelementptr i8, ptr %"ctx.82", i64 80
  %".7240" = load i32, ptr %".7239", align 4
  %".7241" = zext i32 %".7240" to i64
  %"data_end.240" = inttoptr i64 %".7241" to ptr
  %".7242" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.240" = load ptr, ptr %".7242", align 8
  %".7243" = xor i1 %".7235", -1
  br i1 %".7243", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".7245" = trunc i64 %"cursor.329" to i16
  %".7246" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".7245", ptr %".7246", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".7249" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7250" = load volatile i8, [40 x i8]* %".7249", align 1
  %".7251" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7252" = load volatile i16, [40 x i8]* %".7251", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".7265" = getelementptr i8, ptr %"keys.241", i64 6
  store i8 1, ptr %".7265", align 1
  br i1 %".7263", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".7285" = zext i8 %"w0_1.31" to i64
  switch i64 %".7285", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".7268" = getelementptr i8, ptr %"keys.241", i64 7
  store i8 1, ptr %".7268", align 1
  %".7270" = getelementptr i8, ptr %"keys.241", i64 48
  %"flags.86" = load volatile i32, ptr %".7270", align 4
  %".7271" = and i32 %"flags.86", 1
  %".7272" = icmp ne i32 %".7271", 0
  %".7273" = xor i1 %".7272", -1
  br i1 %".7273", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".7280" = trunc i64 %".7258" to i16
  %".7281" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7280", ptr %".7281", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".7275" = trunc i64 %".7258" to i16
  %".7276" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7275", ptr %".7276", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".7287" = trunc i64 %".7258" to i16
  %".7288" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7287", ptr %".7288", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".7291" = trunc i64 %".7258" to i16
  %".7292" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7291", ptr %".7292", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".7295" = trunc i64 %".7258" to i16
  %".7296" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7295", ptr %".7296", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".7299" = trunc i64 %".7258" to i16
  %".7300" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7299", ptr %".7300", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".7303" = trunc i64 %".7258" to i16
  %".7304" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7303", ptr %".7304", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  %".7307" = getelementptr i8, ptr %"keys.241", i64 2
  %".7308" = trunc i64 %".7258" to i16
  store volatile i16 %".7308", ptr %".7307", align 2
  %".7310" = load volatile i16, ptr %".7307", align 2
  %".7311" = zext i16 %".7310" to i64
  %"cursor.409" = and i64 %".7311", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  %".7313" = getelementptr i8, ptr %"keys.241", i64 2
  %".7314" = trunc i64 %".7258" to i16
  store volatile i16 %".7314", ptr %".7313", align 2
  %".7316" = load volatile i16, ptr %".7313", align 2
  %".7317" = zext i16 %".7316" to i64
  %"cursor.410" = and i64 %".7317", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  %".7319" = getelementptr i8, ptr %"keys.241", i64 2
  %".7320" = trunc i64 %".7258" to i16
  store volatile i16 %".7320", ptr %".7319", align 2
  %".7322" = load volatile i16, ptr %".7319", align 2
  %".7323" = zext i16 %".7322" to i64
  %"cursor.411" = and i64 %".7323", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre_version:
  %".7325" = getelementptr i8, ptr %"keys.241", i64 2
  %".7326" = trunc i64 %".7258" to i16
  store volatile i16 %".7326", ptr %".7325", align 2
  %".7328" = load volatile i16, ptr %".7325", align 2
  %".7329" = zext i16 %".7328" to i64
  %"cursor.412" = and i64 %".7329", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  %".7331" = getelementptr i8, ptr %"keys.241", i64 2
  %".7332" = trunc i64 %".7258" to i16
  store volatile i16 %".7332", ptr %".7331", align 2
  %".7334" = load volatile i16, ptr %".7331", align 2
  %".7335" = zext i16 %".7334" to i64
  %"cursor.413" = and i64 %".7335", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  %".7337" = getelementptr i8, ptr %"keys.241", i64 2
  %".7338" = trunc i64 %".7258" to i16
  store volatile i16 %".7338", ptr %".7337", align 2
  %".7340" = load volatile i16, ptr %".7337", align 2
  %".7341" = zext i16 %".7340" to i64
  %"cursor.414" = and i64 %".7341", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  %".7343" = getelementptr i8, ptr %"keys.241", i64 2
  %".7344" = trunc i64 %".7258" to i16
  store volatile i16 %".7344", ptr %".7343", align 2
  %".7346" = load volatile i16, ptr %".7343", align 2
  %".7347" = zext i16 %".7346" to i64
  %"cursor.415" = and i64 %".7347", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  %".7349" = getelementptr i8, ptr %"keys.241", i64 2
  %".7350" = trunc i64 %".7258" to i16
  store volatile i16 %".7350", ptr %".7349", align 2
  %".7352" = load volatile i16, ptr %".7349", align 2
  %".7353" = zext i16 %".7352" to i64
  %"cursor.416" = and i64 %".7353", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  %".7355" = getelementptr i8, ptr %"keys.241", i64 2
  %".7356" = trunc i64 %".7258" to i16
  store volatile i16 %".7356", ptr %".7355", align 2
  %".7358" = load volatile i16, ptr %".7355", align 2
  %".7359" = zext i16 %".7358" to i64
  %"cursor.417" = and i64 %".7359", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".7361" = trunc i64 34887 to i16
  %".7362" = call i16 @"llvm.bswap.i16"(i16 %".7361")
  %".7363" = getelementptr i8, ptr %"keys.241", i64 10
  store i16 %".7362", ptr %".7363", align 2
  %".7365" = getelementptr i8, ptr %"keys.241", i64 2
  %".7366" = trunc i64 %".7258" to i16
  store volatile i16 %".7366", ptr %".7365", align 2
  %".7368" = load volatile i16, ptr %".7365", align 2
  %".7369" = zext i16 %".7368" to i64
  %"cursor.418" = and i64 %".7369", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".7371" = trunc i64 2048 to i16
  %".7372" = call i16 @"llvm.bswap.i16"(i16 %".7371")
  %".7373" = getelementptr i8, ptr %"keys.241", i64 10
  store i16 %".7372", ptr %".7373", align 2
  %".7375" = getelementptr i8, ptr %"keys.241", i64 8
  store i8 1, ptr %".7375", align 1
  %".7377" = getelementptr i8, ptr %"keys.241", i64 48
  %"flags.87" = load volatile i32, ptr %".7377", align 4
  %".7378" = and i32 %"flags.87", 4
  %".7379" = icmp ne i32 %".7378", 0
  br i1 %".7379", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".7391" = trunc i64 34525 to i16
  %".7392" = call i16 @"llvm.bswap.i16"(i16 %".7391")
  %".7393" = getelementptr i8, ptr %"keys.241", i64 10
  store i16 %".7392", ptr %".7393", align 2
  %".7395" = getelementptr i8, ptr %"keys.241", i64 8
  store i8 1, ptr %".7395", align 1
  %".7397" = getelementptr i8, ptr %"keys.241", i64 48
  %"flags.88" = load volatile i32, ptr %".7397", align 4
  %".7398" = and i32 %"flags.88", 4
  %".7399" = icmp ne i32 %".7398", 0
  br i1 %".7399", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".7381" = trunc i64 %".7258" to i16
  %".7382" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7381", ptr %".7382", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".7385" = getelementptr i8, ptr %"keys.241", i64 12
  store i32 0, ptr %".7385", align 4
  %".7387" = trunc i64 %".7258" to i16
  %".7388" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7387", ptr %".7388", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".7401" = trunc i64 %".7258" to i16
  %".7402" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7401", ptr %".7402", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".7405" = getelementptr i8, ptr %"keys.241", i64 12
  store i32 0, ptr %".7405", align 4
  %".7407" = trunc i64 %".7258" to i16
  %".7408" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".7407", ptr %".7408", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7418" = trunc i64 %"cursor.380" to i32
  %".7419" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".7418", [40 x i8]* %"header_copy", i32 4)
  %".7420" = icmp eq i64 %".7419", 0
  %".7421" = getelementptr i8, ptr %"ctx.83", i64 76
  %".7422" = load i32, ptr %".7421", align 4
  %".7423" = zext i32 %".7422" to i64
  %"data.242" = inttoptr i64 %".7423" to ptr
  %".7424" = getelementptr i8, ptr %"ctx.83", i64 80
  %".7425" = load i32, ptr %".7424", align 4
  %".7426" = zext i32 %".7425" to i64
  %"data_end.242" = inttoptr i64 %".7426" to ptr
  %".7427" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.242" = load ptr, ptr %".7427", align 8
  %".7428" = xor i1 %".7420", -1
  br i1 %".7428", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".7430" = trunc i64 %".7411" to i16
  %".7431" = getelementptr i8, ptr %"keys.242", i64 2
  store i16 %".7430", ptr %".7431", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".7434" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7435" = load volatile i8, [40 x i8]* %".7434", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".7441" = trunc i64 %".7437" to i16
  %".7442" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7441", ptr %".7442", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_mpls:
  %".7445" = trunc i64 %".7437" to i16
  %".7446" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7445", ptr %".7446", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".7449" = getelementptr i8, ptr %"keys.243", i64 8
  store i8 1, ptr %".7449", align 1
  %".7451" = getelementptr i8, ptr %"keys.243", i64 48
  %"flags.89" = load volatile i32, ptr %".7451", align 4
  %".7452" = and i32 %"flags.89", 4
  %".7453" = icmp ne i32 %".7452", 0
  br i1 %".7453", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".7455" = trunc i64 %".7437" to i16
  %".7456" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7455", ptr %".7456", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".7459" = getelementptr i8, ptr %"keys.243", i64 12
  store i32 0, ptr %".7459", align 4
  %".7461" = trunc i64 %".7437" to i16
  %".7462" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7461", ptr %".7462", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7471" = trunc i64 %"cursor.383" to i32
  %".7472" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".7471", [40 x i8]* %"header_copy", i32 1)
  %".7473" = icmp eq i64 %".7472", 0
  %".7474" = getelementptr i8, ptr %"ctx.84", i64 76
  %".7475" = load i32, ptr %".7474", align 4
  %".7476" = zext i32 %".7475" to i64
  %"data.244" = inttoptr i64 %".7476" to ptr
  %".7477" = getelementptr i8, ptr %"ctx.84", i64 80
  %".7478" = load i32, ptr %".7477", align 4
  %".7479" = zext i32 %".7478" to i64
  %"data_end.244" = inttoptr i64 %".7479" to ptr
  %".7480" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.244" = load ptr, ptr %".7480", align 8
  %".7481" = xor i1 %".7473", -1
  br i1 %".7481", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".7483" = trunc i64 %"cursor.383" to i16
  %".7484" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".7483", ptr %".7484", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".7487" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7488" = load volatile i8, [40 x i8]* %".7487", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".7494" = trunc i64 %"cursor.383" to i16
  %".7495" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".7494", ptr %".7495", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".7498" = add i64 %"cursor.383", 1
  %".7499" = zext i8 %"w0_1.32" to i64
  %".7500" = mul i64 %".7499", 4
  %".7501" = sub i64 %".7500", 2
  %".7502" = add i64 %".7501", 1
  %".7503" = getelementptr i8, ptr %"data.245", i64 %"cursor.383"
  %".7504" = getelementptr i8, ptr %".7503", i64 %".7502"
  %".7505" = icmp ugt ptr %".7504", %"data_end.245"
  br i1 %".7505", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.247" = phi  ptr [%"data.245", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.246", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.247" = phi  ptr [%"data_end.245", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.246", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.247" = phi  ptr [%"keys.245", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.246", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"end.20" = add i64 %"cursor.383", %".7502"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".7507" = add i64 %"cursor.383", %".7502"
  %".7508" = sub i64 %".7507", 1
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7509" = trunc i64 %".7508" to i32
  %".7510" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".7509", i64* %"last_byte", i32 1)
  %".7511" = icmp eq i64 %".7510", 0
  %".7512" = getelementptr i8, ptr %"ctx.85", i64 76
  %".7513" = load i32, ptr %".7512", align 4
  %".7514" = zext i32 %".7513" to i64
  %"data.246" = inttoptr i64 %".7514" to ptr
  %".7515" = getelementptr i8, ptr %"ctx.85", i64 80
  %".7516" = load i32, ptr %".7515", align 4
  %".7517" = zext i32 %".7516" to i64
  %"data_end.246" = inttoptr i64 %".7517" to ptr
  %".7518" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.246" = load ptr, ptr %".7518", align 8
  %".7519" = xor i1 %".7511", -1
  br i1 %".7519", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".7521" = trunc i64 %"cursor.383" to i16
  %".7522" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".7521", ptr %".7522", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".7527" = trunc i64 %"end.20" to i16
  %".7528" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7527", ptr %".7528", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  %".7531" = getelementptr i8, ptr %"keys.247", i64 2
  %".7532" = trunc i64 %"end.20" to i16
  store volatile i16 %".7532", ptr %".7531", align 2
  %".7534" = load volatile i16, ptr %".7531", align 2
  %".7535" = zext i16 %".7534" to i64
  %"cursor.420" = and i64 %".7535", 16383
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.419" = phi  i64 [%"cursor.420", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.248" = phi  ptr [%"data.247", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.248" = phi  ptr [%"data_end.247", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.248" = phi  ptr [%"keys.247", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.248", i64 %"cursor.419"
  %".7537" = getelementptr i8, ptr %"hdr.72", i64 1
  %".7538" = icmp ugt ptr %".7537", %"data_end.248"
  br i1 %".7538", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".7540" = getelementptr i8, ptr %"hdr.72", i64 0
  %".7541" = load i8, ptr %".7540", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.33" = phi  i8 [%".7541", %"gtpu_next_d1_gtpu_ext1.linear"], [%".7560", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.250" = phi  ptr [%"data.248", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.249", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.250" = phi  ptr [%"data_end.248", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.249", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.250" = phi  ptr [%"keys.248", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.249", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".7562" = add i64 %"cursor.419", 1
  %".7563" = zext i8 %"w0_1.33" to i64
  %".7564" = icmp uge i64 %".7563", 1
  %".7565" = icmp ule i64 %".7563", 255
  %".7566" = and i1 %".7564", %".7565"
  br i1 %".7566", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7543" = trunc i64 %"cursor.419" to i32
  %".7544" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".7543", [40 x i8]* %"header_copy", i32 1)
  %".7545" = icmp eq i64 %".7544", 0
  %".7546" = getelementptr i8, ptr %"ctx.86", i64 76
  %".7547" = load i32, ptr %".7546", align 4
  %".7548" = zext i32 %".7547" to i64
  %"data.249" = inttoptr i64 %".7548" to ptr
  %".7549" = getelementptr i8, ptr %"ctx.86", i64 80
  %".7550" = load i32, ptr %".7549", align 4
  %".7551" = zext i32 %".7550" to i64
  %"data_end.249" = inttoptr i64 %".7551" to ptr
  %".7552" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.249" = load ptr, ptr %".7552", align 8
  %".7553" = xor i1 %".7545", -1
  br i1 %".7553", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".7555" = trunc i64 %"cursor.419" to i16
  %".7556" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".7555", ptr %".7556", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".7559" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7560" = load volatile i8, [40 x i8]* %".7559", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".7569" = trunc i64 %".7562" to i16
  %".7570" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".7569", ptr %".7570", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  %".7573" = getelementptr i8, ptr %"keys.250", i64 2
  %".7574" = trunc i64 %".7562" to i16
  store volatile i16 %".7574", ptr %".7573", align 2
  %".7576" = load volatile i16, ptr %".7573", align 2
  %".7577" = zext i16 %".7576" to i64
  %"cursor.421" = and i64 %".7577", 16383
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  %".7579" = getelementptr i8, ptr %"keys.250", i64 2
  %".7580" = trunc i64 %".7562" to i16
  store volatile i16 %".7580", ptr %".7579", align 2
  %".7582" = load volatile i16, ptr %".7579", align 2
  %".7583" = zext i16 %".7582" to i64
  %"cursor.423" = and i64 %".7583", 16383
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".7563", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.422" = phi  i64 [%"cursor.423", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.251" = phi  ptr [%"data.250", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.251" = phi  ptr [%"data_end.250", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.251" = phi  ptr [%"keys.250", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.73" = getelementptr i8, ptr %"data.251", i64 %"cursor.422"
  %".7585" = getelementptr i8, ptr %"hdr.73", i64 1
  %".7586" = icmp ugt ptr %".7585", %"data_end.251"
  br i1 %".7586", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".7588" = getelementptr i8, ptr %"hdr.73", i64 0
  %".7589" = load i8, ptr %".7588", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.34" = phi  i8 [%".7589", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".7608", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.253" = phi  ptr [%"data.251", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.252", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.253" = phi  ptr [%"data_end.251", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.252", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.253" = phi  ptr [%"keys.251", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.252", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".7610" = zext i8 %"w0_1.34" to i64
  %".7611" = icmp uge i64 %".7610", 1
  %".7612" = xor i1 %".7611", -1
  br i1 %".7612", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7591" = trunc i64 %"cursor.422" to i32
  %".7592" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".7591", [40 x i8]* %"header_copy", i32 1)
  %".7593" = icmp eq i64 %".7592", 0
  %".7594" = getelementptr i8, ptr %"ctx.87", i64 76
  %".7595" = load i32, ptr %".7594", align 4
  %".7596" = zext i32 %".7595" to i64
  %"data.252" = inttoptr i64 %".7596" to ptr
  %".7597" = getelementptr i8, ptr %"ctx.87", i64 80
  %".7598" = load i32, ptr %".7597", align 4
  %".7599" = zext i32 %".7598" to i64
  %"data_end.252" = inttoptr i64 %".7599" to ptr
  %".7600" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.252" = load ptr, ptr %".7600", align 8
  %".7601" = xor i1 %".7593", -1
  br i1 %".7601", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".7603" = trunc i64 %"cursor.422" to i16
  %".7604" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".7603", ptr %".7604", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".7607" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7608" = load volatile i8, [40 x i8]* %".7607", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".7614" = trunc i64 %"cursor.422" to i16
  %".7615" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".7614", ptr %".7615", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".7618" = add i64 %"cursor.422", 1
  %".7619" = zext i8 %"w0_1.34" to i64
  %".7620" = mul i64 %".7619", 4
  %".7621" = sub i64 %".7620", 2
  %".7622" = add i64 %".7621", 1
  %".7623" = getelementptr i8, ptr %"data.253", i64 %"cursor.422"
  %".7624" = getelementptr i8, ptr %".7623", i64 %".7622"
  %".7625" = icmp ugt ptr %".7624", %"data_end.253"
  br i1 %".7625", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.255" = phi  ptr [%"data.253", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.254", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.255" = phi  ptr [%"data_end.253", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.254", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.255" = phi  ptr [%"keys.253", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.254", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"end.21" = add i64 %"cursor.422", %".7622"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".7627" = add i64 %"cursor.422", %".7622"
  %".7628" = sub i64 %".7627", 1
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7629" = trunc i64 %".7628" to i32
  %".7630" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.88", i32 %".7629", i64* %"last_byte", i32 1)
  %".7631" = icmp eq i64 %".7630", 0
  %".7632" = getelementptr i8, ptr %"ctx.88", i64 76
  %".7633" = load i32, ptr %".7632", align 4
  %".7634" = zext i32 %".7633" to i64
  %"data.254" = inttoptr i64 %".7634" to ptr
  %".7635" = getelementptr i8, ptr %"ctx.88", i64 80
  %".7636" = load i32, ptr %".7635", align 4
  %".7637" = zext i32 %".7636" to i64
  %"data_end.254" = inttoptr i64 %".7637" to ptr
  %".7638" = getelementptr i8, ptr %"ctx.88", i64 144
  %"keys.254" = load ptr, ptr %".7638", align 8
  %".7639" = xor i1 %".7631", -1
  br i1 %".7639", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".7641" = trunc i64 %"cursor.422" to i16
  %".7642" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".7641", ptr %".7642", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".7647" = trunc i64 %"end.21" to i16
  %".7648" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".7647", ptr %".7648", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  %".7651" = getelementptr i8, ptr %"keys.255", i64 2
  %".7652" = trunc i64 %"end.21" to i16
  store volatile i16 %".7652", ptr %".7651", align 2
  %".7654" = load volatile i16, ptr %".7651", align 2
  %".7655" = zext i16 %".7654" to i64
  %"cursor.425" = and i64 %".7655", 16383
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.424" = phi  i64 [%"cursor.425", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.256" = phi  ptr [%"data.255", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.256" = phi  ptr [%"data_end.255", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.256" = phi  ptr [%"keys.255", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.74" = getelementptr i8, ptr %"data.256", i64 %"cursor.424"
  %".7657" = getelementptr i8, ptr %"hdr.74", i64 1
  %".7658" = icmp ugt ptr %".7657", %"data_end.256"
  br i1 %".7658", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".7660" = getelementptr i8, ptr %"hdr.74", i64 0
  %".7661" = load i8, ptr %".7660", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.35" = phi  i8 [%".7661", %"gtpu_next_d1_gtpu_ext2.linear"], [%".7680", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.258" = phi  ptr [%"data.256", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.257", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.258" = phi  ptr [%"data_end.256", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.257", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.258" = phi  ptr [%"keys.256", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.257", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".7682" = add i64 %"cursor.424", 1
  %".7683" = zext i8 %"w0_1.35" to i64
  %".7684" = icmp uge i64 %".7683", 1
  %".7685" = icmp ule i64 %".7683", 255
  %".7686" = and i1 %".7684", %".7685"
  br i1 %".7686", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7663" = trunc i64 %"cursor.424" to i32
  %".7664" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.89", i32 %".7663", [40 x i8]* %"header_copy", i32 1)
  %".7665" = icmp eq i64 %".7664", 0
  %".7666" = getelementptr i8, ptr %"ctx.89", i64 76
  %".7667" = load i32, ptr %".7666", align 4
  %".7668" = zext i32 %".7667" to i64
  %"data.257" = inttoptr i64 %".7668" to ptr
  %".7669" = getelementptr i8, ptr %"ctx.89", i64 80
  %".7670" = load i32, ptr %".7669", align 4
  %".7671" = zext i32 %".7670" to i64
  %"data_end.257" = inttoptr i64 %".7671" to ptr
  %".7672" = getelementptr i8, ptr %"ctx.89", i64 144
  %"keys.257" = load ptr, ptr %".7672", align 8
  %".7673" = xor i1 %".7665", -1
  br i1 %".7673", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".7675" = trunc i64 %"cursor.424" to i16
  %".7676" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7675", ptr %".7676", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".7679" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7680" = load volatile i8, [40 x i8]* %".7679", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".7689" = trunc i64 %".7682" to i16
  %".7690" = getelementptr i8, ptr %"keys.258", i64 2
  store i16 %".7689", ptr %".7690", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  %".7693" = getelementptr i8, ptr %"keys.258", i64 2
  %".7694" = trunc i64 %".7682" to i16
  store volatile i16 %".7694", ptr %".7693", align 2
  %".7696" = load volatile i16, ptr %".7693", align 2
  %".7697" = zext i16 %".7696" to i64
  %"cursor.426" = and i64 %".7697", 16383
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".7699" = trunc i64 %".7682" to i16
  %".7700" = getelementptr i8, ptr %"keys.258", i64 2
  store i16 %".7699", ptr %".7700", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".7683", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }