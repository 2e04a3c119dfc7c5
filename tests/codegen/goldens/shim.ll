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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".376", %"vlan_d0_vlan_tags1.to_ipv4"], [%".501", %"pppoe_d0.to_ipv4"], [%".654", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1989", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2059", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6257", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".376", %"vlan_d0_vlan_tags1.to_ipv6"], [%".501", %"pppoe_d0.to_ipv6"], [%".654", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1989", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2059", %"hsr_d0_vlan_tags2.to_ipv6"], [%".6202", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.41", %"pppoe_d0.to_ipv6"], [%"data.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.107", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.261", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.41", %"pppoe_d0.to_ipv6"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.261", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.41", %"pppoe_d0.to_ipv6"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".202" = getelementptr i8, ptr %"hdr.1", i64 40
  %".203" = icmp ugt ptr %".202", %"data_end.3"
  br i1 %".203", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".205" = getelementptr i8, ptr %"hdr.1", i64 0
  %".206" = load i32, ptr %".205", align 4
  %".207" = getelementptr i8, ptr %"hdr.1", i64 6
  %".208" = load i8, ptr %".207", align 1
  %".209" = getelementptr i8, ptr %"hdr.1", i64 8
  %".210" = load i64, ptr %".209", align 8
  %".211" = getelementptr i8, ptr %"hdr.1", i64 16
  %".212" = load i64, ptr %".211", align 8
  %".213" = getelementptr i8, ptr %"hdr.1", i64 24
  %".214" = load i64, ptr %".213", align 8
  %".215" = getelementptr i8, ptr %"hdr.1", i64 32
  %".216" = load i64, ptr %".215", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".206", %"ipv6_d0.linear"], [%".235", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".208", %"ipv6_d0.linear"], [%".237", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".210", %"ipv6_d0.linear"], [%".239", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".212", %"ipv6_d0.linear"], [%".241", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".214", %"ipv6_d0.linear"], [%".243", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".216", %"ipv6_d0.linear"], [%".245", %"ipv6_d0.copy_failed.endif"]
  %"data.28" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.27", %"ipv6_d0.copy_failed.endif"]
  %"data_end.28" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.27", %"ipv6_d0.copy_failed.endif"]
  %"keys.28" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.27", %"ipv6_d0.copy_failed.endif"]
  %".247" = trunc i64 34525 to i16
  %".248" = getelementptr i8, ptr %"keys.28", i64 4
  store i16 %".247", ptr %".248", align 2
  %".250" = trunc i64 34525 to i16
  %".251" = call i16 @"llvm.bswap.i16"(i16 %".250")
  %".252" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".251", ptr %".252", align 2
  %".254" = getelementptr i8, ptr %"keys.28", i64 16
  store i64 %"w8_8", ptr %".254", align 8
  %".256" = getelementptr i8, ptr %"keys.28", i64 24
  store i64 %"w16_8", ptr %".256", align 8
  %".258" = getelementptr i8, ptr %"keys.28", i64 32
  store i64 %"w24_8", ptr %".258", align 8
  %".260" = getelementptr i8, ptr %"keys.28", i64 40
  store i64 %"w32_8", ptr %".260", align 8
  %".262" = zext i8 %"w6_1" to i64
  %".263" = trunc i64 %".262" to i8
  %".264" = getelementptr i8, ptr %"keys.28", i64 9
  store i8 %".263", ptr %".264", align 1
  %".266" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".267" = zext i32 %".266" to i64
  %".268" = and i64 %".267", 1048575
  %".269" = trunc i64 %".268" to i32
  %".270" = call i32 @"llvm.bswap.i32"(i32 %".269")
  %".271" = getelementptr i8, ptr %"keys.28", i64 52
  store i32 %".270", ptr %".271", align 4
  %".273" = add i64 %"cursor.2", 40
  %".274" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".275" = zext i32 %".274" to i64
  %".276" = and i64 %".275", 1048575
  %".277" = icmp ne i64 %".276", 0
  %".278" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.3" = load volatile i32, ptr %".278", align 4
  %".279" = and i32 %"flags.3", 2
  %".280" = icmp ne i32 %".279", 0
  %".281" = and i1 %".277", %".280"
  br i1 %".281", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".345" = getelementptr i8, ptr %"hdr.2", i64 4
  %".346" = icmp ugt ptr %".345", %"data_end.4"
  br i1 %".346", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".348" = getelementptr i8, ptr %"hdr.2", i64 2
  %".349" = load i16, ptr %".348", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".349", %"vlan_d0_vlan_tags1.linear"], [%".368", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.33" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.33" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.33" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".370" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".371" = zext i16 %".370" to i64
  %".372" = trunc i64 %".371" to i16
  %".373" = call i16 @"llvm.bswap.i16"(i16 %".372")
  %".374" = getelementptr i8, ptr %"keys.33", i64 10
  store i16 %".373", ptr %".374", align 2
  %".376" = add i64 %"cursor.3", 4
  %".377" = trunc i64 %".376" to i16
  %".378" = getelementptr i8, ptr %"keys.33", i64 0
  store i16 %".377", ptr %".378", align 2
  %".380" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".381" = zext i16 %".380" to i64
  switch i64 %".381", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".273", %"ipv6_d0.to_mpls"], [%".376", %"vlan_d0_vlan_tags1.to_mpls"], [%".376", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".501", %"pppoe_d0.to_mpls"], [%".501", %"pppoe_d0.to_mpls.1"], [%".654", %"hsr_d0_vlan_tags1.to_mpls"], [%".654", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1989", %"vlan_d0_vlan_tags2.to_mpls"], [%".1989", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2059", %"hsr_d0_vlan_tags2.to_mpls"], [%".2059", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6268", %"widening.test.10"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.41", %"pppoe_d0.to_mpls"], [%"data.41", %"pppoe_d0.to_mpls.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.267", %"widening.test.10"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.41", %"pppoe_d0.to_mpls"], [%"data_end.41", %"pppoe_d0.to_mpls.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.267", %"widening.test.10"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.41", %"pppoe_d0.to_mpls"], [%"keys.41", %"pppoe_d0.to_mpls.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.10"]
  %".403" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".404" = getelementptr i8, ptr %"hdr.3", i64 4
  %".405" = icmp ugt ptr %".404", %"data_end.5"
  br i1 %".405", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".407" = getelementptr i8, ptr %"hdr.3", i64 2
  %".408" = load i8, ptr %".407", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".408", %"mpls_d0_mpls_labels1.linear"], [%".427", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.37" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.36", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.37" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.36", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.37" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.36", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".429" = add i64 %"cursor.4", 4
  %".430" = zext i8 %"w2_1" to i64
  %".431" = and i64 %".430", 1
  switch i64 %".431", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".376", %"vlan_d0_vlan_tags1.to_pppoe"], [%".654", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1989", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2059", %"hsr_d0_vlan_tags2.to_pppoe"], [%".6191", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.107", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.260", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.260", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.107", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".451" = getelementptr i8, ptr %"hdr.4", i64 8
  %".452" = icmp ugt ptr %".451", %"data_end.6"
  br i1 %".452", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".454" = getelementptr i8, ptr %"hdr.4", i64 0
  %".455" = load i8, ptr %".454", align 1
  %".456" = getelementptr i8, ptr %"hdr.4", i64 1
  %".457" = load i8, ptr %".456", align 1
  %".458" = getelementptr i8, ptr %"hdr.4", i64 6
  %".459" = load i16, ptr %".458", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".455", %"pppoe_d0.linear"], [%".478", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".457", %"pppoe_d0.linear"], [%".480", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".459", %"pppoe_d0.linear"], [%".482", %"pppoe_d0.copy_failed.endif"]
  %"data.41" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.40", %"pppoe_d0.copy_failed.endif"]
  %"data_end.41" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.40", %"pppoe_d0.copy_failed.endif"]
  %"keys.41" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.40", %"pppoe_d0.copy_failed.endif"]
  %".484" = zext i8 %"w0_1.1" to i64
  %".485" = lshr i64 %".484", 4
  %".486" = and i64 %".485", 15
  %".487" = icmp eq i64 %".486", 1
  %".488" = zext i8 %"w0_1.1" to i64
  %".489" = and i64 %".488", 15
  %".490" = icmp eq i64 %".489", 1
  %".491" = and i1 %".487", %".490"
  %".492" = zext i8 %"w1_1" to i64
  %".493" = icmp eq i64 %".492", 0
  %".494" = and i1 %".491", %".493"
  %".495" = xor i1 %".494", -1
  br i1 %".495", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".376", %"vlan_d0_vlan_tags1.to_arp"], [%".376", %"vlan_d0_vlan_tags1.to_arp.1"], [%".654", %"hsr_d0_vlan_tags1.to_arp"], [%".654", %"hsr_d0_vlan_tags1.to_arp.1"], [%".731", %"batadv_d0.stop_at_encap.endif.7"], [%".731", %"batadv_d0.stop_at_encap.endif.8"], [%".1989", %"vlan_d0_vlan_tags2.to_arp"], [%".1989", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2059", %"hsr_d0_vlan_tags2.to_arp"], [%".2059", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2217", %"vlan_d1_vlan_tags1.to_arp"], [%".2217", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2411", %"hsr_d1_vlan_tags1.to_arp"], [%".2411", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.8", %"gre_d0.to_arp"], [%"end.8", %"gre_d0.to_arp.1"], [%".3983", %"vlan_d1_vlan_tags2.to_arp"], [%".3983", %"vlan_d1_vlan_tags2.to_arp.1"], [%".4053", %"hsr_d1_vlan_tags2.to_arp"], [%".4053", %"hsr_d1_vlan_tags2.to_arp.1"], [%".4174", %"ethernet_d1.to_arp"], [%".4174", %"ethernet_d1.to_arp.1"], [%".6422", %"widening.test.24"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data.105", %"vlan_d0_vlan_tags2.to_arp"], [%"data.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.107", %"hsr_d0_vlan_tags2.to_arp"], [%"data.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.114", %"vlan_d1_vlan_tags1.to_arp"], [%"data.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_arp"], [%"data.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.148", %"gre_d0.to_arp"], [%"data.148", %"gre_d0.to_arp.1"], [%"data.181", %"vlan_d1_vlan_tags2.to_arp"], [%"data.181", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.183", %"hsr_d1_vlan_tags2.to_arp"], [%"data.183", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.188", %"ethernet_d1.to_arp"], [%"data.188", %"ethernet_d1.to_arp.1"], [%"data.281", %"widening.test.24"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.148", %"gre_d0.to_arp"], [%"data_end.148", %"gre_d0.to_arp.1"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.188", %"ethernet_d1.to_arp"], [%"data_end.188", %"ethernet_d1.to_arp.1"], [%"data_end.281", %"widening.test.24"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.105", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.107", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.114", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.148", %"gre_d0.to_arp"], [%"keys.148", %"gre_d0.to_arp.1"], [%"keys.181", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.181", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.183", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.183", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.188", %"ethernet_d1.to_arp"], [%"keys.188", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.24"]
  %".536" = add i64 %"cursor.6", 0
  %".537" = trunc i64 %".536" to i16
  %".538" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".537", ptr %".538", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".376", %"vlan_d0_vlan_tags1.to_ptp"], [%".654", %"hsr_d0_vlan_tags1.to_ptp"], [%".731", %"batadv_d0.stop_at_encap.endif.9"], [%".1989", %"vlan_d0_vlan_tags2.to_ptp"], [%".2059", %"hsr_d0_vlan_tags2.to_ptp"], [%".2217", %"vlan_d1_vlan_tags1.to_ptp"], [%".2411", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.8", %"gre_d0.to_ptp"], [%".3983", %"vlan_d1_vlan_tags2.to_ptp"], [%".4053", %"hsr_d1_vlan_tags2.to_ptp"], [%".4174", %"ethernet_d1.to_ptp"], [%".6411", %"widening.test.23"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.52", %"batadv_d0.stop_at_encap.endif.9"], [%"data.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.148", %"gre_d0.to_ptp"], [%"data.181", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.183", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.188", %"ethernet_d1.to_ptp"], [%"data.280", %"widening.test.23"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.148", %"gre_d0.to_ptp"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.188", %"ethernet_d1.to_ptp"], [%"data_end.280", %"widening.test.23"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.148", %"gre_d0.to_ptp"], [%"keys.181", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.183", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.188", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.23"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".541" = getelementptr i8, ptr %"hdr.5", i64 34
  %".542" = icmp ugt ptr %".541", %"data_end.8"
  br i1 %".542", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.44" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.43", %"ptp.copy_failed.endif"]
  %"data_end.44" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.43", %"ptp.copy_failed.endif"]
  %"keys.44" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.43", %"ptp.copy_failed.endif"]
  %".562" = add i64 %"cursor.7", 34
  %".563" = trunc i64 %".562" to i16
  %".564" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".563", ptr %".564", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".376", %"vlan_d0_vlan_tags1.to_cfm"], [%".654", %"hsr_d0_vlan_tags1.to_cfm"], [%".731", %"batadv_d0.stop_at_encap.endif.10"], [%".1989", %"vlan_d0_vlan_tags2.to_cfm"], [%".2059", %"hsr_d0_vlan_tags2.to_cfm"], [%".2217", %"vlan_d1_vlan_tags1.to_cfm"], [%".2411", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.8", %"gre_d0.to_cfm"], [%".3983", %"vlan_d1_vlan_tags2.to_cfm"], [%".4053", %"hsr_d1_vlan_tags2.to_cfm"], [%".4174", %"ethernet_d1.to_cfm"], [%".6400", %"widening.test.22"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.148", %"gre_d0.to_cfm"], [%"data.181", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.183", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.188", %"ethernet_d1.to_cfm"], [%"data.279", %"widening.test.22"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.148", %"gre_d0.to_cfm"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.188", %"ethernet_d1.to_cfm"], [%"data_end.279", %"widening.test.22"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.148", %"gre_d0.to_cfm"], [%"keys.181", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.183", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.188", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.22"]
  %".567" = add i64 %"cursor.8", 0
  %".568" = trunc i64 %".567" to i16
  %".569" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".568", ptr %".569", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".376", %"vlan_d0_vlan_tags1.to_tipc"], [%".654", %"hsr_d0_vlan_tags1.to_tipc"], [%".731", %"batadv_d0.stop_at_encap.endif.11"], [%".1989", %"vlan_d0_vlan_tags2.to_tipc"], [%".2059", %"hsr_d0_vlan_tags2.to_tipc"], [%".2217", %"vlan_d1_vlan_tags1.to_tipc"], [%".2411", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.8", %"gre_d0.to_tipc"], [%".3983", %"vlan_d1_vlan_tags2.to_tipc"], [%".4053", %"hsr_d1_vlan_tags2.to_tipc"], [%".4174", %"ethernet_d1.to_tipc"], [%".6389", %"widening.test.21"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.52", %"batadv_d0.stop_at_encap.endif.11"], [%"data.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.148", %"gre_d0.to_tipc"], [%"data.181", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.183", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.188", %"ethernet_d1.to_tipc"], [%"data.278", %"widening.test.21"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.148", %"gre_d0.to_tipc"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.188", %"ethernet_d1.to_tipc"], [%"data_end.278", %"widening.test.21"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.148", %"gre_d0.to_tipc"], [%"keys.181", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.183", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.188", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.21"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".572" = getelementptr i8, ptr %"hdr.6", i64 16
  %".573" = icmp ugt ptr %".572", %"data_end.10"
  br i1 %".573", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.46" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.45", %"tipc.copy_failed.endif"]
  %"data_end.46" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.45", %"tipc.copy_failed.endif"]
  %"keys.46" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.45", %"tipc.copy_failed.endif"]
  %".593" = trunc i64 %"cursor.9" to i16
  %".594" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".593", ptr %".594", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".376", %"vlan_d0_vlan_tags1.to_fcoe"], [%".654", %"hsr_d0_vlan_tags1.to_fcoe"], [%".731", %"batadv_d0.stop_at_encap.endif.12"], [%".1989", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2059", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2217", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2411", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.8", %"gre_d0.to_fcoe"], [%".3983", %"vlan_d1_vlan_tags2.to_fcoe"], [%".4053", %"hsr_d1_vlan_tags2.to_fcoe"], [%".4174", %"ethernet_d1.to_fcoe"], [%".6378", %"widening.test.20"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.52", %"batadv_d0.stop_at_encap.endif.12"], [%"data.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.148", %"gre_d0.to_fcoe"], [%"data.181", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.183", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.188", %"ethernet_d1.to_fcoe"], [%"data.277", %"widening.test.20"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.148", %"gre_d0.to_fcoe"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.188", %"ethernet_d1.to_fcoe"], [%"data_end.277", %"widening.test.20"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.148", %"gre_d0.to_fcoe"], [%"keys.181", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.183", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.188", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.20"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".597" = getelementptr i8, ptr %"hdr.7", i64 38
  %".598" = icmp ugt ptr %".597", %"data_end.11"
  br i1 %".598", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.48" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.47", %"fcoe.copy_failed.endif"]
  %"data_end.48" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.47", %"fcoe.copy_failed.endif"]
  %"keys.48" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.47", %"fcoe.copy_failed.endif"]
  %".618" = add i64 %"cursor.10", 38
  %".619" = trunc i64 %".618" to i16
  %".620" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".619", ptr %".620", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".623" = getelementptr i8, ptr %"hdr.8", i64 6
  %".624" = icmp ugt ptr %".623", %"data_end.12"
  br i1 %".624", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".626" = getelementptr i8, ptr %"hdr.8", i64 4
  %".627" = load i16, ptr %".626", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".627", %"hsr_d0_vlan_tags1.linear"], [%".646", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.50" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.49", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.50" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.49", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.50" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.49", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".648" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".649" = zext i16 %".648" to i64
  %".650" = trunc i64 %".649" to i16
  %".651" = call i16 @"llvm.bswap.i16"(i16 %".650")
  %".652" = getelementptr i8, ptr %"keys.50", i64 10
  store i16 %".651", ptr %".652", align 2
  %".654" = add i64 %"cursor.11", 6
  %".655" = trunc i64 %".654" to i16
  %".656" = getelementptr i8, ptr %"keys.50", i64 0
  store i16 %".655", ptr %".656", align 2
  %".658" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".659" = zext i16 %".658" to i64
  switch i64 %".659", label %"hsr_d0_vlan_tags1.unknown" [i64 2048, label %"hsr_d0_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags1.to_vlan" i64 34984, label %"hsr_d0_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags1.to_mpls" i64 34888, label %"hsr_d0_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags1.to_arp" i64 32821, label %"hsr_d0_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags1.to_ptp" i64 35074, label %"hsr_d0_vlan_tags1.to_cfm" i64 35018, label %"hsr_d0_vlan_tags1.to_tipc" i64 35078, label %"hsr_d0_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags1.to_hsr" i64 35067, label %"hsr_d0_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".376", %"vlan_d0_vlan_tags1.to_batadv"], [%".654", %"hsr_d0_vlan_tags1.to_batadv"], [%".1989", %"vlan_d0_vlan_tags2.to_batadv"], [%".2059", %"hsr_d0_vlan_tags2.to_batadv"], [%".6180", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.107", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.259", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.259", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.107", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".681" = getelementptr i8, ptr %"hdr.9", i64 24
  %".682" = icmp ugt ptr %".681", %"data_end.13"
  br i1 %".682", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".684" = getelementptr i8, ptr %"hdr.9", i64 0
  %".685" = load i8, ptr %".684", align 1
  %".686" = getelementptr i8, ptr %"hdr.9", i64 1
  %".687" = load i8, ptr %".686", align 1
  %".688" = getelementptr i8, ptr %"hdr.9", i64 22
  %".689" = load i16, ptr %".688", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".685", %"batadv_d0.linear"], [%".708", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".687", %"batadv_d0.linear"], [%".710", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".689", %"batadv_d0.linear"], [%".712", %"batadv_d0.copy_failed.endif"]
  %"data.52" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.51", %"batadv_d0.copy_failed.endif"]
  %"data_end.52" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.51", %"batadv_d0.copy_failed.endif"]
  %"keys.52" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.51", %"batadv_d0.copy_failed.endif"]
  %".714" = zext i8 %"w1_1.1" to i64
  %".715" = icmp eq i64 %".714", 15
  %".716" = zext i8 %"w0_1.2" to i64
  %".717" = icmp eq i64 %".716", 64
  %".718" = and i1 %".715", %".717"
  %".719" = xor i1 %".718", -1
  br i1 %".719", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %"end" = add i64 %"cursor.1", %".118"
  %".119" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".120" = zext i16 %".119" to i64
  %".121" = and i64 %".120", 16383
  %".122" = icmp ne i64 %".121", 0
  %".123" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".124" = zext i16 %".123" to i64
  %".125" = and i64 %".124", 8191
  %".126" = icmp eq i64 %".125", 0
  br i1 %".122", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif"
ipv4_d0.fragment:
  %".128" = getelementptr i8, ptr %"keys.15", i64 6
  store i8 1, ptr %".128", align 1
  br i1 %".126", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.fragment.endif:
  %".148" = zext i8 %"w9_1" to i64
  switch i64 %".148", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.first_fragment:
  %".131" = getelementptr i8, ptr %"keys.15", i64 7
  store i8 1, ptr %".131", align 1
  %".133" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags" = load volatile i32, ptr %".133", align 4
  %".134" = and i32 %"flags", 1
  %".135" = icmp ne i32 %".134", 0
  %".136" = xor i1 %".135", -1
  br i1 %".136", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".143" = trunc i64 %"end" to i16
  %".144" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".143", ptr %".144", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".138" = trunc i64 %"end" to i16
  %".139" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".138", ptr %".139", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".150" = trunc i64 %"end" to i16
  %".151" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".150", ptr %".151", align 2
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
  %".163" = trunc i64 34887 to i16
  %".164" = call i16 @"llvm.bswap.i16"(i16 %".163")
  %".165" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".164", ptr %".165", align 2
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
  %".185" = trunc i64 34525 to i16
  %".186" = call i16 @"llvm.bswap.i16"(i16 %".185")
  %".187" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".186", ptr %".187", align 2
  %".189" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".189", align 1
  %".191" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.2" = load volatile i32, ptr %".191", align 4
  %".192" = and i32 %"flags.2", 4
  %".193" = icmp ne i32 %".192", 0
  br i1 %".193", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".273", %"ipv6_d0.to_tcp"], [%"end.3", %"ipv4_d1.to_tcp"], [%".1640", %"ipv6_d1.to_tcp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".5778", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".6609", %"widening.test.41"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.89", %"ipv4_d1.to_tcp"], [%"data.93", %"ipv6_d1.to_tcp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.298", %"widening.test.41"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.89", %"ipv4_d1.to_tcp"], [%"data_end.93", %"ipv6_d1.to_tcp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.298", %"widening.test.41"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.89", %"ipv4_d1.to_tcp"], [%"keys.93", %"ipv6_d1.to_tcp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.41"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.13"
  %".947" = getelementptr i8, ptr %"hdr.10", i64 4
  %".948" = icmp ugt ptr %".947", %"data_end.16"
  br i1 %".948", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".950" = getelementptr i8, ptr %"hdr.10", i64 0
  %".951" = load i16, ptr %".950", align 2
  %".952" = getelementptr i8, ptr %"hdr.10", i64 2
  %".953" = load i16, ptr %".952", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".951", %"tcp.linear"], [%".972", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".953", %"tcp.linear"], [%".974", %"tcp.copy_failed.endif"]
  %"data.59" = phi  ptr [%"data.16", %"tcp.linear"], [%"data.58", %"tcp.copy_failed.endif"]
  %"data_end.59" = phi  ptr [%"data_end.16", %"tcp.linear"], [%"data_end.58", %"tcp.copy_failed.endif"]
  %"keys.59" = phi  ptr [%"keys.16", %"tcp.linear"], [%"keys.58", %"tcp.copy_failed.endif"]
  %".976" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".977" = zext i16 %".976" to i64
  %".978" = trunc i64 %".977" to i16
  %".979" = call i16 @"llvm.bswap.i16"(i16 %".978")
  %".980" = getelementptr i8, ptr %"keys.59", i64 12
  store i16 %".979", ptr %".980", align 2
  %".982" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".983" = zext i16 %".982" to i64
  %".984" = trunc i64 %".983" to i16
  %".985" = call i16 @"llvm.bswap.i16"(i16 %".984")
  %".986" = getelementptr i8, ptr %"keys.59", i64 14
  store i16 %".985", ptr %".986", align 2
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".273", %"ipv6_d0.to_udp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6290", %"widening.test.12"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.269", %"widening.test.12"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.269", %"widening.test.12"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys", %"widening.test.12"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.14"
  %".994" = getelementptr i8, ptr %"hdr.11", i64 4
  %".995" = icmp ugt ptr %".994", %"data_end.17"
  br i1 %".995", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".997" = getelementptr i8, ptr %"hdr.11", i64 0
  %".998" = load i16, ptr %".997", align 2
  %".999" = getelementptr i8, ptr %"hdr.11", i64 2
  %".1000" = load i16, ptr %".999", align 2
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_2.1" = phi  i16 [%".998", %"udp_d0.linear"], [%".1019", %"udp_d0.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1000", %"udp_d0.linear"], [%".1021", %"udp_d0.copy_failed.endif"]
  %"data.62" = phi  ptr [%"data.17", %"udp_d0.linear"], [%"data.61", %"udp_d0.copy_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.17", %"udp_d0.linear"], [%"data_end.61", %"udp_d0.copy_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.17", %"udp_d0.linear"], [%"keys.61", %"udp_d0.copy_failed.endif"]
  %".1023" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".1024" = zext i16 %".1023" to i64
  %".1025" = trunc i64 %".1024" to i16
  %".1026" = call i16 @"llvm.bswap.i16"(i16 %".1025")
  %".1027" = getelementptr i8, ptr %"keys.62", i64 12
  store i16 %".1026", ptr %".1027", align 2
  %".1029" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1030" = zext i16 %".1029" to i64
  %".1031" = trunc i64 %".1030" to i16
  %".1032" = call i16 @"llvm.bswap.i16"(i16 %".1031")
  %".1033" = getelementptr i8, ptr %"keys.62", i64 14
  store i16 %".1032", ptr %".1033", align 2
  %".1035" = add i64 %"cursor.14", 4
  %".1036" = add i64 4, 4
  %".1037" = getelementptr i8, ptr %"data.62", i64 %"cursor.14"
  %".1038" = getelementptr i8, ptr %".1037", i64 %".1036"
  %".1039" = icmp ugt ptr %".1038", %"data_end.62"
  br i1 %".1039", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.64" = phi  ptr [%"data.62", %"udp_d0.header"], [%"data.63", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"udp_d0.header"], [%"data_end.63", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.64" = phi  ptr [%"keys.62", %"udp_d0.header"], [%"keys.63", %"udp_d0.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.14", %".1036"
  %".1060" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1061" = zext i16 %".1060" to i64
  switch i64 %".1061", label %"udp_d0.unknown" [i64 4789, label %"udp_d0.to_vxlan" i64 6081, label %"udp_d0.to_geneve" i64 6080, label %"udp_d0.to_gue" i64 2152, label %"udp_d0.to_gtpu" i64 7777, label %"udp_d0.to_shim"]  , !prof !4
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".273", %"ipv6_d0.to_udplite"], [%"end.3", %"ipv4_d1.to_udplite"], [%".1640", %"ipv6_d1.to_udplite"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".5778", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6587", %"widening.test.39"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.89", %"ipv4_d1.to_udplite"], [%"data.93", %"ipv6_d1.to_udplite"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.296", %"widening.test.39"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.89", %"ipv4_d1.to_udplite"], [%"data_end.93", %"ipv6_d1.to_udplite"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.296", %"widening.test.39"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.89", %"ipv4_d1.to_udplite"], [%"keys.93", %"ipv6_d1.to_udplite"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.39"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.15"
  %".1072" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1073" = icmp ugt ptr %".1072", %"data_end.18"
  br i1 %".1073", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1075" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1076" = load i16, ptr %".1075", align 2
  %".1077" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1078" = load i16, ptr %".1077", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1076", %"udplite.linear"], [%".1097", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1078", %"udplite.linear"], [%".1099", %"udplite.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.70", %"udplite.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.70", %"udplite.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.70", %"udplite.copy_failed.endif"]
  %".1101" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1102" = zext i16 %".1101" to i64
  %".1103" = trunc i64 %".1102" to i16
  %".1104" = call i16 @"llvm.bswap.i16"(i16 %".1103")
  %".1105" = getelementptr i8, ptr %"keys.71", i64 12
  store i16 %".1104", ptr %".1105", align 2
  %".1107" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1108" = zext i16 %".1107" to i64
  %".1109" = trunc i64 %".1108" to i16
  %".1110" = call i16 @"llvm.bswap.i16"(i16 %".1109")
  %".1111" = getelementptr i8, ptr %"keys.71", i64 14
  store i16 %".1110", ptr %".1111", align 2
  %".1113" = add i64 %"cursor.15", 4
  %".1114" = add i64 4, 4
  %".1115" = getelementptr i8, ptr %"data.71", i64 %"cursor.15"
  %".1116" = getelementptr i8, ptr %".1115", i64 %".1114"
  %".1117" = icmp ugt ptr %".1116", %"data_end.71"
  br i1 %".1117", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.73" = phi  ptr [%"data.71", %"udplite.header"], [%"data.72", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.71", %"udplite.header"], [%"data_end.72", %"udplite.copy_last_byte_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.71", %"udplite.header"], [%"keys.72", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.15", %".1114"
  %".1138" = trunc i64 %"cursor.15" to i16
  %".1139" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1138", ptr %".1139", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".273", %"ipv6_d0.to_gre_version"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6279", %"widening.test.11"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.268", %"widening.test.11"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.268", %"widening.test.11"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.11"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.16"
  %".1142" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1143" = icmp ugt ptr %".1142", %"data_end.19"
  br i1 %".1143", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1145" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1146" = load i8, ptr %".1145", align 1
  %".1147" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1148" = load i8, ptr %".1147", align 1
  %".1149" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1150" = load i16, ptr %".1149", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1146", %"gre_version_d0.linear"], [%".1169", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1148", %"gre_version_d0.linear"], [%".1171", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1150", %"gre_version_d0.linear"], [%".1173", %"gre_version_d0.copy_failed.endif"]
  %"data.75" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.74", %"gre_version_d0.copy_failed.endif"]
  %"data_end.75" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.74", %"gre_version_d0.copy_failed.endif"]
  %"keys.75" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.74", %"gre_version_d0.copy_failed.endif"]
  %".1175" = zext i8 %"w0_1.3" to i64
  %".1176" = lshr i64 %".1175", 6
  %".1177" = and i64 %".1176", 1
  %".1178" = icmp ne i64 %".1177", 0
  %".1179" = zext i8 %"w1_1.2" to i64
  %".1180" = and i64 %".1179", 7
  %".1181" = icmp ugt i64 %".1180", 1
  %".1182" = or i1 %".1178", %".1181"
  br i1 %".1182", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".273", %"ipv6_d0.to_sctp"], [%"end.3", %"ipv4_d1.to_sctp"], [%".1640", %"ipv6_d1.to_sctp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".5778", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".6565", %"widening.test.37"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.89", %"ipv4_d1.to_sctp"], [%"data.93", %"ipv6_d1.to_sctp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.294", %"widening.test.37"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.89", %"ipv4_d1.to_sctp"], [%"data_end.93", %"ipv6_d1.to_sctp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.294", %"widening.test.37"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.89", %"ipv4_d1.to_sctp"], [%"keys.93", %"ipv6_d1.to_sctp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.37"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.17"
  %".1203" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1204" = icmp ugt ptr %".1203", %"data_end.20"
  br i1 %".1204", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1206" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1207" = load i16, ptr %".1206", align 2
  %".1208" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1209" = load i16, ptr %".1208", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1207", %"sctp.linear"], [%".1228", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1209", %"sctp.linear"], [%".1230", %"sctp.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.78", %"sctp.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.78", %"sctp.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.78", %"sctp.copy_failed.endif"]
  %".1232" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1233" = zext i16 %".1232" to i64
  %".1234" = trunc i64 %".1233" to i16
  %".1235" = call i16 @"llvm.bswap.i16"(i16 %".1234")
  %".1236" = getelementptr i8, ptr %"keys.79", i64 12
  store i16 %".1235", ptr %".1236", align 2
  %".1238" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1239" = zext i16 %".1238" to i64
  %".1240" = trunc i64 %".1239" to i16
  %".1241" = call i16 @"llvm.bswap.i16"(i16 %".1240")
  %".1242" = getelementptr i8, ptr %"keys.79", i64 14
  store i16 %".1241", ptr %".1242", align 2
  %".1244" = add i64 %"cursor.17", 4
  %".1245" = trunc i64 %"cursor.17" to i16
  %".1246" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1245", ptr %".1246", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".273", %"ipv6_d0.to_dccp"], [%"end.3", %"ipv4_d1.to_dccp"], [%".1640", %"ipv6_d1.to_dccp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".5778", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6554", %"widening.test.36"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.89", %"ipv4_d1.to_dccp"], [%"data.93", %"ipv6_d1.to_dccp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.293", %"widening.test.36"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.89", %"ipv4_d1.to_dccp"], [%"data_end.93", %"ipv6_d1.to_dccp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.293", %"widening.test.36"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.89", %"ipv4_d1.to_dccp"], [%"keys.93", %"ipv6_d1.to_dccp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.36"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1249" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1250" = icmp ugt ptr %".1249", %"data_end.21"
  br i1 %".1250", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1252" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1253" = load i16, ptr %".1252", align 2
  %".1254" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1255" = load i16, ptr %".1254", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1253", %"dccp.linear"], [%".1274", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1255", %"dccp.linear"], [%".1276", %"dccp.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.80", %"dccp.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.80", %"dccp.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.80", %"dccp.copy_failed.endif"]
  %".1278" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1279" = zext i16 %".1278" to i64
  %".1280" = trunc i64 %".1279" to i16
  %".1281" = call i16 @"llvm.bswap.i16"(i16 %".1280")
  %".1282" = getelementptr i8, ptr %"keys.81", i64 12
  store i16 %".1281", ptr %".1282", align 2
  %".1284" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1285" = zext i16 %".1284" to i64
  %".1286" = trunc i64 %".1285" to i16
  %".1287" = call i16 @"llvm.bswap.i16"(i16 %".1286")
  %".1288" = getelementptr i8, ptr %"keys.81", i64 14
  store i16 %".1287", ptr %".1288", align 2
  %".1290" = add i64 %"cursor.18", 4
  %".1291" = trunc i64 %"cursor.18" to i16
  %".1292" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1291", ptr %".1292", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".273", %"ipv6_d0.to_esp"], [%"end.3", %"ipv4_d1.to_esp"], [%".1640", %"ipv6_d1.to_esp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".5778", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".6543", %"widening.test.35"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.89", %"ipv4_d1.to_esp"], [%"data.93", %"ipv6_d1.to_esp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.292", %"widening.test.35"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.89", %"ipv4_d1.to_esp"], [%"data_end.93", %"ipv6_d1.to_esp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.292", %"widening.test.35"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.89", %"ipv4_d1.to_esp"], [%"keys.93", %"ipv6_d1.to_esp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.35"]
  %"hdr.16" = getelementptr i8, ptr %"data.22", i64 %"cursor.19"
  %".1295" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1296" = icmp ugt ptr %".1295", %"data_end.22"
  br i1 %".1296", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1298" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1299" = load i32, ptr %".1298", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1299", %"esp.linear"], [%".1318", %"esp.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.22", %"esp.linear"], [%"data.82", %"esp.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.82", %"esp.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.82", %"esp.copy_failed.endif"]
  %".1320" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1321" = zext i32 %".1320" to i64
  %".1322" = lshr i64 %".1321", 16
  %".1323" = trunc i64 %".1322" to i16
  %".1324" = call i16 @"llvm.bswap.i16"(i16 %".1323")
  %".1325" = getelementptr i8, ptr %"keys.83", i64 12
  store i16 %".1324", ptr %".1325", align 2
  %".1327" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1328" = zext i32 %".1327" to i64
  %".1329" = and i64 %".1328", 65535
  %".1330" = trunc i64 %".1329" to i16
  %".1331" = call i16 @"llvm.bswap.i16"(i16 %".1330")
  %".1332" = getelementptr i8, ptr %"keys.83", i64 14
  store i16 %".1331", ptr %".1332", align 2
  %".1334" = add i64 %"cursor.19", 4
  %".1335" = trunc i64 %"cursor.19" to i16
  %".1336" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1335", ptr %".1336", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".273", %"ipv6_d0.to_ah"], [%"end.3", %"ipv4_d1.to_ah"], [%".1640", %"ipv6_d1.to_ah"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".5778", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".6532", %"widening.test.34"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.89", %"ipv4_d1.to_ah"], [%"data.93", %"ipv6_d1.to_ah"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.291", %"widening.test.34"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.89", %"ipv4_d1.to_ah"], [%"data_end.93", %"ipv6_d1.to_ah"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.291", %"widening.test.34"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.89", %"ipv4_d1.to_ah"], [%"keys.93", %"ipv6_d1.to_ah"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.34"]
  %"hdr.17" = getelementptr i8, ptr %"data.23", i64 %"cursor.20"
  %".1339" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1340" = icmp ugt ptr %".1339", %"data_end.23"
  br i1 %".1340", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1342" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1343" = load i32, ptr %".1342", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1343", %"ah.linear"], [%".1362", %"ah.copy_failed.endif"]
  %"data.85" = phi  ptr [%"data.23", %"ah.linear"], [%"data.84", %"ah.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.84", %"ah.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.84", %"ah.copy_failed.endif"]
  %".1364" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1365" = zext i32 %".1364" to i64
  %".1366" = lshr i64 %".1365", 16
  %".1367" = trunc i64 %".1366" to i16
  %".1368" = call i16 @"llvm.bswap.i16"(i16 %".1367")
  %".1369" = getelementptr i8, ptr %"keys.85", i64 12
  store i16 %".1368", ptr %".1369", align 2
  %".1371" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1372" = zext i32 %".1371" to i64
  %".1373" = and i64 %".1372", 65535
  %".1374" = trunc i64 %".1373" to i16
  %".1375" = call i16 @"llvm.bswap.i16"(i16 %".1374")
  %".1376" = getelementptr i8, ptr %"keys.85", i64 14
  store i16 %".1375", ptr %".1376", align 2
  %".1378" = add i64 %"cursor.20", 8
  %".1379" = trunc i64 %"cursor.20" to i16
  %".1380" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1379", ptr %".1380", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.3", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.89", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.89", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.89", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.24", i64 %"cursor.21"
  %".1383" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1384" = icmp ugt ptr %".1383", %"data_end.24"
  br i1 %".1384", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.87" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.86", %"icmp.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.86", %"icmp.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.86", %"icmp.copy_failed.endif"]
  %".1404" = add i64 %"cursor.21", 4
  %".1405" = trunc i64 %"cursor.21" to i16
  %".1406" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1405", ptr %".1406", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".178" = trunc i64 %"end" to i16
  %".179" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".178", ptr %".179", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".182" = getelementptr i8, ptr %"keys.15", i64 12
  store i32 0, ptr %".182", align 4
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".273", %"ipv6_d0.stop_at_encap.endif"], [%".731", %"batadv_d0.stop_at_encap.endif"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2217", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2345", %"pppoe_d1.to_ipv4"], [%".2411", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.6", %"geneve_d0.to_ipv4"], [%"end.7", %"gue_d0.to_ipv4"], [%".3152", %"shim_d0.to_ipv4"], [%"end.8", %"gre_d0.to_ipv4"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3983", %"vlan_d1_vlan_tags2.to_ipv4"], [%".4053", %"hsr_d1_vlan_tags2.to_ipv4"], [%".4174", %"ethernet_d1.to_ipv4"], [%".4279", %"ppp_d0.stop_at_encap.endif"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6510", %"widening.test.32"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.52", %"batadv_d0.stop_at_encap.endif"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.112", %"ip_version_d1.to_ipv4"], [%"data.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.121", %"pppoe_d1.to_ipv4"], [%"data.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.136", %"geneve_d0.to_ipv4"], [%"data.140", %"gue_d0.to_ipv4"], [%"data.146", %"shim_d0.to_ipv4"], [%"data.148", %"gre_d0.to_ipv4"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.181", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.183", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.188", %"ethernet_d1.to_ipv4"], [%"data.195", %"ppp_d0.stop_at_encap.endif"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.289", %"widening.test.32"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.112", %"ip_version_d1.to_ipv4"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.121", %"pppoe_d1.to_ipv4"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.136", %"geneve_d0.to_ipv4"], [%"data_end.140", %"gue_d0.to_ipv4"], [%"data_end.146", %"shim_d0.to_ipv4"], [%"data_end.148", %"gre_d0.to_ipv4"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.188", %"ethernet_d1.to_ipv4"], [%"data_end.195", %"ppp_d0.stop_at_encap.endif"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.289", %"widening.test.32"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.52", %"batadv_d0.stop_at_encap.endif"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.112", %"ip_version_d1.to_ipv4"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.121", %"pppoe_d1.to_ipv4"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.136", %"geneve_d0.to_ipv4"], [%"keys.140", %"gue_d0.to_ipv4"], [%"keys.146", %"shim_d0.to_ipv4"], [%"keys.148", %"gre_d0.to_ipv4"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.181", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.183", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.188", %"ethernet_d1.to_ipv4"], [%"keys.195", %"ppp_d0.stop_at_encap.endif"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.32"]
  %"hdr.19" = getelementptr i8, ptr %"data.25", i64 %"cursor.22"
  %".1409" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1410" = icmp ugt ptr %".1409", %"data_end.25"
  br i1 %".1410", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1412" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1413" = load i8, ptr %".1412", align 1
  %".1414" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1415" = load i16, ptr %".1414", align 2
  %".1416" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1417" = load i8, ptr %".1416", align 1
  %".1418" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1419" = load i32, ptr %".1418", align 4
  %".1420" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1421" = load i32, ptr %".1420", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1413", %"ipv4_d1.linear"], [%".1440", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1415", %"ipv4_d1.linear"], [%".1442", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1417", %"ipv4_d1.linear"], [%".1444", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1419", %"ipv4_d1.linear"], [%".1446", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1421", %"ipv4_d1.linear"], [%".1448", %"ipv4_d1.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.88", %"ipv4_d1.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.88", %"ipv4_d1.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.88", %"ipv4_d1.copy_failed.endif"]
  %".1450" = zext i8 %"w0_1.4" to i64
  %".1451" = and i64 %".1450", 15
  %".1452" = icmp uge i64 %".1451", 5
  %".1453" = xor i1 %".1452", -1
  br i1 %".1453", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".195" = trunc i64 %"end" to i16
  %".196" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".195", ptr %".196", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".199" = getelementptr i8, ptr %"keys.15", i64 12
  store i32 0, ptr %".199", align 4
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".273", %"ipv6_d0.stop_at_encap.endif.1"], [%".731", %"batadv_d0.stop_at_encap.endif.1"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2217", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2345", %"pppoe_d1.to_ipv6"], [%".2411", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.6", %"geneve_d0.to_ipv6"], [%"end.7", %"gue_d0.to_ipv6"], [%"end.8", %"gre_d0.to_ipv6"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3983", %"vlan_d1_vlan_tags2.to_ipv6"], [%".4053", %"hsr_d1_vlan_tags2.to_ipv6"], [%".4174", %"ethernet_d1.to_ipv6"], [%".4279", %"ppp_d0.stop_at_encap.endif.1"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6444", %"widening.test.26"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.112", %"ip_version_d1.to_ipv6"], [%"data.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.121", %"pppoe_d1.to_ipv6"], [%"data.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.136", %"geneve_d0.to_ipv6"], [%"data.140", %"gue_d0.to_ipv6"], [%"data.148", %"gre_d0.to_ipv6"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.181", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.183", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.188", %"ethernet_d1.to_ipv6"], [%"data.195", %"ppp_d0.stop_at_encap.endif.1"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.283", %"widening.test.26"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.112", %"ip_version_d1.to_ipv6"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.121", %"pppoe_d1.to_ipv6"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.136", %"geneve_d0.to_ipv6"], [%"data_end.140", %"gue_d0.to_ipv6"], [%"data_end.148", %"gre_d0.to_ipv6"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.188", %"ethernet_d1.to_ipv6"], [%"data_end.195", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.283", %"widening.test.26"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.112", %"ip_version_d1.to_ipv6"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.121", %"pppoe_d1.to_ipv6"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.136", %"geneve_d0.to_ipv6"], [%"keys.140", %"gue_d0.to_ipv6"], [%"keys.148", %"gre_d0.to_ipv6"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.181", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.183", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.188", %"ethernet_d1.to_ipv6"], [%"keys.195", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.26"]
  %"hdr.20" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1569" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1570" = icmp ugt ptr %".1569", %"data_end.26"
  br i1 %".1570", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1572" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1573" = load i32, ptr %".1572", align 4
  %".1574" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1575" = load i8, ptr %".1574", align 1
  %".1576" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1577" = load i64, ptr %".1576", align 8
  %".1578" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1579" = load i64, ptr %".1578", align 8
  %".1580" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1581" = load i64, ptr %".1580", align 8
  %".1582" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1583" = load i64, ptr %".1582", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1573", %"ipv6_d1.linear"], [%".1602", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1575", %"ipv6_d1.linear"], [%".1604", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1577", %"ipv6_d1.linear"], [%".1606", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1579", %"ipv6_d1.linear"], [%".1608", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1581", %"ipv6_d1.linear"], [%".1610", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1583", %"ipv6_d1.linear"], [%".1612", %"ipv6_d1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.92", %"ipv6_d1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.92", %"ipv6_d1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.92", %"ipv6_d1.copy_failed.endif"]
  %".1614" = trunc i64 34525 to i16
  %".1615" = getelementptr i8, ptr %"keys.93", i64 4
  store i16 %".1614", ptr %".1615", align 2
  %".1617" = trunc i64 34525 to i16
  %".1618" = call i16 @"llvm.bswap.i16"(i16 %".1617")
  %".1619" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1618", ptr %".1619", align 2
  %".1621" = getelementptr i8, ptr %"keys.93", i64 16
  store i64 %"w8_8.1", ptr %".1621", align 8
  %".1623" = getelementptr i8, ptr %"keys.93", i64 24
  store i64 %"w16_8.1", ptr %".1623", align 8
  %".1625" = getelementptr i8, ptr %"keys.93", i64 32
  store i64 %"w24_8.1", ptr %".1625", align 8
  %".1627" = getelementptr i8, ptr %"keys.93", i64 40
  store i64 %"w32_8.1", ptr %".1627", align 8
  %".1629" = zext i8 %"w6_1.1" to i64
  %".1630" = trunc i64 %".1629" to i8
  %".1631" = getelementptr i8, ptr %"keys.93", i64 9
  store i8 %".1630", ptr %".1631", align 1
  %".1633" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1634" = zext i32 %".1633" to i64
  %".1635" = and i64 %".1634", 1048575
  %".1636" = trunc i64 %".1635" to i32
  %".1637" = call i32 @"llvm.bswap.i32"(i32 %".1636")
  %".1638" = getelementptr i8, ptr %"keys.93", i64 52
  store i32 %".1637", ptr %".1638", align 4
  %".1640" = add i64 %"cursor.23", 40
  %".1641" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1642" = zext i32 %".1641" to i64
  %".1643" = and i64 %".1642", 1048575
  %".1644" = icmp ne i64 %".1643", 0
  %".1645" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.26" = load volatile i32, ptr %".1645", align 4
  %".1646" = and i32 %"flags.26", 2
  %".1647" = icmp ne i32 %".1646", 0
  %".1648" = and i1 %".1644", %".1647"
  br i1 %".1648", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".218" = trunc i64 %"cursor.2" to i32
  %".219" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".218", [40 x i8]* %"header_copy", i32 40)
  %".220" = icmp eq i64 %".219", 0
  %".221" = getelementptr i8, ptr %"ctx.2", i64 76
  %".222" = load i32, ptr %".221", align 4
  %".223" = zext i32 %".222" to i64
  %"data.27" = inttoptr i64 %".223" to ptr
  %".224" = getelementptr i8, ptr %"ctx.2", i64 80
  %".225" = load i32, ptr %".224", align 4
  %".226" = zext i32 %".225" to i64
  %"data_end.27" = inttoptr i64 %".226" to ptr
  %".227" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.27" = load ptr, ptr %".227", align 8
  %".228" = xor i1 %".220", -1
  br i1 %".228", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".230" = trunc i64 %"cursor.2" to i16
  %".231" = getelementptr i8, ptr %"keys.27", i64 2
  store i16 %".230", ptr %".231", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".234" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".235" = load volatile i32, [40 x i8]* %".234", align 4
  %".236" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".237" = load volatile i8, [40 x i8]* %".236", align 1
  %".238" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".239" = load volatile i64, [40 x i8]* %".238", align 8
  %".240" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".241" = load volatile i64, [40 x i8]* %".240", align 8
  %".242" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".243" = load volatile i64, [40 x i8]* %".242", align 8
  %".244" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".245" = load volatile i64, [40 x i8]* %".244", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".283" = trunc i64 %".273" to i16
  %".284" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".283", ptr %".284", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".287" = zext i8 %"w6_1" to i64
  switch i64 %".287", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.unknown:
  %".289" = trunc i64 %".273" to i16
  %".290" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".289", ptr %".290", align 2
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
  %".306" = trunc i64 34887 to i16
  %".307" = call i16 @"llvm.bswap.i16"(i16 %".306")
  %".308" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".307", ptr %".308", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.to_ipv4:
  %".311" = trunc i64 2048 to i16
  %".312" = call i16 @"llvm.bswap.i16"(i16 %".311")
  %".313" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".312", ptr %".313", align 2
  %".315" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".315", align 1
  %".317" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.4" = load volatile i32, ptr %".317", align 4
  %".318" = and i32 %"flags.4", 4
  %".319" = icmp ne i32 %".318", 0
  br i1 %".319", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".328" = trunc i64 34525 to i16
  %".329" = call i16 @"llvm.bswap.i16"(i16 %".328")
  %".330" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".329", ptr %".330", align 2
  %".332" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".332", align 1
  %".334" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.5" = load volatile i32, ptr %".334", align 4
  %".335" = and i32 %"flags.5", 4
  %".336" = icmp ne i32 %".335", 0
  br i1 %".336", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".273", %"ipv6_d0.to_ipv6_opts"], [%".273", %"ipv6_d0.to_ipv6_opts.1"], [%".273", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.29" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_opts"], [%"data.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_opts"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.29" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_opts"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.29", i64 %"cursor.24"
  %".1718" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1719" = icmp ugt ptr %".1718", %"data_end.29"
  br i1 %".1719", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1721" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1722" = load i8, ptr %".1721", align 1
  %".1723" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1724" = load i8, ptr %".1723", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1722", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1724", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1745", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.96", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1747" = zext i8 %"w0_1.5" to i64
  %".1748" = trunc i64 %".1747" to i8
  %".1749" = getelementptr i8, ptr %"keys.97", i64 9
  store i8 %".1748", ptr %".1749", align 1
  %".1751" = add i64 %"cursor.24", 2
  %".1752" = zext i8 %"w1_1.3" to i64
  %".1753" = mul i64 %".1752", 8
  %".1754" = add i64 %".1753", 6
  %".1755" = add i64 %".1754", 2
  %"end.4" = add i64 %"cursor.24", %".1755"
  %".1756" = zext i8 %"w0_1.5" to i64
  switch i64 %".1756", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".273", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.25"
  %".1814" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1815" = icmp ugt ptr %".1814", %"data_end.30"
  br i1 %".1815", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1817" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1818" = load i8, ptr %".1817", align 1
  %".1819" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1820" = load i16, ptr %".1819", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1818", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1839", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1820", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1841", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1843" = zext i8 %"w0_1.6" to i64
  %".1844" = trunc i64 %".1843" to i8
  %".1845" = getelementptr i8, ptr %"keys.101", i64 9
  store i8 %".1844", ptr %".1845", align 1
  %".1847" = add i64 %"cursor.25", 8
  %".1848" = icmp ne i64 1, 0
  %".1849" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1850" = zext i16 %".1849" to i64
  %".1851" = and i64 %".1850", 65528
  %".1852" = icmp eq i64 %".1851", 0
  br i1 %".1848", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.26" = phi  i64 [%".273", %"ipv6_d0.to_icmpv6"], [%".1640", %"ipv6_d1.to_icmpv6"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5293", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".5778", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6499", %"widening.test.31"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.93", %"ipv6_d1.to_icmpv6"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.288", %"widening.test.31"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.93", %"ipv6_d1.to_icmpv6"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.288", %"widening.test.31"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.93", %"ipv6_d1.to_icmpv6"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.31"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.26"
  %".1932" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1933" = icmp ugt ptr %".1932", %"data_end.31"
  br i1 %".1933", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.103" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.102", %"icmpv6.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.102", %"icmpv6.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.102", %"icmpv6.copy_failed.endif"]
  %".1953" = add i64 %"cursor.26", 4
  %".1954" = trunc i64 %"cursor.26" to i16
  %".1955" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1954", ptr %".1955", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".321" = trunc i64 %".273" to i16
  %".322" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".321", ptr %".322", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".325" = getelementptr i8, ptr %"keys.28", i64 12
  store i32 0, ptr %".325", align 4
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".338" = trunc i64 %".273" to i16
  %".339" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".338", ptr %".339", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".342" = getelementptr i8, ptr %"keys.28", i64 12
  store i32 0, ptr %".342", align 4
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".351" = trunc i64 %"cursor.3" to i32
  %".352" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".351", [40 x i8]* %"header_copy", i32 4)
  %".353" = icmp eq i64 %".352", 0
  %".354" = getelementptr i8, ptr %"ctx.3", i64 76
  %".355" = load i32, ptr %".354", align 4
  %".356" = zext i32 %".355" to i64
  %"data.32" = inttoptr i64 %".356" to ptr
  %".357" = getelementptr i8, ptr %"ctx.3", i64 80
  %".358" = load i32, ptr %".357", align 4
  %".359" = zext i32 %".358" to i64
  %"data_end.32" = inttoptr i64 %".359" to ptr
  %".360" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.32" = load ptr, ptr %".360", align 8
  %".361" = xor i1 %".353", -1
  br i1 %".361", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".363" = trunc i64 %"cursor.3" to i16
  %".364" = getelementptr i8, ptr %"keys.32", i64 2
  store i16 %".363", ptr %".364", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".367" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".368" = load volatile i16, [40 x i8]* %".367", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".383" = trunc i64 %".376" to i16
  %".384" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".383", ptr %".384", align 2
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
  %"cursor.27" = phi  i64 [%".376", %"vlan_d0_vlan_tags1.to_vlan"], [%".376", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".654", %"hsr_d0_vlan_tags1.to_vlan"], [%".654", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".6169", %"widening.test.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.258", %"widening.test.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.258", %"widening.test.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.27"
  %".1958" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1959" = icmp ugt ptr %".1958", %"data_end.34"
  br i1 %".1959", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1961" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1962" = load i16, ptr %".1961", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1962", %"vlan_d0_vlan_tags2.linear"], [%".1981", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1983" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1984" = zext i16 %".1983" to i64
  %".1985" = trunc i64 %".1984" to i16
  %".1986" = call i16 @"llvm.bswap.i16"(i16 %".1985")
  %".1987" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".1986", ptr %".1987", align 2
  %".1989" = add i64 %"cursor.27", 4
  %".1990" = trunc i64 %".1989" to i16
  %".1991" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".1990", ptr %".1991", align 2
  %".1993" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1994" = zext i16 %".1993" to i64
  switch i64 %".1994", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".376", %"vlan_d0_vlan_tags1.to_hsr"], [%".376", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".654", %"hsr_d0_vlan_tags1.to_hsr"], [%".654", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".6158", %"widening.test"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.257", %"widening.test"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.257", %"widening.test"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.35", i64 %"cursor.28"
  %".2028" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2029" = icmp ugt ptr %".2028", %"data_end.35"
  br i1 %".2029", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2031" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2032" = load i16, ptr %".2031", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2032", %"hsr_d0_vlan_tags2.linear"], [%".2051", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.35", %"hsr_d0_vlan_tags2.linear"], [%"data.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.35", %"hsr_d0_vlan_tags2.linear"], [%"data_end.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.35", %"hsr_d0_vlan_tags2.linear"], [%"keys.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2053" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2054" = zext i16 %".2053" to i64
  %".2055" = trunc i64 %".2054" to i16
  %".2056" = call i16 @"llvm.bswap.i16"(i16 %".2055")
  %".2057" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".2056", ptr %".2057", align 2
  %".2059" = add i64 %"cursor.28", 6
  %".2060" = trunc i64 %".2059" to i16
  %".2061" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2060", ptr %".2061", align 2
  %".2063" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2064" = zext i16 %".2063" to i64
  switch i64 %".2064", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
mpls_d0_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".410" = trunc i64 %"cursor.4" to i32
  %".411" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".410", [40 x i8]* %"header_copy", i32 4)
  %".412" = icmp eq i64 %".411", 0
  %".413" = getelementptr i8, ptr %"ctx.4", i64 76
  %".414" = load i32, ptr %".413", align 4
  %".415" = zext i32 %".414" to i64
  %"data.36" = inttoptr i64 %".415" to ptr
  %".416" = getelementptr i8, ptr %"ctx.4", i64 80
  %".417" = load i32, ptr %".416", align 4
  %".418" = zext i32 %".417" to i64
  %"data_end.36" = inttoptr i64 %".418" to ptr
  %".419" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.36" = load ptr, ptr %".419", align 8
  %".420" = xor i1 %".412", -1
  br i1 %".420", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".422" = trunc i64 %".403" to i16
  %".423" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".422", ptr %".423", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".426" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".427" = load volatile i8, [40 x i8]* %".426", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".433" = trunc i64 %".429" to i16
  %".434" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".433", ptr %".434", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels1.to_ip_version:
  %".438" = getelementptr i8, ptr %"keys.37", i64 8
  store i8 1, ptr %".438", align 1
  %".440" = getelementptr i8, ptr %"keys.37", i64 48
  %"flags.6" = load volatile i32, ptr %".440", align 4
  %".441" = and i32 %"flags.6", 4
  %".442" = icmp ne i32 %".441", 0
  br i1 %".442", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels2:
  %"cursor.29" = phi  i64 [%".429", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.38" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.38" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.38" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2098" = add i64 %"cursor.29", 4
  %"hdr.26" = getelementptr i8, ptr %"data.38", i64 %"cursor.29"
  %".2099" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2100" = icmp ugt ptr %".2099", %"data_end.38"
  br i1 %".2100", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2102" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2103" = load i8, ptr %".2102", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2103", %"mpls_d0_mpls_labels2.linear"], [%".2122", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels2.linear"], [%"data.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels2.linear"], [%"data_end.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels2.linear"], [%"keys.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2124" = add i64 %"cursor.29", 4
  %".2125" = zext i8 %"w2_1.1" to i64
  %".2126" = and i64 %".2125", 1
  switch i64 %".2126", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels1.stop_at_encap:
  %".444" = trunc i64 %".429" to i16
  %".445" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".444", ptr %".445", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".448" = getelementptr i8, ptr %"keys.37", i64 12
  store i32 0, ptr %".448", align 4
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.30" = phi  i64 [%".429", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".2124", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".3086", %"gtpu_d0.to_ip_version"], [%".3930", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4219", %"gtpu_opt_d1.to_ip_version"], [%".5416", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5517", %"gtpu_next_d1.to_ip_version"], [%".6027", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".6132", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6301", %"widening.test.13"]
  %"data.39" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.142", %"gtpu_d0.to_ip_version"], [%"data.178", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.190", %"gtpu_opt_d1.to_ip_version"], [%"data.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.232", %"gtpu_next_d1.to_ip_version"], [%"data.248", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.256", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.270", %"widening.test.13"]
  %"data_end.39" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.142", %"gtpu_d0.to_ip_version"], [%"data_end.178", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.190", %"gtpu_opt_d1.to_ip_version"], [%"data_end.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.232", %"gtpu_next_d1.to_ip_version"], [%"data_end.248", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.270", %"widening.test.13"]
  %"keys.39" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.142", %"gtpu_d0.to_ip_version"], [%"keys.178", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.190", %"gtpu_opt_d1.to_ip_version"], [%"keys.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.232", %"gtpu_next_d1.to_ip_version"], [%"keys.248", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.256", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.test.13"]
  %"hdr.27" = getelementptr i8, ptr %"data.39", i64 %"cursor.30"
  %".2146" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2147" = icmp ugt ptr %".2146", %"data_end.39"
  br i1 %".2147", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2149" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2150" = load i8, ptr %".2149", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2150", %"ip_version_d1.linear"], [%".2169", %"ip_version_d1.copy_failed.endif"]
  %"data.112" = phi  ptr [%"data.39", %"ip_version_d1.linear"], [%"data.111", %"ip_version_d1.copy_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.39", %"ip_version_d1.linear"], [%"data_end.111", %"ip_version_d1.copy_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.39", %"ip_version_d1.linear"], [%"keys.111", %"ip_version_d1.copy_failed.endif"]
  %".2171" = zext i8 %"w0_1.7" to i64
  %".2172" = lshr i64 %".2171", 4
  %".2173" = and i64 %".2172", 15
  switch i64 %".2173", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".461" = trunc i64 %"cursor.5" to i32
  %".462" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".461", [40 x i8]* %"header_copy", i32 8)
  %".463" = icmp eq i64 %".462", 0
  %".464" = getelementptr i8, ptr %"ctx.5", i64 76
  %".465" = load i32, ptr %".464", align 4
  %".466" = zext i32 %".465" to i64
  %"data.40" = inttoptr i64 %".466" to ptr
  %".467" = getelementptr i8, ptr %"ctx.5", i64 80
  %".468" = load i32, ptr %".467", align 4
  %".469" = zext i32 %".468" to i64
  %"data_end.40" = inttoptr i64 %".469" to ptr
  %".470" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.40" = load ptr, ptr %".470", align 8
  %".471" = xor i1 %".463", -1
  br i1 %".471", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".473" = trunc i64 %"cursor.5" to i16
  %".474" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".473", ptr %".474", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".477" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".478" = load volatile i8, [40 x i8]* %".477", align 1
  %".479" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".480" = load volatile i8, [40 x i8]* %".479", align 1
  %".481" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".482" = load volatile i16, [40 x i8]* %".481", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".497" = trunc i64 %"cursor.5" to i16
  %".498" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".497", ptr %".498", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".501" = add i64 %"cursor.5", 8
  %".502" = trunc i64 %".501" to i16
  %".503" = getelementptr i8, ptr %"keys.41", i64 0
  store i16 %".502", ptr %".503", align 2
  %".505" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".506" = zext i16 %".505" to i64
  switch i64 %".506", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.unknown:
  %".508" = and i64 %".506", 257
  %".509" = icmp eq i64 %".508", 1
  br i1 %".509", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".515" = trunc i64 2048 to i16
  %".516" = call i16 @"llvm.bswap.i16"(i16 %".515")
  %".517" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".516", ptr %".517", align 2
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".520" = trunc i64 34525 to i16
  %".521" = call i16 @"llvm.bswap.i16"(i16 %".520")
  %".522" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".521", ptr %".522", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".525" = trunc i64 34887 to i16
  %".526" = call i16 @"llvm.bswap.i16"(i16 %".525")
  %".527" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".526", ptr %".527", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".530" = trunc i64 34888 to i16
  %".531" = call i16 @"llvm.bswap.i16"(i16 %".530")
  %".532" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".531", ptr %".532", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".511" = trunc i64 %".501" to i16
  %".512" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".511", ptr %".512", align 2
  br label %"return"
ppp_other:
  %"cursor.31" = phi  i64 [%".501", %"pppoe_d0.to_ppp_other"], [%".2345", %"pppoe_d1.to_ppp_other"]
  %"data.42" = phi  ptr [%"data.41", %"pppoe_d0.to_ppp_other"], [%"data.121", %"pppoe_d1.to_ppp_other"]
  %"data_end.42" = phi  ptr [%"data_end.41", %"pppoe_d0.to_ppp_other"], [%"data_end.121", %"pppoe_d1.to_ppp_other"]
  %"keys.42" = phi  ptr [%"keys.41", %"pppoe_d0.to_ppp_other"], [%"keys.121", %"pppoe_d1.to_ppp_other"]
  %".2181" = add i64 %"cursor.31", 0
  %".2182" = trunc i64 %".2181" to i16
  %".2183" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".2182", ptr %".2183", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".545" = trunc i64 %"cursor.7" to i32
  %".546" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".545", [40 x i8]* %"header_copy", i32 34)
  %".547" = icmp eq i64 %".546", 0
  %".548" = getelementptr i8, ptr %"ctx.6", i64 76
  %".549" = load i32, ptr %".548", align 4
  %".550" = zext i32 %".549" to i64
  %"data.43" = inttoptr i64 %".550" to ptr
  %".551" = getelementptr i8, ptr %"ctx.6", i64 80
  %".552" = load i32, ptr %".551", align 4
  %".553" = zext i32 %".552" to i64
  %"data_end.43" = inttoptr i64 %".553" to ptr
  %".554" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.43" = load ptr, ptr %".554", align 8
  %".555" = xor i1 %".547", -1
  br i1 %".555", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".557" = trunc i64 %"cursor.7" to i16
  %".558" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".557", ptr %".558", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".576" = trunc i64 %"cursor.9" to i32
  %".577" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".576", [40 x i8]* %"header_copy", i32 16)
  %".578" = icmp eq i64 %".577", 0
  %".579" = getelementptr i8, ptr %"ctx.7", i64 76
  %".580" = load i32, ptr %".579", align 4
  %".581" = zext i32 %".580" to i64
  %"data.45" = inttoptr i64 %".581" to ptr
  %".582" = getelementptr i8, ptr %"ctx.7", i64 80
  %".583" = load i32, ptr %".582", align 4
  %".584" = zext i32 %".583" to i64
  %"data_end.45" = inttoptr i64 %".584" to ptr
  %".585" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.45" = load ptr, ptr %".585", align 8
  %".586" = xor i1 %".578", -1
  br i1 %".586", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".588" = trunc i64 %"cursor.9" to i16
  %".589" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".588", ptr %".589", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".601" = trunc i64 %"cursor.10" to i32
  %".602" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".601", [40 x i8]* %"header_copy", i32 38)
  %".603" = icmp eq i64 %".602", 0
  %".604" = getelementptr i8, ptr %"ctx.8", i64 76
  %".605" = load i32, ptr %".604", align 4
  %".606" = zext i32 %".605" to i64
  %"data.47" = inttoptr i64 %".606" to ptr
  %".607" = getelementptr i8, ptr %"ctx.8", i64 80
  %".608" = load i32, ptr %".607", align 4
  %".609" = zext i32 %".608" to i64
  %"data_end.47" = inttoptr i64 %".609" to ptr
  %".610" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.47" = load ptr, ptr %".610", align 8
  %".611" = xor i1 %".603", -1
  br i1 %".611", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".613" = trunc i64 %"cursor.10" to i16
  %".614" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".613", ptr %".614", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".629" = trunc i64 %"cursor.11" to i32
  %".630" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".629", [40 x i8]* %"header_copy", i32 6)
  %".631" = icmp eq i64 %".630", 0
  %".632" = getelementptr i8, ptr %"ctx.9", i64 76
  %".633" = load i32, ptr %".632", align 4
  %".634" = zext i32 %".633" to i64
  %"data.49" = inttoptr i64 %".634" to ptr
  %".635" = getelementptr i8, ptr %"ctx.9", i64 80
  %".636" = load i32, ptr %".635", align 4
  %".637" = zext i32 %".636" to i64
  %"data_end.49" = inttoptr i64 %".637" to ptr
  %".638" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.49" = load ptr, ptr %".638", align 8
  %".639" = xor i1 %".631", -1
  br i1 %".639", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".641" = trunc i64 %"cursor.11" to i16
  %".642" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".641", ptr %".642", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".645" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".646" = load volatile i16, [40 x i8]* %".645", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".661" = trunc i64 %".654" to i16
  %".662" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".661", ptr %".662", align 2
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
  %".691" = trunc i64 %"cursor.12" to i32
  %".692" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".691", [40 x i8]* %"header_copy", i32 24)
  %".693" = icmp eq i64 %".692", 0
  %".694" = getelementptr i8, ptr %"ctx.10", i64 76
  %".695" = load i32, ptr %".694", align 4
  %".696" = zext i32 %".695" to i64
  %"data.51" = inttoptr i64 %".696" to ptr
  %".697" = getelementptr i8, ptr %"ctx.10", i64 80
  %".698" = load i32, ptr %".697", align 4
  %".699" = zext i32 %".698" to i64
  %"data_end.51" = inttoptr i64 %".699" to ptr
  %".700" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.51" = load ptr, ptr %".700", align 8
  %".701" = xor i1 %".693", -1
  br i1 %".701", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".703" = trunc i64 %"cursor.12" to i16
  %".704" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".703", ptr %".704", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".707" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".708" = load volatile i8, [40 x i8]* %".707", align 1
  %".709" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".710" = load volatile i8, [40 x i8]* %".709", align 1
  %".711" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".712" = load volatile i16, [40 x i8]* %".711", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".721" = trunc i64 %"cursor.12" to i16
  %".722" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".721", ptr %".722", align 2
  br label %"return"
batadv_d0.require.endif:
  %".725" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".726" = zext i16 %".725" to i64
  %".727" = trunc i64 %".726" to i16
  %".728" = call i16 @"llvm.bswap.i16"(i16 %".727")
  %".729" = getelementptr i8, ptr %"keys.52", i64 10
  store i16 %".728", ptr %".729", align 2
  %".731" = add i64 %"cursor.12", 24
  %".732" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".733" = zext i16 %".732" to i64
  switch i64 %".733", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 33024, label %"batadv_d0.to_vlan" i64 34984, label %"batadv_d0.to_vlan.1" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe" i64 35119, label %"batadv_d0.to_hsr" i64 35067, label %"batadv_d0.to_hsr.1" i64 17157, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.unknown:
  %".735" = trunc i64 %".731" to i16
  %".736" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".735", ptr %".736", align 2
  br label %"return"
batadv_d0.to_ipv4:
  %".739" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".739", align 1
  %".741" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.7" = load volatile i32, ptr %".741", align 4
  %".742" = and i32 %"flags.7", 4
  %".743" = icmp ne i32 %".742", 0
  br i1 %".743", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.to_ipv6:
  %".752" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".752", align 1
  %".754" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.8" = load volatile i32, ptr %".754", align 4
  %".755" = and i32 %"flags.8", 4
  %".756" = icmp ne i32 %".755", 0
  br i1 %".756", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".765" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".765", align 1
  %".767" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.9" = load volatile i32, ptr %".767", align 4
  %".768" = and i32 %"flags.9", 4
  %".769" = icmp ne i32 %".768", 0
  br i1 %".769", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".778" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".778", align 1
  %".780" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.10" = load volatile i32, ptr %".780", align 4
  %".781" = and i32 %"flags.10", 4
  %".782" = icmp ne i32 %".781", 0
  br i1 %".782", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".791" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".791", align 1
  %".793" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.11" = load volatile i32, ptr %".793", align 4
  %".794" = and i32 %"flags.11", 4
  %".795" = icmp ne i32 %".794", 0
  br i1 %".795", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".804" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".804", align 1
  %".806" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.12" = load volatile i32, ptr %".806", align 4
  %".807" = and i32 %"flags.12", 4
  %".808" = icmp ne i32 %".807", 0
  br i1 %".808", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".817" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".817", align 1
  %".819" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.13" = load volatile i32, ptr %".819", align 4
  %".820" = and i32 %"flags.13", 4
  %".821" = icmp ne i32 %".820", 0
  br i1 %".821", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".830" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".830", align 1
  %".832" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.14" = load volatile i32, ptr %".832", align 4
  %".833" = and i32 %"flags.14", 4
  %".834" = icmp ne i32 %".833", 0
  br i1 %".834", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".843" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".843", align 1
  %".845" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.15" = load volatile i32, ptr %".845", align 4
  %".846" = and i32 %"flags.15", 4
  %".847" = icmp ne i32 %".846", 0
  br i1 %".847", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".856" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".856", align 1
  %".858" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.16" = load volatile i32, ptr %".858", align 4
  %".859" = and i32 %"flags.16", 4
  %".860" = icmp ne i32 %".859", 0
  br i1 %".860", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".869" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".869", align 1
  %".871" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.17" = load volatile i32, ptr %".871", align 4
  %".872" = and i32 %"flags.17", 4
  %".873" = icmp ne i32 %".872", 0
  br i1 %".873", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".882" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".882", align 1
  %".884" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.18" = load volatile i32, ptr %".884", align 4
  %".885" = and i32 %"flags.18", 4
  %".886" = icmp ne i32 %".885", 0
  br i1 %".886", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".895" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".895", align 1
  %".897" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.19" = load volatile i32, ptr %".897", align 4
  %".898" = and i32 %"flags.19", 4
  %".899" = icmp ne i32 %".898", 0
  br i1 %".899", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".908" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".908", align 1
  %".910" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.20" = load volatile i32, ptr %".910", align 4
  %".911" = and i32 %"flags.20", 4
  %".912" = icmp ne i32 %".911", 0
  br i1 %".912", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".921" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".921", align 1
  %".923" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.21" = load volatile i32, ptr %".923", align 4
  %".924" = and i32 %"flags.21", 4
  %".925" = icmp ne i32 %".924", 0
  br i1 %".925", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".934" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".934", align 1
  %".936" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.22" = load volatile i32, ptr %".936", align 4
  %".937" = and i32 %"flags.22", 4
  %".938" = icmp ne i32 %".937", 0
  br i1 %".938", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".745" = trunc i64 %".731" to i16
  %".746" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".745", ptr %".746", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".749" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".749", align 4
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".758" = trunc i64 %".731" to i16
  %".759" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".758", ptr %".759", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".762" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".762", align 4
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".771" = trunc i64 %".731" to i16
  %".772" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".771", ptr %".772", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".775" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".775", align 4
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".731", %"batadv_d0.stop_at_encap.endif.2"], [%".731", %"batadv_d0.stop_at_encap.endif.3"], [%"end.8", %"gre_d0.to_vlan"], [%"end.8", %"gre_d0.to_vlan.1"], [%".4174", %"ethernet_d1.to_vlan"], [%".4174", %"ethernet_d1.to_vlan.1"], [%".6334", %"widening.test.16"]
  %"data.53" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data.148", %"gre_d0.to_vlan"], [%"data.148", %"gre_d0.to_vlan.1"], [%"data.188", %"ethernet_d1.to_vlan"], [%"data.188", %"ethernet_d1.to_vlan.1"], [%"data.273", %"widening.test.16"]
  %"data_end.53" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.148", %"gre_d0.to_vlan"], [%"data_end.148", %"gre_d0.to_vlan.1"], [%"data_end.188", %"ethernet_d1.to_vlan"], [%"data_end.188", %"ethernet_d1.to_vlan.1"], [%"data_end.273", %"widening.test.16"]
  %"keys.53" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.148", %"gre_d0.to_vlan"], [%"keys.148", %"gre_d0.to_vlan.1"], [%"keys.188", %"ethernet_d1.to_vlan"], [%"keys.188", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.16"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.32"
  %".2186" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2187" = icmp ugt ptr %".2186", %"data_end.53"
  br i1 %".2187", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2189" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2190" = load i16, ptr %".2189", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2190", %"vlan_d1_vlan_tags1.linear"], [%".2209", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.53", %"vlan_d1_vlan_tags1.linear"], [%"data.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.53", %"vlan_d1_vlan_tags1.linear"], [%"data_end.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.53", %"vlan_d1_vlan_tags1.linear"], [%"keys.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2211" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2212" = zext i16 %".2211" to i64
  %".2213" = trunc i64 %".2212" to i16
  %".2214" = call i16 @"llvm.bswap.i16"(i16 %".2213")
  %".2215" = getelementptr i8, ptr %"keys.114", i64 10
  store i16 %".2214", ptr %".2215", align 2
  %".2217" = add i64 %"cursor.32", 4
  %".2218" = trunc i64 %".2217" to i16
  %".2219" = getelementptr i8, ptr %"keys.114", i64 0
  store i16 %".2218", ptr %".2219", align 2
  %".2221" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2222" = zext i16 %".2221" to i64
  switch i64 %".2222", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0.stop_at_encap.3:
  %".784" = trunc i64 %".731" to i16
  %".785" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".784", ptr %".785", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".788" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".788", align 4
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".797" = trunc i64 %".731" to i16
  %".798" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".797", ptr %".798", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".801" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".801", align 4
  br label %"mpls_d1_mpls_labels1"
mpls_d1_mpls_labels1:
  %"cursor.33" = phi  i64 [%".731", %"batadv_d0.stop_at_encap.endif.4"], [%".731", %"batadv_d0.stop_at_encap.endif.5"], [%"end.3", %"ipv4_d1.to_mpls"], [%".1640", %"ipv6_d1.to_mpls"], [%".2217", %"vlan_d1_vlan_tags1.to_mpls"], [%".2217", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2345", %"pppoe_d1.to_mpls"], [%".2345", %"pppoe_d1.to_mpls.1"], [%".2411", %"hsr_d1_vlan_tags1.to_mpls"], [%".2411", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.8", %"gre_d0.to_mpls"], [%"end.8", %"gre_d0.to_mpls.1"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".3983", %"vlan_d1_vlan_tags2.to_mpls"], [%".3983", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".4053", %"hsr_d1_vlan_tags2.to_mpls"], [%".4053", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".4174", %"ethernet_d1.to_mpls"], [%".4174", %"ethernet_d1.to_mpls.1"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".5778", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6521", %"widening.test.33"]
  %"data.54" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data.89", %"ipv4_d1.to_mpls"], [%"data.93", %"ipv6_d1.to_mpls"], [%"data.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.121", %"pppoe_d1.to_mpls"], [%"data.121", %"pppoe_d1.to_mpls.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.148", %"gre_d0.to_mpls"], [%"data.148", %"gre_d0.to_mpls.1"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.181", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.181", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.183", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.183", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.188", %"ethernet_d1.to_mpls"], [%"data.188", %"ethernet_d1.to_mpls.1"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.290", %"widening.test.33"]
  %"data_end.54" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.89", %"ipv4_d1.to_mpls"], [%"data_end.93", %"ipv6_d1.to_mpls"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.121", %"pppoe_d1.to_mpls"], [%"data_end.121", %"pppoe_d1.to_mpls.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.148", %"gre_d0.to_mpls"], [%"data_end.148", %"gre_d0.to_mpls.1"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.188", %"ethernet_d1.to_mpls"], [%"data_end.188", %"ethernet_d1.to_mpls.1"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.290", %"widening.test.33"]
  %"keys.54" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.89", %"ipv4_d1.to_mpls"], [%"keys.93", %"ipv6_d1.to_mpls"], [%"keys.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.121", %"pppoe_d1.to_mpls"], [%"keys.121", %"pppoe_d1.to_mpls.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.148", %"gre_d0.to_mpls"], [%"keys.148", %"gre_d0.to_mpls.1"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.181", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.181", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.183", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.183", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.188", %"ethernet_d1.to_mpls"], [%"keys.188", %"ethernet_d1.to_mpls.1"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.33"]
  %".2244" = add i64 %"cursor.33", 4
  %"hdr.29" = getelementptr i8, ptr %"data.54", i64 %"cursor.33"
  %".2245" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2246" = icmp ugt ptr %".2245", %"data_end.54"
  br i1 %".2246", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2248" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2249" = load i8, ptr %".2248", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2249", %"mpls_d1_mpls_labels1.linear"], [%".2268", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.54", %"mpls_d1_mpls_labels1.linear"], [%"data.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.54", %"mpls_d1_mpls_labels1.linear"], [%"data_end.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.54", %"mpls_d1_mpls_labels1.linear"], [%"keys.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2270" = add i64 %"cursor.33", 4
  %".2271" = zext i8 %"w2_1.2" to i64
  %".2272" = and i64 %".2271", 1
  switch i64 %".2272", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
batadv_d0.stop_at_encap.5:
  %".810" = trunc i64 %".731" to i16
  %".811" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".810", ptr %".811", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".814" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".814", align 4
  br label %"mpls_d1_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".823" = trunc i64 %".731" to i16
  %".824" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".823", ptr %".824", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".827" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".827", align 4
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.34" = phi  i64 [%".731", %"batadv_d0.stop_at_encap.endif.6"], [%".2217", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2411", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.8", %"gre_d0.to_pppoe"], [%".3983", %"vlan_d1_vlan_tags2.to_pppoe"], [%".4053", %"hsr_d1_vlan_tags2.to_pppoe"], [%".4174", %"ethernet_d1.to_pppoe"], [%".6433", %"widening.test.25"]
  %"data.55" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.148", %"gre_d0.to_pppoe"], [%"data.181", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.183", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.188", %"ethernet_d1.to_pppoe"], [%"data.282", %"widening.test.25"]
  %"data_end.55" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.148", %"gre_d0.to_pppoe"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.188", %"ethernet_d1.to_pppoe"], [%"data_end.282", %"widening.test.25"]
  %"keys.55" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.148", %"gre_d0.to_pppoe"], [%"keys.181", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.183", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.188", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.25"]
  %"hdr.30" = getelementptr i8, ptr %"data.55", i64 %"cursor.34"
  %".2295" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2296" = icmp ugt ptr %".2295", %"data_end.55"
  br i1 %".2296", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2298" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2299" = load i8, ptr %".2298", align 1
  %".2300" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2301" = load i8, ptr %".2300", align 1
  %".2302" = getelementptr i8, ptr %"hdr.30", i64 6
  %".2303" = load i16, ptr %".2302", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2299", %"pppoe_d1.linear"], [%".2322", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2301", %"pppoe_d1.linear"], [%".2324", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2303", %"pppoe_d1.linear"], [%".2326", %"pppoe_d1.copy_failed.endif"]
  %"data.121" = phi  ptr [%"data.55", %"pppoe_d1.linear"], [%"data.120", %"pppoe_d1.copy_failed.endif"]
  %"data_end.121" = phi  ptr [%"data_end.55", %"pppoe_d1.linear"], [%"data_end.120", %"pppoe_d1.copy_failed.endif"]
  %"keys.121" = phi  ptr [%"keys.55", %"pppoe_d1.linear"], [%"keys.120", %"pppoe_d1.copy_failed.endif"]
  %".2328" = zext i8 %"w0_1.8" to i64
  %".2329" = lshr i64 %".2328", 4
  %".2330" = and i64 %".2329", 15
  %".2331" = icmp eq i64 %".2330", 1
  %".2332" = zext i8 %"w0_1.8" to i64
  %".2333" = and i64 %".2332", 15
  %".2334" = icmp eq i64 %".2333", 1
  %".2335" = and i1 %".2331", %".2334"
  %".2336" = zext i8 %"w1_1.4" to i64
  %".2337" = icmp eq i64 %".2336", 0
  %".2338" = and i1 %".2335", %".2337"
  %".2339" = xor i1 %".2338", -1
  br i1 %".2339", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".836" = trunc i64 %".731" to i16
  %".837" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".836", ptr %".837", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".840" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".840", align 4
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".849" = trunc i64 %".731" to i16
  %".850" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".849", ptr %".850", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".853" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".853", align 4
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".862" = trunc i64 %".731" to i16
  %".863" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".862", ptr %".863", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".866" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".866", align 4
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".875" = trunc i64 %".731" to i16
  %".876" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".875", ptr %".876", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".879" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".879", align 4
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".888" = trunc i64 %".731" to i16
  %".889" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".888", ptr %".889", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  %".892" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".892", align 4
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".901" = trunc i64 %".731" to i16
  %".902" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".901", ptr %".902", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  %".905" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".905", align 4
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".914" = trunc i64 %".731" to i16
  %".915" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".914", ptr %".915", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  %".918" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".918", align 4
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.35" = phi  i64 [%".731", %"batadv_d0.stop_at_encap.endif.13"], [%".731", %"batadv_d0.stop_at_encap.endif.14"], [%"end.8", %"gre_d0.to_hsr"], [%"end.8", %"gre_d0.to_hsr.1"], [%".4174", %"ethernet_d1.to_hsr"], [%".4174", %"ethernet_d1.to_hsr.1"], [%".6323", %"widening.test.15"]
  %"data.56" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data.148", %"gre_d0.to_hsr"], [%"data.148", %"gre_d0.to_hsr.1"], [%"data.188", %"ethernet_d1.to_hsr"], [%"data.188", %"ethernet_d1.to_hsr.1"], [%"data.272", %"widening.test.15"]
  %"data_end.56" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.148", %"gre_d0.to_hsr"], [%"data_end.148", %"gre_d0.to_hsr.1"], [%"data_end.188", %"ethernet_d1.to_hsr"], [%"data_end.188", %"ethernet_d1.to_hsr.1"], [%"data_end.272", %"widening.test.15"]
  %"keys.56" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.148", %"gre_d0.to_hsr"], [%"keys.148", %"gre_d0.to_hsr.1"], [%"keys.188", %"ethernet_d1.to_hsr"], [%"keys.188", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.56", i64 %"cursor.35"
  %".2380" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2381" = icmp ugt ptr %".2380", %"data_end.56"
  br i1 %".2381", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2383" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2384" = load i16, ptr %".2383", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2384", %"hsr_d1_vlan_tags1.linear"], [%".2403", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.56", %"hsr_d1_vlan_tags1.linear"], [%"data.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.56", %"hsr_d1_vlan_tags1.linear"], [%"data_end.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.56", %"hsr_d1_vlan_tags1.linear"], [%"keys.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2405" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2406" = zext i16 %".2405" to i64
  %".2407" = trunc i64 %".2406" to i16
  %".2408" = call i16 @"llvm.bswap.i16"(i16 %".2407")
  %".2409" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2408", ptr %".2409", align 2
  %".2411" = add i64 %"cursor.35", 6
  %".2412" = trunc i64 %".2411" to i16
  %".2413" = getelementptr i8, ptr %"keys.123", i64 0
  store i16 %".2412", ptr %".2413", align 2
  %".2415" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2416" = zext i16 %".2415" to i64
  switch i64 %".2416", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0.stop_at_encap.14:
  %".927" = trunc i64 %".731" to i16
  %".928" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".927", ptr %".928", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  %".931" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".931", align 4
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".940" = trunc i64 %".731" to i16
  %".941" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".940", ptr %".941", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  %".944" = getelementptr i8, ptr %"keys.52", i64 12
  store i32 0, ptr %".944", align 4
  br label %"batadv_d1"
batadv_d1:
  %"cursor.36" = phi  i64 [%".731", %"batadv_d0.stop_at_encap.endif.15"], [%".2217", %"vlan_d1_vlan_tags1.to_batadv"], [%".2411", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.8", %"gre_d0.to_batadv"], [%".3983", %"vlan_d1_vlan_tags2.to_batadv"], [%".4053", %"hsr_d1_vlan_tags2.to_batadv"], [%".4174", %"ethernet_d1.to_batadv"], [%".6367", %"widening.test.19"]
  %"data.57" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.148", %"gre_d0.to_batadv"], [%"data.181", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.183", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.188", %"ethernet_d1.to_batadv"], [%"data.276", %"widening.test.19"]
  %"data_end.57" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.148", %"gre_d0.to_batadv"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.188", %"ethernet_d1.to_batadv"], [%"data_end.276", %"widening.test.19"]
  %"keys.57" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.148", %"gre_d0.to_batadv"], [%"keys.181", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.183", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.188", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.19"]
  %"hdr.32" = getelementptr i8, ptr %"data.57", i64 %"cursor.36"
  %".2438" = getelementptr i8, ptr %"hdr.32", i64 24
  %".2439" = icmp ugt ptr %".2438", %"data_end.57"
  br i1 %".2439", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2441" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2442" = load i8, ptr %".2441", align 1
  %".2443" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2444" = load i8, ptr %".2443", align 1
  %".2445" = getelementptr i8, ptr %"hdr.32", i64 22
  %".2446" = load i16, ptr %".2445", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".2442", %"batadv_d1.linear"], [%".2465", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2444", %"batadv_d1.linear"], [%".2467", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2446", %"batadv_d1.linear"], [%".2469", %"batadv_d1.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.57", %"batadv_d1.linear"], [%"data.124", %"batadv_d1.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.57", %"batadv_d1.linear"], [%"data_end.124", %"batadv_d1.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.57", %"batadv_d1.linear"], [%"keys.124", %"batadv_d1.copy_failed.endif"]
  %".2471" = zext i8 %"w1_1.5" to i64
  %".2472" = icmp eq i64 %".2471", 15
  %".2473" = zext i8 %"w0_1.9" to i64
  %".2474" = icmp eq i64 %".2473", 64
  %".2475" = and i1 %".2472", %".2474"
  %".2476" = xor i1 %".2475", -1
  br i1 %".2476", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".955" = trunc i64 %"cursor.13" to i32
  %".956" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".955", [40 x i8]* %"header_copy", i32 4)
  %".957" = icmp eq i64 %".956", 0
  %".958" = getelementptr i8, ptr %"ctx.11", i64 76
  %".959" = load i32, ptr %".958", align 4
  %".960" = zext i32 %".959" to i64
  %"data.58" = inttoptr i64 %".960" to ptr
  %".961" = getelementptr i8, ptr %"ctx.11", i64 80
  %".962" = load i32, ptr %".961", align 4
  %".963" = zext i32 %".962" to i64
  %"data_end.58" = inttoptr i64 %".963" to ptr
  %".964" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.58" = load ptr, ptr %".964", align 8
  %".965" = xor i1 %".957", -1
  br i1 %".965", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".967" = trunc i64 %"cursor.13" to i16
  %".968" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".967", ptr %".968", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".971" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".972" = load volatile i16, [40 x i8]* %".971", align 2
  %".973" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".974" = load volatile i16, [40 x i8]* %".973", align 2
  br label %"tcp.header"
tcp.unknown:
  %".989" = trunc i64 %"cursor.13" to i16
  %".990" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".989", ptr %".990", align 2
  br label %"return"
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.60" = phi  ptr [%"data.59", %"tcp.to_tcp_header"]
  %"data_end.60" = phi  ptr [%"data_end.59", %"tcp.to_tcp_header"]
  %"keys.60" = phi  ptr [%"keys.59", %"tcp.to_tcp_header"]
  %"hdr.33" = getelementptr i8, ptr %"data.60", i64 %"cursor.37"
  %".2752" = getelementptr i8, ptr %"hdr.33", i64 20
  %".2753" = icmp ugt ptr %".2752", %"data_end.60"
  br i1 %".2753", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2755" = getelementptr i8, ptr %"hdr.33", i64 12
  %".2756" = load i8, ptr %".2755", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2756", %"tcp_header.linear"], [%".2775", %"tcp_header.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.60", %"tcp_header.linear"], [%"data.126", %"tcp_header.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.60", %"tcp_header.linear"], [%"data_end.126", %"tcp_header.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.60", %"tcp_header.linear"], [%"keys.126", %"tcp_header.copy_failed.endif"]
  %".2777" = zext i8 %"w12_1" to i64
  %".2778" = lshr i64 %".2777", 4
  %".2779" = and i64 %".2778", 15
  %".2780" = icmp uge i64 %".2779", 5
  %".2781" = xor i1 %".2780", -1
  br i1 %".2781", label %"tcp_header.require", label %"tcp_header.require.endif"
udp_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1002" = trunc i64 %"cursor.14" to i32
  %".1003" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1002", [40 x i8]* %"header_copy", i32 4)
  %".1004" = icmp eq i64 %".1003", 0
  %".1005" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1006" = load i32, ptr %".1005", align 4
  %".1007" = zext i32 %".1006" to i64
  %"data.61" = inttoptr i64 %".1007" to ptr
  %".1008" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1009" = load i32, ptr %".1008", align 4
  %".1010" = zext i32 %".1009" to i64
  %"data_end.61" = inttoptr i64 %".1010" to ptr
  %".1011" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.61" = load ptr, ptr %".1011", align 8
  %".1012" = xor i1 %".1004", -1
  br i1 %".1012", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".1014" = trunc i64 %"cursor.14" to i16
  %".1015" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1014", ptr %".1015", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".1018" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1019" = load volatile i16, [40 x i8]* %".1018", align 2
  %".1020" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1021" = load volatile i16, [40 x i8]* %".1020", align 2
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".1041" = add i64 %"cursor.14", %".1036"
  %".1042" = sub i64 %".1041", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1043" = trunc i64 %".1042" to i32
  %".1044" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1043", i64* %"last_byte", i32 1)
  %".1045" = icmp eq i64 %".1044", 0
  %".1046" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1047" = load i32, ptr %".1046", align 4
  %".1048" = zext i32 %".1047" to i64
  %"data.63" = inttoptr i64 %".1048" to ptr
  %".1049" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1050" = load i32, ptr %".1049", align 4
  %".1051" = zext i32 %".1050" to i64
  %"data_end.63" = inttoptr i64 %".1051" to ptr
  %".1052" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.63" = load ptr, ptr %".1052", align 8
  %".1053" = xor i1 %".1045", -1
  br i1 %".1053", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1055" = trunc i64 %"cursor.14" to i16
  %".1056" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1055", ptr %".1056", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1063" = trunc i64 %"cursor.14" to i16
  %".1064" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1063", ptr %".1064", align 2
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
  %"cursor.38" = phi  i64 [%"end.1", %"udp_d0.to_vxlan"]
  %"data.65" = phi  ptr [%"data.64", %"udp_d0.to_vxlan"]
  %"data_end.65" = phi  ptr [%"data_end.64", %"udp_d0.to_vxlan"]
  %"keys.65" = phi  ptr [%"keys.64", %"udp_d0.to_vxlan"]
  %"hdr.34" = getelementptr i8, ptr %"data.65", i64 %"cursor.38"
  %".2821" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2822" = icmp ugt ptr %".2821", %"data_end.65"
  br i1 %".2822", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.131" = phi  ptr [%"data.65", %"vxlan_d0.linear"], [%"data.130", %"vxlan_d0.copy_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.65", %"vxlan_d0.linear"], [%"data_end.130", %"vxlan_d0.copy_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.65", %"vxlan_d0.linear"], [%"keys.130", %"vxlan_d0.copy_failed.endif"]
  %".2842" = add i64 %"cursor.38", 8
  %".2843" = getelementptr i8, ptr %"keys.131", i64 8
  store i8 1, ptr %".2843", align 1
  %".2845" = getelementptr i8, ptr %"keys.131", i64 48
  %"flags.52" = load volatile i32, ptr %".2845", align 4
  %".2846" = and i32 %"flags.52", 4
  %".2847" = icmp ne i32 %".2846", 0
  br i1 %".2847", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
geneve_d0:
  %"cursor.39" = phi  i64 [%"end.1", %"udp_d0.to_geneve"]
  %"data.66" = phi  ptr [%"data.64", %"udp_d0.to_geneve"]
  %"data_end.66" = phi  ptr [%"data_end.64", %"udp_d0.to_geneve"]
  %"keys.66" = phi  ptr [%"keys.64", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.66", i64 %"cursor.39"
  %".2861" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2862" = icmp ugt ptr %".2861", %"data_end.66"
  br i1 %".2862", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2864" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2865" = load i8, ptr %".2864", align 1
  %".2866" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2867" = load i16, ptr %".2866", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".2865", %"geneve_d0.linear"], [%".2886", %"geneve_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2867", %"geneve_d0.linear"], [%".2888", %"geneve_d0.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.66", %"geneve_d0.linear"], [%"data.133", %"geneve_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"geneve_d0.linear"], [%"data_end.133", %"geneve_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"geneve_d0.linear"], [%"keys.133", %"geneve_d0.copy_failed.endif"]
  %".2890" = zext i8 %"w0_1.10" to i64
  %".2891" = lshr i64 %".2890", 6
  %".2892" = and i64 %".2891", 3
  %".2893" = icmp ne i64 %".2892", 0
  br i1 %".2893", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif"
gue_d0:
  %"cursor.40" = phi  i64 [%"end.1", %"udp_d0.to_gue"]
  %"data.67" = phi  ptr [%"data.64", %"udp_d0.to_gue"]
  %"data_end.67" = phi  ptr [%"data_end.64", %"udp_d0.to_gue"]
  %"keys.67" = phi  ptr [%"keys.64", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.67", i64 %"cursor.40"
  %".2949" = getelementptr i8, ptr %"hdr.36", i64 4
  %".2950" = icmp ugt ptr %".2949", %"data_end.67"
  br i1 %".2950", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2952" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2953" = load i8, ptr %".2952", align 1
  %".2954" = getelementptr i8, ptr %"hdr.36", i64 1
  %".2955" = load i8, ptr %".2954", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".2953", %"gue_d0.linear"], [%".2974", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2955", %"gue_d0.linear"], [%".2976", %"gue_d0.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.67", %"gue_d0.linear"], [%"data.137", %"gue_d0.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.67", %"gue_d0.linear"], [%"data_end.137", %"gue_d0.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.67", %"gue_d0.linear"], [%"keys.137", %"gue_d0.copy_failed.endif"]
  %".2978" = zext i8 %"w0_1.11" to i64
  %".2979" = lshr i64 %".2978", 6
  %".2980" = and i64 %".2979", 3
  %".2981" = icmp ne i64 %".2980", 0
  %".2982" = zext i8 %"w0_1.11" to i64
  %".2983" = lshr i64 %".2982", 5
  %".2984" = and i64 %".2983", 1
  %".2985" = icmp ne i64 %".2984", 0
  %".2986" = or i1 %".2981", %".2985"
  br i1 %".2986", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif"
gtpu_d0:
  %"cursor.41" = phi  i64 [%"end.1", %"udp_d0.to_gtpu"]
  %"data.68" = phi  ptr [%"data.64", %"udp_d0.to_gtpu"]
  %"data_end.68" = phi  ptr [%"data_end.64", %"udp_d0.to_gtpu"]
  %"keys.68" = phi  ptr [%"keys.64", %"udp_d0.to_gtpu"]
  %"hdr.37" = getelementptr i8, ptr %"data.68", i64 %"cursor.41"
  %".3040" = getelementptr i8, ptr %"hdr.37", i64 8
  %".3041" = icmp ugt ptr %".3040", %"data_end.68"
  br i1 %".3041", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".3043" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3044" = load i8, ptr %".3043", align 1
  %".3045" = getelementptr i8, ptr %"hdr.37", i64 1
  %".3046" = load i8, ptr %".3045", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.12" = phi  i8 [%".3044", %"gtpu_d0.linear"], [%".3065", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3046", %"gtpu_d0.linear"], [%".3067", %"gtpu_d0.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.68", %"gtpu_d0.linear"], [%"data.141", %"gtpu_d0.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.68", %"gtpu_d0.linear"], [%"data_end.141", %"gtpu_d0.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.68", %"gtpu_d0.linear"], [%"keys.141", %"gtpu_d0.copy_failed.endif"]
  %".3069" = zext i8 %"w0_1.12" to i64
  %".3070" = lshr i64 %".3069", 5
  %".3071" = and i64 %".3070", 7
  %".3072" = icmp ne i64 %".3071", 1
  %".3073" = zext i8 %"w0_1.12" to i64
  %".3074" = lshr i64 %".3073", 4
  %".3075" = and i64 %".3074", 1
  %".3076" = icmp ne i64 %".3075", 1
  %".3077" = or i1 %".3072", %".3076"
  %".3078" = zext i8 %"w1_1.7" to i64
  %".3079" = icmp ne i64 %".3078", 255
  %".3080" = or i1 %".3077", %".3079"
  br i1 %".3080", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif"
shim_d0:
  %"cursor.42" = phi  i64 [%"end.1", %"udp_d0.to_shim"]
  %"data.69" = phi  ptr [%"data.64", %"udp_d0.to_shim"]
  %"data_end.69" = phi  ptr [%"data_end.64", %"udp_d0.to_shim"]
  %"keys.69" = phi  ptr [%"keys.64", %"udp_d0.to_shim"]
  %"hdr.38" = getelementptr i8, ptr %"data.69", i64 %"cursor.42"
  %".3127" = getelementptr i8, ptr %"hdr.38", i64 8
  %".3128" = icmp ugt ptr %".3127", %"data_end.69"
  br i1 %".3128", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3130" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3131" = load i16, ptr %".3130", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.11" = phi  i16 [%".3131", %"shim_d0.linear"], [%".3150", %"shim_d0.copy_failed.endif"]
  %"data.146" = phi  ptr [%"data.69", %"shim_d0.linear"], [%"data.145", %"shim_d0.copy_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.69", %"shim_d0.linear"], [%"data_end.145", %"shim_d0.copy_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.69", %"shim_d0.linear"], [%"keys.145", %"shim_d0.copy_failed.endif"]
  %".3152" = add i64 %"cursor.42", 8
  %".3153" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3153", align 1
  %".3155" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.56" = load volatile i32, ptr %".3155", align 4
  %".3156" = and i32 %"flags.56", 4
  %".3157" = icmp ne i32 %".3156", 0
  br i1 %".3157", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1080" = trunc i64 %"cursor.15" to i32
  %".1081" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1080", [40 x i8]* %"header_copy", i32 4)
  %".1082" = icmp eq i64 %".1081", 0
  %".1083" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1084" = load i32, ptr %".1083", align 4
  %".1085" = zext i32 %".1084" to i64
  %"data.70" = inttoptr i64 %".1085" to ptr
  %".1086" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1087" = load i32, ptr %".1086", align 4
  %".1088" = zext i32 %".1087" to i64
  %"data_end.70" = inttoptr i64 %".1088" to ptr
  %".1089" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.70" = load ptr, ptr %".1089", align 8
  %".1090" = xor i1 %".1082", -1
  br i1 %".1090", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1092" = trunc i64 %"cursor.15" to i16
  %".1093" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1092", ptr %".1093", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1096" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1097" = load volatile i16, [40 x i8]* %".1096", align 2
  %".1098" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1099" = load volatile i16, [40 x i8]* %".1098", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1119" = add i64 %"cursor.15", %".1114"
  %".1120" = sub i64 %".1119", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1121" = trunc i64 %".1120" to i32
  %".1122" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1121", i64* %"last_byte", i32 1)
  %".1123" = icmp eq i64 %".1122", 0
  %".1124" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1125" = load i32, ptr %".1124", align 4
  %".1126" = zext i32 %".1125" to i64
  %"data.72" = inttoptr i64 %".1126" to ptr
  %".1127" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1128" = load i32, ptr %".1127", align 4
  %".1129" = zext i32 %".1128" to i64
  %"data_end.72" = inttoptr i64 %".1129" to ptr
  %".1130" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.72" = load ptr, ptr %".1130", align 8
  %".1131" = xor i1 %".1123", -1
  br i1 %".1131", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1133" = trunc i64 %"cursor.15" to i16
  %".1134" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1133", ptr %".1134", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1152" = trunc i64 %"cursor.16" to i32
  %".1153" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1152", [40 x i8]* %"header_copy", i32 4)
  %".1154" = icmp eq i64 %".1153", 0
  %".1155" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1156" = load i32, ptr %".1155", align 4
  %".1157" = zext i32 %".1156" to i64
  %"data.74" = inttoptr i64 %".1157" to ptr
  %".1158" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1159" = load i32, ptr %".1158", align 4
  %".1160" = zext i32 %".1159" to i64
  %"data_end.74" = inttoptr i64 %".1160" to ptr
  %".1161" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.74" = load ptr, ptr %".1161", align 8
  %".1162" = xor i1 %".1154", -1
  br i1 %".1162", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1164" = trunc i64 %"cursor.16" to i16
  %".1165" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1164", ptr %".1165", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1168" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1169" = load volatile i8, [40 x i8]* %".1168", align 1
  %".1170" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1171" = load volatile i8, [40 x i8]* %".1170", align 1
  %".1172" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1173" = load volatile i16, [40 x i8]* %".1172", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1184" = trunc i64 %"cursor.16" to i16
  %".1185" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1184", ptr %".1185", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1188" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1189" = zext i16 %".1188" to i64
  %".1190" = trunc i64 %".1189" to i16
  %".1191" = call i16 @"llvm.bswap.i16"(i16 %".1190")
  %".1192" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1191", ptr %".1192", align 2
  %".1194" = zext i8 %"w1_1.2" to i64
  %".1195" = and i64 %".1194", 7
  switch i64 %".1195", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1197" = trunc i64 %"cursor.16" to i16
  %".1198" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1197", ptr %".1198", align 2
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
  %".3173" = zext i8 %"w1_1.2" to i64
  %".3174" = and i64 %".3173", 7
  %".3175" = icmp ne i64 %".3174", 0
  %".3176" = zext i8 %"w0_1.3" to i64
  %".3177" = lshr i64 %".3176", 6
  %".3178" = and i64 %".3177", 1
  %".3179" = icmp ne i64 %".3178", 0
  %".3180" = or i1 %".3175", %".3179"
  br i1 %".3180", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.44" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.77" = phi  ptr [%"data.75", %"gre_version_d0.to_pptp"]
  %"data_end.77" = phi  ptr [%"data_end.75", %"gre_version_d0.to_pptp"]
  %"keys.77" = phi  ptr [%"keys.75", %"gre_version_d0.to_pptp"]
  %".3265" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3266" = zext i16 %".3265" to i64
  %".3267" = icmp ne i64 %".3266", 34827
  %".3268" = zext i8 %"w0_1.3" to i64
  %".3269" = lshr i64 %".3268", 5
  %".3270" = and i64 %".3269", 1
  %".3271" = icmp eq i64 %".3270", 0
  %".3272" = or i1 %".3267", %".3271"
  br i1 %".3272", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1211" = trunc i64 %"cursor.17" to i32
  %".1212" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1211", [40 x i8]* %"header_copy", i32 4)
  %".1213" = icmp eq i64 %".1212", 0
  %".1214" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1215" = load i32, ptr %".1214", align 4
  %".1216" = zext i32 %".1215" to i64
  %"data.78" = inttoptr i64 %".1216" to ptr
  %".1217" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1218" = load i32, ptr %".1217", align 4
  %".1219" = zext i32 %".1218" to i64
  %"data_end.78" = inttoptr i64 %".1219" to ptr
  %".1220" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.78" = load ptr, ptr %".1220", align 8
  %".1221" = xor i1 %".1213", -1
  br i1 %".1221", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1223" = trunc i64 %"cursor.17" to i16
  %".1224" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1223", ptr %".1224", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1227" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1228" = load volatile i16, [40 x i8]* %".1227", align 2
  %".1229" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1230" = load volatile i16, [40 x i8]* %".1229", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1257" = trunc i64 %"cursor.18" to i32
  %".1258" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1257", [40 x i8]* %"header_copy", i32 4)
  %".1259" = icmp eq i64 %".1258", 0
  %".1260" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1261" = load i32, ptr %".1260", align 4
  %".1262" = zext i32 %".1261" to i64
  %"data.80" = inttoptr i64 %".1262" to ptr
  %".1263" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1264" = load i32, ptr %".1263", align 4
  %".1265" = zext i32 %".1264" to i64
  %"data_end.80" = inttoptr i64 %".1265" to ptr
  %".1266" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.80" = load ptr, ptr %".1266", align 8
  %".1267" = xor i1 %".1259", -1
  br i1 %".1267", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1269" = trunc i64 %"cursor.18" to i16
  %".1270" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1269", ptr %".1270", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1273" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1274" = load volatile i16, [40 x i8]* %".1273", align 2
  %".1275" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1276" = load volatile i16, [40 x i8]* %".1275", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1301" = trunc i64 %"cursor.19" to i32
  %".1302" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1301", [40 x i8]* %"header_copy", i32 4)
  %".1303" = icmp eq i64 %".1302", 0
  %".1304" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1305" = load i32, ptr %".1304", align 4
  %".1306" = zext i32 %".1305" to i64
  %"data.82" = inttoptr i64 %".1306" to ptr
  %".1307" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1308" = load i32, ptr %".1307", align 4
  %".1309" = zext i32 %".1308" to i64
  %"data_end.82" = inttoptr i64 %".1309" to ptr
  %".1310" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.82" = load ptr, ptr %".1310", align 8
  %".1311" = xor i1 %".1303", -1
  br i1 %".1311", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1313" = trunc i64 %"cursor.19" to i16
  %".1314" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1313", ptr %".1314", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1317" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1318" = load volatile i32, [40 x i8]* %".1317", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1345" = trunc i64 %"cursor.20" to i32
  %".1346" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1345", [40 x i8]* %"header_copy", i32 8)
  %".1347" = icmp eq i64 %".1346", 0
  %".1348" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1349" = load i32, ptr %".1348", align 4
  %".1350" = zext i32 %".1349" to i64
  %"data.84" = inttoptr i64 %".1350" to ptr
  %".1351" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1352" = load i32, ptr %".1351", align 4
  %".1353" = zext i32 %".1352" to i64
  %"data_end.84" = inttoptr i64 %".1353" to ptr
  %".1354" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.84" = load ptr, ptr %".1354", align 8
  %".1355" = xor i1 %".1347", -1
  br i1 %".1355", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1357" = trunc i64 %"cursor.20" to i16
  %".1358" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1357", ptr %".1358", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1361" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1362" = load volatile i32, [40 x i8]* %".1361", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1387" = trunc i64 %"cursor.21" to i32
  %".1388" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1387", [40 x i8]* %"header_copy", i32 4)
  %".1389" = icmp eq i64 %".1388", 0
  %".1390" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1391" = load i32, ptr %".1390", align 4
  %".1392" = zext i32 %".1391" to i64
  %"data.86" = inttoptr i64 %".1392" to ptr
  %".1393" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1394" = load i32, ptr %".1393", align 4
  %".1395" = zext i32 %".1394" to i64
  %"data_end.86" = inttoptr i64 %".1395" to ptr
  %".1396" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.86" = load ptr, ptr %".1396", align 8
  %".1397" = xor i1 %".1389", -1
  br i1 %".1397", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1399" = trunc i64 %"cursor.21" to i16
  %".1400" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1399", ptr %".1400", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1423" = trunc i64 %"cursor.22" to i32
  %".1424" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1423", [40 x i8]* %"header_copy", i32 20)
  %".1425" = icmp eq i64 %".1424", 0
  %".1426" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1427" = load i32, ptr %".1426", align 4
  %".1428" = zext i32 %".1427" to i64
  %"data.88" = inttoptr i64 %".1428" to ptr
  %".1429" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1430" = load i32, ptr %".1429", align 4
  %".1431" = zext i32 %".1430" to i64
  %"data_end.88" = inttoptr i64 %".1431" to ptr
  %".1432" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.88" = load ptr, ptr %".1432", align 8
  %".1433" = xor i1 %".1425", -1
  br i1 %".1433", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1435" = trunc i64 %"cursor.22" to i16
  %".1436" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1435", ptr %".1436", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1439" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1440" = load volatile i8, [40 x i8]* %".1439", align 1
  %".1441" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1442" = load volatile i16, [40 x i8]* %".1441", align 2
  %".1443" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1444" = load volatile i8, [40 x i8]* %".1443", align 1
  %".1445" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1446" = load volatile i32, [40 x i8]* %".1445", align 4
  %".1447" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1448" = load volatile i32, [40 x i8]* %".1447", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1455" = trunc i64 %"cursor.22" to i16
  %".1456" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1455", ptr %".1456", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1459" = trunc i64 2048 to i16
  %".1460" = getelementptr i8, ptr %"keys.89", i64 4
  store i16 %".1459", ptr %".1460", align 2
  %".1462" = trunc i64 2048 to i16
  %".1463" = call i16 @"llvm.bswap.i16"(i16 %".1462")
  %".1464" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1463", ptr %".1464", align 2
  %".1466" = getelementptr i8, ptr %"keys.89", i64 16
  store i32 %"w12_4.1", ptr %".1466", align 4
  %".1468" = getelementptr i8, ptr %"keys.89", i64 20
  store i32 %"w16_4.1", ptr %".1468", align 4
  %".1470" = zext i8 %"w9_1.1" to i64
  %".1471" = trunc i64 %".1470" to i8
  %".1472" = getelementptr i8, ptr %"keys.89", i64 9
  store i8 %".1471", ptr %".1472", align 1
  %".1474" = add i64 %"cursor.22", 20
  %".1475" = zext i8 %"w0_1.4" to i64
  %".1476" = and i64 %".1475", 15
  %".1477" = mul i64 %".1476", 4
  %".1478" = sub i64 %".1477", 20
  %".1479" = add i64 %".1478", 20
  %"end.3" = add i64 %"cursor.22", %".1479"
  %".1480" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1481" = zext i16 %".1480" to i64
  %".1482" = and i64 %".1481", 16383
  %".1483" = icmp ne i64 %".1482", 0
  %".1484" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1485" = zext i16 %".1484" to i64
  %".1486" = and i64 %".1485", 8191
  %".1487" = icmp eq i64 %".1486", 0
  br i1 %".1483", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.fragment:
  %".1489" = getelementptr i8, ptr %"keys.89", i64 6
  store i8 1, ptr %".1489", align 1
  br i1 %".1487", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1509" = zext i8 %"w9_1.1" to i64
  switch i64 %".1509", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.first_fragment:
  %".1492" = getelementptr i8, ptr %"keys.89", i64 7
  store i8 1, ptr %".1492", align 1
  %".1494" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.23" = load volatile i32, ptr %".1494", align 4
  %".1495" = and i32 %"flags.23", 1
  %".1496" = icmp ne i32 %".1495", 0
  %".1497" = xor i1 %".1496", -1
  br i1 %".1497", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1504" = trunc i64 %"end.3" to i16
  %".1505" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1504", ptr %".1505", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1499" = trunc i64 %"end.3" to i16
  %".1500" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1499", ptr %".1500", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1511" = trunc i64 %"end.3" to i16
  %".1512" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1511", ptr %".1512", align 2
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
  %".1524" = trunc i64 34887 to i16
  %".1525" = call i16 @"llvm.bswap.i16"(i16 %".1524")
  %".1526" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1525", ptr %".1526", align 2
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1529" = trunc i64 2048 to i16
  %".1530" = call i16 @"llvm.bswap.i16"(i16 %".1529")
  %".1531" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1530", ptr %".1531", align 2
  %".1533" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1533", align 1
  %".1535" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.24" = load volatile i32, ptr %".1535", align 4
  %".1536" = and i32 %"flags.24", 4
  %".1537" = icmp ne i32 %".1536", 0
  br i1 %".1537", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1549" = trunc i64 34525 to i16
  %".1550" = call i16 @"llvm.bswap.i16"(i16 %".1549")
  %".1551" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1550", ptr %".1551", align 2
  %".1553" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1553", align 1
  %".1555" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.25" = load volatile i32, ptr %".1555", align 4
  %".1556" = and i32 %"flags.25", 4
  %".1557" = icmp ne i32 %".1556", 0
  br i1 %".1557", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.45" = phi  i64 [%"end.3", %"ipv4_d1.to_udp"], [%".1640", %"ipv6_d1.to_udp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".5778", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".6598", %"widening.test.40"]
  %"data.90" = phi  ptr [%"data.89", %"ipv4_d1.to_udp"], [%"data.93", %"ipv6_d1.to_udp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.297", %"widening.test.40"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv4_d1.to_udp"], [%"data_end.93", %"ipv6_d1.to_udp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.297", %"widening.test.40"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv4_d1.to_udp"], [%"keys.93", %"ipv6_d1.to_udp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.40"]
  %"hdr.39" = getelementptr i8, ptr %"data.90", i64 %"cursor.45"
  %".3325" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3326" = icmp ugt ptr %".3325", %"data_end.90"
  br i1 %".3326", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3328" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3329" = load i16, ptr %".3328", align 2
  %".3330" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3331" = load i16, ptr %".3330", align 2
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_2.5" = phi  i16 [%".3329", %"udp_d1.linear"], [%".3350", %"udp_d1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3331", %"udp_d1.linear"], [%".3352", %"udp_d1.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.90", %"udp_d1.linear"], [%"data.152", %"udp_d1.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.90", %"udp_d1.linear"], [%"data_end.152", %"udp_d1.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.90", %"udp_d1.linear"], [%"keys.152", %"udp_d1.copy_failed.endif"]
  %".3354" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".3355" = zext i16 %".3354" to i64
  %".3356" = trunc i64 %".3355" to i16
  %".3357" = call i16 @"llvm.bswap.i16"(i16 %".3356")
  %".3358" = getelementptr i8, ptr %"keys.153", i64 12
  store i16 %".3357", ptr %".3358", align 2
  %".3360" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3361" = zext i16 %".3360" to i64
  %".3362" = trunc i64 %".3361" to i16
  %".3363" = call i16 @"llvm.bswap.i16"(i16 %".3362")
  %".3364" = getelementptr i8, ptr %"keys.153", i64 14
  store i16 %".3363", ptr %".3364", align 2
  %".3366" = add i64 %"cursor.45", 4
  %".3367" = add i64 4, 4
  %".3368" = getelementptr i8, ptr %"data.153", i64 %"cursor.45"
  %".3369" = getelementptr i8, ptr %".3368", i64 %".3367"
  %".3370" = icmp ugt ptr %".3369", %"data_end.153"
  br i1 %".3370", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.155" = phi  ptr [%"data.153", %"udp_d1.header"], [%"data.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.153", %"udp_d1.header"], [%"data_end.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.153", %"udp_d1.header"], [%"keys.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.45", %".3367"
  %".3391" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3392" = zext i16 %".3391" to i64
  switch i64 %".3392", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]  , !prof !4
gre_version_d1:
  %"cursor.46" = phi  i64 [%"end.3", %"ipv4_d1.to_gre_version"], [%".1640", %"ipv6_d1.to_gre_version"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".5778", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".6576", %"widening.test.38"]
  %"data.91" = phi  ptr [%"data.89", %"ipv4_d1.to_gre_version"], [%"data.93", %"ipv6_d1.to_gre_version"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.295", %"widening.test.38"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv4_d1.to_gre_version"], [%"data_end.93", %"ipv6_d1.to_gre_version"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.295", %"widening.test.38"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv4_d1.to_gre_version"], [%"keys.93", %"ipv6_d1.to_gre_version"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.38"]
  %"hdr.40" = getelementptr i8, ptr %"data.91", i64 %"cursor.46"
  %".3403" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3404" = icmp ugt ptr %".3403", %"data_end.91"
  br i1 %".3404", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3406" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3407" = load i8, ptr %".3406", align 1
  %".3408" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3409" = load i8, ptr %".3408", align 1
  %".3410" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3411" = load i16, ptr %".3410", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.13" = phi  i8 [%".3407", %"gre_version_d1.linear"], [%".3430", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3409", %"gre_version_d1.linear"], [%".3432", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3411", %"gre_version_d1.linear"], [%".3434", %"gre_version_d1.copy_failed.endif"]
  %"data.162" = phi  ptr [%"data.91", %"gre_version_d1.linear"], [%"data.161", %"gre_version_d1.copy_failed.endif"]
  %"data_end.162" = phi  ptr [%"data_end.91", %"gre_version_d1.linear"], [%"data_end.161", %"gre_version_d1.copy_failed.endif"]
  %"keys.162" = phi  ptr [%"keys.91", %"gre_version_d1.linear"], [%"keys.161", %"gre_version_d1.copy_failed.endif"]
  %".3436" = zext i8 %"w0_1.13" to i64
  %".3437" = lshr i64 %".3436", 6
  %".3438" = and i64 %".3437", 1
  %".3439" = icmp ne i64 %".3438", 0
  %".3440" = zext i8 %"w1_1.8" to i64
  %".3441" = and i64 %".3440", 7
  %".3442" = icmp ugt i64 %".3441", 1
  %".3443" = or i1 %".3439", %".3442"
  br i1 %".3443", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1539" = trunc i64 %"end.3" to i16
  %".1540" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1539", ptr %".1540", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1543" = getelementptr i8, ptr %"keys.89", i64 12
  store i32 0, ptr %".1543", align 4
  %".1545" = trunc i64 %"end.3" to i16
  %".1546" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1545", ptr %".1546", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1559" = trunc i64 %"end.3" to i16
  %".1560" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1559", ptr %".1560", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1563" = getelementptr i8, ptr %"keys.89", i64 12
  store i32 0, ptr %".1563", align 4
  %".1565" = trunc i64 %"end.3" to i16
  %".1566" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1565", ptr %".1566", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1585" = trunc i64 %"cursor.23" to i32
  %".1586" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1585", [40 x i8]* %"header_copy", i32 40)
  %".1587" = icmp eq i64 %".1586", 0
  %".1588" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1589" = load i32, ptr %".1588", align 4
  %".1590" = zext i32 %".1589" to i64
  %"data.92" = inttoptr i64 %".1590" to ptr
  %".1591" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1592" = load i32, ptr %".1591", align 4
  %".1593" = zext i32 %".1592" to i64
  %"data_end.92" = inttoptr i64 %".1593" to ptr
  %".1594" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.92" = load ptr, ptr %".1594", align 8
  %".1595" = xor i1 %".1587", -1
  br i1 %".1595", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1597" = trunc i64 %"cursor.23" to i16
  %".1598" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1597", ptr %".1598", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1601" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1602" = load volatile i32, [40 x i8]* %".1601", align 4
  %".1603" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1604" = load volatile i8, [40 x i8]* %".1603", align 1
  %".1605" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1606" = load volatile i64, [40 x i8]* %".1605", align 8
  %".1607" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1608" = load volatile i64, [40 x i8]* %".1607", align 8
  %".1609" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1610" = load volatile i64, [40 x i8]* %".1609", align 8
  %".1611" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1612" = load volatile i64, [40 x i8]* %".1611", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1650" = trunc i64 %".1640" to i16
  %".1651" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1650", ptr %".1651", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1654" = zext i8 %"w6_1.1" to i64
  switch i64 %".1654", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.unknown:
  %".1656" = trunc i64 %".1640" to i16
  %".1657" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1656", ptr %".1657", align 2
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
  %".1673" = trunc i64 34887 to i16
  %".1674" = call i16 @"llvm.bswap.i16"(i16 %".1673")
  %".1675" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1674", ptr %".1675", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1678" = trunc i64 2048 to i16
  %".1679" = call i16 @"llvm.bswap.i16"(i16 %".1678")
  %".1680" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1679", ptr %".1680", align 2
  %".1682" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1682", align 1
  %".1684" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.27" = load volatile i32, ptr %".1684", align 4
  %".1685" = and i32 %"flags.27", 4
  %".1686" = icmp ne i32 %".1685", 0
  br i1 %".1686", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1698" = trunc i64 34525 to i16
  %".1699" = call i16 @"llvm.bswap.i16"(i16 %".1698")
  %".1700" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1699", ptr %".1700", align 2
  %".1702" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1702", align 1
  %".1704" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.28" = load volatile i32, ptr %".1704", align 4
  %".1705" = and i32 %"flags.28", 4
  %".1706" = icmp ne i32 %".1705", 0
  br i1 %".1706", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.47" = phi  i64 [%".1640", %"ipv6_d1.to_ipv6_opts"], [%".1640", %"ipv6_d1.to_ipv6_opts.1"], [%".1640", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.94" = phi  ptr [%"data.93", %"ipv6_d1.to_ipv6_opts"], [%"data.93", %"ipv6_d1.to_ipv6_opts.1"], [%"data.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.94" = phi  ptr [%"data_end.93", %"ipv6_d1.to_ipv6_opts"], [%"data_end.93", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.94" = phi  ptr [%"keys.93", %"ipv6_d1.to_ipv6_opts"], [%"keys.93", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.93", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.94", i64 %"cursor.47"
  %".3464" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3465" = icmp ugt ptr %".3464", %"data_end.94"
  br i1 %".3465", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3467" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3468" = load i8, ptr %".3467", align 1
  %".3469" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3470" = load i8, ptr %".3469", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.14" = phi  i8 [%".3468", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3489", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3470", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3491", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.166" = phi  ptr [%"data.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.165", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.166" = phi  ptr [%"data_end.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.166" = phi  ptr [%"keys.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3493" = zext i8 %"w0_1.14" to i64
  %".3494" = trunc i64 %".3493" to i8
  %".3495" = getelementptr i8, ptr %"keys.166", i64 9
  store i8 %".3494", ptr %".3495", align 1
  %".3497" = add i64 %"cursor.47", 2
  %".3498" = zext i8 %"w1_1.9" to i64
  %".3499" = mul i64 %".3498", 8
  %".3500" = add i64 %".3499", 6
  %".3501" = add i64 %".3500", 2
  %"end.11" = add i64 %"cursor.47", %".3501"
  %".3502" = zext i8 %"w0_1.14" to i64
  switch i64 %".3502", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1640", %"ipv6_d1.to_ipv6_frag"]
  %"data.95" = phi  ptr [%"data.93", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.95" = phi  ptr [%"data_end.93", %"ipv6_d1.to_ipv6_frag"]
  %"keys.95" = phi  ptr [%"keys.93", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.95", i64 %"cursor.48"
  %".3566" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3567" = icmp ugt ptr %".3566", %"data_end.95"
  br i1 %".3567", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3569" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3570" = load i8, ptr %".3569", align 1
  %".3571" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3572" = load i16, ptr %".3571", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3570", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3591", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3572", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3593", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.170" = phi  ptr [%"data.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.169", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.170" = phi  ptr [%"data_end.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.169", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.170" = phi  ptr [%"keys.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.169", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3595" = zext i8 %"w0_1.15" to i64
  %".3596" = trunc i64 %".3595" to i8
  %".3597" = getelementptr i8, ptr %"keys.170", i64 9
  store i8 %".3596", ptr %".3597", align 1
  %".3599" = add i64 %"cursor.48", 8
  %".3600" = icmp ne i64 1, 0
  %".3601" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3602" = zext i16 %".3601" to i64
  %".3603" = and i64 %".3602", 65528
  %".3604" = icmp eq i64 %".3603", 0
  br i1 %".3600", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1688" = trunc i64 %".1640" to i16
  %".1689" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1688", ptr %".1689", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1692" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 0, ptr %".1692", align 4
  %".1694" = trunc i64 %".1640" to i16
  %".1695" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1694", ptr %".1695", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1708" = trunc i64 %".1640" to i16
  %".1709" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1708", ptr %".1709", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1712" = getelementptr i8, ptr %"keys.93", i64 12
  store i32 0, ptr %".1712", align 4
  %".1714" = trunc i64 %".1640" to i16
  %".1715" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1714", ptr %".1715", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1726" = trunc i64 %"cursor.24" to i32
  %".1727" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1726", [40 x i8]* %"header_copy", i32 2)
  %".1728" = icmp eq i64 %".1727", 0
  %".1729" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1730" = load i32, ptr %".1729", align 4
  %".1731" = zext i32 %".1730" to i64
  %"data.96" = inttoptr i64 %".1731" to ptr
  %".1732" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1733" = load i32, ptr %".1732", align 4
  %".1734" = zext i32 %".1733" to i64
  %"data_end.96" = inttoptr i64 %".1734" to ptr
  %".1735" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.96" = load ptr, ptr %".1735", align 8
  %".1736" = xor i1 %".1728", -1
  br i1 %".1736", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1738" = trunc i64 %"cursor.24" to i16
  %".1739" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1738", ptr %".1739", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1742" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1743" = load volatile i8, [40 x i8]* %".1742", align 1
  %".1744" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1745" = load volatile i8, [40 x i8]* %".1744", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1758" = trunc i64 %"end.4" to i16
  %".1759" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1758", ptr %".1759", align 2
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
  %".1775" = trunc i64 34887 to i16
  %".1776" = call i16 @"llvm.bswap.i16"(i16 %".1775")
  %".1777" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1776", ptr %".1777", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1780" = trunc i64 2048 to i16
  %".1781" = call i16 @"llvm.bswap.i16"(i16 %".1780")
  %".1782" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1781", ptr %".1782", align 2
  %".1784" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".1784", align 1
  %".1786" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.29" = load volatile i32, ptr %".1786", align 4
  %".1787" = and i32 %"flags.29", 4
  %".1788" = icmp ne i32 %".1787", 0
  br i1 %".1788", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1797" = trunc i64 34525 to i16
  %".1798" = call i16 @"llvm.bswap.i16"(i16 %".1797")
  %".1799" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1798", ptr %".1799", align 2
  %".1801" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".1801", align 1
  %".1803" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.30" = load volatile i32, ptr %".1803", align 4
  %".1804" = and i32 %"flags.30", 4
  %".1805" = icmp ne i32 %".1804", 0
  br i1 %".1805", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6224", %"widening.test.6"]
  %"data.98" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.263", %"widening.test.6"]
  %"data_end.98" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.263", %"widening.test.6"]
  %"keys.98" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.43" = getelementptr i8, ptr %"data.98", i64 %"cursor.49"
  %".3690" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3691" = icmp ugt ptr %".3690", %"data_end.98"
  br i1 %".3691", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3693" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3694" = load i8, ptr %".3693", align 1
  %".3695" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3696" = load i8, ptr %".3695", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3694", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3715", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3696", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3717", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.172" = phi  ptr [%"data.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.171", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.172" = phi  ptr [%"data_end.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.171", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.172" = phi  ptr [%"keys.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.171", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3719" = zext i8 %"w0_1.16" to i64
  %".3720" = trunc i64 %".3719" to i8
  %".3721" = getelementptr i8, ptr %"keys.172", i64 9
  store i8 %".3720", ptr %".3721", align 1
  %".3723" = add i64 %"cursor.49", 2
  %".3724" = zext i8 %"w1_1.10" to i64
  %".3725" = mul i64 %".3724", 8
  %".3726" = add i64 %".3725", 6
  %".3727" = add i64 %".3726", 2
  %"end.12" = add i64 %"cursor.49", %".3727"
  %".3728" = zext i8 %"w0_1.16" to i64
  switch i64 %".3728", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6213", %"widening.test.5"]
  %"data.99" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.262", %"widening.test.5"]
  %"data_end.99" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.262", %"widening.test.5"]
  %"keys.99" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.44" = getelementptr i8, ptr %"data.99", i64 %"cursor.50"
  %".3786" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3787" = icmp ugt ptr %".3786", %"data_end.99"
  br i1 %".3787", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3789" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3790" = load i8, ptr %".3789", align 1
  %".3791" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3792" = load i16, ptr %".3791", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".3790", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3811", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3792", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3813", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.175", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.175", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.175", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3815" = zext i8 %"w0_1.17" to i64
  %".3816" = trunc i64 %".3815" to i8
  %".3817" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %".3816", ptr %".3817", align 1
  %".3819" = add i64 %"cursor.50", 8
  %".3820" = icmp ne i64 1, 0
  %".3821" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3822" = zext i16 %".3821" to i64
  %".3823" = and i64 %".3822", 65528
  %".3824" = icmp eq i64 %".3823", 0
  br i1 %".3820", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1790" = trunc i64 %"end.4" to i16
  %".1791" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1790", ptr %".1791", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1794" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 0, ptr %".1794", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1807" = trunc i64 %"end.4" to i16
  %".1808" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1807", ptr %".1808", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1811" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 0, ptr %".1811", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1822" = trunc i64 %"cursor.25" to i32
  %".1823" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1822", [40 x i8]* %"header_copy", i32 8)
  %".1824" = icmp eq i64 %".1823", 0
  %".1825" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1826" = load i32, ptr %".1825", align 4
  %".1827" = zext i32 %".1826" to i64
  %"data.100" = inttoptr i64 %".1827" to ptr
  %".1828" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1829" = load i32, ptr %".1828", align 4
  %".1830" = zext i32 %".1829" to i64
  %"data_end.100" = inttoptr i64 %".1830" to ptr
  %".1831" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.100" = load ptr, ptr %".1831", align 8
  %".1832" = xor i1 %".1824", -1
  br i1 %".1832", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1834" = trunc i64 %"cursor.25" to i16
  %".1835" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".1834", ptr %".1835", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1838" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1839" = load volatile i8, [40 x i8]* %".1838", align 1
  %".1840" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1841" = load volatile i16, [40 x i8]* %".1840", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1854" = getelementptr i8, ptr %"keys.101", i64 6
  store i8 1, ptr %".1854", align 1
  br i1 %".1852", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1874" = zext i8 %"w0_1.6" to i64
  switch i64 %".1874", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1857" = getelementptr i8, ptr %"keys.101", i64 7
  store i8 1, ptr %".1857", align 1
  %".1859" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.31" = load volatile i32, ptr %".1859", align 4
  %".1860" = and i32 %"flags.31", 1
  %".1861" = icmp ne i32 %".1860", 0
  %".1862" = xor i1 %".1861", -1
  br i1 %".1862", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1869" = trunc i64 %".1847" to i16
  %".1870" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1869", ptr %".1870", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1864" = trunc i64 %".1847" to i16
  %".1865" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1864", ptr %".1865", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1876" = trunc i64 %".1847" to i16
  %".1877" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1876", ptr %".1877", align 2
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
  %".1893" = trunc i64 34887 to i16
  %".1894" = call i16 @"llvm.bswap.i16"(i16 %".1893")
  %".1895" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1894", ptr %".1895", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1898" = trunc i64 2048 to i16
  %".1899" = call i16 @"llvm.bswap.i16"(i16 %".1898")
  %".1900" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1899", ptr %".1900", align 2
  %".1902" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".1902", align 1
  %".1904" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.32" = load volatile i32, ptr %".1904", align 4
  %".1905" = and i32 %"flags.32", 4
  %".1906" = icmp ne i32 %".1905", 0
  br i1 %".1906", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1915" = trunc i64 34525 to i16
  %".1916" = call i16 @"llvm.bswap.i16"(i16 %".1915")
  %".1917" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1916", ptr %".1917", align 2
  %".1919" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".1919", align 1
  %".1921" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.33" = load volatile i32, ptr %".1921", align 4
  %".1922" = and i32 %"flags.33", 4
  %".1923" = icmp ne i32 %".1922", 0
  br i1 %".1923", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1908" = trunc i64 %".1847" to i16
  %".1909" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1908", ptr %".1909", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1912" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".1912", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1925" = trunc i64 %".1847" to i16
  %".1926" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1925", ptr %".1926", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1929" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".1929", align 4
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1936" = trunc i64 %"cursor.26" to i32
  %".1937" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1936", [40 x i8]* %"header_copy", i32 4)
  %".1938" = icmp eq i64 %".1937", 0
  %".1939" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1940" = load i32, ptr %".1939", align 4
  %".1941" = zext i32 %".1940" to i64
  %"data.102" = inttoptr i64 %".1941" to ptr
  %".1942" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1943" = load i32, ptr %".1942", align 4
  %".1944" = zext i32 %".1943" to i64
  %"data_end.102" = inttoptr i64 %".1944" to ptr
  %".1945" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.102" = load ptr, ptr %".1945", align 8
  %".1946" = xor i1 %".1938", -1
  br i1 %".1946", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1948" = trunc i64 %"cursor.26" to i16
  %".1949" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".1948", ptr %".1949", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1964" = trunc i64 %"cursor.27" to i32
  %".1965" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1964", [40 x i8]* %"header_copy", i32 4)
  %".1966" = icmp eq i64 %".1965", 0
  %".1967" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1968" = load i32, ptr %".1967", align 4
  %".1969" = zext i32 %".1968" to i64
  %"data.104" = inttoptr i64 %".1969" to ptr
  %".1970" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1971" = load i32, ptr %".1970", align 4
  %".1972" = zext i32 %".1971" to i64
  %"data_end.104" = inttoptr i64 %".1972" to ptr
  %".1973" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.104" = load ptr, ptr %".1973", align 8
  %".1974" = xor i1 %".1966", -1
  br i1 %".1974", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1976" = trunc i64 %"cursor.27" to i16
  %".1977" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".1976", ptr %".1977", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1980" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1981" = load volatile i16, [40 x i8]* %".1980", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1996" = trunc i64 %".1989" to i16
  %".1997" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1996", ptr %".1997", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2002" = trunc i64 %".1989" to i16
  %".2003" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2002", ptr %".2003", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2006" = trunc i64 %".1989" to i16
  %".2007" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2006", ptr %".2007", align 2
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
  %".2019" = trunc i64 %".1989" to i16
  %".2020" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2019", ptr %".2020", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2023" = trunc i64 %".1989" to i16
  %".2024" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2023", ptr %".2024", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2034" = trunc i64 %"cursor.28" to i32
  %".2035" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2034", [40 x i8]* %"header_copy", i32 6)
  %".2036" = icmp eq i64 %".2035", 0
  %".2037" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2038" = load i32, ptr %".2037", align 4
  %".2039" = zext i32 %".2038" to i64
  %"data.106" = inttoptr i64 %".2039" to ptr
  %".2040" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2041" = load i32, ptr %".2040", align 4
  %".2042" = zext i32 %".2041" to i64
  %"data_end.106" = inttoptr i64 %".2042" to ptr
  %".2043" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.106" = load ptr, ptr %".2043", align 8
  %".2044" = xor i1 %".2036", -1
  br i1 %".2044", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2046" = trunc i64 %"cursor.28" to i16
  %".2047" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2046", ptr %".2047", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2050" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2051" = load volatile i16, [40 x i8]* %".2050", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2066" = trunc i64 %".2059" to i16
  %".2067" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2066", ptr %".2067", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2072" = trunc i64 %".2059" to i16
  %".2073" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2072", ptr %".2073", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2076" = trunc i64 %".2059" to i16
  %".2077" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2076", ptr %".2077", align 2
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
  %".2089" = trunc i64 %".2059" to i16
  %".2090" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2089", ptr %".2090", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2093" = trunc i64 %".2059" to i16
  %".2094" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2093", ptr %".2094", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2105" = trunc i64 %"cursor.29" to i32
  %".2106" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2105", [40 x i8]* %"header_copy", i32 4)
  %".2107" = icmp eq i64 %".2106", 0
  %".2108" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2109" = load i32, ptr %".2108", align 4
  %".2110" = zext i32 %".2109" to i64
  %"data.108" = inttoptr i64 %".2110" to ptr
  %".2111" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2112" = load i32, ptr %".2111", align 4
  %".2113" = zext i32 %".2112" to i64
  %"data_end.108" = inttoptr i64 %".2113" to ptr
  %".2114" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.108" = load ptr, ptr %".2114", align 8
  %".2115" = xor i1 %".2107", -1
  br i1 %".2115", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2117" = trunc i64 %".2098" to i16
  %".2118" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2117", ptr %".2118", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2121" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2122" = load volatile i8, [40 x i8]* %".2121", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2128" = trunc i64 %".2124" to i16
  %".2129" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2128", ptr %".2129", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels2.to_ip_version:
  %".2133" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2133", align 1
  %".2135" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.34" = load volatile i32, ptr %".2135", align 4
  %".2136" = and i32 %"flags.34", 4
  %".2137" = icmp ne i32 %".2136", 0
  br i1 %".2137", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels3:
  %"cursor.51" = phi  i64 [%".2124", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.110" = phi  ptr [%"data.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.110" = phi  ptr [%"data_end.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.110" = phi  ptr [%"keys.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %".3904" = add i64 %"cursor.51", 4
  %"hdr.45" = getelementptr i8, ptr %"data.110", i64 %"cursor.51"
  %".3905" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3906" = icmp ugt ptr %".3905", %"data_end.110"
  br i1 %".3906", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3908" = getelementptr i8, ptr %"hdr.45", i64 2
  %".3909" = load i8, ptr %".3908", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3909", %"mpls_d0_mpls_labels3.linear"], [%".3928", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.178" = phi  ptr [%"data.110", %"mpls_d0_mpls_labels3.linear"], [%"data.177", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.110", %"mpls_d0_mpls_labels3.linear"], [%"data_end.177", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.110", %"mpls_d0_mpls_labels3.linear"], [%"keys.177", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3930" = add i64 %"cursor.51", 4
  %".3931" = zext i8 %"w2_1.3" to i64
  %".3932" = and i64 %".3931", 1
  switch i64 %".3932", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels2.stop_at_encap:
  %".2139" = trunc i64 %".2124" to i16
  %".2140" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2139", ptr %".2140", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2143" = getelementptr i8, ptr %"keys.109", i64 12
  store i32 0, ptr %".2143", align 4
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2152" = trunc i64 %"cursor.30" to i32
  %".2153" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2152", [40 x i8]* %"header_copy", i32 1)
  %".2154" = icmp eq i64 %".2153", 0
  %".2155" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2156" = load i32, ptr %".2155", align 4
  %".2157" = zext i32 %".2156" to i64
  %"data.111" = inttoptr i64 %".2157" to ptr
  %".2158" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2159" = load i32, ptr %".2158", align 4
  %".2160" = zext i32 %".2159" to i64
  %"data_end.111" = inttoptr i64 %".2160" to ptr
  %".2161" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.111" = load ptr, ptr %".2161", align 8
  %".2162" = xor i1 %".2154", -1
  br i1 %".2162", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2164" = trunc i64 %"cursor.30" to i16
  %".2165" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2164", ptr %".2165", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2168" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2169" = load volatile i8, [40 x i8]* %".2168", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2175" = trunc i64 %"cursor.30" to i16
  %".2176" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2175", ptr %".2176", align 2
  br label %"return"
ip_version_d1.to_ipv4:
  br label %"ipv4_d1"
ip_version_d1.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2192" = trunc i64 %"cursor.32" to i32
  %".2193" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2192", [40 x i8]* %"header_copy", i32 4)
  %".2194" = icmp eq i64 %".2193", 0
  %".2195" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2196" = load i32, ptr %".2195", align 4
  %".2197" = zext i32 %".2196" to i64
  %"data.113" = inttoptr i64 %".2197" to ptr
  %".2198" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2199" = load i32, ptr %".2198", align 4
  %".2200" = zext i32 %".2199" to i64
  %"data_end.113" = inttoptr i64 %".2200" to ptr
  %".2201" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.113" = load ptr, ptr %".2201", align 8
  %".2202" = xor i1 %".2194", -1
  br i1 %".2202", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2204" = trunc i64 %"cursor.32" to i16
  %".2205" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2204", ptr %".2205", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2208" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2209" = load volatile i16, [40 x i8]* %".2208", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2224" = trunc i64 %".2217" to i16
  %".2225" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2224", ptr %".2225", align 2
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
  %"cursor.52" = phi  i64 [%".2217", %"vlan_d1_vlan_tags1.to_vlan"], [%".2217", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2411", %"hsr_d1_vlan_tags1.to_vlan"], [%".2411", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6356", %"widening.test.18"]
  %"data.115" = phi  ptr [%"data.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.275", %"widening.test.18"]
  %"data_end.115" = phi  ptr [%"data_end.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.275", %"widening.test.18"]
  %"keys.115" = phi  ptr [%"keys.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.18"]
  %"hdr.46" = getelementptr i8, ptr %"data.115", i64 %"cursor.52"
  %".3952" = getelementptr i8, ptr %"hdr.46", i64 4
  %".3953" = icmp ugt ptr %".3952", %"data_end.115"
  br i1 %".3953", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3955" = getelementptr i8, ptr %"hdr.46", i64 2
  %".3956" = load i16, ptr %".3955", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.16" = phi  i16 [%".3956", %"vlan_d1_vlan_tags2.linear"], [%".3975", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.181" = phi  ptr [%"data.115", %"vlan_d1_vlan_tags2.linear"], [%"data.180", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.181" = phi  ptr [%"data_end.115", %"vlan_d1_vlan_tags2.linear"], [%"data_end.180", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.181" = phi  ptr [%"keys.115", %"vlan_d1_vlan_tags2.linear"], [%"keys.180", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3977" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3978" = zext i16 %".3977" to i64
  %".3979" = trunc i64 %".3978" to i16
  %".3980" = call i16 @"llvm.bswap.i16"(i16 %".3979")
  %".3981" = getelementptr i8, ptr %"keys.181", i64 10
  store i16 %".3980", ptr %".3981", align 2
  %".3983" = add i64 %"cursor.52", 4
  %".3984" = trunc i64 %".3983" to i16
  %".3985" = getelementptr i8, ptr %"keys.181", i64 0
  store i16 %".3984", ptr %".3985", align 2
  %".3987" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3988" = zext i16 %".3987" to i64
  switch i64 %".3988", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2217", %"vlan_d1_vlan_tags1.to_hsr"], [%".2217", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2411", %"hsr_d1_vlan_tags1.to_hsr"], [%".2411", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6345", %"widening.test.17"]
  %"data.116" = phi  ptr [%"data.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.274", %"widening.test.17"]
  %"data_end.116" = phi  ptr [%"data_end.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.274", %"widening.test.17"]
  %"keys.116" = phi  ptr [%"keys.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.116", i64 %"cursor.53"
  %".4022" = getelementptr i8, ptr %"hdr.47", i64 6
  %".4023" = icmp ugt ptr %".4022", %"data_end.116"
  br i1 %".4023", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".4025" = getelementptr i8, ptr %"hdr.47", i64 4
  %".4026" = load i16, ptr %".4025", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".4026", %"hsr_d1_vlan_tags2.linear"], [%".4045", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.183" = phi  ptr [%"data.116", %"hsr_d1_vlan_tags2.linear"], [%"data.182", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.183" = phi  ptr [%"data_end.116", %"hsr_d1_vlan_tags2.linear"], [%"data_end.182", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.183" = phi  ptr [%"keys.116", %"hsr_d1_vlan_tags2.linear"], [%"keys.182", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".4047" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4048" = zext i16 %".4047" to i64
  %".4049" = trunc i64 %".4048" to i16
  %".4050" = call i16 @"llvm.bswap.i16"(i16 %".4049")
  %".4051" = getelementptr i8, ptr %"keys.183", i64 10
  store i16 %".4050", ptr %".4051", align 2
  %".4053" = add i64 %"cursor.53", 6
  %".4054" = trunc i64 %".4053" to i16
  %".4055" = getelementptr i8, ptr %"keys.183", i64 0
  store i16 %".4054", ptr %".4055", align 2
  %".4057" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4058" = zext i16 %".4057" to i64
  switch i64 %".4058", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
mpls_d1_mpls_labels1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2251" = trunc i64 %"cursor.33" to i32
  %".2252" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2251", [40 x i8]* %"header_copy", i32 4)
  %".2253" = icmp eq i64 %".2252", 0
  %".2254" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2255" = load i32, ptr %".2254", align 4
  %".2256" = zext i32 %".2255" to i64
  %"data.117" = inttoptr i64 %".2256" to ptr
  %".2257" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2258" = load i32, ptr %".2257", align 4
  %".2259" = zext i32 %".2258" to i64
  %"data_end.117" = inttoptr i64 %".2259" to ptr
  %".2260" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.117" = load ptr, ptr %".2260", align 8
  %".2261" = xor i1 %".2253", -1
  br i1 %".2261", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2263" = trunc i64 %".2244" to i16
  %".2264" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2263", ptr %".2264", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2267" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2268" = load volatile i8, [40 x i8]* %".2267", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2274" = trunc i64 %".2270" to i16
  %".2275" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2274", ptr %".2275", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_mpls:
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels1.to_ip_version:
  %".2279" = getelementptr i8, ptr %"keys.118", i64 8
  store i8 1, ptr %".2279", align 1
  %".2281" = getelementptr i8, ptr %"keys.118", i64 48
  %"flags.35" = load volatile i32, ptr %".2281", align 4
  %".2282" = and i32 %"flags.35", 4
  %".2283" = icmp ne i32 %".2282", 0
  br i1 %".2283", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels2:
  %"cursor.54" = phi  i64 [%".2270", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.119" = phi  ptr [%"data.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.119" = phi  ptr [%"data_end.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.119" = phi  ptr [%"keys.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %".4092" = add i64 %"cursor.54", 4
  %"hdr.48" = getelementptr i8, ptr %"data.119", i64 %"cursor.54"
  %".4093" = getelementptr i8, ptr %"hdr.48", i64 4
  %".4094" = icmp ugt ptr %".4093", %"data_end.119"
  br i1 %".4094", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".4096" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4097" = load i8, ptr %".4096", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".4097", %"mpls_d1_mpls_labels2.linear"], [%".4116", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.185" = phi  ptr [%"data.119", %"mpls_d1_mpls_labels2.linear"], [%"data.184", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.185" = phi  ptr [%"data_end.119", %"mpls_d1_mpls_labels2.linear"], [%"data_end.184", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.185" = phi  ptr [%"keys.119", %"mpls_d1_mpls_labels2.linear"], [%"keys.184", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4118" = add i64 %"cursor.54", 4
  %".4119" = zext i8 %"w2_1.4" to i64
  %".4120" = and i64 %".4119", 1
  switch i64 %".4120", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels1.stop_at_encap:
  %".2285" = trunc i64 %".2270" to i16
  %".2286" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2285", ptr %".2286", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2289" = getelementptr i8, ptr %"keys.118", i64 12
  store i32 0, ptr %".2289", align 4
  %".2291" = trunc i64 %".2270" to i16
  %".2292" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2291", ptr %".2292", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2305" = trunc i64 %"cursor.34" to i32
  %".2306" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2305", [40 x i8]* %"header_copy", i32 8)
  %".2307" = icmp eq i64 %".2306", 0
  %".2308" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2309" = load i32, ptr %".2308", align 4
  %".2310" = zext i32 %".2309" to i64
  %"data.120" = inttoptr i64 %".2310" to ptr
  %".2311" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2312" = load i32, ptr %".2311", align 4
  %".2313" = zext i32 %".2312" to i64
  %"data_end.120" = inttoptr i64 %".2313" to ptr
  %".2314" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.120" = load ptr, ptr %".2314", align 8
  %".2315" = xor i1 %".2307", -1
  br i1 %".2315", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2317" = trunc i64 %"cursor.34" to i16
  %".2318" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2317", ptr %".2318", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2321" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2322" = load volatile i8, [40 x i8]* %".2321", align 1
  %".2323" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2324" = load volatile i8, [40 x i8]* %".2323", align 1
  %".2325" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2326" = load volatile i16, [40 x i8]* %".2325", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2341" = trunc i64 %"cursor.34" to i16
  %".2342" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2341", ptr %".2342", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2345" = add i64 %"cursor.34", 8
  %".2346" = trunc i64 %".2345" to i16
  %".2347" = getelementptr i8, ptr %"keys.121", i64 0
  store i16 %".2346", ptr %".2347", align 2
  %".2349" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2350" = zext i16 %".2349" to i64
  switch i64 %".2350", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.unknown:
  %".2352" = and i64 %".2350", 257
  %".2353" = icmp eq i64 %".2352", 1
  br i1 %".2353", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2359" = trunc i64 2048 to i16
  %".2360" = call i16 @"llvm.bswap.i16"(i16 %".2359")
  %".2361" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2360", ptr %".2361", align 2
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2364" = trunc i64 34525 to i16
  %".2365" = call i16 @"llvm.bswap.i16"(i16 %".2364")
  %".2366" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2365", ptr %".2366", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2369" = trunc i64 34887 to i16
  %".2370" = call i16 @"llvm.bswap.i16"(i16 %".2369")
  %".2371" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2370", ptr %".2371", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2374" = trunc i64 34888 to i16
  %".2375" = call i16 @"llvm.bswap.i16"(i16 %".2374")
  %".2376" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2375", ptr %".2376", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2355" = trunc i64 %".2345" to i16
  %".2356" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2355", ptr %".2356", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2386" = trunc i64 %"cursor.35" to i32
  %".2387" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2386", [40 x i8]* %"header_copy", i32 6)
  %".2388" = icmp eq i64 %".2387", 0
  %".2389" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2390" = load i32, ptr %".2389", align 4
  %".2391" = zext i32 %".2390" to i64
  %"data.122" = inttoptr i64 %".2391" to ptr
  %".2392" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2393" = load i32, ptr %".2392", align 4
  %".2394" = zext i32 %".2393" to i64
  %"data_end.122" = inttoptr i64 %".2394" to ptr
  %".2395" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.122" = load ptr, ptr %".2395", align 8
  %".2396" = xor i1 %".2388", -1
  br i1 %".2396", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2398" = trunc i64 %"cursor.35" to i16
  %".2399" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2398", ptr %".2399", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2402" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2403" = load volatile i16, [40 x i8]* %".2402", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2418" = trunc i64 %".2411" to i16
  %".2419" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2418", ptr %".2419", align 2
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
  %".2448" = trunc i64 %"cursor.36" to i32
  %".2449" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2448", [40 x i8]* %"header_copy", i32 24)
  %".2450" = icmp eq i64 %".2449", 0
  %".2451" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2452" = load i32, ptr %".2451", align 4
  %".2453" = zext i32 %".2452" to i64
  %"data.124" = inttoptr i64 %".2453" to ptr
  %".2454" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2455" = load i32, ptr %".2454", align 4
  %".2456" = zext i32 %".2455" to i64
  %"data_end.124" = inttoptr i64 %".2456" to ptr
  %".2457" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.124" = load ptr, ptr %".2457", align 8
  %".2458" = xor i1 %".2450", -1
  br i1 %".2458", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2460" = trunc i64 %"cursor.36" to i16
  %".2461" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2460", ptr %".2461", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2464" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2465" = load volatile i8, [40 x i8]* %".2464", align 1
  %".2466" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2467" = load volatile i8, [40 x i8]* %".2466", align 1
  %".2468" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2469" = load volatile i16, [40 x i8]* %".2468", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2478" = trunc i64 %"cursor.36" to i16
  %".2479" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2478", ptr %".2479", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2482" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2483" = zext i16 %".2482" to i64
  %".2484" = trunc i64 %".2483" to i16
  %".2485" = call i16 @"llvm.bswap.i16"(i16 %".2484")
  %".2486" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".2485", ptr %".2486", align 2
  %".2488" = add i64 %"cursor.36", 24
  %".2489" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2490" = zext i16 %".2489" to i64
  switch i64 %".2490", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.unknown:
  %".2492" = trunc i64 %".2488" to i16
  %".2493" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2492", ptr %".2493", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".2496" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2496", align 1
  %".2498" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.36" = load volatile i32, ptr %".2498", align 4
  %".2499" = and i32 %"flags.36", 4
  %".2500" = icmp ne i32 %".2499", 0
  br i1 %".2500", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".2512" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2512", align 1
  %".2514" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.37" = load volatile i32, ptr %".2514", align 4
  %".2515" = and i32 %"flags.37", 4
  %".2516" = icmp ne i32 %".2515", 0
  br i1 %".2516", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2528" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2528", align 1
  %".2530" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.38" = load volatile i32, ptr %".2530", align 4
  %".2531" = and i32 %"flags.38", 4
  %".2532" = icmp ne i32 %".2531", 0
  br i1 %".2532", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2544" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2544", align 1
  %".2546" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.39" = load volatile i32, ptr %".2546", align 4
  %".2547" = and i32 %"flags.39", 4
  %".2548" = icmp ne i32 %".2547", 0
  br i1 %".2548", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2560" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2560", align 1
  %".2562" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.40" = load volatile i32, ptr %".2562", align 4
  %".2563" = and i32 %"flags.40", 4
  %".2564" = icmp ne i32 %".2563", 0
  br i1 %".2564", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2576" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2576", align 1
  %".2578" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.41" = load volatile i32, ptr %".2578", align 4
  %".2579" = and i32 %"flags.41", 4
  %".2580" = icmp ne i32 %".2579", 0
  br i1 %".2580", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2592" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2592", align 1
  %".2594" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.42" = load volatile i32, ptr %".2594", align 4
  %".2595" = and i32 %"flags.42", 4
  %".2596" = icmp ne i32 %".2595", 0
  br i1 %".2596", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2608" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2608", align 1
  %".2610" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.43" = load volatile i32, ptr %".2610", align 4
  %".2611" = and i32 %"flags.43", 4
  %".2612" = icmp ne i32 %".2611", 0
  br i1 %".2612", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2624" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2624", align 1
  %".2626" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.44" = load volatile i32, ptr %".2626", align 4
  %".2627" = and i32 %"flags.44", 4
  %".2628" = icmp ne i32 %".2627", 0
  br i1 %".2628", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2640" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2640", align 1
  %".2642" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.45" = load volatile i32, ptr %".2642", align 4
  %".2643" = and i32 %"flags.45", 4
  %".2644" = icmp ne i32 %".2643", 0
  br i1 %".2644", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2656" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2656", align 1
  %".2658" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.46" = load volatile i32, ptr %".2658", align 4
  %".2659" = and i32 %"flags.46", 4
  %".2660" = icmp ne i32 %".2659", 0
  br i1 %".2660", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2672" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2672", align 1
  %".2674" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.47" = load volatile i32, ptr %".2674", align 4
  %".2675" = and i32 %"flags.47", 4
  %".2676" = icmp ne i32 %".2675", 0
  br i1 %".2676", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2688" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2688", align 1
  %".2690" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.48" = load volatile i32, ptr %".2690", align 4
  %".2691" = and i32 %"flags.48", 4
  %".2692" = icmp ne i32 %".2691", 0
  br i1 %".2692", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2704" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2704", align 1
  %".2706" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.49" = load volatile i32, ptr %".2706", align 4
  %".2707" = and i32 %"flags.49", 4
  %".2708" = icmp ne i32 %".2707", 0
  br i1 %".2708", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2720" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2720", align 1
  %".2722" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.50" = load volatile i32, ptr %".2722", align 4
  %".2723" = and i32 %"flags.50", 4
  %".2724" = icmp ne i32 %".2723", 0
  br i1 %".2724", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2736" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2736", align 1
  %".2738" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.51" = load volatile i32, ptr %".2738", align 4
  %".2739" = and i32 %"flags.51", 4
  %".2740" = icmp ne i32 %".2739", 0
  br i1 %".2740", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2502" = trunc i64 %".2488" to i16
  %".2503" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2502", ptr %".2503", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2506" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2506", align 4
  %".2508" = trunc i64 %".2488" to i16
  %".2509" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2508", ptr %".2509", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2518" = trunc i64 %".2488" to i16
  %".2519" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2518", ptr %".2519", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2522" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2522", align 4
  %".2524" = trunc i64 %".2488" to i16
  %".2525" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2524", ptr %".2525", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2534" = trunc i64 %".2488" to i16
  %".2535" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2534", ptr %".2535", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2538" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2538", align 4
  %".2540" = trunc i64 %".2488" to i16
  %".2541" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2540", ptr %".2541", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2550" = trunc i64 %".2488" to i16
  %".2551" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2550", ptr %".2551", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2554" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2554", align 4
  %".2556" = trunc i64 %".2488" to i16
  %".2557" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2556", ptr %".2557", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2566" = trunc i64 %".2488" to i16
  %".2567" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2566", ptr %".2567", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2570" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2570", align 4
  %".2572" = trunc i64 %".2488" to i16
  %".2573" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2572", ptr %".2573", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2582" = trunc i64 %".2488" to i16
  %".2583" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2582", ptr %".2583", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2586" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2586", align 4
  %".2588" = trunc i64 %".2488" to i16
  %".2589" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2588", ptr %".2589", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2598" = trunc i64 %".2488" to i16
  %".2599" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2598", ptr %".2599", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2602" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2602", align 4
  %".2604" = trunc i64 %".2488" to i16
  %".2605" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2604", ptr %".2605", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2614" = trunc i64 %".2488" to i16
  %".2615" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2614", ptr %".2615", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2618" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2618", align 4
  %".2620" = trunc i64 %".2488" to i16
  %".2621" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2620", ptr %".2621", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2630" = trunc i64 %".2488" to i16
  %".2631" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2630", ptr %".2631", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2634" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2634", align 4
  %".2636" = trunc i64 %".2488" to i16
  %".2637" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2636", ptr %".2637", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2646" = trunc i64 %".2488" to i16
  %".2647" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2646", ptr %".2647", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2650" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2650", align 4
  %".2652" = trunc i64 %".2488" to i16
  %".2653" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2652", ptr %".2653", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2662" = trunc i64 %".2488" to i16
  %".2663" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2662", ptr %".2663", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2666" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2666", align 4
  %".2668" = trunc i64 %".2488" to i16
  %".2669" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2668", ptr %".2669", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2678" = trunc i64 %".2488" to i16
  %".2679" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2678", ptr %".2679", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2682" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2682", align 4
  %".2684" = trunc i64 %".2488" to i16
  %".2685" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2684", ptr %".2685", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2694" = trunc i64 %".2488" to i16
  %".2695" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2694", ptr %".2695", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2698" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2698", align 4
  %".2700" = trunc i64 %".2488" to i16
  %".2701" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2700", ptr %".2701", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2710" = trunc i64 %".2488" to i16
  %".2711" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2710", ptr %".2711", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2714" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2714", align 4
  %".2716" = trunc i64 %".2488" to i16
  %".2717" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2716", ptr %".2717", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2726" = trunc i64 %".2488" to i16
  %".2727" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2726", ptr %".2727", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2730" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2730", align 4
  %".2732" = trunc i64 %".2488" to i16
  %".2733" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2732", ptr %".2733", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2742" = trunc i64 %".2488" to i16
  %".2743" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2742", ptr %".2743", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2746" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2746", align 4
  %".2748" = trunc i64 %".2488" to i16
  %".2749" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2748", ptr %".2749", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2758" = trunc i64 %"cursor.37" to i32
  %".2759" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2758", [40 x i8]* %"header_copy", i32 20)
  %".2760" = icmp eq i64 %".2759", 0
  %".2761" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2762" = load i32, ptr %".2761", align 4
  %".2763" = zext i32 %".2762" to i64
  %"data.126" = inttoptr i64 %".2763" to ptr
  %".2764" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2765" = load i32, ptr %".2764", align 4
  %".2766" = zext i32 %".2765" to i64
  %"data_end.126" = inttoptr i64 %".2766" to ptr
  %".2767" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.126" = load ptr, ptr %".2767", align 8
  %".2768" = xor i1 %".2760", -1
  br i1 %".2768", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2770" = trunc i64 %"cursor.37" to i16
  %".2771" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2770", ptr %".2771", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2774" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2775" = load volatile i8, [40 x i8]* %".2774", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2783" = trunc i64 %"cursor.37" to i16
  %".2784" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2783", ptr %".2784", align 2
  br label %"return"
tcp_header.require.endif:
  %".2787" = add i64 %"cursor.37", 20
  %".2788" = zext i8 %"w12_1" to i64
  %".2789" = lshr i64 %".2788", 4
  %".2790" = and i64 %".2789", 15
  %".2791" = mul i64 %".2790", 4
  %".2792" = sub i64 %".2791", 20
  %".2793" = add i64 %".2792", 20
  %".2794" = getelementptr i8, ptr %"data.127", i64 %"cursor.37"
  %".2795" = getelementptr i8, ptr %".2794", i64 %".2793"
  %".2796" = icmp ugt ptr %".2795", %"data_end.127"
  br i1 %".2796", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.129" = phi  ptr [%"data.127", %"tcp_header.require.endif"], [%"data.128", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.127", %"tcp_header.require.endif"], [%"data_end.128", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.127", %"tcp_header.require.endif"], [%"keys.128", %"tcp_header.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.37", %".2793"
  %".2817" = trunc i64 %"cursor.37" to i16
  %".2818" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2817", ptr %".2818", align 2
  br label %"return"
tcp_header.copy_last_byte:
  %".2798" = add i64 %"cursor.37", %".2793"
  %".2799" = sub i64 %".2798", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2800" = trunc i64 %".2799" to i32
  %".2801" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2800", i64* %"last_byte", i32 1)
  %".2802" = icmp eq i64 %".2801", 0
  %".2803" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2804" = load i32, ptr %".2803", align 4
  %".2805" = zext i32 %".2804" to i64
  %"data.128" = inttoptr i64 %".2805" to ptr
  %".2806" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2807" = load i32, ptr %".2806", align 4
  %".2808" = zext i32 %".2807" to i64
  %"data_end.128" = inttoptr i64 %".2808" to ptr
  %".2809" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.128" = load ptr, ptr %".2809", align 8
  %".2810" = xor i1 %".2802", -1
  br i1 %".2810", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2812" = trunc i64 %"cursor.37" to i16
  %".2813" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2812", ptr %".2813", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2825" = trunc i64 %"cursor.38" to i32
  %".2826" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2825", [40 x i8]* %"header_copy", i32 8)
  %".2827" = icmp eq i64 %".2826", 0
  %".2828" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2829" = load i32, ptr %".2828", align 4
  %".2830" = zext i32 %".2829" to i64
  %"data.130" = inttoptr i64 %".2830" to ptr
  %".2831" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2832" = load i32, ptr %".2831", align 4
  %".2833" = zext i32 %".2832" to i64
  %"data_end.130" = inttoptr i64 %".2833" to ptr
  %".2834" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.130" = load ptr, ptr %".2834", align 8
  %".2835" = xor i1 %".2827", -1
  br i1 %".2835", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2837" = trunc i64 %"cursor.38" to i16
  %".2838" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2837", ptr %".2838", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2849" = trunc i64 %".2842" to i16
  %".2850" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2849", ptr %".2850", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2853" = getelementptr i8, ptr %"keys.131", i64 12
  store i32 0, ptr %".2853", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.unknown:
  %".2856" = trunc i64 %".2842" to i16
  %".2857" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2856", ptr %".2857", align 2
  br label %"return"
vxlan_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.55" = phi  i64 [%".2842", %"vxlan_d0.to_ethernet"], [%"end.6", %"geneve_d0.to_ethernet"], [%"end.8", %"gre_d0.to_ethernet"], [%".6312", %"widening.test.14"]
  %"data.132" = phi  ptr [%"data.131", %"vxlan_d0.to_ethernet"], [%"data.136", %"geneve_d0.to_ethernet"], [%"data.148", %"gre_d0.to_ethernet"], [%"data.271", %"widening.test.14"]
  %"data_end.132" = phi  ptr [%"data_end.131", %"vxlan_d0.to_ethernet"], [%"data_end.136", %"geneve_d0.to_ethernet"], [%"data_end.148", %"gre_d0.to_ethernet"], [%"data_end.271", %"widening.test.14"]
  %"keys.132" = phi  ptr [%"keys.131", %"vxlan_d0.to_ethernet"], [%"keys.136", %"geneve_d0.to_ethernet"], [%"keys.148", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.14"]
  %"hdr.49" = getelementptr i8, ptr %"data.132", i64 %"cursor.55"
  %".4143" = getelementptr i8, ptr %"hdr.49", i64 14
  %".4144" = icmp ugt ptr %".4143", %"data_end.132"
  br i1 %".4144", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4146" = getelementptr i8, ptr %"hdr.49", i64 12
  %".4147" = load i16, ptr %".4146", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4147", %"ethernet_d1.linear"], [%".4166", %"ethernet_d1.copy_failed.endif"]
  %"data.188" = phi  ptr [%"data.132", %"ethernet_d1.linear"], [%"data.187", %"ethernet_d1.copy_failed.endif"]
  %"data_end.188" = phi  ptr [%"data_end.132", %"ethernet_d1.linear"], [%"data_end.187", %"ethernet_d1.copy_failed.endif"]
  %"keys.188" = phi  ptr [%"keys.132", %"ethernet_d1.linear"], [%"keys.187", %"ethernet_d1.copy_failed.endif"]
  %".4168" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4169" = zext i16 %".4168" to i64
  %".4170" = trunc i64 %".4169" to i16
  %".4171" = call i16 @"llvm.bswap.i16"(i16 %".4170")
  %".4172" = getelementptr i8, ptr %"keys.188", i64 10
  store i16 %".4171", ptr %".4172", align 2
  %".4174" = add i64 %"cursor.55", 14
  %".4175" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4176" = zext i16 %".4175" to i64
  switch i64 %".4176", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
geneve_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2869" = trunc i64 %"cursor.39" to i32
  %".2870" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2869", [40 x i8]* %"header_copy", i32 8)
  %".2871" = icmp eq i64 %".2870", 0
  %".2872" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2873" = load i32, ptr %".2872", align 4
  %".2874" = zext i32 %".2873" to i64
  %"data.133" = inttoptr i64 %".2874" to ptr
  %".2875" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2876" = load i32, ptr %".2875", align 4
  %".2877" = zext i32 %".2876" to i64
  %"data_end.133" = inttoptr i64 %".2877" to ptr
  %".2878" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.133" = load ptr, ptr %".2878", align 8
  %".2879" = xor i1 %".2871", -1
  br i1 %".2879", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2881" = trunc i64 %"cursor.39" to i16
  %".2882" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2881", ptr %".2882", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2885" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2886" = load volatile i8, [40 x i8]* %".2885", align 1
  %".2887" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2888" = load volatile i16, [40 x i8]* %".2887", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2895" = trunc i64 %"cursor.39" to i16
  %".2896" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2895", ptr %".2896", align 2
  br label %"return"
geneve_d0.stop_before.endif:
  %".2899" = add i64 %"cursor.39", 8
  %".2900" = zext i8 %"w0_1.10" to i64
  %".2901" = and i64 %".2900", 63
  %".2902" = mul i64 %".2901", 4
  %".2903" = add i64 %".2902", 8
  %".2904" = getelementptr i8, ptr %"data.134", i64 %"cursor.39"
  %".2905" = getelementptr i8, ptr %".2904", i64 %".2903"
  %".2906" = icmp ugt ptr %".2905", %"data_end.134"
  br i1 %".2906", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.136" = phi  ptr [%"data.134", %"geneve_d0.stop_before.endif"], [%"data.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.134", %"geneve_d0.stop_before.endif"], [%"data_end.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.134", %"geneve_d0.stop_before.endif"], [%"keys.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.39", %".2903"
  %".2927" = getelementptr i8, ptr %"keys.136", i64 8
  store i8 1, ptr %".2927", align 1
  %".2929" = getelementptr i8, ptr %"keys.136", i64 48
  %"flags.53" = load volatile i32, ptr %".2929", align 4
  %".2930" = and i32 %"flags.53", 4
  %".2931" = icmp ne i32 %".2930", 0
  br i1 %".2931", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
geneve_d0.copy_last_byte:
  %".2908" = add i64 %"cursor.39", %".2903"
  %".2909" = sub i64 %".2908", 1
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2910" = trunc i64 %".2909" to i32
  %".2911" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2910", i64* %"last_byte", i32 1)
  %".2912" = icmp eq i64 %".2911", 0
  %".2913" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2914" = load i32, ptr %".2913", align 4
  %".2915" = zext i32 %".2914" to i64
  %"data.135" = inttoptr i64 %".2915" to ptr
  %".2916" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2917" = load i32, ptr %".2916", align 4
  %".2918" = zext i32 %".2917" to i64
  %"data_end.135" = inttoptr i64 %".2918" to ptr
  %".2919" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.135" = load ptr, ptr %".2919", align 8
  %".2920" = xor i1 %".2912", -1
  br i1 %".2920", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2922" = trunc i64 %"cursor.39" to i16
  %".2923" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".2922", ptr %".2923", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2933" = trunc i64 %"end.6" to i16
  %".2934" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2933", ptr %".2934", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2937" = getelementptr i8, ptr %"keys.136", i64 12
  store i32 0, ptr %".2937", align 4
  %".2939" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2940" = zext i16 %".2939" to i64
  switch i64 %".2940", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]  , !prof !5
geneve_d0.unknown:
  %".2942" = trunc i64 %"end.6" to i16
  %".2943" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2942", ptr %".2943", align 2
  br label %"return"
geneve_d0.to_ethernet:
  br label %"ethernet_d1"
geneve_d0.to_ipv4:
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2957" = trunc i64 %"cursor.40" to i32
  %".2958" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2957", [40 x i8]* %"header_copy", i32 4)
  %".2959" = icmp eq i64 %".2958", 0
  %".2960" = getelementptr i8, ptr %"ctx.41", i64 76
  %".2961" = load i32, ptr %".2960", align 4
  %".2962" = zext i32 %".2961" to i64
  %"data.137" = inttoptr i64 %".2962" to ptr
  %".2963" = getelementptr i8, ptr %"ctx.41", i64 80
  %".2964" = load i32, ptr %".2963", align 4
  %".2965" = zext i32 %".2964" to i64
  %"data_end.137" = inttoptr i64 %".2965" to ptr
  %".2966" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.137" = load ptr, ptr %".2966", align 8
  %".2967" = xor i1 %".2959", -1
  br i1 %".2967", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".2969" = trunc i64 %"cursor.40" to i16
  %".2970" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".2969", ptr %".2970", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".2973" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2974" = load volatile i8, [40 x i8]* %".2973", align 1
  %".2975" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2976" = load volatile i8, [40 x i8]* %".2975", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".2988" = trunc i64 %"cursor.40" to i16
  %".2989" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".2988", ptr %".2989", align 2
  br label %"return"
gue_d0.stop_before.endif:
  %".2992" = add i64 %"cursor.40", 4
  %".2993" = zext i8 %"w0_1.11" to i64
  %".2994" = and i64 %".2993", 31
  %".2995" = mul i64 %".2994", 4
  %".2996" = add i64 %".2995", 4
  %".2997" = getelementptr i8, ptr %"data.138", i64 %"cursor.40"
  %".2998" = getelementptr i8, ptr %".2997", i64 %".2996"
  %".2999" = icmp ugt ptr %".2998", %"data_end.138"
  br i1 %".2999", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.140" = phi  ptr [%"data.138", %"gue_d0.stop_before.endif"], [%"data.139", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.138", %"gue_d0.stop_before.endif"], [%"data_end.139", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.138", %"gue_d0.stop_before.endif"], [%"keys.139", %"gue_d0.copy_last_byte_failed.endif"]
  %"end.7" = add i64 %"cursor.40", %".2996"
  %".3020" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3020", align 1
  %".3022" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.54" = load volatile i32, ptr %".3022", align 4
  %".3023" = and i32 %"flags.54", 4
  %".3024" = icmp ne i32 %".3023", 0
  br i1 %".3024", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gue_d0.copy_last_byte:
  %".3001" = add i64 %"cursor.40", %".2996"
  %".3002" = sub i64 %".3001", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3003" = trunc i64 %".3002" to i32
  %".3004" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3003", i64* %"last_byte", i32 1)
  %".3005" = icmp eq i64 %".3004", 0
  %".3006" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3007" = load i32, ptr %".3006", align 4
  %".3008" = zext i32 %".3007" to i64
  %"data.139" = inttoptr i64 %".3008" to ptr
  %".3009" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3010" = load i32, ptr %".3009", align 4
  %".3011" = zext i32 %".3010" to i64
  %"data_end.139" = inttoptr i64 %".3011" to ptr
  %".3012" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.139" = load ptr, ptr %".3012", align 8
  %".3013" = xor i1 %".3005", -1
  br i1 %".3013", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".3015" = trunc i64 %"cursor.40" to i16
  %".3016" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3015", ptr %".3016", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".3026" = trunc i64 %"end.7" to i16
  %".3027" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3026", ptr %".3027", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".3030" = getelementptr i8, ptr %"keys.140", i64 12
  store i32 0, ptr %".3030", align 4
  %".3032" = zext i8 %"w1_1.6" to i64
  switch i64 %".3032", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.unknown:
  %".3034" = trunc i64 %"end.7" to i16
  %".3035" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3034", ptr %".3035", align 2
  br label %"return"
gue_d0.to_ipv4:
  br label %"ipv4_d1"
gue_d0.to_ipv6:
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3048" = trunc i64 %"cursor.41" to i32
  %".3049" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3048", [40 x i8]* %"header_copy", i32 8)
  %".3050" = icmp eq i64 %".3049", 0
  %".3051" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3052" = load i32, ptr %".3051", align 4
  %".3053" = zext i32 %".3052" to i64
  %"data.141" = inttoptr i64 %".3053" to ptr
  %".3054" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3055" = load i32, ptr %".3054", align 4
  %".3056" = zext i32 %".3055" to i64
  %"data_end.141" = inttoptr i64 %".3056" to ptr
  %".3057" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.141" = load ptr, ptr %".3057", align 8
  %".3058" = xor i1 %".3050", -1
  br i1 %".3058", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".3060" = trunc i64 %"cursor.41" to i16
  %".3061" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3060", ptr %".3061", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".3064" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3065" = load volatile i8, [40 x i8]* %".3064", align 1
  %".3066" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3067" = load volatile i8, [40 x i8]* %".3066", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3082" = trunc i64 %"cursor.41" to i16
  %".3083" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3082", ptr %".3083", align 2
  br label %"return"
gtpu_d0.stop_before.endif:
  %".3086" = add i64 %"cursor.41", 8
  %".3087" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".3087", align 1
  %".3089" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.55" = load volatile i32, ptr %".3089", align 4
  %".3090" = and i32 %"flags.55", 4
  %".3091" = icmp ne i32 %".3090", 0
  br i1 %".3091", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
gtpu_d0.stop_at_encap:
  %".3093" = trunc i64 %".3086" to i16
  %".3094" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3093", ptr %".3094", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".3097" = getelementptr i8, ptr %"keys.142", i64 12
  store i32 0, ptr %".3097", align 4
  %".3099" = zext i8 %"w0_1.12" to i64
  %".3100" = lshr i64 %".3099", 2
  %".3101" = and i64 %".3100", 1
  %".3102" = mul i64 %".3101", 4
  %".3103" = zext i8 %"w0_1.12" to i64
  %".3104" = lshr i64 %".3103", 1
  %".3105" = and i64 %".3104", 1
  %".3106" = mul i64 %".3105", 2
  %".3107" = add i64 %".3102", %".3106"
  %".3108" = zext i8 %"w0_1.12" to i64
  %".3109" = and i64 %".3108", 1
  %".3110" = add i64 %".3107", %".3109"
  %".3111" = icmp uge i64 %".3110", 1
  %".3112" = icmp ule i64 %".3110", 3
  %".3113" = and i1 %".3111", %".3112"
  br i1 %".3113", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".3120" = trunc i64 %".3086" to i16
  %".3121" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3120", ptr %".3121", align 2
  br label %"return"
gtpu_d0.to_ip_version:
  br label %"ip_version_d1"
gtpu_d0.to_gtpu_opt:
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3115" = icmp uge i64 %".3110", 4
  %".3116" = icmp ule i64 %".3110", 7
  %".3117" = and i1 %".3115", %".3116"
  br i1 %".3117", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".3110", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_opt_d1:
  %"cursor.56" = phi  i64 [%".3086", %"gtpu_d0.to_gtpu_opt"]
  %"data.143" = phi  ptr [%"data.142", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.143" = phi  ptr [%"data_end.142", %"gtpu_d0.to_gtpu_opt"]
  %"keys.143" = phi  ptr [%"keys.142", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.50" = getelementptr i8, ptr %"data.143", i64 %"cursor.56"
  %".4198" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4199" = icmp ugt ptr %".4198", %"data_end.143"
  br i1 %".4199", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.190" = phi  ptr [%"data.143", %"gtpu_opt_d1.linear"], [%"data.189", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.190" = phi  ptr [%"data_end.143", %"gtpu_opt_d1.linear"], [%"data_end.189", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.190" = phi  ptr [%"keys.143", %"gtpu_opt_d1.linear"], [%"keys.189", %"gtpu_opt_d1.copy_failed.endif"]
  %".4219" = add i64 %"cursor.56", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".3086", %"gtpu_d0.to_gtpu_seq"]
  %"data.144" = phi  ptr [%"data.142", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gtpu_d0.to_gtpu_seq"]
  %"keys.144" = phi  ptr [%"keys.142", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.51" = getelementptr i8, ptr %"data.144", i64 %"cursor.57"
  %".4226" = getelementptr i8, ptr %"hdr.51", i64 3
  %".4227" = icmp ugt ptr %".4226", %"data_end.144"
  br i1 %".4227", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.192" = phi  ptr [%"data.144", %"gtpu_seq_d1.linear"], [%"data.191", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.192" = phi  ptr [%"data_end.144", %"gtpu_seq_d1.linear"], [%"data_end.191", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.192" = phi  ptr [%"keys.144", %"gtpu_seq_d1.linear"], [%"keys.191", %"gtpu_seq_d1.copy_failed.endif"]
  %".4247" = add i64 %"cursor.57", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
shim_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3133" = trunc i64 %"cursor.42" to i32
  %".3134" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3133", [40 x i8]* %"header_copy", i32 8)
  %".3135" = icmp eq i64 %".3134", 0
  %".3136" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3137" = load i32, ptr %".3136", align 4
  %".3138" = zext i32 %".3137" to i64
  %"data.145" = inttoptr i64 %".3138" to ptr
  %".3139" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3140" = load i32, ptr %".3139", align 4
  %".3141" = zext i32 %".3140" to i64
  %"data_end.145" = inttoptr i64 %".3141" to ptr
  %".3142" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.145" = load ptr, ptr %".3142", align 8
  %".3143" = xor i1 %".3135", -1
  br i1 %".3143", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3145" = trunc i64 %"cursor.42" to i16
  %".3146" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3145", ptr %".3146", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3149" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3150" = load volatile i16, [40 x i8]* %".3149", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3159" = trunc i64 %".3152" to i16
  %".3160" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3159", ptr %".3160", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".3163" = getelementptr i8, ptr %"keys.146", i64 12
  store i32 0, ptr %".3163", align 4
  %".3165" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3166" = zext i16 %".3165" to i64
  switch i64 %".3166", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.unknown:
  %".3168" = trunc i64 %".3152" to i16
  %".3169" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3168", ptr %".3169", align 2
  br label %"return"
shim_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.stop_before:
  %".3182" = trunc i64 %"cursor.43" to i16
  %".3183" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".3182", ptr %".3183", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".3186" = add i64 %"cursor.43", 4
  %".3187" = zext i8 %"w0_1.3" to i64
  %".3188" = lshr i64 %".3187", 7
  %".3189" = and i64 %".3188", 1
  %".3190" = zext i8 %"w0_1.3" to i64
  %".3191" = lshr i64 %".3190", 5
  %".3192" = and i64 %".3191", 1
  %".3193" = add i64 %".3189", %".3192"
  %".3194" = zext i8 %"w0_1.3" to i64
  %".3195" = lshr i64 %".3194", 4
  %".3196" = and i64 %".3195", 1
  %".3197" = add i64 %".3193", %".3196"
  %".3198" = mul i64 %".3197", 4
  %".3199" = add i64 %".3198", 4
  %".3200" = getelementptr i8, ptr %"data.76", i64 %"cursor.43"
  %".3201" = getelementptr i8, ptr %".3200", i64 %".3199"
  %".3202" = icmp ugt ptr %".3201", %"data_end.76"
  br i1 %".3202", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.148" = phi  ptr [%"data.76", %"gre_d0.stop_before.endif"], [%"data.147", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.76", %"gre_d0.stop_before.endif"], [%"data_end.147", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.76", %"gre_d0.stop_before.endif"], [%"keys.147", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.8" = add i64 %"cursor.43", %".3199"
  %".3223" = getelementptr i8, ptr %"keys.148", i64 8
  store i8 1, ptr %".3223", align 1
  %".3225" = getelementptr i8, ptr %"keys.148", i64 48
  %"flags.57" = load volatile i32, ptr %".3225", align 4
  %".3226" = and i32 %"flags.57", 4
  %".3227" = icmp ne i32 %".3226", 0
  br i1 %".3227", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".3204" = add i64 %"cursor.43", %".3199"
  %".3205" = sub i64 %".3204", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3206" = trunc i64 %".3205" to i32
  %".3207" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3206", i64* %"last_byte", i32 1)
  %".3208" = icmp eq i64 %".3207", 0
  %".3209" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3210" = load i32, ptr %".3209", align 4
  %".3211" = zext i32 %".3210" to i64
  %"data.147" = inttoptr i64 %".3211" to ptr
  %".3212" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3213" = load i32, ptr %".3212", align 4
  %".3214" = zext i32 %".3213" to i64
  %"data_end.147" = inttoptr i64 %".3214" to ptr
  %".3215" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.147" = load ptr, ptr %".3215", align 8
  %".3216" = xor i1 %".3208", -1
  br i1 %".3216", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3218" = trunc i64 %"cursor.43" to i16
  %".3219" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3218", ptr %".3219", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3229" = trunc i64 %"end.8" to i16
  %".3230" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3229", ptr %".3230", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3233" = getelementptr i8, ptr %"keys.148", i64 12
  store i32 0, ptr %".3233", align 4
  %".3235" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3236" = zext i16 %".3235" to i64
  %".3237" = trunc i64 %".3236" to i16
  %".3238" = call i16 @"llvm.bswap.i16"(i16 %".3237")
  %".3239" = getelementptr i8, ptr %"keys.148", i64 10
  store i16 %".3238", ptr %".3239", align 2
  %".3241" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3242" = zext i16 %".3241" to i64
  switch i64 %".3242", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !6
gre_d0.unknown:
  %".3244" = trunc i64 %"end.8" to i16
  %".3245" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3244", ptr %".3245", align 2
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
  %".3274" = trunc i64 %"cursor.44" to i16
  %".3275" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".3274", ptr %".3275", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".3278" = add i64 %"cursor.44", 4
  %".3279" = zext i8 %"w0_1.3" to i64
  %".3280" = lshr i64 %".3279", 7
  %".3281" = and i64 %".3280", 1
  %".3282" = zext i8 %"w0_1.3" to i64
  %".3283" = lshr i64 %".3282", 5
  %".3284" = and i64 %".3283", 1
  %".3285" = add i64 %".3281", %".3284"
  %".3286" = zext i8 %"w0_1.3" to i64
  %".3287" = lshr i64 %".3286", 4
  %".3288" = and i64 %".3287", 1
  %".3289" = add i64 %".3285", %".3288"
  %".3290" = zext i8 %"w1_1.2" to i64
  %".3291" = lshr i64 %".3290", 7
  %".3292" = and i64 %".3291", 1
  %".3293" = add i64 %".3289", %".3292"
  %".3294" = mul i64 %".3293", 4
  %".3295" = add i64 %".3294", 4
  %".3296" = getelementptr i8, ptr %"data.77", i64 %"cursor.44"
  %".3297" = getelementptr i8, ptr %".3296", i64 %".3295"
  %".3298" = icmp ugt ptr %".3297", %"data_end.77"
  br i1 %".3298", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.150" = phi  ptr [%"data.77", %"pptp_d0.stop_before.endif"], [%"data.149", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.150" = phi  ptr [%"data_end.77", %"pptp_d0.stop_before.endif"], [%"data_end.149", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.150" = phi  ptr [%"keys.77", %"pptp_d0.stop_before.endif"], [%"keys.149", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.44", %".3295"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".3300" = add i64 %"cursor.44", %".3295"
  %".3301" = sub i64 %".3300", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3302" = trunc i64 %".3301" to i32
  %".3303" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3302", i64* %"last_byte", i32 1)
  %".3304" = icmp eq i64 %".3303", 0
  %".3305" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3306" = load i32, ptr %".3305", align 4
  %".3307" = zext i32 %".3306" to i64
  %"data.149" = inttoptr i64 %".3307" to ptr
  %".3308" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3309" = load i32, ptr %".3308", align 4
  %".3310" = zext i32 %".3309" to i64
  %"data_end.149" = inttoptr i64 %".3310" to ptr
  %".3311" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.149" = load ptr, ptr %".3311", align 8
  %".3312" = xor i1 %".3304", -1
  br i1 %".3312", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3314" = trunc i64 %"cursor.44" to i16
  %".3315" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3314", ptr %".3315", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3320" = trunc i64 %"end.9" to i16
  %".3321" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3320", ptr %".3321", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.58" = phi  i64 [%"end.9", %"pptp_d0.to_ppp"]
  %"data.151" = phi  ptr [%"data.150", %"pptp_d0.to_ppp"]
  %"data_end.151" = phi  ptr [%"data_end.150", %"pptp_d0.to_ppp"]
  %"keys.151" = phi  ptr [%"keys.150", %"pptp_d0.to_ppp"]
  %"hdr.52" = getelementptr i8, ptr %"data.151", i64 %"cursor.58"
  %".4254" = getelementptr i8, ptr %"hdr.52", i64 4
  %".4255" = icmp ugt ptr %".4254", %"data_end.151"
  br i1 %".4255", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4257" = getelementptr i8, ptr %"hdr.52", i64 2
  %".4258" = load i16, ptr %".4257", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.17" = phi  i16 [%".4258", %"ppp_d0.linear"], [%".4277", %"ppp_d0.copy_failed.endif"]
  %"data.195" = phi  ptr [%"data.151", %"ppp_d0.linear"], [%"data.194", %"ppp_d0.copy_failed.endif"]
  %"data_end.195" = phi  ptr [%"data_end.151", %"ppp_d0.linear"], [%"data_end.194", %"ppp_d0.copy_failed.endif"]
  %"keys.195" = phi  ptr [%"keys.151", %"ppp_d0.linear"], [%"keys.194", %"ppp_d0.copy_failed.endif"]
  %".4279" = add i64 %"cursor.58", 4
  %".4280" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4281" = zext i16 %".4280" to i64
  switch i64 %".4281", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
udp_d1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3333" = trunc i64 %"cursor.45" to i32
  %".3334" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3333", [40 x i8]* %"header_copy", i32 4)
  %".3335" = icmp eq i64 %".3334", 0
  %".3336" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3337" = load i32, ptr %".3336", align 4
  %".3338" = zext i32 %".3337" to i64
  %"data.152" = inttoptr i64 %".3338" to ptr
  %".3339" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3340" = load i32, ptr %".3339", align 4
  %".3341" = zext i32 %".3340" to i64
  %"data_end.152" = inttoptr i64 %".3341" to ptr
  %".3342" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.152" = load ptr, ptr %".3342", align 8
  %".3343" = xor i1 %".3335", -1
  br i1 %".3343", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3345" = trunc i64 %"cursor.45" to i16
  %".3346" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3345", ptr %".3346", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3349" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3350" = load volatile i16, [40 x i8]* %".3349", align 2
  %".3351" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3352" = load volatile i16, [40 x i8]* %".3351", align 2
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3372" = add i64 %"cursor.45", %".3367"
  %".3373" = sub i64 %".3372", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3374" = trunc i64 %".3373" to i32
  %".3375" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3374", i64* %"last_byte", i32 1)
  %".3376" = icmp eq i64 %".3375", 0
  %".3377" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3378" = load i32, ptr %".3377", align 4
  %".3379" = zext i32 %".3378" to i64
  %"data.154" = inttoptr i64 %".3379" to ptr
  %".3380" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3381" = load i32, ptr %".3380", align 4
  %".3382" = zext i32 %".3381" to i64
  %"data_end.154" = inttoptr i64 %".3382" to ptr
  %".3383" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.154" = load ptr, ptr %".3383", align 8
  %".3384" = xor i1 %".3376", -1
  br i1 %".3384", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3386" = trunc i64 %"cursor.45" to i16
  %".3387" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3386", ptr %".3387", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3394" = trunc i64 %"cursor.45" to i16
  %".3395" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3394", ptr %".3395", align 2
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
  %"cursor.59" = phi  i64 [%"end.10", %"udp_d1.to_vxlan"]
  %"data.156" = phi  ptr [%"data.155", %"udp_d1.to_vxlan"]
  %"data_end.156" = phi  ptr [%"data_end.155", %"udp_d1.to_vxlan"]
  %"keys.156" = phi  ptr [%"keys.155", %"udp_d1.to_vxlan"]
  %"hdr.53" = getelementptr i8, ptr %"data.156", i64 %"cursor.59"
  %".4341" = getelementptr i8, ptr %"hdr.53", i64 8
  %".4342" = icmp ugt ptr %".4341", %"data_end.156"
  br i1 %".4342", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.198" = phi  ptr [%"data.156", %"vxlan_d1.linear"], [%"data.197", %"vxlan_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.156", %"vxlan_d1.linear"], [%"data_end.197", %"vxlan_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.156", %"vxlan_d1.linear"], [%"keys.197", %"vxlan_d1.copy_failed.endif"]
  %".4362" = add i64 %"cursor.59", 8
  %".4363" = getelementptr i8, ptr %"keys.198", i64 8
  store i8 1, ptr %".4363", align 1
  %".4365" = getelementptr i8, ptr %"keys.198", i64 48
  %"flags.73" = load volatile i32, ptr %".4365", align 4
  %".4366" = and i32 %"flags.73", 4
  %".4367" = icmp ne i32 %".4366", 0
  br i1 %".4367", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
geneve_d1:
  %"cursor.60" = phi  i64 [%"end.10", %"udp_d1.to_geneve"]
  %"data.157" = phi  ptr [%"data.155", %"udp_d1.to_geneve"]
  %"data_end.157" = phi  ptr [%"data_end.155", %"udp_d1.to_geneve"]
  %"keys.157" = phi  ptr [%"keys.155", %"udp_d1.to_geneve"]
  %"hdr.54" = getelementptr i8, ptr %"data.157", i64 %"cursor.60"
  %".4384" = getelementptr i8, ptr %"hdr.54", i64 8
  %".4385" = icmp ugt ptr %".4384", %"data_end.157"
  br i1 %".4385", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4387" = getelementptr i8, ptr %"hdr.54", i64 0
  %".4388" = load i8, ptr %".4387", align 1
  %".4389" = getelementptr i8, ptr %"hdr.54", i64 2
  %".4390" = load i16, ptr %".4389", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4388", %"geneve_d1.linear"], [%".4409", %"geneve_d1.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4390", %"geneve_d1.linear"], [%".4411", %"geneve_d1.copy_failed.endif"]
  %"data.200" = phi  ptr [%"data.157", %"geneve_d1.linear"], [%"data.199", %"geneve_d1.copy_failed.endif"]
  %"data_end.200" = phi  ptr [%"data_end.157", %"geneve_d1.linear"], [%"data_end.199", %"geneve_d1.copy_failed.endif"]
  %"keys.200" = phi  ptr [%"keys.157", %"geneve_d1.linear"], [%"keys.199", %"geneve_d1.copy_failed.endif"]
  %".4413" = zext i8 %"w0_1.18" to i64
  %".4414" = lshr i64 %".4413", 6
  %".4415" = and i64 %".4414", 3
  %".4416" = icmp ne i64 %".4415", 0
  br i1 %".4416", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif"
gue_d1:
  %"cursor.61" = phi  i64 [%"end.10", %"udp_d1.to_gue"]
  %"data.158" = phi  ptr [%"data.155", %"udp_d1.to_gue"]
  %"data_end.158" = phi  ptr [%"data_end.155", %"udp_d1.to_gue"]
  %"keys.158" = phi  ptr [%"keys.155", %"udp_d1.to_gue"]
  %"hdr.55" = getelementptr i8, ptr %"data.158", i64 %"cursor.61"
  %".4481" = getelementptr i8, ptr %"hdr.55", i64 4
  %".4482" = icmp ugt ptr %".4481", %"data_end.158"
  br i1 %".4482", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4484" = getelementptr i8, ptr %"hdr.55", i64 0
  %".4485" = load i8, ptr %".4484", align 1
  %".4486" = getelementptr i8, ptr %"hdr.55", i64 1
  %".4487" = load i8, ptr %".4486", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4485", %"gue_d1.linear"], [%".4506", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4487", %"gue_d1.linear"], [%".4508", %"gue_d1.copy_failed.endif"]
  %"data.204" = phi  ptr [%"data.158", %"gue_d1.linear"], [%"data.203", %"gue_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.158", %"gue_d1.linear"], [%"data_end.203", %"gue_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.158", %"gue_d1.linear"], [%"keys.203", %"gue_d1.copy_failed.endif"]
  %".4510" = zext i8 %"w0_1.19" to i64
  %".4511" = lshr i64 %".4510", 6
  %".4512" = and i64 %".4511", 3
  %".4513" = icmp ne i64 %".4512", 0
  %".4514" = zext i8 %"w0_1.19" to i64
  %".4515" = lshr i64 %".4514", 5
  %".4516" = and i64 %".4515", 1
  %".4517" = icmp ne i64 %".4516", 0
  %".4518" = or i1 %".4513", %".4517"
  br i1 %".4518", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif"
gtpu_d1:
  %"cursor.62" = phi  i64 [%"end.10", %"udp_d1.to_gtpu"]
  %"data.159" = phi  ptr [%"data.155", %"udp_d1.to_gtpu"]
  %"data_end.159" = phi  ptr [%"data_end.155", %"udp_d1.to_gtpu"]
  %"keys.159" = phi  ptr [%"keys.155", %"udp_d1.to_gtpu"]
  %"hdr.56" = getelementptr i8, ptr %"data.159", i64 %"cursor.62"
  %".4578" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4579" = icmp ugt ptr %".4578", %"data_end.159"
  br i1 %".4579", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4581" = getelementptr i8, ptr %"hdr.56", i64 0
  %".4582" = load i8, ptr %".4581", align 1
  %".4583" = getelementptr i8, ptr %"hdr.56", i64 1
  %".4584" = load i8, ptr %".4583", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.20" = phi  i8 [%".4582", %"gtpu_d1.linear"], [%".4603", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4584", %"gtpu_d1.linear"], [%".4605", %"gtpu_d1.copy_failed.endif"]
  %"data.208" = phi  ptr [%"data.159", %"gtpu_d1.linear"], [%"data.207", %"gtpu_d1.copy_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.159", %"gtpu_d1.linear"], [%"data_end.207", %"gtpu_d1.copy_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.159", %"gtpu_d1.linear"], [%"keys.207", %"gtpu_d1.copy_failed.endif"]
  %".4607" = zext i8 %"w0_1.20" to i64
  %".4608" = lshr i64 %".4607", 5
  %".4609" = and i64 %".4608", 7
  %".4610" = icmp ne i64 %".4609", 1
  %".4611" = zext i8 %"w0_1.20" to i64
  %".4612" = lshr i64 %".4611", 4
  %".4613" = and i64 %".4612", 1
  %".4614" = icmp ne i64 %".4613", 1
  %".4615" = or i1 %".4610", %".4614"
  %".4616" = zext i8 %"w1_1.12" to i64
  %".4617" = icmp ne i64 %".4616", 255
  %".4618" = or i1 %".4615", %".4617"
  br i1 %".4618", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif"
shim_d1:
  %"cursor.63" = phi  i64 [%"end.10", %"udp_d1.to_shim"]
  %"data.160" = phi  ptr [%"data.155", %"udp_d1.to_shim"]
  %"data_end.160" = phi  ptr [%"data_end.155", %"udp_d1.to_shim"]
  %"keys.160" = phi  ptr [%"keys.155", %"udp_d1.to_shim"]
  %"hdr.57" = getelementptr i8, ptr %"data.160", i64 %"cursor.63"
  %".4674" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4675" = icmp ugt ptr %".4674", %"data_end.160"
  br i1 %".4675", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4677" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4678" = load i16, ptr %".4677", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.19" = phi  i16 [%".4678", %"shim_d1.linear"], [%".4697", %"shim_d1.copy_failed.endif"]
  %"data.210" = phi  ptr [%"data.160", %"shim_d1.linear"], [%"data.209", %"shim_d1.copy_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.160", %"shim_d1.linear"], [%"data_end.209", %"shim_d1.copy_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.160", %"shim_d1.linear"], [%"keys.209", %"shim_d1.copy_failed.endif"]
  %".4699" = add i64 %"cursor.63", 8
  %".4700" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".4700", align 1
  %".4702" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.77" = load volatile i32, ptr %".4702", align 4
  %".4703" = and i32 %"flags.77", 4
  %".4704" = icmp ne i32 %".4703", 0
  br i1 %".4704", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3413" = trunc i64 %"cursor.46" to i32
  %".3414" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3413", [40 x i8]* %"header_copy", i32 4)
  %".3415" = icmp eq i64 %".3414", 0
  %".3416" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3417" = load i32, ptr %".3416", align 4
  %".3418" = zext i32 %".3417" to i64
  %"data.161" = inttoptr i64 %".3418" to ptr
  %".3419" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3420" = load i32, ptr %".3419", align 4
  %".3421" = zext i32 %".3420" to i64
  %"data_end.161" = inttoptr i64 %".3421" to ptr
  %".3422" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.161" = load ptr, ptr %".3422", align 8
  %".3423" = xor i1 %".3415", -1
  br i1 %".3423", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3425" = trunc i64 %"cursor.46" to i16
  %".3426" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3425", ptr %".3426", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3429" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3430" = load volatile i8, [40 x i8]* %".3429", align 1
  %".3431" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3432" = load volatile i8, [40 x i8]* %".3431", align 1
  %".3433" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3434" = load volatile i16, [40 x i8]* %".3433", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3445" = trunc i64 %"cursor.46" to i16
  %".3446" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3445", ptr %".3446", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".3449" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3450" = zext i16 %".3449" to i64
  %".3451" = trunc i64 %".3450" to i16
  %".3452" = call i16 @"llvm.bswap.i16"(i16 %".3451")
  %".3453" = getelementptr i8, ptr %"keys.162", i64 10
  store i16 %".3452", ptr %".3453", align 2
  %".3455" = zext i8 %"w1_1.8" to i64
  %".3456" = and i64 %".3455", 7
  switch i64 %".3456", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".3458" = trunc i64 %"cursor.46" to i16
  %".3459" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3458", ptr %".3459", align 2
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
  %".4723" = zext i8 %"w1_1.8" to i64
  %".4724" = and i64 %".4723", 7
  %".4725" = icmp ne i64 %".4724", 0
  %".4726" = zext i8 %"w0_1.13" to i64
  %".4727" = lshr i64 %".4726", 6
  %".4728" = and i64 %".4727", 1
  %".4729" = icmp ne i64 %".4728", 0
  %".4730" = or i1 %".4725", %".4729"
  br i1 %".4730", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.65" = phi  i64 [%"cursor.46", %"gre_version_d1.to_pptp"]
  %"data.164" = phi  ptr [%"data.162", %"gre_version_d1.to_pptp"]
  %"data_end.164" = phi  ptr [%"data_end.162", %"gre_version_d1.to_pptp"]
  %"keys.164" = phi  ptr [%"keys.162", %"gre_version_d1.to_pptp"]
  %".4866" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4867" = zext i16 %".4866" to i64
  %".4868" = icmp ne i64 %".4867", 34827
  %".4869" = zext i8 %"w0_1.13" to i64
  %".4870" = lshr i64 %".4869", 5
  %".4871" = and i64 %".4870", 1
  %".4872" = icmp eq i64 %".4871", 0
  %".4873" = or i1 %".4868", %".4872"
  br i1 %".4873", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3472" = trunc i64 %"cursor.47" to i32
  %".3473" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3472", [40 x i8]* %"header_copy", i32 2)
  %".3474" = icmp eq i64 %".3473", 0
  %".3475" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3476" = load i32, ptr %".3475", align 4
  %".3477" = zext i32 %".3476" to i64
  %"data.165" = inttoptr i64 %".3477" to ptr
  %".3478" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3479" = load i32, ptr %".3478", align 4
  %".3480" = zext i32 %".3479" to i64
  %"data_end.165" = inttoptr i64 %".3480" to ptr
  %".3481" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.165" = load ptr, ptr %".3481", align 8
  %".3482" = xor i1 %".3474", -1
  br i1 %".3482", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3484" = trunc i64 %"cursor.47" to i16
  %".3485" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3484", ptr %".3485", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3488" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3489" = load volatile i8, [40 x i8]* %".3488", align 1
  %".3490" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3491" = load volatile i8, [40 x i8]* %".3490", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3504" = trunc i64 %"end.11" to i16
  %".3505" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3504", ptr %".3505", align 2
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
  %".3521" = trunc i64 34887 to i16
  %".3522" = call i16 @"llvm.bswap.i16"(i16 %".3521")
  %".3523" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".3522", ptr %".3523", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3526" = trunc i64 2048 to i16
  %".3527" = call i16 @"llvm.bswap.i16"(i16 %".3526")
  %".3528" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".3527", ptr %".3528", align 2
  %".3530" = getelementptr i8, ptr %"keys.166", i64 8
  store i8 1, ptr %".3530", align 1
  %".3532" = getelementptr i8, ptr %"keys.166", i64 48
  %"flags.58" = load volatile i32, ptr %".3532", align 4
  %".3533" = and i32 %"flags.58", 4
  %".3534" = icmp ne i32 %".3533", 0
  br i1 %".3534", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3546" = trunc i64 34525 to i16
  %".3547" = call i16 @"llvm.bswap.i16"(i16 %".3546")
  %".3548" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".3547", ptr %".3548", align 2
  %".3550" = getelementptr i8, ptr %"keys.166", i64 8
  store i8 1, ptr %".3550", align 1
  %".3552" = getelementptr i8, ptr %"keys.166", i64 48
  %"flags.59" = load volatile i32, ptr %".3552", align 4
  %".3553" = and i32 %"flags.59", 4
  %".3554" = icmp ne i32 %".3553", 0
  br i1 %".3554", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6466", %"widening.test.28"]
  %"data.167" = phi  ptr [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.285", %"widening.test.28"]
  %"data_end.167" = phi  ptr [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.285", %"widening.test.28"]
  %"keys.167" = phi  ptr [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.28"]
  %"hdr.58" = getelementptr i8, ptr %"data.167", i64 %"cursor.66"
  %".4926" = getelementptr i8, ptr %"hdr.58", i64 2
  %".4927" = icmp ugt ptr %".4926", %"data_end.167"
  br i1 %".4927", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4929" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4930" = load i8, ptr %".4929", align 1
  %".4931" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4932" = load i8, ptr %".4931", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.21" = phi  i8 [%".4930", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4951", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4932", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4953", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.217" = phi  ptr [%"data.167", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.217" = phi  ptr [%"data_end.167", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.217" = phi  ptr [%"keys.167", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".4955" = zext i8 %"w0_1.21" to i64
  %".4956" = trunc i64 %".4955" to i8
  %".4957" = getelementptr i8, ptr %"keys.217", i64 9
  store i8 %".4956", ptr %".4957", align 1
  %".4959" = add i64 %"cursor.66", 2
  %".4960" = zext i8 %"w1_1.13" to i64
  %".4961" = mul i64 %".4960", 8
  %".4962" = add i64 %".4961", 6
  %".4963" = add i64 %".4962", 2
  %"end.17" = add i64 %"cursor.66", %".4963"
  %".4964" = zext i8 %"w0_1.21" to i64
  switch i64 %".4964", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3599", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6455", %"widening.test.27"]
  %"data.168" = phi  ptr [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.284", %"widening.test.27"]
  %"data_end.168" = phi  ptr [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.284", %"widening.test.27"]
  %"keys.168" = phi  ptr [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.27"]
  %"hdr.59" = getelementptr i8, ptr %"data.168", i64 %"cursor.67"
  %".5028" = getelementptr i8, ptr %"hdr.59", i64 8
  %".5029" = icmp ugt ptr %".5028", %"data_end.168"
  br i1 %".5029", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".5031" = getelementptr i8, ptr %"hdr.59", i64 0
  %".5032" = load i8, ptr %".5031", align 1
  %".5033" = getelementptr i8, ptr %"hdr.59", i64 2
  %".5034" = load i16, ptr %".5033", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.22" = phi  i8 [%".5032", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5053", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.20" = phi  i16 [%".5034", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5055", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.221" = phi  ptr [%"data.168", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.221" = phi  ptr [%"data_end.168", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.221" = phi  ptr [%"keys.168", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".5057" = zext i8 %"w0_1.22" to i64
  %".5058" = trunc i64 %".5057" to i8
  %".5059" = getelementptr i8, ptr %"keys.221", i64 9
  store i8 %".5058", ptr %".5059", align 1
  %".5061" = add i64 %"cursor.67", 8
  %".5062" = icmp ne i64 1, 0
  %".5063" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5064" = zext i16 %".5063" to i64
  %".5065" = and i64 %".5064", 65528
  %".5066" = icmp eq i64 %".5065", 0
  br i1 %".5062", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3536" = trunc i64 %"end.11" to i16
  %".3537" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3536", ptr %".3537", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3540" = getelementptr i8, ptr %"keys.166", i64 12
  store i32 0, ptr %".3540", align 4
  %".3542" = trunc i64 %"end.11" to i16
  %".3543" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3542", ptr %".3543", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3556" = trunc i64 %"end.11" to i16
  %".3557" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3556", ptr %".3557", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3560" = getelementptr i8, ptr %"keys.166", i64 12
  store i32 0, ptr %".3560", align 4
  %".3562" = trunc i64 %"end.11" to i16
  %".3563" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3562", ptr %".3563", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3574" = trunc i64 %"cursor.48" to i32
  %".3575" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3574", [40 x i8]* %"header_copy", i32 8)
  %".3576" = icmp eq i64 %".3575", 0
  %".3577" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3578" = load i32, ptr %".3577", align 4
  %".3579" = zext i32 %".3578" to i64
  %"data.169" = inttoptr i64 %".3579" to ptr
  %".3580" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3581" = load i32, ptr %".3580", align 4
  %".3582" = zext i32 %".3581" to i64
  %"data_end.169" = inttoptr i64 %".3582" to ptr
  %".3583" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.169" = load ptr, ptr %".3583", align 8
  %".3584" = xor i1 %".3576", -1
  br i1 %".3584", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3586" = trunc i64 %"cursor.48" to i16
  %".3587" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3586", ptr %".3587", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3590" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3591" = load volatile i8, [40 x i8]* %".3590", align 1
  %".3592" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3593" = load volatile i16, [40 x i8]* %".3592", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3606" = getelementptr i8, ptr %"keys.170", i64 6
  store i8 1, ptr %".3606", align 1
  br i1 %".3604", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3626" = zext i8 %"w0_1.15" to i64
  switch i64 %".3626", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3609" = getelementptr i8, ptr %"keys.170", i64 7
  store i8 1, ptr %".3609", align 1
  %".3611" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.60" = load volatile i32, ptr %".3611", align 4
  %".3612" = and i32 %"flags.60", 1
  %".3613" = icmp ne i32 %".3612", 0
  %".3614" = xor i1 %".3613", -1
  br i1 %".3614", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3621" = trunc i64 %".3599" to i16
  %".3622" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3621", ptr %".3622", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3616" = trunc i64 %".3599" to i16
  %".3617" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3616", ptr %".3617", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3628" = trunc i64 %".3599" to i16
  %".3629" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3628", ptr %".3629", align 2
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
  %".3645" = trunc i64 34887 to i16
  %".3646" = call i16 @"llvm.bswap.i16"(i16 %".3645")
  %".3647" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3646", ptr %".3647", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3650" = trunc i64 2048 to i16
  %".3651" = call i16 @"llvm.bswap.i16"(i16 %".3650")
  %".3652" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3651", ptr %".3652", align 2
  %".3654" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".3654", align 1
  %".3656" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.61" = load volatile i32, ptr %".3656", align 4
  %".3657" = and i32 %"flags.61", 4
  %".3658" = icmp ne i32 %".3657", 0
  br i1 %".3658", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3670" = trunc i64 34525 to i16
  %".3671" = call i16 @"llvm.bswap.i16"(i16 %".3670")
  %".3672" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3671", ptr %".3672", align 2
  %".3674" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".3674", align 1
  %".3676" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.62" = load volatile i32, ptr %".3676", align 4
  %".3677" = and i32 %"flags.62", 4
  %".3678" = icmp ne i32 %".3677", 0
  br i1 %".3678", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3660" = trunc i64 %".3599" to i16
  %".3661" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3660", ptr %".3661", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3664" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".3664", align 4
  %".3666" = trunc i64 %".3599" to i16
  %".3667" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3666", ptr %".3667", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3680" = trunc i64 %".3599" to i16
  %".3681" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3680", ptr %".3681", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3684" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".3684", align 4
  %".3686" = trunc i64 %".3599" to i16
  %".3687" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3686", ptr %".3687", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3698" = trunc i64 %"cursor.49" to i32
  %".3699" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3698", [40 x i8]* %"header_copy", i32 2)
  %".3700" = icmp eq i64 %".3699", 0
  %".3701" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3702" = load i32, ptr %".3701", align 4
  %".3703" = zext i32 %".3702" to i64
  %"data.171" = inttoptr i64 %".3703" to ptr
  %".3704" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3705" = load i32, ptr %".3704", align 4
  %".3706" = zext i32 %".3705" to i64
  %"data_end.171" = inttoptr i64 %".3706" to ptr
  %".3707" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.171" = load ptr, ptr %".3707", align 8
  %".3708" = xor i1 %".3700", -1
  br i1 %".3708", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3710" = trunc i64 %"cursor.49" to i16
  %".3711" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3710", ptr %".3711", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3714" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3715" = load volatile i8, [40 x i8]* %".3714", align 1
  %".3716" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3717" = load volatile i8, [40 x i8]* %".3716", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3730" = trunc i64 %"end.12" to i16
  %".3731" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3730", ptr %".3731", align 2
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
  %".3747" = trunc i64 34887 to i16
  %".3748" = call i16 @"llvm.bswap.i16"(i16 %".3747")
  %".3749" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3748", ptr %".3749", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3752" = trunc i64 2048 to i16
  %".3753" = call i16 @"llvm.bswap.i16"(i16 %".3752")
  %".3754" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3753", ptr %".3754", align 2
  %".3756" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3756", align 1
  %".3758" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.63" = load volatile i32, ptr %".3758", align 4
  %".3759" = and i32 %"flags.63", 4
  %".3760" = icmp ne i32 %".3759", 0
  br i1 %".3760", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3769" = trunc i64 34525 to i16
  %".3770" = call i16 @"llvm.bswap.i16"(i16 %".3769")
  %".3771" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3770", ptr %".3771", align 2
  %".3773" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3773", align 1
  %".3775" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.64" = load volatile i32, ptr %".3775", align 4
  %".3776" = and i32 %"flags.64", 4
  %".3777" = icmp ne i32 %".3776", 0
  br i1 %".3777", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6246", %"widening.test.8"]
  %"data.173" = phi  ptr [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.265", %"widening.test.8"]
  %"data_end.173" = phi  ptr [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.265", %"widening.test.8"]
  %"keys.173" = phi  ptr [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.60" = getelementptr i8, ptr %"data.173", i64 %"cursor.68"
  %".5152" = getelementptr i8, ptr %"hdr.60", i64 2
  %".5153" = icmp ugt ptr %".5152", %"data_end.173"
  br i1 %".5153", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5155" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5156" = load i8, ptr %".5155", align 1
  %".5157" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5158" = load i8, ptr %".5157", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5156", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5177", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5158", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5179", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.223" = phi  ptr [%"data.173", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.173", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.173", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5181" = zext i8 %"w0_1.23" to i64
  %".5182" = trunc i64 %".5181" to i8
  %".5183" = getelementptr i8, ptr %"keys.223", i64 9
  store i8 %".5182", ptr %".5183", align 1
  %".5185" = add i64 %"cursor.68", 2
  %".5186" = zext i8 %"w1_1.14" to i64
  %".5187" = mul i64 %".5186", 8
  %".5188" = add i64 %".5187", 6
  %".5189" = add i64 %".5188", 2
  %"end.18" = add i64 %"cursor.68", %".5189"
  %".5190" = zext i8 %"w0_1.23" to i64
  switch i64 %".5190", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3819", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6235", %"widening.test.7"]
  %"data.174" = phi  ptr [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.264", %"widening.test.7"]
  %"data_end.174" = phi  ptr [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.264", %"widening.test.7"]
  %"keys.174" = phi  ptr [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.61" = getelementptr i8, ptr %"data.174", i64 %"cursor.69"
  %".5260" = getelementptr i8, ptr %"hdr.61", i64 8
  %".5261" = icmp ugt ptr %".5260", %"data_end.174"
  br i1 %".5261", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5263" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5264" = load i8, ptr %".5263", align 1
  %".5265" = getelementptr i8, ptr %"hdr.61", i64 2
  %".5266" = load i16, ptr %".5265", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5264", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5285", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.21" = phi  i16 [%".5266", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5287", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.225" = phi  ptr [%"data.174", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.225" = phi  ptr [%"data_end.174", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.225" = phi  ptr [%"keys.174", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5289" = zext i8 %"w0_1.24" to i64
  %".5290" = trunc i64 %".5289" to i8
  %".5291" = getelementptr i8, ptr %"keys.225", i64 9
  store i8 %".5290", ptr %".5291", align 1
  %".5293" = add i64 %"cursor.69", 8
  %".5294" = icmp ne i64 1, 0
  %".5295" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5296" = zext i16 %".5295" to i64
  %".5297" = and i64 %".5296", 65528
  %".5298" = icmp eq i64 %".5297", 0
  br i1 %".5294", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3762" = trunc i64 %"end.12" to i16
  %".3763" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3762", ptr %".3763", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3766" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3766", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3779" = trunc i64 %"end.12" to i16
  %".3780" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3779", ptr %".3780", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3783" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3783", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3794" = trunc i64 %"cursor.50" to i32
  %".3795" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3794", [40 x i8]* %"header_copy", i32 8)
  %".3796" = icmp eq i64 %".3795", 0
  %".3797" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3798" = load i32, ptr %".3797", align 4
  %".3799" = zext i32 %".3798" to i64
  %"data.175" = inttoptr i64 %".3799" to ptr
  %".3800" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3801" = load i32, ptr %".3800", align 4
  %".3802" = zext i32 %".3801" to i64
  %"data_end.175" = inttoptr i64 %".3802" to ptr
  %".3803" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.175" = load ptr, ptr %".3803", align 8
  %".3804" = xor i1 %".3796", -1
  br i1 %".3804", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3806" = trunc i64 %"cursor.50" to i16
  %".3807" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3806", ptr %".3807", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3810" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3811" = load volatile i8, [40 x i8]* %".3810", align 1
  %".3812" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3813" = load volatile i16, [40 x i8]* %".3812", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3826" = getelementptr i8, ptr %"keys.176", i64 6
  store i8 1, ptr %".3826", align 1
  br i1 %".3824", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3846" = zext i8 %"w0_1.17" to i64
  switch i64 %".3846", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3829" = getelementptr i8, ptr %"keys.176", i64 7
  store i8 1, ptr %".3829", align 1
  %".3831" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.65" = load volatile i32, ptr %".3831", align 4
  %".3832" = and i32 %"flags.65", 1
  %".3833" = icmp ne i32 %".3832", 0
  %".3834" = xor i1 %".3833", -1
  br i1 %".3834", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3841" = trunc i64 %".3819" to i16
  %".3842" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3841", ptr %".3842", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3836" = trunc i64 %".3819" to i16
  %".3837" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3836", ptr %".3837", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3848" = trunc i64 %".3819" to i16
  %".3849" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3848", ptr %".3849", align 2
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
  %".3865" = trunc i64 34887 to i16
  %".3866" = call i16 @"llvm.bswap.i16"(i16 %".3865")
  %".3867" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3866", ptr %".3867", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3870" = trunc i64 2048 to i16
  %".3871" = call i16 @"llvm.bswap.i16"(i16 %".3870")
  %".3872" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3871", ptr %".3872", align 2
  %".3874" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3874", align 1
  %".3876" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.66" = load volatile i32, ptr %".3876", align 4
  %".3877" = and i32 %"flags.66", 4
  %".3878" = icmp ne i32 %".3877", 0
  br i1 %".3878", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3887" = trunc i64 34525 to i16
  %".3888" = call i16 @"llvm.bswap.i16"(i16 %".3887")
  %".3889" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3888", ptr %".3889", align 2
  %".3891" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3891", align 1
  %".3893" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.67" = load volatile i32, ptr %".3893", align 4
  %".3894" = and i32 %"flags.67", 4
  %".3895" = icmp ne i32 %".3894", 0
  br i1 %".3895", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3880" = trunc i64 %".3819" to i16
  %".3881" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3880", ptr %".3881", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3884" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3884", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3897" = trunc i64 %".3819" to i16
  %".3898" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3897", ptr %".3898", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3901" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3901", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3911" = trunc i64 %"cursor.51" to i32
  %".3912" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3911", [40 x i8]* %"header_copy", i32 4)
  %".3913" = icmp eq i64 %".3912", 0
  %".3914" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3915" = load i32, ptr %".3914", align 4
  %".3916" = zext i32 %".3915" to i64
  %"data.177" = inttoptr i64 %".3916" to ptr
  %".3917" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3918" = load i32, ptr %".3917", align 4
  %".3919" = zext i32 %".3918" to i64
  %"data_end.177" = inttoptr i64 %".3919" to ptr
  %".3920" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.177" = load ptr, ptr %".3920", align 8
  %".3921" = xor i1 %".3913", -1
  br i1 %".3921", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3923" = trunc i64 %".3904" to i16
  %".3924" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".3923", ptr %".3924", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3927" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3928" = load volatile i8, [40 x i8]* %".3927", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".3934" = trunc i64 %".3930" to i16
  %".3935" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3934", ptr %".3935", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels3.to_ip_version:
  %".3939" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3939", align 1
  %".3941" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.68" = load volatile i32, ptr %".3941", align 4
  %".3942" = and i32 %"flags.68", 4
  %".3943" = icmp ne i32 %".3942", 0
  br i1 %".3943", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".3930", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.179" = phi  ptr [%"data.178", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.179" = phi  ptr [%"data_end.178", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.179" = phi  ptr [%"keys.178", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5390" = add i64 %"cursor.70", 4
  %"hdr.62" = getelementptr i8, ptr %"data.179", i64 %"cursor.70"
  %".5391" = getelementptr i8, ptr %"hdr.62", i64 4
  %".5392" = icmp ugt ptr %".5391", %"data_end.179"
  br i1 %".5392", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5394" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5395" = load i8, ptr %".5394", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5395", %"mpls_d0_mpls_labels4.linear"], [%".5414", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.227" = phi  ptr [%"data.179", %"mpls_d0_mpls_labels4.linear"], [%"data.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.227" = phi  ptr [%"data_end.179", %"mpls_d0_mpls_labels4.linear"], [%"data_end.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.227" = phi  ptr [%"keys.179", %"mpls_d0_mpls_labels4.linear"], [%"keys.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5416" = add i64 %"cursor.70", 4
  %".5417" = zext i8 %"w2_1.5" to i64
  %".5418" = and i64 %".5417", 1
  switch i64 %".5418", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels3.stop_at_encap:
  %".3945" = trunc i64 %".3930" to i16
  %".3946" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3945", ptr %".3946", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".3949" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3949", align 4
  br label %"ip_version_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3958" = trunc i64 %"cursor.52" to i32
  %".3959" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".3958", [40 x i8]* %"header_copy", i32 4)
  %".3960" = icmp eq i64 %".3959", 0
  %".3961" = getelementptr i8, ptr %"ctx.55", i64 76
  %".3962" = load i32, ptr %".3961", align 4
  %".3963" = zext i32 %".3962" to i64
  %"data.180" = inttoptr i64 %".3963" to ptr
  %".3964" = getelementptr i8, ptr %"ctx.55", i64 80
  %".3965" = load i32, ptr %".3964", align 4
  %".3966" = zext i32 %".3965" to i64
  %"data_end.180" = inttoptr i64 %".3966" to ptr
  %".3967" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.180" = load ptr, ptr %".3967", align 8
  %".3968" = xor i1 %".3960", -1
  br i1 %".3968", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3970" = trunc i64 %"cursor.52" to i16
  %".3971" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".3970", ptr %".3971", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3974" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3975" = load volatile i16, [40 x i8]* %".3974", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3990" = trunc i64 %".3983" to i16
  %".3991" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".3990", ptr %".3991", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3996" = trunc i64 %".3983" to i16
  %".3997" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".3996", ptr %".3997", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4000" = trunc i64 %".3983" to i16
  %".4001" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4000", ptr %".4001", align 2
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
  %".4013" = trunc i64 %".3983" to i16
  %".4014" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4013", ptr %".4014", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".4017" = trunc i64 %".3983" to i16
  %".4018" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4017", ptr %".4018", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4028" = trunc i64 %"cursor.53" to i32
  %".4029" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4028", [40 x i8]* %"header_copy", i32 6)
  %".4030" = icmp eq i64 %".4029", 0
  %".4031" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4032" = load i32, ptr %".4031", align 4
  %".4033" = zext i32 %".4032" to i64
  %"data.182" = inttoptr i64 %".4033" to ptr
  %".4034" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4035" = load i32, ptr %".4034", align 4
  %".4036" = zext i32 %".4035" to i64
  %"data_end.182" = inttoptr i64 %".4036" to ptr
  %".4037" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.182" = load ptr, ptr %".4037", align 8
  %".4038" = xor i1 %".4030", -1
  br i1 %".4038", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".4040" = trunc i64 %"cursor.53" to i16
  %".4041" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4040", ptr %".4041", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".4044" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4045" = load volatile i16, [40 x i8]* %".4044", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".4060" = trunc i64 %".4053" to i16
  %".4061" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4060", ptr %".4061", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".4066" = trunc i64 %".4053" to i16
  %".4067" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4066", ptr %".4067", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".4070" = trunc i64 %".4053" to i16
  %".4071" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4070", ptr %".4071", align 2
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
  %".4083" = trunc i64 %".4053" to i16
  %".4084" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4083", ptr %".4084", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".4087" = trunc i64 %".4053" to i16
  %".4088" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4087", ptr %".4088", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4099" = trunc i64 %"cursor.54" to i32
  %".4100" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4099", [40 x i8]* %"header_copy", i32 4)
  %".4101" = icmp eq i64 %".4100", 0
  %".4102" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4103" = load i32, ptr %".4102", align 4
  %".4104" = zext i32 %".4103" to i64
  %"data.184" = inttoptr i64 %".4104" to ptr
  %".4105" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4106" = load i32, ptr %".4105", align 4
  %".4107" = zext i32 %".4106" to i64
  %"data_end.184" = inttoptr i64 %".4107" to ptr
  %".4108" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.184" = load ptr, ptr %".4108", align 8
  %".4109" = xor i1 %".4101", -1
  br i1 %".4109", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4111" = trunc i64 %".4092" to i16
  %".4112" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4111", ptr %".4112", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4115" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4116" = load volatile i8, [40 x i8]* %".4115", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4122" = trunc i64 %".4118" to i16
  %".4123" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4122", ptr %".4123", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels2.to_ip_version:
  %".4127" = getelementptr i8, ptr %"keys.185", i64 8
  store i8 1, ptr %".4127", align 1
  %".4129" = getelementptr i8, ptr %"keys.185", i64 48
  %"flags.69" = load volatile i32, ptr %".4129", align 4
  %".4130" = and i32 %"flags.69", 4
  %".4131" = icmp ne i32 %".4130", 0
  br i1 %".4131", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".4118", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.186" = phi  ptr [%"data.185", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.186" = phi  ptr [%"data_end.185", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.186" = phi  ptr [%"keys.185", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5441" = add i64 %"cursor.71", 4
  %"hdr.63" = getelementptr i8, ptr %"data.186", i64 %"cursor.71"
  %".5442" = getelementptr i8, ptr %"hdr.63", i64 4
  %".5443" = icmp ugt ptr %".5442", %"data_end.186"
  br i1 %".5443", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5445" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5446" = load i8, ptr %".5445", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5446", %"mpls_d1_mpls_labels3.linear"], [%".5465", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.229" = phi  ptr [%"data.186", %"mpls_d1_mpls_labels3.linear"], [%"data.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.229" = phi  ptr [%"data_end.186", %"mpls_d1_mpls_labels3.linear"], [%"data_end.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.229" = phi  ptr [%"keys.186", %"mpls_d1_mpls_labels3.linear"], [%"keys.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5467" = add i64 %"cursor.71", 4
  %".5468" = zext i8 %"w2_1.6" to i64
  %".5469" = and i64 %".5468", 1
  switch i64 %".5469", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels2.stop_at_encap:
  %".4133" = trunc i64 %".4118" to i16
  %".4134" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4133", ptr %".4134", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4137" = getelementptr i8, ptr %"keys.185", i64 12
  store i32 0, ptr %".4137", align 4
  %".4139" = trunc i64 %".4118" to i16
  %".4140" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4139", ptr %".4140", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4149" = trunc i64 %"cursor.55" to i32
  %".4150" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4149", [40 x i8]* %"header_copy", i32 14)
  %".4151" = icmp eq i64 %".4150", 0
  %".4152" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4153" = load i32, ptr %".4152", align 4
  %".4154" = zext i32 %".4153" to i64
  %"data.187" = inttoptr i64 %".4154" to ptr
  %".4155" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4156" = load i32, ptr %".4155", align 4
  %".4157" = zext i32 %".4156" to i64
  %"data_end.187" = inttoptr i64 %".4157" to ptr
  %".4158" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.187" = load ptr, ptr %".4158", align 8
  %".4159" = xor i1 %".4151", -1
  br i1 %".4159", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4161" = trunc i64 %"cursor.55" to i16
  %".4162" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4161", ptr %".4162", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4165" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4166" = load volatile i16, [40 x i8]* %".4165", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4178" = trunc i64 %".4174" to i16
  %".4179" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4178", ptr %".4179", align 2
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
  %".4202" = trunc i64 %"cursor.56" to i32
  %".4203" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4202", [40 x i8]* %"header_copy", i32 4)
  %".4204" = icmp eq i64 %".4203", 0
  %".4205" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4206" = load i32, ptr %".4205", align 4
  %".4207" = zext i32 %".4206" to i64
  %"data.189" = inttoptr i64 %".4207" to ptr
  %".4208" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4209" = load i32, ptr %".4208", align 4
  %".4210" = zext i32 %".4209" to i64
  %"data_end.189" = inttoptr i64 %".4210" to ptr
  %".4211" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.189" = load ptr, ptr %".4211", align 8
  %".4212" = xor i1 %".4204", -1
  br i1 %".4212", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4214" = trunc i64 %"cursor.56" to i16
  %".4215" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4214", ptr %".4215", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4221" = trunc i64 %".4219" to i16
  %".4222" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".4221", ptr %".4222", align 2
  br label %"return"
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4230" = trunc i64 %"cursor.57" to i32
  %".4231" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4230", [40 x i8]* %"header_copy", i32 3)
  %".4232" = icmp eq i64 %".4231", 0
  %".4233" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4234" = load i32, ptr %".4233", align 4
  %".4235" = zext i32 %".4234" to i64
  %"data.191" = inttoptr i64 %".4235" to ptr
  %".4236" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4237" = load i32, ptr %".4236", align 4
  %".4238" = zext i32 %".4237" to i64
  %"data_end.191" = inttoptr i64 %".4238" to ptr
  %".4239" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.191" = load ptr, ptr %".4239", align 8
  %".4240" = xor i1 %".4232", -1
  br i1 %".4240", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4242" = trunc i64 %"cursor.57" to i16
  %".4243" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4242", ptr %".4243", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4249" = trunc i64 %".4247" to i16
  %".4250" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4249", ptr %".4250", align 2
  br label %"return"
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4247", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.193" = phi  ptr [%"data.192", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.193" = phi  ptr [%"data_end.192", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.193" = phi  ptr [%"keys.192", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.64" = getelementptr i8, ptr %"data.193", i64 %"cursor.72"
  %".5492" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5493" = icmp ugt ptr %".5492", %"data_end.193"
  br i1 %".5493", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5495" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5496" = load i8, ptr %".5495", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.25" = phi  i8 [%".5496", %"gtpu_next_d1.linear"], [%".5515", %"gtpu_next_d1.copy_failed.endif"]
  %"data.232" = phi  ptr [%"data.193", %"gtpu_next_d1.linear"], [%"data.231", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.232" = phi  ptr [%"data_end.193", %"gtpu_next_d1.linear"], [%"data_end.231", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.232" = phi  ptr [%"keys.193", %"gtpu_next_d1.linear"], [%"keys.231", %"gtpu_next_d1.copy_failed.endif"]
  %".5517" = add i64 %"cursor.72", 1
  %".5518" = zext i8 %"w0_1.25" to i64
  %".5519" = icmp uge i64 %".5518", 1
  %".5520" = icmp ule i64 %".5518", 255
  %".5521" = and i1 %".5519", %".5520"
  br i1 %".5521", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
ppp_d0.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4260" = trunc i64 %"cursor.58" to i32
  %".4261" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4260", [40 x i8]* %"header_copy", i32 4)
  %".4262" = icmp eq i64 %".4261", 0
  %".4263" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4264" = load i32, ptr %".4263", align 4
  %".4265" = zext i32 %".4264" to i64
  %"data.194" = inttoptr i64 %".4265" to ptr
  %".4266" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4267" = load i32, ptr %".4266", align 4
  %".4268" = zext i32 %".4267" to i64
  %"data_end.194" = inttoptr i64 %".4268" to ptr
  %".4269" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.194" = load ptr, ptr %".4269", align 8
  %".4270" = xor i1 %".4262", -1
  br i1 %".4270", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4272" = trunc i64 %"cursor.58" to i16
  %".4273" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4272", ptr %".4273", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4276" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4277" = load volatile i16, [40 x i8]* %".4276", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4283" = and i64 %".4281", 0
  %".4284" = icmp eq i64 %".4283", 0
  br i1 %".4284", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".4290" = trunc i64 2048 to i16
  %".4291" = call i16 @"llvm.bswap.i16"(i16 %".4290")
  %".4292" = getelementptr i8, ptr %"keys.195", i64 10
  store i16 %".4291", ptr %".4292", align 2
  %".4294" = getelementptr i8, ptr %"keys.195", i64 8
  store i8 1, ptr %".4294", align 1
  %".4296" = getelementptr i8, ptr %"keys.195", i64 48
  %"flags.70" = load volatile i32, ptr %".4296", align 4
  %".4297" = and i32 %"flags.70", 4
  %".4298" = icmp ne i32 %".4297", 0
  br i1 %".4298", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".4307" = trunc i64 34525 to i16
  %".4308" = call i16 @"llvm.bswap.i16"(i16 %".4307")
  %".4309" = getelementptr i8, ptr %"keys.195", i64 10
  store i16 %".4308", ptr %".4309", align 2
  %".4311" = getelementptr i8, ptr %"keys.195", i64 8
  store i8 1, ptr %".4311", align 1
  %".4313" = getelementptr i8, ptr %"keys.195", i64 48
  %"flags.71" = load volatile i32, ptr %".4313", align 4
  %".4314" = and i32 %"flags.71", 4
  %".4315" = icmp ne i32 %".4314", 0
  br i1 %".4315", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4324" = trunc i64 34827 to i16
  %".4325" = call i16 @"llvm.bswap.i16"(i16 %".4324")
  %".4326" = getelementptr i8, ptr %"keys.195", i64 10
  store i16 %".4325", ptr %".4326", align 2
  %".4328" = getelementptr i8, ptr %"keys.195", i64 8
  store i8 1, ptr %".4328", align 1
  %".4330" = getelementptr i8, ptr %"keys.195", i64 48
  %"flags.72" = load volatile i32, ptr %".4330", align 4
  %".4331" = and i32 %"flags.72", 4
  %".4332" = icmp ne i32 %".4331", 0
  br i1 %".4332", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4286" = trunc i64 %".4279" to i16
  %".4287" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4286", ptr %".4287", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4300" = trunc i64 %".4279" to i16
  %".4301" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4300", ptr %".4301", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4304" = getelementptr i8, ptr %"keys.195", i64 12
  store i32 0, ptr %".4304", align 4
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4317" = trunc i64 %".4279" to i16
  %".4318" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4317", ptr %".4318", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4321" = getelementptr i8, ptr %"keys.195", i64 12
  store i32 0, ptr %".4321", align 4
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4334" = trunc i64 %".4279" to i16
  %".4335" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4334", ptr %".4335", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".4338" = getelementptr i8, ptr %"keys.195", i64 12
  store i32 0, ptr %".4338", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.73" = phi  i64 [%".4279", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.196" = phi  ptr [%"data.195", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.196" = phi  ptr [%"data_end.195", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.196" = phi  ptr [%"keys.195", %"ppp_d0.stop_at_encap.endif.2"]
  %".5530" = add i64 %"cursor.73", 0
  %".5531" = trunc i64 %".5530" to i16
  %".5532" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5531", ptr %".5532", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4345" = trunc i64 %"cursor.59" to i32
  %".4346" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4345", [40 x i8]* %"header_copy", i32 8)
  %".4347" = icmp eq i64 %".4346", 0
  %".4348" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4349" = load i32, ptr %".4348", align 4
  %".4350" = zext i32 %".4349" to i64
  %"data.197" = inttoptr i64 %".4350" to ptr
  %".4351" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4352" = load i32, ptr %".4351", align 4
  %".4353" = zext i32 %".4352" to i64
  %"data_end.197" = inttoptr i64 %".4353" to ptr
  %".4354" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.197" = load ptr, ptr %".4354", align 8
  %".4355" = xor i1 %".4347", -1
  br i1 %".4355", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4357" = trunc i64 %"cursor.59" to i16
  %".4358" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4357", ptr %".4358", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4369" = trunc i64 %".4362" to i16
  %".4370" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4369", ptr %".4370", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".4373" = getelementptr i8, ptr %"keys.198", i64 12
  store i32 0, ptr %".4373", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.unknown:
  %".4376" = trunc i64 %".4362" to i16
  %".4377" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4376", ptr %".4377", align 2
  br label %"return"
vxlan_d1.to_ethernet:
  %".4380" = trunc i64 %".4362" to i16
  %".4381" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4380", ptr %".4381", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4392" = trunc i64 %"cursor.60" to i32
  %".4393" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4392", [40 x i8]* %"header_copy", i32 8)
  %".4394" = icmp eq i64 %".4393", 0
  %".4395" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4396" = load i32, ptr %".4395", align 4
  %".4397" = zext i32 %".4396" to i64
  %"data.199" = inttoptr i64 %".4397" to ptr
  %".4398" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4399" = load i32, ptr %".4398", align 4
  %".4400" = zext i32 %".4399" to i64
  %"data_end.199" = inttoptr i64 %".4400" to ptr
  %".4401" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.199" = load ptr, ptr %".4401", align 8
  %".4402" = xor i1 %".4394", -1
  br i1 %".4402", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4404" = trunc i64 %"cursor.60" to i16
  %".4405" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4404", ptr %".4405", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4408" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4409" = load volatile i8, [40 x i8]* %".4408", align 1
  %".4410" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4411" = load volatile i16, [40 x i8]* %".4410", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4418" = trunc i64 %"cursor.60" to i16
  %".4419" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4418", ptr %".4419", align 2
  br label %"return"
geneve_d1.stop_before.endif:
  %".4422" = add i64 %"cursor.60", 8
  %".4423" = zext i8 %"w0_1.18" to i64
  %".4424" = and i64 %".4423", 63
  %".4425" = mul i64 %".4424", 4
  %".4426" = add i64 %".4425", 8
  %".4427" = getelementptr i8, ptr %"data.200", i64 %"cursor.60"
  %".4428" = getelementptr i8, ptr %".4427", i64 %".4426"
  %".4429" = icmp ugt ptr %".4428", %"data_end.200"
  br i1 %".4429", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.202" = phi  ptr [%"data.200", %"geneve_d1.stop_before.endif"], [%"data.201", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.202" = phi  ptr [%"data_end.200", %"geneve_d1.stop_before.endif"], [%"data_end.201", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.202" = phi  ptr [%"keys.200", %"geneve_d1.stop_before.endif"], [%"keys.201", %"geneve_d1.copy_last_byte_failed.endif"]
  %"end.13" = add i64 %"cursor.60", %".4426"
  %".4450" = getelementptr i8, ptr %"keys.202", i64 8
  store i8 1, ptr %".4450", align 1
  %".4452" = getelementptr i8, ptr %"keys.202", i64 48
  %"flags.74" = load volatile i32, ptr %".4452", align 4
  %".4453" = and i32 %"flags.74", 4
  %".4454" = icmp ne i32 %".4453", 0
  br i1 %".4454", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
geneve_d1.copy_last_byte:
  %".4431" = add i64 %"cursor.60", %".4426"
  %".4432" = sub i64 %".4431", 1
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4433" = trunc i64 %".4432" to i32
  %".4434" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4433", i64* %"last_byte", i32 1)
  %".4435" = icmp eq i64 %".4434", 0
  %".4436" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4437" = load i32, ptr %".4436", align 4
  %".4438" = zext i32 %".4437" to i64
  %"data.201" = inttoptr i64 %".4438" to ptr
  %".4439" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4440" = load i32, ptr %".4439", align 4
  %".4441" = zext i32 %".4440" to i64
  %"data_end.201" = inttoptr i64 %".4441" to ptr
  %".4442" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.201" = load ptr, ptr %".4442", align 8
  %".4443" = xor i1 %".4435", -1
  br i1 %".4443", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4445" = trunc i64 %"cursor.60" to i16
  %".4446" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4445", ptr %".4446", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4456" = trunc i64 %"end.13" to i16
  %".4457" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4456", ptr %".4457", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4460" = getelementptr i8, ptr %"keys.202", i64 12
  store i32 0, ptr %".4460", align 4
  %".4462" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4463" = zext i16 %".4462" to i64
  switch i64 %".4463", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]  , !prof !5
geneve_d1.unknown:
  %".4465" = trunc i64 %"end.13" to i16
  %".4466" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4465", ptr %".4466", align 2
  br label %"return"
geneve_d1.to_ethernet:
  %".4469" = trunc i64 %"end.13" to i16
  %".4470" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4469", ptr %".4470", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4473" = trunc i64 %"end.13" to i16
  %".4474" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4473", ptr %".4474", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4477" = trunc i64 %"end.13" to i16
  %".4478" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4477", ptr %".4478", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4489" = trunc i64 %"cursor.61" to i32
  %".4490" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4489", [40 x i8]* %"header_copy", i32 4)
  %".4491" = icmp eq i64 %".4490", 0
  %".4492" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4493" = load i32, ptr %".4492", align 4
  %".4494" = zext i32 %".4493" to i64
  %"data.203" = inttoptr i64 %".4494" to ptr
  %".4495" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4496" = load i32, ptr %".4495", align 4
  %".4497" = zext i32 %".4496" to i64
  %"data_end.203" = inttoptr i64 %".4497" to ptr
  %".4498" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.203" = load ptr, ptr %".4498", align 8
  %".4499" = xor i1 %".4491", -1
  br i1 %".4499", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4501" = trunc i64 %"cursor.61" to i16
  %".4502" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4501", ptr %".4502", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4505" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4506" = load volatile i8, [40 x i8]* %".4505", align 1
  %".4507" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4508" = load volatile i8, [40 x i8]* %".4507", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4520" = trunc i64 %"cursor.61" to i16
  %".4521" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4520", ptr %".4521", align 2
  br label %"return"
gue_d1.stop_before.endif:
  %".4524" = add i64 %"cursor.61", 4
  %".4525" = zext i8 %"w0_1.19" to i64
  %".4526" = and i64 %".4525", 31
  %".4527" = mul i64 %".4526", 4
  %".4528" = add i64 %".4527", 4
  %".4529" = getelementptr i8, ptr %"data.204", i64 %"cursor.61"
  %".4530" = getelementptr i8, ptr %".4529", i64 %".4528"
  %".4531" = icmp ugt ptr %".4530", %"data_end.204"
  br i1 %".4531", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.206" = phi  ptr [%"data.204", %"gue_d1.stop_before.endif"], [%"data.205", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.204", %"gue_d1.stop_before.endif"], [%"data_end.205", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.204", %"gue_d1.stop_before.endif"], [%"keys.205", %"gue_d1.copy_last_byte_failed.endif"]
  %"end.14" = add i64 %"cursor.61", %".4528"
  %".4552" = getelementptr i8, ptr %"keys.206", i64 8
  store i8 1, ptr %".4552", align 1
  %".4554" = getelementptr i8, ptr %"keys.206", i64 48
  %"flags.75" = load volatile i32, ptr %".4554", align 4
  %".4555" = and i32 %"flags.75", 4
  %".4556" = icmp ne i32 %".4555", 0
  br i1 %".4556", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gue_d1.copy_last_byte:
  %".4533" = add i64 %"cursor.61", %".4528"
  %".4534" = sub i64 %".4533", 1
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4535" = trunc i64 %".4534" to i32
  %".4536" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4535", i64* %"last_byte", i32 1)
  %".4537" = icmp eq i64 %".4536", 0
  %".4538" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4539" = load i32, ptr %".4538", align 4
  %".4540" = zext i32 %".4539" to i64
  %"data.205" = inttoptr i64 %".4540" to ptr
  %".4541" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4542" = load i32, ptr %".4541", align 4
  %".4543" = zext i32 %".4542" to i64
  %"data_end.205" = inttoptr i64 %".4543" to ptr
  %".4544" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.205" = load ptr, ptr %".4544", align 8
  %".4545" = xor i1 %".4537", -1
  br i1 %".4545", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4547" = trunc i64 %"cursor.61" to i16
  %".4548" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4547", ptr %".4548", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4558" = trunc i64 %"end.14" to i16
  %".4559" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4558", ptr %".4559", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4562" = getelementptr i8, ptr %"keys.206", i64 12
  store i32 0, ptr %".4562", align 4
  %".4564" = zext i8 %"w1_1.11" to i64
  switch i64 %".4564", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.unknown:
  %".4566" = trunc i64 %"end.14" to i16
  %".4567" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4566", ptr %".4567", align 2
  br label %"return"
gue_d1.to_ipv4:
  %".4570" = trunc i64 %"end.14" to i16
  %".4571" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4570", ptr %".4571", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4574" = trunc i64 %"end.14" to i16
  %".4575" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4574", ptr %".4575", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4586" = trunc i64 %"cursor.62" to i32
  %".4587" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4586", [40 x i8]* %"header_copy", i32 8)
  %".4588" = icmp eq i64 %".4587", 0
  %".4589" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4590" = load i32, ptr %".4589", align 4
  %".4591" = zext i32 %".4590" to i64
  %"data.207" = inttoptr i64 %".4591" to ptr
  %".4592" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4593" = load i32, ptr %".4592", align 4
  %".4594" = zext i32 %".4593" to i64
  %"data_end.207" = inttoptr i64 %".4594" to ptr
  %".4595" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.207" = load ptr, ptr %".4595", align 8
  %".4596" = xor i1 %".4588", -1
  br i1 %".4596", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4598" = trunc i64 %"cursor.62" to i16
  %".4599" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4598", ptr %".4599", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4602" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4603" = load volatile i8, [40 x i8]* %".4602", align 1
  %".4604" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4605" = load volatile i8, [40 x i8]* %".4604", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4620" = trunc i64 %"cursor.62" to i16
  %".4621" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4620", ptr %".4621", align 2
  br label %"return"
gtpu_d1.stop_before.endif:
  %".4624" = add i64 %"cursor.62", 8
  %".4625" = getelementptr i8, ptr %"keys.208", i64 8
  store i8 1, ptr %".4625", align 1
  %".4627" = getelementptr i8, ptr %"keys.208", i64 48
  %"flags.76" = load volatile i32, ptr %".4627", align 4
  %".4628" = and i32 %"flags.76", 4
  %".4629" = icmp ne i32 %".4628", 0
  br i1 %".4629", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
gtpu_d1.stop_at_encap:
  %".4631" = trunc i64 %".4624" to i16
  %".4632" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4631", ptr %".4632", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4635" = getelementptr i8, ptr %"keys.208", i64 12
  store i32 0, ptr %".4635", align 4
  %".4637" = zext i8 %"w0_1.20" to i64
  %".4638" = lshr i64 %".4637", 2
  %".4639" = and i64 %".4638", 1
  %".4640" = mul i64 %".4639", 4
  %".4641" = zext i8 %"w0_1.20" to i64
  %".4642" = lshr i64 %".4641", 1
  %".4643" = and i64 %".4642", 1
  %".4644" = mul i64 %".4643", 2
  %".4645" = add i64 %".4640", %".4644"
  %".4646" = zext i8 %"w0_1.20" to i64
  %".4647" = and i64 %".4646", 1
  %".4648" = add i64 %".4645", %".4647"
  %".4649" = icmp uge i64 %".4648", 1
  %".4650" = icmp ule i64 %".4648", 3
  %".4651" = and i1 %".4649", %".4650"
  br i1 %".4651", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".4658" = trunc i64 %".4624" to i16
  %".4659" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4658", ptr %".4659", align 2
  br label %"return"
gtpu_d1.to_ip_version:
  %".4662" = trunc i64 %".4624" to i16
  %".4663" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4662", ptr %".4663", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4666" = trunc i64 %".4624" to i16
  %".4667" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4666", ptr %".4667", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4670" = trunc i64 %".4624" to i16
  %".4671" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4670", ptr %".4671", align 2
  br label %"return"
gtpu_d1.select:
  %".4653" = icmp uge i64 %".4648", 4
  %".4654" = icmp ule i64 %".4648", 7
  %".4655" = and i1 %".4653", %".4654"
  br i1 %".4655", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4648", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
shim_d1.copy:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4680" = trunc i64 %"cursor.63" to i32
  %".4681" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4680", [40 x i8]* %"header_copy", i32 8)
  %".4682" = icmp eq i64 %".4681", 0
  %".4683" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4684" = load i32, ptr %".4683", align 4
  %".4685" = zext i32 %".4684" to i64
  %"data.209" = inttoptr i64 %".4685" to ptr
  %".4686" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4687" = load i32, ptr %".4686", align 4
  %".4688" = zext i32 %".4687" to i64
  %"data_end.209" = inttoptr i64 %".4688" to ptr
  %".4689" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.209" = load ptr, ptr %".4689", align 8
  %".4690" = xor i1 %".4682", -1
  br i1 %".4690", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4692" = trunc i64 %"cursor.63" to i16
  %".4693" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4692", ptr %".4693", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4696" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4697" = load volatile i16, [40 x i8]* %".4696", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4706" = trunc i64 %".4699" to i16
  %".4707" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4706", ptr %".4707", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4710" = getelementptr i8, ptr %"keys.210", i64 12
  store i32 0, ptr %".4710", align 4
  %".4712" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".4713" = zext i16 %".4712" to i64
  switch i64 %".4713", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.unknown:
  %".4715" = trunc i64 %".4699" to i16
  %".4716" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4715", ptr %".4716", align 2
  br label %"return"
shim_d1.to_ipv4:
  %".4719" = trunc i64 %".4699" to i16
  %".4720" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4719", ptr %".4720", align 2
  br label %"return"
gre_d1.stop_before:
  %".4732" = trunc i64 %"cursor.64" to i16
  %".4733" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4732", ptr %".4733", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".4736" = add i64 %"cursor.64", 4
  %".4737" = zext i8 %"w0_1.13" to i64
  %".4738" = lshr i64 %".4737", 7
  %".4739" = and i64 %".4738", 1
  %".4740" = zext i8 %"w0_1.13" to i64
  %".4741" = lshr i64 %".4740", 5
  %".4742" = and i64 %".4741", 1
  %".4743" = add i64 %".4739", %".4742"
  %".4744" = zext i8 %"w0_1.13" to i64
  %".4745" = lshr i64 %".4744", 4
  %".4746" = and i64 %".4745", 1
  %".4747" = add i64 %".4743", %".4746"
  %".4748" = mul i64 %".4747", 4
  %".4749" = add i64 %".4748", 4
  %".4750" = getelementptr i8, ptr %"data.163", i64 %"cursor.64"
  %".4751" = getelementptr i8, ptr %".4750", i64 %".4749"
  %".4752" = icmp ugt ptr %".4751", %"data_end.163"
  br i1 %".4752", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.212" = phi  ptr [%"data.163", %"gre_d1.stop_before.endif"], [%"data.211", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.212" = phi  ptr [%"data_end.163", %"gre_d1.stop_before.endif"], [%"data_end.211", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.212" = phi  ptr [%"keys.163", %"gre_d1.stop_before.endif"], [%"keys.211", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.15" = add i64 %"cursor.64", %".4749"
  %".4773" = getelementptr i8, ptr %"keys.212", i64 8
  store i8 1, ptr %".4773", align 1
  %".4775" = getelementptr i8, ptr %"keys.212", i64 48
  %"flags.78" = load volatile i32, ptr %".4775", align 4
  %".4776" = and i32 %"flags.78", 4
  %".4777" = icmp ne i32 %".4776", 0
  br i1 %".4777", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".4754" = add i64 %"cursor.64", %".4749"
  %".4755" = sub i64 %".4754", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4756" = trunc i64 %".4755" to i32
  %".4757" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".4756", i64* %"last_byte", i32 1)
  %".4758" = icmp eq i64 %".4757", 0
  %".4759" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4760" = load i32, ptr %".4759", align 4
  %".4761" = zext i32 %".4760" to i64
  %"data.211" = inttoptr i64 %".4761" to ptr
  %".4762" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4763" = load i32, ptr %".4762", align 4
  %".4764" = zext i32 %".4763" to i64
  %"data_end.211" = inttoptr i64 %".4764" to ptr
  %".4765" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.211" = load ptr, ptr %".4765", align 8
  %".4766" = xor i1 %".4758", -1
  br i1 %".4766", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4768" = trunc i64 %"cursor.64" to i16
  %".4769" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4768", ptr %".4769", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4779" = trunc i64 %"end.15" to i16
  %".4780" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4779", ptr %".4780", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4783" = getelementptr i8, ptr %"keys.212", i64 12
  store i32 0, ptr %".4783", align 4
  %".4785" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4786" = zext i16 %".4785" to i64
  %".4787" = trunc i64 %".4786" to i16
  %".4788" = call i16 @"llvm.bswap.i16"(i16 %".4787")
  %".4789" = getelementptr i8, ptr %"keys.212", i64 10
  store i16 %".4788", ptr %".4789", align 2
  %".4791" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4792" = zext i16 %".4791" to i64
  switch i64 %".4792", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !6
gre_d1.unknown:
  %".4794" = trunc i64 %"end.15" to i16
  %".4795" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4794", ptr %".4795", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".4798" = trunc i64 %"end.15" to i16
  %".4799" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4798", ptr %".4799", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4802" = trunc i64 %"end.15" to i16
  %".4803" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4802", ptr %".4803", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4806" = trunc i64 %"end.15" to i16
  %".4807" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4806", ptr %".4807", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4810" = trunc i64 %"end.15" to i16
  %".4811" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4810", ptr %".4811", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4814" = trunc i64 %"end.15" to i16
  %".4815" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4814", ptr %".4815", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4818" = trunc i64 %"end.15" to i16
  %".4819" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4818", ptr %".4819", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4822" = trunc i64 %"end.15" to i16
  %".4823" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4822", ptr %".4823", align 2
  br label %"return"
gre_d1.to_arp:
  %".4826" = trunc i64 %"end.15" to i16
  %".4827" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4826", ptr %".4827", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4830" = trunc i64 %"end.15" to i16
  %".4831" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4830", ptr %".4831", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4834" = trunc i64 %"end.15" to i16
  %".4835" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4834", ptr %".4835", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4838" = trunc i64 %"end.15" to i16
  %".4839" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4838", ptr %".4839", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4842" = trunc i64 %"end.15" to i16
  %".4843" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4842", ptr %".4843", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4846" = trunc i64 %"end.15" to i16
  %".4847" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4846", ptr %".4847", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4850" = trunc i64 %"end.15" to i16
  %".4851" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4850", ptr %".4851", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4854" = trunc i64 %"end.15" to i16
  %".4855" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4854", ptr %".4855", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4858" = trunc i64 %"end.15" to i16
  %".4859" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4858", ptr %".4859", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4862" = trunc i64 %"end.15" to i16
  %".4863" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4862", ptr %".4863", align 2
  br label %"return"
pptp_d1.stop_before:
  %".4875" = trunc i64 %"cursor.65" to i16
  %".4876" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".4875", ptr %".4876", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".4879" = add i64 %"cursor.65", 4
  %".4880" = zext i8 %"w0_1.13" to i64
  %".4881" = lshr i64 %".4880", 7
  %".4882" = and i64 %".4881", 1
  %".4883" = zext i8 %"w0_1.13" to i64
  %".4884" = lshr i64 %".4883", 5
  %".4885" = and i64 %".4884", 1
  %".4886" = add i64 %".4882", %".4885"
  %".4887" = zext i8 %"w0_1.13" to i64
  %".4888" = lshr i64 %".4887", 4
  %".4889" = and i64 %".4888", 1
  %".4890" = add i64 %".4886", %".4889"
  %".4891" = zext i8 %"w1_1.8" to i64
  %".4892" = lshr i64 %".4891", 7
  %".4893" = and i64 %".4892", 1
  %".4894" = add i64 %".4890", %".4893"
  %".4895" = mul i64 %".4894", 4
  %".4896" = add i64 %".4895", 4
  %".4897" = getelementptr i8, ptr %"data.164", i64 %"cursor.65"
  %".4898" = getelementptr i8, ptr %".4897", i64 %".4896"
  %".4899" = icmp ugt ptr %".4898", %"data_end.164"
  br i1 %".4899", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.214" = phi  ptr [%"data.164", %"pptp_d1.stop_before.endif"], [%"data.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.214" = phi  ptr [%"data_end.164", %"pptp_d1.stop_before.endif"], [%"data_end.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.214" = phi  ptr [%"keys.164", %"pptp_d1.stop_before.endif"], [%"keys.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.16" = add i64 %"cursor.65", %".4896"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".4901" = add i64 %"cursor.65", %".4896"
  %".4902" = sub i64 %".4901", 1
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4903" = trunc i64 %".4902" to i32
  %".4904" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".4903", i64* %"last_byte", i32 1)
  %".4905" = icmp eq i64 %".4904", 0
  %".4906" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4907" = load i32, ptr %".4906", align 4
  %".4908" = zext i32 %".4907" to i64
  %"data.213" = inttoptr i64 %".4908" to ptr
  %".4909" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4910" = load i32, ptr %".4909", align 4
  %".4911" = zext i32 %".4910" to i64
  %"data_end.213" = inttoptr i64 %".4911" to ptr
  %".4912" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.213" = load ptr, ptr %".4912", align 8
  %".4913" = xor i1 %".4905", -1
  br i1 %".4913", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".4915" = trunc i64 %"cursor.65" to i16
  %".4916" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4915", ptr %".4916", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".4921" = trunc i64 %"end.16" to i16
  %".4922" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4921", ptr %".4922", align 2
  br label %"return"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.74" = phi  i64 [%"end.16", %"pptp_d1.to_ppp"]
  %"data.215" = phi  ptr [%"data.214", %"pptp_d1.to_ppp"]
  %"data_end.215" = phi  ptr [%"data_end.214", %"pptp_d1.to_ppp"]
  %"keys.215" = phi  ptr [%"keys.214", %"pptp_d1.to_ppp"]
  %"hdr.65" = getelementptr i8, ptr %"data.215", i64 %"cursor.74"
  %".5535" = getelementptr i8, ptr %"hdr.65", i64 4
  %".5536" = icmp ugt ptr %".5535", %"data_end.215"
  br i1 %".5536", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5538" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5539" = load i16, ptr %".5538", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.22" = phi  i16 [%".5539", %"ppp_d1.linear"], [%".5558", %"ppp_d1.copy_failed.endif"]
  %"data.235" = phi  ptr [%"data.215", %"ppp_d1.linear"], [%"data.234", %"ppp_d1.copy_failed.endif"]
  %"data_end.235" = phi  ptr [%"data_end.215", %"ppp_d1.linear"], [%"data_end.234", %"ppp_d1.copy_failed.endif"]
  %"keys.235" = phi  ptr [%"keys.215", %"ppp_d1.linear"], [%"keys.234", %"ppp_d1.copy_failed.endif"]
  %".5560" = add i64 %"cursor.74", 4
  %".5561" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".5562" = zext i16 %".5561" to i64
  switch i64 %".5562", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4934" = trunc i64 %"cursor.66" to i32
  %".4935" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".4934", [40 x i8]* %"header_copy", i32 2)
  %".4936" = icmp eq i64 %".4935", 0
  %".4937" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4938" = load i32, ptr %".4937", align 4
  %".4939" = zext i32 %".4938" to i64
  %"data.216" = inttoptr i64 %".4939" to ptr
  %".4940" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4941" = load i32, ptr %".4940", align 4
  %".4942" = zext i32 %".4941" to i64
  %"data_end.216" = inttoptr i64 %".4942" to ptr
  %".4943" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.216" = load ptr, ptr %".4943", align 8
  %".4944" = xor i1 %".4936", -1
  br i1 %".4944", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".4946" = trunc i64 %"cursor.66" to i16
  %".4947" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4946", ptr %".4947", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".4950" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4951" = load volatile i8, [40 x i8]* %".4950", align 1
  %".4952" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4953" = load volatile i8, [40 x i8]* %".4952", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".4966" = trunc i64 %"end.17" to i16
  %".4967" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".4966", ptr %".4967", align 2
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
  %".4983" = trunc i64 34887 to i16
  %".4984" = call i16 @"llvm.bswap.i16"(i16 %".4983")
  %".4985" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".4984", ptr %".4985", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".4988" = trunc i64 2048 to i16
  %".4989" = call i16 @"llvm.bswap.i16"(i16 %".4988")
  %".4990" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".4989", ptr %".4990", align 2
  %".4992" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".4992", align 1
  %".4994" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.79" = load volatile i32, ptr %".4994", align 4
  %".4995" = and i32 %"flags.79", 4
  %".4996" = icmp ne i32 %".4995", 0
  br i1 %".4996", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".5008" = trunc i64 34525 to i16
  %".5009" = call i16 @"llvm.bswap.i16"(i16 %".5008")
  %".5010" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".5009", ptr %".5010", align 2
  %".5012" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".5012", align 1
  %".5014" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.80" = load volatile i32, ptr %".5014", align 4
  %".5015" = and i32 %"flags.80", 4
  %".5016" = icmp ne i32 %".5015", 0
  br i1 %".5016", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6488", %"widening.test.30"]
  %"data.218" = phi  ptr [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.287", %"widening.test.30"]
  %"data_end.218" = phi  ptr [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.287", %"widening.test.30"]
  %"keys.218" = phi  ptr [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.30"]
  %"hdr.66" = getelementptr i8, ptr %"data.218", i64 %"cursor.75"
  %".5631" = getelementptr i8, ptr %"hdr.66", i64 2
  %".5632" = icmp ugt ptr %".5631", %"data_end.218"
  br i1 %".5632", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5634" = getelementptr i8, ptr %"hdr.66", i64 0
  %".5635" = load i8, ptr %".5634", align 1
  %".5636" = getelementptr i8, ptr %"hdr.66", i64 1
  %".5637" = load i8, ptr %".5636", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".5635", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5656", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5637", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5658", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.237" = phi  ptr [%"data.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.236", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.237" = phi  ptr [%"data_end.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.236", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.237" = phi  ptr [%"keys.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.236", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5660" = zext i8 %"w0_1.26" to i64
  %".5661" = trunc i64 %".5660" to i8
  %".5662" = getelementptr i8, ptr %"keys.237", i64 9
  store i8 %".5661", ptr %".5662", align 1
  %".5664" = add i64 %"cursor.75", 2
  %".5665" = zext i8 %"w1_1.15" to i64
  %".5666" = mul i64 %".5665", 8
  %".5667" = add i64 %".5666", 6
  %".5668" = add i64 %".5667", 2
  %"end.19" = add i64 %"cursor.75", %".5668"
  %".5669" = zext i8 %"w0_1.26" to i64
  switch i64 %".5669", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".5061", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6477", %"widening.test.29"]
  %"data.219" = phi  ptr [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.286", %"widening.test.29"]
  %"data_end.219" = phi  ptr [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.286", %"widening.test.29"]
  %"keys.219" = phi  ptr [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.29"]
  %"hdr.67" = getelementptr i8, ptr %"data.219", i64 %"cursor.76"
  %".5745" = getelementptr i8, ptr %"hdr.67", i64 8
  %".5746" = icmp ugt ptr %".5745", %"data_end.219"
  br i1 %".5746", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5748" = getelementptr i8, ptr %"hdr.67", i64 0
  %".5749" = load i8, ptr %".5748", align 1
  %".5750" = getelementptr i8, ptr %"hdr.67", i64 2
  %".5751" = load i16, ptr %".5750", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".5749", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5770", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.23" = phi  i16 [%".5751", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5772", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.239" = phi  ptr [%"data.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.238", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.239" = phi  ptr [%"data_end.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.238", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.239" = phi  ptr [%"keys.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.238", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5774" = zext i8 %"w0_1.27" to i64
  %".5775" = trunc i64 %".5774" to i8
  %".5776" = getelementptr i8, ptr %"keys.239", i64 9
  store i8 %".5775", ptr %".5776", align 1
  %".5778" = add i64 %"cursor.76", 8
  %".5779" = icmp ne i64 1, 0
  %".5780" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.23")
  %".5781" = zext i16 %".5780" to i64
  %".5782" = and i64 %".5781", 65528
  %".5783" = icmp eq i64 %".5782", 0
  br i1 %".5779", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".4998" = trunc i64 %"end.17" to i16
  %".4999" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".4998", ptr %".4999", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".5002" = getelementptr i8, ptr %"keys.217", i64 12
  store i32 0, ptr %".5002", align 4
  %".5004" = trunc i64 %"end.17" to i16
  %".5005" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5004", ptr %".5005", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".5018" = trunc i64 %"end.17" to i16
  %".5019" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5018", ptr %".5019", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5022" = getelementptr i8, ptr %"keys.217", i64 12
  store i32 0, ptr %".5022", align 4
  %".5024" = trunc i64 %"end.17" to i16
  %".5025" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5024", ptr %".5025", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5036" = trunc i64 %"cursor.67" to i32
  %".5037" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5036", [40 x i8]* %"header_copy", i32 8)
  %".5038" = icmp eq i64 %".5037", 0
  %".5039" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5040" = load i32, ptr %".5039", align 4
  %".5041" = zext i32 %".5040" to i64
  %"data.220" = inttoptr i64 %".5041" to ptr
  %".5042" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5043" = load i32, ptr %".5042", align 4
  %".5044" = zext i32 %".5043" to i64
  %"data_end.220" = inttoptr i64 %".5044" to ptr
  %".5045" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.220" = load ptr, ptr %".5045", align 8
  %".5046" = xor i1 %".5038", -1
  br i1 %".5046", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".5048" = trunc i64 %"cursor.67" to i16
  %".5049" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5048", ptr %".5049", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".5052" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5053" = load volatile i8, [40 x i8]* %".5052", align 1
  %".5054" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5055" = load volatile i16, [40 x i8]* %".5054", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".5068" = getelementptr i8, ptr %"keys.221", i64 6
  store i8 1, ptr %".5068", align 1
  br i1 %".5066", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".5088" = zext i8 %"w0_1.22" to i64
  switch i64 %".5088", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".5071" = getelementptr i8, ptr %"keys.221", i64 7
  store i8 1, ptr %".5071", align 1
  %".5073" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.81" = load volatile i32, ptr %".5073", align 4
  %".5074" = and i32 %"flags.81", 1
  %".5075" = icmp ne i32 %".5074", 0
  %".5076" = xor i1 %".5075", -1
  br i1 %".5076", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".5083" = trunc i64 %".5061" to i16
  %".5084" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5083", ptr %".5084", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".5078" = trunc i64 %".5061" to i16
  %".5079" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5078", ptr %".5079", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".5090" = trunc i64 %".5061" to i16
  %".5091" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5090", ptr %".5091", align 2
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
  %".5107" = trunc i64 34887 to i16
  %".5108" = call i16 @"llvm.bswap.i16"(i16 %".5107")
  %".5109" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5108", ptr %".5109", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5112" = trunc i64 2048 to i16
  %".5113" = call i16 @"llvm.bswap.i16"(i16 %".5112")
  %".5114" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5113", ptr %".5114", align 2
  %".5116" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".5116", align 1
  %".5118" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.82" = load volatile i32, ptr %".5118", align 4
  %".5119" = and i32 %"flags.82", 4
  %".5120" = icmp ne i32 %".5119", 0
  br i1 %".5120", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".5132" = trunc i64 34525 to i16
  %".5133" = call i16 @"llvm.bswap.i16"(i16 %".5132")
  %".5134" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5133", ptr %".5134", align 2
  %".5136" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".5136", align 1
  %".5138" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.83" = load volatile i32, ptr %".5138", align 4
  %".5139" = and i32 %"flags.83", 4
  %".5140" = icmp ne i32 %".5139", 0
  br i1 %".5140", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5122" = trunc i64 %".5061" to i16
  %".5123" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5122", ptr %".5123", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5126" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".5126", align 4
  %".5128" = trunc i64 %".5061" to i16
  %".5129" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5128", ptr %".5129", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5142" = trunc i64 %".5061" to i16
  %".5143" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5142", ptr %".5143", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5146" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".5146", align 4
  %".5148" = trunc i64 %".5061" to i16
  %".5149" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5148", ptr %".5149", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5160" = trunc i64 %"cursor.68" to i32
  %".5161" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5160", [40 x i8]* %"header_copy", i32 2)
  %".5162" = icmp eq i64 %".5161", 0
  %".5163" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5164" = load i32, ptr %".5163", align 4
  %".5165" = zext i32 %".5164" to i64
  %"data.222" = inttoptr i64 %".5165" to ptr
  %".5166" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5167" = load i32, ptr %".5166", align 4
  %".5168" = zext i32 %".5167" to i64
  %"data_end.222" = inttoptr i64 %".5168" to ptr
  %".5169" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.222" = load ptr, ptr %".5169", align 8
  %".5170" = xor i1 %".5162", -1
  br i1 %".5170", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5172" = trunc i64 %"cursor.68" to i16
  %".5173" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5172", ptr %".5173", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5176" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5177" = load volatile i8, [40 x i8]* %".5176", align 1
  %".5178" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5179" = load volatile i8, [40 x i8]* %".5178", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5192" = trunc i64 %"end.18" to i16
  %".5193" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5192", ptr %".5193", align 2
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
  %".5204" = trunc i64 %"end.18" to i16
  %".5205" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5204", ptr %".5205", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5208" = trunc i64 %"end.18" to i16
  %".5209" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5208", ptr %".5209", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5212" = trunc i64 %"end.18" to i16
  %".5213" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5212", ptr %".5213", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5216" = trunc i64 %"end.18" to i16
  %".5217" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5216", ptr %".5217", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5221" = trunc i64 34887 to i16
  %".5222" = call i16 @"llvm.bswap.i16"(i16 %".5221")
  %".5223" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5222", ptr %".5223", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5226" = trunc i64 2048 to i16
  %".5227" = call i16 @"llvm.bswap.i16"(i16 %".5226")
  %".5228" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5227", ptr %".5228", align 2
  %".5230" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5230", align 1
  %".5232" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.84" = load volatile i32, ptr %".5232", align 4
  %".5233" = and i32 %"flags.84", 4
  %".5234" = icmp ne i32 %".5233", 0
  br i1 %".5234", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5243" = trunc i64 34525 to i16
  %".5244" = call i16 @"llvm.bswap.i16"(i16 %".5243")
  %".5245" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5244", ptr %".5245", align 2
  %".5247" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5247", align 1
  %".5249" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.85" = load volatile i32, ptr %".5249", align 4
  %".5250" = and i32 %"flags.85", 4
  %".5251" = icmp ne i32 %".5250", 0
  br i1 %".5251", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5236" = trunc i64 %"end.18" to i16
  %".5237" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5236", ptr %".5237", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5240" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5240", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5253" = trunc i64 %"end.18" to i16
  %".5254" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5253", ptr %".5254", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5257" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5257", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5268" = trunc i64 %"cursor.69" to i32
  %".5269" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5268", [40 x i8]* %"header_copy", i32 8)
  %".5270" = icmp eq i64 %".5269", 0
  %".5271" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5272" = load i32, ptr %".5271", align 4
  %".5273" = zext i32 %".5272" to i64
  %"data.224" = inttoptr i64 %".5273" to ptr
  %".5274" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5275" = load i32, ptr %".5274", align 4
  %".5276" = zext i32 %".5275" to i64
  %"data_end.224" = inttoptr i64 %".5276" to ptr
  %".5277" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.224" = load ptr, ptr %".5277", align 8
  %".5278" = xor i1 %".5270", -1
  br i1 %".5278", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5280" = trunc i64 %"cursor.69" to i16
  %".5281" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".5280", ptr %".5281", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5284" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5285" = load volatile i8, [40 x i8]* %".5284", align 1
  %".5286" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5287" = load volatile i16, [40 x i8]* %".5286", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5300" = getelementptr i8, ptr %"keys.225", i64 6
  store i8 1, ptr %".5300", align 1
  br i1 %".5298", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5320" = zext i8 %"w0_1.24" to i64
  switch i64 %".5320", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5303" = getelementptr i8, ptr %"keys.225", i64 7
  store i8 1, ptr %".5303", align 1
  %".5305" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.86" = load volatile i32, ptr %".5305", align 4
  %".5306" = and i32 %"flags.86", 1
  %".5307" = icmp ne i32 %".5306", 0
  %".5308" = xor i1 %".5307", -1
  br i1 %".5308", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5315" = trunc i64 %".5293" to i16
  %".5316" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5315", ptr %".5316", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5310" = trunc i64 %".5293" to i16
  %".5311" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5310", ptr %".5311", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5322" = trunc i64 %".5293" to i16
  %".5323" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5322", ptr %".5323", align 2
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
  %".5334" = trunc i64 %".5293" to i16
  %".5335" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5334", ptr %".5335", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5338" = trunc i64 %".5293" to i16
  %".5339" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5338", ptr %".5339", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5342" = trunc i64 %".5293" to i16
  %".5343" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5342", ptr %".5343", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5346" = trunc i64 %".5293" to i16
  %".5347" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5346", ptr %".5347", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5351" = trunc i64 34887 to i16
  %".5352" = call i16 @"llvm.bswap.i16"(i16 %".5351")
  %".5353" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5352", ptr %".5353", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5356" = trunc i64 2048 to i16
  %".5357" = call i16 @"llvm.bswap.i16"(i16 %".5356")
  %".5358" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5357", ptr %".5358", align 2
  %".5360" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5360", align 1
  %".5362" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.87" = load volatile i32, ptr %".5362", align 4
  %".5363" = and i32 %"flags.87", 4
  %".5364" = icmp ne i32 %".5363", 0
  br i1 %".5364", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5373" = trunc i64 34525 to i16
  %".5374" = call i16 @"llvm.bswap.i16"(i16 %".5373")
  %".5375" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5374", ptr %".5375", align 2
  %".5377" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5377", align 1
  %".5379" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.88" = load volatile i32, ptr %".5379", align 4
  %".5380" = and i32 %"flags.88", 4
  %".5381" = icmp ne i32 %".5380", 0
  br i1 %".5381", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5366" = trunc i64 %".5293" to i16
  %".5367" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5366", ptr %".5367", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5370" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5370", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5383" = trunc i64 %".5293" to i16
  %".5384" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5383", ptr %".5384", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5387" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5387", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5397" = trunc i64 %"cursor.70" to i32
  %".5398" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5397", [40 x i8]* %"header_copy", i32 4)
  %".5399" = icmp eq i64 %".5398", 0
  %".5400" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5401" = load i32, ptr %".5400", align 4
  %".5402" = zext i32 %".5401" to i64
  %"data.226" = inttoptr i64 %".5402" to ptr
  %".5403" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5404" = load i32, ptr %".5403", align 4
  %".5405" = zext i32 %".5404" to i64
  %"data_end.226" = inttoptr i64 %".5405" to ptr
  %".5406" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.226" = load ptr, ptr %".5406", align 8
  %".5407" = xor i1 %".5399", -1
  br i1 %".5407", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5409" = trunc i64 %".5390" to i16
  %".5410" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5409", ptr %".5410", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5413" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5414" = load volatile i8, [40 x i8]* %".5413", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5420" = trunc i64 %".5416" to i16
  %".5421" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5420", ptr %".5421", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_mpls:
  %".5424" = trunc i64 %".5416" to i16
  %".5425" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5424", ptr %".5425", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5428" = getelementptr i8, ptr %"keys.227", i64 8
  store i8 1, ptr %".5428", align 1
  %".5430" = getelementptr i8, ptr %"keys.227", i64 48
  %"flags.89" = load volatile i32, ptr %".5430", align 4
  %".5431" = and i32 %"flags.89", 4
  %".5432" = icmp ne i32 %".5431", 0
  br i1 %".5432", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5434" = trunc i64 %".5416" to i16
  %".5435" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5434", ptr %".5435", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5438" = getelementptr i8, ptr %"keys.227", i64 12
  store i32 0, ptr %".5438", align 4
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5448" = trunc i64 %"cursor.71" to i32
  %".5449" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5448", [40 x i8]* %"header_copy", i32 4)
  %".5450" = icmp eq i64 %".5449", 0
  %".5451" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5452" = load i32, ptr %".5451", align 4
  %".5453" = zext i32 %".5452" to i64
  %"data.228" = inttoptr i64 %".5453" to ptr
  %".5454" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5455" = load i32, ptr %".5454", align 4
  %".5456" = zext i32 %".5455" to i64
  %"data_end.228" = inttoptr i64 %".5456" to ptr
  %".5457" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.228" = load ptr, ptr %".5457", align 8
  %".5458" = xor i1 %".5450", -1
  br i1 %".5458", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5460" = trunc i64 %".5441" to i16
  %".5461" = getelementptr i8, ptr %"keys.228", i64 2
  store i16 %".5460", ptr %".5461", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5464" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5465" = load volatile i8, [40 x i8]* %".5464", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5471" = trunc i64 %".5467" to i16
  %".5472" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5471", ptr %".5472", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels3.to_ip_version:
  %".5476" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".5476", align 1
  %".5478" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.90" = load volatile i32, ptr %".5478", align 4
  %".5479" = and i32 %"flags.90", 4
  %".5480" = icmp ne i32 %".5479", 0
  br i1 %".5480", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5467", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.230" = phi  ptr [%"data.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.230" = phi  ptr [%"data_end.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.230" = phi  ptr [%"keys.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %".5881" = add i64 %"cursor.77", 4
  %"hdr.68" = getelementptr i8, ptr %"data.230", i64 %"cursor.77"
  %".5882" = getelementptr i8, ptr %"hdr.68", i64 4
  %".5883" = icmp ugt ptr %".5882", %"data_end.230"
  br i1 %".5883", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".5885" = getelementptr i8, ptr %"hdr.68", i64 2
  %".5886" = load i8, ptr %".5885", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".5886", %"mpls_d1_mpls_labels4.linear"], [%".5905", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.230", %"mpls_d1_mpls_labels4.linear"], [%"data.240", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.230", %"mpls_d1_mpls_labels4.linear"], [%"data_end.240", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.230", %"mpls_d1_mpls_labels4.linear"], [%"keys.240", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".5907" = add i64 %"cursor.77", 4
  %".5908" = zext i8 %"w2_1.7" to i64
  %".5909" = and i64 %".5908", 1
  switch i64 %".5909", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels3.stop_at_encap:
  %".5482" = trunc i64 %".5467" to i16
  %".5483" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5482", ptr %".5483", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5486" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".5486", align 4
  %".5488" = trunc i64 %".5467" to i16
  %".5489" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5488", ptr %".5489", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5498" = trunc i64 %"cursor.72" to i32
  %".5499" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5498", [40 x i8]* %"header_copy", i32 1)
  %".5500" = icmp eq i64 %".5499", 0
  %".5501" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5502" = load i32, ptr %".5501", align 4
  %".5503" = zext i32 %".5502" to i64
  %"data.231" = inttoptr i64 %".5503" to ptr
  %".5504" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5505" = load i32, ptr %".5504", align 4
  %".5506" = zext i32 %".5505" to i64
  %"data_end.231" = inttoptr i64 %".5506" to ptr
  %".5507" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.231" = load ptr, ptr %".5507", align 8
  %".5508" = xor i1 %".5500", -1
  br i1 %".5508", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5510" = trunc i64 %"cursor.72" to i16
  %".5511" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5510", ptr %".5511", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5514" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5515" = load volatile i8, [40 x i8]* %".5514", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5524" = trunc i64 %".5517" to i16
  %".5525" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5524", ptr %".5525", align 2
  br label %"return"
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5518", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5517", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.233" = phi  ptr [%"data.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.233" = phi  ptr [%"data_end.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.233" = phi  ptr [%"keys.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.233", i64 %"cursor.78"
  %".5935" = getelementptr i8, ptr %"hdr.69", i64 1
  %".5936" = icmp ugt ptr %".5935", %"data_end.233"
  br i1 %".5936", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".5938" = getelementptr i8, ptr %"hdr.69", i64 0
  %".5939" = load i8, ptr %".5938", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.28" = phi  i8 [%".5939", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".5958", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.243" = phi  ptr [%"data.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.242", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.243" = phi  ptr [%"data_end.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.242", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.243" = phi  ptr [%"keys.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.242", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".5960" = zext i8 %"w0_1.28" to i64
  %".5961" = icmp uge i64 %".5960", 1
  %".5962" = xor i1 %".5961", -1
  br i1 %".5962", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5541" = trunc i64 %"cursor.74" to i32
  %".5542" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5541", [40 x i8]* %"header_copy", i32 4)
  %".5543" = icmp eq i64 %".5542", 0
  %".5544" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5545" = load i32, ptr %".5544", align 4
  %".5546" = zext i32 %".5545" to i64
  %"data.234" = inttoptr i64 %".5546" to ptr
  %".5547" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5548" = load i32, ptr %".5547", align 4
  %".5549" = zext i32 %".5548" to i64
  %"data_end.234" = inttoptr i64 %".5549" to ptr
  %".5550" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.234" = load ptr, ptr %".5550", align 8
  %".5551" = xor i1 %".5543", -1
  br i1 %".5551", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5553" = trunc i64 %"cursor.74" to i16
  %".5554" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5553", ptr %".5554", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5557" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5558" = load volatile i16, [40 x i8]* %".5557", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5564" = and i64 %".5562", 0
  %".5565" = icmp eq i64 %".5564", 0
  br i1 %".5565", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".5571" = trunc i64 2048 to i16
  %".5572" = call i16 @"llvm.bswap.i16"(i16 %".5571")
  %".5573" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5572", ptr %".5573", align 2
  %".5575" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5575", align 1
  %".5577" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.91" = load volatile i32, ptr %".5577", align 4
  %".5578" = and i32 %"flags.91", 4
  %".5579" = icmp ne i32 %".5578", 0
  br i1 %".5579", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".5591" = trunc i64 34525 to i16
  %".5592" = call i16 @"llvm.bswap.i16"(i16 %".5591")
  %".5593" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5592", ptr %".5593", align 2
  %".5595" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5595", align 1
  %".5597" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.92" = load volatile i32, ptr %".5597", align 4
  %".5598" = and i32 %"flags.92", 4
  %".5599" = icmp ne i32 %".5598", 0
  br i1 %".5599", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5611" = trunc i64 34827 to i16
  %".5612" = call i16 @"llvm.bswap.i16"(i16 %".5611")
  %".5613" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5612", ptr %".5613", align 2
  %".5615" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5615", align 1
  %".5617" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.93" = load volatile i32, ptr %".5617", align 4
  %".5618" = and i32 %"flags.93", 4
  %".5619" = icmp ne i32 %".5618", 0
  br i1 %".5619", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5567" = trunc i64 %".5560" to i16
  %".5568" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5567", ptr %".5568", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5581" = trunc i64 %".5560" to i16
  %".5582" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5581", ptr %".5582", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5585" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5585", align 4
  %".5587" = trunc i64 %".5560" to i16
  %".5588" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5587", ptr %".5588", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5601" = trunc i64 %".5560" to i16
  %".5602" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5601", ptr %".5602", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5605" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5605", align 4
  %".5607" = trunc i64 %".5560" to i16
  %".5608" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5607", ptr %".5608", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5621" = trunc i64 %".5560" to i16
  %".5622" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5621", ptr %".5622", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5625" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5625", align 4
  %".5627" = trunc i64 %".5560" to i16
  %".5628" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5627", ptr %".5628", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5639" = trunc i64 %"cursor.75" to i32
  %".5640" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5639", [40 x i8]* %"header_copy", i32 2)
  %".5641" = icmp eq i64 %".5640", 0
  %".5642" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5643" = load i32, ptr %".5642", align 4
  %".5644" = zext i32 %".5643" to i64
  %"data.236" = inttoptr i64 %".5644" to ptr
  %".5645" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5646" = load i32, ptr %".5645", align 4
  %".5647" = zext i32 %".5646" to i64
  %"data_end.236" = inttoptr i64 %".5647" to ptr
  %".5648" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.236" = load ptr, ptr %".5648", align 8
  %".5649" = xor i1 %".5641", -1
  br i1 %".5649", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5651" = trunc i64 %"cursor.75" to i16
  %".5652" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5651", ptr %".5652", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5655" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5656" = load volatile i8, [40 x i8]* %".5655", align 1
  %".5657" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5658" = load volatile i8, [40 x i8]* %".5657", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5671" = trunc i64 %"end.19" to i16
  %".5672" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5671", ptr %".5672", align 2
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
  %".5683" = trunc i64 %"end.19" to i16
  %".5684" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5683", ptr %".5684", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5687" = trunc i64 %"end.19" to i16
  %".5688" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5687", ptr %".5688", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5691" = trunc i64 %"end.19" to i16
  %".5692" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5691", ptr %".5692", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5695" = trunc i64 %"end.19" to i16
  %".5696" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5695", ptr %".5696", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5700" = trunc i64 34887 to i16
  %".5701" = call i16 @"llvm.bswap.i16"(i16 %".5700")
  %".5702" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5701", ptr %".5702", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5705" = trunc i64 2048 to i16
  %".5706" = call i16 @"llvm.bswap.i16"(i16 %".5705")
  %".5707" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5706", ptr %".5707", align 2
  %".5709" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".5709", align 1
  %".5711" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.94" = load volatile i32, ptr %".5711", align 4
  %".5712" = and i32 %"flags.94", 4
  %".5713" = icmp ne i32 %".5712", 0
  br i1 %".5713", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5725" = trunc i64 34525 to i16
  %".5726" = call i16 @"llvm.bswap.i16"(i16 %".5725")
  %".5727" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5726", ptr %".5727", align 2
  %".5729" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".5729", align 1
  %".5731" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.95" = load volatile i32, ptr %".5731", align 4
  %".5732" = and i32 %"flags.95", 4
  %".5733" = icmp ne i32 %".5732", 0
  br i1 %".5733", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5715" = trunc i64 %"end.19" to i16
  %".5716" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5715", ptr %".5716", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5719" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".5719", align 4
  %".5721" = trunc i64 %"end.19" to i16
  %".5722" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5721", ptr %".5722", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5735" = trunc i64 %"end.19" to i16
  %".5736" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5735", ptr %".5736", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5739" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".5739", align 4
  %".5741" = trunc i64 %"end.19" to i16
  %".5742" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5741", ptr %".5742", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5753" = trunc i64 %"cursor.76" to i32
  %".5754" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5753", [40 x i8]* %"header_copy", i32 8)
  %".5755" = icmp eq i64 %".5754", 0
  %".5756" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5757" = load i32, ptr %".5756", align 4
  %".5758" = zext i32 %".5757" to i64
  %"data.238" = inttoptr i64 %".5758" to ptr
  %".5759" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5760" = load i32, ptr %".5759", align 4
  %".5761" = zext i32 %".5760" to i64
  %"data_end.238" = inttoptr i64 %".5761" to ptr
  %".5762" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.238" = load ptr, ptr %".5762", align 8
  %".5763" = xor i1 %".5755", -1
  br i1 %".5763", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5765" = trunc i64 %"cursor.76" to i16
  %".5766" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5765", ptr %".5766", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5769" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5770" = load volatile i8, [40 x i8]* %".5769", align 1
  %".5771" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5772" = load volatile i16, [40 x i8]* %".5771", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5785" = getelementptr i8, ptr %"keys.239", i64 6
  store i8 1, ptr %".5785", align 1
  br i1 %".5783", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5805" = zext i8 %"w0_1.27" to i64
  switch i64 %".5805", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5788" = getelementptr i8, ptr %"keys.239", i64 7
  store i8 1, ptr %".5788", align 1
  %".5790" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.96" = load volatile i32, ptr %".5790", align 4
  %".5791" = and i32 %"flags.96", 1
  %".5792" = icmp ne i32 %".5791", 0
  %".5793" = xor i1 %".5792", -1
  br i1 %".5793", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5800" = trunc i64 %".5778" to i16
  %".5801" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5800", ptr %".5801", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5795" = trunc i64 %".5778" to i16
  %".5796" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5795", ptr %".5796", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5807" = trunc i64 %".5778" to i16
  %".5808" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5807", ptr %".5808", align 2
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
  %".5819" = trunc i64 %".5778" to i16
  %".5820" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5819", ptr %".5820", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5823" = trunc i64 %".5778" to i16
  %".5824" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5823", ptr %".5824", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5827" = trunc i64 %".5778" to i16
  %".5828" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5827", ptr %".5828", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5831" = trunc i64 %".5778" to i16
  %".5832" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5831", ptr %".5832", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5836" = trunc i64 34887 to i16
  %".5837" = call i16 @"llvm.bswap.i16"(i16 %".5836")
  %".5838" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".5837", ptr %".5838", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5841" = trunc i64 2048 to i16
  %".5842" = call i16 @"llvm.bswap.i16"(i16 %".5841")
  %".5843" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".5842", ptr %".5843", align 2
  %".5845" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".5845", align 1
  %".5847" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.97" = load volatile i32, ptr %".5847", align 4
  %".5848" = and i32 %"flags.97", 4
  %".5849" = icmp ne i32 %".5848", 0
  br i1 %".5849", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5861" = trunc i64 34525 to i16
  %".5862" = call i16 @"llvm.bswap.i16"(i16 %".5861")
  %".5863" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".5862", ptr %".5863", align 2
  %".5865" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".5865", align 1
  %".5867" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.98" = load volatile i32, ptr %".5867", align 4
  %".5868" = and i32 %"flags.98", 4
  %".5869" = icmp ne i32 %".5868", 0
  br i1 %".5869", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5851" = trunc i64 %".5778" to i16
  %".5852" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5851", ptr %".5852", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5855" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".5855", align 4
  %".5857" = trunc i64 %".5778" to i16
  %".5858" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5857", ptr %".5858", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5871" = trunc i64 %".5778" to i16
  %".5872" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5871", ptr %".5872", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5875" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".5875", align 4
  %".5877" = trunc i64 %".5778" to i16
  %".5878" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5877", ptr %".5878", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5888" = trunc i64 %"cursor.77" to i32
  %".5889" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5888", [40 x i8]* %"header_copy", i32 4)
  %".5890" = icmp eq i64 %".5889", 0
  %".5891" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5892" = load i32, ptr %".5891", align 4
  %".5893" = zext i32 %".5892" to i64
  %"data.240" = inttoptr i64 %".5893" to ptr
  %".5894" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5895" = load i32, ptr %".5894", align 4
  %".5896" = zext i32 %".5895" to i64
  %"data_end.240" = inttoptr i64 %".5896" to ptr
  %".5897" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.240" = load ptr, ptr %".5897", align 8
  %".5898" = xor i1 %".5890", -1
  br i1 %".5898", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".5900" = trunc i64 %".5881" to i16
  %".5901" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5900", ptr %".5901", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".5904" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5905" = load volatile i8, [40 x i8]* %".5904", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".5911" = trunc i64 %".5907" to i16
  %".5912" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5911", ptr %".5912", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_mpls:
  %".5915" = trunc i64 %".5907" to i16
  %".5916" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5915", ptr %".5916", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".5919" = getelementptr i8, ptr %"keys.241", i64 8
  store i8 1, ptr %".5919", align 1
  %".5921" = getelementptr i8, ptr %"keys.241", i64 48
  %"flags.99" = load volatile i32, ptr %".5921", align 4
  %".5922" = and i32 %"flags.99", 4
  %".5923" = icmp ne i32 %".5922", 0
  br i1 %".5923", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".5925" = trunc i64 %".5907" to i16
  %".5926" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5925", ptr %".5926", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".5929" = getelementptr i8, ptr %"keys.241", i64 12
  store i32 0, ptr %".5929", align 4
  %".5931" = trunc i64 %".5907" to i16
  %".5932" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5931", ptr %".5932", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5941" = trunc i64 %"cursor.78" to i32
  %".5942" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".5941", [40 x i8]* %"header_copy", i32 1)
  %".5943" = icmp eq i64 %".5942", 0
  %".5944" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5945" = load i32, ptr %".5944", align 4
  %".5946" = zext i32 %".5945" to i64
  %"data.242" = inttoptr i64 %".5946" to ptr
  %".5947" = getelementptr i8, ptr %"ctx.82", i64 80
  %".5948" = load i32, ptr %".5947", align 4
  %".5949" = zext i32 %".5948" to i64
  %"data_end.242" = inttoptr i64 %".5949" to ptr
  %".5950" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.242" = load ptr, ptr %".5950", align 8
  %".5951" = xor i1 %".5943", -1
  br i1 %".5951", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".5953" = trunc i64 %"cursor.78" to i16
  %".5954" = getelementptr i8, ptr %"keys.242", i64 2
  store i16 %".5953", ptr %".5954", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".5957" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5958" = load volatile i8, [40 x i8]* %".5957", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".5964" = trunc i64 %"cursor.78" to i16
  %".5965" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5964", ptr %".5965", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".5968" = add i64 %"cursor.78", 1
  %".5969" = zext i8 %"w0_1.28" to i64
  %".5970" = mul i64 %".5969", 4
  %".5971" = sub i64 %".5970", 2
  %".5972" = add i64 %".5971", 1
  %".5973" = getelementptr i8, ptr %"data.243", i64 %"cursor.78"
  %".5974" = getelementptr i8, ptr %".5973", i64 %".5972"
  %".5975" = icmp ugt ptr %".5974", %"data_end.243"
  br i1 %".5975", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.245" = phi  ptr [%"data.243", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.244", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.245" = phi  ptr [%"data_end.243", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.244", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.245" = phi  ptr [%"keys.243", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.244", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"end.20" = add i64 %"cursor.78", %".5972"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".5977" = add i64 %"cursor.78", %".5972"
  %".5978" = sub i64 %".5977", 1
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5979" = trunc i64 %".5978" to i32
  %".5980" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".5979", i64* %"last_byte", i32 1)
  %".5981" = icmp eq i64 %".5980", 0
  %".5982" = getelementptr i8, ptr %"ctx.83", i64 76
  %".5983" = load i32, ptr %".5982", align 4
  %".5984" = zext i32 %".5983" to i64
  %"data.244" = inttoptr i64 %".5984" to ptr
  %".5985" = getelementptr i8, ptr %"ctx.83", i64 80
  %".5986" = load i32, ptr %".5985", align 4
  %".5987" = zext i32 %".5986" to i64
  %"data_end.244" = inttoptr i64 %".5987" to ptr
  %".5988" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.244" = load ptr, ptr %".5988", align 8
  %".5989" = xor i1 %".5981", -1
  br i1 %".5989", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".5991" = trunc i64 %"cursor.78" to i16
  %".5992" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5991", ptr %".5992", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".5997" = trunc i64 %"end.20" to i16
  %".5998" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5997", ptr %".5998", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%"end.20", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.246" = phi  ptr [%"data.245", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.246" = phi  ptr [%"data_end.245", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.246" = phi  ptr [%"keys.245", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.246", i64 %"cursor.79"
  %".6002" = getelementptr i8, ptr %"hdr.70", i64 1
  %".6003" = icmp ugt ptr %".6002", %"data_end.246"
  br i1 %".6003", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".6005" = getelementptr i8, ptr %"hdr.70", i64 0
  %".6006" = load i8, ptr %".6005", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.29" = phi  i8 [%".6006", %"gtpu_next_d1_gtpu_ext1.linear"], [%".6025", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.248" = phi  ptr [%"data.246", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.247", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.248" = phi  ptr [%"data_end.246", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.247", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.248" = phi  ptr [%"keys.246", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.247", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".6027" = add i64 %"cursor.79", 1
  %".6028" = zext i8 %"w0_1.29" to i64
  %".6029" = icmp uge i64 %".6028", 1
  %".6030" = icmp ule i64 %".6028", 255
  %".6031" = and i1 %".6029", %".6030"
  br i1 %".6031", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6008" = trunc i64 %"cursor.79" to i32
  %".6009" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".6008", [40 x i8]* %"header_copy", i32 1)
  %".6010" = icmp eq i64 %".6009", 0
  %".6011" = getelementptr i8, ptr %"ctx.84", i64 76
  %".6012" = load i32, ptr %".6011", align 4
  %".6013" = zext i32 %".6012" to i64
  %"data.247" = inttoptr i64 %".6013" to ptr
  %".6014" = getelementptr i8, ptr %"ctx.84", i64 80
  %".6015" = load i32, ptr %".6014", align 4
  %".6016" = zext i32 %".6015" to i64
  %"data_end.247" = inttoptr i64 %".6016" to ptr
  %".6017" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.247" = load ptr, ptr %".6017", align 8
  %".6018" = xor i1 %".6010", -1
  br i1 %".6018", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".6020" = trunc i64 %"cursor.79" to i16
  %".6021" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".6020", ptr %".6021", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".6024" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6025" = load volatile i8, [40 x i8]* %".6024", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".6034" = trunc i64 %".6027" to i16
  %".6035" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6034", ptr %".6035", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".6028", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".6027", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.249" = phi  ptr [%"data.248", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.249" = phi  ptr [%"data_end.248", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.249" = phi  ptr [%"keys.248", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.249", i64 %"cursor.80"
  %".6040" = getelementptr i8, ptr %"hdr.71", i64 1
  %".6041" = icmp ugt ptr %".6040", %"data_end.249"
  br i1 %".6041", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".6043" = getelementptr i8, ptr %"hdr.71", i64 0
  %".6044" = load i8, ptr %".6043", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.30" = phi  i8 [%".6044", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".6063", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.251" = phi  ptr [%"data.249", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.250", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.251" = phi  ptr [%"data_end.249", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.250", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.251" = phi  ptr [%"keys.249", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.250", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".6065" = zext i8 %"w0_1.30" to i64
  %".6066" = icmp uge i64 %".6065", 1
  %".6067" = xor i1 %".6066", -1
  br i1 %".6067", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6046" = trunc i64 %"cursor.80" to i32
  %".6047" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".6046", [40 x i8]* %"header_copy", i32 1)
  %".6048" = icmp eq i64 %".6047", 0
  %".6049" = getelementptr i8, ptr %"ctx.85", i64 76
  %".6050" = load i32, ptr %".6049", align 4
  %".6051" = zext i32 %".6050" to i64
  %"data.250" = inttoptr i64 %".6051" to ptr
  %".6052" = getelementptr i8, ptr %"ctx.85", i64 80
  %".6053" = load i32, ptr %".6052", align 4
  %".6054" = zext i32 %".6053" to i64
  %"data_end.250" = inttoptr i64 %".6054" to ptr
  %".6055" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.250" = load ptr, ptr %".6055", align 8
  %".6056" = xor i1 %".6048", -1
  br i1 %".6056", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".6058" = trunc i64 %"cursor.80" to i16
  %".6059" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6058", ptr %".6059", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".6062" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6063" = load volatile i8, [40 x i8]* %".6062", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".6069" = trunc i64 %"cursor.80" to i16
  %".6070" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".6069", ptr %".6070", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".6073" = add i64 %"cursor.80", 1
  %".6074" = zext i8 %"w0_1.30" to i64
  %".6075" = mul i64 %".6074", 4
  %".6076" = sub i64 %".6075", 2
  %".6077" = add i64 %".6076", 1
  %".6078" = getelementptr i8, ptr %"data.251", i64 %"cursor.80"
  %".6079" = getelementptr i8, ptr %".6078", i64 %".6077"
  %".6080" = icmp ugt ptr %".6079", %"data_end.251"
  br i1 %".6080", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.253" = phi  ptr [%"data.251", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.252", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.253" = phi  ptr [%"data_end.251", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.252", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.253" = phi  ptr [%"keys.251", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.252", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"end.21" = add i64 %"cursor.80", %".6077"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".6082" = add i64 %"cursor.80", %".6077"
  %".6083" = sub i64 %".6082", 1
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6084" = trunc i64 %".6083" to i32
  %".6085" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".6084", i64* %"last_byte", i32 1)
  %".6086" = icmp eq i64 %".6085", 0
  %".6087" = getelementptr i8, ptr %"ctx.86", i64 76
  %".6088" = load i32, ptr %".6087", align 4
  %".6089" = zext i32 %".6088" to i64
  %"data.252" = inttoptr i64 %".6089" to ptr
  %".6090" = getelementptr i8, ptr %"ctx.86", i64 80
  %".6091" = load i32, ptr %".6090", align 4
  %".6092" = zext i32 %".6091" to i64
  %"data_end.252" = inttoptr i64 %".6092" to ptr
  %".6093" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.252" = load ptr, ptr %".6093", align 8
  %".6094" = xor i1 %".6086", -1
  br i1 %".6094", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".6096" = trunc i64 %"cursor.80" to i16
  %".6097" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6096", ptr %".6097", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".6102" = trunc i64 %"end.21" to i16
  %".6103" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".6102", ptr %".6103", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%"end.21", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.254" = phi  ptr [%"data.253", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.254" = phi  ptr [%"data_end.253", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.254" = phi  ptr [%"keys.253", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.254", i64 %"cursor.81"
  %".6107" = getelementptr i8, ptr %"hdr.72", i64 1
  %".6108" = icmp ugt ptr %".6107", %"data_end.254"
  br i1 %".6108", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".6110" = getelementptr i8, ptr %"hdr.72", i64 0
  %".6111" = load i8, ptr %".6110", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.31" = phi  i8 [%".6111", %"gtpu_next_d1_gtpu_ext2.linear"], [%".6130", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.256" = phi  ptr [%"data.254", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.255", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.256" = phi  ptr [%"data_end.254", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.255", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.256" = phi  ptr [%"keys.254", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.255", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".6132" = add i64 %"cursor.81", 1
  %".6133" = zext i8 %"w0_1.31" to i64
  %".6134" = icmp uge i64 %".6133", 1
  %".6135" = icmp ule i64 %".6133", 255
  %".6136" = and i1 %".6134", %".6135"
  br i1 %".6136", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6113" = trunc i64 %"cursor.81" to i32
  %".6114" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".6113", [40 x i8]* %"header_copy", i32 1)
  %".6115" = icmp eq i64 %".6114", 0
  %".6116" = getelementptr i8, ptr %"ctx.87", i64 76
  %".6117" = load i32, ptr %".6116", align 4
  %".6118" = zext i32 %".6117" to i64
  %"data.255" = inttoptr i64 %".6118" to ptr
  %".6119" = getelementptr i8, ptr %"ctx.87", i64 80
  %".6120" = load i32, ptr %".6119", align 4
  %".6121" = zext i32 %".6120" to i64
  %"data_end.255" = inttoptr i64 %".6121" to ptr
  %".6122" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.255" = load ptr, ptr %".6122", align 8
  %".6123" = xor i1 %".6115", -1
  br i1 %".6123", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".6125" = trunc i64 %"cursor.81" to i16
  %".6126" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".6125", ptr %".6126", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".6129" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6130" = load volatile i8, [40 x i8]* %".6129", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6139" = trunc i64 %".6132" to i16
  %".6140" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6139", ptr %".6140", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6144" = trunc i64 %".6132" to i16
  %".6145" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6144", ptr %".6145", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".6133", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
widening.test:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6150" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6151" = load i32, ptr %".6150", align 4
  %".6152" = zext i32 %".6151" to i64
  %"data.257" = inttoptr i64 %".6152" to ptr
  %".6153" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6154" = load i32, ptr %".6153", align 4
  %".6155" = zext i32 %".6154" to i64
  %"data_end.257" = inttoptr i64 %".6155" to ptr
  %".6156" = getelementptr i8, ptr %"keys", i64 0
  %".6157" = load volatile i16, ptr %".6156", align 2
  %".6158" = zext i16 %".6157" to i64
  %".6159" = icmp ugt i64 %".6158", 261
  br i1 %".6159", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6161" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6162" = load i32, ptr %".6161", align 4
  %".6163" = zext i32 %".6162" to i64
  %"data.258" = inttoptr i64 %".6163" to ptr
  %".6164" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6165" = load i32, ptr %".6164", align 4
  %".6166" = zext i32 %".6165" to i64
  %"data_end.258" = inttoptr i64 %".6166" to ptr
  %".6167" = getelementptr i8, ptr %"keys", i64 0
  %".6168" = load volatile i16, ptr %".6167", align 2
  %".6169" = zext i16 %".6168" to i64
  %".6170" = icmp ugt i64 %".6169", 261
  br i1 %".6170", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6172" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6173" = load i32, ptr %".6172", align 4
  %".6174" = zext i32 %".6173" to i64
  %"data.259" = inttoptr i64 %".6174" to ptr
  %".6175" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6176" = load i32, ptr %".6175", align 4
  %".6177" = zext i32 %".6176" to i64
  %"data_end.259" = inttoptr i64 %".6177" to ptr
  %".6178" = getelementptr i8, ptr %"keys", i64 0
  %".6179" = load volatile i16, ptr %".6178", align 2
  %".6180" = zext i16 %".6179" to i64
  %".6181" = icmp ugt i64 %".6180", 267
  br i1 %".6181", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6183" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6184" = load i32, ptr %".6183", align 4
  %".6185" = zext i32 %".6184" to i64
  %"data.260" = inttoptr i64 %".6185" to ptr
  %".6186" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6187" = load i32, ptr %".6186", align 4
  %".6188" = zext i32 %".6187" to i64
  %"data_end.260" = inttoptr i64 %".6188" to ptr
  %".6189" = getelementptr i8, ptr %"keys", i64 0
  %".6190" = load volatile i16, ptr %".6189", align 2
  %".6191" = zext i16 %".6190" to i64
  %".6192" = icmp ugt i64 %".6191", 267
  br i1 %".6192", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6194" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6195" = load i32, ptr %".6194", align 4
  %".6196" = zext i32 %".6195" to i64
  %"data.261" = inttoptr i64 %".6196" to ptr
  %".6197" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6198" = load i32, ptr %".6197", align 4
  %".6199" = zext i32 %".6198" to i64
  %"data_end.261" = inttoptr i64 %".6199" to ptr
  %".6200" = getelementptr i8, ptr %"keys", i64 0
  %".6201" = load volatile i16, ptr %".6200", align 2
  %".6202" = zext i16 %".6201" to i64
  %".6203" = icmp ugt i64 %".6202", 275
  br i1 %".6203", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6205" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6206" = load i32, ptr %".6205", align 4
  %".6207" = zext i32 %".6206" to i64
  %"data.262" = inttoptr i64 %".6207" to ptr
  %".6208" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6209" = load i32, ptr %".6208", align 4
  %".6210" = zext i32 %".6209" to i64
  %"data_end.262" = inttoptr i64 %".6210" to ptr
  %".6211" = getelementptr i8, ptr %"keys", i64 0
  %".6212" = load volatile i16, ptr %".6211", align 2
  %".6213" = zext i16 %".6212" to i64
  %".6214" = icmp ugt i64 %".6213", 2363
  br i1 %".6214", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6216" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6217" = load i32, ptr %".6216", align 4
  %".6218" = zext i32 %".6217" to i64
  %"data.263" = inttoptr i64 %".6218" to ptr
  %".6219" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6220" = load i32, ptr %".6219", align 4
  %".6221" = zext i32 %".6220" to i64
  %"data_end.263" = inttoptr i64 %".6221" to ptr
  %".6222" = getelementptr i8, ptr %"keys", i64 0
  %".6223" = load volatile i16, ptr %".6222", align 2
  %".6224" = zext i16 %".6223" to i64
  %".6225" = icmp ugt i64 %".6224", 2363
  br i1 %".6225", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6227" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6228" = load i32, ptr %".6227", align 4
  %".6229" = zext i32 %".6228" to i64
  %"data.264" = inttoptr i64 %".6229" to ptr
  %".6230" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6231" = load i32, ptr %".6230", align 4
  %".6232" = zext i32 %".6231" to i64
  %"data_end.264" = inttoptr i64 %".6232" to ptr
  %".6233" = getelementptr i8, ptr %"keys", i64 0
  %".6234" = load volatile i16, ptr %".6233", align 2
  %".6235" = zext i16 %".6234" to i64
  %".6236" = icmp ugt i64 %".6235", 4411
  br i1 %".6236", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6238" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6239" = load i32, ptr %".6238", align 4
  %".6240" = zext i32 %".6239" to i64
  %"data.265" = inttoptr i64 %".6240" to ptr
  %".6241" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6242" = load i32, ptr %".6241", align 4
  %".6243" = zext i32 %".6242" to i64
  %"data_end.265" = inttoptr i64 %".6243" to ptr
  %".6244" = getelementptr i8, ptr %"keys", i64 0
  %".6245" = load volatile i16, ptr %".6244", align 2
  %".6246" = zext i16 %".6245" to i64
  %".6247" = icmp ugt i64 %".6246", 4411
  br i1 %".6247", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6249" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6250" = load i32, ptr %".6249", align 4
  %".6251" = zext i32 %".6250" to i64
  %"data.266" = inttoptr i64 %".6251" to ptr
  %".6252" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6253" = load i32, ptr %".6252", align 4
  %".6254" = zext i32 %".6253" to i64
  %"data_end.266" = inttoptr i64 %".6254" to ptr
  %".6255" = getelementptr i8, ptr %"keys", i64 0
  %".6256" = load volatile i16, ptr %".6255", align 2
  %".6257" = zext i16 %".6256" to i64
  %".6258" = icmp ugt i64 %".6257", 275
  br i1 %".6258", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6260" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6261" = load i32, ptr %".6260", align 4
  %".6262" = zext i32 %".6261" to i64
  %"data.267" = inttoptr i64 %".6262" to ptr
  %".6263" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6264" = load i32, ptr %".6263", align 4
  %".6265" = zext i32 %".6264" to i64
  %"data_end.267" = inttoptr i64 %".6265" to ptr
  %".6266" = getelementptr i8, ptr %"keys", i64 0
  %".6267" = load volatile i16, ptr %".6266", align 2
  %".6268" = zext i16 %".6267" to i64
  %".6269" = icmp ugt i64 %".6268", 6459
  br i1 %".6269", label %"widening.test.11", label %"mpls_d0_mpls_labels1"
widening.test.11:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6271" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6272" = load i32, ptr %".6271", align 4
  %".6273" = zext i32 %".6272" to i64
  %"data.268" = inttoptr i64 %".6273" to ptr
  %".6274" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6275" = load i32, ptr %".6274", align 4
  %".6276" = zext i32 %".6275" to i64
  %"data_end.268" = inttoptr i64 %".6276" to ptr
  %".6277" = getelementptr i8, ptr %"keys", i64 0
  %".6278" = load volatile i16, ptr %".6277", align 2
  %".6279" = zext i16 %".6278" to i64
  %".6280" = icmp ugt i64 %".6279", 6459
  br i1 %".6280", label %"widening.test.12", label %"gre_version_d0"
widening.test.12:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6282" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6283" = load i32, ptr %".6282", align 4
  %".6284" = zext i32 %".6283" to i64
  %"data.269" = inttoptr i64 %".6284" to ptr
  %".6285" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6286" = load i32, ptr %".6285", align 4
  %".6287" = zext i32 %".6286" to i64
  %"data_end.269" = inttoptr i64 %".6287" to ptr
  %".6288" = getelementptr i8, ptr %"keys", i64 0
  %".6289" = load volatile i16, ptr %".6288", align 2
  %".6290" = zext i16 %".6289" to i64
  %".6291" = icmp ugt i64 %".6290", 6459
  br i1 %".6291", label %"widening.test.13", label %"udp_d0"
widening.test.13:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6293" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6294" = load i32, ptr %".6293", align 4
  %".6295" = zext i32 %".6294" to i64
  %"data.270" = inttoptr i64 %".6295" to ptr
  %".6296" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6297" = load i32, ptr %".6296", align 4
  %".6298" = zext i32 %".6297" to i64
  %"data_end.270" = inttoptr i64 %".6298" to ptr
  %".6299" = getelementptr i8, ptr %"keys", i64 0
  %".6300" = load volatile i16, ptr %".6299", align 2
  %".6301" = zext i16 %".6300" to i64
  %".6302" = icmp ugt i64 %".6301", 8519
  br i1 %".6302", label %"widening.test.14", label %"ip_version_d1"
widening.test.14:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6304" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6305" = load i32, ptr %".6304", align 4
  %".6306" = zext i32 %".6305" to i64
  %"data.271" = inttoptr i64 %".6306" to ptr
  %".6307" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6308" = load i32, ptr %".6307", align 4
  %".6309" = zext i32 %".6308" to i64
  %"data_end.271" = inttoptr i64 %".6309" to ptr
  %".6310" = getelementptr i8, ptr %"keys", i64 0
  %".6311" = load volatile i16, ptr %".6310", align 2
  %".6312" = zext i16 %".6311" to i64
  %".6313" = icmp ugt i64 %".6312", 6727
  br i1 %".6313", label %"widening.test.15", label %"ethernet_d1"
widening.test.15:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6315" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6316" = load i32, ptr %".6315", align 4
  %".6317" = zext i32 %".6316" to i64
  %"data.272" = inttoptr i64 %".6317" to ptr
  %".6318" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6319" = load i32, ptr %".6318", align 4
  %".6320" = zext i32 %".6319" to i64
  %"data_end.272" = inttoptr i64 %".6320" to ptr
  %".6321" = getelementptr i8, ptr %"keys", i64 0
  %".6322" = load volatile i16, ptr %".6321", align 2
  %".6323" = zext i16 %".6322" to i64
  %".6324" = icmp ugt i64 %".6323", 6741
  br i1 %".6324", label %"widening.test.16", label %"hsr_d1_vlan_tags1"
widening.test.16:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6326" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6327" = load i32, ptr %".6326", align 4
  %".6328" = zext i32 %".6327" to i64
  %"data.273" = inttoptr i64 %".6328" to ptr
  %".6329" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6330" = load i32, ptr %".6329", align 4
  %".6331" = zext i32 %".6330" to i64
  %"data_end.273" = inttoptr i64 %".6331" to ptr
  %".6332" = getelementptr i8, ptr %"keys", i64 0
  %".6333" = load volatile i16, ptr %".6332", align 2
  %".6334" = zext i16 %".6333" to i64
  %".6335" = icmp ugt i64 %".6334", 6741
  br i1 %".6335", label %"widening.test.17", label %"vlan_d1_vlan_tags1"
widening.test.17:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6337" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6338" = load i32, ptr %".6337", align 4
  %".6339" = zext i32 %".6338" to i64
  %"data.274" = inttoptr i64 %".6339" to ptr
  %".6340" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6341" = load i32, ptr %".6340", align 4
  %".6342" = zext i32 %".6341" to i64
  %"data_end.274" = inttoptr i64 %".6342" to ptr
  %".6343" = getelementptr i8, ptr %"keys", i64 0
  %".6344" = load volatile i16, ptr %".6343", align 2
  %".6345" = zext i16 %".6344" to i64
  %".6346" = icmp ugt i64 %".6345", 6747
  br i1 %".6346", label %"widening.test.18", label %"hsr_d1_vlan_tags2"
widening.test.18:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6348" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6349" = load i32, ptr %".6348", align 4
  %".6350" = zext i32 %".6349" to i64
  %"data.275" = inttoptr i64 %".6350" to ptr
  %".6351" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6352" = load i32, ptr %".6351", align 4
  %".6353" = zext i32 %".6352" to i64
  %"data_end.275" = inttoptr i64 %".6353" to ptr
  %".6354" = getelementptr i8, ptr %"keys", i64 0
  %".6355" = load volatile i16, ptr %".6354", align 2
  %".6356" = zext i16 %".6355" to i64
  %".6357" = icmp ugt i64 %".6356", 6747
  br i1 %".6357", label %"widening.test.19", label %"vlan_d1_vlan_tags2"
widening.test.19:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6359" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6360" = load i32, ptr %".6359", align 4
  %".6361" = zext i32 %".6360" to i64
  %"data.276" = inttoptr i64 %".6361" to ptr
  %".6362" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6363" = load i32, ptr %".6362", align 4
  %".6364" = zext i32 %".6363" to i64
  %"data_end.276" = inttoptr i64 %".6364" to ptr
  %".6365" = getelementptr i8, ptr %"keys", i64 0
  %".6366" = load volatile i16, ptr %".6365", align 2
  %".6367" = zext i16 %".6366" to i64
  %".6368" = icmp ugt i64 %".6367", 6753
  br i1 %".6368", label %"widening.test.20", label %"batadv_d1"
widening.test.20:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6370" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6371" = load i32, ptr %".6370", align 4
  %".6372" = zext i32 %".6371" to i64
  %"data.277" = inttoptr i64 %".6372" to ptr
  %".6373" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6374" = load i32, ptr %".6373", align 4
  %".6375" = zext i32 %".6374" to i64
  %"data_end.277" = inttoptr i64 %".6375" to ptr
  %".6376" = getelementptr i8, ptr %"keys", i64 0
  %".6377" = load volatile i16, ptr %".6376", align 2
  %".6378" = zext i16 %".6377" to i64
  %".6379" = icmp ugt i64 %".6378", 6753
  br i1 %".6379", label %"widening.test.21", label %"fcoe"
widening.test.21:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6381" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6382" = load i32, ptr %".6381", align 4
  %".6383" = zext i32 %".6382" to i64
  %"data.278" = inttoptr i64 %".6383" to ptr
  %".6384" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6385" = load i32, ptr %".6384", align 4
  %".6386" = zext i32 %".6385" to i64
  %"data_end.278" = inttoptr i64 %".6386" to ptr
  %".6387" = getelementptr i8, ptr %"keys", i64 0
  %".6388" = load volatile i16, ptr %".6387", align 2
  %".6389" = zext i16 %".6388" to i64
  %".6390" = icmp ugt i64 %".6389", 6753
  br i1 %".6390", label %"widening.test.22", label %"tipc"
widening.test.22:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6392" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6393" = load i32, ptr %".6392", align 4
  %".6394" = zext i32 %".6393" to i64
  %"data.279" = inttoptr i64 %".6394" to ptr
  %".6395" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6396" = load i32, ptr %".6395", align 4
  %".6397" = zext i32 %".6396" to i64
  %"data_end.279" = inttoptr i64 %".6397" to ptr
  %".6398" = getelementptr i8, ptr %"keys", i64 0
  %".6399" = load volatile i16, ptr %".6398", align 2
  %".6400" = zext i16 %".6399" to i64
  %".6401" = icmp ugt i64 %".6400", 6753
  br i1 %".6401", label %"widening.test.23", label %"cfm"
widening.test.23:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6403" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6404" = load i32, ptr %".6403", align 4
  %".6405" = zext i32 %".6404" to i64
  %"data.280" = inttoptr i64 %".6405" to ptr
  %".6406" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6407" = load i32, ptr %".6406", align 4
  %".6408" = zext i32 %".6407" to i64
  %"data_end.280" = inttoptr i64 %".6408" to ptr
  %".6409" = getelementptr i8, ptr %"keys", i64 0
  %".6410" = load volatile i16, ptr %".6409", align 2
  %".6411" = zext i16 %".6410" to i64
  %".6412" = icmp ugt i64 %".6411", 6753
  br i1 %".6412", label %"widening.test.24", label %"ptp"
widening.test.24:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6414" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6415" = load i32, ptr %".6414", align 4
  %".6416" = zext i32 %".6415" to i64
  %"data.281" = inttoptr i64 %".6416" to ptr
  %".6417" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6418" = load i32, ptr %".6417", align 4
  %".6419" = zext i32 %".6418" to i64
  %"data_end.281" = inttoptr i64 %".6419" to ptr
  %".6420" = getelementptr i8, ptr %"keys", i64 0
  %".6421" = load volatile i16, ptr %".6420", align 2
  %".6422" = zext i16 %".6421" to i64
  %".6423" = icmp ugt i64 %".6422", 6753
  br i1 %".6423", label %"widening.test.25", label %"arp"
widening.test.25:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6425" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6426" = load i32, ptr %".6425", align 4
  %".6427" = zext i32 %".6426" to i64
  %"data.282" = inttoptr i64 %".6427" to ptr
  %".6428" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6429" = load i32, ptr %".6428", align 4
  %".6430" = zext i32 %".6429" to i64
  %"data_end.282" = inttoptr i64 %".6430" to ptr
  %".6431" = getelementptr i8, ptr %"keys", i64 0
  %".6432" = load volatile i16, ptr %".6431", align 2
  %".6433" = zext i16 %".6432" to i64
  %".6434" = icmp ugt i64 %".6433", 6753
  br i1 %".6434", label %"widening.test.26", label %"pppoe_d1"
widening.test.26:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6436" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6437" = load i32, ptr %".6436", align 4
  %".6438" = zext i32 %".6437" to i64
  %"data.283" = inttoptr i64 %".6438" to ptr
  %".6439" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6440" = load i32, ptr %".6439", align 4
  %".6441" = zext i32 %".6440" to i64
  %"data_end.283" = inttoptr i64 %".6441" to ptr
  %".6442" = getelementptr i8, ptr %"keys", i64 0
  %".6443" = load volatile i16, ptr %".6442", align 2
  %".6444" = zext i16 %".6443" to i64
  %".6445" = icmp ugt i64 %".6444", 8519
  br i1 %".6445", label %"widening.test.27", label %"ipv6_d1"
widening.test.27:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6447" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6448" = load i32, ptr %".6447", align 4
  %".6449" = zext i32 %".6448" to i64
  %"data.284" = inttoptr i64 %".6449" to ptr
  %".6450" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6451" = load i32, ptr %".6450", align 4
  %".6452" = zext i32 %".6451" to i64
  %"data_end.284" = inttoptr i64 %".6452" to ptr
  %".6453" = getelementptr i8, ptr %"keys", i64 0
  %".6454" = load volatile i16, ptr %".6453", align 2
  %".6455" = zext i16 %".6454" to i64
  %".6456" = icmp ugt i64 %".6455", 10607
  br i1 %".6456", label %"widening.test.28", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.28:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6458" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6459" = load i32, ptr %".6458", align 4
  %".6460" = zext i32 %".6459" to i64
  %"data.285" = inttoptr i64 %".6460" to ptr
  %".6461" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6462" = load i32, ptr %".6461", align 4
  %".6463" = zext i32 %".6462" to i64
  %"data_end.285" = inttoptr i64 %".6463" to ptr
  %".6464" = getelementptr i8, ptr %"keys", i64 0
  %".6465" = load volatile i16, ptr %".6464", align 2
  %".6466" = zext i16 %".6465" to i64
  %".6467" = icmp ugt i64 %".6466", 10607
  br i1 %".6467", label %"widening.test.29", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.29:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6469" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6470" = load i32, ptr %".6469", align 4
  %".6471" = zext i32 %".6470" to i64
  %"data.286" = inttoptr i64 %".6471" to ptr
  %".6472" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6473" = load i32, ptr %".6472", align 4
  %".6474" = zext i32 %".6473" to i64
  %"data_end.286" = inttoptr i64 %".6474" to ptr
  %".6475" = getelementptr i8, ptr %"keys", i64 0
  %".6476" = load volatile i16, ptr %".6475", align 2
  %".6477" = zext i16 %".6476" to i64
  %".6478" = icmp ugt i64 %".6477", 12655
  br i1 %".6478", label %"widening.test.30", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.30:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6480" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6481" = load i32, ptr %".6480", align 4
  %".6482" = zext i32 %".6481" to i64
  %"data.287" = inttoptr i64 %".6482" to ptr
  %".6483" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6484" = load i32, ptr %".6483", align 4
  %".6485" = zext i32 %".6484" to i64
  %"data_end.287" = inttoptr i64 %".6485" to ptr
  %".6486" = getelementptr i8, ptr %"keys", i64 0
  %".6487" = load volatile i16, ptr %".6486", align 2
  %".6488" = zext i16 %".6487" to i64
  %".6489" = icmp ugt i64 %".6488", 12655
  br i1 %".6489", label %"widening.test.31", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.31:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6491" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6492" = load i32, ptr %".6491", align 4
  %".6493" = zext i32 %".6492" to i64
  %"data.288" = inttoptr i64 %".6493" to ptr
  %".6494" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6495" = load i32, ptr %".6494", align 4
  %".6496" = zext i32 %".6495" to i64
  %"data_end.288" = inttoptr i64 %".6496" to ptr
  %".6497" = getelementptr i8, ptr %"keys", i64 0
  %".6498" = load volatile i16, ptr %".6497", align 2
  %".6499" = zext i16 %".6498" to i64
  %".6500" = icmp ugt i64 %".6499", 14703
  br i1 %".6500", label %"widening.test.32", label %"icmpv6"
widening.test.32:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6502" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6503" = load i32, ptr %".6502", align 4
  %".6504" = zext i32 %".6503" to i64
  %"data.289" = inttoptr i64 %".6504" to ptr
  %".6505" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6506" = load i32, ptr %".6505", align 4
  %".6507" = zext i32 %".6506" to i64
  %"data_end.289" = inttoptr i64 %".6507" to ptr
  %".6508" = getelementptr i8, ptr %"keys", i64 0
  %".6509" = load volatile i16, ptr %".6508", align 2
  %".6510" = zext i16 %".6509" to i64
  %".6511" = icmp ugt i64 %".6510", 8519
  br i1 %".6511", label %"widening.test.33", label %"ipv4_d1"
widening.test.33:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6513" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6514" = load i32, ptr %".6513", align 4
  %".6515" = zext i32 %".6514" to i64
  %"data.290" = inttoptr i64 %".6515" to ptr
  %".6516" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6517" = load i32, ptr %".6516", align 4
  %".6518" = zext i32 %".6517" to i64
  %"data_end.290" = inttoptr i64 %".6518" to ptr
  %".6519" = getelementptr i8, ptr %"keys", i64 0
  %".6520" = load volatile i16, ptr %".6519", align 2
  %".6521" = zext i16 %".6520" to i64
  %".6522" = icmp ugt i64 %".6521", 14703
  br i1 %".6522", label %"widening.test.34", label %"mpls_d1_mpls_labels1"
widening.test.34:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6524" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6525" = load i32, ptr %".6524", align 4
  %".6526" = zext i32 %".6525" to i64
  %"data.291" = inttoptr i64 %".6526" to ptr
  %".6527" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6528" = load i32, ptr %".6527", align 4
  %".6529" = zext i32 %".6528" to i64
  %"data_end.291" = inttoptr i64 %".6529" to ptr
  %".6530" = getelementptr i8, ptr %"keys", i64 0
  %".6531" = load volatile i16, ptr %".6530", align 2
  %".6532" = zext i16 %".6531" to i64
  %".6533" = icmp ugt i64 %".6532", 14703
  br i1 %".6533", label %"widening.test.35", label %"ah"
widening.test.35:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6535" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6536" = load i32, ptr %".6535", align 4
  %".6537" = zext i32 %".6536" to i64
  %"data.292" = inttoptr i64 %".6537" to ptr
  %".6538" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6539" = load i32, ptr %".6538", align 4
  %".6540" = zext i32 %".6539" to i64
  %"data_end.292" = inttoptr i64 %".6540" to ptr
  %".6541" = getelementptr i8, ptr %"keys", i64 0
  %".6542" = load volatile i16, ptr %".6541", align 2
  %".6543" = zext i16 %".6542" to i64
  %".6544" = icmp ugt i64 %".6543", 14703
  br i1 %".6544", label %"widening.test.36", label %"esp"
widening.test.36:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6546" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6547" = load i32, ptr %".6546", align 4
  %".6548" = zext i32 %".6547" to i64
  %"data.293" = inttoptr i64 %".6548" to ptr
  %".6549" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6550" = load i32, ptr %".6549", align 4
  %".6551" = zext i32 %".6550" to i64
  %"data_end.293" = inttoptr i64 %".6551" to ptr
  %".6552" = getelementptr i8, ptr %"keys", i64 0
  %".6553" = load volatile i16, ptr %".6552", align 2
  %".6554" = zext i16 %".6553" to i64
  %".6555" = icmp ugt i64 %".6554", 14703
  br i1 %".6555", label %"widening.test.37", label %"dccp"
widening.test.37:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6557" = getelementptr i8, ptr %"ctx.125", i64 76
  %".6558" = load i32, ptr %".6557", align 4
  %".6559" = zext i32 %".6558" to i64
  %"data.294" = inttoptr i64 %".6559" to ptr
  %".6560" = getelementptr i8, ptr %"ctx.125", i64 80
  %".6561" = load i32, ptr %".6560", align 4
  %".6562" = zext i32 %".6561" to i64
  %"data_end.294" = inttoptr i64 %".6562" to ptr
  %".6563" = getelementptr i8, ptr %"keys", i64 0
  %".6564" = load volatile i16, ptr %".6563", align 2
  %".6565" = zext i16 %".6564" to i64
  %".6566" = icmp ugt i64 %".6565", 14703
  br i1 %".6566", label %"widening.test.38", label %"sctp"
widening.test.38:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6568" = getelementptr i8, ptr %"ctx.126", i64 76
  %".6569" = load i32, ptr %".6568", align 4
  %".6570" = zext i32 %".6569" to i64
  %"data.295" = inttoptr i64 %".6570" to ptr
  %".6571" = getelementptr i8, ptr %"ctx.126", i64 80
  %".6572" = load i32, ptr %".6571", align 4
  %".6573" = zext i32 %".6572" to i64
  %"data_end.295" = inttoptr i64 %".6573" to ptr
  %".6574" = getelementptr i8, ptr %"keys", i64 0
  %".6575" = load volatile i16, ptr %".6574", align 2
  %".6576" = zext i16 %".6575" to i64
  %".6577" = icmp ugt i64 %".6576", 14703
  br i1 %".6577", label %"widening.test.39", label %"gre_version_d1"
widening.test.39:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6579" = getelementptr i8, ptr %"ctx.127", i64 76
  %".6580" = load i32, ptr %".6579", align 4
  %".6581" = zext i32 %".6580" to i64
  %"data.296" = inttoptr i64 %".6581" to ptr
  %".6582" = getelementptr i8, ptr %"ctx.127", i64 80
  %".6583" = load i32, ptr %".6582", align 4
  %".6584" = zext i32 %".6583" to i64
  %"data_end.296" = inttoptr i64 %".6584" to ptr
  %".6585" = getelementptr i8, ptr %"keys", i64 0
  %".6586" = load volatile i16, ptr %".6585", align 2
  %".6587" = zext i16 %".6586" to i64
  %".6588" = icmp ugt i64 %".6587", 14703
  br i1 %".6588", label %"widening.test.40", label %"udplite"
widening.test.40:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6590" = getelementptr i8, ptr %"ctx.128", i64 76
  %".6591" = load i32, ptr %".6590", align 4
  %".6592" = zext i32 %".6591" to i64
  %"data.297" = inttoptr i64 %".6592" to ptr
  %".6593" = getelementptr i8, ptr %"ctx.128", i64 80
  %".6594" = load i32, ptr %".6593", align 4
  %".6595" = zext i32 %".6594" to i64
  %"data_end.297" = inttoptr i64 %".6595" to ptr
  %".6596" = getelementptr i8, ptr %"keys", i64 0
  %".6597" = load volatile i16, ptr %".6596", align 2
  %".6598" = zext i16 %".6597" to i64
  %".6599" = icmp ugt i64 %".6598", 14703
  br i1 %".6599", label %"widening.test.41", label %"udp_d1"
widening.test.41:
  %"ctx.129" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6601" = getelementptr i8, ptr %"ctx.129", i64 76
  %".6602" = load i32, ptr %".6601", align 4
  %".6603" = zext i32 %".6602" to i64
  %"data.298" = inttoptr i64 %".6603" to ptr
  %".6604" = getelementptr i8, ptr %"ctx.129", i64 80
  %".6605" = load i32, ptr %".6604", align 4
  %".6606" = zext i32 %".6605" to i64
  %"data_end.298" = inttoptr i64 %".6606" to ptr
  %".6607" = getelementptr i8, ptr %"keys", i64 0
  %".6608" = load volatile i16, ptr %".6607", align 2
  %".6609" = zext i16 %".6608" to i64
  %".6610" = icmp ugt i64 %".6609", 14703
  br i1 %".6610", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }
!1 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!2 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!3 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16 }
!4 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4 }
!5 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64 }
!6 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }