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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".405", %"vlan_d0_vlan_tags1.to_ipv4"], [%".549", %"pppoe_d0.to_ipv4"], [%".710", %"hsr_d0_vlan_tags1.to_ipv4"], [%".2061", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2143", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6684", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".405", %"vlan_d0_vlan_tags1.to_ipv6"], [%".549", %"pppoe_d0.to_ipv6"], [%".710", %"hsr_d0_vlan_tags1.to_ipv6"], [%".2061", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2143", %"hsr_d0_vlan_tags2.to_ipv6"], [%".6629", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.42", %"pppoe_d0.to_ipv6"], [%"data.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.270", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.42", %"pppoe_d0.to_ipv6"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.270", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.42", %"pppoe_d0.to_ipv6"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".229" = getelementptr i8, ptr %"hdr.1", i64 40
  %".230" = icmp ugt ptr %".229", %"data_end.3"
  br i1 %".230", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".232" = getelementptr i8, ptr %"hdr.1", i64 0
  %".233" = load i32, ptr %".232", align 4
  %".234" = getelementptr i8, ptr %"hdr.1", i64 6
  %".235" = load i8, ptr %".234", align 1
  %".236" = getelementptr i8, ptr %"hdr.1", i64 8
  %".237" = load i64, ptr %".236", align 8
  %".238" = getelementptr i8, ptr %"hdr.1", i64 16
  %".239" = load i64, ptr %".238", align 8
  %".240" = getelementptr i8, ptr %"hdr.1", i64 24
  %".241" = load i64, ptr %".240", align 8
  %".242" = getelementptr i8, ptr %"hdr.1", i64 32
  %".243" = load i64, ptr %".242", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".233", %"ipv6_d0.linear"], [%".262", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".235", %"ipv6_d0.linear"], [%".264", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".237", %"ipv6_d0.linear"], [%".266", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".239", %"ipv6_d0.linear"], [%".268", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".241", %"ipv6_d0.linear"], [%".270", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".243", %"ipv6_d0.linear"], [%".272", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".274" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %"w6_1", ptr %".274", align 1
  %".276" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".276", align 8
  %".278" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".278", align 8
  %".280" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".280", align 8
  %".282" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".282", align 8
  %".284" = trunc i64 34525 to i16
  %".285" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".284", ptr %".285", align 2
  %".287" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".288" = zext i32 %".287" to i64
  %".289" = and i64 %".288", 1048575
  %".290" = trunc i64 %".289" to i32
  %".291" = call i32 @"llvm.bswap.i32"(i32 %".290")
  %".292" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".291", ptr %".292", align 4
  %".294" = add i64 %"cursor.2", 40
  %".295" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".296" = zext i32 %".295" to i64
  %".297" = and i64 %".296", 1048575
  %".298" = icmp ne i64 %".297", 0
  %".299" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".299", align 4
  %".300" = and i32 %"flags.3", 2
  %".301" = icmp ne i32 %".300", 0
  %".302" = and i1 %".298", %".301"
  br i1 %".302", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".378" = getelementptr i8, ptr %"hdr.2", i64 4
  %".379" = icmp ugt ptr %".378", %"data_end.4"
  br i1 %".379", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".381" = getelementptr i8, ptr %"hdr.2", i64 2
  %".382" = load i16, ptr %".381", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".382", %"vlan_d0_vlan_tags1.linear"], [%".401", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".403" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %"w2_2", ptr %".403", align 2
  %".405" = add i64 %"cursor.3", 4
  %".406" = trunc i64 %".405" to i16
  %".407" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".406", ptr %".407", align 2
  %".409" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".410" = zext i16 %".409" to i64
  %".411" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2")
  %".412" = icmp eq i16 %".411", 8
  br i1 %".412", label %"vlan_d0_vlan_tags1.to_ipv4", label %"vlan_d0_vlan_tags1.select"
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".294", %"ipv6_d0.to_mpls"], [%".405", %"vlan_d0_vlan_tags1.to_mpls"], [%".405", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".549", %"pppoe_d0.to_mpls"], [%".549", %"pppoe_d0.to_mpls.1"], [%".710", %"hsr_d0_vlan_tags1.to_mpls"], [%".710", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".2061", %"vlan_d0_vlan_tags2.to_mpls"], [%".2061", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2143", %"hsr_d0_vlan_tags2.to_mpls"], [%".2143", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6695", %"widening.test.10"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.42", %"pppoe_d0.to_mpls"], [%"data.42", %"pppoe_d0.to_mpls.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.276", %"widening.test.10"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.42", %"pppoe_d0.to_mpls"], [%"data_end.42", %"pppoe_d0.to_mpls.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.276", %"widening.test.10"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.42", %"pppoe_d0.to_mpls"], [%"keys.42", %"pppoe_d0.to_mpls.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.10"]
  %".448" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".449" = getelementptr i8, ptr %"hdr.3", i64 4
  %".450" = icmp ugt ptr %".449", %"data_end.5"
  br i1 %".450", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".452" = getelementptr i8, ptr %"hdr.3", i64 2
  %".453" = load i8, ptr %".452", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".453", %"mpls_d0_mpls_labels1.linear"], [%".472", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".474" = add i64 %"cursor.4", 4
  %".475" = zext i8 %"w2_1" to i64
  %".476" = and i64 %".475", 1
  %".477" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".476")
  %".478" = icmp eq i64 %".477", 0
  br i1 %".478", label %"mpls_d0_mpls_labels1.to_mpls", label %"mpls_d0_mpls_labels1.select"
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels2:
  %"cursor.29" = phi  i64 [%".474", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.39" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.39" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.39" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2198" = add i64 %"cursor.29", 4
  %"hdr.26" = getelementptr i8, ptr %"data.39", i64 %"cursor.29"
  %".2199" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2200" = icmp ugt ptr %".2199", %"data_end.39"
  br i1 %".2200", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2202" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2203" = load i8, ptr %".2202", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2203", %"mpls_d0_mpls_labels2.linear"], [%".2222", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.111" = phi  ptr [%"data.39", %"mpls_d0_mpls_labels2.linear"], [%"data.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.39", %"mpls_d0_mpls_labels2.linear"], [%"data_end.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.39", %"mpls_d0_mpls_labels2.linear"], [%"keys.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2224" = add i64 %"cursor.29", 4
  %".2225" = zext i8 %"w2_1.1" to i64
  %".2226" = and i64 %".2225", 1
  %".2227" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2226")
  %".2228" = icmp eq i64 %".2227", 0
  br i1 %".2228", label %"mpls_d0_mpls_labels2.to_mpls", label %"mpls_d0_mpls_labels2.select"
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels3:
  %"cursor.51" = phi  i64 [%".2224", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.112" = phi  ptr [%"data.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.112" = phi  ptr [%"keys.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %".4157" = add i64 %"cursor.51", 4
  %"hdr.45" = getelementptr i8, ptr %"data.112", i64 %"cursor.51"
  %".4158" = getelementptr i8, ptr %"hdr.45", i64 4
  %".4159" = icmp ugt ptr %".4158", %"data_end.112"
  br i1 %".4159", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".4161" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4162" = load i8, ptr %".4161", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".4162", %"mpls_d0_mpls_labels3.linear"], [%".4181", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.184" = phi  ptr [%"data.112", %"mpls_d0_mpls_labels3.linear"], [%"data.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.184" = phi  ptr [%"data_end.112", %"mpls_d0_mpls_labels3.linear"], [%"data_end.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.184" = phi  ptr [%"keys.112", %"mpls_d0_mpls_labels3.linear"], [%"keys.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".4183" = add i64 %"cursor.51", 4
  %".4184" = zext i8 %"w2_1.3" to i64
  %".4185" = and i64 %".4184", 1
  %".4186" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4185")
  %".4187" = icmp eq i64 %".4186", 0
  br i1 %".4187", label %"mpls_d0_mpls_labels3.to_mpls", label %"mpls_d0_mpls_labels3.select"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".4183", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.185" = phi  ptr [%"data.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.185" = phi  ptr [%"data_end.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.185" = phi  ptr [%"keys.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5772" = add i64 %"cursor.70", 4
  %"hdr.62" = getelementptr i8, ptr %"data.185", i64 %"cursor.70"
  %".5773" = getelementptr i8, ptr %"hdr.62", i64 4
  %".5774" = icmp ugt ptr %".5773", %"data_end.185"
  br i1 %".5774", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5776" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5777" = load i8, ptr %".5776", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5777", %"mpls_d0_mpls_labels4.linear"], [%".5796", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.236" = phi  ptr [%"data.185", %"mpls_d0_mpls_labels4.linear"], [%"data.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.236" = phi  ptr [%"data_end.185", %"mpls_d0_mpls_labels4.linear"], [%"data_end.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.236" = phi  ptr [%"keys.185", %"mpls_d0_mpls_labels4.linear"], [%"keys.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5798" = add i64 %"cursor.70", 4
  %".5799" = zext i8 %"w2_1.5" to i64
  %".5800" = and i64 %".5799", 1
  %".5801" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5800")
  %".5802" = icmp eq i64 %".5801", 0
  br i1 %".5802", label %"mpls_d0_mpls_labels4.to_mpls", label %"mpls_d0_mpls_labels4.select"
mpls_d0_mpls_labels4.to_mpls:
  %".5809" = trunc i64 %".5798" to i16
  %".5810" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5809", ptr %".5810", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".405", %"vlan_d0_vlan_tags1.to_pppoe"], [%".710", %"hsr_d0_vlan_tags1.to_pppoe"], [%".2061", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2143", %"hsr_d0_vlan_tags2.to_pppoe"], [%".6618", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.269", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.269", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".499" = getelementptr i8, ptr %"hdr.4", i64 8
  %".500" = icmp ugt ptr %".499", %"data_end.6"
  br i1 %".500", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".502" = getelementptr i8, ptr %"hdr.4", i64 0
  %".503" = load i8, ptr %".502", align 1
  %".504" = getelementptr i8, ptr %"hdr.4", i64 1
  %".505" = load i8, ptr %".504", align 1
  %".506" = getelementptr i8, ptr %"hdr.4", i64 6
  %".507" = load i16, ptr %".506", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".503", %"pppoe_d0.linear"], [%".526", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".505", %"pppoe_d0.linear"], [%".528", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".507", %"pppoe_d0.linear"], [%".530", %"pppoe_d0.copy_failed.endif"]
  %"data.42" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.41", %"pppoe_d0.copy_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.41", %"pppoe_d0.copy_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.41", %"pppoe_d0.copy_failed.endif"]
  %".532" = zext i8 %"w0_1.1" to i64
  %".533" = lshr i64 %".532", 4
  %".534" = and i64 %".533", 15
  %".535" = icmp eq i64 %".534", 1
  %".536" = zext i8 %"w0_1.1" to i64
  %".537" = and i64 %".536", 15
  %".538" = icmp eq i64 %".537", 1
  %".539" = and i1 %".535", %".538"
  %".540" = zext i8 %"w1_1" to i64
  %".541" = icmp eq i64 %".540", 0
  %".542" = and i1 %".539", %".541"
  %".543" = xor i1 %".542", -1
  br i1 %".543", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".405", %"vlan_d0_vlan_tags1.to_arp"], [%".405", %"vlan_d0_vlan_tags1.to_arp.1"], [%".710", %"hsr_d0_vlan_tags1.to_arp"], [%".710", %"hsr_d0_vlan_tags1.to_arp.1"], [%".799", %"batadv_d0.stop_at_encap.endif.7"], [%".799", %"batadv_d0.stop_at_encap.endif.8"], [%".2061", %"vlan_d0_vlan_tags2.to_arp"], [%".2061", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2143", %"hsr_d0_vlan_tags2.to_arp"], [%".2143", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2322", %"vlan_d1_vlan_tags1.to_arp"], [%".2322", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2543", %"hsr_d1_vlan_tags1.to_arp"], [%".2543", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.5", %"gre_d0.to_arp"], [%"end.5", %"gre_d0.to_arp.1"], [%".4235", %"vlan_d1_vlan_tags2.to_arp"], [%".4235", %"vlan_d1_vlan_tags2.to_arp.1"], [%".4317", %"hsr_d1_vlan_tags2.to_arp"], [%".4317", %"hsr_d1_vlan_tags2.to_arp.1"], [%".4453", %"ethernet_d1.to_arp"], [%".4453", %"ethernet_d1.to_arp.1"], [%".6849", %"widening.test.24"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.167", %"gre_d0.to_arp"], [%"data.167", %"gre_d0.to_arp.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.194", %"ethernet_d1.to_arp"], [%"data.194", %"ethernet_d1.to_arp.1"], [%"data.290", %"widening.test.24"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.167", %"gre_d0.to_arp"], [%"data_end.167", %"gre_d0.to_arp.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.194", %"ethernet_d1.to_arp"], [%"data_end.194", %"ethernet_d1.to_arp.1"], [%"data_end.290", %"widening.test.24"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.167", %"gre_d0.to_arp"], [%"keys.167", %"gre_d0.to_arp.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.194", %"ethernet_d1.to_arp"], [%"keys.194", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.24"]
  %".596" = add i64 %"cursor.6", 0
  %".597" = trunc i64 %".596" to i16
  %".598" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".597", ptr %".598", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".405", %"vlan_d0_vlan_tags1.to_ptp"], [%".710", %"hsr_d0_vlan_tags1.to_ptp"], [%".799", %"batadv_d0.stop_at_encap.endif.9"], [%".2061", %"vlan_d0_vlan_tags2.to_ptp"], [%".2143", %"hsr_d0_vlan_tags2.to_ptp"], [%".2322", %"vlan_d1_vlan_tags1.to_ptp"], [%".2543", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.5", %"gre_d0.to_ptp"], [%".4235", %"vlan_d1_vlan_tags2.to_ptp"], [%".4317", %"hsr_d1_vlan_tags2.to_ptp"], [%".4453", %"ethernet_d1.to_ptp"], [%".6838", %"widening.test.23"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.167", %"gre_d0.to_ptp"], [%"data.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.194", %"ethernet_d1.to_ptp"], [%"data.289", %"widening.test.23"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.167", %"gre_d0.to_ptp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.194", %"ethernet_d1.to_ptp"], [%"data_end.289", %"widening.test.23"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.167", %"gre_d0.to_ptp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.194", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.23"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".601" = getelementptr i8, ptr %"hdr.5", i64 34
  %".602" = icmp ugt ptr %".601", %"data_end.8"
  br i1 %".602", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.45" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.44", %"ptp.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.44", %"ptp.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.44", %"ptp.copy_failed.endif"]
  %".622" = add i64 %"cursor.7", 34
  %".623" = trunc i64 %".622" to i16
  %".624" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".623", ptr %".624", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".405", %"vlan_d0_vlan_tags1.to_cfm"], [%".710", %"hsr_d0_vlan_tags1.to_cfm"], [%".799", %"batadv_d0.stop_at_encap.endif.10"], [%".2061", %"vlan_d0_vlan_tags2.to_cfm"], [%".2143", %"hsr_d0_vlan_tags2.to_cfm"], [%".2322", %"vlan_d1_vlan_tags1.to_cfm"], [%".2543", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.5", %"gre_d0.to_cfm"], [%".4235", %"vlan_d1_vlan_tags2.to_cfm"], [%".4317", %"hsr_d1_vlan_tags2.to_cfm"], [%".4453", %"ethernet_d1.to_cfm"], [%".6827", %"widening.test.22"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.167", %"gre_d0.to_cfm"], [%"data.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.194", %"ethernet_d1.to_cfm"], [%"data.288", %"widening.test.22"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.167", %"gre_d0.to_cfm"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.194", %"ethernet_d1.to_cfm"], [%"data_end.288", %"widening.test.22"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.167", %"gre_d0.to_cfm"], [%"keys.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.194", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.22"]
  %".627" = add i64 %"cursor.8", 0
  %".628" = trunc i64 %".627" to i16
  %".629" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".628", ptr %".629", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".405", %"vlan_d0_vlan_tags1.to_tipc"], [%".710", %"hsr_d0_vlan_tags1.to_tipc"], [%".799", %"batadv_d0.stop_at_encap.endif.11"], [%".2061", %"vlan_d0_vlan_tags2.to_tipc"], [%".2143", %"hsr_d0_vlan_tags2.to_tipc"], [%".2322", %"vlan_d1_vlan_tags1.to_tipc"], [%".2543", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.5", %"gre_d0.to_tipc"], [%".4235", %"vlan_d1_vlan_tags2.to_tipc"], [%".4317", %"hsr_d1_vlan_tags2.to_tipc"], [%".4453", %"ethernet_d1.to_tipc"], [%".6816", %"widening.test.21"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.167", %"gre_d0.to_tipc"], [%"data.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.194", %"ethernet_d1.to_tipc"], [%"data.287", %"widening.test.21"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.167", %"gre_d0.to_tipc"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.194", %"ethernet_d1.to_tipc"], [%"data_end.287", %"widening.test.21"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.167", %"gre_d0.to_tipc"], [%"keys.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.194", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.21"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".632" = getelementptr i8, ptr %"hdr.6", i64 16
  %".633" = icmp ugt ptr %".632", %"data_end.10"
  br i1 %".633", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.47" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.46", %"tipc.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.46", %"tipc.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.46", %"tipc.copy_failed.endif"]
  %".653" = trunc i64 %"cursor.9" to i16
  %".654" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".653", ptr %".654", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".405", %"vlan_d0_vlan_tags1.to_fcoe"], [%".710", %"hsr_d0_vlan_tags1.to_fcoe"], [%".799", %"batadv_d0.stop_at_encap.endif.12"], [%".2061", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2143", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2322", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2543", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.5", %"gre_d0.to_fcoe"], [%".4235", %"vlan_d1_vlan_tags2.to_fcoe"], [%".4317", %"hsr_d1_vlan_tags2.to_fcoe"], [%".4453", %"ethernet_d1.to_fcoe"], [%".6805", %"widening.test.20"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.167", %"gre_d0.to_fcoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.194", %"ethernet_d1.to_fcoe"], [%"data.286", %"widening.test.20"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.167", %"gre_d0.to_fcoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.194", %"ethernet_d1.to_fcoe"], [%"data_end.286", %"widening.test.20"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.167", %"gre_d0.to_fcoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.194", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.20"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".657" = getelementptr i8, ptr %"hdr.7", i64 38
  %".658" = icmp ugt ptr %".657", %"data_end.11"
  br i1 %".658", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.49" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.48", %"fcoe.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.48", %"fcoe.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.48", %"fcoe.copy_failed.endif"]
  %".678" = add i64 %"cursor.10", 38
  %".679" = trunc i64 %".678" to i16
  %".680" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".679", ptr %".680", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".683" = getelementptr i8, ptr %"hdr.8", i64 6
  %".684" = icmp ugt ptr %".683", %"data_end.12"
  br i1 %".684", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".686" = getelementptr i8, ptr %"hdr.8", i64 4
  %".687" = load i16, ptr %".686", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".687", %"hsr_d0_vlan_tags1.linear"], [%".706", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".708" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %"w4_2", ptr %".708", align 2
  %".710" = add i64 %"cursor.11", 6
  %".711" = trunc i64 %".710" to i16
  %".712" = getelementptr i8, ptr %"keys.51", i64 0
  store i16 %".711", ptr %".712", align 2
  %".714" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".715" = zext i16 %".714" to i64
  %".716" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2")
  %".717" = icmp eq i16 %".716", 8
  br i1 %".717", label %"hsr_d0_vlan_tags1.to_ipv4", label %"hsr_d0_vlan_tags1.select"
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".405", %"vlan_d0_vlan_tags1.to_batadv"], [%".710", %"hsr_d0_vlan_tags1.to_batadv"], [%".2061", %"vlan_d0_vlan_tags2.to_batadv"], [%".2143", %"hsr_d0_vlan_tags2.to_batadv"], [%".6607", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.268", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.268", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".753" = getelementptr i8, ptr %"hdr.9", i64 24
  %".754" = icmp ugt ptr %".753", %"data_end.13"
  br i1 %".754", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".756" = getelementptr i8, ptr %"hdr.9", i64 0
  %".757" = load i8, ptr %".756", align 1
  %".758" = getelementptr i8, ptr %"hdr.9", i64 1
  %".759" = load i8, ptr %".758", align 1
  %".760" = getelementptr i8, ptr %"hdr.9", i64 22
  %".761" = load i16, ptr %".760", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".757", %"batadv_d0.linear"], [%".780", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".759", %"batadv_d0.linear"], [%".782", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".761", %"batadv_d0.linear"], [%".784", %"batadv_d0.copy_failed.endif"]
  %"data.53" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.52", %"batadv_d0.copy_failed.endif"]
  %"data_end.53" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.52", %"batadv_d0.copy_failed.endif"]
  %"keys.53" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.52", %"batadv_d0.copy_failed.endif"]
  %".786" = zext i8 %"w1_1.1" to i64
  %".787" = icmp eq i64 %".786", 15
  %".788" = zext i8 %"w0_1.2" to i64
  %".789" = icmp eq i64 %".788", 64
  %".790" = and i1 %".787", %".789"
  %".791" = xor i1 %".790", -1
  br i1 %".791", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".294", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1476", %"ipv6_d1.to_tcp"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".6064", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".6184", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".7047", %"widening.test.42"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.75", %"ipv4_d1.to_tcp"], [%"data.83", %"ipv6_d1.to_tcp"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.308", %"widening.test.42"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.75", %"ipv4_d1.to_tcp"], [%"data_end.83", %"ipv6_d1.to_tcp"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.308", %"widening.test.42"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.75", %"ipv4_d1.to_tcp"], [%"keys.83", %"ipv6_d1.to_tcp"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.42"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".1031" = getelementptr i8, ptr %"hdr.10", i64 4
  %".1032" = icmp ugt ptr %".1031", %"data_end.17"
  br i1 %".1032", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".1034" = getelementptr i8, ptr %"hdr.10", i64 0
  %".1035" = load i32, ptr %".1034", align 4
  br label %"tcp.header"
tcp.header:
  %"w0_4.1" = phi  i32 [%".1035", %"tcp.linear"], [%".1054", %"tcp.copy_failed.endif"]
  %"data.60" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.59", %"tcp.copy_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.59", %"tcp.copy_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.59", %"tcp.copy_failed.endif"]
  %".1056" = getelementptr i8, ptr %"keys.60", i64 12
  store i32 %"w0_4.1", ptr %".1056", align 4
  br label %"tcp.to_tcp_header"
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.61" = phi  ptr [%"data.60", %"tcp.to_tcp_header"]
  %"data_end.61" = phi  ptr [%"data_end.60", %"tcp.to_tcp_header"]
  %"keys.61" = phi  ptr [%"keys.60", %"tcp.to_tcp_header"]
  %"hdr.33" = getelementptr i8, ptr %"data.61", i64 %"cursor.37"
  %".2912" = getelementptr i8, ptr %"hdr.33", i64 20
  %".2913" = icmp ugt ptr %".2912", %"data_end.61"
  br i1 %".2913", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2915" = getelementptr i8, ptr %"hdr.33", i64 12
  %".2916" = load i8, ptr %".2915", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2916", %"tcp_header.linear"], [%".2935", %"tcp_header.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.61", %"tcp_header.linear"], [%"data.128", %"tcp_header.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.61", %"tcp_header.linear"], [%"data_end.128", %"tcp_header.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.61", %"tcp_header.linear"], [%"keys.128", %"tcp_header.copy_failed.endif"]
  %".2937" = zext i8 %"w12_1" to i64
  %".2938" = lshr i64 %".2937", 4
  %".2939" = and i64 %".2938", 15
  %".2940" = icmp uge i64 %".2939", 5
  %".2941" = xor i1 %".2940", -1
  br i1 %".2941", label %"tcp_header.require", label %"tcp_header.require.endif"
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
  br label %"udp_d0"
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
  %".198" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".198", align 4
  br label %"ipv4_d1"
ipv4_d0.to_gre_version:
  br label %"gre_version_d0"
ipv4_d0.to_ipv6:
  %".202" = trunc i64 34525 to i16
  %".203" = call i16 @"llvm.bswap.i16"(i16 %".202")
  %".204" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".203", ptr %".204", align 2
  %".206" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".206", align 1
  %".208" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".208", align 4
  %".209" = and i32 %"flags.2", 4
  %".210" = icmp ne i32 %".209", 0
  br i1 %".210", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1", !prof !0
ipv4_d0.stop_at_encap.endif.1:
  %".216" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".216", align 4
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
  %".224" = trunc i64 34887 to i16
  %".225" = call i16 @"llvm.bswap.i16"(i16 %".224")
  %".226" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".225", ptr %".226", align 2
  br label %"mpls_d0_mpls_labels1"
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
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".294", %"ipv6_d0.to_udp"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6717", %"widening.test.12"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.278", %"widening.test.12"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.278", %"widening.test.12"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys", %"widening.test.12"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".1064" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1065" = icmp ugt ptr %".1064", %"data_end.18"
  br i1 %".1065", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".1067" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1068" = load i32, ptr %".1067", align 4
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_4.2" = phi  i32 [%".1068", %"udp_d0.linear"], [%".1087", %"udp_d0.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.18", %"udp_d0.linear"], [%"data.62", %"udp_d0.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.18", %"udp_d0.linear"], [%"data_end.62", %"udp_d0.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.18", %"udp_d0.linear"], [%"keys.62", %"udp_d0.copy_failed.endif"]
  %".1089" = getelementptr i8, ptr %"keys.63", i64 12
  store i32 %"w0_4.2", ptr %".1089", align 4
  %".1091" = add i64 %"cursor.14", 4
  %".1092" = add i64 4, 4
  %".1093" = getelementptr i8, ptr %"data.63", i64 %"cursor.14"
  %".1094" = getelementptr i8, ptr %".1093", i64 %".1092"
  %".1095" = icmp ugt ptr %".1094", %"data_end.63"
  br i1 %".1095", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.65" = phi  ptr [%"data.63", %"udp_d0.header"], [%"data.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.63", %"udp_d0.header"], [%"data_end.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.63", %"udp_d0.header"], [%"keys.64", %"udp_d0.copy_last_byte_failed.endif"]
  %".1116" = add i64 %"cursor.14", %".1092"
  %".1117" = lshr i32 %"w0_4.2", 16
  %".1118" = trunc i32 %".1117" to i16
  %".1119" = call i16 @"llvm.bswap.i16"(i16 %".1118")
  %".1120" = zext i16 %".1119" to i64
  %".1121" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".1118")
  %".1122" = icmp eq i16 %".1121", 46354
  br i1 %".1122", label %"udp_d0.to_vxlan", label %"udp_d0.select"
udp_d0.to_vxlan:
  br label %"vxlan_d0"
vxlan_d0:
  %"cursor.38" = phi  i64 [%".1116", %"udp_d0.to_vxlan"]
  %"data.66" = phi  ptr [%"data.65", %"udp_d0.to_vxlan"]
  %"data_end.66" = phi  ptr [%"data_end.65", %"udp_d0.to_vxlan"]
  %"keys.66" = phi  ptr [%"keys.65", %"udp_d0.to_vxlan"]
  %"hdr.34" = getelementptr i8, ptr %"data.66", i64 %"cursor.38"
  %".2990" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2991" = icmp ugt ptr %".2990", %"data_end.66"
  br i1 %".2991", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.134" = phi  ptr [%"data.66", %"vxlan_d0.linear"], [%"data.133", %"vxlan_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"vxlan_d0.linear"], [%"data_end.133", %"vxlan_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"vxlan_d0.linear"], [%"keys.133", %"vxlan_d0.copy_failed.endif"]
  %".3011" = add i64 %"cursor.38", 8
  %".3012" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".3012", align 1
  %".3014" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.52" = load volatile i32, ptr %".3014", align 4
  %".3015" = and i32 %"flags.52", 4
  %".3016" = icmp ne i32 %".3015", 0
  br i1 %".3016", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif", !prof !0
vxlan_d0.stop_at_encap.endif:
  %".3022" = getelementptr i8, ptr %"keys.134", i64 12
  store i32 0, ptr %".3022", align 4
  br label %"vxlan_d0.to_ethernet"
vxlan_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.55" = phi  i64 [%".3011", %"vxlan_d0.to_ethernet"], [%"end.3", %"geneve_d0.to_ethernet"], [%"end.5", %"gre_d0.to_ethernet"], [%".6739", %"widening.test.14"]
  %"data.135" = phi  ptr [%"data.134", %"vxlan_d0.to_ethernet"], [%"data.140", %"geneve_d0.to_ethernet"], [%"data.167", %"gre_d0.to_ethernet"], [%"data.280", %"widening.test.14"]
  %"data_end.135" = phi  ptr [%"data_end.134", %"vxlan_d0.to_ethernet"], [%"data_end.140", %"geneve_d0.to_ethernet"], [%"data_end.167", %"gre_d0.to_ethernet"], [%"data_end.280", %"widening.test.14"]
  %"keys.135" = phi  ptr [%"keys.134", %"vxlan_d0.to_ethernet"], [%"keys.140", %"geneve_d0.to_ethernet"], [%"keys.167", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.14"]
  %"hdr.49" = getelementptr i8, ptr %"data.135", i64 %"cursor.55"
  %".4426" = getelementptr i8, ptr %"hdr.49", i64 14
  %".4427" = icmp ugt ptr %".4426", %"data_end.135"
  br i1 %".4427", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4429" = getelementptr i8, ptr %"hdr.49", i64 12
  %".4430" = load i16, ptr %".4429", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4430", %"ethernet_d1.linear"], [%".4449", %"ethernet_d1.copy_failed.endif"]
  %"data.194" = phi  ptr [%"data.135", %"ethernet_d1.linear"], [%"data.193", %"ethernet_d1.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.135", %"ethernet_d1.linear"], [%"data_end.193", %"ethernet_d1.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.135", %"ethernet_d1.linear"], [%"keys.193", %"ethernet_d1.copy_failed.endif"]
  %".4451" = getelementptr i8, ptr %"keys.194", i64 10
  store i16 %"w12_2", ptr %".4451", align 2
  %".4453" = add i64 %"cursor.55", 14
  %".4454" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4455" = zext i16 %".4454" to i64
  %".4456" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w12_2")
  %".4457" = icmp eq i16 %".4456", 8
  br i1 %".4457", label %"ethernet_d1.to_ipv4", label %"ethernet_d1.select"
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
icmp:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".7025", %"widening.test.40"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.75", %"ipv4_d1.to_icmp"], [%"data.306", %"widening.test.40"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.75", %"ipv4_d1.to_icmp"], [%"data_end.306", %"widening.test.40"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.75", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.40"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".1146" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1147" = icmp ugt ptr %".1146", %"data_end.19"
  br i1 %".1147", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.72" = phi  ptr [%"data.19", %"icmp.linear"], [%"data.71", %"icmp.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.19", %"icmp.linear"], [%"data_end.71", %"icmp.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.19", %"icmp.linear"], [%"keys.71", %"icmp.copy_failed.endif"]
  %".1167" = add i64 %"cursor.15", 4
  %".1168" = trunc i64 %"cursor.15" to i16
  %".1169" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1168", ptr %".1169", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".194" = trunc i64 %"end" to i16
  %".195" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".194", ptr %".195", align 2
  br label %"return"
ipv4_d1:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".294", %"ipv6_d0.stop_at_encap.endif.1"], [%".799", %"batadv_d0.stop_at_encap.endif"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2322", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2469", %"pppoe_d1.to_ipv4"], [%".2543", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.3", %"geneve_d0.to_ipv4"], [%"end.4", %"gue_d0.to_ipv4"], [%".3353", %"shim_d0.to_ipv4"], [%"end.5", %"gre_d0.to_ipv4"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".4235", %"vlan_d1_vlan_tags2.to_ipv4"], [%".4317", %"hsr_d1_vlan_tags2.to_ipv4"], [%".4453", %"ethernet_d1.to_ipv4"], [%".5202", %"ppp_d0.stop_at_encap.endif"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6937", %"widening.test.32"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.114", %"ip_version_d1.to_ipv4"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.123", %"pppoe_d1.to_ipv4"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.140", %"geneve_d0.to_ipv4"], [%"data.145", %"gue_d0.to_ipv4"], [%"data.151", %"shim_d0.to_ipv4"], [%"data.167", %"gre_d0.to_ipv4"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.194", %"ethernet_d1.to_ipv4"], [%"data.223", %"ppp_d0.stop_at_encap.endif"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.298", %"widening.test.32"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.114", %"ip_version_d1.to_ipv4"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.123", %"pppoe_d1.to_ipv4"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.140", %"geneve_d0.to_ipv4"], [%"data_end.145", %"gue_d0.to_ipv4"], [%"data_end.151", %"shim_d0.to_ipv4"], [%"data_end.167", %"gre_d0.to_ipv4"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.194", %"ethernet_d1.to_ipv4"], [%"data_end.223", %"ppp_d0.stop_at_encap.endif"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.298", %"widening.test.32"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.114", %"ip_version_d1.to_ipv4"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.123", %"pppoe_d1.to_ipv4"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.140", %"geneve_d0.to_ipv4"], [%"keys.145", %"gue_d0.to_ipv4"], [%"keys.151", %"shim_d0.to_ipv4"], [%"keys.167", %"gre_d0.to_ipv4"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.194", %"ethernet_d1.to_ipv4"], [%"keys.223", %"ppp_d0.stop_at_encap.endif"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.32"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1172" = getelementptr i8, ptr %"hdr.13", i64 20
  %".1173" = icmp ugt ptr %".1172", %"data_end.20"
  br i1 %".1173", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1175" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1176" = load i8, ptr %".1175", align 1
  %".1177" = getelementptr i8, ptr %"hdr.13", i64 6
  %".1178" = load i16, ptr %".1177", align 2
  %".1179" = getelementptr i8, ptr %"hdr.13", i64 9
  %".1180" = load i8, ptr %".1179", align 1
  %".1181" = getelementptr i8, ptr %"hdr.13", i64 12
  %".1182" = load i64, ptr %".1181", align 8
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.3" = phi  i8 [%".1176", %"ipv4_d1.linear"], [%".1201", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1178", %"ipv4_d1.linear"], [%".1203", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1180", %"ipv4_d1.linear"], [%".1205", %"ipv4_d1.copy_failed.endif"]
  %"w12_8.1" = phi  i64 [%".1182", %"ipv4_d1.linear"], [%".1214", %"ipv4_d1.copy_failed.endif"]
  %"data.74" = phi  ptr [%"data.20", %"ipv4_d1.linear"], [%"data.73", %"ipv4_d1.copy_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.20", %"ipv4_d1.linear"], [%"data_end.73", %"ipv4_d1.copy_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.20", %"ipv4_d1.linear"], [%"keys.73", %"ipv4_d1.copy_failed.endif"]
  %".1216" = zext i8 %"w0_1.3" to i64
  %".1217" = and i64 %".1216", 15
  %".1218" = icmp uge i64 %".1217", 5
  %".1219" = xor i1 %".1218", -1
  br i1 %".1219", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
gre_version_d0:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".294", %"ipv6_d0.to_gre_version"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6706", %"widening.test.11"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.277", %"widening.test.11"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.277", %"widening.test.11"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.11"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1347" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1348" = icmp ugt ptr %".1347", %"data_end.21"
  br i1 %".1348", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1350" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1351" = load i8, ptr %".1350", align 1
  %".1352" = getelementptr i8, ptr %"hdr.14", i64 1
  %".1353" = load i8, ptr %".1352", align 1
  %".1354" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1355" = load i16, ptr %".1354", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.4" = phi  i8 [%".1351", %"gre_version_d0.linear"], [%".1374", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1353", %"gre_version_d0.linear"], [%".1376", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1355", %"gre_version_d0.linear"], [%".1378", %"gre_version_d0.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.21", %"gre_version_d0.linear"], [%"data.78", %"gre_version_d0.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.21", %"gre_version_d0.linear"], [%"data_end.78", %"gre_version_d0.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.21", %"gre_version_d0.linear"], [%"keys.78", %"gre_version_d0.copy_failed.endif"]
  %".1380" = zext i8 %"w0_1.4" to i64
  %".1381" = lshr i64 %".1380", 6
  %".1382" = and i64 %".1381", 1
  %".1383" = icmp ne i64 %".1382", 0
  %".1384" = zext i8 %"w1_1.2" to i64
  %".1385" = and i64 %".1384", 7
  %".1386" = icmp ugt i64 %".1385", 1
  %".1387" = or i1 %".1383", %".1386"
  br i1 %".1387", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1393" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %"w2_2.1", ptr %".1393", align 2
  %".1395" = zext i8 %"w1_1.2" to i64
  %".1396" = and i64 %".1395", 7
  %".1397" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1396")
  %".1398" = icmp eq i64 %".1397", 0
  br i1 %".1398", label %"gre_version_d0.to_gre", label %"gre_version_d0.select"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.45" = phi  i64 [%"cursor.17", %"gre_version_d0.to_gre"]
  %"data.80" = phi  ptr [%"data.79", %"gre_version_d0.to_gre"]
  %"data_end.80" = phi  ptr [%"data_end.79", %"gre_version_d0.to_gre"]
  %"keys.80" = phi  ptr [%"keys.79", %"gre_version_d0.to_gre"]
  %".3519" = add i64 %"cursor.45", 4
  %".3520" = and i8 %"w0_1.4", 176
  %".3521" = icmp eq i8 %".3520", 0
  %".3522" = xor i1 %".3521", -1
  br i1 %".3522", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.5" = phi  i64 [%".3519", %"gre_d0.no_variable"], [%".3561", %"gre_d0.variable_part"]
  %"data.167" = phi  ptr [%"data.80", %"gre_d0.no_variable"], [%"data.166", %"gre_d0.variable_part"]
  %"data_end.167" = phi  ptr [%"data_end.80", %"gre_d0.no_variable"], [%"data_end.166", %"gre_d0.variable_part"]
  %"keys.167" = phi  ptr [%"keys.80", %"gre_d0.no_variable"], [%"keys.166", %"gre_d0.variable_part"]
  %".3563" = getelementptr i8, ptr %"keys.167", i64 8
  store i8 1, ptr %".3563", align 1
  %".3565" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.57" = load volatile i32, ptr %".3565", align 4
  %".3566" = and i32 %"flags.57", 4
  %".3567" = icmp ne i32 %".3566", 0
  br i1 %".3567", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif", !prof !0
gre_d0.stop_at_encap.endif:
  %".3573" = getelementptr i8, ptr %"keys.167", i64 12
  store i32 0, ptr %".3573", align 4
  %".3575" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".3576" = zext i16 %".3575" to i64
  %".3577" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.1")
  %".3578" = icmp eq i16 %".3577", 8
  br i1 %".3578", label %"gre_d0.to_ipv4", label %"gre_d0.select"
gre_d0.to_ipv4:
  br label %"ipv4_d1"
ipv4_d0.stop_at_encap.1:
  %".212" = trunc i64 %"end" to i16
  %".213" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".212", ptr %".213", align 2
  br label %"return"
ipv6_d1:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".294", %"ipv6_d0.stop_at_encap.endif"], [%".799", %"batadv_d0.stop_at_encap.endif.1"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2322", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2469", %"pppoe_d1.to_ipv6"], [%".2543", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.3", %"geneve_d0.to_ipv6"], [%"end.4", %"gue_d0.to_ipv6"], [%"end.5", %"gre_d0.to_ipv6"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".4235", %"vlan_d1_vlan_tags2.to_ipv6"], [%".4317", %"hsr_d1_vlan_tags2.to_ipv6"], [%".4453", %"ethernet_d1.to_ipv6"], [%".5202", %"ppp_d0.stop_at_encap.endif.1"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6871", %"widening.test.26"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.114", %"ip_version_d1.to_ipv6"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.123", %"pppoe_d1.to_ipv6"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.140", %"geneve_d0.to_ipv6"], [%"data.145", %"gue_d0.to_ipv6"], [%"data.167", %"gre_d0.to_ipv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.194", %"ethernet_d1.to_ipv6"], [%"data.223", %"ppp_d0.stop_at_encap.endif.1"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.292", %"widening.test.26"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.114", %"ip_version_d1.to_ipv6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.123", %"pppoe_d1.to_ipv6"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.140", %"geneve_d0.to_ipv6"], [%"data_end.145", %"gue_d0.to_ipv6"], [%"data_end.167", %"gre_d0.to_ipv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.194", %"ethernet_d1.to_ipv6"], [%"data_end.223", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.292", %"widening.test.26"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.114", %"ip_version_d1.to_ipv6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.123", %"pppoe_d1.to_ipv6"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.140", %"geneve_d0.to_ipv6"], [%"keys.145", %"gue_d0.to_ipv6"], [%"keys.167", %"gre_d0.to_ipv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.194", %"ethernet_d1.to_ipv6"], [%"keys.223", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.26"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1407" = getelementptr i8, ptr %"hdr.15", i64 40
  %".1408" = icmp ugt ptr %".1407", %"data_end.22"
  br i1 %".1408", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1410" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1411" = load i32, ptr %".1410", align 4
  %".1412" = getelementptr i8, ptr %"hdr.15", i64 6
  %".1413" = load i8, ptr %".1412", align 1
  %".1414" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1415" = load i64, ptr %".1414", align 8
  %".1416" = getelementptr i8, ptr %"hdr.15", i64 16
  %".1417" = load i64, ptr %".1416", align 8
  %".1418" = getelementptr i8, ptr %"hdr.15", i64 24
  %".1419" = load i64, ptr %".1418", align 8
  %".1420" = getelementptr i8, ptr %"hdr.15", i64 32
  %".1421" = load i64, ptr %".1420", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.3" = phi  i32 [%".1411", %"ipv6_d1.linear"], [%".1440", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1413", %"ipv6_d1.linear"], [%".1442", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1415", %"ipv6_d1.linear"], [%".1444", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1417", %"ipv6_d1.linear"], [%".1446", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1419", %"ipv6_d1.linear"], [%".1448", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1421", %"ipv6_d1.linear"], [%".1450", %"ipv6_d1.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.22", %"ipv6_d1.linear"], [%"data.82", %"ipv6_d1.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.22", %"ipv6_d1.linear"], [%"data_end.82", %"ipv6_d1.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.22", %"ipv6_d1.linear"], [%"keys.82", %"ipv6_d1.copy_failed.endif"]
  %".1452" = getelementptr i8, ptr %"keys.83", i64 9
  store i8 %"w6_1.1", ptr %".1452", align 1
  %".1454" = getelementptr i8, ptr %"keys.83", i64 16
  store i64 %"w8_8.1", ptr %".1454", align 8
  %".1456" = getelementptr i8, ptr %"keys.83", i64 24
  store i64 %"w16_8.1", ptr %".1456", align 8
  %".1458" = getelementptr i8, ptr %"keys.83", i64 32
  store i64 %"w24_8.1", ptr %".1458", align 8
  %".1460" = getelementptr i8, ptr %"keys.83", i64 40
  store i64 %"w32_8.1", ptr %".1460", align 8
  %".1462" = trunc i64 34525 to i16
  %".1463" = getelementptr i8, ptr %"keys.83", i64 4
  store i16 %".1462", ptr %".1463", align 2
  %".1465" = trunc i64 34525 to i16
  %".1466" = call i16 @"llvm.bswap.i16"(i16 %".1465")
  %".1467" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1466", ptr %".1467", align 2
  %".1469" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.3")
  %".1470" = zext i32 %".1469" to i64
  %".1471" = and i64 %".1470", 1048575
  %".1472" = trunc i64 %".1471" to i32
  %".1473" = call i32 @"llvm.bswap.i32"(i32 %".1472")
  %".1474" = getelementptr i8, ptr %"keys.83", i64 52
  store i32 %".1473", ptr %".1474", align 4
  %".1476" = add i64 %"cursor.18", 40
  %".1477" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.3")
  %".1478" = zext i32 %".1477" to i64
  %".1479" = and i64 %".1478", 1048575
  %".1480" = icmp ne i64 %".1479", 0
  %".1481" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.26" = load volatile i32, ptr %".1481", align 4
  %".1482" = and i32 %"flags.26", 2
  %".1483" = icmp ne i32 %".1482", 0
  %".1484" = and i1 %".1480", %".1483"
  br i1 %".1484", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".294", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1476", %"ipv6_d1.to_esp"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".6064", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".6184", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".7003", %"widening.test.38"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.75", %"ipv4_d1.to_esp"], [%"data.83", %"ipv6_d1.to_esp"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.304", %"widening.test.38"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.75", %"ipv4_d1.to_esp"], [%"data_end.83", %"ipv6_d1.to_esp"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.304", %"widening.test.38"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.75", %"ipv4_d1.to_esp"], [%"keys.83", %"ipv6_d1.to_esp"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.38"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1566" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1567" = icmp ugt ptr %".1566", %"data_end.23"
  br i1 %".1567", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1569" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1570" = load i32, ptr %".1569", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.4" = phi  i32 [%".1570", %"esp.linear"], [%".1589", %"esp.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.23", %"esp.linear"], [%"data.86", %"esp.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.86", %"esp.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.86", %"esp.copy_failed.endif"]
  %".1591" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.4")
  %".1592" = zext i32 %".1591" to i64
  %".1593" = lshr i64 %".1592", 16
  %".1594" = trunc i64 %".1593" to i16
  %".1595" = call i16 @"llvm.bswap.i16"(i16 %".1594")
  %".1596" = getelementptr i8, ptr %"keys.87", i64 12
  store i16 %".1595", ptr %".1596", align 2
  %".1598" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.4")
  %".1599" = zext i32 %".1598" to i64
  %".1600" = and i64 %".1599", 65535
  %".1601" = trunc i64 %".1600" to i16
  %".1602" = call i16 @"llvm.bswap.i16"(i16 %".1601")
  %".1603" = getelementptr i8, ptr %"keys.87", i64 14
  store i16 %".1602", ptr %".1603", align 2
  %".1605" = add i64 %"cursor.19", 4
  %".1606" = trunc i64 %"cursor.19" to i16
  %".1607" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1606", ptr %".1607", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".294", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1476", %"ipv6_d1.to_ah"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".6064", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".6184", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".6992", %"widening.test.37"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.75", %"ipv4_d1.to_ah"], [%"data.83", %"ipv6_d1.to_ah"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.303", %"widening.test.37"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.75", %"ipv4_d1.to_ah"], [%"data_end.83", %"ipv6_d1.to_ah"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.303", %"widening.test.37"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.75", %"ipv4_d1.to_ah"], [%"keys.83", %"ipv6_d1.to_ah"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.37"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1610" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1611" = icmp ugt ptr %".1610", %"data_end.24"
  br i1 %".1611", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1613" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1614" = load i32, ptr %".1613", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1614", %"ah.linear"], [%".1633", %"ah.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.24", %"ah.linear"], [%"data.88", %"ah.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.88", %"ah.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.88", %"ah.copy_failed.endif"]
  %".1635" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1636" = zext i32 %".1635" to i64
  %".1637" = lshr i64 %".1636", 16
  %".1638" = trunc i64 %".1637" to i16
  %".1639" = call i16 @"llvm.bswap.i16"(i16 %".1638")
  %".1640" = getelementptr i8, ptr %"keys.89", i64 12
  store i16 %".1639", ptr %".1640", align 2
  %".1642" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1643" = zext i32 %".1642" to i64
  %".1644" = and i64 %".1643", 65535
  %".1645" = trunc i64 %".1644" to i16
  %".1646" = call i16 @"llvm.bswap.i16"(i16 %".1645")
  %".1647" = getelementptr i8, ptr %"keys.89", i64 14
  store i16 %".1646", ptr %".1647", align 2
  %".1649" = add i64 %"cursor.20", 8
  %".1650" = trunc i64 %"cursor.20" to i16
  %".1651" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1650", ptr %".1651", align 2
  br label %"return"
sctp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".294", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1476", %"ipv6_d1.to_sctp"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".6064", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".6184", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".6981", %"widening.test.36"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.75", %"ipv4_d1.to_sctp"], [%"data.83", %"ipv6_d1.to_sctp"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.302", %"widening.test.36"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.75", %"ipv4_d1.to_sctp"], [%"data_end.83", %"ipv6_d1.to_sctp"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.302", %"widening.test.36"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.75", %"ipv4_d1.to_sctp"], [%"keys.83", %"ipv6_d1.to_sctp"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.36"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1654" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1655" = icmp ugt ptr %".1654", %"data_end.25"
  br i1 %".1655", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1657" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1658" = load i32, ptr %".1657", align 4
  br label %"sctp.header"
sctp.header:
  %"w0_4.5" = phi  i32 [%".1658", %"sctp.linear"], [%".1677", %"sctp.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.25", %"sctp.linear"], [%"data.90", %"sctp.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.25", %"sctp.linear"], [%"data_end.90", %"sctp.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.25", %"sctp.linear"], [%"keys.90", %"sctp.copy_failed.endif"]
  %".1679" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 %"w0_4.5", ptr %".1679", align 4
  %".1681" = add i64 %"cursor.21", 4
  %".1682" = trunc i64 %"cursor.21" to i16
  %".1683" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1682", ptr %".1683", align 2
  br label %"return"
udplite:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".294", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1476", %"ipv6_d1.to_udplite"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".6064", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".6184", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6970", %"widening.test.35"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.75", %"ipv4_d1.to_udplite"], [%"data.83", %"ipv6_d1.to_udplite"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.301", %"widening.test.35"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.75", %"ipv4_d1.to_udplite"], [%"data_end.83", %"ipv6_d1.to_udplite"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.301", %"widening.test.35"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.75", %"ipv4_d1.to_udplite"], [%"keys.83", %"ipv6_d1.to_udplite"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.35"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1686" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1687" = icmp ugt ptr %".1686", %"data_end.26"
  br i1 %".1687", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1689" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1690" = load i32, ptr %".1689", align 4
  br label %"udplite.header"
udplite.header:
  %"w0_4.6" = phi  i32 [%".1690", %"udplite.linear"], [%".1709", %"udplite.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.26", %"udplite.linear"], [%"data.92", %"udplite.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.26", %"udplite.linear"], [%"data_end.92", %"udplite.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.26", %"udplite.linear"], [%"keys.92", %"udplite.copy_failed.endif"]
  %".1711" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 %"w0_4.6", ptr %".1711", align 4
  %".1713" = add i64 %"cursor.22", 4
  %".1714" = add i64 4, 4
  %".1715" = getelementptr i8, ptr %"data.93", i64 %"cursor.22"
  %".1716" = getelementptr i8, ptr %".1715", i64 %".1714"
  %".1717" = icmp ugt ptr %".1716", %"data_end.93"
  br i1 %".1717", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.95" = phi  ptr [%"data.93", %"udplite.header"], [%"data.94", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.93", %"udplite.header"], [%"data_end.94", %"udplite.copy_last_byte_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.93", %"udplite.header"], [%"keys.94", %"udplite.copy_last_byte_failed.endif"]
  %".1738" = add i64 %"cursor.22", %".1714"
  %".1739" = trunc i64 %"cursor.22" to i16
  %".1740" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1739", ptr %".1740", align 2
  br label %"return"
dccp:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".294", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1476", %"ipv6_d1.to_dccp"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".6064", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".6184", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6959", %"widening.test.34"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.75", %"ipv4_d1.to_dccp"], [%"data.83", %"ipv6_d1.to_dccp"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.300", %"widening.test.34"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.75", %"ipv4_d1.to_dccp"], [%"data_end.83", %"ipv6_d1.to_dccp"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.300", %"widening.test.34"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.75", %"ipv4_d1.to_dccp"], [%"keys.83", %"ipv6_d1.to_dccp"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.34"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1743" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1744" = icmp ugt ptr %".1743", %"data_end.27"
  br i1 %".1744", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1746" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1747" = load i32, ptr %".1746", align 4
  br label %"dccp.header"
dccp.header:
  %"w0_4.7" = phi  i32 [%".1747", %"dccp.linear"], [%".1766", %"dccp.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.27", %"dccp.linear"], [%"data.96", %"dccp.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.27", %"dccp.linear"], [%"data_end.96", %"dccp.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.27", %"dccp.linear"], [%"keys.96", %"dccp.copy_failed.endif"]
  %".1768" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 %"w0_4.7", ptr %".1768", align 4
  %".1770" = add i64 %"cursor.23", 4
  %".1771" = trunc i64 %"cursor.23" to i16
  %".1772" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1771", ptr %".1772", align 2
  br label %"return"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".245" = trunc i64 %"cursor.2" to i32
  %".246" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".245", [40 x i8]* %"header_copy", i32 40)
  %".247" = icmp eq i64 %".246", 0
  %".248" = getelementptr i8, ptr %"ctx.2", i64 76
  %".249" = load i32, ptr %".248", align 4
  %".250" = zext i32 %".249" to i64
  %"data.28" = inttoptr i64 %".250" to ptr
  %".251" = getelementptr i8, ptr %"ctx.2", i64 80
  %".252" = load i32, ptr %".251", align 4
  %".253" = zext i32 %".252" to i64
  %"data_end.28" = inttoptr i64 %".253" to ptr
  %".254" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".254", align 8
  %".255" = xor i1 %".247", -1
  br i1 %".255", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".257" = trunc i64 %"cursor.2" to i16
  %".258" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".257", ptr %".258", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".261" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".262" = load volatile i32, [40 x i8]* %".261", align 4
  %".263" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".264" = load volatile i8, [40 x i8]* %".263", align 1
  %".265" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".266" = load volatile i64, [40 x i8]* %".265", align 8
  %".267" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".268" = load volatile i64, [40 x i8]* %".267", align 8
  %".269" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".270" = load volatile i64, [40 x i8]* %".269", align 8
  %".271" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".272" = load volatile i64, [40 x i8]* %".271", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".304" = trunc i64 %".294" to i16
  %".305" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".304", ptr %".305", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".308" = zext i8 %"w6_1" to i64
  %".309" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".308")
  %".310" = icmp eq i64 %".309", 6
  br i1 %".310", label %"ipv6_d0.to_tcp", label %"ipv6_d0.select"
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".326" = trunc i64 %".294" to i16
  %".327" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".326", ptr %".327", align 2
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
  %".337" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".337", align 1
  %".339" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".339", align 4
  %".340" = and i32 %"flags.4", 4
  %".341" = icmp ne i32 %".340", 0
  br i1 %".341", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif", !prof !0
ipv6_d0.stop_at_encap.endif:
  %".347" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".347", align 4
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
  %".364" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".364", align 4
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
  %".373" = trunc i64 34887 to i16
  %".374" = call i16 @"llvm.bswap.i16"(i16 %".373")
  %".375" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".374", ptr %".375", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.select:
  %".312" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".308")
  %".313" = icmp eq i64 %".312", 17
  br i1 %".313", label %"ipv6_d0.to_udp", label %"ipv6_d0.select.1"
ipv6_d0.select.1:
  %".315" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".308")
  %".316" = icmp eq i64 %".315", 58
  br i1 %".316", label %"ipv6_d0.to_icmpv6", label %"ipv6_d0.select.2"
ipv6_d0.select.2:
  %".318" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".308")
  %".319" = icmp eq i64 %".318", 0
  br i1 %".319", label %"ipv6_d0.to_ipv6_opts", label %"ipv6_d0.select.3"
ipv6_d0.select.3:
  %".321" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".308")
  %".322" = icmp eq i64 %".321", 60
  br i1 %".322", label %"ipv6_d0.to_ipv6_opts.1", label %"ipv6_d0.select.4"
ipv6_d0.select.4:
  %".324" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".308")
  switch i64 %".324", label %"ipv6_d0.unknown" [i64 43, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 41, label %"ipv6_d0.to_ipv6" i64 4, label %"ipv6_d0.to_ipv4" i64 47, label %"ipv6_d0.to_gre_version" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 132, label %"ipv6_d0.to_sctp" i64 136, label %"ipv6_d0.to_udplite" i64 33, label %"ipv6_d0.to_dccp" i64 137, label %"ipv6_d0.to_mpls"]
icmpv6:
  %"cursor.24" = phi  i64 [%".294", %"ipv6_d0.to_icmpv6"], [%".1476", %"ipv6_d1.to_icmpv6"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".5551", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5665", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".6064", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".6184", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6926", %"widening.test.31"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.83", %"ipv6_d1.to_icmpv6"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.297", %"widening.test.31"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.83", %"ipv6_d1.to_icmpv6"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.297", %"widening.test.31"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.83", %"ipv6_d1.to_icmpv6"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.31"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1775" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1776" = icmp ugt ptr %".1775", %"data_end.30"
  br i1 %".1776", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.99" = phi  ptr [%"data.30", %"icmpv6.linear"], [%"data.98", %"icmpv6.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.30", %"icmpv6.linear"], [%"data_end.98", %"icmpv6.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.30", %"icmpv6.linear"], [%"keys.98", %"icmpv6.copy_failed.endif"]
  %".1796" = add i64 %"cursor.24", 4
  %".1797" = trunc i64 %"cursor.24" to i16
  %".1798" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1797", ptr %".1798", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".294", %"ipv6_d0.to_ipv6_opts"], [%".294", %"ipv6_d0.to_ipv6_opts.1"], [%".294", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1801" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1802" = icmp ugt ptr %".1801", %"data_end.31"
  br i1 %".1802", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1804" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1805" = load i8, ptr %".1804", align 1
  %".1806" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1807" = load i8, ptr %".1806", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1805", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1826", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1807", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1828", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.100", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.100", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.31", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.100", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1830" = getelementptr i8, ptr %"keys.101", i64 9
  store i8 %"w0_1.5", ptr %".1830", align 1
  %".1832" = add i64 %"cursor.25", 2
  %".1833" = zext i8 %"w1_1.3" to i64
  %".1834" = mul i64 %".1833", 8
  %".1835" = add i64 %".1834", 6
  %".1836" = add i64 %".1835", 2
  %".1837" = add i64 %"cursor.25", %".1836"
  %".1838" = zext i8 %"w0_1.5" to i64
  %".1839" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1838")
  %".1840" = icmp eq i64 %".1839", 6
  br i1 %".1840", label %"ipv6_opts_d0_ipv6_ext1.to_tcp", label %"ipv6_opts_d0_ipv6_ext1.select"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.26" = phi  i64 [%".294", %"ipv6_d0.to_ipv6_frag"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1908" = getelementptr i8, ptr %"hdr.23", i64 8
  %".1909" = icmp ugt ptr %".1908", %"data_end.32"
  br i1 %".1909", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1911" = getelementptr i8, ptr %"hdr.23", i64 0
  %".1912" = load i8, ptr %".1911", align 1
  %".1913" = getelementptr i8, ptr %"hdr.23", i64 2
  %".1914" = load i16, ptr %".1913", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1912", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1933", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1914", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1935", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.104", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.104", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.32", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.104", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1937" = getelementptr i8, ptr %"keys.105", i64 9
  store i8 %"w0_1.6", ptr %".1937", align 1
  %".1939" = add i64 %"cursor.26", 8
  %".1940" = icmp ne i64 1, 0
  %".1941" = and i16 %"w2_2.2", 63743
  %".1942" = icmp eq i16 %".1941", 0
  br i1 %".1940", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1964" = zext i8 %"w0_1.6" to i64
  %".1965" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1964")
  %".1966" = icmp eq i64 %".1965", 6
  br i1 %".1966", label %"ipv6_frag_d0_ipv6_ext1.to_tcp", label %"ipv6_frag_d0_ipv6_ext1.select"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d0.stop_at_encap:
  %".343" = trunc i64 %".294" to i16
  %".344" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".343", ptr %".344", align 2
  br label %"return"
ipv6_d0.stop_at_encap.1:
  %".360" = trunc i64 %".294" to i16
  %".361" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".360", ptr %".361", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".384" = trunc i64 %"cursor.3" to i32
  %".385" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".384", [40 x i8]* %"header_copy", i32 4)
  %".386" = icmp eq i64 %".385", 0
  %".387" = getelementptr i8, ptr %"ctx.3", i64 76
  %".388" = load i32, ptr %".387", align 4
  %".389" = zext i32 %".388" to i64
  %"data.33" = inttoptr i64 %".389" to ptr
  %".390" = getelementptr i8, ptr %"ctx.3", i64 80
  %".391" = load i32, ptr %".390", align 4
  %".392" = zext i32 %".391" to i64
  %"data_end.33" = inttoptr i64 %".392" to ptr
  %".393" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".393", align 8
  %".394" = xor i1 %".386", -1
  br i1 %".394", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".396" = trunc i64 %"cursor.3" to i16
  %".397" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".396", ptr %".397", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".400" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".401" = load volatile i16, [40 x i8]* %".400", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".428" = trunc i64 %".405" to i16
  %".429" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".428", ptr %".429", align 2
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
  %".414" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2")
  %".415" = icmp eq i16 %".414", 56710
  br i1 %".415", label %"vlan_d0_vlan_tags1.to_ipv6", label %"vlan_d0_vlan_tags1.select.1"
vlan_d0_vlan_tags1.select.1:
  %".417" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2")
  %".418" = icmp eq i16 %".417", 129
  br i1 %".418", label %"vlan_d0_vlan_tags1.to_vlan", label %"vlan_d0_vlan_tags1.select.2"
vlan_d0_vlan_tags1.select.2:
  %".420" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2")
  %".421" = icmp eq i16 %".420", 43144
  br i1 %".421", label %"vlan_d0_vlan_tags1.to_vlan.1", label %"vlan_d0_vlan_tags1.select.3"
vlan_d0_vlan_tags1.select.3:
  %".423" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2")
  %".424" = icmp eq i16 %".423", 18312
  br i1 %".424", label %"vlan_d0_vlan_tags1.to_mpls", label %"vlan_d0_vlan_tags1.select.4"
vlan_d0_vlan_tags1.select.4:
  %".426" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2")
  switch i16 %".426", label %"vlan_d0_vlan_tags1.unknown" [i16 18568, label %"vlan_d0_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags1.to_arp" i16 13696, label %"vlan_d0_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags1.to_ptp" i16 649, label %"vlan_d0_vlan_tags1.to_cfm" i16 51848, label %"vlan_d0_vlan_tags1.to_tipc" i16 1673, label %"vlan_d0_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags1.to_hsr" i16 64392, label %"vlan_d0_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags1.to_batadv"]
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".405", %"vlan_d0_vlan_tags1.to_vlan"], [%".405", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".710", %"hsr_d0_vlan_tags1.to_vlan"], [%".710", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".6596", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.267", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.267", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".2034" = getelementptr i8, ptr %"hdr.24", i64 4
  %".2035" = icmp ugt ptr %".2034", %"data_end.35"
  br i1 %".2035", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".2037" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2038" = load i16, ptr %".2037", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.3" = phi  i16 [%".2038", %"vlan_d0_vlan_tags2.linear"], [%".2057", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".2059" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %"w2_2.3", ptr %".2059", align 2
  %".2061" = add i64 %"cursor.27", 4
  %".2062" = trunc i64 %".2061" to i16
  %".2063" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2062", ptr %".2063", align 2
  %".2065" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".2066" = zext i16 %".2065" to i64
  %".2067" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.3")
  %".2068" = icmp eq i16 %".2067", 8
  br i1 %".2068", label %"vlan_d0_vlan_tags2.to_ipv4", label %"vlan_d0_vlan_tags2.select"
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".405", %"vlan_d0_vlan_tags1.to_hsr"], [%".405", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".710", %"hsr_d0_vlan_tags1.to_hsr"], [%".710", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".6585", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.266", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.266", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".2116" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2117" = icmp ugt ptr %".2116", %"data_end.36"
  br i1 %".2117", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2119" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2120" = load i16, ptr %".2119", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2120", %"hsr_d0_vlan_tags2.linear"], [%".2139", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2141" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %"w4_2.1", ptr %".2141", align 2
  %".2143" = add i64 %"cursor.28", 6
  %".2144" = trunc i64 %".2143" to i16
  %".2145" = getelementptr i8, ptr %"keys.109", i64 0
  store i16 %".2144", ptr %".2145", align 2
  %".2147" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2148" = zext i16 %".2147" to i64
  %".2149" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.1")
  %".2150" = icmp eq i16 %".2149", 8
  br i1 %".2150", label %"hsr_d0_vlan_tags2.to_ipv4", label %"hsr_d0_vlan_tags2.select"
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".455" = trunc i64 %"cursor.4" to i32
  %".456" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".455", [40 x i8]* %"header_copy", i32 4)
  %".457" = icmp eq i64 %".456", 0
  %".458" = getelementptr i8, ptr %"ctx.4", i64 76
  %".459" = load i32, ptr %".458", align 4
  %".460" = zext i32 %".459" to i64
  %"data.37" = inttoptr i64 %".460" to ptr
  %".461" = getelementptr i8, ptr %"ctx.4", i64 80
  %".462" = load i32, ptr %".461", align 4
  %".463" = zext i32 %".462" to i64
  %"data_end.37" = inttoptr i64 %".463" to ptr
  %".464" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".464", align 8
  %".465" = xor i1 %".457", -1
  br i1 %".465", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".467" = trunc i64 %".448" to i16
  %".468" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".467", ptr %".468", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".471" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".472" = load volatile i8, [40 x i8]* %".471", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".481" = trunc i64 %".474" to i16
  %".482" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".481", ptr %".482", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_ip_version:
  %".486" = getelementptr i8, ptr %"keys.38", i64 8
  store i8 1, ptr %".486", align 1
  %".488" = getelementptr i8, ptr %"keys.38", i64 48
  %"flags.6" = load volatile i32, ptr %".488", align 4
  %".489" = and i32 %"flags.6", 4
  %".490" = icmp ne i32 %".489", 0
  br i1 %".490", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif", !prof !0
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".496" = getelementptr i8, ptr %"keys.38", i64 12
  store i32 0, ptr %".496", align 4
  br label %"ip_version_d1"
mpls_d0_mpls_labels1.select:
  br label %"mpls_d0_mpls_labels1.to_ip_version"
mpls_d0_mpls_labels1.stop_at_encap:
  %".492" = trunc i64 %".474" to i16
  %".493" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".492", ptr %".493", align 2
  br label %"return"
ip_version_d1:
  %"cursor.30" = phi  i64 [%".474", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".2224", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".3284", %"gtpu_d0.to_ip_version"], [%".4183", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4514", %"gtpu_opt_d1.to_ip_version"], [%".5798", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5905", %"gtpu_next_d1.to_ip_version"], [%".6447", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".6556", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6728", %"widening.test.13"]
  %"data.40" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.147", %"gtpu_d0.to_ip_version"], [%"data.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.196", %"gtpu_opt_d1.to_ip_version"], [%"data.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.241", %"gtpu_next_d1.to_ip_version"], [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.279", %"widening.test.13"]
  %"data_end.40" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.147", %"gtpu_d0.to_ip_version"], [%"data_end.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.196", %"gtpu_opt_d1.to_ip_version"], [%"data_end.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.241", %"gtpu_next_d1.to_ip_version"], [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.279", %"widening.test.13"]
  %"keys.40" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.147", %"gtpu_d0.to_ip_version"], [%"keys.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.196", %"gtpu_opt_d1.to_ip_version"], [%"keys.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.241", %"gtpu_next_d1.to_ip_version"], [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.test.13"]
  %"hdr.27" = getelementptr i8, ptr %"data.40", i64 %"cursor.30"
  %".2249" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2250" = icmp ugt ptr %".2249", %"data_end.40"
  br i1 %".2250", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2252" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2253" = load i8, ptr %".2252", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2253", %"ip_version_d1.linear"], [%".2272", %"ip_version_d1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.40", %"ip_version_d1.linear"], [%"data.113", %"ip_version_d1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.40", %"ip_version_d1.linear"], [%"data_end.113", %"ip_version_d1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.40", %"ip_version_d1.linear"], [%"keys.113", %"ip_version_d1.copy_failed.endif"]
  %".2274" = zext i8 %"w0_1.7" to i64
  %".2275" = lshr i64 %".2274", 4
  %".2276" = and i64 %".2275", 15
  %".2277" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2276")
  %".2278" = icmp eq i64 %".2277", 4
  br i1 %".2278", label %"ip_version_d1.to_ipv4", label %"ip_version_d1.select"
ip_version_d1.to_ipv4:
  br label %"ipv4_d1"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".509" = trunc i64 %"cursor.5" to i32
  %".510" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".509", [40 x i8]* %"header_copy", i32 8)
  %".511" = icmp eq i64 %".510", 0
  %".512" = getelementptr i8, ptr %"ctx.5", i64 76
  %".513" = load i32, ptr %".512", align 4
  %".514" = zext i32 %".513" to i64
  %"data.41" = inttoptr i64 %".514" to ptr
  %".515" = getelementptr i8, ptr %"ctx.5", i64 80
  %".516" = load i32, ptr %".515", align 4
  %".517" = zext i32 %".516" to i64
  %"data_end.41" = inttoptr i64 %".517" to ptr
  %".518" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.41" = load ptr, ptr %".518", align 8
  %".519" = xor i1 %".511", -1
  br i1 %".519", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".521" = trunc i64 %"cursor.5" to i16
  %".522" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".521", ptr %".522", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".525" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".526" = load volatile i8, [40 x i8]* %".525", align 1
  %".527" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".528" = load volatile i8, [40 x i8]* %".527", align 1
  %".529" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".530" = load volatile i16, [40 x i8]* %".529", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".545" = trunc i64 %"cursor.5" to i16
  %".546" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".545", ptr %".546", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".549" = add i64 %"cursor.5", 8
  %".550" = trunc i64 %".549" to i16
  %".551" = getelementptr i8, ptr %"keys.42", i64 0
  store i16 %".550", ptr %".551", align 2
  %".553" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".554" = zext i16 %".553" to i64
  %".555" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w6_2.1")
  %".556" = icmp eq i16 %".555", 8448
  br i1 %".556", label %"pppoe_d0.to_ipv4", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".575" = trunc i64 2048 to i16
  %".576" = call i16 @"llvm.bswap.i16"(i16 %".575")
  %".577" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".576", ptr %".577", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".568" = and i64 %".554", 257
  %".569" = icmp eq i64 %".568", 1
  br i1 %".569", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select.4"
pppoe_d0.to_ipv6:
  %".580" = trunc i64 34525 to i16
  %".581" = call i16 @"llvm.bswap.i16"(i16 %".580")
  %".582" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".581", ptr %".582", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".585" = trunc i64 34887 to i16
  %".586" = call i16 @"llvm.bswap.i16"(i16 %".585")
  %".587" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".586", ptr %".587", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".590" = trunc i64 34888 to i16
  %".591" = call i16 @"llvm.bswap.i16"(i16 %".590")
  %".592" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".591", ptr %".592", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".558" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w6_2.1")
  %".559" = icmp eq i16 %".558", 22272
  br i1 %".559", label %"pppoe_d0.to_ipv6", label %"pppoe_d0.select.1"
pppoe_d0.select.1:
  %".561" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w6_2.1")
  %".562" = icmp eq i16 %".561", 33026
  br i1 %".562", label %"pppoe_d0.to_mpls", label %"pppoe_d0.select.2"
pppoe_d0.select.2:
  %".564" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w6_2.1")
  %".565" = icmp eq i16 %".564", 33538
  br i1 %".565", label %"pppoe_d0.to_mpls.1", label %"pppoe_d0.select.3"
pppoe_d0.select.3:
  br label %"pppoe_d0.unknown"
pppoe_d0.select.4:
  %".571" = trunc i64 %".549" to i16
  %".572" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".571", ptr %".572", align 2
  br label %"return"
ppp_other:
  %"cursor.31" = phi  i64 [%".549", %"pppoe_d0.to_ppp_other"], [%".2469", %"pppoe_d1.to_ppp_other"]
  %"data.43" = phi  ptr [%"data.42", %"pppoe_d0.to_ppp_other"], [%"data.123", %"pppoe_d1.to_ppp_other"]
  %"data_end.43" = phi  ptr [%"data_end.42", %"pppoe_d0.to_ppp_other"], [%"data_end.123", %"pppoe_d1.to_ppp_other"]
  %"keys.43" = phi  ptr [%"keys.42", %"pppoe_d0.to_ppp_other"], [%"keys.123", %"pppoe_d1.to_ppp_other"]
  %".2290" = add i64 %"cursor.31", 0
  %".2291" = trunc i64 %".2290" to i16
  %".2292" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".2291", ptr %".2292", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".605" = trunc i64 %"cursor.7" to i32
  %".606" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".605", [40 x i8]* %"header_copy", i32 34)
  %".607" = icmp eq i64 %".606", 0
  %".608" = getelementptr i8, ptr %"ctx.6", i64 76
  %".609" = load i32, ptr %".608", align 4
  %".610" = zext i32 %".609" to i64
  %"data.44" = inttoptr i64 %".610" to ptr
  %".611" = getelementptr i8, ptr %"ctx.6", i64 80
  %".612" = load i32, ptr %".611", align 4
  %".613" = zext i32 %".612" to i64
  %"data_end.44" = inttoptr i64 %".613" to ptr
  %".614" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.44" = load ptr, ptr %".614", align 8
  %".615" = xor i1 %".607", -1
  br i1 %".615", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".617" = trunc i64 %"cursor.7" to i16
  %".618" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".617", ptr %".618", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".636" = trunc i64 %"cursor.9" to i32
  %".637" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".636", [40 x i8]* %"header_copy", i32 16)
  %".638" = icmp eq i64 %".637", 0
  %".639" = getelementptr i8, ptr %"ctx.7", i64 76
  %".640" = load i32, ptr %".639", align 4
  %".641" = zext i32 %".640" to i64
  %"data.46" = inttoptr i64 %".641" to ptr
  %".642" = getelementptr i8, ptr %"ctx.7", i64 80
  %".643" = load i32, ptr %".642", align 4
  %".644" = zext i32 %".643" to i64
  %"data_end.46" = inttoptr i64 %".644" to ptr
  %".645" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.46" = load ptr, ptr %".645", align 8
  %".646" = xor i1 %".638", -1
  br i1 %".646", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".648" = trunc i64 %"cursor.9" to i16
  %".649" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".648", ptr %".649", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".661" = trunc i64 %"cursor.10" to i32
  %".662" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".661", [40 x i8]* %"header_copy", i32 38)
  %".663" = icmp eq i64 %".662", 0
  %".664" = getelementptr i8, ptr %"ctx.8", i64 76
  %".665" = load i32, ptr %".664", align 4
  %".666" = zext i32 %".665" to i64
  %"data.48" = inttoptr i64 %".666" to ptr
  %".667" = getelementptr i8, ptr %"ctx.8", i64 80
  %".668" = load i32, ptr %".667", align 4
  %".669" = zext i32 %".668" to i64
  %"data_end.48" = inttoptr i64 %".669" to ptr
  %".670" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.48" = load ptr, ptr %".670", align 8
  %".671" = xor i1 %".663", -1
  br i1 %".671", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".673" = trunc i64 %"cursor.10" to i16
  %".674" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".673", ptr %".674", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".689" = trunc i64 %"cursor.11" to i32
  %".690" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".689", [40 x i8]* %"header_copy", i32 6)
  %".691" = icmp eq i64 %".690", 0
  %".692" = getelementptr i8, ptr %"ctx.9", i64 76
  %".693" = load i32, ptr %".692", align 4
  %".694" = zext i32 %".693" to i64
  %"data.50" = inttoptr i64 %".694" to ptr
  %".695" = getelementptr i8, ptr %"ctx.9", i64 80
  %".696" = load i32, ptr %".695", align 4
  %".697" = zext i32 %".696" to i64
  %"data_end.50" = inttoptr i64 %".697" to ptr
  %".698" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.50" = load ptr, ptr %".698", align 8
  %".699" = xor i1 %".691", -1
  br i1 %".699", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".701" = trunc i64 %"cursor.11" to i16
  %".702" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".701", ptr %".702", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".705" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".706" = load volatile i16, [40 x i8]* %".705", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".733" = trunc i64 %".710" to i16
  %".734" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".733", ptr %".734", align 2
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
  %".719" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2")
  %".720" = icmp eq i16 %".719", 56710
  br i1 %".720", label %"hsr_d0_vlan_tags1.to_ipv6", label %"hsr_d0_vlan_tags1.select.1"
hsr_d0_vlan_tags1.select.1:
  %".722" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2")
  %".723" = icmp eq i16 %".722", 129
  br i1 %".723", label %"hsr_d0_vlan_tags1.to_vlan", label %"hsr_d0_vlan_tags1.select.2"
hsr_d0_vlan_tags1.select.2:
  %".725" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2")
  %".726" = icmp eq i16 %".725", 43144
  br i1 %".726", label %"hsr_d0_vlan_tags1.to_vlan.1", label %"hsr_d0_vlan_tags1.select.3"
hsr_d0_vlan_tags1.select.3:
  %".728" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2")
  %".729" = icmp eq i16 %".728", 18312
  br i1 %".729", label %"hsr_d0_vlan_tags1.to_mpls", label %"hsr_d0_vlan_tags1.select.4"
hsr_d0_vlan_tags1.select.4:
  %".731" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2")
  switch i16 %".731", label %"hsr_d0_vlan_tags1.unknown" [i16 18568, label %"hsr_d0_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags1.to_arp" i16 13696, label %"hsr_d0_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags1.to_ptp" i16 649, label %"hsr_d0_vlan_tags1.to_cfm" i16 51848, label %"hsr_d0_vlan_tags1.to_tipc" i16 1673, label %"hsr_d0_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags1.to_hsr" i16 64392, label %"hsr_d0_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags1.to_batadv"]
batadv_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".763" = trunc i64 %"cursor.12" to i32
  %".764" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".763", [40 x i8]* %"header_copy", i32 24)
  %".765" = icmp eq i64 %".764", 0
  %".766" = getelementptr i8, ptr %"ctx.10", i64 76
  %".767" = load i32, ptr %".766", align 4
  %".768" = zext i32 %".767" to i64
  %"data.52" = inttoptr i64 %".768" to ptr
  %".769" = getelementptr i8, ptr %"ctx.10", i64 80
  %".770" = load i32, ptr %".769", align 4
  %".771" = zext i32 %".770" to i64
  %"data_end.52" = inttoptr i64 %".771" to ptr
  %".772" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.52" = load ptr, ptr %".772", align 8
  %".773" = xor i1 %".765", -1
  br i1 %".773", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".775" = trunc i64 %"cursor.12" to i16
  %".776" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".775", ptr %".776", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".779" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".780" = load volatile i8, [40 x i8]* %".779", align 1
  %".781" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".782" = load volatile i8, [40 x i8]* %".781", align 1
  %".783" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".784" = load volatile i16, [40 x i8]* %".783", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".793" = trunc i64 %"cursor.12" to i16
  %".794" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".793", ptr %".794", align 2
  br label %"return"
batadv_d0.require.endif:
  %".797" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %"w22_2", ptr %".797", align 2
  %".799" = add i64 %"cursor.12", 24
  %".800" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".801" = zext i16 %".800" to i64
  %".802" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w22_2")
  %".803" = icmp eq i16 %".802", 8
  br i1 %".803", label %"batadv_d0.to_ipv4", label %"batadv_d0.select"
batadv_d0.to_ipv4:
  %".823" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".823", align 1
  %".825" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.7" = load volatile i32, ptr %".825", align 4
  %".826" = and i32 %"flags.7", 4
  %".827" = icmp ne i32 %".826", 0
  br i1 %".827", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif", !prof !0
batadv_d0.stop_at_encap.endif:
  %".833" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".833", align 4
  br label %"ipv4_d1"
batadv_d0.unknown:
  %".819" = trunc i64 %".799" to i16
  %".820" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".819", ptr %".820", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".836" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".836", align 1
  %".838" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.8" = load volatile i32, ptr %".838", align 4
  %".839" = and i32 %"flags.8", 4
  %".840" = icmp ne i32 %".839", 0
  br i1 %".840", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1", !prof !0
batadv_d0.stop_at_encap.endif.1:
  %".846" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".846", align 4
  br label %"ipv6_d1"
batadv_d0.to_vlan:
  %".849" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".849", align 1
  %".851" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.9" = load volatile i32, ptr %".851", align 4
  %".852" = and i32 %"flags.9", 4
  %".853" = icmp ne i32 %".852", 0
  br i1 %".853", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2", !prof !0
batadv_d0.stop_at_encap.endif.2:
  %".859" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".859", align 4
  br label %"vlan_d1_vlan_tags1"
batadv_d0.to_vlan.1:
  %".862" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".862", align 1
  %".864" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.10" = load volatile i32, ptr %".864", align 4
  %".865" = and i32 %"flags.10", 4
  %".866" = icmp ne i32 %".865", 0
  br i1 %".866", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3", !prof !0
batadv_d0.stop_at_encap.endif.3:
  %".872" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".872", align 4
  br label %"vlan_d1_vlan_tags1"
batadv_d0.to_mpls:
  %".875" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".875", align 1
  %".877" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.11" = load volatile i32, ptr %".877", align 4
  %".878" = and i32 %"flags.11", 4
  %".879" = icmp ne i32 %".878", 0
  br i1 %".879", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4", !prof !0
batadv_d0.stop_at_encap.endif.4:
  %".885" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".885", align 4
  br label %"mpls_d1_mpls_labels1"
batadv_d0.to_mpls.1:
  %".888" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".888", align 1
  %".890" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.12" = load volatile i32, ptr %".890", align 4
  %".891" = and i32 %"flags.12", 4
  %".892" = icmp ne i32 %".891", 0
  br i1 %".892", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5", !prof !0
batadv_d0.stop_at_encap.endif.5:
  %".898" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".898", align 4
  br label %"mpls_d1_mpls_labels1"
batadv_d0.to_pppoe:
  %".901" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".901", align 1
  %".903" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.13" = load volatile i32, ptr %".903", align 4
  %".904" = and i32 %"flags.13", 4
  %".905" = icmp ne i32 %".904", 0
  br i1 %".905", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6", !prof !0
batadv_d0.stop_at_encap.endif.6:
  %".911" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".911", align 4
  br label %"pppoe_d1"
batadv_d0.to_arp:
  %".914" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".914", align 1
  %".916" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.14" = load volatile i32, ptr %".916", align 4
  %".917" = and i32 %"flags.14", 4
  %".918" = icmp ne i32 %".917", 0
  br i1 %".918", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7", !prof !0
batadv_d0.stop_at_encap.endif.7:
  %".924" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".924", align 4
  br label %"arp"
batadv_d0.to_arp.1:
  %".927" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".927", align 1
  %".929" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.15" = load volatile i32, ptr %".929", align 4
  %".930" = and i32 %"flags.15", 4
  %".931" = icmp ne i32 %".930", 0
  br i1 %".931", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8", !prof !0
batadv_d0.stop_at_encap.endif.8:
  %".937" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".937", align 4
  br label %"arp"
batadv_d0.to_ptp:
  %".940" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".940", align 1
  %".942" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.16" = load volatile i32, ptr %".942", align 4
  %".943" = and i32 %"flags.16", 4
  %".944" = icmp ne i32 %".943", 0
  br i1 %".944", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9", !prof !0
batadv_d0.stop_at_encap.endif.9:
  %".950" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".950", align 4
  br label %"ptp"
batadv_d0.to_cfm:
  %".953" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".953", align 1
  %".955" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.17" = load volatile i32, ptr %".955", align 4
  %".956" = and i32 %"flags.17", 4
  %".957" = icmp ne i32 %".956", 0
  br i1 %".957", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10", !prof !0
batadv_d0.stop_at_encap.endif.10:
  %".963" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".963", align 4
  br label %"cfm"
batadv_d0.to_tipc:
  %".966" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".966", align 1
  %".968" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.18" = load volatile i32, ptr %".968", align 4
  %".969" = and i32 %"flags.18", 4
  %".970" = icmp ne i32 %".969", 0
  br i1 %".970", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11", !prof !0
batadv_d0.stop_at_encap.endif.11:
  %".976" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".976", align 4
  br label %"tipc"
batadv_d0.to_fcoe:
  %".979" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".979", align 1
  %".981" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.19" = load volatile i32, ptr %".981", align 4
  %".982" = and i32 %"flags.19", 4
  %".983" = icmp ne i32 %".982", 0
  br i1 %".983", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12", !prof !0
batadv_d0.stop_at_encap.endif.12:
  %".989" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".989", align 4
  br label %"fcoe"
batadv_d0.to_hsr:
  %".992" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".992", align 1
  %".994" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.20" = load volatile i32, ptr %".994", align 4
  %".995" = and i32 %"flags.20", 4
  %".996" = icmp ne i32 %".995", 0
  br i1 %".996", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13", !prof !0
batadv_d0.stop_at_encap.endif.13:
  %".1002" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1002", align 4
  br label %"hsr_d1_vlan_tags1"
batadv_d0.to_hsr.1:
  %".1005" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".1005", align 1
  %".1007" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.21" = load volatile i32, ptr %".1007", align 4
  %".1008" = and i32 %"flags.21", 4
  %".1009" = icmp ne i32 %".1008", 0
  br i1 %".1009", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14", !prof !0
batadv_d0.stop_at_encap.endif.14:
  %".1015" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1015", align 4
  br label %"hsr_d1_vlan_tags1"
batadv_d0.to_batadv:
  %".1018" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".1018", align 1
  %".1020" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.22" = load volatile i32, ptr %".1020", align 4
  %".1021" = and i32 %"flags.22", 4
  %".1022" = icmp ne i32 %".1021", 0
  br i1 %".1022", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15", !prof !0
batadv_d0.stop_at_encap.endif.15:
  %".1028" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".1028", align 4
  br label %"batadv_d1"
batadv_d0.select:
  %".805" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w22_2")
  %".806" = icmp eq i16 %".805", 56710
  br i1 %".806", label %"batadv_d0.to_ipv6", label %"batadv_d0.select.1"
batadv_d0.select.1:
  %".808" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w22_2")
  %".809" = icmp eq i16 %".808", 129
  br i1 %".809", label %"batadv_d0.to_vlan", label %"batadv_d0.select.2"
batadv_d0.select.2:
  %".811" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w22_2")
  %".812" = icmp eq i16 %".811", 43144
  br i1 %".812", label %"batadv_d0.to_vlan.1", label %"batadv_d0.select.3"
batadv_d0.select.3:
  %".814" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w22_2")
  %".815" = icmp eq i16 %".814", 18312
  br i1 %".815", label %"batadv_d0.to_mpls", label %"batadv_d0.select.4"
batadv_d0.select.4:
  %".817" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w22_2")
  switch i16 %".817", label %"batadv_d0.unknown" [i16 18568, label %"batadv_d0.to_mpls.1" i16 25736, label %"batadv_d0.to_pppoe" i16 1544, label %"batadv_d0.to_arp" i16 13696, label %"batadv_d0.to_arp.1" i16 63368, label %"batadv_d0.to_ptp" i16 649, label %"batadv_d0.to_cfm" i16 51848, label %"batadv_d0.to_tipc" i16 1673, label %"batadv_d0.to_fcoe" i16 12169, label %"batadv_d0.to_hsr" i16 64392, label %"batadv_d0.to_hsr.1" i16 1347, label %"batadv_d0.to_batadv"]
batadv_d0.stop_at_encap:
  %".829" = trunc i64 %".799" to i16
  %".830" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".829", ptr %".830", align 2
  br label %"return"
batadv_d0.stop_at_encap.1:
  %".842" = trunc i64 %".799" to i16
  %".843" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".842", ptr %".843", align 2
  br label %"return"
batadv_d0.stop_at_encap.2:
  %".855" = trunc i64 %".799" to i16
  %".856" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".855", ptr %".856", align 2
  br label %"return"
vlan_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".799", %"batadv_d0.stop_at_encap.endif.2"], [%".799", %"batadv_d0.stop_at_encap.endif.3"], [%"end.5", %"gre_d0.to_vlan"], [%"end.5", %"gre_d0.to_vlan.1"], [%".4453", %"ethernet_d1.to_vlan"], [%".4453", %"ethernet_d1.to_vlan.1"], [%".6761", %"widening.test.16"]
  %"data.54" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data.167", %"gre_d0.to_vlan"], [%"data.167", %"gre_d0.to_vlan.1"], [%"data.194", %"ethernet_d1.to_vlan"], [%"data.194", %"ethernet_d1.to_vlan.1"], [%"data.282", %"widening.test.16"]
  %"data_end.54" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.167", %"gre_d0.to_vlan"], [%"data_end.167", %"gre_d0.to_vlan.1"], [%"data_end.194", %"ethernet_d1.to_vlan"], [%"data_end.194", %"ethernet_d1.to_vlan.1"], [%"data_end.282", %"widening.test.16"]
  %"keys.54" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.167", %"gre_d0.to_vlan"], [%"keys.167", %"gre_d0.to_vlan.1"], [%"keys.194", %"ethernet_d1.to_vlan"], [%"keys.194", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.16"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2295" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2296" = icmp ugt ptr %".2295", %"data_end.54"
  br i1 %".2296", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2298" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2299" = load i16, ptr %".2298", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.4" = phi  i16 [%".2299", %"vlan_d1_vlan_tags1.linear"], [%".2318", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.116" = phi  ptr [%"data.54", %"vlan_d1_vlan_tags1.linear"], [%"data.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.54", %"vlan_d1_vlan_tags1.linear"], [%"data_end.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.54", %"vlan_d1_vlan_tags1.linear"], [%"keys.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2320" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %"w2_2.4", ptr %".2320", align 2
  %".2322" = add i64 %"cursor.32", 4
  %".2323" = trunc i64 %".2322" to i16
  %".2324" = getelementptr i8, ptr %"keys.116", i64 0
  store i16 %".2323", ptr %".2324", align 2
  %".2326" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2327" = zext i16 %".2326" to i64
  %".2328" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.4")
  %".2329" = icmp eq i16 %".2328", 8
  br i1 %".2329", label %"vlan_d1_vlan_tags1.to_ipv4", label %"vlan_d1_vlan_tags1.select"
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".868" = trunc i64 %".799" to i16
  %".869" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".868", ptr %".869", align 2
  br label %"return"
batadv_d0.stop_at_encap.4:
  %".881" = trunc i64 %".799" to i16
  %".882" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".881", ptr %".882", align 2
  br label %"return"
mpls_d1_mpls_labels1:
  %"cursor.33" = phi  i64 [%".799", %"batadv_d0.stop_at_encap.endif.4"], [%".799", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1476", %"ipv6_d1.to_mpls"], [%".2322", %"vlan_d1_vlan_tags1.to_mpls"], [%".2322", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2469", %"pppoe_d1.to_mpls"], [%".2469", %"pppoe_d1.to_mpls.1"], [%".2543", %"hsr_d1_vlan_tags1.to_mpls"], [%".2543", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.5", %"gre_d0.to_mpls"], [%"end.5", %"gre_d0.to_mpls.1"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".4235", %"vlan_d1_vlan_tags2.to_mpls"], [%".4235", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".4317", %"hsr_d1_vlan_tags2.to_mpls"], [%".4317", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".4453", %"ethernet_d1.to_mpls"], [%".4453", %"ethernet_d1.to_mpls.1"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".6064", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".6184", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6948", %"widening.test.33"]
  %"data.55" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data.75", %"ipv4_d1.to_mpls"], [%"data.83", %"ipv6_d1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.123", %"pppoe_d1.to_mpls"], [%"data.123", %"pppoe_d1.to_mpls.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.167", %"gre_d0.to_mpls"], [%"data.167", %"gre_d0.to_mpls.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.194", %"ethernet_d1.to_mpls"], [%"data.194", %"ethernet_d1.to_mpls.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.299", %"widening.test.33"]
  %"data_end.55" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.75", %"ipv4_d1.to_mpls"], [%"data_end.83", %"ipv6_d1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.123", %"pppoe_d1.to_mpls"], [%"data_end.123", %"pppoe_d1.to_mpls.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.167", %"gre_d0.to_mpls"], [%"data_end.167", %"gre_d0.to_mpls.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.194", %"ethernet_d1.to_mpls"], [%"data_end.194", %"ethernet_d1.to_mpls.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.299", %"widening.test.33"]
  %"keys.55" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.75", %"ipv4_d1.to_mpls"], [%"keys.83", %"ipv6_d1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.123", %"pppoe_d1.to_mpls"], [%"keys.123", %"pppoe_d1.to_mpls.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.167", %"gre_d0.to_mpls"], [%"keys.167", %"gre_d0.to_mpls.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.194", %"ethernet_d1.to_mpls"], [%"keys.194", %"ethernet_d1.to_mpls.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.33"]
  %".2365" = add i64 %"cursor.33", 4
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2366" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2367" = icmp ugt ptr %".2366", %"data_end.55"
  br i1 %".2367", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2369" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2370" = load i8, ptr %".2369", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2370", %"mpls_d1_mpls_labels1.linear"], [%".2389", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.120" = phi  ptr [%"data.55", %"mpls_d1_mpls_labels1.linear"], [%"data.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.55", %"mpls_d1_mpls_labels1.linear"], [%"data_end.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.55", %"mpls_d1_mpls_labels1.linear"], [%"keys.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2391" = add i64 %"cursor.33", 4
  %".2392" = zext i8 %"w2_1.2" to i64
  %".2393" = and i64 %".2392", 1
  %".2394" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2393")
  %".2395" = icmp eq i64 %".2394", 0
  br i1 %".2395", label %"mpls_d1_mpls_labels1.to_mpls", label %"mpls_d1_mpls_labels1.select"
mpls_d1_mpls_labels1.to_mpls:
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels2:
  %"cursor.54" = phi  i64 [%".2391", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.121" = phi  ptr [%"data.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.121" = phi  ptr [%"data_end.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.121" = phi  ptr [%"keys.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %".4372" = add i64 %"cursor.54", 4
  %"hdr.48" = getelementptr i8, ptr %"data.121", i64 %"cursor.54"
  %".4373" = getelementptr i8, ptr %"hdr.48", i64 4
  %".4374" = icmp ugt ptr %".4373", %"data_end.121"
  br i1 %".4374", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".4376" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4377" = load i8, ptr %".4376", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".4377", %"mpls_d1_mpls_labels2.linear"], [%".4396", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.191" = phi  ptr [%"data.121", %"mpls_d1_mpls_labels2.linear"], [%"data.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.191" = phi  ptr [%"data_end.121", %"mpls_d1_mpls_labels2.linear"], [%"data_end.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.191" = phi  ptr [%"keys.121", %"mpls_d1_mpls_labels2.linear"], [%"keys.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4398" = add i64 %"cursor.54", 4
  %".4399" = zext i8 %"w2_1.4" to i64
  %".4400" = and i64 %".4399", 1
  %".4401" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4400")
  %".4402" = icmp eq i64 %".4401", 0
  br i1 %".4402", label %"mpls_d1_mpls_labels2.to_mpls", label %"mpls_d1_mpls_labels2.select"
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".4398", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.192" = phi  ptr [%"data.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.192" = phi  ptr [%"data_end.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.192" = phi  ptr [%"keys.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5826" = add i64 %"cursor.71", 4
  %"hdr.63" = getelementptr i8, ptr %"data.192", i64 %"cursor.71"
  %".5827" = getelementptr i8, ptr %"hdr.63", i64 4
  %".5828" = icmp ugt ptr %".5827", %"data_end.192"
  br i1 %".5828", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5830" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5831" = load i8, ptr %".5830", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5831", %"mpls_d1_mpls_labels3.linear"], [%".5850", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.238" = phi  ptr [%"data.192", %"mpls_d1_mpls_labels3.linear"], [%"data.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.238" = phi  ptr [%"data_end.192", %"mpls_d1_mpls_labels3.linear"], [%"data_end.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.238" = phi  ptr [%"keys.192", %"mpls_d1_mpls_labels3.linear"], [%"keys.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5852" = add i64 %"cursor.71", 4
  %".5853" = zext i8 %"w2_1.6" to i64
  %".5854" = and i64 %".5853", 1
  %".5855" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5854")
  %".5856" = icmp eq i64 %".5855", 0
  br i1 %".5856", label %"mpls_d1_mpls_labels3.to_mpls", label %"mpls_d1_mpls_labels3.select"
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5852", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.239" = phi  ptr [%"data.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.239" = phi  ptr [%"data_end.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.239" = phi  ptr [%"keys.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %".6297" = add i64 %"cursor.77", 4
  %"hdr.68" = getelementptr i8, ptr %"data.239", i64 %"cursor.77"
  %".6298" = getelementptr i8, ptr %"hdr.68", i64 4
  %".6299" = icmp ugt ptr %".6298", %"data_end.239"
  br i1 %".6299", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".6301" = getelementptr i8, ptr %"hdr.68", i64 2
  %".6302" = load i8, ptr %".6301", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".6302", %"mpls_d1_mpls_labels4.linear"], [%".6321", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.250" = phi  ptr [%"data.239", %"mpls_d1_mpls_labels4.linear"], [%"data.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.250" = phi  ptr [%"data_end.239", %"mpls_d1_mpls_labels4.linear"], [%"data_end.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.250" = phi  ptr [%"keys.239", %"mpls_d1_mpls_labels4.linear"], [%"keys.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".6323" = add i64 %"cursor.77", 4
  %".6324" = zext i8 %"w2_1.7" to i64
  %".6325" = and i64 %".6324", 1
  %".6326" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6325")
  %".6327" = icmp eq i64 %".6326", 0
  br i1 %".6327", label %"mpls_d1_mpls_labels4.to_mpls", label %"mpls_d1_mpls_labels4.select"
mpls_d1_mpls_labels4.to_mpls:
  %".6334" = trunc i64 %".6323" to i16
  %".6335" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6334", ptr %".6335", align 2
  br label %"return"
batadv_d0.stop_at_encap.5:
  %".894" = trunc i64 %".799" to i16
  %".895" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".894", ptr %".895", align 2
  br label %"return"
batadv_d0.stop_at_encap.6:
  %".907" = trunc i64 %".799" to i16
  %".908" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".907", ptr %".908", align 2
  br label %"return"
pppoe_d1:
  %"cursor.34" = phi  i64 [%".799", %"batadv_d0.stop_at_encap.endif.6"], [%".2322", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2543", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.5", %"gre_d0.to_pppoe"], [%".4235", %"vlan_d1_vlan_tags2.to_pppoe"], [%".4317", %"hsr_d1_vlan_tags2.to_pppoe"], [%".4453", %"ethernet_d1.to_pppoe"], [%".6860", %"widening.test.25"]
  %"data.56" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.167", %"gre_d0.to_pppoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.194", %"ethernet_d1.to_pppoe"], [%"data.291", %"widening.test.25"]
  %"data_end.56" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.167", %"gre_d0.to_pppoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.194", %"ethernet_d1.to_pppoe"], [%"data_end.291", %"widening.test.25"]
  %"keys.56" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.167", %"gre_d0.to_pppoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.194", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.25"]
  %"hdr.30" = getelementptr i8, ptr %"data.56", i64 %"cursor.34"
  %".2419" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2420" = icmp ugt ptr %".2419", %"data_end.56"
  br i1 %".2420", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2422" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2423" = load i8, ptr %".2422", align 1
  %".2424" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2425" = load i8, ptr %".2424", align 1
  %".2426" = getelementptr i8, ptr %"hdr.30", i64 6
  %".2427" = load i16, ptr %".2426", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2423", %"pppoe_d1.linear"], [%".2446", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2425", %"pppoe_d1.linear"], [%".2448", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2427", %"pppoe_d1.linear"], [%".2450", %"pppoe_d1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.56", %"pppoe_d1.linear"], [%"data.122", %"pppoe_d1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.56", %"pppoe_d1.linear"], [%"data_end.122", %"pppoe_d1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.56", %"pppoe_d1.linear"], [%"keys.122", %"pppoe_d1.copy_failed.endif"]
  %".2452" = zext i8 %"w0_1.8" to i64
  %".2453" = lshr i64 %".2452", 4
  %".2454" = and i64 %".2453", 15
  %".2455" = icmp eq i64 %".2454", 1
  %".2456" = zext i8 %"w0_1.8" to i64
  %".2457" = and i64 %".2456", 15
  %".2458" = icmp eq i64 %".2457", 1
  %".2459" = and i1 %".2455", %".2458"
  %".2460" = zext i8 %"w1_1.4" to i64
  %".2461" = icmp eq i64 %".2460", 0
  %".2462" = and i1 %".2459", %".2461"
  %".2463" = xor i1 %".2462", -1
  br i1 %".2463", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".920" = trunc i64 %".799" to i16
  %".921" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".920", ptr %".921", align 2
  br label %"return"
batadv_d0.stop_at_encap.8:
  %".933" = trunc i64 %".799" to i16
  %".934" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".933", ptr %".934", align 2
  br label %"return"
batadv_d0.stop_at_encap.9:
  %".946" = trunc i64 %".799" to i16
  %".947" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".946", ptr %".947", align 2
  br label %"return"
batadv_d0.stop_at_encap.10:
  %".959" = trunc i64 %".799" to i16
  %".960" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".959", ptr %".960", align 2
  br label %"return"
batadv_d0.stop_at_encap.11:
  %".972" = trunc i64 %".799" to i16
  %".973" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".972", ptr %".973", align 2
  br label %"return"
batadv_d0.stop_at_encap.12:
  %".985" = trunc i64 %".799" to i16
  %".986" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".985", ptr %".986", align 2
  br label %"return"
batadv_d0.stop_at_encap.13:
  %".998" = trunc i64 %".799" to i16
  %".999" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".998", ptr %".999", align 2
  br label %"return"
hsr_d1_vlan_tags1:
  %"cursor.35" = phi  i64 [%".799", %"batadv_d0.stop_at_encap.endif.13"], [%".799", %"batadv_d0.stop_at_encap.endif.14"], [%"end.5", %"gre_d0.to_hsr"], [%"end.5", %"gre_d0.to_hsr.1"], [%".4453", %"ethernet_d1.to_hsr"], [%".4453", %"ethernet_d1.to_hsr.1"], [%".6750", %"widening.test.15"]
  %"data.57" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data.167", %"gre_d0.to_hsr"], [%"data.167", %"gre_d0.to_hsr.1"], [%"data.194", %"ethernet_d1.to_hsr"], [%"data.194", %"ethernet_d1.to_hsr.1"], [%"data.281", %"widening.test.15"]
  %"data_end.57" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.167", %"gre_d0.to_hsr"], [%"data_end.167", %"gre_d0.to_hsr.1"], [%"data_end.194", %"ethernet_d1.to_hsr"], [%"data_end.194", %"ethernet_d1.to_hsr.1"], [%"data_end.281", %"widening.test.15"]
  %"keys.57" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.167", %"gre_d0.to_hsr"], [%"keys.167", %"gre_d0.to_hsr.1"], [%"keys.194", %"ethernet_d1.to_hsr"], [%"keys.194", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.57", i64 %"cursor.35"
  %".2516" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2517" = icmp ugt ptr %".2516", %"data_end.57"
  br i1 %".2517", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2519" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2520" = load i16, ptr %".2519", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2520", %"hsr_d1_vlan_tags1.linear"], [%".2539", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.57", %"hsr_d1_vlan_tags1.linear"], [%"data.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.57", %"hsr_d1_vlan_tags1.linear"], [%"data_end.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.57", %"hsr_d1_vlan_tags1.linear"], [%"keys.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2541" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %"w4_2.2", ptr %".2541", align 2
  %".2543" = add i64 %"cursor.35", 6
  %".2544" = trunc i64 %".2543" to i16
  %".2545" = getelementptr i8, ptr %"keys.125", i64 0
  store i16 %".2544", ptr %".2545", align 2
  %".2547" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2548" = zext i16 %".2547" to i64
  %".2549" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.2")
  %".2550" = icmp eq i16 %".2549", 8
  br i1 %".2550", label %"hsr_d1_vlan_tags1.to_ipv4", label %"hsr_d1_vlan_tags1.select"
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".1011" = trunc i64 %".799" to i16
  %".1012" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1011", ptr %".1012", align 2
  br label %"return"
batadv_d0.stop_at_encap.15:
  %".1024" = trunc i64 %".799" to i16
  %".1025" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".1024", ptr %".1025", align 2
  br label %"return"
batadv_d1:
  %"cursor.36" = phi  i64 [%".799", %"batadv_d0.stop_at_encap.endif.15"], [%".2322", %"vlan_d1_vlan_tags1.to_batadv"], [%".2543", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.5", %"gre_d0.to_batadv"], [%".4235", %"vlan_d1_vlan_tags2.to_batadv"], [%".4317", %"hsr_d1_vlan_tags2.to_batadv"], [%".4453", %"ethernet_d1.to_batadv"], [%".6794", %"widening.test.19"]
  %"data.58" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.167", %"gre_d0.to_batadv"], [%"data.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.194", %"ethernet_d1.to_batadv"], [%"data.285", %"widening.test.19"]
  %"data_end.58" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.167", %"gre_d0.to_batadv"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.194", %"ethernet_d1.to_batadv"], [%"data_end.285", %"widening.test.19"]
  %"keys.58" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.167", %"gre_d0.to_batadv"], [%"keys.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.194", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.19"]
  %"hdr.32" = getelementptr i8, ptr %"data.58", i64 %"cursor.36"
  %".2586" = getelementptr i8, ptr %"hdr.32", i64 24
  %".2587" = icmp ugt ptr %".2586", %"data_end.58"
  br i1 %".2587", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2589" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2590" = load i8, ptr %".2589", align 1
  %".2591" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2592" = load i8, ptr %".2591", align 1
  %".2593" = getelementptr i8, ptr %"hdr.32", i64 22
  %".2594" = load i16, ptr %".2593", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".2590", %"batadv_d1.linear"], [%".2613", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2592", %"batadv_d1.linear"], [%".2615", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2594", %"batadv_d1.linear"], [%".2617", %"batadv_d1.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.58", %"batadv_d1.linear"], [%"data.126", %"batadv_d1.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.58", %"batadv_d1.linear"], [%"data_end.126", %"batadv_d1.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.58", %"batadv_d1.linear"], [%"keys.126", %"batadv_d1.copy_failed.endif"]
  %".2619" = zext i8 %"w1_1.5" to i64
  %".2620" = icmp eq i64 %".2619", 15
  %".2621" = zext i8 %"w0_1.9" to i64
  %".2622" = icmp eq i64 %".2621", 64
  %".2623" = and i1 %".2620", %".2622"
  %".2624" = xor i1 %".2623", -1
  br i1 %".2624", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1037" = trunc i64 %"cursor.13" to i32
  %".1038" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".1037", [40 x i8]* %"header_copy", i32 4)
  %".1039" = icmp eq i64 %".1038", 0
  %".1040" = getelementptr i8, ptr %"ctx.11", i64 76
  %".1041" = load i32, ptr %".1040", align 4
  %".1042" = zext i32 %".1041" to i64
  %"data.59" = inttoptr i64 %".1042" to ptr
  %".1043" = getelementptr i8, ptr %"ctx.11", i64 80
  %".1044" = load i32, ptr %".1043", align 4
  %".1045" = zext i32 %".1044" to i64
  %"data_end.59" = inttoptr i64 %".1045" to ptr
  %".1046" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.59" = load ptr, ptr %".1046", align 8
  %".1047" = xor i1 %".1039", -1
  br i1 %".1047", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".1049" = trunc i64 %"cursor.13" to i16
  %".1050" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1049", ptr %".1050", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".1053" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1054" = load volatile i32, [40 x i8]* %".1053", align 4
  br label %"tcp.header"
tcp.unknown:
  %".1059" = trunc i64 %"cursor.13" to i16
  %".1060" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1059", ptr %".1060", align 2
  br label %"return"
udp_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1070" = trunc i64 %"cursor.14" to i32
  %".1071" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1070", [40 x i8]* %"header_copy", i32 4)
  %".1072" = icmp eq i64 %".1071", 0
  %".1073" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1074" = load i32, ptr %".1073", align 4
  %".1075" = zext i32 %".1074" to i64
  %"data.62" = inttoptr i64 %".1075" to ptr
  %".1076" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1077" = load i32, ptr %".1076", align 4
  %".1078" = zext i32 %".1077" to i64
  %"data_end.62" = inttoptr i64 %".1078" to ptr
  %".1079" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.62" = load ptr, ptr %".1079", align 8
  %".1080" = xor i1 %".1072", -1
  br i1 %".1080", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".1082" = trunc i64 %"cursor.14" to i16
  %".1083" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1082", ptr %".1083", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".1086" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1087" = load volatile i32, [40 x i8]* %".1086", align 4
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".1097" = add i64 %"cursor.14", %".1092"
  %".1098" = sub i64 %".1097", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1099" = trunc i64 %".1098" to i32
  %".1100" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1099", i64* %"last_byte", i32 1)
  %".1101" = icmp eq i64 %".1100", 0
  %".1102" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1103" = load i32, ptr %".1102", align 4
  %".1104" = zext i32 %".1103" to i64
  %"data.64" = inttoptr i64 %".1104" to ptr
  %".1105" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1106" = load i32, ptr %".1105", align 4
  %".1107" = zext i32 %".1106" to i64
  %"data_end.64" = inttoptr i64 %".1107" to ptr
  %".1108" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.64" = load ptr, ptr %".1108", align 8
  %".1109" = xor i1 %".1101", -1
  br i1 %".1109", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1111" = trunc i64 %"cursor.14" to i16
  %".1112" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1111", ptr %".1112", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1137" = trunc i64 %"cursor.14" to i16
  %".1138" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1137", ptr %".1138", align 2
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
  %".1124" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %".1118")
  %".1125" = icmp eq i16 %".1124", 49431
  br i1 %".1125", label %"udp_d0.to_geneve", label %"udp_d0.select.1"
udp_d0.select.1:
  %".1127" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %".1118")
  %".1128" = icmp eq i16 %".1127", 49175
  br i1 %".1128", label %"udp_d0.to_gue", label %"udp_d0.select.2"
udp_d0.select.2:
  %".1130" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %".1118")
  %".1131" = icmp eq i16 %".1130", 26632
  br i1 %".1131", label %"udp_d0.to_gtpu", label %"udp_d0.select.3"
udp_d0.select.3:
  %".1133" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %".1118")
  %".1134" = icmp eq i16 %".1133", 24862
  br i1 %".1134", label %"udp_d0.to_shim", label %"udp_d0.select.4"
udp_d0.select.4:
  br label %"udp_d0.unknown"
geneve_d0:
  %"cursor.39" = phi  i64 [%".1116", %"udp_d0.to_geneve"]
  %"data.67" = phi  ptr [%"data.65", %"udp_d0.to_geneve"]
  %"data_end.67" = phi  ptr [%"data_end.65", %"udp_d0.to_geneve"]
  %"keys.67" = phi  ptr [%"keys.65", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.67", i64 %"cursor.39"
  %".3030" = getelementptr i8, ptr %"hdr.35", i64 8
  %".3031" = icmp ugt ptr %".3030", %"data_end.67"
  br i1 %".3031", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".3033" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3034" = load i8, ptr %".3033", align 1
  %".3035" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3036" = load i16, ptr %".3035", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".3034", %"geneve_d0.linear"], [%".3055", %"geneve_d0.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".3036", %"geneve_d0.linear"], [%".3057", %"geneve_d0.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.67", %"geneve_d0.linear"], [%"data.136", %"geneve_d0.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.67", %"geneve_d0.linear"], [%"data_end.136", %"geneve_d0.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.67", %"geneve_d0.linear"], [%"keys.136", %"geneve_d0.copy_failed.endif"]
  %".3059" = zext i8 %"w0_1.10" to i64
  %".3060" = lshr i64 %".3059", 6
  %".3061" = and i64 %".3060", 3
  %".3062" = icmp ne i64 %".3061", 0
  br i1 %".3062", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif", !prof !0
geneve_d0.stop_before.endif:
  %".3068" = add i64 %"cursor.39", 8
  %".3069" = and i8 %"w0_1.10", 63
  %".3070" = icmp eq i8 %".3069", 0
  %".3071" = xor i1 %".3070", -1
  br i1 %".3071", label %"geneve_d0.variable", label %"geneve_d0.no_variable", !prof !0
geneve_d0.no_variable:
  br label %"geneve_d0.variable.endif"
geneve_d0.variable.endif:
  %"end.3" = phi  i64 [%".3068", %"geneve_d0.no_variable"], [%".3101", %"geneve_d0.variable_part"]
  %"data.140" = phi  ptr [%"data.137", %"geneve_d0.no_variable"], [%"data.139", %"geneve_d0.variable_part"]
  %"data_end.140" = phi  ptr [%"data_end.137", %"geneve_d0.no_variable"], [%"data_end.139", %"geneve_d0.variable_part"]
  %"keys.140" = phi  ptr [%"keys.137", %"geneve_d0.no_variable"], [%"keys.139", %"geneve_d0.variable_part"]
  %".3103" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3103", align 1
  %".3105" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.53" = load volatile i32, ptr %".3105", align 4
  %".3106" = and i32 %"flags.53", 4
  %".3107" = icmp ne i32 %".3106", 0
  br i1 %".3107", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif", !prof !0
geneve_d0.stop_at_encap.endif:
  %".3113" = getelementptr i8, ptr %"keys.140", i64 12
  store i32 0, ptr %".3113", align 4
  %".3115" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3116" = zext i16 %".3115" to i64
  %".3117" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.5")
  %".3118" = icmp eq i16 %".3117", 22629
  br i1 %".3118", label %"geneve_d0.to_ethernet", label %"geneve_d0.select"
geneve_d0.to_ethernet:
  br label %"ethernet_d1"
gue_d0:
  %"cursor.40" = phi  i64 [%".1116", %"udp_d0.to_gue"]
  %"data.68" = phi  ptr [%"data.65", %"udp_d0.to_gue"]
  %"data_end.68" = phi  ptr [%"data_end.65", %"udp_d0.to_gue"]
  %"keys.68" = phi  ptr [%"keys.65", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.68", i64 %"cursor.40"
  %".3134" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3135" = icmp ugt ptr %".3134", %"data_end.68"
  br i1 %".3135", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".3137" = getelementptr i8, ptr %"hdr.36", i64 0
  %".3138" = load i8, ptr %".3137", align 1
  %".3139" = getelementptr i8, ptr %"hdr.36", i64 1
  %".3140" = load i8, ptr %".3139", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".3138", %"gue_d0.linear"], [%".3159", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".3140", %"gue_d0.linear"], [%".3161", %"gue_d0.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.68", %"gue_d0.linear"], [%"data.141", %"gue_d0.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.68", %"gue_d0.linear"], [%"data_end.141", %"gue_d0.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.68", %"gue_d0.linear"], [%"keys.141", %"gue_d0.copy_failed.endif"]
  %".3163" = zext i8 %"w0_1.11" to i64
  %".3164" = lshr i64 %".3163", 6
  %".3165" = and i64 %".3164", 3
  %".3166" = icmp ne i64 %".3165", 0
  %".3167" = zext i8 %"w0_1.11" to i64
  %".3168" = lshr i64 %".3167", 5
  %".3169" = and i64 %".3168", 1
  %".3170" = icmp ne i64 %".3169", 0
  %".3171" = or i1 %".3166", %".3170"
  br i1 %".3171", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif", !prof !0
gue_d0.stop_before.endif:
  %".3177" = add i64 %"cursor.40", 4
  %".3178" = and i8 %"w0_1.11", 31
  %".3179" = icmp eq i8 %".3178", 0
  %".3180" = xor i1 %".3179", -1
  br i1 %".3180", label %"gue_d0.variable", label %"gue_d0.no_variable", !prof !0
gue_d0.no_variable:
  br label %"gue_d0.variable.endif"
gue_d0.variable.endif:
  %"end.4" = phi  i64 [%".3177", %"gue_d0.no_variable"], [%".3210", %"gue_d0.variable_part"]
  %"data.145" = phi  ptr [%"data.142", %"gue_d0.no_variable"], [%"data.144", %"gue_d0.variable_part"]
  %"data_end.145" = phi  ptr [%"data_end.142", %"gue_d0.no_variable"], [%"data_end.144", %"gue_d0.variable_part"]
  %"keys.145" = phi  ptr [%"keys.142", %"gue_d0.no_variable"], [%"keys.144", %"gue_d0.variable_part"]
  %".3212" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3212", align 1
  %".3214" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.54" = load volatile i32, ptr %".3214", align 4
  %".3215" = and i32 %"flags.54", 4
  %".3216" = icmp ne i32 %".3215", 0
  br i1 %".3216", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif", !prof !0
gue_d0.stop_at_encap.endif:
  %".3222" = getelementptr i8, ptr %"keys.145", i64 12
  store i32 0, ptr %".3222", align 4
  %".3224" = zext i8 %"w1_1.6" to i64
  %".3225" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3224")
  %".3226" = icmp eq i64 %".3225", 4
  br i1 %".3226", label %"gue_d0.to_ipv4", label %"gue_d0.select"
gue_d0.to_ipv4:
  br label %"ipv4_d1"
gtpu_d0:
  %"cursor.41" = phi  i64 [%".1116", %"udp_d0.to_gtpu"]
  %"data.69" = phi  ptr [%"data.65", %"udp_d0.to_gtpu"]
  %"data_end.69" = phi  ptr [%"data_end.65", %"udp_d0.to_gtpu"]
  %"keys.69" = phi  ptr [%"keys.65", %"udp_d0.to_gtpu"]
  %"hdr.37" = getelementptr i8, ptr %"data.69", i64 %"cursor.41"
  %".3238" = getelementptr i8, ptr %"hdr.37", i64 8
  %".3239" = icmp ugt ptr %".3238", %"data_end.69"
  br i1 %".3239", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".3241" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3242" = load i8, ptr %".3241", align 1
  %".3243" = getelementptr i8, ptr %"hdr.37", i64 1
  %".3244" = load i8, ptr %".3243", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.12" = phi  i8 [%".3242", %"gtpu_d0.linear"], [%".3263", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3244", %"gtpu_d0.linear"], [%".3265", %"gtpu_d0.copy_failed.endif"]
  %"data.147" = phi  ptr [%"data.69", %"gtpu_d0.linear"], [%"data.146", %"gtpu_d0.copy_failed.endif"]
  %"data_end.147" = phi  ptr [%"data_end.69", %"gtpu_d0.linear"], [%"data_end.146", %"gtpu_d0.copy_failed.endif"]
  %"keys.147" = phi  ptr [%"keys.69", %"gtpu_d0.linear"], [%"keys.146", %"gtpu_d0.copy_failed.endif"]
  %".3267" = zext i8 %"w0_1.12" to i64
  %".3268" = lshr i64 %".3267", 5
  %".3269" = and i64 %".3268", 7
  %".3270" = icmp ne i64 %".3269", 1
  %".3271" = zext i8 %"w0_1.12" to i64
  %".3272" = lshr i64 %".3271", 4
  %".3273" = and i64 %".3272", 1
  %".3274" = icmp ne i64 %".3273", 1
  %".3275" = or i1 %".3270", %".3274"
  %".3276" = zext i8 %"w1_1.7" to i64
  %".3277" = icmp ne i64 %".3276", 255
  %".3278" = or i1 %".3275", %".3277"
  br i1 %".3278", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif", !prof !0
gtpu_d0.stop_before.endif:
  %".3284" = add i64 %"cursor.41", 8
  %".3285" = getelementptr i8, ptr %"keys.147", i64 8
  store i8 1, ptr %".3285", align 1
  %".3287" = getelementptr i8, ptr %"keys.147", i64 48
  %"flags.55" = load volatile i32, ptr %".3287", align 4
  %".3288" = and i32 %"flags.55", 4
  %".3289" = icmp ne i32 %".3288", 0
  br i1 %".3289", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif", !prof !0
gtpu_d0.stop_at_encap.endif:
  %".3295" = getelementptr i8, ptr %"keys.147", i64 12
  store i32 0, ptr %".3295", align 4
  %".3297" = zext i8 %"w0_1.12" to i64
  %".3298" = lshr i64 %".3297", 2
  %".3299" = and i64 %".3298", 1
  %".3300" = mul i64 %".3299", 4
  %".3301" = zext i8 %"w0_1.12" to i64
  %".3302" = lshr i64 %".3301", 1
  %".3303" = and i64 %".3302", 1
  %".3304" = mul i64 %".3303", 2
  %".3305" = add i64 %".3300", %".3304"
  %".3306" = zext i8 %"w0_1.12" to i64
  %".3307" = and i64 %".3306", 1
  %".3308" = add i64 %".3305", %".3307"
  %".3309" = icmp uge i64 %".3308", 1
  %".3310" = icmp ule i64 %".3308", 3
  %".3311" = and i1 %".3309", %".3310"
  br i1 %".3311", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
shim_d0:
  %"cursor.42" = phi  i64 [%".1116", %"udp_d0.to_shim"]
  %"data.70" = phi  ptr [%"data.65", %"udp_d0.to_shim"]
  %"data_end.70" = phi  ptr [%"data_end.65", %"udp_d0.to_shim"]
  %"keys.70" = phi  ptr [%"keys.65", %"udp_d0.to_shim"]
  %"hdr.38" = getelementptr i8, ptr %"data.70", i64 %"cursor.42"
  %".3328" = getelementptr i8, ptr %"hdr.38", i64 8
  %".3329" = icmp ugt ptr %".3328", %"data_end.70"
  br i1 %".3329", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3331" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3332" = load i16, ptr %".3331", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.6" = phi  i16 [%".3332", %"shim_d0.linear"], [%".3351", %"shim_d0.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.70", %"shim_d0.linear"], [%"data.150", %"shim_d0.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.70", %"shim_d0.linear"], [%"data_end.150", %"shim_d0.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.70", %"shim_d0.linear"], [%"keys.150", %"shim_d0.copy_failed.endif"]
  %".3353" = add i64 %"cursor.42", 8
  %".3354" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3354", align 1
  %".3356" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.56" = load volatile i32, ptr %".3356", align 4
  %".3357" = and i32 %"flags.56", 4
  %".3358" = icmp ne i32 %".3357", 0
  br i1 %".3358", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif", !prof !0
shim_d0.stop_at_encap.endif:
  %".3364" = getelementptr i8, ptr %"keys.151", i64 12
  store i32 0, ptr %".3364", align 4
  %".3366" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".3367" = zext i16 %".3366" to i64
  %".3368" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.6")
  %".3369" = icmp eq i16 %".3368", 8
  br i1 %".3369", label %"shim_d0.to_ipv4", label %"shim_d0.select"
shim_d0.to_ipv4:
  br label %"ipv4_d1"
icmp.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1150" = trunc i64 %"cursor.15" to i32
  %".1151" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1150", [40 x i8]* %"header_copy", i32 4)
  %".1152" = icmp eq i64 %".1151", 0
  %".1153" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1154" = load i32, ptr %".1153", align 4
  %".1155" = zext i32 %".1154" to i64
  %"data.71" = inttoptr i64 %".1155" to ptr
  %".1156" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1157" = load i32, ptr %".1156", align 4
  %".1158" = zext i32 %".1157" to i64
  %"data_end.71" = inttoptr i64 %".1158" to ptr
  %".1159" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.71" = load ptr, ptr %".1159", align 8
  %".1160" = xor i1 %".1152", -1
  br i1 %".1160", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1162" = trunc i64 %"cursor.15" to i16
  %".1163" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1162", ptr %".1163", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1184" = trunc i64 %"cursor.16" to i32
  %".1185" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1184", [40 x i8]* %"header_copy", i32 20)
  %".1186" = icmp eq i64 %".1185", 0
  %".1187" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1188" = load i32, ptr %".1187", align 4
  %".1189" = zext i32 %".1188" to i64
  %"data.73" = inttoptr i64 %".1189" to ptr
  %".1190" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1191" = load i32, ptr %".1190", align 4
  %".1192" = zext i32 %".1191" to i64
  %"data_end.73" = inttoptr i64 %".1192" to ptr
  %".1193" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.73" = load ptr, ptr %".1193", align 8
  %".1194" = xor i1 %".1186", -1
  br i1 %".1194", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1196" = trunc i64 %"cursor.16" to i16
  %".1197" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1196", ptr %".1197", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1200" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1201" = load volatile i8, [40 x i8]* %".1200", align 1
  %".1202" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1203" = load volatile i16, [40 x i8]* %".1202", align 2
  %".1204" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1205" = load volatile i8, [40 x i8]* %".1204", align 1
  %".1206" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1207" = load volatile i32, [40 x i8]* %".1206", align 4
  %".1208" = zext i32 %".1207" to i64
  %".1209" = shl i64 %".1208", 0
  %".1210" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1211" = load volatile i32, [40 x i8]* %".1210", align 4
  %".1212" = zext i32 %".1211" to i64
  %".1213" = shl i64 %".1212", 32
  %".1214" = or i64 %".1209", %".1213"
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1221" = trunc i64 %"cursor.16" to i16
  %".1222" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1221", ptr %".1222", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1225" = getelementptr i8, ptr %"keys.74", i64 9
  store i8 %"w9_1.1", ptr %".1225", align 1
  %".1227" = getelementptr i8, ptr %"keys.74", i64 16
  store i64 %"w12_8.1", ptr %".1227", align 8
  %".1229" = trunc i64 2048 to i16
  %".1230" = getelementptr i8, ptr %"keys.74", i64 4
  store i16 %".1229", ptr %".1230", align 2
  %".1232" = trunc i64 2048 to i16
  %".1233" = call i16 @"llvm.bswap.i16"(i16 %".1232")
  %".1234" = getelementptr i8, ptr %"keys.74", i64 10
  store i16 %".1233", ptr %".1234", align 2
  %".1236" = add i64 %"cursor.16", 20
  %".1237" = zext i8 %"w0_1.3" to i64
  %".1238" = and i64 %".1237", 15
  %".1239" = icmp eq i64 %".1238", 5
  %".1240" = xor i1 %".1239", -1
  br i1 %".1240", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1236", %"ipv4_d1.no_variable"], [%".1248", %"ipv4_d1.variable"]
  %"data.75" = phi  ptr [%"data.74", %"ipv4_d1.no_variable"], [%"data.74", %"ipv4_d1.variable"]
  %"data_end.75" = phi  ptr [%"data_end.74", %"ipv4_d1.no_variable"], [%"data_end.74", %"ipv4_d1.variable"]
  %"keys.75" = phi  ptr [%"keys.74", %"ipv4_d1.no_variable"], [%"keys.74", %"ipv4_d1.variable"]
  %".1250" = and i16 %"w6_2.2", 65343
  %".1251" = icmp ne i16 %".1250", 0
  %".1252" = and i16 %"w6_2.2", 65311
  %".1253" = icmp eq i16 %".1252", 0
  br i1 %".1251", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1275" = zext i8 %"w9_1.1" to i64
  %".1276" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1275")
  %".1277" = icmp eq i64 %".1276", 6
  br i1 %".1277", label %"ipv4_d1.to_tcp", label %"ipv4_d1.select"
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.variable:
  %".1243" = zext i8 %"w0_1.3" to i64
  %".1244" = and i64 %".1243", 15
  %".1245" = mul i64 %".1244", 4
  %".1246" = sub i64 %".1245", 20
  %".1247" = add i64 %".1246", 20
  %".1248" = add i64 %"cursor.16", %".1247"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1255" = getelementptr i8, ptr %"keys.75", i64 6
  store i8 1, ptr %".1255", align 1
  br i1 %".1253", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1258" = getelementptr i8, ptr %"keys.75", i64 7
  store i8 1, ptr %".1258", align 1
  %".1260" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.23" = load volatile i32, ptr %".1260", align 4
  %".1261" = and i32 %"flags.23", 1
  %".1262" = icmp ne i32 %".1261", 0
  %".1263" = xor i1 %".1262", -1
  br i1 %".1263", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1270" = trunc i64 %"end.1" to i16
  %".1271" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1270", ptr %".1271", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1265" = trunc i64 %"end.1" to i16
  %".1266" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1265", ptr %".1266", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1293" = trunc i64 %"end.1" to i16
  %".1294" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1293", ptr %".1294", align 2
  br label %"return"
ipv4_d1.to_udp:
  br label %"udp_d1"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_ipv4:
  %".1300" = getelementptr i8, ptr %"keys.75", i64 8
  store i8 1, ptr %".1300", align 1
  %".1302" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.24" = load volatile i32, ptr %".1302", align 4
  %".1303" = and i32 %"flags.24", 4
  %".1304" = icmp ne i32 %".1303", 0
  br i1 %".1304", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif", !prof !0
ipv4_d1.stop_at_encap.endif:
  %".1310" = getelementptr i8, ptr %"keys.75", i64 12
  store i32 0, ptr %".1310", align 4
  %".1312" = trunc i64 %"end.1" to i16
  %".1313" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1312", ptr %".1313", align 2
  br label %"return"
ipv4_d1.to_gre_version:
  br label %"gre_version_d1"
ipv4_d1.to_ipv6:
  %".1317" = trunc i64 34525 to i16
  %".1318" = call i16 @"llvm.bswap.i16"(i16 %".1317")
  %".1319" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1318", ptr %".1319", align 2
  %".1321" = getelementptr i8, ptr %"keys.75", i64 8
  store i8 1, ptr %".1321", align 1
  %".1323" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.25" = load volatile i32, ptr %".1323", align 4
  %".1324" = and i32 %"flags.25", 4
  %".1325" = icmp ne i32 %".1324", 0
  br i1 %".1325", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1", !prof !0
ipv4_d1.stop_at_encap.endif.1:
  %".1331" = getelementptr i8, ptr %"keys.75", i64 12
  store i32 0, ptr %".1331", align 4
  %".1333" = trunc i64 %"end.1" to i16
  %".1334" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1333", ptr %".1334", align 2
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
  %".1342" = trunc i64 34887 to i16
  %".1343" = call i16 @"llvm.bswap.i16"(i16 %".1342")
  %".1344" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1343", ptr %".1344", align 2
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.select:
  %".1279" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1275")
  %".1280" = icmp eq i64 %".1279", 17
  br i1 %".1280", label %"ipv4_d1.to_udp", label %"ipv4_d1.select.1"
ipv4_d1.select.1:
  %".1282" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1275")
  %".1283" = icmp eq i64 %".1282", 1
  br i1 %".1283", label %"ipv4_d1.to_icmp", label %"ipv4_d1.select.2"
ipv4_d1.select.2:
  %".1285" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1275")
  %".1286" = icmp eq i64 %".1285", 4
  br i1 %".1286", label %"ipv4_d1.to_ipv4", label %"ipv4_d1.select.3"
ipv4_d1.select.3:
  %".1288" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1275")
  %".1289" = icmp eq i64 %".1288", 47
  br i1 %".1289", label %"ipv4_d1.to_gre_version", label %"ipv4_d1.select.4"
ipv4_d1.select.4:
  %".1291" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1275")
  switch i64 %".1291", label %"ipv4_d1.unknown" [i64 41, label %"ipv4_d1.to_ipv6" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 132, label %"ipv4_d1.to_sctp" i64 136, label %"ipv4_d1.to_udplite" i64 33, label %"ipv4_d1.to_dccp" i64 137, label %"ipv4_d1.to_mpls"]
udp_d1:
  %"cursor.43" = phi  i64 [%"end.1", %"ipv4_d1.to_udp"], [%".1476", %"ipv6_d1.to_udp"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".6064", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".6184", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".7036", %"widening.test.41"]
  %"data.76" = phi  ptr [%"data.75", %"ipv4_d1.to_udp"], [%"data.83", %"ipv6_d1.to_udp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.307", %"widening.test.41"]
  %"data_end.76" = phi  ptr [%"data_end.75", %"ipv4_d1.to_udp"], [%"data_end.83", %"ipv6_d1.to_udp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.307", %"widening.test.41"]
  %"keys.76" = phi  ptr [%"keys.75", %"ipv4_d1.to_udp"], [%"keys.83", %"ipv6_d1.to_udp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.41"]
  %"hdr.39" = getelementptr i8, ptr %"data.76", i64 %"cursor.43"
  %".3377" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3378" = icmp ugt ptr %".3377", %"data_end.76"
  br i1 %".3378", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3380" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3381" = load i32, ptr %".3380", align 4
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_4.8" = phi  i32 [%".3381", %"udp_d1.linear"], [%".3400", %"udp_d1.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.76", %"udp_d1.linear"], [%"data.152", %"udp_d1.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.76", %"udp_d1.linear"], [%"data_end.152", %"udp_d1.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.76", %"udp_d1.linear"], [%"keys.152", %"udp_d1.copy_failed.endif"]
  %".3402" = getelementptr i8, ptr %"keys.153", i64 12
  store i32 %"w0_4.8", ptr %".3402", align 4
  %".3404" = add i64 %"cursor.43", 4
  %".3405" = add i64 4, 4
  %".3406" = getelementptr i8, ptr %"data.153", i64 %"cursor.43"
  %".3407" = getelementptr i8, ptr %".3406", i64 %".3405"
  %".3408" = icmp ugt ptr %".3407", %"data_end.153"
  br i1 %".3408", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.155" = phi  ptr [%"data.153", %"udp_d1.header"], [%"data.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.153", %"udp_d1.header"], [%"data_end.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.153", %"udp_d1.header"], [%"keys.154", %"udp_d1.copy_last_byte_failed.endif"]
  %".3429" = add i64 %"cursor.43", %".3405"
  %".3430" = lshr i32 %"w0_4.8", 16
  %".3431" = trunc i32 %".3430" to i16
  %".3432" = call i16 @"llvm.bswap.i16"(i16 %".3431")
  %".3433" = zext i16 %".3432" to i64
  %".3434" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".3431")
  %".3435" = icmp eq i16 %".3434", 46354
  br i1 %".3435", label %"udp_d1.to_vxlan", label %"udp_d1.select"
udp_d1.to_vxlan:
  br label %"vxlan_d1"
vxlan_d1:
  %"cursor.58" = phi  i64 [%".3429", %"udp_d1.to_vxlan"]
  %"data.156" = phi  ptr [%"data.155", %"udp_d1.to_vxlan"]
  %"data_end.156" = phi  ptr [%"data_end.155", %"udp_d1.to_vxlan"]
  %"keys.156" = phi  ptr [%"keys.155", %"udp_d1.to_vxlan"]
  %"hdr.52" = getelementptr i8, ptr %"data.156", i64 %"cursor.58"
  %".4549" = getelementptr i8, ptr %"hdr.52", i64 8
  %".4550" = icmp ugt ptr %".4549", %"data_end.156"
  br i1 %".4550", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.201" = phi  ptr [%"data.156", %"vxlan_d1.linear"], [%"data.200", %"vxlan_d1.copy_failed.endif"]
  %"data_end.201" = phi  ptr [%"data_end.156", %"vxlan_d1.linear"], [%"data_end.200", %"vxlan_d1.copy_failed.endif"]
  %"keys.201" = phi  ptr [%"keys.156", %"vxlan_d1.linear"], [%"keys.200", %"vxlan_d1.copy_failed.endif"]
  %".4570" = add i64 %"cursor.58", 8
  %".4571" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4571", align 1
  %".4573" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.70" = load volatile i32, ptr %".4573", align 4
  %".4574" = and i32 %"flags.70", 4
  %".4575" = icmp ne i32 %".4574", 0
  br i1 %".4575", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif", !prof !0
vxlan_d1.stop_at_encap.endif:
  %".4581" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4581", align 4
  br label %"vxlan_d1.to_ethernet"
vxlan_d1.to_ethernet:
  %".4588" = trunc i64 %".4570" to i16
  %".4589" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4588", ptr %".4589", align 2
  br label %"return"
ipv4_d1.stop_at_encap:
  %".1306" = trunc i64 %"end.1" to i16
  %".1307" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1306", ptr %".1307", align 2
  br label %"return"
gre_version_d1:
  %"cursor.44" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1476", %"ipv6_d1.to_gre_version"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".6064", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".6184", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".7014", %"widening.test.39"]
  %"data.77" = phi  ptr [%"data.75", %"ipv4_d1.to_gre_version"], [%"data.83", %"ipv6_d1.to_gre_version"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.305", %"widening.test.39"]
  %"data_end.77" = phi  ptr [%"data_end.75", %"ipv4_d1.to_gre_version"], [%"data_end.83", %"ipv6_d1.to_gre_version"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.305", %"widening.test.39"]
  %"keys.77" = phi  ptr [%"keys.75", %"ipv4_d1.to_gre_version"], [%"keys.83", %"ipv6_d1.to_gre_version"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.39"]
  %"hdr.40" = getelementptr i8, ptr %"data.77", i64 %"cursor.44"
  %".3459" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3460" = icmp ugt ptr %".3459", %"data_end.77"
  br i1 %".3460", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3462" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3463" = load i8, ptr %".3462", align 1
  %".3464" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3465" = load i8, ptr %".3464", align 1
  %".3466" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3467" = load i16, ptr %".3466", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.13" = phi  i8 [%".3463", %"gre_version_d1.linear"], [%".3486", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3465", %"gre_version_d1.linear"], [%".3488", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".3467", %"gre_version_d1.linear"], [%".3490", %"gre_version_d1.copy_failed.endif"]
  %"data.162" = phi  ptr [%"data.77", %"gre_version_d1.linear"], [%"data.161", %"gre_version_d1.copy_failed.endif"]
  %"data_end.162" = phi  ptr [%"data_end.77", %"gre_version_d1.linear"], [%"data_end.161", %"gre_version_d1.copy_failed.endif"]
  %"keys.162" = phi  ptr [%"keys.77", %"gre_version_d1.linear"], [%"keys.161", %"gre_version_d1.copy_failed.endif"]
  %".3492" = zext i8 %"w0_1.13" to i64
  %".3493" = lshr i64 %".3492", 6
  %".3494" = and i64 %".3493", 1
  %".3495" = icmp ne i64 %".3494", 0
  %".3496" = zext i8 %"w1_1.8" to i64
  %".3497" = and i64 %".3496", 7
  %".3498" = icmp ugt i64 %".3497", 1
  %".3499" = or i1 %".3495", %".3498"
  br i1 %".3499", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".3505" = getelementptr i8, ptr %"keys.162", i64 10
  store i16 %"w2_2.7", ptr %".3505", align 2
  %".3507" = zext i8 %"w1_1.8" to i64
  %".3508" = and i64 %".3507", 7
  %".3509" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3508")
  %".3510" = icmp eq i64 %".3509", 0
  br i1 %".3510", label %"gre_version_d1.to_gre", label %"gre_version_d1.select"
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.63" = phi  i64 [%"cursor.44", %"gre_version_d1.to_gre"]
  %"data.163" = phi  ptr [%"data.162", %"gre_version_d1.to_gre"]
  %"data_end.163" = phi  ptr [%"data_end.162", %"gre_version_d1.to_gre"]
  %"keys.163" = phi  ptr [%"keys.162", %"gre_version_d1.to_gre"]
  %".4966" = add i64 %"cursor.63", 4
  %".4967" = and i8 %"w0_1.13", 176
  %".4968" = icmp eq i8 %".4967", 0
  %".4969" = xor i1 %".4968", -1
  br i1 %".4969", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.9" = phi  i64 [%".4966", %"gre_d1.no_variable"], [%".5008", %"gre_d1.variable_part"]
  %"data.218" = phi  ptr [%"data.163", %"gre_d1.no_variable"], [%"data.217", %"gre_d1.variable_part"]
  %"data_end.218" = phi  ptr [%"data_end.163", %"gre_d1.no_variable"], [%"data_end.217", %"gre_d1.variable_part"]
  %"keys.218" = phi  ptr [%"keys.163", %"gre_d1.no_variable"], [%"keys.217", %"gre_d1.variable_part"]
  %".5010" = getelementptr i8, ptr %"keys.218", i64 8
  store i8 1, ptr %".5010", align 1
  %".5012" = getelementptr i8, ptr %"keys.218", i64 48
  %"flags.75" = load volatile i32, ptr %".5012", align 4
  %".5013" = and i32 %"flags.75", 4
  %".5014" = icmp ne i32 %".5013", 0
  br i1 %".5014", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif", !prof !0
gre_d1.stop_at_encap.endif:
  %".5020" = getelementptr i8, ptr %"keys.218", i64 12
  store i32 0, ptr %".5020", align 4
  %".5022" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".5023" = zext i16 %".5022" to i64
  %".5024" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.7")
  %".5025" = icmp eq i16 %".5024", 8
  br i1 %".5025", label %"gre_d1.to_ipv4", label %"gre_d1.select"
gre_d1.to_ipv4:
  %".5045" = trunc i64 %"end.9" to i16
  %".5046" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5045", ptr %".5046", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1327" = trunc i64 %"end.1" to i16
  %".1328" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1327", ptr %".1328", align 2
  br label %"return"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1357" = trunc i64 %"cursor.17" to i32
  %".1358" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1357", [40 x i8]* %"header_copy", i32 4)
  %".1359" = icmp eq i64 %".1358", 0
  %".1360" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1361" = load i32, ptr %".1360", align 4
  %".1362" = zext i32 %".1361" to i64
  %"data.78" = inttoptr i64 %".1362" to ptr
  %".1363" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1364" = load i32, ptr %".1363", align 4
  %".1365" = zext i32 %".1364" to i64
  %"data_end.78" = inttoptr i64 %".1365" to ptr
  %".1366" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.78" = load ptr, ptr %".1366", align 8
  %".1367" = xor i1 %".1359", -1
  br i1 %".1367", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1369" = trunc i64 %"cursor.17" to i16
  %".1370" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1369", ptr %".1370", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1373" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1374" = load volatile i8, [40 x i8]* %".1373", align 1
  %".1375" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1376" = load volatile i8, [40 x i8]* %".1375", align 1
  %".1377" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1378" = load volatile i16, [40 x i8]* %".1377", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1389" = trunc i64 %"cursor.17" to i16
  %".1390" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1389", ptr %".1390", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1401" = trunc i64 %"cursor.17" to i16
  %".1402" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1401", ptr %".1402", align 2
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
  %".3615" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".3616" = zext i16 %".3615" to i64
  %".3617" = icmp ne i64 %".3616", 34827
  %".3618" = zext i8 %"w0_1.4" to i64
  %".3619" = lshr i64 %".3618", 5
  %".3620" = and i64 %".3619", 1
  %".3621" = icmp eq i64 %".3620", 0
  %".3622" = or i1 %".3617", %".3621"
  br i1 %".3622", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".3628" = add i64 %"cursor.46", 4
  %".3629" = zext i8 %"w0_1.4" to i64
  %".3630" = lshr i64 %".3629", 7
  %".3631" = and i64 %".3630", 1
  %".3632" = zext i8 %"w0_1.4" to i64
  %".3633" = lshr i64 %".3632", 5
  %".3634" = and i64 %".3633", 1
  %".3635" = add i64 %".3631", %".3634"
  %".3636" = zext i8 %"w0_1.4" to i64
  %".3637" = lshr i64 %".3636", 4
  %".3638" = and i64 %".3637", 1
  %".3639" = add i64 %".3635", %".3638"
  %".3640" = zext i8 %"w1_1.2" to i64
  %".3641" = lshr i64 %".3640", 7
  %".3642" = and i64 %".3641", 1
  %".3643" = add i64 %".3639", %".3642"
  %".3644" = mul i64 %".3643", 4
  %".3645" = add i64 %".3644", 4
  %".3646" = getelementptr i8, ptr %"data.81", i64 %"cursor.46"
  %".3647" = getelementptr i8, ptr %".3646", i64 %".3645"
  %".3648" = icmp ugt ptr %".3647", %"data_end.81"
  br i1 %".3648", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.169" = phi  ptr [%"data.81", %"pptp_d0.stop_before.endif"], [%"data.168", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.169" = phi  ptr [%"data_end.81", %"pptp_d0.stop_before.endif"], [%"data_end.168", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.169" = phi  ptr [%"keys.81", %"pptp_d0.stop_before.endif"], [%"keys.168", %"pptp_d0.copy_last_byte_failed.endif"]
  %".3669" = add i64 %"cursor.46", %".3645"
  %".3670" = add i64 %"cursor.46", 8
  %".3671" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3670")
  %".3672" = icmp eq i64 %".3644", 4
  %"end.6" = select  i1 %".3672", i64 %".3671", i64 %".3669"
  br label %"pptp_d0.to_ppp"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.65" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.170" = phi  ptr [%"data.169", %"pptp_d0.to_ppp"]
  %"data_end.170" = phi  ptr [%"data_end.169", %"pptp_d0.to_ppp"]
  %"keys.170" = phi  ptr [%"keys.169", %"pptp_d0.to_ppp"]
  %"hdr.57" = getelementptr i8, ptr %"data.170", i64 %"cursor.65"
  %".5177" = getelementptr i8, ptr %"hdr.57", i64 4
  %".5178" = icmp ugt ptr %".5177", %"data_end.170"
  br i1 %".5178", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".5180" = getelementptr i8, ptr %"hdr.57", i64 2
  %".5181" = load i16, ptr %".5180", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.13" = phi  i16 [%".5181", %"ppp_d0.linear"], [%".5200", %"ppp_d0.copy_failed.endif"]
  %"data.223" = phi  ptr [%"data.170", %"ppp_d0.linear"], [%"data.222", %"ppp_d0.copy_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.170", %"ppp_d0.linear"], [%"data_end.222", %"ppp_d0.copy_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.170", %"ppp_d0.linear"], [%"keys.222", %"ppp_d0.copy_failed.endif"]
  %".5202" = add i64 %"cursor.65", 4
  %".5203" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".5204" = zext i16 %".5203" to i64
  %".5205" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.13")
  %".5206" = icmp eq i16 %".5205", 8448
  br i1 %".5206", label %"ppp_d0.to_ipv4", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".5219" = trunc i64 2048 to i16
  %".5220" = call i16 @"llvm.bswap.i16"(i16 %".5219")
  %".5221" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5220", ptr %".5221", align 2
  %".5223" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5223", align 1
  %".5225" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.76" = load volatile i32, ptr %".5225", align 4
  %".5226" = and i32 %"flags.76", 4
  %".5227" = icmp ne i32 %".5226", 0
  br i1 %".5227", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif", !prof !0
ppp_d0.stop_at_encap.endif:
  %".5233" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5233", align 4
  br label %"ipv4_d1"
ipv6_d1.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1423" = trunc i64 %"cursor.18" to i32
  %".1424" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1423", [40 x i8]* %"header_copy", i32 40)
  %".1425" = icmp eq i64 %".1424", 0
  %".1426" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1427" = load i32, ptr %".1426", align 4
  %".1428" = zext i32 %".1427" to i64
  %"data.82" = inttoptr i64 %".1428" to ptr
  %".1429" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1430" = load i32, ptr %".1429", align 4
  %".1431" = zext i32 %".1430" to i64
  %"data_end.82" = inttoptr i64 %".1431" to ptr
  %".1432" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.82" = load ptr, ptr %".1432", align 8
  %".1433" = xor i1 %".1425", -1
  br i1 %".1433", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1435" = trunc i64 %"cursor.18" to i16
  %".1436" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1435", ptr %".1436", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1439" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1440" = load volatile i32, [40 x i8]* %".1439", align 4
  %".1441" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1442" = load volatile i8, [40 x i8]* %".1441", align 1
  %".1443" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1444" = load volatile i64, [40 x i8]* %".1443", align 8
  %".1445" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1446" = load volatile i64, [40 x i8]* %".1445", align 8
  %".1447" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1448" = load volatile i64, [40 x i8]* %".1447", align 8
  %".1449" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1450" = load volatile i64, [40 x i8]* %".1449", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1486" = trunc i64 %".1476" to i16
  %".1487" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1486", ptr %".1487", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1490" = zext i8 %"w6_1.1" to i64
  %".1491" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1490")
  %".1492" = icmp eq i64 %".1491", 6
  br i1 %".1492", label %"ipv6_d1.to_tcp", label %"ipv6_d1.select"
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1508" = trunc i64 %".1476" to i16
  %".1509" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1508", ptr %".1509", align 2
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
  %".1519" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1519", align 1
  %".1521" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.27" = load volatile i32, ptr %".1521", align 4
  %".1522" = and i32 %"flags.27", 4
  %".1523" = icmp ne i32 %".1522", 0
  br i1 %".1523", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif", !prof !0
ipv6_d1.stop_at_encap.endif:
  %".1529" = getelementptr i8, ptr %"keys.83", i64 12
  store i32 0, ptr %".1529", align 4
  %".1531" = trunc i64 %".1476" to i16
  %".1532" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1531", ptr %".1532", align 2
  br label %"return"
ipv6_d1.to_ipv4:
  %".1535" = trunc i64 2048 to i16
  %".1536" = call i16 @"llvm.bswap.i16"(i16 %".1535")
  %".1537" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1536", ptr %".1537", align 2
  %".1539" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1539", align 1
  %".1541" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.28" = load volatile i32, ptr %".1541", align 4
  %".1542" = and i32 %"flags.28", 4
  %".1543" = icmp ne i32 %".1542", 0
  br i1 %".1543", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1", !prof !0
ipv6_d1.stop_at_encap.endif.1:
  %".1549" = getelementptr i8, ptr %"keys.83", i64 12
  store i32 0, ptr %".1549", align 4
  %".1551" = trunc i64 %".1476" to i16
  %".1552" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1551", ptr %".1552", align 2
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
  %".1561" = trunc i64 34887 to i16
  %".1562" = call i16 @"llvm.bswap.i16"(i16 %".1561")
  %".1563" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1562", ptr %".1563", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.select:
  %".1494" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1490")
  %".1495" = icmp eq i64 %".1494", 17
  br i1 %".1495", label %"ipv6_d1.to_udp", label %"ipv6_d1.select.1"
ipv6_d1.select.1:
  %".1497" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1490")
  %".1498" = icmp eq i64 %".1497", 58
  br i1 %".1498", label %"ipv6_d1.to_icmpv6", label %"ipv6_d1.select.2"
ipv6_d1.select.2:
  %".1500" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1490")
  %".1501" = icmp eq i64 %".1500", 0
  br i1 %".1501", label %"ipv6_d1.to_ipv6_opts", label %"ipv6_d1.select.3"
ipv6_d1.select.3:
  %".1503" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1490")
  %".1504" = icmp eq i64 %".1503", 60
  br i1 %".1504", label %"ipv6_d1.to_ipv6_opts.1", label %"ipv6_d1.select.4"
ipv6_d1.select.4:
  %".1506" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1490")
  switch i64 %".1506", label %"ipv6_d1.unknown" [i64 43, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 41, label %"ipv6_d1.to_ipv6" i64 4, label %"ipv6_d1.to_ipv4" i64 47, label %"ipv6_d1.to_gre_version" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 132, label %"ipv6_d1.to_sctp" i64 136, label %"ipv6_d1.to_udplite" i64 33, label %"ipv6_d1.to_dccp" i64 137, label %"ipv6_d1.to_mpls"]
ipv6_opts_d1_ipv6_ext1:
  %"cursor.47" = phi  i64 [%".1476", %"ipv6_d1.to_ipv6_opts"], [%".1476", %"ipv6_d1.to_ipv6_opts.1"], [%".1476", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.84" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_opts"], [%"data.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.84" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_opts"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.84" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_opts"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.84", i64 %"cursor.47"
  %".3679" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3680" = icmp ugt ptr %".3679", %"data_end.84"
  br i1 %".3680", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3682" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3683" = load i8, ptr %".3682", align 1
  %".3684" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3685" = load i8, ptr %".3684", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.14" = phi  i8 [%".3683", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3704", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3685", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3706", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.172" = phi  ptr [%"data.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.172" = phi  ptr [%"data_end.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.172" = phi  ptr [%"keys.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3708" = getelementptr i8, ptr %"keys.172", i64 9
  store i8 %"w0_1.14", ptr %".3708", align 1
  %".3710" = add i64 %"cursor.47", 2
  %".3711" = zext i8 %"w1_1.9" to i64
  %".3712" = mul i64 %".3711", 8
  %".3713" = add i64 %".3712", 6
  %".3714" = add i64 %".3713", 2
  %".3715" = add i64 %"cursor.47", %".3714"
  %".3716" = zext i8 %"w0_1.14" to i64
  %".3717" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3716")
  %".3718" = icmp eq i64 %".3717", 6
  br i1 %".3718", label %"ipv6_opts_d1_ipv6_ext1.to_tcp", label %"ipv6_opts_d1_ipv6_ext1.select"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1476", %"ipv6_d1.to_ipv6_frag"]
  %"data.85" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_frag"]
  %"keys.85" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.85", i64 %"cursor.48"
  %".3792" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3793" = icmp ugt ptr %".3792", %"data_end.85"
  br i1 %".3793", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3795" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3796" = load i8, ptr %".3795", align 1
  %".3797" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3798" = load i16, ptr %".3797", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3796", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3817", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.8" = phi  i16 [%".3798", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3819", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3821" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %"w0_1.15", ptr %".3821", align 1
  %".3823" = add i64 %"cursor.48", 8
  %".3824" = icmp ne i64 1, 0
  %".3825" = and i16 %"w2_2.8", 63743
  %".3826" = icmp eq i16 %".3825", 0
  br i1 %".3824", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3848" = zext i8 %"w0_1.15" to i64
  %".3849" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3848")
  %".3850" = icmp eq i64 %".3849", 6
  br i1 %".3850", label %"ipv6_frag_d1_ipv6_ext1.to_tcp", label %"ipv6_frag_d1_ipv6_ext1.select"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1525" = trunc i64 %".1476" to i16
  %".1526" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1525", ptr %".1526", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1545" = trunc i64 %".1476" to i16
  %".1546" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1545", ptr %".1546", align 2
  br label %"return"
esp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1572" = trunc i64 %"cursor.19" to i32
  %".1573" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1572", [40 x i8]* %"header_copy", i32 4)
  %".1574" = icmp eq i64 %".1573", 0
  %".1575" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1576" = load i32, ptr %".1575", align 4
  %".1577" = zext i32 %".1576" to i64
  %"data.86" = inttoptr i64 %".1577" to ptr
  %".1578" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1579" = load i32, ptr %".1578", align 4
  %".1580" = zext i32 %".1579" to i64
  %"data_end.86" = inttoptr i64 %".1580" to ptr
  %".1581" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.86" = load ptr, ptr %".1581", align 8
  %".1582" = xor i1 %".1574", -1
  br i1 %".1582", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1584" = trunc i64 %"cursor.19" to i16
  %".1585" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1584", ptr %".1585", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1588" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1589" = load volatile i32, [40 x i8]* %".1588", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1616" = trunc i64 %"cursor.20" to i32
  %".1617" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1616", [40 x i8]* %"header_copy", i32 8)
  %".1618" = icmp eq i64 %".1617", 0
  %".1619" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1620" = load i32, ptr %".1619", align 4
  %".1621" = zext i32 %".1620" to i64
  %"data.88" = inttoptr i64 %".1621" to ptr
  %".1622" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1623" = load i32, ptr %".1622", align 4
  %".1624" = zext i32 %".1623" to i64
  %"data_end.88" = inttoptr i64 %".1624" to ptr
  %".1625" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.88" = load ptr, ptr %".1625", align 8
  %".1626" = xor i1 %".1618", -1
  br i1 %".1626", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1628" = trunc i64 %"cursor.20" to i16
  %".1629" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1628", ptr %".1629", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1632" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1633" = load volatile i32, [40 x i8]* %".1632", align 4
  br label %"ah.header"
sctp.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1660" = trunc i64 %"cursor.21" to i32
  %".1661" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1660", [40 x i8]* %"header_copy", i32 4)
  %".1662" = icmp eq i64 %".1661", 0
  %".1663" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1664" = load i32, ptr %".1663", align 4
  %".1665" = zext i32 %".1664" to i64
  %"data.90" = inttoptr i64 %".1665" to ptr
  %".1666" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1667" = load i32, ptr %".1666", align 4
  %".1668" = zext i32 %".1667" to i64
  %"data_end.90" = inttoptr i64 %".1668" to ptr
  %".1669" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.90" = load ptr, ptr %".1669", align 8
  %".1670" = xor i1 %".1662", -1
  br i1 %".1670", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1672" = trunc i64 %"cursor.21" to i16
  %".1673" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1672", ptr %".1673", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1676" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1677" = load volatile i32, [40 x i8]* %".1676", align 4
  br label %"sctp.header"
udplite.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1692" = trunc i64 %"cursor.22" to i32
  %".1693" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1692", [40 x i8]* %"header_copy", i32 4)
  %".1694" = icmp eq i64 %".1693", 0
  %".1695" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1696" = load i32, ptr %".1695", align 4
  %".1697" = zext i32 %".1696" to i64
  %"data.92" = inttoptr i64 %".1697" to ptr
  %".1698" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1699" = load i32, ptr %".1698", align 4
  %".1700" = zext i32 %".1699" to i64
  %"data_end.92" = inttoptr i64 %".1700" to ptr
  %".1701" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.92" = load ptr, ptr %".1701", align 8
  %".1702" = xor i1 %".1694", -1
  br i1 %".1702", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1704" = trunc i64 %"cursor.22" to i16
  %".1705" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1704", ptr %".1705", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1708" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1709" = load volatile i32, [40 x i8]* %".1708", align 4
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1719" = add i64 %"cursor.22", %".1714"
  %".1720" = sub i64 %".1719", 1
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1721" = trunc i64 %".1720" to i32
  %".1722" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1721", i64* %"last_byte", i32 1)
  %".1723" = icmp eq i64 %".1722", 0
  %".1724" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1725" = load i32, ptr %".1724", align 4
  %".1726" = zext i32 %".1725" to i64
  %"data.94" = inttoptr i64 %".1726" to ptr
  %".1727" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1728" = load i32, ptr %".1727", align 4
  %".1729" = zext i32 %".1728" to i64
  %"data_end.94" = inttoptr i64 %".1729" to ptr
  %".1730" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.94" = load ptr, ptr %".1730", align 8
  %".1731" = xor i1 %".1723", -1
  br i1 %".1731", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1733" = trunc i64 %"cursor.22" to i16
  %".1734" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1733", ptr %".1734", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
dccp.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1749" = trunc i64 %"cursor.23" to i32
  %".1750" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1749", [40 x i8]* %"header_copy", i32 4)
  %".1751" = icmp eq i64 %".1750", 0
  %".1752" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1753" = load i32, ptr %".1752", align 4
  %".1754" = zext i32 %".1753" to i64
  %"data.96" = inttoptr i64 %".1754" to ptr
  %".1755" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1756" = load i32, ptr %".1755", align 4
  %".1757" = zext i32 %".1756" to i64
  %"data_end.96" = inttoptr i64 %".1757" to ptr
  %".1758" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.96" = load ptr, ptr %".1758", align 8
  %".1759" = xor i1 %".1751", -1
  br i1 %".1759", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1761" = trunc i64 %"cursor.23" to i16
  %".1762" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1761", ptr %".1762", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1765" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1766" = load volatile i32, [40 x i8]* %".1765", align 4
  br label %"dccp.header"
icmpv6.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1779" = trunc i64 %"cursor.24" to i32
  %".1780" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1779", [40 x i8]* %"header_copy", i32 4)
  %".1781" = icmp eq i64 %".1780", 0
  %".1782" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1783" = load i32, ptr %".1782", align 4
  %".1784" = zext i32 %".1783" to i64
  %"data.98" = inttoptr i64 %".1784" to ptr
  %".1785" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1786" = load i32, ptr %".1785", align 4
  %".1787" = zext i32 %".1786" to i64
  %"data_end.98" = inttoptr i64 %".1787" to ptr
  %".1788" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.98" = load ptr, ptr %".1788", align 8
  %".1789" = xor i1 %".1781", -1
  br i1 %".1789", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1791" = trunc i64 %"cursor.24" to i16
  %".1792" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1791", ptr %".1792", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1809" = trunc i64 %"cursor.25" to i32
  %".1810" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1809", [40 x i8]* %"header_copy", i32 2)
  %".1811" = icmp eq i64 %".1810", 0
  %".1812" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1813" = load i32, ptr %".1812", align 4
  %".1814" = zext i32 %".1813" to i64
  %"data.100" = inttoptr i64 %".1814" to ptr
  %".1815" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1816" = load i32, ptr %".1815", align 4
  %".1817" = zext i32 %".1816" to i64
  %"data_end.100" = inttoptr i64 %".1817" to ptr
  %".1818" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.100" = load ptr, ptr %".1818", align 8
  %".1819" = xor i1 %".1811", -1
  br i1 %".1819", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1821" = trunc i64 %"cursor.25" to i16
  %".1822" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".1821", ptr %".1822", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1825" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1826" = load volatile i8, [40 x i8]* %".1825", align 1
  %".1827" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1828" = load volatile i8, [40 x i8]* %".1827", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1856" = trunc i64 %".1837" to i16
  %".1857" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1856", ptr %".1857", align 2
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
  %".1867" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".1867", align 1
  %".1869" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.29" = load volatile i32, ptr %".1869", align 4
  %".1870" = and i32 %"flags.29", 4
  %".1871" = icmp ne i32 %".1870", 0
  br i1 %".1871", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1877" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".1877", align 4
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1880" = trunc i64 2048 to i16
  %".1881" = call i16 @"llvm.bswap.i16"(i16 %".1880")
  %".1882" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1881", ptr %".1882", align 2
  %".1884" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".1884", align 1
  %".1886" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.30" = load volatile i32, ptr %".1886", align 4
  %".1887" = and i32 %"flags.30", 4
  %".1888" = icmp ne i32 %".1887", 0
  br i1 %".1888", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1894" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".1894", align 4
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
  %".1903" = trunc i64 34887 to i16
  %".1904" = call i16 @"llvm.bswap.i16"(i16 %".1903")
  %".1905" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1904", ptr %".1905", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.select:
  %".1842" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1838")
  %".1843" = icmp eq i64 %".1842", 17
  br i1 %".1843", label %"ipv6_opts_d0_ipv6_ext1.to_udp", label %"ipv6_opts_d0_ipv6_ext1.select.1"
ipv6_opts_d0_ipv6_ext1.select.1:
  %".1845" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1838")
  %".1846" = icmp eq i64 %".1845", 58
  br i1 %".1846", label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext1.select.2"
ipv6_opts_d0_ipv6_ext1.select.2:
  %".1848" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1838")
  %".1849" = icmp eq i64 %".1848", 0
  br i1 %".1849", label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext1.select.3"
ipv6_opts_d0_ipv6_ext1.select.3:
  %".1851" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1838")
  %".1852" = icmp eq i64 %".1851", 60
  br i1 %".1852", label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext1.select.4"
ipv6_opts_d0_ipv6_ext1.select.4:
  %".1854" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1838")
  switch i64 %".1854", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls"]
ipv6_opts_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6651", %"widening.test.6"]
  %"data.102" = phi  ptr [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.272", %"widening.test.6"]
  %"data_end.102" = phi  ptr [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.272", %"widening.test.6"]
  %"keys.102" = phi  ptr [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.43" = getelementptr i8, ptr %"data.102", i64 %"cursor.49"
  %".3924" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3925" = icmp ugt ptr %".3924", %"data_end.102"
  br i1 %".3925", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3927" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3928" = load i8, ptr %".3927", align 1
  %".3929" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3930" = load i8, ptr %".3929", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3928", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3949", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3930", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3951", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.178" = phi  ptr [%"data.102", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.102", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.102", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3953" = getelementptr i8, ptr %"keys.178", i64 9
  store i8 %"w0_1.16", ptr %".3953", align 1
  %".3955" = add i64 %"cursor.49", 2
  %".3956" = zext i8 %"w1_1.10" to i64
  %".3957" = mul i64 %".3956", 8
  %".3958" = add i64 %".3957", 6
  %".3959" = add i64 %".3958", 2
  %".3960" = add i64 %"cursor.49", %".3959"
  %".3961" = zext i8 %"w0_1.16" to i64
  %".3962" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3961")
  %".3963" = icmp eq i64 %".3962", 6
  br i1 %".3963", label %"ipv6_opts_d0_ipv6_ext2.to_tcp", label %"ipv6_opts_d0_ipv6_ext2.select"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%".1837", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1939", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6640", %"widening.test.5"]
  %"data.103" = phi  ptr [%"data.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.271", %"widening.test.5"]
  %"data_end.103" = phi  ptr [%"data_end.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.271", %"widening.test.5"]
  %"keys.103" = phi  ptr [%"keys.101", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.105", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.44" = getelementptr i8, ptr %"data.103", i64 %"cursor.50"
  %".4031" = getelementptr i8, ptr %"hdr.44", i64 8
  %".4032" = icmp ugt ptr %".4031", %"data_end.103"
  br i1 %".4032", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".4034" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4035" = load i8, ptr %".4034", align 1
  %".4036" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4037" = load i16, ptr %".4036", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".4035", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".4056", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".4037", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".4058", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.182" = phi  ptr [%"data.103", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.182" = phi  ptr [%"data_end.103", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.182" = phi  ptr [%"keys.103", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".4060" = getelementptr i8, ptr %"keys.182", i64 9
  store i8 %"w0_1.17", ptr %".4060", align 1
  %".4062" = add i64 %"cursor.50", 8
  %".4063" = icmp ne i64 1, 0
  %".4064" = and i16 %"w2_2.9", 63743
  %".4065" = icmp eq i16 %".4064", 0
  br i1 %".4063", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".4087" = zext i8 %"w0_1.17" to i64
  %".4088" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4087")
  %".4089" = icmp eq i64 %".4088", 6
  br i1 %".4089", label %"ipv6_frag_d0_ipv6_ext2.to_tcp", label %"ipv6_frag_d0_ipv6_ext2.select"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1873" = trunc i64 %".1837" to i16
  %".1874" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1873", ptr %".1874", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1890" = trunc i64 %".1837" to i16
  %".1891" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1890", ptr %".1891", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1916" = trunc i64 %"cursor.26" to i32
  %".1917" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1916", [40 x i8]* %"header_copy", i32 8)
  %".1918" = icmp eq i64 %".1917", 0
  %".1919" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1920" = load i32, ptr %".1919", align 4
  %".1921" = zext i32 %".1920" to i64
  %"data.104" = inttoptr i64 %".1921" to ptr
  %".1922" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1923" = load i32, ptr %".1922", align 4
  %".1924" = zext i32 %".1923" to i64
  %"data_end.104" = inttoptr i64 %".1924" to ptr
  %".1925" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.104" = load ptr, ptr %".1925", align 8
  %".1926" = xor i1 %".1918", -1
  br i1 %".1926", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1928" = trunc i64 %"cursor.26" to i16
  %".1929" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".1928", ptr %".1929", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1932" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1933" = load volatile i8, [40 x i8]* %".1932", align 1
  %".1934" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1935" = load volatile i16, [40 x i8]* %".1934", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1944" = getelementptr i8, ptr %"keys.105", i64 6
  store i8 1, ptr %".1944", align 1
  br i1 %".1942", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1947" = getelementptr i8, ptr %"keys.105", i64 7
  store i8 1, ptr %".1947", align 1
  %".1949" = getelementptr i8, ptr %"keys.105", i64 48
  %"flags.31" = load volatile i32, ptr %".1949", align 4
  %".1950" = and i32 %"flags.31", 1
  %".1951" = icmp ne i32 %".1950", 0
  %".1952" = xor i1 %".1951", -1
  br i1 %".1952", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1959" = trunc i64 %".1939" to i16
  %".1960" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1959", ptr %".1960", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1954" = trunc i64 %".1939" to i16
  %".1955" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1954", ptr %".1955", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1982" = trunc i64 %".1939" to i16
  %".1983" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1982", ptr %".1983", align 2
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
  %".1993" = getelementptr i8, ptr %"keys.105", i64 8
  store i8 1, ptr %".1993", align 1
  %".1995" = getelementptr i8, ptr %"keys.105", i64 48
  %"flags.32" = load volatile i32, ptr %".1995", align 4
  %".1996" = and i32 %"flags.32", 4
  %".1997" = icmp ne i32 %".1996", 0
  br i1 %".1997", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".2003" = getelementptr i8, ptr %"keys.105", i64 12
  store i32 0, ptr %".2003", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".2006" = trunc i64 2048 to i16
  %".2007" = call i16 @"llvm.bswap.i16"(i16 %".2006")
  %".2008" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2007", ptr %".2008", align 2
  %".2010" = getelementptr i8, ptr %"keys.105", i64 8
  store i8 1, ptr %".2010", align 1
  %".2012" = getelementptr i8, ptr %"keys.105", i64 48
  %"flags.33" = load volatile i32, ptr %".2012", align 4
  %".2013" = and i32 %"flags.33", 4
  %".2014" = icmp ne i32 %".2013", 0
  br i1 %".2014", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2020" = getelementptr i8, ptr %"keys.105", i64 12
  store i32 0, ptr %".2020", align 4
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
  %".2029" = trunc i64 34887 to i16
  %".2030" = call i16 @"llvm.bswap.i16"(i16 %".2029")
  %".2031" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2030", ptr %".2031", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.select:
  %".1968" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".1964")
  %".1969" = icmp eq i64 %".1968", 17
  br i1 %".1969", label %"ipv6_frag_d0_ipv6_ext1.to_udp", label %"ipv6_frag_d0_ipv6_ext1.select.1"
ipv6_frag_d0_ipv6_ext1.select.1:
  %".1971" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".1964")
  %".1972" = icmp eq i64 %".1971", 58
  br i1 %".1972", label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext1.select.2"
ipv6_frag_d0_ipv6_ext1.select.2:
  %".1974" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".1964")
  %".1975" = icmp eq i64 %".1974", 0
  br i1 %".1975", label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext1.select.3"
ipv6_frag_d0_ipv6_ext1.select.3:
  %".1977" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".1964")
  %".1978" = icmp eq i64 %".1977", 60
  br i1 %".1978", label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext1.select.4"
ipv6_frag_d0_ipv6_ext1.select.4:
  %".1980" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".1964")
  switch i64 %".1980", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls"]
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1999" = trunc i64 %".1939" to i16
  %".2000" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1999", ptr %".2000", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".2016" = trunc i64 %".1939" to i16
  %".2017" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2016", ptr %".2017", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2040" = trunc i64 %"cursor.27" to i32
  %".2041" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".2040", [40 x i8]* %"header_copy", i32 4)
  %".2042" = icmp eq i64 %".2041", 0
  %".2043" = getelementptr i8, ptr %"ctx.27", i64 76
  %".2044" = load i32, ptr %".2043", align 4
  %".2045" = zext i32 %".2044" to i64
  %"data.106" = inttoptr i64 %".2045" to ptr
  %".2046" = getelementptr i8, ptr %"ctx.27", i64 80
  %".2047" = load i32, ptr %".2046", align 4
  %".2048" = zext i32 %".2047" to i64
  %"data_end.106" = inttoptr i64 %".2048" to ptr
  %".2049" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.106" = load ptr, ptr %".2049", align 8
  %".2050" = xor i1 %".2042", -1
  br i1 %".2050", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".2052" = trunc i64 %"cursor.27" to i16
  %".2053" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2052", ptr %".2053", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".2056" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2057" = load volatile i16, [40 x i8]* %".2056", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2084" = trunc i64 %".2061" to i16
  %".2085" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2084", ptr %".2085", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2090" = trunc i64 %".2061" to i16
  %".2091" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2090", ptr %".2091", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2094" = trunc i64 %".2061" to i16
  %".2095" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2094", ptr %".2095", align 2
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
  %".2107" = trunc i64 %".2061" to i16
  %".2108" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2107", ptr %".2108", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2111" = trunc i64 %".2061" to i16
  %".2112" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2111", ptr %".2112", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d0_vlan_tags2.select:
  %".2070" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.3")
  %".2071" = icmp eq i16 %".2070", 56710
  br i1 %".2071", label %"vlan_d0_vlan_tags2.to_ipv6", label %"vlan_d0_vlan_tags2.select.1"
vlan_d0_vlan_tags2.select.1:
  %".2073" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.3")
  %".2074" = icmp eq i16 %".2073", 129
  br i1 %".2074", label %"vlan_d0_vlan_tags2.to_vlan", label %"vlan_d0_vlan_tags2.select.2"
vlan_d0_vlan_tags2.select.2:
  %".2076" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.3")
  %".2077" = icmp eq i16 %".2076", 43144
  br i1 %".2077", label %"vlan_d0_vlan_tags2.to_vlan.1", label %"vlan_d0_vlan_tags2.select.3"
vlan_d0_vlan_tags2.select.3:
  %".2079" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.3")
  %".2080" = icmp eq i16 %".2079", 18312
  br i1 %".2080", label %"vlan_d0_vlan_tags2.to_mpls", label %"vlan_d0_vlan_tags2.select.4"
vlan_d0_vlan_tags2.select.4:
  %".2082" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.3")
  switch i16 %".2082", label %"vlan_d0_vlan_tags2.unknown" [i16 18568, label %"vlan_d0_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags2.to_arp" i16 13696, label %"vlan_d0_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags2.to_ptp" i16 649, label %"vlan_d0_vlan_tags2.to_cfm" i16 51848, label %"vlan_d0_vlan_tags2.to_tipc" i16 1673, label %"vlan_d0_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags2.to_hsr" i16 64392, label %"vlan_d0_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags2.to_batadv"]
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2122" = trunc i64 %"cursor.28" to i32
  %".2123" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2122", [40 x i8]* %"header_copy", i32 6)
  %".2124" = icmp eq i64 %".2123", 0
  %".2125" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2126" = load i32, ptr %".2125", align 4
  %".2127" = zext i32 %".2126" to i64
  %"data.108" = inttoptr i64 %".2127" to ptr
  %".2128" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2129" = load i32, ptr %".2128", align 4
  %".2130" = zext i32 %".2129" to i64
  %"data_end.108" = inttoptr i64 %".2130" to ptr
  %".2131" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.108" = load ptr, ptr %".2131", align 8
  %".2132" = xor i1 %".2124", -1
  br i1 %".2132", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2134" = trunc i64 %"cursor.28" to i16
  %".2135" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2134", ptr %".2135", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2138" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2139" = load volatile i16, [40 x i8]* %".2138", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2166" = trunc i64 %".2143" to i16
  %".2167" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2166", ptr %".2167", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2172" = trunc i64 %".2143" to i16
  %".2173" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2172", ptr %".2173", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2176" = trunc i64 %".2143" to i16
  %".2177" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2176", ptr %".2177", align 2
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
  %".2189" = trunc i64 %".2143" to i16
  %".2190" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2189", ptr %".2190", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2193" = trunc i64 %".2143" to i16
  %".2194" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2193", ptr %".2194", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.select:
  %".2152" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.1")
  %".2153" = icmp eq i16 %".2152", 56710
  br i1 %".2153", label %"hsr_d0_vlan_tags2.to_ipv6", label %"hsr_d0_vlan_tags2.select.1"
hsr_d0_vlan_tags2.select.1:
  %".2155" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.1")
  %".2156" = icmp eq i16 %".2155", 129
  br i1 %".2156", label %"hsr_d0_vlan_tags2.to_vlan", label %"hsr_d0_vlan_tags2.select.2"
hsr_d0_vlan_tags2.select.2:
  %".2158" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.1")
  %".2159" = icmp eq i16 %".2158", 43144
  br i1 %".2159", label %"hsr_d0_vlan_tags2.to_vlan.1", label %"hsr_d0_vlan_tags2.select.3"
hsr_d0_vlan_tags2.select.3:
  %".2161" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.1")
  %".2162" = icmp eq i16 %".2161", 18312
  br i1 %".2162", label %"hsr_d0_vlan_tags2.to_mpls", label %"hsr_d0_vlan_tags2.select.4"
hsr_d0_vlan_tags2.select.4:
  %".2164" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.1")
  switch i16 %".2164", label %"hsr_d0_vlan_tags2.unknown" [i16 18568, label %"hsr_d0_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags2.to_arp" i16 13696, label %"hsr_d0_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags2.to_ptp" i16 649, label %"hsr_d0_vlan_tags2.to_cfm" i16 51848, label %"hsr_d0_vlan_tags2.to_tipc" i16 1673, label %"hsr_d0_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags2.to_hsr" i16 64392, label %"hsr_d0_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags2.to_batadv"]
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2205" = trunc i64 %"cursor.29" to i32
  %".2206" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2205", [40 x i8]* %"header_copy", i32 4)
  %".2207" = icmp eq i64 %".2206", 0
  %".2208" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2209" = load i32, ptr %".2208", align 4
  %".2210" = zext i32 %".2209" to i64
  %"data.110" = inttoptr i64 %".2210" to ptr
  %".2211" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2212" = load i32, ptr %".2211", align 4
  %".2213" = zext i32 %".2212" to i64
  %"data_end.110" = inttoptr i64 %".2213" to ptr
  %".2214" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.110" = load ptr, ptr %".2214", align 8
  %".2215" = xor i1 %".2207", -1
  br i1 %".2215", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2217" = trunc i64 %".2198" to i16
  %".2218" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2217", ptr %".2218", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2221" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2222" = load volatile i8, [40 x i8]* %".2221", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2231" = trunc i64 %".2224" to i16
  %".2232" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2231", ptr %".2232", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_ip_version:
  %".2236" = getelementptr i8, ptr %"keys.111", i64 8
  store i8 1, ptr %".2236", align 1
  %".2238" = getelementptr i8, ptr %"keys.111", i64 48
  %"flags.34" = load volatile i32, ptr %".2238", align 4
  %".2239" = and i32 %"flags.34", 4
  %".2240" = icmp ne i32 %".2239", 0
  br i1 %".2240", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif", !prof !0
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2246" = getelementptr i8, ptr %"keys.111", i64 12
  store i32 0, ptr %".2246", align 4
  br label %"ip_version_d1"
mpls_d0_mpls_labels2.select:
  br label %"mpls_d0_mpls_labels2.to_ip_version"
mpls_d0_mpls_labels2.stop_at_encap:
  %".2242" = trunc i64 %".2224" to i16
  %".2243" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2242", ptr %".2243", align 2
  br label %"return"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2255" = trunc i64 %"cursor.30" to i32
  %".2256" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2255", [40 x i8]* %"header_copy", i32 1)
  %".2257" = icmp eq i64 %".2256", 0
  %".2258" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2259" = load i32, ptr %".2258", align 4
  %".2260" = zext i32 %".2259" to i64
  %"data.113" = inttoptr i64 %".2260" to ptr
  %".2261" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2262" = load i32, ptr %".2261", align 4
  %".2263" = zext i32 %".2262" to i64
  %"data_end.113" = inttoptr i64 %".2263" to ptr
  %".2264" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.113" = load ptr, ptr %".2264", align 8
  %".2265" = xor i1 %".2257", -1
  br i1 %".2265", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2267" = trunc i64 %"cursor.30" to i16
  %".2268" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2267", ptr %".2268", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2271" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2272" = load volatile i8, [40 x i8]* %".2271", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2284" = trunc i64 %"cursor.30" to i16
  %".2285" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2284", ptr %".2285", align 2
  br label %"return"
ip_version_d1.to_ipv6:
  br label %"ipv6_d1"
ip_version_d1.select:
  %".2280" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".2276")
  %".2281" = icmp eq i64 %".2280", 6
  br i1 %".2281", label %"ip_version_d1.to_ipv6", label %"ip_version_d1.select.1"
ip_version_d1.select.1:
  br label %"ip_version_d1.unknown"
vlan_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2301" = trunc i64 %"cursor.32" to i32
  %".2302" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2301", [40 x i8]* %"header_copy", i32 4)
  %".2303" = icmp eq i64 %".2302", 0
  %".2304" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2305" = load i32, ptr %".2304", align 4
  %".2306" = zext i32 %".2305" to i64
  %"data.115" = inttoptr i64 %".2306" to ptr
  %".2307" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2308" = load i32, ptr %".2307", align 4
  %".2309" = zext i32 %".2308" to i64
  %"data_end.115" = inttoptr i64 %".2309" to ptr
  %".2310" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.115" = load ptr, ptr %".2310", align 8
  %".2311" = xor i1 %".2303", -1
  br i1 %".2311", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2313" = trunc i64 %"cursor.32" to i16
  %".2314" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2313", ptr %".2314", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2317" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2318" = load volatile i16, [40 x i8]* %".2317", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2345" = trunc i64 %".2322" to i16
  %".2346" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2345", ptr %".2346", align 2
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
  %".2331" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.4")
  %".2332" = icmp eq i16 %".2331", 56710
  br i1 %".2332", label %"vlan_d1_vlan_tags1.to_ipv6", label %"vlan_d1_vlan_tags1.select.1"
vlan_d1_vlan_tags1.select.1:
  %".2334" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.4")
  %".2335" = icmp eq i16 %".2334", 129
  br i1 %".2335", label %"vlan_d1_vlan_tags1.to_vlan", label %"vlan_d1_vlan_tags1.select.2"
vlan_d1_vlan_tags1.select.2:
  %".2337" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.4")
  %".2338" = icmp eq i16 %".2337", 43144
  br i1 %".2338", label %"vlan_d1_vlan_tags1.to_vlan.1", label %"vlan_d1_vlan_tags1.select.3"
vlan_d1_vlan_tags1.select.3:
  %".2340" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.4")
  %".2341" = icmp eq i16 %".2340", 18312
  br i1 %".2341", label %"vlan_d1_vlan_tags1.to_mpls", label %"vlan_d1_vlan_tags1.select.4"
vlan_d1_vlan_tags1.select.4:
  %".2343" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.4")
  switch i16 %".2343", label %"vlan_d1_vlan_tags1.unknown" [i16 18568, label %"vlan_d1_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags1.to_arp" i16 13696, label %"vlan_d1_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags1.to_ptp" i16 649, label %"vlan_d1_vlan_tags1.to_cfm" i16 51848, label %"vlan_d1_vlan_tags1.to_tipc" i16 1673, label %"vlan_d1_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags1.to_hsr" i16 64392, label %"vlan_d1_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags1.to_batadv"]
vlan_d1_vlan_tags2:
  %"cursor.52" = phi  i64 [%".2322", %"vlan_d1_vlan_tags1.to_vlan"], [%".2322", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2543", %"hsr_d1_vlan_tags1.to_vlan"], [%".2543", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6783", %"widening.test.18"]
  %"data.117" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.284", %"widening.test.18"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.284", %"widening.test.18"]
  %"keys.117" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.18"]
  %"hdr.46" = getelementptr i8, ptr %"data.117", i64 %"cursor.52"
  %".4208" = getelementptr i8, ptr %"hdr.46", i64 4
  %".4209" = icmp ugt ptr %".4208", %"data_end.117"
  br i1 %".4209", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".4211" = getelementptr i8, ptr %"hdr.46", i64 2
  %".4212" = load i16, ptr %".4211", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.10" = phi  i16 [%".4212", %"vlan_d1_vlan_tags2.linear"], [%".4231", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.187" = phi  ptr [%"data.117", %"vlan_d1_vlan_tags2.linear"], [%"data.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.187" = phi  ptr [%"data_end.117", %"vlan_d1_vlan_tags2.linear"], [%"data_end.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.187" = phi  ptr [%"keys.117", %"vlan_d1_vlan_tags2.linear"], [%"keys.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".4233" = getelementptr i8, ptr %"keys.187", i64 10
  store i16 %"w2_2.10", ptr %".4233", align 2
  %".4235" = add i64 %"cursor.52", 4
  %".4236" = trunc i64 %".4235" to i16
  %".4237" = getelementptr i8, ptr %"keys.187", i64 0
  store i16 %".4236", ptr %".4237", align 2
  %".4239" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".4240" = zext i16 %".4239" to i64
  %".4241" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.10")
  %".4242" = icmp eq i16 %".4241", 8
  br i1 %".4242", label %"vlan_d1_vlan_tags2.to_ipv4", label %"vlan_d1_vlan_tags2.select"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2322", %"vlan_d1_vlan_tags1.to_hsr"], [%".2322", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2543", %"hsr_d1_vlan_tags1.to_hsr"], [%".2543", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6772", %"widening.test.17"]
  %"data.118" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.283", %"widening.test.17"]
  %"data_end.118" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.283", %"widening.test.17"]
  %"keys.118" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.118", i64 %"cursor.53"
  %".4290" = getelementptr i8, ptr %"hdr.47", i64 6
  %".4291" = icmp ugt ptr %".4290", %"data_end.118"
  br i1 %".4291", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".4293" = getelementptr i8, ptr %"hdr.47", i64 4
  %".4294" = load i16, ptr %".4293", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".4294", %"hsr_d1_vlan_tags2.linear"], [%".4313", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.189" = phi  ptr [%"data.118", %"hsr_d1_vlan_tags2.linear"], [%"data.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.118", %"hsr_d1_vlan_tags2.linear"], [%"data_end.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.118", %"hsr_d1_vlan_tags2.linear"], [%"keys.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".4315" = getelementptr i8, ptr %"keys.189", i64 10
  store i16 %"w4_2.3", ptr %".4315", align 2
  %".4317" = add i64 %"cursor.53", 6
  %".4318" = trunc i64 %".4317" to i16
  %".4319" = getelementptr i8, ptr %"keys.189", i64 0
  store i16 %".4318", ptr %".4319", align 2
  %".4321" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4322" = zext i16 %".4321" to i64
  %".4323" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w4_2.3")
  %".4324" = icmp eq i16 %".4323", 8
  br i1 %".4324", label %"hsr_d1_vlan_tags2.to_ipv4", label %"hsr_d1_vlan_tags2.select"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
mpls_d1_mpls_labels1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2372" = trunc i64 %"cursor.33" to i32
  %".2373" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2372", [40 x i8]* %"header_copy", i32 4)
  %".2374" = icmp eq i64 %".2373", 0
  %".2375" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2376" = load i32, ptr %".2375", align 4
  %".2377" = zext i32 %".2376" to i64
  %"data.119" = inttoptr i64 %".2377" to ptr
  %".2378" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2379" = load i32, ptr %".2378", align 4
  %".2380" = zext i32 %".2379" to i64
  %"data_end.119" = inttoptr i64 %".2380" to ptr
  %".2381" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.119" = load ptr, ptr %".2381", align 8
  %".2382" = xor i1 %".2374", -1
  br i1 %".2382", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2384" = trunc i64 %".2365" to i16
  %".2385" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2384", ptr %".2385", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2388" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2389" = load volatile i8, [40 x i8]* %".2388", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2398" = trunc i64 %".2391" to i16
  %".2399" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2398", ptr %".2399", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_ip_version:
  %".2403" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".2403", align 1
  %".2405" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.35" = load volatile i32, ptr %".2405", align 4
  %".2406" = and i32 %"flags.35", 4
  %".2407" = icmp ne i32 %".2406", 0
  br i1 %".2407", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif", !prof !0
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2413" = getelementptr i8, ptr %"keys.120", i64 12
  store i32 0, ptr %".2413", align 4
  %".2415" = trunc i64 %".2391" to i16
  %".2416" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2415", ptr %".2416", align 2
  br label %"return"
mpls_d1_mpls_labels1.select:
  br label %"mpls_d1_mpls_labels1.to_ip_version"
mpls_d1_mpls_labels1.stop_at_encap:
  %".2409" = trunc i64 %".2391" to i16
  %".2410" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2409", ptr %".2410", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2429" = trunc i64 %"cursor.34" to i32
  %".2430" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2429", [40 x i8]* %"header_copy", i32 8)
  %".2431" = icmp eq i64 %".2430", 0
  %".2432" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2433" = load i32, ptr %".2432", align 4
  %".2434" = zext i32 %".2433" to i64
  %"data.122" = inttoptr i64 %".2434" to ptr
  %".2435" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2436" = load i32, ptr %".2435", align 4
  %".2437" = zext i32 %".2436" to i64
  %"data_end.122" = inttoptr i64 %".2437" to ptr
  %".2438" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.122" = load ptr, ptr %".2438", align 8
  %".2439" = xor i1 %".2431", -1
  br i1 %".2439", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2441" = trunc i64 %"cursor.34" to i16
  %".2442" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2441", ptr %".2442", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2445" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2446" = load volatile i8, [40 x i8]* %".2445", align 1
  %".2447" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2448" = load volatile i8, [40 x i8]* %".2447", align 1
  %".2449" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2450" = load volatile i16, [40 x i8]* %".2449", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2465" = trunc i64 %"cursor.34" to i16
  %".2466" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2465", ptr %".2466", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2469" = add i64 %"cursor.34", 8
  %".2470" = trunc i64 %".2469" to i16
  %".2471" = getelementptr i8, ptr %"keys.123", i64 0
  store i16 %".2470", ptr %".2471", align 2
  %".2473" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2474" = zext i16 %".2473" to i64
  %".2475" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w6_2.3")
  %".2476" = icmp eq i16 %".2475", 8448
  br i1 %".2476", label %"pppoe_d1.to_ipv4", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2495" = trunc i64 2048 to i16
  %".2496" = call i16 @"llvm.bswap.i16"(i16 %".2495")
  %".2497" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2496", ptr %".2497", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2488" = and i64 %".2474", 257
  %".2489" = icmp eq i64 %".2488", 1
  br i1 %".2489", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select.4"
pppoe_d1.to_ipv6:
  %".2500" = trunc i64 34525 to i16
  %".2501" = call i16 @"llvm.bswap.i16"(i16 %".2500")
  %".2502" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2501", ptr %".2502", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2505" = trunc i64 34887 to i16
  %".2506" = call i16 @"llvm.bswap.i16"(i16 %".2505")
  %".2507" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2506", ptr %".2507", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2510" = trunc i64 34888 to i16
  %".2511" = call i16 @"llvm.bswap.i16"(i16 %".2510")
  %".2512" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2511", ptr %".2512", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2478" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w6_2.3")
  %".2479" = icmp eq i16 %".2478", 22272
  br i1 %".2479", label %"pppoe_d1.to_ipv6", label %"pppoe_d1.select.1"
pppoe_d1.select.1:
  %".2481" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w6_2.3")
  %".2482" = icmp eq i16 %".2481", 33026
  br i1 %".2482", label %"pppoe_d1.to_mpls", label %"pppoe_d1.select.2"
pppoe_d1.select.2:
  %".2484" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w6_2.3")
  %".2485" = icmp eq i16 %".2484", 33538
  br i1 %".2485", label %"pppoe_d1.to_mpls.1", label %"pppoe_d1.select.3"
pppoe_d1.select.3:
  br label %"pppoe_d1.unknown"
pppoe_d1.select.4:
  %".2491" = trunc i64 %".2469" to i16
  %".2492" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2491", ptr %".2492", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2522" = trunc i64 %"cursor.35" to i32
  %".2523" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2522", [40 x i8]* %"header_copy", i32 6)
  %".2524" = icmp eq i64 %".2523", 0
  %".2525" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2526" = load i32, ptr %".2525", align 4
  %".2527" = zext i32 %".2526" to i64
  %"data.124" = inttoptr i64 %".2527" to ptr
  %".2528" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2529" = load i32, ptr %".2528", align 4
  %".2530" = zext i32 %".2529" to i64
  %"data_end.124" = inttoptr i64 %".2530" to ptr
  %".2531" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.124" = load ptr, ptr %".2531", align 8
  %".2532" = xor i1 %".2524", -1
  br i1 %".2532", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2534" = trunc i64 %"cursor.35" to i16
  %".2535" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2534", ptr %".2535", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2538" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2539" = load volatile i16, [40 x i8]* %".2538", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2566" = trunc i64 %".2543" to i16
  %".2567" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2566", ptr %".2567", align 2
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
  %".2552" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.2")
  %".2553" = icmp eq i16 %".2552", 56710
  br i1 %".2553", label %"hsr_d1_vlan_tags1.to_ipv6", label %"hsr_d1_vlan_tags1.select.1"
hsr_d1_vlan_tags1.select.1:
  %".2555" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.2")
  %".2556" = icmp eq i16 %".2555", 129
  br i1 %".2556", label %"hsr_d1_vlan_tags1.to_vlan", label %"hsr_d1_vlan_tags1.select.2"
hsr_d1_vlan_tags1.select.2:
  %".2558" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.2")
  %".2559" = icmp eq i16 %".2558", 43144
  br i1 %".2559", label %"hsr_d1_vlan_tags1.to_vlan.1", label %"hsr_d1_vlan_tags1.select.3"
hsr_d1_vlan_tags1.select.3:
  %".2561" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.2")
  %".2562" = icmp eq i16 %".2561", 18312
  br i1 %".2562", label %"hsr_d1_vlan_tags1.to_mpls", label %"hsr_d1_vlan_tags1.select.4"
hsr_d1_vlan_tags1.select.4:
  %".2564" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.2")
  switch i16 %".2564", label %"hsr_d1_vlan_tags1.unknown" [i16 18568, label %"hsr_d1_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags1.to_arp" i16 13696, label %"hsr_d1_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags1.to_ptp" i16 649, label %"hsr_d1_vlan_tags1.to_cfm" i16 51848, label %"hsr_d1_vlan_tags1.to_tipc" i16 1673, label %"hsr_d1_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags1.to_hsr" i16 64392, label %"hsr_d1_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags1.to_batadv"]
batadv_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2596" = trunc i64 %"cursor.36" to i32
  %".2597" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2596", [40 x i8]* %"header_copy", i32 24)
  %".2598" = icmp eq i64 %".2597", 0
  %".2599" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2600" = load i32, ptr %".2599", align 4
  %".2601" = zext i32 %".2600" to i64
  %"data.126" = inttoptr i64 %".2601" to ptr
  %".2602" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2603" = load i32, ptr %".2602", align 4
  %".2604" = zext i32 %".2603" to i64
  %"data_end.126" = inttoptr i64 %".2604" to ptr
  %".2605" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.126" = load ptr, ptr %".2605", align 8
  %".2606" = xor i1 %".2598", -1
  br i1 %".2606", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2608" = trunc i64 %"cursor.36" to i16
  %".2609" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2608", ptr %".2609", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2612" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2613" = load volatile i8, [40 x i8]* %".2612", align 1
  %".2614" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2615" = load volatile i8, [40 x i8]* %".2614", align 1
  %".2616" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2617" = load volatile i16, [40 x i8]* %".2616", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2626" = trunc i64 %"cursor.36" to i16
  %".2627" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2626", ptr %".2627", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2630" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %"w22_2.1", ptr %".2630", align 2
  %".2632" = add i64 %"cursor.36", 24
  %".2633" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2634" = zext i16 %".2633" to i64
  %".2635" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w22_2.1")
  %".2636" = icmp eq i16 %".2635", 8
  br i1 %".2636", label %"batadv_d1.to_ipv4", label %"batadv_d1.select"
batadv_d1.to_ipv4:
  %".2656" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2656", align 1
  %".2658" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.36" = load volatile i32, ptr %".2658", align 4
  %".2659" = and i32 %"flags.36", 4
  %".2660" = icmp ne i32 %".2659", 0
  br i1 %".2660", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif", !prof !0
batadv_d1.stop_at_encap.endif:
  %".2666" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2666", align 4
  %".2668" = trunc i64 %".2632" to i16
  %".2669" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2668", ptr %".2669", align 2
  br label %"return"
batadv_d1.unknown:
  %".2652" = trunc i64 %".2632" to i16
  %".2653" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2652", ptr %".2653", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2672" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2672", align 1
  %".2674" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.37" = load volatile i32, ptr %".2674", align 4
  %".2675" = and i32 %"flags.37", 4
  %".2676" = icmp ne i32 %".2675", 0
  br i1 %".2676", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1", !prof !0
batadv_d1.stop_at_encap.endif.1:
  %".2682" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2682", align 4
  %".2684" = trunc i64 %".2632" to i16
  %".2685" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2684", ptr %".2685", align 2
  br label %"return"
batadv_d1.to_vlan:
  %".2688" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2688", align 1
  %".2690" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.38" = load volatile i32, ptr %".2690", align 4
  %".2691" = and i32 %"flags.38", 4
  %".2692" = icmp ne i32 %".2691", 0
  br i1 %".2692", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2", !prof !0
batadv_d1.stop_at_encap.endif.2:
  %".2698" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2698", align 4
  %".2700" = trunc i64 %".2632" to i16
  %".2701" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2700", ptr %".2701", align 2
  br label %"return"
batadv_d1.to_vlan.1:
  %".2704" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2704", align 1
  %".2706" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.39" = load volatile i32, ptr %".2706", align 4
  %".2707" = and i32 %"flags.39", 4
  %".2708" = icmp ne i32 %".2707", 0
  br i1 %".2708", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3", !prof !0
batadv_d1.stop_at_encap.endif.3:
  %".2714" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2714", align 4
  %".2716" = trunc i64 %".2632" to i16
  %".2717" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2716", ptr %".2717", align 2
  br label %"return"
batadv_d1.to_mpls:
  %".2720" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2720", align 1
  %".2722" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.40" = load volatile i32, ptr %".2722", align 4
  %".2723" = and i32 %"flags.40", 4
  %".2724" = icmp ne i32 %".2723", 0
  br i1 %".2724", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4", !prof !0
batadv_d1.stop_at_encap.endif.4:
  %".2730" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2730", align 4
  %".2732" = trunc i64 %".2632" to i16
  %".2733" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2732", ptr %".2733", align 2
  br label %"return"
batadv_d1.to_mpls.1:
  %".2736" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2736", align 1
  %".2738" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.41" = load volatile i32, ptr %".2738", align 4
  %".2739" = and i32 %"flags.41", 4
  %".2740" = icmp ne i32 %".2739", 0
  br i1 %".2740", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5", !prof !0
batadv_d1.stop_at_encap.endif.5:
  %".2746" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2746", align 4
  %".2748" = trunc i64 %".2632" to i16
  %".2749" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2748", ptr %".2749", align 2
  br label %"return"
batadv_d1.to_pppoe:
  %".2752" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2752", align 1
  %".2754" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.42" = load volatile i32, ptr %".2754", align 4
  %".2755" = and i32 %"flags.42", 4
  %".2756" = icmp ne i32 %".2755", 0
  br i1 %".2756", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6", !prof !0
batadv_d1.stop_at_encap.endif.6:
  %".2762" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2762", align 4
  %".2764" = trunc i64 %".2632" to i16
  %".2765" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2764", ptr %".2765", align 2
  br label %"return"
batadv_d1.to_arp:
  %".2768" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2768", align 1
  %".2770" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.43" = load volatile i32, ptr %".2770", align 4
  %".2771" = and i32 %"flags.43", 4
  %".2772" = icmp ne i32 %".2771", 0
  br i1 %".2772", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7", !prof !0
batadv_d1.stop_at_encap.endif.7:
  %".2778" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2778", align 4
  %".2780" = trunc i64 %".2632" to i16
  %".2781" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2780", ptr %".2781", align 2
  br label %"return"
batadv_d1.to_arp.1:
  %".2784" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2784", align 1
  %".2786" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.44" = load volatile i32, ptr %".2786", align 4
  %".2787" = and i32 %"flags.44", 4
  %".2788" = icmp ne i32 %".2787", 0
  br i1 %".2788", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8", !prof !0
batadv_d1.stop_at_encap.endif.8:
  %".2794" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2794", align 4
  %".2796" = trunc i64 %".2632" to i16
  %".2797" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2796", ptr %".2797", align 2
  br label %"return"
batadv_d1.to_ptp:
  %".2800" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2800", align 1
  %".2802" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.45" = load volatile i32, ptr %".2802", align 4
  %".2803" = and i32 %"flags.45", 4
  %".2804" = icmp ne i32 %".2803", 0
  br i1 %".2804", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9", !prof !0
batadv_d1.stop_at_encap.endif.9:
  %".2810" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2810", align 4
  %".2812" = trunc i64 %".2632" to i16
  %".2813" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2812", ptr %".2813", align 2
  br label %"return"
batadv_d1.to_cfm:
  %".2816" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2816", align 1
  %".2818" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.46" = load volatile i32, ptr %".2818", align 4
  %".2819" = and i32 %"flags.46", 4
  %".2820" = icmp ne i32 %".2819", 0
  br i1 %".2820", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10", !prof !0
batadv_d1.stop_at_encap.endif.10:
  %".2826" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2826", align 4
  %".2828" = trunc i64 %".2632" to i16
  %".2829" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2828", ptr %".2829", align 2
  br label %"return"
batadv_d1.to_tipc:
  %".2832" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2832", align 1
  %".2834" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.47" = load volatile i32, ptr %".2834", align 4
  %".2835" = and i32 %"flags.47", 4
  %".2836" = icmp ne i32 %".2835", 0
  br i1 %".2836", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11", !prof !0
batadv_d1.stop_at_encap.endif.11:
  %".2842" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2842", align 4
  %".2844" = trunc i64 %".2632" to i16
  %".2845" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2844", ptr %".2845", align 2
  br label %"return"
batadv_d1.to_fcoe:
  %".2848" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2848", align 1
  %".2850" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.48" = load volatile i32, ptr %".2850", align 4
  %".2851" = and i32 %"flags.48", 4
  %".2852" = icmp ne i32 %".2851", 0
  br i1 %".2852", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12", !prof !0
batadv_d1.stop_at_encap.endif.12:
  %".2858" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2858", align 4
  %".2860" = trunc i64 %".2632" to i16
  %".2861" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2860", ptr %".2861", align 2
  br label %"return"
batadv_d1.to_hsr:
  %".2864" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2864", align 1
  %".2866" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.49" = load volatile i32, ptr %".2866", align 4
  %".2867" = and i32 %"flags.49", 4
  %".2868" = icmp ne i32 %".2867", 0
  br i1 %".2868", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13", !prof !0
batadv_d1.stop_at_encap.endif.13:
  %".2874" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2874", align 4
  %".2876" = trunc i64 %".2632" to i16
  %".2877" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2876", ptr %".2877", align 2
  br label %"return"
batadv_d1.to_hsr.1:
  %".2880" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2880", align 1
  %".2882" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.50" = load volatile i32, ptr %".2882", align 4
  %".2883" = and i32 %"flags.50", 4
  %".2884" = icmp ne i32 %".2883", 0
  br i1 %".2884", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14", !prof !0
batadv_d1.stop_at_encap.endif.14:
  %".2890" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2890", align 4
  %".2892" = trunc i64 %".2632" to i16
  %".2893" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2892", ptr %".2893", align 2
  br label %"return"
batadv_d1.to_batadv:
  %".2896" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2896", align 1
  %".2898" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.51" = load volatile i32, ptr %".2898", align 4
  %".2899" = and i32 %"flags.51", 4
  %".2900" = icmp ne i32 %".2899", 0
  br i1 %".2900", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15", !prof !0
batadv_d1.stop_at_encap.endif.15:
  %".2906" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2906", align 4
  %".2908" = trunc i64 %".2632" to i16
  %".2909" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2908", ptr %".2909", align 2
  br label %"return"
batadv_d1.select:
  %".2638" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w22_2.1")
  %".2639" = icmp eq i16 %".2638", 56710
  br i1 %".2639", label %"batadv_d1.to_ipv6", label %"batadv_d1.select.1"
batadv_d1.select.1:
  %".2641" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w22_2.1")
  %".2642" = icmp eq i16 %".2641", 129
  br i1 %".2642", label %"batadv_d1.to_vlan", label %"batadv_d1.select.2"
batadv_d1.select.2:
  %".2644" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w22_2.1")
  %".2645" = icmp eq i16 %".2644", 43144
  br i1 %".2645", label %"batadv_d1.to_vlan.1", label %"batadv_d1.select.3"
batadv_d1.select.3:
  %".2647" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w22_2.1")
  %".2648" = icmp eq i16 %".2647", 18312
  br i1 %".2648", label %"batadv_d1.to_mpls", label %"batadv_d1.select.4"
batadv_d1.select.4:
  %".2650" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w22_2.1")
  switch i16 %".2650", label %"batadv_d1.unknown" [i16 18568, label %"batadv_d1.to_mpls.1" i16 25736, label %"batadv_d1.to_pppoe" i16 1544, label %"batadv_d1.to_arp" i16 13696, label %"batadv_d1.to_arp.1" i16 63368, label %"batadv_d1.to_ptp" i16 649, label %"batadv_d1.to_cfm" i16 51848, label %"batadv_d1.to_tipc" i16 1673, label %"batadv_d1.to_fcoe" i16 12169, label %"batadv_d1.to_hsr" i16 64392, label %"batadv_d1.to_hsr.1" i16 1347, label %"batadv_d1.to_batadv"]
batadv_d1.stop_at_encap:
  %".2662" = trunc i64 %".2632" to i16
  %".2663" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2662", ptr %".2663", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2678" = trunc i64 %".2632" to i16
  %".2679" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2678", ptr %".2679", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2694" = trunc i64 %".2632" to i16
  %".2695" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2694", ptr %".2695", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2710" = trunc i64 %".2632" to i16
  %".2711" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2710", ptr %".2711", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2726" = trunc i64 %".2632" to i16
  %".2727" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2726", ptr %".2727", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2742" = trunc i64 %".2632" to i16
  %".2743" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2742", ptr %".2743", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2758" = trunc i64 %".2632" to i16
  %".2759" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2758", ptr %".2759", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2774" = trunc i64 %".2632" to i16
  %".2775" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2774", ptr %".2775", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2790" = trunc i64 %".2632" to i16
  %".2791" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2790", ptr %".2791", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2806" = trunc i64 %".2632" to i16
  %".2807" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2806", ptr %".2807", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2822" = trunc i64 %".2632" to i16
  %".2823" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2822", ptr %".2823", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2838" = trunc i64 %".2632" to i16
  %".2839" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2838", ptr %".2839", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2854" = trunc i64 %".2632" to i16
  %".2855" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2854", ptr %".2855", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2870" = trunc i64 %".2632" to i16
  %".2871" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2870", ptr %".2871", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2886" = trunc i64 %".2632" to i16
  %".2887" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2886", ptr %".2887", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2902" = trunc i64 %".2632" to i16
  %".2903" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2902", ptr %".2903", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2918" = trunc i64 %"cursor.37" to i32
  %".2919" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2918", [40 x i8]* %"header_copy", i32 20)
  %".2920" = icmp eq i64 %".2919", 0
  %".2921" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2922" = load i32, ptr %".2921", align 4
  %".2923" = zext i32 %".2922" to i64
  %"data.128" = inttoptr i64 %".2923" to ptr
  %".2924" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2925" = load i32, ptr %".2924", align 4
  %".2926" = zext i32 %".2925" to i64
  %"data_end.128" = inttoptr i64 %".2926" to ptr
  %".2927" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.128" = load ptr, ptr %".2927", align 8
  %".2928" = xor i1 %".2920", -1
  br i1 %".2928", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2930" = trunc i64 %"cursor.37" to i16
  %".2931" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2930", ptr %".2931", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2934" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2935" = load volatile i8, [40 x i8]* %".2934", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2943" = trunc i64 %"cursor.37" to i16
  %".2944" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2943", ptr %".2944", align 2
  br label %"return"
tcp_header.require.endif:
  %".2947" = add i64 %"cursor.37", 20
  %".2948" = zext i8 %"w12_1" to i64
  %".2949" = lshr i64 %".2948", 4
  %".2950" = and i64 %".2949", 15
  %".2951" = icmp eq i64 %".2950", 5
  %".2952" = xor i1 %".2951", -1
  br i1 %".2952", label %"tcp_header.variable", label %"tcp_header.no_variable", !prof !0
tcp_header.no_variable:
  br label %"tcp_header.variable.endif"
tcp_header.variable.endif:
  %"end.2" = phi  i64 [%".2947", %"tcp_header.no_variable"], [%".2984", %"tcp_header.variable_part"]
  %"data.132" = phi  ptr [%"data.129", %"tcp_header.no_variable"], [%"data.131", %"tcp_header.variable_part"]
  %"data_end.132" = phi  ptr [%"data_end.129", %"tcp_header.no_variable"], [%"data_end.131", %"tcp_header.variable_part"]
  %"keys.132" = phi  ptr [%"keys.129", %"tcp_header.no_variable"], [%"keys.131", %"tcp_header.variable_part"]
  %".2986" = trunc i64 %"cursor.37" to i16
  %".2987" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2986", ptr %".2987", align 2
  br label %"return"
tcp_header.variable:
  %".2955" = zext i8 %"w12_1" to i64
  %".2956" = lshr i64 %".2955", 4
  %".2957" = and i64 %".2956", 15
  %".2958" = mul i64 %".2957", 4
  %".2959" = sub i64 %".2958", 20
  %".2960" = add i64 %".2959", 20
  %".2961" = getelementptr i8, ptr %"data.129", i64 %"cursor.37"
  %".2962" = getelementptr i8, ptr %".2961", i64 %".2960"
  %".2963" = icmp ugt ptr %".2962", %"data_end.129"
  br i1 %".2963", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.131" = phi  ptr [%"data.129", %"tcp_header.variable"], [%"data.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.129", %"tcp_header.variable"], [%"data_end.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.129", %"tcp_header.variable"], [%"keys.130", %"tcp_header.copy_last_byte_failed.endif"]
  %".2984" = add i64 %"cursor.37", %".2960"
  br label %"tcp_header.variable.endif"
tcp_header.copy_last_byte:
  %".2965" = add i64 %"cursor.37", %".2960"
  %".2966" = sub i64 %".2965", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2967" = trunc i64 %".2966" to i32
  %".2968" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2967", i64* %"last_byte", i32 1)
  %".2969" = icmp eq i64 %".2968", 0
  %".2970" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2971" = load i32, ptr %".2970", align 4
  %".2972" = zext i32 %".2971" to i64
  %"data.130" = inttoptr i64 %".2972" to ptr
  %".2973" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2974" = load i32, ptr %".2973", align 4
  %".2975" = zext i32 %".2974" to i64
  %"data_end.130" = inttoptr i64 %".2975" to ptr
  %".2976" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.130" = load ptr, ptr %".2976", align 8
  %".2977" = xor i1 %".2969", -1
  br i1 %".2977", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2979" = trunc i64 %"cursor.37" to i16
  %".2980" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2979", ptr %".2980", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2994" = trunc i64 %"cursor.38" to i32
  %".2995" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2994", [40 x i8]* %"header_copy", i32 8)
  %".2996" = icmp eq i64 %".2995", 0
  %".2997" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2998" = load i32, ptr %".2997", align 4
  %".2999" = zext i32 %".2998" to i64
  %"data.133" = inttoptr i64 %".2999" to ptr
  %".3000" = getelementptr i8, ptr %"ctx.38", i64 80
  %".3001" = load i32, ptr %".3000", align 4
  %".3002" = zext i32 %".3001" to i64
  %"data_end.133" = inttoptr i64 %".3002" to ptr
  %".3003" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.133" = load ptr, ptr %".3003", align 8
  %".3004" = xor i1 %".2996", -1
  br i1 %".3004", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".3006" = trunc i64 %"cursor.38" to i16
  %".3007" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3006", ptr %".3007", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".3018" = trunc i64 %".3011" to i16
  %".3019" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3018", ptr %".3019", align 2
  br label %"return"
vxlan_d0.unknown:
  %".3025" = trunc i64 %".3011" to i16
  %".3026" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3025", ptr %".3026", align 2
  br label %"return"
geneve_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3038" = trunc i64 %"cursor.39" to i32
  %".3039" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3038", [40 x i8]* %"header_copy", i32 8)
  %".3040" = icmp eq i64 %".3039", 0
  %".3041" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3042" = load i32, ptr %".3041", align 4
  %".3043" = zext i32 %".3042" to i64
  %"data.136" = inttoptr i64 %".3043" to ptr
  %".3044" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3045" = load i32, ptr %".3044", align 4
  %".3046" = zext i32 %".3045" to i64
  %"data_end.136" = inttoptr i64 %".3046" to ptr
  %".3047" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.136" = load ptr, ptr %".3047", align 8
  %".3048" = xor i1 %".3040", -1
  br i1 %".3048", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".3050" = trunc i64 %"cursor.39" to i16
  %".3051" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3050", ptr %".3051", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".3054" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3055" = load volatile i8, [40 x i8]* %".3054", align 1
  %".3056" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3057" = load volatile i16, [40 x i8]* %".3056", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".3064" = trunc i64 %"cursor.39" to i16
  %".3065" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3064", ptr %".3065", align 2
  br label %"return"
geneve_d0.variable:
  %".3074" = zext i8 %"w0_1.10" to i64
  %".3075" = and i64 %".3074", 63
  %".3076" = mul i64 %".3075", 4
  %".3077" = add i64 %".3076", 8
  %".3078" = getelementptr i8, ptr %"data.137", i64 %"cursor.39"
  %".3079" = getelementptr i8, ptr %".3078", i64 %".3077"
  %".3080" = icmp ugt ptr %".3079", %"data_end.137"
  br i1 %".3080", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.139" = phi  ptr [%"data.137", %"geneve_d0.variable"], [%"data.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.139" = phi  ptr [%"data_end.137", %"geneve_d0.variable"], [%"data_end.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.139" = phi  ptr [%"keys.137", %"geneve_d0.variable"], [%"keys.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %".3101" = add i64 %"cursor.39", %".3077"
  br label %"geneve_d0.variable.endif"
geneve_d0.copy_last_byte:
  %".3082" = add i64 %"cursor.39", %".3077"
  %".3083" = sub i64 %".3082", 1
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3084" = trunc i64 %".3083" to i32
  %".3085" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3084", i64* %"last_byte", i32 1)
  %".3086" = icmp eq i64 %".3085", 0
  %".3087" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3088" = load i32, ptr %".3087", align 4
  %".3089" = zext i32 %".3088" to i64
  %"data.138" = inttoptr i64 %".3089" to ptr
  %".3090" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3091" = load i32, ptr %".3090", align 4
  %".3092" = zext i32 %".3091" to i64
  %"data_end.138" = inttoptr i64 %".3092" to ptr
  %".3093" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.138" = load ptr, ptr %".3093", align 8
  %".3094" = xor i1 %".3086", -1
  br i1 %".3094", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".3096" = trunc i64 %"cursor.39" to i16
  %".3097" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3096", ptr %".3097", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".3109" = trunc i64 %"end.3" to i16
  %".3110" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3109", ptr %".3110", align 2
  br label %"return"
geneve_d0.unknown:
  %".3127" = trunc i64 %"end.3" to i16
  %".3128" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3127", ptr %".3128", align 2
  br label %"return"
geneve_d0.to_ipv4:
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  br label %"ipv6_d1"
geneve_d0.select:
  %".3120" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.5")
  %".3121" = icmp eq i16 %".3120", 8
  br i1 %".3121", label %"geneve_d0.to_ipv4", label %"geneve_d0.select.1"
geneve_d0.select.1:
  %".3123" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.5")
  %".3124" = icmp eq i16 %".3123", 56710
  br i1 %".3124", label %"geneve_d0.to_ipv6", label %"geneve_d0.select.2"
geneve_d0.select.2:
  br label %"geneve_d0.unknown"
gue_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3142" = trunc i64 %"cursor.40" to i32
  %".3143" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3142", [40 x i8]* %"header_copy", i32 4)
  %".3144" = icmp eq i64 %".3143", 0
  %".3145" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3146" = load i32, ptr %".3145", align 4
  %".3147" = zext i32 %".3146" to i64
  %"data.141" = inttoptr i64 %".3147" to ptr
  %".3148" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3149" = load i32, ptr %".3148", align 4
  %".3150" = zext i32 %".3149" to i64
  %"data_end.141" = inttoptr i64 %".3150" to ptr
  %".3151" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.141" = load ptr, ptr %".3151", align 8
  %".3152" = xor i1 %".3144", -1
  br i1 %".3152", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".3154" = trunc i64 %"cursor.40" to i16
  %".3155" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3154", ptr %".3155", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".3158" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3159" = load volatile i8, [40 x i8]* %".3158", align 1
  %".3160" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3161" = load volatile i8, [40 x i8]* %".3160", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".3173" = trunc i64 %"cursor.40" to i16
  %".3174" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3173", ptr %".3174", align 2
  br label %"return"
gue_d0.variable:
  %".3183" = zext i8 %"w0_1.11" to i64
  %".3184" = and i64 %".3183", 31
  %".3185" = mul i64 %".3184", 4
  %".3186" = add i64 %".3185", 4
  %".3187" = getelementptr i8, ptr %"data.142", i64 %"cursor.40"
  %".3188" = getelementptr i8, ptr %".3187", i64 %".3186"
  %".3189" = icmp ugt ptr %".3188", %"data_end.142"
  br i1 %".3189", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.144" = phi  ptr [%"data.142", %"gue_d0.variable"], [%"data.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gue_d0.variable"], [%"data_end.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.142", %"gue_d0.variable"], [%"keys.143", %"gue_d0.copy_last_byte_failed.endif"]
  %".3210" = add i64 %"cursor.40", %".3186"
  br label %"gue_d0.variable.endif"
gue_d0.copy_last_byte:
  %".3191" = add i64 %"cursor.40", %".3186"
  %".3192" = sub i64 %".3191", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3193" = trunc i64 %".3192" to i32
  %".3194" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3193", i64* %"last_byte", i32 1)
  %".3195" = icmp eq i64 %".3194", 0
  %".3196" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3197" = load i32, ptr %".3196", align 4
  %".3198" = zext i32 %".3197" to i64
  %"data.143" = inttoptr i64 %".3198" to ptr
  %".3199" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3200" = load i32, ptr %".3199", align 4
  %".3201" = zext i32 %".3200" to i64
  %"data_end.143" = inttoptr i64 %".3201" to ptr
  %".3202" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.143" = load ptr, ptr %".3202", align 8
  %".3203" = xor i1 %".3195", -1
  br i1 %".3203", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".3205" = trunc i64 %"cursor.40" to i16
  %".3206" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".3205", ptr %".3206", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".3218" = trunc i64 %"end.4" to i16
  %".3219" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3218", ptr %".3219", align 2
  br label %"return"
gue_d0.unknown:
  %".3232" = trunc i64 %"end.4" to i16
  %".3233" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3232", ptr %".3233", align 2
  br label %"return"
gue_d0.to_ipv6:
  br label %"ipv6_d1"
gue_d0.select:
  %".3228" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3224")
  %".3229" = icmp eq i64 %".3228", 41
  br i1 %".3229", label %"gue_d0.to_ipv6", label %"gue_d0.select.1"
gue_d0.select.1:
  br label %"gue_d0.unknown"
gtpu_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3246" = trunc i64 %"cursor.41" to i32
  %".3247" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3246", [40 x i8]* %"header_copy", i32 8)
  %".3248" = icmp eq i64 %".3247", 0
  %".3249" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3250" = load i32, ptr %".3249", align 4
  %".3251" = zext i32 %".3250" to i64
  %"data.146" = inttoptr i64 %".3251" to ptr
  %".3252" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3253" = load i32, ptr %".3252", align 4
  %".3254" = zext i32 %".3253" to i64
  %"data_end.146" = inttoptr i64 %".3254" to ptr
  %".3255" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.146" = load ptr, ptr %".3255", align 8
  %".3256" = xor i1 %".3248", -1
  br i1 %".3256", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".3258" = trunc i64 %"cursor.41" to i16
  %".3259" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3258", ptr %".3259", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".3262" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3263" = load volatile i8, [40 x i8]* %".3262", align 1
  %".3264" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3265" = load volatile i8, [40 x i8]* %".3264", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3280" = trunc i64 %"cursor.41" to i16
  %".3281" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3280", ptr %".3281", align 2
  br label %"return"
gtpu_d0.stop_at_encap:
  %".3291" = trunc i64 %".3284" to i16
  %".3292" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3291", ptr %".3292", align 2
  br label %"return"
gtpu_d0.unknown:
  %".3321" = trunc i64 %".3284" to i16
  %".3322" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3321", ptr %".3322", align 2
  br label %"return"
gtpu_d0.to_gtpu_opt:
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3313" = icmp uge i64 %".3308", 4
  %".3314" = icmp ule i64 %".3308", 7
  %".3315" = and i1 %".3313", %".3314"
  br i1 %".3315", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  %".3317" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3308")
  %".3318" = icmp eq i64 %".3317", 0
  br i1 %".3318", label %"gtpu_d0.to_ip_version", label %"gtpu_d0.select.2"
gtpu_d0.to_ip_version:
  br label %"ip_version_d1"
gtpu_d0.select.2:
  br label %"gtpu_d0.unknown"
gtpu_opt_d1:
  %"cursor.56" = phi  i64 [%".3284", %"gtpu_d0.to_gtpu_opt"]
  %"data.148" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.148" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_opt"]
  %"keys.148" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.50" = getelementptr i8, ptr %"data.148", i64 %"cursor.56"
  %".4493" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4494" = icmp ugt ptr %".4493", %"data_end.148"
  br i1 %".4494", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.196" = phi  ptr [%"data.148", %"gtpu_opt_d1.linear"], [%"data.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.148", %"gtpu_opt_d1.linear"], [%"data_end.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.148", %"gtpu_opt_d1.linear"], [%"keys.195", %"gtpu_opt_d1.copy_failed.endif"]
  %".4514" = add i64 %"cursor.56", 4
  br label %"gtpu_opt_d1.to_ip_version"
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".3284", %"gtpu_d0.to_gtpu_seq"]
  %"data.149" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.149" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_seq"]
  %"keys.149" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.51" = getelementptr i8, ptr %"data.149", i64 %"cursor.57"
  %".4521" = getelementptr i8, ptr %"hdr.51", i64 3
  %".4522" = icmp ugt ptr %".4521", %"data_end.149"
  br i1 %".4522", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.198" = phi  ptr [%"data.149", %"gtpu_seq_d1.linear"], [%"data.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.149", %"gtpu_seq_d1.linear"], [%"data_end.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.149", %"gtpu_seq_d1.linear"], [%"keys.197", %"gtpu_seq_d1.copy_failed.endif"]
  %".4542" = add i64 %"cursor.57", 3
  br label %"gtpu_seq_d1.to_gtpu_next"
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4542", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.199" = phi  ptr [%"data.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.199" = phi  ptr [%"data_end.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.199" = phi  ptr [%"keys.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.64" = getelementptr i8, ptr %"data.199", i64 %"cursor.72"
  %".5880" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5881" = icmp ugt ptr %".5880", %"data_end.199"
  br i1 %".5881", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5883" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5884" = load i8, ptr %".5883", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.25" = phi  i8 [%".5884", %"gtpu_next_d1.linear"], [%".5903", %"gtpu_next_d1.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.199", %"gtpu_next_d1.linear"], [%"data.240", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.199", %"gtpu_next_d1.linear"], [%"data_end.240", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.199", %"gtpu_next_d1.linear"], [%"keys.240", %"gtpu_next_d1.copy_failed.endif"]
  %".5905" = add i64 %"cursor.72", 1
  %".5906" = zext i8 %"w0_1.25" to i64
  %".5907" = icmp uge i64 %".5906", 1
  %".5908" = icmp ule i64 %".5906", 255
  %".5909" = and i1 %".5907", %".5908"
  br i1 %".5909", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
shim_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3334" = trunc i64 %"cursor.42" to i32
  %".3335" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3334", [40 x i8]* %"header_copy", i32 8)
  %".3336" = icmp eq i64 %".3335", 0
  %".3337" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3338" = load i32, ptr %".3337", align 4
  %".3339" = zext i32 %".3338" to i64
  %"data.150" = inttoptr i64 %".3339" to ptr
  %".3340" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3341" = load i32, ptr %".3340", align 4
  %".3342" = zext i32 %".3341" to i64
  %"data_end.150" = inttoptr i64 %".3342" to ptr
  %".3343" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.150" = load ptr, ptr %".3343", align 8
  %".3344" = xor i1 %".3336", -1
  br i1 %".3344", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3346" = trunc i64 %"cursor.42" to i16
  %".3347" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3346", ptr %".3347", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3350" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3351" = load volatile i16, [40 x i8]* %".3350", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3360" = trunc i64 %".3353" to i16
  %".3361" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3360", ptr %".3361", align 2
  br label %"return"
shim_d0.unknown:
  %".3372" = trunc i64 %".3353" to i16
  %".3373" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3372", ptr %".3373", align 2
  br label %"return"
shim_d0.select:
  br label %"shim_d0.unknown"
udp_d1.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3383" = trunc i64 %"cursor.43" to i32
  %".3384" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3383", [40 x i8]* %"header_copy", i32 4)
  %".3385" = icmp eq i64 %".3384", 0
  %".3386" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3387" = load i32, ptr %".3386", align 4
  %".3388" = zext i32 %".3387" to i64
  %"data.152" = inttoptr i64 %".3388" to ptr
  %".3389" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3390" = load i32, ptr %".3389", align 4
  %".3391" = zext i32 %".3390" to i64
  %"data_end.152" = inttoptr i64 %".3391" to ptr
  %".3392" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.152" = load ptr, ptr %".3392", align 8
  %".3393" = xor i1 %".3385", -1
  br i1 %".3393", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3395" = trunc i64 %"cursor.43" to i16
  %".3396" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3395", ptr %".3396", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3399" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3400" = load volatile i32, [40 x i8]* %".3399", align 4
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3410" = add i64 %"cursor.43", %".3405"
  %".3411" = sub i64 %".3410", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3412" = trunc i64 %".3411" to i32
  %".3413" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3412", i64* %"last_byte", i32 1)
  %".3414" = icmp eq i64 %".3413", 0
  %".3415" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3416" = load i32, ptr %".3415", align 4
  %".3417" = zext i32 %".3416" to i64
  %"data.154" = inttoptr i64 %".3417" to ptr
  %".3418" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3419" = load i32, ptr %".3418", align 4
  %".3420" = zext i32 %".3419" to i64
  %"data_end.154" = inttoptr i64 %".3420" to ptr
  %".3421" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.154" = load ptr, ptr %".3421", align 8
  %".3422" = xor i1 %".3414", -1
  br i1 %".3422", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3424" = trunc i64 %"cursor.43" to i16
  %".3425" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3424", ptr %".3425", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3450" = trunc i64 %"cursor.43" to i16
  %".3451" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3450", ptr %".3451", align 2
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
  %".3437" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %".3431")
  %".3438" = icmp eq i16 %".3437", 49431
  br i1 %".3438", label %"udp_d1.to_geneve", label %"udp_d1.select.1"
udp_d1.select.1:
  %".3440" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %".3431")
  %".3441" = icmp eq i16 %".3440", 49175
  br i1 %".3441", label %"udp_d1.to_gue", label %"udp_d1.select.2"
udp_d1.select.2:
  %".3443" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %".3431")
  %".3444" = icmp eq i16 %".3443", 26632
  br i1 %".3444", label %"udp_d1.to_gtpu", label %"udp_d1.select.3"
udp_d1.select.3:
  %".3446" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %".3431")
  %".3447" = icmp eq i16 %".3446", 24862
  br i1 %".3447", label %"udp_d1.to_shim", label %"udp_d1.select.4"
udp_d1.select.4:
  br label %"udp_d1.unknown"
geneve_d1:
  %"cursor.59" = phi  i64 [%".3429", %"udp_d1.to_geneve"]
  %"data.157" = phi  ptr [%"data.155", %"udp_d1.to_geneve"]
  %"data_end.157" = phi  ptr [%"data_end.155", %"udp_d1.to_geneve"]
  %"keys.157" = phi  ptr [%"keys.155", %"udp_d1.to_geneve"]
  %"hdr.53" = getelementptr i8, ptr %"data.157", i64 %"cursor.59"
  %".4592" = getelementptr i8, ptr %"hdr.53", i64 8
  %".4593" = icmp ugt ptr %".4592", %"data_end.157"
  br i1 %".4593", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4595" = getelementptr i8, ptr %"hdr.53", i64 0
  %".4596" = load i8, ptr %".4595", align 1
  %".4597" = getelementptr i8, ptr %"hdr.53", i64 2
  %".4598" = load i16, ptr %".4597", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4596", %"geneve_d1.linear"], [%".4617", %"geneve_d1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".4598", %"geneve_d1.linear"], [%".4619", %"geneve_d1.copy_failed.endif"]
  %"data.203" = phi  ptr [%"data.157", %"geneve_d1.linear"], [%"data.202", %"geneve_d1.copy_failed.endif"]
  %"data_end.203" = phi  ptr [%"data_end.157", %"geneve_d1.linear"], [%"data_end.202", %"geneve_d1.copy_failed.endif"]
  %"keys.203" = phi  ptr [%"keys.157", %"geneve_d1.linear"], [%"keys.202", %"geneve_d1.copy_failed.endif"]
  %".4621" = zext i8 %"w0_1.18" to i64
  %".4622" = lshr i64 %".4621", 6
  %".4623" = and i64 %".4622", 3
  %".4624" = icmp ne i64 %".4623", 0
  br i1 %".4624", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif", !prof !0
geneve_d1.stop_before.endif:
  %".4630" = add i64 %"cursor.59", 8
  %".4631" = and i8 %"w0_1.18", 63
  %".4632" = icmp eq i8 %".4631", 0
  %".4633" = xor i1 %".4632", -1
  br i1 %".4633", label %"geneve_d1.variable", label %"geneve_d1.no_variable", !prof !0
geneve_d1.no_variable:
  br label %"geneve_d1.variable.endif"
geneve_d1.variable.endif:
  %"end.7" = phi  i64 [%".4630", %"geneve_d1.no_variable"], [%".4663", %"geneve_d1.variable_part"]
  %"data.206" = phi  ptr [%"data.203", %"geneve_d1.no_variable"], [%"data.205", %"geneve_d1.variable_part"]
  %"data_end.206" = phi  ptr [%"data_end.203", %"geneve_d1.no_variable"], [%"data_end.205", %"geneve_d1.variable_part"]
  %"keys.206" = phi  ptr [%"keys.203", %"geneve_d1.no_variable"], [%"keys.205", %"geneve_d1.variable_part"]
  %".4665" = getelementptr i8, ptr %"keys.206", i64 8
  store i8 1, ptr %".4665", align 1
  %".4667" = getelementptr i8, ptr %"keys.206", i64 48
  %"flags.71" = load volatile i32, ptr %".4667", align 4
  %".4668" = and i32 %"flags.71", 4
  %".4669" = icmp ne i32 %".4668", 0
  br i1 %".4669", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif", !prof !0
geneve_d1.stop_at_encap.endif:
  %".4675" = getelementptr i8, ptr %"keys.206", i64 12
  store i32 0, ptr %".4675", align 4
  %".4677" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".4678" = zext i16 %".4677" to i64
  %".4679" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.11")
  %".4680" = icmp eq i16 %".4679", 22629
  br i1 %".4680", label %"geneve_d1.to_ethernet", label %"geneve_d1.select"
geneve_d1.to_ethernet:
  %".4693" = trunc i64 %"end.7" to i16
  %".4694" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4693", ptr %".4694", align 2
  br label %"return"
gue_d1:
  %"cursor.60" = phi  i64 [%".3429", %"udp_d1.to_gue"]
  %"data.158" = phi  ptr [%"data.155", %"udp_d1.to_gue"]
  %"data_end.158" = phi  ptr [%"data_end.155", %"udp_d1.to_gue"]
  %"keys.158" = phi  ptr [%"keys.155", %"udp_d1.to_gue"]
  %"hdr.54" = getelementptr i8, ptr %"data.158", i64 %"cursor.60"
  %".4705" = getelementptr i8, ptr %"hdr.54", i64 4
  %".4706" = icmp ugt ptr %".4705", %"data_end.158"
  br i1 %".4706", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4708" = getelementptr i8, ptr %"hdr.54", i64 0
  %".4709" = load i8, ptr %".4708", align 1
  %".4710" = getelementptr i8, ptr %"hdr.54", i64 1
  %".4711" = load i8, ptr %".4710", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4709", %"gue_d1.linear"], [%".4730", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4711", %"gue_d1.linear"], [%".4732", %"gue_d1.copy_failed.endif"]
  %"data.208" = phi  ptr [%"data.158", %"gue_d1.linear"], [%"data.207", %"gue_d1.copy_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.158", %"gue_d1.linear"], [%"data_end.207", %"gue_d1.copy_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.158", %"gue_d1.linear"], [%"keys.207", %"gue_d1.copy_failed.endif"]
  %".4734" = zext i8 %"w0_1.19" to i64
  %".4735" = lshr i64 %".4734", 6
  %".4736" = and i64 %".4735", 3
  %".4737" = icmp ne i64 %".4736", 0
  %".4738" = zext i8 %"w0_1.19" to i64
  %".4739" = lshr i64 %".4738", 5
  %".4740" = and i64 %".4739", 1
  %".4741" = icmp ne i64 %".4740", 0
  %".4742" = or i1 %".4737", %".4741"
  br i1 %".4742", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif", !prof !0
gue_d1.stop_before.endif:
  %".4748" = add i64 %"cursor.60", 4
  %".4749" = and i8 %"w0_1.19", 31
  %".4750" = icmp eq i8 %".4749", 0
  %".4751" = xor i1 %".4750", -1
  br i1 %".4751", label %"gue_d1.variable", label %"gue_d1.no_variable", !prof !0
gue_d1.no_variable:
  br label %"gue_d1.variable.endif"
gue_d1.variable.endif:
  %"end.8" = phi  i64 [%".4748", %"gue_d1.no_variable"], [%".4781", %"gue_d1.variable_part"]
  %"data.211" = phi  ptr [%"data.208", %"gue_d1.no_variable"], [%"data.210", %"gue_d1.variable_part"]
  %"data_end.211" = phi  ptr [%"data_end.208", %"gue_d1.no_variable"], [%"data_end.210", %"gue_d1.variable_part"]
  %"keys.211" = phi  ptr [%"keys.208", %"gue_d1.no_variable"], [%"keys.210", %"gue_d1.variable_part"]
  %".4783" = getelementptr i8, ptr %"keys.211", i64 8
  store i8 1, ptr %".4783", align 1
  %".4785" = getelementptr i8, ptr %"keys.211", i64 48
  %"flags.72" = load volatile i32, ptr %".4785", align 4
  %".4786" = and i32 %"flags.72", 4
  %".4787" = icmp ne i32 %".4786", 0
  br i1 %".4787", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif", !prof !0
gue_d1.stop_at_encap.endif:
  %".4793" = getelementptr i8, ptr %"keys.211", i64 12
  store i32 0, ptr %".4793", align 4
  %".4795" = zext i8 %"w1_1.11" to i64
  %".4796" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4795")
  %".4797" = icmp eq i64 %".4796", 4
  br i1 %".4797", label %"gue_d1.to_ipv4", label %"gue_d1.select"
gue_d1.to_ipv4:
  %".4807" = trunc i64 %"end.8" to i16
  %".4808" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4807", ptr %".4808", align 2
  br label %"return"
gtpu_d1:
  %"cursor.61" = phi  i64 [%".3429", %"udp_d1.to_gtpu"]
  %"data.159" = phi  ptr [%"data.155", %"udp_d1.to_gtpu"]
  %"data_end.159" = phi  ptr [%"data_end.155", %"udp_d1.to_gtpu"]
  %"keys.159" = phi  ptr [%"keys.155", %"udp_d1.to_gtpu"]
  %"hdr.55" = getelementptr i8, ptr %"data.159", i64 %"cursor.61"
  %".4815" = getelementptr i8, ptr %"hdr.55", i64 8
  %".4816" = icmp ugt ptr %".4815", %"data_end.159"
  br i1 %".4816", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4818" = getelementptr i8, ptr %"hdr.55", i64 0
  %".4819" = load i8, ptr %".4818", align 1
  %".4820" = getelementptr i8, ptr %"hdr.55", i64 1
  %".4821" = load i8, ptr %".4820", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.20" = phi  i8 [%".4819", %"gtpu_d1.linear"], [%".4840", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4821", %"gtpu_d1.linear"], [%".4842", %"gtpu_d1.copy_failed.endif"]
  %"data.213" = phi  ptr [%"data.159", %"gtpu_d1.linear"], [%"data.212", %"gtpu_d1.copy_failed.endif"]
  %"data_end.213" = phi  ptr [%"data_end.159", %"gtpu_d1.linear"], [%"data_end.212", %"gtpu_d1.copy_failed.endif"]
  %"keys.213" = phi  ptr [%"keys.159", %"gtpu_d1.linear"], [%"keys.212", %"gtpu_d1.copy_failed.endif"]
  %".4844" = zext i8 %"w0_1.20" to i64
  %".4845" = lshr i64 %".4844", 5
  %".4846" = and i64 %".4845", 7
  %".4847" = icmp ne i64 %".4846", 1
  %".4848" = zext i8 %"w0_1.20" to i64
  %".4849" = lshr i64 %".4848", 4
  %".4850" = and i64 %".4849", 1
  %".4851" = icmp ne i64 %".4850", 1
  %".4852" = or i1 %".4847", %".4851"
  %".4853" = zext i8 %"w1_1.12" to i64
  %".4854" = icmp ne i64 %".4853", 255
  %".4855" = or i1 %".4852", %".4854"
  br i1 %".4855", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif", !prof !0
gtpu_d1.stop_before.endif:
  %".4861" = add i64 %"cursor.61", 8
  %".4862" = getelementptr i8, ptr %"keys.213", i64 8
  store i8 1, ptr %".4862", align 1
  %".4864" = getelementptr i8, ptr %"keys.213", i64 48
  %"flags.73" = load volatile i32, ptr %".4864", align 4
  %".4865" = and i32 %"flags.73", 4
  %".4866" = icmp ne i32 %".4865", 0
  br i1 %".4866", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif", !prof !0
gtpu_d1.stop_at_encap.endif:
  %".4872" = getelementptr i8, ptr %"keys.213", i64 12
  store i32 0, ptr %".4872", align 4
  %".4874" = zext i8 %"w0_1.20" to i64
  %".4875" = lshr i64 %".4874", 2
  %".4876" = and i64 %".4875", 1
  %".4877" = mul i64 %".4876", 4
  %".4878" = zext i8 %"w0_1.20" to i64
  %".4879" = lshr i64 %".4878", 1
  %".4880" = and i64 %".4879", 1
  %".4881" = mul i64 %".4880", 2
  %".4882" = add i64 %".4877", %".4881"
  %".4883" = zext i8 %"w0_1.20" to i64
  %".4884" = and i64 %".4883", 1
  %".4885" = add i64 %".4882", %".4884"
  %".4886" = icmp uge i64 %".4885", 1
  %".4887" = icmp ule i64 %".4885", 3
  %".4888" = and i1 %".4886", %".4887"
  br i1 %".4888", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
shim_d1:
  %"cursor.62" = phi  i64 [%".3429", %"udp_d1.to_shim"]
  %"data.160" = phi  ptr [%"data.155", %"udp_d1.to_shim"]
  %"data_end.160" = phi  ptr [%"data_end.155", %"udp_d1.to_shim"]
  %"keys.160" = phi  ptr [%"keys.155", %"udp_d1.to_shim"]
  %"hdr.56" = getelementptr i8, ptr %"data.160", i64 %"cursor.62"
  %".4914" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4915" = icmp ugt ptr %".4914", %"data_end.160"
  br i1 %".4915", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4917" = getelementptr i8, ptr %"hdr.56", i64 2
  %".4918" = load i16, ptr %".4917", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.12" = phi  i16 [%".4918", %"shim_d1.linear"], [%".4937", %"shim_d1.copy_failed.endif"]
  %"data.215" = phi  ptr [%"data.160", %"shim_d1.linear"], [%"data.214", %"shim_d1.copy_failed.endif"]
  %"data_end.215" = phi  ptr [%"data_end.160", %"shim_d1.linear"], [%"data_end.214", %"shim_d1.copy_failed.endif"]
  %"keys.215" = phi  ptr [%"keys.160", %"shim_d1.linear"], [%"keys.214", %"shim_d1.copy_failed.endif"]
  %".4939" = add i64 %"cursor.62", 8
  %".4940" = getelementptr i8, ptr %"keys.215", i64 8
  store i8 1, ptr %".4940", align 1
  %".4942" = getelementptr i8, ptr %"keys.215", i64 48
  %"flags.74" = load volatile i32, ptr %".4942", align 4
  %".4943" = and i32 %"flags.74", 4
  %".4944" = icmp ne i32 %".4943", 0
  br i1 %".4944", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif", !prof !0
shim_d1.stop_at_encap.endif:
  %".4950" = getelementptr i8, ptr %"keys.215", i64 12
  store i32 0, ptr %".4950", align 4
  %".4952" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".4953" = zext i16 %".4952" to i64
  %".4954" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.12")
  %".4955" = icmp eq i16 %".4954", 8
  br i1 %".4955", label %"shim_d1.to_ipv4", label %"shim_d1.select"
shim_d1.to_ipv4:
  %".4962" = trunc i64 %".4939" to i16
  %".4963" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4962", ptr %".4963", align 2
  br label %"return"
gre_version_d1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3469" = trunc i64 %"cursor.44" to i32
  %".3470" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3469", [40 x i8]* %"header_copy", i32 4)
  %".3471" = icmp eq i64 %".3470", 0
  %".3472" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3473" = load i32, ptr %".3472", align 4
  %".3474" = zext i32 %".3473" to i64
  %"data.161" = inttoptr i64 %".3474" to ptr
  %".3475" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3476" = load i32, ptr %".3475", align 4
  %".3477" = zext i32 %".3476" to i64
  %"data_end.161" = inttoptr i64 %".3477" to ptr
  %".3478" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.161" = load ptr, ptr %".3478", align 8
  %".3479" = xor i1 %".3471", -1
  br i1 %".3479", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3481" = trunc i64 %"cursor.44" to i16
  %".3482" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3481", ptr %".3482", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3485" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3486" = load volatile i8, [40 x i8]* %".3485", align 1
  %".3487" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3488" = load volatile i8, [40 x i8]* %".3487", align 1
  %".3489" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3490" = load volatile i16, [40 x i8]* %".3489", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3501" = trunc i64 %"cursor.44" to i16
  %".3502" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3501", ptr %".3502", align 2
  br label %"return"
gre_version_d1.unknown:
  %".3513" = trunc i64 %"cursor.44" to i16
  %".3514" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3513", ptr %".3514", align 2
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
  %".5113" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".5114" = zext i16 %".5113" to i64
  %".5115" = icmp ne i64 %".5114", 34827
  %".5116" = zext i8 %"w0_1.13" to i64
  %".5117" = lshr i64 %".5116", 5
  %".5118" = and i64 %".5117", 1
  %".5119" = icmp eq i64 %".5118", 0
  %".5120" = or i1 %".5115", %".5119"
  br i1 %".5120", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".5126" = add i64 %"cursor.64", 4
  %".5127" = zext i8 %"w0_1.13" to i64
  %".5128" = lshr i64 %".5127", 7
  %".5129" = and i64 %".5128", 1
  %".5130" = zext i8 %"w0_1.13" to i64
  %".5131" = lshr i64 %".5130", 5
  %".5132" = and i64 %".5131", 1
  %".5133" = add i64 %".5129", %".5132"
  %".5134" = zext i8 %"w0_1.13" to i64
  %".5135" = lshr i64 %".5134", 4
  %".5136" = and i64 %".5135", 1
  %".5137" = add i64 %".5133", %".5136"
  %".5138" = zext i8 %"w1_1.8" to i64
  %".5139" = lshr i64 %".5138", 7
  %".5140" = and i64 %".5139", 1
  %".5141" = add i64 %".5137", %".5140"
  %".5142" = mul i64 %".5141", 4
  %".5143" = add i64 %".5142", 4
  %".5144" = getelementptr i8, ptr %"data.164", i64 %"cursor.64"
  %".5145" = getelementptr i8, ptr %".5144", i64 %".5143"
  %".5146" = icmp ugt ptr %".5145", %"data_end.164"
  br i1 %".5146", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.220" = phi  ptr [%"data.164", %"pptp_d1.stop_before.endif"], [%"data.219", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.220" = phi  ptr [%"data_end.164", %"pptp_d1.stop_before.endif"], [%"data_end.219", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.220" = phi  ptr [%"keys.164", %"pptp_d1.stop_before.endif"], [%"keys.219", %"pptp_d1.copy_last_byte_failed.endif"]
  %".5167" = add i64 %"cursor.64", %".5143"
  %".5168" = add i64 %"cursor.64", 8
  %".5169" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5168")
  %".5170" = icmp eq i64 %".5142", 4
  %"end.10" = select  i1 %".5170", i64 %".5169", i64 %".5167"
  br label %"pptp_d1.to_ppp"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.73" = phi  i64 [%"end.10", %"pptp_d1.to_ppp"]
  %"data.221" = phi  ptr [%"data.220", %"pptp_d1.to_ppp"]
  %"data_end.221" = phi  ptr [%"data_end.220", %"pptp_d1.to_ppp"]
  %"keys.221" = phi  ptr [%"keys.220", %"pptp_d1.to_ppp"]
  %"hdr.65" = getelementptr i8, ptr %"data.221", i64 %"cursor.73"
  %".5921" = getelementptr i8, ptr %"hdr.65", i64 4
  %".5922" = icmp ugt ptr %".5921", %"data_end.221"
  br i1 %".5922", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5924" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5925" = load i16, ptr %".5924", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.16" = phi  i16 [%".5925", %"ppp_d1.linear"], [%".5944", %"ppp_d1.copy_failed.endif"]
  %"data.244" = phi  ptr [%"data.221", %"ppp_d1.linear"], [%"data.243", %"ppp_d1.copy_failed.endif"]
  %"data_end.244" = phi  ptr [%"data_end.221", %"ppp_d1.linear"], [%"data_end.243", %"ppp_d1.copy_failed.endif"]
  %"keys.244" = phi  ptr [%"keys.221", %"ppp_d1.linear"], [%"keys.243", %"ppp_d1.copy_failed.endif"]
  %".5946" = add i64 %"cursor.73", 4
  %".5947" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".5948" = zext i16 %".5947" to i64
  %".5949" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.16")
  %".5950" = icmp eq i16 %".5949", 8448
  br i1 %".5950", label %"ppp_d1.to_ipv4", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".5963" = trunc i64 2048 to i16
  %".5964" = call i16 @"llvm.bswap.i16"(i16 %".5963")
  %".5965" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5964", ptr %".5965", align 2
  %".5967" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5967", align 1
  %".5969" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.91" = load volatile i32, ptr %".5969", align 4
  %".5970" = and i32 %"flags.91", 4
  %".5971" = icmp ne i32 %".5970", 0
  br i1 %".5971", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif", !prof !0
ppp_d1.stop_at_encap.endif:
  %".5977" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5977", align 4
  %".5979" = trunc i64 %".5946" to i16
  %".5980" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5979", ptr %".5980", align 2
  br label %"return"
gre_d0.variable:
  %".3525" = zext i8 %"w0_1.4" to i64
  %".3526" = lshr i64 %".3525", 7
  %".3527" = and i64 %".3526", 1
  %".3528" = zext i8 %"w0_1.4" to i64
  %".3529" = lshr i64 %".3528", 5
  %".3530" = and i64 %".3529", 1
  %".3531" = add i64 %".3527", %".3530"
  %".3532" = zext i8 %"w0_1.4" to i64
  %".3533" = lshr i64 %".3532", 4
  %".3534" = and i64 %".3533", 1
  %".3535" = add i64 %".3531", %".3534"
  %".3536" = mul i64 %".3535", 4
  %".3537" = add i64 %".3536", 4
  %".3538" = getelementptr i8, ptr %"data.80", i64 %"cursor.45"
  %".3539" = getelementptr i8, ptr %".3538", i64 %".3537"
  %".3540" = icmp ugt ptr %".3539", %"data_end.80"
  br i1 %".3540", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.166" = phi  ptr [%"data.80", %"gre_d0.variable"], [%"data.165", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.166" = phi  ptr [%"data_end.80", %"gre_d0.variable"], [%"data_end.165", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.166" = phi  ptr [%"keys.80", %"gre_d0.variable"], [%"keys.165", %"gre_d0.copy_last_byte_failed.endif"]
  %".3561" = add i64 %"cursor.45", %".3537"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".3542" = add i64 %"cursor.45", %".3537"
  %".3543" = sub i64 %".3542", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3544" = trunc i64 %".3543" to i32
  %".3545" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3544", i64* %"last_byte", i32 1)
  %".3546" = icmp eq i64 %".3545", 0
  %".3547" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3548" = load i32, ptr %".3547", align 4
  %".3549" = zext i32 %".3548" to i64
  %"data.165" = inttoptr i64 %".3549" to ptr
  %".3550" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3551" = load i32, ptr %".3550", align 4
  %".3552" = zext i32 %".3551" to i64
  %"data_end.165" = inttoptr i64 %".3552" to ptr
  %".3553" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.165" = load ptr, ptr %".3553", align 8
  %".3554" = xor i1 %".3546", -1
  br i1 %".3554", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3556" = trunc i64 %"cursor.45" to i16
  %".3557" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3556", ptr %".3557", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3569" = trunc i64 %"end.5" to i16
  %".3570" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3569", ptr %".3570", align 2
  br label %"return"
gre_d0.unknown:
  %".3594" = trunc i64 %"end.5" to i16
  %".3595" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3594", ptr %".3595", align 2
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
  %".3580" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.1")
  %".3581" = icmp eq i16 %".3580", 56710
  br i1 %".3581", label %"gre_d0.to_ipv6", label %"gre_d0.select.1"
gre_d0.select.1:
  %".3583" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.1")
  %".3584" = icmp eq i16 %".3583", 129
  br i1 %".3584", label %"gre_d0.to_vlan", label %"gre_d0.select.2"
gre_d0.select.2:
  %".3586" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.1")
  %".3587" = icmp eq i16 %".3586", 43144
  br i1 %".3587", label %"gre_d0.to_vlan.1", label %"gre_d0.select.3"
gre_d0.select.3:
  %".3589" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.1")
  %".3590" = icmp eq i16 %".3589", 18312
  br i1 %".3590", label %"gre_d0.to_mpls", label %"gre_d0.select.4"
gre_d0.select.4:
  %".3592" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.1")
  switch i16 %".3592", label %"gre_d0.unknown" [i16 18568, label %"gre_d0.to_mpls.1" i16 25736, label %"gre_d0.to_pppoe" i16 1544, label %"gre_d0.to_arp" i16 13696, label %"gre_d0.to_arp.1" i16 63368, label %"gre_d0.to_ptp" i16 649, label %"gre_d0.to_cfm" i16 51848, label %"gre_d0.to_tipc" i16 1673, label %"gre_d0.to_fcoe" i16 12169, label %"gre_d0.to_hsr" i16 64392, label %"gre_d0.to_hsr.1" i16 1347, label %"gre_d0.to_batadv" i16 22629, label %"gre_d0.to_ethernet"]
pptp_d0.stop_before:
  %".3624" = trunc i64 %"cursor.46" to i16
  %".3625" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".3624", ptr %".3625", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".3650" = add i64 %"cursor.46", %".3645"
  %".3651" = sub i64 %".3650", 1
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3652" = trunc i64 %".3651" to i32
  %".3653" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3652", i64* %"last_byte", i32 1)
  %".3654" = icmp eq i64 %".3653", 0
  %".3655" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3656" = load i32, ptr %".3655", align 4
  %".3657" = zext i32 %".3656" to i64
  %"data.168" = inttoptr i64 %".3657" to ptr
  %".3658" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3659" = load i32, ptr %".3658", align 4
  %".3660" = zext i32 %".3659" to i64
  %"data_end.168" = inttoptr i64 %".3660" to ptr
  %".3661" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.168" = load ptr, ptr %".3661", align 8
  %".3662" = xor i1 %".3654", -1
  br i1 %".3662", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3664" = trunc i64 %"cursor.46" to i16
  %".3665" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3664", ptr %".3665", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3674" = trunc i64 %"end.6" to i16
  %".3675" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3674", ptr %".3675", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3687" = trunc i64 %"cursor.47" to i32
  %".3688" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3687", [40 x i8]* %"header_copy", i32 2)
  %".3689" = icmp eq i64 %".3688", 0
  %".3690" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3691" = load i32, ptr %".3690", align 4
  %".3692" = zext i32 %".3691" to i64
  %"data.171" = inttoptr i64 %".3692" to ptr
  %".3693" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3694" = load i32, ptr %".3693", align 4
  %".3695" = zext i32 %".3694" to i64
  %"data_end.171" = inttoptr i64 %".3695" to ptr
  %".3696" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.171" = load ptr, ptr %".3696", align 8
  %".3697" = xor i1 %".3689", -1
  br i1 %".3697", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3699" = trunc i64 %"cursor.47" to i16
  %".3700" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3699", ptr %".3700", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3703" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3704" = load volatile i8, [40 x i8]* %".3703", align 1
  %".3705" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3706" = load volatile i8, [40 x i8]* %".3705", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3734" = trunc i64 %".3715" to i16
  %".3735" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3734", ptr %".3735", align 2
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
  %".3745" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3745", align 1
  %".3747" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.58" = load volatile i32, ptr %".3747", align 4
  %".3748" = and i32 %"flags.58", 4
  %".3749" = icmp ne i32 %".3748", 0
  br i1 %".3749", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3755" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3755", align 4
  %".3757" = trunc i64 %".3715" to i16
  %".3758" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3757", ptr %".3758", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3761" = trunc i64 2048 to i16
  %".3762" = call i16 @"llvm.bswap.i16"(i16 %".3761")
  %".3763" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3762", ptr %".3763", align 2
  %".3765" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3765", align 1
  %".3767" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.59" = load volatile i32, ptr %".3767", align 4
  %".3768" = and i32 %"flags.59", 4
  %".3769" = icmp ne i32 %".3768", 0
  br i1 %".3769", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3775" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3775", align 4
  %".3777" = trunc i64 %".3715" to i16
  %".3778" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3777", ptr %".3778", align 2
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
  %".3787" = trunc i64 34887 to i16
  %".3788" = call i16 @"llvm.bswap.i16"(i16 %".3787")
  %".3789" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3788", ptr %".3789", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.select:
  %".3720" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3716")
  %".3721" = icmp eq i64 %".3720", 17
  br i1 %".3721", label %"ipv6_opts_d1_ipv6_ext1.to_udp", label %"ipv6_opts_d1_ipv6_ext1.select.1"
ipv6_opts_d1_ipv6_ext1.select.1:
  %".3723" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3716")
  %".3724" = icmp eq i64 %".3723", 58
  br i1 %".3724", label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext1.select.2"
ipv6_opts_d1_ipv6_ext1.select.2:
  %".3726" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3716")
  %".3727" = icmp eq i64 %".3726", 0
  br i1 %".3727", label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext1.select.3"
ipv6_opts_d1_ipv6_ext1.select.3:
  %".3729" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3716")
  %".3730" = icmp eq i64 %".3729", 60
  br i1 %".3730", label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext1.select.4"
ipv6_opts_d1_ipv6_ext1.select.4:
  %".3732" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3716")
  switch i64 %".3732", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls"]
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6893", %"widening.test.28"]
  %"data.173" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.294", %"widening.test.28"]
  %"data_end.173" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.294", %"widening.test.28"]
  %"keys.173" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.28"]
  %"hdr.58" = getelementptr i8, ptr %"data.173", i64 %"cursor.66"
  %".5270" = getelementptr i8, ptr %"hdr.58", i64 2
  %".5271" = icmp ugt ptr %".5270", %"data_end.173"
  br i1 %".5271", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".5273" = getelementptr i8, ptr %"hdr.58", i64 0
  %".5274" = load i8, ptr %".5273", align 1
  %".5275" = getelementptr i8, ptr %"hdr.58", i64 1
  %".5276" = load i8, ptr %".5275", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.21" = phi  i8 [%".5274", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5295", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".5276", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5297", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.226" = phi  ptr [%"data.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.226" = phi  ptr [%"data_end.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.226" = phi  ptr [%"keys.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".5299" = getelementptr i8, ptr %"keys.226", i64 9
  store i8 %"w0_1.21", ptr %".5299", align 1
  %".5301" = add i64 %"cursor.66", 2
  %".5302" = zext i8 %"w1_1.13" to i64
  %".5303" = mul i64 %".5302", 8
  %".5304" = add i64 %".5303", 6
  %".5305" = add i64 %".5304", 2
  %".5306" = add i64 %"cursor.66", %".5305"
  %".5307" = zext i8 %"w0_1.21" to i64
  %".5308" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5307")
  %".5309" = icmp eq i64 %".5308", 6
  br i1 %".5309", label %"ipv6_opts_d1_ipv6_ext2.to_tcp", label %"ipv6_opts_d1_ipv6_ext2.select"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%".3715", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3823", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6882", %"widening.test.27"]
  %"data.174" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.293", %"widening.test.27"]
  %"data_end.174" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.293", %"widening.test.27"]
  %"keys.174" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.27"]
  %"hdr.59" = getelementptr i8, ptr %"data.174", i64 %"cursor.67"
  %".5383" = getelementptr i8, ptr %"hdr.59", i64 8
  %".5384" = icmp ugt ptr %".5383", %"data_end.174"
  br i1 %".5384", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".5386" = getelementptr i8, ptr %"hdr.59", i64 0
  %".5387" = load i8, ptr %".5386", align 1
  %".5388" = getelementptr i8, ptr %"hdr.59", i64 2
  %".5389" = load i16, ptr %".5388", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.22" = phi  i8 [%".5387", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5408", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".5389", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5410", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.230" = phi  ptr [%"data.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.230" = phi  ptr [%"data_end.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.230" = phi  ptr [%"keys.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".5412" = getelementptr i8, ptr %"keys.230", i64 9
  store i8 %"w0_1.22", ptr %".5412", align 1
  %".5414" = add i64 %"cursor.67", 8
  %".5415" = icmp ne i64 1, 0
  %".5416" = and i16 %"w2_2.14", 63743
  %".5417" = icmp eq i16 %".5416", 0
  br i1 %".5415", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".5439" = zext i8 %"w0_1.22" to i64
  %".5440" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5439")
  %".5441" = icmp eq i64 %".5440", 6
  br i1 %".5441", label %"ipv6_frag_d1_ipv6_ext2.to_tcp", label %"ipv6_frag_d1_ipv6_ext2.select"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3751" = trunc i64 %".3715" to i16
  %".3752" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3751", ptr %".3752", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3771" = trunc i64 %".3715" to i16
  %".3772" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3771", ptr %".3772", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3800" = trunc i64 %"cursor.48" to i32
  %".3801" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3800", [40 x i8]* %"header_copy", i32 8)
  %".3802" = icmp eq i64 %".3801", 0
  %".3803" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3804" = load i32, ptr %".3803", align 4
  %".3805" = zext i32 %".3804" to i64
  %"data.175" = inttoptr i64 %".3805" to ptr
  %".3806" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3807" = load i32, ptr %".3806", align 4
  %".3808" = zext i32 %".3807" to i64
  %"data_end.175" = inttoptr i64 %".3808" to ptr
  %".3809" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.175" = load ptr, ptr %".3809", align 8
  %".3810" = xor i1 %".3802", -1
  br i1 %".3810", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3812" = trunc i64 %"cursor.48" to i16
  %".3813" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3812", ptr %".3813", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3816" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3817" = load volatile i8, [40 x i8]* %".3816", align 1
  %".3818" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3819" = load volatile i16, [40 x i8]* %".3818", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3828" = getelementptr i8, ptr %"keys.176", i64 6
  store i8 1, ptr %".3828", align 1
  br i1 %".3826", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3831" = getelementptr i8, ptr %"keys.176", i64 7
  store i8 1, ptr %".3831", align 1
  %".3833" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.60" = load volatile i32, ptr %".3833", align 4
  %".3834" = and i32 %"flags.60", 1
  %".3835" = icmp ne i32 %".3834", 0
  %".3836" = xor i1 %".3835", -1
  br i1 %".3836", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3843" = trunc i64 %".3823" to i16
  %".3844" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3843", ptr %".3844", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3838" = trunc i64 %".3823" to i16
  %".3839" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3838", ptr %".3839", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3866" = trunc i64 %".3823" to i16
  %".3867" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3866", ptr %".3867", align 2
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
  %".3877" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3877", align 1
  %".3879" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.61" = load volatile i32, ptr %".3879", align 4
  %".3880" = and i32 %"flags.61", 4
  %".3881" = icmp ne i32 %".3880", 0
  br i1 %".3881", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3887" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3887", align 4
  %".3889" = trunc i64 %".3823" to i16
  %".3890" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3889", ptr %".3890", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3893" = trunc i64 2048 to i16
  %".3894" = call i16 @"llvm.bswap.i16"(i16 %".3893")
  %".3895" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3894", ptr %".3895", align 2
  %".3897" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3897", align 1
  %".3899" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.62" = load volatile i32, ptr %".3899", align 4
  %".3900" = and i32 %"flags.62", 4
  %".3901" = icmp ne i32 %".3900", 0
  br i1 %".3901", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3907" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3907", align 4
  %".3909" = trunc i64 %".3823" to i16
  %".3910" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3909", ptr %".3910", align 2
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
  %".3919" = trunc i64 34887 to i16
  %".3920" = call i16 @"llvm.bswap.i16"(i16 %".3919")
  %".3921" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3920", ptr %".3921", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.select:
  %".3852" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3848")
  %".3853" = icmp eq i64 %".3852", 17
  br i1 %".3853", label %"ipv6_frag_d1_ipv6_ext1.to_udp", label %"ipv6_frag_d1_ipv6_ext1.select.1"
ipv6_frag_d1_ipv6_ext1.select.1:
  %".3855" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3848")
  %".3856" = icmp eq i64 %".3855", 58
  br i1 %".3856", label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext1.select.2"
ipv6_frag_d1_ipv6_ext1.select.2:
  %".3858" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3848")
  %".3859" = icmp eq i64 %".3858", 0
  br i1 %".3859", label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext1.select.3"
ipv6_frag_d1_ipv6_ext1.select.3:
  %".3861" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3848")
  %".3862" = icmp eq i64 %".3861", 60
  br i1 %".3862", label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext1.select.4"
ipv6_frag_d1_ipv6_ext1.select.4:
  %".3864" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3848")
  switch i64 %".3864", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls"]
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3883" = trunc i64 %".3823" to i16
  %".3884" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3883", ptr %".3884", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3903" = trunc i64 %".3823" to i16
  %".3904" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3903", ptr %".3904", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3932" = trunc i64 %"cursor.49" to i32
  %".3933" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3932", [40 x i8]* %"header_copy", i32 2)
  %".3934" = icmp eq i64 %".3933", 0
  %".3935" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3936" = load i32, ptr %".3935", align 4
  %".3937" = zext i32 %".3936" to i64
  %"data.177" = inttoptr i64 %".3937" to ptr
  %".3938" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3939" = load i32, ptr %".3938", align 4
  %".3940" = zext i32 %".3939" to i64
  %"data_end.177" = inttoptr i64 %".3940" to ptr
  %".3941" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.177" = load ptr, ptr %".3941", align 8
  %".3942" = xor i1 %".3934", -1
  br i1 %".3942", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3944" = trunc i64 %"cursor.49" to i16
  %".3945" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".3944", ptr %".3945", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3948" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3949" = load volatile i8, [40 x i8]* %".3948", align 1
  %".3950" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3951" = load volatile i8, [40 x i8]* %".3950", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3979" = trunc i64 %".3960" to i16
  %".3980" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3979", ptr %".3980", align 2
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
  %".3990" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3990", align 1
  %".3992" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.63" = load volatile i32, ptr %".3992", align 4
  %".3993" = and i32 %"flags.63", 4
  %".3994" = icmp ne i32 %".3993", 0
  br i1 %".3994", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".4000" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".4000", align 4
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".4003" = trunc i64 2048 to i16
  %".4004" = call i16 @"llvm.bswap.i16"(i16 %".4003")
  %".4005" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".4004", ptr %".4005", align 2
  %".4007" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".4007", align 1
  %".4009" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.64" = load volatile i32, ptr %".4009", align 4
  %".4010" = and i32 %"flags.64", 4
  %".4011" = icmp ne i32 %".4010", 0
  br i1 %".4011", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".4017" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".4017", align 4
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
  %".4026" = trunc i64 34887 to i16
  %".4027" = call i16 @"llvm.bswap.i16"(i16 %".4026")
  %".4028" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".4027", ptr %".4028", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.select:
  %".3965" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".3961")
  %".3966" = icmp eq i64 %".3965", 17
  br i1 %".3966", label %"ipv6_opts_d0_ipv6_ext2.to_udp", label %"ipv6_opts_d0_ipv6_ext2.select.1"
ipv6_opts_d0_ipv6_ext2.select.1:
  %".3968" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".3961")
  %".3969" = icmp eq i64 %".3968", 58
  br i1 %".3969", label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext2.select.2"
ipv6_opts_d0_ipv6_ext2.select.2:
  %".3971" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".3961")
  %".3972" = icmp eq i64 %".3971", 0
  br i1 %".3972", label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext2.select.3"
ipv6_opts_d0_ipv6_ext2.select.3:
  %".3974" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".3961")
  %".3975" = icmp eq i64 %".3974", 60
  br i1 %".3975", label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext2.select.4"
ipv6_opts_d0_ipv6_ext2.select.4:
  %".3977" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".3961")
  switch i64 %".3977", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls"]
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6673", %"widening.test.8"]
  %"data.179" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.274", %"widening.test.8"]
  %"data_end.179" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.274", %"widening.test.8"]
  %"keys.179" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.60" = getelementptr i8, ptr %"data.179", i64 %"cursor.68"
  %".5515" = getelementptr i8, ptr %"hdr.60", i64 2
  %".5516" = icmp ugt ptr %".5515", %"data_end.179"
  br i1 %".5516", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5518" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5519" = load i8, ptr %".5518", align 1
  %".5520" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5521" = load i8, ptr %".5520", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5519", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5540", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5521", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5542", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.232" = phi  ptr [%"data.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.232" = phi  ptr [%"data_end.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.232" = phi  ptr [%"keys.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5544" = getelementptr i8, ptr %"keys.232", i64 9
  store i8 %"w0_1.23", ptr %".5544", align 1
  %".5546" = add i64 %"cursor.68", 2
  %".5547" = zext i8 %"w1_1.14" to i64
  %".5548" = mul i64 %".5547", 8
  %".5549" = add i64 %".5548", 6
  %".5550" = add i64 %".5549", 2
  %".5551" = add i64 %"cursor.68", %".5550"
  %".5552" = zext i8 %"w0_1.23" to i64
  %".5553" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5552")
  %".5554" = icmp eq i64 %".5553", 6
  br i1 %".5554", label %"ipv6_opts_d0_ipv6_ext3.to_tcp", label %"ipv6_opts_d0_ipv6_ext3.select"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%".3960", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".4062", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6662", %"widening.test.7"]
  %"data.180" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.273", %"widening.test.7"]
  %"data_end.180" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.273", %"widening.test.7"]
  %"keys.180" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.61" = getelementptr i8, ptr %"data.180", i64 %"cursor.69"
  %".5634" = getelementptr i8, ptr %"hdr.61", i64 8
  %".5635" = icmp ugt ptr %".5634", %"data_end.180"
  br i1 %".5635", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5637" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5638" = load i8, ptr %".5637", align 1
  %".5639" = getelementptr i8, ptr %"hdr.61", i64 2
  %".5640" = load i16, ptr %".5639", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5638", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5659", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".5640", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5661", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.234" = phi  ptr [%"data.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.234" = phi  ptr [%"data_end.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.234" = phi  ptr [%"keys.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5663" = getelementptr i8, ptr %"keys.234", i64 9
  store i8 %"w0_1.24", ptr %".5663", align 1
  %".5665" = add i64 %"cursor.69", 8
  %".5666" = icmp ne i64 1, 0
  %".5667" = and i16 %"w2_2.15", 63743
  %".5668" = icmp eq i16 %".5667", 0
  br i1 %".5666", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5690" = zext i8 %"w0_1.24" to i64
  %".5691" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5690")
  %".5692" = icmp eq i64 %".5691", 6
  br i1 %".5692", label %"ipv6_frag_d0_ipv6_ext3.to_tcp", label %"ipv6_frag_d0_ipv6_ext3.select"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3996" = trunc i64 %".3960" to i16
  %".3997" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3996", ptr %".3997", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".4013" = trunc i64 %".3960" to i16
  %".4014" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4013", ptr %".4014", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4039" = trunc i64 %"cursor.50" to i32
  %".4040" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".4039", [40 x i8]* %"header_copy", i32 8)
  %".4041" = icmp eq i64 %".4040", 0
  %".4042" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4043" = load i32, ptr %".4042", align 4
  %".4044" = zext i32 %".4043" to i64
  %"data.181" = inttoptr i64 %".4044" to ptr
  %".4045" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4046" = load i32, ptr %".4045", align 4
  %".4047" = zext i32 %".4046" to i64
  %"data_end.181" = inttoptr i64 %".4047" to ptr
  %".4048" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.181" = load ptr, ptr %".4048", align 8
  %".4049" = xor i1 %".4041", -1
  br i1 %".4049", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".4051" = trunc i64 %"cursor.50" to i16
  %".4052" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4051", ptr %".4052", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".4055" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4056" = load volatile i8, [40 x i8]* %".4055", align 1
  %".4057" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4058" = load volatile i16, [40 x i8]* %".4057", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".4067" = getelementptr i8, ptr %"keys.182", i64 6
  store i8 1, ptr %".4067", align 1
  br i1 %".4065", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".4070" = getelementptr i8, ptr %"keys.182", i64 7
  store i8 1, ptr %".4070", align 1
  %".4072" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.65" = load volatile i32, ptr %".4072", align 4
  %".4073" = and i32 %"flags.65", 1
  %".4074" = icmp ne i32 %".4073", 0
  %".4075" = xor i1 %".4074", -1
  br i1 %".4075", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".4082" = trunc i64 %".4062" to i16
  %".4083" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4082", ptr %".4083", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".4077" = trunc i64 %".4062" to i16
  %".4078" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4077", ptr %".4078", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".4105" = trunc i64 %".4062" to i16
  %".4106" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4105", ptr %".4106", align 2
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
  %".4116" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".4116", align 1
  %".4118" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.66" = load volatile i32, ptr %".4118", align 4
  %".4119" = and i32 %"flags.66", 4
  %".4120" = icmp ne i32 %".4119", 0
  br i1 %".4120", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".4126" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".4126", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".4129" = trunc i64 2048 to i16
  %".4130" = call i16 @"llvm.bswap.i16"(i16 %".4129")
  %".4131" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".4130", ptr %".4131", align 2
  %".4133" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".4133", align 1
  %".4135" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.67" = load volatile i32, ptr %".4135", align 4
  %".4136" = and i32 %"flags.67", 4
  %".4137" = icmp ne i32 %".4136", 0
  br i1 %".4137", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".4143" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".4143", align 4
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
  %".4152" = trunc i64 34887 to i16
  %".4153" = call i16 @"llvm.bswap.i16"(i16 %".4152")
  %".4154" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".4153", ptr %".4154", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.select:
  %".4091" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4087")
  %".4092" = icmp eq i64 %".4091", 17
  br i1 %".4092", label %"ipv6_frag_d0_ipv6_ext2.to_udp", label %"ipv6_frag_d0_ipv6_ext2.select.1"
ipv6_frag_d0_ipv6_ext2.select.1:
  %".4094" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".4087")
  %".4095" = icmp eq i64 %".4094", 58
  br i1 %".4095", label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext2.select.2"
ipv6_frag_d0_ipv6_ext2.select.2:
  %".4097" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".4087")
  %".4098" = icmp eq i64 %".4097", 0
  br i1 %".4098", label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext2.select.3"
ipv6_frag_d0_ipv6_ext2.select.3:
  %".4100" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".4087")
  %".4101" = icmp eq i64 %".4100", 60
  br i1 %".4101", label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext2.select.4"
ipv6_frag_d0_ipv6_ext2.select.4:
  %".4103" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".4087")
  switch i64 %".4103", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls"]
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".4122" = trunc i64 %".4062" to i16
  %".4123" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4122", ptr %".4123", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".4139" = trunc i64 %".4062" to i16
  %".4140" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4139", ptr %".4140", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4164" = trunc i64 %"cursor.51" to i32
  %".4165" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".4164", [40 x i8]* %"header_copy", i32 4)
  %".4166" = icmp eq i64 %".4165", 0
  %".4167" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4168" = load i32, ptr %".4167", align 4
  %".4169" = zext i32 %".4168" to i64
  %"data.183" = inttoptr i64 %".4169" to ptr
  %".4170" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4171" = load i32, ptr %".4170", align 4
  %".4172" = zext i32 %".4171" to i64
  %"data_end.183" = inttoptr i64 %".4172" to ptr
  %".4173" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.183" = load ptr, ptr %".4173", align 8
  %".4174" = xor i1 %".4166", -1
  br i1 %".4174", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".4176" = trunc i64 %".4157" to i16
  %".4177" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4176", ptr %".4177", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".4180" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4181" = load volatile i8, [40 x i8]* %".4180", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".4190" = trunc i64 %".4183" to i16
  %".4191" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4190", ptr %".4191", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_ip_version:
  %".4195" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".4195", align 1
  %".4197" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.68" = load volatile i32, ptr %".4197", align 4
  %".4198" = and i32 %"flags.68", 4
  %".4199" = icmp ne i32 %".4198", 0
  br i1 %".4199", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif", !prof !0
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".4205" = getelementptr i8, ptr %"keys.184", i64 12
  store i32 0, ptr %".4205", align 4
  br label %"ip_version_d1"
mpls_d0_mpls_labels3.select:
  br label %"mpls_d0_mpls_labels3.to_ip_version"
mpls_d0_mpls_labels3.stop_at_encap:
  %".4201" = trunc i64 %".4183" to i16
  %".4202" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4201", ptr %".4202", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4214" = trunc i64 %"cursor.52" to i32
  %".4215" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".4214", [40 x i8]* %"header_copy", i32 4)
  %".4216" = icmp eq i64 %".4215", 0
  %".4217" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4218" = load i32, ptr %".4217", align 4
  %".4219" = zext i32 %".4218" to i64
  %"data.186" = inttoptr i64 %".4219" to ptr
  %".4220" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4221" = load i32, ptr %".4220", align 4
  %".4222" = zext i32 %".4221" to i64
  %"data_end.186" = inttoptr i64 %".4222" to ptr
  %".4223" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.186" = load ptr, ptr %".4223", align 8
  %".4224" = xor i1 %".4216", -1
  br i1 %".4224", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".4226" = trunc i64 %"cursor.52" to i16
  %".4227" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4226", ptr %".4227", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".4230" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4231" = load volatile i16, [40 x i8]* %".4230", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".4258" = trunc i64 %".4235" to i16
  %".4259" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4258", ptr %".4259", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".4264" = trunc i64 %".4235" to i16
  %".4265" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4264", ptr %".4265", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4268" = trunc i64 %".4235" to i16
  %".4269" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4268", ptr %".4269", align 2
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
  %".4281" = trunc i64 %".4235" to i16
  %".4282" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4281", ptr %".4282", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".4285" = trunc i64 %".4235" to i16
  %".4286" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4285", ptr %".4286", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
vlan_d1_vlan_tags2.select:
  %".4244" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.10")
  %".4245" = icmp eq i16 %".4244", 56710
  br i1 %".4245", label %"vlan_d1_vlan_tags2.to_ipv6", label %"vlan_d1_vlan_tags2.select.1"
vlan_d1_vlan_tags2.select.1:
  %".4247" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.10")
  %".4248" = icmp eq i16 %".4247", 129
  br i1 %".4248", label %"vlan_d1_vlan_tags2.to_vlan", label %"vlan_d1_vlan_tags2.select.2"
vlan_d1_vlan_tags2.select.2:
  %".4250" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.10")
  %".4251" = icmp eq i16 %".4250", 43144
  br i1 %".4251", label %"vlan_d1_vlan_tags2.to_vlan.1", label %"vlan_d1_vlan_tags2.select.3"
vlan_d1_vlan_tags2.select.3:
  %".4253" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.10")
  %".4254" = icmp eq i16 %".4253", 18312
  br i1 %".4254", label %"vlan_d1_vlan_tags2.to_mpls", label %"vlan_d1_vlan_tags2.select.4"
vlan_d1_vlan_tags2.select.4:
  %".4256" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.10")
  switch i16 %".4256", label %"vlan_d1_vlan_tags2.unknown" [i16 18568, label %"vlan_d1_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags2.to_arp" i16 13696, label %"vlan_d1_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags2.to_ptp" i16 649, label %"vlan_d1_vlan_tags2.to_cfm" i16 51848, label %"vlan_d1_vlan_tags2.to_tipc" i16 1673, label %"vlan_d1_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags2.to_hsr" i16 64392, label %"vlan_d1_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags2.to_batadv"]
hsr_d1_vlan_tags2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4296" = trunc i64 %"cursor.53" to i32
  %".4297" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4296", [40 x i8]* %"header_copy", i32 6)
  %".4298" = icmp eq i64 %".4297", 0
  %".4299" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4300" = load i32, ptr %".4299", align 4
  %".4301" = zext i32 %".4300" to i64
  %"data.188" = inttoptr i64 %".4301" to ptr
  %".4302" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4303" = load i32, ptr %".4302", align 4
  %".4304" = zext i32 %".4303" to i64
  %"data_end.188" = inttoptr i64 %".4304" to ptr
  %".4305" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.188" = load ptr, ptr %".4305", align 8
  %".4306" = xor i1 %".4298", -1
  br i1 %".4306", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".4308" = trunc i64 %"cursor.53" to i16
  %".4309" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4308", ptr %".4309", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".4312" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4313" = load volatile i16, [40 x i8]* %".4312", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".4340" = trunc i64 %".4317" to i16
  %".4341" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4340", ptr %".4341", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".4346" = trunc i64 %".4317" to i16
  %".4347" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4346", ptr %".4347", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".4350" = trunc i64 %".4317" to i16
  %".4351" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4350", ptr %".4351", align 2
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
  %".4363" = trunc i64 %".4317" to i16
  %".4364" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4363", ptr %".4364", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".4367" = trunc i64 %".4317" to i16
  %".4368" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4367", ptr %".4368", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.select:
  %".4326" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w4_2.3")
  %".4327" = icmp eq i16 %".4326", 56710
  br i1 %".4327", label %"hsr_d1_vlan_tags2.to_ipv6", label %"hsr_d1_vlan_tags2.select.1"
hsr_d1_vlan_tags2.select.1:
  %".4329" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w4_2.3")
  %".4330" = icmp eq i16 %".4329", 129
  br i1 %".4330", label %"hsr_d1_vlan_tags2.to_vlan", label %"hsr_d1_vlan_tags2.select.2"
hsr_d1_vlan_tags2.select.2:
  %".4332" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w4_2.3")
  %".4333" = icmp eq i16 %".4332", 43144
  br i1 %".4333", label %"hsr_d1_vlan_tags2.to_vlan.1", label %"hsr_d1_vlan_tags2.select.3"
hsr_d1_vlan_tags2.select.3:
  %".4335" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w4_2.3")
  %".4336" = icmp eq i16 %".4335", 18312
  br i1 %".4336", label %"hsr_d1_vlan_tags2.to_mpls", label %"hsr_d1_vlan_tags2.select.4"
hsr_d1_vlan_tags2.select.4:
  %".4338" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w4_2.3")
  switch i16 %".4338", label %"hsr_d1_vlan_tags2.unknown" [i16 18568, label %"hsr_d1_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags2.to_arp" i16 13696, label %"hsr_d1_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags2.to_ptp" i16 649, label %"hsr_d1_vlan_tags2.to_cfm" i16 51848, label %"hsr_d1_vlan_tags2.to_tipc" i16 1673, label %"hsr_d1_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags2.to_hsr" i16 64392, label %"hsr_d1_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags2.to_batadv"]
mpls_d1_mpls_labels2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4379" = trunc i64 %"cursor.54" to i32
  %".4380" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4379", [40 x i8]* %"header_copy", i32 4)
  %".4381" = icmp eq i64 %".4380", 0
  %".4382" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4383" = load i32, ptr %".4382", align 4
  %".4384" = zext i32 %".4383" to i64
  %"data.190" = inttoptr i64 %".4384" to ptr
  %".4385" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4386" = load i32, ptr %".4385", align 4
  %".4387" = zext i32 %".4386" to i64
  %"data_end.190" = inttoptr i64 %".4387" to ptr
  %".4388" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.190" = load ptr, ptr %".4388", align 8
  %".4389" = xor i1 %".4381", -1
  br i1 %".4389", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4391" = trunc i64 %".4372" to i16
  %".4392" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".4391", ptr %".4392", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4395" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4396" = load volatile i8, [40 x i8]* %".4395", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4405" = trunc i64 %".4398" to i16
  %".4406" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4405", ptr %".4406", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_ip_version:
  %".4410" = getelementptr i8, ptr %"keys.191", i64 8
  store i8 1, ptr %".4410", align 1
  %".4412" = getelementptr i8, ptr %"keys.191", i64 48
  %"flags.69" = load volatile i32, ptr %".4412", align 4
  %".4413" = and i32 %"flags.69", 4
  %".4414" = icmp ne i32 %".4413", 0
  br i1 %".4414", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif", !prof !0
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4420" = getelementptr i8, ptr %"keys.191", i64 12
  store i32 0, ptr %".4420", align 4
  %".4422" = trunc i64 %".4398" to i16
  %".4423" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4422", ptr %".4423", align 2
  br label %"return"
mpls_d1_mpls_labels2.select:
  br label %"mpls_d1_mpls_labels2.to_ip_version"
mpls_d1_mpls_labels2.stop_at_encap:
  %".4416" = trunc i64 %".4398" to i16
  %".4417" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4416", ptr %".4417", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4432" = trunc i64 %"cursor.55" to i32
  %".4433" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4432", [40 x i8]* %"header_copy", i32 14)
  %".4434" = icmp eq i64 %".4433", 0
  %".4435" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4436" = load i32, ptr %".4435", align 4
  %".4437" = zext i32 %".4436" to i64
  %"data.193" = inttoptr i64 %".4437" to ptr
  %".4438" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4439" = load i32, ptr %".4438", align 4
  %".4440" = zext i32 %".4439" to i64
  %"data_end.193" = inttoptr i64 %".4440" to ptr
  %".4441" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.193" = load ptr, ptr %".4441", align 8
  %".4442" = xor i1 %".4434", -1
  br i1 %".4442", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4444" = trunc i64 %"cursor.55" to i16
  %".4445" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4444", ptr %".4445", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4448" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4449" = load volatile i16, [40 x i8]* %".4448", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4473" = trunc i64 %".4453" to i16
  %".4474" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4473", ptr %".4474", align 2
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
  %".4459" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w12_2")
  %".4460" = icmp eq i16 %".4459", 56710
  br i1 %".4460", label %"ethernet_d1.to_ipv6", label %"ethernet_d1.select.1"
ethernet_d1.select.1:
  %".4462" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w12_2")
  %".4463" = icmp eq i16 %".4462", 129
  br i1 %".4463", label %"ethernet_d1.to_vlan", label %"ethernet_d1.select.2"
ethernet_d1.select.2:
  %".4465" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w12_2")
  %".4466" = icmp eq i16 %".4465", 43144
  br i1 %".4466", label %"ethernet_d1.to_vlan.1", label %"ethernet_d1.select.3"
ethernet_d1.select.3:
  %".4468" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w12_2")
  %".4469" = icmp eq i16 %".4468", 18312
  br i1 %".4469", label %"ethernet_d1.to_mpls", label %"ethernet_d1.select.4"
ethernet_d1.select.4:
  %".4471" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w12_2")
  switch i16 %".4471", label %"ethernet_d1.unknown" [i16 18568, label %"ethernet_d1.to_mpls.1" i16 25736, label %"ethernet_d1.to_pppoe" i16 1544, label %"ethernet_d1.to_arp" i16 13696, label %"ethernet_d1.to_arp.1" i16 63368, label %"ethernet_d1.to_ptp" i16 649, label %"ethernet_d1.to_cfm" i16 51848, label %"ethernet_d1.to_tipc" i16 1673, label %"ethernet_d1.to_fcoe" i16 12169, label %"ethernet_d1.to_hsr" i16 64392, label %"ethernet_d1.to_hsr.1" i16 1347, label %"ethernet_d1.to_batadv"]
gtpu_opt_d1.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4497" = trunc i64 %"cursor.56" to i32
  %".4498" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4497", [40 x i8]* %"header_copy", i32 4)
  %".4499" = icmp eq i64 %".4498", 0
  %".4500" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4501" = load i32, ptr %".4500", align 4
  %".4502" = zext i32 %".4501" to i64
  %"data.195" = inttoptr i64 %".4502" to ptr
  %".4503" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4504" = load i32, ptr %".4503", align 4
  %".4505" = zext i32 %".4504" to i64
  %"data_end.195" = inttoptr i64 %".4505" to ptr
  %".4506" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.195" = load ptr, ptr %".4506", align 8
  %".4507" = xor i1 %".4499", -1
  br i1 %".4507", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4509" = trunc i64 %"cursor.56" to i16
  %".4510" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4509", ptr %".4510", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4516" = trunc i64 %".4514" to i16
  %".4517" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4516", ptr %".4517", align 2
  br label %"return"
gtpu_seq_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4525" = trunc i64 %"cursor.57" to i32
  %".4526" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4525", [40 x i8]* %"header_copy", i32 3)
  %".4527" = icmp eq i64 %".4526", 0
  %".4528" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4529" = load i32, ptr %".4528", align 4
  %".4530" = zext i32 %".4529" to i64
  %"data.197" = inttoptr i64 %".4530" to ptr
  %".4531" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4532" = load i32, ptr %".4531", align 4
  %".4533" = zext i32 %".4532" to i64
  %"data_end.197" = inttoptr i64 %".4533" to ptr
  %".4534" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.197" = load ptr, ptr %".4534", align 8
  %".4535" = xor i1 %".4527", -1
  br i1 %".4535", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4537" = trunc i64 %"cursor.57" to i16
  %".4538" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4537", ptr %".4538", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4544" = trunc i64 %".4542" to i16
  %".4545" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4544", ptr %".4545", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4553" = trunc i64 %"cursor.58" to i32
  %".4554" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4553", [40 x i8]* %"header_copy", i32 8)
  %".4555" = icmp eq i64 %".4554", 0
  %".4556" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4557" = load i32, ptr %".4556", align 4
  %".4558" = zext i32 %".4557" to i64
  %"data.200" = inttoptr i64 %".4558" to ptr
  %".4559" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4560" = load i32, ptr %".4559", align 4
  %".4561" = zext i32 %".4560" to i64
  %"data_end.200" = inttoptr i64 %".4561" to ptr
  %".4562" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.200" = load ptr, ptr %".4562", align 8
  %".4563" = xor i1 %".4555", -1
  br i1 %".4563", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4565" = trunc i64 %"cursor.58" to i16
  %".4566" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4565", ptr %".4566", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4577" = trunc i64 %".4570" to i16
  %".4578" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4577", ptr %".4578", align 2
  br label %"return"
vxlan_d1.unknown:
  %".4584" = trunc i64 %".4570" to i16
  %".4585" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4584", ptr %".4585", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4600" = trunc i64 %"cursor.59" to i32
  %".4601" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4600", [40 x i8]* %"header_copy", i32 8)
  %".4602" = icmp eq i64 %".4601", 0
  %".4603" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4604" = load i32, ptr %".4603", align 4
  %".4605" = zext i32 %".4604" to i64
  %"data.202" = inttoptr i64 %".4605" to ptr
  %".4606" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4607" = load i32, ptr %".4606", align 4
  %".4608" = zext i32 %".4607" to i64
  %"data_end.202" = inttoptr i64 %".4608" to ptr
  %".4609" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.202" = load ptr, ptr %".4609", align 8
  %".4610" = xor i1 %".4602", -1
  br i1 %".4610", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4612" = trunc i64 %"cursor.59" to i16
  %".4613" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4612", ptr %".4613", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4616" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4617" = load volatile i8, [40 x i8]* %".4616", align 1
  %".4618" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4619" = load volatile i16, [40 x i8]* %".4618", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4626" = trunc i64 %"cursor.59" to i16
  %".4627" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4626", ptr %".4627", align 2
  br label %"return"
geneve_d1.variable:
  %".4636" = zext i8 %"w0_1.18" to i64
  %".4637" = and i64 %".4636", 63
  %".4638" = mul i64 %".4637", 4
  %".4639" = add i64 %".4638", 8
  %".4640" = getelementptr i8, ptr %"data.203", i64 %"cursor.59"
  %".4641" = getelementptr i8, ptr %".4640", i64 %".4639"
  %".4642" = icmp ugt ptr %".4641", %"data_end.203"
  br i1 %".4642", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.205" = phi  ptr [%"data.203", %"geneve_d1.variable"], [%"data.204", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.205" = phi  ptr [%"data_end.203", %"geneve_d1.variable"], [%"data_end.204", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.205" = phi  ptr [%"keys.203", %"geneve_d1.variable"], [%"keys.204", %"geneve_d1.copy_last_byte_failed.endif"]
  %".4663" = add i64 %"cursor.59", %".4639"
  br label %"geneve_d1.variable.endif"
geneve_d1.copy_last_byte:
  %".4644" = add i64 %"cursor.59", %".4639"
  %".4645" = sub i64 %".4644", 1
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4646" = trunc i64 %".4645" to i32
  %".4647" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4646", i64* %"last_byte", i32 1)
  %".4648" = icmp eq i64 %".4647", 0
  %".4649" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4650" = load i32, ptr %".4649", align 4
  %".4651" = zext i32 %".4650" to i64
  %"data.204" = inttoptr i64 %".4651" to ptr
  %".4652" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4653" = load i32, ptr %".4652", align 4
  %".4654" = zext i32 %".4653" to i64
  %"data_end.204" = inttoptr i64 %".4654" to ptr
  %".4655" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.204" = load ptr, ptr %".4655", align 8
  %".4656" = xor i1 %".4648", -1
  br i1 %".4656", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4658" = trunc i64 %"cursor.59" to i16
  %".4659" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4658", ptr %".4659", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4671" = trunc i64 %"end.7" to i16
  %".4672" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4671", ptr %".4672", align 2
  br label %"return"
geneve_d1.unknown:
  %".4689" = trunc i64 %"end.7" to i16
  %".4690" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4689", ptr %".4690", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4697" = trunc i64 %"end.7" to i16
  %".4698" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4697", ptr %".4698", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4701" = trunc i64 %"end.7" to i16
  %".4702" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4701", ptr %".4702", align 2
  br label %"return"
geneve_d1.select:
  %".4682" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.11")
  %".4683" = icmp eq i16 %".4682", 8
  br i1 %".4683", label %"geneve_d1.to_ipv4", label %"geneve_d1.select.1"
geneve_d1.select.1:
  %".4685" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.11")
  %".4686" = icmp eq i16 %".4685", 56710
  br i1 %".4686", label %"geneve_d1.to_ipv6", label %"geneve_d1.select.2"
geneve_d1.select.2:
  br label %"geneve_d1.unknown"
gue_d1.copy:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4713" = trunc i64 %"cursor.60" to i32
  %".4714" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4713", [40 x i8]* %"header_copy", i32 4)
  %".4715" = icmp eq i64 %".4714", 0
  %".4716" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4717" = load i32, ptr %".4716", align 4
  %".4718" = zext i32 %".4717" to i64
  %"data.207" = inttoptr i64 %".4718" to ptr
  %".4719" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4720" = load i32, ptr %".4719", align 4
  %".4721" = zext i32 %".4720" to i64
  %"data_end.207" = inttoptr i64 %".4721" to ptr
  %".4722" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.207" = load ptr, ptr %".4722", align 8
  %".4723" = xor i1 %".4715", -1
  br i1 %".4723", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4725" = trunc i64 %"cursor.60" to i16
  %".4726" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4725", ptr %".4726", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4729" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4730" = load volatile i8, [40 x i8]* %".4729", align 1
  %".4731" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4732" = load volatile i8, [40 x i8]* %".4731", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4744" = trunc i64 %"cursor.60" to i16
  %".4745" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4744", ptr %".4745", align 2
  br label %"return"
gue_d1.variable:
  %".4754" = zext i8 %"w0_1.19" to i64
  %".4755" = and i64 %".4754", 31
  %".4756" = mul i64 %".4755", 4
  %".4757" = add i64 %".4756", 4
  %".4758" = getelementptr i8, ptr %"data.208", i64 %"cursor.60"
  %".4759" = getelementptr i8, ptr %".4758", i64 %".4757"
  %".4760" = icmp ugt ptr %".4759", %"data_end.208"
  br i1 %".4760", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.210" = phi  ptr [%"data.208", %"gue_d1.variable"], [%"data.209", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.208", %"gue_d1.variable"], [%"data_end.209", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.208", %"gue_d1.variable"], [%"keys.209", %"gue_d1.copy_last_byte_failed.endif"]
  %".4781" = add i64 %"cursor.60", %".4757"
  br label %"gue_d1.variable.endif"
gue_d1.copy_last_byte:
  %".4762" = add i64 %"cursor.60", %".4757"
  %".4763" = sub i64 %".4762", 1
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4764" = trunc i64 %".4763" to i32
  %".4765" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4764", i64* %"last_byte", i32 1)
  %".4766" = icmp eq i64 %".4765", 0
  %".4767" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4768" = load i32, ptr %".4767", align 4
  %".4769" = zext i32 %".4768" to i64
  %"data.209" = inttoptr i64 %".4769" to ptr
  %".4770" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4771" = load i32, ptr %".4770", align 4
  %".4772" = zext i32 %".4771" to i64
  %"data_end.209" = inttoptr i64 %".4772" to ptr
  %".4773" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.209" = load ptr, ptr %".4773", align 8
  %".4774" = xor i1 %".4766", -1
  br i1 %".4774", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4776" = trunc i64 %"cursor.60" to i16
  %".4777" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4776", ptr %".4777", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4789" = trunc i64 %"end.8" to i16
  %".4790" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4789", ptr %".4790", align 2
  br label %"return"
gue_d1.unknown:
  %".4803" = trunc i64 %"end.8" to i16
  %".4804" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4803", ptr %".4804", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4811" = trunc i64 %"end.8" to i16
  %".4812" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4811", ptr %".4812", align 2
  br label %"return"
gue_d1.select:
  %".4799" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".4795")
  %".4800" = icmp eq i64 %".4799", 41
  br i1 %".4800", label %"gue_d1.to_ipv6", label %"gue_d1.select.1"
gue_d1.select.1:
  br label %"gue_d1.unknown"
gtpu_d1.copy:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4823" = trunc i64 %"cursor.61" to i32
  %".4824" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4823", [40 x i8]* %"header_copy", i32 8)
  %".4825" = icmp eq i64 %".4824", 0
  %".4826" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4827" = load i32, ptr %".4826", align 4
  %".4828" = zext i32 %".4827" to i64
  %"data.212" = inttoptr i64 %".4828" to ptr
  %".4829" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4830" = load i32, ptr %".4829", align 4
  %".4831" = zext i32 %".4830" to i64
  %"data_end.212" = inttoptr i64 %".4831" to ptr
  %".4832" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.212" = load ptr, ptr %".4832", align 8
  %".4833" = xor i1 %".4825", -1
  br i1 %".4833", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4835" = trunc i64 %"cursor.61" to i16
  %".4836" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4835", ptr %".4836", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4839" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4840" = load volatile i8, [40 x i8]* %".4839", align 1
  %".4841" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4842" = load volatile i8, [40 x i8]* %".4841", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4857" = trunc i64 %"cursor.61" to i16
  %".4858" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4857", ptr %".4858", align 2
  br label %"return"
gtpu_d1.stop_at_encap:
  %".4868" = trunc i64 %".4861" to i16
  %".4869" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4868", ptr %".4869", align 2
  br label %"return"
gtpu_d1.unknown:
  %".4898" = trunc i64 %".4861" to i16
  %".4899" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4898", ptr %".4899", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4906" = trunc i64 %".4861" to i16
  %".4907" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4906", ptr %".4907", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4910" = trunc i64 %".4861" to i16
  %".4911" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4910", ptr %".4911", align 2
  br label %"return"
gtpu_d1.select:
  %".4890" = icmp uge i64 %".4885", 4
  %".4891" = icmp ule i64 %".4885", 7
  %".4892" = and i1 %".4890", %".4891"
  br i1 %".4892", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  %".4894" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4885")
  %".4895" = icmp eq i64 %".4894", 0
  br i1 %".4895", label %"gtpu_d1.to_ip_version", label %"gtpu_d1.select.2"
gtpu_d1.to_ip_version:
  %".4902" = trunc i64 %".4861" to i16
  %".4903" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4902", ptr %".4903", align 2
  br label %"return"
gtpu_d1.select.2:
  br label %"gtpu_d1.unknown"
shim_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4920" = trunc i64 %"cursor.62" to i32
  %".4921" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4920", [40 x i8]* %"header_copy", i32 8)
  %".4922" = icmp eq i64 %".4921", 0
  %".4923" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4924" = load i32, ptr %".4923", align 4
  %".4925" = zext i32 %".4924" to i64
  %"data.214" = inttoptr i64 %".4925" to ptr
  %".4926" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4927" = load i32, ptr %".4926", align 4
  %".4928" = zext i32 %".4927" to i64
  %"data_end.214" = inttoptr i64 %".4928" to ptr
  %".4929" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.214" = load ptr, ptr %".4929", align 8
  %".4930" = xor i1 %".4922", -1
  br i1 %".4930", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4932" = trunc i64 %"cursor.62" to i16
  %".4933" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4932", ptr %".4933", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4936" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4937" = load volatile i16, [40 x i8]* %".4936", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4946" = trunc i64 %".4939" to i16
  %".4947" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4946", ptr %".4947", align 2
  br label %"return"
shim_d1.unknown:
  %".4958" = trunc i64 %".4939" to i16
  %".4959" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4958", ptr %".4959", align 2
  br label %"return"
shim_d1.select:
  br label %"shim_d1.unknown"
gre_d1.variable:
  %".4972" = zext i8 %"w0_1.13" to i64
  %".4973" = lshr i64 %".4972", 7
  %".4974" = and i64 %".4973", 1
  %".4975" = zext i8 %"w0_1.13" to i64
  %".4976" = lshr i64 %".4975", 5
  %".4977" = and i64 %".4976", 1
  %".4978" = add i64 %".4974", %".4977"
  %".4979" = zext i8 %"w0_1.13" to i64
  %".4980" = lshr i64 %".4979", 4
  %".4981" = and i64 %".4980", 1
  %".4982" = add i64 %".4978", %".4981"
  %".4983" = mul i64 %".4982", 4
  %".4984" = add i64 %".4983", 4
  %".4985" = getelementptr i8, ptr %"data.163", i64 %"cursor.63"
  %".4986" = getelementptr i8, ptr %".4985", i64 %".4984"
  %".4987" = icmp ugt ptr %".4986", %"data_end.163"
  br i1 %".4987", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.217" = phi  ptr [%"data.163", %"gre_d1.variable"], [%"data.216", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.217" = phi  ptr [%"data_end.163", %"gre_d1.variable"], [%"data_end.216", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.217" = phi  ptr [%"keys.163", %"gre_d1.variable"], [%"keys.216", %"gre_d1.copy_last_byte_failed.endif"]
  %".5008" = add i64 %"cursor.63", %".4984"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".4989" = add i64 %"cursor.63", %".4984"
  %".4990" = sub i64 %".4989", 1
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4991" = trunc i64 %".4990" to i32
  %".4992" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4991", i64* %"last_byte", i32 1)
  %".4993" = icmp eq i64 %".4992", 0
  %".4994" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4995" = load i32, ptr %".4994", align 4
  %".4996" = zext i32 %".4995" to i64
  %"data.216" = inttoptr i64 %".4996" to ptr
  %".4997" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4998" = load i32, ptr %".4997", align 4
  %".4999" = zext i32 %".4998" to i64
  %"data_end.216" = inttoptr i64 %".4999" to ptr
  %".5000" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.216" = load ptr, ptr %".5000", align 8
  %".5001" = xor i1 %".4993", -1
  br i1 %".5001", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".5003" = trunc i64 %"cursor.63" to i16
  %".5004" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".5003", ptr %".5004", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".5016" = trunc i64 %"end.9" to i16
  %".5017" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5016", ptr %".5017", align 2
  br label %"return"
gre_d1.unknown:
  %".5041" = trunc i64 %"end.9" to i16
  %".5042" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5041", ptr %".5042", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".5049" = trunc i64 %"end.9" to i16
  %".5050" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5049", ptr %".5050", align 2
  br label %"return"
gre_d1.to_vlan:
  %".5053" = trunc i64 %"end.9" to i16
  %".5054" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5053", ptr %".5054", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".5057" = trunc i64 %"end.9" to i16
  %".5058" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5057", ptr %".5058", align 2
  br label %"return"
gre_d1.to_mpls:
  %".5061" = trunc i64 %"end.9" to i16
  %".5062" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5061", ptr %".5062", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".5065" = trunc i64 %"end.9" to i16
  %".5066" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5065", ptr %".5066", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".5069" = trunc i64 %"end.9" to i16
  %".5070" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5069", ptr %".5070", align 2
  br label %"return"
gre_d1.to_arp:
  %".5073" = trunc i64 %"end.9" to i16
  %".5074" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5073", ptr %".5074", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".5077" = trunc i64 %"end.9" to i16
  %".5078" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5077", ptr %".5078", align 2
  br label %"return"
gre_d1.to_ptp:
  %".5081" = trunc i64 %"end.9" to i16
  %".5082" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5081", ptr %".5082", align 2
  br label %"return"
gre_d1.to_cfm:
  %".5085" = trunc i64 %"end.9" to i16
  %".5086" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5085", ptr %".5086", align 2
  br label %"return"
gre_d1.to_tipc:
  %".5089" = trunc i64 %"end.9" to i16
  %".5090" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5089", ptr %".5090", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".5093" = trunc i64 %"end.9" to i16
  %".5094" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5093", ptr %".5094", align 2
  br label %"return"
gre_d1.to_hsr:
  %".5097" = trunc i64 %"end.9" to i16
  %".5098" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5097", ptr %".5098", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".5101" = trunc i64 %"end.9" to i16
  %".5102" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5101", ptr %".5102", align 2
  br label %"return"
gre_d1.to_batadv:
  %".5105" = trunc i64 %"end.9" to i16
  %".5106" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5105", ptr %".5106", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".5109" = trunc i64 %"end.9" to i16
  %".5110" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5109", ptr %".5110", align 2
  br label %"return"
gre_d1.select:
  %".5027" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.7")
  %".5028" = icmp eq i16 %".5027", 56710
  br i1 %".5028", label %"gre_d1.to_ipv6", label %"gre_d1.select.1"
gre_d1.select.1:
  %".5030" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 2, i16 %"w2_2.7")
  %".5031" = icmp eq i16 %".5030", 129
  br i1 %".5031", label %"gre_d1.to_vlan", label %"gre_d1.select.2"
gre_d1.select.2:
  %".5033" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 3, i16 %"w2_2.7")
  %".5034" = icmp eq i16 %".5033", 43144
  br i1 %".5034", label %"gre_d1.to_vlan.1", label %"gre_d1.select.3"
gre_d1.select.3:
  %".5036" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 4, i16 %"w2_2.7")
  %".5037" = icmp eq i16 %".5036", 18312
  br i1 %".5037", label %"gre_d1.to_mpls", label %"gre_d1.select.4"
gre_d1.select.4:
  %".5039" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 5, i16 %"w2_2.7")
  switch i16 %".5039", label %"gre_d1.unknown" [i16 18568, label %"gre_d1.to_mpls.1" i16 25736, label %"gre_d1.to_pppoe" i16 1544, label %"gre_d1.to_arp" i16 13696, label %"gre_d1.to_arp.1" i16 63368, label %"gre_d1.to_ptp" i16 649, label %"gre_d1.to_cfm" i16 51848, label %"gre_d1.to_tipc" i16 1673, label %"gre_d1.to_fcoe" i16 12169, label %"gre_d1.to_hsr" i16 64392, label %"gre_d1.to_hsr.1" i16 1347, label %"gre_d1.to_batadv" i16 22629, label %"gre_d1.to_ethernet"]
pptp_d1.stop_before:
  %".5122" = trunc i64 %"cursor.64" to i16
  %".5123" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".5122", ptr %".5123", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".5148" = add i64 %"cursor.64", %".5143"
  %".5149" = sub i64 %".5148", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5150" = trunc i64 %".5149" to i32
  %".5151" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".5150", i64* %"last_byte", i32 1)
  %".5152" = icmp eq i64 %".5151", 0
  %".5153" = getelementptr i8, ptr %"ctx.69", i64 76
  %".5154" = load i32, ptr %".5153", align 4
  %".5155" = zext i32 %".5154" to i64
  %"data.219" = inttoptr i64 %".5155" to ptr
  %".5156" = getelementptr i8, ptr %"ctx.69", i64 80
  %".5157" = load i32, ptr %".5156", align 4
  %".5158" = zext i32 %".5157" to i64
  %"data_end.219" = inttoptr i64 %".5158" to ptr
  %".5159" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.219" = load ptr, ptr %".5159", align 8
  %".5160" = xor i1 %".5152", -1
  br i1 %".5160", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".5162" = trunc i64 %"cursor.64" to i16
  %".5163" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5162", ptr %".5163", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".5172" = trunc i64 %"end.10" to i16
  %".5173" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5172", ptr %".5173", align 2
  br label %"return"
ppp_d0.copy:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5183" = trunc i64 %"cursor.65" to i32
  %".5184" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".5183", [40 x i8]* %"header_copy", i32 4)
  %".5185" = icmp eq i64 %".5184", 0
  %".5186" = getelementptr i8, ptr %"ctx.70", i64 76
  %".5187" = load i32, ptr %".5186", align 4
  %".5188" = zext i32 %".5187" to i64
  %"data.222" = inttoptr i64 %".5188" to ptr
  %".5189" = getelementptr i8, ptr %"ctx.70", i64 80
  %".5190" = load i32, ptr %".5189", align 4
  %".5191" = zext i32 %".5190" to i64
  %"data_end.222" = inttoptr i64 %".5191" to ptr
  %".5192" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.222" = load ptr, ptr %".5192", align 8
  %".5193" = xor i1 %".5185", -1
  br i1 %".5193", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".5195" = trunc i64 %"cursor.65" to i16
  %".5196" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5195", ptr %".5196", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".5199" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5200" = load volatile i16, [40 x i8]* %".5199", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".5212" = and i64 %".5204", 0
  %".5213" = icmp eq i64 %".5212", 0
  br i1 %".5213", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select.2"
ppp_d0.to_ipv6:
  %".5236" = trunc i64 34525 to i16
  %".5237" = call i16 @"llvm.bswap.i16"(i16 %".5236")
  %".5238" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5237", ptr %".5238", align 2
  %".5240" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5240", align 1
  %".5242" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.77" = load volatile i32, ptr %".5242", align 4
  %".5243" = and i32 %"flags.77", 4
  %".5244" = icmp ne i32 %".5243", 0
  br i1 %".5244", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1", !prof !0
ppp_d0.stop_at_encap.endif.1:
  %".5250" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5250", align 4
  br label %"ipv6_d1"
ppp_d0.to_ppp_unknown:
  %".5253" = trunc i64 34827 to i16
  %".5254" = call i16 @"llvm.bswap.i16"(i16 %".5253")
  %".5255" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5254", ptr %".5255", align 2
  %".5257" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5257", align 1
  %".5259" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.78" = load volatile i32, ptr %".5259", align 4
  %".5260" = and i32 %"flags.78", 4
  %".5261" = icmp ne i32 %".5260", 0
  br i1 %".5261", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2", !prof !0
ppp_d0.stop_at_encap.endif.2:
  %".5267" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5267", align 4
  br label %"ppp_unknown"
ppp_d0.select:
  %".5208" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.13")
  %".5209" = icmp eq i16 %".5208", 22272
  br i1 %".5209", label %"ppp_d0.to_ipv6", label %"ppp_d0.select.1"
ppp_d0.select.1:
  br label %"ppp_d0.unknown"
ppp_d0.select.2:
  %".5215" = trunc i64 %".5202" to i16
  %".5216" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5215", ptr %".5216", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".5229" = trunc i64 %".5202" to i16
  %".5230" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5229", ptr %".5230", align 2
  br label %"return"
ppp_d0.stop_at_encap.1:
  %".5246" = trunc i64 %".5202" to i16
  %".5247" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5246", ptr %".5247", align 2
  br label %"return"
ppp_d0.stop_at_encap.2:
  %".5263" = trunc i64 %".5202" to i16
  %".5264" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5263", ptr %".5264", align 2
  br label %"return"
ppp_unknown:
  %"cursor.74" = phi  i64 [%".5202", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.224" = phi  ptr [%"data.223", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.224" = phi  ptr [%"data_end.223", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.224" = phi  ptr [%"keys.223", %"ppp_d0.stop_at_encap.endif.2"]
  %".6023" = add i64 %"cursor.74", 0
  %".6024" = trunc i64 %".6023" to i16
  %".6025" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".6024", ptr %".6025", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5278" = trunc i64 %"cursor.66" to i32
  %".5279" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".5278", [40 x i8]* %"header_copy", i32 2)
  %".5280" = icmp eq i64 %".5279", 0
  %".5281" = getelementptr i8, ptr %"ctx.71", i64 76
  %".5282" = load i32, ptr %".5281", align 4
  %".5283" = zext i32 %".5282" to i64
  %"data.225" = inttoptr i64 %".5283" to ptr
  %".5284" = getelementptr i8, ptr %"ctx.71", i64 80
  %".5285" = load i32, ptr %".5284", align 4
  %".5286" = zext i32 %".5285" to i64
  %"data_end.225" = inttoptr i64 %".5286" to ptr
  %".5287" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.225" = load ptr, ptr %".5287", align 8
  %".5288" = xor i1 %".5280", -1
  br i1 %".5288", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".5290" = trunc i64 %"cursor.66" to i16
  %".5291" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5290", ptr %".5291", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".5294" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5295" = load volatile i8, [40 x i8]* %".5294", align 1
  %".5296" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5297" = load volatile i8, [40 x i8]* %".5296", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".5325" = trunc i64 %".5306" to i16
  %".5326" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5325", ptr %".5326", align 2
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
  %".5336" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".5336", align 1
  %".5338" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.79" = load volatile i32, ptr %".5338", align 4
  %".5339" = and i32 %"flags.79", 4
  %".5340" = icmp ne i32 %".5339", 0
  br i1 %".5340", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".5346" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".5346", align 4
  %".5348" = trunc i64 %".5306" to i16
  %".5349" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5348", ptr %".5349", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".5352" = trunc i64 2048 to i16
  %".5353" = call i16 @"llvm.bswap.i16"(i16 %".5352")
  %".5354" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".5353", ptr %".5354", align 2
  %".5356" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".5356", align 1
  %".5358" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.80" = load volatile i32, ptr %".5358", align 4
  %".5359" = and i32 %"flags.80", 4
  %".5360" = icmp ne i32 %".5359", 0
  br i1 %".5360", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5366" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".5366", align 4
  %".5368" = trunc i64 %".5306" to i16
  %".5369" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5368", ptr %".5369", align 2
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
  %".5378" = trunc i64 34887 to i16
  %".5379" = call i16 @"llvm.bswap.i16"(i16 %".5378")
  %".5380" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".5379", ptr %".5380", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.select:
  %".5311" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".5307")
  %".5312" = icmp eq i64 %".5311", 17
  br i1 %".5312", label %"ipv6_opts_d1_ipv6_ext2.to_udp", label %"ipv6_opts_d1_ipv6_ext2.select.1"
ipv6_opts_d1_ipv6_ext2.select.1:
  %".5314" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".5307")
  %".5315" = icmp eq i64 %".5314", 58
  br i1 %".5315", label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext2.select.2"
ipv6_opts_d1_ipv6_ext2.select.2:
  %".5317" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".5307")
  %".5318" = icmp eq i64 %".5317", 0
  br i1 %".5318", label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext2.select.3"
ipv6_opts_d1_ipv6_ext2.select.3:
  %".5320" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".5307")
  %".5321" = icmp eq i64 %".5320", 60
  br i1 %".5321", label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext2.select.4"
ipv6_opts_d1_ipv6_ext2.select.4:
  %".5323" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".5307")
  switch i64 %".5323", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls"]
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6915", %"widening.test.30"]
  %"data.227" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.296", %"widening.test.30"]
  %"data_end.227" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.296", %"widening.test.30"]
  %"keys.227" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.30"]
  %"hdr.66" = getelementptr i8, ptr %"data.227", i64 %"cursor.75"
  %".6028" = getelementptr i8, ptr %"hdr.66", i64 2
  %".6029" = icmp ugt ptr %".6028", %"data_end.227"
  br i1 %".6029", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".6031" = getelementptr i8, ptr %"hdr.66", i64 0
  %".6032" = load i8, ptr %".6031", align 1
  %".6033" = getelementptr i8, ptr %"hdr.66", i64 1
  %".6034" = load i8, ptr %".6033", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".6032", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".6053", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".6034", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".6055", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.246" = phi  ptr [%"data.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.246" = phi  ptr [%"data_end.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.246" = phi  ptr [%"keys.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".6057" = getelementptr i8, ptr %"keys.246", i64 9
  store i8 %"w0_1.26", ptr %".6057", align 1
  %".6059" = add i64 %"cursor.75", 2
  %".6060" = zext i8 %"w1_1.15" to i64
  %".6061" = mul i64 %".6060", 8
  %".6062" = add i64 %".6061", 6
  %".6063" = add i64 %".6062", 2
  %".6064" = add i64 %"cursor.75", %".6063"
  %".6065" = zext i8 %"w0_1.26" to i64
  %".6066" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6065")
  %".6067" = icmp eq i64 %".6066", 6
  br i1 %".6067", label %"ipv6_opts_d1_ipv6_ext3.to_tcp", label %"ipv6_opts_d1_ipv6_ext3.select"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%".5306", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".5414", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6904", %"widening.test.29"]
  %"data.228" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.295", %"widening.test.29"]
  %"data_end.228" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.295", %"widening.test.29"]
  %"keys.228" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.29"]
  %"hdr.67" = getelementptr i8, ptr %"data.228", i64 %"cursor.76"
  %".6153" = getelementptr i8, ptr %"hdr.67", i64 8
  %".6154" = icmp ugt ptr %".6153", %"data_end.228"
  br i1 %".6154", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".6156" = getelementptr i8, ptr %"hdr.67", i64 0
  %".6157" = load i8, ptr %".6156", align 1
  %".6158" = getelementptr i8, ptr %"hdr.67", i64 2
  %".6159" = load i16, ptr %".6158", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".6157", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".6178", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".6159", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".6180", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.248" = phi  ptr [%"data.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.248" = phi  ptr [%"data_end.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.248" = phi  ptr [%"keys.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".6182" = getelementptr i8, ptr %"keys.248", i64 9
  store i8 %"w0_1.27", ptr %".6182", align 1
  %".6184" = add i64 %"cursor.76", 8
  %".6185" = icmp ne i64 1, 0
  %".6186" = and i16 %"w2_2.17", 63743
  %".6187" = icmp eq i16 %".6186", 0
  br i1 %".6185", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".6209" = zext i8 %"w0_1.27" to i64
  %".6210" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6209")
  %".6211" = icmp eq i64 %".6210", 6
  br i1 %".6211", label %"ipv6_frag_d1_ipv6_ext3.to_tcp", label %"ipv6_frag_d1_ipv6_ext3.select"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".5342" = trunc i64 %".5306" to i16
  %".5343" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5342", ptr %".5343", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".5362" = trunc i64 %".5306" to i16
  %".5363" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5362", ptr %".5363", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5391" = trunc i64 %"cursor.67" to i32
  %".5392" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5391", [40 x i8]* %"header_copy", i32 8)
  %".5393" = icmp eq i64 %".5392", 0
  %".5394" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5395" = load i32, ptr %".5394", align 4
  %".5396" = zext i32 %".5395" to i64
  %"data.229" = inttoptr i64 %".5396" to ptr
  %".5397" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5398" = load i32, ptr %".5397", align 4
  %".5399" = zext i32 %".5398" to i64
  %"data_end.229" = inttoptr i64 %".5399" to ptr
  %".5400" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.229" = load ptr, ptr %".5400", align 8
  %".5401" = xor i1 %".5393", -1
  br i1 %".5401", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".5403" = trunc i64 %"cursor.67" to i16
  %".5404" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5403", ptr %".5404", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".5407" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5408" = load volatile i8, [40 x i8]* %".5407", align 1
  %".5409" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5410" = load volatile i16, [40 x i8]* %".5409", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".5419" = getelementptr i8, ptr %"keys.230", i64 6
  store i8 1, ptr %".5419", align 1
  br i1 %".5417", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".5422" = getelementptr i8, ptr %"keys.230", i64 7
  store i8 1, ptr %".5422", align 1
  %".5424" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.81" = load volatile i32, ptr %".5424", align 4
  %".5425" = and i32 %"flags.81", 1
  %".5426" = icmp ne i32 %".5425", 0
  %".5427" = xor i1 %".5426", -1
  br i1 %".5427", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".5434" = trunc i64 %".5414" to i16
  %".5435" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5434", ptr %".5435", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".5429" = trunc i64 %".5414" to i16
  %".5430" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5429", ptr %".5430", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".5457" = trunc i64 %".5414" to i16
  %".5458" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5457", ptr %".5458", align 2
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
  %".5468" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".5468", align 1
  %".5470" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.82" = load volatile i32, ptr %".5470", align 4
  %".5471" = and i32 %"flags.82", 4
  %".5472" = icmp ne i32 %".5471", 0
  br i1 %".5472", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5478" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".5478", align 4
  %".5480" = trunc i64 %".5414" to i16
  %".5481" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5480", ptr %".5481", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5484" = trunc i64 2048 to i16
  %".5485" = call i16 @"llvm.bswap.i16"(i16 %".5484")
  %".5486" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".5485", ptr %".5486", align 2
  %".5488" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".5488", align 1
  %".5490" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.83" = load volatile i32, ptr %".5490", align 4
  %".5491" = and i32 %"flags.83", 4
  %".5492" = icmp ne i32 %".5491", 0
  br i1 %".5492", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5498" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".5498", align 4
  %".5500" = trunc i64 %".5414" to i16
  %".5501" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5500", ptr %".5501", align 2
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
  %".5510" = trunc i64 34887 to i16
  %".5511" = call i16 @"llvm.bswap.i16"(i16 %".5510")
  %".5512" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".5511", ptr %".5512", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.select:
  %".5443" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".5439")
  %".5444" = icmp eq i64 %".5443", 17
  br i1 %".5444", label %"ipv6_frag_d1_ipv6_ext2.to_udp", label %"ipv6_frag_d1_ipv6_ext2.select.1"
ipv6_frag_d1_ipv6_ext2.select.1:
  %".5446" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".5439")
  %".5447" = icmp eq i64 %".5446", 58
  br i1 %".5447", label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext2.select.2"
ipv6_frag_d1_ipv6_ext2.select.2:
  %".5449" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".5439")
  %".5450" = icmp eq i64 %".5449", 0
  br i1 %".5450", label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext2.select.3"
ipv6_frag_d1_ipv6_ext2.select.3:
  %".5452" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".5439")
  %".5453" = icmp eq i64 %".5452", 60
  br i1 %".5453", label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext2.select.4"
ipv6_frag_d1_ipv6_ext2.select.4:
  %".5455" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".5439")
  switch i64 %".5455", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls"]
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5474" = trunc i64 %".5414" to i16
  %".5475" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5474", ptr %".5475", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5494" = trunc i64 %".5414" to i16
  %".5495" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5494", ptr %".5495", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5523" = trunc i64 %"cursor.68" to i32
  %".5524" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5523", [40 x i8]* %"header_copy", i32 2)
  %".5525" = icmp eq i64 %".5524", 0
  %".5526" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5527" = load i32, ptr %".5526", align 4
  %".5528" = zext i32 %".5527" to i64
  %"data.231" = inttoptr i64 %".5528" to ptr
  %".5529" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5530" = load i32, ptr %".5529", align 4
  %".5531" = zext i32 %".5530" to i64
  %"data_end.231" = inttoptr i64 %".5531" to ptr
  %".5532" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.231" = load ptr, ptr %".5532", align 8
  %".5533" = xor i1 %".5525", -1
  br i1 %".5533", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5535" = trunc i64 %"cursor.68" to i16
  %".5536" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5535", ptr %".5536", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5539" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5540" = load volatile i8, [40 x i8]* %".5539", align 1
  %".5541" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5542" = load volatile i8, [40 x i8]* %".5541", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5570" = trunc i64 %".5551" to i16
  %".5571" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5570", ptr %".5571", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_udp:
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".5577" = trunc i64 %".5551" to i16
  %".5578" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5577", ptr %".5578", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5581" = trunc i64 %".5551" to i16
  %".5582" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5581", ptr %".5582", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5585" = trunc i64 %".5551" to i16
  %".5586" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5585", ptr %".5586", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5589" = trunc i64 %".5551" to i16
  %".5590" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5589", ptr %".5590", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5593" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5593", align 1
  %".5595" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.84" = load volatile i32, ptr %".5595", align 4
  %".5596" = and i32 %"flags.84", 4
  %".5597" = icmp ne i32 %".5596", 0
  br i1 %".5597", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5603" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5603", align 4
  br label %"ipv6_d1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5606" = trunc i64 2048 to i16
  %".5607" = call i16 @"llvm.bswap.i16"(i16 %".5606")
  %".5608" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5607", ptr %".5608", align 2
  %".5610" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5610", align 1
  %".5612" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.85" = load volatile i32, ptr %".5612", align 4
  %".5613" = and i32 %"flags.85", 4
  %".5614" = icmp ne i32 %".5613", 0
  br i1 %".5614", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5620" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5620", align 4
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
  %".5629" = trunc i64 34887 to i16
  %".5630" = call i16 @"llvm.bswap.i16"(i16 %".5629")
  %".5631" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5630", ptr %".5631", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.select:
  %".5556" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".5552")
  %".5557" = icmp eq i64 %".5556", 17
  br i1 %".5557", label %"ipv6_opts_d0_ipv6_ext3.to_udp", label %"ipv6_opts_d0_ipv6_ext3.select.1"
ipv6_opts_d0_ipv6_ext3.select.1:
  %".5559" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".5552")
  %".5560" = icmp eq i64 %".5559", 58
  br i1 %".5560", label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6", label %"ipv6_opts_d0_ipv6_ext3.select.2"
ipv6_opts_d0_ipv6_ext3.select.2:
  %".5562" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".5552")
  %".5563" = icmp eq i64 %".5562", 0
  br i1 %".5563", label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts", label %"ipv6_opts_d0_ipv6_ext3.select.3"
ipv6_opts_d0_ipv6_ext3.select.3:
  %".5565" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".5552")
  %".5566" = icmp eq i64 %".5565", 60
  br i1 %".5566", label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_opts_d0_ipv6_ext3.select.4"
ipv6_opts_d0_ipv6_ext3.select.4:
  %".5568" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".5552")
  switch i64 %".5568", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls"]
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5599" = trunc i64 %".5551" to i16
  %".5600" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5599", ptr %".5600", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5616" = trunc i64 %".5551" to i16
  %".5617" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5616", ptr %".5617", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5642" = trunc i64 %"cursor.69" to i32
  %".5643" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5642", [40 x i8]* %"header_copy", i32 8)
  %".5644" = icmp eq i64 %".5643", 0
  %".5645" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5646" = load i32, ptr %".5645", align 4
  %".5647" = zext i32 %".5646" to i64
  %"data.233" = inttoptr i64 %".5647" to ptr
  %".5648" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5649" = load i32, ptr %".5648", align 4
  %".5650" = zext i32 %".5649" to i64
  %"data_end.233" = inttoptr i64 %".5650" to ptr
  %".5651" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.233" = load ptr, ptr %".5651", align 8
  %".5652" = xor i1 %".5644", -1
  br i1 %".5652", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5654" = trunc i64 %"cursor.69" to i16
  %".5655" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5654", ptr %".5655", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5658" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5659" = load volatile i8, [40 x i8]* %".5658", align 1
  %".5660" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5661" = load volatile i16, [40 x i8]* %".5660", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5670" = getelementptr i8, ptr %"keys.234", i64 6
  store i8 1, ptr %".5670", align 1
  br i1 %".5668", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5673" = getelementptr i8, ptr %"keys.234", i64 7
  store i8 1, ptr %".5673", align 1
  %".5675" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.86" = load volatile i32, ptr %".5675", align 4
  %".5676" = and i32 %"flags.86", 1
  %".5677" = icmp ne i32 %".5676", 0
  %".5678" = xor i1 %".5677", -1
  br i1 %".5678", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5685" = trunc i64 %".5665" to i16
  %".5686" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5685", ptr %".5686", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5680" = trunc i64 %".5665" to i16
  %".5681" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5680", ptr %".5681", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5708" = trunc i64 %".5665" to i16
  %".5709" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5708", ptr %".5709", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_udp:
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".5715" = trunc i64 %".5665" to i16
  %".5716" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5715", ptr %".5716", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5719" = trunc i64 %".5665" to i16
  %".5720" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5719", ptr %".5720", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5723" = trunc i64 %".5665" to i16
  %".5724" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5723", ptr %".5724", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5727" = trunc i64 %".5665" to i16
  %".5728" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5727", ptr %".5728", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5731" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5731", align 1
  %".5733" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.87" = load volatile i32, ptr %".5733", align 4
  %".5734" = and i32 %"flags.87", 4
  %".5735" = icmp ne i32 %".5734", 0
  br i1 %".5735", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5741" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5741", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5744" = trunc i64 2048 to i16
  %".5745" = call i16 @"llvm.bswap.i16"(i16 %".5744")
  %".5746" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5745", ptr %".5746", align 2
  %".5748" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5748", align 1
  %".5750" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.88" = load volatile i32, ptr %".5750", align 4
  %".5751" = and i32 %"flags.88", 4
  %".5752" = icmp ne i32 %".5751", 0
  br i1 %".5752", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5758" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5758", align 4
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
  %".5767" = trunc i64 34887 to i16
  %".5768" = call i16 @"llvm.bswap.i16"(i16 %".5767")
  %".5769" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5768", ptr %".5769", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.select:
  %".5694" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".5690")
  %".5695" = icmp eq i64 %".5694", 17
  br i1 %".5695", label %"ipv6_frag_d0_ipv6_ext3.to_udp", label %"ipv6_frag_d0_ipv6_ext3.select.1"
ipv6_frag_d0_ipv6_ext3.select.1:
  %".5697" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".5690")
  %".5698" = icmp eq i64 %".5697", 58
  br i1 %".5698", label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6", label %"ipv6_frag_d0_ipv6_ext3.select.2"
ipv6_frag_d0_ipv6_ext3.select.2:
  %".5700" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".5690")
  %".5701" = icmp eq i64 %".5700", 0
  br i1 %".5701", label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts", label %"ipv6_frag_d0_ipv6_ext3.select.3"
ipv6_frag_d0_ipv6_ext3.select.3:
  %".5703" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".5690")
  %".5704" = icmp eq i64 %".5703", 60
  br i1 %".5704", label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_frag_d0_ipv6_ext3.select.4"
ipv6_frag_d0_ipv6_ext3.select.4:
  %".5706" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".5690")
  switch i64 %".5706", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5737" = trunc i64 %".5665" to i16
  %".5738" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5737", ptr %".5738", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5754" = trunc i64 %".5665" to i16
  %".5755" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5754", ptr %".5755", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5779" = trunc i64 %"cursor.70" to i32
  %".5780" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5779", [40 x i8]* %"header_copy", i32 4)
  %".5781" = icmp eq i64 %".5780", 0
  %".5782" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5783" = load i32, ptr %".5782", align 4
  %".5784" = zext i32 %".5783" to i64
  %"data.235" = inttoptr i64 %".5784" to ptr
  %".5785" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5786" = load i32, ptr %".5785", align 4
  %".5787" = zext i32 %".5786" to i64
  %"data_end.235" = inttoptr i64 %".5787" to ptr
  %".5788" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.235" = load ptr, ptr %".5788", align 8
  %".5789" = xor i1 %".5781", -1
  br i1 %".5789", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5791" = trunc i64 %".5772" to i16
  %".5792" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5791", ptr %".5792", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5795" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5796" = load volatile i8, [40 x i8]* %".5795", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5805" = trunc i64 %".5798" to i16
  %".5806" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5805", ptr %".5806", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5813" = getelementptr i8, ptr %"keys.236", i64 8
  store i8 1, ptr %".5813", align 1
  %".5815" = getelementptr i8, ptr %"keys.236", i64 48
  %"flags.89" = load volatile i32, ptr %".5815", align 4
  %".5816" = and i32 %"flags.89", 4
  %".5817" = icmp ne i32 %".5816", 0
  br i1 %".5817", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif", !prof !0
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5823" = getelementptr i8, ptr %"keys.236", i64 12
  store i32 0, ptr %".5823", align 4
  br label %"ip_version_d1"
mpls_d0_mpls_labels4.select:
  br label %"mpls_d0_mpls_labels4.to_ip_version"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5819" = trunc i64 %".5798" to i16
  %".5820" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5819", ptr %".5820", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5833" = trunc i64 %"cursor.71" to i32
  %".5834" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5833", [40 x i8]* %"header_copy", i32 4)
  %".5835" = icmp eq i64 %".5834", 0
  %".5836" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5837" = load i32, ptr %".5836", align 4
  %".5838" = zext i32 %".5837" to i64
  %"data.237" = inttoptr i64 %".5838" to ptr
  %".5839" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5840" = load i32, ptr %".5839", align 4
  %".5841" = zext i32 %".5840" to i64
  %"data_end.237" = inttoptr i64 %".5841" to ptr
  %".5842" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.237" = load ptr, ptr %".5842", align 8
  %".5843" = xor i1 %".5835", -1
  br i1 %".5843", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5845" = trunc i64 %".5826" to i16
  %".5846" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5845", ptr %".5846", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5849" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5850" = load volatile i8, [40 x i8]* %".5849", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5859" = trunc i64 %".5852" to i16
  %".5860" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5859", ptr %".5860", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_ip_version:
  %".5864" = getelementptr i8, ptr %"keys.238", i64 8
  store i8 1, ptr %".5864", align 1
  %".5866" = getelementptr i8, ptr %"keys.238", i64 48
  %"flags.90" = load volatile i32, ptr %".5866", align 4
  %".5867" = and i32 %"flags.90", 4
  %".5868" = icmp ne i32 %".5867", 0
  br i1 %".5868", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif", !prof !0
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5874" = getelementptr i8, ptr %"keys.238", i64 12
  store i32 0, ptr %".5874", align 4
  %".5876" = trunc i64 %".5852" to i16
  %".5877" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5876", ptr %".5877", align 2
  br label %"return"
mpls_d1_mpls_labels3.select:
  br label %"mpls_d1_mpls_labels3.to_ip_version"
mpls_d1_mpls_labels3.stop_at_encap:
  %".5870" = trunc i64 %".5852" to i16
  %".5871" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5870", ptr %".5871", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5886" = trunc i64 %"cursor.72" to i32
  %".5887" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5886", [40 x i8]* %"header_copy", i32 1)
  %".5888" = icmp eq i64 %".5887", 0
  %".5889" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5890" = load i32, ptr %".5889", align 4
  %".5891" = zext i32 %".5890" to i64
  %"data.240" = inttoptr i64 %".5891" to ptr
  %".5892" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5893" = load i32, ptr %".5892", align 4
  %".5894" = zext i32 %".5893" to i64
  %"data_end.240" = inttoptr i64 %".5894" to ptr
  %".5895" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.240" = load ptr, ptr %".5895", align 8
  %".5896" = xor i1 %".5888", -1
  br i1 %".5896", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5898" = trunc i64 %"cursor.72" to i16
  %".5899" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5898", ptr %".5899", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5902" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5903" = load volatile i8, [40 x i8]* %".5902", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5915" = trunc i64 %".5905" to i16
  %".5916" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5915", ptr %".5916", align 2
  br label %"return"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  %".5911" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".5906")
  %".5912" = icmp eq i64 %".5911", 0
  br i1 %".5912", label %"gtpu_next_d1.to_ip_version", label %"gtpu_next_d1.select.1"
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1.select.1:
  br label %"gtpu_next_d1.unknown"
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5905", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.242" = phi  ptr [%"data.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.242" = phi  ptr [%"data_end.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.242" = phi  ptr [%"keys.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.242", i64 %"cursor.78"
  %".6354" = getelementptr i8, ptr %"hdr.69", i64 1
  %".6355" = icmp ugt ptr %".6354", %"data_end.242"
  br i1 %".6355", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".6357" = getelementptr i8, ptr %"hdr.69", i64 0
  %".6358" = load i8, ptr %".6357", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.28" = phi  i8 [%".6358", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".6377", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.252" = phi  ptr [%"data.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.252" = phi  ptr [%"data_end.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.252" = phi  ptr [%"keys.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".6379" = zext i8 %"w0_1.28" to i64
  %".6380" = icmp uge i64 %".6379", 1
  %".6381" = xor i1 %".6380", -1
  br i1 %".6381", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5927" = trunc i64 %"cursor.73" to i32
  %".5928" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5927", [40 x i8]* %"header_copy", i32 4)
  %".5929" = icmp eq i64 %".5928", 0
  %".5930" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5931" = load i32, ptr %".5930", align 4
  %".5932" = zext i32 %".5931" to i64
  %"data.243" = inttoptr i64 %".5932" to ptr
  %".5933" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5934" = load i32, ptr %".5933", align 4
  %".5935" = zext i32 %".5934" to i64
  %"data_end.243" = inttoptr i64 %".5935" to ptr
  %".5936" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.243" = load ptr, ptr %".5936", align 8
  %".5937" = xor i1 %".5929", -1
  br i1 %".5937", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5939" = trunc i64 %"cursor.73" to i16
  %".5940" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5939", ptr %".5940", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5943" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5944" = load volatile i16, [40 x i8]* %".5943", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5956" = and i64 %".5948", 0
  %".5957" = icmp eq i64 %".5956", 0
  br i1 %".5957", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select.2"
ppp_d1.to_ipv6:
  %".5983" = trunc i64 34525 to i16
  %".5984" = call i16 @"llvm.bswap.i16"(i16 %".5983")
  %".5985" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5984", ptr %".5985", align 2
  %".5987" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5987", align 1
  %".5989" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.92" = load volatile i32, ptr %".5989", align 4
  %".5990" = and i32 %"flags.92", 4
  %".5991" = icmp ne i32 %".5990", 0
  br i1 %".5991", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1", !prof !0
ppp_d1.stop_at_encap.endif.1:
  %".5997" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5997", align 4
  %".5999" = trunc i64 %".5946" to i16
  %".6000" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5999", ptr %".6000", align 2
  br label %"return"
ppp_d1.to_ppp_unknown:
  %".6003" = trunc i64 34827 to i16
  %".6004" = call i16 @"llvm.bswap.i16"(i16 %".6003")
  %".6005" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".6004", ptr %".6005", align 2
  %".6007" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".6007", align 1
  %".6009" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.93" = load volatile i32, ptr %".6009", align 4
  %".6010" = and i32 %"flags.93", 4
  %".6011" = icmp ne i32 %".6010", 0
  br i1 %".6011", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2", !prof !0
ppp_d1.stop_at_encap.endif.2:
  %".6017" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".6017", align 4
  %".6019" = trunc i64 %".5946" to i16
  %".6020" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".6019", ptr %".6020", align 2
  br label %"return"
ppp_d1.select:
  %".5952" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.16")
  %".5953" = icmp eq i16 %".5952", 22272
  br i1 %".5953", label %"ppp_d1.to_ipv6", label %"ppp_d1.select.1"
ppp_d1.select.1:
  br label %"ppp_d1.unknown"
ppp_d1.select.2:
  %".5959" = trunc i64 %".5946" to i16
  %".5960" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5959", ptr %".5960", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5973" = trunc i64 %".5946" to i16
  %".5974" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5973", ptr %".5974", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5993" = trunc i64 %".5946" to i16
  %".5994" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5993", ptr %".5994", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".6013" = trunc i64 %".5946" to i16
  %".6014" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".6013", ptr %".6014", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6036" = trunc i64 %"cursor.75" to i32
  %".6037" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".6036", [40 x i8]* %"header_copy", i32 2)
  %".6038" = icmp eq i64 %".6037", 0
  %".6039" = getelementptr i8, ptr %"ctx.79", i64 76
  %".6040" = load i32, ptr %".6039", align 4
  %".6041" = zext i32 %".6040" to i64
  %"data.245" = inttoptr i64 %".6041" to ptr
  %".6042" = getelementptr i8, ptr %"ctx.79", i64 80
  %".6043" = load i32, ptr %".6042", align 4
  %".6044" = zext i32 %".6043" to i64
  %"data_end.245" = inttoptr i64 %".6044" to ptr
  %".6045" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.245" = load ptr, ptr %".6045", align 8
  %".6046" = xor i1 %".6038", -1
  br i1 %".6046", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".6048" = trunc i64 %"cursor.75" to i16
  %".6049" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6048", ptr %".6049", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".6052" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6053" = load volatile i8, [40 x i8]* %".6052", align 1
  %".6054" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".6055" = load volatile i8, [40 x i8]* %".6054", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".6083" = trunc i64 %".6064" to i16
  %".6084" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6083", ptr %".6084", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_udp:
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".6090" = trunc i64 %".6064" to i16
  %".6091" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6090", ptr %".6091", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".6094" = trunc i64 %".6064" to i16
  %".6095" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6094", ptr %".6095", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".6098" = trunc i64 %".6064" to i16
  %".6099" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6098", ptr %".6099", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".6102" = trunc i64 %".6064" to i16
  %".6103" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6102", ptr %".6103", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".6106" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".6106", align 1
  %".6108" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.94" = load volatile i32, ptr %".6108", align 4
  %".6109" = and i32 %"flags.94", 4
  %".6110" = icmp ne i32 %".6109", 0
  br i1 %".6110", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".6116" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".6116", align 4
  %".6118" = trunc i64 %".6064" to i16
  %".6119" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6118", ptr %".6119", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".6122" = trunc i64 2048 to i16
  %".6123" = call i16 @"llvm.bswap.i16"(i16 %".6122")
  %".6124" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".6123", ptr %".6124", align 2
  %".6126" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".6126", align 1
  %".6128" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.95" = load volatile i32, ptr %".6128", align 4
  %".6129" = and i32 %"flags.95", 4
  %".6130" = icmp ne i32 %".6129", 0
  br i1 %".6130", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".6136" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".6136", align 4
  %".6138" = trunc i64 %".6064" to i16
  %".6139" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6138", ptr %".6139", align 2
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
  %".6148" = trunc i64 34887 to i16
  %".6149" = call i16 @"llvm.bswap.i16"(i16 %".6148")
  %".6150" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".6149", ptr %".6150", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.select:
  %".6069" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".6065")
  %".6070" = icmp eq i64 %".6069", 17
  br i1 %".6070", label %"ipv6_opts_d1_ipv6_ext3.to_udp", label %"ipv6_opts_d1_ipv6_ext3.select.1"
ipv6_opts_d1_ipv6_ext3.select.1:
  %".6072" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".6065")
  %".6073" = icmp eq i64 %".6072", 58
  br i1 %".6073", label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6", label %"ipv6_opts_d1_ipv6_ext3.select.2"
ipv6_opts_d1_ipv6_ext3.select.2:
  %".6075" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".6065")
  %".6076" = icmp eq i64 %".6075", 0
  br i1 %".6076", label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts", label %"ipv6_opts_d1_ipv6_ext3.select.3"
ipv6_opts_d1_ipv6_ext3.select.3:
  %".6078" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".6065")
  %".6079" = icmp eq i64 %".6078", 60
  br i1 %".6079", label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_opts_d1_ipv6_ext3.select.4"
ipv6_opts_d1_ipv6_ext3.select.4:
  %".6081" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".6065")
  switch i64 %".6081", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls"]
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".6112" = trunc i64 %".6064" to i16
  %".6113" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6112", ptr %".6113", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".6132" = trunc i64 %".6064" to i16
  %".6133" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6132", ptr %".6133", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6161" = trunc i64 %"cursor.76" to i32
  %".6162" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".6161", [40 x i8]* %"header_copy", i32 8)
  %".6163" = icmp eq i64 %".6162", 0
  %".6164" = getelementptr i8, ptr %"ctx.80", i64 76
  %".6165" = load i32, ptr %".6164", align 4
  %".6166" = zext i32 %".6165" to i64
  %"data.247" = inttoptr i64 %".6166" to ptr
  %".6167" = getelementptr i8, ptr %"ctx.80", i64 80
  %".6168" = load i32, ptr %".6167", align 4
  %".6169" = zext i32 %".6168" to i64
  %"data_end.247" = inttoptr i64 %".6169" to ptr
  %".6170" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.247" = load ptr, ptr %".6170", align 8
  %".6171" = xor i1 %".6163", -1
  br i1 %".6171", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".6173" = trunc i64 %"cursor.76" to i16
  %".6174" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".6173", ptr %".6174", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".6177" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6178" = load volatile i8, [40 x i8]* %".6177", align 1
  %".6179" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6180" = load volatile i16, [40 x i8]* %".6179", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".6189" = getelementptr i8, ptr %"keys.248", i64 6
  store i8 1, ptr %".6189", align 1
  br i1 %".6187", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".6192" = getelementptr i8, ptr %"keys.248", i64 7
  store i8 1, ptr %".6192", align 1
  %".6194" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.96" = load volatile i32, ptr %".6194", align 4
  %".6195" = and i32 %"flags.96", 1
  %".6196" = icmp ne i32 %".6195", 0
  %".6197" = xor i1 %".6196", -1
  br i1 %".6197", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".6204" = trunc i64 %".6184" to i16
  %".6205" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6204", ptr %".6205", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".6199" = trunc i64 %".6184" to i16
  %".6200" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6199", ptr %".6200", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".6227" = trunc i64 %".6184" to i16
  %".6228" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6227", ptr %".6228", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_udp:
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".6234" = trunc i64 %".6184" to i16
  %".6235" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6234", ptr %".6235", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".6238" = trunc i64 %".6184" to i16
  %".6239" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6238", ptr %".6239", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".6242" = trunc i64 %".6184" to i16
  %".6243" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6242", ptr %".6243", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".6246" = trunc i64 %".6184" to i16
  %".6247" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6246", ptr %".6247", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".6250" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".6250", align 1
  %".6252" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.97" = load volatile i32, ptr %".6252", align 4
  %".6253" = and i32 %"flags.97", 4
  %".6254" = icmp ne i32 %".6253", 0
  br i1 %".6254", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".6260" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".6260", align 4
  %".6262" = trunc i64 %".6184" to i16
  %".6263" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6262", ptr %".6263", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".6266" = trunc i64 2048 to i16
  %".6267" = call i16 @"llvm.bswap.i16"(i16 %".6266")
  %".6268" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".6267", ptr %".6268", align 2
  %".6270" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".6270", align 1
  %".6272" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.98" = load volatile i32, ptr %".6272", align 4
  %".6273" = and i32 %"flags.98", 4
  %".6274" = icmp ne i32 %".6273", 0
  br i1 %".6274", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1", !prof !0
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".6280" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".6280", align 4
  %".6282" = trunc i64 %".6184" to i16
  %".6283" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6282", ptr %".6283", align 2
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
  %".6292" = trunc i64 34887 to i16
  %".6293" = call i16 @"llvm.bswap.i16"(i16 %".6292")
  %".6294" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".6293", ptr %".6294", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.select:
  %".6213" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".6209")
  %".6214" = icmp eq i64 %".6213", 17
  br i1 %".6214", label %"ipv6_frag_d1_ipv6_ext3.to_udp", label %"ipv6_frag_d1_ipv6_ext3.select.1"
ipv6_frag_d1_ipv6_ext3.select.1:
  %".6216" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 2, i64 %".6209")
  %".6217" = icmp eq i64 %".6216", 58
  br i1 %".6217", label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6", label %"ipv6_frag_d1_ipv6_ext3.select.2"
ipv6_frag_d1_ipv6_ext3.select.2:
  %".6219" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 3, i64 %".6209")
  %".6220" = icmp eq i64 %".6219", 0
  br i1 %".6220", label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts", label %"ipv6_frag_d1_ipv6_ext3.select.3"
ipv6_frag_d1_ipv6_ext3.select.3:
  %".6222" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 4, i64 %".6209")
  %".6223" = icmp eq i64 %".6222", 60
  br i1 %".6223", label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1", label %"ipv6_frag_d1_ipv6_ext3.select.4"
ipv6_frag_d1_ipv6_ext3.select.4:
  %".6225" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 5, i64 %".6209")
  switch i64 %".6225", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".6256" = trunc i64 %".6184" to i16
  %".6257" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6256", ptr %".6257", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".6276" = trunc i64 %".6184" to i16
  %".6277" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6276", ptr %".6277", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6304" = trunc i64 %"cursor.77" to i32
  %".6305" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".6304", [40 x i8]* %"header_copy", i32 4)
  %".6306" = icmp eq i64 %".6305", 0
  %".6307" = getelementptr i8, ptr %"ctx.81", i64 76
  %".6308" = load i32, ptr %".6307", align 4
  %".6309" = zext i32 %".6308" to i64
  %"data.249" = inttoptr i64 %".6309" to ptr
  %".6310" = getelementptr i8, ptr %"ctx.81", i64 80
  %".6311" = load i32, ptr %".6310", align 4
  %".6312" = zext i32 %".6311" to i64
  %"data_end.249" = inttoptr i64 %".6312" to ptr
  %".6313" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.249" = load ptr, ptr %".6313", align 8
  %".6314" = xor i1 %".6306", -1
  br i1 %".6314", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".6316" = trunc i64 %".6297" to i16
  %".6317" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".6316", ptr %".6317", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".6320" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6321" = load volatile i8, [40 x i8]* %".6320", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".6330" = trunc i64 %".6323" to i16
  %".6331" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6330", ptr %".6331", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".6338" = getelementptr i8, ptr %"keys.250", i64 8
  store i8 1, ptr %".6338", align 1
  %".6340" = getelementptr i8, ptr %"keys.250", i64 48
  %"flags.99" = load volatile i32, ptr %".6340", align 4
  %".6341" = and i32 %"flags.99", 4
  %".6342" = icmp ne i32 %".6341", 0
  br i1 %".6342", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif", !prof !0
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".6348" = getelementptr i8, ptr %"keys.250", i64 12
  store i32 0, ptr %".6348", align 4
  %".6350" = trunc i64 %".6323" to i16
  %".6351" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6350", ptr %".6351", align 2
  br label %"return"
mpls_d1_mpls_labels4.select:
  br label %"mpls_d1_mpls_labels4.to_ip_version"
mpls_d1_mpls_labels4.stop_at_encap:
  %".6344" = trunc i64 %".6323" to i16
  %".6345" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6344", ptr %".6345", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6360" = trunc i64 %"cursor.78" to i32
  %".6361" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".6360", [40 x i8]* %"header_copy", i32 1)
  %".6362" = icmp eq i64 %".6361", 0
  %".6363" = getelementptr i8, ptr %"ctx.82", i64 76
  %".6364" = load i32, ptr %".6363", align 4
  %".6365" = zext i32 %".6364" to i64
  %"data.251" = inttoptr i64 %".6365" to ptr
  %".6366" = getelementptr i8, ptr %"ctx.82", i64 80
  %".6367" = load i32, ptr %".6366", align 4
  %".6368" = zext i32 %".6367" to i64
  %"data_end.251" = inttoptr i64 %".6368" to ptr
  %".6369" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.251" = load ptr, ptr %".6369", align 8
  %".6370" = xor i1 %".6362", -1
  br i1 %".6370", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".6372" = trunc i64 %"cursor.78" to i16
  %".6373" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".6372", ptr %".6373", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".6376" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6377" = load volatile i8, [40 x i8]* %".6376", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".6383" = trunc i64 %"cursor.78" to i16
  %".6384" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6383", ptr %".6384", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".6387" = add i64 %"cursor.78", 1
  %".6388" = zext i8 %"w0_1.28" to i64
  %".6389" = mul i64 %".6388", 4
  %".6390" = sub i64 %".6389", 2
  %".6391" = add i64 %".6390", 1
  %".6392" = getelementptr i8, ptr %"data.252", i64 %"cursor.78"
  %".6393" = getelementptr i8, ptr %".6392", i64 %".6391"
  %".6394" = icmp ugt ptr %".6393", %"data_end.252"
  br i1 %".6394", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.254" = phi  ptr [%"data.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.254" = phi  ptr [%"data_end.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.254" = phi  ptr [%"keys.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %".6415" = add i64 %"cursor.78", %".6391"
  br label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%".6415", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.255" = phi  ptr [%"data.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.255" = phi  ptr [%"data_end.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.255" = phi  ptr [%"keys.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.255", i64 %"cursor.79"
  %".6422" = getelementptr i8, ptr %"hdr.70", i64 1
  %".6423" = icmp ugt ptr %".6422", %"data_end.255"
  br i1 %".6423", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".6425" = getelementptr i8, ptr %"hdr.70", i64 0
  %".6426" = load i8, ptr %".6425", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.29" = phi  i8 [%".6426", %"gtpu_next_d1_gtpu_ext1.linear"], [%".6445", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.257" = phi  ptr [%"data.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.257" = phi  ptr [%"data_end.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.257" = phi  ptr [%"keys.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".6447" = add i64 %"cursor.79", 1
  %".6448" = zext i8 %"w0_1.29" to i64
  %".6449" = icmp uge i64 %".6448", 1
  %".6450" = icmp ule i64 %".6448", 255
  %".6451" = and i1 %".6449", %".6450"
  br i1 %".6451", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".6396" = add i64 %"cursor.78", %".6391"
  %".6397" = sub i64 %".6396", 1
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6398" = trunc i64 %".6397" to i32
  %".6399" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".6398", i64* %"last_byte", i32 1)
  %".6400" = icmp eq i64 %".6399", 0
  %".6401" = getelementptr i8, ptr %"ctx.83", i64 76
  %".6402" = load i32, ptr %".6401", align 4
  %".6403" = zext i32 %".6402" to i64
  %"data.253" = inttoptr i64 %".6403" to ptr
  %".6404" = getelementptr i8, ptr %"ctx.83", i64 80
  %".6405" = load i32, ptr %".6404", align 4
  %".6406" = zext i32 %".6405" to i64
  %"data_end.253" = inttoptr i64 %".6406" to ptr
  %".6407" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.253" = load ptr, ptr %".6407", align 8
  %".6408" = xor i1 %".6400", -1
  br i1 %".6408", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".6410" = trunc i64 %"cursor.78" to i16
  %".6411" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".6410", ptr %".6411", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".6417" = trunc i64 %".6415" to i16
  %".6418" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".6417", ptr %".6418", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6428" = trunc i64 %"cursor.79" to i32
  %".6429" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".6428", [40 x i8]* %"header_copy", i32 1)
  %".6430" = icmp eq i64 %".6429", 0
  %".6431" = getelementptr i8, ptr %"ctx.84", i64 76
  %".6432" = load i32, ptr %".6431", align 4
  %".6433" = zext i32 %".6432" to i64
  %"data.256" = inttoptr i64 %".6433" to ptr
  %".6434" = getelementptr i8, ptr %"ctx.84", i64 80
  %".6435" = load i32, ptr %".6434", align 4
  %".6436" = zext i32 %".6435" to i64
  %"data_end.256" = inttoptr i64 %".6436" to ptr
  %".6437" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.256" = load ptr, ptr %".6437", align 8
  %".6438" = xor i1 %".6430", -1
  br i1 %".6438", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".6440" = trunc i64 %"cursor.79" to i16
  %".6441" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6440", ptr %".6441", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".6444" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6445" = load volatile i8, [40 x i8]* %".6444", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".6457" = trunc i64 %".6447" to i16
  %".6458" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".6457", ptr %".6458", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  %".6453" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6448")
  %".6454" = icmp eq i64 %".6453", 0
  br i1 %".6454", label %"gtpu_next_d1_gtpu_ext1.to_ip_version", label %"gtpu_next_d1_gtpu_ext1.select.1"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.select.1:
  br label %"gtpu_next_d1_gtpu_ext1.unknown"
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".6447", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.258" = phi  ptr [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.258" = phi  ptr [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.258" = phi  ptr [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.258", i64 %"cursor.80"
  %".6463" = getelementptr i8, ptr %"hdr.71", i64 1
  %".6464" = icmp ugt ptr %".6463", %"data_end.258"
  br i1 %".6464", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".6466" = getelementptr i8, ptr %"hdr.71", i64 0
  %".6467" = load i8, ptr %".6466", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.30" = phi  i8 [%".6467", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".6486", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.260" = phi  ptr [%"data.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.260" = phi  ptr [%"data_end.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.260" = phi  ptr [%"keys.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".6488" = zext i8 %"w0_1.30" to i64
  %".6489" = icmp uge i64 %".6488", 1
  %".6490" = xor i1 %".6489", -1
  br i1 %".6490", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6469" = trunc i64 %"cursor.80" to i32
  %".6470" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".6469", [40 x i8]* %"header_copy", i32 1)
  %".6471" = icmp eq i64 %".6470", 0
  %".6472" = getelementptr i8, ptr %"ctx.85", i64 76
  %".6473" = load i32, ptr %".6472", align 4
  %".6474" = zext i32 %".6473" to i64
  %"data.259" = inttoptr i64 %".6474" to ptr
  %".6475" = getelementptr i8, ptr %"ctx.85", i64 80
  %".6476" = load i32, ptr %".6475", align 4
  %".6477" = zext i32 %".6476" to i64
  %"data_end.259" = inttoptr i64 %".6477" to ptr
  %".6478" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.259" = load ptr, ptr %".6478", align 8
  %".6479" = xor i1 %".6471", -1
  br i1 %".6479", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".6481" = trunc i64 %"cursor.80" to i16
  %".6482" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".6481", ptr %".6482", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".6485" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6486" = load volatile i8, [40 x i8]* %".6485", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".6492" = trunc i64 %"cursor.80" to i16
  %".6493" = getelementptr i8, ptr %"keys.260", i64 2
  store i16 %".6492", ptr %".6493", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".6496" = add i64 %"cursor.80", 1
  %".6497" = zext i8 %"w0_1.30" to i64
  %".6498" = mul i64 %".6497", 4
  %".6499" = sub i64 %".6498", 2
  %".6500" = add i64 %".6499", 1
  %".6501" = getelementptr i8, ptr %"data.260", i64 %"cursor.80"
  %".6502" = getelementptr i8, ptr %".6501", i64 %".6500"
  %".6503" = icmp ugt ptr %".6502", %"data_end.260"
  br i1 %".6503", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.262" = phi  ptr [%"data.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.262" = phi  ptr [%"data_end.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.262" = phi  ptr [%"keys.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %".6524" = add i64 %"cursor.80", %".6500"
  br label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%".6524", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.263" = phi  ptr [%"data.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.263" = phi  ptr [%"data_end.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.263" = phi  ptr [%"keys.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.263", i64 %"cursor.81"
  %".6531" = getelementptr i8, ptr %"hdr.72", i64 1
  %".6532" = icmp ugt ptr %".6531", %"data_end.263"
  br i1 %".6532", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".6534" = getelementptr i8, ptr %"hdr.72", i64 0
  %".6535" = load i8, ptr %".6534", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.31" = phi  i8 [%".6535", %"gtpu_next_d1_gtpu_ext2.linear"], [%".6554", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.265" = phi  ptr [%"data.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.265" = phi  ptr [%"data_end.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.265" = phi  ptr [%"keys.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".6556" = add i64 %"cursor.81", 1
  %".6557" = zext i8 %"w0_1.31" to i64
  %".6558" = icmp uge i64 %".6557", 1
  %".6559" = icmp ule i64 %".6557", 255
  %".6560" = and i1 %".6558", %".6559"
  br i1 %".6560", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".6505" = add i64 %"cursor.80", %".6500"
  %".6506" = sub i64 %".6505", 1
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6507" = trunc i64 %".6506" to i32
  %".6508" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".6507", i64* %"last_byte", i32 1)
  %".6509" = icmp eq i64 %".6508", 0
  %".6510" = getelementptr i8, ptr %"ctx.86", i64 76
  %".6511" = load i32, ptr %".6510", align 4
  %".6512" = zext i32 %".6511" to i64
  %"data.261" = inttoptr i64 %".6512" to ptr
  %".6513" = getelementptr i8, ptr %"ctx.86", i64 80
  %".6514" = load i32, ptr %".6513", align 4
  %".6515" = zext i32 %".6514" to i64
  %"data_end.261" = inttoptr i64 %".6515" to ptr
  %".6516" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.261" = load ptr, ptr %".6516", align 8
  %".6517" = xor i1 %".6509", -1
  br i1 %".6517", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".6519" = trunc i64 %"cursor.80" to i16
  %".6520" = getelementptr i8, ptr %"keys.261", i64 2
  store i16 %".6519", ptr %".6520", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".6526" = trunc i64 %".6524" to i16
  %".6527" = getelementptr i8, ptr %"keys.262", i64 2
  store i16 %".6526", ptr %".6527", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6537" = trunc i64 %"cursor.81" to i32
  %".6538" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".6537", [40 x i8]* %"header_copy", i32 1)
  %".6539" = icmp eq i64 %".6538", 0
  %".6540" = getelementptr i8, ptr %"ctx.87", i64 76
  %".6541" = load i32, ptr %".6540", align 4
  %".6542" = zext i32 %".6541" to i64
  %"data.264" = inttoptr i64 %".6542" to ptr
  %".6543" = getelementptr i8, ptr %"ctx.87", i64 80
  %".6544" = load i32, ptr %".6543", align 4
  %".6545" = zext i32 %".6544" to i64
  %"data_end.264" = inttoptr i64 %".6545" to ptr
  %".6546" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.264" = load ptr, ptr %".6546", align 8
  %".6547" = xor i1 %".6539", -1
  br i1 %".6547", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".6549" = trunc i64 %"cursor.81" to i16
  %".6550" = getelementptr i8, ptr %"keys.264", i64 2
  store i16 %".6549", ptr %".6550", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".6553" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6554" = load volatile i8, [40 x i8]* %".6553", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6566" = trunc i64 %".6556" to i16
  %".6567" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".6566", ptr %".6567", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6571" = trunc i64 %".6556" to i16
  %".6572" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".6571", ptr %".6572", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  %".6562" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".6557")
  %".6563" = icmp eq i64 %".6562", 0
  br i1 %".6563", label %"gtpu_next_d1_gtpu_ext2.to_ip_version", label %"gtpu_next_d1_gtpu_ext2.select.1"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.select.1:
  br label %"gtpu_next_d1_gtpu_ext2.unknown"
widening.test:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6577" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6578" = load i32, ptr %".6577", align 4
  %".6579" = zext i32 %".6578" to i64
  %"data.266" = inttoptr i64 %".6579" to ptr
  %".6580" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6581" = load i32, ptr %".6580", align 4
  %".6582" = zext i32 %".6581" to i64
  %"data_end.266" = inttoptr i64 %".6582" to ptr
  %".6583" = getelementptr i8, ptr %"keys", i64 0
  %".6584" = load volatile i16, ptr %".6583", align 2
  %".6585" = zext i16 %".6584" to i64
  %".6586" = icmp ugt i64 %".6585", 261
  br i1 %".6586", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6588" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6589" = load i32, ptr %".6588", align 4
  %".6590" = zext i32 %".6589" to i64
  %"data.267" = inttoptr i64 %".6590" to ptr
  %".6591" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6592" = load i32, ptr %".6591", align 4
  %".6593" = zext i32 %".6592" to i64
  %"data_end.267" = inttoptr i64 %".6593" to ptr
  %".6594" = getelementptr i8, ptr %"keys", i64 0
  %".6595" = load volatile i16, ptr %".6594", align 2
  %".6596" = zext i16 %".6595" to i64
  %".6597" = icmp ugt i64 %".6596", 261
  br i1 %".6597", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6599" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6600" = load i32, ptr %".6599", align 4
  %".6601" = zext i32 %".6600" to i64
  %"data.268" = inttoptr i64 %".6601" to ptr
  %".6602" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6603" = load i32, ptr %".6602", align 4
  %".6604" = zext i32 %".6603" to i64
  %"data_end.268" = inttoptr i64 %".6604" to ptr
  %".6605" = getelementptr i8, ptr %"keys", i64 0
  %".6606" = load volatile i16, ptr %".6605", align 2
  %".6607" = zext i16 %".6606" to i64
  %".6608" = icmp ugt i64 %".6607", 267
  br i1 %".6608", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6610" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6611" = load i32, ptr %".6610", align 4
  %".6612" = zext i32 %".6611" to i64
  %"data.269" = inttoptr i64 %".6612" to ptr
  %".6613" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6614" = load i32, ptr %".6613", align 4
  %".6615" = zext i32 %".6614" to i64
  %"data_end.269" = inttoptr i64 %".6615" to ptr
  %".6616" = getelementptr i8, ptr %"keys", i64 0
  %".6617" = load volatile i16, ptr %".6616", align 2
  %".6618" = zext i16 %".6617" to i64
  %".6619" = icmp ugt i64 %".6618", 267
  br i1 %".6619", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6621" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6622" = load i32, ptr %".6621", align 4
  %".6623" = zext i32 %".6622" to i64
  %"data.270" = inttoptr i64 %".6623" to ptr
  %".6624" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6625" = load i32, ptr %".6624", align 4
  %".6626" = zext i32 %".6625" to i64
  %"data_end.270" = inttoptr i64 %".6626" to ptr
  %".6627" = getelementptr i8, ptr %"keys", i64 0
  %".6628" = load volatile i16, ptr %".6627", align 2
  %".6629" = zext i16 %".6628" to i64
  %".6630" = icmp ugt i64 %".6629", 275
  br i1 %".6630", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6632" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6633" = load i32, ptr %".6632", align 4
  %".6634" = zext i32 %".6633" to i64
  %"data.271" = inttoptr i64 %".6634" to ptr
  %".6635" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6636" = load i32, ptr %".6635", align 4
  %".6637" = zext i32 %".6636" to i64
  %"data_end.271" = inttoptr i64 %".6637" to ptr
  %".6638" = getelementptr i8, ptr %"keys", i64 0
  %".6639" = load volatile i16, ptr %".6638", align 2
  %".6640" = zext i16 %".6639" to i64
  %".6641" = icmp ugt i64 %".6640", 2363
  br i1 %".6641", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6643" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6644" = load i32, ptr %".6643", align 4
  %".6645" = zext i32 %".6644" to i64
  %"data.272" = inttoptr i64 %".6645" to ptr
  %".6646" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6647" = load i32, ptr %".6646", align 4
  %".6648" = zext i32 %".6647" to i64
  %"data_end.272" = inttoptr i64 %".6648" to ptr
  %".6649" = getelementptr i8, ptr %"keys", i64 0
  %".6650" = load volatile i16, ptr %".6649", align 2
  %".6651" = zext i16 %".6650" to i64
  %".6652" = icmp ugt i64 %".6651", 2363
  br i1 %".6652", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6654" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6655" = load i32, ptr %".6654", align 4
  %".6656" = zext i32 %".6655" to i64
  %"data.273" = inttoptr i64 %".6656" to ptr
  %".6657" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6658" = load i32, ptr %".6657", align 4
  %".6659" = zext i32 %".6658" to i64
  %"data_end.273" = inttoptr i64 %".6659" to ptr
  %".6660" = getelementptr i8, ptr %"keys", i64 0
  %".6661" = load volatile i16, ptr %".6660", align 2
  %".6662" = zext i16 %".6661" to i64
  %".6663" = icmp ugt i64 %".6662", 4411
  br i1 %".6663", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6665" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6666" = load i32, ptr %".6665", align 4
  %".6667" = zext i32 %".6666" to i64
  %"data.274" = inttoptr i64 %".6667" to ptr
  %".6668" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6669" = load i32, ptr %".6668", align 4
  %".6670" = zext i32 %".6669" to i64
  %"data_end.274" = inttoptr i64 %".6670" to ptr
  %".6671" = getelementptr i8, ptr %"keys", i64 0
  %".6672" = load volatile i16, ptr %".6671", align 2
  %".6673" = zext i16 %".6672" to i64
  %".6674" = icmp ugt i64 %".6673", 4411
  br i1 %".6674", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6676" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6677" = load i32, ptr %".6676", align 4
  %".6678" = zext i32 %".6677" to i64
  %"data.275" = inttoptr i64 %".6678" to ptr
  %".6679" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6680" = load i32, ptr %".6679", align 4
  %".6681" = zext i32 %".6680" to i64
  %"data_end.275" = inttoptr i64 %".6681" to ptr
  %".6682" = getelementptr i8, ptr %"keys", i64 0
  %".6683" = load volatile i16, ptr %".6682", align 2
  %".6684" = zext i16 %".6683" to i64
  %".6685" = icmp ugt i64 %".6684", 275
  br i1 %".6685", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6687" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6688" = load i32, ptr %".6687", align 4
  %".6689" = zext i32 %".6688" to i64
  %"data.276" = inttoptr i64 %".6689" to ptr
  %".6690" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6691" = load i32, ptr %".6690", align 4
  %".6692" = zext i32 %".6691" to i64
  %"data_end.276" = inttoptr i64 %".6692" to ptr
  %".6693" = getelementptr i8, ptr %"keys", i64 0
  %".6694" = load volatile i16, ptr %".6693", align 2
  %".6695" = zext i16 %".6694" to i64
  %".6696" = icmp ugt i64 %".6695", 6459
  br i1 %".6696", label %"widening.test.11", label %"mpls_d0_mpls_labels1"
widening.test.11:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6698" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6699" = load i32, ptr %".6698", align 4
  %".6700" = zext i32 %".6699" to i64
  %"data.277" = inttoptr i64 %".6700" to ptr
  %".6701" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6702" = load i32, ptr %".6701", align 4
  %".6703" = zext i32 %".6702" to i64
  %"data_end.277" = inttoptr i64 %".6703" to ptr
  %".6704" = getelementptr i8, ptr %"keys", i64 0
  %".6705" = load volatile i16, ptr %".6704", align 2
  %".6706" = zext i16 %".6705" to i64
  %".6707" = icmp ugt i64 %".6706", 6459
  br i1 %".6707", label %"widening.test.12", label %"gre_version_d0"
widening.test.12:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6709" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6710" = load i32, ptr %".6709", align 4
  %".6711" = zext i32 %".6710" to i64
  %"data.278" = inttoptr i64 %".6711" to ptr
  %".6712" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6713" = load i32, ptr %".6712", align 4
  %".6714" = zext i32 %".6713" to i64
  %"data_end.278" = inttoptr i64 %".6714" to ptr
  %".6715" = getelementptr i8, ptr %"keys", i64 0
  %".6716" = load volatile i16, ptr %".6715", align 2
  %".6717" = zext i16 %".6716" to i64
  %".6718" = icmp ugt i64 %".6717", 6459
  br i1 %".6718", label %"widening.test.13", label %"udp_d0"
widening.test.13:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6720" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6721" = load i32, ptr %".6720", align 4
  %".6722" = zext i32 %".6721" to i64
  %"data.279" = inttoptr i64 %".6722" to ptr
  %".6723" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6724" = load i32, ptr %".6723", align 4
  %".6725" = zext i32 %".6724" to i64
  %"data_end.279" = inttoptr i64 %".6725" to ptr
  %".6726" = getelementptr i8, ptr %"keys", i64 0
  %".6727" = load volatile i16, ptr %".6726", align 2
  %".6728" = zext i16 %".6727" to i64
  %".6729" = icmp ugt i64 %".6728", 8519
  br i1 %".6729", label %"widening.test.14", label %"ip_version_d1"
widening.test.14:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6731" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6732" = load i32, ptr %".6731", align 4
  %".6733" = zext i32 %".6732" to i64
  %"data.280" = inttoptr i64 %".6733" to ptr
  %".6734" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6735" = load i32, ptr %".6734", align 4
  %".6736" = zext i32 %".6735" to i64
  %"data_end.280" = inttoptr i64 %".6736" to ptr
  %".6737" = getelementptr i8, ptr %"keys", i64 0
  %".6738" = load volatile i16, ptr %".6737", align 2
  %".6739" = zext i16 %".6738" to i64
  %".6740" = icmp ugt i64 %".6739", 6727
  br i1 %".6740", label %"widening.test.15", label %"ethernet_d1"
widening.test.15:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6742" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6743" = load i32, ptr %".6742", align 4
  %".6744" = zext i32 %".6743" to i64
  %"data.281" = inttoptr i64 %".6744" to ptr
  %".6745" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6746" = load i32, ptr %".6745", align 4
  %".6747" = zext i32 %".6746" to i64
  %"data_end.281" = inttoptr i64 %".6747" to ptr
  %".6748" = getelementptr i8, ptr %"keys", i64 0
  %".6749" = load volatile i16, ptr %".6748", align 2
  %".6750" = zext i16 %".6749" to i64
  %".6751" = icmp ugt i64 %".6750", 6741
  br i1 %".6751", label %"widening.test.16", label %"hsr_d1_vlan_tags1"
widening.test.16:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6753" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6754" = load i32, ptr %".6753", align 4
  %".6755" = zext i32 %".6754" to i64
  %"data.282" = inttoptr i64 %".6755" to ptr
  %".6756" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6757" = load i32, ptr %".6756", align 4
  %".6758" = zext i32 %".6757" to i64
  %"data_end.282" = inttoptr i64 %".6758" to ptr
  %".6759" = getelementptr i8, ptr %"keys", i64 0
  %".6760" = load volatile i16, ptr %".6759", align 2
  %".6761" = zext i16 %".6760" to i64
  %".6762" = icmp ugt i64 %".6761", 6741
  br i1 %".6762", label %"widening.test.17", label %"vlan_d1_vlan_tags1"
widening.test.17:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6764" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6765" = load i32, ptr %".6764", align 4
  %".6766" = zext i32 %".6765" to i64
  %"data.283" = inttoptr i64 %".6766" to ptr
  %".6767" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6768" = load i32, ptr %".6767", align 4
  %".6769" = zext i32 %".6768" to i64
  %"data_end.283" = inttoptr i64 %".6769" to ptr
  %".6770" = getelementptr i8, ptr %"keys", i64 0
  %".6771" = load volatile i16, ptr %".6770", align 2
  %".6772" = zext i16 %".6771" to i64
  %".6773" = icmp ugt i64 %".6772", 6747
  br i1 %".6773", label %"widening.test.18", label %"hsr_d1_vlan_tags2"
widening.test.18:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6775" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6776" = load i32, ptr %".6775", align 4
  %".6777" = zext i32 %".6776" to i64
  %"data.284" = inttoptr i64 %".6777" to ptr
  %".6778" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6779" = load i32, ptr %".6778", align 4
  %".6780" = zext i32 %".6779" to i64
  %"data_end.284" = inttoptr i64 %".6780" to ptr
  %".6781" = getelementptr i8, ptr %"keys", i64 0
  %".6782" = load volatile i16, ptr %".6781", align 2
  %".6783" = zext i16 %".6782" to i64
  %".6784" = icmp ugt i64 %".6783", 6747
  br i1 %".6784", label %"widening.test.19", label %"vlan_d1_vlan_tags2"
widening.test.19:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6786" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6787" = load i32, ptr %".6786", align 4
  %".6788" = zext i32 %".6787" to i64
  %"data.285" = inttoptr i64 %".6788" to ptr
  %".6789" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6790" = load i32, ptr %".6789", align 4
  %".6791" = zext i32 %".6790" to i64
  %"data_end.285" = inttoptr i64 %".6791" to ptr
  %".6792" = getelementptr i8, ptr %"keys", i64 0
  %".6793" = load volatile i16, ptr %".6792", align 2
  %".6794" = zext i16 %".6793" to i64
  %".6795" = icmp ugt i64 %".6794", 6753
  br i1 %".6795", label %"widening.test.20", label %"batadv_d1"
widening.test.20:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6797" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6798" = load i32, ptr %".6797", align 4
  %".6799" = zext i32 %".6798" to i64
  %"data.286" = inttoptr i64 %".6799" to ptr
  %".6800" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6801" = load i32, ptr %".6800", align 4
  %".6802" = zext i32 %".6801" to i64
  %"data_end.286" = inttoptr i64 %".6802" to ptr
  %".6803" = getelementptr i8, ptr %"keys", i64 0
  %".6804" = load volatile i16, ptr %".6803", align 2
  %".6805" = zext i16 %".6804" to i64
  %".6806" = icmp ugt i64 %".6805", 6753
  br i1 %".6806", label %"widening.test.21", label %"fcoe"
widening.test.21:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6808" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6809" = load i32, ptr %".6808", align 4
  %".6810" = zext i32 %".6809" to i64
  %"data.287" = inttoptr i64 %".6810" to ptr
  %".6811" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6812" = load i32, ptr %".6811", align 4
  %".6813" = zext i32 %".6812" to i64
  %"data_end.287" = inttoptr i64 %".6813" to ptr
  %".6814" = getelementptr i8, ptr %"keys", i64 0
  %".6815" = load volatile i16, ptr %".6814", align 2
  %".6816" = zext i16 %".6815" to i64
  %".6817" = icmp ugt i64 %".6816", 6753
  br i1 %".6817", label %"widening.test.22", label %"tipc"
widening.test.22:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6819" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6820" = load i32, ptr %".6819", align 4
  %".6821" = zext i32 %".6820" to i64
  %"data.288" = inttoptr i64 %".6821" to ptr
  %".6822" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6823" = load i32, ptr %".6822", align 4
  %".6824" = zext i32 %".6823" to i64
  %"data_end.288" = inttoptr i64 %".6824" to ptr
  %".6825" = getelementptr i8, ptr %"keys", i64 0
  %".6826" = load volatile i16, ptr %".6825", align 2
  %".6827" = zext i16 %".6826" to i64
  %".6828" = icmp ugt i64 %".6827", 6753
  br i1 %".6828", label %"widening.test.23", label %"cfm"
widening.test.23:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6830" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6831" = load i32, ptr %".6830", align 4
  %".6832" = zext i32 %".6831" to i64
  %"data.289" = inttoptr i64 %".6832" to ptr
  %".6833" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6834" = load i32, ptr %".6833", align 4
  %".6835" = zext i32 %".6834" to i64
  %"data_end.289" = inttoptr i64 %".6835" to ptr
  %".6836" = getelementptr i8, ptr %"keys", i64 0
  %".6837" = load volatile i16, ptr %".6836", align 2
  %".6838" = zext i16 %".6837" to i64
  %".6839" = icmp ugt i64 %".6838", 6753
  br i1 %".6839", label %"widening.test.24", label %"ptp"
widening.test.24:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6841" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6842" = load i32, ptr %".6841", align 4
  %".6843" = zext i32 %".6842" to i64
  %"data.290" = inttoptr i64 %".6843" to ptr
  %".6844" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6845" = load i32, ptr %".6844", align 4
  %".6846" = zext i32 %".6845" to i64
  %"data_end.290" = inttoptr i64 %".6846" to ptr
  %".6847" = getelementptr i8, ptr %"keys", i64 0
  %".6848" = load volatile i16, ptr %".6847", align 2
  %".6849" = zext i16 %".6848" to i64
  %".6850" = icmp ugt i64 %".6849", 6753
  br i1 %".6850", label %"widening.test.25", label %"arp"
widening.test.25:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6852" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6853" = load i32, ptr %".6852", align 4
  %".6854" = zext i32 %".6853" to i64
  %"data.291" = inttoptr i64 %".6854" to ptr
  %".6855" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6856" = load i32, ptr %".6855", align 4
  %".6857" = zext i32 %".6856" to i64
  %"data_end.291" = inttoptr i64 %".6857" to ptr
  %".6858" = getelementptr i8, ptr %"keys", i64 0
  %".6859" = load volatile i16, ptr %".6858", align 2
  %".6860" = zext i16 %".6859" to i64
  %".6861" = icmp ugt i64 %".6860", 6753
  br i1 %".6861", label %"widening.test.26", label %"pppoe_d1"
widening.test.26:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6863" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6864" = load i32, ptr %".6863", align 4
  %".6865" = zext i32 %".6864" to i64
  %"data.292" = inttoptr i64 %".6865" to ptr
  %".6866" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6867" = load i32, ptr %".6866", align 4
  %".6868" = zext i32 %".6867" to i64
  %"data_end.292" = inttoptr i64 %".6868" to ptr
  %".6869" = getelementptr i8, ptr %"keys", i64 0
  %".6870" = load volatile i16, ptr %".6869", align 2
  %".6871" = zext i16 %".6870" to i64
  %".6872" = icmp ugt i64 %".6871", 8519
  br i1 %".6872", label %"widening.test.27", label %"ipv6_d1"
widening.test.27:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6874" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6875" = load i32, ptr %".6874", align 4
  %".6876" = zext i32 %".6875" to i64
  %"data.293" = inttoptr i64 %".6876" to ptr
  %".6877" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6878" = load i32, ptr %".6877", align 4
  %".6879" = zext i32 %".6878" to i64
  %"data_end.293" = inttoptr i64 %".6879" to ptr
  %".6880" = getelementptr i8, ptr %"keys", i64 0
  %".6881" = load volatile i16, ptr %".6880", align 2
  %".6882" = zext i16 %".6881" to i64
  %".6883" = icmp ugt i64 %".6882", 10607
  br i1 %".6883", label %"widening.test.28", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.28:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6885" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6886" = load i32, ptr %".6885", align 4
  %".6887" = zext i32 %".6886" to i64
  %"data.294" = inttoptr i64 %".6887" to ptr
  %".6888" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6889" = load i32, ptr %".6888", align 4
  %".6890" = zext i32 %".6889" to i64
  %"data_end.294" = inttoptr i64 %".6890" to ptr
  %".6891" = getelementptr i8, ptr %"keys", i64 0
  %".6892" = load volatile i16, ptr %".6891", align 2
  %".6893" = zext i16 %".6892" to i64
  %".6894" = icmp ugt i64 %".6893", 10607
  br i1 %".6894", label %"widening.test.29", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.29:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6896" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6897" = load i32, ptr %".6896", align 4
  %".6898" = zext i32 %".6897" to i64
  %"data.295" = inttoptr i64 %".6898" to ptr
  %".6899" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6900" = load i32, ptr %".6899", align 4
  %".6901" = zext i32 %".6900" to i64
  %"data_end.295" = inttoptr i64 %".6901" to ptr
  %".6902" = getelementptr i8, ptr %"keys", i64 0
  %".6903" = load volatile i16, ptr %".6902", align 2
  %".6904" = zext i16 %".6903" to i64
  %".6905" = icmp ugt i64 %".6904", 12655
  br i1 %".6905", label %"widening.test.30", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.30:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6907" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6908" = load i32, ptr %".6907", align 4
  %".6909" = zext i32 %".6908" to i64
  %"data.296" = inttoptr i64 %".6909" to ptr
  %".6910" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6911" = load i32, ptr %".6910", align 4
  %".6912" = zext i32 %".6911" to i64
  %"data_end.296" = inttoptr i64 %".6912" to ptr
  %".6913" = getelementptr i8, ptr %"keys", i64 0
  %".6914" = load volatile i16, ptr %".6913", align 2
  %".6915" = zext i16 %".6914" to i64
  %".6916" = icmp ugt i64 %".6915", 12655
  br i1 %".6916", label %"widening.test.31", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.31:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6918" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6919" = load i32, ptr %".6918", align 4
  %".6920" = zext i32 %".6919" to i64
  %"data.297" = inttoptr i64 %".6920" to ptr
  %".6921" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6922" = load i32, ptr %".6921", align 4
  %".6923" = zext i32 %".6922" to i64
  %"data_end.297" = inttoptr i64 %".6923" to ptr
  %".6924" = getelementptr i8, ptr %"keys", i64 0
  %".6925" = load volatile i16, ptr %".6924", align 2
  %".6926" = zext i16 %".6925" to i64
  %".6927" = icmp ugt i64 %".6926", 14703
  br i1 %".6927", label %"widening.test.32", label %"icmpv6"
widening.test.32:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6929" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6930" = load i32, ptr %".6929", align 4
  %".6931" = zext i32 %".6930" to i64
  %"data.298" = inttoptr i64 %".6931" to ptr
  %".6932" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6933" = load i32, ptr %".6932", align 4
  %".6934" = zext i32 %".6933" to i64
  %"data_end.298" = inttoptr i64 %".6934" to ptr
  %".6935" = getelementptr i8, ptr %"keys", i64 0
  %".6936" = load volatile i16, ptr %".6935", align 2
  %".6937" = zext i16 %".6936" to i64
  %".6938" = icmp ugt i64 %".6937", 8519
  br i1 %".6938", label %"widening.test.33", label %"ipv4_d1"
widening.test.33:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6940" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6941" = load i32, ptr %".6940", align 4
  %".6942" = zext i32 %".6941" to i64
  %"data.299" = inttoptr i64 %".6942" to ptr
  %".6943" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6944" = load i32, ptr %".6943", align 4
  %".6945" = zext i32 %".6944" to i64
  %"data_end.299" = inttoptr i64 %".6945" to ptr
  %".6946" = getelementptr i8, ptr %"keys", i64 0
  %".6947" = load volatile i16, ptr %".6946", align 2
  %".6948" = zext i16 %".6947" to i64
  %".6949" = icmp ugt i64 %".6948", 14703
  br i1 %".6949", label %"widening.test.34", label %"mpls_d1_mpls_labels1"
widening.test.34:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6951" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6952" = load i32, ptr %".6951", align 4
  %".6953" = zext i32 %".6952" to i64
  %"data.300" = inttoptr i64 %".6953" to ptr
  %".6954" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6955" = load i32, ptr %".6954", align 4
  %".6956" = zext i32 %".6955" to i64
  %"data_end.300" = inttoptr i64 %".6956" to ptr
  %".6957" = getelementptr i8, ptr %"keys", i64 0
  %".6958" = load volatile i16, ptr %".6957", align 2
  %".6959" = zext i16 %".6958" to i64
  %".6960" = icmp ugt i64 %".6959", 14703
  br i1 %".6960", label %"widening.test.35", label %"dccp"
widening.test.35:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6962" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6963" = load i32, ptr %".6962", align 4
  %".6964" = zext i32 %".6963" to i64
  %"data.301" = inttoptr i64 %".6964" to ptr
  %".6965" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6966" = load i32, ptr %".6965", align 4
  %".6967" = zext i32 %".6966" to i64
  %"data_end.301" = inttoptr i64 %".6967" to ptr
  %".6968" = getelementptr i8, ptr %"keys", i64 0
  %".6969" = load volatile i16, ptr %".6968", align 2
  %".6970" = zext i16 %".6969" to i64
  %".6971" = icmp ugt i64 %".6970", 14703
  br i1 %".6971", label %"widening.test.36", label %"udplite"
widening.test.36:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6973" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6974" = load i32, ptr %".6973", align 4
  %".6975" = zext i32 %".6974" to i64
  %"data.302" = inttoptr i64 %".6975" to ptr
  %".6976" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6977" = load i32, ptr %".6976", align 4
  %".6978" = zext i32 %".6977" to i64
  %"data_end.302" = inttoptr i64 %".6978" to ptr
  %".6979" = getelementptr i8, ptr %"keys", i64 0
  %".6980" = load volatile i16, ptr %".6979", align 2
  %".6981" = zext i16 %".6980" to i64
  %".6982" = icmp ugt i64 %".6981", 14703
  br i1 %".6982", label %"widening.test.37", label %"sctp"
widening.test.37:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6984" = getelementptr i8, ptr %"ctx.125", i64 76
  %".6985" = load i32, ptr %".6984", align 4
  %".6986" = zext i32 %".6985" to i64
  %"data.303" = inttoptr i64 %".6986" to ptr
  %".6987" = getelementptr i8, ptr %"ctx.125", i64 80
  %".6988" = load i32, ptr %".6987", align 4
  %".6989" = zext i32 %".6988" to i64
  %"data_end.303" = inttoptr i64 %".6989" to ptr
  %".6990" = getelementptr i8, ptr %"keys", i64 0
  %".6991" = load volatile i16, ptr %".6990", align 2
  %".6992" = zext i16 %".6991" to i64
  %".6993" = icmp ugt i64 %".6992", 14703
  br i1 %".6993", label %"widening.test.38", label %"ah"
widening.test.38:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6995" = getelementptr i8, ptr %"ctx.126", i64 76
  %".6996" = load i32, ptr %".6995", align 4
  %".6997" = zext i32 %".6996" to i64
  %"data.304" = inttoptr i64 %".6997" to ptr
  %".6998" = getelementptr i8, ptr %"ctx.126", i64 80
  %".6999" = load i32, ptr %".6998", align 4
  %".7000" = zext i32 %".6999" to i64
  %"data_end.304" = inttoptr i64 %".7000" to ptr
  %".7001" = getelementptr i8, ptr %"keys", i64 0
  %".7002" = load volatile i16, ptr %".7001", align 2
  %".7003" = zext i16 %".7002" to i64
  %".7004" = icmp ugt i64 %".7003", 14703
  br i1 %".7004", label %"widening.test.39", label %"esp"
widening.test.39:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7006" = getelementptr i8, ptr %"ctx.127", i64 76
  %".7007" = load i32, ptr %".7006", align 4
  %".7008" = zext i32 %".7007" to i64
  %"data.305" = inttoptr i64 %".7008" to ptr
  %".7009" = getelementptr i8, ptr %"ctx.127", i64 80
  %".7010" = load i32, ptr %".7009", align 4
  %".7011" = zext i32 %".7010" to i64
  %"data_end.305" = inttoptr i64 %".7011" to ptr
  %".7012" = getelementptr i8, ptr %"keys", i64 0
  %".7013" = load volatile i16, ptr %".7012", align 2
  %".7014" = zext i16 %".7013" to i64
  %".7015" = icmp ugt i64 %".7014", 14703
  br i1 %".7015", label %"widening.test.40", label %"gre_version_d1"
widening.test.40:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7017" = getelementptr i8, ptr %"ctx.128", i64 76
  %".7018" = load i32, ptr %".7017", align 4
  %".7019" = zext i32 %".7018" to i64
  %"data.306" = inttoptr i64 %".7019" to ptr
  %".7020" = getelementptr i8, ptr %"ctx.128", i64 80
  %".7021" = load i32, ptr %".7020", align 4
  %".7022" = zext i32 %".7021" to i64
  %"data_end.306" = inttoptr i64 %".7022" to ptr
  %".7023" = getelementptr i8, ptr %"keys", i64 0
  %".7024" = load volatile i16, ptr %".7023", align 2
  %".7025" = zext i16 %".7024" to i64
  %".7026" = icmp ugt i64 %".7025", 8579
  br i1 %".7026", label %"widening.test.41", label %"icmp"
widening.test.41:
  %"ctx.129" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7028" = getelementptr i8, ptr %"ctx.129", i64 76
  %".7029" = load i32, ptr %".7028", align 4
  %".7030" = zext i32 %".7029" to i64
  %"data.307" = inttoptr i64 %".7030" to ptr
  %".7031" = getelementptr i8, ptr %"ctx.129", i64 80
  %".7032" = load i32, ptr %".7031", align 4
  %".7033" = zext i32 %".7032" to i64
  %"data_end.307" = inttoptr i64 %".7033" to ptr
  %".7034" = getelementptr i8, ptr %"keys", i64 0
  %".7035" = load volatile i16, ptr %".7034", align 2
  %".7036" = zext i16 %".7035" to i64
  %".7037" = icmp ugt i64 %".7036", 14703
  br i1 %".7037", label %"widening.test.42", label %"udp_d1"
widening.test.42:
  %"ctx.130" = load volatile ptr, ptr %"ctx_slot", align 8
  %".7039" = getelementptr i8, ptr %"ctx.130", i64 76
  %".7040" = load i32, ptr %".7039", align 4
  %".7041" = zext i32 %".7040" to i64
  %"data.308" = inttoptr i64 %".7041" to ptr
  %".7042" = getelementptr i8, ptr %"ctx.130", i64 80
  %".7043" = load i32, ptr %".7042", align 4
  %".7044" = zext i32 %".7043" to i64
  %"data_end.308" = inttoptr i64 %".7044" to ptr
  %".7045" = getelementptr i8, ptr %"keys", i64 0
  %".7046" = load volatile i16, ptr %".7045", align 2
  %".7047" = zext i16 %".7046" to i64
  %".7048" = icmp ugt i64 %".7047", 14703
  br i1 %".7048", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }