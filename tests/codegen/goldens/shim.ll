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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_d0_mpls_labels1.copy_failed"], [0, %"mpls_d0_mpls_labels1.unknown"], [0, %"mpls_d0_mpls_labels1.stop_at_encap"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.unknown"], [0, %"udp_d0.copy_failed"], [0, %"udp_d0.copy_last_byte_failed"], [0, %"udp_d0.unknown"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"mpls_d0_mpls_labels2.copy_failed"], [0, %"mpls_d0_mpls_labels2.unknown"], [0, %"mpls_d0_mpls_labels2.stop_at_encap"], [2, %"ip_version_d1.copy_failed"], [0, %"ip_version_d1.unknown"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [0, %"mpls_d1_mpls_labels1.copy_failed"], [0, %"mpls_d1_mpls_labels1.unknown"], [0, %"mpls_d1_mpls_labels1.stop_at_encap"], [0, %"mpls_d1_mpls_labels1.stop_at_encap.endif"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable_part"], [2, %"vxlan_d0.copy_failed"], [0, %"vxlan_d0.stop_at_encap"], [0, %"vxlan_d0.unknown"], [2, %"geneve_d0.copy_failed"], [0, %"geneve_d0.stop_before"], [2, %"geneve_d0.copy_last_byte_failed"], [0, %"geneve_d0.stop_at_encap"], [0, %"geneve_d0.unknown"], [2, %"gue_d0.copy_failed"], [0, %"gue_d0.stop_before"], [2, %"gue_d0.copy_last_byte_failed"], [0, %"gue_d0.stop_at_encap"], [0, %"gue_d0.unknown"], [2, %"gtpu_d0.copy_failed"], [0, %"gtpu_d0.stop_before"], [0, %"gtpu_d0.stop_at_encap"], [0, %"gtpu_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.stop_at_encap"], [0, %"shim_d0.unknown"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [0, %"udp_d1.copy_failed"], [0, %"udp_d1.copy_last_byte_failed"], [0, %"udp_d1.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels3.copy_failed"], [0, %"mpls_d0_mpls_labels3.unknown"], [0, %"mpls_d0_mpls_labels3.stop_at_encap"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [0, %"mpls_d1_mpls_labels2.copy_failed"], [0, %"mpls_d1_mpls_labels2.unknown"], [0, %"mpls_d1_mpls_labels2.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.stop_at_encap.endif"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"gtpu_opt_d1.copy_failed"], [0, %"gtpu_opt_d1.unknown"], [2, %"gtpu_seq_d1.copy_failed"], [0, %"gtpu_seq_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"vxlan_d1.copy_failed"], [0, %"vxlan_d1.stop_at_encap"], [0, %"vxlan_d1.unknown"], [0, %"vxlan_d1.to_ethernet"], [2, %"geneve_d1.copy_failed"], [0, %"geneve_d1.stop_before"], [2, %"geneve_d1.copy_last_byte_failed"], [0, %"geneve_d1.stop_at_encap"], [0, %"geneve_d1.unknown"], [0, %"geneve_d1.to_ethernet"], [0, %"geneve_d1.to_ipv4"], [0, %"geneve_d1.to_ipv6"], [2, %"gue_d1.copy_failed"], [0, %"gue_d1.stop_before"], [2, %"gue_d1.copy_last_byte_failed"], [0, %"gue_d1.stop_at_encap"], [0, %"gue_d1.unknown"], [0, %"gue_d1.to_ipv4"], [0, %"gue_d1.to_ipv6"], [2, %"gtpu_d1.copy_failed"], [0, %"gtpu_d1.stop_before"], [0, %"gtpu_d1.stop_at_encap"], [0, %"gtpu_d1.unknown"], [0, %"gtpu_d1.to_ip_version"], [0, %"gtpu_d1.to_gtpu_opt"], [0, %"gtpu_d1.to_gtpu_seq"], [2, %"shim_d1.copy_failed"], [0, %"shim_d1.stop_at_encap"], [0, %"shim_d1.unknown"], [0, %"shim_d1.to_ipv4"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels4.copy_failed"], [0, %"mpls_d0_mpls_labels4.unknown"], [0, %"mpls_d0_mpls_labels4.to_mpls"], [0, %"mpls_d0_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.copy_failed"], [0, %"mpls_d1_mpls_labels3.unknown"], [0, %"mpls_d1_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.stop_at_encap.endif"], [2, %"gtpu_next_d1.copy_failed"], [0, %"gtpu_next_d1.unknown"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [0, %"mpls_d1_mpls_labels4.copy_failed"], [0, %"mpls_d1_mpls_labels4.unknown"], [0, %"mpls_d1_mpls_labels4.to_mpls"], [0, %"mpls_d1_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels4.stop_at_encap.endif"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext1.require"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext1.unknown"], [2, %"gtpu_next_d1_gtpu_ext1.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext1.unknown"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext2.require"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext2.unknown"], [2, %"gtpu_next_d1_gtpu_ext2.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext2.unknown"], [0, %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext"], [129, %"widening.beyond"]
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
entry_d0.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".380", %"vlan_d0_vlan_tags1.to_ipv4"], [%".505", %"pppoe_d0.to_ipv4"], [%".658", %"hsr_d0_vlan_tags1.to_ipv4"], [%".2003", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2073", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6336", %"widening.test.9"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.41", %"pppoe_d0.to_ipv4"], [%"data.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.105", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.107", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data.266", %"widening.test.9"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.41", %"pppoe_d0.to_ipv4"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data_end.266", %"widening.test.9"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.41", %"pppoe_d0.to_ipv4"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ipv4"], [%"keys", %"widening.test.9"]
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
  %".58" = load i32, ptr %".57", align 4
  %".59" = getelementptr i8, ptr %"hdr", i64 16
  %".60" = load i32, ptr %".59", align 4
  br label %"ipv4_d0.header"
ipv4_d0.header:
  %"w0_1" = phi  i8 [%".52", %"ipv4_d0.linear"], [%".79", %"ipv4_d0.copy_failed.endif"]
  %"w6_2" = phi  i16 [%".54", %"ipv4_d0.linear"], [%".81", %"ipv4_d0.copy_failed.endif"]
  %"w9_1" = phi  i8 [%".56", %"ipv4_d0.linear"], [%".83", %"ipv4_d0.copy_failed.endif"]
  %"w12_4" = phi  i32 [%".58", %"ipv4_d0.linear"], [%".85", %"ipv4_d0.copy_failed.endif"]
  %"w16_4" = phi  i32 [%".60", %"ipv4_d0.linear"], [%".87", %"ipv4_d0.copy_failed.endif"]
  %"data.15" = phi  ptr [%"data.2", %"ipv4_d0.linear"], [%"data.14", %"ipv4_d0.copy_failed.endif"]
  %"data_end.15" = phi  ptr [%"data_end.2", %"ipv4_d0.linear"], [%"data_end.14", %"ipv4_d0.copy_failed.endif"]
  %"keys.15" = phi  ptr [%"keys.2", %"ipv4_d0.linear"], [%"keys.14", %"ipv4_d0.copy_failed.endif"]
  %".89" = zext i8 %"w0_1" to i64
  %".90" = and i64 %".89", 15
  %".91" = icmp uge i64 %".90", 5
  %".92" = xor i1 %".91", -1
  br i1 %".92", label %"ipv4_d0.require", label %"ipv4_d0.require.endif"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".380", %"vlan_d0_vlan_tags1.to_ipv6"], [%".505", %"pppoe_d0.to_ipv6"], [%".658", %"hsr_d0_vlan_tags1.to_ipv6"], [%".2003", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2073", %"hsr_d0_vlan_tags2.to_ipv6"], [%".6281", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.41", %"pppoe_d0.to_ipv6"], [%"data.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.107", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.261", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.41", %"pppoe_d0.to_ipv6"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.261", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.41", %"pppoe_d0.to_ipv6"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".206" = getelementptr i8, ptr %"hdr.1", i64 40
  %".207" = icmp ugt ptr %".206", %"data_end.3"
  br i1 %".207", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".209" = getelementptr i8, ptr %"hdr.1", i64 0
  %".210" = load i32, ptr %".209", align 4
  %".211" = getelementptr i8, ptr %"hdr.1", i64 6
  %".212" = load i8, ptr %".211", align 1
  %".213" = getelementptr i8, ptr %"hdr.1", i64 8
  %".214" = load i64, ptr %".213", align 8
  %".215" = getelementptr i8, ptr %"hdr.1", i64 16
  %".216" = load i64, ptr %".215", align 8
  %".217" = getelementptr i8, ptr %"hdr.1", i64 24
  %".218" = load i64, ptr %".217", align 8
  %".219" = getelementptr i8, ptr %"hdr.1", i64 32
  %".220" = load i64, ptr %".219", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".210", %"ipv6_d0.linear"], [%".239", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".212", %"ipv6_d0.linear"], [%".241", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".214", %"ipv6_d0.linear"], [%".243", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".216", %"ipv6_d0.linear"], [%".245", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".218", %"ipv6_d0.linear"], [%".247", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".220", %"ipv6_d0.linear"], [%".249", %"ipv6_d0.copy_failed.endif"]
  %"data.28" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.27", %"ipv6_d0.copy_failed.endif"]
  %"data_end.28" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.27", %"ipv6_d0.copy_failed.endif"]
  %"keys.28" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.27", %"ipv6_d0.copy_failed.endif"]
  %".251" = trunc i64 34525 to i16
  %".252" = getelementptr i8, ptr %"keys.28", i64 4
  store i16 %".251", ptr %".252", align 2
  %".254" = trunc i64 34525 to i16
  %".255" = call i16 @"llvm.bswap.i16"(i16 %".254")
  %".256" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".255", ptr %".256", align 2
  %".258" = getelementptr i8, ptr %"keys.28", i64 16
  store i64 %"w8_8", ptr %".258", align 8
  %".260" = getelementptr i8, ptr %"keys.28", i64 24
  store i64 %"w16_8", ptr %".260", align 8
  %".262" = getelementptr i8, ptr %"keys.28", i64 32
  store i64 %"w24_8", ptr %".262", align 8
  %".264" = getelementptr i8, ptr %"keys.28", i64 40
  store i64 %"w32_8", ptr %".264", align 8
  %".266" = zext i8 %"w6_1" to i64
  %".267" = trunc i64 %".266" to i8
  %".268" = getelementptr i8, ptr %"keys.28", i64 9
  store i8 %".267", ptr %".268", align 1
  %".270" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".271" = zext i32 %".270" to i64
  %".272" = and i64 %".271", 1048575
  %".273" = trunc i64 %".272" to i32
  %".274" = call i32 @"llvm.bswap.i32"(i32 %".273")
  %".275" = getelementptr i8, ptr %"keys.28", i64 52
  store i32 %".274", ptr %".275", align 4
  %".277" = add i64 %"cursor.2", 40
  %".278" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".279" = zext i32 %".278" to i64
  %".280" = and i64 %".279", 1048575
  %".281" = icmp ne i64 %".280", 0
  %".282" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.3" = load volatile i32, ptr %".282", align 4
  %".283" = and i32 %"flags.3", 2
  %".284" = icmp ne i32 %".283", 0
  %".285" = and i1 %".281", %".284"
  br i1 %".285", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".349" = getelementptr i8, ptr %"hdr.2", i64 4
  %".350" = icmp ugt ptr %".349", %"data_end.4"
  br i1 %".350", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".352" = getelementptr i8, ptr %"hdr.2", i64 2
  %".353" = load i16, ptr %".352", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".353", %"vlan_d0_vlan_tags1.linear"], [%".372", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.33" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.33" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.33" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".374" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".375" = zext i16 %".374" to i64
  %".376" = trunc i64 %".375" to i16
  %".377" = call i16 @"llvm.bswap.i16"(i16 %".376")
  %".378" = getelementptr i8, ptr %"keys.33", i64 10
  store i16 %".377", ptr %".378", align 2
  %".380" = add i64 %"cursor.3", 4
  %".381" = trunc i64 %".380" to i16
  %".382" = getelementptr i8, ptr %"keys.33", i64 0
  store i16 %".381", ptr %".382", align 2
  %".384" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".385" = zext i16 %".384" to i64
  switch i64 %".385", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".277", %"ipv6_d0.to_mpls"], [%".380", %"vlan_d0_vlan_tags1.to_mpls"], [%".380", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".505", %"pppoe_d0.to_mpls"], [%".505", %"pppoe_d0.to_mpls.1"], [%".658", %"hsr_d0_vlan_tags1.to_mpls"], [%".658", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".2003", %"vlan_d0_vlan_tags2.to_mpls"], [%".2003", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2073", %"hsr_d0_vlan_tags2.to_mpls"], [%".2073", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6347", %"widening.test.10"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.41", %"pppoe_d0.to_mpls"], [%"data.41", %"pppoe_d0.to_mpls.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.267", %"widening.test.10"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.41", %"pppoe_d0.to_mpls"], [%"data_end.41", %"pppoe_d0.to_mpls.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.267", %"widening.test.10"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.41", %"pppoe_d0.to_mpls"], [%"keys.41", %"pppoe_d0.to_mpls.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.10"]
  %".407" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".408" = getelementptr i8, ptr %"hdr.3", i64 4
  %".409" = icmp ugt ptr %".408", %"data_end.5"
  br i1 %".409", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".411" = getelementptr i8, ptr %"hdr.3", i64 2
  %".412" = load i8, ptr %".411", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".412", %"mpls_d0_mpls_labels1.linear"], [%".431", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.37" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.36", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.37" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.36", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.37" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.36", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".433" = add i64 %"cursor.4", 4
  %".434" = zext i8 %"w2_1" to i64
  %".435" = and i64 %".434", 1
  switch i64 %".435", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".380", %"vlan_d0_vlan_tags1.to_pppoe"], [%".658", %"hsr_d0_vlan_tags1.to_pppoe"], [%".2003", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2073", %"hsr_d0_vlan_tags2.to_pppoe"], [%".6270", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.107", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.260", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.260", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.107", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".455" = getelementptr i8, ptr %"hdr.4", i64 8
  %".456" = icmp ugt ptr %".455", %"data_end.6"
  br i1 %".456", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".458" = getelementptr i8, ptr %"hdr.4", i64 0
  %".459" = load i8, ptr %".458", align 1
  %".460" = getelementptr i8, ptr %"hdr.4", i64 1
  %".461" = load i8, ptr %".460", align 1
  %".462" = getelementptr i8, ptr %"hdr.4", i64 6
  %".463" = load i16, ptr %".462", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".459", %"pppoe_d0.linear"], [%".482", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".461", %"pppoe_d0.linear"], [%".484", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".463", %"pppoe_d0.linear"], [%".486", %"pppoe_d0.copy_failed.endif"]
  %"data.41" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.40", %"pppoe_d0.copy_failed.endif"]
  %"data_end.41" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.40", %"pppoe_d0.copy_failed.endif"]
  %"keys.41" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.40", %"pppoe_d0.copy_failed.endif"]
  %".488" = zext i8 %"w0_1.1" to i64
  %".489" = lshr i64 %".488", 4
  %".490" = and i64 %".489", 15
  %".491" = icmp eq i64 %".490", 1
  %".492" = zext i8 %"w0_1.1" to i64
  %".493" = and i64 %".492", 15
  %".494" = icmp eq i64 %".493", 1
  %".495" = and i1 %".491", %".494"
  %".496" = zext i8 %"w1_1" to i64
  %".497" = icmp eq i64 %".496", 0
  %".498" = and i1 %".495", %".497"
  %".499" = xor i1 %".498", -1
  br i1 %".499", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".380", %"vlan_d0_vlan_tags1.to_arp"], [%".380", %"vlan_d0_vlan_tags1.to_arp.1"], [%".658", %"hsr_d0_vlan_tags1.to_arp"], [%".658", %"hsr_d0_vlan_tags1.to_arp.1"], [%".735", %"batadv_d0.stop_at_encap.endif.7"], [%".735", %"batadv_d0.stop_at_encap.endif.8"], [%".2003", %"vlan_d0_vlan_tags2.to_arp"], [%".2003", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2073", %"hsr_d0_vlan_tags2.to_arp"], [%".2073", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2231", %"vlan_d1_vlan_tags1.to_arp"], [%".2231", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2425", %"hsr_d1_vlan_tags1.to_arp"], [%".2425", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.6", %"gre_d0.to_arp"], [%"end.6", %"gre_d0.to_arp.1"], [%".4026", %"vlan_d1_vlan_tags2.to_arp"], [%".4026", %"vlan_d1_vlan_tags2.to_arp.1"], [%".4096", %"hsr_d1_vlan_tags2.to_arp"], [%".4096", %"hsr_d1_vlan_tags2.to_arp.1"], [%".4217", %"ethernet_d1.to_arp"], [%".4217", %"ethernet_d1.to_arp.1"], [%".6501", %"widening.test.24"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data.105", %"vlan_d0_vlan_tags2.to_arp"], [%"data.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.107", %"hsr_d0_vlan_tags2.to_arp"], [%"data.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.114", %"vlan_d1_vlan_tags1.to_arp"], [%"data.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_arp"], [%"data.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.148", %"gre_d0.to_arp"], [%"data.148", %"gre_d0.to_arp.1"], [%"data.181", %"vlan_d1_vlan_tags2.to_arp"], [%"data.181", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.183", %"hsr_d1_vlan_tags2.to_arp"], [%"data.183", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.188", %"ethernet_d1.to_arp"], [%"data.188", %"ethernet_d1.to_arp.1"], [%"data.281", %"widening.test.24"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.148", %"gre_d0.to_arp"], [%"data_end.148", %"gre_d0.to_arp.1"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.188", %"ethernet_d1.to_arp"], [%"data_end.188", %"ethernet_d1.to_arp.1"], [%"data_end.281", %"widening.test.24"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.105", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.107", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.114", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.148", %"gre_d0.to_arp"], [%"keys.148", %"gre_d0.to_arp.1"], [%"keys.181", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.181", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.183", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.183", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.188", %"ethernet_d1.to_arp"], [%"keys.188", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.24"]
  %".540" = add i64 %"cursor.6", 0
  %".541" = trunc i64 %".540" to i16
  %".542" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".541", ptr %".542", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".380", %"vlan_d0_vlan_tags1.to_ptp"], [%".658", %"hsr_d0_vlan_tags1.to_ptp"], [%".735", %"batadv_d0.stop_at_encap.endif.9"], [%".2003", %"vlan_d0_vlan_tags2.to_ptp"], [%".2073", %"hsr_d0_vlan_tags2.to_ptp"], [%".2231", %"vlan_d1_vlan_tags1.to_ptp"], [%".2425", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.6", %"gre_d0.to_ptp"], [%".4026", %"vlan_d1_vlan_tags2.to_ptp"], [%".4096", %"hsr_d1_vlan_tags2.to_ptp"], [%".4217", %"ethernet_d1.to_ptp"], [%".6490", %"widening.test.23"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.52", %"batadv_d0.stop_at_encap.endif.9"], [%"data.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.148", %"gre_d0.to_ptp"], [%"data.181", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.183", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.188", %"ethernet_d1.to_ptp"], [%"data.280", %"widening.test.23"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.148", %"gre_d0.to_ptp"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.188", %"ethernet_d1.to_ptp"], [%"data_end.280", %"widening.test.23"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.148", %"gre_d0.to_ptp"], [%"keys.181", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.183", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.188", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.23"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".545" = getelementptr i8, ptr %"hdr.5", i64 34
  %".546" = icmp ugt ptr %".545", %"data_end.8"
  br i1 %".546", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.44" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.43", %"ptp.copy_failed.endif"]
  %"data_end.44" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.43", %"ptp.copy_failed.endif"]
  %"keys.44" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.43", %"ptp.copy_failed.endif"]
  %".566" = add i64 %"cursor.7", 34
  %".567" = trunc i64 %".566" to i16
  %".568" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".567", ptr %".568", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".380", %"vlan_d0_vlan_tags1.to_cfm"], [%".658", %"hsr_d0_vlan_tags1.to_cfm"], [%".735", %"batadv_d0.stop_at_encap.endif.10"], [%".2003", %"vlan_d0_vlan_tags2.to_cfm"], [%".2073", %"hsr_d0_vlan_tags2.to_cfm"], [%".2231", %"vlan_d1_vlan_tags1.to_cfm"], [%".2425", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.6", %"gre_d0.to_cfm"], [%".4026", %"vlan_d1_vlan_tags2.to_cfm"], [%".4096", %"hsr_d1_vlan_tags2.to_cfm"], [%".4217", %"ethernet_d1.to_cfm"], [%".6479", %"widening.test.22"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.148", %"gre_d0.to_cfm"], [%"data.181", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.183", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.188", %"ethernet_d1.to_cfm"], [%"data.279", %"widening.test.22"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.148", %"gre_d0.to_cfm"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.188", %"ethernet_d1.to_cfm"], [%"data_end.279", %"widening.test.22"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.148", %"gre_d0.to_cfm"], [%"keys.181", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.183", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.188", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.22"]
  %".571" = add i64 %"cursor.8", 0
  %".572" = trunc i64 %".571" to i16
  %".573" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".572", ptr %".573", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".380", %"vlan_d0_vlan_tags1.to_tipc"], [%".658", %"hsr_d0_vlan_tags1.to_tipc"], [%".735", %"batadv_d0.stop_at_encap.endif.11"], [%".2003", %"vlan_d0_vlan_tags2.to_tipc"], [%".2073", %"hsr_d0_vlan_tags2.to_tipc"], [%".2231", %"vlan_d1_vlan_tags1.to_tipc"], [%".2425", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.6", %"gre_d0.to_tipc"], [%".4026", %"vlan_d1_vlan_tags2.to_tipc"], [%".4096", %"hsr_d1_vlan_tags2.to_tipc"], [%".4217", %"ethernet_d1.to_tipc"], [%".6468", %"widening.test.21"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.52", %"batadv_d0.stop_at_encap.endif.11"], [%"data.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.148", %"gre_d0.to_tipc"], [%"data.181", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.183", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.188", %"ethernet_d1.to_tipc"], [%"data.278", %"widening.test.21"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.148", %"gre_d0.to_tipc"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.188", %"ethernet_d1.to_tipc"], [%"data_end.278", %"widening.test.21"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.148", %"gre_d0.to_tipc"], [%"keys.181", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.183", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.188", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.21"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".576" = getelementptr i8, ptr %"hdr.6", i64 16
  %".577" = icmp ugt ptr %".576", %"data_end.10"
  br i1 %".577", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.46" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.45", %"tipc.copy_failed.endif"]
  %"data_end.46" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.45", %"tipc.copy_failed.endif"]
  %"keys.46" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.45", %"tipc.copy_failed.endif"]
  %".597" = trunc i64 %"cursor.9" to i16
  %".598" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".597", ptr %".598", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".380", %"vlan_d0_vlan_tags1.to_fcoe"], [%".658", %"hsr_d0_vlan_tags1.to_fcoe"], [%".735", %"batadv_d0.stop_at_encap.endif.12"], [%".2003", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2073", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2231", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2425", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.6", %"gre_d0.to_fcoe"], [%".4026", %"vlan_d1_vlan_tags2.to_fcoe"], [%".4096", %"hsr_d1_vlan_tags2.to_fcoe"], [%".4217", %"ethernet_d1.to_fcoe"], [%".6457", %"widening.test.20"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.52", %"batadv_d0.stop_at_encap.endif.12"], [%"data.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.148", %"gre_d0.to_fcoe"], [%"data.181", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.183", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.188", %"ethernet_d1.to_fcoe"], [%"data.277", %"widening.test.20"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.148", %"gre_d0.to_fcoe"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.188", %"ethernet_d1.to_fcoe"], [%"data_end.277", %"widening.test.20"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.148", %"gre_d0.to_fcoe"], [%"keys.181", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.183", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.188", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.20"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".601" = getelementptr i8, ptr %"hdr.7", i64 38
  %".602" = icmp ugt ptr %".601", %"data_end.11"
  br i1 %".602", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.48" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.47", %"fcoe.copy_failed.endif"]
  %"data_end.48" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.47", %"fcoe.copy_failed.endif"]
  %"keys.48" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.47", %"fcoe.copy_failed.endif"]
  %".622" = add i64 %"cursor.10", 38
  %".623" = trunc i64 %".622" to i16
  %".624" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".623", ptr %".624", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".627" = getelementptr i8, ptr %"hdr.8", i64 6
  %".628" = icmp ugt ptr %".627", %"data_end.12"
  br i1 %".628", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".630" = getelementptr i8, ptr %"hdr.8", i64 4
  %".631" = load i16, ptr %".630", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".631", %"hsr_d0_vlan_tags1.linear"], [%".650", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.50" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.49", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.50" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.49", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.50" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.49", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".652" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".653" = zext i16 %".652" to i64
  %".654" = trunc i64 %".653" to i16
  %".655" = call i16 @"llvm.bswap.i16"(i16 %".654")
  %".656" = getelementptr i8, ptr %"keys.50", i64 10
  store i16 %".655", ptr %".656", align 2
  %".658" = add i64 %"cursor.11", 6
  %".659" = trunc i64 %".658" to i16
  %".660" = getelementptr i8, ptr %"keys.50", i64 0
  store i16 %".659", ptr %".660", align 2
  %".662" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".663" = zext i16 %".662" to i64
  switch i64 %".663", label %"hsr_d0_vlan_tags1.unknown" [i64 2048, label %"hsr_d0_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags1.to_vlan" i64 34984, label %"hsr_d0_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags1.to_mpls" i64 34888, label %"hsr_d0_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags1.to_arp" i64 32821, label %"hsr_d0_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags1.to_ptp" i64 35074, label %"hsr_d0_vlan_tags1.to_cfm" i64 35018, label %"hsr_d0_vlan_tags1.to_tipc" i64 35078, label %"hsr_d0_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags1.to_hsr" i64 35067, label %"hsr_d0_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".380", %"vlan_d0_vlan_tags1.to_batadv"], [%".658", %"hsr_d0_vlan_tags1.to_batadv"], [%".2003", %"vlan_d0_vlan_tags2.to_batadv"], [%".2073", %"hsr_d0_vlan_tags2.to_batadv"], [%".6259", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.107", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.259", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.259", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.107", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".685" = getelementptr i8, ptr %"hdr.9", i64 24
  %".686" = icmp ugt ptr %".685", %"data_end.13"
  br i1 %".686", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".688" = getelementptr i8, ptr %"hdr.9", i64 0
  %".689" = load i8, ptr %".688", align 1
  %".690" = getelementptr i8, ptr %"hdr.9", i64 1
  %".691" = load i8, ptr %".690", align 1
  %".692" = getelementptr i8, ptr %"hdr.9", i64 22
  %".693" = load i16, ptr %".692", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".689", %"batadv_d0.linear"], [%".712", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".691", %"batadv_d0.linear"], [%".714", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".693", %"batadv_d0.linear"], [%".716", %"batadv_d0.copy_failed.endif"]
  %"data.52" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.51", %"batadv_d0.copy_failed.endif"]
  %"data_end.52" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.51", %"batadv_d0.copy_failed.endif"]
  %"keys.52" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.51", %"batadv_d0.copy_failed.endif"]
  %".718" = zext i8 %"w1_1.1" to i64
  %".719" = icmp eq i64 %".718", 15
  %".720" = zext i8 %"w0_1.2" to i64
  %".721" = icmp eq i64 %".720", 64
  %".722" = and i1 %".719", %".721"
  %".723" = xor i1 %".722", -1
  br i1 %".723", label %"batadv_d0.require", label %"batadv_d0.require.endif"
ipv4_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".62" = trunc i64 %"cursor.1" to i32
  %".63" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".62", [40 x i8]* %"header_copy", i32 20)
  %".64" = icmp eq i64 %".63", 0
  %".65" = getelementptr i8, ptr %"ctx.1", i64 76
  %".66" = load i32, ptr %".65", align 4
  %".67" = zext i32 %".66" to i64
  %"data.14" = inttoptr i64 %".67" to ptr
  %".68" = getelementptr i8, ptr %"ctx.1", i64 80
  %".69" = load i32, ptr %".68", align 4
  %".70" = zext i32 %".69" to i64
  %"data_end.14" = inttoptr i64 %".70" to ptr
  %".71" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.14" = load ptr, ptr %".71", align 8
  %".72" = xor i1 %".64", -1
  br i1 %".72", label %"ipv4_d0.copy_failed", label %"ipv4_d0.copy_failed.endif"
ipv4_d0.copy_failed:
  %".74" = trunc i64 %"cursor.1" to i16
  %".75" = getelementptr i8, ptr %"keys.14", i64 2
  store i16 %".74", ptr %".75", align 2
  br label %"return"
ipv4_d0.copy_failed.endif:
  %".78" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".79" = load volatile i8, [40 x i8]* %".78", align 1
  %".80" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".81" = load volatile i16, [40 x i8]* %".80", align 2
  %".82" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".83" = load volatile i8, [40 x i8]* %".82", align 1
  %".84" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".85" = load volatile i32, [40 x i8]* %".84", align 4
  %".86" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".87" = load volatile i32, [40 x i8]* %".86", align 4
  br label %"ipv4_d0.header"
ipv4_d0.require:
  %".94" = trunc i64 %"cursor.1" to i16
  %".95" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".94", ptr %".95", align 2
  br label %"return"
ipv4_d0.require.endif:
  %".98" = trunc i64 2048 to i16
  %".99" = getelementptr i8, ptr %"keys.15", i64 4
  store i16 %".98", ptr %".99", align 2
  %".101" = trunc i64 2048 to i16
  %".102" = call i16 @"llvm.bswap.i16"(i16 %".101")
  %".103" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".102", ptr %".103", align 2
  %".105" = getelementptr i8, ptr %"keys.15", i64 16
  store i32 %"w12_4", ptr %".105", align 4
  %".107" = getelementptr i8, ptr %"keys.15", i64 20
  store i32 %"w16_4", ptr %".107", align 4
  %".109" = zext i8 %"w9_1" to i64
  %".110" = trunc i64 %".109" to i8
  %".111" = getelementptr i8, ptr %"keys.15", i64 9
  store i8 %".110", ptr %".111", align 1
  %".113" = add i64 %"cursor.1", 20
  %".114" = zext i8 %"w0_1" to i64
  %".115" = and i64 %".114", 15
  %".116" = mul i64 %".115", 4
  %".117" = sub i64 %".116", 20
  %".118" = add i64 %".117", 20
  %".119" = add i64 %"cursor.1", %".118"
  %".120" = add i64 %"cursor.1", 20
  %".121" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".120")
  %".122" = icmp eq i64 %".117", 0
  %"end" = select  i1 %".122", i64 %".121", i64 %".119"
  %".123" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".124" = zext i16 %".123" to i64
  %".125" = and i64 %".124", 16383
  %".126" = icmp ne i64 %".125", 0
  %".127" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".128" = zext i16 %".127" to i64
  %".129" = and i64 %".128", 8191
  %".130" = icmp eq i64 %".129", 0
  br i1 %".126", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif"
ipv4_d0.fragment:
  %".132" = getelementptr i8, ptr %"keys.15", i64 6
  store i8 1, ptr %".132", align 1
  br i1 %".130", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.fragment.endif:
  %".152" = zext i8 %"w9_1" to i64
  switch i64 %".152", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.first_fragment:
  %".135" = getelementptr i8, ptr %"keys.15", i64 7
  store i8 1, ptr %".135", align 1
  %".137" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags" = load volatile i32, ptr %".137", align 4
  %".138" = and i32 %"flags", 1
  %".139" = icmp ne i32 %".138", 0
  %".140" = xor i1 %".139", -1
  br i1 %".140", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".147" = trunc i64 %"end" to i16
  %".148" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".147", ptr %".148", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".142" = trunc i64 %"end" to i16
  %".143" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".142", ptr %".143", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".154" = trunc i64 %"end" to i16
  %".155" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".154", ptr %".155", align 2
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
  %".167" = trunc i64 34887 to i16
  %".168" = call i16 @"llvm.bswap.i16"(i16 %".167")
  %".169" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".168", ptr %".169", align 2
  br label %"mpls_d0_mpls_labels1"
ipv4_d0.to_ipv4:
  %".172" = trunc i64 2048 to i16
  %".173" = call i16 @"llvm.bswap.i16"(i16 %".172")
  %".174" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".173", ptr %".174", align 2
  %".176" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".176", align 1
  %".178" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.1" = load volatile i32, ptr %".178", align 4
  %".179" = and i32 %"flags.1", 4
  %".180" = icmp ne i32 %".179", 0
  br i1 %".180", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".189" = trunc i64 34525 to i16
  %".190" = call i16 @"llvm.bswap.i16"(i16 %".189")
  %".191" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".190", ptr %".191", align 2
  %".193" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".193", align 1
  %".195" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.2" = load volatile i32, ptr %".195", align 4
  %".196" = and i32 %"flags.2", 4
  %".197" = icmp ne i32 %".196", 0
  br i1 %".197", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".277", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1650", %"ipv6_d1.to_tcp"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"end.16", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".5849", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".6688", %"widening.test.41"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.89", %"ipv4_d1.to_tcp"], [%"data.93", %"ipv6_d1.to_tcp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.298", %"widening.test.41"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.89", %"ipv4_d1.to_tcp"], [%"data_end.93", %"ipv6_d1.to_tcp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.298", %"widening.test.41"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.89", %"ipv4_d1.to_tcp"], [%"keys.93", %"ipv6_d1.to_tcp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.41"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.13"
  %".951" = getelementptr i8, ptr %"hdr.10", i64 4
  %".952" = icmp ugt ptr %".951", %"data_end.16"
  br i1 %".952", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".954" = getelementptr i8, ptr %"hdr.10", i64 0
  %".955" = load i16, ptr %".954", align 2
  %".956" = getelementptr i8, ptr %"hdr.10", i64 2
  %".957" = load i16, ptr %".956", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".955", %"tcp.linear"], [%".976", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".957", %"tcp.linear"], [%".978", %"tcp.copy_failed.endif"]
  %"data.59" = phi  ptr [%"data.16", %"tcp.linear"], [%"data.58", %"tcp.copy_failed.endif"]
  %"data_end.59" = phi  ptr [%"data_end.16", %"tcp.linear"], [%"data_end.58", %"tcp.copy_failed.endif"]
  %"keys.59" = phi  ptr [%"keys.16", %"tcp.linear"], [%"keys.58", %"tcp.copy_failed.endif"]
  %".980" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".981" = zext i16 %".980" to i64
  %".982" = trunc i64 %".981" to i16
  %".983" = call i16 @"llvm.bswap.i16"(i16 %".982")
  %".984" = getelementptr i8, ptr %"keys.59", i64 12
  store i16 %".983", ptr %".984", align 2
  %".986" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".987" = zext i16 %".986" to i64
  %".988" = trunc i64 %".987" to i16
  %".989" = call i16 @"llvm.bswap.i16"(i16 %".988")
  %".990" = getelementptr i8, ptr %"keys.59", i64 14
  store i16 %".989", ptr %".990", align 2
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".277", %"ipv6_d0.to_udp"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6369", %"widening.test.12"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.269", %"widening.test.12"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.269", %"widening.test.12"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys", %"widening.test.12"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.14"
  %".998" = getelementptr i8, ptr %"hdr.11", i64 4
  %".999" = icmp ugt ptr %".998", %"data_end.17"
  br i1 %".999", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".1001" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1002" = load i16, ptr %".1001", align 2
  %".1003" = getelementptr i8, ptr %"hdr.11", i64 2
  %".1004" = load i16, ptr %".1003", align 2
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_2.1" = phi  i16 [%".1002", %"udp_d0.linear"], [%".1023", %"udp_d0.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1004", %"udp_d0.linear"], [%".1025", %"udp_d0.copy_failed.endif"]
  %"data.62" = phi  ptr [%"data.17", %"udp_d0.linear"], [%"data.61", %"udp_d0.copy_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.17", %"udp_d0.linear"], [%"data_end.61", %"udp_d0.copy_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.17", %"udp_d0.linear"], [%"keys.61", %"udp_d0.copy_failed.endif"]
  %".1027" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".1028" = zext i16 %".1027" to i64
  %".1029" = trunc i64 %".1028" to i16
  %".1030" = call i16 @"llvm.bswap.i16"(i16 %".1029")
  %".1031" = getelementptr i8, ptr %"keys.62", i64 12
  store i16 %".1030", ptr %".1031", align 2
  %".1033" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1034" = zext i16 %".1033" to i64
  %".1035" = trunc i64 %".1034" to i16
  %".1036" = call i16 @"llvm.bswap.i16"(i16 %".1035")
  %".1037" = getelementptr i8, ptr %"keys.62", i64 14
  store i16 %".1036", ptr %".1037", align 2
  %".1039" = add i64 %"cursor.14", 4
  %".1040" = add i64 4, 4
  %".1041" = getelementptr i8, ptr %"data.62", i64 %"cursor.14"
  %".1042" = getelementptr i8, ptr %".1041", i64 %".1040"
  %".1043" = icmp ugt ptr %".1042", %"data_end.62"
  br i1 %".1043", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.64" = phi  ptr [%"data.62", %"udp_d0.header"], [%"data.63", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"udp_d0.header"], [%"data_end.63", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.64" = phi  ptr [%"keys.62", %"udp_d0.header"], [%"keys.63", %"udp_d0.copy_last_byte_failed.endif"]
  %".1064" = add i64 %"cursor.14", %".1040"
  %".1065" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1066" = zext i16 %".1065" to i64
  switch i64 %".1066", label %"udp_d0.unknown" [i64 4789, label %"udp_d0.to_vxlan" i64 6081, label %"udp_d0.to_geneve" i64 6080, label %"udp_d0.to_gue" i64 2152, label %"udp_d0.to_gtpu" i64 7777, label %"udp_d0.to_shim"]  , !prof !4
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".277", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1650", %"ipv6_d1.to_udplite"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"end.16", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".5849", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6666", %"widening.test.39"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.89", %"ipv4_d1.to_udplite"], [%"data.93", %"ipv6_d1.to_udplite"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.296", %"widening.test.39"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.89", %"ipv4_d1.to_udplite"], [%"data_end.93", %"ipv6_d1.to_udplite"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.296", %"widening.test.39"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.89", %"ipv4_d1.to_udplite"], [%"keys.93", %"ipv6_d1.to_udplite"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.39"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.15"
  %".1077" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1078" = icmp ugt ptr %".1077", %"data_end.18"
  br i1 %".1078", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1080" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1081" = load i16, ptr %".1080", align 2
  %".1082" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1083" = load i16, ptr %".1082", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1081", %"udplite.linear"], [%".1102", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1083", %"udplite.linear"], [%".1104", %"udplite.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.70", %"udplite.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.70", %"udplite.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.70", %"udplite.copy_failed.endif"]
  %".1106" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1107" = zext i16 %".1106" to i64
  %".1108" = trunc i64 %".1107" to i16
  %".1109" = call i16 @"llvm.bswap.i16"(i16 %".1108")
  %".1110" = getelementptr i8, ptr %"keys.71", i64 12
  store i16 %".1109", ptr %".1110", align 2
  %".1112" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1113" = zext i16 %".1112" to i64
  %".1114" = trunc i64 %".1113" to i16
  %".1115" = call i16 @"llvm.bswap.i16"(i16 %".1114")
  %".1116" = getelementptr i8, ptr %"keys.71", i64 14
  store i16 %".1115", ptr %".1116", align 2
  %".1118" = add i64 %"cursor.15", 4
  %".1119" = add i64 4, 4
  %".1120" = getelementptr i8, ptr %"data.71", i64 %"cursor.15"
  %".1121" = getelementptr i8, ptr %".1120", i64 %".1119"
  %".1122" = icmp ugt ptr %".1121", %"data_end.71"
  br i1 %".1122", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.73" = phi  ptr [%"data.71", %"udplite.header"], [%"data.72", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.71", %"udplite.header"], [%"data_end.72", %"udplite.copy_last_byte_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.71", %"udplite.header"], [%"keys.72", %"udplite.copy_last_byte_failed.endif"]
  %".1143" = add i64 %"cursor.15", %".1119"
  %".1144" = trunc i64 %"cursor.15" to i16
  %".1145" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1144", ptr %".1145", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".277", %"ipv6_d0.to_gre_version"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6358", %"widening.test.11"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.268", %"widening.test.11"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.268", %"widening.test.11"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.11"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.16"
  %".1148" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1149" = icmp ugt ptr %".1148", %"data_end.19"
  br i1 %".1149", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1151" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1152" = load i8, ptr %".1151", align 1
  %".1153" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1154" = load i8, ptr %".1153", align 1
  %".1155" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1156" = load i16, ptr %".1155", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1152", %"gre_version_d0.linear"], [%".1175", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1154", %"gre_version_d0.linear"], [%".1177", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1156", %"gre_version_d0.linear"], [%".1179", %"gre_version_d0.copy_failed.endif"]
  %"data.75" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.74", %"gre_version_d0.copy_failed.endif"]
  %"data_end.75" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.74", %"gre_version_d0.copy_failed.endif"]
  %"keys.75" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.74", %"gre_version_d0.copy_failed.endif"]
  %".1181" = zext i8 %"w0_1.3" to i64
  %".1182" = lshr i64 %".1181", 6
  %".1183" = and i64 %".1182", 1
  %".1184" = icmp ne i64 %".1183", 0
  %".1185" = zext i8 %"w1_1.2" to i64
  %".1186" = and i64 %".1185", 7
  %".1187" = icmp ugt i64 %".1186", 1
  %".1188" = or i1 %".1184", %".1187"
  br i1 %".1188", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".277", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1650", %"ipv6_d1.to_sctp"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"end.16", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".5849", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".6644", %"widening.test.37"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.89", %"ipv4_d1.to_sctp"], [%"data.93", %"ipv6_d1.to_sctp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.294", %"widening.test.37"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.89", %"ipv4_d1.to_sctp"], [%"data_end.93", %"ipv6_d1.to_sctp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.294", %"widening.test.37"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.89", %"ipv4_d1.to_sctp"], [%"keys.93", %"ipv6_d1.to_sctp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.37"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.17"
  %".1209" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1210" = icmp ugt ptr %".1209", %"data_end.20"
  br i1 %".1210", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1212" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1213" = load i16, ptr %".1212", align 2
  %".1214" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1215" = load i16, ptr %".1214", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1213", %"sctp.linear"], [%".1234", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1215", %"sctp.linear"], [%".1236", %"sctp.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.78", %"sctp.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.78", %"sctp.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.78", %"sctp.copy_failed.endif"]
  %".1238" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1239" = zext i16 %".1238" to i64
  %".1240" = trunc i64 %".1239" to i16
  %".1241" = call i16 @"llvm.bswap.i16"(i16 %".1240")
  %".1242" = getelementptr i8, ptr %"keys.79", i64 12
  store i16 %".1241", ptr %".1242", align 2
  %".1244" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1245" = zext i16 %".1244" to i64
  %".1246" = trunc i64 %".1245" to i16
  %".1247" = call i16 @"llvm.bswap.i16"(i16 %".1246")
  %".1248" = getelementptr i8, ptr %"keys.79", i64 14
  store i16 %".1247", ptr %".1248", align 2
  %".1250" = add i64 %"cursor.17", 4
  %".1251" = trunc i64 %"cursor.17" to i16
  %".1252" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1251", ptr %".1252", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".277", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1650", %"ipv6_d1.to_dccp"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"end.16", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".5849", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6633", %"widening.test.36"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.89", %"ipv4_d1.to_dccp"], [%"data.93", %"ipv6_d1.to_dccp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.293", %"widening.test.36"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.89", %"ipv4_d1.to_dccp"], [%"data_end.93", %"ipv6_d1.to_dccp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.293", %"widening.test.36"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.89", %"ipv4_d1.to_dccp"], [%"keys.93", %"ipv6_d1.to_dccp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.36"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1255" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1256" = icmp ugt ptr %".1255", %"data_end.21"
  br i1 %".1256", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1258" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1259" = load i16, ptr %".1258", align 2
  %".1260" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1261" = load i16, ptr %".1260", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1259", %"dccp.linear"], [%".1280", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1261", %"dccp.linear"], [%".1282", %"dccp.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.80", %"dccp.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.80", %"dccp.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.80", %"dccp.copy_failed.endif"]
  %".1284" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1285" = zext i16 %".1284" to i64
  %".1286" = trunc i64 %".1285" to i16
  %".1287" = call i16 @"llvm.bswap.i16"(i16 %".1286")
  %".1288" = getelementptr i8, ptr %"keys.81", i64 12
  store i16 %".1287", ptr %".1288", align 2
  %".1290" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1291" = zext i16 %".1290" to i64
  %".1292" = trunc i64 %".1291" to i16
  %".1293" = call i16 @"llvm.bswap.i16"(i16 %".1292")
  %".1294" = getelementptr i8, ptr %"keys.81", i64 14
  store i16 %".1293", ptr %".1294", align 2
  %".1296" = add i64 %"cursor.18", 4
  %".1297" = trunc i64 %"cursor.18" to i16
  %".1298" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1297", ptr %".1298", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".277", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1650", %"ipv6_d1.to_esp"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"end.16", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".5849", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".6622", %"widening.test.35"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.89", %"ipv4_d1.to_esp"], [%"data.93", %"ipv6_d1.to_esp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.292", %"widening.test.35"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.89", %"ipv4_d1.to_esp"], [%"data_end.93", %"ipv6_d1.to_esp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.292", %"widening.test.35"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.89", %"ipv4_d1.to_esp"], [%"keys.93", %"ipv6_d1.to_esp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.35"]
  %"hdr.16" = getelementptr i8, ptr %"data.22", i64 %"cursor.19"
  %".1301" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1302" = icmp ugt ptr %".1301", %"data_end.22"
  br i1 %".1302", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1304" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1305" = load i32, ptr %".1304", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1305", %"esp.linear"], [%".1324", %"esp.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.22", %"esp.linear"], [%"data.82", %"esp.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.82", %"esp.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.82", %"esp.copy_failed.endif"]
  %".1326" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1327" = zext i32 %".1326" to i64
  %".1328" = lshr i64 %".1327", 16
  %".1329" = trunc i64 %".1328" to i16
  %".1330" = call i16 @"llvm.bswap.i16"(i16 %".1329")
  %".1331" = getelementptr i8, ptr %"keys.83", i64 12
  store i16 %".1330", ptr %".1331", align 2
  %".1333" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1334" = zext i32 %".1333" to i64
  %".1335" = and i64 %".1334", 65535
  %".1336" = trunc i64 %".1335" to i16
  %".1337" = call i16 @"llvm.bswap.i16"(i16 %".1336")
  %".1338" = getelementptr i8, ptr %"keys.83", i64 14
  store i16 %".1337", ptr %".1338", align 2
  %".1340" = add i64 %"cursor.19", 4
  %".1341" = trunc i64 %"cursor.19" to i16
  %".1342" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1341", ptr %".1342", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".277", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1650", %"ipv6_d1.to_ah"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"end.16", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".5849", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".6611", %"widening.test.34"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.89", %"ipv4_d1.to_ah"], [%"data.93", %"ipv6_d1.to_ah"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.291", %"widening.test.34"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.89", %"ipv4_d1.to_ah"], [%"data_end.93", %"ipv6_d1.to_ah"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.291", %"widening.test.34"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.89", %"ipv4_d1.to_ah"], [%"keys.93", %"ipv6_d1.to_ah"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.34"]
  %"hdr.17" = getelementptr i8, ptr %"data.23", i64 %"cursor.20"
  %".1345" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1346" = icmp ugt ptr %".1345", %"data_end.23"
  br i1 %".1346", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1348" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1349" = load i32, ptr %".1348", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1349", %"ah.linear"], [%".1368", %"ah.copy_failed.endif"]
  %"data.85" = phi  ptr [%"data.23", %"ah.linear"], [%"data.84", %"ah.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.84", %"ah.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.84", %"ah.copy_failed.endif"]
  %".1370" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1371" = zext i32 %".1370" to i64
  %".1372" = lshr i64 %".1371", 16
  %".1373" = trunc i64 %".1372" to i16
  %".1374" = call i16 @"llvm.bswap.i16"(i16 %".1373")
  %".1375" = getelementptr i8, ptr %"keys.85", i64 12
  store i16 %".1374", ptr %".1375", align 2
  %".1377" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1378" = zext i32 %".1377" to i64
  %".1379" = and i64 %".1378", 65535
  %".1380" = trunc i64 %".1379" to i16
  %".1381" = call i16 @"llvm.bswap.i16"(i16 %".1380")
  %".1382" = getelementptr i8, ptr %"keys.85", i64 14
  store i16 %".1381", ptr %".1382", align 2
  %".1384" = add i64 %"cursor.20", 8
  %".1385" = trunc i64 %"cursor.20" to i16
  %".1386" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1385", ptr %".1386", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.89", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.89", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.89", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.24", i64 %"cursor.21"
  %".1389" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1390" = icmp ugt ptr %".1389", %"data_end.24"
  br i1 %".1390", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.87" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.86", %"icmp.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.86", %"icmp.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.86", %"icmp.copy_failed.endif"]
  %".1410" = add i64 %"cursor.21", 4
  %".1411" = trunc i64 %"cursor.21" to i16
  %".1412" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1411", ptr %".1412", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".182" = trunc i64 %"end" to i16
  %".183" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".182", ptr %".183", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".186" = getelementptr i8, ptr %"keys.15", i64 12
  store i32 0, ptr %".186", align 4
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".277", %"ipv6_d0.stop_at_encap.endif"], [%".735", %"batadv_d0.stop_at_encap.endif"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2231", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2359", %"pppoe_d1.to_ipv4"], [%".2425", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.4", %"geneve_d0.to_ipv4"], [%"end.5", %"gue_d0.to_ipv4"], [%".3178", %"shim_d0.to_ipv4"], [%"end.6", %"gre_d0.to_ipv4"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".4026", %"vlan_d1_vlan_tags2.to_ipv4"], [%".4096", %"hsr_d1_vlan_tags2.to_ipv4"], [%".4217", %"ethernet_d1.to_ipv4"], [%".4322", %"ppp_d0.stop_at_encap.endif"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6589", %"widening.test.32"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.52", %"batadv_d0.stop_at_encap.endif"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.112", %"ip_version_d1.to_ipv4"], [%"data.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.121", %"pppoe_d1.to_ipv4"], [%"data.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.136", %"geneve_d0.to_ipv4"], [%"data.140", %"gue_d0.to_ipv4"], [%"data.146", %"shim_d0.to_ipv4"], [%"data.148", %"gre_d0.to_ipv4"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.181", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.183", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.188", %"ethernet_d1.to_ipv4"], [%"data.195", %"ppp_d0.stop_at_encap.endif"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.289", %"widening.test.32"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.112", %"ip_version_d1.to_ipv4"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.121", %"pppoe_d1.to_ipv4"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.136", %"geneve_d0.to_ipv4"], [%"data_end.140", %"gue_d0.to_ipv4"], [%"data_end.146", %"shim_d0.to_ipv4"], [%"data_end.148", %"gre_d0.to_ipv4"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.188", %"ethernet_d1.to_ipv4"], [%"data_end.195", %"ppp_d0.stop_at_encap.endif"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.289", %"widening.test.32"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.52", %"batadv_d0.stop_at_encap.endif"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.112", %"ip_version_d1.to_ipv4"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.121", %"pppoe_d1.to_ipv4"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.136", %"geneve_d0.to_ipv4"], [%"keys.140", %"gue_d0.to_ipv4"], [%"keys.146", %"shim_d0.to_ipv4"], [%"keys.148", %"gre_d0.to_ipv4"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.181", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.183", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.188", %"ethernet_d1.to_ipv4"], [%"keys.195", %"ppp_d0.stop_at_encap.endif"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.32"]
  %"hdr.19" = getelementptr i8, ptr %"data.25", i64 %"cursor.22"
  %".1415" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1416" = icmp ugt ptr %".1415", %"data_end.25"
  br i1 %".1416", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1418" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1419" = load i8, ptr %".1418", align 1
  %".1420" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1421" = load i16, ptr %".1420", align 2
  %".1422" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1423" = load i8, ptr %".1422", align 1
  %".1424" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1425" = load i32, ptr %".1424", align 4
  %".1426" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1427" = load i32, ptr %".1426", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1419", %"ipv4_d1.linear"], [%".1446", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1421", %"ipv4_d1.linear"], [%".1448", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1423", %"ipv4_d1.linear"], [%".1450", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1425", %"ipv4_d1.linear"], [%".1452", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1427", %"ipv4_d1.linear"], [%".1454", %"ipv4_d1.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.88", %"ipv4_d1.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.88", %"ipv4_d1.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.88", %"ipv4_d1.copy_failed.endif"]
  %".1456" = zext i8 %"w0_1.4" to i64
  %".1457" = and i64 %".1456", 15
  %".1458" = icmp uge i64 %".1457", 5
  %".1459" = xor i1 %".1458", -1
  br i1 %".1459", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".199" = trunc i64 %"end" to i16
  %".200" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".199", ptr %".200", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".203" = getelementptr i8, ptr %"keys.15", i64 12
  store i32 0, ptr %".203", align 4
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".277", %"ipv6_d0.stop_at_encap.endif.1"], [%".735", %"batadv_d0.stop_at_encap.endif.1"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2231", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2359", %"pppoe_d1.to_ipv6"], [%".2425", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.4", %"geneve_d0.to_ipv6"], [%"end.5", %"gue_d0.to_ipv6"], [%"end.6", %"gre_d0.to_ipv6"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".4026", %"vlan_d1_vlan_tags2.to_ipv6"], [%".4096", %"hsr_d1_vlan_tags2.to_ipv6"], [%".4217", %"ethernet_d1.to_ipv6"], [%".4322", %"ppp_d0.stop_at_encap.endif.1"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6523", %"widening.test.26"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.112", %"ip_version_d1.to_ipv6"], [%"data.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.121", %"pppoe_d1.to_ipv6"], [%"data.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.136", %"geneve_d0.to_ipv6"], [%"data.140", %"gue_d0.to_ipv6"], [%"data.148", %"gre_d0.to_ipv6"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.181", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.183", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.188", %"ethernet_d1.to_ipv6"], [%"data.195", %"ppp_d0.stop_at_encap.endif.1"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.283", %"widening.test.26"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.112", %"ip_version_d1.to_ipv6"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.121", %"pppoe_d1.to_ipv6"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.136", %"geneve_d0.to_ipv6"], [%"data_end.140", %"gue_d0.to_ipv6"], [%"data_end.148", %"gre_d0.to_ipv6"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.188", %"ethernet_d1.to_ipv6"], [%"data_end.195", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.283", %"widening.test.26"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.112", %"ip_version_d1.to_ipv6"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.121", %"pppoe_d1.to_ipv6"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.136", %"geneve_d0.to_ipv6"], [%"keys.140", %"gue_d0.to_ipv6"], [%"keys.148", %"gre_d0.to_ipv6"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.181", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.183", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.188", %"ethernet_d1.to_ipv6"], [%"keys.195", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.26"]
  %"hdr.20" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1579" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1580" = icmp ugt ptr %".1579", %"data_end.26"
  br i1 %".1580", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1582" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1583" = load i32, ptr %".1582", align 4
  %".1584" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1585" = load i8, ptr %".1584", align 1
  %".1586" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1587" = load i64, ptr %".1586", align 8
  %".1588" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1589" = load i64, ptr %".1588", align 8
  %".1590" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1591" = load i64, ptr %".1590", align 8
  %".1592" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1593" = load i64, ptr %".1592", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1583", %"ipv6_d1.linear"], [%".1612", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1585", %"ipv6_d1.linear"], [%".1614", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1587", %"ipv6_d1.linear"], [%".1616", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1589", %"ipv6_d1.linear"], [%".1618", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1591", %"ipv6_d1.linear"], [%".1620", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1593", %"ipv6_d1.linear"], [%".1622", %"ipv6_d1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.92", %"ipv6_d1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.92", %"ipv6_d1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.92", %"ipv6_d1.copy_failed.endif"]
  %".1624" = trunc i64 34525 to i16
  %".1625" = getelementptr i8, ptr %"keys.93", i64 4
  store i16 %".1624", ptr %".1625", align 2
  %".1627" = trunc i64 34525 to i16
  %".1628" = call i16 @"llvm.bswap.i16"(i16 %".1627")
  %".1629" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1628", ptr %".1629", align 2
  %".1631" = getelementptr i8, ptr %"keys.93", i64 16
  store i64 %"w8_8.1", ptr %".1631", align 8
  %".1633" = getelementptr i8, ptr %"keys.93", i64 24
  store i64 %"w16_8.1", ptr %".1633", align 8
  %".1635" = getelementptr i8, ptr %"keys.93", i64 32
  store i64 %"w24_8.1", ptr %".1635", align 8
  %".1637" = getelementptr i8, ptr %"keys.93", i64 40
  store i64 %"w32_8.1", ptr %".1637", align 8
  %".1639" = zext i8 %"w6_1.1" to i64
  %".1640" = trunc i64 %".1639" to i8
  %".1641" = getelementptr i8, ptr %"keys.93", i64 9
  store i8 %".1640", ptr %".1641", align 1
  %".1643" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1644" = zext i32 %".1643" to i64
  %".1645" = and i64 %".1644", 1048575
  %".1646" = trunc i64 %".1645" to i32
  %".1647" = call i32 @"llvm.bswap.i32"(i32 %".1646")
  %".1648" = getelementptr i8, ptr %"keys.93", i64 52
  store i32 %".1647", ptr %".1648", align 4
  %".1650" = add i64 %"cursor.23", 40
  %".1651" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1652" = zext i32 %".1651" to i64
  %".1653" = and i64 %".1652", 1048575
  %".1654" = icmp ne i64 %".1653", 0
  %".1655" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.26" = load volatile i32, ptr %".1655", align 4
  %".1656" = and i32 %"flags.26", 2
  %".1657" = icmp ne i32 %".1656", 0
  %".1658" = and i1 %".1654", %".1657"
  br i1 %".1658", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".222" = trunc i64 %"cursor.2" to i32
  %".223" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".222", [40 x i8]* %"header_copy", i32 40)
  %".224" = icmp eq i64 %".223", 0
  %".225" = getelementptr i8, ptr %"ctx.2", i64 76
  %".226" = load i32, ptr %".225", align 4
  %".227" = zext i32 %".226" to i64
  %"data.27" = inttoptr i64 %".227" to ptr
  %".228" = getelementptr i8, ptr %"ctx.2", i64 80
  %".229" = load i32, ptr %".228", align 4
  %".230" = zext i32 %".229" to i64
  %"data_end.27" = inttoptr i64 %".230" to ptr
  %".231" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.27" = load ptr, ptr %".231", align 8
  %".232" = xor i1 %".224", -1
  br i1 %".232", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".234" = trunc i64 %"cursor.2" to i16
  %".235" = getelementptr i8, ptr %"keys.27", i64 2
  store i16 %".234", ptr %".235", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".238" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".239" = load volatile i32, [40 x i8]* %".238", align 4
  %".240" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".241" = load volatile i8, [40 x i8]* %".240", align 1
  %".242" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".243" = load volatile i64, [40 x i8]* %".242", align 8
  %".244" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".245" = load volatile i64, [40 x i8]* %".244", align 8
  %".246" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".247" = load volatile i64, [40 x i8]* %".246", align 8
  %".248" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".249" = load volatile i64, [40 x i8]* %".248", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".287" = trunc i64 %".277" to i16
  %".288" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".287", ptr %".288", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".291" = zext i8 %"w6_1" to i64
  switch i64 %".291", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.unknown:
  %".293" = trunc i64 %".277" to i16
  %".294" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".293", ptr %".294", align 2
  br label %"return"
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
  %".310" = trunc i64 34887 to i16
  %".311" = call i16 @"llvm.bswap.i16"(i16 %".310")
  %".312" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".311", ptr %".312", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.to_ipv4:
  %".315" = trunc i64 2048 to i16
  %".316" = call i16 @"llvm.bswap.i16"(i16 %".315")
  %".317" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".316", ptr %".317", align 2
  %".319" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".319", align 1
  %".321" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.4" = load volatile i32, ptr %".321", align 4
  %".322" = and i32 %"flags.4", 4
  %".323" = icmp ne i32 %".322", 0
  br i1 %".323", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".332" = trunc i64 34525 to i16
  %".333" = call i16 @"llvm.bswap.i16"(i16 %".332")
  %".334" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".333", ptr %".334", align 2
  %".336" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".336", align 1
  %".338" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.5" = load volatile i32, ptr %".338", align 4
  %".339" = and i32 %"flags.5", 4
  %".340" = icmp ne i32 %".339", 0
  br i1 %".340", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".277", %"ipv6_d0.to_ipv6_opts"], [%".277", %"ipv6_d0.to_ipv6_opts.1"], [%".277", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.29" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_opts"], [%"data.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_opts"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.29" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_opts"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.29", i64 %"cursor.24"
  %".1728" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1729" = icmp ugt ptr %".1728", %"data_end.29"
  br i1 %".1729", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1731" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1732" = load i8, ptr %".1731", align 1
  %".1733" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1734" = load i8, ptr %".1733", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1732", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1753", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1734", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1755", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1757" = zext i8 %"w0_1.5" to i64
  %".1758" = trunc i64 %".1757" to i8
  %".1759" = getelementptr i8, ptr %"keys.97", i64 9
  store i8 %".1758", ptr %".1759", align 1
  %".1761" = add i64 %"cursor.24", 2
  %".1762" = zext i8 %"w1_1.3" to i64
  %".1763" = mul i64 %".1762", 8
  %".1764" = add i64 %".1763", 6
  %".1765" = add i64 %".1764", 2
  %".1766" = add i64 %"cursor.24", %".1765"
  %".1767" = add i64 %"cursor.24", 8
  %".1768" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1767")
  %".1769" = icmp eq i64 %".1764", 6
  %"end.2" = select  i1 %".1769", i64 %".1768", i64 %".1766"
  %".1770" = zext i8 %"w0_1.5" to i64
  switch i64 %".1770", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".277", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.25"
  %".1828" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1829" = icmp ugt ptr %".1828", %"data_end.30"
  br i1 %".1829", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1831" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1832" = load i8, ptr %".1831", align 1
  %".1833" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1834" = load i16, ptr %".1833", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1832", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1853", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1834", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1855", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1857" = zext i8 %"w0_1.6" to i64
  %".1858" = trunc i64 %".1857" to i8
  %".1859" = getelementptr i8, ptr %"keys.101", i64 9
  store i8 %".1858", ptr %".1859", align 1
  %".1861" = add i64 %"cursor.25", 8
  %".1862" = icmp ne i64 1, 0
  %".1863" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1864" = zext i16 %".1863" to i64
  %".1865" = and i64 %".1864", 65528
  %".1866" = icmp eq i64 %".1865", 0
  br i1 %".1862", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.26" = phi  i64 [%".277", %"ipv6_d0.to_icmpv6"], [%".1650", %"ipv6_d1.to_icmpv6"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"end.15", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5360", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"end.16", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".5849", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6578", %"widening.test.31"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.93", %"ipv6_d1.to_icmpv6"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.288", %"widening.test.31"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.93", %"ipv6_d1.to_icmpv6"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.288", %"widening.test.31"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.93", %"ipv6_d1.to_icmpv6"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.31"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.26"
  %".1946" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1947" = icmp ugt ptr %".1946", %"data_end.31"
  br i1 %".1947", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.103" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.102", %"icmpv6.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.102", %"icmpv6.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.102", %"icmpv6.copy_failed.endif"]
  %".1967" = add i64 %"cursor.26", 4
  %".1968" = trunc i64 %"cursor.26" to i16
  %".1969" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1968", ptr %".1969", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".325" = trunc i64 %".277" to i16
  %".326" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".325", ptr %".326", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".329" = getelementptr i8, ptr %"keys.28", i64 12
  store i32 0, ptr %".329", align 4
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".342" = trunc i64 %".277" to i16
  %".343" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".342", ptr %".343", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".346" = getelementptr i8, ptr %"keys.28", i64 12
  store i32 0, ptr %".346", align 4
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".355" = trunc i64 %"cursor.3" to i32
  %".356" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".355", [40 x i8]* %"header_copy", i32 4)
  %".357" = icmp eq i64 %".356", 0
  %".358" = getelementptr i8, ptr %"ctx.3", i64 76
  %".359" = load i32, ptr %".358", align 4
  %".360" = zext i32 %".359" to i64
  %"data.32" = inttoptr i64 %".360" to ptr
  %".361" = getelementptr i8, ptr %"ctx.3", i64 80
  %".362" = load i32, ptr %".361", align 4
  %".363" = zext i32 %".362" to i64
  %"data_end.32" = inttoptr i64 %".363" to ptr
  %".364" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.32" = load ptr, ptr %".364", align 8
  %".365" = xor i1 %".357", -1
  br i1 %".365", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".367" = trunc i64 %"cursor.3" to i16
  %".368" = getelementptr i8, ptr %"keys.32", i64 2
  store i16 %".367", ptr %".368", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".371" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".372" = load volatile i16, [40 x i8]* %".371", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".387" = trunc i64 %".380" to i16
  %".388" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".387", ptr %".388", align 2
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
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  br label %"mpls_d0_mpls_labels1"
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
  %"cursor.27" = phi  i64 [%".380", %"vlan_d0_vlan_tags1.to_vlan"], [%".380", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".658", %"hsr_d0_vlan_tags1.to_vlan"], [%".658", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".6248", %"widening.test.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.258", %"widening.test.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.258", %"widening.test.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.27"
  %".1972" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1973" = icmp ugt ptr %".1972", %"data_end.34"
  br i1 %".1973", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1975" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1976" = load i16, ptr %".1975", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1976", %"vlan_d0_vlan_tags2.linear"], [%".1995", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1997" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1998" = zext i16 %".1997" to i64
  %".1999" = trunc i64 %".1998" to i16
  %".2000" = call i16 @"llvm.bswap.i16"(i16 %".1999")
  %".2001" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2000", ptr %".2001", align 2
  %".2003" = add i64 %"cursor.27", 4
  %".2004" = trunc i64 %".2003" to i16
  %".2005" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2004", ptr %".2005", align 2
  %".2007" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2008" = zext i16 %".2007" to i64
  switch i64 %".2008", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".380", %"vlan_d0_vlan_tags1.to_hsr"], [%".380", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".658", %"hsr_d0_vlan_tags1.to_hsr"], [%".658", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".6237", %"widening.test"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.257", %"widening.test"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.257", %"widening.test"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.35", i64 %"cursor.28"
  %".2042" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2043" = icmp ugt ptr %".2042", %"data_end.35"
  br i1 %".2043", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2045" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2046" = load i16, ptr %".2045", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2046", %"hsr_d0_vlan_tags2.linear"], [%".2065", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.35", %"hsr_d0_vlan_tags2.linear"], [%"data.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.35", %"hsr_d0_vlan_tags2.linear"], [%"data_end.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.35", %"hsr_d0_vlan_tags2.linear"], [%"keys.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2067" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2068" = zext i16 %".2067" to i64
  %".2069" = trunc i64 %".2068" to i16
  %".2070" = call i16 @"llvm.bswap.i16"(i16 %".2069")
  %".2071" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".2070", ptr %".2071", align 2
  %".2073" = add i64 %"cursor.28", 6
  %".2074" = trunc i64 %".2073" to i16
  %".2075" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2074", ptr %".2075", align 2
  %".2077" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2078" = zext i16 %".2077" to i64
  switch i64 %".2078", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
mpls_d0_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".414" = trunc i64 %"cursor.4" to i32
  %".415" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".414", [40 x i8]* %"header_copy", i32 4)
  %".416" = icmp eq i64 %".415", 0
  %".417" = getelementptr i8, ptr %"ctx.4", i64 76
  %".418" = load i32, ptr %".417", align 4
  %".419" = zext i32 %".418" to i64
  %"data.36" = inttoptr i64 %".419" to ptr
  %".420" = getelementptr i8, ptr %"ctx.4", i64 80
  %".421" = load i32, ptr %".420", align 4
  %".422" = zext i32 %".421" to i64
  %"data_end.36" = inttoptr i64 %".422" to ptr
  %".423" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.36" = load ptr, ptr %".423", align 8
  %".424" = xor i1 %".416", -1
  br i1 %".424", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".426" = trunc i64 %".407" to i16
  %".427" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".426", ptr %".427", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".430" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".431" = load volatile i8, [40 x i8]* %".430", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".437" = trunc i64 %".433" to i16
  %".438" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".437", ptr %".438", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels1.to_ip_version:
  %".442" = getelementptr i8, ptr %"keys.37", i64 8
  store i8 1, ptr %".442", align 1
  %".444" = getelementptr i8, ptr %"keys.37", i64 48
  %"flags.6" = load volatile i32, ptr %".444", align 4
  %".445" = and i32 %"flags.6", 4
  %".446" = icmp ne i32 %".445", 0
  br i1 %".446", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels2:
  %"cursor.29" = phi  i64 [%".433", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.38" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.38" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.38" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2112" = add i64 %"cursor.29", 4
  %"hdr.26" = getelementptr i8, ptr %"data.38", i64 %"cursor.29"
  %".2113" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2114" = icmp ugt ptr %".2113", %"data_end.38"
  br i1 %".2114", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2116" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2117" = load i8, ptr %".2116", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2117", %"mpls_d0_mpls_labels2.linear"], [%".2136", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels2.linear"], [%"data.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels2.linear"], [%"data_end.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels2.linear"], [%"keys.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2138" = add i64 %"cursor.29", 4
  %".2139" = zext i8 %"w2_1.1" to i64
  %".2140" = and i64 %".2139", 1
  switch i64 %".2140", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels1.stop_at_encap:
  %".448" = trunc i64 %".433" to i16
  %".449" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".448", ptr %".449", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".452" = getelementptr i8, ptr %"keys.37", i64 12
  store i32 0, ptr %".452", align 4
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.30" = phi  i64 [%".433", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".2138", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".3112", %"gtpu_d0.to_ip_version"], [%".3973", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4262", %"gtpu_opt_d1.to_ip_version"], [%".5483", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5584", %"gtpu_next_d1.to_ip_version"], [%".6102", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".6211", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6380", %"widening.test.13"]
  %"data.39" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.142", %"gtpu_d0.to_ip_version"], [%"data.178", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.190", %"gtpu_opt_d1.to_ip_version"], [%"data.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.232", %"gtpu_next_d1.to_ip_version"], [%"data.248", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.256", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.270", %"widening.test.13"]
  %"data_end.39" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.142", %"gtpu_d0.to_ip_version"], [%"data_end.178", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.190", %"gtpu_opt_d1.to_ip_version"], [%"data_end.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.232", %"gtpu_next_d1.to_ip_version"], [%"data_end.248", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.270", %"widening.test.13"]
  %"keys.39" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.142", %"gtpu_d0.to_ip_version"], [%"keys.178", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.190", %"gtpu_opt_d1.to_ip_version"], [%"keys.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.232", %"gtpu_next_d1.to_ip_version"], [%"keys.248", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.256", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.test.13"]
  %"hdr.27" = getelementptr i8, ptr %"data.39", i64 %"cursor.30"
  %".2160" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2161" = icmp ugt ptr %".2160", %"data_end.39"
  br i1 %".2161", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2163" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2164" = load i8, ptr %".2163", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2164", %"ip_version_d1.linear"], [%".2183", %"ip_version_d1.copy_failed.endif"]
  %"data.112" = phi  ptr [%"data.39", %"ip_version_d1.linear"], [%"data.111", %"ip_version_d1.copy_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.39", %"ip_version_d1.linear"], [%"data_end.111", %"ip_version_d1.copy_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.39", %"ip_version_d1.linear"], [%"keys.111", %"ip_version_d1.copy_failed.endif"]
  %".2185" = zext i8 %"w0_1.7" to i64
  %".2186" = lshr i64 %".2185", 4
  %".2187" = and i64 %".2186", 15
  switch i64 %".2187", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".465" = trunc i64 %"cursor.5" to i32
  %".466" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".465", [40 x i8]* %"header_copy", i32 8)
  %".467" = icmp eq i64 %".466", 0
  %".468" = getelementptr i8, ptr %"ctx.5", i64 76
  %".469" = load i32, ptr %".468", align 4
  %".470" = zext i32 %".469" to i64
  %"data.40" = inttoptr i64 %".470" to ptr
  %".471" = getelementptr i8, ptr %"ctx.5", i64 80
  %".472" = load i32, ptr %".471", align 4
  %".473" = zext i32 %".472" to i64
  %"data_end.40" = inttoptr i64 %".473" to ptr
  %".474" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.40" = load ptr, ptr %".474", align 8
  %".475" = xor i1 %".467", -1
  br i1 %".475", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".477" = trunc i64 %"cursor.5" to i16
  %".478" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".477", ptr %".478", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".481" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".482" = load volatile i8, [40 x i8]* %".481", align 1
  %".483" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".484" = load volatile i8, [40 x i8]* %".483", align 1
  %".485" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".486" = load volatile i16, [40 x i8]* %".485", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".501" = trunc i64 %"cursor.5" to i16
  %".502" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".501", ptr %".502", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".505" = add i64 %"cursor.5", 8
  %".506" = trunc i64 %".505" to i16
  %".507" = getelementptr i8, ptr %"keys.41", i64 0
  store i16 %".506", ptr %".507", align 2
  %".509" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".510" = zext i16 %".509" to i64
  switch i64 %".510", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.unknown:
  %".512" = and i64 %".510", 257
  %".513" = icmp eq i64 %".512", 1
  br i1 %".513", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".519" = trunc i64 2048 to i16
  %".520" = call i16 @"llvm.bswap.i16"(i16 %".519")
  %".521" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".520", ptr %".521", align 2
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".524" = trunc i64 34525 to i16
  %".525" = call i16 @"llvm.bswap.i16"(i16 %".524")
  %".526" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".525", ptr %".526", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".529" = trunc i64 34887 to i16
  %".530" = call i16 @"llvm.bswap.i16"(i16 %".529")
  %".531" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".530", ptr %".531", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".534" = trunc i64 34888 to i16
  %".535" = call i16 @"llvm.bswap.i16"(i16 %".534")
  %".536" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".535", ptr %".536", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".515" = trunc i64 %".505" to i16
  %".516" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".515", ptr %".516", align 2
  br label %"return"
ppp_other:
  %"cursor.31" = phi  i64 [%".505", %"pppoe_d0.to_ppp_other"], [%".2359", %"pppoe_d1.to_ppp_other"]
  %"data.42" = phi  ptr [%"data.41", %"pppoe_d0.to_ppp_other"], [%"data.121", %"pppoe_d1.to_ppp_other"]
  %"data_end.42" = phi  ptr [%"data_end.41", %"pppoe_d0.to_ppp_other"], [%"data_end.121", %"pppoe_d1.to_ppp_other"]
  %"keys.42" = phi  ptr [%"keys.41", %"pppoe_d0.to_ppp_other"], [%"keys.121", %"pppoe_d1.to_ppp_other"]
  %".2195" = add i64 %"cursor.31", 0
  %".2196" = trunc i64 %".2195" to i16
  %".2197" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".2196", ptr %".2197", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".549" = trunc i64 %"cursor.7" to i32
  %".550" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".549", [40 x i8]* %"header_copy", i32 34)
  %".551" = icmp eq i64 %".550", 0
  %".552" = getelementptr i8, ptr %"ctx.6", i64 76
  %".553" = load i32, ptr %".552", align 4
  %".554" = zext i32 %".553" to i64
  %"data.43" = inttoptr i64 %".554" to ptr
  %".555" = getelementptr i8, ptr %"ctx.6", i64 80
  %".556" = load i32, ptr %".555", align 4
  %".557" = zext i32 %".556" to i64
  %"data_end.43" = inttoptr i64 %".557" to ptr
  %".558" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.43" = load ptr, ptr %".558", align 8
  %".559" = xor i1 %".551", -1
  br i1 %".559", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".561" = trunc i64 %"cursor.7" to i16
  %".562" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".561", ptr %".562", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".580" = trunc i64 %"cursor.9" to i32
  %".581" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".580", [40 x i8]* %"header_copy", i32 16)
  %".582" = icmp eq i64 %".581", 0
  %".583" = getelementptr i8, ptr %"ctx.7", i64 76
  %".584" = load i32, ptr %".583", align 4
  %".585" = zext i32 %".584" to i64
  %"data.45" = inttoptr i64 %".585" to ptr
  %".586" = getelementptr i8, ptr %"ctx.7", i64 80
  %".587" = load i32, ptr %".586", align 4
  %".588" = zext i32 %".587" to i64
  %"data_end.45" = inttoptr i64 %".588" to ptr
  %".589" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.45" = load ptr, ptr %".589", align 8
  %".590" = xor i1 %".582", -1
  br i1 %".590", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".592" = trunc i64 %"cursor.9" to i16
  %".593" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".592", ptr %".593", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".605" = trunc i64 %"cursor.10" to i32
  %".606" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".605", [40 x i8]* %"header_copy", i32 38)
  %".607" = icmp eq i64 %".606", 0
  %".608" = getelementptr i8, ptr %"ctx.8", i64 76
  %".609" = load i32, ptr %".608", align 4
  %".610" = zext i32 %".609" to i64
  %"data.47" = inttoptr i64 %".610" to ptr
  %".611" = getelementptr i8, ptr %"ctx.8", i64 80
  %".612" = load i32, ptr %".611", align 4
  %".613" = zext i32 %".612" to i64
  %"data_end.47" = inttoptr i64 %".613" to ptr
  %".614" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.47" = load ptr, ptr %".614", align 8
  %".615" = xor i1 %".607", -1
  br i1 %".615", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".617" = trunc i64 %"cursor.10" to i16
  %".618" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".617", ptr %".618", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".633" = trunc i64 %"cursor.11" to i32
  %".634" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".633", [40 x i8]* %"header_copy", i32 6)
  %".635" = icmp eq i64 %".634", 0
  %".636" = getelementptr i8, ptr %"ctx.9", i64 76
  %".637" = load i32, ptr %".636", align 4
  %".638" = zext i32 %".637" to i64
  %"data.49" = inttoptr i64 %".638" to ptr
  %".639" = getelementptr i8, ptr %"ctx.9", i64 80
  %".640" = load i32, ptr %".639", align 4
  %".641" = zext i32 %".640" to i64
  %"data_end.49" = inttoptr i64 %".641" to ptr
  %".642" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.49" = load ptr, ptr %".642", align 8
  %".643" = xor i1 %".635", -1
  br i1 %".643", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".645" = trunc i64 %"cursor.11" to i16
  %".646" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".645", ptr %".646", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".649" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".650" = load volatile i16, [40 x i8]* %".649", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".665" = trunc i64 %".658" to i16
  %".666" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".665", ptr %".666", align 2
  br label %"return"
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags1.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags1.to_vlan:
  br label %"vlan_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_vlan.1:
  br label %"vlan_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_mpls:
  br label %"mpls_d0_mpls_labels1"
hsr_d0_vlan_tags1.to_mpls.1:
  br label %"mpls_d0_mpls_labels1"
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
  %".695" = trunc i64 %"cursor.12" to i32
  %".696" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".695", [40 x i8]* %"header_copy", i32 24)
  %".697" = icmp eq i64 %".696", 0
  %".698" = getelementptr i8, ptr %"ctx.10", i64 76
  %".699" = load i32, ptr %".698", align 4
  %".700" = zext i32 %".699" to i64
  %"data.51" = inttoptr i64 %".700" to ptr
  %".701" = getelementptr i8, ptr %"ctx.10", i64 80
  %".702" = load i32, ptr %".701", align 4
  %".703" = zext i32 %".702" to i64
  %"data_end.51" = inttoptr i64 %".703" to ptr
  %".704" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.51" = load ptr, ptr %".704", align 8
  %".705" = xor i1 %".697", -1
  br i1 %".705", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".707" = trunc i64 %"cursor.12" to i16
  %".708" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".707", ptr %".708", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".711" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".712" = load volatile i8, [40 x i8]* %".711", align 1
  %".713" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".714" = load volatile i8, [40 x i8]* %".713", align 1
  %".715" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".716" = load volatile i16, [40 x i8]* %".715", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".725" = trunc i64 %"cursor.12" to i16
  %".726" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".725", ptr %".726", align 2
  br label %"return"
batadv_d0.require.endif:
  %".729" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".730" = zext i16 %".729" to i64
  %".731" = trunc i64 %".730" to i16
  %".732" = call i16 @"llvm.bswap.i16"(i16 %".731")
  %".733" = getelementptr i8, ptr %"keys.52", i64 10
  store i16 %".732", ptr %".733", align 2
  %".735" = add i64 %"cursor.12", 24
  %".736" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".737" = zext i16 %".736" to i64
  switch i64 %".737", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 33024, label %"batadv_d0.to_vlan" i64 34984, label %"batadv_d0.to_vlan.1" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe" i64 35119, label %"batadv_d0.to_hsr" i64 35067, label %"batadv_d0.to_hsr.1" i64 17157, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.unknown:
  %".739" = trunc i64 %".735" to i16
  %".740" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".739", ptr %".740", align 2
  br label %"return"
batadv_d0.to_ipv4:
  %".743" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".743", align 1
  %".745" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.7" = load volatile i32, ptr %".745", align 4
  %".746" = and i32 %"flags.7", 4
  %".747" = icmp ne i32 %".746", 0
  br i1 %".747", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.to_ipv6:
  %".756" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".756", align 1
  %".758" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.8" = load volatile i32, ptr %".758", align 4
  %".759" = and i32 %"flags.8", 4
  %".760" = icmp ne i32 %".759", 0
  br i1 %".760", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".769" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".769", align 1
  %".771" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.9" = load volatile i32, ptr %".771", align 4
  %".772" = and i32 %"flags.9", 4
  %".773" = icmp ne i32 %".772", 0
  br i1 %".773", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".782" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".782", align 1
  %".784" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.10" = load volatile i32, ptr %".784", align 4
  %".785" = and i32 %"flags.10", 4
  %".786" = icmp ne i32 %".785", 0
  br i1 %".786", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".795" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".795", align 1
  %".797" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.11" = load volatile i32, ptr %".797", align 4
  %".798" = and i32 %"flags.11", 4
  %".799" = icmp ne i32 %".798", 0
  br i1 %".799", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".808" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".808", align 1
  %".810" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.12" = load volatile i32, ptr %".810", align 4
  %".811" = and i32 %"flags.12", 4
  %".812" = icmp ne i32 %".811", 0
  br i1 %".812", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".821" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".821", align 1
  %".823" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.13" = load volatile i32, ptr %".823", align 4
  %".824" = and i32 %"flags.13", 4
  %".825" = icmp ne i32 %".824", 0
  br i1 %".825", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".834" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".834", align 1
  %".836" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.14" = load volatile i32, ptr %".836", align 4
  %".837" = and i32 %"flags.14", 4
  %".838" = icmp ne i32 %".837", 0
  br i1 %".838", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".847" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".847", align 1
  %".849" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.15" = load volatile i32, ptr %".849", align 4
  %".850" = and i32 %"flags.15", 4
  %".851" = icmp ne i32 %".850", 0
  br i1 %".851", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".860" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".860", align 1
  %".862" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.16" = load volatile i32, ptr %".862", align 4
  %".863" = and i32 %"flags.16", 4
  %".864" = icmp ne i32 %".863", 0
  br i1 %".864", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".873" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".873", align 1
  %".875" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.17" = load volatile i32, ptr %".875", align 4
  %".876" = and i32 %"flags.17", 4
  %".877" = icmp ne i32 %".876", 0
  br i1 %".877", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".886" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".886", align 1
  %".888" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.18" = load volatile i32, ptr %".888", align 4
  %".889" = and i32 %"flags.18", 4
  %".890" = icmp ne i32 %".889", 0
  br i1 %".890", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".899" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".899", align 1
  %".901" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.19" = load volatile i32, ptr %".901", align 4
  %".902" = and i32 %"flags.19", 4
  %".903" = icmp ne i32 %".902", 0
  br i1 %".903", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".912" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".912", align 1
  %".914" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.20" = load volatile i32, ptr %".914", align 4
  %".915" = and i32 %"flags.20", 4
  %".916" = icmp ne i32 %".915", 0
  br i1 %".916", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".925" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".925", align 1
  %".927" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.21" = load volatile i32, ptr %".927", align 4
  %".928" = and i32 %"flags.21", 4
  %".929" = icmp ne i32 %".928", 0
  br i1 %".929", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".938" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".938", align 1
  %".940" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.22" = load volatile i32, ptr %".940", align 4
  %".941" = and i32 %"flags.22", 4
  %".942" = icmp ne i32 %".941", 0
  br i1 %".942", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".749" = trunc i64 %".735" to i16
  %".750" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".749", ptr %".750", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".753" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".753", align 4
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".762" = trunc i64 %".735" to i16
  %".763" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".762", ptr %".763", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".766" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".766", align 4
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".775" = trunc i64 %".735" to i16
  %".776" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".775", ptr %".776", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".779" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".779", align 4
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.2"], [%".735", %"batadv_d0.stop_at_encap.endif.3"], [%"end.6", %"gre_d0.to_vlan"], [%"end.6", %"gre_d0.to_vlan.1"], [%".4217", %"ethernet_d1.to_vlan"], [%".4217", %"ethernet_d1.to_vlan.1"], [%".6413", %"widening.test.16"]
  %"data.53" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data.148", %"gre_d0.to_vlan"], [%"data.148", %"gre_d0.to_vlan.1"], [%"data.188", %"ethernet_d1.to_vlan"], [%"data.188", %"ethernet_d1.to_vlan.1"], [%"data.273", %"widening.test.16"]
  %"data_end.53" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.148", %"gre_d0.to_vlan"], [%"data_end.148", %"gre_d0.to_vlan.1"], [%"data_end.188", %"ethernet_d1.to_vlan"], [%"data_end.188", %"ethernet_d1.to_vlan.1"], [%"data_end.273", %"widening.test.16"]
  %"keys.53" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.148", %"gre_d0.to_vlan"], [%"keys.148", %"gre_d0.to_vlan.1"], [%"keys.188", %"ethernet_d1.to_vlan"], [%"keys.188", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.16"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.32"
  %".2200" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2201" = icmp ugt ptr %".2200", %"data_end.53"
  br i1 %".2201", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2203" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2204" = load i16, ptr %".2203", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2204", %"vlan_d1_vlan_tags1.linear"], [%".2223", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.53", %"vlan_d1_vlan_tags1.linear"], [%"data.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.53", %"vlan_d1_vlan_tags1.linear"], [%"data_end.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.53", %"vlan_d1_vlan_tags1.linear"], [%"keys.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2225" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2226" = zext i16 %".2225" to i64
  %".2227" = trunc i64 %".2226" to i16
  %".2228" = call i16 @"llvm.bswap.i16"(i16 %".2227")
  %".2229" = getelementptr i8, ptr %"keys.114", i64 10
  store i16 %".2228", ptr %".2229", align 2
  %".2231" = add i64 %"cursor.32", 4
  %".2232" = trunc i64 %".2231" to i16
  %".2233" = getelementptr i8, ptr %"keys.114", i64 0
  store i16 %".2232", ptr %".2233", align 2
  %".2235" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2236" = zext i16 %".2235" to i64
  switch i64 %".2236", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0.stop_at_encap.3:
  %".788" = trunc i64 %".735" to i16
  %".789" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".788", ptr %".789", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".792" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".792", align 4
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".801" = trunc i64 %".735" to i16
  %".802" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".801", ptr %".802", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".805" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".805", align 4
  br label %"mpls_d1_mpls_labels1"
mpls_d1_mpls_labels1:
  %"cursor.33" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.4"], [%".735", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1650", %"ipv6_d1.to_mpls"], [%".2231", %"vlan_d1_vlan_tags1.to_mpls"], [%".2231", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2359", %"pppoe_d1.to_mpls"], [%".2359", %"pppoe_d1.to_mpls.1"], [%".2425", %"hsr_d1_vlan_tags1.to_mpls"], [%".2425", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.6", %"gre_d0.to_mpls"], [%"end.6", %"gre_d0.to_mpls.1"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".4026", %"vlan_d1_vlan_tags2.to_mpls"], [%".4026", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".4096", %"hsr_d1_vlan_tags2.to_mpls"], [%".4096", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".4217", %"ethernet_d1.to_mpls"], [%".4217", %"ethernet_d1.to_mpls.1"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"end.16", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".5849", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6600", %"widening.test.33"]
  %"data.54" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data.89", %"ipv4_d1.to_mpls"], [%"data.93", %"ipv6_d1.to_mpls"], [%"data.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.121", %"pppoe_d1.to_mpls"], [%"data.121", %"pppoe_d1.to_mpls.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.148", %"gre_d0.to_mpls"], [%"data.148", %"gre_d0.to_mpls.1"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.181", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.181", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.183", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.183", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.188", %"ethernet_d1.to_mpls"], [%"data.188", %"ethernet_d1.to_mpls.1"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.290", %"widening.test.33"]
  %"data_end.54" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.89", %"ipv4_d1.to_mpls"], [%"data_end.93", %"ipv6_d1.to_mpls"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.121", %"pppoe_d1.to_mpls"], [%"data_end.121", %"pppoe_d1.to_mpls.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.148", %"gre_d0.to_mpls"], [%"data_end.148", %"gre_d0.to_mpls.1"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.188", %"ethernet_d1.to_mpls"], [%"data_end.188", %"ethernet_d1.to_mpls.1"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.290", %"widening.test.33"]
  %"keys.54" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.89", %"ipv4_d1.to_mpls"], [%"keys.93", %"ipv6_d1.to_mpls"], [%"keys.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.121", %"pppoe_d1.to_mpls"], [%"keys.121", %"pppoe_d1.to_mpls.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.148", %"gre_d0.to_mpls"], [%"keys.148", %"gre_d0.to_mpls.1"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.181", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.181", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.183", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.183", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.188", %"ethernet_d1.to_mpls"], [%"keys.188", %"ethernet_d1.to_mpls.1"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.33"]
  %".2258" = add i64 %"cursor.33", 4
  %"hdr.29" = getelementptr i8, ptr %"data.54", i64 %"cursor.33"
  %".2259" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2260" = icmp ugt ptr %".2259", %"data_end.54"
  br i1 %".2260", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2262" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2263" = load i8, ptr %".2262", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2263", %"mpls_d1_mpls_labels1.linear"], [%".2282", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.54", %"mpls_d1_mpls_labels1.linear"], [%"data.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.54", %"mpls_d1_mpls_labels1.linear"], [%"data_end.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.54", %"mpls_d1_mpls_labels1.linear"], [%"keys.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2284" = add i64 %"cursor.33", 4
  %".2285" = zext i8 %"w2_1.2" to i64
  %".2286" = and i64 %".2285", 1
  switch i64 %".2286", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
batadv_d0.stop_at_encap.5:
  %".814" = trunc i64 %".735" to i16
  %".815" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".814", ptr %".815", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".818" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".818", align 4
  br label %"mpls_d1_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".827" = trunc i64 %".735" to i16
  %".828" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".827", ptr %".828", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".831" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".831", align 4
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.34" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.6"], [%".2231", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2425", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.6", %"gre_d0.to_pppoe"], [%".4026", %"vlan_d1_vlan_tags2.to_pppoe"], [%".4096", %"hsr_d1_vlan_tags2.to_pppoe"], [%".4217", %"ethernet_d1.to_pppoe"], [%".6512", %"widening.test.25"]
  %"data.55" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.148", %"gre_d0.to_pppoe"], [%"data.181", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.183", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.188", %"ethernet_d1.to_pppoe"], [%"data.282", %"widening.test.25"]
  %"data_end.55" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.148", %"gre_d0.to_pppoe"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.188", %"ethernet_d1.to_pppoe"], [%"data_end.282", %"widening.test.25"]
  %"keys.55" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.148", %"gre_d0.to_pppoe"], [%"keys.181", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.183", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.188", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.25"]
  %"hdr.30" = getelementptr i8, ptr %"data.55", i64 %"cursor.34"
  %".2309" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2310" = icmp ugt ptr %".2309", %"data_end.55"
  br i1 %".2310", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2312" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2313" = load i8, ptr %".2312", align 1
  %".2314" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2315" = load i8, ptr %".2314", align 1
  %".2316" = getelementptr i8, ptr %"hdr.30", i64 6
  %".2317" = load i16, ptr %".2316", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2313", %"pppoe_d1.linear"], [%".2336", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2315", %"pppoe_d1.linear"], [%".2338", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2317", %"pppoe_d1.linear"], [%".2340", %"pppoe_d1.copy_failed.endif"]
  %"data.121" = phi  ptr [%"data.55", %"pppoe_d1.linear"], [%"data.120", %"pppoe_d1.copy_failed.endif"]
  %"data_end.121" = phi  ptr [%"data_end.55", %"pppoe_d1.linear"], [%"data_end.120", %"pppoe_d1.copy_failed.endif"]
  %"keys.121" = phi  ptr [%"keys.55", %"pppoe_d1.linear"], [%"keys.120", %"pppoe_d1.copy_failed.endif"]
  %".2342" = zext i8 %"w0_1.8" to i64
  %".2343" = lshr i64 %".2342", 4
  %".2344" = and i64 %".2343", 15
  %".2345" = icmp eq i64 %".2344", 1
  %".2346" = zext i8 %"w0_1.8" to i64
  %".2347" = and i64 %".2346", 15
  %".2348" = icmp eq i64 %".2347", 1
  %".2349" = and i1 %".2345", %".2348"
  %".2350" = zext i8 %"w1_1.4" to i64
  %".2351" = icmp eq i64 %".2350", 0
  %".2352" = and i1 %".2349", %".2351"
  %".2353" = xor i1 %".2352", -1
  br i1 %".2353", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".840" = trunc i64 %".735" to i16
  %".841" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".840", ptr %".841", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".844" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".844", align 4
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".853" = trunc i64 %".735" to i16
  %".854" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".853", ptr %".854", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".857" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".857", align 4
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".866" = trunc i64 %".735" to i16
  %".867" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".866", ptr %".867", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".870" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".870", align 4
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".879" = trunc i64 %".735" to i16
  %".880" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".879", ptr %".880", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".883" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".883", align 4
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".892" = trunc i64 %".735" to i16
  %".893" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".892", ptr %".893", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  %".896" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".896", align 4
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".905" = trunc i64 %".735" to i16
  %".906" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".905", ptr %".906", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  %".909" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".909", align 4
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".918" = trunc i64 %".735" to i16
  %".919" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".918", ptr %".919", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  %".922" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".922", align 4
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.35" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.13"], [%".735", %"batadv_d0.stop_at_encap.endif.14"], [%"end.6", %"gre_d0.to_hsr"], [%"end.6", %"gre_d0.to_hsr.1"], [%".4217", %"ethernet_d1.to_hsr"], [%".4217", %"ethernet_d1.to_hsr.1"], [%".6402", %"widening.test.15"]
  %"data.56" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data.148", %"gre_d0.to_hsr"], [%"data.148", %"gre_d0.to_hsr.1"], [%"data.188", %"ethernet_d1.to_hsr"], [%"data.188", %"ethernet_d1.to_hsr.1"], [%"data.272", %"widening.test.15"]
  %"data_end.56" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.148", %"gre_d0.to_hsr"], [%"data_end.148", %"gre_d0.to_hsr.1"], [%"data_end.188", %"ethernet_d1.to_hsr"], [%"data_end.188", %"ethernet_d1.to_hsr.1"], [%"data_end.272", %"widening.test.15"]
  %"keys.56" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.148", %"gre_d0.to_hsr"], [%"keys.148", %"gre_d0.to_hsr.1"], [%"keys.188", %"ethernet_d1.to_hsr"], [%"keys.188", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.56", i64 %"cursor.35"
  %".2394" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2395" = icmp ugt ptr %".2394", %"data_end.56"
  br i1 %".2395", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2397" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2398" = load i16, ptr %".2397", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2398", %"hsr_d1_vlan_tags1.linear"], [%".2417", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.56", %"hsr_d1_vlan_tags1.linear"], [%"data.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.56", %"hsr_d1_vlan_tags1.linear"], [%"data_end.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.56", %"hsr_d1_vlan_tags1.linear"], [%"keys.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2419" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2420" = zext i16 %".2419" to i64
  %".2421" = trunc i64 %".2420" to i16
  %".2422" = call i16 @"llvm.bswap.i16"(i16 %".2421")
  %".2423" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2422", ptr %".2423", align 2
  %".2425" = add i64 %"cursor.35", 6
  %".2426" = trunc i64 %".2425" to i16
  %".2427" = getelementptr i8, ptr %"keys.123", i64 0
  store i16 %".2426", ptr %".2427", align 2
  %".2429" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2430" = zext i16 %".2429" to i64
  switch i64 %".2430", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0.stop_at_encap.14:
  %".931" = trunc i64 %".735" to i16
  %".932" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".931", ptr %".932", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  %".935" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".935", align 4
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".944" = trunc i64 %".735" to i16
  %".945" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".944", ptr %".945", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  %".948" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".948", align 4
  br label %"batadv_d1"
batadv_d1:
  %"cursor.36" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.15"], [%".2231", %"vlan_d1_vlan_tags1.to_batadv"], [%".2425", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.6", %"gre_d0.to_batadv"], [%".4026", %"vlan_d1_vlan_tags2.to_batadv"], [%".4096", %"hsr_d1_vlan_tags2.to_batadv"], [%".4217", %"ethernet_d1.to_batadv"], [%".6446", %"widening.test.19"]
  %"data.57" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.148", %"gre_d0.to_batadv"], [%"data.181", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.183", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.188", %"ethernet_d1.to_batadv"], [%"data.276", %"widening.test.19"]
  %"data_end.57" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.148", %"gre_d0.to_batadv"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.188", %"ethernet_d1.to_batadv"], [%"data_end.276", %"widening.test.19"]
  %"keys.57" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.148", %"gre_d0.to_batadv"], [%"keys.181", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.183", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.188", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.19"]
  %"hdr.32" = getelementptr i8, ptr %"data.57", i64 %"cursor.36"
  %".2452" = getelementptr i8, ptr %"hdr.32", i64 24
  %".2453" = icmp ugt ptr %".2452", %"data_end.57"
  br i1 %".2453", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2455" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2456" = load i8, ptr %".2455", align 1
  %".2457" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2458" = load i8, ptr %".2457", align 1
  %".2459" = getelementptr i8, ptr %"hdr.32", i64 22
  %".2460" = load i16, ptr %".2459", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".2456", %"batadv_d1.linear"], [%".2479", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2458", %"batadv_d1.linear"], [%".2481", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2460", %"batadv_d1.linear"], [%".2483", %"batadv_d1.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.57", %"batadv_d1.linear"], [%"data.124", %"batadv_d1.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.57", %"batadv_d1.linear"], [%"data_end.124", %"batadv_d1.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.57", %"batadv_d1.linear"], [%"keys.124", %"batadv_d1.copy_failed.endif"]
  %".2485" = zext i8 %"w1_1.5" to i64
  %".2486" = icmp eq i64 %".2485", 15
  %".2487" = zext i8 %"w0_1.9" to i64
  %".2488" = icmp eq i64 %".2487", 64
  %".2489" = and i1 %".2486", %".2488"
  %".2490" = xor i1 %".2489", -1
  br i1 %".2490", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".959" = trunc i64 %"cursor.13" to i32
  %".960" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".959", [40 x i8]* %"header_copy", i32 4)
  %".961" = icmp eq i64 %".960", 0
  %".962" = getelementptr i8, ptr %"ctx.11", i64 76
  %".963" = load i32, ptr %".962", align 4
  %".964" = zext i32 %".963" to i64
  %"data.58" = inttoptr i64 %".964" to ptr
  %".965" = getelementptr i8, ptr %"ctx.11", i64 80
  %".966" = load i32, ptr %".965", align 4
  %".967" = zext i32 %".966" to i64
  %"data_end.58" = inttoptr i64 %".967" to ptr
  %".968" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.58" = load ptr, ptr %".968", align 8
  %".969" = xor i1 %".961", -1
  br i1 %".969", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".971" = trunc i64 %"cursor.13" to i16
  %".972" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".971", ptr %".972", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".975" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".976" = load volatile i16, [40 x i8]* %".975", align 2
  %".977" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".978" = load volatile i16, [40 x i8]* %".977", align 2
  br label %"tcp.header"
tcp.unknown:
  %".993" = trunc i64 %"cursor.13" to i16
  %".994" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".993", ptr %".994", align 2
  br label %"return"
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.60" = phi  ptr [%"data.59", %"tcp.to_tcp_header"]
  %"data_end.60" = phi  ptr [%"data_end.59", %"tcp.to_tcp_header"]
  %"keys.60" = phi  ptr [%"keys.59", %"tcp.to_tcp_header"]
  %"hdr.33" = getelementptr i8, ptr %"data.60", i64 %"cursor.37"
  %".2766" = getelementptr i8, ptr %"hdr.33", i64 20
  %".2767" = icmp ugt ptr %".2766", %"data_end.60"
  br i1 %".2767", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2769" = getelementptr i8, ptr %"hdr.33", i64 12
  %".2770" = load i8, ptr %".2769", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2770", %"tcp_header.linear"], [%".2789", %"tcp_header.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.60", %"tcp_header.linear"], [%"data.126", %"tcp_header.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.60", %"tcp_header.linear"], [%"data_end.126", %"tcp_header.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.60", %"tcp_header.linear"], [%"keys.126", %"tcp_header.copy_failed.endif"]
  %".2791" = zext i8 %"w12_1" to i64
  %".2792" = lshr i64 %".2791", 4
  %".2793" = and i64 %".2792", 15
  %".2794" = icmp uge i64 %".2793", 5
  %".2795" = xor i1 %".2794", -1
  br i1 %".2795", label %"tcp_header.require", label %"tcp_header.require.endif"
udp_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1006" = trunc i64 %"cursor.14" to i32
  %".1007" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1006", [40 x i8]* %"header_copy", i32 4)
  %".1008" = icmp eq i64 %".1007", 0
  %".1009" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1010" = load i32, ptr %".1009", align 4
  %".1011" = zext i32 %".1010" to i64
  %"data.61" = inttoptr i64 %".1011" to ptr
  %".1012" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1013" = load i32, ptr %".1012", align 4
  %".1014" = zext i32 %".1013" to i64
  %"data_end.61" = inttoptr i64 %".1014" to ptr
  %".1015" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.61" = load ptr, ptr %".1015", align 8
  %".1016" = xor i1 %".1008", -1
  br i1 %".1016", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".1018" = trunc i64 %"cursor.14" to i16
  %".1019" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1018", ptr %".1019", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".1022" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1023" = load volatile i16, [40 x i8]* %".1022", align 2
  %".1024" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1025" = load volatile i16, [40 x i8]* %".1024", align 2
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".1045" = add i64 %"cursor.14", %".1040"
  %".1046" = sub i64 %".1045", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1047" = trunc i64 %".1046" to i32
  %".1048" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1047", i64* %"last_byte", i32 1)
  %".1049" = icmp eq i64 %".1048", 0
  %".1050" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1051" = load i32, ptr %".1050", align 4
  %".1052" = zext i32 %".1051" to i64
  %"data.63" = inttoptr i64 %".1052" to ptr
  %".1053" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1054" = load i32, ptr %".1053", align 4
  %".1055" = zext i32 %".1054" to i64
  %"data_end.63" = inttoptr i64 %".1055" to ptr
  %".1056" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.63" = load ptr, ptr %".1056", align 8
  %".1057" = xor i1 %".1049", -1
  br i1 %".1057", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1059" = trunc i64 %"cursor.14" to i16
  %".1060" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1059", ptr %".1060", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1068" = trunc i64 %"cursor.14" to i16
  %".1069" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1068", ptr %".1069", align 2
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
  %"cursor.38" = phi  i64 [%".1064", %"udp_d0.to_vxlan"]
  %"data.65" = phi  ptr [%"data.64", %"udp_d0.to_vxlan"]
  %"data_end.65" = phi  ptr [%"data_end.64", %"udp_d0.to_vxlan"]
  %"keys.65" = phi  ptr [%"keys.64", %"udp_d0.to_vxlan"]
  %"hdr.34" = getelementptr i8, ptr %"data.65", i64 %"cursor.38"
  %".2839" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2840" = icmp ugt ptr %".2839", %"data_end.65"
  br i1 %".2840", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.131" = phi  ptr [%"data.65", %"vxlan_d0.linear"], [%"data.130", %"vxlan_d0.copy_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.65", %"vxlan_d0.linear"], [%"data_end.130", %"vxlan_d0.copy_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.65", %"vxlan_d0.linear"], [%"keys.130", %"vxlan_d0.copy_failed.endif"]
  %".2860" = add i64 %"cursor.38", 8
  %".2861" = getelementptr i8, ptr %"keys.131", i64 8
  store i8 1, ptr %".2861", align 1
  %".2863" = getelementptr i8, ptr %"keys.131", i64 48
  %"flags.52" = load volatile i32, ptr %".2863", align 4
  %".2864" = and i32 %"flags.52", 4
  %".2865" = icmp ne i32 %".2864", 0
  br i1 %".2865", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
geneve_d0:
  %"cursor.39" = phi  i64 [%".1064", %"udp_d0.to_geneve"]
  %"data.66" = phi  ptr [%"data.64", %"udp_d0.to_geneve"]
  %"data_end.66" = phi  ptr [%"data_end.64", %"udp_d0.to_geneve"]
  %"keys.66" = phi  ptr [%"keys.64", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.66", i64 %"cursor.39"
  %".2879" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2880" = icmp ugt ptr %".2879", %"data_end.66"
  br i1 %".2880", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2882" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2883" = load i8, ptr %".2882", align 1
  %".2884" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2885" = load i16, ptr %".2884", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".2883", %"geneve_d0.linear"], [%".2904", %"geneve_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2885", %"geneve_d0.linear"], [%".2906", %"geneve_d0.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.66", %"geneve_d0.linear"], [%"data.133", %"geneve_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"geneve_d0.linear"], [%"data_end.133", %"geneve_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"geneve_d0.linear"], [%"keys.133", %"geneve_d0.copy_failed.endif"]
  %".2908" = zext i8 %"w0_1.10" to i64
  %".2909" = lshr i64 %".2908", 6
  %".2910" = and i64 %".2909", 3
  %".2911" = icmp ne i64 %".2910", 0
  br i1 %".2911", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif"
gue_d0:
  %"cursor.40" = phi  i64 [%".1064", %"udp_d0.to_gue"]
  %"data.67" = phi  ptr [%"data.64", %"udp_d0.to_gue"]
  %"data_end.67" = phi  ptr [%"data_end.64", %"udp_d0.to_gue"]
  %"keys.67" = phi  ptr [%"keys.64", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.67", i64 %"cursor.40"
  %".2971" = getelementptr i8, ptr %"hdr.36", i64 4
  %".2972" = icmp ugt ptr %".2971", %"data_end.67"
  br i1 %".2972", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2974" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2975" = load i8, ptr %".2974", align 1
  %".2976" = getelementptr i8, ptr %"hdr.36", i64 1
  %".2977" = load i8, ptr %".2976", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".2975", %"gue_d0.linear"], [%".2996", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2977", %"gue_d0.linear"], [%".2998", %"gue_d0.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.67", %"gue_d0.linear"], [%"data.137", %"gue_d0.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.67", %"gue_d0.linear"], [%"data_end.137", %"gue_d0.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.67", %"gue_d0.linear"], [%"keys.137", %"gue_d0.copy_failed.endif"]
  %".3000" = zext i8 %"w0_1.11" to i64
  %".3001" = lshr i64 %".3000", 6
  %".3002" = and i64 %".3001", 3
  %".3003" = icmp ne i64 %".3002", 0
  %".3004" = zext i8 %"w0_1.11" to i64
  %".3005" = lshr i64 %".3004", 5
  %".3006" = and i64 %".3005", 1
  %".3007" = icmp ne i64 %".3006", 0
  %".3008" = or i1 %".3003", %".3007"
  br i1 %".3008", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif"
gtpu_d0:
  %"cursor.41" = phi  i64 [%".1064", %"udp_d0.to_gtpu"]
  %"data.68" = phi  ptr [%"data.64", %"udp_d0.to_gtpu"]
  %"data_end.68" = phi  ptr [%"data_end.64", %"udp_d0.to_gtpu"]
  %"keys.68" = phi  ptr [%"keys.64", %"udp_d0.to_gtpu"]
  %"hdr.37" = getelementptr i8, ptr %"data.68", i64 %"cursor.41"
  %".3066" = getelementptr i8, ptr %"hdr.37", i64 8
  %".3067" = icmp ugt ptr %".3066", %"data_end.68"
  br i1 %".3067", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".3069" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3070" = load i8, ptr %".3069", align 1
  %".3071" = getelementptr i8, ptr %"hdr.37", i64 1
  %".3072" = load i8, ptr %".3071", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.12" = phi  i8 [%".3070", %"gtpu_d0.linear"], [%".3091", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3072", %"gtpu_d0.linear"], [%".3093", %"gtpu_d0.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.68", %"gtpu_d0.linear"], [%"data.141", %"gtpu_d0.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.68", %"gtpu_d0.linear"], [%"data_end.141", %"gtpu_d0.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.68", %"gtpu_d0.linear"], [%"keys.141", %"gtpu_d0.copy_failed.endif"]
  %".3095" = zext i8 %"w0_1.12" to i64
  %".3096" = lshr i64 %".3095", 5
  %".3097" = and i64 %".3096", 7
  %".3098" = icmp ne i64 %".3097", 1
  %".3099" = zext i8 %"w0_1.12" to i64
  %".3100" = lshr i64 %".3099", 4
  %".3101" = and i64 %".3100", 1
  %".3102" = icmp ne i64 %".3101", 1
  %".3103" = or i1 %".3098", %".3102"
  %".3104" = zext i8 %"w1_1.7" to i64
  %".3105" = icmp ne i64 %".3104", 255
  %".3106" = or i1 %".3103", %".3105"
  br i1 %".3106", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif"
shim_d0:
  %"cursor.42" = phi  i64 [%".1064", %"udp_d0.to_shim"]
  %"data.69" = phi  ptr [%"data.64", %"udp_d0.to_shim"]
  %"data_end.69" = phi  ptr [%"data_end.64", %"udp_d0.to_shim"]
  %"keys.69" = phi  ptr [%"keys.64", %"udp_d0.to_shim"]
  %"hdr.38" = getelementptr i8, ptr %"data.69", i64 %"cursor.42"
  %".3153" = getelementptr i8, ptr %"hdr.38", i64 8
  %".3154" = icmp ugt ptr %".3153", %"data_end.69"
  br i1 %".3154", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3156" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3157" = load i16, ptr %".3156", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.11" = phi  i16 [%".3157", %"shim_d0.linear"], [%".3176", %"shim_d0.copy_failed.endif"]
  %"data.146" = phi  ptr [%"data.69", %"shim_d0.linear"], [%"data.145", %"shim_d0.copy_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.69", %"shim_d0.linear"], [%"data_end.145", %"shim_d0.copy_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.69", %"shim_d0.linear"], [%"keys.145", %"shim_d0.copy_failed.endif"]
  %".3178" = add i64 %"cursor.42", 8
  %".3179" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3179", align 1
  %".3181" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.56" = load volatile i32, ptr %".3181", align 4
  %".3182" = and i32 %"flags.56", 4
  %".3183" = icmp ne i32 %".3182", 0
  br i1 %".3183", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1085" = trunc i64 %"cursor.15" to i32
  %".1086" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1085", [40 x i8]* %"header_copy", i32 4)
  %".1087" = icmp eq i64 %".1086", 0
  %".1088" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1089" = load i32, ptr %".1088", align 4
  %".1090" = zext i32 %".1089" to i64
  %"data.70" = inttoptr i64 %".1090" to ptr
  %".1091" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1092" = load i32, ptr %".1091", align 4
  %".1093" = zext i32 %".1092" to i64
  %"data_end.70" = inttoptr i64 %".1093" to ptr
  %".1094" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.70" = load ptr, ptr %".1094", align 8
  %".1095" = xor i1 %".1087", -1
  br i1 %".1095", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1097" = trunc i64 %"cursor.15" to i16
  %".1098" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1097", ptr %".1098", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1101" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1102" = load volatile i16, [40 x i8]* %".1101", align 2
  %".1103" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1104" = load volatile i16, [40 x i8]* %".1103", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1124" = add i64 %"cursor.15", %".1119"
  %".1125" = sub i64 %".1124", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1126" = trunc i64 %".1125" to i32
  %".1127" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1126", i64* %"last_byte", i32 1)
  %".1128" = icmp eq i64 %".1127", 0
  %".1129" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1130" = load i32, ptr %".1129", align 4
  %".1131" = zext i32 %".1130" to i64
  %"data.72" = inttoptr i64 %".1131" to ptr
  %".1132" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1133" = load i32, ptr %".1132", align 4
  %".1134" = zext i32 %".1133" to i64
  %"data_end.72" = inttoptr i64 %".1134" to ptr
  %".1135" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.72" = load ptr, ptr %".1135", align 8
  %".1136" = xor i1 %".1128", -1
  br i1 %".1136", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1138" = trunc i64 %"cursor.15" to i16
  %".1139" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1138", ptr %".1139", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1158" = trunc i64 %"cursor.16" to i32
  %".1159" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1158", [40 x i8]* %"header_copy", i32 4)
  %".1160" = icmp eq i64 %".1159", 0
  %".1161" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1162" = load i32, ptr %".1161", align 4
  %".1163" = zext i32 %".1162" to i64
  %"data.74" = inttoptr i64 %".1163" to ptr
  %".1164" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1165" = load i32, ptr %".1164", align 4
  %".1166" = zext i32 %".1165" to i64
  %"data_end.74" = inttoptr i64 %".1166" to ptr
  %".1167" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.74" = load ptr, ptr %".1167", align 8
  %".1168" = xor i1 %".1160", -1
  br i1 %".1168", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1170" = trunc i64 %"cursor.16" to i16
  %".1171" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1170", ptr %".1171", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1174" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1175" = load volatile i8, [40 x i8]* %".1174", align 1
  %".1176" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1177" = load volatile i8, [40 x i8]* %".1176", align 1
  %".1178" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1179" = load volatile i16, [40 x i8]* %".1178", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1190" = trunc i64 %"cursor.16" to i16
  %".1191" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1190", ptr %".1191", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1194" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1195" = zext i16 %".1194" to i64
  %".1196" = trunc i64 %".1195" to i16
  %".1197" = call i16 @"llvm.bswap.i16"(i16 %".1196")
  %".1198" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1197", ptr %".1198", align 2
  %".1200" = zext i8 %"w1_1.2" to i64
  %".1201" = and i64 %".1200", 7
  switch i64 %".1201", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1203" = trunc i64 %"cursor.16" to i16
  %".1204" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1203", ptr %".1204", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.43" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.76" = phi  ptr [%"data.75", %"gre_version_d0.to_gre"]
  %"data_end.76" = phi  ptr [%"data_end.75", %"gre_version_d0.to_gre"]
  %"keys.76" = phi  ptr [%"keys.75", %"gre_version_d0.to_gre"]
  %".3199" = zext i8 %"w1_1.2" to i64
  %".3200" = and i64 %".3199", 7
  %".3201" = icmp ne i64 %".3200", 0
  %".3202" = zext i8 %"w0_1.3" to i64
  %".3203" = lshr i64 %".3202", 6
  %".3204" = and i64 %".3203", 1
  %".3205" = icmp ne i64 %".3204", 0
  %".3206" = or i1 %".3201", %".3205"
  br i1 %".3206", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.44" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.77" = phi  ptr [%"data.75", %"gre_version_d0.to_pptp"]
  %"data_end.77" = phi  ptr [%"data_end.75", %"gre_version_d0.to_pptp"]
  %"keys.77" = phi  ptr [%"keys.75", %"gre_version_d0.to_pptp"]
  %".3295" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3296" = zext i16 %".3295" to i64
  %".3297" = icmp ne i64 %".3296", 34827
  %".3298" = zext i8 %"w0_1.3" to i64
  %".3299" = lshr i64 %".3298", 5
  %".3300" = and i64 %".3299", 1
  %".3301" = icmp eq i64 %".3300", 0
  %".3302" = or i1 %".3297", %".3301"
  br i1 %".3302", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1217" = trunc i64 %"cursor.17" to i32
  %".1218" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1217", [40 x i8]* %"header_copy", i32 4)
  %".1219" = icmp eq i64 %".1218", 0
  %".1220" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1221" = load i32, ptr %".1220", align 4
  %".1222" = zext i32 %".1221" to i64
  %"data.78" = inttoptr i64 %".1222" to ptr
  %".1223" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1224" = load i32, ptr %".1223", align 4
  %".1225" = zext i32 %".1224" to i64
  %"data_end.78" = inttoptr i64 %".1225" to ptr
  %".1226" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.78" = load ptr, ptr %".1226", align 8
  %".1227" = xor i1 %".1219", -1
  br i1 %".1227", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1229" = trunc i64 %"cursor.17" to i16
  %".1230" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1229", ptr %".1230", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1233" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1234" = load volatile i16, [40 x i8]* %".1233", align 2
  %".1235" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1236" = load volatile i16, [40 x i8]* %".1235", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1263" = trunc i64 %"cursor.18" to i32
  %".1264" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1263", [40 x i8]* %"header_copy", i32 4)
  %".1265" = icmp eq i64 %".1264", 0
  %".1266" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1267" = load i32, ptr %".1266", align 4
  %".1268" = zext i32 %".1267" to i64
  %"data.80" = inttoptr i64 %".1268" to ptr
  %".1269" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1270" = load i32, ptr %".1269", align 4
  %".1271" = zext i32 %".1270" to i64
  %"data_end.80" = inttoptr i64 %".1271" to ptr
  %".1272" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.80" = load ptr, ptr %".1272", align 8
  %".1273" = xor i1 %".1265", -1
  br i1 %".1273", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1275" = trunc i64 %"cursor.18" to i16
  %".1276" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1275", ptr %".1276", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1279" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1280" = load volatile i16, [40 x i8]* %".1279", align 2
  %".1281" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1282" = load volatile i16, [40 x i8]* %".1281", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1307" = trunc i64 %"cursor.19" to i32
  %".1308" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1307", [40 x i8]* %"header_copy", i32 4)
  %".1309" = icmp eq i64 %".1308", 0
  %".1310" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1311" = load i32, ptr %".1310", align 4
  %".1312" = zext i32 %".1311" to i64
  %"data.82" = inttoptr i64 %".1312" to ptr
  %".1313" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1314" = load i32, ptr %".1313", align 4
  %".1315" = zext i32 %".1314" to i64
  %"data_end.82" = inttoptr i64 %".1315" to ptr
  %".1316" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.82" = load ptr, ptr %".1316", align 8
  %".1317" = xor i1 %".1309", -1
  br i1 %".1317", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1319" = trunc i64 %"cursor.19" to i16
  %".1320" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1319", ptr %".1320", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1323" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1324" = load volatile i32, [40 x i8]* %".1323", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1351" = trunc i64 %"cursor.20" to i32
  %".1352" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1351", [40 x i8]* %"header_copy", i32 8)
  %".1353" = icmp eq i64 %".1352", 0
  %".1354" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1355" = load i32, ptr %".1354", align 4
  %".1356" = zext i32 %".1355" to i64
  %"data.84" = inttoptr i64 %".1356" to ptr
  %".1357" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1358" = load i32, ptr %".1357", align 4
  %".1359" = zext i32 %".1358" to i64
  %"data_end.84" = inttoptr i64 %".1359" to ptr
  %".1360" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.84" = load ptr, ptr %".1360", align 8
  %".1361" = xor i1 %".1353", -1
  br i1 %".1361", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1363" = trunc i64 %"cursor.20" to i16
  %".1364" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1363", ptr %".1364", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1367" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1368" = load volatile i32, [40 x i8]* %".1367", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1393" = trunc i64 %"cursor.21" to i32
  %".1394" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1393", [40 x i8]* %"header_copy", i32 4)
  %".1395" = icmp eq i64 %".1394", 0
  %".1396" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1397" = load i32, ptr %".1396", align 4
  %".1398" = zext i32 %".1397" to i64
  %"data.86" = inttoptr i64 %".1398" to ptr
  %".1399" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1400" = load i32, ptr %".1399", align 4
  %".1401" = zext i32 %".1400" to i64
  %"data_end.86" = inttoptr i64 %".1401" to ptr
  %".1402" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.86" = load ptr, ptr %".1402", align 8
  %".1403" = xor i1 %".1395", -1
  br i1 %".1403", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1405" = trunc i64 %"cursor.21" to i16
  %".1406" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1405", ptr %".1406", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1429" = trunc i64 %"cursor.22" to i32
  %".1430" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1429", [40 x i8]* %"header_copy", i32 20)
  %".1431" = icmp eq i64 %".1430", 0
  %".1432" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1433" = load i32, ptr %".1432", align 4
  %".1434" = zext i32 %".1433" to i64
  %"data.88" = inttoptr i64 %".1434" to ptr
  %".1435" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1436" = load i32, ptr %".1435", align 4
  %".1437" = zext i32 %".1436" to i64
  %"data_end.88" = inttoptr i64 %".1437" to ptr
  %".1438" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.88" = load ptr, ptr %".1438", align 8
  %".1439" = xor i1 %".1431", -1
  br i1 %".1439", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1441" = trunc i64 %"cursor.22" to i16
  %".1442" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1441", ptr %".1442", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1445" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1446" = load volatile i8, [40 x i8]* %".1445", align 1
  %".1447" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1448" = load volatile i16, [40 x i8]* %".1447", align 2
  %".1449" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1450" = load volatile i8, [40 x i8]* %".1449", align 1
  %".1451" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1452" = load volatile i32, [40 x i8]* %".1451", align 4
  %".1453" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1454" = load volatile i32, [40 x i8]* %".1453", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1461" = trunc i64 %"cursor.22" to i16
  %".1462" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1461", ptr %".1462", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1465" = trunc i64 2048 to i16
  %".1466" = getelementptr i8, ptr %"keys.89", i64 4
  store i16 %".1465", ptr %".1466", align 2
  %".1468" = trunc i64 2048 to i16
  %".1469" = call i16 @"llvm.bswap.i16"(i16 %".1468")
  %".1470" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1469", ptr %".1470", align 2
  %".1472" = getelementptr i8, ptr %"keys.89", i64 16
  store i32 %"w12_4.1", ptr %".1472", align 4
  %".1474" = getelementptr i8, ptr %"keys.89", i64 20
  store i32 %"w16_4.1", ptr %".1474", align 4
  %".1476" = zext i8 %"w9_1.1" to i64
  %".1477" = trunc i64 %".1476" to i8
  %".1478" = getelementptr i8, ptr %"keys.89", i64 9
  store i8 %".1477", ptr %".1478", align 1
  %".1480" = add i64 %"cursor.22", 20
  %".1481" = zext i8 %"w0_1.4" to i64
  %".1482" = and i64 %".1481", 15
  %".1483" = mul i64 %".1482", 4
  %".1484" = sub i64 %".1483", 20
  %".1485" = add i64 %".1484", 20
  %".1486" = add i64 %"cursor.22", %".1485"
  %".1487" = add i64 %"cursor.22", 20
  %".1488" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1487")
  %".1489" = icmp eq i64 %".1484", 0
  %"end.1" = select  i1 %".1489", i64 %".1488", i64 %".1486"
  %".1490" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1491" = zext i16 %".1490" to i64
  %".1492" = and i64 %".1491", 16383
  %".1493" = icmp ne i64 %".1492", 0
  %".1494" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1495" = zext i16 %".1494" to i64
  %".1496" = and i64 %".1495", 8191
  %".1497" = icmp eq i64 %".1496", 0
  br i1 %".1493", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.fragment:
  %".1499" = getelementptr i8, ptr %"keys.89", i64 6
  store i8 1, ptr %".1499", align 1
  br i1 %".1497", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1519" = zext i8 %"w9_1.1" to i64
  switch i64 %".1519", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.first_fragment:
  %".1502" = getelementptr i8, ptr %"keys.89", i64 7
  store i8 1, ptr %".1502", align 1
  %".1504" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.23" = load volatile i32, ptr %".1504", align 4
  %".1505" = and i32 %"flags.23", 1
  %".1506" = icmp ne i32 %".1505", 0
  %".1507" = xor i1 %".1506", -1
  br i1 %".1507", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1514" = trunc i64 %"end.1" to i16
  %".1515" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1514", ptr %".1515", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1509" = trunc i64 %"end.1" to i16
  %".1510" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1509", ptr %".1510", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1521" = trunc i64 %"end.1" to i16
  %".1522" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1521", ptr %".1522", align 2
  br label %"return"
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.to_udp:
  br label %"udp_d1"
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
  %".1534" = trunc i64 34887 to i16
  %".1535" = call i16 @"llvm.bswap.i16"(i16 %".1534")
  %".1536" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1535", ptr %".1536", align 2
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1539" = trunc i64 2048 to i16
  %".1540" = call i16 @"llvm.bswap.i16"(i16 %".1539")
  %".1541" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1540", ptr %".1541", align 2
  %".1543" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1543", align 1
  %".1545" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.24" = load volatile i32, ptr %".1545", align 4
  %".1546" = and i32 %"flags.24", 4
  %".1547" = icmp ne i32 %".1546", 0
  br i1 %".1547", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1559" = trunc i64 34525 to i16
  %".1560" = call i16 @"llvm.bswap.i16"(i16 %".1559")
  %".1561" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1560", ptr %".1561", align 2
  %".1563" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1563", align 1
  %".1565" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.25" = load volatile i32, ptr %".1565", align 4
  %".1566" = and i32 %"flags.25", 4
  %".1567" = icmp ne i32 %".1566", 0
  br i1 %".1567", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.45" = phi  i64 [%"end.1", %"ipv4_d1.to_udp"], [%".1650", %"ipv6_d1.to_udp"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"end.16", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".5849", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".6677", %"widening.test.40"]
  %"data.90" = phi  ptr [%"data.89", %"ipv4_d1.to_udp"], [%"data.93", %"ipv6_d1.to_udp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.297", %"widening.test.40"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv4_d1.to_udp"], [%"data_end.93", %"ipv6_d1.to_udp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.297", %"widening.test.40"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv4_d1.to_udp"], [%"keys.93", %"ipv6_d1.to_udp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.40"]
  %"hdr.39" = getelementptr i8, ptr %"data.90", i64 %"cursor.45"
  %".3359" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3360" = icmp ugt ptr %".3359", %"data_end.90"
  br i1 %".3360", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3362" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3363" = load i16, ptr %".3362", align 2
  %".3364" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3365" = load i16, ptr %".3364", align 2
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_2.5" = phi  i16 [%".3363", %"udp_d1.linear"], [%".3384", %"udp_d1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3365", %"udp_d1.linear"], [%".3386", %"udp_d1.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.90", %"udp_d1.linear"], [%"data.152", %"udp_d1.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.90", %"udp_d1.linear"], [%"data_end.152", %"udp_d1.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.90", %"udp_d1.linear"], [%"keys.152", %"udp_d1.copy_failed.endif"]
  %".3388" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".3389" = zext i16 %".3388" to i64
  %".3390" = trunc i64 %".3389" to i16
  %".3391" = call i16 @"llvm.bswap.i16"(i16 %".3390")
  %".3392" = getelementptr i8, ptr %"keys.153", i64 12
  store i16 %".3391", ptr %".3392", align 2
  %".3394" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3395" = zext i16 %".3394" to i64
  %".3396" = trunc i64 %".3395" to i16
  %".3397" = call i16 @"llvm.bswap.i16"(i16 %".3396")
  %".3398" = getelementptr i8, ptr %"keys.153", i64 14
  store i16 %".3397", ptr %".3398", align 2
  %".3400" = add i64 %"cursor.45", 4
  %".3401" = add i64 4, 4
  %".3402" = getelementptr i8, ptr %"data.153", i64 %"cursor.45"
  %".3403" = getelementptr i8, ptr %".3402", i64 %".3401"
  %".3404" = icmp ugt ptr %".3403", %"data_end.153"
  br i1 %".3404", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.155" = phi  ptr [%"data.153", %"udp_d1.header"], [%"data.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.153", %"udp_d1.header"], [%"data_end.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.153", %"udp_d1.header"], [%"keys.154", %"udp_d1.copy_last_byte_failed.endif"]
  %".3425" = add i64 %"cursor.45", %".3401"
  %".3426" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3427" = zext i16 %".3426" to i64
  switch i64 %".3427", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]  , !prof !4
gre_version_d1:
  %"cursor.46" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1650", %"ipv6_d1.to_gre_version"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"end.16", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".5849", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".6655", %"widening.test.38"]
  %"data.91" = phi  ptr [%"data.89", %"ipv4_d1.to_gre_version"], [%"data.93", %"ipv6_d1.to_gre_version"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.295", %"widening.test.38"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv4_d1.to_gre_version"], [%"data_end.93", %"ipv6_d1.to_gre_version"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.295", %"widening.test.38"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv4_d1.to_gre_version"], [%"keys.93", %"ipv6_d1.to_gre_version"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.38"]
  %"hdr.40" = getelementptr i8, ptr %"data.91", i64 %"cursor.46"
  %".3438" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3439" = icmp ugt ptr %".3438", %"data_end.91"
  br i1 %".3439", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3441" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3442" = load i8, ptr %".3441", align 1
  %".3443" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3444" = load i8, ptr %".3443", align 1
  %".3445" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3446" = load i16, ptr %".3445", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.13" = phi  i8 [%".3442", %"gre_version_d1.linear"], [%".3465", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3444", %"gre_version_d1.linear"], [%".3467", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3446", %"gre_version_d1.linear"], [%".3469", %"gre_version_d1.copy_failed.endif"]
  %"data.162" = phi  ptr [%"data.91", %"gre_version_d1.linear"], [%"data.161", %"gre_version_d1.copy_failed.endif"]
  %"data_end.162" = phi  ptr [%"data_end.91", %"gre_version_d1.linear"], [%"data_end.161", %"gre_version_d1.copy_failed.endif"]
  %"keys.162" = phi  ptr [%"keys.91", %"gre_version_d1.linear"], [%"keys.161", %"gre_version_d1.copy_failed.endif"]
  %".3471" = zext i8 %"w0_1.13" to i64
  %".3472" = lshr i64 %".3471", 6
  %".3473" = and i64 %".3472", 1
  %".3474" = icmp ne i64 %".3473", 0
  %".3475" = zext i8 %"w1_1.8" to i64
  %".3476" = and i64 %".3475", 7
  %".3477" = icmp ugt i64 %".3476", 1
  %".3478" = or i1 %".3474", %".3477"
  br i1 %".3478", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1549" = trunc i64 %"end.1" to i16
  %".1550" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1549", ptr %".1550", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1553" = getelementptr i8, ptr %"keys.89", i64 12
  store i32 0, ptr %".1553", align 4
  %".1555" = trunc i64 %"end.1" to i16
  %".1556" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1555", ptr %".1556", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1569" = trunc i64 %"end.1" to i16
  %".1570" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1569", ptr %".1570", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1573" = getelementptr i8, ptr %"keys.89", i64 12
  store i32 0, ptr %".1573", align 4
  %".1575" = trunc i64 %"end.1" to i16
  %".1576" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1575", ptr %".1576", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1595" = trunc i64 %"cursor.23" to i32
  %".1596" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1595", [40 x i8]* %"header_copy", i32 40)
  %".1597" = icmp eq i64 %".1596", 0
  %".1598" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1599" = load i32, ptr %".1598", align 4
  %".1600" = zext i32 %".1599" to i64
  %"data.92" = inttoptr i64 %".1600" to ptr
  %".1601" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1602" = load i32, ptr %".1601", align 4
  %".1603" = zext i32 %".1602" to i64
  %"data_end.92" = inttoptr i64 %".1603" to ptr
  %".1604" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.92" = load ptr, ptr %".1604", align 8
  %".1605" = xor i1 %".1597", -1
  br i1 %".1605", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1607" = trunc i64 %"cursor.23" to i16
  %".1608" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1607", ptr %".1608", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1611" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1612" = load volatile i32, [40 x i8]* %".1611", align 4
  %".1613" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1614" = load volatile i8, [40 x i8]* %".1613", align 1
  %".1615" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1616" = load volatile i64, [40 x i8]* %".1615", align 8
  %".1617" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1618" = load volatile i64, [40 x i8]* %".1617", align 8
  %".1619" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1620" = load volatile i64, [40 x i8]* %".1619", align 8
  %".1621" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1622" = load volatile i64, [40 x i8]* %".1621", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1660" = trunc i64 %".1650" to i16
  %".1661" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1660", ptr %".1661", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1664" = zext i8 %"w6_1.1" to i64
  switch i64 %".1664", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.unknown:
  %".1666" = trunc i64 %".1650" to i16
  %".1667" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1666", ptr %".1667", align 2
  br label %"return"
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.to_udp:
  br label %"udp_d1"
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
  %".1683" = trunc i64 34887 to i16
  %".1684" = call i16 @"llvm.bswap.i16"(i16 %".1683")
  %".1685" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1684", ptr %".1685", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1688" = trunc i64 2048 to i16
  %".1689" = call i16 @"llvm.bswap.i16"(i16 %".1688")
  %".1690" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1689", ptr %".1690", align 2
  %".1692" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1692", align 1
  %".1694" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.27" = load volatile i32, ptr %".1694", align 4
  %".1695" = and i32 %"flags.27", 4
  %".1696" = icmp ne i32 %".1695", 0
  br i1 %".1696", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1708" = trunc i64 34525 to i16
  %".1709" = call i16 @"llvm.bswap.i16"(i16 %".1708")
  %".1710" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1709", ptr %".1710", align 2
  %".1712" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1712", align 1
  %".1714" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.28" = load volatile i32, ptr %".1714", align 4
  %".1715" = and i32 %"flags.28", 4
  %".1716" = icmp ne i32 %".1715", 0
  br i1 %".1716", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.47" = phi  i64 [%".1650", %"ipv6_d1.to_ipv6_opts"], [%".1650", %"ipv6_d1.to_ipv6_opts.1"], [%".1650", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.94" = phi  ptr [%"data.93", %"ipv6_d1.to_ipv6_opts"], [%"data.93", %"ipv6_d1.to_ipv6_opts.1"], [%"data.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.94" = phi  ptr [%"data_end.93", %"ipv6_d1.to_ipv6_opts"], [%"data_end.93", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.94" = phi  ptr [%"keys.93", %"ipv6_d1.to_ipv6_opts"], [%"keys.93", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.94", i64 %"cursor.47"
  %".3499" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3500" = icmp ugt ptr %".3499", %"data_end.94"
  br i1 %".3500", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3502" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3503" = load i8, ptr %".3502", align 1
  %".3504" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3505" = load i8, ptr %".3504", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.14" = phi  i8 [%".3503", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3524", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3505", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3526", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.166" = phi  ptr [%"data.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.165", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.166" = phi  ptr [%"data_end.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.166" = phi  ptr [%"keys.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3528" = zext i8 %"w0_1.14" to i64
  %".3529" = trunc i64 %".3528" to i8
  %".3530" = getelementptr i8, ptr %"keys.166", i64 9
  store i8 %".3529", ptr %".3530", align 1
  %".3532" = add i64 %"cursor.47", 2
  %".3533" = zext i8 %"w1_1.9" to i64
  %".3534" = mul i64 %".3533", 8
  %".3535" = add i64 %".3534", 6
  %".3536" = add i64 %".3535", 2
  %".3537" = add i64 %"cursor.47", %".3536"
  %".3538" = add i64 %"cursor.47", 8
  %".3539" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3538")
  %".3540" = icmp eq i64 %".3535", 6
  %"end.8" = select  i1 %".3540", i64 %".3539", i64 %".3537"
  %".3541" = zext i8 %"w0_1.14" to i64
  switch i64 %".3541", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1650", %"ipv6_d1.to_ipv6_frag"]
  %"data.95" = phi  ptr [%"data.93", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.95" = phi  ptr [%"data_end.93", %"ipv6_d1.to_ipv6_frag"]
  %"keys.95" = phi  ptr [%"keys.93", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.95", i64 %"cursor.48"
  %".3605" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3606" = icmp ugt ptr %".3605", %"data_end.95"
  br i1 %".3606", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3608" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3609" = load i8, ptr %".3608", align 1
  %".3610" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3611" = load i16, ptr %".3610", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3609", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3630", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3611", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.170" = phi  ptr [%"data.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.169", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.170" = phi  ptr [%"data_end.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.169", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.170" = phi  ptr [%"keys.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.169", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3634" = zext i8 %"w0_1.15" to i64
  %".3635" = trunc i64 %".3634" to i8
  %".3636" = getelementptr i8, ptr %"keys.170", i64 9
  store i8 %".3635", ptr %".3636", align 1
  %".3638" = add i64 %"cursor.48", 8
  %".3639" = icmp ne i64 1, 0
  %".3640" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3641" = zext i16 %".3640" to i64
  %".3642" = and i64 %".3641", 65528
  %".3643" = icmp eq i64 %".3642", 0
  br i1 %".3639", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1698" = trunc i64 %".1650" to i16
  %".1699" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1698", ptr %".1699", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1702" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 0, ptr %".1702", align 4
  %".1704" = trunc i64 %".1650" to i16
  %".1705" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1704", ptr %".1705", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1718" = trunc i64 %".1650" to i16
  %".1719" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1718", ptr %".1719", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1722" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 0, ptr %".1722", align 4
  %".1724" = trunc i64 %".1650" to i16
  %".1725" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1724", ptr %".1725", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1736" = trunc i64 %"cursor.24" to i32
  %".1737" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1736", [40 x i8]* %"header_copy", i32 2)
  %".1738" = icmp eq i64 %".1737", 0
  %".1739" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1740" = load i32, ptr %".1739", align 4
  %".1741" = zext i32 %".1740" to i64
  %"data.96" = inttoptr i64 %".1741" to ptr
  %".1742" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1743" = load i32, ptr %".1742", align 4
  %".1744" = zext i32 %".1743" to i64
  %"data_end.96" = inttoptr i64 %".1744" to ptr
  %".1745" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.96" = load ptr, ptr %".1745", align 8
  %".1746" = xor i1 %".1738", -1
  br i1 %".1746", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1748" = trunc i64 %"cursor.24" to i16
  %".1749" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1748", ptr %".1749", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1752" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1753" = load volatile i8, [40 x i8]* %".1752", align 1
  %".1754" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1755" = load volatile i8, [40 x i8]* %".1754", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1772" = trunc i64 %"end.2" to i16
  %".1773" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1772", ptr %".1773", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  br label %"udp_d0"
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
  %".1789" = trunc i64 34887 to i16
  %".1790" = call i16 @"llvm.bswap.i16"(i16 %".1789")
  %".1791" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1790", ptr %".1791", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1794" = trunc i64 2048 to i16
  %".1795" = call i16 @"llvm.bswap.i16"(i16 %".1794")
  %".1796" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1795", ptr %".1796", align 2
  %".1798" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".1798", align 1
  %".1800" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.29" = load volatile i32, ptr %".1800", align 4
  %".1801" = and i32 %"flags.29", 4
  %".1802" = icmp ne i32 %".1801", 0
  br i1 %".1802", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1811" = trunc i64 34525 to i16
  %".1812" = call i16 @"llvm.bswap.i16"(i16 %".1811")
  %".1813" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1812", ptr %".1813", align 2
  %".1815" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".1815", align 1
  %".1817" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.30" = load volatile i32, ptr %".1817", align 4
  %".1818" = and i32 %"flags.30", 4
  %".1819" = icmp ne i32 %".1818", 0
  br i1 %".1819", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6303", %"widening.test.6"]
  %"data.98" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.263", %"widening.test.6"]
  %"data_end.98" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.263", %"widening.test.6"]
  %"keys.98" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.43" = getelementptr i8, ptr %"data.98", i64 %"cursor.49"
  %".3729" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3730" = icmp ugt ptr %".3729", %"data_end.98"
  br i1 %".3730", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3732" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3733" = load i8, ptr %".3732", align 1
  %".3734" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3735" = load i8, ptr %".3734", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3733", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3754", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3735", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3756", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.172" = phi  ptr [%"data.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.171", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.172" = phi  ptr [%"data_end.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.171", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.172" = phi  ptr [%"keys.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.171", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3758" = zext i8 %"w0_1.16" to i64
  %".3759" = trunc i64 %".3758" to i8
  %".3760" = getelementptr i8, ptr %"keys.172", i64 9
  store i8 %".3759", ptr %".3760", align 1
  %".3762" = add i64 %"cursor.49", 2
  %".3763" = zext i8 %"w1_1.10" to i64
  %".3764" = mul i64 %".3763", 8
  %".3765" = add i64 %".3764", 6
  %".3766" = add i64 %".3765", 2
  %".3767" = add i64 %"cursor.49", %".3766"
  %".3768" = add i64 %"cursor.49", 8
  %".3769" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3768")
  %".3770" = icmp eq i64 %".3765", 6
  %"end.9" = select  i1 %".3770", i64 %".3769", i64 %".3767"
  %".3771" = zext i8 %"w0_1.16" to i64
  switch i64 %".3771", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1861", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6292", %"widening.test.5"]
  %"data.99" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.262", %"widening.test.5"]
  %"data_end.99" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.262", %"widening.test.5"]
  %"keys.99" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.44" = getelementptr i8, ptr %"data.99", i64 %"cursor.50"
  %".3829" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3830" = icmp ugt ptr %".3829", %"data_end.99"
  br i1 %".3830", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3832" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3833" = load i8, ptr %".3832", align 1
  %".3834" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3835" = load i16, ptr %".3834", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".3833", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3854", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3835", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.175", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.175", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.175", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3858" = zext i8 %"w0_1.17" to i64
  %".3859" = trunc i64 %".3858" to i8
  %".3860" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %".3859", ptr %".3860", align 1
  %".3862" = add i64 %"cursor.50", 8
  %".3863" = icmp ne i64 1, 0
  %".3864" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3865" = zext i16 %".3864" to i64
  %".3866" = and i64 %".3865", 65528
  %".3867" = icmp eq i64 %".3866", 0
  br i1 %".3863", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1804" = trunc i64 %"end.2" to i16
  %".1805" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1804", ptr %".1805", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1808" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 0, ptr %".1808", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1821" = trunc i64 %"end.2" to i16
  %".1822" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1821", ptr %".1822", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1825" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 0, ptr %".1825", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1836" = trunc i64 %"cursor.25" to i32
  %".1837" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1836", [40 x i8]* %"header_copy", i32 8)
  %".1838" = icmp eq i64 %".1837", 0
  %".1839" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1840" = load i32, ptr %".1839", align 4
  %".1841" = zext i32 %".1840" to i64
  %"data.100" = inttoptr i64 %".1841" to ptr
  %".1842" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1843" = load i32, ptr %".1842", align 4
  %".1844" = zext i32 %".1843" to i64
  %"data_end.100" = inttoptr i64 %".1844" to ptr
  %".1845" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.100" = load ptr, ptr %".1845", align 8
  %".1846" = xor i1 %".1838", -1
  br i1 %".1846", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1848" = trunc i64 %"cursor.25" to i16
  %".1849" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".1848", ptr %".1849", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1852" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1853" = load volatile i8, [40 x i8]* %".1852", align 1
  %".1854" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1855" = load volatile i16, [40 x i8]* %".1854", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1868" = getelementptr i8, ptr %"keys.101", i64 6
  store i8 1, ptr %".1868", align 1
  br i1 %".1866", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1888" = zext i8 %"w0_1.6" to i64
  switch i64 %".1888", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1871" = getelementptr i8, ptr %"keys.101", i64 7
  store i8 1, ptr %".1871", align 1
  %".1873" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.31" = load volatile i32, ptr %".1873", align 4
  %".1874" = and i32 %"flags.31", 1
  %".1875" = icmp ne i32 %".1874", 0
  %".1876" = xor i1 %".1875", -1
  br i1 %".1876", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1883" = trunc i64 %".1861" to i16
  %".1884" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1883", ptr %".1884", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1878" = trunc i64 %".1861" to i16
  %".1879" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1878", ptr %".1879", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1890" = trunc i64 %".1861" to i16
  %".1891" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1890", ptr %".1891", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  br label %"udp_d0"
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
  %".1907" = trunc i64 34887 to i16
  %".1908" = call i16 @"llvm.bswap.i16"(i16 %".1907")
  %".1909" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1908", ptr %".1909", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1912" = trunc i64 2048 to i16
  %".1913" = call i16 @"llvm.bswap.i16"(i16 %".1912")
  %".1914" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1913", ptr %".1914", align 2
  %".1916" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".1916", align 1
  %".1918" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.32" = load volatile i32, ptr %".1918", align 4
  %".1919" = and i32 %"flags.32", 4
  %".1920" = icmp ne i32 %".1919", 0
  br i1 %".1920", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1929" = trunc i64 34525 to i16
  %".1930" = call i16 @"llvm.bswap.i16"(i16 %".1929")
  %".1931" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1930", ptr %".1931", align 2
  %".1933" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".1933", align 1
  %".1935" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.33" = load volatile i32, ptr %".1935", align 4
  %".1936" = and i32 %"flags.33", 4
  %".1937" = icmp ne i32 %".1936", 0
  br i1 %".1937", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1922" = trunc i64 %".1861" to i16
  %".1923" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1922", ptr %".1923", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1926" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".1926", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1939" = trunc i64 %".1861" to i16
  %".1940" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1939", ptr %".1940", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1943" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".1943", align 4
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1950" = trunc i64 %"cursor.26" to i32
  %".1951" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1950", [40 x i8]* %"header_copy", i32 4)
  %".1952" = icmp eq i64 %".1951", 0
  %".1953" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1954" = load i32, ptr %".1953", align 4
  %".1955" = zext i32 %".1954" to i64
  %"data.102" = inttoptr i64 %".1955" to ptr
  %".1956" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1957" = load i32, ptr %".1956", align 4
  %".1958" = zext i32 %".1957" to i64
  %"data_end.102" = inttoptr i64 %".1958" to ptr
  %".1959" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.102" = load ptr, ptr %".1959", align 8
  %".1960" = xor i1 %".1952", -1
  br i1 %".1960", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1962" = trunc i64 %"cursor.26" to i16
  %".1963" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".1962", ptr %".1963", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1978" = trunc i64 %"cursor.27" to i32
  %".1979" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1978", [40 x i8]* %"header_copy", i32 4)
  %".1980" = icmp eq i64 %".1979", 0
  %".1981" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1982" = load i32, ptr %".1981", align 4
  %".1983" = zext i32 %".1982" to i64
  %"data.104" = inttoptr i64 %".1983" to ptr
  %".1984" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1985" = load i32, ptr %".1984", align 4
  %".1986" = zext i32 %".1985" to i64
  %"data_end.104" = inttoptr i64 %".1986" to ptr
  %".1987" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.104" = load ptr, ptr %".1987", align 8
  %".1988" = xor i1 %".1980", -1
  br i1 %".1988", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1990" = trunc i64 %"cursor.27" to i16
  %".1991" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".1990", ptr %".1991", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1994" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1995" = load volatile i16, [40 x i8]* %".1994", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2010" = trunc i64 %".2003" to i16
  %".2011" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2010", ptr %".2011", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2016" = trunc i64 %".2003" to i16
  %".2017" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2016", ptr %".2017", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2020" = trunc i64 %".2003" to i16
  %".2021" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2020", ptr %".2021", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  br label %"mpls_d0_mpls_labels1"
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
  %".2033" = trunc i64 %".2003" to i16
  %".2034" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2033", ptr %".2034", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2037" = trunc i64 %".2003" to i16
  %".2038" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2037", ptr %".2038", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2048" = trunc i64 %"cursor.28" to i32
  %".2049" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2048", [40 x i8]* %"header_copy", i32 6)
  %".2050" = icmp eq i64 %".2049", 0
  %".2051" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2052" = load i32, ptr %".2051", align 4
  %".2053" = zext i32 %".2052" to i64
  %"data.106" = inttoptr i64 %".2053" to ptr
  %".2054" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2055" = load i32, ptr %".2054", align 4
  %".2056" = zext i32 %".2055" to i64
  %"data_end.106" = inttoptr i64 %".2056" to ptr
  %".2057" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.106" = load ptr, ptr %".2057", align 8
  %".2058" = xor i1 %".2050", -1
  br i1 %".2058", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2060" = trunc i64 %"cursor.28" to i16
  %".2061" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2060", ptr %".2061", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2064" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2065" = load volatile i16, [40 x i8]* %".2064", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2080" = trunc i64 %".2073" to i16
  %".2081" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2080", ptr %".2081", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2086" = trunc i64 %".2073" to i16
  %".2087" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2086", ptr %".2087", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2090" = trunc i64 %".2073" to i16
  %".2091" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2090", ptr %".2091", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_mpls:
  br label %"mpls_d0_mpls_labels1"
hsr_d0_vlan_tags2.to_mpls.1:
  br label %"mpls_d0_mpls_labels1"
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
  %".2103" = trunc i64 %".2073" to i16
  %".2104" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2103", ptr %".2104", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2107" = trunc i64 %".2073" to i16
  %".2108" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2107", ptr %".2108", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2119" = trunc i64 %"cursor.29" to i32
  %".2120" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2119", [40 x i8]* %"header_copy", i32 4)
  %".2121" = icmp eq i64 %".2120", 0
  %".2122" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2123" = load i32, ptr %".2122", align 4
  %".2124" = zext i32 %".2123" to i64
  %"data.108" = inttoptr i64 %".2124" to ptr
  %".2125" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2126" = load i32, ptr %".2125", align 4
  %".2127" = zext i32 %".2126" to i64
  %"data_end.108" = inttoptr i64 %".2127" to ptr
  %".2128" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.108" = load ptr, ptr %".2128", align 8
  %".2129" = xor i1 %".2121", -1
  br i1 %".2129", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2131" = trunc i64 %".2112" to i16
  %".2132" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2131", ptr %".2132", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2135" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2136" = load volatile i8, [40 x i8]* %".2135", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2142" = trunc i64 %".2138" to i16
  %".2143" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2142", ptr %".2143", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels2.to_ip_version:
  %".2147" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2147", align 1
  %".2149" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.34" = load volatile i32, ptr %".2149", align 4
  %".2150" = and i32 %"flags.34", 4
  %".2151" = icmp ne i32 %".2150", 0
  br i1 %".2151", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels3:
  %"cursor.51" = phi  i64 [%".2138", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.110" = phi  ptr [%"data.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.110" = phi  ptr [%"data_end.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.110" = phi  ptr [%"keys.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %".3947" = add i64 %"cursor.51", 4
  %"hdr.45" = getelementptr i8, ptr %"data.110", i64 %"cursor.51"
  %".3948" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3949" = icmp ugt ptr %".3948", %"data_end.110"
  br i1 %".3949", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3951" = getelementptr i8, ptr %"hdr.45", i64 2
  %".3952" = load i8, ptr %".3951", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3952", %"mpls_d0_mpls_labels3.linear"], [%".3971", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.178" = phi  ptr [%"data.110", %"mpls_d0_mpls_labels3.linear"], [%"data.177", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.110", %"mpls_d0_mpls_labels3.linear"], [%"data_end.177", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.110", %"mpls_d0_mpls_labels3.linear"], [%"keys.177", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3973" = add i64 %"cursor.51", 4
  %".3974" = zext i8 %"w2_1.3" to i64
  %".3975" = and i64 %".3974", 1
  switch i64 %".3975", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels2.stop_at_encap:
  %".2153" = trunc i64 %".2138" to i16
  %".2154" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2153", ptr %".2154", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2157" = getelementptr i8, ptr %"keys.109", i64 12
  store i32 0, ptr %".2157", align 4
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2166" = trunc i64 %"cursor.30" to i32
  %".2167" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2166", [40 x i8]* %"header_copy", i32 1)
  %".2168" = icmp eq i64 %".2167", 0
  %".2169" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2170" = load i32, ptr %".2169", align 4
  %".2171" = zext i32 %".2170" to i64
  %"data.111" = inttoptr i64 %".2171" to ptr
  %".2172" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2173" = load i32, ptr %".2172", align 4
  %".2174" = zext i32 %".2173" to i64
  %"data_end.111" = inttoptr i64 %".2174" to ptr
  %".2175" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.111" = load ptr, ptr %".2175", align 8
  %".2176" = xor i1 %".2168", -1
  br i1 %".2176", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2178" = trunc i64 %"cursor.30" to i16
  %".2179" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2178", ptr %".2179", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2182" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2183" = load volatile i8, [40 x i8]* %".2182", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2189" = trunc i64 %"cursor.30" to i16
  %".2190" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2189", ptr %".2190", align 2
  br label %"return"
ip_version_d1.to_ipv4:
  br label %"ipv4_d1"
ip_version_d1.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2206" = trunc i64 %"cursor.32" to i32
  %".2207" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2206", [40 x i8]* %"header_copy", i32 4)
  %".2208" = icmp eq i64 %".2207", 0
  %".2209" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2210" = load i32, ptr %".2209", align 4
  %".2211" = zext i32 %".2210" to i64
  %"data.113" = inttoptr i64 %".2211" to ptr
  %".2212" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2213" = load i32, ptr %".2212", align 4
  %".2214" = zext i32 %".2213" to i64
  %"data_end.113" = inttoptr i64 %".2214" to ptr
  %".2215" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.113" = load ptr, ptr %".2215", align 8
  %".2216" = xor i1 %".2208", -1
  br i1 %".2216", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2218" = trunc i64 %"cursor.32" to i16
  %".2219" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2218", ptr %".2219", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2222" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2223" = load volatile i16, [40 x i8]* %".2222", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2238" = trunc i64 %".2231" to i16
  %".2239" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2238", ptr %".2239", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  br label %"mpls_d1_mpls_labels1"
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
  %"cursor.52" = phi  i64 [%".2231", %"vlan_d1_vlan_tags1.to_vlan"], [%".2231", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2425", %"hsr_d1_vlan_tags1.to_vlan"], [%".2425", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6435", %"widening.test.18"]
  %"data.115" = phi  ptr [%"data.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.275", %"widening.test.18"]
  %"data_end.115" = phi  ptr [%"data_end.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.275", %"widening.test.18"]
  %"keys.115" = phi  ptr [%"keys.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.18"]
  %"hdr.46" = getelementptr i8, ptr %"data.115", i64 %"cursor.52"
  %".3995" = getelementptr i8, ptr %"hdr.46", i64 4
  %".3996" = icmp ugt ptr %".3995", %"data_end.115"
  br i1 %".3996", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3998" = getelementptr i8, ptr %"hdr.46", i64 2
  %".3999" = load i16, ptr %".3998", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.16" = phi  i16 [%".3999", %"vlan_d1_vlan_tags2.linear"], [%".4018", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.181" = phi  ptr [%"data.115", %"vlan_d1_vlan_tags2.linear"], [%"data.180", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.181" = phi  ptr [%"data_end.115", %"vlan_d1_vlan_tags2.linear"], [%"data_end.180", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.181" = phi  ptr [%"keys.115", %"vlan_d1_vlan_tags2.linear"], [%"keys.180", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".4020" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4021" = zext i16 %".4020" to i64
  %".4022" = trunc i64 %".4021" to i16
  %".4023" = call i16 @"llvm.bswap.i16"(i16 %".4022")
  %".4024" = getelementptr i8, ptr %"keys.181", i64 10
  store i16 %".4023", ptr %".4024", align 2
  %".4026" = add i64 %"cursor.52", 4
  %".4027" = trunc i64 %".4026" to i16
  %".4028" = getelementptr i8, ptr %"keys.181", i64 0
  store i16 %".4027", ptr %".4028", align 2
  %".4030" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4031" = zext i16 %".4030" to i64
  switch i64 %".4031", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2231", %"vlan_d1_vlan_tags1.to_hsr"], [%".2231", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2425", %"hsr_d1_vlan_tags1.to_hsr"], [%".2425", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6424", %"widening.test.17"]
  %"data.116" = phi  ptr [%"data.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.274", %"widening.test.17"]
  %"data_end.116" = phi  ptr [%"data_end.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.274", %"widening.test.17"]
  %"keys.116" = phi  ptr [%"keys.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.116", i64 %"cursor.53"
  %".4065" = getelementptr i8, ptr %"hdr.47", i64 6
  %".4066" = icmp ugt ptr %".4065", %"data_end.116"
  br i1 %".4066", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".4068" = getelementptr i8, ptr %"hdr.47", i64 4
  %".4069" = load i16, ptr %".4068", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".4069", %"hsr_d1_vlan_tags2.linear"], [%".4088", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.183" = phi  ptr [%"data.116", %"hsr_d1_vlan_tags2.linear"], [%"data.182", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.183" = phi  ptr [%"data_end.116", %"hsr_d1_vlan_tags2.linear"], [%"data_end.182", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.183" = phi  ptr [%"keys.116", %"hsr_d1_vlan_tags2.linear"], [%"keys.182", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".4090" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4091" = zext i16 %".4090" to i64
  %".4092" = trunc i64 %".4091" to i16
  %".4093" = call i16 @"llvm.bswap.i16"(i16 %".4092")
  %".4094" = getelementptr i8, ptr %"keys.183", i64 10
  store i16 %".4093", ptr %".4094", align 2
  %".4096" = add i64 %"cursor.53", 6
  %".4097" = trunc i64 %".4096" to i16
  %".4098" = getelementptr i8, ptr %"keys.183", i64 0
  store i16 %".4097", ptr %".4098", align 2
  %".4100" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4101" = zext i16 %".4100" to i64
  switch i64 %".4101", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
mpls_d1_mpls_labels1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2265" = trunc i64 %"cursor.33" to i32
  %".2266" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2265", [40 x i8]* %"header_copy", i32 4)
  %".2267" = icmp eq i64 %".2266", 0
  %".2268" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2269" = load i32, ptr %".2268", align 4
  %".2270" = zext i32 %".2269" to i64
  %"data.117" = inttoptr i64 %".2270" to ptr
  %".2271" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2272" = load i32, ptr %".2271", align 4
  %".2273" = zext i32 %".2272" to i64
  %"data_end.117" = inttoptr i64 %".2273" to ptr
  %".2274" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.117" = load ptr, ptr %".2274", align 8
  %".2275" = xor i1 %".2267", -1
  br i1 %".2275", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2277" = trunc i64 %".2258" to i16
  %".2278" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2277", ptr %".2278", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2281" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2282" = load volatile i8, [40 x i8]* %".2281", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2288" = trunc i64 %".2284" to i16
  %".2289" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2288", ptr %".2289", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_mpls:
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels1.to_ip_version:
  %".2293" = getelementptr i8, ptr %"keys.118", i64 8
  store i8 1, ptr %".2293", align 1
  %".2295" = getelementptr i8, ptr %"keys.118", i64 48
  %"flags.35" = load volatile i32, ptr %".2295", align 4
  %".2296" = and i32 %"flags.35", 4
  %".2297" = icmp ne i32 %".2296", 0
  br i1 %".2297", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels2:
  %"cursor.54" = phi  i64 [%".2284", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.119" = phi  ptr [%"data.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.119" = phi  ptr [%"data_end.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.119" = phi  ptr [%"keys.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %".4135" = add i64 %"cursor.54", 4
  %"hdr.48" = getelementptr i8, ptr %"data.119", i64 %"cursor.54"
  %".4136" = getelementptr i8, ptr %"hdr.48", i64 4
  %".4137" = icmp ugt ptr %".4136", %"data_end.119"
  br i1 %".4137", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".4139" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4140" = load i8, ptr %".4139", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".4140", %"mpls_d1_mpls_labels2.linear"], [%".4159", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.185" = phi  ptr [%"data.119", %"mpls_d1_mpls_labels2.linear"], [%"data.184", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.185" = phi  ptr [%"data_end.119", %"mpls_d1_mpls_labels2.linear"], [%"data_end.184", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.185" = phi  ptr [%"keys.119", %"mpls_d1_mpls_labels2.linear"], [%"keys.184", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4161" = add i64 %"cursor.54", 4
  %".4162" = zext i8 %"w2_1.4" to i64
  %".4163" = and i64 %".4162", 1
  switch i64 %".4163", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels1.stop_at_encap:
  %".2299" = trunc i64 %".2284" to i16
  %".2300" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2299", ptr %".2300", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2303" = getelementptr i8, ptr %"keys.118", i64 12
  store i32 0, ptr %".2303", align 4
  %".2305" = trunc i64 %".2284" to i16
  %".2306" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2305", ptr %".2306", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2319" = trunc i64 %"cursor.34" to i32
  %".2320" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2319", [40 x i8]* %"header_copy", i32 8)
  %".2321" = icmp eq i64 %".2320", 0
  %".2322" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2323" = load i32, ptr %".2322", align 4
  %".2324" = zext i32 %".2323" to i64
  %"data.120" = inttoptr i64 %".2324" to ptr
  %".2325" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2326" = load i32, ptr %".2325", align 4
  %".2327" = zext i32 %".2326" to i64
  %"data_end.120" = inttoptr i64 %".2327" to ptr
  %".2328" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.120" = load ptr, ptr %".2328", align 8
  %".2329" = xor i1 %".2321", -1
  br i1 %".2329", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2331" = trunc i64 %"cursor.34" to i16
  %".2332" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2331", ptr %".2332", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2335" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2336" = load volatile i8, [40 x i8]* %".2335", align 1
  %".2337" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2338" = load volatile i8, [40 x i8]* %".2337", align 1
  %".2339" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2340" = load volatile i16, [40 x i8]* %".2339", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2355" = trunc i64 %"cursor.34" to i16
  %".2356" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2355", ptr %".2356", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2359" = add i64 %"cursor.34", 8
  %".2360" = trunc i64 %".2359" to i16
  %".2361" = getelementptr i8, ptr %"keys.121", i64 0
  store i16 %".2360", ptr %".2361", align 2
  %".2363" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2364" = zext i16 %".2363" to i64
  switch i64 %".2364", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.unknown:
  %".2366" = and i64 %".2364", 257
  %".2367" = icmp eq i64 %".2366", 1
  br i1 %".2367", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2373" = trunc i64 2048 to i16
  %".2374" = call i16 @"llvm.bswap.i16"(i16 %".2373")
  %".2375" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2374", ptr %".2375", align 2
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2378" = trunc i64 34525 to i16
  %".2379" = call i16 @"llvm.bswap.i16"(i16 %".2378")
  %".2380" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2379", ptr %".2380", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2383" = trunc i64 34887 to i16
  %".2384" = call i16 @"llvm.bswap.i16"(i16 %".2383")
  %".2385" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2384", ptr %".2385", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2388" = trunc i64 34888 to i16
  %".2389" = call i16 @"llvm.bswap.i16"(i16 %".2388")
  %".2390" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2389", ptr %".2390", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2369" = trunc i64 %".2359" to i16
  %".2370" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2369", ptr %".2370", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2400" = trunc i64 %"cursor.35" to i32
  %".2401" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2400", [40 x i8]* %"header_copy", i32 6)
  %".2402" = icmp eq i64 %".2401", 0
  %".2403" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2404" = load i32, ptr %".2403", align 4
  %".2405" = zext i32 %".2404" to i64
  %"data.122" = inttoptr i64 %".2405" to ptr
  %".2406" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2407" = load i32, ptr %".2406", align 4
  %".2408" = zext i32 %".2407" to i64
  %"data_end.122" = inttoptr i64 %".2408" to ptr
  %".2409" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.122" = load ptr, ptr %".2409", align 8
  %".2410" = xor i1 %".2402", -1
  br i1 %".2410", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2412" = trunc i64 %"cursor.35" to i16
  %".2413" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2412", ptr %".2413", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2416" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2417" = load volatile i16, [40 x i8]* %".2416", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2432" = trunc i64 %".2425" to i16
  %".2433" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2432", ptr %".2433", align 2
  br label %"return"
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags1.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags1.to_vlan:
  br label %"vlan_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_vlan.1:
  br label %"vlan_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_mpls:
  br label %"mpls_d1_mpls_labels1"
hsr_d1_vlan_tags1.to_mpls.1:
  br label %"mpls_d1_mpls_labels1"
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
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2462" = trunc i64 %"cursor.36" to i32
  %".2463" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2462", [40 x i8]* %"header_copy", i32 24)
  %".2464" = icmp eq i64 %".2463", 0
  %".2465" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2466" = load i32, ptr %".2465", align 4
  %".2467" = zext i32 %".2466" to i64
  %"data.124" = inttoptr i64 %".2467" to ptr
  %".2468" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2469" = load i32, ptr %".2468", align 4
  %".2470" = zext i32 %".2469" to i64
  %"data_end.124" = inttoptr i64 %".2470" to ptr
  %".2471" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.124" = load ptr, ptr %".2471", align 8
  %".2472" = xor i1 %".2464", -1
  br i1 %".2472", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2474" = trunc i64 %"cursor.36" to i16
  %".2475" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2474", ptr %".2475", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2478" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2479" = load volatile i8, [40 x i8]* %".2478", align 1
  %".2480" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2481" = load volatile i8, [40 x i8]* %".2480", align 1
  %".2482" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2483" = load volatile i16, [40 x i8]* %".2482", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2492" = trunc i64 %"cursor.36" to i16
  %".2493" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2492", ptr %".2493", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2496" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2497" = zext i16 %".2496" to i64
  %".2498" = trunc i64 %".2497" to i16
  %".2499" = call i16 @"llvm.bswap.i16"(i16 %".2498")
  %".2500" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".2499", ptr %".2500", align 2
  %".2502" = add i64 %"cursor.36", 24
  %".2503" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2504" = zext i16 %".2503" to i64
  switch i64 %".2504", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.unknown:
  %".2506" = trunc i64 %".2502" to i16
  %".2507" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2506", ptr %".2507", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".2510" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2510", align 1
  %".2512" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.36" = load volatile i32, ptr %".2512", align 4
  %".2513" = and i32 %"flags.36", 4
  %".2514" = icmp ne i32 %".2513", 0
  br i1 %".2514", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".2526" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2526", align 1
  %".2528" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.37" = load volatile i32, ptr %".2528", align 4
  %".2529" = and i32 %"flags.37", 4
  %".2530" = icmp ne i32 %".2529", 0
  br i1 %".2530", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2542" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2542", align 1
  %".2544" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.38" = load volatile i32, ptr %".2544", align 4
  %".2545" = and i32 %"flags.38", 4
  %".2546" = icmp ne i32 %".2545", 0
  br i1 %".2546", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2558" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2558", align 1
  %".2560" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.39" = load volatile i32, ptr %".2560", align 4
  %".2561" = and i32 %"flags.39", 4
  %".2562" = icmp ne i32 %".2561", 0
  br i1 %".2562", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2574" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2574", align 1
  %".2576" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.40" = load volatile i32, ptr %".2576", align 4
  %".2577" = and i32 %"flags.40", 4
  %".2578" = icmp ne i32 %".2577", 0
  br i1 %".2578", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2590" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2590", align 1
  %".2592" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.41" = load volatile i32, ptr %".2592", align 4
  %".2593" = and i32 %"flags.41", 4
  %".2594" = icmp ne i32 %".2593", 0
  br i1 %".2594", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2606" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2606", align 1
  %".2608" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.42" = load volatile i32, ptr %".2608", align 4
  %".2609" = and i32 %"flags.42", 4
  %".2610" = icmp ne i32 %".2609", 0
  br i1 %".2610", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2622" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2622", align 1
  %".2624" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.43" = load volatile i32, ptr %".2624", align 4
  %".2625" = and i32 %"flags.43", 4
  %".2626" = icmp ne i32 %".2625", 0
  br i1 %".2626", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2638" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2638", align 1
  %".2640" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.44" = load volatile i32, ptr %".2640", align 4
  %".2641" = and i32 %"flags.44", 4
  %".2642" = icmp ne i32 %".2641", 0
  br i1 %".2642", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2654" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2654", align 1
  %".2656" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.45" = load volatile i32, ptr %".2656", align 4
  %".2657" = and i32 %"flags.45", 4
  %".2658" = icmp ne i32 %".2657", 0
  br i1 %".2658", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2670" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2670", align 1
  %".2672" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.46" = load volatile i32, ptr %".2672", align 4
  %".2673" = and i32 %"flags.46", 4
  %".2674" = icmp ne i32 %".2673", 0
  br i1 %".2674", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2686" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2686", align 1
  %".2688" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.47" = load volatile i32, ptr %".2688", align 4
  %".2689" = and i32 %"flags.47", 4
  %".2690" = icmp ne i32 %".2689", 0
  br i1 %".2690", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2702" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2702", align 1
  %".2704" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.48" = load volatile i32, ptr %".2704", align 4
  %".2705" = and i32 %"flags.48", 4
  %".2706" = icmp ne i32 %".2705", 0
  br i1 %".2706", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2718" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2718", align 1
  %".2720" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.49" = load volatile i32, ptr %".2720", align 4
  %".2721" = and i32 %"flags.49", 4
  %".2722" = icmp ne i32 %".2721", 0
  br i1 %".2722", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2734" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2734", align 1
  %".2736" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.50" = load volatile i32, ptr %".2736", align 4
  %".2737" = and i32 %"flags.50", 4
  %".2738" = icmp ne i32 %".2737", 0
  br i1 %".2738", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2750" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2750", align 1
  %".2752" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.51" = load volatile i32, ptr %".2752", align 4
  %".2753" = and i32 %"flags.51", 4
  %".2754" = icmp ne i32 %".2753", 0
  br i1 %".2754", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2516" = trunc i64 %".2502" to i16
  %".2517" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2516", ptr %".2517", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2520" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2520", align 4
  %".2522" = trunc i64 %".2502" to i16
  %".2523" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2522", ptr %".2523", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2532" = trunc i64 %".2502" to i16
  %".2533" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2532", ptr %".2533", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2536" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2536", align 4
  %".2538" = trunc i64 %".2502" to i16
  %".2539" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2538", ptr %".2539", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2548" = trunc i64 %".2502" to i16
  %".2549" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2548", ptr %".2549", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2552" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2552", align 4
  %".2554" = trunc i64 %".2502" to i16
  %".2555" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2554", ptr %".2555", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2564" = trunc i64 %".2502" to i16
  %".2565" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2564", ptr %".2565", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2568" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2568", align 4
  %".2570" = trunc i64 %".2502" to i16
  %".2571" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2570", ptr %".2571", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2580" = trunc i64 %".2502" to i16
  %".2581" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2580", ptr %".2581", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2584" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2584", align 4
  %".2586" = trunc i64 %".2502" to i16
  %".2587" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2586", ptr %".2587", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2596" = trunc i64 %".2502" to i16
  %".2597" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2596", ptr %".2597", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2600" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2600", align 4
  %".2602" = trunc i64 %".2502" to i16
  %".2603" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2602", ptr %".2603", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2612" = trunc i64 %".2502" to i16
  %".2613" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2612", ptr %".2613", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2616" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2616", align 4
  %".2618" = trunc i64 %".2502" to i16
  %".2619" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2618", ptr %".2619", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2628" = trunc i64 %".2502" to i16
  %".2629" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2628", ptr %".2629", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2632" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2632", align 4
  %".2634" = trunc i64 %".2502" to i16
  %".2635" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2634", ptr %".2635", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2644" = trunc i64 %".2502" to i16
  %".2645" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2644", ptr %".2645", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2648" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2648", align 4
  %".2650" = trunc i64 %".2502" to i16
  %".2651" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2650", ptr %".2651", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2660" = trunc i64 %".2502" to i16
  %".2661" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2660", ptr %".2661", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2664" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2664", align 4
  %".2666" = trunc i64 %".2502" to i16
  %".2667" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2666", ptr %".2667", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2676" = trunc i64 %".2502" to i16
  %".2677" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2676", ptr %".2677", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2680" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2680", align 4
  %".2682" = trunc i64 %".2502" to i16
  %".2683" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2682", ptr %".2683", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2692" = trunc i64 %".2502" to i16
  %".2693" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2692", ptr %".2693", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2696" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2696", align 4
  %".2698" = trunc i64 %".2502" to i16
  %".2699" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2698", ptr %".2699", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2708" = trunc i64 %".2502" to i16
  %".2709" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2708", ptr %".2709", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2712" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2712", align 4
  %".2714" = trunc i64 %".2502" to i16
  %".2715" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2714", ptr %".2715", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2724" = trunc i64 %".2502" to i16
  %".2725" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2724", ptr %".2725", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2728" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2728", align 4
  %".2730" = trunc i64 %".2502" to i16
  %".2731" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2730", ptr %".2731", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2740" = trunc i64 %".2502" to i16
  %".2741" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2740", ptr %".2741", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2744" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2744", align 4
  %".2746" = trunc i64 %".2502" to i16
  %".2747" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2746", ptr %".2747", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2756" = trunc i64 %".2502" to i16
  %".2757" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2756", ptr %".2757", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2760" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2760", align 4
  %".2762" = trunc i64 %".2502" to i16
  %".2763" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2762", ptr %".2763", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2772" = trunc i64 %"cursor.37" to i32
  %".2773" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2772", [40 x i8]* %"header_copy", i32 20)
  %".2774" = icmp eq i64 %".2773", 0
  %".2775" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2776" = load i32, ptr %".2775", align 4
  %".2777" = zext i32 %".2776" to i64
  %"data.126" = inttoptr i64 %".2777" to ptr
  %".2778" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2779" = load i32, ptr %".2778", align 4
  %".2780" = zext i32 %".2779" to i64
  %"data_end.126" = inttoptr i64 %".2780" to ptr
  %".2781" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.126" = load ptr, ptr %".2781", align 8
  %".2782" = xor i1 %".2774", -1
  br i1 %".2782", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2784" = trunc i64 %"cursor.37" to i16
  %".2785" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2784", ptr %".2785", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2788" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2789" = load volatile i8, [40 x i8]* %".2788", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2797" = trunc i64 %"cursor.37" to i16
  %".2798" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2797", ptr %".2798", align 2
  br label %"return"
tcp_header.require.endif:
  %".2801" = add i64 %"cursor.37", 20
  %".2802" = zext i8 %"w12_1" to i64
  %".2803" = lshr i64 %".2802", 4
  %".2804" = and i64 %".2803", 15
  %".2805" = mul i64 %".2804", 4
  %".2806" = sub i64 %".2805", 20
  %".2807" = add i64 %".2806", 20
  %".2808" = getelementptr i8, ptr %"data.127", i64 %"cursor.37"
  %".2809" = getelementptr i8, ptr %".2808", i64 %".2807"
  %".2810" = icmp ugt ptr %".2809", %"data_end.127"
  br i1 %".2810", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.129" = phi  ptr [%"data.127", %"tcp_header.require.endif"], [%"data.128", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.127", %"tcp_header.require.endif"], [%"data_end.128", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.127", %"tcp_header.require.endif"], [%"keys.128", %"tcp_header.copy_last_byte_failed.endif"]
  %".2831" = add i64 %"cursor.37", %".2807"
  %".2832" = add i64 %"cursor.37", 20
  %".2833" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2832")
  %".2834" = icmp eq i64 %".2806", 0
  %"end.3" = select  i1 %".2834", i64 %".2833", i64 %".2831"
  %".2835" = trunc i64 %"cursor.37" to i16
  %".2836" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2835", ptr %".2836", align 2
  br label %"return"
tcp_header.copy_last_byte:
  %".2812" = add i64 %"cursor.37", %".2807"
  %".2813" = sub i64 %".2812", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2814" = trunc i64 %".2813" to i32
  %".2815" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2814", i64* %"last_byte", i32 1)
  %".2816" = icmp eq i64 %".2815", 0
  %".2817" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2818" = load i32, ptr %".2817", align 4
  %".2819" = zext i32 %".2818" to i64
  %"data.128" = inttoptr i64 %".2819" to ptr
  %".2820" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2821" = load i32, ptr %".2820", align 4
  %".2822" = zext i32 %".2821" to i64
  %"data_end.128" = inttoptr i64 %".2822" to ptr
  %".2823" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.128" = load ptr, ptr %".2823", align 8
  %".2824" = xor i1 %".2816", -1
  br i1 %".2824", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2826" = trunc i64 %"cursor.37" to i16
  %".2827" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2826", ptr %".2827", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2843" = trunc i64 %"cursor.38" to i32
  %".2844" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2843", [40 x i8]* %"header_copy", i32 8)
  %".2845" = icmp eq i64 %".2844", 0
  %".2846" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2847" = load i32, ptr %".2846", align 4
  %".2848" = zext i32 %".2847" to i64
  %"data.130" = inttoptr i64 %".2848" to ptr
  %".2849" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2850" = load i32, ptr %".2849", align 4
  %".2851" = zext i32 %".2850" to i64
  %"data_end.130" = inttoptr i64 %".2851" to ptr
  %".2852" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.130" = load ptr, ptr %".2852", align 8
  %".2853" = xor i1 %".2845", -1
  br i1 %".2853", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2855" = trunc i64 %"cursor.38" to i16
  %".2856" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2855", ptr %".2856", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2867" = trunc i64 %".2860" to i16
  %".2868" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2867", ptr %".2868", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2871" = getelementptr i8, ptr %"keys.131", i64 12
  store i32 0, ptr %".2871", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.unknown:
  %".2874" = trunc i64 %".2860" to i16
  %".2875" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2874", ptr %".2875", align 2
  br label %"return"
vxlan_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.55" = phi  i64 [%".2860", %"vxlan_d0.to_ethernet"], [%"end.4", %"geneve_d0.to_ethernet"], [%"end.6", %"gre_d0.to_ethernet"], [%".6391", %"widening.test.14"]
  %"data.132" = phi  ptr [%"data.131", %"vxlan_d0.to_ethernet"], [%"data.136", %"geneve_d0.to_ethernet"], [%"data.148", %"gre_d0.to_ethernet"], [%"data.271", %"widening.test.14"]
  %"data_end.132" = phi  ptr [%"data_end.131", %"vxlan_d0.to_ethernet"], [%"data_end.136", %"geneve_d0.to_ethernet"], [%"data_end.148", %"gre_d0.to_ethernet"], [%"data_end.271", %"widening.test.14"]
  %"keys.132" = phi  ptr [%"keys.131", %"vxlan_d0.to_ethernet"], [%"keys.136", %"geneve_d0.to_ethernet"], [%"keys.148", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.14"]
  %"hdr.49" = getelementptr i8, ptr %"data.132", i64 %"cursor.55"
  %".4186" = getelementptr i8, ptr %"hdr.49", i64 14
  %".4187" = icmp ugt ptr %".4186", %"data_end.132"
  br i1 %".4187", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4189" = getelementptr i8, ptr %"hdr.49", i64 12
  %".4190" = load i16, ptr %".4189", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4190", %"ethernet_d1.linear"], [%".4209", %"ethernet_d1.copy_failed.endif"]
  %"data.188" = phi  ptr [%"data.132", %"ethernet_d1.linear"], [%"data.187", %"ethernet_d1.copy_failed.endif"]
  %"data_end.188" = phi  ptr [%"data_end.132", %"ethernet_d1.linear"], [%"data_end.187", %"ethernet_d1.copy_failed.endif"]
  %"keys.188" = phi  ptr [%"keys.132", %"ethernet_d1.linear"], [%"keys.187", %"ethernet_d1.copy_failed.endif"]
  %".4211" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4212" = zext i16 %".4211" to i64
  %".4213" = trunc i64 %".4212" to i16
  %".4214" = call i16 @"llvm.bswap.i16"(i16 %".4213")
  %".4215" = getelementptr i8, ptr %"keys.188", i64 10
  store i16 %".4214", ptr %".4215", align 2
  %".4217" = add i64 %"cursor.55", 14
  %".4218" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4219" = zext i16 %".4218" to i64
  switch i64 %".4219", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
geneve_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2887" = trunc i64 %"cursor.39" to i32
  %".2888" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2887", [40 x i8]* %"header_copy", i32 8)
  %".2889" = icmp eq i64 %".2888", 0
  %".2890" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2891" = load i32, ptr %".2890", align 4
  %".2892" = zext i32 %".2891" to i64
  %"data.133" = inttoptr i64 %".2892" to ptr
  %".2893" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2894" = load i32, ptr %".2893", align 4
  %".2895" = zext i32 %".2894" to i64
  %"data_end.133" = inttoptr i64 %".2895" to ptr
  %".2896" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.133" = load ptr, ptr %".2896", align 8
  %".2897" = xor i1 %".2889", -1
  br i1 %".2897", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2899" = trunc i64 %"cursor.39" to i16
  %".2900" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2899", ptr %".2900", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2903" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2904" = load volatile i8, [40 x i8]* %".2903", align 1
  %".2905" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2906" = load volatile i16, [40 x i8]* %".2905", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2913" = trunc i64 %"cursor.39" to i16
  %".2914" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2913", ptr %".2914", align 2
  br label %"return"
geneve_d0.stop_before.endif:
  %".2917" = add i64 %"cursor.39", 8
  %".2918" = zext i8 %"w0_1.10" to i64
  %".2919" = and i64 %".2918", 63
  %".2920" = mul i64 %".2919", 4
  %".2921" = add i64 %".2920", 8
  %".2922" = getelementptr i8, ptr %"data.134", i64 %"cursor.39"
  %".2923" = getelementptr i8, ptr %".2922", i64 %".2921"
  %".2924" = icmp ugt ptr %".2923", %"data_end.134"
  br i1 %".2924", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.136" = phi  ptr [%"data.134", %"geneve_d0.stop_before.endif"], [%"data.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.134", %"geneve_d0.stop_before.endif"], [%"data_end.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.134", %"geneve_d0.stop_before.endif"], [%"keys.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %".2945" = add i64 %"cursor.39", %".2921"
  %".2946" = add i64 %"cursor.39", 8
  %".2947" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2946")
  %".2948" = icmp eq i64 %".2920", 0
  %"end.4" = select  i1 %".2948", i64 %".2947", i64 %".2945"
  %".2949" = getelementptr i8, ptr %"keys.136", i64 8
  store i8 1, ptr %".2949", align 1
  %".2951" = getelementptr i8, ptr %"keys.136", i64 48
  %"flags.53" = load volatile i32, ptr %".2951", align 4
  %".2952" = and i32 %"flags.53", 4
  %".2953" = icmp ne i32 %".2952", 0
  br i1 %".2953", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
geneve_d0.copy_last_byte:
  %".2926" = add i64 %"cursor.39", %".2921"
  %".2927" = sub i64 %".2926", 1
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2928" = trunc i64 %".2927" to i32
  %".2929" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2928", i64* %"last_byte", i32 1)
  %".2930" = icmp eq i64 %".2929", 0
  %".2931" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2932" = load i32, ptr %".2931", align 4
  %".2933" = zext i32 %".2932" to i64
  %"data.135" = inttoptr i64 %".2933" to ptr
  %".2934" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2935" = load i32, ptr %".2934", align 4
  %".2936" = zext i32 %".2935" to i64
  %"data_end.135" = inttoptr i64 %".2936" to ptr
  %".2937" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.135" = load ptr, ptr %".2937", align 8
  %".2938" = xor i1 %".2930", -1
  br i1 %".2938", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2940" = trunc i64 %"cursor.39" to i16
  %".2941" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".2940", ptr %".2941", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2955" = trunc i64 %"end.4" to i16
  %".2956" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2955", ptr %".2956", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2959" = getelementptr i8, ptr %"keys.136", i64 12
  store i32 0, ptr %".2959", align 4
  %".2961" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2962" = zext i16 %".2961" to i64
  switch i64 %".2962", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]  , !prof !5
geneve_d0.unknown:
  %".2964" = trunc i64 %"end.4" to i16
  %".2965" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2964", ptr %".2965", align 2
  br label %"return"
geneve_d0.to_ethernet:
  br label %"ethernet_d1"
geneve_d0.to_ipv4:
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2979" = trunc i64 %"cursor.40" to i32
  %".2980" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2979", [40 x i8]* %"header_copy", i32 4)
  %".2981" = icmp eq i64 %".2980", 0
  %".2982" = getelementptr i8, ptr %"ctx.41", i64 76
  %".2983" = load i32, ptr %".2982", align 4
  %".2984" = zext i32 %".2983" to i64
  %"data.137" = inttoptr i64 %".2984" to ptr
  %".2985" = getelementptr i8, ptr %"ctx.41", i64 80
  %".2986" = load i32, ptr %".2985", align 4
  %".2987" = zext i32 %".2986" to i64
  %"data_end.137" = inttoptr i64 %".2987" to ptr
  %".2988" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.137" = load ptr, ptr %".2988", align 8
  %".2989" = xor i1 %".2981", -1
  br i1 %".2989", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".2991" = trunc i64 %"cursor.40" to i16
  %".2992" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".2991", ptr %".2992", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".2995" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2996" = load volatile i8, [40 x i8]* %".2995", align 1
  %".2997" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2998" = load volatile i8, [40 x i8]* %".2997", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".3010" = trunc i64 %"cursor.40" to i16
  %".3011" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3010", ptr %".3011", align 2
  br label %"return"
gue_d0.stop_before.endif:
  %".3014" = add i64 %"cursor.40", 4
  %".3015" = zext i8 %"w0_1.11" to i64
  %".3016" = and i64 %".3015", 31
  %".3017" = mul i64 %".3016", 4
  %".3018" = add i64 %".3017", 4
  %".3019" = getelementptr i8, ptr %"data.138", i64 %"cursor.40"
  %".3020" = getelementptr i8, ptr %".3019", i64 %".3018"
  %".3021" = icmp ugt ptr %".3020", %"data_end.138"
  br i1 %".3021", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.140" = phi  ptr [%"data.138", %"gue_d0.stop_before.endif"], [%"data.139", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.138", %"gue_d0.stop_before.endif"], [%"data_end.139", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.138", %"gue_d0.stop_before.endif"], [%"keys.139", %"gue_d0.copy_last_byte_failed.endif"]
  %".3042" = add i64 %"cursor.40", %".3018"
  %".3043" = add i64 %"cursor.40", 4
  %".3044" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3043")
  %".3045" = icmp eq i64 %".3017", 0
  %"end.5" = select  i1 %".3045", i64 %".3044", i64 %".3042"
  %".3046" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3046", align 1
  %".3048" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.54" = load volatile i32, ptr %".3048", align 4
  %".3049" = and i32 %"flags.54", 4
  %".3050" = icmp ne i32 %".3049", 0
  br i1 %".3050", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gue_d0.copy_last_byte:
  %".3023" = add i64 %"cursor.40", %".3018"
  %".3024" = sub i64 %".3023", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3025" = trunc i64 %".3024" to i32
  %".3026" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3025", i64* %"last_byte", i32 1)
  %".3027" = icmp eq i64 %".3026", 0
  %".3028" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3029" = load i32, ptr %".3028", align 4
  %".3030" = zext i32 %".3029" to i64
  %"data.139" = inttoptr i64 %".3030" to ptr
  %".3031" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3032" = load i32, ptr %".3031", align 4
  %".3033" = zext i32 %".3032" to i64
  %"data_end.139" = inttoptr i64 %".3033" to ptr
  %".3034" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.139" = load ptr, ptr %".3034", align 8
  %".3035" = xor i1 %".3027", -1
  br i1 %".3035", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".3037" = trunc i64 %"cursor.40" to i16
  %".3038" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3037", ptr %".3038", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".3052" = trunc i64 %"end.5" to i16
  %".3053" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3052", ptr %".3053", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".3056" = getelementptr i8, ptr %"keys.140", i64 12
  store i32 0, ptr %".3056", align 4
  %".3058" = zext i8 %"w1_1.6" to i64
  switch i64 %".3058", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.unknown:
  %".3060" = trunc i64 %"end.5" to i16
  %".3061" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3060", ptr %".3061", align 2
  br label %"return"
gue_d0.to_ipv4:
  br label %"ipv4_d1"
gue_d0.to_ipv6:
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3074" = trunc i64 %"cursor.41" to i32
  %".3075" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3074", [40 x i8]* %"header_copy", i32 8)
  %".3076" = icmp eq i64 %".3075", 0
  %".3077" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3078" = load i32, ptr %".3077", align 4
  %".3079" = zext i32 %".3078" to i64
  %"data.141" = inttoptr i64 %".3079" to ptr
  %".3080" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3081" = load i32, ptr %".3080", align 4
  %".3082" = zext i32 %".3081" to i64
  %"data_end.141" = inttoptr i64 %".3082" to ptr
  %".3083" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.141" = load ptr, ptr %".3083", align 8
  %".3084" = xor i1 %".3076", -1
  br i1 %".3084", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".3086" = trunc i64 %"cursor.41" to i16
  %".3087" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3086", ptr %".3087", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".3090" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3091" = load volatile i8, [40 x i8]* %".3090", align 1
  %".3092" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3093" = load volatile i8, [40 x i8]* %".3092", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3108" = trunc i64 %"cursor.41" to i16
  %".3109" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3108", ptr %".3109", align 2
  br label %"return"
gtpu_d0.stop_before.endif:
  %".3112" = add i64 %"cursor.41", 8
  %".3113" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".3113", align 1
  %".3115" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.55" = load volatile i32, ptr %".3115", align 4
  %".3116" = and i32 %"flags.55", 4
  %".3117" = icmp ne i32 %".3116", 0
  br i1 %".3117", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
gtpu_d0.stop_at_encap:
  %".3119" = trunc i64 %".3112" to i16
  %".3120" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3119", ptr %".3120", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".3123" = getelementptr i8, ptr %"keys.142", i64 12
  store i32 0, ptr %".3123", align 4
  %".3125" = zext i8 %"w0_1.12" to i64
  %".3126" = lshr i64 %".3125", 2
  %".3127" = and i64 %".3126", 1
  %".3128" = mul i64 %".3127", 4
  %".3129" = zext i8 %"w0_1.12" to i64
  %".3130" = lshr i64 %".3129", 1
  %".3131" = and i64 %".3130", 1
  %".3132" = mul i64 %".3131", 2
  %".3133" = add i64 %".3128", %".3132"
  %".3134" = zext i8 %"w0_1.12" to i64
  %".3135" = and i64 %".3134", 1
  %".3136" = add i64 %".3133", %".3135"
  %".3137" = icmp uge i64 %".3136", 1
  %".3138" = icmp ule i64 %".3136", 3
  %".3139" = and i1 %".3137", %".3138"
  br i1 %".3139", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".3146" = trunc i64 %".3112" to i16
  %".3147" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3146", ptr %".3147", align 2
  br label %"return"
gtpu_d0.to_ip_version:
  br label %"ip_version_d1"
gtpu_d0.to_gtpu_opt:
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3141" = icmp uge i64 %".3136", 4
  %".3142" = icmp ule i64 %".3136", 7
  %".3143" = and i1 %".3141", %".3142"
  br i1 %".3143", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".3136", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_opt_d1:
  %"cursor.56" = phi  i64 [%".3112", %"gtpu_d0.to_gtpu_opt"]
  %"data.143" = phi  ptr [%"data.142", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.143" = phi  ptr [%"data_end.142", %"gtpu_d0.to_gtpu_opt"]
  %"keys.143" = phi  ptr [%"keys.142", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.50" = getelementptr i8, ptr %"data.143", i64 %"cursor.56"
  %".4241" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4242" = icmp ugt ptr %".4241", %"data_end.143"
  br i1 %".4242", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.190" = phi  ptr [%"data.143", %"gtpu_opt_d1.linear"], [%"data.189", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.190" = phi  ptr [%"data_end.143", %"gtpu_opt_d1.linear"], [%"data_end.189", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.190" = phi  ptr [%"keys.143", %"gtpu_opt_d1.linear"], [%"keys.189", %"gtpu_opt_d1.copy_failed.endif"]
  %".4262" = add i64 %"cursor.56", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".3112", %"gtpu_d0.to_gtpu_seq"]
  %"data.144" = phi  ptr [%"data.142", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gtpu_d0.to_gtpu_seq"]
  %"keys.144" = phi  ptr [%"keys.142", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.51" = getelementptr i8, ptr %"data.144", i64 %"cursor.57"
  %".4269" = getelementptr i8, ptr %"hdr.51", i64 3
  %".4270" = icmp ugt ptr %".4269", %"data_end.144"
  br i1 %".4270", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.192" = phi  ptr [%"data.144", %"gtpu_seq_d1.linear"], [%"data.191", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.192" = phi  ptr [%"data_end.144", %"gtpu_seq_d1.linear"], [%"data_end.191", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.192" = phi  ptr [%"keys.144", %"gtpu_seq_d1.linear"], [%"keys.191", %"gtpu_seq_d1.copy_failed.endif"]
  %".4290" = add i64 %"cursor.57", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
shim_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3159" = trunc i64 %"cursor.42" to i32
  %".3160" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3159", [40 x i8]* %"header_copy", i32 8)
  %".3161" = icmp eq i64 %".3160", 0
  %".3162" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3163" = load i32, ptr %".3162", align 4
  %".3164" = zext i32 %".3163" to i64
  %"data.145" = inttoptr i64 %".3164" to ptr
  %".3165" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3166" = load i32, ptr %".3165", align 4
  %".3167" = zext i32 %".3166" to i64
  %"data_end.145" = inttoptr i64 %".3167" to ptr
  %".3168" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.145" = load ptr, ptr %".3168", align 8
  %".3169" = xor i1 %".3161", -1
  br i1 %".3169", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3171" = trunc i64 %"cursor.42" to i16
  %".3172" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3171", ptr %".3172", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3175" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3176" = load volatile i16, [40 x i8]* %".3175", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3185" = trunc i64 %".3178" to i16
  %".3186" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3185", ptr %".3186", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".3189" = getelementptr i8, ptr %"keys.146", i64 12
  store i32 0, ptr %".3189", align 4
  %".3191" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3192" = zext i16 %".3191" to i64
  switch i64 %".3192", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.unknown:
  %".3194" = trunc i64 %".3178" to i16
  %".3195" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3194", ptr %".3195", align 2
  br label %"return"
shim_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.stop_before:
  %".3208" = trunc i64 %"cursor.43" to i16
  %".3209" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".3208", ptr %".3209", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".3212" = add i64 %"cursor.43", 4
  %".3213" = zext i8 %"w0_1.3" to i64
  %".3214" = lshr i64 %".3213", 7
  %".3215" = and i64 %".3214", 1
  %".3216" = zext i8 %"w0_1.3" to i64
  %".3217" = lshr i64 %".3216", 5
  %".3218" = and i64 %".3217", 1
  %".3219" = add i64 %".3215", %".3218"
  %".3220" = zext i8 %"w0_1.3" to i64
  %".3221" = lshr i64 %".3220", 4
  %".3222" = and i64 %".3221", 1
  %".3223" = add i64 %".3219", %".3222"
  %".3224" = mul i64 %".3223", 4
  %".3225" = add i64 %".3224", 4
  %".3226" = getelementptr i8, ptr %"data.76", i64 %"cursor.43"
  %".3227" = getelementptr i8, ptr %".3226", i64 %".3225"
  %".3228" = icmp ugt ptr %".3227", %"data_end.76"
  br i1 %".3228", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.148" = phi  ptr [%"data.76", %"gre_d0.stop_before.endif"], [%"data.147", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.76", %"gre_d0.stop_before.endif"], [%"data_end.147", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.76", %"gre_d0.stop_before.endif"], [%"keys.147", %"gre_d0.copy_last_byte_failed.endif"]
  %".3249" = add i64 %"cursor.43", %".3225"
  %".3250" = add i64 %"cursor.43", 4
  %".3251" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3250")
  %".3252" = icmp eq i64 %".3224", 0
  %"end.6" = select  i1 %".3252", i64 %".3251", i64 %".3249"
  %".3253" = getelementptr i8, ptr %"keys.148", i64 8
  store i8 1, ptr %".3253", align 1
  %".3255" = getelementptr i8, ptr %"keys.148", i64 48
  %"flags.57" = load volatile i32, ptr %".3255", align 4
  %".3256" = and i32 %"flags.57", 4
  %".3257" = icmp ne i32 %".3256", 0
  br i1 %".3257", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".3230" = add i64 %"cursor.43", %".3225"
  %".3231" = sub i64 %".3230", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3232" = trunc i64 %".3231" to i32
  %".3233" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3232", i64* %"last_byte", i32 1)
  %".3234" = icmp eq i64 %".3233", 0
  %".3235" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3236" = load i32, ptr %".3235", align 4
  %".3237" = zext i32 %".3236" to i64
  %"data.147" = inttoptr i64 %".3237" to ptr
  %".3238" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3239" = load i32, ptr %".3238", align 4
  %".3240" = zext i32 %".3239" to i64
  %"data_end.147" = inttoptr i64 %".3240" to ptr
  %".3241" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.147" = load ptr, ptr %".3241", align 8
  %".3242" = xor i1 %".3234", -1
  br i1 %".3242", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3244" = trunc i64 %"cursor.43" to i16
  %".3245" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3244", ptr %".3245", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3259" = trunc i64 %"end.6" to i16
  %".3260" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3259", ptr %".3260", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3263" = getelementptr i8, ptr %"keys.148", i64 12
  store i32 0, ptr %".3263", align 4
  %".3265" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3266" = zext i16 %".3265" to i64
  %".3267" = trunc i64 %".3266" to i16
  %".3268" = call i16 @"llvm.bswap.i16"(i16 %".3267")
  %".3269" = getelementptr i8, ptr %"keys.148", i64 10
  store i16 %".3268", ptr %".3269", align 2
  %".3271" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3272" = zext i16 %".3271" to i64
  switch i64 %".3272", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !6
gre_d0.unknown:
  %".3274" = trunc i64 %"end.6" to i16
  %".3275" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3274", ptr %".3275", align 2
  br label %"return"
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  br label %"ipv6_d1"
gre_d0.to_vlan:
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_vlan.1:
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_mpls:
  br label %"mpls_d1_mpls_labels1"
gre_d0.to_mpls.1:
  br label %"mpls_d1_mpls_labels1"
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
pptp_d0.stop_before:
  %".3304" = trunc i64 %"cursor.44" to i16
  %".3305" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".3304", ptr %".3305", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".3308" = add i64 %"cursor.44", 4
  %".3309" = zext i8 %"w0_1.3" to i64
  %".3310" = lshr i64 %".3309", 7
  %".3311" = and i64 %".3310", 1
  %".3312" = zext i8 %"w0_1.3" to i64
  %".3313" = lshr i64 %".3312", 5
  %".3314" = and i64 %".3313", 1
  %".3315" = add i64 %".3311", %".3314"
  %".3316" = zext i8 %"w0_1.3" to i64
  %".3317" = lshr i64 %".3316", 4
  %".3318" = and i64 %".3317", 1
  %".3319" = add i64 %".3315", %".3318"
  %".3320" = zext i8 %"w1_1.2" to i64
  %".3321" = lshr i64 %".3320", 7
  %".3322" = and i64 %".3321", 1
  %".3323" = add i64 %".3319", %".3322"
  %".3324" = mul i64 %".3323", 4
  %".3325" = add i64 %".3324", 4
  %".3326" = getelementptr i8, ptr %"data.77", i64 %"cursor.44"
  %".3327" = getelementptr i8, ptr %".3326", i64 %".3325"
  %".3328" = icmp ugt ptr %".3327", %"data_end.77"
  br i1 %".3328", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.150" = phi  ptr [%"data.77", %"pptp_d0.stop_before.endif"], [%"data.149", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.150" = phi  ptr [%"data_end.77", %"pptp_d0.stop_before.endif"], [%"data_end.149", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.150" = phi  ptr [%"keys.77", %"pptp_d0.stop_before.endif"], [%"keys.149", %"pptp_d0.copy_last_byte_failed.endif"]
  %".3349" = add i64 %"cursor.44", %".3325"
  %".3350" = add i64 %"cursor.44", 4
  %".3351" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3350")
  %".3352" = icmp eq i64 %".3324", 0
  %"end.7" = select  i1 %".3352", i64 %".3351", i64 %".3349"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".3330" = add i64 %"cursor.44", %".3325"
  %".3331" = sub i64 %".3330", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3332" = trunc i64 %".3331" to i32
  %".3333" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3332", i64* %"last_byte", i32 1)
  %".3334" = icmp eq i64 %".3333", 0
  %".3335" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3336" = load i32, ptr %".3335", align 4
  %".3337" = zext i32 %".3336" to i64
  %"data.149" = inttoptr i64 %".3337" to ptr
  %".3338" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3339" = load i32, ptr %".3338", align 4
  %".3340" = zext i32 %".3339" to i64
  %"data_end.149" = inttoptr i64 %".3340" to ptr
  %".3341" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.149" = load ptr, ptr %".3341", align 8
  %".3342" = xor i1 %".3334", -1
  br i1 %".3342", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3344" = trunc i64 %"cursor.44" to i16
  %".3345" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3344", ptr %".3345", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3354" = trunc i64 %"end.7" to i16
  %".3355" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3354", ptr %".3355", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.58" = phi  i64 [%"end.7", %"pptp_d0.to_ppp"]
  %"data.151" = phi  ptr [%"data.150", %"pptp_d0.to_ppp"]
  %"data_end.151" = phi  ptr [%"data_end.150", %"pptp_d0.to_ppp"]
  %"keys.151" = phi  ptr [%"keys.150", %"pptp_d0.to_ppp"]
  %"hdr.52" = getelementptr i8, ptr %"data.151", i64 %"cursor.58"
  %".4297" = getelementptr i8, ptr %"hdr.52", i64 4
  %".4298" = icmp ugt ptr %".4297", %"data_end.151"
  br i1 %".4298", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4300" = getelementptr i8, ptr %"hdr.52", i64 2
  %".4301" = load i16, ptr %".4300", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.17" = phi  i16 [%".4301", %"ppp_d0.linear"], [%".4320", %"ppp_d0.copy_failed.endif"]
  %"data.195" = phi  ptr [%"data.151", %"ppp_d0.linear"], [%"data.194", %"ppp_d0.copy_failed.endif"]
  %"data_end.195" = phi  ptr [%"data_end.151", %"ppp_d0.linear"], [%"data_end.194", %"ppp_d0.copy_failed.endif"]
  %"keys.195" = phi  ptr [%"keys.151", %"ppp_d0.linear"], [%"keys.194", %"ppp_d0.copy_failed.endif"]
  %".4322" = add i64 %"cursor.58", 4
  %".4323" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4324" = zext i16 %".4323" to i64
  switch i64 %".4324", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
udp_d1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3367" = trunc i64 %"cursor.45" to i32
  %".3368" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3367", [40 x i8]* %"header_copy", i32 4)
  %".3369" = icmp eq i64 %".3368", 0
  %".3370" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3371" = load i32, ptr %".3370", align 4
  %".3372" = zext i32 %".3371" to i64
  %"data.152" = inttoptr i64 %".3372" to ptr
  %".3373" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3374" = load i32, ptr %".3373", align 4
  %".3375" = zext i32 %".3374" to i64
  %"data_end.152" = inttoptr i64 %".3375" to ptr
  %".3376" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.152" = load ptr, ptr %".3376", align 8
  %".3377" = xor i1 %".3369", -1
  br i1 %".3377", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3379" = trunc i64 %"cursor.45" to i16
  %".3380" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3379", ptr %".3380", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3383" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3384" = load volatile i16, [40 x i8]* %".3383", align 2
  %".3385" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3386" = load volatile i16, [40 x i8]* %".3385", align 2
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3406" = add i64 %"cursor.45", %".3401"
  %".3407" = sub i64 %".3406", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3408" = trunc i64 %".3407" to i32
  %".3409" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3408", i64* %"last_byte", i32 1)
  %".3410" = icmp eq i64 %".3409", 0
  %".3411" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3412" = load i32, ptr %".3411", align 4
  %".3413" = zext i32 %".3412" to i64
  %"data.154" = inttoptr i64 %".3413" to ptr
  %".3414" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3415" = load i32, ptr %".3414", align 4
  %".3416" = zext i32 %".3415" to i64
  %"data_end.154" = inttoptr i64 %".3416" to ptr
  %".3417" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.154" = load ptr, ptr %".3417", align 8
  %".3418" = xor i1 %".3410", -1
  br i1 %".3418", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3420" = trunc i64 %"cursor.45" to i16
  %".3421" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3420", ptr %".3421", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3429" = trunc i64 %"cursor.45" to i16
  %".3430" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3429", ptr %".3430", align 2
  br label %"return"
udp_d1.to_vxlan:
  br label %"vxlan_d1"
udp_d1.to_geneve:
  br label %"geneve_d1"
udp_d1.to_gue:
  br label %"gue_d1"
udp_d1.to_gtpu:
  br label %"gtpu_d1"
udp_d1.to_shim:
  br label %"shim_d1"
vxlan_d1:
  %"cursor.59" = phi  i64 [%".3425", %"udp_d1.to_vxlan"]
  %"data.156" = phi  ptr [%"data.155", %"udp_d1.to_vxlan"]
  %"data_end.156" = phi  ptr [%"data_end.155", %"udp_d1.to_vxlan"]
  %"keys.156" = phi  ptr [%"keys.155", %"udp_d1.to_vxlan"]
  %"hdr.53" = getelementptr i8, ptr %"data.156", i64 %"cursor.59"
  %".4384" = getelementptr i8, ptr %"hdr.53", i64 8
  %".4385" = icmp ugt ptr %".4384", %"data_end.156"
  br i1 %".4385", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.198" = phi  ptr [%"data.156", %"vxlan_d1.linear"], [%"data.197", %"vxlan_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.156", %"vxlan_d1.linear"], [%"data_end.197", %"vxlan_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.156", %"vxlan_d1.linear"], [%"keys.197", %"vxlan_d1.copy_failed.endif"]
  %".4405" = add i64 %"cursor.59", 8
  %".4406" = getelementptr i8, ptr %"keys.198", i64 8
  store i8 1, ptr %".4406", align 1
  %".4408" = getelementptr i8, ptr %"keys.198", i64 48
  %"flags.73" = load volatile i32, ptr %".4408", align 4
  %".4409" = and i32 %"flags.73", 4
  %".4410" = icmp ne i32 %".4409", 0
  br i1 %".4410", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
geneve_d1:
  %"cursor.60" = phi  i64 [%".3425", %"udp_d1.to_geneve"]
  %"data.157" = phi  ptr [%"data.155", %"udp_d1.to_geneve"]
  %"data_end.157" = phi  ptr [%"data_end.155", %"udp_d1.to_geneve"]
  %"keys.157" = phi  ptr [%"keys.155", %"udp_d1.to_geneve"]
  %"hdr.54" = getelementptr i8, ptr %"data.157", i64 %"cursor.60"
  %".4427" = getelementptr i8, ptr %"hdr.54", i64 8
  %".4428" = icmp ugt ptr %".4427", %"data_end.157"
  br i1 %".4428", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4430" = getelementptr i8, ptr %"hdr.54", i64 0
  %".4431" = load i8, ptr %".4430", align 1
  %".4432" = getelementptr i8, ptr %"hdr.54", i64 2
  %".4433" = load i16, ptr %".4432", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4431", %"geneve_d1.linear"], [%".4452", %"geneve_d1.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4433", %"geneve_d1.linear"], [%".4454", %"geneve_d1.copy_failed.endif"]
  %"data.200" = phi  ptr [%"data.157", %"geneve_d1.linear"], [%"data.199", %"geneve_d1.copy_failed.endif"]
  %"data_end.200" = phi  ptr [%"data_end.157", %"geneve_d1.linear"], [%"data_end.199", %"geneve_d1.copy_failed.endif"]
  %"keys.200" = phi  ptr [%"keys.157", %"geneve_d1.linear"], [%"keys.199", %"geneve_d1.copy_failed.endif"]
  %".4456" = zext i8 %"w0_1.18" to i64
  %".4457" = lshr i64 %".4456", 6
  %".4458" = and i64 %".4457", 3
  %".4459" = icmp ne i64 %".4458", 0
  br i1 %".4459", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif"
gue_d1:
  %"cursor.61" = phi  i64 [%".3425", %"udp_d1.to_gue"]
  %"data.158" = phi  ptr [%"data.155", %"udp_d1.to_gue"]
  %"data_end.158" = phi  ptr [%"data_end.155", %"udp_d1.to_gue"]
  %"keys.158" = phi  ptr [%"keys.155", %"udp_d1.to_gue"]
  %"hdr.55" = getelementptr i8, ptr %"data.158", i64 %"cursor.61"
  %".4528" = getelementptr i8, ptr %"hdr.55", i64 4
  %".4529" = icmp ugt ptr %".4528", %"data_end.158"
  br i1 %".4529", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4531" = getelementptr i8, ptr %"hdr.55", i64 0
  %".4532" = load i8, ptr %".4531", align 1
  %".4533" = getelementptr i8, ptr %"hdr.55", i64 1
  %".4534" = load i8, ptr %".4533", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4532", %"gue_d1.linear"], [%".4553", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4534", %"gue_d1.linear"], [%".4555", %"gue_d1.copy_failed.endif"]
  %"data.204" = phi  ptr [%"data.158", %"gue_d1.linear"], [%"data.203", %"gue_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.158", %"gue_d1.linear"], [%"data_end.203", %"gue_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.158", %"gue_d1.linear"], [%"keys.203", %"gue_d1.copy_failed.endif"]
  %".4557" = zext i8 %"w0_1.19" to i64
  %".4558" = lshr i64 %".4557", 6
  %".4559" = and i64 %".4558", 3
  %".4560" = icmp ne i64 %".4559", 0
  %".4561" = zext i8 %"w0_1.19" to i64
  %".4562" = lshr i64 %".4561", 5
  %".4563" = and i64 %".4562", 1
  %".4564" = icmp ne i64 %".4563", 0
  %".4565" = or i1 %".4560", %".4564"
  br i1 %".4565", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif"
gtpu_d1:
  %"cursor.62" = phi  i64 [%".3425", %"udp_d1.to_gtpu"]
  %"data.159" = phi  ptr [%"data.155", %"udp_d1.to_gtpu"]
  %"data_end.159" = phi  ptr [%"data_end.155", %"udp_d1.to_gtpu"]
  %"keys.159" = phi  ptr [%"keys.155", %"udp_d1.to_gtpu"]
  %"hdr.56" = getelementptr i8, ptr %"data.159", i64 %"cursor.62"
  %".4629" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4630" = icmp ugt ptr %".4629", %"data_end.159"
  br i1 %".4630", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4632" = getelementptr i8, ptr %"hdr.56", i64 0
  %".4633" = load i8, ptr %".4632", align 1
  %".4634" = getelementptr i8, ptr %"hdr.56", i64 1
  %".4635" = load i8, ptr %".4634", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.20" = phi  i8 [%".4633", %"gtpu_d1.linear"], [%".4654", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4635", %"gtpu_d1.linear"], [%".4656", %"gtpu_d1.copy_failed.endif"]
  %"data.208" = phi  ptr [%"data.159", %"gtpu_d1.linear"], [%"data.207", %"gtpu_d1.copy_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.159", %"gtpu_d1.linear"], [%"data_end.207", %"gtpu_d1.copy_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.159", %"gtpu_d1.linear"], [%"keys.207", %"gtpu_d1.copy_failed.endif"]
  %".4658" = zext i8 %"w0_1.20" to i64
  %".4659" = lshr i64 %".4658", 5
  %".4660" = and i64 %".4659", 7
  %".4661" = icmp ne i64 %".4660", 1
  %".4662" = zext i8 %"w0_1.20" to i64
  %".4663" = lshr i64 %".4662", 4
  %".4664" = and i64 %".4663", 1
  %".4665" = icmp ne i64 %".4664", 1
  %".4666" = or i1 %".4661", %".4665"
  %".4667" = zext i8 %"w1_1.12" to i64
  %".4668" = icmp ne i64 %".4667", 255
  %".4669" = or i1 %".4666", %".4668"
  br i1 %".4669", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif"
shim_d1:
  %"cursor.63" = phi  i64 [%".3425", %"udp_d1.to_shim"]
  %"data.160" = phi  ptr [%"data.155", %"udp_d1.to_shim"]
  %"data_end.160" = phi  ptr [%"data_end.155", %"udp_d1.to_shim"]
  %"keys.160" = phi  ptr [%"keys.155", %"udp_d1.to_shim"]
  %"hdr.57" = getelementptr i8, ptr %"data.160", i64 %"cursor.63"
  %".4725" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4726" = icmp ugt ptr %".4725", %"data_end.160"
  br i1 %".4726", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4728" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4729" = load i16, ptr %".4728", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.19" = phi  i16 [%".4729", %"shim_d1.linear"], [%".4748", %"shim_d1.copy_failed.endif"]
  %"data.210" = phi  ptr [%"data.160", %"shim_d1.linear"], [%"data.209", %"shim_d1.copy_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.160", %"shim_d1.linear"], [%"data_end.209", %"shim_d1.copy_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.160", %"shim_d1.linear"], [%"keys.209", %"shim_d1.copy_failed.endif"]
  %".4750" = add i64 %"cursor.63", 8
  %".4751" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".4751", align 1
  %".4753" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.77" = load volatile i32, ptr %".4753", align 4
  %".4754" = and i32 %"flags.77", 4
  %".4755" = icmp ne i32 %".4754", 0
  br i1 %".4755", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3448" = trunc i64 %"cursor.46" to i32
  %".3449" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3448", [40 x i8]* %"header_copy", i32 4)
  %".3450" = icmp eq i64 %".3449", 0
  %".3451" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3452" = load i32, ptr %".3451", align 4
  %".3453" = zext i32 %".3452" to i64
  %"data.161" = inttoptr i64 %".3453" to ptr
  %".3454" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3455" = load i32, ptr %".3454", align 4
  %".3456" = zext i32 %".3455" to i64
  %"data_end.161" = inttoptr i64 %".3456" to ptr
  %".3457" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.161" = load ptr, ptr %".3457", align 8
  %".3458" = xor i1 %".3450", -1
  br i1 %".3458", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3460" = trunc i64 %"cursor.46" to i16
  %".3461" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3460", ptr %".3461", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3464" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3465" = load volatile i8, [40 x i8]* %".3464", align 1
  %".3466" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3467" = load volatile i8, [40 x i8]* %".3466", align 1
  %".3468" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3469" = load volatile i16, [40 x i8]* %".3468", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3480" = trunc i64 %"cursor.46" to i16
  %".3481" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3480", ptr %".3481", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".3484" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3485" = zext i16 %".3484" to i64
  %".3486" = trunc i64 %".3485" to i16
  %".3487" = call i16 @"llvm.bswap.i16"(i16 %".3486")
  %".3488" = getelementptr i8, ptr %"keys.162", i64 10
  store i16 %".3487", ptr %".3488", align 2
  %".3490" = zext i8 %"w1_1.8" to i64
  %".3491" = and i64 %".3490", 7
  switch i64 %".3491", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".3493" = trunc i64 %"cursor.46" to i16
  %".3494" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3493", ptr %".3494", align 2
  br label %"return"
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
gre_d1:
  %"cursor.64" = phi  i64 [%"cursor.46", %"gre_version_d1.to_gre"]
  %"data.163" = phi  ptr [%"data.162", %"gre_version_d1.to_gre"]
  %"data_end.163" = phi  ptr [%"data_end.162", %"gre_version_d1.to_gre"]
  %"keys.163" = phi  ptr [%"keys.162", %"gre_version_d1.to_gre"]
  %".4774" = zext i8 %"w1_1.8" to i64
  %".4775" = and i64 %".4774", 7
  %".4776" = icmp ne i64 %".4775", 0
  %".4777" = zext i8 %"w0_1.13" to i64
  %".4778" = lshr i64 %".4777", 6
  %".4779" = and i64 %".4778", 1
  %".4780" = icmp ne i64 %".4779", 0
  %".4781" = or i1 %".4776", %".4780"
  br i1 %".4781", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.65" = phi  i64 [%"cursor.46", %"gre_version_d1.to_pptp"]
  %"data.164" = phi  ptr [%"data.162", %"gre_version_d1.to_pptp"]
  %"data_end.164" = phi  ptr [%"data_end.162", %"gre_version_d1.to_pptp"]
  %"keys.164" = phi  ptr [%"keys.162", %"gre_version_d1.to_pptp"]
  %".4921" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4922" = zext i16 %".4921" to i64
  %".4923" = icmp ne i64 %".4922", 34827
  %".4924" = zext i8 %"w0_1.13" to i64
  %".4925" = lshr i64 %".4924", 5
  %".4926" = and i64 %".4925", 1
  %".4927" = icmp eq i64 %".4926", 0
  %".4928" = or i1 %".4923", %".4927"
  br i1 %".4928", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3507" = trunc i64 %"cursor.47" to i32
  %".3508" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3507", [40 x i8]* %"header_copy", i32 2)
  %".3509" = icmp eq i64 %".3508", 0
  %".3510" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3511" = load i32, ptr %".3510", align 4
  %".3512" = zext i32 %".3511" to i64
  %"data.165" = inttoptr i64 %".3512" to ptr
  %".3513" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3514" = load i32, ptr %".3513", align 4
  %".3515" = zext i32 %".3514" to i64
  %"data_end.165" = inttoptr i64 %".3515" to ptr
  %".3516" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.165" = load ptr, ptr %".3516", align 8
  %".3517" = xor i1 %".3509", -1
  br i1 %".3517", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3519" = trunc i64 %"cursor.47" to i16
  %".3520" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3519", ptr %".3520", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3523" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3524" = load volatile i8, [40 x i8]* %".3523", align 1
  %".3525" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3526" = load volatile i8, [40 x i8]* %".3525", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3543" = trunc i64 %"end.8" to i16
  %".3544" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3543", ptr %".3544", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  br label %"udp_d1"
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
  %".3560" = trunc i64 34887 to i16
  %".3561" = call i16 @"llvm.bswap.i16"(i16 %".3560")
  %".3562" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".3561", ptr %".3562", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3565" = trunc i64 2048 to i16
  %".3566" = call i16 @"llvm.bswap.i16"(i16 %".3565")
  %".3567" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".3566", ptr %".3567", align 2
  %".3569" = getelementptr i8, ptr %"keys.166", i64 8
  store i8 1, ptr %".3569", align 1
  %".3571" = getelementptr i8, ptr %"keys.166", i64 48
  %"flags.58" = load volatile i32, ptr %".3571", align 4
  %".3572" = and i32 %"flags.58", 4
  %".3573" = icmp ne i32 %".3572", 0
  br i1 %".3573", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3585" = trunc i64 34525 to i16
  %".3586" = call i16 @"llvm.bswap.i16"(i16 %".3585")
  %".3587" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".3586", ptr %".3587", align 2
  %".3589" = getelementptr i8, ptr %"keys.166", i64 8
  store i8 1, ptr %".3589", align 1
  %".3591" = getelementptr i8, ptr %"keys.166", i64 48
  %"flags.59" = load volatile i32, ptr %".3591", align 4
  %".3592" = and i32 %"flags.59", 4
  %".3593" = icmp ne i32 %".3592", 0
  br i1 %".3593", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6545", %"widening.test.28"]
  %"data.167" = phi  ptr [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.285", %"widening.test.28"]
  %"data_end.167" = phi  ptr [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.285", %"widening.test.28"]
  %"keys.167" = phi  ptr [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.28"]
  %"hdr.58" = getelementptr i8, ptr %"data.167", i64 %"cursor.66"
  %".4985" = getelementptr i8, ptr %"hdr.58", i64 2
  %".4986" = icmp ugt ptr %".4985", %"data_end.167"
  br i1 %".4986", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4988" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4989" = load i8, ptr %".4988", align 1
  %".4990" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4991" = load i8, ptr %".4990", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.21" = phi  i8 [%".4989", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5010", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4991", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5012", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.217" = phi  ptr [%"data.167", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.217" = phi  ptr [%"data_end.167", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.217" = phi  ptr [%"keys.167", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".5014" = zext i8 %"w0_1.21" to i64
  %".5015" = trunc i64 %".5014" to i8
  %".5016" = getelementptr i8, ptr %"keys.217", i64 9
  store i8 %".5015", ptr %".5016", align 1
  %".5018" = add i64 %"cursor.66", 2
  %".5019" = zext i8 %"w1_1.13" to i64
  %".5020" = mul i64 %".5019", 8
  %".5021" = add i64 %".5020", 6
  %".5022" = add i64 %".5021", 2
  %".5023" = add i64 %"cursor.66", %".5022"
  %".5024" = add i64 %"cursor.66", 8
  %".5025" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5024")
  %".5026" = icmp eq i64 %".5021", 6
  %"end.14" = select  i1 %".5026", i64 %".5025", i64 %".5023"
  %".5027" = zext i8 %"w0_1.21" to i64
  switch i64 %".5027", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%"end.8", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3638", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6534", %"widening.test.27"]
  %"data.168" = phi  ptr [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.284", %"widening.test.27"]
  %"data_end.168" = phi  ptr [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.284", %"widening.test.27"]
  %"keys.168" = phi  ptr [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.27"]
  %"hdr.59" = getelementptr i8, ptr %"data.168", i64 %"cursor.67"
  %".5091" = getelementptr i8, ptr %"hdr.59", i64 8
  %".5092" = icmp ugt ptr %".5091", %"data_end.168"
  br i1 %".5092", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".5094" = getelementptr i8, ptr %"hdr.59", i64 0
  %".5095" = load i8, ptr %".5094", align 1
  %".5096" = getelementptr i8, ptr %"hdr.59", i64 2
  %".5097" = load i16, ptr %".5096", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.22" = phi  i8 [%".5095", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5116", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.20" = phi  i16 [%".5097", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5118", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.221" = phi  ptr [%"data.168", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.221" = phi  ptr [%"data_end.168", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.221" = phi  ptr [%"keys.168", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".5120" = zext i8 %"w0_1.22" to i64
  %".5121" = trunc i64 %".5120" to i8
  %".5122" = getelementptr i8, ptr %"keys.221", i64 9
  store i8 %".5121", ptr %".5122", align 1
  %".5124" = add i64 %"cursor.67", 8
  %".5125" = icmp ne i64 1, 0
  %".5126" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5127" = zext i16 %".5126" to i64
  %".5128" = and i64 %".5127", 65528
  %".5129" = icmp eq i64 %".5128", 0
  br i1 %".5125", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3575" = trunc i64 %"end.8" to i16
  %".3576" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3575", ptr %".3576", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3579" = getelementptr i8, ptr %"keys.166", i64 12
  store i32 0, ptr %".3579", align 4
  %".3581" = trunc i64 %"end.8" to i16
  %".3582" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3581", ptr %".3582", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3595" = trunc i64 %"end.8" to i16
  %".3596" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3595", ptr %".3596", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3599" = getelementptr i8, ptr %"keys.166", i64 12
  store i32 0, ptr %".3599", align 4
  %".3601" = trunc i64 %"end.8" to i16
  %".3602" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3601", ptr %".3602", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3613" = trunc i64 %"cursor.48" to i32
  %".3614" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3613", [40 x i8]* %"header_copy", i32 8)
  %".3615" = icmp eq i64 %".3614", 0
  %".3616" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3617" = load i32, ptr %".3616", align 4
  %".3618" = zext i32 %".3617" to i64
  %"data.169" = inttoptr i64 %".3618" to ptr
  %".3619" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3620" = load i32, ptr %".3619", align 4
  %".3621" = zext i32 %".3620" to i64
  %"data_end.169" = inttoptr i64 %".3621" to ptr
  %".3622" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.169" = load ptr, ptr %".3622", align 8
  %".3623" = xor i1 %".3615", -1
  br i1 %".3623", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3625" = trunc i64 %"cursor.48" to i16
  %".3626" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3625", ptr %".3626", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3629" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3630" = load volatile i8, [40 x i8]* %".3629", align 1
  %".3631" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3632" = load volatile i16, [40 x i8]* %".3631", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3645" = getelementptr i8, ptr %"keys.170", i64 6
  store i8 1, ptr %".3645", align 1
  br i1 %".3643", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3665" = zext i8 %"w0_1.15" to i64
  switch i64 %".3665", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3648" = getelementptr i8, ptr %"keys.170", i64 7
  store i8 1, ptr %".3648", align 1
  %".3650" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.60" = load volatile i32, ptr %".3650", align 4
  %".3651" = and i32 %"flags.60", 1
  %".3652" = icmp ne i32 %".3651", 0
  %".3653" = xor i1 %".3652", -1
  br i1 %".3653", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3660" = trunc i64 %".3638" to i16
  %".3661" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3660", ptr %".3661", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3655" = trunc i64 %".3638" to i16
  %".3656" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3655", ptr %".3656", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3667" = trunc i64 %".3638" to i16
  %".3668" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3667", ptr %".3668", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  br label %"udp_d1"
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
  %".3684" = trunc i64 34887 to i16
  %".3685" = call i16 @"llvm.bswap.i16"(i16 %".3684")
  %".3686" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3685", ptr %".3686", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3689" = trunc i64 2048 to i16
  %".3690" = call i16 @"llvm.bswap.i16"(i16 %".3689")
  %".3691" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3690", ptr %".3691", align 2
  %".3693" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".3693", align 1
  %".3695" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.61" = load volatile i32, ptr %".3695", align 4
  %".3696" = and i32 %"flags.61", 4
  %".3697" = icmp ne i32 %".3696", 0
  br i1 %".3697", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3709" = trunc i64 34525 to i16
  %".3710" = call i16 @"llvm.bswap.i16"(i16 %".3709")
  %".3711" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3710", ptr %".3711", align 2
  %".3713" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".3713", align 1
  %".3715" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.62" = load volatile i32, ptr %".3715", align 4
  %".3716" = and i32 %"flags.62", 4
  %".3717" = icmp ne i32 %".3716", 0
  br i1 %".3717", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3699" = trunc i64 %".3638" to i16
  %".3700" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3699", ptr %".3700", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3703" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".3703", align 4
  %".3705" = trunc i64 %".3638" to i16
  %".3706" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3705", ptr %".3706", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3719" = trunc i64 %".3638" to i16
  %".3720" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3719", ptr %".3720", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3723" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".3723", align 4
  %".3725" = trunc i64 %".3638" to i16
  %".3726" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3725", ptr %".3726", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3737" = trunc i64 %"cursor.49" to i32
  %".3738" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3737", [40 x i8]* %"header_copy", i32 2)
  %".3739" = icmp eq i64 %".3738", 0
  %".3740" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3741" = load i32, ptr %".3740", align 4
  %".3742" = zext i32 %".3741" to i64
  %"data.171" = inttoptr i64 %".3742" to ptr
  %".3743" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3744" = load i32, ptr %".3743", align 4
  %".3745" = zext i32 %".3744" to i64
  %"data_end.171" = inttoptr i64 %".3745" to ptr
  %".3746" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.171" = load ptr, ptr %".3746", align 8
  %".3747" = xor i1 %".3739", -1
  br i1 %".3747", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3749" = trunc i64 %"cursor.49" to i16
  %".3750" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3749", ptr %".3750", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3753" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3754" = load volatile i8, [40 x i8]* %".3753", align 1
  %".3755" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3756" = load volatile i8, [40 x i8]* %".3755", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3773" = trunc i64 %"end.9" to i16
  %".3774" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3773", ptr %".3774", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  br label %"udp_d0"
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
  %".3790" = trunc i64 34887 to i16
  %".3791" = call i16 @"llvm.bswap.i16"(i16 %".3790")
  %".3792" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3791", ptr %".3792", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3795" = trunc i64 2048 to i16
  %".3796" = call i16 @"llvm.bswap.i16"(i16 %".3795")
  %".3797" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3796", ptr %".3797", align 2
  %".3799" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3799", align 1
  %".3801" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.63" = load volatile i32, ptr %".3801", align 4
  %".3802" = and i32 %"flags.63", 4
  %".3803" = icmp ne i32 %".3802", 0
  br i1 %".3803", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3812" = trunc i64 34525 to i16
  %".3813" = call i16 @"llvm.bswap.i16"(i16 %".3812")
  %".3814" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3813", ptr %".3814", align 2
  %".3816" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3816", align 1
  %".3818" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.64" = load volatile i32, ptr %".3818", align 4
  %".3819" = and i32 %"flags.64", 4
  %".3820" = icmp ne i32 %".3819", 0
  br i1 %".3820", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6325", %"widening.test.8"]
  %"data.173" = phi  ptr [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.265", %"widening.test.8"]
  %"data_end.173" = phi  ptr [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.265", %"widening.test.8"]
  %"keys.173" = phi  ptr [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.60" = getelementptr i8, ptr %"data.173", i64 %"cursor.68"
  %".5215" = getelementptr i8, ptr %"hdr.60", i64 2
  %".5216" = icmp ugt ptr %".5215", %"data_end.173"
  br i1 %".5216", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5218" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5219" = load i8, ptr %".5218", align 1
  %".5220" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5221" = load i8, ptr %".5220", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5219", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5240", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5221", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5242", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.223" = phi  ptr [%"data.173", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.173", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.173", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5244" = zext i8 %"w0_1.23" to i64
  %".5245" = trunc i64 %".5244" to i8
  %".5246" = getelementptr i8, ptr %"keys.223", i64 9
  store i8 %".5245", ptr %".5246", align 1
  %".5248" = add i64 %"cursor.68", 2
  %".5249" = zext i8 %"w1_1.14" to i64
  %".5250" = mul i64 %".5249", 8
  %".5251" = add i64 %".5250", 6
  %".5252" = add i64 %".5251", 2
  %".5253" = add i64 %"cursor.68", %".5252"
  %".5254" = add i64 %"cursor.68", 8
  %".5255" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5254")
  %".5256" = icmp eq i64 %".5251", 6
  %"end.15" = select  i1 %".5256", i64 %".5255", i64 %".5253"
  %".5257" = zext i8 %"w0_1.23" to i64
  switch i64 %".5257", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3862", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6314", %"widening.test.7"]
  %"data.174" = phi  ptr [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.264", %"widening.test.7"]
  %"data_end.174" = phi  ptr [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.264", %"widening.test.7"]
  %"keys.174" = phi  ptr [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.61" = getelementptr i8, ptr %"data.174", i64 %"cursor.69"
  %".5327" = getelementptr i8, ptr %"hdr.61", i64 8
  %".5328" = icmp ugt ptr %".5327", %"data_end.174"
  br i1 %".5328", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5330" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5331" = load i8, ptr %".5330", align 1
  %".5332" = getelementptr i8, ptr %"hdr.61", i64 2
  %".5333" = load i16, ptr %".5332", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5331", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5352", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.21" = phi  i16 [%".5333", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5354", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.225" = phi  ptr [%"data.174", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.225" = phi  ptr [%"data_end.174", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.225" = phi  ptr [%"keys.174", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5356" = zext i8 %"w0_1.24" to i64
  %".5357" = trunc i64 %".5356" to i8
  %".5358" = getelementptr i8, ptr %"keys.225", i64 9
  store i8 %".5357", ptr %".5358", align 1
  %".5360" = add i64 %"cursor.69", 8
  %".5361" = icmp ne i64 1, 0
  %".5362" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5363" = zext i16 %".5362" to i64
  %".5364" = and i64 %".5363", 65528
  %".5365" = icmp eq i64 %".5364", 0
  br i1 %".5361", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3805" = trunc i64 %"end.9" to i16
  %".3806" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3805", ptr %".3806", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3809" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3809", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3822" = trunc i64 %"end.9" to i16
  %".3823" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3822", ptr %".3823", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3826" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3826", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3837" = trunc i64 %"cursor.50" to i32
  %".3838" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3837", [40 x i8]* %"header_copy", i32 8)
  %".3839" = icmp eq i64 %".3838", 0
  %".3840" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3841" = load i32, ptr %".3840", align 4
  %".3842" = zext i32 %".3841" to i64
  %"data.175" = inttoptr i64 %".3842" to ptr
  %".3843" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3844" = load i32, ptr %".3843", align 4
  %".3845" = zext i32 %".3844" to i64
  %"data_end.175" = inttoptr i64 %".3845" to ptr
  %".3846" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.175" = load ptr, ptr %".3846", align 8
  %".3847" = xor i1 %".3839", -1
  br i1 %".3847", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3849" = trunc i64 %"cursor.50" to i16
  %".3850" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3849", ptr %".3850", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3853" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3854" = load volatile i8, [40 x i8]* %".3853", align 1
  %".3855" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3856" = load volatile i16, [40 x i8]* %".3855", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3869" = getelementptr i8, ptr %"keys.176", i64 6
  store i8 1, ptr %".3869", align 1
  br i1 %".3867", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3889" = zext i8 %"w0_1.17" to i64
  switch i64 %".3889", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3872" = getelementptr i8, ptr %"keys.176", i64 7
  store i8 1, ptr %".3872", align 1
  %".3874" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.65" = load volatile i32, ptr %".3874", align 4
  %".3875" = and i32 %"flags.65", 1
  %".3876" = icmp ne i32 %".3875", 0
  %".3877" = xor i1 %".3876", -1
  br i1 %".3877", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3884" = trunc i64 %".3862" to i16
  %".3885" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3884", ptr %".3885", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3879" = trunc i64 %".3862" to i16
  %".3880" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3879", ptr %".3880", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3891" = trunc i64 %".3862" to i16
  %".3892" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3891", ptr %".3892", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  br label %"udp_d0"
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
  %".3908" = trunc i64 34887 to i16
  %".3909" = call i16 @"llvm.bswap.i16"(i16 %".3908")
  %".3910" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3909", ptr %".3910", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3913" = trunc i64 2048 to i16
  %".3914" = call i16 @"llvm.bswap.i16"(i16 %".3913")
  %".3915" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3914", ptr %".3915", align 2
  %".3917" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3917", align 1
  %".3919" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.66" = load volatile i32, ptr %".3919", align 4
  %".3920" = and i32 %"flags.66", 4
  %".3921" = icmp ne i32 %".3920", 0
  br i1 %".3921", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3930" = trunc i64 34525 to i16
  %".3931" = call i16 @"llvm.bswap.i16"(i16 %".3930")
  %".3932" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3931", ptr %".3932", align 2
  %".3934" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3934", align 1
  %".3936" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.67" = load volatile i32, ptr %".3936", align 4
  %".3937" = and i32 %"flags.67", 4
  %".3938" = icmp ne i32 %".3937", 0
  br i1 %".3938", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3923" = trunc i64 %".3862" to i16
  %".3924" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3923", ptr %".3924", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3927" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3927", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3940" = trunc i64 %".3862" to i16
  %".3941" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3940", ptr %".3941", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3944" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3944", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3954" = trunc i64 %"cursor.51" to i32
  %".3955" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3954", [40 x i8]* %"header_copy", i32 4)
  %".3956" = icmp eq i64 %".3955", 0
  %".3957" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3958" = load i32, ptr %".3957", align 4
  %".3959" = zext i32 %".3958" to i64
  %"data.177" = inttoptr i64 %".3959" to ptr
  %".3960" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3961" = load i32, ptr %".3960", align 4
  %".3962" = zext i32 %".3961" to i64
  %"data_end.177" = inttoptr i64 %".3962" to ptr
  %".3963" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.177" = load ptr, ptr %".3963", align 8
  %".3964" = xor i1 %".3956", -1
  br i1 %".3964", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3966" = trunc i64 %".3947" to i16
  %".3967" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".3966", ptr %".3967", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3970" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3971" = load volatile i8, [40 x i8]* %".3970", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".3977" = trunc i64 %".3973" to i16
  %".3978" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3977", ptr %".3978", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels3.to_ip_version:
  %".3982" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3982", align 1
  %".3984" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.68" = load volatile i32, ptr %".3984", align 4
  %".3985" = and i32 %"flags.68", 4
  %".3986" = icmp ne i32 %".3985", 0
  br i1 %".3986", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".3973", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.179" = phi  ptr [%"data.178", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.179" = phi  ptr [%"data_end.178", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.179" = phi  ptr [%"keys.178", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5457" = add i64 %"cursor.70", 4
  %"hdr.62" = getelementptr i8, ptr %"data.179", i64 %"cursor.70"
  %".5458" = getelementptr i8, ptr %"hdr.62", i64 4
  %".5459" = icmp ugt ptr %".5458", %"data_end.179"
  br i1 %".5459", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5461" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5462" = load i8, ptr %".5461", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5462", %"mpls_d0_mpls_labels4.linear"], [%".5481", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.227" = phi  ptr [%"data.179", %"mpls_d0_mpls_labels4.linear"], [%"data.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.227" = phi  ptr [%"data_end.179", %"mpls_d0_mpls_labels4.linear"], [%"data_end.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.227" = phi  ptr [%"keys.179", %"mpls_d0_mpls_labels4.linear"], [%"keys.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5483" = add i64 %"cursor.70", 4
  %".5484" = zext i8 %"w2_1.5" to i64
  %".5485" = and i64 %".5484", 1
  switch i64 %".5485", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels3.stop_at_encap:
  %".3988" = trunc i64 %".3973" to i16
  %".3989" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3988", ptr %".3989", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".3992" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3992", align 4
  br label %"ip_version_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4001" = trunc i64 %"cursor.52" to i32
  %".4002" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".4001", [40 x i8]* %"header_copy", i32 4)
  %".4003" = icmp eq i64 %".4002", 0
  %".4004" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4005" = load i32, ptr %".4004", align 4
  %".4006" = zext i32 %".4005" to i64
  %"data.180" = inttoptr i64 %".4006" to ptr
  %".4007" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4008" = load i32, ptr %".4007", align 4
  %".4009" = zext i32 %".4008" to i64
  %"data_end.180" = inttoptr i64 %".4009" to ptr
  %".4010" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.180" = load ptr, ptr %".4010", align 8
  %".4011" = xor i1 %".4003", -1
  br i1 %".4011", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".4013" = trunc i64 %"cursor.52" to i16
  %".4014" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4013", ptr %".4014", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".4017" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4018" = load volatile i16, [40 x i8]* %".4017", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".4033" = trunc i64 %".4026" to i16
  %".4034" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4033", ptr %".4034", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".4039" = trunc i64 %".4026" to i16
  %".4040" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4039", ptr %".4040", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4043" = trunc i64 %".4026" to i16
  %".4044" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4043", ptr %".4044", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  br label %"mpls_d1_mpls_labels1"
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
  %".4056" = trunc i64 %".4026" to i16
  %".4057" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4056", ptr %".4057", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".4060" = trunc i64 %".4026" to i16
  %".4061" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4060", ptr %".4061", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4071" = trunc i64 %"cursor.53" to i32
  %".4072" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4071", [40 x i8]* %"header_copy", i32 6)
  %".4073" = icmp eq i64 %".4072", 0
  %".4074" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4075" = load i32, ptr %".4074", align 4
  %".4076" = zext i32 %".4075" to i64
  %"data.182" = inttoptr i64 %".4076" to ptr
  %".4077" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4078" = load i32, ptr %".4077", align 4
  %".4079" = zext i32 %".4078" to i64
  %"data_end.182" = inttoptr i64 %".4079" to ptr
  %".4080" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.182" = load ptr, ptr %".4080", align 8
  %".4081" = xor i1 %".4073", -1
  br i1 %".4081", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".4083" = trunc i64 %"cursor.53" to i16
  %".4084" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4083", ptr %".4084", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".4087" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4088" = load volatile i16, [40 x i8]* %".4087", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".4103" = trunc i64 %".4096" to i16
  %".4104" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4103", ptr %".4104", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".4109" = trunc i64 %".4096" to i16
  %".4110" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4109", ptr %".4110", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".4113" = trunc i64 %".4096" to i16
  %".4114" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4113", ptr %".4114", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_mpls:
  br label %"mpls_d1_mpls_labels1"
hsr_d1_vlan_tags2.to_mpls.1:
  br label %"mpls_d1_mpls_labels1"
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
  %".4126" = trunc i64 %".4096" to i16
  %".4127" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4126", ptr %".4127", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".4130" = trunc i64 %".4096" to i16
  %".4131" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4130", ptr %".4131", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4142" = trunc i64 %"cursor.54" to i32
  %".4143" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4142", [40 x i8]* %"header_copy", i32 4)
  %".4144" = icmp eq i64 %".4143", 0
  %".4145" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4146" = load i32, ptr %".4145", align 4
  %".4147" = zext i32 %".4146" to i64
  %"data.184" = inttoptr i64 %".4147" to ptr
  %".4148" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4149" = load i32, ptr %".4148", align 4
  %".4150" = zext i32 %".4149" to i64
  %"data_end.184" = inttoptr i64 %".4150" to ptr
  %".4151" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.184" = load ptr, ptr %".4151", align 8
  %".4152" = xor i1 %".4144", -1
  br i1 %".4152", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4154" = trunc i64 %".4135" to i16
  %".4155" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4154", ptr %".4155", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4158" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4159" = load volatile i8, [40 x i8]* %".4158", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4165" = trunc i64 %".4161" to i16
  %".4166" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4165", ptr %".4166", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels2.to_ip_version:
  %".4170" = getelementptr i8, ptr %"keys.185", i64 8
  store i8 1, ptr %".4170", align 1
  %".4172" = getelementptr i8, ptr %"keys.185", i64 48
  %"flags.69" = load volatile i32, ptr %".4172", align 4
  %".4173" = and i32 %"flags.69", 4
  %".4174" = icmp ne i32 %".4173", 0
  br i1 %".4174", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".4161", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.186" = phi  ptr [%"data.185", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.186" = phi  ptr [%"data_end.185", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.186" = phi  ptr [%"keys.185", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5508" = add i64 %"cursor.71", 4
  %"hdr.63" = getelementptr i8, ptr %"data.186", i64 %"cursor.71"
  %".5509" = getelementptr i8, ptr %"hdr.63", i64 4
  %".5510" = icmp ugt ptr %".5509", %"data_end.186"
  br i1 %".5510", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5512" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5513" = load i8, ptr %".5512", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5513", %"mpls_d1_mpls_labels3.linear"], [%".5532", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.229" = phi  ptr [%"data.186", %"mpls_d1_mpls_labels3.linear"], [%"data.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.229" = phi  ptr [%"data_end.186", %"mpls_d1_mpls_labels3.linear"], [%"data_end.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.229" = phi  ptr [%"keys.186", %"mpls_d1_mpls_labels3.linear"], [%"keys.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5534" = add i64 %"cursor.71", 4
  %".5535" = zext i8 %"w2_1.6" to i64
  %".5536" = and i64 %".5535", 1
  switch i64 %".5536", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels2.stop_at_encap:
  %".4176" = trunc i64 %".4161" to i16
  %".4177" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4176", ptr %".4177", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4180" = getelementptr i8, ptr %"keys.185", i64 12
  store i32 0, ptr %".4180", align 4
  %".4182" = trunc i64 %".4161" to i16
  %".4183" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4182", ptr %".4183", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4192" = trunc i64 %"cursor.55" to i32
  %".4193" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4192", [40 x i8]* %"header_copy", i32 14)
  %".4194" = icmp eq i64 %".4193", 0
  %".4195" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4196" = load i32, ptr %".4195", align 4
  %".4197" = zext i32 %".4196" to i64
  %"data.187" = inttoptr i64 %".4197" to ptr
  %".4198" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4199" = load i32, ptr %".4198", align 4
  %".4200" = zext i32 %".4199" to i64
  %"data_end.187" = inttoptr i64 %".4200" to ptr
  %".4201" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.187" = load ptr, ptr %".4201", align 8
  %".4202" = xor i1 %".4194", -1
  br i1 %".4202", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4204" = trunc i64 %"cursor.55" to i16
  %".4205" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4204", ptr %".4205", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4208" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4209" = load volatile i16, [40 x i8]* %".4208", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4221" = trunc i64 %".4217" to i16
  %".4222" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4221", ptr %".4222", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_mpls.1:
  br label %"mpls_d1_mpls_labels1"
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
gtpu_opt_d1.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4245" = trunc i64 %"cursor.56" to i32
  %".4246" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4245", [40 x i8]* %"header_copy", i32 4)
  %".4247" = icmp eq i64 %".4246", 0
  %".4248" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4249" = load i32, ptr %".4248", align 4
  %".4250" = zext i32 %".4249" to i64
  %"data.189" = inttoptr i64 %".4250" to ptr
  %".4251" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4252" = load i32, ptr %".4251", align 4
  %".4253" = zext i32 %".4252" to i64
  %"data_end.189" = inttoptr i64 %".4253" to ptr
  %".4254" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.189" = load ptr, ptr %".4254", align 8
  %".4255" = xor i1 %".4247", -1
  br i1 %".4255", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4257" = trunc i64 %"cursor.56" to i16
  %".4258" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4257", ptr %".4258", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4264" = trunc i64 %".4262" to i16
  %".4265" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".4264", ptr %".4265", align 2
  br label %"return"
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4273" = trunc i64 %"cursor.57" to i32
  %".4274" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4273", [40 x i8]* %"header_copy", i32 3)
  %".4275" = icmp eq i64 %".4274", 0
  %".4276" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4277" = load i32, ptr %".4276", align 4
  %".4278" = zext i32 %".4277" to i64
  %"data.191" = inttoptr i64 %".4278" to ptr
  %".4279" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4280" = load i32, ptr %".4279", align 4
  %".4281" = zext i32 %".4280" to i64
  %"data_end.191" = inttoptr i64 %".4281" to ptr
  %".4282" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.191" = load ptr, ptr %".4282", align 8
  %".4283" = xor i1 %".4275", -1
  br i1 %".4283", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4285" = trunc i64 %"cursor.57" to i16
  %".4286" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4285", ptr %".4286", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4292" = trunc i64 %".4290" to i16
  %".4293" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4292", ptr %".4293", align 2
  br label %"return"
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4290", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.193" = phi  ptr [%"data.192", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.193" = phi  ptr [%"data_end.192", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.193" = phi  ptr [%"keys.192", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.64" = getelementptr i8, ptr %"data.193", i64 %"cursor.72"
  %".5559" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5560" = icmp ugt ptr %".5559", %"data_end.193"
  br i1 %".5560", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5562" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5563" = load i8, ptr %".5562", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.25" = phi  i8 [%".5563", %"gtpu_next_d1.linear"], [%".5582", %"gtpu_next_d1.copy_failed.endif"]
  %"data.232" = phi  ptr [%"data.193", %"gtpu_next_d1.linear"], [%"data.231", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.232" = phi  ptr [%"data_end.193", %"gtpu_next_d1.linear"], [%"data_end.231", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.232" = phi  ptr [%"keys.193", %"gtpu_next_d1.linear"], [%"keys.231", %"gtpu_next_d1.copy_failed.endif"]
  %".5584" = add i64 %"cursor.72", 1
  %".5585" = zext i8 %"w0_1.25" to i64
  %".5586" = icmp uge i64 %".5585", 1
  %".5587" = icmp ule i64 %".5585", 255
  %".5588" = and i1 %".5586", %".5587"
  br i1 %".5588", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
ppp_d0.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4303" = trunc i64 %"cursor.58" to i32
  %".4304" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4303", [40 x i8]* %"header_copy", i32 4)
  %".4305" = icmp eq i64 %".4304", 0
  %".4306" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4307" = load i32, ptr %".4306", align 4
  %".4308" = zext i32 %".4307" to i64
  %"data.194" = inttoptr i64 %".4308" to ptr
  %".4309" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4310" = load i32, ptr %".4309", align 4
  %".4311" = zext i32 %".4310" to i64
  %"data_end.194" = inttoptr i64 %".4311" to ptr
  %".4312" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.194" = load ptr, ptr %".4312", align 8
  %".4313" = xor i1 %".4305", -1
  br i1 %".4313", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4315" = trunc i64 %"cursor.58" to i16
  %".4316" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4315", ptr %".4316", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4319" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4320" = load volatile i16, [40 x i8]* %".4319", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4326" = and i64 %".4324", 0
  %".4327" = icmp eq i64 %".4326", 0
  br i1 %".4327", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".4333" = trunc i64 2048 to i16
  %".4334" = call i16 @"llvm.bswap.i16"(i16 %".4333")
  %".4335" = getelementptr i8, ptr %"keys.195", i64 10
  store i16 %".4334", ptr %".4335", align 2
  %".4337" = getelementptr i8, ptr %"keys.195", i64 8
  store i8 1, ptr %".4337", align 1
  %".4339" = getelementptr i8, ptr %"keys.195", i64 48
  %"flags.70" = load volatile i32, ptr %".4339", align 4
  %".4340" = and i32 %"flags.70", 4
  %".4341" = icmp ne i32 %".4340", 0
  br i1 %".4341", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".4350" = trunc i64 34525 to i16
  %".4351" = call i16 @"llvm.bswap.i16"(i16 %".4350")
  %".4352" = getelementptr i8, ptr %"keys.195", i64 10
  store i16 %".4351", ptr %".4352", align 2
  %".4354" = getelementptr i8, ptr %"keys.195", i64 8
  store i8 1, ptr %".4354", align 1
  %".4356" = getelementptr i8, ptr %"keys.195", i64 48
  %"flags.71" = load volatile i32, ptr %".4356", align 4
  %".4357" = and i32 %"flags.71", 4
  %".4358" = icmp ne i32 %".4357", 0
  br i1 %".4358", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4367" = trunc i64 34827 to i16
  %".4368" = call i16 @"llvm.bswap.i16"(i16 %".4367")
  %".4369" = getelementptr i8, ptr %"keys.195", i64 10
  store i16 %".4368", ptr %".4369", align 2
  %".4371" = getelementptr i8, ptr %"keys.195", i64 8
  store i8 1, ptr %".4371", align 1
  %".4373" = getelementptr i8, ptr %"keys.195", i64 48
  %"flags.72" = load volatile i32, ptr %".4373", align 4
  %".4374" = and i32 %"flags.72", 4
  %".4375" = icmp ne i32 %".4374", 0
  br i1 %".4375", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4329" = trunc i64 %".4322" to i16
  %".4330" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4329", ptr %".4330", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4343" = trunc i64 %".4322" to i16
  %".4344" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4343", ptr %".4344", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4347" = getelementptr i8, ptr %"keys.195", i64 12
  store i32 0, ptr %".4347", align 4
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4360" = trunc i64 %".4322" to i16
  %".4361" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4360", ptr %".4361", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4364" = getelementptr i8, ptr %"keys.195", i64 12
  store i32 0, ptr %".4364", align 4
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4377" = trunc i64 %".4322" to i16
  %".4378" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4377", ptr %".4378", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".4381" = getelementptr i8, ptr %"keys.195", i64 12
  store i32 0, ptr %".4381", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.73" = phi  i64 [%".4322", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.196" = phi  ptr [%"data.195", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.196" = phi  ptr [%"data_end.195", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.196" = phi  ptr [%"keys.195", %"ppp_d0.stop_at_encap.endif.2"]
  %".5597" = add i64 %"cursor.73", 0
  %".5598" = trunc i64 %".5597" to i16
  %".5599" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5598", ptr %".5599", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4388" = trunc i64 %"cursor.59" to i32
  %".4389" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4388", [40 x i8]* %"header_copy", i32 8)
  %".4390" = icmp eq i64 %".4389", 0
  %".4391" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4392" = load i32, ptr %".4391", align 4
  %".4393" = zext i32 %".4392" to i64
  %"data.197" = inttoptr i64 %".4393" to ptr
  %".4394" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4395" = load i32, ptr %".4394", align 4
  %".4396" = zext i32 %".4395" to i64
  %"data_end.197" = inttoptr i64 %".4396" to ptr
  %".4397" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.197" = load ptr, ptr %".4397", align 8
  %".4398" = xor i1 %".4390", -1
  br i1 %".4398", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4400" = trunc i64 %"cursor.59" to i16
  %".4401" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4400", ptr %".4401", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4412" = trunc i64 %".4405" to i16
  %".4413" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4412", ptr %".4413", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".4416" = getelementptr i8, ptr %"keys.198", i64 12
  store i32 0, ptr %".4416", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.unknown:
  %".4419" = trunc i64 %".4405" to i16
  %".4420" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4419", ptr %".4420", align 2
  br label %"return"
vxlan_d1.to_ethernet:
  %".4423" = trunc i64 %".4405" to i16
  %".4424" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4423", ptr %".4424", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4435" = trunc i64 %"cursor.60" to i32
  %".4436" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4435", [40 x i8]* %"header_copy", i32 8)
  %".4437" = icmp eq i64 %".4436", 0
  %".4438" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4439" = load i32, ptr %".4438", align 4
  %".4440" = zext i32 %".4439" to i64
  %"data.199" = inttoptr i64 %".4440" to ptr
  %".4441" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4442" = load i32, ptr %".4441", align 4
  %".4443" = zext i32 %".4442" to i64
  %"data_end.199" = inttoptr i64 %".4443" to ptr
  %".4444" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.199" = load ptr, ptr %".4444", align 8
  %".4445" = xor i1 %".4437", -1
  br i1 %".4445", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4447" = trunc i64 %"cursor.60" to i16
  %".4448" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4447", ptr %".4448", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4451" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4452" = load volatile i8, [40 x i8]* %".4451", align 1
  %".4453" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4454" = load volatile i16, [40 x i8]* %".4453", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4461" = trunc i64 %"cursor.60" to i16
  %".4462" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4461", ptr %".4462", align 2
  br label %"return"
geneve_d1.stop_before.endif:
  %".4465" = add i64 %"cursor.60", 8
  %".4466" = zext i8 %"w0_1.18" to i64
  %".4467" = and i64 %".4466", 63
  %".4468" = mul i64 %".4467", 4
  %".4469" = add i64 %".4468", 8
  %".4470" = getelementptr i8, ptr %"data.200", i64 %"cursor.60"
  %".4471" = getelementptr i8, ptr %".4470", i64 %".4469"
  %".4472" = icmp ugt ptr %".4471", %"data_end.200"
  br i1 %".4472", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.202" = phi  ptr [%"data.200", %"geneve_d1.stop_before.endif"], [%"data.201", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.202" = phi  ptr [%"data_end.200", %"geneve_d1.stop_before.endif"], [%"data_end.201", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.202" = phi  ptr [%"keys.200", %"geneve_d1.stop_before.endif"], [%"keys.201", %"geneve_d1.copy_last_byte_failed.endif"]
  %".4493" = add i64 %"cursor.60", %".4469"
  %".4494" = add i64 %"cursor.60", 8
  %".4495" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4494")
  %".4496" = icmp eq i64 %".4468", 0
  %"end.10" = select  i1 %".4496", i64 %".4495", i64 %".4493"
  %".4497" = getelementptr i8, ptr %"keys.202", i64 8
  store i8 1, ptr %".4497", align 1
  %".4499" = getelementptr i8, ptr %"keys.202", i64 48
  %"flags.74" = load volatile i32, ptr %".4499", align 4
  %".4500" = and i32 %"flags.74", 4
  %".4501" = icmp ne i32 %".4500", 0
  br i1 %".4501", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
geneve_d1.copy_last_byte:
  %".4474" = add i64 %"cursor.60", %".4469"
  %".4475" = sub i64 %".4474", 1
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4476" = trunc i64 %".4475" to i32
  %".4477" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4476", i64* %"last_byte", i32 1)
  %".4478" = icmp eq i64 %".4477", 0
  %".4479" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4480" = load i32, ptr %".4479", align 4
  %".4481" = zext i32 %".4480" to i64
  %"data.201" = inttoptr i64 %".4481" to ptr
  %".4482" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4483" = load i32, ptr %".4482", align 4
  %".4484" = zext i32 %".4483" to i64
  %"data_end.201" = inttoptr i64 %".4484" to ptr
  %".4485" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.201" = load ptr, ptr %".4485", align 8
  %".4486" = xor i1 %".4478", -1
  br i1 %".4486", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4488" = trunc i64 %"cursor.60" to i16
  %".4489" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4488", ptr %".4489", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4503" = trunc i64 %"end.10" to i16
  %".4504" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4503", ptr %".4504", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4507" = getelementptr i8, ptr %"keys.202", i64 12
  store i32 0, ptr %".4507", align 4
  %".4509" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4510" = zext i16 %".4509" to i64
  switch i64 %".4510", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]  , !prof !5
geneve_d1.unknown:
  %".4512" = trunc i64 %"end.10" to i16
  %".4513" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4512", ptr %".4513", align 2
  br label %"return"
geneve_d1.to_ethernet:
  %".4516" = trunc i64 %"end.10" to i16
  %".4517" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4516", ptr %".4517", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4520" = trunc i64 %"end.10" to i16
  %".4521" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4520", ptr %".4521", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4524" = trunc i64 %"end.10" to i16
  %".4525" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4524", ptr %".4525", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4536" = trunc i64 %"cursor.61" to i32
  %".4537" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4536", [40 x i8]* %"header_copy", i32 4)
  %".4538" = icmp eq i64 %".4537", 0
  %".4539" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4540" = load i32, ptr %".4539", align 4
  %".4541" = zext i32 %".4540" to i64
  %"data.203" = inttoptr i64 %".4541" to ptr
  %".4542" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4543" = load i32, ptr %".4542", align 4
  %".4544" = zext i32 %".4543" to i64
  %"data_end.203" = inttoptr i64 %".4544" to ptr
  %".4545" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.203" = load ptr, ptr %".4545", align 8
  %".4546" = xor i1 %".4538", -1
  br i1 %".4546", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4548" = trunc i64 %"cursor.61" to i16
  %".4549" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4548", ptr %".4549", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4552" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4553" = load volatile i8, [40 x i8]* %".4552", align 1
  %".4554" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4555" = load volatile i8, [40 x i8]* %".4554", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4567" = trunc i64 %"cursor.61" to i16
  %".4568" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4567", ptr %".4568", align 2
  br label %"return"
gue_d1.stop_before.endif:
  %".4571" = add i64 %"cursor.61", 4
  %".4572" = zext i8 %"w0_1.19" to i64
  %".4573" = and i64 %".4572", 31
  %".4574" = mul i64 %".4573", 4
  %".4575" = add i64 %".4574", 4
  %".4576" = getelementptr i8, ptr %"data.204", i64 %"cursor.61"
  %".4577" = getelementptr i8, ptr %".4576", i64 %".4575"
  %".4578" = icmp ugt ptr %".4577", %"data_end.204"
  br i1 %".4578", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.206" = phi  ptr [%"data.204", %"gue_d1.stop_before.endif"], [%"data.205", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.204", %"gue_d1.stop_before.endif"], [%"data_end.205", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.204", %"gue_d1.stop_before.endif"], [%"keys.205", %"gue_d1.copy_last_byte_failed.endif"]
  %".4599" = add i64 %"cursor.61", %".4575"
  %".4600" = add i64 %"cursor.61", 4
  %".4601" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4600")
  %".4602" = icmp eq i64 %".4574", 0
  %"end.11" = select  i1 %".4602", i64 %".4601", i64 %".4599"
  %".4603" = getelementptr i8, ptr %"keys.206", i64 8
  store i8 1, ptr %".4603", align 1
  %".4605" = getelementptr i8, ptr %"keys.206", i64 48
  %"flags.75" = load volatile i32, ptr %".4605", align 4
  %".4606" = and i32 %"flags.75", 4
  %".4607" = icmp ne i32 %".4606", 0
  br i1 %".4607", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gue_d1.copy_last_byte:
  %".4580" = add i64 %"cursor.61", %".4575"
  %".4581" = sub i64 %".4580", 1
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4582" = trunc i64 %".4581" to i32
  %".4583" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4582", i64* %"last_byte", i32 1)
  %".4584" = icmp eq i64 %".4583", 0
  %".4585" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4586" = load i32, ptr %".4585", align 4
  %".4587" = zext i32 %".4586" to i64
  %"data.205" = inttoptr i64 %".4587" to ptr
  %".4588" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4589" = load i32, ptr %".4588", align 4
  %".4590" = zext i32 %".4589" to i64
  %"data_end.205" = inttoptr i64 %".4590" to ptr
  %".4591" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.205" = load ptr, ptr %".4591", align 8
  %".4592" = xor i1 %".4584", -1
  br i1 %".4592", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4594" = trunc i64 %"cursor.61" to i16
  %".4595" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4594", ptr %".4595", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4609" = trunc i64 %"end.11" to i16
  %".4610" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4609", ptr %".4610", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4613" = getelementptr i8, ptr %"keys.206", i64 12
  store i32 0, ptr %".4613", align 4
  %".4615" = zext i8 %"w1_1.11" to i64
  switch i64 %".4615", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.unknown:
  %".4617" = trunc i64 %"end.11" to i16
  %".4618" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4617", ptr %".4618", align 2
  br label %"return"
gue_d1.to_ipv4:
  %".4621" = trunc i64 %"end.11" to i16
  %".4622" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4621", ptr %".4622", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4625" = trunc i64 %"end.11" to i16
  %".4626" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4625", ptr %".4626", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4637" = trunc i64 %"cursor.62" to i32
  %".4638" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4637", [40 x i8]* %"header_copy", i32 8)
  %".4639" = icmp eq i64 %".4638", 0
  %".4640" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4641" = load i32, ptr %".4640", align 4
  %".4642" = zext i32 %".4641" to i64
  %"data.207" = inttoptr i64 %".4642" to ptr
  %".4643" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4644" = load i32, ptr %".4643", align 4
  %".4645" = zext i32 %".4644" to i64
  %"data_end.207" = inttoptr i64 %".4645" to ptr
  %".4646" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.207" = load ptr, ptr %".4646", align 8
  %".4647" = xor i1 %".4639", -1
  br i1 %".4647", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4649" = trunc i64 %"cursor.62" to i16
  %".4650" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4649", ptr %".4650", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4653" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4654" = load volatile i8, [40 x i8]* %".4653", align 1
  %".4655" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4656" = load volatile i8, [40 x i8]* %".4655", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4671" = trunc i64 %"cursor.62" to i16
  %".4672" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4671", ptr %".4672", align 2
  br label %"return"
gtpu_d1.stop_before.endif:
  %".4675" = add i64 %"cursor.62", 8
  %".4676" = getelementptr i8, ptr %"keys.208", i64 8
  store i8 1, ptr %".4676", align 1
  %".4678" = getelementptr i8, ptr %"keys.208", i64 48
  %"flags.76" = load volatile i32, ptr %".4678", align 4
  %".4679" = and i32 %"flags.76", 4
  %".4680" = icmp ne i32 %".4679", 0
  br i1 %".4680", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
gtpu_d1.stop_at_encap:
  %".4682" = trunc i64 %".4675" to i16
  %".4683" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4682", ptr %".4683", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4686" = getelementptr i8, ptr %"keys.208", i64 12
  store i32 0, ptr %".4686", align 4
  %".4688" = zext i8 %"w0_1.20" to i64
  %".4689" = lshr i64 %".4688", 2
  %".4690" = and i64 %".4689", 1
  %".4691" = mul i64 %".4690", 4
  %".4692" = zext i8 %"w0_1.20" to i64
  %".4693" = lshr i64 %".4692", 1
  %".4694" = and i64 %".4693", 1
  %".4695" = mul i64 %".4694", 2
  %".4696" = add i64 %".4691", %".4695"
  %".4697" = zext i8 %"w0_1.20" to i64
  %".4698" = and i64 %".4697", 1
  %".4699" = add i64 %".4696", %".4698"
  %".4700" = icmp uge i64 %".4699", 1
  %".4701" = icmp ule i64 %".4699", 3
  %".4702" = and i1 %".4700", %".4701"
  br i1 %".4702", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".4709" = trunc i64 %".4675" to i16
  %".4710" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4709", ptr %".4710", align 2
  br label %"return"
gtpu_d1.to_ip_version:
  %".4713" = trunc i64 %".4675" to i16
  %".4714" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4713", ptr %".4714", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4717" = trunc i64 %".4675" to i16
  %".4718" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4717", ptr %".4718", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4721" = trunc i64 %".4675" to i16
  %".4722" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4721", ptr %".4722", align 2
  br label %"return"
gtpu_d1.select:
  %".4704" = icmp uge i64 %".4699", 4
  %".4705" = icmp ule i64 %".4699", 7
  %".4706" = and i1 %".4704", %".4705"
  br i1 %".4706", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4699", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
shim_d1.copy:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4731" = trunc i64 %"cursor.63" to i32
  %".4732" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4731", [40 x i8]* %"header_copy", i32 8)
  %".4733" = icmp eq i64 %".4732", 0
  %".4734" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4735" = load i32, ptr %".4734", align 4
  %".4736" = zext i32 %".4735" to i64
  %"data.209" = inttoptr i64 %".4736" to ptr
  %".4737" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4738" = load i32, ptr %".4737", align 4
  %".4739" = zext i32 %".4738" to i64
  %"data_end.209" = inttoptr i64 %".4739" to ptr
  %".4740" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.209" = load ptr, ptr %".4740", align 8
  %".4741" = xor i1 %".4733", -1
  br i1 %".4741", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4743" = trunc i64 %"cursor.63" to i16
  %".4744" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4743", ptr %".4744", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4747" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4748" = load volatile i16, [40 x i8]* %".4747", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4757" = trunc i64 %".4750" to i16
  %".4758" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4757", ptr %".4758", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4761" = getelementptr i8, ptr %"keys.210", i64 12
  store i32 0, ptr %".4761", align 4
  %".4763" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".4764" = zext i16 %".4763" to i64
  switch i64 %".4764", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.unknown:
  %".4766" = trunc i64 %".4750" to i16
  %".4767" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4766", ptr %".4767", align 2
  br label %"return"
shim_d1.to_ipv4:
  %".4770" = trunc i64 %".4750" to i16
  %".4771" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4770", ptr %".4771", align 2
  br label %"return"
gre_d1.stop_before:
  %".4783" = trunc i64 %"cursor.64" to i16
  %".4784" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4783", ptr %".4784", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".4787" = add i64 %"cursor.64", 4
  %".4788" = zext i8 %"w0_1.13" to i64
  %".4789" = lshr i64 %".4788", 7
  %".4790" = and i64 %".4789", 1
  %".4791" = zext i8 %"w0_1.13" to i64
  %".4792" = lshr i64 %".4791", 5
  %".4793" = and i64 %".4792", 1
  %".4794" = add i64 %".4790", %".4793"
  %".4795" = zext i8 %"w0_1.13" to i64
  %".4796" = lshr i64 %".4795", 4
  %".4797" = and i64 %".4796", 1
  %".4798" = add i64 %".4794", %".4797"
  %".4799" = mul i64 %".4798", 4
  %".4800" = add i64 %".4799", 4
  %".4801" = getelementptr i8, ptr %"data.163", i64 %"cursor.64"
  %".4802" = getelementptr i8, ptr %".4801", i64 %".4800"
  %".4803" = icmp ugt ptr %".4802", %"data_end.163"
  br i1 %".4803", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.212" = phi  ptr [%"data.163", %"gre_d1.stop_before.endif"], [%"data.211", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.212" = phi  ptr [%"data_end.163", %"gre_d1.stop_before.endif"], [%"data_end.211", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.212" = phi  ptr [%"keys.163", %"gre_d1.stop_before.endif"], [%"keys.211", %"gre_d1.copy_last_byte_failed.endif"]
  %".4824" = add i64 %"cursor.64", %".4800"
  %".4825" = add i64 %"cursor.64", 4
  %".4826" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4825")
  %".4827" = icmp eq i64 %".4799", 0
  %"end.12" = select  i1 %".4827", i64 %".4826", i64 %".4824"
  %".4828" = getelementptr i8, ptr %"keys.212", i64 8
  store i8 1, ptr %".4828", align 1
  %".4830" = getelementptr i8, ptr %"keys.212", i64 48
  %"flags.78" = load volatile i32, ptr %".4830", align 4
  %".4831" = and i32 %"flags.78", 4
  %".4832" = icmp ne i32 %".4831", 0
  br i1 %".4832", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".4805" = add i64 %"cursor.64", %".4800"
  %".4806" = sub i64 %".4805", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4807" = trunc i64 %".4806" to i32
  %".4808" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".4807", i64* %"last_byte", i32 1)
  %".4809" = icmp eq i64 %".4808", 0
  %".4810" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4811" = load i32, ptr %".4810", align 4
  %".4812" = zext i32 %".4811" to i64
  %"data.211" = inttoptr i64 %".4812" to ptr
  %".4813" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4814" = load i32, ptr %".4813", align 4
  %".4815" = zext i32 %".4814" to i64
  %"data_end.211" = inttoptr i64 %".4815" to ptr
  %".4816" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.211" = load ptr, ptr %".4816", align 8
  %".4817" = xor i1 %".4809", -1
  br i1 %".4817", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4819" = trunc i64 %"cursor.64" to i16
  %".4820" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4819", ptr %".4820", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4834" = trunc i64 %"end.12" to i16
  %".4835" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4834", ptr %".4835", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4838" = getelementptr i8, ptr %"keys.212", i64 12
  store i32 0, ptr %".4838", align 4
  %".4840" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4841" = zext i16 %".4840" to i64
  %".4842" = trunc i64 %".4841" to i16
  %".4843" = call i16 @"llvm.bswap.i16"(i16 %".4842")
  %".4844" = getelementptr i8, ptr %"keys.212", i64 10
  store i16 %".4843", ptr %".4844", align 2
  %".4846" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4847" = zext i16 %".4846" to i64
  switch i64 %".4847", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !6
gre_d1.unknown:
  %".4849" = trunc i64 %"end.12" to i16
  %".4850" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4849", ptr %".4850", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".4853" = trunc i64 %"end.12" to i16
  %".4854" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4853", ptr %".4854", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4857" = trunc i64 %"end.12" to i16
  %".4858" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4857", ptr %".4858", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4861" = trunc i64 %"end.12" to i16
  %".4862" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4861", ptr %".4862", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4865" = trunc i64 %"end.12" to i16
  %".4866" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4865", ptr %".4866", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4869" = trunc i64 %"end.12" to i16
  %".4870" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4869", ptr %".4870", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4873" = trunc i64 %"end.12" to i16
  %".4874" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4873", ptr %".4874", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4877" = trunc i64 %"end.12" to i16
  %".4878" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4877", ptr %".4878", align 2
  br label %"return"
gre_d1.to_arp:
  %".4881" = trunc i64 %"end.12" to i16
  %".4882" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4881", ptr %".4882", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4885" = trunc i64 %"end.12" to i16
  %".4886" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4885", ptr %".4886", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4889" = trunc i64 %"end.12" to i16
  %".4890" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4889", ptr %".4890", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4893" = trunc i64 %"end.12" to i16
  %".4894" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4893", ptr %".4894", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4897" = trunc i64 %"end.12" to i16
  %".4898" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4897", ptr %".4898", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4901" = trunc i64 %"end.12" to i16
  %".4902" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4901", ptr %".4902", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4905" = trunc i64 %"end.12" to i16
  %".4906" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4905", ptr %".4906", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4909" = trunc i64 %"end.12" to i16
  %".4910" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4909", ptr %".4910", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4913" = trunc i64 %"end.12" to i16
  %".4914" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4913", ptr %".4914", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4917" = trunc i64 %"end.12" to i16
  %".4918" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4917", ptr %".4918", align 2
  br label %"return"
pptp_d1.stop_before:
  %".4930" = trunc i64 %"cursor.65" to i16
  %".4931" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".4930", ptr %".4931", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".4934" = add i64 %"cursor.65", 4
  %".4935" = zext i8 %"w0_1.13" to i64
  %".4936" = lshr i64 %".4935", 7
  %".4937" = and i64 %".4936", 1
  %".4938" = zext i8 %"w0_1.13" to i64
  %".4939" = lshr i64 %".4938", 5
  %".4940" = and i64 %".4939", 1
  %".4941" = add i64 %".4937", %".4940"
  %".4942" = zext i8 %"w0_1.13" to i64
  %".4943" = lshr i64 %".4942", 4
  %".4944" = and i64 %".4943", 1
  %".4945" = add i64 %".4941", %".4944"
  %".4946" = zext i8 %"w1_1.8" to i64
  %".4947" = lshr i64 %".4946", 7
  %".4948" = and i64 %".4947", 1
  %".4949" = add i64 %".4945", %".4948"
  %".4950" = mul i64 %".4949", 4
  %".4951" = add i64 %".4950", 4
  %".4952" = getelementptr i8, ptr %"data.164", i64 %"cursor.65"
  %".4953" = getelementptr i8, ptr %".4952", i64 %".4951"
  %".4954" = icmp ugt ptr %".4953", %"data_end.164"
  br i1 %".4954", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.214" = phi  ptr [%"data.164", %"pptp_d1.stop_before.endif"], [%"data.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.214" = phi  ptr [%"data_end.164", %"pptp_d1.stop_before.endif"], [%"data_end.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.214" = phi  ptr [%"keys.164", %"pptp_d1.stop_before.endif"], [%"keys.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %".4975" = add i64 %"cursor.65", %".4951"
  %".4976" = add i64 %"cursor.65", 4
  %".4977" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4976")
  %".4978" = icmp eq i64 %".4950", 0
  %"end.13" = select  i1 %".4978", i64 %".4977", i64 %".4975"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".4956" = add i64 %"cursor.65", %".4951"
  %".4957" = sub i64 %".4956", 1
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4958" = trunc i64 %".4957" to i32
  %".4959" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".4958", i64* %"last_byte", i32 1)
  %".4960" = icmp eq i64 %".4959", 0
  %".4961" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4962" = load i32, ptr %".4961", align 4
  %".4963" = zext i32 %".4962" to i64
  %"data.213" = inttoptr i64 %".4963" to ptr
  %".4964" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4965" = load i32, ptr %".4964", align 4
  %".4966" = zext i32 %".4965" to i64
  %"data_end.213" = inttoptr i64 %".4966" to ptr
  %".4967" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.213" = load ptr, ptr %".4967", align 8
  %".4968" = xor i1 %".4960", -1
  br i1 %".4968", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".4970" = trunc i64 %"cursor.65" to i16
  %".4971" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4970", ptr %".4971", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".4980" = trunc i64 %"end.13" to i16
  %".4981" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4980", ptr %".4981", align 2
  br label %"return"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.74" = phi  i64 [%"end.13", %"pptp_d1.to_ppp"]
  %"data.215" = phi  ptr [%"data.214", %"pptp_d1.to_ppp"]
  %"data_end.215" = phi  ptr [%"data_end.214", %"pptp_d1.to_ppp"]
  %"keys.215" = phi  ptr [%"keys.214", %"pptp_d1.to_ppp"]
  %"hdr.65" = getelementptr i8, ptr %"data.215", i64 %"cursor.74"
  %".5602" = getelementptr i8, ptr %"hdr.65", i64 4
  %".5603" = icmp ugt ptr %".5602", %"data_end.215"
  br i1 %".5603", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5605" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5606" = load i16, ptr %".5605", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.22" = phi  i16 [%".5606", %"ppp_d1.linear"], [%".5625", %"ppp_d1.copy_failed.endif"]
  %"data.235" = phi  ptr [%"data.215", %"ppp_d1.linear"], [%"data.234", %"ppp_d1.copy_failed.endif"]
  %"data_end.235" = phi  ptr [%"data_end.215", %"ppp_d1.linear"], [%"data_end.234", %"ppp_d1.copy_failed.endif"]
  %"keys.235" = phi  ptr [%"keys.215", %"ppp_d1.linear"], [%"keys.234", %"ppp_d1.copy_failed.endif"]
  %".5627" = add i64 %"cursor.74", 4
  %".5628" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".5629" = zext i16 %".5628" to i64
  switch i64 %".5629", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4993" = trunc i64 %"cursor.66" to i32
  %".4994" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".4993", [40 x i8]* %"header_copy", i32 2)
  %".4995" = icmp eq i64 %".4994", 0
  %".4996" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4997" = load i32, ptr %".4996", align 4
  %".4998" = zext i32 %".4997" to i64
  %"data.216" = inttoptr i64 %".4998" to ptr
  %".4999" = getelementptr i8, ptr %"ctx.71", i64 80
  %".5000" = load i32, ptr %".4999", align 4
  %".5001" = zext i32 %".5000" to i64
  %"data_end.216" = inttoptr i64 %".5001" to ptr
  %".5002" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.216" = load ptr, ptr %".5002", align 8
  %".5003" = xor i1 %".4995", -1
  br i1 %".5003", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".5005" = trunc i64 %"cursor.66" to i16
  %".5006" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".5005", ptr %".5006", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".5009" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5010" = load volatile i8, [40 x i8]* %".5009", align 1
  %".5011" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5012" = load volatile i8, [40 x i8]* %".5011", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".5029" = trunc i64 %"end.14" to i16
  %".5030" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5029", ptr %".5030", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  br label %"udp_d1"
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
  %".5046" = trunc i64 34887 to i16
  %".5047" = call i16 @"llvm.bswap.i16"(i16 %".5046")
  %".5048" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".5047", ptr %".5048", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".5051" = trunc i64 2048 to i16
  %".5052" = call i16 @"llvm.bswap.i16"(i16 %".5051")
  %".5053" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".5052", ptr %".5053", align 2
  %".5055" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".5055", align 1
  %".5057" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.79" = load volatile i32, ptr %".5057", align 4
  %".5058" = and i32 %"flags.79", 4
  %".5059" = icmp ne i32 %".5058", 0
  br i1 %".5059", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".5071" = trunc i64 34525 to i16
  %".5072" = call i16 @"llvm.bswap.i16"(i16 %".5071")
  %".5073" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".5072", ptr %".5073", align 2
  %".5075" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".5075", align 1
  %".5077" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.80" = load volatile i32, ptr %".5077", align 4
  %".5078" = and i32 %"flags.80", 4
  %".5079" = icmp ne i32 %".5078", 0
  br i1 %".5079", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6567", %"widening.test.30"]
  %"data.218" = phi  ptr [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.287", %"widening.test.30"]
  %"data_end.218" = phi  ptr [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.287", %"widening.test.30"]
  %"keys.218" = phi  ptr [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.30"]
  %"hdr.66" = getelementptr i8, ptr %"data.218", i64 %"cursor.75"
  %".5698" = getelementptr i8, ptr %"hdr.66", i64 2
  %".5699" = icmp ugt ptr %".5698", %"data_end.218"
  br i1 %".5699", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5701" = getelementptr i8, ptr %"hdr.66", i64 0
  %".5702" = load i8, ptr %".5701", align 1
  %".5703" = getelementptr i8, ptr %"hdr.66", i64 1
  %".5704" = load i8, ptr %".5703", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".5702", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5723", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5704", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5725", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.237" = phi  ptr [%"data.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.236", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.237" = phi  ptr [%"data_end.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.236", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.237" = phi  ptr [%"keys.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.236", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5727" = zext i8 %"w0_1.26" to i64
  %".5728" = trunc i64 %".5727" to i8
  %".5729" = getelementptr i8, ptr %"keys.237", i64 9
  store i8 %".5728", ptr %".5729", align 1
  %".5731" = add i64 %"cursor.75", 2
  %".5732" = zext i8 %"w1_1.15" to i64
  %".5733" = mul i64 %".5732", 8
  %".5734" = add i64 %".5733", 6
  %".5735" = add i64 %".5734", 2
  %".5736" = add i64 %"cursor.75", %".5735"
  %".5737" = add i64 %"cursor.75", 8
  %".5738" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5737")
  %".5739" = icmp eq i64 %".5734", 6
  %"end.16" = select  i1 %".5739", i64 %".5738", i64 %".5736"
  %".5740" = zext i8 %"w0_1.26" to i64
  switch i64 %".5740", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%"end.14", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".5124", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6556", %"widening.test.29"]
  %"data.219" = phi  ptr [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.286", %"widening.test.29"]
  %"data_end.219" = phi  ptr [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.286", %"widening.test.29"]
  %"keys.219" = phi  ptr [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.29"]
  %"hdr.67" = getelementptr i8, ptr %"data.219", i64 %"cursor.76"
  %".5816" = getelementptr i8, ptr %"hdr.67", i64 8
  %".5817" = icmp ugt ptr %".5816", %"data_end.219"
  br i1 %".5817", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5819" = getelementptr i8, ptr %"hdr.67", i64 0
  %".5820" = load i8, ptr %".5819", align 1
  %".5821" = getelementptr i8, ptr %"hdr.67", i64 2
  %".5822" = load i16, ptr %".5821", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".5820", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5841", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.23" = phi  i16 [%".5822", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5843", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.239" = phi  ptr [%"data.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.238", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.239" = phi  ptr [%"data_end.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.238", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.239" = phi  ptr [%"keys.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.238", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5845" = zext i8 %"w0_1.27" to i64
  %".5846" = trunc i64 %".5845" to i8
  %".5847" = getelementptr i8, ptr %"keys.239", i64 9
  store i8 %".5846", ptr %".5847", align 1
  %".5849" = add i64 %"cursor.76", 8
  %".5850" = icmp ne i64 1, 0
  %".5851" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.23")
  %".5852" = zext i16 %".5851" to i64
  %".5853" = and i64 %".5852", 65528
  %".5854" = icmp eq i64 %".5853", 0
  br i1 %".5850", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".5061" = trunc i64 %"end.14" to i16
  %".5062" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5061", ptr %".5062", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".5065" = getelementptr i8, ptr %"keys.217", i64 12
  store i32 0, ptr %".5065", align 4
  %".5067" = trunc i64 %"end.14" to i16
  %".5068" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5067", ptr %".5068", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".5081" = trunc i64 %"end.14" to i16
  %".5082" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5081", ptr %".5082", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5085" = getelementptr i8, ptr %"keys.217", i64 12
  store i32 0, ptr %".5085", align 4
  %".5087" = trunc i64 %"end.14" to i16
  %".5088" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5087", ptr %".5088", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5099" = trunc i64 %"cursor.67" to i32
  %".5100" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5099", [40 x i8]* %"header_copy", i32 8)
  %".5101" = icmp eq i64 %".5100", 0
  %".5102" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5103" = load i32, ptr %".5102", align 4
  %".5104" = zext i32 %".5103" to i64
  %"data.220" = inttoptr i64 %".5104" to ptr
  %".5105" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5106" = load i32, ptr %".5105", align 4
  %".5107" = zext i32 %".5106" to i64
  %"data_end.220" = inttoptr i64 %".5107" to ptr
  %".5108" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.220" = load ptr, ptr %".5108", align 8
  %".5109" = xor i1 %".5101", -1
  br i1 %".5109", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".5111" = trunc i64 %"cursor.67" to i16
  %".5112" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5111", ptr %".5112", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".5115" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5116" = load volatile i8, [40 x i8]* %".5115", align 1
  %".5117" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5118" = load volatile i16, [40 x i8]* %".5117", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".5131" = getelementptr i8, ptr %"keys.221", i64 6
  store i8 1, ptr %".5131", align 1
  br i1 %".5129", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".5151" = zext i8 %"w0_1.22" to i64
  switch i64 %".5151", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".5134" = getelementptr i8, ptr %"keys.221", i64 7
  store i8 1, ptr %".5134", align 1
  %".5136" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.81" = load volatile i32, ptr %".5136", align 4
  %".5137" = and i32 %"flags.81", 1
  %".5138" = icmp ne i32 %".5137", 0
  %".5139" = xor i1 %".5138", -1
  br i1 %".5139", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".5146" = trunc i64 %".5124" to i16
  %".5147" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5146", ptr %".5147", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".5141" = trunc i64 %".5124" to i16
  %".5142" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5141", ptr %".5142", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".5153" = trunc i64 %".5124" to i16
  %".5154" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5153", ptr %".5154", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  br label %"udp_d1"
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
  %".5170" = trunc i64 34887 to i16
  %".5171" = call i16 @"llvm.bswap.i16"(i16 %".5170")
  %".5172" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5171", ptr %".5172", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5175" = trunc i64 2048 to i16
  %".5176" = call i16 @"llvm.bswap.i16"(i16 %".5175")
  %".5177" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5176", ptr %".5177", align 2
  %".5179" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".5179", align 1
  %".5181" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.82" = load volatile i32, ptr %".5181", align 4
  %".5182" = and i32 %"flags.82", 4
  %".5183" = icmp ne i32 %".5182", 0
  br i1 %".5183", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".5195" = trunc i64 34525 to i16
  %".5196" = call i16 @"llvm.bswap.i16"(i16 %".5195")
  %".5197" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5196", ptr %".5197", align 2
  %".5199" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".5199", align 1
  %".5201" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.83" = load volatile i32, ptr %".5201", align 4
  %".5202" = and i32 %"flags.83", 4
  %".5203" = icmp ne i32 %".5202", 0
  br i1 %".5203", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5185" = trunc i64 %".5124" to i16
  %".5186" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5185", ptr %".5186", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5189" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".5189", align 4
  %".5191" = trunc i64 %".5124" to i16
  %".5192" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5191", ptr %".5192", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5205" = trunc i64 %".5124" to i16
  %".5206" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5205", ptr %".5206", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5209" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".5209", align 4
  %".5211" = trunc i64 %".5124" to i16
  %".5212" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5211", ptr %".5212", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5223" = trunc i64 %"cursor.68" to i32
  %".5224" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5223", [40 x i8]* %"header_copy", i32 2)
  %".5225" = icmp eq i64 %".5224", 0
  %".5226" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5227" = load i32, ptr %".5226", align 4
  %".5228" = zext i32 %".5227" to i64
  %"data.222" = inttoptr i64 %".5228" to ptr
  %".5229" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5230" = load i32, ptr %".5229", align 4
  %".5231" = zext i32 %".5230" to i64
  %"data_end.222" = inttoptr i64 %".5231" to ptr
  %".5232" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.222" = load ptr, ptr %".5232", align 8
  %".5233" = xor i1 %".5225", -1
  br i1 %".5233", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5235" = trunc i64 %"cursor.68" to i16
  %".5236" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5235", ptr %".5236", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5239" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5240" = load volatile i8, [40 x i8]* %".5239", align 1
  %".5241" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5242" = load volatile i8, [40 x i8]* %".5241", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5259" = trunc i64 %"end.15" to i16
  %".5260" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5259", ptr %".5260", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  br label %"udp_d0"
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
  %".5271" = trunc i64 %"end.15" to i16
  %".5272" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5271", ptr %".5272", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5275" = trunc i64 %"end.15" to i16
  %".5276" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5275", ptr %".5276", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5279" = trunc i64 %"end.15" to i16
  %".5280" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5279", ptr %".5280", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5283" = trunc i64 %"end.15" to i16
  %".5284" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5283", ptr %".5284", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5288" = trunc i64 34887 to i16
  %".5289" = call i16 @"llvm.bswap.i16"(i16 %".5288")
  %".5290" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5289", ptr %".5290", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5293" = trunc i64 2048 to i16
  %".5294" = call i16 @"llvm.bswap.i16"(i16 %".5293")
  %".5295" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5294", ptr %".5295", align 2
  %".5297" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5297", align 1
  %".5299" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.84" = load volatile i32, ptr %".5299", align 4
  %".5300" = and i32 %"flags.84", 4
  %".5301" = icmp ne i32 %".5300", 0
  br i1 %".5301", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5310" = trunc i64 34525 to i16
  %".5311" = call i16 @"llvm.bswap.i16"(i16 %".5310")
  %".5312" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5311", ptr %".5312", align 2
  %".5314" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5314", align 1
  %".5316" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.85" = load volatile i32, ptr %".5316", align 4
  %".5317" = and i32 %"flags.85", 4
  %".5318" = icmp ne i32 %".5317", 0
  br i1 %".5318", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5303" = trunc i64 %"end.15" to i16
  %".5304" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5303", ptr %".5304", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5307" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5307", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5320" = trunc i64 %"end.15" to i16
  %".5321" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5320", ptr %".5321", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5324" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5324", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5335" = trunc i64 %"cursor.69" to i32
  %".5336" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5335", [40 x i8]* %"header_copy", i32 8)
  %".5337" = icmp eq i64 %".5336", 0
  %".5338" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5339" = load i32, ptr %".5338", align 4
  %".5340" = zext i32 %".5339" to i64
  %"data.224" = inttoptr i64 %".5340" to ptr
  %".5341" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5342" = load i32, ptr %".5341", align 4
  %".5343" = zext i32 %".5342" to i64
  %"data_end.224" = inttoptr i64 %".5343" to ptr
  %".5344" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.224" = load ptr, ptr %".5344", align 8
  %".5345" = xor i1 %".5337", -1
  br i1 %".5345", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5347" = trunc i64 %"cursor.69" to i16
  %".5348" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".5347", ptr %".5348", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5351" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5352" = load volatile i8, [40 x i8]* %".5351", align 1
  %".5353" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5354" = load volatile i16, [40 x i8]* %".5353", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5367" = getelementptr i8, ptr %"keys.225", i64 6
  store i8 1, ptr %".5367", align 1
  br i1 %".5365", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5387" = zext i8 %"w0_1.24" to i64
  switch i64 %".5387", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5370" = getelementptr i8, ptr %"keys.225", i64 7
  store i8 1, ptr %".5370", align 1
  %".5372" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.86" = load volatile i32, ptr %".5372", align 4
  %".5373" = and i32 %"flags.86", 1
  %".5374" = icmp ne i32 %".5373", 0
  %".5375" = xor i1 %".5374", -1
  br i1 %".5375", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5382" = trunc i64 %".5360" to i16
  %".5383" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5382", ptr %".5383", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5377" = trunc i64 %".5360" to i16
  %".5378" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5377", ptr %".5378", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5389" = trunc i64 %".5360" to i16
  %".5390" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5389", ptr %".5390", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  br label %"udp_d0"
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
  %".5401" = trunc i64 %".5360" to i16
  %".5402" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5401", ptr %".5402", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5405" = trunc i64 %".5360" to i16
  %".5406" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5405", ptr %".5406", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5409" = trunc i64 %".5360" to i16
  %".5410" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5409", ptr %".5410", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5413" = trunc i64 %".5360" to i16
  %".5414" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5413", ptr %".5414", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5418" = trunc i64 34887 to i16
  %".5419" = call i16 @"llvm.bswap.i16"(i16 %".5418")
  %".5420" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5419", ptr %".5420", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5423" = trunc i64 2048 to i16
  %".5424" = call i16 @"llvm.bswap.i16"(i16 %".5423")
  %".5425" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5424", ptr %".5425", align 2
  %".5427" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5427", align 1
  %".5429" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.87" = load volatile i32, ptr %".5429", align 4
  %".5430" = and i32 %"flags.87", 4
  %".5431" = icmp ne i32 %".5430", 0
  br i1 %".5431", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5440" = trunc i64 34525 to i16
  %".5441" = call i16 @"llvm.bswap.i16"(i16 %".5440")
  %".5442" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5441", ptr %".5442", align 2
  %".5444" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5444", align 1
  %".5446" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.88" = load volatile i32, ptr %".5446", align 4
  %".5447" = and i32 %"flags.88", 4
  %".5448" = icmp ne i32 %".5447", 0
  br i1 %".5448", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5433" = trunc i64 %".5360" to i16
  %".5434" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5433", ptr %".5434", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5437" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5437", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5450" = trunc i64 %".5360" to i16
  %".5451" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5450", ptr %".5451", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5454" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5454", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5464" = trunc i64 %"cursor.70" to i32
  %".5465" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5464", [40 x i8]* %"header_copy", i32 4)
  %".5466" = icmp eq i64 %".5465", 0
  %".5467" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5468" = load i32, ptr %".5467", align 4
  %".5469" = zext i32 %".5468" to i64
  %"data.226" = inttoptr i64 %".5469" to ptr
  %".5470" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5471" = load i32, ptr %".5470", align 4
  %".5472" = zext i32 %".5471" to i64
  %"data_end.226" = inttoptr i64 %".5472" to ptr
  %".5473" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.226" = load ptr, ptr %".5473", align 8
  %".5474" = xor i1 %".5466", -1
  br i1 %".5474", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5476" = trunc i64 %".5457" to i16
  %".5477" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5476", ptr %".5477", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5480" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5481" = load volatile i8, [40 x i8]* %".5480", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5487" = trunc i64 %".5483" to i16
  %".5488" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5487", ptr %".5488", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_mpls:
  %".5491" = trunc i64 %".5483" to i16
  %".5492" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5491", ptr %".5492", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5495" = getelementptr i8, ptr %"keys.227", i64 8
  store i8 1, ptr %".5495", align 1
  %".5497" = getelementptr i8, ptr %"keys.227", i64 48
  %"flags.89" = load volatile i32, ptr %".5497", align 4
  %".5498" = and i32 %"flags.89", 4
  %".5499" = icmp ne i32 %".5498", 0
  br i1 %".5499", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5501" = trunc i64 %".5483" to i16
  %".5502" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5501", ptr %".5502", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5505" = getelementptr i8, ptr %"keys.227", i64 12
  store i32 0, ptr %".5505", align 4
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5515" = trunc i64 %"cursor.71" to i32
  %".5516" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5515", [40 x i8]* %"header_copy", i32 4)
  %".5517" = icmp eq i64 %".5516", 0
  %".5518" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5519" = load i32, ptr %".5518", align 4
  %".5520" = zext i32 %".5519" to i64
  %"data.228" = inttoptr i64 %".5520" to ptr
  %".5521" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5522" = load i32, ptr %".5521", align 4
  %".5523" = zext i32 %".5522" to i64
  %"data_end.228" = inttoptr i64 %".5523" to ptr
  %".5524" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.228" = load ptr, ptr %".5524", align 8
  %".5525" = xor i1 %".5517", -1
  br i1 %".5525", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5527" = trunc i64 %".5508" to i16
  %".5528" = getelementptr i8, ptr %"keys.228", i64 2
  store i16 %".5527", ptr %".5528", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5531" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5532" = load volatile i8, [40 x i8]* %".5531", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5538" = trunc i64 %".5534" to i16
  %".5539" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5538", ptr %".5539", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels3.to_ip_version:
  %".5543" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".5543", align 1
  %".5545" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.90" = load volatile i32, ptr %".5545", align 4
  %".5546" = and i32 %"flags.90", 4
  %".5547" = icmp ne i32 %".5546", 0
  br i1 %".5547", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5534", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.230" = phi  ptr [%"data.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.230" = phi  ptr [%"data_end.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.230" = phi  ptr [%"keys.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %".5952" = add i64 %"cursor.77", 4
  %"hdr.68" = getelementptr i8, ptr %"data.230", i64 %"cursor.77"
  %".5953" = getelementptr i8, ptr %"hdr.68", i64 4
  %".5954" = icmp ugt ptr %".5953", %"data_end.230"
  br i1 %".5954", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".5956" = getelementptr i8, ptr %"hdr.68", i64 2
  %".5957" = load i8, ptr %".5956", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".5957", %"mpls_d1_mpls_labels4.linear"], [%".5976", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.230", %"mpls_d1_mpls_labels4.linear"], [%"data.240", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.230", %"mpls_d1_mpls_labels4.linear"], [%"data_end.240", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.230", %"mpls_d1_mpls_labels4.linear"], [%"keys.240", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".5978" = add i64 %"cursor.77", 4
  %".5979" = zext i8 %"w2_1.7" to i64
  %".5980" = and i64 %".5979", 1
  switch i64 %".5980", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels3.stop_at_encap:
  %".5549" = trunc i64 %".5534" to i16
  %".5550" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5549", ptr %".5550", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5553" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".5553", align 4
  %".5555" = trunc i64 %".5534" to i16
  %".5556" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5555", ptr %".5556", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5565" = trunc i64 %"cursor.72" to i32
  %".5566" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5565", [40 x i8]* %"header_copy", i32 1)
  %".5567" = icmp eq i64 %".5566", 0
  %".5568" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5569" = load i32, ptr %".5568", align 4
  %".5570" = zext i32 %".5569" to i64
  %"data.231" = inttoptr i64 %".5570" to ptr
  %".5571" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5572" = load i32, ptr %".5571", align 4
  %".5573" = zext i32 %".5572" to i64
  %"data_end.231" = inttoptr i64 %".5573" to ptr
  %".5574" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.231" = load ptr, ptr %".5574", align 8
  %".5575" = xor i1 %".5567", -1
  br i1 %".5575", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5577" = trunc i64 %"cursor.72" to i16
  %".5578" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5577", ptr %".5578", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5581" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5582" = load volatile i8, [40 x i8]* %".5581", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5591" = trunc i64 %".5584" to i16
  %".5592" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5591", ptr %".5592", align 2
  br label %"return"
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5585", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5584", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.233" = phi  ptr [%"data.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.233" = phi  ptr [%"data_end.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.233" = phi  ptr [%"keys.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.233", i64 %"cursor.78"
  %".6006" = getelementptr i8, ptr %"hdr.69", i64 1
  %".6007" = icmp ugt ptr %".6006", %"data_end.233"
  br i1 %".6007", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".6009" = getelementptr i8, ptr %"hdr.69", i64 0
  %".6010" = load i8, ptr %".6009", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.28" = phi  i8 [%".6010", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".6029", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.243" = phi  ptr [%"data.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.242", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.243" = phi  ptr [%"data_end.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.242", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.243" = phi  ptr [%"keys.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.242", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".6031" = zext i8 %"w0_1.28" to i64
  %".6032" = icmp uge i64 %".6031", 1
  %".6033" = xor i1 %".6032", -1
  br i1 %".6033", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5608" = trunc i64 %"cursor.74" to i32
  %".5609" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5608", [40 x i8]* %"header_copy", i32 4)
  %".5610" = icmp eq i64 %".5609", 0
  %".5611" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5612" = load i32, ptr %".5611", align 4
  %".5613" = zext i32 %".5612" to i64
  %"data.234" = inttoptr i64 %".5613" to ptr
  %".5614" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5615" = load i32, ptr %".5614", align 4
  %".5616" = zext i32 %".5615" to i64
  %"data_end.234" = inttoptr i64 %".5616" to ptr
  %".5617" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.234" = load ptr, ptr %".5617", align 8
  %".5618" = xor i1 %".5610", -1
  br i1 %".5618", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5620" = trunc i64 %"cursor.74" to i16
  %".5621" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5620", ptr %".5621", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5624" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5625" = load volatile i16, [40 x i8]* %".5624", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5631" = and i64 %".5629", 0
  %".5632" = icmp eq i64 %".5631", 0
  br i1 %".5632", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".5638" = trunc i64 2048 to i16
  %".5639" = call i16 @"llvm.bswap.i16"(i16 %".5638")
  %".5640" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5639", ptr %".5640", align 2
  %".5642" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5642", align 1
  %".5644" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.91" = load volatile i32, ptr %".5644", align 4
  %".5645" = and i32 %"flags.91", 4
  %".5646" = icmp ne i32 %".5645", 0
  br i1 %".5646", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".5658" = trunc i64 34525 to i16
  %".5659" = call i16 @"llvm.bswap.i16"(i16 %".5658")
  %".5660" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5659", ptr %".5660", align 2
  %".5662" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5662", align 1
  %".5664" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.92" = load volatile i32, ptr %".5664", align 4
  %".5665" = and i32 %"flags.92", 4
  %".5666" = icmp ne i32 %".5665", 0
  br i1 %".5666", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5678" = trunc i64 34827 to i16
  %".5679" = call i16 @"llvm.bswap.i16"(i16 %".5678")
  %".5680" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5679", ptr %".5680", align 2
  %".5682" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5682", align 1
  %".5684" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.93" = load volatile i32, ptr %".5684", align 4
  %".5685" = and i32 %"flags.93", 4
  %".5686" = icmp ne i32 %".5685", 0
  br i1 %".5686", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5634" = trunc i64 %".5627" to i16
  %".5635" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5634", ptr %".5635", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5648" = trunc i64 %".5627" to i16
  %".5649" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5648", ptr %".5649", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5652" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5652", align 4
  %".5654" = trunc i64 %".5627" to i16
  %".5655" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5654", ptr %".5655", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5668" = trunc i64 %".5627" to i16
  %".5669" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5668", ptr %".5669", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5672" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5672", align 4
  %".5674" = trunc i64 %".5627" to i16
  %".5675" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5674", ptr %".5675", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5688" = trunc i64 %".5627" to i16
  %".5689" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5688", ptr %".5689", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5692" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5692", align 4
  %".5694" = trunc i64 %".5627" to i16
  %".5695" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5694", ptr %".5695", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5706" = trunc i64 %"cursor.75" to i32
  %".5707" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5706", [40 x i8]* %"header_copy", i32 2)
  %".5708" = icmp eq i64 %".5707", 0
  %".5709" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5710" = load i32, ptr %".5709", align 4
  %".5711" = zext i32 %".5710" to i64
  %"data.236" = inttoptr i64 %".5711" to ptr
  %".5712" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5713" = load i32, ptr %".5712", align 4
  %".5714" = zext i32 %".5713" to i64
  %"data_end.236" = inttoptr i64 %".5714" to ptr
  %".5715" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.236" = load ptr, ptr %".5715", align 8
  %".5716" = xor i1 %".5708", -1
  br i1 %".5716", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5718" = trunc i64 %"cursor.75" to i16
  %".5719" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5718", ptr %".5719", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5722" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5723" = load volatile i8, [40 x i8]* %".5722", align 1
  %".5724" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5725" = load volatile i8, [40 x i8]* %".5724", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5742" = trunc i64 %"end.16" to i16
  %".5743" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5742", ptr %".5743", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  br label %"udp_d1"
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
  %".5754" = trunc i64 %"end.16" to i16
  %".5755" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5754", ptr %".5755", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5758" = trunc i64 %"end.16" to i16
  %".5759" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5758", ptr %".5759", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5762" = trunc i64 %"end.16" to i16
  %".5763" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5762", ptr %".5763", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5766" = trunc i64 %"end.16" to i16
  %".5767" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5766", ptr %".5767", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5771" = trunc i64 34887 to i16
  %".5772" = call i16 @"llvm.bswap.i16"(i16 %".5771")
  %".5773" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5772", ptr %".5773", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5776" = trunc i64 2048 to i16
  %".5777" = call i16 @"llvm.bswap.i16"(i16 %".5776")
  %".5778" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5777", ptr %".5778", align 2
  %".5780" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".5780", align 1
  %".5782" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.94" = load volatile i32, ptr %".5782", align 4
  %".5783" = and i32 %"flags.94", 4
  %".5784" = icmp ne i32 %".5783", 0
  br i1 %".5784", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5796" = trunc i64 34525 to i16
  %".5797" = call i16 @"llvm.bswap.i16"(i16 %".5796")
  %".5798" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5797", ptr %".5798", align 2
  %".5800" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".5800", align 1
  %".5802" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.95" = load volatile i32, ptr %".5802", align 4
  %".5803" = and i32 %"flags.95", 4
  %".5804" = icmp ne i32 %".5803", 0
  br i1 %".5804", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5786" = trunc i64 %"end.16" to i16
  %".5787" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5786", ptr %".5787", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5790" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".5790", align 4
  %".5792" = trunc i64 %"end.16" to i16
  %".5793" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5792", ptr %".5793", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5806" = trunc i64 %"end.16" to i16
  %".5807" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5806", ptr %".5807", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5810" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".5810", align 4
  %".5812" = trunc i64 %"end.16" to i16
  %".5813" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5812", ptr %".5813", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5824" = trunc i64 %"cursor.76" to i32
  %".5825" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5824", [40 x i8]* %"header_copy", i32 8)
  %".5826" = icmp eq i64 %".5825", 0
  %".5827" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5828" = load i32, ptr %".5827", align 4
  %".5829" = zext i32 %".5828" to i64
  %"data.238" = inttoptr i64 %".5829" to ptr
  %".5830" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5831" = load i32, ptr %".5830", align 4
  %".5832" = zext i32 %".5831" to i64
  %"data_end.238" = inttoptr i64 %".5832" to ptr
  %".5833" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.238" = load ptr, ptr %".5833", align 8
  %".5834" = xor i1 %".5826", -1
  br i1 %".5834", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5836" = trunc i64 %"cursor.76" to i16
  %".5837" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5836", ptr %".5837", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5840" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5841" = load volatile i8, [40 x i8]* %".5840", align 1
  %".5842" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5843" = load volatile i16, [40 x i8]* %".5842", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5856" = getelementptr i8, ptr %"keys.239", i64 6
  store i8 1, ptr %".5856", align 1
  br i1 %".5854", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5876" = zext i8 %"w0_1.27" to i64
  switch i64 %".5876", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5859" = getelementptr i8, ptr %"keys.239", i64 7
  store i8 1, ptr %".5859", align 1
  %".5861" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.96" = load volatile i32, ptr %".5861", align 4
  %".5862" = and i32 %"flags.96", 1
  %".5863" = icmp ne i32 %".5862", 0
  %".5864" = xor i1 %".5863", -1
  br i1 %".5864", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5871" = trunc i64 %".5849" to i16
  %".5872" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5871", ptr %".5872", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5866" = trunc i64 %".5849" to i16
  %".5867" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5866", ptr %".5867", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5878" = trunc i64 %".5849" to i16
  %".5879" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5878", ptr %".5879", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  br label %"udp_d1"
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
  %".5890" = trunc i64 %".5849" to i16
  %".5891" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5890", ptr %".5891", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5894" = trunc i64 %".5849" to i16
  %".5895" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5894", ptr %".5895", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5898" = trunc i64 %".5849" to i16
  %".5899" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5898", ptr %".5899", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5902" = trunc i64 %".5849" to i16
  %".5903" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5902", ptr %".5903", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5907" = trunc i64 34887 to i16
  %".5908" = call i16 @"llvm.bswap.i16"(i16 %".5907")
  %".5909" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".5908", ptr %".5909", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5912" = trunc i64 2048 to i16
  %".5913" = call i16 @"llvm.bswap.i16"(i16 %".5912")
  %".5914" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".5913", ptr %".5914", align 2
  %".5916" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".5916", align 1
  %".5918" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.97" = load volatile i32, ptr %".5918", align 4
  %".5919" = and i32 %"flags.97", 4
  %".5920" = icmp ne i32 %".5919", 0
  br i1 %".5920", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5932" = trunc i64 34525 to i16
  %".5933" = call i16 @"llvm.bswap.i16"(i16 %".5932")
  %".5934" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".5933", ptr %".5934", align 2
  %".5936" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".5936", align 1
  %".5938" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.98" = load volatile i32, ptr %".5938", align 4
  %".5939" = and i32 %"flags.98", 4
  %".5940" = icmp ne i32 %".5939", 0
  br i1 %".5940", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5922" = trunc i64 %".5849" to i16
  %".5923" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5922", ptr %".5923", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5926" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".5926", align 4
  %".5928" = trunc i64 %".5849" to i16
  %".5929" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5928", ptr %".5929", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5942" = trunc i64 %".5849" to i16
  %".5943" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5942", ptr %".5943", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5946" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".5946", align 4
  %".5948" = trunc i64 %".5849" to i16
  %".5949" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5948", ptr %".5949", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5959" = trunc i64 %"cursor.77" to i32
  %".5960" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5959", [40 x i8]* %"header_copy", i32 4)
  %".5961" = icmp eq i64 %".5960", 0
  %".5962" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5963" = load i32, ptr %".5962", align 4
  %".5964" = zext i32 %".5963" to i64
  %"data.240" = inttoptr i64 %".5964" to ptr
  %".5965" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5966" = load i32, ptr %".5965", align 4
  %".5967" = zext i32 %".5966" to i64
  %"data_end.240" = inttoptr i64 %".5967" to ptr
  %".5968" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.240" = load ptr, ptr %".5968", align 8
  %".5969" = xor i1 %".5961", -1
  br i1 %".5969", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".5971" = trunc i64 %".5952" to i16
  %".5972" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5971", ptr %".5972", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".5975" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5976" = load volatile i8, [40 x i8]* %".5975", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".5982" = trunc i64 %".5978" to i16
  %".5983" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5982", ptr %".5983", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_mpls:
  %".5986" = trunc i64 %".5978" to i16
  %".5987" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5986", ptr %".5987", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".5990" = getelementptr i8, ptr %"keys.241", i64 8
  store i8 1, ptr %".5990", align 1
  %".5992" = getelementptr i8, ptr %"keys.241", i64 48
  %"flags.99" = load volatile i32, ptr %".5992", align 4
  %".5993" = and i32 %"flags.99", 4
  %".5994" = icmp ne i32 %".5993", 0
  br i1 %".5994", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".5996" = trunc i64 %".5978" to i16
  %".5997" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5996", ptr %".5997", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".6000" = getelementptr i8, ptr %"keys.241", i64 12
  store i32 0, ptr %".6000", align 4
  %".6002" = trunc i64 %".5978" to i16
  %".6003" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".6002", ptr %".6003", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6012" = trunc i64 %"cursor.78" to i32
  %".6013" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".6012", [40 x i8]* %"header_copy", i32 1)
  %".6014" = icmp eq i64 %".6013", 0
  %".6015" = getelementptr i8, ptr %"ctx.82", i64 76
  %".6016" = load i32, ptr %".6015", align 4
  %".6017" = zext i32 %".6016" to i64
  %"data.242" = inttoptr i64 %".6017" to ptr
  %".6018" = getelementptr i8, ptr %"ctx.82", i64 80
  %".6019" = load i32, ptr %".6018", align 4
  %".6020" = zext i32 %".6019" to i64
  %"data_end.242" = inttoptr i64 %".6020" to ptr
  %".6021" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.242" = load ptr, ptr %".6021", align 8
  %".6022" = xor i1 %".6014", -1
  br i1 %".6022", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".6024" = trunc i64 %"cursor.78" to i16
  %".6025" = getelementptr i8, ptr %"keys.242", i64 2
  store i16 %".6024", ptr %".6025", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".6028" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6029" = load volatile i8, [40 x i8]* %".6028", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".6035" = trunc i64 %"cursor.78" to i16
  %".6036" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6035", ptr %".6036", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".6039" = add i64 %"cursor.78", 1
  %".6040" = zext i8 %"w0_1.28" to i64
  %".6041" = mul i64 %".6040", 4
  %".6042" = sub i64 %".6041", 2
  %".6043" = add i64 %".6042", 1
  %".6044" = getelementptr i8, ptr %"data.243", i64 %"cursor.78"
  %".6045" = getelementptr i8, ptr %".6044", i64 %".6043"
  %".6046" = icmp ugt ptr %".6045", %"data_end.243"
  br i1 %".6046", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.245" = phi  ptr [%"data.243", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.244", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.245" = phi  ptr [%"data_end.243", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.244", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.245" = phi  ptr [%"keys.243", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.244", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %".6067" = add i64 %"cursor.78", %".6043"
  %".6068" = add i64 %"cursor.78", 3
  %".6069" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6068")
  %".6070" = icmp eq i64 %".6042", 2
  %"end.17" = select  i1 %".6070", i64 %".6069", i64 %".6067"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".6048" = add i64 %"cursor.78", %".6043"
  %".6049" = sub i64 %".6048", 1
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6050" = trunc i64 %".6049" to i32
  %".6051" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".6050", i64* %"last_byte", i32 1)
  %".6052" = icmp eq i64 %".6051", 0
  %".6053" = getelementptr i8, ptr %"ctx.83", i64 76
  %".6054" = load i32, ptr %".6053", align 4
  %".6055" = zext i32 %".6054" to i64
  %"data.244" = inttoptr i64 %".6055" to ptr
  %".6056" = getelementptr i8, ptr %"ctx.83", i64 80
  %".6057" = load i32, ptr %".6056", align 4
  %".6058" = zext i32 %".6057" to i64
  %"data_end.244" = inttoptr i64 %".6058" to ptr
  %".6059" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.244" = load ptr, ptr %".6059", align 8
  %".6060" = xor i1 %".6052", -1
  br i1 %".6060", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".6062" = trunc i64 %"cursor.78" to i16
  %".6063" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".6062", ptr %".6063", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".6072" = trunc i64 %"end.17" to i16
  %".6073" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6072", ptr %".6073", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%"end.17", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.246" = phi  ptr [%"data.245", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.246" = phi  ptr [%"data_end.245", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.246" = phi  ptr [%"keys.245", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.246", i64 %"cursor.79"
  %".6077" = getelementptr i8, ptr %"hdr.70", i64 1
  %".6078" = icmp ugt ptr %".6077", %"data_end.246"
  br i1 %".6078", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".6080" = getelementptr i8, ptr %"hdr.70", i64 0
  %".6081" = load i8, ptr %".6080", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.29" = phi  i8 [%".6081", %"gtpu_next_d1_gtpu_ext1.linear"], [%".6100", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.248" = phi  ptr [%"data.246", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.247", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.248" = phi  ptr [%"data_end.246", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.247", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.248" = phi  ptr [%"keys.246", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.247", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".6102" = add i64 %"cursor.79", 1
  %".6103" = zext i8 %"w0_1.29" to i64
  %".6104" = icmp uge i64 %".6103", 1
  %".6105" = icmp ule i64 %".6103", 255
  %".6106" = and i1 %".6104", %".6105"
  br i1 %".6106", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6083" = trunc i64 %"cursor.79" to i32
  %".6084" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".6083", [40 x i8]* %"header_copy", i32 1)
  %".6085" = icmp eq i64 %".6084", 0
  %".6086" = getelementptr i8, ptr %"ctx.84", i64 76
  %".6087" = load i32, ptr %".6086", align 4
  %".6088" = zext i32 %".6087" to i64
  %"data.247" = inttoptr i64 %".6088" to ptr
  %".6089" = getelementptr i8, ptr %"ctx.84", i64 80
  %".6090" = load i32, ptr %".6089", align 4
  %".6091" = zext i32 %".6090" to i64
  %"data_end.247" = inttoptr i64 %".6091" to ptr
  %".6092" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.247" = load ptr, ptr %".6092", align 8
  %".6093" = xor i1 %".6085", -1
  br i1 %".6093", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".6095" = trunc i64 %"cursor.79" to i16
  %".6096" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".6095", ptr %".6096", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".6099" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6100" = load volatile i8, [40 x i8]* %".6099", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".6109" = trunc i64 %".6102" to i16
  %".6110" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6109", ptr %".6110", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".6103", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".6102", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.249" = phi  ptr [%"data.248", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.249" = phi  ptr [%"data_end.248", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.249" = phi  ptr [%"keys.248", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.249", i64 %"cursor.80"
  %".6115" = getelementptr i8, ptr %"hdr.71", i64 1
  %".6116" = icmp ugt ptr %".6115", %"data_end.249"
  br i1 %".6116", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".6118" = getelementptr i8, ptr %"hdr.71", i64 0
  %".6119" = load i8, ptr %".6118", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.30" = phi  i8 [%".6119", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".6138", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.251" = phi  ptr [%"data.249", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.250", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.251" = phi  ptr [%"data_end.249", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.250", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.251" = phi  ptr [%"keys.249", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.250", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".6140" = zext i8 %"w0_1.30" to i64
  %".6141" = icmp uge i64 %".6140", 1
  %".6142" = xor i1 %".6141", -1
  br i1 %".6142", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6121" = trunc i64 %"cursor.80" to i32
  %".6122" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".6121", [40 x i8]* %"header_copy", i32 1)
  %".6123" = icmp eq i64 %".6122", 0
  %".6124" = getelementptr i8, ptr %"ctx.85", i64 76
  %".6125" = load i32, ptr %".6124", align 4
  %".6126" = zext i32 %".6125" to i64
  %"data.250" = inttoptr i64 %".6126" to ptr
  %".6127" = getelementptr i8, ptr %"ctx.85", i64 80
  %".6128" = load i32, ptr %".6127", align 4
  %".6129" = zext i32 %".6128" to i64
  %"data_end.250" = inttoptr i64 %".6129" to ptr
  %".6130" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.250" = load ptr, ptr %".6130", align 8
  %".6131" = xor i1 %".6123", -1
  br i1 %".6131", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".6133" = trunc i64 %"cursor.80" to i16
  %".6134" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6133", ptr %".6134", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".6137" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6138" = load volatile i8, [40 x i8]* %".6137", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".6144" = trunc i64 %"cursor.80" to i16
  %".6145" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".6144", ptr %".6145", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".6148" = add i64 %"cursor.80", 1
  %".6149" = zext i8 %"w0_1.30" to i64
  %".6150" = mul i64 %".6149", 4
  %".6151" = sub i64 %".6150", 2
  %".6152" = add i64 %".6151", 1
  %".6153" = getelementptr i8, ptr %"data.251", i64 %"cursor.80"
  %".6154" = getelementptr i8, ptr %".6153", i64 %".6152"
  %".6155" = icmp ugt ptr %".6154", %"data_end.251"
  br i1 %".6155", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.253" = phi  ptr [%"data.251", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.252", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.253" = phi  ptr [%"data_end.251", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.252", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.253" = phi  ptr [%"keys.251", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.252", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %".6176" = add i64 %"cursor.80", %".6152"
  %".6177" = add i64 %"cursor.80", 3
  %".6178" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6177")
  %".6179" = icmp eq i64 %".6151", 2
  %"end.18" = select  i1 %".6179", i64 %".6178", i64 %".6176"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".6157" = add i64 %"cursor.80", %".6152"
  %".6158" = sub i64 %".6157", 1
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6159" = trunc i64 %".6158" to i32
  %".6160" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".6159", i64* %"last_byte", i32 1)
  %".6161" = icmp eq i64 %".6160", 0
  %".6162" = getelementptr i8, ptr %"ctx.86", i64 76
  %".6163" = load i32, ptr %".6162", align 4
  %".6164" = zext i32 %".6163" to i64
  %"data.252" = inttoptr i64 %".6164" to ptr
  %".6165" = getelementptr i8, ptr %"ctx.86", i64 80
  %".6166" = load i32, ptr %".6165", align 4
  %".6167" = zext i32 %".6166" to i64
  %"data_end.252" = inttoptr i64 %".6167" to ptr
  %".6168" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.252" = load ptr, ptr %".6168", align 8
  %".6169" = xor i1 %".6161", -1
  br i1 %".6169", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".6171" = trunc i64 %"cursor.80" to i16
  %".6172" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6171", ptr %".6172", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".6181" = trunc i64 %"end.18" to i16
  %".6182" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".6181", ptr %".6182", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%"end.18", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.254" = phi  ptr [%"data.253", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.254" = phi  ptr [%"data_end.253", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.254" = phi  ptr [%"keys.253", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.254", i64 %"cursor.81"
  %".6186" = getelementptr i8, ptr %"hdr.72", i64 1
  %".6187" = icmp ugt ptr %".6186", %"data_end.254"
  br i1 %".6187", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".6189" = getelementptr i8, ptr %"hdr.72", i64 0
  %".6190" = load i8, ptr %".6189", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.31" = phi  i8 [%".6190", %"gtpu_next_d1_gtpu_ext2.linear"], [%".6209", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.256" = phi  ptr [%"data.254", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.255", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.256" = phi  ptr [%"data_end.254", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.255", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.256" = phi  ptr [%"keys.254", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.255", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".6211" = add i64 %"cursor.81", 1
  %".6212" = zext i8 %"w0_1.31" to i64
  %".6213" = icmp uge i64 %".6212", 1
  %".6214" = icmp ule i64 %".6212", 255
  %".6215" = and i1 %".6213", %".6214"
  br i1 %".6215", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6192" = trunc i64 %"cursor.81" to i32
  %".6193" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".6192", [40 x i8]* %"header_copy", i32 1)
  %".6194" = icmp eq i64 %".6193", 0
  %".6195" = getelementptr i8, ptr %"ctx.87", i64 76
  %".6196" = load i32, ptr %".6195", align 4
  %".6197" = zext i32 %".6196" to i64
  %"data.255" = inttoptr i64 %".6197" to ptr
  %".6198" = getelementptr i8, ptr %"ctx.87", i64 80
  %".6199" = load i32, ptr %".6198", align 4
  %".6200" = zext i32 %".6199" to i64
  %"data_end.255" = inttoptr i64 %".6200" to ptr
  %".6201" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.255" = load ptr, ptr %".6201", align 8
  %".6202" = xor i1 %".6194", -1
  br i1 %".6202", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".6204" = trunc i64 %"cursor.81" to i16
  %".6205" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".6204", ptr %".6205", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".6208" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6209" = load volatile i8, [40 x i8]* %".6208", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6218" = trunc i64 %".6211" to i16
  %".6219" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6218", ptr %".6219", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6223" = trunc i64 %".6211" to i16
  %".6224" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6223", ptr %".6224", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".6212", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
widening.test:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6229" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6230" = load i32, ptr %".6229", align 4
  %".6231" = zext i32 %".6230" to i64
  %"data.257" = inttoptr i64 %".6231" to ptr
  %".6232" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6233" = load i32, ptr %".6232", align 4
  %".6234" = zext i32 %".6233" to i64
  %"data_end.257" = inttoptr i64 %".6234" to ptr
  %".6235" = getelementptr i8, ptr %"keys", i64 0
  %".6236" = load volatile i16, ptr %".6235", align 2
  %".6237" = zext i16 %".6236" to i64
  %".6238" = icmp ugt i64 %".6237", 261
  br i1 %".6238", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6240" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6241" = load i32, ptr %".6240", align 4
  %".6242" = zext i32 %".6241" to i64
  %"data.258" = inttoptr i64 %".6242" to ptr
  %".6243" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6244" = load i32, ptr %".6243", align 4
  %".6245" = zext i32 %".6244" to i64
  %"data_end.258" = inttoptr i64 %".6245" to ptr
  %".6246" = getelementptr i8, ptr %"keys", i64 0
  %".6247" = load volatile i16, ptr %".6246", align 2
  %".6248" = zext i16 %".6247" to i64
  %".6249" = icmp ugt i64 %".6248", 261
  br i1 %".6249", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6251" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6252" = load i32, ptr %".6251", align 4
  %".6253" = zext i32 %".6252" to i64
  %"data.259" = inttoptr i64 %".6253" to ptr
  %".6254" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6255" = load i32, ptr %".6254", align 4
  %".6256" = zext i32 %".6255" to i64
  %"data_end.259" = inttoptr i64 %".6256" to ptr
  %".6257" = getelementptr i8, ptr %"keys", i64 0
  %".6258" = load volatile i16, ptr %".6257", align 2
  %".6259" = zext i16 %".6258" to i64
  %".6260" = icmp ugt i64 %".6259", 267
  br i1 %".6260", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6262" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6263" = load i32, ptr %".6262", align 4
  %".6264" = zext i32 %".6263" to i64
  %"data.260" = inttoptr i64 %".6264" to ptr
  %".6265" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6266" = load i32, ptr %".6265", align 4
  %".6267" = zext i32 %".6266" to i64
  %"data_end.260" = inttoptr i64 %".6267" to ptr
  %".6268" = getelementptr i8, ptr %"keys", i64 0
  %".6269" = load volatile i16, ptr %".6268", align 2
  %".6270" = zext i16 %".6269" to i64
  %".6271" = icmp ugt i64 %".6270", 267
  br i1 %".6271", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6273" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6274" = load i32, ptr %".6273", align 4
  %".6275" = zext i32 %".6274" to i64
  %"data.261" = inttoptr i64 %".6275" to ptr
  %".6276" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6277" = load i32, ptr %".6276", align 4
  %".6278" = zext i32 %".6277" to i64
  %"data_end.261" = inttoptr i64 %".6278" to ptr
  %".6279" = getelementptr i8, ptr %"keys", i64 0
  %".6280" = load volatile i16, ptr %".6279", align 2
  %".6281" = zext i16 %".6280" to i64
  %".6282" = icmp ugt i64 %".6281", 275
  br i1 %".6282", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6284" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6285" = load i32, ptr %".6284", align 4
  %".6286" = zext i32 %".6285" to i64
  %"data.262" = inttoptr i64 %".6286" to ptr
  %".6287" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6288" = load i32, ptr %".6287", align 4
  %".6289" = zext i32 %".6288" to i64
  %"data_end.262" = inttoptr i64 %".6289" to ptr
  %".6290" = getelementptr i8, ptr %"keys", i64 0
  %".6291" = load volatile i16, ptr %".6290", align 2
  %".6292" = zext i16 %".6291" to i64
  %".6293" = icmp ugt i64 %".6292", 2363
  br i1 %".6293", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6295" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6296" = load i32, ptr %".6295", align 4
  %".6297" = zext i32 %".6296" to i64
  %"data.263" = inttoptr i64 %".6297" to ptr
  %".6298" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6299" = load i32, ptr %".6298", align 4
  %".6300" = zext i32 %".6299" to i64
  %"data_end.263" = inttoptr i64 %".6300" to ptr
  %".6301" = getelementptr i8, ptr %"keys", i64 0
  %".6302" = load volatile i16, ptr %".6301", align 2
  %".6303" = zext i16 %".6302" to i64
  %".6304" = icmp ugt i64 %".6303", 2363
  br i1 %".6304", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6306" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6307" = load i32, ptr %".6306", align 4
  %".6308" = zext i32 %".6307" to i64
  %"data.264" = inttoptr i64 %".6308" to ptr
  %".6309" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6310" = load i32, ptr %".6309", align 4
  %".6311" = zext i32 %".6310" to i64
  %"data_end.264" = inttoptr i64 %".6311" to ptr
  %".6312" = getelementptr i8, ptr %"keys", i64 0
  %".6313" = load volatile i16, ptr %".6312", align 2
  %".6314" = zext i16 %".6313" to i64
  %".6315" = icmp ugt i64 %".6314", 4411
  br i1 %".6315", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6317" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6318" = load i32, ptr %".6317", align 4
  %".6319" = zext i32 %".6318" to i64
  %"data.265" = inttoptr i64 %".6319" to ptr
  %".6320" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6321" = load i32, ptr %".6320", align 4
  %".6322" = zext i32 %".6321" to i64
  %"data_end.265" = inttoptr i64 %".6322" to ptr
  %".6323" = getelementptr i8, ptr %"keys", i64 0
  %".6324" = load volatile i16, ptr %".6323", align 2
  %".6325" = zext i16 %".6324" to i64
  %".6326" = icmp ugt i64 %".6325", 4411
  br i1 %".6326", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6328" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6329" = load i32, ptr %".6328", align 4
  %".6330" = zext i32 %".6329" to i64
  %"data.266" = inttoptr i64 %".6330" to ptr
  %".6331" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6332" = load i32, ptr %".6331", align 4
  %".6333" = zext i32 %".6332" to i64
  %"data_end.266" = inttoptr i64 %".6333" to ptr
  %".6334" = getelementptr i8, ptr %"keys", i64 0
  %".6335" = load volatile i16, ptr %".6334", align 2
  %".6336" = zext i16 %".6335" to i64
  %".6337" = icmp ugt i64 %".6336", 275
  br i1 %".6337", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6339" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6340" = load i32, ptr %".6339", align 4
  %".6341" = zext i32 %".6340" to i64
  %"data.267" = inttoptr i64 %".6341" to ptr
  %".6342" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6343" = load i32, ptr %".6342", align 4
  %".6344" = zext i32 %".6343" to i64
  %"data_end.267" = inttoptr i64 %".6344" to ptr
  %".6345" = getelementptr i8, ptr %"keys", i64 0
  %".6346" = load volatile i16, ptr %".6345", align 2
  %".6347" = zext i16 %".6346" to i64
  %".6348" = icmp ugt i64 %".6347", 6459
  br i1 %".6348", label %"widening.test.11", label %"mpls_d0_mpls_labels1"
widening.test.11:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6350" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6351" = load i32, ptr %".6350", align 4
  %".6352" = zext i32 %".6351" to i64
  %"data.268" = inttoptr i64 %".6352" to ptr
  %".6353" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6354" = load i32, ptr %".6353", align 4
  %".6355" = zext i32 %".6354" to i64
  %"data_end.268" = inttoptr i64 %".6355" to ptr
  %".6356" = getelementptr i8, ptr %"keys", i64 0
  %".6357" = load volatile i16, ptr %".6356", align 2
  %".6358" = zext i16 %".6357" to i64
  %".6359" = icmp ugt i64 %".6358", 6459
  br i1 %".6359", label %"widening.test.12", label %"gre_version_d0"
widening.test.12:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6361" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6362" = load i32, ptr %".6361", align 4
  %".6363" = zext i32 %".6362" to i64
  %"data.269" = inttoptr i64 %".6363" to ptr
  %".6364" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6365" = load i32, ptr %".6364", align 4
  %".6366" = zext i32 %".6365" to i64
  %"data_end.269" = inttoptr i64 %".6366" to ptr
  %".6367" = getelementptr i8, ptr %"keys", i64 0
  %".6368" = load volatile i16, ptr %".6367", align 2
  %".6369" = zext i16 %".6368" to i64
  %".6370" = icmp ugt i64 %".6369", 6459
  br i1 %".6370", label %"widening.test.13", label %"udp_d0"
widening.test.13:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6372" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6373" = load i32, ptr %".6372", align 4
  %".6374" = zext i32 %".6373" to i64
  %"data.270" = inttoptr i64 %".6374" to ptr
  %".6375" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6376" = load i32, ptr %".6375", align 4
  %".6377" = zext i32 %".6376" to i64
  %"data_end.270" = inttoptr i64 %".6377" to ptr
  %".6378" = getelementptr i8, ptr %"keys", i64 0
  %".6379" = load volatile i16, ptr %".6378", align 2
  %".6380" = zext i16 %".6379" to i64
  %".6381" = icmp ugt i64 %".6380", 8519
  br i1 %".6381", label %"widening.test.14", label %"ip_version_d1"
widening.test.14:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6383" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6384" = load i32, ptr %".6383", align 4
  %".6385" = zext i32 %".6384" to i64
  %"data.271" = inttoptr i64 %".6385" to ptr
  %".6386" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6387" = load i32, ptr %".6386", align 4
  %".6388" = zext i32 %".6387" to i64
  %"data_end.271" = inttoptr i64 %".6388" to ptr
  %".6389" = getelementptr i8, ptr %"keys", i64 0
  %".6390" = load volatile i16, ptr %".6389", align 2
  %".6391" = zext i16 %".6390" to i64
  %".6392" = icmp ugt i64 %".6391", 6727
  br i1 %".6392", label %"widening.test.15", label %"ethernet_d1"
widening.test.15:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6394" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6395" = load i32, ptr %".6394", align 4
  %".6396" = zext i32 %".6395" to i64
  %"data.272" = inttoptr i64 %".6396" to ptr
  %".6397" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6398" = load i32, ptr %".6397", align 4
  %".6399" = zext i32 %".6398" to i64
  %"data_end.272" = inttoptr i64 %".6399" to ptr
  %".6400" = getelementptr i8, ptr %"keys", i64 0
  %".6401" = load volatile i16, ptr %".6400", align 2
  %".6402" = zext i16 %".6401" to i64
  %".6403" = icmp ugt i64 %".6402", 6741
  br i1 %".6403", label %"widening.test.16", label %"hsr_d1_vlan_tags1"
widening.test.16:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6405" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6406" = load i32, ptr %".6405", align 4
  %".6407" = zext i32 %".6406" to i64
  %"data.273" = inttoptr i64 %".6407" to ptr
  %".6408" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6409" = load i32, ptr %".6408", align 4
  %".6410" = zext i32 %".6409" to i64
  %"data_end.273" = inttoptr i64 %".6410" to ptr
  %".6411" = getelementptr i8, ptr %"keys", i64 0
  %".6412" = load volatile i16, ptr %".6411", align 2
  %".6413" = zext i16 %".6412" to i64
  %".6414" = icmp ugt i64 %".6413", 6741
  br i1 %".6414", label %"widening.test.17", label %"vlan_d1_vlan_tags1"
widening.test.17:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6416" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6417" = load i32, ptr %".6416", align 4
  %".6418" = zext i32 %".6417" to i64
  %"data.274" = inttoptr i64 %".6418" to ptr
  %".6419" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6420" = load i32, ptr %".6419", align 4
  %".6421" = zext i32 %".6420" to i64
  %"data_end.274" = inttoptr i64 %".6421" to ptr
  %".6422" = getelementptr i8, ptr %"keys", i64 0
  %".6423" = load volatile i16, ptr %".6422", align 2
  %".6424" = zext i16 %".6423" to i64
  %".6425" = icmp ugt i64 %".6424", 6747
  br i1 %".6425", label %"widening.test.18", label %"hsr_d1_vlan_tags2"
widening.test.18:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6427" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6428" = load i32, ptr %".6427", align 4
  %".6429" = zext i32 %".6428" to i64
  %"data.275" = inttoptr i64 %".6429" to ptr
  %".6430" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6431" = load i32, ptr %".6430", align 4
  %".6432" = zext i32 %".6431" to i64
  %"data_end.275" = inttoptr i64 %".6432" to ptr
  %".6433" = getelementptr i8, ptr %"keys", i64 0
  %".6434" = load volatile i16, ptr %".6433", align 2
  %".6435" = zext i16 %".6434" to i64
  %".6436" = icmp ugt i64 %".6435", 6747
  br i1 %".6436", label %"widening.test.19", label %"vlan_d1_vlan_tags2"
widening.test.19:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6438" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6439" = load i32, ptr %".6438", align 4
  %".6440" = zext i32 %".6439" to i64
  %"data.276" = inttoptr i64 %".6440" to ptr
  %".6441" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6442" = load i32, ptr %".6441", align 4
  %".6443" = zext i32 %".6442" to i64
  %"data_end.276" = inttoptr i64 %".6443" to ptr
  %".6444" = getelementptr i8, ptr %"keys", i64 0
  %".6445" = load volatile i16, ptr %".6444", align 2
  %".6446" = zext i16 %".6445" to i64
  %".6447" = icmp ugt i64 %".6446", 6753
  br i1 %".6447", label %"widening.test.20", label %"batadv_d1"
widening.test.20:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6449" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6450" = load i32, ptr %".6449", align 4
  %".6451" = zext i32 %".6450" to i64
  %"data.277" = inttoptr i64 %".6451" to ptr
  %".6452" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6453" = load i32, ptr %".6452", align 4
  %".6454" = zext i32 %".6453" to i64
  %"data_end.277" = inttoptr i64 %".6454" to ptr
  %".6455" = getelementptr i8, ptr %"keys", i64 0
  %".6456" = load volatile i16, ptr %".6455", align 2
  %".6457" = zext i16 %".6456" to i64
  %".6458" = icmp ugt i64 %".6457", 6753
  br i1 %".6458", label %"widening.test.21", label %"fcoe"
widening.test.21:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6460" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6461" = load i32, ptr %".6460", align 4
  %".6462" = zext i32 %".6461" to i64
  %"data.278" = inttoptr i64 %".6462" to ptr
  %".6463" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6464" = load i32, ptr %".6463", align 4
  %".6465" = zext i32 %".6464" to i64
  %"data_end.278" = inttoptr i64 %".6465" to ptr
  %".6466" = getelementptr i8, ptr %"keys", i64 0
  %".6467" = load volatile i16, ptr %".6466", align 2
  %".6468" = zext i16 %".6467" to i64
  %".6469" = icmp ugt i64 %".6468", 6753
  br i1 %".6469", label %"widening.test.22", label %"tipc"
widening.test.22:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6471" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6472" = load i32, ptr %".6471", align 4
  %".6473" = zext i32 %".6472" to i64
  %"data.279" = inttoptr i64 %".6473" to ptr
  %".6474" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6475" = load i32, ptr %".6474", align 4
  %".6476" = zext i32 %".6475" to i64
  %"data_end.279" = inttoptr i64 %".6476" to ptr
  %".6477" = getelementptr i8, ptr %"keys", i64 0
  %".6478" = load volatile i16, ptr %".6477", align 2
  %".6479" = zext i16 %".6478" to i64
  %".6480" = icmp ugt i64 %".6479", 6753
  br i1 %".6480", label %"widening.test.23", label %"cfm"
widening.test.23:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6482" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6483" = load i32, ptr %".6482", align 4
  %".6484" = zext i32 %".6483" to i64
  %"data.280" = inttoptr i64 %".6484" to ptr
  %".6485" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6486" = load i32, ptr %".6485", align 4
  %".6487" = zext i32 %".6486" to i64
  %"data_end.280" = inttoptr i64 %".6487" to ptr
  %".6488" = getelementptr i8, ptr %"keys", i64 0
  %".6489" = load volatile i16, ptr %".6488", align 2
  %".6490" = zext i16 %".6489" to i64
  %".6491" = icmp ugt i64 %".6490", 6753
  br i1 %".6491", label %"widening.test.24", label %"ptp"
widening.test.24:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6493" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6494" = load i32, ptr %".6493", align 4
  %".6495" = zext i32 %".6494" to i64
  %"data.281" = inttoptr i64 %".6495" to ptr
  %".6496" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6497" = load i32, ptr %".6496", align 4
  %".6498" = zext i32 %".6497" to i64
  %"data_end.281" = inttoptr i64 %".6498" to ptr
  %".6499" = getelementptr i8, ptr %"keys", i64 0
  %".6500" = load volatile i16, ptr %".6499", align 2
  %".6501" = zext i16 %".6500" to i64
  %".6502" = icmp ugt i64 %".6501", 6753
  br i1 %".6502", label %"widening.test.25", label %"arp"
widening.test.25:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6504" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6505" = load i32, ptr %".6504", align 4
  %".6506" = zext i32 %".6505" to i64
  %"data.282" = inttoptr i64 %".6506" to ptr
  %".6507" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6508" = load i32, ptr %".6507", align 4
  %".6509" = zext i32 %".6508" to i64
  %"data_end.282" = inttoptr i64 %".6509" to ptr
  %".6510" = getelementptr i8, ptr %"keys", i64 0
  %".6511" = load volatile i16, ptr %".6510", align 2
  %".6512" = zext i16 %".6511" to i64
  %".6513" = icmp ugt i64 %".6512", 6753
  br i1 %".6513", label %"widening.test.26", label %"pppoe_d1"
widening.test.26:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6515" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6516" = load i32, ptr %".6515", align 4
  %".6517" = zext i32 %".6516" to i64
  %"data.283" = inttoptr i64 %".6517" to ptr
  %".6518" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6519" = load i32, ptr %".6518", align 4
  %".6520" = zext i32 %".6519" to i64
  %"data_end.283" = inttoptr i64 %".6520" to ptr
  %".6521" = getelementptr i8, ptr %"keys", i64 0
  %".6522" = load volatile i16, ptr %".6521", align 2
  %".6523" = zext i16 %".6522" to i64
  %".6524" = icmp ugt i64 %".6523", 8519
  br i1 %".6524", label %"widening.test.27", label %"ipv6_d1"
widening.test.27:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6526" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6527" = load i32, ptr %".6526", align 4
  %".6528" = zext i32 %".6527" to i64
  %"data.284" = inttoptr i64 %".6528" to ptr
  %".6529" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6530" = load i32, ptr %".6529", align 4
  %".6531" = zext i32 %".6530" to i64
  %"data_end.284" = inttoptr i64 %".6531" to ptr
  %".6532" = getelementptr i8, ptr %"keys", i64 0
  %".6533" = load volatile i16, ptr %".6532", align 2
  %".6534" = zext i16 %".6533" to i64
  %".6535" = icmp ugt i64 %".6534", 10607
  br i1 %".6535", label %"widening.test.28", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.28:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6537" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6538" = load i32, ptr %".6537", align 4
  %".6539" = zext i32 %".6538" to i64
  %"data.285" = inttoptr i64 %".6539" to ptr
  %".6540" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6541" = load i32, ptr %".6540", align 4
  %".6542" = zext i32 %".6541" to i64
  %"data_end.285" = inttoptr i64 %".6542" to ptr
  %".6543" = getelementptr i8, ptr %"keys", i64 0
  %".6544" = load volatile i16, ptr %".6543", align 2
  %".6545" = zext i16 %".6544" to i64
  %".6546" = icmp ugt i64 %".6545", 10607
  br i1 %".6546", label %"widening.test.29", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.29:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6548" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6549" = load i32, ptr %".6548", align 4
  %".6550" = zext i32 %".6549" to i64
  %"data.286" = inttoptr i64 %".6550" to ptr
  %".6551" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6552" = load i32, ptr %".6551", align 4
  %".6553" = zext i32 %".6552" to i64
  %"data_end.286" = inttoptr i64 %".6553" to ptr
  %".6554" = getelementptr i8, ptr %"keys", i64 0
  %".6555" = load volatile i16, ptr %".6554", align 2
  %".6556" = zext i16 %".6555" to i64
  %".6557" = icmp ugt i64 %".6556", 12655
  br i1 %".6557", label %"widening.test.30", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.30:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6559" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6560" = load i32, ptr %".6559", align 4
  %".6561" = zext i32 %".6560" to i64
  %"data.287" = inttoptr i64 %".6561" to ptr
  %".6562" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6563" = load i32, ptr %".6562", align 4
  %".6564" = zext i32 %".6563" to i64
  %"data_end.287" = inttoptr i64 %".6564" to ptr
  %".6565" = getelementptr i8, ptr %"keys", i64 0
  %".6566" = load volatile i16, ptr %".6565", align 2
  %".6567" = zext i16 %".6566" to i64
  %".6568" = icmp ugt i64 %".6567", 12655
  br i1 %".6568", label %"widening.test.31", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.31:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6570" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6571" = load i32, ptr %".6570", align 4
  %".6572" = zext i32 %".6571" to i64
  %"data.288" = inttoptr i64 %".6572" to ptr
  %".6573" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6574" = load i32, ptr %".6573", align 4
  %".6575" = zext i32 %".6574" to i64
  %"data_end.288" = inttoptr i64 %".6575" to ptr
  %".6576" = getelementptr i8, ptr %"keys", i64 0
  %".6577" = load volatile i16, ptr %".6576", align 2
  %".6578" = zext i16 %".6577" to i64
  %".6579" = icmp ugt i64 %".6578", 14703
  br i1 %".6579", label %"widening.test.32", label %"icmpv6"
widening.test.32:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6581" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6582" = load i32, ptr %".6581", align 4
  %".6583" = zext i32 %".6582" to i64
  %"data.289" = inttoptr i64 %".6583" to ptr
  %".6584" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6585" = load i32, ptr %".6584", align 4
  %".6586" = zext i32 %".6585" to i64
  %"data_end.289" = inttoptr i64 %".6586" to ptr
  %".6587" = getelementptr i8, ptr %"keys", i64 0
  %".6588" = load volatile i16, ptr %".6587", align 2
  %".6589" = zext i16 %".6588" to i64
  %".6590" = icmp ugt i64 %".6589", 8519
  br i1 %".6590", label %"widening.test.33", label %"ipv4_d1"
widening.test.33:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6592" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6593" = load i32, ptr %".6592", align 4
  %".6594" = zext i32 %".6593" to i64
  %"data.290" = inttoptr i64 %".6594" to ptr
  %".6595" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6596" = load i32, ptr %".6595", align 4
  %".6597" = zext i32 %".6596" to i64
  %"data_end.290" = inttoptr i64 %".6597" to ptr
  %".6598" = getelementptr i8, ptr %"keys", i64 0
  %".6599" = load volatile i16, ptr %".6598", align 2
  %".6600" = zext i16 %".6599" to i64
  %".6601" = icmp ugt i64 %".6600", 14703
  br i1 %".6601", label %"widening.test.34", label %"mpls_d1_mpls_labels1"
widening.test.34:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6603" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6604" = load i32, ptr %".6603", align 4
  %".6605" = zext i32 %".6604" to i64
  %"data.291" = inttoptr i64 %".6605" to ptr
  %".6606" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6607" = load i32, ptr %".6606", align 4
  %".6608" = zext i32 %".6607" to i64
  %"data_end.291" = inttoptr i64 %".6608" to ptr
  %".6609" = getelementptr i8, ptr %"keys", i64 0
  %".6610" = load volatile i16, ptr %".6609", align 2
  %".6611" = zext i16 %".6610" to i64
  %".6612" = icmp ugt i64 %".6611", 14703
  br i1 %".6612", label %"widening.test.35", label %"ah"
widening.test.35:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6614" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6615" = load i32, ptr %".6614", align 4
  %".6616" = zext i32 %".6615" to i64
  %"data.292" = inttoptr i64 %".6616" to ptr
  %".6617" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6618" = load i32, ptr %".6617", align 4
  %".6619" = zext i32 %".6618" to i64
  %"data_end.292" = inttoptr i64 %".6619" to ptr
  %".6620" = getelementptr i8, ptr %"keys", i64 0
  %".6621" = load volatile i16, ptr %".6620", align 2
  %".6622" = zext i16 %".6621" to i64
  %".6623" = icmp ugt i64 %".6622", 14703
  br i1 %".6623", label %"widening.test.36", label %"esp"
widening.test.36:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6625" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6626" = load i32, ptr %".6625", align 4
  %".6627" = zext i32 %".6626" to i64
  %"data.293" = inttoptr i64 %".6627" to ptr
  %".6628" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6629" = load i32, ptr %".6628", align 4
  %".6630" = zext i32 %".6629" to i64
  %"data_end.293" = inttoptr i64 %".6630" to ptr
  %".6631" = getelementptr i8, ptr %"keys", i64 0
  %".6632" = load volatile i16, ptr %".6631", align 2
  %".6633" = zext i16 %".6632" to i64
  %".6634" = icmp ugt i64 %".6633", 14703
  br i1 %".6634", label %"widening.test.37", label %"dccp"
widening.test.37:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6636" = getelementptr i8, ptr %"ctx.125", i64 76
  %".6637" = load i32, ptr %".6636", align 4
  %".6638" = zext i32 %".6637" to i64
  %"data.294" = inttoptr i64 %".6638" to ptr
  %".6639" = getelementptr i8, ptr %"ctx.125", i64 80
  %".6640" = load i32, ptr %".6639", align 4
  %".6641" = zext i32 %".6640" to i64
  %"data_end.294" = inttoptr i64 %".6641" to ptr
  %".6642" = getelementptr i8, ptr %"keys", i64 0
  %".6643" = load volatile i16, ptr %".6642", align 2
  %".6644" = zext i16 %".6643" to i64
  %".6645" = icmp ugt i64 %".6644", 14703
  br i1 %".6645", label %"widening.test.38", label %"sctp"
widening.test.38:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6647" = getelementptr i8, ptr %"ctx.126", i64 76
  %".6648" = load i32, ptr %".6647", align 4
  %".6649" = zext i32 %".6648" to i64
  %"data.295" = inttoptr i64 %".6649" to ptr
  %".6650" = getelementptr i8, ptr %"ctx.126", i64 80
  %".6651" = load i32, ptr %".6650", align 4
  %".6652" = zext i32 %".6651" to i64
  %"data_end.295" = inttoptr i64 %".6652" to ptr
  %".6653" = getelementptr i8, ptr %"keys", i64 0
  %".6654" = load volatile i16, ptr %".6653", align 2
  %".6655" = zext i16 %".6654" to i64
  %".6656" = icmp ugt i64 %".6655", 14703
  br i1 %".6656", label %"widening.test.39", label %"gre_version_d1"
widening.test.39:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6658" = getelementptr i8, ptr %"ctx.127", i64 76
  %".6659" = load i32, ptr %".6658", align 4
  %".6660" = zext i32 %".6659" to i64
  %"data.296" = inttoptr i64 %".6660" to ptr
  %".6661" = getelementptr i8, ptr %"ctx.127", i64 80
  %".6662" = load i32, ptr %".6661", align 4
  %".6663" = zext i32 %".6662" to i64
  %"data_end.296" = inttoptr i64 %".6663" to ptr
  %".6664" = getelementptr i8, ptr %"keys", i64 0
  %".6665" = load volatile i16, ptr %".6664", align 2
  %".6666" = zext i16 %".6665" to i64
  %".6667" = icmp ugt i64 %".6666", 14703
  br i1 %".6667", label %"widening.test.40", label %"udplite"
widening.test.40:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6669" = getelementptr i8, ptr %"ctx.128", i64 76
  %".6670" = load i32, ptr %".6669", align 4
  %".6671" = zext i32 %".6670" to i64
  %"data.297" = inttoptr i64 %".6671" to ptr
  %".6672" = getelementptr i8, ptr %"ctx.128", i64 80
  %".6673" = load i32, ptr %".6672", align 4
  %".6674" = zext i32 %".6673" to i64
  %"data_end.297" = inttoptr i64 %".6674" to ptr
  %".6675" = getelementptr i8, ptr %"keys", i64 0
  %".6676" = load volatile i16, ptr %".6675", align 2
  %".6677" = zext i16 %".6676" to i64
  %".6678" = icmp ugt i64 %".6677", 14703
  br i1 %".6678", label %"widening.test.41", label %"udp_d1"
widening.test.41:
  %"ctx.129" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6680" = getelementptr i8, ptr %"ctx.129", i64 76
  %".6681" = load i32, ptr %".6680", align 4
  %".6682" = zext i32 %".6681" to i64
  %"data.298" = inttoptr i64 %".6682" to ptr
  %".6683" = getelementptr i8, ptr %"ctx.129", i64 80
  %".6684" = load i32, ptr %".6683", align 4
  %".6685" = zext i32 %".6684" to i64
  %"data_end.298" = inttoptr i64 %".6685" to ptr
  %".6686" = getelementptr i8, ptr %"keys", i64 0
  %".6687" = load volatile i16, ptr %".6686", align 2
  %".6688" = zext i16 %".6687" to i64
  %".6689" = icmp ugt i64 %".6688", 14703
  br i1 %".6689", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }
!1 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!2 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!3 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16 }
!4 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4 }
!5 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64 }
!6 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }