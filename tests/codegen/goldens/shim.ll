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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_d0_mpls_labels1.copy_failed"], [0, %"mpls_d0_mpls_labels1.unknown"], [0, %"mpls_d0_mpls_labels1.stop_at_encap"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.unknown"], [0, %"udp_d0.copy_failed"], [0, %"udp_d0.copy_last_byte_failed"], [0, %"udp_d0.unknown"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"mpls_d0_mpls_labels2.copy_failed"], [0, %"mpls_d0_mpls_labels2.unknown"], [0, %"mpls_d0_mpls_labels2.stop_at_encap"], [2, %"ip_version_d1.copy_failed"], [0, %"ip_version_d1.unknown"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [0, %"mpls_d1_mpls_labels1.copy_failed"], [0, %"mpls_d1_mpls_labels1.unknown"], [0, %"mpls_d1_mpls_labels1.stop_at_encap"], [0, %"mpls_d1_mpls_labels1.stop_at_encap.endif"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable_part"], [2, %"vxlan_d0.copy_failed"], [0, %"vxlan_d0.stop_at_encap"], [0, %"vxlan_d0.unknown"], [2, %"geneve_d0.copy_failed"], [0, %"geneve_d0.stop_before"], [2, %"geneve_d0.copy_last_byte_failed"], [0, %"geneve_d0.stop_at_encap"], [0, %"geneve_d0.unknown"], [2, %"gue_d0.copy_failed"], [0, %"gue_d0.stop_before"], [2, %"gue_d0.copy_last_byte_failed"], [0, %"gue_d0.stop_at_encap"], [0, %"gue_d0.unknown"], [2, %"gtpu_d0.copy_failed"], [0, %"gtpu_d0.stop_before"], [0, %"gtpu_d0.stop_at_encap"], [0, %"gtpu_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.stop_at_encap"], [0, %"shim_d0.unknown"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"pptp_d0.copy_failed"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [0, %"udp_d1.copy_failed"], [0, %"udp_d1.copy_last_byte_failed"], [0, %"udp_d1.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels3.copy_failed"], [0, %"mpls_d0_mpls_labels3.unknown"], [0, %"mpls_d0_mpls_labels3.stop_at_encap"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [0, %"mpls_d1_mpls_labels2.copy_failed"], [0, %"mpls_d1_mpls_labels2.unknown"], [0, %"mpls_d1_mpls_labels2.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.stop_at_encap.endif"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"gtpu_opt_d1.copy_failed"], [0, %"gtpu_opt_d1.unknown"], [2, %"gtpu_seq_d1.copy_failed"], [0, %"gtpu_seq_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"vxlan_d1.copy_failed"], [0, %"vxlan_d1.stop_at_encap"], [0, %"vxlan_d1.unknown"], [0, %"vxlan_d1.to_ethernet"], [2, %"geneve_d1.copy_failed"], [0, %"geneve_d1.stop_before"], [2, %"geneve_d1.copy_last_byte_failed"], [0, %"geneve_d1.stop_at_encap"], [0, %"geneve_d1.unknown"], [0, %"geneve_d1.to_ethernet"], [0, %"geneve_d1.to_ipv4"], [0, %"geneve_d1.to_ipv6"], [2, %"gue_d1.copy_failed"], [0, %"gue_d1.stop_before"], [2, %"gue_d1.copy_last_byte_failed"], [0, %"gue_d1.stop_at_encap"], [0, %"gue_d1.unknown"], [0, %"gue_d1.to_ipv4"], [0, %"gue_d1.to_ipv6"], [2, %"gtpu_d1.copy_failed"], [0, %"gtpu_d1.stop_before"], [0, %"gtpu_d1.stop_at_encap"], [0, %"gtpu_d1.unknown"], [0, %"gtpu_d1.to_ip_version"], [0, %"gtpu_d1.to_gtpu_opt"], [0, %"gtpu_d1.to_gtpu_seq"], [2, %"shim_d1.copy_failed"], [0, %"shim_d1.stop_at_encap"], [0, %"shim_d1.unknown"], [0, %"shim_d1.to_ipv4"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [2, %"pptp_d1.copy_failed"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels4.copy_failed"], [0, %"mpls_d0_mpls_labels4.unknown"], [0, %"mpls_d0_mpls_labels4.to_mpls"], [0, %"mpls_d0_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.copy_failed"], [0, %"mpls_d1_mpls_labels3.unknown"], [0, %"mpls_d1_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.stop_at_encap.endif"], [2, %"gtpu_next_d1.copy_failed"], [0, %"gtpu_next_d1.unknown"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [0, %"mpls_d1_mpls_labels4.copy_failed"], [0, %"mpls_d1_mpls_labels4.unknown"], [0, %"mpls_d1_mpls_labels4.to_mpls"], [0, %"mpls_d1_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels4.stop_at_encap.endif"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext1.require"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext1.unknown"], [2, %"gtpu_next_d1_gtpu_ext1.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext1.unknown"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext2.require"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext2.unknown"], [2, %"gtpu_next_d1_gtpu_ext2.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext2.unknown"], [0, %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext"]
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
  br label %"hsr_d0_vlan_tags1"
entry_d0.to_hsr.1:
  br label %"hsr_d0_vlan_tags1"
entry_d0.to_batadv:
  br label %"batadv_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_ipv4"], [%".406", %"vlan_d0_vlan_tags1.to_ipv4"], [%"cursor.43", %"pppoe_d0.to_ipv4"], [%"cursor.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"cursor.149", %"vlan_d0_vlan_tags2.to_ipv4"], [%"cursor.161", %"hsr_d0_vlan_tags2.to_ipv4"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.41", %"pppoe_d0.to_ipv4"], [%"data.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.105", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.107", %"hsr_d0_vlan_tags2.to_ipv4"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.41", %"pppoe_d0.to_ipv4"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ipv4"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.41", %"pppoe_d0.to_ipv4"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ipv4"]
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
  %"cursor.2" = phi  i64 [%".21", %"entry_d0.to_ipv6"], [%".406", %"vlan_d0_vlan_tags1.to_ipv6"], [%"cursor.44", %"pppoe_d0.to_ipv6"], [%"cursor.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"cursor.150", %"vlan_d0_vlan_tags2.to_ipv6"], [%"cursor.162", %"hsr_d0_vlan_tags2.to_ipv6"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.41", %"pppoe_d0.to_ipv6"], [%"data.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.107", %"hsr_d0_vlan_tags2.to_ipv6"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.41", %"pppoe_d0.to_ipv6"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ipv6"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.41", %"pppoe_d0.to_ipv6"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ipv6"]
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
  %"cursor.4" = phi  i64 [%".21", %"entry_d0.to_mpls"], [%".21", %"entry_d0.to_mpls.1"], [%"cursor.22", %"ipv4_d0.to_mpls"], [%"cursor.31", %"ipv6_d0.to_mpls"], [%"cursor.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"cursor.36", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"cursor.45", %"pppoe_d0.to_mpls"], [%"cursor.46", %"pppoe_d0.to_mpls.1"], [%"cursor.52", %"hsr_d0_vlan_tags1.to_mpls"], [%"cursor.53", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"cursor.131", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"cursor.146", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"cursor.151", %"vlan_d0_vlan_tags2.to_mpls"], [%"cursor.152", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"cursor.163", %"hsr_d0_vlan_tags2.to_mpls"], [%"cursor.164", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"cursor.304", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"cursor.319", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"cursor.413", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"cursor.425", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.41", %"pppoe_d0.to_mpls"], [%"data.41", %"pppoe_d0.to_mpls.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.41", %"pppoe_d0.to_mpls"], [%"data_end.41", %"pppoe_d0.to_mpls.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.41", %"pppoe_d0.to_mpls"], [%"keys.41", %"pppoe_d0.to_mpls.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %".453" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".454" = getelementptr i8, ptr %"hdr.3", i64 4
  %".455" = icmp ugt ptr %".454", %"data_end.5"
  br i1 %".455", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".457" = getelementptr i8, ptr %"hdr.3", i64 2
  %".458" = load i8, ptr %".457", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".458", %"mpls_d0_mpls_labels1.linear"], [%".477", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.37" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.36", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.37" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.36", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.37" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.36", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".479" = add i64 %"cursor.4", 4
  %".480" = zext i8 %"w2_1" to i64
  %".481" = and i64 %".480", 1
  switch i64 %".481", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"entry_d0.to_pppoe"], [%".406", %"vlan_d0_vlan_tags1.to_pppoe"], [%"cursor.54", %"hsr_d0_vlan_tags1.to_pppoe"], [%"cursor.153", %"vlan_d0_vlan_tags2.to_pppoe"], [%"cursor.165", %"hsr_d0_vlan_tags2.to_pppoe"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.107", %"hsr_d0_vlan_tags2.to_pppoe"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_pppoe"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.107", %"hsr_d0_vlan_tags2.to_pppoe"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".506" = getelementptr i8, ptr %"hdr.4", i64 8
  %".507" = icmp ugt ptr %".506", %"data_end.6"
  br i1 %".507", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".509" = getelementptr i8, ptr %"hdr.4", i64 0
  %".510" = load i8, ptr %".509", align 1
  %".511" = getelementptr i8, ptr %"hdr.4", i64 1
  %".512" = load i8, ptr %".511", align 1
  %".513" = getelementptr i8, ptr %"hdr.4", i64 6
  %".514" = load i16, ptr %".513", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".510", %"pppoe_d0.linear"], [%".533", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".512", %"pppoe_d0.linear"], [%".535", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".514", %"pppoe_d0.linear"], [%".537", %"pppoe_d0.copy_failed.endif"]
  %"data.41" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.40", %"pppoe_d0.copy_failed.endif"]
  %"data_end.41" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.40", %"pppoe_d0.copy_failed.endif"]
  %"keys.41" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.40", %"pppoe_d0.copy_failed.endif"]
  %".539" = zext i8 %"w0_1.1" to i64
  %".540" = lshr i64 %".539", 4
  %".541" = and i64 %".540", 15
  %".542" = icmp eq i64 %".541", 1
  %".543" = zext i8 %"w0_1.1" to i64
  %".544" = and i64 %".543", 15
  %".545" = icmp eq i64 %".544", 1
  %".546" = and i1 %".542", %".545"
  %".547" = zext i8 %"w1_1" to i64
  %".548" = icmp eq i64 %".547", 0
  %".549" = and i1 %".546", %".548"
  %".550" = xor i1 %".549", -1
  br i1 %".550", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".21", %"entry_d0.to_arp"], [%".21", %"entry_d0.to_arp.1"], [%"cursor.37", %"vlan_d0_vlan_tags1.to_arp"], [%"cursor.38", %"vlan_d0_vlan_tags1.to_arp.1"], [%"cursor.55", %"hsr_d0_vlan_tags1.to_arp"], [%"cursor.56", %"hsr_d0_vlan_tags1.to_arp.1"], [%"cursor.74", %"batadv_d0.stop_at_encap.endif.7"], [%"cursor.75", %"batadv_d0.stop_at_encap.endif.8"], [%"cursor.154", %"vlan_d0_vlan_tags2.to_arp"], [%"cursor.155", %"vlan_d0_vlan_tags2.to_arp.1"], [%"cursor.166", %"hsr_d0_vlan_tags2.to_arp"], [%"cursor.167", %"hsr_d0_vlan_tags2.to_arp.1"], [%"cursor.185", %"vlan_d1_vlan_tags1.to_arp"], [%"cursor.186", %"vlan_d1_vlan_tags1.to_arp.1"], [%"cursor.208", %"hsr_d1_vlan_tags1.to_arp"], [%"cursor.209", %"hsr_d1_vlan_tags1.to_arp.1"], [%"cursor.237", %"gre_d0.to_arp"], [%"cursor.238", %"gre_d0.to_arp.1"], [%"cursor.329", %"vlan_d1_vlan_tags2.to_arp"], [%"cursor.330", %"vlan_d1_vlan_tags2.to_arp.1"], [%"cursor.341", %"hsr_d1_vlan_tags2.to_arp"], [%"cursor.342", %"hsr_d1_vlan_tags2.to_arp.1"], [%"cursor.357", %"ethernet_d1.to_arp"], [%"cursor.358", %"ethernet_d1.to_arp.1"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data.105", %"vlan_d0_vlan_tags2.to_arp"], [%"data.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.107", %"hsr_d0_vlan_tags2.to_arp"], [%"data.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.114", %"vlan_d1_vlan_tags1.to_arp"], [%"data.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_arp"], [%"data.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.150", %"gre_d0.to_arp"], [%"data.150", %"gre_d0.to_arp.1"], [%"data.185", %"vlan_d1_vlan_tags2.to_arp"], [%"data.185", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.187", %"hsr_d1_vlan_tags2.to_arp"], [%"data.187", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.192", %"ethernet_d1.to_arp"], [%"data.192", %"ethernet_d1.to_arp.1"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.150", %"gre_d0.to_arp"], [%"data_end.150", %"gre_d0.to_arp.1"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.192", %"ethernet_d1.to_arp"], [%"data_end.192", %"ethernet_d1.to_arp.1"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.105", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.107", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.114", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.150", %"gre_d0.to_arp"], [%"keys.150", %"gre_d0.to_arp.1"], [%"keys.185", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.185", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.187", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.187", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.192", %"ethernet_d1.to_arp"], [%"keys.192", %"ethernet_d1.to_arp.1"]
  %".611" = add i64 %"cursor.6", 0
  %".612" = trunc i64 %".611" to i16
  %".613" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".612", ptr %".613", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".21", %"entry_d0.to_ptp"], [%".406", %"vlan_d0_vlan_tags1.to_ptp"], [%"cursor.57", %"hsr_d0_vlan_tags1.to_ptp"], [%"cursor.76", %"batadv_d0.stop_at_encap.endif.9"], [%"cursor.156", %"vlan_d0_vlan_tags2.to_ptp"], [%"cursor.168", %"hsr_d0_vlan_tags2.to_ptp"], [%"cursor.187", %"vlan_d1_vlan_tags1.to_ptp"], [%"cursor.210", %"hsr_d1_vlan_tags1.to_ptp"], [%"cursor.239", %"gre_d0.to_ptp"], [%"cursor.331", %"vlan_d1_vlan_tags2.to_ptp"], [%"cursor.343", %"hsr_d1_vlan_tags2.to_ptp"], [%"cursor.359", %"ethernet_d1.to_ptp"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.52", %"batadv_d0.stop_at_encap.endif.9"], [%"data.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.150", %"gre_d0.to_ptp"], [%"data.185", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.187", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.192", %"ethernet_d1.to_ptp"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.150", %"gre_d0.to_ptp"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.192", %"ethernet_d1.to_ptp"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.150", %"gre_d0.to_ptp"], [%"keys.185", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.187", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.192", %"ethernet_d1.to_ptp"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".616" = getelementptr i8, ptr %"hdr.5", i64 34
  %".617" = icmp ugt ptr %".616", %"data_end.8"
  br i1 %".617", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.44" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.43", %"ptp.copy_failed.endif"]
  %"data_end.44" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.43", %"ptp.copy_failed.endif"]
  %"keys.44" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.43", %"ptp.copy_failed.endif"]
  %".637" = add i64 %"cursor.7", 34
  %".638" = trunc i64 %".637" to i16
  %".639" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".638", ptr %".639", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".21", %"entry_d0.to_cfm"], [%".406", %"vlan_d0_vlan_tags1.to_cfm"], [%"cursor.58", %"hsr_d0_vlan_tags1.to_cfm"], [%"cursor.77", %"batadv_d0.stop_at_encap.endif.10"], [%"cursor.157", %"vlan_d0_vlan_tags2.to_cfm"], [%"cursor.169", %"hsr_d0_vlan_tags2.to_cfm"], [%"cursor.188", %"vlan_d1_vlan_tags1.to_cfm"], [%"cursor.211", %"hsr_d1_vlan_tags1.to_cfm"], [%"cursor.240", %"gre_d0.to_cfm"], [%"cursor.332", %"vlan_d1_vlan_tags2.to_cfm"], [%"cursor.344", %"hsr_d1_vlan_tags2.to_cfm"], [%"cursor.360", %"ethernet_d1.to_cfm"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.150", %"gre_d0.to_cfm"], [%"data.185", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.187", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.192", %"ethernet_d1.to_cfm"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.150", %"gre_d0.to_cfm"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.192", %"ethernet_d1.to_cfm"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.150", %"gre_d0.to_cfm"], [%"keys.185", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.187", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.192", %"ethernet_d1.to_cfm"]
  %".642" = add i64 %"cursor.8", 0
  %".643" = trunc i64 %".642" to i16
  %".644" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".643", ptr %".644", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".21", %"entry_d0.to_tipc"], [%".406", %"vlan_d0_vlan_tags1.to_tipc"], [%"cursor.59", %"hsr_d0_vlan_tags1.to_tipc"], [%"cursor.78", %"batadv_d0.stop_at_encap.endif.11"], [%"cursor.158", %"vlan_d0_vlan_tags2.to_tipc"], [%"cursor.170", %"hsr_d0_vlan_tags2.to_tipc"], [%"cursor.189", %"vlan_d1_vlan_tags1.to_tipc"], [%"cursor.212", %"hsr_d1_vlan_tags1.to_tipc"], [%"cursor.241", %"gre_d0.to_tipc"], [%"cursor.333", %"vlan_d1_vlan_tags2.to_tipc"], [%"cursor.345", %"hsr_d1_vlan_tags2.to_tipc"], [%"cursor.361", %"ethernet_d1.to_tipc"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.52", %"batadv_d0.stop_at_encap.endif.11"], [%"data.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.150", %"gre_d0.to_tipc"], [%"data.185", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.187", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.192", %"ethernet_d1.to_tipc"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.150", %"gre_d0.to_tipc"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.192", %"ethernet_d1.to_tipc"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.150", %"gre_d0.to_tipc"], [%"keys.185", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.187", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.192", %"ethernet_d1.to_tipc"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".647" = getelementptr i8, ptr %"hdr.6", i64 16
  %".648" = icmp ugt ptr %".647", %"data_end.10"
  br i1 %".648", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.46" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.45", %"tipc.copy_failed.endif"]
  %"data_end.46" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.45", %"tipc.copy_failed.endif"]
  %"keys.46" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.45", %"tipc.copy_failed.endif"]
  %".668" = trunc i64 %"cursor.9" to i16
  %".669" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".668", ptr %".669", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".21", %"entry_d0.to_fcoe"], [%".406", %"vlan_d0_vlan_tags1.to_fcoe"], [%"cursor.60", %"hsr_d0_vlan_tags1.to_fcoe"], [%"cursor.79", %"batadv_d0.stop_at_encap.endif.12"], [%"cursor.159", %"vlan_d0_vlan_tags2.to_fcoe"], [%"cursor.171", %"hsr_d0_vlan_tags2.to_fcoe"], [%"cursor.190", %"vlan_d1_vlan_tags1.to_fcoe"], [%"cursor.213", %"hsr_d1_vlan_tags1.to_fcoe"], [%"cursor.242", %"gre_d0.to_fcoe"], [%"cursor.334", %"vlan_d1_vlan_tags2.to_fcoe"], [%"cursor.346", %"hsr_d1_vlan_tags2.to_fcoe"], [%"cursor.362", %"ethernet_d1.to_fcoe"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.52", %"batadv_d0.stop_at_encap.endif.12"], [%"data.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.150", %"gre_d0.to_fcoe"], [%"data.185", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.187", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.192", %"ethernet_d1.to_fcoe"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.150", %"gre_d0.to_fcoe"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.192", %"ethernet_d1.to_fcoe"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.150", %"gre_d0.to_fcoe"], [%"keys.185", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.187", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.192", %"ethernet_d1.to_fcoe"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".672" = getelementptr i8, ptr %"hdr.7", i64 38
  %".673" = icmp ugt ptr %".672", %"data_end.11"
  br i1 %".673", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.48" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.47", %"fcoe.copy_failed.endif"]
  %"data_end.48" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.47", %"fcoe.copy_failed.endif"]
  %"keys.48" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.47", %"fcoe.copy_failed.endif"]
  %".693" = add i64 %"cursor.10", 38
  %".694" = trunc i64 %".693" to i16
  %".695" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".694", ptr %".695", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".21", %"entry_d0.to_hsr"], [%".21", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".698" = getelementptr i8, ptr %"hdr.8", i64 6
  %".699" = icmp ugt ptr %".698", %"data_end.12"
  br i1 %".699", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".701" = getelementptr i8, ptr %"hdr.8", i64 4
  %".702" = load i16, ptr %".701", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".702", %"hsr_d0_vlan_tags1.linear"], [%".721", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.50" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.49", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.50" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.49", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.50" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.49", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".723" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".724" = zext i16 %".723" to i64
  %".725" = trunc i64 %".724" to i16
  %".726" = call i16 @"llvm.bswap.i16"(i16 %".725")
  %".727" = getelementptr i8, ptr %"keys.50", i64 10
  store i16 %".726", ptr %".727", align 2
  %".729" = add i64 %"cursor.11", 6
  %".730" = trunc i64 %".729" to i16
  %".731" = getelementptr i8, ptr %"keys.50", i64 0
  store i16 %".730", ptr %".731", align 2
  %".733" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".734" = zext i16 %".733" to i64
  switch i64 %".734", label %"hsr_d0_vlan_tags1.unknown" [i64 2048, label %"hsr_d0_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags1.to_vlan" i64 34984, label %"hsr_d0_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags1.to_mpls" i64 34888, label %"hsr_d0_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags1.to_arp" i64 32821, label %"hsr_d0_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags1.to_ptp" i64 35074, label %"hsr_d0_vlan_tags1.to_cfm" i64 35018, label %"hsr_d0_vlan_tags1.to_tipc" i64 35078, label %"hsr_d0_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags1.to_hsr" i64 35067, label %"hsr_d0_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags1.to_batadv"]
batadv_d0:
  %"cursor.12" = phi  i64 [%".21", %"entry_d0.to_batadv"], [%".406", %"vlan_d0_vlan_tags1.to_batadv"], [%"cursor.63", %"hsr_d0_vlan_tags1.to_batadv"], [%"cursor.160", %"vlan_d0_vlan_tags2.to_batadv"], [%"cursor.172", %"hsr_d0_vlan_tags2.to_batadv"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.107", %"hsr_d0_vlan_tags2.to_batadv"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_batadv"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.107", %"hsr_d0_vlan_tags2.to_batadv"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".836" = getelementptr i8, ptr %"hdr.9", i64 24
  %".837" = icmp ugt ptr %".836", %"data_end.13"
  br i1 %".837", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".839" = getelementptr i8, ptr %"hdr.9", i64 0
  %".840" = load i8, ptr %".839", align 1
  %".841" = getelementptr i8, ptr %"hdr.9", i64 1
  %".842" = load i8, ptr %".841", align 1
  %".843" = getelementptr i8, ptr %"hdr.9", i64 22
  %".844" = load i16, ptr %".843", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".840", %"batadv_d0.linear"], [%".863", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".842", %"batadv_d0.linear"], [%".865", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".844", %"batadv_d0.linear"], [%".867", %"batadv_d0.copy_failed.endif"]
  %"data.52" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.51", %"batadv_d0.copy_failed.endif"]
  %"data_end.52" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.51", %"batadv_d0.copy_failed.endif"]
  %"keys.52" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.51", %"batadv_d0.copy_failed.endif"]
  %".869" = zext i8 %"w1_1.1" to i64
  %".870" = icmp eq i64 %".869", 15
  %".871" = zext i8 %"w0_1.2" to i64
  %".872" = icmp eq i64 %".871", 64
  %".873" = and i1 %".870", %".872"
  %".874" = xor i1 %".873", -1
  br i1 %".874", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".283", %"ipv6_d0.to_tcp"], [%"cursor.93", %"ipv4_d1.to_tcp"], [%"cursor.110", %"ipv6_d1.to_tcp"], [%"cursor.122", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"cursor.137", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"cursor.268", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"cursor.282", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"cursor.295", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"cursor.310", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"cursor.380", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"cursor.394", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"cursor.404", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"cursor.416", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"cursor.434", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"cursor.444", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.89", %"ipv4_d1.to_tcp"], [%"data.93", %"ipv6_d1.to_tcp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.89", %"ipv4_d1.to_tcp"], [%"data_end.93", %"ipv6_d1.to_tcp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.89", %"ipv4_d1.to_tcp"], [%"keys.93", %"ipv6_d1.to_tcp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.13"
  %".1182" = getelementptr i8, ptr %"hdr.10", i64 4
  %".1183" = icmp ugt ptr %".1182", %"data_end.16"
  br i1 %".1183", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".1185" = getelementptr i8, ptr %"hdr.10", i64 0
  %".1186" = load i16, ptr %".1185", align 2
  %".1187" = getelementptr i8, ptr %"hdr.10", i64 2
  %".1188" = load i16, ptr %".1187", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".1186", %"tcp.linear"], [%".1207", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1188", %"tcp.linear"], [%".1209", %"tcp.copy_failed.endif"]
  %"data.59" = phi  ptr [%"data.16", %"tcp.linear"], [%"data.58", %"tcp.copy_failed.endif"]
  %"data_end.59" = phi  ptr [%"data_end.16", %"tcp.linear"], [%"data_end.58", %"tcp.copy_failed.endif"]
  %"keys.59" = phi  ptr [%"keys.16", %"tcp.linear"], [%"keys.58", %"tcp.copy_failed.endif"]
  %".1211" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".1212" = zext i16 %".1211" to i64
  %".1213" = trunc i64 %".1212" to i16
  %".1214" = call i16 @"llvm.bswap.i16"(i16 %".1213")
  %".1215" = getelementptr i8, ptr %"keys.59", i64 12
  store i16 %".1214", ptr %".1215", align 2
  %".1217" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".1218" = zext i16 %".1217" to i64
  %".1219" = trunc i64 %".1218" to i16
  %".1220" = call i16 @"llvm.bswap.i16"(i16 %".1219")
  %".1221" = getelementptr i8, ptr %"keys.59", i64 14
  store i16 %".1220", ptr %".1221", align 2
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".283", %"ipv6_d0.to_udp"], [%"cursor.123", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"cursor.138", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"cursor.296", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"cursor.311", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"cursor.405", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"cursor.417", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.14"
  %".1229" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1230" = icmp ugt ptr %".1229", %"data_end.17"
  br i1 %".1230", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".1232" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1233" = load i16, ptr %".1232", align 2
  %".1234" = getelementptr i8, ptr %"hdr.11", i64 2
  %".1235" = load i16, ptr %".1234", align 2
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_2.1" = phi  i16 [%".1233", %"udp_d0.linear"], [%".1254", %"udp_d0.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1235", %"udp_d0.linear"], [%".1256", %"udp_d0.copy_failed.endif"]
  %"data.62" = phi  ptr [%"data.17", %"udp_d0.linear"], [%"data.61", %"udp_d0.copy_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.17", %"udp_d0.linear"], [%"data_end.61", %"udp_d0.copy_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.17", %"udp_d0.linear"], [%"keys.61", %"udp_d0.copy_failed.endif"]
  %".1258" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".1259" = zext i16 %".1258" to i64
  %".1260" = trunc i64 %".1259" to i16
  %".1261" = call i16 @"llvm.bswap.i16"(i16 %".1260")
  %".1262" = getelementptr i8, ptr %"keys.62", i64 12
  store i16 %".1261", ptr %".1262", align 2
  %".1264" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1265" = zext i16 %".1264" to i64
  %".1266" = trunc i64 %".1265" to i16
  %".1267" = call i16 @"llvm.bswap.i16"(i16 %".1266")
  %".1268" = getelementptr i8, ptr %"keys.62", i64 14
  store i16 %".1267", ptr %".1268", align 2
  %".1270" = add i64 %"cursor.14", 4
  %".1271" = add i64 4, 4
  %".1272" = getelementptr i8, ptr %"data.62", i64 %"cursor.14"
  %".1273" = getelementptr i8, ptr %".1272", i64 %".1271"
  %".1274" = icmp ugt ptr %".1273", %"data_end.62"
  br i1 %".1274", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.64" = phi  ptr [%"data.62", %"udp_d0.header"], [%"data.63", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"udp_d0.header"], [%"data_end.63", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.64" = phi  ptr [%"keys.62", %"udp_d0.header"], [%"keys.63", %"udp_d0.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.14", %".1271"
  %".1295" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1296" = zext i16 %".1295" to i64
  switch i64 %".1296", label %"udp_d0.unknown" [i64 4789, label %"udp_d0.to_vxlan" i64 6081, label %"udp_d0.to_geneve" i64 6080, label %"udp_d0.to_gue" i64 2152, label %"udp_d0.to_gtpu" i64 7777, label %"udp_d0.to_shim"]
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".283", %"ipv6_d0.to_udplite"], [%"cursor.96", %"ipv4_d1.to_udplite"], [%"cursor.112", %"ipv6_d1.to_udplite"], [%"cursor.124", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"cursor.139", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"cursor.270", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"cursor.284", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"cursor.297", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"cursor.312", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"cursor.382", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"cursor.396", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"cursor.406", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"cursor.418", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"cursor.436", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"cursor.446", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.89", %"ipv4_d1.to_udplite"], [%"data.93", %"ipv6_d1.to_udplite"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.89", %"ipv4_d1.to_udplite"], [%"data_end.93", %"ipv6_d1.to_udplite"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.89", %"ipv4_d1.to_udplite"], [%"keys.93", %"ipv6_d1.to_udplite"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.15"
  %".1307" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1308" = icmp ugt ptr %".1307", %"data_end.18"
  br i1 %".1308", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1310" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1311" = load i16, ptr %".1310", align 2
  %".1312" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1313" = load i16, ptr %".1312", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1311", %"udplite.linear"], [%".1332", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1313", %"udplite.linear"], [%".1334", %"udplite.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.70", %"udplite.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.70", %"udplite.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.70", %"udplite.copy_failed.endif"]
  %".1336" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1337" = zext i16 %".1336" to i64
  %".1338" = trunc i64 %".1337" to i16
  %".1339" = call i16 @"llvm.bswap.i16"(i16 %".1338")
  %".1340" = getelementptr i8, ptr %"keys.71", i64 12
  store i16 %".1339", ptr %".1340", align 2
  %".1342" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1343" = zext i16 %".1342" to i64
  %".1344" = trunc i64 %".1343" to i16
  %".1345" = call i16 @"llvm.bswap.i16"(i16 %".1344")
  %".1346" = getelementptr i8, ptr %"keys.71", i64 14
  store i16 %".1345", ptr %".1346", align 2
  %".1348" = add i64 %"cursor.15", 4
  %".1349" = add i64 4, 4
  %".1350" = getelementptr i8, ptr %"data.71", i64 %"cursor.15"
  %".1351" = getelementptr i8, ptr %".1350", i64 %".1349"
  %".1352" = icmp ugt ptr %".1351", %"data_end.71"
  br i1 %".1352", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.73" = phi  ptr [%"data.71", %"udplite.header"], [%"data.72", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.71", %"udplite.header"], [%"data_end.72", %"udplite.copy_last_byte_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.71", %"udplite.header"], [%"keys.72", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.15", %".1349"
  %".1373" = trunc i64 %"cursor.15" to i16
  %".1374" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1373", ptr %".1374", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".283", %"ipv6_d0.to_gre_version"], [%"cursor.125", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"cursor.140", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"cursor.298", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"cursor.313", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"cursor.407", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"cursor.419", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.16"
  %".1377" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1378" = icmp ugt ptr %".1377", %"data_end.19"
  br i1 %".1378", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1380" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1381" = load i8, ptr %".1380", align 1
  %".1382" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1383" = load i8, ptr %".1382", align 1
  %".1384" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1385" = load i16, ptr %".1384", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1381", %"gre_version_d0.linear"], [%".1404", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1383", %"gre_version_d0.linear"], [%".1406", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1385", %"gre_version_d0.linear"], [%".1408", %"gre_version_d0.copy_failed.endif"]
  %"data.75" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.74", %"gre_version_d0.copy_failed.endif"]
  %"data_end.75" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.74", %"gre_version_d0.copy_failed.endif"]
  %"keys.75" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.74", %"gre_version_d0.copy_failed.endif"]
  %".1410" = zext i8 %"w0_1.3" to i64
  %".1411" = lshr i64 %".1410", 6
  %".1412" = and i64 %".1411", 1
  %".1413" = icmp ne i64 %".1412", 0
  %".1414" = zext i8 %"w1_1.2" to i64
  %".1415" = and i64 %".1414", 7
  %".1416" = icmp ugt i64 %".1415", 1
  %".1417" = or i1 %".1413", %".1416"
  br i1 %".1417", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".283", %"ipv6_d0.to_sctp"], [%"cursor.99", %"ipv4_d1.to_sctp"], [%"cursor.114", %"ipv6_d1.to_sctp"], [%"cursor.126", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"cursor.141", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"cursor.272", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"cursor.286", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"cursor.299", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"cursor.314", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"cursor.384", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"cursor.398", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"cursor.408", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"cursor.420", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"cursor.438", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"cursor.448", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.89", %"ipv4_d1.to_sctp"], [%"data.93", %"ipv6_d1.to_sctp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.89", %"ipv4_d1.to_sctp"], [%"data_end.93", %"ipv6_d1.to_sctp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.89", %"ipv4_d1.to_sctp"], [%"keys.93", %"ipv6_d1.to_sctp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.17"
  %".1438" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1439" = icmp ugt ptr %".1438", %"data_end.20"
  br i1 %".1439", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1441" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1442" = load i16, ptr %".1441", align 2
  %".1443" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1444" = load i16, ptr %".1443", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1442", %"sctp.linear"], [%".1463", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1444", %"sctp.linear"], [%".1465", %"sctp.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.78", %"sctp.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.78", %"sctp.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.78", %"sctp.copy_failed.endif"]
  %".1467" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1468" = zext i16 %".1467" to i64
  %".1469" = trunc i64 %".1468" to i16
  %".1470" = call i16 @"llvm.bswap.i16"(i16 %".1469")
  %".1471" = getelementptr i8, ptr %"keys.79", i64 12
  store i16 %".1470", ptr %".1471", align 2
  %".1473" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1474" = zext i16 %".1473" to i64
  %".1475" = trunc i64 %".1474" to i16
  %".1476" = call i16 @"llvm.bswap.i16"(i16 %".1475")
  %".1477" = getelementptr i8, ptr %"keys.79", i64 14
  store i16 %".1476", ptr %".1477", align 2
  %".1479" = add i64 %"cursor.17", 4
  %".1480" = trunc i64 %"cursor.17" to i16
  %".1481" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1480", ptr %".1481", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".283", %"ipv6_d0.to_dccp"], [%"cursor.100", %"ipv4_d1.to_dccp"], [%"cursor.115", %"ipv6_d1.to_dccp"], [%"cursor.127", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"cursor.142", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"cursor.273", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"cursor.287", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"cursor.300", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"cursor.315", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"cursor.385", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"cursor.399", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"cursor.409", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"cursor.421", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"cursor.439", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"cursor.449", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.89", %"ipv4_d1.to_dccp"], [%"data.93", %"ipv6_d1.to_dccp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.89", %"ipv4_d1.to_dccp"], [%"data_end.93", %"ipv6_d1.to_dccp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.89", %"ipv4_d1.to_dccp"], [%"keys.93", %"ipv6_d1.to_dccp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1484" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1485" = icmp ugt ptr %".1484", %"data_end.21"
  br i1 %".1485", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1487" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1488" = load i16, ptr %".1487", align 2
  %".1489" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1490" = load i16, ptr %".1489", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1488", %"dccp.linear"], [%".1509", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1490", %"dccp.linear"], [%".1511", %"dccp.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.80", %"dccp.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.80", %"dccp.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.80", %"dccp.copy_failed.endif"]
  %".1513" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1514" = zext i16 %".1513" to i64
  %".1515" = trunc i64 %".1514" to i16
  %".1516" = call i16 @"llvm.bswap.i16"(i16 %".1515")
  %".1517" = getelementptr i8, ptr %"keys.81", i64 12
  store i16 %".1516", ptr %".1517", align 2
  %".1519" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1520" = zext i16 %".1519" to i64
  %".1521" = trunc i64 %".1520" to i16
  %".1522" = call i16 @"llvm.bswap.i16"(i16 %".1521")
  %".1523" = getelementptr i8, ptr %"keys.81", i64 14
  store i16 %".1522", ptr %".1523", align 2
  %".1525" = add i64 %"cursor.18", 4
  %".1526" = trunc i64 %"cursor.18" to i16
  %".1527" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1526", ptr %".1527", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".283", %"ipv6_d0.to_esp"], [%"cursor.101", %"ipv4_d1.to_esp"], [%"cursor.116", %"ipv6_d1.to_esp"], [%"cursor.128", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"cursor.143", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"cursor.274", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"cursor.288", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"cursor.301", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"cursor.316", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"cursor.386", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"cursor.400", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"cursor.410", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"cursor.422", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"cursor.440", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"cursor.450", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.89", %"ipv4_d1.to_esp"], [%"data.93", %"ipv6_d1.to_esp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.89", %"ipv4_d1.to_esp"], [%"data_end.93", %"ipv6_d1.to_esp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.89", %"ipv4_d1.to_esp"], [%"keys.93", %"ipv6_d1.to_esp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"hdr.16" = getelementptr i8, ptr %"data.22", i64 %"cursor.19"
  %".1530" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1531" = icmp ugt ptr %".1530", %"data_end.22"
  br i1 %".1531", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1533" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1534" = load i32, ptr %".1533", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1534", %"esp.linear"], [%".1553", %"esp.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.22", %"esp.linear"], [%"data.82", %"esp.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.82", %"esp.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.82", %"esp.copy_failed.endif"]
  %".1555" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1556" = zext i32 %".1555" to i64
  %".1557" = lshr i64 %".1556", 16
  %".1558" = trunc i64 %".1557" to i16
  %".1559" = call i16 @"llvm.bswap.i16"(i16 %".1558")
  %".1560" = getelementptr i8, ptr %"keys.83", i64 12
  store i16 %".1559", ptr %".1560", align 2
  %".1562" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1563" = zext i32 %".1562" to i64
  %".1564" = and i64 %".1563", 65535
  %".1565" = trunc i64 %".1564" to i16
  %".1566" = call i16 @"llvm.bswap.i16"(i16 %".1565")
  %".1567" = getelementptr i8, ptr %"keys.83", i64 14
  store i16 %".1566", ptr %".1567", align 2
  %".1569" = add i64 %"cursor.19", 4
  %".1570" = trunc i64 %"cursor.19" to i16
  %".1571" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1570", ptr %".1571", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".283", %"ipv6_d0.to_ah"], [%"cursor.102", %"ipv4_d1.to_ah"], [%"cursor.117", %"ipv6_d1.to_ah"], [%"cursor.129", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"cursor.144", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"cursor.275", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"cursor.289", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"cursor.302", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"cursor.317", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"cursor.387", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"cursor.401", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"cursor.411", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"cursor.423", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"cursor.441", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"cursor.451", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.89", %"ipv4_d1.to_ah"], [%"data.93", %"ipv6_d1.to_ah"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.89", %"ipv4_d1.to_ah"], [%"data_end.93", %"ipv6_d1.to_ah"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.89", %"ipv4_d1.to_ah"], [%"keys.93", %"ipv6_d1.to_ah"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"hdr.17" = getelementptr i8, ptr %"data.23", i64 %"cursor.20"
  %".1574" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1575" = icmp ugt ptr %".1574", %"data_end.23"
  br i1 %".1575", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1577" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1578" = load i32, ptr %".1577", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1578", %"ah.linear"], [%".1597", %"ah.copy_failed.endif"]
  %"data.85" = phi  ptr [%"data.23", %"ah.linear"], [%"data.84", %"ah.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.84", %"ah.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.84", %"ah.copy_failed.endif"]
  %".1599" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1600" = zext i32 %".1599" to i64
  %".1601" = lshr i64 %".1600", 16
  %".1602" = trunc i64 %".1601" to i16
  %".1603" = call i16 @"llvm.bswap.i16"(i16 %".1602")
  %".1604" = getelementptr i8, ptr %"keys.85", i64 12
  store i16 %".1603", ptr %".1604", align 2
  %".1606" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1607" = zext i32 %".1606" to i64
  %".1608" = and i64 %".1607", 65535
  %".1609" = trunc i64 %".1608" to i16
  %".1610" = call i16 @"llvm.bswap.i16"(i16 %".1609")
  %".1611" = getelementptr i8, ptr %"keys.85", i64 14
  store i16 %".1610", ptr %".1611", align 2
  %".1613" = add i64 %"cursor.20", 8
  %".1614" = trunc i64 %"cursor.20" to i16
  %".1615" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1614", ptr %".1615", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.3", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.89", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.89", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.89", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.24", i64 %"cursor.21"
  %".1618" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1619" = icmp ugt ptr %".1618", %"data_end.24"
  br i1 %".1619", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.87" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.86", %"icmp.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.86", %"icmp.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.86", %"icmp.copy_failed.endif"]
  %".1639" = add i64 %"cursor.21", 4
  %".1640" = trunc i64 %"cursor.21" to i16
  %".1641" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1640", ptr %".1641", align 2
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
  %"cursor.23" = phi  i64 [%"cursor.24", %"ipv4_d0.stop_at_encap.endif"], [%"cursor.32", %"ipv6_d0.stop_at_encap.endif"], [%"cursor.64", %"batadv_d0.stop_at_encap.endif"], [%"cursor.132", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.147", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.175", %"ip_version_d1.to_ipv4"], [%"cursor.177", %"vlan_d1_vlan_tags1.to_ipv4"], [%"cursor.197", %"pppoe_d1.to_ipv4"], [%"cursor.201", %"hsr_d1_vlan_tags1.to_ipv4"], [%"cursor.220", %"geneve_d0.to_ipv4"], [%"cursor.222", %"gue_d0.to_ipv4"], [%"cursor.229", %"shim_d0.to_ipv4"], [%"cursor.230", %"gre_d0.to_ipv4"], [%"cursor.305", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.320", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.324", %"vlan_d1_vlan_tags2.to_ipv4"], [%"cursor.336", %"hsr_d1_vlan_tags2.to_ipv4"], [%"cursor.350", %"ethernet_d1.to_ipv4"], [%"cursor.369", %"ppp_d0.stop_at_encap.endif"], [%"cursor.414", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.426", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.52", %"batadv_d0.stop_at_encap.endif"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.112", %"ip_version_d1.to_ipv4"], [%"data.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.121", %"pppoe_d1.to_ipv4"], [%"data.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.136", %"geneve_d0.to_ipv4"], [%"data.140", %"gue_d0.to_ipv4"], [%"data.146", %"shim_d0.to_ipv4"], [%"data.150", %"gre_d0.to_ipv4"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.185", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.187", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.192", %"ethernet_d1.to_ipv4"], [%"data.199", %"ppp_d0.stop_at_encap.endif"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.112", %"ip_version_d1.to_ipv4"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.121", %"pppoe_d1.to_ipv4"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.136", %"geneve_d0.to_ipv4"], [%"data_end.140", %"gue_d0.to_ipv4"], [%"data_end.146", %"shim_d0.to_ipv4"], [%"data_end.150", %"gre_d0.to_ipv4"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.192", %"ethernet_d1.to_ipv4"], [%"data_end.199", %"ppp_d0.stop_at_encap.endif"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.52", %"batadv_d0.stop_at_encap.endif"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.112", %"ip_version_d1.to_ipv4"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.121", %"pppoe_d1.to_ipv4"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.136", %"geneve_d0.to_ipv4"], [%"keys.140", %"gue_d0.to_ipv4"], [%"keys.146", %"shim_d0.to_ipv4"], [%"keys.150", %"gre_d0.to_ipv4"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.185", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.187", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.192", %"ethernet_d1.to_ipv4"], [%"keys.199", %"ppp_d0.stop_at_encap.endif"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"]
  %"hdr.19" = getelementptr i8, ptr %"data.25", i64 %"cursor.23"
  %".1644" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1645" = icmp ugt ptr %".1644", %"data_end.25"
  br i1 %".1645", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1647" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1648" = load i8, ptr %".1647", align 1
  %".1649" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1650" = load i16, ptr %".1649", align 2
  %".1651" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1652" = load i8, ptr %".1651", align 1
  %".1653" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1654" = load i32, ptr %".1653", align 4
  %".1655" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1656" = load i32, ptr %".1655", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1648", %"ipv4_d1.linear"], [%".1675", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1650", %"ipv4_d1.linear"], [%".1677", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1652", %"ipv4_d1.linear"], [%".1679", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1654", %"ipv4_d1.linear"], [%".1681", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1656", %"ipv4_d1.linear"], [%".1683", %"ipv4_d1.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.88", %"ipv4_d1.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.88", %"ipv4_d1.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.88", %"ipv4_d1.copy_failed.endif"]
  %".1685" = zext i8 %"w0_1.4" to i64
  %".1686" = and i64 %".1685", 15
  %".1687" = icmp uge i64 %".1686", 5
  %".1688" = xor i1 %".1687", -1
  br i1 %".1688", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
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
  %"cursor.25" = phi  i64 [%"cursor.26", %"ipv4_d0.stop_at_encap.endif.1"], [%"cursor.33", %"ipv6_d0.stop_at_encap.endif.1"], [%"cursor.65", %"batadv_d0.stop_at_encap.endif.1"], [%"cursor.133", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.148", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.176", %"ip_version_d1.to_ipv6"], [%"cursor.178", %"vlan_d1_vlan_tags1.to_ipv6"], [%"cursor.198", %"pppoe_d1.to_ipv6"], [%"cursor.202", %"hsr_d1_vlan_tags1.to_ipv6"], [%"cursor.221", %"geneve_d0.to_ipv6"], [%"cursor.223", %"gue_d0.to_ipv6"], [%"cursor.231", %"gre_d0.to_ipv6"], [%"cursor.306", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.321", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.325", %"vlan_d1_vlan_tags2.to_ipv6"], [%"cursor.337", %"hsr_d1_vlan_tags2.to_ipv6"], [%"cursor.351", %"ethernet_d1.to_ipv6"], [%"cursor.370", %"ppp_d0.stop_at_encap.endif.1"], [%"cursor.415", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.427", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.112", %"ip_version_d1.to_ipv6"], [%"data.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.121", %"pppoe_d1.to_ipv6"], [%"data.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.136", %"geneve_d0.to_ipv6"], [%"data.140", %"gue_d0.to_ipv6"], [%"data.150", %"gre_d0.to_ipv6"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.185", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.187", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.192", %"ethernet_d1.to_ipv6"], [%"data.199", %"ppp_d0.stop_at_encap.endif.1"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.112", %"ip_version_d1.to_ipv6"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.121", %"pppoe_d1.to_ipv6"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.136", %"geneve_d0.to_ipv6"], [%"data_end.140", %"gue_d0.to_ipv6"], [%"data_end.150", %"gre_d0.to_ipv6"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.192", %"ethernet_d1.to_ipv6"], [%"data_end.199", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.112", %"ip_version_d1.to_ipv6"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.121", %"pppoe_d1.to_ipv6"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.136", %"geneve_d0.to_ipv6"], [%"keys.140", %"gue_d0.to_ipv6"], [%"keys.150", %"gre_d0.to_ipv6"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.185", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.187", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.192", %"ethernet_d1.to_ipv6"], [%"keys.199", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"]
  %"hdr.20" = getelementptr i8, ptr %"data.26", i64 %"cursor.25"
  %".1849" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1850" = icmp ugt ptr %".1849", %"data_end.26"
  br i1 %".1850", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1852" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1853" = load i32, ptr %".1852", align 4
  %".1854" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1855" = load i8, ptr %".1854", align 1
  %".1856" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1857" = load i64, ptr %".1856", align 8
  %".1858" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1859" = load i64, ptr %".1858", align 8
  %".1860" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1861" = load i64, ptr %".1860", align 8
  %".1862" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1863" = load i64, ptr %".1862", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1853", %"ipv6_d1.linear"], [%".1882", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1855", %"ipv6_d1.linear"], [%".1884", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1857", %"ipv6_d1.linear"], [%".1886", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1859", %"ipv6_d1.linear"], [%".1888", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1861", %"ipv6_d1.linear"], [%".1890", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1863", %"ipv6_d1.linear"], [%".1892", %"ipv6_d1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.92", %"ipv6_d1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.92", %"ipv6_d1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.92", %"ipv6_d1.copy_failed.endif"]
  %".1894" = trunc i64 34525 to i16
  %".1895" = getelementptr i8, ptr %"keys.93", i64 4
  store i16 %".1894", ptr %".1895", align 2
  %".1897" = trunc i64 34525 to i16
  %".1898" = call i16 @"llvm.bswap.i16"(i16 %".1897")
  %".1899" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1898", ptr %".1899", align 2
  %".1901" = getelementptr i8, ptr %"keys.93", i64 16
  store i64 %"w8_8.1", ptr %".1901", align 8
  %".1903" = getelementptr i8, ptr %"keys.93", i64 24
  store i64 %"w16_8.1", ptr %".1903", align 8
  %".1905" = getelementptr i8, ptr %"keys.93", i64 32
  store i64 %"w24_8.1", ptr %".1905", align 8
  %".1907" = getelementptr i8, ptr %"keys.93", i64 40
  store i64 %"w32_8.1", ptr %".1907", align 8
  %".1909" = zext i8 %"w6_1.1" to i64
  %".1910" = trunc i64 %".1909" to i8
  %".1911" = getelementptr i8, ptr %"keys.93", i64 9
  store i8 %".1910", ptr %".1911", align 1
  %".1913" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1914" = zext i32 %".1913" to i64
  %".1915" = and i64 %".1914", 1048575
  %".1916" = trunc i64 %".1915" to i32
  %".1917" = call i32 @"llvm.bswap.i32"(i32 %".1916")
  %".1918" = getelementptr i8, ptr %"keys.93", i64 52
  store i32 %".1917", ptr %".1918", align 4
  %".1920" = add i64 %"cursor.25", 40
  %".1921" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1922" = zext i32 %".1921" to i64
  %".1923" = and i64 %".1922", 1048575
  %".1924" = icmp ne i64 %".1923", 0
  %".1925" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.26" = load volatile i32, ptr %".1925", align 4
  %".1926" = and i32 %"flags.26", 2
  %".1927" = icmp ne i32 %".1926", 0
  %".1928" = and i1 %".1924", %".1927"
  br i1 %".1928", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
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
  %".2063" = getelementptr i8, ptr %"hdr.21", i64 2
  %".2064" = icmp ugt ptr %".2063", %"data_end.29"
  br i1 %".2064", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".2066" = getelementptr i8, ptr %"hdr.21", i64 0
  %".2067" = load i8, ptr %".2066", align 1
  %".2068" = getelementptr i8, ptr %"hdr.21", i64 1
  %".2069" = load i8, ptr %".2068", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".2067", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".2088", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".2069", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".2090", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".2092" = zext i8 %"w0_1.5" to i64
  %".2093" = trunc i64 %".2092" to i8
  %".2094" = getelementptr i8, ptr %"keys.97", i64 9
  store i8 %".2093", ptr %".2094", align 1
  %".2096" = add i64 %"cursor.27", 2
  %".2097" = zext i8 %"w1_1.3" to i64
  %".2098" = mul i64 %".2097", 8
  %".2099" = add i64 %".2098", 6
  %".2100" = add i64 %".2099", 2
  %"end.4" = add i64 %"cursor.27", %".2100"
  %".2101" = zext i8 %"w0_1.5" to i64
  switch i64 %".2101", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.29" = phi  i64 [%".283", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.29"
  %".2224" = getelementptr i8, ptr %"hdr.22", i64 8
  %".2225" = icmp ugt ptr %".2224", %"data_end.30"
  br i1 %".2225", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".2227" = getelementptr i8, ptr %"hdr.22", i64 0
  %".2228" = load i8, ptr %".2227", align 1
  %".2229" = getelementptr i8, ptr %"hdr.22", i64 2
  %".2230" = load i16, ptr %".2229", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".2228", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2249", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".2230", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2251", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".2253" = zext i8 %"w0_1.6" to i64
  %".2254" = trunc i64 %".2253" to i8
  %".2255" = getelementptr i8, ptr %"keys.101", i64 9
  store i8 %".2254", ptr %".2255", align 1
  %".2257" = add i64 %"cursor.29", 8
  %".2258" = icmp ne i64 1, 0
  %".2259" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".2260" = zext i16 %".2259" to i64
  %".2261" = and i64 %".2260", 65528
  %".2262" = icmp eq i64 %".2261", 0
  br i1 %".2258", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.30" = phi  i64 [%".283", %"ipv6_d0.to_icmpv6"], [%".1920", %"ipv6_d1.to_icmpv6"], [%"cursor.130", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"cursor.145", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"cursor.276", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"cursor.290", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"cursor.303", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"cursor.318", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"cursor.388", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"cursor.402", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"cursor.412", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"cursor.424", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"cursor.442", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"cursor.452", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.93", %"ipv6_d1.to_icmpv6"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.93", %"ipv6_d1.to_icmpv6"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.93", %"ipv6_d1.to_icmpv6"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.30"
  %".2417" = getelementptr i8, ptr %"hdr.23", i64 4
  %".2418" = icmp ugt ptr %".2417", %"data_end.31"
  br i1 %".2418", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.103" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.102", %"icmpv6.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.102", %"icmpv6.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.102", %"icmpv6.copy_failed.endif"]
  %".2438" = add i64 %"cursor.30", 4
  %".2439" = trunc i64 %"cursor.30" to i16
  %".2440" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2439", ptr %".2440", align 2
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
  br label %"hsr_d0_vlan_tags2"
vlan_d0_vlan_tags1.to_hsr.1:
  br label %"hsr_d0_vlan_tags2"
vlan_d0_vlan_tags1.to_batadv:
  br label %"batadv_d0"
vlan_d0_vlan_tags2:
  %"cursor.34" = phi  i64 [%".406", %"vlan_d0_vlan_tags1.to_vlan"], [%".406", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"cursor.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"cursor.51", %"hsr_d0_vlan_tags1.to_vlan.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.34"
  %".2443" = getelementptr i8, ptr %"hdr.24", i64 4
  %".2444" = icmp ugt ptr %".2443", %"data_end.34"
  br i1 %".2444", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".2446" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2447" = load i16, ptr %".2446", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".2447", %"vlan_d0_vlan_tags2.linear"], [%".2466", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".2468" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2469" = zext i16 %".2468" to i64
  %".2470" = trunc i64 %".2469" to i16
  %".2471" = call i16 @"llvm.bswap.i16"(i16 %".2470")
  %".2472" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2471", ptr %".2472", align 2
  %".2474" = add i64 %"cursor.34", 4
  %".2475" = trunc i64 %".2474" to i16
  %".2476" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2475", ptr %".2476", align 2
  %".2478" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2479" = zext i16 %".2478" to i64
  switch i64 %".2479", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]
hsr_d0_vlan_tags2:
  %"cursor.39" = phi  i64 [%".406", %"vlan_d0_vlan_tags1.to_hsr"], [%".406", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"cursor.61", %"hsr_d0_vlan_tags1.to_hsr"], [%"cursor.62", %"hsr_d0_vlan_tags1.to_hsr.1"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr.1"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr.1"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr.1"]
  %"hdr.25" = getelementptr i8, ptr %"data.35", i64 %"cursor.39"
  %".2573" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2574" = icmp ugt ptr %".2573", %"data_end.35"
  br i1 %".2574", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2576" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2577" = load i16, ptr %".2576", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2577", %"hsr_d0_vlan_tags2.linear"], [%".2596", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.35", %"hsr_d0_vlan_tags2.linear"], [%"data.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.35", %"hsr_d0_vlan_tags2.linear"], [%"data_end.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.35", %"hsr_d0_vlan_tags2.linear"], [%"keys.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2598" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2599" = zext i16 %".2598" to i64
  %".2600" = trunc i64 %".2599" to i16
  %".2601" = call i16 @"llvm.bswap.i16"(i16 %".2600")
  %".2602" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".2601", ptr %".2602", align 2
  %".2604" = add i64 %"cursor.39", 6
  %".2605" = trunc i64 %".2604" to i16
  %".2606" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2605", ptr %".2606", align 2
  %".2608" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2609" = zext i16 %".2608" to i64
  switch i64 %".2609", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]
mpls_d0_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".460" = trunc i64 %"cursor.4" to i32
  %".461" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".460", [40 x i8]* %"header_copy", i32 4)
  %".462" = icmp eq i64 %".461", 0
  %".463" = getelementptr i8, ptr %"ctx.4", i64 76
  %".464" = load i32, ptr %".463", align 4
  %".465" = zext i32 %".464" to i64
  %"data.36" = inttoptr i64 %".465" to ptr
  %".466" = getelementptr i8, ptr %"ctx.4", i64 80
  %".467" = load i32, ptr %".466", align 4
  %".468" = zext i32 %".467" to i64
  %"data_end.36" = inttoptr i64 %".468" to ptr
  %".469" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.36" = load ptr, ptr %".469", align 8
  %".470" = xor i1 %".462", -1
  br i1 %".470", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".472" = trunc i64 %".453" to i16
  %".473" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".472", ptr %".473", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".476" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".477" = load volatile i8, [40 x i8]* %".476", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".483" = trunc i64 %".479" to i16
  %".484" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".483", ptr %".484", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels1.to_ip_version:
  %".488" = getelementptr i8, ptr %"keys.37", i64 8
  store i8 1, ptr %".488", align 1
  %".490" = getelementptr i8, ptr %"keys.37", i64 48
  %"flags.6" = load volatile i32, ptr %".490", align 4
  %".491" = and i32 %"flags.6", 4
  %".492" = icmp ne i32 %".491", 0
  br i1 %".492", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels2:
  %"cursor.40" = phi  i64 [%".479", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.38" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.38" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.38" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2703" = add i64 %"cursor.40", 4
  %"hdr.26" = getelementptr i8, ptr %"data.38", i64 %"cursor.40"
  %".2704" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2705" = icmp ugt ptr %".2704", %"data_end.38"
  br i1 %".2705", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2707" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2708" = load i8, ptr %".2707", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2708", %"mpls_d0_mpls_labels2.linear"], [%".2727", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels2.linear"], [%"data.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels2.linear"], [%"data_end.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels2.linear"], [%"keys.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2729" = add i64 %"cursor.40", 4
  %".2730" = zext i8 %"w2_1.1" to i64
  %".2731" = and i64 %".2730", 1
  switch i64 %".2731", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels1.stop_at_encap:
  %".494" = trunc i64 %".479" to i16
  %".495" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".494", ptr %".495", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".498" = getelementptr i8, ptr %"keys.37", i64 12
  store i32 0, ptr %".498", align 4
  %".500" = getelementptr i8, ptr %"keys.37", i64 2
  %".501" = trunc i64 %".479" to i16
  store volatile i16 %".501", ptr %".500", align 2
  %".503" = load volatile i16, ptr %".500", align 2
  %".504" = zext i16 %".503" to i64
  %"cursor.42" = and i64 %".504", 16383
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.41" = phi  i64 [%"cursor.42", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"cursor.174", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"cursor.224", %"gtpu_d0.to_ip_version"], [%"cursor.323", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"cursor.366", %"gtpu_opt_d1.to_ip_version"], [%"cursor.428", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"cursor.431", %"gtpu_next_d1.to_ip_version"], [%"cursor.456", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"cursor.461", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"data.39" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.142", %"gtpu_d0.to_ip_version"], [%"data.182", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.194", %"gtpu_opt_d1.to_ip_version"], [%"data.235", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.240", %"gtpu_next_d1.to_ip_version"], [%"data.256", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.264", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"data_end.39" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.142", %"gtpu_d0.to_ip_version"], [%"data_end.182", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.194", %"gtpu_opt_d1.to_ip_version"], [%"data_end.235", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.240", %"gtpu_next_d1.to_ip_version"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.264", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"keys.39" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.142", %"gtpu_d0.to_ip_version"], [%"keys.182", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.194", %"gtpu_opt_d1.to_ip_version"], [%"keys.235", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.240", %"gtpu_next_d1.to_ip_version"], [%"keys.256", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.264", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"hdr.27" = getelementptr i8, ptr %"data.39", i64 %"cursor.41"
  %".2756" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2757" = icmp ugt ptr %".2756", %"data_end.39"
  br i1 %".2757", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2759" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2760" = load i8, ptr %".2759", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2760", %"ip_version_d1.linear"], [%".2779", %"ip_version_d1.copy_failed.endif"]
  %"data.112" = phi  ptr [%"data.39", %"ip_version_d1.linear"], [%"data.111", %"ip_version_d1.copy_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.39", %"ip_version_d1.linear"], [%"data_end.111", %"ip_version_d1.copy_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.39", %"ip_version_d1.linear"], [%"keys.111", %"ip_version_d1.copy_failed.endif"]
  %".2781" = zext i8 %"w0_1.7" to i64
  %".2782" = lshr i64 %".2781", 4
  %".2783" = and i64 %".2782", 15
  switch i64 %".2783", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".516" = trunc i64 %"cursor.5" to i32
  %".517" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".516", [40 x i8]* %"header_copy", i32 8)
  %".518" = icmp eq i64 %".517", 0
  %".519" = getelementptr i8, ptr %"ctx.5", i64 76
  %".520" = load i32, ptr %".519", align 4
  %".521" = zext i32 %".520" to i64
  %"data.40" = inttoptr i64 %".521" to ptr
  %".522" = getelementptr i8, ptr %"ctx.5", i64 80
  %".523" = load i32, ptr %".522", align 4
  %".524" = zext i32 %".523" to i64
  %"data_end.40" = inttoptr i64 %".524" to ptr
  %".525" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.40" = load ptr, ptr %".525", align 8
  %".526" = xor i1 %".518", -1
  br i1 %".526", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".528" = trunc i64 %"cursor.5" to i16
  %".529" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".528", ptr %".529", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".532" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".533" = load volatile i8, [40 x i8]* %".532", align 1
  %".534" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".535" = load volatile i8, [40 x i8]* %".534", align 1
  %".536" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".537" = load volatile i16, [40 x i8]* %".536", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".552" = trunc i64 %"cursor.5" to i16
  %".553" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".552", ptr %".553", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".556" = add i64 %"cursor.5", 8
  %".557" = trunc i64 %".556" to i16
  %".558" = getelementptr i8, ptr %"keys.41", i64 0
  store i16 %".557", ptr %".558", align 2
  %".560" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".561" = zext i16 %".560" to i64
  switch i64 %".561", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]
pppoe_d0.unknown:
  %".563" = and i64 %".561", 257
  %".564" = icmp eq i64 %".563", 1
  br i1 %".564", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".570" = trunc i64 2048 to i16
  %".571" = call i16 @"llvm.bswap.i16"(i16 %".570")
  %".572" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".571", ptr %".572", align 2
  %".574" = getelementptr i8, ptr %"keys.41", i64 2
  %".575" = trunc i64 %".556" to i16
  store volatile i16 %".575", ptr %".574", align 2
  %".577" = load volatile i16, ptr %".574", align 2
  %".578" = zext i16 %".577" to i64
  %"cursor.43" = and i64 %".578", 16383
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".580" = trunc i64 34525 to i16
  %".581" = call i16 @"llvm.bswap.i16"(i16 %".580")
  %".582" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".581", ptr %".582", align 2
  %".584" = getelementptr i8, ptr %"keys.41", i64 2
  %".585" = trunc i64 %".556" to i16
  store volatile i16 %".585", ptr %".584", align 2
  %".587" = load volatile i16, ptr %".584", align 2
  %".588" = zext i16 %".587" to i64
  %"cursor.44" = and i64 %".588", 16383
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".590" = trunc i64 34887 to i16
  %".591" = call i16 @"llvm.bswap.i16"(i16 %".590")
  %".592" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".591", ptr %".592", align 2
  %".594" = getelementptr i8, ptr %"keys.41", i64 2
  %".595" = trunc i64 %".556" to i16
  store volatile i16 %".595", ptr %".594", align 2
  %".597" = load volatile i16, ptr %".594", align 2
  %".598" = zext i16 %".597" to i64
  %"cursor.45" = and i64 %".598", 16383
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".600" = trunc i64 34888 to i16
  %".601" = call i16 @"llvm.bswap.i16"(i16 %".600")
  %".602" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".601", ptr %".602", align 2
  %".604" = getelementptr i8, ptr %"keys.41", i64 2
  %".605" = trunc i64 %".556" to i16
  store volatile i16 %".605", ptr %".604", align 2
  %".607" = load volatile i16, ptr %".604", align 2
  %".608" = zext i16 %".607" to i64
  %"cursor.46" = and i64 %".608", 16383
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".566" = trunc i64 %".556" to i16
  %".567" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".566", ptr %".567", align 2
  br label %"return"
ppp_other:
  %"cursor.47" = phi  i64 [%".556", %"pppoe_d0.to_ppp_other"], [%".3050", %"pppoe_d1.to_ppp_other"]
  %"data.42" = phi  ptr [%"data.41", %"pppoe_d0.to_ppp_other"], [%"data.121", %"pppoe_d1.to_ppp_other"]
  %"data_end.42" = phi  ptr [%"data_end.41", %"pppoe_d0.to_ppp_other"], [%"data_end.121", %"pppoe_d1.to_ppp_other"]
  %"keys.42" = phi  ptr [%"keys.41", %"pppoe_d0.to_ppp_other"], [%"keys.121", %"pppoe_d1.to_ppp_other"]
  %".2801" = add i64 %"cursor.47", 0
  %".2802" = trunc i64 %".2801" to i16
  %".2803" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".2802", ptr %".2803", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".620" = trunc i64 %"cursor.7" to i32
  %".621" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".620", [40 x i8]* %"header_copy", i32 34)
  %".622" = icmp eq i64 %".621", 0
  %".623" = getelementptr i8, ptr %"ctx.6", i64 76
  %".624" = load i32, ptr %".623", align 4
  %".625" = zext i32 %".624" to i64
  %"data.43" = inttoptr i64 %".625" to ptr
  %".626" = getelementptr i8, ptr %"ctx.6", i64 80
  %".627" = load i32, ptr %".626", align 4
  %".628" = zext i32 %".627" to i64
  %"data_end.43" = inttoptr i64 %".628" to ptr
  %".629" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.43" = load ptr, ptr %".629", align 8
  %".630" = xor i1 %".622", -1
  br i1 %".630", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".632" = trunc i64 %"cursor.7" to i16
  %".633" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".632", ptr %".633", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".651" = trunc i64 %"cursor.9" to i32
  %".652" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".651", [40 x i8]* %"header_copy", i32 16)
  %".653" = icmp eq i64 %".652", 0
  %".654" = getelementptr i8, ptr %"ctx.7", i64 76
  %".655" = load i32, ptr %".654", align 4
  %".656" = zext i32 %".655" to i64
  %"data.45" = inttoptr i64 %".656" to ptr
  %".657" = getelementptr i8, ptr %"ctx.7", i64 80
  %".658" = load i32, ptr %".657", align 4
  %".659" = zext i32 %".658" to i64
  %"data_end.45" = inttoptr i64 %".659" to ptr
  %".660" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.45" = load ptr, ptr %".660", align 8
  %".661" = xor i1 %".653", -1
  br i1 %".661", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".663" = trunc i64 %"cursor.9" to i16
  %".664" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".663", ptr %".664", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".676" = trunc i64 %"cursor.10" to i32
  %".677" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".676", [40 x i8]* %"header_copy", i32 38)
  %".678" = icmp eq i64 %".677", 0
  %".679" = getelementptr i8, ptr %"ctx.8", i64 76
  %".680" = load i32, ptr %".679", align 4
  %".681" = zext i32 %".680" to i64
  %"data.47" = inttoptr i64 %".681" to ptr
  %".682" = getelementptr i8, ptr %"ctx.8", i64 80
  %".683" = load i32, ptr %".682", align 4
  %".684" = zext i32 %".683" to i64
  %"data_end.47" = inttoptr i64 %".684" to ptr
  %".685" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.47" = load ptr, ptr %".685", align 8
  %".686" = xor i1 %".678", -1
  br i1 %".686", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".688" = trunc i64 %"cursor.10" to i16
  %".689" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".688", ptr %".689", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".704" = trunc i64 %"cursor.11" to i32
  %".705" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".704", [40 x i8]* %"header_copy", i32 6)
  %".706" = icmp eq i64 %".705", 0
  %".707" = getelementptr i8, ptr %"ctx.9", i64 76
  %".708" = load i32, ptr %".707", align 4
  %".709" = zext i32 %".708" to i64
  %"data.49" = inttoptr i64 %".709" to ptr
  %".710" = getelementptr i8, ptr %"ctx.9", i64 80
  %".711" = load i32, ptr %".710", align 4
  %".712" = zext i32 %".711" to i64
  %"data_end.49" = inttoptr i64 %".712" to ptr
  %".713" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.49" = load ptr, ptr %".713", align 8
  %".714" = xor i1 %".706", -1
  br i1 %".714", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".716" = trunc i64 %"cursor.11" to i16
  %".717" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".716", ptr %".717", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".720" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".721" = load volatile i16, [40 x i8]* %".720", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".736" = trunc i64 %".729" to i16
  %".737" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".736", ptr %".737", align 2
  br label %"return"
hsr_d0_vlan_tags1.to_ipv4:
  %".740" = getelementptr i8, ptr %"keys.50", i64 2
  %".741" = trunc i64 %".729" to i16
  store volatile i16 %".741", ptr %".740", align 2
  %".743" = load volatile i16, ptr %".740", align 2
  %".744" = zext i16 %".743" to i64
  %"cursor.48" = and i64 %".744", 16383
  br label %"ipv4_d0"
hsr_d0_vlan_tags1.to_ipv6:
  %".746" = getelementptr i8, ptr %"keys.50", i64 2
  %".747" = trunc i64 %".729" to i16
  store volatile i16 %".747", ptr %".746", align 2
  %".749" = load volatile i16, ptr %".746", align 2
  %".750" = zext i16 %".749" to i64
  %"cursor.49" = and i64 %".750", 16383
  br label %"ipv6_d0"
hsr_d0_vlan_tags1.to_vlan:
  %".752" = getelementptr i8, ptr %"keys.50", i64 2
  %".753" = trunc i64 %".729" to i16
  store volatile i16 %".753", ptr %".752", align 2
  %".755" = load volatile i16, ptr %".752", align 2
  %".756" = zext i16 %".755" to i64
  %"cursor.50" = and i64 %".756", 16383
  br label %"vlan_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_vlan.1:
  %".758" = getelementptr i8, ptr %"keys.50", i64 2
  %".759" = trunc i64 %".729" to i16
  store volatile i16 %".759", ptr %".758", align 2
  %".761" = load volatile i16, ptr %".758", align 2
  %".762" = zext i16 %".761" to i64
  %"cursor.51" = and i64 %".762", 16383
  br label %"vlan_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_mpls:
  %".764" = getelementptr i8, ptr %"keys.50", i64 2
  %".765" = trunc i64 %".729" to i16
  store volatile i16 %".765", ptr %".764", align 2
  %".767" = load volatile i16, ptr %".764", align 2
  %".768" = zext i16 %".767" to i64
  %"cursor.52" = and i64 %".768", 16383
  br label %"mpls_d0_mpls_labels1"
hsr_d0_vlan_tags1.to_mpls.1:
  %".770" = getelementptr i8, ptr %"keys.50", i64 2
  %".771" = trunc i64 %".729" to i16
  store volatile i16 %".771", ptr %".770", align 2
  %".773" = load volatile i16, ptr %".770", align 2
  %".774" = zext i16 %".773" to i64
  %"cursor.53" = and i64 %".774", 16383
  br label %"mpls_d0_mpls_labels1"
hsr_d0_vlan_tags1.to_pppoe:
  %".776" = getelementptr i8, ptr %"keys.50", i64 2
  %".777" = trunc i64 %".729" to i16
  store volatile i16 %".777", ptr %".776", align 2
  %".779" = load volatile i16, ptr %".776", align 2
  %".780" = zext i16 %".779" to i64
  %"cursor.54" = and i64 %".780", 16383
  br label %"pppoe_d0"
hsr_d0_vlan_tags1.to_arp:
  %".782" = getelementptr i8, ptr %"keys.50", i64 2
  %".783" = trunc i64 %".729" to i16
  store volatile i16 %".783", ptr %".782", align 2
  %".785" = load volatile i16, ptr %".782", align 2
  %".786" = zext i16 %".785" to i64
  %"cursor.55" = and i64 %".786", 16383
  br label %"arp"
hsr_d0_vlan_tags1.to_arp.1:
  %".788" = getelementptr i8, ptr %"keys.50", i64 2
  %".789" = trunc i64 %".729" to i16
  store volatile i16 %".789", ptr %".788", align 2
  %".791" = load volatile i16, ptr %".788", align 2
  %".792" = zext i16 %".791" to i64
  %"cursor.56" = and i64 %".792", 16383
  br label %"arp"
hsr_d0_vlan_tags1.to_ptp:
  %".794" = getelementptr i8, ptr %"keys.50", i64 2
  %".795" = trunc i64 %".729" to i16
  store volatile i16 %".795", ptr %".794", align 2
  %".797" = load volatile i16, ptr %".794", align 2
  %".798" = zext i16 %".797" to i64
  %"cursor.57" = and i64 %".798", 16383
  br label %"ptp"
hsr_d0_vlan_tags1.to_cfm:
  %".800" = getelementptr i8, ptr %"keys.50", i64 2
  %".801" = trunc i64 %".729" to i16
  store volatile i16 %".801", ptr %".800", align 2
  %".803" = load volatile i16, ptr %".800", align 2
  %".804" = zext i16 %".803" to i64
  %"cursor.58" = and i64 %".804", 16383
  br label %"cfm"
hsr_d0_vlan_tags1.to_tipc:
  %".806" = getelementptr i8, ptr %"keys.50", i64 2
  %".807" = trunc i64 %".729" to i16
  store volatile i16 %".807", ptr %".806", align 2
  %".809" = load volatile i16, ptr %".806", align 2
  %".810" = zext i16 %".809" to i64
  %"cursor.59" = and i64 %".810", 16383
  br label %"tipc"
hsr_d0_vlan_tags1.to_fcoe:
  %".812" = getelementptr i8, ptr %"keys.50", i64 2
  %".813" = trunc i64 %".729" to i16
  store volatile i16 %".813", ptr %".812", align 2
  %".815" = load volatile i16, ptr %".812", align 2
  %".816" = zext i16 %".815" to i64
  %"cursor.60" = and i64 %".816", 16383
  br label %"fcoe"
hsr_d0_vlan_tags1.to_hsr:
  %".818" = getelementptr i8, ptr %"keys.50", i64 2
  %".819" = trunc i64 %".729" to i16
  store volatile i16 %".819", ptr %".818", align 2
  %".821" = load volatile i16, ptr %".818", align 2
  %".822" = zext i16 %".821" to i64
  %"cursor.61" = and i64 %".822", 16383
  br label %"hsr_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_hsr.1:
  %".824" = getelementptr i8, ptr %"keys.50", i64 2
  %".825" = trunc i64 %".729" to i16
  store volatile i16 %".825", ptr %".824", align 2
  %".827" = load volatile i16, ptr %".824", align 2
  %".828" = zext i16 %".827" to i64
  %"cursor.62" = and i64 %".828", 16383
  br label %"hsr_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_batadv:
  %".830" = getelementptr i8, ptr %"keys.50", i64 2
  %".831" = trunc i64 %".729" to i16
  store volatile i16 %".831", ptr %".830", align 2
  %".833" = load volatile i16, ptr %".830", align 2
  %".834" = zext i16 %".833" to i64
  %"cursor.63" = and i64 %".834", 16383
  br label %"batadv_d0"
batadv_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".846" = trunc i64 %"cursor.12" to i32
  %".847" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".846", [40 x i8]* %"header_copy", i32 24)
  %".848" = icmp eq i64 %".847", 0
  %".849" = getelementptr i8, ptr %"ctx.10", i64 76
  %".850" = load i32, ptr %".849", align 4
  %".851" = zext i32 %".850" to i64
  %"data.51" = inttoptr i64 %".851" to ptr
  %".852" = getelementptr i8, ptr %"ctx.10", i64 80
  %".853" = load i32, ptr %".852", align 4
  %".854" = zext i32 %".853" to i64
  %"data_end.51" = inttoptr i64 %".854" to ptr
  %".855" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.51" = load ptr, ptr %".855", align 8
  %".856" = xor i1 %".848", -1
  br i1 %".856", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".858" = trunc i64 %"cursor.12" to i16
  %".859" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".858", ptr %".859", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".862" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".863" = load volatile i8, [40 x i8]* %".862", align 1
  %".864" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".865" = load volatile i8, [40 x i8]* %".864", align 1
  %".866" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".867" = load volatile i16, [40 x i8]* %".866", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".876" = trunc i64 %"cursor.12" to i16
  %".877" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".876", ptr %".877", align 2
  br label %"return"
batadv_d0.require.endif:
  %".880" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".881" = zext i16 %".880" to i64
  %".882" = trunc i64 %".881" to i16
  %".883" = call i16 @"llvm.bswap.i16"(i16 %".882")
  %".884" = getelementptr i8, ptr %"keys.52", i64 10
  store i16 %".883", ptr %".884", align 2
  %".886" = add i64 %"cursor.12", 24
  %".887" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".888" = zext i16 %".887" to i64
  switch i64 %".888", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 33024, label %"batadv_d0.to_vlan" i64 34984, label %"batadv_d0.to_vlan.1" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe" i64 35119, label %"batadv_d0.to_hsr" i64 35067, label %"batadv_d0.to_hsr.1" i64 17157, label %"batadv_d0.to_batadv"]
batadv_d0.unknown:
  %".890" = trunc i64 %".886" to i16
  %".891" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".890", ptr %".891", align 2
  br label %"return"
batadv_d0.to_ipv4:
  %".894" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".894", align 1
  %".896" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.7" = load volatile i32, ptr %".896", align 4
  %".897" = and i32 %"flags.7", 4
  %".898" = icmp ne i32 %".897", 0
  br i1 %".898", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.to_ipv6:
  %".912" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".912", align 1
  %".914" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.8" = load volatile i32, ptr %".914", align 4
  %".915" = and i32 %"flags.8", 4
  %".916" = icmp ne i32 %".915", 0
  br i1 %".916", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".930" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".930", align 1
  %".932" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.9" = load volatile i32, ptr %".932", align 4
  %".933" = and i32 %"flags.9", 4
  %".934" = icmp ne i32 %".933", 0
  br i1 %".934", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".948" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".948", align 1
  %".950" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.10" = load volatile i32, ptr %".950", align 4
  %".951" = and i32 %"flags.10", 4
  %".952" = icmp ne i32 %".951", 0
  br i1 %".952", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".966" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".966", align 1
  %".968" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.11" = load volatile i32, ptr %".968", align 4
  %".969" = and i32 %"flags.11", 4
  %".970" = icmp ne i32 %".969", 0
  br i1 %".970", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".984" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".984", align 1
  %".986" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.12" = load volatile i32, ptr %".986", align 4
  %".987" = and i32 %"flags.12", 4
  %".988" = icmp ne i32 %".987", 0
  br i1 %".988", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".1002" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".1002", align 1
  %".1004" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.13" = load volatile i32, ptr %".1004", align 4
  %".1005" = and i32 %"flags.13", 4
  %".1006" = icmp ne i32 %".1005", 0
  br i1 %".1006", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".1020" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".1020", align 1
  %".1022" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.14" = load volatile i32, ptr %".1022", align 4
  %".1023" = and i32 %"flags.14", 4
  %".1024" = icmp ne i32 %".1023", 0
  br i1 %".1024", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".1038" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".1038", align 1
  %".1040" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.15" = load volatile i32, ptr %".1040", align 4
  %".1041" = and i32 %"flags.15", 4
  %".1042" = icmp ne i32 %".1041", 0
  br i1 %".1042", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".1056" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".1056", align 1
  %".1058" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.16" = load volatile i32, ptr %".1058", align 4
  %".1059" = and i32 %"flags.16", 4
  %".1060" = icmp ne i32 %".1059", 0
  br i1 %".1060", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".1074" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".1074", align 1
  %".1076" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.17" = load volatile i32, ptr %".1076", align 4
  %".1077" = and i32 %"flags.17", 4
  %".1078" = icmp ne i32 %".1077", 0
  br i1 %".1078", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".1092" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".1092", align 1
  %".1094" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.18" = load volatile i32, ptr %".1094", align 4
  %".1095" = and i32 %"flags.18", 4
  %".1096" = icmp ne i32 %".1095", 0
  br i1 %".1096", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".1110" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".1110", align 1
  %".1112" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.19" = load volatile i32, ptr %".1112", align 4
  %".1113" = and i32 %"flags.19", 4
  %".1114" = icmp ne i32 %".1113", 0
  br i1 %".1114", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".1128" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".1128", align 1
  %".1130" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.20" = load volatile i32, ptr %".1130", align 4
  %".1131" = and i32 %"flags.20", 4
  %".1132" = icmp ne i32 %".1131", 0
  br i1 %".1132", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".1146" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".1146", align 1
  %".1148" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.21" = load volatile i32, ptr %".1148", align 4
  %".1149" = and i32 %"flags.21", 4
  %".1150" = icmp ne i32 %".1149", 0
  br i1 %".1150", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".1164" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".1164", align 1
  %".1166" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.22" = load volatile i32, ptr %".1166", align 4
  %".1167" = and i32 %"flags.22", 4
  %".1168" = icmp ne i32 %".1167", 0
  br i1 %".1168", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".900" = trunc i64 %".886" to i16
  %".901" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".900", ptr %".901", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".904" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".904", align 4
  %".906" = getelementptr i8, ptr %"keys.52", i64 2
  %".907" = trunc i64 %".886" to i16
  store volatile i16 %".907", ptr %".906", align 2
  %".909" = load volatile i16, ptr %".906", align 2
  %".910" = zext i16 %".909" to i64
  %"cursor.64" = and i64 %".910", 16383
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".918" = trunc i64 %".886" to i16
  %".919" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".918", ptr %".919", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".922" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".922", align 4
  %".924" = getelementptr i8, ptr %"keys.52", i64 2
  %".925" = trunc i64 %".886" to i16
  store volatile i16 %".925", ptr %".924", align 2
  %".927" = load volatile i16, ptr %".924", align 2
  %".928" = zext i16 %".927" to i64
  %"cursor.65" = and i64 %".928", 16383
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".936" = trunc i64 %".886" to i16
  %".937" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".936", ptr %".937", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".940" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".940", align 4
  %".942" = getelementptr i8, ptr %"keys.52", i64 2
  %".943" = trunc i64 %".886" to i16
  store volatile i16 %".943", ptr %".942", align 2
  %".945" = load volatile i16, ptr %".942", align 2
  %".946" = zext i16 %".945" to i64
  %"cursor.67" = and i64 %".946", 16383
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.66" = phi  i64 [%"cursor.67", %"batadv_d0.stop_at_encap.endif.2"], [%"cursor.68", %"batadv_d0.stop_at_encap.endif.3"], [%"cursor.232", %"gre_d0.to_vlan"], [%"cursor.233", %"gre_d0.to_vlan.1"], [%"cursor.352", %"ethernet_d1.to_vlan"], [%"cursor.353", %"ethernet_d1.to_vlan.1"]
  %"data.53" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data.150", %"gre_d0.to_vlan"], [%"data.150", %"gre_d0.to_vlan.1"], [%"data.192", %"ethernet_d1.to_vlan"], [%"data.192", %"ethernet_d1.to_vlan.1"]
  %"data_end.53" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.150", %"gre_d0.to_vlan"], [%"data_end.150", %"gre_d0.to_vlan.1"], [%"data_end.192", %"ethernet_d1.to_vlan"], [%"data_end.192", %"ethernet_d1.to_vlan.1"]
  %"keys.53" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.150", %"gre_d0.to_vlan"], [%"keys.150", %"gre_d0.to_vlan.1"], [%"keys.192", %"ethernet_d1.to_vlan"], [%"keys.192", %"ethernet_d1.to_vlan.1"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.66"
  %".2806" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2807" = icmp ugt ptr %".2806", %"data_end.53"
  br i1 %".2807", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2809" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2810" = load i16, ptr %".2809", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2810", %"vlan_d1_vlan_tags1.linear"], [%".2829", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.53", %"vlan_d1_vlan_tags1.linear"], [%"data.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.53", %"vlan_d1_vlan_tags1.linear"], [%"data_end.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.53", %"vlan_d1_vlan_tags1.linear"], [%"keys.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2831" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2832" = zext i16 %".2831" to i64
  %".2833" = trunc i64 %".2832" to i16
  %".2834" = call i16 @"llvm.bswap.i16"(i16 %".2833")
  %".2835" = getelementptr i8, ptr %"keys.114", i64 10
  store i16 %".2834", ptr %".2835", align 2
  %".2837" = add i64 %"cursor.66", 4
  %".2838" = trunc i64 %".2837" to i16
  %".2839" = getelementptr i8, ptr %"keys.114", i64 0
  store i16 %".2838", ptr %".2839", align 2
  %".2841" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2842" = zext i16 %".2841" to i64
  switch i64 %".2842", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]
batadv_d0.stop_at_encap.3:
  %".954" = trunc i64 %".886" to i16
  %".955" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".954", ptr %".955", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".958" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".958", align 4
  %".960" = getelementptr i8, ptr %"keys.52", i64 2
  %".961" = trunc i64 %".886" to i16
  store volatile i16 %".961", ptr %".960", align 2
  %".963" = load volatile i16, ptr %".960", align 2
  %".964" = zext i16 %".963" to i64
  %"cursor.68" = and i64 %".964", 16383
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".972" = trunc i64 %".886" to i16
  %".973" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".972", ptr %".973", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".976" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".976", align 4
  %".978" = getelementptr i8, ptr %"keys.52", i64 2
  %".979" = trunc i64 %".886" to i16
  store volatile i16 %".979", ptr %".978", align 2
  %".981" = load volatile i16, ptr %".978", align 2
  %".982" = zext i16 %".981" to i64
  %"cursor.70" = and i64 %".982", 16383
  br label %"mpls_d1_mpls_labels1"
mpls_d1_mpls_labels1:
  %"cursor.69" = phi  i64 [%"cursor.70", %"batadv_d0.stop_at_encap.endif.4"], [%"cursor.71", %"batadv_d0.stop_at_encap.endif.5"], [%"cursor.103", %"ipv4_d1.to_mpls"], [%"cursor.118", %"ipv6_d1.to_mpls"], [%"cursor.182", %"vlan_d1_vlan_tags1.to_mpls"], [%"cursor.183", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"cursor.199", %"pppoe_d1.to_mpls"], [%"cursor.200", %"pppoe_d1.to_mpls.1"], [%"cursor.205", %"hsr_d1_vlan_tags1.to_mpls"], [%"cursor.206", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"cursor.234", %"gre_d0.to_mpls"], [%"cursor.235", %"gre_d0.to_mpls.1"], [%"cursor.277", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"cursor.291", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"cursor.326", %"vlan_d1_vlan_tags2.to_mpls"], [%"cursor.327", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"cursor.338", %"hsr_d1_vlan_tags2.to_mpls"], [%"cursor.339", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"cursor.354", %"ethernet_d1.to_mpls"], [%"cursor.355", %"ethernet_d1.to_mpls.1"], [%"cursor.389", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"cursor.403", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"cursor.443", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"cursor.453", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data.54" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data.89", %"ipv4_d1.to_mpls"], [%"data.93", %"ipv6_d1.to_mpls"], [%"data.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.121", %"pppoe_d1.to_mpls"], [%"data.121", %"pppoe_d1.to_mpls.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.150", %"gre_d0.to_mpls"], [%"data.150", %"gre_d0.to_mpls.1"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.185", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.185", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.187", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.187", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.192", %"ethernet_d1.to_mpls"], [%"data.192", %"ethernet_d1.to_mpls.1"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data_end.54" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.89", %"ipv4_d1.to_mpls"], [%"data_end.93", %"ipv6_d1.to_mpls"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.121", %"pppoe_d1.to_mpls"], [%"data_end.121", %"pppoe_d1.to_mpls.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.150", %"gre_d0.to_mpls"], [%"data_end.150", %"gre_d0.to_mpls.1"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.192", %"ethernet_d1.to_mpls"], [%"data_end.192", %"ethernet_d1.to_mpls.1"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"keys.54" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.89", %"ipv4_d1.to_mpls"], [%"keys.93", %"ipv6_d1.to_mpls"], [%"keys.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.121", %"pppoe_d1.to_mpls"], [%"keys.121", %"pppoe_d1.to_mpls.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.150", %"gre_d0.to_mpls"], [%"keys.150", %"gre_d0.to_mpls.1"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.185", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.185", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.187", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.187", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.192", %"ethernet_d1.to_mpls"], [%"keys.192", %"ethernet_d1.to_mpls.1"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %".2944" = add i64 %"cursor.69", 4
  %"hdr.29" = getelementptr i8, ptr %"data.54", i64 %"cursor.69"
  %".2945" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2946" = icmp ugt ptr %".2945", %"data_end.54"
  br i1 %".2946", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2948" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2949" = load i8, ptr %".2948", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2949", %"mpls_d1_mpls_labels1.linear"], [%".2968", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.54", %"mpls_d1_mpls_labels1.linear"], [%"data.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.54", %"mpls_d1_mpls_labels1.linear"], [%"data_end.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.54", %"mpls_d1_mpls_labels1.linear"], [%"keys.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2970" = add i64 %"cursor.69", 4
  %".2971" = zext i8 %"w2_1.2" to i64
  %".2972" = and i64 %".2971", 1
  switch i64 %".2972", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
batadv_d0.stop_at_encap.5:
  %".990" = trunc i64 %".886" to i16
  %".991" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".990", ptr %".991", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".994" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".994", align 4
  %".996" = getelementptr i8, ptr %"keys.52", i64 2
  %".997" = trunc i64 %".886" to i16
  store volatile i16 %".997", ptr %".996", align 2
  %".999" = load volatile i16, ptr %".996", align 2
  %".1000" = zext i16 %".999" to i64
  %"cursor.71" = and i64 %".1000", 16383
  br label %"mpls_d1_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".1008" = trunc i64 %".886" to i16
  %".1009" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1008", ptr %".1009", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".1012" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".1012", align 4
  %".1014" = getelementptr i8, ptr %"keys.52", i64 2
  %".1015" = trunc i64 %".886" to i16
  store volatile i16 %".1015", ptr %".1014", align 2
  %".1017" = load volatile i16, ptr %".1014", align 2
  %".1018" = zext i16 %".1017" to i64
  %"cursor.73" = and i64 %".1018", 16383
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.72" = phi  i64 [%"cursor.73", %"batadv_d0.stop_at_encap.endif.6"], [%"cursor.184", %"vlan_d1_vlan_tags1.to_pppoe"], [%"cursor.207", %"hsr_d1_vlan_tags1.to_pppoe"], [%"cursor.236", %"gre_d0.to_pppoe"], [%"cursor.328", %"vlan_d1_vlan_tags2.to_pppoe"], [%"cursor.340", %"hsr_d1_vlan_tags2.to_pppoe"], [%"cursor.356", %"ethernet_d1.to_pppoe"]
  %"data.55" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.150", %"gre_d0.to_pppoe"], [%"data.185", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.187", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.192", %"ethernet_d1.to_pppoe"]
  %"data_end.55" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.150", %"gre_d0.to_pppoe"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.192", %"ethernet_d1.to_pppoe"]
  %"keys.55" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.150", %"gre_d0.to_pppoe"], [%"keys.185", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.187", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.192", %"ethernet_d1.to_pppoe"]
  %"hdr.30" = getelementptr i8, ptr %"data.55", i64 %"cursor.72"
  %".3000" = getelementptr i8, ptr %"hdr.30", i64 8
  %".3001" = icmp ugt ptr %".3000", %"data_end.55"
  br i1 %".3001", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".3003" = getelementptr i8, ptr %"hdr.30", i64 0
  %".3004" = load i8, ptr %".3003", align 1
  %".3005" = getelementptr i8, ptr %"hdr.30", i64 1
  %".3006" = load i8, ptr %".3005", align 1
  %".3007" = getelementptr i8, ptr %"hdr.30", i64 6
  %".3008" = load i16, ptr %".3007", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".3004", %"pppoe_d1.linear"], [%".3027", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".3006", %"pppoe_d1.linear"], [%".3029", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".3008", %"pppoe_d1.linear"], [%".3031", %"pppoe_d1.copy_failed.endif"]
  %"data.121" = phi  ptr [%"data.55", %"pppoe_d1.linear"], [%"data.120", %"pppoe_d1.copy_failed.endif"]
  %"data_end.121" = phi  ptr [%"data_end.55", %"pppoe_d1.linear"], [%"data_end.120", %"pppoe_d1.copy_failed.endif"]
  %"keys.121" = phi  ptr [%"keys.55", %"pppoe_d1.linear"], [%"keys.120", %"pppoe_d1.copy_failed.endif"]
  %".3033" = zext i8 %"w0_1.8" to i64
  %".3034" = lshr i64 %".3033", 4
  %".3035" = and i64 %".3034", 15
  %".3036" = icmp eq i64 %".3035", 1
  %".3037" = zext i8 %"w0_1.8" to i64
  %".3038" = and i64 %".3037", 15
  %".3039" = icmp eq i64 %".3038", 1
  %".3040" = and i1 %".3036", %".3039"
  %".3041" = zext i8 %"w1_1.4" to i64
  %".3042" = icmp eq i64 %".3041", 0
  %".3043" = and i1 %".3040", %".3042"
  %".3044" = xor i1 %".3043", -1
  br i1 %".3044", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".1026" = trunc i64 %".886" to i16
  %".1027" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1026", ptr %".1027", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".1030" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".1030", align 4
  %".1032" = getelementptr i8, ptr %"keys.52", i64 2
  %".1033" = trunc i64 %".886" to i16
  store volatile i16 %".1033", ptr %".1032", align 2
  %".1035" = load volatile i16, ptr %".1032", align 2
  %".1036" = zext i16 %".1035" to i64
  %"cursor.74" = and i64 %".1036", 16383
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".1044" = trunc i64 %".886" to i16
  %".1045" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1044", ptr %".1045", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".1048" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".1048", align 4
  %".1050" = getelementptr i8, ptr %"keys.52", i64 2
  %".1051" = trunc i64 %".886" to i16
  store volatile i16 %".1051", ptr %".1050", align 2
  %".1053" = load volatile i16, ptr %".1050", align 2
  %".1054" = zext i16 %".1053" to i64
  %"cursor.75" = and i64 %".1054", 16383
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".1062" = trunc i64 %".886" to i16
  %".1063" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1062", ptr %".1063", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".1066" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".1066", align 4
  %".1068" = getelementptr i8, ptr %"keys.52", i64 2
  %".1069" = trunc i64 %".886" to i16
  store volatile i16 %".1069", ptr %".1068", align 2
  %".1071" = load volatile i16, ptr %".1068", align 2
  %".1072" = zext i16 %".1071" to i64
  %"cursor.76" = and i64 %".1072", 16383
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".1080" = trunc i64 %".886" to i16
  %".1081" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1080", ptr %".1081", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".1084" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".1084", align 4
  %".1086" = getelementptr i8, ptr %"keys.52", i64 2
  %".1087" = trunc i64 %".886" to i16
  store volatile i16 %".1087", ptr %".1086", align 2
  %".1089" = load volatile i16, ptr %".1086", align 2
  %".1090" = zext i16 %".1089" to i64
  %"cursor.77" = and i64 %".1090", 16383
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".1098" = trunc i64 %".886" to i16
  %".1099" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1098", ptr %".1099", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  %".1102" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".1102", align 4
  %".1104" = getelementptr i8, ptr %"keys.52", i64 2
  %".1105" = trunc i64 %".886" to i16
  store volatile i16 %".1105", ptr %".1104", align 2
  %".1107" = load volatile i16, ptr %".1104", align 2
  %".1108" = zext i16 %".1107" to i64
  %"cursor.78" = and i64 %".1108", 16383
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".1116" = trunc i64 %".886" to i16
  %".1117" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1116", ptr %".1117", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  %".1120" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".1120", align 4
  %".1122" = getelementptr i8, ptr %"keys.52", i64 2
  %".1123" = trunc i64 %".886" to i16
  store volatile i16 %".1123", ptr %".1122", align 2
  %".1125" = load volatile i16, ptr %".1122", align 2
  %".1126" = zext i16 %".1125" to i64
  %"cursor.79" = and i64 %".1126", 16383
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".1134" = trunc i64 %".886" to i16
  %".1135" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1134", ptr %".1135", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  %".1138" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".1138", align 4
  %".1140" = getelementptr i8, ptr %"keys.52", i64 2
  %".1141" = trunc i64 %".886" to i16
  store volatile i16 %".1141", ptr %".1140", align 2
  %".1143" = load volatile i16, ptr %".1140", align 2
  %".1144" = zext i16 %".1143" to i64
  %"cursor.81" = and i64 %".1144", 16383
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.80" = phi  i64 [%"cursor.81", %"batadv_d0.stop_at_encap.endif.13"], [%"cursor.82", %"batadv_d0.stop_at_encap.endif.14"], [%"cursor.243", %"gre_d0.to_hsr"], [%"cursor.244", %"gre_d0.to_hsr.1"], [%"cursor.363", %"ethernet_d1.to_hsr"], [%"cursor.364", %"ethernet_d1.to_hsr.1"]
  %"data.56" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data.150", %"gre_d0.to_hsr"], [%"data.150", %"gre_d0.to_hsr.1"], [%"data.192", %"ethernet_d1.to_hsr"], [%"data.192", %"ethernet_d1.to_hsr.1"]
  %"data_end.56" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.150", %"gre_d0.to_hsr"], [%"data_end.150", %"gre_d0.to_hsr.1"], [%"data_end.192", %"ethernet_d1.to_hsr"], [%"data_end.192", %"ethernet_d1.to_hsr.1"]
  %"keys.56" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.150", %"gre_d0.to_hsr"], [%"keys.150", %"gre_d0.to_hsr.1"], [%"keys.192", %"ethernet_d1.to_hsr"], [%"keys.192", %"ethernet_d1.to_hsr.1"]
  %"hdr.31" = getelementptr i8, ptr %"data.56", i64 %"cursor.80"
  %".3105" = getelementptr i8, ptr %"hdr.31", i64 6
  %".3106" = icmp ugt ptr %".3105", %"data_end.56"
  br i1 %".3106", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".3108" = getelementptr i8, ptr %"hdr.31", i64 4
  %".3109" = load i16, ptr %".3108", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".3109", %"hsr_d1_vlan_tags1.linear"], [%".3128", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.56", %"hsr_d1_vlan_tags1.linear"], [%"data.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.56", %"hsr_d1_vlan_tags1.linear"], [%"data_end.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.56", %"hsr_d1_vlan_tags1.linear"], [%"keys.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".3130" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".3131" = zext i16 %".3130" to i64
  %".3132" = trunc i64 %".3131" to i16
  %".3133" = call i16 @"llvm.bswap.i16"(i16 %".3132")
  %".3134" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".3133", ptr %".3134", align 2
  %".3136" = add i64 %"cursor.80", 6
  %".3137" = trunc i64 %".3136" to i16
  %".3138" = getelementptr i8, ptr %"keys.123", i64 0
  store i16 %".3137", ptr %".3138", align 2
  %".3140" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".3141" = zext i16 %".3140" to i64
  switch i64 %".3141", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]
batadv_d0.stop_at_encap.14:
  %".1152" = trunc i64 %".886" to i16
  %".1153" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1152", ptr %".1153", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  %".1156" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".1156", align 4
  %".1158" = getelementptr i8, ptr %"keys.52", i64 2
  %".1159" = trunc i64 %".886" to i16
  store volatile i16 %".1159", ptr %".1158", align 2
  %".1161" = load volatile i16, ptr %".1158", align 2
  %".1162" = zext i16 %".1161" to i64
  %"cursor.82" = and i64 %".1162", 16383
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".1170" = trunc i64 %".886" to i16
  %".1171" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".1170", ptr %".1171", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  %".1174" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".1174", align 4
  %".1176" = getelementptr i8, ptr %"keys.52", i64 2
  %".1177" = trunc i64 %".886" to i16
  store volatile i16 %".1177", ptr %".1176", align 2
  %".1179" = load volatile i16, ptr %".1176", align 2
  %".1180" = zext i16 %".1179" to i64
  %"cursor.84" = and i64 %".1180", 16383
  br label %"batadv_d1"
batadv_d1:
  %"cursor.83" = phi  i64 [%"cursor.84", %"batadv_d0.stop_at_encap.endif.15"], [%"cursor.194", %"vlan_d1_vlan_tags1.to_batadv"], [%"cursor.216", %"hsr_d1_vlan_tags1.to_batadv"], [%"cursor.245", %"gre_d0.to_batadv"], [%"cursor.335", %"vlan_d1_vlan_tags2.to_batadv"], [%"cursor.347", %"hsr_d1_vlan_tags2.to_batadv"], [%"cursor.365", %"ethernet_d1.to_batadv"]
  %"data.57" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.150", %"gre_d0.to_batadv"], [%"data.185", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.187", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.192", %"ethernet_d1.to_batadv"]
  %"data_end.57" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.150", %"gre_d0.to_batadv"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.192", %"ethernet_d1.to_batadv"]
  %"keys.57" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.150", %"gre_d0.to_batadv"], [%"keys.185", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.187", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.192", %"ethernet_d1.to_batadv"]
  %"hdr.32" = getelementptr i8, ptr %"data.57", i64 %"cursor.83"
  %".3243" = getelementptr i8, ptr %"hdr.32", i64 24
  %".3244" = icmp ugt ptr %".3243", %"data_end.57"
  br i1 %".3244", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".3246" = getelementptr i8, ptr %"hdr.32", i64 0
  %".3247" = load i8, ptr %".3246", align 1
  %".3248" = getelementptr i8, ptr %"hdr.32", i64 1
  %".3249" = load i8, ptr %".3248", align 1
  %".3250" = getelementptr i8, ptr %"hdr.32", i64 22
  %".3251" = load i16, ptr %".3250", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".3247", %"batadv_d1.linear"], [%".3270", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".3249", %"batadv_d1.linear"], [%".3272", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".3251", %"batadv_d1.linear"], [%".3274", %"batadv_d1.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.57", %"batadv_d1.linear"], [%"data.124", %"batadv_d1.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.57", %"batadv_d1.linear"], [%"data_end.124", %"batadv_d1.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.57", %"batadv_d1.linear"], [%"keys.124", %"batadv_d1.copy_failed.endif"]
  %".3276" = zext i8 %"w1_1.5" to i64
  %".3277" = icmp eq i64 %".3276", 15
  %".3278" = zext i8 %"w0_1.9" to i64
  %".3279" = icmp eq i64 %".3278", 64
  %".3280" = and i1 %".3277", %".3279"
  %".3281" = xor i1 %".3280", -1
  br i1 %".3281", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1190" = trunc i64 %"cursor.13" to i32
  %".1191" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".1190", [40 x i8]* %"header_copy", i32 4)
  %".1192" = icmp eq i64 %".1191", 0
  %".1193" = getelementptr i8, ptr %"ctx.11", i64 76
  %".1194" = load i32, ptr %".1193", align 4
  %".1195" = zext i32 %".1194" to i64
  %"data.58" = inttoptr i64 %".1195" to ptr
  %".1196" = getelementptr i8, ptr %"ctx.11", i64 80
  %".1197" = load i32, ptr %".1196", align 4
  %".1198" = zext i32 %".1197" to i64
  %"data_end.58" = inttoptr i64 %".1198" to ptr
  %".1199" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.58" = load ptr, ptr %".1199", align 8
  %".1200" = xor i1 %".1192", -1
  br i1 %".1200", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".1202" = trunc i64 %"cursor.13" to i16
  %".1203" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".1202", ptr %".1203", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".1206" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1207" = load volatile i16, [40 x i8]* %".1206", align 2
  %".1208" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1209" = load volatile i16, [40 x i8]* %".1208", align 2
  br label %"tcp.header"
tcp.unknown:
  %".1224" = trunc i64 %"cursor.13" to i16
  %".1225" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1224", ptr %".1225", align 2
  br label %"return"
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.85" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.60" = phi  ptr [%"data.59", %"tcp.to_tcp_header"]
  %"data_end.60" = phi  ptr [%"data_end.59", %"tcp.to_tcp_header"]
  %"keys.60" = phi  ptr [%"keys.59", %"tcp.to_tcp_header"]
  %"hdr.33" = getelementptr i8, ptr %"data.60", i64 %"cursor.85"
  %".3557" = getelementptr i8, ptr %"hdr.33", i64 20
  %".3558" = icmp ugt ptr %".3557", %"data_end.60"
  br i1 %".3558", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".3560" = getelementptr i8, ptr %"hdr.33", i64 12
  %".3561" = load i8, ptr %".3560", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".3561", %"tcp_header.linear"], [%".3580", %"tcp_header.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.60", %"tcp_header.linear"], [%"data.126", %"tcp_header.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.60", %"tcp_header.linear"], [%"data_end.126", %"tcp_header.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.60", %"tcp_header.linear"], [%"keys.126", %"tcp_header.copy_failed.endif"]
  %".3582" = zext i8 %"w12_1" to i64
  %".3583" = lshr i64 %".3582", 4
  %".3584" = and i64 %".3583", 15
  %".3585" = icmp uge i64 %".3584", 5
  %".3586" = xor i1 %".3585", -1
  br i1 %".3586", label %"tcp_header.require", label %"tcp_header.require.endif"
udp_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1237" = trunc i64 %"cursor.14" to i32
  %".1238" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1237", [40 x i8]* %"header_copy", i32 4)
  %".1239" = icmp eq i64 %".1238", 0
  %".1240" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1241" = load i32, ptr %".1240", align 4
  %".1242" = zext i32 %".1241" to i64
  %"data.61" = inttoptr i64 %".1242" to ptr
  %".1243" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1244" = load i32, ptr %".1243", align 4
  %".1245" = zext i32 %".1244" to i64
  %"data_end.61" = inttoptr i64 %".1245" to ptr
  %".1246" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.61" = load ptr, ptr %".1246", align 8
  %".1247" = xor i1 %".1239", -1
  br i1 %".1247", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".1249" = trunc i64 %"cursor.14" to i16
  %".1250" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1249", ptr %".1250", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".1253" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1254" = load volatile i16, [40 x i8]* %".1253", align 2
  %".1255" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1256" = load volatile i16, [40 x i8]* %".1255", align 2
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".1276" = add i64 %"cursor.14", %".1271"
  %".1277" = sub i64 %".1276", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1278" = trunc i64 %".1277" to i32
  %".1279" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1278", i64* %"last_byte", i32 1)
  %".1280" = icmp eq i64 %".1279", 0
  %".1281" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1282" = load i32, ptr %".1281", align 4
  %".1283" = zext i32 %".1282" to i64
  %"data.63" = inttoptr i64 %".1283" to ptr
  %".1284" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1285" = load i32, ptr %".1284", align 4
  %".1286" = zext i32 %".1285" to i64
  %"data_end.63" = inttoptr i64 %".1286" to ptr
  %".1287" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.63" = load ptr, ptr %".1287", align 8
  %".1288" = xor i1 %".1280", -1
  br i1 %".1288", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1290" = trunc i64 %"cursor.14" to i16
  %".1291" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1290", ptr %".1291", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1298" = trunc i64 %"cursor.14" to i16
  %".1299" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1298", ptr %".1299", align 2
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
  %"cursor.86" = phi  i64 [%"end.1", %"udp_d0.to_vxlan"]
  %"data.65" = phi  ptr [%"data.64", %"udp_d0.to_vxlan"]
  %"data_end.65" = phi  ptr [%"data_end.64", %"udp_d0.to_vxlan"]
  %"keys.65" = phi  ptr [%"keys.64", %"udp_d0.to_vxlan"]
  %"hdr.34" = getelementptr i8, ptr %"data.65", i64 %"cursor.86"
  %".3626" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3627" = icmp ugt ptr %".3626", %"data_end.65"
  br i1 %".3627", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.131" = phi  ptr [%"data.65", %"vxlan_d0.linear"], [%"data.130", %"vxlan_d0.copy_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.65", %"vxlan_d0.linear"], [%"data_end.130", %"vxlan_d0.copy_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.65", %"vxlan_d0.linear"], [%"keys.130", %"vxlan_d0.copy_failed.endif"]
  %".3647" = add i64 %"cursor.86", 8
  %".3648" = getelementptr i8, ptr %"keys.131", i64 8
  store i8 1, ptr %".3648", align 1
  %".3650" = getelementptr i8, ptr %"keys.131", i64 48
  %"flags.52" = load volatile i32, ptr %".3650", align 4
  %".3651" = and i32 %"flags.52", 4
  %".3652" = icmp ne i32 %".3651", 0
  br i1 %".3652", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
geneve_d0:
  %"cursor.87" = phi  i64 [%"end.1", %"udp_d0.to_geneve"]
  %"data.66" = phi  ptr [%"data.64", %"udp_d0.to_geneve"]
  %"data_end.66" = phi  ptr [%"data_end.64", %"udp_d0.to_geneve"]
  %"keys.66" = phi  ptr [%"keys.64", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.66", i64 %"cursor.87"
  %".3671" = getelementptr i8, ptr %"hdr.35", i64 8
  %".3672" = icmp ugt ptr %".3671", %"data_end.66"
  br i1 %".3672", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".3674" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3675" = load i8, ptr %".3674", align 1
  %".3676" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3677" = load i16, ptr %".3676", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".3675", %"geneve_d0.linear"], [%".3696", %"geneve_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".3677", %"geneve_d0.linear"], [%".3698", %"geneve_d0.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.66", %"geneve_d0.linear"], [%"data.133", %"geneve_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"geneve_d0.linear"], [%"data_end.133", %"geneve_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"geneve_d0.linear"], [%"keys.133", %"geneve_d0.copy_failed.endif"]
  %".3700" = zext i8 %"w0_1.10" to i64
  %".3701" = lshr i64 %".3700", 6
  %".3702" = and i64 %".3701", 3
  %".3703" = icmp ne i64 %".3702", 0
  br i1 %".3703", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif"
gue_d0:
  %"cursor.88" = phi  i64 [%"end.1", %"udp_d0.to_gue"]
  %"data.67" = phi  ptr [%"data.64", %"udp_d0.to_gue"]
  %"data_end.67" = phi  ptr [%"data_end.64", %"udp_d0.to_gue"]
  %"keys.67" = phi  ptr [%"keys.64", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.67", i64 %"cursor.88"
  %".3774" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3775" = icmp ugt ptr %".3774", %"data_end.67"
  br i1 %".3775", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".3777" = getelementptr i8, ptr %"hdr.36", i64 0
  %".3778" = load i8, ptr %".3777", align 1
  %".3779" = getelementptr i8, ptr %"hdr.36", i64 1
  %".3780" = load i8, ptr %".3779", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".3778", %"gue_d0.linear"], [%".3799", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".3780", %"gue_d0.linear"], [%".3801", %"gue_d0.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.67", %"gue_d0.linear"], [%"data.137", %"gue_d0.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.67", %"gue_d0.linear"], [%"data_end.137", %"gue_d0.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.67", %"gue_d0.linear"], [%"keys.137", %"gue_d0.copy_failed.endif"]
  %".3803" = zext i8 %"w0_1.11" to i64
  %".3804" = lshr i64 %".3803", 6
  %".3805" = and i64 %".3804", 3
  %".3806" = icmp ne i64 %".3805", 0
  %".3807" = zext i8 %"w0_1.11" to i64
  %".3808" = lshr i64 %".3807", 5
  %".3809" = and i64 %".3808", 1
  %".3810" = icmp ne i64 %".3809", 0
  %".3811" = or i1 %".3806", %".3810"
  br i1 %".3811", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif"
gtpu_d0:
  %"cursor.89" = phi  i64 [%"end.1", %"udp_d0.to_gtpu"]
  %"data.68" = phi  ptr [%"data.64", %"udp_d0.to_gtpu"]
  %"data_end.68" = phi  ptr [%"data_end.64", %"udp_d0.to_gtpu"]
  %"keys.68" = phi  ptr [%"keys.64", %"udp_d0.to_gtpu"]
  %"hdr.37" = getelementptr i8, ptr %"data.68", i64 %"cursor.89"
  %".3875" = getelementptr i8, ptr %"hdr.37", i64 8
  %".3876" = icmp ugt ptr %".3875", %"data_end.68"
  br i1 %".3876", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".3878" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3879" = load i8, ptr %".3878", align 1
  %".3880" = getelementptr i8, ptr %"hdr.37", i64 1
  %".3881" = load i8, ptr %".3880", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.12" = phi  i8 [%".3879", %"gtpu_d0.linear"], [%".3900", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3881", %"gtpu_d0.linear"], [%".3902", %"gtpu_d0.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.68", %"gtpu_d0.linear"], [%"data.141", %"gtpu_d0.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.68", %"gtpu_d0.linear"], [%"data_end.141", %"gtpu_d0.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.68", %"gtpu_d0.linear"], [%"keys.141", %"gtpu_d0.copy_failed.endif"]
  %".3904" = zext i8 %"w0_1.12" to i64
  %".3905" = lshr i64 %".3904", 5
  %".3906" = and i64 %".3905", 7
  %".3907" = icmp ne i64 %".3906", 1
  %".3908" = zext i8 %"w0_1.12" to i64
  %".3909" = lshr i64 %".3908", 4
  %".3910" = and i64 %".3909", 1
  %".3911" = icmp ne i64 %".3910", 1
  %".3912" = or i1 %".3907", %".3911"
  %".3913" = zext i8 %"w1_1.7" to i64
  %".3914" = icmp ne i64 %".3913", 255
  %".3915" = or i1 %".3912", %".3914"
  br i1 %".3915", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif"
shim_d0:
  %"cursor.90" = phi  i64 [%"end.1", %"udp_d0.to_shim"]
  %"data.69" = phi  ptr [%"data.64", %"udp_d0.to_shim"]
  %"data_end.69" = phi  ptr [%"data_end.64", %"udp_d0.to_shim"]
  %"keys.69" = phi  ptr [%"keys.64", %"udp_d0.to_shim"]
  %"hdr.38" = getelementptr i8, ptr %"data.69", i64 %"cursor.90"
  %".3977" = getelementptr i8, ptr %"hdr.38", i64 8
  %".3978" = icmp ugt ptr %".3977", %"data_end.69"
  br i1 %".3978", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3980" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3981" = load i16, ptr %".3980", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.11" = phi  i16 [%".3981", %"shim_d0.linear"], [%".4000", %"shim_d0.copy_failed.endif"]
  %"data.146" = phi  ptr [%"data.69", %"shim_d0.linear"], [%"data.145", %"shim_d0.copy_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.69", %"shim_d0.linear"], [%"data_end.145", %"shim_d0.copy_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.69", %"shim_d0.linear"], [%"keys.145", %"shim_d0.copy_failed.endif"]
  %".4002" = add i64 %"cursor.90", 8
  %".4003" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".4003", align 1
  %".4005" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.56" = load volatile i32, ptr %".4005", align 4
  %".4006" = and i32 %"flags.56", 4
  %".4007" = icmp ne i32 %".4006", 0
  br i1 %".4007", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1315" = trunc i64 %"cursor.15" to i32
  %".1316" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1315", [40 x i8]* %"header_copy", i32 4)
  %".1317" = icmp eq i64 %".1316", 0
  %".1318" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1319" = load i32, ptr %".1318", align 4
  %".1320" = zext i32 %".1319" to i64
  %"data.70" = inttoptr i64 %".1320" to ptr
  %".1321" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1322" = load i32, ptr %".1321", align 4
  %".1323" = zext i32 %".1322" to i64
  %"data_end.70" = inttoptr i64 %".1323" to ptr
  %".1324" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.70" = load ptr, ptr %".1324", align 8
  %".1325" = xor i1 %".1317", -1
  br i1 %".1325", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1327" = trunc i64 %"cursor.15" to i16
  %".1328" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1327", ptr %".1328", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1331" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1332" = load volatile i16, [40 x i8]* %".1331", align 2
  %".1333" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1334" = load volatile i16, [40 x i8]* %".1333", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1354" = add i64 %"cursor.15", %".1349"
  %".1355" = sub i64 %".1354", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1356" = trunc i64 %".1355" to i32
  %".1357" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1356", i64* %"last_byte", i32 1)
  %".1358" = icmp eq i64 %".1357", 0
  %".1359" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1360" = load i32, ptr %".1359", align 4
  %".1361" = zext i32 %".1360" to i64
  %"data.72" = inttoptr i64 %".1361" to ptr
  %".1362" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1363" = load i32, ptr %".1362", align 4
  %".1364" = zext i32 %".1363" to i64
  %"data_end.72" = inttoptr i64 %".1364" to ptr
  %".1365" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.72" = load ptr, ptr %".1365", align 8
  %".1366" = xor i1 %".1358", -1
  br i1 %".1366", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1368" = trunc i64 %"cursor.15" to i16
  %".1369" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1368", ptr %".1369", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1387" = trunc i64 %"cursor.16" to i32
  %".1388" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1387", [40 x i8]* %"header_copy", i32 4)
  %".1389" = icmp eq i64 %".1388", 0
  %".1390" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1391" = load i32, ptr %".1390", align 4
  %".1392" = zext i32 %".1391" to i64
  %"data.74" = inttoptr i64 %".1392" to ptr
  %".1393" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1394" = load i32, ptr %".1393", align 4
  %".1395" = zext i32 %".1394" to i64
  %"data_end.74" = inttoptr i64 %".1395" to ptr
  %".1396" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.74" = load ptr, ptr %".1396", align 8
  %".1397" = xor i1 %".1389", -1
  br i1 %".1397", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1399" = trunc i64 %"cursor.16" to i16
  %".1400" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1399", ptr %".1400", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1403" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1404" = load volatile i8, [40 x i8]* %".1403", align 1
  %".1405" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1406" = load volatile i8, [40 x i8]* %".1405", align 1
  %".1407" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1408" = load volatile i16, [40 x i8]* %".1407", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1419" = trunc i64 %"cursor.16" to i16
  %".1420" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1419", ptr %".1420", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1423" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1424" = zext i16 %".1423" to i64
  %".1425" = trunc i64 %".1424" to i16
  %".1426" = call i16 @"llvm.bswap.i16"(i16 %".1425")
  %".1427" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1426", ptr %".1427", align 2
  %".1429" = zext i8 %"w1_1.2" to i64
  %".1430" = and i64 %".1429", 7
  switch i64 %".1430", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1432" = trunc i64 %"cursor.16" to i16
  %".1433" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1432", ptr %".1433", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.91" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.76" = phi  ptr [%"data.75", %"gre_version_d0.to_gre"]
  %"data_end.76" = phi  ptr [%"data_end.75", %"gre_version_d0.to_gre"]
  %"keys.76" = phi  ptr [%"keys.75", %"gre_version_d0.to_gre"]
  %"hdr.39" = getelementptr i8, ptr %"data.76", i64 %"cursor.91"
  %".4028" = getelementptr i8, ptr %"hdr.39", i64 4
  %".4029" = icmp ugt ptr %".4028", %"data_end.76"
  br i1 %".4029", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".4031" = getelementptr i8, ptr %"hdr.39", i64 0
  %".4032" = load i8, ptr %".4031", align 1
  %".4033" = getelementptr i8, ptr %"hdr.39", i64 1
  %".4034" = load i8, ptr %".4033", align 1
  %".4035" = getelementptr i8, ptr %"hdr.39", i64 2
  %".4036" = load i16, ptr %".4035", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.13" = phi  i8 [%".4032", %"gre_d0.linear"], [%".4055", %"gre_d0.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".4034", %"gre_d0.linear"], [%".4057", %"gre_d0.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".4036", %"gre_d0.linear"], [%".4059", %"gre_d0.copy_failed.endif"]
  %"data.148" = phi  ptr [%"data.76", %"gre_d0.linear"], [%"data.147", %"gre_d0.copy_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.76", %"gre_d0.linear"], [%"data_end.147", %"gre_d0.copy_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.76", %"gre_d0.linear"], [%"keys.147", %"gre_d0.copy_failed.endif"]
  %".4061" = zext i8 %"w1_1.8" to i64
  %".4062" = and i64 %".4061", 7
  %".4063" = icmp ne i64 %".4062", 0
  %".4064" = zext i8 %"w0_1.13" to i64
  %".4065" = lshr i64 %".4064", 6
  %".4066" = and i64 %".4065", 1
  %".4067" = icmp ne i64 %".4066", 0
  %".4068" = or i1 %".4063", %".4067"
  br i1 %".4068", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.92" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.77" = phi  ptr [%"data.75", %"gre_version_d0.to_pptp"]
  %"data_end.77" = phi  ptr [%"data_end.75", %"gre_version_d0.to_pptp"]
  %"keys.77" = phi  ptr [%"keys.75", %"gre_version_d0.to_pptp"]
  %"hdr.40" = getelementptr i8, ptr %"data.77", i64 %"cursor.92"
  %".4238" = getelementptr i8, ptr %"hdr.40", i64 4
  %".4239" = icmp ugt ptr %".4238", %"data_end.77"
  br i1 %".4239", label %"pptp_d0.copy", label %"pptp_d0.linear", !prof !0
pptp_d0.linear:
  %".4241" = getelementptr i8, ptr %"hdr.40", i64 0
  %".4242" = load i8, ptr %".4241", align 1
  %".4243" = getelementptr i8, ptr %"hdr.40", i64 1
  %".4244" = load i8, ptr %".4243", align 1
  %".4245" = getelementptr i8, ptr %"hdr.40", i64 2
  %".4246" = load i16, ptr %".4245", align 2
  br label %"pptp_d0.header"
pptp_d0.header:
  %"w0_1.14" = phi  i8 [%".4242", %"pptp_d0.linear"], [%".4265", %"pptp_d0.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".4244", %"pptp_d0.linear"], [%".4267", %"pptp_d0.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".4246", %"pptp_d0.linear"], [%".4269", %"pptp_d0.copy_failed.endif"]
  %"data.152" = phi  ptr [%"data.77", %"pptp_d0.linear"], [%"data.151", %"pptp_d0.copy_failed.endif"]
  %"data_end.152" = phi  ptr [%"data_end.77", %"pptp_d0.linear"], [%"data_end.151", %"pptp_d0.copy_failed.endif"]
  %"keys.152" = phi  ptr [%"keys.77", %"pptp_d0.linear"], [%"keys.151", %"pptp_d0.copy_failed.endif"]
  %".4271" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4272" = zext i16 %".4271" to i64
  %".4273" = icmp ne i64 %".4272", 34827
  %".4274" = zext i8 %"w0_1.14" to i64
  %".4275" = lshr i64 %".4274", 5
  %".4276" = and i64 %".4275", 1
  %".4277" = icmp eq i64 %".4276", 0
  %".4278" = or i1 %".4273", %".4277"
  br i1 %".4278", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1446" = trunc i64 %"cursor.17" to i32
  %".1447" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1446", [40 x i8]* %"header_copy", i32 4)
  %".1448" = icmp eq i64 %".1447", 0
  %".1449" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1450" = load i32, ptr %".1449", align 4
  %".1451" = zext i32 %".1450" to i64
  %"data.78" = inttoptr i64 %".1451" to ptr
  %".1452" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1453" = load i32, ptr %".1452", align 4
  %".1454" = zext i32 %".1453" to i64
  %"data_end.78" = inttoptr i64 %".1454" to ptr
  %".1455" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.78" = load ptr, ptr %".1455", align 8
  %".1456" = xor i1 %".1448", -1
  br i1 %".1456", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1458" = trunc i64 %"cursor.17" to i16
  %".1459" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1458", ptr %".1459", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1462" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1463" = load volatile i16, [40 x i8]* %".1462", align 2
  %".1464" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1465" = load volatile i16, [40 x i8]* %".1464", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1492" = trunc i64 %"cursor.18" to i32
  %".1493" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1492", [40 x i8]* %"header_copy", i32 4)
  %".1494" = icmp eq i64 %".1493", 0
  %".1495" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1496" = load i32, ptr %".1495", align 4
  %".1497" = zext i32 %".1496" to i64
  %"data.80" = inttoptr i64 %".1497" to ptr
  %".1498" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1499" = load i32, ptr %".1498", align 4
  %".1500" = zext i32 %".1499" to i64
  %"data_end.80" = inttoptr i64 %".1500" to ptr
  %".1501" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.80" = load ptr, ptr %".1501", align 8
  %".1502" = xor i1 %".1494", -1
  br i1 %".1502", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1504" = trunc i64 %"cursor.18" to i16
  %".1505" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1504", ptr %".1505", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1508" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1509" = load volatile i16, [40 x i8]* %".1508", align 2
  %".1510" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1511" = load volatile i16, [40 x i8]* %".1510", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1536" = trunc i64 %"cursor.19" to i32
  %".1537" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1536", [40 x i8]* %"header_copy", i32 4)
  %".1538" = icmp eq i64 %".1537", 0
  %".1539" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1540" = load i32, ptr %".1539", align 4
  %".1541" = zext i32 %".1540" to i64
  %"data.82" = inttoptr i64 %".1541" to ptr
  %".1542" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1543" = load i32, ptr %".1542", align 4
  %".1544" = zext i32 %".1543" to i64
  %"data_end.82" = inttoptr i64 %".1544" to ptr
  %".1545" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.82" = load ptr, ptr %".1545", align 8
  %".1546" = xor i1 %".1538", -1
  br i1 %".1546", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1548" = trunc i64 %"cursor.19" to i16
  %".1549" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1548", ptr %".1549", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1552" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1553" = load volatile i32, [40 x i8]* %".1552", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1580" = trunc i64 %"cursor.20" to i32
  %".1581" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1580", [40 x i8]* %"header_copy", i32 8)
  %".1582" = icmp eq i64 %".1581", 0
  %".1583" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1584" = load i32, ptr %".1583", align 4
  %".1585" = zext i32 %".1584" to i64
  %"data.84" = inttoptr i64 %".1585" to ptr
  %".1586" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1587" = load i32, ptr %".1586", align 4
  %".1588" = zext i32 %".1587" to i64
  %"data_end.84" = inttoptr i64 %".1588" to ptr
  %".1589" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.84" = load ptr, ptr %".1589", align 8
  %".1590" = xor i1 %".1582", -1
  br i1 %".1590", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1592" = trunc i64 %"cursor.20" to i16
  %".1593" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1592", ptr %".1593", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1596" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1597" = load volatile i32, [40 x i8]* %".1596", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1622" = trunc i64 %"cursor.21" to i32
  %".1623" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1622", [40 x i8]* %"header_copy", i32 4)
  %".1624" = icmp eq i64 %".1623", 0
  %".1625" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1626" = load i32, ptr %".1625", align 4
  %".1627" = zext i32 %".1626" to i64
  %"data.86" = inttoptr i64 %".1627" to ptr
  %".1628" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1629" = load i32, ptr %".1628", align 4
  %".1630" = zext i32 %".1629" to i64
  %"data_end.86" = inttoptr i64 %".1630" to ptr
  %".1631" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.86" = load ptr, ptr %".1631", align 8
  %".1632" = xor i1 %".1624", -1
  br i1 %".1632", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1634" = trunc i64 %"cursor.21" to i16
  %".1635" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1634", ptr %".1635", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1658" = trunc i64 %"cursor.23" to i32
  %".1659" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1658", [40 x i8]* %"header_copy", i32 20)
  %".1660" = icmp eq i64 %".1659", 0
  %".1661" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1662" = load i32, ptr %".1661", align 4
  %".1663" = zext i32 %".1662" to i64
  %"data.88" = inttoptr i64 %".1663" to ptr
  %".1664" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1665" = load i32, ptr %".1664", align 4
  %".1666" = zext i32 %".1665" to i64
  %"data_end.88" = inttoptr i64 %".1666" to ptr
  %".1667" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.88" = load ptr, ptr %".1667", align 8
  %".1668" = xor i1 %".1660", -1
  br i1 %".1668", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1670" = trunc i64 %"cursor.23" to i16
  %".1671" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1670", ptr %".1671", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1674" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1675" = load volatile i8, [40 x i8]* %".1674", align 1
  %".1676" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1677" = load volatile i16, [40 x i8]* %".1676", align 2
  %".1678" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1679" = load volatile i8, [40 x i8]* %".1678", align 1
  %".1680" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1681" = load volatile i32, [40 x i8]* %".1680", align 4
  %".1682" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1683" = load volatile i32, [40 x i8]* %".1682", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1690" = trunc i64 %"cursor.23" to i16
  %".1691" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1690", ptr %".1691", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1694" = trunc i64 2048 to i16
  %".1695" = getelementptr i8, ptr %"keys.89", i64 4
  store i16 %".1694", ptr %".1695", align 2
  %".1697" = trunc i64 2048 to i16
  %".1698" = call i16 @"llvm.bswap.i16"(i16 %".1697")
  %".1699" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1698", ptr %".1699", align 2
  %".1701" = getelementptr i8, ptr %"keys.89", i64 16
  store i32 %"w12_4.1", ptr %".1701", align 4
  %".1703" = getelementptr i8, ptr %"keys.89", i64 20
  store i32 %"w16_4.1", ptr %".1703", align 4
  %".1705" = zext i8 %"w9_1.1" to i64
  %".1706" = trunc i64 %".1705" to i8
  %".1707" = getelementptr i8, ptr %"keys.89", i64 9
  store i8 %".1706", ptr %".1707", align 1
  %".1709" = add i64 %"cursor.23", 20
  %".1710" = zext i8 %"w0_1.4" to i64
  %".1711" = and i64 %".1710", 15
  %".1712" = mul i64 %".1711", 4
  %".1713" = sub i64 %".1712", 20
  %".1714" = add i64 %".1713", 20
  %"end.3" = add i64 %"cursor.23", %".1714"
  %".1715" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1716" = zext i16 %".1715" to i64
  %".1717" = and i64 %".1716", 16383
  %".1718" = icmp ne i64 %".1717", 0
  %".1719" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1720" = zext i16 %".1719" to i64
  %".1721" = and i64 %".1720", 8191
  %".1722" = icmp eq i64 %".1721", 0
  br i1 %".1718", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.fragment:
  %".1724" = getelementptr i8, ptr %"keys.89", i64 6
  store i8 1, ptr %".1724", align 1
  br i1 %".1722", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1744" = zext i8 %"w9_1.1" to i64
  switch i64 %".1744", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]
ipv4_d1.first_fragment:
  %".1727" = getelementptr i8, ptr %"keys.89", i64 7
  store i8 1, ptr %".1727", align 1
  %".1729" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.23" = load volatile i32, ptr %".1729", align 4
  %".1730" = and i32 %"flags.23", 1
  %".1731" = icmp ne i32 %".1730", 0
  %".1732" = xor i1 %".1731", -1
  br i1 %".1732", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1739" = trunc i64 %"end.3" to i16
  %".1740" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1739", ptr %".1740", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1734" = trunc i64 %"end.3" to i16
  %".1735" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1734", ptr %".1735", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1746" = trunc i64 %"end.3" to i16
  %".1747" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1746", ptr %".1747", align 2
  br label %"return"
ipv4_d1.to_tcp:
  %".1750" = getelementptr i8, ptr %"keys.89", i64 2
  %".1751" = trunc i64 %"end.3" to i16
  store volatile i16 %".1751", ptr %".1750", align 2
  %".1753" = load volatile i16, ptr %".1750", align 2
  %".1754" = zext i16 %".1753" to i64
  %"cursor.93" = and i64 %".1754", 16383
  br label %"tcp"
ipv4_d1.to_udp:
  %".1756" = getelementptr i8, ptr %"keys.89", i64 2
  %".1757" = trunc i64 %"end.3" to i16
  store volatile i16 %".1757", ptr %".1756", align 2
  %".1759" = load volatile i16, ptr %".1756", align 2
  %".1760" = zext i16 %".1759" to i64
  %"cursor.95" = and i64 %".1760", 16383
  br label %"udp_d1"
ipv4_d1.to_udplite:
  %".1762" = getelementptr i8, ptr %"keys.89", i64 2
  %".1763" = trunc i64 %"end.3" to i16
  store volatile i16 %".1763", ptr %".1762", align 2
  %".1765" = load volatile i16, ptr %".1762", align 2
  %".1766" = zext i16 %".1765" to i64
  %"cursor.96" = and i64 %".1766", 16383
  br label %"udplite"
ipv4_d1.to_gre_version:
  %".1768" = getelementptr i8, ptr %"keys.89", i64 2
  %".1769" = trunc i64 %"end.3" to i16
  store volatile i16 %".1769", ptr %".1768", align 2
  %".1771" = load volatile i16, ptr %".1768", align 2
  %".1772" = zext i16 %".1771" to i64
  %"cursor.98" = and i64 %".1772", 16383
  br label %"gre_version_d1"
ipv4_d1.to_sctp:
  %".1774" = getelementptr i8, ptr %"keys.89", i64 2
  %".1775" = trunc i64 %"end.3" to i16
  store volatile i16 %".1775", ptr %".1774", align 2
  %".1777" = load volatile i16, ptr %".1774", align 2
  %".1778" = zext i16 %".1777" to i64
  %"cursor.99" = and i64 %".1778", 16383
  br label %"sctp"
ipv4_d1.to_dccp:
  %".1780" = getelementptr i8, ptr %"keys.89", i64 2
  %".1781" = trunc i64 %"end.3" to i16
  store volatile i16 %".1781", ptr %".1780", align 2
  %".1783" = load volatile i16, ptr %".1780", align 2
  %".1784" = zext i16 %".1783" to i64
  %"cursor.100" = and i64 %".1784", 16383
  br label %"dccp"
ipv4_d1.to_esp:
  %".1786" = getelementptr i8, ptr %"keys.89", i64 2
  %".1787" = trunc i64 %"end.3" to i16
  store volatile i16 %".1787", ptr %".1786", align 2
  %".1789" = load volatile i16, ptr %".1786", align 2
  %".1790" = zext i16 %".1789" to i64
  %"cursor.101" = and i64 %".1790", 16383
  br label %"esp"
ipv4_d1.to_ah:
  %".1792" = getelementptr i8, ptr %"keys.89", i64 2
  %".1793" = trunc i64 %"end.3" to i16
  store volatile i16 %".1793", ptr %".1792", align 2
  %".1795" = load volatile i16, ptr %".1792", align 2
  %".1796" = zext i16 %".1795" to i64
  %"cursor.102" = and i64 %".1796", 16383
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1799" = trunc i64 34887 to i16
  %".1800" = call i16 @"llvm.bswap.i16"(i16 %".1799")
  %".1801" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1800", ptr %".1801", align 2
  %".1803" = getelementptr i8, ptr %"keys.89", i64 2
  %".1804" = trunc i64 %"end.3" to i16
  store volatile i16 %".1804", ptr %".1803", align 2
  %".1806" = load volatile i16, ptr %".1803", align 2
  %".1807" = zext i16 %".1806" to i64
  %"cursor.103" = and i64 %".1807", 16383
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1809" = trunc i64 2048 to i16
  %".1810" = call i16 @"llvm.bswap.i16"(i16 %".1809")
  %".1811" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1810", ptr %".1811", align 2
  %".1813" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1813", align 1
  %".1815" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.24" = load volatile i32, ptr %".1815", align 4
  %".1816" = and i32 %"flags.24", 4
  %".1817" = icmp ne i32 %".1816", 0
  br i1 %".1817", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1829" = trunc i64 34525 to i16
  %".1830" = call i16 @"llvm.bswap.i16"(i16 %".1829")
  %".1831" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1830", ptr %".1831", align 2
  %".1833" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1833", align 1
  %".1835" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.25" = load volatile i32, ptr %".1835", align 4
  %".1836" = and i32 %"flags.25", 4
  %".1837" = icmp ne i32 %".1836", 0
  br i1 %".1837", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.94" = phi  i64 [%"cursor.95", %"ipv4_d1.to_udp"], [%"cursor.111", %"ipv6_d1.to_udp"], [%"cursor.269", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"cursor.283", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"cursor.381", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"cursor.395", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"cursor.435", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"cursor.445", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data.90" = phi  ptr [%"data.89", %"ipv4_d1.to_udp"], [%"data.93", %"ipv6_d1.to_udp"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv4_d1.to_udp"], [%"data_end.93", %"ipv6_d1.to_udp"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv4_d1.to_udp"], [%"keys.93", %"ipv6_d1.to_udp"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"hdr.41" = getelementptr i8, ptr %"data.90", i64 %"cursor.94"
  %".4331" = getelementptr i8, ptr %"hdr.41", i64 4
  %".4332" = icmp ugt ptr %".4331", %"data_end.90"
  br i1 %".4332", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".4334" = getelementptr i8, ptr %"hdr.41", i64 0
  %".4335" = load i16, ptr %".4334", align 2
  %".4336" = getelementptr i8, ptr %"hdr.41", i64 2
  %".4337" = load i16, ptr %".4336", align 2
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_2.5" = phi  i16 [%".4335", %"udp_d1.linear"], [%".4356", %"udp_d1.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".4337", %"udp_d1.linear"], [%".4358", %"udp_d1.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.90", %"udp_d1.linear"], [%"data.156", %"udp_d1.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.90", %"udp_d1.linear"], [%"data_end.156", %"udp_d1.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.90", %"udp_d1.linear"], [%"keys.156", %"udp_d1.copy_failed.endif"]
  %".4360" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".4361" = zext i16 %".4360" to i64
  %".4362" = trunc i64 %".4361" to i16
  %".4363" = call i16 @"llvm.bswap.i16"(i16 %".4362")
  %".4364" = getelementptr i8, ptr %"keys.157", i64 12
  store i16 %".4363", ptr %".4364", align 2
  %".4366" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".4367" = zext i16 %".4366" to i64
  %".4368" = trunc i64 %".4367" to i16
  %".4369" = call i16 @"llvm.bswap.i16"(i16 %".4368")
  %".4370" = getelementptr i8, ptr %"keys.157", i64 14
  store i16 %".4369", ptr %".4370", align 2
  %".4372" = add i64 %"cursor.94", 4
  %".4373" = add i64 4, 4
  %".4374" = getelementptr i8, ptr %"data.157", i64 %"cursor.94"
  %".4375" = getelementptr i8, ptr %".4374", i64 %".4373"
  %".4376" = icmp ugt ptr %".4375", %"data_end.157"
  br i1 %".4376", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.159" = phi  ptr [%"data.157", %"udp_d1.header"], [%"data.158", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.157", %"udp_d1.header"], [%"data_end.158", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.157", %"udp_d1.header"], [%"keys.158", %"udp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.94", %".4373"
  %".4397" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".4398" = zext i16 %".4397" to i64
  switch i64 %".4398", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]
gre_version_d1:
  %"cursor.97" = phi  i64 [%"cursor.98", %"ipv4_d1.to_gre_version"], [%"cursor.113", %"ipv6_d1.to_gre_version"], [%"cursor.271", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"cursor.285", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"cursor.383", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"cursor.397", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"cursor.437", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"cursor.447", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data.91" = phi  ptr [%"data.89", %"ipv4_d1.to_gre_version"], [%"data.93", %"ipv6_d1.to_gre_version"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv4_d1.to_gre_version"], [%"data_end.93", %"ipv6_d1.to_gre_version"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv4_d1.to_gre_version"], [%"keys.93", %"ipv6_d1.to_gre_version"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"hdr.42" = getelementptr i8, ptr %"data.91", i64 %"cursor.97"
  %".4434" = getelementptr i8, ptr %"hdr.42", i64 4
  %".4435" = icmp ugt ptr %".4434", %"data_end.91"
  br i1 %".4435", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".4437" = getelementptr i8, ptr %"hdr.42", i64 0
  %".4438" = load i8, ptr %".4437", align 1
  %".4439" = getelementptr i8, ptr %"hdr.42", i64 1
  %".4440" = load i8, ptr %".4439", align 1
  %".4441" = getelementptr i8, ptr %"hdr.42", i64 2
  %".4442" = load i16, ptr %".4441", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.15" = phi  i8 [%".4438", %"gre_version_d1.linear"], [%".4461", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".4440", %"gre_version_d1.linear"], [%".4463", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".4442", %"gre_version_d1.linear"], [%".4465", %"gre_version_d1.copy_failed.endif"]
  %"data.166" = phi  ptr [%"data.91", %"gre_version_d1.linear"], [%"data.165", %"gre_version_d1.copy_failed.endif"]
  %"data_end.166" = phi  ptr [%"data_end.91", %"gre_version_d1.linear"], [%"data_end.165", %"gre_version_d1.copy_failed.endif"]
  %"keys.166" = phi  ptr [%"keys.91", %"gre_version_d1.linear"], [%"keys.165", %"gre_version_d1.copy_failed.endif"]
  %".4467" = zext i8 %"w0_1.15" to i64
  %".4468" = lshr i64 %".4467", 6
  %".4469" = and i64 %".4468", 1
  %".4470" = icmp ne i64 %".4469", 0
  %".4471" = zext i8 %"w1_1.10" to i64
  %".4472" = and i64 %".4471", 7
  %".4473" = icmp ugt i64 %".4472", 1
  %".4474" = or i1 %".4470", %".4473"
  br i1 %".4474", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1819" = trunc i64 %"end.3" to i16
  %".1820" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1819", ptr %".1820", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1823" = getelementptr i8, ptr %"keys.89", i64 12
  store i32 0, ptr %".1823", align 4
  %".1825" = trunc i64 %"end.3" to i16
  %".1826" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1825", ptr %".1826", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1839" = trunc i64 %"end.3" to i16
  %".1840" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1839", ptr %".1840", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1843" = getelementptr i8, ptr %"keys.89", i64 12
  store i32 0, ptr %".1843", align 4
  %".1845" = trunc i64 %"end.3" to i16
  %".1846" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1845", ptr %".1846", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1865" = trunc i64 %"cursor.25" to i32
  %".1866" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1865", [40 x i8]* %"header_copy", i32 40)
  %".1867" = icmp eq i64 %".1866", 0
  %".1868" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1869" = load i32, ptr %".1868", align 4
  %".1870" = zext i32 %".1869" to i64
  %"data.92" = inttoptr i64 %".1870" to ptr
  %".1871" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1872" = load i32, ptr %".1871", align 4
  %".1873" = zext i32 %".1872" to i64
  %"data_end.92" = inttoptr i64 %".1873" to ptr
  %".1874" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.92" = load ptr, ptr %".1874", align 8
  %".1875" = xor i1 %".1867", -1
  br i1 %".1875", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1877" = trunc i64 %"cursor.25" to i16
  %".1878" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1877", ptr %".1878", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1881" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1882" = load volatile i32, [40 x i8]* %".1881", align 4
  %".1883" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1884" = load volatile i8, [40 x i8]* %".1883", align 1
  %".1885" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1886" = load volatile i64, [40 x i8]* %".1885", align 8
  %".1887" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1888" = load volatile i64, [40 x i8]* %".1887", align 8
  %".1889" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1890" = load volatile i64, [40 x i8]* %".1889", align 8
  %".1891" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1892" = load volatile i64, [40 x i8]* %".1891", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1930" = trunc i64 %".1920" to i16
  %".1931" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1930", ptr %".1931", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1934" = zext i8 %"w6_1.1" to i64
  switch i64 %".1934", label %"ipv6_d1.unknown" [i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]
ipv6_d1.unknown:
  %".1936" = trunc i64 %".1920" to i16
  %".1937" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1936", ptr %".1937", align 2
  br label %"return"
ipv6_d1.to_ipv6_opts:
  %".1940" = getelementptr i8, ptr %"keys.93", i64 2
  %".1941" = trunc i64 %".1920" to i16
  store volatile i16 %".1941", ptr %".1940", align 2
  %".1943" = load volatile i16, ptr %".1940", align 2
  %".1944" = zext i16 %".1943" to i64
  %"cursor.105" = and i64 %".1944", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  %".1946" = getelementptr i8, ptr %"keys.93", i64 2
  %".1947" = trunc i64 %".1920" to i16
  store volatile i16 %".1947", ptr %".1946", align 2
  %".1949" = load volatile i16, ptr %".1946", align 2
  %".1950" = zext i16 %".1949" to i64
  %"cursor.106" = and i64 %".1950", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  %".1952" = getelementptr i8, ptr %"keys.93", i64 2
  %".1953" = trunc i64 %".1920" to i16
  store volatile i16 %".1953", ptr %".1952", align 2
  %".1955" = load volatile i16, ptr %".1952", align 2
  %".1956" = zext i16 %".1955" to i64
  %"cursor.107" = and i64 %".1956", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  %".1958" = getelementptr i8, ptr %"keys.93", i64 2
  %".1959" = trunc i64 %".1920" to i16
  store volatile i16 %".1959", ptr %".1958", align 2
  %".1961" = load volatile i16, ptr %".1958", align 2
  %".1962" = zext i16 %".1961" to i64
  %"cursor.109" = and i64 %".1962", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_tcp:
  %".1964" = getelementptr i8, ptr %"keys.93", i64 2
  %".1965" = trunc i64 %".1920" to i16
  store volatile i16 %".1965", ptr %".1964", align 2
  %".1967" = load volatile i16, ptr %".1964", align 2
  %".1968" = zext i16 %".1967" to i64
  %"cursor.110" = and i64 %".1968", 16383
  br label %"tcp"
ipv6_d1.to_udp:
  %".1970" = getelementptr i8, ptr %"keys.93", i64 2
  %".1971" = trunc i64 %".1920" to i16
  store volatile i16 %".1971", ptr %".1970", align 2
  %".1973" = load volatile i16, ptr %".1970", align 2
  %".1974" = zext i16 %".1973" to i64
  %"cursor.111" = and i64 %".1974", 16383
  br label %"udp_d1"
ipv6_d1.to_udplite:
  %".1976" = getelementptr i8, ptr %"keys.93", i64 2
  %".1977" = trunc i64 %".1920" to i16
  store volatile i16 %".1977", ptr %".1976", align 2
  %".1979" = load volatile i16, ptr %".1976", align 2
  %".1980" = zext i16 %".1979" to i64
  %"cursor.112" = and i64 %".1980", 16383
  br label %"udplite"
ipv6_d1.to_gre_version:
  %".1982" = getelementptr i8, ptr %"keys.93", i64 2
  %".1983" = trunc i64 %".1920" to i16
  store volatile i16 %".1983", ptr %".1982", align 2
  %".1985" = load volatile i16, ptr %".1982", align 2
  %".1986" = zext i16 %".1985" to i64
  %"cursor.113" = and i64 %".1986", 16383
  br label %"gre_version_d1"
ipv6_d1.to_sctp:
  %".1988" = getelementptr i8, ptr %"keys.93", i64 2
  %".1989" = trunc i64 %".1920" to i16
  store volatile i16 %".1989", ptr %".1988", align 2
  %".1991" = load volatile i16, ptr %".1988", align 2
  %".1992" = zext i16 %".1991" to i64
  %"cursor.114" = and i64 %".1992", 16383
  br label %"sctp"
ipv6_d1.to_dccp:
  %".1994" = getelementptr i8, ptr %"keys.93", i64 2
  %".1995" = trunc i64 %".1920" to i16
  store volatile i16 %".1995", ptr %".1994", align 2
  %".1997" = load volatile i16, ptr %".1994", align 2
  %".1998" = zext i16 %".1997" to i64
  %"cursor.115" = and i64 %".1998", 16383
  br label %"dccp"
ipv6_d1.to_esp:
  %".2000" = getelementptr i8, ptr %"keys.93", i64 2
  %".2001" = trunc i64 %".1920" to i16
  store volatile i16 %".2001", ptr %".2000", align 2
  %".2003" = load volatile i16, ptr %".2000", align 2
  %".2004" = zext i16 %".2003" to i64
  %"cursor.116" = and i64 %".2004", 16383
  br label %"esp"
ipv6_d1.to_ah:
  %".2006" = getelementptr i8, ptr %"keys.93", i64 2
  %".2007" = trunc i64 %".1920" to i16
  store volatile i16 %".2007", ptr %".2006", align 2
  %".2009" = load volatile i16, ptr %".2006", align 2
  %".2010" = zext i16 %".2009" to i64
  %"cursor.117" = and i64 %".2010", 16383
  br label %"ah"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".2013" = trunc i64 34887 to i16
  %".2014" = call i16 @"llvm.bswap.i16"(i16 %".2013")
  %".2015" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2014", ptr %".2015", align 2
  %".2017" = getelementptr i8, ptr %"keys.93", i64 2
  %".2018" = trunc i64 %".1920" to i16
  store volatile i16 %".2018", ptr %".2017", align 2
  %".2020" = load volatile i16, ptr %".2017", align 2
  %".2021" = zext i16 %".2020" to i64
  %"cursor.118" = and i64 %".2021", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".2023" = trunc i64 2048 to i16
  %".2024" = call i16 @"llvm.bswap.i16"(i16 %".2023")
  %".2025" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2024", ptr %".2025", align 2
  %".2027" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".2027", align 1
  %".2029" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.27" = load volatile i32, ptr %".2029", align 4
  %".2030" = and i32 %"flags.27", 4
  %".2031" = icmp ne i32 %".2030", 0
  br i1 %".2031", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".2043" = trunc i64 34525 to i16
  %".2044" = call i16 @"llvm.bswap.i16"(i16 %".2043")
  %".2045" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".2044", ptr %".2045", align 2
  %".2047" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".2047", align 1
  %".2049" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.28" = load volatile i32, ptr %".2049", align 4
  %".2050" = and i32 %"flags.28", 4
  %".2051" = icmp ne i32 %".2050", 0
  br i1 %".2051", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.104" = phi  i64 [%"cursor.105", %"ipv6_d1.to_ipv6_opts"], [%"cursor.106", %"ipv6_d1.to_ipv6_opts.1"], [%"cursor.107", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.94" = phi  ptr [%"data.93", %"ipv6_d1.to_ipv6_opts"], [%"data.93", %"ipv6_d1.to_ipv6_opts.1"], [%"data.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.94" = phi  ptr [%"data_end.93", %"ipv6_d1.to_ipv6_opts"], [%"data_end.93", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.94" = phi  ptr [%"keys.93", %"ipv6_d1.to_ipv6_opts"], [%"keys.93", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.43" = getelementptr i8, ptr %"data.94", i64 %"cursor.104"
  %".4505" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4506" = icmp ugt ptr %".4505", %"data_end.94"
  br i1 %".4506", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".4508" = getelementptr i8, ptr %"hdr.43", i64 0
  %".4509" = load i8, ptr %".4508", align 1
  %".4510" = getelementptr i8, ptr %"hdr.43", i64 1
  %".4511" = load i8, ptr %".4510", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.16" = phi  i8 [%".4509", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".4530", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4511", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".4532", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.170" = phi  ptr [%"data.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.169", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.170" = phi  ptr [%"data_end.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.169", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.170" = phi  ptr [%"keys.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.169", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".4534" = zext i8 %"w0_1.16" to i64
  %".4535" = trunc i64 %".4534" to i8
  %".4536" = getelementptr i8, ptr %"keys.170", i64 9
  store i8 %".4535", ptr %".4536", align 1
  %".4538" = add i64 %"cursor.104", 2
  %".4539" = zext i8 %"w1_1.11" to i64
  %".4540" = mul i64 %".4539", 8
  %".4541" = add i64 %".4540", 6
  %".4542" = add i64 %".4541", 2
  %"end.11" = add i64 %"cursor.104", %".4542"
  %".4543" = zext i8 %"w0_1.16" to i64
  switch i64 %".4543", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.108" = phi  i64 [%"cursor.109", %"ipv6_d1.to_ipv6_frag"]
  %"data.95" = phi  ptr [%"data.93", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.95" = phi  ptr [%"data_end.93", %"ipv6_d1.to_ipv6_frag"]
  %"keys.95" = phi  ptr [%"keys.93", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.44" = getelementptr i8, ptr %"data.95", i64 %"cursor.108"
  %".4677" = getelementptr i8, ptr %"hdr.44", i64 8
  %".4678" = icmp ugt ptr %".4677", %"data_end.95"
  br i1 %".4678", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".4680" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4681" = load i8, ptr %".4680", align 1
  %".4682" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4683" = load i16, ptr %".4682", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.17" = phi  i8 [%".4681", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".4702", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".4683", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".4704", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.174" = phi  ptr [%"data.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.173", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.174" = phi  ptr [%"data_end.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.173", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.174" = phi  ptr [%"keys.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.173", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".4706" = zext i8 %"w0_1.17" to i64
  %".4707" = trunc i64 %".4706" to i8
  %".4708" = getelementptr i8, ptr %"keys.174", i64 9
  store i8 %".4707", ptr %".4708", align 1
  %".4710" = add i64 %"cursor.108", 8
  %".4711" = icmp ne i64 1, 0
  %".4712" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4713" = zext i16 %".4712" to i64
  %".4714" = and i64 %".4713", 65528
  %".4715" = icmp eq i64 %".4714", 0
  br i1 %".4711", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".2033" = trunc i64 %".1920" to i16
  %".2034" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2033", ptr %".2034", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".2037" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 0, ptr %".2037", align 4
  %".2039" = trunc i64 %".1920" to i16
  %".2040" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2039", ptr %".2040", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".2053" = trunc i64 %".1920" to i16
  %".2054" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2053", ptr %".2054", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".2057" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 0, ptr %".2057", align 4
  %".2059" = trunc i64 %".1920" to i16
  %".2060" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2059", ptr %".2060", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2071" = trunc i64 %"cursor.27" to i32
  %".2072" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".2071", [40 x i8]* %"header_copy", i32 2)
  %".2073" = icmp eq i64 %".2072", 0
  %".2074" = getelementptr i8, ptr %"ctx.24", i64 76
  %".2075" = load i32, ptr %".2074", align 4
  %".2076" = zext i32 %".2075" to i64
  %"data.96" = inttoptr i64 %".2076" to ptr
  %".2077" = getelementptr i8, ptr %"ctx.24", i64 80
  %".2078" = load i32, ptr %".2077", align 4
  %".2079" = zext i32 %".2078" to i64
  %"data_end.96" = inttoptr i64 %".2079" to ptr
  %".2080" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.96" = load ptr, ptr %".2080", align 8
  %".2081" = xor i1 %".2073", -1
  br i1 %".2081", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".2083" = trunc i64 %"cursor.27" to i16
  %".2084" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2083", ptr %".2084", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".2087" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2088" = load volatile i8, [40 x i8]* %".2087", align 1
  %".2089" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2090" = load volatile i8, [40 x i8]* %".2089", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".2103" = trunc i64 %"end.4" to i16
  %".2104" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2103", ptr %".2104", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  %".2109" = getelementptr i8, ptr %"keys.97", i64 2
  %".2110" = trunc i64 %"end.4" to i16
  store volatile i16 %".2110", ptr %".2109", align 2
  %".2112" = load volatile i16, ptr %".2109", align 2
  %".2113" = zext i16 %".2112" to i64
  %"cursor.120" = and i64 %".2113", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  %".2116" = getelementptr i8, ptr %"keys.97", i64 2
  %".2117" = trunc i64 %"end.4" to i16
  store volatile i16 %".2117", ptr %".2116", align 2
  %".2119" = load volatile i16, ptr %".2116", align 2
  %".2120" = zext i16 %".2119" to i64
  %"cursor.122" = and i64 %".2120", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  %".2122" = getelementptr i8, ptr %"keys.97", i64 2
  %".2123" = trunc i64 %"end.4" to i16
  store volatile i16 %".2123", ptr %".2122", align 2
  %".2125" = load volatile i16, ptr %".2122", align 2
  %".2126" = zext i16 %".2125" to i64
  %"cursor.123" = and i64 %".2126", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  %".2128" = getelementptr i8, ptr %"keys.97", i64 2
  %".2129" = trunc i64 %"end.4" to i16
  store volatile i16 %".2129", ptr %".2128", align 2
  %".2131" = load volatile i16, ptr %".2128", align 2
  %".2132" = zext i16 %".2131" to i64
  %"cursor.124" = and i64 %".2132", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre_version:
  %".2134" = getelementptr i8, ptr %"keys.97", i64 2
  %".2135" = trunc i64 %"end.4" to i16
  store volatile i16 %".2135", ptr %".2134", align 2
  %".2137" = load volatile i16, ptr %".2134", align 2
  %".2138" = zext i16 %".2137" to i64
  %"cursor.125" = and i64 %".2138", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  %".2140" = getelementptr i8, ptr %"keys.97", i64 2
  %".2141" = trunc i64 %"end.4" to i16
  store volatile i16 %".2141", ptr %".2140", align 2
  %".2143" = load volatile i16, ptr %".2140", align 2
  %".2144" = zext i16 %".2143" to i64
  %"cursor.126" = and i64 %".2144", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  %".2146" = getelementptr i8, ptr %"keys.97", i64 2
  %".2147" = trunc i64 %"end.4" to i16
  store volatile i16 %".2147", ptr %".2146", align 2
  %".2149" = load volatile i16, ptr %".2146", align 2
  %".2150" = zext i16 %".2149" to i64
  %"cursor.127" = and i64 %".2150", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  %".2152" = getelementptr i8, ptr %"keys.97", i64 2
  %".2153" = trunc i64 %"end.4" to i16
  store volatile i16 %".2153", ptr %".2152", align 2
  %".2155" = load volatile i16, ptr %".2152", align 2
  %".2156" = zext i16 %".2155" to i64
  %"cursor.128" = and i64 %".2156", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  %".2158" = getelementptr i8, ptr %"keys.97", i64 2
  %".2159" = trunc i64 %"end.4" to i16
  store volatile i16 %".2159", ptr %".2158", align 2
  %".2161" = load volatile i16, ptr %".2158", align 2
  %".2162" = zext i16 %".2161" to i64
  %"cursor.129" = and i64 %".2162", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  %".2164" = getelementptr i8, ptr %"keys.97", i64 2
  %".2165" = trunc i64 %"end.4" to i16
  store volatile i16 %".2165", ptr %".2164", align 2
  %".2167" = load volatile i16, ptr %".2164", align 2
  %".2168" = zext i16 %".2167" to i64
  %"cursor.130" = and i64 %".2168", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".2170" = trunc i64 34887 to i16
  %".2171" = call i16 @"llvm.bswap.i16"(i16 %".2170")
  %".2172" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".2171", ptr %".2172", align 2
  %".2174" = getelementptr i8, ptr %"keys.97", i64 2
  %".2175" = trunc i64 %"end.4" to i16
  store volatile i16 %".2175", ptr %".2174", align 2
  %".2177" = load volatile i16, ptr %".2174", align 2
  %".2178" = zext i16 %".2177" to i64
  %"cursor.131" = and i64 %".2178", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".2180" = trunc i64 2048 to i16
  %".2181" = call i16 @"llvm.bswap.i16"(i16 %".2180")
  %".2182" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".2181", ptr %".2182", align 2
  %".2184" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".2184", align 1
  %".2186" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.29" = load volatile i32, ptr %".2186", align 4
  %".2187" = and i32 %"flags.29", 4
  %".2188" = icmp ne i32 %".2187", 0
  br i1 %".2188", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".2202" = trunc i64 34525 to i16
  %".2203" = call i16 @"llvm.bswap.i16"(i16 %".2202")
  %".2204" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".2203", ptr %".2204", align 2
  %".2206" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".2206", align 1
  %".2208" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.30" = load volatile i32, ptr %".2208", align 4
  %".2209" = and i32 %"flags.30", 4
  %".2210" = icmp ne i32 %".2209", 0
  br i1 %".2210", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.119" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.120", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.134", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"cursor.135", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.136", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data.98" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.98" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.98" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.45" = getelementptr i8, ptr %"data.98", i64 %"cursor.119"
  %".4871" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4872" = icmp ugt ptr %".4871", %"data_end.98"
  br i1 %".4872", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".4874" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4875" = load i8, ptr %".4874", align 1
  %".4876" = getelementptr i8, ptr %"hdr.45", i64 1
  %".4877" = load i8, ptr %".4876", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.18" = phi  i8 [%".4875", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".4896", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4877", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".4898", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".4900" = zext i8 %"w0_1.18" to i64
  %".4901" = trunc i64 %".4900" to i8
  %".4902" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %".4901", ptr %".4902", align 1
  %".4904" = add i64 %"cursor.119", 2
  %".4905" = zext i8 %"w1_1.12" to i64
  %".4906" = mul i64 %".4905", 8
  %".4907" = add i64 %".4906", 6
  %".4908" = add i64 %".4907", 2
  %"end.12" = add i64 %"cursor.119", %".4908"
  %".4909" = zext i8 %"w0_1.18" to i64
  switch i64 %".4909", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.121" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".2257", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data.99" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data_end.99" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"keys.99" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"hdr.46" = getelementptr i8, ptr %"data.99", i64 %"cursor.121"
  %".5032" = getelementptr i8, ptr %"hdr.46", i64 8
  %".5033" = icmp ugt ptr %".5032", %"data_end.99"
  br i1 %".5033", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".5035" = getelementptr i8, ptr %"hdr.46", i64 0
  %".5036" = load i8, ptr %".5035", align 1
  %".5037" = getelementptr i8, ptr %"hdr.46", i64 2
  %".5038" = load i16, ptr %".5037", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.19" = phi  i8 [%".5036", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".5057", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".5038", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".5059", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.180" = phi  ptr [%"data.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.180" = phi  ptr [%"data_end.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.180" = phi  ptr [%"keys.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".5061" = zext i8 %"w0_1.19" to i64
  %".5062" = trunc i64 %".5061" to i8
  %".5063" = getelementptr i8, ptr %"keys.180", i64 9
  store i8 %".5062", ptr %".5063", align 1
  %".5065" = add i64 %"cursor.121", 8
  %".5066" = icmp ne i64 1, 0
  %".5067" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".5068" = zext i16 %".5067" to i64
  %".5069" = and i64 %".5068", 65528
  %".5070" = icmp eq i64 %".5069", 0
  br i1 %".5066", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".2190" = trunc i64 %"end.4" to i16
  %".2191" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2190", ptr %".2191", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".2194" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 0, ptr %".2194", align 4
  %".2196" = getelementptr i8, ptr %"keys.97", i64 2
  %".2197" = trunc i64 %"end.4" to i16
  store volatile i16 %".2197", ptr %".2196", align 2
  %".2199" = load volatile i16, ptr %".2196", align 2
  %".2200" = zext i16 %".2199" to i64
  %"cursor.132" = and i64 %".2200", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".2212" = trunc i64 %"end.4" to i16
  %".2213" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2212", ptr %".2213", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2216" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 0, ptr %".2216", align 4
  %".2218" = getelementptr i8, ptr %"keys.97", i64 2
  %".2219" = trunc i64 %"end.4" to i16
  store volatile i16 %".2219", ptr %".2218", align 2
  %".2221" = load volatile i16, ptr %".2218", align 2
  %".2222" = zext i16 %".2221" to i64
  %"cursor.133" = and i64 %".2222", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2232" = trunc i64 %"cursor.29" to i32
  %".2233" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".2232", [40 x i8]* %"header_copy", i32 8)
  %".2234" = icmp eq i64 %".2233", 0
  %".2235" = getelementptr i8, ptr %"ctx.25", i64 76
  %".2236" = load i32, ptr %".2235", align 4
  %".2237" = zext i32 %".2236" to i64
  %"data.100" = inttoptr i64 %".2237" to ptr
  %".2238" = getelementptr i8, ptr %"ctx.25", i64 80
  %".2239" = load i32, ptr %".2238", align 4
  %".2240" = zext i32 %".2239" to i64
  %"data_end.100" = inttoptr i64 %".2240" to ptr
  %".2241" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.100" = load ptr, ptr %".2241", align 8
  %".2242" = xor i1 %".2234", -1
  br i1 %".2242", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".2244" = trunc i64 %"cursor.29" to i16
  %".2245" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2244", ptr %".2245", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".2248" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2249" = load volatile i8, [40 x i8]* %".2248", align 1
  %".2250" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2251" = load volatile i16, [40 x i8]* %".2250", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".2264" = getelementptr i8, ptr %"keys.101", i64 6
  store i8 1, ptr %".2264", align 1
  br i1 %".2262", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".2284" = zext i8 %"w0_1.6" to i64
  switch i64 %".2284", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".2267" = getelementptr i8, ptr %"keys.101", i64 7
  store i8 1, ptr %".2267", align 1
  %".2269" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.31" = load volatile i32, ptr %".2269", align 4
  %".2270" = and i32 %"flags.31", 1
  %".2271" = icmp ne i32 %".2270", 0
  %".2272" = xor i1 %".2271", -1
  br i1 %".2272", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".2279" = trunc i64 %".2257" to i16
  %".2280" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2279", ptr %".2280", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".2274" = trunc i64 %".2257" to i16
  %".2275" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2274", ptr %".2275", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".2286" = trunc i64 %".2257" to i16
  %".2287" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2286", ptr %".2287", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  %".2290" = getelementptr i8, ptr %"keys.101", i64 2
  %".2291" = trunc i64 %".2257" to i16
  store volatile i16 %".2291", ptr %".2290", align 2
  %".2293" = load volatile i16, ptr %".2290", align 2
  %".2294" = zext i16 %".2293" to i64
  %"cursor.134" = and i64 %".2294", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  %".2296" = getelementptr i8, ptr %"keys.101", i64 2
  %".2297" = trunc i64 %".2257" to i16
  store volatile i16 %".2297", ptr %".2296", align 2
  %".2299" = load volatile i16, ptr %".2296", align 2
  %".2300" = zext i16 %".2299" to i64
  %"cursor.135" = and i64 %".2300", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  %".2302" = getelementptr i8, ptr %"keys.101", i64 2
  %".2303" = trunc i64 %".2257" to i16
  store volatile i16 %".2303", ptr %".2302", align 2
  %".2305" = load volatile i16, ptr %".2302", align 2
  %".2306" = zext i16 %".2305" to i64
  %"cursor.136" = and i64 %".2306", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  %".2309" = getelementptr i8, ptr %"keys.101", i64 2
  %".2310" = trunc i64 %".2257" to i16
  store volatile i16 %".2310", ptr %".2309", align 2
  %".2312" = load volatile i16, ptr %".2309", align 2
  %".2313" = zext i16 %".2312" to i64
  %"cursor.137" = and i64 %".2313", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  %".2315" = getelementptr i8, ptr %"keys.101", i64 2
  %".2316" = trunc i64 %".2257" to i16
  store volatile i16 %".2316", ptr %".2315", align 2
  %".2318" = load volatile i16, ptr %".2315", align 2
  %".2319" = zext i16 %".2318" to i64
  %"cursor.138" = and i64 %".2319", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  %".2321" = getelementptr i8, ptr %"keys.101", i64 2
  %".2322" = trunc i64 %".2257" to i16
  store volatile i16 %".2322", ptr %".2321", align 2
  %".2324" = load volatile i16, ptr %".2321", align 2
  %".2325" = zext i16 %".2324" to i64
  %"cursor.139" = and i64 %".2325", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre_version:
  %".2327" = getelementptr i8, ptr %"keys.101", i64 2
  %".2328" = trunc i64 %".2257" to i16
  store volatile i16 %".2328", ptr %".2327", align 2
  %".2330" = load volatile i16, ptr %".2327", align 2
  %".2331" = zext i16 %".2330" to i64
  %"cursor.140" = and i64 %".2331", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  %".2333" = getelementptr i8, ptr %"keys.101", i64 2
  %".2334" = trunc i64 %".2257" to i16
  store volatile i16 %".2334", ptr %".2333", align 2
  %".2336" = load volatile i16, ptr %".2333", align 2
  %".2337" = zext i16 %".2336" to i64
  %"cursor.141" = and i64 %".2337", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  %".2339" = getelementptr i8, ptr %"keys.101", i64 2
  %".2340" = trunc i64 %".2257" to i16
  store volatile i16 %".2340", ptr %".2339", align 2
  %".2342" = load volatile i16, ptr %".2339", align 2
  %".2343" = zext i16 %".2342" to i64
  %"cursor.142" = and i64 %".2343", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  %".2345" = getelementptr i8, ptr %"keys.101", i64 2
  %".2346" = trunc i64 %".2257" to i16
  store volatile i16 %".2346", ptr %".2345", align 2
  %".2348" = load volatile i16, ptr %".2345", align 2
  %".2349" = zext i16 %".2348" to i64
  %"cursor.143" = and i64 %".2349", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  %".2351" = getelementptr i8, ptr %"keys.101", i64 2
  %".2352" = trunc i64 %".2257" to i16
  store volatile i16 %".2352", ptr %".2351", align 2
  %".2354" = load volatile i16, ptr %".2351", align 2
  %".2355" = zext i16 %".2354" to i64
  %"cursor.144" = and i64 %".2355", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  %".2357" = getelementptr i8, ptr %"keys.101", i64 2
  %".2358" = trunc i64 %".2257" to i16
  store volatile i16 %".2358", ptr %".2357", align 2
  %".2360" = load volatile i16, ptr %".2357", align 2
  %".2361" = zext i16 %".2360" to i64
  %"cursor.145" = and i64 %".2361", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".2363" = trunc i64 34887 to i16
  %".2364" = call i16 @"llvm.bswap.i16"(i16 %".2363")
  %".2365" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".2364", ptr %".2365", align 2
  %".2367" = getelementptr i8, ptr %"keys.101", i64 2
  %".2368" = trunc i64 %".2257" to i16
  store volatile i16 %".2368", ptr %".2367", align 2
  %".2370" = load volatile i16, ptr %".2367", align 2
  %".2371" = zext i16 %".2370" to i64
  %"cursor.146" = and i64 %".2371", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".2373" = trunc i64 2048 to i16
  %".2374" = call i16 @"llvm.bswap.i16"(i16 %".2373")
  %".2375" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".2374", ptr %".2375", align 2
  %".2377" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".2377", align 1
  %".2379" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.32" = load volatile i32, ptr %".2379", align 4
  %".2380" = and i32 %"flags.32", 4
  %".2381" = icmp ne i32 %".2380", 0
  br i1 %".2381", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".2395" = trunc i64 34525 to i16
  %".2396" = call i16 @"llvm.bswap.i16"(i16 %".2395")
  %".2397" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".2396", ptr %".2397", align 2
  %".2399" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".2399", align 1
  %".2401" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.33" = load volatile i32, ptr %".2401", align 4
  %".2402" = and i32 %"flags.33", 4
  %".2403" = icmp ne i32 %".2402", 0
  br i1 %".2403", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".2383" = trunc i64 %".2257" to i16
  %".2384" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2383", ptr %".2384", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".2387" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".2387", align 4
  %".2389" = getelementptr i8, ptr %"keys.101", i64 2
  %".2390" = trunc i64 %".2257" to i16
  store volatile i16 %".2390", ptr %".2389", align 2
  %".2392" = load volatile i16, ptr %".2389", align 2
  %".2393" = zext i16 %".2392" to i64
  %"cursor.147" = and i64 %".2393", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".2405" = trunc i64 %".2257" to i16
  %".2406" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2405", ptr %".2406", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2409" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".2409", align 4
  %".2411" = getelementptr i8, ptr %"keys.101", i64 2
  %".2412" = trunc i64 %".2257" to i16
  store volatile i16 %".2412", ptr %".2411", align 2
  %".2414" = load volatile i16, ptr %".2411", align 2
  %".2415" = zext i16 %".2414" to i64
  %"cursor.148" = and i64 %".2415", 16383
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2421" = trunc i64 %"cursor.30" to i32
  %".2422" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".2421", [40 x i8]* %"header_copy", i32 4)
  %".2423" = icmp eq i64 %".2422", 0
  %".2424" = getelementptr i8, ptr %"ctx.26", i64 76
  %".2425" = load i32, ptr %".2424", align 4
  %".2426" = zext i32 %".2425" to i64
  %"data.102" = inttoptr i64 %".2426" to ptr
  %".2427" = getelementptr i8, ptr %"ctx.26", i64 80
  %".2428" = load i32, ptr %".2427", align 4
  %".2429" = zext i32 %".2428" to i64
  %"data_end.102" = inttoptr i64 %".2429" to ptr
  %".2430" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.102" = load ptr, ptr %".2430", align 8
  %".2431" = xor i1 %".2423", -1
  br i1 %".2431", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".2433" = trunc i64 %"cursor.30" to i16
  %".2434" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2433", ptr %".2434", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2449" = trunc i64 %"cursor.34" to i32
  %".2450" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".2449", [40 x i8]* %"header_copy", i32 4)
  %".2451" = icmp eq i64 %".2450", 0
  %".2452" = getelementptr i8, ptr %"ctx.27", i64 76
  %".2453" = load i32, ptr %".2452", align 4
  %".2454" = zext i32 %".2453" to i64
  %"data.104" = inttoptr i64 %".2454" to ptr
  %".2455" = getelementptr i8, ptr %"ctx.27", i64 80
  %".2456" = load i32, ptr %".2455", align 4
  %".2457" = zext i32 %".2456" to i64
  %"data_end.104" = inttoptr i64 %".2457" to ptr
  %".2458" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.104" = load ptr, ptr %".2458", align 8
  %".2459" = xor i1 %".2451", -1
  br i1 %".2459", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".2461" = trunc i64 %"cursor.34" to i16
  %".2462" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2461", ptr %".2462", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".2465" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2466" = load volatile i16, [40 x i8]* %".2465", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2481" = trunc i64 %".2474" to i16
  %".2482" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2481", ptr %".2482", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  %".2485" = getelementptr i8, ptr %"keys.105", i64 2
  %".2486" = trunc i64 %".2474" to i16
  store volatile i16 %".2486", ptr %".2485", align 2
  %".2488" = load volatile i16, ptr %".2485", align 2
  %".2489" = zext i16 %".2488" to i64
  %"cursor.149" = and i64 %".2489", 16383
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  %".2491" = getelementptr i8, ptr %"keys.105", i64 2
  %".2492" = trunc i64 %".2474" to i16
  store volatile i16 %".2492", ptr %".2491", align 2
  %".2494" = load volatile i16, ptr %".2491", align 2
  %".2495" = zext i16 %".2494" to i64
  %"cursor.150" = and i64 %".2495", 16383
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2497" = trunc i64 %".2474" to i16
  %".2498" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2497", ptr %".2498", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2501" = trunc i64 %".2474" to i16
  %".2502" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2501", ptr %".2502", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  %".2505" = getelementptr i8, ptr %"keys.105", i64 2
  %".2506" = trunc i64 %".2474" to i16
  store volatile i16 %".2506", ptr %".2505", align 2
  %".2508" = load volatile i16, ptr %".2505", align 2
  %".2509" = zext i16 %".2508" to i64
  %"cursor.151" = and i64 %".2509", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  %".2511" = getelementptr i8, ptr %"keys.105", i64 2
  %".2512" = trunc i64 %".2474" to i16
  store volatile i16 %".2512", ptr %".2511", align 2
  %".2514" = load volatile i16, ptr %".2511", align 2
  %".2515" = zext i16 %".2514" to i64
  %"cursor.152" = and i64 %".2515", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  %".2517" = getelementptr i8, ptr %"keys.105", i64 2
  %".2518" = trunc i64 %".2474" to i16
  store volatile i16 %".2518", ptr %".2517", align 2
  %".2520" = load volatile i16, ptr %".2517", align 2
  %".2521" = zext i16 %".2520" to i64
  %"cursor.153" = and i64 %".2521", 16383
  br label %"pppoe_d0"
vlan_d0_vlan_tags2.to_arp:
  %".2523" = getelementptr i8, ptr %"keys.105", i64 2
  %".2524" = trunc i64 %".2474" to i16
  store volatile i16 %".2524", ptr %".2523", align 2
  %".2526" = load volatile i16, ptr %".2523", align 2
  %".2527" = zext i16 %".2526" to i64
  %"cursor.154" = and i64 %".2527", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_arp.1:
  %".2529" = getelementptr i8, ptr %"keys.105", i64 2
  %".2530" = trunc i64 %".2474" to i16
  store volatile i16 %".2530", ptr %".2529", align 2
  %".2532" = load volatile i16, ptr %".2529", align 2
  %".2533" = zext i16 %".2532" to i64
  %"cursor.155" = and i64 %".2533", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_ptp:
  %".2535" = getelementptr i8, ptr %"keys.105", i64 2
  %".2536" = trunc i64 %".2474" to i16
  store volatile i16 %".2536", ptr %".2535", align 2
  %".2538" = load volatile i16, ptr %".2535", align 2
  %".2539" = zext i16 %".2538" to i64
  %"cursor.156" = and i64 %".2539", 16383
  br label %"ptp"
vlan_d0_vlan_tags2.to_cfm:
  %".2541" = getelementptr i8, ptr %"keys.105", i64 2
  %".2542" = trunc i64 %".2474" to i16
  store volatile i16 %".2542", ptr %".2541", align 2
  %".2544" = load volatile i16, ptr %".2541", align 2
  %".2545" = zext i16 %".2544" to i64
  %"cursor.157" = and i64 %".2545", 16383
  br label %"cfm"
vlan_d0_vlan_tags2.to_tipc:
  %".2547" = getelementptr i8, ptr %"keys.105", i64 2
  %".2548" = trunc i64 %".2474" to i16
  store volatile i16 %".2548", ptr %".2547", align 2
  %".2550" = load volatile i16, ptr %".2547", align 2
  %".2551" = zext i16 %".2550" to i64
  %"cursor.158" = and i64 %".2551", 16383
  br label %"tipc"
vlan_d0_vlan_tags2.to_fcoe:
  %".2553" = getelementptr i8, ptr %"keys.105", i64 2
  %".2554" = trunc i64 %".2474" to i16
  store volatile i16 %".2554", ptr %".2553", align 2
  %".2556" = load volatile i16, ptr %".2553", align 2
  %".2557" = zext i16 %".2556" to i64
  %"cursor.159" = and i64 %".2557", 16383
  br label %"fcoe"
vlan_d0_vlan_tags2.to_hsr:
  %".2559" = trunc i64 %".2474" to i16
  %".2560" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2559", ptr %".2560", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2563" = trunc i64 %".2474" to i16
  %".2564" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2563", ptr %".2564", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  %".2567" = getelementptr i8, ptr %"keys.105", i64 2
  %".2568" = trunc i64 %".2474" to i16
  store volatile i16 %".2568", ptr %".2567", align 2
  %".2570" = load volatile i16, ptr %".2567", align 2
  %".2571" = zext i16 %".2570" to i64
  %"cursor.160" = and i64 %".2571", 16383
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2579" = trunc i64 %"cursor.39" to i32
  %".2580" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2579", [40 x i8]* %"header_copy", i32 6)
  %".2581" = icmp eq i64 %".2580", 0
  %".2582" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2583" = load i32, ptr %".2582", align 4
  %".2584" = zext i32 %".2583" to i64
  %"data.106" = inttoptr i64 %".2584" to ptr
  %".2585" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2586" = load i32, ptr %".2585", align 4
  %".2587" = zext i32 %".2586" to i64
  %"data_end.106" = inttoptr i64 %".2587" to ptr
  %".2588" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.106" = load ptr, ptr %".2588", align 8
  %".2589" = xor i1 %".2581", -1
  br i1 %".2589", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2591" = trunc i64 %"cursor.39" to i16
  %".2592" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2591", ptr %".2592", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2595" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2596" = load volatile i16, [40 x i8]* %".2595", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2611" = trunc i64 %".2604" to i16
  %".2612" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2611", ptr %".2612", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv4:
  %".2615" = getelementptr i8, ptr %"keys.107", i64 2
  %".2616" = trunc i64 %".2604" to i16
  store volatile i16 %".2616", ptr %".2615", align 2
  %".2618" = load volatile i16, ptr %".2615", align 2
  %".2619" = zext i16 %".2618" to i64
  %"cursor.161" = and i64 %".2619", 16383
  br label %"ipv4_d0"
hsr_d0_vlan_tags2.to_ipv6:
  %".2621" = getelementptr i8, ptr %"keys.107", i64 2
  %".2622" = trunc i64 %".2604" to i16
  store volatile i16 %".2622", ptr %".2621", align 2
  %".2624" = load volatile i16, ptr %".2621", align 2
  %".2625" = zext i16 %".2624" to i64
  %"cursor.162" = and i64 %".2625", 16383
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2627" = trunc i64 %".2604" to i16
  %".2628" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2627", ptr %".2628", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2631" = trunc i64 %".2604" to i16
  %".2632" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2631", ptr %".2632", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_mpls:
  %".2635" = getelementptr i8, ptr %"keys.107", i64 2
  %".2636" = trunc i64 %".2604" to i16
  store volatile i16 %".2636", ptr %".2635", align 2
  %".2638" = load volatile i16, ptr %".2635", align 2
  %".2639" = zext i16 %".2638" to i64
  %"cursor.163" = and i64 %".2639", 16383
  br label %"mpls_d0_mpls_labels1"
hsr_d0_vlan_tags2.to_mpls.1:
  %".2641" = getelementptr i8, ptr %"keys.107", i64 2
  %".2642" = trunc i64 %".2604" to i16
  store volatile i16 %".2642", ptr %".2641", align 2
  %".2644" = load volatile i16, ptr %".2641", align 2
  %".2645" = zext i16 %".2644" to i64
  %"cursor.164" = and i64 %".2645", 16383
  br label %"mpls_d0_mpls_labels1"
hsr_d0_vlan_tags2.to_pppoe:
  %".2647" = getelementptr i8, ptr %"keys.107", i64 2
  %".2648" = trunc i64 %".2604" to i16
  store volatile i16 %".2648", ptr %".2647", align 2
  %".2650" = load volatile i16, ptr %".2647", align 2
  %".2651" = zext i16 %".2650" to i64
  %"cursor.165" = and i64 %".2651", 16383
  br label %"pppoe_d0"
hsr_d0_vlan_tags2.to_arp:
  %".2653" = getelementptr i8, ptr %"keys.107", i64 2
  %".2654" = trunc i64 %".2604" to i16
  store volatile i16 %".2654", ptr %".2653", align 2
  %".2656" = load volatile i16, ptr %".2653", align 2
  %".2657" = zext i16 %".2656" to i64
  %"cursor.166" = and i64 %".2657", 16383
  br label %"arp"
hsr_d0_vlan_tags2.to_arp.1:
  %".2659" = getelementptr i8, ptr %"keys.107", i64 2
  %".2660" = trunc i64 %".2604" to i16
  store volatile i16 %".2660", ptr %".2659", align 2
  %".2662" = load volatile i16, ptr %".2659", align 2
  %".2663" = zext i16 %".2662" to i64
  %"cursor.167" = and i64 %".2663", 16383
  br label %"arp"
hsr_d0_vlan_tags2.to_ptp:
  %".2665" = getelementptr i8, ptr %"keys.107", i64 2
  %".2666" = trunc i64 %".2604" to i16
  store volatile i16 %".2666", ptr %".2665", align 2
  %".2668" = load volatile i16, ptr %".2665", align 2
  %".2669" = zext i16 %".2668" to i64
  %"cursor.168" = and i64 %".2669", 16383
  br label %"ptp"
hsr_d0_vlan_tags2.to_cfm:
  %".2671" = getelementptr i8, ptr %"keys.107", i64 2
  %".2672" = trunc i64 %".2604" to i16
  store volatile i16 %".2672", ptr %".2671", align 2
  %".2674" = load volatile i16, ptr %".2671", align 2
  %".2675" = zext i16 %".2674" to i64
  %"cursor.169" = and i64 %".2675", 16383
  br label %"cfm"
hsr_d0_vlan_tags2.to_tipc:
  %".2677" = getelementptr i8, ptr %"keys.107", i64 2
  %".2678" = trunc i64 %".2604" to i16
  store volatile i16 %".2678", ptr %".2677", align 2
  %".2680" = load volatile i16, ptr %".2677", align 2
  %".2681" = zext i16 %".2680" to i64
  %"cursor.170" = and i64 %".2681", 16383
  br label %"tipc"
hsr_d0_vlan_tags2.to_fcoe:
  %".2683" = getelementptr i8, ptr %"keys.107", i64 2
  %".2684" = trunc i64 %".2604" to i16
  store volatile i16 %".2684", ptr %".2683", align 2
  %".2686" = load volatile i16, ptr %".2683", align 2
  %".2687" = zext i16 %".2686" to i64
  %"cursor.171" = and i64 %".2687", 16383
  br label %"fcoe"
hsr_d0_vlan_tags2.to_hsr:
  %".2689" = trunc i64 %".2604" to i16
  %".2690" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2689", ptr %".2690", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2693" = trunc i64 %".2604" to i16
  %".2694" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2693", ptr %".2694", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  %".2697" = getelementptr i8, ptr %"keys.107", i64 2
  %".2698" = trunc i64 %".2604" to i16
  store volatile i16 %".2698", ptr %".2697", align 2
  %".2700" = load volatile i16, ptr %".2697", align 2
  %".2701" = zext i16 %".2700" to i64
  %"cursor.172" = and i64 %".2701", 16383
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2710" = trunc i64 %"cursor.40" to i32
  %".2711" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2710", [40 x i8]* %"header_copy", i32 4)
  %".2712" = icmp eq i64 %".2711", 0
  %".2713" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2714" = load i32, ptr %".2713", align 4
  %".2715" = zext i32 %".2714" to i64
  %"data.108" = inttoptr i64 %".2715" to ptr
  %".2716" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2717" = load i32, ptr %".2716", align 4
  %".2718" = zext i32 %".2717" to i64
  %"data_end.108" = inttoptr i64 %".2718" to ptr
  %".2719" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.108" = load ptr, ptr %".2719", align 8
  %".2720" = xor i1 %".2712", -1
  br i1 %".2720", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2722" = trunc i64 %".2703" to i16
  %".2723" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2722", ptr %".2723", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2726" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2727" = load volatile i8, [40 x i8]* %".2726", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2733" = trunc i64 %".2729" to i16
  %".2734" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2733", ptr %".2734", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels2.to_ip_version:
  %".2738" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2738", align 1
  %".2740" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.34" = load volatile i32, ptr %".2740", align 4
  %".2741" = and i32 %"flags.34", 4
  %".2742" = icmp ne i32 %".2741", 0
  br i1 %".2742", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels3:
  %"cursor.173" = phi  i64 [%".2729", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.110" = phi  ptr [%"data.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.110" = phi  ptr [%"data_end.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.110" = phi  ptr [%"keys.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %".5225" = add i64 %"cursor.173", 4
  %"hdr.47" = getelementptr i8, ptr %"data.110", i64 %"cursor.173"
  %".5226" = getelementptr i8, ptr %"hdr.47", i64 4
  %".5227" = icmp ugt ptr %".5226", %"data_end.110"
  br i1 %".5227", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".5229" = getelementptr i8, ptr %"hdr.47", i64 2
  %".5230" = load i8, ptr %".5229", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".5230", %"mpls_d0_mpls_labels3.linear"], [%".5249", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.182" = phi  ptr [%"data.110", %"mpls_d0_mpls_labels3.linear"], [%"data.181", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.182" = phi  ptr [%"data_end.110", %"mpls_d0_mpls_labels3.linear"], [%"data_end.181", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.182" = phi  ptr [%"keys.110", %"mpls_d0_mpls_labels3.linear"], [%"keys.181", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".5251" = add i64 %"cursor.173", 4
  %".5252" = zext i8 %"w2_1.3" to i64
  %".5253" = and i64 %".5252", 1
  switch i64 %".5253", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels2.stop_at_encap:
  %".2744" = trunc i64 %".2729" to i16
  %".2745" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2744", ptr %".2745", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2748" = getelementptr i8, ptr %"keys.109", i64 12
  store i32 0, ptr %".2748", align 4
  %".2750" = getelementptr i8, ptr %"keys.109", i64 2
  %".2751" = trunc i64 %".2729" to i16
  store volatile i16 %".2751", ptr %".2750", align 2
  %".2753" = load volatile i16, ptr %".2750", align 2
  %".2754" = zext i16 %".2753" to i64
  %"cursor.174" = and i64 %".2754", 16383
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2762" = trunc i64 %"cursor.41" to i32
  %".2763" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2762", [40 x i8]* %"header_copy", i32 1)
  %".2764" = icmp eq i64 %".2763", 0
  %".2765" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2766" = load i32, ptr %".2765", align 4
  %".2767" = zext i32 %".2766" to i64
  %"data.111" = inttoptr i64 %".2767" to ptr
  %".2768" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2769" = load i32, ptr %".2768", align 4
  %".2770" = zext i32 %".2769" to i64
  %"data_end.111" = inttoptr i64 %".2770" to ptr
  %".2771" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.111" = load ptr, ptr %".2771", align 8
  %".2772" = xor i1 %".2764", -1
  br i1 %".2772", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2774" = trunc i64 %"cursor.41" to i16
  %".2775" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2774", ptr %".2775", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2778" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2779" = load volatile i8, [40 x i8]* %".2778", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2785" = trunc i64 %"cursor.41" to i16
  %".2786" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2785", ptr %".2786", align 2
  br label %"return"
ip_version_d1.to_ipv4:
  %".2789" = getelementptr i8, ptr %"keys.112", i64 2
  %".2790" = trunc i64 %"cursor.41" to i16
  store volatile i16 %".2790", ptr %".2789", align 2
  %".2792" = load volatile i16, ptr %".2789", align 2
  %".2793" = zext i16 %".2792" to i64
  %"cursor.175" = and i64 %".2793", 16383
  br label %"ipv4_d1"
ip_version_d1.to_ipv6:
  %".2795" = getelementptr i8, ptr %"keys.112", i64 2
  %".2796" = trunc i64 %"cursor.41" to i16
  store volatile i16 %".2796", ptr %".2795", align 2
  %".2798" = load volatile i16, ptr %".2795", align 2
  %".2799" = zext i16 %".2798" to i64
  %"cursor.176" = and i64 %".2799", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2812" = trunc i64 %"cursor.66" to i32
  %".2813" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2812", [40 x i8]* %"header_copy", i32 4)
  %".2814" = icmp eq i64 %".2813", 0
  %".2815" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2816" = load i32, ptr %".2815", align 4
  %".2817" = zext i32 %".2816" to i64
  %"data.113" = inttoptr i64 %".2817" to ptr
  %".2818" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2819" = load i32, ptr %".2818", align 4
  %".2820" = zext i32 %".2819" to i64
  %"data_end.113" = inttoptr i64 %".2820" to ptr
  %".2821" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.113" = load ptr, ptr %".2821", align 8
  %".2822" = xor i1 %".2814", -1
  br i1 %".2822", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2824" = trunc i64 %"cursor.66" to i16
  %".2825" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2824", ptr %".2825", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2828" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2829" = load volatile i16, [40 x i8]* %".2828", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2844" = trunc i64 %".2837" to i16
  %".2845" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2844", ptr %".2845", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  %".2848" = getelementptr i8, ptr %"keys.114", i64 2
  %".2849" = trunc i64 %".2837" to i16
  store volatile i16 %".2849", ptr %".2848", align 2
  %".2851" = load volatile i16, ptr %".2848", align 2
  %".2852" = zext i16 %".2851" to i64
  %"cursor.177" = and i64 %".2852", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  %".2854" = getelementptr i8, ptr %"keys.114", i64 2
  %".2855" = trunc i64 %".2837" to i16
  store volatile i16 %".2855", ptr %".2854", align 2
  %".2857" = load volatile i16, ptr %".2854", align 2
  %".2858" = zext i16 %".2857" to i64
  %"cursor.178" = and i64 %".2858", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  %".2860" = getelementptr i8, ptr %"keys.114", i64 2
  %".2861" = trunc i64 %".2837" to i16
  store volatile i16 %".2861", ptr %".2860", align 2
  %".2863" = load volatile i16, ptr %".2860", align 2
  %".2864" = zext i16 %".2863" to i64
  %"cursor.180" = and i64 %".2864", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  %".2866" = getelementptr i8, ptr %"keys.114", i64 2
  %".2867" = trunc i64 %".2837" to i16
  store volatile i16 %".2867", ptr %".2866", align 2
  %".2869" = load volatile i16, ptr %".2866", align 2
  %".2870" = zext i16 %".2869" to i64
  %"cursor.181" = and i64 %".2870", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  %".2872" = getelementptr i8, ptr %"keys.114", i64 2
  %".2873" = trunc i64 %".2837" to i16
  store volatile i16 %".2873", ptr %".2872", align 2
  %".2875" = load volatile i16, ptr %".2872", align 2
  %".2876" = zext i16 %".2875" to i64
  %"cursor.182" = and i64 %".2876", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  %".2878" = getelementptr i8, ptr %"keys.114", i64 2
  %".2879" = trunc i64 %".2837" to i16
  store volatile i16 %".2879", ptr %".2878", align 2
  %".2881" = load volatile i16, ptr %".2878", align 2
  %".2882" = zext i16 %".2881" to i64
  %"cursor.183" = and i64 %".2882", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  %".2884" = getelementptr i8, ptr %"keys.114", i64 2
  %".2885" = trunc i64 %".2837" to i16
  store volatile i16 %".2885", ptr %".2884", align 2
  %".2887" = load volatile i16, ptr %".2884", align 2
  %".2888" = zext i16 %".2887" to i64
  %"cursor.184" = and i64 %".2888", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1.to_arp:
  %".2890" = getelementptr i8, ptr %"keys.114", i64 2
  %".2891" = trunc i64 %".2837" to i16
  store volatile i16 %".2891", ptr %".2890", align 2
  %".2893" = load volatile i16, ptr %".2890", align 2
  %".2894" = zext i16 %".2893" to i64
  %"cursor.185" = and i64 %".2894", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_arp.1:
  %".2896" = getelementptr i8, ptr %"keys.114", i64 2
  %".2897" = trunc i64 %".2837" to i16
  store volatile i16 %".2897", ptr %".2896", align 2
  %".2899" = load volatile i16, ptr %".2896", align 2
  %".2900" = zext i16 %".2899" to i64
  %"cursor.186" = and i64 %".2900", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_ptp:
  %".2902" = getelementptr i8, ptr %"keys.114", i64 2
  %".2903" = trunc i64 %".2837" to i16
  store volatile i16 %".2903", ptr %".2902", align 2
  %".2905" = load volatile i16, ptr %".2902", align 2
  %".2906" = zext i16 %".2905" to i64
  %"cursor.187" = and i64 %".2906", 16383
  br label %"ptp"
vlan_d1_vlan_tags1.to_cfm:
  %".2908" = getelementptr i8, ptr %"keys.114", i64 2
  %".2909" = trunc i64 %".2837" to i16
  store volatile i16 %".2909", ptr %".2908", align 2
  %".2911" = load volatile i16, ptr %".2908", align 2
  %".2912" = zext i16 %".2911" to i64
  %"cursor.188" = and i64 %".2912", 16383
  br label %"cfm"
vlan_d1_vlan_tags1.to_tipc:
  %".2914" = getelementptr i8, ptr %"keys.114", i64 2
  %".2915" = trunc i64 %".2837" to i16
  store volatile i16 %".2915", ptr %".2914", align 2
  %".2917" = load volatile i16, ptr %".2914", align 2
  %".2918" = zext i16 %".2917" to i64
  %"cursor.189" = and i64 %".2918", 16383
  br label %"tipc"
vlan_d1_vlan_tags1.to_fcoe:
  %".2920" = getelementptr i8, ptr %"keys.114", i64 2
  %".2921" = trunc i64 %".2837" to i16
  store volatile i16 %".2921", ptr %".2920", align 2
  %".2923" = load volatile i16, ptr %".2920", align 2
  %".2924" = zext i16 %".2923" to i64
  %"cursor.190" = and i64 %".2924", 16383
  br label %"fcoe"
vlan_d1_vlan_tags1.to_hsr:
  %".2926" = getelementptr i8, ptr %"keys.114", i64 2
  %".2927" = trunc i64 %".2837" to i16
  store volatile i16 %".2927", ptr %".2926", align 2
  %".2929" = load volatile i16, ptr %".2926", align 2
  %".2930" = zext i16 %".2929" to i64
  %"cursor.192" = and i64 %".2930", 16383
  br label %"hsr_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_hsr.1:
  %".2932" = getelementptr i8, ptr %"keys.114", i64 2
  %".2933" = trunc i64 %".2837" to i16
  store volatile i16 %".2933", ptr %".2932", align 2
  %".2935" = load volatile i16, ptr %".2932", align 2
  %".2936" = zext i16 %".2935" to i64
  %"cursor.193" = and i64 %".2936", 16383
  br label %"hsr_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_batadv:
  %".2938" = getelementptr i8, ptr %"keys.114", i64 2
  %".2939" = trunc i64 %".2837" to i16
  store volatile i16 %".2939", ptr %".2938", align 2
  %".2941" = load volatile i16, ptr %".2938", align 2
  %".2942" = zext i16 %".2941" to i64
  %"cursor.194" = and i64 %".2942", 16383
  br label %"batadv_d1"
vlan_d1_vlan_tags2:
  %"cursor.179" = phi  i64 [%"cursor.180", %"vlan_d1_vlan_tags1.to_vlan"], [%"cursor.181", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"cursor.203", %"hsr_d1_vlan_tags1.to_vlan"], [%"cursor.204", %"hsr_d1_vlan_tags1.to_vlan.1"]
  %"data.115" = phi  ptr [%"data.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.123", %"hsr_d1_vlan_tags1.to_vlan.1"]
  %"data_end.115" = phi  ptr [%"data_end.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_vlan.1"]
  %"keys.115" = phi  ptr [%"keys.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.123", %"hsr_d1_vlan_tags1.to_vlan.1"]
  %"hdr.48" = getelementptr i8, ptr %"data.115", i64 %"cursor.179"
  %".5278" = getelementptr i8, ptr %"hdr.48", i64 4
  %".5279" = icmp ugt ptr %".5278", %"data_end.115"
  br i1 %".5279", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".5281" = getelementptr i8, ptr %"hdr.48", i64 2
  %".5282" = load i16, ptr %".5281", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.18" = phi  i16 [%".5282", %"vlan_d1_vlan_tags2.linear"], [%".5301", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.185" = phi  ptr [%"data.115", %"vlan_d1_vlan_tags2.linear"], [%"data.184", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.185" = phi  ptr [%"data_end.115", %"vlan_d1_vlan_tags2.linear"], [%"data_end.184", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.185" = phi  ptr [%"keys.115", %"vlan_d1_vlan_tags2.linear"], [%"keys.184", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".5303" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".5304" = zext i16 %".5303" to i64
  %".5305" = trunc i64 %".5304" to i16
  %".5306" = call i16 @"llvm.bswap.i16"(i16 %".5305")
  %".5307" = getelementptr i8, ptr %"keys.185", i64 10
  store i16 %".5306", ptr %".5307", align 2
  %".5309" = add i64 %"cursor.179", 4
  %".5310" = trunc i64 %".5309" to i16
  %".5311" = getelementptr i8, ptr %"keys.185", i64 0
  store i16 %".5310", ptr %".5311", align 2
  %".5313" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".5314" = zext i16 %".5313" to i64
  switch i64 %".5314", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]
hsr_d1_vlan_tags2:
  %"cursor.191" = phi  i64 [%"cursor.192", %"vlan_d1_vlan_tags1.to_hsr"], [%"cursor.193", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"cursor.214", %"hsr_d1_vlan_tags1.to_hsr"], [%"cursor.215", %"hsr_d1_vlan_tags1.to_hsr.1"]
  %"data.116" = phi  ptr [%"data.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.123", %"hsr_d1_vlan_tags1.to_hsr.1"]
  %"data_end.116" = phi  ptr [%"data_end.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_hsr.1"]
  %"keys.116" = phi  ptr [%"keys.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.123", %"hsr_d1_vlan_tags1.to_hsr.1"]
  %"hdr.49" = getelementptr i8, ptr %"data.116", i64 %"cursor.191"
  %".5408" = getelementptr i8, ptr %"hdr.49", i64 6
  %".5409" = icmp ugt ptr %".5408", %"data_end.116"
  br i1 %".5409", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".5411" = getelementptr i8, ptr %"hdr.49", i64 4
  %".5412" = load i16, ptr %".5411", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".5412", %"hsr_d1_vlan_tags2.linear"], [%".5431", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.187" = phi  ptr [%"data.116", %"hsr_d1_vlan_tags2.linear"], [%"data.186", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.187" = phi  ptr [%"data_end.116", %"hsr_d1_vlan_tags2.linear"], [%"data_end.186", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.187" = phi  ptr [%"keys.116", %"hsr_d1_vlan_tags2.linear"], [%"keys.186", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".5433" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".5434" = zext i16 %".5433" to i64
  %".5435" = trunc i64 %".5434" to i16
  %".5436" = call i16 @"llvm.bswap.i16"(i16 %".5435")
  %".5437" = getelementptr i8, ptr %"keys.187", i64 10
  store i16 %".5436", ptr %".5437", align 2
  %".5439" = add i64 %"cursor.191", 6
  %".5440" = trunc i64 %".5439" to i16
  %".5441" = getelementptr i8, ptr %"keys.187", i64 0
  store i16 %".5440", ptr %".5441", align 2
  %".5443" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".5444" = zext i16 %".5443" to i64
  switch i64 %".5444", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]
mpls_d1_mpls_labels1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2951" = trunc i64 %"cursor.69" to i32
  %".2952" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2951", [40 x i8]* %"header_copy", i32 4)
  %".2953" = icmp eq i64 %".2952", 0
  %".2954" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2955" = load i32, ptr %".2954", align 4
  %".2956" = zext i32 %".2955" to i64
  %"data.117" = inttoptr i64 %".2956" to ptr
  %".2957" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2958" = load i32, ptr %".2957", align 4
  %".2959" = zext i32 %".2958" to i64
  %"data_end.117" = inttoptr i64 %".2959" to ptr
  %".2960" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.117" = load ptr, ptr %".2960", align 8
  %".2961" = xor i1 %".2953", -1
  br i1 %".2961", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2963" = trunc i64 %".2944" to i16
  %".2964" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2963", ptr %".2964", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2967" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2968" = load volatile i8, [40 x i8]* %".2967", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2974" = trunc i64 %".2970" to i16
  %".2975" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2974", ptr %".2975", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_mpls:
  %".2978" = getelementptr i8, ptr %"keys.118", i64 2
  %".2979" = trunc i64 %".2970" to i16
  store volatile i16 %".2979", ptr %".2978", align 2
  %".2981" = load volatile i16, ptr %".2978", align 2
  %".2982" = zext i16 %".2981" to i64
  %"cursor.196" = and i64 %".2982", 16383
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels1.to_ip_version:
  %".2984" = getelementptr i8, ptr %"keys.118", i64 8
  store i8 1, ptr %".2984", align 1
  %".2986" = getelementptr i8, ptr %"keys.118", i64 48
  %"flags.35" = load volatile i32, ptr %".2986", align 4
  %".2987" = and i32 %"flags.35", 4
  %".2988" = icmp ne i32 %".2987", 0
  br i1 %".2988", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels2:
  %"cursor.195" = phi  i64 [%"cursor.196", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.119" = phi  ptr [%"data.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.119" = phi  ptr [%"data_end.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.119" = phi  ptr [%"keys.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %".5538" = add i64 %"cursor.195", 4
  %"hdr.50" = getelementptr i8, ptr %"data.119", i64 %"cursor.195"
  %".5539" = getelementptr i8, ptr %"hdr.50", i64 4
  %".5540" = icmp ugt ptr %".5539", %"data_end.119"
  br i1 %".5540", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".5542" = getelementptr i8, ptr %"hdr.50", i64 2
  %".5543" = load i8, ptr %".5542", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".5543", %"mpls_d1_mpls_labels2.linear"], [%".5562", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.189" = phi  ptr [%"data.119", %"mpls_d1_mpls_labels2.linear"], [%"data.188", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.119", %"mpls_d1_mpls_labels2.linear"], [%"data_end.188", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.119", %"mpls_d1_mpls_labels2.linear"], [%"keys.188", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".5564" = add i64 %"cursor.195", 4
  %".5565" = zext i8 %"w2_1.4" to i64
  %".5566" = and i64 %".5565", 1
  switch i64 %".5566", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels1.stop_at_encap:
  %".2990" = trunc i64 %".2970" to i16
  %".2991" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2990", ptr %".2991", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2994" = getelementptr i8, ptr %"keys.118", i64 12
  store i32 0, ptr %".2994", align 4
  %".2996" = trunc i64 %".2970" to i16
  %".2997" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2996", ptr %".2997", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3010" = trunc i64 %"cursor.72" to i32
  %".3011" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".3010", [40 x i8]* %"header_copy", i32 8)
  %".3012" = icmp eq i64 %".3011", 0
  %".3013" = getelementptr i8, ptr %"ctx.33", i64 76
  %".3014" = load i32, ptr %".3013", align 4
  %".3015" = zext i32 %".3014" to i64
  %"data.120" = inttoptr i64 %".3015" to ptr
  %".3016" = getelementptr i8, ptr %"ctx.33", i64 80
  %".3017" = load i32, ptr %".3016", align 4
  %".3018" = zext i32 %".3017" to i64
  %"data_end.120" = inttoptr i64 %".3018" to ptr
  %".3019" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.120" = load ptr, ptr %".3019", align 8
  %".3020" = xor i1 %".3012", -1
  br i1 %".3020", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".3022" = trunc i64 %"cursor.72" to i16
  %".3023" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3022", ptr %".3023", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".3026" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3027" = load volatile i8, [40 x i8]* %".3026", align 1
  %".3028" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3029" = load volatile i8, [40 x i8]* %".3028", align 1
  %".3030" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".3031" = load volatile i16, [40 x i8]* %".3030", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".3046" = trunc i64 %"cursor.72" to i16
  %".3047" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".3046", ptr %".3047", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".3050" = add i64 %"cursor.72", 8
  %".3051" = trunc i64 %".3050" to i16
  %".3052" = getelementptr i8, ptr %"keys.121", i64 0
  store i16 %".3051", ptr %".3052", align 2
  %".3054" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".3055" = zext i16 %".3054" to i64
  switch i64 %".3055", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]
pppoe_d1.unknown:
  %".3057" = and i64 %".3055", 257
  %".3058" = icmp eq i64 %".3057", 1
  br i1 %".3058", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".3064" = trunc i64 2048 to i16
  %".3065" = call i16 @"llvm.bswap.i16"(i16 %".3064")
  %".3066" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".3065", ptr %".3066", align 2
  %".3068" = getelementptr i8, ptr %"keys.121", i64 2
  %".3069" = trunc i64 %".3050" to i16
  store volatile i16 %".3069", ptr %".3068", align 2
  %".3071" = load volatile i16, ptr %".3068", align 2
  %".3072" = zext i16 %".3071" to i64
  %"cursor.197" = and i64 %".3072", 16383
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".3074" = trunc i64 34525 to i16
  %".3075" = call i16 @"llvm.bswap.i16"(i16 %".3074")
  %".3076" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".3075", ptr %".3076", align 2
  %".3078" = getelementptr i8, ptr %"keys.121", i64 2
  %".3079" = trunc i64 %".3050" to i16
  store volatile i16 %".3079", ptr %".3078", align 2
  %".3081" = load volatile i16, ptr %".3078", align 2
  %".3082" = zext i16 %".3081" to i64
  %"cursor.198" = and i64 %".3082", 16383
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".3084" = trunc i64 34887 to i16
  %".3085" = call i16 @"llvm.bswap.i16"(i16 %".3084")
  %".3086" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".3085", ptr %".3086", align 2
  %".3088" = getelementptr i8, ptr %"keys.121", i64 2
  %".3089" = trunc i64 %".3050" to i16
  store volatile i16 %".3089", ptr %".3088", align 2
  %".3091" = load volatile i16, ptr %".3088", align 2
  %".3092" = zext i16 %".3091" to i64
  %"cursor.199" = and i64 %".3092", 16383
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".3094" = trunc i64 34888 to i16
  %".3095" = call i16 @"llvm.bswap.i16"(i16 %".3094")
  %".3096" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".3095", ptr %".3096", align 2
  %".3098" = getelementptr i8, ptr %"keys.121", i64 2
  %".3099" = trunc i64 %".3050" to i16
  store volatile i16 %".3099", ptr %".3098", align 2
  %".3101" = load volatile i16, ptr %".3098", align 2
  %".3102" = zext i16 %".3101" to i64
  %"cursor.200" = and i64 %".3102", 16383
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".3060" = trunc i64 %".3050" to i16
  %".3061" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".3060", ptr %".3061", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3111" = trunc i64 %"cursor.80" to i32
  %".3112" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".3111", [40 x i8]* %"header_copy", i32 6)
  %".3113" = icmp eq i64 %".3112", 0
  %".3114" = getelementptr i8, ptr %"ctx.34", i64 76
  %".3115" = load i32, ptr %".3114", align 4
  %".3116" = zext i32 %".3115" to i64
  %"data.122" = inttoptr i64 %".3116" to ptr
  %".3117" = getelementptr i8, ptr %"ctx.34", i64 80
  %".3118" = load i32, ptr %".3117", align 4
  %".3119" = zext i32 %".3118" to i64
  %"data_end.122" = inttoptr i64 %".3119" to ptr
  %".3120" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.122" = load ptr, ptr %".3120", align 8
  %".3121" = xor i1 %".3113", -1
  br i1 %".3121", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".3123" = trunc i64 %"cursor.80" to i16
  %".3124" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".3123", ptr %".3124", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".3127" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3128" = load volatile i16, [40 x i8]* %".3127", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".3143" = trunc i64 %".3136" to i16
  %".3144" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3143", ptr %".3144", align 2
  br label %"return"
hsr_d1_vlan_tags1.to_ipv4:
  %".3147" = getelementptr i8, ptr %"keys.123", i64 2
  %".3148" = trunc i64 %".3136" to i16
  store volatile i16 %".3148", ptr %".3147", align 2
  %".3150" = load volatile i16, ptr %".3147", align 2
  %".3151" = zext i16 %".3150" to i64
  %"cursor.201" = and i64 %".3151", 16383
  br label %"ipv4_d1"
hsr_d1_vlan_tags1.to_ipv6:
  %".3153" = getelementptr i8, ptr %"keys.123", i64 2
  %".3154" = trunc i64 %".3136" to i16
  store volatile i16 %".3154", ptr %".3153", align 2
  %".3156" = load volatile i16, ptr %".3153", align 2
  %".3157" = zext i16 %".3156" to i64
  %"cursor.202" = and i64 %".3157", 16383
  br label %"ipv6_d1"
hsr_d1_vlan_tags1.to_vlan:
  %".3159" = getelementptr i8, ptr %"keys.123", i64 2
  %".3160" = trunc i64 %".3136" to i16
  store volatile i16 %".3160", ptr %".3159", align 2
  %".3162" = load volatile i16, ptr %".3159", align 2
  %".3163" = zext i16 %".3162" to i64
  %"cursor.203" = and i64 %".3163", 16383
  br label %"vlan_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_vlan.1:
  %".3165" = getelementptr i8, ptr %"keys.123", i64 2
  %".3166" = trunc i64 %".3136" to i16
  store volatile i16 %".3166", ptr %".3165", align 2
  %".3168" = load volatile i16, ptr %".3165", align 2
  %".3169" = zext i16 %".3168" to i64
  %"cursor.204" = and i64 %".3169", 16383
  br label %"vlan_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_mpls:
  %".3171" = getelementptr i8, ptr %"keys.123", i64 2
  %".3172" = trunc i64 %".3136" to i16
  store volatile i16 %".3172", ptr %".3171", align 2
  %".3174" = load volatile i16, ptr %".3171", align 2
  %".3175" = zext i16 %".3174" to i64
  %"cursor.205" = and i64 %".3175", 16383
  br label %"mpls_d1_mpls_labels1"
hsr_d1_vlan_tags1.to_mpls.1:
  %".3177" = getelementptr i8, ptr %"keys.123", i64 2
  %".3178" = trunc i64 %".3136" to i16
  store volatile i16 %".3178", ptr %".3177", align 2
  %".3180" = load volatile i16, ptr %".3177", align 2
  %".3181" = zext i16 %".3180" to i64
  %"cursor.206" = and i64 %".3181", 16383
  br label %"mpls_d1_mpls_labels1"
hsr_d1_vlan_tags1.to_pppoe:
  %".3183" = getelementptr i8, ptr %"keys.123", i64 2
  %".3184" = trunc i64 %".3136" to i16
  store volatile i16 %".3184", ptr %".3183", align 2
  %".3186" = load volatile i16, ptr %".3183", align 2
  %".3187" = zext i16 %".3186" to i64
  %"cursor.207" = and i64 %".3187", 16383
  br label %"pppoe_d1"
hsr_d1_vlan_tags1.to_arp:
  %".3189" = getelementptr i8, ptr %"keys.123", i64 2
  %".3190" = trunc i64 %".3136" to i16
  store volatile i16 %".3190", ptr %".3189", align 2
  %".3192" = load volatile i16, ptr %".3189", align 2
  %".3193" = zext i16 %".3192" to i64
  %"cursor.208" = and i64 %".3193", 16383
  br label %"arp"
hsr_d1_vlan_tags1.to_arp.1:
  %".3195" = getelementptr i8, ptr %"keys.123", i64 2
  %".3196" = trunc i64 %".3136" to i16
  store volatile i16 %".3196", ptr %".3195", align 2
  %".3198" = load volatile i16, ptr %".3195", align 2
  %".3199" = zext i16 %".3198" to i64
  %"cursor.209" = and i64 %".3199", 16383
  br label %"arp"
hsr_d1_vlan_tags1.to_ptp:
  %".3201" = getelementptr i8, ptr %"keys.123", i64 2
  %".3202" = trunc i64 %".3136" to i16
  store volatile i16 %".3202", ptr %".3201", align 2
  %".3204" = load volatile i16, ptr %".3201", align 2
  %".3205" = zext i16 %".3204" to i64
  %"cursor.210" = and i64 %".3205", 16383
  br label %"ptp"
hsr_d1_vlan_tags1.to_cfm:
  %".3207" = getelementptr i8, ptr %"keys.123", i64 2
  %".3208" = trunc i64 %".3136" to i16
  store volatile i16 %".3208", ptr %".3207", align 2
  %".3210" = load volatile i16, ptr %".3207", align 2
  %".3211" = zext i16 %".3210" to i64
  %"cursor.211" = and i64 %".3211", 16383
  br label %"cfm"
hsr_d1_vlan_tags1.to_tipc:
  %".3213" = getelementptr i8, ptr %"keys.123", i64 2
  %".3214" = trunc i64 %".3136" to i16
  store volatile i16 %".3214", ptr %".3213", align 2
  %".3216" = load volatile i16, ptr %".3213", align 2
  %".3217" = zext i16 %".3216" to i64
  %"cursor.212" = and i64 %".3217", 16383
  br label %"tipc"
hsr_d1_vlan_tags1.to_fcoe:
  %".3219" = getelementptr i8, ptr %"keys.123", i64 2
  %".3220" = trunc i64 %".3136" to i16
  store volatile i16 %".3220", ptr %".3219", align 2
  %".3222" = load volatile i16, ptr %".3219", align 2
  %".3223" = zext i16 %".3222" to i64
  %"cursor.213" = and i64 %".3223", 16383
  br label %"fcoe"
hsr_d1_vlan_tags1.to_hsr:
  %".3225" = getelementptr i8, ptr %"keys.123", i64 2
  %".3226" = trunc i64 %".3136" to i16
  store volatile i16 %".3226", ptr %".3225", align 2
  %".3228" = load volatile i16, ptr %".3225", align 2
  %".3229" = zext i16 %".3228" to i64
  %"cursor.214" = and i64 %".3229", 16383
  br label %"hsr_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_hsr.1:
  %".3231" = getelementptr i8, ptr %"keys.123", i64 2
  %".3232" = trunc i64 %".3136" to i16
  store volatile i16 %".3232", ptr %".3231", align 2
  %".3234" = load volatile i16, ptr %".3231", align 2
  %".3235" = zext i16 %".3234" to i64
  %"cursor.215" = and i64 %".3235", 16383
  br label %"hsr_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_batadv:
  %".3237" = getelementptr i8, ptr %"keys.123", i64 2
  %".3238" = trunc i64 %".3136" to i16
  store volatile i16 %".3238", ptr %".3237", align 2
  %".3240" = load volatile i16, ptr %".3237", align 2
  %".3241" = zext i16 %".3240" to i64
  %"cursor.216" = and i64 %".3241", 16383
  br label %"batadv_d1"
batadv_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3253" = trunc i64 %"cursor.83" to i32
  %".3254" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".3253", [40 x i8]* %"header_copy", i32 24)
  %".3255" = icmp eq i64 %".3254", 0
  %".3256" = getelementptr i8, ptr %"ctx.35", i64 76
  %".3257" = load i32, ptr %".3256", align 4
  %".3258" = zext i32 %".3257" to i64
  %"data.124" = inttoptr i64 %".3258" to ptr
  %".3259" = getelementptr i8, ptr %"ctx.35", i64 80
  %".3260" = load i32, ptr %".3259", align 4
  %".3261" = zext i32 %".3260" to i64
  %"data_end.124" = inttoptr i64 %".3261" to ptr
  %".3262" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.124" = load ptr, ptr %".3262", align 8
  %".3263" = xor i1 %".3255", -1
  br i1 %".3263", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".3265" = trunc i64 %"cursor.83" to i16
  %".3266" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3265", ptr %".3266", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".3269" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3270" = load volatile i8, [40 x i8]* %".3269", align 1
  %".3271" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3272" = load volatile i8, [40 x i8]* %".3271", align 1
  %".3273" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".3274" = load volatile i16, [40 x i8]* %".3273", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".3283" = trunc i64 %"cursor.83" to i16
  %".3284" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3283", ptr %".3284", align 2
  br label %"return"
batadv_d1.require.endif:
  %".3287" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".3288" = zext i16 %".3287" to i64
  %".3289" = trunc i64 %".3288" to i16
  %".3290" = call i16 @"llvm.bswap.i16"(i16 %".3289")
  %".3291" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3290", ptr %".3291", align 2
  %".3293" = add i64 %"cursor.83", 24
  %".3294" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".3295" = zext i16 %".3294" to i64
  switch i64 %".3295", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]
batadv_d1.unknown:
  %".3297" = trunc i64 %".3293" to i16
  %".3298" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3297", ptr %".3298", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".3301" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3301", align 1
  %".3303" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.36" = load volatile i32, ptr %".3303", align 4
  %".3304" = and i32 %"flags.36", 4
  %".3305" = icmp ne i32 %".3304", 0
  br i1 %".3305", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".3317" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3317", align 1
  %".3319" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.37" = load volatile i32, ptr %".3319", align 4
  %".3320" = and i32 %"flags.37", 4
  %".3321" = icmp ne i32 %".3320", 0
  br i1 %".3321", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".3333" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3333", align 1
  %".3335" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.38" = load volatile i32, ptr %".3335", align 4
  %".3336" = and i32 %"flags.38", 4
  %".3337" = icmp ne i32 %".3336", 0
  br i1 %".3337", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".3349" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3349", align 1
  %".3351" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.39" = load volatile i32, ptr %".3351", align 4
  %".3352" = and i32 %"flags.39", 4
  %".3353" = icmp ne i32 %".3352", 0
  br i1 %".3353", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".3365" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3365", align 1
  %".3367" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.40" = load volatile i32, ptr %".3367", align 4
  %".3368" = and i32 %"flags.40", 4
  %".3369" = icmp ne i32 %".3368", 0
  br i1 %".3369", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".3381" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3381", align 1
  %".3383" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.41" = load volatile i32, ptr %".3383", align 4
  %".3384" = and i32 %"flags.41", 4
  %".3385" = icmp ne i32 %".3384", 0
  br i1 %".3385", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".3397" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3397", align 1
  %".3399" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.42" = load volatile i32, ptr %".3399", align 4
  %".3400" = and i32 %"flags.42", 4
  %".3401" = icmp ne i32 %".3400", 0
  br i1 %".3401", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".3413" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3413", align 1
  %".3415" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.43" = load volatile i32, ptr %".3415", align 4
  %".3416" = and i32 %"flags.43", 4
  %".3417" = icmp ne i32 %".3416", 0
  br i1 %".3417", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".3429" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3429", align 1
  %".3431" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.44" = load volatile i32, ptr %".3431", align 4
  %".3432" = and i32 %"flags.44", 4
  %".3433" = icmp ne i32 %".3432", 0
  br i1 %".3433", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".3445" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3445", align 1
  %".3447" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.45" = load volatile i32, ptr %".3447", align 4
  %".3448" = and i32 %"flags.45", 4
  %".3449" = icmp ne i32 %".3448", 0
  br i1 %".3449", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".3461" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3461", align 1
  %".3463" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.46" = load volatile i32, ptr %".3463", align 4
  %".3464" = and i32 %"flags.46", 4
  %".3465" = icmp ne i32 %".3464", 0
  br i1 %".3465", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".3477" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3477", align 1
  %".3479" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.47" = load volatile i32, ptr %".3479", align 4
  %".3480" = and i32 %"flags.47", 4
  %".3481" = icmp ne i32 %".3480", 0
  br i1 %".3481", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".3493" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3493", align 1
  %".3495" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.48" = load volatile i32, ptr %".3495", align 4
  %".3496" = and i32 %"flags.48", 4
  %".3497" = icmp ne i32 %".3496", 0
  br i1 %".3497", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".3509" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3509", align 1
  %".3511" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.49" = load volatile i32, ptr %".3511", align 4
  %".3512" = and i32 %"flags.49", 4
  %".3513" = icmp ne i32 %".3512", 0
  br i1 %".3513", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".3525" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3525", align 1
  %".3527" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.50" = load volatile i32, ptr %".3527", align 4
  %".3528" = and i32 %"flags.50", 4
  %".3529" = icmp ne i32 %".3528", 0
  br i1 %".3529", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".3541" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3541", align 1
  %".3543" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.51" = load volatile i32, ptr %".3543", align 4
  %".3544" = and i32 %"flags.51", 4
  %".3545" = icmp ne i32 %".3544", 0
  br i1 %".3545", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".3307" = trunc i64 %".3293" to i16
  %".3308" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3307", ptr %".3308", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".3311" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3311", align 4
  %".3313" = trunc i64 %".3293" to i16
  %".3314" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3313", ptr %".3314", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".3323" = trunc i64 %".3293" to i16
  %".3324" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3323", ptr %".3324", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".3327" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3327", align 4
  %".3329" = trunc i64 %".3293" to i16
  %".3330" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3329", ptr %".3330", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".3339" = trunc i64 %".3293" to i16
  %".3340" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3339", ptr %".3340", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".3343" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3343", align 4
  %".3345" = trunc i64 %".3293" to i16
  %".3346" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3345", ptr %".3346", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".3355" = trunc i64 %".3293" to i16
  %".3356" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3355", ptr %".3356", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".3359" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3359", align 4
  %".3361" = trunc i64 %".3293" to i16
  %".3362" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3361", ptr %".3362", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".3371" = trunc i64 %".3293" to i16
  %".3372" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3371", ptr %".3372", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".3375" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3375", align 4
  %".3377" = trunc i64 %".3293" to i16
  %".3378" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3377", ptr %".3378", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".3387" = trunc i64 %".3293" to i16
  %".3388" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3387", ptr %".3388", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".3391" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3391", align 4
  %".3393" = trunc i64 %".3293" to i16
  %".3394" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3393", ptr %".3394", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".3403" = trunc i64 %".3293" to i16
  %".3404" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3403", ptr %".3404", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".3407" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3407", align 4
  %".3409" = trunc i64 %".3293" to i16
  %".3410" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3409", ptr %".3410", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".3419" = trunc i64 %".3293" to i16
  %".3420" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3419", ptr %".3420", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".3423" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3423", align 4
  %".3425" = trunc i64 %".3293" to i16
  %".3426" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3425", ptr %".3426", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".3435" = trunc i64 %".3293" to i16
  %".3436" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3435", ptr %".3436", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".3439" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3439", align 4
  %".3441" = trunc i64 %".3293" to i16
  %".3442" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3441", ptr %".3442", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".3451" = trunc i64 %".3293" to i16
  %".3452" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3451", ptr %".3452", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".3455" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3455", align 4
  %".3457" = trunc i64 %".3293" to i16
  %".3458" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3457", ptr %".3458", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".3467" = trunc i64 %".3293" to i16
  %".3468" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3467", ptr %".3468", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".3471" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3471", align 4
  %".3473" = trunc i64 %".3293" to i16
  %".3474" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3473", ptr %".3474", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".3483" = trunc i64 %".3293" to i16
  %".3484" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3483", ptr %".3484", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".3487" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3487", align 4
  %".3489" = trunc i64 %".3293" to i16
  %".3490" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3489", ptr %".3490", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".3499" = trunc i64 %".3293" to i16
  %".3500" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3499", ptr %".3500", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".3503" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3503", align 4
  %".3505" = trunc i64 %".3293" to i16
  %".3506" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3505", ptr %".3506", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".3515" = trunc i64 %".3293" to i16
  %".3516" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3515", ptr %".3516", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".3519" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3519", align 4
  %".3521" = trunc i64 %".3293" to i16
  %".3522" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3521", ptr %".3522", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".3531" = trunc i64 %".3293" to i16
  %".3532" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3531", ptr %".3532", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".3535" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3535", align 4
  %".3537" = trunc i64 %".3293" to i16
  %".3538" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3537", ptr %".3538", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".3547" = trunc i64 %".3293" to i16
  %".3548" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3547", ptr %".3548", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".3551" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".3551", align 4
  %".3553" = trunc i64 %".3293" to i16
  %".3554" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3553", ptr %".3554", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3563" = trunc i64 %"cursor.85" to i32
  %".3564" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".3563", [40 x i8]* %"header_copy", i32 20)
  %".3565" = icmp eq i64 %".3564", 0
  %".3566" = getelementptr i8, ptr %"ctx.36", i64 76
  %".3567" = load i32, ptr %".3566", align 4
  %".3568" = zext i32 %".3567" to i64
  %"data.126" = inttoptr i64 %".3568" to ptr
  %".3569" = getelementptr i8, ptr %"ctx.36", i64 80
  %".3570" = load i32, ptr %".3569", align 4
  %".3571" = zext i32 %".3570" to i64
  %"data_end.126" = inttoptr i64 %".3571" to ptr
  %".3572" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.126" = load ptr, ptr %".3572", align 8
  %".3573" = xor i1 %".3565", -1
  br i1 %".3573", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".3575" = trunc i64 %"cursor.85" to i16
  %".3576" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3575", ptr %".3576", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".3579" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3580" = load volatile i8, [40 x i8]* %".3579", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".3588" = trunc i64 %"cursor.85" to i16
  %".3589" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3588", ptr %".3589", align 2
  br label %"return"
tcp_header.require.endif:
  %".3592" = add i64 %"cursor.85", 20
  %".3593" = zext i8 %"w12_1" to i64
  %".3594" = lshr i64 %".3593", 4
  %".3595" = and i64 %".3594", 15
  %".3596" = mul i64 %".3595", 4
  %".3597" = sub i64 %".3596", 20
  %".3598" = add i64 %".3597", 20
  %".3599" = getelementptr i8, ptr %"data.127", i64 %"cursor.85"
  %".3600" = getelementptr i8, ptr %".3599", i64 %".3598"
  %".3601" = icmp ugt ptr %".3600", %"data_end.127"
  br i1 %".3601", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.129" = phi  ptr [%"data.127", %"tcp_header.require.endif"], [%"data.128", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.127", %"tcp_header.require.endif"], [%"data_end.128", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.127", %"tcp_header.require.endif"], [%"keys.128", %"tcp_header.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.85", %".3598"
  %".3622" = trunc i64 %"cursor.85" to i16
  %".3623" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3622", ptr %".3623", align 2
  br label %"return"
tcp_header.copy_last_byte:
  %".3603" = add i64 %"cursor.85", %".3598"
  %".3604" = sub i64 %".3603", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3605" = trunc i64 %".3604" to i32
  %".3606" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".3605", i64* %"last_byte", i32 1)
  %".3607" = icmp eq i64 %".3606", 0
  %".3608" = getelementptr i8, ptr %"ctx.37", i64 76
  %".3609" = load i32, ptr %".3608", align 4
  %".3610" = zext i32 %".3609" to i64
  %"data.128" = inttoptr i64 %".3610" to ptr
  %".3611" = getelementptr i8, ptr %"ctx.37", i64 80
  %".3612" = load i32, ptr %".3611", align 4
  %".3613" = zext i32 %".3612" to i64
  %"data_end.128" = inttoptr i64 %".3613" to ptr
  %".3614" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.128" = load ptr, ptr %".3614", align 8
  %".3615" = xor i1 %".3607", -1
  br i1 %".3615", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".3617" = trunc i64 %"cursor.85" to i16
  %".3618" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3617", ptr %".3618", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3630" = trunc i64 %"cursor.86" to i32
  %".3631" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".3630", [40 x i8]* %"header_copy", i32 8)
  %".3632" = icmp eq i64 %".3631", 0
  %".3633" = getelementptr i8, ptr %"ctx.38", i64 76
  %".3634" = load i32, ptr %".3633", align 4
  %".3635" = zext i32 %".3634" to i64
  %"data.130" = inttoptr i64 %".3635" to ptr
  %".3636" = getelementptr i8, ptr %"ctx.38", i64 80
  %".3637" = load i32, ptr %".3636", align 4
  %".3638" = zext i32 %".3637" to i64
  %"data_end.130" = inttoptr i64 %".3638" to ptr
  %".3639" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.130" = load ptr, ptr %".3639", align 8
  %".3640" = xor i1 %".3632", -1
  br i1 %".3640", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".3642" = trunc i64 %"cursor.86" to i16
  %".3643" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".3642", ptr %".3643", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".3654" = trunc i64 %".3647" to i16
  %".3655" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3654", ptr %".3655", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".3658" = getelementptr i8, ptr %"keys.131", i64 12
  store i32 0, ptr %".3658", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.unknown:
  %".3661" = trunc i64 %".3647" to i16
  %".3662" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3661", ptr %".3662", align 2
  br label %"return"
vxlan_d0.to_ethernet:
  %".3665" = getelementptr i8, ptr %"keys.131", i64 2
  %".3666" = trunc i64 %".3647" to i16
  store volatile i16 %".3666", ptr %".3665", align 2
  %".3668" = load volatile i16, ptr %".3665", align 2
  %".3669" = zext i16 %".3668" to i64
  %"cursor.218" = and i64 %".3669", 16383
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.217" = phi  i64 [%"cursor.218", %"vxlan_d0.to_ethernet"], [%"cursor.219", %"geneve_d0.to_ethernet"], [%"cursor.246", %"gre_d0.to_ethernet"]
  %"data.132" = phi  ptr [%"data.131", %"vxlan_d0.to_ethernet"], [%"data.136", %"geneve_d0.to_ethernet"], [%"data.150", %"gre_d0.to_ethernet"]
  %"data_end.132" = phi  ptr [%"data_end.131", %"vxlan_d0.to_ethernet"], [%"data_end.136", %"geneve_d0.to_ethernet"], [%"data_end.150", %"gre_d0.to_ethernet"]
  %"keys.132" = phi  ptr [%"keys.131", %"vxlan_d0.to_ethernet"], [%"keys.136", %"geneve_d0.to_ethernet"], [%"keys.150", %"gre_d0.to_ethernet"]
  %"hdr.51" = getelementptr i8, ptr %"data.132", i64 %"cursor.217"
  %".5594" = getelementptr i8, ptr %"hdr.51", i64 14
  %".5595" = icmp ugt ptr %".5594", %"data_end.132"
  br i1 %".5595", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".5597" = getelementptr i8, ptr %"hdr.51", i64 12
  %".5598" = load i16, ptr %".5597", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".5598", %"ethernet_d1.linear"], [%".5617", %"ethernet_d1.copy_failed.endif"]
  %"data.192" = phi  ptr [%"data.132", %"ethernet_d1.linear"], [%"data.191", %"ethernet_d1.copy_failed.endif"]
  %"data_end.192" = phi  ptr [%"data_end.132", %"ethernet_d1.linear"], [%"data_end.191", %"ethernet_d1.copy_failed.endif"]
  %"keys.192" = phi  ptr [%"keys.132", %"ethernet_d1.linear"], [%"keys.191", %"ethernet_d1.copy_failed.endif"]
  %".5619" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".5620" = zext i16 %".5619" to i64
  %".5621" = trunc i64 %".5620" to i16
  %".5622" = call i16 @"llvm.bswap.i16"(i16 %".5621")
  %".5623" = getelementptr i8, ptr %"keys.192", i64 10
  store i16 %".5622", ptr %".5623", align 2
  %".5625" = add i64 %"cursor.217", 14
  %".5626" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".5627" = zext i16 %".5626" to i64
  switch i64 %".5627", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]
geneve_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3679" = trunc i64 %"cursor.87" to i32
  %".3680" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3679", [40 x i8]* %"header_copy", i32 8)
  %".3681" = icmp eq i64 %".3680", 0
  %".3682" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3683" = load i32, ptr %".3682", align 4
  %".3684" = zext i32 %".3683" to i64
  %"data.133" = inttoptr i64 %".3684" to ptr
  %".3685" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3686" = load i32, ptr %".3685", align 4
  %".3687" = zext i32 %".3686" to i64
  %"data_end.133" = inttoptr i64 %".3687" to ptr
  %".3688" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.133" = load ptr, ptr %".3688", align 8
  %".3689" = xor i1 %".3681", -1
  br i1 %".3689", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".3691" = trunc i64 %"cursor.87" to i16
  %".3692" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3691", ptr %".3692", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".3695" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3696" = load volatile i8, [40 x i8]* %".3695", align 1
  %".3697" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3698" = load volatile i16, [40 x i8]* %".3697", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".3705" = trunc i64 %"cursor.87" to i16
  %".3706" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3705", ptr %".3706", align 2
  br label %"return"
geneve_d0.stop_before.endif:
  %".3709" = add i64 %"cursor.87", 8
  %".3710" = zext i8 %"w0_1.10" to i64
  %".3711" = and i64 %".3710", 63
  %".3712" = mul i64 %".3711", 4
  %".3713" = add i64 %".3712", 8
  %".3714" = getelementptr i8, ptr %"data.134", i64 %"cursor.87"
  %".3715" = getelementptr i8, ptr %".3714", i64 %".3713"
  %".3716" = icmp ugt ptr %".3715", %"data_end.134"
  br i1 %".3716", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.136" = phi  ptr [%"data.134", %"geneve_d0.stop_before.endif"], [%"data.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.134", %"geneve_d0.stop_before.endif"], [%"data_end.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.134", %"geneve_d0.stop_before.endif"], [%"keys.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.87", %".3713"
  %".3737" = getelementptr i8, ptr %"keys.136", i64 8
  store i8 1, ptr %".3737", align 1
  %".3739" = getelementptr i8, ptr %"keys.136", i64 48
  %"flags.53" = load volatile i32, ptr %".3739", align 4
  %".3740" = and i32 %"flags.53", 4
  %".3741" = icmp ne i32 %".3740", 0
  br i1 %".3741", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
geneve_d0.copy_last_byte:
  %".3718" = add i64 %"cursor.87", %".3713"
  %".3719" = sub i64 %".3718", 1
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3720" = trunc i64 %".3719" to i32
  %".3721" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3720", i64* %"last_byte", i32 1)
  %".3722" = icmp eq i64 %".3721", 0
  %".3723" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3724" = load i32, ptr %".3723", align 4
  %".3725" = zext i32 %".3724" to i64
  %"data.135" = inttoptr i64 %".3725" to ptr
  %".3726" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3727" = load i32, ptr %".3726", align 4
  %".3728" = zext i32 %".3727" to i64
  %"data_end.135" = inttoptr i64 %".3728" to ptr
  %".3729" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.135" = load ptr, ptr %".3729", align 8
  %".3730" = xor i1 %".3722", -1
  br i1 %".3730", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".3732" = trunc i64 %"cursor.87" to i16
  %".3733" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3732", ptr %".3733", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".3743" = trunc i64 %"end.6" to i16
  %".3744" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3743", ptr %".3744", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".3747" = getelementptr i8, ptr %"keys.136", i64 12
  store i32 0, ptr %".3747", align 4
  %".3749" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3750" = zext i16 %".3749" to i64
  switch i64 %".3750", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]
geneve_d0.unknown:
  %".3752" = trunc i64 %"end.6" to i16
  %".3753" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3752", ptr %".3753", align 2
  br label %"return"
geneve_d0.to_ethernet:
  %".3756" = getelementptr i8, ptr %"keys.136", i64 2
  %".3757" = trunc i64 %"end.6" to i16
  store volatile i16 %".3757", ptr %".3756", align 2
  %".3759" = load volatile i16, ptr %".3756", align 2
  %".3760" = zext i16 %".3759" to i64
  %"cursor.219" = and i64 %".3760", 16383
  br label %"ethernet_d1"
geneve_d0.to_ipv4:
  %".3762" = getelementptr i8, ptr %"keys.136", i64 2
  %".3763" = trunc i64 %"end.6" to i16
  store volatile i16 %".3763", ptr %".3762", align 2
  %".3765" = load volatile i16, ptr %".3762", align 2
  %".3766" = zext i16 %".3765" to i64
  %"cursor.220" = and i64 %".3766", 16383
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  %".3768" = getelementptr i8, ptr %"keys.136", i64 2
  %".3769" = trunc i64 %"end.6" to i16
  store volatile i16 %".3769", ptr %".3768", align 2
  %".3771" = load volatile i16, ptr %".3768", align 2
  %".3772" = zext i16 %".3771" to i64
  %"cursor.221" = and i64 %".3772", 16383
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3782" = trunc i64 %"cursor.88" to i32
  %".3783" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3782", [40 x i8]* %"header_copy", i32 4)
  %".3784" = icmp eq i64 %".3783", 0
  %".3785" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3786" = load i32, ptr %".3785", align 4
  %".3787" = zext i32 %".3786" to i64
  %"data.137" = inttoptr i64 %".3787" to ptr
  %".3788" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3789" = load i32, ptr %".3788", align 4
  %".3790" = zext i32 %".3789" to i64
  %"data_end.137" = inttoptr i64 %".3790" to ptr
  %".3791" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.137" = load ptr, ptr %".3791", align 8
  %".3792" = xor i1 %".3784", -1
  br i1 %".3792", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".3794" = trunc i64 %"cursor.88" to i16
  %".3795" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3794", ptr %".3795", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".3798" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3799" = load volatile i8, [40 x i8]* %".3798", align 1
  %".3800" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3801" = load volatile i8, [40 x i8]* %".3800", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".3813" = trunc i64 %"cursor.88" to i16
  %".3814" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3813", ptr %".3814", align 2
  br label %"return"
gue_d0.stop_before.endif:
  %".3817" = add i64 %"cursor.88", 4
  %".3818" = zext i8 %"w0_1.11" to i64
  %".3819" = and i64 %".3818", 31
  %".3820" = mul i64 %".3819", 4
  %".3821" = add i64 %".3820", 4
  %".3822" = getelementptr i8, ptr %"data.138", i64 %"cursor.88"
  %".3823" = getelementptr i8, ptr %".3822", i64 %".3821"
  %".3824" = icmp ugt ptr %".3823", %"data_end.138"
  br i1 %".3824", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.140" = phi  ptr [%"data.138", %"gue_d0.stop_before.endif"], [%"data.139", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.138", %"gue_d0.stop_before.endif"], [%"data_end.139", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.138", %"gue_d0.stop_before.endif"], [%"keys.139", %"gue_d0.copy_last_byte_failed.endif"]
  %"end.7" = add i64 %"cursor.88", %".3821"
  %".3845" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3845", align 1
  %".3847" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.54" = load volatile i32, ptr %".3847", align 4
  %".3848" = and i32 %"flags.54", 4
  %".3849" = icmp ne i32 %".3848", 0
  br i1 %".3849", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gue_d0.copy_last_byte:
  %".3826" = add i64 %"cursor.88", %".3821"
  %".3827" = sub i64 %".3826", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3828" = trunc i64 %".3827" to i32
  %".3829" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3828", i64* %"last_byte", i32 1)
  %".3830" = icmp eq i64 %".3829", 0
  %".3831" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3832" = load i32, ptr %".3831", align 4
  %".3833" = zext i32 %".3832" to i64
  %"data.139" = inttoptr i64 %".3833" to ptr
  %".3834" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3835" = load i32, ptr %".3834", align 4
  %".3836" = zext i32 %".3835" to i64
  %"data_end.139" = inttoptr i64 %".3836" to ptr
  %".3837" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.139" = load ptr, ptr %".3837", align 8
  %".3838" = xor i1 %".3830", -1
  br i1 %".3838", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".3840" = trunc i64 %"cursor.88" to i16
  %".3841" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3840", ptr %".3841", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".3851" = trunc i64 %"end.7" to i16
  %".3852" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3851", ptr %".3852", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".3855" = getelementptr i8, ptr %"keys.140", i64 12
  store i32 0, ptr %".3855", align 4
  %".3857" = zext i8 %"w1_1.6" to i64
  switch i64 %".3857", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.unknown:
  %".3859" = trunc i64 %"end.7" to i16
  %".3860" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3859", ptr %".3860", align 2
  br label %"return"
gue_d0.to_ipv4:
  %".3863" = getelementptr i8, ptr %"keys.140", i64 2
  %".3864" = trunc i64 %"end.7" to i16
  store volatile i16 %".3864", ptr %".3863", align 2
  %".3866" = load volatile i16, ptr %".3863", align 2
  %".3867" = zext i16 %".3866" to i64
  %"cursor.222" = and i64 %".3867", 16383
  br label %"ipv4_d1"
gue_d0.to_ipv6:
  %".3869" = getelementptr i8, ptr %"keys.140", i64 2
  %".3870" = trunc i64 %"end.7" to i16
  store volatile i16 %".3870", ptr %".3869", align 2
  %".3872" = load volatile i16, ptr %".3869", align 2
  %".3873" = zext i16 %".3872" to i64
  %"cursor.223" = and i64 %".3873", 16383
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3883" = trunc i64 %"cursor.89" to i32
  %".3884" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3883", [40 x i8]* %"header_copy", i32 8)
  %".3885" = icmp eq i64 %".3884", 0
  %".3886" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3887" = load i32, ptr %".3886", align 4
  %".3888" = zext i32 %".3887" to i64
  %"data.141" = inttoptr i64 %".3888" to ptr
  %".3889" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3890" = load i32, ptr %".3889", align 4
  %".3891" = zext i32 %".3890" to i64
  %"data_end.141" = inttoptr i64 %".3891" to ptr
  %".3892" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.141" = load ptr, ptr %".3892", align 8
  %".3893" = xor i1 %".3885", -1
  br i1 %".3893", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".3895" = trunc i64 %"cursor.89" to i16
  %".3896" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3895", ptr %".3896", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".3899" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3900" = load volatile i8, [40 x i8]* %".3899", align 1
  %".3901" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3902" = load volatile i8, [40 x i8]* %".3901", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3917" = trunc i64 %"cursor.89" to i16
  %".3918" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3917", ptr %".3918", align 2
  br label %"return"
gtpu_d0.stop_before.endif:
  %".3921" = add i64 %"cursor.89", 8
  %".3922" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".3922", align 1
  %".3924" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.55" = load volatile i32, ptr %".3924", align 4
  %".3925" = and i32 %"flags.55", 4
  %".3926" = icmp ne i32 %".3925", 0
  br i1 %".3926", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
gtpu_d0.stop_at_encap:
  %".3928" = trunc i64 %".3921" to i16
  %".3929" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3928", ptr %".3929", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".3932" = getelementptr i8, ptr %"keys.142", i64 12
  store i32 0, ptr %".3932", align 4
  %".3934" = zext i8 %"w0_1.12" to i64
  %".3935" = lshr i64 %".3934", 2
  %".3936" = and i64 %".3935", 1
  %".3937" = mul i64 %".3936", 4
  %".3938" = zext i8 %"w0_1.12" to i64
  %".3939" = lshr i64 %".3938", 1
  %".3940" = and i64 %".3939", 1
  %".3941" = mul i64 %".3940", 2
  %".3942" = add i64 %".3937", %".3941"
  %".3943" = zext i8 %"w0_1.12" to i64
  %".3944" = and i64 %".3943", 1
  %".3945" = add i64 %".3942", %".3944"
  %".3946" = icmp uge i64 %".3945", 1
  %".3947" = icmp ule i64 %".3945", 3
  %".3948" = and i1 %".3946", %".3947"
  br i1 %".3948", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".3955" = trunc i64 %".3921" to i16
  %".3956" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3955", ptr %".3956", align 2
  br label %"return"
gtpu_d0.to_ip_version:
  %".3959" = getelementptr i8, ptr %"keys.142", i64 2
  %".3960" = trunc i64 %".3921" to i16
  store volatile i16 %".3960", ptr %".3959", align 2
  %".3962" = load volatile i16, ptr %".3959", align 2
  %".3963" = zext i16 %".3962" to i64
  %"cursor.224" = and i64 %".3963", 16383
  br label %"ip_version_d1"
gtpu_d0.to_gtpu_opt:
  %".3965" = getelementptr i8, ptr %"keys.142", i64 2
  %".3966" = trunc i64 %".3921" to i16
  store volatile i16 %".3966", ptr %".3965", align 2
  %".3968" = load volatile i16, ptr %".3965", align 2
  %".3969" = zext i16 %".3968" to i64
  %"cursor.226" = and i64 %".3969", 16383
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  %".3971" = getelementptr i8, ptr %"keys.142", i64 2
  %".3972" = trunc i64 %".3921" to i16
  store volatile i16 %".3972", ptr %".3971", align 2
  %".3974" = load volatile i16, ptr %".3971", align 2
  %".3975" = zext i16 %".3974" to i64
  %"cursor.228" = and i64 %".3975", 16383
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3950" = icmp uge i64 %".3945", 4
  %".3951" = icmp ule i64 %".3945", 7
  %".3952" = and i1 %".3950", %".3951"
  br i1 %".3952", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".3945", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_opt_d1:
  %"cursor.225" = phi  i64 [%"cursor.226", %"gtpu_d0.to_gtpu_opt"]
  %"data.143" = phi  ptr [%"data.142", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.143" = phi  ptr [%"data_end.142", %"gtpu_d0.to_gtpu_opt"]
  %"keys.143" = phi  ptr [%"keys.142", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.52" = getelementptr i8, ptr %"data.143", i64 %"cursor.225"
  %".5729" = getelementptr i8, ptr %"hdr.52", i64 4
  %".5730" = icmp ugt ptr %".5729", %"data_end.143"
  br i1 %".5730", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.194" = phi  ptr [%"data.143", %"gtpu_opt_d1.linear"], [%"data.193", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.143", %"gtpu_opt_d1.linear"], [%"data_end.193", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.143", %"gtpu_opt_d1.linear"], [%"keys.193", %"gtpu_opt_d1.copy_failed.endif"]
  %".5750" = add i64 %"cursor.225", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_seq_d1:
  %"cursor.227" = phi  i64 [%"cursor.228", %"gtpu_d0.to_gtpu_seq"]
  %"data.144" = phi  ptr [%"data.142", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gtpu_d0.to_gtpu_seq"]
  %"keys.144" = phi  ptr [%"keys.142", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.53" = getelementptr i8, ptr %"data.144", i64 %"cursor.227"
  %".5762" = getelementptr i8, ptr %"hdr.53", i64 3
  %".5763" = icmp ugt ptr %".5762", %"data_end.144"
  br i1 %".5763", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.196" = phi  ptr [%"data.144", %"gtpu_seq_d1.linear"], [%"data.195", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.144", %"gtpu_seq_d1.linear"], [%"data_end.195", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.144", %"gtpu_seq_d1.linear"], [%"keys.195", %"gtpu_seq_d1.copy_failed.endif"]
  %".5783" = add i64 %"cursor.227", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
shim_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3983" = trunc i64 %"cursor.90" to i32
  %".3984" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3983", [40 x i8]* %"header_copy", i32 8)
  %".3985" = icmp eq i64 %".3984", 0
  %".3986" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3987" = load i32, ptr %".3986", align 4
  %".3988" = zext i32 %".3987" to i64
  %"data.145" = inttoptr i64 %".3988" to ptr
  %".3989" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3990" = load i32, ptr %".3989", align 4
  %".3991" = zext i32 %".3990" to i64
  %"data_end.145" = inttoptr i64 %".3991" to ptr
  %".3992" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.145" = load ptr, ptr %".3992", align 8
  %".3993" = xor i1 %".3985", -1
  br i1 %".3993", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3995" = trunc i64 %"cursor.90" to i16
  %".3996" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3995", ptr %".3996", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3999" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4000" = load volatile i16, [40 x i8]* %".3999", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".4009" = trunc i64 %".4002" to i16
  %".4010" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4009", ptr %".4010", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".4013" = getelementptr i8, ptr %"keys.146", i64 12
  store i32 0, ptr %".4013", align 4
  %".4015" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".4016" = zext i16 %".4015" to i64
  switch i64 %".4016", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.unknown:
  %".4018" = trunc i64 %".4002" to i16
  %".4019" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4018", ptr %".4019", align 2
  br label %"return"
shim_d0.to_ipv4:
  %".4022" = getelementptr i8, ptr %"keys.146", i64 2
  %".4023" = trunc i64 %".4002" to i16
  store volatile i16 %".4023", ptr %".4022", align 2
  %".4025" = load volatile i16, ptr %".4022", align 2
  %".4026" = zext i16 %".4025" to i64
  %"cursor.229" = and i64 %".4026", 16383
  br label %"ipv4_d1"
gre_d0.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4038" = trunc i64 %"cursor.91" to i32
  %".4039" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".4038", [40 x i8]* %"header_copy", i32 4)
  %".4040" = icmp eq i64 %".4039", 0
  %".4041" = getelementptr i8, ptr %"ctx.45", i64 76
  %".4042" = load i32, ptr %".4041", align 4
  %".4043" = zext i32 %".4042" to i64
  %"data.147" = inttoptr i64 %".4043" to ptr
  %".4044" = getelementptr i8, ptr %"ctx.45", i64 80
  %".4045" = load i32, ptr %".4044", align 4
  %".4046" = zext i32 %".4045" to i64
  %"data_end.147" = inttoptr i64 %".4046" to ptr
  %".4047" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.147" = load ptr, ptr %".4047", align 8
  %".4048" = xor i1 %".4040", -1
  br i1 %".4048", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".4050" = trunc i64 %"cursor.91" to i16
  %".4051" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".4050", ptr %".4051", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".4054" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4055" = load volatile i8, [40 x i8]* %".4054", align 1
  %".4056" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4057" = load volatile i8, [40 x i8]* %".4056", align 1
  %".4058" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4059" = load volatile i16, [40 x i8]* %".4058", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".4070" = trunc i64 %"cursor.91" to i16
  %".4071" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".4070", ptr %".4071", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".4074" = add i64 %"cursor.91", 4
  %".4075" = zext i8 %"w0_1.13" to i64
  %".4076" = lshr i64 %".4075", 7
  %".4077" = and i64 %".4076", 1
  %".4078" = zext i8 %"w0_1.13" to i64
  %".4079" = lshr i64 %".4078", 5
  %".4080" = and i64 %".4079", 1
  %".4081" = add i64 %".4077", %".4080"
  %".4082" = zext i8 %"w0_1.13" to i64
  %".4083" = lshr i64 %".4082", 4
  %".4084" = and i64 %".4083", 1
  %".4085" = add i64 %".4081", %".4084"
  %".4086" = mul i64 %".4085", 4
  %".4087" = add i64 %".4086", 4
  %".4088" = getelementptr i8, ptr %"data.148", i64 %"cursor.91"
  %".4089" = getelementptr i8, ptr %".4088", i64 %".4087"
  %".4090" = icmp ugt ptr %".4089", %"data_end.148"
  br i1 %".4090", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.150" = phi  ptr [%"data.148", %"gre_d0.stop_before.endif"], [%"data.149", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.150" = phi  ptr [%"data_end.148", %"gre_d0.stop_before.endif"], [%"data_end.149", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.150" = phi  ptr [%"keys.148", %"gre_d0.stop_before.endif"], [%"keys.149", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.8" = add i64 %"cursor.91", %".4087"
  %".4111" = getelementptr i8, ptr %"keys.150", i64 8
  store i8 1, ptr %".4111", align 1
  %".4113" = getelementptr i8, ptr %"keys.150", i64 48
  %"flags.57" = load volatile i32, ptr %".4113", align 4
  %".4114" = and i32 %"flags.57", 4
  %".4115" = icmp ne i32 %".4114", 0
  br i1 %".4115", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".4092" = add i64 %"cursor.91", %".4087"
  %".4093" = sub i64 %".4092", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4094" = trunc i64 %".4093" to i32
  %".4095" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".4094", i64* %"last_byte", i32 1)
  %".4096" = icmp eq i64 %".4095", 0
  %".4097" = getelementptr i8, ptr %"ctx.46", i64 76
  %".4098" = load i32, ptr %".4097", align 4
  %".4099" = zext i32 %".4098" to i64
  %"data.149" = inttoptr i64 %".4099" to ptr
  %".4100" = getelementptr i8, ptr %"ctx.46", i64 80
  %".4101" = load i32, ptr %".4100", align 4
  %".4102" = zext i32 %".4101" to i64
  %"data_end.149" = inttoptr i64 %".4102" to ptr
  %".4103" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.149" = load ptr, ptr %".4103", align 8
  %".4104" = xor i1 %".4096", -1
  br i1 %".4104", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".4106" = trunc i64 %"cursor.91" to i16
  %".4107" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4106", ptr %".4107", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".4117" = trunc i64 %"end.8" to i16
  %".4118" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".4117", ptr %".4118", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".4121" = getelementptr i8, ptr %"keys.150", i64 12
  store i32 0, ptr %".4121", align 4
  %".4123" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".4124" = zext i16 %".4123" to i64
  %".4125" = trunc i64 %".4124" to i16
  %".4126" = call i16 @"llvm.bswap.i16"(i16 %".4125")
  %".4127" = getelementptr i8, ptr %"keys.150", i64 10
  store i16 %".4126", ptr %".4127", align 2
  %".4129" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".4130" = zext i16 %".4129" to i64
  switch i64 %".4130", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]
gre_d0.unknown:
  %".4132" = trunc i64 %"end.8" to i16
  %".4133" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".4132", ptr %".4133", align 2
  br label %"return"
gre_d0.to_ipv4:
  %".4136" = getelementptr i8, ptr %"keys.150", i64 2
  %".4137" = trunc i64 %"end.8" to i16
  store volatile i16 %".4137", ptr %".4136", align 2
  %".4139" = load volatile i16, ptr %".4136", align 2
  %".4140" = zext i16 %".4139" to i64
  %"cursor.230" = and i64 %".4140", 16383
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  %".4142" = getelementptr i8, ptr %"keys.150", i64 2
  %".4143" = trunc i64 %"end.8" to i16
  store volatile i16 %".4143", ptr %".4142", align 2
  %".4145" = load volatile i16, ptr %".4142", align 2
  %".4146" = zext i16 %".4145" to i64
  %"cursor.231" = and i64 %".4146", 16383
  br label %"ipv6_d1"
gre_d0.to_vlan:
  %".4148" = getelementptr i8, ptr %"keys.150", i64 2
  %".4149" = trunc i64 %"end.8" to i16
  store volatile i16 %".4149", ptr %".4148", align 2
  %".4151" = load volatile i16, ptr %".4148", align 2
  %".4152" = zext i16 %".4151" to i64
  %"cursor.232" = and i64 %".4152", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_vlan.1:
  %".4154" = getelementptr i8, ptr %"keys.150", i64 2
  %".4155" = trunc i64 %"end.8" to i16
  store volatile i16 %".4155", ptr %".4154", align 2
  %".4157" = load volatile i16, ptr %".4154", align 2
  %".4158" = zext i16 %".4157" to i64
  %"cursor.233" = and i64 %".4158", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_mpls:
  %".4160" = getelementptr i8, ptr %"keys.150", i64 2
  %".4161" = trunc i64 %"end.8" to i16
  store volatile i16 %".4161", ptr %".4160", align 2
  %".4163" = load volatile i16, ptr %".4160", align 2
  %".4164" = zext i16 %".4163" to i64
  %"cursor.234" = and i64 %".4164", 16383
  br label %"mpls_d1_mpls_labels1"
gre_d0.to_mpls.1:
  %".4166" = getelementptr i8, ptr %"keys.150", i64 2
  %".4167" = trunc i64 %"end.8" to i16
  store volatile i16 %".4167", ptr %".4166", align 2
  %".4169" = load volatile i16, ptr %".4166", align 2
  %".4170" = zext i16 %".4169" to i64
  %"cursor.235" = and i64 %".4170", 16383
  br label %"mpls_d1_mpls_labels1"
gre_d0.to_pppoe:
  %".4172" = getelementptr i8, ptr %"keys.150", i64 2
  %".4173" = trunc i64 %"end.8" to i16
  store volatile i16 %".4173", ptr %".4172", align 2
  %".4175" = load volatile i16, ptr %".4172", align 2
  %".4176" = zext i16 %".4175" to i64
  %"cursor.236" = and i64 %".4176", 16383
  br label %"pppoe_d1"
gre_d0.to_arp:
  %".4178" = getelementptr i8, ptr %"keys.150", i64 2
  %".4179" = trunc i64 %"end.8" to i16
  store volatile i16 %".4179", ptr %".4178", align 2
  %".4181" = load volatile i16, ptr %".4178", align 2
  %".4182" = zext i16 %".4181" to i64
  %"cursor.237" = and i64 %".4182", 16383
  br label %"arp"
gre_d0.to_arp.1:
  %".4184" = getelementptr i8, ptr %"keys.150", i64 2
  %".4185" = trunc i64 %"end.8" to i16
  store volatile i16 %".4185", ptr %".4184", align 2
  %".4187" = load volatile i16, ptr %".4184", align 2
  %".4188" = zext i16 %".4187" to i64
  %"cursor.238" = and i64 %".4188", 16383
  br label %"arp"
gre_d0.to_ptp:
  %".4190" = getelementptr i8, ptr %"keys.150", i64 2
  %".4191" = trunc i64 %"end.8" to i16
  store volatile i16 %".4191", ptr %".4190", align 2
  %".4193" = load volatile i16, ptr %".4190", align 2
  %".4194" = zext i16 %".4193" to i64
  %"cursor.239" = and i64 %".4194", 16383
  br label %"ptp"
gre_d0.to_cfm:
  %".4196" = getelementptr i8, ptr %"keys.150", i64 2
  %".4197" = trunc i64 %"end.8" to i16
  store volatile i16 %".4197", ptr %".4196", align 2
  %".4199" = load volatile i16, ptr %".4196", align 2
  %".4200" = zext i16 %".4199" to i64
  %"cursor.240" = and i64 %".4200", 16383
  br label %"cfm"
gre_d0.to_tipc:
  %".4202" = getelementptr i8, ptr %"keys.150", i64 2
  %".4203" = trunc i64 %"end.8" to i16
  store volatile i16 %".4203", ptr %".4202", align 2
  %".4205" = load volatile i16, ptr %".4202", align 2
  %".4206" = zext i16 %".4205" to i64
  %"cursor.241" = and i64 %".4206", 16383
  br label %"tipc"
gre_d0.to_fcoe:
  %".4208" = getelementptr i8, ptr %"keys.150", i64 2
  %".4209" = trunc i64 %"end.8" to i16
  store volatile i16 %".4209", ptr %".4208", align 2
  %".4211" = load volatile i16, ptr %".4208", align 2
  %".4212" = zext i16 %".4211" to i64
  %"cursor.242" = and i64 %".4212", 16383
  br label %"fcoe"
gre_d0.to_hsr:
  %".4214" = getelementptr i8, ptr %"keys.150", i64 2
  %".4215" = trunc i64 %"end.8" to i16
  store volatile i16 %".4215", ptr %".4214", align 2
  %".4217" = load volatile i16, ptr %".4214", align 2
  %".4218" = zext i16 %".4217" to i64
  %"cursor.243" = and i64 %".4218", 16383
  br label %"hsr_d1_vlan_tags1"
gre_d0.to_hsr.1:
  %".4220" = getelementptr i8, ptr %"keys.150", i64 2
  %".4221" = trunc i64 %"end.8" to i16
  store volatile i16 %".4221", ptr %".4220", align 2
  %".4223" = load volatile i16, ptr %".4220", align 2
  %".4224" = zext i16 %".4223" to i64
  %"cursor.244" = and i64 %".4224", 16383
  br label %"hsr_d1_vlan_tags1"
gre_d0.to_batadv:
  %".4226" = getelementptr i8, ptr %"keys.150", i64 2
  %".4227" = trunc i64 %"end.8" to i16
  store volatile i16 %".4227", ptr %".4226", align 2
  %".4229" = load volatile i16, ptr %".4226", align 2
  %".4230" = zext i16 %".4229" to i64
  %"cursor.245" = and i64 %".4230", 16383
  br label %"batadv_d1"
gre_d0.to_ethernet:
  %".4232" = getelementptr i8, ptr %"keys.150", i64 2
  %".4233" = trunc i64 %"end.8" to i16
  store volatile i16 %".4233", ptr %".4232", align 2
  %".4235" = load volatile i16, ptr %".4232", align 2
  %".4236" = zext i16 %".4235" to i64
  %"cursor.246" = and i64 %".4236", 16383
  br label %"ethernet_d1"
pptp_d0.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4248" = trunc i64 %"cursor.92" to i32
  %".4249" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".4248", [40 x i8]* %"header_copy", i32 4)
  %".4250" = icmp eq i64 %".4249", 0
  %".4251" = getelementptr i8, ptr %"ctx.47", i64 76
  %".4252" = load i32, ptr %".4251", align 4
  %".4253" = zext i32 %".4252" to i64
  %"data.151" = inttoptr i64 %".4253" to ptr
  %".4254" = getelementptr i8, ptr %"ctx.47", i64 80
  %".4255" = load i32, ptr %".4254", align 4
  %".4256" = zext i32 %".4255" to i64
  %"data_end.151" = inttoptr i64 %".4256" to ptr
  %".4257" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.151" = load ptr, ptr %".4257", align 8
  %".4258" = xor i1 %".4250", -1
  br i1 %".4258", label %"pptp_d0.copy_failed", label %"pptp_d0.copy_failed.endif"
pptp_d0.copy_failed:
  %".4260" = trunc i64 %"cursor.92" to i16
  %".4261" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4260", ptr %".4261", align 2
  br label %"return"
pptp_d0.copy_failed.endif:
  %".4264" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4265" = load volatile i8, [40 x i8]* %".4264", align 1
  %".4266" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4267" = load volatile i8, [40 x i8]* %".4266", align 1
  %".4268" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4269" = load volatile i16, [40 x i8]* %".4268", align 2
  br label %"pptp_d0.header"
pptp_d0.stop_before:
  %".4280" = trunc i64 %"cursor.92" to i16
  %".4281" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".4280", ptr %".4281", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".4284" = add i64 %"cursor.92", 4
  %".4285" = zext i8 %"w0_1.14" to i64
  %".4286" = lshr i64 %".4285", 7
  %".4287" = and i64 %".4286", 1
  %".4288" = zext i8 %"w0_1.14" to i64
  %".4289" = lshr i64 %".4288", 5
  %".4290" = and i64 %".4289", 1
  %".4291" = add i64 %".4287", %".4290"
  %".4292" = zext i8 %"w0_1.14" to i64
  %".4293" = lshr i64 %".4292", 4
  %".4294" = and i64 %".4293", 1
  %".4295" = add i64 %".4291", %".4294"
  %".4296" = zext i8 %"w1_1.9" to i64
  %".4297" = lshr i64 %".4296", 7
  %".4298" = and i64 %".4297", 1
  %".4299" = add i64 %".4295", %".4298"
  %".4300" = mul i64 %".4299", 4
  %".4301" = add i64 %".4300", 4
  %".4302" = getelementptr i8, ptr %"data.152", i64 %"cursor.92"
  %".4303" = getelementptr i8, ptr %".4302", i64 %".4301"
  %".4304" = icmp ugt ptr %".4303", %"data_end.152"
  br i1 %".4304", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.154" = phi  ptr [%"data.152", %"pptp_d0.stop_before.endif"], [%"data.153", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.154" = phi  ptr [%"data_end.152", %"pptp_d0.stop_before.endif"], [%"data_end.153", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.154" = phi  ptr [%"keys.152", %"pptp_d0.stop_before.endif"], [%"keys.153", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.92", %".4301"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".4306" = add i64 %"cursor.92", %".4301"
  %".4307" = sub i64 %".4306", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4308" = trunc i64 %".4307" to i32
  %".4309" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".4308", i64* %"last_byte", i32 1)
  %".4310" = icmp eq i64 %".4309", 0
  %".4311" = getelementptr i8, ptr %"ctx.48", i64 76
  %".4312" = load i32, ptr %".4311", align 4
  %".4313" = zext i32 %".4312" to i64
  %"data.153" = inttoptr i64 %".4313" to ptr
  %".4314" = getelementptr i8, ptr %"ctx.48", i64 80
  %".4315" = load i32, ptr %".4314", align 4
  %".4316" = zext i32 %".4315" to i64
  %"data_end.153" = inttoptr i64 %".4316" to ptr
  %".4317" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.153" = load ptr, ptr %".4317", align 8
  %".4318" = xor i1 %".4310", -1
  br i1 %".4318", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".4320" = trunc i64 %"cursor.92" to i16
  %".4321" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4320", ptr %".4321", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".4326" = trunc i64 %"end.9" to i16
  %".4327" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".4326", ptr %".4327", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.247" = phi  i64 [%"end.9", %"pptp_d0.to_ppp"]
  %"data.155" = phi  ptr [%"data.154", %"pptp_d0.to_ppp"]
  %"data_end.155" = phi  ptr [%"data_end.154", %"pptp_d0.to_ppp"]
  %"keys.155" = phi  ptr [%"keys.154", %"pptp_d0.to_ppp"]
  %"hdr.54" = getelementptr i8, ptr %"data.155", i64 %"cursor.247"
  %".5795" = getelementptr i8, ptr %"hdr.54", i64 4
  %".5796" = icmp ugt ptr %".5795", %"data_end.155"
  br i1 %".5796", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".5798" = getelementptr i8, ptr %"hdr.54", i64 2
  %".5799" = load i16, ptr %".5798", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.19" = phi  i16 [%".5799", %"ppp_d0.linear"], [%".5818", %"ppp_d0.copy_failed.endif"]
  %"data.199" = phi  ptr [%"data.155", %"ppp_d0.linear"], [%"data.198", %"ppp_d0.copy_failed.endif"]
  %"data_end.199" = phi  ptr [%"data_end.155", %"ppp_d0.linear"], [%"data_end.198", %"ppp_d0.copy_failed.endif"]
  %"keys.199" = phi  ptr [%"keys.155", %"ppp_d0.linear"], [%"keys.198", %"ppp_d0.copy_failed.endif"]
  %".5820" = add i64 %"cursor.247", 4
  %".5821" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".5822" = zext i16 %".5821" to i64
  switch i64 %".5822", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
udp_d1.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4339" = trunc i64 %"cursor.94" to i32
  %".4340" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".4339", [40 x i8]* %"header_copy", i32 4)
  %".4341" = icmp eq i64 %".4340", 0
  %".4342" = getelementptr i8, ptr %"ctx.49", i64 76
  %".4343" = load i32, ptr %".4342", align 4
  %".4344" = zext i32 %".4343" to i64
  %"data.156" = inttoptr i64 %".4344" to ptr
  %".4345" = getelementptr i8, ptr %"ctx.49", i64 80
  %".4346" = load i32, ptr %".4345", align 4
  %".4347" = zext i32 %".4346" to i64
  %"data_end.156" = inttoptr i64 %".4347" to ptr
  %".4348" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.156" = load ptr, ptr %".4348", align 8
  %".4349" = xor i1 %".4341", -1
  br i1 %".4349", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".4351" = trunc i64 %"cursor.94" to i16
  %".4352" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".4351", ptr %".4352", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".4355" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4356" = load volatile i16, [40 x i8]* %".4355", align 2
  %".4357" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4358" = load volatile i16, [40 x i8]* %".4357", align 2
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".4378" = add i64 %"cursor.94", %".4373"
  %".4379" = sub i64 %".4378", 1
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4380" = trunc i64 %".4379" to i32
  %".4381" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4380", i64* %"last_byte", i32 1)
  %".4382" = icmp eq i64 %".4381", 0
  %".4383" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4384" = load i32, ptr %".4383", align 4
  %".4385" = zext i32 %".4384" to i64
  %"data.158" = inttoptr i64 %".4385" to ptr
  %".4386" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4387" = load i32, ptr %".4386", align 4
  %".4388" = zext i32 %".4387" to i64
  %"data_end.158" = inttoptr i64 %".4388" to ptr
  %".4389" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.158" = load ptr, ptr %".4389", align 8
  %".4390" = xor i1 %".4382", -1
  br i1 %".4390", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".4392" = trunc i64 %"cursor.94" to i16
  %".4393" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".4392", ptr %".4393", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".4400" = trunc i64 %"cursor.94" to i16
  %".4401" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4400", ptr %".4401", align 2
  br label %"return"
udp_d1.to_vxlan:
  %".4404" = getelementptr i8, ptr %"keys.159", i64 2
  %".4405" = trunc i64 %"end.10" to i16
  store volatile i16 %".4405", ptr %".4404", align 2
  %".4407" = load volatile i16, ptr %".4404", align 2
  %".4408" = zext i16 %".4407" to i64
  %"cursor.249" = and i64 %".4408", 16383
  br label %"vxlan_d1"
udp_d1.to_geneve:
  %".4410" = getelementptr i8, ptr %"keys.159", i64 2
  %".4411" = trunc i64 %"end.10" to i16
  store volatile i16 %".4411", ptr %".4410", align 2
  %".4413" = load volatile i16, ptr %".4410", align 2
  %".4414" = zext i16 %".4413" to i64
  %"cursor.251" = and i64 %".4414", 16383
  br label %"geneve_d1"
udp_d1.to_gue:
  %".4416" = getelementptr i8, ptr %"keys.159", i64 2
  %".4417" = trunc i64 %"end.10" to i16
  store volatile i16 %".4417", ptr %".4416", align 2
  %".4419" = load volatile i16, ptr %".4416", align 2
  %".4420" = zext i16 %".4419" to i64
  %"cursor.253" = and i64 %".4420", 16383
  br label %"gue_d1"
udp_d1.to_gtpu:
  %".4422" = getelementptr i8, ptr %"keys.159", i64 2
  %".4423" = trunc i64 %"end.10" to i16
  store volatile i16 %".4423", ptr %".4422", align 2
  %".4425" = load volatile i16, ptr %".4422", align 2
  %".4426" = zext i16 %".4425" to i64
  %"cursor.255" = and i64 %".4426", 16383
  br label %"gtpu_d1"
udp_d1.to_shim:
  %".4428" = getelementptr i8, ptr %"keys.159", i64 2
  %".4429" = trunc i64 %"end.10" to i16
  store volatile i16 %".4429", ptr %".4428", align 2
  %".4431" = load volatile i16, ptr %".4428", align 2
  %".4432" = zext i16 %".4431" to i64
  %"cursor.257" = and i64 %".4432", 16383
  br label %"shim_d1"
vxlan_d1:
  %"cursor.248" = phi  i64 [%"cursor.249", %"udp_d1.to_vxlan"]
  %"data.160" = phi  ptr [%"data.159", %"udp_d1.to_vxlan"]
  %"data_end.160" = phi  ptr [%"data_end.159", %"udp_d1.to_vxlan"]
  %"keys.160" = phi  ptr [%"keys.159", %"udp_d1.to_vxlan"]
  %"hdr.55" = getelementptr i8, ptr %"data.160", i64 %"cursor.248"
  %".5892" = getelementptr i8, ptr %"hdr.55", i64 8
  %".5893" = icmp ugt ptr %".5892", %"data_end.160"
  br i1 %".5893", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.202" = phi  ptr [%"data.160", %"vxlan_d1.linear"], [%"data.201", %"vxlan_d1.copy_failed.endif"]
  %"data_end.202" = phi  ptr [%"data_end.160", %"vxlan_d1.linear"], [%"data_end.201", %"vxlan_d1.copy_failed.endif"]
  %"keys.202" = phi  ptr [%"keys.160", %"vxlan_d1.linear"], [%"keys.201", %"vxlan_d1.copy_failed.endif"]
  %".5913" = add i64 %"cursor.248", 8
  %".5914" = getelementptr i8, ptr %"keys.202", i64 8
  store i8 1, ptr %".5914", align 1
  %".5916" = getelementptr i8, ptr %"keys.202", i64 48
  %"flags.73" = load volatile i32, ptr %".5916", align 4
  %".5917" = and i32 %"flags.73", 4
  %".5918" = icmp ne i32 %".5917", 0
  br i1 %".5918", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
geneve_d1:
  %"cursor.250" = phi  i64 [%"cursor.251", %"udp_d1.to_geneve"]
  %"data.161" = phi  ptr [%"data.159", %"udp_d1.to_geneve"]
  %"data_end.161" = phi  ptr [%"data_end.159", %"udp_d1.to_geneve"]
  %"keys.161" = phi  ptr [%"keys.159", %"udp_d1.to_geneve"]
  %"hdr.56" = getelementptr i8, ptr %"data.161", i64 %"cursor.250"
  %".5935" = getelementptr i8, ptr %"hdr.56", i64 8
  %".5936" = icmp ugt ptr %".5935", %"data_end.161"
  br i1 %".5936", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".5938" = getelementptr i8, ptr %"hdr.56", i64 0
  %".5939" = load i8, ptr %".5938", align 1
  %".5940" = getelementptr i8, ptr %"hdr.56", i64 2
  %".5941" = load i16, ptr %".5940", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.20" = phi  i8 [%".5939", %"geneve_d1.linear"], [%".5960", %"geneve_d1.copy_failed.endif"]
  %"w2_2.20" = phi  i16 [%".5941", %"geneve_d1.linear"], [%".5962", %"geneve_d1.copy_failed.endif"]
  %"data.204" = phi  ptr [%"data.161", %"geneve_d1.linear"], [%"data.203", %"geneve_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.161", %"geneve_d1.linear"], [%"data_end.203", %"geneve_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.161", %"geneve_d1.linear"], [%"keys.203", %"geneve_d1.copy_failed.endif"]
  %".5964" = zext i8 %"w0_1.20" to i64
  %".5965" = lshr i64 %".5964", 6
  %".5966" = and i64 %".5965", 3
  %".5967" = icmp ne i64 %".5966", 0
  br i1 %".5967", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif"
gue_d1:
  %"cursor.252" = phi  i64 [%"cursor.253", %"udp_d1.to_gue"]
  %"data.162" = phi  ptr [%"data.159", %"udp_d1.to_gue"]
  %"data_end.162" = phi  ptr [%"data_end.159", %"udp_d1.to_gue"]
  %"keys.162" = phi  ptr [%"keys.159", %"udp_d1.to_gue"]
  %"hdr.57" = getelementptr i8, ptr %"data.162", i64 %"cursor.252"
  %".6032" = getelementptr i8, ptr %"hdr.57", i64 4
  %".6033" = icmp ugt ptr %".6032", %"data_end.162"
  br i1 %".6033", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".6035" = getelementptr i8, ptr %"hdr.57", i64 0
  %".6036" = load i8, ptr %".6035", align 1
  %".6037" = getelementptr i8, ptr %"hdr.57", i64 1
  %".6038" = load i8, ptr %".6037", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.21" = phi  i8 [%".6036", %"gue_d1.linear"], [%".6057", %"gue_d1.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".6038", %"gue_d1.linear"], [%".6059", %"gue_d1.copy_failed.endif"]
  %"data.208" = phi  ptr [%"data.162", %"gue_d1.linear"], [%"data.207", %"gue_d1.copy_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.162", %"gue_d1.linear"], [%"data_end.207", %"gue_d1.copy_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.162", %"gue_d1.linear"], [%"keys.207", %"gue_d1.copy_failed.endif"]
  %".6061" = zext i8 %"w0_1.21" to i64
  %".6062" = lshr i64 %".6061", 6
  %".6063" = and i64 %".6062", 3
  %".6064" = icmp ne i64 %".6063", 0
  %".6065" = zext i8 %"w0_1.21" to i64
  %".6066" = lshr i64 %".6065", 5
  %".6067" = and i64 %".6066", 1
  %".6068" = icmp ne i64 %".6067", 0
  %".6069" = or i1 %".6064", %".6068"
  br i1 %".6069", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif"
gtpu_d1:
  %"cursor.254" = phi  i64 [%"cursor.255", %"udp_d1.to_gtpu"]
  %"data.163" = phi  ptr [%"data.159", %"udp_d1.to_gtpu"]
  %"data_end.163" = phi  ptr [%"data_end.159", %"udp_d1.to_gtpu"]
  %"keys.163" = phi  ptr [%"keys.159", %"udp_d1.to_gtpu"]
  %"hdr.58" = getelementptr i8, ptr %"data.163", i64 %"cursor.254"
  %".6129" = getelementptr i8, ptr %"hdr.58", i64 8
  %".6130" = icmp ugt ptr %".6129", %"data_end.163"
  br i1 %".6130", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".6132" = getelementptr i8, ptr %"hdr.58", i64 0
  %".6133" = load i8, ptr %".6132", align 1
  %".6134" = getelementptr i8, ptr %"hdr.58", i64 1
  %".6135" = load i8, ptr %".6134", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.22" = phi  i8 [%".6133", %"gtpu_d1.linear"], [%".6154", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".6135", %"gtpu_d1.linear"], [%".6156", %"gtpu_d1.copy_failed.endif"]
  %"data.212" = phi  ptr [%"data.163", %"gtpu_d1.linear"], [%"data.211", %"gtpu_d1.copy_failed.endif"]
  %"data_end.212" = phi  ptr [%"data_end.163", %"gtpu_d1.linear"], [%"data_end.211", %"gtpu_d1.copy_failed.endif"]
  %"keys.212" = phi  ptr [%"keys.163", %"gtpu_d1.linear"], [%"keys.211", %"gtpu_d1.copy_failed.endif"]
  %".6158" = zext i8 %"w0_1.22" to i64
  %".6159" = lshr i64 %".6158", 5
  %".6160" = and i64 %".6159", 7
  %".6161" = icmp ne i64 %".6160", 1
  %".6162" = zext i8 %"w0_1.22" to i64
  %".6163" = lshr i64 %".6162", 4
  %".6164" = and i64 %".6163", 1
  %".6165" = icmp ne i64 %".6164", 1
  %".6166" = or i1 %".6161", %".6165"
  %".6167" = zext i8 %"w1_1.14" to i64
  %".6168" = icmp ne i64 %".6167", 255
  %".6169" = or i1 %".6166", %".6168"
  br i1 %".6169", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif"
shim_d1:
  %"cursor.256" = phi  i64 [%"cursor.257", %"udp_d1.to_shim"]
  %"data.164" = phi  ptr [%"data.159", %"udp_d1.to_shim"]
  %"data_end.164" = phi  ptr [%"data_end.159", %"udp_d1.to_shim"]
  %"keys.164" = phi  ptr [%"keys.159", %"udp_d1.to_shim"]
  %"hdr.59" = getelementptr i8, ptr %"data.164", i64 %"cursor.256"
  %".6225" = getelementptr i8, ptr %"hdr.59", i64 8
  %".6226" = icmp ugt ptr %".6225", %"data_end.164"
  br i1 %".6226", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".6228" = getelementptr i8, ptr %"hdr.59", i64 2
  %".6229" = load i16, ptr %".6228", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.21" = phi  i16 [%".6229", %"shim_d1.linear"], [%".6248", %"shim_d1.copy_failed.endif"]
  %"data.214" = phi  ptr [%"data.164", %"shim_d1.linear"], [%"data.213", %"shim_d1.copy_failed.endif"]
  %"data_end.214" = phi  ptr [%"data_end.164", %"shim_d1.linear"], [%"data_end.213", %"shim_d1.copy_failed.endif"]
  %"keys.214" = phi  ptr [%"keys.164", %"shim_d1.linear"], [%"keys.213", %"shim_d1.copy_failed.endif"]
  %".6250" = add i64 %"cursor.256", 8
  %".6251" = getelementptr i8, ptr %"keys.214", i64 8
  store i8 1, ptr %".6251", align 1
  %".6253" = getelementptr i8, ptr %"keys.214", i64 48
  %"flags.77" = load volatile i32, ptr %".6253", align 4
  %".6254" = and i32 %"flags.77", 4
  %".6255" = icmp ne i32 %".6254", 0
  br i1 %".6255", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4444" = trunc i64 %"cursor.97" to i32
  %".4445" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4444", [40 x i8]* %"header_copy", i32 4)
  %".4446" = icmp eq i64 %".4445", 0
  %".4447" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4448" = load i32, ptr %".4447", align 4
  %".4449" = zext i32 %".4448" to i64
  %"data.165" = inttoptr i64 %".4449" to ptr
  %".4450" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4451" = load i32, ptr %".4450", align 4
  %".4452" = zext i32 %".4451" to i64
  %"data_end.165" = inttoptr i64 %".4452" to ptr
  %".4453" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.165" = load ptr, ptr %".4453", align 8
  %".4454" = xor i1 %".4446", -1
  br i1 %".4454", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".4456" = trunc i64 %"cursor.97" to i16
  %".4457" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4456", ptr %".4457", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".4460" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4461" = load volatile i8, [40 x i8]* %".4460", align 1
  %".4462" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4463" = load volatile i8, [40 x i8]* %".4462", align 1
  %".4464" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4465" = load volatile i16, [40 x i8]* %".4464", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".4476" = trunc i64 %"cursor.97" to i16
  %".4477" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".4476", ptr %".4477", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".4480" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".4481" = zext i16 %".4480" to i64
  %".4482" = trunc i64 %".4481" to i16
  %".4483" = call i16 @"llvm.bswap.i16"(i16 %".4482")
  %".4484" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".4483", ptr %".4484", align 2
  %".4486" = zext i8 %"w1_1.10" to i64
  %".4487" = and i64 %".4486", 7
  switch i64 %".4487", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".4489" = trunc i64 %"cursor.97" to i16
  %".4490" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".4489", ptr %".4490", align 2
  br label %"return"
gre_version_d1.to_gre:
  %".4493" = getelementptr i8, ptr %"keys.166", i64 2
  %".4494" = trunc i64 %"cursor.97" to i16
  store volatile i16 %".4494", ptr %".4493", align 2
  %".4496" = load volatile i16, ptr %".4493", align 2
  %".4497" = zext i16 %".4496" to i64
  %"cursor.259" = and i64 %".4497", 16383
  br label %"gre_d1"
gre_version_d1.to_pptp:
  %".4499" = getelementptr i8, ptr %"keys.166", i64 2
  %".4500" = trunc i64 %"cursor.97" to i16
  store volatile i16 %".4500", ptr %".4499", align 2
  %".4502" = load volatile i16, ptr %".4499", align 2
  %".4503" = zext i16 %".4502" to i64
  %"cursor.261" = and i64 %".4503", 16383
  br label %"pptp_d1"
gre_d1:
  %"cursor.258" = phi  i64 [%"cursor.259", %"gre_version_d1.to_gre"]
  %"data.167" = phi  ptr [%"data.166", %"gre_version_d1.to_gre"]
  %"data_end.167" = phi  ptr [%"data_end.166", %"gre_version_d1.to_gre"]
  %"keys.167" = phi  ptr [%"keys.166", %"gre_version_d1.to_gre"]
  %"hdr.60" = getelementptr i8, ptr %"data.167", i64 %"cursor.258"
  %".6274" = getelementptr i8, ptr %"hdr.60", i64 4
  %".6275" = icmp ugt ptr %".6274", %"data_end.167"
  br i1 %".6275", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".6277" = getelementptr i8, ptr %"hdr.60", i64 0
  %".6278" = load i8, ptr %".6277", align 1
  %".6279" = getelementptr i8, ptr %"hdr.60", i64 1
  %".6280" = load i8, ptr %".6279", align 1
  %".6281" = getelementptr i8, ptr %"hdr.60", i64 2
  %".6282" = load i16, ptr %".6281", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.23" = phi  i8 [%".6278", %"gre_d1.linear"], [%".6301", %"gre_d1.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".6280", %"gre_d1.linear"], [%".6303", %"gre_d1.copy_failed.endif"]
  %"w2_2.22" = phi  i16 [%".6282", %"gre_d1.linear"], [%".6305", %"gre_d1.copy_failed.endif"]
  %"data.216" = phi  ptr [%"data.167", %"gre_d1.linear"], [%"data.215", %"gre_d1.copy_failed.endif"]
  %"data_end.216" = phi  ptr [%"data_end.167", %"gre_d1.linear"], [%"data_end.215", %"gre_d1.copy_failed.endif"]
  %"keys.216" = phi  ptr [%"keys.167", %"gre_d1.linear"], [%"keys.215", %"gre_d1.copy_failed.endif"]
  %".6307" = zext i8 %"w1_1.15" to i64
  %".6308" = and i64 %".6307", 7
  %".6309" = icmp ne i64 %".6308", 0
  %".6310" = zext i8 %"w0_1.23" to i64
  %".6311" = lshr i64 %".6310", 6
  %".6312" = and i64 %".6311", 1
  %".6313" = icmp ne i64 %".6312", 0
  %".6314" = or i1 %".6309", %".6313"
  br i1 %".6314", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.260" = phi  i64 [%"cursor.261", %"gre_version_d1.to_pptp"]
  %"data.168" = phi  ptr [%"data.166", %"gre_version_d1.to_pptp"]
  %"data_end.168" = phi  ptr [%"data_end.166", %"gre_version_d1.to_pptp"]
  %"keys.168" = phi  ptr [%"keys.166", %"gre_version_d1.to_pptp"]
  %"hdr.61" = getelementptr i8, ptr %"data.168", i64 %"cursor.260"
  %".6450" = getelementptr i8, ptr %"hdr.61", i64 4
  %".6451" = icmp ugt ptr %".6450", %"data_end.168"
  br i1 %".6451", label %"pptp_d1.copy", label %"pptp_d1.linear", !prof !0
pptp_d1.linear:
  %".6453" = getelementptr i8, ptr %"hdr.61", i64 0
  %".6454" = load i8, ptr %".6453", align 1
  %".6455" = getelementptr i8, ptr %"hdr.61", i64 1
  %".6456" = load i8, ptr %".6455", align 1
  %".6457" = getelementptr i8, ptr %"hdr.61", i64 2
  %".6458" = load i16, ptr %".6457", align 2
  br label %"pptp_d1.header"
pptp_d1.header:
  %"w0_1.24" = phi  i8 [%".6454", %"pptp_d1.linear"], [%".6477", %"pptp_d1.copy_failed.endif"]
  %"w1_1.16" = phi  i8 [%".6456", %"pptp_d1.linear"], [%".6479", %"pptp_d1.copy_failed.endif"]
  %"w2_2.23" = phi  i16 [%".6458", %"pptp_d1.linear"], [%".6481", %"pptp_d1.copy_failed.endif"]
  %"data.220" = phi  ptr [%"data.168", %"pptp_d1.linear"], [%"data.219", %"pptp_d1.copy_failed.endif"]
  %"data_end.220" = phi  ptr [%"data_end.168", %"pptp_d1.linear"], [%"data_end.219", %"pptp_d1.copy_failed.endif"]
  %"keys.220" = phi  ptr [%"keys.168", %"pptp_d1.linear"], [%"keys.219", %"pptp_d1.copy_failed.endif"]
  %".6483" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.23")
  %".6484" = zext i16 %".6483" to i64
  %".6485" = icmp ne i64 %".6484", 34827
  %".6486" = zext i8 %"w0_1.24" to i64
  %".6487" = lshr i64 %".6486", 5
  %".6488" = and i64 %".6487", 1
  %".6489" = icmp eq i64 %".6488", 0
  %".6490" = or i1 %".6485", %".6489"
  br i1 %".6490", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4513" = trunc i64 %"cursor.104" to i32
  %".4514" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4513", [40 x i8]* %"header_copy", i32 2)
  %".4515" = icmp eq i64 %".4514", 0
  %".4516" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4517" = load i32, ptr %".4516", align 4
  %".4518" = zext i32 %".4517" to i64
  %"data.169" = inttoptr i64 %".4518" to ptr
  %".4519" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4520" = load i32, ptr %".4519", align 4
  %".4521" = zext i32 %".4520" to i64
  %"data_end.169" = inttoptr i64 %".4521" to ptr
  %".4522" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.169" = load ptr, ptr %".4522", align 8
  %".4523" = xor i1 %".4515", -1
  br i1 %".4523", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".4525" = trunc i64 %"cursor.104" to i16
  %".4526" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".4525", ptr %".4526", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".4529" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4530" = load volatile i8, [40 x i8]* %".4529", align 1
  %".4531" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4532" = load volatile i8, [40 x i8]* %".4531", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".4545" = trunc i64 %"end.11" to i16
  %".4546" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4545", ptr %".4546", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  %".4549" = getelementptr i8, ptr %"keys.170", i64 2
  %".4550" = trunc i64 %"end.11" to i16
  store volatile i16 %".4550", ptr %".4549", align 2
  %".4552" = load volatile i16, ptr %".4549", align 2
  %".4553" = zext i16 %".4552" to i64
  %"cursor.263" = and i64 %".4553", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  %".4555" = getelementptr i8, ptr %"keys.170", i64 2
  %".4556" = trunc i64 %"end.11" to i16
  store volatile i16 %".4556", ptr %".4555", align 2
  %".4558" = load volatile i16, ptr %".4555", align 2
  %".4559" = zext i16 %".4558" to i64
  %"cursor.264" = and i64 %".4559", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  %".4561" = getelementptr i8, ptr %"keys.170", i64 2
  %".4562" = trunc i64 %"end.11" to i16
  store volatile i16 %".4562", ptr %".4561", align 2
  %".4564" = load volatile i16, ptr %".4561", align 2
  %".4565" = zext i16 %".4564" to i64
  %"cursor.265" = and i64 %".4565", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  %".4567" = getelementptr i8, ptr %"keys.170", i64 2
  %".4568" = trunc i64 %"end.11" to i16
  store volatile i16 %".4568", ptr %".4567", align 2
  %".4570" = load volatile i16, ptr %".4567", align 2
  %".4571" = zext i16 %".4570" to i64
  %"cursor.267" = and i64 %".4571", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  %".4573" = getelementptr i8, ptr %"keys.170", i64 2
  %".4574" = trunc i64 %"end.11" to i16
  store volatile i16 %".4574", ptr %".4573", align 2
  %".4576" = load volatile i16, ptr %".4573", align 2
  %".4577" = zext i16 %".4576" to i64
  %"cursor.268" = and i64 %".4577", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  %".4579" = getelementptr i8, ptr %"keys.170", i64 2
  %".4580" = trunc i64 %"end.11" to i16
  store volatile i16 %".4580", ptr %".4579", align 2
  %".4582" = load volatile i16, ptr %".4579", align 2
  %".4583" = zext i16 %".4582" to i64
  %"cursor.269" = and i64 %".4583", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  %".4585" = getelementptr i8, ptr %"keys.170", i64 2
  %".4586" = trunc i64 %"end.11" to i16
  store volatile i16 %".4586", ptr %".4585", align 2
  %".4588" = load volatile i16, ptr %".4585", align 2
  %".4589" = zext i16 %".4588" to i64
  %"cursor.270" = and i64 %".4589", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre_version:
  %".4591" = getelementptr i8, ptr %"keys.170", i64 2
  %".4592" = trunc i64 %"end.11" to i16
  store volatile i16 %".4592", ptr %".4591", align 2
  %".4594" = load volatile i16, ptr %".4591", align 2
  %".4595" = zext i16 %".4594" to i64
  %"cursor.271" = and i64 %".4595", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  %".4597" = getelementptr i8, ptr %"keys.170", i64 2
  %".4598" = trunc i64 %"end.11" to i16
  store volatile i16 %".4598", ptr %".4597", align 2
  %".4600" = load volatile i16, ptr %".4597", align 2
  %".4601" = zext i16 %".4600" to i64
  %"cursor.272" = and i64 %".4601", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  %".4603" = getelementptr i8, ptr %"keys.170", i64 2
  %".4604" = trunc i64 %"end.11" to i16
  store volatile i16 %".4604", ptr %".4603", align 2
  %".4606" = load volatile i16, ptr %".4603", align 2
  %".4607" = zext i16 %".4606" to i64
  %"cursor.273" = and i64 %".4607", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  %".4609" = getelementptr i8, ptr %"keys.170", i64 2
  %".4610" = trunc i64 %"end.11" to i16
  store volatile i16 %".4610", ptr %".4609", align 2
  %".4612" = load volatile i16, ptr %".4609", align 2
  %".4613" = zext i16 %".4612" to i64
  %"cursor.274" = and i64 %".4613", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  %".4615" = getelementptr i8, ptr %"keys.170", i64 2
  %".4616" = trunc i64 %"end.11" to i16
  store volatile i16 %".4616", ptr %".4615", align 2
  %".4618" = load volatile i16, ptr %".4615", align 2
  %".4619" = zext i16 %".4618" to i64
  %"cursor.275" = and i64 %".4619", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  %".4621" = getelementptr i8, ptr %"keys.170", i64 2
  %".4622" = trunc i64 %"end.11" to i16
  store volatile i16 %".4622", ptr %".4621", align 2
  %".4624" = load volatile i16, ptr %".4621", align 2
  %".4625" = zext i16 %".4624" to i64
  %"cursor.276" = and i64 %".4625", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".4627" = trunc i64 34887 to i16
  %".4628" = call i16 @"llvm.bswap.i16"(i16 %".4627")
  %".4629" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".4628", ptr %".4629", align 2
  %".4631" = getelementptr i8, ptr %"keys.170", i64 2
  %".4632" = trunc i64 %"end.11" to i16
  store volatile i16 %".4632", ptr %".4631", align 2
  %".4634" = load volatile i16, ptr %".4631", align 2
  %".4635" = zext i16 %".4634" to i64
  %"cursor.277" = and i64 %".4635", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".4637" = trunc i64 2048 to i16
  %".4638" = call i16 @"llvm.bswap.i16"(i16 %".4637")
  %".4639" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".4638", ptr %".4639", align 2
  %".4641" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".4641", align 1
  %".4643" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.58" = load volatile i32, ptr %".4643", align 4
  %".4644" = and i32 %"flags.58", 4
  %".4645" = icmp ne i32 %".4644", 0
  br i1 %".4645", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".4657" = trunc i64 34525 to i16
  %".4658" = call i16 @"llvm.bswap.i16"(i16 %".4657")
  %".4659" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".4658", ptr %".4659", align 2
  %".4661" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".4661", align 1
  %".4663" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.59" = load volatile i32, ptr %".4663", align 4
  %".4664" = and i32 %"flags.59", 4
  %".4665" = icmp ne i32 %".4664", 0
  br i1 %".4665", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.262" = phi  i64 [%"cursor.263", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.264", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.265", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.278", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.279", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.280", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data.171" = phi  ptr [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.171" = phi  ptr [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.171" = phi  ptr [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.62" = getelementptr i8, ptr %"data.171", i64 %"cursor.262"
  %".6548" = getelementptr i8, ptr %"hdr.62", i64 2
  %".6549" = icmp ugt ptr %".6548", %"data_end.171"
  br i1 %".6549", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".6551" = getelementptr i8, ptr %"hdr.62", i64 0
  %".6552" = load i8, ptr %".6551", align 1
  %".6553" = getelementptr i8, ptr %"hdr.62", i64 1
  %".6554" = load i8, ptr %".6553", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.25" = phi  i8 [%".6552", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".6573", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.17" = phi  i8 [%".6554", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".6575", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.225" = phi  ptr [%"data.171", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.224", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.225" = phi  ptr [%"data_end.171", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.224", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.225" = phi  ptr [%"keys.171", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.224", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".6577" = zext i8 %"w0_1.25" to i64
  %".6578" = trunc i64 %".6577" to i8
  %".6579" = getelementptr i8, ptr %"keys.225", i64 9
  store i8 %".6578", ptr %".6579", align 1
  %".6581" = add i64 %"cursor.262", 2
  %".6582" = zext i8 %"w1_1.17" to i64
  %".6583" = mul i64 %".6582", 8
  %".6584" = add i64 %".6583", 6
  %".6585" = add i64 %".6584", 2
  %"end.17" = add i64 %"cursor.262", %".6585"
  %".6586" = zext i8 %"w0_1.25" to i64
  switch i64 %".6586", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.266" = phi  i64 [%"cursor.267", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"cursor.281", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data.172" = phi  ptr [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data_end.172" = phi  ptr [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"keys.172" = phi  ptr [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"hdr.63" = getelementptr i8, ptr %"data.172", i64 %"cursor.266"
  %".6720" = getelementptr i8, ptr %"hdr.63", i64 8
  %".6721" = icmp ugt ptr %".6720", %"data_end.172"
  br i1 %".6721", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".6723" = getelementptr i8, ptr %"hdr.63", i64 0
  %".6724" = load i8, ptr %".6723", align 1
  %".6725" = getelementptr i8, ptr %"hdr.63", i64 2
  %".6726" = load i16, ptr %".6725", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.26" = phi  i8 [%".6724", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".6745", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.24" = phi  i16 [%".6726", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".6747", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.229" = phi  ptr [%"data.172", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.228", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.229" = phi  ptr [%"data_end.172", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.228", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.229" = phi  ptr [%"keys.172", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.228", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".6749" = zext i8 %"w0_1.26" to i64
  %".6750" = trunc i64 %".6749" to i8
  %".6751" = getelementptr i8, ptr %"keys.229", i64 9
  store i8 %".6750", ptr %".6751", align 1
  %".6753" = add i64 %"cursor.266", 8
  %".6754" = icmp ne i64 1, 0
  %".6755" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.24")
  %".6756" = zext i16 %".6755" to i64
  %".6757" = and i64 %".6756", 65528
  %".6758" = icmp eq i64 %".6757", 0
  br i1 %".6754", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".4647" = trunc i64 %"end.11" to i16
  %".4648" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4647", ptr %".4648", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".4651" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".4651", align 4
  %".4653" = trunc i64 %"end.11" to i16
  %".4654" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4653", ptr %".4654", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".4667" = trunc i64 %"end.11" to i16
  %".4668" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4667", ptr %".4668", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".4671" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".4671", align 4
  %".4673" = trunc i64 %"end.11" to i16
  %".4674" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4673", ptr %".4674", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4685" = trunc i64 %"cursor.108" to i32
  %".4686" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".4685", [40 x i8]* %"header_copy", i32 8)
  %".4687" = icmp eq i64 %".4686", 0
  %".4688" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4689" = load i32, ptr %".4688", align 4
  %".4690" = zext i32 %".4689" to i64
  %"data.173" = inttoptr i64 %".4690" to ptr
  %".4691" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4692" = load i32, ptr %".4691", align 4
  %".4693" = zext i32 %".4692" to i64
  %"data_end.173" = inttoptr i64 %".4693" to ptr
  %".4694" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.173" = load ptr, ptr %".4694", align 8
  %".4695" = xor i1 %".4687", -1
  br i1 %".4695", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".4697" = trunc i64 %"cursor.108" to i16
  %".4698" = getelementptr i8, ptr %"keys.173", i64 2
  store i16 %".4697", ptr %".4698", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".4701" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4702" = load volatile i8, [40 x i8]* %".4701", align 1
  %".4703" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4704" = load volatile i16, [40 x i8]* %".4703", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".4717" = getelementptr i8, ptr %"keys.174", i64 6
  store i8 1, ptr %".4717", align 1
  br i1 %".4715", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".4737" = zext i8 %"w0_1.17" to i64
  switch i64 %".4737", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".4720" = getelementptr i8, ptr %"keys.174", i64 7
  store i8 1, ptr %".4720", align 1
  %".4722" = getelementptr i8, ptr %"keys.174", i64 48
  %"flags.60" = load volatile i32, ptr %".4722", align 4
  %".4723" = and i32 %"flags.60", 1
  %".4724" = icmp ne i32 %".4723", 0
  %".4725" = xor i1 %".4724", -1
  br i1 %".4725", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".4732" = trunc i64 %".4710" to i16
  %".4733" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4732", ptr %".4733", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".4727" = trunc i64 %".4710" to i16
  %".4728" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4727", ptr %".4728", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".4739" = trunc i64 %".4710" to i16
  %".4740" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4739", ptr %".4740", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  %".4743" = getelementptr i8, ptr %"keys.174", i64 2
  %".4744" = trunc i64 %".4710" to i16
  store volatile i16 %".4744", ptr %".4743", align 2
  %".4746" = load volatile i16, ptr %".4743", align 2
  %".4747" = zext i16 %".4746" to i64
  %"cursor.278" = and i64 %".4747", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  %".4749" = getelementptr i8, ptr %"keys.174", i64 2
  %".4750" = trunc i64 %".4710" to i16
  store volatile i16 %".4750", ptr %".4749", align 2
  %".4752" = load volatile i16, ptr %".4749", align 2
  %".4753" = zext i16 %".4752" to i64
  %"cursor.279" = and i64 %".4753", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  %".4755" = getelementptr i8, ptr %"keys.174", i64 2
  %".4756" = trunc i64 %".4710" to i16
  store volatile i16 %".4756", ptr %".4755", align 2
  %".4758" = load volatile i16, ptr %".4755", align 2
  %".4759" = zext i16 %".4758" to i64
  %"cursor.280" = and i64 %".4759", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  %".4761" = getelementptr i8, ptr %"keys.174", i64 2
  %".4762" = trunc i64 %".4710" to i16
  store volatile i16 %".4762", ptr %".4761", align 2
  %".4764" = load volatile i16, ptr %".4761", align 2
  %".4765" = zext i16 %".4764" to i64
  %"cursor.281" = and i64 %".4765", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  %".4767" = getelementptr i8, ptr %"keys.174", i64 2
  %".4768" = trunc i64 %".4710" to i16
  store volatile i16 %".4768", ptr %".4767", align 2
  %".4770" = load volatile i16, ptr %".4767", align 2
  %".4771" = zext i16 %".4770" to i64
  %"cursor.282" = and i64 %".4771", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  %".4773" = getelementptr i8, ptr %"keys.174", i64 2
  %".4774" = trunc i64 %".4710" to i16
  store volatile i16 %".4774", ptr %".4773", align 2
  %".4776" = load volatile i16, ptr %".4773", align 2
  %".4777" = zext i16 %".4776" to i64
  %"cursor.283" = and i64 %".4777", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  %".4779" = getelementptr i8, ptr %"keys.174", i64 2
  %".4780" = trunc i64 %".4710" to i16
  store volatile i16 %".4780", ptr %".4779", align 2
  %".4782" = load volatile i16, ptr %".4779", align 2
  %".4783" = zext i16 %".4782" to i64
  %"cursor.284" = and i64 %".4783", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre_version:
  %".4785" = getelementptr i8, ptr %"keys.174", i64 2
  %".4786" = trunc i64 %".4710" to i16
  store volatile i16 %".4786", ptr %".4785", align 2
  %".4788" = load volatile i16, ptr %".4785", align 2
  %".4789" = zext i16 %".4788" to i64
  %"cursor.285" = and i64 %".4789", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  %".4791" = getelementptr i8, ptr %"keys.174", i64 2
  %".4792" = trunc i64 %".4710" to i16
  store volatile i16 %".4792", ptr %".4791", align 2
  %".4794" = load volatile i16, ptr %".4791", align 2
  %".4795" = zext i16 %".4794" to i64
  %"cursor.286" = and i64 %".4795", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  %".4797" = getelementptr i8, ptr %"keys.174", i64 2
  %".4798" = trunc i64 %".4710" to i16
  store volatile i16 %".4798", ptr %".4797", align 2
  %".4800" = load volatile i16, ptr %".4797", align 2
  %".4801" = zext i16 %".4800" to i64
  %"cursor.287" = and i64 %".4801", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  %".4803" = getelementptr i8, ptr %"keys.174", i64 2
  %".4804" = trunc i64 %".4710" to i16
  store volatile i16 %".4804", ptr %".4803", align 2
  %".4806" = load volatile i16, ptr %".4803", align 2
  %".4807" = zext i16 %".4806" to i64
  %"cursor.288" = and i64 %".4807", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  %".4809" = getelementptr i8, ptr %"keys.174", i64 2
  %".4810" = trunc i64 %".4710" to i16
  store volatile i16 %".4810", ptr %".4809", align 2
  %".4812" = load volatile i16, ptr %".4809", align 2
  %".4813" = zext i16 %".4812" to i64
  %"cursor.289" = and i64 %".4813", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  %".4815" = getelementptr i8, ptr %"keys.174", i64 2
  %".4816" = trunc i64 %".4710" to i16
  store volatile i16 %".4816", ptr %".4815", align 2
  %".4818" = load volatile i16, ptr %".4815", align 2
  %".4819" = zext i16 %".4818" to i64
  %"cursor.290" = and i64 %".4819", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".4821" = trunc i64 34887 to i16
  %".4822" = call i16 @"llvm.bswap.i16"(i16 %".4821")
  %".4823" = getelementptr i8, ptr %"keys.174", i64 10
  store i16 %".4822", ptr %".4823", align 2
  %".4825" = getelementptr i8, ptr %"keys.174", i64 2
  %".4826" = trunc i64 %".4710" to i16
  store volatile i16 %".4826", ptr %".4825", align 2
  %".4828" = load volatile i16, ptr %".4825", align 2
  %".4829" = zext i16 %".4828" to i64
  %"cursor.291" = and i64 %".4829", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".4831" = trunc i64 2048 to i16
  %".4832" = call i16 @"llvm.bswap.i16"(i16 %".4831")
  %".4833" = getelementptr i8, ptr %"keys.174", i64 10
  store i16 %".4832", ptr %".4833", align 2
  %".4835" = getelementptr i8, ptr %"keys.174", i64 8
  store i8 1, ptr %".4835", align 1
  %".4837" = getelementptr i8, ptr %"keys.174", i64 48
  %"flags.61" = load volatile i32, ptr %".4837", align 4
  %".4838" = and i32 %"flags.61", 4
  %".4839" = icmp ne i32 %".4838", 0
  br i1 %".4839", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".4851" = trunc i64 34525 to i16
  %".4852" = call i16 @"llvm.bswap.i16"(i16 %".4851")
  %".4853" = getelementptr i8, ptr %"keys.174", i64 10
  store i16 %".4852", ptr %".4853", align 2
  %".4855" = getelementptr i8, ptr %"keys.174", i64 8
  store i8 1, ptr %".4855", align 1
  %".4857" = getelementptr i8, ptr %"keys.174", i64 48
  %"flags.62" = load volatile i32, ptr %".4857", align 4
  %".4858" = and i32 %"flags.62", 4
  %".4859" = icmp ne i32 %".4858", 0
  br i1 %".4859", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".4841" = trunc i64 %".4710" to i16
  %".4842" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4841", ptr %".4842", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".4845" = getelementptr i8, ptr %"keys.174", i64 12
  store i32 0, ptr %".4845", align 4
  %".4847" = trunc i64 %".4710" to i16
  %".4848" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4847", ptr %".4848", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".4861" = trunc i64 %".4710" to i16
  %".4862" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4861", ptr %".4862", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".4865" = getelementptr i8, ptr %"keys.174", i64 12
  store i32 0, ptr %".4865", align 4
  %".4867" = trunc i64 %".4710" to i16
  %".4868" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4867", ptr %".4868", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4879" = trunc i64 %"cursor.119" to i32
  %".4880" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".4879", [40 x i8]* %"header_copy", i32 2)
  %".4881" = icmp eq i64 %".4880", 0
  %".4882" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4883" = load i32, ptr %".4882", align 4
  %".4884" = zext i32 %".4883" to i64
  %"data.175" = inttoptr i64 %".4884" to ptr
  %".4885" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4886" = load i32, ptr %".4885", align 4
  %".4887" = zext i32 %".4886" to i64
  %"data_end.175" = inttoptr i64 %".4887" to ptr
  %".4888" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.175" = load ptr, ptr %".4888", align 8
  %".4889" = xor i1 %".4881", -1
  br i1 %".4889", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".4891" = trunc i64 %"cursor.119" to i16
  %".4892" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".4891", ptr %".4892", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".4895" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4896" = load volatile i8, [40 x i8]* %".4895", align 1
  %".4897" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4898" = load volatile i8, [40 x i8]* %".4897", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".4911" = trunc i64 %"end.12" to i16
  %".4912" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4911", ptr %".4912", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  %".4917" = getelementptr i8, ptr %"keys.176", i64 2
  %".4918" = trunc i64 %"end.12" to i16
  store volatile i16 %".4918", ptr %".4917", align 2
  %".4920" = load volatile i16, ptr %".4917", align 2
  %".4921" = zext i16 %".4920" to i64
  %"cursor.293" = and i64 %".4921", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  %".4924" = getelementptr i8, ptr %"keys.176", i64 2
  %".4925" = trunc i64 %"end.12" to i16
  store volatile i16 %".4925", ptr %".4924", align 2
  %".4927" = load volatile i16, ptr %".4924", align 2
  %".4928" = zext i16 %".4927" to i64
  %"cursor.295" = and i64 %".4928", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  %".4930" = getelementptr i8, ptr %"keys.176", i64 2
  %".4931" = trunc i64 %"end.12" to i16
  store volatile i16 %".4931", ptr %".4930", align 2
  %".4933" = load volatile i16, ptr %".4930", align 2
  %".4934" = zext i16 %".4933" to i64
  %"cursor.296" = and i64 %".4934", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  %".4936" = getelementptr i8, ptr %"keys.176", i64 2
  %".4937" = trunc i64 %"end.12" to i16
  store volatile i16 %".4937", ptr %".4936", align 2
  %".4939" = load volatile i16, ptr %".4936", align 2
  %".4940" = zext i16 %".4939" to i64
  %"cursor.297" = and i64 %".4940", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre_version:
  %".4942" = getelementptr i8, ptr %"keys.176", i64 2
  %".4943" = trunc i64 %"end.12" to i16
  store volatile i16 %".4943", ptr %".4942", align 2
  %".4945" = load volatile i16, ptr %".4942", align 2
  %".4946" = zext i16 %".4945" to i64
  %"cursor.298" = and i64 %".4946", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  %".4948" = getelementptr i8, ptr %"keys.176", i64 2
  %".4949" = trunc i64 %"end.12" to i16
  store volatile i16 %".4949", ptr %".4948", align 2
  %".4951" = load volatile i16, ptr %".4948", align 2
  %".4952" = zext i16 %".4951" to i64
  %"cursor.299" = and i64 %".4952", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  %".4954" = getelementptr i8, ptr %"keys.176", i64 2
  %".4955" = trunc i64 %"end.12" to i16
  store volatile i16 %".4955", ptr %".4954", align 2
  %".4957" = load volatile i16, ptr %".4954", align 2
  %".4958" = zext i16 %".4957" to i64
  %"cursor.300" = and i64 %".4958", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  %".4960" = getelementptr i8, ptr %"keys.176", i64 2
  %".4961" = trunc i64 %"end.12" to i16
  store volatile i16 %".4961", ptr %".4960", align 2
  %".4963" = load volatile i16, ptr %".4960", align 2
  %".4964" = zext i16 %".4963" to i64
  %"cursor.301" = and i64 %".4964", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  %".4966" = getelementptr i8, ptr %"keys.176", i64 2
  %".4967" = trunc i64 %"end.12" to i16
  store volatile i16 %".4967", ptr %".4966", align 2
  %".4969" = load volatile i16, ptr %".4966", align 2
  %".4970" = zext i16 %".4969" to i64
  %"cursor.302" = and i64 %".4970", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  %".4972" = getelementptr i8, ptr %"keys.176", i64 2
  %".4973" = trunc i64 %"end.12" to i16
  store volatile i16 %".4973", ptr %".4972", align 2
  %".4975" = load volatile i16, ptr %".4972", align 2
  %".4976" = zext i16 %".4975" to i64
  %"cursor.303" = and i64 %".4976", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".4978" = trunc i64 34887 to i16
  %".4979" = call i16 @"llvm.bswap.i16"(i16 %".4978")
  %".4980" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".4979", ptr %".4980", align 2
  %".4982" = getelementptr i8, ptr %"keys.176", i64 2
  %".4983" = trunc i64 %"end.12" to i16
  store volatile i16 %".4983", ptr %".4982", align 2
  %".4985" = load volatile i16, ptr %".4982", align 2
  %".4986" = zext i16 %".4985" to i64
  %"cursor.304" = and i64 %".4986", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".4988" = trunc i64 2048 to i16
  %".4989" = call i16 @"llvm.bswap.i16"(i16 %".4988")
  %".4990" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".4989", ptr %".4990", align 2
  %".4992" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".4992", align 1
  %".4994" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.63" = load volatile i32, ptr %".4994", align 4
  %".4995" = and i32 %"flags.63", 4
  %".4996" = icmp ne i32 %".4995", 0
  br i1 %".4996", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".5010" = trunc i64 34525 to i16
  %".5011" = call i16 @"llvm.bswap.i16"(i16 %".5010")
  %".5012" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".5011", ptr %".5012", align 2
  %".5014" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".5014", align 1
  %".5016" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.64" = load volatile i32, ptr %".5016", align 4
  %".5017" = and i32 %"flags.64", 4
  %".5018" = icmp ne i32 %".5017", 0
  br i1 %".5018", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.292" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.293", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.307", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"cursor.308", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.309", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data.177" = phi  ptr [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.177" = phi  ptr [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.177" = phi  ptr [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.64" = getelementptr i8, ptr %"data.177", i64 %"cursor.292"
  %".6914" = getelementptr i8, ptr %"hdr.64", i64 2
  %".6915" = icmp ugt ptr %".6914", %"data_end.177"
  br i1 %".6915", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".6917" = getelementptr i8, ptr %"hdr.64", i64 0
  %".6918" = load i8, ptr %".6917", align 1
  %".6919" = getelementptr i8, ptr %"hdr.64", i64 1
  %".6920" = load i8, ptr %".6919", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".6918", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".6939", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.18" = phi  i8 [%".6920", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".6941", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.231" = phi  ptr [%"data.177", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.230", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.231" = phi  ptr [%"data_end.177", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.230", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.231" = phi  ptr [%"keys.177", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.230", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".6943" = zext i8 %"w0_1.27" to i64
  %".6944" = trunc i64 %".6943" to i8
  %".6945" = getelementptr i8, ptr %"keys.231", i64 9
  store i8 %".6944", ptr %".6945", align 1
  %".6947" = add i64 %"cursor.292", 2
  %".6948" = zext i8 %"w1_1.18" to i64
  %".6949" = mul i64 %".6948", 8
  %".6950" = add i64 %".6949", 6
  %".6951" = add i64 %".6950", 2
  %"end.18" = add i64 %"cursor.292", %".6951"
  %".6952" = zext i8 %"w0_1.27" to i64
  switch i64 %".6952", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.294" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".5065", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data.178" = phi  ptr [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data_end.178" = phi  ptr [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"keys.178" = phi  ptr [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"hdr.65" = getelementptr i8, ptr %"data.178", i64 %"cursor.294"
  %".7082" = getelementptr i8, ptr %"hdr.65", i64 8
  %".7083" = icmp ugt ptr %".7082", %"data_end.178"
  br i1 %".7083", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".7085" = getelementptr i8, ptr %"hdr.65", i64 0
  %".7086" = load i8, ptr %".7085", align 1
  %".7087" = getelementptr i8, ptr %"hdr.65", i64 2
  %".7088" = load i16, ptr %".7087", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.28" = phi  i8 [%".7086", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".7107", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.25" = phi  i16 [%".7088", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".7109", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.233" = phi  ptr [%"data.178", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.232", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.233" = phi  ptr [%"data_end.178", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.232", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.233" = phi  ptr [%"keys.178", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.232", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".7111" = zext i8 %"w0_1.28" to i64
  %".7112" = trunc i64 %".7111" to i8
  %".7113" = getelementptr i8, ptr %"keys.233", i64 9
  store i8 %".7112", ptr %".7113", align 1
  %".7115" = add i64 %"cursor.294", 8
  %".7116" = icmp ne i64 1, 0
  %".7117" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.25")
  %".7118" = zext i16 %".7117" to i64
  %".7119" = and i64 %".7118", 65528
  %".7120" = icmp eq i64 %".7119", 0
  br i1 %".7116", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".4998" = trunc i64 %"end.12" to i16
  %".4999" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4998", ptr %".4999", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".5002" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".5002", align 4
  %".5004" = getelementptr i8, ptr %"keys.176", i64 2
  %".5005" = trunc i64 %"end.12" to i16
  store volatile i16 %".5005", ptr %".5004", align 2
  %".5007" = load volatile i16, ptr %".5004", align 2
  %".5008" = zext i16 %".5007" to i64
  %"cursor.305" = and i64 %".5008", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".5020" = trunc i64 %"end.12" to i16
  %".5021" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".5020", ptr %".5021", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".5024" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".5024", align 4
  %".5026" = getelementptr i8, ptr %"keys.176", i64 2
  %".5027" = trunc i64 %"end.12" to i16
  store volatile i16 %".5027", ptr %".5026", align 2
  %".5029" = load volatile i16, ptr %".5026", align 2
  %".5030" = zext i16 %".5029" to i64
  %"cursor.306" = and i64 %".5030", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5040" = trunc i64 %"cursor.121" to i32
  %".5041" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".5040", [40 x i8]* %"header_copy", i32 8)
  %".5042" = icmp eq i64 %".5041", 0
  %".5043" = getelementptr i8, ptr %"ctx.55", i64 76
  %".5044" = load i32, ptr %".5043", align 4
  %".5045" = zext i32 %".5044" to i64
  %"data.179" = inttoptr i64 %".5045" to ptr
  %".5046" = getelementptr i8, ptr %"ctx.55", i64 80
  %".5047" = load i32, ptr %".5046", align 4
  %".5048" = zext i32 %".5047" to i64
  %"data_end.179" = inttoptr i64 %".5048" to ptr
  %".5049" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.179" = load ptr, ptr %".5049", align 8
  %".5050" = xor i1 %".5042", -1
  br i1 %".5050", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".5052" = trunc i64 %"cursor.121" to i16
  %".5053" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".5052", ptr %".5053", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".5056" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5057" = load volatile i8, [40 x i8]* %".5056", align 1
  %".5058" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5059" = load volatile i16, [40 x i8]* %".5058", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".5072" = getelementptr i8, ptr %"keys.180", i64 6
  store i8 1, ptr %".5072", align 1
  br i1 %".5070", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".5092" = zext i8 %"w0_1.19" to i64
  switch i64 %".5092", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".5075" = getelementptr i8, ptr %"keys.180", i64 7
  store i8 1, ptr %".5075", align 1
  %".5077" = getelementptr i8, ptr %"keys.180", i64 48
  %"flags.65" = load volatile i32, ptr %".5077", align 4
  %".5078" = and i32 %"flags.65", 1
  %".5079" = icmp ne i32 %".5078", 0
  %".5080" = xor i1 %".5079", -1
  br i1 %".5080", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".5087" = trunc i64 %".5065" to i16
  %".5088" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".5087", ptr %".5088", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".5082" = trunc i64 %".5065" to i16
  %".5083" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".5082", ptr %".5083", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".5094" = trunc i64 %".5065" to i16
  %".5095" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".5094", ptr %".5095", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  %".5098" = getelementptr i8, ptr %"keys.180", i64 2
  %".5099" = trunc i64 %".5065" to i16
  store volatile i16 %".5099", ptr %".5098", align 2
  %".5101" = load volatile i16, ptr %".5098", align 2
  %".5102" = zext i16 %".5101" to i64
  %"cursor.307" = and i64 %".5102", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  %".5104" = getelementptr i8, ptr %"keys.180", i64 2
  %".5105" = trunc i64 %".5065" to i16
  store volatile i16 %".5105", ptr %".5104", align 2
  %".5107" = load volatile i16, ptr %".5104", align 2
  %".5108" = zext i16 %".5107" to i64
  %"cursor.308" = and i64 %".5108", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  %".5110" = getelementptr i8, ptr %"keys.180", i64 2
  %".5111" = trunc i64 %".5065" to i16
  store volatile i16 %".5111", ptr %".5110", align 2
  %".5113" = load volatile i16, ptr %".5110", align 2
  %".5114" = zext i16 %".5113" to i64
  %"cursor.309" = and i64 %".5114", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  %".5117" = getelementptr i8, ptr %"keys.180", i64 2
  %".5118" = trunc i64 %".5065" to i16
  store volatile i16 %".5118", ptr %".5117", align 2
  %".5120" = load volatile i16, ptr %".5117", align 2
  %".5121" = zext i16 %".5120" to i64
  %"cursor.310" = and i64 %".5121", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  %".5123" = getelementptr i8, ptr %"keys.180", i64 2
  %".5124" = trunc i64 %".5065" to i16
  store volatile i16 %".5124", ptr %".5123", align 2
  %".5126" = load volatile i16, ptr %".5123", align 2
  %".5127" = zext i16 %".5126" to i64
  %"cursor.311" = and i64 %".5127", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  %".5129" = getelementptr i8, ptr %"keys.180", i64 2
  %".5130" = trunc i64 %".5065" to i16
  store volatile i16 %".5130", ptr %".5129", align 2
  %".5132" = load volatile i16, ptr %".5129", align 2
  %".5133" = zext i16 %".5132" to i64
  %"cursor.312" = and i64 %".5133", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre_version:
  %".5135" = getelementptr i8, ptr %"keys.180", i64 2
  %".5136" = trunc i64 %".5065" to i16
  store volatile i16 %".5136", ptr %".5135", align 2
  %".5138" = load volatile i16, ptr %".5135", align 2
  %".5139" = zext i16 %".5138" to i64
  %"cursor.313" = and i64 %".5139", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  %".5141" = getelementptr i8, ptr %"keys.180", i64 2
  %".5142" = trunc i64 %".5065" to i16
  store volatile i16 %".5142", ptr %".5141", align 2
  %".5144" = load volatile i16, ptr %".5141", align 2
  %".5145" = zext i16 %".5144" to i64
  %"cursor.314" = and i64 %".5145", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  %".5147" = getelementptr i8, ptr %"keys.180", i64 2
  %".5148" = trunc i64 %".5065" to i16
  store volatile i16 %".5148", ptr %".5147", align 2
  %".5150" = load volatile i16, ptr %".5147", align 2
  %".5151" = zext i16 %".5150" to i64
  %"cursor.315" = and i64 %".5151", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  %".5153" = getelementptr i8, ptr %"keys.180", i64 2
  %".5154" = trunc i64 %".5065" to i16
  store volatile i16 %".5154", ptr %".5153", align 2
  %".5156" = load volatile i16, ptr %".5153", align 2
  %".5157" = zext i16 %".5156" to i64
  %"cursor.316" = and i64 %".5157", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  %".5159" = getelementptr i8, ptr %"keys.180", i64 2
  %".5160" = trunc i64 %".5065" to i16
  store volatile i16 %".5160", ptr %".5159", align 2
  %".5162" = load volatile i16, ptr %".5159", align 2
  %".5163" = zext i16 %".5162" to i64
  %"cursor.317" = and i64 %".5163", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  %".5165" = getelementptr i8, ptr %"keys.180", i64 2
  %".5166" = trunc i64 %".5065" to i16
  store volatile i16 %".5166", ptr %".5165", align 2
  %".5168" = load volatile i16, ptr %".5165", align 2
  %".5169" = zext i16 %".5168" to i64
  %"cursor.318" = and i64 %".5169", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".5171" = trunc i64 34887 to i16
  %".5172" = call i16 @"llvm.bswap.i16"(i16 %".5171")
  %".5173" = getelementptr i8, ptr %"keys.180", i64 10
  store i16 %".5172", ptr %".5173", align 2
  %".5175" = getelementptr i8, ptr %"keys.180", i64 2
  %".5176" = trunc i64 %".5065" to i16
  store volatile i16 %".5176", ptr %".5175", align 2
  %".5178" = load volatile i16, ptr %".5175", align 2
  %".5179" = zext i16 %".5178" to i64
  %"cursor.319" = and i64 %".5179", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".5181" = trunc i64 2048 to i16
  %".5182" = call i16 @"llvm.bswap.i16"(i16 %".5181")
  %".5183" = getelementptr i8, ptr %"keys.180", i64 10
  store i16 %".5182", ptr %".5183", align 2
  %".5185" = getelementptr i8, ptr %"keys.180", i64 8
  store i8 1, ptr %".5185", align 1
  %".5187" = getelementptr i8, ptr %"keys.180", i64 48
  %"flags.66" = load volatile i32, ptr %".5187", align 4
  %".5188" = and i32 %"flags.66", 4
  %".5189" = icmp ne i32 %".5188", 0
  br i1 %".5189", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".5203" = trunc i64 34525 to i16
  %".5204" = call i16 @"llvm.bswap.i16"(i16 %".5203")
  %".5205" = getelementptr i8, ptr %"keys.180", i64 10
  store i16 %".5204", ptr %".5205", align 2
  %".5207" = getelementptr i8, ptr %"keys.180", i64 8
  store i8 1, ptr %".5207", align 1
  %".5209" = getelementptr i8, ptr %"keys.180", i64 48
  %"flags.67" = load volatile i32, ptr %".5209", align 4
  %".5210" = and i32 %"flags.67", 4
  %".5211" = icmp ne i32 %".5210", 0
  br i1 %".5211", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".5191" = trunc i64 %".5065" to i16
  %".5192" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".5191", ptr %".5192", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".5195" = getelementptr i8, ptr %"keys.180", i64 12
  store i32 0, ptr %".5195", align 4
  %".5197" = getelementptr i8, ptr %"keys.180", i64 2
  %".5198" = trunc i64 %".5065" to i16
  store volatile i16 %".5198", ptr %".5197", align 2
  %".5200" = load volatile i16, ptr %".5197", align 2
  %".5201" = zext i16 %".5200" to i64
  %"cursor.320" = and i64 %".5201", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".5213" = trunc i64 %".5065" to i16
  %".5214" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".5213", ptr %".5214", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".5217" = getelementptr i8, ptr %"keys.180", i64 12
  store i32 0, ptr %".5217", align 4
  %".5219" = getelementptr i8, ptr %"keys.180", i64 2
  %".5220" = trunc i64 %".5065" to i16
  store volatile i16 %".5220", ptr %".5219", align 2
  %".5222" = load volatile i16, ptr %".5219", align 2
  %".5223" = zext i16 %".5222" to i64
  %"cursor.321" = and i64 %".5223", 16383
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5232" = trunc i64 %"cursor.173" to i32
  %".5233" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".5232", [40 x i8]* %"header_copy", i32 4)
  %".5234" = icmp eq i64 %".5233", 0
  %".5235" = getelementptr i8, ptr %"ctx.56", i64 76
  %".5236" = load i32, ptr %".5235", align 4
  %".5237" = zext i32 %".5236" to i64
  %"data.181" = inttoptr i64 %".5237" to ptr
  %".5238" = getelementptr i8, ptr %"ctx.56", i64 80
  %".5239" = load i32, ptr %".5238", align 4
  %".5240" = zext i32 %".5239" to i64
  %"data_end.181" = inttoptr i64 %".5240" to ptr
  %".5241" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.181" = load ptr, ptr %".5241", align 8
  %".5242" = xor i1 %".5234", -1
  br i1 %".5242", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".5244" = trunc i64 %".5225" to i16
  %".5245" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".5244", ptr %".5245", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".5248" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5249" = load volatile i8, [40 x i8]* %".5248", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".5255" = trunc i64 %".5251" to i16
  %".5256" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".5255", ptr %".5256", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels3.to_ip_version:
  %".5260" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".5260", align 1
  %".5262" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.68" = load volatile i32, ptr %".5262", align 4
  %".5263" = and i32 %"flags.68", 4
  %".5264" = icmp ne i32 %".5263", 0
  br i1 %".5264", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels4:
  %"cursor.322" = phi  i64 [%".5251", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.183" = phi  ptr [%"data.182", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.183" = phi  ptr [%"data_end.182", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.183" = phi  ptr [%"keys.182", %"mpls_d0_mpls_labels3.to_mpls"]
  %".7272" = add i64 %"cursor.322", 4
  %"hdr.66" = getelementptr i8, ptr %"data.183", i64 %"cursor.322"
  %".7273" = getelementptr i8, ptr %"hdr.66", i64 4
  %".7274" = icmp ugt ptr %".7273", %"data_end.183"
  br i1 %".7274", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".7276" = getelementptr i8, ptr %"hdr.66", i64 2
  %".7277" = load i8, ptr %".7276", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".7277", %"mpls_d0_mpls_labels4.linear"], [%".7296", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.235" = phi  ptr [%"data.183", %"mpls_d0_mpls_labels4.linear"], [%"data.234", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.235" = phi  ptr [%"data_end.183", %"mpls_d0_mpls_labels4.linear"], [%"data_end.234", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.235" = phi  ptr [%"keys.183", %"mpls_d0_mpls_labels4.linear"], [%"keys.234", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".7298" = add i64 %"cursor.322", 4
  %".7299" = zext i8 %"w2_1.5" to i64
  %".7300" = and i64 %".7299", 1
  switch i64 %".7300", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels3.stop_at_encap:
  %".5266" = trunc i64 %".5251" to i16
  %".5267" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".5266", ptr %".5267", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".5270" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".5270", align 4
  %".5272" = getelementptr i8, ptr %"keys.182", i64 2
  %".5273" = trunc i64 %".5251" to i16
  store volatile i16 %".5273", ptr %".5272", align 2
  %".5275" = load volatile i16, ptr %".5272", align 2
  %".5276" = zext i16 %".5275" to i64
  %"cursor.323" = and i64 %".5276", 16383
  br label %"ip_version_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5284" = trunc i64 %"cursor.179" to i32
  %".5285" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".5284", [40 x i8]* %"header_copy", i32 4)
  %".5286" = icmp eq i64 %".5285", 0
  %".5287" = getelementptr i8, ptr %"ctx.57", i64 76
  %".5288" = load i32, ptr %".5287", align 4
  %".5289" = zext i32 %".5288" to i64
  %"data.184" = inttoptr i64 %".5289" to ptr
  %".5290" = getelementptr i8, ptr %"ctx.57", i64 80
  %".5291" = load i32, ptr %".5290", align 4
  %".5292" = zext i32 %".5291" to i64
  %"data_end.184" = inttoptr i64 %".5292" to ptr
  %".5293" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.184" = load ptr, ptr %".5293", align 8
  %".5294" = xor i1 %".5286", -1
  br i1 %".5294", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".5296" = trunc i64 %"cursor.179" to i16
  %".5297" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".5296", ptr %".5297", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".5300" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5301" = load volatile i16, [40 x i8]* %".5300", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".5316" = trunc i64 %".5309" to i16
  %".5317" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".5316", ptr %".5317", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  %".5320" = getelementptr i8, ptr %"keys.185", i64 2
  %".5321" = trunc i64 %".5309" to i16
  store volatile i16 %".5321", ptr %".5320", align 2
  %".5323" = load volatile i16, ptr %".5320", align 2
  %".5324" = zext i16 %".5323" to i64
  %"cursor.324" = and i64 %".5324", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  %".5326" = getelementptr i8, ptr %"keys.185", i64 2
  %".5327" = trunc i64 %".5309" to i16
  store volatile i16 %".5327", ptr %".5326", align 2
  %".5329" = load volatile i16, ptr %".5326", align 2
  %".5330" = zext i16 %".5329" to i64
  %"cursor.325" = and i64 %".5330", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".5332" = trunc i64 %".5309" to i16
  %".5333" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".5332", ptr %".5333", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".5336" = trunc i64 %".5309" to i16
  %".5337" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".5336", ptr %".5337", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  %".5340" = getelementptr i8, ptr %"keys.185", i64 2
  %".5341" = trunc i64 %".5309" to i16
  store volatile i16 %".5341", ptr %".5340", align 2
  %".5343" = load volatile i16, ptr %".5340", align 2
  %".5344" = zext i16 %".5343" to i64
  %"cursor.326" = and i64 %".5344", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  %".5346" = getelementptr i8, ptr %"keys.185", i64 2
  %".5347" = trunc i64 %".5309" to i16
  store volatile i16 %".5347", ptr %".5346", align 2
  %".5349" = load volatile i16, ptr %".5346", align 2
  %".5350" = zext i16 %".5349" to i64
  %"cursor.327" = and i64 %".5350", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  %".5352" = getelementptr i8, ptr %"keys.185", i64 2
  %".5353" = trunc i64 %".5309" to i16
  store volatile i16 %".5353", ptr %".5352", align 2
  %".5355" = load volatile i16, ptr %".5352", align 2
  %".5356" = zext i16 %".5355" to i64
  %"cursor.328" = and i64 %".5356", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2.to_arp:
  %".5358" = getelementptr i8, ptr %"keys.185", i64 2
  %".5359" = trunc i64 %".5309" to i16
  store volatile i16 %".5359", ptr %".5358", align 2
  %".5361" = load volatile i16, ptr %".5358", align 2
  %".5362" = zext i16 %".5361" to i64
  %"cursor.329" = and i64 %".5362", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_arp.1:
  %".5364" = getelementptr i8, ptr %"keys.185", i64 2
  %".5365" = trunc i64 %".5309" to i16
  store volatile i16 %".5365", ptr %".5364", align 2
  %".5367" = load volatile i16, ptr %".5364", align 2
  %".5368" = zext i16 %".5367" to i64
  %"cursor.330" = and i64 %".5368", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_ptp:
  %".5370" = getelementptr i8, ptr %"keys.185", i64 2
  %".5371" = trunc i64 %".5309" to i16
  store volatile i16 %".5371", ptr %".5370", align 2
  %".5373" = load volatile i16, ptr %".5370", align 2
  %".5374" = zext i16 %".5373" to i64
  %"cursor.331" = and i64 %".5374", 16383
  br label %"ptp"
vlan_d1_vlan_tags2.to_cfm:
  %".5376" = getelementptr i8, ptr %"keys.185", i64 2
  %".5377" = trunc i64 %".5309" to i16
  store volatile i16 %".5377", ptr %".5376", align 2
  %".5379" = load volatile i16, ptr %".5376", align 2
  %".5380" = zext i16 %".5379" to i64
  %"cursor.332" = and i64 %".5380", 16383
  br label %"cfm"
vlan_d1_vlan_tags2.to_tipc:
  %".5382" = getelementptr i8, ptr %"keys.185", i64 2
  %".5383" = trunc i64 %".5309" to i16
  store volatile i16 %".5383", ptr %".5382", align 2
  %".5385" = load volatile i16, ptr %".5382", align 2
  %".5386" = zext i16 %".5385" to i64
  %"cursor.333" = and i64 %".5386", 16383
  br label %"tipc"
vlan_d1_vlan_tags2.to_fcoe:
  %".5388" = getelementptr i8, ptr %"keys.185", i64 2
  %".5389" = trunc i64 %".5309" to i16
  store volatile i16 %".5389", ptr %".5388", align 2
  %".5391" = load volatile i16, ptr %".5388", align 2
  %".5392" = zext i16 %".5391" to i64
  %"cursor.334" = and i64 %".5392", 16383
  br label %"fcoe"
vlan_d1_vlan_tags2.to_hsr:
  %".5394" = trunc i64 %".5309" to i16
  %".5395" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".5394", ptr %".5395", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".5398" = trunc i64 %".5309" to i16
  %".5399" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".5398", ptr %".5399", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  %".5402" = getelementptr i8, ptr %"keys.185", i64 2
  %".5403" = trunc i64 %".5309" to i16
  store volatile i16 %".5403", ptr %".5402", align 2
  %".5405" = load volatile i16, ptr %".5402", align 2
  %".5406" = zext i16 %".5405" to i64
  %"cursor.335" = and i64 %".5406", 16383
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5414" = trunc i64 %"cursor.191" to i32
  %".5415" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".5414", [40 x i8]* %"header_copy", i32 6)
  %".5416" = icmp eq i64 %".5415", 0
  %".5417" = getelementptr i8, ptr %"ctx.58", i64 76
  %".5418" = load i32, ptr %".5417", align 4
  %".5419" = zext i32 %".5418" to i64
  %"data.186" = inttoptr i64 %".5419" to ptr
  %".5420" = getelementptr i8, ptr %"ctx.58", i64 80
  %".5421" = load i32, ptr %".5420", align 4
  %".5422" = zext i32 %".5421" to i64
  %"data_end.186" = inttoptr i64 %".5422" to ptr
  %".5423" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.186" = load ptr, ptr %".5423", align 8
  %".5424" = xor i1 %".5416", -1
  br i1 %".5424", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".5426" = trunc i64 %"cursor.191" to i16
  %".5427" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".5426", ptr %".5427", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".5430" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".5431" = load volatile i16, [40 x i8]* %".5430", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".5446" = trunc i64 %".5439" to i16
  %".5447" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".5446", ptr %".5447", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv4:
  %".5450" = getelementptr i8, ptr %"keys.187", i64 2
  %".5451" = trunc i64 %".5439" to i16
  store volatile i16 %".5451", ptr %".5450", align 2
  %".5453" = load volatile i16, ptr %".5450", align 2
  %".5454" = zext i16 %".5453" to i64
  %"cursor.336" = and i64 %".5454", 16383
  br label %"ipv4_d1"
hsr_d1_vlan_tags2.to_ipv6:
  %".5456" = getelementptr i8, ptr %"keys.187", i64 2
  %".5457" = trunc i64 %".5439" to i16
  store volatile i16 %".5457", ptr %".5456", align 2
  %".5459" = load volatile i16, ptr %".5456", align 2
  %".5460" = zext i16 %".5459" to i64
  %"cursor.337" = and i64 %".5460", 16383
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".5462" = trunc i64 %".5439" to i16
  %".5463" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".5462", ptr %".5463", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".5466" = trunc i64 %".5439" to i16
  %".5467" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".5466", ptr %".5467", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_mpls:
  %".5470" = getelementptr i8, ptr %"keys.187", i64 2
  %".5471" = trunc i64 %".5439" to i16
  store volatile i16 %".5471", ptr %".5470", align 2
  %".5473" = load volatile i16, ptr %".5470", align 2
  %".5474" = zext i16 %".5473" to i64
  %"cursor.338" = and i64 %".5474", 16383
  br label %"mpls_d1_mpls_labels1"
hsr_d1_vlan_tags2.to_mpls.1:
  %".5476" = getelementptr i8, ptr %"keys.187", i64 2
  %".5477" = trunc i64 %".5439" to i16
  store volatile i16 %".5477", ptr %".5476", align 2
  %".5479" = load volatile i16, ptr %".5476", align 2
  %".5480" = zext i16 %".5479" to i64
  %"cursor.339" = and i64 %".5480", 16383
  br label %"mpls_d1_mpls_labels1"
hsr_d1_vlan_tags2.to_pppoe:
  %".5482" = getelementptr i8, ptr %"keys.187", i64 2
  %".5483" = trunc i64 %".5439" to i16
  store volatile i16 %".5483", ptr %".5482", align 2
  %".5485" = load volatile i16, ptr %".5482", align 2
  %".5486" = zext i16 %".5485" to i64
  %"cursor.340" = and i64 %".5486", 16383
  br label %"pppoe_d1"
hsr_d1_vlan_tags2.to_arp:
  %".5488" = getelementptr i8, ptr %"keys.187", i64 2
  %".5489" = trunc i64 %".5439" to i16
  store volatile i16 %".5489", ptr %".5488", align 2
  %".5491" = load volatile i16, ptr %".5488", align 2
  %".5492" = zext i16 %".5491" to i64
  %"cursor.341" = and i64 %".5492", 16383
  br label %"arp"
hsr_d1_vlan_tags2.to_arp.1:
  %".5494" = getelementptr i8, ptr %"keys.187", i64 2
  %".5495" = trunc i64 %".5439" to i16
  store volatile i16 %".5495", ptr %".5494", align 2
  %".5497" = load volatile i16, ptr %".5494", align 2
  %".5498" = zext i16 %".5497" to i64
  %"cursor.342" = and i64 %".5498", 16383
  br label %"arp"
hsr_d1_vlan_tags2.to_ptp:
  %".5500" = getelementptr i8, ptr %"keys.187", i64 2
  %".5501" = trunc i64 %".5439" to i16
  store volatile i16 %".5501", ptr %".5500", align 2
  %".5503" = load volatile i16, ptr %".5500", align 2
  %".5504" = zext i16 %".5503" to i64
  %"cursor.343" = and i64 %".5504", 16383
  br label %"ptp"
hsr_d1_vlan_tags2.to_cfm:
  %".5506" = getelementptr i8, ptr %"keys.187", i64 2
  %".5507" = trunc i64 %".5439" to i16
  store volatile i16 %".5507", ptr %".5506", align 2
  %".5509" = load volatile i16, ptr %".5506", align 2
  %".5510" = zext i16 %".5509" to i64
  %"cursor.344" = and i64 %".5510", 16383
  br label %"cfm"
hsr_d1_vlan_tags2.to_tipc:
  %".5512" = getelementptr i8, ptr %"keys.187", i64 2
  %".5513" = trunc i64 %".5439" to i16
  store volatile i16 %".5513", ptr %".5512", align 2
  %".5515" = load volatile i16, ptr %".5512", align 2
  %".5516" = zext i16 %".5515" to i64
  %"cursor.345" = and i64 %".5516", 16383
  br label %"tipc"
hsr_d1_vlan_tags2.to_fcoe:
  %".5518" = getelementptr i8, ptr %"keys.187", i64 2
  %".5519" = trunc i64 %".5439" to i16
  store volatile i16 %".5519", ptr %".5518", align 2
  %".5521" = load volatile i16, ptr %".5518", align 2
  %".5522" = zext i16 %".5521" to i64
  %"cursor.346" = and i64 %".5522", 16383
  br label %"fcoe"
hsr_d1_vlan_tags2.to_hsr:
  %".5524" = trunc i64 %".5439" to i16
  %".5525" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".5524", ptr %".5525", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".5528" = trunc i64 %".5439" to i16
  %".5529" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".5528", ptr %".5529", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  %".5532" = getelementptr i8, ptr %"keys.187", i64 2
  %".5533" = trunc i64 %".5439" to i16
  store volatile i16 %".5533", ptr %".5532", align 2
  %".5535" = load volatile i16, ptr %".5532", align 2
  %".5536" = zext i16 %".5535" to i64
  %"cursor.347" = and i64 %".5536", 16383
  br label %"batadv_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5545" = trunc i64 %"cursor.195" to i32
  %".5546" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".5545", [40 x i8]* %"header_copy", i32 4)
  %".5547" = icmp eq i64 %".5546", 0
  %".5548" = getelementptr i8, ptr %"ctx.59", i64 76
  %".5549" = load i32, ptr %".5548", align 4
  %".5550" = zext i32 %".5549" to i64
  %"data.188" = inttoptr i64 %".5550" to ptr
  %".5551" = getelementptr i8, ptr %"ctx.59", i64 80
  %".5552" = load i32, ptr %".5551", align 4
  %".5553" = zext i32 %".5552" to i64
  %"data_end.188" = inttoptr i64 %".5553" to ptr
  %".5554" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.188" = load ptr, ptr %".5554", align 8
  %".5555" = xor i1 %".5547", -1
  br i1 %".5555", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".5557" = trunc i64 %".5538" to i16
  %".5558" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".5557", ptr %".5558", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".5561" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5562" = load volatile i8, [40 x i8]* %".5561", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".5568" = trunc i64 %".5564" to i16
  %".5569" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5568", ptr %".5569", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_mpls:
  %".5572" = getelementptr i8, ptr %"keys.189", i64 2
  %".5573" = trunc i64 %".5564" to i16
  store volatile i16 %".5573", ptr %".5572", align 2
  %".5575" = load volatile i16, ptr %".5572", align 2
  %".5576" = zext i16 %".5575" to i64
  %"cursor.349" = and i64 %".5576", 16383
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels2.to_ip_version:
  %".5578" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".5578", align 1
  %".5580" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.69" = load volatile i32, ptr %".5580", align 4
  %".5581" = and i32 %"flags.69", 4
  %".5582" = icmp ne i32 %".5581", 0
  br i1 %".5582", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels3:
  %"cursor.348" = phi  i64 [%"cursor.349", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.190" = phi  ptr [%"data.189", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.190" = phi  ptr [%"data_end.189", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.190" = phi  ptr [%"keys.189", %"mpls_d1_mpls_labels2.to_mpls"]
  %".7328" = add i64 %"cursor.348", 4
  %"hdr.67" = getelementptr i8, ptr %"data.190", i64 %"cursor.348"
  %".7329" = getelementptr i8, ptr %"hdr.67", i64 4
  %".7330" = icmp ugt ptr %".7329", %"data_end.190"
  br i1 %".7330", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".7332" = getelementptr i8, ptr %"hdr.67", i64 2
  %".7333" = load i8, ptr %".7332", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".7333", %"mpls_d1_mpls_labels3.linear"], [%".7352", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.237" = phi  ptr [%"data.190", %"mpls_d1_mpls_labels3.linear"], [%"data.236", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.237" = phi  ptr [%"data_end.190", %"mpls_d1_mpls_labels3.linear"], [%"data_end.236", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.237" = phi  ptr [%"keys.190", %"mpls_d1_mpls_labels3.linear"], [%"keys.236", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".7354" = add i64 %"cursor.348", 4
  %".7355" = zext i8 %"w2_1.6" to i64
  %".7356" = and i64 %".7355", 1
  switch i64 %".7356", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels2.stop_at_encap:
  %".5584" = trunc i64 %".5564" to i16
  %".5585" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5584", ptr %".5585", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".5588" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".5588", align 4
  %".5590" = trunc i64 %".5564" to i16
  %".5591" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".5590", ptr %".5591", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5600" = trunc i64 %"cursor.217" to i32
  %".5601" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".5600", [40 x i8]* %"header_copy", i32 14)
  %".5602" = icmp eq i64 %".5601", 0
  %".5603" = getelementptr i8, ptr %"ctx.60", i64 76
  %".5604" = load i32, ptr %".5603", align 4
  %".5605" = zext i32 %".5604" to i64
  %"data.191" = inttoptr i64 %".5605" to ptr
  %".5606" = getelementptr i8, ptr %"ctx.60", i64 80
  %".5607" = load i32, ptr %".5606", align 4
  %".5608" = zext i32 %".5607" to i64
  %"data_end.191" = inttoptr i64 %".5608" to ptr
  %".5609" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.191" = load ptr, ptr %".5609", align 8
  %".5610" = xor i1 %".5602", -1
  br i1 %".5610", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".5612" = trunc i64 %"cursor.217" to i16
  %".5613" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".5612", ptr %".5613", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".5616" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".5617" = load volatile i16, [40 x i8]* %".5616", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".5629" = trunc i64 %".5625" to i16
  %".5630" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".5629", ptr %".5630", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  %".5633" = getelementptr i8, ptr %"keys.192", i64 2
  %".5634" = trunc i64 %".5625" to i16
  store volatile i16 %".5634", ptr %".5633", align 2
  %".5636" = load volatile i16, ptr %".5633", align 2
  %".5637" = zext i16 %".5636" to i64
  %"cursor.350" = and i64 %".5637", 16383
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  %".5639" = getelementptr i8, ptr %"keys.192", i64 2
  %".5640" = trunc i64 %".5625" to i16
  store volatile i16 %".5640", ptr %".5639", align 2
  %".5642" = load volatile i16, ptr %".5639", align 2
  %".5643" = zext i16 %".5642" to i64
  %"cursor.351" = and i64 %".5643", 16383
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  %".5645" = getelementptr i8, ptr %"keys.192", i64 2
  %".5646" = trunc i64 %".5625" to i16
  store volatile i16 %".5646", ptr %".5645", align 2
  %".5648" = load volatile i16, ptr %".5645", align 2
  %".5649" = zext i16 %".5648" to i64
  %"cursor.352" = and i64 %".5649", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  %".5651" = getelementptr i8, ptr %"keys.192", i64 2
  %".5652" = trunc i64 %".5625" to i16
  store volatile i16 %".5652", ptr %".5651", align 2
  %".5654" = load volatile i16, ptr %".5651", align 2
  %".5655" = zext i16 %".5654" to i64
  %"cursor.353" = and i64 %".5655", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  %".5657" = getelementptr i8, ptr %"keys.192", i64 2
  %".5658" = trunc i64 %".5625" to i16
  store volatile i16 %".5658", ptr %".5657", align 2
  %".5660" = load volatile i16, ptr %".5657", align 2
  %".5661" = zext i16 %".5660" to i64
  %"cursor.354" = and i64 %".5661", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_mpls.1:
  %".5663" = getelementptr i8, ptr %"keys.192", i64 2
  %".5664" = trunc i64 %".5625" to i16
  store volatile i16 %".5664", ptr %".5663", align 2
  %".5666" = load volatile i16, ptr %".5663", align 2
  %".5667" = zext i16 %".5666" to i64
  %"cursor.355" = and i64 %".5667", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_pppoe:
  %".5669" = getelementptr i8, ptr %"keys.192", i64 2
  %".5670" = trunc i64 %".5625" to i16
  store volatile i16 %".5670", ptr %".5669", align 2
  %".5672" = load volatile i16, ptr %".5669", align 2
  %".5673" = zext i16 %".5672" to i64
  %"cursor.356" = and i64 %".5673", 16383
  br label %"pppoe_d1"
ethernet_d1.to_arp:
  %".5675" = getelementptr i8, ptr %"keys.192", i64 2
  %".5676" = trunc i64 %".5625" to i16
  store volatile i16 %".5676", ptr %".5675", align 2
  %".5678" = load volatile i16, ptr %".5675", align 2
  %".5679" = zext i16 %".5678" to i64
  %"cursor.357" = and i64 %".5679", 16383
  br label %"arp"
ethernet_d1.to_arp.1:
  %".5681" = getelementptr i8, ptr %"keys.192", i64 2
  %".5682" = trunc i64 %".5625" to i16
  store volatile i16 %".5682", ptr %".5681", align 2
  %".5684" = load volatile i16, ptr %".5681", align 2
  %".5685" = zext i16 %".5684" to i64
  %"cursor.358" = and i64 %".5685", 16383
  br label %"arp"
ethernet_d1.to_ptp:
  %".5687" = getelementptr i8, ptr %"keys.192", i64 2
  %".5688" = trunc i64 %".5625" to i16
  store volatile i16 %".5688", ptr %".5687", align 2
  %".5690" = load volatile i16, ptr %".5687", align 2
  %".5691" = zext i16 %".5690" to i64
  %"cursor.359" = and i64 %".5691", 16383
  br label %"ptp"
ethernet_d1.to_cfm:
  %".5693" = getelementptr i8, ptr %"keys.192", i64 2
  %".5694" = trunc i64 %".5625" to i16
  store volatile i16 %".5694", ptr %".5693", align 2
  %".5696" = load volatile i16, ptr %".5693", align 2
  %".5697" = zext i16 %".5696" to i64
  %"cursor.360" = and i64 %".5697", 16383
  br label %"cfm"
ethernet_d1.to_tipc:
  %".5699" = getelementptr i8, ptr %"keys.192", i64 2
  %".5700" = trunc i64 %".5625" to i16
  store volatile i16 %".5700", ptr %".5699", align 2
  %".5702" = load volatile i16, ptr %".5699", align 2
  %".5703" = zext i16 %".5702" to i64
  %"cursor.361" = and i64 %".5703", 16383
  br label %"tipc"
ethernet_d1.to_fcoe:
  %".5705" = getelementptr i8, ptr %"keys.192", i64 2
  %".5706" = trunc i64 %".5625" to i16
  store volatile i16 %".5706", ptr %".5705", align 2
  %".5708" = load volatile i16, ptr %".5705", align 2
  %".5709" = zext i16 %".5708" to i64
  %"cursor.362" = and i64 %".5709", 16383
  br label %"fcoe"
ethernet_d1.to_hsr:
  %".5711" = getelementptr i8, ptr %"keys.192", i64 2
  %".5712" = trunc i64 %".5625" to i16
  store volatile i16 %".5712", ptr %".5711", align 2
  %".5714" = load volatile i16, ptr %".5711", align 2
  %".5715" = zext i16 %".5714" to i64
  %"cursor.363" = and i64 %".5715", 16383
  br label %"hsr_d1_vlan_tags1"
ethernet_d1.to_hsr.1:
  %".5717" = getelementptr i8, ptr %"keys.192", i64 2
  %".5718" = trunc i64 %".5625" to i16
  store volatile i16 %".5718", ptr %".5717", align 2
  %".5720" = load volatile i16, ptr %".5717", align 2
  %".5721" = zext i16 %".5720" to i64
  %"cursor.364" = and i64 %".5721", 16383
  br label %"hsr_d1_vlan_tags1"
ethernet_d1.to_batadv:
  %".5723" = getelementptr i8, ptr %"keys.192", i64 2
  %".5724" = trunc i64 %".5625" to i16
  store volatile i16 %".5724", ptr %".5723", align 2
  %".5726" = load volatile i16, ptr %".5723", align 2
  %".5727" = zext i16 %".5726" to i64
  %"cursor.365" = and i64 %".5727", 16383
  br label %"batadv_d1"
gtpu_opt_d1.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5733" = trunc i64 %"cursor.225" to i32
  %".5734" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".5733", [40 x i8]* %"header_copy", i32 4)
  %".5735" = icmp eq i64 %".5734", 0
  %".5736" = getelementptr i8, ptr %"ctx.61", i64 76
  %".5737" = load i32, ptr %".5736", align 4
  %".5738" = zext i32 %".5737" to i64
  %"data.193" = inttoptr i64 %".5738" to ptr
  %".5739" = getelementptr i8, ptr %"ctx.61", i64 80
  %".5740" = load i32, ptr %".5739", align 4
  %".5741" = zext i32 %".5740" to i64
  %"data_end.193" = inttoptr i64 %".5741" to ptr
  %".5742" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.193" = load ptr, ptr %".5742", align 8
  %".5743" = xor i1 %".5735", -1
  br i1 %".5743", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".5745" = trunc i64 %"cursor.225" to i16
  %".5746" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".5745", ptr %".5746", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".5752" = trunc i64 %".5750" to i16
  %".5753" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".5752", ptr %".5753", align 2
  br label %"return"
gtpu_opt_d1.to_ip_version:
  %".5756" = getelementptr i8, ptr %"keys.194", i64 2
  %".5757" = trunc i64 %".5750" to i16
  store volatile i16 %".5757", ptr %".5756", align 2
  %".5759" = load volatile i16, ptr %".5756", align 2
  %".5760" = zext i16 %".5759" to i64
  %"cursor.366" = and i64 %".5760", 16383
  br label %"ip_version_d1"
gtpu_seq_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5766" = trunc i64 %"cursor.227" to i32
  %".5767" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".5766", [40 x i8]* %"header_copy", i32 3)
  %".5768" = icmp eq i64 %".5767", 0
  %".5769" = getelementptr i8, ptr %"ctx.62", i64 76
  %".5770" = load i32, ptr %".5769", align 4
  %".5771" = zext i32 %".5770" to i64
  %"data.195" = inttoptr i64 %".5771" to ptr
  %".5772" = getelementptr i8, ptr %"ctx.62", i64 80
  %".5773" = load i32, ptr %".5772", align 4
  %".5774" = zext i32 %".5773" to i64
  %"data_end.195" = inttoptr i64 %".5774" to ptr
  %".5775" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.195" = load ptr, ptr %".5775", align 8
  %".5776" = xor i1 %".5768", -1
  br i1 %".5776", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".5778" = trunc i64 %"cursor.227" to i16
  %".5779" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".5778", ptr %".5779", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".5785" = trunc i64 %".5783" to i16
  %".5786" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5785", ptr %".5786", align 2
  br label %"return"
gtpu_seq_d1.to_gtpu_next:
  %".5789" = getelementptr i8, ptr %"keys.196", i64 2
  %".5790" = trunc i64 %".5783" to i16
  store volatile i16 %".5790", ptr %".5789", align 2
  %".5792" = load volatile i16, ptr %".5789", align 2
  %".5793" = zext i16 %".5792" to i64
  %"cursor.368" = and i64 %".5793", 16383
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.367" = phi  i64 [%"cursor.368", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.197" = phi  ptr [%"data.196", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.197" = phi  ptr [%"data_end.196", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.197" = phi  ptr [%"keys.196", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.68" = getelementptr i8, ptr %"data.197", i64 %"cursor.367"
  %".7384" = getelementptr i8, ptr %"hdr.68", i64 1
  %".7385" = icmp ugt ptr %".7384", %"data_end.197"
  br i1 %".7385", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".7387" = getelementptr i8, ptr %"hdr.68", i64 0
  %".7388" = load i8, ptr %".7387", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.29" = phi  i8 [%".7388", %"gtpu_next_d1.linear"], [%".7407", %"gtpu_next_d1.copy_failed.endif"]
  %"data.240" = phi  ptr [%"data.197", %"gtpu_next_d1.linear"], [%"data.239", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.240" = phi  ptr [%"data_end.197", %"gtpu_next_d1.linear"], [%"data_end.239", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.240" = phi  ptr [%"keys.197", %"gtpu_next_d1.linear"], [%"keys.239", %"gtpu_next_d1.copy_failed.endif"]
  %".7409" = add i64 %"cursor.367", 1
  %".7410" = zext i8 %"w0_1.29" to i64
  %".7411" = icmp uge i64 %".7410", 1
  %".7412" = icmp ule i64 %".7410", 255
  %".7413" = and i1 %".7411", %".7412"
  br i1 %".7413", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
ppp_d0.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5801" = trunc i64 %"cursor.247" to i32
  %".5802" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".5801", [40 x i8]* %"header_copy", i32 4)
  %".5803" = icmp eq i64 %".5802", 0
  %".5804" = getelementptr i8, ptr %"ctx.63", i64 76
  %".5805" = load i32, ptr %".5804", align 4
  %".5806" = zext i32 %".5805" to i64
  %"data.198" = inttoptr i64 %".5806" to ptr
  %".5807" = getelementptr i8, ptr %"ctx.63", i64 80
  %".5808" = load i32, ptr %".5807", align 4
  %".5809" = zext i32 %".5808" to i64
  %"data_end.198" = inttoptr i64 %".5809" to ptr
  %".5810" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.198" = load ptr, ptr %".5810", align 8
  %".5811" = xor i1 %".5803", -1
  br i1 %".5811", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".5813" = trunc i64 %"cursor.247" to i16
  %".5814" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".5813", ptr %".5814", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".5817" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5818" = load volatile i16, [40 x i8]* %".5817", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".5824" = and i64 %".5822", 0
  %".5825" = icmp eq i64 %".5824", 0
  br i1 %".5825", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".5831" = trunc i64 2048 to i16
  %".5832" = call i16 @"llvm.bswap.i16"(i16 %".5831")
  %".5833" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5832", ptr %".5833", align 2
  %".5835" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5835", align 1
  %".5837" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.70" = load volatile i32, ptr %".5837", align 4
  %".5838" = and i32 %"flags.70", 4
  %".5839" = icmp ne i32 %".5838", 0
  br i1 %".5839", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".5853" = trunc i64 34525 to i16
  %".5854" = call i16 @"llvm.bswap.i16"(i16 %".5853")
  %".5855" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5854", ptr %".5855", align 2
  %".5857" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5857", align 1
  %".5859" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.71" = load volatile i32, ptr %".5859", align 4
  %".5860" = and i32 %"flags.71", 4
  %".5861" = icmp ne i32 %".5860", 0
  br i1 %".5861", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".5875" = trunc i64 34827 to i16
  %".5876" = call i16 @"llvm.bswap.i16"(i16 %".5875")
  %".5877" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".5876", ptr %".5877", align 2
  %".5879" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".5879", align 1
  %".5881" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.72" = load volatile i32, ptr %".5881", align 4
  %".5882" = and i32 %"flags.72", 4
  %".5883" = icmp ne i32 %".5882", 0
  br i1 %".5883", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".5827" = trunc i64 %".5820" to i16
  %".5828" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5827", ptr %".5828", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".5841" = trunc i64 %".5820" to i16
  %".5842" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5841", ptr %".5842", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".5845" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5845", align 4
  %".5847" = getelementptr i8, ptr %"keys.199", i64 2
  %".5848" = trunc i64 %".5820" to i16
  store volatile i16 %".5848", ptr %".5847", align 2
  %".5850" = load volatile i16, ptr %".5847", align 2
  %".5851" = zext i16 %".5850" to i64
  %"cursor.369" = and i64 %".5851", 16383
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".5863" = trunc i64 %".5820" to i16
  %".5864" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5863", ptr %".5864", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".5867" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5867", align 4
  %".5869" = getelementptr i8, ptr %"keys.199", i64 2
  %".5870" = trunc i64 %".5820" to i16
  store volatile i16 %".5870", ptr %".5869", align 2
  %".5872" = load volatile i16, ptr %".5869", align 2
  %".5873" = zext i16 %".5872" to i64
  %"cursor.370" = and i64 %".5873", 16383
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".5885" = trunc i64 %".5820" to i16
  %".5886" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".5885", ptr %".5886", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".5889" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".5889", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.371" = phi  i64 [%".5820", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.200" = phi  ptr [%"data.199", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.200" = phi  ptr [%"data_end.199", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.200" = phi  ptr [%"keys.199", %"ppp_d0.stop_at_encap.endif.2"]
  %".7432" = add i64 %"cursor.371", 0
  %".7433" = trunc i64 %".7432" to i16
  %".7434" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".7433", ptr %".7434", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5896" = trunc i64 %"cursor.248" to i32
  %".5897" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".5896", [40 x i8]* %"header_copy", i32 8)
  %".5898" = icmp eq i64 %".5897", 0
  %".5899" = getelementptr i8, ptr %"ctx.64", i64 76
  %".5900" = load i32, ptr %".5899", align 4
  %".5901" = zext i32 %".5900" to i64
  %"data.201" = inttoptr i64 %".5901" to ptr
  %".5902" = getelementptr i8, ptr %"ctx.64", i64 80
  %".5903" = load i32, ptr %".5902", align 4
  %".5904" = zext i32 %".5903" to i64
  %"data_end.201" = inttoptr i64 %".5904" to ptr
  %".5905" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.201" = load ptr, ptr %".5905", align 8
  %".5906" = xor i1 %".5898", -1
  br i1 %".5906", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".5908" = trunc i64 %"cursor.248" to i16
  %".5909" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5908", ptr %".5909", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".5920" = trunc i64 %".5913" to i16
  %".5921" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5920", ptr %".5921", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".5924" = getelementptr i8, ptr %"keys.202", i64 12
  store i32 0, ptr %".5924", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.unknown:
  %".5927" = trunc i64 %".5913" to i16
  %".5928" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5927", ptr %".5928", align 2
  br label %"return"
vxlan_d1.to_ethernet:
  %".5931" = trunc i64 %".5913" to i16
  %".5932" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5931", ptr %".5932", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5943" = trunc i64 %"cursor.250" to i32
  %".5944" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".5943", [40 x i8]* %"header_copy", i32 8)
  %".5945" = icmp eq i64 %".5944", 0
  %".5946" = getelementptr i8, ptr %"ctx.65", i64 76
  %".5947" = load i32, ptr %".5946", align 4
  %".5948" = zext i32 %".5947" to i64
  %"data.203" = inttoptr i64 %".5948" to ptr
  %".5949" = getelementptr i8, ptr %"ctx.65", i64 80
  %".5950" = load i32, ptr %".5949", align 4
  %".5951" = zext i32 %".5950" to i64
  %"data_end.203" = inttoptr i64 %".5951" to ptr
  %".5952" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.203" = load ptr, ptr %".5952", align 8
  %".5953" = xor i1 %".5945", -1
  br i1 %".5953", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".5955" = trunc i64 %"cursor.250" to i16
  %".5956" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".5955", ptr %".5956", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".5959" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5960" = load volatile i8, [40 x i8]* %".5959", align 1
  %".5961" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5962" = load volatile i16, [40 x i8]* %".5961", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".5969" = trunc i64 %"cursor.250" to i16
  %".5970" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".5969", ptr %".5970", align 2
  br label %"return"
geneve_d1.stop_before.endif:
  %".5973" = add i64 %"cursor.250", 8
  %".5974" = zext i8 %"w0_1.20" to i64
  %".5975" = and i64 %".5974", 63
  %".5976" = mul i64 %".5975", 4
  %".5977" = add i64 %".5976", 8
  %".5978" = getelementptr i8, ptr %"data.204", i64 %"cursor.250"
  %".5979" = getelementptr i8, ptr %".5978", i64 %".5977"
  %".5980" = icmp ugt ptr %".5979", %"data_end.204"
  br i1 %".5980", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.206" = phi  ptr [%"data.204", %"geneve_d1.stop_before.endif"], [%"data.205", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.204", %"geneve_d1.stop_before.endif"], [%"data_end.205", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.204", %"geneve_d1.stop_before.endif"], [%"keys.205", %"geneve_d1.copy_last_byte_failed.endif"]
  %"end.13" = add i64 %"cursor.250", %".5977"
  %".6001" = getelementptr i8, ptr %"keys.206", i64 8
  store i8 1, ptr %".6001", align 1
  %".6003" = getelementptr i8, ptr %"keys.206", i64 48
  %"flags.74" = load volatile i32, ptr %".6003", align 4
  %".6004" = and i32 %"flags.74", 4
  %".6005" = icmp ne i32 %".6004", 0
  br i1 %".6005", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
geneve_d1.copy_last_byte:
  %".5982" = add i64 %"cursor.250", %".5977"
  %".5983" = sub i64 %".5982", 1
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5984" = trunc i64 %".5983" to i32
  %".5985" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".5984", i64* %"last_byte", i32 1)
  %".5986" = icmp eq i64 %".5985", 0
  %".5987" = getelementptr i8, ptr %"ctx.66", i64 76
  %".5988" = load i32, ptr %".5987", align 4
  %".5989" = zext i32 %".5988" to i64
  %"data.205" = inttoptr i64 %".5989" to ptr
  %".5990" = getelementptr i8, ptr %"ctx.66", i64 80
  %".5991" = load i32, ptr %".5990", align 4
  %".5992" = zext i32 %".5991" to i64
  %"data_end.205" = inttoptr i64 %".5992" to ptr
  %".5993" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.205" = load ptr, ptr %".5993", align 8
  %".5994" = xor i1 %".5986", -1
  br i1 %".5994", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".5996" = trunc i64 %"cursor.250" to i16
  %".5997" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".5996", ptr %".5997", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".6007" = trunc i64 %"end.13" to i16
  %".6008" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".6007", ptr %".6008", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".6011" = getelementptr i8, ptr %"keys.206", i64 12
  store i32 0, ptr %".6011", align 4
  %".6013" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".6014" = zext i16 %".6013" to i64
  switch i64 %".6014", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]
geneve_d1.unknown:
  %".6016" = trunc i64 %"end.13" to i16
  %".6017" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".6016", ptr %".6017", align 2
  br label %"return"
geneve_d1.to_ethernet:
  %".6020" = trunc i64 %"end.13" to i16
  %".6021" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".6020", ptr %".6021", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".6024" = trunc i64 %"end.13" to i16
  %".6025" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".6024", ptr %".6025", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".6028" = trunc i64 %"end.13" to i16
  %".6029" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".6028", ptr %".6029", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6040" = trunc i64 %"cursor.252" to i32
  %".6041" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".6040", [40 x i8]* %"header_copy", i32 4)
  %".6042" = icmp eq i64 %".6041", 0
  %".6043" = getelementptr i8, ptr %"ctx.67", i64 76
  %".6044" = load i32, ptr %".6043", align 4
  %".6045" = zext i32 %".6044" to i64
  %"data.207" = inttoptr i64 %".6045" to ptr
  %".6046" = getelementptr i8, ptr %"ctx.67", i64 80
  %".6047" = load i32, ptr %".6046", align 4
  %".6048" = zext i32 %".6047" to i64
  %"data_end.207" = inttoptr i64 %".6048" to ptr
  %".6049" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.207" = load ptr, ptr %".6049", align 8
  %".6050" = xor i1 %".6042", -1
  br i1 %".6050", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".6052" = trunc i64 %"cursor.252" to i16
  %".6053" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".6052", ptr %".6053", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".6056" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6057" = load volatile i8, [40 x i8]* %".6056", align 1
  %".6058" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6059" = load volatile i8, [40 x i8]* %".6058", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".6071" = trunc i64 %"cursor.252" to i16
  %".6072" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".6071", ptr %".6072", align 2
  br label %"return"
gue_d1.stop_before.endif:
  %".6075" = add i64 %"cursor.252", 4
  %".6076" = zext i8 %"w0_1.21" to i64
  %".6077" = and i64 %".6076", 31
  %".6078" = mul i64 %".6077", 4
  %".6079" = add i64 %".6078", 4
  %".6080" = getelementptr i8, ptr %"data.208", i64 %"cursor.252"
  %".6081" = getelementptr i8, ptr %".6080", i64 %".6079"
  %".6082" = icmp ugt ptr %".6081", %"data_end.208"
  br i1 %".6082", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.210" = phi  ptr [%"data.208", %"gue_d1.stop_before.endif"], [%"data.209", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.208", %"gue_d1.stop_before.endif"], [%"data_end.209", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.208", %"gue_d1.stop_before.endif"], [%"keys.209", %"gue_d1.copy_last_byte_failed.endif"]
  %"end.14" = add i64 %"cursor.252", %".6079"
  %".6103" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".6103", align 1
  %".6105" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.75" = load volatile i32, ptr %".6105", align 4
  %".6106" = and i32 %"flags.75", 4
  %".6107" = icmp ne i32 %".6106", 0
  br i1 %".6107", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gue_d1.copy_last_byte:
  %".6084" = add i64 %"cursor.252", %".6079"
  %".6085" = sub i64 %".6084", 1
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6086" = trunc i64 %".6085" to i32
  %".6087" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".6086", i64* %"last_byte", i32 1)
  %".6088" = icmp eq i64 %".6087", 0
  %".6089" = getelementptr i8, ptr %"ctx.68", i64 76
  %".6090" = load i32, ptr %".6089", align 4
  %".6091" = zext i32 %".6090" to i64
  %"data.209" = inttoptr i64 %".6091" to ptr
  %".6092" = getelementptr i8, ptr %"ctx.68", i64 80
  %".6093" = load i32, ptr %".6092", align 4
  %".6094" = zext i32 %".6093" to i64
  %"data_end.209" = inttoptr i64 %".6094" to ptr
  %".6095" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.209" = load ptr, ptr %".6095", align 8
  %".6096" = xor i1 %".6088", -1
  br i1 %".6096", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".6098" = trunc i64 %"cursor.252" to i16
  %".6099" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".6098", ptr %".6099", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".6109" = trunc i64 %"end.14" to i16
  %".6110" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".6109", ptr %".6110", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".6113" = getelementptr i8, ptr %"keys.210", i64 12
  store i32 0, ptr %".6113", align 4
  %".6115" = zext i8 %"w1_1.13" to i64
  switch i64 %".6115", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.unknown:
  %".6117" = trunc i64 %"end.14" to i16
  %".6118" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".6117", ptr %".6118", align 2
  br label %"return"
gue_d1.to_ipv4:
  %".6121" = trunc i64 %"end.14" to i16
  %".6122" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".6121", ptr %".6122", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".6125" = trunc i64 %"end.14" to i16
  %".6126" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".6125", ptr %".6126", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6137" = trunc i64 %"cursor.254" to i32
  %".6138" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".6137", [40 x i8]* %"header_copy", i32 8)
  %".6139" = icmp eq i64 %".6138", 0
  %".6140" = getelementptr i8, ptr %"ctx.69", i64 76
  %".6141" = load i32, ptr %".6140", align 4
  %".6142" = zext i32 %".6141" to i64
  %"data.211" = inttoptr i64 %".6142" to ptr
  %".6143" = getelementptr i8, ptr %"ctx.69", i64 80
  %".6144" = load i32, ptr %".6143", align 4
  %".6145" = zext i32 %".6144" to i64
  %"data_end.211" = inttoptr i64 %".6145" to ptr
  %".6146" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.211" = load ptr, ptr %".6146", align 8
  %".6147" = xor i1 %".6139", -1
  br i1 %".6147", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".6149" = trunc i64 %"cursor.254" to i16
  %".6150" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".6149", ptr %".6150", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".6153" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6154" = load volatile i8, [40 x i8]* %".6153", align 1
  %".6155" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6156" = load volatile i8, [40 x i8]* %".6155", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".6171" = trunc i64 %"cursor.254" to i16
  %".6172" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".6171", ptr %".6172", align 2
  br label %"return"
gtpu_d1.stop_before.endif:
  %".6175" = add i64 %"cursor.254", 8
  %".6176" = getelementptr i8, ptr %"keys.212", i64 8
  store i8 1, ptr %".6176", align 1
  %".6178" = getelementptr i8, ptr %"keys.212", i64 48
  %"flags.76" = load volatile i32, ptr %".6178", align 4
  %".6179" = and i32 %"flags.76", 4
  %".6180" = icmp ne i32 %".6179", 0
  br i1 %".6180", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
gtpu_d1.stop_at_encap:
  %".6182" = trunc i64 %".6175" to i16
  %".6183" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".6182", ptr %".6183", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".6186" = getelementptr i8, ptr %"keys.212", i64 12
  store i32 0, ptr %".6186", align 4
  %".6188" = zext i8 %"w0_1.22" to i64
  %".6189" = lshr i64 %".6188", 2
  %".6190" = and i64 %".6189", 1
  %".6191" = mul i64 %".6190", 4
  %".6192" = zext i8 %"w0_1.22" to i64
  %".6193" = lshr i64 %".6192", 1
  %".6194" = and i64 %".6193", 1
  %".6195" = mul i64 %".6194", 2
  %".6196" = add i64 %".6191", %".6195"
  %".6197" = zext i8 %"w0_1.22" to i64
  %".6198" = and i64 %".6197", 1
  %".6199" = add i64 %".6196", %".6198"
  %".6200" = icmp uge i64 %".6199", 1
  %".6201" = icmp ule i64 %".6199", 3
  %".6202" = and i1 %".6200", %".6201"
  br i1 %".6202", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".6209" = trunc i64 %".6175" to i16
  %".6210" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".6209", ptr %".6210", align 2
  br label %"return"
gtpu_d1.to_ip_version:
  %".6213" = trunc i64 %".6175" to i16
  %".6214" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".6213", ptr %".6214", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".6217" = trunc i64 %".6175" to i16
  %".6218" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".6217", ptr %".6218", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".6221" = trunc i64 %".6175" to i16
  %".6222" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".6221", ptr %".6222", align 2
  br label %"return"
gtpu_d1.select:
  %".6204" = icmp uge i64 %".6199", 4
  %".6205" = icmp ule i64 %".6199", 7
  %".6206" = and i1 %".6204", %".6205"
  br i1 %".6206", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".6199", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
shim_d1.copy:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6231" = trunc i64 %"cursor.256" to i32
  %".6232" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".6231", [40 x i8]* %"header_copy", i32 8)
  %".6233" = icmp eq i64 %".6232", 0
  %".6234" = getelementptr i8, ptr %"ctx.70", i64 76
  %".6235" = load i32, ptr %".6234", align 4
  %".6236" = zext i32 %".6235" to i64
  %"data.213" = inttoptr i64 %".6236" to ptr
  %".6237" = getelementptr i8, ptr %"ctx.70", i64 80
  %".6238" = load i32, ptr %".6237", align 4
  %".6239" = zext i32 %".6238" to i64
  %"data_end.213" = inttoptr i64 %".6239" to ptr
  %".6240" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.213" = load ptr, ptr %".6240", align 8
  %".6241" = xor i1 %".6233", -1
  br i1 %".6241", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".6243" = trunc i64 %"cursor.256" to i16
  %".6244" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".6243", ptr %".6244", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".6247" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6248" = load volatile i16, [40 x i8]* %".6247", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".6257" = trunc i64 %".6250" to i16
  %".6258" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".6257", ptr %".6258", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".6261" = getelementptr i8, ptr %"keys.214", i64 12
  store i32 0, ptr %".6261", align 4
  %".6263" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".6264" = zext i16 %".6263" to i64
  switch i64 %".6264", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.unknown:
  %".6266" = trunc i64 %".6250" to i16
  %".6267" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".6266", ptr %".6267", align 2
  br label %"return"
shim_d1.to_ipv4:
  %".6270" = trunc i64 %".6250" to i16
  %".6271" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".6270", ptr %".6271", align 2
  br label %"return"
gre_d1.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6284" = trunc i64 %"cursor.258" to i32
  %".6285" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".6284", [40 x i8]* %"header_copy", i32 4)
  %".6286" = icmp eq i64 %".6285", 0
  %".6287" = getelementptr i8, ptr %"ctx.71", i64 76
  %".6288" = load i32, ptr %".6287", align 4
  %".6289" = zext i32 %".6288" to i64
  %"data.215" = inttoptr i64 %".6289" to ptr
  %".6290" = getelementptr i8, ptr %"ctx.71", i64 80
  %".6291" = load i32, ptr %".6290", align 4
  %".6292" = zext i32 %".6291" to i64
  %"data_end.215" = inttoptr i64 %".6292" to ptr
  %".6293" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.215" = load ptr, ptr %".6293", align 8
  %".6294" = xor i1 %".6286", -1
  br i1 %".6294", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".6296" = trunc i64 %"cursor.258" to i16
  %".6297" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".6296", ptr %".6297", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".6300" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6301" = load volatile i8, [40 x i8]* %".6300", align 1
  %".6302" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6303" = load volatile i8, [40 x i8]* %".6302", align 1
  %".6304" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6305" = load volatile i16, [40 x i8]* %".6304", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".6316" = trunc i64 %"cursor.258" to i16
  %".6317" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".6316", ptr %".6317", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".6320" = add i64 %"cursor.258", 4
  %".6321" = zext i8 %"w0_1.23" to i64
  %".6322" = lshr i64 %".6321", 7
  %".6323" = and i64 %".6322", 1
  %".6324" = zext i8 %"w0_1.23" to i64
  %".6325" = lshr i64 %".6324", 5
  %".6326" = and i64 %".6325", 1
  %".6327" = add i64 %".6323", %".6326"
  %".6328" = zext i8 %"w0_1.23" to i64
  %".6329" = lshr i64 %".6328", 4
  %".6330" = and i64 %".6329", 1
  %".6331" = add i64 %".6327", %".6330"
  %".6332" = mul i64 %".6331", 4
  %".6333" = add i64 %".6332", 4
  %".6334" = getelementptr i8, ptr %"data.216", i64 %"cursor.258"
  %".6335" = getelementptr i8, ptr %".6334", i64 %".6333"
  %".6336" = icmp ugt ptr %".6335", %"data_end.216"
  br i1 %".6336", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.218" = phi  ptr [%"data.216", %"gre_d1.stop_before.endif"], [%"data.217", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.218" = phi  ptr [%"data_end.216", %"gre_d1.stop_before.endif"], [%"data_end.217", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.218" = phi  ptr [%"keys.216", %"gre_d1.stop_before.endif"], [%"keys.217", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.15" = add i64 %"cursor.258", %".6333"
  %".6357" = getelementptr i8, ptr %"keys.218", i64 8
  store i8 1, ptr %".6357", align 1
  %".6359" = getelementptr i8, ptr %"keys.218", i64 48
  %"flags.78" = load volatile i32, ptr %".6359", align 4
  %".6360" = and i32 %"flags.78", 4
  %".6361" = icmp ne i32 %".6360", 0
  br i1 %".6361", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".6338" = add i64 %"cursor.258", %".6333"
  %".6339" = sub i64 %".6338", 1
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6340" = trunc i64 %".6339" to i32
  %".6341" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".6340", i64* %"last_byte", i32 1)
  %".6342" = icmp eq i64 %".6341", 0
  %".6343" = getelementptr i8, ptr %"ctx.72", i64 76
  %".6344" = load i32, ptr %".6343", align 4
  %".6345" = zext i32 %".6344" to i64
  %"data.217" = inttoptr i64 %".6345" to ptr
  %".6346" = getelementptr i8, ptr %"ctx.72", i64 80
  %".6347" = load i32, ptr %".6346", align 4
  %".6348" = zext i32 %".6347" to i64
  %"data_end.217" = inttoptr i64 %".6348" to ptr
  %".6349" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.217" = load ptr, ptr %".6349", align 8
  %".6350" = xor i1 %".6342", -1
  br i1 %".6350", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".6352" = trunc i64 %"cursor.258" to i16
  %".6353" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".6352", ptr %".6353", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".6363" = trunc i64 %"end.15" to i16
  %".6364" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6363", ptr %".6364", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".6367" = getelementptr i8, ptr %"keys.218", i64 12
  store i32 0, ptr %".6367", align 4
  %".6369" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".6370" = zext i16 %".6369" to i64
  %".6371" = trunc i64 %".6370" to i16
  %".6372" = call i16 @"llvm.bswap.i16"(i16 %".6371")
  %".6373" = getelementptr i8, ptr %"keys.218", i64 10
  store i16 %".6372", ptr %".6373", align 2
  %".6375" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".6376" = zext i16 %".6375" to i64
  switch i64 %".6376", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]
gre_d1.unknown:
  %".6378" = trunc i64 %"end.15" to i16
  %".6379" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6378", ptr %".6379", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".6382" = trunc i64 %"end.15" to i16
  %".6383" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6382", ptr %".6383", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".6386" = trunc i64 %"end.15" to i16
  %".6387" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6386", ptr %".6387", align 2
  br label %"return"
gre_d1.to_vlan:
  %".6390" = trunc i64 %"end.15" to i16
  %".6391" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6390", ptr %".6391", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".6394" = trunc i64 %"end.15" to i16
  %".6395" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6394", ptr %".6395", align 2
  br label %"return"
gre_d1.to_mpls:
  %".6398" = trunc i64 %"end.15" to i16
  %".6399" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6398", ptr %".6399", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".6402" = trunc i64 %"end.15" to i16
  %".6403" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6402", ptr %".6403", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".6406" = trunc i64 %"end.15" to i16
  %".6407" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6406", ptr %".6407", align 2
  br label %"return"
gre_d1.to_arp:
  %".6410" = trunc i64 %"end.15" to i16
  %".6411" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6410", ptr %".6411", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".6414" = trunc i64 %"end.15" to i16
  %".6415" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6414", ptr %".6415", align 2
  br label %"return"
gre_d1.to_ptp:
  %".6418" = trunc i64 %"end.15" to i16
  %".6419" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6418", ptr %".6419", align 2
  br label %"return"
gre_d1.to_cfm:
  %".6422" = trunc i64 %"end.15" to i16
  %".6423" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6422", ptr %".6423", align 2
  br label %"return"
gre_d1.to_tipc:
  %".6426" = trunc i64 %"end.15" to i16
  %".6427" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6426", ptr %".6427", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".6430" = trunc i64 %"end.15" to i16
  %".6431" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6430", ptr %".6431", align 2
  br label %"return"
gre_d1.to_hsr:
  %".6434" = trunc i64 %"end.15" to i16
  %".6435" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6434", ptr %".6435", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".6438" = trunc i64 %"end.15" to i16
  %".6439" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6438", ptr %".6439", align 2
  br label %"return"
gre_d1.to_batadv:
  %".6442" = trunc i64 %"end.15" to i16
  %".6443" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6442", ptr %".6443", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".6446" = trunc i64 %"end.15" to i16
  %".6447" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".6446", ptr %".6447", align 2
  br label %"return"
pptp_d1.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6460" = trunc i64 %"cursor.260" to i32
  %".6461" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".6460", [40 x i8]* %"header_copy", i32 4)
  %".6462" = icmp eq i64 %".6461", 0
  %".6463" = getelementptr i8, ptr %"ctx.73", i64 76
  %".6464" = load i32, ptr %".6463", align 4
  %".6465" = zext i32 %".6464" to i64
  %"data.219" = inttoptr i64 %".6465" to ptr
  %".6466" = getelementptr i8, ptr %"ctx.73", i64 80
  %".6467" = load i32, ptr %".6466", align 4
  %".6468" = zext i32 %".6467" to i64
  %"data_end.219" = inttoptr i64 %".6468" to ptr
  %".6469" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.219" = load ptr, ptr %".6469", align 8
  %".6470" = xor i1 %".6462", -1
  br i1 %".6470", label %"pptp_d1.copy_failed", label %"pptp_d1.copy_failed.endif"
pptp_d1.copy_failed:
  %".6472" = trunc i64 %"cursor.260" to i16
  %".6473" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".6472", ptr %".6473", align 2
  br label %"return"
pptp_d1.copy_failed.endif:
  %".6476" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6477" = load volatile i8, [40 x i8]* %".6476", align 1
  %".6478" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6479" = load volatile i8, [40 x i8]* %".6478", align 1
  %".6480" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6481" = load volatile i16, [40 x i8]* %".6480", align 2
  br label %"pptp_d1.header"
pptp_d1.stop_before:
  %".6492" = trunc i64 %"cursor.260" to i16
  %".6493" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".6492", ptr %".6493", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".6496" = add i64 %"cursor.260", 4
  %".6497" = zext i8 %"w0_1.24" to i64
  %".6498" = lshr i64 %".6497", 7
  %".6499" = and i64 %".6498", 1
  %".6500" = zext i8 %"w0_1.24" to i64
  %".6501" = lshr i64 %".6500", 5
  %".6502" = and i64 %".6501", 1
  %".6503" = add i64 %".6499", %".6502"
  %".6504" = zext i8 %"w0_1.24" to i64
  %".6505" = lshr i64 %".6504", 4
  %".6506" = and i64 %".6505", 1
  %".6507" = add i64 %".6503", %".6506"
  %".6508" = zext i8 %"w1_1.16" to i64
  %".6509" = lshr i64 %".6508", 7
  %".6510" = and i64 %".6509", 1
  %".6511" = add i64 %".6507", %".6510"
  %".6512" = mul i64 %".6511", 4
  %".6513" = add i64 %".6512", 4
  %".6514" = getelementptr i8, ptr %"data.220", i64 %"cursor.260"
  %".6515" = getelementptr i8, ptr %".6514", i64 %".6513"
  %".6516" = icmp ugt ptr %".6515", %"data_end.220"
  br i1 %".6516", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.222" = phi  ptr [%"data.220", %"pptp_d1.stop_before.endif"], [%"data.221", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.222" = phi  ptr [%"data_end.220", %"pptp_d1.stop_before.endif"], [%"data_end.221", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.222" = phi  ptr [%"keys.220", %"pptp_d1.stop_before.endif"], [%"keys.221", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.16" = add i64 %"cursor.260", %".6513"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".6518" = add i64 %"cursor.260", %".6513"
  %".6519" = sub i64 %".6518", 1
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6520" = trunc i64 %".6519" to i32
  %".6521" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".6520", i64* %"last_byte", i32 1)
  %".6522" = icmp eq i64 %".6521", 0
  %".6523" = getelementptr i8, ptr %"ctx.74", i64 76
  %".6524" = load i32, ptr %".6523", align 4
  %".6525" = zext i32 %".6524" to i64
  %"data.221" = inttoptr i64 %".6525" to ptr
  %".6526" = getelementptr i8, ptr %"ctx.74", i64 80
  %".6527" = load i32, ptr %".6526", align 4
  %".6528" = zext i32 %".6527" to i64
  %"data_end.221" = inttoptr i64 %".6528" to ptr
  %".6529" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.221" = load ptr, ptr %".6529", align 8
  %".6530" = xor i1 %".6522", -1
  br i1 %".6530", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".6532" = trunc i64 %"cursor.260" to i16
  %".6533" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".6532", ptr %".6533", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".6538" = trunc i64 %"end.16" to i16
  %".6539" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".6538", ptr %".6539", align 2
  br label %"return"
pptp_d1.to_ppp:
  %".6542" = getelementptr i8, ptr %"keys.222", i64 2
  %".6543" = trunc i64 %"end.16" to i16
  store volatile i16 %".6543", ptr %".6542", align 2
  %".6545" = load volatile i16, ptr %".6542", align 2
  %".6546" = zext i16 %".6545" to i64
  %"cursor.373" = and i64 %".6546", 16383
  br label %"ppp_d1"
ppp_d1:
  %"cursor.372" = phi  i64 [%"cursor.373", %"pptp_d1.to_ppp"]
  %"data.223" = phi  ptr [%"data.222", %"pptp_d1.to_ppp"]
  %"data_end.223" = phi  ptr [%"data_end.222", %"pptp_d1.to_ppp"]
  %"keys.223" = phi  ptr [%"keys.222", %"pptp_d1.to_ppp"]
  %"hdr.69" = getelementptr i8, ptr %"data.223", i64 %"cursor.372"
  %".7437" = getelementptr i8, ptr %"hdr.69", i64 4
  %".7438" = icmp ugt ptr %".7437", %"data_end.223"
  br i1 %".7438", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".7440" = getelementptr i8, ptr %"hdr.69", i64 2
  %".7441" = load i16, ptr %".7440", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.26" = phi  i16 [%".7441", %"ppp_d1.linear"], [%".7460", %"ppp_d1.copy_failed.endif"]
  %"data.243" = phi  ptr [%"data.223", %"ppp_d1.linear"], [%"data.242", %"ppp_d1.copy_failed.endif"]
  %"data_end.243" = phi  ptr [%"data_end.223", %"ppp_d1.linear"], [%"data_end.242", %"ppp_d1.copy_failed.endif"]
  %"keys.243" = phi  ptr [%"keys.223", %"ppp_d1.linear"], [%"keys.242", %"ppp_d1.copy_failed.endif"]
  %".7462" = add i64 %"cursor.372", 4
  %".7463" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.26")
  %".7464" = zext i16 %".7463" to i64
  switch i64 %".7464", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6556" = trunc i64 %"cursor.262" to i32
  %".6557" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".6556", [40 x i8]* %"header_copy", i32 2)
  %".6558" = icmp eq i64 %".6557", 0
  %".6559" = getelementptr i8, ptr %"ctx.75", i64 76
  %".6560" = load i32, ptr %".6559", align 4
  %".6561" = zext i32 %".6560" to i64
  %"data.224" = inttoptr i64 %".6561" to ptr
  %".6562" = getelementptr i8, ptr %"ctx.75", i64 80
  %".6563" = load i32, ptr %".6562", align 4
  %".6564" = zext i32 %".6563" to i64
  %"data_end.224" = inttoptr i64 %".6564" to ptr
  %".6565" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.224" = load ptr, ptr %".6565", align 8
  %".6566" = xor i1 %".6558", -1
  br i1 %".6566", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".6568" = trunc i64 %"cursor.262" to i16
  %".6569" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".6568", ptr %".6569", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".6572" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6573" = load volatile i8, [40 x i8]* %".6572", align 1
  %".6574" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6575" = load volatile i8, [40 x i8]* %".6574", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".6588" = trunc i64 %"end.17" to i16
  %".6589" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6588", ptr %".6589", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  %".6592" = getelementptr i8, ptr %"keys.225", i64 2
  %".6593" = trunc i64 %"end.17" to i16
  store volatile i16 %".6593", ptr %".6592", align 2
  %".6595" = load volatile i16, ptr %".6592", align 2
  %".6596" = zext i16 %".6595" to i64
  %"cursor.375" = and i64 %".6596", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  %".6598" = getelementptr i8, ptr %"keys.225", i64 2
  %".6599" = trunc i64 %"end.17" to i16
  store volatile i16 %".6599", ptr %".6598", align 2
  %".6601" = load volatile i16, ptr %".6598", align 2
  %".6602" = zext i16 %".6601" to i64
  %"cursor.376" = and i64 %".6602", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  %".6604" = getelementptr i8, ptr %"keys.225", i64 2
  %".6605" = trunc i64 %"end.17" to i16
  store volatile i16 %".6605", ptr %".6604", align 2
  %".6607" = load volatile i16, ptr %".6604", align 2
  %".6608" = zext i16 %".6607" to i64
  %"cursor.377" = and i64 %".6608", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  %".6610" = getelementptr i8, ptr %"keys.225", i64 2
  %".6611" = trunc i64 %"end.17" to i16
  store volatile i16 %".6611", ptr %".6610", align 2
  %".6613" = load volatile i16, ptr %".6610", align 2
  %".6614" = zext i16 %".6613" to i64
  %"cursor.379" = and i64 %".6614", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  %".6616" = getelementptr i8, ptr %"keys.225", i64 2
  %".6617" = trunc i64 %"end.17" to i16
  store volatile i16 %".6617", ptr %".6616", align 2
  %".6619" = load volatile i16, ptr %".6616", align 2
  %".6620" = zext i16 %".6619" to i64
  %"cursor.380" = and i64 %".6620", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  %".6622" = getelementptr i8, ptr %"keys.225", i64 2
  %".6623" = trunc i64 %"end.17" to i16
  store volatile i16 %".6623", ptr %".6622", align 2
  %".6625" = load volatile i16, ptr %".6622", align 2
  %".6626" = zext i16 %".6625" to i64
  %"cursor.381" = and i64 %".6626", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  %".6628" = getelementptr i8, ptr %"keys.225", i64 2
  %".6629" = trunc i64 %"end.17" to i16
  store volatile i16 %".6629", ptr %".6628", align 2
  %".6631" = load volatile i16, ptr %".6628", align 2
  %".6632" = zext i16 %".6631" to i64
  %"cursor.382" = and i64 %".6632", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre_version:
  %".6634" = getelementptr i8, ptr %"keys.225", i64 2
  %".6635" = trunc i64 %"end.17" to i16
  store volatile i16 %".6635", ptr %".6634", align 2
  %".6637" = load volatile i16, ptr %".6634", align 2
  %".6638" = zext i16 %".6637" to i64
  %"cursor.383" = and i64 %".6638", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  %".6640" = getelementptr i8, ptr %"keys.225", i64 2
  %".6641" = trunc i64 %"end.17" to i16
  store volatile i16 %".6641", ptr %".6640", align 2
  %".6643" = load volatile i16, ptr %".6640", align 2
  %".6644" = zext i16 %".6643" to i64
  %"cursor.384" = and i64 %".6644", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  %".6646" = getelementptr i8, ptr %"keys.225", i64 2
  %".6647" = trunc i64 %"end.17" to i16
  store volatile i16 %".6647", ptr %".6646", align 2
  %".6649" = load volatile i16, ptr %".6646", align 2
  %".6650" = zext i16 %".6649" to i64
  %"cursor.385" = and i64 %".6650", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  %".6652" = getelementptr i8, ptr %"keys.225", i64 2
  %".6653" = trunc i64 %"end.17" to i16
  store volatile i16 %".6653", ptr %".6652", align 2
  %".6655" = load volatile i16, ptr %".6652", align 2
  %".6656" = zext i16 %".6655" to i64
  %"cursor.386" = and i64 %".6656", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  %".6658" = getelementptr i8, ptr %"keys.225", i64 2
  %".6659" = trunc i64 %"end.17" to i16
  store volatile i16 %".6659", ptr %".6658", align 2
  %".6661" = load volatile i16, ptr %".6658", align 2
  %".6662" = zext i16 %".6661" to i64
  %"cursor.387" = and i64 %".6662", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  %".6664" = getelementptr i8, ptr %"keys.225", i64 2
  %".6665" = trunc i64 %"end.17" to i16
  store volatile i16 %".6665", ptr %".6664", align 2
  %".6667" = load volatile i16, ptr %".6664", align 2
  %".6668" = zext i16 %".6667" to i64
  %"cursor.388" = and i64 %".6668", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".6670" = trunc i64 34887 to i16
  %".6671" = call i16 @"llvm.bswap.i16"(i16 %".6670")
  %".6672" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".6671", ptr %".6672", align 2
  %".6674" = getelementptr i8, ptr %"keys.225", i64 2
  %".6675" = trunc i64 %"end.17" to i16
  store volatile i16 %".6675", ptr %".6674", align 2
  %".6677" = load volatile i16, ptr %".6674", align 2
  %".6678" = zext i16 %".6677" to i64
  %"cursor.389" = and i64 %".6678", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".6680" = trunc i64 2048 to i16
  %".6681" = call i16 @"llvm.bswap.i16"(i16 %".6680")
  %".6682" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".6681", ptr %".6682", align 2
  %".6684" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".6684", align 1
  %".6686" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.79" = load volatile i32, ptr %".6686", align 4
  %".6687" = and i32 %"flags.79", 4
  %".6688" = icmp ne i32 %".6687", 0
  br i1 %".6688", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".6700" = trunc i64 34525 to i16
  %".6701" = call i16 @"llvm.bswap.i16"(i16 %".6700")
  %".6702" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".6701", ptr %".6702", align 2
  %".6704" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".6704", align 1
  %".6706" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.80" = load volatile i32, ptr %".6706", align 4
  %".6707" = and i32 %"flags.80", 4
  %".6708" = icmp ne i32 %".6707", 0
  br i1 %".6708", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.374" = phi  i64 [%"cursor.375", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.376", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.377", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.390", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.391", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.392", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data.226" = phi  ptr [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.226" = phi  ptr [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.226" = phi  ptr [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.70" = getelementptr i8, ptr %"data.226", i64 %"cursor.374"
  %".7533" = getelementptr i8, ptr %"hdr.70", i64 2
  %".7534" = icmp ugt ptr %".7533", %"data_end.226"
  br i1 %".7534", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".7536" = getelementptr i8, ptr %"hdr.70", i64 0
  %".7537" = load i8, ptr %".7536", align 1
  %".7538" = getelementptr i8, ptr %"hdr.70", i64 1
  %".7539" = load i8, ptr %".7538", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.30" = phi  i8 [%".7537", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".7558", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.19" = phi  i8 [%".7539", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".7560", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.245" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.244", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.245" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.244", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.245" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.244", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".7562" = zext i8 %"w0_1.30" to i64
  %".7563" = trunc i64 %".7562" to i8
  %".7564" = getelementptr i8, ptr %"keys.245", i64 9
  store i8 %".7563", ptr %".7564", align 1
  %".7566" = add i64 %"cursor.374", 2
  %".7567" = zext i8 %"w1_1.19" to i64
  %".7568" = mul i64 %".7567", 8
  %".7569" = add i64 %".7568", 6
  %".7570" = add i64 %".7569", 2
  %"end.19" = add i64 %"cursor.374", %".7570"
  %".7571" = zext i8 %"w0_1.30" to i64
  switch i64 %".7571", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.378" = phi  i64 [%"cursor.379", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"cursor.393", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data.227" = phi  ptr [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data_end.227" = phi  ptr [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"keys.227" = phi  ptr [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"hdr.71" = getelementptr i8, ptr %"data.227", i64 %"cursor.378"
  %".7697" = getelementptr i8, ptr %"hdr.71", i64 8
  %".7698" = icmp ugt ptr %".7697", %"data_end.227"
  br i1 %".7698", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".7700" = getelementptr i8, ptr %"hdr.71", i64 0
  %".7701" = load i8, ptr %".7700", align 1
  %".7702" = getelementptr i8, ptr %"hdr.71", i64 2
  %".7703" = load i16, ptr %".7702", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.31" = phi  i8 [%".7701", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".7722", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.27" = phi  i16 [%".7703", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".7724", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.247" = phi  ptr [%"data.227", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.246", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.247" = phi  ptr [%"data_end.227", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.246", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.247" = phi  ptr [%"keys.227", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.246", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".7726" = zext i8 %"w0_1.31" to i64
  %".7727" = trunc i64 %".7726" to i8
  %".7728" = getelementptr i8, ptr %"keys.247", i64 9
  store i8 %".7727", ptr %".7728", align 1
  %".7730" = add i64 %"cursor.378", 8
  %".7731" = icmp ne i64 1, 0
  %".7732" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.27")
  %".7733" = zext i16 %".7732" to i64
  %".7734" = and i64 %".7733", 65528
  %".7735" = icmp eq i64 %".7734", 0
  br i1 %".7731", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".6690" = trunc i64 %"end.17" to i16
  %".6691" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6690", ptr %".6691", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".6694" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".6694", align 4
  %".6696" = trunc i64 %"end.17" to i16
  %".6697" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6696", ptr %".6697", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".6710" = trunc i64 %"end.17" to i16
  %".6711" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6710", ptr %".6711", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".6714" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".6714", align 4
  %".6716" = trunc i64 %"end.17" to i16
  %".6717" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".6716", ptr %".6717", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6728" = trunc i64 %"cursor.266" to i32
  %".6729" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".6728", [40 x i8]* %"header_copy", i32 8)
  %".6730" = icmp eq i64 %".6729", 0
  %".6731" = getelementptr i8, ptr %"ctx.76", i64 76
  %".6732" = load i32, ptr %".6731", align 4
  %".6733" = zext i32 %".6732" to i64
  %"data.228" = inttoptr i64 %".6733" to ptr
  %".6734" = getelementptr i8, ptr %"ctx.76", i64 80
  %".6735" = load i32, ptr %".6734", align 4
  %".6736" = zext i32 %".6735" to i64
  %"data_end.228" = inttoptr i64 %".6736" to ptr
  %".6737" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.228" = load ptr, ptr %".6737", align 8
  %".6738" = xor i1 %".6730", -1
  br i1 %".6738", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".6740" = trunc i64 %"cursor.266" to i16
  %".6741" = getelementptr i8, ptr %"keys.228", i64 2
  store i16 %".6740", ptr %".6741", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".6744" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6745" = load volatile i8, [40 x i8]* %".6744", align 1
  %".6746" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6747" = load volatile i16, [40 x i8]* %".6746", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".6760" = getelementptr i8, ptr %"keys.229", i64 6
  store i8 1, ptr %".6760", align 1
  br i1 %".6758", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".6780" = zext i8 %"w0_1.26" to i64
  switch i64 %".6780", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".6763" = getelementptr i8, ptr %"keys.229", i64 7
  store i8 1, ptr %".6763", align 1
  %".6765" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.81" = load volatile i32, ptr %".6765", align 4
  %".6766" = and i32 %"flags.81", 1
  %".6767" = icmp ne i32 %".6766", 0
  %".6768" = xor i1 %".6767", -1
  br i1 %".6768", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".6775" = trunc i64 %".6753" to i16
  %".6776" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6775", ptr %".6776", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".6770" = trunc i64 %".6753" to i16
  %".6771" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6770", ptr %".6771", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".6782" = trunc i64 %".6753" to i16
  %".6783" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6782", ptr %".6783", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  %".6786" = getelementptr i8, ptr %"keys.229", i64 2
  %".6787" = trunc i64 %".6753" to i16
  store volatile i16 %".6787", ptr %".6786", align 2
  %".6789" = load volatile i16, ptr %".6786", align 2
  %".6790" = zext i16 %".6789" to i64
  %"cursor.390" = and i64 %".6790", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  %".6792" = getelementptr i8, ptr %"keys.229", i64 2
  %".6793" = trunc i64 %".6753" to i16
  store volatile i16 %".6793", ptr %".6792", align 2
  %".6795" = load volatile i16, ptr %".6792", align 2
  %".6796" = zext i16 %".6795" to i64
  %"cursor.391" = and i64 %".6796", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  %".6798" = getelementptr i8, ptr %"keys.229", i64 2
  %".6799" = trunc i64 %".6753" to i16
  store volatile i16 %".6799", ptr %".6798", align 2
  %".6801" = load volatile i16, ptr %".6798", align 2
  %".6802" = zext i16 %".6801" to i64
  %"cursor.392" = and i64 %".6802", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  %".6804" = getelementptr i8, ptr %"keys.229", i64 2
  %".6805" = trunc i64 %".6753" to i16
  store volatile i16 %".6805", ptr %".6804", align 2
  %".6807" = load volatile i16, ptr %".6804", align 2
  %".6808" = zext i16 %".6807" to i64
  %"cursor.393" = and i64 %".6808", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  %".6810" = getelementptr i8, ptr %"keys.229", i64 2
  %".6811" = trunc i64 %".6753" to i16
  store volatile i16 %".6811", ptr %".6810", align 2
  %".6813" = load volatile i16, ptr %".6810", align 2
  %".6814" = zext i16 %".6813" to i64
  %"cursor.394" = and i64 %".6814", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  %".6816" = getelementptr i8, ptr %"keys.229", i64 2
  %".6817" = trunc i64 %".6753" to i16
  store volatile i16 %".6817", ptr %".6816", align 2
  %".6819" = load volatile i16, ptr %".6816", align 2
  %".6820" = zext i16 %".6819" to i64
  %"cursor.395" = and i64 %".6820", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  %".6822" = getelementptr i8, ptr %"keys.229", i64 2
  %".6823" = trunc i64 %".6753" to i16
  store volatile i16 %".6823", ptr %".6822", align 2
  %".6825" = load volatile i16, ptr %".6822", align 2
  %".6826" = zext i16 %".6825" to i64
  %"cursor.396" = and i64 %".6826", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre_version:
  %".6828" = getelementptr i8, ptr %"keys.229", i64 2
  %".6829" = trunc i64 %".6753" to i16
  store volatile i16 %".6829", ptr %".6828", align 2
  %".6831" = load volatile i16, ptr %".6828", align 2
  %".6832" = zext i16 %".6831" to i64
  %"cursor.397" = and i64 %".6832", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  %".6834" = getelementptr i8, ptr %"keys.229", i64 2
  %".6835" = trunc i64 %".6753" to i16
  store volatile i16 %".6835", ptr %".6834", align 2
  %".6837" = load volatile i16, ptr %".6834", align 2
  %".6838" = zext i16 %".6837" to i64
  %"cursor.398" = and i64 %".6838", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  %".6840" = getelementptr i8, ptr %"keys.229", i64 2
  %".6841" = trunc i64 %".6753" to i16
  store volatile i16 %".6841", ptr %".6840", align 2
  %".6843" = load volatile i16, ptr %".6840", align 2
  %".6844" = zext i16 %".6843" to i64
  %"cursor.399" = and i64 %".6844", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  %".6846" = getelementptr i8, ptr %"keys.229", i64 2
  %".6847" = trunc i64 %".6753" to i16
  store volatile i16 %".6847", ptr %".6846", align 2
  %".6849" = load volatile i16, ptr %".6846", align 2
  %".6850" = zext i16 %".6849" to i64
  %"cursor.400" = and i64 %".6850", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  %".6852" = getelementptr i8, ptr %"keys.229", i64 2
  %".6853" = trunc i64 %".6753" to i16
  store volatile i16 %".6853", ptr %".6852", align 2
  %".6855" = load volatile i16, ptr %".6852", align 2
  %".6856" = zext i16 %".6855" to i64
  %"cursor.401" = and i64 %".6856", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  %".6858" = getelementptr i8, ptr %"keys.229", i64 2
  %".6859" = trunc i64 %".6753" to i16
  store volatile i16 %".6859", ptr %".6858", align 2
  %".6861" = load volatile i16, ptr %".6858", align 2
  %".6862" = zext i16 %".6861" to i64
  %"cursor.402" = and i64 %".6862", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".6864" = trunc i64 34887 to i16
  %".6865" = call i16 @"llvm.bswap.i16"(i16 %".6864")
  %".6866" = getelementptr i8, ptr %"keys.229", i64 10
  store i16 %".6865", ptr %".6866", align 2
  %".6868" = getelementptr i8, ptr %"keys.229", i64 2
  %".6869" = trunc i64 %".6753" to i16
  store volatile i16 %".6869", ptr %".6868", align 2
  %".6871" = load volatile i16, ptr %".6868", align 2
  %".6872" = zext i16 %".6871" to i64
  %"cursor.403" = and i64 %".6872", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".6874" = trunc i64 2048 to i16
  %".6875" = call i16 @"llvm.bswap.i16"(i16 %".6874")
  %".6876" = getelementptr i8, ptr %"keys.229", i64 10
  store i16 %".6875", ptr %".6876", align 2
  %".6878" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".6878", align 1
  %".6880" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.82" = load volatile i32, ptr %".6880", align 4
  %".6881" = and i32 %"flags.82", 4
  %".6882" = icmp ne i32 %".6881", 0
  br i1 %".6882", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".6894" = trunc i64 34525 to i16
  %".6895" = call i16 @"llvm.bswap.i16"(i16 %".6894")
  %".6896" = getelementptr i8, ptr %"keys.229", i64 10
  store i16 %".6895", ptr %".6896", align 2
  %".6898" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".6898", align 1
  %".6900" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.83" = load volatile i32, ptr %".6900", align 4
  %".6901" = and i32 %"flags.83", 4
  %".6902" = icmp ne i32 %".6901", 0
  br i1 %".6902", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".6884" = trunc i64 %".6753" to i16
  %".6885" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6884", ptr %".6885", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".6888" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".6888", align 4
  %".6890" = trunc i64 %".6753" to i16
  %".6891" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6890", ptr %".6891", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".6904" = trunc i64 %".6753" to i16
  %".6905" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6904", ptr %".6905", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".6908" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".6908", align 4
  %".6910" = trunc i64 %".6753" to i16
  %".6911" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".6910", ptr %".6911", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6922" = trunc i64 %"cursor.292" to i32
  %".6923" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".6922", [40 x i8]* %"header_copy", i32 2)
  %".6924" = icmp eq i64 %".6923", 0
  %".6925" = getelementptr i8, ptr %"ctx.77", i64 76
  %".6926" = load i32, ptr %".6925", align 4
  %".6927" = zext i32 %".6926" to i64
  %"data.230" = inttoptr i64 %".6927" to ptr
  %".6928" = getelementptr i8, ptr %"ctx.77", i64 80
  %".6929" = load i32, ptr %".6928", align 4
  %".6930" = zext i32 %".6929" to i64
  %"data_end.230" = inttoptr i64 %".6930" to ptr
  %".6931" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.230" = load ptr, ptr %".6931", align 8
  %".6932" = xor i1 %".6924", -1
  br i1 %".6932", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".6934" = trunc i64 %"cursor.292" to i16
  %".6935" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".6934", ptr %".6935", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".6938" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6939" = load volatile i8, [40 x i8]* %".6938", align 1
  %".6940" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6941" = load volatile i8, [40 x i8]* %".6940", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".6954" = trunc i64 %"end.18" to i16
  %".6955" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".6954", ptr %".6955", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".6958" = trunc i64 %"end.18" to i16
  %".6959" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".6958", ptr %".6959", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".6962" = trunc i64 %"end.18" to i16
  %".6963" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".6962", ptr %".6963", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".6966" = trunc i64 %"end.18" to i16
  %".6967" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".6966", ptr %".6967", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".6970" = trunc i64 %"end.18" to i16
  %".6971" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".6970", ptr %".6971", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  %".6974" = getelementptr i8, ptr %"keys.231", i64 2
  %".6975" = trunc i64 %"end.18" to i16
  store volatile i16 %".6975", ptr %".6974", align 2
  %".6977" = load volatile i16, ptr %".6974", align 2
  %".6978" = zext i16 %".6977" to i64
  %"cursor.404" = and i64 %".6978", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  %".6980" = getelementptr i8, ptr %"keys.231", i64 2
  %".6981" = trunc i64 %"end.18" to i16
  store volatile i16 %".6981", ptr %".6980", align 2
  %".6983" = load volatile i16, ptr %".6980", align 2
  %".6984" = zext i16 %".6983" to i64
  %"cursor.405" = and i64 %".6984", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  %".6986" = getelementptr i8, ptr %"keys.231", i64 2
  %".6987" = trunc i64 %"end.18" to i16
  store volatile i16 %".6987", ptr %".6986", align 2
  %".6989" = load volatile i16, ptr %".6986", align 2
  %".6990" = zext i16 %".6989" to i64
  %"cursor.406" = and i64 %".6990", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre_version:
  %".6992" = getelementptr i8, ptr %"keys.231", i64 2
  %".6993" = trunc i64 %"end.18" to i16
  store volatile i16 %".6993", ptr %".6992", align 2
  %".6995" = load volatile i16, ptr %".6992", align 2
  %".6996" = zext i16 %".6995" to i64
  %"cursor.407" = and i64 %".6996", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  %".6998" = getelementptr i8, ptr %"keys.231", i64 2
  %".6999" = trunc i64 %"end.18" to i16
  store volatile i16 %".6999", ptr %".6998", align 2
  %".7001" = load volatile i16, ptr %".6998", align 2
  %".7002" = zext i16 %".7001" to i64
  %"cursor.408" = and i64 %".7002", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  %".7004" = getelementptr i8, ptr %"keys.231", i64 2
  %".7005" = trunc i64 %"end.18" to i16
  store volatile i16 %".7005", ptr %".7004", align 2
  %".7007" = load volatile i16, ptr %".7004", align 2
  %".7008" = zext i16 %".7007" to i64
  %"cursor.409" = and i64 %".7008", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  %".7010" = getelementptr i8, ptr %"keys.231", i64 2
  %".7011" = trunc i64 %"end.18" to i16
  store volatile i16 %".7011", ptr %".7010", align 2
  %".7013" = load volatile i16, ptr %".7010", align 2
  %".7014" = zext i16 %".7013" to i64
  %"cursor.410" = and i64 %".7014", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  %".7016" = getelementptr i8, ptr %"keys.231", i64 2
  %".7017" = trunc i64 %"end.18" to i16
  store volatile i16 %".7017", ptr %".7016", align 2
  %".7019" = load volatile i16, ptr %".7016", align 2
  %".7020" = zext i16 %".7019" to i64
  %"cursor.411" = and i64 %".7020", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  %".7022" = getelementptr i8, ptr %"keys.231", i64 2
  %".7023" = trunc i64 %"end.18" to i16
  store volatile i16 %".7023", ptr %".7022", align 2
  %".7025" = load volatile i16, ptr %".7022", align 2
  %".7026" = zext i16 %".7025" to i64
  %"cursor.412" = and i64 %".7026", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".7028" = trunc i64 34887 to i16
  %".7029" = call i16 @"llvm.bswap.i16"(i16 %".7028")
  %".7030" = getelementptr i8, ptr %"keys.231", i64 10
  store i16 %".7029", ptr %".7030", align 2
  %".7032" = getelementptr i8, ptr %"keys.231", i64 2
  %".7033" = trunc i64 %"end.18" to i16
  store volatile i16 %".7033", ptr %".7032", align 2
  %".7035" = load volatile i16, ptr %".7032", align 2
  %".7036" = zext i16 %".7035" to i64
  %"cursor.413" = and i64 %".7036", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".7038" = trunc i64 2048 to i16
  %".7039" = call i16 @"llvm.bswap.i16"(i16 %".7038")
  %".7040" = getelementptr i8, ptr %"keys.231", i64 10
  store i16 %".7039", ptr %".7040", align 2
  %".7042" = getelementptr i8, ptr %"keys.231", i64 8
  store i8 1, ptr %".7042", align 1
  %".7044" = getelementptr i8, ptr %"keys.231", i64 48
  %"flags.84" = load volatile i32, ptr %".7044", align 4
  %".7045" = and i32 %"flags.84", 4
  %".7046" = icmp ne i32 %".7045", 0
  br i1 %".7046", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".7060" = trunc i64 34525 to i16
  %".7061" = call i16 @"llvm.bswap.i16"(i16 %".7060")
  %".7062" = getelementptr i8, ptr %"keys.231", i64 10
  store i16 %".7061", ptr %".7062", align 2
  %".7064" = getelementptr i8, ptr %"keys.231", i64 8
  store i8 1, ptr %".7064", align 1
  %".7066" = getelementptr i8, ptr %"keys.231", i64 48
  %"flags.85" = load volatile i32, ptr %".7066", align 4
  %".7067" = and i32 %"flags.85", 4
  %".7068" = icmp ne i32 %".7067", 0
  br i1 %".7068", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".7048" = trunc i64 %"end.18" to i16
  %".7049" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".7048", ptr %".7049", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".7052" = getelementptr i8, ptr %"keys.231", i64 12
  store i32 0, ptr %".7052", align 4
  %".7054" = getelementptr i8, ptr %"keys.231", i64 2
  %".7055" = trunc i64 %"end.18" to i16
  store volatile i16 %".7055", ptr %".7054", align 2
  %".7057" = load volatile i16, ptr %".7054", align 2
  %".7058" = zext i16 %".7057" to i64
  %"cursor.414" = and i64 %".7058", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".7070" = trunc i64 %"end.18" to i16
  %".7071" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".7070", ptr %".7071", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".7074" = getelementptr i8, ptr %"keys.231", i64 12
  store i32 0, ptr %".7074", align 4
  %".7076" = getelementptr i8, ptr %"keys.231", i64 2
  %".7077" = trunc i64 %"end.18" to i16
  store volatile i16 %".7077", ptr %".7076", align 2
  %".7079" = load volatile i16, ptr %".7076", align 2
  %".7080" = zext i16 %".7079" to i64
  %"cursor.415" = and i64 %".7080", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7090" = trunc i64 %"cursor.294" to i32
  %".7091" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".7090", [40 x i8]* %"header_copy", i32 8)
  %".7092" = icmp eq i64 %".7091", 0
  %".7093" = getelementptr i8, ptr %"ctx.78", i64 76
  %".7094" = load i32, ptr %".7093", align 4
  %".7095" = zext i32 %".7094" to i64
  %"data.232" = inttoptr i64 %".7095" to ptr
  %".7096" = getelementptr i8, ptr %"ctx.78", i64 80
  %".7097" = load i32, ptr %".7096", align 4
  %".7098" = zext i32 %".7097" to i64
  %"data_end.232" = inttoptr i64 %".7098" to ptr
  %".7099" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.232" = load ptr, ptr %".7099", align 8
  %".7100" = xor i1 %".7092", -1
  br i1 %".7100", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".7102" = trunc i64 %"cursor.294" to i16
  %".7103" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".7102", ptr %".7103", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".7106" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7107" = load volatile i8, [40 x i8]* %".7106", align 1
  %".7108" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7109" = load volatile i16, [40 x i8]* %".7108", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".7122" = getelementptr i8, ptr %"keys.233", i64 6
  store i8 1, ptr %".7122", align 1
  br i1 %".7120", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".7142" = zext i8 %"w0_1.28" to i64
  switch i64 %".7142", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".7125" = getelementptr i8, ptr %"keys.233", i64 7
  store i8 1, ptr %".7125", align 1
  %".7127" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.86" = load volatile i32, ptr %".7127", align 4
  %".7128" = and i32 %"flags.86", 1
  %".7129" = icmp ne i32 %".7128", 0
  %".7130" = xor i1 %".7129", -1
  br i1 %".7130", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".7137" = trunc i64 %".7115" to i16
  %".7138" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".7137", ptr %".7138", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".7132" = trunc i64 %".7115" to i16
  %".7133" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".7132", ptr %".7133", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".7144" = trunc i64 %".7115" to i16
  %".7145" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".7144", ptr %".7145", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".7148" = trunc i64 %".7115" to i16
  %".7149" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".7148", ptr %".7149", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".7152" = trunc i64 %".7115" to i16
  %".7153" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".7152", ptr %".7153", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".7156" = trunc i64 %".7115" to i16
  %".7157" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".7156", ptr %".7157", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".7160" = trunc i64 %".7115" to i16
  %".7161" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".7160", ptr %".7161", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  %".7164" = getelementptr i8, ptr %"keys.233", i64 2
  %".7165" = trunc i64 %".7115" to i16
  store volatile i16 %".7165", ptr %".7164", align 2
  %".7167" = load volatile i16, ptr %".7164", align 2
  %".7168" = zext i16 %".7167" to i64
  %"cursor.416" = and i64 %".7168", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  %".7170" = getelementptr i8, ptr %"keys.233", i64 2
  %".7171" = trunc i64 %".7115" to i16
  store volatile i16 %".7171", ptr %".7170", align 2
  %".7173" = load volatile i16, ptr %".7170", align 2
  %".7174" = zext i16 %".7173" to i64
  %"cursor.417" = and i64 %".7174", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  %".7176" = getelementptr i8, ptr %"keys.233", i64 2
  %".7177" = trunc i64 %".7115" to i16
  store volatile i16 %".7177", ptr %".7176", align 2
  %".7179" = load volatile i16, ptr %".7176", align 2
  %".7180" = zext i16 %".7179" to i64
  %"cursor.418" = and i64 %".7180", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre_version:
  %".7182" = getelementptr i8, ptr %"keys.233", i64 2
  %".7183" = trunc i64 %".7115" to i16
  store volatile i16 %".7183", ptr %".7182", align 2
  %".7185" = load volatile i16, ptr %".7182", align 2
  %".7186" = zext i16 %".7185" to i64
  %"cursor.419" = and i64 %".7186", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  %".7188" = getelementptr i8, ptr %"keys.233", i64 2
  %".7189" = trunc i64 %".7115" to i16
  store volatile i16 %".7189", ptr %".7188", align 2
  %".7191" = load volatile i16, ptr %".7188", align 2
  %".7192" = zext i16 %".7191" to i64
  %"cursor.420" = and i64 %".7192", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  %".7194" = getelementptr i8, ptr %"keys.233", i64 2
  %".7195" = trunc i64 %".7115" to i16
  store volatile i16 %".7195", ptr %".7194", align 2
  %".7197" = load volatile i16, ptr %".7194", align 2
  %".7198" = zext i16 %".7197" to i64
  %"cursor.421" = and i64 %".7198", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  %".7200" = getelementptr i8, ptr %"keys.233", i64 2
  %".7201" = trunc i64 %".7115" to i16
  store volatile i16 %".7201", ptr %".7200", align 2
  %".7203" = load volatile i16, ptr %".7200", align 2
  %".7204" = zext i16 %".7203" to i64
  %"cursor.422" = and i64 %".7204", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  %".7206" = getelementptr i8, ptr %"keys.233", i64 2
  %".7207" = trunc i64 %".7115" to i16
  store volatile i16 %".7207", ptr %".7206", align 2
  %".7209" = load volatile i16, ptr %".7206", align 2
  %".7210" = zext i16 %".7209" to i64
  %"cursor.423" = and i64 %".7210", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  %".7212" = getelementptr i8, ptr %"keys.233", i64 2
  %".7213" = trunc i64 %".7115" to i16
  store volatile i16 %".7213", ptr %".7212", align 2
  %".7215" = load volatile i16, ptr %".7212", align 2
  %".7216" = zext i16 %".7215" to i64
  %"cursor.424" = and i64 %".7216", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".7218" = trunc i64 34887 to i16
  %".7219" = call i16 @"llvm.bswap.i16"(i16 %".7218")
  %".7220" = getelementptr i8, ptr %"keys.233", i64 10
  store i16 %".7219", ptr %".7220", align 2
  %".7222" = getelementptr i8, ptr %"keys.233", i64 2
  %".7223" = trunc i64 %".7115" to i16
  store volatile i16 %".7223", ptr %".7222", align 2
  %".7225" = load volatile i16, ptr %".7222", align 2
  %".7226" = zext i16 %".7225" to i64
  %"cursor.425" = and i64 %".7226", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".7228" = trunc i64 2048 to i16
  %".7229" = call i16 @"llvm.bswap.i16"(i16 %".7228")
  %".7230" = getelementptr i8, ptr %"keys.233", i64 10
  store i16 %".7229", ptr %".7230", align 2
  %".7232" = getelementptr i8, ptr %"keys.233", i64 8
  store i8 1, ptr %".7232", align 1
  %".7234" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.87" = load volatile i32, ptr %".7234", align 4
  %".7235" = and i32 %"flags.87", 4
  %".7236" = icmp ne i32 %".7235", 0
  br i1 %".7236", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".7250" = trunc i64 34525 to i16
  %".7251" = call i16 @"llvm.bswap.i16"(i16 %".7250")
  %".7252" = getelementptr i8, ptr %"keys.233", i64 10
  store i16 %".7251", ptr %".7252", align 2
  %".7254" = getelementptr i8, ptr %"keys.233", i64 8
  store i8 1, ptr %".7254", align 1
  %".7256" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.88" = load volatile i32, ptr %".7256", align 4
  %".7257" = and i32 %"flags.88", 4
  %".7258" = icmp ne i32 %".7257", 0
  br i1 %".7258", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".7238" = trunc i64 %".7115" to i16
  %".7239" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".7238", ptr %".7239", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".7242" = getelementptr i8, ptr %"keys.233", i64 12
  store i32 0, ptr %".7242", align 4
  %".7244" = getelementptr i8, ptr %"keys.233", i64 2
  %".7245" = trunc i64 %".7115" to i16
  store volatile i16 %".7245", ptr %".7244", align 2
  %".7247" = load volatile i16, ptr %".7244", align 2
  %".7248" = zext i16 %".7247" to i64
  %"cursor.426" = and i64 %".7248", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".7260" = trunc i64 %".7115" to i16
  %".7261" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".7260", ptr %".7261", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".7264" = getelementptr i8, ptr %"keys.233", i64 12
  store i32 0, ptr %".7264", align 4
  %".7266" = getelementptr i8, ptr %"keys.233", i64 2
  %".7267" = trunc i64 %".7115" to i16
  store volatile i16 %".7267", ptr %".7266", align 2
  %".7269" = load volatile i16, ptr %".7266", align 2
  %".7270" = zext i16 %".7269" to i64
  %"cursor.427" = and i64 %".7270", 16383
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7279" = trunc i64 %"cursor.322" to i32
  %".7280" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".7279", [40 x i8]* %"header_copy", i32 4)
  %".7281" = icmp eq i64 %".7280", 0
  %".7282" = getelementptr i8, ptr %"ctx.79", i64 76
  %".7283" = load i32, ptr %".7282", align 4
  %".7284" = zext i32 %".7283" to i64
  %"data.234" = inttoptr i64 %".7284" to ptr
  %".7285" = getelementptr i8, ptr %"ctx.79", i64 80
  %".7286" = load i32, ptr %".7285", align 4
  %".7287" = zext i32 %".7286" to i64
  %"data_end.234" = inttoptr i64 %".7287" to ptr
  %".7288" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.234" = load ptr, ptr %".7288", align 8
  %".7289" = xor i1 %".7281", -1
  br i1 %".7289", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".7291" = trunc i64 %".7272" to i16
  %".7292" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".7291", ptr %".7292", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".7295" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7296" = load volatile i8, [40 x i8]* %".7295", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".7302" = trunc i64 %".7298" to i16
  %".7303" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".7302", ptr %".7303", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_mpls:
  %".7306" = trunc i64 %".7298" to i16
  %".7307" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".7306", ptr %".7307", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".7310" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".7310", align 1
  %".7312" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.89" = load volatile i32, ptr %".7312", align 4
  %".7313" = and i32 %"flags.89", 4
  %".7314" = icmp ne i32 %".7313", 0
  br i1 %".7314", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".7316" = trunc i64 %".7298" to i16
  %".7317" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".7316", ptr %".7317", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".7320" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".7320", align 4
  %".7322" = getelementptr i8, ptr %"keys.235", i64 2
  %".7323" = trunc i64 %".7298" to i16
  store volatile i16 %".7323", ptr %".7322", align 2
  %".7325" = load volatile i16, ptr %".7322", align 2
  %".7326" = zext i16 %".7325" to i64
  %"cursor.428" = and i64 %".7326", 16383
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7335" = trunc i64 %"cursor.348" to i32
  %".7336" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".7335", [40 x i8]* %"header_copy", i32 4)
  %".7337" = icmp eq i64 %".7336", 0
  %".7338" = getelementptr i8, ptr %"ctx.80", i64 76
  %".7339" = load i32, ptr %".7338", align 4
  %".7340" = zext i32 %".7339" to i64
  %"data.236" = inttoptr i64 %".7340" to ptr
  %".7341" = getelementptr i8, ptr %"ctx.80", i64 80
  %".7342" = load i32, ptr %".7341", align 4
  %".7343" = zext i32 %".7342" to i64
  %"data_end.236" = inttoptr i64 %".7343" to ptr
  %".7344" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.236" = load ptr, ptr %".7344", align 8
  %".7345" = xor i1 %".7337", -1
  br i1 %".7345", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".7347" = trunc i64 %".7328" to i16
  %".7348" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".7347", ptr %".7348", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".7351" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7352" = load volatile i8, [40 x i8]* %".7351", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".7358" = trunc i64 %".7354" to i16
  %".7359" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".7358", ptr %".7359", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_mpls:
  %".7362" = getelementptr i8, ptr %"keys.237", i64 2
  %".7363" = trunc i64 %".7354" to i16
  store volatile i16 %".7363", ptr %".7362", align 2
  %".7365" = load volatile i16, ptr %".7362", align 2
  %".7366" = zext i16 %".7365" to i64
  %"cursor.430" = and i64 %".7366", 16383
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels3.to_ip_version:
  %".7368" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".7368", align 1
  %".7370" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.90" = load volatile i32, ptr %".7370", align 4
  %".7371" = and i32 %"flags.90", 4
  %".7372" = icmp ne i32 %".7371", 0
  br i1 %".7372", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels4:
  %"cursor.429" = phi  i64 [%"cursor.430", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.238" = phi  ptr [%"data.237", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.238" = phi  ptr [%"data_end.237", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.238" = phi  ptr [%"keys.237", %"mpls_d1_mpls_labels3.to_mpls"]
  %".7883" = add i64 %"cursor.429", 4
  %"hdr.72" = getelementptr i8, ptr %"data.238", i64 %"cursor.429"
  %".7884" = getelementptr i8, ptr %"hdr.72", i64 4
  %".7885" = icmp ugt ptr %".7884", %"data_end.238"
  br i1 %".7885", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".7887" = getelementptr i8, ptr %"hdr.72", i64 2
  %".7888" = load i8, ptr %".7887", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".7888", %"mpls_d1_mpls_labels4.linear"], [%".7907", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.249" = phi  ptr [%"data.238", %"mpls_d1_mpls_labels4.linear"], [%"data.248", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.249" = phi  ptr [%"data_end.238", %"mpls_d1_mpls_labels4.linear"], [%"data_end.248", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.249" = phi  ptr [%"keys.238", %"mpls_d1_mpls_labels4.linear"], [%"keys.248", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".7909" = add i64 %"cursor.429", 4
  %".7910" = zext i8 %"w2_1.7" to i64
  %".7911" = and i64 %".7910", 1
  switch i64 %".7911", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels3.stop_at_encap:
  %".7374" = trunc i64 %".7354" to i16
  %".7375" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".7374", ptr %".7375", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".7378" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".7378", align 4
  %".7380" = trunc i64 %".7354" to i16
  %".7381" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".7380", ptr %".7381", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7390" = trunc i64 %"cursor.367" to i32
  %".7391" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".7390", [40 x i8]* %"header_copy", i32 1)
  %".7392" = icmp eq i64 %".7391", 0
  %".7393" = getelementptr i8, ptr %"ctx.81", i64 76
  %".7394" = load i32, ptr %".7393", align 4
  %".7395" = zext i32 %".7394" to i64
  %"data.239" = inttoptr i64 %".7395" to ptr
  %".7396" = getelementptr i8, ptr %"ctx.81", i64 80
  %".7397" = load i32, ptr %".7396", align 4
  %".7398" = zext i32 %".7397" to i64
  %"data_end.239" = inttoptr i64 %".7398" to ptr
  %".7399" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.239" = load ptr, ptr %".7399", align 8
  %".7400" = xor i1 %".7392", -1
  br i1 %".7400", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".7402" = trunc i64 %"cursor.367" to i16
  %".7403" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".7402", ptr %".7403", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".7406" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7407" = load volatile i8, [40 x i8]* %".7406", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".7416" = trunc i64 %".7409" to i16
  %".7417" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".7416", ptr %".7417", align 2
  br label %"return"
gtpu_next_d1.to_ip_version:
  %".7420" = getelementptr i8, ptr %"keys.240", i64 2
  %".7421" = trunc i64 %".7409" to i16
  store volatile i16 %".7421", ptr %".7420", align 2
  %".7423" = load volatile i16, ptr %".7420", align 2
  %".7424" = zext i16 %".7423" to i64
  %"cursor.431" = and i64 %".7424", 16383
  br label %"ip_version_d1"
gtpu_next_d1.to_gtpu_ext:
  %".7426" = getelementptr i8, ptr %"keys.240", i64 2
  %".7427" = trunc i64 %".7409" to i16
  store volatile i16 %".7427", ptr %".7426", align 2
  %".7429" = load volatile i16, ptr %".7426", align 2
  %".7430" = zext i16 %".7429" to i64
  %"cursor.433" = and i64 %".7430", 16383
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".7410", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.432" = phi  i64 [%"cursor.433", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.241" = phi  ptr [%"data.240", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.241" = phi  ptr [%"data_end.240", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.241" = phi  ptr [%"keys.240", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.73" = getelementptr i8, ptr %"data.241", i64 %"cursor.432"
  %".7937" = getelementptr i8, ptr %"hdr.73", i64 1
  %".7938" = icmp ugt ptr %".7937", %"data_end.241"
  br i1 %".7938", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".7940" = getelementptr i8, ptr %"hdr.73", i64 0
  %".7941" = load i8, ptr %".7940", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.32" = phi  i8 [%".7941", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".7960", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.251" = phi  ptr [%"data.241", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.250", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.251" = phi  ptr [%"data_end.241", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.250", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.251" = phi  ptr [%"keys.241", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.250", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".7962" = zext i8 %"w0_1.32" to i64
  %".7963" = icmp uge i64 %".7962", 1
  %".7964" = xor i1 %".7963", -1
  br i1 %".7964", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7443" = trunc i64 %"cursor.372" to i32
  %".7444" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".7443", [40 x i8]* %"header_copy", i32 4)
  %".7445" = icmp eq i64 %".7444", 0
  %".7446" = getelementptr i8, ptr %"ctx.82", i64 76
  %".7447" = load i32, ptr %".7446", align 4
  %".7448" = zext i32 %".7447" to i64
  %"data.242" = inttoptr i64 %".7448" to ptr
  %".7449" = getelementptr i8, ptr %"ctx.82", i64 80
  %".7450" = load i32, ptr %".7449", align 4
  %".7451" = zext i32 %".7450" to i64
  %"data_end.242" = inttoptr i64 %".7451" to ptr
  %".7452" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.242" = load ptr, ptr %".7452", align 8
  %".7453" = xor i1 %".7445", -1
  br i1 %".7453", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".7455" = trunc i64 %"cursor.372" to i16
  %".7456" = getelementptr i8, ptr %"keys.242", i64 2
  store i16 %".7455", ptr %".7456", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".7459" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7460" = load volatile i16, [40 x i8]* %".7459", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".7466" = and i64 %".7464", 0
  %".7467" = icmp eq i64 %".7466", 0
  br i1 %".7467", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".7473" = trunc i64 2048 to i16
  %".7474" = call i16 @"llvm.bswap.i16"(i16 %".7473")
  %".7475" = getelementptr i8, ptr %"keys.243", i64 10
  store i16 %".7474", ptr %".7475", align 2
  %".7477" = getelementptr i8, ptr %"keys.243", i64 8
  store i8 1, ptr %".7477", align 1
  %".7479" = getelementptr i8, ptr %"keys.243", i64 48
  %"flags.91" = load volatile i32, ptr %".7479", align 4
  %".7480" = and i32 %"flags.91", 4
  %".7481" = icmp ne i32 %".7480", 0
  br i1 %".7481", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".7493" = trunc i64 34525 to i16
  %".7494" = call i16 @"llvm.bswap.i16"(i16 %".7493")
  %".7495" = getelementptr i8, ptr %"keys.243", i64 10
  store i16 %".7494", ptr %".7495", align 2
  %".7497" = getelementptr i8, ptr %"keys.243", i64 8
  store i8 1, ptr %".7497", align 1
  %".7499" = getelementptr i8, ptr %"keys.243", i64 48
  %"flags.92" = load volatile i32, ptr %".7499", align 4
  %".7500" = and i32 %"flags.92", 4
  %".7501" = icmp ne i32 %".7500", 0
  br i1 %".7501", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".7513" = trunc i64 34827 to i16
  %".7514" = call i16 @"llvm.bswap.i16"(i16 %".7513")
  %".7515" = getelementptr i8, ptr %"keys.243", i64 10
  store i16 %".7514", ptr %".7515", align 2
  %".7517" = getelementptr i8, ptr %"keys.243", i64 8
  store i8 1, ptr %".7517", align 1
  %".7519" = getelementptr i8, ptr %"keys.243", i64 48
  %"flags.93" = load volatile i32, ptr %".7519", align 4
  %".7520" = and i32 %"flags.93", 4
  %".7521" = icmp ne i32 %".7520", 0
  br i1 %".7521", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".7469" = trunc i64 %".7462" to i16
  %".7470" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7469", ptr %".7470", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".7483" = trunc i64 %".7462" to i16
  %".7484" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7483", ptr %".7484", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".7487" = getelementptr i8, ptr %"keys.243", i64 12
  store i32 0, ptr %".7487", align 4
  %".7489" = trunc i64 %".7462" to i16
  %".7490" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7489", ptr %".7490", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".7503" = trunc i64 %".7462" to i16
  %".7504" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7503", ptr %".7504", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".7507" = getelementptr i8, ptr %"keys.243", i64 12
  store i32 0, ptr %".7507", align 4
  %".7509" = trunc i64 %".7462" to i16
  %".7510" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7509", ptr %".7510", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".7523" = trunc i64 %".7462" to i16
  %".7524" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7523", ptr %".7524", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".7527" = getelementptr i8, ptr %"keys.243", i64 12
  store i32 0, ptr %".7527", align 4
  %".7529" = trunc i64 %".7462" to i16
  %".7530" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".7529", ptr %".7530", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7541" = trunc i64 %"cursor.374" to i32
  %".7542" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".7541", [40 x i8]* %"header_copy", i32 2)
  %".7543" = icmp eq i64 %".7542", 0
  %".7544" = getelementptr i8, ptr %"ctx.83", i64 76
  %".7545" = load i32, ptr %".7544", align 4
  %".7546" = zext i32 %".7545" to i64
  %"data.244" = inttoptr i64 %".7546" to ptr
  %".7547" = getelementptr i8, ptr %"ctx.83", i64 80
  %".7548" = load i32, ptr %".7547", align 4
  %".7549" = zext i32 %".7548" to i64
  %"data_end.244" = inttoptr i64 %".7549" to ptr
  %".7550" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.244" = load ptr, ptr %".7550", align 8
  %".7551" = xor i1 %".7543", -1
  br i1 %".7551", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".7553" = trunc i64 %"cursor.374" to i16
  %".7554" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".7553", ptr %".7554", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".7557" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7558" = load volatile i8, [40 x i8]* %".7557", align 1
  %".7559" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".7560" = load volatile i8, [40 x i8]* %".7559", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".7573" = trunc i64 %"end.19" to i16
  %".7574" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".7573", ptr %".7574", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".7577" = trunc i64 %"end.19" to i16
  %".7578" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".7577", ptr %".7578", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".7581" = trunc i64 %"end.19" to i16
  %".7582" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".7581", ptr %".7582", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".7585" = trunc i64 %"end.19" to i16
  %".7586" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".7585", ptr %".7586", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".7589" = trunc i64 %"end.19" to i16
  %".7590" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".7589", ptr %".7590", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  %".7593" = getelementptr i8, ptr %"keys.245", i64 2
  %".7594" = trunc i64 %"end.19" to i16
  store volatile i16 %".7594", ptr %".7593", align 2
  %".7596" = load volatile i16, ptr %".7593", align 2
  %".7597" = zext i16 %".7596" to i64
  %"cursor.434" = and i64 %".7597", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  %".7599" = getelementptr i8, ptr %"keys.245", i64 2
  %".7600" = trunc i64 %"end.19" to i16
  store volatile i16 %".7600", ptr %".7599", align 2
  %".7602" = load volatile i16, ptr %".7599", align 2
  %".7603" = zext i16 %".7602" to i64
  %"cursor.435" = and i64 %".7603", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  %".7605" = getelementptr i8, ptr %"keys.245", i64 2
  %".7606" = trunc i64 %"end.19" to i16
  store volatile i16 %".7606", ptr %".7605", align 2
  %".7608" = load volatile i16, ptr %".7605", align 2
  %".7609" = zext i16 %".7608" to i64
  %"cursor.436" = and i64 %".7609", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre_version:
  %".7611" = getelementptr i8, ptr %"keys.245", i64 2
  %".7612" = trunc i64 %"end.19" to i16
  store volatile i16 %".7612", ptr %".7611", align 2
  %".7614" = load volatile i16, ptr %".7611", align 2
  %".7615" = zext i16 %".7614" to i64
  %"cursor.437" = and i64 %".7615", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  %".7617" = getelementptr i8, ptr %"keys.245", i64 2
  %".7618" = trunc i64 %"end.19" to i16
  store volatile i16 %".7618", ptr %".7617", align 2
  %".7620" = load volatile i16, ptr %".7617", align 2
  %".7621" = zext i16 %".7620" to i64
  %"cursor.438" = and i64 %".7621", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  %".7623" = getelementptr i8, ptr %"keys.245", i64 2
  %".7624" = trunc i64 %"end.19" to i16
  store volatile i16 %".7624", ptr %".7623", align 2
  %".7626" = load volatile i16, ptr %".7623", align 2
  %".7627" = zext i16 %".7626" to i64
  %"cursor.439" = and i64 %".7627", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  %".7629" = getelementptr i8, ptr %"keys.245", i64 2
  %".7630" = trunc i64 %"end.19" to i16
  store volatile i16 %".7630", ptr %".7629", align 2
  %".7632" = load volatile i16, ptr %".7629", align 2
  %".7633" = zext i16 %".7632" to i64
  %"cursor.440" = and i64 %".7633", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  %".7635" = getelementptr i8, ptr %"keys.245", i64 2
  %".7636" = trunc i64 %"end.19" to i16
  store volatile i16 %".7636", ptr %".7635", align 2
  %".7638" = load volatile i16, ptr %".7635", align 2
  %".7639" = zext i16 %".7638" to i64
  %"cursor.441" = and i64 %".7639", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  %".7641" = getelementptr i8, ptr %"keys.245", i64 2
  %".7642" = trunc i64 %"end.19" to i16
  store volatile i16 %".7642", ptr %".7641", align 2
  %".7644" = load volatile i16, ptr %".7641", align 2
  %".7645" = zext i16 %".7644" to i64
  %"cursor.442" = and i64 %".7645", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".7647" = trunc i64 34887 to i16
  %".7648" = call i16 @"llvm.bswap.i16"(i16 %".7647")
  %".7649" = getelementptr i8, ptr %"keys.245", i64 10
  store i16 %".7648", ptr %".7649", align 2
  %".7651" = getelementptr i8, ptr %"keys.245", i64 2
  %".7652" = trunc i64 %"end.19" to i16
  store volatile i16 %".7652", ptr %".7651", align 2
  %".7654" = load volatile i16, ptr %".7651", align 2
  %".7655" = zext i16 %".7654" to i64
  %"cursor.443" = and i64 %".7655", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".7657" = trunc i64 2048 to i16
  %".7658" = call i16 @"llvm.bswap.i16"(i16 %".7657")
  %".7659" = getelementptr i8, ptr %"keys.245", i64 10
  store i16 %".7658", ptr %".7659", align 2
  %".7661" = getelementptr i8, ptr %"keys.245", i64 8
  store i8 1, ptr %".7661", align 1
  %".7663" = getelementptr i8, ptr %"keys.245", i64 48
  %"flags.94" = load volatile i32, ptr %".7663", align 4
  %".7664" = and i32 %"flags.94", 4
  %".7665" = icmp ne i32 %".7664", 0
  br i1 %".7665", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".7677" = trunc i64 34525 to i16
  %".7678" = call i16 @"llvm.bswap.i16"(i16 %".7677")
  %".7679" = getelementptr i8, ptr %"keys.245", i64 10
  store i16 %".7678", ptr %".7679", align 2
  %".7681" = getelementptr i8, ptr %"keys.245", i64 8
  store i8 1, ptr %".7681", align 1
  %".7683" = getelementptr i8, ptr %"keys.245", i64 48
  %"flags.95" = load volatile i32, ptr %".7683", align 4
  %".7684" = and i32 %"flags.95", 4
  %".7685" = icmp ne i32 %".7684", 0
  br i1 %".7685", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".7667" = trunc i64 %"end.19" to i16
  %".7668" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".7667", ptr %".7668", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".7671" = getelementptr i8, ptr %"keys.245", i64 12
  store i32 0, ptr %".7671", align 4
  %".7673" = trunc i64 %"end.19" to i16
  %".7674" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".7673", ptr %".7674", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".7687" = trunc i64 %"end.19" to i16
  %".7688" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".7687", ptr %".7688", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".7691" = getelementptr i8, ptr %"keys.245", i64 12
  store i32 0, ptr %".7691", align 4
  %".7693" = trunc i64 %"end.19" to i16
  %".7694" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".7693", ptr %".7694", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7705" = trunc i64 %"cursor.378" to i32
  %".7706" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".7705", [40 x i8]* %"header_copy", i32 8)
  %".7707" = icmp eq i64 %".7706", 0
  %".7708" = getelementptr i8, ptr %"ctx.84", i64 76
  %".7709" = load i32, ptr %".7708", align 4
  %".7710" = zext i32 %".7709" to i64
  %"data.246" = inttoptr i64 %".7710" to ptr
  %".7711" = getelementptr i8, ptr %"ctx.84", i64 80
  %".7712" = load i32, ptr %".7711", align 4
  %".7713" = zext i32 %".7712" to i64
  %"data_end.246" = inttoptr i64 %".7713" to ptr
  %".7714" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.246" = load ptr, ptr %".7714", align 8
  %".7715" = xor i1 %".7707", -1
  br i1 %".7715", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".7717" = trunc i64 %"cursor.378" to i16
  %".7718" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".7717", ptr %".7718", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".7721" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7722" = load volatile i8, [40 x i8]* %".7721", align 1
  %".7723" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7724" = load volatile i16, [40 x i8]* %".7723", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".7737" = getelementptr i8, ptr %"keys.247", i64 6
  store i8 1, ptr %".7737", align 1
  br i1 %".7735", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".7757" = zext i8 %"w0_1.31" to i64
  switch i64 %".7757", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".7740" = getelementptr i8, ptr %"keys.247", i64 7
  store i8 1, ptr %".7740", align 1
  %".7742" = getelementptr i8, ptr %"keys.247", i64 48
  %"flags.96" = load volatile i32, ptr %".7742", align 4
  %".7743" = and i32 %"flags.96", 1
  %".7744" = icmp ne i32 %".7743", 0
  %".7745" = xor i1 %".7744", -1
  br i1 %".7745", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".7752" = trunc i64 %".7730" to i16
  %".7753" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7752", ptr %".7753", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".7747" = trunc i64 %".7730" to i16
  %".7748" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7747", ptr %".7748", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".7759" = trunc i64 %".7730" to i16
  %".7760" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7759", ptr %".7760", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".7763" = trunc i64 %".7730" to i16
  %".7764" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7763", ptr %".7764", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".7767" = trunc i64 %".7730" to i16
  %".7768" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7767", ptr %".7768", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".7771" = trunc i64 %".7730" to i16
  %".7772" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7771", ptr %".7772", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".7775" = trunc i64 %".7730" to i16
  %".7776" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7775", ptr %".7776", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  %".7779" = getelementptr i8, ptr %"keys.247", i64 2
  %".7780" = trunc i64 %".7730" to i16
  store volatile i16 %".7780", ptr %".7779", align 2
  %".7782" = load volatile i16, ptr %".7779", align 2
  %".7783" = zext i16 %".7782" to i64
  %"cursor.444" = and i64 %".7783", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  %".7785" = getelementptr i8, ptr %"keys.247", i64 2
  %".7786" = trunc i64 %".7730" to i16
  store volatile i16 %".7786", ptr %".7785", align 2
  %".7788" = load volatile i16, ptr %".7785", align 2
  %".7789" = zext i16 %".7788" to i64
  %"cursor.445" = and i64 %".7789", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  %".7791" = getelementptr i8, ptr %"keys.247", i64 2
  %".7792" = trunc i64 %".7730" to i16
  store volatile i16 %".7792", ptr %".7791", align 2
  %".7794" = load volatile i16, ptr %".7791", align 2
  %".7795" = zext i16 %".7794" to i64
  %"cursor.446" = and i64 %".7795", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre_version:
  %".7797" = getelementptr i8, ptr %"keys.247", i64 2
  %".7798" = trunc i64 %".7730" to i16
  store volatile i16 %".7798", ptr %".7797", align 2
  %".7800" = load volatile i16, ptr %".7797", align 2
  %".7801" = zext i16 %".7800" to i64
  %"cursor.447" = and i64 %".7801", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  %".7803" = getelementptr i8, ptr %"keys.247", i64 2
  %".7804" = trunc i64 %".7730" to i16
  store volatile i16 %".7804", ptr %".7803", align 2
  %".7806" = load volatile i16, ptr %".7803", align 2
  %".7807" = zext i16 %".7806" to i64
  %"cursor.448" = and i64 %".7807", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  %".7809" = getelementptr i8, ptr %"keys.247", i64 2
  %".7810" = trunc i64 %".7730" to i16
  store volatile i16 %".7810", ptr %".7809", align 2
  %".7812" = load volatile i16, ptr %".7809", align 2
  %".7813" = zext i16 %".7812" to i64
  %"cursor.449" = and i64 %".7813", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  %".7815" = getelementptr i8, ptr %"keys.247", i64 2
  %".7816" = trunc i64 %".7730" to i16
  store volatile i16 %".7816", ptr %".7815", align 2
  %".7818" = load volatile i16, ptr %".7815", align 2
  %".7819" = zext i16 %".7818" to i64
  %"cursor.450" = and i64 %".7819", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  %".7821" = getelementptr i8, ptr %"keys.247", i64 2
  %".7822" = trunc i64 %".7730" to i16
  store volatile i16 %".7822", ptr %".7821", align 2
  %".7824" = load volatile i16, ptr %".7821", align 2
  %".7825" = zext i16 %".7824" to i64
  %"cursor.451" = and i64 %".7825", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  %".7827" = getelementptr i8, ptr %"keys.247", i64 2
  %".7828" = trunc i64 %".7730" to i16
  store volatile i16 %".7828", ptr %".7827", align 2
  %".7830" = load volatile i16, ptr %".7827", align 2
  %".7831" = zext i16 %".7830" to i64
  %"cursor.452" = and i64 %".7831", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".7833" = trunc i64 34887 to i16
  %".7834" = call i16 @"llvm.bswap.i16"(i16 %".7833")
  %".7835" = getelementptr i8, ptr %"keys.247", i64 10
  store i16 %".7834", ptr %".7835", align 2
  %".7837" = getelementptr i8, ptr %"keys.247", i64 2
  %".7838" = trunc i64 %".7730" to i16
  store volatile i16 %".7838", ptr %".7837", align 2
  %".7840" = load volatile i16, ptr %".7837", align 2
  %".7841" = zext i16 %".7840" to i64
  %"cursor.453" = and i64 %".7841", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".7843" = trunc i64 2048 to i16
  %".7844" = call i16 @"llvm.bswap.i16"(i16 %".7843")
  %".7845" = getelementptr i8, ptr %"keys.247", i64 10
  store i16 %".7844", ptr %".7845", align 2
  %".7847" = getelementptr i8, ptr %"keys.247", i64 8
  store i8 1, ptr %".7847", align 1
  %".7849" = getelementptr i8, ptr %"keys.247", i64 48
  %"flags.97" = load volatile i32, ptr %".7849", align 4
  %".7850" = and i32 %"flags.97", 4
  %".7851" = icmp ne i32 %".7850", 0
  br i1 %".7851", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".7863" = trunc i64 34525 to i16
  %".7864" = call i16 @"llvm.bswap.i16"(i16 %".7863")
  %".7865" = getelementptr i8, ptr %"keys.247", i64 10
  store i16 %".7864", ptr %".7865", align 2
  %".7867" = getelementptr i8, ptr %"keys.247", i64 8
  store i8 1, ptr %".7867", align 1
  %".7869" = getelementptr i8, ptr %"keys.247", i64 48
  %"flags.98" = load volatile i32, ptr %".7869", align 4
  %".7870" = and i32 %"flags.98", 4
  %".7871" = icmp ne i32 %".7870", 0
  br i1 %".7871", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".7853" = trunc i64 %".7730" to i16
  %".7854" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7853", ptr %".7854", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".7857" = getelementptr i8, ptr %"keys.247", i64 12
  store i32 0, ptr %".7857", align 4
  %".7859" = trunc i64 %".7730" to i16
  %".7860" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7859", ptr %".7860", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".7873" = trunc i64 %".7730" to i16
  %".7874" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7873", ptr %".7874", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".7877" = getelementptr i8, ptr %"keys.247", i64 12
  store i32 0, ptr %".7877", align 4
  %".7879" = trunc i64 %".7730" to i16
  %".7880" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".7879", ptr %".7880", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7890" = trunc i64 %"cursor.429" to i32
  %".7891" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".7890", [40 x i8]* %"header_copy", i32 4)
  %".7892" = icmp eq i64 %".7891", 0
  %".7893" = getelementptr i8, ptr %"ctx.85", i64 76
  %".7894" = load i32, ptr %".7893", align 4
  %".7895" = zext i32 %".7894" to i64
  %"data.248" = inttoptr i64 %".7895" to ptr
  %".7896" = getelementptr i8, ptr %"ctx.85", i64 80
  %".7897" = load i32, ptr %".7896", align 4
  %".7898" = zext i32 %".7897" to i64
  %"data_end.248" = inttoptr i64 %".7898" to ptr
  %".7899" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.248" = load ptr, ptr %".7899", align 8
  %".7900" = xor i1 %".7892", -1
  br i1 %".7900", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".7902" = trunc i64 %".7883" to i16
  %".7903" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".7902", ptr %".7903", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".7906" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".7907" = load volatile i8, [40 x i8]* %".7906", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".7913" = trunc i64 %".7909" to i16
  %".7914" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".7913", ptr %".7914", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_mpls:
  %".7917" = trunc i64 %".7909" to i16
  %".7918" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".7917", ptr %".7918", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".7921" = getelementptr i8, ptr %"keys.249", i64 8
  store i8 1, ptr %".7921", align 1
  %".7923" = getelementptr i8, ptr %"keys.249", i64 48
  %"flags.99" = load volatile i32, ptr %".7923", align 4
  %".7924" = and i32 %"flags.99", 4
  %".7925" = icmp ne i32 %".7924", 0
  br i1 %".7925", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".7927" = trunc i64 %".7909" to i16
  %".7928" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".7927", ptr %".7928", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".7931" = getelementptr i8, ptr %"keys.249", i64 12
  store i32 0, ptr %".7931", align 4
  %".7933" = trunc i64 %".7909" to i16
  %".7934" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".7933", ptr %".7934", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7943" = trunc i64 %"cursor.432" to i32
  %".7944" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".7943", [40 x i8]* %"header_copy", i32 1)
  %".7945" = icmp eq i64 %".7944", 0
  %".7946" = getelementptr i8, ptr %"ctx.86", i64 76
  %".7947" = load i32, ptr %".7946", align 4
  %".7948" = zext i32 %".7947" to i64
  %"data.250" = inttoptr i64 %".7948" to ptr
  %".7949" = getelementptr i8, ptr %"ctx.86", i64 80
  %".7950" = load i32, ptr %".7949", align 4
  %".7951" = zext i32 %".7950" to i64
  %"data_end.250" = inttoptr i64 %".7951" to ptr
  %".7952" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.250" = load ptr, ptr %".7952", align 8
  %".7953" = xor i1 %".7945", -1
  br i1 %".7953", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".7955" = trunc i64 %"cursor.432" to i16
  %".7956" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".7955", ptr %".7956", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".7959" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".7960" = load volatile i8, [40 x i8]* %".7959", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".7966" = trunc i64 %"cursor.432" to i16
  %".7967" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".7966", ptr %".7967", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".7970" = add i64 %"cursor.432", 1
  %".7971" = zext i8 %"w0_1.32" to i64
  %".7972" = mul i64 %".7971", 4
  %".7973" = sub i64 %".7972", 2
  %".7974" = add i64 %".7973", 1
  %".7975" = getelementptr i8, ptr %"data.251", i64 %"cursor.432"
  %".7976" = getelementptr i8, ptr %".7975", i64 %".7974"
  %".7977" = icmp ugt ptr %".7976", %"data_end.251"
  br i1 %".7977", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.253" = phi  ptr [%"data.251", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.252", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.253" = phi  ptr [%"data_end.251", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.252", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.253" = phi  ptr [%"keys.251", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.252", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"end.20" = add i64 %"cursor.432", %".7974"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".7979" = add i64 %"cursor.432", %".7974"
  %".7980" = sub i64 %".7979", 1
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7981" = trunc i64 %".7980" to i32
  %".7982" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".7981", i64* %"last_byte", i32 1)
  %".7983" = icmp eq i64 %".7982", 0
  %".7984" = getelementptr i8, ptr %"ctx.87", i64 76
  %".7985" = load i32, ptr %".7984", align 4
  %".7986" = zext i32 %".7985" to i64
  %"data.252" = inttoptr i64 %".7986" to ptr
  %".7987" = getelementptr i8, ptr %"ctx.87", i64 80
  %".7988" = load i32, ptr %".7987", align 4
  %".7989" = zext i32 %".7988" to i64
  %"data_end.252" = inttoptr i64 %".7989" to ptr
  %".7990" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.252" = load ptr, ptr %".7990", align 8
  %".7991" = xor i1 %".7983", -1
  br i1 %".7991", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".7993" = trunc i64 %"cursor.432" to i16
  %".7994" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".7993", ptr %".7994", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".7999" = trunc i64 %"end.20" to i16
  %".8000" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".7999", ptr %".8000", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  %".8003" = getelementptr i8, ptr %"keys.253", i64 2
  %".8004" = trunc i64 %"end.20" to i16
  store volatile i16 %".8004", ptr %".8003", align 2
  %".8006" = load volatile i16, ptr %".8003", align 2
  %".8007" = zext i16 %".8006" to i64
  %"cursor.455" = and i64 %".8007", 16383
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.454" = phi  i64 [%"cursor.455", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.254" = phi  ptr [%"data.253", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.254" = phi  ptr [%"data_end.253", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.254" = phi  ptr [%"keys.253", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.74" = getelementptr i8, ptr %"data.254", i64 %"cursor.454"
  %".8009" = getelementptr i8, ptr %"hdr.74", i64 1
  %".8010" = icmp ugt ptr %".8009", %"data_end.254"
  br i1 %".8010", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".8012" = getelementptr i8, ptr %"hdr.74", i64 0
  %".8013" = load i8, ptr %".8012", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.33" = phi  i8 [%".8013", %"gtpu_next_d1_gtpu_ext1.linear"], [%".8032", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.256" = phi  ptr [%"data.254", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.255", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.256" = phi  ptr [%"data_end.254", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.255", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.256" = phi  ptr [%"keys.254", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.255", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".8034" = add i64 %"cursor.454", 1
  %".8035" = zext i8 %"w0_1.33" to i64
  %".8036" = icmp uge i64 %".8035", 1
  %".8037" = icmp ule i64 %".8035", 255
  %".8038" = and i1 %".8036", %".8037"
  br i1 %".8038", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".8015" = trunc i64 %"cursor.454" to i32
  %".8016" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.88", i32 %".8015", [40 x i8]* %"header_copy", i32 1)
  %".8017" = icmp eq i64 %".8016", 0
  %".8018" = getelementptr i8, ptr %"ctx.88", i64 76
  %".8019" = load i32, ptr %".8018", align 4
  %".8020" = zext i32 %".8019" to i64
  %"data.255" = inttoptr i64 %".8020" to ptr
  %".8021" = getelementptr i8, ptr %"ctx.88", i64 80
  %".8022" = load i32, ptr %".8021", align 4
  %".8023" = zext i32 %".8022" to i64
  %"data_end.255" = inttoptr i64 %".8023" to ptr
  %".8024" = getelementptr i8, ptr %"ctx.88", i64 144
  %"keys.255" = load ptr, ptr %".8024", align 8
  %".8025" = xor i1 %".8017", -1
  br i1 %".8025", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".8027" = trunc i64 %"cursor.454" to i16
  %".8028" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".8027", ptr %".8028", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".8031" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".8032" = load volatile i8, [40 x i8]* %".8031", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".8041" = trunc i64 %".8034" to i16
  %".8042" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".8041", ptr %".8042", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  %".8045" = getelementptr i8, ptr %"keys.256", i64 2
  %".8046" = trunc i64 %".8034" to i16
  store volatile i16 %".8046", ptr %".8045", align 2
  %".8048" = load volatile i16, ptr %".8045", align 2
  %".8049" = zext i16 %".8048" to i64
  %"cursor.456" = and i64 %".8049", 16383
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  %".8051" = getelementptr i8, ptr %"keys.256", i64 2
  %".8052" = trunc i64 %".8034" to i16
  store volatile i16 %".8052", ptr %".8051", align 2
  %".8054" = load volatile i16, ptr %".8051", align 2
  %".8055" = zext i16 %".8054" to i64
  %"cursor.458" = and i64 %".8055", 16383
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".8035", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.457" = phi  i64 [%"cursor.458", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.257" = phi  ptr [%"data.256", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.257" = phi  ptr [%"data_end.256", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.257" = phi  ptr [%"keys.256", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.75" = getelementptr i8, ptr %"data.257", i64 %"cursor.457"
  %".8057" = getelementptr i8, ptr %"hdr.75", i64 1
  %".8058" = icmp ugt ptr %".8057", %"data_end.257"
  br i1 %".8058", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".8060" = getelementptr i8, ptr %"hdr.75", i64 0
  %".8061" = load i8, ptr %".8060", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.34" = phi  i8 [%".8061", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".8080", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.259" = phi  ptr [%"data.257", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.258", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.259" = phi  ptr [%"data_end.257", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.258", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.259" = phi  ptr [%"keys.257", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.258", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".8082" = zext i8 %"w0_1.34" to i64
  %".8083" = icmp uge i64 %".8082", 1
  %".8084" = xor i1 %".8083", -1
  br i1 %".8084", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".8063" = trunc i64 %"cursor.457" to i32
  %".8064" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.89", i32 %".8063", [40 x i8]* %"header_copy", i32 1)
  %".8065" = icmp eq i64 %".8064", 0
  %".8066" = getelementptr i8, ptr %"ctx.89", i64 76
  %".8067" = load i32, ptr %".8066", align 4
  %".8068" = zext i32 %".8067" to i64
  %"data.258" = inttoptr i64 %".8068" to ptr
  %".8069" = getelementptr i8, ptr %"ctx.89", i64 80
  %".8070" = load i32, ptr %".8069", align 4
  %".8071" = zext i32 %".8070" to i64
  %"data_end.258" = inttoptr i64 %".8071" to ptr
  %".8072" = getelementptr i8, ptr %"ctx.89", i64 144
  %"keys.258" = load ptr, ptr %".8072", align 8
  %".8073" = xor i1 %".8065", -1
  br i1 %".8073", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".8075" = trunc i64 %"cursor.457" to i16
  %".8076" = getelementptr i8, ptr %"keys.258", i64 2
  store i16 %".8075", ptr %".8076", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".8079" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".8080" = load volatile i8, [40 x i8]* %".8079", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".8086" = trunc i64 %"cursor.457" to i16
  %".8087" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".8086", ptr %".8087", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".8090" = add i64 %"cursor.457", 1
  %".8091" = zext i8 %"w0_1.34" to i64
  %".8092" = mul i64 %".8091", 4
  %".8093" = sub i64 %".8092", 2
  %".8094" = add i64 %".8093", 1
  %".8095" = getelementptr i8, ptr %"data.259", i64 %"cursor.457"
  %".8096" = getelementptr i8, ptr %".8095", i64 %".8094"
  %".8097" = icmp ugt ptr %".8096", %"data_end.259"
  br i1 %".8097", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.261" = phi  ptr [%"data.259", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.260", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.261" = phi  ptr [%"data_end.259", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.260", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.261" = phi  ptr [%"keys.259", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.260", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"end.21" = add i64 %"cursor.457", %".8094"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".8099" = add i64 %"cursor.457", %".8094"
  %".8100" = sub i64 %".8099", 1
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".8101" = trunc i64 %".8100" to i32
  %".8102" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.90", i32 %".8101", i64* %"last_byte", i32 1)
  %".8103" = icmp eq i64 %".8102", 0
  %".8104" = getelementptr i8, ptr %"ctx.90", i64 76
  %".8105" = load i32, ptr %".8104", align 4
  %".8106" = zext i32 %".8105" to i64
  %"data.260" = inttoptr i64 %".8106" to ptr
  %".8107" = getelementptr i8, ptr %"ctx.90", i64 80
  %".8108" = load i32, ptr %".8107", align 4
  %".8109" = zext i32 %".8108" to i64
  %"data_end.260" = inttoptr i64 %".8109" to ptr
  %".8110" = getelementptr i8, ptr %"ctx.90", i64 144
  %"keys.260" = load ptr, ptr %".8110", align 8
  %".8111" = xor i1 %".8103", -1
  br i1 %".8111", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".8113" = trunc i64 %"cursor.457" to i16
  %".8114" = getelementptr i8, ptr %"keys.260", i64 2
  store i16 %".8113", ptr %".8114", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".8119" = trunc i64 %"end.21" to i16
  %".8120" = getelementptr i8, ptr %"keys.261", i64 2
  store i16 %".8119", ptr %".8120", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  %".8123" = getelementptr i8, ptr %"keys.261", i64 2
  %".8124" = trunc i64 %"end.21" to i16
  store volatile i16 %".8124", ptr %".8123", align 2
  %".8126" = load volatile i16, ptr %".8123", align 2
  %".8127" = zext i16 %".8126" to i64
  %"cursor.460" = and i64 %".8127", 16383
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.459" = phi  i64 [%"cursor.460", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.262" = phi  ptr [%"data.261", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.262" = phi  ptr [%"data_end.261", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.262" = phi  ptr [%"keys.261", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.76" = getelementptr i8, ptr %"data.262", i64 %"cursor.459"
  %".8129" = getelementptr i8, ptr %"hdr.76", i64 1
  %".8130" = icmp ugt ptr %".8129", %"data_end.262"
  br i1 %".8130", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".8132" = getelementptr i8, ptr %"hdr.76", i64 0
  %".8133" = load i8, ptr %".8132", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.35" = phi  i8 [%".8133", %"gtpu_next_d1_gtpu_ext2.linear"], [%".8152", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.264" = phi  ptr [%"data.262", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.263", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.264" = phi  ptr [%"data_end.262", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.263", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.264" = phi  ptr [%"keys.262", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.263", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".8154" = add i64 %"cursor.459", 1
  %".8155" = zext i8 %"w0_1.35" to i64
  %".8156" = icmp uge i64 %".8155", 1
  %".8157" = icmp ule i64 %".8155", 255
  %".8158" = and i1 %".8156", %".8157"
  br i1 %".8158", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".8135" = trunc i64 %"cursor.459" to i32
  %".8136" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.91", i32 %".8135", [40 x i8]* %"header_copy", i32 1)
  %".8137" = icmp eq i64 %".8136", 0
  %".8138" = getelementptr i8, ptr %"ctx.91", i64 76
  %".8139" = load i32, ptr %".8138", align 4
  %".8140" = zext i32 %".8139" to i64
  %"data.263" = inttoptr i64 %".8140" to ptr
  %".8141" = getelementptr i8, ptr %"ctx.91", i64 80
  %".8142" = load i32, ptr %".8141", align 4
  %".8143" = zext i32 %".8142" to i64
  %"data_end.263" = inttoptr i64 %".8143" to ptr
  %".8144" = getelementptr i8, ptr %"ctx.91", i64 144
  %"keys.263" = load ptr, ptr %".8144", align 8
  %".8145" = xor i1 %".8137", -1
  br i1 %".8145", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".8147" = trunc i64 %"cursor.459" to i16
  %".8148" = getelementptr i8, ptr %"keys.263", i64 2
  store i16 %".8147", ptr %".8148", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".8151" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".8152" = load volatile i8, [40 x i8]* %".8151", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".8161" = trunc i64 %".8154" to i16
  %".8162" = getelementptr i8, ptr %"keys.264", i64 2
  store i16 %".8161", ptr %".8162", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  %".8165" = getelementptr i8, ptr %"keys.264", i64 2
  %".8166" = trunc i64 %".8154" to i16
  store volatile i16 %".8166", ptr %".8165", align 2
  %".8168" = load volatile i16, ptr %".8165", align 2
  %".8169" = zext i16 %".8168" to i64
  %"cursor.461" = and i64 %".8169", 16383
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".8171" = trunc i64 %".8154" to i16
  %".8172" = getelementptr i8, ptr %"keys.264", i64 2
  store i16 %".8171", ptr %".8172", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".8155", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }