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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.copy_last_byte_failed"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_d0_mpls_labels1.copy_failed"], [0, %"mpls_d0_mpls_labels1.unknown"], [0, %"mpls_d0_mpls_labels1.stop_at_encap"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0.copy_failed"], [2, %"hsr_d0.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"tcp.copy_failed"], [0, %"tcp.unknown"], [0, %"udp_d0.copy_failed"], [0, %"udp_d0.copy_last_byte_failed"], [0, %"udp_d0.unknown"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.copy_last_byte_failed"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"mpls_d0_mpls_labels2.copy_failed"], [0, %"mpls_d0_mpls_labels2.unknown"], [0, %"mpls_d0_mpls_labels2.stop_at_encap"], [2, %"ip_version_d1.copy_failed"], [0, %"ip_version_d1.unknown"], [0, %"ppp_other"], [0, %"mpls_d1_mpls_labels1.copy_failed"], [0, %"mpls_d1_mpls_labels1.unknown"], [0, %"mpls_d1_mpls_labels1.stop_at_encap"], [0, %"mpls_d1_mpls_labels1.stop_at_encap.endif"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable_part"], [2, %"vxlan_d0.copy_failed"], [0, %"vxlan_d0.stop_at_encap"], [0, %"vxlan_d0.unknown"], [2, %"geneve_d0.copy_failed"], [0, %"geneve_d0.stop_before"], [2, %"geneve_d0.copy_last_byte_failed"], [0, %"geneve_d0.stop_at_encap"], [0, %"geneve_d0.unknown"], [2, %"gue_d0.copy_failed"], [0, %"gue_d0.stop_before"], [2, %"gue_d0.copy_last_byte_failed"], [0, %"gue_d0.stop_at_encap"], [0, %"gue_d0.unknown"], [2, %"gtpu_d0.copy_failed"], [0, %"gtpu_d0.stop_before"], [0, %"gtpu_d0.stop_at_encap"], [0, %"gtpu_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.stop_at_encap"], [0, %"shim_d0.unknown"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"pptp_d0.copy_failed"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [0, %"udp_d1.copy_failed"], [0, %"udp_d1.copy_last_byte_failed"], [0, %"udp_d1.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels3.copy_failed"], [0, %"mpls_d0_mpls_labels3.unknown"], [0, %"mpls_d0_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.copy_failed"], [0, %"mpls_d1_mpls_labels2.unknown"], [0, %"mpls_d1_mpls_labels2.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.stop_at_encap.endif"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"gtpu_opt_d1.copy_failed"], [0, %"gtpu_opt_d1.unknown"], [2, %"gtpu_seq_d1.copy_failed"], [0, %"gtpu_seq_d1.unknown"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"hsr_d1.copy_failed"], [2, %"hsr_d1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"vxlan_d1.copy_failed"], [0, %"vxlan_d1.stop_at_encap"], [0, %"vxlan_d1.unknown"], [0, %"vxlan_d1.to_ethernet"], [2, %"geneve_d1.copy_failed"], [0, %"geneve_d1.stop_before"], [2, %"geneve_d1.copy_last_byte_failed"], [0, %"geneve_d1.stop_at_encap"], [0, %"geneve_d1.unknown"], [0, %"geneve_d1.to_ethernet"], [0, %"geneve_d1.to_ipv4"], [0, %"geneve_d1.to_ipv6"], [2, %"gue_d1.copy_failed"], [0, %"gue_d1.stop_before"], [2, %"gue_d1.copy_last_byte_failed"], [0, %"gue_d1.stop_at_encap"], [0, %"gue_d1.unknown"], [0, %"gue_d1.to_ipv4"], [0, %"gue_d1.to_ipv6"], [2, %"gtpu_d1.copy_failed"], [0, %"gtpu_d1.stop_before"], [0, %"gtpu_d1.stop_at_encap"], [0, %"gtpu_d1.unknown"], [0, %"gtpu_d1.to_ip_version"], [0, %"gtpu_d1.to_gtpu_opt"], [0, %"gtpu_d1.to_gtpu_seq"], [2, %"shim_d1.copy_failed"], [0, %"shim_d1.stop_at_encap"], [0, %"shim_d1.unknown"], [0, %"shim_d1.to_ipv4"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [2, %"pptp_d1.copy_failed"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels4.copy_failed"], [0, %"mpls_d0_mpls_labels4.unknown"], [0, %"mpls_d0_mpls_labels4.to_mpls"], [0, %"mpls_d0_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.copy_failed"], [0, %"mpls_d1_mpls_labels3.unknown"], [0, %"mpls_d1_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.stop_at_encap.endif"], [2, %"gtpu_next_d1.copy_failed"], [0, %"gtpu_next_d1.unknown"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [0, %"mpls_d1_mpls_labels4.copy_failed"], [0, %"mpls_d1_mpls_labels4.unknown"], [0, %"mpls_d1_mpls_labels4.to_mpls"], [0, %"mpls_d1_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels4.stop_at_encap.endif"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext1.require"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext1.unknown"], [2, %"gtpu_next_d1_gtpu_ext1.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext1.unknown"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext2.require"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext2.unknown"], [2, %"gtpu_next_d1_gtpu_ext2.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext2.unknown"], [0, %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext"]
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
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_ipv4"], [%".414", %"vlan_d0_vlan_tags1.to_ipv4"], [%"cursor.44", %"pppoe_d0.to_ipv4"], [%"cursor.49", %"hsr_d0.to_ipv4"], [%"cursor.137", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.35", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.42", %"pppoe_d0.to_ipv4"], [%"data.51", %"hsr_d0.to_ipv4"], [%"data.107", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.42", %"pppoe_d0.to_ipv4"], [%"data_end.51", %"hsr_d0.to_ipv4"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.35", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.42", %"pppoe_d0.to_ipv4"], [%"keys.51", %"hsr_d0.to_ipv4"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ipv4"]
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
  %"cursor.2" = phi  i64 [%".21", %"entry_d0.to_ipv6"], [%".414", %"vlan_d0_vlan_tags1.to_ipv6"], [%"cursor.45", %"pppoe_d0.to_ipv6"], [%"cursor.50", %"hsr_d0.to_ipv6"], [%"cursor.138", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.35", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.42", %"pppoe_d0.to_ipv6"], [%"data.51", %"hsr_d0.to_ipv6"], [%"data.107", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.42", %"pppoe_d0.to_ipv6"], [%"data_end.51", %"hsr_d0.to_ipv6"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.35", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.42", %"pppoe_d0.to_ipv6"], [%"keys.51", %"hsr_d0.to_ipv6"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".228" = getelementptr i8, ptr %"hdr.1", i64 40
  %".229" = icmp ugt ptr %".228", %"data_end.3"
  br i1 %".229", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".231" = getelementptr i8, ptr %"hdr.1", i64 0
  %".232" = load i32, ptr %".231", align 4
  %".233" = getelementptr i8, ptr %"hdr.1", i64 6
  %".234" = load i8, ptr %".233", align 1
  %".235" = getelementptr i8, ptr %"hdr.1", i64 8
  %".236" = load i64, ptr %".235", align 8
  %".237" = getelementptr i8, ptr %"hdr.1", i64 16
  %".238" = load i64, ptr %".237", align 8
  %".239" = getelementptr i8, ptr %"hdr.1", i64 24
  %".240" = load i64, ptr %".239", align 8
  %".241" = getelementptr i8, ptr %"hdr.1", i64 32
  %".242" = load i64, ptr %".241", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".232", %"ipv6_d0.linear"], [%".261", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".234", %"ipv6_d0.linear"], [%".263", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".236", %"ipv6_d0.linear"], [%".265", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".238", %"ipv6_d0.linear"], [%".267", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".240", %"ipv6_d0.linear"], [%".269", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".242", %"ipv6_d0.linear"], [%".271", %"ipv6_d0.copy_failed.endif"]
  %"data.30" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.29", %"ipv6_d0.copy_failed.endif"]
  %"data_end.30" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.29", %"ipv6_d0.copy_failed.endif"]
  %"keys.30" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.29", %"ipv6_d0.copy_failed.endif"]
  %".273" = trunc i64 34525 to i16
  %".274" = getelementptr i8, ptr %"keys.30", i64 4
  store i16 %".273", ptr %".274", align 2
  %".276" = trunc i64 34525 to i16
  %".277" = call i16 @"llvm.bswap.i16"(i16 %".276")
  %".278" = getelementptr i8, ptr %"keys.30", i64 10
  store i16 %".277", ptr %".278", align 2
  %".280" = getelementptr i8, ptr %"keys.30", i64 16
  store i64 %"w8_8", ptr %".280", align 8
  %".282" = getelementptr i8, ptr %"keys.30", i64 24
  store i64 %"w16_8", ptr %".282", align 8
  %".284" = getelementptr i8, ptr %"keys.30", i64 32
  store i64 %"w24_8", ptr %".284", align 8
  %".286" = getelementptr i8, ptr %"keys.30", i64 40
  store i64 %"w32_8", ptr %".286", align 8
  %".288" = zext i8 %"w6_1" to i64
  %".289" = trunc i64 %".288" to i8
  %".290" = getelementptr i8, ptr %"keys.30", i64 9
  store i8 %".289", ptr %".290", align 1
  %".292" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".293" = zext i32 %".292" to i64
  %".294" = and i64 %".293", 1048575
  %".295" = trunc i64 %".294" to i32
  %".296" = call i32 @"llvm.bswap.i32"(i32 %".295")
  %".297" = getelementptr i8, ptr %"keys.30", i64 52
  store i32 %".296", ptr %".297", align 4
  %".299" = add i64 %"cursor.2", 40
  %".300" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".301" = zext i32 %".300" to i64
  %".302" = and i64 %".301", 1048575
  %".303" = icmp ne i64 %".302", 0
  %".304" = getelementptr i8, ptr %"keys.30", i64 48
  %"flags.3" = load volatile i32, ptr %".304", align 4
  %".305" = and i32 %"flags.3", 2
  %".306" = icmp ne i32 %".305", 0
  %".307" = and i1 %".303", %".306"
  br i1 %".307", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"entry_d0.to_vlan"], [%".21", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".383" = getelementptr i8, ptr %"hdr.2", i64 4
  %".384" = icmp ugt ptr %".383", %"data_end.4"
  br i1 %".384", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".386" = getelementptr i8, ptr %"hdr.2", i64 2
  %".387" = load i16, ptr %".386", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".387", %"vlan_d0_vlan_tags1.linear"], [%".406", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.35" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.34", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.35" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.34", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.35" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.34", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".408" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".409" = zext i16 %".408" to i64
  %".410" = trunc i64 %".409" to i16
  %".411" = call i16 @"llvm.bswap.i16"(i16 %".410")
  %".412" = getelementptr i8, ptr %"keys.35", i64 10
  store i16 %".411", ptr %".412", align 2
  %".414" = add i64 %"cursor.3", 4
  %".415" = trunc i64 %".414" to i16
  %".416" = getelementptr i8, ptr %"keys.35", i64 0
  store i16 %".415", ptr %".416", align 2
  %".418" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".419" = zext i16 %".418" to i64
  switch i64 %".419", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"entry_d0.to_mpls"], [%".21", %"entry_d0.to_mpls.1"], [%"cursor.22", %"ipv4_d0.to_mpls"], [%"cursor.31", %"ipv6_d0.to_mpls"], [%"cursor.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"cursor.36", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"cursor.46", %"pppoe_d0.to_mpls"], [%"cursor.47", %"pppoe_d0.to_mpls.1"], [%"cursor.51", %"hsr_d0.to_mpls"], [%"cursor.52", %"hsr_d0.to_mpls.1"], [%"cursor.119", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"cursor.134", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"cursor.139", %"vlan_d0_vlan_tags2.to_mpls"], [%"cursor.140", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"cursor.251", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"cursor.266", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"cursor.364", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"cursor.376", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.17", %"ipv4_d0.to_mpls"], [%"data.30", %"ipv6_d0.to_mpls"], [%"data.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.35", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.42", %"pppoe_d0.to_mpls"], [%"data.42", %"pppoe_d0.to_mpls.1"], [%"data.51", %"hsr_d0.to_mpls"], [%"data.51", %"hsr_d0.to_mpls.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.17", %"ipv4_d0.to_mpls"], [%"data_end.30", %"ipv6_d0.to_mpls"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.42", %"pppoe_d0.to_mpls"], [%"data_end.42", %"pppoe_d0.to_mpls.1"], [%"data_end.51", %"hsr_d0.to_mpls"], [%"data_end.51", %"hsr_d0.to_mpls.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.17", %"ipv4_d0.to_mpls"], [%"keys.30", %"ipv6_d0.to_mpls"], [%"keys.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.35", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.42", %"pppoe_d0.to_mpls"], [%"keys.42", %"pppoe_d0.to_mpls.1"], [%"keys.51", %"hsr_d0.to_mpls"], [%"keys.51", %"hsr_d0.to_mpls.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %".471" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".472" = getelementptr i8, ptr %"hdr.3", i64 4
  %".473" = icmp ugt ptr %".472", %"data_end.5"
  br i1 %".473", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".475" = getelementptr i8, ptr %"hdr.3", i64 2
  %".476" = load i8, ptr %".475", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".476", %"mpls_d0_mpls_labels1.linear"], [%".495", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".497" = add i64 %"cursor.4", 4
  %".498" = zext i8 %"w2_1" to i64
  %".499" = and i64 %".498", 1
  switch i64 %".499", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"entry_d0.to_pppoe"], [%".414", %"vlan_d0_vlan_tags1.to_pppoe"], [%"cursor.53", %"hsr_d0.to_pppoe"], [%"cursor.141", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.35", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.51", %"hsr_d0.to_pppoe"], [%"data.107", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.51", %"hsr_d0.to_pppoe"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.35", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.51", %"hsr_d0.to_pppoe"], [%"keys.107", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".524" = getelementptr i8, ptr %"hdr.4", i64 8
  %".525" = icmp ugt ptr %".524", %"data_end.6"
  br i1 %".525", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".527" = getelementptr i8, ptr %"hdr.4", i64 0
  %".528" = load i8, ptr %".527", align 1
  %".529" = getelementptr i8, ptr %"hdr.4", i64 1
  %".530" = load i8, ptr %".529", align 1
  %".531" = getelementptr i8, ptr %"hdr.4", i64 6
  %".532" = load i16, ptr %".531", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".528", %"pppoe_d0.linear"], [%".551", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".530", %"pppoe_d0.linear"], [%".553", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".532", %"pppoe_d0.linear"], [%".555", %"pppoe_d0.copy_failed.endif"]
  %"data.42" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.41", %"pppoe_d0.copy_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.41", %"pppoe_d0.copy_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.41", %"pppoe_d0.copy_failed.endif"]
  %".557" = zext i8 %"w0_1.1" to i64
  %".558" = lshr i64 %".557", 4
  %".559" = and i64 %".558", 15
  %".560" = icmp eq i64 %".559", 1
  %".561" = zext i8 %"w0_1.1" to i64
  %".562" = and i64 %".561", 15
  %".563" = icmp eq i64 %".562", 1
  %".564" = and i1 %".560", %".563"
  %".565" = zext i8 %"w1_1" to i64
  %".566" = icmp eq i64 %".565", 0
  %".567" = and i1 %".564", %".566"
  %".568" = xor i1 %".567", -1
  br i1 %".568", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".21", %"entry_d0.to_arp"], [%".21", %"entry_d0.to_arp.1"], [%"cursor.37", %"vlan_d0_vlan_tags1.to_arp"], [%"cursor.38", %"vlan_d0_vlan_tags1.to_arp.1"], [%"cursor.54", %"hsr_d0.to_arp"], [%"cursor.55", %"hsr_d0.to_arp.1"], [%"cursor.67", %"batadv_d0.stop_at_encap.endif.5"], [%"cursor.68", %"batadv_d0.stop_at_encap.endif.6"], [%"cursor.142", %"vlan_d0_vlan_tags2.to_arp"], [%"cursor.143", %"vlan_d0_vlan_tags2.to_arp.1"], [%"cursor.182", %"gre_d0.to_arp"], [%"cursor.183", %"gre_d0.to_arp.1"], [%"cursor.280", %"ethernet_d1.to_arp"], [%"cursor.281", %"ethernet_d1.to_arp.1"], [%"cursor.300", %"vlan_d1_vlan_tags1.to_arp"], [%"cursor.301", %"vlan_d1_vlan_tags1.to_arp.1"], [%"cursor.314", %"hsr_d1.to_arp"], [%"cursor.315", %"hsr_d1.to_arp.1"], [%"cursor.390", %"vlan_d1_vlan_tags2.to_arp"], [%"cursor.391", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.35", %"vlan_d0_vlan_tags1.to_arp"], [%"data.35", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.51", %"hsr_d0.to_arp"], [%"data.51", %"hsr_d0.to_arp.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.142", %"gre_d0.to_arp"], [%"data.142", %"gre_d0.to_arp.1"], [%"data.187", %"ethernet_d1.to_arp"], [%"data.187", %"ethernet_d1.to_arp.1"], [%"data.194", %"vlan_d1_vlan_tags1.to_arp"], [%"data.194", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.197", %"hsr_d1.to_arp"], [%"data.197", %"hsr_d1.to_arp.1"], [%"data.249", %"vlan_d1_vlan_tags2.to_arp"], [%"data.249", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"hsr_d0.to_arp"], [%"data_end.51", %"hsr_d0.to_arp.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.142", %"gre_d0.to_arp"], [%"data_end.142", %"gre_d0.to_arp.1"], [%"data_end.187", %"ethernet_d1.to_arp"], [%"data_end.187", %"ethernet_d1.to_arp.1"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.197", %"hsr_d1.to_arp"], [%"data_end.197", %"hsr_d1.to_arp.1"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_arp.1"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.35", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.35", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"hsr_d0.to_arp"], [%"keys.51", %"hsr_d0.to_arp.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.142", %"gre_d0.to_arp"], [%"keys.142", %"gre_d0.to_arp.1"], [%"keys.187", %"ethernet_d1.to_arp"], [%"keys.187", %"ethernet_d1.to_arp.1"], [%"keys.194", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.194", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.197", %"hsr_d1.to_arp"], [%"keys.197", %"hsr_d1.to_arp.1"], [%"keys.249", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.249", %"vlan_d1_vlan_tags2.to_arp.1"]
  %".621" = add i64 %"cursor.6", 0
  %".622" = trunc i64 %".621" to i16
  %".623" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".622", ptr %".623", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".21", %"entry_d0.to_ptp"], [%".414", %"vlan_d0_vlan_tags1.to_ptp"], [%"cursor.56", %"hsr_d0.to_ptp"], [%"cursor.69", %"batadv_d0.stop_at_encap.endif.7"], [%"cursor.144", %"vlan_d0_vlan_tags2.to_ptp"], [%"cursor.184", %"gre_d0.to_ptp"], [%"cursor.282", %"ethernet_d1.to_ptp"], [%"cursor.302", %"vlan_d1_vlan_tags1.to_ptp"], [%"cursor.316", %"hsr_d1.to_ptp"], [%"cursor.392", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.35", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.51", %"hsr_d0.to_ptp"], [%"data.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.142", %"gre_d0.to_ptp"], [%"data.187", %"ethernet_d1.to_ptp"], [%"data.194", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.197", %"hsr_d1.to_ptp"], [%"data.249", %"vlan_d1_vlan_tags2.to_ptp"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"hsr_d0.to_ptp"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.142", %"gre_d0.to_ptp"], [%"data_end.187", %"ethernet_d1.to_ptp"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.197", %"hsr_d1.to_ptp"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_ptp"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.35", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.51", %"hsr_d0.to_ptp"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.142", %"gre_d0.to_ptp"], [%"keys.187", %"ethernet_d1.to_ptp"], [%"keys.194", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.197", %"hsr_d1.to_ptp"], [%"keys.249", %"vlan_d1_vlan_tags2.to_ptp"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".626" = getelementptr i8, ptr %"hdr.5", i64 34
  %".627" = icmp ugt ptr %".626", %"data_end.8"
  br i1 %".627", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.45" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.44", %"ptp.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.44", %"ptp.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.44", %"ptp.copy_failed.endif"]
  %".647" = add i64 %"cursor.7", 34
  %".648" = trunc i64 %".647" to i16
  %".649" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".648", ptr %".649", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".21", %"entry_d0.to_cfm"], [%".414", %"vlan_d0_vlan_tags1.to_cfm"], [%"cursor.57", %"hsr_d0.to_cfm"], [%"cursor.70", %"batadv_d0.stop_at_encap.endif.8"], [%"cursor.145", %"vlan_d0_vlan_tags2.to_cfm"], [%"cursor.185", %"gre_d0.to_cfm"], [%"cursor.283", %"ethernet_d1.to_cfm"], [%"cursor.303", %"vlan_d1_vlan_tags1.to_cfm"], [%"cursor.317", %"hsr_d1.to_cfm"], [%"cursor.393", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.35", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.51", %"hsr_d0.to_cfm"], [%"data.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.142", %"gre_d0.to_cfm"], [%"data.187", %"ethernet_d1.to_cfm"], [%"data.194", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.197", %"hsr_d1.to_cfm"], [%"data.249", %"vlan_d1_vlan_tags2.to_cfm"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"hsr_d0.to_cfm"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.142", %"gre_d0.to_cfm"], [%"data_end.187", %"ethernet_d1.to_cfm"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.197", %"hsr_d1.to_cfm"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_cfm"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.35", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.51", %"hsr_d0.to_cfm"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.142", %"gre_d0.to_cfm"], [%"keys.187", %"ethernet_d1.to_cfm"], [%"keys.194", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.197", %"hsr_d1.to_cfm"], [%"keys.249", %"vlan_d1_vlan_tags2.to_cfm"]
  %".652" = add i64 %"cursor.8", 0
  %".653" = trunc i64 %".652" to i16
  %".654" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".653", ptr %".654", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".21", %"entry_d0.to_tipc"], [%".414", %"vlan_d0_vlan_tags1.to_tipc"], [%"cursor.58", %"hsr_d0.to_tipc"], [%"cursor.71", %"batadv_d0.stop_at_encap.endif.9"], [%"cursor.146", %"vlan_d0_vlan_tags2.to_tipc"], [%"cursor.186", %"gre_d0.to_tipc"], [%"cursor.284", %"ethernet_d1.to_tipc"], [%"cursor.304", %"vlan_d1_vlan_tags1.to_tipc"], [%"cursor.318", %"hsr_d1.to_tipc"], [%"cursor.394", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.35", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.51", %"hsr_d0.to_tipc"], [%"data.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.142", %"gre_d0.to_tipc"], [%"data.187", %"ethernet_d1.to_tipc"], [%"data.194", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.197", %"hsr_d1.to_tipc"], [%"data.249", %"vlan_d1_vlan_tags2.to_tipc"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"hsr_d0.to_tipc"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.142", %"gre_d0.to_tipc"], [%"data_end.187", %"ethernet_d1.to_tipc"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.197", %"hsr_d1.to_tipc"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_tipc"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.35", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.51", %"hsr_d0.to_tipc"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.142", %"gre_d0.to_tipc"], [%"keys.187", %"ethernet_d1.to_tipc"], [%"keys.194", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.197", %"hsr_d1.to_tipc"], [%"keys.249", %"vlan_d1_vlan_tags2.to_tipc"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".657" = getelementptr i8, ptr %"hdr.6", i64 16
  %".658" = icmp ugt ptr %".657", %"data_end.10"
  br i1 %".658", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.47" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.46", %"tipc.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.46", %"tipc.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.46", %"tipc.copy_failed.endif"]
  %".678" = trunc i64 %"cursor.9" to i16
  %".679" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".678", ptr %".679", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".21", %"entry_d0.to_fcoe"], [%".414", %"vlan_d0_vlan_tags1.to_fcoe"], [%"cursor.59", %"hsr_d0.to_fcoe"], [%"cursor.72", %"batadv_d0.stop_at_encap.endif.10"], [%"cursor.147", %"vlan_d0_vlan_tags2.to_fcoe"], [%"cursor.187", %"gre_d0.to_fcoe"], [%"cursor.285", %"ethernet_d1.to_fcoe"], [%"cursor.305", %"vlan_d1_vlan_tags1.to_fcoe"], [%"cursor.319", %"hsr_d1.to_fcoe"], [%"cursor.395", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.35", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.51", %"hsr_d0.to_fcoe"], [%"data.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.142", %"gre_d0.to_fcoe"], [%"data.187", %"ethernet_d1.to_fcoe"], [%"data.194", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.197", %"hsr_d1.to_fcoe"], [%"data.249", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"hsr_d0.to_fcoe"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.142", %"gre_d0.to_fcoe"], [%"data_end.187", %"ethernet_d1.to_fcoe"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.197", %"hsr_d1.to_fcoe"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.35", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"hsr_d0.to_fcoe"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.142", %"gre_d0.to_fcoe"], [%"keys.187", %"ethernet_d1.to_fcoe"], [%"keys.194", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.197", %"hsr_d1.to_fcoe"], [%"keys.249", %"vlan_d1_vlan_tags2.to_fcoe"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".682" = getelementptr i8, ptr %"hdr.7", i64 38
  %".683" = icmp ugt ptr %".682", %"data_end.11"
  br i1 %".683", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.49" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.48", %"fcoe.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.48", %"fcoe.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.48", %"fcoe.copy_failed.endif"]
  %".703" = add i64 %"cursor.10", 38
  %".704" = trunc i64 %".703" to i16
  %".705" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".704", ptr %".705", align 2
  br label %"return"
hsr_d0:
  %"cursor.11" = phi  i64 [%".21", %"entry_d0.to_hsr"], [%".21", %"entry_d0.to_hsr.1"], [%"cursor.39", %"vlan_d0_vlan_tags1.to_hsr"], [%"cursor.40", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"cursor.148", %"vlan_d0_vlan_tags2.to_hsr"], [%"cursor.149", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"], [%"data.35", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.35", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.107", %"vlan_d0_vlan_tags2.to_hsr"], [%"data.107", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_hsr"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"], [%"keys.35", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.35", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.107", %"vlan_d0_vlan_tags2.to_hsr"], [%"keys.107", %"vlan_d0_vlan_tags2.to_hsr.1"]
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
  %"data.51" = phi  ptr [%"data.12", %"hsr_d0.linear"], [%"data.50", %"hsr_d0.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.12", %"hsr_d0.linear"], [%"data_end.50", %"hsr_d0.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.12", %"hsr_d0.linear"], [%"keys.50", %"hsr_d0.copy_failed.endif"]
  %".733" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".734" = zext i16 %".733" to i64
  %".735" = trunc i64 %".734" to i16
  %".736" = call i16 @"llvm.bswap.i16"(i16 %".735")
  %".737" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".736", ptr %".737", align 2
  %".739" = add i64 %"cursor.11", 6
  %".740" = trunc i64 %".739" to i16
  %".741" = getelementptr i8, ptr %"keys.51", i64 0
  store i16 %".740", ptr %".741", align 2
  %".743" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".744" = zext i16 %".743" to i64
  switch i64 %".744", label %"hsr_d0.unknown" [i64 2048, label %"hsr_d0.to_ipv4" i64 34525, label %"hsr_d0.to_ipv6" i64 34887, label %"hsr_d0.to_mpls" i64 34888, label %"hsr_d0.to_mpls.1" i64 34916, label %"hsr_d0.to_pppoe" i64 2054, label %"hsr_d0.to_arp" i64 32821, label %"hsr_d0.to_arp.1" i64 35063, label %"hsr_d0.to_ptp" i64 35074, label %"hsr_d0.to_cfm" i64 35018, label %"hsr_d0.to_tipc" i64 35078, label %"hsr_d0.to_fcoe"]
batadv_d0:
  %"cursor.12" = phi  i64 [%".21", %"entry_d0.to_batadv"], [%".414", %"vlan_d0_vlan_tags1.to_batadv"], [%"cursor.150", %"vlan_d0_vlan_tags2.to_batadv"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.35", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.107", %"vlan_d0_vlan_tags2.to_batadv"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_batadv"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.35", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.107", %"vlan_d0_vlan_tags2.to_batadv"]
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
  %"data.53" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.52", %"batadv_d0.copy_failed.endif"]
  %"data_end.53" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.52", %"batadv_d0.copy_failed.endif"]
  %"keys.53" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.52", %"batadv_d0.copy_failed.endif"]
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
  br label %"mpls_d0_mpls_labels1"
ipv4_d0.to_ipv4:
  %".192" = getelementptr i8, ptr %"keys.17", i64 8
  store i8 1, ptr %".192", align 1
  %".194" = getelementptr i8, ptr %"keys.17", i64 48
  %"flags.1" = load volatile i32, ptr %".194", align 4
  %".195" = and i32 %"flags.1", 4
  %".196" = icmp ne i32 %".195", 0
  br i1 %".196", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".210" = getelementptr i8, ptr %"keys.17", i64 8
  store i8 1, ptr %".210", align 1
  %".212" = getelementptr i8, ptr %"keys.17", i64 48
  %"flags.2" = load volatile i32, ptr %".212", align 4
  %".213" = and i32 %"flags.2", 4
  %".214" = icmp ne i32 %".213", 0
  br i1 %".214", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".299", %"ipv6_d0.to_tcp"], [%"cursor.81", %"ipv4_d1.to_tcp"], [%"cursor.98", %"ipv6_d1.to_tcp"], [%"cursor.110", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"cursor.125", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"cursor.215", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"cursor.229", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"cursor.242", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"cursor.257", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"cursor.331", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"cursor.345", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"cursor.355", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"cursor.367", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"cursor.399", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"cursor.409", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data.18" = phi  ptr [%"data.17", %"ipv4_d0.to_tcp"], [%"data.30", %"ipv6_d0.to_tcp"], [%"data.89", %"ipv4_d1.to_tcp"], [%"data.93", %"ipv6_d1.to_tcp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.255", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.257", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data_end.18" = phi  ptr [%"data_end.17", %"ipv4_d0.to_tcp"], [%"data_end.30", %"ipv6_d0.to_tcp"], [%"data_end.89", %"ipv4_d1.to_tcp"], [%"data_end.93", %"ipv6_d1.to_tcp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.255", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.257", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"keys.18" = phi  ptr [%"keys.17", %"ipv4_d0.to_tcp"], [%"keys.30", %"ipv6_d0.to_tcp"], [%"keys.89", %"ipv4_d1.to_tcp"], [%"keys.93", %"ipv6_d1.to_tcp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.255", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.257", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"hdr.10" = getelementptr i8, ptr %"data.18", i64 %"cursor.13"
  %".1110" = getelementptr i8, ptr %"hdr.10", i64 4
  %".1111" = icmp ugt ptr %".1110", %"data_end.18"
  br i1 %".1111", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".1113" = getelementptr i8, ptr %"hdr.10", i64 0
  %".1114" = load i16, ptr %".1113", align 2
  %".1115" = getelementptr i8, ptr %"hdr.10", i64 2
  %".1116" = load i16, ptr %".1115", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".1114", %"tcp.linear"], [%".1135", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1116", %"tcp.linear"], [%".1137", %"tcp.copy_failed.endif"]
  %"data.57" = phi  ptr [%"data.18", %"tcp.linear"], [%"data.56", %"tcp.copy_failed.endif"]
  %"data_end.57" = phi  ptr [%"data_end.18", %"tcp.linear"], [%"data_end.56", %"tcp.copy_failed.endif"]
  %"keys.57" = phi  ptr [%"keys.18", %"tcp.linear"], [%"keys.56", %"tcp.copy_failed.endif"]
  %".1139" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".1140" = zext i16 %".1139" to i64
  %".1141" = trunc i64 %".1140" to i16
  %".1142" = call i16 @"llvm.bswap.i16"(i16 %".1141")
  %".1143" = getelementptr i8, ptr %"keys.57", i64 12
  store i16 %".1142", ptr %".1143", align 2
  %".1145" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".1146" = zext i16 %".1145" to i64
  %".1147" = trunc i64 %".1146" to i16
  %".1148" = call i16 @"llvm.bswap.i16"(i16 %".1147")
  %".1149" = getelementptr i8, ptr %"keys.57", i64 14
  store i16 %".1148", ptr %".1149", align 2
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".299", %"ipv6_d0.to_udp"], [%"cursor.111", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"cursor.126", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"cursor.243", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"cursor.258", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"cursor.356", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"cursor.368", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"data.19" = phi  ptr [%"data.17", %"ipv4_d0.to_udp"], [%"data.30", %"ipv6_d0.to_udp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"data_end.19" = phi  ptr [%"data_end.17", %"ipv4_d0.to_udp"], [%"data_end.30", %"ipv6_d0.to_udp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"keys.19" = phi  ptr [%"keys.17", %"ipv4_d0.to_udp"], [%"keys.30", %"ipv6_d0.to_udp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"hdr.11" = getelementptr i8, ptr %"data.19", i64 %"cursor.14"
  %".1157" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1158" = icmp ugt ptr %".1157", %"data_end.19"
  br i1 %".1158", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".1160" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1161" = load i16, ptr %".1160", align 2
  %".1162" = getelementptr i8, ptr %"hdr.11", i64 2
  %".1163" = load i16, ptr %".1162", align 2
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_2.1" = phi  i16 [%".1161", %"udp_d0.linear"], [%".1182", %"udp_d0.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1163", %"udp_d0.linear"], [%".1184", %"udp_d0.copy_failed.endif"]
  %"data.60" = phi  ptr [%"data.19", %"udp_d0.linear"], [%"data.59", %"udp_d0.copy_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.19", %"udp_d0.linear"], [%"data_end.59", %"udp_d0.copy_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.19", %"udp_d0.linear"], [%"keys.59", %"udp_d0.copy_failed.endif"]
  %".1186" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".1187" = zext i16 %".1186" to i64
  %".1188" = trunc i64 %".1187" to i16
  %".1189" = call i16 @"llvm.bswap.i16"(i16 %".1188")
  %".1190" = getelementptr i8, ptr %"keys.60", i64 12
  store i16 %".1189", ptr %".1190", align 2
  %".1192" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1193" = zext i16 %".1192" to i64
  %".1194" = trunc i64 %".1193" to i16
  %".1195" = call i16 @"llvm.bswap.i16"(i16 %".1194")
  %".1196" = getelementptr i8, ptr %"keys.60", i64 14
  store i16 %".1195", ptr %".1196", align 2
  %".1198" = add i64 %"cursor.14", 4
  %".1199" = add i64 4, 4
  %".1200" = getelementptr i8, ptr %"data.60", i64 %"cursor.14"
  %".1201" = getelementptr i8, ptr %".1200", i64 %".1199"
  %".1202" = icmp ugt ptr %".1201", %"data_end.60"
  br i1 %".1202", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.62" = phi  ptr [%"data.60", %"udp_d0.header"], [%"data.61", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.60", %"udp_d0.header"], [%"data_end.61", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.60", %"udp_d0.header"], [%"keys.61", %"udp_d0.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.14", %".1199"
  %".1223" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1224" = zext i16 %".1223" to i64
  switch i64 %".1224", label %"udp_d0.unknown" [i64 4789, label %"udp_d0.to_vxlan" i64 6081, label %"udp_d0.to_geneve" i64 6080, label %"udp_d0.to_gue" i64 2152, label %"udp_d0.to_gtpu" i64 7777, label %"udp_d0.to_shim"]
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".299", %"ipv6_d0.to_udplite"], [%"cursor.84", %"ipv4_d1.to_udplite"], [%"cursor.100", %"ipv6_d1.to_udplite"], [%"cursor.112", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"cursor.127", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"cursor.217", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"cursor.231", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"cursor.244", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"cursor.259", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"cursor.333", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"cursor.347", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"cursor.357", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"cursor.369", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"cursor.401", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"cursor.411", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data.20" = phi  ptr [%"data.17", %"ipv4_d0.to_udplite"], [%"data.30", %"ipv6_d0.to_udplite"], [%"data.89", %"ipv4_d1.to_udplite"], [%"data.93", %"ipv6_d1.to_udplite"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.255", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.257", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data_end.20" = phi  ptr [%"data_end.17", %"ipv4_d0.to_udplite"], [%"data_end.30", %"ipv6_d0.to_udplite"], [%"data_end.89", %"ipv4_d1.to_udplite"], [%"data_end.93", %"ipv6_d1.to_udplite"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.255", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.257", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"keys.20" = phi  ptr [%"keys.17", %"ipv4_d0.to_udplite"], [%"keys.30", %"ipv6_d0.to_udplite"], [%"keys.89", %"ipv4_d1.to_udplite"], [%"keys.93", %"ipv6_d1.to_udplite"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.255", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.257", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"hdr.12" = getelementptr i8, ptr %"data.20", i64 %"cursor.15"
  %".1235" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1236" = icmp ugt ptr %".1235", %"data_end.20"
  br i1 %".1236", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1238" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1239" = load i16, ptr %".1238", align 2
  %".1240" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1241" = load i16, ptr %".1240", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1239", %"udplite.linear"], [%".1260", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1241", %"udplite.linear"], [%".1262", %"udplite.copy_failed.endif"]
  %"data.69" = phi  ptr [%"data.20", %"udplite.linear"], [%"data.68", %"udplite.copy_failed.endif"]
  %"data_end.69" = phi  ptr [%"data_end.20", %"udplite.linear"], [%"data_end.68", %"udplite.copy_failed.endif"]
  %"keys.69" = phi  ptr [%"keys.20", %"udplite.linear"], [%"keys.68", %"udplite.copy_failed.endif"]
  %".1264" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1265" = zext i16 %".1264" to i64
  %".1266" = trunc i64 %".1265" to i16
  %".1267" = call i16 @"llvm.bswap.i16"(i16 %".1266")
  %".1268" = getelementptr i8, ptr %"keys.69", i64 12
  store i16 %".1267", ptr %".1268", align 2
  %".1270" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1271" = zext i16 %".1270" to i64
  %".1272" = trunc i64 %".1271" to i16
  %".1273" = call i16 @"llvm.bswap.i16"(i16 %".1272")
  %".1274" = getelementptr i8, ptr %"keys.69", i64 14
  store i16 %".1273", ptr %".1274", align 2
  %".1276" = add i64 %"cursor.15", 4
  %".1277" = add i64 4, 4
  %".1278" = getelementptr i8, ptr %"data.69", i64 %"cursor.15"
  %".1279" = getelementptr i8, ptr %".1278", i64 %".1277"
  %".1280" = icmp ugt ptr %".1279", %"data_end.69"
  br i1 %".1280", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.71" = phi  ptr [%"data.69", %"udplite.header"], [%"data.70", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.69", %"udplite.header"], [%"data_end.70", %"udplite.copy_last_byte_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.69", %"udplite.header"], [%"keys.70", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.15", %".1277"
  %".1301" = trunc i64 %"cursor.15" to i16
  %".1302" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1301", ptr %".1302", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".299", %"ipv6_d0.to_gre_version"], [%"cursor.113", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"cursor.128", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"cursor.245", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"cursor.260", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"cursor.358", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"cursor.370", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data.21" = phi  ptr [%"data.17", %"ipv4_d0.to_gre_version"], [%"data.30", %"ipv6_d0.to_gre_version"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data_end.21" = phi  ptr [%"data_end.17", %"ipv4_d0.to_gre_version"], [%"data_end.30", %"ipv6_d0.to_gre_version"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"keys.21" = phi  ptr [%"keys.17", %"ipv4_d0.to_gre_version"], [%"keys.30", %"ipv6_d0.to_gre_version"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"hdr.13" = getelementptr i8, ptr %"data.21", i64 %"cursor.16"
  %".1305" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1306" = icmp ugt ptr %".1305", %"data_end.21"
  br i1 %".1306", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1308" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1309" = load i8, ptr %".1308", align 1
  %".1310" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1311" = load i8, ptr %".1310", align 1
  %".1312" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1313" = load i16, ptr %".1312", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1309", %"gre_version_d0.linear"], [%".1332", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1311", %"gre_version_d0.linear"], [%".1334", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1313", %"gre_version_d0.linear"], [%".1336", %"gre_version_d0.copy_failed.endif"]
  %"data.73" = phi  ptr [%"data.21", %"gre_version_d0.linear"], [%"data.72", %"gre_version_d0.copy_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.21", %"gre_version_d0.linear"], [%"data_end.72", %"gre_version_d0.copy_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.21", %"gre_version_d0.linear"], [%"keys.72", %"gre_version_d0.copy_failed.endif"]
  %".1338" = zext i8 %"w0_1.3" to i64
  %".1339" = lshr i64 %".1338", 6
  %".1340" = and i64 %".1339", 1
  %".1341" = icmp ne i64 %".1340", 0
  %".1342" = zext i8 %"w1_1.2" to i64
  %".1343" = and i64 %".1342", 7
  %".1344" = icmp ugt i64 %".1343", 1
  %".1345" = or i1 %".1341", %".1344"
  br i1 %".1345", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".299", %"ipv6_d0.to_sctp"], [%"cursor.87", %"ipv4_d1.to_sctp"], [%"cursor.102", %"ipv6_d1.to_sctp"], [%"cursor.114", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"cursor.129", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"cursor.219", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"cursor.233", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"cursor.246", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"cursor.261", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"cursor.335", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"cursor.349", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"cursor.359", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"cursor.371", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"cursor.403", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"cursor.413", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data.22" = phi  ptr [%"data.17", %"ipv4_d0.to_sctp"], [%"data.30", %"ipv6_d0.to_sctp"], [%"data.89", %"ipv4_d1.to_sctp"], [%"data.93", %"ipv6_d1.to_sctp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.255", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.257", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data_end.22" = phi  ptr [%"data_end.17", %"ipv4_d0.to_sctp"], [%"data_end.30", %"ipv6_d0.to_sctp"], [%"data_end.89", %"ipv4_d1.to_sctp"], [%"data_end.93", %"ipv6_d1.to_sctp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.255", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.257", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"keys.22" = phi  ptr [%"keys.17", %"ipv4_d0.to_sctp"], [%"keys.30", %"ipv6_d0.to_sctp"], [%"keys.89", %"ipv4_d1.to_sctp"], [%"keys.93", %"ipv6_d1.to_sctp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.255", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.257", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"hdr.14" = getelementptr i8, ptr %"data.22", i64 %"cursor.17"
  %".1366" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1367" = icmp ugt ptr %".1366", %"data_end.22"
  br i1 %".1367", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1369" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1370" = load i16, ptr %".1369", align 2
  %".1371" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1372" = load i16, ptr %".1371", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1370", %"sctp.linear"], [%".1391", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1372", %"sctp.linear"], [%".1393", %"sctp.copy_failed.endif"]
  %"data.77" = phi  ptr [%"data.22", %"sctp.linear"], [%"data.76", %"sctp.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.22", %"sctp.linear"], [%"data_end.76", %"sctp.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.22", %"sctp.linear"], [%"keys.76", %"sctp.copy_failed.endif"]
  %".1395" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1396" = zext i16 %".1395" to i64
  %".1397" = trunc i64 %".1396" to i16
  %".1398" = call i16 @"llvm.bswap.i16"(i16 %".1397")
  %".1399" = getelementptr i8, ptr %"keys.77", i64 12
  store i16 %".1398", ptr %".1399", align 2
  %".1401" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1402" = zext i16 %".1401" to i64
  %".1403" = trunc i64 %".1402" to i16
  %".1404" = call i16 @"llvm.bswap.i16"(i16 %".1403")
  %".1405" = getelementptr i8, ptr %"keys.77", i64 14
  store i16 %".1404", ptr %".1405", align 2
  %".1407" = add i64 %"cursor.17", 4
  %".1408" = trunc i64 %"cursor.17" to i16
  %".1409" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1408", ptr %".1409", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".299", %"ipv6_d0.to_dccp"], [%"cursor.88", %"ipv4_d1.to_dccp"], [%"cursor.103", %"ipv6_d1.to_dccp"], [%"cursor.115", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"cursor.130", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"cursor.220", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"cursor.234", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"cursor.247", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"cursor.262", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"cursor.336", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"cursor.350", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"cursor.360", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"cursor.372", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"cursor.404", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"cursor.414", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data.23" = phi  ptr [%"data.17", %"ipv4_d0.to_dccp"], [%"data.30", %"ipv6_d0.to_dccp"], [%"data.89", %"ipv4_d1.to_dccp"], [%"data.93", %"ipv6_d1.to_dccp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.255", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.257", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data_end.23" = phi  ptr [%"data_end.17", %"ipv4_d0.to_dccp"], [%"data_end.30", %"ipv6_d0.to_dccp"], [%"data_end.89", %"ipv4_d1.to_dccp"], [%"data_end.93", %"ipv6_d1.to_dccp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.255", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.257", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"keys.23" = phi  ptr [%"keys.17", %"ipv4_d0.to_dccp"], [%"keys.30", %"ipv6_d0.to_dccp"], [%"keys.89", %"ipv4_d1.to_dccp"], [%"keys.93", %"ipv6_d1.to_dccp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.255", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.257", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"hdr.15" = getelementptr i8, ptr %"data.23", i64 %"cursor.18"
  %".1412" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1413" = icmp ugt ptr %".1412", %"data_end.23"
  br i1 %".1413", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1415" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1416" = load i16, ptr %".1415", align 2
  %".1417" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1418" = load i16, ptr %".1417", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1416", %"dccp.linear"], [%".1437", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1418", %"dccp.linear"], [%".1439", %"dccp.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.23", %"dccp.linear"], [%"data.78", %"dccp.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.23", %"dccp.linear"], [%"data_end.78", %"dccp.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.23", %"dccp.linear"], [%"keys.78", %"dccp.copy_failed.endif"]
  %".1441" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1442" = zext i16 %".1441" to i64
  %".1443" = trunc i64 %".1442" to i16
  %".1444" = call i16 @"llvm.bswap.i16"(i16 %".1443")
  %".1445" = getelementptr i8, ptr %"keys.79", i64 12
  store i16 %".1444", ptr %".1445", align 2
  %".1447" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1448" = zext i16 %".1447" to i64
  %".1449" = trunc i64 %".1448" to i16
  %".1450" = call i16 @"llvm.bswap.i16"(i16 %".1449")
  %".1451" = getelementptr i8, ptr %"keys.79", i64 14
  store i16 %".1450", ptr %".1451", align 2
  %".1453" = add i64 %"cursor.18", 4
  %".1454" = trunc i64 %"cursor.18" to i16
  %".1455" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1454", ptr %".1455", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".299", %"ipv6_d0.to_esp"], [%"cursor.89", %"ipv4_d1.to_esp"], [%"cursor.104", %"ipv6_d1.to_esp"], [%"cursor.116", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"cursor.131", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"cursor.221", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"cursor.235", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"cursor.248", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"cursor.263", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"cursor.337", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"cursor.351", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"cursor.361", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"cursor.373", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"cursor.405", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"cursor.415", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data.24" = phi  ptr [%"data.17", %"ipv4_d0.to_esp"], [%"data.30", %"ipv6_d0.to_esp"], [%"data.89", %"ipv4_d1.to_esp"], [%"data.93", %"ipv6_d1.to_esp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.255", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.257", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data_end.24" = phi  ptr [%"data_end.17", %"ipv4_d0.to_esp"], [%"data_end.30", %"ipv6_d0.to_esp"], [%"data_end.89", %"ipv4_d1.to_esp"], [%"data_end.93", %"ipv6_d1.to_esp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.255", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.257", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"keys.24" = phi  ptr [%"keys.17", %"ipv4_d0.to_esp"], [%"keys.30", %"ipv6_d0.to_esp"], [%"keys.89", %"ipv4_d1.to_esp"], [%"keys.93", %"ipv6_d1.to_esp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.255", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.257", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"hdr.16" = getelementptr i8, ptr %"data.24", i64 %"cursor.19"
  %".1458" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1459" = icmp ugt ptr %".1458", %"data_end.24"
  br i1 %".1459", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1461" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1462" = load i32, ptr %".1461", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1462", %"esp.linear"], [%".1481", %"esp.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.24", %"esp.linear"], [%"data.80", %"esp.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.24", %"esp.linear"], [%"data_end.80", %"esp.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.24", %"esp.linear"], [%"keys.80", %"esp.copy_failed.endif"]
  %".1483" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1484" = zext i32 %".1483" to i64
  %".1485" = lshr i64 %".1484", 16
  %".1486" = trunc i64 %".1485" to i16
  %".1487" = call i16 @"llvm.bswap.i16"(i16 %".1486")
  %".1488" = getelementptr i8, ptr %"keys.81", i64 12
  store i16 %".1487", ptr %".1488", align 2
  %".1490" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1491" = zext i32 %".1490" to i64
  %".1492" = and i64 %".1491", 65535
  %".1493" = trunc i64 %".1492" to i16
  %".1494" = call i16 @"llvm.bswap.i16"(i16 %".1493")
  %".1495" = getelementptr i8, ptr %"keys.81", i64 14
  store i16 %".1494", ptr %".1495", align 2
  %".1497" = add i64 %"cursor.19", 4
  %".1498" = trunc i64 %"cursor.19" to i16
  %".1499" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1498", ptr %".1499", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".299", %"ipv6_d0.to_ah"], [%"cursor.90", %"ipv4_d1.to_ah"], [%"cursor.105", %"ipv6_d1.to_ah"], [%"cursor.117", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"cursor.132", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"cursor.222", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"cursor.236", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"cursor.249", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"cursor.264", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"cursor.338", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"cursor.352", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"cursor.362", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"cursor.374", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"cursor.406", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"cursor.416", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data.25" = phi  ptr [%"data.17", %"ipv4_d0.to_ah"], [%"data.30", %"ipv6_d0.to_ah"], [%"data.89", %"ipv4_d1.to_ah"], [%"data.93", %"ipv6_d1.to_ah"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.255", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.257", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data_end.25" = phi  ptr [%"data_end.17", %"ipv4_d0.to_ah"], [%"data_end.30", %"ipv6_d0.to_ah"], [%"data_end.89", %"ipv4_d1.to_ah"], [%"data_end.93", %"ipv6_d1.to_ah"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.255", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.257", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"keys.25" = phi  ptr [%"keys.17", %"ipv4_d0.to_ah"], [%"keys.30", %"ipv6_d0.to_ah"], [%"keys.89", %"ipv4_d1.to_ah"], [%"keys.93", %"ipv6_d1.to_ah"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.255", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.257", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"hdr.17" = getelementptr i8, ptr %"data.25", i64 %"cursor.20"
  %".1502" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1503" = icmp ugt ptr %".1502", %"data_end.25"
  br i1 %".1503", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1505" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1506" = load i32, ptr %".1505", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1506", %"ah.linear"], [%".1525", %"ah.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.25", %"ah.linear"], [%"data.82", %"ah.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.25", %"ah.linear"], [%"data_end.82", %"ah.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.25", %"ah.linear"], [%"keys.82", %"ah.copy_failed.endif"]
  %".1527" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1528" = zext i32 %".1527" to i64
  %".1529" = lshr i64 %".1528", 16
  %".1530" = trunc i64 %".1529" to i16
  %".1531" = call i16 @"llvm.bswap.i16"(i16 %".1530")
  %".1532" = getelementptr i8, ptr %"keys.83", i64 12
  store i16 %".1531", ptr %".1532", align 2
  %".1534" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1535" = zext i32 %".1534" to i64
  %".1536" = and i64 %".1535", 65535
  %".1537" = trunc i64 %".1536" to i16
  %".1538" = call i16 @"llvm.bswap.i16"(i16 %".1537")
  %".1539" = getelementptr i8, ptr %"keys.83", i64 14
  store i16 %".1538", ptr %".1539", align 2
  %".1541" = add i64 %"cursor.20", 8
  %".1542" = trunc i64 %"cursor.20" to i16
  %".1543" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1542", ptr %".1543", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.3", %"ipv4_d1.to_icmp"]
  %"data.26" = phi  ptr [%"data.17", %"ipv4_d0.to_icmp"], [%"data.89", %"ipv4_d1.to_icmp"]
  %"data_end.26" = phi  ptr [%"data_end.17", %"ipv4_d0.to_icmp"], [%"data_end.89", %"ipv4_d1.to_icmp"]
  %"keys.26" = phi  ptr [%"keys.17", %"ipv4_d0.to_icmp"], [%"keys.89", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.26", i64 %"cursor.21"
  %".1546" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1547" = icmp ugt ptr %".1546", %"data_end.26"
  br i1 %".1547", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.85" = phi  ptr [%"data.26", %"icmp.linear"], [%"data.84", %"icmp.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.26", %"icmp.linear"], [%"data_end.84", %"icmp.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.26", %"icmp.linear"], [%"keys.84", %"icmp.copy_failed.endif"]
  %".1567" = add i64 %"cursor.21", 4
  %".1568" = trunc i64 %"cursor.21" to i16
  %".1569" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1568", ptr %".1569", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".198" = trunc i64 %"end" to i16
  %".199" = getelementptr i8, ptr %"keys.17", i64 2
  store i16 %".198", ptr %".199", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".202" = getelementptr i8, ptr %"keys.17", i64 12
  store i32 0, ptr %".202", align 4
  %".204" = getelementptr i8, ptr %"keys.17", i64 2
  %".205" = trunc i64 %"end" to i16
  store volatile i16 %".205", ptr %".204", align 2
  %".207" = load volatile i16, ptr %".204", align 2
  %".208" = zext i16 %".207" to i64
  %"cursor.24" = and i64 %".208", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.23" = phi  i64 [%"cursor.24", %"ipv4_d0.stop_at_encap.endif"], [%"cursor.32", %"ipv6_d0.stop_at_encap.endif"], [%"cursor.60", %"batadv_d0.stop_at_encap.endif"], [%"cursor.120", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.135", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.153", %"ip_version_d1.to_ipv4"], [%"cursor.157", %"pppoe_d1.to_ipv4"], [%"cursor.164", %"geneve_d0.to_ipv4"], [%"cursor.166", %"gue_d0.to_ipv4"], [%"cursor.173", %"shim_d0.to_ipv4"], [%"cursor.174", %"gre_d0.to_ipv4"], [%"cursor.252", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.267", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.273", %"ethernet_d1.to_ipv4"], [%"cursor.292", %"vlan_d1_vlan_tags1.to_ipv4"], [%"cursor.309", %"hsr_d1.to_ipv4"], [%"cursor.320", %"ppp_d0.stop_at_encap.endif"], [%"cursor.365", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.377", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.385", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data.27" = phi  ptr [%"data.17", %"ipv4_d0.stop_at_encap.endif"], [%"data.30", %"ipv6_d0.stop_at_encap.endif"], [%"data.53", %"batadv_d0.stop_at_encap.endif"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.112", %"ip_version_d1.to_ipv4"], [%"data.117", %"pppoe_d1.to_ipv4"], [%"data.128", %"geneve_d0.to_ipv4"], [%"data.132", %"gue_d0.to_ipv4"], [%"data.138", %"shim_d0.to_ipv4"], [%"data.142", %"gre_d0.to_ipv4"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.187", %"ethernet_d1.to_ipv4"], [%"data.194", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.197", %"hsr_d1.to_ipv4"], [%"data.201", %"ppp_d0.stop_at_encap.endif"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.249", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data_end.27" = phi  ptr [%"data_end.17", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.30", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.112", %"ip_version_d1.to_ipv4"], [%"data_end.117", %"pppoe_d1.to_ipv4"], [%"data_end.128", %"geneve_d0.to_ipv4"], [%"data_end.132", %"gue_d0.to_ipv4"], [%"data_end.138", %"shim_d0.to_ipv4"], [%"data_end.142", %"gre_d0.to_ipv4"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.187", %"ethernet_d1.to_ipv4"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.197", %"hsr_d1.to_ipv4"], [%"data_end.201", %"ppp_d0.stop_at_encap.endif"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"keys.27" = phi  ptr [%"keys.17", %"ipv4_d0.stop_at_encap.endif"], [%"keys.30", %"ipv6_d0.stop_at_encap.endif"], [%"keys.53", %"batadv_d0.stop_at_encap.endif"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.112", %"ip_version_d1.to_ipv4"], [%"keys.117", %"pppoe_d1.to_ipv4"], [%"keys.128", %"geneve_d0.to_ipv4"], [%"keys.132", %"gue_d0.to_ipv4"], [%"keys.138", %"shim_d0.to_ipv4"], [%"keys.142", %"gre_d0.to_ipv4"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.187", %"ethernet_d1.to_ipv4"], [%"keys.194", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.197", %"hsr_d1.to_ipv4"], [%"keys.201", %"ppp_d0.stop_at_encap.endif"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.249", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"hdr.19" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1572" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1573" = icmp ugt ptr %".1572", %"data_end.27"
  br i1 %".1573", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1575" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1576" = load i8, ptr %".1575", align 1
  %".1577" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1578" = load i16, ptr %".1577", align 2
  %".1579" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1580" = load i8, ptr %".1579", align 1
  %".1581" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1582" = load i32, ptr %".1581", align 4
  %".1583" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1584" = load i32, ptr %".1583", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1576", %"ipv4_d1.linear"], [%".1603", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1578", %"ipv4_d1.linear"], [%".1605", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1580", %"ipv4_d1.linear"], [%".1607", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1582", %"ipv4_d1.linear"], [%".1609", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1584", %"ipv4_d1.linear"], [%".1611", %"ipv4_d1.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.27", %"ipv4_d1.linear"], [%"data.86", %"ipv4_d1.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.27", %"ipv4_d1.linear"], [%"data_end.86", %"ipv4_d1.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.27", %"ipv4_d1.linear"], [%"keys.86", %"ipv4_d1.copy_failed.endif"]
  %".1613" = zext i8 %"w0_1.4" to i64
  %".1614" = and i64 %".1613", 15
  %".1615" = icmp uge i64 %".1614", 5
  %".1616" = xor i1 %".1615", -1
  br i1 %".1616", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".216" = trunc i64 %"end" to i16
  %".217" = getelementptr i8, ptr %"keys.17", i64 2
  store i16 %".216", ptr %".217", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".220" = getelementptr i8, ptr %"keys.17", i64 12
  store i32 0, ptr %".220", align 4
  %".222" = getelementptr i8, ptr %"keys.17", i64 2
  %".223" = trunc i64 %"end" to i16
  store volatile i16 %".223", ptr %".222", align 2
  %".225" = load volatile i16, ptr %".222", align 2
  %".226" = zext i16 %".225" to i64
  %"cursor.26" = and i64 %".226", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.25" = phi  i64 [%"cursor.26", %"ipv4_d0.stop_at_encap.endif.1"], [%"cursor.33", %"ipv6_d0.stop_at_encap.endif.1"], [%"cursor.61", %"batadv_d0.stop_at_encap.endif.1"], [%"cursor.121", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.136", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.154", %"ip_version_d1.to_ipv6"], [%"cursor.158", %"pppoe_d1.to_ipv6"], [%"cursor.165", %"geneve_d0.to_ipv6"], [%"cursor.167", %"gue_d0.to_ipv6"], [%"cursor.175", %"gre_d0.to_ipv6"], [%"cursor.253", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.268", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.274", %"ethernet_d1.to_ipv6"], [%"cursor.293", %"vlan_d1_vlan_tags1.to_ipv6"], [%"cursor.310", %"hsr_d1.to_ipv6"], [%"cursor.321", %"ppp_d0.stop_at_encap.endif.1"], [%"cursor.366", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.378", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.386", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data.28" = phi  ptr [%"data.17", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.30", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.112", %"ip_version_d1.to_ipv6"], [%"data.117", %"pppoe_d1.to_ipv6"], [%"data.128", %"geneve_d0.to_ipv6"], [%"data.132", %"gue_d0.to_ipv6"], [%"data.142", %"gre_d0.to_ipv6"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.187", %"ethernet_d1.to_ipv6"], [%"data.194", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.197", %"hsr_d1.to_ipv6"], [%"data.201", %"ppp_d0.stop_at_encap.endif.1"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.249", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data_end.28" = phi  ptr [%"data_end.17", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.30", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.112", %"ip_version_d1.to_ipv6"], [%"data_end.117", %"pppoe_d1.to_ipv6"], [%"data_end.128", %"geneve_d0.to_ipv6"], [%"data_end.132", %"gue_d0.to_ipv6"], [%"data_end.142", %"gre_d0.to_ipv6"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.187", %"ethernet_d1.to_ipv6"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.197", %"hsr_d1.to_ipv6"], [%"data_end.201", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"keys.28" = phi  ptr [%"keys.17", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.30", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.112", %"ip_version_d1.to_ipv6"], [%"keys.117", %"pppoe_d1.to_ipv6"], [%"keys.128", %"geneve_d0.to_ipv6"], [%"keys.132", %"gue_d0.to_ipv6"], [%"keys.142", %"gre_d0.to_ipv6"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.187", %"ethernet_d1.to_ipv6"], [%"keys.194", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.197", %"hsr_d1.to_ipv6"], [%"keys.201", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.249", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"hdr.20" = getelementptr i8, ptr %"data.28", i64 %"cursor.25"
  %".1793" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1794" = icmp ugt ptr %".1793", %"data_end.28"
  br i1 %".1794", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1796" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1797" = load i32, ptr %".1796", align 4
  %".1798" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1799" = load i8, ptr %".1798", align 1
  %".1800" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1801" = load i64, ptr %".1800", align 8
  %".1802" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1803" = load i64, ptr %".1802", align 8
  %".1804" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1805" = load i64, ptr %".1804", align 8
  %".1806" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1807" = load i64, ptr %".1806", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1797", %"ipv6_d1.linear"], [%".1826", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1799", %"ipv6_d1.linear"], [%".1828", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1801", %"ipv6_d1.linear"], [%".1830", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1803", %"ipv6_d1.linear"], [%".1832", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1805", %"ipv6_d1.linear"], [%".1834", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1807", %"ipv6_d1.linear"], [%".1836", %"ipv6_d1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.28", %"ipv6_d1.linear"], [%"data.92", %"ipv6_d1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.28", %"ipv6_d1.linear"], [%"data_end.92", %"ipv6_d1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.28", %"ipv6_d1.linear"], [%"keys.92", %"ipv6_d1.copy_failed.endif"]
  %".1838" = trunc i64 34525 to i16
  %".1839" = getelementptr i8, ptr %"keys.93", i64 4
  store i16 %".1838", ptr %".1839", align 2
  %".1841" = trunc i64 34525 to i16
  %".1842" = call i16 @"llvm.bswap.i16"(i16 %".1841")
  %".1843" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1842", ptr %".1843", align 2
  %".1845" = getelementptr i8, ptr %"keys.93", i64 16
  store i64 %"w8_8.1", ptr %".1845", align 8
  %".1847" = getelementptr i8, ptr %"keys.93", i64 24
  store i64 %"w16_8.1", ptr %".1847", align 8
  %".1849" = getelementptr i8, ptr %"keys.93", i64 32
  store i64 %"w24_8.1", ptr %".1849", align 8
  %".1851" = getelementptr i8, ptr %"keys.93", i64 40
  store i64 %"w32_8.1", ptr %".1851", align 8
  %".1853" = zext i8 %"w6_1.1" to i64
  %".1854" = trunc i64 %".1853" to i8
  %".1855" = getelementptr i8, ptr %"keys.93", i64 9
  store i8 %".1854", ptr %".1855", align 1
  %".1857" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1858" = zext i32 %".1857" to i64
  %".1859" = and i64 %".1858", 1048575
  %".1860" = trunc i64 %".1859" to i32
  %".1861" = call i32 @"llvm.bswap.i32"(i32 %".1860")
  %".1862" = getelementptr i8, ptr %"keys.93", i64 52
  store i32 %".1861", ptr %".1862", align 4
  %".1864" = add i64 %"cursor.25", 40
  %".1865" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1866" = zext i32 %".1865" to i64
  %".1867" = and i64 %".1866", 1048575
  %".1868" = icmp ne i64 %".1867", 0
  %".1869" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.21" = load volatile i32, ptr %".1869", align 4
  %".1870" = and i32 %"flags.21", 2
  %".1871" = icmp ne i32 %".1870", 0
  %".1872" = and i1 %".1868", %".1871"
  br i1 %".1872", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".244" = trunc i64 %"cursor.2" to i32
  %".245" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".244", [40 x i8]* %"header_copy", i32 40)
  %".246" = icmp eq i64 %".245", 0
  %".247" = getelementptr i8, ptr %"ctx.3", i64 76
  %".248" = load i32, ptr %".247", align 4
  %".249" = zext i32 %".248" to i64
  %"data.29" = inttoptr i64 %".249" to ptr
  %".250" = getelementptr i8, ptr %"ctx.3", i64 80
  %".251" = load i32, ptr %".250", align 4
  %".252" = zext i32 %".251" to i64
  %"data_end.29" = inttoptr i64 %".252" to ptr
  %".253" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.29" = load ptr, ptr %".253", align 8
  %".254" = xor i1 %".246", -1
  br i1 %".254", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".256" = trunc i64 %"cursor.2" to i16
  %".257" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".256", ptr %".257", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".260" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".261" = load volatile i32, [40 x i8]* %".260", align 4
  %".262" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".263" = load volatile i8, [40 x i8]* %".262", align 1
  %".264" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".265" = load volatile i64, [40 x i8]* %".264", align 8
  %".266" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".267" = load volatile i64, [40 x i8]* %".266", align 8
  %".268" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".269" = load volatile i64, [40 x i8]* %".268", align 8
  %".270" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".271" = load volatile i64, [40 x i8]* %".270", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".309" = trunc i64 %".299" to i16
  %".310" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".309", ptr %".310", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".313" = zext i8 %"w6_1" to i64
  switch i64 %".313", label %"ipv6_d0.unknown" [i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]
ipv6_d0.unknown:
  %".315" = trunc i64 %".299" to i16
  %".316" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".315", ptr %".316", align 2
  br label %"return"
ipv6_d0.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.2:
  %".321" = getelementptr i8, ptr %"keys.30", i64 2
  %".322" = trunc i64 %".299" to i16
  store volatile i16 %".322", ptr %".321", align 2
  %".324" = load volatile i16, ptr %".321", align 2
  %".325" = zext i16 %".324" to i64
  %"cursor.28" = and i64 %".325", 16383
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
  %".337" = trunc i64 34887 to i16
  %".338" = call i16 @"llvm.bswap.i16"(i16 %".337")
  %".339" = getelementptr i8, ptr %"keys.30", i64 10
  store i16 %".338", ptr %".339", align 2
  %".341" = getelementptr i8, ptr %"keys.30", i64 2
  %".342" = trunc i64 %".299" to i16
  store volatile i16 %".342", ptr %".341", align 2
  %".344" = load volatile i16, ptr %".341", align 2
  %".345" = zext i16 %".344" to i64
  %"cursor.31" = and i64 %".345", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.to_ipv4:
  %".347" = getelementptr i8, ptr %"keys.30", i64 8
  store i8 1, ptr %".347", align 1
  %".349" = getelementptr i8, ptr %"keys.30", i64 48
  %"flags.4" = load volatile i32, ptr %".349", align 4
  %".350" = and i32 %"flags.4", 4
  %".351" = icmp ne i32 %".350", 0
  br i1 %".351", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".365" = getelementptr i8, ptr %"keys.30", i64 8
  store i8 1, ptr %".365", align 1
  %".367" = getelementptr i8, ptr %"keys.30", i64 48
  %"flags.5" = load volatile i32, ptr %".367", align 4
  %".368" = and i32 %"flags.5", 4
  %".369" = icmp ne i32 %".368", 0
  br i1 %".369", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.27" = phi  i64 [%".299", %"ipv6_d0.to_ipv6_opts"], [%".299", %"ipv6_d0.to_ipv6_opts.1"], [%"cursor.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.31" = phi  ptr [%"data.30", %"ipv6_d0.to_ipv6_opts"], [%"data.30", %"ipv6_d0.to_ipv6_opts.1"], [%"data.30", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.31" = phi  ptr [%"data_end.30", %"ipv6_d0.to_ipv6_opts"], [%"data_end.30", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.30", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.31" = phi  ptr [%"keys.30", %"ipv6_d0.to_ipv6_opts"], [%"keys.30", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.30", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.31", i64 %"cursor.27"
  %".1999" = getelementptr i8, ptr %"hdr.21", i64 2
  %".2000" = icmp ugt ptr %".1999", %"data_end.31"
  br i1 %".2000", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".2002" = getelementptr i8, ptr %"hdr.21", i64 0
  %".2003" = load i8, ptr %".2002", align 1
  %".2004" = getelementptr i8, ptr %"hdr.21", i64 1
  %".2005" = load i8, ptr %".2004", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".2003", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".2024", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".2005", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".2026", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".2028" = zext i8 %"w0_1.5" to i64
  %".2029" = trunc i64 %".2028" to i8
  %".2030" = getelementptr i8, ptr %"keys.97", i64 9
  store i8 %".2029", ptr %".2030", align 1
  %".2032" = add i64 %"cursor.27", 2
  %".2033" = zext i8 %"w1_1.3" to i64
  %".2034" = mul i64 %".2033", 8
  %".2035" = add i64 %".2034", 6
  %".2036" = add i64 %".2035", 2
  %".2037" = add i64 %"cursor.27", %".2036"
  %".2038" = getelementptr i8, ptr %"data.97", i64 %"cursor.27"
  %".2039" = getelementptr i8, ptr %".2038", i64 %".2036"
  %".2040" = icmp ugt ptr %".2039", %"data_end.97"
  br i1 %".2040", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext1.variable_part:
  %"data.99" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data.98", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data_end.98", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.header"], [%"keys.98", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.4" = add i64 %"cursor.27", %".2036"
  %".2061" = zext i8 %"w0_1.5" to i64
  switch i64 %".2061", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.29" = phi  i64 [%".299", %"ipv6_d0.to_ipv6_frag"]
  %"data.32" = phi  ptr [%"data.30", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.32" = phi  ptr [%"data_end.30", %"ipv6_d0.to_ipv6_frag"]
  %"keys.32" = phi  ptr [%"keys.30", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.32", i64 %"cursor.29"
  %".2176" = getelementptr i8, ptr %"hdr.22", i64 8
  %".2177" = icmp ugt ptr %".2176", %"data_end.32"
  br i1 %".2177", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".2179" = getelementptr i8, ptr %"hdr.22", i64 0
  %".2180" = load i8, ptr %".2179", align 1
  %".2181" = getelementptr i8, ptr %"hdr.22", i64 2
  %".2182" = load i16, ptr %".2181", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".2180", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2201", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".2182", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2203", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".2205" = zext i8 %"w0_1.6" to i64
  %".2206" = trunc i64 %".2205" to i8
  %".2207" = getelementptr i8, ptr %"keys.103", i64 9
  store i8 %".2206", ptr %".2207", align 1
  %".2209" = add i64 %"cursor.29", 8
  %".2210" = icmp ne i64 1, 0
  %".2211" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".2212" = zext i16 %".2211" to i64
  %".2213" = and i64 %".2212", 65528
  %".2214" = icmp eq i64 %".2213", 0
  br i1 %".2210", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.30" = phi  i64 [%".299", %"ipv6_d0.to_icmpv6"], [%".1864", %"ipv6_d1.to_icmpv6"], [%"cursor.118", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"cursor.133", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"cursor.223", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"cursor.237", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"cursor.250", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"cursor.265", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"cursor.339", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"cursor.353", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"cursor.363", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"cursor.375", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"cursor.407", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"cursor.417", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data.33" = phi  ptr [%"data.30", %"ipv6_d0.to_icmpv6"], [%"data.93", %"ipv6_d1.to_icmpv6"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.237", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.239", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.255", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.257", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data_end.33" = phi  ptr [%"data_end.30", %"ipv6_d0.to_icmpv6"], [%"data_end.93", %"ipv6_d1.to_icmpv6"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.237", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.239", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.255", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.257", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"keys.33" = phi  ptr [%"keys.30", %"ipv6_d0.to_icmpv6"], [%"keys.93", %"ipv6_d1.to_icmpv6"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.237", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.239", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.255", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.257", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"hdr.23" = getelementptr i8, ptr %"data.33", i64 %"cursor.30"
  %".2361" = getelementptr i8, ptr %"hdr.23", i64 4
  %".2362" = icmp ugt ptr %".2361", %"data_end.33"
  br i1 %".2362", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.105" = phi  ptr [%"data.33", %"icmpv6.linear"], [%"data.104", %"icmpv6.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.33", %"icmpv6.linear"], [%"data_end.104", %"icmpv6.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.33", %"icmpv6.linear"], [%"keys.104", %"icmpv6.copy_failed.endif"]
  %".2382" = add i64 %"cursor.30", 4
  %".2383" = trunc i64 %"cursor.30" to i16
  %".2384" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2383", ptr %".2384", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".353" = trunc i64 %".299" to i16
  %".354" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".353", ptr %".354", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".357" = getelementptr i8, ptr %"keys.30", i64 12
  store i32 0, ptr %".357", align 4
  %".359" = getelementptr i8, ptr %"keys.30", i64 2
  %".360" = trunc i64 %".299" to i16
  store volatile i16 %".360", ptr %".359", align 2
  %".362" = load volatile i16, ptr %".359", align 2
  %".363" = zext i16 %".362" to i64
  %"cursor.32" = and i64 %".363", 16383
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".371" = trunc i64 %".299" to i16
  %".372" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".371", ptr %".372", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".375" = getelementptr i8, ptr %"keys.30", i64 12
  store i32 0, ptr %".375", align 4
  %".377" = getelementptr i8, ptr %"keys.30", i64 2
  %".378" = trunc i64 %".299" to i16
  store volatile i16 %".378", ptr %".377", align 2
  %".380" = load volatile i16, ptr %".377", align 2
  %".381" = zext i16 %".380" to i64
  %"cursor.33" = and i64 %".381", 16383
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".389" = trunc i64 %"cursor.3" to i32
  %".390" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".389", [40 x i8]* %"header_copy", i32 4)
  %".391" = icmp eq i64 %".390", 0
  %".392" = getelementptr i8, ptr %"ctx.4", i64 76
  %".393" = load i32, ptr %".392", align 4
  %".394" = zext i32 %".393" to i64
  %"data.34" = inttoptr i64 %".394" to ptr
  %".395" = getelementptr i8, ptr %"ctx.4", i64 80
  %".396" = load i32, ptr %".395", align 4
  %".397" = zext i32 %".396" to i64
  %"data_end.34" = inttoptr i64 %".397" to ptr
  %".398" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.34" = load ptr, ptr %".398", align 8
  %".399" = xor i1 %".391", -1
  br i1 %".399", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".401" = trunc i64 %"cursor.3" to i16
  %".402" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".401", ptr %".402", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".405" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".406" = load volatile i16, [40 x i8]* %".405", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".421" = trunc i64 %".414" to i16
  %".422" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".421", ptr %".422", align 2
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
  %".429" = getelementptr i8, ptr %"keys.35", i64 2
  %".430" = trunc i64 %".414" to i16
  store volatile i16 %".430", ptr %".429", align 2
  %".432" = load volatile i16, ptr %".429", align 2
  %".433" = zext i16 %".432" to i64
  %"cursor.35" = and i64 %".433", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  %".435" = getelementptr i8, ptr %"keys.35", i64 2
  %".436" = trunc i64 %".414" to i16
  store volatile i16 %".436", ptr %".435", align 2
  %".438" = load volatile i16, ptr %".435", align 2
  %".439" = zext i16 %".438" to i64
  %"cursor.36" = and i64 %".439", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags1.to_arp:
  %".442" = getelementptr i8, ptr %"keys.35", i64 2
  %".443" = trunc i64 %".414" to i16
  store volatile i16 %".443", ptr %".442", align 2
  %".445" = load volatile i16, ptr %".442", align 2
  %".446" = zext i16 %".445" to i64
  %"cursor.37" = and i64 %".446", 16383
  br label %"arp"
vlan_d0_vlan_tags1.to_arp.1:
  %".448" = getelementptr i8, ptr %"keys.35", i64 2
  %".449" = trunc i64 %".414" to i16
  store volatile i16 %".449", ptr %".448", align 2
  %".451" = load volatile i16, ptr %".448", align 2
  %".452" = zext i16 %".451" to i64
  %"cursor.38" = and i64 %".452", 16383
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
  %".458" = getelementptr i8, ptr %"keys.35", i64 2
  %".459" = trunc i64 %".414" to i16
  store volatile i16 %".459", ptr %".458", align 2
  %".461" = load volatile i16, ptr %".458", align 2
  %".462" = zext i16 %".461" to i64
  %"cursor.39" = and i64 %".462", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags1.to_hsr.1:
  %".464" = getelementptr i8, ptr %"keys.35", i64 2
  %".465" = trunc i64 %".414" to i16
  store volatile i16 %".465", ptr %".464", align 2
  %".467" = load volatile i16, ptr %".464", align 2
  %".468" = zext i16 %".467" to i64
  %"cursor.40" = and i64 %".468", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags1.to_batadv:
  br label %"batadv_d0"
vlan_d0_vlan_tags2:
  %"cursor.34" = phi  i64 [%".414", %"vlan_d0_vlan_tags1.to_vlan"], [%".414", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data.36" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.35", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data_end.36" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.35", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"keys.36" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.35", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.36", i64 %"cursor.34"
  %".2387" = getelementptr i8, ptr %"hdr.24", i64 4
  %".2388" = icmp ugt ptr %".2387", %"data_end.36"
  br i1 %".2388", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".2390" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2391" = load i16, ptr %".2390", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".2391", %"vlan_d0_vlan_tags2.linear"], [%".2410", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.36", %"vlan_d0_vlan_tags2.linear"], [%"data.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.36", %"vlan_d0_vlan_tags2.linear"], [%"data_end.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.36", %"vlan_d0_vlan_tags2.linear"], [%"keys.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".2412" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2413" = zext i16 %".2412" to i64
  %".2414" = trunc i64 %".2413" to i16
  %".2415" = call i16 @"llvm.bswap.i16"(i16 %".2414")
  %".2416" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".2415", ptr %".2416", align 2
  %".2418" = add i64 %"cursor.34", 4
  %".2419" = trunc i64 %".2418" to i16
  %".2420" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2419", ptr %".2420", align 2
  %".2422" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2423" = zext i16 %".2422" to i64
  switch i64 %".2423", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]
mpls_d0_mpls_labels1.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".478" = trunc i64 %"cursor.4" to i32
  %".479" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".478", [40 x i8]* %"header_copy", i32 4)
  %".480" = icmp eq i64 %".479", 0
  %".481" = getelementptr i8, ptr %"ctx.5", i64 76
  %".482" = load i32, ptr %".481", align 4
  %".483" = zext i32 %".482" to i64
  %"data.37" = inttoptr i64 %".483" to ptr
  %".484" = getelementptr i8, ptr %"ctx.5", i64 80
  %".485" = load i32, ptr %".484", align 4
  %".486" = zext i32 %".485" to i64
  %"data_end.37" = inttoptr i64 %".486" to ptr
  %".487" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.37" = load ptr, ptr %".487", align 8
  %".488" = xor i1 %".480", -1
  br i1 %".488", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".490" = trunc i64 %".471" to i16
  %".491" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".490", ptr %".491", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".494" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".495" = load volatile i8, [40 x i8]* %".494", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".501" = trunc i64 %".497" to i16
  %".502" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".501", ptr %".502", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels1.to_ip_version:
  %".506" = getelementptr i8, ptr %"keys.38", i64 8
  store i8 1, ptr %".506", align 1
  %".508" = getelementptr i8, ptr %"keys.38", i64 48
  %"flags.6" = load volatile i32, ptr %".508", align 4
  %".509" = and i32 %"flags.6", 4
  %".510" = icmp ne i32 %".509", 0
  br i1 %".510", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels2:
  %"cursor.41" = phi  i64 [%".497", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.39" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.39" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.39" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2521" = add i64 %"cursor.41", 4
  %"hdr.25" = getelementptr i8, ptr %"data.39", i64 %"cursor.41"
  %".2522" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2523" = icmp ugt ptr %".2522", %"data_end.39"
  br i1 %".2523", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2525" = getelementptr i8, ptr %"hdr.25", i64 2
  %".2526" = load i8, ptr %".2525", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2526", %"mpls_d0_mpls_labels2.linear"], [%".2545", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.39", %"mpls_d0_mpls_labels2.linear"], [%"data.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.39", %"mpls_d0_mpls_labels2.linear"], [%"data_end.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.39", %"mpls_d0_mpls_labels2.linear"], [%"keys.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2547" = add i64 %"cursor.41", 4
  %".2548" = zext i8 %"w2_1.1" to i64
  %".2549" = and i64 %".2548", 1
  switch i64 %".2549", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels1.stop_at_encap:
  %".512" = trunc i64 %".497" to i16
  %".513" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".512", ptr %".513", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".516" = getelementptr i8, ptr %"keys.38", i64 12
  store i32 0, ptr %".516", align 4
  %".518" = getelementptr i8, ptr %"keys.38", i64 2
  %".519" = trunc i64 %".497" to i16
  store volatile i16 %".519", ptr %".518", align 2
  %".521" = load volatile i16, ptr %".518", align 2
  %".522" = zext i16 %".521" to i64
  %"cursor.43" = and i64 %".522", 16383
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.42" = phi  i64 [%"cursor.43", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"cursor.152", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"cursor.168", %"gtpu_d0.to_ip_version"], [%"cursor.270", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"cursor.289", %"gtpu_opt_d1.to_ip_version"], [%"cursor.379", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"cursor.382", %"gtpu_next_d1.to_ip_version"], [%"cursor.421", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"cursor.426", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"data.40" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.134", %"gtpu_d0.to_ip_version"], [%"data.181", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.189", %"gtpu_opt_d1.to_ip_version"], [%"data.241", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.246", %"gtpu_next_d1.to_ip_version"], [%"data.266", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.274", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"data_end.40" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.134", %"gtpu_d0.to_ip_version"], [%"data_end.181", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.189", %"gtpu_opt_d1.to_ip_version"], [%"data_end.241", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.246", %"gtpu_next_d1.to_ip_version"], [%"data_end.266", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.274", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"keys.40" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.134", %"gtpu_d0.to_ip_version"], [%"keys.181", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.189", %"gtpu_opt_d1.to_ip_version"], [%"keys.241", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.246", %"gtpu_next_d1.to_ip_version"], [%"keys.266", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.274", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"hdr.26" = getelementptr i8, ptr %"data.40", i64 %"cursor.42"
  %".2574" = getelementptr i8, ptr %"hdr.26", i64 1
  %".2575" = icmp ugt ptr %".2574", %"data_end.40"
  br i1 %".2575", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2577" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2578" = load i8, ptr %".2577", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2578", %"ip_version_d1.linear"], [%".2597", %"ip_version_d1.copy_failed.endif"]
  %"data.112" = phi  ptr [%"data.40", %"ip_version_d1.linear"], [%"data.111", %"ip_version_d1.copy_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.40", %"ip_version_d1.linear"], [%"data_end.111", %"ip_version_d1.copy_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.40", %"ip_version_d1.linear"], [%"keys.111", %"ip_version_d1.copy_failed.endif"]
  %".2599" = zext i8 %"w0_1.7" to i64
  %".2600" = lshr i64 %".2599", 4
  %".2601" = and i64 %".2600", 15
  switch i64 %".2601", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
pppoe_d0.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".534" = trunc i64 %"cursor.5" to i32
  %".535" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".534", [40 x i8]* %"header_copy", i32 8)
  %".536" = icmp eq i64 %".535", 0
  %".537" = getelementptr i8, ptr %"ctx.6", i64 76
  %".538" = load i32, ptr %".537", align 4
  %".539" = zext i32 %".538" to i64
  %"data.41" = inttoptr i64 %".539" to ptr
  %".540" = getelementptr i8, ptr %"ctx.6", i64 80
  %".541" = load i32, ptr %".540", align 4
  %".542" = zext i32 %".541" to i64
  %"data_end.41" = inttoptr i64 %".542" to ptr
  %".543" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.41" = load ptr, ptr %".543", align 8
  %".544" = xor i1 %".536", -1
  br i1 %".544", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".546" = trunc i64 %"cursor.5" to i16
  %".547" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".546", ptr %".547", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".550" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".551" = load volatile i8, [40 x i8]* %".550", align 1
  %".552" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".553" = load volatile i8, [40 x i8]* %".552", align 1
  %".554" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".555" = load volatile i16, [40 x i8]* %".554", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".570" = trunc i64 %"cursor.5" to i16
  %".571" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".570", ptr %".571", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".574" = add i64 %"cursor.5", 8
  %".575" = trunc i64 %".574" to i16
  %".576" = getelementptr i8, ptr %"keys.42", i64 0
  store i16 %".575", ptr %".576", align 2
  %".578" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".579" = zext i16 %".578" to i64
  switch i64 %".579", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]
pppoe_d0.unknown:
  %".581" = and i64 %".579", 257
  %".582" = icmp eq i64 %".581", 1
  br i1 %".582", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".588" = getelementptr i8, ptr %"keys.42", i64 2
  %".589" = trunc i64 %".574" to i16
  store volatile i16 %".589", ptr %".588", align 2
  %".591" = load volatile i16, ptr %".588", align 2
  %".592" = zext i16 %".591" to i64
  %"cursor.44" = and i64 %".592", 16383
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".594" = getelementptr i8, ptr %"keys.42", i64 2
  %".595" = trunc i64 %".574" to i16
  store volatile i16 %".595", ptr %".594", align 2
  %".597" = load volatile i16, ptr %".594", align 2
  %".598" = zext i16 %".597" to i64
  %"cursor.45" = and i64 %".598", 16383
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".600" = trunc i64 34887 to i16
  %".601" = call i16 @"llvm.bswap.i16"(i16 %".600")
  %".602" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".601", ptr %".602", align 2
  %".604" = getelementptr i8, ptr %"keys.42", i64 2
  %".605" = trunc i64 %".574" to i16
  store volatile i16 %".605", ptr %".604", align 2
  %".607" = load volatile i16, ptr %".604", align 2
  %".608" = zext i16 %".607" to i64
  %"cursor.46" = and i64 %".608", 16383
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".610" = trunc i64 34888 to i16
  %".611" = call i16 @"llvm.bswap.i16"(i16 %".610")
  %".612" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".611", ptr %".612", align 2
  %".614" = getelementptr i8, ptr %"keys.42", i64 2
  %".615" = trunc i64 %".574" to i16
  store volatile i16 %".615", ptr %".614", align 2
  %".617" = load volatile i16, ptr %".614", align 2
  %".618" = zext i16 %".617" to i64
  %"cursor.47" = and i64 %".618", 16383
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".584" = trunc i64 %".574" to i16
  %".585" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".584", ptr %".585", align 2
  br label %"return"
ppp_other:
  %"cursor.48" = phi  i64 [%".574", %"pppoe_d0.to_ppp_other"], [%".2730", %"pppoe_d1.to_ppp_other"]
  %"data.43" = phi  ptr [%"data.42", %"pppoe_d0.to_ppp_other"], [%"data.117", %"pppoe_d1.to_ppp_other"]
  %"data_end.43" = phi  ptr [%"data_end.42", %"pppoe_d0.to_ppp_other"], [%"data_end.117", %"pppoe_d1.to_ppp_other"]
  %"keys.43" = phi  ptr [%"keys.42", %"pppoe_d0.to_ppp_other"], [%"keys.117", %"pppoe_d1.to_ppp_other"]
  %".2619" = add i64 %"cursor.48", 0
  %".2620" = trunc i64 %".2619" to i16
  %".2621" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".2620", ptr %".2621", align 2
  br label %"return"
ptp.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".630" = trunc i64 %"cursor.7" to i32
  %".631" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".630", [40 x i8]* %"header_copy", i32 34)
  %".632" = icmp eq i64 %".631", 0
  %".633" = getelementptr i8, ptr %"ctx.7", i64 76
  %".634" = load i32, ptr %".633", align 4
  %".635" = zext i32 %".634" to i64
  %"data.44" = inttoptr i64 %".635" to ptr
  %".636" = getelementptr i8, ptr %"ctx.7", i64 80
  %".637" = load i32, ptr %".636", align 4
  %".638" = zext i32 %".637" to i64
  %"data_end.44" = inttoptr i64 %".638" to ptr
  %".639" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.44" = load ptr, ptr %".639", align 8
  %".640" = xor i1 %".632", -1
  br i1 %".640", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".642" = trunc i64 %"cursor.7" to i16
  %".643" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".642", ptr %".643", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".661" = trunc i64 %"cursor.9" to i32
  %".662" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".661", [40 x i8]* %"header_copy", i32 16)
  %".663" = icmp eq i64 %".662", 0
  %".664" = getelementptr i8, ptr %"ctx.8", i64 76
  %".665" = load i32, ptr %".664", align 4
  %".666" = zext i32 %".665" to i64
  %"data.46" = inttoptr i64 %".666" to ptr
  %".667" = getelementptr i8, ptr %"ctx.8", i64 80
  %".668" = load i32, ptr %".667", align 4
  %".669" = zext i32 %".668" to i64
  %"data_end.46" = inttoptr i64 %".669" to ptr
  %".670" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.46" = load ptr, ptr %".670", align 8
  %".671" = xor i1 %".663", -1
  br i1 %".671", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".673" = trunc i64 %"cursor.9" to i16
  %".674" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".673", ptr %".674", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".686" = trunc i64 %"cursor.10" to i32
  %".687" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".686", [40 x i8]* %"header_copy", i32 38)
  %".688" = icmp eq i64 %".687", 0
  %".689" = getelementptr i8, ptr %"ctx.9", i64 76
  %".690" = load i32, ptr %".689", align 4
  %".691" = zext i32 %".690" to i64
  %"data.48" = inttoptr i64 %".691" to ptr
  %".692" = getelementptr i8, ptr %"ctx.9", i64 80
  %".693" = load i32, ptr %".692", align 4
  %".694" = zext i32 %".693" to i64
  %"data_end.48" = inttoptr i64 %".694" to ptr
  %".695" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.48" = load ptr, ptr %".695", align 8
  %".696" = xor i1 %".688", -1
  br i1 %".696", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".698" = trunc i64 %"cursor.10" to i16
  %".699" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".698", ptr %".699", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".714" = trunc i64 %"cursor.11" to i32
  %".715" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".714", [40 x i8]* %"header_copy", i32 6)
  %".716" = icmp eq i64 %".715", 0
  %".717" = getelementptr i8, ptr %"ctx.10", i64 76
  %".718" = load i32, ptr %".717", align 4
  %".719" = zext i32 %".718" to i64
  %"data.50" = inttoptr i64 %".719" to ptr
  %".720" = getelementptr i8, ptr %"ctx.10", i64 80
  %".721" = load i32, ptr %".720", align 4
  %".722" = zext i32 %".721" to i64
  %"data_end.50" = inttoptr i64 %".722" to ptr
  %".723" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.50" = load ptr, ptr %".723", align 8
  %".724" = xor i1 %".716", -1
  br i1 %".724", label %"hsr_d0.copy_failed", label %"hsr_d0.copy_failed.endif"
hsr_d0.copy_failed:
  %".726" = trunc i64 %"cursor.11" to i16
  %".727" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".726", ptr %".727", align 2
  br label %"return"
hsr_d0.copy_failed.endif:
  %".730" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".731" = load volatile i16, [40 x i8]* %".730", align 2
  br label %"hsr_d0.header"
hsr_d0.unknown:
  %".746" = trunc i64 %".739" to i16
  %".747" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".746", ptr %".747", align 2
  br label %"return"
hsr_d0.to_ipv4:
  %".750" = getelementptr i8, ptr %"keys.51", i64 2
  %".751" = trunc i64 %".739" to i16
  store volatile i16 %".751", ptr %".750", align 2
  %".753" = load volatile i16, ptr %".750", align 2
  %".754" = zext i16 %".753" to i64
  %"cursor.49" = and i64 %".754", 16383
  br label %"ipv4_d0"
hsr_d0.to_ipv6:
  %".756" = getelementptr i8, ptr %"keys.51", i64 2
  %".757" = trunc i64 %".739" to i16
  store volatile i16 %".757", ptr %".756", align 2
  %".759" = load volatile i16, ptr %".756", align 2
  %".760" = zext i16 %".759" to i64
  %"cursor.50" = and i64 %".760", 16383
  br label %"ipv6_d0"
hsr_d0.to_mpls:
  %".762" = getelementptr i8, ptr %"keys.51", i64 2
  %".763" = trunc i64 %".739" to i16
  store volatile i16 %".763", ptr %".762", align 2
  %".765" = load volatile i16, ptr %".762", align 2
  %".766" = zext i16 %".765" to i64
  %"cursor.51" = and i64 %".766", 16383
  br label %"mpls_d0_mpls_labels1"
hsr_d0.to_mpls.1:
  %".768" = getelementptr i8, ptr %"keys.51", i64 2
  %".769" = trunc i64 %".739" to i16
  store volatile i16 %".769", ptr %".768", align 2
  %".771" = load volatile i16, ptr %".768", align 2
  %".772" = zext i16 %".771" to i64
  %"cursor.52" = and i64 %".772", 16383
  br label %"mpls_d0_mpls_labels1"
hsr_d0.to_pppoe:
  %".774" = getelementptr i8, ptr %"keys.51", i64 2
  %".775" = trunc i64 %".739" to i16
  store volatile i16 %".775", ptr %".774", align 2
  %".777" = load volatile i16, ptr %".774", align 2
  %".778" = zext i16 %".777" to i64
  %"cursor.53" = and i64 %".778", 16383
  br label %"pppoe_d0"
hsr_d0.to_arp:
  %".780" = getelementptr i8, ptr %"keys.51", i64 2
  %".781" = trunc i64 %".739" to i16
  store volatile i16 %".781", ptr %".780", align 2
  %".783" = load volatile i16, ptr %".780", align 2
  %".784" = zext i16 %".783" to i64
  %"cursor.54" = and i64 %".784", 16383
  br label %"arp"
hsr_d0.to_arp.1:
  %".786" = getelementptr i8, ptr %"keys.51", i64 2
  %".787" = trunc i64 %".739" to i16
  store volatile i16 %".787", ptr %".786", align 2
  %".789" = load volatile i16, ptr %".786", align 2
  %".790" = zext i16 %".789" to i64
  %"cursor.55" = and i64 %".790", 16383
  br label %"arp"
hsr_d0.to_ptp:
  %".792" = getelementptr i8, ptr %"keys.51", i64 2
  %".793" = trunc i64 %".739" to i16
  store volatile i16 %".793", ptr %".792", align 2
  %".795" = load volatile i16, ptr %".792", align 2
  %".796" = zext i16 %".795" to i64
  %"cursor.56" = and i64 %".796", 16383
  br label %"ptp"
hsr_d0.to_cfm:
  %".798" = getelementptr i8, ptr %"keys.51", i64 2
  %".799" = trunc i64 %".739" to i16
  store volatile i16 %".799", ptr %".798", align 2
  %".801" = load volatile i16, ptr %".798", align 2
  %".802" = zext i16 %".801" to i64
  %"cursor.57" = and i64 %".802", 16383
  br label %"cfm"
hsr_d0.to_tipc:
  %".804" = getelementptr i8, ptr %"keys.51", i64 2
  %".805" = trunc i64 %".739" to i16
  store volatile i16 %".805", ptr %".804", align 2
  %".807" = load volatile i16, ptr %".804", align 2
  %".808" = zext i16 %".807" to i64
  %"cursor.58" = and i64 %".808", 16383
  br label %"tipc"
hsr_d0.to_fcoe:
  %".810" = getelementptr i8, ptr %"keys.51", i64 2
  %".811" = trunc i64 %".739" to i16
  store volatile i16 %".811", ptr %".810", align 2
  %".813" = load volatile i16, ptr %".810", align 2
  %".814" = zext i16 %".813" to i64
  %"cursor.59" = and i64 %".814", 16383
  br label %"fcoe"
batadv_d0.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".826" = trunc i64 %"cursor.12" to i32
  %".827" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".826", [40 x i8]* %"header_copy", i32 24)
  %".828" = icmp eq i64 %".827", 0
  %".829" = getelementptr i8, ptr %"ctx.11", i64 76
  %".830" = load i32, ptr %".829", align 4
  %".831" = zext i32 %".830" to i64
  %"data.52" = inttoptr i64 %".831" to ptr
  %".832" = getelementptr i8, ptr %"ctx.11", i64 80
  %".833" = load i32, ptr %".832", align 4
  %".834" = zext i32 %".833" to i64
  %"data_end.52" = inttoptr i64 %".834" to ptr
  %".835" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.52" = load ptr, ptr %".835", align 8
  %".836" = xor i1 %".828", -1
  br i1 %".836", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".838" = trunc i64 %"cursor.12" to i16
  %".839" = getelementptr i8, ptr %"keys.52", i64 2
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
  %".857" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".856", ptr %".857", align 2
  br label %"return"
batadv_d0.require.endif:
  %".860" = add i64 %"cursor.12", 24
  %".861" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".862" = zext i16 %".861" to i64
  switch i64 %".862", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe"]
batadv_d0.unknown:
  %".864" = trunc i64 %".860" to i16
  %".865" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".864", ptr %".865", align 2
  br label %"return"
batadv_d0.to_ipv4:
  %".868" = trunc i64 2048 to i16
  %".869" = call i16 @"llvm.bswap.i16"(i16 %".868")
  %".870" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".869", ptr %".870", align 2
  %".872" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".872", align 1
  %".874" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.7" = load volatile i32, ptr %".874", align 4
  %".875" = and i32 %"flags.7", 4
  %".876" = icmp ne i32 %".875", 0
  br i1 %".876", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.to_ipv6:
  %".890" = trunc i64 34525 to i16
  %".891" = call i16 @"llvm.bswap.i16"(i16 %".890")
  %".892" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".891", ptr %".892", align 2
  %".894" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".894", align 1
  %".896" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.8" = load volatile i32, ptr %".896", align 4
  %".897" = and i32 %"flags.8", 4
  %".898" = icmp ne i32 %".897", 0
  br i1 %".898", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_mpls:
  %".912" = trunc i64 34887 to i16
  %".913" = call i16 @"llvm.bswap.i16"(i16 %".912")
  %".914" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".913", ptr %".914", align 2
  %".916" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".916", align 1
  %".918" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.9" = load volatile i32, ptr %".918", align 4
  %".919" = and i32 %"flags.9", 4
  %".920" = icmp ne i32 %".919", 0
  br i1 %".920", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_mpls.1:
  %".934" = trunc i64 34888 to i16
  %".935" = call i16 @"llvm.bswap.i16"(i16 %".934")
  %".936" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".935", ptr %".936", align 2
  %".938" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".938", align 1
  %".940" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.10" = load volatile i32, ptr %".940", align 4
  %".941" = and i32 %"flags.10", 4
  %".942" = icmp ne i32 %".941", 0
  br i1 %".942", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_pppoe:
  %".956" = trunc i64 34916 to i16
  %".957" = call i16 @"llvm.bswap.i16"(i16 %".956")
  %".958" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".957", ptr %".958", align 2
  %".960" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".960", align 1
  %".962" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.11" = load volatile i32, ptr %".962", align 4
  %".963" = and i32 %"flags.11", 4
  %".964" = icmp ne i32 %".963", 0
  br i1 %".964", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_arp:
  %".978" = trunc i64 2054 to i16
  %".979" = call i16 @"llvm.bswap.i16"(i16 %".978")
  %".980" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".979", ptr %".980", align 2
  %".982" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".982", align 1
  %".984" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.12" = load volatile i32, ptr %".984", align 4
  %".985" = and i32 %"flags.12", 4
  %".986" = icmp ne i32 %".985", 0
  br i1 %".986", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_arp.1:
  %".1000" = trunc i64 32821 to i16
  %".1001" = call i16 @"llvm.bswap.i16"(i16 %".1000")
  %".1002" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".1001", ptr %".1002", align 2
  %".1004" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".1004", align 1
  %".1006" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.13" = load volatile i32, ptr %".1006", align 4
  %".1007" = and i32 %"flags.13", 4
  %".1008" = icmp ne i32 %".1007", 0
  br i1 %".1008", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_ptp:
  %".1022" = trunc i64 35063 to i16
  %".1023" = call i16 @"llvm.bswap.i16"(i16 %".1022")
  %".1024" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".1023", ptr %".1024", align 2
  %".1026" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".1026", align 1
  %".1028" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.14" = load volatile i32, ptr %".1028", align 4
  %".1029" = and i32 %"flags.14", 4
  %".1030" = icmp ne i32 %".1029", 0
  br i1 %".1030", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_cfm:
  %".1044" = trunc i64 35074 to i16
  %".1045" = call i16 @"llvm.bswap.i16"(i16 %".1044")
  %".1046" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".1045", ptr %".1046", align 2
  %".1048" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".1048", align 1
  %".1050" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.15" = load volatile i32, ptr %".1050", align 4
  %".1051" = and i32 %"flags.15", 4
  %".1052" = icmp ne i32 %".1051", 0
  br i1 %".1052", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_tipc:
  %".1066" = trunc i64 35018 to i16
  %".1067" = call i16 @"llvm.bswap.i16"(i16 %".1066")
  %".1068" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".1067", ptr %".1068", align 2
  %".1070" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".1070", align 1
  %".1072" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.16" = load volatile i32, ptr %".1072", align 4
  %".1073" = and i32 %"flags.16", 4
  %".1074" = icmp ne i32 %".1073", 0
  br i1 %".1074", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_fcoe:
  %".1088" = trunc i64 35078 to i16
  %".1089" = call i16 @"llvm.bswap.i16"(i16 %".1088")
  %".1090" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".1089", ptr %".1090", align 2
  %".1092" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".1092", align 1
  %".1094" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.17" = load volatile i32, ptr %".1094", align 4
  %".1095" = and i32 %"flags.17", 4
  %".1096" = icmp ne i32 %".1095", 0
  br i1 %".1096", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.stop_at_encap:
  %".878" = trunc i64 %".860" to i16
  %".879" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".878", ptr %".879", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".882" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".882", align 4
  %".884" = getelementptr i8, ptr %"keys.53", i64 2
  %".885" = trunc i64 %".860" to i16
  store volatile i16 %".885", ptr %".884", align 2
  %".887" = load volatile i16, ptr %".884", align 2
  %".888" = zext i16 %".887" to i64
  %"cursor.60" = and i64 %".888", 16383
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".900" = trunc i64 %".860" to i16
  %".901" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".900", ptr %".901", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".904" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".904", align 4
  %".906" = getelementptr i8, ptr %"keys.53", i64 2
  %".907" = trunc i64 %".860" to i16
  store volatile i16 %".907", ptr %".906", align 2
  %".909" = load volatile i16, ptr %".906", align 2
  %".910" = zext i16 %".909" to i64
  %"cursor.61" = and i64 %".910", 16383
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".922" = trunc i64 %".860" to i16
  %".923" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".922", ptr %".923", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".926" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".926", align 4
  %".928" = getelementptr i8, ptr %"keys.53", i64 2
  %".929" = trunc i64 %".860" to i16
  store volatile i16 %".929", ptr %".928", align 2
  %".931" = load volatile i16, ptr %".928", align 2
  %".932" = zext i16 %".931" to i64
  %"cursor.63" = and i64 %".932", 16383
  br label %"mpls_d1_mpls_labels1"
mpls_d1_mpls_labels1:
  %"cursor.62" = phi  i64 [%"cursor.63", %"batadv_d0.stop_at_encap.endif.2"], [%"cursor.64", %"batadv_d0.stop_at_encap.endif.3"], [%"cursor.91", %"ipv4_d1.to_mpls"], [%"cursor.106", %"ipv6_d1.to_mpls"], [%"cursor.159", %"pppoe_d1.to_mpls"], [%"cursor.160", %"pppoe_d1.to_mpls.1"], [%"cursor.179", %"gre_d0.to_mpls"], [%"cursor.180", %"gre_d0.to_mpls.1"], [%"cursor.224", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"cursor.238", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"cursor.277", %"ethernet_d1.to_mpls"], [%"cursor.278", %"ethernet_d1.to_mpls.1"], [%"cursor.297", %"vlan_d1_vlan_tags1.to_mpls"], [%"cursor.298", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"cursor.311", %"hsr_d1.to_mpls"], [%"cursor.312", %"hsr_d1.to_mpls.1"], [%"cursor.340", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"cursor.354", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"cursor.387", %"vlan_d1_vlan_tags2.to_mpls"], [%"cursor.388", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"cursor.408", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"cursor.418", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data.54" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data.89", %"ipv4_d1.to_mpls"], [%"data.93", %"ipv6_d1.to_mpls"], [%"data.117", %"pppoe_d1.to_mpls"], [%"data.117", %"pppoe_d1.to_mpls.1"], [%"data.142", %"gre_d0.to_mpls"], [%"data.142", %"gre_d0.to_mpls.1"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.187", %"ethernet_d1.to_mpls"], [%"data.187", %"ethernet_d1.to_mpls.1"], [%"data.194", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.194", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.197", %"hsr_d1.to_mpls"], [%"data.197", %"hsr_d1.to_mpls.1"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.249", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.249", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.255", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.257", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data_end.54" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.89", %"ipv4_d1.to_mpls"], [%"data_end.93", %"ipv6_d1.to_mpls"], [%"data_end.117", %"pppoe_d1.to_mpls"], [%"data_end.117", %"pppoe_d1.to_mpls.1"], [%"data_end.142", %"gre_d0.to_mpls"], [%"data_end.142", %"gre_d0.to_mpls.1"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.187", %"ethernet_d1.to_mpls"], [%"data_end.187", %"ethernet_d1.to_mpls.1"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.197", %"hsr_d1.to_mpls"], [%"data_end.197", %"hsr_d1.to_mpls.1"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.255", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.257", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"keys.54" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.89", %"ipv4_d1.to_mpls"], [%"keys.93", %"ipv6_d1.to_mpls"], [%"keys.117", %"pppoe_d1.to_mpls"], [%"keys.117", %"pppoe_d1.to_mpls.1"], [%"keys.142", %"gre_d0.to_mpls"], [%"keys.142", %"gre_d0.to_mpls.1"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.187", %"ethernet_d1.to_mpls"], [%"keys.187", %"ethernet_d1.to_mpls.1"], [%"keys.194", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.194", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.197", %"hsr_d1.to_mpls"], [%"keys.197", %"hsr_d1.to_mpls.1"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.249", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.249", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.255", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.257", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %".2624" = add i64 %"cursor.62", 4
  %"hdr.27" = getelementptr i8, ptr %"data.54", i64 %"cursor.62"
  %".2625" = getelementptr i8, ptr %"hdr.27", i64 4
  %".2626" = icmp ugt ptr %".2625", %"data_end.54"
  br i1 %".2626", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2628" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2629" = load i8, ptr %".2628", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2629", %"mpls_d1_mpls_labels1.linear"], [%".2648", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.54", %"mpls_d1_mpls_labels1.linear"], [%"data.113", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.54", %"mpls_d1_mpls_labels1.linear"], [%"data_end.113", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.54", %"mpls_d1_mpls_labels1.linear"], [%"keys.113", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2650" = add i64 %"cursor.62", 4
  %".2651" = zext i8 %"w2_1.2" to i64
  %".2652" = and i64 %".2651", 1
  switch i64 %".2652", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
batadv_d0.stop_at_encap.3:
  %".944" = trunc i64 %".860" to i16
  %".945" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".944", ptr %".945", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".948" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".948", align 4
  %".950" = getelementptr i8, ptr %"keys.53", i64 2
  %".951" = trunc i64 %".860" to i16
  store volatile i16 %".951", ptr %".950", align 2
  %".953" = load volatile i16, ptr %".950", align 2
  %".954" = zext i16 %".953" to i64
  %"cursor.64" = and i64 %".954", 16383
  br label %"mpls_d1_mpls_labels1"
batadv_d0.stop_at_encap.4:
  %".966" = trunc i64 %".860" to i16
  %".967" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".966", ptr %".967", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".970" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".970", align 4
  %".972" = getelementptr i8, ptr %"keys.53", i64 2
  %".973" = trunc i64 %".860" to i16
  store volatile i16 %".973", ptr %".972", align 2
  %".975" = load volatile i16, ptr %".972", align 2
  %".976" = zext i16 %".975" to i64
  %"cursor.66" = and i64 %".976", 16383
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.65" = phi  i64 [%"cursor.66", %"batadv_d0.stop_at_encap.endif.4"], [%"cursor.181", %"gre_d0.to_pppoe"], [%"cursor.279", %"ethernet_d1.to_pppoe"], [%"cursor.299", %"vlan_d1_vlan_tags1.to_pppoe"], [%"cursor.313", %"hsr_d1.to_pppoe"], [%"cursor.389", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data.55" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data.142", %"gre_d0.to_pppoe"], [%"data.187", %"ethernet_d1.to_pppoe"], [%"data.194", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.197", %"hsr_d1.to_pppoe"], [%"data.249", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data_end.55" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.142", %"gre_d0.to_pppoe"], [%"data_end.187", %"ethernet_d1.to_pppoe"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.197", %"hsr_d1.to_pppoe"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"keys.55" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.142", %"gre_d0.to_pppoe"], [%"keys.187", %"ethernet_d1.to_pppoe"], [%"keys.194", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.197", %"hsr_d1.to_pppoe"], [%"keys.249", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"hdr.28" = getelementptr i8, ptr %"data.55", i64 %"cursor.65"
  %".2680" = getelementptr i8, ptr %"hdr.28", i64 8
  %".2681" = icmp ugt ptr %".2680", %"data_end.55"
  br i1 %".2681", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2683" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2684" = load i8, ptr %".2683", align 1
  %".2685" = getelementptr i8, ptr %"hdr.28", i64 1
  %".2686" = load i8, ptr %".2685", align 1
  %".2687" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2688" = load i16, ptr %".2687", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2684", %"pppoe_d1.linear"], [%".2707", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2686", %"pppoe_d1.linear"], [%".2709", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2688", %"pppoe_d1.linear"], [%".2711", %"pppoe_d1.copy_failed.endif"]
  %"data.117" = phi  ptr [%"data.55", %"pppoe_d1.linear"], [%"data.116", %"pppoe_d1.copy_failed.endif"]
  %"data_end.117" = phi  ptr [%"data_end.55", %"pppoe_d1.linear"], [%"data_end.116", %"pppoe_d1.copy_failed.endif"]
  %"keys.117" = phi  ptr [%"keys.55", %"pppoe_d1.linear"], [%"keys.116", %"pppoe_d1.copy_failed.endif"]
  %".2713" = zext i8 %"w0_1.8" to i64
  %".2714" = lshr i64 %".2713", 4
  %".2715" = and i64 %".2714", 15
  %".2716" = icmp eq i64 %".2715", 1
  %".2717" = zext i8 %"w0_1.8" to i64
  %".2718" = and i64 %".2717", 15
  %".2719" = icmp eq i64 %".2718", 1
  %".2720" = and i1 %".2716", %".2719"
  %".2721" = zext i8 %"w1_1.4" to i64
  %".2722" = icmp eq i64 %".2721", 0
  %".2723" = and i1 %".2720", %".2722"
  %".2724" = xor i1 %".2723", -1
  br i1 %".2724", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.5:
  %".988" = trunc i64 %".860" to i16
  %".989" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".988", ptr %".989", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".992" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".992", align 4
  %".994" = getelementptr i8, ptr %"keys.53", i64 2
  %".995" = trunc i64 %".860" to i16
  store volatile i16 %".995", ptr %".994", align 2
  %".997" = load volatile i16, ptr %".994", align 2
  %".998" = zext i16 %".997" to i64
  %"cursor.67" = and i64 %".998", 16383
  br label %"arp"
batadv_d0.stop_at_encap.6:
  %".1010" = trunc i64 %".860" to i16
  %".1011" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1010", ptr %".1011", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".1014" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1014", align 4
  %".1016" = getelementptr i8, ptr %"keys.53", i64 2
  %".1017" = trunc i64 %".860" to i16
  store volatile i16 %".1017", ptr %".1016", align 2
  %".1019" = load volatile i16, ptr %".1016", align 2
  %".1020" = zext i16 %".1019" to i64
  %"cursor.68" = and i64 %".1020", 16383
  br label %"arp"
batadv_d0.stop_at_encap.7:
  %".1032" = trunc i64 %".860" to i16
  %".1033" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1032", ptr %".1033", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".1036" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1036", align 4
  %".1038" = getelementptr i8, ptr %"keys.53", i64 2
  %".1039" = trunc i64 %".860" to i16
  store volatile i16 %".1039", ptr %".1038", align 2
  %".1041" = load volatile i16, ptr %".1038", align 2
  %".1042" = zext i16 %".1041" to i64
  %"cursor.69" = and i64 %".1042", 16383
  br label %"ptp"
batadv_d0.stop_at_encap.8:
  %".1054" = trunc i64 %".860" to i16
  %".1055" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1054", ptr %".1055", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".1058" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1058", align 4
  %".1060" = getelementptr i8, ptr %"keys.53", i64 2
  %".1061" = trunc i64 %".860" to i16
  store volatile i16 %".1061", ptr %".1060", align 2
  %".1063" = load volatile i16, ptr %".1060", align 2
  %".1064" = zext i16 %".1063" to i64
  %"cursor.70" = and i64 %".1064", 16383
  br label %"cfm"
batadv_d0.stop_at_encap.9:
  %".1076" = trunc i64 %".860" to i16
  %".1077" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1076", ptr %".1077", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".1080" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1080", align 4
  %".1082" = getelementptr i8, ptr %"keys.53", i64 2
  %".1083" = trunc i64 %".860" to i16
  store volatile i16 %".1083", ptr %".1082", align 2
  %".1085" = load volatile i16, ptr %".1082", align 2
  %".1086" = zext i16 %".1085" to i64
  %"cursor.71" = and i64 %".1086", 16383
  br label %"tipc"
batadv_d0.stop_at_encap.10:
  %".1098" = trunc i64 %".860" to i16
  %".1099" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1098", ptr %".1099", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".1102" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1102", align 4
  %".1104" = getelementptr i8, ptr %"keys.53", i64 2
  %".1105" = trunc i64 %".860" to i16
  store volatile i16 %".1105", ptr %".1104", align 2
  %".1107" = load volatile i16, ptr %".1104", align 2
  %".1108" = zext i16 %".1107" to i64
  %"cursor.72" = and i64 %".1108", 16383
  br label %"fcoe"
tcp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1118" = trunc i64 %"cursor.13" to i32
  %".1119" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1118", [40 x i8]* %"header_copy", i32 4)
  %".1120" = icmp eq i64 %".1119", 0
  %".1121" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1122" = load i32, ptr %".1121", align 4
  %".1123" = zext i32 %".1122" to i64
  %"data.56" = inttoptr i64 %".1123" to ptr
  %".1124" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1125" = load i32, ptr %".1124", align 4
  %".1126" = zext i32 %".1125" to i64
  %"data_end.56" = inttoptr i64 %".1126" to ptr
  %".1127" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.56" = load ptr, ptr %".1127", align 8
  %".1128" = xor i1 %".1120", -1
  br i1 %".1128", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".1130" = trunc i64 %"cursor.13" to i16
  %".1131" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".1130", ptr %".1131", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".1134" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1135" = load volatile i16, [40 x i8]* %".1134", align 2
  %".1136" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1137" = load volatile i16, [40 x i8]* %".1136", align 2
  br label %"tcp.header"
tcp.unknown:
  %".1152" = trunc i64 %"cursor.13" to i16
  %".1153" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".1152", ptr %".1153", align 2
  br label %"return"
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.73" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.58" = phi  ptr [%"data.57", %"tcp.to_tcp_header"]
  %"data_end.58" = phi  ptr [%"data_end.57", %"tcp.to_tcp_header"]
  %"keys.58" = phi  ptr [%"keys.57", %"tcp.to_tcp_header"]
  %"hdr.29" = getelementptr i8, ptr %"data.58", i64 %"cursor.73"
  %".2777" = getelementptr i8, ptr %"hdr.29", i64 20
  %".2778" = icmp ugt ptr %".2777", %"data_end.58"
  br i1 %".2778", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2780" = getelementptr i8, ptr %"hdr.29", i64 12
  %".2781" = load i8, ptr %".2780", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2781", %"tcp_header.linear"], [%".2800", %"tcp_header.copy_failed.endif"]
  %"data.119" = phi  ptr [%"data.58", %"tcp_header.linear"], [%"data.118", %"tcp_header.copy_failed.endif"]
  %"data_end.119" = phi  ptr [%"data_end.58", %"tcp_header.linear"], [%"data_end.118", %"tcp_header.copy_failed.endif"]
  %"keys.119" = phi  ptr [%"keys.58", %"tcp_header.linear"], [%"keys.118", %"tcp_header.copy_failed.endif"]
  %".2802" = zext i8 %"w12_1" to i64
  %".2803" = lshr i64 %".2802", 4
  %".2804" = and i64 %".2803", 15
  %".2805" = icmp uge i64 %".2804", 5
  %".2806" = xor i1 %".2805", -1
  br i1 %".2806", label %"tcp_header.require", label %"tcp_header.require.endif"
udp_d0.copy:
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1165" = trunc i64 %"cursor.14" to i32
  %".1166" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1165", [40 x i8]* %"header_copy", i32 4)
  %".1167" = icmp eq i64 %".1166", 0
  %".1168" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1169" = load i32, ptr %".1168", align 4
  %".1170" = zext i32 %".1169" to i64
  %"data.59" = inttoptr i64 %".1170" to ptr
  %".1171" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1172" = load i32, ptr %".1171", align 4
  %".1173" = zext i32 %".1172" to i64
  %"data_end.59" = inttoptr i64 %".1173" to ptr
  %".1174" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.59" = load ptr, ptr %".1174", align 8
  %".1175" = xor i1 %".1167", -1
  br i1 %".1175", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".1177" = trunc i64 %"cursor.14" to i16
  %".1178" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1177", ptr %".1178", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".1181" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1182" = load volatile i16, [40 x i8]* %".1181", align 2
  %".1183" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1184" = load volatile i16, [40 x i8]* %".1183", align 2
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".1204" = add i64 %"cursor.14", %".1199"
  %".1205" = sub i64 %".1204", 1
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1206" = trunc i64 %".1205" to i32
  %".1207" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1206", i64* %"last_byte", i32 1)
  %".1208" = icmp eq i64 %".1207", 0
  %".1209" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1210" = load i32, ptr %".1209", align 4
  %".1211" = zext i32 %".1210" to i64
  %"data.61" = inttoptr i64 %".1211" to ptr
  %".1212" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1213" = load i32, ptr %".1212", align 4
  %".1214" = zext i32 %".1213" to i64
  %"data_end.61" = inttoptr i64 %".1214" to ptr
  %".1215" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.61" = load ptr, ptr %".1215", align 8
  %".1216" = xor i1 %".1208", -1
  br i1 %".1216", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1218" = trunc i64 %"cursor.14" to i16
  %".1219" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1218", ptr %".1219", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1226" = trunc i64 %"cursor.14" to i16
  %".1227" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1226", ptr %".1227", align 2
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
  %"data.63" = phi  ptr [%"data.62", %"udp_d0.to_vxlan"]
  %"data_end.63" = phi  ptr [%"data_end.62", %"udp_d0.to_vxlan"]
  %"keys.63" = phi  ptr [%"keys.62", %"udp_d0.to_vxlan"]
  %"hdr.30" = getelementptr i8, ptr %"data.63", i64 %"cursor.74"
  %".2846" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2847" = icmp ugt ptr %".2846", %"data_end.63"
  br i1 %".2847", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.123" = phi  ptr [%"data.63", %"vxlan_d0.linear"], [%"data.122", %"vxlan_d0.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.63", %"vxlan_d0.linear"], [%"data_end.122", %"vxlan_d0.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.63", %"vxlan_d0.linear"], [%"keys.122", %"vxlan_d0.copy_failed.endif"]
  %".2867" = add i64 %"cursor.74", 8
  %".2868" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2868", align 1
  %".2870" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.31" = load volatile i32, ptr %".2870", align 4
  %".2871" = and i32 %"flags.31", 4
  %".2872" = icmp ne i32 %".2871", 0
  br i1 %".2872", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
geneve_d0:
  %"cursor.75" = phi  i64 [%"end.1", %"udp_d0.to_geneve"]
  %"data.64" = phi  ptr [%"data.62", %"udp_d0.to_geneve"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"udp_d0.to_geneve"]
  %"keys.64" = phi  ptr [%"keys.62", %"udp_d0.to_geneve"]
  %"hdr.31" = getelementptr i8, ptr %"data.64", i64 %"cursor.75"
  %".2891" = getelementptr i8, ptr %"hdr.31", i64 8
  %".2892" = icmp ugt ptr %".2891", %"data_end.64"
  br i1 %".2892", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2894" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2895" = load i8, ptr %".2894", align 1
  %".2896" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2897" = load i16, ptr %".2896", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.9" = phi  i8 [%".2895", %"geneve_d0.linear"], [%".2916", %"geneve_d0.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".2897", %"geneve_d0.linear"], [%".2918", %"geneve_d0.copy_failed.endif"]
  %"data.126" = phi  ptr [%"data.64", %"geneve_d0.linear"], [%"data.125", %"geneve_d0.copy_failed.endif"]
  %"data_end.126" = phi  ptr [%"data_end.64", %"geneve_d0.linear"], [%"data_end.125", %"geneve_d0.copy_failed.endif"]
  %"keys.126" = phi  ptr [%"keys.64", %"geneve_d0.linear"], [%"keys.125", %"geneve_d0.copy_failed.endif"]
  %".2920" = zext i8 %"w0_1.9" to i64
  %".2921" = lshr i64 %".2920", 6
  %".2922" = and i64 %".2921", 3
  %".2923" = icmp ne i64 %".2922", 0
  br i1 %".2923", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif"
gue_d0:
  %"cursor.76" = phi  i64 [%"end.1", %"udp_d0.to_gue"]
  %"data.65" = phi  ptr [%"data.62", %"udp_d0.to_gue"]
  %"data_end.65" = phi  ptr [%"data_end.62", %"udp_d0.to_gue"]
  %"keys.65" = phi  ptr [%"keys.62", %"udp_d0.to_gue"]
  %"hdr.32" = getelementptr i8, ptr %"data.65", i64 %"cursor.76"
  %".2994" = getelementptr i8, ptr %"hdr.32", i64 4
  %".2995" = icmp ugt ptr %".2994", %"data_end.65"
  br i1 %".2995", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2997" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2998" = load i8, ptr %".2997", align 1
  %".2999" = getelementptr i8, ptr %"hdr.32", i64 1
  %".3000" = load i8, ptr %".2999", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.10" = phi  i8 [%".2998", %"gue_d0.linear"], [%".3019", %"gue_d0.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".3000", %"gue_d0.linear"], [%".3021", %"gue_d0.copy_failed.endif"]
  %"data.130" = phi  ptr [%"data.65", %"gue_d0.linear"], [%"data.129", %"gue_d0.copy_failed.endif"]
  %"data_end.130" = phi  ptr [%"data_end.65", %"gue_d0.linear"], [%"data_end.129", %"gue_d0.copy_failed.endif"]
  %"keys.130" = phi  ptr [%"keys.65", %"gue_d0.linear"], [%"keys.129", %"gue_d0.copy_failed.endif"]
  %".3023" = zext i8 %"w0_1.10" to i64
  %".3024" = lshr i64 %".3023", 6
  %".3025" = and i64 %".3024", 3
  %".3026" = icmp ne i64 %".3025", 0
  %".3027" = zext i8 %"w0_1.10" to i64
  %".3028" = lshr i64 %".3027", 5
  %".3029" = and i64 %".3028", 1
  %".3030" = icmp ne i64 %".3029", 0
  %".3031" = or i1 %".3026", %".3030"
  br i1 %".3031", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif"
gtpu_d0:
  %"cursor.77" = phi  i64 [%"end.1", %"udp_d0.to_gtpu"]
  %"data.66" = phi  ptr [%"data.62", %"udp_d0.to_gtpu"]
  %"data_end.66" = phi  ptr [%"data_end.62", %"udp_d0.to_gtpu"]
  %"keys.66" = phi  ptr [%"keys.62", %"udp_d0.to_gtpu"]
  %"hdr.33" = getelementptr i8, ptr %"data.66", i64 %"cursor.77"
  %".3095" = getelementptr i8, ptr %"hdr.33", i64 8
  %".3096" = icmp ugt ptr %".3095", %"data_end.66"
  br i1 %".3096", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".3098" = getelementptr i8, ptr %"hdr.33", i64 0
  %".3099" = load i8, ptr %".3098", align 1
  %".3100" = getelementptr i8, ptr %"hdr.33", i64 1
  %".3101" = load i8, ptr %".3100", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.11" = phi  i8 [%".3099", %"gtpu_d0.linear"], [%".3120", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".3101", %"gtpu_d0.linear"], [%".3122", %"gtpu_d0.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.66", %"gtpu_d0.linear"], [%"data.133", %"gtpu_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"gtpu_d0.linear"], [%"data_end.133", %"gtpu_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"gtpu_d0.linear"], [%"keys.133", %"gtpu_d0.copy_failed.endif"]
  %".3124" = zext i8 %"w0_1.11" to i64
  %".3125" = lshr i64 %".3124", 5
  %".3126" = and i64 %".3125", 7
  %".3127" = icmp ne i64 %".3126", 1
  %".3128" = zext i8 %"w0_1.11" to i64
  %".3129" = lshr i64 %".3128", 4
  %".3130" = and i64 %".3129", 1
  %".3131" = icmp ne i64 %".3130", 1
  %".3132" = or i1 %".3127", %".3131"
  %".3133" = zext i8 %"w1_1.6" to i64
  %".3134" = icmp ne i64 %".3133", 255
  %".3135" = or i1 %".3132", %".3134"
  br i1 %".3135", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif"
shim_d0:
  %"cursor.78" = phi  i64 [%"end.1", %"udp_d0.to_shim"]
  %"data.67" = phi  ptr [%"data.62", %"udp_d0.to_shim"]
  %"data_end.67" = phi  ptr [%"data_end.62", %"udp_d0.to_shim"]
  %"keys.67" = phi  ptr [%"keys.62", %"udp_d0.to_shim"]
  %"hdr.34" = getelementptr i8, ptr %"data.67", i64 %"cursor.78"
  %".3197" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3198" = icmp ugt ptr %".3197", %"data_end.67"
  br i1 %".3198", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3200" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3201" = load i16, ptr %".3200", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.10" = phi  i16 [%".3201", %"shim_d0.linear"], [%".3220", %"shim_d0.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.67", %"shim_d0.linear"], [%"data.137", %"shim_d0.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.67", %"shim_d0.linear"], [%"data_end.137", %"shim_d0.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.67", %"shim_d0.linear"], [%"keys.137", %"shim_d0.copy_failed.endif"]
  %".3222" = add i64 %"cursor.78", 8
  %".3223" = getelementptr i8, ptr %"keys.138", i64 8
  store i8 1, ptr %".3223", align 1
  %".3225" = getelementptr i8, ptr %"keys.138", i64 48
  %"flags.35" = load volatile i32, ptr %".3225", align 4
  %".3226" = and i32 %"flags.35", 4
  %".3227" = icmp ne i32 %".3226", 0
  br i1 %".3227", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1243" = trunc i64 %"cursor.15" to i32
  %".1244" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1243", [40 x i8]* %"header_copy", i32 4)
  %".1245" = icmp eq i64 %".1244", 0
  %".1246" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1247" = load i32, ptr %".1246", align 4
  %".1248" = zext i32 %".1247" to i64
  %"data.68" = inttoptr i64 %".1248" to ptr
  %".1249" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1250" = load i32, ptr %".1249", align 4
  %".1251" = zext i32 %".1250" to i64
  %"data_end.68" = inttoptr i64 %".1251" to ptr
  %".1252" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.68" = load ptr, ptr %".1252", align 8
  %".1253" = xor i1 %".1245", -1
  br i1 %".1253", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1255" = trunc i64 %"cursor.15" to i16
  %".1256" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".1255", ptr %".1256", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1259" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1260" = load volatile i16, [40 x i8]* %".1259", align 2
  %".1261" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1262" = load volatile i16, [40 x i8]* %".1261", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1282" = add i64 %"cursor.15", %".1277"
  %".1283" = sub i64 %".1282", 1
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1284" = trunc i64 %".1283" to i32
  %".1285" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1284", i64* %"last_byte", i32 1)
  %".1286" = icmp eq i64 %".1285", 0
  %".1287" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1288" = load i32, ptr %".1287", align 4
  %".1289" = zext i32 %".1288" to i64
  %"data.70" = inttoptr i64 %".1289" to ptr
  %".1290" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1291" = load i32, ptr %".1290", align 4
  %".1292" = zext i32 %".1291" to i64
  %"data_end.70" = inttoptr i64 %".1292" to ptr
  %".1293" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.70" = load ptr, ptr %".1293", align 8
  %".1294" = xor i1 %".1286", -1
  br i1 %".1294", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1296" = trunc i64 %"cursor.15" to i16
  %".1297" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1296", ptr %".1297", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1315" = trunc i64 %"cursor.16" to i32
  %".1316" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1315", [40 x i8]* %"header_copy", i32 4)
  %".1317" = icmp eq i64 %".1316", 0
  %".1318" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1319" = load i32, ptr %".1318", align 4
  %".1320" = zext i32 %".1319" to i64
  %"data.72" = inttoptr i64 %".1320" to ptr
  %".1321" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1322" = load i32, ptr %".1321", align 4
  %".1323" = zext i32 %".1322" to i64
  %"data_end.72" = inttoptr i64 %".1323" to ptr
  %".1324" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.72" = load ptr, ptr %".1324", align 8
  %".1325" = xor i1 %".1317", -1
  br i1 %".1325", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1327" = trunc i64 %"cursor.16" to i16
  %".1328" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1327", ptr %".1328", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1331" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1332" = load volatile i8, [40 x i8]* %".1331", align 1
  %".1333" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1334" = load volatile i8, [40 x i8]* %".1333", align 1
  %".1335" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1336" = load volatile i16, [40 x i8]* %".1335", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1347" = trunc i64 %"cursor.16" to i16
  %".1348" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1347", ptr %".1348", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1351" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1352" = zext i16 %".1351" to i64
  %".1353" = trunc i64 %".1352" to i16
  %".1354" = call i16 @"llvm.bswap.i16"(i16 %".1353")
  %".1355" = getelementptr i8, ptr %"keys.73", i64 10
  store i16 %".1354", ptr %".1355", align 2
  %".1357" = zext i8 %"w1_1.2" to i64
  %".1358" = and i64 %".1357", 7
  switch i64 %".1358", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1360" = trunc i64 %"cursor.16" to i16
  %".1361" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1360", ptr %".1361", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.79" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.74" = phi  ptr [%"data.73", %"gre_version_d0.to_gre"]
  %"data_end.74" = phi  ptr [%"data_end.73", %"gre_version_d0.to_gre"]
  %"keys.74" = phi  ptr [%"keys.73", %"gre_version_d0.to_gre"]
  %"hdr.35" = getelementptr i8, ptr %"data.74", i64 %"cursor.79"
  %".3248" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3249" = icmp ugt ptr %".3248", %"data_end.74"
  br i1 %".3249", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".3251" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3252" = load i8, ptr %".3251", align 1
  %".3253" = getelementptr i8, ptr %"hdr.35", i64 1
  %".3254" = load i8, ptr %".3253", align 1
  %".3255" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3256" = load i16, ptr %".3255", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.12" = phi  i8 [%".3252", %"gre_d0.linear"], [%".3275", %"gre_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3254", %"gre_d0.linear"], [%".3277", %"gre_d0.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".3256", %"gre_d0.linear"], [%".3279", %"gre_d0.copy_failed.endif"]
  %"data.140" = phi  ptr [%"data.74", %"gre_d0.linear"], [%"data.139", %"gre_d0.copy_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.74", %"gre_d0.linear"], [%"data_end.139", %"gre_d0.copy_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.74", %"gre_d0.linear"], [%"keys.139", %"gre_d0.copy_failed.endif"]
  %".3281" = zext i8 %"w1_1.7" to i64
  %".3282" = and i64 %".3281", 7
  %".3283" = icmp ne i64 %".3282", 0
  %".3284" = zext i8 %"w0_1.12" to i64
  %".3285" = lshr i64 %".3284", 6
  %".3286" = and i64 %".3285", 1
  %".3287" = icmp ne i64 %".3286", 0
  %".3288" = or i1 %".3283", %".3287"
  br i1 %".3288", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.80" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.75" = phi  ptr [%"data.73", %"gre_version_d0.to_pptp"]
  %"data_end.75" = phi  ptr [%"data_end.73", %"gre_version_d0.to_pptp"]
  %"keys.75" = phi  ptr [%"keys.73", %"gre_version_d0.to_pptp"]
  %"hdr.36" = getelementptr i8, ptr %"data.75", i64 %"cursor.80"
  %".3458" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3459" = icmp ugt ptr %".3458", %"data_end.75"
  br i1 %".3459", label %"pptp_d0.copy", label %"pptp_d0.linear", !prof !0
pptp_d0.linear:
  %".3461" = getelementptr i8, ptr %"hdr.36", i64 0
  %".3462" = load i8, ptr %".3461", align 1
  %".3463" = getelementptr i8, ptr %"hdr.36", i64 1
  %".3464" = load i8, ptr %".3463", align 1
  %".3465" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3466" = load i16, ptr %".3465", align 2
  br label %"pptp_d0.header"
pptp_d0.header:
  %"w0_1.13" = phi  i8 [%".3462", %"pptp_d0.linear"], [%".3485", %"pptp_d0.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3464", %"pptp_d0.linear"], [%".3487", %"pptp_d0.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3466", %"pptp_d0.linear"], [%".3489", %"pptp_d0.copy_failed.endif"]
  %"data.147" = phi  ptr [%"data.75", %"pptp_d0.linear"], [%"data.146", %"pptp_d0.copy_failed.endif"]
  %"data_end.147" = phi  ptr [%"data_end.75", %"pptp_d0.linear"], [%"data_end.146", %"pptp_d0.copy_failed.endif"]
  %"keys.147" = phi  ptr [%"keys.75", %"pptp_d0.linear"], [%"keys.146", %"pptp_d0.copy_failed.endif"]
  %".3491" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3492" = zext i16 %".3491" to i64
  %".3493" = icmp ne i64 %".3492", 34827
  %".3494" = zext i8 %"w0_1.13" to i64
  %".3495" = lshr i64 %".3494", 5
  %".3496" = and i64 %".3495", 1
  %".3497" = icmp eq i64 %".3496", 0
  %".3498" = or i1 %".3493", %".3497"
  br i1 %".3498", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1374" = trunc i64 %"cursor.17" to i32
  %".1375" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1374", [40 x i8]* %"header_copy", i32 4)
  %".1376" = icmp eq i64 %".1375", 0
  %".1377" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1378" = load i32, ptr %".1377", align 4
  %".1379" = zext i32 %".1378" to i64
  %"data.76" = inttoptr i64 %".1379" to ptr
  %".1380" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1381" = load i32, ptr %".1380", align 4
  %".1382" = zext i32 %".1381" to i64
  %"data_end.76" = inttoptr i64 %".1382" to ptr
  %".1383" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.76" = load ptr, ptr %".1383", align 8
  %".1384" = xor i1 %".1376", -1
  br i1 %".1384", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1386" = trunc i64 %"cursor.17" to i16
  %".1387" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1386", ptr %".1387", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1390" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1391" = load volatile i16, [40 x i8]* %".1390", align 2
  %".1392" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1393" = load volatile i16, [40 x i8]* %".1392", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1420" = trunc i64 %"cursor.18" to i32
  %".1421" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1420", [40 x i8]* %"header_copy", i32 4)
  %".1422" = icmp eq i64 %".1421", 0
  %".1423" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1424" = load i32, ptr %".1423", align 4
  %".1425" = zext i32 %".1424" to i64
  %"data.78" = inttoptr i64 %".1425" to ptr
  %".1426" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1427" = load i32, ptr %".1426", align 4
  %".1428" = zext i32 %".1427" to i64
  %"data_end.78" = inttoptr i64 %".1428" to ptr
  %".1429" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.78" = load ptr, ptr %".1429", align 8
  %".1430" = xor i1 %".1422", -1
  br i1 %".1430", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1432" = trunc i64 %"cursor.18" to i16
  %".1433" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1432", ptr %".1433", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1436" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1437" = load volatile i16, [40 x i8]* %".1436", align 2
  %".1438" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1439" = load volatile i16, [40 x i8]* %".1438", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1464" = trunc i64 %"cursor.19" to i32
  %".1465" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1464", [40 x i8]* %"header_copy", i32 4)
  %".1466" = icmp eq i64 %".1465", 0
  %".1467" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1468" = load i32, ptr %".1467", align 4
  %".1469" = zext i32 %".1468" to i64
  %"data.80" = inttoptr i64 %".1469" to ptr
  %".1470" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1471" = load i32, ptr %".1470", align 4
  %".1472" = zext i32 %".1471" to i64
  %"data_end.80" = inttoptr i64 %".1472" to ptr
  %".1473" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.80" = load ptr, ptr %".1473", align 8
  %".1474" = xor i1 %".1466", -1
  br i1 %".1474", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1476" = trunc i64 %"cursor.19" to i16
  %".1477" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1476", ptr %".1477", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1480" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1481" = load volatile i32, [40 x i8]* %".1480", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1508" = trunc i64 %"cursor.20" to i32
  %".1509" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1508", [40 x i8]* %"header_copy", i32 8)
  %".1510" = icmp eq i64 %".1509", 0
  %".1511" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1512" = load i32, ptr %".1511", align 4
  %".1513" = zext i32 %".1512" to i64
  %"data.82" = inttoptr i64 %".1513" to ptr
  %".1514" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1515" = load i32, ptr %".1514", align 4
  %".1516" = zext i32 %".1515" to i64
  %"data_end.82" = inttoptr i64 %".1516" to ptr
  %".1517" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.82" = load ptr, ptr %".1517", align 8
  %".1518" = xor i1 %".1510", -1
  br i1 %".1518", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1520" = trunc i64 %"cursor.20" to i16
  %".1521" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1520", ptr %".1521", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1524" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1525" = load volatile i32, [40 x i8]* %".1524", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1550" = trunc i64 %"cursor.21" to i32
  %".1551" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1550", [40 x i8]* %"header_copy", i32 4)
  %".1552" = icmp eq i64 %".1551", 0
  %".1553" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1554" = load i32, ptr %".1553", align 4
  %".1555" = zext i32 %".1554" to i64
  %"data.84" = inttoptr i64 %".1555" to ptr
  %".1556" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1557" = load i32, ptr %".1556", align 4
  %".1558" = zext i32 %".1557" to i64
  %"data_end.84" = inttoptr i64 %".1558" to ptr
  %".1559" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.84" = load ptr, ptr %".1559", align 8
  %".1560" = xor i1 %".1552", -1
  br i1 %".1560", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1562" = trunc i64 %"cursor.21" to i16
  %".1563" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1562", ptr %".1563", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1586" = trunc i64 %"cursor.23" to i32
  %".1587" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1586", [40 x i8]* %"header_copy", i32 20)
  %".1588" = icmp eq i64 %".1587", 0
  %".1589" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1590" = load i32, ptr %".1589", align 4
  %".1591" = zext i32 %".1590" to i64
  %"data.86" = inttoptr i64 %".1591" to ptr
  %".1592" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1593" = load i32, ptr %".1592", align 4
  %".1594" = zext i32 %".1593" to i64
  %"data_end.86" = inttoptr i64 %".1594" to ptr
  %".1595" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.86" = load ptr, ptr %".1595", align 8
  %".1596" = xor i1 %".1588", -1
  br i1 %".1596", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1598" = trunc i64 %"cursor.23" to i16
  %".1599" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1598", ptr %".1599", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1602" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1603" = load volatile i8, [40 x i8]* %".1602", align 1
  %".1604" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1605" = load volatile i16, [40 x i8]* %".1604", align 2
  %".1606" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1607" = load volatile i8, [40 x i8]* %".1606", align 1
  %".1608" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1609" = load volatile i32, [40 x i8]* %".1608", align 4
  %".1610" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1611" = load volatile i32, [40 x i8]* %".1610", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1618" = trunc i64 %"cursor.23" to i16
  %".1619" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1618", ptr %".1619", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1622" = trunc i64 2048 to i16
  %".1623" = getelementptr i8, ptr %"keys.87", i64 4
  store i16 %".1622", ptr %".1623", align 2
  %".1625" = trunc i64 2048 to i16
  %".1626" = call i16 @"llvm.bswap.i16"(i16 %".1625")
  %".1627" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1626", ptr %".1627", align 2
  %".1629" = getelementptr i8, ptr %"keys.87", i64 16
  store i32 %"w12_4.1", ptr %".1629", align 4
  %".1631" = getelementptr i8, ptr %"keys.87", i64 20
  store i32 %"w16_4.1", ptr %".1631", align 4
  %".1633" = zext i8 %"w9_1.1" to i64
  %".1634" = trunc i64 %".1633" to i8
  %".1635" = getelementptr i8, ptr %"keys.87", i64 9
  store i8 %".1634", ptr %".1635", align 1
  %".1637" = add i64 %"cursor.23", 20
  %".1638" = zext i8 %"w0_1.4" to i64
  %".1639" = and i64 %".1638", 15
  %".1640" = mul i64 %".1639", 4
  %".1641" = sub i64 %".1640", 20
  %".1642" = add i64 %".1641", 20
  %".1643" = add i64 %"cursor.23", %".1642"
  %".1644" = getelementptr i8, ptr %"data.87", i64 %"cursor.23"
  %".1645" = getelementptr i8, ptr %".1644", i64 %".1642"
  %".1646" = icmp ugt ptr %".1645", %"data_end.87"
  br i1 %".1646", label %"ipv4_d1.copy_last_byte", label %"ipv4_d1.variable_part", !prof !0
ipv4_d1.variable_part:
  %"data.89" = phi  ptr [%"data.87", %"ipv4_d1.require.endif"], [%"data.88", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.87", %"ipv4_d1.require.endif"], [%"data_end.88", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.87", %"ipv4_d1.require.endif"], [%"keys.88", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"end.3" = add i64 %"cursor.23", %".1642"
  %".1667" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1668" = zext i16 %".1667" to i64
  %".1669" = and i64 %".1668", 16383
  %".1670" = icmp ne i64 %".1669", 0
  %".1671" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1672" = zext i16 %".1671" to i64
  %".1673" = and i64 %".1672", 8191
  %".1674" = icmp eq i64 %".1673", 0
  br i1 %".1670", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.copy_last_byte:
  %".1648" = add i64 %"cursor.23", %".1642"
  %".1649" = sub i64 %".1648", 1
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1650" = trunc i64 %".1649" to i32
  %".1651" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1650", i64* %"last_byte", i32 1)
  %".1652" = icmp eq i64 %".1651", 0
  %".1653" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1654" = load i32, ptr %".1653", align 4
  %".1655" = zext i32 %".1654" to i64
  %"data.88" = inttoptr i64 %".1655" to ptr
  %".1656" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1657" = load i32, ptr %".1656", align 4
  %".1658" = zext i32 %".1657" to i64
  %"data_end.88" = inttoptr i64 %".1658" to ptr
  %".1659" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.88" = load ptr, ptr %".1659", align 8
  %".1660" = xor i1 %".1652", -1
  br i1 %".1660", label %"ipv4_d1.copy_last_byte_failed", label %"ipv4_d1.copy_last_byte_failed.endif"
ipv4_d1.copy_last_byte_failed:
  %".1662" = trunc i64 %".1643" to i16
  %".1663" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1662", ptr %".1663", align 2
  br label %"return"
ipv4_d1.copy_last_byte_failed.endif:
  br label %"ipv4_d1.variable_part"
ipv4_d1.fragment:
  %".1676" = getelementptr i8, ptr %"keys.89", i64 6
  store i8 1, ptr %".1676", align 1
  br i1 %".1674", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1696" = zext i8 %"w9_1.1" to i64
  switch i64 %".1696", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]
ipv4_d1.first_fragment:
  %".1679" = getelementptr i8, ptr %"keys.89", i64 7
  store i8 1, ptr %".1679", align 1
  %".1681" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.18" = load volatile i32, ptr %".1681", align 4
  %".1682" = and i32 %"flags.18", 1
  %".1683" = icmp ne i32 %".1682", 0
  %".1684" = xor i1 %".1683", -1
  br i1 %".1684", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1691" = trunc i64 %"end.3" to i16
  %".1692" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1691", ptr %".1692", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1686" = trunc i64 %"end.3" to i16
  %".1687" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1686", ptr %".1687", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1698" = trunc i64 %"end.3" to i16
  %".1699" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1698", ptr %".1699", align 2
  br label %"return"
ipv4_d1.to_tcp:
  %".1702" = getelementptr i8, ptr %"keys.89", i64 2
  %".1703" = trunc i64 %"end.3" to i16
  store volatile i16 %".1703", ptr %".1702", align 2
  %".1705" = load volatile i16, ptr %".1702", align 2
  %".1706" = zext i16 %".1705" to i64
  %"cursor.81" = and i64 %".1706", 16383
  br label %"tcp"
ipv4_d1.to_udp:
  %".1708" = getelementptr i8, ptr %"keys.89", i64 2
  %".1709" = trunc i64 %"end.3" to i16
  store volatile i16 %".1709", ptr %".1708", align 2
  %".1711" = load volatile i16, ptr %".1708", align 2
  %".1712" = zext i16 %".1711" to i64
  %"cursor.83" = and i64 %".1712", 16383
  br label %"udp_d1"
ipv4_d1.to_udplite:
  %".1714" = getelementptr i8, ptr %"keys.89", i64 2
  %".1715" = trunc i64 %"end.3" to i16
  store volatile i16 %".1715", ptr %".1714", align 2
  %".1717" = load volatile i16, ptr %".1714", align 2
  %".1718" = zext i16 %".1717" to i64
  %"cursor.84" = and i64 %".1718", 16383
  br label %"udplite"
ipv4_d1.to_gre_version:
  %".1720" = getelementptr i8, ptr %"keys.89", i64 2
  %".1721" = trunc i64 %"end.3" to i16
  store volatile i16 %".1721", ptr %".1720", align 2
  %".1723" = load volatile i16, ptr %".1720", align 2
  %".1724" = zext i16 %".1723" to i64
  %"cursor.86" = and i64 %".1724", 16383
  br label %"gre_version_d1"
ipv4_d1.to_sctp:
  %".1726" = getelementptr i8, ptr %"keys.89", i64 2
  %".1727" = trunc i64 %"end.3" to i16
  store volatile i16 %".1727", ptr %".1726", align 2
  %".1729" = load volatile i16, ptr %".1726", align 2
  %".1730" = zext i16 %".1729" to i64
  %"cursor.87" = and i64 %".1730", 16383
  br label %"sctp"
ipv4_d1.to_dccp:
  %".1732" = getelementptr i8, ptr %"keys.89", i64 2
  %".1733" = trunc i64 %"end.3" to i16
  store volatile i16 %".1733", ptr %".1732", align 2
  %".1735" = load volatile i16, ptr %".1732", align 2
  %".1736" = zext i16 %".1735" to i64
  %"cursor.88" = and i64 %".1736", 16383
  br label %"dccp"
ipv4_d1.to_esp:
  %".1738" = getelementptr i8, ptr %"keys.89", i64 2
  %".1739" = trunc i64 %"end.3" to i16
  store volatile i16 %".1739", ptr %".1738", align 2
  %".1741" = load volatile i16, ptr %".1738", align 2
  %".1742" = zext i16 %".1741" to i64
  %"cursor.89" = and i64 %".1742", 16383
  br label %"esp"
ipv4_d1.to_ah:
  %".1744" = getelementptr i8, ptr %"keys.89", i64 2
  %".1745" = trunc i64 %"end.3" to i16
  store volatile i16 %".1745", ptr %".1744", align 2
  %".1747" = load volatile i16, ptr %".1744", align 2
  %".1748" = zext i16 %".1747" to i64
  %"cursor.90" = and i64 %".1748", 16383
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1751" = trunc i64 34887 to i16
  %".1752" = call i16 @"llvm.bswap.i16"(i16 %".1751")
  %".1753" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1752", ptr %".1753", align 2
  %".1755" = getelementptr i8, ptr %"keys.89", i64 2
  %".1756" = trunc i64 %"end.3" to i16
  store volatile i16 %".1756", ptr %".1755", align 2
  %".1758" = load volatile i16, ptr %".1755", align 2
  %".1759" = zext i16 %".1758" to i64
  %"cursor.91" = and i64 %".1759", 16383
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1761" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1761", align 1
  %".1763" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.19" = load volatile i32, ptr %".1763", align 4
  %".1764" = and i32 %"flags.19", 4
  %".1765" = icmp ne i32 %".1764", 0
  br i1 %".1765", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1777" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1777", align 1
  %".1779" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.20" = load volatile i32, ptr %".1779", align 4
  %".1780" = and i32 %"flags.20", 4
  %".1781" = icmp ne i32 %".1780", 0
  br i1 %".1781", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.82" = phi  i64 [%"cursor.83", %"ipv4_d1.to_udp"], [%"cursor.99", %"ipv6_d1.to_udp"], [%"cursor.216", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"cursor.230", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"cursor.332", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"cursor.346", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"cursor.400", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"cursor.410", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data.90" = phi  ptr [%"data.89", %"ipv4_d1.to_udp"], [%"data.93", %"ipv6_d1.to_udp"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.255", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.257", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv4_d1.to_udp"], [%"data_end.93", %"ipv6_d1.to_udp"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.255", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.257", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv4_d1.to_udp"], [%"keys.93", %"ipv6_d1.to_udp"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.255", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.257", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"hdr.37" = getelementptr i8, ptr %"data.90", i64 %"cursor.82"
  %".3551" = getelementptr i8, ptr %"hdr.37", i64 4
  %".3552" = icmp ugt ptr %".3551", %"data_end.90"
  br i1 %".3552", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3554" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3555" = load i16, ptr %".3554", align 2
  %".3556" = getelementptr i8, ptr %"hdr.37", i64 2
  %".3557" = load i16, ptr %".3556", align 2
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_2.5" = phi  i16 [%".3555", %"udp_d1.linear"], [%".3576", %"udp_d1.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3557", %"udp_d1.linear"], [%".3578", %"udp_d1.copy_failed.endif"]
  %"data.152" = phi  ptr [%"data.90", %"udp_d1.linear"], [%"data.151", %"udp_d1.copy_failed.endif"]
  %"data_end.152" = phi  ptr [%"data_end.90", %"udp_d1.linear"], [%"data_end.151", %"udp_d1.copy_failed.endif"]
  %"keys.152" = phi  ptr [%"keys.90", %"udp_d1.linear"], [%"keys.151", %"udp_d1.copy_failed.endif"]
  %".3580" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".3581" = zext i16 %".3580" to i64
  %".3582" = trunc i64 %".3581" to i16
  %".3583" = call i16 @"llvm.bswap.i16"(i16 %".3582")
  %".3584" = getelementptr i8, ptr %"keys.152", i64 12
  store i16 %".3583", ptr %".3584", align 2
  %".3586" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3587" = zext i16 %".3586" to i64
  %".3588" = trunc i64 %".3587" to i16
  %".3589" = call i16 @"llvm.bswap.i16"(i16 %".3588")
  %".3590" = getelementptr i8, ptr %"keys.152", i64 14
  store i16 %".3589", ptr %".3590", align 2
  %".3592" = add i64 %"cursor.82", 4
  %".3593" = add i64 4, 4
  %".3594" = getelementptr i8, ptr %"data.152", i64 %"cursor.82"
  %".3595" = getelementptr i8, ptr %".3594", i64 %".3593"
  %".3596" = icmp ugt ptr %".3595", %"data_end.152"
  br i1 %".3596", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.154" = phi  ptr [%"data.152", %"udp_d1.header"], [%"data.153", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.154" = phi  ptr [%"data_end.152", %"udp_d1.header"], [%"data_end.153", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.154" = phi  ptr [%"keys.152", %"udp_d1.header"], [%"keys.153", %"udp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.82", %".3593"
  %".3617" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3618" = zext i16 %".3617" to i64
  switch i64 %".3618", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]
gre_version_d1:
  %"cursor.85" = phi  i64 [%"cursor.86", %"ipv4_d1.to_gre_version"], [%"cursor.101", %"ipv6_d1.to_gre_version"], [%"cursor.218", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"cursor.232", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"cursor.334", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"cursor.348", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"cursor.402", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"cursor.412", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data.91" = phi  ptr [%"data.89", %"ipv4_d1.to_gre_version"], [%"data.93", %"ipv6_d1.to_gre_version"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.255", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.257", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv4_d1.to_gre_version"], [%"data_end.93", %"ipv6_d1.to_gre_version"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.255", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.257", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv4_d1.to_gre_version"], [%"keys.93", %"ipv6_d1.to_gre_version"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.255", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.257", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"hdr.38" = getelementptr i8, ptr %"data.91", i64 %"cursor.85"
  %".3654" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3655" = icmp ugt ptr %".3654", %"data_end.91"
  br i1 %".3655", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3657" = getelementptr i8, ptr %"hdr.38", i64 0
  %".3658" = load i8, ptr %".3657", align 1
  %".3659" = getelementptr i8, ptr %"hdr.38", i64 1
  %".3660" = load i8, ptr %".3659", align 1
  %".3661" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3662" = load i16, ptr %".3661", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.14" = phi  i8 [%".3658", %"gre_version_d1.linear"], [%".3681", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3660", %"gre_version_d1.linear"], [%".3683", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3662", %"gre_version_d1.linear"], [%".3685", %"gre_version_d1.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.91", %"gre_version_d1.linear"], [%"data.160", %"gre_version_d1.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.91", %"gre_version_d1.linear"], [%"data_end.160", %"gre_version_d1.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.91", %"gre_version_d1.linear"], [%"keys.160", %"gre_version_d1.copy_failed.endif"]
  %".3687" = zext i8 %"w0_1.14" to i64
  %".3688" = lshr i64 %".3687", 6
  %".3689" = and i64 %".3688", 1
  %".3690" = icmp ne i64 %".3689", 0
  %".3691" = zext i8 %"w1_1.9" to i64
  %".3692" = and i64 %".3691", 7
  %".3693" = icmp ugt i64 %".3692", 1
  %".3694" = or i1 %".3690", %".3693"
  br i1 %".3694", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1767" = trunc i64 %"end.3" to i16
  %".1768" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1767", ptr %".1768", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1771" = getelementptr i8, ptr %"keys.89", i64 12
  store i32 0, ptr %".1771", align 4
  %".1773" = trunc i64 %"end.3" to i16
  %".1774" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1773", ptr %".1774", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1783" = trunc i64 %"end.3" to i16
  %".1784" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1783", ptr %".1784", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1787" = getelementptr i8, ptr %"keys.89", i64 12
  store i32 0, ptr %".1787", align 4
  %".1789" = trunc i64 %"end.3" to i16
  %".1790" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1789", ptr %".1790", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1809" = trunc i64 %"cursor.25" to i32
  %".1810" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1809", [40 x i8]* %"header_copy", i32 40)
  %".1811" = icmp eq i64 %".1810", 0
  %".1812" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1813" = load i32, ptr %".1812", align 4
  %".1814" = zext i32 %".1813" to i64
  %"data.92" = inttoptr i64 %".1814" to ptr
  %".1815" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1816" = load i32, ptr %".1815", align 4
  %".1817" = zext i32 %".1816" to i64
  %"data_end.92" = inttoptr i64 %".1817" to ptr
  %".1818" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.92" = load ptr, ptr %".1818", align 8
  %".1819" = xor i1 %".1811", -1
  br i1 %".1819", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1821" = trunc i64 %"cursor.25" to i16
  %".1822" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1821", ptr %".1822", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1825" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1826" = load volatile i32, [40 x i8]* %".1825", align 4
  %".1827" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1828" = load volatile i8, [40 x i8]* %".1827", align 1
  %".1829" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1830" = load volatile i64, [40 x i8]* %".1829", align 8
  %".1831" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1832" = load volatile i64, [40 x i8]* %".1831", align 8
  %".1833" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1834" = load volatile i64, [40 x i8]* %".1833", align 8
  %".1835" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1836" = load volatile i64, [40 x i8]* %".1835", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1874" = trunc i64 %".1864" to i16
  %".1875" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1874", ptr %".1875", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1878" = zext i8 %"w6_1.1" to i64
  switch i64 %".1878", label %"ipv6_d1.unknown" [i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]
ipv6_d1.unknown:
  %".1880" = trunc i64 %".1864" to i16
  %".1881" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1880", ptr %".1881", align 2
  br label %"return"
ipv6_d1.to_ipv6_opts:
  %".1884" = getelementptr i8, ptr %"keys.93", i64 2
  %".1885" = trunc i64 %".1864" to i16
  store volatile i16 %".1885", ptr %".1884", align 2
  %".1887" = load volatile i16, ptr %".1884", align 2
  %".1888" = zext i16 %".1887" to i64
  %"cursor.93" = and i64 %".1888", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  %".1890" = getelementptr i8, ptr %"keys.93", i64 2
  %".1891" = trunc i64 %".1864" to i16
  store volatile i16 %".1891", ptr %".1890", align 2
  %".1893" = load volatile i16, ptr %".1890", align 2
  %".1894" = zext i16 %".1893" to i64
  %"cursor.94" = and i64 %".1894", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  %".1896" = getelementptr i8, ptr %"keys.93", i64 2
  %".1897" = trunc i64 %".1864" to i16
  store volatile i16 %".1897", ptr %".1896", align 2
  %".1899" = load volatile i16, ptr %".1896", align 2
  %".1900" = zext i16 %".1899" to i64
  %"cursor.95" = and i64 %".1900", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  %".1902" = getelementptr i8, ptr %"keys.93", i64 2
  %".1903" = trunc i64 %".1864" to i16
  store volatile i16 %".1903", ptr %".1902", align 2
  %".1905" = load volatile i16, ptr %".1902", align 2
  %".1906" = zext i16 %".1905" to i64
  %"cursor.97" = and i64 %".1906", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_tcp:
  %".1908" = getelementptr i8, ptr %"keys.93", i64 2
  %".1909" = trunc i64 %".1864" to i16
  store volatile i16 %".1909", ptr %".1908", align 2
  %".1911" = load volatile i16, ptr %".1908", align 2
  %".1912" = zext i16 %".1911" to i64
  %"cursor.98" = and i64 %".1912", 16383
  br label %"tcp"
ipv6_d1.to_udp:
  %".1914" = getelementptr i8, ptr %"keys.93", i64 2
  %".1915" = trunc i64 %".1864" to i16
  store volatile i16 %".1915", ptr %".1914", align 2
  %".1917" = load volatile i16, ptr %".1914", align 2
  %".1918" = zext i16 %".1917" to i64
  %"cursor.99" = and i64 %".1918", 16383
  br label %"udp_d1"
ipv6_d1.to_udplite:
  %".1920" = getelementptr i8, ptr %"keys.93", i64 2
  %".1921" = trunc i64 %".1864" to i16
  store volatile i16 %".1921", ptr %".1920", align 2
  %".1923" = load volatile i16, ptr %".1920", align 2
  %".1924" = zext i16 %".1923" to i64
  %"cursor.100" = and i64 %".1924", 16383
  br label %"udplite"
ipv6_d1.to_gre_version:
  %".1926" = getelementptr i8, ptr %"keys.93", i64 2
  %".1927" = trunc i64 %".1864" to i16
  store volatile i16 %".1927", ptr %".1926", align 2
  %".1929" = load volatile i16, ptr %".1926", align 2
  %".1930" = zext i16 %".1929" to i64
  %"cursor.101" = and i64 %".1930", 16383
  br label %"gre_version_d1"
ipv6_d1.to_sctp:
  %".1932" = getelementptr i8, ptr %"keys.93", i64 2
  %".1933" = trunc i64 %".1864" to i16
  store volatile i16 %".1933", ptr %".1932", align 2
  %".1935" = load volatile i16, ptr %".1932", align 2
  %".1936" = zext i16 %".1935" to i64
  %"cursor.102" = and i64 %".1936", 16383
  br label %"sctp"
ipv6_d1.to_dccp:
  %".1938" = getelementptr i8, ptr %"keys.93", i64 2
  %".1939" = trunc i64 %".1864" to i16
  store volatile i16 %".1939", ptr %".1938", align 2
  %".1941" = load volatile i16, ptr %".1938", align 2
  %".1942" = zext i16 %".1941" to i64
  %"cursor.103" = and i64 %".1942", 16383
  br label %"dccp"
ipv6_d1.to_esp:
  %".1944" = getelementptr i8, ptr %"keys.93", i64 2
  %".1945" = trunc i64 %".1864" to i16
  store volatile i16 %".1945", ptr %".1944", align 2
  %".1947" = load volatile i16, ptr %".1944", align 2
  %".1948" = zext i16 %".1947" to i64
  %"cursor.104" = and i64 %".1948", 16383
  br label %"esp"
ipv6_d1.to_ah:
  %".1950" = getelementptr i8, ptr %"keys.93", i64 2
  %".1951" = trunc i64 %".1864" to i16
  store volatile i16 %".1951", ptr %".1950", align 2
  %".1953" = load volatile i16, ptr %".1950", align 2
  %".1954" = zext i16 %".1953" to i64
  %"cursor.105" = and i64 %".1954", 16383
  br label %"ah"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".1957" = trunc i64 34887 to i16
  %".1958" = call i16 @"llvm.bswap.i16"(i16 %".1957")
  %".1959" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1958", ptr %".1959", align 2
  %".1961" = getelementptr i8, ptr %"keys.93", i64 2
  %".1962" = trunc i64 %".1864" to i16
  store volatile i16 %".1962", ptr %".1961", align 2
  %".1964" = load volatile i16, ptr %".1961", align 2
  %".1965" = zext i16 %".1964" to i64
  %"cursor.106" = and i64 %".1965", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1967" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1967", align 1
  %".1969" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.22" = load volatile i32, ptr %".1969", align 4
  %".1970" = and i32 %"flags.22", 4
  %".1971" = icmp ne i32 %".1970", 0
  br i1 %".1971", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1983" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1983", align 1
  %".1985" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.23" = load volatile i32, ptr %".1985", align 4
  %".1986" = and i32 %"flags.23", 4
  %".1987" = icmp ne i32 %".1986", 0
  br i1 %".1987", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.92" = phi  i64 [%"cursor.93", %"ipv6_d1.to_ipv6_opts"], [%"cursor.94", %"ipv6_d1.to_ipv6_opts.1"], [%"cursor.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.94" = phi  ptr [%"data.93", %"ipv6_d1.to_ipv6_opts"], [%"data.93", %"ipv6_d1.to_ipv6_opts.1"], [%"data.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.94" = phi  ptr [%"data_end.93", %"ipv6_d1.to_ipv6_opts"], [%"data_end.93", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.94" = phi  ptr [%"keys.93", %"ipv6_d1.to_ipv6_opts"], [%"keys.93", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.39" = getelementptr i8, ptr %"data.94", i64 %"cursor.92"
  %".3725" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3726" = icmp ugt ptr %".3725", %"data_end.94"
  br i1 %".3726", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3728" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3729" = load i8, ptr %".3728", align 1
  %".3730" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3731" = load i8, ptr %".3730", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3729", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3750", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3731", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3752", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.165" = phi  ptr [%"data.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.165" = phi  ptr [%"data_end.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.165" = phi  ptr [%"keys.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3754" = zext i8 %"w0_1.15" to i64
  %".3755" = trunc i64 %".3754" to i8
  %".3756" = getelementptr i8, ptr %"keys.165", i64 9
  store i8 %".3755", ptr %".3756", align 1
  %".3758" = add i64 %"cursor.92", 2
  %".3759" = zext i8 %"w1_1.10" to i64
  %".3760" = mul i64 %".3759", 8
  %".3761" = add i64 %".3760", 6
  %".3762" = add i64 %".3761", 2
  %".3763" = add i64 %"cursor.92", %".3762"
  %".3764" = getelementptr i8, ptr %"data.165", i64 %"cursor.92"
  %".3765" = getelementptr i8, ptr %".3764", i64 %".3762"
  %".3766" = icmp ugt ptr %".3765", %"data_end.165"
  br i1 %".3766", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext1.variable_part:
  %"data.167" = phi  ptr [%"data.165", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.167" = phi  ptr [%"data_end.165", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.167" = phi  ptr [%"keys.165", %"ipv6_opts_d1_ipv6_ext1.header"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.11" = add i64 %"cursor.92", %".3762"
  %".3787" = zext i8 %"w0_1.15" to i64
  switch i64 %".3787", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.96" = phi  i64 [%"cursor.97", %"ipv6_d1.to_ipv6_frag"]
  %"data.95" = phi  ptr [%"data.93", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.95" = phi  ptr [%"data_end.93", %"ipv6_d1.to_ipv6_frag"]
  %"keys.95" = phi  ptr [%"keys.93", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.40" = getelementptr i8, ptr %"data.95", i64 %"cursor.96"
  %".3913" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3914" = icmp ugt ptr %".3913", %"data_end.95"
  br i1 %".3914", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3916" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3917" = load i8, ptr %".3916", align 1
  %".3918" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3919" = load i16, ptr %".3918", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.16" = phi  i8 [%".3917", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3938", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3919", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3940", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.171" = phi  ptr [%"data.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.171" = phi  ptr [%"data_end.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.171" = phi  ptr [%"keys.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3942" = zext i8 %"w0_1.16" to i64
  %".3943" = trunc i64 %".3942" to i8
  %".3944" = getelementptr i8, ptr %"keys.171", i64 9
  store i8 %".3943", ptr %".3944", align 1
  %".3946" = add i64 %"cursor.96", 8
  %".3947" = icmp ne i64 1, 0
  %".3948" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3949" = zext i16 %".3948" to i64
  %".3950" = and i64 %".3949", 65528
  %".3951" = icmp eq i64 %".3950", 0
  br i1 %".3947", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1973" = trunc i64 %".1864" to i16
  %".1974" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1973", ptr %".1974", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1977" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 0, ptr %".1977", align 4
  %".1979" = trunc i64 %".1864" to i16
  %".1980" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1979", ptr %".1980", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1989" = trunc i64 %".1864" to i16
  %".1990" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1989", ptr %".1990", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1993" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 0, ptr %".1993", align 4
  %".1995" = trunc i64 %".1864" to i16
  %".1996" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1995", ptr %".1996", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2007" = trunc i64 %"cursor.27" to i32
  %".2008" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".2007", [40 x i8]* %"header_copy", i32 2)
  %".2009" = icmp eq i64 %".2008", 0
  %".2010" = getelementptr i8, ptr %"ctx.26", i64 76
  %".2011" = load i32, ptr %".2010", align 4
  %".2012" = zext i32 %".2011" to i64
  %"data.96" = inttoptr i64 %".2012" to ptr
  %".2013" = getelementptr i8, ptr %"ctx.26", i64 80
  %".2014" = load i32, ptr %".2013", align 4
  %".2015" = zext i32 %".2014" to i64
  %"data_end.96" = inttoptr i64 %".2015" to ptr
  %".2016" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.96" = load ptr, ptr %".2016", align 8
  %".2017" = xor i1 %".2009", -1
  br i1 %".2017", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".2019" = trunc i64 %"cursor.27" to i16
  %".2020" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2019", ptr %".2020", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".2023" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2024" = load volatile i8, [40 x i8]* %".2023", align 1
  %".2025" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2026" = load volatile i8, [40 x i8]* %".2025", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.copy_last_byte:
  %".2042" = add i64 %"cursor.27", %".2036"
  %".2043" = sub i64 %".2042", 1
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2044" = trunc i64 %".2043" to i32
  %".2045" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".2044", i64* %"last_byte", i32 1)
  %".2046" = icmp eq i64 %".2045", 0
  %".2047" = getelementptr i8, ptr %"ctx.27", i64 76
  %".2048" = load i32, ptr %".2047", align 4
  %".2049" = zext i32 %".2048" to i64
  %"data.98" = inttoptr i64 %".2049" to ptr
  %".2050" = getelementptr i8, ptr %"ctx.27", i64 80
  %".2051" = load i32, ptr %".2050", align 4
  %".2052" = zext i32 %".2051" to i64
  %"data_end.98" = inttoptr i64 %".2052" to ptr
  %".2053" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.98" = load ptr, ptr %".2053", align 8
  %".2054" = xor i1 %".2046", -1
  br i1 %".2054", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed:
  %".2056" = trunc i64 %".2037" to i16
  %".2057" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2056", ptr %".2057", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext1.variable_part"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".2063" = trunc i64 %"end.4" to i16
  %".2064" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2063", ptr %".2064", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  %".2069" = getelementptr i8, ptr %"keys.99", i64 2
  %".2070" = trunc i64 %"end.4" to i16
  store volatile i16 %".2070", ptr %".2069", align 2
  %".2072" = load volatile i16, ptr %".2069", align 2
  %".2073" = zext i16 %".2072" to i64
  %"cursor.108" = and i64 %".2073", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  %".2076" = getelementptr i8, ptr %"keys.99", i64 2
  %".2077" = trunc i64 %"end.4" to i16
  store volatile i16 %".2077", ptr %".2076", align 2
  %".2079" = load volatile i16, ptr %".2076", align 2
  %".2080" = zext i16 %".2079" to i64
  %"cursor.110" = and i64 %".2080", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  %".2082" = getelementptr i8, ptr %"keys.99", i64 2
  %".2083" = trunc i64 %"end.4" to i16
  store volatile i16 %".2083", ptr %".2082", align 2
  %".2085" = load volatile i16, ptr %".2082", align 2
  %".2086" = zext i16 %".2085" to i64
  %"cursor.111" = and i64 %".2086", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  %".2088" = getelementptr i8, ptr %"keys.99", i64 2
  %".2089" = trunc i64 %"end.4" to i16
  store volatile i16 %".2089", ptr %".2088", align 2
  %".2091" = load volatile i16, ptr %".2088", align 2
  %".2092" = zext i16 %".2091" to i64
  %"cursor.112" = and i64 %".2092", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre_version:
  %".2094" = getelementptr i8, ptr %"keys.99", i64 2
  %".2095" = trunc i64 %"end.4" to i16
  store volatile i16 %".2095", ptr %".2094", align 2
  %".2097" = load volatile i16, ptr %".2094", align 2
  %".2098" = zext i16 %".2097" to i64
  %"cursor.113" = and i64 %".2098", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  %".2100" = getelementptr i8, ptr %"keys.99", i64 2
  %".2101" = trunc i64 %"end.4" to i16
  store volatile i16 %".2101", ptr %".2100", align 2
  %".2103" = load volatile i16, ptr %".2100", align 2
  %".2104" = zext i16 %".2103" to i64
  %"cursor.114" = and i64 %".2104", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  %".2106" = getelementptr i8, ptr %"keys.99", i64 2
  %".2107" = trunc i64 %"end.4" to i16
  store volatile i16 %".2107", ptr %".2106", align 2
  %".2109" = load volatile i16, ptr %".2106", align 2
  %".2110" = zext i16 %".2109" to i64
  %"cursor.115" = and i64 %".2110", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  %".2112" = getelementptr i8, ptr %"keys.99", i64 2
  %".2113" = trunc i64 %"end.4" to i16
  store volatile i16 %".2113", ptr %".2112", align 2
  %".2115" = load volatile i16, ptr %".2112", align 2
  %".2116" = zext i16 %".2115" to i64
  %"cursor.116" = and i64 %".2116", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  %".2118" = getelementptr i8, ptr %"keys.99", i64 2
  %".2119" = trunc i64 %"end.4" to i16
  store volatile i16 %".2119", ptr %".2118", align 2
  %".2121" = load volatile i16, ptr %".2118", align 2
  %".2122" = zext i16 %".2121" to i64
  %"cursor.117" = and i64 %".2122", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  %".2124" = getelementptr i8, ptr %"keys.99", i64 2
  %".2125" = trunc i64 %"end.4" to i16
  store volatile i16 %".2125", ptr %".2124", align 2
  %".2127" = load volatile i16, ptr %".2124", align 2
  %".2128" = zext i16 %".2127" to i64
  %"cursor.118" = and i64 %".2128", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".2130" = trunc i64 34887 to i16
  %".2131" = call i16 @"llvm.bswap.i16"(i16 %".2130")
  %".2132" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2131", ptr %".2132", align 2
  %".2134" = getelementptr i8, ptr %"keys.99", i64 2
  %".2135" = trunc i64 %"end.4" to i16
  store volatile i16 %".2135", ptr %".2134", align 2
  %".2137" = load volatile i16, ptr %".2134", align 2
  %".2138" = zext i16 %".2137" to i64
  %"cursor.119" = and i64 %".2138", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".2140" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".2140", align 1
  %".2142" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.24" = load volatile i32, ptr %".2142", align 4
  %".2143" = and i32 %"flags.24", 4
  %".2144" = icmp ne i32 %".2143", 0
  br i1 %".2144", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".2158" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".2158", align 1
  %".2160" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.25" = load volatile i32, ptr %".2160", align 4
  %".2161" = and i32 %"flags.25", 4
  %".2162" = icmp ne i32 %".2161", 0
  br i1 %".2162", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.107" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.108", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.122", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"cursor.123", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.124", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data.100" = phi  ptr [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.100" = phi  ptr [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.100" = phi  ptr [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.100", i64 %"cursor.107"
  %".4099" = getelementptr i8, ptr %"hdr.41", i64 2
  %".4100" = icmp ugt ptr %".4099", %"data_end.100"
  br i1 %".4100", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".4102" = getelementptr i8, ptr %"hdr.41", i64 0
  %".4103" = load i8, ptr %".4102", align 1
  %".4104" = getelementptr i8, ptr %"hdr.41", i64 1
  %".4105" = load i8, ptr %".4104", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".4103", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".4124", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4105", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".4126", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.173" = phi  ptr [%"data.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.173" = phi  ptr [%"data_end.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.173" = phi  ptr [%"keys.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".4128" = zext i8 %"w0_1.17" to i64
  %".4129" = trunc i64 %".4128" to i8
  %".4130" = getelementptr i8, ptr %"keys.173", i64 9
  store i8 %".4129", ptr %".4130", align 1
  %".4132" = add i64 %"cursor.107", 2
  %".4133" = zext i8 %"w1_1.11" to i64
  %".4134" = mul i64 %".4133", 8
  %".4135" = add i64 %".4134", 6
  %".4136" = add i64 %".4135", 2
  %".4137" = add i64 %"cursor.107", %".4136"
  %".4138" = getelementptr i8, ptr %"data.173", i64 %"cursor.107"
  %".4139" = getelementptr i8, ptr %".4138", i64 %".4136"
  %".4140" = icmp ugt ptr %".4139", %"data_end.173"
  br i1 %".4140", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext2.variable_part:
  %"data.175" = phi  ptr [%"data.173", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data.174", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.175" = phi  ptr [%"data_end.173", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data_end.174", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.175" = phi  ptr [%"keys.173", %"ipv6_opts_d0_ipv6_ext2.header"], [%"keys.174", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.12" = add i64 %"cursor.107", %".4136"
  %".4161" = zext i8 %"w0_1.17" to i64
  switch i64 %".4161", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.109" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".2209", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data.101" = phi  ptr [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"keys.101" = phi  ptr [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.101", i64 %"cursor.109"
  %".4276" = getelementptr i8, ptr %"hdr.42", i64 8
  %".4277" = icmp ugt ptr %".4276", %"data_end.101"
  br i1 %".4277", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".4279" = getelementptr i8, ptr %"hdr.42", i64 0
  %".4280" = load i8, ptr %".4279", align 1
  %".4281" = getelementptr i8, ptr %"hdr.42", i64 2
  %".4282" = load i16, ptr %".4281", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.18" = phi  i8 [%".4280", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".4301", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".4282", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".4303", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.179" = phi  ptr [%"data.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.178", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.179" = phi  ptr [%"data_end.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.178", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.179" = phi  ptr [%"keys.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.178", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".4305" = zext i8 %"w0_1.18" to i64
  %".4306" = trunc i64 %".4305" to i8
  %".4307" = getelementptr i8, ptr %"keys.179", i64 9
  store i8 %".4306", ptr %".4307", align 1
  %".4309" = add i64 %"cursor.109", 8
  %".4310" = icmp ne i64 1, 0
  %".4311" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4312" = zext i16 %".4311" to i64
  %".4313" = and i64 %".4312", 65528
  %".4314" = icmp eq i64 %".4313", 0
  br i1 %".4310", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".2146" = trunc i64 %"end.4" to i16
  %".2147" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2146", ptr %".2147", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".2150" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".2150", align 4
  %".2152" = getelementptr i8, ptr %"keys.99", i64 2
  %".2153" = trunc i64 %"end.4" to i16
  store volatile i16 %".2153", ptr %".2152", align 2
  %".2155" = load volatile i16, ptr %".2152", align 2
  %".2156" = zext i16 %".2155" to i64
  %"cursor.120" = and i64 %".2156", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".2164" = trunc i64 %"end.4" to i16
  %".2165" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2164", ptr %".2165", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2168" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".2168", align 4
  %".2170" = getelementptr i8, ptr %"keys.99", i64 2
  %".2171" = trunc i64 %"end.4" to i16
  store volatile i16 %".2171", ptr %".2170", align 2
  %".2173" = load volatile i16, ptr %".2170", align 2
  %".2174" = zext i16 %".2173" to i64
  %"cursor.121" = and i64 %".2174", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2184" = trunc i64 %"cursor.29" to i32
  %".2185" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2184", [40 x i8]* %"header_copy", i32 8)
  %".2186" = icmp eq i64 %".2185", 0
  %".2187" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2188" = load i32, ptr %".2187", align 4
  %".2189" = zext i32 %".2188" to i64
  %"data.102" = inttoptr i64 %".2189" to ptr
  %".2190" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2191" = load i32, ptr %".2190", align 4
  %".2192" = zext i32 %".2191" to i64
  %"data_end.102" = inttoptr i64 %".2192" to ptr
  %".2193" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.102" = load ptr, ptr %".2193", align 8
  %".2194" = xor i1 %".2186", -1
  br i1 %".2194", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".2196" = trunc i64 %"cursor.29" to i16
  %".2197" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2196", ptr %".2197", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".2200" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2201" = load volatile i8, [40 x i8]* %".2200", align 1
  %".2202" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2203" = load volatile i16, [40 x i8]* %".2202", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".2216" = getelementptr i8, ptr %"keys.103", i64 6
  store i8 1, ptr %".2216", align 1
  br i1 %".2214", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".2236" = zext i8 %"w0_1.6" to i64
  switch i64 %".2236", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".2219" = getelementptr i8, ptr %"keys.103", i64 7
  store i8 1, ptr %".2219", align 1
  %".2221" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.26" = load volatile i32, ptr %".2221", align 4
  %".2222" = and i32 %"flags.26", 1
  %".2223" = icmp ne i32 %".2222", 0
  %".2224" = xor i1 %".2223", -1
  br i1 %".2224", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".2231" = trunc i64 %".2209" to i16
  %".2232" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2231", ptr %".2232", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".2226" = trunc i64 %".2209" to i16
  %".2227" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2226", ptr %".2227", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".2238" = trunc i64 %".2209" to i16
  %".2239" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2238", ptr %".2239", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  %".2242" = getelementptr i8, ptr %"keys.103", i64 2
  %".2243" = trunc i64 %".2209" to i16
  store volatile i16 %".2243", ptr %".2242", align 2
  %".2245" = load volatile i16, ptr %".2242", align 2
  %".2246" = zext i16 %".2245" to i64
  %"cursor.122" = and i64 %".2246", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  %".2248" = getelementptr i8, ptr %"keys.103", i64 2
  %".2249" = trunc i64 %".2209" to i16
  store volatile i16 %".2249", ptr %".2248", align 2
  %".2251" = load volatile i16, ptr %".2248", align 2
  %".2252" = zext i16 %".2251" to i64
  %"cursor.123" = and i64 %".2252", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  %".2254" = getelementptr i8, ptr %"keys.103", i64 2
  %".2255" = trunc i64 %".2209" to i16
  store volatile i16 %".2255", ptr %".2254", align 2
  %".2257" = load volatile i16, ptr %".2254", align 2
  %".2258" = zext i16 %".2257" to i64
  %"cursor.124" = and i64 %".2258", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  %".2261" = getelementptr i8, ptr %"keys.103", i64 2
  %".2262" = trunc i64 %".2209" to i16
  store volatile i16 %".2262", ptr %".2261", align 2
  %".2264" = load volatile i16, ptr %".2261", align 2
  %".2265" = zext i16 %".2264" to i64
  %"cursor.125" = and i64 %".2265", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  %".2267" = getelementptr i8, ptr %"keys.103", i64 2
  %".2268" = trunc i64 %".2209" to i16
  store volatile i16 %".2268", ptr %".2267", align 2
  %".2270" = load volatile i16, ptr %".2267", align 2
  %".2271" = zext i16 %".2270" to i64
  %"cursor.126" = and i64 %".2271", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  %".2273" = getelementptr i8, ptr %"keys.103", i64 2
  %".2274" = trunc i64 %".2209" to i16
  store volatile i16 %".2274", ptr %".2273", align 2
  %".2276" = load volatile i16, ptr %".2273", align 2
  %".2277" = zext i16 %".2276" to i64
  %"cursor.127" = and i64 %".2277", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre_version:
  %".2279" = getelementptr i8, ptr %"keys.103", i64 2
  %".2280" = trunc i64 %".2209" to i16
  store volatile i16 %".2280", ptr %".2279", align 2
  %".2282" = load volatile i16, ptr %".2279", align 2
  %".2283" = zext i16 %".2282" to i64
  %"cursor.128" = and i64 %".2283", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  %".2285" = getelementptr i8, ptr %"keys.103", i64 2
  %".2286" = trunc i64 %".2209" to i16
  store volatile i16 %".2286", ptr %".2285", align 2
  %".2288" = load volatile i16, ptr %".2285", align 2
  %".2289" = zext i16 %".2288" to i64
  %"cursor.129" = and i64 %".2289", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  %".2291" = getelementptr i8, ptr %"keys.103", i64 2
  %".2292" = trunc i64 %".2209" to i16
  store volatile i16 %".2292", ptr %".2291", align 2
  %".2294" = load volatile i16, ptr %".2291", align 2
  %".2295" = zext i16 %".2294" to i64
  %"cursor.130" = and i64 %".2295", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  %".2297" = getelementptr i8, ptr %"keys.103", i64 2
  %".2298" = trunc i64 %".2209" to i16
  store volatile i16 %".2298", ptr %".2297", align 2
  %".2300" = load volatile i16, ptr %".2297", align 2
  %".2301" = zext i16 %".2300" to i64
  %"cursor.131" = and i64 %".2301", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  %".2303" = getelementptr i8, ptr %"keys.103", i64 2
  %".2304" = trunc i64 %".2209" to i16
  store volatile i16 %".2304", ptr %".2303", align 2
  %".2306" = load volatile i16, ptr %".2303", align 2
  %".2307" = zext i16 %".2306" to i64
  %"cursor.132" = and i64 %".2307", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  %".2309" = getelementptr i8, ptr %"keys.103", i64 2
  %".2310" = trunc i64 %".2209" to i16
  store volatile i16 %".2310", ptr %".2309", align 2
  %".2312" = load volatile i16, ptr %".2309", align 2
  %".2313" = zext i16 %".2312" to i64
  %"cursor.133" = and i64 %".2313", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".2315" = trunc i64 34887 to i16
  %".2316" = call i16 @"llvm.bswap.i16"(i16 %".2315")
  %".2317" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2316", ptr %".2317", align 2
  %".2319" = getelementptr i8, ptr %"keys.103", i64 2
  %".2320" = trunc i64 %".2209" to i16
  store volatile i16 %".2320", ptr %".2319", align 2
  %".2322" = load volatile i16, ptr %".2319", align 2
  %".2323" = zext i16 %".2322" to i64
  %"cursor.134" = and i64 %".2323", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".2325" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2325", align 1
  %".2327" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.27" = load volatile i32, ptr %".2327", align 4
  %".2328" = and i32 %"flags.27", 4
  %".2329" = icmp ne i32 %".2328", 0
  br i1 %".2329", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".2343" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2343", align 1
  %".2345" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.28" = load volatile i32, ptr %".2345", align 4
  %".2346" = and i32 %"flags.28", 4
  %".2347" = icmp ne i32 %".2346", 0
  br i1 %".2347", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".2331" = trunc i64 %".2209" to i16
  %".2332" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2331", ptr %".2332", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".2335" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".2335", align 4
  %".2337" = getelementptr i8, ptr %"keys.103", i64 2
  %".2338" = trunc i64 %".2209" to i16
  store volatile i16 %".2338", ptr %".2337", align 2
  %".2340" = load volatile i16, ptr %".2337", align 2
  %".2341" = zext i16 %".2340" to i64
  %"cursor.135" = and i64 %".2341", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".2349" = trunc i64 %".2209" to i16
  %".2350" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2349", ptr %".2350", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2353" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".2353", align 4
  %".2355" = getelementptr i8, ptr %"keys.103", i64 2
  %".2356" = trunc i64 %".2209" to i16
  store volatile i16 %".2356", ptr %".2355", align 2
  %".2358" = load volatile i16, ptr %".2355", align 2
  %".2359" = zext i16 %".2358" to i64
  %"cursor.136" = and i64 %".2359", 16383
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2365" = trunc i64 %"cursor.30" to i32
  %".2366" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2365", [40 x i8]* %"header_copy", i32 4)
  %".2367" = icmp eq i64 %".2366", 0
  %".2368" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2369" = load i32, ptr %".2368", align 4
  %".2370" = zext i32 %".2369" to i64
  %"data.104" = inttoptr i64 %".2370" to ptr
  %".2371" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2372" = load i32, ptr %".2371", align 4
  %".2373" = zext i32 %".2372" to i64
  %"data_end.104" = inttoptr i64 %".2373" to ptr
  %".2374" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.104" = load ptr, ptr %".2374", align 8
  %".2375" = xor i1 %".2367", -1
  br i1 %".2375", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".2377" = trunc i64 %"cursor.30" to i16
  %".2378" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2377", ptr %".2378", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2393" = trunc i64 %"cursor.34" to i32
  %".2394" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2393", [40 x i8]* %"header_copy", i32 4)
  %".2395" = icmp eq i64 %".2394", 0
  %".2396" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2397" = load i32, ptr %".2396", align 4
  %".2398" = zext i32 %".2397" to i64
  %"data.106" = inttoptr i64 %".2398" to ptr
  %".2399" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2400" = load i32, ptr %".2399", align 4
  %".2401" = zext i32 %".2400" to i64
  %"data_end.106" = inttoptr i64 %".2401" to ptr
  %".2402" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.106" = load ptr, ptr %".2402", align 8
  %".2403" = xor i1 %".2395", -1
  br i1 %".2403", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".2405" = trunc i64 %"cursor.34" to i16
  %".2406" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2405", ptr %".2406", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".2409" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2410" = load volatile i16, [40 x i8]* %".2409", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2425" = trunc i64 %".2418" to i16
  %".2426" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2425", ptr %".2426", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  %".2429" = getelementptr i8, ptr %"keys.107", i64 2
  %".2430" = trunc i64 %".2418" to i16
  store volatile i16 %".2430", ptr %".2429", align 2
  %".2432" = load volatile i16, ptr %".2429", align 2
  %".2433" = zext i16 %".2432" to i64
  %"cursor.137" = and i64 %".2433", 16383
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  %".2435" = getelementptr i8, ptr %"keys.107", i64 2
  %".2436" = trunc i64 %".2418" to i16
  store volatile i16 %".2436", ptr %".2435", align 2
  %".2438" = load volatile i16, ptr %".2435", align 2
  %".2439" = zext i16 %".2438" to i64
  %"cursor.138" = and i64 %".2439", 16383
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2441" = trunc i64 %".2418" to i16
  %".2442" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2441", ptr %".2442", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2445" = trunc i64 %".2418" to i16
  %".2446" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2445", ptr %".2446", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  %".2449" = getelementptr i8, ptr %"keys.107", i64 2
  %".2450" = trunc i64 %".2418" to i16
  store volatile i16 %".2450", ptr %".2449", align 2
  %".2452" = load volatile i16, ptr %".2449", align 2
  %".2453" = zext i16 %".2452" to i64
  %"cursor.139" = and i64 %".2453", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  %".2455" = getelementptr i8, ptr %"keys.107", i64 2
  %".2456" = trunc i64 %".2418" to i16
  store volatile i16 %".2456", ptr %".2455", align 2
  %".2458" = load volatile i16, ptr %".2455", align 2
  %".2459" = zext i16 %".2458" to i64
  %"cursor.140" = and i64 %".2459", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  %".2461" = getelementptr i8, ptr %"keys.107", i64 2
  %".2462" = trunc i64 %".2418" to i16
  store volatile i16 %".2462", ptr %".2461", align 2
  %".2464" = load volatile i16, ptr %".2461", align 2
  %".2465" = zext i16 %".2464" to i64
  %"cursor.141" = and i64 %".2465", 16383
  br label %"pppoe_d0"
vlan_d0_vlan_tags2.to_arp:
  %".2467" = getelementptr i8, ptr %"keys.107", i64 2
  %".2468" = trunc i64 %".2418" to i16
  store volatile i16 %".2468", ptr %".2467", align 2
  %".2470" = load volatile i16, ptr %".2467", align 2
  %".2471" = zext i16 %".2470" to i64
  %"cursor.142" = and i64 %".2471", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_arp.1:
  %".2473" = getelementptr i8, ptr %"keys.107", i64 2
  %".2474" = trunc i64 %".2418" to i16
  store volatile i16 %".2474", ptr %".2473", align 2
  %".2476" = load volatile i16, ptr %".2473", align 2
  %".2477" = zext i16 %".2476" to i64
  %"cursor.143" = and i64 %".2477", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_ptp:
  %".2479" = getelementptr i8, ptr %"keys.107", i64 2
  %".2480" = trunc i64 %".2418" to i16
  store volatile i16 %".2480", ptr %".2479", align 2
  %".2482" = load volatile i16, ptr %".2479", align 2
  %".2483" = zext i16 %".2482" to i64
  %"cursor.144" = and i64 %".2483", 16383
  br label %"ptp"
vlan_d0_vlan_tags2.to_cfm:
  %".2485" = getelementptr i8, ptr %"keys.107", i64 2
  %".2486" = trunc i64 %".2418" to i16
  store volatile i16 %".2486", ptr %".2485", align 2
  %".2488" = load volatile i16, ptr %".2485", align 2
  %".2489" = zext i16 %".2488" to i64
  %"cursor.145" = and i64 %".2489", 16383
  br label %"cfm"
vlan_d0_vlan_tags2.to_tipc:
  %".2491" = getelementptr i8, ptr %"keys.107", i64 2
  %".2492" = trunc i64 %".2418" to i16
  store volatile i16 %".2492", ptr %".2491", align 2
  %".2494" = load volatile i16, ptr %".2491", align 2
  %".2495" = zext i16 %".2494" to i64
  %"cursor.146" = and i64 %".2495", 16383
  br label %"tipc"
vlan_d0_vlan_tags2.to_fcoe:
  %".2497" = getelementptr i8, ptr %"keys.107", i64 2
  %".2498" = trunc i64 %".2418" to i16
  store volatile i16 %".2498", ptr %".2497", align 2
  %".2500" = load volatile i16, ptr %".2497", align 2
  %".2501" = zext i16 %".2500" to i64
  %"cursor.147" = and i64 %".2501", 16383
  br label %"fcoe"
vlan_d0_vlan_tags2.to_hsr:
  %".2503" = getelementptr i8, ptr %"keys.107", i64 2
  %".2504" = trunc i64 %".2418" to i16
  store volatile i16 %".2504", ptr %".2503", align 2
  %".2506" = load volatile i16, ptr %".2503", align 2
  %".2507" = zext i16 %".2506" to i64
  %"cursor.148" = and i64 %".2507", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2509" = getelementptr i8, ptr %"keys.107", i64 2
  %".2510" = trunc i64 %".2418" to i16
  store volatile i16 %".2510", ptr %".2509", align 2
  %".2512" = load volatile i16, ptr %".2509", align 2
  %".2513" = zext i16 %".2512" to i64
  %"cursor.149" = and i64 %".2513", 16383
  br label %"hsr_d0"
vlan_d0_vlan_tags2.to_batadv:
  %".2515" = getelementptr i8, ptr %"keys.107", i64 2
  %".2516" = trunc i64 %".2418" to i16
  store volatile i16 %".2516", ptr %".2515", align 2
  %".2518" = load volatile i16, ptr %".2515", align 2
  %".2519" = zext i16 %".2518" to i64
  %"cursor.150" = and i64 %".2519", 16383
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2528" = trunc i64 %"cursor.41" to i32
  %".2529" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2528", [40 x i8]* %"header_copy", i32 4)
  %".2530" = icmp eq i64 %".2529", 0
  %".2531" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2532" = load i32, ptr %".2531", align 4
  %".2533" = zext i32 %".2532" to i64
  %"data.108" = inttoptr i64 %".2533" to ptr
  %".2534" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2535" = load i32, ptr %".2534", align 4
  %".2536" = zext i32 %".2535" to i64
  %"data_end.108" = inttoptr i64 %".2536" to ptr
  %".2537" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.108" = load ptr, ptr %".2537", align 8
  %".2538" = xor i1 %".2530", -1
  br i1 %".2538", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2540" = trunc i64 %".2521" to i16
  %".2541" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2540", ptr %".2541", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2544" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2545" = load volatile i8, [40 x i8]* %".2544", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2551" = trunc i64 %".2547" to i16
  %".2552" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2551", ptr %".2552", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels2.to_ip_version:
  %".2556" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2556", align 1
  %".2558" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.29" = load volatile i32, ptr %".2558", align 4
  %".2559" = and i32 %"flags.29", 4
  %".2560" = icmp ne i32 %".2559", 0
  br i1 %".2560", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels3:
  %"cursor.151" = phi  i64 [%".2547", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.110" = phi  ptr [%"data.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.110" = phi  ptr [%"data_end.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.110" = phi  ptr [%"keys.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %".4461" = add i64 %"cursor.151", 4
  %"hdr.43" = getelementptr i8, ptr %"data.110", i64 %"cursor.151"
  %".4462" = getelementptr i8, ptr %"hdr.43", i64 4
  %".4463" = icmp ugt ptr %".4462", %"data_end.110"
  br i1 %".4463", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".4465" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4466" = load i8, ptr %".4465", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".4466", %"mpls_d0_mpls_labels3.linear"], [%".4485", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.181" = phi  ptr [%"data.110", %"mpls_d0_mpls_labels3.linear"], [%"data.180", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.181" = phi  ptr [%"data_end.110", %"mpls_d0_mpls_labels3.linear"], [%"data_end.180", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.181" = phi  ptr [%"keys.110", %"mpls_d0_mpls_labels3.linear"], [%"keys.180", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".4487" = add i64 %"cursor.151", 4
  %".4488" = zext i8 %"w2_1.3" to i64
  %".4489" = and i64 %".4488", 1
  switch i64 %".4489", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels2.stop_at_encap:
  %".2562" = trunc i64 %".2547" to i16
  %".2563" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2562", ptr %".2563", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2566" = getelementptr i8, ptr %"keys.109", i64 12
  store i32 0, ptr %".2566", align 4
  %".2568" = getelementptr i8, ptr %"keys.109", i64 2
  %".2569" = trunc i64 %".2547" to i16
  store volatile i16 %".2569", ptr %".2568", align 2
  %".2571" = load volatile i16, ptr %".2568", align 2
  %".2572" = zext i16 %".2571" to i64
  %"cursor.152" = and i64 %".2572", 16383
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2580" = trunc i64 %"cursor.42" to i32
  %".2581" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2580", [40 x i8]* %"header_copy", i32 1)
  %".2582" = icmp eq i64 %".2581", 0
  %".2583" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2584" = load i32, ptr %".2583", align 4
  %".2585" = zext i32 %".2584" to i64
  %"data.111" = inttoptr i64 %".2585" to ptr
  %".2586" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2587" = load i32, ptr %".2586", align 4
  %".2588" = zext i32 %".2587" to i64
  %"data_end.111" = inttoptr i64 %".2588" to ptr
  %".2589" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.111" = load ptr, ptr %".2589", align 8
  %".2590" = xor i1 %".2582", -1
  br i1 %".2590", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2592" = trunc i64 %"cursor.42" to i16
  %".2593" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2592", ptr %".2593", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2596" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2597" = load volatile i8, [40 x i8]* %".2596", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2603" = trunc i64 %"cursor.42" to i16
  %".2604" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2603", ptr %".2604", align 2
  br label %"return"
ip_version_d1.to_ipv4:
  %".2607" = getelementptr i8, ptr %"keys.112", i64 2
  %".2608" = trunc i64 %"cursor.42" to i16
  store volatile i16 %".2608", ptr %".2607", align 2
  %".2610" = load volatile i16, ptr %".2607", align 2
  %".2611" = zext i16 %".2610" to i64
  %"cursor.153" = and i64 %".2611", 16383
  br label %"ipv4_d1"
ip_version_d1.to_ipv6:
  %".2613" = getelementptr i8, ptr %"keys.112", i64 2
  %".2614" = trunc i64 %"cursor.42" to i16
  store volatile i16 %".2614", ptr %".2613", align 2
  %".2616" = load volatile i16, ptr %".2613", align 2
  %".2617" = zext i16 %".2616" to i64
  %"cursor.154" = and i64 %".2617", 16383
  br label %"ipv6_d1"
mpls_d1_mpls_labels1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2631" = trunc i64 %"cursor.62" to i32
  %".2632" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2631", [40 x i8]* %"header_copy", i32 4)
  %".2633" = icmp eq i64 %".2632", 0
  %".2634" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2635" = load i32, ptr %".2634", align 4
  %".2636" = zext i32 %".2635" to i64
  %"data.113" = inttoptr i64 %".2636" to ptr
  %".2637" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2638" = load i32, ptr %".2637", align 4
  %".2639" = zext i32 %".2638" to i64
  %"data_end.113" = inttoptr i64 %".2639" to ptr
  %".2640" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.113" = load ptr, ptr %".2640", align 8
  %".2641" = xor i1 %".2633", -1
  br i1 %".2641", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2643" = trunc i64 %".2624" to i16
  %".2644" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2643", ptr %".2644", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2647" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2648" = load volatile i8, [40 x i8]* %".2647", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2654" = trunc i64 %".2650" to i16
  %".2655" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2654", ptr %".2655", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_mpls:
  %".2658" = getelementptr i8, ptr %"keys.114", i64 2
  %".2659" = trunc i64 %".2650" to i16
  store volatile i16 %".2659", ptr %".2658", align 2
  %".2661" = load volatile i16, ptr %".2658", align 2
  %".2662" = zext i16 %".2661" to i64
  %"cursor.156" = and i64 %".2662", 16383
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels1.to_ip_version:
  %".2664" = getelementptr i8, ptr %"keys.114", i64 8
  store i8 1, ptr %".2664", align 1
  %".2666" = getelementptr i8, ptr %"keys.114", i64 48
  %"flags.30" = load volatile i32, ptr %".2666", align 4
  %".2667" = and i32 %"flags.30", 4
  %".2668" = icmp ne i32 %".2667", 0
  br i1 %".2668", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels2:
  %"cursor.155" = phi  i64 [%"cursor.156", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.115" = phi  ptr [%"data.114", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.115" = phi  ptr [%"data_end.114", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.115" = phi  ptr [%"keys.114", %"mpls_d1_mpls_labels1.to_mpls"]
  %".4514" = add i64 %"cursor.155", 4
  %"hdr.44" = getelementptr i8, ptr %"data.115", i64 %"cursor.155"
  %".4515" = getelementptr i8, ptr %"hdr.44", i64 4
  %".4516" = icmp ugt ptr %".4515", %"data_end.115"
  br i1 %".4516", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".4518" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4519" = load i8, ptr %".4518", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".4519", %"mpls_d1_mpls_labels2.linear"], [%".4538", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.184" = phi  ptr [%"data.115", %"mpls_d1_mpls_labels2.linear"], [%"data.183", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.184" = phi  ptr [%"data_end.115", %"mpls_d1_mpls_labels2.linear"], [%"data_end.183", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.184" = phi  ptr [%"keys.115", %"mpls_d1_mpls_labels2.linear"], [%"keys.183", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4540" = add i64 %"cursor.155", 4
  %".4541" = zext i8 %"w2_1.4" to i64
  %".4542" = and i64 %".4541", 1
  switch i64 %".4542", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels1.stop_at_encap:
  %".2670" = trunc i64 %".2650" to i16
  %".2671" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2670", ptr %".2671", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2674" = getelementptr i8, ptr %"keys.114", i64 12
  store i32 0, ptr %".2674", align 4
  %".2676" = trunc i64 %".2650" to i16
  %".2677" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2676", ptr %".2677", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2690" = trunc i64 %"cursor.65" to i32
  %".2691" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2690", [40 x i8]* %"header_copy", i32 8)
  %".2692" = icmp eq i64 %".2691", 0
  %".2693" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2694" = load i32, ptr %".2693", align 4
  %".2695" = zext i32 %".2694" to i64
  %"data.116" = inttoptr i64 %".2695" to ptr
  %".2696" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2697" = load i32, ptr %".2696", align 4
  %".2698" = zext i32 %".2697" to i64
  %"data_end.116" = inttoptr i64 %".2698" to ptr
  %".2699" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.116" = load ptr, ptr %".2699", align 8
  %".2700" = xor i1 %".2692", -1
  br i1 %".2700", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2702" = trunc i64 %"cursor.65" to i16
  %".2703" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2702", ptr %".2703", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2706" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2707" = load volatile i8, [40 x i8]* %".2706", align 1
  %".2708" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2709" = load volatile i8, [40 x i8]* %".2708", align 1
  %".2710" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2711" = load volatile i16, [40 x i8]* %".2710", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2726" = trunc i64 %"cursor.65" to i16
  %".2727" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2726", ptr %".2727", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2730" = add i64 %"cursor.65", 8
  %".2731" = trunc i64 %".2730" to i16
  %".2732" = getelementptr i8, ptr %"keys.117", i64 0
  store i16 %".2731", ptr %".2732", align 2
  %".2734" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2735" = zext i16 %".2734" to i64
  switch i64 %".2735", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]
pppoe_d1.unknown:
  %".2737" = and i64 %".2735", 257
  %".2738" = icmp eq i64 %".2737", 1
  br i1 %".2738", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2744" = getelementptr i8, ptr %"keys.117", i64 2
  %".2745" = trunc i64 %".2730" to i16
  store volatile i16 %".2745", ptr %".2744", align 2
  %".2747" = load volatile i16, ptr %".2744", align 2
  %".2748" = zext i16 %".2747" to i64
  %"cursor.157" = and i64 %".2748", 16383
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2750" = getelementptr i8, ptr %"keys.117", i64 2
  %".2751" = trunc i64 %".2730" to i16
  store volatile i16 %".2751", ptr %".2750", align 2
  %".2753" = load volatile i16, ptr %".2750", align 2
  %".2754" = zext i16 %".2753" to i64
  %"cursor.158" = and i64 %".2754", 16383
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2756" = trunc i64 34887 to i16
  %".2757" = call i16 @"llvm.bswap.i16"(i16 %".2756")
  %".2758" = getelementptr i8, ptr %"keys.117", i64 10
  store i16 %".2757", ptr %".2758", align 2
  %".2760" = getelementptr i8, ptr %"keys.117", i64 2
  %".2761" = trunc i64 %".2730" to i16
  store volatile i16 %".2761", ptr %".2760", align 2
  %".2763" = load volatile i16, ptr %".2760", align 2
  %".2764" = zext i16 %".2763" to i64
  %"cursor.159" = and i64 %".2764", 16383
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2766" = trunc i64 34888 to i16
  %".2767" = call i16 @"llvm.bswap.i16"(i16 %".2766")
  %".2768" = getelementptr i8, ptr %"keys.117", i64 10
  store i16 %".2767", ptr %".2768", align 2
  %".2770" = getelementptr i8, ptr %"keys.117", i64 2
  %".2771" = trunc i64 %".2730" to i16
  store volatile i16 %".2771", ptr %".2770", align 2
  %".2773" = load volatile i16, ptr %".2770", align 2
  %".2774" = zext i16 %".2773" to i64
  %"cursor.160" = and i64 %".2774", 16383
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2740" = trunc i64 %".2730" to i16
  %".2741" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2740", ptr %".2741", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2783" = trunc i64 %"cursor.73" to i32
  %".2784" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2783", [40 x i8]* %"header_copy", i32 20)
  %".2785" = icmp eq i64 %".2784", 0
  %".2786" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2787" = load i32, ptr %".2786", align 4
  %".2788" = zext i32 %".2787" to i64
  %"data.118" = inttoptr i64 %".2788" to ptr
  %".2789" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2790" = load i32, ptr %".2789", align 4
  %".2791" = zext i32 %".2790" to i64
  %"data_end.118" = inttoptr i64 %".2791" to ptr
  %".2792" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.118" = load ptr, ptr %".2792", align 8
  %".2793" = xor i1 %".2785", -1
  br i1 %".2793", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2795" = trunc i64 %"cursor.73" to i16
  %".2796" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2795", ptr %".2796", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2799" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2800" = load volatile i8, [40 x i8]* %".2799", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2808" = trunc i64 %"cursor.73" to i16
  %".2809" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2808", ptr %".2809", align 2
  br label %"return"
tcp_header.require.endif:
  %".2812" = add i64 %"cursor.73", 20
  %".2813" = zext i8 %"w12_1" to i64
  %".2814" = lshr i64 %".2813", 4
  %".2815" = and i64 %".2814", 15
  %".2816" = mul i64 %".2815", 4
  %".2817" = sub i64 %".2816", 20
  %".2818" = add i64 %".2817", 20
  %".2819" = getelementptr i8, ptr %"data.119", i64 %"cursor.73"
  %".2820" = getelementptr i8, ptr %".2819", i64 %".2818"
  %".2821" = icmp ugt ptr %".2820", %"data_end.119"
  br i1 %".2821", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.121" = phi  ptr [%"data.119", %"tcp_header.require.endif"], [%"data.120", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.121" = phi  ptr [%"data_end.119", %"tcp_header.require.endif"], [%"data_end.120", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.121" = phi  ptr [%"keys.119", %"tcp_header.require.endif"], [%"keys.120", %"tcp_header.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.73", %".2818"
  %".2842" = trunc i64 %"cursor.73" to i16
  %".2843" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2842", ptr %".2843", align 2
  br label %"return"
tcp_header.copy_last_byte:
  %".2823" = add i64 %"cursor.73", %".2818"
  %".2824" = sub i64 %".2823", 1
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2825" = trunc i64 %".2824" to i32
  %".2826" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2825", i64* %"last_byte", i32 1)
  %".2827" = icmp eq i64 %".2826", 0
  %".2828" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2829" = load i32, ptr %".2828", align 4
  %".2830" = zext i32 %".2829" to i64
  %"data.120" = inttoptr i64 %".2830" to ptr
  %".2831" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2832" = load i32, ptr %".2831", align 4
  %".2833" = zext i32 %".2832" to i64
  %"data_end.120" = inttoptr i64 %".2833" to ptr
  %".2834" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.120" = load ptr, ptr %".2834", align 8
  %".2835" = xor i1 %".2827", -1
  br i1 %".2835", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2837" = trunc i64 %"cursor.73" to i16
  %".2838" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2837", ptr %".2838", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2850" = trunc i64 %"cursor.74" to i32
  %".2851" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2850", [40 x i8]* %"header_copy", i32 8)
  %".2852" = icmp eq i64 %".2851", 0
  %".2853" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2854" = load i32, ptr %".2853", align 4
  %".2855" = zext i32 %".2854" to i64
  %"data.122" = inttoptr i64 %".2855" to ptr
  %".2856" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2857" = load i32, ptr %".2856", align 4
  %".2858" = zext i32 %".2857" to i64
  %"data_end.122" = inttoptr i64 %".2858" to ptr
  %".2859" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.122" = load ptr, ptr %".2859", align 8
  %".2860" = xor i1 %".2852", -1
  br i1 %".2860", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2862" = trunc i64 %"cursor.74" to i16
  %".2863" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2862", ptr %".2863", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2874" = trunc i64 %".2867" to i16
  %".2875" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2874", ptr %".2875", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2878" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2878", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.unknown:
  %".2881" = trunc i64 %".2867" to i16
  %".2882" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2881", ptr %".2882", align 2
  br label %"return"
vxlan_d0.to_ethernet:
  %".2885" = getelementptr i8, ptr %"keys.123", i64 2
  %".2886" = trunc i64 %".2867" to i16
  store volatile i16 %".2886", ptr %".2885", align 2
  %".2888" = load volatile i16, ptr %".2885", align 2
  %".2889" = zext i16 %".2888" to i64
  %"cursor.162" = and i64 %".2889", 16383
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.161" = phi  i64 [%"cursor.162", %"vxlan_d0.to_ethernet"], [%"cursor.163", %"geneve_d0.to_ethernet"], [%"cursor.193", %"gre_d0.to_ethernet"]
  %"data.124" = phi  ptr [%"data.123", %"vxlan_d0.to_ethernet"], [%"data.128", %"geneve_d0.to_ethernet"], [%"data.142", %"gre_d0.to_ethernet"]
  %"data_end.124" = phi  ptr [%"data_end.123", %"vxlan_d0.to_ethernet"], [%"data_end.128", %"geneve_d0.to_ethernet"], [%"data_end.142", %"gre_d0.to_ethernet"]
  %"keys.124" = phi  ptr [%"keys.123", %"vxlan_d0.to_ethernet"], [%"keys.128", %"geneve_d0.to_ethernet"], [%"keys.142", %"gre_d0.to_ethernet"]
  %"hdr.45" = getelementptr i8, ptr %"data.124", i64 %"cursor.161"
  %".4570" = getelementptr i8, ptr %"hdr.45", i64 14
  %".4571" = icmp ugt ptr %".4570", %"data_end.124"
  br i1 %".4571", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4573" = getelementptr i8, ptr %"hdr.45", i64 12
  %".4574" = load i16, ptr %".4573", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4574", %"ethernet_d1.linear"], [%".4593", %"ethernet_d1.copy_failed.endif"]
  %"data.187" = phi  ptr [%"data.124", %"ethernet_d1.linear"], [%"data.186", %"ethernet_d1.copy_failed.endif"]
  %"data_end.187" = phi  ptr [%"data_end.124", %"ethernet_d1.linear"], [%"data_end.186", %"ethernet_d1.copy_failed.endif"]
  %"keys.187" = phi  ptr [%"keys.124", %"ethernet_d1.linear"], [%"keys.186", %"ethernet_d1.copy_failed.endif"]
  %".4595" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4596" = zext i16 %".4595" to i64
  %".4597" = trunc i64 %".4596" to i16
  %".4598" = call i16 @"llvm.bswap.i16"(i16 %".4597")
  %".4599" = getelementptr i8, ptr %"keys.187", i64 10
  store i16 %".4598", ptr %".4599", align 2
  %".4601" = add i64 %"cursor.161", 14
  %".4602" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4603" = zext i16 %".4602" to i64
  switch i64 %".4603", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]
geneve_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2899" = trunc i64 %"cursor.75" to i32
  %".2900" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2899", [40 x i8]* %"header_copy", i32 8)
  %".2901" = icmp eq i64 %".2900", 0
  %".2902" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2903" = load i32, ptr %".2902", align 4
  %".2904" = zext i32 %".2903" to i64
  %"data.125" = inttoptr i64 %".2904" to ptr
  %".2905" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2906" = load i32, ptr %".2905", align 4
  %".2907" = zext i32 %".2906" to i64
  %"data_end.125" = inttoptr i64 %".2907" to ptr
  %".2908" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.125" = load ptr, ptr %".2908", align 8
  %".2909" = xor i1 %".2901", -1
  br i1 %".2909", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2911" = trunc i64 %"cursor.75" to i16
  %".2912" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2911", ptr %".2912", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2915" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2916" = load volatile i8, [40 x i8]* %".2915", align 1
  %".2917" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2918" = load volatile i16, [40 x i8]* %".2917", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2925" = trunc i64 %"cursor.75" to i16
  %".2926" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2925", ptr %".2926", align 2
  br label %"return"
geneve_d0.stop_before.endif:
  %".2929" = add i64 %"cursor.75", 8
  %".2930" = zext i8 %"w0_1.9" to i64
  %".2931" = and i64 %".2930", 63
  %".2932" = mul i64 %".2931", 4
  %".2933" = add i64 %".2932", 8
  %".2934" = getelementptr i8, ptr %"data.126", i64 %"cursor.75"
  %".2935" = getelementptr i8, ptr %".2934", i64 %".2933"
  %".2936" = icmp ugt ptr %".2935", %"data_end.126"
  br i1 %".2936", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.128" = phi  ptr [%"data.126", %"geneve_d0.stop_before.endif"], [%"data.127", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.126", %"geneve_d0.stop_before.endif"], [%"data_end.127", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.126", %"geneve_d0.stop_before.endif"], [%"keys.127", %"geneve_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.75", %".2933"
  %".2957" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".2957", align 1
  %".2959" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.32" = load volatile i32, ptr %".2959", align 4
  %".2960" = and i32 %"flags.32", 4
  %".2961" = icmp ne i32 %".2960", 0
  br i1 %".2961", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
geneve_d0.copy_last_byte:
  %".2938" = add i64 %"cursor.75", %".2933"
  %".2939" = sub i64 %".2938", 1
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2940" = trunc i64 %".2939" to i32
  %".2941" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2940", i64* %"last_byte", i32 1)
  %".2942" = icmp eq i64 %".2941", 0
  %".2943" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2944" = load i32, ptr %".2943", align 4
  %".2945" = zext i32 %".2944" to i64
  %"data.127" = inttoptr i64 %".2945" to ptr
  %".2946" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2947" = load i32, ptr %".2946", align 4
  %".2948" = zext i32 %".2947" to i64
  %"data_end.127" = inttoptr i64 %".2948" to ptr
  %".2949" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.127" = load ptr, ptr %".2949", align 8
  %".2950" = xor i1 %".2942", -1
  br i1 %".2950", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2952" = trunc i64 %"cursor.75" to i16
  %".2953" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2952", ptr %".2953", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2963" = trunc i64 %"end.6" to i16
  %".2964" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2963", ptr %".2964", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2967" = getelementptr i8, ptr %"keys.128", i64 12
  store i32 0, ptr %".2967", align 4
  %".2969" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2970" = zext i16 %".2969" to i64
  switch i64 %".2970", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]
geneve_d0.unknown:
  %".2972" = trunc i64 %"end.6" to i16
  %".2973" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2972", ptr %".2973", align 2
  br label %"return"
geneve_d0.to_ethernet:
  %".2976" = getelementptr i8, ptr %"keys.128", i64 2
  %".2977" = trunc i64 %"end.6" to i16
  store volatile i16 %".2977", ptr %".2976", align 2
  %".2979" = load volatile i16, ptr %".2976", align 2
  %".2980" = zext i16 %".2979" to i64
  %"cursor.163" = and i64 %".2980", 16383
  br label %"ethernet_d1"
geneve_d0.to_ipv4:
  %".2982" = getelementptr i8, ptr %"keys.128", i64 2
  %".2983" = trunc i64 %"end.6" to i16
  store volatile i16 %".2983", ptr %".2982", align 2
  %".2985" = load volatile i16, ptr %".2982", align 2
  %".2986" = zext i16 %".2985" to i64
  %"cursor.164" = and i64 %".2986", 16383
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  %".2988" = getelementptr i8, ptr %"keys.128", i64 2
  %".2989" = trunc i64 %"end.6" to i16
  store volatile i16 %".2989", ptr %".2988", align 2
  %".2991" = load volatile i16, ptr %".2988", align 2
  %".2992" = zext i16 %".2991" to i64
  %"cursor.165" = and i64 %".2992", 16383
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3002" = trunc i64 %"cursor.76" to i32
  %".3003" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3002", [40 x i8]* %"header_copy", i32 4)
  %".3004" = icmp eq i64 %".3003", 0
  %".3005" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3006" = load i32, ptr %".3005", align 4
  %".3007" = zext i32 %".3006" to i64
  %"data.129" = inttoptr i64 %".3007" to ptr
  %".3008" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3009" = load i32, ptr %".3008", align 4
  %".3010" = zext i32 %".3009" to i64
  %"data_end.129" = inttoptr i64 %".3010" to ptr
  %".3011" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.129" = load ptr, ptr %".3011", align 8
  %".3012" = xor i1 %".3004", -1
  br i1 %".3012", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".3014" = trunc i64 %"cursor.76" to i16
  %".3015" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3014", ptr %".3015", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".3018" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3019" = load volatile i8, [40 x i8]* %".3018", align 1
  %".3020" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3021" = load volatile i8, [40 x i8]* %".3020", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".3033" = trunc i64 %"cursor.76" to i16
  %".3034" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".3033", ptr %".3034", align 2
  br label %"return"
gue_d0.stop_before.endif:
  %".3037" = add i64 %"cursor.76", 4
  %".3038" = zext i8 %"w0_1.10" to i64
  %".3039" = and i64 %".3038", 31
  %".3040" = mul i64 %".3039", 4
  %".3041" = add i64 %".3040", 4
  %".3042" = getelementptr i8, ptr %"data.130", i64 %"cursor.76"
  %".3043" = getelementptr i8, ptr %".3042", i64 %".3041"
  %".3044" = icmp ugt ptr %".3043", %"data_end.130"
  br i1 %".3044", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.132" = phi  ptr [%"data.130", %"gue_d0.stop_before.endif"], [%"data.131", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.130", %"gue_d0.stop_before.endif"], [%"data_end.131", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.130", %"gue_d0.stop_before.endif"], [%"keys.131", %"gue_d0.copy_last_byte_failed.endif"]
  %"end.7" = add i64 %"cursor.76", %".3041"
  %".3065" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3065", align 1
  %".3067" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.33" = load volatile i32, ptr %".3067", align 4
  %".3068" = and i32 %"flags.33", 4
  %".3069" = icmp ne i32 %".3068", 0
  br i1 %".3069", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gue_d0.copy_last_byte:
  %".3046" = add i64 %"cursor.76", %".3041"
  %".3047" = sub i64 %".3046", 1
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3048" = trunc i64 %".3047" to i32
  %".3049" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3048", i64* %"last_byte", i32 1)
  %".3050" = icmp eq i64 %".3049", 0
  %".3051" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3052" = load i32, ptr %".3051", align 4
  %".3053" = zext i32 %".3052" to i64
  %"data.131" = inttoptr i64 %".3053" to ptr
  %".3054" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3055" = load i32, ptr %".3054", align 4
  %".3056" = zext i32 %".3055" to i64
  %"data_end.131" = inttoptr i64 %".3056" to ptr
  %".3057" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.131" = load ptr, ptr %".3057", align 8
  %".3058" = xor i1 %".3050", -1
  br i1 %".3058", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".3060" = trunc i64 %"cursor.76" to i16
  %".3061" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3060", ptr %".3061", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".3071" = trunc i64 %"end.7" to i16
  %".3072" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3071", ptr %".3072", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".3075" = getelementptr i8, ptr %"keys.132", i64 12
  store i32 0, ptr %".3075", align 4
  %".3077" = zext i8 %"w1_1.5" to i64
  switch i64 %".3077", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.unknown:
  %".3079" = trunc i64 %"end.7" to i16
  %".3080" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3079", ptr %".3080", align 2
  br label %"return"
gue_d0.to_ipv4:
  %".3083" = getelementptr i8, ptr %"keys.132", i64 2
  %".3084" = trunc i64 %"end.7" to i16
  store volatile i16 %".3084", ptr %".3083", align 2
  %".3086" = load volatile i16, ptr %".3083", align 2
  %".3087" = zext i16 %".3086" to i64
  %"cursor.166" = and i64 %".3087", 16383
  br label %"ipv4_d1"
gue_d0.to_ipv6:
  %".3089" = getelementptr i8, ptr %"keys.132", i64 2
  %".3090" = trunc i64 %"end.7" to i16
  store volatile i16 %".3090", ptr %".3089", align 2
  %".3092" = load volatile i16, ptr %".3089", align 2
  %".3093" = zext i16 %".3092" to i64
  %"cursor.167" = and i64 %".3093", 16383
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3103" = trunc i64 %"cursor.77" to i32
  %".3104" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3103", [40 x i8]* %"header_copy", i32 8)
  %".3105" = icmp eq i64 %".3104", 0
  %".3106" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3107" = load i32, ptr %".3106", align 4
  %".3108" = zext i32 %".3107" to i64
  %"data.133" = inttoptr i64 %".3108" to ptr
  %".3109" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3110" = load i32, ptr %".3109", align 4
  %".3111" = zext i32 %".3110" to i64
  %"data_end.133" = inttoptr i64 %".3111" to ptr
  %".3112" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.133" = load ptr, ptr %".3112", align 8
  %".3113" = xor i1 %".3105", -1
  br i1 %".3113", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".3115" = trunc i64 %"cursor.77" to i16
  %".3116" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3115", ptr %".3116", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".3119" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3120" = load volatile i8, [40 x i8]* %".3119", align 1
  %".3121" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3122" = load volatile i8, [40 x i8]* %".3121", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3137" = trunc i64 %"cursor.77" to i16
  %".3138" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3137", ptr %".3138", align 2
  br label %"return"
gtpu_d0.stop_before.endif:
  %".3141" = add i64 %"cursor.77", 8
  %".3142" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".3142", align 1
  %".3144" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.34" = load volatile i32, ptr %".3144", align 4
  %".3145" = and i32 %"flags.34", 4
  %".3146" = icmp ne i32 %".3145", 0
  br i1 %".3146", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
gtpu_d0.stop_at_encap:
  %".3148" = trunc i64 %".3141" to i16
  %".3149" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3148", ptr %".3149", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".3152" = getelementptr i8, ptr %"keys.134", i64 12
  store i32 0, ptr %".3152", align 4
  %".3154" = zext i8 %"w0_1.11" to i64
  %".3155" = lshr i64 %".3154", 2
  %".3156" = and i64 %".3155", 1
  %".3157" = mul i64 %".3156", 4
  %".3158" = zext i8 %"w0_1.11" to i64
  %".3159" = lshr i64 %".3158", 1
  %".3160" = and i64 %".3159", 1
  %".3161" = mul i64 %".3160", 2
  %".3162" = add i64 %".3157", %".3161"
  %".3163" = zext i8 %"w0_1.11" to i64
  %".3164" = and i64 %".3163", 1
  %".3165" = add i64 %".3162", %".3164"
  %".3166" = icmp uge i64 %".3165", 1
  %".3167" = icmp ule i64 %".3165", 3
  %".3168" = and i1 %".3166", %".3167"
  br i1 %".3168", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".3175" = trunc i64 %".3141" to i16
  %".3176" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3175", ptr %".3176", align 2
  br label %"return"
gtpu_d0.to_ip_version:
  %".3179" = getelementptr i8, ptr %"keys.134", i64 2
  %".3180" = trunc i64 %".3141" to i16
  store volatile i16 %".3180", ptr %".3179", align 2
  %".3182" = load volatile i16, ptr %".3179", align 2
  %".3183" = zext i16 %".3182" to i64
  %"cursor.168" = and i64 %".3183", 16383
  br label %"ip_version_d1"
gtpu_d0.to_gtpu_opt:
  %".3185" = getelementptr i8, ptr %"keys.134", i64 2
  %".3186" = trunc i64 %".3141" to i16
  store volatile i16 %".3186", ptr %".3185", align 2
  %".3188" = load volatile i16, ptr %".3185", align 2
  %".3189" = zext i16 %".3188" to i64
  %"cursor.170" = and i64 %".3189", 16383
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  %".3191" = getelementptr i8, ptr %"keys.134", i64 2
  %".3192" = trunc i64 %".3141" to i16
  store volatile i16 %".3192", ptr %".3191", align 2
  %".3194" = load volatile i16, ptr %".3191", align 2
  %".3195" = zext i16 %".3194" to i64
  %"cursor.172" = and i64 %".3195", 16383
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3170" = icmp uge i64 %".3165", 4
  %".3171" = icmp ule i64 %".3165", 7
  %".3172" = and i1 %".3170", %".3171"
  br i1 %".3172", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".3165", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_opt_d1:
  %"cursor.169" = phi  i64 [%"cursor.170", %"gtpu_d0.to_gtpu_opt"]
  %"data.135" = phi  ptr [%"data.134", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.135" = phi  ptr [%"data_end.134", %"gtpu_d0.to_gtpu_opt"]
  %"keys.135" = phi  ptr [%"keys.134", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.46" = getelementptr i8, ptr %"data.135", i64 %"cursor.169"
  %".4705" = getelementptr i8, ptr %"hdr.46", i64 4
  %".4706" = icmp ugt ptr %".4705", %"data_end.135"
  br i1 %".4706", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.189" = phi  ptr [%"data.135", %"gtpu_opt_d1.linear"], [%"data.188", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.135", %"gtpu_opt_d1.linear"], [%"data_end.188", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.135", %"gtpu_opt_d1.linear"], [%"keys.188", %"gtpu_opt_d1.copy_failed.endif"]
  %".4726" = add i64 %"cursor.169", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_seq_d1:
  %"cursor.171" = phi  i64 [%"cursor.172", %"gtpu_d0.to_gtpu_seq"]
  %"data.136" = phi  ptr [%"data.134", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.136" = phi  ptr [%"data_end.134", %"gtpu_d0.to_gtpu_seq"]
  %"keys.136" = phi  ptr [%"keys.134", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.47" = getelementptr i8, ptr %"data.136", i64 %"cursor.171"
  %".4738" = getelementptr i8, ptr %"hdr.47", i64 3
  %".4739" = icmp ugt ptr %".4738", %"data_end.136"
  br i1 %".4739", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.191" = phi  ptr [%"data.136", %"gtpu_seq_d1.linear"], [%"data.190", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.191" = phi  ptr [%"data_end.136", %"gtpu_seq_d1.linear"], [%"data_end.190", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.191" = phi  ptr [%"keys.136", %"gtpu_seq_d1.linear"], [%"keys.190", %"gtpu_seq_d1.copy_failed.endif"]
  %".4759" = add i64 %"cursor.171", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
shim_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3203" = trunc i64 %"cursor.78" to i32
  %".3204" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3203", [40 x i8]* %"header_copy", i32 8)
  %".3205" = icmp eq i64 %".3204", 0
  %".3206" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3207" = load i32, ptr %".3206", align 4
  %".3208" = zext i32 %".3207" to i64
  %"data.137" = inttoptr i64 %".3208" to ptr
  %".3209" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3210" = load i32, ptr %".3209", align 4
  %".3211" = zext i32 %".3210" to i64
  %"data_end.137" = inttoptr i64 %".3211" to ptr
  %".3212" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.137" = load ptr, ptr %".3212", align 8
  %".3213" = xor i1 %".3205", -1
  br i1 %".3213", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3215" = trunc i64 %"cursor.78" to i16
  %".3216" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3215", ptr %".3216", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3219" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3220" = load volatile i16, [40 x i8]* %".3219", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3229" = trunc i64 %".3222" to i16
  %".3230" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3229", ptr %".3230", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".3233" = getelementptr i8, ptr %"keys.138", i64 12
  store i32 0, ptr %".3233", align 4
  %".3235" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3236" = zext i16 %".3235" to i64
  switch i64 %".3236", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.unknown:
  %".3238" = trunc i64 %".3222" to i16
  %".3239" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3238", ptr %".3239", align 2
  br label %"return"
shim_d0.to_ipv4:
  %".3242" = getelementptr i8, ptr %"keys.138", i64 2
  %".3243" = trunc i64 %".3222" to i16
  store volatile i16 %".3243", ptr %".3242", align 2
  %".3245" = load volatile i16, ptr %".3242", align 2
  %".3246" = zext i16 %".3245" to i64
  %"cursor.173" = and i64 %".3246", 16383
  br label %"ipv4_d1"
gre_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3258" = trunc i64 %"cursor.79" to i32
  %".3259" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3258", [40 x i8]* %"header_copy", i32 4)
  %".3260" = icmp eq i64 %".3259", 0
  %".3261" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3262" = load i32, ptr %".3261", align 4
  %".3263" = zext i32 %".3262" to i64
  %"data.139" = inttoptr i64 %".3263" to ptr
  %".3264" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3265" = load i32, ptr %".3264", align 4
  %".3266" = zext i32 %".3265" to i64
  %"data_end.139" = inttoptr i64 %".3266" to ptr
  %".3267" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.139" = load ptr, ptr %".3267", align 8
  %".3268" = xor i1 %".3260", -1
  br i1 %".3268", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".3270" = trunc i64 %"cursor.79" to i16
  %".3271" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3270", ptr %".3271", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".3274" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3275" = load volatile i8, [40 x i8]* %".3274", align 1
  %".3276" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3277" = load volatile i8, [40 x i8]* %".3276", align 1
  %".3278" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3279" = load volatile i16, [40 x i8]* %".3278", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".3290" = trunc i64 %"cursor.79" to i16
  %".3291" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3290", ptr %".3291", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".3294" = add i64 %"cursor.79", 4
  %".3295" = zext i8 %"w0_1.12" to i64
  %".3296" = lshr i64 %".3295", 7
  %".3297" = and i64 %".3296", 1
  %".3298" = zext i8 %"w0_1.12" to i64
  %".3299" = lshr i64 %".3298", 5
  %".3300" = and i64 %".3299", 1
  %".3301" = add i64 %".3297", %".3300"
  %".3302" = zext i8 %"w0_1.12" to i64
  %".3303" = lshr i64 %".3302", 4
  %".3304" = and i64 %".3303", 1
  %".3305" = add i64 %".3301", %".3304"
  %".3306" = mul i64 %".3305", 4
  %".3307" = add i64 %".3306", 4
  %".3308" = getelementptr i8, ptr %"data.140", i64 %"cursor.79"
  %".3309" = getelementptr i8, ptr %".3308", i64 %".3307"
  %".3310" = icmp ugt ptr %".3309", %"data_end.140"
  br i1 %".3310", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.142" = phi  ptr [%"data.140", %"gre_d0.stop_before.endif"], [%"data.141", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.140", %"gre_d0.stop_before.endif"], [%"data_end.141", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.140", %"gre_d0.stop_before.endif"], [%"keys.141", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.8" = add i64 %"cursor.79", %".3307"
  %".3331" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".3331", align 1
  %".3333" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.36" = load volatile i32, ptr %".3333", align 4
  %".3334" = and i32 %"flags.36", 4
  %".3335" = icmp ne i32 %".3334", 0
  br i1 %".3335", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".3312" = add i64 %"cursor.79", %".3307"
  %".3313" = sub i64 %".3312", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3314" = trunc i64 %".3313" to i32
  %".3315" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3314", i64* %"last_byte", i32 1)
  %".3316" = icmp eq i64 %".3315", 0
  %".3317" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3318" = load i32, ptr %".3317", align 4
  %".3319" = zext i32 %".3318" to i64
  %"data.141" = inttoptr i64 %".3319" to ptr
  %".3320" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3321" = load i32, ptr %".3320", align 4
  %".3322" = zext i32 %".3321" to i64
  %"data_end.141" = inttoptr i64 %".3322" to ptr
  %".3323" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.141" = load ptr, ptr %".3323", align 8
  %".3324" = xor i1 %".3316", -1
  br i1 %".3324", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3326" = trunc i64 %"cursor.79" to i16
  %".3327" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3326", ptr %".3327", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3337" = trunc i64 %"end.8" to i16
  %".3338" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3337", ptr %".3338", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3341" = getelementptr i8, ptr %"keys.142", i64 12
  store i32 0, ptr %".3341", align 4
  %".3343" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3344" = zext i16 %".3343" to i64
  %".3345" = trunc i64 %".3344" to i16
  %".3346" = call i16 @"llvm.bswap.i16"(i16 %".3345")
  %".3347" = getelementptr i8, ptr %"keys.142", i64 10
  store i16 %".3346", ptr %".3347", align 2
  %".3349" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3350" = zext i16 %".3349" to i64
  switch i64 %".3350", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]
gre_d0.unknown:
  %".3352" = trunc i64 %"end.8" to i16
  %".3353" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3352", ptr %".3353", align 2
  br label %"return"
gre_d0.to_ipv4:
  %".3356" = getelementptr i8, ptr %"keys.142", i64 2
  %".3357" = trunc i64 %"end.8" to i16
  store volatile i16 %".3357", ptr %".3356", align 2
  %".3359" = load volatile i16, ptr %".3356", align 2
  %".3360" = zext i16 %".3359" to i64
  %"cursor.174" = and i64 %".3360", 16383
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  %".3362" = getelementptr i8, ptr %"keys.142", i64 2
  %".3363" = trunc i64 %"end.8" to i16
  store volatile i16 %".3363", ptr %".3362", align 2
  %".3365" = load volatile i16, ptr %".3362", align 2
  %".3366" = zext i16 %".3365" to i64
  %"cursor.175" = and i64 %".3366", 16383
  br label %"ipv6_d1"
gre_d0.to_vlan:
  %".3368" = getelementptr i8, ptr %"keys.142", i64 2
  %".3369" = trunc i64 %"end.8" to i16
  store volatile i16 %".3369", ptr %".3368", align 2
  %".3371" = load volatile i16, ptr %".3368", align 2
  %".3372" = zext i16 %".3371" to i64
  %"cursor.177" = and i64 %".3372", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_vlan.1:
  %".3374" = getelementptr i8, ptr %"keys.142", i64 2
  %".3375" = trunc i64 %"end.8" to i16
  store volatile i16 %".3375", ptr %".3374", align 2
  %".3377" = load volatile i16, ptr %".3374", align 2
  %".3378" = zext i16 %".3377" to i64
  %"cursor.178" = and i64 %".3378", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_mpls:
  %".3380" = getelementptr i8, ptr %"keys.142", i64 2
  %".3381" = trunc i64 %"end.8" to i16
  store volatile i16 %".3381", ptr %".3380", align 2
  %".3383" = load volatile i16, ptr %".3380", align 2
  %".3384" = zext i16 %".3383" to i64
  %"cursor.179" = and i64 %".3384", 16383
  br label %"mpls_d1_mpls_labels1"
gre_d0.to_mpls.1:
  %".3386" = getelementptr i8, ptr %"keys.142", i64 2
  %".3387" = trunc i64 %"end.8" to i16
  store volatile i16 %".3387", ptr %".3386", align 2
  %".3389" = load volatile i16, ptr %".3386", align 2
  %".3390" = zext i16 %".3389" to i64
  %"cursor.180" = and i64 %".3390", 16383
  br label %"mpls_d1_mpls_labels1"
gre_d0.to_pppoe:
  %".3392" = getelementptr i8, ptr %"keys.142", i64 2
  %".3393" = trunc i64 %"end.8" to i16
  store volatile i16 %".3393", ptr %".3392", align 2
  %".3395" = load volatile i16, ptr %".3392", align 2
  %".3396" = zext i16 %".3395" to i64
  %"cursor.181" = and i64 %".3396", 16383
  br label %"pppoe_d1"
gre_d0.to_arp:
  %".3398" = getelementptr i8, ptr %"keys.142", i64 2
  %".3399" = trunc i64 %"end.8" to i16
  store volatile i16 %".3399", ptr %".3398", align 2
  %".3401" = load volatile i16, ptr %".3398", align 2
  %".3402" = zext i16 %".3401" to i64
  %"cursor.182" = and i64 %".3402", 16383
  br label %"arp"
gre_d0.to_arp.1:
  %".3404" = getelementptr i8, ptr %"keys.142", i64 2
  %".3405" = trunc i64 %"end.8" to i16
  store volatile i16 %".3405", ptr %".3404", align 2
  %".3407" = load volatile i16, ptr %".3404", align 2
  %".3408" = zext i16 %".3407" to i64
  %"cursor.183" = and i64 %".3408", 16383
  br label %"arp"
gre_d0.to_ptp:
  %".3410" = getelementptr i8, ptr %"keys.142", i64 2
  %".3411" = trunc i64 %"end.8" to i16
  store volatile i16 %".3411", ptr %".3410", align 2
  %".3413" = load volatile i16, ptr %".3410", align 2
  %".3414" = zext i16 %".3413" to i64
  %"cursor.184" = and i64 %".3414", 16383
  br label %"ptp"
gre_d0.to_cfm:
  %".3416" = getelementptr i8, ptr %"keys.142", i64 2
  %".3417" = trunc i64 %"end.8" to i16
  store volatile i16 %".3417", ptr %".3416", align 2
  %".3419" = load volatile i16, ptr %".3416", align 2
  %".3420" = zext i16 %".3419" to i64
  %"cursor.185" = and i64 %".3420", 16383
  br label %"cfm"
gre_d0.to_tipc:
  %".3422" = getelementptr i8, ptr %"keys.142", i64 2
  %".3423" = trunc i64 %"end.8" to i16
  store volatile i16 %".3423", ptr %".3422", align 2
  %".3425" = load volatile i16, ptr %".3422", align 2
  %".3426" = zext i16 %".3425" to i64
  %"cursor.186" = and i64 %".3426", 16383
  br label %"tipc"
gre_d0.to_fcoe:
  %".3428" = getelementptr i8, ptr %"keys.142", i64 2
  %".3429" = trunc i64 %"end.8" to i16
  store volatile i16 %".3429", ptr %".3428", align 2
  %".3431" = load volatile i16, ptr %".3428", align 2
  %".3432" = zext i16 %".3431" to i64
  %"cursor.187" = and i64 %".3432", 16383
  br label %"fcoe"
gre_d0.to_hsr:
  %".3434" = getelementptr i8, ptr %"keys.142", i64 2
  %".3435" = trunc i64 %"end.8" to i16
  store volatile i16 %".3435", ptr %".3434", align 2
  %".3437" = load volatile i16, ptr %".3434", align 2
  %".3438" = zext i16 %".3437" to i64
  %"cursor.189" = and i64 %".3438", 16383
  br label %"hsr_d1"
gre_d0.to_hsr.1:
  %".3440" = getelementptr i8, ptr %"keys.142", i64 2
  %".3441" = trunc i64 %"end.8" to i16
  store volatile i16 %".3441", ptr %".3440", align 2
  %".3443" = load volatile i16, ptr %".3440", align 2
  %".3444" = zext i16 %".3443" to i64
  %"cursor.190" = and i64 %".3444", 16383
  br label %"hsr_d1"
gre_d0.to_batadv:
  %".3446" = getelementptr i8, ptr %"keys.142", i64 2
  %".3447" = trunc i64 %"end.8" to i16
  store volatile i16 %".3447", ptr %".3446", align 2
  %".3449" = load volatile i16, ptr %".3446", align 2
  %".3450" = zext i16 %".3449" to i64
  %"cursor.192" = and i64 %".3450", 16383
  br label %"batadv_d1"
gre_d0.to_ethernet:
  %".3452" = getelementptr i8, ptr %"keys.142", i64 2
  %".3453" = trunc i64 %"end.8" to i16
  store volatile i16 %".3453", ptr %".3452", align 2
  %".3455" = load volatile i16, ptr %".3452", align 2
  %".3456" = zext i16 %".3455" to i64
  %"cursor.193" = and i64 %".3456", 16383
  br label %"ethernet_d1"
vlan_d1_vlan_tags1:
  %"cursor.176" = phi  i64 [%"cursor.177", %"gre_d0.to_vlan"], [%"cursor.178", %"gre_d0.to_vlan.1"], [%"cursor.275", %"ethernet_d1.to_vlan"], [%"cursor.276", %"ethernet_d1.to_vlan.1"]
  %"data.143" = phi  ptr [%"data.142", %"gre_d0.to_vlan"], [%"data.142", %"gre_d0.to_vlan.1"], [%"data.187", %"ethernet_d1.to_vlan"], [%"data.187", %"ethernet_d1.to_vlan.1"]
  %"data_end.143" = phi  ptr [%"data_end.142", %"gre_d0.to_vlan"], [%"data_end.142", %"gre_d0.to_vlan.1"], [%"data_end.187", %"ethernet_d1.to_vlan"], [%"data_end.187", %"ethernet_d1.to_vlan.1"]
  %"keys.143" = phi  ptr [%"keys.142", %"gre_d0.to_vlan"], [%"keys.142", %"gre_d0.to_vlan.1"], [%"keys.187", %"ethernet_d1.to_vlan"], [%"keys.187", %"ethernet_d1.to_vlan.1"]
  %"hdr.48" = getelementptr i8, ptr %"data.143", i64 %"cursor.176"
  %".4771" = getelementptr i8, ptr %"hdr.48", i64 4
  %".4772" = icmp ugt ptr %".4771", %"data_end.143"
  br i1 %".4772", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".4774" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4775" = load i16, ptr %".4774", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.17" = phi  i16 [%".4775", %"vlan_d1_vlan_tags1.linear"], [%".4794", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.194" = phi  ptr [%"data.143", %"vlan_d1_vlan_tags1.linear"], [%"data.193", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.143", %"vlan_d1_vlan_tags1.linear"], [%"data_end.193", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.143", %"vlan_d1_vlan_tags1.linear"], [%"keys.193", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".4796" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4797" = zext i16 %".4796" to i64
  %".4798" = trunc i64 %".4797" to i16
  %".4799" = call i16 @"llvm.bswap.i16"(i16 %".4798")
  %".4800" = getelementptr i8, ptr %"keys.194", i64 10
  store i16 %".4799", ptr %".4800", align 2
  %".4802" = add i64 %"cursor.176", 4
  %".4803" = trunc i64 %".4802" to i16
  %".4804" = getelementptr i8, ptr %"keys.194", i64 0
  store i16 %".4803", ptr %".4804", align 2
  %".4806" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4807" = zext i16 %".4806" to i64
  switch i64 %".4807", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]
hsr_d1:
  %"cursor.188" = phi  i64 [%"cursor.189", %"gre_d0.to_hsr"], [%"cursor.190", %"gre_d0.to_hsr.1"], [%"cursor.286", %"ethernet_d1.to_hsr"], [%"cursor.287", %"ethernet_d1.to_hsr.1"], [%"cursor.306", %"vlan_d1_vlan_tags1.to_hsr"], [%"cursor.307", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"cursor.396", %"vlan_d1_vlan_tags2.to_hsr"], [%"cursor.397", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"data.144" = phi  ptr [%"data.142", %"gre_d0.to_hsr"], [%"data.142", %"gre_d0.to_hsr.1"], [%"data.187", %"ethernet_d1.to_hsr"], [%"data.187", %"ethernet_d1.to_hsr.1"], [%"data.194", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.194", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.249", %"vlan_d1_vlan_tags2.to_hsr"], [%"data.249", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gre_d0.to_hsr"], [%"data_end.142", %"gre_d0.to_hsr.1"], [%"data_end.187", %"ethernet_d1.to_hsr"], [%"data_end.187", %"ethernet_d1.to_hsr.1"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_hsr"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"keys.144" = phi  ptr [%"keys.142", %"gre_d0.to_hsr"], [%"keys.142", %"gre_d0.to_hsr.1"], [%"keys.187", %"ethernet_d1.to_hsr"], [%"keys.187", %"ethernet_d1.to_hsr.1"], [%"keys.194", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.194", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.249", %"vlan_d1_vlan_tags2.to_hsr"], [%"keys.249", %"vlan_d1_vlan_tags2.to_hsr.1"]
  %"hdr.49" = getelementptr i8, ptr %"data.144", i64 %"cursor.188"
  %".4909" = getelementptr i8, ptr %"hdr.49", i64 6
  %".4910" = icmp ugt ptr %".4909", %"data_end.144"
  br i1 %".4910", label %"hsr_d1.copy", label %"hsr_d1.linear", !prof !0
hsr_d1.linear:
  %".4912" = getelementptr i8, ptr %"hdr.49", i64 4
  %".4913" = load i16, ptr %".4912", align 2
  br label %"hsr_d1.header"
hsr_d1.header:
  %"w4_2.1" = phi  i16 [%".4913", %"hsr_d1.linear"], [%".4932", %"hsr_d1.copy_failed.endif"]
  %"data.197" = phi  ptr [%"data.144", %"hsr_d1.linear"], [%"data.196", %"hsr_d1.copy_failed.endif"]
  %"data_end.197" = phi  ptr [%"data_end.144", %"hsr_d1.linear"], [%"data_end.196", %"hsr_d1.copy_failed.endif"]
  %"keys.197" = phi  ptr [%"keys.144", %"hsr_d1.linear"], [%"keys.196", %"hsr_d1.copy_failed.endif"]
  %".4934" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".4935" = zext i16 %".4934" to i64
  %".4936" = trunc i64 %".4935" to i16
  %".4937" = call i16 @"llvm.bswap.i16"(i16 %".4936")
  %".4938" = getelementptr i8, ptr %"keys.197", i64 10
  store i16 %".4937", ptr %".4938", align 2
  %".4940" = add i64 %"cursor.188", 6
  %".4941" = trunc i64 %".4940" to i16
  %".4942" = getelementptr i8, ptr %"keys.197", i64 0
  store i16 %".4941", ptr %".4942", align 2
  %".4944" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".4945" = zext i16 %".4944" to i64
  switch i64 %".4945", label %"hsr_d1.unknown" [i64 2048, label %"hsr_d1.to_ipv4" i64 34525, label %"hsr_d1.to_ipv6" i64 34887, label %"hsr_d1.to_mpls" i64 34888, label %"hsr_d1.to_mpls.1" i64 34916, label %"hsr_d1.to_pppoe" i64 2054, label %"hsr_d1.to_arp" i64 32821, label %"hsr_d1.to_arp.1" i64 35063, label %"hsr_d1.to_ptp" i64 35074, label %"hsr_d1.to_cfm" i64 35018, label %"hsr_d1.to_tipc" i64 35078, label %"hsr_d1.to_fcoe"]
batadv_d1:
  %"cursor.191" = phi  i64 [%"cursor.192", %"gre_d0.to_batadv"], [%"cursor.288", %"ethernet_d1.to_batadv"], [%"cursor.308", %"vlan_d1_vlan_tags1.to_batadv"], [%"cursor.398", %"vlan_d1_vlan_tags2.to_batadv"]
  %"data.145" = phi  ptr [%"data.142", %"gre_d0.to_batadv"], [%"data.187", %"ethernet_d1.to_batadv"], [%"data.194", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.249", %"vlan_d1_vlan_tags2.to_batadv"]
  %"data_end.145" = phi  ptr [%"data_end.142", %"gre_d0.to_batadv"], [%"data_end.187", %"ethernet_d1.to_batadv"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.249", %"vlan_d1_vlan_tags2.to_batadv"]
  %"keys.145" = phi  ptr [%"keys.142", %"gre_d0.to_batadv"], [%"keys.187", %"ethernet_d1.to_batadv"], [%"keys.194", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.249", %"vlan_d1_vlan_tags2.to_batadv"]
  %"hdr.50" = getelementptr i8, ptr %"data.145", i64 %"cursor.191"
  %".5017" = getelementptr i8, ptr %"hdr.50", i64 24
  %".5018" = icmp ugt ptr %".5017", %"data_end.145"
  br i1 %".5018", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".5020" = getelementptr i8, ptr %"hdr.50", i64 0
  %".5021" = load i8, ptr %".5020", align 1
  %".5022" = getelementptr i8, ptr %"hdr.50", i64 1
  %".5023" = load i8, ptr %".5022", align 1
  %".5024" = getelementptr i8, ptr %"hdr.50", i64 22
  %".5025" = load i16, ptr %".5024", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.19" = phi  i8 [%".5021", %"batadv_d1.linear"], [%".5044", %"batadv_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".5023", %"batadv_d1.linear"], [%".5046", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".5025", %"batadv_d1.linear"], [%".5048", %"batadv_d1.copy_failed.endif"]
  %"data.199" = phi  ptr [%"data.145", %"batadv_d1.linear"], [%"data.198", %"batadv_d1.copy_failed.endif"]
  %"data_end.199" = phi  ptr [%"data_end.145", %"batadv_d1.linear"], [%"data_end.198", %"batadv_d1.copy_failed.endif"]
  %"keys.199" = phi  ptr [%"keys.145", %"batadv_d1.linear"], [%"keys.198", %"batadv_d1.copy_failed.endif"]
  %".5050" = zext i8 %"w1_1.12" to i64
  %".5051" = icmp eq i64 %".5050", 15
  %".5052" = zext i8 %"w0_1.19" to i64
  %".5053" = icmp eq i64 %".5052", 64
  %".5054" = and i1 %".5051", %".5053"
  %".5055" = xor i1 %".5054", -1
  br i1 %".5055", label %"batadv_d1.require", label %"batadv_d1.require.endif"
pptp_d0.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3468" = trunc i64 %"cursor.80" to i32
  %".3469" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3468", [40 x i8]* %"header_copy", i32 4)
  %".3470" = icmp eq i64 %".3469", 0
  %".3471" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3472" = load i32, ptr %".3471", align 4
  %".3473" = zext i32 %".3472" to i64
  %"data.146" = inttoptr i64 %".3473" to ptr
  %".3474" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3475" = load i32, ptr %".3474", align 4
  %".3476" = zext i32 %".3475" to i64
  %"data_end.146" = inttoptr i64 %".3476" to ptr
  %".3477" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.146" = load ptr, ptr %".3477", align 8
  %".3478" = xor i1 %".3470", -1
  br i1 %".3478", label %"pptp_d0.copy_failed", label %"pptp_d0.copy_failed.endif"
pptp_d0.copy_failed:
  %".3480" = trunc i64 %"cursor.80" to i16
  %".3481" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3480", ptr %".3481", align 2
  br label %"return"
pptp_d0.copy_failed.endif:
  %".3484" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3485" = load volatile i8, [40 x i8]* %".3484", align 1
  %".3486" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3487" = load volatile i8, [40 x i8]* %".3486", align 1
  %".3488" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3489" = load volatile i16, [40 x i8]* %".3488", align 2
  br label %"pptp_d0.header"
pptp_d0.stop_before:
  %".3500" = trunc i64 %"cursor.80" to i16
  %".3501" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3500", ptr %".3501", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".3504" = add i64 %"cursor.80", 4
  %".3505" = zext i8 %"w0_1.13" to i64
  %".3506" = lshr i64 %".3505", 7
  %".3507" = and i64 %".3506", 1
  %".3508" = zext i8 %"w0_1.13" to i64
  %".3509" = lshr i64 %".3508", 5
  %".3510" = and i64 %".3509", 1
  %".3511" = add i64 %".3507", %".3510"
  %".3512" = zext i8 %"w0_1.13" to i64
  %".3513" = lshr i64 %".3512", 4
  %".3514" = and i64 %".3513", 1
  %".3515" = add i64 %".3511", %".3514"
  %".3516" = zext i8 %"w1_1.8" to i64
  %".3517" = lshr i64 %".3516", 7
  %".3518" = and i64 %".3517", 1
  %".3519" = add i64 %".3515", %".3518"
  %".3520" = mul i64 %".3519", 4
  %".3521" = add i64 %".3520", 4
  %".3522" = getelementptr i8, ptr %"data.147", i64 %"cursor.80"
  %".3523" = getelementptr i8, ptr %".3522", i64 %".3521"
  %".3524" = icmp ugt ptr %".3523", %"data_end.147"
  br i1 %".3524", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.149" = phi  ptr [%"data.147", %"pptp_d0.stop_before.endif"], [%"data.148", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.147", %"pptp_d0.stop_before.endif"], [%"data_end.148", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.147", %"pptp_d0.stop_before.endif"], [%"keys.148", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.80", %".3521"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".3526" = add i64 %"cursor.80", %".3521"
  %".3527" = sub i64 %".3526", 1
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3528" = trunc i64 %".3527" to i32
  %".3529" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3528", i64* %"last_byte", i32 1)
  %".3530" = icmp eq i64 %".3529", 0
  %".3531" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3532" = load i32, ptr %".3531", align 4
  %".3533" = zext i32 %".3532" to i64
  %"data.148" = inttoptr i64 %".3533" to ptr
  %".3534" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3535" = load i32, ptr %".3534", align 4
  %".3536" = zext i32 %".3535" to i64
  %"data_end.148" = inttoptr i64 %".3536" to ptr
  %".3537" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.148" = load ptr, ptr %".3537", align 8
  %".3538" = xor i1 %".3530", -1
  br i1 %".3538", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3540" = trunc i64 %"cursor.80" to i16
  %".3541" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3540", ptr %".3541", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3546" = trunc i64 %"end.9" to i16
  %".3547" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3546", ptr %".3547", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.194" = phi  i64 [%"end.9", %"pptp_d0.to_ppp"]
  %"data.150" = phi  ptr [%"data.149", %"pptp_d0.to_ppp"]
  %"data_end.150" = phi  ptr [%"data_end.149", %"pptp_d0.to_ppp"]
  %"keys.150" = phi  ptr [%"keys.149", %"pptp_d0.to_ppp"]
  %"hdr.51" = getelementptr i8, ptr %"data.150", i64 %"cursor.194"
  %".5289" = getelementptr i8, ptr %"hdr.51", i64 4
  %".5290" = icmp ugt ptr %".5289", %"data_end.150"
  br i1 %".5290", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".5292" = getelementptr i8, ptr %"hdr.51", i64 2
  %".5293" = load i16, ptr %".5292", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.18" = phi  i16 [%".5293", %"ppp_d0.linear"], [%".5312", %"ppp_d0.copy_failed.endif"]
  %"data.201" = phi  ptr [%"data.150", %"ppp_d0.linear"], [%"data.200", %"ppp_d0.copy_failed.endif"]
  %"data_end.201" = phi  ptr [%"data_end.150", %"ppp_d0.linear"], [%"data_end.200", %"ppp_d0.copy_failed.endif"]
  %"keys.201" = phi  ptr [%"keys.150", %"ppp_d0.linear"], [%"keys.200", %"ppp_d0.copy_failed.endif"]
  %".5314" = add i64 %"cursor.194", 4
  %".5315" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".5316" = zext i16 %".5315" to i64
  switch i64 %".5316", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
udp_d1.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3559" = trunc i64 %"cursor.82" to i32
  %".3560" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3559", [40 x i8]* %"header_copy", i32 4)
  %".3561" = icmp eq i64 %".3560", 0
  %".3562" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3563" = load i32, ptr %".3562", align 4
  %".3564" = zext i32 %".3563" to i64
  %"data.151" = inttoptr i64 %".3564" to ptr
  %".3565" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3566" = load i32, ptr %".3565", align 4
  %".3567" = zext i32 %".3566" to i64
  %"data_end.151" = inttoptr i64 %".3567" to ptr
  %".3568" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.151" = load ptr, ptr %".3568", align 8
  %".3569" = xor i1 %".3561", -1
  br i1 %".3569", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3571" = trunc i64 %"cursor.82" to i16
  %".3572" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3571", ptr %".3572", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3575" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3576" = load volatile i16, [40 x i8]* %".3575", align 2
  %".3577" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3578" = load volatile i16, [40 x i8]* %".3577", align 2
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3598" = add i64 %"cursor.82", %".3593"
  %".3599" = sub i64 %".3598", 1
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3600" = trunc i64 %".3599" to i32
  %".3601" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3600", i64* %"last_byte", i32 1)
  %".3602" = icmp eq i64 %".3601", 0
  %".3603" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3604" = load i32, ptr %".3603", align 4
  %".3605" = zext i32 %".3604" to i64
  %"data.153" = inttoptr i64 %".3605" to ptr
  %".3606" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3607" = load i32, ptr %".3606", align 4
  %".3608" = zext i32 %".3607" to i64
  %"data_end.153" = inttoptr i64 %".3608" to ptr
  %".3609" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.153" = load ptr, ptr %".3609", align 8
  %".3610" = xor i1 %".3602", -1
  br i1 %".3610", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3612" = trunc i64 %"cursor.82" to i16
  %".3613" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3612", ptr %".3613", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3620" = trunc i64 %"cursor.82" to i16
  %".3621" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3620", ptr %".3621", align 2
  br label %"return"
udp_d1.to_vxlan:
  %".3624" = getelementptr i8, ptr %"keys.154", i64 2
  %".3625" = trunc i64 %"end.10" to i16
  store volatile i16 %".3625", ptr %".3624", align 2
  %".3627" = load volatile i16, ptr %".3624", align 2
  %".3628" = zext i16 %".3627" to i64
  %"cursor.196" = and i64 %".3628", 16383
  br label %"vxlan_d1"
udp_d1.to_geneve:
  %".3630" = getelementptr i8, ptr %"keys.154", i64 2
  %".3631" = trunc i64 %"end.10" to i16
  store volatile i16 %".3631", ptr %".3630", align 2
  %".3633" = load volatile i16, ptr %".3630", align 2
  %".3634" = zext i16 %".3633" to i64
  %"cursor.198" = and i64 %".3634", 16383
  br label %"geneve_d1"
udp_d1.to_gue:
  %".3636" = getelementptr i8, ptr %"keys.154", i64 2
  %".3637" = trunc i64 %"end.10" to i16
  store volatile i16 %".3637", ptr %".3636", align 2
  %".3639" = load volatile i16, ptr %".3636", align 2
  %".3640" = zext i16 %".3639" to i64
  %"cursor.200" = and i64 %".3640", 16383
  br label %"gue_d1"
udp_d1.to_gtpu:
  %".3642" = getelementptr i8, ptr %"keys.154", i64 2
  %".3643" = trunc i64 %"end.10" to i16
  store volatile i16 %".3643", ptr %".3642", align 2
  %".3645" = load volatile i16, ptr %".3642", align 2
  %".3646" = zext i16 %".3645" to i64
  %"cursor.202" = and i64 %".3646", 16383
  br label %"gtpu_d1"
udp_d1.to_shim:
  %".3648" = getelementptr i8, ptr %"keys.154", i64 2
  %".3649" = trunc i64 %"end.10" to i16
  store volatile i16 %".3649", ptr %".3648", align 2
  %".3651" = load volatile i16, ptr %".3648", align 2
  %".3652" = zext i16 %".3651" to i64
  %"cursor.204" = and i64 %".3652", 16383
  br label %"shim_d1"
vxlan_d1:
  %"cursor.195" = phi  i64 [%"cursor.196", %"udp_d1.to_vxlan"]
  %"data.155" = phi  ptr [%"data.154", %"udp_d1.to_vxlan"]
  %"data_end.155" = phi  ptr [%"data_end.154", %"udp_d1.to_vxlan"]
  %"keys.155" = phi  ptr [%"keys.154", %"udp_d1.to_vxlan"]
  %"hdr.52" = getelementptr i8, ptr %"data.155", i64 %"cursor.195"
  %".5386" = getelementptr i8, ptr %"hdr.52", i64 8
  %".5387" = icmp ugt ptr %".5386", %"data_end.155"
  br i1 %".5387", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.204" = phi  ptr [%"data.155", %"vxlan_d1.linear"], [%"data.203", %"vxlan_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.155", %"vxlan_d1.linear"], [%"data_end.203", %"vxlan_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.155", %"vxlan_d1.linear"], [%"keys.203", %"vxlan_d1.copy_failed.endif"]
  %".5407" = add i64 %"cursor.195", 8
  %".5408" = getelementptr i8, ptr %"keys.204", i64 8
  store i8 1, ptr %".5408", align 1
  %".5410" = getelementptr i8, ptr %"keys.204", i64 48
  %"flags.63" = load volatile i32, ptr %".5410", align 4
  %".5411" = and i32 %"flags.63", 4
  %".5412" = icmp ne i32 %".5411", 0
  br i1 %".5412", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
geneve_d1:
  %"cursor.197" = phi  i64 [%"cursor.198", %"udp_d1.to_geneve"]
  %"data.156" = phi  ptr [%"data.154", %"udp_d1.to_geneve"]
  %"data_end.156" = phi  ptr [%"data_end.154", %"udp_d1.to_geneve"]
  %"keys.156" = phi  ptr [%"keys.154", %"udp_d1.to_geneve"]
  %"hdr.53" = getelementptr i8, ptr %"data.156", i64 %"cursor.197"
  %".5429" = getelementptr i8, ptr %"hdr.53", i64 8
  %".5430" = icmp ugt ptr %".5429", %"data_end.156"
  br i1 %".5430", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".5432" = getelementptr i8, ptr %"hdr.53", i64 0
  %".5433" = load i8, ptr %".5432", align 1
  %".5434" = getelementptr i8, ptr %"hdr.53", i64 2
  %".5435" = load i16, ptr %".5434", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.20" = phi  i8 [%".5433", %"geneve_d1.linear"], [%".5454", %"geneve_d1.copy_failed.endif"]
  %"w2_2.19" = phi  i16 [%".5435", %"geneve_d1.linear"], [%".5456", %"geneve_d1.copy_failed.endif"]
  %"data.206" = phi  ptr [%"data.156", %"geneve_d1.linear"], [%"data.205", %"geneve_d1.copy_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.156", %"geneve_d1.linear"], [%"data_end.205", %"geneve_d1.copy_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.156", %"geneve_d1.linear"], [%"keys.205", %"geneve_d1.copy_failed.endif"]
  %".5458" = zext i8 %"w0_1.20" to i64
  %".5459" = lshr i64 %".5458", 6
  %".5460" = and i64 %".5459", 3
  %".5461" = icmp ne i64 %".5460", 0
  br i1 %".5461", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif"
gue_d1:
  %"cursor.199" = phi  i64 [%"cursor.200", %"udp_d1.to_gue"]
  %"data.157" = phi  ptr [%"data.154", %"udp_d1.to_gue"]
  %"data_end.157" = phi  ptr [%"data_end.154", %"udp_d1.to_gue"]
  %"keys.157" = phi  ptr [%"keys.154", %"udp_d1.to_gue"]
  %"hdr.54" = getelementptr i8, ptr %"data.157", i64 %"cursor.199"
  %".5526" = getelementptr i8, ptr %"hdr.54", i64 4
  %".5527" = icmp ugt ptr %".5526", %"data_end.157"
  br i1 %".5527", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".5529" = getelementptr i8, ptr %"hdr.54", i64 0
  %".5530" = load i8, ptr %".5529", align 1
  %".5531" = getelementptr i8, ptr %"hdr.54", i64 1
  %".5532" = load i8, ptr %".5531", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.21" = phi  i8 [%".5530", %"gue_d1.linear"], [%".5551", %"gue_d1.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".5532", %"gue_d1.linear"], [%".5553", %"gue_d1.copy_failed.endif"]
  %"data.210" = phi  ptr [%"data.157", %"gue_d1.linear"], [%"data.209", %"gue_d1.copy_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.157", %"gue_d1.linear"], [%"data_end.209", %"gue_d1.copy_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.157", %"gue_d1.linear"], [%"keys.209", %"gue_d1.copy_failed.endif"]
  %".5555" = zext i8 %"w0_1.21" to i64
  %".5556" = lshr i64 %".5555", 6
  %".5557" = and i64 %".5556", 3
  %".5558" = icmp ne i64 %".5557", 0
  %".5559" = zext i8 %"w0_1.21" to i64
  %".5560" = lshr i64 %".5559", 5
  %".5561" = and i64 %".5560", 1
  %".5562" = icmp ne i64 %".5561", 0
  %".5563" = or i1 %".5558", %".5562"
  br i1 %".5563", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif"
gtpu_d1:
  %"cursor.201" = phi  i64 [%"cursor.202", %"udp_d1.to_gtpu"]
  %"data.158" = phi  ptr [%"data.154", %"udp_d1.to_gtpu"]
  %"data_end.158" = phi  ptr [%"data_end.154", %"udp_d1.to_gtpu"]
  %"keys.158" = phi  ptr [%"keys.154", %"udp_d1.to_gtpu"]
  %"hdr.55" = getelementptr i8, ptr %"data.158", i64 %"cursor.201"
  %".5623" = getelementptr i8, ptr %"hdr.55", i64 8
  %".5624" = icmp ugt ptr %".5623", %"data_end.158"
  br i1 %".5624", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".5626" = getelementptr i8, ptr %"hdr.55", i64 0
  %".5627" = load i8, ptr %".5626", align 1
  %".5628" = getelementptr i8, ptr %"hdr.55", i64 1
  %".5629" = load i8, ptr %".5628", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.22" = phi  i8 [%".5627", %"gtpu_d1.linear"], [%".5648", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5629", %"gtpu_d1.linear"], [%".5650", %"gtpu_d1.copy_failed.endif"]
  %"data.214" = phi  ptr [%"data.158", %"gtpu_d1.linear"], [%"data.213", %"gtpu_d1.copy_failed.endif"]
  %"data_end.214" = phi  ptr [%"data_end.158", %"gtpu_d1.linear"], [%"data_end.213", %"gtpu_d1.copy_failed.endif"]
  %"keys.214" = phi  ptr [%"keys.158", %"gtpu_d1.linear"], [%"keys.213", %"gtpu_d1.copy_failed.endif"]
  %".5652" = zext i8 %"w0_1.22" to i64
  %".5653" = lshr i64 %".5652", 5
  %".5654" = and i64 %".5653", 7
  %".5655" = icmp ne i64 %".5654", 1
  %".5656" = zext i8 %"w0_1.22" to i64
  %".5657" = lshr i64 %".5656", 4
  %".5658" = and i64 %".5657", 1
  %".5659" = icmp ne i64 %".5658", 1
  %".5660" = or i1 %".5655", %".5659"
  %".5661" = zext i8 %"w1_1.14" to i64
  %".5662" = icmp ne i64 %".5661", 255
  %".5663" = or i1 %".5660", %".5662"
  br i1 %".5663", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif"
shim_d1:
  %"cursor.203" = phi  i64 [%"cursor.204", %"udp_d1.to_shim"]
  %"data.159" = phi  ptr [%"data.154", %"udp_d1.to_shim"]
  %"data_end.159" = phi  ptr [%"data_end.154", %"udp_d1.to_shim"]
  %"keys.159" = phi  ptr [%"keys.154", %"udp_d1.to_shim"]
  %"hdr.56" = getelementptr i8, ptr %"data.159", i64 %"cursor.203"
  %".5719" = getelementptr i8, ptr %"hdr.56", i64 8
  %".5720" = icmp ugt ptr %".5719", %"data_end.159"
  br i1 %".5720", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".5722" = getelementptr i8, ptr %"hdr.56", i64 2
  %".5723" = load i16, ptr %".5722", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.20" = phi  i16 [%".5723", %"shim_d1.linear"], [%".5742", %"shim_d1.copy_failed.endif"]
  %"data.216" = phi  ptr [%"data.159", %"shim_d1.linear"], [%"data.215", %"shim_d1.copy_failed.endif"]
  %"data_end.216" = phi  ptr [%"data_end.159", %"shim_d1.linear"], [%"data_end.215", %"shim_d1.copy_failed.endif"]
  %"keys.216" = phi  ptr [%"keys.159", %"shim_d1.linear"], [%"keys.215", %"shim_d1.copy_failed.endif"]
  %".5744" = add i64 %"cursor.203", 8
  %".5745" = getelementptr i8, ptr %"keys.216", i64 8
  store i8 1, ptr %".5745", align 1
  %".5747" = getelementptr i8, ptr %"keys.216", i64 48
  %"flags.67" = load volatile i32, ptr %".5747", align 4
  %".5748" = and i32 %"flags.67", 4
  %".5749" = icmp ne i32 %".5748", 0
  br i1 %".5749", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3664" = trunc i64 %"cursor.85" to i32
  %".3665" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3664", [40 x i8]* %"header_copy", i32 4)
  %".3666" = icmp eq i64 %".3665", 0
  %".3667" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3668" = load i32, ptr %".3667", align 4
  %".3669" = zext i32 %".3668" to i64
  %"data.160" = inttoptr i64 %".3669" to ptr
  %".3670" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3671" = load i32, ptr %".3670", align 4
  %".3672" = zext i32 %".3671" to i64
  %"data_end.160" = inttoptr i64 %".3672" to ptr
  %".3673" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.160" = load ptr, ptr %".3673", align 8
  %".3674" = xor i1 %".3666", -1
  br i1 %".3674", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3676" = trunc i64 %"cursor.85" to i16
  %".3677" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3676", ptr %".3677", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3680" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3681" = load volatile i8, [40 x i8]* %".3680", align 1
  %".3682" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3683" = load volatile i8, [40 x i8]* %".3682", align 1
  %".3684" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3685" = load volatile i16, [40 x i8]* %".3684", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3696" = trunc i64 %"cursor.85" to i16
  %".3697" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3696", ptr %".3697", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".3700" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3701" = zext i16 %".3700" to i64
  %".3702" = trunc i64 %".3701" to i16
  %".3703" = call i16 @"llvm.bswap.i16"(i16 %".3702")
  %".3704" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".3703", ptr %".3704", align 2
  %".3706" = zext i8 %"w1_1.9" to i64
  %".3707" = and i64 %".3706", 7
  switch i64 %".3707", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".3709" = trunc i64 %"cursor.85" to i16
  %".3710" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3709", ptr %".3710", align 2
  br label %"return"
gre_version_d1.to_gre:
  %".3713" = getelementptr i8, ptr %"keys.161", i64 2
  %".3714" = trunc i64 %"cursor.85" to i16
  store volatile i16 %".3714", ptr %".3713", align 2
  %".3716" = load volatile i16, ptr %".3713", align 2
  %".3717" = zext i16 %".3716" to i64
  %"cursor.206" = and i64 %".3717", 16383
  br label %"gre_d1"
gre_version_d1.to_pptp:
  %".3719" = getelementptr i8, ptr %"keys.161", i64 2
  %".3720" = trunc i64 %"cursor.85" to i16
  store volatile i16 %".3720", ptr %".3719", align 2
  %".3722" = load volatile i16, ptr %".3719", align 2
  %".3723" = zext i16 %".3722" to i64
  %"cursor.208" = and i64 %".3723", 16383
  br label %"pptp_d1"
gre_d1:
  %"cursor.205" = phi  i64 [%"cursor.206", %"gre_version_d1.to_gre"]
  %"data.162" = phi  ptr [%"data.161", %"gre_version_d1.to_gre"]
  %"data_end.162" = phi  ptr [%"data_end.161", %"gre_version_d1.to_gre"]
  %"keys.162" = phi  ptr [%"keys.161", %"gre_version_d1.to_gre"]
  %"hdr.57" = getelementptr i8, ptr %"data.162", i64 %"cursor.205"
  %".5768" = getelementptr i8, ptr %"hdr.57", i64 4
  %".5769" = icmp ugt ptr %".5768", %"data_end.162"
  br i1 %".5769", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".5771" = getelementptr i8, ptr %"hdr.57", i64 0
  %".5772" = load i8, ptr %".5771", align 1
  %".5773" = getelementptr i8, ptr %"hdr.57", i64 1
  %".5774" = load i8, ptr %".5773", align 1
  %".5775" = getelementptr i8, ptr %"hdr.57", i64 2
  %".5776" = load i16, ptr %".5775", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.23" = phi  i8 [%".5772", %"gre_d1.linear"], [%".5795", %"gre_d1.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5774", %"gre_d1.linear"], [%".5797", %"gre_d1.copy_failed.endif"]
  %"w2_2.21" = phi  i16 [%".5776", %"gre_d1.linear"], [%".5799", %"gre_d1.copy_failed.endif"]
  %"data.218" = phi  ptr [%"data.162", %"gre_d1.linear"], [%"data.217", %"gre_d1.copy_failed.endif"]
  %"data_end.218" = phi  ptr [%"data_end.162", %"gre_d1.linear"], [%"data_end.217", %"gre_d1.copy_failed.endif"]
  %"keys.218" = phi  ptr [%"keys.162", %"gre_d1.linear"], [%"keys.217", %"gre_d1.copy_failed.endif"]
  %".5801" = zext i8 %"w1_1.15" to i64
  %".5802" = and i64 %".5801", 7
  %".5803" = icmp ne i64 %".5802", 0
  %".5804" = zext i8 %"w0_1.23" to i64
  %".5805" = lshr i64 %".5804", 6
  %".5806" = and i64 %".5805", 1
  %".5807" = icmp ne i64 %".5806", 0
  %".5808" = or i1 %".5803", %".5807"
  br i1 %".5808", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.207" = phi  i64 [%"cursor.208", %"gre_version_d1.to_pptp"]
  %"data.163" = phi  ptr [%"data.161", %"gre_version_d1.to_pptp"]
  %"data_end.163" = phi  ptr [%"data_end.161", %"gre_version_d1.to_pptp"]
  %"keys.163" = phi  ptr [%"keys.161", %"gre_version_d1.to_pptp"]
  %"hdr.58" = getelementptr i8, ptr %"data.163", i64 %"cursor.207"
  %".5944" = getelementptr i8, ptr %"hdr.58", i64 4
  %".5945" = icmp ugt ptr %".5944", %"data_end.163"
  br i1 %".5945", label %"pptp_d1.copy", label %"pptp_d1.linear", !prof !0
pptp_d1.linear:
  %".5947" = getelementptr i8, ptr %"hdr.58", i64 0
  %".5948" = load i8, ptr %".5947", align 1
  %".5949" = getelementptr i8, ptr %"hdr.58", i64 1
  %".5950" = load i8, ptr %".5949", align 1
  %".5951" = getelementptr i8, ptr %"hdr.58", i64 2
  %".5952" = load i16, ptr %".5951", align 2
  br label %"pptp_d1.header"
pptp_d1.header:
  %"w0_1.24" = phi  i8 [%".5948", %"pptp_d1.linear"], [%".5971", %"pptp_d1.copy_failed.endif"]
  %"w1_1.16" = phi  i8 [%".5950", %"pptp_d1.linear"], [%".5973", %"pptp_d1.copy_failed.endif"]
  %"w2_2.22" = phi  i16 [%".5952", %"pptp_d1.linear"], [%".5975", %"pptp_d1.copy_failed.endif"]
  %"data.222" = phi  ptr [%"data.163", %"pptp_d1.linear"], [%"data.221", %"pptp_d1.copy_failed.endif"]
  %"data_end.222" = phi  ptr [%"data_end.163", %"pptp_d1.linear"], [%"data_end.221", %"pptp_d1.copy_failed.endif"]
  %"keys.222" = phi  ptr [%"keys.163", %"pptp_d1.linear"], [%"keys.221", %"pptp_d1.copy_failed.endif"]
  %".5977" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".5978" = zext i16 %".5977" to i64
  %".5979" = icmp ne i64 %".5978", 34827
  %".5980" = zext i8 %"w0_1.24" to i64
  %".5981" = lshr i64 %".5980", 5
  %".5982" = and i64 %".5981", 1
  %".5983" = icmp eq i64 %".5982", 0
  %".5984" = or i1 %".5979", %".5983"
  br i1 %".5984", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3733" = trunc i64 %"cursor.92" to i32
  %".3734" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3733", [40 x i8]* %"header_copy", i32 2)
  %".3735" = icmp eq i64 %".3734", 0
  %".3736" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3737" = load i32, ptr %".3736", align 4
  %".3738" = zext i32 %".3737" to i64
  %"data.164" = inttoptr i64 %".3738" to ptr
  %".3739" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3740" = load i32, ptr %".3739", align 4
  %".3741" = zext i32 %".3740" to i64
  %"data_end.164" = inttoptr i64 %".3741" to ptr
  %".3742" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.164" = load ptr, ptr %".3742", align 8
  %".3743" = xor i1 %".3735", -1
  br i1 %".3743", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3745" = trunc i64 %"cursor.92" to i16
  %".3746" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".3745", ptr %".3746", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3749" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3750" = load volatile i8, [40 x i8]* %".3749", align 1
  %".3751" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3752" = load volatile i8, [40 x i8]* %".3751", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.copy_last_byte:
  %".3768" = add i64 %"cursor.92", %".3762"
  %".3769" = sub i64 %".3768", 1
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3770" = trunc i64 %".3769" to i32
  %".3771" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3770", i64* %"last_byte", i32 1)
  %".3772" = icmp eq i64 %".3771", 0
  %".3773" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3774" = load i32, ptr %".3773", align 4
  %".3775" = zext i32 %".3774" to i64
  %"data.166" = inttoptr i64 %".3775" to ptr
  %".3776" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3777" = load i32, ptr %".3776", align 4
  %".3778" = zext i32 %".3777" to i64
  %"data_end.166" = inttoptr i64 %".3778" to ptr
  %".3779" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.166" = load ptr, ptr %".3779", align 8
  %".3780" = xor i1 %".3772", -1
  br i1 %".3780", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed:
  %".3782" = trunc i64 %".3763" to i16
  %".3783" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3782", ptr %".3783", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext1.variable_part"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3789" = trunc i64 %"end.11" to i16
  %".3790" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3789", ptr %".3790", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  %".3793" = getelementptr i8, ptr %"keys.167", i64 2
  %".3794" = trunc i64 %"end.11" to i16
  store volatile i16 %".3794", ptr %".3793", align 2
  %".3796" = load volatile i16, ptr %".3793", align 2
  %".3797" = zext i16 %".3796" to i64
  %"cursor.210" = and i64 %".3797", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3799" = getelementptr i8, ptr %"keys.167", i64 2
  %".3800" = trunc i64 %"end.11" to i16
  store volatile i16 %".3800", ptr %".3799", align 2
  %".3802" = load volatile i16, ptr %".3799", align 2
  %".3803" = zext i16 %".3802" to i64
  %"cursor.211" = and i64 %".3803", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3805" = getelementptr i8, ptr %"keys.167", i64 2
  %".3806" = trunc i64 %"end.11" to i16
  store volatile i16 %".3806", ptr %".3805", align 2
  %".3808" = load volatile i16, ptr %".3805", align 2
  %".3809" = zext i16 %".3808" to i64
  %"cursor.212" = and i64 %".3809", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  %".3811" = getelementptr i8, ptr %"keys.167", i64 2
  %".3812" = trunc i64 %"end.11" to i16
  store volatile i16 %".3812", ptr %".3811", align 2
  %".3814" = load volatile i16, ptr %".3811", align 2
  %".3815" = zext i16 %".3814" to i64
  %"cursor.214" = and i64 %".3815", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  %".3817" = getelementptr i8, ptr %"keys.167", i64 2
  %".3818" = trunc i64 %"end.11" to i16
  store volatile i16 %".3818", ptr %".3817", align 2
  %".3820" = load volatile i16, ptr %".3817", align 2
  %".3821" = zext i16 %".3820" to i64
  %"cursor.215" = and i64 %".3821", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  %".3823" = getelementptr i8, ptr %"keys.167", i64 2
  %".3824" = trunc i64 %"end.11" to i16
  store volatile i16 %".3824", ptr %".3823", align 2
  %".3826" = load volatile i16, ptr %".3823", align 2
  %".3827" = zext i16 %".3826" to i64
  %"cursor.216" = and i64 %".3827", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  %".3829" = getelementptr i8, ptr %"keys.167", i64 2
  %".3830" = trunc i64 %"end.11" to i16
  store volatile i16 %".3830", ptr %".3829", align 2
  %".3832" = load volatile i16, ptr %".3829", align 2
  %".3833" = zext i16 %".3832" to i64
  %"cursor.217" = and i64 %".3833", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre_version:
  %".3835" = getelementptr i8, ptr %"keys.167", i64 2
  %".3836" = trunc i64 %"end.11" to i16
  store volatile i16 %".3836", ptr %".3835", align 2
  %".3838" = load volatile i16, ptr %".3835", align 2
  %".3839" = zext i16 %".3838" to i64
  %"cursor.218" = and i64 %".3839", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  %".3841" = getelementptr i8, ptr %"keys.167", i64 2
  %".3842" = trunc i64 %"end.11" to i16
  store volatile i16 %".3842", ptr %".3841", align 2
  %".3844" = load volatile i16, ptr %".3841", align 2
  %".3845" = zext i16 %".3844" to i64
  %"cursor.219" = and i64 %".3845", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  %".3847" = getelementptr i8, ptr %"keys.167", i64 2
  %".3848" = trunc i64 %"end.11" to i16
  store volatile i16 %".3848", ptr %".3847", align 2
  %".3850" = load volatile i16, ptr %".3847", align 2
  %".3851" = zext i16 %".3850" to i64
  %"cursor.220" = and i64 %".3851", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  %".3853" = getelementptr i8, ptr %"keys.167", i64 2
  %".3854" = trunc i64 %"end.11" to i16
  store volatile i16 %".3854", ptr %".3853", align 2
  %".3856" = load volatile i16, ptr %".3853", align 2
  %".3857" = zext i16 %".3856" to i64
  %"cursor.221" = and i64 %".3857", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  %".3859" = getelementptr i8, ptr %"keys.167", i64 2
  %".3860" = trunc i64 %"end.11" to i16
  store volatile i16 %".3860", ptr %".3859", align 2
  %".3862" = load volatile i16, ptr %".3859", align 2
  %".3863" = zext i16 %".3862" to i64
  %"cursor.222" = and i64 %".3863", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  %".3865" = getelementptr i8, ptr %"keys.167", i64 2
  %".3866" = trunc i64 %"end.11" to i16
  store volatile i16 %".3866", ptr %".3865", align 2
  %".3868" = load volatile i16, ptr %".3865", align 2
  %".3869" = zext i16 %".3868" to i64
  %"cursor.223" = and i64 %".3869", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".3871" = trunc i64 34887 to i16
  %".3872" = call i16 @"llvm.bswap.i16"(i16 %".3871")
  %".3873" = getelementptr i8, ptr %"keys.167", i64 10
  store i16 %".3872", ptr %".3873", align 2
  %".3875" = getelementptr i8, ptr %"keys.167", i64 2
  %".3876" = trunc i64 %"end.11" to i16
  store volatile i16 %".3876", ptr %".3875", align 2
  %".3878" = load volatile i16, ptr %".3875", align 2
  %".3879" = zext i16 %".3878" to i64
  %"cursor.224" = and i64 %".3879", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3881" = getelementptr i8, ptr %"keys.167", i64 8
  store i8 1, ptr %".3881", align 1
  %".3883" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.37" = load volatile i32, ptr %".3883", align 4
  %".3884" = and i32 %"flags.37", 4
  %".3885" = icmp ne i32 %".3884", 0
  br i1 %".3885", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3897" = getelementptr i8, ptr %"keys.167", i64 8
  store i8 1, ptr %".3897", align 1
  %".3899" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.38" = load volatile i32, ptr %".3899", align 4
  %".3900" = and i32 %"flags.38", 4
  %".3901" = icmp ne i32 %".3900", 0
  br i1 %".3901", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.209" = phi  i64 [%"cursor.210", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.211", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.212", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.225", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.226", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.227", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data.168" = phi  ptr [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.168" = phi  ptr [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.168" = phi  ptr [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.59" = getelementptr i8, ptr %"data.168", i64 %"cursor.209"
  %".6042" = getelementptr i8, ptr %"hdr.59", i64 2
  %".6043" = icmp ugt ptr %".6042", %"data_end.168"
  br i1 %".6043", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".6045" = getelementptr i8, ptr %"hdr.59", i64 0
  %".6046" = load i8, ptr %".6045", align 1
  %".6047" = getelementptr i8, ptr %"hdr.59", i64 1
  %".6048" = load i8, ptr %".6047", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.25" = phi  i8 [%".6046", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".6067", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.17" = phi  i8 [%".6048", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".6069", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.227" = phi  ptr [%"data.168", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.227" = phi  ptr [%"data_end.168", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.227" = phi  ptr [%"keys.168", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".6071" = zext i8 %"w0_1.25" to i64
  %".6072" = trunc i64 %".6071" to i8
  %".6073" = getelementptr i8, ptr %"keys.227", i64 9
  store i8 %".6072", ptr %".6073", align 1
  %".6075" = add i64 %"cursor.209", 2
  %".6076" = zext i8 %"w1_1.17" to i64
  %".6077" = mul i64 %".6076", 8
  %".6078" = add i64 %".6077", 6
  %".6079" = add i64 %".6078", 2
  %".6080" = add i64 %"cursor.209", %".6079"
  %".6081" = getelementptr i8, ptr %"data.227", i64 %"cursor.209"
  %".6082" = getelementptr i8, ptr %".6081", i64 %".6079"
  %".6083" = icmp ugt ptr %".6082", %"data_end.227"
  br i1 %".6083", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext2.variable_part:
  %"data.229" = phi  ptr [%"data.227", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data.228", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.229" = phi  ptr [%"data_end.227", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data_end.228", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.229" = phi  ptr [%"keys.227", %"ipv6_opts_d1_ipv6_ext2.header"], [%"keys.228", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.17" = add i64 %"cursor.209", %".6079"
  %".6104" = zext i8 %"w0_1.25" to i64
  switch i64 %".6104", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.213" = phi  i64 [%"cursor.214", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"cursor.228", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data.169" = phi  ptr [%"data.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data_end.169" = phi  ptr [%"data_end.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"keys.169" = phi  ptr [%"keys.167", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.171", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"hdr.60" = getelementptr i8, ptr %"data.169", i64 %"cursor.213"
  %".6230" = getelementptr i8, ptr %"hdr.60", i64 8
  %".6231" = icmp ugt ptr %".6230", %"data_end.169"
  br i1 %".6231", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".6233" = getelementptr i8, ptr %"hdr.60", i64 0
  %".6234" = load i8, ptr %".6233", align 1
  %".6235" = getelementptr i8, ptr %"hdr.60", i64 2
  %".6236" = load i16, ptr %".6235", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.26" = phi  i8 [%".6234", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".6255", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.23" = phi  i16 [%".6236", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".6257", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.233" = phi  ptr [%"data.169", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.232", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.233" = phi  ptr [%"data_end.169", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.232", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.233" = phi  ptr [%"keys.169", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.232", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".6259" = zext i8 %"w0_1.26" to i64
  %".6260" = trunc i64 %".6259" to i8
  %".6261" = getelementptr i8, ptr %"keys.233", i64 9
  store i8 %".6260", ptr %".6261", align 1
  %".6263" = add i64 %"cursor.213", 8
  %".6264" = icmp ne i64 1, 0
  %".6265" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.23")
  %".6266" = zext i16 %".6265" to i64
  %".6267" = and i64 %".6266", 65528
  %".6268" = icmp eq i64 %".6267", 0
  br i1 %".6264", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3887" = trunc i64 %"end.11" to i16
  %".3888" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3887", ptr %".3888", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3891" = getelementptr i8, ptr %"keys.167", i64 12
  store i32 0, ptr %".3891", align 4
  %".3893" = trunc i64 %"end.11" to i16
  %".3894" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3893", ptr %".3894", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3903" = trunc i64 %"end.11" to i16
  %".3904" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3903", ptr %".3904", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3907" = getelementptr i8, ptr %"keys.167", i64 12
  store i32 0, ptr %".3907", align 4
  %".3909" = trunc i64 %"end.11" to i16
  %".3910" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3909", ptr %".3910", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3921" = trunc i64 %"cursor.96" to i32
  %".3922" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3921", [40 x i8]* %"header_copy", i32 8)
  %".3923" = icmp eq i64 %".3922", 0
  %".3924" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3925" = load i32, ptr %".3924", align 4
  %".3926" = zext i32 %".3925" to i64
  %"data.170" = inttoptr i64 %".3926" to ptr
  %".3927" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3928" = load i32, ptr %".3927", align 4
  %".3929" = zext i32 %".3928" to i64
  %"data_end.170" = inttoptr i64 %".3929" to ptr
  %".3930" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.170" = load ptr, ptr %".3930", align 8
  %".3931" = xor i1 %".3923", -1
  br i1 %".3931", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3933" = trunc i64 %"cursor.96" to i16
  %".3934" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3933", ptr %".3934", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3937" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3938" = load volatile i8, [40 x i8]* %".3937", align 1
  %".3939" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3940" = load volatile i16, [40 x i8]* %".3939", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3953" = getelementptr i8, ptr %"keys.171", i64 6
  store i8 1, ptr %".3953", align 1
  br i1 %".3951", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3973" = zext i8 %"w0_1.16" to i64
  switch i64 %".3973", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3956" = getelementptr i8, ptr %"keys.171", i64 7
  store i8 1, ptr %".3956", align 1
  %".3958" = getelementptr i8, ptr %"keys.171", i64 48
  %"flags.39" = load volatile i32, ptr %".3958", align 4
  %".3959" = and i32 %"flags.39", 1
  %".3960" = icmp ne i32 %".3959", 0
  %".3961" = xor i1 %".3960", -1
  br i1 %".3961", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3968" = trunc i64 %".3946" to i16
  %".3969" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3968", ptr %".3969", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3963" = trunc i64 %".3946" to i16
  %".3964" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3963", ptr %".3964", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3975" = trunc i64 %".3946" to i16
  %".3976" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3975", ptr %".3976", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  %".3979" = getelementptr i8, ptr %"keys.171", i64 2
  %".3980" = trunc i64 %".3946" to i16
  store volatile i16 %".3980", ptr %".3979", align 2
  %".3982" = load volatile i16, ptr %".3979", align 2
  %".3983" = zext i16 %".3982" to i64
  %"cursor.225" = and i64 %".3983", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3985" = getelementptr i8, ptr %"keys.171", i64 2
  %".3986" = trunc i64 %".3946" to i16
  store volatile i16 %".3986", ptr %".3985", align 2
  %".3988" = load volatile i16, ptr %".3985", align 2
  %".3989" = zext i16 %".3988" to i64
  %"cursor.226" = and i64 %".3989", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3991" = getelementptr i8, ptr %"keys.171", i64 2
  %".3992" = trunc i64 %".3946" to i16
  store volatile i16 %".3992", ptr %".3991", align 2
  %".3994" = load volatile i16, ptr %".3991", align 2
  %".3995" = zext i16 %".3994" to i64
  %"cursor.227" = and i64 %".3995", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  %".3997" = getelementptr i8, ptr %"keys.171", i64 2
  %".3998" = trunc i64 %".3946" to i16
  store volatile i16 %".3998", ptr %".3997", align 2
  %".4000" = load volatile i16, ptr %".3997", align 2
  %".4001" = zext i16 %".4000" to i64
  %"cursor.228" = and i64 %".4001", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  %".4003" = getelementptr i8, ptr %"keys.171", i64 2
  %".4004" = trunc i64 %".3946" to i16
  store volatile i16 %".4004", ptr %".4003", align 2
  %".4006" = load volatile i16, ptr %".4003", align 2
  %".4007" = zext i16 %".4006" to i64
  %"cursor.229" = and i64 %".4007", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  %".4009" = getelementptr i8, ptr %"keys.171", i64 2
  %".4010" = trunc i64 %".3946" to i16
  store volatile i16 %".4010", ptr %".4009", align 2
  %".4012" = load volatile i16, ptr %".4009", align 2
  %".4013" = zext i16 %".4012" to i64
  %"cursor.230" = and i64 %".4013", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  %".4015" = getelementptr i8, ptr %"keys.171", i64 2
  %".4016" = trunc i64 %".3946" to i16
  store volatile i16 %".4016", ptr %".4015", align 2
  %".4018" = load volatile i16, ptr %".4015", align 2
  %".4019" = zext i16 %".4018" to i64
  %"cursor.231" = and i64 %".4019", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre_version:
  %".4021" = getelementptr i8, ptr %"keys.171", i64 2
  %".4022" = trunc i64 %".3946" to i16
  store volatile i16 %".4022", ptr %".4021", align 2
  %".4024" = load volatile i16, ptr %".4021", align 2
  %".4025" = zext i16 %".4024" to i64
  %"cursor.232" = and i64 %".4025", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  %".4027" = getelementptr i8, ptr %"keys.171", i64 2
  %".4028" = trunc i64 %".3946" to i16
  store volatile i16 %".4028", ptr %".4027", align 2
  %".4030" = load volatile i16, ptr %".4027", align 2
  %".4031" = zext i16 %".4030" to i64
  %"cursor.233" = and i64 %".4031", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  %".4033" = getelementptr i8, ptr %"keys.171", i64 2
  %".4034" = trunc i64 %".3946" to i16
  store volatile i16 %".4034", ptr %".4033", align 2
  %".4036" = load volatile i16, ptr %".4033", align 2
  %".4037" = zext i16 %".4036" to i64
  %"cursor.234" = and i64 %".4037", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  %".4039" = getelementptr i8, ptr %"keys.171", i64 2
  %".4040" = trunc i64 %".3946" to i16
  store volatile i16 %".4040", ptr %".4039", align 2
  %".4042" = load volatile i16, ptr %".4039", align 2
  %".4043" = zext i16 %".4042" to i64
  %"cursor.235" = and i64 %".4043", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  %".4045" = getelementptr i8, ptr %"keys.171", i64 2
  %".4046" = trunc i64 %".3946" to i16
  store volatile i16 %".4046", ptr %".4045", align 2
  %".4048" = load volatile i16, ptr %".4045", align 2
  %".4049" = zext i16 %".4048" to i64
  %"cursor.236" = and i64 %".4049", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  %".4051" = getelementptr i8, ptr %"keys.171", i64 2
  %".4052" = trunc i64 %".3946" to i16
  store volatile i16 %".4052", ptr %".4051", align 2
  %".4054" = load volatile i16, ptr %".4051", align 2
  %".4055" = zext i16 %".4054" to i64
  %"cursor.237" = and i64 %".4055", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".4057" = trunc i64 34887 to i16
  %".4058" = call i16 @"llvm.bswap.i16"(i16 %".4057")
  %".4059" = getelementptr i8, ptr %"keys.171", i64 10
  store i16 %".4058", ptr %".4059", align 2
  %".4061" = getelementptr i8, ptr %"keys.171", i64 2
  %".4062" = trunc i64 %".3946" to i16
  store volatile i16 %".4062", ptr %".4061", align 2
  %".4064" = load volatile i16, ptr %".4061", align 2
  %".4065" = zext i16 %".4064" to i64
  %"cursor.238" = and i64 %".4065", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".4067" = getelementptr i8, ptr %"keys.171", i64 8
  store i8 1, ptr %".4067", align 1
  %".4069" = getelementptr i8, ptr %"keys.171", i64 48
  %"flags.40" = load volatile i32, ptr %".4069", align 4
  %".4070" = and i32 %"flags.40", 4
  %".4071" = icmp ne i32 %".4070", 0
  br i1 %".4071", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".4083" = getelementptr i8, ptr %"keys.171", i64 8
  store i8 1, ptr %".4083", align 1
  %".4085" = getelementptr i8, ptr %"keys.171", i64 48
  %"flags.41" = load volatile i32, ptr %".4085", align 4
  %".4086" = and i32 %"flags.41", 4
  %".4087" = icmp ne i32 %".4086", 0
  br i1 %".4087", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".4073" = trunc i64 %".3946" to i16
  %".4074" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".4073", ptr %".4074", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".4077" = getelementptr i8, ptr %"keys.171", i64 12
  store i32 0, ptr %".4077", align 4
  %".4079" = trunc i64 %".3946" to i16
  %".4080" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".4079", ptr %".4080", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".4089" = trunc i64 %".3946" to i16
  %".4090" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".4089", ptr %".4090", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".4093" = getelementptr i8, ptr %"keys.171", i64 12
  store i32 0, ptr %".4093", align 4
  %".4095" = trunc i64 %".3946" to i16
  %".4096" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".4095", ptr %".4096", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4107" = trunc i64 %"cursor.107" to i32
  %".4108" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".4107", [40 x i8]* %"header_copy", i32 2)
  %".4109" = icmp eq i64 %".4108", 0
  %".4110" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4111" = load i32, ptr %".4110", align 4
  %".4112" = zext i32 %".4111" to i64
  %"data.172" = inttoptr i64 %".4112" to ptr
  %".4113" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4114" = load i32, ptr %".4113", align 4
  %".4115" = zext i32 %".4114" to i64
  %"data_end.172" = inttoptr i64 %".4115" to ptr
  %".4116" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.172" = load ptr, ptr %".4116", align 8
  %".4117" = xor i1 %".4109", -1
  br i1 %".4117", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".4119" = trunc i64 %"cursor.107" to i16
  %".4120" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4119", ptr %".4120", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".4123" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4124" = load volatile i8, [40 x i8]* %".4123", align 1
  %".4125" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4126" = load volatile i8, [40 x i8]* %".4125", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.copy_last_byte:
  %".4142" = add i64 %"cursor.107", %".4136"
  %".4143" = sub i64 %".4142", 1
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4144" = trunc i64 %".4143" to i32
  %".4145" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".4144", i64* %"last_byte", i32 1)
  %".4146" = icmp eq i64 %".4145", 0
  %".4147" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4148" = load i32, ptr %".4147", align 4
  %".4149" = zext i32 %".4148" to i64
  %"data.174" = inttoptr i64 %".4149" to ptr
  %".4150" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4151" = load i32, ptr %".4150", align 4
  %".4152" = zext i32 %".4151" to i64
  %"data_end.174" = inttoptr i64 %".4152" to ptr
  %".4153" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.174" = load ptr, ptr %".4153", align 8
  %".4154" = xor i1 %".4146", -1
  br i1 %".4154", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed:
  %".4156" = trunc i64 %".4137" to i16
  %".4157" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4156", ptr %".4157", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext2.variable_part"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".4163" = trunc i64 %"end.12" to i16
  %".4164" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".4163", ptr %".4164", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  %".4169" = getelementptr i8, ptr %"keys.175", i64 2
  %".4170" = trunc i64 %"end.12" to i16
  store volatile i16 %".4170", ptr %".4169", align 2
  %".4172" = load volatile i16, ptr %".4169", align 2
  %".4173" = zext i16 %".4172" to i64
  %"cursor.240" = and i64 %".4173", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  %".4176" = getelementptr i8, ptr %"keys.175", i64 2
  %".4177" = trunc i64 %"end.12" to i16
  store volatile i16 %".4177", ptr %".4176", align 2
  %".4179" = load volatile i16, ptr %".4176", align 2
  %".4180" = zext i16 %".4179" to i64
  %"cursor.242" = and i64 %".4180", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  %".4182" = getelementptr i8, ptr %"keys.175", i64 2
  %".4183" = trunc i64 %"end.12" to i16
  store volatile i16 %".4183", ptr %".4182", align 2
  %".4185" = load volatile i16, ptr %".4182", align 2
  %".4186" = zext i16 %".4185" to i64
  %"cursor.243" = and i64 %".4186", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  %".4188" = getelementptr i8, ptr %"keys.175", i64 2
  %".4189" = trunc i64 %"end.12" to i16
  store volatile i16 %".4189", ptr %".4188", align 2
  %".4191" = load volatile i16, ptr %".4188", align 2
  %".4192" = zext i16 %".4191" to i64
  %"cursor.244" = and i64 %".4192", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre_version:
  %".4194" = getelementptr i8, ptr %"keys.175", i64 2
  %".4195" = trunc i64 %"end.12" to i16
  store volatile i16 %".4195", ptr %".4194", align 2
  %".4197" = load volatile i16, ptr %".4194", align 2
  %".4198" = zext i16 %".4197" to i64
  %"cursor.245" = and i64 %".4198", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  %".4200" = getelementptr i8, ptr %"keys.175", i64 2
  %".4201" = trunc i64 %"end.12" to i16
  store volatile i16 %".4201", ptr %".4200", align 2
  %".4203" = load volatile i16, ptr %".4200", align 2
  %".4204" = zext i16 %".4203" to i64
  %"cursor.246" = and i64 %".4204", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  %".4206" = getelementptr i8, ptr %"keys.175", i64 2
  %".4207" = trunc i64 %"end.12" to i16
  store volatile i16 %".4207", ptr %".4206", align 2
  %".4209" = load volatile i16, ptr %".4206", align 2
  %".4210" = zext i16 %".4209" to i64
  %"cursor.247" = and i64 %".4210", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  %".4212" = getelementptr i8, ptr %"keys.175", i64 2
  %".4213" = trunc i64 %"end.12" to i16
  store volatile i16 %".4213", ptr %".4212", align 2
  %".4215" = load volatile i16, ptr %".4212", align 2
  %".4216" = zext i16 %".4215" to i64
  %"cursor.248" = and i64 %".4216", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  %".4218" = getelementptr i8, ptr %"keys.175", i64 2
  %".4219" = trunc i64 %"end.12" to i16
  store volatile i16 %".4219", ptr %".4218", align 2
  %".4221" = load volatile i16, ptr %".4218", align 2
  %".4222" = zext i16 %".4221" to i64
  %"cursor.249" = and i64 %".4222", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  %".4224" = getelementptr i8, ptr %"keys.175", i64 2
  %".4225" = trunc i64 %"end.12" to i16
  store volatile i16 %".4225", ptr %".4224", align 2
  %".4227" = load volatile i16, ptr %".4224", align 2
  %".4228" = zext i16 %".4227" to i64
  %"cursor.250" = and i64 %".4228", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".4230" = trunc i64 34887 to i16
  %".4231" = call i16 @"llvm.bswap.i16"(i16 %".4230")
  %".4232" = getelementptr i8, ptr %"keys.175", i64 10
  store i16 %".4231", ptr %".4232", align 2
  %".4234" = getelementptr i8, ptr %"keys.175", i64 2
  %".4235" = trunc i64 %"end.12" to i16
  store volatile i16 %".4235", ptr %".4234", align 2
  %".4237" = load volatile i16, ptr %".4234", align 2
  %".4238" = zext i16 %".4237" to i64
  %"cursor.251" = and i64 %".4238", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".4240" = getelementptr i8, ptr %"keys.175", i64 8
  store i8 1, ptr %".4240", align 1
  %".4242" = getelementptr i8, ptr %"keys.175", i64 48
  %"flags.42" = load volatile i32, ptr %".4242", align 4
  %".4243" = and i32 %"flags.42", 4
  %".4244" = icmp ne i32 %".4243", 0
  br i1 %".4244", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".4258" = getelementptr i8, ptr %"keys.175", i64 8
  store i8 1, ptr %".4258", align 1
  %".4260" = getelementptr i8, ptr %"keys.175", i64 48
  %"flags.43" = load volatile i32, ptr %".4260", align 4
  %".4261" = and i32 %"flags.43", 4
  %".4262" = icmp ne i32 %".4261", 0
  br i1 %".4262", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.239" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.240", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.254", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"cursor.255", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.256", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data.176" = phi  ptr [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.176" = phi  ptr [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.176" = phi  ptr [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.61" = getelementptr i8, ptr %"data.176", i64 %"cursor.239"
  %".6416" = getelementptr i8, ptr %"hdr.61", i64 2
  %".6417" = icmp ugt ptr %".6416", %"data_end.176"
  br i1 %".6417", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".6419" = getelementptr i8, ptr %"hdr.61", i64 0
  %".6420" = load i8, ptr %".6419", align 1
  %".6421" = getelementptr i8, ptr %"hdr.61", i64 1
  %".6422" = load i8, ptr %".6421", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".6420", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".6441", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.18" = phi  i8 [%".6422", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".6443", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.235" = phi  ptr [%"data.176", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.234", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.235" = phi  ptr [%"data_end.176", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.234", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.235" = phi  ptr [%"keys.176", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.234", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".6445" = zext i8 %"w0_1.27" to i64
  %".6446" = trunc i64 %".6445" to i8
  %".6447" = getelementptr i8, ptr %"keys.235", i64 9
  store i8 %".6446", ptr %".6447", align 1
  %".6449" = add i64 %"cursor.239", 2
  %".6450" = zext i8 %"w1_1.18" to i64
  %".6451" = mul i64 %".6450", 8
  %".6452" = add i64 %".6451", 6
  %".6453" = add i64 %".6452", 2
  %".6454" = add i64 %"cursor.239", %".6453"
  %".6455" = getelementptr i8, ptr %"data.235", i64 %"cursor.239"
  %".6456" = getelementptr i8, ptr %".6455", i64 %".6453"
  %".6457" = icmp ugt ptr %".6456", %"data_end.235"
  br i1 %".6457", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext3.variable_part:
  %"data.237" = phi  ptr [%"data.235", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data.236", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.237" = phi  ptr [%"data_end.235", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data_end.236", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.237" = phi  ptr [%"keys.235", %"ipv6_opts_d0_ipv6_ext3.header"], [%"keys.236", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.18" = add i64 %"cursor.239", %".6453"
  %".6478" = zext i8 %"w0_1.27" to i64
  switch i64 %".6478", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.241" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".4309", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data.177" = phi  ptr [%"data.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data_end.177" = phi  ptr [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"keys.177" = phi  ptr [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"hdr.62" = getelementptr i8, ptr %"data.177", i64 %"cursor.241"
  %".6600" = getelementptr i8, ptr %"hdr.62", i64 8
  %".6601" = icmp ugt ptr %".6600", %"data_end.177"
  br i1 %".6601", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".6603" = getelementptr i8, ptr %"hdr.62", i64 0
  %".6604" = load i8, ptr %".6603", align 1
  %".6605" = getelementptr i8, ptr %"hdr.62", i64 2
  %".6606" = load i16, ptr %".6605", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.28" = phi  i8 [%".6604", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".6625", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.24" = phi  i16 [%".6606", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".6627", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.239" = phi  ptr [%"data.177", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.238", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.239" = phi  ptr [%"data_end.177", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.238", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.239" = phi  ptr [%"keys.177", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.238", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".6629" = zext i8 %"w0_1.28" to i64
  %".6630" = trunc i64 %".6629" to i8
  %".6631" = getelementptr i8, ptr %"keys.239", i64 9
  store i8 %".6630", ptr %".6631", align 1
  %".6633" = add i64 %"cursor.241", 8
  %".6634" = icmp ne i64 1, 0
  %".6635" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.24")
  %".6636" = zext i16 %".6635" to i64
  %".6637" = and i64 %".6636", 65528
  %".6638" = icmp eq i64 %".6637", 0
  br i1 %".6634", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".4246" = trunc i64 %"end.12" to i16
  %".4247" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".4246", ptr %".4247", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".4250" = getelementptr i8, ptr %"keys.175", i64 12
  store i32 0, ptr %".4250", align 4
  %".4252" = getelementptr i8, ptr %"keys.175", i64 2
  %".4253" = trunc i64 %"end.12" to i16
  store volatile i16 %".4253", ptr %".4252", align 2
  %".4255" = load volatile i16, ptr %".4252", align 2
  %".4256" = zext i16 %".4255" to i64
  %"cursor.252" = and i64 %".4256", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".4264" = trunc i64 %"end.12" to i16
  %".4265" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".4264", ptr %".4265", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".4268" = getelementptr i8, ptr %"keys.175", i64 12
  store i32 0, ptr %".4268", align 4
  %".4270" = getelementptr i8, ptr %"keys.175", i64 2
  %".4271" = trunc i64 %"end.12" to i16
  store volatile i16 %".4271", ptr %".4270", align 2
  %".4273" = load volatile i16, ptr %".4270", align 2
  %".4274" = zext i16 %".4273" to i64
  %"cursor.253" = and i64 %".4274", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4284" = trunc i64 %"cursor.109" to i32
  %".4285" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4284", [40 x i8]* %"header_copy", i32 8)
  %".4286" = icmp eq i64 %".4285", 0
  %".4287" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4288" = load i32, ptr %".4287", align 4
  %".4289" = zext i32 %".4288" to i64
  %"data.178" = inttoptr i64 %".4289" to ptr
  %".4290" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4291" = load i32, ptr %".4290", align 4
  %".4292" = zext i32 %".4291" to i64
  %"data_end.178" = inttoptr i64 %".4292" to ptr
  %".4293" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.178" = load ptr, ptr %".4293", align 8
  %".4294" = xor i1 %".4286", -1
  br i1 %".4294", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".4296" = trunc i64 %"cursor.109" to i16
  %".4297" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4296", ptr %".4297", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".4300" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4301" = load volatile i8, [40 x i8]* %".4300", align 1
  %".4302" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4303" = load volatile i16, [40 x i8]* %".4302", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".4316" = getelementptr i8, ptr %"keys.179", i64 6
  store i8 1, ptr %".4316", align 1
  br i1 %".4314", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".4336" = zext i8 %"w0_1.18" to i64
  switch i64 %".4336", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".4319" = getelementptr i8, ptr %"keys.179", i64 7
  store i8 1, ptr %".4319", align 1
  %".4321" = getelementptr i8, ptr %"keys.179", i64 48
  %"flags.44" = load volatile i32, ptr %".4321", align 4
  %".4322" = and i32 %"flags.44", 1
  %".4323" = icmp ne i32 %".4322", 0
  %".4324" = xor i1 %".4323", -1
  br i1 %".4324", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".4331" = trunc i64 %".4309" to i16
  %".4332" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4331", ptr %".4332", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".4326" = trunc i64 %".4309" to i16
  %".4327" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4326", ptr %".4327", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".4338" = trunc i64 %".4309" to i16
  %".4339" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4338", ptr %".4339", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  %".4342" = getelementptr i8, ptr %"keys.179", i64 2
  %".4343" = trunc i64 %".4309" to i16
  store volatile i16 %".4343", ptr %".4342", align 2
  %".4345" = load volatile i16, ptr %".4342", align 2
  %".4346" = zext i16 %".4345" to i64
  %"cursor.254" = and i64 %".4346", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  %".4348" = getelementptr i8, ptr %"keys.179", i64 2
  %".4349" = trunc i64 %".4309" to i16
  store volatile i16 %".4349", ptr %".4348", align 2
  %".4351" = load volatile i16, ptr %".4348", align 2
  %".4352" = zext i16 %".4351" to i64
  %"cursor.255" = and i64 %".4352", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  %".4354" = getelementptr i8, ptr %"keys.179", i64 2
  %".4355" = trunc i64 %".4309" to i16
  store volatile i16 %".4355", ptr %".4354", align 2
  %".4357" = load volatile i16, ptr %".4354", align 2
  %".4358" = zext i16 %".4357" to i64
  %"cursor.256" = and i64 %".4358", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  %".4361" = getelementptr i8, ptr %"keys.179", i64 2
  %".4362" = trunc i64 %".4309" to i16
  store volatile i16 %".4362", ptr %".4361", align 2
  %".4364" = load volatile i16, ptr %".4361", align 2
  %".4365" = zext i16 %".4364" to i64
  %"cursor.257" = and i64 %".4365", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  %".4367" = getelementptr i8, ptr %"keys.179", i64 2
  %".4368" = trunc i64 %".4309" to i16
  store volatile i16 %".4368", ptr %".4367", align 2
  %".4370" = load volatile i16, ptr %".4367", align 2
  %".4371" = zext i16 %".4370" to i64
  %"cursor.258" = and i64 %".4371", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  %".4373" = getelementptr i8, ptr %"keys.179", i64 2
  %".4374" = trunc i64 %".4309" to i16
  store volatile i16 %".4374", ptr %".4373", align 2
  %".4376" = load volatile i16, ptr %".4373", align 2
  %".4377" = zext i16 %".4376" to i64
  %"cursor.259" = and i64 %".4377", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre_version:
  %".4379" = getelementptr i8, ptr %"keys.179", i64 2
  %".4380" = trunc i64 %".4309" to i16
  store volatile i16 %".4380", ptr %".4379", align 2
  %".4382" = load volatile i16, ptr %".4379", align 2
  %".4383" = zext i16 %".4382" to i64
  %"cursor.260" = and i64 %".4383", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  %".4385" = getelementptr i8, ptr %"keys.179", i64 2
  %".4386" = trunc i64 %".4309" to i16
  store volatile i16 %".4386", ptr %".4385", align 2
  %".4388" = load volatile i16, ptr %".4385", align 2
  %".4389" = zext i16 %".4388" to i64
  %"cursor.261" = and i64 %".4389", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  %".4391" = getelementptr i8, ptr %"keys.179", i64 2
  %".4392" = trunc i64 %".4309" to i16
  store volatile i16 %".4392", ptr %".4391", align 2
  %".4394" = load volatile i16, ptr %".4391", align 2
  %".4395" = zext i16 %".4394" to i64
  %"cursor.262" = and i64 %".4395", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  %".4397" = getelementptr i8, ptr %"keys.179", i64 2
  %".4398" = trunc i64 %".4309" to i16
  store volatile i16 %".4398", ptr %".4397", align 2
  %".4400" = load volatile i16, ptr %".4397", align 2
  %".4401" = zext i16 %".4400" to i64
  %"cursor.263" = and i64 %".4401", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  %".4403" = getelementptr i8, ptr %"keys.179", i64 2
  %".4404" = trunc i64 %".4309" to i16
  store volatile i16 %".4404", ptr %".4403", align 2
  %".4406" = load volatile i16, ptr %".4403", align 2
  %".4407" = zext i16 %".4406" to i64
  %"cursor.264" = and i64 %".4407", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  %".4409" = getelementptr i8, ptr %"keys.179", i64 2
  %".4410" = trunc i64 %".4309" to i16
  store volatile i16 %".4410", ptr %".4409", align 2
  %".4412" = load volatile i16, ptr %".4409", align 2
  %".4413" = zext i16 %".4412" to i64
  %"cursor.265" = and i64 %".4413", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".4415" = trunc i64 34887 to i16
  %".4416" = call i16 @"llvm.bswap.i16"(i16 %".4415")
  %".4417" = getelementptr i8, ptr %"keys.179", i64 10
  store i16 %".4416", ptr %".4417", align 2
  %".4419" = getelementptr i8, ptr %"keys.179", i64 2
  %".4420" = trunc i64 %".4309" to i16
  store volatile i16 %".4420", ptr %".4419", align 2
  %".4422" = load volatile i16, ptr %".4419", align 2
  %".4423" = zext i16 %".4422" to i64
  %"cursor.266" = and i64 %".4423", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".4425" = getelementptr i8, ptr %"keys.179", i64 8
  store i8 1, ptr %".4425", align 1
  %".4427" = getelementptr i8, ptr %"keys.179", i64 48
  %"flags.45" = load volatile i32, ptr %".4427", align 4
  %".4428" = and i32 %"flags.45", 4
  %".4429" = icmp ne i32 %".4428", 0
  br i1 %".4429", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".4443" = getelementptr i8, ptr %"keys.179", i64 8
  store i8 1, ptr %".4443", align 1
  %".4445" = getelementptr i8, ptr %"keys.179", i64 48
  %"flags.46" = load volatile i32, ptr %".4445", align 4
  %".4446" = and i32 %"flags.46", 4
  %".4447" = icmp ne i32 %".4446", 0
  br i1 %".4447", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".4431" = trunc i64 %".4309" to i16
  %".4432" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4431", ptr %".4432", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".4435" = getelementptr i8, ptr %"keys.179", i64 12
  store i32 0, ptr %".4435", align 4
  %".4437" = getelementptr i8, ptr %"keys.179", i64 2
  %".4438" = trunc i64 %".4309" to i16
  store volatile i16 %".4438", ptr %".4437", align 2
  %".4440" = load volatile i16, ptr %".4437", align 2
  %".4441" = zext i16 %".4440" to i64
  %"cursor.267" = and i64 %".4441", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".4449" = trunc i64 %".4309" to i16
  %".4450" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4449", ptr %".4450", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".4453" = getelementptr i8, ptr %"keys.179", i64 12
  store i32 0, ptr %".4453", align 4
  %".4455" = getelementptr i8, ptr %"keys.179", i64 2
  %".4456" = trunc i64 %".4309" to i16
  store volatile i16 %".4456", ptr %".4455", align 2
  %".4458" = load volatile i16, ptr %".4455", align 2
  %".4459" = zext i16 %".4458" to i64
  %"cursor.268" = and i64 %".4459", 16383
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4468" = trunc i64 %"cursor.151" to i32
  %".4469" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4468", [40 x i8]* %"header_copy", i32 4)
  %".4470" = icmp eq i64 %".4469", 0
  %".4471" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4472" = load i32, ptr %".4471", align 4
  %".4473" = zext i32 %".4472" to i64
  %"data.180" = inttoptr i64 %".4473" to ptr
  %".4474" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4475" = load i32, ptr %".4474", align 4
  %".4476" = zext i32 %".4475" to i64
  %"data_end.180" = inttoptr i64 %".4476" to ptr
  %".4477" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.180" = load ptr, ptr %".4477", align 8
  %".4478" = xor i1 %".4470", -1
  br i1 %".4478", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".4480" = trunc i64 %".4461" to i16
  %".4481" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4480", ptr %".4481", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".4484" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4485" = load volatile i8, [40 x i8]* %".4484", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".4491" = trunc i64 %".4487" to i16
  %".4492" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4491", ptr %".4492", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels3.to_ip_version:
  %".4496" = getelementptr i8, ptr %"keys.181", i64 8
  store i8 1, ptr %".4496", align 1
  %".4498" = getelementptr i8, ptr %"keys.181", i64 48
  %"flags.47" = load volatile i32, ptr %".4498", align 4
  %".4499" = and i32 %"flags.47", 4
  %".4500" = icmp ne i32 %".4499", 0
  br i1 %".4500", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels4:
  %"cursor.269" = phi  i64 [%".4487", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.182" = phi  ptr [%"data.181", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.182" = phi  ptr [%"data_end.181", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.182" = phi  ptr [%"keys.181", %"mpls_d0_mpls_labels3.to_mpls"]
  %".6782" = add i64 %"cursor.269", 4
  %"hdr.63" = getelementptr i8, ptr %"data.182", i64 %"cursor.269"
  %".6783" = getelementptr i8, ptr %"hdr.63", i64 4
  %".6784" = icmp ugt ptr %".6783", %"data_end.182"
  br i1 %".6784", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".6786" = getelementptr i8, ptr %"hdr.63", i64 2
  %".6787" = load i8, ptr %".6786", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".6787", %"mpls_d0_mpls_labels4.linear"], [%".6806", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.182", %"mpls_d0_mpls_labels4.linear"], [%"data.240", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.182", %"mpls_d0_mpls_labels4.linear"], [%"data_end.240", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.182", %"mpls_d0_mpls_labels4.linear"], [%"keys.240", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".6808" = add i64 %"cursor.269", 4
  %".6809" = zext i8 %"w2_1.5" to i64
  %".6810" = and i64 %".6809", 1
  switch i64 %".6810", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels3.stop_at_encap:
  %".4502" = trunc i64 %".4487" to i16
  %".4503" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4502", ptr %".4503", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".4506" = getelementptr i8, ptr %"keys.181", i64 12
  store i32 0, ptr %".4506", align 4
  %".4508" = getelementptr i8, ptr %"keys.181", i64 2
  %".4509" = trunc i64 %".4487" to i16
  store volatile i16 %".4509", ptr %".4508", align 2
  %".4511" = load volatile i16, ptr %".4508", align 2
  %".4512" = zext i16 %".4511" to i64
  %"cursor.270" = and i64 %".4512", 16383
  br label %"ip_version_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4521" = trunc i64 %"cursor.155" to i32
  %".4522" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4521", [40 x i8]* %"header_copy", i32 4)
  %".4523" = icmp eq i64 %".4522", 0
  %".4524" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4525" = load i32, ptr %".4524", align 4
  %".4526" = zext i32 %".4525" to i64
  %"data.183" = inttoptr i64 %".4526" to ptr
  %".4527" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4528" = load i32, ptr %".4527", align 4
  %".4529" = zext i32 %".4528" to i64
  %"data_end.183" = inttoptr i64 %".4529" to ptr
  %".4530" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.183" = load ptr, ptr %".4530", align 8
  %".4531" = xor i1 %".4523", -1
  br i1 %".4531", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4533" = trunc i64 %".4514" to i16
  %".4534" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4533", ptr %".4534", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4537" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4538" = load volatile i8, [40 x i8]* %".4537", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4544" = trunc i64 %".4540" to i16
  %".4545" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4544", ptr %".4545", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_mpls:
  %".4548" = getelementptr i8, ptr %"keys.184", i64 2
  %".4549" = trunc i64 %".4540" to i16
  store volatile i16 %".4549", ptr %".4548", align 2
  %".4551" = load volatile i16, ptr %".4548", align 2
  %".4552" = zext i16 %".4551" to i64
  %"cursor.272" = and i64 %".4552", 16383
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels2.to_ip_version:
  %".4554" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".4554", align 1
  %".4556" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.48" = load volatile i32, ptr %".4556", align 4
  %".4557" = and i32 %"flags.48", 4
  %".4558" = icmp ne i32 %".4557", 0
  br i1 %".4558", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels3:
  %"cursor.271" = phi  i64 [%"cursor.272", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.185" = phi  ptr [%"data.184", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.185" = phi  ptr [%"data_end.184", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.185" = phi  ptr [%"keys.184", %"mpls_d1_mpls_labels2.to_mpls"]
  %".6838" = add i64 %"cursor.271", 4
  %"hdr.64" = getelementptr i8, ptr %"data.185", i64 %"cursor.271"
  %".6839" = getelementptr i8, ptr %"hdr.64", i64 4
  %".6840" = icmp ugt ptr %".6839", %"data_end.185"
  br i1 %".6840", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".6842" = getelementptr i8, ptr %"hdr.64", i64 2
  %".6843" = load i8, ptr %".6842", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".6843", %"mpls_d1_mpls_labels3.linear"], [%".6862", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.243" = phi  ptr [%"data.185", %"mpls_d1_mpls_labels3.linear"], [%"data.242", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.243" = phi  ptr [%"data_end.185", %"mpls_d1_mpls_labels3.linear"], [%"data_end.242", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.243" = phi  ptr [%"keys.185", %"mpls_d1_mpls_labels3.linear"], [%"keys.242", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".6864" = add i64 %"cursor.271", 4
  %".6865" = zext i8 %"w2_1.6" to i64
  %".6866" = and i64 %".6865", 1
  switch i64 %".6866", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels2.stop_at_encap:
  %".4560" = trunc i64 %".4540" to i16
  %".4561" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4560", ptr %".4561", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4564" = getelementptr i8, ptr %"keys.184", i64 12
  store i32 0, ptr %".4564", align 4
  %".4566" = trunc i64 %".4540" to i16
  %".4567" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4566", ptr %".4567", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4576" = trunc i64 %"cursor.161" to i32
  %".4577" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4576", [40 x i8]* %"header_copy", i32 14)
  %".4578" = icmp eq i64 %".4577", 0
  %".4579" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4580" = load i32, ptr %".4579", align 4
  %".4581" = zext i32 %".4580" to i64
  %"data.186" = inttoptr i64 %".4581" to ptr
  %".4582" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4583" = load i32, ptr %".4582", align 4
  %".4584" = zext i32 %".4583" to i64
  %"data_end.186" = inttoptr i64 %".4584" to ptr
  %".4585" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.186" = load ptr, ptr %".4585", align 8
  %".4586" = xor i1 %".4578", -1
  br i1 %".4586", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4588" = trunc i64 %"cursor.161" to i16
  %".4589" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4588", ptr %".4589", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4592" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4593" = load volatile i16, [40 x i8]* %".4592", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4605" = trunc i64 %".4601" to i16
  %".4606" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4605", ptr %".4606", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  %".4609" = getelementptr i8, ptr %"keys.187", i64 2
  %".4610" = trunc i64 %".4601" to i16
  store volatile i16 %".4610", ptr %".4609", align 2
  %".4612" = load volatile i16, ptr %".4609", align 2
  %".4613" = zext i16 %".4612" to i64
  %"cursor.273" = and i64 %".4613", 16383
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  %".4615" = getelementptr i8, ptr %"keys.187", i64 2
  %".4616" = trunc i64 %".4601" to i16
  store volatile i16 %".4616", ptr %".4615", align 2
  %".4618" = load volatile i16, ptr %".4615", align 2
  %".4619" = zext i16 %".4618" to i64
  %"cursor.274" = and i64 %".4619", 16383
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  %".4621" = getelementptr i8, ptr %"keys.187", i64 2
  %".4622" = trunc i64 %".4601" to i16
  store volatile i16 %".4622", ptr %".4621", align 2
  %".4624" = load volatile i16, ptr %".4621", align 2
  %".4625" = zext i16 %".4624" to i64
  %"cursor.275" = and i64 %".4625", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  %".4627" = getelementptr i8, ptr %"keys.187", i64 2
  %".4628" = trunc i64 %".4601" to i16
  store volatile i16 %".4628", ptr %".4627", align 2
  %".4630" = load volatile i16, ptr %".4627", align 2
  %".4631" = zext i16 %".4630" to i64
  %"cursor.276" = and i64 %".4631", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  %".4633" = getelementptr i8, ptr %"keys.187", i64 2
  %".4634" = trunc i64 %".4601" to i16
  store volatile i16 %".4634", ptr %".4633", align 2
  %".4636" = load volatile i16, ptr %".4633", align 2
  %".4637" = zext i16 %".4636" to i64
  %"cursor.277" = and i64 %".4637", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_mpls.1:
  %".4639" = getelementptr i8, ptr %"keys.187", i64 2
  %".4640" = trunc i64 %".4601" to i16
  store volatile i16 %".4640", ptr %".4639", align 2
  %".4642" = load volatile i16, ptr %".4639", align 2
  %".4643" = zext i16 %".4642" to i64
  %"cursor.278" = and i64 %".4643", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_pppoe:
  %".4645" = getelementptr i8, ptr %"keys.187", i64 2
  %".4646" = trunc i64 %".4601" to i16
  store volatile i16 %".4646", ptr %".4645", align 2
  %".4648" = load volatile i16, ptr %".4645", align 2
  %".4649" = zext i16 %".4648" to i64
  %"cursor.279" = and i64 %".4649", 16383
  br label %"pppoe_d1"
ethernet_d1.to_arp:
  %".4651" = getelementptr i8, ptr %"keys.187", i64 2
  %".4652" = trunc i64 %".4601" to i16
  store volatile i16 %".4652", ptr %".4651", align 2
  %".4654" = load volatile i16, ptr %".4651", align 2
  %".4655" = zext i16 %".4654" to i64
  %"cursor.280" = and i64 %".4655", 16383
  br label %"arp"
ethernet_d1.to_arp.1:
  %".4657" = getelementptr i8, ptr %"keys.187", i64 2
  %".4658" = trunc i64 %".4601" to i16
  store volatile i16 %".4658", ptr %".4657", align 2
  %".4660" = load volatile i16, ptr %".4657", align 2
  %".4661" = zext i16 %".4660" to i64
  %"cursor.281" = and i64 %".4661", 16383
  br label %"arp"
ethernet_d1.to_ptp:
  %".4663" = getelementptr i8, ptr %"keys.187", i64 2
  %".4664" = trunc i64 %".4601" to i16
  store volatile i16 %".4664", ptr %".4663", align 2
  %".4666" = load volatile i16, ptr %".4663", align 2
  %".4667" = zext i16 %".4666" to i64
  %"cursor.282" = and i64 %".4667", 16383
  br label %"ptp"
ethernet_d1.to_cfm:
  %".4669" = getelementptr i8, ptr %"keys.187", i64 2
  %".4670" = trunc i64 %".4601" to i16
  store volatile i16 %".4670", ptr %".4669", align 2
  %".4672" = load volatile i16, ptr %".4669", align 2
  %".4673" = zext i16 %".4672" to i64
  %"cursor.283" = and i64 %".4673", 16383
  br label %"cfm"
ethernet_d1.to_tipc:
  %".4675" = getelementptr i8, ptr %"keys.187", i64 2
  %".4676" = trunc i64 %".4601" to i16
  store volatile i16 %".4676", ptr %".4675", align 2
  %".4678" = load volatile i16, ptr %".4675", align 2
  %".4679" = zext i16 %".4678" to i64
  %"cursor.284" = and i64 %".4679", 16383
  br label %"tipc"
ethernet_d1.to_fcoe:
  %".4681" = getelementptr i8, ptr %"keys.187", i64 2
  %".4682" = trunc i64 %".4601" to i16
  store volatile i16 %".4682", ptr %".4681", align 2
  %".4684" = load volatile i16, ptr %".4681", align 2
  %".4685" = zext i16 %".4684" to i64
  %"cursor.285" = and i64 %".4685", 16383
  br label %"fcoe"
ethernet_d1.to_hsr:
  %".4687" = getelementptr i8, ptr %"keys.187", i64 2
  %".4688" = trunc i64 %".4601" to i16
  store volatile i16 %".4688", ptr %".4687", align 2
  %".4690" = load volatile i16, ptr %".4687", align 2
  %".4691" = zext i16 %".4690" to i64
  %"cursor.286" = and i64 %".4691", 16383
  br label %"hsr_d1"
ethernet_d1.to_hsr.1:
  %".4693" = getelementptr i8, ptr %"keys.187", i64 2
  %".4694" = trunc i64 %".4601" to i16
  store volatile i16 %".4694", ptr %".4693", align 2
  %".4696" = load volatile i16, ptr %".4693", align 2
  %".4697" = zext i16 %".4696" to i64
  %"cursor.287" = and i64 %".4697", 16383
  br label %"hsr_d1"
ethernet_d1.to_batadv:
  %".4699" = getelementptr i8, ptr %"keys.187", i64 2
  %".4700" = trunc i64 %".4601" to i16
  store volatile i16 %".4700", ptr %".4699", align 2
  %".4702" = load volatile i16, ptr %".4699", align 2
  %".4703" = zext i16 %".4702" to i64
  %"cursor.288" = and i64 %".4703", 16383
  br label %"batadv_d1"
gtpu_opt_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4709" = trunc i64 %"cursor.169" to i32
  %".4710" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4709", [40 x i8]* %"header_copy", i32 4)
  %".4711" = icmp eq i64 %".4710", 0
  %".4712" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4713" = load i32, ptr %".4712", align 4
  %".4714" = zext i32 %".4713" to i64
  %"data.188" = inttoptr i64 %".4714" to ptr
  %".4715" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4716" = load i32, ptr %".4715", align 4
  %".4717" = zext i32 %".4716" to i64
  %"data_end.188" = inttoptr i64 %".4717" to ptr
  %".4718" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.188" = load ptr, ptr %".4718", align 8
  %".4719" = xor i1 %".4711", -1
  br i1 %".4719", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4721" = trunc i64 %"cursor.169" to i16
  %".4722" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4721", ptr %".4722", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4728" = trunc i64 %".4726" to i16
  %".4729" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4728", ptr %".4729", align 2
  br label %"return"
gtpu_opt_d1.to_ip_version:
  %".4732" = getelementptr i8, ptr %"keys.189", i64 2
  %".4733" = trunc i64 %".4726" to i16
  store volatile i16 %".4733", ptr %".4732", align 2
  %".4735" = load volatile i16, ptr %".4732", align 2
  %".4736" = zext i16 %".4735" to i64
  %"cursor.289" = and i64 %".4736", 16383
  br label %"ip_version_d1"
gtpu_seq_d1.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4742" = trunc i64 %"cursor.171" to i32
  %".4743" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4742", [40 x i8]* %"header_copy", i32 3)
  %".4744" = icmp eq i64 %".4743", 0
  %".4745" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4746" = load i32, ptr %".4745", align 4
  %".4747" = zext i32 %".4746" to i64
  %"data.190" = inttoptr i64 %".4747" to ptr
  %".4748" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4749" = load i32, ptr %".4748", align 4
  %".4750" = zext i32 %".4749" to i64
  %"data_end.190" = inttoptr i64 %".4750" to ptr
  %".4751" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.190" = load ptr, ptr %".4751", align 8
  %".4752" = xor i1 %".4744", -1
  br i1 %".4752", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4754" = trunc i64 %"cursor.171" to i16
  %".4755" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".4754", ptr %".4755", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4761" = trunc i64 %".4759" to i16
  %".4762" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4761", ptr %".4762", align 2
  br label %"return"
gtpu_seq_d1.to_gtpu_next:
  %".4765" = getelementptr i8, ptr %"keys.191", i64 2
  %".4766" = trunc i64 %".4759" to i16
  store volatile i16 %".4766", ptr %".4765", align 2
  %".4768" = load volatile i16, ptr %".4765", align 2
  %".4769" = zext i16 %".4768" to i64
  %"cursor.291" = and i64 %".4769", 16383
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.290" = phi  i64 [%"cursor.291", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.192" = phi  ptr [%"data.191", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.192" = phi  ptr [%"data_end.191", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.192" = phi  ptr [%"keys.191", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.65" = getelementptr i8, ptr %"data.192", i64 %"cursor.290"
  %".6894" = getelementptr i8, ptr %"hdr.65", i64 1
  %".6895" = icmp ugt ptr %".6894", %"data_end.192"
  br i1 %".6895", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".6897" = getelementptr i8, ptr %"hdr.65", i64 0
  %".6898" = load i8, ptr %".6897", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.29" = phi  i8 [%".6898", %"gtpu_next_d1.linear"], [%".6917", %"gtpu_next_d1.copy_failed.endif"]
  %"data.246" = phi  ptr [%"data.192", %"gtpu_next_d1.linear"], [%"data.245", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.246" = phi  ptr [%"data_end.192", %"gtpu_next_d1.linear"], [%"data_end.245", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.246" = phi  ptr [%"keys.192", %"gtpu_next_d1.linear"], [%"keys.245", %"gtpu_next_d1.copy_failed.endif"]
  %".6919" = add i64 %"cursor.290", 1
  %".6920" = zext i8 %"w0_1.29" to i64
  %".6921" = icmp uge i64 %".6920", 1
  %".6922" = icmp ule i64 %".6920", 255
  %".6923" = and i1 %".6921", %".6922"
  br i1 %".6923", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
vlan_d1_vlan_tags1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4777" = trunc i64 %"cursor.176" to i32
  %".4778" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4777", [40 x i8]* %"header_copy", i32 4)
  %".4779" = icmp eq i64 %".4778", 0
  %".4780" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4781" = load i32, ptr %".4780", align 4
  %".4782" = zext i32 %".4781" to i64
  %"data.193" = inttoptr i64 %".4782" to ptr
  %".4783" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4784" = load i32, ptr %".4783", align 4
  %".4785" = zext i32 %".4784" to i64
  %"data_end.193" = inttoptr i64 %".4785" to ptr
  %".4786" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.193" = load ptr, ptr %".4786", align 8
  %".4787" = xor i1 %".4779", -1
  br i1 %".4787", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".4789" = trunc i64 %"cursor.176" to i16
  %".4790" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4789", ptr %".4790", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".4793" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4794" = load volatile i16, [40 x i8]* %".4793", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".4809" = trunc i64 %".4802" to i16
  %".4810" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4809", ptr %".4810", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  %".4813" = getelementptr i8, ptr %"keys.194", i64 2
  %".4814" = trunc i64 %".4802" to i16
  store volatile i16 %".4814", ptr %".4813", align 2
  %".4816" = load volatile i16, ptr %".4813", align 2
  %".4817" = zext i16 %".4816" to i64
  %"cursor.292" = and i64 %".4817", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  %".4819" = getelementptr i8, ptr %"keys.194", i64 2
  %".4820" = trunc i64 %".4802" to i16
  store volatile i16 %".4820", ptr %".4819", align 2
  %".4822" = load volatile i16, ptr %".4819", align 2
  %".4823" = zext i16 %".4822" to i64
  %"cursor.293" = and i64 %".4823", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  %".4825" = getelementptr i8, ptr %"keys.194", i64 2
  %".4826" = trunc i64 %".4802" to i16
  store volatile i16 %".4826", ptr %".4825", align 2
  %".4828" = load volatile i16, ptr %".4825", align 2
  %".4829" = zext i16 %".4828" to i64
  %"cursor.295" = and i64 %".4829", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  %".4831" = getelementptr i8, ptr %"keys.194", i64 2
  %".4832" = trunc i64 %".4802" to i16
  store volatile i16 %".4832", ptr %".4831", align 2
  %".4834" = load volatile i16, ptr %".4831", align 2
  %".4835" = zext i16 %".4834" to i64
  %"cursor.296" = and i64 %".4835", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  %".4837" = getelementptr i8, ptr %"keys.194", i64 2
  %".4838" = trunc i64 %".4802" to i16
  store volatile i16 %".4838", ptr %".4837", align 2
  %".4840" = load volatile i16, ptr %".4837", align 2
  %".4841" = zext i16 %".4840" to i64
  %"cursor.297" = and i64 %".4841", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  %".4843" = getelementptr i8, ptr %"keys.194", i64 2
  %".4844" = trunc i64 %".4802" to i16
  store volatile i16 %".4844", ptr %".4843", align 2
  %".4846" = load volatile i16, ptr %".4843", align 2
  %".4847" = zext i16 %".4846" to i64
  %"cursor.298" = and i64 %".4847", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  %".4849" = getelementptr i8, ptr %"keys.194", i64 2
  %".4850" = trunc i64 %".4802" to i16
  store volatile i16 %".4850", ptr %".4849", align 2
  %".4852" = load volatile i16, ptr %".4849", align 2
  %".4853" = zext i16 %".4852" to i64
  %"cursor.299" = and i64 %".4853", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1.to_arp:
  %".4855" = getelementptr i8, ptr %"keys.194", i64 2
  %".4856" = trunc i64 %".4802" to i16
  store volatile i16 %".4856", ptr %".4855", align 2
  %".4858" = load volatile i16, ptr %".4855", align 2
  %".4859" = zext i16 %".4858" to i64
  %"cursor.300" = and i64 %".4859", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_arp.1:
  %".4861" = getelementptr i8, ptr %"keys.194", i64 2
  %".4862" = trunc i64 %".4802" to i16
  store volatile i16 %".4862", ptr %".4861", align 2
  %".4864" = load volatile i16, ptr %".4861", align 2
  %".4865" = zext i16 %".4864" to i64
  %"cursor.301" = and i64 %".4865", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_ptp:
  %".4867" = getelementptr i8, ptr %"keys.194", i64 2
  %".4868" = trunc i64 %".4802" to i16
  store volatile i16 %".4868", ptr %".4867", align 2
  %".4870" = load volatile i16, ptr %".4867", align 2
  %".4871" = zext i16 %".4870" to i64
  %"cursor.302" = and i64 %".4871", 16383
  br label %"ptp"
vlan_d1_vlan_tags1.to_cfm:
  %".4873" = getelementptr i8, ptr %"keys.194", i64 2
  %".4874" = trunc i64 %".4802" to i16
  store volatile i16 %".4874", ptr %".4873", align 2
  %".4876" = load volatile i16, ptr %".4873", align 2
  %".4877" = zext i16 %".4876" to i64
  %"cursor.303" = and i64 %".4877", 16383
  br label %"cfm"
vlan_d1_vlan_tags1.to_tipc:
  %".4879" = getelementptr i8, ptr %"keys.194", i64 2
  %".4880" = trunc i64 %".4802" to i16
  store volatile i16 %".4880", ptr %".4879", align 2
  %".4882" = load volatile i16, ptr %".4879", align 2
  %".4883" = zext i16 %".4882" to i64
  %"cursor.304" = and i64 %".4883", 16383
  br label %"tipc"
vlan_d1_vlan_tags1.to_fcoe:
  %".4885" = getelementptr i8, ptr %"keys.194", i64 2
  %".4886" = trunc i64 %".4802" to i16
  store volatile i16 %".4886", ptr %".4885", align 2
  %".4888" = load volatile i16, ptr %".4885", align 2
  %".4889" = zext i16 %".4888" to i64
  %"cursor.305" = and i64 %".4889", 16383
  br label %"fcoe"
vlan_d1_vlan_tags1.to_hsr:
  %".4891" = getelementptr i8, ptr %"keys.194", i64 2
  %".4892" = trunc i64 %".4802" to i16
  store volatile i16 %".4892", ptr %".4891", align 2
  %".4894" = load volatile i16, ptr %".4891", align 2
  %".4895" = zext i16 %".4894" to i64
  %"cursor.306" = and i64 %".4895", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags1.to_hsr.1:
  %".4897" = getelementptr i8, ptr %"keys.194", i64 2
  %".4898" = trunc i64 %".4802" to i16
  store volatile i16 %".4898", ptr %".4897", align 2
  %".4900" = load volatile i16, ptr %".4897", align 2
  %".4901" = zext i16 %".4900" to i64
  %"cursor.307" = and i64 %".4901", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags1.to_batadv:
  %".4903" = getelementptr i8, ptr %"keys.194", i64 2
  %".4904" = trunc i64 %".4802" to i16
  store volatile i16 %".4904", ptr %".4903", align 2
  %".4906" = load volatile i16, ptr %".4903", align 2
  %".4907" = zext i16 %".4906" to i64
  %"cursor.308" = and i64 %".4907", 16383
  br label %"batadv_d1"
vlan_d1_vlan_tags2:
  %"cursor.294" = phi  i64 [%"cursor.295", %"vlan_d1_vlan_tags1.to_vlan"], [%"cursor.296", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data.195" = phi  ptr [%"data.194", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.194", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data_end.195" = phi  ptr [%"data_end.194", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.194", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"keys.195" = phi  ptr [%"keys.194", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.194", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"hdr.66" = getelementptr i8, ptr %"data.195", i64 %"cursor.294"
  %".6942" = getelementptr i8, ptr %"hdr.66", i64 4
  %".6943" = icmp ugt ptr %".6942", %"data_end.195"
  br i1 %".6943", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".6945" = getelementptr i8, ptr %"hdr.66", i64 2
  %".6946" = load i16, ptr %".6945", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.25" = phi  i16 [%".6946", %"vlan_d1_vlan_tags2.linear"], [%".6965", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.249" = phi  ptr [%"data.195", %"vlan_d1_vlan_tags2.linear"], [%"data.248", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.249" = phi  ptr [%"data_end.195", %"vlan_d1_vlan_tags2.linear"], [%"data_end.248", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.249" = phi  ptr [%"keys.195", %"vlan_d1_vlan_tags2.linear"], [%"keys.248", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".6967" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.25")
  %".6968" = zext i16 %".6967" to i64
  %".6969" = trunc i64 %".6968" to i16
  %".6970" = call i16 @"llvm.bswap.i16"(i16 %".6969")
  %".6971" = getelementptr i8, ptr %"keys.249", i64 10
  store i16 %".6970", ptr %".6971", align 2
  %".6973" = add i64 %"cursor.294", 4
  %".6974" = trunc i64 %".6973" to i16
  %".6975" = getelementptr i8, ptr %"keys.249", i64 0
  store i16 %".6974", ptr %".6975", align 2
  %".6977" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.25")
  %".6978" = zext i16 %".6977" to i64
  switch i64 %".6978", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]
hsr_d1.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4915" = trunc i64 %"cursor.188" to i32
  %".4916" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4915", [40 x i8]* %"header_copy", i32 6)
  %".4917" = icmp eq i64 %".4916", 0
  %".4918" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4919" = load i32, ptr %".4918", align 4
  %".4920" = zext i32 %".4919" to i64
  %"data.196" = inttoptr i64 %".4920" to ptr
  %".4921" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4922" = load i32, ptr %".4921", align 4
  %".4923" = zext i32 %".4922" to i64
  %"data_end.196" = inttoptr i64 %".4923" to ptr
  %".4924" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.196" = load ptr, ptr %".4924", align 8
  %".4925" = xor i1 %".4917", -1
  br i1 %".4925", label %"hsr_d1.copy_failed", label %"hsr_d1.copy_failed.endif"
hsr_d1.copy_failed:
  %".4927" = trunc i64 %"cursor.188" to i16
  %".4928" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4927", ptr %".4928", align 2
  br label %"return"
hsr_d1.copy_failed.endif:
  %".4931" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4932" = load volatile i16, [40 x i8]* %".4931", align 2
  br label %"hsr_d1.header"
hsr_d1.unknown:
  %".4947" = trunc i64 %".4940" to i16
  %".4948" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4947", ptr %".4948", align 2
  br label %"return"
hsr_d1.to_ipv4:
  %".4951" = getelementptr i8, ptr %"keys.197", i64 2
  %".4952" = trunc i64 %".4940" to i16
  store volatile i16 %".4952", ptr %".4951", align 2
  %".4954" = load volatile i16, ptr %".4951", align 2
  %".4955" = zext i16 %".4954" to i64
  %"cursor.309" = and i64 %".4955", 16383
  br label %"ipv4_d1"
hsr_d1.to_ipv6:
  %".4957" = getelementptr i8, ptr %"keys.197", i64 2
  %".4958" = trunc i64 %".4940" to i16
  store volatile i16 %".4958", ptr %".4957", align 2
  %".4960" = load volatile i16, ptr %".4957", align 2
  %".4961" = zext i16 %".4960" to i64
  %"cursor.310" = and i64 %".4961", 16383
  br label %"ipv6_d1"
hsr_d1.to_mpls:
  %".4963" = getelementptr i8, ptr %"keys.197", i64 2
  %".4964" = trunc i64 %".4940" to i16
  store volatile i16 %".4964", ptr %".4963", align 2
  %".4966" = load volatile i16, ptr %".4963", align 2
  %".4967" = zext i16 %".4966" to i64
  %"cursor.311" = and i64 %".4967", 16383
  br label %"mpls_d1_mpls_labels1"
hsr_d1.to_mpls.1:
  %".4969" = getelementptr i8, ptr %"keys.197", i64 2
  %".4970" = trunc i64 %".4940" to i16
  store volatile i16 %".4970", ptr %".4969", align 2
  %".4972" = load volatile i16, ptr %".4969", align 2
  %".4973" = zext i16 %".4972" to i64
  %"cursor.312" = and i64 %".4973", 16383
  br label %"mpls_d1_mpls_labels1"
hsr_d1.to_pppoe:
  %".4975" = getelementptr i8, ptr %"keys.197", i64 2
  %".4976" = trunc i64 %".4940" to i16
  store volatile i16 %".4976", ptr %".4975", align 2
  %".4978" = load volatile i16, ptr %".4975", align 2
  %".4979" = zext i16 %".4978" to i64
  %"cursor.313" = and i64 %".4979", 16383
  br label %"pppoe_d1"
hsr_d1.to_arp:
  %".4981" = getelementptr i8, ptr %"keys.197", i64 2
  %".4982" = trunc i64 %".4940" to i16
  store volatile i16 %".4982", ptr %".4981", align 2
  %".4984" = load volatile i16, ptr %".4981", align 2
  %".4985" = zext i16 %".4984" to i64
  %"cursor.314" = and i64 %".4985", 16383
  br label %"arp"
hsr_d1.to_arp.1:
  %".4987" = getelementptr i8, ptr %"keys.197", i64 2
  %".4988" = trunc i64 %".4940" to i16
  store volatile i16 %".4988", ptr %".4987", align 2
  %".4990" = load volatile i16, ptr %".4987", align 2
  %".4991" = zext i16 %".4990" to i64
  %"cursor.315" = and i64 %".4991", 16383
  br label %"arp"
hsr_d1.to_ptp:
  %".4993" = getelementptr i8, ptr %"keys.197", i64 2
  %".4994" = trunc i64 %".4940" to i16
  store volatile i16 %".4994", ptr %".4993", align 2
  %".4996" = load volatile i16, ptr %".4993", align 2
  %".4997" = zext i16 %".4996" to i64
  %"cursor.316" = and i64 %".4997", 16383
  br label %"ptp"
hsr_d1.to_cfm:
  %".4999" = getelementptr i8, ptr %"keys.197", i64 2
  %".5000" = trunc i64 %".4940" to i16
  store volatile i16 %".5000", ptr %".4999", align 2
  %".5002" = load volatile i16, ptr %".4999", align 2
  %".5003" = zext i16 %".5002" to i64
  %"cursor.317" = and i64 %".5003", 16383
  br label %"cfm"
hsr_d1.to_tipc:
  %".5005" = getelementptr i8, ptr %"keys.197", i64 2
  %".5006" = trunc i64 %".4940" to i16
  store volatile i16 %".5006", ptr %".5005", align 2
  %".5008" = load volatile i16, ptr %".5005", align 2
  %".5009" = zext i16 %".5008" to i64
  %"cursor.318" = and i64 %".5009", 16383
  br label %"tipc"
hsr_d1.to_fcoe:
  %".5011" = getelementptr i8, ptr %"keys.197", i64 2
  %".5012" = trunc i64 %".4940" to i16
  store volatile i16 %".5012", ptr %".5011", align 2
  %".5014" = load volatile i16, ptr %".5011", align 2
  %".5015" = zext i16 %".5014" to i64
  %"cursor.319" = and i64 %".5015", 16383
  br label %"fcoe"
batadv_d1.copy:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5027" = trunc i64 %"cursor.191" to i32
  %".5028" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".5027", [40 x i8]* %"header_copy", i32 24)
  %".5029" = icmp eq i64 %".5028", 0
  %".5030" = getelementptr i8, ptr %"ctx.64", i64 76
  %".5031" = load i32, ptr %".5030", align 4
  %".5032" = zext i32 %".5031" to i64
  %"data.198" = inttoptr i64 %".5032" to ptr
  %".5033" = getelementptr i8, ptr %"ctx.64", i64 80
  %".5034" = load i32, ptr %".5033", align 4
  %".5035" = zext i32 %".5034" to i64
  %"data_end.198" = inttoptr i64 %".5035" to ptr
  %".5036" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.198" = load ptr, ptr %".5036", align 8
  %".5037" = xor i1 %".5029", -1
  br i1 %".5037", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".5039" = trunc i64 %"cursor.191" to i16
  %".5040" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".5039", ptr %".5040", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".5043" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5044" = load volatile i8, [40 x i8]* %".5043", align 1
  %".5045" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5046" = load volatile i8, [40 x i8]* %".5045", align 1
  %".5047" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".5048" = load volatile i16, [40 x i8]* %".5047", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".5057" = trunc i64 %"cursor.191" to i16
  %".5058" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5057", ptr %".5058", align 2
  br label %"return"
batadv_d1.require.endif:
  %".5061" = add i64 %"cursor.191", 24
  %".5062" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".5063" = zext i16 %".5062" to i64
  switch i64 %".5063", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe"]
batadv_d1.unknown:
  %".5065" = trunc i64 %".5061" to i16
  %".5066" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5065", ptr %".5066", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".5069" = trunc i64 2048 to i16
  %".5070" = call i16 @"llvm.bswap.i16"(i16 %".5069")
  %".5071" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5070", ptr %".5071", align 2
  %".5073" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5073", align 1
  %".5075" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.49" = load volatile i32, ptr %".5075", align 4
  %".5076" = and i32 %"flags.49", 4
  %".5077" = icmp ne i32 %".5076", 0
  br i1 %".5077", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".5089" = trunc i64 34525 to i16
  %".5090" = call i16 @"llvm.bswap.i16"(i16 %".5089")
  %".5091" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5090", ptr %".5091", align 2
  %".5093" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5093", align 1
  %".5095" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.50" = load volatile i32, ptr %".5095", align 4
  %".5096" = and i32 %"flags.50", 4
  %".5097" = icmp ne i32 %".5096", 0
  br i1 %".5097", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_mpls:
  %".5109" = trunc i64 34887 to i16
  %".5110" = call i16 @"llvm.bswap.i16"(i16 %".5109")
  %".5111" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5110", ptr %".5111", align 2
  %".5113" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5113", align 1
  %".5115" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.51" = load volatile i32, ptr %".5115", align 4
  %".5116" = and i32 %"flags.51", 4
  %".5117" = icmp ne i32 %".5116", 0
  br i1 %".5117", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_mpls.1:
  %".5129" = trunc i64 34888 to i16
  %".5130" = call i16 @"llvm.bswap.i16"(i16 %".5129")
  %".5131" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5130", ptr %".5131", align 2
  %".5133" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5133", align 1
  %".5135" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.52" = load volatile i32, ptr %".5135", align 4
  %".5136" = and i32 %"flags.52", 4
  %".5137" = icmp ne i32 %".5136", 0
  br i1 %".5137", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_pppoe:
  %".5149" = trunc i64 34916 to i16
  %".5150" = call i16 @"llvm.bswap.i16"(i16 %".5149")
  %".5151" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5150", ptr %".5151", align 2
  %".5153" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5153", align 1
  %".5155" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.53" = load volatile i32, ptr %".5155", align 4
  %".5156" = and i32 %"flags.53", 4
  %".5157" = icmp ne i32 %".5156", 0
  br i1 %".5157", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_arp:
  %".5169" = trunc i64 2054 to i16
  %".5170" = call i16 @"llvm.bswap.i16"(i16 %".5169")
  %".5171" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5170", ptr %".5171", align 2
  %".5173" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5173", align 1
  %".5175" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.54" = load volatile i32, ptr %".5175", align 4
  %".5176" = and i32 %"flags.54", 4
  %".5177" = icmp ne i32 %".5176", 0
  br i1 %".5177", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_arp.1:
  %".5189" = trunc i64 32821 to i16
  %".5190" = call i16 @"llvm.bswap.i16"(i16 %".5189")
  %".5191" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5190", ptr %".5191", align 2
  %".5193" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5193", align 1
  %".5195" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.55" = load volatile i32, ptr %".5195", align 4
  %".5196" = and i32 %"flags.55", 4
  %".5197" = icmp ne i32 %".5196", 0
  br i1 %".5197", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_ptp:
  %".5209" = trunc i64 35063 to i16
  %".5210" = call i16 @"llvm.bswap.i16"(i16 %".5209")
  %".5211" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5210", ptr %".5211", align 2
  %".5213" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5213", align 1
  %".5215" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.56" = load volatile i32, ptr %".5215", align 4
  %".5216" = and i32 %"flags.56", 4
  %".5217" = icmp ne i32 %".5216", 0
  br i1 %".5217", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_cfm:
  %".5229" = trunc i64 35074 to i16
  %".5230" = call i16 @"llvm.bswap.i16"(i16 %".5229")
  %".5231" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5230", ptr %".5231", align 2
  %".5233" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5233", align 1
  %".5235" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.57" = load volatile i32, ptr %".5235", align 4
  %".5236" = and i32 %"flags.57", 4
  %".5237" = icmp ne i32 %".5236", 0
  br i1 %".5237", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_tipc:
  %".5249" = trunc i64 35018 to i16
  %".5250" = call i16 @"llvm.bswap.i16"(i16 %".5249")
  %".5251" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5250", ptr %".5251", align 2
  %".5253" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5253", align 1
  %".5255" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.58" = load volatile i32, ptr %".5255", align 4
  %".5256" = and i32 %"flags.58", 4
  %".5257" = icmp ne i32 %".5256", 0
  br i1 %".5257", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_fcoe:
  %".5269" = trunc i64 35078 to i16
  %".5270" = call i16 @"llvm.bswap.i16"(i16 %".5269")
  %".5271" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5270", ptr %".5271", align 2
  %".5273" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5273", align 1
  %".5275" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.59" = load volatile i32, ptr %".5275", align 4
  %".5276" = and i32 %"flags.59", 4
  %".5277" = icmp ne i32 %".5276", 0
  br i1 %".5277", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.stop_at_encap:
  %".5079" = trunc i64 %".5061" to i16
  %".5080" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5079", ptr %".5080", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".5083" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5083", align 4
  %".5085" = trunc i64 %".5061" to i16
  %".5086" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5085", ptr %".5086", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".5099" = trunc i64 %".5061" to i16
  %".5100" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5099", ptr %".5100", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".5103" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5103", align 4
  %".5105" = trunc i64 %".5061" to i16
  %".5106" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5105", ptr %".5106", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".5119" = trunc i64 %".5061" to i16
  %".5120" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5119", ptr %".5120", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".5123" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5123", align 4
  %".5125" = trunc i64 %".5061" to i16
  %".5126" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5125", ptr %".5126", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".5139" = trunc i64 %".5061" to i16
  %".5140" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5139", ptr %".5140", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".5143" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5143", align 4
  %".5145" = trunc i64 %".5061" to i16
  %".5146" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5145", ptr %".5146", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".5159" = trunc i64 %".5061" to i16
  %".5160" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5159", ptr %".5160", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".5163" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5163", align 4
  %".5165" = trunc i64 %".5061" to i16
  %".5166" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5165", ptr %".5166", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".5179" = trunc i64 %".5061" to i16
  %".5180" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5179", ptr %".5180", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".5183" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5183", align 4
  %".5185" = trunc i64 %".5061" to i16
  %".5186" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5185", ptr %".5186", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".5199" = trunc i64 %".5061" to i16
  %".5200" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5199", ptr %".5200", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".5203" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5203", align 4
  %".5205" = trunc i64 %".5061" to i16
  %".5206" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5205", ptr %".5206", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".5219" = trunc i64 %".5061" to i16
  %".5220" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5219", ptr %".5220", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".5223" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5223", align 4
  %".5225" = trunc i64 %".5061" to i16
  %".5226" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5225", ptr %".5226", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".5239" = trunc i64 %".5061" to i16
  %".5240" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5239", ptr %".5240", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".5243" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5243", align 4
  %".5245" = trunc i64 %".5061" to i16
  %".5246" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5245", ptr %".5246", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".5259" = trunc i64 %".5061" to i16
  %".5260" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5259", ptr %".5260", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".5263" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5263", align 4
  %".5265" = trunc i64 %".5061" to i16
  %".5266" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5265", ptr %".5266", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".5279" = trunc i64 %".5061" to i16
  %".5280" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5279", ptr %".5280", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".5283" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5283", align 4
  %".5285" = trunc i64 %".5061" to i16
  %".5286" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5285", ptr %".5286", align 2
  br label %"return"
ppp_d0.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5295" = trunc i64 %"cursor.194" to i32
  %".5296" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".5295", [40 x i8]* %"header_copy", i32 4)
  %".5297" = icmp eq i64 %".5296", 0
  %".5298" = getelementptr i8, ptr %"ctx.65", i64 76
  %".5299" = load i32, ptr %".5298", align 4
  %".5300" = zext i32 %".5299" to i64
  %"data.200" = inttoptr i64 %".5300" to ptr
  %".5301" = getelementptr i8, ptr %"ctx.65", i64 80
  %".5302" = load i32, ptr %".5301", align 4
  %".5303" = zext i32 %".5302" to i64
  %"data_end.200" = inttoptr i64 %".5303" to ptr
  %".5304" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.200" = load ptr, ptr %".5304", align 8
  %".5305" = xor i1 %".5297", -1
  br i1 %".5305", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".5307" = trunc i64 %"cursor.194" to i16
  %".5308" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".5307", ptr %".5308", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".5311" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5312" = load volatile i16, [40 x i8]* %".5311", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".5318" = and i64 %".5316", 0
  %".5319" = icmp eq i64 %".5318", 0
  br i1 %".5319", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".5325" = trunc i64 2048 to i16
  %".5326" = call i16 @"llvm.bswap.i16"(i16 %".5325")
  %".5327" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".5326", ptr %".5327", align 2
  %".5329" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".5329", align 1
  %".5331" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.60" = load volatile i32, ptr %".5331", align 4
  %".5332" = and i32 %"flags.60", 4
  %".5333" = icmp ne i32 %".5332", 0
  br i1 %".5333", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".5347" = trunc i64 34525 to i16
  %".5348" = call i16 @"llvm.bswap.i16"(i16 %".5347")
  %".5349" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".5348", ptr %".5349", align 2
  %".5351" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".5351", align 1
  %".5353" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.61" = load volatile i32, ptr %".5353", align 4
  %".5354" = and i32 %"flags.61", 4
  %".5355" = icmp ne i32 %".5354", 0
  br i1 %".5355", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".5369" = trunc i64 34827 to i16
  %".5370" = call i16 @"llvm.bswap.i16"(i16 %".5369")
  %".5371" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".5370", ptr %".5371", align 2
  %".5373" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".5373", align 1
  %".5375" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.62" = load volatile i32, ptr %".5375", align 4
  %".5376" = and i32 %"flags.62", 4
  %".5377" = icmp ne i32 %".5376", 0
  br i1 %".5377", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".5321" = trunc i64 %".5314" to i16
  %".5322" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5321", ptr %".5322", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".5335" = trunc i64 %".5314" to i16
  %".5336" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5335", ptr %".5336", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".5339" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".5339", align 4
  %".5341" = getelementptr i8, ptr %"keys.201", i64 2
  %".5342" = trunc i64 %".5314" to i16
  store volatile i16 %".5342", ptr %".5341", align 2
  %".5344" = load volatile i16, ptr %".5341", align 2
  %".5345" = zext i16 %".5344" to i64
  %"cursor.320" = and i64 %".5345", 16383
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".5357" = trunc i64 %".5314" to i16
  %".5358" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5357", ptr %".5358", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".5361" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".5361", align 4
  %".5363" = getelementptr i8, ptr %"keys.201", i64 2
  %".5364" = trunc i64 %".5314" to i16
  store volatile i16 %".5364", ptr %".5363", align 2
  %".5366" = load volatile i16, ptr %".5363", align 2
  %".5367" = zext i16 %".5366" to i64
  %"cursor.321" = and i64 %".5367", 16383
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".5379" = trunc i64 %".5314" to i16
  %".5380" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5379", ptr %".5380", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".5383" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".5383", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.322" = phi  i64 [%".5314", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.202" = phi  ptr [%"data.201", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.202" = phi  ptr [%"data_end.201", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.202" = phi  ptr [%"keys.201", %"ppp_d0.stop_at_encap.endif.2"]
  %".7076" = add i64 %"cursor.322", 0
  %".7077" = trunc i64 %".7076" to i16
  %".7078" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".7077", ptr %".7078", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5390" = trunc i64 %"cursor.195" to i32
  %".5391" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".5390", [40 x i8]* %"header_copy", i32 8)
  %".5392" = icmp eq i64 %".5391", 0
  %".5393" = getelementptr i8, ptr %"ctx.66", i64 76
  %".5394" = load i32, ptr %".5393", align 4
  %".5395" = zext i32 %".5394" to i64
  %"data.203" = inttoptr i64 %".5395" to ptr
  %".5396" = getelementptr i8, ptr %"ctx.66", i64 80
  %".5397" = load i32, ptr %".5396", align 4
  %".5398" = zext i32 %".5397" to i64
  %"data_end.203" = inttoptr i64 %".5398" to ptr
  %".5399" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.203" = load ptr, ptr %".5399", align 8
  %".5400" = xor i1 %".5392", -1
  br i1 %".5400", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".5402" = trunc i64 %"cursor.195" to i16
  %".5403" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".5402", ptr %".5403", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".5414" = trunc i64 %".5407" to i16
  %".5415" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".5414", ptr %".5415", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".5418" = getelementptr i8, ptr %"keys.204", i64 12
  store i32 0, ptr %".5418", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.unknown:
  %".5421" = trunc i64 %".5407" to i16
  %".5422" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".5421", ptr %".5422", align 2
  br label %"return"
vxlan_d1.to_ethernet:
  %".5425" = trunc i64 %".5407" to i16
  %".5426" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".5425", ptr %".5426", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5437" = trunc i64 %"cursor.197" to i32
  %".5438" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".5437", [40 x i8]* %"header_copy", i32 8)
  %".5439" = icmp eq i64 %".5438", 0
  %".5440" = getelementptr i8, ptr %"ctx.67", i64 76
  %".5441" = load i32, ptr %".5440", align 4
  %".5442" = zext i32 %".5441" to i64
  %"data.205" = inttoptr i64 %".5442" to ptr
  %".5443" = getelementptr i8, ptr %"ctx.67", i64 80
  %".5444" = load i32, ptr %".5443", align 4
  %".5445" = zext i32 %".5444" to i64
  %"data_end.205" = inttoptr i64 %".5445" to ptr
  %".5446" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.205" = load ptr, ptr %".5446", align 8
  %".5447" = xor i1 %".5439", -1
  br i1 %".5447", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".5449" = trunc i64 %"cursor.197" to i16
  %".5450" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".5449", ptr %".5450", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".5453" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5454" = load volatile i8, [40 x i8]* %".5453", align 1
  %".5455" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5456" = load volatile i16, [40 x i8]* %".5455", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".5463" = trunc i64 %"cursor.197" to i16
  %".5464" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".5463", ptr %".5464", align 2
  br label %"return"
geneve_d1.stop_before.endif:
  %".5467" = add i64 %"cursor.197", 8
  %".5468" = zext i8 %"w0_1.20" to i64
  %".5469" = and i64 %".5468", 63
  %".5470" = mul i64 %".5469", 4
  %".5471" = add i64 %".5470", 8
  %".5472" = getelementptr i8, ptr %"data.206", i64 %"cursor.197"
  %".5473" = getelementptr i8, ptr %".5472", i64 %".5471"
  %".5474" = icmp ugt ptr %".5473", %"data_end.206"
  br i1 %".5474", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.208" = phi  ptr [%"data.206", %"geneve_d1.stop_before.endif"], [%"data.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.206", %"geneve_d1.stop_before.endif"], [%"data_end.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.206", %"geneve_d1.stop_before.endif"], [%"keys.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"end.13" = add i64 %"cursor.197", %".5471"
  %".5495" = getelementptr i8, ptr %"keys.208", i64 8
  store i8 1, ptr %".5495", align 1
  %".5497" = getelementptr i8, ptr %"keys.208", i64 48
  %"flags.64" = load volatile i32, ptr %".5497", align 4
  %".5498" = and i32 %"flags.64", 4
  %".5499" = icmp ne i32 %".5498", 0
  br i1 %".5499", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
geneve_d1.copy_last_byte:
  %".5476" = add i64 %"cursor.197", %".5471"
  %".5477" = sub i64 %".5476", 1
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5478" = trunc i64 %".5477" to i32
  %".5479" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".5478", i64* %"last_byte", i32 1)
  %".5480" = icmp eq i64 %".5479", 0
  %".5481" = getelementptr i8, ptr %"ctx.68", i64 76
  %".5482" = load i32, ptr %".5481", align 4
  %".5483" = zext i32 %".5482" to i64
  %"data.207" = inttoptr i64 %".5483" to ptr
  %".5484" = getelementptr i8, ptr %"ctx.68", i64 80
  %".5485" = load i32, ptr %".5484", align 4
  %".5486" = zext i32 %".5485" to i64
  %"data_end.207" = inttoptr i64 %".5486" to ptr
  %".5487" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.207" = load ptr, ptr %".5487", align 8
  %".5488" = xor i1 %".5480", -1
  br i1 %".5488", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".5490" = trunc i64 %"cursor.197" to i16
  %".5491" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".5490", ptr %".5491", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".5501" = trunc i64 %"end.13" to i16
  %".5502" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5501", ptr %".5502", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".5505" = getelementptr i8, ptr %"keys.208", i64 12
  store i32 0, ptr %".5505", align 4
  %".5507" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".5508" = zext i16 %".5507" to i64
  switch i64 %".5508", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]
geneve_d1.unknown:
  %".5510" = trunc i64 %"end.13" to i16
  %".5511" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5510", ptr %".5511", align 2
  br label %"return"
geneve_d1.to_ethernet:
  %".5514" = trunc i64 %"end.13" to i16
  %".5515" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5514", ptr %".5515", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".5518" = trunc i64 %"end.13" to i16
  %".5519" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5518", ptr %".5519", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".5522" = trunc i64 %"end.13" to i16
  %".5523" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5522", ptr %".5523", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5534" = trunc i64 %"cursor.199" to i32
  %".5535" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".5534", [40 x i8]* %"header_copy", i32 4)
  %".5536" = icmp eq i64 %".5535", 0
  %".5537" = getelementptr i8, ptr %"ctx.69", i64 76
  %".5538" = load i32, ptr %".5537", align 4
  %".5539" = zext i32 %".5538" to i64
  %"data.209" = inttoptr i64 %".5539" to ptr
  %".5540" = getelementptr i8, ptr %"ctx.69", i64 80
  %".5541" = load i32, ptr %".5540", align 4
  %".5542" = zext i32 %".5541" to i64
  %"data_end.209" = inttoptr i64 %".5542" to ptr
  %".5543" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.209" = load ptr, ptr %".5543", align 8
  %".5544" = xor i1 %".5536", -1
  br i1 %".5544", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".5546" = trunc i64 %"cursor.199" to i16
  %".5547" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".5546", ptr %".5547", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".5550" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5551" = load volatile i8, [40 x i8]* %".5550", align 1
  %".5552" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5553" = load volatile i8, [40 x i8]* %".5552", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".5565" = trunc i64 %"cursor.199" to i16
  %".5566" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5565", ptr %".5566", align 2
  br label %"return"
gue_d1.stop_before.endif:
  %".5569" = add i64 %"cursor.199", 4
  %".5570" = zext i8 %"w0_1.21" to i64
  %".5571" = and i64 %".5570", 31
  %".5572" = mul i64 %".5571", 4
  %".5573" = add i64 %".5572", 4
  %".5574" = getelementptr i8, ptr %"data.210", i64 %"cursor.199"
  %".5575" = getelementptr i8, ptr %".5574", i64 %".5573"
  %".5576" = icmp ugt ptr %".5575", %"data_end.210"
  br i1 %".5576", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.212" = phi  ptr [%"data.210", %"gue_d1.stop_before.endif"], [%"data.211", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.212" = phi  ptr [%"data_end.210", %"gue_d1.stop_before.endif"], [%"data_end.211", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.212" = phi  ptr [%"keys.210", %"gue_d1.stop_before.endif"], [%"keys.211", %"gue_d1.copy_last_byte_failed.endif"]
  %"end.14" = add i64 %"cursor.199", %".5573"
  %".5597" = getelementptr i8, ptr %"keys.212", i64 8
  store i8 1, ptr %".5597", align 1
  %".5599" = getelementptr i8, ptr %"keys.212", i64 48
  %"flags.65" = load volatile i32, ptr %".5599", align 4
  %".5600" = and i32 %"flags.65", 4
  %".5601" = icmp ne i32 %".5600", 0
  br i1 %".5601", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gue_d1.copy_last_byte:
  %".5578" = add i64 %"cursor.199", %".5573"
  %".5579" = sub i64 %".5578", 1
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5580" = trunc i64 %".5579" to i32
  %".5581" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".5580", i64* %"last_byte", i32 1)
  %".5582" = icmp eq i64 %".5581", 0
  %".5583" = getelementptr i8, ptr %"ctx.70", i64 76
  %".5584" = load i32, ptr %".5583", align 4
  %".5585" = zext i32 %".5584" to i64
  %"data.211" = inttoptr i64 %".5585" to ptr
  %".5586" = getelementptr i8, ptr %"ctx.70", i64 80
  %".5587" = load i32, ptr %".5586", align 4
  %".5588" = zext i32 %".5587" to i64
  %"data_end.211" = inttoptr i64 %".5588" to ptr
  %".5589" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.211" = load ptr, ptr %".5589", align 8
  %".5590" = xor i1 %".5582", -1
  br i1 %".5590", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".5592" = trunc i64 %"cursor.199" to i16
  %".5593" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".5592", ptr %".5593", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".5603" = trunc i64 %"end.14" to i16
  %".5604" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".5603", ptr %".5604", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".5607" = getelementptr i8, ptr %"keys.212", i64 12
  store i32 0, ptr %".5607", align 4
  %".5609" = zext i8 %"w1_1.13" to i64
  switch i64 %".5609", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.unknown:
  %".5611" = trunc i64 %"end.14" to i16
  %".5612" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".5611", ptr %".5612", align 2
  br label %"return"
gue_d1.to_ipv4:
  %".5615" = trunc i64 %"end.14" to i16
  %".5616" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".5615", ptr %".5616", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".5619" = trunc i64 %"end.14" to i16
  %".5620" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".5619", ptr %".5620", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5631" = trunc i64 %"cursor.201" to i32
  %".5632" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".5631", [40 x i8]* %"header_copy", i32 8)
  %".5633" = icmp eq i64 %".5632", 0
  %".5634" = getelementptr i8, ptr %"ctx.71", i64 76
  %".5635" = load i32, ptr %".5634", align 4
  %".5636" = zext i32 %".5635" to i64
  %"data.213" = inttoptr i64 %".5636" to ptr
  %".5637" = getelementptr i8, ptr %"ctx.71", i64 80
  %".5638" = load i32, ptr %".5637", align 4
  %".5639" = zext i32 %".5638" to i64
  %"data_end.213" = inttoptr i64 %".5639" to ptr
  %".5640" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.213" = load ptr, ptr %".5640", align 8
  %".5641" = xor i1 %".5633", -1
  br i1 %".5641", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".5643" = trunc i64 %"cursor.201" to i16
  %".5644" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".5643", ptr %".5644", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".5647" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5648" = load volatile i8, [40 x i8]* %".5647", align 1
  %".5649" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5650" = load volatile i8, [40 x i8]* %".5649", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".5665" = trunc i64 %"cursor.201" to i16
  %".5666" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".5665", ptr %".5666", align 2
  br label %"return"
gtpu_d1.stop_before.endif:
  %".5669" = add i64 %"cursor.201", 8
  %".5670" = getelementptr i8, ptr %"keys.214", i64 8
  store i8 1, ptr %".5670", align 1
  %".5672" = getelementptr i8, ptr %"keys.214", i64 48
  %"flags.66" = load volatile i32, ptr %".5672", align 4
  %".5673" = and i32 %"flags.66", 4
  %".5674" = icmp ne i32 %".5673", 0
  br i1 %".5674", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
gtpu_d1.stop_at_encap:
  %".5676" = trunc i64 %".5669" to i16
  %".5677" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".5676", ptr %".5677", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".5680" = getelementptr i8, ptr %"keys.214", i64 12
  store i32 0, ptr %".5680", align 4
  %".5682" = zext i8 %"w0_1.22" to i64
  %".5683" = lshr i64 %".5682", 2
  %".5684" = and i64 %".5683", 1
  %".5685" = mul i64 %".5684", 4
  %".5686" = zext i8 %"w0_1.22" to i64
  %".5687" = lshr i64 %".5686", 1
  %".5688" = and i64 %".5687", 1
  %".5689" = mul i64 %".5688", 2
  %".5690" = add i64 %".5685", %".5689"
  %".5691" = zext i8 %"w0_1.22" to i64
  %".5692" = and i64 %".5691", 1
  %".5693" = add i64 %".5690", %".5692"
  %".5694" = icmp uge i64 %".5693", 1
  %".5695" = icmp ule i64 %".5693", 3
  %".5696" = and i1 %".5694", %".5695"
  br i1 %".5696", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".5703" = trunc i64 %".5669" to i16
  %".5704" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".5703", ptr %".5704", align 2
  br label %"return"
gtpu_d1.to_ip_version:
  %".5707" = trunc i64 %".5669" to i16
  %".5708" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".5707", ptr %".5708", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".5711" = trunc i64 %".5669" to i16
  %".5712" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".5711", ptr %".5712", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".5715" = trunc i64 %".5669" to i16
  %".5716" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".5715", ptr %".5716", align 2
  br label %"return"
gtpu_d1.select:
  %".5698" = icmp uge i64 %".5693", 4
  %".5699" = icmp ule i64 %".5693", 7
  %".5700" = and i1 %".5698", %".5699"
  br i1 %".5700", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".5693", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
shim_d1.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5725" = trunc i64 %"cursor.203" to i32
  %".5726" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5725", [40 x i8]* %"header_copy", i32 8)
  %".5727" = icmp eq i64 %".5726", 0
  %".5728" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5729" = load i32, ptr %".5728", align 4
  %".5730" = zext i32 %".5729" to i64
  %"data.215" = inttoptr i64 %".5730" to ptr
  %".5731" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5732" = load i32, ptr %".5731", align 4
  %".5733" = zext i32 %".5732" to i64
  %"data_end.215" = inttoptr i64 %".5733" to ptr
  %".5734" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.215" = load ptr, ptr %".5734", align 8
  %".5735" = xor i1 %".5727", -1
  br i1 %".5735", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".5737" = trunc i64 %"cursor.203" to i16
  %".5738" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".5737", ptr %".5738", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".5741" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5742" = load volatile i16, [40 x i8]* %".5741", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".5751" = trunc i64 %".5744" to i16
  %".5752" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".5751", ptr %".5752", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".5755" = getelementptr i8, ptr %"keys.216", i64 12
  store i32 0, ptr %".5755", align 4
  %".5757" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5758" = zext i16 %".5757" to i64
  switch i64 %".5758", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.unknown:
  %".5760" = trunc i64 %".5744" to i16
  %".5761" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".5760", ptr %".5761", align 2
  br label %"return"
shim_d1.to_ipv4:
  %".5764" = trunc i64 %".5744" to i16
  %".5765" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".5764", ptr %".5765", align 2
  br label %"return"
gre_d1.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5778" = trunc i64 %"cursor.205" to i32
  %".5779" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5778", [40 x i8]* %"header_copy", i32 4)
  %".5780" = icmp eq i64 %".5779", 0
  %".5781" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5782" = load i32, ptr %".5781", align 4
  %".5783" = zext i32 %".5782" to i64
  %"data.217" = inttoptr i64 %".5783" to ptr
  %".5784" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5785" = load i32, ptr %".5784", align 4
  %".5786" = zext i32 %".5785" to i64
  %"data_end.217" = inttoptr i64 %".5786" to ptr
  %".5787" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.217" = load ptr, ptr %".5787", align 8
  %".5788" = xor i1 %".5780", -1
  br i1 %".5788", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".5790" = trunc i64 %"cursor.205" to i16
  %".5791" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5790", ptr %".5791", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".5794" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5795" = load volatile i8, [40 x i8]* %".5794", align 1
  %".5796" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5797" = load volatile i8, [40 x i8]* %".5796", align 1
  %".5798" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5799" = load volatile i16, [40 x i8]* %".5798", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".5810" = trunc i64 %"cursor.205" to i16
  %".5811" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5810", ptr %".5811", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".5814" = add i64 %"cursor.205", 4
  %".5815" = zext i8 %"w0_1.23" to i64
  %".5816" = lshr i64 %".5815", 7
  %".5817" = and i64 %".5816", 1
  %".5818" = zext i8 %"w0_1.23" to i64
  %".5819" = lshr i64 %".5818", 5
  %".5820" = and i64 %".5819", 1
  %".5821" = add i64 %".5817", %".5820"
  %".5822" = zext i8 %"w0_1.23" to i64
  %".5823" = lshr i64 %".5822", 4
  %".5824" = and i64 %".5823", 1
  %".5825" = add i64 %".5821", %".5824"
  %".5826" = mul i64 %".5825", 4
  %".5827" = add i64 %".5826", 4
  %".5828" = getelementptr i8, ptr %"data.218", i64 %"cursor.205"
  %".5829" = getelementptr i8, ptr %".5828", i64 %".5827"
  %".5830" = icmp ugt ptr %".5829", %"data_end.218"
  br i1 %".5830", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.220" = phi  ptr [%"data.218", %"gre_d1.stop_before.endif"], [%"data.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.220" = phi  ptr [%"data_end.218", %"gre_d1.stop_before.endif"], [%"data_end.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.220" = phi  ptr [%"keys.218", %"gre_d1.stop_before.endif"], [%"keys.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.15" = add i64 %"cursor.205", %".5827"
  %".5851" = getelementptr i8, ptr %"keys.220", i64 8
  store i8 1, ptr %".5851", align 1
  %".5853" = getelementptr i8, ptr %"keys.220", i64 48
  %"flags.68" = load volatile i32, ptr %".5853", align 4
  %".5854" = and i32 %"flags.68", 4
  %".5855" = icmp ne i32 %".5854", 0
  br i1 %".5855", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".5832" = add i64 %"cursor.205", %".5827"
  %".5833" = sub i64 %".5832", 1
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5834" = trunc i64 %".5833" to i32
  %".5835" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5834", i64* %"last_byte", i32 1)
  %".5836" = icmp eq i64 %".5835", 0
  %".5837" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5838" = load i32, ptr %".5837", align 4
  %".5839" = zext i32 %".5838" to i64
  %"data.219" = inttoptr i64 %".5839" to ptr
  %".5840" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5841" = load i32, ptr %".5840", align 4
  %".5842" = zext i32 %".5841" to i64
  %"data_end.219" = inttoptr i64 %".5842" to ptr
  %".5843" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.219" = load ptr, ptr %".5843", align 8
  %".5844" = xor i1 %".5836", -1
  br i1 %".5844", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".5846" = trunc i64 %"cursor.205" to i16
  %".5847" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5846", ptr %".5847", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".5857" = trunc i64 %"end.15" to i16
  %".5858" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5857", ptr %".5858", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".5861" = getelementptr i8, ptr %"keys.220", i64 12
  store i32 0, ptr %".5861", align 4
  %".5863" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5864" = zext i16 %".5863" to i64
  %".5865" = trunc i64 %".5864" to i16
  %".5866" = call i16 @"llvm.bswap.i16"(i16 %".5865")
  %".5867" = getelementptr i8, ptr %"keys.220", i64 10
  store i16 %".5866", ptr %".5867", align 2
  %".5869" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5870" = zext i16 %".5869" to i64
  switch i64 %".5870", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]
gre_d1.unknown:
  %".5872" = trunc i64 %"end.15" to i16
  %".5873" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5872", ptr %".5873", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".5876" = trunc i64 %"end.15" to i16
  %".5877" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5876", ptr %".5877", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".5880" = trunc i64 %"end.15" to i16
  %".5881" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5880", ptr %".5881", align 2
  br label %"return"
gre_d1.to_vlan:
  %".5884" = trunc i64 %"end.15" to i16
  %".5885" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5884", ptr %".5885", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".5888" = trunc i64 %"end.15" to i16
  %".5889" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5888", ptr %".5889", align 2
  br label %"return"
gre_d1.to_mpls:
  %".5892" = trunc i64 %"end.15" to i16
  %".5893" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5892", ptr %".5893", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".5896" = trunc i64 %"end.15" to i16
  %".5897" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5896", ptr %".5897", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".5900" = trunc i64 %"end.15" to i16
  %".5901" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5900", ptr %".5901", align 2
  br label %"return"
gre_d1.to_arp:
  %".5904" = trunc i64 %"end.15" to i16
  %".5905" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5904", ptr %".5905", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".5908" = trunc i64 %"end.15" to i16
  %".5909" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5908", ptr %".5909", align 2
  br label %"return"
gre_d1.to_ptp:
  %".5912" = trunc i64 %"end.15" to i16
  %".5913" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5912", ptr %".5913", align 2
  br label %"return"
gre_d1.to_cfm:
  %".5916" = trunc i64 %"end.15" to i16
  %".5917" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5916", ptr %".5917", align 2
  br label %"return"
gre_d1.to_tipc:
  %".5920" = trunc i64 %"end.15" to i16
  %".5921" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5920", ptr %".5921", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".5924" = trunc i64 %"end.15" to i16
  %".5925" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5924", ptr %".5925", align 2
  br label %"return"
gre_d1.to_hsr:
  %".5928" = trunc i64 %"end.15" to i16
  %".5929" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5928", ptr %".5929", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".5932" = trunc i64 %"end.15" to i16
  %".5933" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5932", ptr %".5933", align 2
  br label %"return"
gre_d1.to_batadv:
  %".5936" = trunc i64 %"end.15" to i16
  %".5937" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5936", ptr %".5937", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".5940" = trunc i64 %"end.15" to i16
  %".5941" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5940", ptr %".5941", align 2
  br label %"return"
pptp_d1.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5954" = trunc i64 %"cursor.207" to i32
  %".5955" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5954", [40 x i8]* %"header_copy", i32 4)
  %".5956" = icmp eq i64 %".5955", 0
  %".5957" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5958" = load i32, ptr %".5957", align 4
  %".5959" = zext i32 %".5958" to i64
  %"data.221" = inttoptr i64 %".5959" to ptr
  %".5960" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5961" = load i32, ptr %".5960", align 4
  %".5962" = zext i32 %".5961" to i64
  %"data_end.221" = inttoptr i64 %".5962" to ptr
  %".5963" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.221" = load ptr, ptr %".5963", align 8
  %".5964" = xor i1 %".5956", -1
  br i1 %".5964", label %"pptp_d1.copy_failed", label %"pptp_d1.copy_failed.endif"
pptp_d1.copy_failed:
  %".5966" = trunc i64 %"cursor.207" to i16
  %".5967" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5966", ptr %".5967", align 2
  br label %"return"
pptp_d1.copy_failed.endif:
  %".5970" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5971" = load volatile i8, [40 x i8]* %".5970", align 1
  %".5972" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5973" = load volatile i8, [40 x i8]* %".5972", align 1
  %".5974" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5975" = load volatile i16, [40 x i8]* %".5974", align 2
  br label %"pptp_d1.header"
pptp_d1.stop_before:
  %".5986" = trunc i64 %"cursor.207" to i16
  %".5987" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5986", ptr %".5987", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".5990" = add i64 %"cursor.207", 4
  %".5991" = zext i8 %"w0_1.24" to i64
  %".5992" = lshr i64 %".5991", 7
  %".5993" = and i64 %".5992", 1
  %".5994" = zext i8 %"w0_1.24" to i64
  %".5995" = lshr i64 %".5994", 5
  %".5996" = and i64 %".5995", 1
  %".5997" = add i64 %".5993", %".5996"
  %".5998" = zext i8 %"w0_1.24" to i64
  %".5999" = lshr i64 %".5998", 4
  %".6000" = and i64 %".5999", 1
  %".6001" = add i64 %".5997", %".6000"
  %".6002" = zext i8 %"w1_1.16" to i64
  %".6003" = lshr i64 %".6002", 7
  %".6004" = and i64 %".6003", 1
  %".6005" = add i64 %".6001", %".6004"
  %".6006" = mul i64 %".6005", 4
  %".6007" = add i64 %".6006", 4
  %".6008" = getelementptr i8, ptr %"data.222", i64 %"cursor.207"
  %".6009" = getelementptr i8, ptr %".6008", i64 %".6007"
  %".6010" = icmp ugt ptr %".6009", %"data_end.222"
  br i1 %".6010", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.224" = phi  ptr [%"data.222", %"pptp_d1.stop_before.endif"], [%"data.223", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.224" = phi  ptr [%"data_end.222", %"pptp_d1.stop_before.endif"], [%"data_end.223", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.224" = phi  ptr [%"keys.222", %"pptp_d1.stop_before.endif"], [%"keys.223", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.16" = add i64 %"cursor.207", %".6007"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".6012" = add i64 %"cursor.207", %".6007"
  %".6013" = sub i64 %".6012", 1
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6014" = trunc i64 %".6013" to i32
  %".6015" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".6014", i64* %"last_byte", i32 1)
  %".6016" = icmp eq i64 %".6015", 0
  %".6017" = getelementptr i8, ptr %"ctx.76", i64 76
  %".6018" = load i32, ptr %".6017", align 4
  %".6019" = zext i32 %".6018" to i64
  %"data.223" = inttoptr i64 %".6019" to ptr
  %".6020" = getelementptr i8, ptr %"ctx.76", i64 80
  %".6021" = load i32, ptr %".6020", align 4
  %".6022" = zext i32 %".6021" to i64
  %"data_end.223" = inttoptr i64 %".6022" to ptr
  %".6023" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.223" = load ptr, ptr %".6023", align 8
  %".6024" = xor i1 %".6016", -1
  br i1 %".6024", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".6026" = trunc i64 %"cursor.207" to i16
  %".6027" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".6026", ptr %".6027", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".6032" = trunc i64 %"end.16" to i16
  %".6033" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".6032", ptr %".6033", align 2
  br label %"return"
pptp_d1.to_ppp:
  %".6036" = getelementptr i8, ptr %"keys.224", i64 2
  %".6037" = trunc i64 %"end.16" to i16
  store volatile i16 %".6037", ptr %".6036", align 2
  %".6039" = load volatile i16, ptr %".6036", align 2
  %".6040" = zext i16 %".6039" to i64
  %"cursor.324" = and i64 %".6040", 16383
  br label %"ppp_d1"
ppp_d1:
  %"cursor.323" = phi  i64 [%"cursor.324", %"pptp_d1.to_ppp"]
  %"data.225" = phi  ptr [%"data.224", %"pptp_d1.to_ppp"]
  %"data_end.225" = phi  ptr [%"data_end.224", %"pptp_d1.to_ppp"]
  %"keys.225" = phi  ptr [%"keys.224", %"pptp_d1.to_ppp"]
  %"hdr.67" = getelementptr i8, ptr %"data.225", i64 %"cursor.323"
  %".7081" = getelementptr i8, ptr %"hdr.67", i64 4
  %".7082" = icmp ugt ptr %".7081", %"data_end.225"
  br i1 %".7082", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".7084" = getelementptr i8, ptr %"hdr.67", i64 2
  %".7085" = load i16, ptr %".7084", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.26" = phi  i16 [%".7085", %"ppp_d1.linear"], [%".7104", %"ppp_d1.copy_failed.endif"]
  %"data.251" = phi  ptr [%"data.225", %"ppp_d1.linear"], [%"data.250", %"ppp_d1.copy_failed.endif"]
  %"data_end.251" = phi  ptr [%"data_end.225", %"ppp_d1.linear"], [%"data_end.250", %"ppp_d1.copy_failed.endif"]
  %"keys.251" = phi  ptr [%"keys.225", %"ppp_d1.linear"], [%"keys.250", %"ppp_d1.copy_failed.endif"]
  %".7106" = add i64 %"cursor.323", 4
  %".7107" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.26")
  %".7108" = zext i16 %".7107" to i64
  switch i64 %".7108", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6050" = trunc i64 %"cursor.209" to i32
  %".6051" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".6050", [40 x i8]* %"header_copy", i32 2)
  %".6052" = icmp eq i64 %".6051", 0
  %".6053" = getelementptr i8, ptr %"ctx.77", i64 76
  %".6054" = load i32, ptr %".6053", align 4
  %".6055" = zext i32 %".6054" to i64
  %"data.226" = inttoptr i64 %".6055" to ptr
  %".6056" = getelementptr i8, ptr %"ctx.77", i64 80
  %".6057" = load i32, ptr %".6056", align 4
  %".6058" = zext i32 %".6057" to i64
  %"data_end.226" = inttoptr i64 %".6058" to ptr
  %".6059" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.226" = load ptr, ptr %".6059", align 8
  %".6060" = xor i1 %".6052", -1
  br i1 %".6060", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".6062" = trunc i64 %"cursor.209" to i16
  %".6063" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".6062", ptr %".6063", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".6066" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6067" = load volatile i8, [40 x i8]* %".6066", align 1
  %".6068" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6069" = load volatile i8, [40 x i8]* %".6068", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.copy_last_byte:
  %".6085" = add i64 %"cursor.209", %".6079"
  %".6086" = sub i64 %".6085", 1
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6087" = trunc i64 %".6086" to i32
  %".6088" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".6087", i64* %"last_byte", i32 1)
  %".6089" = icmp eq i64 %".6088", 0
  %".6090" = getelementptr i8, ptr %"ctx.78", i64 76
  %".6091" = load i32, ptr %".6090", align 4
  %".6092" = zext i32 %".6091" to i64
  %"data.228" = inttoptr i64 %".6092" to ptr
  %".6093" = getelementptr i8, ptr %"ctx.78", i64 80
  %".6094" = load i32, ptr %".6093", align 4
  %".6095" = zext i32 %".6094" to i64
  %"data_end.228" = inttoptr i64 %".6095" to ptr
  %".6096" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.228" = load ptr, ptr %".6096", align 8
  %".6097" = xor i1 %".6089", -1
  br i1 %".6097", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed:
  %".6099" = trunc i64 %".6080" to i16
  %".6100" = getelementptr i8, ptr %"keys.228", i64 2
  store i16 %".6099", ptr %".6100", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext2.variable_part"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".6106" = trunc i64 %"end.17" to i16
  %".6107" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6106", ptr %".6107", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  %".6110" = getelementptr i8, ptr %"keys.229", i64 2
  %".6111" = trunc i64 %"end.17" to i16
  store volatile i16 %".6111", ptr %".6110", align 2
  %".6113" = load volatile i16, ptr %".6110", align 2
  %".6114" = zext i16 %".6113" to i64
  %"cursor.326" = and i64 %".6114", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  %".6116" = getelementptr i8, ptr %"keys.229", i64 2
  %".6117" = trunc i64 %"end.17" to i16
  store volatile i16 %".6117", ptr %".6116", align 2
  %".6119" = load volatile i16, ptr %".6116", align 2
  %".6120" = zext i16 %".6119" to i64
  %"cursor.327" = and i64 %".6120", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  %".6122" = getelementptr i8, ptr %"keys.229", i64 2
  %".6123" = trunc i64 %"end.17" to i16
  store volatile i16 %".6123", ptr %".6122", align 2
  %".6125" = load volatile i16, ptr %".6122", align 2
  %".6126" = zext i16 %".6125" to i64
  %"cursor.328" = and i64 %".6126", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  %".6128" = getelementptr i8, ptr %"keys.229", i64 2
  %".6129" = trunc i64 %"end.17" to i16
  store volatile i16 %".6129", ptr %".6128", align 2
  %".6131" = load volatile i16, ptr %".6128", align 2
  %".6132" = zext i16 %".6131" to i64
  %"cursor.330" = and i64 %".6132", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  %".6134" = getelementptr i8, ptr %"keys.229", i64 2
  %".6135" = trunc i64 %"end.17" to i16
  store volatile i16 %".6135", ptr %".6134", align 2
  %".6137" = load volatile i16, ptr %".6134", align 2
  %".6138" = zext i16 %".6137" to i64
  %"cursor.331" = and i64 %".6138", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  %".6140" = getelementptr i8, ptr %"keys.229", i64 2
  %".6141" = trunc i64 %"end.17" to i16
  store volatile i16 %".6141", ptr %".6140", align 2
  %".6143" = load volatile i16, ptr %".6140", align 2
  %".6144" = zext i16 %".6143" to i64
  %"cursor.332" = and i64 %".6144", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  %".6146" = getelementptr i8, ptr %"keys.229", i64 2
  %".6147" = trunc i64 %"end.17" to i16
  store volatile i16 %".6147", ptr %".6146", align 2
  %".6149" = load volatile i16, ptr %".6146", align 2
  %".6150" = zext i16 %".6149" to i64
  %"cursor.333" = and i64 %".6150", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre_version:
  %".6152" = getelementptr i8, ptr %"keys.229", i64 2
  %".6153" = trunc i64 %"end.17" to i16
  store volatile i16 %".6153", ptr %".6152", align 2
  %".6155" = load volatile i16, ptr %".6152", align 2
  %".6156" = zext i16 %".6155" to i64
  %"cursor.334" = and i64 %".6156", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  %".6158" = getelementptr i8, ptr %"keys.229", i64 2
  %".6159" = trunc i64 %"end.17" to i16
  store volatile i16 %".6159", ptr %".6158", align 2
  %".6161" = load volatile i16, ptr %".6158", align 2
  %".6162" = zext i16 %".6161" to i64
  %"cursor.335" = and i64 %".6162", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  %".6164" = getelementptr i8, ptr %"keys.229", i64 2
  %".6165" = trunc i64 %"end.17" to i16
  store volatile i16 %".6165", ptr %".6164", align 2
  %".6167" = load volatile i16, ptr %".6164", align 2
  %".6168" = zext i16 %".6167" to i64
  %"cursor.336" = and i64 %".6168", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  %".6170" = getelementptr i8, ptr %"keys.229", i64 2
  %".6171" = trunc i64 %"end.17" to i16
  store volatile i16 %".6171", ptr %".6170", align 2
  %".6173" = load volatile i16, ptr %".6170", align 2
  %".6174" = zext i16 %".6173" to i64
  %"cursor.337" = and i64 %".6174", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  %".6176" = getelementptr i8, ptr %"keys.229", i64 2
  %".6177" = trunc i64 %"end.17" to i16
  store volatile i16 %".6177", ptr %".6176", align 2
  %".6179" = load volatile i16, ptr %".6176", align 2
  %".6180" = zext i16 %".6179" to i64
  %"cursor.338" = and i64 %".6180", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  %".6182" = getelementptr i8, ptr %"keys.229", i64 2
  %".6183" = trunc i64 %"end.17" to i16
  store volatile i16 %".6183", ptr %".6182", align 2
  %".6185" = load volatile i16, ptr %".6182", align 2
  %".6186" = zext i16 %".6185" to i64
  %"cursor.339" = and i64 %".6186", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".6188" = trunc i64 34887 to i16
  %".6189" = call i16 @"llvm.bswap.i16"(i16 %".6188")
  %".6190" = getelementptr i8, ptr %"keys.229", i64 10
  store i16 %".6189", ptr %".6190", align 2
  %".6192" = getelementptr i8, ptr %"keys.229", i64 2
  %".6193" = trunc i64 %"end.17" to i16
  store volatile i16 %".6193", ptr %".6192", align 2
  %".6195" = load volatile i16, ptr %".6192", align 2
  %".6196" = zext i16 %".6195" to i64
  %"cursor.340" = and i64 %".6196", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".6198" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".6198", align 1
  %".6200" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.69" = load volatile i32, ptr %".6200", align 4
  %".6201" = and i32 %"flags.69", 4
  %".6202" = icmp ne i32 %".6201", 0
  br i1 %".6202", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".6214" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".6214", align 1
  %".6216" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.70" = load volatile i32, ptr %".6216", align 4
  %".6217" = and i32 %"flags.70", 4
  %".6218" = icmp ne i32 %".6217", 0
  br i1 %".6218", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.325" = phi  i64 [%"cursor.326", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.327", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.328", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.341", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.342", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.343", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data.230" = phi  ptr [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.230" = phi  ptr [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.230" = phi  ptr [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.68" = getelementptr i8, ptr %"data.230", i64 %"cursor.325"
  %".7177" = getelementptr i8, ptr %"hdr.68", i64 2
  %".7178" = icmp ugt ptr %".7177", %"data_end.230"
  br i1 %".7178", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".7180" = getelementptr i8, ptr %"hdr.68", i64 0
  %".7181" = load i8, ptr %".7180", align 1
  %".7182" = getelementptr i8, ptr %"hdr.68", i64 1
  %".7183" = load i8, ptr %".7182", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.30" = phi  i8 [%".7181", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".7202", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.19" = phi  i8 [%".7183", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".7204", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.253" = phi  ptr [%"data.230", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.252", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.253" = phi  ptr [%"data_end.230", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.252", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.253" = phi  ptr [%"keys.230", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.252", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".7206" = zext i8 %"w0_1.30" to i64
  %".7207" = trunc i64 %".7206" to i8
  %".7208" = getelementptr i8, ptr %"keys.253", i64 9
  store i8 %".7207", ptr %".7208", align 1
  %".7210" = add i64 %"cursor.325", 2
  %".7211" = zext i8 %"w1_1.19" to i64
  %".7212" = mul i64 %".7211", 8
  %".7213" = add i64 %".7212", 6
  %".7214" = add i64 %".7213", 2
  %".7215" = add i64 %"cursor.325", %".7214"
  %".7216" = getelementptr i8, ptr %"data.253", i64 %"cursor.325"
  %".7217" = getelementptr i8, ptr %".7216", i64 %".7214"
  %".7218" = icmp ugt ptr %".7217", %"data_end.253"
  br i1 %".7218", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext3.variable_part:
  %"data.255" = phi  ptr [%"data.253", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data.254", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.255" = phi  ptr [%"data_end.253", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data_end.254", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.255" = phi  ptr [%"keys.253", %"ipv6_opts_d1_ipv6_ext3.header"], [%"keys.254", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.19" = add i64 %"cursor.325", %".7214"
  %".7239" = zext i8 %"w0_1.30" to i64
  switch i64 %".7239", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.329" = phi  i64 [%"cursor.330", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"cursor.344", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data.231" = phi  ptr [%"data.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data_end.231" = phi  ptr [%"data_end.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"keys.231" = phi  ptr [%"keys.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.233", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"hdr.69" = getelementptr i8, ptr %"data.231", i64 %"cursor.329"
  %".7357" = getelementptr i8, ptr %"hdr.69", i64 8
  %".7358" = icmp ugt ptr %".7357", %"data_end.231"
  br i1 %".7358", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".7360" = getelementptr i8, ptr %"hdr.69", i64 0
  %".7361" = load i8, ptr %".7360", align 1
  %".7362" = getelementptr i8, ptr %"hdr.69", i64 2
  %".7363" = load i16, ptr %".7362", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.31" = phi  i8 [%".7361", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".7382", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.27" = phi  i16 [%".7363", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".7384", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.257" = phi  ptr [%"data.231", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.256", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.257" = phi  ptr [%"data_end.231", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.256", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.257" = phi  ptr [%"keys.231", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.256", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".7386" = zext i8 %"w0_1.31" to i64
  %".7387" = trunc i64 %".7386" to i8
  %".7388" = getelementptr i8, ptr %"keys.257", i64 9
  store i8 %".7387", ptr %".7388", align 1
  %".7390" = add i64 %"cursor.329", 8
  %".7391" = icmp ne i64 1, 0
  %".7392" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.27")
  %".7393" = zext i16 %".7392" to i64
  %".7394" = and i64 %".7393", 65528
  %".7395" = icmp eq i64 %".7394", 0
  br i1 %".7391", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".6204" = trunc i64 %"end.17" to i16
  %".6205" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6204", ptr %".6205", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".6208" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".6208", align 4
  %".6210" = trunc i64 %"end.17" to i16
  %".6211" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6210", ptr %".6211", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".6220" = trunc i64 %"end.17" to i16
  %".6221" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6220", ptr %".6221", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".6224" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".6224", align 4
  %".6226" = trunc i64 %"end.17" to i16
  %".6227" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6226", ptr %".6227", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6238" = trunc i64 %"cursor.213" to i32
  %".6239" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".6238", [40 x i8]* %"header_copy", i32 8)
  %".6240" = icmp eq i64 %".6239", 0
  %".6241" = getelementptr i8, ptr %"ctx.79", i64 76
  %".6242" = load i32, ptr %".6241", align 4
  %".6243" = zext i32 %".6242" to i64
  %"data.232" = inttoptr i64 %".6243" to ptr
  %".6244" = getelementptr i8, ptr %"ctx.79", i64 80
  %".6245" = load i32, ptr %".6244", align 4
  %".6246" = zext i32 %".6245" to i64
  %"data_end.232" = inttoptr i64 %".6246" to ptr
  %".6247" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.232" = load ptr, ptr %".6247", align 8
  %".6248" = xor i1 %".6240", -1
  br i1 %".6248", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".6250" = trunc i64 %"cursor.213" to i16
  %".6251" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".6250", ptr %".6251", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".6254" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6255" = load volatile i8, [40 x i8]* %".6254", align 1
  %".6256" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6257" = load volatile i16, [40 x i8]* %".6256", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".6270" = getelementptr i8, ptr %"keys.233", i64 6
  store i8 1, ptr %".6270", align 1
  br i1 %".6268", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".6290" = zext i8 %"w0_1.26" to i64
  switch i64 %".6290", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".6273" = getelementptr i8, ptr %"keys.233", i64 7
  store i8 1, ptr %".6273", align 1
  %".6275" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.71" = load volatile i32, ptr %".6275", align 4
  %".6276" = and i32 %"flags.71", 1
  %".6277" = icmp ne i32 %".6276", 0
  %".6278" = xor i1 %".6277", -1
  br i1 %".6278", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".6285" = trunc i64 %".6263" to i16
  %".6286" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".6285", ptr %".6286", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".6280" = trunc i64 %".6263" to i16
  %".6281" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".6280", ptr %".6281", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".6292" = trunc i64 %".6263" to i16
  %".6293" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".6292", ptr %".6293", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  %".6296" = getelementptr i8, ptr %"keys.233", i64 2
  %".6297" = trunc i64 %".6263" to i16
  store volatile i16 %".6297", ptr %".6296", align 2
  %".6299" = load volatile i16, ptr %".6296", align 2
  %".6300" = zext i16 %".6299" to i64
  %"cursor.341" = and i64 %".6300", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  %".6302" = getelementptr i8, ptr %"keys.233", i64 2
  %".6303" = trunc i64 %".6263" to i16
  store volatile i16 %".6303", ptr %".6302", align 2
  %".6305" = load volatile i16, ptr %".6302", align 2
  %".6306" = zext i16 %".6305" to i64
  %"cursor.342" = and i64 %".6306", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  %".6308" = getelementptr i8, ptr %"keys.233", i64 2
  %".6309" = trunc i64 %".6263" to i16
  store volatile i16 %".6309", ptr %".6308", align 2
  %".6311" = load volatile i16, ptr %".6308", align 2
  %".6312" = zext i16 %".6311" to i64
  %"cursor.343" = and i64 %".6312", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  %".6314" = getelementptr i8, ptr %"keys.233", i64 2
  %".6315" = trunc i64 %".6263" to i16
  store volatile i16 %".6315", ptr %".6314", align 2
  %".6317" = load volatile i16, ptr %".6314", align 2
  %".6318" = zext i16 %".6317" to i64
  %"cursor.344" = and i64 %".6318", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  %".6320" = getelementptr i8, ptr %"keys.233", i64 2
  %".6321" = trunc i64 %".6263" to i16
  store volatile i16 %".6321", ptr %".6320", align 2
  %".6323" = load volatile i16, ptr %".6320", align 2
  %".6324" = zext i16 %".6323" to i64
  %"cursor.345" = and i64 %".6324", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  %".6326" = getelementptr i8, ptr %"keys.233", i64 2
  %".6327" = trunc i64 %".6263" to i16
  store volatile i16 %".6327", ptr %".6326", align 2
  %".6329" = load volatile i16, ptr %".6326", align 2
  %".6330" = zext i16 %".6329" to i64
  %"cursor.346" = and i64 %".6330", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  %".6332" = getelementptr i8, ptr %"keys.233", i64 2
  %".6333" = trunc i64 %".6263" to i16
  store volatile i16 %".6333", ptr %".6332", align 2
  %".6335" = load volatile i16, ptr %".6332", align 2
  %".6336" = zext i16 %".6335" to i64
  %"cursor.347" = and i64 %".6336", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre_version:
  %".6338" = getelementptr i8, ptr %"keys.233", i64 2
  %".6339" = trunc i64 %".6263" to i16
  store volatile i16 %".6339", ptr %".6338", align 2
  %".6341" = load volatile i16, ptr %".6338", align 2
  %".6342" = zext i16 %".6341" to i64
  %"cursor.348" = and i64 %".6342", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  %".6344" = getelementptr i8, ptr %"keys.233", i64 2
  %".6345" = trunc i64 %".6263" to i16
  store volatile i16 %".6345", ptr %".6344", align 2
  %".6347" = load volatile i16, ptr %".6344", align 2
  %".6348" = zext i16 %".6347" to i64
  %"cursor.349" = and i64 %".6348", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  %".6350" = getelementptr i8, ptr %"keys.233", i64 2
  %".6351" = trunc i64 %".6263" to i16
  store volatile i16 %".6351", ptr %".6350", align 2
  %".6353" = load volatile i16, ptr %".6350", align 2
  %".6354" = zext i16 %".6353" to i64
  %"cursor.350" = and i64 %".6354", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  %".6356" = getelementptr i8, ptr %"keys.233", i64 2
  %".6357" = trunc i64 %".6263" to i16
  store volatile i16 %".6357", ptr %".6356", align 2
  %".6359" = load volatile i16, ptr %".6356", align 2
  %".6360" = zext i16 %".6359" to i64
  %"cursor.351" = and i64 %".6360", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  %".6362" = getelementptr i8, ptr %"keys.233", i64 2
  %".6363" = trunc i64 %".6263" to i16
  store volatile i16 %".6363", ptr %".6362", align 2
  %".6365" = load volatile i16, ptr %".6362", align 2
  %".6366" = zext i16 %".6365" to i64
  %"cursor.352" = and i64 %".6366", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  %".6368" = getelementptr i8, ptr %"keys.233", i64 2
  %".6369" = trunc i64 %".6263" to i16
  store volatile i16 %".6369", ptr %".6368", align 2
  %".6371" = load volatile i16, ptr %".6368", align 2
  %".6372" = zext i16 %".6371" to i64
  %"cursor.353" = and i64 %".6372", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".6374" = trunc i64 34887 to i16
  %".6375" = call i16 @"llvm.bswap.i16"(i16 %".6374")
  %".6376" = getelementptr i8, ptr %"keys.233", i64 10
  store i16 %".6375", ptr %".6376", align 2
  %".6378" = getelementptr i8, ptr %"keys.233", i64 2
  %".6379" = trunc i64 %".6263" to i16
  store volatile i16 %".6379", ptr %".6378", align 2
  %".6381" = load volatile i16, ptr %".6378", align 2
  %".6382" = zext i16 %".6381" to i64
  %"cursor.354" = and i64 %".6382", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".6384" = getelementptr i8, ptr %"keys.233", i64 8
  store i8 1, ptr %".6384", align 1
  %".6386" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.72" = load volatile i32, ptr %".6386", align 4
  %".6387" = and i32 %"flags.72", 4
  %".6388" = icmp ne i32 %".6387", 0
  br i1 %".6388", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".6400" = getelementptr i8, ptr %"keys.233", i64 8
  store i8 1, ptr %".6400", align 1
  %".6402" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.73" = load volatile i32, ptr %".6402", align 4
  %".6403" = and i32 %"flags.73", 4
  %".6404" = icmp ne i32 %".6403", 0
  br i1 %".6404", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".6390" = trunc i64 %".6263" to i16
  %".6391" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".6390", ptr %".6391", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".6394" = getelementptr i8, ptr %"keys.233", i64 12
  store i32 0, ptr %".6394", align 4
  %".6396" = trunc i64 %".6263" to i16
  %".6397" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".6396", ptr %".6397", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".6406" = trunc i64 %".6263" to i16
  %".6407" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".6406", ptr %".6407", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".6410" = getelementptr i8, ptr %"keys.233", i64 12
  store i32 0, ptr %".6410", align 4
  %".6412" = trunc i64 %".6263" to i16
  %".6413" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".6412", ptr %".6413", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6424" = trunc i64 %"cursor.239" to i32
  %".6425" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".6424", [40 x i8]* %"header_copy", i32 2)
  %".6426" = icmp eq i64 %".6425", 0
  %".6427" = getelementptr i8, ptr %"ctx.80", i64 76
  %".6428" = load i32, ptr %".6427", align 4
  %".6429" = zext i32 %".6428" to i64
  %"data.234" = inttoptr i64 %".6429" to ptr
  %".6430" = getelementptr i8, ptr %"ctx.80", i64 80
  %".6431" = load i32, ptr %".6430", align 4
  %".6432" = zext i32 %".6431" to i64
  %"data_end.234" = inttoptr i64 %".6432" to ptr
  %".6433" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.234" = load ptr, ptr %".6433", align 8
  %".6434" = xor i1 %".6426", -1
  br i1 %".6434", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".6436" = trunc i64 %"cursor.239" to i16
  %".6437" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".6436", ptr %".6437", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".6440" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6441" = load volatile i8, [40 x i8]* %".6440", align 1
  %".6442" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6443" = load volatile i8, [40 x i8]* %".6442", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.copy_last_byte:
  %".6459" = add i64 %"cursor.239", %".6453"
  %".6460" = sub i64 %".6459", 1
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6461" = trunc i64 %".6460" to i32
  %".6462" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".6461", i64* %"last_byte", i32 1)
  %".6463" = icmp eq i64 %".6462", 0
  %".6464" = getelementptr i8, ptr %"ctx.81", i64 76
  %".6465" = load i32, ptr %".6464", align 4
  %".6466" = zext i32 %".6465" to i64
  %"data.236" = inttoptr i64 %".6466" to ptr
  %".6467" = getelementptr i8, ptr %"ctx.81", i64 80
  %".6468" = load i32, ptr %".6467", align 4
  %".6469" = zext i32 %".6468" to i64
  %"data_end.236" = inttoptr i64 %".6469" to ptr
  %".6470" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.236" = load ptr, ptr %".6470", align 8
  %".6471" = xor i1 %".6463", -1
  br i1 %".6471", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed:
  %".6473" = trunc i64 %".6454" to i16
  %".6474" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".6473", ptr %".6474", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext3.variable_part"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".6480" = trunc i64 %"end.18" to i16
  %".6481" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".6480", ptr %".6481", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".6484" = trunc i64 %"end.18" to i16
  %".6485" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".6484", ptr %".6485", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".6488" = trunc i64 %"end.18" to i16
  %".6489" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".6488", ptr %".6489", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".6492" = trunc i64 %"end.18" to i16
  %".6493" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".6492", ptr %".6493", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".6496" = trunc i64 %"end.18" to i16
  %".6497" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".6496", ptr %".6497", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  %".6500" = getelementptr i8, ptr %"keys.237", i64 2
  %".6501" = trunc i64 %"end.18" to i16
  store volatile i16 %".6501", ptr %".6500", align 2
  %".6503" = load volatile i16, ptr %".6500", align 2
  %".6504" = zext i16 %".6503" to i64
  %"cursor.355" = and i64 %".6504", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  %".6506" = getelementptr i8, ptr %"keys.237", i64 2
  %".6507" = trunc i64 %"end.18" to i16
  store volatile i16 %".6507", ptr %".6506", align 2
  %".6509" = load volatile i16, ptr %".6506", align 2
  %".6510" = zext i16 %".6509" to i64
  %"cursor.356" = and i64 %".6510", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  %".6512" = getelementptr i8, ptr %"keys.237", i64 2
  %".6513" = trunc i64 %"end.18" to i16
  store volatile i16 %".6513", ptr %".6512", align 2
  %".6515" = load volatile i16, ptr %".6512", align 2
  %".6516" = zext i16 %".6515" to i64
  %"cursor.357" = and i64 %".6516", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre_version:
  %".6518" = getelementptr i8, ptr %"keys.237", i64 2
  %".6519" = trunc i64 %"end.18" to i16
  store volatile i16 %".6519", ptr %".6518", align 2
  %".6521" = load volatile i16, ptr %".6518", align 2
  %".6522" = zext i16 %".6521" to i64
  %"cursor.358" = and i64 %".6522", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  %".6524" = getelementptr i8, ptr %"keys.237", i64 2
  %".6525" = trunc i64 %"end.18" to i16
  store volatile i16 %".6525", ptr %".6524", align 2
  %".6527" = load volatile i16, ptr %".6524", align 2
  %".6528" = zext i16 %".6527" to i64
  %"cursor.359" = and i64 %".6528", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  %".6530" = getelementptr i8, ptr %"keys.237", i64 2
  %".6531" = trunc i64 %"end.18" to i16
  store volatile i16 %".6531", ptr %".6530", align 2
  %".6533" = load volatile i16, ptr %".6530", align 2
  %".6534" = zext i16 %".6533" to i64
  %"cursor.360" = and i64 %".6534", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  %".6536" = getelementptr i8, ptr %"keys.237", i64 2
  %".6537" = trunc i64 %"end.18" to i16
  store volatile i16 %".6537", ptr %".6536", align 2
  %".6539" = load volatile i16, ptr %".6536", align 2
  %".6540" = zext i16 %".6539" to i64
  %"cursor.361" = and i64 %".6540", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  %".6542" = getelementptr i8, ptr %"keys.237", i64 2
  %".6543" = trunc i64 %"end.18" to i16
  store volatile i16 %".6543", ptr %".6542", align 2
  %".6545" = load volatile i16, ptr %".6542", align 2
  %".6546" = zext i16 %".6545" to i64
  %"cursor.362" = and i64 %".6546", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  %".6548" = getelementptr i8, ptr %"keys.237", i64 2
  %".6549" = trunc i64 %"end.18" to i16
  store volatile i16 %".6549", ptr %".6548", align 2
  %".6551" = load volatile i16, ptr %".6548", align 2
  %".6552" = zext i16 %".6551" to i64
  %"cursor.363" = and i64 %".6552", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".6554" = trunc i64 34887 to i16
  %".6555" = call i16 @"llvm.bswap.i16"(i16 %".6554")
  %".6556" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".6555", ptr %".6556", align 2
  %".6558" = getelementptr i8, ptr %"keys.237", i64 2
  %".6559" = trunc i64 %"end.18" to i16
  store volatile i16 %".6559", ptr %".6558", align 2
  %".6561" = load volatile i16, ptr %".6558", align 2
  %".6562" = zext i16 %".6561" to i64
  %"cursor.364" = and i64 %".6562", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".6564" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".6564", align 1
  %".6566" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.74" = load volatile i32, ptr %".6566", align 4
  %".6567" = and i32 %"flags.74", 4
  %".6568" = icmp ne i32 %".6567", 0
  br i1 %".6568", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".6582" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".6582", align 1
  %".6584" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.75" = load volatile i32, ptr %".6584", align 4
  %".6585" = and i32 %"flags.75", 4
  %".6586" = icmp ne i32 %".6585", 0
  br i1 %".6586", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".6570" = trunc i64 %"end.18" to i16
  %".6571" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".6570", ptr %".6571", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".6574" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".6574", align 4
  %".6576" = getelementptr i8, ptr %"keys.237", i64 2
  %".6577" = trunc i64 %"end.18" to i16
  store volatile i16 %".6577", ptr %".6576", align 2
  %".6579" = load volatile i16, ptr %".6576", align 2
  %".6580" = zext i16 %".6579" to i64
  %"cursor.365" = and i64 %".6580", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".6588" = trunc i64 %"end.18" to i16
  %".6589" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".6588", ptr %".6589", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".6592" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".6592", align 4
  %".6594" = getelementptr i8, ptr %"keys.237", i64 2
  %".6595" = trunc i64 %"end.18" to i16
  store volatile i16 %".6595", ptr %".6594", align 2
  %".6597" = load volatile i16, ptr %".6594", align 2
  %".6598" = zext i16 %".6597" to i64
  %"cursor.366" = and i64 %".6598", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6608" = trunc i64 %"cursor.241" to i32
  %".6609" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".6608", [40 x i8]* %"header_copy", i32 8)
  %".6610" = icmp eq i64 %".6609", 0
  %".6611" = getelementptr i8, ptr %"ctx.82", i64 76
  %".6612" = load i32, ptr %".6611", align 4
  %".6613" = zext i32 %".6612" to i64
  %"data.238" = inttoptr i64 %".6613" to ptr
  %".6614" = getelementptr i8, ptr %"ctx.82", i64 80
  %".6615" = load i32, ptr %".6614", align 4
  %".6616" = zext i32 %".6615" to i64
  %"data_end.238" = inttoptr i64 %".6616" to ptr
  %".6617" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.238" = load ptr, ptr %".6617", align 8
  %".6618" = xor i1 %".6610", -1
  br i1 %".6618", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".6620" = trunc i64 %"cursor.241" to i16
  %".6621" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".6620", ptr %".6621", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".6624" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6625" = load volatile i8, [40 x i8]* %".6624", align 1
  %".6626" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6627" = load volatile i16, [40 x i8]* %".6626", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".6640" = getelementptr i8, ptr %"keys.239", i64 6
  store i8 1, ptr %".6640", align 1
  br i1 %".6638", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".6660" = zext i8 %"w0_1.28" to i64
  switch i64 %".6660", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".6643" = getelementptr i8, ptr %"keys.239", i64 7
  store i8 1, ptr %".6643", align 1
  %".6645" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.76" = load volatile i32, ptr %".6645", align 4
  %".6646" = and i32 %"flags.76", 1
  %".6647" = icmp ne i32 %".6646", 0
  %".6648" = xor i1 %".6647", -1
  br i1 %".6648", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".6655" = trunc i64 %".6633" to i16
  %".6656" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".6655", ptr %".6656", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".6650" = trunc i64 %".6633" to i16
  %".6651" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".6650", ptr %".6651", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".6662" = trunc i64 %".6633" to i16
  %".6663" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".6662", ptr %".6663", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".6666" = trunc i64 %".6633" to i16
  %".6667" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".6666", ptr %".6667", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".6670" = trunc i64 %".6633" to i16
  %".6671" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".6670", ptr %".6671", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".6674" = trunc i64 %".6633" to i16
  %".6675" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".6674", ptr %".6675", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".6678" = trunc i64 %".6633" to i16
  %".6679" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".6678", ptr %".6679", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  %".6682" = getelementptr i8, ptr %"keys.239", i64 2
  %".6683" = trunc i64 %".6633" to i16
  store volatile i16 %".6683", ptr %".6682", align 2
  %".6685" = load volatile i16, ptr %".6682", align 2
  %".6686" = zext i16 %".6685" to i64
  %"cursor.367" = and i64 %".6686", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  %".6688" = getelementptr i8, ptr %"keys.239", i64 2
  %".6689" = trunc i64 %".6633" to i16
  store volatile i16 %".6689", ptr %".6688", align 2
  %".6691" = load volatile i16, ptr %".6688", align 2
  %".6692" = zext i16 %".6691" to i64
  %"cursor.368" = and i64 %".6692", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  %".6694" = getelementptr i8, ptr %"keys.239", i64 2
  %".6695" = trunc i64 %".6633" to i16
  store volatile i16 %".6695", ptr %".6694", align 2
  %".6697" = load volatile i16, ptr %".6694", align 2
  %".6698" = zext i16 %".6697" to i64
  %"cursor.369" = and i64 %".6698", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre_version:
  %".6700" = getelementptr i8, ptr %"keys.239", i64 2
  %".6701" = trunc i64 %".6633" to i16
  store volatile i16 %".6701", ptr %".6700", align 2
  %".6703" = load volatile i16, ptr %".6700", align 2
  %".6704" = zext i16 %".6703" to i64
  %"cursor.370" = and i64 %".6704", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  %".6706" = getelementptr i8, ptr %"keys.239", i64 2
  %".6707" = trunc i64 %".6633" to i16
  store volatile i16 %".6707", ptr %".6706", align 2
  %".6709" = load volatile i16, ptr %".6706", align 2
  %".6710" = zext i16 %".6709" to i64
  %"cursor.371" = and i64 %".6710", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  %".6712" = getelementptr i8, ptr %"keys.239", i64 2
  %".6713" = trunc i64 %".6633" to i16
  store volatile i16 %".6713", ptr %".6712", align 2
  %".6715" = load volatile i16, ptr %".6712", align 2
  %".6716" = zext i16 %".6715" to i64
  %"cursor.372" = and i64 %".6716", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  %".6718" = getelementptr i8, ptr %"keys.239", i64 2
  %".6719" = trunc i64 %".6633" to i16
  store volatile i16 %".6719", ptr %".6718", align 2
  %".6721" = load volatile i16, ptr %".6718", align 2
  %".6722" = zext i16 %".6721" to i64
  %"cursor.373" = and i64 %".6722", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  %".6724" = getelementptr i8, ptr %"keys.239", i64 2
  %".6725" = trunc i64 %".6633" to i16
  store volatile i16 %".6725", ptr %".6724", align 2
  %".6727" = load volatile i16, ptr %".6724", align 2
  %".6728" = zext i16 %".6727" to i64
  %"cursor.374" = and i64 %".6728", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  %".6730" = getelementptr i8, ptr %"keys.239", i64 2
  %".6731" = trunc i64 %".6633" to i16
  store volatile i16 %".6731", ptr %".6730", align 2
  %".6733" = load volatile i16, ptr %".6730", align 2
  %".6734" = zext i16 %".6733" to i64
  %"cursor.375" = and i64 %".6734", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".6736" = trunc i64 34887 to i16
  %".6737" = call i16 @"llvm.bswap.i16"(i16 %".6736")
  %".6738" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".6737", ptr %".6738", align 2
  %".6740" = getelementptr i8, ptr %"keys.239", i64 2
  %".6741" = trunc i64 %".6633" to i16
  store volatile i16 %".6741", ptr %".6740", align 2
  %".6743" = load volatile i16, ptr %".6740", align 2
  %".6744" = zext i16 %".6743" to i64
  %"cursor.376" = and i64 %".6744", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".6746" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".6746", align 1
  %".6748" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.77" = load volatile i32, ptr %".6748", align 4
  %".6749" = and i32 %"flags.77", 4
  %".6750" = icmp ne i32 %".6749", 0
  br i1 %".6750", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".6764" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".6764", align 1
  %".6766" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.78" = load volatile i32, ptr %".6766", align 4
  %".6767" = and i32 %"flags.78", 4
  %".6768" = icmp ne i32 %".6767", 0
  br i1 %".6768", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".6752" = trunc i64 %".6633" to i16
  %".6753" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".6752", ptr %".6753", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".6756" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".6756", align 4
  %".6758" = getelementptr i8, ptr %"keys.239", i64 2
  %".6759" = trunc i64 %".6633" to i16
  store volatile i16 %".6759", ptr %".6758", align 2
  %".6761" = load volatile i16, ptr %".6758", align 2
  %".6762" = zext i16 %".6761" to i64
  %"cursor.377" = and i64 %".6762", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".6770" = trunc i64 %".6633" to i16
  %".6771" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".6770", ptr %".6771", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".6774" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".6774", align 4
  %".6776" = getelementptr i8, ptr %"keys.239", i64 2
  %".6777" = trunc i64 %".6633" to i16
  store volatile i16 %".6777", ptr %".6776", align 2
  %".6779" = load volatile i16, ptr %".6776", align 2
  %".6780" = zext i16 %".6779" to i64
  %"cursor.378" = and i64 %".6780", 16383
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6789" = trunc i64 %"cursor.269" to i32
  %".6790" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".6789", [40 x i8]* %"header_copy", i32 4)
  %".6791" = icmp eq i64 %".6790", 0
  %".6792" = getelementptr i8, ptr %"ctx.83", i64 76
  %".6793" = load i32, ptr %".6792", align 4
  %".6794" = zext i32 %".6793" to i64
  %"data.240" = inttoptr i64 %".6794" to ptr
  %".6795" = getelementptr i8, ptr %"ctx.83", i64 80
  %".6796" = load i32, ptr %".6795", align 4
  %".6797" = zext i32 %".6796" to i64
  %"data_end.240" = inttoptr i64 %".6797" to ptr
  %".6798" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.240" = load ptr, ptr %".6798", align 8
  %".6799" = xor i1 %".6791", -1
  br i1 %".6799", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".6801" = trunc i64 %".6782" to i16
  %".6802" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".6801", ptr %".6802", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".6805" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6806" = load volatile i8, [40 x i8]* %".6805", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".6812" = trunc i64 %".6808" to i16
  %".6813" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".6812", ptr %".6813", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_mpls:
  %".6816" = trunc i64 %".6808" to i16
  %".6817" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".6816", ptr %".6817", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".6820" = getelementptr i8, ptr %"keys.241", i64 8
  store i8 1, ptr %".6820", align 1
  %".6822" = getelementptr i8, ptr %"keys.241", i64 48
  %"flags.79" = load volatile i32, ptr %".6822", align 4
  %".6823" = and i32 %"flags.79", 4
  %".6824" = icmp ne i32 %".6823", 0
  br i1 %".6824", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".6826" = trunc i64 %".6808" to i16
  %".6827" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".6826", ptr %".6827", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".6830" = getelementptr i8, ptr %"keys.241", i64 12
  store i32 0, ptr %".6830", align 4
  %".6832" = getelementptr i8, ptr %"keys.241", i64 2
  %".6833" = trunc i64 %".6808" to i16
  store volatile i16 %".6833", ptr %".6832", align 2
  %".6835" = load volatile i16, ptr %".6832", align 2
  %".6836" = zext i16 %".6835" to i64
  %"cursor.379" = and i64 %".6836", 16383
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6845" = trunc i64 %"cursor.271" to i32
  %".6846" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".6845", [40 x i8]* %"header_copy", i32 4)
  %".6847" = icmp eq i64 %".6846", 0
  %".6848" = getelementptr i8, ptr %"ctx.84", i64 76
  %".6849" = load i32, ptr %".6848", align 4
  %".6850" = zext i32 %".6849" to i64
  %"data.242" = inttoptr i64 %".6850" to ptr
  %".6851" = getelementptr i8, ptr %"ctx.84", i64 80
  %".6852" = load i32, ptr %".6851", align 4
  %".6853" = zext i32 %".6852" to i64
  %"data_end.242" = inttoptr i64 %".6853" to ptr
  %".6854" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.242" = load ptr, ptr %".6854", align 8
  %".6855" = xor i1 %".6847", -1
  br i1 %".6855", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".6857" = trunc i64 %".6838" to i16
  %".6858" = getelementptr i8, ptr %"keys.242", i64 2
  store i16 %".6857", ptr %".6858", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".6861" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6862" = load volatile i8, [40 x i8]* %".6861", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".6868" = trunc i64 %".6864" to i16
  %".6869" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6868", ptr %".6869", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_mpls:
  %".6872" = getelementptr i8, ptr %"keys.243", i64 2
  %".6873" = trunc i64 %".6864" to i16
  store volatile i16 %".6873", ptr %".6872", align 2
  %".6875" = load volatile i16, ptr %".6872", align 2
  %".6876" = zext i16 %".6875" to i64
  %"cursor.381" = and i64 %".6876", 16383
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels3.to_ip_version:
  %".6878" = getelementptr i8, ptr %"keys.243", i64 8
  store i8 1, ptr %".6878", align 1
  %".6880" = getelementptr i8, ptr %"keys.243", i64 48
  %"flags.80" = load volatile i32, ptr %".6880", align 4
  %".6881" = and i32 %"flags.80", 4
  %".6882" = icmp ne i32 %".6881", 0
  br i1 %".6882", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels4:
  %"cursor.380" = phi  i64 [%"cursor.381", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.244" = phi  ptr [%"data.243", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.244" = phi  ptr [%"data_end.243", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.244" = phi  ptr [%"keys.243", %"mpls_d1_mpls_labels3.to_mpls"]
  %".7535" = add i64 %"cursor.380", 4
  %"hdr.70" = getelementptr i8, ptr %"data.244", i64 %"cursor.380"
  %".7536" = getelementptr i8, ptr %"hdr.70", i64 4
  %".7537" = icmp ugt ptr %".7536", %"data_end.244"
  br i1 %".7537", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".7539" = getelementptr i8, ptr %"hdr.70", i64 2
  %".7540" = load i8, ptr %".7539", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".7540", %"mpls_d1_mpls_labels4.linear"], [%".7559", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.259" = phi  ptr [%"data.244", %"mpls_d1_mpls_labels4.linear"], [%"data.258", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.259" = phi  ptr [%"data_end.244", %"mpls_d1_mpls_labels4.linear"], [%"data_end.258", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.259" = phi  ptr [%"keys.244", %"mpls_d1_mpls_labels4.linear"], [%"keys.258", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".7561" = add i64 %"cursor.380", 4
  %".7562" = zext i8 %"w2_1.7" to i64
  %".7563" = and i64 %".7562", 1
  switch i64 %".7563", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels3.stop_at_encap:
  %".6884" = trunc i64 %".6864" to i16
  %".6885" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6884", ptr %".6885", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".6888" = getelementptr i8, ptr %"keys.243", i64 12
  store i32 0, ptr %".6888", align 4
  %".6890" = trunc i64 %".6864" to i16
  %".6891" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6890", ptr %".6891", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6900" = trunc i64 %"cursor.290" to i32
  %".6901" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".6900", [40 x i8]* %"header_copy", i32 1)
  %".6902" = icmp eq i64 %".6901", 0
  %".6903" = getelementptr i8, ptr %"ctx.85", i64 76
  %".6904" = load i32, ptr %".6903", align 4
  %".6905" = zext i32 %".6904" to i64
  %"data.245" = inttoptr i64 %".6905" to ptr
  %".6906" = getelementptr i8, ptr %"ctx.85", i64 80
  %".6907" = load i32, ptr %".6906", align 4
  %".6908" = zext i32 %".6907" to i64
  %"data_end.245" = inttoptr i64 %".6908" to ptr
  %".6909" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.245" = load ptr, ptr %".6909", align 8
  %".6910" = xor i1 %".6902", -1
  br i1 %".6910", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".6912" = trunc i64 %"cursor.290" to i16
  %".6913" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6912", ptr %".6913", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".6916" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6917" = load volatile i8, [40 x i8]* %".6916", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".6926" = trunc i64 %".6919" to i16
  %".6927" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6926", ptr %".6927", align 2
  br label %"return"
gtpu_next_d1.to_ip_version:
  %".6930" = getelementptr i8, ptr %"keys.246", i64 2
  %".6931" = trunc i64 %".6919" to i16
  store volatile i16 %".6931", ptr %".6930", align 2
  %".6933" = load volatile i16, ptr %".6930", align 2
  %".6934" = zext i16 %".6933" to i64
  %"cursor.382" = and i64 %".6934", 16383
  br label %"ip_version_d1"
gtpu_next_d1.to_gtpu_ext:
  %".6936" = getelementptr i8, ptr %"keys.246", i64 2
  %".6937" = trunc i64 %".6919" to i16
  store volatile i16 %".6937", ptr %".6936", align 2
  %".6939" = load volatile i16, ptr %".6936", align 2
  %".6940" = zext i16 %".6939" to i64
  %"cursor.384" = and i64 %".6940", 16383
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".6920", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.383" = phi  i64 [%"cursor.384", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.247" = phi  ptr [%"data.246", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.247" = phi  ptr [%"data_end.246", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.247" = phi  ptr [%"keys.246", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.247", i64 %"cursor.383"
  %".7589" = getelementptr i8, ptr %"hdr.71", i64 1
  %".7590" = icmp ugt ptr %".7589", %"data_end.247"
  br i1 %".7590", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".7592" = getelementptr i8, ptr %"hdr.71", i64 0
  %".7593" = load i8, ptr %".7592", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.32" = phi  i8 [%".7593", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".7612", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.261" = phi  ptr [%"data.247", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.260", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.261" = phi  ptr [%"data_end.247", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.260", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.261" = phi  ptr [%"keys.247", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.260", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".7614" = zext i8 %"w0_1.32" to i64
  %".7615" = icmp uge i64 %".7614", 1
  %".7616" = xor i1 %".7615", -1
  br i1 %".7616", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
vlan_d1_vlan_tags2.copy:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6948" = trunc i64 %"cursor.294" to i32
  %".6949" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".6948", [40 x i8]* %"header_copy", i32 4)
  %".6950" = icmp eq i64 %".6949", 0
  %".6951" = getelementptr i8, ptr %"ctx.86", i64 76
  %".6952" = load i32, ptr %".6951", align 4
  %".6953" = zext i32 %".6952" to i64
  %"data.248" = inttoptr i64 %".6953" to ptr
  %".6954" = getelementptr i8, ptr %"ctx.86", i64 80
  %".6955" = load i32, ptr %".6954", align 4
  %".6956" = zext i32 %".6955" to i64
  %"data_end.248" = inttoptr i64 %".6956" to ptr
  %".6957" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.248" = load ptr, ptr %".6957", align 8
  %".6958" = xor i1 %".6950", -1
  br i1 %".6958", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".6960" = trunc i64 %"cursor.294" to i16
  %".6961" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6960", ptr %".6961", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".6964" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6965" = load volatile i16, [40 x i8]* %".6964", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".6980" = trunc i64 %".6973" to i16
  %".6981" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".6980", ptr %".6981", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  %".6984" = getelementptr i8, ptr %"keys.249", i64 2
  %".6985" = trunc i64 %".6973" to i16
  store volatile i16 %".6985", ptr %".6984", align 2
  %".6987" = load volatile i16, ptr %".6984", align 2
  %".6988" = zext i16 %".6987" to i64
  %"cursor.385" = and i64 %".6988", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  %".6990" = getelementptr i8, ptr %"keys.249", i64 2
  %".6991" = trunc i64 %".6973" to i16
  store volatile i16 %".6991", ptr %".6990", align 2
  %".6993" = load volatile i16, ptr %".6990", align 2
  %".6994" = zext i16 %".6993" to i64
  %"cursor.386" = and i64 %".6994", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".6996" = trunc i64 %".6973" to i16
  %".6997" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".6996", ptr %".6997", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".7000" = trunc i64 %".6973" to i16
  %".7001" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".7000", ptr %".7001", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  %".7004" = getelementptr i8, ptr %"keys.249", i64 2
  %".7005" = trunc i64 %".6973" to i16
  store volatile i16 %".7005", ptr %".7004", align 2
  %".7007" = load volatile i16, ptr %".7004", align 2
  %".7008" = zext i16 %".7007" to i64
  %"cursor.387" = and i64 %".7008", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  %".7010" = getelementptr i8, ptr %"keys.249", i64 2
  %".7011" = trunc i64 %".6973" to i16
  store volatile i16 %".7011", ptr %".7010", align 2
  %".7013" = load volatile i16, ptr %".7010", align 2
  %".7014" = zext i16 %".7013" to i64
  %"cursor.388" = and i64 %".7014", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  %".7016" = getelementptr i8, ptr %"keys.249", i64 2
  %".7017" = trunc i64 %".6973" to i16
  store volatile i16 %".7017", ptr %".7016", align 2
  %".7019" = load volatile i16, ptr %".7016", align 2
  %".7020" = zext i16 %".7019" to i64
  %"cursor.389" = and i64 %".7020", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2.to_arp:
  %".7022" = getelementptr i8, ptr %"keys.249", i64 2
  %".7023" = trunc i64 %".6973" to i16
  store volatile i16 %".7023", ptr %".7022", align 2
  %".7025" = load volatile i16, ptr %".7022", align 2
  %".7026" = zext i16 %".7025" to i64
  %"cursor.390" = and i64 %".7026", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_arp.1:
  %".7028" = getelementptr i8, ptr %"keys.249", i64 2
  %".7029" = trunc i64 %".6973" to i16
  store volatile i16 %".7029", ptr %".7028", align 2
  %".7031" = load volatile i16, ptr %".7028", align 2
  %".7032" = zext i16 %".7031" to i64
  %"cursor.391" = and i64 %".7032", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_ptp:
  %".7034" = getelementptr i8, ptr %"keys.249", i64 2
  %".7035" = trunc i64 %".6973" to i16
  store volatile i16 %".7035", ptr %".7034", align 2
  %".7037" = load volatile i16, ptr %".7034", align 2
  %".7038" = zext i16 %".7037" to i64
  %"cursor.392" = and i64 %".7038", 16383
  br label %"ptp"
vlan_d1_vlan_tags2.to_cfm:
  %".7040" = getelementptr i8, ptr %"keys.249", i64 2
  %".7041" = trunc i64 %".6973" to i16
  store volatile i16 %".7041", ptr %".7040", align 2
  %".7043" = load volatile i16, ptr %".7040", align 2
  %".7044" = zext i16 %".7043" to i64
  %"cursor.393" = and i64 %".7044", 16383
  br label %"cfm"
vlan_d1_vlan_tags2.to_tipc:
  %".7046" = getelementptr i8, ptr %"keys.249", i64 2
  %".7047" = trunc i64 %".6973" to i16
  store volatile i16 %".7047", ptr %".7046", align 2
  %".7049" = load volatile i16, ptr %".7046", align 2
  %".7050" = zext i16 %".7049" to i64
  %"cursor.394" = and i64 %".7050", 16383
  br label %"tipc"
vlan_d1_vlan_tags2.to_fcoe:
  %".7052" = getelementptr i8, ptr %"keys.249", i64 2
  %".7053" = trunc i64 %".6973" to i16
  store volatile i16 %".7053", ptr %".7052", align 2
  %".7055" = load volatile i16, ptr %".7052", align 2
  %".7056" = zext i16 %".7055" to i64
  %"cursor.395" = and i64 %".7056", 16383
  br label %"fcoe"
vlan_d1_vlan_tags2.to_hsr:
  %".7058" = getelementptr i8, ptr %"keys.249", i64 2
  %".7059" = trunc i64 %".6973" to i16
  store volatile i16 %".7059", ptr %".7058", align 2
  %".7061" = load volatile i16, ptr %".7058", align 2
  %".7062" = zext i16 %".7061" to i64
  %"cursor.396" = and i64 %".7062", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags2.to_hsr.1:
  %".7064" = getelementptr i8, ptr %"keys.249", i64 2
  %".7065" = trunc i64 %".6973" to i16
  store volatile i16 %".7065", ptr %".7064", align 2
  %".7067" = load volatile i16, ptr %".7064", align 2
  %".7068" = zext i16 %".7067" to i64
  %"cursor.397" = and i64 %".7068", 16383
  br label %"hsr_d1"
vlan_d1_vlan_tags2.to_batadv:
  %".7070" = getelementptr i8, ptr %"keys.249", i64 2
  %".7071" = trunc i64 %".6973" to i16
  store volatile i16 %".7071", ptr %".7070", align 2
  %".7073" = load volatile i16, ptr %".7070", align 2
  %".7074" = zext i16 %".7073" to i64
  %"cursor.398" = and i64 %".7074", 16383
  br label %"batadv_d1"
ppp_d1.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7087" = trunc i64 %"cursor.323" to i32
  %".7088" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".7087", [40 x i8]* %"header_copy", i32 4)
  %".7089" = icmp eq i64 %".7088", 0
  %".7090" = getelementptr i8, ptr %"ctx.87", i64 76
  %".7091" = load i32, ptr %".7090", align 4
  %".7092" = zext i32 %".7091" to i64
  %"data.250" = inttoptr i64 %".7092" to ptr
  %".7093" = getelementptr i8, ptr %"ctx.87", i64 80
  %".7094" = load i32, ptr %".7093", align 4
  %".7095" = zext i32 %".7094" to i64
  %"data_end.250" = inttoptr i64 %".7095" to ptr
  %".7096" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.250" = load ptr, ptr %".7096", align 8
  %".7097" = xor i1 %".7089", -1
  br i1 %".7097", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".7099" = trunc i64 %"cursor.323" to i16
  %".7100" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".7099", ptr %".7100", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".7103" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7104" = load volatile i16, [40 x i8]* %".7103", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".7110" = and i64 %".7108", 0
  %".7111" = icmp eq i64 %".7110", 0
  br i1 %".7111", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".7117" = trunc i64 2048 to i16
  %".7118" = call i16 @"llvm.bswap.i16"(i16 %".7117")
  %".7119" = getelementptr i8, ptr %"keys.251", i64 10
  store i16 %".7118", ptr %".7119", align 2
  %".7121" = getelementptr i8, ptr %"keys.251", i64 8
  store i8 1, ptr %".7121", align 1
  %".7123" = getelementptr i8, ptr %"keys.251", i64 48
  %"flags.81" = load volatile i32, ptr %".7123", align 4
  %".7124" = and i32 %"flags.81", 4
  %".7125" = icmp ne i32 %".7124", 0
  br i1 %".7125", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".7137" = trunc i64 34525 to i16
  %".7138" = call i16 @"llvm.bswap.i16"(i16 %".7137")
  %".7139" = getelementptr i8, ptr %"keys.251", i64 10
  store i16 %".7138", ptr %".7139", align 2
  %".7141" = getelementptr i8, ptr %"keys.251", i64 8
  store i8 1, ptr %".7141", align 1
  %".7143" = getelementptr i8, ptr %"keys.251", i64 48
  %"flags.82" = load volatile i32, ptr %".7143", align 4
  %".7144" = and i32 %"flags.82", 4
  %".7145" = icmp ne i32 %".7144", 0
  br i1 %".7145", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".7157" = trunc i64 34827 to i16
  %".7158" = call i16 @"llvm.bswap.i16"(i16 %".7157")
  %".7159" = getelementptr i8, ptr %"keys.251", i64 10
  store i16 %".7158", ptr %".7159", align 2
  %".7161" = getelementptr i8, ptr %"keys.251", i64 8
  store i8 1, ptr %".7161", align 1
  %".7163" = getelementptr i8, ptr %"keys.251", i64 48
  %"flags.83" = load volatile i32, ptr %".7163", align 4
  %".7164" = and i32 %"flags.83", 4
  %".7165" = icmp ne i32 %".7164", 0
  br i1 %".7165", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".7113" = trunc i64 %".7106" to i16
  %".7114" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".7113", ptr %".7114", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".7127" = trunc i64 %".7106" to i16
  %".7128" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".7127", ptr %".7128", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".7131" = getelementptr i8, ptr %"keys.251", i64 12
  store i32 0, ptr %".7131", align 4
  %".7133" = trunc i64 %".7106" to i16
  %".7134" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".7133", ptr %".7134", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".7147" = trunc i64 %".7106" to i16
  %".7148" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".7147", ptr %".7148", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".7151" = getelementptr i8, ptr %"keys.251", i64 12
  store i32 0, ptr %".7151", align 4
  %".7153" = trunc i64 %".7106" to i16
  %".7154" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".7153", ptr %".7154", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".7167" = trunc i64 %".7106" to i16
  %".7168" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".7167", ptr %".7168", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".7171" = getelementptr i8, ptr %"keys.251", i64 12
  store i32 0, ptr %".7171", align 4
  %".7173" = trunc i64 %".7106" to i16
  %".7174" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".7173", ptr %".7174", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7185" = trunc i64 %"cursor.325" to i32
  %".7186" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.88", i32 %".7185", [40 x i8]* %"header_copy", i32 2)
  %".7187" = icmp eq i64 %".7186", 0
  %".7188" = getelementptr i8, ptr %"ctx.88", i64 76
  %".7189" = load i32, ptr %".7188", align 4
  %".7190" = zext i32 %".7189" to i64
  %"data.252" = inttoptr i64 %".7190" to ptr
  %".7191" = getelementptr i8, ptr %"ctx.88", i64 80
  %".7192" = load i32, ptr %".7191", align 4
  %".7193" = zext i32 %".7192" to i64
  %"data_end.252" = inttoptr i64 %".7193" to ptr
  %".7194" = getelementptr i8, ptr %"ctx.88", i64 144
  %"keys.252" = load ptr, ptr %".7194", align 8
  %".7195" = xor i1 %".7187", -1
  br i1 %".7195", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".7197" = trunc i64 %"cursor.325" to i16
  %".7198" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".7197", ptr %".7198", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".7201" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7202" = load volatile i8, [40 x i8]* %".7201", align 1
  %".7203" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".7204" = load volatile i8, [40 x i8]* %".7203", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.copy_last_byte:
  %".7220" = add i64 %"cursor.325", %".7214"
  %".7221" = sub i64 %".7220", 1
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7222" = trunc i64 %".7221" to i32
  %".7223" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.89", i32 %".7222", i64* %"last_byte", i32 1)
  %".7224" = icmp eq i64 %".7223", 0
  %".7225" = getelementptr i8, ptr %"ctx.89", i64 76
  %".7226" = load i32, ptr %".7225", align 4
  %".7227" = zext i32 %".7226" to i64
  %"data.254" = inttoptr i64 %".7227" to ptr
  %".7228" = getelementptr i8, ptr %"ctx.89", i64 80
  %".7229" = load i32, ptr %".7228", align 4
  %".7230" = zext i32 %".7229" to i64
  %"data_end.254" = inttoptr i64 %".7230" to ptr
  %".7231" = getelementptr i8, ptr %"ctx.89", i64 144
  %"keys.254" = load ptr, ptr %".7231", align 8
  %".7232" = xor i1 %".7224", -1
  br i1 %".7232", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed:
  %".7234" = trunc i64 %".7215" to i16
  %".7235" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".7234", ptr %".7235", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext3.variable_part"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".7241" = trunc i64 %"end.19" to i16
  %".7242" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".7241", ptr %".7242", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".7245" = trunc i64 %"end.19" to i16
  %".7246" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".7245", ptr %".7246", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".7249" = trunc i64 %"end.19" to i16
  %".7250" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".7249", ptr %".7250", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".7253" = trunc i64 %"end.19" to i16
  %".7254" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".7253", ptr %".7254", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".7257" = trunc i64 %"end.19" to i16
  %".7258" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".7257", ptr %".7258", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  %".7261" = getelementptr i8, ptr %"keys.255", i64 2
  %".7262" = trunc i64 %"end.19" to i16
  store volatile i16 %".7262", ptr %".7261", align 2
  %".7264" = load volatile i16, ptr %".7261", align 2
  %".7265" = zext i16 %".7264" to i64
  %"cursor.399" = and i64 %".7265", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  %".7267" = getelementptr i8, ptr %"keys.255", i64 2
  %".7268" = trunc i64 %"end.19" to i16
  store volatile i16 %".7268", ptr %".7267", align 2
  %".7270" = load volatile i16, ptr %".7267", align 2
  %".7271" = zext i16 %".7270" to i64
  %"cursor.400" = and i64 %".7271", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  %".7273" = getelementptr i8, ptr %"keys.255", i64 2
  %".7274" = trunc i64 %"end.19" to i16
  store volatile i16 %".7274", ptr %".7273", align 2
  %".7276" = load volatile i16, ptr %".7273", align 2
  %".7277" = zext i16 %".7276" to i64
  %"cursor.401" = and i64 %".7277", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre_version:
  %".7279" = getelementptr i8, ptr %"keys.255", i64 2
  %".7280" = trunc i64 %"end.19" to i16
  store volatile i16 %".7280", ptr %".7279", align 2
  %".7282" = load volatile i16, ptr %".7279", align 2
  %".7283" = zext i16 %".7282" to i64
  %"cursor.402" = and i64 %".7283", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  %".7285" = getelementptr i8, ptr %"keys.255", i64 2
  %".7286" = trunc i64 %"end.19" to i16
  store volatile i16 %".7286", ptr %".7285", align 2
  %".7288" = load volatile i16, ptr %".7285", align 2
  %".7289" = zext i16 %".7288" to i64
  %"cursor.403" = and i64 %".7289", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  %".7291" = getelementptr i8, ptr %"keys.255", i64 2
  %".7292" = trunc i64 %"end.19" to i16
  store volatile i16 %".7292", ptr %".7291", align 2
  %".7294" = load volatile i16, ptr %".7291", align 2
  %".7295" = zext i16 %".7294" to i64
  %"cursor.404" = and i64 %".7295", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  %".7297" = getelementptr i8, ptr %"keys.255", i64 2
  %".7298" = trunc i64 %"end.19" to i16
  store volatile i16 %".7298", ptr %".7297", align 2
  %".7300" = load volatile i16, ptr %".7297", align 2
  %".7301" = zext i16 %".7300" to i64
  %"cursor.405" = and i64 %".7301", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  %".7303" = getelementptr i8, ptr %"keys.255", i64 2
  %".7304" = trunc i64 %"end.19" to i16
  store volatile i16 %".7304", ptr %".7303", align 2
  %".7306" = load volatile i16, ptr %".7303", align 2
  %".7307" = zext i16 %".7306" to i64
  %"cursor.406" = and i64 %".7307", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  %".7309" = getelementptr i8, ptr %"keys.255", i64 2
  %".7310" = trunc i64 %"end.19" to i16
  store volatile i16 %".7310", ptr %".7309", align 2
  %".7312" = load volatile i16, ptr %".7309", align 2
  %".7313" = zext i16 %".7312" to i64
  %"cursor.407" = and i64 %".7313", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".7315" = trunc i64 34887 to i16
  %".7316" = call i16 @"llvm.bswap.i16"(i16 %".7315")
  %".7317" = getelementptr i8, ptr %"keys.255", i64 10
  store i16 %".7316", ptr %".7317", align 2
  %".7319" = getelementptr i8, ptr %"keys.255", i64 2
  %".7320" = trunc i64 %"end.19" to i16
  store volatile i16 %".7320", ptr %".7319", align 2
  %".7322" = load volatile i16, ptr %".7319", align 2
  %".7323" = zext i16 %".7322" to i64
  %"cursor.408" = and i64 %".7323", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".7325" = getelementptr i8, ptr %"keys.255", i64 8
  store i8 1, ptr %".7325", align 1
  %".7327" = getelementptr i8, ptr %"keys.255", i64 48
  %"flags.84" = load volatile i32, ptr %".7327", align 4
  %".7328" = and i32 %"flags.84", 4
  %".7329" = icmp ne i32 %".7328", 0
  br i1 %".7329", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".7341" = getelementptr i8, ptr %"keys.255", i64 8
  store i8 1, ptr %".7341", align 1
  %".7343" = getelementptr i8, ptr %"keys.255", i64 48
  %"flags.85" = load volatile i32, ptr %".7343", align 4
  %".7344" = and i32 %"flags.85", 4
  %".7345" = icmp ne i32 %".7344", 0
  br i1 %".7345", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".7331" = trunc i64 %"end.19" to i16
  %".7332" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".7331", ptr %".7332", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".7335" = getelementptr i8, ptr %"keys.255", i64 12
  store i32 0, ptr %".7335", align 4
  %".7337" = trunc i64 %"end.19" to i16
  %".7338" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".7337", ptr %".7338", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".7347" = trunc i64 %"end.19" to i16
  %".7348" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".7347", ptr %".7348", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".7351" = getelementptr i8, ptr %"keys.255", i64 12
  store i32 0, ptr %".7351", align 4
  %".7353" = trunc i64 %"end.19" to i16
  %".7354" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".7353", ptr %".7354", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7365" = trunc i64 %"cursor.329" to i32
  %".7366" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.90", i32 %".7365", [40 x i8]* %"header_copy", i32 8)
  %".7367" = icmp eq i64 %".7366", 0
  %".7368" = getelementptr i8, ptr %"ctx.90", i64 76
  %".7369" = load i32, ptr %".7368", align 4
  %".7370" = zext i32 %".7369" to i64
  %"data.256" = inttoptr i64 %".7370" to ptr
  %".7371" = getelementptr i8, ptr %"ctx.90", i64 80
  %".7372" = load i32, ptr %".7371", align 4
  %".7373" = zext i32 %".7372" to i64
  %"data_end.256" = inttoptr i64 %".7373" to ptr
  %".7374" = getelementptr i8, ptr %"ctx.90", i64 144
  %"keys.256" = load ptr, ptr %".7374", align 8
  %".7375" = xor i1 %".7367", -1
  br i1 %".7375", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".7377" = trunc i64 %"cursor.329" to i16
  %".7378" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".7377", ptr %".7378", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".7381" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7382" = load volatile i8, [40 x i8]* %".7381", align 1
  %".7383" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7384" = load volatile i16, [40 x i8]* %".7383", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".7397" = getelementptr i8, ptr %"keys.257", i64 6
  store i8 1, ptr %".7397", align 1
  br i1 %".7395", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".7417" = zext i8 %"w0_1.31" to i64
  switch i64 %".7417", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".7400" = getelementptr i8, ptr %"keys.257", i64 7
  store i8 1, ptr %".7400", align 1
  %".7402" = getelementptr i8, ptr %"keys.257", i64 48
  %"flags.86" = load volatile i32, ptr %".7402", align 4
  %".7403" = and i32 %"flags.86", 1
  %".7404" = icmp ne i32 %".7403", 0
  %".7405" = xor i1 %".7404", -1
  br i1 %".7405", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".7412" = trunc i64 %".7390" to i16
  %".7413" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7412", ptr %".7413", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".7407" = trunc i64 %".7390" to i16
  %".7408" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7407", ptr %".7408", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".7419" = trunc i64 %".7390" to i16
  %".7420" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7419", ptr %".7420", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".7423" = trunc i64 %".7390" to i16
  %".7424" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7423", ptr %".7424", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".7427" = trunc i64 %".7390" to i16
  %".7428" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7427", ptr %".7428", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".7431" = trunc i64 %".7390" to i16
  %".7432" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7431", ptr %".7432", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".7435" = trunc i64 %".7390" to i16
  %".7436" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7435", ptr %".7436", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  %".7439" = getelementptr i8, ptr %"keys.257", i64 2
  %".7440" = trunc i64 %".7390" to i16
  store volatile i16 %".7440", ptr %".7439", align 2
  %".7442" = load volatile i16, ptr %".7439", align 2
  %".7443" = zext i16 %".7442" to i64
  %"cursor.409" = and i64 %".7443", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  %".7445" = getelementptr i8, ptr %"keys.257", i64 2
  %".7446" = trunc i64 %".7390" to i16
  store volatile i16 %".7446", ptr %".7445", align 2
  %".7448" = load volatile i16, ptr %".7445", align 2
  %".7449" = zext i16 %".7448" to i64
  %"cursor.410" = and i64 %".7449", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  %".7451" = getelementptr i8, ptr %"keys.257", i64 2
  %".7452" = trunc i64 %".7390" to i16
  store volatile i16 %".7452", ptr %".7451", align 2
  %".7454" = load volatile i16, ptr %".7451", align 2
  %".7455" = zext i16 %".7454" to i64
  %"cursor.411" = and i64 %".7455", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre_version:
  %".7457" = getelementptr i8, ptr %"keys.257", i64 2
  %".7458" = trunc i64 %".7390" to i16
  store volatile i16 %".7458", ptr %".7457", align 2
  %".7460" = load volatile i16, ptr %".7457", align 2
  %".7461" = zext i16 %".7460" to i64
  %"cursor.412" = and i64 %".7461", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  %".7463" = getelementptr i8, ptr %"keys.257", i64 2
  %".7464" = trunc i64 %".7390" to i16
  store volatile i16 %".7464", ptr %".7463", align 2
  %".7466" = load volatile i16, ptr %".7463", align 2
  %".7467" = zext i16 %".7466" to i64
  %"cursor.413" = and i64 %".7467", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  %".7469" = getelementptr i8, ptr %"keys.257", i64 2
  %".7470" = trunc i64 %".7390" to i16
  store volatile i16 %".7470", ptr %".7469", align 2
  %".7472" = load volatile i16, ptr %".7469", align 2
  %".7473" = zext i16 %".7472" to i64
  %"cursor.414" = and i64 %".7473", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  %".7475" = getelementptr i8, ptr %"keys.257", i64 2
  %".7476" = trunc i64 %".7390" to i16
  store volatile i16 %".7476", ptr %".7475", align 2
  %".7478" = load volatile i16, ptr %".7475", align 2
  %".7479" = zext i16 %".7478" to i64
  %"cursor.415" = and i64 %".7479", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  %".7481" = getelementptr i8, ptr %"keys.257", i64 2
  %".7482" = trunc i64 %".7390" to i16
  store volatile i16 %".7482", ptr %".7481", align 2
  %".7484" = load volatile i16, ptr %".7481", align 2
  %".7485" = zext i16 %".7484" to i64
  %"cursor.416" = and i64 %".7485", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  %".7487" = getelementptr i8, ptr %"keys.257", i64 2
  %".7488" = trunc i64 %".7390" to i16
  store volatile i16 %".7488", ptr %".7487", align 2
  %".7490" = load volatile i16, ptr %".7487", align 2
  %".7491" = zext i16 %".7490" to i64
  %"cursor.417" = and i64 %".7491", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".7493" = trunc i64 34887 to i16
  %".7494" = call i16 @"llvm.bswap.i16"(i16 %".7493")
  %".7495" = getelementptr i8, ptr %"keys.257", i64 10
  store i16 %".7494", ptr %".7495", align 2
  %".7497" = getelementptr i8, ptr %"keys.257", i64 2
  %".7498" = trunc i64 %".7390" to i16
  store volatile i16 %".7498", ptr %".7497", align 2
  %".7500" = load volatile i16, ptr %".7497", align 2
  %".7501" = zext i16 %".7500" to i64
  %"cursor.418" = and i64 %".7501", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".7503" = getelementptr i8, ptr %"keys.257", i64 8
  store i8 1, ptr %".7503", align 1
  %".7505" = getelementptr i8, ptr %"keys.257", i64 48
  %"flags.87" = load volatile i32, ptr %".7505", align 4
  %".7506" = and i32 %"flags.87", 4
  %".7507" = icmp ne i32 %".7506", 0
  br i1 %".7507", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".7519" = getelementptr i8, ptr %"keys.257", i64 8
  store i8 1, ptr %".7519", align 1
  %".7521" = getelementptr i8, ptr %"keys.257", i64 48
  %"flags.88" = load volatile i32, ptr %".7521", align 4
  %".7522" = and i32 %"flags.88", 4
  %".7523" = icmp ne i32 %".7522", 0
  br i1 %".7523", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".7509" = trunc i64 %".7390" to i16
  %".7510" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7509", ptr %".7510", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".7513" = getelementptr i8, ptr %"keys.257", i64 12
  store i32 0, ptr %".7513", align 4
  %".7515" = trunc i64 %".7390" to i16
  %".7516" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7515", ptr %".7516", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".7525" = trunc i64 %".7390" to i16
  %".7526" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7525", ptr %".7526", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".7529" = getelementptr i8, ptr %"keys.257", i64 12
  store i32 0, ptr %".7529", align 4
  %".7531" = trunc i64 %".7390" to i16
  %".7532" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".7531", ptr %".7532", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7542" = trunc i64 %"cursor.380" to i32
  %".7543" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.91", i32 %".7542", [40 x i8]* %"header_copy", i32 4)
  %".7544" = icmp eq i64 %".7543", 0
  %".7545" = getelementptr i8, ptr %"ctx.91", i64 76
  %".7546" = load i32, ptr %".7545", align 4
  %".7547" = zext i32 %".7546" to i64
  %"data.258" = inttoptr i64 %".7547" to ptr
  %".7548" = getelementptr i8, ptr %"ctx.91", i64 80
  %".7549" = load i32, ptr %".7548", align 4
  %".7550" = zext i32 %".7549" to i64
  %"data_end.258" = inttoptr i64 %".7550" to ptr
  %".7551" = getelementptr i8, ptr %"ctx.91", i64 144
  %"keys.258" = load ptr, ptr %".7551", align 8
  %".7552" = xor i1 %".7544", -1
  br i1 %".7552", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".7554" = trunc i64 %".7535" to i16
  %".7555" = getelementptr i8, ptr %"keys.258", i64 2
  store i16 %".7554", ptr %".7555", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".7558" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7559" = load volatile i8, [40 x i8]* %".7558", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".7565" = trunc i64 %".7561" to i16
  %".7566" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".7565", ptr %".7566", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_mpls:
  %".7569" = trunc i64 %".7561" to i16
  %".7570" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".7569", ptr %".7570", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".7573" = getelementptr i8, ptr %"keys.259", i64 8
  store i8 1, ptr %".7573", align 1
  %".7575" = getelementptr i8, ptr %"keys.259", i64 48
  %"flags.89" = load volatile i32, ptr %".7575", align 4
  %".7576" = and i32 %"flags.89", 4
  %".7577" = icmp ne i32 %".7576", 0
  br i1 %".7577", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".7579" = trunc i64 %".7561" to i16
  %".7580" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".7579", ptr %".7580", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".7583" = getelementptr i8, ptr %"keys.259", i64 12
  store i32 0, ptr %".7583", align 4
  %".7585" = trunc i64 %".7561" to i16
  %".7586" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".7585", ptr %".7586", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7595" = trunc i64 %"cursor.383" to i32
  %".7596" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.92", i32 %".7595", [40 x i8]* %"header_copy", i32 1)
  %".7597" = icmp eq i64 %".7596", 0
  %".7598" = getelementptr i8, ptr %"ctx.92", i64 76
  %".7599" = load i32, ptr %".7598", align 4
  %".7600" = zext i32 %".7599" to i64
  %"data.260" = inttoptr i64 %".7600" to ptr
  %".7601" = getelementptr i8, ptr %"ctx.92", i64 80
  %".7602" = load i32, ptr %".7601", align 4
  %".7603" = zext i32 %".7602" to i64
  %"data_end.260" = inttoptr i64 %".7603" to ptr
  %".7604" = getelementptr i8, ptr %"ctx.92", i64 144
  %"keys.260" = load ptr, ptr %".7604", align 8
  %".7605" = xor i1 %".7597", -1
  br i1 %".7605", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".7607" = trunc i64 %"cursor.383" to i16
  %".7608" = getelementptr i8, ptr %"keys.260", i64 2
  store i16 %".7607", ptr %".7608", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".7611" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7612" = load volatile i8, [40 x i8]* %".7611", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".7618" = trunc i64 %"cursor.383" to i16
  %".7619" = getelementptr i8, ptr %"keys.261", i64 2
  store i16 %".7618", ptr %".7619", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".7622" = add i64 %"cursor.383", 1
  %".7623" = zext i8 %"w0_1.32" to i64
  %".7624" = mul i64 %".7623", 4
  %".7625" = sub i64 %".7624", 2
  %".7626" = add i64 %".7625", 1
  %".7627" = getelementptr i8, ptr %"data.261", i64 %"cursor.383"
  %".7628" = getelementptr i8, ptr %".7627", i64 %".7626"
  %".7629" = icmp ugt ptr %".7628", %"data_end.261"
  br i1 %".7629", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.263" = phi  ptr [%"data.261", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.262", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.263" = phi  ptr [%"data_end.261", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.262", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.263" = phi  ptr [%"keys.261", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.262", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"end.20" = add i64 %"cursor.383", %".7626"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".7631" = add i64 %"cursor.383", %".7626"
  %".7632" = sub i64 %".7631", 1
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7633" = trunc i64 %".7632" to i32
  %".7634" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.93", i32 %".7633", i64* %"last_byte", i32 1)
  %".7635" = icmp eq i64 %".7634", 0
  %".7636" = getelementptr i8, ptr %"ctx.93", i64 76
  %".7637" = load i32, ptr %".7636", align 4
  %".7638" = zext i32 %".7637" to i64
  %"data.262" = inttoptr i64 %".7638" to ptr
  %".7639" = getelementptr i8, ptr %"ctx.93", i64 80
  %".7640" = load i32, ptr %".7639", align 4
  %".7641" = zext i32 %".7640" to i64
  %"data_end.262" = inttoptr i64 %".7641" to ptr
  %".7642" = getelementptr i8, ptr %"ctx.93", i64 144
  %"keys.262" = load ptr, ptr %".7642", align 8
  %".7643" = xor i1 %".7635", -1
  br i1 %".7643", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".7645" = trunc i64 %"cursor.383" to i16
  %".7646" = getelementptr i8, ptr %"keys.262", i64 2
  store i16 %".7645", ptr %".7646", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".7651" = trunc i64 %"end.20" to i16
  %".7652" = getelementptr i8, ptr %"keys.263", i64 2
  store i16 %".7651", ptr %".7652", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  %".7655" = getelementptr i8, ptr %"keys.263", i64 2
  %".7656" = trunc i64 %"end.20" to i16
  store volatile i16 %".7656", ptr %".7655", align 2
  %".7658" = load volatile i16, ptr %".7655", align 2
  %".7659" = zext i16 %".7658" to i64
  %"cursor.420" = and i64 %".7659", 16383
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.419" = phi  i64 [%"cursor.420", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.264" = phi  ptr [%"data.263", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.264" = phi  ptr [%"data_end.263", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.264" = phi  ptr [%"keys.263", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.264", i64 %"cursor.419"
  %".7661" = getelementptr i8, ptr %"hdr.72", i64 1
  %".7662" = icmp ugt ptr %".7661", %"data_end.264"
  br i1 %".7662", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".7664" = getelementptr i8, ptr %"hdr.72", i64 0
  %".7665" = load i8, ptr %".7664", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.33" = phi  i8 [%".7665", %"gtpu_next_d1_gtpu_ext1.linear"], [%".7684", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.266" = phi  ptr [%"data.264", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.265", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.266" = phi  ptr [%"data_end.264", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.265", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.266" = phi  ptr [%"keys.264", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.265", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".7686" = add i64 %"cursor.419", 1
  %".7687" = zext i8 %"w0_1.33" to i64
  %".7688" = icmp uge i64 %".7687", 1
  %".7689" = icmp ule i64 %".7687", 255
  %".7690" = and i1 %".7688", %".7689"
  br i1 %".7690", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7667" = trunc i64 %"cursor.419" to i32
  %".7668" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.94", i32 %".7667", [40 x i8]* %"header_copy", i32 1)
  %".7669" = icmp eq i64 %".7668", 0
  %".7670" = getelementptr i8, ptr %"ctx.94", i64 76
  %".7671" = load i32, ptr %".7670", align 4
  %".7672" = zext i32 %".7671" to i64
  %"data.265" = inttoptr i64 %".7672" to ptr
  %".7673" = getelementptr i8, ptr %"ctx.94", i64 80
  %".7674" = load i32, ptr %".7673", align 4
  %".7675" = zext i32 %".7674" to i64
  %"data_end.265" = inttoptr i64 %".7675" to ptr
  %".7676" = getelementptr i8, ptr %"ctx.94", i64 144
  %"keys.265" = load ptr, ptr %".7676", align 8
  %".7677" = xor i1 %".7669", -1
  br i1 %".7677", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".7679" = trunc i64 %"cursor.419" to i16
  %".7680" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".7679", ptr %".7680", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".7683" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7684" = load volatile i8, [40 x i8]* %".7683", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".7693" = trunc i64 %".7686" to i16
  %".7694" = getelementptr i8, ptr %"keys.266", i64 2
  store i16 %".7693", ptr %".7694", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  %".7697" = getelementptr i8, ptr %"keys.266", i64 2
  %".7698" = trunc i64 %".7686" to i16
  store volatile i16 %".7698", ptr %".7697", align 2
  %".7700" = load volatile i16, ptr %".7697", align 2
  %".7701" = zext i16 %".7700" to i64
  %"cursor.421" = and i64 %".7701", 16383
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  %".7703" = getelementptr i8, ptr %"keys.266", i64 2
  %".7704" = trunc i64 %".7686" to i16
  store volatile i16 %".7704", ptr %".7703", align 2
  %".7706" = load volatile i16, ptr %".7703", align 2
  %".7707" = zext i16 %".7706" to i64
  %"cursor.423" = and i64 %".7707", 16383
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".7687", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.422" = phi  i64 [%"cursor.423", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.267" = phi  ptr [%"data.266", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.267" = phi  ptr [%"data_end.266", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.267" = phi  ptr [%"keys.266", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.73" = getelementptr i8, ptr %"data.267", i64 %"cursor.422"
  %".7709" = getelementptr i8, ptr %"hdr.73", i64 1
  %".7710" = icmp ugt ptr %".7709", %"data_end.267"
  br i1 %".7710", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".7712" = getelementptr i8, ptr %"hdr.73", i64 0
  %".7713" = load i8, ptr %".7712", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.34" = phi  i8 [%".7713", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".7732", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.269" = phi  ptr [%"data.267", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.268", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.269" = phi  ptr [%"data_end.267", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.268", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.269" = phi  ptr [%"keys.267", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.268", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".7734" = zext i8 %"w0_1.34" to i64
  %".7735" = icmp uge i64 %".7734", 1
  %".7736" = xor i1 %".7735", -1
  br i1 %".7736", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7715" = trunc i64 %"cursor.422" to i32
  %".7716" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.95", i32 %".7715", [40 x i8]* %"header_copy", i32 1)
  %".7717" = icmp eq i64 %".7716", 0
  %".7718" = getelementptr i8, ptr %"ctx.95", i64 76
  %".7719" = load i32, ptr %".7718", align 4
  %".7720" = zext i32 %".7719" to i64
  %"data.268" = inttoptr i64 %".7720" to ptr
  %".7721" = getelementptr i8, ptr %"ctx.95", i64 80
  %".7722" = load i32, ptr %".7721", align 4
  %".7723" = zext i32 %".7722" to i64
  %"data_end.268" = inttoptr i64 %".7723" to ptr
  %".7724" = getelementptr i8, ptr %"ctx.95", i64 144
  %"keys.268" = load ptr, ptr %".7724", align 8
  %".7725" = xor i1 %".7717", -1
  br i1 %".7725", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".7727" = trunc i64 %"cursor.422" to i16
  %".7728" = getelementptr i8, ptr %"keys.268", i64 2
  store i16 %".7727", ptr %".7728", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".7731" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7732" = load volatile i8, [40 x i8]* %".7731", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".7738" = trunc i64 %"cursor.422" to i16
  %".7739" = getelementptr i8, ptr %"keys.269", i64 2
  store i16 %".7738", ptr %".7739", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".7742" = add i64 %"cursor.422", 1
  %".7743" = zext i8 %"w0_1.34" to i64
  %".7744" = mul i64 %".7743", 4
  %".7745" = sub i64 %".7744", 2
  %".7746" = add i64 %".7745", 1
  %".7747" = getelementptr i8, ptr %"data.269", i64 %"cursor.422"
  %".7748" = getelementptr i8, ptr %".7747", i64 %".7746"
  %".7749" = icmp ugt ptr %".7748", %"data_end.269"
  br i1 %".7749", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.271" = phi  ptr [%"data.269", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.270", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.271" = phi  ptr [%"data_end.269", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.270", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.271" = phi  ptr [%"keys.269", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.270", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"end.21" = add i64 %"cursor.422", %".7746"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".7751" = add i64 %"cursor.422", %".7746"
  %".7752" = sub i64 %".7751", 1
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7753" = trunc i64 %".7752" to i32
  %".7754" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.96", i32 %".7753", i64* %"last_byte", i32 1)
  %".7755" = icmp eq i64 %".7754", 0
  %".7756" = getelementptr i8, ptr %"ctx.96", i64 76
  %".7757" = load i32, ptr %".7756", align 4
  %".7758" = zext i32 %".7757" to i64
  %"data.270" = inttoptr i64 %".7758" to ptr
  %".7759" = getelementptr i8, ptr %"ctx.96", i64 80
  %".7760" = load i32, ptr %".7759", align 4
  %".7761" = zext i32 %".7760" to i64
  %"data_end.270" = inttoptr i64 %".7761" to ptr
  %".7762" = getelementptr i8, ptr %"ctx.96", i64 144
  %"keys.270" = load ptr, ptr %".7762", align 8
  %".7763" = xor i1 %".7755", -1
  br i1 %".7763", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".7765" = trunc i64 %"cursor.422" to i16
  %".7766" = getelementptr i8, ptr %"keys.270", i64 2
  store i16 %".7765", ptr %".7766", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".7771" = trunc i64 %"end.21" to i16
  %".7772" = getelementptr i8, ptr %"keys.271", i64 2
  store i16 %".7771", ptr %".7772", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  %".7775" = getelementptr i8, ptr %"keys.271", i64 2
  %".7776" = trunc i64 %"end.21" to i16
  store volatile i16 %".7776", ptr %".7775", align 2
  %".7778" = load volatile i16, ptr %".7775", align 2
  %".7779" = zext i16 %".7778" to i64
  %"cursor.425" = and i64 %".7779", 16383
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.424" = phi  i64 [%"cursor.425", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.272" = phi  ptr [%"data.271", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.272" = phi  ptr [%"data_end.271", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.272" = phi  ptr [%"keys.271", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.74" = getelementptr i8, ptr %"data.272", i64 %"cursor.424"
  %".7781" = getelementptr i8, ptr %"hdr.74", i64 1
  %".7782" = icmp ugt ptr %".7781", %"data_end.272"
  br i1 %".7782", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".7784" = getelementptr i8, ptr %"hdr.74", i64 0
  %".7785" = load i8, ptr %".7784", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.35" = phi  i8 [%".7785", %"gtpu_next_d1_gtpu_ext2.linear"], [%".7804", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.274" = phi  ptr [%"data.272", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.273", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.274" = phi  ptr [%"data_end.272", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.273", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.274" = phi  ptr [%"keys.272", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.273", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".7806" = add i64 %"cursor.424", 1
  %".7807" = zext i8 %"w0_1.35" to i64
  %".7808" = icmp uge i64 %".7807", 1
  %".7809" = icmp ule i64 %".7807", 255
  %".7810" = and i1 %".7808", %".7809"
  br i1 %".7810", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7787" = trunc i64 %"cursor.424" to i32
  %".7788" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.97", i32 %".7787", [40 x i8]* %"header_copy", i32 1)
  %".7789" = icmp eq i64 %".7788", 0
  %".7790" = getelementptr i8, ptr %"ctx.97", i64 76
  %".7791" = load i32, ptr %".7790", align 4
  %".7792" = zext i32 %".7791" to i64
  %"data.273" = inttoptr i64 %".7792" to ptr
  %".7793" = getelementptr i8, ptr %"ctx.97", i64 80
  %".7794" = load i32, ptr %".7793", align 4
  %".7795" = zext i32 %".7794" to i64
  %"data_end.273" = inttoptr i64 %".7795" to ptr
  %".7796" = getelementptr i8, ptr %"ctx.97", i64 144
  %"keys.273" = load ptr, ptr %".7796", align 8
  %".7797" = xor i1 %".7789", -1
  br i1 %".7797", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".7799" = trunc i64 %"cursor.424" to i16
  %".7800" = getelementptr i8, ptr %"keys.273", i64 2
  store i16 %".7799", ptr %".7800", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".7803" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7804" = load volatile i8, [40 x i8]* %".7803", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".7813" = trunc i64 %".7806" to i16
  %".7814" = getelementptr i8, ptr %"keys.274", i64 2
  store i16 %".7813", ptr %".7814", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  %".7817" = getelementptr i8, ptr %"keys.274", i64 2
  %".7818" = trunc i64 %".7806" to i16
  store volatile i16 %".7818", ptr %".7817", align 2
  %".7820" = load volatile i16, ptr %".7817", align 2
  %".7821" = zext i16 %".7820" to i64
  %"cursor.426" = and i64 %".7821", 16383
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".7823" = trunc i64 %".7806" to i16
  %".7824" = getelementptr i8, ptr %"keys.274", i64 2
  store i16 %".7823", ptr %".7824", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".7807", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }