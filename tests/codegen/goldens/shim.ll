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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_d0_mpls_labels1.copy_failed"], [0, %"mpls_d0_mpls_labels1.unknown"], [0, %"mpls_d0_mpls_labels1.stop_at_encap"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select.4"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.unknown"], [0, %"udp_d0.copy_failed"], [0, %"udp_d0.copy_last_byte_failed"], [0, %"udp_d0.unknown"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"mpls_d0_mpls_labels2.copy_failed"], [0, %"mpls_d0_mpls_labels2.unknown"], [0, %"mpls_d0_mpls_labels2.stop_at_encap"], [2, %"ip_version_d1.copy_failed"], [0, %"ip_version_d1.unknown"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [0, %"mpls_d1_mpls_labels1.copy_failed"], [0, %"mpls_d1_mpls_labels1.unknown"], [0, %"mpls_d1_mpls_labels1.stop_at_encap"], [0, %"mpls_d1_mpls_labels1.stop_at_encap.endif"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select.4"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable.endif"], [2, %"vxlan_d0.copy_failed"], [0, %"vxlan_d0.stop_at_encap"], [0, %"vxlan_d0.unknown"], [2, %"geneve_d0.copy_failed"], [0, %"geneve_d0.stop_before"], [2, %"geneve_d0.copy_last_byte_failed"], [0, %"geneve_d0.stop_at_encap"], [0, %"geneve_d0.unknown"], [2, %"gue_d0.copy_failed"], [0, %"gue_d0.stop_before"], [2, %"gue_d0.copy_last_byte_failed"], [0, %"gue_d0.stop_at_encap"], [0, %"gue_d0.unknown"], [2, %"gtpu_d0.copy_failed"], [0, %"gtpu_d0.stop_before"], [0, %"gtpu_d0.stop_at_encap"], [0, %"gtpu_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.stop_at_encap"], [0, %"shim_d0.unknown"], [0, %"udp_d1.copy_failed"], [0, %"udp_d1.copy_last_byte_failed"], [0, %"udp_d1.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels3.copy_failed"], [0, %"mpls_d0_mpls_labels3.unknown"], [0, %"mpls_d0_mpls_labels3.stop_at_encap"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [0, %"mpls_d1_mpls_labels2.copy_failed"], [0, %"mpls_d1_mpls_labels2.unknown"], [0, %"mpls_d1_mpls_labels2.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.stop_at_encap.endif"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"gtpu_opt_d1.copy_failed"], [0, %"gtpu_opt_d1.unknown"], [2, %"gtpu_seq_d1.copy_failed"], [0, %"gtpu_seq_d1.unknown"], [2, %"vxlan_d1.copy_failed"], [0, %"vxlan_d1.stop_at_encap"], [0, %"vxlan_d1.unknown"], [0, %"vxlan_d1.to_ethernet"], [2, %"geneve_d1.copy_failed"], [0, %"geneve_d1.stop_before"], [2, %"geneve_d1.copy_last_byte_failed"], [0, %"geneve_d1.stop_at_encap"], [0, %"geneve_d1.unknown"], [0, %"geneve_d1.to_ethernet"], [0, %"geneve_d1.to_ipv4"], [0, %"geneve_d1.to_ipv6"], [2, %"gue_d1.copy_failed"], [0, %"gue_d1.stop_before"], [2, %"gue_d1.copy_last_byte_failed"], [0, %"gue_d1.stop_at_encap"], [0, %"gue_d1.unknown"], [0, %"gue_d1.to_ipv4"], [0, %"gue_d1.to_ipv6"], [2, %"gtpu_d1.copy_failed"], [0, %"gtpu_d1.stop_before"], [0, %"gtpu_d1.stop_at_encap"], [0, %"gtpu_d1.unknown"], [0, %"gtpu_d1.to_ip_version"], [0, %"gtpu_d1.to_gtpu_opt"], [0, %"gtpu_d1.to_gtpu_seq"], [2, %"shim_d1.copy_failed"], [0, %"shim_d1.stop_at_encap"], [0, %"shim_d1.unknown"], [0, %"shim_d1.to_ipv4"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select.2"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels4.copy_failed"], [0, %"mpls_d0_mpls_labels4.unknown"], [0, %"mpls_d0_mpls_labels4.to_mpls"], [0, %"mpls_d0_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.copy_failed"], [0, %"mpls_d1_mpls_labels3.unknown"], [0, %"mpls_d1_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.stop_at_encap.endif"], [2, %"gtpu_next_d1.copy_failed"], [0, %"gtpu_next_d1.unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select.2"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ppp_unknown"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [0, %"mpls_d1_mpls_labels4.copy_failed"], [0, %"mpls_d1_mpls_labels4.unknown"], [0, %"mpls_d1_mpls_labels4.to_mpls"], [0, %"mpls_d1_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels4.stop_at_encap.endif"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext1.require"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext1.unknown"], [2, %"gtpu_next_d1_gtpu_ext1.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext1.unknown"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext2.require"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext2.unknown"], [2, %"gtpu_next_d1_gtpu_ext2.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext2.unknown"], [0, %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext"], [129, %"widening.beyond"]
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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".411", %"vlan_d0_vlan_tags1.to_ipv4"], [%".555", %"pppoe_d0.to_ipv4"], [%".716", %"hsr_d0_vlan_tags1.to_ipv4"], [%".2073", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2155", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6703", %"widening.test.9"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.42", %"pppoe_d0.to_ipv4"], [%"data.51", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.107", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.109", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data.275", %"widening.test.9"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.42", %"pppoe_d0.to_ipv4"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data_end.275", %"widening.test.9"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.42", %"pppoe_d0.to_ipv4"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ipv4"], [%"keys", %"widening.test.9"]
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
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".300", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1488", %"ipv6_d1.to_tcp"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".6083", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".6203", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".7066", %"widening.test.42"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.75", %"ipv4_d1.to_tcp"], [%"data.83", %"ipv6_d1.to_tcp"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.308", %"widening.test.42"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.75", %"ipv4_d1.to_tcp"], [%"data_end.83", %"ipv6_d1.to_tcp"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.308", %"widening.test.42"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.75", %"ipv4_d1.to_tcp"], [%"keys.83", %"ipv6_d1.to_tcp"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.42"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".1037" = getelementptr i8, ptr %"hdr.10", i64 4
  %".1038" = icmp ugt ptr %".1037", %"data_end.17"
  br i1 %".1038", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".1040" = getelementptr i8, ptr %"hdr.10", i64 0
  %".1041" = load i32, ptr %".1040", align 4
  br label %"tcp.header"
tcp.header:
  %"w0_4.1" = phi  i32 [%".1041", %"tcp.linear"], [%".1060", %"tcp.copy_failed.endif"]
  %"data.60" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.59", %"tcp.copy_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.59", %"tcp.copy_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.59", %"tcp.copy_failed.endif"]
  %".1062" = getelementptr i8, ptr %"keys.60", i64 12
  store i32 %"w0_4.1", ptr %".1062", align 4
  br label %"tcp.to_tcp_header"
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.61" = phi  ptr [%"data.60", %"tcp.to_tcp_header"]
  %"data_end.61" = phi  ptr [%"data_end.60", %"tcp.to_tcp_header"]
  %"keys.61" = phi  ptr [%"keys.60", %"tcp.to_tcp_header"]
  %"hdr.33" = getelementptr i8, ptr %"data.61", i64 %"cursor.37"
  %".2924" = getelementptr i8, ptr %"hdr.33", i64 20
  %".2925" = icmp ugt ptr %".2924", %"data_end.61"
  br i1 %".2925", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2927" = getelementptr i8, ptr %"hdr.33", i64 12
  %".2928" = load i8, ptr %".2927", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2928", %"tcp_header.linear"], [%".2947", %"tcp_header.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.61", %"tcp_header.linear"], [%"data.128", %"tcp_header.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.61", %"tcp_header.linear"], [%"data_end.128", %"tcp_header.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.61", %"tcp_header.linear"], [%"keys.128", %"tcp_header.copy_failed.endif"]
  %".2949" = zext i8 %"w12_1" to i64
  %".2950" = lshr i64 %".2949", 4
  %".2951" = and i64 %".2950", 15
  %".2952" = icmp eq i64 %".2951", 5
  %".2953" = xor i1 %".2952", -1
  br i1 %".2953", label %"tcp_header.not_lowest", label %"tcp_header.not_lowest.endif", !prof !0
tcp_header.not_lowest.endif:
  %".2966" = add i64 %"cursor.37", 20
  %".2967" = zext i8 %"w12_1" to i64
  %".2968" = lshr i64 %".2967", 4
  %".2969" = and i64 %".2968", 15
  %".2970" = icmp eq i64 %".2969", 5
  %".2971" = xor i1 %".2970", -1
  br i1 %".2971", label %"tcp_header.variable", label %"tcp_header.no_variable", !prof !0
tcp_header.no_variable:
  br label %"tcp_header.variable.endif"
tcp_header.variable.endif:
  %"end.2" = phi  i64 [%".2966", %"tcp_header.no_variable"], [%".3003", %"tcp_header.variable_part"]
  %"data.132" = phi  ptr [%"data.129", %"tcp_header.no_variable"], [%"data.131", %"tcp_header.variable_part"]
  %"data_end.132" = phi  ptr [%"data_end.129", %"tcp_header.no_variable"], [%"data_end.131", %"tcp_header.variable_part"]
  %"keys.132" = phi  ptr [%"keys.129", %"tcp_header.no_variable"], [%"keys.131", %"tcp_header.variable_part"]
  %".3005" = trunc i64 %"cursor.37" to i16
  %".3006" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3005", ptr %".3006", align 2
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".411", %"vlan_d0_vlan_tags1.to_ipv6"], [%".555", %"pppoe_d0.to_ipv6"], [%".716", %"hsr_d0_vlan_tags1.to_ipv6"], [%".2073", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2155", %"hsr_d0_vlan_tags2.to_ipv6"], [%".6648", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.42", %"pppoe_d0.to_ipv6"], [%"data.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.270", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.42", %"pppoe_d0.to_ipv6"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.270", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.42", %"pppoe_d0.to_ipv6"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".235" = getelementptr i8, ptr %"hdr.1", i64 40
  %".236" = icmp ugt ptr %".235", %"data_end.3"
  br i1 %".236", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".238" = getelementptr i8, ptr %"hdr.1", i64 0
  %".239" = load i32, ptr %".238", align 4
  %".240" = getelementptr i8, ptr %"hdr.1", i64 6
  %".241" = load i8, ptr %".240", align 1
  %".242" = getelementptr i8, ptr %"hdr.1", i64 8
  %".243" = load i64, ptr %".242", align 8
  %".244" = getelementptr i8, ptr %"hdr.1", i64 16
  %".245" = load i64, ptr %".244", align 8
  %".246" = getelementptr i8, ptr %"hdr.1", i64 24
  %".247" = load i64, ptr %".246", align 8
  %".248" = getelementptr i8, ptr %"hdr.1", i64 32
  %".249" = load i64, ptr %".248", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".239", %"ipv6_d0.linear"], [%".268", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".241", %"ipv6_d0.linear"], [%".270", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".243", %"ipv6_d0.linear"], [%".272", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".245", %"ipv6_d0.linear"], [%".274", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".247", %"ipv6_d0.linear"], [%".276", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".249", %"ipv6_d0.linear"], [%".278", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".280" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %"w6_1", ptr %".280", align 1
  %".282" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".282", align 8
  %".284" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".284", align 8
  %".286" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".286", align 8
  %".288" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".288", align 8
  %".290" = trunc i64 34525 to i16
  %".291" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".290", ptr %".291", align 2
  %".293" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".294" = zext i32 %".293" to i64
  %".295" = and i64 %".294", 1048575
  %".296" = trunc i64 %".295" to i32
  %".297" = call i32 @"llvm.bswap.i32"(i32 %".296")
  %".298" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".297", ptr %".298", align 4
  %".300" = add i64 %"cursor.2", 40
  %".301" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".302" = zext i32 %".301" to i64
  %".303" = and i64 %".302", 1048575
  %".304" = icmp ne i64 %".303", 0
  %".305" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".305", align 4
  %".306" = and i32 %"flags.3", 2
  %".307" = icmp ne i32 %".306", 0
  %".308" = and i1 %".304", %".307"
  br i1 %".308", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".384" = getelementptr i8, ptr %"hdr.2", i64 4
  %".385" = icmp ugt ptr %".384", %"data_end.4"
  br i1 %".385", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".387" = getelementptr i8, ptr %"hdr.2", i64 2
  %".388" = load i16, ptr %".387", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".388", %"vlan_d0_vlan_tags1.linear"], [%".407", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".409" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %"w2_2", ptr %".409", align 2
  %".411" = add i64 %"cursor.3", 4
  %".412" = trunc i64 %".411" to i16
  %".413" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".412", ptr %".413", align 2
  %".415" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".416" = zext i16 %".415" to i64
  %".417" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2")
  %".418" = icmp eq i16 %".417", 8
  br i1 %".418", label %"vlan_d0_vlan_tags1.to_ipv4", label %"vlan_d0_vlan_tags1.select"
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".300", %"ipv6_d0.to_mpls"], [%".411", %"vlan_d0_vlan_tags1.to_mpls"], [%".411", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".555", %"pppoe_d0.to_mpls"], [%".555", %"pppoe_d0.to_mpls.1"], [%".716", %"hsr_d0_vlan_tags1.to_mpls"], [%".716", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".2073", %"vlan_d0_vlan_tags2.to_mpls"], [%".2073", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2155", %"hsr_d0_vlan_tags2.to_mpls"], [%".2155", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6714", %"widening.test.10"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.42", %"pppoe_d0.to_mpls"], [%"data.42", %"pppoe_d0.to_mpls.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.276", %"widening.test.10"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.42", %"pppoe_d0.to_mpls"], [%"data_end.42", %"pppoe_d0.to_mpls.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.276", %"widening.test.10"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.42", %"pppoe_d0.to_mpls"], [%"keys.42", %"pppoe_d0.to_mpls.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.10"]
  %".454" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".455" = getelementptr i8, ptr %"hdr.3", i64 4
  %".456" = icmp ugt ptr %".455", %"data_end.5"
  br i1 %".456", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".458" = getelementptr i8, ptr %"hdr.3", i64 2
  %".459" = load i8, ptr %".458", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".459", %"mpls_d0_mpls_labels1.linear"], [%".478", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".480" = add i64 %"cursor.4", 4
  %".481" = zext i8 %"w2_1" to i64
  %".482" = and i64 %".481", 1
  %".483" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".482")
  %".484" = icmp eq i64 %".483", 0
  br i1 %".484", label %"mpls_d0_mpls_labels1.to_mpls", label %"mpls_d0_mpls_labels1.select"
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels2:
  %"cursor.29" = phi  i64 [%".480", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.39" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.39" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.39" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2210" = add i64 %"cursor.29", 4
  %"hdr.26" = getelementptr i8, ptr %"data.39", i64 %"cursor.29"
  %".2211" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2212" = icmp ugt ptr %".2211", %"data_end.39"
  br i1 %".2212", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2214" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2215" = load i8, ptr %".2214", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2215", %"mpls_d0_mpls_labels2.linear"], [%".2234", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.111" = phi  ptr [%"data.39", %"mpls_d0_mpls_labels2.linear"], [%"data.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.39", %"mpls_d0_mpls_labels2.linear"], [%"data_end.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.39", %"mpls_d0_mpls_labels2.linear"], [%"keys.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2236" = add i64 %"cursor.29", 4
  %".2237" = zext i8 %"w2_1.1" to i64
  %".2238" = and i64 %".2237", 1
  %".2239" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2238")
  %".2240" = icmp eq i64 %".2239", 0
  br i1 %".2240", label %"mpls_d0_mpls_labels2.to_mpls", label %"mpls_d0_mpls_labels2.select"
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels3:
  %"cursor.51" = phi  i64 [%".2236", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.112" = phi  ptr [%"data.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.112" = phi  ptr [%"keys.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %".4176" = add i64 %"cursor.51", 4
  %"hdr.45" = getelementptr i8, ptr %"data.112", i64 %"cursor.51"
  %".4177" = getelementptr i8, ptr %"hdr.45", i64 4
  %".4178" = icmp ugt ptr %".4177", %"data_end.112"
  br i1 %".4178", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".4180" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4181" = load i8, ptr %".4180", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".4181", %"mpls_d0_mpls_labels3.linear"], [%".4200", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.184" = phi  ptr [%"data.112", %"mpls_d0_mpls_labels3.linear"], [%"data.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.184" = phi  ptr [%"data_end.112", %"mpls_d0_mpls_labels3.linear"], [%"data_end.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.184" = phi  ptr [%"keys.112", %"mpls_d0_mpls_labels3.linear"], [%"keys.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".4202" = add i64 %"cursor.51", 4
  %".4203" = zext i8 %"w2_1.3" to i64
  %".4204" = and i64 %".4203", 1
  %".4205" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4204")
  %".4206" = icmp eq i64 %".4205", 0
  br i1 %".4206", label %"mpls_d0_mpls_labels3.to_mpls", label %"mpls_d0_mpls_labels3.select"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".4202", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.185" = phi  ptr [%"data.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.185" = phi  ptr [%"data_end.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.185" = phi  ptr [%"keys.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5791" = add i64 %"cursor.70", 4
  %"hdr.62" = getelementptr i8, ptr %"data.185", i64 %"cursor.70"
  %".5792" = getelementptr i8, ptr %"hdr.62", i64 4
  %".5793" = icmp ugt ptr %".5792", %"data_end.185"
  br i1 %".5793", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5795" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5796" = load i8, ptr %".5795", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5796", %"mpls_d0_mpls_labels4.linear"], [%".5815", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.236" = phi  ptr [%"data.185", %"mpls_d0_mpls_labels4.linear"], [%"data.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.236" = phi  ptr [%"data_end.185", %"mpls_d0_mpls_labels4.linear"], [%"data_end.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.236" = phi  ptr [%"keys.185", %"mpls_d0_mpls_labels4.linear"], [%"keys.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5817" = add i64 %"cursor.70", 4
  %".5818" = zext i8 %"w2_1.5" to i64
  %".5819" = and i64 %".5818", 1
  %".5820" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5819")
  %".5821" = icmp eq i64 %".5820", 0
  br i1 %".5821", label %"mpls_d0_mpls_labels4.to_mpls", label %"mpls_d0_mpls_labels4.select"
mpls_d0_mpls_labels4.to_mpls:
  %".5828" = trunc i64 %".5817" to i16
  %".5829" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5828", ptr %".5829", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".411", %"vlan_d0_vlan_tags1.to_pppoe"], [%".716", %"hsr_d0_vlan_tags1.to_pppoe"], [%".2073", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2155", %"hsr_d0_vlan_tags2.to_pppoe"], [%".6637", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.269", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.269", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".505" = getelementptr i8, ptr %"hdr.4", i64 8
  %".506" = icmp ugt ptr %".505", %"data_end.6"
  br i1 %".506", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".508" = getelementptr i8, ptr %"hdr.4", i64 0
  %".509" = load i8, ptr %".508", align 1
  %".510" = getelementptr i8, ptr %"hdr.4", i64 1
  %".511" = load i8, ptr %".510", align 1
  %".512" = getelementptr i8, ptr %"hdr.4", i64 6
  %".513" = load i16, ptr %".512", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".509", %"pppoe_d0.linear"], [%".532", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".511", %"pppoe_d0.linear"], [%".534", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".513", %"pppoe_d0.linear"], [%".536", %"pppoe_d0.copy_failed.endif"]
  %"data.42" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.41", %"pppoe_d0.copy_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.41", %"pppoe_d0.copy_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.41", %"pppoe_d0.copy_failed.endif"]
  %".538" = zext i8 %"w0_1.1" to i64
  %".539" = lshr i64 %".538", 4
  %".540" = and i64 %".539", 15
  %".541" = icmp eq i64 %".540", 1
  %".542" = zext i8 %"w0_1.1" to i64
  %".543" = and i64 %".542", 15
  %".544" = icmp eq i64 %".543", 1
  %".545" = and i1 %".541", %".544"
  %".546" = zext i8 %"w1_1" to i64
  %".547" = icmp eq i64 %".546", 0
  %".548" = and i1 %".545", %".547"
  %".549" = xor i1 %".548", -1
  br i1 %".549", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".411", %"vlan_d0_vlan_tags1.to_arp"], [%".411", %"vlan_d0_vlan_tags1.to_arp.1"], [%".716", %"hsr_d0_vlan_tags1.to_arp"], [%".716", %"hsr_d0_vlan_tags1.to_arp.1"], [%".805", %"batadv_d0.stop_at_encap.endif.7"], [%".805", %"batadv_d0.stop_at_encap.endif.8"], [%".2073", %"vlan_d0_vlan_tags2.to_arp"], [%".2073", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2155", %"hsr_d0_vlan_tags2.to_arp"], [%".2155", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2334", %"vlan_d1_vlan_tags1.to_arp"], [%".2334", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2555", %"hsr_d1_vlan_tags1.to_arp"], [%".2555", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.5", %"gre_d0.to_arp"], [%"end.5", %"gre_d0.to_arp.1"], [%".4254", %"vlan_d1_vlan_tags2.to_arp"], [%".4254", %"vlan_d1_vlan_tags2.to_arp.1"], [%".4336", %"hsr_d1_vlan_tags2.to_arp"], [%".4336", %"hsr_d1_vlan_tags2.to_arp.1"], [%".4472", %"ethernet_d1.to_arp"], [%".4472", %"ethernet_d1.to_arp.1"], [%".6868", %"widening.test.24"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.167", %"gre_d0.to_arp"], [%"data.167", %"gre_d0.to_arp.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.194", %"ethernet_d1.to_arp"], [%"data.194", %"ethernet_d1.to_arp.1"], [%"data.290", %"widening.test.24"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.167", %"gre_d0.to_arp"], [%"data_end.167", %"gre_d0.to_arp.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.194", %"ethernet_d1.to_arp"], [%"data_end.194", %"ethernet_d1.to_arp.1"], [%"data_end.290", %"widening.test.24"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.167", %"gre_d0.to_arp"], [%"keys.167", %"gre_d0.to_arp.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.194", %"ethernet_d1.to_arp"], [%"keys.194", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.24"]
  %".602" = add i64 %"cursor.6", 0
  %".603" = trunc i64 %".602" to i16
  %".604" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".603", ptr %".604", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".411", %"vlan_d0_vlan_tags1.to_ptp"], [%".716", %"hsr_d0_vlan_tags1.to_ptp"], [%".805", %"batadv_d0.stop_at_encap.endif.9"], [%".2073", %"vlan_d0_vlan_tags2.to_ptp"], [%".2155", %"hsr_d0_vlan_tags2.to_ptp"], [%".2334", %"vlan_d1_vlan_tags1.to_ptp"], [%".2555", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.5", %"gre_d0.to_ptp"], [%".4254", %"vlan_d1_vlan_tags2.to_ptp"], [%".4336", %"hsr_d1_vlan_tags2.to_ptp"], [%".4472", %"ethernet_d1.to_ptp"], [%".6857", %"widening.test.23"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.167", %"gre_d0.to_ptp"], [%"data.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.194", %"ethernet_d1.to_ptp"], [%"data.289", %"widening.test.23"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.167", %"gre_d0.to_ptp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.194", %"ethernet_d1.to_ptp"], [%"data_end.289", %"widening.test.23"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.167", %"gre_d0.to_ptp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.194", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.23"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".607" = getelementptr i8, ptr %"hdr.5", i64 34
  %".608" = icmp ugt ptr %".607", %"data_end.8"
  br i1 %".608", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.45" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.44", %"ptp.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.44", %"ptp.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.44", %"ptp.copy_failed.endif"]
  %".628" = add i64 %"cursor.7", 34
  %".629" = trunc i64 %".628" to i16
  %".630" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".629", ptr %".630", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".411", %"vlan_d0_vlan_tags1.to_cfm"], [%".716", %"hsr_d0_vlan_tags1.to_cfm"], [%".805", %"batadv_d0.stop_at_encap.endif.10"], [%".2073", %"vlan_d0_vlan_tags2.to_cfm"], [%".2155", %"hsr_d0_vlan_tags2.to_cfm"], [%".2334", %"vlan_d1_vlan_tags1.to_cfm"], [%".2555", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.5", %"gre_d0.to_cfm"], [%".4254", %"vlan_d1_vlan_tags2.to_cfm"], [%".4336", %"hsr_d1_vlan_tags2.to_cfm"], [%".4472", %"ethernet_d1.to_cfm"], [%".6846", %"widening.test.22"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.167", %"gre_d0.to_cfm"], [%"data.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.194", %"ethernet_d1.to_cfm"], [%"data.288", %"widening.test.22"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.167", %"gre_d0.to_cfm"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.194", %"ethernet_d1.to_cfm"], [%"data_end.288", %"widening.test.22"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.167", %"gre_d0.to_cfm"], [%"keys.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.194", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.22"]
  %".633" = add i64 %"cursor.8", 0
  %".634" = trunc i64 %".633" to i16
  %".635" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".634", ptr %".635", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".411", %"vlan_d0_vlan_tags1.to_tipc"], [%".716", %"hsr_d0_vlan_tags1.to_tipc"], [%".805", %"batadv_d0.stop_at_encap.endif.11"], [%".2073", %"vlan_d0_vlan_tags2.to_tipc"], [%".2155", %"hsr_d0_vlan_tags2.to_tipc"], [%".2334", %"vlan_d1_vlan_tags1.to_tipc"], [%".2555", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.5", %"gre_d0.to_tipc"], [%".4254", %"vlan_d1_vlan_tags2.to_tipc"], [%".4336", %"hsr_d1_vlan_tags2.to_tipc"], [%".4472", %"ethernet_d1.to_tipc"], [%".6835", %"widening.test.21"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.167", %"gre_d0.to_tipc"], [%"data.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.194", %"ethernet_d1.to_tipc"], [%"data.287", %"widening.test.21"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.167", %"gre_d0.to_tipc"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.194", %"ethernet_d1.to_tipc"], [%"data_end.287", %"widening.test.21"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.167", %"gre_d0.to_tipc"], [%"keys.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.194", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.21"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".638" = getelementptr i8, ptr %"hdr.6", i64 16
  %".639" = icmp ugt ptr %".638", %"data_end.10"
  br i1 %".639", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.47" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.46", %"tipc.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.46", %"tipc.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.46", %"tipc.copy_failed.endif"]
  %".659" = trunc i64 %"cursor.9" to i16
  %".660" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".659", ptr %".660", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".411", %"vlan_d0_vlan_tags1.to_fcoe"], [%".716", %"hsr_d0_vlan_tags1.to_fcoe"], [%".805", %"batadv_d0.stop_at_encap.endif.12"], [%".2073", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2155", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2334", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2555", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.5", %"gre_d0.to_fcoe"], [%".4254", %"vlan_d1_vlan_tags2.to_fcoe"], [%".4336", %"hsr_d1_vlan_tags2.to_fcoe"], [%".4472", %"ethernet_d1.to_fcoe"], [%".6824", %"widening.test.20"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.167", %"gre_d0.to_fcoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.194", %"ethernet_d1.to_fcoe"], [%"data.286", %"widening.test.20"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.167", %"gre_d0.to_fcoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.194", %"ethernet_d1.to_fcoe"], [%"data_end.286", %"widening.test.20"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.167", %"gre_d0.to_fcoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.194", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.20"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".663" = getelementptr i8, ptr %"hdr.7", i64 38
  %".664" = icmp ugt ptr %".663", %"data_end.11"
  br i1 %".664", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.49" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.48", %"fcoe.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.48", %"fcoe.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.48", %"fcoe.copy_failed.endif"]
  %".684" = add i64 %"cursor.10", 38
  %".685" = trunc i64 %".684" to i16
  %".686" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".685", ptr %".686", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".689" = getelementptr i8, ptr %"hdr.8", i64 6
  %".690" = icmp ugt ptr %".689", %"data_end.12"
  br i1 %".690", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".692" = getelementptr i8, ptr %"hdr.8", i64 4
  %".693" = load i16, ptr %".692", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".693", %"hsr_d0_vlan_tags1.linear"], [%".712", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".714" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %"w4_2", ptr %".714", align 2
  %".716" = add i64 %"cursor.11", 6
  %".717" = trunc i64 %".716" to i16
  %".718" = getelementptr i8, ptr %"keys.51", i64 0
  store i16 %".717", ptr %".718", align 2
  %".720" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".721" = zext i16 %".720" to i64
  %".722" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2")
  %".723" = icmp eq i16 %".722", 8
  br i1 %".723", label %"hsr_d0_vlan_tags1.to_ipv4", label %"hsr_d0_vlan_tags1.select"
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".411", %"vlan_d0_vlan_tags1.to_batadv"], [%".716", %"hsr_d0_vlan_tags1.to_batadv"], [%".2073", %"vlan_d0_vlan_tags2.to_batadv"], [%".2155", %"hsr_d0_vlan_tags2.to_batadv"], [%".6626", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.268", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.268", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".759" = getelementptr i8, ptr %"hdr.9", i64 24
  %".760" = icmp ugt ptr %".759", %"data_end.13"
  br i1 %".760", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".762" = getelementptr i8, ptr %"hdr.9", i64 0
  %".763" = load i8, ptr %".762", align 1
  %".764" = getelementptr i8, ptr %"hdr.9", i64 1
  %".765" = load i8, ptr %".764", align 1
  %".766" = getelementptr i8, ptr %"hdr.9", i64 22
  %".767" = load i16, ptr %".766", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".763", %"batadv_d0.linear"], [%".786", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".765", %"batadv_d0.linear"], [%".788", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".767", %"batadv_d0.linear"], [%".790", %"batadv_d0.copy_failed.endif"]
  %"data.53" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.52", %"batadv_d0.copy_failed.endif"]
  %"data_end.53" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.52", %"batadv_d0.copy_failed.endif"]
  %"keys.53" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.52", %"batadv_d0.copy_failed.endif"]
  %".792" = zext i8 %"w1_1.1" to i64
  %".793" = icmp eq i64 %".792", 15
  %".794" = zext i8 %"w0_1.2" to i64
  %".795" = icmp eq i64 %".794", 64
  %".796" = and i1 %".793", %".795"
  %".797" = xor i1 %".796", -1
  br i1 %".797", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  br label %"udp_d0"
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
  %".204" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".204", align 4
  br label %"ipv4_d1"
ipv4_d0.to_gre_version:
  br label %"gre_version_d0"
ipv4_d0.to_ipv6:
  %".208" = trunc i64 34525 to i16
  %".209" = call i16 @"llvm.bswap.i16"(i16 %".208")
  %".210" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".209", ptr %".210", align 2
  %".212" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".212", align 1
  %".214" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".214", align 4
  %".215" = and i32 %"flags.2", 4
  %".216" = icmp ne i32 %".215", 0
  br i1 %".216", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1", !prof !0
ipv4_d0.stop_at_encap.endif.1:
  %".222" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".222", align 4
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
  %".230" = trunc i64 34887 to i16
  %".231" = call i16 @"llvm.bswap.i16"(i16 %".230")
  %".232" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".231", ptr %".232", align 2
  br label %"mpls_d0_mpls_labels1"
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
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".300", %"ipv6_d0.to_udp"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6736", %"widening.test.12"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.278", %"widening.test.12"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.278", %"widening.test.12"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys", %"widening.test.12"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".1070" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1071" = icmp ugt ptr %".1070", %"data_end.18"
  br i1 %".1071", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".1073" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1074" = load i32, ptr %".1073", align 4
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_4.2" = phi  i32 [%".1074", %"udp_d0.linear"], [%".1093", %"udp_d0.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.18", %"udp_d0.linear"], [%"data.62", %"udp_d0.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.18", %"udp_d0.linear"], [%"data_end.62", %"udp_d0.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.18", %"udp_d0.linear"], [%"keys.62", %"udp_d0.copy_failed.endif"]
  %".1095" = getelementptr i8, ptr %"keys.63", i64 12
  store i32 %"w0_4.2", ptr %".1095", align 4
  %".1097" = add i64 %"cursor.14", 4
  %".1098" = add i64 4, 4
  %".1099" = getelementptr i8, ptr %"data.63", i64 %"cursor.14"
  %".1100" = getelementptr i8, ptr %".1099", i64 %".1098"
  %".1101" = icmp ugt ptr %".1100", %"data_end.63"
  br i1 %".1101", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.65" = phi  ptr [%"data.63", %"udp_d0.header"], [%"data.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.63", %"udp_d0.header"], [%"data_end.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.63", %"udp_d0.header"], [%"keys.64", %"udp_d0.copy_last_byte_failed.endif"]
  %".1122" = add i64 %"cursor.14", %".1098"
  %".1123" = lshr i32 %"w0_4.2", 16
  %".1124" = trunc i32 %".1123" to i16
  %".1125" = call i16 @"llvm.bswap.i16"(i16 %".1124")
  %".1126" = zext i16 %".1125" to i64
  %".1127" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".1124")
  %".1128" = icmp eq i16 %".1127", 46354
  br i1 %".1128", label %"udp_d0.to_vxlan", label %"udp_d0.select"
udp_d0.to_vxlan:
  br label %"vxlan_d0"
vxlan_d0:
  %"cursor.38" = phi  i64 [%".1122", %"udp_d0.to_vxlan"]
  %"data.66" = phi  ptr [%"data.65", %"udp_d0.to_vxlan"]
  %"data_end.66" = phi  ptr [%"data_end.65", %"udp_d0.to_vxlan"]
  %"keys.66" = phi  ptr [%"keys.65", %"udp_d0.to_vxlan"]
  %"hdr.34" = getelementptr i8, ptr %"data.66", i64 %"cursor.38"
  %".3009" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3010" = icmp ugt ptr %".3009", %"data_end.66"
  br i1 %".3010", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.134" = phi  ptr [%"data.66", %"vxlan_d0.linear"], [%"data.133", %"vxlan_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"vxlan_d0.linear"], [%"data_end.133", %"vxlan_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"vxlan_d0.linear"], [%"keys.133", %"vxlan_d0.copy_failed.endif"]
  %".3030" = add i64 %"cursor.38", 8
  %".3031" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".3031", align 1
  %".3033" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.52" = load volatile i32, ptr %".3033", align 4
  %".3034" = and i32 %"flags.52", 4
  %".3035" = icmp ne i32 %".3034", 0
  br i1 %".3035", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif", !prof !0
vxlan_d0.stop_at_encap.endif:
  %".3041" = getelementptr i8, ptr %"keys.134", i64 12
  store i32 0, ptr %".3041", align 4
  br label %"vxlan_d0.to_ethernet"
vxlan_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.55" = phi  i64 [%".3030", %"vxlan_d0.to_ethernet"], [%"end.3", %"geneve_d0.to_ethernet"], [%"end.5", %"gre_d0.to_ethernet"], [%".6758", %"widening.test.14"]
  %"data.135" = phi  ptr [%"data.134", %"vxlan_d0.to_ethernet"], [%"data.140", %"geneve_d0.to_ethernet"], [%"data.167", %"gre_d0.to_ethernet"], [%"data.280", %"widening.test.14"]
  %"data_end.135" = phi  ptr [%"data_end.134", %"vxlan_d0.to_ethernet"], [%"data_end.140", %"geneve_d0.to_ethernet"], [%"data_end.167", %"gre_d0.to_ethernet"], [%"data_end.280", %"widening.test.14"]
  %"keys.135" = phi  ptr [%"keys.134", %"vxlan_d0.to_ethernet"], [%"keys.140", %"geneve_d0.to_ethernet"], [%"keys.167", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.14"]
  %"hdr.49" = getelementptr i8, ptr %"data.135", i64 %"cursor.55"
  %".4445" = getelementptr i8, ptr %"hdr.49", i64 14
  %".4446" = icmp ugt ptr %".4445", %"data_end.135"
  br i1 %".4446", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4448" = getelementptr i8, ptr %"hdr.49", i64 12
  %".4449" = load i16, ptr %".4448", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4449", %"ethernet_d1.linear"], [%".4468", %"ethernet_d1.copy_failed.endif"]
  %"data.194" = phi  ptr [%"data.135", %"ethernet_d1.linear"], [%"data.193", %"ethernet_d1.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.135", %"ethernet_d1.linear"], [%"data_end.193", %"ethernet_d1.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.135", %"ethernet_d1.linear"], [%"keys.193", %"ethernet_d1.copy_failed.endif"]
  %".4470" = getelementptr i8, ptr %"keys.194", i64 10
  store i16 %"w12_2", ptr %".4470", align 2
  %".4472" = add i64 %"cursor.55", 14
  %".4473" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4474" = zext i16 %".4473" to i64
  %".4475" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w12_2")
  %".4476" = icmp eq i16 %".4475", 8
  br i1 %".4476", label %"ethernet_d1.to_ipv4", label %"ethernet_d1.select"
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
icmp:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".7044", %"widening.test.40"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.75", %"ipv4_d1.to_icmp"], [%"data.306", %"widening.test.40"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.75", %"ipv4_d1.to_icmp"], [%"data_end.306", %"widening.test.40"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.75", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.40"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".1152" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1153" = icmp ugt ptr %".1152", %"data_end.19"
  br i1 %".1153", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.72" = phi  ptr [%"data.19", %"icmp.linear"], [%"data.71", %"icmp.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.19", %"icmp.linear"], [%"data_end.71", %"icmp.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.19", %"icmp.linear"], [%"keys.71", %"icmp.copy_failed.endif"]
  %".1173" = add i64 %"cursor.15", 4
  %".1174" = trunc i64 %"cursor.15" to i16
  %".1175" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1174", ptr %".1175", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".200" = trunc i64 %"end" to i16
  %".201" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".200", ptr %".201", align 2
  br label %"return"
ipv4_d1:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".300", %"ipv6_d0.stop_at_encap.endif.1"], [%".805", %"batadv_d0.stop_at_encap.endif"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2334", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2481", %"pppoe_d1.to_ipv4"], [%".2555", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.3", %"geneve_d0.to_ipv4"], [%"end.4", %"gue_d0.to_ipv4"], [%".3372", %"shim_d0.to_ipv4"], [%"end.5", %"gre_d0.to_ipv4"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".4254", %"vlan_d1_vlan_tags2.to_ipv4"], [%".4336", %"hsr_d1_vlan_tags2.to_ipv4"], [%".4472", %"ethernet_d1.to_ipv4"], [%".5221", %"ppp_d0.stop_at_encap.endif"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6956", %"widening.test.32"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.114", %"ip_version_d1.to_ipv4"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.123", %"pppoe_d1.to_ipv4"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.140", %"geneve_d0.to_ipv4"], [%"data.145", %"gue_d0.to_ipv4"], [%"data.151", %"shim_d0.to_ipv4"], [%"data.167", %"gre_d0.to_ipv4"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.194", %"ethernet_d1.to_ipv4"], [%"data.223", %"ppp_d0.stop_at_encap.endif"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.298", %"widening.test.32"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.114", %"ip_version_d1.to_ipv4"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.123", %"pppoe_d1.to_ipv4"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.140", %"geneve_d0.to_ipv4"], [%"data_end.145", %"gue_d0.to_ipv4"], [%"data_end.151", %"shim_d0.to_ipv4"], [%"data_end.167", %"gre_d0.to_ipv4"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.194", %"ethernet_d1.to_ipv4"], [%"data_end.223", %"ppp_d0.stop_at_encap.endif"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.298", %"widening.test.32"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.114", %"ip_version_d1.to_ipv4"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.123", %"pppoe_d1.to_ipv4"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.140", %"geneve_d0.to_ipv4"], [%"keys.145", %"gue_d0.to_ipv4"], [%"keys.151", %"shim_d0.to_ipv4"], [%"keys.167", %"gre_d0.to_ipv4"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.194", %"ethernet_d1.to_ipv4"], [%"keys.223", %"ppp_d0.stop_at_encap.endif"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.32"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1178" = getelementptr i8, ptr %"hdr.13", i64 20
  %".1179" = icmp ugt ptr %".1178", %"data_end.20"
  br i1 %".1179", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1181" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1182" = load i8, ptr %".1181", align 1
  %".1183" = getelementptr i8, ptr %"hdr.13", i64 6
  %".1184" = load i16, ptr %".1183", align 2
  %".1185" = getelementptr i8, ptr %"hdr.13", i64 9
  %".1186" = load i8, ptr %".1185", align 1
  %".1187" = getelementptr i8, ptr %"hdr.13", i64 12
  %".1188" = load i64, ptr %".1187", align 8
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.3" = phi  i8 [%".1182", %"ipv4_d1.linear"], [%".1207", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1184", %"ipv4_d1.linear"], [%".1209", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1186", %"ipv4_d1.linear"], [%".1211", %"ipv4_d1.copy_failed.endif"]
  %"w12_8.1" = phi  i64 [%".1188", %"ipv4_d1.linear"], [%".1220", %"ipv4_d1.copy_failed.endif"]
  %"data.74" = phi  ptr [%"data.20", %"ipv4_d1.linear"], [%"data.73", %"ipv4_d1.copy_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.20", %"ipv4_d1.linear"], [%"data_end.73", %"ipv4_d1.copy_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.20", %"ipv4_d1.linear"], [%"keys.73", %"ipv4_d1.copy_failed.endif"]
  %".1222" = zext i8 %"w0_1.3" to i64
  %".1223" = and i64 %".1222", 15
  %".1224" = icmp eq i64 %".1223", 5
  %".1225" = xor i1 %".1224", -1
  br i1 %".1225", label %"ipv4_d1.not_lowest", label %"ipv4_d1.not_lowest.endif", !prof !0
ipv4_d1.not_lowest.endif:
  %".1237" = getelementptr i8, ptr %"keys.74", i64 9
  store i8 %"w9_1.1", ptr %".1237", align 1
  %".1239" = getelementptr i8, ptr %"keys.74", i64 16
  store i64 %"w12_8.1", ptr %".1239", align 8
  %".1241" = trunc i64 2048 to i16
  %".1242" = getelementptr i8, ptr %"keys.74", i64 4
  store i16 %".1241", ptr %".1242", align 2
  %".1244" = trunc i64 2048 to i16
  %".1245" = call i16 @"llvm.bswap.i16"(i16 %".1244")
  %".1246" = getelementptr i8, ptr %"keys.74", i64 10
  store i16 %".1245", ptr %".1246", align 2
  %".1248" = add i64 %"cursor.16", 20
  %".1249" = zext i8 %"w0_1.3" to i64
  %".1250" = and i64 %".1249", 15
  %".1251" = icmp eq i64 %".1250", 5
  %".1252" = xor i1 %".1251", -1
  br i1 %".1252", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1248", %"ipv4_d1.no_variable"], [%".1260", %"ipv4_d1.variable"]
  %"data.75" = phi  ptr [%"data.74", %"ipv4_d1.no_variable"], [%"data.74", %"ipv4_d1.variable"]
  %"data_end.75" = phi  ptr [%"data_end.74", %"ipv4_d1.no_variable"], [%"data_end.74", %"ipv4_d1.variable"]
  %"keys.75" = phi  ptr [%"keys.74", %"ipv4_d1.no_variable"], [%"keys.74", %"ipv4_d1.variable"]
  %".1262" = and i16 %"w6_2.2", 65343
  %".1263" = icmp ne i16 %".1262", 0
  %".1264" = and i16 %"w6_2.2", 65311
  %".1265" = icmp eq i16 %".1264", 0
  br i1 %".1263", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1287" = zext i8 %"w9_1.1" to i64
  %".1288" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1287")
  %".1289" = icmp eq i64 %".1288", 6
  br i1 %".1289", label %"ipv4_d1.to_tcp", label %"ipv4_d1.select"
ipv4_d1.to_tcp:
  br label %"tcp"
gre_version_d0:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".300", %"ipv6_d0.to_gre_version"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6725", %"widening.test.11"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.277", %"widening.test.11"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.277", %"widening.test.11"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.11"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1359" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1360" = icmp ugt ptr %".1359", %"data_end.21"
  br i1 %".1360", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1362" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1363" = load i8, ptr %".1362", align 1
  %".1364" = getelementptr i8, ptr %"hdr.14", i64 1
  %".1365" = load i8, ptr %".1364", align 1
  %".1366" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1367" = load i16, ptr %".1366", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.4" = phi  i8 [%".1363", %"gre_version_d0.linear"], [%".1386", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1365", %"gre_version_d0.linear"], [%".1388", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1367", %"gre_version_d0.linear"], [%".1390", %"gre_version_d0.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.21", %"gre_version_d0.linear"], [%"data.78", %"gre_version_d0.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.21", %"gre_version_d0.linear"], [%"data_end.78", %"gre_version_d0.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.21", %"gre_version_d0.linear"], [%"keys.78", %"gre_version_d0.copy_failed.endif"]
  %".1392" = zext i8 %"w0_1.4" to i64
  %".1393" = lshr i64 %".1392", 6
  %".1394" = and i64 %".1393", 1
  %".1395" = icmp ne i64 %".1394", 0
  %".1396" = zext i8 %"w1_1.2" to i64
  %".1397" = and i64 %".1396", 7
  %".1398" = icmp ugt i64 %".1397", 1
  %".1399" = or i1 %".1395", %".1398"
  br i1 %".1399", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1405" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %"w2_2.1", ptr %".1405", align 2
  %".1407" = zext i8 %"w1_1.2" to i64
  %".1408" = and i64 %".1407", 7
  %".1409" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1408")
  %".1410" = icmp eq i64 %".1409", 0
  br i1 %".1410", label %"gre_version_d0.to_gre", label %"gre_version_d0.select"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.45" = phi  i64 [%"cursor.17", %"gre_version_d0.to_gre"]
  %"data.80" = phi  ptr [%"data.79", %"gre_version_d0.to_gre"]
  %"data_end.80" = phi  ptr [%"data_end.79", %"gre_version_d0.to_gre"]
  %"keys.80" = phi  ptr [%"keys.79", %"gre_version_d0.to_gre"]
  %".3538" = add i64 %"cursor.45", 4
  %".3539" = and i8 %"w0_1.4", 176
  %".3540" = icmp eq i8 %".3539", 0
  %".3541" = xor i1 %".3540", -1
  br i1 %".3541", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.5" = phi  i64 [%".3538", %"gre_d0.no_variable"], [%".3580", %"gre_d0.variable_part"]
  %"data.167" = phi  ptr [%"data.80", %"gre_d0.no_variable"], [%"data.166", %"gre_d0.variable_part"]
  %"data_end.167" = phi  ptr [%"data_end.80", %"gre_d0.no_variable"], [%"data_end.166", %"gre_d0.variable_part"]
  %"keys.167" = phi  ptr [%"keys.80", %"gre_d0.no_variable"], [%"keys.166", %"gre_d0.variable_part"]
  %".3582" = getelementptr i8, ptr %"keys.167", i64 8
  store i8 1, ptr %".3582", align 1
  %".3584" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.57" = load volatile i32, ptr %".3584", align 4
  %".3585" = and i32 %"flags.57", 4
  %".3586" = icmp ne i32 %".3585", 0
  br i1 %".3586", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif", !prof !0
gre_d0.stop_at_encap.endif:
  %".3592" = getelementptr i8, ptr %"keys.167", i64 12
  store i32 0, ptr %".3592", align 4
  %".3594" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".3595" = zext i16 %".3594" to i64
  %".3596" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.1")
  %".3597" = icmp eq i16 %".3596", 8
  br i1 %".3597", label %"gre_d0.to_ipv4", label %"gre_d0.select"
gre_d0.to_ipv4:
  br label %"ipv4_d1"
ipv4_d0.stop_at_encap.1:
  %".218" = trunc i64 %"end" to i16
  %".219" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".218", ptr %".219", align 2
  br label %"return"
ipv6_d1:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".300", %"ipv6_d0.stop_at_encap.endif"], [%".805", %"batadv_d0.stop_at_encap.endif.1"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2334", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2481", %"pppoe_d1.to_ipv6"], [%".2555", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.3", %"geneve_d0.to_ipv6"], [%"end.4", %"gue_d0.to_ipv6"], [%"end.5", %"gre_d0.to_ipv6"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".4254", %"vlan_d1_vlan_tags2.to_ipv6"], [%".4336", %"hsr_d1_vlan_tags2.to_ipv6"], [%".4472", %"ethernet_d1.to_ipv6"], [%".5221", %"ppp_d0.stop_at_encap.endif.1"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6890", %"widening.test.26"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.114", %"ip_version_d1.to_ipv6"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.123", %"pppoe_d1.to_ipv6"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.140", %"geneve_d0.to_ipv6"], [%"data.145", %"gue_d0.to_ipv6"], [%"data.167", %"gre_d0.to_ipv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.194", %"ethernet_d1.to_ipv6"], [%"data.223", %"ppp_d0.stop_at_encap.endif.1"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.292", %"widening.test.26"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.114", %"ip_version_d1.to_ipv6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.123", %"pppoe_d1.to_ipv6"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.140", %"geneve_d0.to_ipv6"], [%"data_end.145", %"gue_d0.to_ipv6"], [%"data_end.167", %"gre_d0.to_ipv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.194", %"ethernet_d1.to_ipv6"], [%"data_end.223", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.292", %"widening.test.26"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.114", %"ip_version_d1.to_ipv6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.123", %"pppoe_d1.to_ipv6"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.140", %"geneve_d0.to_ipv6"], [%"keys.145", %"gue_d0.to_ipv6"], [%"keys.167", %"gre_d0.to_ipv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.194", %"ethernet_d1.to_ipv6"], [%"keys.223", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.26"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1419" = getelementptr i8, ptr %"hdr.15", i64 40
  %".1420" = icmp ugt ptr %".1419", %"data_end.22"
  br i1 %".1420", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1422" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1423" = load i32, ptr %".1422", align 4
  %".1424" = getelementptr i8, ptr %"hdr.15", i64 6
  %".1425" = load i8, ptr %".1424", align 1
  %".1426" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1427" = load i64, ptr %".1426", align 8
  %".1428" = getelementptr i8, ptr %"hdr.15", i64 16
  %".1429" = load i64, ptr %".1428", align 8
  %".1430" = getelementptr i8, ptr %"hdr.15", i64 24
  %".1431" = load i64, ptr %".1430", align 8
  %".1432" = getelementptr i8, ptr %"hdr.15", i64 32
  %".1433" = load i64, ptr %".1432", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.3" = phi  i32 [%".1423", %"ipv6_d1.linear"], [%".1452", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1425", %"ipv6_d1.linear"], [%".1454", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1427", %"ipv6_d1.linear"], [%".1456", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1429", %"ipv6_d1.linear"], [%".1458", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1431", %"ipv6_d1.linear"], [%".1460", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1433", %"ipv6_d1.linear"], [%".1462", %"ipv6_d1.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.22", %"ipv6_d1.linear"], [%"data.82", %"ipv6_d1.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.22", %"ipv6_d1.linear"], [%"data_end.82", %"ipv6_d1.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.22", %"ipv6_d1.linear"], [%"keys.82", %"ipv6_d1.copy_failed.endif"]
  %".1464" = getelementptr i8, ptr %"keys.83", i64 9
  store i8 %"w6_1.1", ptr %".1464", align 1
  %".1466" = getelementptr i8, ptr %"keys.83", i64 16
  store i64 %"w8_8.1", ptr %".1466", align 8
  %".1468" = getelementptr i8, ptr %"keys.83", i64 24
  store i64 %"w16_8.1", ptr %".1468", align 8
  %".1470" = getelementptr i8, ptr %"keys.83", i64 32
  store i64 %"w24_8.1", ptr %".1470", align 8
  %".1472" = getelementptr i8, ptr %"keys.83", i64 40
  store i64 %"w32_8.1", ptr %".1472", align 8
  %".1474" = trunc i64 34525 to i16
  %".1475" = getelementptr i8, ptr %"keys.83", i64 4
  store i16 %".1474", ptr %".1475", align 2
  %".1477" = trunc i64 34525 to i16
  %".1478" = call i16 @"llvm.bswap.i16"(i16 %".1477")
  %".1479" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1478", ptr %".1479", align 2
  %".1481" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.3")
  %".1482" = zext i32 %".1481" to i64
  %".1483" = and i64 %".1482", 1048575
  %".1484" = trunc i64 %".1483" to i32
  %".1485" = call i32 @"llvm.bswap.i32"(i32 %".1484")
  %".1486" = getelementptr i8, ptr %"keys.83", i64 52
  store i32 %".1485", ptr %".1486", align 4
  %".1488" = add i64 %"cursor.18", 40
  %".1489" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.3")
  %".1490" = zext i32 %".1489" to i64
  %".1491" = and i64 %".1490", 1048575
  %".1492" = icmp ne i64 %".1491", 0
  %".1493" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.26" = load volatile i32, ptr %".1493", align 4
  %".1494" = and i32 %"flags.26", 2
  %".1495" = icmp ne i32 %".1494", 0
  %".1496" = and i1 %".1492", %".1495"
  br i1 %".1496", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".300", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1488", %"ipv6_d1.to_esp"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".6083", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".6203", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".7022", %"widening.test.38"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.75", %"ipv4_d1.to_esp"], [%"data.83", %"ipv6_d1.to_esp"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.304", %"widening.test.38"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.75", %"ipv4_d1.to_esp"], [%"data_end.83", %"ipv6_d1.to_esp"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.304", %"widening.test.38"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.75", %"ipv4_d1.to_esp"], [%"keys.83", %"ipv6_d1.to_esp"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.38"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1578" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1579" = icmp ugt ptr %".1578", %"data_end.23"
  br i1 %".1579", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1581" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1582" = load i32, ptr %".1581", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.4" = phi  i32 [%".1582", %"esp.linear"], [%".1601", %"esp.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.23", %"esp.linear"], [%"data.86", %"esp.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.86", %"esp.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.86", %"esp.copy_failed.endif"]
  %".1603" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.4")
  %".1604" = zext i32 %".1603" to i64
  %".1605" = lshr i64 %".1604", 16
  %".1606" = trunc i64 %".1605" to i16
  %".1607" = call i16 @"llvm.bswap.i16"(i16 %".1606")
  %".1608" = getelementptr i8, ptr %"keys.87", i64 12
  store i16 %".1607", ptr %".1608", align 2
  %".1610" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.4")
  %".1611" = zext i32 %".1610" to i64
  %".1612" = and i64 %".1611", 65535
  %".1613" = trunc i64 %".1612" to i16
  %".1614" = call i16 @"llvm.bswap.i16"(i16 %".1613")
  %".1615" = getelementptr i8, ptr %"keys.87", i64 14
  store i16 %".1614", ptr %".1615", align 2
  %".1617" = add i64 %"cursor.19", 4
  %".1618" = trunc i64 %"cursor.19" to i16
  %".1619" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1618", ptr %".1619", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".300", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1488", %"ipv6_d1.to_ah"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".6083", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".6203", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".7011", %"widening.test.37"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.75", %"ipv4_d1.to_ah"], [%"data.83", %"ipv6_d1.to_ah"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.303", %"widening.test.37"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.75", %"ipv4_d1.to_ah"], [%"data_end.83", %"ipv6_d1.to_ah"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.303", %"widening.test.37"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.75", %"ipv4_d1.to_ah"], [%"keys.83", %"ipv6_d1.to_ah"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.37"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1622" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1623" = icmp ugt ptr %".1622", %"data_end.24"
  br i1 %".1623", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1625" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1626" = load i32, ptr %".1625", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1626", %"ah.linear"], [%".1645", %"ah.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.24", %"ah.linear"], [%"data.88", %"ah.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.88", %"ah.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.88", %"ah.copy_failed.endif"]
  %".1647" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1648" = zext i32 %".1647" to i64
  %".1649" = lshr i64 %".1648", 16
  %".1650" = trunc i64 %".1649" to i16
  %".1651" = call i16 @"llvm.bswap.i16"(i16 %".1650")
  %".1652" = getelementptr i8, ptr %"keys.89", i64 12
  store i16 %".1651", ptr %".1652", align 2
  %".1654" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1655" = zext i32 %".1654" to i64
  %".1656" = and i64 %".1655", 65535
  %".1657" = trunc i64 %".1656" to i16
  %".1658" = call i16 @"llvm.bswap.i16"(i16 %".1657")
  %".1659" = getelementptr i8, ptr %"keys.89", i64 14
  store i16 %".1658", ptr %".1659", align 2
  %".1661" = add i64 %"cursor.20", 8
  %".1662" = trunc i64 %"cursor.20" to i16
  %".1663" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1662", ptr %".1663", align 2
  br label %"return"
sctp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".300", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1488", %"ipv6_d1.to_sctp"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".6083", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".6203", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".7000", %"widening.test.36"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.75", %"ipv4_d1.to_sctp"], [%"data.83", %"ipv6_d1.to_sctp"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.302", %"widening.test.36"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.75", %"ipv4_d1.to_sctp"], [%"data_end.83", %"ipv6_d1.to_sctp"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.302", %"widening.test.36"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.75", %"ipv4_d1.to_sctp"], [%"keys.83", %"ipv6_d1.to_sctp"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.36"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1666" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1667" = icmp ugt ptr %".1666", %"data_end.25"
  br i1 %".1667", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1669" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1670" = load i32, ptr %".1669", align 4
  br label %"sctp.header"
sctp.header:
  %"w0_4.5" = phi  i32 [%".1670", %"sctp.linear"], [%".1689", %"sctp.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.25", %"sctp.linear"], [%"data.90", %"sctp.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.25", %"sctp.linear"], [%"data_end.90", %"sctp.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.25", %"sctp.linear"], [%"keys.90", %"sctp.copy_failed.endif"]
  %".1691" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 %"w0_4.5", ptr %".1691", align 4
  %".1693" = add i64 %"cursor.21", 4
  %".1694" = trunc i64 %"cursor.21" to i16
  %".1695" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1694", ptr %".1695", align 2
  br label %"return"
udplite:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".300", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1488", %"ipv6_d1.to_udplite"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".6083", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".6203", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6989", %"widening.test.35"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.75", %"ipv4_d1.to_udplite"], [%"data.83", %"ipv6_d1.to_udplite"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.301", %"widening.test.35"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.75", %"ipv4_d1.to_udplite"], [%"data_end.83", %"ipv6_d1.to_udplite"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.301", %"widening.test.35"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.75", %"ipv4_d1.to_udplite"], [%"keys.83", %"ipv6_d1.to_udplite"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.35"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1698" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1699" = icmp ugt ptr %".1698", %"data_end.26"
  br i1 %".1699", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1701" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1702" = load i32, ptr %".1701", align 4
  br label %"udplite.header"
udplite.header:
  %"w0_4.6" = phi  i32 [%".1702", %"udplite.linear"], [%".1721", %"udplite.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.26", %"udplite.linear"], [%"data.92", %"udplite.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.26", %"udplite.linear"], [%"data_end.92", %"udplite.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.26", %"udplite.linear"], [%"keys.92", %"udplite.copy_failed.endif"]
  %".1723" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 %"w0_4.6", ptr %".1723", align 4
  %".1725" = add i64 %"cursor.22", 4
  %".1726" = add i64 4, 4
  %".1727" = getelementptr i8, ptr %"data.93", i64 %"cursor.22"
  %".1728" = getelementptr i8, ptr %".1727", i64 %".1726"
  %".1729" = icmp ugt ptr %".1728", %"data_end.93"
  br i1 %".1729", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.95" = phi  ptr [%"data.93", %"udplite.header"], [%"data.94", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.93", %"udplite.header"], [%"data_end.94", %"udplite.copy_last_byte_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.93", %"udplite.header"], [%"keys.94", %"udplite.copy_last_byte_failed.endif"]
  %".1750" = add i64 %"cursor.22", %".1726"
  %".1751" = trunc i64 %"cursor.22" to i16
  %".1752" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1751", ptr %".1752", align 2
  br label %"return"
dccp:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".300", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1488", %"ipv6_d1.to_dccp"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".6083", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".6203", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6978", %"widening.test.34"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.75", %"ipv4_d1.to_dccp"], [%"data.83", %"ipv6_d1.to_dccp"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.300", %"widening.test.34"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.75", %"ipv4_d1.to_dccp"], [%"data_end.83", %"ipv6_d1.to_dccp"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.300", %"widening.test.34"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.75", %"ipv4_d1.to_dccp"], [%"keys.83", %"ipv6_d1.to_dccp"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.34"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1755" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1756" = icmp ugt ptr %".1755", %"data_end.27"
  br i1 %".1756", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1758" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1759" = load i32, ptr %".1758", align 4
  br label %"dccp.header"
dccp.header:
  %"w0_4.7" = phi  i32 [%".1759", %"dccp.linear"], [%".1778", %"dccp.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.27", %"dccp.linear"], [%"data.96", %"dccp.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.27", %"dccp.linear"], [%"data_end.96", %"dccp.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.27", %"dccp.linear"], [%"keys.96", %"dccp.copy_failed.endif"]
  %".1780" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 %"w0_4.7", ptr %".1780", align 4
  %".1782" = add i64 %"cursor.23", 4
  %".1783" = trunc i64 %"cursor.23" to i16
  %".1784" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1783", ptr %".1784", align 2
  br label %"return"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".251" = trunc i64 %"cursor.2" to i32
  %".252" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".251", [40 x i8]* %"header_copy", i32 40)
  %".253" = icmp eq i64 %".252", 0
  %".254" = getelementptr i8, ptr %"ctx.2", i64 76
  %".255" = load i32, ptr %".254", align 4
  %".256" = zext i32 %".255" to i64
  %"data.28" = inttoptr i64 %".256" to ptr
  %".257" = getelementptr i8, ptr %"ctx.2", i64 80
  %".258" = load i32, ptr %".257", align 4
  %".259" = zext i32 %".258" to i64
  %"data_end.28" = inttoptr i64 %".259" to ptr
  %".260" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".260", align 8
  %".261" = xor i1 %".253", -1
  br i1 %".261", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".263" = trunc i64 %"cursor.2" to i16
  %".264" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".263", ptr %".264", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".267" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".268" = load volatile i32, [40 x i8]* %".267", align 4
  %".269" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".270" = load volatile i8, [40 x i8]* %".269", align 1
  %".271" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".272" = load volatile i64, [40 x i8]* %".271", align 8
  %".273" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".274" = load volatile i64, [40 x i8]* %".273", align 8
  %".275" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".276" = load volatile i64, [40 x i8]* %".275", align 8
  %".277" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".278" = load volatile i64, [40 x i8]* %".277", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".310" = trunc i64 %".300" to i16
  %".311" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".310", ptr %".311", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".314" = zext i8 %"w6_1" to i64
  %".315" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".314")
  %".316" = icmp eq i64 %".315", 6
  br i1 %".316", label %"ipv6_d0.to_tcp", label %"ipv6_d0.select"
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".332" = trunc i64 %".300" to i16
  %".333" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".332", ptr %".333", align 2
  br label %"return"
ipv6_d0.to_udp:
  br label %"udp_d0"
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
  %".343" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".343", align 1
  %".345" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".345", align 4
  %".346" = and i32 %"flags.4", 4
  %".347" = icmp ne i32 %".346", 0
  br i1 %".347", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif", !prof !0
ipv6_d0.stop_at_encap.endif:
  %".353" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".353", align 4
  br label %"ipv6_d1"
ipv6_d0.to_ipv4:
  %".356" = trunc i64 2048 to i16
  %".357" = call i16 @"llvm.bswap.i16"(i16 %".356")
  %".358" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".357", ptr %".358", align 2
  %".360" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".360", align 1
  %".362" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".362", align 4
  %".363" = and i32 %"flags.5", 4
  %".364" = icmp ne i32 %".363", 0
  br i1 %".364", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1", !prof !0
ipv6_d0.stop_at_encap.endif.1:
  %".370" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".370", align 4
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
  %".379" = trunc i64 34887 to i16
  %".380" = call i16 @"llvm.bswap.i16"(i16 %".379")
  %".381" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".380", ptr %".381", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.select:
  %".318" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".314")
  %".319" = icmp eq i64 %".318", 17
  br i1 %".319", label %"ipv6_d0.to_udp", label %"ipv6_d0.select.1"
ipv6_d0.select.1:
  %".321" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".314")
  %".322" = icmp eq i64 %".321", 58
  br i1 %".322", label %"ipv6_d0.to_icmpv6", label %"ipv6_d0.select.2"
ipv6_d0.select.2:
  %".324" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".314")
  %".325" = icmp eq i64 %".324", 0
  br i1 %".325", label %"ipv6_d0.to_ipv6_opts", label %"ipv6_d0.select.3"
ipv6_d0.select.3:
  %".327" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".314")
  %".328" = icmp eq i64 %".327", 60
  br i1 %".328", label %"ipv6_d0.to_ipv6_opts.1", label %"ipv6_d0.select.4"
ipv6_d0.select.4:
  %".330" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".314")
  switch i64 %".330", label %"ipv6_d0.unknown" [i64 43, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 41, label %"ipv6_d0.to_ipv6" i64 4, label %"ipv6_d0.to_ipv4" i64 47, label %"ipv6_d0.to_gre_version" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 132, label %"ipv6_d0.to_sctp" i64 136, label %"ipv6_d0.to_udplite" i64 33, label %"ipv6_d0.to_dccp" i64 137, label %"ipv6_d0.to_mpls"]
icmpv6:
  %"cursor.24" = phi  i64 [%".300", %"ipv6_d0.to_icmpv6"], [%".1488", %"ipv6_d1.to_icmpv6"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".5570", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5684", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".6083", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".6203", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6945", %"widening.test.31"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.83", %"ipv6_d1.to_icmpv6"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.297", %"widening.test.31"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.83", %"ipv6_d1.to_icmpv6"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.297", %"widening.test.31"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.83", %"ipv6_d1.to_icmpv6"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.31"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1787" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1788" = icmp ugt ptr %".1787", %"data_end.30"
  br i1 %".1788", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.99" = phi  ptr [%"data.30", %"icmpv6.linear"], [%"data.98", %"icmpv6.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.30", %"icmpv6.linear"], [%"data_end.98", %"icmpv6.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.30", %"icmpv6.linear"], [%"keys.98", %"icmpv6.copy_failed.endif"]
  %".1808" = add i64 %"cursor.24", 4
  %".1809" = trunc i64 %"cursor.24" to i16
  %".1810" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1809", ptr %".1810", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".300", %"ipv6_d0.to_ipv6_opts"], [%".300", %"ipv6_d0.to_ipv6_opts.1"], [%".300", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1813" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1814" = icmp ugt ptr %".1813", %"data_end.31"
  br i1 %".1814", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1816" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1817" = load i8, ptr %".1816", align 1
  %".1818" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1819" = load i8, ptr %".1818", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1817", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1838", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1819", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1840", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.100", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.100", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.100", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1842" = getelementptr i8, ptr %"keys.101", i64 9
  store i8 %"w0_1.5", ptr %".1842", align 1
  %".1844" = add i64 %"cursor.25", 2
  %".1845" = zext i8 %"w1_1.3" to i64
  %".1846" = mul i64 %".1845", 8
  %".1847" = add i64 %".1846", 6
  %".1848" = add i64 %".1847", 2
  %".1849" = add i64 %"cursor.25", %".1848"
  %".1850" = zext i8 %"w0_1.5" to i64
  %".1851" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1850")
  %".1852" = icmp eq i64 %".1851", 6
  br i1 %".1852", label %"ipv6_opts_d0_ipv6_ext1.to_tcp", label %"ipv6_opts_d0_ipv6_ext1.select"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.26" = phi  i64 [%".300", %"ipv6_d0.to_ipv6_frag"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1920" = getelementptr i8, ptr %"hdr.23", i64 8
  %".1921" = icmp ugt ptr %".1920", %"data_end.32"
  br i1 %".1921", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1923" = getelementptr i8, ptr %"hdr.23", i64 0
  %".1924" = load i8, ptr %".1923", align 1
  %".1925" = getelementptr i8, ptr %"hdr.23", i64 2
  %".1926" = load i16, ptr %".1925", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1924", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1945", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1926", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1947", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.104", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.104", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.104", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1949" = getelementptr i8, ptr %"keys.105", i64 9
  store i8 %"w0_1.6", ptr %".1949", align 1
  %".1951" = add i64 %"cursor.26", 8
  %".1952" = icmp ne i64 1, 0
  %".1953" = and i16 %"w2_2.2", 63743
  %".1954" = icmp eq i16 %".1953", 0
  br i1 %".1952", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1976" = zext i8 %"w0_1.6" to i64
  %".1977" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1976")
  %".1978" = icmp eq i64 %".1977", 6
  br i1 %".1978", label %"ipv6_frag_d0_ipv6_ext1.to_tcp", label %"ipv6_frag_d0_ipv6_ext1.select"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d0.stop_at_encap:
  %".349" = trunc i64 %".300" to i16
  %".350" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".349", ptr %".350", align 2
  br label %"return"
ipv6_d0.stop_at_encap.1:
  %".366" = trunc i64 %".300" to i16
  %".367" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".366", ptr %".367", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".390" = trunc i64 %"cursor.3" to i32
  %".391" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".390", [40 x i8]* %"header_copy", i32 4)
  %".392" = icmp eq i64 %".391", 0
  %".393" = getelementptr i8, ptr %"ctx.3", i64 76
  %".394" = load i32, ptr %".393", align 4
  %".395" = zext i32 %".394" to i64
  %"data.33" = inttoptr i64 %".395" to ptr
  %".396" = getelementptr i8, ptr %"ctx.3", i64 80
  %".397" = load i32, ptr %".396", align 4
  %".398" = zext i32 %".397" to i64
  %"data_end.33" = inttoptr i64 %".398" to ptr
  %".399" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".399", align 8
  %".400" = xor i1 %".392", -1
  br i1 %".400", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".402" = trunc i64 %"cursor.3" to i16
  %".403" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".402", ptr %".403", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".406" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".407" = load volatile i16, [40 x i8]* %".406", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".434" = trunc i64 %".411" to i16
  %".435" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".434", ptr %".435", align 2
  br label %"return"
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
vlan_d0_vlan_tags1.select:
  %".420" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2")
  %".421" = icmp eq i16 %".420", 56710
  br i1 %".421", label %"vlan_d0_vlan_tags1.to_ipv6", label %"vlan_d0_vlan_tags1.select.1"
vlan_d0_vlan_tags1.select.1:
  %".423" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2")
  %".424" = icmp eq i16 %".423", 129
  br i1 %".424", label %"vlan_d0_vlan_tags1.to_vlan", label %"vlan_d0_vlan_tags1.select.2"
vlan_d0_vlan_tags1.select.2:
  %".426" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2")
  %".427" = icmp eq i16 %".426", 43144
  br i1 %".427", label %"vlan_d0_vlan_tags1.to_vlan.1", label %"vlan_d0_vlan_tags1.select.3"
vlan_d0_vlan_tags1.select.3:
  %".429" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2")
  %".430" = icmp eq i16 %".429", 18312
  br i1 %".430", label %"vlan_d0_vlan_tags1.to_mpls", label %"vlan_d0_vlan_tags1.select.4"
vlan_d0_vlan_tags1.select.4:
  %".432" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2")
  switch i16 %".432", label %"vlan_d0_vlan_tags1.unknown" [i16 18568, label %"vlan_d0_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags1.to_arp" i16 13696, label %"vlan_d0_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags1.to_ptp" i16 649, label %"vlan_d0_vlan_tags1.to_cfm" i16 51848, label %"vlan_d0_vlan_tags1.to_tipc" i16 1673, label %"vlan_d0_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags1.to_hsr" i16 64392, label %"vlan_d0_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags1.to_batadv"]
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".411", %"vlan_d0_vlan_tags1.to_vlan"], [%".411", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".716", %"hsr_d0_vlan_tags1.to_vlan"], [%".716", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".6615", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.267", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.267", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".2046" = getelementptr i8, ptr %"hdr.24", i64 4
  %".2047" = icmp ugt ptr %".2046", %"data_end.35"
  br i1 %".2047", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".2049" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2050" = load i16, ptr %".2049", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.3" = phi  i16 [%".2050", %"vlan_d0_vlan_tags2.linear"], [%".2069", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".2071" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %"w2_2.3", ptr %".2071", align 2
  %".2073" = add i64 %"cursor.27", 4
  %".2074" = trunc i64 %".2073" to i16
  %".2075" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2074", ptr %".2075", align 2
  %".2077" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".2078" = zext i16 %".2077" to i64
  %".2079" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.3")
  %".2080" = icmp eq i16 %".2079", 8
  br i1 %".2080", label %"vlan_d0_vlan_tags2.to_ipv4", label %"vlan_d0_vlan_tags2.select"
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".411", %"vlan_d0_vlan_tags1.to_hsr"], [%".411", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".716", %"hsr_d0_vlan_tags1.to_hsr"], [%".716", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".6604", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.266", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.266", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".2128" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2129" = icmp ugt ptr %".2128", %"data_end.36"
  br i1 %".2129", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2131" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2132" = load i16, ptr %".2131", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2132", %"hsr_d0_vlan_tags2.linear"], [%".2151", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2153" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %"w4_2.1", ptr %".2153", align 2
  %".2155" = add i64 %"cursor.28", 6
  %".2156" = trunc i64 %".2155" to i16
  %".2157" = getelementptr i8, ptr %"keys.109", i64 0
  store i16 %".2156", ptr %".2157", align 2
  %".2159" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2160" = zext i16 %".2159" to i64
  %".2161" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.1")
  %".2162" = icmp eq i16 %".2161", 8
  br i1 %".2162", label %"hsr_d0_vlan_tags2.to_ipv4", label %"hsr_d0_vlan_tags2.select"
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".461" = trunc i64 %"cursor.4" to i32
  %".462" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".461", [40 x i8]* %"header_copy", i32 4)
  %".463" = icmp eq i64 %".462", 0
  %".464" = getelementptr i8, ptr %"ctx.4", i64 76
  %".465" = load i32, ptr %".464", align 4
  %".466" = zext i32 %".465" to i64
  %"data.37" = inttoptr i64 %".466" to ptr
  %".467" = getelementptr i8, ptr %"ctx.4", i64 80
  %".468" = load i32, ptr %".467", align 4
  %".469" = zext i32 %".468" to i64
  %"data_end.37" = inttoptr i64 %".469" to ptr
  %".470" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".470", align 8
  %".471" = xor i1 %".463", -1
  br i1 %".471", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".473" = trunc i64 %".454" to i16
  %".474" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".473", ptr %".474", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".477" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".478" = load volatile i8, [40 x i8]* %".477", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".487" = trunc i64 %".480" to i16
  %".488" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".487", ptr %".488", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_ip_version:
  %".492" = getelementptr i8, ptr %"keys.38", i64 8
  store i8 1, ptr %".492", align 1
  %".494" = getelementptr i8, ptr %"keys.38", i64 48
  %"flags.6" = load volatile i32, ptr %".494", align 4
  %".495" = and i32 %"flags.6", 4
  %".496" = icmp ne i32 %".495", 0
  br i1 %".496", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif", !prof !0
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".502" = getelementptr i8, ptr %"keys.38", i64 12
  store i32 0, ptr %".502", align 4
  br label %"ip_version_d1"
mpls_d0_mpls_labels1.select:
  br label %"mpls_d0_mpls_labels1.to_ip_version"
mpls_d0_mpls_labels1.stop_at_encap:
  %".498" = trunc i64 %".480" to i16
  %".499" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".498", ptr %".499", align 2
  br label %"return"
ip_version_d1:
  %"cursor.30" = phi  i64 [%".480", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".2236", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".3303", %"gtpu_d0.to_ip_version"], [%".4202", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4533", %"gtpu_opt_d1.to_ip_version"], [%".5817", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5924", %"gtpu_next_d1.to_ip_version"], [%".6466", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".6575", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6747", %"widening.test.13"]
  %"data.40" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.147", %"gtpu_d0.to_ip_version"], [%"data.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.196", %"gtpu_opt_d1.to_ip_version"], [%"data.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.241", %"gtpu_next_d1.to_ip_version"], [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.279", %"widening.test.13"]
  %"data_end.40" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.147", %"gtpu_d0.to_ip_version"], [%"data_end.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.196", %"gtpu_opt_d1.to_ip_version"], [%"data_end.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.241", %"gtpu_next_d1.to_ip_version"], [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.279", %"widening.test.13"]
  %"keys.40" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.147", %"gtpu_d0.to_ip_version"], [%"keys.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.196", %"gtpu_opt_d1.to_ip_version"], [%"keys.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.241", %"gtpu_next_d1.to_ip_version"], [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.test.13"]
  %"hdr.27" = getelementptr i8, ptr %"data.40", i64 %"cursor.30"
  %".2261" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2262" = icmp ugt ptr %".2261", %"data_end.40"
  br i1 %".2262", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2264" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2265" = load i8, ptr %".2264", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2265", %"ip_version_d1.linear"], [%".2284", %"ip_version_d1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.40", %"ip_version_d1.linear"], [%"data.113", %"ip_version_d1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.40", %"ip_version_d1.linear"], [%"data_end.113", %"ip_version_d1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.40", %"ip_version_d1.linear"], [%"keys.113", %"ip_version_d1.copy_failed.endif"]
  %".2286" = zext i8 %"w0_1.7" to i64
  %".2287" = lshr i64 %".2286", 4
  %".2288" = and i64 %".2287", 15
  %".2289" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2288")
  %".2290" = icmp eq i64 %".2289", 4
  br i1 %".2290", label %"ip_version_d1.to_ipv4", label %"ip_version_d1.select"
ip_version_d1.to_ipv4:
  br label %"ipv4_d1"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".515" = trunc i64 %"cursor.5" to i32
  %".516" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".515", [40 x i8]* %"header_copy", i32 8)
  %".517" = icmp eq i64 %".516", 0
  %".518" = getelementptr i8, ptr %"ctx.5", i64 76
  %".519" = load i32, ptr %".518", align 4
  %".520" = zext i32 %".519" to i64
  %"data.41" = inttoptr i64 %".520" to ptr
  %".521" = getelementptr i8, ptr %"ctx.5", i64 80
  %".522" = load i32, ptr %".521", align 4
  %".523" = zext i32 %".522" to i64
  %"data_end.41" = inttoptr i64 %".523" to ptr
  %".524" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.41" = load ptr, ptr %".524", align 8
  %".525" = xor i1 %".517", -1
  br i1 %".525", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".527" = trunc i64 %"cursor.5" to i16
  %".528" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".527", ptr %".528", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".531" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".532" = load volatile i8, [40 x i8]* %".531", align 1
  %".533" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".534" = load volatile i8, [40 x i8]* %".533", align 1
  %".535" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".536" = load volatile i16, [40 x i8]* %".535", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".551" = trunc i64 %"cursor.5" to i16
  %".552" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".551", ptr %".552", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".555" = add i64 %"cursor.5", 8
  %".556" = trunc i64 %".555" to i16
  %".557" = getelementptr i8, ptr %"keys.42", i64 0
  store i16 %".556", ptr %".557", align 2
  %".559" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".560" = zext i16 %".559" to i64
  %".561" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w6_2.1")
  %".562" = icmp eq i16 %".561", 8448
  br i1 %".562", label %"pppoe_d0.to_ipv4", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".581" = trunc i64 2048 to i16
  %".582" = call i16 @"llvm.bswap.i16"(i16 %".581")
  %".583" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".582", ptr %".583", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".574" = and i64 %".560", 257
  %".575" = icmp eq i64 %".574", 1
  br i1 %".575", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select.4"
pppoe_d0.to_ipv6:
  %".586" = trunc i64 34525 to i16
  %".587" = call i16 @"llvm.bswap.i16"(i16 %".586")
  %".588" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".587", ptr %".588", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".591" = trunc i64 34887 to i16
  %".592" = call i16 @"llvm.bswap.i16"(i16 %".591")
  %".593" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".592", ptr %".593", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".596" = trunc i64 34888 to i16
  %".597" = call i16 @"llvm.bswap.i16"(i16 %".596")
  %".598" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".597", ptr %".598", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".564" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w6_2.1")
  %".565" = icmp eq i16 %".564", 22272
  br i1 %".565", label %"pppoe_d0.to_ipv6", label %"pppoe_d0.select.1"
pppoe_d0.select.1:
  %".567" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w6_2.1")
  %".568" = icmp eq i16 %".567", 33026
  br i1 %".568", label %"pppoe_d0.to_mpls", label %"pppoe_d0.select.2"
pppoe_d0.select.2:
  %".570" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w6_2.1")
  %".571" = icmp eq i16 %".570", 33538
  br i1 %".571", label %"pppoe_d0.to_mpls.1", label %"pppoe_d0.select.3"
pppoe_d0.select.3:
  br label %"pppoe_d0.unknown"
pppoe_d0.select.4:
  %".577" = trunc i64 %".555" to i16
  %".578" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".577", ptr %".578", align 2
  br label %"return"
ppp_other:
  %"cursor.31" = phi  i64 [%".555", %"pppoe_d0.to_ppp_other"], [%".2481", %"pppoe_d1.to_ppp_other"]
  %"data.43" = phi  ptr [%"data.42", %"pppoe_d0.to_ppp_other"], [%"data.123", %"pppoe_d1.to_ppp_other"]
  %"data_end.43" = phi  ptr [%"data_end.42", %"pppoe_d0.to_ppp_other"], [%"data_end.123", %"pppoe_d1.to_ppp_other"]
  %"keys.43" = phi  ptr [%"keys.42", %"pppoe_d0.to_ppp_other"], [%"keys.123", %"pppoe_d1.to_ppp_other"]
  %".2302" = add i64 %"cursor.31", 0
  %".2303" = trunc i64 %".2302" to i16
  %".2304" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".2303", ptr %".2304", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".611" = trunc i64 %"cursor.7" to i32
  %".612" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".611", [40 x i8]* %"header_copy", i32 34)
  %".613" = icmp eq i64 %".612", 0
  %".614" = getelementptr i8, ptr %"ctx.6", i64 76
  %".615" = load i32, ptr %".614", align 4
  %".616" = zext i32 %".615" to i64
  %"data.44" = inttoptr i64 %".616" to ptr
  %".617" = getelementptr i8, ptr %"ctx.6", i64 80
  %".618" = load i32, ptr %".617", align 4
  %".619" = zext i32 %".618" to i64
  %"data_end.44" = inttoptr i64 %".619" to ptr
  %".620" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.44" = load ptr, ptr %".620", align 8
  %".621" = xor i1 %".613", -1
  br i1 %".621", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".623" = trunc i64 %"cursor.7" to i16
  %".624" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".623", ptr %".624", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".642" = trunc i64 %"cursor.9" to i32
  %".643" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".642", [40 x i8]* %"header_copy", i32 16)
  %".644" = icmp eq i64 %".643", 0
  %".645" = getelementptr i8, ptr %"ctx.7", i64 76
  %".646" = load i32, ptr %".645", align 4
  %".647" = zext i32 %".646" to i64
  %"data.46" = inttoptr i64 %".647" to ptr
  %".648" = getelementptr i8, ptr %"ctx.7", i64 80
  %".649" = load i32, ptr %".648", align 4
  %".650" = zext i32 %".649" to i64
  %"data_end.46" = inttoptr i64 %".650" to ptr
  %".651" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.46" = load ptr, ptr %".651", align 8
  %".652" = xor i1 %".644", -1
  br i1 %".652", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".654" = trunc i64 %"cursor.9" to i16
  %".655" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".654", ptr %".655", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".667" = trunc i64 %"cursor.10" to i32
  %".668" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".667", [40 x i8]* %"header_copy", i32 38)
  %".669" = icmp eq i64 %".668", 0
  %".670" = getelementptr i8, ptr %"ctx.8", i64 76
  %".671" = load i32, ptr %".670", align 4
  %".672" = zext i32 %".671" to i64
  %"data.48" = inttoptr i64 %".672" to ptr
  %".673" = getelementptr i8, ptr %"ctx.8", i64 80
  %".674" = load i32, ptr %".673", align 4
  %".675" = zext i32 %".674" to i64
  %"data_end.48" = inttoptr i64 %".675" to ptr
  %".676" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.48" = load ptr, ptr %".676", align 8
  %".677" = xor i1 %".669", -1
  br i1 %".677", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".679" = trunc i64 %"cursor.10" to i16
  %".680" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".679", ptr %".680", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".695" = trunc i64 %"cursor.11" to i32
  %".696" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".695", [40 x i8]* %"header_copy", i32 6)
  %".697" = icmp eq i64 %".696", 0
  %".698" = getelementptr i8, ptr %"ctx.9", i64 76
  %".699" = load i32, ptr %".698", align 4
  %".700" = zext i32 %".699" to i64
  %"data.50" = inttoptr i64 %".700" to ptr
  %".701" = getelementptr i8, ptr %"ctx.9", i64 80
  %".702" = load i32, ptr %".701", align 4
  %".703" = zext i32 %".702" to i64
  %"data_end.50" = inttoptr i64 %".703" to ptr
  %".704" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.50" = load ptr, ptr %".704", align 8
  %".705" = xor i1 %".697", -1
  br i1 %".705", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".707" = trunc i64 %"cursor.11" to i16
  %".708" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".707", ptr %".708", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".711" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".712" = load volatile i16, [40 x i8]* %".711", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".739" = trunc i64 %".716" to i16
  %".740" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".739", ptr %".740", align 2
  br label %"return"
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
hsr_d0_vlan_tags1.select:
  %".725" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2")
  %".726" = icmp eq i16 %".725", 56710
  br i1 %".726", label %"hsr_d0_vlan_tags1.to_ipv6", label %"hsr_d0_vlan_tags1.select.1"
hsr_d0_vlan_tags1.select.1:
  %".728" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2")
  %".729" = icmp eq i16 %".728", 129
  br i1 %".729", label %"hsr_d0_vlan_tags1.to_vlan", label %"hsr_d0_vlan_tags1.select.2"
hsr_d0_vlan_tags1.select.2:
  %".731" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2")
  %".732" = icmp eq i16 %".731", 43144
  br i1 %".732", label %"hsr_d0_vlan_tags1.to_vlan.1", label %"hsr_d0_vlan_tags1.select.3"
hsr_d0_vlan_tags1.select.3:
  %".734" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2")
  %".735" = icmp eq i16 %".734", 18312
  br i1 %".735", label %"hsr_d0_vlan_tags1.to_mpls", label %"hsr_d0_vlan_tags1.select.4"
hsr_d0_vlan_tags1.select.4:
  %".737" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2")
  switch i16 %".737", label %"hsr_d0_vlan_tags1.unknown" [i16 18568, label %"hsr_d0_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags1.to_arp" i16 13696, label %"hsr_d0_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags1.to_ptp" i16 649, label %"hsr_d0_vlan_tags1.to_cfm" i16 51848, label %"hsr_d0_vlan_tags1.to_tipc" i16 1673, label %"hsr_d0_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags1.to_hsr" i16 64392, label %"hsr_d0_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags1.to_batadv"]
batadv_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".769" = trunc i64 %"cursor.12" to i32
  %".770" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".769", [40 x i8]* %"header_copy", i32 24)
  %".771" = icmp eq i64 %".770", 0
  %".772" = getelementptr i8, ptr %"ctx.10", i64 76
  %".773" = load i32, ptr %".772", align 4
  %".774" = zext i32 %".773" to i64
  %"data.52" = inttoptr i64 %".774" to ptr
  %".775" = getelementptr i8, ptr %"ctx.10", i64 80
  %".776" = load i32, ptr %".775", align 4
  %".777" = zext i32 %".776" to i64
  %"data_end.52" = inttoptr i64 %".777" to ptr
  %".778" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.52" = load ptr, ptr %".778", align 8
  %".779" = xor i1 %".771", -1
  br i1 %".779", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".781" = trunc i64 %"cursor.12" to i16
  %".782" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".781", ptr %".782", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".785" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".786" = load volatile i8, [40 x i8]* %".785", align 1
  %".787" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".788" = load volatile i8, [40 x i8]* %".787", align 1
  %".789" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".790" = load volatile i16, [40 x i8]* %".789", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".799" = trunc i64 %"cursor.12" to i16
  %".800" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".799", ptr %".800", align 2
  br label %"return"
batadv_d0.require.endif:
  %".803" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %"w22_2", ptr %".803", align 2
  %".805" = add i64 %"cursor.12", 24
  %".806" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".807" = zext i16 %".806" to i64
  %".808" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w22_2")
  %".809" = icmp eq i16 %".808", 8
  br i1 %".809", label %"batadv_d0.to_ipv4", label %"batadv_d0.select"
batadv_d0.to_ipv4:
  %".829" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".829", align 1
  %".831" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.7" = load volatile i32, ptr %".831", align 4
  %".832" = and i32 %"flags.7", 4
  %".833" = icmp ne i32 %".832", 0
  br i1 %".833", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif", !prof !0
batadv_d0.stop_at_encap.endif:
  %".839" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".839", align 4
  br label %"ipv4_d1"
batadv_d0.unknown:
  %".825" = trunc i64 %".805" to i16
  %".826" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".825", ptr %".826", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".842" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".842", align 1
  %".844" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.8" = load volatile i32, ptr %".844", align 4
  %".845" = and i32 %"flags.8", 4
  %".846" = icmp ne i32 %".845", 0
  br i1 %".846", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1", !prof !0
batadv_d0.stop_at_encap.endif.1:
  %".852" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".852", align 4
  br label %"ipv6_d1"
batadv_d0.to_vlan:
  %".855" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".855", align 1
  %".857" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.9" = load volatile i32, ptr %".857", align 4
  %".858" = and i32 %"flags.9", 4
  %".859" = icmp ne i32 %".858", 0
  br i1 %".859", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2", !prof !0
batadv_d0.stop_at_encap.endif.2:
  %".865" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".865", align 4
  br label %"vlan_d1_vlan_tags1"
batadv_d0.to_vlan.1:
  %".868" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".868", align 1
  %".870" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.10" = load volatile i32, ptr %".870", align 4
  %".871" = and i32 %"flags.10", 4
  %".872" = icmp ne i32 %".871", 0
  br i1 %".872", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3", !prof !0
batadv_d0.stop_at_encap.endif.3:
  %".878" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".878", align 4
  br label %"vlan_d1_vlan_tags1"
batadv_d0.to_mpls:
  %".881" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".881", align 1
  %".883" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.11" = load volatile i32, ptr %".883", align 4
  %".884" = and i32 %"flags.11", 4
  %".885" = icmp ne i32 %".884", 0
  br i1 %".885", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4", !prof !0
batadv_d0.stop_at_encap.endif.4:
  %".891" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".891", align 4
  br label %"mpls_d1_mpls_labels1"
batadv_d0.to_mpls.1:
  %".894" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".894", align 1
  %".896" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.12" = load volatile i32, ptr %".896", align 4
  %".897" = and i32 %"flags.12", 4
  %".898" = icmp ne i32 %".897", 0
  br i1 %".898", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5", !prof !0
batadv_d0.stop_at_encap.endif.5:
  %".904" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".904", align 4
  br label %"mpls_d1_mpls_labels1"
batadv_d0.to_pppoe:
  %".907" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".907", align 1
  %".909" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.13" = load volatile i32, ptr %".909", align 4
  %".910" = and i32 %"flags.13", 4
  %".911" = icmp ne i32 %".910", 0
  br i1 %".911", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6", !prof !0
batadv_d0.stop_at_encap.endif.6:
  %".917" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".917", align 4
  br label %"pppoe_d1"
batadv_d0.to_arp:
  %".920" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".920", align 1
  %".922" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.14" = load volatile i32, ptr %".922", align 4
  %".923" = and i32 %"flags.14", 4
  %".924" = icmp ne i32 %".923", 0
  br i1 %".924", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7", !prof !0
batadv_d0.stop_at_encap.endif.7:
  %".930" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".930", align 4
  br label %"arp"
batadv_d0.to_arp.1:
  %".933" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".933", align 1
  %".935" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.15" = load volatile i32, ptr %".935", align 4
  %".936" = and i32 %"flags.15", 4
  %".937" = icmp ne i32 %".936", 0
  br i1 %".937", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8", !prof !0
batadv_d0.stop_at_encap.endif.8:
  %".943" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".943", align 4
  br label %"arp"
batadv_d0.to_ptp:
  %".946" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".946", align 1
  %".948" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.16" = load volatile i32, ptr %".948", align 4
  %".949" = and i32 %"flags.16", 4
  %".950" = icmp ne i32 %".949", 0
  br i1 %".950", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9", !prof !0
batadv_d0.stop_at_encap.endif.9:
  %".956" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".956", align 4
  br label %"ptp"
batadv_d0.to_cfm:
  %".959" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".959", align 1
  %".961" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.17" = load volatile i32, ptr %".961", align 4
  %".962" = and i32 %"flags.17", 4
  %".963" = icmp ne i32 %".962", 0
  br i1 %".963", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10", !prof !0
batadv_d0.stop_at_encap.endif.10:
  %".969" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".969", align 4
  br label %"cfm"
batadv_d0.to_tipc:
  %".972" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".972", align 1
  %".974" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.18" = load volatile i32, ptr %".974", align 4
  %".975" = and i32 %"flags.18", 4
  %".976" = icmp ne i32 %".975", 0
  br i1 %".976", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11", !prof !0
batadv_d0.stop_at_encap.endif.11:
  %".982" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".982", align 4
  br label %"tipc"
batadv_d0.to_fcoe:
  %".985" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".985", align 1
  %".987" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.19" = load volatile i32, ptr %".987", align 4
  %".988" = and i32 %"flags.19", 4
  %".989" = icmp ne i32 %".988", 0
  br i1 %".989", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12", !prof !0
batadv_d0.stop_at_encap.endif.12:
  %".995" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".995", align 4
  br label %"fcoe"
batadv_d0.to_hsr:
  %".998" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".998", align 1
  %".1000" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.20" = load volatile i32, ptr %".1000", align 4
  %".1001" = and i32 %"flags.20", 4
  %".1002" = icmp ne i32 %".1001", 0
  br i1 %".1002", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13", !prof !0
batadv_d0.stop_at_encap.endif.13:
  %".1008" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1008", align 4
  br label %"hsr_d1_vlan_tags1"
batadv_d0.to_hsr.1:
  %".1011" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".1011", align 1
  %".1013" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.21" = load volatile i32, ptr %".1013", align 4
  %".1014" = and i32 %"flags.21", 4
  %".1015" = icmp ne i32 %".1014", 0
  br i1 %".1015", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14", !prof !0
batadv_d0.stop_at_encap.endif.14:
  %".1021" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1021", align 4
  br label %"hsr_d1_vlan_tags1"
batadv_d0.to_batadv:
  %".1024" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".1024", align 1
  %".1026" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.22" = load volatile i32, ptr %".1026", align 4
  %".1027" = and i32 %"flags.22", 4
  %".1028" = icmp ne i32 %".1027", 0
  br i1 %".1028", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15", !prof !0
batadv_d0.stop_at_encap.endif.15:
  %".1034" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1034", align 4
  br label %"batadv_d1"
batadv_d0.select:
  %".811" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w22_2")
  %".812" = icmp eq i16 %".811", 56710
  br i1 %".812", label %"batadv_d0.to_ipv6", label %"batadv_d0.select.1"
batadv_d0.select.1:
  %".814" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w22_2")
  %".815" = icmp eq i16 %".814", 129
  br i1 %".815", label %"batadv_d0.to_vlan", label %"batadv_d0.select.2"
batadv_d0.select.2:
  %".817" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w22_2")
  %".818" = icmp eq i16 %".817", 43144
  br i1 %".818", label %"batadv_d0.to_vlan.1", label %"batadv_d0.select.3"
batadv_d0.select.3:
  %".820" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w22_2")
  %".821" = icmp eq i16 %".820", 18312
  br i1 %".821", label %"batadv_d0.to_mpls", label %"batadv_d0.select.4"
batadv_d0.select.4:
  %".823" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w22_2")
  switch i16 %".823", label %"batadv_d0.unknown" [i16 18568, label %"batadv_d0.to_mpls.1" i16 25736, label %"batadv_d0.to_pppoe" i16 1544, label %"batadv_d0.to_arp" i16 13696, label %"batadv_d0.to_arp.1" i16 63368, label %"batadv_d0.to_ptp" i16 649, label %"batadv_d0.to_cfm" i16 51848, label %"batadv_d0.to_tipc" i16 1673, label %"batadv_d0.to_fcoe" i16 12169, label %"batadv_d0.to_hsr" i16 64392, label %"batadv_d0.to_hsr.1" i16 1347, label %"batadv_d0.to_batadv"]
batadv_d0.stop_at_encap:
  %".835" = trunc i64 %".805" to i16
  %".836" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".835", ptr %".836", align 2
  br label %"return"
batadv_d0.stop_at_encap.1:
  %".848" = trunc i64 %".805" to i16
  %".849" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".848", ptr %".849", align 2
  br label %"return"
batadv_d0.stop_at_encap.2:
  %".861" = trunc i64 %".805" to i16
  %".862" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".861", ptr %".862", align 2
  br label %"return"
vlan_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".805", %"batadv_d0.stop_at_encap.endif.2"], [%".805", %"batadv_d0.stop_at_encap.endif.3"], [%"end.5", %"gre_d0.to_vlan"], [%"end.5", %"gre_d0.to_vlan.1"], [%".4472", %"ethernet_d1.to_vlan"], [%".4472", %"ethernet_d1.to_vlan.1"], [%".6780", %"widening.test.16"]
  %"data.54" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data.167", %"gre_d0.to_vlan"], [%"data.167", %"gre_d0.to_vlan.1"], [%"data.194", %"ethernet_d1.to_vlan"], [%"data.194", %"ethernet_d1.to_vlan.1"], [%"data.282", %"widening.test.16"]
  %"data_end.54" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.167", %"gre_d0.to_vlan"], [%"data_end.167", %"gre_d0.to_vlan.1"], [%"data_end.194", %"ethernet_d1.to_vlan"], [%"data_end.194", %"ethernet_d1.to_vlan.1"], [%"data_end.282", %"widening.test.16"]
  %"keys.54" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.167", %"gre_d0.to_vlan"], [%"keys.167", %"gre_d0.to_vlan.1"], [%"keys.194", %"ethernet_d1.to_vlan"], [%"keys.194", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.16"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2307" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2308" = icmp ugt ptr %".2307", %"data_end.54"
  br i1 %".2308", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2310" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2311" = load i16, ptr %".2310", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.4" = phi  i16 [%".2311", %"vlan_d1_vlan_tags1.linear"], [%".2330", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.116" = phi  ptr [%"data.54", %"vlan_d1_vlan_tags1.linear"], [%"data.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.54", %"vlan_d1_vlan_tags1.linear"], [%"data_end.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.54", %"vlan_d1_vlan_tags1.linear"], [%"keys.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2332" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %"w2_2.4", ptr %".2332", align 2
  %".2334" = add i64 %"cursor.32", 4
  %".2335" = trunc i64 %".2334" to i16
  %".2336" = getelementptr i8, ptr %"keys.116", i64 0
  store i16 %".2335", ptr %".2336", align 2
  %".2338" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2339" = zext i16 %".2338" to i64
  %".2340" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.4")
  %".2341" = icmp eq i16 %".2340", 8
  br i1 %".2341", label %"vlan_d1_vlan_tags1.to_ipv4", label %"vlan_d1_vlan_tags1.select"
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".874" = trunc i64 %".805" to i16
  %".875" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".874", ptr %".875", align 2
  br label %"return"
batadv_d0.stop_at_encap.4:
  %".887" = trunc i64 %".805" to i16
  %".888" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".887", ptr %".888", align 2
  br label %"return"
mpls_d1_mpls_labels1:
  %"cursor.33" = phi  i64 [%".805", %"batadv_d0.stop_at_encap.endif.4"], [%".805", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1488", %"ipv6_d1.to_mpls"], [%".2334", %"vlan_d1_vlan_tags1.to_mpls"], [%".2334", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2481", %"pppoe_d1.to_mpls"], [%".2481", %"pppoe_d1.to_mpls.1"], [%".2555", %"hsr_d1_vlan_tags1.to_mpls"], [%".2555", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.5", %"gre_d0.to_mpls"], [%"end.5", %"gre_d0.to_mpls.1"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".4254", %"vlan_d1_vlan_tags2.to_mpls"], [%".4254", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".4336", %"hsr_d1_vlan_tags2.to_mpls"], [%".4336", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".4472", %"ethernet_d1.to_mpls"], [%".4472", %"ethernet_d1.to_mpls.1"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".6083", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".6203", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6967", %"widening.test.33"]
  %"data.55" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data.75", %"ipv4_d1.to_mpls"], [%"data.83", %"ipv6_d1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.123", %"pppoe_d1.to_mpls"], [%"data.123", %"pppoe_d1.to_mpls.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.167", %"gre_d0.to_mpls"], [%"data.167", %"gre_d0.to_mpls.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.194", %"ethernet_d1.to_mpls"], [%"data.194", %"ethernet_d1.to_mpls.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.299", %"widening.test.33"]
  %"data_end.55" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.75", %"ipv4_d1.to_mpls"], [%"data_end.83", %"ipv6_d1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.123", %"pppoe_d1.to_mpls"], [%"data_end.123", %"pppoe_d1.to_mpls.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.167", %"gre_d0.to_mpls"], [%"data_end.167", %"gre_d0.to_mpls.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.194", %"ethernet_d1.to_mpls"], [%"data_end.194", %"ethernet_d1.to_mpls.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.299", %"widening.test.33"]
  %"keys.55" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.75", %"ipv4_d1.to_mpls"], [%"keys.83", %"ipv6_d1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.123", %"pppoe_d1.to_mpls"], [%"keys.123", %"pppoe_d1.to_mpls.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.167", %"gre_d0.to_mpls"], [%"keys.167", %"gre_d0.to_mpls.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.194", %"ethernet_d1.to_mpls"], [%"keys.194", %"ethernet_d1.to_mpls.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.33"]
  %".2377" = add i64 %"cursor.33", 4
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2378" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2379" = icmp ugt ptr %".2378", %"data_end.55"
  br i1 %".2379", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2381" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2382" = load i8, ptr %".2381", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2382", %"mpls_d1_mpls_labels1.linear"], [%".2401", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.120" = phi  ptr [%"data.55", %"mpls_d1_mpls_labels1.linear"], [%"data.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.55", %"mpls_d1_mpls_labels1.linear"], [%"data_end.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.55", %"mpls_d1_mpls_labels1.linear"], [%"keys.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2403" = add i64 %"cursor.33", 4
  %".2404" = zext i8 %"w2_1.2" to i64
  %".2405" = and i64 %".2404", 1
  %".2406" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2405")
  %".2407" = icmp eq i64 %".2406", 0
  br i1 %".2407", label %"mpls_d1_mpls_labels1.to_mpls", label %"mpls_d1_mpls_labels1.select"
mpls_d1_mpls_labels1.to_mpls:
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels2:
  %"cursor.54" = phi  i64 [%".2403", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.121" = phi  ptr [%"data.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.121" = phi  ptr [%"data_end.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.121" = phi  ptr [%"keys.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %".4391" = add i64 %"cursor.54", 4
  %"hdr.48" = getelementptr i8, ptr %"data.121", i64 %"cursor.54"
  %".4392" = getelementptr i8, ptr %"hdr.48", i64 4
  %".4393" = icmp ugt ptr %".4392", %"data_end.121"
  br i1 %".4393", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".4395" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4396" = load i8, ptr %".4395", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".4396", %"mpls_d1_mpls_labels2.linear"], [%".4415", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.191" = phi  ptr [%"data.121", %"mpls_d1_mpls_labels2.linear"], [%"data.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.191" = phi  ptr [%"data_end.121", %"mpls_d1_mpls_labels2.linear"], [%"data_end.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.191" = phi  ptr [%"keys.121", %"mpls_d1_mpls_labels2.linear"], [%"keys.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4417" = add i64 %"cursor.54", 4
  %".4418" = zext i8 %"w2_1.4" to i64
  %".4419" = and i64 %".4418", 1
  %".4420" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4419")
  %".4421" = icmp eq i64 %".4420", 0
  br i1 %".4421", label %"mpls_d1_mpls_labels2.to_mpls", label %"mpls_d1_mpls_labels2.select"
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".4417", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.192" = phi  ptr [%"data.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.192" = phi  ptr [%"data_end.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.192" = phi  ptr [%"keys.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5845" = add i64 %"cursor.71", 4
  %"hdr.63" = getelementptr i8, ptr %"data.192", i64 %"cursor.71"
  %".5846" = getelementptr i8, ptr %"hdr.63", i64 4
  %".5847" = icmp ugt ptr %".5846", %"data_end.192"
  br i1 %".5847", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5849" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5850" = load i8, ptr %".5849", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5850", %"mpls_d1_mpls_labels3.linear"], [%".5869", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.238" = phi  ptr [%"data.192", %"mpls_d1_mpls_labels3.linear"], [%"data.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.238" = phi  ptr [%"data_end.192", %"mpls_d1_mpls_labels3.linear"], [%"data_end.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.238" = phi  ptr [%"keys.192", %"mpls_d1_mpls_labels3.linear"], [%"keys.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5871" = add i64 %"cursor.71", 4
  %".5872" = zext i8 %"w2_1.6" to i64
  %".5873" = and i64 %".5872", 1
  %".5874" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5873")
  %".5875" = icmp eq i64 %".5874", 0
  br i1 %".5875", label %"mpls_d1_mpls_labels3.to_mpls", label %"mpls_d1_mpls_labels3.select"
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5871", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.239" = phi  ptr [%"data.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.239" = phi  ptr [%"data_end.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.239" = phi  ptr [%"keys.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %".6316" = add i64 %"cursor.77", 4
  %"hdr.68" = getelementptr i8, ptr %"data.239", i64 %"cursor.77"
  %".6317" = getelementptr i8, ptr %"hdr.68", i64 4
  %".6318" = icmp ugt ptr %".6317", %"data_end.239"
  br i1 %".6318", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".6320" = getelementptr i8, ptr %"hdr.68", i64 2
  %".6321" = load i8, ptr %".6320", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".6321", %"mpls_d1_mpls_labels4.linear"], [%".6340", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.250" = phi  ptr [%"data.239", %"mpls_d1_mpls_labels4.linear"], [%"data.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.250" = phi  ptr [%"data_end.239", %"mpls_d1_mpls_labels4.linear"], [%"data_end.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.250" = phi  ptr [%"keys.239", %"mpls_d1_mpls_labels4.linear"], [%"keys.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".6342" = add i64 %"cursor.77", 4
  %".6343" = zext i8 %"w2_1.7" to i64
  %".6344" = and i64 %".6343", 1
  %".6345" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6344")
  %".6346" = icmp eq i64 %".6345", 0
  br i1 %".6346", label %"mpls_d1_mpls_labels4.to_mpls", label %"mpls_d1_mpls_labels4.select"
mpls_d1_mpls_labels4.to_mpls:
  %".6353" = trunc i64 %".6342" to i16
  %".6354" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6353", ptr %".6354", align 2
  br label %"return"
batadv_d0.stop_at_encap.5:
  %".900" = trunc i64 %".805" to i16
  %".901" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".900", ptr %".901", align 2
  br label %"return"
batadv_d0.stop_at_encap.6:
  %".913" = trunc i64 %".805" to i16
  %".914" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".913", ptr %".914", align 2
  br label %"return"
pppoe_d1:
  %"cursor.34" = phi  i64 [%".805", %"batadv_d0.stop_at_encap.endif.6"], [%".2334", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2555", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.5", %"gre_d0.to_pppoe"], [%".4254", %"vlan_d1_vlan_tags2.to_pppoe"], [%".4336", %"hsr_d1_vlan_tags2.to_pppoe"], [%".4472", %"ethernet_d1.to_pppoe"], [%".6879", %"widening.test.25"]
  %"data.56" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.167", %"gre_d0.to_pppoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.194", %"ethernet_d1.to_pppoe"], [%"data.291", %"widening.test.25"]
  %"data_end.56" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.167", %"gre_d0.to_pppoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.194", %"ethernet_d1.to_pppoe"], [%"data_end.291", %"widening.test.25"]
  %"keys.56" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.167", %"gre_d0.to_pppoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.194", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.25"]
  %"hdr.30" = getelementptr i8, ptr %"data.56", i64 %"cursor.34"
  %".2431" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2432" = icmp ugt ptr %".2431", %"data_end.56"
  br i1 %".2432", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2434" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2435" = load i8, ptr %".2434", align 1
  %".2436" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2437" = load i8, ptr %".2436", align 1
  %".2438" = getelementptr i8, ptr %"hdr.30", i64 6
  %".2439" = load i16, ptr %".2438", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2435", %"pppoe_d1.linear"], [%".2458", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2437", %"pppoe_d1.linear"], [%".2460", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2439", %"pppoe_d1.linear"], [%".2462", %"pppoe_d1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.56", %"pppoe_d1.linear"], [%"data.122", %"pppoe_d1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.56", %"pppoe_d1.linear"], [%"data_end.122", %"pppoe_d1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.56", %"pppoe_d1.linear"], [%"keys.122", %"pppoe_d1.copy_failed.endif"]
  %".2464" = zext i8 %"w0_1.8" to i64
  %".2465" = lshr i64 %".2464", 4
  %".2466" = and i64 %".2465", 15
  %".2467" = icmp eq i64 %".2466", 1
  %".2468" = zext i8 %"w0_1.8" to i64
  %".2469" = and i64 %".2468", 15
  %".2470" = icmp eq i64 %".2469", 1
  %".2471" = and i1 %".2467", %".2470"
  %".2472" = zext i8 %"w1_1.4" to i64
  %".2473" = icmp eq i64 %".2472", 0
  %".2474" = and i1 %".2471", %".2473"
  %".2475" = xor i1 %".2474", -1
  br i1 %".2475", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".926" = trunc i64 %".805" to i16
  %".927" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".926", ptr %".927", align 2
  br label %"return"
batadv_d0.stop_at_encap.8:
  %".939" = trunc i64 %".805" to i16
  %".940" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".939", ptr %".940", align 2
  br label %"return"
batadv_d0.stop_at_encap.9:
  %".952" = trunc i64 %".805" to i16
  %".953" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".952", ptr %".953", align 2
  br label %"return"
batadv_d0.stop_at_encap.10:
  %".965" = trunc i64 %".805" to i16
  %".966" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".965", ptr %".966", align 2
  br label %"return"
batadv_d0.stop_at_encap.11:
  %".978" = trunc i64 %".805" to i16
  %".979" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".978", ptr %".979", align 2
  br label %"return"
batadv_d0.stop_at_encap.12:
  %".991" = trunc i64 %".805" to i16
  %".992" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".991", ptr %".992", align 2
  br label %"return"
batadv_d0.stop_at_encap.13:
  %".1004" = trunc i64 %".805" to i16
  %".1005" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1004", ptr %".1005", align 2
  br label %"return"
hsr_d1_vlan_tags1:
  %"cursor.35" = phi  i64 [%".805", %"batadv_d0.stop_at_encap.endif.13"], [%".805", %"batadv_d0.stop_at_encap.endif.14"], [%"end.5", %"gre_d0.to_hsr"], [%"end.5", %"gre_d0.to_hsr.1"], [%".4472", %"ethernet_d1.to_hsr"], [%".4472", %"ethernet_d1.to_hsr.1"], [%".6769", %"widening.test.15"]
  %"data.57" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data.167", %"gre_d0.to_hsr"], [%"data.167", %"gre_d0.to_hsr.1"], [%"data.194", %"ethernet_d1.to_hsr"], [%"data.194", %"ethernet_d1.to_hsr.1"], [%"data.281", %"widening.test.15"]
  %"data_end.57" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.167", %"gre_d0.to_hsr"], [%"data_end.167", %"gre_d0.to_hsr.1"], [%"data_end.194", %"ethernet_d1.to_hsr"], [%"data_end.194", %"ethernet_d1.to_hsr.1"], [%"data_end.281", %"widening.test.15"]
  %"keys.57" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.167", %"gre_d0.to_hsr"], [%"keys.167", %"gre_d0.to_hsr.1"], [%"keys.194", %"ethernet_d1.to_hsr"], [%"keys.194", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.57", i64 %"cursor.35"
  %".2528" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2529" = icmp ugt ptr %".2528", %"data_end.57"
  br i1 %".2529", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2531" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2532" = load i16, ptr %".2531", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2532", %"hsr_d1_vlan_tags1.linear"], [%".2551", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.57", %"hsr_d1_vlan_tags1.linear"], [%"data.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.57", %"hsr_d1_vlan_tags1.linear"], [%"data_end.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.57", %"hsr_d1_vlan_tags1.linear"], [%"keys.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2553" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %"w4_2.2", ptr %".2553", align 2
  %".2555" = add i64 %"cursor.35", 6
  %".2556" = trunc i64 %".2555" to i16
  %".2557" = getelementptr i8, ptr %"keys.125", i64 0
  store i16 %".2556", ptr %".2557", align 2
  %".2559" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2560" = zext i16 %".2559" to i64
  %".2561" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.2")
  %".2562" = icmp eq i16 %".2561", 8
  br i1 %".2562", label %"hsr_d1_vlan_tags1.to_ipv4", label %"hsr_d1_vlan_tags1.select"
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".1017" = trunc i64 %".805" to i16
  %".1018" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1017", ptr %".1018", align 2
  br label %"return"
batadv_d0.stop_at_encap.15:
  %".1030" = trunc i64 %".805" to i16
  %".1031" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1030", ptr %".1031", align 2
  br label %"return"
batadv_d1:
  %"cursor.36" = phi  i64 [%".805", %"batadv_d0.stop_at_encap.endif.15"], [%".2334", %"vlan_d1_vlan_tags1.to_batadv"], [%".2555", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.5", %"gre_d0.to_batadv"], [%".4254", %"vlan_d1_vlan_tags2.to_batadv"], [%".4336", %"hsr_d1_vlan_tags2.to_batadv"], [%".4472", %"ethernet_d1.to_batadv"], [%".6813", %"widening.test.19"]
  %"data.58" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.167", %"gre_d0.to_batadv"], [%"data.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.194", %"ethernet_d1.to_batadv"], [%"data.285", %"widening.test.19"]
  %"data_end.58" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.167", %"gre_d0.to_batadv"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.194", %"ethernet_d1.to_batadv"], [%"data_end.285", %"widening.test.19"]
  %"keys.58" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.167", %"gre_d0.to_batadv"], [%"keys.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.194", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.19"]
  %"hdr.32" = getelementptr i8, ptr %"data.58", i64 %"cursor.36"
  %".2598" = getelementptr i8, ptr %"hdr.32", i64 24
  %".2599" = icmp ugt ptr %".2598", %"data_end.58"
  br i1 %".2599", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2601" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2602" = load i8, ptr %".2601", align 1
  %".2603" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2604" = load i8, ptr %".2603", align 1
  %".2605" = getelementptr i8, ptr %"hdr.32", i64 22
  %".2606" = load i16, ptr %".2605", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".2602", %"batadv_d1.linear"], [%".2625", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2604", %"batadv_d1.linear"], [%".2627", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2606", %"batadv_d1.linear"], [%".2629", %"batadv_d1.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.58", %"batadv_d1.linear"], [%"data.126", %"batadv_d1.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.58", %"batadv_d1.linear"], [%"data_end.126", %"batadv_d1.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.58", %"batadv_d1.linear"], [%"keys.126", %"batadv_d1.copy_failed.endif"]
  %".2631" = zext i8 %"w1_1.5" to i64
  %".2632" = icmp eq i64 %".2631", 15
  %".2633" = zext i8 %"w0_1.9" to i64
  %".2634" = icmp eq i64 %".2633", 64
  %".2635" = and i1 %".2632", %".2634"
  %".2636" = xor i1 %".2635", -1
  br i1 %".2636", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1043" = trunc i64 %"cursor.13" to i32
  %".1044" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".1043", [40 x i8]* %"header_copy", i32 4)
  %".1045" = icmp eq i64 %".1044", 0
  %".1046" = getelementptr i8, ptr %"ctx.11", i64 76
  %".1047" = load i32, ptr %".1046", align 4
  %".1048" = zext i32 %".1047" to i64
  %"data.59" = inttoptr i64 %".1048" to ptr
  %".1049" = getelementptr i8, ptr %"ctx.11", i64 80
  %".1050" = load i32, ptr %".1049", align 4
  %".1051" = zext i32 %".1050" to i64
  %"data_end.59" = inttoptr i64 %".1051" to ptr
  %".1052" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.59" = load ptr, ptr %".1052", align 8
  %".1053" = xor i1 %".1045", -1
  br i1 %".1053", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".1055" = trunc i64 %"cursor.13" to i16
  %".1056" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1055", ptr %".1056", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".1059" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1060" = load volatile i32, [40 x i8]* %".1059", align 4
  br label %"tcp.header"
tcp.unknown:
  %".1065" = trunc i64 %"cursor.13" to i16
  %".1066" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1065", ptr %".1066", align 2
  br label %"return"
udp_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1076" = trunc i64 %"cursor.14" to i32
  %".1077" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1076", [40 x i8]* %"header_copy", i32 4)
  %".1078" = icmp eq i64 %".1077", 0
  %".1079" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1080" = load i32, ptr %".1079", align 4
  %".1081" = zext i32 %".1080" to i64
  %"data.62" = inttoptr i64 %".1081" to ptr
  %".1082" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1083" = load i32, ptr %".1082", align 4
  %".1084" = zext i32 %".1083" to i64
  %"data_end.62" = inttoptr i64 %".1084" to ptr
  %".1085" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.62" = load ptr, ptr %".1085", align 8
  %".1086" = xor i1 %".1078", -1
  br i1 %".1086", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".1088" = trunc i64 %"cursor.14" to i16
  %".1089" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1088", ptr %".1089", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".1092" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1093" = load volatile i32, [40 x i8]* %".1092", align 4
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".1103" = add i64 %"cursor.14", %".1098"
  %".1104" = sub i64 %".1103", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1105" = trunc i64 %".1104" to i32
  %".1106" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1105", i64* %"last_byte", i32 1)
  %".1107" = icmp eq i64 %".1106", 0
  %".1108" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1109" = load i32, ptr %".1108", align 4
  %".1110" = zext i32 %".1109" to i64
  %"data.64" = inttoptr i64 %".1110" to ptr
  %".1111" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1112" = load i32, ptr %".1111", align 4
  %".1113" = zext i32 %".1112" to i64
  %"data_end.64" = inttoptr i64 %".1113" to ptr
  %".1114" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.64" = load ptr, ptr %".1114", align 8
  %".1115" = xor i1 %".1107", -1
  br i1 %".1115", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1117" = trunc i64 %"cursor.14" to i16
  %".1118" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1117", ptr %".1118", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1143" = trunc i64 %"cursor.14" to i16
  %".1144" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1143", ptr %".1144", align 2
  br label %"return"
udp_d0.to_geneve:
  br label %"geneve_d0"
udp_d0.to_gue:
  br label %"gue_d0"
udp_d0.to_gtpu:
  br label %"gtpu_d0"
udp_d0.to_shim:
  br label %"shim_d0"
udp_d0.select:
  %".1130" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %".1124")
  %".1131" = icmp eq i16 %".1130", 49431
  br i1 %".1131", label %"udp_d0.to_geneve", label %"udp_d0.select.1"
udp_d0.select.1:
  %".1133" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %".1124")
  %".1134" = icmp eq i16 %".1133", 49175
  br i1 %".1134", label %"udp_d0.to_gue", label %"udp_d0.select.2"
udp_d0.select.2:
  %".1136" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %".1124")
  %".1137" = icmp eq i16 %".1136", 26632
  br i1 %".1137", label %"udp_d0.to_gtpu", label %"udp_d0.select.3"
udp_d0.select.3:
  %".1139" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %".1124")
  %".1140" = icmp eq i16 %".1139", 24862
  br i1 %".1140", label %"udp_d0.to_shim", label %"udp_d0.select.4"
udp_d0.select.4:
  br label %"udp_d0.unknown"
geneve_d0:
  %"cursor.39" = phi  i64 [%".1122", %"udp_d0.to_geneve"]
  %"data.67" = phi  ptr [%"data.65", %"udp_d0.to_geneve"]
  %"data_end.67" = phi  ptr [%"data_end.65", %"udp_d0.to_geneve"]
  %"keys.67" = phi  ptr [%"keys.65", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.67", i64 %"cursor.39"
  %".3049" = getelementptr i8, ptr %"hdr.35", i64 8
  %".3050" = icmp ugt ptr %".3049", %"data_end.67"
  br i1 %".3050", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".3052" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3053" = load i8, ptr %".3052", align 1
  %".3054" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3055" = load i16, ptr %".3054", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".3053", %"geneve_d0.linear"], [%".3074", %"geneve_d0.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".3055", %"geneve_d0.linear"], [%".3076", %"geneve_d0.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.67", %"geneve_d0.linear"], [%"data.136", %"geneve_d0.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.67", %"geneve_d0.linear"], [%"data_end.136", %"geneve_d0.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.67", %"geneve_d0.linear"], [%"keys.136", %"geneve_d0.copy_failed.endif"]
  %".3078" = zext i8 %"w0_1.10" to i64
  %".3079" = lshr i64 %".3078", 6
  %".3080" = and i64 %".3079", 3
  %".3081" = icmp ne i64 %".3080", 0
  br i1 %".3081", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif", !prof !0
geneve_d0.stop_before.endif:
  %".3087" = add i64 %"cursor.39", 8
  %".3088" = and i8 %"w0_1.10", 63
  %".3089" = icmp eq i8 %".3088", 0
  %".3090" = xor i1 %".3089", -1
  br i1 %".3090", label %"geneve_d0.variable", label %"geneve_d0.no_variable", !prof !0
geneve_d0.no_variable:
  br label %"geneve_d0.variable.endif"
geneve_d0.variable.endif:
  %"end.3" = phi  i64 [%".3087", %"geneve_d0.no_variable"], [%".3120", %"geneve_d0.variable_part"]
  %"data.140" = phi  ptr [%"data.137", %"geneve_d0.no_variable"], [%"data.139", %"geneve_d0.variable_part"]
  %"data_end.140" = phi  ptr [%"data_end.137", %"geneve_d0.no_variable"], [%"data_end.139", %"geneve_d0.variable_part"]
  %"keys.140" = phi  ptr [%"keys.137", %"geneve_d0.no_variable"], [%"keys.139", %"geneve_d0.variable_part"]
  %".3122" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3122", align 1
  %".3124" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.53" = load volatile i32, ptr %".3124", align 4
  %".3125" = and i32 %"flags.53", 4
  %".3126" = icmp ne i32 %".3125", 0
  br i1 %".3126", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif", !prof !0
geneve_d0.stop_at_encap.endif:
  %".3132" = getelementptr i8, ptr %"keys.140", i64 12
  store i32 0, ptr %".3132", align 4
  %".3134" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3135" = zext i16 %".3134" to i64
  %".3136" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.5")
  %".3137" = icmp eq i16 %".3136", 22629
  br i1 %".3137", label %"geneve_d0.to_ethernet", label %"geneve_d0.select"
geneve_d0.to_ethernet:
  br label %"ethernet_d1"
gue_d0:
  %"cursor.40" = phi  i64 [%".1122", %"udp_d0.to_gue"]
  %"data.68" = phi  ptr [%"data.65", %"udp_d0.to_gue"]
  %"data_end.68" = phi  ptr [%"data_end.65", %"udp_d0.to_gue"]
  %"keys.68" = phi  ptr [%"keys.65", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.68", i64 %"cursor.40"
  %".3153" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3154" = icmp ugt ptr %".3153", %"data_end.68"
  br i1 %".3154", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".3156" = getelementptr i8, ptr %"hdr.36", i64 0
  %".3157" = load i8, ptr %".3156", align 1
  %".3158" = getelementptr i8, ptr %"hdr.36", i64 1
  %".3159" = load i8, ptr %".3158", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".3157", %"gue_d0.linear"], [%".3178", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".3159", %"gue_d0.linear"], [%".3180", %"gue_d0.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.68", %"gue_d0.linear"], [%"data.141", %"gue_d0.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.68", %"gue_d0.linear"], [%"data_end.141", %"gue_d0.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.68", %"gue_d0.linear"], [%"keys.141", %"gue_d0.copy_failed.endif"]
  %".3182" = zext i8 %"w0_1.11" to i64
  %".3183" = lshr i64 %".3182", 6
  %".3184" = and i64 %".3183", 3
  %".3185" = icmp ne i64 %".3184", 0
  %".3186" = zext i8 %"w0_1.11" to i64
  %".3187" = lshr i64 %".3186", 5
  %".3188" = and i64 %".3187", 1
  %".3189" = icmp ne i64 %".3188", 0
  %".3190" = or i1 %".3185", %".3189"
  br i1 %".3190", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif", !prof !0
gue_d0.stop_before.endif:
  %".3196" = add i64 %"cursor.40", 4
  %".3197" = and i8 %"w0_1.11", 31
  %".3198" = icmp eq i8 %".3197", 0
  %".3199" = xor i1 %".3198", -1
  br i1 %".3199", label %"gue_d0.variable", label %"gue_d0.no_variable", !prof !0
gue_d0.no_variable:
  br label %"gue_d0.variable.endif"
gue_d0.variable.endif:
  %"end.4" = phi  i64 [%".3196", %"gue_d0.no_variable"], [%".3229", %"gue_d0.variable_part"]
  %"data.145" = phi  ptr [%"data.142", %"gue_d0.no_variable"], [%"data.144", %"gue_d0.variable_part"]
  %"data_end.145" = phi  ptr [%"data_end.142", %"gue_d0.no_variable"], [%"data_end.144", %"gue_d0.variable_part"]
  %"keys.145" = phi  ptr [%"keys.142", %"gue_d0.no_variable"], [%"keys.144", %"gue_d0.variable_part"]
  %".3231" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3231", align 1
  %".3233" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.54" = load volatile i32, ptr %".3233", align 4
  %".3234" = and i32 %"flags.54", 4
  %".3235" = icmp ne i32 %".3234", 0
  br i1 %".3235", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif", !prof !0
gue_d0.stop_at_encap.endif:
  %".3241" = getelementptr i8, ptr %"keys.145", i64 12
  store i32 0, ptr %".3241", align 4
  %".3243" = zext i8 %"w1_1.6" to i64
  %".3244" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3243")
  %".3245" = icmp eq i64 %".3244", 4
  br i1 %".3245", label %"gue_d0.to_ipv4", label %"gue_d0.select"
gue_d0.to_ipv4:
  br label %"ipv4_d1"
gtpu_d0:
  %"cursor.41" = phi  i64 [%".1122", %"udp_d0.to_gtpu"]
  %"data.69" = phi  ptr [%"data.65", %"udp_d0.to_gtpu"]
  %"data_end.69" = phi  ptr [%"data_end.65", %"udp_d0.to_gtpu"]
  %"keys.69" = phi  ptr [%"keys.65", %"udp_d0.to_gtpu"]
  %"hdr.37" = getelementptr i8, ptr %"data.69", i64 %"cursor.41"
  %".3257" = getelementptr i8, ptr %"hdr.37", i64 8
  %".3258" = icmp ugt ptr %".3257", %"data_end.69"
  br i1 %".3258", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".3260" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3261" = load i8, ptr %".3260", align 1
  %".3262" = getelementptr i8, ptr %"hdr.37", i64 1
  %".3263" = load i8, ptr %".3262", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.12" = phi  i8 [%".3261", %"gtpu_d0.linear"], [%".3282", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3263", %"gtpu_d0.linear"], [%".3284", %"gtpu_d0.copy_failed.endif"]
  %"data.147" = phi  ptr [%"data.69", %"gtpu_d0.linear"], [%"data.146", %"gtpu_d0.copy_failed.endif"]
  %"data_end.147" = phi  ptr [%"data_end.69", %"gtpu_d0.linear"], [%"data_end.146", %"gtpu_d0.copy_failed.endif"]
  %"keys.147" = phi  ptr [%"keys.69", %"gtpu_d0.linear"], [%"keys.146", %"gtpu_d0.copy_failed.endif"]
  %".3286" = zext i8 %"w0_1.12" to i64
  %".3287" = lshr i64 %".3286", 5
  %".3288" = and i64 %".3287", 7
  %".3289" = icmp ne i64 %".3288", 1
  %".3290" = zext i8 %"w0_1.12" to i64
  %".3291" = lshr i64 %".3290", 4
  %".3292" = and i64 %".3291", 1
  %".3293" = icmp ne i64 %".3292", 1
  %".3294" = or i1 %".3289", %".3293"
  %".3295" = zext i8 %"w1_1.7" to i64
  %".3296" = icmp ne i64 %".3295", 255
  %".3297" = or i1 %".3294", %".3296"
  br i1 %".3297", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif", !prof !0
gtpu_d0.stop_before.endif:
  %".3303" = add i64 %"cursor.41", 8
  %".3304" = getelementptr i8, ptr %"keys.147", i64 8
  store i8 1, ptr %".3304", align 1
  %".3306" = getelementptr i8, ptr %"keys.147", i64 48
  %"flags.55" = load volatile i32, ptr %".3306", align 4
  %".3307" = and i32 %"flags.55", 4
  %".3308" = icmp ne i32 %".3307", 0
  br i1 %".3308", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif", !prof !0
gtpu_d0.stop_at_encap.endif:
  %".3314" = getelementptr i8, ptr %"keys.147", i64 12
  store i32 0, ptr %".3314", align 4
  %".3316" = zext i8 %"w0_1.12" to i64
  %".3317" = lshr i64 %".3316", 2
  %".3318" = and i64 %".3317", 1
  %".3319" = mul i64 %".3318", 4
  %".3320" = zext i8 %"w0_1.12" to i64
  %".3321" = lshr i64 %".3320", 1
  %".3322" = and i64 %".3321", 1
  %".3323" = mul i64 %".3322", 2
  %".3324" = add i64 %".3319", %".3323"
  %".3325" = zext i8 %"w0_1.12" to i64
  %".3326" = and i64 %".3325", 1
  %".3327" = add i64 %".3324", %".3326"
  %".3328" = icmp uge i64 %".3327", 1
  %".3329" = icmp ule i64 %".3327", 3
  %".3330" = and i1 %".3328", %".3329"
  br i1 %".3330", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
shim_d0:
  %"cursor.42" = phi  i64 [%".1122", %"udp_d0.to_shim"]
  %"data.70" = phi  ptr [%"data.65", %"udp_d0.to_shim"]
  %"data_end.70" = phi  ptr [%"data_end.65", %"udp_d0.to_shim"]
  %"keys.70" = phi  ptr [%"keys.65", %"udp_d0.to_shim"]
  %"hdr.38" = getelementptr i8, ptr %"data.70", i64 %"cursor.42"
  %".3347" = getelementptr i8, ptr %"hdr.38", i64 8
  %".3348" = icmp ugt ptr %".3347", %"data_end.70"
  br i1 %".3348", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3350" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3351" = load i16, ptr %".3350", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.6" = phi  i16 [%".3351", %"shim_d0.linear"], [%".3370", %"shim_d0.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.70", %"shim_d0.linear"], [%"data.150", %"shim_d0.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.70", %"shim_d0.linear"], [%"data_end.150", %"shim_d0.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.70", %"shim_d0.linear"], [%"keys.150", %"shim_d0.copy_failed.endif"]
  %".3372" = add i64 %"cursor.42", 8
  %".3373" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3373", align 1
  %".3375" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.56" = load volatile i32, ptr %".3375", align 4
  %".3376" = and i32 %"flags.56", 4
  %".3377" = icmp ne i32 %".3376", 0
  br i1 %".3377", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif", !prof !0
shim_d0.stop_at_encap.endif:
  %".3383" = getelementptr i8, ptr %"keys.151", i64 12
  store i32 0, ptr %".3383", align 4
  %".3385" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".3386" = zext i16 %".3385" to i64
  %".3387" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.6")
  %".3388" = icmp eq i16 %".3387", 8
  br i1 %".3388", label %"shim_d0.to_ipv4", label %"shim_d0.select"
shim_d0.to_ipv4:
  br label %"ipv4_d1"
icmp.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1156" = trunc i64 %"cursor.15" to i32
  %".1157" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1156", [40 x i8]* %"header_copy", i32 4)
  %".1158" = icmp eq i64 %".1157", 0
  %".1159" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1160" = load i32, ptr %".1159", align 4
  %".1161" = zext i32 %".1160" to i64
  %"data.71" = inttoptr i64 %".1161" to ptr
  %".1162" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1163" = load i32, ptr %".1162", align 4
  %".1164" = zext i32 %".1163" to i64
  %"data_end.71" = inttoptr i64 %".1164" to ptr
  %".1165" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.71" = load ptr, ptr %".1165", align 8
  %".1166" = xor i1 %".1158", -1
  br i1 %".1166", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1168" = trunc i64 %"cursor.15" to i16
  %".1169" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1168", ptr %".1169", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1190" = trunc i64 %"cursor.16" to i32
  %".1191" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1190", [40 x i8]* %"header_copy", i32 20)
  %".1192" = icmp eq i64 %".1191", 0
  %".1193" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1194" = load i32, ptr %".1193", align 4
  %".1195" = zext i32 %".1194" to i64
  %"data.73" = inttoptr i64 %".1195" to ptr
  %".1196" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1197" = load i32, ptr %".1196", align 4
  %".1198" = zext i32 %".1197" to i64
  %"data_end.73" = inttoptr i64 %".1198" to ptr
  %".1199" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.73" = load ptr, ptr %".1199", align 8
  %".1200" = xor i1 %".1192", -1
  br i1 %".1200", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1202" = trunc i64 %"cursor.16" to i16
  %".1203" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1202", ptr %".1203", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1206" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1207" = load volatile i8, [40 x i8]* %".1206", align 1
  %".1208" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1209" = load volatile i16, [40 x i8]* %".1208", align 2
  %".1210" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1211" = load volatile i8, [40 x i8]* %".1210", align 1
  %".1212" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1213" = load volatile i32, [40 x i8]* %".1212", align 4
  %".1214" = zext i32 %".1213" to i64
  %".1215" = shl i64 %".1214", 0
  %".1216" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1217" = load volatile i32, [40 x i8]* %".1216", align 4
  %".1218" = zext i32 %".1217" to i64
  %".1219" = shl i64 %".1218", 32
  %".1220" = or i64 %".1215", %".1219"
  br label %"ipv4_d1.header"
ipv4_d1.not_lowest:
  %".1227" = zext i8 %"w0_1.3" to i64
  %".1228" = and i64 %".1227", 15
  %".1229" = icmp uge i64 %".1228", 5
  %".1230" = xor i1 %".1229", -1
  br i1 %".1230", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d1.require:
  %".1232" = trunc i64 %"cursor.16" to i16
  %".1233" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1232", ptr %".1233", align 2
  br label %"return"
ipv4_d1.require.endif:
  br label %"ipv4_d1.not_lowest.endif"
ipv4_d1.variable:
  %".1255" = zext i8 %"w0_1.3" to i64
  %".1256" = and i64 %".1255", 15
  %".1257" = mul i64 %".1256", 4
  %".1258" = sub i64 %".1257", 20
  %".1259" = add i64 %".1258", 20
  %".1260" = add i64 %"cursor.16", %".1259"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1267" = getelementptr i8, ptr %"keys.75", i64 6
  store i8 1, ptr %".1267", align 1
  br i1 %".1265", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1270" = getelementptr i8, ptr %"keys.75", i64 7
  store i8 1, ptr %".1270", align 1
  %".1272" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.23" = load volatile i32, ptr %".1272", align 4
  %".1273" = and i32 %"flags.23", 1
  %".1274" = icmp ne i32 %".1273", 0
  %".1275" = xor i1 %".1274", -1
  br i1 %".1275", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1282" = trunc i64 %"end.1" to i16
  %".1283" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1282", ptr %".1283", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1277" = trunc i64 %"end.1" to i16
  %".1278" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1277", ptr %".1278", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1305" = trunc i64 %"end.1" to i16
  %".1306" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1305", ptr %".1306", align 2
  br label %"return"
ipv4_d1.to_udp:
  br label %"udp_d1"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_ipv4:
  %".1312" = getelementptr i8, ptr %"keys.75", i64 8
  store i8 1, ptr %".1312", align 1
  %".1314" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.24" = load volatile i32, ptr %".1314", align 4
  %".1315" = and i32 %"flags.24", 4
  %".1316" = icmp ne i32 %".1315", 0
  br i1 %".1316", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif", !prof !0
ipv4_d1.stop_at_encap.endif:
  %".1322" = getelementptr i8, ptr %"keys.75", i64 12
  store i32 0, ptr %".1322", align 4
  %".1324" = trunc i64 %"end.1" to i16
  %".1325" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1324", ptr %".1325", align 2
  br label %"return"
ipv4_d1.to_gre_version:
  br label %"gre_version_d1"
ipv4_d1.to_ipv6:
  %".1329" = trunc i64 34525 to i16
  %".1330" = call i16 @"llvm.bswap.i16"(i16 %".1329")
  %".1331" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1330", ptr %".1331", align 2
  %".1333" = getelementptr i8, ptr %"keys.75", i64 8
  store i8 1, ptr %".1333", align 1
  %".1335" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.25" = load volatile i32, ptr %".1335", align 4
  %".1336" = and i32 %"flags.25", 4
  %".1337" = icmp ne i32 %".1336", 0
  br i1 %".1337", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1", !prof !0
ipv4_d1.stop_at_encap.endif.1:
  %".1343" = getelementptr i8, ptr %"keys.75", i64 12
  store i32 0, ptr %".1343", align 4
  %".1345" = trunc i64 %"end.1" to i16
  %".1346" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1345", ptr %".1346", align 2
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
  %".1354" = trunc i64 34887 to i16
  %".1355" = call i16 @"llvm.bswap.i16"(i16 %".1354")
  %".1356" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1355", ptr %".1356", align 2
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.select:
  %".1291" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1287")
  %".1292" = icmp eq i64 %".1291", 17
  br i1 %".1292", label %"ipv4_d1.to_udp", label %"ipv4_d1.select.1"
ipv4_d1.select.1:
  %".1294" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1287")
  %".1295" = icmp eq i64 %".1294", 1
  br i1 %".1295", label %"ipv4_d1.to_icmp", label %"ipv4_d1.select.2"
ipv4_d1.select.2:
  %".1297" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1287")
  %".1298" = icmp eq i64 %".1297", 4
  br i1 %".1298", label %"ipv4_d1.to_ipv4", label %"ipv4_d1.select.3"
ipv4_d1.select.3:
  %".1300" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1287")
  %".1301" = icmp eq i64 %".1300", 47
  br i1 %".1301", label %"ipv4_d1.to_gre_version", label %"ipv4_d1.select.4"
ipv4_d1.select.4:
  %".1303" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1287")
  switch i64 %".1303", label %"ipv4_d1.unknown" [i64 41, label %"ipv4_d1.to_ipv6" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 132, label %"ipv4_d1.to_sctp" i64 136, label %"ipv4_d1.to_udplite" i64 33, label %"ipv4_d1.to_dccp" i64 137, label %"ipv4_d1.to_mpls"]
udp_d1:
  %"cursor.43" = phi  i64 [%"end.1", %"ipv4_d1.to_udp"], [%".1488", %"ipv6_d1.to_udp"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".6083", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".6203", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".7055", %"widening.test.41"]
  %"data.76" = phi  ptr [%"data.75", %"ipv4_d1.to_udp"], [%"data.83", %"ipv6_d1.to_udp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.307", %"widening.test.41"]
  %"data_end.76" = phi  ptr [%"data_end.75", %"ipv4_d1.to_udp"], [%"data_end.83", %"ipv6_d1.to_udp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.307", %"widening.test.41"]
  %"keys.76" = phi  ptr [%"keys.75", %"ipv4_d1.to_udp"], [%"keys.83", %"ipv6_d1.to_udp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.41"]
  %"hdr.39" = getelementptr i8, ptr %"data.76", i64 %"cursor.43"
  %".3396" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3397" = icmp ugt ptr %".3396", %"data_end.76"
  br i1 %".3397", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3399" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3400" = load i32, ptr %".3399", align 4
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_4.8" = phi  i32 [%".3400", %"udp_d1.linear"], [%".3419", %"udp_d1.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.76", %"udp_d1.linear"], [%"data.152", %"udp_d1.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.76", %"udp_d1.linear"], [%"data_end.152", %"udp_d1.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.76", %"udp_d1.linear"], [%"keys.152", %"udp_d1.copy_failed.endif"]
  %".3421" = getelementptr i8, ptr %"keys.153", i64 12
  store i32 %"w0_4.8", ptr %".3421", align 4
  %".3423" = add i64 %"cursor.43", 4
  %".3424" = add i64 4, 4
  %".3425" = getelementptr i8, ptr %"data.153", i64 %"cursor.43"
  %".3426" = getelementptr i8, ptr %".3425", i64 %".3424"
  %".3427" = icmp ugt ptr %".3426", %"data_end.153"
  br i1 %".3427", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.155" = phi  ptr [%"data.153", %"udp_d1.header"], [%"data.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.153", %"udp_d1.header"], [%"data_end.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.153", %"udp_d1.header"], [%"keys.154", %"udp_d1.copy_last_byte_failed.endif"]
  %".3448" = add i64 %"cursor.43", %".3424"
  %".3449" = lshr i32 %"w0_4.8", 16
  %".3450" = trunc i32 %".3449" to i16
  %".3451" = call i16 @"llvm.bswap.i16"(i16 %".3450")
  %".3452" = zext i16 %".3451" to i64
  %".3453" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".3450")
  %".3454" = icmp eq i16 %".3453", 46354
  br i1 %".3454", label %"udp_d1.to_vxlan", label %"udp_d1.select"
udp_d1.to_vxlan:
  br label %"vxlan_d1"
vxlan_d1:
  %"cursor.58" = phi  i64 [%".3448", %"udp_d1.to_vxlan"]
  %"data.156" = phi  ptr [%"data.155", %"udp_d1.to_vxlan"]
  %"data_end.156" = phi  ptr [%"data_end.155", %"udp_d1.to_vxlan"]
  %"keys.156" = phi  ptr [%"keys.155", %"udp_d1.to_vxlan"]
  %"hdr.52" = getelementptr i8, ptr %"data.156", i64 %"cursor.58"
  %".4568" = getelementptr i8, ptr %"hdr.52", i64 8
  %".4569" = icmp ugt ptr %".4568", %"data_end.156"
  br i1 %".4569", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.201" = phi  ptr [%"data.156", %"vxlan_d1.linear"], [%"data.200", %"vxlan_d1.copy_failed.endif"]
  %"data_end.201" = phi  ptr [%"data_end.156", %"vxlan_d1.linear"], [%"data_end.200", %"vxlan_d1.copy_failed.endif"]
  %"keys.201" = phi  ptr [%"keys.156", %"vxlan_d1.linear"], [%"keys.200", %"vxlan_d1.copy_failed.endif"]
  %".4589" = add i64 %"cursor.58", 8
  %".4590" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4590", align 1
  %".4592" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.70" = load volatile i32, ptr %".4592", align 4
  %".4593" = and i32 %"flags.70", 4
  %".4594" = icmp ne i32 %".4593", 0
  br i1 %".4594", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif", !prof !0
vxlan_d1.stop_at_encap.endif:
  %".4600" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4600", align 4
  br label %"vxlan_d1.to_ethernet"
vxlan_d1.to_ethernet:
  %".4607" = trunc i64 %".4589" to i16
  %".4608" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4607", ptr %".4608", align 2
  br label %"return"
ipv4_d1.stop_at_encap:
  %".1318" = trunc i64 %"end.1" to i16
  %".1319" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1318", ptr %".1319", align 2
  br label %"return"
gre_version_d1:
  %"cursor.44" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1488", %"ipv6_d1.to_gre_version"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".6083", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".6203", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".7033", %"widening.test.39"]
  %"data.77" = phi  ptr [%"data.75", %"ipv4_d1.to_gre_version"], [%"data.83", %"ipv6_d1.to_gre_version"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.305", %"widening.test.39"]
  %"data_end.77" = phi  ptr [%"data_end.75", %"ipv4_d1.to_gre_version"], [%"data_end.83", %"ipv6_d1.to_gre_version"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.305", %"widening.test.39"]
  %"keys.77" = phi  ptr [%"keys.75", %"ipv4_d1.to_gre_version"], [%"keys.83", %"ipv6_d1.to_gre_version"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.39"]
  %"hdr.40" = getelementptr i8, ptr %"data.77", i64 %"cursor.44"
  %".3478" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3479" = icmp ugt ptr %".3478", %"data_end.77"
  br i1 %".3479", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3481" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3482" = load i8, ptr %".3481", align 1
  %".3483" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3484" = load i8, ptr %".3483", align 1
  %".3485" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3486" = load i16, ptr %".3485", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.13" = phi  i8 [%".3482", %"gre_version_d1.linear"], [%".3505", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3484", %"gre_version_d1.linear"], [%".3507", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".3486", %"gre_version_d1.linear"], [%".3509", %"gre_version_d1.copy_failed.endif"]
  %"data.162" = phi  ptr [%"data.77", %"gre_version_d1.linear"], [%"data.161", %"gre_version_d1.copy_failed.endif"]
  %"data_end.162" = phi  ptr [%"data_end.77", %"gre_version_d1.linear"], [%"data_end.161", %"gre_version_d1.copy_failed.endif"]
  %"keys.162" = phi  ptr [%"keys.77", %"gre_version_d1.linear"], [%"keys.161", %"gre_version_d1.copy_failed.endif"]
  %".3511" = zext i8 %"w0_1.13" to i64
  %".3512" = lshr i64 %".3511", 6
  %".3513" = and i64 %".3512", 1
  %".3514" = icmp ne i64 %".3513", 0
  %".3515" = zext i8 %"w1_1.8" to i64
  %".3516" = and i64 %".3515", 7
  %".3517" = icmp ugt i64 %".3516", 1
  %".3518" = or i1 %".3514", %".3517"
  br i1 %".3518", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".3524" = getelementptr i8, ptr %"keys.162", i64 10
  store i16 %"w2_2.7", ptr %".3524", align 2
  %".3526" = zext i8 %"w1_1.8" to i64
  %".3527" = and i64 %".3526", 7
  %".3528" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3527")
  %".3529" = icmp eq i64 %".3528", 0
  br i1 %".3529", label %"gre_version_d1.to_gre", label %"gre_version_d1.select"
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.63" = phi  i64 [%"cursor.44", %"gre_version_d1.to_gre"]
  %"data.163" = phi  ptr [%"data.162", %"gre_version_d1.to_gre"]
  %"data_end.163" = phi  ptr [%"data_end.162", %"gre_version_d1.to_gre"]
  %"keys.163" = phi  ptr [%"keys.162", %"gre_version_d1.to_gre"]
  %".4985" = add i64 %"cursor.63", 4
  %".4986" = and i8 %"w0_1.13", 176
  %".4987" = icmp eq i8 %".4986", 0
  %".4988" = xor i1 %".4987", -1
  br i1 %".4988", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.9" = phi  i64 [%".4985", %"gre_d1.no_variable"], [%".5027", %"gre_d1.variable_part"]
  %"data.218" = phi  ptr [%"data.163", %"gre_d1.no_variable"], [%"data.217", %"gre_d1.variable_part"]
  %"data_end.218" = phi  ptr [%"data_end.163", %"gre_d1.no_variable"], [%"data_end.217", %"gre_d1.variable_part"]
  %"keys.218" = phi  ptr [%"keys.163", %"gre_d1.no_variable"], [%"keys.217", %"gre_d1.variable_part"]
  %".5029" = getelementptr i8, ptr %"keys.218", i64 8
  store i8 1, ptr %".5029", align 1
  %".5031" = getelementptr i8, ptr %"keys.218", i64 48
  %"flags.75" = load volatile i32, ptr %".5031", align 4
  %".5032" = and i32 %"flags.75", 4
  %".5033" = icmp ne i32 %".5032", 0
  br i1 %".5033", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif", !prof !0
gre_d1.stop_at_encap.endif:
  %".5039" = getelementptr i8, ptr %"keys.218", i64 12
  store i32 0, ptr %".5039", align 4
  %".5041" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".5042" = zext i16 %".5041" to i64
  %".5043" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.7")
  %".5044" = icmp eq i16 %".5043", 8
  br i1 %".5044", label %"gre_d1.to_ipv4", label %"gre_d1.select"
gre_d1.to_ipv4:
  %".5064" = trunc i64 %"end.9" to i16
  %".5065" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5064", ptr %".5065", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1339" = trunc i64 %"end.1" to i16
  %".1340" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1339", ptr %".1340", align 2
  br label %"return"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1369" = trunc i64 %"cursor.17" to i32
  %".1370" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1369", [40 x i8]* %"header_copy", i32 4)
  %".1371" = icmp eq i64 %".1370", 0
  %".1372" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1373" = load i32, ptr %".1372", align 4
  %".1374" = zext i32 %".1373" to i64
  %"data.78" = inttoptr i64 %".1374" to ptr
  %".1375" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1376" = load i32, ptr %".1375", align 4
  %".1377" = zext i32 %".1376" to i64
  %"data_end.78" = inttoptr i64 %".1377" to ptr
  %".1378" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.78" = load ptr, ptr %".1378", align 8
  %".1379" = xor i1 %".1371", -1
  br i1 %".1379", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1381" = trunc i64 %"cursor.17" to i16
  %".1382" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1381", ptr %".1382", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1385" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1386" = load volatile i8, [40 x i8]* %".1385", align 1
  %".1387" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1388" = load volatile i8, [40 x i8]* %".1387", align 1
  %".1389" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1390" = load volatile i16, [40 x i8]* %".1389", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1401" = trunc i64 %"cursor.17" to i16
  %".1402" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1401", ptr %".1402", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1413" = trunc i64 %"cursor.17" to i16
  %".1414" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1413", ptr %".1414", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_version_d0.select:
  br label %"gre_version_d0.to_pptp"
pptp_d0:
  %"cursor.46" = phi  i64 [%"cursor.17", %"gre_version_d0.to_pptp"]
  %"data.81" = phi  ptr [%"data.79", %"gre_version_d0.to_pptp"]
  %"data_end.81" = phi  ptr [%"data_end.79", %"gre_version_d0.to_pptp"]
  %"keys.81" = phi  ptr [%"keys.79", %"gre_version_d0.to_pptp"]
  %".3634" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".3635" = zext i16 %".3634" to i64
  %".3636" = icmp ne i64 %".3635", 34827
  %".3637" = zext i8 %"w0_1.4" to i64
  %".3638" = lshr i64 %".3637", 5
  %".3639" = and i64 %".3638", 1
  %".3640" = icmp eq i64 %".3639", 0
  %".3641" = or i1 %".3636", %".3640"
  br i1 %".3641", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".3647" = add i64 %"cursor.46", 4
  %".3648" = zext i8 %"w0_1.4" to i64
  %".3649" = lshr i64 %".3648", 7
  %".3650" = and i64 %".3649", 1
  %".3651" = zext i8 %"w0_1.4" to i64
  %".3652" = lshr i64 %".3651", 5
  %".3653" = and i64 %".3652", 1
  %".3654" = add i64 %".3650", %".3653"
  %".3655" = zext i8 %"w0_1.4" to i64
  %".3656" = lshr i64 %".3655", 4
  %".3657" = and i64 %".3656", 1
  %".3658" = add i64 %".3654", %".3657"
  %".3659" = zext i8 %"w1_1.2" to i64
  %".3660" = lshr i64 %".3659", 7
  %".3661" = and i64 %".3660", 1
  %".3662" = add i64 %".3658", %".3661"
  %".3663" = mul i64 %".3662", 4
  %".3664" = add i64 %".3663", 4
  %".3665" = getelementptr i8, ptr %"data.81", i64 %"cursor.46"
  %".3666" = getelementptr i8, ptr %".3665", i64 %".3664"
  %".3667" = icmp ugt ptr %".3666", %"data_end.81"
  br i1 %".3667", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.169" = phi  ptr [%"data.81", %"pptp_d0.stop_before.endif"], [%"data.168", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.169" = phi  ptr [%"data_end.81", %"pptp_d0.stop_before.endif"], [%"data_end.168", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.169" = phi  ptr [%"keys.81", %"pptp_d0.stop_before.endif"], [%"keys.168", %"pptp_d0.copy_last_byte_failed.endif"]
  %".3688" = add i64 %"cursor.46", %".3664"
  %".3689" = add i64 %"cursor.46", 8
  %".3690" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3689")
  %".3691" = icmp eq i64 %".3663", 4
  %"end.6" = select  i1 %".3691", i64 %".3690", i64 %".3688"
  br label %"pptp_d0.to_ppp"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.65" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.170" = phi  ptr [%"data.169", %"pptp_d0.to_ppp"]
  %"data_end.170" = phi  ptr [%"data_end.169", %"pptp_d0.to_ppp"]
  %"keys.170" = phi  ptr [%"keys.169", %"pptp_d0.to_ppp"]
  %"hdr.57" = getelementptr i8, ptr %"data.170", i64 %"cursor.65"
  %".5196" = getelementptr i8, ptr %"hdr.57", i64 4
  %".5197" = icmp ugt ptr %".5196", %"data_end.170"
  br i1 %".5197", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".5199" = getelementptr i8, ptr %"hdr.57", i64 2
  %".5200" = load i16, ptr %".5199", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.13" = phi  i16 [%".5200", %"ppp_d0.linear"], [%".5219", %"ppp_d0.copy_failed.endif"]
  %"data.223" = phi  ptr [%"data.170", %"ppp_d0.linear"], [%"data.222", %"ppp_d0.copy_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.170", %"ppp_d0.linear"], [%"data_end.222", %"ppp_d0.copy_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.170", %"ppp_d0.linear"], [%"keys.222", %"ppp_d0.copy_failed.endif"]
  %".5221" = add i64 %"cursor.65", 4
  %".5222" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".5223" = zext i16 %".5222" to i64
  %".5224" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.13")
  %".5225" = icmp eq i16 %".5224", 8448
  br i1 %".5225", label %"ppp_d0.to_ipv4", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".5238" = trunc i64 2048 to i16
  %".5239" = call i16 @"llvm.bswap.i16"(i16 %".5238")
  %".5240" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5239", ptr %".5240", align 2
  %".5242" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5242", align 1
  %".5244" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.76" = load volatile i32, ptr %".5244", align 4
  %".5245" = and i32 %"flags.76", 4
  %".5246" = icmp ne i32 %".5245", 0
  br i1 %".5246", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif", !prof !0
ppp_d0.stop_at_encap.endif:
  %".5252" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5252", align 4
  br label %"ipv4_d1"
ipv6_d1.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1435" = trunc i64 %"cursor.18" to i32
  %".1436" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1435", [40 x i8]* %"header_copy", i32 40)
  %".1437" = icmp eq i64 %".1436", 0
  %".1438" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1439" = load i32, ptr %".1438", align 4
  %".1440" = zext i32 %".1439" to i64
  %"data.82" = inttoptr i64 %".1440" to ptr
  %".1441" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1442" = load i32, ptr %".1441", align 4
  %".1443" = zext i32 %".1442" to i64
  %"data_end.82" = inttoptr i64 %".1443" to ptr
  %".1444" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.82" = load ptr, ptr %".1444", align 8
  %".1445" = xor i1 %".1437", -1
  br i1 %".1445", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1447" = trunc i64 %"cursor.18" to i16
  %".1448" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1447", ptr %".1448", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1451" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1452" = load volatile i32, [40 x i8]* %".1451", align 4
  %".1453" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1454" = load volatile i8, [40 x i8]* %".1453", align 1
  %".1455" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1456" = load volatile i64, [40 x i8]* %".1455", align 8
  %".1457" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1458" = load volatile i64, [40 x i8]* %".1457", align 8
  %".1459" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1460" = load volatile i64, [40 x i8]* %".1459", align 8
  %".1461" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1462" = load volatile i64, [40 x i8]* %".1461", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1498" = trunc i64 %".1488" to i16
  %".1499" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1498", ptr %".1499", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1502" = zext i8 %"w6_1.1" to i64
  %".1503" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1502")
  %".1504" = icmp eq i64 %".1503", 6
  br i1 %".1504", label %"ipv6_d1.to_tcp", label %"ipv6_d1.select"
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1520" = trunc i64 %".1488" to i16
  %".1521" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1520", ptr %".1521", align 2
  br label %"return"
ipv6_d1.to_udp:
  br label %"udp_d1"
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
  %".1531" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1531", align 1
  %".1533" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.27" = load volatile i32, ptr %".1533", align 4
  %".1534" = and i32 %"flags.27", 4
  %".1535" = icmp ne i32 %".1534", 0
  br i1 %".1535", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif", !prof !0
ipv6_d1.stop_at_encap.endif:
  %".1541" = getelementptr i8, ptr %"keys.83", i64 12
  store i32 0, ptr %".1541", align 4
  %".1543" = trunc i64 %".1488" to i16
  %".1544" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1543", ptr %".1544", align 2
  br label %"return"
ipv6_d1.to_ipv4:
  %".1547" = trunc i64 2048 to i16
  %".1548" = call i16 @"llvm.bswap.i16"(i16 %".1547")
  %".1549" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1548", ptr %".1549", align 2
  %".1551" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1551", align 1
  %".1553" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.28" = load volatile i32, ptr %".1553", align 4
  %".1554" = and i32 %"flags.28", 4
  %".1555" = icmp ne i32 %".1554", 0
  br i1 %".1555", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1", !prof !0
ipv6_d1.stop_at_encap.endif.1:
  %".1561" = getelementptr i8, ptr %"keys.83", i64 12
  store i32 0, ptr %".1561", align 4
  %".1563" = trunc i64 %".1488" to i16
  %".1564" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1563", ptr %".1564", align 2
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
  %".1573" = trunc i64 34887 to i16
  %".1574" = call i16 @"llvm.bswap.i16"(i16 %".1573")
  %".1575" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1574", ptr %".1575", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.select:
  %".1506" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1502")
  %".1507" = icmp eq i64 %".1506", 17
  br i1 %".1507", label %"ipv6_d1.to_udp", label %"ipv6_d1.select.1"
ipv6_d1.select.1:
  %".1509" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1502")
  %".1510" = icmp eq i64 %".1509", 58
  br i1 %".1510", label %"ipv6_d1.to_icmpv6", label %"ipv6_d1.select.2"
ipv6_d1.select.2:
  %".1512" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1502")
  %".1513" = icmp eq i64 %".1512", 0
  br i1 %".1513", label %"ipv6_d1.to_ipv6_opts", label %"ipv6_d1.select.3"
ipv6_d1.select.3:
  %".1515" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1502")
  %".1516" = icmp eq i64 %".1515", 60
  br i1 %".1516", label %"ipv6_d1.to_ipv6_opts.1", label %"ipv6_d1.select.4"
ipv6_d1.select.4:
  %".1518" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1502")
  switch i64 %".1518", label %"ipv6_d1.unknown" [i64 43, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 41, label %"ipv6_d1.to_ipv6" i64 4, label %"ipv6_d1.to_ipv4" i64 47, label %"ipv6_d1.to_gre_version" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 132, label %"ipv6_d1.to_sctp" i64 136, label %"ipv6_d1.to_udplite" i64 33, label %"ipv6_d1.to_dccp" i64 137, label %"ipv6_d1.to_mpls"]
ipv6_opts_d1_ipv6_ext1:
  %"cursor.47" = phi  i64 [%".1488", %"ipv6_d1.to_ipv6_opts"], [%".1488", %"ipv6_d1.to_ipv6_opts.1"], [%".1488", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.84" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_opts"], [%"data.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.84" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_opts"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.84" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_opts"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.84", i64 %"cursor.47"
  %".3698" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3699" = icmp ugt ptr %".3698", %"data_end.84"
  br i1 %".3699", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3701" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3702" = load i8, ptr %".3701", align 1
  %".3703" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3704" = load i8, ptr %".3703", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.14" = phi  i8 [%".3702", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3723", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3704", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3725", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.172" = phi  ptr [%"data.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.172" = phi  ptr [%"data_end.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.172" = phi  ptr [%"keys.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3727" = getelementptr i8, ptr %"keys.172", i64 9
  store i8 %"w0_1.14", ptr %".3727", align 1
  %".3729" = add i64 %"cursor.47", 2
  %".3730" = zext i8 %"w1_1.9" to i64
  %".3731" = mul i64 %".3730", 8
  %".3732" = add i64 %".3731", 6
  %".3733" = add i64 %".3732", 2
  %".3734" = add i64 %"cursor.47", %".3733"
  %".3735" = zext i8 %"w0_1.14" to i64
  %".3736" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3735")
  %".3737" = icmp eq i64 %".3736", 6
  br i1 %".3737", label %"ipv6_opts_d1_ipv6_ext1.to_tcp", label %"ipv6_opts_d1_ipv6_ext1.select"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1488", %"ipv6_d1.to_ipv6_frag"]
  %"data.85" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_frag"]
  %"keys.85" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.85", i64 %"cursor.48"
  %".3811" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3812" = icmp ugt ptr %".3811", %"data_end.85"
  br i1 %".3812", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3814" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3815" = load i8, ptr %".3814", align 1
  %".3816" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3817" = load i16, ptr %".3816", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3815", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3836", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.8" = phi  i16 [%".3817", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3838", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3840" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %"w0_1.15", ptr %".3840", align 1
  %".3842" = add i64 %"cursor.48", 8
  %".3843" = icmp ne i64 1, 0
  %".3844" = and i16 %"w2_2.8", 63743
  %".3845" = icmp eq i16 %".3844", 0
  br i1 %".3843", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3867" = zext i8 %"w0_1.15" to i64
  %".3868" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3867")
  %".3869" = icmp eq i64 %".3868", 6
  br i1 %".3869", label %"ipv6_frag_d1_ipv6_ext1.to_tcp", label %"ipv6_frag_d1_ipv6_ext1.select"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1537" = trunc i64 %".1488" to i16
  %".1538" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1537", ptr %".1538", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1557" = trunc i64 %".1488" to i16
  %".1558" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1557", ptr %".1558", align 2
  br label %"return"
esp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1584" = trunc i64 %"cursor.19" to i32
  %".1585" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1584", [40 x i8]* %"header_copy", i32 4)
  %".1586" = icmp eq i64 %".1585", 0
  %".1587" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1588" = load i32, ptr %".1587", align 4
  %".1589" = zext i32 %".1588" to i64
  %"data.86" = inttoptr i64 %".1589" to ptr
  %".1590" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1591" = load i32, ptr %".1590", align 4
  %".1592" = zext i32 %".1591" to i64
  %"data_end.86" = inttoptr i64 %".1592" to ptr
  %".1593" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.86" = load ptr, ptr %".1593", align 8
  %".1594" = xor i1 %".1586", -1
  br i1 %".1594", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1596" = trunc i64 %"cursor.19" to i16
  %".1597" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1596", ptr %".1597", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1600" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1601" = load volatile i32, [40 x i8]* %".1600", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1628" = trunc i64 %"cursor.20" to i32
  %".1629" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1628", [40 x i8]* %"header_copy", i32 8)
  %".1630" = icmp eq i64 %".1629", 0
  %".1631" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1632" = load i32, ptr %".1631", align 4
  %".1633" = zext i32 %".1632" to i64
  %"data.88" = inttoptr i64 %".1633" to ptr
  %".1634" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1635" = load i32, ptr %".1634", align 4
  %".1636" = zext i32 %".1635" to i64
  %"data_end.88" = inttoptr i64 %".1636" to ptr
  %".1637" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.88" = load ptr, ptr %".1637", align 8
  %".1638" = xor i1 %".1630", -1
  br i1 %".1638", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1640" = trunc i64 %"cursor.20" to i16
  %".1641" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1640", ptr %".1641", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1644" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1645" = load volatile i32, [40 x i8]* %".1644", align 4
  br label %"ah.header"
sctp.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1672" = trunc i64 %"cursor.21" to i32
  %".1673" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1672", [40 x i8]* %"header_copy", i32 4)
  %".1674" = icmp eq i64 %".1673", 0
  %".1675" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1676" = load i32, ptr %".1675", align 4
  %".1677" = zext i32 %".1676" to i64
  %"data.90" = inttoptr i64 %".1677" to ptr
  %".1678" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1679" = load i32, ptr %".1678", align 4
  %".1680" = zext i32 %".1679" to i64
  %"data_end.90" = inttoptr i64 %".1680" to ptr
  %".1681" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.90" = load ptr, ptr %".1681", align 8
  %".1682" = xor i1 %".1674", -1
  br i1 %".1682", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1684" = trunc i64 %"cursor.21" to i16
  %".1685" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1684", ptr %".1685", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1688" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1689" = load volatile i32, [40 x i8]* %".1688", align 4
  br label %"sctp.header"
udplite.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1704" = trunc i64 %"cursor.22" to i32
  %".1705" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1704", [40 x i8]* %"header_copy", i32 4)
  %".1706" = icmp eq i64 %".1705", 0
  %".1707" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1708" = load i32, ptr %".1707", align 4
  %".1709" = zext i32 %".1708" to i64
  %"data.92" = inttoptr i64 %".1709" to ptr
  %".1710" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1711" = load i32, ptr %".1710", align 4
  %".1712" = zext i32 %".1711" to i64
  %"data_end.92" = inttoptr i64 %".1712" to ptr
  %".1713" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.92" = load ptr, ptr %".1713", align 8
  %".1714" = xor i1 %".1706", -1
  br i1 %".1714", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1716" = trunc i64 %"cursor.22" to i16
  %".1717" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1716", ptr %".1717", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1720" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1721" = load volatile i32, [40 x i8]* %".1720", align 4
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1731" = add i64 %"cursor.22", %".1726"
  %".1732" = sub i64 %".1731", 1
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1733" = trunc i64 %".1732" to i32
  %".1734" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1733", i64* %"last_byte", i32 1)
  %".1735" = icmp eq i64 %".1734", 0
  %".1736" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1737" = load i32, ptr %".1736", align 4
  %".1738" = zext i32 %".1737" to i64
  %"data.94" = inttoptr i64 %".1738" to ptr
  %".1739" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1740" = load i32, ptr %".1739", align 4
  %".1741" = zext i32 %".1740" to i64
  %"data_end.94" = inttoptr i64 %".1741" to ptr
  %".1742" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.94" = load ptr, ptr %".1742", align 8
  %".1743" = xor i1 %".1735", -1
  br i1 %".1743", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1745" = trunc i64 %"cursor.22" to i16
  %".1746" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1745", ptr %".1746", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
dccp.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1761" = trunc i64 %"cursor.23" to i32
  %".1762" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1761", [40 x i8]* %"header_copy", i32 4)
  %".1763" = icmp eq i64 %".1762", 0
  %".1764" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1765" = load i32, ptr %".1764", align 4
  %".1766" = zext i32 %".1765" to i64
  %"data.96" = inttoptr i64 %".1766" to ptr
  %".1767" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1768" = load i32, ptr %".1767", align 4
  %".1769" = zext i32 %".1768" to i64
  %"data_end.96" = inttoptr i64 %".1769" to ptr
  %".1770" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.96" = load ptr, ptr %".1770", align 8
  %".1771" = xor i1 %".1763", -1
  br i1 %".1771", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1773" = trunc i64 %"cursor.23" to i16
  %".1774" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1773", ptr %".1774", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1777" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1778" = load volatile i32, [40 x i8]* %".1777", align 4
  br label %"dccp.header"
icmpv6.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1791" = trunc i64 %"cursor.24" to i32
  %".1792" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1791", [40 x i8]* %"header_copy", i32 4)
  %".1793" = icmp eq i64 %".1792", 0
  %".1794" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1795" = load i32, ptr %".1794", align 4
  %".1796" = zext i32 %".1795" to i64
  %"data.98" = inttoptr i64 %".1796" to ptr
  %".1797" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1798" = load i32, ptr %".1797", align 4
  %".1799" = zext i32 %".1798" to i64
  %"data_end.98" = inttoptr i64 %".1799" to ptr
  %".1800" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.98" = load ptr, ptr %".1800", align 8
  %".1801" = xor i1 %".1793", -1
  br i1 %".1801", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1803" = trunc i64 %"cursor.24" to i16
  %".1804" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1803", ptr %".1804", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1821" = trunc i64 %"cursor.25" to i32
  %".1822" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1821", [40 x i8]* %"header_copy", i32 2)
  %".1823" = icmp eq i64 %".1822", 0
  %".1824" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1825" = load i32, ptr %".1824", align 4
  %".1826" = zext i32 %".1825" to i64
  %"data.100" = inttoptr i64 %".1826" to ptr
  %".1827" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1828" = load i32, ptr %".1827", align 4
  %".1829" = zext i32 %".1828" to i64
  %"data_end.100" = inttoptr i64 %".1829" to ptr
  %".1830" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.100" = load ptr, ptr %".1830", align 8
  %".1831" = xor i1 %".1823", -1
  br i1 %".1831", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1833" = trunc i64 %"cursor.25" to i16
  %".1834" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".1833", ptr %".1834", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1837" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1838" = load volatile i8, [40 x i8]* %".1837", align 1
  %".1839" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1840" = load volatile i8, [40 x i8]* %".1839", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1868" = trunc i64 %".1849" to i16
  %".1869" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1868", ptr %".1869", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_udp:
  br label %"udp_d0"
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
  %".1879" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".1879", align 1
  %".1881" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.29" = load volatile i32, ptr %".1881", align 4
  %".1882" = and i32 %"flags.29", 4
  %".1883" = icmp ne i32 %".1882", 0
  br i1 %".1883", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1889" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".1889", align 4
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1892" = trunc i64 2048 to i16
  %".1893" = call i16 @"llvm.bswap.i16"(i16 %".1892")
  %".1894" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1893", ptr %".1894", align 2
  %".1896" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".1896", align 1
  %".1898" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.30" = load volatile i32, ptr %".1898", align 4
  %".1899" = and i32 %"flags.30", 4
  %".1900" = icmp ne i32 %".1899", 0
  br i1 %".1900", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1906" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".1906", align 4
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
  %".1915" = trunc i64 34887 to i16
  %".1916" = call i16 @"llvm.bswap.i16"(i16 %".1915")
  %".1917" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1916", ptr %".1917", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.select:
  %".1854" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1850")
  %".1855" = icmp eq i64 %".1854", 17
  br i1 %".1855", label %"ipv6_opts_d0_ipv6_ext1.to_udp", label %"ipv6_opts_d0_ipv6_ext1.select.1"
ipv6_opts_d0_ipv6_ext1.select.1:
  %".1857" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1850")
  %".1858" = icmp eq i64 %".1857", 58
  br i1 %".1858", label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext1.select.2"
ipv6_opts_d0_ipv6_ext1.select.2:
  %".1860" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1850")
  %".1861" = icmp eq i64 %".1860", 0
  br i1 %".1861", label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext1.select.3"
ipv6_opts_d0_ipv6_ext1.select.3:
  %".1863" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1850")
  %".1864" = icmp eq i64 %".1863", 60
  br i1 %".1864", label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext1.select.4"
ipv6_opts_d0_ipv6_ext1.select.4:
  %".1866" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1850")
  switch i64 %".1866", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls"]
ipv6_opts_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6670", %"widening.test.6"]
  %"data.102" = phi  ptr [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.272", %"widening.test.6"]
  %"data_end.102" = phi  ptr [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.272", %"widening.test.6"]
  %"keys.102" = phi  ptr [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.43" = getelementptr i8, ptr %"data.102", i64 %"cursor.49"
  %".3943" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3944" = icmp ugt ptr %".3943", %"data_end.102"
  br i1 %".3944", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3946" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3947" = load i8, ptr %".3946", align 1
  %".3948" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3949" = load i8, ptr %".3948", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3947", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3968", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3949", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3970", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.178" = phi  ptr [%"data.102", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.102", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.102", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3972" = getelementptr i8, ptr %"keys.178", i64 9
  store i8 %"w0_1.16", ptr %".3972", align 1
  %".3974" = add i64 %"cursor.49", 2
  %".3975" = zext i8 %"w1_1.10" to i64
  %".3976" = mul i64 %".3975", 8
  %".3977" = add i64 %".3976", 6
  %".3978" = add i64 %".3977", 2
  %".3979" = add i64 %"cursor.49", %".3978"
  %".3980" = zext i8 %"w0_1.16" to i64
  %".3981" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3980")
  %".3982" = icmp eq i64 %".3981", 6
  br i1 %".3982", label %"ipv6_opts_d0_ipv6_ext2.to_tcp", label %"ipv6_opts_d0_ipv6_ext2.select"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%".1849", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1951", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6659", %"widening.test.5"]
  %"data.103" = phi  ptr [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.271", %"widening.test.5"]
  %"data_end.103" = phi  ptr [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.271", %"widening.test.5"]
  %"keys.103" = phi  ptr [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.44" = getelementptr i8, ptr %"data.103", i64 %"cursor.50"
  %".4050" = getelementptr i8, ptr %"hdr.44", i64 8
  %".4051" = icmp ugt ptr %".4050", %"data_end.103"
  br i1 %".4051", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".4053" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4054" = load i8, ptr %".4053", align 1
  %".4055" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4056" = load i16, ptr %".4055", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".4054", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".4075", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".4056", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".4077", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.182" = phi  ptr [%"data.103", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.182" = phi  ptr [%"data_end.103", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.182" = phi  ptr [%"keys.103", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".4079" = getelementptr i8, ptr %"keys.182", i64 9
  store i8 %"w0_1.17", ptr %".4079", align 1
  %".4081" = add i64 %"cursor.50", 8
  %".4082" = icmp ne i64 1, 0
  %".4083" = and i16 %"w2_2.9", 63743
  %".4084" = icmp eq i16 %".4083", 0
  br i1 %".4082", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".4106" = zext i8 %"w0_1.17" to i64
  %".4107" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4106")
  %".4108" = icmp eq i64 %".4107", 6
  br i1 %".4108", label %"ipv6_frag_d0_ipv6_ext2.to_tcp", label %"ipv6_frag_d0_ipv6_ext2.select"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1885" = trunc i64 %".1849" to i16
  %".1886" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1885", ptr %".1886", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1902" = trunc i64 %".1849" to i16
  %".1903" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1902", ptr %".1903", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1928" = trunc i64 %"cursor.26" to i32
  %".1929" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1928", [40 x i8]* %"header_copy", i32 8)
  %".1930" = icmp eq i64 %".1929", 0
  %".1931" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1932" = load i32, ptr %".1931", align 4
  %".1933" = zext i32 %".1932" to i64
  %"data.104" = inttoptr i64 %".1933" to ptr
  %".1934" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1935" = load i32, ptr %".1934", align 4
  %".1936" = zext i32 %".1935" to i64
  %"data_end.104" = inttoptr i64 %".1936" to ptr
  %".1937" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.104" = load ptr, ptr %".1937", align 8
  %".1938" = xor i1 %".1930", -1
  br i1 %".1938", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1940" = trunc i64 %"cursor.26" to i16
  %".1941" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".1940", ptr %".1941", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1944" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1945" = load volatile i8, [40 x i8]* %".1944", align 1
  %".1946" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1947" = load volatile i16, [40 x i8]* %".1946", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1956" = getelementptr i8, ptr %"keys.105", i64 6
  store i8 1, ptr %".1956", align 1
  br i1 %".1954", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1959" = getelementptr i8, ptr %"keys.105", i64 7
  store i8 1, ptr %".1959", align 1
  %".1961" = getelementptr i8, ptr %"keys.105", i64 48
  %"flags.31" = load volatile i32, ptr %".1961", align 4
  %".1962" = and i32 %"flags.31", 1
  %".1963" = icmp ne i32 %".1962", 0
  %".1964" = xor i1 %".1963", -1
  br i1 %".1964", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1971" = trunc i64 %".1951" to i16
  %".1972" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1971", ptr %".1972", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1966" = trunc i64 %".1951" to i16
  %".1967" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1966", ptr %".1967", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1994" = trunc i64 %".1951" to i16
  %".1995" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1994", ptr %".1995", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_udp:
  br label %"udp_d0"
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
  %".2005" = getelementptr i8, ptr %"keys.105", i64 8
  store i8 1, ptr %".2005", align 1
  %".2007" = getelementptr i8, ptr %"keys.105", i64 48
  %"flags.32" = load volatile i32, ptr %".2007", align 4
  %".2008" = and i32 %"flags.32", 4
  %".2009" = icmp ne i32 %".2008", 0
  br i1 %".2009", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".2015" = getelementptr i8, ptr %"keys.105", i64 12
  store i32 0, ptr %".2015", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".2018" = trunc i64 2048 to i16
  %".2019" = call i16 @"llvm.bswap.i16"(i16 %".2018")
  %".2020" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2019", ptr %".2020", align 2
  %".2022" = getelementptr i8, ptr %"keys.105", i64 8
  store i8 1, ptr %".2022", align 1
  %".2024" = getelementptr i8, ptr %"keys.105", i64 48
  %"flags.33" = load volatile i32, ptr %".2024", align 4
  %".2025" = and i32 %"flags.33", 4
  %".2026" = icmp ne i32 %".2025", 0
  br i1 %".2026", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2032" = getelementptr i8, ptr %"keys.105", i64 12
  store i32 0, ptr %".2032", align 4
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
  %".2041" = trunc i64 34887 to i16
  %".2042" = call i16 @"llvm.bswap.i16"(i16 %".2041")
  %".2043" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2042", ptr %".2043", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.select:
  %".1980" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1976")
  %".1981" = icmp eq i64 %".1980", 17
  br i1 %".1981", label %"ipv6_frag_d0_ipv6_ext1.to_udp", label %"ipv6_frag_d0_ipv6_ext1.select.1"
ipv6_frag_d0_ipv6_ext1.select.1:
  %".1983" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1976")
  %".1984" = icmp eq i64 %".1983", 58
  br i1 %".1984", label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext1.select.2"
ipv6_frag_d0_ipv6_ext1.select.2:
  %".1986" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1976")
  %".1987" = icmp eq i64 %".1986", 0
  br i1 %".1987", label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext1.select.3"
ipv6_frag_d0_ipv6_ext1.select.3:
  %".1989" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1976")
  %".1990" = icmp eq i64 %".1989", 60
  br i1 %".1990", label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext1.select.4"
ipv6_frag_d0_ipv6_ext1.select.4:
  %".1992" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1976")
  switch i64 %".1992", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls"]
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".2011" = trunc i64 %".1951" to i16
  %".2012" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2011", ptr %".2012", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".2028" = trunc i64 %".1951" to i16
  %".2029" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2028", ptr %".2029", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2052" = trunc i64 %"cursor.27" to i32
  %".2053" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".2052", [40 x i8]* %"header_copy", i32 4)
  %".2054" = icmp eq i64 %".2053", 0
  %".2055" = getelementptr i8, ptr %"ctx.27", i64 76
  %".2056" = load i32, ptr %".2055", align 4
  %".2057" = zext i32 %".2056" to i64
  %"data.106" = inttoptr i64 %".2057" to ptr
  %".2058" = getelementptr i8, ptr %"ctx.27", i64 80
  %".2059" = load i32, ptr %".2058", align 4
  %".2060" = zext i32 %".2059" to i64
  %"data_end.106" = inttoptr i64 %".2060" to ptr
  %".2061" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.106" = load ptr, ptr %".2061", align 8
  %".2062" = xor i1 %".2054", -1
  br i1 %".2062", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".2064" = trunc i64 %"cursor.27" to i16
  %".2065" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2064", ptr %".2065", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".2068" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2069" = load volatile i16, [40 x i8]* %".2068", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2096" = trunc i64 %".2073" to i16
  %".2097" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2096", ptr %".2097", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2102" = trunc i64 %".2073" to i16
  %".2103" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2102", ptr %".2103", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2106" = trunc i64 %".2073" to i16
  %".2107" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2106", ptr %".2107", align 2
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
  %".2119" = trunc i64 %".2073" to i16
  %".2120" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2119", ptr %".2120", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2123" = trunc i64 %".2073" to i16
  %".2124" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2123", ptr %".2124", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d0_vlan_tags2.select:
  %".2082" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.3")
  %".2083" = icmp eq i16 %".2082", 56710
  br i1 %".2083", label %"vlan_d0_vlan_tags2.to_ipv6", label %"vlan_d0_vlan_tags2.select.1"
vlan_d0_vlan_tags2.select.1:
  %".2085" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.3")
  %".2086" = icmp eq i16 %".2085", 129
  br i1 %".2086", label %"vlan_d0_vlan_tags2.to_vlan", label %"vlan_d0_vlan_tags2.select.2"
vlan_d0_vlan_tags2.select.2:
  %".2088" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.3")
  %".2089" = icmp eq i16 %".2088", 43144
  br i1 %".2089", label %"vlan_d0_vlan_tags2.to_vlan.1", label %"vlan_d0_vlan_tags2.select.3"
vlan_d0_vlan_tags2.select.3:
  %".2091" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.3")
  %".2092" = icmp eq i16 %".2091", 18312
  br i1 %".2092", label %"vlan_d0_vlan_tags2.to_mpls", label %"vlan_d0_vlan_tags2.select.4"
vlan_d0_vlan_tags2.select.4:
  %".2094" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.3")
  switch i16 %".2094", label %"vlan_d0_vlan_tags2.unknown" [i16 18568, label %"vlan_d0_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags2.to_arp" i16 13696, label %"vlan_d0_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags2.to_ptp" i16 649, label %"vlan_d0_vlan_tags2.to_cfm" i16 51848, label %"vlan_d0_vlan_tags2.to_tipc" i16 1673, label %"vlan_d0_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags2.to_hsr" i16 64392, label %"vlan_d0_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags2.to_batadv"]
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2134" = trunc i64 %"cursor.28" to i32
  %".2135" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2134", [40 x i8]* %"header_copy", i32 6)
  %".2136" = icmp eq i64 %".2135", 0
  %".2137" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2138" = load i32, ptr %".2137", align 4
  %".2139" = zext i32 %".2138" to i64
  %"data.108" = inttoptr i64 %".2139" to ptr
  %".2140" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2141" = load i32, ptr %".2140", align 4
  %".2142" = zext i32 %".2141" to i64
  %"data_end.108" = inttoptr i64 %".2142" to ptr
  %".2143" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.108" = load ptr, ptr %".2143", align 8
  %".2144" = xor i1 %".2136", -1
  br i1 %".2144", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2146" = trunc i64 %"cursor.28" to i16
  %".2147" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2146", ptr %".2147", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2150" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2151" = load volatile i16, [40 x i8]* %".2150", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2178" = trunc i64 %".2155" to i16
  %".2179" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2178", ptr %".2179", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2184" = trunc i64 %".2155" to i16
  %".2185" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2184", ptr %".2185", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2188" = trunc i64 %".2155" to i16
  %".2189" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2188", ptr %".2189", align 2
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
  %".2201" = trunc i64 %".2155" to i16
  %".2202" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2201", ptr %".2202", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2205" = trunc i64 %".2155" to i16
  %".2206" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2205", ptr %".2206", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.select:
  %".2164" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.1")
  %".2165" = icmp eq i16 %".2164", 56710
  br i1 %".2165", label %"hsr_d0_vlan_tags2.to_ipv6", label %"hsr_d0_vlan_tags2.select.1"
hsr_d0_vlan_tags2.select.1:
  %".2167" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.1")
  %".2168" = icmp eq i16 %".2167", 129
  br i1 %".2168", label %"hsr_d0_vlan_tags2.to_vlan", label %"hsr_d0_vlan_tags2.select.2"
hsr_d0_vlan_tags2.select.2:
  %".2170" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.1")
  %".2171" = icmp eq i16 %".2170", 43144
  br i1 %".2171", label %"hsr_d0_vlan_tags2.to_vlan.1", label %"hsr_d0_vlan_tags2.select.3"
hsr_d0_vlan_tags2.select.3:
  %".2173" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.1")
  %".2174" = icmp eq i16 %".2173", 18312
  br i1 %".2174", label %"hsr_d0_vlan_tags2.to_mpls", label %"hsr_d0_vlan_tags2.select.4"
hsr_d0_vlan_tags2.select.4:
  %".2176" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.1")
  switch i16 %".2176", label %"hsr_d0_vlan_tags2.unknown" [i16 18568, label %"hsr_d0_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags2.to_arp" i16 13696, label %"hsr_d0_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags2.to_ptp" i16 649, label %"hsr_d0_vlan_tags2.to_cfm" i16 51848, label %"hsr_d0_vlan_tags2.to_tipc" i16 1673, label %"hsr_d0_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags2.to_hsr" i16 64392, label %"hsr_d0_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags2.to_batadv"]
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2217" = trunc i64 %"cursor.29" to i32
  %".2218" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2217", [40 x i8]* %"header_copy", i32 4)
  %".2219" = icmp eq i64 %".2218", 0
  %".2220" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2221" = load i32, ptr %".2220", align 4
  %".2222" = zext i32 %".2221" to i64
  %"data.110" = inttoptr i64 %".2222" to ptr
  %".2223" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2224" = load i32, ptr %".2223", align 4
  %".2225" = zext i32 %".2224" to i64
  %"data_end.110" = inttoptr i64 %".2225" to ptr
  %".2226" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.110" = load ptr, ptr %".2226", align 8
  %".2227" = xor i1 %".2219", -1
  br i1 %".2227", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2229" = trunc i64 %".2210" to i16
  %".2230" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2229", ptr %".2230", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2233" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2234" = load volatile i8, [40 x i8]* %".2233", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2243" = trunc i64 %".2236" to i16
  %".2244" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2243", ptr %".2244", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_ip_version:
  %".2248" = getelementptr i8, ptr %"keys.111", i64 8
  store i8 1, ptr %".2248", align 1
  %".2250" = getelementptr i8, ptr %"keys.111", i64 48
  %"flags.34" = load volatile i32, ptr %".2250", align 4
  %".2251" = and i32 %"flags.34", 4
  %".2252" = icmp ne i32 %".2251", 0
  br i1 %".2252", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif", !prof !0
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2258" = getelementptr i8, ptr %"keys.111", i64 12
  store i32 0, ptr %".2258", align 4
  br label %"ip_version_d1"
mpls_d0_mpls_labels2.select:
  br label %"mpls_d0_mpls_labels2.to_ip_version"
mpls_d0_mpls_labels2.stop_at_encap:
  %".2254" = trunc i64 %".2236" to i16
  %".2255" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2254", ptr %".2255", align 2
  br label %"return"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2267" = trunc i64 %"cursor.30" to i32
  %".2268" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2267", [40 x i8]* %"header_copy", i32 1)
  %".2269" = icmp eq i64 %".2268", 0
  %".2270" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2271" = load i32, ptr %".2270", align 4
  %".2272" = zext i32 %".2271" to i64
  %"data.113" = inttoptr i64 %".2272" to ptr
  %".2273" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2274" = load i32, ptr %".2273", align 4
  %".2275" = zext i32 %".2274" to i64
  %"data_end.113" = inttoptr i64 %".2275" to ptr
  %".2276" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.113" = load ptr, ptr %".2276", align 8
  %".2277" = xor i1 %".2269", -1
  br i1 %".2277", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2279" = trunc i64 %"cursor.30" to i16
  %".2280" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2279", ptr %".2280", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2283" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2284" = load volatile i8, [40 x i8]* %".2283", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2296" = trunc i64 %"cursor.30" to i16
  %".2297" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2296", ptr %".2297", align 2
  br label %"return"
ip_version_d1.to_ipv6:
  br label %"ipv6_d1"
ip_version_d1.select:
  %".2292" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".2288")
  %".2293" = icmp eq i64 %".2292", 6
  br i1 %".2293", label %"ip_version_d1.to_ipv6", label %"ip_version_d1.select.1"
ip_version_d1.select.1:
  br label %"ip_version_d1.unknown"
vlan_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2313" = trunc i64 %"cursor.32" to i32
  %".2314" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2313", [40 x i8]* %"header_copy", i32 4)
  %".2315" = icmp eq i64 %".2314", 0
  %".2316" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2317" = load i32, ptr %".2316", align 4
  %".2318" = zext i32 %".2317" to i64
  %"data.115" = inttoptr i64 %".2318" to ptr
  %".2319" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2320" = load i32, ptr %".2319", align 4
  %".2321" = zext i32 %".2320" to i64
  %"data_end.115" = inttoptr i64 %".2321" to ptr
  %".2322" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.115" = load ptr, ptr %".2322", align 8
  %".2323" = xor i1 %".2315", -1
  br i1 %".2323", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2325" = trunc i64 %"cursor.32" to i16
  %".2326" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2325", ptr %".2326", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2329" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2330" = load volatile i16, [40 x i8]* %".2329", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2357" = trunc i64 %".2334" to i16
  %".2358" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2357", ptr %".2358", align 2
  br label %"return"
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
vlan_d1_vlan_tags1.select:
  %".2343" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.4")
  %".2344" = icmp eq i16 %".2343", 56710
  br i1 %".2344", label %"vlan_d1_vlan_tags1.to_ipv6", label %"vlan_d1_vlan_tags1.select.1"
vlan_d1_vlan_tags1.select.1:
  %".2346" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.4")
  %".2347" = icmp eq i16 %".2346", 129
  br i1 %".2347", label %"vlan_d1_vlan_tags1.to_vlan", label %"vlan_d1_vlan_tags1.select.2"
vlan_d1_vlan_tags1.select.2:
  %".2349" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.4")
  %".2350" = icmp eq i16 %".2349", 43144
  br i1 %".2350", label %"vlan_d1_vlan_tags1.to_vlan.1", label %"vlan_d1_vlan_tags1.select.3"
vlan_d1_vlan_tags1.select.3:
  %".2352" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.4")
  %".2353" = icmp eq i16 %".2352", 18312
  br i1 %".2353", label %"vlan_d1_vlan_tags1.to_mpls", label %"vlan_d1_vlan_tags1.select.4"
vlan_d1_vlan_tags1.select.4:
  %".2355" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.4")
  switch i16 %".2355", label %"vlan_d1_vlan_tags1.unknown" [i16 18568, label %"vlan_d1_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags1.to_arp" i16 13696, label %"vlan_d1_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags1.to_ptp" i16 649, label %"vlan_d1_vlan_tags1.to_cfm" i16 51848, label %"vlan_d1_vlan_tags1.to_tipc" i16 1673, label %"vlan_d1_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags1.to_hsr" i16 64392, label %"vlan_d1_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags1.to_batadv"]
vlan_d1_vlan_tags2:
  %"cursor.52" = phi  i64 [%".2334", %"vlan_d1_vlan_tags1.to_vlan"], [%".2334", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2555", %"hsr_d1_vlan_tags1.to_vlan"], [%".2555", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6802", %"widening.test.18"]
  %"data.117" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.284", %"widening.test.18"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.284", %"widening.test.18"]
  %"keys.117" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.18"]
  %"hdr.46" = getelementptr i8, ptr %"data.117", i64 %"cursor.52"
  %".4227" = getelementptr i8, ptr %"hdr.46", i64 4
  %".4228" = icmp ugt ptr %".4227", %"data_end.117"
  br i1 %".4228", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".4230" = getelementptr i8, ptr %"hdr.46", i64 2
  %".4231" = load i16, ptr %".4230", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.10" = phi  i16 [%".4231", %"vlan_d1_vlan_tags2.linear"], [%".4250", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.187" = phi  ptr [%"data.117", %"vlan_d1_vlan_tags2.linear"], [%"data.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.187" = phi  ptr [%"data_end.117", %"vlan_d1_vlan_tags2.linear"], [%"data_end.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.187" = phi  ptr [%"keys.117", %"vlan_d1_vlan_tags2.linear"], [%"keys.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".4252" = getelementptr i8, ptr %"keys.187", i64 10
  store i16 %"w2_2.10", ptr %".4252", align 2
  %".4254" = add i64 %"cursor.52", 4
  %".4255" = trunc i64 %".4254" to i16
  %".4256" = getelementptr i8, ptr %"keys.187", i64 0
  store i16 %".4255", ptr %".4256", align 2
  %".4258" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".4259" = zext i16 %".4258" to i64
  %".4260" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.10")
  %".4261" = icmp eq i16 %".4260", 8
  br i1 %".4261", label %"vlan_d1_vlan_tags2.to_ipv4", label %"vlan_d1_vlan_tags2.select"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2334", %"vlan_d1_vlan_tags1.to_hsr"], [%".2334", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2555", %"hsr_d1_vlan_tags1.to_hsr"], [%".2555", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6791", %"widening.test.17"]
  %"data.118" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.283", %"widening.test.17"]
  %"data_end.118" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.283", %"widening.test.17"]
  %"keys.118" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.118", i64 %"cursor.53"
  %".4309" = getelementptr i8, ptr %"hdr.47", i64 6
  %".4310" = icmp ugt ptr %".4309", %"data_end.118"
  br i1 %".4310", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".4312" = getelementptr i8, ptr %"hdr.47", i64 4
  %".4313" = load i16, ptr %".4312", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".4313", %"hsr_d1_vlan_tags2.linear"], [%".4332", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.189" = phi  ptr [%"data.118", %"hsr_d1_vlan_tags2.linear"], [%"data.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.118", %"hsr_d1_vlan_tags2.linear"], [%"data_end.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.118", %"hsr_d1_vlan_tags2.linear"], [%"keys.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".4334" = getelementptr i8, ptr %"keys.189", i64 10
  store i16 %"w4_2.3", ptr %".4334", align 2
  %".4336" = add i64 %"cursor.53", 6
  %".4337" = trunc i64 %".4336" to i16
  %".4338" = getelementptr i8, ptr %"keys.189", i64 0
  store i16 %".4337", ptr %".4338", align 2
  %".4340" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4341" = zext i16 %".4340" to i64
  %".4342" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.3")
  %".4343" = icmp eq i16 %".4342", 8
  br i1 %".4343", label %"hsr_d1_vlan_tags2.to_ipv4", label %"hsr_d1_vlan_tags2.select"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
mpls_d1_mpls_labels1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2384" = trunc i64 %"cursor.33" to i32
  %".2385" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2384", [40 x i8]* %"header_copy", i32 4)
  %".2386" = icmp eq i64 %".2385", 0
  %".2387" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2388" = load i32, ptr %".2387", align 4
  %".2389" = zext i32 %".2388" to i64
  %"data.119" = inttoptr i64 %".2389" to ptr
  %".2390" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2391" = load i32, ptr %".2390", align 4
  %".2392" = zext i32 %".2391" to i64
  %"data_end.119" = inttoptr i64 %".2392" to ptr
  %".2393" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.119" = load ptr, ptr %".2393", align 8
  %".2394" = xor i1 %".2386", -1
  br i1 %".2394", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2396" = trunc i64 %".2377" to i16
  %".2397" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2396", ptr %".2397", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2400" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2401" = load volatile i8, [40 x i8]* %".2400", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2410" = trunc i64 %".2403" to i16
  %".2411" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2410", ptr %".2411", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_ip_version:
  %".2415" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".2415", align 1
  %".2417" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.35" = load volatile i32, ptr %".2417", align 4
  %".2418" = and i32 %"flags.35", 4
  %".2419" = icmp ne i32 %".2418", 0
  br i1 %".2419", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif", !prof !0
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2425" = getelementptr i8, ptr %"keys.120", i64 12
  store i32 0, ptr %".2425", align 4
  %".2427" = trunc i64 %".2403" to i16
  %".2428" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2427", ptr %".2428", align 2
  br label %"return"
mpls_d1_mpls_labels1.select:
  br label %"mpls_d1_mpls_labels1.to_ip_version"
mpls_d1_mpls_labels1.stop_at_encap:
  %".2421" = trunc i64 %".2403" to i16
  %".2422" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2421", ptr %".2422", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2441" = trunc i64 %"cursor.34" to i32
  %".2442" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2441", [40 x i8]* %"header_copy", i32 8)
  %".2443" = icmp eq i64 %".2442", 0
  %".2444" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2445" = load i32, ptr %".2444", align 4
  %".2446" = zext i32 %".2445" to i64
  %"data.122" = inttoptr i64 %".2446" to ptr
  %".2447" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2448" = load i32, ptr %".2447", align 4
  %".2449" = zext i32 %".2448" to i64
  %"data_end.122" = inttoptr i64 %".2449" to ptr
  %".2450" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.122" = load ptr, ptr %".2450", align 8
  %".2451" = xor i1 %".2443", -1
  br i1 %".2451", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2453" = trunc i64 %"cursor.34" to i16
  %".2454" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2453", ptr %".2454", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2457" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2458" = load volatile i8, [40 x i8]* %".2457", align 1
  %".2459" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2460" = load volatile i8, [40 x i8]* %".2459", align 1
  %".2461" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2462" = load volatile i16, [40 x i8]* %".2461", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2477" = trunc i64 %"cursor.34" to i16
  %".2478" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2477", ptr %".2478", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2481" = add i64 %"cursor.34", 8
  %".2482" = trunc i64 %".2481" to i16
  %".2483" = getelementptr i8, ptr %"keys.123", i64 0
  store i16 %".2482", ptr %".2483", align 2
  %".2485" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2486" = zext i16 %".2485" to i64
  %".2487" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w6_2.3")
  %".2488" = icmp eq i16 %".2487", 8448
  br i1 %".2488", label %"pppoe_d1.to_ipv4", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2507" = trunc i64 2048 to i16
  %".2508" = call i16 @"llvm.bswap.i16"(i16 %".2507")
  %".2509" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2508", ptr %".2509", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2500" = and i64 %".2486", 257
  %".2501" = icmp eq i64 %".2500", 1
  br i1 %".2501", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select.4"
pppoe_d1.to_ipv6:
  %".2512" = trunc i64 34525 to i16
  %".2513" = call i16 @"llvm.bswap.i16"(i16 %".2512")
  %".2514" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2513", ptr %".2514", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2517" = trunc i64 34887 to i16
  %".2518" = call i16 @"llvm.bswap.i16"(i16 %".2517")
  %".2519" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2518", ptr %".2519", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2522" = trunc i64 34888 to i16
  %".2523" = call i16 @"llvm.bswap.i16"(i16 %".2522")
  %".2524" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2523", ptr %".2524", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2490" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w6_2.3")
  %".2491" = icmp eq i16 %".2490", 22272
  br i1 %".2491", label %"pppoe_d1.to_ipv6", label %"pppoe_d1.select.1"
pppoe_d1.select.1:
  %".2493" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w6_2.3")
  %".2494" = icmp eq i16 %".2493", 33026
  br i1 %".2494", label %"pppoe_d1.to_mpls", label %"pppoe_d1.select.2"
pppoe_d1.select.2:
  %".2496" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w6_2.3")
  %".2497" = icmp eq i16 %".2496", 33538
  br i1 %".2497", label %"pppoe_d1.to_mpls.1", label %"pppoe_d1.select.3"
pppoe_d1.select.3:
  br label %"pppoe_d1.unknown"
pppoe_d1.select.4:
  %".2503" = trunc i64 %".2481" to i16
  %".2504" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2503", ptr %".2504", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2534" = trunc i64 %"cursor.35" to i32
  %".2535" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2534", [40 x i8]* %"header_copy", i32 6)
  %".2536" = icmp eq i64 %".2535", 0
  %".2537" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2538" = load i32, ptr %".2537", align 4
  %".2539" = zext i32 %".2538" to i64
  %"data.124" = inttoptr i64 %".2539" to ptr
  %".2540" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2541" = load i32, ptr %".2540", align 4
  %".2542" = zext i32 %".2541" to i64
  %"data_end.124" = inttoptr i64 %".2542" to ptr
  %".2543" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.124" = load ptr, ptr %".2543", align 8
  %".2544" = xor i1 %".2536", -1
  br i1 %".2544", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2546" = trunc i64 %"cursor.35" to i16
  %".2547" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2546", ptr %".2547", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2550" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2551" = load volatile i16, [40 x i8]* %".2550", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2578" = trunc i64 %".2555" to i16
  %".2579" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2578", ptr %".2579", align 2
  br label %"return"
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
hsr_d1_vlan_tags1.select:
  %".2564" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.2")
  %".2565" = icmp eq i16 %".2564", 56710
  br i1 %".2565", label %"hsr_d1_vlan_tags1.to_ipv6", label %"hsr_d1_vlan_tags1.select.1"
hsr_d1_vlan_tags1.select.1:
  %".2567" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.2")
  %".2568" = icmp eq i16 %".2567", 129
  br i1 %".2568", label %"hsr_d1_vlan_tags1.to_vlan", label %"hsr_d1_vlan_tags1.select.2"
hsr_d1_vlan_tags1.select.2:
  %".2570" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.2")
  %".2571" = icmp eq i16 %".2570", 43144
  br i1 %".2571", label %"hsr_d1_vlan_tags1.to_vlan.1", label %"hsr_d1_vlan_tags1.select.3"
hsr_d1_vlan_tags1.select.3:
  %".2573" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.2")
  %".2574" = icmp eq i16 %".2573", 18312
  br i1 %".2574", label %"hsr_d1_vlan_tags1.to_mpls", label %"hsr_d1_vlan_tags1.select.4"
hsr_d1_vlan_tags1.select.4:
  %".2576" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.2")
  switch i16 %".2576", label %"hsr_d1_vlan_tags1.unknown" [i16 18568, label %"hsr_d1_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags1.to_arp" i16 13696, label %"hsr_d1_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags1.to_ptp" i16 649, label %"hsr_d1_vlan_tags1.to_cfm" i16 51848, label %"hsr_d1_vlan_tags1.to_tipc" i16 1673, label %"hsr_d1_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags1.to_hsr" i16 64392, label %"hsr_d1_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags1.to_batadv"]
batadv_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2608" = trunc i64 %"cursor.36" to i32
  %".2609" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2608", [40 x i8]* %"header_copy", i32 24)
  %".2610" = icmp eq i64 %".2609", 0
  %".2611" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2612" = load i32, ptr %".2611", align 4
  %".2613" = zext i32 %".2612" to i64
  %"data.126" = inttoptr i64 %".2613" to ptr
  %".2614" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2615" = load i32, ptr %".2614", align 4
  %".2616" = zext i32 %".2615" to i64
  %"data_end.126" = inttoptr i64 %".2616" to ptr
  %".2617" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.126" = load ptr, ptr %".2617", align 8
  %".2618" = xor i1 %".2610", -1
  br i1 %".2618", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2620" = trunc i64 %"cursor.36" to i16
  %".2621" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2620", ptr %".2621", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2624" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2625" = load volatile i8, [40 x i8]* %".2624", align 1
  %".2626" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2627" = load volatile i8, [40 x i8]* %".2626", align 1
  %".2628" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2629" = load volatile i16, [40 x i8]* %".2628", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2638" = trunc i64 %"cursor.36" to i16
  %".2639" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2638", ptr %".2639", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2642" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %"w22_2.1", ptr %".2642", align 2
  %".2644" = add i64 %"cursor.36", 24
  %".2645" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2646" = zext i16 %".2645" to i64
  %".2647" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w22_2.1")
  %".2648" = icmp eq i16 %".2647", 8
  br i1 %".2648", label %"batadv_d1.to_ipv4", label %"batadv_d1.select"
batadv_d1.to_ipv4:
  %".2668" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2668", align 1
  %".2670" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.36" = load volatile i32, ptr %".2670", align 4
  %".2671" = and i32 %"flags.36", 4
  %".2672" = icmp ne i32 %".2671", 0
  br i1 %".2672", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif", !prof !0
batadv_d1.stop_at_encap.endif:
  %".2678" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2678", align 4
  %".2680" = trunc i64 %".2644" to i16
  %".2681" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2680", ptr %".2681", align 2
  br label %"return"
batadv_d1.unknown:
  %".2664" = trunc i64 %".2644" to i16
  %".2665" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2664", ptr %".2665", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2684" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2684", align 1
  %".2686" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.37" = load volatile i32, ptr %".2686", align 4
  %".2687" = and i32 %"flags.37", 4
  %".2688" = icmp ne i32 %".2687", 0
  br i1 %".2688", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1", !prof !0
batadv_d1.stop_at_encap.endif.1:
  %".2694" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2694", align 4
  %".2696" = trunc i64 %".2644" to i16
  %".2697" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2696", ptr %".2697", align 2
  br label %"return"
batadv_d1.to_vlan:
  %".2700" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2700", align 1
  %".2702" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.38" = load volatile i32, ptr %".2702", align 4
  %".2703" = and i32 %"flags.38", 4
  %".2704" = icmp ne i32 %".2703", 0
  br i1 %".2704", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2", !prof !0
batadv_d1.stop_at_encap.endif.2:
  %".2710" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2710", align 4
  %".2712" = trunc i64 %".2644" to i16
  %".2713" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2712", ptr %".2713", align 2
  br label %"return"
batadv_d1.to_vlan.1:
  %".2716" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2716", align 1
  %".2718" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.39" = load volatile i32, ptr %".2718", align 4
  %".2719" = and i32 %"flags.39", 4
  %".2720" = icmp ne i32 %".2719", 0
  br i1 %".2720", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3", !prof !0
batadv_d1.stop_at_encap.endif.3:
  %".2726" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2726", align 4
  %".2728" = trunc i64 %".2644" to i16
  %".2729" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2728", ptr %".2729", align 2
  br label %"return"
batadv_d1.to_mpls:
  %".2732" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2732", align 1
  %".2734" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.40" = load volatile i32, ptr %".2734", align 4
  %".2735" = and i32 %"flags.40", 4
  %".2736" = icmp ne i32 %".2735", 0
  br i1 %".2736", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4", !prof !0
batadv_d1.stop_at_encap.endif.4:
  %".2742" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2742", align 4
  %".2744" = trunc i64 %".2644" to i16
  %".2745" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2744", ptr %".2745", align 2
  br label %"return"
batadv_d1.to_mpls.1:
  %".2748" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2748", align 1
  %".2750" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.41" = load volatile i32, ptr %".2750", align 4
  %".2751" = and i32 %"flags.41", 4
  %".2752" = icmp ne i32 %".2751", 0
  br i1 %".2752", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5", !prof !0
batadv_d1.stop_at_encap.endif.5:
  %".2758" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2758", align 4
  %".2760" = trunc i64 %".2644" to i16
  %".2761" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2760", ptr %".2761", align 2
  br label %"return"
batadv_d1.to_pppoe:
  %".2764" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2764", align 1
  %".2766" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.42" = load volatile i32, ptr %".2766", align 4
  %".2767" = and i32 %"flags.42", 4
  %".2768" = icmp ne i32 %".2767", 0
  br i1 %".2768", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6", !prof !0
batadv_d1.stop_at_encap.endif.6:
  %".2774" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2774", align 4
  %".2776" = trunc i64 %".2644" to i16
  %".2777" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2776", ptr %".2777", align 2
  br label %"return"
batadv_d1.to_arp:
  %".2780" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2780", align 1
  %".2782" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.43" = load volatile i32, ptr %".2782", align 4
  %".2783" = and i32 %"flags.43", 4
  %".2784" = icmp ne i32 %".2783", 0
  br i1 %".2784", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7", !prof !0
batadv_d1.stop_at_encap.endif.7:
  %".2790" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2790", align 4
  %".2792" = trunc i64 %".2644" to i16
  %".2793" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2792", ptr %".2793", align 2
  br label %"return"
batadv_d1.to_arp.1:
  %".2796" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2796", align 1
  %".2798" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.44" = load volatile i32, ptr %".2798", align 4
  %".2799" = and i32 %"flags.44", 4
  %".2800" = icmp ne i32 %".2799", 0
  br i1 %".2800", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8", !prof !0
batadv_d1.stop_at_encap.endif.8:
  %".2806" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2806", align 4
  %".2808" = trunc i64 %".2644" to i16
  %".2809" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2808", ptr %".2809", align 2
  br label %"return"
batadv_d1.to_ptp:
  %".2812" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2812", align 1
  %".2814" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.45" = load volatile i32, ptr %".2814", align 4
  %".2815" = and i32 %"flags.45", 4
  %".2816" = icmp ne i32 %".2815", 0
  br i1 %".2816", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9", !prof !0
batadv_d1.stop_at_encap.endif.9:
  %".2822" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2822", align 4
  %".2824" = trunc i64 %".2644" to i16
  %".2825" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2824", ptr %".2825", align 2
  br label %"return"
batadv_d1.to_cfm:
  %".2828" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2828", align 1
  %".2830" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.46" = load volatile i32, ptr %".2830", align 4
  %".2831" = and i32 %"flags.46", 4
  %".2832" = icmp ne i32 %".2831", 0
  br i1 %".2832", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10", !prof !0
batadv_d1.stop_at_encap.endif.10:
  %".2838" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2838", align 4
  %".2840" = trunc i64 %".2644" to i16
  %".2841" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2840", ptr %".2841", align 2
  br label %"return"
batadv_d1.to_tipc:
  %".2844" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2844", align 1
  %".2846" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.47" = load volatile i32, ptr %".2846", align 4
  %".2847" = and i32 %"flags.47", 4
  %".2848" = icmp ne i32 %".2847", 0
  br i1 %".2848", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11", !prof !0
batadv_d1.stop_at_encap.endif.11:
  %".2854" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2854", align 4
  %".2856" = trunc i64 %".2644" to i16
  %".2857" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2856", ptr %".2857", align 2
  br label %"return"
batadv_d1.to_fcoe:
  %".2860" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2860", align 1
  %".2862" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.48" = load volatile i32, ptr %".2862", align 4
  %".2863" = and i32 %"flags.48", 4
  %".2864" = icmp ne i32 %".2863", 0
  br i1 %".2864", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12", !prof !0
batadv_d1.stop_at_encap.endif.12:
  %".2870" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2870", align 4
  %".2872" = trunc i64 %".2644" to i16
  %".2873" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2872", ptr %".2873", align 2
  br label %"return"
batadv_d1.to_hsr:
  %".2876" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2876", align 1
  %".2878" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.49" = load volatile i32, ptr %".2878", align 4
  %".2879" = and i32 %"flags.49", 4
  %".2880" = icmp ne i32 %".2879", 0
  br i1 %".2880", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13", !prof !0
batadv_d1.stop_at_encap.endif.13:
  %".2886" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2886", align 4
  %".2888" = trunc i64 %".2644" to i16
  %".2889" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2888", ptr %".2889", align 2
  br label %"return"
batadv_d1.to_hsr.1:
  %".2892" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2892", align 1
  %".2894" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.50" = load volatile i32, ptr %".2894", align 4
  %".2895" = and i32 %"flags.50", 4
  %".2896" = icmp ne i32 %".2895", 0
  br i1 %".2896", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14", !prof !0
batadv_d1.stop_at_encap.endif.14:
  %".2902" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2902", align 4
  %".2904" = trunc i64 %".2644" to i16
  %".2905" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2904", ptr %".2905", align 2
  br label %"return"
batadv_d1.to_batadv:
  %".2908" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2908", align 1
  %".2910" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.51" = load volatile i32, ptr %".2910", align 4
  %".2911" = and i32 %"flags.51", 4
  %".2912" = icmp ne i32 %".2911", 0
  br i1 %".2912", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15", !prof !0
batadv_d1.stop_at_encap.endif.15:
  %".2918" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2918", align 4
  %".2920" = trunc i64 %".2644" to i16
  %".2921" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2920", ptr %".2921", align 2
  br label %"return"
batadv_d1.select:
  %".2650" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w22_2.1")
  %".2651" = icmp eq i16 %".2650", 56710
  br i1 %".2651", label %"batadv_d1.to_ipv6", label %"batadv_d1.select.1"
batadv_d1.select.1:
  %".2653" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w22_2.1")
  %".2654" = icmp eq i16 %".2653", 129
  br i1 %".2654", label %"batadv_d1.to_vlan", label %"batadv_d1.select.2"
batadv_d1.select.2:
  %".2656" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w22_2.1")
  %".2657" = icmp eq i16 %".2656", 43144
  br i1 %".2657", label %"batadv_d1.to_vlan.1", label %"batadv_d1.select.3"
batadv_d1.select.3:
  %".2659" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w22_2.1")
  %".2660" = icmp eq i16 %".2659", 18312
  br i1 %".2660", label %"batadv_d1.to_mpls", label %"batadv_d1.select.4"
batadv_d1.select.4:
  %".2662" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w22_2.1")
  switch i16 %".2662", label %"batadv_d1.unknown" [i16 18568, label %"batadv_d1.to_mpls.1" i16 25736, label %"batadv_d1.to_pppoe" i16 1544, label %"batadv_d1.to_arp" i16 13696, label %"batadv_d1.to_arp.1" i16 63368, label %"batadv_d1.to_ptp" i16 649, label %"batadv_d1.to_cfm" i16 51848, label %"batadv_d1.to_tipc" i16 1673, label %"batadv_d1.to_fcoe" i16 12169, label %"batadv_d1.to_hsr" i16 64392, label %"batadv_d1.to_hsr.1" i16 1347, label %"batadv_d1.to_batadv"]
batadv_d1.stop_at_encap:
  %".2674" = trunc i64 %".2644" to i16
  %".2675" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2674", ptr %".2675", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2690" = trunc i64 %".2644" to i16
  %".2691" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2690", ptr %".2691", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2706" = trunc i64 %".2644" to i16
  %".2707" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2706", ptr %".2707", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2722" = trunc i64 %".2644" to i16
  %".2723" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2722", ptr %".2723", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2738" = trunc i64 %".2644" to i16
  %".2739" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2738", ptr %".2739", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2754" = trunc i64 %".2644" to i16
  %".2755" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2754", ptr %".2755", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2770" = trunc i64 %".2644" to i16
  %".2771" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2770", ptr %".2771", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2786" = trunc i64 %".2644" to i16
  %".2787" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2786", ptr %".2787", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2802" = trunc i64 %".2644" to i16
  %".2803" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2802", ptr %".2803", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2818" = trunc i64 %".2644" to i16
  %".2819" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2818", ptr %".2819", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2834" = trunc i64 %".2644" to i16
  %".2835" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2834", ptr %".2835", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2850" = trunc i64 %".2644" to i16
  %".2851" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2850", ptr %".2851", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2866" = trunc i64 %".2644" to i16
  %".2867" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2866", ptr %".2867", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2882" = trunc i64 %".2644" to i16
  %".2883" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2882", ptr %".2883", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2898" = trunc i64 %".2644" to i16
  %".2899" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2898", ptr %".2899", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2914" = trunc i64 %".2644" to i16
  %".2915" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2914", ptr %".2915", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2930" = trunc i64 %"cursor.37" to i32
  %".2931" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2930", [40 x i8]* %"header_copy", i32 20)
  %".2932" = icmp eq i64 %".2931", 0
  %".2933" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2934" = load i32, ptr %".2933", align 4
  %".2935" = zext i32 %".2934" to i64
  %"data.128" = inttoptr i64 %".2935" to ptr
  %".2936" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2937" = load i32, ptr %".2936", align 4
  %".2938" = zext i32 %".2937" to i64
  %"data_end.128" = inttoptr i64 %".2938" to ptr
  %".2939" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.128" = load ptr, ptr %".2939", align 8
  %".2940" = xor i1 %".2932", -1
  br i1 %".2940", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2942" = trunc i64 %"cursor.37" to i16
  %".2943" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2942", ptr %".2943", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2946" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2947" = load volatile i8, [40 x i8]* %".2946", align 1
  br label %"tcp_header.header"
tcp_header.not_lowest:
  %".2955" = zext i8 %"w12_1" to i64
  %".2956" = lshr i64 %".2955", 4
  %".2957" = and i64 %".2956", 15
  %".2958" = icmp uge i64 %".2957", 5
  %".2959" = xor i1 %".2958", -1
  br i1 %".2959", label %"tcp_header.require", label %"tcp_header.require.endif"
tcp_header.require:
  %".2961" = trunc i64 %"cursor.37" to i16
  %".2962" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2961", ptr %".2962", align 2
  br label %"return"
tcp_header.require.endif:
  br label %"tcp_header.not_lowest.endif"
tcp_header.variable:
  %".2974" = zext i8 %"w12_1" to i64
  %".2975" = lshr i64 %".2974", 4
  %".2976" = and i64 %".2975", 15
  %".2977" = mul i64 %".2976", 4
  %".2978" = sub i64 %".2977", 20
  %".2979" = add i64 %".2978", 20
  %".2980" = getelementptr i8, ptr %"data.129", i64 %"cursor.37"
  %".2981" = getelementptr i8, ptr %".2980", i64 %".2979"
  %".2982" = icmp ugt ptr %".2981", %"data_end.129"
  br i1 %".2982", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.131" = phi  ptr [%"data.129", %"tcp_header.variable"], [%"data.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.129", %"tcp_header.variable"], [%"data_end.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.129", %"tcp_header.variable"], [%"keys.130", %"tcp_header.copy_last_byte_failed.endif"]
  %".3003" = add i64 %"cursor.37", %".2979"
  br label %"tcp_header.variable.endif"
tcp_header.copy_last_byte:
  %".2984" = add i64 %"cursor.37", %".2979"
  %".2985" = sub i64 %".2984", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2986" = trunc i64 %".2985" to i32
  %".2987" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2986", i64* %"last_byte", i32 1)
  %".2988" = icmp eq i64 %".2987", 0
  %".2989" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2990" = load i32, ptr %".2989", align 4
  %".2991" = zext i32 %".2990" to i64
  %"data.130" = inttoptr i64 %".2991" to ptr
  %".2992" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2993" = load i32, ptr %".2992", align 4
  %".2994" = zext i32 %".2993" to i64
  %"data_end.130" = inttoptr i64 %".2994" to ptr
  %".2995" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.130" = load ptr, ptr %".2995", align 8
  %".2996" = xor i1 %".2988", -1
  br i1 %".2996", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2998" = trunc i64 %"cursor.37" to i16
  %".2999" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2998", ptr %".2999", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3013" = trunc i64 %"cursor.38" to i32
  %".3014" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".3013", [40 x i8]* %"header_copy", i32 8)
  %".3015" = icmp eq i64 %".3014", 0
  %".3016" = getelementptr i8, ptr %"ctx.38", i64 76
  %".3017" = load i32, ptr %".3016", align 4
  %".3018" = zext i32 %".3017" to i64
  %"data.133" = inttoptr i64 %".3018" to ptr
  %".3019" = getelementptr i8, ptr %"ctx.38", i64 80
  %".3020" = load i32, ptr %".3019", align 4
  %".3021" = zext i32 %".3020" to i64
  %"data_end.133" = inttoptr i64 %".3021" to ptr
  %".3022" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.133" = load ptr, ptr %".3022", align 8
  %".3023" = xor i1 %".3015", -1
  br i1 %".3023", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".3025" = trunc i64 %"cursor.38" to i16
  %".3026" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3025", ptr %".3026", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".3037" = trunc i64 %".3030" to i16
  %".3038" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3037", ptr %".3038", align 2
  br label %"return"
vxlan_d0.unknown:
  %".3044" = trunc i64 %".3030" to i16
  %".3045" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3044", ptr %".3045", align 2
  br label %"return"
geneve_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3057" = trunc i64 %"cursor.39" to i32
  %".3058" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3057", [40 x i8]* %"header_copy", i32 8)
  %".3059" = icmp eq i64 %".3058", 0
  %".3060" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3061" = load i32, ptr %".3060", align 4
  %".3062" = zext i32 %".3061" to i64
  %"data.136" = inttoptr i64 %".3062" to ptr
  %".3063" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3064" = load i32, ptr %".3063", align 4
  %".3065" = zext i32 %".3064" to i64
  %"data_end.136" = inttoptr i64 %".3065" to ptr
  %".3066" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.136" = load ptr, ptr %".3066", align 8
  %".3067" = xor i1 %".3059", -1
  br i1 %".3067", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".3069" = trunc i64 %"cursor.39" to i16
  %".3070" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3069", ptr %".3070", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".3073" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3074" = load volatile i8, [40 x i8]* %".3073", align 1
  %".3075" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3076" = load volatile i16, [40 x i8]* %".3075", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".3083" = trunc i64 %"cursor.39" to i16
  %".3084" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3083", ptr %".3084", align 2
  br label %"return"
geneve_d0.variable:
  %".3093" = zext i8 %"w0_1.10" to i64
  %".3094" = and i64 %".3093", 63
  %".3095" = mul i64 %".3094", 4
  %".3096" = add i64 %".3095", 8
  %".3097" = getelementptr i8, ptr %"data.137", i64 %"cursor.39"
  %".3098" = getelementptr i8, ptr %".3097", i64 %".3096"
  %".3099" = icmp ugt ptr %".3098", %"data_end.137"
  br i1 %".3099", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.139" = phi  ptr [%"data.137", %"geneve_d0.variable"], [%"data.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.139" = phi  ptr [%"data_end.137", %"geneve_d0.variable"], [%"data_end.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.139" = phi  ptr [%"keys.137", %"geneve_d0.variable"], [%"keys.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %".3120" = add i64 %"cursor.39", %".3096"
  br label %"geneve_d0.variable.endif"
geneve_d0.copy_last_byte:
  %".3101" = add i64 %"cursor.39", %".3096"
  %".3102" = sub i64 %".3101", 1
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3103" = trunc i64 %".3102" to i32
  %".3104" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3103", i64* %"last_byte", i32 1)
  %".3105" = icmp eq i64 %".3104", 0
  %".3106" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3107" = load i32, ptr %".3106", align 4
  %".3108" = zext i32 %".3107" to i64
  %"data.138" = inttoptr i64 %".3108" to ptr
  %".3109" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3110" = load i32, ptr %".3109", align 4
  %".3111" = zext i32 %".3110" to i64
  %"data_end.138" = inttoptr i64 %".3111" to ptr
  %".3112" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.138" = load ptr, ptr %".3112", align 8
  %".3113" = xor i1 %".3105", -1
  br i1 %".3113", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".3115" = trunc i64 %"cursor.39" to i16
  %".3116" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3115", ptr %".3116", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".3128" = trunc i64 %"end.3" to i16
  %".3129" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3128", ptr %".3129", align 2
  br label %"return"
geneve_d0.unknown:
  %".3146" = trunc i64 %"end.3" to i16
  %".3147" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3146", ptr %".3147", align 2
  br label %"return"
geneve_d0.to_ipv4:
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  br label %"ipv6_d1"
geneve_d0.select:
  %".3139" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.5")
  %".3140" = icmp eq i16 %".3139", 8
  br i1 %".3140", label %"geneve_d0.to_ipv4", label %"geneve_d0.select.1"
geneve_d0.select.1:
  %".3142" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.5")
  %".3143" = icmp eq i16 %".3142", 56710
  br i1 %".3143", label %"geneve_d0.to_ipv6", label %"geneve_d0.select.2"
geneve_d0.select.2:
  br label %"geneve_d0.unknown"
gue_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3161" = trunc i64 %"cursor.40" to i32
  %".3162" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3161", [40 x i8]* %"header_copy", i32 4)
  %".3163" = icmp eq i64 %".3162", 0
  %".3164" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3165" = load i32, ptr %".3164", align 4
  %".3166" = zext i32 %".3165" to i64
  %"data.141" = inttoptr i64 %".3166" to ptr
  %".3167" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3168" = load i32, ptr %".3167", align 4
  %".3169" = zext i32 %".3168" to i64
  %"data_end.141" = inttoptr i64 %".3169" to ptr
  %".3170" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.141" = load ptr, ptr %".3170", align 8
  %".3171" = xor i1 %".3163", -1
  br i1 %".3171", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".3173" = trunc i64 %"cursor.40" to i16
  %".3174" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3173", ptr %".3174", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".3177" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3178" = load volatile i8, [40 x i8]* %".3177", align 1
  %".3179" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3180" = load volatile i8, [40 x i8]* %".3179", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".3192" = trunc i64 %"cursor.40" to i16
  %".3193" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3192", ptr %".3193", align 2
  br label %"return"
gue_d0.variable:
  %".3202" = zext i8 %"w0_1.11" to i64
  %".3203" = and i64 %".3202", 31
  %".3204" = mul i64 %".3203", 4
  %".3205" = add i64 %".3204", 4
  %".3206" = getelementptr i8, ptr %"data.142", i64 %"cursor.40"
  %".3207" = getelementptr i8, ptr %".3206", i64 %".3205"
  %".3208" = icmp ugt ptr %".3207", %"data_end.142"
  br i1 %".3208", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.144" = phi  ptr [%"data.142", %"gue_d0.variable"], [%"data.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gue_d0.variable"], [%"data_end.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.142", %"gue_d0.variable"], [%"keys.143", %"gue_d0.copy_last_byte_failed.endif"]
  %".3229" = add i64 %"cursor.40", %".3205"
  br label %"gue_d0.variable.endif"
gue_d0.copy_last_byte:
  %".3210" = add i64 %"cursor.40", %".3205"
  %".3211" = sub i64 %".3210", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3212" = trunc i64 %".3211" to i32
  %".3213" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3212", i64* %"last_byte", i32 1)
  %".3214" = icmp eq i64 %".3213", 0
  %".3215" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3216" = load i32, ptr %".3215", align 4
  %".3217" = zext i32 %".3216" to i64
  %"data.143" = inttoptr i64 %".3217" to ptr
  %".3218" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3219" = load i32, ptr %".3218", align 4
  %".3220" = zext i32 %".3219" to i64
  %"data_end.143" = inttoptr i64 %".3220" to ptr
  %".3221" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.143" = load ptr, ptr %".3221", align 8
  %".3222" = xor i1 %".3214", -1
  br i1 %".3222", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".3224" = trunc i64 %"cursor.40" to i16
  %".3225" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".3224", ptr %".3225", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".3237" = trunc i64 %"end.4" to i16
  %".3238" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3237", ptr %".3238", align 2
  br label %"return"
gue_d0.unknown:
  %".3251" = trunc i64 %"end.4" to i16
  %".3252" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3251", ptr %".3252", align 2
  br label %"return"
gue_d0.to_ipv6:
  br label %"ipv6_d1"
gue_d0.select:
  %".3247" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3243")
  %".3248" = icmp eq i64 %".3247", 41
  br i1 %".3248", label %"gue_d0.to_ipv6", label %"gue_d0.select.1"
gue_d0.select.1:
  br label %"gue_d0.unknown"
gtpu_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3265" = trunc i64 %"cursor.41" to i32
  %".3266" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3265", [40 x i8]* %"header_copy", i32 8)
  %".3267" = icmp eq i64 %".3266", 0
  %".3268" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3269" = load i32, ptr %".3268", align 4
  %".3270" = zext i32 %".3269" to i64
  %"data.146" = inttoptr i64 %".3270" to ptr
  %".3271" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3272" = load i32, ptr %".3271", align 4
  %".3273" = zext i32 %".3272" to i64
  %"data_end.146" = inttoptr i64 %".3273" to ptr
  %".3274" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.146" = load ptr, ptr %".3274", align 8
  %".3275" = xor i1 %".3267", -1
  br i1 %".3275", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".3277" = trunc i64 %"cursor.41" to i16
  %".3278" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3277", ptr %".3278", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".3281" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3282" = load volatile i8, [40 x i8]* %".3281", align 1
  %".3283" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3284" = load volatile i8, [40 x i8]* %".3283", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3299" = trunc i64 %"cursor.41" to i16
  %".3300" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3299", ptr %".3300", align 2
  br label %"return"
gtpu_d0.stop_at_encap:
  %".3310" = trunc i64 %".3303" to i16
  %".3311" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3310", ptr %".3311", align 2
  br label %"return"
gtpu_d0.unknown:
  %".3340" = trunc i64 %".3303" to i16
  %".3341" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3340", ptr %".3341", align 2
  br label %"return"
gtpu_d0.to_gtpu_opt:
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3332" = icmp uge i64 %".3327", 4
  %".3333" = icmp ule i64 %".3327", 7
  %".3334" = and i1 %".3332", %".3333"
  br i1 %".3334", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  %".3336" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3327")
  %".3337" = icmp eq i64 %".3336", 0
  br i1 %".3337", label %"gtpu_d0.to_ip_version", label %"gtpu_d0.select.2"
gtpu_d0.to_ip_version:
  br label %"ip_version_d1"
gtpu_d0.select.2:
  br label %"gtpu_d0.unknown"
gtpu_opt_d1:
  %"cursor.56" = phi  i64 [%".3303", %"gtpu_d0.to_gtpu_opt"]
  %"data.148" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.148" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_opt"]
  %"keys.148" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.50" = getelementptr i8, ptr %"data.148", i64 %"cursor.56"
  %".4512" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4513" = icmp ugt ptr %".4512", %"data_end.148"
  br i1 %".4513", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.196" = phi  ptr [%"data.148", %"gtpu_opt_d1.linear"], [%"data.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.148", %"gtpu_opt_d1.linear"], [%"data_end.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.148", %"gtpu_opt_d1.linear"], [%"keys.195", %"gtpu_opt_d1.copy_failed.endif"]
  %".4533" = add i64 %"cursor.56", 4
  br label %"gtpu_opt_d1.to_ip_version"
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".3303", %"gtpu_d0.to_gtpu_seq"]
  %"data.149" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.149" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_seq"]
  %"keys.149" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.51" = getelementptr i8, ptr %"data.149", i64 %"cursor.57"
  %".4540" = getelementptr i8, ptr %"hdr.51", i64 3
  %".4541" = icmp ugt ptr %".4540", %"data_end.149"
  br i1 %".4541", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.198" = phi  ptr [%"data.149", %"gtpu_seq_d1.linear"], [%"data.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.149", %"gtpu_seq_d1.linear"], [%"data_end.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.149", %"gtpu_seq_d1.linear"], [%"keys.197", %"gtpu_seq_d1.copy_failed.endif"]
  %".4561" = add i64 %"cursor.57", 3
  br label %"gtpu_seq_d1.to_gtpu_next"
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4561", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.199" = phi  ptr [%"data.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.199" = phi  ptr [%"data_end.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.199" = phi  ptr [%"keys.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.64" = getelementptr i8, ptr %"data.199", i64 %"cursor.72"
  %".5899" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5900" = icmp ugt ptr %".5899", %"data_end.199"
  br i1 %".5900", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5902" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5903" = load i8, ptr %".5902", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.25" = phi  i8 [%".5903", %"gtpu_next_d1.linear"], [%".5922", %"gtpu_next_d1.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.199", %"gtpu_next_d1.linear"], [%"data.240", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.199", %"gtpu_next_d1.linear"], [%"data_end.240", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.199", %"gtpu_next_d1.linear"], [%"keys.240", %"gtpu_next_d1.copy_failed.endif"]
  %".5924" = add i64 %"cursor.72", 1
  %".5925" = zext i8 %"w0_1.25" to i64
  %".5926" = icmp uge i64 %".5925", 1
  %".5927" = icmp ule i64 %".5925", 255
  %".5928" = and i1 %".5926", %".5927"
  br i1 %".5928", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
shim_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3353" = trunc i64 %"cursor.42" to i32
  %".3354" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3353", [40 x i8]* %"header_copy", i32 8)
  %".3355" = icmp eq i64 %".3354", 0
  %".3356" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3357" = load i32, ptr %".3356", align 4
  %".3358" = zext i32 %".3357" to i64
  %"data.150" = inttoptr i64 %".3358" to ptr
  %".3359" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3360" = load i32, ptr %".3359", align 4
  %".3361" = zext i32 %".3360" to i64
  %"data_end.150" = inttoptr i64 %".3361" to ptr
  %".3362" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.150" = load ptr, ptr %".3362", align 8
  %".3363" = xor i1 %".3355", -1
  br i1 %".3363", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3365" = trunc i64 %"cursor.42" to i16
  %".3366" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3365", ptr %".3366", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3369" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3370" = load volatile i16, [40 x i8]* %".3369", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3379" = trunc i64 %".3372" to i16
  %".3380" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3379", ptr %".3380", align 2
  br label %"return"
shim_d0.unknown:
  %".3391" = trunc i64 %".3372" to i16
  %".3392" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3391", ptr %".3392", align 2
  br label %"return"
shim_d0.select:
  br label %"shim_d0.unknown"
udp_d1.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3402" = trunc i64 %"cursor.43" to i32
  %".3403" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3402", [40 x i8]* %"header_copy", i32 4)
  %".3404" = icmp eq i64 %".3403", 0
  %".3405" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3406" = load i32, ptr %".3405", align 4
  %".3407" = zext i32 %".3406" to i64
  %"data.152" = inttoptr i64 %".3407" to ptr
  %".3408" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3409" = load i32, ptr %".3408", align 4
  %".3410" = zext i32 %".3409" to i64
  %"data_end.152" = inttoptr i64 %".3410" to ptr
  %".3411" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.152" = load ptr, ptr %".3411", align 8
  %".3412" = xor i1 %".3404", -1
  br i1 %".3412", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3414" = trunc i64 %"cursor.43" to i16
  %".3415" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3414", ptr %".3415", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3418" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3419" = load volatile i32, [40 x i8]* %".3418", align 4
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3429" = add i64 %"cursor.43", %".3424"
  %".3430" = sub i64 %".3429", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3431" = trunc i64 %".3430" to i32
  %".3432" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3431", i64* %"last_byte", i32 1)
  %".3433" = icmp eq i64 %".3432", 0
  %".3434" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3435" = load i32, ptr %".3434", align 4
  %".3436" = zext i32 %".3435" to i64
  %"data.154" = inttoptr i64 %".3436" to ptr
  %".3437" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3438" = load i32, ptr %".3437", align 4
  %".3439" = zext i32 %".3438" to i64
  %"data_end.154" = inttoptr i64 %".3439" to ptr
  %".3440" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.154" = load ptr, ptr %".3440", align 8
  %".3441" = xor i1 %".3433", -1
  br i1 %".3441", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3443" = trunc i64 %"cursor.43" to i16
  %".3444" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3443", ptr %".3444", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3469" = trunc i64 %"cursor.43" to i16
  %".3470" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3469", ptr %".3470", align 2
  br label %"return"
udp_d1.to_geneve:
  br label %"geneve_d1"
udp_d1.to_gue:
  br label %"gue_d1"
udp_d1.to_gtpu:
  br label %"gtpu_d1"
udp_d1.to_shim:
  br label %"shim_d1"
udp_d1.select:
  %".3456" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %".3450")
  %".3457" = icmp eq i16 %".3456", 49431
  br i1 %".3457", label %"udp_d1.to_geneve", label %"udp_d1.select.1"
udp_d1.select.1:
  %".3459" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %".3450")
  %".3460" = icmp eq i16 %".3459", 49175
  br i1 %".3460", label %"udp_d1.to_gue", label %"udp_d1.select.2"
udp_d1.select.2:
  %".3462" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %".3450")
  %".3463" = icmp eq i16 %".3462", 26632
  br i1 %".3463", label %"udp_d1.to_gtpu", label %"udp_d1.select.3"
udp_d1.select.3:
  %".3465" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %".3450")
  %".3466" = icmp eq i16 %".3465", 24862
  br i1 %".3466", label %"udp_d1.to_shim", label %"udp_d1.select.4"
udp_d1.select.4:
  br label %"udp_d1.unknown"
geneve_d1:
  %"cursor.59" = phi  i64 [%".3448", %"udp_d1.to_geneve"]
  %"data.157" = phi  ptr [%"data.155", %"udp_d1.to_geneve"]
  %"data_end.157" = phi  ptr [%"data_end.155", %"udp_d1.to_geneve"]
  %"keys.157" = phi  ptr [%"keys.155", %"udp_d1.to_geneve"]
  %"hdr.53" = getelementptr i8, ptr %"data.157", i64 %"cursor.59"
  %".4611" = getelementptr i8, ptr %"hdr.53", i64 8
  %".4612" = icmp ugt ptr %".4611", %"data_end.157"
  br i1 %".4612", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4614" = getelementptr i8, ptr %"hdr.53", i64 0
  %".4615" = load i8, ptr %".4614", align 1
  %".4616" = getelementptr i8, ptr %"hdr.53", i64 2
  %".4617" = load i16, ptr %".4616", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4615", %"geneve_d1.linear"], [%".4636", %"geneve_d1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".4617", %"geneve_d1.linear"], [%".4638", %"geneve_d1.copy_failed.endif"]
  %"data.203" = phi  ptr [%"data.157", %"geneve_d1.linear"], [%"data.202", %"geneve_d1.copy_failed.endif"]
  %"data_end.203" = phi  ptr [%"data_end.157", %"geneve_d1.linear"], [%"data_end.202", %"geneve_d1.copy_failed.endif"]
  %"keys.203" = phi  ptr [%"keys.157", %"geneve_d1.linear"], [%"keys.202", %"geneve_d1.copy_failed.endif"]
  %".4640" = zext i8 %"w0_1.18" to i64
  %".4641" = lshr i64 %".4640", 6
  %".4642" = and i64 %".4641", 3
  %".4643" = icmp ne i64 %".4642", 0
  br i1 %".4643", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif", !prof !0
geneve_d1.stop_before.endif:
  %".4649" = add i64 %"cursor.59", 8
  %".4650" = and i8 %"w0_1.18", 63
  %".4651" = icmp eq i8 %".4650", 0
  %".4652" = xor i1 %".4651", -1
  br i1 %".4652", label %"geneve_d1.variable", label %"geneve_d1.no_variable", !prof !0
geneve_d1.no_variable:
  br label %"geneve_d1.variable.endif"
geneve_d1.variable.endif:
  %"end.7" = phi  i64 [%".4649", %"geneve_d1.no_variable"], [%".4682", %"geneve_d1.variable_part"]
  %"data.206" = phi  ptr [%"data.203", %"geneve_d1.no_variable"], [%"data.205", %"geneve_d1.variable_part"]
  %"data_end.206" = phi  ptr [%"data_end.203", %"geneve_d1.no_variable"], [%"data_end.205", %"geneve_d1.variable_part"]
  %"keys.206" = phi  ptr [%"keys.203", %"geneve_d1.no_variable"], [%"keys.205", %"geneve_d1.variable_part"]
  %".4684" = getelementptr i8, ptr %"keys.206", i64 8
  store i8 1, ptr %".4684", align 1
  %".4686" = getelementptr i8, ptr %"keys.206", i64 48
  %"flags.71" = load volatile i32, ptr %".4686", align 4
  %".4687" = and i32 %"flags.71", 4
  %".4688" = icmp ne i32 %".4687", 0
  br i1 %".4688", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif", !prof !0
geneve_d1.stop_at_encap.endif:
  %".4694" = getelementptr i8, ptr %"keys.206", i64 12
  store i32 0, ptr %".4694", align 4
  %".4696" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".4697" = zext i16 %".4696" to i64
  %".4698" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.11")
  %".4699" = icmp eq i16 %".4698", 22629
  br i1 %".4699", label %"geneve_d1.to_ethernet", label %"geneve_d1.select"
geneve_d1.to_ethernet:
  %".4712" = trunc i64 %"end.7" to i16
  %".4713" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4712", ptr %".4713", align 2
  br label %"return"
gue_d1:
  %"cursor.60" = phi  i64 [%".3448", %"udp_d1.to_gue"]
  %"data.158" = phi  ptr [%"data.155", %"udp_d1.to_gue"]
  %"data_end.158" = phi  ptr [%"data_end.155", %"udp_d1.to_gue"]
  %"keys.158" = phi  ptr [%"keys.155", %"udp_d1.to_gue"]
  %"hdr.54" = getelementptr i8, ptr %"data.158", i64 %"cursor.60"
  %".4724" = getelementptr i8, ptr %"hdr.54", i64 4
  %".4725" = icmp ugt ptr %".4724", %"data_end.158"
  br i1 %".4725", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4727" = getelementptr i8, ptr %"hdr.54", i64 0
  %".4728" = load i8, ptr %".4727", align 1
  %".4729" = getelementptr i8, ptr %"hdr.54", i64 1
  %".4730" = load i8, ptr %".4729", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4728", %"gue_d1.linear"], [%".4749", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4730", %"gue_d1.linear"], [%".4751", %"gue_d1.copy_failed.endif"]
  %"data.208" = phi  ptr [%"data.158", %"gue_d1.linear"], [%"data.207", %"gue_d1.copy_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.158", %"gue_d1.linear"], [%"data_end.207", %"gue_d1.copy_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.158", %"gue_d1.linear"], [%"keys.207", %"gue_d1.copy_failed.endif"]
  %".4753" = zext i8 %"w0_1.19" to i64
  %".4754" = lshr i64 %".4753", 6
  %".4755" = and i64 %".4754", 3
  %".4756" = icmp ne i64 %".4755", 0
  %".4757" = zext i8 %"w0_1.19" to i64
  %".4758" = lshr i64 %".4757", 5
  %".4759" = and i64 %".4758", 1
  %".4760" = icmp ne i64 %".4759", 0
  %".4761" = or i1 %".4756", %".4760"
  br i1 %".4761", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif", !prof !0
gue_d1.stop_before.endif:
  %".4767" = add i64 %"cursor.60", 4
  %".4768" = and i8 %"w0_1.19", 31
  %".4769" = icmp eq i8 %".4768", 0
  %".4770" = xor i1 %".4769", -1
  br i1 %".4770", label %"gue_d1.variable", label %"gue_d1.no_variable", !prof !0
gue_d1.no_variable:
  br label %"gue_d1.variable.endif"
gue_d1.variable.endif:
  %"end.8" = phi  i64 [%".4767", %"gue_d1.no_variable"], [%".4800", %"gue_d1.variable_part"]
  %"data.211" = phi  ptr [%"data.208", %"gue_d1.no_variable"], [%"data.210", %"gue_d1.variable_part"]
  %"data_end.211" = phi  ptr [%"data_end.208", %"gue_d1.no_variable"], [%"data_end.210", %"gue_d1.variable_part"]
  %"keys.211" = phi  ptr [%"keys.208", %"gue_d1.no_variable"], [%"keys.210", %"gue_d1.variable_part"]
  %".4802" = getelementptr i8, ptr %"keys.211", i64 8
  store i8 1, ptr %".4802", align 1
  %".4804" = getelementptr i8, ptr %"keys.211", i64 48
  %"flags.72" = load volatile i32, ptr %".4804", align 4
  %".4805" = and i32 %"flags.72", 4
  %".4806" = icmp ne i32 %".4805", 0
  br i1 %".4806", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif", !prof !0
gue_d1.stop_at_encap.endif:
  %".4812" = getelementptr i8, ptr %"keys.211", i64 12
  store i32 0, ptr %".4812", align 4
  %".4814" = zext i8 %"w1_1.11" to i64
  %".4815" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4814")
  %".4816" = icmp eq i64 %".4815", 4
  br i1 %".4816", label %"gue_d1.to_ipv4", label %"gue_d1.select"
gue_d1.to_ipv4:
  %".4826" = trunc i64 %"end.8" to i16
  %".4827" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4826", ptr %".4827", align 2
  br label %"return"
gtpu_d1:
  %"cursor.61" = phi  i64 [%".3448", %"udp_d1.to_gtpu"]
  %"data.159" = phi  ptr [%"data.155", %"udp_d1.to_gtpu"]
  %"data_end.159" = phi  ptr [%"data_end.155", %"udp_d1.to_gtpu"]
  %"keys.159" = phi  ptr [%"keys.155", %"udp_d1.to_gtpu"]
  %"hdr.55" = getelementptr i8, ptr %"data.159", i64 %"cursor.61"
  %".4834" = getelementptr i8, ptr %"hdr.55", i64 8
  %".4835" = icmp ugt ptr %".4834", %"data_end.159"
  br i1 %".4835", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4837" = getelementptr i8, ptr %"hdr.55", i64 0
  %".4838" = load i8, ptr %".4837", align 1
  %".4839" = getelementptr i8, ptr %"hdr.55", i64 1
  %".4840" = load i8, ptr %".4839", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.20" = phi  i8 [%".4838", %"gtpu_d1.linear"], [%".4859", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4840", %"gtpu_d1.linear"], [%".4861", %"gtpu_d1.copy_failed.endif"]
  %"data.213" = phi  ptr [%"data.159", %"gtpu_d1.linear"], [%"data.212", %"gtpu_d1.copy_failed.endif"]
  %"data_end.213" = phi  ptr [%"data_end.159", %"gtpu_d1.linear"], [%"data_end.212", %"gtpu_d1.copy_failed.endif"]
  %"keys.213" = phi  ptr [%"keys.159", %"gtpu_d1.linear"], [%"keys.212", %"gtpu_d1.copy_failed.endif"]
  %".4863" = zext i8 %"w0_1.20" to i64
  %".4864" = lshr i64 %".4863", 5
  %".4865" = and i64 %".4864", 7
  %".4866" = icmp ne i64 %".4865", 1
  %".4867" = zext i8 %"w0_1.20" to i64
  %".4868" = lshr i64 %".4867", 4
  %".4869" = and i64 %".4868", 1
  %".4870" = icmp ne i64 %".4869", 1
  %".4871" = or i1 %".4866", %".4870"
  %".4872" = zext i8 %"w1_1.12" to i64
  %".4873" = icmp ne i64 %".4872", 255
  %".4874" = or i1 %".4871", %".4873"
  br i1 %".4874", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif", !prof !0
gtpu_d1.stop_before.endif:
  %".4880" = add i64 %"cursor.61", 8
  %".4881" = getelementptr i8, ptr %"keys.213", i64 8
  store i8 1, ptr %".4881", align 1
  %".4883" = getelementptr i8, ptr %"keys.213", i64 48
  %"flags.73" = load volatile i32, ptr %".4883", align 4
  %".4884" = and i32 %"flags.73", 4
  %".4885" = icmp ne i32 %".4884", 0
  br i1 %".4885", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif", !prof !0
gtpu_d1.stop_at_encap.endif:
  %".4891" = getelementptr i8, ptr %"keys.213", i64 12
  store i32 0, ptr %".4891", align 4
  %".4893" = zext i8 %"w0_1.20" to i64
  %".4894" = lshr i64 %".4893", 2
  %".4895" = and i64 %".4894", 1
  %".4896" = mul i64 %".4895", 4
  %".4897" = zext i8 %"w0_1.20" to i64
  %".4898" = lshr i64 %".4897", 1
  %".4899" = and i64 %".4898", 1
  %".4900" = mul i64 %".4899", 2
  %".4901" = add i64 %".4896", %".4900"
  %".4902" = zext i8 %"w0_1.20" to i64
  %".4903" = and i64 %".4902", 1
  %".4904" = add i64 %".4901", %".4903"
  %".4905" = icmp uge i64 %".4904", 1
  %".4906" = icmp ule i64 %".4904", 3
  %".4907" = and i1 %".4905", %".4906"
  br i1 %".4907", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
shim_d1:
  %"cursor.62" = phi  i64 [%".3448", %"udp_d1.to_shim"]
  %"data.160" = phi  ptr [%"data.155", %"udp_d1.to_shim"]
  %"data_end.160" = phi  ptr [%"data_end.155", %"udp_d1.to_shim"]
  %"keys.160" = phi  ptr [%"keys.155", %"udp_d1.to_shim"]
  %"hdr.56" = getelementptr i8, ptr %"data.160", i64 %"cursor.62"
  %".4933" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4934" = icmp ugt ptr %".4933", %"data_end.160"
  br i1 %".4934", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4936" = getelementptr i8, ptr %"hdr.56", i64 2
  %".4937" = load i16, ptr %".4936", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.12" = phi  i16 [%".4937", %"shim_d1.linear"], [%".4956", %"shim_d1.copy_failed.endif"]
  %"data.215" = phi  ptr [%"data.160", %"shim_d1.linear"], [%"data.214", %"shim_d1.copy_failed.endif"]
  %"data_end.215" = phi  ptr [%"data_end.160", %"shim_d1.linear"], [%"data_end.214", %"shim_d1.copy_failed.endif"]
  %"keys.215" = phi  ptr [%"keys.160", %"shim_d1.linear"], [%"keys.214", %"shim_d1.copy_failed.endif"]
  %".4958" = add i64 %"cursor.62", 8
  %".4959" = getelementptr i8, ptr %"keys.215", i64 8
  store i8 1, ptr %".4959", align 1
  %".4961" = getelementptr i8, ptr %"keys.215", i64 48
  %"flags.74" = load volatile i32, ptr %".4961", align 4
  %".4962" = and i32 %"flags.74", 4
  %".4963" = icmp ne i32 %".4962", 0
  br i1 %".4963", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif", !prof !0
shim_d1.stop_at_encap.endif:
  %".4969" = getelementptr i8, ptr %"keys.215", i64 12
  store i32 0, ptr %".4969", align 4
  %".4971" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".4972" = zext i16 %".4971" to i64
  %".4973" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.12")
  %".4974" = icmp eq i16 %".4973", 8
  br i1 %".4974", label %"shim_d1.to_ipv4", label %"shim_d1.select"
shim_d1.to_ipv4:
  %".4981" = trunc i64 %".4958" to i16
  %".4982" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4981", ptr %".4982", align 2
  br label %"return"
gre_version_d1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3488" = trunc i64 %"cursor.44" to i32
  %".3489" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3488", [40 x i8]* %"header_copy", i32 4)
  %".3490" = icmp eq i64 %".3489", 0
  %".3491" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3492" = load i32, ptr %".3491", align 4
  %".3493" = zext i32 %".3492" to i64
  %"data.161" = inttoptr i64 %".3493" to ptr
  %".3494" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3495" = load i32, ptr %".3494", align 4
  %".3496" = zext i32 %".3495" to i64
  %"data_end.161" = inttoptr i64 %".3496" to ptr
  %".3497" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.161" = load ptr, ptr %".3497", align 8
  %".3498" = xor i1 %".3490", -1
  br i1 %".3498", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3500" = trunc i64 %"cursor.44" to i16
  %".3501" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3500", ptr %".3501", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3504" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3505" = load volatile i8, [40 x i8]* %".3504", align 1
  %".3506" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3507" = load volatile i8, [40 x i8]* %".3506", align 1
  %".3508" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3509" = load volatile i16, [40 x i8]* %".3508", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3520" = trunc i64 %"cursor.44" to i16
  %".3521" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3520", ptr %".3521", align 2
  br label %"return"
gre_version_d1.unknown:
  %".3532" = trunc i64 %"cursor.44" to i16
  %".3533" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3532", ptr %".3533", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
gre_version_d1.select:
  br label %"gre_version_d1.to_pptp"
pptp_d1:
  %"cursor.64" = phi  i64 [%"cursor.44", %"gre_version_d1.to_pptp"]
  %"data.164" = phi  ptr [%"data.162", %"gre_version_d1.to_pptp"]
  %"data_end.164" = phi  ptr [%"data_end.162", %"gre_version_d1.to_pptp"]
  %"keys.164" = phi  ptr [%"keys.162", %"gre_version_d1.to_pptp"]
  %".5132" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".5133" = zext i16 %".5132" to i64
  %".5134" = icmp ne i64 %".5133", 34827
  %".5135" = zext i8 %"w0_1.13" to i64
  %".5136" = lshr i64 %".5135", 5
  %".5137" = and i64 %".5136", 1
  %".5138" = icmp eq i64 %".5137", 0
  %".5139" = or i1 %".5134", %".5138"
  br i1 %".5139", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".5145" = add i64 %"cursor.64", 4
  %".5146" = zext i8 %"w0_1.13" to i64
  %".5147" = lshr i64 %".5146", 7
  %".5148" = and i64 %".5147", 1
  %".5149" = zext i8 %"w0_1.13" to i64
  %".5150" = lshr i64 %".5149", 5
  %".5151" = and i64 %".5150", 1
  %".5152" = add i64 %".5148", %".5151"
  %".5153" = zext i8 %"w0_1.13" to i64
  %".5154" = lshr i64 %".5153", 4
  %".5155" = and i64 %".5154", 1
  %".5156" = add i64 %".5152", %".5155"
  %".5157" = zext i8 %"w1_1.8" to i64
  %".5158" = lshr i64 %".5157", 7
  %".5159" = and i64 %".5158", 1
  %".5160" = add i64 %".5156", %".5159"
  %".5161" = mul i64 %".5160", 4
  %".5162" = add i64 %".5161", 4
  %".5163" = getelementptr i8, ptr %"data.164", i64 %"cursor.64"
  %".5164" = getelementptr i8, ptr %".5163", i64 %".5162"
  %".5165" = icmp ugt ptr %".5164", %"data_end.164"
  br i1 %".5165", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.220" = phi  ptr [%"data.164", %"pptp_d1.stop_before.endif"], [%"data.219", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.220" = phi  ptr [%"data_end.164", %"pptp_d1.stop_before.endif"], [%"data_end.219", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.220" = phi  ptr [%"keys.164", %"pptp_d1.stop_before.endif"], [%"keys.219", %"pptp_d1.copy_last_byte_failed.endif"]
  %".5186" = add i64 %"cursor.64", %".5162"
  %".5187" = add i64 %"cursor.64", 8
  %".5188" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5187")
  %".5189" = icmp eq i64 %".5161", 4
  %"end.10" = select  i1 %".5189", i64 %".5188", i64 %".5186"
  br label %"pptp_d1.to_ppp"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.73" = phi  i64 [%"end.10", %"pptp_d1.to_ppp"]
  %"data.221" = phi  ptr [%"data.220", %"pptp_d1.to_ppp"]
  %"data_end.221" = phi  ptr [%"data_end.220", %"pptp_d1.to_ppp"]
  %"keys.221" = phi  ptr [%"keys.220", %"pptp_d1.to_ppp"]
  %"hdr.65" = getelementptr i8, ptr %"data.221", i64 %"cursor.73"
  %".5940" = getelementptr i8, ptr %"hdr.65", i64 4
  %".5941" = icmp ugt ptr %".5940", %"data_end.221"
  br i1 %".5941", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5943" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5944" = load i16, ptr %".5943", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.16" = phi  i16 [%".5944", %"ppp_d1.linear"], [%".5963", %"ppp_d1.copy_failed.endif"]
  %"data.244" = phi  ptr [%"data.221", %"ppp_d1.linear"], [%"data.243", %"ppp_d1.copy_failed.endif"]
  %"data_end.244" = phi  ptr [%"data_end.221", %"ppp_d1.linear"], [%"data_end.243", %"ppp_d1.copy_failed.endif"]
  %"keys.244" = phi  ptr [%"keys.221", %"ppp_d1.linear"], [%"keys.243", %"ppp_d1.copy_failed.endif"]
  %".5965" = add i64 %"cursor.73", 4
  %".5966" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".5967" = zext i16 %".5966" to i64
  %".5968" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.16")
  %".5969" = icmp eq i16 %".5968", 8448
  br i1 %".5969", label %"ppp_d1.to_ipv4", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".5982" = trunc i64 2048 to i16
  %".5983" = call i16 @"llvm.bswap.i16"(i16 %".5982")
  %".5984" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5983", ptr %".5984", align 2
  %".5986" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5986", align 1
  %".5988" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.91" = load volatile i32, ptr %".5988", align 4
  %".5989" = and i32 %"flags.91", 4
  %".5990" = icmp ne i32 %".5989", 0
  br i1 %".5990", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif", !prof !0
ppp_d1.stop_at_encap.endif:
  %".5996" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5996", align 4
  %".5998" = trunc i64 %".5965" to i16
  %".5999" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5998", ptr %".5999", align 2
  br label %"return"
gre_d0.variable:
  %".3544" = zext i8 %"w0_1.4" to i64
  %".3545" = lshr i64 %".3544", 7
  %".3546" = and i64 %".3545", 1
  %".3547" = zext i8 %"w0_1.4" to i64
  %".3548" = lshr i64 %".3547", 5
  %".3549" = and i64 %".3548", 1
  %".3550" = add i64 %".3546", %".3549"
  %".3551" = zext i8 %"w0_1.4" to i64
  %".3552" = lshr i64 %".3551", 4
  %".3553" = and i64 %".3552", 1
  %".3554" = add i64 %".3550", %".3553"
  %".3555" = mul i64 %".3554", 4
  %".3556" = add i64 %".3555", 4
  %".3557" = getelementptr i8, ptr %"data.80", i64 %"cursor.45"
  %".3558" = getelementptr i8, ptr %".3557", i64 %".3556"
  %".3559" = icmp ugt ptr %".3558", %"data_end.80"
  br i1 %".3559", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.166" = phi  ptr [%"data.80", %"gre_d0.variable"], [%"data.165", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.166" = phi  ptr [%"data_end.80", %"gre_d0.variable"], [%"data_end.165", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.166" = phi  ptr [%"keys.80", %"gre_d0.variable"], [%"keys.165", %"gre_d0.copy_last_byte_failed.endif"]
  %".3580" = add i64 %"cursor.45", %".3556"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".3561" = add i64 %"cursor.45", %".3556"
  %".3562" = sub i64 %".3561", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3563" = trunc i64 %".3562" to i32
  %".3564" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3563", i64* %"last_byte", i32 1)
  %".3565" = icmp eq i64 %".3564", 0
  %".3566" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3567" = load i32, ptr %".3566", align 4
  %".3568" = zext i32 %".3567" to i64
  %"data.165" = inttoptr i64 %".3568" to ptr
  %".3569" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3570" = load i32, ptr %".3569", align 4
  %".3571" = zext i32 %".3570" to i64
  %"data_end.165" = inttoptr i64 %".3571" to ptr
  %".3572" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.165" = load ptr, ptr %".3572", align 8
  %".3573" = xor i1 %".3565", -1
  br i1 %".3573", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3575" = trunc i64 %"cursor.45" to i16
  %".3576" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3575", ptr %".3576", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3588" = trunc i64 %"end.5" to i16
  %".3589" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3588", ptr %".3589", align 2
  br label %"return"
gre_d0.unknown:
  %".3613" = trunc i64 %"end.5" to i16
  %".3614" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3613", ptr %".3614", align 2
  br label %"return"
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
gre_d0.select:
  %".3599" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.1")
  %".3600" = icmp eq i16 %".3599", 56710
  br i1 %".3600", label %"gre_d0.to_ipv6", label %"gre_d0.select.1"
gre_d0.select.1:
  %".3602" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.1")
  %".3603" = icmp eq i16 %".3602", 129
  br i1 %".3603", label %"gre_d0.to_vlan", label %"gre_d0.select.2"
gre_d0.select.2:
  %".3605" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.1")
  %".3606" = icmp eq i16 %".3605", 43144
  br i1 %".3606", label %"gre_d0.to_vlan.1", label %"gre_d0.select.3"
gre_d0.select.3:
  %".3608" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.1")
  %".3609" = icmp eq i16 %".3608", 18312
  br i1 %".3609", label %"gre_d0.to_mpls", label %"gre_d0.select.4"
gre_d0.select.4:
  %".3611" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.1")
  switch i16 %".3611", label %"gre_d0.unknown" [i16 18568, label %"gre_d0.to_mpls.1" i16 25736, label %"gre_d0.to_pppoe" i16 1544, label %"gre_d0.to_arp" i16 13696, label %"gre_d0.to_arp.1" i16 63368, label %"gre_d0.to_ptp" i16 649, label %"gre_d0.to_cfm" i16 51848, label %"gre_d0.to_tipc" i16 1673, label %"gre_d0.to_fcoe" i16 12169, label %"gre_d0.to_hsr" i16 64392, label %"gre_d0.to_hsr.1" i16 1347, label %"gre_d0.to_batadv" i16 22629, label %"gre_d0.to_ethernet"]
pptp_d0.stop_before:
  %".3643" = trunc i64 %"cursor.46" to i16
  %".3644" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".3643", ptr %".3644", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".3669" = add i64 %"cursor.46", %".3664"
  %".3670" = sub i64 %".3669", 1
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3671" = trunc i64 %".3670" to i32
  %".3672" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3671", i64* %"last_byte", i32 1)
  %".3673" = icmp eq i64 %".3672", 0
  %".3674" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3675" = load i32, ptr %".3674", align 4
  %".3676" = zext i32 %".3675" to i64
  %"data.168" = inttoptr i64 %".3676" to ptr
  %".3677" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3678" = load i32, ptr %".3677", align 4
  %".3679" = zext i32 %".3678" to i64
  %"data_end.168" = inttoptr i64 %".3679" to ptr
  %".3680" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.168" = load ptr, ptr %".3680", align 8
  %".3681" = xor i1 %".3673", -1
  br i1 %".3681", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3683" = trunc i64 %"cursor.46" to i16
  %".3684" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3683", ptr %".3684", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3693" = trunc i64 %"end.6" to i16
  %".3694" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3693", ptr %".3694", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3706" = trunc i64 %"cursor.47" to i32
  %".3707" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3706", [40 x i8]* %"header_copy", i32 2)
  %".3708" = icmp eq i64 %".3707", 0
  %".3709" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3710" = load i32, ptr %".3709", align 4
  %".3711" = zext i32 %".3710" to i64
  %"data.171" = inttoptr i64 %".3711" to ptr
  %".3712" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3713" = load i32, ptr %".3712", align 4
  %".3714" = zext i32 %".3713" to i64
  %"data_end.171" = inttoptr i64 %".3714" to ptr
  %".3715" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.171" = load ptr, ptr %".3715", align 8
  %".3716" = xor i1 %".3708", -1
  br i1 %".3716", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3718" = trunc i64 %"cursor.47" to i16
  %".3719" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3718", ptr %".3719", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3722" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3723" = load volatile i8, [40 x i8]* %".3722", align 1
  %".3724" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3725" = load volatile i8, [40 x i8]* %".3724", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3753" = trunc i64 %".3734" to i16
  %".3754" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3753", ptr %".3754", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_udp:
  br label %"udp_d1"
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
  %".3764" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3764", align 1
  %".3766" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.58" = load volatile i32, ptr %".3766", align 4
  %".3767" = and i32 %"flags.58", 4
  %".3768" = icmp ne i32 %".3767", 0
  br i1 %".3768", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3774" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3774", align 4
  %".3776" = trunc i64 %".3734" to i16
  %".3777" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3776", ptr %".3777", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3780" = trunc i64 2048 to i16
  %".3781" = call i16 @"llvm.bswap.i16"(i16 %".3780")
  %".3782" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3781", ptr %".3782", align 2
  %".3784" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3784", align 1
  %".3786" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.59" = load volatile i32, ptr %".3786", align 4
  %".3787" = and i32 %"flags.59", 4
  %".3788" = icmp ne i32 %".3787", 0
  br i1 %".3788", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3794" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3794", align 4
  %".3796" = trunc i64 %".3734" to i16
  %".3797" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3796", ptr %".3797", align 2
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
  %".3806" = trunc i64 34887 to i16
  %".3807" = call i16 @"llvm.bswap.i16"(i16 %".3806")
  %".3808" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3807", ptr %".3808", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.select:
  %".3739" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3735")
  %".3740" = icmp eq i64 %".3739", 17
  br i1 %".3740", label %"ipv6_opts_d1_ipv6_ext1.to_udp", label %"ipv6_opts_d1_ipv6_ext1.select.1"
ipv6_opts_d1_ipv6_ext1.select.1:
  %".3742" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3735")
  %".3743" = icmp eq i64 %".3742", 58
  br i1 %".3743", label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext1.select.2"
ipv6_opts_d1_ipv6_ext1.select.2:
  %".3745" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3735")
  %".3746" = icmp eq i64 %".3745", 0
  br i1 %".3746", label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext1.select.3"
ipv6_opts_d1_ipv6_ext1.select.3:
  %".3748" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3735")
  %".3749" = icmp eq i64 %".3748", 60
  br i1 %".3749", label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext1.select.4"
ipv6_opts_d1_ipv6_ext1.select.4:
  %".3751" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3735")
  switch i64 %".3751", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls"]
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6912", %"widening.test.28"]
  %"data.173" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.294", %"widening.test.28"]
  %"data_end.173" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.294", %"widening.test.28"]
  %"keys.173" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.28"]
  %"hdr.58" = getelementptr i8, ptr %"data.173", i64 %"cursor.66"
  %".5289" = getelementptr i8, ptr %"hdr.58", i64 2
  %".5290" = icmp ugt ptr %".5289", %"data_end.173"
  br i1 %".5290", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".5292" = getelementptr i8, ptr %"hdr.58", i64 0
  %".5293" = load i8, ptr %".5292", align 1
  %".5294" = getelementptr i8, ptr %"hdr.58", i64 1
  %".5295" = load i8, ptr %".5294", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.21" = phi  i8 [%".5293", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5314", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".5295", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5316", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.226" = phi  ptr [%"data.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.226" = phi  ptr [%"data_end.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.226" = phi  ptr [%"keys.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".5318" = getelementptr i8, ptr %"keys.226", i64 9
  store i8 %"w0_1.21", ptr %".5318", align 1
  %".5320" = add i64 %"cursor.66", 2
  %".5321" = zext i8 %"w1_1.13" to i64
  %".5322" = mul i64 %".5321", 8
  %".5323" = add i64 %".5322", 6
  %".5324" = add i64 %".5323", 2
  %".5325" = add i64 %"cursor.66", %".5324"
  %".5326" = zext i8 %"w0_1.21" to i64
  %".5327" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5326")
  %".5328" = icmp eq i64 %".5327", 6
  br i1 %".5328", label %"ipv6_opts_d1_ipv6_ext2.to_tcp", label %"ipv6_opts_d1_ipv6_ext2.select"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%".3734", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3842", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6901", %"widening.test.27"]
  %"data.174" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.293", %"widening.test.27"]
  %"data_end.174" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.293", %"widening.test.27"]
  %"keys.174" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.27"]
  %"hdr.59" = getelementptr i8, ptr %"data.174", i64 %"cursor.67"
  %".5402" = getelementptr i8, ptr %"hdr.59", i64 8
  %".5403" = icmp ugt ptr %".5402", %"data_end.174"
  br i1 %".5403", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".5405" = getelementptr i8, ptr %"hdr.59", i64 0
  %".5406" = load i8, ptr %".5405", align 1
  %".5407" = getelementptr i8, ptr %"hdr.59", i64 2
  %".5408" = load i16, ptr %".5407", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.22" = phi  i8 [%".5406", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5427", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".5408", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5429", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.230" = phi  ptr [%"data.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.230" = phi  ptr [%"data_end.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.230" = phi  ptr [%"keys.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".5431" = getelementptr i8, ptr %"keys.230", i64 9
  store i8 %"w0_1.22", ptr %".5431", align 1
  %".5433" = add i64 %"cursor.67", 8
  %".5434" = icmp ne i64 1, 0
  %".5435" = and i16 %"w2_2.14", 63743
  %".5436" = icmp eq i16 %".5435", 0
  br i1 %".5434", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".5458" = zext i8 %"w0_1.22" to i64
  %".5459" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5458")
  %".5460" = icmp eq i64 %".5459", 6
  br i1 %".5460", label %"ipv6_frag_d1_ipv6_ext2.to_tcp", label %"ipv6_frag_d1_ipv6_ext2.select"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3770" = trunc i64 %".3734" to i16
  %".3771" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3770", ptr %".3771", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3790" = trunc i64 %".3734" to i16
  %".3791" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3790", ptr %".3791", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3819" = trunc i64 %"cursor.48" to i32
  %".3820" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3819", [40 x i8]* %"header_copy", i32 8)
  %".3821" = icmp eq i64 %".3820", 0
  %".3822" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3823" = load i32, ptr %".3822", align 4
  %".3824" = zext i32 %".3823" to i64
  %"data.175" = inttoptr i64 %".3824" to ptr
  %".3825" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3826" = load i32, ptr %".3825", align 4
  %".3827" = zext i32 %".3826" to i64
  %"data_end.175" = inttoptr i64 %".3827" to ptr
  %".3828" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.175" = load ptr, ptr %".3828", align 8
  %".3829" = xor i1 %".3821", -1
  br i1 %".3829", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3831" = trunc i64 %"cursor.48" to i16
  %".3832" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3831", ptr %".3832", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3835" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3836" = load volatile i8, [40 x i8]* %".3835", align 1
  %".3837" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3838" = load volatile i16, [40 x i8]* %".3837", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3847" = getelementptr i8, ptr %"keys.176", i64 6
  store i8 1, ptr %".3847", align 1
  br i1 %".3845", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3850" = getelementptr i8, ptr %"keys.176", i64 7
  store i8 1, ptr %".3850", align 1
  %".3852" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.60" = load volatile i32, ptr %".3852", align 4
  %".3853" = and i32 %"flags.60", 1
  %".3854" = icmp ne i32 %".3853", 0
  %".3855" = xor i1 %".3854", -1
  br i1 %".3855", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3862" = trunc i64 %".3842" to i16
  %".3863" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3862", ptr %".3863", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3857" = trunc i64 %".3842" to i16
  %".3858" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3857", ptr %".3858", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3885" = trunc i64 %".3842" to i16
  %".3886" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3885", ptr %".3886", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_udp:
  br label %"udp_d1"
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
  %".3896" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3896", align 1
  %".3898" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.61" = load volatile i32, ptr %".3898", align 4
  %".3899" = and i32 %"flags.61", 4
  %".3900" = icmp ne i32 %".3899", 0
  br i1 %".3900", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3906" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3906", align 4
  %".3908" = trunc i64 %".3842" to i16
  %".3909" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3908", ptr %".3909", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3912" = trunc i64 2048 to i16
  %".3913" = call i16 @"llvm.bswap.i16"(i16 %".3912")
  %".3914" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3913", ptr %".3914", align 2
  %".3916" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3916", align 1
  %".3918" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.62" = load volatile i32, ptr %".3918", align 4
  %".3919" = and i32 %"flags.62", 4
  %".3920" = icmp ne i32 %".3919", 0
  br i1 %".3920", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3926" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3926", align 4
  %".3928" = trunc i64 %".3842" to i16
  %".3929" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3928", ptr %".3929", align 2
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
  %".3938" = trunc i64 34887 to i16
  %".3939" = call i16 @"llvm.bswap.i16"(i16 %".3938")
  %".3940" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3939", ptr %".3940", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.select:
  %".3871" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3867")
  %".3872" = icmp eq i64 %".3871", 17
  br i1 %".3872", label %"ipv6_frag_d1_ipv6_ext1.to_udp", label %"ipv6_frag_d1_ipv6_ext1.select.1"
ipv6_frag_d1_ipv6_ext1.select.1:
  %".3874" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3867")
  %".3875" = icmp eq i64 %".3874", 58
  br i1 %".3875", label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext1.select.2"
ipv6_frag_d1_ipv6_ext1.select.2:
  %".3877" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3867")
  %".3878" = icmp eq i64 %".3877", 0
  br i1 %".3878", label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext1.select.3"
ipv6_frag_d1_ipv6_ext1.select.3:
  %".3880" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3867")
  %".3881" = icmp eq i64 %".3880", 60
  br i1 %".3881", label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext1.select.4"
ipv6_frag_d1_ipv6_ext1.select.4:
  %".3883" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3867")
  switch i64 %".3883", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls"]
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3902" = trunc i64 %".3842" to i16
  %".3903" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3902", ptr %".3903", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3922" = trunc i64 %".3842" to i16
  %".3923" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3922", ptr %".3923", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3951" = trunc i64 %"cursor.49" to i32
  %".3952" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3951", [40 x i8]* %"header_copy", i32 2)
  %".3953" = icmp eq i64 %".3952", 0
  %".3954" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3955" = load i32, ptr %".3954", align 4
  %".3956" = zext i32 %".3955" to i64
  %"data.177" = inttoptr i64 %".3956" to ptr
  %".3957" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3958" = load i32, ptr %".3957", align 4
  %".3959" = zext i32 %".3958" to i64
  %"data_end.177" = inttoptr i64 %".3959" to ptr
  %".3960" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.177" = load ptr, ptr %".3960", align 8
  %".3961" = xor i1 %".3953", -1
  br i1 %".3961", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3963" = trunc i64 %"cursor.49" to i16
  %".3964" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".3963", ptr %".3964", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3967" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3968" = load volatile i8, [40 x i8]* %".3967", align 1
  %".3969" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3970" = load volatile i8, [40 x i8]* %".3969", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3998" = trunc i64 %".3979" to i16
  %".3999" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3998", ptr %".3999", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_udp:
  br label %"udp_d0"
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
  %".4009" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".4009", align 1
  %".4011" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.63" = load volatile i32, ptr %".4011", align 4
  %".4012" = and i32 %"flags.63", 4
  %".4013" = icmp ne i32 %".4012", 0
  br i1 %".4013", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".4019" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".4019", align 4
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".4022" = trunc i64 2048 to i16
  %".4023" = call i16 @"llvm.bswap.i16"(i16 %".4022")
  %".4024" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".4023", ptr %".4024", align 2
  %".4026" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".4026", align 1
  %".4028" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.64" = load volatile i32, ptr %".4028", align 4
  %".4029" = and i32 %"flags.64", 4
  %".4030" = icmp ne i32 %".4029", 0
  br i1 %".4030", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".4036" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".4036", align 4
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
  %".4045" = trunc i64 34887 to i16
  %".4046" = call i16 @"llvm.bswap.i16"(i16 %".4045")
  %".4047" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".4046", ptr %".4047", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.select:
  %".3984" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3980")
  %".3985" = icmp eq i64 %".3984", 17
  br i1 %".3985", label %"ipv6_opts_d0_ipv6_ext2.to_udp", label %"ipv6_opts_d0_ipv6_ext2.select.1"
ipv6_opts_d0_ipv6_ext2.select.1:
  %".3987" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3980")
  %".3988" = icmp eq i64 %".3987", 58
  br i1 %".3988", label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext2.select.2"
ipv6_opts_d0_ipv6_ext2.select.2:
  %".3990" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3980")
  %".3991" = icmp eq i64 %".3990", 0
  br i1 %".3991", label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext2.select.3"
ipv6_opts_d0_ipv6_ext2.select.3:
  %".3993" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3980")
  %".3994" = icmp eq i64 %".3993", 60
  br i1 %".3994", label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext2.select.4"
ipv6_opts_d0_ipv6_ext2.select.4:
  %".3996" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3980")
  switch i64 %".3996", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls"]
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6692", %"widening.test.8"]
  %"data.179" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.274", %"widening.test.8"]
  %"data_end.179" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.274", %"widening.test.8"]
  %"keys.179" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.60" = getelementptr i8, ptr %"data.179", i64 %"cursor.68"
  %".5534" = getelementptr i8, ptr %"hdr.60", i64 2
  %".5535" = icmp ugt ptr %".5534", %"data_end.179"
  br i1 %".5535", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5537" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5538" = load i8, ptr %".5537", align 1
  %".5539" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5540" = load i8, ptr %".5539", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5538", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5559", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5540", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5561", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.232" = phi  ptr [%"data.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.232" = phi  ptr [%"data_end.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.232" = phi  ptr [%"keys.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5563" = getelementptr i8, ptr %"keys.232", i64 9
  store i8 %"w0_1.23", ptr %".5563", align 1
  %".5565" = add i64 %"cursor.68", 2
  %".5566" = zext i8 %"w1_1.14" to i64
  %".5567" = mul i64 %".5566", 8
  %".5568" = add i64 %".5567", 6
  %".5569" = add i64 %".5568", 2
  %".5570" = add i64 %"cursor.68", %".5569"
  %".5571" = zext i8 %"w0_1.23" to i64
  %".5572" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5571")
  %".5573" = icmp eq i64 %".5572", 6
  br i1 %".5573", label %"ipv6_opts_d0_ipv6_ext3.to_tcp", label %"ipv6_opts_d0_ipv6_ext3.select"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%".3979", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".4081", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6681", %"widening.test.7"]
  %"data.180" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.273", %"widening.test.7"]
  %"data_end.180" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.273", %"widening.test.7"]
  %"keys.180" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.61" = getelementptr i8, ptr %"data.180", i64 %"cursor.69"
  %".5653" = getelementptr i8, ptr %"hdr.61", i64 8
  %".5654" = icmp ugt ptr %".5653", %"data_end.180"
  br i1 %".5654", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5656" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5657" = load i8, ptr %".5656", align 1
  %".5658" = getelementptr i8, ptr %"hdr.61", i64 2
  %".5659" = load i16, ptr %".5658", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5657", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5678", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".5659", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5680", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.234" = phi  ptr [%"data.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.234" = phi  ptr [%"data_end.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.234" = phi  ptr [%"keys.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5682" = getelementptr i8, ptr %"keys.234", i64 9
  store i8 %"w0_1.24", ptr %".5682", align 1
  %".5684" = add i64 %"cursor.69", 8
  %".5685" = icmp ne i64 1, 0
  %".5686" = and i16 %"w2_2.15", 63743
  %".5687" = icmp eq i16 %".5686", 0
  br i1 %".5685", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5709" = zext i8 %"w0_1.24" to i64
  %".5710" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5709")
  %".5711" = icmp eq i64 %".5710", 6
  br i1 %".5711", label %"ipv6_frag_d0_ipv6_ext3.to_tcp", label %"ipv6_frag_d0_ipv6_ext3.select"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".4015" = trunc i64 %".3979" to i16
  %".4016" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4015", ptr %".4016", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".4032" = trunc i64 %".3979" to i16
  %".4033" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4032", ptr %".4033", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4058" = trunc i64 %"cursor.50" to i32
  %".4059" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".4058", [40 x i8]* %"header_copy", i32 8)
  %".4060" = icmp eq i64 %".4059", 0
  %".4061" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4062" = load i32, ptr %".4061", align 4
  %".4063" = zext i32 %".4062" to i64
  %"data.181" = inttoptr i64 %".4063" to ptr
  %".4064" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4065" = load i32, ptr %".4064", align 4
  %".4066" = zext i32 %".4065" to i64
  %"data_end.181" = inttoptr i64 %".4066" to ptr
  %".4067" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.181" = load ptr, ptr %".4067", align 8
  %".4068" = xor i1 %".4060", -1
  br i1 %".4068", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".4070" = trunc i64 %"cursor.50" to i16
  %".4071" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4070", ptr %".4071", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".4074" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4075" = load volatile i8, [40 x i8]* %".4074", align 1
  %".4076" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4077" = load volatile i16, [40 x i8]* %".4076", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".4086" = getelementptr i8, ptr %"keys.182", i64 6
  store i8 1, ptr %".4086", align 1
  br i1 %".4084", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".4089" = getelementptr i8, ptr %"keys.182", i64 7
  store i8 1, ptr %".4089", align 1
  %".4091" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.65" = load volatile i32, ptr %".4091", align 4
  %".4092" = and i32 %"flags.65", 1
  %".4093" = icmp ne i32 %".4092", 0
  %".4094" = xor i1 %".4093", -1
  br i1 %".4094", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".4101" = trunc i64 %".4081" to i16
  %".4102" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4101", ptr %".4102", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".4096" = trunc i64 %".4081" to i16
  %".4097" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4096", ptr %".4097", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".4124" = trunc i64 %".4081" to i16
  %".4125" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4124", ptr %".4125", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_udp:
  br label %"udp_d0"
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
  %".4135" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".4135", align 1
  %".4137" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.66" = load volatile i32, ptr %".4137", align 4
  %".4138" = and i32 %"flags.66", 4
  %".4139" = icmp ne i32 %".4138", 0
  br i1 %".4139", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".4145" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".4145", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".4148" = trunc i64 2048 to i16
  %".4149" = call i16 @"llvm.bswap.i16"(i16 %".4148")
  %".4150" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".4149", ptr %".4150", align 2
  %".4152" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".4152", align 1
  %".4154" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.67" = load volatile i32, ptr %".4154", align 4
  %".4155" = and i32 %"flags.67", 4
  %".4156" = icmp ne i32 %".4155", 0
  br i1 %".4156", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".4162" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".4162", align 4
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
  %".4171" = trunc i64 34887 to i16
  %".4172" = call i16 @"llvm.bswap.i16"(i16 %".4171")
  %".4173" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".4172", ptr %".4173", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.select:
  %".4110" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4106")
  %".4111" = icmp eq i64 %".4110", 17
  br i1 %".4111", label %"ipv6_frag_d0_ipv6_ext2.to_udp", label %"ipv6_frag_d0_ipv6_ext2.select.1"
ipv6_frag_d0_ipv6_ext2.select.1:
  %".4113" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4106")
  %".4114" = icmp eq i64 %".4113", 58
  br i1 %".4114", label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext2.select.2"
ipv6_frag_d0_ipv6_ext2.select.2:
  %".4116" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4106")
  %".4117" = icmp eq i64 %".4116", 0
  br i1 %".4117", label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext2.select.3"
ipv6_frag_d0_ipv6_ext2.select.3:
  %".4119" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4106")
  %".4120" = icmp eq i64 %".4119", 60
  br i1 %".4120", label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext2.select.4"
ipv6_frag_d0_ipv6_ext2.select.4:
  %".4122" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4106")
  switch i64 %".4122", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls"]
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".4141" = trunc i64 %".4081" to i16
  %".4142" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4141", ptr %".4142", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".4158" = trunc i64 %".4081" to i16
  %".4159" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4158", ptr %".4159", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4183" = trunc i64 %"cursor.51" to i32
  %".4184" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".4183", [40 x i8]* %"header_copy", i32 4)
  %".4185" = icmp eq i64 %".4184", 0
  %".4186" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4187" = load i32, ptr %".4186", align 4
  %".4188" = zext i32 %".4187" to i64
  %"data.183" = inttoptr i64 %".4188" to ptr
  %".4189" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4190" = load i32, ptr %".4189", align 4
  %".4191" = zext i32 %".4190" to i64
  %"data_end.183" = inttoptr i64 %".4191" to ptr
  %".4192" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.183" = load ptr, ptr %".4192", align 8
  %".4193" = xor i1 %".4185", -1
  br i1 %".4193", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".4195" = trunc i64 %".4176" to i16
  %".4196" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4195", ptr %".4196", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".4199" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4200" = load volatile i8, [40 x i8]* %".4199", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".4209" = trunc i64 %".4202" to i16
  %".4210" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4209", ptr %".4210", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_ip_version:
  %".4214" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".4214", align 1
  %".4216" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.68" = load volatile i32, ptr %".4216", align 4
  %".4217" = and i32 %"flags.68", 4
  %".4218" = icmp ne i32 %".4217", 0
  br i1 %".4218", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif", !prof !0
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".4224" = getelementptr i8, ptr %"keys.184", i64 12
  store i32 0, ptr %".4224", align 4
  br label %"ip_version_d1"
mpls_d0_mpls_labels3.select:
  br label %"mpls_d0_mpls_labels3.to_ip_version"
mpls_d0_mpls_labels3.stop_at_encap:
  %".4220" = trunc i64 %".4202" to i16
  %".4221" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4220", ptr %".4221", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4233" = trunc i64 %"cursor.52" to i32
  %".4234" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".4233", [40 x i8]* %"header_copy", i32 4)
  %".4235" = icmp eq i64 %".4234", 0
  %".4236" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4237" = load i32, ptr %".4236", align 4
  %".4238" = zext i32 %".4237" to i64
  %"data.186" = inttoptr i64 %".4238" to ptr
  %".4239" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4240" = load i32, ptr %".4239", align 4
  %".4241" = zext i32 %".4240" to i64
  %"data_end.186" = inttoptr i64 %".4241" to ptr
  %".4242" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.186" = load ptr, ptr %".4242", align 8
  %".4243" = xor i1 %".4235", -1
  br i1 %".4243", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".4245" = trunc i64 %"cursor.52" to i16
  %".4246" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4245", ptr %".4246", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".4249" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4250" = load volatile i16, [40 x i8]* %".4249", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".4277" = trunc i64 %".4254" to i16
  %".4278" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4277", ptr %".4278", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".4283" = trunc i64 %".4254" to i16
  %".4284" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4283", ptr %".4284", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4287" = trunc i64 %".4254" to i16
  %".4288" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4287", ptr %".4288", align 2
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
  %".4300" = trunc i64 %".4254" to i16
  %".4301" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4300", ptr %".4301", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".4304" = trunc i64 %".4254" to i16
  %".4305" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4304", ptr %".4305", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
vlan_d1_vlan_tags2.select:
  %".4263" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.10")
  %".4264" = icmp eq i16 %".4263", 56710
  br i1 %".4264", label %"vlan_d1_vlan_tags2.to_ipv6", label %"vlan_d1_vlan_tags2.select.1"
vlan_d1_vlan_tags2.select.1:
  %".4266" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.10")
  %".4267" = icmp eq i16 %".4266", 129
  br i1 %".4267", label %"vlan_d1_vlan_tags2.to_vlan", label %"vlan_d1_vlan_tags2.select.2"
vlan_d1_vlan_tags2.select.2:
  %".4269" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.10")
  %".4270" = icmp eq i16 %".4269", 43144
  br i1 %".4270", label %"vlan_d1_vlan_tags2.to_vlan.1", label %"vlan_d1_vlan_tags2.select.3"
vlan_d1_vlan_tags2.select.3:
  %".4272" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.10")
  %".4273" = icmp eq i16 %".4272", 18312
  br i1 %".4273", label %"vlan_d1_vlan_tags2.to_mpls", label %"vlan_d1_vlan_tags2.select.4"
vlan_d1_vlan_tags2.select.4:
  %".4275" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.10")
  switch i16 %".4275", label %"vlan_d1_vlan_tags2.unknown" [i16 18568, label %"vlan_d1_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags2.to_arp" i16 13696, label %"vlan_d1_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags2.to_ptp" i16 649, label %"vlan_d1_vlan_tags2.to_cfm" i16 51848, label %"vlan_d1_vlan_tags2.to_tipc" i16 1673, label %"vlan_d1_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags2.to_hsr" i16 64392, label %"vlan_d1_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags2.to_batadv"]
hsr_d1_vlan_tags2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4315" = trunc i64 %"cursor.53" to i32
  %".4316" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4315", [40 x i8]* %"header_copy", i32 6)
  %".4317" = icmp eq i64 %".4316", 0
  %".4318" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4319" = load i32, ptr %".4318", align 4
  %".4320" = zext i32 %".4319" to i64
  %"data.188" = inttoptr i64 %".4320" to ptr
  %".4321" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4322" = load i32, ptr %".4321", align 4
  %".4323" = zext i32 %".4322" to i64
  %"data_end.188" = inttoptr i64 %".4323" to ptr
  %".4324" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.188" = load ptr, ptr %".4324", align 8
  %".4325" = xor i1 %".4317", -1
  br i1 %".4325", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".4327" = trunc i64 %"cursor.53" to i16
  %".4328" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4327", ptr %".4328", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".4331" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4332" = load volatile i16, [40 x i8]* %".4331", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".4359" = trunc i64 %".4336" to i16
  %".4360" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4359", ptr %".4360", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".4365" = trunc i64 %".4336" to i16
  %".4366" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4365", ptr %".4366", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".4369" = trunc i64 %".4336" to i16
  %".4370" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4369", ptr %".4370", align 2
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
  %".4382" = trunc i64 %".4336" to i16
  %".4383" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4382", ptr %".4383", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".4386" = trunc i64 %".4336" to i16
  %".4387" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4386", ptr %".4387", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.select:
  %".4345" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.3")
  %".4346" = icmp eq i16 %".4345", 56710
  br i1 %".4346", label %"hsr_d1_vlan_tags2.to_ipv6", label %"hsr_d1_vlan_tags2.select.1"
hsr_d1_vlan_tags2.select.1:
  %".4348" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.3")
  %".4349" = icmp eq i16 %".4348", 129
  br i1 %".4349", label %"hsr_d1_vlan_tags2.to_vlan", label %"hsr_d1_vlan_tags2.select.2"
hsr_d1_vlan_tags2.select.2:
  %".4351" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.3")
  %".4352" = icmp eq i16 %".4351", 43144
  br i1 %".4352", label %"hsr_d1_vlan_tags2.to_vlan.1", label %"hsr_d1_vlan_tags2.select.3"
hsr_d1_vlan_tags2.select.3:
  %".4354" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.3")
  %".4355" = icmp eq i16 %".4354", 18312
  br i1 %".4355", label %"hsr_d1_vlan_tags2.to_mpls", label %"hsr_d1_vlan_tags2.select.4"
hsr_d1_vlan_tags2.select.4:
  %".4357" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.3")
  switch i16 %".4357", label %"hsr_d1_vlan_tags2.unknown" [i16 18568, label %"hsr_d1_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags2.to_arp" i16 13696, label %"hsr_d1_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags2.to_ptp" i16 649, label %"hsr_d1_vlan_tags2.to_cfm" i16 51848, label %"hsr_d1_vlan_tags2.to_tipc" i16 1673, label %"hsr_d1_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags2.to_hsr" i16 64392, label %"hsr_d1_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags2.to_batadv"]
mpls_d1_mpls_labels2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4398" = trunc i64 %"cursor.54" to i32
  %".4399" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4398", [40 x i8]* %"header_copy", i32 4)
  %".4400" = icmp eq i64 %".4399", 0
  %".4401" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4402" = load i32, ptr %".4401", align 4
  %".4403" = zext i32 %".4402" to i64
  %"data.190" = inttoptr i64 %".4403" to ptr
  %".4404" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4405" = load i32, ptr %".4404", align 4
  %".4406" = zext i32 %".4405" to i64
  %"data_end.190" = inttoptr i64 %".4406" to ptr
  %".4407" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.190" = load ptr, ptr %".4407", align 8
  %".4408" = xor i1 %".4400", -1
  br i1 %".4408", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4410" = trunc i64 %".4391" to i16
  %".4411" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".4410", ptr %".4411", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4414" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4415" = load volatile i8, [40 x i8]* %".4414", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4424" = trunc i64 %".4417" to i16
  %".4425" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4424", ptr %".4425", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_ip_version:
  %".4429" = getelementptr i8, ptr %"keys.191", i64 8
  store i8 1, ptr %".4429", align 1
  %".4431" = getelementptr i8, ptr %"keys.191", i64 48
  %"flags.69" = load volatile i32, ptr %".4431", align 4
  %".4432" = and i32 %"flags.69", 4
  %".4433" = icmp ne i32 %".4432", 0
  br i1 %".4433", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif", !prof !0
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4439" = getelementptr i8, ptr %"keys.191", i64 12
  store i32 0, ptr %".4439", align 4
  %".4441" = trunc i64 %".4417" to i16
  %".4442" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4441", ptr %".4442", align 2
  br label %"return"
mpls_d1_mpls_labels2.select:
  br label %"mpls_d1_mpls_labels2.to_ip_version"
mpls_d1_mpls_labels2.stop_at_encap:
  %".4435" = trunc i64 %".4417" to i16
  %".4436" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4435", ptr %".4436", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4451" = trunc i64 %"cursor.55" to i32
  %".4452" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4451", [40 x i8]* %"header_copy", i32 14)
  %".4453" = icmp eq i64 %".4452", 0
  %".4454" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4455" = load i32, ptr %".4454", align 4
  %".4456" = zext i32 %".4455" to i64
  %"data.193" = inttoptr i64 %".4456" to ptr
  %".4457" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4458" = load i32, ptr %".4457", align 4
  %".4459" = zext i32 %".4458" to i64
  %"data_end.193" = inttoptr i64 %".4459" to ptr
  %".4460" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.193" = load ptr, ptr %".4460", align 8
  %".4461" = xor i1 %".4453", -1
  br i1 %".4461", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4463" = trunc i64 %"cursor.55" to i16
  %".4464" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4463", ptr %".4464", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4467" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4468" = load volatile i16, [40 x i8]* %".4467", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4492" = trunc i64 %".4472" to i16
  %".4493" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4492", ptr %".4493", align 2
  br label %"return"
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
ethernet_d1.select:
  %".4478" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w12_2")
  %".4479" = icmp eq i16 %".4478", 56710
  br i1 %".4479", label %"ethernet_d1.to_ipv6", label %"ethernet_d1.select.1"
ethernet_d1.select.1:
  %".4481" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w12_2")
  %".4482" = icmp eq i16 %".4481", 129
  br i1 %".4482", label %"ethernet_d1.to_vlan", label %"ethernet_d1.select.2"
ethernet_d1.select.2:
  %".4484" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w12_2")
  %".4485" = icmp eq i16 %".4484", 43144
  br i1 %".4485", label %"ethernet_d1.to_vlan.1", label %"ethernet_d1.select.3"
ethernet_d1.select.3:
  %".4487" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w12_2")
  %".4488" = icmp eq i16 %".4487", 18312
  br i1 %".4488", label %"ethernet_d1.to_mpls", label %"ethernet_d1.select.4"
ethernet_d1.select.4:
  %".4490" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w12_2")
  switch i16 %".4490", label %"ethernet_d1.unknown" [i16 18568, label %"ethernet_d1.to_mpls.1" i16 25736, label %"ethernet_d1.to_pppoe" i16 1544, label %"ethernet_d1.to_arp" i16 13696, label %"ethernet_d1.to_arp.1" i16 63368, label %"ethernet_d1.to_ptp" i16 649, label %"ethernet_d1.to_cfm" i16 51848, label %"ethernet_d1.to_tipc" i16 1673, label %"ethernet_d1.to_fcoe" i16 12169, label %"ethernet_d1.to_hsr" i16 64392, label %"ethernet_d1.to_hsr.1" i16 1347, label %"ethernet_d1.to_batadv"]
gtpu_opt_d1.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4516" = trunc i64 %"cursor.56" to i32
  %".4517" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4516", [40 x i8]* %"header_copy", i32 4)
  %".4518" = icmp eq i64 %".4517", 0
  %".4519" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4520" = load i32, ptr %".4519", align 4
  %".4521" = zext i32 %".4520" to i64
  %"data.195" = inttoptr i64 %".4521" to ptr
  %".4522" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4523" = load i32, ptr %".4522", align 4
  %".4524" = zext i32 %".4523" to i64
  %"data_end.195" = inttoptr i64 %".4524" to ptr
  %".4525" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.195" = load ptr, ptr %".4525", align 8
  %".4526" = xor i1 %".4518", -1
  br i1 %".4526", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4528" = trunc i64 %"cursor.56" to i16
  %".4529" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4528", ptr %".4529", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4535" = trunc i64 %".4533" to i16
  %".4536" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4535", ptr %".4536", align 2
  br label %"return"
gtpu_seq_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4544" = trunc i64 %"cursor.57" to i32
  %".4545" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4544", [40 x i8]* %"header_copy", i32 3)
  %".4546" = icmp eq i64 %".4545", 0
  %".4547" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4548" = load i32, ptr %".4547", align 4
  %".4549" = zext i32 %".4548" to i64
  %"data.197" = inttoptr i64 %".4549" to ptr
  %".4550" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4551" = load i32, ptr %".4550", align 4
  %".4552" = zext i32 %".4551" to i64
  %"data_end.197" = inttoptr i64 %".4552" to ptr
  %".4553" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.197" = load ptr, ptr %".4553", align 8
  %".4554" = xor i1 %".4546", -1
  br i1 %".4554", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4556" = trunc i64 %"cursor.57" to i16
  %".4557" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4556", ptr %".4557", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4563" = trunc i64 %".4561" to i16
  %".4564" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4563", ptr %".4564", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4572" = trunc i64 %"cursor.58" to i32
  %".4573" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4572", [40 x i8]* %"header_copy", i32 8)
  %".4574" = icmp eq i64 %".4573", 0
  %".4575" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4576" = load i32, ptr %".4575", align 4
  %".4577" = zext i32 %".4576" to i64
  %"data.200" = inttoptr i64 %".4577" to ptr
  %".4578" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4579" = load i32, ptr %".4578", align 4
  %".4580" = zext i32 %".4579" to i64
  %"data_end.200" = inttoptr i64 %".4580" to ptr
  %".4581" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.200" = load ptr, ptr %".4581", align 8
  %".4582" = xor i1 %".4574", -1
  br i1 %".4582", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4584" = trunc i64 %"cursor.58" to i16
  %".4585" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4584", ptr %".4585", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4596" = trunc i64 %".4589" to i16
  %".4597" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4596", ptr %".4597", align 2
  br label %"return"
vxlan_d1.unknown:
  %".4603" = trunc i64 %".4589" to i16
  %".4604" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4603", ptr %".4604", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4619" = trunc i64 %"cursor.59" to i32
  %".4620" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4619", [40 x i8]* %"header_copy", i32 8)
  %".4621" = icmp eq i64 %".4620", 0
  %".4622" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4623" = load i32, ptr %".4622", align 4
  %".4624" = zext i32 %".4623" to i64
  %"data.202" = inttoptr i64 %".4624" to ptr
  %".4625" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4626" = load i32, ptr %".4625", align 4
  %".4627" = zext i32 %".4626" to i64
  %"data_end.202" = inttoptr i64 %".4627" to ptr
  %".4628" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.202" = load ptr, ptr %".4628", align 8
  %".4629" = xor i1 %".4621", -1
  br i1 %".4629", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4631" = trunc i64 %"cursor.59" to i16
  %".4632" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4631", ptr %".4632", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4635" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4636" = load volatile i8, [40 x i8]* %".4635", align 1
  %".4637" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4638" = load volatile i16, [40 x i8]* %".4637", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4645" = trunc i64 %"cursor.59" to i16
  %".4646" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4645", ptr %".4646", align 2
  br label %"return"
geneve_d1.variable:
  %".4655" = zext i8 %"w0_1.18" to i64
  %".4656" = and i64 %".4655", 63
  %".4657" = mul i64 %".4656", 4
  %".4658" = add i64 %".4657", 8
  %".4659" = getelementptr i8, ptr %"data.203", i64 %"cursor.59"
  %".4660" = getelementptr i8, ptr %".4659", i64 %".4658"
  %".4661" = icmp ugt ptr %".4660", %"data_end.203"
  br i1 %".4661", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.205" = phi  ptr [%"data.203", %"geneve_d1.variable"], [%"data.204", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.205" = phi  ptr [%"data_end.203", %"geneve_d1.variable"], [%"data_end.204", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.205" = phi  ptr [%"keys.203", %"geneve_d1.variable"], [%"keys.204", %"geneve_d1.copy_last_byte_failed.endif"]
  %".4682" = add i64 %"cursor.59", %".4658"
  br label %"geneve_d1.variable.endif"
geneve_d1.copy_last_byte:
  %".4663" = add i64 %"cursor.59", %".4658"
  %".4664" = sub i64 %".4663", 1
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4665" = trunc i64 %".4664" to i32
  %".4666" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4665", i64* %"last_byte", i32 1)
  %".4667" = icmp eq i64 %".4666", 0
  %".4668" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4669" = load i32, ptr %".4668", align 4
  %".4670" = zext i32 %".4669" to i64
  %"data.204" = inttoptr i64 %".4670" to ptr
  %".4671" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4672" = load i32, ptr %".4671", align 4
  %".4673" = zext i32 %".4672" to i64
  %"data_end.204" = inttoptr i64 %".4673" to ptr
  %".4674" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.204" = load ptr, ptr %".4674", align 8
  %".4675" = xor i1 %".4667", -1
  br i1 %".4675", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4677" = trunc i64 %"cursor.59" to i16
  %".4678" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4677", ptr %".4678", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4690" = trunc i64 %"end.7" to i16
  %".4691" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4690", ptr %".4691", align 2
  br label %"return"
geneve_d1.unknown:
  %".4708" = trunc i64 %"end.7" to i16
  %".4709" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4708", ptr %".4709", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4716" = trunc i64 %"end.7" to i16
  %".4717" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4716", ptr %".4717", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4720" = trunc i64 %"end.7" to i16
  %".4721" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4720", ptr %".4721", align 2
  br label %"return"
geneve_d1.select:
  %".4701" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.11")
  %".4702" = icmp eq i16 %".4701", 8
  br i1 %".4702", label %"geneve_d1.to_ipv4", label %"geneve_d1.select.1"
geneve_d1.select.1:
  %".4704" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.11")
  %".4705" = icmp eq i16 %".4704", 56710
  br i1 %".4705", label %"geneve_d1.to_ipv6", label %"geneve_d1.select.2"
geneve_d1.select.2:
  br label %"geneve_d1.unknown"
gue_d1.copy:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4732" = trunc i64 %"cursor.60" to i32
  %".4733" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4732", [40 x i8]* %"header_copy", i32 4)
  %".4734" = icmp eq i64 %".4733", 0
  %".4735" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4736" = load i32, ptr %".4735", align 4
  %".4737" = zext i32 %".4736" to i64
  %"data.207" = inttoptr i64 %".4737" to ptr
  %".4738" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4739" = load i32, ptr %".4738", align 4
  %".4740" = zext i32 %".4739" to i64
  %"data_end.207" = inttoptr i64 %".4740" to ptr
  %".4741" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.207" = load ptr, ptr %".4741", align 8
  %".4742" = xor i1 %".4734", -1
  br i1 %".4742", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4744" = trunc i64 %"cursor.60" to i16
  %".4745" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4744", ptr %".4745", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4748" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4749" = load volatile i8, [40 x i8]* %".4748", align 1
  %".4750" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4751" = load volatile i8, [40 x i8]* %".4750", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4763" = trunc i64 %"cursor.60" to i16
  %".4764" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4763", ptr %".4764", align 2
  br label %"return"
gue_d1.variable:
  %".4773" = zext i8 %"w0_1.19" to i64
  %".4774" = and i64 %".4773", 31
  %".4775" = mul i64 %".4774", 4
  %".4776" = add i64 %".4775", 4
  %".4777" = getelementptr i8, ptr %"data.208", i64 %"cursor.60"
  %".4778" = getelementptr i8, ptr %".4777", i64 %".4776"
  %".4779" = icmp ugt ptr %".4778", %"data_end.208"
  br i1 %".4779", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.210" = phi  ptr [%"data.208", %"gue_d1.variable"], [%"data.209", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.208", %"gue_d1.variable"], [%"data_end.209", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.208", %"gue_d1.variable"], [%"keys.209", %"gue_d1.copy_last_byte_failed.endif"]
  %".4800" = add i64 %"cursor.60", %".4776"
  br label %"gue_d1.variable.endif"
gue_d1.copy_last_byte:
  %".4781" = add i64 %"cursor.60", %".4776"
  %".4782" = sub i64 %".4781", 1
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4783" = trunc i64 %".4782" to i32
  %".4784" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4783", i64* %"last_byte", i32 1)
  %".4785" = icmp eq i64 %".4784", 0
  %".4786" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4787" = load i32, ptr %".4786", align 4
  %".4788" = zext i32 %".4787" to i64
  %"data.209" = inttoptr i64 %".4788" to ptr
  %".4789" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4790" = load i32, ptr %".4789", align 4
  %".4791" = zext i32 %".4790" to i64
  %"data_end.209" = inttoptr i64 %".4791" to ptr
  %".4792" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.209" = load ptr, ptr %".4792", align 8
  %".4793" = xor i1 %".4785", -1
  br i1 %".4793", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4795" = trunc i64 %"cursor.60" to i16
  %".4796" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4795", ptr %".4796", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4808" = trunc i64 %"end.8" to i16
  %".4809" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4808", ptr %".4809", align 2
  br label %"return"
gue_d1.unknown:
  %".4822" = trunc i64 %"end.8" to i16
  %".4823" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4822", ptr %".4823", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4830" = trunc i64 %"end.8" to i16
  %".4831" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4830", ptr %".4831", align 2
  br label %"return"
gue_d1.select:
  %".4818" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4814")
  %".4819" = icmp eq i64 %".4818", 41
  br i1 %".4819", label %"gue_d1.to_ipv6", label %"gue_d1.select.1"
gue_d1.select.1:
  br label %"gue_d1.unknown"
gtpu_d1.copy:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4842" = trunc i64 %"cursor.61" to i32
  %".4843" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4842", [40 x i8]* %"header_copy", i32 8)
  %".4844" = icmp eq i64 %".4843", 0
  %".4845" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4846" = load i32, ptr %".4845", align 4
  %".4847" = zext i32 %".4846" to i64
  %"data.212" = inttoptr i64 %".4847" to ptr
  %".4848" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4849" = load i32, ptr %".4848", align 4
  %".4850" = zext i32 %".4849" to i64
  %"data_end.212" = inttoptr i64 %".4850" to ptr
  %".4851" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.212" = load ptr, ptr %".4851", align 8
  %".4852" = xor i1 %".4844", -1
  br i1 %".4852", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4854" = trunc i64 %"cursor.61" to i16
  %".4855" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4854", ptr %".4855", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4858" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4859" = load volatile i8, [40 x i8]* %".4858", align 1
  %".4860" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4861" = load volatile i8, [40 x i8]* %".4860", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4876" = trunc i64 %"cursor.61" to i16
  %".4877" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4876", ptr %".4877", align 2
  br label %"return"
gtpu_d1.stop_at_encap:
  %".4887" = trunc i64 %".4880" to i16
  %".4888" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4887", ptr %".4888", align 2
  br label %"return"
gtpu_d1.unknown:
  %".4917" = trunc i64 %".4880" to i16
  %".4918" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4917", ptr %".4918", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4925" = trunc i64 %".4880" to i16
  %".4926" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4925", ptr %".4926", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4929" = trunc i64 %".4880" to i16
  %".4930" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4929", ptr %".4930", align 2
  br label %"return"
gtpu_d1.select:
  %".4909" = icmp uge i64 %".4904", 4
  %".4910" = icmp ule i64 %".4904", 7
  %".4911" = and i1 %".4909", %".4910"
  br i1 %".4911", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  %".4913" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4904")
  %".4914" = icmp eq i64 %".4913", 0
  br i1 %".4914", label %"gtpu_d1.to_ip_version", label %"gtpu_d1.select.2"
gtpu_d1.to_ip_version:
  %".4921" = trunc i64 %".4880" to i16
  %".4922" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4921", ptr %".4922", align 2
  br label %"return"
gtpu_d1.select.2:
  br label %"gtpu_d1.unknown"
shim_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4939" = trunc i64 %"cursor.62" to i32
  %".4940" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4939", [40 x i8]* %"header_copy", i32 8)
  %".4941" = icmp eq i64 %".4940", 0
  %".4942" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4943" = load i32, ptr %".4942", align 4
  %".4944" = zext i32 %".4943" to i64
  %"data.214" = inttoptr i64 %".4944" to ptr
  %".4945" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4946" = load i32, ptr %".4945", align 4
  %".4947" = zext i32 %".4946" to i64
  %"data_end.214" = inttoptr i64 %".4947" to ptr
  %".4948" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.214" = load ptr, ptr %".4948", align 8
  %".4949" = xor i1 %".4941", -1
  br i1 %".4949", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4951" = trunc i64 %"cursor.62" to i16
  %".4952" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4951", ptr %".4952", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4955" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4956" = load volatile i16, [40 x i8]* %".4955", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4965" = trunc i64 %".4958" to i16
  %".4966" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4965", ptr %".4966", align 2
  br label %"return"
shim_d1.unknown:
  %".4977" = trunc i64 %".4958" to i16
  %".4978" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4977", ptr %".4978", align 2
  br label %"return"
shim_d1.select:
  br label %"shim_d1.unknown"
gre_d1.variable:
  %".4991" = zext i8 %"w0_1.13" to i64
  %".4992" = lshr i64 %".4991", 7
  %".4993" = and i64 %".4992", 1
  %".4994" = zext i8 %"w0_1.13" to i64
  %".4995" = lshr i64 %".4994", 5
  %".4996" = and i64 %".4995", 1
  %".4997" = add i64 %".4993", %".4996"
  %".4998" = zext i8 %"w0_1.13" to i64
  %".4999" = lshr i64 %".4998", 4
  %".5000" = and i64 %".4999", 1
  %".5001" = add i64 %".4997", %".5000"
  %".5002" = mul i64 %".5001", 4
  %".5003" = add i64 %".5002", 4
  %".5004" = getelementptr i8, ptr %"data.163", i64 %"cursor.63"
  %".5005" = getelementptr i8, ptr %".5004", i64 %".5003"
  %".5006" = icmp ugt ptr %".5005", %"data_end.163"
  br i1 %".5006", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.217" = phi  ptr [%"data.163", %"gre_d1.variable"], [%"data.216", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.217" = phi  ptr [%"data_end.163", %"gre_d1.variable"], [%"data_end.216", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.217" = phi  ptr [%"keys.163", %"gre_d1.variable"], [%"keys.216", %"gre_d1.copy_last_byte_failed.endif"]
  %".5027" = add i64 %"cursor.63", %".5003"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".5008" = add i64 %"cursor.63", %".5003"
  %".5009" = sub i64 %".5008", 1
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5010" = trunc i64 %".5009" to i32
  %".5011" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".5010", i64* %"last_byte", i32 1)
  %".5012" = icmp eq i64 %".5011", 0
  %".5013" = getelementptr i8, ptr %"ctx.68", i64 76
  %".5014" = load i32, ptr %".5013", align 4
  %".5015" = zext i32 %".5014" to i64
  %"data.216" = inttoptr i64 %".5015" to ptr
  %".5016" = getelementptr i8, ptr %"ctx.68", i64 80
  %".5017" = load i32, ptr %".5016", align 4
  %".5018" = zext i32 %".5017" to i64
  %"data_end.216" = inttoptr i64 %".5018" to ptr
  %".5019" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.216" = load ptr, ptr %".5019", align 8
  %".5020" = xor i1 %".5012", -1
  br i1 %".5020", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".5022" = trunc i64 %"cursor.63" to i16
  %".5023" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".5022", ptr %".5023", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".5035" = trunc i64 %"end.9" to i16
  %".5036" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5035", ptr %".5036", align 2
  br label %"return"
gre_d1.unknown:
  %".5060" = trunc i64 %"end.9" to i16
  %".5061" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5060", ptr %".5061", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".5068" = trunc i64 %"end.9" to i16
  %".5069" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5068", ptr %".5069", align 2
  br label %"return"
gre_d1.to_vlan:
  %".5072" = trunc i64 %"end.9" to i16
  %".5073" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5072", ptr %".5073", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".5076" = trunc i64 %"end.9" to i16
  %".5077" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5076", ptr %".5077", align 2
  br label %"return"
gre_d1.to_mpls:
  %".5080" = trunc i64 %"end.9" to i16
  %".5081" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5080", ptr %".5081", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".5084" = trunc i64 %"end.9" to i16
  %".5085" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5084", ptr %".5085", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".5088" = trunc i64 %"end.9" to i16
  %".5089" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5088", ptr %".5089", align 2
  br label %"return"
gre_d1.to_arp:
  %".5092" = trunc i64 %"end.9" to i16
  %".5093" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5092", ptr %".5093", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".5096" = trunc i64 %"end.9" to i16
  %".5097" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5096", ptr %".5097", align 2
  br label %"return"
gre_d1.to_ptp:
  %".5100" = trunc i64 %"end.9" to i16
  %".5101" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5100", ptr %".5101", align 2
  br label %"return"
gre_d1.to_cfm:
  %".5104" = trunc i64 %"end.9" to i16
  %".5105" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5104", ptr %".5105", align 2
  br label %"return"
gre_d1.to_tipc:
  %".5108" = trunc i64 %"end.9" to i16
  %".5109" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5108", ptr %".5109", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".5112" = trunc i64 %"end.9" to i16
  %".5113" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5112", ptr %".5113", align 2
  br label %"return"
gre_d1.to_hsr:
  %".5116" = trunc i64 %"end.9" to i16
  %".5117" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5116", ptr %".5117", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".5120" = trunc i64 %"end.9" to i16
  %".5121" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5120", ptr %".5121", align 2
  br label %"return"
gre_d1.to_batadv:
  %".5124" = trunc i64 %"end.9" to i16
  %".5125" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5124", ptr %".5125", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".5128" = trunc i64 %"end.9" to i16
  %".5129" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5128", ptr %".5129", align 2
  br label %"return"
gre_d1.select:
  %".5046" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.7")
  %".5047" = icmp eq i16 %".5046", 56710
  br i1 %".5047", label %"gre_d1.to_ipv6", label %"gre_d1.select.1"
gre_d1.select.1:
  %".5049" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.7")
  %".5050" = icmp eq i16 %".5049", 129
  br i1 %".5050", label %"gre_d1.to_vlan", label %"gre_d1.select.2"
gre_d1.select.2:
  %".5052" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.7")
  %".5053" = icmp eq i16 %".5052", 43144
  br i1 %".5053", label %"gre_d1.to_vlan.1", label %"gre_d1.select.3"
gre_d1.select.3:
  %".5055" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.7")
  %".5056" = icmp eq i16 %".5055", 18312
  br i1 %".5056", label %"gre_d1.to_mpls", label %"gre_d1.select.4"
gre_d1.select.4:
  %".5058" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.7")
  switch i16 %".5058", label %"gre_d1.unknown" [i16 18568, label %"gre_d1.to_mpls.1" i16 25736, label %"gre_d1.to_pppoe" i16 1544, label %"gre_d1.to_arp" i16 13696, label %"gre_d1.to_arp.1" i16 63368, label %"gre_d1.to_ptp" i16 649, label %"gre_d1.to_cfm" i16 51848, label %"gre_d1.to_tipc" i16 1673, label %"gre_d1.to_fcoe" i16 12169, label %"gre_d1.to_hsr" i16 64392, label %"gre_d1.to_hsr.1" i16 1347, label %"gre_d1.to_batadv" i16 22629, label %"gre_d1.to_ethernet"]
pptp_d1.stop_before:
  %".5141" = trunc i64 %"cursor.64" to i16
  %".5142" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".5141", ptr %".5142", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".5167" = add i64 %"cursor.64", %".5162"
  %".5168" = sub i64 %".5167", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5169" = trunc i64 %".5168" to i32
  %".5170" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".5169", i64* %"last_byte", i32 1)
  %".5171" = icmp eq i64 %".5170", 0
  %".5172" = getelementptr i8, ptr %"ctx.69", i64 76
  %".5173" = load i32, ptr %".5172", align 4
  %".5174" = zext i32 %".5173" to i64
  %"data.219" = inttoptr i64 %".5174" to ptr
  %".5175" = getelementptr i8, ptr %"ctx.69", i64 80
  %".5176" = load i32, ptr %".5175", align 4
  %".5177" = zext i32 %".5176" to i64
  %"data_end.219" = inttoptr i64 %".5177" to ptr
  %".5178" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.219" = load ptr, ptr %".5178", align 8
  %".5179" = xor i1 %".5171", -1
  br i1 %".5179", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".5181" = trunc i64 %"cursor.64" to i16
  %".5182" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5181", ptr %".5182", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".5191" = trunc i64 %"end.10" to i16
  %".5192" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5191", ptr %".5192", align 2
  br label %"return"
ppp_d0.copy:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5202" = trunc i64 %"cursor.65" to i32
  %".5203" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".5202", [40 x i8]* %"header_copy", i32 4)
  %".5204" = icmp eq i64 %".5203", 0
  %".5205" = getelementptr i8, ptr %"ctx.70", i64 76
  %".5206" = load i32, ptr %".5205", align 4
  %".5207" = zext i32 %".5206" to i64
  %"data.222" = inttoptr i64 %".5207" to ptr
  %".5208" = getelementptr i8, ptr %"ctx.70", i64 80
  %".5209" = load i32, ptr %".5208", align 4
  %".5210" = zext i32 %".5209" to i64
  %"data_end.222" = inttoptr i64 %".5210" to ptr
  %".5211" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.222" = load ptr, ptr %".5211", align 8
  %".5212" = xor i1 %".5204", -1
  br i1 %".5212", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".5214" = trunc i64 %"cursor.65" to i16
  %".5215" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5214", ptr %".5215", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".5218" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5219" = load volatile i16, [40 x i8]* %".5218", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".5231" = and i64 %".5223", 0
  %".5232" = icmp eq i64 %".5231", 0
  br i1 %".5232", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select.2"
ppp_d0.to_ipv6:
  %".5255" = trunc i64 34525 to i16
  %".5256" = call i16 @"llvm.bswap.i16"(i16 %".5255")
  %".5257" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5256", ptr %".5257", align 2
  %".5259" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5259", align 1
  %".5261" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.77" = load volatile i32, ptr %".5261", align 4
  %".5262" = and i32 %"flags.77", 4
  %".5263" = icmp ne i32 %".5262", 0
  br i1 %".5263", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1", !prof !0
ppp_d0.stop_at_encap.endif.1:
  %".5269" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5269", align 4
  br label %"ipv6_d1"
ppp_d0.to_ppp_unknown:
  %".5272" = trunc i64 34827 to i16
  %".5273" = call i16 @"llvm.bswap.i16"(i16 %".5272")
  %".5274" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5273", ptr %".5274", align 2
  %".5276" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5276", align 1
  %".5278" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.78" = load volatile i32, ptr %".5278", align 4
  %".5279" = and i32 %"flags.78", 4
  %".5280" = icmp ne i32 %".5279", 0
  br i1 %".5280", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2", !prof !0
ppp_d0.stop_at_encap.endif.2:
  %".5286" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5286", align 4
  br label %"ppp_unknown"
ppp_d0.select:
  %".5227" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.13")
  %".5228" = icmp eq i16 %".5227", 22272
  br i1 %".5228", label %"ppp_d0.to_ipv6", label %"ppp_d0.select.1"
ppp_d0.select.1:
  br label %"ppp_d0.unknown"
ppp_d0.select.2:
  %".5234" = trunc i64 %".5221" to i16
  %".5235" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5234", ptr %".5235", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".5248" = trunc i64 %".5221" to i16
  %".5249" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5248", ptr %".5249", align 2
  br label %"return"
ppp_d0.stop_at_encap.1:
  %".5265" = trunc i64 %".5221" to i16
  %".5266" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5265", ptr %".5266", align 2
  br label %"return"
ppp_d0.stop_at_encap.2:
  %".5282" = trunc i64 %".5221" to i16
  %".5283" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5282", ptr %".5283", align 2
  br label %"return"
ppp_unknown:
  %"cursor.74" = phi  i64 [%".5221", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.224" = phi  ptr [%"data.223", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.224" = phi  ptr [%"data_end.223", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.224" = phi  ptr [%"keys.223", %"ppp_d0.stop_at_encap.endif.2"]
  %".6042" = add i64 %"cursor.74", 0
  %".6043" = trunc i64 %".6042" to i16
  %".6044" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".6043", ptr %".6044", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5297" = trunc i64 %"cursor.66" to i32
  %".5298" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".5297", [40 x i8]* %"header_copy", i32 2)
  %".5299" = icmp eq i64 %".5298", 0
  %".5300" = getelementptr i8, ptr %"ctx.71", i64 76
  %".5301" = load i32, ptr %".5300", align 4
  %".5302" = zext i32 %".5301" to i64
  %"data.225" = inttoptr i64 %".5302" to ptr
  %".5303" = getelementptr i8, ptr %"ctx.71", i64 80
  %".5304" = load i32, ptr %".5303", align 4
  %".5305" = zext i32 %".5304" to i64
  %"data_end.225" = inttoptr i64 %".5305" to ptr
  %".5306" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.225" = load ptr, ptr %".5306", align 8
  %".5307" = xor i1 %".5299", -1
  br i1 %".5307", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".5309" = trunc i64 %"cursor.66" to i16
  %".5310" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5309", ptr %".5310", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".5313" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5314" = load volatile i8, [40 x i8]* %".5313", align 1
  %".5315" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5316" = load volatile i8, [40 x i8]* %".5315", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".5344" = trunc i64 %".5325" to i16
  %".5345" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5344", ptr %".5345", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_udp:
  br label %"udp_d1"
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
  %".5355" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".5355", align 1
  %".5357" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.79" = load volatile i32, ptr %".5357", align 4
  %".5358" = and i32 %"flags.79", 4
  %".5359" = icmp ne i32 %".5358", 0
  br i1 %".5359", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".5365" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".5365", align 4
  %".5367" = trunc i64 %".5325" to i16
  %".5368" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5367", ptr %".5368", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".5371" = trunc i64 2048 to i16
  %".5372" = call i16 @"llvm.bswap.i16"(i16 %".5371")
  %".5373" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".5372", ptr %".5373", align 2
  %".5375" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".5375", align 1
  %".5377" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.80" = load volatile i32, ptr %".5377", align 4
  %".5378" = and i32 %"flags.80", 4
  %".5379" = icmp ne i32 %".5378", 0
  br i1 %".5379", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5385" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".5385", align 4
  %".5387" = trunc i64 %".5325" to i16
  %".5388" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5387", ptr %".5388", align 2
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
  %".5397" = trunc i64 34887 to i16
  %".5398" = call i16 @"llvm.bswap.i16"(i16 %".5397")
  %".5399" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".5398", ptr %".5399", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.select:
  %".5330" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".5326")
  %".5331" = icmp eq i64 %".5330", 17
  br i1 %".5331", label %"ipv6_opts_d1_ipv6_ext2.to_udp", label %"ipv6_opts_d1_ipv6_ext2.select.1"
ipv6_opts_d1_ipv6_ext2.select.1:
  %".5333" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".5326")
  %".5334" = icmp eq i64 %".5333", 58
  br i1 %".5334", label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext2.select.2"
ipv6_opts_d1_ipv6_ext2.select.2:
  %".5336" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".5326")
  %".5337" = icmp eq i64 %".5336", 0
  br i1 %".5337", label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext2.select.3"
ipv6_opts_d1_ipv6_ext2.select.3:
  %".5339" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".5326")
  %".5340" = icmp eq i64 %".5339", 60
  br i1 %".5340", label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext2.select.4"
ipv6_opts_d1_ipv6_ext2.select.4:
  %".5342" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".5326")
  switch i64 %".5342", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls"]
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6934", %"widening.test.30"]
  %"data.227" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.296", %"widening.test.30"]
  %"data_end.227" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.296", %"widening.test.30"]
  %"keys.227" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.30"]
  %"hdr.66" = getelementptr i8, ptr %"data.227", i64 %"cursor.75"
  %".6047" = getelementptr i8, ptr %"hdr.66", i64 2
  %".6048" = icmp ugt ptr %".6047", %"data_end.227"
  br i1 %".6048", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".6050" = getelementptr i8, ptr %"hdr.66", i64 0
  %".6051" = load i8, ptr %".6050", align 1
  %".6052" = getelementptr i8, ptr %"hdr.66", i64 1
  %".6053" = load i8, ptr %".6052", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".6051", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".6072", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".6053", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".6074", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.246" = phi  ptr [%"data.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.246" = phi  ptr [%"data_end.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.246" = phi  ptr [%"keys.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".6076" = getelementptr i8, ptr %"keys.246", i64 9
  store i8 %"w0_1.26", ptr %".6076", align 1
  %".6078" = add i64 %"cursor.75", 2
  %".6079" = zext i8 %"w1_1.15" to i64
  %".6080" = mul i64 %".6079", 8
  %".6081" = add i64 %".6080", 6
  %".6082" = add i64 %".6081", 2
  %".6083" = add i64 %"cursor.75", %".6082"
  %".6084" = zext i8 %"w0_1.26" to i64
  %".6085" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6084")
  %".6086" = icmp eq i64 %".6085", 6
  br i1 %".6086", label %"ipv6_opts_d1_ipv6_ext3.to_tcp", label %"ipv6_opts_d1_ipv6_ext3.select"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%".5325", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".5433", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6923", %"widening.test.29"]
  %"data.228" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.295", %"widening.test.29"]
  %"data_end.228" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.295", %"widening.test.29"]
  %"keys.228" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.29"]
  %"hdr.67" = getelementptr i8, ptr %"data.228", i64 %"cursor.76"
  %".6172" = getelementptr i8, ptr %"hdr.67", i64 8
  %".6173" = icmp ugt ptr %".6172", %"data_end.228"
  br i1 %".6173", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".6175" = getelementptr i8, ptr %"hdr.67", i64 0
  %".6176" = load i8, ptr %".6175", align 1
  %".6177" = getelementptr i8, ptr %"hdr.67", i64 2
  %".6178" = load i16, ptr %".6177", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".6176", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".6197", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".6178", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".6199", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.248" = phi  ptr [%"data.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.248" = phi  ptr [%"data_end.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.248" = phi  ptr [%"keys.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".6201" = getelementptr i8, ptr %"keys.248", i64 9
  store i8 %"w0_1.27", ptr %".6201", align 1
  %".6203" = add i64 %"cursor.76", 8
  %".6204" = icmp ne i64 1, 0
  %".6205" = and i16 %"w2_2.17", 63743
  %".6206" = icmp eq i16 %".6205", 0
  br i1 %".6204", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".6228" = zext i8 %"w0_1.27" to i64
  %".6229" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6228")
  %".6230" = icmp eq i64 %".6229", 6
  br i1 %".6230", label %"ipv6_frag_d1_ipv6_ext3.to_tcp", label %"ipv6_frag_d1_ipv6_ext3.select"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".5361" = trunc i64 %".5325" to i16
  %".5362" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5361", ptr %".5362", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".5381" = trunc i64 %".5325" to i16
  %".5382" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5381", ptr %".5382", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5410" = trunc i64 %"cursor.67" to i32
  %".5411" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5410", [40 x i8]* %"header_copy", i32 8)
  %".5412" = icmp eq i64 %".5411", 0
  %".5413" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5414" = load i32, ptr %".5413", align 4
  %".5415" = zext i32 %".5414" to i64
  %"data.229" = inttoptr i64 %".5415" to ptr
  %".5416" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5417" = load i32, ptr %".5416", align 4
  %".5418" = zext i32 %".5417" to i64
  %"data_end.229" = inttoptr i64 %".5418" to ptr
  %".5419" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.229" = load ptr, ptr %".5419", align 8
  %".5420" = xor i1 %".5412", -1
  br i1 %".5420", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".5422" = trunc i64 %"cursor.67" to i16
  %".5423" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5422", ptr %".5423", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".5426" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5427" = load volatile i8, [40 x i8]* %".5426", align 1
  %".5428" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5429" = load volatile i16, [40 x i8]* %".5428", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".5438" = getelementptr i8, ptr %"keys.230", i64 6
  store i8 1, ptr %".5438", align 1
  br i1 %".5436", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".5441" = getelementptr i8, ptr %"keys.230", i64 7
  store i8 1, ptr %".5441", align 1
  %".5443" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.81" = load volatile i32, ptr %".5443", align 4
  %".5444" = and i32 %"flags.81", 1
  %".5445" = icmp ne i32 %".5444", 0
  %".5446" = xor i1 %".5445", -1
  br i1 %".5446", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".5453" = trunc i64 %".5433" to i16
  %".5454" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5453", ptr %".5454", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".5448" = trunc i64 %".5433" to i16
  %".5449" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5448", ptr %".5449", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".5476" = trunc i64 %".5433" to i16
  %".5477" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5476", ptr %".5477", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_udp:
  br label %"udp_d1"
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
  %".5487" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".5487", align 1
  %".5489" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.82" = load volatile i32, ptr %".5489", align 4
  %".5490" = and i32 %"flags.82", 4
  %".5491" = icmp ne i32 %".5490", 0
  br i1 %".5491", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5497" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".5497", align 4
  %".5499" = trunc i64 %".5433" to i16
  %".5500" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5499", ptr %".5500", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5503" = trunc i64 2048 to i16
  %".5504" = call i16 @"llvm.bswap.i16"(i16 %".5503")
  %".5505" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".5504", ptr %".5505", align 2
  %".5507" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".5507", align 1
  %".5509" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.83" = load volatile i32, ptr %".5509", align 4
  %".5510" = and i32 %"flags.83", 4
  %".5511" = icmp ne i32 %".5510", 0
  br i1 %".5511", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5517" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".5517", align 4
  %".5519" = trunc i64 %".5433" to i16
  %".5520" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5519", ptr %".5520", align 2
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
  %".5529" = trunc i64 34887 to i16
  %".5530" = call i16 @"llvm.bswap.i16"(i16 %".5529")
  %".5531" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".5530", ptr %".5531", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.select:
  %".5462" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".5458")
  %".5463" = icmp eq i64 %".5462", 17
  br i1 %".5463", label %"ipv6_frag_d1_ipv6_ext2.to_udp", label %"ipv6_frag_d1_ipv6_ext2.select.1"
ipv6_frag_d1_ipv6_ext2.select.1:
  %".5465" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".5458")
  %".5466" = icmp eq i64 %".5465", 58
  br i1 %".5466", label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext2.select.2"
ipv6_frag_d1_ipv6_ext2.select.2:
  %".5468" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".5458")
  %".5469" = icmp eq i64 %".5468", 0
  br i1 %".5469", label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext2.select.3"
ipv6_frag_d1_ipv6_ext2.select.3:
  %".5471" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".5458")
  %".5472" = icmp eq i64 %".5471", 60
  br i1 %".5472", label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext2.select.4"
ipv6_frag_d1_ipv6_ext2.select.4:
  %".5474" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".5458")
  switch i64 %".5474", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls"]
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5493" = trunc i64 %".5433" to i16
  %".5494" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5493", ptr %".5494", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5513" = trunc i64 %".5433" to i16
  %".5514" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5513", ptr %".5514", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5542" = trunc i64 %"cursor.68" to i32
  %".5543" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5542", [40 x i8]* %"header_copy", i32 2)
  %".5544" = icmp eq i64 %".5543", 0
  %".5545" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5546" = load i32, ptr %".5545", align 4
  %".5547" = zext i32 %".5546" to i64
  %"data.231" = inttoptr i64 %".5547" to ptr
  %".5548" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5549" = load i32, ptr %".5548", align 4
  %".5550" = zext i32 %".5549" to i64
  %"data_end.231" = inttoptr i64 %".5550" to ptr
  %".5551" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.231" = load ptr, ptr %".5551", align 8
  %".5552" = xor i1 %".5544", -1
  br i1 %".5552", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5554" = trunc i64 %"cursor.68" to i16
  %".5555" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5554", ptr %".5555", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5558" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5559" = load volatile i8, [40 x i8]* %".5558", align 1
  %".5560" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5561" = load volatile i8, [40 x i8]* %".5560", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5589" = trunc i64 %".5570" to i16
  %".5590" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5589", ptr %".5590", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_udp:
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".5596" = trunc i64 %".5570" to i16
  %".5597" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5596", ptr %".5597", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5600" = trunc i64 %".5570" to i16
  %".5601" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5600", ptr %".5601", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5604" = trunc i64 %".5570" to i16
  %".5605" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5604", ptr %".5605", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5608" = trunc i64 %".5570" to i16
  %".5609" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5608", ptr %".5609", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5612" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5612", align 1
  %".5614" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.84" = load volatile i32, ptr %".5614", align 4
  %".5615" = and i32 %"flags.84", 4
  %".5616" = icmp ne i32 %".5615", 0
  br i1 %".5616", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5622" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5622", align 4
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5625" = trunc i64 2048 to i16
  %".5626" = call i16 @"llvm.bswap.i16"(i16 %".5625")
  %".5627" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5626", ptr %".5627", align 2
  %".5629" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5629", align 1
  %".5631" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.85" = load volatile i32, ptr %".5631", align 4
  %".5632" = and i32 %"flags.85", 4
  %".5633" = icmp ne i32 %".5632", 0
  br i1 %".5633", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5639" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5639", align 4
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
  %".5648" = trunc i64 34887 to i16
  %".5649" = call i16 @"llvm.bswap.i16"(i16 %".5648")
  %".5650" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5649", ptr %".5650", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.select:
  %".5575" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".5571")
  %".5576" = icmp eq i64 %".5575", 17
  br i1 %".5576", label %"ipv6_opts_d0_ipv6_ext3.to_udp", label %"ipv6_opts_d0_ipv6_ext3.select.1"
ipv6_opts_d0_ipv6_ext3.select.1:
  %".5578" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".5571")
  %".5579" = icmp eq i64 %".5578", 58
  br i1 %".5579", label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext3.select.2"
ipv6_opts_d0_ipv6_ext3.select.2:
  %".5581" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".5571")
  %".5582" = icmp eq i64 %".5581", 0
  br i1 %".5582", label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext3.select.3"
ipv6_opts_d0_ipv6_ext3.select.3:
  %".5584" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".5571")
  %".5585" = icmp eq i64 %".5584", 60
  br i1 %".5585", label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext3.select.4"
ipv6_opts_d0_ipv6_ext3.select.4:
  %".5587" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".5571")
  switch i64 %".5587", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls"]
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5618" = trunc i64 %".5570" to i16
  %".5619" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5618", ptr %".5619", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5635" = trunc i64 %".5570" to i16
  %".5636" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5635", ptr %".5636", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5661" = trunc i64 %"cursor.69" to i32
  %".5662" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5661", [40 x i8]* %"header_copy", i32 8)
  %".5663" = icmp eq i64 %".5662", 0
  %".5664" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5665" = load i32, ptr %".5664", align 4
  %".5666" = zext i32 %".5665" to i64
  %"data.233" = inttoptr i64 %".5666" to ptr
  %".5667" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5668" = load i32, ptr %".5667", align 4
  %".5669" = zext i32 %".5668" to i64
  %"data_end.233" = inttoptr i64 %".5669" to ptr
  %".5670" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.233" = load ptr, ptr %".5670", align 8
  %".5671" = xor i1 %".5663", -1
  br i1 %".5671", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5673" = trunc i64 %"cursor.69" to i16
  %".5674" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5673", ptr %".5674", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5677" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5678" = load volatile i8, [40 x i8]* %".5677", align 1
  %".5679" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5680" = load volatile i16, [40 x i8]* %".5679", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5689" = getelementptr i8, ptr %"keys.234", i64 6
  store i8 1, ptr %".5689", align 1
  br i1 %".5687", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5692" = getelementptr i8, ptr %"keys.234", i64 7
  store i8 1, ptr %".5692", align 1
  %".5694" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.86" = load volatile i32, ptr %".5694", align 4
  %".5695" = and i32 %"flags.86", 1
  %".5696" = icmp ne i32 %".5695", 0
  %".5697" = xor i1 %".5696", -1
  br i1 %".5697", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5704" = trunc i64 %".5684" to i16
  %".5705" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5704", ptr %".5705", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5699" = trunc i64 %".5684" to i16
  %".5700" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5699", ptr %".5700", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5727" = trunc i64 %".5684" to i16
  %".5728" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5727", ptr %".5728", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_udp:
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".5734" = trunc i64 %".5684" to i16
  %".5735" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5734", ptr %".5735", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5738" = trunc i64 %".5684" to i16
  %".5739" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5738", ptr %".5739", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5742" = trunc i64 %".5684" to i16
  %".5743" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5742", ptr %".5743", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5746" = trunc i64 %".5684" to i16
  %".5747" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5746", ptr %".5747", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5750" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5750", align 1
  %".5752" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.87" = load volatile i32, ptr %".5752", align 4
  %".5753" = and i32 %"flags.87", 4
  %".5754" = icmp ne i32 %".5753", 0
  br i1 %".5754", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5760" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5760", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5763" = trunc i64 2048 to i16
  %".5764" = call i16 @"llvm.bswap.i16"(i16 %".5763")
  %".5765" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5764", ptr %".5765", align 2
  %".5767" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5767", align 1
  %".5769" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.88" = load volatile i32, ptr %".5769", align 4
  %".5770" = and i32 %"flags.88", 4
  %".5771" = icmp ne i32 %".5770", 0
  br i1 %".5771", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5777" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5777", align 4
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
  %".5786" = trunc i64 34887 to i16
  %".5787" = call i16 @"llvm.bswap.i16"(i16 %".5786")
  %".5788" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5787", ptr %".5788", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.select:
  %".5713" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".5709")
  %".5714" = icmp eq i64 %".5713", 17
  br i1 %".5714", label %"ipv6_frag_d0_ipv6_ext3.to_udp", label %"ipv6_frag_d0_ipv6_ext3.select.1"
ipv6_frag_d0_ipv6_ext3.select.1:
  %".5716" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".5709")
  %".5717" = icmp eq i64 %".5716", 58
  br i1 %".5717", label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext3.select.2"
ipv6_frag_d0_ipv6_ext3.select.2:
  %".5719" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".5709")
  %".5720" = icmp eq i64 %".5719", 0
  br i1 %".5720", label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext3.select.3"
ipv6_frag_d0_ipv6_ext3.select.3:
  %".5722" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".5709")
  %".5723" = icmp eq i64 %".5722", 60
  br i1 %".5723", label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext3.select.4"
ipv6_frag_d0_ipv6_ext3.select.4:
  %".5725" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".5709")
  switch i64 %".5725", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5756" = trunc i64 %".5684" to i16
  %".5757" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5756", ptr %".5757", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5773" = trunc i64 %".5684" to i16
  %".5774" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5773", ptr %".5774", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5798" = trunc i64 %"cursor.70" to i32
  %".5799" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5798", [40 x i8]* %"header_copy", i32 4)
  %".5800" = icmp eq i64 %".5799", 0
  %".5801" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5802" = load i32, ptr %".5801", align 4
  %".5803" = zext i32 %".5802" to i64
  %"data.235" = inttoptr i64 %".5803" to ptr
  %".5804" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5805" = load i32, ptr %".5804", align 4
  %".5806" = zext i32 %".5805" to i64
  %"data_end.235" = inttoptr i64 %".5806" to ptr
  %".5807" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.235" = load ptr, ptr %".5807", align 8
  %".5808" = xor i1 %".5800", -1
  br i1 %".5808", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5810" = trunc i64 %".5791" to i16
  %".5811" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5810", ptr %".5811", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5814" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5815" = load volatile i8, [40 x i8]* %".5814", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5824" = trunc i64 %".5817" to i16
  %".5825" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5824", ptr %".5825", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5832" = getelementptr i8, ptr %"keys.236", i64 8
  store i8 1, ptr %".5832", align 1
  %".5834" = getelementptr i8, ptr %"keys.236", i64 48
  %"flags.89" = load volatile i32, ptr %".5834", align 4
  %".5835" = and i32 %"flags.89", 4
  %".5836" = icmp ne i32 %".5835", 0
  br i1 %".5836", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif", !prof !0
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5842" = getelementptr i8, ptr %"keys.236", i64 12
  store i32 0, ptr %".5842", align 4
  br label %"ip_version_d1"
mpls_d0_mpls_labels4.select:
  br label %"mpls_d0_mpls_labels4.to_ip_version"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5838" = trunc i64 %".5817" to i16
  %".5839" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5838", ptr %".5839", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5852" = trunc i64 %"cursor.71" to i32
  %".5853" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5852", [40 x i8]* %"header_copy", i32 4)
  %".5854" = icmp eq i64 %".5853", 0
  %".5855" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5856" = load i32, ptr %".5855", align 4
  %".5857" = zext i32 %".5856" to i64
  %"data.237" = inttoptr i64 %".5857" to ptr
  %".5858" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5859" = load i32, ptr %".5858", align 4
  %".5860" = zext i32 %".5859" to i64
  %"data_end.237" = inttoptr i64 %".5860" to ptr
  %".5861" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.237" = load ptr, ptr %".5861", align 8
  %".5862" = xor i1 %".5854", -1
  br i1 %".5862", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5864" = trunc i64 %".5845" to i16
  %".5865" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5864", ptr %".5865", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5868" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5869" = load volatile i8, [40 x i8]* %".5868", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5878" = trunc i64 %".5871" to i16
  %".5879" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5878", ptr %".5879", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_ip_version:
  %".5883" = getelementptr i8, ptr %"keys.238", i64 8
  store i8 1, ptr %".5883", align 1
  %".5885" = getelementptr i8, ptr %"keys.238", i64 48
  %"flags.90" = load volatile i32, ptr %".5885", align 4
  %".5886" = and i32 %"flags.90", 4
  %".5887" = icmp ne i32 %".5886", 0
  br i1 %".5887", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif", !prof !0
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5893" = getelementptr i8, ptr %"keys.238", i64 12
  store i32 0, ptr %".5893", align 4
  %".5895" = trunc i64 %".5871" to i16
  %".5896" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5895", ptr %".5896", align 2
  br label %"return"
mpls_d1_mpls_labels3.select:
  br label %"mpls_d1_mpls_labels3.to_ip_version"
mpls_d1_mpls_labels3.stop_at_encap:
  %".5889" = trunc i64 %".5871" to i16
  %".5890" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5889", ptr %".5890", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5905" = trunc i64 %"cursor.72" to i32
  %".5906" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5905", [40 x i8]* %"header_copy", i32 1)
  %".5907" = icmp eq i64 %".5906", 0
  %".5908" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5909" = load i32, ptr %".5908", align 4
  %".5910" = zext i32 %".5909" to i64
  %"data.240" = inttoptr i64 %".5910" to ptr
  %".5911" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5912" = load i32, ptr %".5911", align 4
  %".5913" = zext i32 %".5912" to i64
  %"data_end.240" = inttoptr i64 %".5913" to ptr
  %".5914" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.240" = load ptr, ptr %".5914", align 8
  %".5915" = xor i1 %".5907", -1
  br i1 %".5915", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5917" = trunc i64 %"cursor.72" to i16
  %".5918" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5917", ptr %".5918", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5921" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5922" = load volatile i8, [40 x i8]* %".5921", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5934" = trunc i64 %".5924" to i16
  %".5935" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5934", ptr %".5935", align 2
  br label %"return"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  %".5930" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5925")
  %".5931" = icmp eq i64 %".5930", 0
  br i1 %".5931", label %"gtpu_next_d1.to_ip_version", label %"gtpu_next_d1.select.1"
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1.select.1:
  br label %"gtpu_next_d1.unknown"
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5924", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.242" = phi  ptr [%"data.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.242" = phi  ptr [%"data_end.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.242" = phi  ptr [%"keys.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.242", i64 %"cursor.78"
  %".6373" = getelementptr i8, ptr %"hdr.69", i64 1
  %".6374" = icmp ugt ptr %".6373", %"data_end.242"
  br i1 %".6374", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".6376" = getelementptr i8, ptr %"hdr.69", i64 0
  %".6377" = load i8, ptr %".6376", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.28" = phi  i8 [%".6377", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".6396", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.252" = phi  ptr [%"data.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.252" = phi  ptr [%"data_end.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.252" = phi  ptr [%"keys.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".6398" = zext i8 %"w0_1.28" to i64
  %".6399" = icmp uge i64 %".6398", 1
  %".6400" = xor i1 %".6399", -1
  br i1 %".6400", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5946" = trunc i64 %"cursor.73" to i32
  %".5947" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5946", [40 x i8]* %"header_copy", i32 4)
  %".5948" = icmp eq i64 %".5947", 0
  %".5949" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5950" = load i32, ptr %".5949", align 4
  %".5951" = zext i32 %".5950" to i64
  %"data.243" = inttoptr i64 %".5951" to ptr
  %".5952" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5953" = load i32, ptr %".5952", align 4
  %".5954" = zext i32 %".5953" to i64
  %"data_end.243" = inttoptr i64 %".5954" to ptr
  %".5955" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.243" = load ptr, ptr %".5955", align 8
  %".5956" = xor i1 %".5948", -1
  br i1 %".5956", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5958" = trunc i64 %"cursor.73" to i16
  %".5959" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5958", ptr %".5959", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5962" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5963" = load volatile i16, [40 x i8]* %".5962", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5975" = and i64 %".5967", 0
  %".5976" = icmp eq i64 %".5975", 0
  br i1 %".5976", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select.2"
ppp_d1.to_ipv6:
  %".6002" = trunc i64 34525 to i16
  %".6003" = call i16 @"llvm.bswap.i16"(i16 %".6002")
  %".6004" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".6003", ptr %".6004", align 2
  %".6006" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".6006", align 1
  %".6008" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.92" = load volatile i32, ptr %".6008", align 4
  %".6009" = and i32 %"flags.92", 4
  %".6010" = icmp ne i32 %".6009", 0
  br i1 %".6010", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1", !prof !0
ppp_d1.stop_at_encap.endif.1:
  %".6016" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".6016", align 4
  %".6018" = trunc i64 %".5965" to i16
  %".6019" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".6018", ptr %".6019", align 2
  br label %"return"
ppp_d1.to_ppp_unknown:
  %".6022" = trunc i64 34827 to i16
  %".6023" = call i16 @"llvm.bswap.i16"(i16 %".6022")
  %".6024" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".6023", ptr %".6024", align 2
  %".6026" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".6026", align 1
  %".6028" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.93" = load volatile i32, ptr %".6028", align 4
  %".6029" = and i32 %"flags.93", 4
  %".6030" = icmp ne i32 %".6029", 0
  br i1 %".6030", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2", !prof !0
ppp_d1.stop_at_encap.endif.2:
  %".6036" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".6036", align 4
  %".6038" = trunc i64 %".5965" to i16
  %".6039" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".6038", ptr %".6039", align 2
  br label %"return"
ppp_d1.select:
  %".5971" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.16")
  %".5972" = icmp eq i16 %".5971", 22272
  br i1 %".5972", label %"ppp_d1.to_ipv6", label %"ppp_d1.select.1"
ppp_d1.select.1:
  br label %"ppp_d1.unknown"
ppp_d1.select.2:
  %".5978" = trunc i64 %".5965" to i16
  %".5979" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5978", ptr %".5979", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5992" = trunc i64 %".5965" to i16
  %".5993" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5992", ptr %".5993", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".6012" = trunc i64 %".5965" to i16
  %".6013" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".6012", ptr %".6013", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".6032" = trunc i64 %".5965" to i16
  %".6033" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".6032", ptr %".6033", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6055" = trunc i64 %"cursor.75" to i32
  %".6056" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".6055", [40 x i8]* %"header_copy", i32 2)
  %".6057" = icmp eq i64 %".6056", 0
  %".6058" = getelementptr i8, ptr %"ctx.79", i64 76
  %".6059" = load i32, ptr %".6058", align 4
  %".6060" = zext i32 %".6059" to i64
  %"data.245" = inttoptr i64 %".6060" to ptr
  %".6061" = getelementptr i8, ptr %"ctx.79", i64 80
  %".6062" = load i32, ptr %".6061", align 4
  %".6063" = zext i32 %".6062" to i64
  %"data_end.245" = inttoptr i64 %".6063" to ptr
  %".6064" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.245" = load ptr, ptr %".6064", align 8
  %".6065" = xor i1 %".6057", -1
  br i1 %".6065", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".6067" = trunc i64 %"cursor.75" to i16
  %".6068" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6067", ptr %".6068", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".6071" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6072" = load volatile i8, [40 x i8]* %".6071", align 1
  %".6073" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6074" = load volatile i8, [40 x i8]* %".6073", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".6102" = trunc i64 %".6083" to i16
  %".6103" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6102", ptr %".6103", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_udp:
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".6109" = trunc i64 %".6083" to i16
  %".6110" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6109", ptr %".6110", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".6113" = trunc i64 %".6083" to i16
  %".6114" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6113", ptr %".6114", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".6117" = trunc i64 %".6083" to i16
  %".6118" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6117", ptr %".6118", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".6121" = trunc i64 %".6083" to i16
  %".6122" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6121", ptr %".6122", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".6125" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".6125", align 1
  %".6127" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.94" = load volatile i32, ptr %".6127", align 4
  %".6128" = and i32 %"flags.94", 4
  %".6129" = icmp ne i32 %".6128", 0
  br i1 %".6129", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".6135" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".6135", align 4
  %".6137" = trunc i64 %".6083" to i16
  %".6138" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6137", ptr %".6138", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".6141" = trunc i64 2048 to i16
  %".6142" = call i16 @"llvm.bswap.i16"(i16 %".6141")
  %".6143" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".6142", ptr %".6143", align 2
  %".6145" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".6145", align 1
  %".6147" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.95" = load volatile i32, ptr %".6147", align 4
  %".6148" = and i32 %"flags.95", 4
  %".6149" = icmp ne i32 %".6148", 0
  br i1 %".6149", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".6155" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".6155", align 4
  %".6157" = trunc i64 %".6083" to i16
  %".6158" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6157", ptr %".6158", align 2
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
  %".6167" = trunc i64 34887 to i16
  %".6168" = call i16 @"llvm.bswap.i16"(i16 %".6167")
  %".6169" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".6168", ptr %".6169", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.select:
  %".6088" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".6084")
  %".6089" = icmp eq i64 %".6088", 17
  br i1 %".6089", label %"ipv6_opts_d1_ipv6_ext3.to_udp", label %"ipv6_opts_d1_ipv6_ext3.select.1"
ipv6_opts_d1_ipv6_ext3.select.1:
  %".6091" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".6084")
  %".6092" = icmp eq i64 %".6091", 58
  br i1 %".6092", label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext3.select.2"
ipv6_opts_d1_ipv6_ext3.select.2:
  %".6094" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".6084")
  %".6095" = icmp eq i64 %".6094", 0
  br i1 %".6095", label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext3.select.3"
ipv6_opts_d1_ipv6_ext3.select.3:
  %".6097" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".6084")
  %".6098" = icmp eq i64 %".6097", 60
  br i1 %".6098", label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext3.select.4"
ipv6_opts_d1_ipv6_ext3.select.4:
  %".6100" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".6084")
  switch i64 %".6100", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls"]
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".6131" = trunc i64 %".6083" to i16
  %".6132" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6131", ptr %".6132", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".6151" = trunc i64 %".6083" to i16
  %".6152" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6151", ptr %".6152", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6180" = trunc i64 %"cursor.76" to i32
  %".6181" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".6180", [40 x i8]* %"header_copy", i32 8)
  %".6182" = icmp eq i64 %".6181", 0
  %".6183" = getelementptr i8, ptr %"ctx.80", i64 76
  %".6184" = load i32, ptr %".6183", align 4
  %".6185" = zext i32 %".6184" to i64
  %"data.247" = inttoptr i64 %".6185" to ptr
  %".6186" = getelementptr i8, ptr %"ctx.80", i64 80
  %".6187" = load i32, ptr %".6186", align 4
  %".6188" = zext i32 %".6187" to i64
  %"data_end.247" = inttoptr i64 %".6188" to ptr
  %".6189" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.247" = load ptr, ptr %".6189", align 8
  %".6190" = xor i1 %".6182", -1
  br i1 %".6190", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".6192" = trunc i64 %"cursor.76" to i16
  %".6193" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".6192", ptr %".6193", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".6196" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6197" = load volatile i8, [40 x i8]* %".6196", align 1
  %".6198" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6199" = load volatile i16, [40 x i8]* %".6198", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".6208" = getelementptr i8, ptr %"keys.248", i64 6
  store i8 1, ptr %".6208", align 1
  br i1 %".6206", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".6211" = getelementptr i8, ptr %"keys.248", i64 7
  store i8 1, ptr %".6211", align 1
  %".6213" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.96" = load volatile i32, ptr %".6213", align 4
  %".6214" = and i32 %"flags.96", 1
  %".6215" = icmp ne i32 %".6214", 0
  %".6216" = xor i1 %".6215", -1
  br i1 %".6216", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".6223" = trunc i64 %".6203" to i16
  %".6224" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6223", ptr %".6224", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".6218" = trunc i64 %".6203" to i16
  %".6219" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6218", ptr %".6219", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".6246" = trunc i64 %".6203" to i16
  %".6247" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6246", ptr %".6247", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_udp:
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".6253" = trunc i64 %".6203" to i16
  %".6254" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6253", ptr %".6254", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".6257" = trunc i64 %".6203" to i16
  %".6258" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6257", ptr %".6258", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".6261" = trunc i64 %".6203" to i16
  %".6262" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6261", ptr %".6262", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".6265" = trunc i64 %".6203" to i16
  %".6266" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6265", ptr %".6266", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".6269" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".6269", align 1
  %".6271" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.97" = load volatile i32, ptr %".6271", align 4
  %".6272" = and i32 %"flags.97", 4
  %".6273" = icmp ne i32 %".6272", 0
  br i1 %".6273", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".6279" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".6279", align 4
  %".6281" = trunc i64 %".6203" to i16
  %".6282" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6281", ptr %".6282", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".6285" = trunc i64 2048 to i16
  %".6286" = call i16 @"llvm.bswap.i16"(i16 %".6285")
  %".6287" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".6286", ptr %".6287", align 2
  %".6289" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".6289", align 1
  %".6291" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.98" = load volatile i32, ptr %".6291", align 4
  %".6292" = and i32 %"flags.98", 4
  %".6293" = icmp ne i32 %".6292", 0
  br i1 %".6293", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".6299" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".6299", align 4
  %".6301" = trunc i64 %".6203" to i16
  %".6302" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6301", ptr %".6302", align 2
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
  %".6311" = trunc i64 34887 to i16
  %".6312" = call i16 @"llvm.bswap.i16"(i16 %".6311")
  %".6313" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".6312", ptr %".6313", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.select:
  %".6232" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".6228")
  %".6233" = icmp eq i64 %".6232", 17
  br i1 %".6233", label %"ipv6_frag_d1_ipv6_ext3.to_udp", label %"ipv6_frag_d1_ipv6_ext3.select.1"
ipv6_frag_d1_ipv6_ext3.select.1:
  %".6235" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".6228")
  %".6236" = icmp eq i64 %".6235", 58
  br i1 %".6236", label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext3.select.2"
ipv6_frag_d1_ipv6_ext3.select.2:
  %".6238" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".6228")
  %".6239" = icmp eq i64 %".6238", 0
  br i1 %".6239", label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext3.select.3"
ipv6_frag_d1_ipv6_ext3.select.3:
  %".6241" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".6228")
  %".6242" = icmp eq i64 %".6241", 60
  br i1 %".6242", label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext3.select.4"
ipv6_frag_d1_ipv6_ext3.select.4:
  %".6244" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".6228")
  switch i64 %".6244", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".6275" = trunc i64 %".6203" to i16
  %".6276" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6275", ptr %".6276", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".6295" = trunc i64 %".6203" to i16
  %".6296" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6295", ptr %".6296", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6323" = trunc i64 %"cursor.77" to i32
  %".6324" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".6323", [40 x i8]* %"header_copy", i32 4)
  %".6325" = icmp eq i64 %".6324", 0
  %".6326" = getelementptr i8, ptr %"ctx.81", i64 76
  %".6327" = load i32, ptr %".6326", align 4
  %".6328" = zext i32 %".6327" to i64
  %"data.249" = inttoptr i64 %".6328" to ptr
  %".6329" = getelementptr i8, ptr %"ctx.81", i64 80
  %".6330" = load i32, ptr %".6329", align 4
  %".6331" = zext i32 %".6330" to i64
  %"data_end.249" = inttoptr i64 %".6331" to ptr
  %".6332" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.249" = load ptr, ptr %".6332", align 8
  %".6333" = xor i1 %".6325", -1
  br i1 %".6333", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".6335" = trunc i64 %".6316" to i16
  %".6336" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".6335", ptr %".6336", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".6339" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6340" = load volatile i8, [40 x i8]* %".6339", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".6349" = trunc i64 %".6342" to i16
  %".6350" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6349", ptr %".6350", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".6357" = getelementptr i8, ptr %"keys.250", i64 8
  store i8 1, ptr %".6357", align 1
  %".6359" = getelementptr i8, ptr %"keys.250", i64 48
  %"flags.99" = load volatile i32, ptr %".6359", align 4
  %".6360" = and i32 %"flags.99", 4
  %".6361" = icmp ne i32 %".6360", 0
  br i1 %".6361", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif", !prof !0
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".6367" = getelementptr i8, ptr %"keys.250", i64 12
  store i32 0, ptr %".6367", align 4
  %".6369" = trunc i64 %".6342" to i16
  %".6370" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6369", ptr %".6370", align 2
  br label %"return"
mpls_d1_mpls_labels4.select:
  br label %"mpls_d1_mpls_labels4.to_ip_version"
mpls_d1_mpls_labels4.stop_at_encap:
  %".6363" = trunc i64 %".6342" to i16
  %".6364" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6363", ptr %".6364", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6379" = trunc i64 %"cursor.78" to i32
  %".6380" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".6379", [40 x i8]* %"header_copy", i32 1)
  %".6381" = icmp eq i64 %".6380", 0
  %".6382" = getelementptr i8, ptr %"ctx.82", i64 76
  %".6383" = load i32, ptr %".6382", align 4
  %".6384" = zext i32 %".6383" to i64
  %"data.251" = inttoptr i64 %".6384" to ptr
  %".6385" = getelementptr i8, ptr %"ctx.82", i64 80
  %".6386" = load i32, ptr %".6385", align 4
  %".6387" = zext i32 %".6386" to i64
  %"data_end.251" = inttoptr i64 %".6387" to ptr
  %".6388" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.251" = load ptr, ptr %".6388", align 8
  %".6389" = xor i1 %".6381", -1
  br i1 %".6389", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".6391" = trunc i64 %"cursor.78" to i16
  %".6392" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".6391", ptr %".6392", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".6395" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6396" = load volatile i8, [40 x i8]* %".6395", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".6402" = trunc i64 %"cursor.78" to i16
  %".6403" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6402", ptr %".6403", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".6406" = add i64 %"cursor.78", 1
  %".6407" = zext i8 %"w0_1.28" to i64
  %".6408" = mul i64 %".6407", 4
  %".6409" = sub i64 %".6408", 2
  %".6410" = add i64 %".6409", 1
  %".6411" = getelementptr i8, ptr %"data.252", i64 %"cursor.78"
  %".6412" = getelementptr i8, ptr %".6411", i64 %".6410"
  %".6413" = icmp ugt ptr %".6412", %"data_end.252"
  br i1 %".6413", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.254" = phi  ptr [%"data.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.254" = phi  ptr [%"data_end.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.254" = phi  ptr [%"keys.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %".6434" = add i64 %"cursor.78", %".6410"
  br label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%".6434", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.255" = phi  ptr [%"data.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.255" = phi  ptr [%"data_end.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.255" = phi  ptr [%"keys.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.255", i64 %"cursor.79"
  %".6441" = getelementptr i8, ptr %"hdr.70", i64 1
  %".6442" = icmp ugt ptr %".6441", %"data_end.255"
  br i1 %".6442", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".6444" = getelementptr i8, ptr %"hdr.70", i64 0
  %".6445" = load i8, ptr %".6444", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.29" = phi  i8 [%".6445", %"gtpu_next_d1_gtpu_ext1.linear"], [%".6464", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.257" = phi  ptr [%"data.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.257" = phi  ptr [%"data_end.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.257" = phi  ptr [%"keys.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".6466" = add i64 %"cursor.79", 1
  %".6467" = zext i8 %"w0_1.29" to i64
  %".6468" = icmp uge i64 %".6467", 1
  %".6469" = icmp ule i64 %".6467", 255
  %".6470" = and i1 %".6468", %".6469"
  br i1 %".6470", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".6415" = add i64 %"cursor.78", %".6410"
  %".6416" = sub i64 %".6415", 1
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6417" = trunc i64 %".6416" to i32
  %".6418" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".6417", i64* %"last_byte", i32 1)
  %".6419" = icmp eq i64 %".6418", 0
  %".6420" = getelementptr i8, ptr %"ctx.83", i64 76
  %".6421" = load i32, ptr %".6420", align 4
  %".6422" = zext i32 %".6421" to i64
  %"data.253" = inttoptr i64 %".6422" to ptr
  %".6423" = getelementptr i8, ptr %"ctx.83", i64 80
  %".6424" = load i32, ptr %".6423", align 4
  %".6425" = zext i32 %".6424" to i64
  %"data_end.253" = inttoptr i64 %".6425" to ptr
  %".6426" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.253" = load ptr, ptr %".6426", align 8
  %".6427" = xor i1 %".6419", -1
  br i1 %".6427", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".6429" = trunc i64 %"cursor.78" to i16
  %".6430" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".6429", ptr %".6430", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".6436" = trunc i64 %".6434" to i16
  %".6437" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".6436", ptr %".6437", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6447" = trunc i64 %"cursor.79" to i32
  %".6448" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".6447", [40 x i8]* %"header_copy", i32 1)
  %".6449" = icmp eq i64 %".6448", 0
  %".6450" = getelementptr i8, ptr %"ctx.84", i64 76
  %".6451" = load i32, ptr %".6450", align 4
  %".6452" = zext i32 %".6451" to i64
  %"data.256" = inttoptr i64 %".6452" to ptr
  %".6453" = getelementptr i8, ptr %"ctx.84", i64 80
  %".6454" = load i32, ptr %".6453", align 4
  %".6455" = zext i32 %".6454" to i64
  %"data_end.256" = inttoptr i64 %".6455" to ptr
  %".6456" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.256" = load ptr, ptr %".6456", align 8
  %".6457" = xor i1 %".6449", -1
  br i1 %".6457", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".6459" = trunc i64 %"cursor.79" to i16
  %".6460" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6459", ptr %".6460", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".6463" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6464" = load volatile i8, [40 x i8]* %".6463", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".6476" = trunc i64 %".6466" to i16
  %".6477" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".6476", ptr %".6477", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  %".6472" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6467")
  %".6473" = icmp eq i64 %".6472", 0
  br i1 %".6473", label %"gtpu_next_d1_gtpu_ext1.to_ip_version", label %"gtpu_next_d1_gtpu_ext1.select.1"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.select.1:
  br label %"gtpu_next_d1_gtpu_ext1.unknown"
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".6466", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.258" = phi  ptr [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.258" = phi  ptr [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.258" = phi  ptr [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.258", i64 %"cursor.80"
  %".6482" = getelementptr i8, ptr %"hdr.71", i64 1
  %".6483" = icmp ugt ptr %".6482", %"data_end.258"
  br i1 %".6483", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".6485" = getelementptr i8, ptr %"hdr.71", i64 0
  %".6486" = load i8, ptr %".6485", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.30" = phi  i8 [%".6486", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".6505", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.260" = phi  ptr [%"data.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.260" = phi  ptr [%"data_end.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.260" = phi  ptr [%"keys.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".6507" = zext i8 %"w0_1.30" to i64
  %".6508" = icmp uge i64 %".6507", 1
  %".6509" = xor i1 %".6508", -1
  br i1 %".6509", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6488" = trunc i64 %"cursor.80" to i32
  %".6489" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".6488", [40 x i8]* %"header_copy", i32 1)
  %".6490" = icmp eq i64 %".6489", 0
  %".6491" = getelementptr i8, ptr %"ctx.85", i64 76
  %".6492" = load i32, ptr %".6491", align 4
  %".6493" = zext i32 %".6492" to i64
  %"data.259" = inttoptr i64 %".6493" to ptr
  %".6494" = getelementptr i8, ptr %"ctx.85", i64 80
  %".6495" = load i32, ptr %".6494", align 4
  %".6496" = zext i32 %".6495" to i64
  %"data_end.259" = inttoptr i64 %".6496" to ptr
  %".6497" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.259" = load ptr, ptr %".6497", align 8
  %".6498" = xor i1 %".6490", -1
  br i1 %".6498", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".6500" = trunc i64 %"cursor.80" to i16
  %".6501" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".6500", ptr %".6501", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".6504" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6505" = load volatile i8, [40 x i8]* %".6504", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".6511" = trunc i64 %"cursor.80" to i16
  %".6512" = getelementptr i8, ptr %"keys.260", i64 2
  store i16 %".6511", ptr %".6512", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".6515" = add i64 %"cursor.80", 1
  %".6516" = zext i8 %"w0_1.30" to i64
  %".6517" = mul i64 %".6516", 4
  %".6518" = sub i64 %".6517", 2
  %".6519" = add i64 %".6518", 1
  %".6520" = getelementptr i8, ptr %"data.260", i64 %"cursor.80"
  %".6521" = getelementptr i8, ptr %".6520", i64 %".6519"
  %".6522" = icmp ugt ptr %".6521", %"data_end.260"
  br i1 %".6522", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.262" = phi  ptr [%"data.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.262" = phi  ptr [%"data_end.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.262" = phi  ptr [%"keys.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %".6543" = add i64 %"cursor.80", %".6519"
  br label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%".6543", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.263" = phi  ptr [%"data.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.263" = phi  ptr [%"data_end.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.263" = phi  ptr [%"keys.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.263", i64 %"cursor.81"
  %".6550" = getelementptr i8, ptr %"hdr.72", i64 1
  %".6551" = icmp ugt ptr %".6550", %"data_end.263"
  br i1 %".6551", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".6553" = getelementptr i8, ptr %"hdr.72", i64 0
  %".6554" = load i8, ptr %".6553", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.31" = phi  i8 [%".6554", %"gtpu_next_d1_gtpu_ext2.linear"], [%".6573", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.265" = phi  ptr [%"data.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.265" = phi  ptr [%"data_end.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.265" = phi  ptr [%"keys.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".6575" = add i64 %"cursor.81", 1
  %".6576" = zext i8 %"w0_1.31" to i64
  %".6577" = icmp uge i64 %".6576", 1
  %".6578" = icmp ule i64 %".6576", 255
  %".6579" = and i1 %".6577", %".6578"
  br i1 %".6579", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".6524" = add i64 %"cursor.80", %".6519"
  %".6525" = sub i64 %".6524", 1
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6526" = trunc i64 %".6525" to i32
  %".6527" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".6526", i64* %"last_byte", i32 1)
  %".6528" = icmp eq i64 %".6527", 0
  %".6529" = getelementptr i8, ptr %"ctx.86", i64 76
  %".6530" = load i32, ptr %".6529", align 4
  %".6531" = zext i32 %".6530" to i64
  %"data.261" = inttoptr i64 %".6531" to ptr
  %".6532" = getelementptr i8, ptr %"ctx.86", i64 80
  %".6533" = load i32, ptr %".6532", align 4
  %".6534" = zext i32 %".6533" to i64
  %"data_end.261" = inttoptr i64 %".6534" to ptr
  %".6535" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.261" = load ptr, ptr %".6535", align 8
  %".6536" = xor i1 %".6528", -1
  br i1 %".6536", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".6538" = trunc i64 %"cursor.80" to i16
  %".6539" = getelementptr i8, ptr %"keys.261", i64 2
  store i16 %".6538", ptr %".6539", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".6545" = trunc i64 %".6543" to i16
  %".6546" = getelementptr i8, ptr %"keys.262", i64 2
  store i16 %".6545", ptr %".6546", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6556" = trunc i64 %"cursor.81" to i32
  %".6557" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".6556", [40 x i8]* %"header_copy", i32 1)
  %".6558" = icmp eq i64 %".6557", 0
  %".6559" = getelementptr i8, ptr %"ctx.87", i64 76
  %".6560" = load i32, ptr %".6559", align 4
  %".6561" = zext i32 %".6560" to i64
  %"data.264" = inttoptr i64 %".6561" to ptr
  %".6562" = getelementptr i8, ptr %"ctx.87", i64 80
  %".6563" = load i32, ptr %".6562", align 4
  %".6564" = zext i32 %".6563" to i64
  %"data_end.264" = inttoptr i64 %".6564" to ptr
  %".6565" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.264" = load ptr, ptr %".6565", align 8
  %".6566" = xor i1 %".6558", -1
  br i1 %".6566", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".6568" = trunc i64 %"cursor.81" to i16
  %".6569" = getelementptr i8, ptr %"keys.264", i64 2
  store i16 %".6568", ptr %".6569", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".6572" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6573" = load volatile i8, [40 x i8]* %".6572", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6585" = trunc i64 %".6575" to i16
  %".6586" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".6585", ptr %".6586", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6590" = trunc i64 %".6575" to i16
  %".6591" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".6590", ptr %".6591", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  %".6581" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6576")
  %".6582" = icmp eq i64 %".6581", 0
  br i1 %".6582", label %"gtpu_next_d1_gtpu_ext2.to_ip_version", label %"gtpu_next_d1_gtpu_ext2.select.1"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.select.1:
  br label %"gtpu_next_d1_gtpu_ext2.unknown"
widening.test:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6596" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6597" = load i32, ptr %".6596", align 4
  %".6598" = zext i32 %".6597" to i64
  %"data.266" = inttoptr i64 %".6598" to ptr
  %".6599" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6600" = load i32, ptr %".6599", align 4
  %".6601" = zext i32 %".6600" to i64
  %"data_end.266" = inttoptr i64 %".6601" to ptr
  %".6602" = getelementptr i8, ptr %"keys", i64 0
  %".6603" = load volatile i16, ptr %".6602", align 2
  %".6604" = zext i16 %".6603" to i64
  %".6605" = icmp ugt i64 %".6604", 261
  br i1 %".6605", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6607" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6608" = load i32, ptr %".6607", align 4
  %".6609" = zext i32 %".6608" to i64
  %"data.267" = inttoptr i64 %".6609" to ptr
  %".6610" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6611" = load i32, ptr %".6610", align 4
  %".6612" = zext i32 %".6611" to i64
  %"data_end.267" = inttoptr i64 %".6612" to ptr
  %".6613" = getelementptr i8, ptr %"keys", i64 0
  %".6614" = load volatile i16, ptr %".6613", align 2
  %".6615" = zext i16 %".6614" to i64
  %".6616" = icmp ugt i64 %".6615", 261
  br i1 %".6616", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6618" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6619" = load i32, ptr %".6618", align 4
  %".6620" = zext i32 %".6619" to i64
  %"data.268" = inttoptr i64 %".6620" to ptr
  %".6621" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6622" = load i32, ptr %".6621", align 4
  %".6623" = zext i32 %".6622" to i64
  %"data_end.268" = inttoptr i64 %".6623" to ptr
  %".6624" = getelementptr i8, ptr %"keys", i64 0
  %".6625" = load volatile i16, ptr %".6624", align 2
  %".6626" = zext i16 %".6625" to i64
  %".6627" = icmp ugt i64 %".6626", 267
  br i1 %".6627", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6629" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6630" = load i32, ptr %".6629", align 4
  %".6631" = zext i32 %".6630" to i64
  %"data.269" = inttoptr i64 %".6631" to ptr
  %".6632" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6633" = load i32, ptr %".6632", align 4
  %".6634" = zext i32 %".6633" to i64
  %"data_end.269" = inttoptr i64 %".6634" to ptr
  %".6635" = getelementptr i8, ptr %"keys", i64 0
  %".6636" = load volatile i16, ptr %".6635", align 2
  %".6637" = zext i16 %".6636" to i64
  %".6638" = icmp ugt i64 %".6637", 267
  br i1 %".6638", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6640" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6641" = load i32, ptr %".6640", align 4
  %".6642" = zext i32 %".6641" to i64
  %"data.270" = inttoptr i64 %".6642" to ptr
  %".6643" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6644" = load i32, ptr %".6643", align 4
  %".6645" = zext i32 %".6644" to i64
  %"data_end.270" = inttoptr i64 %".6645" to ptr
  %".6646" = getelementptr i8, ptr %"keys", i64 0
  %".6647" = load volatile i16, ptr %".6646", align 2
  %".6648" = zext i16 %".6647" to i64
  %".6649" = icmp ugt i64 %".6648", 275
  br i1 %".6649", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6651" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6652" = load i32, ptr %".6651", align 4
  %".6653" = zext i32 %".6652" to i64
  %"data.271" = inttoptr i64 %".6653" to ptr
  %".6654" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6655" = load i32, ptr %".6654", align 4
  %".6656" = zext i32 %".6655" to i64
  %"data_end.271" = inttoptr i64 %".6656" to ptr
  %".6657" = getelementptr i8, ptr %"keys", i64 0
  %".6658" = load volatile i16, ptr %".6657", align 2
  %".6659" = zext i16 %".6658" to i64
  %".6660" = icmp ugt i64 %".6659", 2363
  br i1 %".6660", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6662" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6663" = load i32, ptr %".6662", align 4
  %".6664" = zext i32 %".6663" to i64
  %"data.272" = inttoptr i64 %".6664" to ptr
  %".6665" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6666" = load i32, ptr %".6665", align 4
  %".6667" = zext i32 %".6666" to i64
  %"data_end.272" = inttoptr i64 %".6667" to ptr
  %".6668" = getelementptr i8, ptr %"keys", i64 0
  %".6669" = load volatile i16, ptr %".6668", align 2
  %".6670" = zext i16 %".6669" to i64
  %".6671" = icmp ugt i64 %".6670", 2363
  br i1 %".6671", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6673" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6674" = load i32, ptr %".6673", align 4
  %".6675" = zext i32 %".6674" to i64
  %"data.273" = inttoptr i64 %".6675" to ptr
  %".6676" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6677" = load i32, ptr %".6676", align 4
  %".6678" = zext i32 %".6677" to i64
  %"data_end.273" = inttoptr i64 %".6678" to ptr
  %".6679" = getelementptr i8, ptr %"keys", i64 0
  %".6680" = load volatile i16, ptr %".6679", align 2
  %".6681" = zext i16 %".6680" to i64
  %".6682" = icmp ugt i64 %".6681", 4411
  br i1 %".6682", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6684" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6685" = load i32, ptr %".6684", align 4
  %".6686" = zext i32 %".6685" to i64
  %"data.274" = inttoptr i64 %".6686" to ptr
  %".6687" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6688" = load i32, ptr %".6687", align 4
  %".6689" = zext i32 %".6688" to i64
  %"data_end.274" = inttoptr i64 %".6689" to ptr
  %".6690" = getelementptr i8, ptr %"keys", i64 0
  %".6691" = load volatile i16, ptr %".6690", align 2
  %".6692" = zext i16 %".6691" to i64
  %".6693" = icmp ugt i64 %".6692", 4411
  br i1 %".6693", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6695" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6696" = load i32, ptr %".6695", align 4
  %".6697" = zext i32 %".6696" to i64
  %"data.275" = inttoptr i64 %".6697" to ptr
  %".6698" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6699" = load i32, ptr %".6698", align 4
  %".6700" = zext i32 %".6699" to i64
  %"data_end.275" = inttoptr i64 %".6700" to ptr
  %".6701" = getelementptr i8, ptr %"keys", i64 0
  %".6702" = load volatile i16, ptr %".6701", align 2
  %".6703" = zext i16 %".6702" to i64
  %".6704" = icmp ugt i64 %".6703", 275
  br i1 %".6704", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6706" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6707" = load i32, ptr %".6706", align 4
  %".6708" = zext i32 %".6707" to i64
  %"data.276" = inttoptr i64 %".6708" to ptr
  %".6709" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6710" = load i32, ptr %".6709", align 4
  %".6711" = zext i32 %".6710" to i64
  %"data_end.276" = inttoptr i64 %".6711" to ptr
  %".6712" = getelementptr i8, ptr %"keys", i64 0
  %".6713" = load volatile i16, ptr %".6712", align 2
  %".6714" = zext i16 %".6713" to i64
  %".6715" = icmp ugt i64 %".6714", 6459
  br i1 %".6715", label %"widening.test.11", label %"mpls_d0_mpls_labels1"
widening.test.11:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6717" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6718" = load i32, ptr %".6717", align 4
  %".6719" = zext i32 %".6718" to i64
  %"data.277" = inttoptr i64 %".6719" to ptr
  %".6720" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6721" = load i32, ptr %".6720", align 4
  %".6722" = zext i32 %".6721" to i64
  %"data_end.277" = inttoptr i64 %".6722" to ptr
  %".6723" = getelementptr i8, ptr %"keys", i64 0
  %".6724" = load volatile i16, ptr %".6723", align 2
  %".6725" = zext i16 %".6724" to i64
  %".6726" = icmp ugt i64 %".6725", 6459
  br i1 %".6726", label %"widening.test.12", label %"gre_version_d0"
widening.test.12:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6728" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6729" = load i32, ptr %".6728", align 4
  %".6730" = zext i32 %".6729" to i64
  %"data.278" = inttoptr i64 %".6730" to ptr
  %".6731" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6732" = load i32, ptr %".6731", align 4
  %".6733" = zext i32 %".6732" to i64
  %"data_end.278" = inttoptr i64 %".6733" to ptr
  %".6734" = getelementptr i8, ptr %"keys", i64 0
  %".6735" = load volatile i16, ptr %".6734", align 2
  %".6736" = zext i16 %".6735" to i64
  %".6737" = icmp ugt i64 %".6736", 6459
  br i1 %".6737", label %"widening.test.13", label %"udp_d0"
widening.test.13:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6739" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6740" = load i32, ptr %".6739", align 4
  %".6741" = zext i32 %".6740" to i64
  %"data.279" = inttoptr i64 %".6741" to ptr
  %".6742" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6743" = load i32, ptr %".6742", align 4
  %".6744" = zext i32 %".6743" to i64
  %"data_end.279" = inttoptr i64 %".6744" to ptr
  %".6745" = getelementptr i8, ptr %"keys", i64 0
  %".6746" = load volatile i16, ptr %".6745", align 2
  %".6747" = zext i16 %".6746" to i64
  %".6748" = icmp ugt i64 %".6747", 8519
  br i1 %".6748", label %"widening.test.14", label %"ip_version_d1"
widening.test.14:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6750" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6751" = load i32, ptr %".6750", align 4
  %".6752" = zext i32 %".6751" to i64
  %"data.280" = inttoptr i64 %".6752" to ptr
  %".6753" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6754" = load i32, ptr %".6753", align 4
  %".6755" = zext i32 %".6754" to i64
  %"data_end.280" = inttoptr i64 %".6755" to ptr
  %".6756" = getelementptr i8, ptr %"keys", i64 0
  %".6757" = load volatile i16, ptr %".6756", align 2
  %".6758" = zext i16 %".6757" to i64
  %".6759" = icmp ugt i64 %".6758", 6727
  br i1 %".6759", label %"widening.test.15", label %"ethernet_d1"
widening.test.15:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6761" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6762" = load i32, ptr %".6761", align 4
  %".6763" = zext i32 %".6762" to i64
  %"data.281" = inttoptr i64 %".6763" to ptr
  %".6764" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6765" = load i32, ptr %".6764", align 4
  %".6766" = zext i32 %".6765" to i64
  %"data_end.281" = inttoptr i64 %".6766" to ptr
  %".6767" = getelementptr i8, ptr %"keys", i64 0
  %".6768" = load volatile i16, ptr %".6767", align 2
  %".6769" = zext i16 %".6768" to i64
  %".6770" = icmp ugt i64 %".6769", 6741
  br i1 %".6770", label %"widening.test.16", label %"hsr_d1_vlan_tags1"
widening.test.16:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6772" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6773" = load i32, ptr %".6772", align 4
  %".6774" = zext i32 %".6773" to i64
  %"data.282" = inttoptr i64 %".6774" to ptr
  %".6775" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6776" = load i32, ptr %".6775", align 4
  %".6777" = zext i32 %".6776" to i64
  %"data_end.282" = inttoptr i64 %".6777" to ptr
  %".6778" = getelementptr i8, ptr %"keys", i64 0
  %".6779" = load volatile i16, ptr %".6778", align 2
  %".6780" = zext i16 %".6779" to i64
  %".6781" = icmp ugt i64 %".6780", 6741
  br i1 %".6781", label %"widening.test.17", label %"vlan_d1_vlan_tags1"
widening.test.17:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6783" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6784" = load i32, ptr %".6783", align 4
  %".6785" = zext i32 %".6784" to i64
  %"data.283" = inttoptr i64 %".6785" to ptr
  %".6786" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6787" = load i32, ptr %".6786", align 4
  %".6788" = zext i32 %".6787" to i64
  %"data_end.283" = inttoptr i64 %".6788" to ptr
  %".6789" = getelementptr i8, ptr %"keys", i64 0
  %".6790" = load volatile i16, ptr %".6789", align 2
  %".6791" = zext i16 %".6790" to i64
  %".6792" = icmp ugt i64 %".6791", 6747
  br i1 %".6792", label %"widening.test.18", label %"hsr_d1_vlan_tags2"
widening.test.18:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6794" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6795" = load i32, ptr %".6794", align 4
  %".6796" = zext i32 %".6795" to i64
  %"data.284" = inttoptr i64 %".6796" to ptr
  %".6797" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6798" = load i32, ptr %".6797", align 4
  %".6799" = zext i32 %".6798" to i64
  %"data_end.284" = inttoptr i64 %".6799" to ptr
  %".6800" = getelementptr i8, ptr %"keys", i64 0
  %".6801" = load volatile i16, ptr %".6800", align 2
  %".6802" = zext i16 %".6801" to i64
  %".6803" = icmp ugt i64 %".6802", 6747
  br i1 %".6803", label %"widening.test.19", label %"vlan_d1_vlan_tags2"
widening.test.19:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6805" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6806" = load i32, ptr %".6805", align 4
  %".6807" = zext i32 %".6806" to i64
  %"data.285" = inttoptr i64 %".6807" to ptr
  %".6808" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6809" = load i32, ptr %".6808", align 4
  %".6810" = zext i32 %".6809" to i64
  %"data_end.285" = inttoptr i64 %".6810" to ptr
  %".6811" = getelementptr i8, ptr %"keys", i64 0
  %".6812" = load volatile i16, ptr %".6811", align 2
  %".6813" = zext i16 %".6812" to i64
  %".6814" = icmp ugt i64 %".6813", 6753
  br i1 %".6814", label %"widening.test.20", label %"batadv_d1"
widening.test.20:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6816" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6817" = load i32, ptr %".6816", align 4
  %".6818" = zext i32 %".6817" to i64
  %"data.286" = inttoptr i64 %".6818" to ptr
  %".6819" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6820" = load i32, ptr %".6819", align 4
  %".6821" = zext i32 %".6820" to i64
  %"data_end.286" = inttoptr i64 %".6821" to ptr
  %".6822" = getelementptr i8, ptr %"keys", i64 0
  %".6823" = load volatile i16, ptr %".6822", align 2
  %".6824" = zext i16 %".6823" to i64
  %".6825" = icmp ugt i64 %".6824", 6753
  br i1 %".6825", label %"widening.test.21", label %"fcoe"
widening.test.21:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6827" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6828" = load i32, ptr %".6827", align 4
  %".6829" = zext i32 %".6828" to i64
  %"data.287" = inttoptr i64 %".6829" to ptr
  %".6830" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6831" = load i32, ptr %".6830", align 4
  %".6832" = zext i32 %".6831" to i64
  %"data_end.287" = inttoptr i64 %".6832" to ptr
  %".6833" = getelementptr i8, ptr %"keys", i64 0
  %".6834" = load volatile i16, ptr %".6833", align 2
  %".6835" = zext i16 %".6834" to i64
  %".6836" = icmp ugt i64 %".6835", 6753
  br i1 %".6836", label %"widening.test.22", label %"tipc"
widening.test.22:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6838" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6839" = load i32, ptr %".6838", align 4
  %".6840" = zext i32 %".6839" to i64
  %"data.288" = inttoptr i64 %".6840" to ptr
  %".6841" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6842" = load i32, ptr %".6841", align 4
  %".6843" = zext i32 %".6842" to i64
  %"data_end.288" = inttoptr i64 %".6843" to ptr
  %".6844" = getelementptr i8, ptr %"keys", i64 0
  %".6845" = load volatile i16, ptr %".6844", align 2
  %".6846" = zext i16 %".6845" to i64
  %".6847" = icmp ugt i64 %".6846", 6753
  br i1 %".6847", label %"widening.test.23", label %"cfm"
widening.test.23:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6849" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6850" = load i32, ptr %".6849", align 4
  %".6851" = zext i32 %".6850" to i64
  %"data.289" = inttoptr i64 %".6851" to ptr
  %".6852" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6853" = load i32, ptr %".6852", align 4
  %".6854" = zext i32 %".6853" to i64
  %"data_end.289" = inttoptr i64 %".6854" to ptr
  %".6855" = getelementptr i8, ptr %"keys", i64 0
  %".6856" = load volatile i16, ptr %".6855", align 2
  %".6857" = zext i16 %".6856" to i64
  %".6858" = icmp ugt i64 %".6857", 6753
  br i1 %".6858", label %"widening.test.24", label %"ptp"
widening.test.24:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6860" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6861" = load i32, ptr %".6860", align 4
  %".6862" = zext i32 %".6861" to i64
  %"data.290" = inttoptr i64 %".6862" to ptr
  %".6863" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6864" = load i32, ptr %".6863", align 4
  %".6865" = zext i32 %".6864" to i64
  %"data_end.290" = inttoptr i64 %".6865" to ptr
  %".6866" = getelementptr i8, ptr %"keys", i64 0
  %".6867" = load volatile i16, ptr %".6866", align 2
  %".6868" = zext i16 %".6867" to i64
  %".6869" = icmp ugt i64 %".6868", 6753
  br i1 %".6869", label %"widening.test.25", label %"arp"
widening.test.25:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6871" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6872" = load i32, ptr %".6871", align 4
  %".6873" = zext i32 %".6872" to i64
  %"data.291" = inttoptr i64 %".6873" to ptr
  %".6874" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6875" = load i32, ptr %".6874", align 4
  %".6876" = zext i32 %".6875" to i64
  %"data_end.291" = inttoptr i64 %".6876" to ptr
  %".6877" = getelementptr i8, ptr %"keys", i64 0
  %".6878" = load volatile i16, ptr %".6877", align 2
  %".6879" = zext i16 %".6878" to i64
  %".6880" = icmp ugt i64 %".6879", 6753
  br i1 %".6880", label %"widening.test.26", label %"pppoe_d1"
widening.test.26:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6882" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6883" = load i32, ptr %".6882", align 4
  %".6884" = zext i32 %".6883" to i64
  %"data.292" = inttoptr i64 %".6884" to ptr
  %".6885" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6886" = load i32, ptr %".6885", align 4
  %".6887" = zext i32 %".6886" to i64
  %"data_end.292" = inttoptr i64 %".6887" to ptr
  %".6888" = getelementptr i8, ptr %"keys", i64 0
  %".6889" = load volatile i16, ptr %".6888", align 2
  %".6890" = zext i16 %".6889" to i64
  %".6891" = icmp ugt i64 %".6890", 8519
  br i1 %".6891", label %"widening.test.27", label %"ipv6_d1"
widening.test.27:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6893" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6894" = load i32, ptr %".6893", align 4
  %".6895" = zext i32 %".6894" to i64
  %"data.293" = inttoptr i64 %".6895" to ptr
  %".6896" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6897" = load i32, ptr %".6896", align 4
  %".6898" = zext i32 %".6897" to i64
  %"data_end.293" = inttoptr i64 %".6898" to ptr
  %".6899" = getelementptr i8, ptr %"keys", i64 0
  %".6900" = load volatile i16, ptr %".6899", align 2
  %".6901" = zext i16 %".6900" to i64
  %".6902" = icmp ugt i64 %".6901", 10607
  br i1 %".6902", label %"widening.test.28", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.28:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6904" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6905" = load i32, ptr %".6904", align 4
  %".6906" = zext i32 %".6905" to i64
  %"data.294" = inttoptr i64 %".6906" to ptr
  %".6907" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6908" = load i32, ptr %".6907", align 4
  %".6909" = zext i32 %".6908" to i64
  %"data_end.294" = inttoptr i64 %".6909" to ptr
  %".6910" = getelementptr i8, ptr %"keys", i64 0
  %".6911" = load volatile i16, ptr %".6910", align 2
  %".6912" = zext i16 %".6911" to i64
  %".6913" = icmp ugt i64 %".6912", 10607
  br i1 %".6913", label %"widening.test.29", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.29:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6915" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6916" = load i32, ptr %".6915", align 4
  %".6917" = zext i32 %".6916" to i64
  %"data.295" = inttoptr i64 %".6917" to ptr
  %".6918" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6919" = load i32, ptr %".6918", align 4
  %".6920" = zext i32 %".6919" to i64
  %"data_end.295" = inttoptr i64 %".6920" to ptr
  %".6921" = getelementptr i8, ptr %"keys", i64 0
  %".6922" = load volatile i16, ptr %".6921", align 2
  %".6923" = zext i16 %".6922" to i64
  %".6924" = icmp ugt i64 %".6923", 12655
  br i1 %".6924", label %"widening.test.30", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.30:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6926" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6927" = load i32, ptr %".6926", align 4
  %".6928" = zext i32 %".6927" to i64
  %"data.296" = inttoptr i64 %".6928" to ptr
  %".6929" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6930" = load i32, ptr %".6929", align 4
  %".6931" = zext i32 %".6930" to i64
  %"data_end.296" = inttoptr i64 %".6931" to ptr
  %".6932" = getelementptr i8, ptr %"keys", i64 0
  %".6933" = load volatile i16, ptr %".6932", align 2
  %".6934" = zext i16 %".6933" to i64
  %".6935" = icmp ugt i64 %".6934", 12655
  br i1 %".6935", label %"widening.test.31", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.31:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6937" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6938" = load i32, ptr %".6937", align 4
  %".6939" = zext i32 %".6938" to i64
  %"data.297" = inttoptr i64 %".6939" to ptr
  %".6940" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6941" = load i32, ptr %".6940", align 4
  %".6942" = zext i32 %".6941" to i64
  %"data_end.297" = inttoptr i64 %".6942" to ptr
  %".6943" = getelementptr i8, ptr %"keys", i64 0
  %".6944" = load volatile i16, ptr %".6943", align 2
  %".6945" = zext i16 %".6944" to i64
  %".6946" = icmp ugt i64 %".6945", 14703
  br i1 %".6946", label %"widening.test.32", label %"icmpv6"
widening.test.32:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6948" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6949" = load i32, ptr %".6948", align 4
  %".6950" = zext i32 %".6949" to i64
  %"data.298" = inttoptr i64 %".6950" to ptr
  %".6951" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6952" = load i32, ptr %".6951", align 4
  %".6953" = zext i32 %".6952" to i64
  %"data_end.298" = inttoptr i64 %".6953" to ptr
  %".6954" = getelementptr i8, ptr %"keys", i64 0
  %".6955" = load volatile i16, ptr %".6954", align 2
  %".6956" = zext i16 %".6955" to i64
  %".6957" = icmp ugt i64 %".6956", 8519
  br i1 %".6957", label %"widening.test.33", label %"ipv4_d1"
widening.test.33:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6959" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6960" = load i32, ptr %".6959", align 4
  %".6961" = zext i32 %".6960" to i64
  %"data.299" = inttoptr i64 %".6961" to ptr
  %".6962" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6963" = load i32, ptr %".6962", align 4
  %".6964" = zext i32 %".6963" to i64
  %"data_end.299" = inttoptr i64 %".6964" to ptr
  %".6965" = getelementptr i8, ptr %"keys", i64 0
  %".6966" = load volatile i16, ptr %".6965", align 2
  %".6967" = zext i16 %".6966" to i64
  %".6968" = icmp ugt i64 %".6967", 14703
  br i1 %".6968", label %"widening.test.34", label %"mpls_d1_mpls_labels1"
widening.test.34:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6970" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6971" = load i32, ptr %".6970", align 4
  %".6972" = zext i32 %".6971" to i64
  %"data.300" = inttoptr i64 %".6972" to ptr
  %".6973" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6974" = load i32, ptr %".6973", align 4
  %".6975" = zext i32 %".6974" to i64
  %"data_end.300" = inttoptr i64 %".6975" to ptr
  %".6976" = getelementptr i8, ptr %"keys", i64 0
  %".6977" = load volatile i16, ptr %".6976", align 2
  %".6978" = zext i16 %".6977" to i64
  %".6979" = icmp ugt i64 %".6978", 14703
  br i1 %".6979", label %"widening.test.35", label %"dccp"
widening.test.35:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6981" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6982" = load i32, ptr %".6981", align 4
  %".6983" = zext i32 %".6982" to i64
  %"data.301" = inttoptr i64 %".6983" to ptr
  %".6984" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6985" = load i32, ptr %".6984", align 4
  %".6986" = zext i32 %".6985" to i64
  %"data_end.301" = inttoptr i64 %".6986" to ptr
  %".6987" = getelementptr i8, ptr %"keys", i64 0
  %".6988" = load volatile i16, ptr %".6987", align 2
  %".6989" = zext i16 %".6988" to i64
  %".6990" = icmp ugt i64 %".6989", 14703
  br i1 %".6990", label %"widening.test.36", label %"udplite"
widening.test.36:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6992" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6993" = load i32, ptr %".6992", align 4
  %".6994" = zext i32 %".6993" to i64
  %"data.302" = inttoptr i64 %".6994" to ptr
  %".6995" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6996" = load i32, ptr %".6995", align 4
  %".6997" = zext i32 %".6996" to i64
  %"data_end.302" = inttoptr i64 %".6997" to ptr
  %".6998" = getelementptr i8, ptr %"keys", i64 0
  %".6999" = load volatile i16, ptr %".6998", align 2
  %".7000" = zext i16 %".6999" to i64
  %".7001" = icmp ugt i64 %".7000", 14703
  br i1 %".7001", label %"widening.test.37", label %"sctp"
widening.test.37:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7003" = getelementptr i8, ptr %"ctx.125", i64 76
  %".7004" = load i32, ptr %".7003", align 4
  %".7005" = zext i32 %".7004" to i64
  %"data.303" = inttoptr i64 %".7005" to ptr
  %".7006" = getelementptr i8, ptr %"ctx.125", i64 80
  %".7007" = load i32, ptr %".7006", align 4
  %".7008" = zext i32 %".7007" to i64
  %"data_end.303" = inttoptr i64 %".7008" to ptr
  %".7009" = getelementptr i8, ptr %"keys", i64 0
  %".7010" = load volatile i16, ptr %".7009", align 2
  %".7011" = zext i16 %".7010" to i64
  %".7012" = icmp ugt i64 %".7011", 14703
  br i1 %".7012", label %"widening.test.38", label %"ah"
widening.test.38:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7014" = getelementptr i8, ptr %"ctx.126", i64 76
  %".7015" = load i32, ptr %".7014", align 4
  %".7016" = zext i32 %".7015" to i64
  %"data.304" = inttoptr i64 %".7016" to ptr
  %".7017" = getelementptr i8, ptr %"ctx.126", i64 80
  %".7018" = load i32, ptr %".7017", align 4
  %".7019" = zext i32 %".7018" to i64
  %"data_end.304" = inttoptr i64 %".7019" to ptr
  %".7020" = getelementptr i8, ptr %"keys", i64 0
  %".7021" = load volatile i16, ptr %".7020", align 2
  %".7022" = zext i16 %".7021" to i64
  %".7023" = icmp ugt i64 %".7022", 14703
  br i1 %".7023", label %"widening.test.39", label %"esp"
widening.test.39:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7025" = getelementptr i8, ptr %"ctx.127", i64 76
  %".7026" = load i32, ptr %".7025", align 4
  %".7027" = zext i32 %".7026" to i64
  %"data.305" = inttoptr i64 %".7027" to ptr
  %".7028" = getelementptr i8, ptr %"ctx.127", i64 80
  %".7029" = load i32, ptr %".7028", align 4
  %".7030" = zext i32 %".7029" to i64
  %"data_end.305" = inttoptr i64 %".7030" to ptr
  %".7031" = getelementptr i8, ptr %"keys", i64 0
  %".7032" = load volatile i16, ptr %".7031", align 2
  %".7033" = zext i16 %".7032" to i64
  %".7034" = icmp ugt i64 %".7033", 14703
  br i1 %".7034", label %"widening.test.40", label %"gre_version_d1"
widening.test.40:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7036" = getelementptr i8, ptr %"ctx.128", i64 76
  %".7037" = load i32, ptr %".7036", align 4
  %".7038" = zext i32 %".7037" to i64
  %"data.306" = inttoptr i64 %".7038" to ptr
  %".7039" = getelementptr i8, ptr %"ctx.128", i64 80
  %".7040" = load i32, ptr %".7039", align 4
  %".7041" = zext i32 %".7040" to i64
  %"data_end.306" = inttoptr i64 %".7041" to ptr
  %".7042" = getelementptr i8, ptr %"keys", i64 0
  %".7043" = load volatile i16, ptr %".7042", align 2
  %".7044" = zext i16 %".7043" to i64
  %".7045" = icmp ugt i64 %".7044", 8579
  br i1 %".7045", label %"widening.test.41", label %"icmp"
widening.test.41:
  %"ctx.129" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7047" = getelementptr i8, ptr %"ctx.129", i64 76
  %".7048" = load i32, ptr %".7047", align 4
  %".7049" = zext i32 %".7048" to i64
  %"data.307" = inttoptr i64 %".7049" to ptr
  %".7050" = getelementptr i8, ptr %"ctx.129", i64 80
  %".7051" = load i32, ptr %".7050", align 4
  %".7052" = zext i32 %".7051" to i64
  %"data_end.307" = inttoptr i64 %".7052" to ptr
  %".7053" = getelementptr i8, ptr %"keys", i64 0
  %".7054" = load volatile i16, ptr %".7053", align 2
  %".7055" = zext i16 %".7054" to i64
  %".7056" = icmp ugt i64 %".7055", 14703
  br i1 %".7056", label %"widening.test.42", label %"udp_d1"
widening.test.42:
  %"ctx.130" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7058" = getelementptr i8, ptr %"ctx.130", i64 76
  %".7059" = load i32, ptr %".7058", align 4
  %".7060" = zext i32 %".7059" to i64
  %"data.308" = inttoptr i64 %".7060" to ptr
  %".7061" = getelementptr i8, ptr %"ctx.130", i64 80
  %".7062" = load i32, ptr %".7061", align 4
  %".7063" = zext i32 %".7062" to i64
  %"data_end.308" = inttoptr i64 %".7063" to ptr
  %".7064" = getelementptr i8, ptr %"keys", i64 0
  %".7065" = load volatile i16, ptr %".7064", align 2
  %".7066" = zext i16 %".7065" to i64
  %".7067" = icmp ugt i64 %".7066", 14703
  br i1 %".7067", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }